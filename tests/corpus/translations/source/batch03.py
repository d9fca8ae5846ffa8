"""Translations corpus, batch 03 (writer A): mt_from_french_to_english (French speakers writing English
through a translator: "training course", "civic service", "license", "retraining", "in research of",
"I passed my master"), bilingual_pair (a translation with its original: Spanish, Italian, Portuguese, Arabic,
German), helper_translated (a sister, a volunteer, a son, a friend translating, with translator's notes)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, other, question, reply
from translations import N

MESSAGES = [
    # Feature: mt_from_french_to_english — situation — I am currently in training course at the association
    # route: French through Google Translate into English, «je suis actuellement en stage à l'association … jusqu'en janvier» rendered «in training course»: an internship running → application; a licence pro of 2025, an internship running until January 2027 → fails not_internship → not eligible (English)
    N("mt_from_french_to_english", "situation", "I am currently in training course at the association", M(
        "Manon Lefebvre <manon.lefebvre59@gmail.com>", "Application for the Pro'pulse program", "02 19:12",
        """Hello,

My name is Manon Lefebvre, I have 23 years and I live in Lille. I obtained my professional license in social intervention in June 2025. I am currently in training course at the association Les Petits Frères des Pauvres until the 15 January 2027.

After, I would like to find a job in the social and solidarity economy, in an association of accompaniment of elderly people.

Cordially,
Manon Lefebvre""",
        app("Manon", "Lefebvre", phone=None, bac=3, grad="2025-06", failing=("not_internship",), status="en_training_course_janvier", language="en"),
    )),
    # Feature: mt_from_french_to_english — graduation — I passed my master in social and solidarity economy in September 2026
    # route: French through DeepL into English, «j'ai eu mon master en septembre 2026» rendered «I passed my master»: obtained → application; a master of September 2026, a cooperative sought → eligible (English)
    N("mt_from_french_to_english", "graduation", "I passed my master in social and solidarity economy in September 2026", M(
        "Théo Marchand <theo.marchand@laposte.net>", "Candidacy Pro'pulse – Théo Marchand", "03 08:57",
        """Good morning,

I passed my master in social and solidarity economy in September 2026 at the University of Grenoble Alpes. I write in English because I want to train myself for the international jobs, sorry for the mistakes.

I search a job of project officer in a cooperative (SCOP or SCIC), ideally in the renewable energies or the short circuits of food.

Best regards,
Théo Marchand
06 23 71 48 90""",
        app("Théo", "Marchand", phone="+33623714890", bac=5, grad="2026-09", status="passed_my_master_sept_2026", language="en"),
    )),
    # Feature: mt_from_french_to_english — level — professional license in management of associations
    # route: French through a phone translator into English, «licence professionnelle» rendered «professional license»: a bac+3 → application; a licence pro of June 2025, an association sought → eligible (English)
    N("mt_from_french_to_english", "level", "professional license in management of associations", M(
        "Sarah Benhamou <sarah.benhamou@outlook.fr>", "Application", "04 12:40",
        """Hello,

I have a professional license in management of associations (IUT of Bordeaux Montaigne), obtained in June 2025. Since, I have done some replacements in a leisure centre.

I am in research of a job of coordinator in an association of popular education. Can you help me?

Thank you in advance,
Sarah Benhamou""",
        app("Sarah", "Benhamou", phone=None, bac=3, grad="2025-06", status="professional_license_associations", language="en"),
    )),
    # Feature: mt_from_french_to_english — career_change — I am in retraining
    # route: French through DeepL into English, «je suis en reconversion, j'ai été comptable pendant neuf ans» rendered «I am in retraining» → application; nine years as an accountant before a master → fails not_career_change → not eligible (English)
    N("mt_from_french_to_english", "career_change", "I am in retraining", M(
        "Stéphane Guillot <stephane.guillot@free.fr>", "Pro'pulse application", "05 21:20",
        """Hello,

I am in retraining: I was accountant during nine years in a firm of audit in Nantes, and I obtained in July 2026 a master in management of the organisations of the social economy.

Now I want to work as administrative and financial manager in an association or a mutual.

Regards,
Stéphane Guillot""",
        app("Stéphane", "Guillot", phone=None, bac=5, grad="2026-07", failing=("not_career_change",), status="in_retraining_comptable", language="en"),
    )),
    # Feature: mt_from_french_to_english — situation — I am doing my civic service
    # route: French through Google Translate into English, «je fais mon service civique … jusqu'en avril» rendered «civic service»: running → application; a BTS of 2025, a service civique running until April 2027 → fails not_service_civique → not eligible (English)
    N("mt_from_french_to_english", "situation", "I am doing my civic service", M(
        "Lucas Roussel <lucas.roussel.44@gmail.com>", "application Pro'pulse", "06 17:05",
        """Hi,

I have a BTS (two-years diploma) in social economy family counseling since June 2025. I am doing my civic service in the Restos du Cœur of Saint-Nazaire since October and until April 2027.

I would like to prepare the after and find a job in an association. Is it possible to begin the program now?

Thanks,
Lucas Roussel""",
        app("Lucas", "Roussel", phone=None, bac=2, grad="2025-06", failing=("not_service_civique",), status="civic_service_avril", language="en"),
    )),
    # Feature: mt_from_french_to_english — aim — in research of a job in a bank or an insurance company
    # route: French through DeepL into English, «à la recherche d'un emploi dans une banque ou une assurance» rendered «in research of» → application; a master of 2026, a bank or an insurer sought → fails job_seeking_ess → not eligible (English)
    N("mt_from_french_to_english", "aim", "in research of a job in a bank or an insurance company", M(
        "Hugo Perrin <hugo.perrin.finance@gmail.com>", "Application – Hugo Perrin", "07 10:48",
        """Hello,

I passed my master in finance in June 2026 at the IAE of Lyon. I am in research of a job in a bank or an insurance company, as risk analyst or controller of management.

I saw your program on a forum and I would like to know if you can help me for my interviews.

Best regards,
Hugo Perrin""",
        app("Hugo", "Perrin", phone=None, bac=5, grad="2026-06", failing=("job_seeking_ess",), status="in_research_bank_insurance", language="en"),
    )),
    # Feature: mt_from_french_to_english — career_change — I worked as salesman during four years
    # ambiguous: four years as a salesman «before and during» the licence: a student's job or a career before the studies, the mail does not settle which
    # route: French through a phone translator into English, «j'ai travaillé comme vendeur pendant quatre ans, avant et pendant ma licence» rendered literally → application; a licence of 2025 after or beside four years of sales work, an association sought → not_career_change open → to verify (English)
    N("mt_from_french_to_english", "career_change", "I worked as salesman during four years", M(
        "Kévin Morel <kevin.morel.86@gmail.com>", "Application for the programme", "08 14:22",
        """Hello,

I worked as salesman during four years in a shop of sport in Poitiers, before and during my license of sociology that I obtained in June 2025. Now I want to work in an association of integration by the economic activity.

I am available immediately.

Cordially,
Kévin Morel""",
        app("Kévin", "Morel", phone=None, bac=3, grad="2025-06", unknown=("not_career_change",), status="salesman_four_years", language="en"),
    )),
    # Feature: mt_from_french_to_english — situation — I follow a training course
    # ambiguous: «training course» renders both «stage» (an internship) and «formation» (a course): whether an internship is running stays open
    # route: French through Google Translate into English, «je suis en stage/formation depuis octobre» rendered «I follow a training course» → application; a licence of 2025, a «training course» running, an association sought → not_internship open → to verify (English)
    N("mt_from_french_to_english", "situation", "I follow a training course", M(
        "Clémence Aubert <clemence.aubert@orange.fr>", "Pro'pulse candidature", "09 16:31",
        """Good afternoon,

I obtained my license of social and economic administration in 2025 in Rennes. Since October I follow a training course in a regional association of the social and solidarity economy, three days per week.

I would like to find a job of project officer in an association after. Thank you for your reading.

Clémence Aubert""",
        app("Clémence", "Aubert", phone=None, bac=3, grad="2025", unknown=("not_internship",), status="training_course_ambigu", language="en"),
    )),
    # Feature: mt_from_french_to_english — kind — Is the program opened for the persons who are not French
    # route: French through DeepL into English, a question with no facts of the writer → question (English)
    N("mt_from_french_to_english", "kind", "Is the program opened for the persons who are not French", M(
        "Aurélie Masson <aurelie.masson@mission-locale-exemple.example.fr>", "Question about Pro'pulse", "10 11:11",
        """Hello,

I work in a local mission and I have a question. Is the program opened for the persons who are not French but who have a residence permit? And the meetings are in French only?

Thank you for your return,
Aurélie Masson""",
        question(language="en"),
    )),
    # Feature: bilingual_pair — aim — Busco trabajo en una cooperativa o asociación
    # route: Spanish (Colombia), the DeepL French first («je cherche un travail») then the original, where the cooperative or association sought stands → application; a psychology carrera finished in 2025, an ESS post sought in the original → eligible
    N("bilingual_pair", "aim", "Busco trabajo en una cooperativa o asociación", M(
        "Natalia Rincón Beltrán <natalia.rincon.b@gmail.com>", "Candidature / Postulación – Natalia Rincón", "02 20:20",
        """Bonjour,
Je m'appelle Natalia Rincón, j'ai terminé ma carrière de Psychologie en décembre 2025 à l'Université Javeriana de Bogotá. J'habite à Toulouse. Je cherche un travail dans le domaine social.
Merci.

--- Texto original ---
Hola,
Me llamo Natalia Rincón, terminé la carrera de Psicología en diciembre de 2025 en la Universidad Javeriana de Bogotá. Vivo en Toulouse. Busco trabajo en una cooperativa o asociación del sector social, acompañando a mujeres migrantes.
Gracias.""",
        app("Natalia", "Rincón Beltrán", phone=None, bac=5, grad="2025-12", status="bilingue_aim_original"),
    )),
    # Feature: bilingual_pair — situation — il tirocinio curricolare
    # route: Italian, the French first («je fais encore mon stage curriculaire») then the Italian («sto ancora facendo il tirocinio curricolare»), both saying a curricular internship running until January → application; a student's internship running → fails not_internship and studies_finished → not eligible
    N("bilingual_pair", "situation", "il tirocinio curricolare", M(
        "Francesca Ricci <francesca.ricci.pd@gmail.com>", "Candidature – Francesca Ricci", "03 15:48",
        """Bonjour,
je suis étudiante en laurea magistrale en Sciences Sociales à l'Université de Padoue. Je fais encore mon stage curriculaire dans une coopérative sociale de Marseille jusqu'à janvier 2027. Je voudrais savoir si je peux m'inscrire pour trouver un travail après.

Buongiorno,
sono studentessa di laurea magistrale in Scienze Sociali all'Università di Padova. Sto ancora facendo il tirocinio curricolare in una cooperativa sociale di Marsiglia fino a gennaio 2027. Vorrei sapere se posso iscrivermi per trovare un lavoro dopo.

Francesca Ricci""",
        app("Francesca", "Ricci", phone=None, bac="*", grad=None, failing=("studies_finished", "not_internship"), status="bilingue_tirocinio"),
    )),
    # Feature: bilingual_pair — graduation — I completed my degree in Social Service in December 2024
    # route: Portuguese (Brazil), the writer's English first, then the Portuguese original («colei grau em dezembro de 2024») → application; a bachelor's of December 2024, 23 months ago, an association sought → eligible (English)
    N("bilingual_pair", "graduation", "I completed my degree in Social Service in December 2024", M(
        "Mariana Costa <mariana.costa.ss@gmail.com>", "Application / Candidatura – Mariana Costa", "04 18:18",
        """Hello,
I completed my degree in Social Service in December 2024 at the Federal University of Pernambuco. I moved to Paris in March and I am looking for a job in an association working with migrant families.
Thank you!

Olá,
Colei grau em Serviço Social em dezembro de 2024 na Universidade Federal de Pernambuco. Me mudei para Paris em março e procuro um trabalho numa associação que trabalha com famílias migrantes.
Obrigada!

Mariana Costa""",
        app("Mariana", "Costa", phone=None, bac=4, grad="2024-12", status="bilingue_colei_grau", language="en"),
    )),
    # Feature: bilingual_pair — studies_finished — Acabo de terminar el cuarto año de la carrera
    # route: Spanish (Argentina), the writer's English first («I have finished my studies of Business») then the Spanish original, clearer: the fourth year of five just ended → application; studies still running → fails studies_finished → not eligible (English)
    N("bilingual_pair", "studies_finished", "Acabo de terminar el cuarto año de la carrera", M(
        "Tomás Aguirre <tomas.aguirre.ar@gmail.com>", "Application / Postulación", "05 22:02",
        """Hello,
I have finished my studies of Business at the University of Buenos Aires and I am in Paris for one year. I would like to work in a social enterprise.

Hola,
Acabo de terminar el cuarto año de la carrera de Administración en la UBA (son cinco años) y estoy en París por un año. Me gustaría trabajar en una empresa social.

Saludos,
Tomás Aguirre""",
        app("Tomás", "Aguirre", phone=None, bac="*", grad=None, failing=("studies_finished",), status="bilingue_cuarto_ano", language="en"),
    )),
    # Feature: bilingual_pair — level — سنتين في الجامعة بدون شهادة
    # route: Arabic (Algeria), the translator's French first («j'ai fait bac+2 à l'université») then the Arabic original: two years at university WITHOUT a diploma → application; only the bac → fails degree_level → not eligible
    N("bilingual_pair", "level", "سنتين في الجامعة بدون شهادة", M(
        "Karim Hamdi <karim.hamdi.oran@gmail.com>", "Candidature", "06 09:45",
        """Bonjour,
J'ai le baccalauréat 2021 et j'ai fait bac+2 à l'université d'Oran en économie. Je cherche un travail dans une association d'insertion à Marseille.

السلام عليكم،
عندي شهادة البكالوريا 2021 ودرست سنتين في الجامعة بدون شهادة في الاقتصاد بجامعة وهران. أبحث عن عمل في جمعية للإدماج في مرسيليا.

Karim Hamdi""",
        app("Karim", "Hamdi", phone=None, bac=0, grad=None, failing=("degree_level",), status="bilingue_bac_plus_deux_sans_diplome"),
    )),
    # Feature: bilingual_pair — situation — Ich mache gerade ein Freiwilliges Ökologisches Jahr
    # ambiguous: the French version puts the ecological volunteer year in the past («j'ai fait»), the German original in the present («ich mache gerade»): whether the civic service is running stays open
    # route: German, the French first then the German original, the two versions disagreeing on the tense → application; a bachelor of 2025, a volunteer year over or running, an environmental association sought → not_service_civique open → to verify
    N("bilingual_pair", "situation", "Ich mache gerade ein Freiwilliges Ökologisches Jahr", M(
        "Felix Wagner <felix.wagner.fr@gmx.net>", "Candidature / Bewerbung – Felix Wagner", "07 13:13",
        """Bonjour,
j'ai terminé mon Bachelor en Géographie à Fribourg en 2025. J'ai fait une année de volontariat écologique dans une association de protection de la nature en Alsace. Je cherche un emploi dans une association environnementale.

Guten Tag,
ich habe 2025 meinen Bachelor in Geographie in Freiburg abgeschlossen. Ich mache gerade ein Freiwilliges Ökologisches Jahr in einem Naturschutzverein im Elsass. Ich suche eine Stelle in einem Umweltverein.

Felix Wagner""",
        app("Felix", "Wagner", phone=None, bac=3, grad="2025", unknown=("not_service_civique",), status="bilingue_foej_temps"),
    )),
    # Feature: bilingual_pair — kind — Respuesta automática
    # route: Spanish then French, an out-of-office in both languages (Auto-Submitted) → auto-reply
    N("bilingual_pair", "kind", "Respuesta automática", M(
        "Elena Navarro <e.navarro@fundacion-exemplo.example.es>", "Respuesta automática / Réponse automatique", "12 08:00",
        """Respuesta automática: estaré fuera de la oficina hasta el 2 de diciembre. Para asuntos urgentes, escriba a info@fundacion-exemplo.example.es.

Réponse automatique : je serai absente du bureau jusqu'au 2 décembre. Pour les affaires urgentes, écrivez à info@fundacion-exemplo.example.es.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: bilingual_pair — kind — Erasmus+ Office / Bureau Erasmus+
    # route: English then French, a university's Erasmus office asking for a presentation of the programme to incoming students, no applicant → other
    N("bilingual_pair", "kind", "Erasmus+ Office / Bureau Erasmus+", M(
        "Erasmus+ Office <erasmus@univ-exemple.example.ie>", "Presentation request / Demande de présentation", "13 15:00",
        """Dear colleagues,
Our incoming students often ask about first jobs in the French third sector. Would someone from Pro'pulse be able to present the programme online in February?

Chers collègues,
Nos étudiants en échange demandent souvent des informations sur les premiers emplois dans l'économie sociale en France. Quelqu'un de Pro'pulse pourrait-il présenter le programme en ligne en février ?

Erasmus+ Office / Bureau Erasmus+""",
        other(),
    )),
    # Feature: helper_translated — studies_finished — (elle veut dire qu'elle a fini)
    # route: Persian (Iran), a sister translating with notes in brackets, the licence «Karshenasi» of 2025 → application; a referral: a four-year bachelor finished in 2025, an association sought → eligible
    N("helper_translated", "studies_finished", "(elle veut dire qu'elle a fini)", M(
        "Shirin Moradi <shirin.moradi.paris@gmail.com>", "Candidature pour ma sœur Mahsa", "02 10:10",
        """Bonjour,

Je vous écris pour ma sœur Mahsa Moradi, qui ne parle pas encore bien français. Je traduis ce qu'elle me dit :

« J'ai passé ma Karshenasi (NdT : c'est la licence, quatre ans) en travail social à l'Université Allameh Tabatabai de Téhéran en 2025, je suis sortie de l'université (elle veut dire qu'elle a fini) et je suis arrivée en France en avril. Je voudrais travailler dans une association qui aide les femmes. »

Son adresse : mahsa.moradi.2000@gmail.com.

Merci beaucoup,
Shirin Moradi""",
        app("Mahsa", "Moradi", phone=None, bac=4, grad="2025", status="soeur_traduit_karshenasi", email="mahsa.moradi.2000@gmail.com", forwarded_by="shirin.moradi.paris@gmail.com"),
    )),
    # Feature: helper_translated — level — bakalavr (NdT : équivalent de la licence)
    # route: Ukrainian, an association volunteer translating for the applicant, a note placing the bakalavr at the licence → application; a referral: a bachelor of June 2025, an association sought → eligible
    N("helper_translated", "level", "bakalavr (NdT : équivalent de la licence)", M(
        "Bénévole Accueil Ukraine <benevoles@accueil-ukraine-exemple.example.org>", "Candidature de Oksana Melnyk", "03 16:16",
        """Bonjour,

Je suis bénévole dans notre association et j'aide Oksana Melnyk à vous écrire. Elle a un diplôme de bakalavr (NdT : équivalent de la licence) en travail social de l'Université de Lviv, obtenu en juin 2025. Elle est à Angers depuis un an et elle voudrait travailler dans une association, par exemple avec les familles réfugiées comme elle.

Vous pouvez lui écrire à oksana.melnyk.lviv@gmail.com (elle lit le français avec un traducteur).

Cordialement,
Martine Gaillard, bénévole""",
        app("Oksana", "Melnyk", phone=None, bac=3, grad="2025-06", status="benevole_traduit_bakalavr", email="oksana.melnyk.lviv@gmail.com", forwarded_by="benevoles@accueil-ukraine-exemple.example.org"),
    )),
    # Feature: helper_translated — graduation — Ma mère a eu sa licence de lettres arabes en 1998
    # route: Arabic (Syria), a son translating for his mother in the third person → application; a referral: a licence of 1998 → fails graduation_recent → not eligible
    N("helper_translated", "graduation", "Ma mère a eu sa licence de lettres arabes en 1998", M(
        "Omar Al Khatib <omar.alkhatib.lyon@gmail.com>", "Pour ma mère", "04 19:47",
        """Bonjour,

J'écris pour ma mère, Hanan Al Khatib, elle ne parle pas français et je traduis. Ma mère a eu sa licence de lettres arabes en 1998 à l'Université de Damas. Elle n'a jamais travaillé à cause de nous (ses enfants), et maintenant elle veut travailler dans une association, par exemple pour aider les femmes arabes qui arrivent.

Elle dit merci beaucoup pour votre aide.
Omar""",
        app("Hanan", "Al Khatib", phone=None, bac=3, grad="1998", failing=("graduation_recent",), email=None, forwarded_by="omar.alkhatib.lyon@gmail.com", status="fils_traduit_licence_1998"),
    )),
    # Feature: helper_translated — situation — [NdT : je ne sais pas s'il parle d'un stage ou d'un emploi
    # ambiguous: the friend translating cannot tell whether «staj» at the association is an internship or a job: whether an internship is running stays open
    # route: Turkish, a friend translating with a bracketed doubt → application; a referral: a bachelor of 2025, «staj» in an association now, the ESS sought → not_internship open → to verify
    N("helper_translated", "situation", "[NdT : je ne sais pas s'il parle d'un stage ou d'un emploi", M(
        "Elif Kaya <elif.kaya.strasbourg@gmail.com>", "Candidature pour mon ami Burak", "05 12:12",
        """Bonjour,

Mon ami Burak Arslan m'a demandé de traduire son message :

« J'ai fini mon lisans (licence) en gestion à l'Université de Marmara en 2025. Maintenant je fais un staj dans une association d'aide aux migrants à Strasbourg [NdT : je ne sais pas s'il parle d'un stage ou d'un emploi, en turc on dit staj pour les deux parfois]. Je veux travailler dans l'économie sociale. »

Son mail : burak.arslan.92@gmail.com

Merci,
Elif Kaya""",
        app("Burak", "Arslan", phone=None, bac=3, grad="2025", unknown=("not_internship",), email="burak.arslan.92@gmail.com", forwarded_by="elif.kaya.strasbourg@gmail.com", status="ami_traduit_staj"),
    )),
    # Feature: helper_translated — level — je ne sais pas s'il a eu le diplôme
    # ambiguous: two years of management at Asmara college with no paper: whether a diploma of bac+2 was awarded stays open
    # route: Tigrinya (Eritrea), an association volunteer translating in the third person, her own doubt written in → application; a referral: two years of higher studies, diploma unknown, a cooperative sought → degree_level open → to verify
    N("helper_translated", "level", "je ne sais pas s'il a eu le diplôme", M(
        "Cimade Bénévoles Poitiers <poitiers-benevoles@cimade-exemple.example.org>", "Pour Yonas Berhane", "06 15:02",
        """Bonjour,

J'accompagne Yonas Berhane, 26 ans, arrivé d'Érythrée il y a deux ans. Il dit qu'il a fait deux ans d'études de gestion au collège d'Asmara, mais il n'a pas les papiers et je ne sais pas s'il a eu le diplôme (il n'a pas pu tout m'expliquer, nous parlons avec un interprète par téléphone).

Il voudrait travailler dans une coopérative ou un chantier d'insertion. Il n'a pas de mail, vous pouvez me répondre.

Bien cordialement,
Sylvie Caron, bénévole""",
        app("Yonas", "Berhane", phone=None, bac=None, grad=None, unknown=("degree_level",), email=None, forwarded_by="poitiers-benevoles@cimade-exemple.example.org", status="benevole_traduit_asmara"),
    )),
    # Feature: helper_translated — aim — she says "en lo que sea"
    # ambiguous: «en lo que sea» (in anything at all): no sector named, whether an ESS job is sought stays open
    # route: Spanish (Peru), a friend writing in English for her, a translator's note on «carrera» → application; a referral: an architecture degree of 2025, any job → job_seeking_ess open → to verify (English)
    N("helper_translated", "aim", "she says \"en lo que sea\"", M(
        "Sophie Turner <sophie.turner.lyon@gmail.com>", "Application for my friend Rosa", "07 18:30",
        """Hello,

My friend Rosa Huamán asked me to write for her, she does not speak French yet. She finished her career in Architecture at the Universidad Ricardo Palma in Lima in 2025 [translator's note: "carrera" means her university degree, not a job]. She arrived in Lyon in August.

She wants to work, she says "en lo que sea" – in anything at all, she just needs a first job here.

Her email is rosa.huaman.arq@gmail.com.

Thanks a lot,
Sophie Turner""",
        app("Rosa", "Huamán", phone=None, bac=5, grad="2025", unknown=("job_seeking_ess",), email="rosa.huaman.arq@gmail.com", forwarded_by="sophie.turner.lyon@gmail.com", status="amie_traduit_en_lo_que_sea", language="en"),
    )),
    # Feature: helper_translated — kind — mon amie voudrait savoir
    # route: Persian (Afghanistan), a friend translating a question for someone with no facts of hers → question
    N("helper_translated", "kind", "mon amie voudrait savoir", M(
        "Nadia Rahmani <nadia.rahmani.bdx@gmail.com>", "Question pour une amie", "08 20:00",
        """Bonjour,

Je traduis pour mon amie qui parle dari. Mon amie voudrait savoir si le programme est possible avec un récépissé de demande d'asile, et si on peut venir avec un interprète aux rendez-vous.

Merci,
Nadia Rahmani""",
        question(),
    )),
    # Feature: helper_translated — kind — Je réponds pour mon frère
    # route: Arabic (Morocco), a brother answering our mail in our thread for the applicant (In-Reply-To ours) → reply
    N("helper_translated", "kind", "Je réponds pour mon frère", M(
        "Mehdi Lahlou <mehdi.lahlou@gmail.com>", "Re: Pro'pulse – pièces à fournir", "19 21:21",
        """Bonjour Madame,

Je réponds pour mon frère Anas, il a bien reçu votre message. Il va envoyer la copie du diplôme traduit lundi, le traducteur assermenté n'a pas encore fini.

Merci et bonne soirée,
Mehdi Lahlou""",
        reply(),
        headers={"In-Reply-To": "<pieces-lahlou.3301@animafac.net>", "References": "<pieces-lahlou.3301@animafac.net>"},
    )),
]
