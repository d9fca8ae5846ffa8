# ruff: noqa: E501
"""Batch 6 — channel (f): English and bilingual mail (international graduates, Erasmus returnees, bilingual
families, careers services abroad), written from an English-language mail client (signatures, «Sent from»).
`language` is "en" when English carries the facts.
"""

from channels import gmail_forward
from kit import CV, M, app, other, question

MESSAGES = [
    # Channel: English, direct. Priya, MSc Development Studies (SOAS) Sept 2026, seeks NGO job in Paris. Eligible.
    M(
        frm="Priya Nair <priya.nair@example.com>",
        subject="Application to Pro'pulse",
        date="02 10:30",
        body="""Dear Pro'pulse team,

I completed my MSc in Development Studies at SOAS in September 2026 and moved to Paris last month. I'm now applying for roles in NGOs and social enterprises working on migration. I am neither interning nor volunteering at the moment, so I can start right away.

Kind regards,
Priya Nair
+33 7 81 45 20 63""",
        truth=app("Priya", "Nair", phone="+33781452063", bac=5, grad="2026-09", language="en", status="en_msc_neither_interning"),
    ),
    # Channel: English. Tom, «I'm still writing my dissertation, due in January» → MA not finished. BA 2025 (year only). Studies unfinished.
    M(
        frm="Tom Whitaker <tom.whitaker@example.org>",
        subject="Eligibility question + application",
        date="03 14:12",
        body="""Hi,

I hold a BA in Politics (2025) and I'm still writing my MA dissertation, which is due in January. I'd love to work for a cooperative in France afterwards. Could I apply already?

Thanks,
Tom Whitaker
07700 900 218""",
        truth=app("Tom", "Whitaker", phone="+447700900218", bac=3, grad="2025", failing=("studies_finished",), language="en", status="en_dissertation_due_january"),
    ),
    # Channel: bilingual FR/EN, same text twice. Amara, licence 2026-06, seeks ESS; language None (French first).
    M(
        frm="Amara Touré <amara.toure@example.net>",
        subject="Candidature / Application",
        date="04 09:05",
        body="""[FR] Bonjour, licence de sociologie obtenue en juin 2026, je cherche un premier emploi dans une association d'éducation populaire. Je ne fais ni stage ni service civique.
[EN] Hello, I graduated with a bachelor's in sociology in June 2026 and I'm looking for my first job in a grassroots education association. No internship, no civic service.

Amara Touré — 06 56 21 84 37""",
        truth=app("Amara", "Touré", phone="+33656218437", bac=3, grad="2026-06", status="bilingual_twice"),
    ),
    # Channel: English. Question about the programme, no facts.
    M(
        frm="Sam Patel <sam.patel@example.com>",
        subject="Question about the programme",
        date="04 16:40",
        body="""Hello, is the programme taught in French only, or are some workshops available in English? Thanks, Sam""",
        truth=question(language="en"),
    ),
    # Channel: English. Julia, 34, former software engineer for ten years wants to «pivot» to the social economy: career change; degree 2014.
    M(
        frm="Julia Weber <julia.weber@example.org>",
        subject="Career pivot into the social economy",
        date="05 11:22",
        body="""Hello,

After ten years as a software engineer in fintech (MSc Computer Science, TU Munich, 2014), I want to pivot into the social and solidarity economy — ideally a tech-for-good cooperative. Is Pro'pulse open to career changers?

Best,
Julia Weber
+49 151 2345 6789""",
        truth=app("Julia", "Weber", phone="+4915123456789", bac=5, grad="2014", failing=("graduation_recent", "not_career_change"), language="en", status="en_pivot_engineer"),
    ),
    # Channel: English, Gmail forward from a US university career center presenting Daniel; his lines quoted. BA 2026-05, seeks non-profit in Lyon. Eligible.
    M(
        frm="Career Center, Boston College <careers@bc.example.edu>",
        subject="Fwd: Introduction - Daniel Moreau",
        date="05 17:55",
        body=gmail_forward(
            "Dear colleagues, please find below a message from Daniel Moreau, one of our May 2026 graduates, who is relocating to Lyon. Best regards, Career Center",
            frm="Daniel Moreau <daniel.moreau@example.com>", when="Thu, Nov 5, 2026 at 8:02 AM",
            subject="Introduction", to="careers@bc.example.edu",
            body="""Hi! As discussed: BA in Economics (May 2026), French-American, moving to Lyon next month. I'd like a first job in a non-profit working on housing. My French number: 06 49 70 13 82. Thanks! Daniel""",
        ),
        truth=app("Daniel", "Moreau", phone="+33649701382", bac=3, grad="2026-05", email="daniel.moreau@example.com", forwarded_by="careers@bc.example.edu", language="en", status="en_us_career_center_fwd"),
    ),
    # Channel: English. Aisha, «I used to be an intern at an NGO until August», BSc 2026-07, Ghana? No: UK. Eligible.
    M(
        frm="Aisha Mensah <aisha.mensah@example.net>",
        subject="Application",
        date="06 09:14",
        body="""Good morning,

I used to be an intern at a refugee-support NGO in London until August. I obtained my BSc in International Relations (University of Sussex) in July 2026. Now I'm based in Lille and looking for a paid position in an association or a social enterprise.

Aisha Mensah
+44 7700 900 531""",
        truth=app("Aisha", "Mensah", phone="+447700900531", bac=3, grad="2026-07", language="en", status="en_used_to_be_intern"),
    ),
    # Channel: English + CV. Lukas, body English, CV lists «Bachelor (Germany) — 2023-07» and «Freiwilliges Soziales Jahr 2023-2024». Old (40 months).
    M(
        frm="Lukas Becker <lukas.becker@example.com>",
        subject="Application Pro'pulse",
        date="06 15:30",
        body="""Hello, I would like to apply. I live in Strasbourg and look for a job in a social cooperative. CV attached. Best, Lukas""",
        cv=CV("pdf", "Lukas_Becker_CV.pdf", """Lukas Becker
Strasbourg - +49 170 555 0192 - lukas.becker@example.com
Bachelor of Arts Social Work, Hochschule Freiburg - July 2023
Freiwilliges Soziales Jahr (voluntary social year), Caritas - 2023-2024"""),
        truth=app("Lukas", "Becker", phone="+491705550192", bac=3, grad="2023-07", failing=("graduation_recent",), language="en", info_in="both", status="en_german_ba_2023"),
    ),
    # Channel: English, Sent from my iPhone. Chloe, «not doing a civic service anymore — finished in October», BA 2025-06 (Canada). Eligible.
    M(
        frm="Chloe Tremblay <chloe.tremblay@example.org>",
        subject="pro'pulse",
        date="07 20:10",
        body="""hi! BA in social work from Université Laval (June 2025). not doing a civic service anymore — it finished in october. looking for a job in a french association helping young people. 07 71 28 39 40

Sent from my iPhone""",
        truth=app("Chloe", "Tremblay", phone="+33771283940", bac=3, grad="2025-06", language="en", status="en_civic_service_finished"),
    ),
    # Channel: bilingual, English first then French signature with address. Ravi, MBA 2026-06, seeks «impact investing fund» (finance solidaire? an impact fund is not ESS) — he says «social impact start-up or impact fund», not ESS-status employers: unknown job_seeking_ess.
    M(
        frm="Ravi Kumar <ravi.kumar@example.com>",
        subject="Interested in Pro'pulse",
        date="08 10:45",
        body="""Hello,

I graduated from an MBA programme in Paris in June 2026 and I'm exploring roles in social-impact start-ups or impact investment funds. Would your programme be relevant?

Cordialement,
Ravi Kumar
12 rue des Lilas, 75019 Paris
06 15 37 92 80""",
        truth=app("Ravi", "Kumar", phone="+33615379280", bac=5, grad="2026-06", unknown=("job_seeking_ess",), language="en", status="en_impact_fund"),
    ),
    # Channel: English. Question from a career adviser abroad with no candidate named.
    M(
        frm="Megan Lloyd <m.lloyd@careers.example.ac.uk>",
        subject="Do you accept UK graduates?",
        date="09 13:20",
        body="""Dear Sir/Madam, some of our graduates want to work in France. Do they need a French diploma to join Pro'pulse, and is there a language requirement? Kind regards, Megan Lloyd, Careers Adviser""",
        truth=question(language="en"),
    ),
    # Channel: English. Marco, «laurea triennale» 2026-03 (3 years, bachelor level; Italian, level 3 stated as «bachelor's degree»), currently «tirocinio» (internship) in Milan until December. Current internship.
    M(
        frm="Marco Bianchi <marco.bianchi@example.net>",
        subject="Application from Italy",
        date="09 18:00",
        body="""Hello,

I have a bachelor's degree (laurea triennale) in Economics from the University of Turin (March 2026). I am currently doing a tirocinio (internship) at a social cooperative in Milan until mid-December, then I will move to Lyon and look for a job in a cooperative there.

Marco Bianchi
+39 333 412 7765""",
        truth=app("Marco", "Bianchi", phone="+393334127765", bac=3, grad="2026-03", failing=("not_internship",), language="en", status="en_tirocinio_until_december"),
    ),
    # Channel: English. Emily, «I have never done an internship» and «I'm working part-time at a café», BA 2024-11 → 24 months: recent. Seeks non-profit. Eligible.
    M(
        frm="Emily Carter <emily.carter@example.com>",
        subject="Application - Emily Carter",
        date="10 12:35",
        body="""Hi there,

I graduated in November 2024 with a BA in English and French (University of Exeter). I've never done an internship; I'm working part-time at a café in Montpellier while I apply for communications jobs in non-profits.

Emily Carter
06 28 47 15 90""",
        truth=app("Emily", "Carter", phone="+33628471590", bac=3, grad="2024-11", language="en", status="en_never_internship_nov_2024"),
    ),
    # Channel: bilingual mix within sentences (franglais). Kévin, «j'ai fini mon bachelor in business (2025)», «je look for un job dans une asso». French mostly. Private bachelor 3 years → bac+3.
    M(
        frm="Kévin Lam <kevin.lam@example.org>",
        subject="candidature",
        date="11 15:02",
        body="""Hello, j'ai fini mon bachelor in business en 2025 (école privée, 3 ans), et là je look for un job dans une asso ou une entreprise solidaire, plutôt côté marketing. Let me know ! Kévin Lam 07 60 13 28 94""",
        truth=app("Kévin", "Lam", phone="+33760132894", bac=3, grad="2025", status="franglais_bachelor"),
    ),
    # Channel: English + CV in English: Grace, «Currently: Civic service volunteer (Sept 2026 – May 2027)». BA 2026-06. Current civique.
    M(
        frm="Grace Okonkwo <grace.okonkwo@example.com>",
        subject="Pro'pulse application",
        date="12 09:40",
        body="""Hello, please find my CV attached. I'm keen to work for a French association after my current commitment. Grace""",
        cv=CV("docx", "Grace_Okonkwo_CV.docx", """Grace Okonkwo
+33 6 92 81 40 27 | grace.okonkwo@example.com
Currently: Civic service volunteer (service civique), Unis-Cité Paris (Sept 2026 - May 2027)
Education: BA Sociology, University of Manchester - June 2026"""),
        truth=app("Grace", "Okonkwo", phone="+33692814027", bac=3, grad="2026-06", failing=("not_service_civique",), language="en", info_in="both", status="en_cv_civic_service_current"),
    ),
    # Channel: English. Omar, diploma from Lebanon: «Master's in Social Work, American University of Beirut, 2025»; seeks NGO. Year only. Eligible.
    M(
        frm="Omar Haddad <omar.haddad@example.net>",
        subject="Application",
        date="13 10:15",
        body="""Dear team,

I hold a Master's in Social Work from the American University of Beirut (2025). I now live in Marseille with refugee status and I'm looking for a job in an NGO supporting newcomers.

Best regards,
Omar Haddad
07 45 92 36 18""",
        truth=app("Omar", "Haddad", phone="+33745923618", bac=5, grad="2025", language="en", status="en_lebanon_master"),
    ),
    # Channel: English. Other: a recruitment agency in English offering «candidates».
    M(
        frm="Talent Bridge <hello@talentbridge.example.com>",
        subject="Top graduates for your organisation",
        date="13 16:00",
        body="""Hi, we place pre-screened graduates in NGOs and social enterprises. Our fee is 15% of the first-year salary. Shall we book a call this week? Best, Talent Bridge""",
        truth=other(),
    ),
    # Channel: English. Sophie, «I left my job as a nurse in the UK after 6 years» to work in a French social cooperative: career change; BSc Nursing 2019.
    M(
        frm="Sophie Evans <sophie.evans@example.org>",
        subject="Application for the January cohort",
        date="14 11:48",
        body="""Hello,

I left my job as a nurse in the NHS after six years (BSc Nursing, 2019) and moved to Nantes with my partner. I would like to start a new career in project coordination in a social cooperative.

Sophie Evans
06 57 38 20 41""",
        truth=app("Sophie", "Evans", phone="+33657382041", bac=3, grad="2019", failing=("graduation_recent", "not_career_change"), language="en", status="en_nurse_new_career"),
    ),
    # Channel: English. Ana, «finished my master's this summer» (2026, no month), seeks «social economy», no phone. Eligible.
    M(
        frm="Ana Costa <ana.costa@example.com>",
        subject="Joining Pro'pulse",
        date="15 19:05",
        body="""Hi, I finished my master's in public health this summer in Lisbon (2026) and would like to work in the French social economy, ideally in a health NGO. Is my profile suitable? Ana Costa""",
        truth=app("Ana", "Costa", phone=None, bac=5, grad="2026", language="en", status="en_master_this_summer"),
    ),
    # Channel: English. Question about application deadline.
    M(
        frm="Leo Schmidt <leo.schmidt@example.net>",
        subject="Deadline?",
        date="16 08:20",
        body="""Hello, what is the deadline to apply for the January cohort, and when will applicants hear back? Thank you.""",
        truth=question(language="en"),
    ),
    # Channel: English. Hamza, associate degree (2 years, US community college) 2026-05 → bac+2; seeks non-profit. Eligible.
    M(
        frm="Hamza Ali <hamza.ali@example.com>",
        subject="Application - associate degree",
        date="16 14:30",
        body="""Hello,

I have an associate degree in Human Services from a community college in Ohio (May 2026, two years of study). I moved back to Roubaix and want to work for a non-profit helping young people. Is a two-year degree enough?

Hamza Ali
06 41 58 93 27""",
        truth=app("Hamza", "Ali", phone="+33641589327", bac=2, grad="2026-05", language="en", status="en_associate_degree"),
    ),
    # Channel: English from a parent. Mrs Johnson writes for her daughter Ella, BA 2026-06, seeks non-profit; Ella's address given. Eligible.
    M(
        frm="Karen Johnson <karen.johnson@example.org>",
        subject="My daughter Ella",
        date="17 10:00",
        body="""Hello,

I'm writing on behalf of my daughter, Ella Johnson, who graduated in June 2026 (BA in Geography, University of Bristol) and has moved to Paris. She would love to find her first job in a French non-profit working on climate. Her email is ella.johnson@example.com and her phone +33 6 73 20 58 14.

Many thanks,
Karen Johnson""",
        truth=app("Ella", "Johnson", phone="+33673205814", bac=3, grad="2026-06", email="ella.johnson@example.com", forwarded_by="karen.johnson@example.org", language="en", status="en_parent_daughter"),
    ),
    # Channel: English. Noah, «doing an apprenticeship (alternance) until August 2027» for a master → studies unfinished. Licence 2025 (year).
    M(
        frm="Noah Dubois <noah.dubois@example.net>",
        subject="Application",
        date="18 12:22",
        body="""Hello, I'm doing my master's as an apprenticeship (alternance) at a mutual insurance company until August 2027, after a bachelor's degree in 2025. I'd like to stay in the social economy afterwards. Can I join now? Noah Dubois, 07 38 16 92 45""",
        truth=app("Noah", "Dubois", phone="+33738169245", bac=3, grad="2025", failing=("studies_finished",), language="en", status="en_apprenticeship_master"),
    ),
]
