"""Englishes corpus, batch 05: resits and placements in England, Irish and Scottish school words, a co-op
term, matric and articles, TAFE, NS and UWI, NYSC, a master 2 in Paris, a banker turning and a bartender who
did not; a careers adviser's referral."""
# ruff: noqa: E501

from __future__ import annotations

from englishes import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: uk — studies_finished — I'm resitting two modules in January
    # ambiguous: the teaching is over but two resits are to come; whether the degree is awarded is not yet known
    N("uk", "studies_finished", "I'm resitting two modules in January", M(
        "Tamsin Oakridge <tamsin.oakridge@example.org>", "Pro'pulse - application", "05 10:14",
        """Hi there,

I came across Pro'pulse through a friend who's doing a year in Lyon and it sounds right up my street.

I've just done my final year of a BA in Sociology at the University of Lincoln. Slight complication: I'm resitting two modules in January, so my degree classification won't be confirmed until the exam board in February. Fingers crossed for a 2:1.

What I want is a proper job in the charity sector - ideally youth work or something around homelessness. I volunteered with a night shelter in Lincoln for two winters.

Happy to chat whenever suits.

Cheers,
Tamsin Oakridge
07700 914358""",
        app("Tamsin", "Oakridge", phone="+447700914358", bac="*", grad=None, unknown=("studies_finished",), status="b_resitting_two_modules_january", language="en"),
    )),
    # Feature: uk — situation — currently on a twelve-week placement with a housing association
    N("uk", "situation", "currently on a twelve-week placement with a housing association", M(
        "Ravinder Chaggar <r.chaggar@example.net>", "Application: Pro'pulse 2027 intake", "03 18:40",
        """Dear Pro'pulse team,

I graduated in the summer with a 2:1 in Human Geography from the University of Leeds, and I am now currently on a twelve-week placement with a housing association in Bradford, which runs until the end of January.

I would very much like to build a career in the social economy - co-operative housing in particular - and the programme looks like exactly the support I need to get my foot in the door.

Kind regards,
Ravinder Chaggar
+44 7911 206558""",
        app("Ravinder", "Chaggar", phone="+447911206558", bac=3, grad="2026", failing=("not_internship",), status="b_placement_housing_association_bradford", language="en"),
    )),
    # Feature: scotland_ireland — graduation — I'm only after graduating from Maynooth
    N("scotland_ireland", "graduation", "I'm only after graduating from Maynooth", M(
        "Aoife Ní Bhraonáin <aoife.nibhraonain@example.com>", "Pro'pulse", "07 21:05",
        """Hello,

I'm only after graduating from Maynooth (BA in Community Studies, conferring was last month) and I'm hoping to get started in the community and voluntary sector, maybe a co-op or a social enterprise.

I moved to Nantes with my partner in October and I'd love to work here if at all possible. My French is grand for day to day but not for an interview yet!

Go raibh maith agat,
Aoife Ní Bhraonáin
+353 87 331 4958""",
        app("Aoife", "Ní Bhraonáin", phone="+353873314958", bac=3, grad="2026", status="b_only_after_graduating_maynooth", language="en"),
    )),
    # Feature: scotland_ireland — level — I've got my Highers
    N("scotland_ireland", "level", "I've got my Highers", M(
        "Callum Drysdale <callumdrysdale@example.org>", "apply for propulse", "08 13:27",
        """Hiya

My auntie sent me your link. I've got my Highers (Modern Studies, English, Maths, Admin) from Kirkcaldy High and started an HNC in Social Care at Fife College but I left after the first term, it wasnae for me.

Since then I've been doing shifts in a care home and I've been helping out at the food bank on Saturdays. I'd really like a job with a charity or a social enterprise.

Callum
07835 662158""",
        app("Callum", "Drysdale", phone="+447835662158", bac=0, grad=None, failing=("degree_level",), status="b_highers_left_hnc", language="en"),
    )),
    # Feature: canada — studies_finished — I'm finishing up my last semester at Carleton
    N("canada", "studies_finished", "I'm finishing up my last semester at Carleton", M(
        "Priya Vanstone <priya.vanstone@example.net>", "Pro'pulse application - Priya Vanstone", "09 16:02",
        """Hello!

I'm finishing up my last semester at Carleton (Bachelor of Public Affairs and Policy Management), with convocation in June. I've got three courses and a capstone project left before the April exam period.

I did a co-op term with a food security not-for-profit in Ottawa last year and I'd love to keep going in that direction - I'm planning on moving to Montréal or France after I graduate.

Thanks so much,
Priya Vanstone
613-555-0158""",
        app("Priya", "Vanstone", phone="+16135550158", bac="*", grad=None, failing=("studies_finished",), status="b_last_semester_carleton", language="en"),
    )),
    # Feature: canada — aim — a job at a not-for-profit
    N("canada", "aim", "a job at a not-for-profit", M(
        "Jordan Kowalchuk <jordan.kowalchuk@example.net>", "Pro'pulse", "10 09:48",
        """Hi Pro'pulse team,

Quick intro: I convocated from the University of Manitoba in June (B.A. in Indigenous Studies, 4 years). My co-op term with the Winnipeg Harvest food bank wrapped up in August.

I'm looking for a job at a not-for-profit or a co-op - community development, food, housing, that kind of thing. I'm in Bordeaux on a working holiday visa until next fall.

Best,
Jordan Kowalchuk
+1 204 555 0358""",
        app("Jordan", "Kowalchuk", phone="+12045550358", bac="*", grad="2026-06", status="b_not_for_profit_manitoba", language="en"),
    )),
    # Feature: southern_africa — level — I have my matric
    N("southern_africa", "level", "I have my matric", M(
        "Lindiwe Mahlangu <lindiwe.mahlangu@example.com>", "Application for Pro'pulse", "11 11:30",
        """Good day

My name is Lindiwe Mahlangu from Soshanguve, Pretoria. I have my matric (2023, Bachelor pass) and I completed a 12-month learnership in business administration (NQF 4) with a retail group.

I am passionate about community work and I would like to work for an NGO that supports young women.

Thank you for your time.

Kind regards
Lindiwe Mahlangu
072 418 3958""",
        app("Lindiwe", "Mahlangu", phone="+27724183958", bac=0, grad=None, failing=("degree_level",), status="b_matric_learnership_nqf4", language="en"),
    )),
    # Feature: southern_africa — situation — I'm doing my articles
    N("southern_africa", "situation", "I'm doing my articles", M(
        "Sizwe Ntuli <sizwe.ntuli@example.org>", "Pro'pulse - Sizwe Ntuli", "12 07:55",
        """Dear Sir/Madam

I hold a BCom Accounting (2024) and a BCom Honours in Accounting (2025) from UKZN. At the moment I'm doing my articles at a small audit firm in Durban - my training contract runs until 2028.

I would love to use my skills in a co-operative or a social enterprise, where the numbers actually serve a community.

Regards
Sizwe Ntuli
+27 83 560 1258""",
        app("Sizwe", "Ntuli", phone="+27835601258", bac=4, grad="2025", failing=("not_internship",), status="b_doing_articles_durban", language="en"),
    )),
    # Feature: australia_nz — aim — the for-purpose sector
    N("australia_nz", "aim", "the for-purpose sector", M(
        "Mackenzie Trewartha <mack.trewartha@example.com>", "G'day from a Deakin grad", "13 20:12",
        """Hi team,

I finished my Bachelor of Arts (International Studies) at Deakin last semester - results came out in July. I'm in Marseille on a working holiday and keen to find my feet in the for-purpose sector: refugee settlement, community legal, anything like that.

No worries if I'm not the right fit, but I reckon I'd get a lot out of Pro'pulse.

Cheers,
Mack Trewartha
+61 412 770 958""",
        app("Mackenzie", "Trewartha", phone="+61412770958", bac=3, grad="2026-07", status="b_for_purpose_deakin", language="en"),
    )),
    # Feature: australia_nz — level — TAFE Cert IV in Community Services
    # ambiguous: a Certificate IV is a vocational certificate whose French level a coordinator cannot fix
    N("australia_nz", "level", "TAFE Cert IV in Community Services", M(
        "Hemi Paraone <hemi.paraone@example.net>", "application", "14 08:31",
        """Kia ora,

I'm Hemi, 23, from Rotorua but living in Lille since March. I did a TAFE Cert IV in Community Services in Brisbane (finished it in 2025) and then worked as a youth worker on a short contract.

I'm after a job with a community organisation or a social enterprise, doing youth or whānau support.

Ngā mihi,
Hemi Paraone
07 81 29 44 58""",
        app("Hemi", "Paraone", phone="+33781294458", bac="*", grad="2025", unknown=("degree_level",), status="b_tafe_cert_iv_community", language="en"),
    )),
    # Feature: caribbean_asia — situation — currently serving NS
    N("caribbean_asia", "situation", "currently serving NS", M(
        "Ryan Seah Wei Jie <ryan.seahwj@example.com>", "Pro'pulse application", "15 22:40",
        """Hello,

I graduated from Ngee Ann Poly with a Diploma in Community Development in 2025 and I'm currently serving NS (ORD in early January). After ORD I'm free full-time.

My family is relocating to Toulouse for my father's job, so I'm looking for work there, ideally in a social enterprise - I did my poly project with a social enterprise cafe that hires ex-offenders.

Thank you!
Ryan Seah
+65 9123 4558""",
        app("Ryan", "Seah", phone="+6591234558", bac="*", grad="2025", status="b_serving_ns_ngee_ann", language="en"),
    )),
    # Feature: caribbean_asia — graduation — graduated from UWI Mona in 2022
    N("caribbean_asia", "graduation", "graduated from UWI Mona in 2022", M(
        "Shanique Blackwood <shanique.blackwood@example.org>", "Application - Pro'pulse", "16 14:06",
        """Good afternoon,

I graduated from UWI Mona in 2022 with a BSc in Psychology (Upper Second). Since then I've worked with a children's charity in Kingston and recently moved to Paris with my husband.

I'm looking for a role in an association or cooperative where I can keep working with children and families.

Respectfully,
Shanique Blackwood
06 44 19 80 58""",
        app("Shanique", "Blackwood", phone="+33644198058", bac=3, grad="2022", failing=("graduation_recent",), status="b_uwi_mona_2022", language="en"),
    )),
    # Feature: career_turn — career_change — after eleven years in retail banking
    N("career_turn", "career_change", "after eleven years in retail banking", M(
        "Gareth Pennock <gareth.pennock@example.net>", "Pro'pulse - career move into social economy", "17 12:20",
        """Dear Pro'pulse,

I'm transitioning into the social sector after eleven years in retail banking (branch manager for the last five). I took voluntary redundancy last year and completed an MSc in Social Enterprise at Stirling in September.

I'd be grateful for any support in landing a first role in a co-operative or community finance organisation. CV attached.

Best wishes,
Gareth Pennock
07723 480158""",
        app("Gareth", "Pennock", phone="+447723480158", bac=5, grad="2026-09", failing=("not_career_change",), status="b_eleven_years_retail_banking", info_in="both", language="en"),
        cv=CV("pdf", "Gareth_Pennock_CV.pdf", """Gareth Pennock
Education
MSc Social Enterprise, University of Stirling, 2025-2026
Experience
2014-2025 Branch Manager then Senior Adviser, a high-street bank, Edinburgh and Falkirk
Volunteering
Treasurer, Falkirk community credit union (2019-present)"""),
    )),
    # Feature: career_turn — career_change — bar work all through uni
    N("career_turn", "career_change", "bar work all through uni", M(
        "Eliza Fairbairn <eliza.fairbairn@example.com>", "Pro'pulse application - Eliza Fairbairn", "18 19:33",
        """Hello,

A bit about me: I did bar work all through uni to pay my way, then a year at a small consultancy in Bristol after my master's (MA Development Studies, SOAS, September 2025). The consulting wasn't for me and I left in October.

What I want now is a job in the social and solidarity economy - fair trade or a co-op would be ideal.

Many thanks,
Eliza Fairbairn
07402 317758""",
        app("Eliza", "Fairbairn", phone="+447402317758", bac=5, grad="2025-09", status="b_bar_work_through_uni", language="en"),
    )),
    # Feature: us — aim — open to pretty much anything
    # ambiguous: nonprofits are named but so is «whatever's hiring»; the aim is left open
    N("us", "aim", "open to pretty much anything", M(
        "Destiny Okafor-Reyes <destiny.okaforreyes@example.com>", "Pro'pulse??", "19 23:51",
        """hey! so my roommate from study abroad told me about this.

I graduated from UC Riverside in June (BA Sociology, class of '26) and moved to Paris in September. Honestly I'm open to pretty much anything right now - nonprofits, tech, retail, whatever's hiring. I just need a job lol.

Destiny
+1 951 555 0458""",
        app("Destiny", "Okafor-Reyes", phone="+19515550458", bac="*", grad="2026-06", unknown=("job_seeking_ess",), status="b_open_to_anything_riverside", language="en"),
    )),
    # Feature: india — graduation — I passed out in 2025
    N("india", "graduation", "I passed out in 2025", M(
        "Anushka Raghavan <anushka.raghavan@example.org>", "Application for Pro'pulse Programme", "20 10:05",
        """Respected Sir/Madam,

I am Anushka Raghavan from Chennai. I passed out in 2025 from Stella Maris College with B.Com (Corporate Secretaryship), CGPA 8.4. After that I worked for some months with a self-help group federation as a field coordinator.

I am presently residing in Grenoble with my family and I am keenly interested in working with a cooperative or NGO in France.

Kindly consider my application.

Thanking you,
Anushka Raghavan
+91 98410 22758""",
        app("Anushka", "Raghavan", phone="+919841022758", bac=3, grad="2025", status="b_passed_out_2025_bcom", language="en"),
    )),
    # Feature: third_party — graduation — results were confirmed in July
    N("third_party", "graduation", "results were confirmed in July", M(
        "Helen Marchbanks <h.marchbanks@ntu-careers.example.org>", "Referral: Amara Osei-Bonsu for Pro'pulse", "21 15:44",
        """Dear colleagues,

I'm a careers consultant at Nottingham Trent University and I'm writing on behalf of one of our recent graduates, Amara Osei-Bonsu, who has asked me to put her forward.

Amara has just completed her BA (Hons) in Criminology - her results were confirmed in July (First Class). She spent her placement year with a youth justice charity, which finished in 2025, and she's keen to build a career in the social economy in France, where her partner lives.

You can reach her at amara.oseibonsu@example.com or on 07946 553058.

With best wishes,
Helen Marchbanks
Careers Consultant""",
        app("Amara", "Osei-Bonsu", phone="+447946553058", bac=3, grad="2026-07", status="b_careers_consultant_ntu_amara", email="amara.oseibonsu@example.com", forwarded_by="h.marchbanks@ntu-careers.example.org", language="en"),
    )),
    # Feature: west_africa — situation — I'm currently serving in Abuja
    # ambiguous: NYSC is a national youth service, an analogue of a service civique, not the scheme itself
    N("west_africa", "situation", "I'm currently serving in Abuja", M(
        "Chiamaka Eze-Nwosu <chiamaka.ezenwosu@example.com>", "APPLICATION FOR PRO'PULSE PROGRAMME", "22 06:12",
        """Dear Sir/Ma,

I am Chiamaka Eze-Nwosu, a graduate of Sociology (B.Sc, Second Class Upper) from the University of Nigeria, Nsukka, class of 2025. I'm currently serving in Abuja as a youth corper (Batch B), posted to a health NGO, and my passing out parade is in February.

I wish to continue my career in the not-for-profit space and I am open to relocating to France, where my elder sister lives.

Yours faithfully,
Chiamaka Eze-Nwosu
+234 803 441 2958""",
        app("Chiamaka", "Eze-Nwosu", phone="+2348034412958", bac="*", grad="2025", unknown=("not_service_civique",), status="b_serving_abuja_nysc", language="en"),
    )),
    # Feature: expat_france — studies_finished — I still have my soutenance in January
    # ambiguous: the master 2 coursework is done but the defence is to come, so whether studies are over is open
    N("expat_france", "studies_finished", "I still have my soutenance in January", M(
        "Niamh Costigan-Ward <niamh.cw@example.fr>", "candidature Pro'pulse (in English, sorry!)", "23 17:18",
        """Hello,

I'm Irish but I've been in Paris for four years - I did a licence at Paris 8 and now my master 2 in urban sociology. Classes finished in September and I'm writing up my mémoire, but I still have my soutenance in January.

I'd love to work for an association or a SCOP working on housing rights. France Travail suggested I contact you.

Thanks a million,
Niamh Costigan-Ward
06 72 51 30 58""",
        app("Niamh", "Costigan-Ward", phone="+33672513058", bac="*", grad=None, unknown=("studies_finished",), status="b_soutenance_january_paris8", language="en"),
    )),
    # Feature: us — kind — does a US bachelor's count as bac+2
    N("us", "kind", "does a US bachelor's count as bac+2", M(
        "Kyle Brandvold <kyle.brandvold@example.com>", "Question about eligibility", "04 15:09",
        """Hi,

Quick question before I apply: does a US bachelor's count as bac+2 or higher for your program? And do I need a French work permit already, or can you help with that?

Thanks,
Kyle""",
        question("en"),
    )),
    # Feature: uk — kind — Tuesday at 2 works for me
    N("uk", "kind", "Tuesday at 2 works for me", M(
        "Ravinder Chaggar <r.chaggar@example.net>", "Re: Your Pro'pulse application", "06 08:22",
        """Hi Claire,

Thanks for getting back to me so quickly. Tuesday at 2 works for me - I'll join on the link you sent.

Best,
Ravinder

> Bonjour Ravinder,
> Merci pour votre candidature. Seriez-vous disponible pour un échange mardi à 14h ?
> Claire, Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<b05.r1@animafac.net>", "References": "<b05.r1@animafac.net>"},
    )),
    # Feature: india — kind — Automatic reply
    N("india", "kind", "Automatic reply", M(
        "Vikrant Deshpande <vikrant.deshpande@example.org>", "Automatic reply: Pro'pulse - next steps", "24 04:10",
        """Thank you for your mail. I am out of station till 2nd December with limited access to email. For urgent matters kindly contact my colleague at the number below.

Regards,
Vikrant""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: third_party — kind — Graduate Opportunities Bulletin
    N("third_party", "kind", "Graduate Opportunities Bulletin", M(
        "Careers Service <careers-bulletin@lists.example.org>", "Graduate Opportunities Bulletin - November", "02 07:00",
        """Graduate Opportunities Bulletin - November

This month: graduate schemes closing soon, a webinar on working abroad, and how to write a cover letter for the charity sector.

- Working in Europe after Brexit: Q&A, 3 December
- Third sector careers fair (online), 9 December

You are receiving this because you signed up on the careers portal. Unsubscribe at any time.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: west_africa — kind — could not be delivered
    N("west_africa", "kind", "could not be delivered", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undelivered Mail Returned to Sender", "25 09:01",
        """This is the mail system at host mx.example.net.

Your message to kwabena.asante-darko@example.com could not be delivered to one or more recipients. The mailbox does not exist.""",
        bounce("kwabena.asante-darko@example.com"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; kwabena.asante-darko@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: expat_france — kind — English-speaking job seekers' meetup
    N("expat_france", "kind", "English-speaking job seekers' meetup", M(
        "Anglophone Network Lyon <hello@anglolyon.example.org>", "Partnership idea: English-speaking job seekers' meetup", "26 11:15",
        """Hello Pro'pulse team,

We run a monthly English-speaking job seekers' meetup in Lyon (about forty members, most of them recent graduates from the UK, Ireland and North America). Would someone from your team be willing to come and present the programme in January?

Warm regards,
Sarah Whitcombe, volunteer coordinator""",
        other(),
    )),
]
