"""Englishes corpus, batch 06: an HND and a 2024 graduate in England, interning and AmeriCorps, an MBA being
pursued and an engineer turned manager, SIWES and results awaited, a service civique and a BTS, a mother
and a caseworker writing for someone, December finishers in Canada and Kenya, repeats in August."""
# ruff: noqa: E501

from __future__ import annotations

from englishes import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: uk — level — an HND in Health and Social Care
    N("uk", "level", "an HND in Health and Social Care", M(
        "Kirsty Pemberton <kirsty.pemberton@example.com>", "Pro'pulse - Kirsty Pemberton", "01 12:36",
        """Hello,

I'm 21 and from Stoke. I did an HND in Health and Social Care at Stoke-on-Trent College and finished it in June 2025. Since then I've been doing relief shifts at a day centre for adults with learning disabilities.

I'd really like a permanent job with a charity or a social enterprise, I'm moving to Rennes in January with my partner.

Thanks
Kirsty
07581 640258""",
        app("Kirsty", "Pemberton", phone="+447581640258", bac="*", grad="2025-06", status="b_hnd_health_social_care_stoke", language="en"),
    )),
    # Feature: uk — graduation — I've been out of uni since 2024
    # ambiguous: a year alone; a degree finished in 2024 is under two years old only if it was awarded from November on
    N("uk", "graduation", "I've been out of uni since 2024", M(
        "Oliver Ashworth-Bell <oliver.ashworthbell@example.org>", "application for the programme", "02 22:03",
        """Hi,

I've been out of uni since 2024 (BSc Environmental Science, University of Sussex, 2:2) and I've spent most of that time doing seasonal work and volunteering with a rewilding trust.

I'm keen to get into a co-op or a community energy project. I'm based in Grenoble for the moment.

Thanks for reading,
Ollie Ashworth-Bell
07788 251458""",
        app("Oliver", "Ashworth-Bell", phone="+447788251458", bac=3, grad="2024", unknown=("graduation_recent",), status="b_out_of_uni_since_2024", language="en"),
    )),
    # Feature: us — situation — I'm interning at a nonprofit in Chicago through next May
    N("us", "situation", "I'm interning at a nonprofit in Chicago through next May", M(
        "Marisol Castellanos <marisol.castellanos@example.com>", "Pro'pulse application!", "03 09:17",
        """Hi Pro'pulse team!

I graduated from DePaul in May (BA in Public Policy, minor in French) and right now I'm interning at a nonprofit in Chicago through next May - mostly grant writing and volunteer coordination.

My long-term plan is to move to Lyon and work in the social economy there, so I wanted to get on your radar early.

Thank you!
Marisol Castellanos
(312) 555-0958""",
        app("Marisol", "Castellanos", phone="+13125550958", bac="*", grad="2026-05", failing=("not_internship",), status="b_interning_nonprofit_chicago", language="en"),
    )),
    # Feature: us — situation — I'm serving with AmeriCorps VISTA until August
    # ambiguous: AmeriCorps is a US national service year, an analogue of the service civique, not the scheme itself
    N("us", "situation", "I'm serving with AmeriCorps VISTA until August", M(
        "Tyler Redcloud <tyler.redcloud@example.net>", "Interested in Pro'pulse", "04 19:45",
        """Hello,

My name is Tyler Redcloud. I earned my BS in Community Health from the University of New Mexico in December 2025, and I'm serving with AmeriCorps VISTA until August, building a volunteer program for a rural food pantry.

After my service year I'd like to move to France (my mom's family is from Bretagne) and keep working for nonprofits or co-ops.

Best regards,
Tyler Redcloud
505-555-0158""",
        app("Tyler", "Redcloud", phone="+15055550158", bac="*", grad="2025-12", unknown=("not_service_civique",), status="b_americorps_vista_until_august", language="en"),
    )),
    # Feature: india — studies_finished — I am pursuing MBA
    N("india", "studies_finished", "I am pursuing MBA", M(
        "Harshvardhan Sisodia <harsh.sisodia@example.org>", "Application for Pro'pulse programme - Harshvardhan Sisodia", "05 06:50",
        """Dear Sir/Madam,

Greetings of the day. I am Harshvardhan Sisodia from Udaipur. I did my BBA from Mohanlal Sukhadia University in 2024 and at present I am pursuing MBA (Rural Management) from IRMA, final semester, results expected June 2027.

I wish to work with a cooperative or social enterprise in France after completion. Kindly let me know if I may apply.

Thanks and regards,
Harshvardhan Sisodia
+91 94140 83358""",
        app("Harshvardhan", "Sisodia", phone="+919414083358", bac="*", grad=None, failing=("studies_finished",), status="b_pursuing_mba_irma", language="en"),
    )),
    # Feature: india — career_change — I am having 6 years experience in software testing
    N("india", "career_change", "I am having 6 years experience in software testing", M(
        "Sreelakshmi Nambiar <sreelakshmi.nambiar@example.com>", "Pro'pulse application - Sreelakshmi Nambiar", "06 13:21",
        """Dear Pro'pulse Team,

I am having 6 years experience in software testing with an IT services company in Kochi (B.Tech, 2017). In 2024 I left my job to do a master's in Social Entrepreneurship at TISS Mumbai, which I completed in April 2026.

I now wish to work in the social and solidarity economy in France, where my husband is posted. PFA my CV.

Regards,
Sreelakshmi Nambiar
+91 98470 61258""",
        app("Sreelakshmi", "Nambiar", phone="+919847061258", bac=5, grad="2026-04", failing=("not_career_change",), status="b_six_years_software_testing", info_in="both", language="en"),
        cv=CV("docx", "Sreelakshmi_Nambiar_CV.docx", """Sreelakshmi Nambiar
Education: MA Social Entrepreneurship, TISS Mumbai (2024-2026); B.Tech Computer Science, 2017
Work experience: Senior Test Engineer, IT services company, Kochi (2018-2024)
Languages: Malayalam, English, Hindi, French (A2)"""),
    )),
    # Feature: west_africa — situation — I am presently on SIWES
    N("west_africa", "situation", "I am presently on SIWES", M(
        "Chukwudi Anyanwu <chukwudi.anyanwu@example.com>", "APPLICATION", "07 10:08",
        """Good morning Sir/Ma,

I am a 400 level student of Cooperative Economics and Management at Nnamdi Azikiwe University, Awka. I am presently on SIWES (industrial attachment) with a microfinance cooperative in Lagos, which ends in February, after which I return for my final year.

I am very interested in Pro'pulse and in the cooperative movement in France.

Yours faithfully,
Chukwudi Anyanwu
0806 551 2058""",
        app("Chukwudi", "Anyanwu", phone="+2348065512058", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="b_presently_on_siwes_unizik", language="en"),
    )),
    # Feature: west_africa — studies_finished — I await my results
    # ambiguous: the final exams are written but the results are not out, so whether the HND is obtained is open
    N("west_africa", "studies_finished", "I await my results", M(
        "Efua Quansah <efua.quansah@example.org>", "Application - Pro'pulse", "08 16:27",
        """Dear Sir/Madam,

I wrote my final HND examinations in Marketing at Takoradi Technical University in August and I await my results, which the school says will be released in January.

During my studies I volunteered with a youth savings cooperative in Sekondi and I would like to work in that kind of organisation. I now live in Lille with my uncle.

Yours sincerely,
Efua Quansah
+233 24 418 7758""",
        app("Efua", "Quansah", phone="+233244187758", bac="*", grad=None, unknown=("studies_finished",), status="b_await_results_hnd_takoradi", language="en"),
    )),
    # Feature: expat_france — situation — I'm doing a service civique with Unis-Cité until June
    N("expat_france", "situation", "I'm doing a service civique with Unis-Cité until June", M(
        "Bronwyn Castellino <bronwyn.castellino@example.fr>", "Pro'pulse", "09 11:42",
        """Hi!

I'm Australian, I did a licence in sociology at Lyon 2 (finished 2025) and I'm doing a service civique with Unis-Cité until June, running workshops in primary schools.

I'd love to stay in the associative world afterwards - is it worth applying now?

Thanks heaps,
Bronwyn Castellino
07 68 42 91 58""",
        app("Bronwyn", "Castellino", phone="+33768429158", bac=3, grad="2025", failing=("not_service_civique",), status="b_service_civique_unis_cite_june", language="en"),
    )),
    # Feature: expat_france — level — I got my BTS last July
    N("expat_france", "level", "I got my BTS last July", M(
        "Declan Ferris-Moreau <declan.ferrismoreau@example.fr>", "application Pro'pulse", "10 20:55",
        """Hello,

My dad's French and my mum's from Belfast - I grew up in Northern Ireland and moved to Montpellier at 18. I got my BTS last July, in social and family economy, and I've worked a few months as a supply support worker since.

I'd like to find a steady job in an association or a social housing co-op. France Travail told me to write to you.

Cheers,
Declan Ferris-Moreau
06 29 83 17 58""",
        app("Declan", "Ferris-Moreau", phone="+33629831758", bac=2, grad="2026-07", status="b_bts_last_july_montpellier", language="en"),
    )),
    # Feature: third_party — aim — she wants to work for a charity
    N("third_party", "aim", "she wants to work for a charity", M(
        "Deirdre Mac Giolla <deirdre.macgiolla@example.com>", "My daughter Saoirse - Pro'pulse", "11 21:19",
        """Hello,

I hope you don't mind me writing on my daughter's behalf - she's a bit shy about these things. Saoirse Mac Giolla has just completed her honours degree in Social Care at TU Dublin (four years, results out in June) and she has moved to Toulouse to be with her boyfriend.

She wants to work for a charity or a community organisation, ideally with older people. Her email is saoirse.macgiolla@example.com and her mobile is +353 86 204 7158.

Many thanks,
Deirdre Mac Giolla""",
        app("Saoirse", "Mac Giolla", phone="+353862047158", bac="*", grad="2026-06", status="b_mother_saoirse_tu_dublin", email="saoirse.macgiolla@example.com", forwarded_by="deirdre.macgiolla@example.com", language="en"),
    )),
    # Feature: third_party — career_change — working full-time on a permanent contract
    # ambiguous: a permanent job held now, a survival job or a new career, is not said
    N("third_party", "career_change", "working full-time on a permanent contract", M(
        "Rebecca Hollins <r.hollins@refugee-support.example.org>", "Referral - Yonas Tesfamariam", "12 14:02",
        """Dear Pro'pulse,

I'm a caseworker at a refugee-support charity in Calais and I'm writing on behalf of Yonas Tesfamariam, who has refugee status and asked me to help him apply in English.

Yonas completed his MSc in Development Studies at Addis Ababa University in July 2025. Since arriving in France he has been working full-time on a permanent contract in a logistics warehouse. He would like to find a job in the social economy that uses his degree.

He can be reached at yonas.tesfamariam@example.net or 07 53 86 20 58.

Kind regards,
Rebecca Hollins
Casework team""",
        app("Yonas", "Tesfamariam", phone="+33753862058", bac=5, grad="2025-07", unknown=("not_career_change",), status="b_caseworker_calais_yonas", email="yonas.tesfamariam@example.net", forwarded_by="r.hollins@refugee-support.example.org", language="en"),
    )),
    # Feature: canada — graduation — I wrapped up my degree at UBC in December 2025
    N("canada", "graduation", "I wrapped up my degree at UBC in December 2025", M(
        "Noor Haddad-Lindqvist <noor.hl@example.com>", "Pro'pulse - application from Vancouver", "13 08:44",
        """Hello,

I wrapped up my degree at UBC in December 2025 (BA, Geography and First Nations Studies) - convocation wasn't until May, but I was done in December. Since then I've worked at a community land trust on a contract that just ended.

I'm moving to Paris in the new year and I'd love to keep working for not-for-profits. My CV is attached.

Thanks!
Noor Haddad-Lindqvist
+1 604 555 0858""",
        app("Noor", "Haddad-Lindqvist", phone="+16045550858", bac="*", grad="2025-12", status="b_wrapped_up_ubc_december", info_in="both", language="en"),
        cv=CV("odt", "Noor_HaddadLindqvist_CV.odt", """Noor Haddad-Lindqvist
Education: BA Geography and First Nations Studies, University of British Columbia, completed December 2025
Experience: Community engagement assistant, a community land trust, Vancouver (2026, fixed term)
Volunteer: Tenant rights clinic, 2023-2025"""),
    )),
    # Feature: scotland_ireland — studies_finished — I sat repeat exams in August and passed the lot
    N("scotland_ireland", "studies_finished", "I sat repeat exams in August and passed the lot", M(
        "Ciarán Mulrooney <ciaran.mulrooney@example.net>", "Pro'pulse application", "14 18:30",
        """Hi,

Final year at University of Galway didn't go fully to plan, but I sat repeat exams in August and passed the lot, so my BA (Hons) in Economic and Social Studies is finally done and dusted.

I'm living in Nantes now and I'd love a job with a co-op or a social enterprise, something to do with community energy.

Thanks,
Ciarán Mulrooney
+353 85 719 3058""",
        app("Ciarán", "Mulrooney", phone="+353857193058", bac="*", grad="2026-08", status="b_repeat_exams_august_galway", language="en"),
    )),
    # Feature: australia_nz — situation — doing a work placement through Workforce Australia
    # ambiguous: a job agency's «work placement» after the degree may be unpaid work experience or a job; not said
    N("australia_nz", "situation", "doing a work placement through Workforce Australia", M(
        "Jasmine Nguyen-Hartley <jas.nguyenhartley@example.com>", "Pro'pulse", "15 10:11",
        """Hey,

I finished my Bachelor of Social Science at Western Sydney Uni at the end of 2025. At the moment I'm doing a work placement through Workforce Australia with a refugee settlement service in Parramatta, a few days a week.

I'm planning to move to Bordeaux in March on a working holiday and I'd like to work in the for-purpose sector there.

Thanks,
Jasmine Nguyen-Hartley
0421 338 658""",
        app("Jasmine", "Nguyen-Hartley", phone="+61421338658", bac=3, grad="2025-12", unknown=("not_internship",), status="b_workforce_australia_placement", language="en"),
    )),
    # Feature: career_turn — career_change — this is my second career
    N("career_turn", "career_change", "this is my second career", M(
        "Desmond Achterberg <des.achterberg@example.org>", "Pro'pulse - a second career", "16 07:30",
        """Hello,

I'll be upfront: this is my second career. I spent twelve years as a chef in Cape Town and London, then retrained and graduated in July 2026 with a BA in Social Work from the Open University.

I'd love to work for a social enterprise that trains young people in catering.

Warm regards,
Desmond Achterberg
+44 7419 552858""",
        app("Desmond", "Achterberg", phone="+447419552858", bac=3, grad="2026-07", failing=("not_career_change",), status="b_second_career_chef", language="en"),
    )),
    # Feature: caribbean_asia — graduation — graduated cum laude last June
    N("caribbean_asia", "graduation", "graduated cum laude last June", M(
        "Patricia Dimaculangan <patricia.dimaculangan@example.com>", "Application for Pro'pulse", "17 12:58",
        """Good day!

I graduated cum laude last June with a BS in Social Work from the University of Santo Tomas. I already passed the board exam and did my OJT with a cooperative federation in Batangas in 2025.

My family is now in Paris and I would like to work in a cooperative or NGO here. Thank you so much for considering me.

Respectfully yours,
Patricia Dimaculangan
+63 917 825 4058""",
        app("Patricia", "Dimaculangan", phone="+639178254058", bac="*", grad="2026-06", status="b_cum_laude_ust_last_june", language="en"),
    )),
    # Feature: southern_africa — aim — a community-based organisation
    N("southern_africa", "aim", "a community-based organisation", M(
        "Mwende Musyoka <mwende.musyoka@example.net>", "Application for Pro'pulse", "18 09:05",
        """Dear Sir/Madam,

I graduated from Kenyatta University in December 2025 with a Bachelor of Arts in Community Development (Second Class Honours, Upper Division). I moved to Strasbourg in September on a spouse visa.

I would like to work for an NGO or a community-based organisation, as I did during my attachment with a women's table-banking group in Machakos.

Yours faithfully,
Mwende Musyoka
+254 722 610 458""",
        app("Mwende", "Musyoka", phone="+254722610458", bac="*", grad="2025-12", status="b_cbo_kenyatta_december", language="en"),
    )),
    # Feature: southern_africa — graduation — I graduated in 2022 from Midlands State University
    N("southern_africa", "graduation", "I graduated in 2022 from Midlands State University", M(
        "Tendai Mupfumira <tendai.mupfumira@example.com>", "PRO'PULSE APPLICATION - TENDAI MUPFUMIRA", "19 15:37",
        """Good afternoon

I graduated in 2022 from Midlands State University with a BSc Honours in Local Governance Studies. Since then I have worked with a rural development trust in Gweru and I recently moved to Lyon.

I am seeking employment in the social and solidarity economy.

Kind regards
Tendai Mupfumira
+263 77 340 9158""",
        app("Tendai", "Mupfumira", phone="+263773409158", bac="*", grad="2022", failing=("graduation_recent",), status="b_midlands_state_2022", language="en"),
    )),
    # Feature: canada — kind — on a PVT
    N("canada", "kind", "on a PVT", M(
        "Gabrielle Whitford <gabrielle.whitford@example.com>", "Eligibility question", "20 17:40",
        """Hi there,

Is Pro'pulse open to people who are in France on a PVT (working holiday visa)? I'm Canadian and I don't want to waste your time if it's only for residents.

Thanks a lot,
Gabrielle""",
        question("en"),
    )),
    # Feature: scotland_ireland — kind — Thursday morning would suit me grand
    N("scotland_ireland", "kind", "Thursday morning would suit me grand", M(
        "Ciarán Mulrooney <ciaran.mulrooney@example.net>", "Re: Pro'pulse - your application", "21 09:13",
        """Hi Léa,

Thursday morning would suit me grand. I'll bring my degree transcript.

Thanks,
Ciarán

> Hello Ciarán,
> Thank you for your application. Could you come to our Nantes office on Thursday morning?
> Léa, Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<b06.r1@animafac.net>", "References": "<b06.r1@animafac.net>"},
    )),
    # Feature: australia_nz — kind — travelling around the South Island
    N("australia_nz", "kind", "travelling around the South Island", M(
        "Georgia Whitlam <georgia.whitlam@example.net>", "Automatic reply: Pro'pulse information session", "22 03:22",
        """Hi, thanks for your email! I'm travelling around the South Island until 10 December with patchy reception. I'll get back to you when I'm home.

Georgia""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: career_turn — kind — Second Acts
    N("career_turn", "kind", "Second Acts", M(
        "Second Acts <news@secondacts.lists.example.org>", "Second Acts - stories of people who changed careers", "23 06:00",
        """Second Acts - November edition

This month: a former lawyer on retraining as a carpenter, five questions to ask before a career change, and our free webinar on moving into the social sector.

You're receiving this email because you subscribed at secondacts.example.org.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: caribbean_asia — kind — Delivery has failed
    N("caribbean_asia", "kind", "Delivery has failed", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Delivery Status Notification (Failure)", "24 13:48",
        """Delivery has failed to these recipients or groups:

kerriann.baptiste@example.com
The email address you entered couldn't be found.""",
        bounce("kerriann.baptiste@example.com"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; kerriann.baptiste@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: southern_africa — kind — list the Pro'pulse programme on our graduate portal
    N("southern_africa", "kind", "list the Pro'pulse programme on our graduate portal", M(
        "Careers Office <careers@wits-grad.example.org>", "Request: international opportunities listing", "25 10:30",
        """Dear Pro'pulse team,

Our graduate development office in Johannesburg would like to list the Pro'pulse programme on our graduate portal for alumni living in France. Could you send us a short description and the eligibility rules?

Kind regards,
Nomvula Sithole
Graduate Development Office""",
        other(),
    )),
]
