# ruff: noqa: E501
"""Batch 2 — the level boundary: bac+1 against bac+2 and bac+3 (L1 or L2 validated, DEUST, a BTS failed, a
DUT obtained inside a BUT, titres RNCP of level 4, 5 and 6, a level nobody can tell)."""

from boundaries import B
from kit import CV, M, app

MESSAGES = [
    # Boundary: level — outside — L1 validated only (bac+1)
    B("level", "outside", M(
        frm="Lucie Poirier <lucie.poirier@example.org>",
        subject="Candidature",
        date="02 10:15",
        body="""Bonjour,

J'ai validé ma L1 de psychologie en juin 2025, puis j'ai arrêté la fac. Je cherche un emploi d'animatrice dans une association de quartier.

Lucie Poirier
06 31 75 92 40""",
        truth=app("Lucie", "Poirier", phone="+33631759240", bac=1, grad="2025-06", failing=("degree_level",), status="l1_validee"),
    )),
    # Boundary: level — inside — L2 validated (bac+2), then stopped
    B("level", "inside", M(
        frm="Armand Delattre <armand.delattre@example.net>",
        subject="Pro'pulse",
        date="02 15:30",
        body="""Bonjour,

J'ai validé ma deuxième année de licence d'économie (L2, 120 crédits) en juin 2026 et j'ai décidé de ne pas faire la L3. Je cherche un emploi d'assistant comptable dans une association ou une coopérative.

Armand Delattre
07 26 84 13 59""",
        truth=app("Armand", "Delattre", phone="+33726841359", bac=2, grad="2026-06", status="l2_validee"),
    )),
    # Boundary: level — outside — two years of licence without validating the L2 → bac+1
    B("level", "outside", M(
        frm="Bastien Giraud <bastien.giraud@example.com>",
        subject="candidature pro pulse",
        date="03 12:45",
        body="""Bonjour,

J'ai fait deux ans de licence de droit, mais je n'ai pas validé la L2 : j'ai seulement ma L1, obtenue en 2025. Je ne compte pas reprendre. Je voudrais travailler dans une association d'accès au droit.

Bastien Giraud""",
        truth=app("Bastien", "Giraud", phone=None, bac=1, grad="2025", failing=("degree_level",), status="l2_non_validee"),
    )),
    # Boundary: level — inside — DEUST (bac+2)
    B("level", "inside", M(
        frm="Morgane Texier <morgane.texier@example.org>",
        subject="DEUST et recherche d'emploi",
        date="04 09:20",
        body="""Bonjour,

Je suis titulaire d'un DEUST Animation et gestion des activités physiques, sportives ou culturelles, obtenu en juin 2026 à l'université de Limoges. Je cherche un poste d'animatrice dans une association sportive ou un centre social.

Morgane Texier
06 47 18 39 62""",
        truth=app("Morgane", "Texier", phone="+33647183962", bac=2, grad="2026-06", status="deust"),
    )),
    # Boundary: level — outside — BTS failed at the exam: the bac is the highest diploma
    B("level", "outside", M(
        frm="Jason Morin <jason.morin@example.net>",
        subject="Candidature",
        date="04 17:05",
        body="""Bonjour,

J'ai fait les deux années de BTS Support à l'action managériale mais j'ai raté l'examen final en juin 2026, donc je n'ai que le bac. Je cherche un emploi administratif dans une association.

Jason Morin
06 19 84 35 70""",
        truth=app("Jason", "Morin", phone="+33619843570", bac=0, grad=None, failing=("degree_level",), status="bts_non_obtenu"),
    )),
    # Boundary: level — inside — a DUT awarded after two years of a BUT, then the BUT left
    B("level", "inside", M(
        frm="Enzo Carré <enzo.carre@example.com>",
        subject="Pro'pulse - candidature",
        date="05 11:30",
        body="""Bonjour,

J'étais en BUT GEA ; à la fin de la deuxième année l'IUT m'a délivré le DUT (juillet 2025), et j'ai arrêté là. Je travaille en intérim depuis et je voudrais un poste de gestionnaire dans une mutuelle.

Enzo Carré
07 83 20 46 19""",
        truth=app("Enzo", "Carré", phone="+33783204619", bac=2, grad="2025-07", status="dut_dans_but"),
    )),
    # Boundary: level — open — «je suis allée jusqu'en L2», validation not said
    B("level", "open", M(
        frm="Salomé Lefort <salome.lefort@example.org>",
        subject="Accompagnement emploi",
        date="05 18:00",
        body="""Bonjour,

Je suis allée jusqu'en L2 de sociologie à Poitiers, que j'ai quittée en 2025. Je voudrais travailler dans une association qui accompagne les jeunes.

Salomé Lefort
06 52 80 37 14""",
        truth=app("Salomé", "Lefort", phone="+33652803714", bac="*", grad="2025", unknown=("degree_level",), status="jusqu_en_l2"),
    )),
    # Boundary: level — inside — titre RNCP niveau 5 (bac+2)
    B("level", "inside", M(
        frm="Fatou Camara <fatou.camara@example.net>",
        subject="Candidature Pro'pulse",
        date="06 10:40",
        body="""Bonjour,

J'ai obtenu en mars 2026 le titre professionnel de gestionnaire de paie, certifié au RNCP niveau 5 (équivalent bac+2). Je voudrais travailler dans le service paie d'une grosse association ou d'une mutuelle.

Fatou Camara
07 41 58 26 30""",
        truth=app("Fatou", "Camara", phone="+33741582630", bac=2, grad="2026-03", status="rncp_5"),
    )),
    # Boundary: level — outside — titre RNCP niveau 4 (bac)
    B("level", "outside", M(
        frm="Anthony Lebrun <anthony.lebrun@example.com>",
        subject="Candidature",
        date="06 16:25",
        body="""Bonjour,

J'ai eu en mai 2026 un titre professionnel de secrétaire assistant, niveau 4 au RNCP (niveau bac). Je cherche un poste d'accueil dans une association.

Anthony Lebrun
06 60 32 71 84""",
        truth=app("Anthony", "Lebrun", phone="+33660327184", bac=0, grad="2026-05", failing=("degree_level",), status="rncp_4"),
    )),
    # Boundary: level — inside — titre RNCP niveau 6 (bac+3)
    B("level", "inside", M(
        frm="Yasmina Ferhat <yasmina.ferhat@example.org>",
        subject="Titre RNCP niveau 6 - candidature",
        date="07 09:10",
        body="""Bonjour,

Diplômée en septembre 2025 d'un titre de responsable de projets solidaires, enregistré au RNCP au niveau 6 (bac+3), je cherche un poste de cheffe de projet dans une ONG ou une association de solidarité internationale.

Yasmina Ferhat
06 28 47 93 15""",
        truth=app("Yasmina", "Ferhat", phone="+33628479315", bac=3, grad="2025-09", status="rncp_6"),
    )),
    # Boundary: level — open — a private school, level not stated nor recognised
    B("level", "open", M(
        frm="Quentin Barre <quentin.barre@example.net>",
        subject="Pro'pulse",
        date="07 14:50",
        body="""Bonjour,

J'ai fini en juin 2026 une formation de « chargé de communication digitale » dans une école privée en ligne ; je ne sais pas si le certificat correspond à un niveau reconnu. Je cherche un poste de communicant dans une association.

Quentin Barre
07 19 65 83 42""",
        truth=app("Quentin", "Barre", phone="+33719658342", bac="*", grad="2026-06", unknown=("degree_level",), status="ecole_privee_niveau_inconnu"),
    )),
    # Boundary: level — outside — SMS, «jai que le bac pro»
    B("level", "outside", M(
        frm="Kenza <kenza.b@example.com>",
        subject="info",
        date="08 22:15",
        body="""bjr jai que le bac pro accompagnement soins et services a la personne (2025) mais jai envie de bosser dans une asso d aide a domicile, je peux m inscrire ? kenza bouaziz 07 56 12 83 40""",
        truth=app("Kenza", "Bouaziz", phone="+33756128340", bac=0, grad="2025", failing=("degree_level",), status="sms_bac_pro"),
    )),
    # Boundary: level — open — «une prépa, puis une année d'école», validation unknown
    B("level", "open", M(
        frm="Constance Vial <constance.vial@example.org>",
        subject="Candidature",
        date="09 11:35",
        body="""Bonjour,

Après deux années de classe préparatoire littéraire (2023-2025), j'ai intégré une école de journalisme que j'ai quittée au bout d'un an. Je ne sais pas quels crédits m'ont été reconnus. Je voudrais travailler dans un média associatif.

Constance Vial""",
        truth=app("Constance", "Vial", phone=None, bac="*", grad=None, unknown=("degree_level", "graduation_recent"), status="prepa_credits_inconnus"),
    )),
    # Boundary: level — inside — a CV with a BTS obtained and a bac
    B("level", "inside", M(
        frm="Florian Roy <florian.roy@example.com>",
        subject="CV",
        date="09 16:45",
        body="""Bonjour, mon CV en pièce jointe. Florian""",
        cv=CV("odt", "Florian_Roy_CV.odt", """Florian ROY
06 73 91 28 54 - florian.roy@example.com
FORMATION
2026 : BTS Métiers de l'eau (obtenu), Lycée agricole de Mirecourt
2024 : Baccalauréat STAV
EXPÉRIENCE
Saisonnier, syndicat des eaux
RECHERCHE
Technicien dans une régie associative ou une SCIC de gestion de l'eau"""),
        truth=app("Florian", "Roy", phone="+33673912854", bac=2, grad="2026", info_in="cv", status="cv_bts_obtenu"),
    )),
    # Boundary: level — outside — a CV with a BTS «non validé»
    B("level", "outside", M(
        frm="Cindy Hamel <cindy.hamel@example.net>",
        subject="Candidature Pro'pulse",
        date="10 10:00",
        body="""Bonjour,
Je souhaite participer à Pro'pulse, voici mon CV.
Cindy Hamel""",
        cv=CV("pdf", "CV_Cindy_Hamel.pdf", """Cindy HAMEL
07 64 30 19 82
FORMATION
2024-2026 : BTS Communication (non validé)
2024 : Baccalauréat général
EXPÉRIENCE
Bénévole, Secours populaire
OBJECTIF
Chargée de communication dans une association"""),
        truth=app("Cindy", "Hamel", phone="+33764301982", bac=0, grad="2024", failing=("degree_level",), info_in="cv", status="cv_bts_non_valide"),
    )),
    # Boundary: level — open — a foreign «diplôme de technicien», French level not said
    B("level", "open", M(
        frm="Ionuț Popa <ionut.popa@example.org>",
        subject="Candidature",
        date="10 15:20",
        body="""Bonjour,

J'ai un diplôme de technicien en informatique de gestion obtenu en Moldavie en juin 2025, sans équivalence pour l'instant. J'habite à Strasbourg et je cherche un emploi de technicien informatique dans une association ou une coopérative.

Ionuț Popa
07 58 24 91 36""",
        truth=app("Ionuț", "Popa", phone="+33758249136", bac="*", grad="2025-06", unknown=("degree_level",), status="technicien_etranger"),
    )),
    # Boundary: level — inside — a BUT obtained (bac+3)
    B("level", "inside", M(
        frm="Aurore Benard <aurore.benard@example.com>",
        subject="BUT Carrières sociales - candidature",
        date="11 09:30",
        body="""Bonjour,

J'ai obtenu mon BUT Carrières sociales (trois ans, parcours coordination et gestion des établissements) en juillet 2026. Je cherche un premier poste d'assistante de coordination dans une association du médico-social.

Aurore Benard
06 39 72 15 84""",
        truth=app("Aurore", "Benard", phone="+33639721584", bac=3, grad="2026-07", status="but_obtenu"),
    )),
    # Boundary: level — open — «niveau bac+2» without a diploma named
    B("level", "open", M(
        frm="Hugo Lacombe <hugo.lacombe@example.net>",
        subject="Pro'pulse",
        date="12 11:15",
        body="""Bonjour,

J'ai un « niveau bac+2 » en commerce : j'ai suivi les cours jusqu'au bout en 2026 mais je ne sais pas encore si j'ai le diplôme, je n'ai jamais reçu de relevé. Je cherche un poste de commercial dans une coopérative de producteurs.

Hugo Lacombe
06 84 20 53 71""",
        truth=app("Hugo", "Lacombe", phone="+33684205371", bac="*", grad=None, unknown=("degree_level", "graduation_recent"), status="niveau_bac2_sans_diplome"),
    )),
]
