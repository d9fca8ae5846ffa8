# ruff: noqa: E501
"""Batch 5 — the body and the document disagree or complete each other; dates on both sides of the limit;
CVs sent by someone else (an adviser, a parent, a friend); HTML bodies around a CV.

When the body and the CV disagree, the comment says which fact decides and why (the more recent or the more
precise one). Read on 2026-11-26: 2024-11 is recent (24 months), 2024-10 is not.
"""

from docs import Doc, M, app

MESSAGES = [
    # Body: «diplômée en octobre 2024» — CV: «Master 2 — 2022-2024». Body is more precise: 2024-10 → 25 months. Old.
    M(
        frm="Pauline Girardin <pauline.girardin@example.org>",
        subject="Candidature Pro'pulse",
        date="15 16:40",
        body="Bonjour,\n\nDiplômée en octobre 2024 (soutenance tardive), je cherche un emploi dans une association d'insertion. CV joint.\n\nPauline Girardin",
        docs=(Doc("pdf", "CV_Pauline_Girardin.pdf", """Pauline Girardin
06 28 15 73 49
Formation
2022 – 2024 : Master 2 Intervention sociale, Université de Poitiers
Expériences
Depuis janvier 2025 : agent d'accueil (CDD renouvelé), centre d'hébergement"""),),
        truth=app("Pauline", "Girardin", phone="+33628157349", bac=5, grad="2024-10", failing=("graduation_recent",), info_in="both", status="body_oct_2024_25_mois"),
    ),
    # CV: «Licence pro — novembre 2024 (jury du 15/11/2024)». 24 months: recent. Body empty; CV aim association. Eligible.
    M(
        frm="Romane Delattre <romane.delattre@example.com>",
        subject="CV",
        date="16 08:10",
        body="",
        docs=(Doc("docx", "Romane_Delattre.docx", """Romane Delattre
07 52 40 86 13
Formation
| Novembre 2024 | Licence professionnelle Métiers de l'animation sociale (jury du 15/11/2024), Université de Lille |
| 2022 | BTS Économie sociale familiale |
Expériences
| 2025 – 2026 | Animatrice (CDD), centre social |
Projet : coordinatrice dans une association de quartier"""),),
        truth=app("Romane", "Delattre", phone="+33752408613", bac=3, grad="2024-11", info_in="cv", status="docx_lp_nov_2024_limite"),
    ),
    # Adviser (Mission Locale) sends a youth's CV; body presents him. Person: Kylian Morel, BTS MCO 2026-06, aim «association» in body. forwarded_by the adviser.
    M(
        frm="Nadia Bensaïd <n.bensaid@missionlocale-est.example.org>",
        subject="Orientation — Kylian Morel",
        date="16 09:35",
        body="Bonjour,\n\nJe vous oriente Kylian Morel, que j'accompagne depuis l'été. Il souhaite travailler dans une association d'aide aux jeunes. Son CV est joint ; vous pouvez le joindre directement (coordonnées sur le CV).\n\nNadia Bensaïd\nConseillère en insertion, Mission Locale Est",
        docs=(Doc("pdf", "CV_Kylian_Morel.pdf", """Kylian Morel
06 45 92 17 38 — kylian.morel@example.net
Formation
2024 – 2026 : BTS Management commercial opérationnel, lycée de Metz (obtenu en juin 2026)
Expériences
2025 : stage, magasin de sport (8 semaines)
Bénévole, club de foot (éducateur U11)"""),),
        truth=app("Kylian", "Morel", phone="+33645921738", bac=2, grad="2026-06", email="kylian.morel@example.net", forwarded_by="n.bensaid@missionlocale-est.example.org", info_in="both", status="referral_ml_cv_joint"),
    ),
    # A mother sends her daughter's CV. Daughter: Master 2 Droit 2023; body says «elle cherche dans l'humanitaire». Old.
    M(
        frm="Catherine Poulain <catherine.poulain@example.net>",
        subject="Pour ma fille Alice",
        date="16 11:00",
        body="Bonjour,\nJe me permets de vous envoyer le CV de ma fille Alice, qui cherche un emploi dans l'humanitaire. Elle est un peu timide pour écrire elle-même !\nCatherine Poulain",
        docs=(Doc("docx", "CV Alice Poulain.docx", """Alice Poulain
alice.poulain@example.com — 07 19 62 84 30
Master 2 Droit international humanitaire, Université Aix-Marseille — juin 2023
2023 – 2026 : assistante juridique (CDD successifs), cabinet d'avocats"""),),
        truth=app("Alice", "Poulain", phone="+33719628430", bac=5, grad="2023-06", failing=("graduation_recent",), email="alice.poulain@example.com", forwarded_by="catherine.poulain@example.net", info_in="both", status="parent_sends_cv_2023"),
    ),
    # HTML-only body with a signature table; CV PDF: BUT Carrières sociales 2026-06, «Service civique (actuellement) jusqu'en mars 2027». Current service civique.
    M(
        frm="Lucas Petitjean <lucas.petitjean@example.org>",
        subject="Candidature",
        date="16 12:25",
        body="Bonjour, veuillez trouver mon CV. Lucas Petitjean",
        html="only",
        body_html="<html><body><p>Bonjour,</p><p>veuillez trouver mon CV.</p><table><tr><td><b>Lucas Petitjean</b></td></tr><tr><td>Volontaire, Unis-Cité</td></tr></table></body></html>",
        docs=(Doc("pdf", "CV_Lucas_Petitjean.pdf", """Lucas Petitjean
06 84 37 21 59
Service civique (actuellement), Unis-Cité, jusqu'en mars 2027
BUT Carrières sociales, IUT de Grenoble — juin 2026
Projet : animateur dans une association de jeunesse"""),),
        truth=app("Lucas", "Petitjean", phone="+33684372159", bac=3, grad="2026-06", failing=("not_service_civique",), info_in="cv", status="html_only_civique_actuellement"),
    ),
    # Body contradicts the CV's aim: CV objective «commercial en grande distribution» (old CV), body: «je veux maintenant travailler dans une coopérative». Body is newer. BTS 2025. Eligible.
    M(
        frm="Kevin Dupré <kevin.dupre@example.com>",
        subject="Candidature Kevin Dupré",
        date="16 13:50",
        body="Bonjour,\nMon CV parle de grande distribution, mais c'est fini : je veux maintenant travailler dans une coopérative de consommateurs.\nKevin",
        docs=(Doc("pdf", "CV_Kevin_Dupre.pdf", """Kevin Dupré
07 38 20 94 61
Objectif : commercial en grande distribution
Formation : BTS Négociation et digitalisation de la relation client, septembre 2025
Expérience : stage de 12 semaines, hypermarché"""),),
        truth=app("Kevin", "Dupré", phone="+33738209461", bac=2, grad="2025-09", info_in="both", status="body_corrects_cv_aim"),
    ),
    # Body: «je suis toujours en poste»; CV: «Depuis mars 2025 — chargée de communication (CDD jusqu'en février 2027), association». CDD, not CDI: fine. Master 2025-02? «Master 2, février 2025». Eligible.
    M(
        frm="Solène Mathieu <solene.mathieu@example.net>",
        subject="Pro'pulse",
        date="16 15:15",
        body="Bonjour, je suis toujours en poste mais mon contrat se termine en février, je prépare la suite. CV joint.",
        docs=(Doc("odt", "Solene_Mathieu_CV.odt", """Solène Mathieu
06 93 51 28 47
Depuis mars 2025 : chargée de communication (CDD jusqu'en février 2027), association de lutte contre le gaspillage
Master 2 Communication et solidarités, Université de Bordeaux Montaigne — février 2025
Objectif : rester dans le secteur associatif"""),),
        truth=app("Solène", "Mathieu", phone="+33693512847", bac=5, grad="2025-02", info_in="both", status="odt_cdd_depuis_mars_2025"),
    ),
    # A friend forwards a CV: «Je t'envoie le CV de mon pote». Person: Anis Haddou, Licence pro 2026, no aim. forwarded_by friend; to_verify ESS.
    M(
        frm="Mehdi Larbi <mehdi.larbi@example.com>",
        subject="CV d'un ami",
        date="17 08:30",
        body="Bonjour, je vous transmets le CV de mon ami Anis qui cherche du travail. Il n'a pas d'ordinateur en ce moment, vous pouvez l'appeler.\nMehdi",
        docs=(Doc("pdf", "CV_Anis_Haddou.pdf", """Anis Haddou
06 72 14 83 95
Licence professionnelle Logistique, IUT de Nîmes, 2026
Cariste (intérim), 2024-2025
CACES 1, 3, 5"""),),
        truth=app("Anis", "Haddou", phone="+33672148395", bac=3, grad="2026", email=None, forwarded_by="mehdi.larbi@example.com", unknown=("job_seeking_ess",), info_in="cv", status="friend_sends_cv_no_aim"),
    ),
    # Body English: «I'm finishing my master's thesis (defence in March 2027)»; the CV says «Master 2 (2025 – 2026)». Studies not finished. Highest obtained: licence 2024 (year alone: date unknown). No aim stated.
    M(
        frm="Inès Garnier <ines.garnier@example.org>",
        subject="Application",
        date="17 09:55",
        body="Hello, I'm finishing my master's thesis (defence in March 2027) and would like to join Pro'pulse afterwards. CV attached. Inès",
        docs=(Doc("pdf", "Ines_Garnier_CV.pdf", """Inès Garnier
07 64 28 51 30
Master 2 Sociologie de l'action publique, Université Paris 8 (2025 – 2026)
Licence Sociologie, 2024
Stage, association d'éducation populaire (2026)"""),),
        truth=app("Inès", "Garnier", phone="+33764285130", bac=3, grad="2024", failing=("studies_finished",), unknown=("graduation_recent", "job_seeking_ess"), language="en", info_in="both", status="en_body_thesis_march_2027"),
    ),
    # Body: «ma reconversion» is NOT a career change here: «après ma reconversion de la licence de chimie vers un master ESS» — a change of field within studies, no job. CV: licence chimie 2023, master ESS 2026-09. First job. Eligible.
    M(
        frm="Arnaud Lemoine <arnaud.lemoine@example.net>",
        subject="Candidature Pro'pulse",
        date="17 11:20",
        body="Bonjour,\n\nAprès une licence de chimie, j'ai changé de voie pendant mes études et j'ai fait un master ESS, obtenu en septembre. Je cherche mon premier emploi dans une coopérative. CV joint.\n\nArnaud Lemoine",
        docs=(Doc("docx", "Arnaud_Lemoine_CV.docx", """Arnaud Lemoine
06 30 95 48 12
Formation
| 2024 – 2026 | Master Économie sociale et solidaire, Université de Lorraine (septembre 2026) |
| 2020 – 2023 | Licence Chimie |
Expériences
| 2023 – 2024 | Année de césure : woofing, chantiers de bénévolat |
| 2026 | Stage, coopérative d'activité et d'emploi |"""),),
        truth=app("Arnaud", "Lemoine", phone="+33630954812", bac=5, grad="2026-09", info_in="both", status="change_of_field_in_studies"),
    ),
    # Body empty; PDF two pages: page 1 CV (Master 1 2026-06, «Stage de césure en cours : sept. 2026 – févr. 2027»), page 2 letter. Current internship (césure) and a gap year inside studies: studies not finished? A césure is a break within studies (she'll do the M2 after). Both failing.
    M(
        frm="Clémentine Faure <clementine.faure@example.org>",
        subject="Candidature",
        date="17 12:45",
        body="",
        docs=(Doc("pdf", "Faure_CV_LM.pdf", """Clémentine Faure
06 17 83 42 95
Formation : Master 1 Économie sociale et solidaire, Université Lyon 2 (juin 2026) — Master 2 à la rentrée 2027
Stage de césure en cours : sept. 2026 – févr. 2027, fédération d'associations
---page---
Madame, Monsieur,
En césure entre mon master 1 et mon master 2, je souhaite préparer dès maintenant mon insertion dans l'ESS.
Clémentine Faure"""),),
        truth=app("Clémentine", "Faure", phone="+33617834295", bac=4, grad="2026-06", failing=("studies_finished", "not_internship"), info_in="cv", status="pdf_cesure_stage_en_cours"),
    ),
    # Body: «j'ai un bac+3». CV: «Licence 3 Psychologie (non validée)» and DUT Carrières sociales juin 2025: the highest OBTAINED is the DUT (bac+2). Aim association. Eligible.
    M(
        frm="Maëlle Renaud <maelle.renaud@example.com>",
        subject="candidature",
        date="17 14:10",
        body="Bonjour, j'ai un bac+3 et je cherche un emploi dans le social. Mon CV est joint.",
        docs=(Doc("pdf", "Maelle_Renaud.pdf", """Maëlle Renaud
07 23 61 48 95
2025 – 2026 : Licence 3 Psychologie, Université de Caen (non validée)
2023 – 2025 : DUT Carrières sociales, option assistance sociale (obtenu en juin 2025)
Objectif : intervenante sociale dans une association"""),),
        truth=app("Maëlle", "Renaud", phone="+33723614895", bac=2, grad="2025-06", info_in="both", status="body_bac3_cv_l3_non_validee"),
    ),
    # Body: «mon stage s'est terminé en octobre»; CV: master 2 obtained at the end of that internship (octobre 2026). Aim: finance solidaire in an ESS company. Eligible.
    M(
        frm="Baptiste Renaud <baptiste.renaud@example.net>",
        subject="Pro'pulse — Baptiste Renaud",
        date="17 15:35",
        body="Bonjour,\nMon stage s'est terminé en octobre et je cherche maintenant un poste dans une entreprise de l'ESS, idéalement en finance solidaire. CV joint.\nBaptiste",
        docs=(Doc("pdf", "CV_Baptiste_Renaud.pdf", """Baptiste Renaud
06 48 37 20 91
Master 2 Finance, Université de Rennes — obtenu à l'issue du stage (octobre 2026)
Stage de fin d'études, mai – octobre 2026, société de capital-risque solidaire"""),),
        truth=app("Baptiste", "Renaud", phone="+33648372091", bac=5, grad="2026-10", info_in="both", status="stage_fini_octobre_finance_solidaire"),
    ),
    # CV aimed elsewhere: «Objectif : consultant en cabinet de conseil en stratégie». Body: none. Master 2025. Not eligible (aim elsewhere).
    M(
        frm="Guillaume Perrin <guillaume.perrin@example.com>",
        subject="CV Guillaume Perrin",
        date="18 08:00",
        body="",
        docs=(Doc("docx", "Guillaume_Perrin_CV.docx", """Guillaume Perrin
07 15 82 46 39
Objectif : consultant junior en cabinet de conseil en stratégie
Master Grande École, NEOMA Business School — juin 2025
Stage, cabinet de conseil (6 mois, 2025)""", header="Guillaume Perrin — Consultant junior"),),
        truth=app("Guillaume", "Perrin", phone="+33715824639", bac=5, grad="2025-06", failing=("job_seeking_ess",), info_in="cv", status="docx_aim_conseil_strategie"),
    ),
    # Body English; résumé: Bachelor (Germany) 2026-07; «Goal: analyst at an impact investing fund» — neither clearly ESS nor clearly outside it. ESS unknown.
    M(
        frm="Lena Fischer <lena.fischer@example.de>",
        subject="Application Pro'pulse",
        date="18 09:20",
        body="Hello, I just moved to Paris, my CV is attached. Best, Lena",
        docs=(Doc("pdf", "Lena_Fischer_CV.pdf", """Lena Fischer
+33 7 45 61 29 80 · lena.fischer@example.de
Goal: analyst at an impact investing fund
Education: Bachelor of Arts in Business Administration, Hochschule München — July 2026
Experience: internship, sustainability department of a bank (2025)"""),),
        truth=app("Lena", "Fischer", phone="+33745612980", bac=3, grad="2026-07", unknown=("job_seeking_ess",), language="en", info_in="cv", status="en_impact_fund_ambigu"),
    ),
    # A school careers office presents a graduate, with her CV: Léa Nguyen, Master ESS 2026-09; aim coop. forwarded_by the office.
    M(
        frm="Service Carrières — IAE <carrieres@iae-exemple.example.org>",
        subject="Présentation d'une diplômée : Léa Nguyen",
        date="18 10:45",
        body="Bonjour,\n\nNous vous présentons Léa Nguyen, diplômée de notre master ESS en septembre, qui souhaite rejoindre Pro'pulse. Son CV est joint.\n\nLe service Carrières",
        docs=(Doc("pdf", "CV_Lea_Nguyen.pdf", """Léa Nguyen
lea.nguyen@example.com · 06 71 28 95 43
Master Management de l'ESS, IAE — septembre 2026
Objectif : chargée de développement dans une coopérative"""),),
        truth=app("Léa", "Nguyen", phone="+33671289543", bac=5, grad="2026-09", email="lea.nguyen@example.com", forwarded_by="carrieres@iae-exemple.example.org", info_in="both", status="careers_office_presents"),
    ),
    # Body: SMS-like; CV: «BTS SP3S 2025-2027 (1re année validée)». Studying; bac only. Not eligible.
    M(
        frm="ryan.b@example.net",
        subject="cv",
        date="18 12:10",
        body="slt voila mon cv, je veux bosser dans une asso",
        docs=(Doc("odt", "cv ryan.odt", """Ryan Bouchard
06 94 27 15 83
BTS SP3S (1re année validée, 2e année en cours) 2025-2027
Bac pro ASSP 2025"""),),
        truth=app("Ryan", "Bouchard", phone="+33694271583", bac=0, grad="2025", failing=("degree_level", "studies_finished"), info_in="both", status="sms_bts_2e_annee_en_cours"),
    ),
    # HTML both; CV DOCX in table; «2024-2025 : Master 2» and body «diplômée en novembre 2025». Body more precise → 2025-11. Aim association. Eligible.
    M(
        frm="Anaëlle Collin <anaelle.collin@example.org>",
        subject="Candidature Pro'pulse",
        date="18 13:35",
        body="Bonjour,\n\nDiplômée en novembre 2025 (soutenance de mémoire), je cherche un poste de chargée de mission dans une association de santé. CV joint.\n\nAnaëlle Collin",
        html="both",
        docs=(Doc("docx", "CV_Anaelle_Collin.docx", """Anaëlle Collin — 06 52 49 81 37
| 2024-2025 | Master 2 Santé publique, Université de Bordeaux |
| 2023-2024 | Master 1 Santé publique |
| 2025-2026 | Chargée d'études (CDD 10 mois, terminé), observatoire régional de santé |"""),),
        truth=app("Anaëlle", "Collin", phone="+33652498137", bac=5, grad="2025-11", info_in="both", status="html_both_body_nov_2025"),
    ),
    # Body: signature of a company («Commercial — Société X»); CV: licence 2025 + «Depuis sept. 2025 : commercial (CDI)». Employed in a CDI → not_career_change asked. Aim: body none; CV: «Projet : rejoindre une entreprise de l'ESS». to_verify.
    M(
        frm="Sébastien Klein <sebastien.klein@example.com>",
        subject="Candidature",
        date="18 15:00",
        body="Bonjour, ci-joint mon CV.\n\nSébastien Klein\nCommercial — Société Bureautique Services",
        docs=(Doc("pdf", "Sebastien_Klein_CV.pdf", """Sébastien Klein
06 39 84 12 57
Depuis sept. 2025 : commercial (CDI), distributeur de matériel de bureau
Licence Économie-gestion, Université de Mulhouse, juin 2025
Projet : rejoindre une entreprise de l'ESS"""),),
        truth=app("Sébastien", "Klein", phone="+33639841257", bac=3, grad="2025-06", unknown=("not_career_change",), info_in="cv", status="cv_cdi_depuis_sept_2025"),
    ),
    # Body: «je termine mon service civique le 30 novembre». CV: service civique «depuis janvier 2026». Still current on 2026-11-26. Not eligible.
    M(
        frm="Lila Benoît <lila.benoit@example.net>",
        subject="Pro'pulse",
        date="19 08:20",
        body="Bonjour,\nJe termine mon service civique le 30 novembre et je voudrais enchaîner avec Pro'pulse pour trouver un emploi dans une association culturelle. CV joint.\nLila",
        docs=(Doc("pdf", "CV_Lila_Benoit.pdf", """Lila Benoît
07 82 36 51 94
Depuis janvier 2026 : service civique, médiathèque associative
Licence Arts du spectacle, Université de Rennes 2, juin 2025"""),),
        truth=app("Lila", "Benoît", phone="+33782365194", bac=3, grad="2025-06", failing=("not_service_civique",), info_in="both", status="body_civique_ends_30_nov"),
    ),
    # Body: French; CV English: «Master of Science in Management (ESSEC), expected December 2026». Still studying (expected). Highest obtained: Bachelor 2024 (year).
    M(
        frm="Yann Moreau <yann.moreau@example.com>",
        subject="Candidature",
        date="19 09:45",
        body="Bonjour, voici mon CV en anglais. Je cherche un poste dans une fondation. Yann",
        docs=(Doc("pdf", "Yann_Moreau_Resume.pdf", """YANN MOREAU
+33 6 57 14 92 38 · yann.moreau@example.com
EDUCATION
Master of Science in Management, ESSEC Business School — expected December 2026
Bachelor in Economics, Université Paris-Saclay — 2024
EXPERIENCE
2026 Intern, corporate foundation (6 months, ended September)"""),),
        truth=app("Yann", "Moreau", phone="+33657149238", bac=3, grad="2024", failing=("studies_finished",), unknown=("graduation_recent",), info_in="both", status="cv_en_msc_expected_dec_2026"),
    ),
    # Empty body, ODT: «Licence pro … 2026 (en cours de validation, résultats du jury en décembre)». The diploma is not awarded yet and whether the studies are over is open: studies unknown; highest confirmed: BTS 2025.
    M(
        frm="Marine Collet <marine.collet@example.org>",
        subject="Candidature",
        date="19 11:10",
        body="",
        docs=(Doc("odt", "Marine_Collet_CV.odt", """Marine Collet
06 21 74 39 58
Licence professionnelle Gestion des organisations de l'ESS — 2026 (en cours de validation, résultats du jury en décembre)
BTS Support à l'action managériale — 2025
Objectif : assistante de direction dans une association"""),),
        truth=app("Marine", "Collet", phone="+33621743958", bac=2, grad="2025", unknown=("studies_finished",), info_in="cv", status="odt_lp_resultats_decembre"),
    ),
    # Body: «Je suis reconnu travailleur handicapé» (irrelevant to the criteria) + two-column CV: DUT 2025-06; aim «entreprise adaptée associative» (an association: ESS). Eligible.
    M(
        frm="Jérémy Laine <jeremy.laine@example.com>",
        subject="Candidature Pro'pulse",
        date="19 12:35",
        body="Bonjour,\nJe suis reconnu travailleur handicapé et je cherche un emploi adapté. CV joint.\nJérémy Laine",
        docs=(Doc("pdf2col", "CV_Jeremy_Laine.pdf", """JÉRÉMY LAINE
06 86 12 47 95
jeremy.laine@example.com
RQTH""", right="""FORMATION
DUT Informatique, IUT de Valence — juin 2025
EXPÉRIENCES
Stage, service informatique d'une mutuelle (2025)
PROJET
Technicien support dans une entreprise adaptée associative"""),),
        truth=app("Jérémy", "Laine", phone="+33686124795", bac=2, grad="2025-06", info_in="cv", status="two_col_entreprise_adaptee"),
    ),
    # Body: «ci-joint mon CV». CV: «Bac+5 — Diplôme de l'École supérieure de management solidaire (école privée), juin 2026»: the writer states the level, labelled 5. Aim association. Eligible.
    M(
        frm="Estelle Rivière <estelle.riviere@example.net>",
        subject="CV",
        date="19 14:00",
        body="Bonjour, ci-joint mon CV.",
        docs=(Doc("docx", "CV_Estelle_Riviere.docx", """Estelle Rivière
07 63 28 14 90
Bac+5 — Diplôme de l'École supérieure de management solidaire (école privée), juin 2026
Stage, association de commerce équitable (2026)
Objectif : chargée de plaidoyer dans une association"""),),
        truth=app("Estelle", "Rivière", phone="+33763281490", bac=5, grad="2026-06", info_in="cv", status="docx_bac5_ecole_privee"),
    ),
    # Body: English. CV: two diplomas abroad; «Laurea magistrale (Italy), 2022» → old. Aim NGO.
    M(
        frm="Marco Bianchi <marco.bianchi@example.it>",
        subject="Application",
        date="19 15:25",
        body="Dear team, I'd like to work for an NGO in France. CV attached. Marco",
        docs=(Doc("pdf", "Marco_Bianchi_CV.pdf", """Marco Bianchi
+39 340 512 7789
Laurea magistrale in Cooperazione internazionale (master's degree), Università di Padova — March 2022
2022 – 2026: project assistant, Italian NGO"""),),
        truth=app("Marco", "Bianchi", phone="+393405127789", bac=5, grad="2022-03", failing=("graduation_recent",), language="en", info_in="both", status="en_laurea_magistrale_2022"),
    ),
    # Body: asks whether she can join. CV: DEAES (niveau 3), below the bac. Not eligible (level).
    M(
        frm="Nadège Fontaine <nadege.fontaine@example.org>",
        subject="Candidature",
        date="20 08:35",
        body="Bonjour, je voudrais savoir si je peux entrer dans le programme, je joins mon CV.",
        docs=(Doc("pdf", "CV_Nadege_Fontaine.pdf", """Nadège Fontaine
06 19 84 52 37
Diplôme d'État d'accompagnant éducatif et social (DEAES, niveau 3) — 2025
Accompagnante (CDD), association d'aide à domicile, 2025-2026
Projet : rester dans l'aide à domicile associative"""),),
        truth=app("Nadège", "Fontaine", phone="+33619845237", bac=0, grad="2025", failing=("degree_level",), info_in="cv", status="cv_deaes_niveau3"),
    ),
    # Body: his VSI in Togo ended in September; CV: «VSI 2024 – 2026», Master 2 juin 2024 (29 months). Not eligible (date).
    M(
        frm="Jérôme Baptiste <jerome.baptiste@example.com>",
        subject="Candidature Pro'pulse",
        date="20 10:00",
        body="Bonjour,\nDe retour du Togo où mon VSI s'est terminé en septembre, je cherche un emploi dans une ONG. CV joint.\nJérôme",
        docs=(Doc("pdf", "CV_Jerome_Baptiste.pdf", """Jérôme Baptiste
07 28 94 13 56
2024 – 2026 : volontaire de solidarité internationale (VSI), ONG agricole, Togo
Juin 2024 : Master 2 Développement agricole, Institut Agro Montpellier"""),),
        truth=app("Jérôme", "Baptiste", phone="+33728941356", bac=5, grad="2024-06", failing=("graduation_recent",), info_in="both", status="vsi_fini_master_juin_2024"),
    ),
    # Body: one line. CV DOCX header shows «Doctorante (3e année)». Doctorate in progress; master 2024-09 → old, studies not finished.
    M(
        frm="Léonie Marchal <leonie.marchal@example.net>",
        subject="CV",
        date="20 11:25",
        body="Bonjour, je vous envoie mon CV pour l'après-thèse.",
        docs=(Doc("docx", "CV_Leonie_Marchal.docx", """Formation
| 2024 – 2027 | Doctorat en géographie (en cours), Université de Rennes 2 |
| Septembre 2024 | Master 2 Géographie sociale |
Objectif : chargée d'études dans un réseau associatif""", header="Léonie Marchal — Doctorante (3e année) — 06 37 91 24 58"),),
        truth=app("Léonie", "Marchal", phone="+33637912458", bac=5, grad="2024-09", failing=("graduation_recent", "studies_finished"), info_in="cv", status="docx_doctorante_en_cours"),
    ),
    # Body: paragraph with aim; CV: «BTS Support à l'action managériale — obtenu en décembre 2024 (session de rattrapage)»: 23 months, recent. Eligible.
    M(
        frm="Sophia Lebrun <sophia.lebrun@example.org>",
        subject="Candidature Sophia Lebrun",
        date="20 12:50",
        body="Bonjour,\n\nJe souhaite travailler comme assistante administrative dans une association ou une coopérative. Je vous joins mon CV.\n\nSophia",
        docs=(Doc("pdf", "Sophia_Lebrun_CV.pdf", """Sophia Lebrun
06 75 38 29 14
BTS Support à l'action managériale — obtenu en décembre 2024 (session de rattrapage)
Depuis 2025 : hôtesse d'accueil (intérim)"""),),
        truth=app("Sophia", "Lebrun", phone="+33675382914", bac=2, grad="2024-12", info_in="both", status="cv_bts_dec_2024_rattrapage"),
    ),
    # Body empty; CV two-column English: «BA International Relations, Université libre de Bruxelles (bachelier), June 2026»; «Internship (ongoing) — European NGO network — Sept 2026 – Feb 2027». Current internship.
    M(
        frm="Noor Hassan <noor.hassan@example.be>",
        subject="Pro'pulse",
        date="20 14:15",
        body="",
        docs=(Doc("pdf2col", "Noor_Hassan_CV.pdf", """NOOR HASSAN
+32 470 21 58 93
noor.hassan@example.be
LANGUAGES
Arabic, French, English""", right="""EDUCATION
Bachelier en relations internationales, Université libre de Bruxelles — June 2026
EXPERIENCE
Sept 2026 – Feb 2027 (ongoing) Intern, European NGO network, Brussels
GOAL
Advocacy officer in a French association"""),),
        truth=app("Noor", "Hassan", phone="+32470215893", bac=3, grad="2026-06", failing=("not_internship",), language="en", info_in="cv", status="two_col_en_intern_ongoing"),
    ),
    # Body: «je suis en CDI mais je cherche autre chose» — CV: «Depuis 2025 : animatrice (CDI), centre social associatif», licence pro 2025-06. First job already in ESS; CDI now → asked (unknown).
    M(
        frm="Morgane Lefort <morgane.lefort@example.com>",
        subject="Candidature",
        date="20 15:40",
        body="Bonjour, je suis en CDI mais je cherche autre chose, toujours dans l'associatif. CV joint.",
        docs=(Doc("odt", "Morgane_Lefort.odt", """Morgane Lefort
07 41 95 26 83
Depuis 2025 : animatrice (CDI), centre social associatif
Licence professionnelle Animation sociale, juin 2025"""),),
        truth=app("Morgane", "Lefort", phone="+33741952683", bac=3, grad="2025-06", unknown=("not_career_change",), info_in="both", status="odt_cdi_asso_cherche_autre"),
    ),
    # Letter only (PDF) + body «ci-joint ma candidature»: letter says «étudiante en M2, je serai diplômée en septembre 2027»; licence 2025. Studies in progress.
    M(
        frm="Louna Perrier <louna.perrier@example.net>",
        subject="Candidature",
        date="21 08:15",
        body="Bonjour,\nci-joint ma candidature.\nLouna Perrier",
        docs=(Doc("pdf", "Lettre_Louna_Perrier.pdf", """Louna Perrier — 06 84 52 71 39
Madame, Monsieur,
Étudiante en master 2 de développement local, je serai diplômée en septembre 2027. Titulaire d'une licence de géographie (2025), je souhaite anticiper ma recherche d'emploi dans une association de développement rural.
Louna Perrier""", role="letter"),),
        truth=app("Louna", "Perrier", phone="+33684527139", bac=3, grad="2025", failing=("studies_finished",), info_in="cv", status="letter_m2_until_sept_2027"),
    ),
    # Body English: «My CV says I'm an intern — the internship ended last week». CV: «Intern (current)». Body newer → ended. MSc 2026-09. Aim social enterprise. Eligible.
    M(
        frm="Priya Sharma <priya.sharma@example.com>",
        subject="CV - Priya Sharma",
        date="21 09:40",
        body="Hi! My CV still says I'm an intern, but the internship ended last week. I'm now looking for a job in a social enterprise. Priya",
        docs=(Doc("pdf", "Priya_Sharma_CV.pdf", """Priya Sharma
+33 6 29 73 14 58
Intern (current), social enterprise accelerator, Paris
MSc Social Entrepreneurship, ESSEC — September 2026"""),),
        truth=app("Priya", "Sharma", phone="+33629731458", bac=5, grad="2026-09", language="en", info_in="both", status="en_body_internship_ended"),
    ),
    # Body: «Bonjour». CV: BTS Comptabilité obtenu juin 2026, «Objectif : comptable dans un cabinet d'expertise comptable». Aimed elsewhere.
    M(
        frm="Thomas Roche <thomas.roche@example.org>",
        subject="Candidature",
        date="21 11:05",
        body="Bonjour",
        docs=(Doc("pdf", "Thomas_Roche.pdf", """Thomas Roche
06 53 27 84 16
Objectif : comptable dans un cabinet d'expertise comptable
2024 – 2026 : BTS Comptabilité et gestion (obtenu en juin 2026)"""),),
        truth=app("Thomas", "Roche", phone="+33653278416", bac=2, grad="2026-06", failing=("job_seeking_ess",), info_in="cv", status="cv_aim_cabinet_comptable"),
    ),
    # Empty body; DOCX with footer «Page 1/2» and a table; titre RNCP niveau 7 «Manager de projets solidaires», 2026-03 → bac+5. Aim ESS. Eligible.
    M(
        frm="Audrey Simon <audrey.simon@example.com>",
        subject="Candidature Pro'pulse",
        date="21 12:30",
        body="",
        docs=(Doc("docx", "CV_Audrey_Simon.docx", """Audrey Simon — 07 36 81 25 49
| Mars 2026 | Titre RNCP niveau 7 « Manager de projets solidaires », école de l'entrepreneuriat social |
| 2023 | Licence Sciences sociales |
| 2024 – 2026 | Alternance (terminée), association de microcrédit |
Objectif : cheffe de projet dans une structure de l'ESS""", footer="Page 1/1"),),
        truth=app("Audrey", "Simon", phone="+33736812549", bac=5, grad="2026-03", info_in="cv", status="docx_rncp7_2026"),
    ),
    # Body: phone one-liner; CV: «Master 1 (2025 – 2026) — validé» and «Master 2 : admis, entrée reportée à la rentrée 2027». Not enrolled now but resuming studies in a year: studies_finished left to the coordinator (unknown). Aim association.
    M(
        frm="Hugo Delmas <hugo.delmas@example.net>",
        subject="Pro'pulse",
        date="21 14:00",
        body="CV ci-joint. Tél : 06 24 81 39 57",
        docs=(Doc("pdf", "Hugo_Delmas_CV.pdf", """Hugo Delmas
Master 1 Sciences politiques (2025 – 2026) — validé en juin 2026
Master 2 : admis, entrée reportée à la rentrée 2027
Objectif : un an de travail dans une association de défense des droits"""),),
        truth=app("Hugo", "Delmas", phone="+33624813957", bac=4, grad="2026-06", unknown=("studies_finished",), info_in="both", status="cv_m2_reporte_2027"),
    ),
    # Body: long paragraph; CV DOCX: BTS 2025-06, and before it «2016 – 2023 : parent au foyer». Not a career change (no trade). BTS 2025; aim ESS. Eligible.
    M(
        frm="Samira Ouali <samira.ouali@example.org>",
        subject="Candidature Pro'pulse",
        date="21 15:25",
        body="Bonjour,\n\nAprès plusieurs années au foyer avec mes enfants, j'ai repris mes études et obtenu un BTS en juin 2025. C'est mon premier emploi que je cherche, dans une association de parentalité ou de quartier. Mon CV est joint.\n\nSamira Ouali",
        docs=(Doc("docx", "Samira_Ouali_CV.docx", """Samira Ouali
06 47 29 83 15
| 2023 – 2025 | BTS Économie sociale familiale (juin 2025) |
| 2016 – 2023 | Parent au foyer |
| 2015 | Bac ST2S |"""),),
        truth=app("Samira", "Ouali", phone="+33647298315", bac=2, grad="2025-06", info_in="both", status="foyer_puis_bts_premier_emploi"),
    ),
    # Body: «je suis toujours étudiant mais plus pour longtemps». CV: «Licence pro — jusqu'en décembre 2026 (en cours)». Studying. Highest: BTS 2025.
    M(
        frm="Noah Gautier <noah.gautier@example.com>",
        subject="Candidature",
        date="22 08:40",
        body="Bonjour, je suis toujours étudiant mais plus pour longtemps ! CV joint. Noah",
        docs=(Doc("odt", "Noah_Gautier.odt", """Noah Gautier
07 58 16 94 27
Licence professionnelle Métiers de l'économie sociale — sept. 2026 – déc. 2026 (en cours)
BTS Gestion de la PME — 2025
Projet : assistant de gestion dans une coopérative"""),),
        truth=app("Noah", "Gautier", phone="+33758169427", bac=2, grad="2025", failing=("studies_finished",), info_in="both", status="odt_lp_until_dec_2026"),
    ),
    # HTML-only body in English; résumé DOCX: «Master's degree (M2) in Sustainable Development, Université Paris-Saclay, 2025-2026 (graduated September 2026)». Aim «environmental non-profit». Eligible.
    M(
        frm="Kofi Mensah <kofi.mensah@example.com>",
        subject="Application",
        date="22 10:05",
        body="Hello, please find my résumé attached.",
        html="only",
        body_html="<html><body><div>Hello,</div><div>please find my résumé attached. I'm looking for a role in an <b>environmental non-profit</b>.</div><div>Kofi</div></body></html>",
        docs=(Doc("docx", "Kofi_Mensah_Resume.docx", """Kofi Mensah
+33 7 69 25 81 34
Education
Master's degree (M2) in Sustainable Development, Université Paris-Saclay, 2025-2026 — graduated September 2026
Experience
Intern, climate association (ended August 2026)"""),),
        truth=app("Kofi", "Mensah", phone="+33769258134", bac=5, grad="2026-09", language="en", info_in="both", status="en_html_only_m2_2026"),
    ),
]
