"""Mixtures corpus, batch 01 (writer A): replies to our bulk mail (the November letter, an invitation to a
forum, a workshop mailing) with the person's words on top and the bulk text quoted under them; forwards
(«TR:», «Fwd:») of an adviser's mail, of an applicant's own earlier mail, of a son's mail by his mother, of an
offer; relays of job platforms (an invented «EmploiSolidaire», a France Travail style relay, an «Impact
Jobs» relay, in English too) and the platforms' own digest and notice."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, newsletter, other, question
from mixtures import N

LETTRE = """> La lettre Pro'pulse — novembre 2026
>
> Au sommaire : le petit-déjeuner des recruteurs de l'ESS le 10 décembre à Paris, trois offres chez nos partenaires (une SCOP de menuiserie à Nantes cherche un·e chargé·e de communication bac+3 ; une mutuelle lyonnaise recrute des conseiller·es ; une fondation cherche un·e assistant·e de projet diplômé·e en 2022 ou après), et le portrait de Julie, promo 2025, aujourd'hui coordinatrice dans une ressourcerie.
>
> Pro'pulse est un programme d'Animafac.
> Vous recevez ce message car vous êtes inscrit·e à la lettre Pro'pulse. Pour vous désinscrire, cliquez ici."""

BULK = {"List-Unsubscribe": "<mailto:desinscription@animafac.net?subject=unsubscribe>"}

MESSAGES = [
    # Feature: reply_to_bulk — aim — je voudrais moi aussi finir dans une ressourcerie
    # mixture: «Re: La lettre Pro'pulse — novembre 2026» quoting our letter (its offers, its «2022», Julie's portrait) + her own paragraph on top asking to join → application; licence pro of June 2026, an ESS aim of her own → eligible
    N("reply_to_bulk", "aim", "je voudrais moi aussi finir dans une ressourcerie", M(
        "Inès Benhamou <ines.benhamou@example.fr>", "Re: La lettre Pro'pulse — novembre 2026", "03 07:42",
        f"""Bonjour,

Le portrait de Julie m'a décidée : je voudrais moi aussi finir dans une ressourcerie, ou dans n'importe quelle structure du réemploi. J'ai eu ma licence pro Métiers de l'économie circulaire à l'IUT d'Angers en juin 2026 et je cherche depuis septembre, un peu seule. Est-ce que je peux rejoindre le programme ?

Inès Benhamou
06 11 58 30 92

Le lun. 2 nov. 2026 à 10:00, Pro'pulse <lettre@animafac.net> a écrit :
{LETTRE}""",
        app("Inès", "Benhamou", phone="+33611583092", bac=3, grad="2026-06", status="re_lettre_ressourcerie_licence_pro"),
    )),
    # Feature: reply_to_bulk — graduation — mon master date de 2021
    # mixture: «Re: Invitation : forum de l'emploi ESS» quoting the invitation (its dates are the forum's) + his words asking to take part → application; a master of 2021 → fails graduation_recent → not eligible
    N("reply_to_bulk", "graduation", "mon master date de 2021", M(
        "Kofi Asante <kofi.asante@example.com>", "Re: Invitation : forum de l'emploi ESS — Lyon, 3 décembre", "04 12:15",
        """Bonjour,

Je serai au forum, et j'aimerais aussi m'inscrire à Pro'pulse si c'est encore possible. Je précise que mon master date de 2021 (Développement local, Lyon 2), mais je n'ai trouvé que des missions courtes depuis, et je veux vraiment un poste en coopérative ou en association.

Kofi Asante — 07 52 19 64 08

-------- Message d'origine --------
De : Pro'pulse <evenements@animafac.net>
Date : 2 novembre 2026
Objet : Invitation : forum de l'emploi ESS — Lyon, 3 décembre

Bonjour,
Le 3 décembre 2026, de 14 h à 18 h, à la Maison des associations de Lyon : rencontrez une trentaine d'employeurs de l'ESS. Entrée libre, inscription conseillée.
Vous recevez ce message car vous avez participé à un événement Animafac. Se désinscrire : https://animafac.net/desinscription""",
        app("Kofi", "Asante", phone="+33752196408", bac=5, grad="2021", failing=("graduation_recent",), status="re_invitation_forum_master_2021"),
        headers=BULK,
    )),
    # Feature: reply_to_bulk — studies_finished — le jury ne se réunit que le 18 décembre
    # ambiguous: every exam and the defence are behind her, only the jury's results are awaited — studies_finished stays open
    # mixture: «Re: La lettre Pro'pulse» quoting our letter + her own facts and a wish to join → application; M2 exams over, jury on 18 December → studies_finished open → to verify
    N("reply_to_bulk", "studies_finished", "le jury ne se réunit que le 18 décembre", M(
        "Chloé Garnier-Diouf <chloe.gd@example.org>", "RE: La lettre Pro'pulse — novembre 2026", "05 21:30",
        f"""Bonsoir,

Je réponds à votre lettre parce que l'offre de la fondation m'intéresse, mais surtout parce que je voudrais être accompagnée par Pro'pulse. J'ai soutenu mon mémoire de M2 Action humanitaire le 6 novembre, tous mes partiels sont passés, mais le jury ne se réunit que le 18 décembre pour les résultats.

Je vise les fondations et les ONG, côté gestion de projet.

Chloé Garnier-Diouf
+33 6 47 80 21 15

> De : Pro'pulse
{LETTRE}""",
        app("Chloé", "Garnier-Diouf", phone="+33647802115", bac=5, grad=None, unknown=("studies_finished",), status="re_lettre_jury_18_decembre"),
    )),
    # Feature: reply_to_bulk — career_change — huit ans d'assistante de direction chez un assureur
    # mixture: a reply to the letter quoting it + her own story on top asking for the programme → application; eight years as an executive assistant before her licence pro → fails not_career_change → not eligible
    N("reply_to_bulk", "career_change", "huit ans d'assistante de direction chez un assureur", M(
        "Hélène Da Costa <helene.dacosta@example.net>", "Re: La lettre Pro'pulse — novembre 2026", "06 13:05",
        f"""Madame, Monsieur,

Je reçois votre lettre depuis quelques mois et je me lance : après huit ans d'assistante de direction chez un assureur (2014-2022), j'ai repris mes études et obtenu en juillet 2026 une licence professionnelle Coordination de projets de l'ESS à Rennes. J'aimerais bénéficier de votre accompagnement pour trouver un poste de coordinatrice dans une association.

Bien cordialement,
Hélène Da Costa
02 99 41 73 60

{LETTRE}""",
        app("Hélène", "Da Costa", phone="+33299417360", bac=3, grad="2026-07", failing=("not_career_change",), status="re_lettre_assistante_assureur_8_ans"),
    )),
    # Feature: reply_to_bulk — level — DEUST Animation et gestion des activités
    # mixture: «Re: Atelier CV du 19 novembre» quoting our workshop mailing + his own lines asking to join → application; a DEUST (bac+2) of 2025, an ESS aim → eligible
    N("reply_to_bulk", "level", "DEUST Animation et gestion des activités", M(
        "Yanis Bouzid <yanis.bouzid@example.fr>", "Re: Atelier CV du 19 novembre", "07 16:48",
        """salut,

je peux venir à l'atelier ? et surtout m'inscrire au programme, je sais pas si c'est la même chose. j'ai un DEUST Animation et gestion des activités physiques et culturelles (Montpellier, juin 2025), je bosse en extra dans des centres de loisirs mais je voudrais un vrai poste dans une asso de quartier.

Yanis
06.30.12.88.47

> Atelier « Un CV qui parle de vous » — jeudi 19 novembre, 18 h, en visio.
> Ouvert aux jeunes diplômé·es accompagné·es par Pro'pulse.
> Pour ne plus recevoir nos invitations : répondez STOP.""",
        app("Yanis", "Bouzid", phone="+33630128847", bac=2, grad="2025-06", status="re_atelier_cv_deust_2025"),
    )),
    # Feature: reply_to_bulk — aim — NGOs or consulting, whoever hires first
    # ambiguous: she names NGOs and consulting firms side by side, «whoever hires first» — job_seeking_ess stays open
    # mixture: «Re: Pro'pulse newsletter» quoting our letter + her own paragraph in English asking to join → application (English); master's of June 2026, an aim split between NGOs and consulting → to verify
    N("reply_to_bulk", "aim", "NGOs or consulting, whoever hires first", M(
        "Elena Ivanova-Hart <elena.ih@example.com>", "Re: Pro'pulse newsletter – November", "08 19:20",
        f"""Hi,

I got your newsletter through a friend. I finished a master's in Development Studies at Paris 1 in June 2026 and I'd love to join Pro'pulse. Honestly I'm open: NGOs or consulting, whoever hires first — rent in Paris doesn't wait.

Best,
Elena Ivanova-Hart
+44 7700 900 418

On Mon, 2 Nov 2026, Pro'pulse <lettre@animafac.net> wrote:
{LETTRE}""",
        app("Elena", "Ivanova-Hart", phone="+447700900418", bac=5, grad="2026-06", unknown=("job_seeking_ess",), language="en", status="re_newsletter_ngo_or_consulting"),
    )),
    # Feature: reply_to_bulk — kind — merci, vous pouvez me retirer de la liste
    # mixture: a reply to our letter quoting it (Julie's portrait, a «promo 2025») + only «retirez-moi» → other
    N("reply_to_bulk", "kind", "merci, vous pouvez me retirer de la liste", M(
        "Bastien Lefort <b.lefort@example.fr>", "Re: La lettre Pro'pulse — novembre 2026", "09 08:02",
        f"""Bonjour, j'ai trouvé un poste en septembre, merci, vous pouvez me retirer de la liste.
B. Lefort

{LETTRE}""",
        other(),
    )),
    # Feature: reply_to_bulk — kind — est-ce que le forum est ouvert aux parents
    # mixture: «Re: Invitation : forum» quoting the invitation + a mother's question with no facts of anyone → question
    N("reply_to_bulk", "kind", "est-ce que le forum est ouvert aux parents", M(
        "Isabelle Cordier <isa.cordier@example.fr>", "Re: Invitation : forum de l'emploi ESS — Lyon, 3 décembre", "10 11:27",
        """Bonjour,
Petite question : est-ce que le forum est ouvert aux parents qui accompagnent ? Ma fille est timide et je pensais venir avec elle.
Merci,
I. Cordier

> Le 3 décembre 2026, de 14 h à 18 h, à la Maison des associations de Lyon : rencontrez une trentaine d'employeurs de l'ESS.
> Se désinscrire : https://animafac.net/desinscription""",
        question(),
    )),
    # Feature: reply_to_bulk — kind — Témoignage : « J'ai eu mon BTS en 2024
    # mixture: a true bulk mail of a network of ressourceries (List-Unsubscribe, Precedence bulk) quoting a young employee's words, nobody asking us anything → newsletter
    N("reply_to_bulk", "kind", "Témoignage : « J'ai eu mon BTS en 2024", M(
        "Réseau Réemploi Grand Ouest <infos@reemploi-go.example.org>", "Les nouvelles du réseau — novembre", "11 06:30",
        """Les nouvelles du réseau — novembre 2026

Témoignage : « J'ai eu mon BTS en 2024, j'ai commencé en service civique à la recyclerie de Vannes et j'y suis salariée depuis mars. » — Lou, 23 ans.

Agenda : assemblée générale le 12 décembre à Rennes. Formation « caisse et inventaire » les 14 et 15 janvier.

Vous recevez cette lettre car votre structure est adhérente ou partenaire du réseau. Se désabonner : https://reemploi-go.example.org/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://reemploi-go.example.org/desabonnement>", "Precedence": "bulk"},
    )),
    # Feature: forwarded — situation — mon service civique à la Croix-Rouge s'est terminé le 31 octobre
    # mixture: «TR:» from a Mission locale adviser with a note on top + the young woman's own mail forwarded → application (referral: the adviser in forwarded_by, the young woman's address); civic service ended 31 October, BTS of 2025 → eligible
    N("forwarded", "situation", "mon service civique à la Croix-Rouge s'est terminé le 31 octobre", M(
        "Delphine Aubert <d.aubert@missionlocale-exemple.example.fr>", "TR: recherche d'emploi", "12 10:11",
        """Bonjour l'équipe Pro'pulse,

Je vous transfère le mail d'une jeune que j'accompagne, je pense que votre programme lui irait très bien. Elle est d'accord pour que vous la contactiez directement.

Delphine Aubert
Conseillère en insertion — Mission locale du Pays d'Arles

-----Message d'origine-----
De : Awa Diakité <awa.diakite@example.fr>
Envoyé : mardi 10 novembre 2026 18:32
À : Delphine Aubert
Objet : recherche d'emploi

Bonjour Madame Aubert,
Comme je vous disais au téléphone, mon service civique à la Croix-Rouge s'est terminé le 31 octobre. J'ai mon BTS Économie sociale familiale depuis juillet 2025 et je voudrais travailler comme conseillère dans une association ou un CCAS… enfin plutôt une association.
Mon numéro : 06 72 40 15 83
Awa""",
        app("Awa", "Diakité", phone="+33672401583", bac=2, grad="2025-07", email="awa.diakite@example.fr", forwarded_by="d.aubert@missionlocale-exemple.example.fr", status="tr_mission_locale_sc_fini_31_oct"),
    )),
    # Feature: forwarded — situation — je suis en stage à la SCOP Ébène jusqu'au 26 février
    # mixture: «Fwd:» of his own mail to another association with a short note on top → application (his own); an internship running until 26 February 2027 → fails not_internship → not eligible
    N("forwarded", "situation", "je suis en stage à la SCOP Ébène jusqu'au 26 février", M(
        "Moussa Fofana <moussa.fofana@example.com>", "Fwd: Candidature spontanée", "12 22:40",
        """Bonjour, je vous fais suivre ce que j'avais envoyé à une autre asso, c'est la même chose pour vous, je candidate à Pro'pulse.

---------- Forwarded message ---------
De : Moussa Fofana <moussa.fofana@example.com>
Date: jeu. 5 nov. 2026 à 09:14
Subject: Candidature spontanée
To: <recrutement@solidaires-en-ville.example.org>

Madame, Monsieur,
Titulaire d'un master Management des organisations de l'ESS (Paris-Est Créteil, septembre 2026), je suis en stage à la SCOP Ébène jusqu'au 26 février, où j'accompagne la création d'une coopérative d'activité. Je cherche un poste de chargé de développement à partir de mars.
Moussa Fofana
07 66 38 52 19""",
        app("Moussa", "Fofana", phone="+33766385219", bac=5, grad="2026-09", failing=("not_internship",), status="fwd_own_mail_stage_jusqu_fevrier"),
    )),
    # Feature: forwarded — graduation — ma licence d'histoire, obtenue en 2024
    # ambiguous: a licence «obtenue en 2024» with no month: recent from November 2024 only — graduation_recent stays open
    # mixture: «TR:» of her own earlier application sent from her student address (closing soon) to us; the note on top gives a new address and phone → application; licence of 2024, no month → to verify
    N("forwarded", "graduation", "ma licence d'histoire, obtenue en 2024", M(
        "Leïla Haddad <leila.haddad.pro@example.fr>", "TR: Candidature Pro'pulse", "13 09:55",
        """Bonjour,
Je vous renvoie ma candidature depuis ma nouvelle adresse : l'adresse de l'université va être fermée. Mon numéro a changé aussi : 06 09 81 47 22.
Leïla

De : Leïla Haddad <l.haddad@etu.univ-exemple.fr>
Envoyé : 20 octobre 2026
À : propulse@animafac.net
Objet : Candidature Pro'pulse

Bonjour,
Avec ma licence d'histoire, obtenue en 2024, et deux ans de bénévolat au Secours populaire, je cherche un poste de médiatrice culturelle dans une association. Je serais heureuse d'être accompagnée.
Leïla Haddad""",
        app("Leïla", "Haddad", phone="+33609814722", bac=3, grad="2024", unknown=("graduation_recent",), status="tr_own_student_address_licence_2024"),
    )),
    # Feature: forwarded — graduation — BUT GEA validé en juin
    # mixture: «TR:» sent by a mother from her own address, forwarding her son's mail → application of the son (the mother in forwarded_by, the son's address); BUT of June 2026, a mutuelle as aim → eligible
    N("forwarded", "graduation", "BUT GEA validé en juin", M(
        "Fatima El Amrani <f.elamrani@example.net>", "TR: pour l'association", "14 17:03",
        """Bonjour,
Mon fils m'a demandé de vous faire suivre son message, sa boîte mail ne marche plus depuis son changement de téléphone. Vous pouvez lui répondre sur sa nouvelle adresse ci-dessous.
Cordialement,
Fatima El Amrani

-------- Message transféré --------
De : Karim El Amrani
À : maman
Objet : pour l'association

maman tu peux envoyer ça à propulse@animafac.net stp

« Bonjour, je m'appelle Karim El Amrani, j'ai mon BUT GEA validé en juin 2026 à l'IUT de Cergy, et je voudrais travailler dans la gestion d'une mutuelle ou d'une coopérative. Je souhaite m'inscrire à Pro'pulse. Ma nouvelle adresse : karim.elamrani@example.fr, tél 07 45 21 90 36. »""",
        app("Karim", "El Amrani", phone="+33745219036", bac=3, grad="2026-06", email="karim.elamrani@example.fr", forwarded_by="f.elamrani@example.net", status="tr_mere_but_gea_juin"),
    )),
    # Feature: forwarded — studies_finished — ma soutenance est fixée au 14 janvier
    # mixture: «Fwd:» of her exchange with her university's secretariat + a note «voilà où j'en suis, je candidate quand même» → application; a master's defence on 14 January 2027 → fails studies_finished → not eligible
    N("forwarded", "studies_finished", "ma soutenance est fixée au 14 janvier", M(
        "Clara Fernández <clara.fernandez@example.org>", "Fwd: Date de soutenance M2", "15 20:14",
        """Bonsoir,
Voilà où j'en suis : ma soutenance est fixée au 14 janvier (mail de la scolarité ci-dessous). Je candidate quand même à Pro'pulse, je préfère prendre de l'avance : je cherche un poste dans une SCIC ou une coopérative d'habitants.
Clara Fernández — 06 84 13 57 29

---------- Forwarded message ---------
From: Scolarité Master Urbanisme <scolarite.urba@univ-exemple.fr>
Date: mar. 10 nov. 2026
Subject: Re: Date de soutenance M2
To: Clara Fernández

Bonjour,
Suite à votre demande, nous vous confirmons que la soutenance de votre mémoire de M2 aura lieu le 14 janvier 2027 à 10 h, salle B204.
La scolarité""",
        app("Clara", "Fernández", phone="+33684135729", bac=5, grad=None, failing=("studies_finished",), status="fwd_scolarite_soutenance_14_janvier"),
    )),
    # Feature: forwarded — level — un CAP petite enfance et un bac pro ASSP
    # mixture: «TR:» of his own mail to a France Travail adviser + a note «je candidate aussi chez vous» → application; a CAP and a bac pro, nothing at bac+2 → fails degree_level → not eligible
    N("forwarded", "level", "un CAP petite enfance et un bac pro ASSP", M(
        "Jordan Baptiste <jordan.baptiste@example.fr>", "TR: Mon projet", "16 14:26",
        """je candidate aussi chez vous, voila mon projet que j'ai envoyé a ma conseillère

> De : Jordan Baptiste
> À : Conseillère France Travail
> Objet : Mon projet
>
> Bonjour Mme Gauthier, j'ai un CAP petite enfance et un bac pro ASSP (2023). Je voudrais travailler dans une crèche associative ou une asso d'aide à domicile. Je peux faire une formation si il faut.
> Jordan, 07 81 02 66 54""",
        app("Jordan", "Baptiste", phone="+33781026654", bac=0, grad=None, failing=("degree_level",), status="tr_conseillere_cap_bac_pro"),
    )),
    # Feature: forwarded — kind — Merci de diffuser largement
    # mixture: «TR:» of a job offer by a partner association, «diplômé·e bac+3 depuis 2025» is the offer's requirement, nobody applying → other
    N("forwarded", "kind", "Merci de diffuser largement", M(
        "Gaëlle Lemoine <gaelle.lemoine@epicerie-solidaire.example.org>", "TR: Offre — chargé·e d'animation (CDD 12 mois)", "17 09:08",
        """Bonjour,
Merci de diffuser largement auprès des jeunes que vous accompagnez !
Gaëlle

---------- Message transféré ----------
Objet : Offre — chargé·e d'animation (CDD 12 mois)
L'Épicerie solidaire du Vieux-Lille recrute un·e chargé·e d'animation : diplômé·e bac+3 depuis 2025, expérience bénévole appréciée, permis B. Prise de poste le 4 janvier 2027. Candidatures à recrutement@epicerie-solidaire.example.org.""",
        other(),
    )),
    # Feature: forwarded — kind — est-ce que vos ateliers acceptent des alternants
    # mixture: «Fwd:» of our flyer by a BTS teacher + her question about her class, no student named, no facts → question
    N("forwarded", "kind", "est-ce que vos ateliers acceptent des alternants", M(
        "Sandrine Jacquet <s.jacquet@lycee-exemple.example.fr>", "Fwd: Flyer Pro'pulse", "18 12:44",
        """Bonjour,
Une collègue m'a transféré votre flyer (ci-dessous). Je suis enseignante en BTS SP3S : est-ce que vos ateliers acceptent des alternants qui n'ont pas encore leur diplôme, ou faut-il attendre juin ?
Bien à vous,
S. Jacquet

---------- Forwarded message ---------
Pro'pulse — tu as un diplôme bac+2 ou plus, obtenu il y a moins de deux ans, et tu veux travailler dans l'ESS ? Six mois d'accompagnement gratuit. propulse@animafac.net""",
        question(),
    )),
    # Feature: job_board_relay — career_change — des jobs étudiants au Quick pendant toute ma licence
    # mixture: a relay from noreply@emploisolidaire (platform boilerplate, «Ne répondez pas», a Reply-To) + the candidate's own message → application, reached at the Reply-To; student jobs are no career, licence AES 2026, ESS aim → eligible
    N("job_board_relay", "career_change", "des jobs étudiants au Quick pendant toute ma licence", M(
        "EmploiSolidaire.fr <noreply@emploisolidaire.example.fr>", "Nouvelle candidature reçue via EmploiSolidaire.fr — Programme Pro'pulse", "18 15:31",
        """Nouvelle candidature reçue via EmploiSolidaire.fr

Annonce : Programme Pro'pulse — accompagnement des jeunes diplômé·es
Candidat : Théo Girard
Téléphone : 06 20 74 38 91

Message du candidat :
« Bonjour, j'ai validé ma licence AES à Poitiers en juin 2026. J'ai fait des jobs étudiants au Quick pendant toute ma licence, le soir et le week-end, mais mon objectif c'est un poste administratif dans une association d'insertion. Je serais content d'être accompagné. »

Pour répondre au candidat, utilisez le bouton « Répondre » de votre messagerie.
Ne répondez pas à ce message : cette adresse n'est pas consultée.
EmploiSolidaire.fr — l'emploi qui a du sens""",
        app("Théo", "Girard", phone="+33620743891", bac=3, grad="2026-06", email="theo.girard@example.fr", status="emploisolidaire_quick_etudiant"),
        headers={"Reply-To": "Théo Girard <theo.girard@example.fr>"},
    )),
    # Feature: job_board_relay — aim — analyste crédit dans une banque d'affaires
    # mixture: a France Travail style relay (noreply, «Un candidat a répondu à votre annonce») + the candidate's message → application, reached at the address the relay gives; an aim at investment banking → fails job_seeking_ess → not eligible
    N("job_board_relay", "aim", "analyste crédit dans une banque d'affaires", M(
        "Plateforme emploi <ne-pas-repondre@emploi-public.example.fr>", "Un candidat a répondu à votre annonce n° 184QZTX", "19 08:17",
        """Un candidat a répondu à votre annonce n° 184QZTX « Jeunes diplômés : rejoignez Pro'pulse ».

Nom : KHALFI
Prénom : Nassim
Adresse électronique : nassim.khalfi@example.com
Téléphone : 0645237719

Message :
Bonjour, diplômé d'un master Finance d'entreprise (Dauphine, juin 2026), je cherche un poste d'analyste crédit dans une banque d'affaires ou un cabinet d'audit. Je postule à toutes les annonces pour jeunes diplômés, la vôtre comprise.

Ce courriel est envoyé automatiquement, merci de ne pas y répondre.""",
        app("Nassim", "Khalfi", phone="+33645237719", bac=5, grad="2026-06", email="nassim.khalfi@example.com", failing=("job_seeking_ess",), status="relay_public_banque_affaires"),
    )),
    # Feature: job_board_relay — situation — ma mission de service civique finit fin novembre
    # ambiguous: a civic service ending «fin novembre» with no day — not_service_civique stays open
    # mixture: a relay by EmploiSolidaire (noreply, Reply-To) + the candidate's message → application; civic service ending «fin novembre», no day → to verify
    N("job_board_relay", "situation", "ma mission de service civique finit fin novembre", M(
        "EmploiSolidaire.fr <noreply@emploisolidaire.example.fr>", "Nouvelle candidature reçue via EmploiSolidaire.fr — Programme Pro'pulse", "19 18:40",
        """Nouvelle candidature reçue via EmploiSolidaire.fr

Annonce : Programme Pro'pulse — accompagnement des jeunes diplômé·es
Candidate : Maëlle Kerhervé
Téléphone : non renseigné

Message de la candidate :
« Bonjour ! Licence de sciences de l'éducation (Brest, juin 2025). Ma mission de service civique finit fin novembre, dans une asso de soutien scolaire, et j'aimerais enchaîner sur un poste dans l'éducation populaire. On peut m'appeler au 06 98 52 14 70. »

Ne répondez pas à ce message : cette adresse n'est pas consultée.""",
        app("Maëlle", "Kerhervé", phone="+33698521470", bac=3, grad="2025-06", email="maelle.kerherve@example.org", unknown=("not_service_civique",), status="emploisolidaire_sc_fin_novembre"),
        headers={"Reply-To": "maelle.kerherve@example.org"},
    )),
    # Feature: job_board_relay — graduation — BTS SP3S (2020)
    # mixture: a relay by «Impact Jobs» (noreply, Reply-To) carrying the candidate's short message and her CV → application; her only diploma is a BTS of 2020 → fails graduation_recent → not eligible
    N("job_board_relay", "graduation", "BTS SP3S (2020)", M(
        "Impact Jobs <notifications@impactjobs.example.com>", "Candidature de Sabrina Laurent — Pro'pulse", "20 11:02",
        """Impact Jobs — Nouvelle candidature

Sabrina Laurent a postulé à votre annonce « Programme Pro'pulse ».
Son message : « Bonjour, vous trouverez mon CV en pièce jointe, je suis très motivée par l'accompagnement social. »
CV joint : Sabrina_Laurent_CV.pdf

Vous recevez cet e-mail car vous avez publié une annonce sur Impact Jobs. Ne répondez pas directement : utilisez « Répondre » pour écrire à la candidate.""",
        app("Sabrina", "Laurent", phone="+33476228105", bac=2, grad="2020", email="sabrina.laurent@example.fr", failing=("graduation_recent",), info_in="cv", status="impactjobs_cv_bts_2020"),
        headers={"Reply-To": "Sabrina Laurent <sabrina.laurent@example.fr>"},
        cv=CV("pdf", "Sabrina_Laurent_CV.pdf", """Sabrina Laurent
Grenoble — 04 76 22 81 05 — sabrina.laurent@example.fr
Formation
BTS SP3S (2020) — Lycée Louise-Michel, Grenoble
Expérience
2021-2026 : agente d'accueil, centre commercial Grand'Place
Objectif : un poste d'accompagnement social dans une association"""),
    )),
    # Feature: job_board_relay — studies_finished — my viva was on 12 November and the degree is confirmed
    # mixture: an English relay of «Impact Jobs» (noreply, Reply-To) + the candidate's own message in English → application (English); the master's defence is behind him, degree confirmed, ESS aim → eligible
    N("job_board_relay", "studies_finished", "my viva was on 12 November and the degree is confirmed", M(
        "Impact Jobs <notifications@impactjobs.example.com>", "New application via Impact Jobs — Pro'pulse programme", "20 16:55",
        """Impact Jobs — New application

Daniel Jiménez applied to your listing "Pro'pulse programme".
Candidate's message:
"Hello, I've just completed the MSc Social Economy at Université Lyon 2 (taught in English): my viva was on 12 November and the degree is confirmed. I'd like to work for a cooperative or a social enterprise in Lyon. Phone: 07 53 88 41 26."

You are receiving this email because you posted a listing on Impact Jobs. Do not reply directly; use "Reply" to write to the candidate.""",
        app("Daniel", "Jiménez", phone="+33753884126", bac=5, grad="2026-11", email="daniel.jimenez@example.com", language="en", status="impactjobs_en_viva_12_nov"),
        headers={"Reply-To": "Daniel Jiménez <daniel.jimenez@example.com>"},
    )),
    # Feature: job_board_relay — level — Bachelor en management de l'école
    # ambiguous: a private school's «Bachelor» with no stated RNCP level — degree_level stays open
    # mixture: a relay by EmploiSolidaire (noreply, Reply-To) + the candidate's message → application; a private school's bachelor of June 2026, level not stated → to verify
    N("job_board_relay", "level", "Bachelor en management de l'école", M(
        "EmploiSolidaire.fr <noreply@emploisolidaire.example.fr>", "Nouvelle candidature reçue via EmploiSolidaire.fr — Programme Pro'pulse", "21 10:20",
        """Nouvelle candidature reçue via EmploiSolidaire.fr

Annonce : Programme Pro'pulse — accompagnement des jeunes diplômé·es
Candidat : Lucas Imbert
Téléphone : +33 7 12 55 90 64

Message du candidat :
« Bonjour, j'ai terminé en juin 2026 le Bachelor en management de l'école Sup'Avenir de Toulouse. Je veux travailler dans une entreprise d'insertion ou une SCOP, pas dans la grande distribution où j'ai fait mes stages. »

Ne répondez pas à ce message : cette adresse n'est pas consultée.""",
        app("Lucas", "Imbert", phone="+33712559064", bac="*", grad="2026-06", email="lucas.imbert@example.fr", unknown=("degree_level",), status="emploisolidaire_bachelor_ecole"),
        headers={"Reply-To": "Lucas Imbert <lucas.imbert@example.fr>"},
    )),
    # Feature: job_board_relay — kind — 12 nouveaux profils correspondent à vos annonces
    # mixture: the platform's weekly digest (noreply, List-Unsubscribe, Precedence bulk) listing profiles, nobody applying to us → newsletter
    N("job_board_relay", "kind", "12 nouveaux profils correspondent à vos annonces", M(
        "EmploiSolidaire.fr <noreply@emploisolidaire.example.fr>", "Votre sélection de la semaine", "23 06:00",
        """Bonjour Pro'pulse,

12 nouveaux profils correspondent à vos annonces cette semaine :
— Licence pro Gestion des associations, Nantes, disponible immédiatement
— Master ESS, Grenoble, diplômée 2026
— BTS ESF, Lille, en recherche depuis 3 mois
… et 9 autres. Voir tous les profils sur votre espace recruteur.

Vous recevez ce récapitulatif hebdomadaire car vous avez une annonce active. Gérer mes notifications : https://emploisolidaire.example.fr/notifications""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://emploisolidaire.example.fr/notifications>", "Precedence": "bulk"},
    )),
    # Feature: job_board_relay — kind — Votre annonce expire dans 3 jours
    # mixture: a platform's one-off notice (noreply) about our listing, no person → other
    N("job_board_relay", "kind", "Votre annonce expire dans 3 jours", M(
        "Impact Jobs <notifications@impactjobs.example.com>", "Votre annonce expire dans 3 jours", "24 07:15",
        """Bonjour,

Votre annonce expire dans 3 jours : « Programme Pro'pulse » (publiée le 27 octobre 2026). Elle a reçu 41 vues et 4 candidatures.
Pour la prolonger de 30 jours, rendez-vous dans votre espace.

Ne répondez pas à cet e-mail.""",
        other(),
    )),
]
