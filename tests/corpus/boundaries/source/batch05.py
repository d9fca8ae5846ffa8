# ruff: noqa: E501
"""Batch 5 — the service civique boundary: ended, current, starting later, «volontaire en mission jusqu'en
février», a past one mentioned in passing, a volunteering whose kind is not said."""

from boundaries import B
from kit import CV, M, app

MESSAGES = [
    # Boundary: service_civique — inside — ended in October
    B("service_civique", "inside", M(
        frm="Louise Perrin <louise.perrin@example.org>",
        subject="Candidature Pro'pulse",
        date="05 10:30",
        body="""Bonjour,

Mon service civique dans une association de lutte contre le gaspillage s'est terminé fin octobre. Licence de biologie obtenue en juin 2025. Je cherche un poste d'animatrice environnement dans une association.

Louise Perrin
06 45 70 13 92""",
        truth=app("Louise", "Perrin", phone="+33645701392", bac=3, grad="2025-06", status="sc_fini_octobre"),
    )),
    # Boundary: service_civique — outside — «volontaire en mission jusqu'en février»
    B("service_civique", "outside", M(
        frm="Mathéo Durand <matheo.durand@example.net>",
        subject="Pro'pulse",
        date="06 14:20",
        body="""Bonjour,

Volontaire en service civique, en mission jusqu'en février dans une maison de quartier. J'ai un BTS Communication (juin 2026). Après, je veux un emploi de chargé de communication dans une association.

Mathéo Durand
07 21 58 94 30""",
        truth=app("Mathéo", "Durand", phone="+33721589430", bac=2, grad="2026-06", failing=("not_service_civique",), status="volontaire_jusqu_fevrier"),
    )),
    # Boundary: service_civique — inside — starting in January (not current)
    B("service_civique", "inside", M(
        frm="Inaya Kaci <inaya.kaci@example.com>",
        subject="Candidature",
        date="08 11:15",
        body="""Bonjour,

On m'a proposé un service civique qui commencerait en janvier, mais je préférerais trouver directement un emploi de médiatrice dans une association. Master Médiation culturelle obtenu en juin 2026.

Inaya Kaci
06 32 94 17 58""",
        truth=app("Inaya", "Kaci", phone="+33632941758", bac=5, grad="2026-06", status="sc_propose_janvier"),
    )),
    # Boundary: service_civique — outside — current, «depuis septembre»
    B("service_civique", "outside", M(
        frm="Arthur Guérin <arthur.guerin@example.org>",
        subject="candidature pro pulse",
        date="09 19:50",
        body="""Bonjour, je fais mon service civique depuis septembre chez Unis-Cité (8 mois). DUT GEA en 2025, juin. Je voudrais être aidé pour trouver un job dans une coopérative après. Arthur Guérin 06 59 12 84 37""",
        truth=app("Arthur", "Guérin", phone="+33659128437", bac=2, grad="2025-06", failing=("not_service_civique",), status="sc_depuis_septembre"),
    )),
    # Boundary: service_civique — inside — a past one mentioned in passing
    B("service_civique", "inside", M(
        frm="Margaux Leblanc <margaux.leblanc@example.net>",
        subject="Pro'pulse - candidature",
        date="10 09:05",
        body="""Bonjour,

Après un service civique en 2022, j'ai fait ma licence puis mon master de géographie (juin 2026). Je cherche aujourd'hui un poste de chargée de mission mobilité dans une association.

Margaux Leblanc
06 77 25 38 16""",
        truth=app("Margaux", "Leblanc", phone="+33677253816", bac=5, grad="2026-06", status="sc_passe_2022"),
    )),
    # Boundary: service_civique — open — «volontaire» in an association, kind not said
    B("service_civique", "open", M(
        frm="Ibrahim Touré <ibrahim.toure@example.com>",
        subject="Candidature",
        date="11 12:35",
        body="""Bonjour,

Je suis volontaire dans une association de solidarité internationale depuis cet été. J'ai un master en relations internationales obtenu en septembre 2025. Je cherche un poste de chargé de projets dans une ONG.

Ibrahim Touré
07 40 83 26 51""",
        truth=app("Ibrahim", "Touré", phone="+33740832651", bac=5, grad="2025-09", unknown=("not_service_civique",), status="volontaire_nature_inconnue"),
    )),
    # Boundary: service_civique — outside — a CV line «Service civique — depuis octobre 2026»
    B("service_civique", "outside", M(
        frm="Pauline Carpentier <pauline.carpentier@example.org>",
        subject="CV pour Pro'pulse",
        date="12 15:40",
        body="""Bonjour, voici mon CV. Pauline""",
        cv=CV("pdf", "CV_Pauline_Carpentier.pdf", """Pauline CARPENTIER
06 86 14 39 72
FORMATION
Licence Sciences sanitaires et sociales - juin 2026
EXPÉRIENCE
Depuis octobre 2026 : service civique, ambassadrice santé, association de prévention
OBJECTIF
Chargée de prévention dans une association de santé"""),
        truth=app("Pauline", "Carpentier", phone="+33686143972", bac=3, grad="2026-06", failing=("not_service_civique",), info_in="cv", status="cv_sc_depuis_octobre"),
    )),
    # Boundary: service_civique — open — a VSI abroad, current (not a service civique as such)
    B("service_civique", "open", M(
        frm="Lucas Fontaine <lucas.fontaine@example.net>",
        subject="Candidature depuis le Bénin",
        date="13 08:20",
        body="""Bonjour,

Je suis en volontariat de solidarité internationale (VSI) au Bénin jusqu'en mars. Master de développement obtenu en septembre 2025. À mon retour je voudrais travailler dans une association de solidarité internationale en France.

Lucas Fontaine""",
        truth=app("Lucas", "Fontaine", phone=None, bac=5, grad="2025-09", unknown=("not_service_civique",), status="vsi_en_cours"),
    )),
    # Boundary: service_civique — inside — English, "my civic service ended in August"
    B("service_civique", "inside", M(
        frm="Nora Lindqvist <nora.lindqvist@example.org>",
        subject="Application to Pro'pulse",
        date="14 10:45",
        body="""Hello,

My service civique with a refugee-support association ended in August. I have a Bachelor's in Social Work from Université de Bordeaux (June 2025). I'm looking for a job as a social worker in a French association.

Nora Lindqvist
+33 7 62 91 48 03""",
        truth=app("Nora", "Lindqvist", phone="+33762914803", bac=3, grad="2025-06", language="en", status="en_sc_ended_august"),
    )),
    # Boundary: service_civique — outside — English, "I'm doing my service civique until June"
    B("service_civique", "outside", M(
        frm="Amir Haddad <amir.haddad@example.com>",
        subject="Pro'pulse",
        date="15 16:30",
        body="""Hi,

I'm currently doing my service civique in a youth centre until June 2027. I graduated with a Bachelor's in Psychology in June 2026. Afterwards I'd like a job in an association.

Amir Haddad""",
        truth=app("Amir", "Haddad", phone=None, bac=3, grad="2026-06", failing=("not_service_civique",), language="en", status="en_sc_until_june"),
    )),
    # Boundary: service_civique — open — «ma mission se termine bientôt», the kind of mission not said
    B("service_civique", "open", M(
        frm="Elsa Moulin <elsa.moulin@example.net>",
        subject="Candidature",
        date="16 11:55",
        body="""Bonjour,

Ma mission auprès d'une association de soutien aux aidants se termine bientôt. Licence de psychologie, juin 2026. Je voudrais ensuite un poste de chargée d'accompagnement dans une association.

Elsa Moulin
06 20 54 87 39""",
        truth=app("Elsa", "Moulin", phone="+33620548739", bac=3, grad="2026-06", unknown=("not_internship", "not_service_civique"), status="mission_se_termine_bientot"),
    )),
    # Boundary: service_civique — inside — a long story, the service civique ended in the spring
    B("service_civique", "inside", M(
        frm="Adrien Lemaire <adrien.lemaire@example.org>",
        subject="Un peu de mon histoire",
        date="17 20:10",
        body="""Bonjour,

J'ai mis du temps à trouver ma voie. Après mon BTS Gestion des transports (juin 2025), j'ai fait un service civique de huit mois dans une association d'aide à la mobilité des personnes âgées, terminé en avril. C'est là que j'ai compris que je voulais travailler dans l'associatif.

Depuis, je fais des livraisons à vélo pour payer le loyer, et je cherche un poste de coordinateur mobilité solidaire.

Adrien Lemaire
06 15 83 27 64""",
        truth=app("Adrien", "Lemaire", phone="+33615832764", bac=2, grad="2025-06", status="histoire_sc_fini_avril"),
    )),
    # Boundary: service_civique — outside — SMS, «en sc jusqu'a juillet»
    B("service_civique", "outside", M(
        frm="Clement R <clement.r@example.com>",
        subject="sc",
        date="18 22:40",
        body="""bjr je suis en sc jusqu a juillet a la croix rouge, licence staps 2026 (juin), je veux taffer dans une asso sport apres. clement rey 07 38 16 49 25""",
        truth=app("Clement", "Rey", phone="+33738164925", bac=3, grad="2026-06", failing=("not_service_civique",), status="sms_sc_juillet"),
    )),
    # Boundary: service_civique — open — a Corps européen de solidarité, current (not a service civique as such)
    B("service_civique", "open", M(
        frm="Maïa Rossi <maia.rossi@example.net>",
        subject="Candidature",
        date="19 13:25",
        body="""Bonjour,

Je fais un volontariat du Corps européen de solidarité dans une association de jeunesse à Lyon jusqu'en avril. Master Études européennes obtenu en juin 2026. Je cherche ensuite un poste de chargée de projets européens dans une association.

Maïa Rossi
07 54 30 61 82""",
        truth=app("Maïa", "Rossi", phone="+33754306182", bac=5, grad="2026-06", unknown=("not_service_civique",), status="ces_en_cours"),
    )),
    # Boundary: service_civique — open — a CV line «Volontariat, association X, 2026» (no month, kind not said)
    B("service_civique", "open", M(
        frm="Timothée Bailly <timothee.bailly@example.com>",
        subject="Pro'pulse",
        date="20 09:15",
        body="""Bonjour, mon CV ci-joint. Timothée Bailly""",
        cv=CV("odt", "Timothee_Bailly_CV.odt", """Timothée BAILLY
06 97 42 16 83
Formation
Licence Administration publique - juin 2026
Expérience
2026 : volontariat, association d'accès aux droits
Objectif
Chargé d'accueil dans une association d'accès aux droits"""),
        truth=app("Timothée", "Bailly", phone="+33697421683", bac=3, grad="2026-06", unknown=("not_service_civique",), info_in="cv", status="cv_volontariat_2026"),
    )),
]
