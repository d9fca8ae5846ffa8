# ruff: noqa: E501
"""Batch 2: someone else writes — advisers forwarding chains, careers services, parents, partners —, and
CVs carrying the facts. Each mail follows its persona card (the comment above it)."""

from kit import CV, M, app

MESSAGES = [
    # Card: Mission Locale de Saint-Denis adviser forwards the young woman's own mail (chain). Applicant:
    # Awa Diarra, 22, BTS SP3S June 2026, seeking in aide à domicile associative. Adviser writes on top.
    M(
        frm="Stéphanie Roux <s.roux@ml-saintdenis.example.org>",
        subject="TR: Awa - programme Pro'pulse",
        date="02 10:18",
        body="""Bonjour,

Je vous transfère le message d'Awa, jeune que je suis en PACEA. Elle remplit à mon avis tous vos critères. Merci de lui répondre directement en me mettant en copie.

Stéphanie Roux
Conseillère Mission Locale Saint-Denis / Plaine Commune

-----Message d'origine-----
De : Awa Diarra <awa.diarra@example.com>
Envoyé : jeudi 29 octobre 2026 16:02
À : Stéphanie Roux
Objet : Pro'pulse

Bonjour madame Roux,
Comme on a dit au rdv, voila mes infos pour le programme : BTS SP3S eu en juin 2026, je cherche un travail dans une asso d'aide a domicile ou un SAAD associatif. Mon portable : 07 53 29 61 84.
Merci
Awa""",
        truth=app("Awa", "Diarra", phone="+33753296184", bac=2, grad="2026-06", email="awa.diarra@example.com", forwarded_by="s.roux@ml-saintdenis.example.org", status="ml_forward_chain"),
    ),
    # Card: France Travail counsellor presents Jérôme Blanchet, 26, master 2 in 2025 (juin), via a formal
    # «fiche de liaison» in the body. Seeking in insertion (SIAE).
    M(
        frm="Conseiller France Travail <olivier.martel@francetravail.example.net>",
        subject="Fiche de liaison - M. Jérôme Blanchet",
        date="03 11:30",
        body="""Bonjour,

Dans le cadre de l'accompagnement de M. Jérôme Blanchet, je vous adresse la fiche de liaison suivante.

Nom : BLANCHET
Prénom : Jérôme
Date de naissance : 14/02/2000
Diplôme le plus élevé : Master 2 Sciences de l'éducation, Université de Lorraine, juin 2025
Situation : demandeur d'emploi inscrit depuis juillet 2025
Projet professionnel : chargé d'accompagnement socioprofessionnel en structure d'insertion par l'activité économique (ACI, entreprise d'insertion)
Téléphone : 06 40 15 82 67
Courriel : jerome.blanchet@example.org

Cordialement,
Olivier Martel
Conseiller emploi – France Travail Nancy""",
        truth=app("Jérôme", "Blanchet", phone="+33640158267", bac=5, grad="2025-06", email="jerome.blanchet@example.org", forwarded_by="olivier.martel@francetravail.example.net", status="ft_fiche_liaison"),
    ),
    # Card: APEC consultant presents a young executive: Camille Nguyen, 25, ESC master (Grande École)
    # 2023, worked 2 years in audit (Big Four) → career change and old diploma.
    M(
        frm="Hélène Dufresne (Apec) <helene.dufresne@apec.example.org>",
        subject="Mise en relation – Camille Nguyen",
        date="03 15:05",
        body="""Bonjour,

Je vous mets en relation avec Camille Nguyen, que j'accompagne dans le cadre d'un conseil en évolution professionnelle. Diplômée d'une école de commerce (programme Grande École, 2023), Camille a exercé deux ans en audit financier et souhaite aujourd'hui se réorienter vers la direction financière d'une association ou d'une fondation.

Camille est joignable au 06 82 17 40 53 ou camille.nguyen@example.com.

Bien à vous,
Hélène Dufresne
Consultante Apec – Île-de-France""",
        truth=app("Camille", "Nguyen", phone="+33682174053", bac=5, grad="2023", failing=("graduation_recent", "not_career_change"), email="camille.nguyen@example.com", forwarded_by="helene.dufresne@apec.example.org", status="apec_reorientation"),
    ),
    # Card: University careers centre (SUIO) sends a newsletter-style mail? No: a personal mail presenting
    # two graduates? Keep one person: Léo Fabre, licence pro 2026 (juillet), seeking in ESS, no phone.
    M(
        frm="BAIP Université de Limoges <baip@unilim.example.org>",
        subject="Candidature d'un de nos diplômés",
        date="04 09:45",
        body="""Bonjour,

Le Bureau d'aide à l'insertion professionnelle de l'Université de Limoges accompagne Léo Fabre, diplômé en juillet 2026 de notre licence professionnelle « Gestion des structures sanitaires et sociales ». Léo recherche un premier poste d'assistant de direction dans un établissement associatif du secteur social. Il nous a autorisés à vous transmettre ses coordonnées : leo.fabre@example.net.

Cordialement,
L'équipe du BAIP""",
        truth=app("Léo", "Fabre", phone=None, bac=3, grad="2026-07", email="leo.fabre@example.net", forwarded_by="baip@unilim.example.org", status="baip_no_phone"),
    ),
    # Card: a father writes for his daughter Clara Pichon, 23, who is in service civique until next June at
    # a Secours catholique local team. He doesn't realise it's an exclusion.
    M(
        frm="Bernard Pichon <bernard.pichon@example.com>",
        subject="renseignement pour ma fille",
        date="04 20:10",
        body="""Bonjour,

Ma fille Clara (23 ans) a une licence d'histoire depuis l'an dernier (juin 2025). Elle fait en ce moment une mission de service civique au Secours catholique qui se terminera en juin prochain. Elle aimerait ensuite travailler dans le social. Pourrait-elle bénéficier de votre programme ? Son mail : clara.pichon@example.com, son portable 06 39 28 51 70.

Bien cordialement,
Bernard Pichon""",
        truth=app("Clara", "Pichon", phone="+33639285170", bac=3, grad="2025-06", failing=("not_service_civique",), email="clara.pichon@example.com", forwarded_by="bernard.pichon@example.com", status="father_civique_current"),
    ),
    # Card: grand-mother writes, minimal facts: grandson Ethan Marie, «il a fini ses études l'année dernière»,
    # no diploma, wants to work «dans l'humanitaire». No contact but the grandson's mail.
    M(
        frm="Jacqueline Marie <jacqueline.marie@example.net>",
        subject="mon petit-fils",
        date="05 14:33",
        body="""Bonjour Madame, Monsieur

mon petit fils Ethan a fini ses études l'année dernière, il voudrait travailler dans l'humanitaire mais il ne sait pas comment s'y prendre. Je me permet de vous écrire pour lui. Son adresse c'est ethan.marie@example.org

Merci beaucoup
Jacqueline Marie""",
        truth=app("Ethan", "Marie", phone=None, bac=None, grad=None, unknown=("degree_level", "graduation_recent"), email="ethan.marie@example.org", forwarded_by="jacqueline.marie@example.net", status="grandmother"),
    ),
    # Card: Mission Locale adviser presents Dylan Robert, 21, CAP + bac pro, no bac+2 → not eligible, but the
    # adviser insists on motivation. Wants to work in a recyclerie.
    M(
        frm="Mission Locale Val de Garonne <accueil@ml-valdegaronne.example.org>",
        subject="Proposition de candidature - Dylan Robert",
        date="05 16:20",
        body="""Bonjour,

Nous accompagnons Dylan Robert, 21 ans, titulaire d'un bac pro Maintenance des équipements (2024). Très motivé, il souhaite travailler dans une recyclerie associative et a déjà fait du bénévolat dans celle de Marmande.

Contact : dylan.robert@example.com – 07 68 40 25 13

Cordialement,
Nadia Ferhat, conseillère""",
        truth=app("Dylan", "Robert", phone="+33768402513", bac=0, grad="2024", failing=("degree_level",), unknown=("graduation_recent",), email="dylan.robert@example.com", forwarded_by="accueil@ml-valdegaronne.example.org", status="ml_bac_pro"),
    ),
    # Card: CV-only in DOCX. Marion Leblanc, 24, Master 2 «Économie sociale» June 2026, objective: chargée
    # de mission dans une CRESS. Body empty, subject «candidature».
    M(
        frm="Marion Leblanc <marion.leblanc@example.org>",
        subject="candidature",
        date="06 07:55",
        body="",
        cv=CV("docx", "Leblanc_Marion_CV.docx", """MARION LEBLANC
marion.leblanc@example.org | 06 54 21 87 39 | Toulouse
Recherche un poste de chargée de mission en économie sociale et solidaire (CRESS, réseaux, collectivités partenaires)
FORMATION
Juin 2026 — Master 2 Économie sociale, Sciences Po Toulouse
2024 — Licence Économie, Toulouse Capitole
EXPÉRIENCES
Févr.–juil. 2026 — Stage, chargée d'études, CRESS Occitanie
2023–2025 — Animatrice BAFA en centre de loisirs (été)"""),
        truth=app("Marion", "Leblanc", phone="+33654218739", bac=5, grad="2026-06", info_in="cv", status="cv_docx_cress"),
    ),
    # Card: CV-only in ODT. Kevin Da Silva, 27, BTS 2021, since then 4 years as warehouse worker; CV objective:
    # «reconversion vers l'animation socioculturelle». Old + career change.
    M(
        frm="kevin da silva <kdasilva@example.com>",
        subject="mon cv",
        date="06 18:42",
        body="""voila""",
        cv=CV("odt", "cv kevin.odt", """Kevin Da Silva
06 13 47 92 05 – kdasilva@example.com – Rouen
Projet : reconversion vers l'animation socioculturelle en association
Parcours
2021 : BTS Maintenance des systèmes
2021-2025 : préparateur de commandes, entrepôt logistique
2026 : BAFA
Centres d'intérêt : football, jeux de société"""),
        truth=app("Kevin", "Da Silva", phone="+33613479205", bac=2, grad="2021", failing=("graduation_recent", "not_career_change"), info_in="cv", status="cv_odt_reconversion"),
    ),
    # Card: CV-only PDF, Anaïs Perrot, DUT Carrières sociales 2025 (juin), currently «stagiaire» in a
    # centre social until Feb 2027 (CV line «depuis septembre 2026»). Not eligible (internship).
    M(
        frm="Anaïs Perrot <anais.perrot@example.net>",
        subject="Candidature Pro'pulse",
        date="07 11:11",
        body="""Bonjour,
Je vous transmets mon CV pour le programme.
Anaïs Perrot""",
        cv=CV("pdf", "Anais_Perrot_CV.pdf", """Anaïs Perrot
anais.perrot@example.net / 06 70 83 14 26
FORMATION
DUT Carrières sociales, IUT de Bordeaux Montaigne - juin 2025
EXPÉRIENCE
Depuis septembre 2026 : stagiaire (stage conventionné, formation BPJEPS) - Centre social Les Aubiers, jusqu'en février 2027
2025-2026 : animatrice périscolaire
OBJECTIF : coordinatrice d'activités dans un centre social associatif"""),
        truth=app("Anaïs", "Perrot", phone="+33670831426", bac=2, grad="2025-06", failing=("studies_finished", "not_internship"), info_in="cv", status="cv_current_stage_bpjeps"),
    ),
    # Card: English-only applicant: Aisha Bello, Nigerian, MSc Development Studies (SOAS, UK) Sept 2025,
    # in Lyon now, seeking job in an NGO/association. Phone French.
    M(
        frm="Aisha Bello <aisha.bello@example.com>",
        subject="Application for the Pro'pulse programme",
        date="07 16:30",
        body="""Dear Pro'pulse team,

I hold an MSc in Development Studies from SOAS, University of London (awarded September 2025). Since moving to Lyon with my partner in the spring, I have been applying for programme officer roles with French NGOs and social-economy organisations, so far without success — my French is improving but still intermediate.

I would be grateful to join your next cohort.

Kind regards,
Aisha Bello
Tel: 07 69 13 58 24""",
        truth=app("Aisha", "Bello", phone="+33769135824", bac=5, grad="2025-09", language="en", status="en_msc_uk"),
    ),
    # Card: English, Tom Becker, German, Bachelor of Arts (Berlin) 2020, 5 years in a startup, wants to
    # switch to social enterprise. Old + career change.
    M(
        frm="Tom Becker <tom.becker@example.net>",
        subject="Interested in Pro'pulse",
        date="08 09:05",
        body="""Hi,

I got my BA in Business from HWR Berlin back in 2020 and have spent the last five years in sales at a tech startup. I'm now trying to pivot into the social economy (cooperatives, social enterprises) in Paris. Is your programme open to someone like me?

Best,
Tom Becker
+49 151 23456789""",
        truth=app("Tom", "Becker", phone="+4915123456789", bac=3, grad="2020", failing=("graduation_recent", "not_career_change"), language="en", status="en_pivot"),
    ),
    # Card: English, Priya Raman, currently an intern at a French non-profit («I'm currently interning»),
    # MA in 2026 (June), internship ends in February. Not eligible.
    M(
        frm="Priya Raman <priya.raman@example.org>",
        subject="Pro'pulse - question about eligibility",
        date="08 13:20",
        body="""Hello,

I completed my MA in International Relations at Sciences Po in June 2026 and I'm currently interning at a French non-profit working on migrant rights (until the end of February). After that I want to stay in the sector and find a paid position.

Could I apply now?

Priya Raman
+33 6 48 72 30 91""",
        truth=app("Priya", "Raman", phone="+33648723091", bac=5, grad="2026-06", failing=("not_internship",), language="en", status="en_interning"),
    ),
    # Card: English, Daniel Osei, "I no longer do my civic service (it ended in August)", BSc 2025 (July),
    # looking for work in a social enterprise. Eligible.
    M(
        frm="Daniel Osei <daniel.osei@example.com>",
        subject="Application",
        date="08 17:48",
        body="""Good evening,

My name is Daniel Osei. I graduated with a BSc in Environmental Science from the University of Ghana in July 2025 and came to France for a service civique with an environmental association; it ended in August. I am now job-hunting in social enterprises and environmental non-profits around Marseille.

Many thanks,
Daniel Osei
06 27 94 61 05""",
        truth=app("Daniel", "Osei", phone="+33627946105", bac=3, grad="2025-07", language="en", status="en_civique_ended"),
    ),
    # Card: HTML-only with a table (fields/values), written by Marine Lopez, licence 2026 (juin), seeking ESS.
    M(
        frm="Marine Lopez <marine.lopez@example.net>",
        subject="Formulaire de candidature",
        date="09 10:05",
        body="""Bonjour,
Voici mes informations.
Nom : Lopez
Prénom : Marine
Diplôme : Licence Administration publique
Date d'obtention : juin 2026
Situation actuelle : en recherche d'emploi (associations, SCOP)
Téléphone : 06 35 72 18 94
Merci !""",
        html="only",
        body_html="""<html><body><p>Bonjour,<br>Voici mes informations.</p><table border="1" cellpadding="4"><tr><td><b>Nom</b></td><td>Lopez</td></tr><tr><td><b>Prénom</b></td><td>Marine</td></tr><tr><td><b>Diplôme</b></td><td>Licence Administration publique</td></tr><tr><td><b>Date d'obtention</b></td><td>juin 2026</td></tr><tr><td><b>Situation actuelle</b></td><td>en recherche d'emploi (associations, SCOP)</td></tr><tr><td><b>Téléphone</b></td><td>06 35 72 18 94</td></tr></table><p>Merci !</p></body></html>""",
        truth=app("Marine", "Lopez", phone="+33635721894", bac=3, grad="2026-06", status="html_table_form"),
    ),
    # Card: HTML-only, Outlook-style, Quentin Arnaud, master 2025 (novembre) → 12 months, seeking in a
    # fondation; table layout of a signature with address.
    M(
        frm="Quentin Arnaud <quentin.arnaud@example.org>",
        subject="Candidature",
        date="09 14:40",
        body="""Bonjour,
Diplômé en novembre 2025 d'un master de gestion des organisations à but non lucratif (ESSEC), je recherche un poste de chargé de partenariats dans une fondation ou une grande association.
Bien à vous,
Quentin Arnaud
3 place Bellecour 69002 Lyon
06 86 45 21 37""",
        html="only",
        body_html="""<html><head><style>p.MsoNormal{margin:0}</style></head><body><p class="MsoNormal">Bonjour,</p><p class="MsoNormal">Diplômé en novembre 2025 d'un master de gestion des organisations à but non lucratif (ESSEC), je recherche un poste de chargé de partenariats dans une fondation ou une grande association.</p><p class="MsoNormal">Bien à vous,</p><table><tr><td style="border-right:2px solid #c00;padding-right:8px"><b>Quentin Arnaud</b></td><td style="padding-left:8px">3 place Bellecour 69002 Lyon<br>06 86 45 21 37</td></tr></table></body></html>""",
        truth=app("Quentin", "Arnaud", phone="+33686452137", bac=5, grad="2025-11", status="html_outlook_signature_table"),
    ),
    # Card: HTML-only, Sarah Lévy, CV pasted as a table; licence pro 2022 → old. Seeking in ESS.
    M(
        frm="Sarah Lévy <sarah.levy@example.com>",
        subject="Mon parcours",
        date="09 19:10",
        body="""Bonjour, je souhaite candidater. Mon parcours :
2022 Licence pro Coordination de projets, Université d'Angers
2022-2026 Animatrice puis responsable de secteur, Léo Lagrange (CDD successifs)
Je cherche un CDI de coordinatrice dans une fédération d'éducation populaire.
Sarah Lévy - 06 19 63 84 20""",
        html="only",
        body_html="""<html><body><p>Bonjour, je souhaite candidater. Mon parcours :</p><table><tr><td>2022</td><td>Licence pro Coordination de projets, Université d'Angers</td></tr><tr><td>2022-2026</td><td>Animatrice puis responsable de secteur, Léo Lagrange (CDD successifs)</td></tr></table><p>Je cherche un CDI de coordinatrice dans une fédération d'éducation populaire.</p><p>Sarah Lévy - 06 19 63 84 20</p></body></html>""",
        truth=app("Sarah", "Lévy", phone="+33619638420", bac=3, grad="2022", failing=("graduation_recent",), status="html_parcours_old"),
    ),
    # Card: sister writes for her brother Mamadou Sy, DUT 2026 (juin), Mamadou in Cc, seeks ESS job.
    M(
        frm="Fatou Sy <fatou.sy@example.net>",
        subject="Candidature de mon frère Mamadou",
        date="10 11:25",
        body="""Bonjour,

J'écris pour mon petit frère Mamadou Sy (en copie), qui a eu son DUT Information-Communication en juin 2026. Il cherche un poste de chargé de communication dans une association ou une coopérative. Je l'aide car il n'est pas à l'aise à l'écrit.

Son numéro : 07 57 20 84 36, son mail : mamadou.sy@example.com

Merci
Fatou Sy""",
        headers={"Cc": "mamadou.sy@example.com"},
        truth=app("Mamadou", "Sy", phone="+33757208436", bac=2, grad="2026-06", email="mamadou.sy@example.com", forwarded_by="fatou.sy@example.net", status="sister_cc"),
    ),
    # Card: self-forward of an old application sent to an employer, cover letter quoted: Juliette Barbier,
    # master 2026 (septembre), seeks ESS. The forward note says «je vous fais suivre ma lettre».
    M(
        frm="Juliette Barbier <juliette.barbier@example.org>",
        subject="Fwd: Candidature – Chargée de projet – Fédération des centres sociaux",
        date="10 16:55",
        body="""Bonjour, je vous fais suivre la lettre que j'ai envoyée la semaine dernière, elle résume bien ma situation. J'aimerais être accompagnée par Pro'pulse.
Juliette

> Madame la Directrice,
> Titulaire depuis septembre 2026 d'un master « Intervention et développement social » (Université de Tours), je vous propose ma candidature au poste de chargée de projet.
> Mon stage de M2 dans un centre social m'a permis de coordonner un projet de jardins partagés.
> Je reste à votre disposition au 06 43 80 27 15.
> Juliette Barbier""",
        truth=app("Juliette", "Barbier", phone="+33643802715", bac=5, grad="2026-09", status="forwarded_cover_letter"),
    ),
    # Card: career centre of an engineering school forwards a student still in last year (diplôme en 2027),
    # currently in «stage de fin d'études». Not eligible.
    M(
        frm="Service Carrières INSA <carrieres@insa.example.org>",
        subject="Étudiant intéressé par Pro'pulse",
        date="11 10:00",
        body="""Bonjour,

Un de nos élèves de 5e année, Paul Meunier, s'intéresse à votre programme. Il termine actuellement son projet de fin d'études chez un bureau d'études coopératif (jusqu'en mars 2027) et sera diplômé ingénieur au printemps. Pouvez-vous lui indiquer les modalités ? paul.meunier@example.com

Service Carrières""",
        truth=app("Paul", "Meunier", phone=None, bac="*", grad=None, failing=("studies_finished", "not_internship"), unknown=("job_seeking_ess",), email="paul.meunier@example.com", forwarded_by="carrieres@insa.example.org", status="school_pfe"),
    ),
    # Card: France Travail counsellor, brief, facts in a bulleted list: Nina Carpentier, licence 2025 (juin),
    # «en reconversion» NO — she is «en recherche d'un premier emploi». Seeking in ESS. Phone in +33 (0).
    M(
        frm="nina.carpentier@example.net",
        subject="Pro'pulse - inscription",
        date="11 15:35",
        body="""Bonjour,

ma conseillère France Travail m'a donné votre adresse.
- licence de psychologie, Université d'Amiens, juin 2025
- premier emploi recherché : accompagnement social en association (CHRS, accueil de jour)
- pas en formation actuellement
- tél : +33 (0)6 52 71 39 08

Nina Carpentier""",
        truth=app("Nina", "Carpentier", phone="+33652713908", bac=3, grad="2025-06", status="bullets_plus33_zero"),
    ),
    # Card: Mission Locale adviser presents Ryan Lefort, DEUST 2025 (bac+2), currently in a service civique?
    # «il a terminé son service civique la semaine dernière» → past. Seeking in sport associatif. Eligible.
    M(
        frm="Marc Giraud <m.giraud@missionlocale-lens.example.org>",
        subject="Jeune accompagné - candidature",
        date="12 09:12",
        body="""Bonjour,

Ryan Lefort, 22 ans, DEUST Animation et gestion des activités sportives (juin 2025), a terminé son service civique la semaine dernière dans un club omnisports. Il cherche un poste d'animateur sportif dans une association. Ses coordonnées : ryan.lefort@example.com, 06 08 37 52 91.

Marc Giraud
Mission Locale de Lens-Liévin""",
        truth=app("Ryan", "Lefort", phone="+33608375291", bac=2, grad="2025-06", email="ryan.lefort@example.com", forwarded_by="m.giraud@missionlocale-lens.example.org", status="ml_civique_ended_last_week"),
    ),
    # Card: CV only, PDF, English CV: Omar Haddou, Licence (Morocco, Université Mohammed V) 2026 (June),
    # objective «job in an association/NGO in France». Body: «Please find my resume attached».
    M(
        frm="Omar Haddou <omar.haddou@example.org>",
        subject="Resume",
        date="12 13:40",
        body="""Please find my resume attached.""",
        cv=CV("pdf", "Omar_Haddou_Resume.pdf", """Omar Haddou
omar.haddou@example.org | +33 7 51 42 68 93 | Paris
Objective: first job with an association or NGO in France (social inclusion, migrants)
Education
Licence in Sociology, Université Mohammed V, Rabat - June 2026
Experience
Volunteer, local association for children's literacy (2023-2026)
Languages: Arabic, French, English"""),
        truth=app("Omar", "Haddou", phone="+33751426893", bac=3, grad="2026-06", info_in="cv", language="en", status="cv_en_morocco"),
    ),
]
