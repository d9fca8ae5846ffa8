"""Batch 1: typos and letter swaps, and mail typed with no accents at all. Each message written by hand;
the comment names its noise, the fact the noisy words carry and those words."""

from kit import M, app, auto_reply, bounce, newsletter, other, question, reply
from noise import N

MESSAGES = [
    # Noise: typo — graduation — diplomée d'un mastre
    N("typo", "graduation", "diplomée d'un mastre", M(
        "Apolline Renaud <apolline.renaud@example.org>", "Candidature Pro'pulse", "02 09:12",
        """Bonjour,

Je suis diplomée d'un mastre Economie sociale et solidaire (Lyon 2) depuis juillet 2025 et je cherhce un
emploi de chargée de projet dans une associaton ou une coopérative.

Merci d'avance,
Apolline Renaud""",
        app("Apolline", "Renaud", phone=None, bac=5, grad="2025-07", status="mastre_ess_2025_07"),
    )),
    # Noise: typo — situation — serivce civique
    N("typo", "situation", "serivce civique", M(
        "Tom Barbier <tom.barbier@example.net>", "Pro'pulse", "02 14:30",
        """Bonjour,

J'ai eu ma licnece de sociologie en juin 2026 et je suis en serivce civique à la Ligue de
l'enseignement jusqu'en mai. Ensuite je voudrais travailler dans l'éducation populaire.

Tom""",
        app("Tom", "Barbier", phone=None, bac=3, grad="2026-06", failing=["not_service_civique"],
            status="serivce_civique_jusqu_mai"),
    )),
    # Noise: typo — level — licnece pro
    N("typo", "level", "licnece pro", M(
        "Yasmine Daoud <yasmine.daoud@example.com>", "candidature", "03 10:05",
        """Bonjour

j'ai une licnece pro gestion des structures sanitaires et socials, obtenue en juin 2025. je cherche
un poste dans une mutuelle ou une asso d'aide à domicile.

Yasmine Daoud
07 61 22 48 90""",
        app("Yasmine", "Daoud", phone="+33761224890", bac=3, grad="2025-06", status="licnece_pro_2025_06"),
    )),
    # Noise: typo — graduation — en jiun 2023
    N("typo", "graduation", "en jiun 2023", M(
        "Bastien Coulon <bastien.coulon@example.fr>", "Candiature", "03 16:44",
        """Bonjour,

BTS ESF validé en jiun 2023. Depuis j'ai fait des remplacments en EHPAD et je cherche un CDI dans une
association du médico-social.

Bastien Coulon""",
        app("Bastien", "Coulon", phone=None, bac=2, grad="2023-06", failing=["graduation_recent"],
            status="bts_esf_jiun_2023"),
    )),
    # Noise: typo — situation — en stgae
    N("typo", "situation", "en stgae", M(
        "Clémence Aubry <clemence.aubry@example.org>", "candidature pro pulse", "04 11:20",
        """Bonjour,
Diplômée d'un master 2 en septembre 2026, je suis actuellement en stgae de fin d'études prolongé
chez Enercoop jusqu'au 28 février. Je vise un poste dans l'énergie citoyenne.
Clémence""",
        app("Clémence", "Aubry", phone=None, bac=5, grad="2026-09", failing=["not_internship"],
            status="stgae_jusqu_fevrier"),
    )),
    # Noise: typo — career_change — reconverison
    N("typo", "career_change", "reconverison", M(
        "Hervé Delcourt <herve.delcourt@example.net>", "Candidature", "05 08:55",
        """Madame, Monsieur,

Après douze ans comme chef de rayon en CDI, j'ai entamé une reconverison : DEJEPS obtenu en juin 2026
(niveau bac+2). Je cherche un emploi de coordinateur dans une association sportive.

Hervé Delcourt""",
        app("Hervé", "Delcourt", phone=None, bac=2, grad="2026-06", failing=["not_career_change"],
            status="reconverison_chef_rayon"),
    )),
    # Noise: typo — aim — l'économie socaile et soldiaire
    N("typo", "aim", "l'économie socaile et soldiaire", M(
        "Inès Perrot <ines.perrot@example.com>", "Pro pulse", "05 13:10",
        """Bonjour,

J'ai un master de géographie depuis octobre 2025. Je cherche activement un emploi dans l'économie socaile
et soldiaire, idéalement dans l'habitat ou l'alimentation.

Inès Perrot""",
        app("Inès", "Perrot", phone=None, bac=5, grad="2025-10", status="ess_socaile_soldiaire"),
    )),
    # Noise: typo — studies_finished — je termnie mon M2
    N("typo", "studies_finished", "je termnie mon M2", M(
        "Noé Vidal <noe.vidal@example.org>", "Candidature", "06 17:02",
        """Bonjour,

Licence AES en 2025, je termnie mon M2 Management de l'ESS cette année (fin des cours en juin 2027). Je
voudrais m'inscrire dès maintenant.

Noé""",
        app("Noé", "Vidal", phone=None, bac=3, grad="2025", failing=["studies_finished"],
            unknown=["job_seeking_ess"], status="termnie_m2"),
    )),
    # Noise: typo — graduation — 2O25 ... licenc en 2052
    N("typo", "graduation", "licence en 2052", M(
        "Maëlle Hamon <maelle.hamon@example.fr>", "candidature", "07 09:40",
        """Bonjour,

j'ai eu ma licence en 2052 (pardon : 2025, en juin) en sciences de l'éducation, et je cherche un emploi
d'animatrice coordinatrice dans une association de quartier.

Maëlle""",
        app("Maëlle", "Hamon", phone=None, bac=3, grad="2025-06", status="licence_2052_corrige_2025"),
    )),
    # Noise: typo — situation — pas de stage ni de servcie civique
    N("typo", "situation", "pas de stage ni de servcie civique", M(
        "Karim Benali <karim.benali@example.net>", "Candidature Pro'pulse", "07 15:25",
        """Bonjour,

DUT Carrières sociales obtenu en juin 2025. Pas de stage ni de servcie civique en cours, je suis
disponible tout de suite pour un emploi dans une assocation d'insertion.

Karim Benali
06 12 90 33 71""",
        app("Karim", "Benali", phone="+33612903371", bac=2, grad="2025-06",
            status="ni_stage_ni_servcie_civique"),
    )),
    # Noise: typo — aim — un poste dans la baqnue
    N("typo", "aim", "un poste dans la baqnue", M(
        "Lou Marchal <lou.marchal@example.com>", "candidature", "08 10:10",
        """Bonjour,

Master finance obtenu en septembre 2025. Je cherche un poste dans la baqnue d'investissement, votre
accompagnement m'intéresse pour préparer les entretiens.

Lou Marchal""",
        app("Lou", "Marchal", phone=None, bac=5, grad="2025-09", failing=["job_seeking_ess"],
            status="poste_baqnue_investissement"),
    )),
    # Noise: typo — kind — inscirptions
    N("typo", "kind", "inscirptions", M(
        "Pauline Ferré <pauline.ferre@example.org>", "question", "08 18:30",
        """Bonjour,

Jusqu'à quand sont ouvertes les inscirptions pour la prochaine promo ? Et est-ce que c'est à distance ?

Merci""",
        question(),
    )),
    # Noise: typo — kind — abscent du bureau
    N("typo", "kind", "abscent du bureau", M(
        "Gilles Morvan <gilles.morvan@example.fr>", "Réponse automatique : Pro'pulse", "09 07:00",
        """Je suis abscent du bureau jusqu'au 16 novembre inclus. Pour toute urgnece, contactez l'accueil.""",
        auto_reply(),
    )),
    # Noise: typo — kind — mreci pour le créneau
    N("typo", "kind", "mreci pour le créneau", M(
        "Sofia Leclerc <sofia.leclerc@example.net>", "Re: Votre rendez-vous Pro'pulse", "09 12:40",
        """Bonjour,

Un grand mreci pour le créneau, je serai là jeudi à 14 h.

Sofia

> Le 8 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Nous vous proposons un entretien jeudi 12 novembre à 14 h.""",
        reply(), headers={"In-Reply-To": "<rdv.0412@animafac.net>"},
    )),
    # Noise: typo — kind — recrutmeent d'un volontaire
    N("typo", "kind", "recrutmeent d'un volontaire", M(
        "Association Les Jardins d'Ici <contact@jardinsdici.example.org>", "Offre", "10 09:15",
        """Bonjour,

Nous lançons le recrutmeent d'un volontaire en service civique pour nos jardins partagés. Pourriez-vous
relayer l'annonce auprès de votre réseau ?

L'équipe des Jardins d'Ici""",
        other(),
    )),
    # Noise: no_accents — graduation — diplome en 2025
    N("no_accents", "graduation", "diplome en juin 2025", M(
        "Ethan Giraud <ethan.giraud@example.org>", "candidature", "10 11:02",
        """Bonjour,

Je suis diplome en juin 2025 d'un master developpement local, je cherche un emploi dans l'economie
sociale et solidaire, plutot en cooperative agricole.

Ethan Giraud""",
        app("Ethan", "Giraud", phone=None, bac=5, grad="2025-06", status="diplome_juin_2025"),
    )),
    # Noise: no_accents — situation — j'ai debute un service civique
    N("no_accents", "situation", "j'ai debute un service civique", M(
        "Lea Fontaine <lea.fontaine@example.com>", "Pro'pulse", "10 16:20",
        """Bonjour,

Licence de psycho en poche (juillet 2026). J'ai debute un service civique a Unis-Cite lundi dernier, pour
huit mois, et je voulais savoir si je peux deja candidater.

Lea""",
        app("Lea", "Fontaine", phone=None, bac=3, grad="2026-07", failing=["not_service_civique"],
            unknown=["job_seeking_ess"], status="debute_service_civique"),
    )),
    # Noise: no_accents — career_change — apres dix ans d'infirmiere
    N("no_accents", "career_change", "apres dix ans d'infirmiere", M(
        "Sandrine Lopez <sandrine.lopez@example.fr>", "candidature pro'pulse", "11 08:30",
        """Madame, Monsieur,

Apres dix ans d'infirmiere en CDI a l'hopital, j'ai repris mes etudes et obtenu un master ESS en
septembre 2026. Je souhaite changer de metier et travailler dans une structure de l'ESS.

Sandrine Lopez""",
        app("Sandrine", "Lopez", phone=None, bac=5, grad="2026-09", failing=["not_career_change"],
            status="apres_dix_ans_infirmiere"),
    )),
    # Noise: no_accents — level — premiere annee de BTS
    N("no_accents", "level", "premiere annee de BTS", M(
        "Kylian Morel <kylian.morel@example.net>", "inscription", "11 14:00",
        """Bonjour,

J'ai arrete apres la premiere annee de BTS economie sociale familiale l'an dernier. Je cherche un
emploi dans une asso, est-ce que votre programme est pour moi ?

Kylian""",
        app("Kylian", "Morel", phone=None, bac=1, grad=None, failing=["degree_level"],
            status="premiere_annee_bts"),
    )),
    # Noise: no_accents — studies_finished — soutenance prevue le 15 decembre
    N("no_accents", "studies_finished", "soutenance prevue le 15 decembre", M(
        "Romane Baudry <romane.baudry@example.org>", "Candidature", "12 09:45",
        """Bonjour,

Titulaire d'une licence d'histoire (2025, juin), je finis mon master : soutenance prevue le 15
decembre. Je cherche un poste de chargee de mediation dans une association culturelle.

Romane Baudry""",
        app("Romane", "Baudry", phone=None, bac=3, grad="2025-06", unknown=["studies_finished"],
            status="soutenance_prevue_15_decembre"),
    )),
    # Noise: no_accents — aim — n'importe quel secteur
    N("no_accents", "aim", "n'importe quel secteur", M(
        "Hugo Lambert <hugo.lambert@example.com>", "candidature", "12 13:30",
        """Bonjour,

BTS gestion de la PME obtenu en juillet 2025. Je cherche du travail, n'importe quel secteur, il me faut
un salaire rapidement.

Hugo Lambert""",
        app("Hugo", "Lambert", phone=None, bac=2, grad="2025-07", unknown=["job_seeking_ess"],
            status="n_importe_quel_secteur"),
    )),
    # Noise: no_accents — graduation — obtenue en fevrier 2024
    N("no_accents", "graduation", "obtenue en fevrier 2024", M(
        "Celia Roussel <celia.roussel@example.fr>", "Pro'pulse candidature", "13 10:20",
        """Bonjour,

Ma licence professionnelle intervention sociale a ete obtenue en fevrier 2024. Je cherche un emploi
d'accompagnatrice dans un chantier d'insertion.

Celia Roussel""",
        app("Celia", "Roussel", phone=None, bac=3, grad="2024-02", failing=["graduation_recent"],
            status="obtenue_fevrier_2024"),
    )),
    # Noise: no_accents — situation — mon stage est termine
    N("no_accents", "situation", "mon stage est termine", M(
        "Adrien Caron <adrien.caron@example.net>", "candidature", "13 15:50",
        """Bonjour,

Master 2 economie du developpement (septembre 2026). Mon stage est termine depuis fin aout et je
cherche un CDD ou un CDI dans une ONG ou une association de solidarite internationale.

Adrien""",
        app("Adrien", "Caron", phone=None, bac=5, grad="2026-09", status="stage_termine_fin_aout"),
    )),
    # Noise: no_accents — graduation — diplomee en 2024
    N("no_accents", "graduation", "diplomee en 2024", M(
        "Manon Gautier <manon.gautier@example.org>", "candidature", "14 11:11",
        """Bonjour,

Je suis diplomee en 2024 d'un BUT carrieres sociales. Je cherche un emploi d'animatrice dans une
association d'education populaire.

Manon Gautier""",
        app("Manon", "Gautier", phone=None, bac=3, grad="2024", unknown=["graduation_recent"],
            status="diplomee_2024_annee_seule"),
    )),
    # Noise: no_accents — kind — prochaine reunion d'information
    N("no_accents", "kind", "prochaine reunion d'information", M(
        "Jules Picard <jules.picard@example.com>", "question", "14 17:05",
        """Bonjour,

Quand a lieu la prochaine reunion d'information sur Pro'pulse ? Je voudrais y venir avant de m'inscrire.

Jules""",
        question(),
    )),
    # Noise: no_accents — kind — Adresse introuvable
    N("no_accents", "kind", "Adresse introuvable", M(
        "Mail Delivery System <mailer-daemon@mx.example.net>", "Non remis : Votre candidature", "15 06:12",
        """Adresse introuvable : le message n'a pas pu etre remis a lina.ferrand@example.net.""",
        bounce("lina.ferrand@example.net"),
        bounce="""Reporting-MTA: dns; mx.example.net
Final-Recipient: rfc822; lina.ferrand@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable""",
    )),
    # Noise: no_accents — kind — la lettre des acteurs de l'economie sociale
    N("no_accents", "kind", "la lettre des acteurs de l'economie sociale", M(
        "ESS Infos <lettre@essinfos.example.org>", "ESS Infos n°48", "15 08:00",
        """Bienvenue dans la lettre des acteurs de l'economie sociale : agenda de decembre, trois offres
d'emploi, le portrait d'une cooperative. Se desinscrire : https://essinfos.example.org/stop""",
        newsletter(),
    )),
    # Noise: no_accents — kind — je serai de retour le 20
    N("no_accents", "kind", "je serai de retour le 20", M(
        "Benoit Remy <benoit.remy@example.fr>", "Absence", "15 09:00",
        """Message automatique : je serai de retour le 20 novembre. Pour les urgences, ecrire a
accueil@example.fr.""",
        auto_reply(),
    )),
    # Noise: no_accents — studies_finished — je suis encore en L3
    N("no_accents", "studies_finished", "je suis encore en L3", M(
        "Nina Perrin <nina.perrin@example.net>", "Pro'pulse", "16 10:30",
        """Bonjour,

J'ai un DUT GEA (2025) et je suis encore en L3 economie sociale, jusqu'en juin. Je cherche deja un
emploi dans l'ESS pour apres.

Nina Perrin""",
        app("Nina", "Perrin", phone=None, bac=2, grad="2025", failing=["studies_finished"],
            status="encore_en_l3"),
    )),
    # Noise: no_accents — graduation — en novembre 2024
    N("no_accents", "graduation", "en novembre 2024", M(
        "Theo Brunet <theo.brunet@example.org>", "candidature Pro pulse", "16 14:45",
        """Bonjour,

J'ai valide mon master de sciences politiques en novembre 2024 (soutenance tardive). Je cherche un poste
de charge de plaidoyer dans une association ou une fondation.

Theo Brunet""",
        app("Theo", "Brunet", phone=None, bac=5, grad="2024-11", status="master_novembre_2024"),
    )),
]
