"""Batch 1: nominalisation and passive — the deciding fact stated as a noun phrase («l'obtention de…», «la
fin de mon stage…») or in the passive («m'a été délivré», «a été prolongée»). Each message written by hand;
the comment names its construction, the fact it carries and its words."""

from constructions import C
from kit import M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Construction: nominalisation — graduation — L'obtention de mon master
    C("nominalisation", "graduation", "L'obtention de mon master", M(
        "Salomé Giraud <salome.giraud@example.org>", "Candidature Pro'pulse", "02 09:14",
        """Bonjour,

L'obtention de mon master Économie sociale et solidaire à Grenoble date de juin 2025. Depuis, recherche
active d'un poste de chargée de développement en coopérative, sans succès pour l'instant.

Salomé Giraud
06 44 18 27 90""",
        app("Salomé", "Giraud", phone="+33644182790", bac=5, grad="2025-06",
            status="obtention_master_2025_06"),
    )),
    # Construction: nominalisation — situation — La fin de mon stage est prévue
    C("nominalisation", "situation", "La fin de mon stage est prévue", M(
        "Gaspard Lemoine <gaspard.lemoine@example.net>", "Pro'pulse", "02 11:40",
        """Bonjour,

Licence pro Métiers de l'animation sociale en poche (juin 2026). La fin de mon stage est prévue pour
mars 2027, à la maison de quartier des Buttes. Ensuite je voudrais un emploi dans une asso d'éducation
populaire.

Gaspard""",
        app("Gaspard", "Lemoine", phone=None, bac=3, grad="2026-06", failing=["not_internship"],
            status="fin_stage_mars_2027"),
    )),
    # Construction: nominalisation — studies_finished — La soutenance de mon mémoire
    C("nominalisation", "studies_finished", "La soutenance de mon mémoire", M(
        "Orane Vasseur <orane.vasseur@example.com>", "Candidature", "03 08:05",
        """Bonjour,

Je suis titulaire d'une licence de géographie (2025) et je termine un M2 Développement territorial. La
soutenance de mon mémoire aura lieu le 14 décembre, et le jury dans la foulée. Je cherche un emploi dans
une structure de l'ESS, plutôt dans l'habitat participatif.

Orane Vasseur""",
        app("Orane", "Vasseur", phone=None, bac=3, grad="2025", unknown=["studies_finished"],
            status="soutenance_14_decembre"),
    )),
    # Construction: nominalisation — career_change — Ma reconversion
    C("nominalisation", "career_change", "Ma reconversion", M(
        "Frédéric Pasquier <f.pasquier@example.fr>", "Candidature au dispositif", "03 13:22",
        """Madame, Monsieur,

Ma reconversion, après quinze années de comptabilité en CDI dans un groupe de BTP, s'est conclue par un
master 2 Management des organisations de l'ESS validé en septembre 2026. Je cherche aujourd'hui un poste
de responsable administratif dans une association.

Frédéric Pasquier""",
        app("Frédéric", "Pasquier", phone=None, bac=5, grad="2026-09", failing=["not_career_change"],
            status="reconversion_apres_15_ans_compta"),
    )),
    # Construction: nominalisation — graduation — La validation de mon BTS
    C("nominalisation", "graduation", "La validation de mon BTS", M(
        "Kenza Amrani <kenza.amrani@example.org>", "candidature", "03 17:48",
        """Bonjour,
La validation de mon BTS SP3S en juillet 2025 a mis fin à mes études. Je cherche un emploi dans une
association d'aide à domicile ou un centre social.
Kenza Amrani""",
        app("Kenza", "Amrani", phone=None, bac=2, grad="2025-07", status="validation_bts_2025_07"),
    )),
    # Construction: nominalisation — graduation — La remise de mon DUT Carrières sociales
    C("nominalisation", "graduation", "La remise de mon DUT Carrières sociales", M(
        "Lucas Ferreira <lucas.ferreira@example.net>", "Candidature Lucas Ferreira", "04 10:02",
        """Bonjour,

La remise de mon DUT Carrières sociales remonte à juin 2022. Depuis, des remplacements en foyer. Je
cherche un poste stable dans une association de protection de l'enfance.

Lucas Ferreira""",
        app("Lucas", "Ferreira", phone=None, bac=2, grad="2022-06", failing=["graduation_recent"],
            status="remise_dut_2022_06"),
    )),
    # Construction: nominalisation — aim — la reprise d'un emploi, n'importe lequel
    C("nominalisation", "aim", "la reprise d'un emploi, n'importe lequel", M(
        "Mathis Roche <mathis.roche@example.com>", "Inscription", "04 15:30",
        """Bonjour,

Titulaire d'un master de droit public depuis septembre 2025. Mon objectif : la reprise d'un emploi,
n'importe lequel, le plus vite possible, le secteur m'est égal.

Mathis Roche""",
        app("Mathis", "Roche", phone=None, bac=5, grad="2025-09", unknown=["job_seeking_ess"],
            status="reprise_emploi_n_importe_lequel"),
    )),
    # Construction: nominalisation — situation — Le démarrage de mon service civique
    C("nominalisation", "situation", "Le démarrage de mon service civique", M(
        "Zoé Carpentier <zoe.carpentier@example.org>", "Candidature", "05 09:45",
        """Bonjour,

Le démarrage de mon service civique à la Ligue de l'enseignement a eu lieu le 2 octobre, pour huit mois.
J'ai une licence de sciences de l'éducation (juin 2026) et je vise un poste d'animatrice dans l'ESS.

Zoé Carpentier""",
        app("Zoé", "Carpentier", phone=None, bac=3, grad="2026-06", failing=["not_service_civique"],
            status="demarrage_sc_octobre"),
    )),
    # Construction: nominalisation — situation — L'arrêt de mon service civique
    C("nominalisation", "situation", "L'arrêt de mon service civique", M(
        "Nathan Guérin <nathan.guerin@example.fr>", "Pro'pulse candidature", "05 14:12",
        """Bonjour,

L'arrêt de mon service civique remonte à la fin août ; la recherche d'un emploi dans l'économie sociale
et solidaire est désormais ma priorité. Côté diplôme : master Sociologie, juin 2025.

Nathan Guérin
07 81 55 02 19""",
        app("Nathan", "Guérin", phone="+33781550219", bac=5, grad="2025-06", status="arret_sc_aout"),
    )),
    # Construction: nominalisation — aim — l'intégration d'un cabinet d'audit
    C("nominalisation", "aim", "l'intégration d'un cabinet d'audit", M(
        "Victoire Mallet <victoire.mallet@example.com>", "Candidature", "06 08:30",
        """Bonjour,

Diplômée de l'ESC (master Grande École) en juillet 2026. Mon projet professionnel : l'intégration d'un
cabinet d'audit financier parisien, idéalement un des quatre grands.
On m'a dit que vous aidiez les jeunes diplômés.

Victoire Mallet""",
        app("Victoire", "Mallet", phone=None, bac=5, grad="2026-07", failing=["job_seeking_ess"],
            status="integration_cabinet_audit"),
    )),
    # Construction: nominalisation — level — l'obtention de mon diplôme en juin 2026
    C("nominalisation", "level", "l'obtention de mon diplôme en juin 2026", M(
        "Ilyès Benali <ilyes.benali@example.net>", "candidature pro'pulse", "06 12:00",
        """Bonjour,
Depuis l'obtention de mon diplôme en juin 2026, je cherche dans les associations de solidarité
internationale, en vain. Pourriez-vous m'aider ?
Ilyès""",
        app("Ilyès", "Benali", phone=None, bac=None, grad="2026-06", unknown=["degree_level"],
            status="obtention_diplome_sans_niveau"),
    )),
    # Construction: nominalisation — kind — La participation au programme
    C("nominalisation", "kind", "La participation au programme", M(
        "Anaïs Robin <anais.robin@example.org>", "Question sur le programme", "06 16:20",
        """Bonjour,

La participation au programme est-elle payante ? Et quelle est la durée de l'accompagnement ? Je pose la
question pour des amis.

Merci, Anaïs""",
        question(),
    )),
    # Construction: nominalisation — kind — Inauguration de notre tiers-lieu
    C("nominalisation", "kind", "Inauguration de notre tiers-lieu", M(
        "La Fabrique commune <infos@fabriquecommune.example.org>", "Inauguration de notre tiers-lieu",
        "07 07:00",
        """Inauguration de notre tiers-lieu le 12 décembre : visite des ateliers, ouverture des
inscriptions aux
permanences, lancement de l'épicerie solidaire. Pour ne plus recevoir cette lettre, cliquez ici.""",
        newsletter(),
    )),
    # Construction: nominalisation — kind — Le recrutement d'un·e chargé·e de projet
    C("nominalisation", "kind", "Le recrutement d'un·e chargé·e de projet", M(
        "SCIC Les Rives <rh@scic-rives.example.fr>", "Offre à diffuser", "07 10:10",
        """Bonjour,

Le recrutement d'un·e chargé·e de projet mobilité solidaire est ouvert dans notre SCIC (CDI, Nantes).
Pourriez-vous relayer l'offre à vos participants ?

Hélène, pour la SCIC Les Rives""",
        other(),
    )),
    # Construction: nominalisation — kind — Fermeture du bureau
    C("nominalisation", "kind", "Fermeture du bureau", M(
        "Marius Delcourt <marius.delcourt@example.net>", "Réponse automatique : Pro'pulse", "07 18:02",
        """Fermeture du bureau jusqu'au 4 janvier ; reprise des réponses à partir du 5. Message
automatique.""",
        auto_reply(),
    )),
    # Construction: passive — graduation — m'a été délivré en juillet 2025
    C("passive", "graduation", "m'a été délivré en juillet 2025", M(
        "Camille Drouet <camille.drouet@example.org>", "Candidature Camille Drouet", "08 09:30",
        """Bonjour,

Mon master Innovation sociale m'a été délivré en juillet 2025 par l'université de Tours. Je cherche un
poste de chargée de mission dans une fondation ou une mutuelle.

Camille Drouet""",
        app("Camille", "Drouet", phone=None, bac=5, grad="2025-07", status="master_delivre_2025_07"),
    )),
    # Construction: passive — situation — ma convention de stage a été prolongée
    C("passive", "situation", "ma convention de stage a été prolongée", M(
        "Élise Barbier <elise.barbier@example.com>", "Pro'pulse", "08 13:50",
        """Bonjour,

Titulaire d'une licence d'AES (juin 2026), je devais finir fin novembre, mais ma convention de stage a
été prolongée jusqu'au 15 février par la recyclerie qui m'accueille. J'aimerais ensuite être salariée
dans l'ESS.

Élise Barbier""",
        app("Élise", "Barbier", phone=None, bac=3, grad="2026-06", failing=["not_internship"],
            status="convention_prolongee_fevrier"),
    )),
    # Construction: passive — graduation — a été validée par le jury le 3 juillet 2026
    C("passive", "graduation", "a été validée par le jury le 3 juillet 2026", M(
        "Tristan Morel <tristan.morel@example.fr>", "candidature", "08 17:15",
        """Bonjour,
Ma licence pro Coordination de projets de l'ESS a été validée par le jury le 3 juillet 2026. Je cherche
un CDD ou un CDI dans une coopérative d'activité.
Tristan Morel — 06 30 42 71 88""",
        app("Tristan", "Morel", phone="+33630427188", bac=3, grad="2026-07",
            status="licence_pro_jury_2026_07"),
    )),
    # Construction: passive — career_change — J'ai été recrutée en CDI
    C("passive", "career_change", "J'ai été recrutée en CDI", M(
        "Noémie Laurent <noemie.laurent@example.net>", "Candidature", "09 08:40",
        """Bonjour,

Master Gestion des ressources humaines obtenu en juin 2026. J'ai été recrutée en CDI dans une entreprise
de logistique en septembre et j'y travaille toujours, mais j'aimerais rejoindre une association
employeuse de l'ESS.

Noémie Laurent""",
        app("Noémie", "Laurent", phone=None, bac=5, grad="2026-06", unknown=["not_career_change"],
            status="recrutee_cdi_logistique"),
    )),
    # Construction: passive — situation — J'ai été accueillie en service civique
    C("passive", "situation", "J'ai été accueillie en service civique", M(
        "Lina Mercier <lina.mercier@example.org>", "Candidature Pro'pulse", "09 11:05",
        """Bonjour,

BTS ESF obtenu en juin 2025. J'ai été accueillie en service civique par Unis-Cité en septembre, pour neuf
mois. Je cherche déjà la suite : un emploi de conseillère dans un centre social.

Lina""",
        app("Lina", "Mercier", phone=None, bac=2, grad="2025-06", failing=["not_service_civique"],
            status="accueillie_sc_septembre"),
    )),
    # Construction: passive — graduation — Mon BTS m'a été délivré en 2021
    C("passive", "graduation", "Mon BTS m'a été délivré en 2021", M(
        "Dylan Petitjean <dylan.petitjean@example.com>", "candidature", "09 14:33",
        """Bonjour,
Mon BTS m'a été délivré en 2021, et depuis j'enchaîne les petits boulots. Je voudrais travailler dans une
ressourcerie ou une asso d'insertion.
Dylan""",
        app("Dylan", "Petitjean", phone=None, bac=2, grad="2021", failing=["graduation_recent"],
            status="bts_delivre_2021"),
    )),
    # Construction: passive — studies_finished — mon M2 est donc obtenu
    C("passive", "studies_finished", "mon M2 est donc obtenu", M(
        "Margaux Chevalier <margaux.chevalier@example.fr>", "Candidature", "10 09:00",
        """Bonjour,

Mon mémoire a été soutenu et validé fin septembre 2026 : mon M2 est donc obtenu. Je recherche un poste de
chargée d'études dans un réseau de l'économie sociale et solidaire.

Margaux Chevalier""",
        app("Margaux", "Chevalier", phone=None, bac=5, grad="2026-09", status="memoire_valide_m2_obtenu"),
    )),
    # Construction: passive — studies_finished — n'a pas encore été validé
    C("passive", "studies_finished", "n'a pas encore été validé", M(
        "Jules Fabre <jules.fabre@example.net>", "Candidature", "10 12:25",
        """Bonjour,

Licence de sociologie obtenue en 2025. Mon dernier semestre de master n'a pas encore été validé : le jury
se réunit en janvier. Je cherche un emploi dans une association d'accompagnement des personnes exilées.

Jules Fabre""",
        app("Jules", "Fabre", phone=None, bac=3, grad="2025", unknown=["studies_finished"],
            status="semestre_pas_encore_valide"),
    )),
    # Construction: passive — level — Mon bac pro m'a été délivré
    C("passive", "level", "Mon bac pro m'a été délivré", M(
        "Enzo Marchal <enzo.marchal@example.org>", "candidature animateur", "10 16:40",
        """Bonjour,
Mon bac pro m'a été délivré en 2025 et j'ai été engagé comme animateur périscolaire ensuite. Je voudrais
un emploi dans une asso de quartier.
Enzo Marchal""",
        app("Enzo", "Marchal", phone=None, bac=0, grad=None, failing=["degree_level"], status="bac_pro_seul"),
    )),
    # Construction: passive — aim — Toutes les offres seront étudiées
    C("passive", "aim", "Toutes les offres seront étudiées", M(
        "Justine Colas <justine.colas@example.com>", "Candidature Pro'pulse", "11 10:15",
        """Bonjour,

Licence de LEA validée en juin 2026. Toutes les offres seront étudiées, quel que soit le secteur :
commerce, industrie, associations, peu importe.

Justine Colas""",
        app("Justine", "Colas", phone=None, bac=3, grad="2026-06", unknown=["job_seeking_ess"],
            status="toutes_offres_etudiees"),
    )),
    # Construction: passive — career_change — J'ai été employé pendant douze ans
    C("passive", "career_change", "J'ai été employé pendant douze ans", M(
        "Rachid Bensaïd <rachid.bensaid@example.fr>", "Candidature", "11 14:50",
        """Bonjour,

J'ai été employé pendant douze ans comme chauffeur routier en CDI avant de reprendre des études. Mon DEES
m'a été délivré en juin 2026 et je cherche un poste d'éducateur dans une association.

Rachid Bensaïd""",
        app("Rachid", "Bensaïd", phone=None, bac=3, grad="2026-06", failing=["not_career_change"],
            status="employe_douze_ans_routier"),
    )),
    # Construction: passive — kind — a bien été reçue
    C("passive", "kind", "a bien été reçue", M(
        "Pauline Hamon <pauline.hamon@example.org>", "Re: Proposition de rendez-vous", "12 09:20",
        """Bonjour,
Votre proposition a bien été reçue ; le jeudi 3 décembre à 10 h me convient.
Pauline

> Le 10 nov. 2026, Pro'pulse a écrit :
> Pouvez-vous venir le jeudi 3 décembre à 10 h ?""",
        reply(),
        headers={"In-Reply-To": "<rdv-3112@animafac.net>", "References": "<rdv-3112@animafac.net>"},
    )),
    # Construction: passive — kind — n'a pas pu être remis
    C("passive", "kind", "n'a pas pu être remis", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.example.com>", "Non remis : Votre candidature",
        "12 11:00",
        """Votre message n'a pas pu être remis au destinataire : l'adresse est introuvable.""",
        bounce("theo.valin@example.com"),
        bounce="""Reporting-MTA: dns; mx.example.com
Final-Recipient: rfc822; theo.valin@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown""",
    )),
    # Construction: passive — kind — sera traité à mon retour
    C("passive", "kind", "sera traité à mon retour", M(
        "Agathe Lenoir <agathe.lenoir@example.net>", "Absence : Pro'pulse", "12 15:35",
        """Votre message a bien été reçu et sera traité à mon retour, le 30 novembre. (Réponse
automatique)""",
        auto_reply(),
    )),
    # Construction: passive — kind — peuvent être déposées
    C("passive", "kind", "peuvent être déposées", M(
        "Fondation Terres Vives <appels@terresvives.example.org>", "Appel à projets jeunesse", "13 08:00",
        """Bonjour,

Les candidatures à notre appel à projets « Jeunes et territoires » peuvent être déposées jusqu'au 15
décembre. N'hésitez pas à en parler aux associations que vous connaissez.

Fondation Terres Vives""",
        other(),
    )),
]
