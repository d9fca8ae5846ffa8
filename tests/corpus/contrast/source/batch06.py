# ruff: noqa: E501
"""Batch 6 — other voices: SMS style, a long story, HTML-only mail, a CV that carries the facts. The edit may
touch the body or the CV; the comment names which.
"""

from contrast import Group, edit
from kit import CV, M, app

_b1 = M(
    frm="jordan.pires@example.com",
    subject="",
    date="17 22:41",
    body="""slt, jsuis diplomé dun bts ndrc en juin 2025, jsuis a la recherche dun job en asso ou scop. c possible dentrer ds votre truc? jordan pires 0678124593""",
    truth=app("jordan", "pires", phone="+33678124593", bac=2, grad="2025-06", status="base_sms_bts"),
)
_b2 = M(
    frm="Mélanie Charpentier <melanie.charpentier@example.org>",
    subject="Mon parcours et ma demande",
    date="18 09:30",
    body="""Bonjour,

Je me permets de vous écrire après une longue réflexion. Après mon bac, j'ai hésité longtemps, travaillé un an comme serveuse, puis je suis entrée en BUT Carrières sociales à Tours. J'y ai découvert l'éducation populaire grâce à un stage dans une maison des jeunes, et j'ai obtenu le diplôme en juin 2026. Depuis l'été, je ne suis plus étudiante et je n'ai pas de stage : je cherche un poste d'animatrice jeunesse dans une association d'éducation populaire, en Touraine si possible.

Merci de m'avoir lue,
Mélanie Charpentier
06 31 74 85 20""",
    truth=app("Mélanie", "Charpentier", phone="+33631748520", bac=3, grad="2026-06", status="base_longue_histoire_but"),
)
_b3 = M(
    frm="Pierre Andrieu <pierre.andrieu@example.net>",
    subject="Candidature Pro'pulse",
    date="18 14:14",
    body="""Bonjour,

Vous trouverez en pièce jointe mon CV. Mon but : travailler pour une ONG d'aide au développement, en France ou à l'étranger.

Pierre Andrieu""",
    cv=CV("pdf", "CV_Pierre_Andrieu.pdf", """Pierre Andrieu
06 72 41 39 58 - pierre.andrieu@example.net
Formation
Master Études du développement, Université Grenoble Alpes - juin 2026
Licence Géographie - 2024
Expériences
Février-juillet 2026 : stage de fin d'études, ONG Terres Partagées (terminé)"""),
    truth=app("Pierre", "Andrieu", phone="+33672413958", bac=5, grad="2026-06", info_in="both", status="base_cv_stage_termine"),
)
_b4 = M(
    frm="Nora Haddad <nora.haddad@example.com>",
    subject="Candidature",
    date="19 11:03",
    body="""Bonjour,
Titulaire d'un master Gestion des ressources humaines (septembre 2025), je cherche un poste de chargée RH dans une entreprise d'insertion ou une association employeuse.
Nora Haddad
07 26 59 14 83""",
    html="only",
    body_html="""<html><body><p>Bonjour,</p><table border="1"><tr><td>Diplôme</td><td>Master Gestion des ressources humaines</td></tr><tr><td>Obtenu</td><td>septembre 2025</td></tr><tr><td>Recherche</td><td>chargée RH dans une entreprise d'insertion ou une association employeuse</td></tr></table><p>Nora Haddad<br>07 26 59 14 83</p></body></html>""",
    truth=app("Nora", "Haddad", phone="+33726591483", bac=5, grad="2025-09", status="base_html_tableau_master"),
)
_b5 = M(
    frm="Victor Lambert <victor.lambert@example.org>",
    subject="Pro'pulse",
    date="19 16:50",
    body="""Bonjour, je vous joins mon CV pour le programme. Victor""",
    cv=CV("docx", "Victor_Lambert_CV.docx", """Victor Lambert
07 39 82 64 15
Objectif : chargé de mission économie circulaire dans une SCIC ou une association
Formation
BTS Métiers des services à l'environnement, lycée agricole de Brioude, juin 2025
Expérience
Depuis octobre 2026 : service civique, association Zéro Déchet Haute-Loire (jusqu'en juin 2027)"""),
    truth=app("Victor", "Lambert", phone="+33739826415", bac=2, grad="2025-06", failing=("not_service_civique",), info_in="cv", status="base_cv_civique_en_cours"),
)

GROUPS = [
    Group(_b1, (
        edit(_b1, "date: June 2025 → June 2021 («ya 5 ans»)", body="""slt, jsuis diplomé dun bts ndrc en juin 2021 ya 5 ans, jsuis a la recherche dun job en asso ou scop. c possible dentrer ds votre truc? jordan pires 0678124593""",
             truth=app("jordan", "pires", phone="+33678124593", bac=2, grad="2021-06", failing=("graduation_recent",), status="sms_bts_2021")),
        edit(_b1, "studies: BTS still in progress («jsuis en 2e annee»)", body="""slt, jsuis en 2e annee de bts ndrc, jlaurai en juin 2027, jsuis a la recherche dun job en asso ou scop apres. c possible dentrer ds votre truc? jordan pires 0678124593""",
             truth=app("jordan", "pires", phone="+33678124593", bac="*", grad=None, failing=("studies_finished",), status="sms_bts_en_cours")),
    )),
    Group(_b2, (
        edit(_b2, "role: the maison des jeunes experience is an internship still going on", body="""Bonjour,

Je me permets de vous écrire après une longue réflexion. Après mon bac, j'ai hésité longtemps, travaillé un an comme serveuse, puis je suis entrée en BUT Carrières sociales à Tours. J'y ai découvert l'éducation populaire, et j'ai obtenu le diplôme en juin 2026. Depuis septembre, je suis en stage dans une maison des jeunes, jusqu'en février : ensuite je cherche un poste d'animatrice jeunesse dans une association d'éducation populaire, en Touraine si possible.

Merci de m'avoir lue,
Mélanie Charpentier
06 31 74 85 20""",
             truth=app("Mélanie", "Charpentier", phone="+33631748520", bac=3, grad="2026-06", failing=("not_internship",), status="longue_histoire_stage_en_cours")),
        edit(_b2, "aim: not said (the story stops at the diploma)", body="""Bonjour,

Je me permets de vous écrire après une longue réflexion. Après mon bac, j'ai hésité longtemps, travaillé un an comme serveuse, puis je suis entrée en BUT Carrières sociales à Tours. J'y ai découvert l'éducation populaire grâce à un stage dans une maison des jeunes, et j'ai obtenu le diplôme en juin 2026. Depuis l'été, je ne suis plus étudiante et je n'ai pas de stage. Je ne sais pas encore trop vers quoi me tourner.

Merci de m'avoir lue,
Mélanie Charpentier
06 31 74 85 20""",
             truth=app("Mélanie", "Charpentier", phone="+33631748520", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="longue_histoire_sans_but")),
    )),
    Group(_b3, (
        edit(_b3, "CV: the internship runs until March 2027 (current)", cv=CV("pdf", "CV_Pierre_Andrieu.pdf", """Pierre Andrieu
06 72 41 39 58 - pierre.andrieu@example.net
Formation
Master Études du développement, Université Grenoble Alpes - juin 2026
Licence Géographie - 2024
Expériences
Octobre 2026 - mars 2027 : stage, ONG Terres Partagées (en cours)"""),
             body="""Bonjour,

Vous trouverez en pièce jointe mon CV. Mon but : travailler pour une ONG d'aide au développement, en France ou à l'étranger.

Pierre Andrieu""",
             truth=app("Pierre", "Andrieu", phone="+33672413958", bac=5, grad="2026-06", failing=("not_internship",), info_in="both", status="cv_stage_en_cours")),
        edit(_b3, "CV: the master dated June 2023 (older than two years)", cv=CV("pdf", "CV_Pierre_Andrieu.pdf", """Pierre Andrieu
06 72 41 39 58 - pierre.andrieu@example.net
Formation
Master Études du développement, Université Grenoble Alpes - juin 2023
Licence Géographie - 2021
Expériences
Février-juillet 2023 : stage de fin d'études, ONG Terres Partagées (terminé)"""),
             body="""Bonjour,

Vous trouverez en pièce jointe mon CV. Mon but : travailler pour une ONG d'aide au développement, en France ou à l'étranger.

Pierre Andrieu""",
             truth=app("Pierre", "Andrieu", phone="+33672413958", bac=5, grad="2023-06", failing=("graduation_recent",), info_in="both", status="cv_master_2023")),
    )),
    Group(_b4, (
        edit(_b4, "aim: elsewhere (HR in a consulting firm), HTML table kept", body="""Bonjour,
Titulaire d'un master Gestion des ressources humaines (septembre 2025), je cherche un poste de chargée RH dans un grand cabinet de conseil.
Nora Haddad
07 26 59 14 83""",
             body_html="""<html><body><p>Bonjour,</p><table border="1"><tr><td>Diplôme</td><td>Master Gestion des ressources humaines</td></tr><tr><td>Obtenu</td><td>septembre 2025</td></tr><tr><td>Recherche</td><td>chargée RH dans un grand cabinet de conseil</td></tr></table><p>Nora Haddad<br>07 26 59 14 83</p></body></html>""",
             truth=app("Nora", "Haddad", phone="+33726591483", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="html_aim_cabinet_conseil")),
        edit(_b4, "level: master 1 only (bac+4), same date — still eligible", body="""Bonjour,
Titulaire d'un master 1 Gestion des ressources humaines (septembre 2025), je cherche un poste de chargée RH dans une entreprise d'insertion ou une association employeuse.
Nora Haddad
07 26 59 14 83""",
             body_html="""<html><body><p>Bonjour,</p><table border="1"><tr><td>Diplôme</td><td>Master 1 Gestion des ressources humaines</td></tr><tr><td>Obtenu</td><td>septembre 2025</td></tr><tr><td>Recherche</td><td>chargée RH dans une entreprise d'insertion ou une association employeuse</td></tr></table><p>Nora Haddad<br>07 26 59 14 83</p></body></html>""",
             truth=app("Nora", "Haddad", phone="+33726591483", bac=4, grad="2025-09", status="html_m1_bac4")),
    )),
    Group(_b5, (
        edit(_b5, "CV: the service civique ended in October 2026 (past)", cv=CV("docx", "Victor_Lambert_CV.docx", """Victor Lambert
07 39 82 64 15
Objectif : chargé de mission économie circulaire dans une SCIC ou une association
Formation
BTS Métiers des services à l'environnement, lycée agricole de Brioude, juin 2025
Expérience
Novembre 2025 - octobre 2026 : service civique, association Zéro Déchet Haute-Loire (terminé)"""),
             body="""Bonjour, je vous joins mon CV pour le programme. Victor""",
             truth=app("Victor", "Lambert", phone="+33739826415", bac=2, grad="2025-06", info_in="cv", status="cv_civique_termine")),
        edit(_b5, "CV: a salaried job (CDD) instead of a service civique, same dates", cv=CV("docx", "Victor_Lambert_CV.docx", """Victor Lambert
07 39 82 64 15
Objectif : chargé de mission économie circulaire dans une SCIC ou une association
Formation
BTS Métiers des services à l'environnement, lycée agricole de Brioude, juin 2025
Expérience
Depuis octobre 2026 : agent de tri (CDD), association Zéro Déchet Haute-Loire (jusqu'en juin 2027)"""),
             body="""Bonjour, je vous joins mon CV pour le programme. Victor""",
             truth=app("Victor", "Lambert", phone="+33739826415", bac=2, grad="2025-06", info_in="cv", status="cv_cdd_au_lieu_de_civique")),
    )),
]
