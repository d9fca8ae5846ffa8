"""Englishes corpus, batch 07: a PLC course and a Scot not fussy, a technical DEC and years of co-op, a final
year and a Higher Certificate, a sparky retraining and an Otago honours year, a Malaysian 2024 and a bank's
CSR team, credits short and an associate degree, a backlog, NYSC done, a stage over, A-levels for a son."""
# ruff: noqa: E501

from __future__ import annotations

from englishes import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: scotland_ireland — level — a PLC course in Healthcare Support (QQI Level 5)
    N("scotland_ireland", "level", "a PLC course in Healthcare Support (QQI Level 5)", M(
        "Shauna Breathnach <shauna.breathnach@example.com>", "application", "01 19:26",
        """Hi there,

I did my Leaving Cert in 2024 and then a PLC course in Healthcare Support (QQI Level 5) at Ballyfermot, which I finished in May 2025. I've been working as a carer since.

I'm moving over to Brest with my fella in the spring and I'd love to work for a charity there, anything with older people.

Thanks a million,
Shauna
+353 83 906 2158""",
        app("Shauna", "Breathnach", phone="+353839062158", bac=1, grad="2025-05", failing=("degree_level",), status="b_plc_qqi_level5_ballyfermot", language="en"),
    )),
    # Feature: scotland_ireland — aim — I'm not fussy, any job at all to start with
    # ambiguous: charities are mentioned as a past, «any job at all» leaves the aim open
    N("scotland_ireland", "aim", "I'm not fussy, any job at all to start with", M(
        "Euan Macaskill <euan.macaskill@example.org>", "Pro'pulse application - Euan Macaskill", "02 10:40",
        """Hello,

I graduated from Aberdeen in June with an MA (Hons) in Geography - four years, the Scottish way. I volunteered with a mountain bothy charity through uni.

I've just moved to Annecy and to be honest I'm not fussy, any job at all to start with - my French needs work and I need to pay rent.

All the best,
Euan Macaskill
07863 725058""",
        app("Euan", "Macaskill", phone="+447863725058", bac="*", grad="2026-06", unknown=("job_seeking_ess",), status="b_not_fussy_aberdeen", language="en"),
    )),
    # Feature: canada — level — a three-year DEC in Social Service at Dawson
    # ambiguous: a Quebec technical DEC follows Secondary V (grade 11); whether it reaches bac+2 is debatable
    N("canada", "level", "a three-year DEC in Social Service at Dawson", M(
        "Liam O'Shaughnessy-Tremblay <liam.ost@example.com>", "Pro'pulse - application", "03 14:15",
        """Hi,

I'm an anglo from Montréal. I did a three-year DEC in Social Service at Dawson (CEGEP), graduated in May 2025, and I've been working in a youth shelter since.

I'd love to work in France in a community organization or a co-op. My partner just got a job in Lille.

Thanks,
Liam O'Shaughnessy-Tremblay
514-555-0258""",
        app("Liam", "O'Shaughnessy-Tremblay", phone="+15145550258", bac="*", grad="2025-05", unknown=("degree_level",), status="b_dec_social_service_dawson", language="en"),
    )),
    # Feature: canada — graduation — I graduated from Waterloo in 2022
    N("canada", "graduation", "I graduated from Waterloo in 2022", M(
        "Harpreet Gill-Ramsay <harpreet.gillramsay@example.net>", "Pro'pulse", "04 08:02",
        """Hello Pro'pulse team,

I graduated from Waterloo in 2022 (BES, Environment and Business, with five co-op terms). I've since worked for a regional food hub in Ontario and I'm relocating to Nantes.

I'd like to stay in the not-for-profit world.

Regards,
Harpreet Gill-Ramsay
+1 519 555 0758""",
        app("Harpreet", "Gill-Ramsay", phone="+15195550758", bac="*", grad="2022", failing=("graduation_recent",), status="b_waterloo_2022_coop", language="en"),
    )),
    # Feature: southern_africa — studies_finished — I'm busy with my final year
    N("southern_africa", "studies_finished", "I'm busy with my final year", M(
        "Kagiso Mokoena <kagiso.mokoena@example.com>", "Application: Pro'pulse", "05 12:44",
        """Hi

I'm busy with my final year of a BSocSc in Social Development at UCT - exams finish in mid-December and I graduate next year.

I want to work for an NPO or a social enterprise, and my fiancée is French, so we're moving to Marseille in January.

Regards
Kagiso Mokoena
+27 61 447 2858""",
        app("Kagiso", "Mokoena", phone="+27614472858", bac="*", grad=None, failing=("studies_finished",), status="b_busy_final_year_uct", language="en"),
    )),
    # Feature: southern_africa — level — a Higher Certificate in Community Development (NQF 5)
    # ambiguous: an NQF 5 higher certificate is a one-year qualification of unclear French level
    N("southern_africa", "level", "a Higher Certificate in Community Development (NQF 5)", M(
        "Thandeka Zwane <thandeka.zwane@example.org>", "Pro'pulse application", "06 17:09",
        """Good evening

I completed a Higher Certificate in Community Development (NQF 5) at UNISA in 2025 and I have worked as a volunteer coordinator for a soup kitchen in Soweto.

I'd like a job in an NGO or a cooperative in France, where my brother lives.

Kind regards
Thandeka Zwane
+27 79 258 6158""",
        app("Thandeka", "Zwane", phone="+27792586158", bac="*", grad="2025", unknown=("degree_level",), status="b_higher_certificate_nqf5_unisa", language="en"),
    )),
    # Feature: australia_nz — career_change — retraining after eight years as a sparky
    N("australia_nz", "career_change", "retraining after eight years as a sparky", M(
        "Brodie Kealoha-Smith <brodie.ks@example.com>", "Pro'pulse", "07 21:33",
        """G'day,

I'm retraining after eight years as a sparky on construction sites in Perth. I finished a Graduate Diploma in Community Development at Curtin in June this year and I'm in Toulouse now with my wife.

I'd like to get into the for-purpose sector, ideally community energy.

Cheers,
Brodie Kealoha-Smith
+61 438 912 058""",
        app("Brodie", "Kealoha-Smith", phone="+61438912058", bac="*", grad="2026-06", failing=("not_career_change",), status="b_retraining_sparky_curtin", language="en"),
    )),
    # Feature: australia_nz — graduation — I finished my honours year at Otago in November 2025
    N("australia_nz", "graduation", "I finished my honours year at Otago in November 2025", M(
        "Aroha Whaanga <aroha.whaanga@example.net>", "Pro'pulse application - Aroha Whaanga", "08 09:51",
        """Kia ora koutou,

I finished my honours year at Otago in November 2025 (BA Hons in Sociology, first class), after a three-year BA. Since February I've been living in Paris on a working holiday visa.

I'd love to work for a social enterprise or a community organisation. CV attached.

Ngā mihi nui,
Aroha Whaanga
+64 21 448 3058""",
        app("Aroha", "Whaanga", phone="+64214483058", bac=4, grad="2025-11", status="b_honours_year_otago_nov2025", info_in="both", language="en"),
        cv=CV("pdf", "Aroha_Whaanga_CV.pdf", """Aroha Whaanga
Education: BA (Hons) Sociology, University of Otago, completed November 2025; BA Sociology and Maori Studies, 2022-2024
Experience: Research assistant (casual), 2024-2025; Youth mentor, a Dunedin marae, 2021-2025
Languages: English, te reo Maori, French (B1)"""),
    )),
    # Feature: caribbean_asia — graduation — I completed my degree in 2024
    # ambiguous: a year alone; a 2024 degree is under two years old only if it was completed from November on
    N("caribbean_asia", "graduation", "I completed my degree in 2024", M(
        "Nurul Aisyah Hamzah <nurul.hamzah@example.com>", "Application for Pro'pulse", "09 13:36",
        """Dear Pro'pulse team,

I completed my degree in 2024 (Bachelor of Social Science, Universiti Malaya) and had my convocation in 2025. I have been working with a refugee learning centre in Kuala Lumpur and have now joined my husband in Lyon.

I hope to work with an NGO or social enterprise. Thank you for your kind consideration.

Best regards,
Nurul Aisyah Hamzah
+60 12 336 9458""",
        app("Nurul Aisyah", "Hamzah", phone="+60123369458", bac="*", grad="2024", unknown=("graduation_recent",), status="b_completed_degree_2024_um", language="en"),
    )),
    # Feature: caribbean_asia — aim — the CSR department of a bank
    N("caribbean_asia", "aim", "the CSR department of a bank", M(
        "Kelvin Cheung Ho-yin <kelvin.cheung.hy@example.org>", "Pro'pulse application - Kelvin Cheung", "10 11:20",
        """Dear Sir/Madam,

I graduated from the University of Hong Kong in July 2025 with a BSocSc in Government and Laws. I'm now in Paris and my goal is to join the CSR department of a bank or a large corporate, where I could manage community investment programmes.

I understand Pro'pulse supports young graduates - I would be grateful for your guidance.

Yours faithfully,
Kelvin Cheung
+852 9123 7558""",
        app("Kelvin", "Cheung", phone="+85291237558", bac="*", grad="2025-07", failing=("job_seeking_ess",), status="b_csr_department_bank_hku", language="en"),
    )),
    # Feature: career_turn — career_change — freelancing in events for a few years
    # ambiguous: events work «for a few years» around a part-time degree may be student jobs or a trade
    N("career_turn", "career_change", "freelancing in events for a few years", M(
        "Imogen Salter <imogen.salter@example.com>", "Pro'pulse - Imogen Salter", "11 16:48",
        """Hi,

I'm pivoting into the social economy. I was freelancing in events for a few years while I did my degree part-time with the Open University (BA Politics, Philosophy and Economics, finished in June 2026).

I'd love to work in a co-op or a community interest company.

Best,
Imogen Salter
07309 884158""",
        app("Imogen", "Salter", phone="+447309884158", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_freelancing_events_ou", language="en"),
    )),
    # Feature: career_turn — career_change — a gap year and Saturday shifts at Tesco all through uni
    N("career_turn", "career_change", "a gap year and Saturday shifts at Tesco all through uni", M(
        "Rhys Vaughan-Lloyd <rhys.vaughanlloyd@example.net>", "Pro'pulse application", "12 10:03",
        """Hello,

Before you ask - no, I'm not changing careers! The only work I've done is a gap year and Saturday shifts at Tesco all through uni. I graduated from Cardiff in July 2026 with a 2:1 in Welsh and Social Policy.

I'd like to work in a co-operative or a community interest company, ideally around language and culture.

Diolch,
Rhys Vaughan-Lloyd
07487 126358""",
        app("Rhys", "Vaughan-Lloyd", phone="+447487126358", bac=3, grad="2026-07", status="b_gap_year_tesco_cardiff", language="en"),
    )),
    # Feature: us — studies_finished — I'm three credits short
    N("us", "studies_finished", "I'm three credits short", M(
        "Brianna Kowalski <brianna.kowalski@example.com>", "pro'pulse application", "13 22:17",
        """Hi!!

So I walked at commencement in May, but I'm three credits short of my BA in Psychology at Ohio State, so I'm taking an online class this fall to finish up. It ends mid-December.

After that I want to find a job with a nonprofit in France - I'm in Lyon as an au pair right now.

Thanks!
Brianna Kowalski
614-555-0958""",
        app("Brianna", "Kowalski", phone="+16145550958", bac="*", grad=None, failing=("studies_finished",), status="b_three_credits_short_osu", language="en"),
    )),
    # Feature: us — level — an associate degree from Portland Community College
    N("us", "level", "an associate degree from Portland Community College", M(
        "DeShawn Whitaker <deshawn.whitaker@example.net>", "Pro'pulse", "14 15:29",
        """Hello,

I earned an associate degree from Portland Community College in June 2025 (Human Services) and I've been working at a nonprofit tenant-rights hotline since.

I'm moving to Paris in January to join my partner and I want to keep working in the nonprofit world or a co-op.

Best,
DeShawn Whitaker
503-555-0358""",
        app("DeShawn", "Whitaker", phone="+15035550358", bac="*", grad="2025-06", status="b_associate_degree_pcc", language="en"),
    )),
    # Feature: uk — aim — stay in the charity sector
    N("uk", "aim", "stay in the charity sector", M(
        "Poppy Hargreaves <poppy.hargreaves@example.org>", "Pro'pulse - Poppy Hargreaves", "15 11:57",
        """Hello,

I finished a foundation degree in Youth and Community Work at the University of Derby in July 2025. I did my work placements at a youth club and a young carers' project, both finished.

I'd really like to stay in the charity sector when I move to Lyon - my boyfriend has a job there from January.

Thank you,
Poppy Hargreaves
07552 340958""",
        app("Poppy", "Hargreaves", phone="+447552340958", bac="*", grad="2025-07", status="b_charity_sector_foundation_derby", language="en"),
    )),
    # Feature: india — studies_finished — I have one backlog in Financial Accounting
    # ambiguous: the course is over but a failed paper is to clear in December; whether the B.Com is obtained is open
    N("india", "studies_finished", "I have one backlog in Financial Accounting", M(
        "Mohammed Faizan Qureshi <faizan.qureshi@example.com>", "Application for Pro'pulse", "16 07:42",
        """Respected Sir/Madam,

I completed my final year B.Com at Osmania University this year. I have one backlog in Financial Accounting which I will clear in the December supplementary exam, after which I will get my degree certificate.

I am interested to work in a cooperative or NGO in France, where my brother is settled. Kindly guide me.

Regards,
Mohammed Faizan Qureshi
+91 90003 71458""",
        app("Mohammed Faizan", "Qureshi", phone="+919000371458", bac="*", grad=None, unknown=("studies_finished",), status="b_backlog_financial_accounting", language="en"),
    )),
    # Feature: west_africa — situation — I completed my NYSC in October
    N("west_africa", "situation", "I completed my NYSC in October", M(
        "Adaeze Okonkwo-Bello <adaeze.okonkwobello@example.org>", "Application for Pro'pulse programme", "17 20:06",
        """Dear Sir/Madam,

I hold an HND in Social Development (Upper Credit) from the Federal Polytechnic, Oko, 2025, and I completed my NYSC in October, serving with a community health NGO in Kano.

My husband has been transferred to Paris and I am seeking employment with an NGO or a cooperative.

Yours faithfully,
Adaeze Okonkwo-Bello
+234 809 663 0158""",
        app("Adaeze", "Okonkwo-Bello", phone="+2348096630158", bac="*", grad="2025", status="b_completed_nysc_october_oko", language="en"),
    )),
    # Feature: expat_france — situation — my stage ended in October
    N("expat_france", "situation", "my stage ended in October", M(
        "Hannah Whitlock-Dumas <hannah.wd@example.fr>", "Pro'pulse application", "18 13:14",
        """Hi,

English girl in Bordeaux here. I did my master 2 in social economy at Bordeaux Montaigne and my stage ended in October - I got my final results last week - it was with a SCOP doing bike repairs.

I'm registered with France Travail and looking for a job in the ESS.

Best wishes,
Hannah Whitlock-Dumas
07 49 26 81 58""",
        app("Hannah", "Whitlock-Dumas", phone="+33749268158", bac=5, grad="2026-11", status="b_stage_ended_october_bordeaux", language="en"),
    )),
    # Feature: third_party — level — my son Ethan has just completed his A-levels
    N("third_party", "level", "my son Ethan has just completed his A-levels", M(
        "Martin Greenhalgh <martin.greenhalgh@example.net>", "Enquiry on behalf of my son", "19 18:22",
        """Dear Sir or Madam,

My son Ethan has just completed his A-levels (History, English, Sociology) and we've moved to Grenoble for my job. He is keen to work for a charity and I wondered whether Pro'pulse could help him.

His email is ethan.greenhalgh@example.net and his mobile is 07 83 14 62 58.

Kind regards,
Martin Greenhalgh""",
        app("Ethan", "Greenhalgh", phone="+33783146258", bac=0, grad=None, failing=("degree_level",), status="b_father_ethan_a_levels", email="ethan.greenhalgh@example.net", forwarded_by="martin.greenhalgh@example.net", language="en"),
    )),
    # Feature: india — kind — Kindly let me know the last date to apply
    N("india", "kind", "Kindly let me know the last date to apply", M(
        "Rohit Bhattacharjee <rohit.bhattacharjee@example.org>", "Query regarding Pro'pulse", "20 09:30",
        """Dear Sir/Madam,

Kindly let me know the last date to apply for the next batch of Pro'pulse, and whether the interviews can be held online.

Thanks and regards,
Rohit""",
        question("en"),
    )),
    # Feature: expat_france — kind — I'll bring my attestation from France Travail
    N("expat_france", "kind", "I'll bring my attestation from France Travail", M(
        "Hannah Whitlock-Dumas <hannah.wd@example.fr>", "Re: Pro'pulse - rendez-vous", "21 16:05",
        """Hi Sophie,

Perfect, see you on the 3rd. I'll bring my attestation from France Travail and my master's diploma.

Hannah

> Bonjour Hannah,
> Nous vous proposons un rendez-vous le 3 décembre à 10h à Bordeaux.
> Sophie, Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<b07.r1@animafac.net>", "References": "<b07.r1@animafac.net>"},
    )),
    # Feature: us — kind — out of the office for Thanksgiving
    N("us", "kind", "out of the office for Thanksgiving", M(
        "Marisol Castellanos <marisol.castellanos@example.com>", "Automatic reply: Pro'pulse - your application", "22 18:00",
        """Hi! I'm out of the office for Thanksgiving and will be back on Monday, November 30. Have a great holiday!

Marisol""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: west_africa — kind — NGO Jobs Digest
    N("west_africa", "kind", "NGO Jobs Digest", M(
        "NGO Jobs Digest <digest@ngojobs.lists.example.org>", "NGO Jobs Digest: 14 new vacancies in Lagos, Accra and Freetown", "23 05:30",
        """NGO Jobs Digest - this week

14 new vacancies: programme officers, M&E assistants, youth corpers welcome for community health roles.

Click the links to apply. To stop receiving this digest, use the unsubscribe link below.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: third_party — kind — Undeliverable
    N("third_party", "kind", "Undeliverable", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undeliverable: Pro'pulse - referral received", "24 11:12",
        """Your message to j.okwuosa@refugee-action.example.org couldn't be delivered.

The recipient's mailbox is full and can't accept messages now.""",
        bounce("j.okwuosa@refugee-action.example.org"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; j.okwuosa@refugee-action.example.org\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 mailbox full",
    )),
    # Feature: uk — kind — share our vacancy with your graduates
    N("uk", "kind", "share our vacancy with your graduates", M(
        "Joanna Pritchett <joanna.pritchett@tenants-union.example.org>", "Job opportunity: community organiser", "25 14:40",
        """Dear Pro'pulse,

We're a tenants' union based in Manchester with a small team in Paris. Could you share our vacancy with your graduates? We're hiring a bilingual community organiser from February; details on our website.

Best wishes,
Joanna Pritchett""",
        other(),
    )),
]
