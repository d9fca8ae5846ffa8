"""Batch 5: «mission» and «alternance» — a mission statement, an association's purpose, an alternation of
shifts or weeks; and the true sense for contrast. Each message written by hand; the comment names its
trap."""

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question
from senses import S

MESSAGES = [
    # Sense: mission — other_sense — la mission de l'association
    S("mission", "other_sense", "mission", M(
        "Charlotte Dumas <charlotte.dumas@example.org>", "Candidature", "02 09:10",
        """Bonjour,

La mission de votre réseau — aider les jeunes diplômés à entrer dans l'ESS — me parle beaucoup. J'ai
obtenu un master Politiques sociales en juin 2026 et je cherche un emploi dans une association de lutte
contre la précarité.

Charlotte Dumas""",
        app("Charlotte", "Dumas", phone=None, bac=5, grad="2026-06", status="mission_du_reseau"),
    )),
    # Sense: mission — true_sense — mission en cours de nature inconnue
    S("mission", "true_sense", "mission", M(
        "Jules Leroy <jules.leroy@example.net>", "Candidature", "02 11:25",
        """Bonjour,
Je suis en mission jusqu'en février dans une association de quartier. J'ai une licence pro Animation
sociale (juin 2025). Après, je voudrais un poste en CDI dans l'ESS.
Jules Leroy""",
        app("Jules", "Leroy", phone=None, bac=3, grad="2025-06",
            unknown=["not_internship", "not_service_civique"], status="mission_inconnue_fevrier"),
    )),
    # Sense: mission — other_sense — mission statement, English
    S("mission", "other_sense", "mission statement", M(
        "Hannah Schmidt <hannah.schmidt@example.de>", "Application Pro'pulse", "02 14:00",
        """Hello,

I drafted the mission statement of a student food bank during my studies, which is how I found the
social economy. I graduated with a Master's in Sociology (Freie Universität Berlin, September 2025) and
now live in Strasbourg. I'm looking for a job in a French non-profit.

Hannah Schmidt""",
        app("Hannah", "Schmidt", phone=None, bac=5, grad="2025-09", language="en",
            status="en_mission_statement"),
    )),
    # Sense: mission — true_sense — mission de service civique terminée
    S("mission", "true_sense", "mission", M(
        "Manon Barre <manon.barre@example.com>", "candidature", "02 16:40",
        """Bonjour,
Ma mission de service civique à la Croix-Rouge est terminée depuis juillet. J'ai un BTS ESF de 2025.
Je cherche un emploi dans une association.
Manon Barre""",
        app("Manon", "Barre", phone=None, bac=2, grad="2025", status="mission_sc_terminee"),
    )),
    # Sense: mission — other_sense — missions de l'emploi visé
    S("mission", "other_sense", "missions", M(
        "Rémi Chauvin <remi.chauvin@example.org>", "Candidature Rémi Chauvin", "03 10:30",
        """Bonjour,

Je cherche un emploi de coordinateur dans une SCIC ; les missions qui m'intéressent : animer le
sociétariat, préparer les assemblées. Mon diplôme : master Droit des entreprises, mais en 2019. Depuis,
juriste dans un grand groupe pendant six ans.

Rémi Chauvin""",
        app("Rémi", "Chauvin", phone=None, bac=5, grad="2019", failing=["graduation_recent",
            "not_career_change"],
            status="missions_visees_juriste_6_ans"),
    )),
    # Sense: mission — other_sense — mission locale
    S("mission", "other_sense", "Mission locale", M(
        "Lisa Renard <lisa.renard@example.fr>", "Candidature (orientée par la Mission locale)", "03 12:45",
        """Bonjour,
C'est ma conseillère de la Mission locale qui m'a donné votre adresse. J'ai un DUT Information-
communication (juin 2025) et je cherche un emploi dans une association culturelle.
Lisa Renard — 06 25 36 47 58""",
        app("Lisa", "Renard", phone="+33625364758", bac=2, grad="2025-06", status="mission_locale"),
    )),
    # Sense: mission — true_sense — mission d'intérim en cours, employed
    S("mission", "true_sense", "mission d'intérim", M(
        "Dylan Moreau <dylan.moreau@example.net>", "candidature", "03 15:20",
        """Bonjour, je suis en mission d'intérim dans un entrepôt en attendant mieux. J'ai une licence pro
Logistique de juin 2026. Je voudrais un emploi dans une entreprise d'insertion ou une recyclerie.
Dylan""",
        app("Dylan", "Moreau", phone=None, bac=3, grad="2026-06", status="mission_interim"),
    )),
    # Sense: mission — other_sense — newsletter: "Mission : l'habitat"
    S("mission", "other_sense", "mission", M(
        "Fédération des Coops d'habitants <infos@coophab.example.org>", "Notre mission en 2027", "03 07:00",
        """Chers membres, voici la feuille de route 2027 : notre mission reste de rendre l'habitat
participatif accessible. Assemblée générale le 15 janvier. Se désabonner.""",
        newsletter(),
    )),
    # Sense: mission — other_sense — question about mission of Pro'pulse
    S("mission", "other_sense", "mission", M(
        "Ophélie Marty <ophelie.marty@example.com>", "Question sur votre mission", "04 09:45",
        """Bonjour,
Quelle est exactement la mission de Pro'pulse : placer les jeunes en emploi, ou seulement les former ?
Je prépare un exposé sur les dispositifs d'insertion. Merci !""",
        question(),
    )),
    # Sense: mission — true_sense — mission de volontariat unstated (volontariat)
    S("mission", "true_sense", "mission", M(
        "Bilal Chérif <bilal.cherif@example.org>", "Candidature", "04 13:05",
        """Bonjour,

Je rentre d'une mission de volontariat de solidarité internationale de deux ans au Bénin (finie en
octobre). Master Développement (2024, en juin). Je cherche un emploi dans une ONG.

Bilal Chérif""",
        app("Bilal", "Chérif", phone=None, bac=5, grad="2024-06", failing=["graduation_recent"],
            status="vsi_finie_master_2024_06"),
    )),
    # Sense: alternance — other_sense — alternance jour/nuit
    S("alternance", "other_sense", "alternance", M(
        "Célia Hamon <celia.hamon@example.net>", "Candidature", "04 16:30",
        """Bonjour,

Je travaille en ce moment en alternance de postes matin/nuit dans un EHPAD, comme agente de service, en
CDD jusqu'au 31 décembre. J'ai un diplôme d'État d'assistante de service social (DEASS), obtenu en
juillet 2026, et je cherche un poste d'assistante sociale dans une association.

Célia Hamon""",
        app("Célia", "Hamon", phone=None, bac=3, grad="2026-07", status="alternance_postes_ehpad_cdd"),
    )),
    # Sense: alternance — true_sense — en alternance
    S("alternance", "true_sense", "alternance", M(
        "Enzo Dupont <enzo.dupont@example.com>", "candidature", "05 09:00",
        """Bonjour, je suis en alternance (master 2 Management de l'ESS, fin en septembre 2027) dans une
mutuelle. J'ai une licence de 2025. Je cherche un emploi pour après.
Enzo""",
        app("Enzo", "Dupont", phone=None, bac=3, grad="2025", failing=["studies_finished"],
            status="en_alternance_m2"),
    )),
    # Sense: alternance — other_sense — garde alternée
    S("alternance", "other_sense", "en alternance", M(
        "Mathilde Gilbert <mathilde.gilbert@example.org>", "Candidature", "05 11:15",
        """Bonjour,

Je vis une semaine sur deux avec mes enfants (garde en alternance), donc je cherche un poste avec des
horaires réguliers. Diplôme : master Économie sociale et solidaire, septembre 2025, après dix ans comme
assistante de direction dans l'industrie.

Mathilde Gilbert""",
        app("Mathilde", "Gilbert", phone=None, bac=5, grad="2025-09", failing=["not_career_change"],
            unknown=["job_seeking_ess"], status="garde_alternee_dix_ans_assistante"),
    )),
    # Sense: alternance — true_sense — alternance terminée
    S("alternance", "true_sense", "alternance", M(
        "Théa Cordier <thea.cordier@example.net>", "Candidature Théa Cordier", "05 14:40",
        """Bonjour,
J'ai fini mon alternance en août, en même temps que mon BTS Comptabilité gestion (juillet 2026, obtenu).
Je cherche un emploi de comptable dans une association ou une coopérative.
Théa Cordier — 06 55 44 33 22""",
        app("Théa", "Cordier", phone="+33655443322", bac=2, grad="2026-07", status="alternance_finie"),
    )),
    # Sense: alternance — other_sense — alternance des cultures
    S("alternance", "other_sense", "alternance", M(
        "Pierre-Louis Besson <pl.besson@example.fr>", "Candidature maraîchage", "05 17:05",
        """Bonjour,

Mon mémoire d'ingénieur agronome (diplôme obtenu en octobre 2025) portait sur l'alternance des
cultures en maraîchage bio. Je cherche un emploi d'animateur dans une coopérative agricole ou une
association de paysans.

Pierre-Louis Besson""",
        app("Pierre-Louis", "Besson", phone=None, bac=5, grad="2025-10", status="alternance_cultures"),
    )),
    # Sense: alternance — other_sense — employer: poste en alternance de week-ends
    S("alternance", "other_sense", "alternance", M(
        "Auberge de jeunesse Les Cimes <direction@lescimes.example.org>", "Offre : veilleur de nuit",
        "06 10:00",
        """Bonjour,

Nous recrutons un veilleur de nuit (CDD 6 mois), en alternance un week-end sur deux. Si cela convient à
l'un de vos accompagnés, qu'il nous écrive.

La direction""",
        other(),
    )),
    # Sense: alternance — true_sense — cherche une alternance (études)
    S("alternance", "true_sense", "alternance", M(
        "Léna Vincent <lena.vincent@example.com>", "Recherche alternance", "06 12:30",
        """Bonjour,
Je ne cherche pas d'emploi : je cherche une alternance pour ma licence pro Gestion de l'ESS, qui commence
en janvier 2027. J'ai un BTS de 2026. Pouvez-vous m'aider ?
Léna""",
        app("Léna", "Vincent", phone=None, bac=2, grad="2026", failing=["job_seeking_ess"],
            status="cherche_alternance"),
    )),
    # Sense: alternance — other_sense — SMS: alternance des horaires
    S("alternance", "other_sense", "alternance", M(
        "jess.poulain@example.net", "dispo", "06 15:15",
        """bjr c Jessica Poulain, licence sciences sociales obtenue en juin 2025, je cherche un poste en
asso. je bosse en ce moment en caisse avec une alternance matin/aprem donc appelez plutôt vers
13h. 06 17 28 39 40""",
        app("Jessica", "Poulain", phone="+33617283940", bac=3, grad="2025-06",
            status="sms_alternance_horaires"),
    )),
    # Sense: alternance — true_sense — past alternance, English "work-study"
    S("alternance", "true_sense", "alternance", M(
        "Leo Fischer <leo.fischer@example.com>", "Application", "06 17:50",
        """Hello,

I did my Bachelor in Business (BUT TC, June 2026) as a work-study student (alternance) in a
supermarket chain; it ended with the degree. I'm now looking for a job in a cooperative or a non-profit.

Leo Fischer""",
        app("Leo", "Fischer", phone=None, bac=3, grad="2026-06", language="en",
            status="en_alternance_finished"),
    )),
    # Sense: alternance — other_sense — auto-reply
    S("alternance", "other_sense", "alternance", M(
        "Service RH Coopérative Oxalis <rh@oxalis.example.org>", "Accusé de réception", "07 08:00",
        """Nous avons bien reçu votre message. Attention : nous ne recrutons pas d'alternants cette année
(aucune offre en alternance). Une réponse vous sera faite sous 15 jours. Message automatique.""",
        auto_reply(),
    )),
    # Sense: mission — other_sense — bounce
    S("mission", "other_sense", "mission", M(
        "Mail Delivery Subsystem <mailer-daemon@relay.example.com>", "Delivery Status Notification (Failure)",
        "07 09:20",
        """Delivery to the following recipient failed permanently:

    mission.emploi@asso-horizon.example.com

The mailbox is full.""",
        bounce("mission.emploi@asso-horizon.example.com"),
        bounce="""Reporting-MTA: dns; relay.example.com
Final-Recipient: rfc822; mission.emploi@asso-horizon.example.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""",
    )),
    # Sense: mission — true_sense — CV: mission en cours
    S("mission", "true_sense", "Mission", M(
        "Elsa Maillard <elsa.maillard@example.fr>", "Candidature Elsa Maillard", "07 11:10",
        """Bonjour, mon CV est en pièce jointe. Je cherche un emploi dans une association environnementale.
Elsa Maillard""",
        app("Elsa", "Maillard", phone=None, bac=5, grad="2026-06",
            unknown=["not_internship", "not_service_civique"], info_in="both", status="cv_mission_en_cours"),
        cv=CV("pdf", "CV_Elsa_Maillard.pdf", """
Elsa Maillard
elsa.maillard@example.fr
Formation
Juin 2026 : Master Gestion de l'environnement, Université de Montpellier
Expérience
Depuis septembre 2026 : Mission au sein de l'association France Nature (en cours)
"""),
    )),
    # Sense: alternance — other_sense — question sur l'alternance des séances
    S("alternance", "other_sense", "alternance", M(
        "Nathalie Lucas <nathalie.lucas@example.org>", "Organisation des ateliers", "07 13:30",
        """Bonjour,
Vos ateliers fonctionnent-ils en alternance présentiel / distanciel ? J'accompagne des jeunes en milieu
rural et la distance est un frein. Merci.""",
        question(),
    )),
    # Sense: mission — other_person — the mother's mission
    S("mission", "other_person", "mission", M(
        "Aurélien Gomez <aurelien.gomez@example.net>", "Candidature", "07 15:45",
        """Bonjour,

Ma mère est consultante et part en mission à Dakar, je reprends donc son appartement à Lyon. Moi : BUT
Carrières juridiques obtenu en juin 2026, je cherche un emploi dans une association d'accès au droit.

Aurélien Gomez""",
        app("Aurélien", "Gomez", phone=None, bac=3, grad="2026-06", status="mere_en_mission"),
    )),
]
