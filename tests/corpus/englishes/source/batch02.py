"""Englishes corpus, batch 02: resits, a foundation degree, a PLC course, class of '25, AmeriCorps, a last
semester at Concordia, a backlog, a PLC, an OND, Ghana's national service, a learnership, capping in
Wellington, CAPE, a service civique, eight years in retail, a father and a careers service writing."""
# ruff: noqa: E501

from __future__ import annotations

from englishes import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: uk — studies_finished — I've got two resits in January
    # ambiguous: the degree depends on resits still to come, so whether the studies are over is not settled yet
    N("uk", "studies_finished", "I've got two resits in January", M(
        "Jasmine Kaur-Bell <jasmine.kaurbell@example.com>", "Pro'pulse - application from a Kent student", "13 09:10",
        """Hi,

I sat my finals at Kent in May (BA Social Policy) but I've got two resits in January after a rough term with my mum being ill. If I pass I get my degree at the spring award board.

I've moved to Lille to live with my partner and I'd really like a job with a charity or a housing co-op. I did two years volunteering with a street outreach team in Canterbury.

Thanks for reading,
Jasmine Kaur-Bell
+44 7480 226 913""",
        app("Jasmine", "Kaur-Bell", phone="+447480226913", bac="*", grad=None, unknown=("studies_finished",), status="resitting_two_modules_january_kent", language="en"),
    )),
    # Feature: uk — level — a foundation degree in Health and Social Care
    N("uk", "level", "a foundation degree in Health and Social Care", M(
        "Kelly-Ann Brewster <kellyann.brewster@example.net>", "application", "13 14:55",
        """Hiya,

I've got a foundation degree in Health and Social Care from Plymouth (finished July 2025) and I've been working as a support worker since, on a zero hours contract. Moved to Brittany in the spring with my fella who's French.

Would love to work for an association, care or disability ideally. Is Pro'pulse for people like me?

Ta,
Kelly-Ann
07 68 34 19 52""",
        app("Kelly-Ann", "Brewster", phone="+33768341952", bac="*", grad="2025-07", status="foundation_degree_plymouth_2025", language="en"),
    )),
    # Feature: scotland_ireland — level — a one-year PLC course in Community Development
    N("scotland_ireland", "level", "a one-year PLC course in Community Development", M(
        "Ciarán Ó Laoire <ciaran.olaoire@example.org>", "Pro'pulse", "14 11:02",
        """Hi there,

After my Leaving Cert I did a one-year PLC course in Community Development at a college of further education in Cork, and I finished it in May. I've been working in a café since and I'm after moving to Rennes with my girlfriend.

I'd love to get into community work over here, youth projects or anything with a GAA-style club feel to it. Let me know if I can apply.

Thanks a million,
Ciarán
+353 86 402 7715""",
        app("Ciarán", "Ó Laoire", phone="+353864027715", bac=1, grad="2026-05", failing=("degree_level",), status="one_year_plc_cork", language="en"),
    )),
    # Feature: scotland_ireland — graduation — I finished at Stirling in December 2024
    N("scotland_ireland", "graduation", "I finished at Stirling in December 2024", M(
        "Eilidh MacPherson <eilidh.macpherson@example.com>", "Application - Eilidh MacPherson", "14 16:38",
        """Hello,

I did a four-year MA (Hons) in Sociology and Social Policy - I finished at Stirling in December 2024 (I'd taken a semester out for health reasons) and graduated in the June ceremony after.

Since then I've been doing relief work for a homelessness charity in Edinburgh. I've now moved to Strasbourg and I'd like to keep working in the third sector.

All the best,
Eilidh MacPherson
+44 7835 119 640""",
        app("Eilidh", "MacPherson", phone="+447835119640", bac="*", grad="2024-12", status="finished_stirling_december_2024", language="en"),
    )),
    # Feature: us — graduation — class of '25
    N("us", "graduation", "class of '25", M(
        "Maya Rosenthal-Ortiz <maya.rosenthal@example.com>", "Pro'pulse application — Maya (Oberlin class of '25)", "15 10:12",
        """Hi Pro'pulse folks!

I'm Maya, Oberlin class of '25, BA in Environmental Studies with a minor in French. After commencement I spent a year doing canvassing and community organizing for a housing nonprofit in Cleveland, and I moved to Marseille in September.

I'm looking for work with a nonprofit or co-op here, ideally around climate or tenant organizing. Would love to talk!

Best,
Maya
+1 216 555 0193""",
        app("Maya", "Rosenthal-Ortiz", phone="+12165550193", bac="*", grad="2025", status="oberlin_class_of_25", language="en"),
    )),
    # Feature: us — situation — I'm serving with AmeriCorps through next August
    # ambiguous: AmeriCorps is a full-time US civic service held now, an analogue of the service civique but not the scheme
    N("us", "situation", "I'm serving with AmeriCorps through next August", M(
        "Devon Pruitt <devon.pruitt@example.org>", "Interested in Pro'pulse", "15 18:20",
        """Hello,

I graduated from UC Davis in June 2025 with a BA in Community and Regional Development. Right now I'm serving with AmeriCorps through next August, tutoring middle schoolers in Sacramento.

My grandmother lives in Nice and I plan to move there once my service year is over. I'd love to work at a nonprofit in France. Can I apply now or should I wait?

Thanks,
Devon Pruitt
+1 916 555 0172""",
        app("Devon", "Pruitt", phone="+19165550172", bac="*", grad="2025-06", unknown=("not_service_civique",), status="americorps_through_august_uc_davis", language="en"),
    )),
    # Feature: canada — studies_finished — I'm finishing up my last semester at Concordia
    N("canada", "studies_finished", "I'm finishing up my last semester at Concordia", M(
        "Owen Fairweather <owen.fairweather@example.net>", "pro'pulse application", "16 09:44",
        """Hey,

I'm finishing up my last semester at Concordia (BA in Human Relations, with a CEGEP DEC from Dawson before that). My final papers are due in mid-December and I should be graduating this spring.

I'm planning to move to Paris in January and I want to work in the not-for-profit sector, youth or community programs. Does Pro'pulse take people who are just about done?

Thanks,
Owen
+1 514 555 0126""",
        app("Owen", "Fairweather", phone="+15145550126", bac="*", grad=None, failing=("studies_finished",), status="last_semester_concordia", language="en"),
    )),
    # Feature: canada — aim — government, a non-profit, whatever comes up first
    # ambiguous: the writer puts government beside the not-for-profit sector, so an ESS aim is not settled
    N("canada", "aim", "government, a non-profit, whatever comes up first", M(
        "Nadia Haddad <nadia.haddad@example.com>", "Application", "16 20:05",
        """Hello,

I finished a two-year college diploma in Social Service Work at George Brown in April 2025 and worked as a residential counsellor in Toronto until I moved to Lyon this summer.

I'm looking for work in social services here - government, a non-profit, whatever comes up first, honestly. I speak French and Arabic as well as English.

Thank you,
Nadia Haddad
07 49 62 80 17""",
        app("Nadia", "Haddad", phone="+33749628017", bac="*", grad="2025-04", unknown=("job_seeking_ess",), status="government_or_nonprofit_george_brown", language="en"),
    )),
    # Feature: india — studies_finished — I am having one backlog in Semester 6
    # ambiguous: a backlog is an exam still to clear, so the BBA is not yet awarded and the studies may or may not be over after December
    N("india", "studies_finished", "I am having one backlog in Semester 6", M(
        "Rohan Deshpande <rohan.deshpande@example.org>", "Application for Pro'pulse - Rohan Deshpande", "17 08:15",
        """Dear Sir/Madam,

I am Rohan Deshpande from Nagpur. I have completed my BBA coursework from Nagpur University this year, but I am having one backlog in Semester 6 (Business Law) which I will clear in the December exam.

Presently I am staying with my uncle in Paris and I want to work with a social enterprise or NGO in the field of livelihoods. Kindly let me know if I am eligible.

Thanks and regards,
Rohan Deshpande
+91 98220 45186""",
        app("Rohan", "Deshpande", phone="+919822045186", bac="*", grad=None, unknown=("studies_finished",), status="one_backlog_semester_6_nagpur", language="en"),
    )),
    # Feature: india — situation — presently doing my internship at an NGO in Pune
    N("india", "situation", "presently doing my internship at an NGO in Pune", M(
        "Ananya Iyer <ananya.iyer@example.com>", "Application - MSW graduate", "17 12:30",
        """Respected Madam/Sir,

I completed my MSW from Tata Institute of Social Sciences in May 2026 and I am presently doing my internship at an NGO in Pune (women's livelihoods), which will be completed by end of February.

After that I will be joining my husband in Grenoble and I wish to pursue a career in the social and solidarity sector there. Kindly find my resume attached.

Warm regards,
Ananya Iyer
+91 99230 61847""",
        app("Ananya", "Iyer", phone="+919923061847", bac=5, grad="2026-05", failing=("not_internship",), status="presently_internship_ngo_pune", info_in="both", language="en"),
        cv=CV("pdf", "Ananya_Iyer_Resume.pdf", """Ananya Iyer
MSW (Livelihoods and Social Entrepreneurship), TISS Mumbai, 2024-2026
BA Sociology, Fergusson College, Pune, 2021-2024
Intern, women's livelihoods NGO, Pune, September 2026 - February 2027 (ongoing)
Field work: self-help groups, Marathwada
Languages: Marathi, Hindi, English, Tamil"""),
    )),
    # Feature: west_africa — level — an OND in Business Administration from Yaba College of Technology
    # ambiguous: an OND is a national diploma whose French level (one or two years after secondary) a coordinator cannot settle without knowing the course
    N("west_africa", "level", "an OND in Business Administration from Yaba College of Technology", M(
        "Ifeoluwa Adebayo <ifeoluwa.adebayo@example.net>", "Application for Pro'pulse", "18 10:48",
        """Dear Sir/Ma,

I hold an OND in Business Administration from Yaba College of Technology, which I obtained in 2025. I did my industrial attachment with a microfinance cooperative in Ikeja and it gave me a passion for cooperatives.

I relocated to Paris in June with my family. I am seeking an opportunity to work in a cooperative or a social enterprise. I will be grateful for your consideration.

Yours faithfully,
Ifeoluwa Adebayo
+234 816 390 2247""",
        app("Ifeoluwa", "Adebayo", phone="+2348163902247", bac="*", grad="2025", unknown=("degree_level",), status="ond_yabatech_2025", language="en"),
    )),
    # Feature: west_africa — situation — I completed my national service in September
    N("west_africa", "situation", "I completed my national service in September", M(
        "Kofi Mensah-Bonsu <kofi.mensahbonsu@example.com>", "Pro'pulse application - Kofi Mensah-Bonsu", "18 15:16",
        """Hello,

I graduated from the University of Ghana, Legon with a BA in Economics and Geography in 2025 and I completed my national service in September, at the district assembly in Ho.

I have now joined my brother in Lille and I would like to work with an association or a cooperative in agriculture or microfinance. Thank you for reading my mail.

Best regards,
Kofi Mensah-Bonsu
+233 24 418 6652""",
        app("Kofi", "Mensah-Bonsu", phone="+233244186652", bac="*", grad="2025", status="completed_national_service_legon", language="en"),
    )),
    # Feature: southern_africa — career_change — my contract as a teller ended in October
    N("southern_africa", "career_change", "my contract as a teller ended in October", M(
        "Wanjiru Kamau <wanjiru.kamau@example.org>", "Application to Pro'pulse", "19 09:25",
        """Hello,

I completed my Bachelor of Commerce at the University of Nairobi in December 2025, after my attachment at a SACCO in Thika. I then got a short contract at a bank in Nairobi - my contract as a teller ended in October and I have joined my fiancé in Montpellier.

I'm hoping to work with a cooperative or a microfinance association here. I speak English, Swahili and Kikuyu, and I'm taking French classes.

Kind regards,
Wanjiru Kamau
+254 722 418 590""",
        app("Wanjiru", "Kamau", phone="+254722418590", bac="*", grad="2025-12", status="teller_contract_ended_nairobi", language="en"),
    )),
    # Feature: southern_africa — kind — NPO Pulse, our monthly update
    N("southern_africa", "kind", "NPO Pulse, our monthly update", M(
        "NPO Pulse <news@npo-pulse.example.org>", "NPO Pulse, our monthly update - November 2026", "19 06:00",
        """Sawubona!

Welcome to NPO Pulse, our monthly update for community organisations across Gauteng and KwaZulu-Natal.
- Funding window: youth learnerships for 2027 open on 1 December
- How to register an NPC: a step-by-step guide
- Job board: 18 new posts, from field officer to fundraising coordinator

Unsubscribe at any time: https://npo-pulse.example.org/unsubscribe""",
        newsletter(), headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: australia_nz — graduation — I finished my BA at Victoria University of Wellington in November 2024
    N("australia_nz", "graduation", "I finished my BA at Victoria University of Wellington in November 2024", M(
        "Aroha Tipene <aroha.tipene@example.net>", "Kia ora - Pro'pulse application", "20 07:35",
        """Kia ora,

I finished my BA at Victoria University of Wellington in November 2024 (Māori Studies and Sociology) - my capping was in May 2025, which is when my whānau came down. Since then I've been on my OE, working in a bar in London and now in Bordeaux.

I'd love to get a job in a community organisation or a charity here. I've done a lot of volunteering with a marae-based youth programme.

Ngā mihi,
Aroha Tipene
+64 21 408 3317""",
        app("Aroha", "Tipene", phone="+64214083317", bac=3, grad="2024-11", status="finished_vuw_november_2024_capping_may", language="en"),
    )),
    # Feature: australia_nz — kind — on a working holiday visa
    N("australia_nz", "kind", "on a working holiday visa", M(
        "Bec Hollings <bec.hollings@example.com>", "Quick question about eligibility", "20 11:05",
        """Hi!

Quick one: can people who are in France on a working holiday visa join Pro'pulse, or do you need a longer-term residence permit? A few of us Aussies here in Lyon are wondering.

Thanks heaps,
Bec""",
        question("en"),
    )),
    # Feature: caribbean_asia — level — I have my CSEC and CAPE
    N("caribbean_asia", "level", "I have my CSEC and CAPE", M(
        "Shanique Campbell <shanique.campbell@example.org>", "Application for the programme", "21 13:50",
        """Good afternoon,

My name is Shanique Campbell, from Spanish Town, Jamaica. I have my CSEC and CAPE (Sociology, Caribbean Studies, Communication Studies) from St Jago High and I started at UWI but I had to stop after first year for money reasons.

I am now living in Paris with my aunt and I want to work with a youth organisation or a church charity. I am a hard worker and I can start immediately.

Respectfully,
Shanique Campbell
+1 876 555 0139""",
        app("Shanique", "Campbell", phone="+18765550139", bac=0, grad=None, failing=("degree_level",), status="csec_and_cape_spanish_town", language="en"),
    )),
    # Feature: caribbean_asia — kind — I am currently on leave
    N("caribbean_asia", "kind", "I am currently on leave", M(
        "Lim Siew Ling <siewling.lim@socent-hub.example.org>", "Automatic reply: Pro'pulse x social enterprise hub", "21 02:14",
        """Hello,

Thank you for your email. I am currently on leave and will return on 2 December. For urgent matters, please write to hello@socent-hub.example.org.

Best regards,
Siew Ling
Social Enterprise Hub, Kuala Lumpur""",
        auto_reply(), headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: expat_france — situation — I'm doing a service civique with a youth-work association until June
    N("expat_france", "situation", "I'm doing a service civique with a youth-work association until June", M(
        "Oliver Pennington <oliver.pennington@example.fr>", "candidature / application", "22 10:00",
        """Bonjour / hello,

I'm English, from Liverpool, and I finished my BA in French and Politics at Liverpool in 2025. Since October I'm doing a service civique with a youth-work association until June, running workshops in secondary schools in Roubaix.

After that I'd like to stay in France and work for an association, so I'm hoping Pro'pulse could help me get there.

Cheers,
Oliver Pennington
07 62 91 35 08""",
        app("Oliver", "Pennington", phone="+33762913508", bac=3, grad="2025", failing=("not_service_civique",), status="service_civique_unis_cite_until_june", language="en"),
    )),
    # Feature: expat_france — kind — the jury was in October
    N("expat_france", "kind", "the jury was in October", M(
        "Grace Whitfield <grace.whitfield@example.fr>", "Re: Pro'pulse - a question about your diploma", "22 16:27",
        """Hi,

Sorry for the slow reply!

> Could you confirm the date your master 2 was awarded?
Yes - the jury was in October, so it's official as of 14 October 2026. I can send the attestation de réussite if that helps.

Thanks,
Grace""",
        reply(), headers={"In-Reply-To": "<c3.d4@animafac.net>", "References": "<c3.d4@animafac.net>"},
    )),
    # Feature: career_turn — career_change — eight years managing a store for a big-box retailer
    N("career_turn", "career_change", "eight years managing a store for a big-box retailer", M(
        "Tanisha Brooks <tanisha.brooks@example.com>", "Pro'pulse application - Tanisha Brooks", "23 09:18",
        """Hello,

After eight years managing a store for a big-box retailer in Atlanta, I went back to school and earned my bachelor's in social work from Georgia State in May. Switching careers at 31 was scary but it was the best decision I ever made.

My husband's job brought us to Toulouse and I'd love to work in a nonprofit serving families. I'd bring a lot of management experience with me.

Warmly,
Tanisha Brooks
+1 404 555 0165""",
        app("Tanisha", "Brooks", phone="+14045550165", bac="*", grad="2026-05", failing=("not_career_change",), status="eight_years_retail_bsw_georgia_state", language="en"),
    )),
    # Feature: career_turn — kind — Undeliverable
    N("career_turn", "kind", "Undeliverable", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undeliverable: Your application to Pro'pulse", "23 09:30",
        """Your message couldn't be delivered to pivot.to.purpose@example.com because the address couldn't be found or is unable to receive mail.

Undeliverable. Please check the recipient's address for typos.""",
        bounce("pivot.to.purpose@example.com"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; pivot.to.purpose@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: third_party — aim — CSR roles in large corporates
    N("third_party", "aim", "CSR roles in large corporates", M(
        "Suresh Venkataraman <suresh.venkataraman@example.com>", "Regarding my daughter's application", "24 18:02",
        """Dear Sir/Madam,

I am writing regarding my daughter Priyanka Venkataraman, who completed her B.Tech in Environmental Engineering from VIT Vellore in 2025. She has come to Paris on a talent visa with me and is presently seeking CSR roles in large corporates, especially in sustainability reporting.

Kindly advise if your programme can support her. Her mail ID is priyanka.venkat@example.com and her mobile is 06 17 48 29 53.

With warm regards,
Suresh Venkataraman""",
        app("Priyanka", "Venkataraman", phone="+33617482953", bac="*", grad="2025", failing=("job_seeking_ess",), email="priyanka.venkat@example.com", forwarded_by="suresh.venkataraman@example.com", status="father_csr_corporates_vit", language="en"),
    )),
    # Feature: third_party — career_change — a year as a paralegal after her LLB
    N("third_party", "career_change", "a year as a paralegal after her LLB", M(
        "Careers and Employability Service <careers@uni-careers.example.ac.uk>", "Introducing one of our graduates - Zainab Hussain", "24 11:40",
        """Dear Pro'pulse team,

I'm writing from our university's Careers and Employability Service on behalf of Zainab Hussain, a graduate we've been supporting. Zainab spent a year as a paralegal after her LLB (2024) and then completed our LLM in Human Rights Law this September.

She has moved to Paris and is looking for a role with an NGO or a charity working on migrants' rights. She has asked us to introduce her; you can reach her on zainab.hussain@example.net or +44 7954 308 126.

Best wishes,
Gemma Rowntree
Careers Consultant""",
        app("Zainab", "Hussain", phone="+447954308126", bac=5, grad="2026-09", email="zainab.hussain@example.net", forwarded_by="careers@uni-careers.example.ac.uk", status="careers_service_paralegal_year_llm", language="en"),
    )),
    # Feature: third_party — kind — an information sheet for the English-speaking families we support
    N("third_party", "kind", "an information sheet for the English-speaking families we support", M(
        "Welcome Centre Calais <contact@welcome-centre.example.org>", "Could you send us an English leaflet?", "25 14:12",
        """Hello,

We are a small welcome centre for refugees and we regularly meet young graduates from Sudan, Eritrea, Nigeria and Afghanistan who speak English better than French. Would you have an information sheet for the English-speaking families we support, or could we translate yours ourselves?

Thank you for your work,
The Welcome Centre team""",
        other(),
    )),
]
