"""Englishes corpus, batch 03: «graduated last summer», a CE scheme, an associate degree, «convocated», four
years in IT before an MBA, «I await my results», articles, an NQF 6 diploma, honours year, OJT, a UWI
ceremony after May exams, a BTS, a paramedic's second career, a year in consulting, a parent and a
caseworker writing."""
# ruff: noqa: E501

from __future__ import annotations

from englishes import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: uk — graduation — I graduated last summer
    N("uk", "graduation", "I graduated last summer", M(
        "Rhys Llewellyn <rhys.llewellyn@example.net>", "Pro'pulse - application", "02 13:22",
        """Hi,

I graduated last summer from Cardiff with a BSc in Psychology and I've been working weekends in a garden centre while I figure out next steps. My mum's family is from Quimper so I've moved over to Brittany to be near them.

I'd really like to get into mental health support with an association or a mutual - peer support groups especially.

Diolch,
Rhys Llewellyn
+44 7412 590 338""",
        app("Rhys", "Llewellyn", phone="+447412590338", bac=3, grad="2026", status="graduated_last_summer_cardiff", language="en"),
    )),
    # Feature: uk — kind — I'm on annual leave
    N("uk", "kind", "I'm on annual leave", M(
        "Sophie Allardyce <s.allardyce@housingcoop.example.org>", "Automatic reply: Partnership with Pro'pulse", "02 13:30",
        """Thank you for your message. I'm on annual leave until Monday 7 December with limited access to email. For tenancy matters please contact the office on 0161 496 0732.

Sophie Allardyce
Community Development Lead""",
        auto_reply(), headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: scotland_ireland — situation — I'm on a CE scheme with a family resource centre
    # ambiguous: a Community Employment scheme is a part-time paid placement with training, neither clearly a job nor clearly an internship
    N("scotland_ireland", "situation", "I'm on a CE scheme with a family resource centre", M(
        "Siobhán Devereux <siobhan.devereux@example.com>", "Application - Siobhán Devereux", "03 10:06",
        """Hi,

I got my BA in Applied Social Studies from IT Carlow in 2025 (ordinary degree, three years) and at the moment I'm on a CE scheme with a family resource centre in Wexford, three days a week.

My partner is starting a job in Nantes in the new year and I'm hoping to find work in the voluntary sector over there. I have a bit of French from school, I'm doing classes now.

Thanks,
Siobhán
+353 85 731 2094""",
        app("Siobhán", "Devereux", phone="+353857312094", bac=3, grad="2025", unknown=("not_internship",), status="ce_scheme_family_resource_centre_carlow", language="en"),
    )),
    # Feature: scotland_ireland — kind — this month on the Community Ireland bulletin
    N("scotland_ireland", "kind", "this month on the Community Ireland bulletin", M(
        "Community Ireland Bulletin <bulletin@communityireland.example.org>", "This month on the Community Ireland bulletin", "03 07:00",
        """Dia daoibh,

This month on the Community Ireland bulletin:
- Graduate roles in the community and voluntary sector, Dublin and Galway
- European Solidarity Corps: placements for 2027 open
- Board governance training for small charities

You are receiving this bulletin as a member. Unsubscribe: https://communityireland.example.org/unsubscribe""",
        newsletter(), headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: us — level — an associate degree in Human Services from Miami Dade College
    N("us", "level", "an associate degree in Human Services from Miami Dade College", M(
        "Yesenia Mejía-Cruz <yesenia.mejiacruz@example.com>", "Application to Pro'pulse", "04 16:48",
        """Hi,

I earned an associate degree in Human Services from Miami Dade College in May. I was the first in my family to go to college! My dad got transferred to Marseille for work and I came with my family.

I want to work with kids or immigrant families at a nonprofit. I speak Spanish, English and I'm learning French really fast.

Thank you!
Yesenia Mejía-Cruz
+1 305 555 0114""",
        app("Yesenia", "Mejía-Cruz", phone="+13055550114", bac="*", grad="2026-05", status="associate_degree_miami_dade", language="en"),
    )),
    # Feature: us — kind — The following message to <marcus.t.bell@example.org> was undeliverable
    N("us", "kind", "The following message to <marcus.t.bell@example.org> was undeliverable", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undelivered Mail Returned to Sender", "04 17:02",
        """This is the mail system at host mx.example.net.

The following message to <marcus.t.bell@example.org> was undeliverable. The reason for the problem: 550 5.1.1 mailbox unavailable.""",
        bounce("marcus.t.bell@example.org"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; marcus.t.bell@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: canada — graduation — I convocated from UBC in May 2023
    N("canada", "graduation", "I convocated from UBC in May 2023", M(
        "Gurleen Dhaliwal <gurleen.dhaliwal@example.org>", "Pro'pulse application - Gurleen Dhaliwal", "05 09:57",
        """Hello,

I convocated from UBC in May 2023 with a BA in Sociology and have been working as a program assistant at a settlement not-for-profit in Surrey since. My husband's company moved him to Paris and I'd like to stay in the sector here.

I'm a bit older than your usual applicant maybe, but I hope it's worth a try.

Best,
Gurleen Dhaliwal
+1 604 555 0181""",
        app("Gurleen", "Dhaliwal", phone="+16045550181", bac="*", grad="2023-05", failing=("graduation_recent",), status="convocated_ubc_may_2023", language="en"),
    )),
    # Feature: canada — kind — an exchange with our co-op office
    N("canada", "kind", "an exchange with our co-op office", M(
        "International Partnerships <intl.partners@uni-ottawa.example.org>", "Partnership: co-op placements in France", "05 11:15",
        """Bonjour / Hello,

Our university's co-operative education programme is looking for French not-for-profit partners who could host co-op students for four-month terms. Would Pro'pulse, or organisations in your network, be open to an exchange with our co-op office?

We'd be happy to set up a call in January.

Kind regards,
Marie-Claire Fontaine
International Partnerships Officer""",
        other(),
    )),
    # Feature: india — career_change — I am having 4 years experience in IT as a software tester
    N("india", "career_change", "I am having 4 years experience in IT as a software tester", M(
        "Vikram Raghunathan <vikram.raghunathan@example.net>", "Application for Pro'pulse programme", "06 07:40",
        """Dear Sir/Madam,

I am Vikram Raghunathan from Bengaluru. After my B.Tech I am having 4 years experience in IT as a software tester in an MNC, and then I did my MBA in Social Entrepreneurship from a business school in France, which I completed in July 2026.

I want to now work in a social enterprise in the field of education technology for rural children. Kindly consider my profile.

Thanks and regards,
Vikram Raghunathan
07 58 26 41 93""",
        app("Vikram", "Raghunathan", phone="+33758264193", bac=5, grad="2026-07", failing=("not_career_change",), status="four_years_software_tester_mba", language="en"),
    )),
    # Feature: india — kind — whether a three-year B.Com is considered bac+3
    N("india", "kind", "whether a three-year B.Com is considered bac+3", M(
        "Deepa Nair <deepa.nair.careers@example.com>", "Query regarding eligibility of Indian degrees", "06 12:44",
        """Dear Team,

Greetings. I run a small WhatsApp group for Indian students in Lille. Kindly clarify whether a three-year B.Com is considered bac+3 for Pro'pulse, and whether a PG Diploma (one year) counts as a master's level.

Awaiting your kind reply.

Regards,
Deepa Nair""",
        question("en"),
    )),
    # Feature: west_africa — studies_finished — I await my results
    # ambiguous: the final exams are written but the results are not out, so whether the HND is obtained is open
    N("west_africa", "studies_finished", "I await my results", M(
        "Abubakar Sesay <abubakar.sesay@example.org>", "Application for the Pro'pulse programme", "07 14:30",
        """Dear Sir/Madam,

I am from Freetown, Sierra Leone. I wrote my final HND exams in Accounting at Milton Margai Technical University in October and I await my results, which should be released in January.

I came to France to join my mother in Rouen and I wish to work in a cooperative or an association doing community finance. I have done my industrial attachment at a credit union in Bo.

Yours faithfully,
Abubakar Sesay
+232 76 418 305""",
        app("Abubakar", "Sesay", phone="+23276418305", bac="*", grad=None, unknown=("studies_finished",), status="await_results_hnd_freetown", language="en"),
    )),
    # Feature: west_africa — kind — my NYSC discharge certificate
    N("west_africa", "kind", "my NYSC discharge certificate", M(
        "Emeka Nwosu <emeka.nwosu@example.com>", "Re: Pro'pulse: documents for your interview", "07 18:05",
        """Good evening,

Thank you for your mail.

> Please bring your degree certificate to the interview.
Noted. I will also bring my NYSC discharge certificate in case it is needed.

Best regards,
Emeka Nwosu""",
        reply(), headers={"In-Reply-To": "<e5.f6@animafac.net>", "References": "<e5.f6@animafac.net>"},
    )),
    # Feature: southern_africa — situation — I'm doing my articles at an audit firm
    N("southern_africa", "situation", "I'm doing my articles at an audit firm", M(
        "Lerato Dlamini <lerato.dlamini@example.net>", "Application - Lerato Dlamini", "08 10:10",
        """Hi,

I completed my BCom Accounting honours at the University of Pretoria in 2025 and I'm doing my articles at an audit firm in Centurion - I'm in the second of three years. My partner has been offered a post in Paris and I'm thinking about what I could do there.

I'd love to use my skills for a cooperative or a social enterprise. Could Pro'pulse be an option for me?

Kind regards,
Lerato Dlamini
+27 83 216 7405""",
        app("Lerato", "Dlamini", phone="+27832167405", bac="*", grad="2025", failing=("not_internship",), status="doing_articles_audit_firm_pretoria", language="en"),
    )),
    # Feature: southern_africa — level — a three-year National Diploma in Public Relations (NQF 6)
    N("southern_africa", "level", "a three-year National Diploma in Public Relations (NQF 6)", M(
        "Sipho Ndlovu <sipho.ndlovu@example.com>", "Pro'pulse application", "08 15:33",
        """Good day,

I hold a three-year National Diploma in Public Relations (NQF 6) from Durban University of Technology, which I completed in November 2025. During my studies I volunteered at a community radio station in Umlazi.

I'm now in Lyon with my wife, who is French. I want to work in communications for an NPO or a cooperative.

Regards,
Sipho Ndlovu
+27 71 904 3328""",
        app("Sipho", "Ndlovu", phone="+27719043328", bac="*", grad="2025-11", status="national_diploma_nqf6_dut", language="en"),
    )),
    # Feature: australia_nz — studies_finished — I'm doing my honours this year
    N("australia_nz", "studies_finished", "I'm doing my honours this year", M(
        "Chloe Nguyen-Walsh <chloe.nguyenwalsh@example.org>", "Pro'pulse - application", "09 08:20",
        """Hi,

I finished my BA (Anthropology) at the University of Melbourne in 2025 and I'm doing my honours this year - my thesis is due on 4 December. I'm planning to move to Paris in February to be with my partner.

I'd love to work for a not-for-profit in the refugee or housing space. Is it OK to apply before I've handed in?

Thanks so much,
Chloe Nguyen-Walsh
+61 402 817 536""",
        app("Chloe", "Nguyen-Walsh", phone="+61402817536", bac=3, grad="2025", failing=("studies_finished",), status="doing_honours_this_year_melbourne", language="en"),
    )),
    # Feature: australia_nz — aim — a social enterprise or an iwi-based organisation
    N("australia_nz", "aim", "a social enterprise or an iwi-based organisation", M(
        "Tane Hohaia <tane.hohaia@example.com>", "Application - Tane Hohaia", "09 19:48",
        """Kia ora koutou,

I finished a Bachelor of Social Work at Massey in June, including two uni placements. I'm over in Toulouse on a working holiday with my partner until 2028.

Back home I would have looked for a social enterprise or an iwi-based organisation - here I think that means an association or a cooperative? That's the kind of job I'm after.

Ngā mihi,
Tane Hohaia
+64 27 563 9014""",
        app("Tane", "Hohaia", phone="+64275639014", bac="*", grad="2026-06", status="social_enterprise_iwi_massey", language="en"),
    )),
    # Feature: caribbean_asia — situation — I'm currently doing my OJT at a cooperative in Iloilo
    N("caribbean_asia", "situation", "I'm currently doing my OJT at a cooperative in Iloilo", M(
        "Jerome Villanueva <jerome.villanueva@example.net>", "Inquiry and application", "10 05:50",
        """Good day!

I am Jerome Villanueva, a 4th year BS Entrepreneurship student of West Visayas State University. I'm currently doing my OJT at a cooperative in Iloilo (486 hours, until March), and graduation is in June.

My tita lives in Paris and she told me about Pro'pulse. I hope I can join after my graduation. Thank you po!

Jerome Villanueva
+63 918 447 2061""",
        app("Jerome", "Villanueva", phone="+639184472061", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="ojt_cooperative_iloilo", language="en"),
    )),
    # Feature: caribbean_asia — graduation — I finished my last exams in May
    N("caribbean_asia", "graduation", "I finished my last exams in May", M(
        "Kerry-Ann Ramdass <kerryann.ramdass@example.org>", "Application for Pro'pulse", "10 13:12",
        """Good afternoon,

I have a BSc in Social Work from UWI St. Augustine. Graduation was in October, but I finished my last exams in May and I've been working at my aunt's doubles stand in San Fernando since then, saving for the move.

I'm now in Paris with my husband. I would like to work with an association for children or families.

Kind regards,
Kerry-Ann Ramdass
+1 868 555 0127""",
        app("Kerry-Ann", "Ramdass", phone="+18685550127", bac="*", grad="2026-05", status="uwi_last_exams_may_ceremony_october", language="en"),
    )),
    # Feature: expat_france — level — I have a BTS in Économie sociale familiale
    N("expat_france", "level", "I have a BTS in Économie sociale familiale", M(
        "Niamh Kearney <niamh.kearney@example.fr>", "Application Pro'pulse", "11 09:31",
        """Hi,

I'm Irish but I've lived in Rennes since I was 15. I have a BTS in Économie sociale familiale, which I got in July, and I did my work experience at a centre social in Villejean.

I'd like to work for an association that supports families, maybe in budgeting or housing. Is Pro'pulse open to BTS holders?

Thanks,
Niamh Kearney
06 71 28 94 30""",
        app("Niamh", "Kearney", phone="+33671289430", bac=2, grad="2026-07", status="bts_esf_rennes", language="en"),
    )),
    # Feature: expat_france — aim — an association or the mairie, I'd be happy with either
    # ambiguous: the writer puts the town hall beside associations, so an ESS aim is not settled
    N("expat_france", "aim", "an association or the mairie, I'd be happy with either", M(
        "Ben Hartigan <ben.hartigan@example.fr>", "pro'pulse application from an Aussie in Montpellier", "11 17:04",
        """Bonjour,

Aussie here, living in Montpellier since 2021. I did a licence pro in project management at Montpellier and finished it in June 2025. France Travail says I should look at Pro'pulse.

Honestly I'm looking for something stable in youth or sport - an association or the mairie, I'd be happy with either.

Cheers,
Ben Hartigan
07 45 19 62 83""",
        app("Ben", "Hartigan", phone="+33745196283", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="association_or_mairie_montpellier", language="en"),
    )),
    # Feature: career_turn — career_change — This is a second career for me
    N("career_turn", "career_change", "This is a second career for me", M(
        "Declan Fitzmaurice <declan.fitzmaurice@example.com>", "Application - Declan Fitzmaurice", "12 08:46",
        """Dear Pro'pulse,

This is a second career for me: I was a paramedic with the National Ambulance Service for fifteen years before doing a master's in Social Policy at UCD, which I finished in August.

We've moved to Bordeaux for my wife's job and I'd like to work in a health-focused charity or a mutual. I know your programme is mostly for younger graduates, but I thought I'd ask.

Kind regards,
Declan Fitzmaurice
+353 87 640 1182""",
        app("Declan", "Fitzmaurice", phone="+353876401182", bac=5, grad="2026-08", failing=("not_career_change",), status="second_career_paramedic_ucd", language="en"),
    )),
    # Feature: career_turn — career_change — I spent a year at a consulting firm after my master's
    N("career_turn", "career_change", "I spent a year at a consulting firm after my master's", M(
        "Isabelle Chen-Morris <isabelle.chenmorris@example.net>", "Pro'pulse application", "12 14:25",
        """Hello,

I spent a year at a consulting firm after my master's (MPA, Columbia, May 2025) and realised pretty quickly that I wanted to be on the other side of the table, working inside a nonprofit rather than advising one.

I left in June and moved to Paris, where my mom grew up. I'm looking for a program or operations role at an association or a social enterprise.

Best,
Isabelle Chen-Morris
+1 646 555 0152""",
        app("Isabelle", "Chen-Morris", phone="+16465550152", bac=5, grad="2025-05", status="year_consulting_after_mpa", info_in="both", language="en"),
        cv=CV("docx", "Isabelle_Chen-Morris_Resume.docx", """Isabelle Chen-Morris
MPA, Columbia University, 2023-2025
BA Political Science, Tufts University, 2023
Analyst, a management consulting firm, New York, June 2025 - June 2026
Volunteer, tenants' rights hotline, 2021-2024
Languages: English, French, Mandarin"""),
    )),
    # Feature: career_turn — career_change — I've been working in insurance for a few years
    # ambiguous: a trade of unstated length (a few years, alongside a part-time degree) may or may not make this a career change
    N("career_turn", "career_change", "I've been working in insurance for a few years", M(
        "Marc-André Bouchard-Reid <marcandre.bouchardreid@example.org>", "Application", "13 21:10",
        """Hi,

I've been working in insurance for a few years (claims, in Halifax) while doing my Bachelor of Social Work part-time at Dalhousie, which I finished in April.

I'd like to move to France, where my father's family is from, and start working in the social sector - ideally a not-for-profit for seniors.

Thanks,
Marc-André Bouchard-Reid
+1 902 555 0148""",
        app("Marc-André", "Bouchard-Reid", phone="+19025550148", bac="*", grad="2026-04", unknown=("not_career_change",), status="few_years_insurance_bsw_dalhousie", language="en"),
    )),
    # Feature: third_party — situation — he's interning at a nonprofit in DC through March
    N("third_party", "situation", "he's interning at a nonprofit in DC through March", M(
        "Laura Kingsley <laura.kingsley@example.com>", "Inquiry for my son, Nathan Kingsley", "13 12:02",
        """Hello,

I'm writing for my son Nathan, who finished his bachelor's in International Relations at American University in May. Right now he's interning at a nonprofit in DC through March, and then he plans to join me in Paris, where I've been posted.

He would love to work for a French nonprofit after that. His email is nathan.kingsley@example.com and his cell is +1 202 555 0136.

Thank you,
Laura Kingsley""",
        app("Nathan", "Kingsley", phone="+12025550136", bac="*", grad="2026-05", failing=("not_internship",), email="nathan.kingsley@example.com", forwarded_by="laura.kingsley@example.com", status="mother_son_interning_dc_through_march", language="en"),
    )),
    # Feature: third_party — graduation — completed his BSc in Computer Science at Kabul University in 2024
    # ambiguous: a year alone, 2024, is within two years or not depending on the month, which the caseworker does not give
    N("third_party", "graduation", "completed his BSc in Computer Science at Kabul University in 2024", M(
        "Hamid Sultani (Refugee Action Lyon) <h.sultani@refugeeaction.example.org>", "Referral: Mr Farhad Azimi", "14 10:55",
        """Dear colleagues,

I'm a support worker at a refugee-action project in Lyon, writing on behalf of Mr Farhad Azimi, who arrived last year. He completed his BSc in Computer Science at Kabul University in 2024, shortly before he had to leave the country.

He speaks good English and Dari and is learning French. He wants to work with an association, ideally helping other newcomers with digital skills. His phone is 07 69 24 15 80 and his email farhad.azimi@example.org.

Best regards,
Hamid Sultani""",
        app("Farhad", "Azimi", phone="+33769241580", bac="*", grad="2024", unknown=("graduation_recent",), email="farhad.azimi@example.org", forwarded_by="h.sultani@refugeeaction.example.org", status="caseworker_kabul_bsc_2024", language="en"),
    )),
]
