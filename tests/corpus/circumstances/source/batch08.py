"""Circumstances corpus, batch 08 (writer B): the second half of volunteering and commitments (a European
Solidarity Corps year running, a community kitchen in English, a swimming club's coach with a BPJEPS, a DU
on Saturday mornings, a mandate in a student union) and the circumstances in English — a post-study work
permit, a placement while staying with friends, a carer's retail years, a paramedic's sick leave, a café
job to pay the rent, a baby and A-levels, a move for a partner's job with an HND, a Nigerian degree awaiting
its comparability statement, a dyslexic student's extra year, a parental leave, a gap year before the Big
Four, years of care after a BA of 2021, a resit after a hospital stay, a European Solidarity Corps project
ended —; other mail on the same circumstances (a reply in our thread with a certificate, a volunteers'
network letter, a question about student permits, an out-of-office on parental leave, a reply in English, a
bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from circumstances import N
from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply

MESSAGES = [
    # Feature: volunteering_commitments — situation — mon année de Corps européen de solidarité en Estonie se termine en février
    # circumstance: «mon année de Corps européen de solidarité en Estonie se termine en février» = a European volunteering of the civic kind, running after today → fails not_service_civique → not_eligible
    N("volunteering_commitments", "situation", "mon année de Corps européen de solidarité en Estonie se termine en février", M(
        "Romane Ulrich <romane.ulrich@example.org>", "Candidature depuis Tartu", "17 15:15",
        """Tere ! (bonjour en estonien)

Je suis volontaire à Tartu, dans une maison de quartier : mon année de Corps européen de solidarité en Estonie se termine en février. J'ai un master Études européennes obtenu en septembre 2025.

À mon retour, je voudrais travailler dans une association d'éducation à la citoyenneté européenne ou un réseau de mobilité des jeunes.

Romane Ulrich
+33 6 17 48 25 90""",
        app("Romane", "Ulrich", phone="+33617482590", bac=5, grad="2025-09", failing=("not_service_civique",), status="b_master_ces_estonie_fevrier"),
    )),
    # Feature: volunteering_commitments — aim — a development officer in a community sports association
    # circumstance: «a development officer in a community sports association» = the volunteering at a community kitchen is beside; the aim said in English is an association → meets job_seeking_ess → eligible
    N("volunteering_commitments", "aim", "a development officer in a community sports association", M(
        "Rhys Morgan <rhys.morgan@example.com>", "Application for Pro'pulse", "18 10:40",
        """Hello,

I'm Welsh, I moved to Nantes last year and I volunteer twice a week at a community kitchen run by a local association. I graduated in July 2025 with a BA in Sport and Community Development from Cardiff.

What I'm looking for is a job as a development officer in a community sports association, ideally one that works with young people in priority neighbourhoods.

Diolch (thank you)!
Rhys Morgan
07 83 26 14 57""",
        app("Rhys", "Morgan", phone="+33783261457", bac=3, grad="2025-07", language="en", status="b_en_ba_sport_community_kitchen"),
    )),
    # Feature: volunteering_commitments — level — il a le BPJEPS Activités aquatiques
    # circumstance: «il a le BPJEPS Activités aquatiques» = the club's president writes for his coach (forwarded_by him): a BPJEPS is a level-4 title → fails degree_level → not_eligible
    N("volunteering_commitments", "level", "il a le BPJEPS Activités aquatiques", M(
        "Président - Cercle des nageurs de Niort <president@cnniort.example.org>", "Recommandation pour notre entraîneur", "19 21:12",
        """Bonjour,

Je préside un club de natation associatif et je vous recommande Loris Schaller, qui entraîne nos jeunes nageurs depuis trois saisons. Il a le BPJEPS Activités aquatiques et il aimerait trouver un poste durable dans une association sportive ou d'éducation populaire.

Il est sérieux, ponctuel et adoré des familles. Son adresse : loris.schaller@example.net.

Sportivement,
Marc-Antoine Viguier""",
        app("Loris", "Schaller", phone=None, bac=0, grad=None, failing=("degree_level",), email="loris.schaller@example.net", forwarded_by="president@cnniort.example.org", status="b_bpjeps_aquatique_president_club"),
    )),
    # Feature: volunteering_commitments — studies_finished — je suis inscrit en DU Gestion associative, le samedi matin
    # ambiguous: a DU followed on Saturday mornings until June beside the search: a short training or a course of studies still running, a careful reader cannot say
    # circumstance: «je suis inscrit en DU Gestion associative, le samedi matin» = the commitment to the association brought a university course of some months → studies_finished open → to_verify
    N("volunteering_commitments", "studies_finished", "je suis inscrit en DU Gestion associative, le samedi matin", M(
        "Othmane Tazi <othmane.tazi@example.fr>", "Candidature Pro'pulse", "20 07:58",
        """Bonjour,

Trésorier bénévole d'une association de quartier, j'ai voulu mieux faire les choses : depuis septembre, je suis inscrit en DU Gestion associative, le samedi matin, jusqu'en juin. À côté, j'ai une licence d'économie obtenue en juin 2025 et je cherche un emploi.

Mon objectif : un poste de gestionnaire administratif et financier dans une association.

Othmane Tazi
06 44 15 83 07""",
        app("Othmane", "Tazi", phone="+33644158307", bac=3, grad="2025-06", unknown=("studies_finished",), status="b_licence_eco_du_samedi"),
    )),
    # Feature: volunteering_commitments — studies_finished — je garde seulement mon mandat au bureau de l'association étudiante
    # circumstance: «je garde seulement mon mandat au bureau de l'association étudiante» = the mandate in the student union runs until its general assembly; the master is validated, no studies run → meets studies_finished → eligible
    N("volunteering_commitments", "studies_finished", "je garde seulement mon mandat au bureau de l'association étudiante", M(
        "Capucine Morel <capucine.morel@example.org>", "Candidature", "21 12:06",
        """Bonjour,

Mon master Ingénierie de projets culturels est validé depuis juillet 2026 et j'ai rendu ma carte d'étudiante. Je garde seulement mon mandat au bureau de l'association étudiante jusqu'à l'AG de décembre, pour passer le relais proprement.

Je cherche un poste de chargée de production dans une compagnie ou un festival associatif.

Capucine Morel
06 97 21 40 58""",
        app("Capucine", "Morel", phone="+33697214058", bac=5, grad="2026-07", status="b_master_culture_mandat_asso_etudiante"),
    )),
    # Feature: volunteering_commitments — kind — Re: Votre candidature - attestation de fin de mission
    # circumstance: «Re: Votre candidature - attestation de fin de mission» = a true reply in our thread (In-Reply-To to our Message-ID) sending the certificate asked for → kind reply
    N("volunteering_commitments", "kind", "Re: Votre candidature - attestation de fin de mission", M(
        "Lina Roussel <lina.roussel@example.net>", "Re: Votre candidature - attestation de fin de mission", "22 16:31",
        """Bonjour,

Voici l'attestation de fin de mission que vous m'avez demandée : mon service civique s'est bien terminé le 31 octobre. Je l'ai scannée, dites-moi si elle est lisible.

Bonne soirée,
Lina

Le 20/11/2026 à 09:12, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Lina, pourriez-vous nous envoyer l'attestation de fin de votre mission de service civique ?""",
        reply(),
        headers={"In-Reply-To": "<attestation-2011.lina@animafac.net>", "References": "<attestation-2011.lina@animafac.net>"},
    )),
    # Feature: volunteering_commitments — kind — Réseau Bénévoles du Rhône - la lettre de novembre
    # circumstance: «Réseau Bénévoles du Rhône - la lettre de novembre» = a volunteers' network letter (missions, events), no one applying → kind newsletter
    N("volunteering_commitments", "kind", "Réseau Bénévoles du Rhône - la lettre de novembre", M(
        "Réseau Bénévoles du Rhône <lettre@benevoles69.example.org>", "Réseau Bénévoles du Rhône - la lettre de novembre", "23 06:30",
        """Réseau Bénévoles du Rhône - la lettre de novembre

- 40 nouvelles missions de bénévolat publiées ce mois-ci
- Valoriser son engagement bénévole sur un CV : atelier le 8 décembre
- Réserve civique, service civique, bénévolat : quelles différences ?

Se désabonner : lettre@benevoles69.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:lettre@benevoles69.example.org?subject=unsubscribe>"},
    )),
    # Feature: english_circumstances — graduation — I graduated with an MSc in Environmental Management in September 2025
    # circumstance: «I graduated with an MSc in Environmental Management in September 2025» = the post-study work permit's dates (until September 2027) are no graduation; the MSc of 14 months ago → meets graduation_recent → eligible
    N("english_circumstances", "graduation", "I graduated with an MSc in Environmental Management in September 2025", M(
        "Aditi Rao <aditi.rao@example.com>", "Application - Aditi Rao", "02 11:19",
        """Dear Pro'pulse team,

I graduated with an MSc in Environmental Management in September 2025 from a university in Grenoble, and I now hold a post-study residence permit (APS) valid until September 2027, which allows me to work full time in France.

I would like to join a cooperative or an association working on waste reduction or urban agriculture. My CV is attached.

Kind regards,
Aditi Rao
+33 7 52 84 16 39""",
        app("Aditi", "Rao", phone="+33752841639", bac=5, grad="2025-09", info_in="both", language="en", status="b_en_msc_env_aps"),
        cv=CV("pdf", "Aditi_Rao_CV_2026.pdf", """Aditi Rao
aditi.rao@example.com | +33 7 52 84 16 39
Education
MSc Environmental Management, Grenoble - September 2025
BSc Environmental Science, Pune - 2022
Experience
Intern, zero-waste association, Grenoble (spring 2025)
Residence: APS valid until September 2027"""),
    )),
    # Feature: english_circumstances — situation — I'm currently on a placement with a housing charity until March
    # circumstance: «I'm currently on a placement with a housing charity until March» = staying with friends in Lyon, the placement (an internship) runs after today → fails not_internship → not_eligible
    N("english_circumstances", "situation", "I'm currently on a placement with a housing charity until March", M(
        "Siobhan Walsh <siobhan.walsh@example.net>", "Pro'pulse application", "04 19:42",
        """Hi there,

I finished my BA in French and Sociology in June 2026 and I'm staying with friends in Lyon while I look for my own flat. I'm currently on a placement with a housing charity until March, which I love.

After that I'd like a proper job in the social economy, ideally in housing. Can I sign up now?

Thanks a million,
Siobhan Walsh
07 60 93 28 15""",
        app("Siobhan", "Walsh", phone="+33760932815", bac=3, grad="2026-06", failing=("not_internship",), language="en", status="b_en_ba_placement_housing_march"),
    )),
    # Feature: english_circumstances — career_change — I worked in retail for a few years
    # ambiguous: «a few years» in retail before university: a young person's jobs or a trade, a careful reader cannot say
    # circumstance: «I worked in retail for a few years» = the carer explains why university came late; the retail years are of unstated kind → not_career_change open → to_verify
    N("english_circumstances", "career_change", "I worked in retail for a few years", M(
        "Anjali Naidoo <anjali.naidoo@example.org>", "Application", "06 13:36",
        """Hello,

I'm a carer for my mum, who has multiple sclerosis, so university came late for me: before it, I worked in retail for a few years. I finished my BSc in Psychology in June 2026.

I'm looking for a part-time or full-time job with a patients' association or a mutual health insurer in Toulouse, close to home.

Best wishes,
Anjali Naidoo
06 84 17 39 02""",
        app("Anjali", "Naidoo", phone="+33684173902", bac=3, grad="2026-06", unknown=("not_career_change",), language="en", status="b_en_bsc_psych_carer_retail"),
    )),
    # Feature: english_circumstances — career_change — after twelve years as a paramedic
    # circumstance: «after twelve years as a paramedic» = the back injury and the sick leave explain the change; twelve years of another trade before the BSc → fails not_career_change → not_eligible
    N("english_circumstances", "career_change", "after twelve years as a paramedic", M(
        "Gareth Powell <gareth.powell@example.com>", "Application to Pro'pulse", "08 09:27",
        """Good morning,

I retrained after twelve years as a paramedic in Bristol: a back injury and a long sick leave made it impossible to go on. I completed a BSc in Psychology in June 2026 and moved to Lille with my French wife.

I'd like to work for a charity supporting people with chronic pain or disabilities.

Regards,
Gareth Powell
06 11 58 74 20""",
        app("Gareth", "Powell", phone="+33611587420", bac=3, grad="2026-06", failing=("not_career_change",), language="en", status="b_en_paramedic_bsc_psych"),
    )),
    # Feature: english_circumstances — aim — a job with a community energy cooperative
    # circumstance: «a job with a community energy cooperative» = the café shifts pay the rent and are no aim; the aim said is a cooperative → meets job_seeking_ess → eligible
    N("english_circumstances", "aim", "a job with a community energy cooperative", M(
        "Tobias Nyberg <tobias.nyberg@example.net>", "Application (Pro'pulse)", "10 22:18",
        """Hi,

I'm Swedish, I have an MSc in Sustainable Energy (June 2026), and right now I work part-time in a café, sixteen hours a week, to pay the rent in Rennes. It's fine for now, but what I'm after is a job with a community energy cooperative.

Would your programme take me on?

Tobias Nyberg
07 29 40 85 63""",
        app("Tobias", "Nyberg", phone="+33729408563", bac=5, grad="2026-06", language="en", status="b_en_msc_energy_cafe_rent"),
    )),
    # Feature: english_circumstances — level — I have my A-levels
    # circumstance: «I have my A-levels» = the daughter's birth ended the first year at university: no degree, the A-levels are the highest → fails degree_level → not_eligible
    N("english_circumstances", "level", "I have my A-levels", M(
        "Kayleigh Murphy <kayleigh.murphy@example.org>", "can I apply?", "12 20:55",
        """Hiya,

I left uni after my first year when my daughter was born, so I have my A-levels and that's it. She's at nursery now and I really want to work for a charity that helps young mums.

Is that enough to apply?

Kayleigh
07 90 31 62 48""",
        app("Kayleigh", "Murphy", phone="+33790316248", bac=0, grad=None, failing=("degree_level",), language="en", status="b_en_a_levels_daughter"),
    )),
    # Feature: english_circumstances — level — a Higher National Diploma in Social Services
    # circumstance: «a Higher National Diploma in Social Services» = the move for the partner's job is the circumstance; an HND is a bac+2, of June 2025 → meets degree_level → eligible
    N("english_circumstances", "level", "a Higher National Diploma in Social Services", M(
        "Morag Sinclair <morag.sinclair@example.com>", "Application - Morag Sinclair", "14 10:02",
        """Hello,

My partner's job moved us from Glasgow to Marseille in the summer. I have a Higher National Diploma in Social Services from a Glasgow college, completed in June 2025, and my French is getting better every week.

I'd like to work in a day centre or an association supporting older people.

Many thanks,
Morag Sinclair
06 67 05 92 31""",
        app("Morag", "Sinclair", phone="+33667059231", bac=2, grad="2025-06", language="en", status="b_en_hnd_social_services_partner_move"),
    )),
    # Feature: english_circumstances — level — the ENIC-NARIC comparability statement is still pending
    # ambiguous: a Bachelor's from a private college abroad with its comparability statement pending: whether it reaches bac+2 or bac+3 a careful reader cannot say
    # circumstance: «the ENIC-NARIC comparability statement is still pending» = the residence papers are in order, the diploma's level is not yet recognised → degree_level open → to_verify
    N("english_circumstances", "level", "the ENIC-NARIC comparability statement is still pending", M(
        "Chinedu Okafor <chinedu.okafor@example.net>", "Application to the Pro'pulse programme", "16 08:44",
        """Good day,

I arrived in France last year on a family reunification visa and I now have my residence card. I hold a Bachelor's degree in Business Administration from a private college in Lagos (2025); the ENIC-NARIC comparability statement is still pending.

I wish to work in a social enterprise or a microfinance association.

Yours faithfully,
Chinedu Okafor
07 48 62 19 05""",
        app("Chinedu", "Okafor", phone="+33748621905", bac="*", grad="2025", unknown=("degree_level",), language="en", status="b_en_bachelor_lagos_enic_naric"),
    )),
    # Feature: english_circumstances — studies_finished — I'm in the final year of my BSc and finish in June 2027
    # circumstance: «I'm in the final year of my BSc and finish in June 2027» = the extra year granted for dyslexia moves the degree: it runs → fails studies_finished → not_eligible
    N("english_circumstances", "studies_finished", "I'm in the final year of my BSc and finish in June 2027", M(
        "Callum Reid <callum.reid@example.org>", "early application?", "18 17:10",
        """Hello,

I'm dyslexic and was granted an extra year to complete my course, so I'm in the final year of my BSc and finish in June 2027 (Geography, in Edinburgh, now on exchange in Lyon).

Could I already join Pro'pulse to prepare a job search in environmental charities?

Callum""",
        app("Callum", "Reid", phone=None, bac="*", grad=None, failing=("studies_finished",), language="en", status="b_en_bsc_extra_year_dyslexia"),
    )),
    # Feature: english_circumstances — aim — a job at a food bank or a refugee charity
    # circumstance: «a job at a food bank or a refugee charity» = the parental leave ends in January; the aim said is two charities → meets job_seeking_ess → eligible
    N("english_circumstances", "aim", "a job at a food bank or a refugee charity", M(
        "Mirela Popescu <mirela.popescu@example.com>", "Application after parental leave", "20 14:48",
        """Dear team,

I'm on parental leave until January with my son, who was born in May. I hold an MA in International Relations (September 2025) and I am now looking for a job at a food bank or a refugee charity in Strasbourg.

I heard about Pro'pulse from another mum at the crèche. I would be glad to join.

Best regards,
Mirela Popescu
06 20 73 48 91""",
        app("Mirela", "Popescu", phone="+33620734891", bac=5, grad="2025-09", language="en", status="b_en_ma_ir_parental_leave"),
        html="both",
    )),
    # Feature: english_circumstances — aim — graduate schemes at Big Four accounting firms
    # circumstance: «graduate schemes at Big Four accounting firms» = the gap year travelling is over; the aim said is the big accounting firms → fails job_seeking_ess → not_eligible
    N("english_circumstances", "aim", "graduate schemes at Big Four accounting firms", M(
        "Harvey Thorne <harvey.thorne@example.net>", "Coaching?", "22 11:25",
        """Hi,

I've just come back from a gap year travelling in South America after my BA in Economics (June 2025). I'm now applying for graduate schemes at Big Four accounting firms in Paris and I'd like some coaching for the assessment centres.

Is that something you offer?

Harvey Thorne
07 35 81 26 49""",
        app("Harvey", "Thorne", phone="+33735812649", bac=3, grad="2025-06", failing=("job_seeking_ess",), language="en", status="b_en_ba_econ_big_four"),
    )),
    # Feature: english_circumstances — graduation — I completed my BA in 2021
    # circumstance: «I completed my BA in 2021» = the three years caring for the grandmother explain the gap, they do not move the degree: 2021 → fails graduation_recent → not_eligible
    N("english_circumstances", "graduation", "I completed my BA in 2021", M(
        "Zainab Yusuf <zainab.yusuf@example.org>", "Application", "23 09:37",
        """Hello,

I completed my BA in 2021 (Sociology), and then spent three years caring for my grandmother until she passed away. I'm now ready to work and I'd love a job in a community centre or a women's association.

Thank you for considering my application,
Zainab Yusuf
06 53 46 20 87""",
        app("Zainab", "Yusuf", phone="+33653462087", bac=3, grad="2021", failing=("graduation_recent",), language="en", status="b_en_ba_2021_grandmother"),
    )),
    # Feature: english_circumstances — studies_finished — I'm still waiting for the exam board
    # ambiguous: the last module resat in August after a hospital stay, the exam board yet to decide: the degree may or may not be awarded, so studies_finished stays open
    # circumstance: «I'm still waiting for the exam board» = the illness moved the last module to a resit; all sat, the results awaited → studies_finished open → to_verify
    N("english_circumstances", "studies_finished", "I'm still waiting for the exam board", M(
        "Ewan Sutherland <ewan.sutherland@example.com>", "Application - Pro'pulse", "24 16:03",
        """Hello,

A hospital stay in May meant I missed one module of my final year, so I resat it in August. I'm still waiting for the exam board, which meets in December, to confirm my MA in Social Anthropology.

Meanwhile I've moved to Nantes and I'd like to start looking for work with a cooperative or an association.

Ewan Sutherland
07 26 14 90 58""",
        app("Ewan", "Sutherland", phone="+33726149058", bac="*", grad=None, unknown=("studies_finished",), language="en", status="b_en_ma_resit_exam_board"),
    )),
    # Feature: english_circumstances — situation — my European Solidarity Corps project in Lisbon ended in July
    # circumstance: «my European Solidarity Corps project in Lisbon ended in July» = a European volunteering, now ended → meets not_service_civique → eligible
    N("english_circumstances", "situation", "my European Solidarity Corps project in Lisbon ended in July", M(
        "Nina Vuković <nina.vukovic@example.net>", "Application", "25 12:44",
        """Hello!

I have a BA in Cultural Studies (June 2025) and my European Solidarity Corps project in Lisbon ended in July. Since then I've been living in Bordeaux, where my sister lives, and I'm looking for a job in an arts association or a social centre.

I'd be very happy to join Pro'pulse.

Nina Vuković
06 78 52 30 14""",
        app("Nina", "Vuković", phone="+33678523014", bac=3, grad="2025-06", language="en", status="b_en_ba_esc_lisbon_ended"),
    )),
    # Feature: english_circumstances — kind — Can someone on a student residence permit join the programme
    # circumstance: «Can someone on a student residence permit join the programme» = a question in English about papers, no one's facts → kind question
    N("english_circumstances", "kind", "Can someone on a student residence permit join the programme", M(
        "Mei Lin Tan <meilin.tan@example.com>", "Question about residence permits", "10 08:08",
        """Hello,

Can someone on a student residence permit join the programme, or do you need a work permit first? And is the programme run in French only?

Thank you,
Mei Lin""",
        question(language="en"),
    )),
    # Feature: english_circumstances — kind — I'm on parental leave until 1 March
    # circumstance: «I'm on parental leave until 1 March» = a partner's out-of-office in English, no one applying → kind auto_reply
    N("english_circumstances", "kind", "I'm on parental leave until 1 March", M(
        "Oliver Pryce <o.pryce@example.org>", "Automatic reply: Partnership meeting", "13 07:02",
        """Hello,

I'm on parental leave until 1 March and will not be reading my emails. For anything urgent, please contact partnerships@example.org.

Oliver""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: english_circumstances — kind — Re: Your application to Pro'pulse
    # circumstance: «Re: Your application to Pro'pulse» = a true reply in our thread (In-Reply-To to our Message-ID), in English, about an interview on a night-shift week → kind reply
    N("english_circumstances", "kind", "Re: Your application to Pro'pulse", M(
        "Tomás Quintero <tomas.quintero@example.net>", "Re: Your application to Pro'pulse", "21 23:50",
        """Hi,

Thanks for getting back to me. I work night shifts this week, so could we do the interview on Monday afternoon instead of Friday morning?

Tomás

On 21/11/2026 at 15:20, Pro'pulse <propulse@animafac.net> wrote:
> Dear Tomás, we would like to invite you to an interview on Friday 27 November at 9:30.""",
        reply(),
        headers={"In-Reply-To": "<interview-2711.tomas@animafac.net>", "References": "<interview-2711.tomas@animafac.net>"},
    )),
    # Feature: english_circumstances — kind — The following address failed: r.whitfield@example.com
    # circumstance: «The following address failed: r.whitfield@example.com» = our answer to an English applicant came back → kind bounce
    N("english_circumstances", "kind", "The following address failed: r.whitfield@example.com", M(
        "Mail Delivery System <MAILER-DAEMON@mail.example.net>", "Undeliverable: Your application to Pro'pulse", "26 02:14",
        """Your message could not be delivered.

The following address failed: r.whitfield@example.com

Remote server said: 550 5.1.1 The email account that you tried to reach does not exist.""",
        bounce("r.whitfield@example.com"),
        bounce="Reporting-MTA: dns; mail.example.net\n\nFinal-Recipient: rfc822; r.whitfield@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 account does not exist",
    )),
]
