# ruff: noqa: E501
"""Batch 6 — the career-change boundary: a first job after studies, a student job, a short CDD after the
diploma, against years in another field and a return to school; a job held now, which leaves it open."""

from boundaries import B
from kit import M, app

MESSAGES = [
    # Boundary: career_change — inside — a first job search after studies
    B("career_change", "inside", M(
        frm="Sarah Leconte <sarah.leconte@example.org>",
        subject="Premier emploi - Pro'pulse",
        date="03 10:40",
        body="""Bonjour,

Je sors tout juste de mon master de sociologie (septembre 2026) et je cherche mon premier emploi, de chargée d'études dans une fédération associative. Je n'ai jamais travaillé en dehors des jobs d'été.

Sarah Leconte
06 38 24 70 91""",
        truth=app("Sarah", "Leconte", phone="+33638247091", bac=5, grad="2026-09", status="premier_emploi"),
    )),
    # Boundary: career_change — outside — five years as a nurse, back to school
    B("career_change", "outside", M(
        frm="Virginie Marty <virginie.marty@example.net>",
        subject="Reprise d'études et candidature",
        date="04 13:30",
        body="""Bonjour,

Infirmière pendant cinq ans à l'hôpital, j'ai repris mes études et obtenu en juin 2026 un master Économie sociale et solidaire. Je change complètement de métier et je cherche un poste de chargée de mission dans une association.

Virginie Marty
06 84 57 21 30""",
        truth=app("Virginie", "Marty", phone="+33684572130", bac=5, grad="2026-06", failing=("not_career_change",), status="infirmiere_cinq_ans"),
    )),
    # Boundary: career_change — inside — a short CDD after the diploma, in the same field
    B("career_change", "inside", M(
        frm="Nicolas Berger <nicolas.berger@example.com>",
        subject="Candidature",
        date="05 09:55",
        body="""Bonjour,

Après ma licence pro Métiers de la gestion associative (juin 2025), j'ai fait un CDD de quatre mois dans une association sportive, terminé en mars. Je cherche un poste stable dans la gestion d'une association.

Nicolas Berger
07 26 90 43 18""",
        truth=app("Nicolas", "Berger", phone="+33726904318", bac=3, grad="2025-06", status="cdd_court_apres_diplome"),
    )),
    # Boundary: career_change — open — a permanent job held now (CDI)
    B("career_change", "open", M(
        frm="Florence Meunier <florence.meunier@example.org>",
        subject="Pro'pulse",
        date="06 18:15",
        body="""Bonjour,

Je suis en CDI comme assistante commerciale dans une PME depuis 2024. En parallèle, j'ai passé un master en cours du soir, obtenu en juin 2026. J'aimerais travailler dans une association d'éducation populaire.

Florence Meunier
06 62 19 84 53""",
        truth=app("Florence", "Meunier", phone="+33662198453", bac=5, grad="2026-06", unknown=("not_career_change",), status="cdi_en_cours"),
    )),
    # Boundary: career_change — outside — «reconversion» after ten years in accounting
    B("career_change", "outside", M(
        frm="Thierry Collet <thierry.collet@example.net>",
        subject="Reconversion",
        date="07 11:25",
        body="""Bonjour,

Comptable pendant dix ans, je suis en reconversion : j'ai obtenu en juillet 2026 une licence professionnelle Coordination de projets d'animation. Je cherche un poste de coordinateur dans une association de jeunesse.

Thierry Collet
06 43 81 27 96""",
        truth=app("Thierry", "Collet", phone="+33643812796", bac=3, grad="2026-07", failing=("not_career_change",), status="reconversion_comptable"),
    )),
    # Boundary: career_change — inside — a student job during the studies, not a career
    B("career_change", "inside", M(
        frm="Kenzo Tanaka <kenzo.tanaka@example.com>",
        subject="Candidature",
        date="08 14:05",
        body="""Bonjour,

J'ai travaillé trois ans comme équipier dans un fast-food pendant ma licence et mon master, pour financer mes études. Master Développement durable obtenu en septembre 2026. Je cherche mon premier vrai poste, dans une coopérative d'énergie renouvelable.

Kenzo Tanaka
07 64 28 13 59""",
        truth=app("Kenzo", "Tanaka", phone="+33764281359", bac=5, grad="2026-09", status="job_etudiant_pendant_etudes"),
    )),
    # Boundary: career_change — open — «j'ai travaillé quelques années avant de reprendre mes études», field not said
    B("career_change", "open", M(
        frm="Myriam Ayari <myriam.ayari@example.org>",
        subject="Candidature Pro'pulse",
        date="09 10:30",
        body="""Bonjour,

J'ai travaillé quelques années avant de reprendre mes études ; licence de sciences de l'éducation obtenue en juin 2026. Je cherche un poste de coordinatrice périscolaire dans une association.

Myriam Ayari
06 91 35 82 40""",
        truth=app("Myriam", "Ayari", phone="+33691358240", bac=3, grad="2026-06", unknown=("not_career_change",), status="quelques_annees_avant"),
    )),
    # Boundary: career_change — outside — English, eight years in retail, now a master
    B("career_change", "outside", M(
        frm="Grace Mensah <grace.mensah@example.net>",
        subject="Career change - Pro'pulse",
        date="10 12:40",
        body="""Hello,

After eight years as a store manager in retail, I went back to university and completed a Master's in Social and Solidarity Economy in June 2026. I'm changing careers and looking for a job in a French cooperative.

Grace Mensah
+33 6 71 26 39 84""",
        truth=app("Grace", "Mensah", phone="+33671263984", bac=5, grad="2026-06", failing=("not_career_change",), language="en", status="en_eight_years_retail"),
    )),
    # Boundary: career_change — inside — a summer job and a stage, then the first job search
    B("career_change", "inside", M(
        frm="Jeanne Bertin <jeanne.bertin@example.com>",
        subject="Pro'pulse - candidature",
        date="11 16:50",
        body="""Bonjour,

BUT Gestion des entreprises et des administrations obtenu en juillet 2026. Mon expérience se limite à des jobs d'été en camping et à mes stages. Je cherche un premier poste d'assistante de gestion dans une mutuelle.

Jeanne Bertin
06 29 71 45 83""",
        truth=app("Jeanne", "Bertin", phone="+33629714583", bac=3, grad="2026-07", status="jobs_ete_premier_poste"),
    )),
    # Boundary: career_change — outside — a long story, a teacher for six years
    B("career_change", "outside", M(
        frm="Olivier Langlois <olivier.langlois@example.org>",
        subject="Changer de vie",
        date="12 21:00",
        body="""Bonjour,

J'ai été professeur des écoles pendant six ans. L'an dernier j'ai démissionné de l'Éducation nationale et je me suis inscrit en master Management des organisations de l'ESS, que j'ai obtenu en septembre 2026. C'est une vraie reconversion : je veux devenir directeur d'une association d'éducation populaire.

Je sais que votre programme vise les jeunes diplômés, mais je tente ma chance.

Olivier Langlois
07 57 30 92 16""",
        truth=app("Olivier", "Langlois", phone="+33757309216", bac=5, grad="2026-09", failing=("not_career_change",), status="histoire_professeur_six_ans"),
    )),
    # Boundary: career_change — open — «je travaille toujours chez mon employeur actuel», the kind of job not said
    B("career_change", "open", M(
        frm="Nassim Cherif <nassim.cherif@example.net>",
        subject="Candidature",
        date="13 12:15",
        body="""Bonjour,

Licence de gestion obtenue en juin 2025. Je suis toujours en poste chez mon employeur actuel, une entreprise de logistique, où je suis entré il y a plusieurs années. Je voudrais passer dans une entreprise d'insertion par l'activité économique.

Nassim Cherif
06 18 63 95 27""",
        truth=app("Nassim", "Cherif", phone="+33618639527", bac=3, grad="2025-06", unknown=("not_career_change",), status="toujours_en_poste"),
    )),
    # Boundary: career_change — inside — SMS, «premier taf»
    B("career_change", "inside", M(
        frm="ambre.d@example.com",
        subject="premier taf",
        date="14 23:20",
        body="""coucou, bts esf eu en juin 2026, jamais bossé a part du babysitting, je cherche mon premier taf dans une asso d aide aux familles ! ambre delmas 06 47 82 30 16""",
        truth=app("Ambre", "Delmas", phone="+33647823016", bac=2, grad="2026-06", status="sms_premier_taf"),
    )),
    # Boundary: career_change — outside — VAE after twelve years as a caregiver, changing job
    B("career_change", "outside", M(
        frm="Sylvie Roger <sylvie.roger@example.org>",
        subject="VAE et nouveau métier",
        date="15 10:10",
        body="""Bonjour,

Aide-soignante pendant douze ans, j'ai repris une formation et obtenu en juin 2026 un BTS Support à l'action managériale. Je veux quitter le soin et devenir assistante de direction dans une association.

Sylvie Roger
06 35 29 74 18""",
        truth=app("Sylvie", "Roger", phone="+33635297418", bac=2, grad="2026-06", failing=("not_career_change",), status="aide_soignante_douze_ans"),
    )),
    # Boundary: career_change — open — a CDI held now as an educator, in the same field
    B("career_change", "open", M(
        frm="Yacine Belhadj <yacine.belhadj@example.com>",
        subject="Pro'pulse",
        date="16 17:35",
        body="""Bonjour,

Je suis moniteur-éducateur en CDI dans un foyer associatif depuis deux ans, et j'ai obtenu en juin 2026 une licence de sciences de l'éducation en formation à distance. Je cherche un poste de coordinateur dans une autre association.

Yacine Belhadj
07 82 14 65 39""",
        truth=app("Yacine", "Belhadj", phone="+33782146539", bac=3, grad="2026-06", unknown=("not_career_change",), status="cdi_educateur_actuel"),
    )),
    # Boundary: career_change — inside — a CDD ended after the diploma, a few months only
    B("career_change", "inside", M(
        frm="Romane Vidal <romane.vidal@example.net>",
        subject="Candidature Pro'pulse",
        date="17 09:20",
        body="""Bonjour,

Master Politiques de l'emploi obtenu en septembre 2025, puis un CDD de six mois comme chargée d'accueil dans une mission locale, terminé en mai. Je cherche un poste de conseillère en insertion dans une association.

Romane Vidal
06 56 93 18 27""",
        truth=app("Romane", "Vidal", phone="+33656931827", bac=5, grad="2025-09", status="cdd_six_mois_fini"),
    )),
]
