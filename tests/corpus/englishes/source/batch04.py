"""Englishes corpus, batch 04: the aims above all (the Fast Stream and the Big Four, a CIC, an impact fund,
a co-op, «any MNC or NGO», the UN agencies, an NGO in Hong Kong), a classification awaited, a repeated final
year, SIWES, a second class upper of 2021, a service civique, a chef retraining, an exam board to come, a
diploma from Asmara."""
# ruff: noqa: E501

from __future__ import annotations

from englishes import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: uk — aim — the Civil Service Fast Stream and a couple of Big Four grad schemes
    N("uk", "aim", "the Civil Service Fast Stream and a couple of Big Four grad schemes", M(
        "Oscar Pemberton-Hale <oscar.pembertonhale@example.com>", "Pro'pulse", "15 08:12",
        """Hello,

I graduated from Durham in June with a 2:1 in History. I'm currently in Paris for a few months with family, and I've applied for the Civil Service Fast Stream and a couple of Big Four grad schemes, with assessment centres in the new year.

My careers adviser mentioned Pro'pulse might help with interview prep and applications in the meantime. Would I be eligible?

Best,
Oscar Pemberton-Hale
+44 7593 218 407""",
        app("Oscar", "Pemberton-Hale", phone="+447593218407", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="fast_stream_big_four_durham", language="en"),
    )),
    # Feature: uk — studies_finished — I'm still waiting on the exam board for my classification
    # ambiguous: the dissertation is in but the exam board has not met, so whether the degree is awarded is open
    N("uk", "studies_finished", "I'm still waiting on the exam board for my classification", M(
        "Priya Chauhan-Reeves <priya.chauhanreeves@example.net>", "Application - Priya", "15 17:46",
        """Hi,

I handed in my dissertation in September (I had an extension) and I'm still waiting on the exam board for my classification - it meets on 8 December. BA Criminology, Nottingham Trent.

I moved to Lyon last month and I'd love to work with a charity supporting young people leaving care.

Thanks!
Priya Chauhan-Reeves
+44 7366 402 915""",
        app("Priya", "Chauhan-Reeves", phone="+447366402915", bac="*", grad=None, unknown=("studies_finished",), status="waiting_exam_board_classification_ntu", language="en"),
    )),
    # Feature: scotland_ireland — aim — a community interest company or a housing association
    N("scotland_ireland", "aim", "a community interest company or a housing association", M(
        "Kirsty Baillie <kirsty.baillie@example.org>", "Pro'pulse - Kirsty Baillie", "16 10:30",
        """Hiya,

I finished my BA (Hons) in Social Work at Glasgow Caledonian in June - four years, two practice placements, both done. I'm in Lille for a year with my partner.

Ideally I'd get a job in the third sector over here - something like a community interest company or a housing association back home. Is that the kind of thing Pro'pulse does?

Cheers,
Kirsty
+44 7828 603 117""",
        app("Kirsty", "Baillie", phone="+447828603117", bac="*", grad="2026-06", status="cic_or_housing_association_gcu", language="en"),
    )),
    # Feature: scotland_ireland — studies_finished — I'm repeating my final year at Maynooth
    N("scotland_ireland", "studies_finished", "I'm repeating my final year at Maynooth", M(
        "Darragh Kinsella <darragh.kinsella@example.com>", "Application for Pro'pulse", "16 19:15",
        """Hi,

Bit of a strange one - I'm repeating my final year at Maynooth (BA Community and Youth Work) after failing two modules last May, so I'm back in lectures until April.

My mam is moving to Brittany and I'll follow her when I'm done. I'd like to work in a youth project over there. Can I put my name down now?

Thanks,
Darragh Kinsella
+353 83 217 4460""",
        app("Darragh", "Kinsella", phone="+353832174460", bac="*", grad=None, failing=("studies_finished",), status="repeating_final_year_maynooth", language="en"),
    )),
    # Feature: us — aim — a role at an impact investing fund
    N("us", "aim", "a role at an impact investing fund", M(
        "Tyler Brennan-Hughes <tyler.bhughes@example.com>", "Application: Tyler Brennan-Hughes", "17 09:05",
        """Hi team,

I graduated from Georgetown in May with a BS in Finance and a certificate in social impact. I'm relocating to Paris with my fiancée and I'm targeting a role at an impact investing fund - ESG due diligence, blended finance, that kind of thing.

I'd appreciate any help with networking into that space here.

Best regards,
Tyler Brennan-Hughes
+1 571 555 0193""",
        app("Tyler", "Brennan-Hughes", phone="+15715550193", bac="*", grad="2026-05", failing=("job_seeking_ess",), status="impact_investing_fund_georgetown", language="en"),
    )),
    # Feature: us — career_change — I waited tables all through college
    N("us", "career_change", "I waited tables all through college", M(
        "Destiny Okoro-James <destiny.okorojames@example.org>", "Pro'pulse application", "17 14:38",
        """Hi!

I waited tables all through college to pay my way, and in May I finally finished my BA in Sociology at the University of Houston. My mom remarried and moved to Lyon, so I came too.

I'd love to work in a nonprofit doing community health or youth mentoring. Thanks for considering me!

Destiny Okoro-James
+1 713 555 0168""",
        app("Destiny", "Okoro-James", phone="+17135550168", bac="*", grad="2026-05", status="waited_tables_through_college_houston", language="en"),
    )),
    # Feature: canada — aim — something at a co-op or a not-for-profit
    N("canada", "aim", "something at a co-op or a not-for-profit", M(
        "Sarah Abernethy-Cohen <sarah.acohen@example.net>", "Application - Sarah Abernethy-Cohen", "18 11:20",
        """Hello!

I'm a Montreal anglo - I did my DEC at Vanier and then a BA in Urban Studies at McGill, which I finished in April 2025. I moved to Paris this fall and I'm hoping to land something at a co-op or a not-for-profit, housing ideally.

I worked at a housing co-op in the Plateau during my degree, so I know the world a bit.

Thanks,
Sarah
+1 438 555 0174""",
        app("Sarah", "Abernethy-Cohen", phone="+14385550174", bac="*", grad="2025-04", status="coop_or_not_for_profit_mcgill", language="en"),
    )),
    # Feature: canada — graduation — I finished my degree in December 2025
    N("canada", "graduation", "I finished my degree in December 2025", M(
        "Arjun Sandhu-Clarke <arjun.sandhuclarke@example.com>", "Pro'pulse application", "18 20:02",
        """Hi there,

I finished my degree in December 2025 (BA in Psychology, University of Calgary) - convocation was only in June, so my parchment says June 2026, in case that matters.

I'm now in Grenoble for my partner's postdoc, and I'd like to work in mental health at a not-for-profit or an association.

Thanks,
Arjun Sandhu-Clarke
+1 403 555 0129""",
        app("Arjun", "Sandhu-Clarke", phone="+14035550129", bac="*", grad="2025-12", status="finished_december_convocation_june_calgary", language="en"),
    )),
    # Feature: india — level — B.A. (Hons) in Political Science from Delhi University
    N("india", "level", "B.A. (Hons) in Political Science from Delhi University", M(
        "Meghna Bhattacharya <meghna.bhattacharya@example.org>", "Application for Pro'pulse - Meghna Bhattacharya", "19 07:28",
        """Dear Sir/Madam,

I have completed my B.A. (Hons) in Political Science from Delhi University (Miranda House) in June 2026. Presently I am staying in Paris with my parents, as my father is posted at a company here.

I am interested to work with an association working on gender or education. Kindly find my CV attached and do the needful.

Regards,
Meghna Bhattacharya
+91 98110 52741""",
        app("Meghna", "Bhattacharya", phone="+919811052741", bac=3, grad="2026-06", status="ba_hons_delhi_university", info_in="both", language="en"),
        cv=CV("pdf", "Meghna_Bhattacharya_CV.pdf", """Meghna Bhattacharya
B.A. (Hons) Political Science, Miranda House, University of Delhi, 2023-2026
Volunteer, a girls' education NGO, Delhi, 2024-2026
Editor, college debating society newsletter
Languages: Bengali, Hindi, English, French (B1)"""),
    )),
    # Feature: india — aim — I am looking for job in any MNC or NGO
    # ambiguous: a multinational beside an NGO leaves an ESS aim open
    N("india", "aim", "I am looking for job in any MNC or NGO", M(
        "Aditya Pillai <aditya.pillai@example.net>", "Job application", "19 13:55",
        """Respected Sir/Madam,

I am Aditya Pillai, MBA (HR) from Symbiosis, passed out in April 2025. I am looking for job in any MNC or NGO in France, where my wife is working as a researcher.

I am a quick learner and good team player. Kindly consider my candidature.

Thanks and regards,
Aditya Pillai
+91 97450 28613""",
        app("Aditya", "Pillai", phone="+919745028613", bac=5, grad="2025-04", unknown=("job_seeking_ess",), status="any_mnc_or_ngo_symbiosis", language="en"),
    )),
    # Feature: west_africa — situation — I am currently on my SIWES
    N("west_africa", "situation", "I am currently on my SIWES", M(
        "Oluwaseun Bakare <oluwaseun.bakare@example.com>", "Pro'pulse application", "20 09:40",
        """Good day Sir/Ma,

I am a 400 level student of Economics at Obafemi Awolowo University, Ile-Ife. I am currently on my SIWES with a cooperative society in Ibadan (six months), after which I return for my final year.

My elder sister lives in Lyon and she told me about your programme. I wish to know if I can apply.

Thank you,
Oluwaseun Bakare
+234 805 718 3302""",
        app("Oluwaseun", "Bakare", phone="+2348057183302", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="currently_on_siwes_oau", language="en"),
    )),
    # Feature: west_africa — graduation — B.Sc. Sociology (Second Class Upper), 2021
    N("west_africa", "graduation", "B.Sc. Sociology (Second Class Upper), 2021", M(
        "Folake Adeyemi <folake.adeyemi@example.org>", "APPLICATION: FOLAKE ADEYEMI", "20 16:22",
        """Dear Sir/Madam,

Please find my details below.
Qualification: B.Sc. Sociology (Second Class Upper), 2021, University of Ibadan
NYSC: completed 2022
Experience: programme officer, a women's empowerment NGO, Abeokuta, 2022-2026

I relocated to Paris with my husband in August and I wish to continue my career in the non-profit sector. Thank you.

Folake Adeyemi
+234 809 224 6170""",
        app("Folake", "Adeyemi", phone="+2348092246170", bac="*", grad="2021", failing=("graduation_recent",), status="bsc_second_class_upper_2021_ibadan", language="en"),
    )),
    # Feature: southern_africa — aim — NGOs and also the UN agencies
    # ambiguous: UN agencies are international public bodies, not the social economy, so beside NGOs the aim is open
    N("southern_africa", "aim", "NGOs and also the UN agencies", M(
        "Tatenda Moyo <tatenda.moyo@example.com>", "Application - Tatenda Moyo", "21 08:05",
        """Hello,

I completed my BSc Honours in Development Studies at Midlands State University in 2025 (my attachment was with a rural water NGO in Masvingo). I'm now in Geneva's French side, in Annemasse, with my brother.

I'm applying to NGOs and also the UN agencies here - whichever opens the door first. I'd be grateful for Pro'pulse's support.

Kind regards,
Tatenda Moyo
+263 77 245 8819""",
        app("Tatenda", "Moyo", phone="+263772458819", bac="*", grad="2025", unknown=("job_seeking_ess",), status="ngos_and_un_agencies_msu", language="en"),
    )),
    # Feature: southern_africa — kind — an honours degree from South Africa
    N("southern_africa", "kind", "an honours degree from South Africa", M(
        "Nomvula Khumalo <nomvula.khumalo@example.org>", "Question about South African qualifications", "21 12:12",
        """Hi,

I work with a small network of South Africans in France. How would you count an honours degree from South Africa - is it a bachelor's or closer to a master's for your bac+ levels? And does a matric with a higher certificate count at all?

Thanks for clarifying,
Nomvula""",
        question("en"),
    )),
    # Feature: australia_nz — graduation — I finished my degree last semester
    N("australia_nz", "graduation", "I finished my degree last semester", M(
        "Mitchell O'Dwyer <mitch.odwyer@example.net>", "Application - Mitch O'Dwyer", "22 06:40",
        """Hey,

I finished my degree last semester - a Bachelor of Community Development at Victoria University in Melbourne. I'm over in Nantes with my partner, who's French, and I'm keen to get a start in a community org or a not-for-profit.

I'm doing an intensive French course at the moment, mornings only.

Cheers,
Mitch
+61 431 670 254""",
        app("Mitchell", "O'Dwyer", phone="+61431670254", bac=3, grad="2026", status="finished_degree_last_semester_vu", language="en"),
    )),
    # Feature: australia_nz — kind — Recipient address rejected
    N("australia_nz", "kind", "Recipient address rejected", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Returned mail: see transcript for details", "22 06:55",
        """The original message was received but could not be delivered.

<kaylee.tamihana@example.net>: Recipient address rejected: User unknown in virtual mailbox table""",
        bounce("kaylee.tamihana@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; kaylee.tamihana@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: caribbean_asia — aim — work at an NGO
    N("caribbean_asia", "aim", "work at an NGO", M(
        "Wong Hoi Yan <hoiyan.wong@example.com>", "Application from Hong Kong - Wong Hoi Yan (Joyce)", "23 10:18",
        """Dear Pro'pulse team,

I graduated from HKU in 2025 with a BSocSc in Social Policy. I have moved to Paris with my husband, who is French, and I would like to work at an NGO, like the elderly services and community centres I volunteered with in Sham Shui Po.

Thank you for your time.
Joyce Wong Hoi Yan
+852 9134 2867""",
        app("Hoi Yan", "Wong", phone="+85291342867", bac="*", grad="2025", status="ngo_hku_bsocsc", language="en"),
    )),
    # Feature: caribbean_asia — kind — Social Enterprise Circle: December meet-up
    N("caribbean_asia", "kind", "Social Enterprise Circle: December meet-up", M(
        "Social Enterprise Circle <circle@sec-singapore.example.org>", "Social Enterprise Circle: December meet-up", "23 04:00",
        """Hi everyone,

Social Enterprise Circle: December meet-up is on the 12th at our space in Tiong Bahru. This month: a panel on social enterprises expanding to Europe, with a founder now based in Lyon.

You're receiving this because you joined our mailing list. Unsubscribe here: https://sec-singapore.example.org/unsubscribe""",
        newsletter(), headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: expat_france — situation — I'm doing a service civique at a food bank until February
    N("expat_france", "situation", "I'm doing a service civique at a food bank until February", M(
        "Zoë Lindsay-Kerr <zoe.lindsaykerr@example.fr>", "Application", "24 09:50",
        """Hi,

I'm American but I did all of my studies here: bac in Strasbourg, then a licence in sociology at the Université de Strasbourg, which I finished in June. Right now I'm doing a service civique at a food bank until February.

After that I'd love to get a job in an association, maybe the same kind of work. Can I apply now?

Thanks,
Zoë Lindsay-Kerr
06 35 72 48 19""",
        app("Zoë", "Lindsay-Kerr", phone="+33635724819", bac=3, grad="2026-06", failing=("not_service_civique",), status="service_civique_food_bank_strasbourg", language="en"),
    )),
    # Feature: expat_france — kind — I'm away until 30 November
    N("expat_france", "kind", "I'm away until 30 November", M(
        "Callum Frazer <callum.frazer@example.fr>", "Automatic reply: Pro'pulse - your interview", "24 10:02",
        """Hello,

I'm away until 30 November with no access to email. For anything urgent, you can text me on my French mobile.

Callum""",
        auto_reply(), headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: career_turn — career_change — I'm retraining after six years as a chef
    N("career_turn", "career_change", "I'm retraining after six years as a chef", M(
        "Gareth Pryce <gareth.pryce@example.com>", "Application - Gareth Pryce", "25 08:30",
        """Hello,

I'm retraining after six years as a chef in restaurants in Bristol and Bath. I've just completed an HND in Health and Social Care at a college in Bristol (June 2026), which I did while working part-time.

I've now moved to Marseille and would like to work with an association, perhaps in food poverty or a community kitchen, where my cooking would help.

Many thanks,
Gareth Pryce
+44 7391 520 648""",
        app("Gareth", "Pryce", phone="+447391520648", bac="*", grad="2026-06", failing=("not_career_change",), status="retraining_six_years_chef_hnd", info_in="both", language="en"),
        cv=CV("odt", "Gareth_Pryce_CV.odt", """Gareth Pryce
HND Health and Social Care, a further education college, Bristol, 2024-2026
Chef de partie, restaurants in Bristol and Bath, 2018-2024
Volunteer cook, a community kitchen, 2023-2026
Food Hygiene Level 3"""),
    )),
    # Feature: career_turn — kind — a free webinar for career switchers
    N("career_turn", "kind", "a free webinar for career switchers", M(
        "Second Wind Coaching <hello@secondwind.example.com>", "Partnership idea: a free webinar for career switchers", "25 12:45",
        """Hello Pro'pulse team,

We run a coaching practice for English-speaking professionals moving to purpose-driven work in France. We'd love to co-host a free webinar for career switchers with you in February, or to refer people who don't fit your criteria.

Would you have 20 minutes for a call?

Warm regards,
Ruth Abrams
Second Wind Coaching""",
        other(),
    )),
    # Feature: third_party — studies_finished — the exam board meets on 10 December
    # ambiguous: all her modules are done but the exam board that awards the degree meets after the reading day, so whether her studies are over is open
    N("third_party", "studies_finished", "the exam board meets on 10 December", M(
        "Helen Okafor-Lewis <h.okaforlewis@careers.example.ac.uk>", "Referral from a university careers service: Amina Yusuf", "26 09:15",
        """Dear Pro'pulse team,

I'm a careers consultant at a university in London, writing on behalf of Amina Yusuf, one of our MSc Development Studies students. She has completed all her modules and handed in her dissertation, and the exam board meets on 10 December.

Amina has moved to Paris and is looking for a role with an NGO or a cooperative. She's happy for me to share her details: amina.yusuf@example.org, +44 7802 451 396.

Best wishes,
Helen Okafor-Lewis""",
        app("Amina", "Yusuf", phone="+447802451396", bac="*", grad=None, unknown=("studies_finished",), email="amina.yusuf@example.org", forwarded_by="h.okaforlewis@careers.example.ac.uk", status="careers_exam_board_10_december_msc", language="en"),
    )),
    # Feature: third_party — level — a diploma from the College of Business and Economics in Asmara
    # ambiguous: an Eritrean diploma of unstated length, so its French level cannot be placed
    N("third_party", "level", "a diploma from the College of Business and Economics in Asmara", M(
        "Sister Margaret Doyle <m.doyle@migrantwelcome.example.org>", "A young man I'd like to introduce", "26 11:30",
        """Dear friends,

I volunteer with a migrant welcome association in Grenoble and I'm writing about Dawit Tesfay, a young man from Eritrea whom we have been helping. He has a diploma from the College of Business and Economics in Asmara (2025) in accounting, though we don't have the paperwork yet.

He'd love to work with an association or a cooperative. He has no email yet; his phone is 07 56 13 82 40.

God bless,
Sister Margaret""",
        app("Dawit", "Tesfay", phone="+33756138240", bac="*", grad="2025", unknown=("degree_level",), email=None, forwarded_by="m.doyle@migrantwelcome.example.org", status="caseworker_asmara_diploma", language="en"),
    )),
    # Feature: third_party — kind — Thank you for getting back to us about Mr Bashir
    N("third_party", "kind", "Thank you for getting back to us about Mr Bashir", M(
        "Ellen Marsh <ellen.marsh@refugeesupport.example.org>", "Re: Referral - Mr Bashir", "26 15:40",
        """Hello,

Thank you for getting back to us about Mr Bashir.

> Could he come to the information session on 3 December?
Yes, he will be there. I will come with him to help with the paperwork.

Kind regards,
Ellen""",
        reply(), headers={"In-Reply-To": "<g7.h8@animafac.net>", "References": "<g7.h8@animafac.net>"},
    )),
]
