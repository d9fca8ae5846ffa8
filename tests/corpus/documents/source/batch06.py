# ruff: noqa: E501
"""Batch 6 — a last pass, document first again: more cover letters and ODT CVs whose facts leave a criterion
open, and more mail that carries a CV-looking document without being an application (an employer's
shortlist, a CV template sold, a participant's reply, an employer sending back a candidate's CV).
"""

from docs import Doc, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Cover letter only (ODT), body «Bonjour, ci-joint ma candidature». Letter: «titulaire d'un BUT obtenu cette année», aim association. «cette année» = 2026. Eligible.
    M(
        frm="Eva Morvan <eva.morvan@example.org>",
        subject="Candidature",
        date="22 11:30",
        body="Bonjour, ci-joint ma candidature.",
        docs=(Doc("odt", "lettre_motivation_Eva_Morvan.odt", """Eva Morvan
06 35 82 19 47
Madame, Monsieur,
Titulaire d'un BUT Information-communication obtenu cette année, je souhaite devenir chargée de communication dans une association de protection de la nature. Je suis disponible dès à présent.
Eva Morvan""", role="letter"),),
        truth=app("Eva", "Morvan", phone="+33635821947", bac=3, grad="2026", info_in="cv", status="letter_but_cette_annee"),
    ),
    # CV ODT with «Diplôme : Master (2025)», «Situation actuelle : en mission» (kind unstated). Aim ESS. Unknown internship and service civique.
    M(
        frm="Rémi Lacombe <remi.lacombe@example.net>",
        subject="CV Rémi Lacombe",
        date="22 12:55",
        body="Bonjour, voici mon CV. Rémi",
        docs=(Doc("odt", "Remi_Lacombe_CV.odt", """Rémi Lacombe
07 29 63 85 14
Situation actuelle : en mission auprès d'une fédération d'associations (depuis septembre 2026)
Master Développement des territoires, Université de Tours (2025)
Objectif : chargé de développement dans une association"""),),
        truth=app("Rémi", "Lacombe", phone="+33729638514", bac=5, grad="2025", unknown=("not_internship", "not_service_civique"), info_in="cv", status="odt_en_mission_type_inconnu"),
    ),
    # Body: «ci-joint mon CV»; CV PDF: diplomas without level words: «Diplôme de l'IEP de Lyon, 2026» (5-year programme, grade master). Level 5. Aim association. Eligible.
    M(
        frm="Alix Perret <alix.perret@example.com>",
        subject="Candidature Pro'pulse",
        date="22 14:20",
        body="Bonjour, ci-joint mon CV.",
        docs=(Doc("pdf", "Alix_Perret_CV.pdf", """Alix Perret
06 92 47 18 35
Diplôme de Sciences Po Lyon (grade de master), juillet 2026
Stage de fin d'études, association de plaidoyer pour le logement (6 mois)
Objectif : chargée de plaidoyer dans une association"""),),
        truth=app("Alix", "Perret", phone="+33692471835", bac=5, grad="2026-07", info_in="cv", status="cv_iep_grade_master"),
    ),
    # Body: English; résumé lists a «Higher National Diploma (HND), 2025» — the UK HND is commonly taken as bac+2. Writer says nothing more. Aim charity. Eligible.
    M(
        frm="Chloe Evans <chloe.evans@example.co.uk>",
        subject="CV for Pro'pulse",
        date="22 15:45",
        body="Hi, I'm living in Bordeaux now and I'd love to work for a charity. CV attached. Chloe",
        docs=(Doc("docx", "Chloe_Evans_CV.docx", """Chloe Evans
+33 7 52 81 36 49
Education: Higher National Diploma (HND) in Social Care, Cardiff and Vale College — June 2025
Experience: care assistant (part-time), 2023–2025"""),),
        truth=app("Chloe", "Evans", phone="+33752813649", bac=2, grad="2025-06", language="en", info_in="both", status="en_hnd_2025"),
    ),
    # An employer sends the hiring certificate of a former participant, for our outcomes report. other.
    M(
        frm="Recrutement Coop Bio <rh@coopbio.example.coop>",
        subject="Attestation d'embauche — suivi Pro'pulse",
        date="23 08:10",
        body="Bonjour,\nComme demandé pour votre bilan, voici l'attestation d'embauche de la personne que nous avons recrutée grâce à votre programme.\nBonne journée,\nService RH Coop Bio",
        docs=(Doc("pdf", "attestation_embauche.pdf", """COOP BIO — ATTESTATION D'EMBAUCHE
Nous attestons avoir embauché Mme Lina Barbier en CDI à compter du 2 novembre 2026, au poste d'animatrice réseau.
Fait à Angers, le 20 novembre 2026""", role="other"),),
        truth=other(),
    ),
    # A company advertises CV templates in bulk, with an unsubscribe link. newsletter.
    M(
        frm="CV Parfait <promo@cvparfait.example.com>",
        subject="10 modèles de CV offerts à vos jeunes !",
        date="23 09:35",
        body="Bonjour,\nTéléchargez nos modèles de CV (exemple joint). Désinscription : https://cvparfait.example.com/unsub",
        docs=(Doc("docx", "Modele_CV_exemple.docx", """Prénom NOM
Titre du poste recherché
| 20XX – 20XX | Diplôme, établissement |
| 20XX | Expérience, entreprise |""", role="other"),),
        headers={"List-Unsubscribe": "<https://cvparfait.example.com/unsub?c=9>", "Precedence": "bulk"},
        truth=newsletter(),
    ),
    # A participant replies in our thread with her new CV after the workshop. reply.
    M(
        frm="Zoé Lambert <zoe.lambert@example.org>",
        subject="Re: Atelier CV — à renvoyer avant vendredi",
        date="23 11:00",
        body="Bonjour, voici mon CV retravaillé après l'atelier. Merci pour vos conseils ! Zoé",
        docs=(Doc("pdf", "CV_Zoe_Lambert_v2.pdf", """Zoé Lambert
Chargée de projet solidarité internationale
Master 2 Coopération internationale, 2026"""),),
        headers={"In-Reply-To": "<atelier-cv.2026-11-20@animafac.net>", "References": "<atelier-cv.2026-11-20@animafac.net>"},
        truth=reply(),
    ),
    # An employer (association) sends the shortlist of our participants they want to meet (DOCX table with names). other.
    M(
        frm="Aline Costa <aline.costa@asso-logement.example.org>",
        subject="Participants que nous souhaitons rencontrer",
        date="23 13:30",
        body="Bonjour,\nSuite au speed recruiting, voici les participant·es que nous aimerions revoir en entretien.\nAline Costa, directrice",
        docs=(Doc("docx", "shortlist_entretiens.docx", """Entretiens souhaités — Association Logement Pour Tous
| Participant·e | Créneau proposé |
| Mme Fatou Sow | 2 décembre, 10 h |
| M. Théo Vidal | 2 décembre, 11 h |""", role="other"),),
        truth=other(),
    ),
    # Question (no personal fact), our rules PDF attached: may someone who has finished, or is doing, a service civique apply? question.
    M(
        frm="Lou Martin <lou.martin@example.net>",
        subject="Service civique et Pro'pulse",
        date="23 15:00",
        body="Bonjour, dans le règlement joint, je ne comprends pas : quelqu'un qui a fini son service civique peut-il candidater ? Et quelqu'un qui est en train de le faire ? Merci.",
        docs=(Doc("pdf", "reglement_propulse.pdf", """Règlement du programme Pro'pulse
Article 2 — Conditions : jeunes diplômé·es de niveau bac+2 au moins, depuis moins de deux ans, hors stage et service civique en cours.""", role="other"),),
        truth=question(),
    ),
    # Auto-reply from an applicant's school address that forwards nothing, with the school's logo PDF. auto_reply.
    M(
        frm="Ne pas répondre — Université <noreply@etu.univ-exemple.example.org>",
        subject="Réponse automatique : cette adresse n'est plus consultée",
        date="24 08:00",
        body="Cette adresse étudiante n'est plus consultée depuis la fin de l'année universitaire. Votre message n'a pas été transmis.",
        docs=(Doc("pdf", "logo_universite.pdf", """UNIVERSITÉ — Direction du numérique""", role="other"),),
        headers={"Auto-Submitted": "auto-replied"},
        truth=auto_reply(),
    ),
    # A partner sends a flyer to share with participants (job fair). other.
    M(
        frm="Pôle emploi ESS du territoire <contact@pole-ess.example.org>",
        subject="Flyer forum emploi ESS à diffuser",
        date="24 09:30",
        body="Bonjour, pouvez-vous diffuser ce flyer à vos participants ? Merci !",
        docs=(Doc("pdf", "flyer_forum.pdf", """FORUM EMPLOI ESS — 9 décembre 2026, 14 h – 18 h
40 employeurs de l'ESS, 150 offres, entrée libre""", role="other"),),
        truth=other(),
    ),
    # Question in English: should the CV be in French? A blank template attached, no personal fact. question.
    M(
        frm="Jin Park <jin.park@example.com>",
        subject="CV language?",
        date="24 10:55",
        body="Hello, quick question before I apply: should the CV be in French, or is English fine? I attach the template I plan to use.",
        docs=(Doc("docx", "resume_template.docx", """[Name]
[Education]
[Experience]""", role="other"),),
        truth=question(language="en"),
    ),
    # Body: «ci-joint ma candidature». CV: BTS 2026-06; letter: she seeks an alternance to prepare a licence pro from February. Going on studying: studies not finished (as elsewhere in this corpus).
    M(
        frm="Alicia Robin <alicia.robin@example.com>",
        subject="Candidature Alicia Robin",
        date="24 12:20",
        body="Bonjour,\nci-joint ma candidature.\nAlicia",
        docs=(
            Doc("pdf", "CV_Alicia_Robin.pdf", """Alicia Robin
07 84 25 19 63
BTS Communication, juin 2026
Stage, radio associative (2026)"""),
            Doc("docx", "LM_Alicia_Robin.docx", """Madame, Monsieur,
Je recherche une alternance pour préparer une licence professionnelle en communication des organisations de l'ESS, à la rentrée de février.
Alicia Robin""", role="letter"),
        ),
        truth=app("Alicia", "Robin", phone="+33784251963", bac=2, grad="2026-06", failing=("studies_finished",), info_in="cv", status="letter_seeks_alternance_lp"),
    ),
    # Body: «je vous transmets ma candidature» and ODT CV: Licence 2026-06; «Bénévole (en cours) : Croix-Rouge» — volunteering is fine. No aim → unknown ESS.
    M(
        frm="Mathéo Leclercq <matheo.leclercq@example.net>",
        subject="Candidature",
        date="24 13:45",
        body="Bonjour, je vous transmets ma candidature. Mathéo",
        docs=(Doc("odt", "CV_Matheo_Leclercq.odt", """Mathéo Leclercq
06 27 51 94 36
Licence Histoire, Université de Lille, juin 2026
Bénévole (en cours) : secouriste, Croix-Rouge
Job étudiant : serveur"""),),
        truth=app("Mathéo", "Leclercq", phone="+33627519436", bac=3, grad="2026-06", unknown=("job_seeking_ess",), info_in="cv", status="odt_benevole_en_cours_no_aim"),
    ),
    # Empty body; DOCX CV whose only diploma line is «Master 2 — Université de Nantes» without date or field, and «Stage : avril – septembre 2026 (6 mois)». Date unknown. Aim absent. to_verify.
    M(
        frm="Julie Besson <julie.besson@example.org>",
        subject="CV",
        date="24 15:10",
        body="",
        docs=(Doc("docx", "CV Julie Besson.docx", """Julie Besson
07 19 46 82 53
Master 2 — Université de Nantes
Stage : avril – septembre 2026 (6 mois), service RH d'un groupe industriel"""),),
        truth=app("Julie", "Besson", phone="+33719468253", bac=5, grad=None, unknown=("graduation_recent", "job_seeking_ess"), info_in="cv", status="docx_m2_sans_date_sans_aim"),
    ),
    # Body: «ci-joint mon CV, mon diplôme est en cours d'équivalence». CV: «Diploma in Social Work (Nigeria), 2025» level not stated. Level unknown.
    M(
        frm="Chidi Okeke <chidi.okeke@example.com>",
        subject="Application",
        date="25 08:20",
        body="Bonjour, ci-joint mon CV. Mon diplôme est en cours d'équivalence (ENIC-NARIC). Je voudrais travailler dans une association d'aide aux migrants.",
        docs=(Doc("pdf", "Chidi_Okeke_CV.pdf", """Chidi Okeke
07 63 92 15 48
Diploma in Social Work, University of Nigeria — 2025
Volunteer, refugee association (Paris), 2026"""),),
        truth=app("Chidi", "Okeke", phone="+33763921548", bac="*", grad="2025", unknown=("degree_level",), info_in="both", status="cv_diploma_nigeria_equivalence"),
    ),
    # Body: signature; CV PDF reverse-chronological: «Licence professionnelle 2026» + «Depuis 2018 : aide-soignante (CDI)». 8 years in a trade → career change.
    M(
        frm="Véronique Adam <veronique.adam@example.net>",
        subject="Candidature",
        date="25 09:45",
        body="Véronique Adam\n06 58 14 92 37",
        docs=(Doc("pdf", "CV_Veronique_Adam.pdf", """Véronique Adam
Depuis 2018 : aide-soignante (CDI), EHPAD public
2026 : Licence professionnelle Coordination de parcours en santé (VAE)
Projet : coordinatrice dans une association de santé"""),),
        truth=app("Véronique", "Adam", phone="+33658149237", bac=3, grad="2026", failing=("not_career_change",), info_in="both", status="cv_aide_soignante_depuis_2018_vae"),
    ),
    # Body: «ci-joint ma candidature»; CV two-column: BTS 2025; letter: «je cherche un emploi dans une association sportive». Eligible.
    M(
        frm="Ethan Bouvier <ethan.bouvier@example.com>",
        subject="Candidature Pro'pulse",
        date="25 11:10",
        body="Bonjour, ci-joint ma candidature.",
        docs=(
            Doc("pdf2col", "CV_Ethan_Bouvier.pdf", """ETHAN BOUVIER
07 41 36 92 58
ethan.bouvier@example.com""", right="""FORMATION
BTS Management commercial opérationnel — juin 2025
EXPÉRIENCE
Vendeur (CDD), magasin de sport, 2025-2026"""),
            Doc("odt", "Lettre_Ethan_Bouvier.odt", """Madame, Monsieur,
Passionné de handball, je cherche un emploi d'agent de développement dans une association sportive.
Ethan Bouvier""", role="letter"),
        ),
        truth=app("Ethan", "Bouvier", phone="+33741369258", bac=2, grad="2025-06", info_in="cv", status="two_col_letter_asso_sportive"),
    ),
]
