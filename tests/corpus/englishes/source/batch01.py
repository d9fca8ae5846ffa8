"""Englishes corpus, batch 01: every variety once or twice — a 2:1, a placement year, «I'm after finishing»,
a thesis defense, a co-op term, «passed out», NYSC, matric, a Cert IV, NS, a stage, a banker turned
graduate, a mother and a caseworker writing about someone."""
# ruff: noqa: E501

from __future__ import annotations

from englishes import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: uk — aim — something in the charity sector, ideally youth work
    N("uk", "aim", "something in the charity sector, ideally youth work", M(
        "Megan Halloway <megan.halloway@example.org>", "Pro'pulse application - Megan Halloway", "01 10:14",
        """Hi there,

I'm writing to apply for the Pro'pulse programme. I graduated from Sheffield Hallam in July with a 2:1 in Sociology, and I've been job hunting since the summer. What I'm after is something in the charity sector, ideally youth work - I volunteered with a youth club in Rotherham for most of uni and it's honestly the bit of my week I looked forward to most.

I moved to Lille in September because my partner got a job here, so I'm learning French as fast as I can!

Many thanks,
Megan Halloway
+44 7700 914 362""",
        app("Megan", "Halloway", phone="+447700914362", bac=3, grad="2026-07", status="charity_sector_youth_work_2_1_sheffield", language="en"),
    )),
    # Feature: uk — situation — I'm currently on my placement year
    N("uk", "situation", "I'm currently on my placement year", M(
        "Tom Ashworth <t.ashworth@example.com>", "Programme enquiry / application", "01 16:40",
        """Hello,

I'm currently on my placement year with a housing association in Manchester (it runs until next August), as part of my sandwich course in Business Management at Aston. After placement I go back for final year and should graduate in summer 2028.

I saw Pro'pulse mentioned by one of the tenants' groups I work with and I'd love to be involved. Is it something I can apply for now?

Cheers,
Tom Ashworth
07700 928 155""",
        app("Tom", "Ashworth", phone="+447700928155", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="placement_year_sandwich_aston", language="en"),
    )),
    # Feature: uk — kind — our graduate jobs fair for the voluntary sector
    N("uk", "kind", "our graduate jobs fair for the voluntary sector", M(
        "Midlands Voluntary Action Events <events@midlandsvoluntary.example.org>", "Stall invitation: Third Sector Careers Day, 19 January", "02 09:05",
        """Dear colleague,

We would be delighted if Pro'pulse could take a stall at our graduate jobs fair for the voluntary sector, which we run every January in Birmingham. Last year we welcomed 60 charities, CICs and housing associations and around 900 recent graduates.

A stall is free for organisations with fewer than 20 staff. Please let us know by 15 December if you would like one.

Kind regards,
Priya Sandhu
Events Coordinator""",
        other(),
    )),
    # Feature: scotland_ireland — studies_finished — I'm only after finishing my degree
    N("scotland_ireland", "studies_finished", "I'm only after finishing my degree", M(
        "Róisín Ní Bhriain <roisin.nibhriain@example.net>", "Application - Róisín Ní Bhriain", "02 11:27",
        """Hi,

I'm only after finishing my degree - a BA (Hons) in Social Care at TU Dublin, final results came out in October - and I'm hoping to get a start somewhere in the community and voluntary sector. I spent the last two summers working with a family resource centre in Tallaght.

I'm living with my aunt in Nantes for the year. Would I be able to join the programme?

Go raibh maith agat,
Róisín
+353 87 214 6630""",
        app("Róisín", "Ní Bhriain", phone="+353872146630", bac="*", grad="2026-10", status="only_after_finishing_tu_dublin", language="en"),
    )),
    # Feature: scotland_ireland — kind — four-year MA (Hons)
    N("scotland_ireland", "kind", "four-year MA (Hons)", M(
        "Fiona Drummond <f.drummond@careers.example.ac.uk>", "Eligibility question from a Scottish careers service", "02 14:03",
        """Good afternoon,

I'm a careers adviser at a university in Scotland and several of our students have asked me about your programme. Our undergraduate arts degree is a four-year MA (Hons), which confuses people outside Scotland - it is a first degree, not a postgraduate one. Would you treat it as equivalent to a licence or to a master's?

I'd also be grateful to know whether students who finish in June can apply before they graduate.

Best wishes,
Fiona Drummond
Careers Adviser""",
        question("en"),
    )),
    # Feature: us — studies_finished — my defense is scheduled for December 9
    # ambiguous: the thesis defense is still to come, so whether the master's is finished cannot be said yet
    N("us", "studies_finished", "my defense is scheduled for December 9", M(
        "Evan Sorensen <evan.sorensen@example.com>", "Pro'pulse - application", "03 08:52",
        """Hello Pro'pulse team,

My name is Evan Sorensen and I'm wrapping up my master's thesis in Public Policy at the University of Minnesota - my defense is scheduled for December 9, and all my coursework is done. Before grad school I did my bachelor's at Macalester and spent my summers at a food bank in St. Paul, mostly running volunteer shifts.

I'm moving to Paris in January with my partner and I'd like to keep working in the nonprofit world there. Pro'pulse sounds like exactly the bridge I need.

Thanks so much,
Evan
+1 612 555 0148""",
        app("Evan", "Sorensen", phone="+16125550148", bac="*", grad=None, unknown=("studies_finished",), status="thesis_defense_december_minnesota", language="en"),
    )),
    # Feature: us — kind — I'm out of the office through Thanksgiving
    N("us", "kind", "I'm out of the office through Thanksgiving", M(
        "Dana Kowalczyk <dana.k@youthworks.example.org>", "Automatic reply: Pro'pulse partner call", "03 15:01",
        """Hi,

Thanks for your email. I'm out of the office through Thanksgiving and will be back on Monday, November 30. For anything urgent about our youth employment program, please contact programs@youthworks.example.org.

Happy holidays,
Dana""",
        auto_reply(), headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: canada — situation — I wrapped up my last co-op term in August
    N("canada", "situation", "I wrapped up my last co-op term in August", M(
        "Émilie Tremblay-Grant <emilie.tgrant@example.net>", "Application for Pro'pulse", "04 10:20",
        """Hi,

I wrapped up my last co-op term in August (four months with a food security not-for-profit in Kitchener) and that was the end of my Honours BA in Global Studies at Laurier. Convocation was in October, my parents flew in and everything.

I'm now in Bordeaux on a working holiday visa and I'd really like to find a job with an association or a co-operative here. My French is solid, I grew up partly in Gatineau.

Thanks!
Émilie Tremblay-Grant
+1 519 555 0187""",
        app("Émilie", "Tremblay-Grant", phone="+15195550187", bac="*", grad="2026-08", status="last_coop_term_august_laurier", language="en"),
    )),
    # Feature: canada — kind — this month's not-for-profit careers roundup
    N("canada", "kind", "this month's not-for-profit careers roundup", M(
        "NP Careers Digest <digest@npcareers.example.org>", "November: this month's not-for-profit careers roundup", "04 12:00",
        """Hello from the team!

Here is this month's not-for-profit careers roundup:
- 42 new entry-level postings in Ontario and BC
- Webinar: writing a cover letter for a co-op or social enterprise
- Salary survey 2026: what program coordinators earn

You are receiving this because you subscribed at npcareers.example.org.
Unsubscribe: https://npcareers.example.org/unsubscribe""",
        newsletter(), headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: india — graduation — I passed out in 2022
    N("india", "graduation", "I passed out in 2022", M(
        "Karthik Subramanian <karthik.subramanian@example.com>", "Application for Pro'pulse programme - Karthik S", "05 07:45",
        """Respected Sir/Madam,

I am Karthik Subramanian from Coimbatore, presently staying in Toulouse with my brother. I passed out in 2022 from PSG College of Arts and Science with B.Com (CGPA 8.1) and I am having 3 years experience in accounts at a textile exporter.

Now I wish to work in NGO sector in France, preferably in finance of an association. Kindly consider my application. My CV is attached for your kind perusal.

Thanking you,
Karthik Subramanian
+91 98430 17265""",
        app("Karthik", "Subramanian", phone="+919843017265", bac=3, grad="2022", failing=("graduation_recent",), status="passed_out_2022_bcom_coimbatore", info_in="both", language="en"),
        cv=CV("pdf", "Karthik_Subramanian_CV.pdf", """Karthik Subramanian
Accounts Executive
B.Com, PSG College of Arts and Science, Coimbatore - 2019-2022, CGPA 8.1
Accounts Executive, Sri Lakshmi Textiles, Tiruppur - 2022 to 2025
Tally ERP, GST filing, MS Excel
Languages: Tamil, English, Hindi, French (A2)"""),
    )),
    # Feature: india — kind — Kindly find my answers below
    N("india", "kind", "Kindly find my answers below", M(
        "Sneha Kulkarni <sneha.kulkarni@example.org>", "Re: Your application to Pro'pulse", "05 13:18",
        """Dear Ma'am,

Kindly find my answers below.

> Could you tell us which month you received your degree?
My MSW convocation was held in May 2026, the results were declared in April.

> Are you available for an interview on Tuesday?
Yes, Tuesday is fine for me.

Regards,
Sneha""",
        reply(), headers={"In-Reply-To": "<a1.b2@animafac.net>", "References": "<a1.b2@animafac.net>"},
    )),
    # Feature: west_africa — situation — I'm currently serving in Enugu State
    # ambiguous: NYSC is Nigeria's compulsory civic year, a full-time civic service but not the French service civique: open until the coordinator decides how to treat it
    N("west_africa", "situation", "I'm currently serving in Enugu State", M(
        "Ngozi Okafor <ngozi.okafor@example.net>", "APPLICATION FOR PRO'PULSE PROGRAMME", "06 09:33",
        """Good morning,

I am Ngozi Okafor, a graduate of Sociology and Anthropology from the University of Nigeria, Nsukka, where I finished with Second Class Upper in 2025. I'm currently serving in Enugu State as a youth corper, posted to a community health NGO, and my service year ends in July.

My husband will be relocating to Lyon for his PhD and I would love to continue in development work with a French association. I speak English, Igbo and basic French.

Thank you for your consideration.
Ngozi Okafor
+234 803 412 7759""",
        app("Ngozi", "Okafor", phone="+2348034127759", bac="*", grad="2025", unknown=("not_service_civique",), status="currently_serving_nysc_enugu", language="en"),
    )),
    # Feature: west_africa — kind — Delivery to the following recipient failed permanently
    N("west_africa", "kind", "Delivery to the following recipient failed permanently", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Delivery Status Notification (Failure)", "06 09:40",
        """Delivery to the following recipient failed permanently:

     kwame.asante.gh@example.org

The recipient's mailbox does not exist. Please check the address and try again.""",
        bounce("kwame.asante.gh@example.org"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; kwame.asante.gh@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: southern_africa — level — I only have my matric
    N("southern_africa", "level", "I only have my matric", M(
        "Nokuthula Mabaso <nokuthula.mabaso@example.org>", "Pro'pulse", "07 12:11",
        """Hi,

I'm from Soweto and I came to Marseille last year to be with my mom. To be honest I only have my matric (2023) and a short course in community development I did online, but I worked two years at an after-school programme back home and I really love that kind of work.

Is there a chance for me on Pro'pulse? I'm looking for anything with an NPO or a community organisation.

Thanks
Nokuthula
+27 72 418 9063""",
        app("Nokuthula", "Mabaso", phone="+27724189063", bac=0, grad="2023", failing=("degree_level",), status="only_matric_soweto", language="en"),
    )),
    # Feature: southern_africa — studies_finished — I'm busy with my final year
    N("southern_africa", "studies_finished", "I'm busy with my final year", M(
        "Ruvimbo Chikwanha <ruvimbo.c@example.com>", "Interested in Pro'pulse", "07 18:46",
        """Good day,

I'm busy with my final year of a BSocSci at the University of Cape Town (majors in Social Development and Public Policy). Exams finish end of November and then I have my research report to submit in February.

My sister lives in Paris and I'm planning to join her once I'm done. I'd like to know if I can apply to Pro'pulse already.

Kind regards,
Ruvimbo Chikwanha
+27 82 550 3194""",
        app("Ruvimbo", "Chikwanha", phone="+27825503194", bac="*", grad=None, failing=("studies_finished",), status="busy_with_final_year_uct", language="en"),
    )),
    # Feature: australia_nz — level — a Cert IV in Community Services through TAFE NSW
    # ambiguous: a TAFE Certificate IV is a vocational certificate whose French level a coordinator cannot place (somewhere around a first year of higher education)
    N("australia_nz", "level", "a Cert IV in Community Services through TAFE NSW", M(
        "Jayden Whitlock <jayden.whitlock@example.net>", "g'day - applying for pro'pulse", "08 06:58",
        """G'day,

I finished a Cert IV in Community Services through TAFE NSW in June, then came over on a working holiday. I've been picking grapes in Burgundy for the vendanges and now I'm in Dijon looking for proper work.

I'd love a job with a community org or a not-for-profit - I did my TAFE prac with a youth refuge in Penrith and that's my thing.

Cheers,
Jayden
+61 412 736 208""",
        app("Jayden", "Whitlock", phone="+61412736208", bac="*", grad="2026-06", unknown=("degree_level",), status="cert_iv_tafe_nsw_working_holiday", language="en"),
    )),
    # Feature: australia_nz — aim — a role in the for-purpose sector
    N("australia_nz", "aim", "a role in the for-purpose sector", M(
        "Harriet Mackenzie-Lau <harriet.mlau@example.com>", "Application: Harriet Mackenzie-Lau", "08 20:15",
        """Hello,

I finished my Bachelor of Arts (Human Geography and French) at the University of Queensland in June and moved to Montpellier in September. I'm now looking for a role in the for-purpose sector - ideally environmental or community-based - and a friend told me Pro'pulse supports recent grads into exactly that.

I did a semester on exchange at Montpellier in 2024, so I know the city a little.

Thanks heaps,
Harriet Mackenzie-Lau
+61 438 205 917""",
        app("Harriet", "Mackenzie-Lau", phone="+61438205917", bac=3, grad="2026-06", status="for_purpose_sector_uq", language="en"),
    )),
    # Feature: caribbean_asia — situation — I'm currently serving my NS
    N("caribbean_asia", "situation", "I'm currently serving my NS", M(
        "Darren Goh Wei Jie <darren.goh.wj@example.org>", "Pro'pulse application (from Singapore)", "09 03:12",
        """Dear Pro'pulse team,

I'm currently serving my NS (ORD in February 2027) after graduating from Ngee Ann Poly with a Diploma in Community Development in 2025. My mother is French, from Rennes, and I will move there after ORD to start working.

I'm hoping to work in a social enterprise or a co-operative. During poly I did a 12-week internship at a social enterprise café for people with disabilities, which I really enjoyed.

Thank you,
Darren Goh
+65 9123 4478""",
        app("Darren", "Goh", phone="+6591234478", bac="*", grad="2025", status="serving_ns_ngee_ann_poly", language="en"),
    )),
    # Feature: caribbean_asia — graduation — graduated cum laude in 2023
    N("caribbean_asia", "graduation", "graduated cum laude in 2023", M(
        "Maria Clarissa Dizon <clarissa.dizon@example.net>", "Application - Social Work graduate", "09 11:40",
        """Good day po!

I am Maria Clarissa Dizon from Quezon City. I graduated cum laude in 2023 with a BS in Social Work from the University of Santo Tomas and passed the board exam the same year. Since then I worked as a case worker at a children's shelter in Manila.

I am now in Paris as an au pair and I would like to find work in an association for migrant families. Hoping for your positive response.

Maraming salamat,
Clarissa Dizon
+63 917 552 3308""",
        app("Maria Clarissa", "Dizon", phone="+639175523308", bac="*", grad="2023", failing=("graduation_recent",), status="cum_laude_2023_ust", language="en"),
    )),
    # Feature: expat_france — situation — my stage ends in March
    N("expat_france", "situation", "my stage ends in March", M(
        "Hannah Brennan <hannah.brennan@example.fr>", "application pro'pulse", "10 17:22",
        """Hi!

I'm British but I've lived in Grenoble for six years. I'm in my master 2 in Économie sociale et solidaire at UGA and my stage ends in March - I'm at a Scop that does energy retrofits, four days a week, with classes on Fridays.

Could I already sign up for Pro'pulse, so I have support for the job search in spring?

Thanks a lot,
Hannah
06 48 21 93 57""",
        app("Hannah", "Brennan", phone="+33648219357", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="master_2_stage_ends_march_grenoble", language="en"),
    )),
    # Feature: expat_france — graduation — finished my licence at Lyon 2 in 2024
    # ambiguous: a year alone, 2024, is two years ago or less depending on the month, which the writer does not give
    N("expat_france", "graduation", "finished my licence at Lyon 2 in 2024", M(
        "Samuel Okonjo-Price <sam.okonjoprice@example.org>", "Pro'pulse - Sam Okonjo-Price", "10 19:05",
        """Hello,

I'm from Bristol originally but I've been in France since my Erasmus year. I finished my licence at Lyon 2 in 2024 (sociology), and since then I've been doing bits of English teaching and tutoring.

France Travail says I should look at Pro'pulse because I want to work for an association - ideally something around housing or homelessness.

All the best,
Sam Okonjo-Price
07 81 54 26 90""",
        app("Samuel", "Okonjo-Price", phone="+33781542690", bac=3, grad="2024", unknown=("graduation_recent",), status="licence_lyon_2_2024", language="en"),
    )),
    # Feature: career_turn — career_change — transitioning into the social sector after ten years in banking
    N("career_turn", "career_change", "transitioning into the social sector after ten years in banking", M(
        "Rupert Oyelaran <rupert.oyelaran@example.com>", "Application - career changer", "11 08:30",
        """Dear Pro'pulse team,

I'm transitioning into the social sector after ten years in banking (mostly credit risk at a high street bank in London). Last year I took the plunge and did a one-year MSc in Social Innovation at LSE, which I completed in September.

I now live in Paris with my wife and two kids and I'm looking for a role in a social enterprise or an impact-led charity. I appreciate I'm not your typical applicant, but I'd be grateful for your consideration.

Best regards,
Rupert Oyelaran
+44 7911 402 385""",
        app("Rupert", "Oyelaran", phone="+447911402385", bac=5, grad="2026-09", failing=("not_career_change",), status="ten_years_banking_msc_lse", info_in="both", language="en"),
        cv=CV("docx", "Rupert_Oyelaran_CV.docx", """Rupert Oyelaran
MSc Social Innovation, London School of Economics, 2025-2026
BA Economics, University of Warwick, 2012
Credit Risk Manager, high street bank, London, 2016-2025
Credit Risk Analyst, same bank, 2013-2016
Trustee, a food bank in Lewisham, 2020-2025"""),
    )),
    # Feature: career_turn — career_change — I did bar work all through uni
    N("career_turn", "career_change", "I did bar work all through uni", M(
        "Lachlan Ferreira <lachie.ferreira@example.net>", "Pro'pulse application", "11 22:47",
        """Hey,

Bit about me: I finished my Bachelor of Social Science at Macquarie last December. I did bar work all through uni (three nights a week at a pub in Newtown) and then spent the first half of this year travelling around Europe before settling in Lyon, where my girlfriend is from.

I want to get into a not-for-profit doing refugee settlement or youth work. Happy to chat whenever suits.

Cheers,
Lachlan Ferreira
+61 423 918 604""",
        app("Lachlan", "Ferreira", phone="+61423918604", bac=3, grad="2025-12", status="bar_work_through_uni_macquarie", language="en"),
    )),
    # Feature: third_party — level — my son has just completed his HND in Business
    N("third_party", "level", "my son has just completed his HND in Business", M(
        "Morag Sinclair <morag.sinclair@example.org>", "Enquiry on behalf of my son, Callum", "12 19:30",
        """Dear Sir or Madam,

I hope you don't mind me writing. My son has just completed his HND in Business at Glasgow Clyde College (he finished in June) and he has moved to Toulouse, where his father lives. He is keen to work for a charity or a social enterprise, he volunteered with a food bank in Govan all through college.

He's a bit shy about writing himself, so I said I would get in touch. His email is callum.sinclair@example.org and his mobile is +44 7722 613 480.

With thanks,
Morag Sinclair""",
        app("Callum", "Sinclair", phone="+447722613480", bac="*", grad="2026-06", email="callum.sinclair@example.org", forwarded_by="morag.sinclair@example.org", status="son_just_completed_hnd_glasgow_clyde", language="en"),
    )),
    # Feature: third_party — aim — she would honestly take any job at this point
    # ambiguous: the caseworker says her client would take any job, so whether she is seeking work in the social economy is open
    N("third_party", "aim", "she would honestly take any job at this point", M(
        "Ellen Marsh <ellen.marsh@refugeesupport.example.org>", "Referral - Ms Amira Osman", "12 10:05",
        """Hello,

I'm a caseworker with a refugee-support charity in Calais and I'm writing on behalf of my client, Ms Amira Osman, who has asked me to help her apply. Amira holds a BSc in Economics from the University of Khartoum, awarded in 2025, and was granted protection in France in the spring.

She would honestly take any job at this point - she needs to support her younger brother - but she is very interested in the community work she has seen here. Her number is 07 53 18 40 62 and she reads English well; she does not have her own email yet, so please copy me.

Kind regards,
Ellen Marsh
Caseworker""",
        app("Amira", "Osman", phone="+33753184062", bac="*", grad="2025", unknown=("job_seeking_ess",), email=None, forwarded_by="ellen.marsh@refugeesupport.example.org", status="caseworker_any_job_khartoum", language="en"),
    )),
]
