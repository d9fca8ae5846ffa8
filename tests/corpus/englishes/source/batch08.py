"""Englishes corpus, batch 08: a social work placement and an impact fund, class of '25 and a thesis being
wrapped up, an internship after passing out, an OND, KNUST, a language assistant and a service civique, a
European Solidarity Corps year and a nursing diploma of unknown length, a learnership, a Nitec."""
# ruff: noqa: E501

from __future__ import annotations

from englishes import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: uk — situation — I'm on placement till March
    N("uk", "situation", "I'm on placement till March", M(
        "Chloe Rowbotham <chloe.rowbotham@example.com>", "Pro'pulse - application (Chloe Rowbotham)", "01 17:12",
        """Hi,

I'm in the second year of an MA in Social Work at the University of Salford and I'm on placement till March with a family support charity in Oldham. After that I have my dissertation to finish.

I'd love to hear whether Pro'pulse might work for me once I'm qualified - I'm hoping to move to Lyon.

Thanks,
Chloe Rowbotham
07931 402758""",
        app("Chloe", "Rowbotham", phone="+447931402758", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="b_on_placement_till_march_salford", language="en"),
    )),
    # Feature: uk — aim — an impact investing fund
    N("uk", "aim", "an impact investing fund", M(
        "Sebastian Thorne-Ellis <seb.thorneellis@example.org>", "Application - Sebastian Thorne-Ellis", "02 09:26",
        """Dear Pro'pulse team,

I graduated from Durham in July with a first in Economics and I have now moved to Paris. My aim is to join an impact investing fund or the sustainability team of an asset manager - finance with a purpose.

I would be grateful to know whether Pro'pulse could support me.

Kind regards,
Sebastian Thorne-Ellis
+44 7450 918358""",
        app("Sebastian", "Thorne-Ellis", phone="+447450918358", bac=3, grad="2026-07", failing=("job_seeking_ess",), status="b_impact_investing_fund_durham", language="en"),
    )),
    # Feature: us — aim — a job at a nonprofit working on immigrant rights
    N("us", "aim", "a job at a nonprofit working on immigrant rights", M(
        "Xiomara Delgado-Pratt <xiomara.dp@example.com>", "Pro'pulse application - Xiomara", "03 11:38",
        """Hi there,

Class of '25 at UT Austin (BA in Latin American Studies). I spent the last year as a paralegal assistant and I'm now in Marseille with my partner.

I'm hoping to land a job at a nonprofit working on immigrant rights or a worker co-op. I speak Spanish, English and decent French.

Thanks so much,
Xiomara Delgado-Pratt
512-555-0658""",
        app("Xiomara", "Delgado-Pratt", phone="+15125550658", bac="*", grad="2025", status="b_nonprofit_immigrant_rights_ut", language="en"),
    )),
    # Feature: us — studies_finished — I'm wrapping up my master's thesis
    N("us", "studies_finished", "I'm wrapping up my master's thesis", M(
        "Caleb Lindgren <caleb.lindgren@example.net>", "Pro'pulse", "04 20:45",
        """Hello,

I'm wrapping up my master's thesis in Public Policy at the University of Minnesota - I'm still writing the last two chapters and my defense is scheduled for February.

I'd like to start working for a nonprofit or a cooperative in France after that. Is it too early to apply?

Best,
Caleb Lindgren
612-555-0458""",
        app("Caleb", "Lindgren", phone="+16125550458", bac="*", grad=None, failing=("studies_finished",), status="b_wrapping_up_thesis_minnesota", language="en"),
    )),
    # Feature: india — situation — presently doing my internship
    N("india", "situation", "presently doing my internship", M(
        "Tanvi Kulkarni <tanvi.kulkarni@example.org>", "Application for Pro'pulse - Tanvi Kulkarni", "05 08:15",
        """Dear Sir/Madam,

I passed out in May 2026 with B.A. in Economics from Fergusson College, Pune, and I am presently doing my internship with a microfinance NGO in Pune which will continue till March.

I wish to work in the social sector in France as my family is shifting to Lyon. Kindly consider my profile.

Thanking you,
Tanvi Kulkarni
+91 98230 64158""",
        app("Tanvi", "Kulkarni", phone="+919823064158", bac=3, grad="2026-05", failing=("not_internship",), status="b_presently_internship_pune", language="en"),
    )),
    # Feature: india — aim — work with a producer cooperative
    N("india", "aim", "work with a producer cooperative", M(
        "Gurleen Kaur Sandhu <gurleen.sandhu@example.com>", "Application for Pro'pulse programme", "06 12:50",
        """Dear Pro'pulse Team,

I completed my MSW (Master of Social Work) from Panjab University, Chandigarh in July 2025. I am presently residing in Paris with my husband, who is working here.

I wish to work with a producer cooperative or a women's self-help organisation, as I have done field work with such groups in rural Punjab.

Regards,
Gurleen Kaur Sandhu
+33 7 58 21 46 58""",
        app("Gurleen Kaur", "Sandhu", phone="+33758214658", bac=5, grad="2025-07", status="b_producer_cooperative_msw", language="en"),
    )),
    # Feature: west_africa — level — an OND in Public Administration
    # ambiguous: an OND is a two-year polytechnic diploma whose French level a coordinator cannot fix
    N("west_africa", "level", "an OND in Public Administration", M(
        "Ibrahim Danladi Tukur <ibrahim.tukur@example.net>", "APPLICATION FOR PRO'PULSE", "07 07:20",
        """Dear Sir,

I hold an OND in Public Administration from Kaduna Polytechnic (2025) and I have been volunteering with a community development association in Zaria.

I am now in France with my wife and I seek a job with an NGO or a cooperative society.

Yours faithfully,
Ibrahim Danladi Tukur
+234 703 228 1958""",
        app("Ibrahim", "Tukur", phone="+2347032281958", bac="*", grad="2025", unknown=("degree_level",), status="b_ond_public_admin_kaduna", language="en"),
    )),
    # Feature: west_africa — graduation — I graduated from KNUST in November 2025
    N("west_africa", "graduation", "I graduated from KNUST in November 2025", M(
        "Akosua Frimpong <akosua.frimpong@example.com>", "Application - Pro'pulse Programme", "08 15:03",
        """Dear Sir/Madam,

I graduated from KNUST in November 2025 with a BSc in Development Planning (Second Class Upper) and completed my national service with a district assembly in August.

I have recently joined my husband in Rouen and I am keen to work in a social enterprise or a cooperative. Please find my CV attached.

Yours sincerely,
Akosua Frimpong
+233 20 661 3458""",
        app("Akosua", "Frimpong", phone="+233206613458", bac="*", grad="2025-11", status="b_knust_november_2025", info_in="both", language="en"),
        cv=CV("docx", "Akosua_Frimpong_CV.docx", """Akosua Frimpong
Education: BSc Development Planning, Kwame Nkrumah University of Science and Technology, Kumasi, 2021-2025
National service: planning assistant, a district assembly, Ashanti Region (2025-2026)
Skills: community mapping, survey design, Twi, English, French (A2)"""),
    )),
    # Feature: expat_france — career_change — one year as an English language assistant after my licence
    N("expat_france", "career_change", "one year as an English language assistant after my licence", M(
        "Ffion Carrow <ffion.carrow@example.fr>", "Pro'pulse application", "09 10:32",
        """Hi,

I'm Welsh and I've been in Rennes since 2021. I did one year as an English language assistant after my licence, then my master in social economy at Rennes 2, which I finished in June.

I'd like to work for an association or a cooperative - France Travail pointed me to you.

Diolch / merci,
Ffion Carrow
06 58 30 72 58""",
        app("Ffion", "Carrow", phone="+33658307258", bac=5, grad="2026-06", status="b_language_assistant_rennes2", language="en"),
    )),
    # Feature: expat_france — situation — I'm doing a service civique at a food bank until April
    N("expat_france", "situation", "I'm doing a service civique at a food bank until April", M(
        "Connor Blakely <connor.blakely@example.fr>", "application - Pro'pulse", "10 18:57",
        """Hello,

American in Strasbourg here. I finished my licence in political science at Sciences Po Strasbourg last June and I'm doing a service civique at a food bank until April.

I want to keep working in associations after that.

Thanks,
Connor Blakely
07 66 13 50 58""",
        app("Connor", "Blakely", phone="+33766135058", bac=3, grad="2026-06", failing=("not_service_civique",), status="b_service_civique_food_bank_april", language="en"),
    )),
    # Feature: third_party — situation — on a European Solidarity Corps placement in Lisbon until January
    # ambiguous: the European Solidarity Corps is a foreign civic service, an analogue of the scheme, not the scheme
    N("third_party", "situation", "on a European Solidarity Corps placement in Lisbon until January", M(
        "Graduate Careers Team <graduate.careers@uea-careers.example.org>", "Introducing Isla Penhaligon", "11 14:20",
        """Dear Pro'pulse,

I'm writing on behalf of Isla Penhaligon, who graduated from the University of East Anglia in July 2025 (BA International Development, 2:1) and has asked us to introduce her to you.

Isla is currently on a European Solidarity Corps placement in Lisbon until January, supporting a migrant women's association, and would like to move to France afterwards to work in the social economy.

Her contact details: isla.penhaligon@example.com, +44 7822 613058.

Best wishes,
Ruth Abernethy
Graduate Careers Team""",
        app("Isla", "Penhaligon", phone="+447822613058", bac=3, grad="2025-07", unknown=("not_service_civique",), status="b_esc_lisbon_isla_uea", email="isla.penhaligon@example.com", forwarded_by="graduate.careers@uea-careers.example.org", language="en"),
    )),
    # Feature: third_party — level — a diploma in nursing from a college in Kabul
    # ambiguous: the length of the Kabul nursing diploma is not known, so its level stays open
    N("third_party", "level", "a diploma in nursing from a college in Kabul", M(
        "Fiona Lockhart <fiona.lockhart@welcome-project.example.org>", "Referral: Marzia Jawadi", "12 09:44",
        """Hello,

I'm a volunteer caseworker with a refugee welcome project in Lille. I'm writing on behalf of Marzia Jawadi, who arrived in France last year and speaks good English.

Marzia has a diploma in nursing from a college in Kabul, completed in 2025, but we don't know how long the course was and her papers are incomplete. She would like to work for an association in health or community support.

She can be reached on 07 51 92 38 58 or marzia.jawadi@example.net.

Best regards,
Fiona Lockhart""",
        app("Marzia", "Jawadi", phone="+33751923858", bac="*", grad="2025", unknown=("degree_level",), status="b_caseworker_lille_marzia", email="marzia.jawadi@example.net", forwarded_by="fiona.lockhart@welcome-project.example.org", language="en"),
    )),
    # Feature: southern_africa — career_change — tutoring and waitressing while I was studying
    N("southern_africa", "career_change", "tutoring and waitressing while I was studying", M(
        "Refilwe Molefe <refilwe.molefe@example.com>", "Pro'pulse application - Refilwe Molefe", "13 16:16",
        """Hi

I completed my BA Honours in Development Studies at Wits in 2025 - my only work so far has been tutoring and waitressing while I was studying.

I'm joining my partner in Nice in January and I'd like to work for an NPO or a social enterprise.

Regards
Refilwe Molefe
+27 82 903 1458""",
        app("Refilwe", "Molefe", phone="+27829031458", bac="*", grad="2025", status="b_tutoring_waitressing_wits", language="en"),
    )),
    # Feature: southern_africa — situation — currently on a 12-month learnership
    N("southern_africa", "situation", "currently on a 12-month learnership", M(
        "Sibusiso Khumalo <sibusiso.khumalo@example.net>", "Application for Pro'pulse", "14 12:08",
        """Good day

I have a Diploma in Public Relations (NQF 6) from Durban University of Technology, 2025, and I'm currently on a 12-month learnership with an insurance company in Umhlanga, which ends in August.

My sister is in Paris and I would like to work in an NGO there.

Kind regards
Sibusiso Khumalo
+27 73 615 8058""",
        app("Sibusiso", "Khumalo", phone="+27736158058", bac="*", grad="2025", failing=("not_internship",), status="b_learnership_insurance_dut", language="en"),
    )),
    # Feature: career_turn — career_change — six months as a paralegal after graduating
    N("career_turn", "career_change", "six months as a paralegal after graduating", M(
        "Maeve Harrington <maeve.harrington@example.org>", "Pro'pulse - not quite a career change", "15 19:40",
        """Hello,

You might see a law firm on my CV and think career change - it isn't, really. I did six months as a paralegal after graduating (LLB, Queen's University Belfast, June 2025) and realised that corporate law isn't for me.

I'd love to work in a social enterprise or a charity supporting people with legal problems. CV attached.

Kind regards,
Maeve Harrington
07716 208458""",
        app("Maeve", "Harrington", phone="+447716208458", bac=3, grad="2025-06", status="b_six_months_paralegal_qub", info_in="both", language="en"),
        cv=CV("pdf", "Maeve_Harrington_CV.pdf", """Maeve Harrington
LLB Law, Queen's University Belfast, 2022-2025
Paralegal, a commercial law firm, Belfast, July 2025 - January 2026
Volunteer adviser, a citizens' advice service, 2023-2025"""),
    )),
    # Feature: caribbean_asia — level — my O levels and a Nitec in Community Care
    N("caribbean_asia", "level", "my O levels and a Nitec in Community Care", M(
        "Muhammad Irfan bin Zulkifli <irfan.zulkifli@example.com>", "application for pro'pulse", "16 21:02",
        """Hello,

I have my O levels and a Nitec in Community Care and Social Services from ITE College East (2024). I finished NS last year and now I'm in Paris with my family.

I want to work in a social service organisation or a charity.

Thank you,
Irfan
+65 8234 7658""",
        app("Muhammad Irfan", "Zulkifli", phone="+6582347658", bac=0, grad="2024", failing=("degree_level",), unknown=("graduation_recent",), status="b_o_levels_nitec_ite", language="en"),
    )),
    # Feature: canada — aim — social impact roles
    # ambiguous: «social impact roles» at a B Corp, a not-for-profit or a social-purpose tech company: ESS or not is open
    N("canada", "aim", "social impact roles", M(
        "Avery Chen-MacLeod <avery.chenmacleod@example.com>", "Pro'pulse application", "17 13:25",
        """Hi Pro'pulse team,

I graduated from Dalhousie in May (Bachelor of Commerce, co-op). I'm moving to Paris for my partner's job and I'm looking at social impact roles - could be a B Corp, a not-for-profit, or a social-purpose tech company.

Thanks for your time!
Avery Chen-MacLeod
902-555-0258""",
        app("Avery", "Chen-MacLeod", phone="+19025550258", bac="*", grad="2026-05", unknown=("job_seeking_ess",), status="b_social_impact_roles_dalhousie", language="en"),
    )),
    # Feature: scotland_ireland — graduation — I'm after finishing my degree in Trinity
    N("scotland_ireland", "graduation", "I'm after finishing my degree in Trinity", M(
        "Oisín Ó Dubhghaill <oisin.odubhghaill@example.net>", "Pro'pulse", "18 08:37",
        """Howya,

I'm after finishing my degree in Trinity (BA Moderatorship in Sociology and Social Policy, four years) and I've moved to Bordeaux with my girlfriend.

I'd love a job in a co-op or a social enterprise - anything around housing or community development.

Cheers,
Oisín Ó Dubhghaill
+353 89 452 6758""",
        app("Oisín", "Ó Dubhghaill", phone="+353894526758", bac="*", grad="2026", status="b_after_finishing_trinity", language="en"),
    )),
    # Feature: australia_nz — studies_finished — still waiting on one grade before my degree is conferred
    # ambiguous: the subjects are done but a grade is outstanding; whether the degree will be conferred is open
    N("australia_nz", "studies_finished", "still waiting on one grade before my degree is conferred", M(
        "Lachlan Pettigrew <lachlan.pettigrew@example.com>", "Pro'pulse - Lachlan Pettigrew", "19 10:50",
        """Hi,

I finished my last subjects at UQ in June (Bachelor of Arts, Peace and Conflict Studies) but I'm still waiting on one grade before my degree is conferred - there was an issue with a group assessment and it's under review.

I'm in Lyon on a working holiday and keen to work in the for-purpose sector.

Cheers,
Lachlan Pettigrew
+61 407 335 158""",
        app("Lachlan", "Pettigrew", phone="+61407335158", bac="*", grad=None, unknown=("studies_finished",), status="b_waiting_one_grade_uq", language="en"),
    )),
    # Feature: southern_africa — kind — does a South African honours degree count
    N("southern_africa", "kind", "does a South African honours degree count", M(
        "Palesa Ndlovu <palesa.ndlovu@example.org>", "Question about Pro'pulse", "20 11:44",
        """Good day

Before I apply: does a South African honours degree count as bac+4 for your programme, and do I need to have my qualification evaluated by a French agency first?

Kind regards
Palesa""",
        question("en"),
    )),
    # Feature: career_turn — kind — happy to send my Open University transcript
    N("career_turn", "kind", "happy to send my Open University transcript", M(
        "Desmond Achterberg <des.achterberg@example.org>", "Re: Pro'pulse - a second career", "21 15:20",
        """Hello Camille,

Thanks for explaining - I understand the rules about career changers. I'm still happy to send my Open University transcript if it helps with another programme.

Best,
Desmond

> Hello Desmond,
> Thank you for your message. Unfortunately Pro'pulse is not open to people changing careers.
> Camille, Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<b08.r1@animafac.net>", "References": "<b08.r1@animafac.net>"},
    )),
    # Feature: caribbean_asia — kind — I am on leave
    N("caribbean_asia", "kind", "I am on leave", M(
        "Ryan Seah Wei Jie <ryan.seahwj@example.com>", "Automatic reply: Pro'pulse - your application", "22 07:10",
        """Thank you for your email. I am on leave (NS) until 30 November and will reply when I'm back.

Ryan""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: canada — kind — Not-for-profit Careers Weekly
    N("canada", "kind", "Not-for-profit Careers Weekly", M(
        "Not-for-profit Careers Weekly <weekly@npcareers.lists.example.org>", "Not-for-profit Careers Weekly: 22 new postings", "23 06:30",
        """Not-for-profit Careers Weekly

22 new postings across Canada this week, plus: how to explain co-op terms on your resume, and a webinar on working abroad in the social economy.

You are receiving this because you subscribed. Unsubscribe or manage your preferences below.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: scotland_ireland — kind — Message not delivered
    N("scotland_ireland", "kind", "Message not delivered", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Message not delivered", "24 16:33",
        """Message not delivered

There was a problem delivering your message to niall.mcgettigan@example.com. The address does not exist or is no longer in use.""",
        bounce("niall.mcgettigan@example.com"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; niall.mcgettigan@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: australia_nz — kind — working holiday makers
    N("australia_nz", "kind", "working holiday makers", M(
        "Kiwis and Aussies in France <contact@antipodes-france.example.org>", "Information evening for working holiday makers", "26 09:00",
        """Hello Pro'pulse,

Our association supports working holiday makers from Australia and New Zealand in France. We're holding an information evening in Paris on 15 January and would love a speaker on jobs in the social economy. Are you interested?

Cheers,
Matt Delaney, volunteer""",
        other(),
    )),
]
