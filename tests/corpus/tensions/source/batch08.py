"""Tensions corpus, batch 08 (writer B): the second half of the writer's word against a status (a civic
service's volunteer who calls herself an employee, a «stagiaire» whose internship is over, a DU taken only to
sign an internship convention, a micro-enterprise of «quelques années», a payslip from the father's company)
and the tensions in English (a café job through a BA, eight years of nursing, «a few years» of sales, a
placement until March, one ending at the end of November, one ended, a service civique until April, a PGCert
running, a short online course, a viva in January, a charity or a PhD, temping since graduating, A-levels and
a foundation year, a BA of 2019 and an MSc of 2026); other mail on the same tensions (a bounce, an
out-of-office on a civic service mission, two questions in English, a reply in our thread moving a viva, an
out-of-office on placement)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, question, reply
from tensions import N

MESSAGES = [
    # Feature: self_vs_status — situation — mon contrat d'engagement de service civique court jusqu'au 28 février
    # tension: «je me présente comme coordinatrice, c'est ce que je fais» vs «mon contrat d'engagement de service civique court jusqu'au 28 février» = the status holds: a civic service running after today → fails not_service_civique → not eligible
    N("self_vs_status", "situation", "mon contrat d'engagement de service civique court jusqu'au 28 février", M(
        "Tiphaine Rolland <tiphaine.rolland@example.org>", "Coordinatrice (presque) - candidature", "02 12:50",
        """Bonjour,

Je me présente comme coordinatrice, c'est ce que je fais au quotidien dans une association de quartier à Roubaix. Mais mon statut officiel est celui de volontaire : mon contrat d'engagement de service civique court jusqu'au 28 février.

J'ai une licence de sociologie (juin 2025). J'aimerais décrocher un poste salarié ensuite, idéalement dans la même association ou une autre structure d'éducation populaire.

Tiphaine Rolland
06 27 83 51 09""",
        app("Tiphaine", "Rolland", phone="+33627835109", bac=3, grad="2025-06", failing=("not_service_civique",), status="b_licence_socio_service_civique_fevrier"),
    )),
    # Feature: self_vs_status — situation — ma convention de stage s'est terminée le 31 octobre
    # tension: «je suis encore « stagiaire » dans l'annuaire de l'association» vs «ma convention de stage s'est terminée le 31 octobre» = the internship ended, only the listing is out of date → meets not_internship → eligible
    N("self_vs_status", "situation", "ma convention de stage s'est terminée le 31 octobre", M(
        "Victor Ngom <victor.ngom@example.net>", "Candidature", "03 17:27",
        """Bonjour,
Si vous cherchez mon nom, je suis encore « stagiaire » dans l'annuaire de l'association où j'étais, mais ma convention de stage s'est terminée le 31 octobre. Master Géopolitique et solidarité obtenu en septembre 2026. Je cherche un poste de chargé de projets dans une ONG.
Victor Ngom, +33 6 70 41 28 93""",
        app("Victor", "Ngom", phone="+33670412893", bac=5, grad="2026-09", status="b_master_stagiaire_annuaire_fini"),
    )),
    # Feature: self_vs_status — situation — je suis en stage jusqu'au 22 janvier
    # tension: «je suis diplômée d'un master depuis 2025, je ne suis plus étudiante» vs «je me suis inscrite en DU uniquement pour la convention : je suis en stage jusqu'au 22 janvier» = an internship running after today, whatever the reason of the enrolment → fails not_internship → not eligible
    N("self_vs_status", "situation", "je suis en stage jusqu'au 22 janvier", M(
        "Lucie Pradel <lucie.pradel@example.fr>", "candidature pour après mon stage", "04 10:46",
        """Bonjour,

Je suis diplômée d'un master de psychologie sociale depuis septembre 2025, je ne suis plus étudiante dans ma tête. Pourtant je me suis inscrite en DU uniquement pour la convention : je suis en stage jusqu'au 22 janvier dans une fondation de lutte contre l'isolement, et je ne vais à aucun cours du DU.

Je voudrais chercher un poste dans une association d'aide aux aidants à partir de février.

Lucie Pradel
07 52 80 34 61""",
        app("Lucie", "Pradel", phone="+33752803461", bac=5, grad="2025-09", failing=("not_internship",), unknown=("studies_finished",), status="b_master_du_pour_convention_stage"),
    )),
    # Feature: self_vs_status — career_change — une micro-entreprise de traduction pendant quelques années
    # ambiguous: «quelques années» of a micro-enterprise of translation «à côté» before the master: a side activity or a trade, its length and weight are not said, not_career_change stays open
    # tension: «inscrite comme demandeuse d'emploi, en sortie de master» vs «j'ai eu une micro-entreprise de traduction pendant quelques années avant de reprendre mes études» = a status of years whose weight is not told → not_career_change open → to_verify
    N("self_vs_status", "career_change", "une micro-entreprise de traduction pendant quelques années", M(
        "Alma Rossi-Vernet <alma.rossi@example.com>", "Candidature Pro'pulse - master coopération internationale", "05 14:14",
        """Bonjour,

Je suis inscrite comme demandeuse d'emploi depuis la fin de mon master Coopération internationale et ONG (juillet 2026). Je n'ai pas d'autre statut, mais avant de reprendre mes études, j'ai eu une micro-entreprise de traduction pendant quelques années, italien et espagnol, surtout le soir.

Je cherche un poste de chargée de programmes dans une ONG ou une association de solidarité internationale.

Alma Rossi-Vernet
06 94 16 72 83""",
        app("Alma", "Rossi-Vernet", phone="+33694167283", bac=5, grad="2026-07", unknown=("not_career_change",), status="b_master_micro_entreprise_quelques_annees"),
    )),
    # Feature: self_vs_status — career_change — seulement de quelques heures de comptabilité le samedi
    # tension: «sur mes fiches de paie je suis salarié de l'entreprise de mon père» vs «seulement quelques heures de comptabilité le samedi, pendant toute ma licence» = a side job of a student, no trade → meets not_career_change → eligible
    N("self_vs_status", "career_change", "seulement de quelques heures de comptabilité le samedi", M(
        "France Travail - Agence Nevers <conseiller.nevers@francetravail.example.fr>", "Orientation vers Pro'pulse", "06 09:33",
        """Bonjour,

Je vous oriente M. Ugo Santini, que j'accompagne depuis septembre. Sur ses fiches de paie il est salarié de l'entreprise de son père (une menuiserie), mais il s'agit seulement de quelques heures de comptabilité le samedi, pendant toute sa licence. Il a obtenu en juin 2026 sa licence Économie-gestion.

Il cherche un poste de gestionnaire dans une association ou une coopérative de l'Yonne ou de la Nièvre. Coordonnées : ugo.santini@example.org, 06 45 93 27 10. Son CV est joint.

Cordialement,
Éric Merlin, conseiller France Travail""",
        app("Ugo", "Santini", phone="+33645932710", bac=3, grad="2026-06", email="ugo.santini@example.org", forwarded_by="conseiller.nevers@francetravail.example.fr", info_in="both", status="b_licence_eco_salarie_du_pere_samedi"),
        cv=CV("pdf", "CV Ugo Santini.pdf", """Ugo Santini
Gestionnaire
ugo.santini@example.org - 06 45 93 27 10
Licence Économie-gestion - Université de Bourgogne - juin 2026
Aide-comptable le samedi, menuiserie Santini (2023-2026)
Trésorier de l'association étudiante (2024-2025)"""),
    )),
    # Feature: self_vs_status — kind — Final-Recipient: rfc822; yvan.moreau@example.com
    # tension: «our answer about his status» vs «user unknown» = our mail came back → kind bounce
    N("self_vs_status", "kind", "Final-Recipient: rfc822; yvan.moreau@example.com", M(
        "Mail Delivery System <MAILER-DAEMON@smtp.example.com>", "Undelivered Mail Returned to Sender", "07 05:21",
        """This is the mail system at host smtp.example.com.

Your message could not be delivered to one or more recipients.

<yvan.moreau@example.com>: 550 5.1.1 user unknown

Final-Recipient: rfc822; yvan.moreau@example.com""",
        bounce("yvan.moreau@example.com"),
        bounce="Reporting-MTA: dns; smtp.example.com\n\nFinal-Recipient: rfc822; yvan.moreau@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: self_vs_status — kind — en mission de volontariat jusqu'au 15 mars
    # tension: «en mission de volontariat» vs «votre message sur ma candidature» = an out-of-office of a volunteer, no facts to judge → kind auto_reply
    N("self_vs_status", "kind", "en mission de volontariat jusqu'au 15 mars", M(
        "Romy Ouedraogo <romy.ouedraogo@example.org>", "Réponse automatique : Votre candidature", "08 07:15",
        """Bonjour, je suis en mission de volontariat jusqu'au 15 mars et je consulte peu cette adresse. Je lirai votre message sur ma candidature dès que possible. Romy""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: english_tensions — career_change — a part-time job at a café all through my degree
    # tension: «I worked for three years» vs «a part-time job at a café all through my degree» = a student job is no career → meets not_career_change → eligible
    N("english_tensions", "career_change", "a part-time job at a café all through my degree", M(
        "Priya Subramaniam <priya.subra@example.com>", "Application", "09 13:24",
        """Hi,

I graduated in June 2026 with a BA in Sociology from Université Paris Cité (taught in English). My CV says I worked for three years, but that was a part-time job at a café all through my degree.

I'd love to work for an association supporting young people, ideally in youth work or mentoring.

Thanks,
Priya Subramaniam
07 61 82 45 30""",
        app("Priya", "Subramaniam", phone="+33761824530", bac=3, grad="2026-06", language="en", status="b_en_ba_socio_cafe_job"),
    )),
    # Feature: english_tensions — career_change — I worked as a nurse for eight years
    # tension: «I completed my MSc in Public Health in September 2026» vs «I worked as a nurse for eight years before that» = eight years of another trade before the degree → fails not_career_change → not eligible
    N("english_tensions", "career_change", "I worked as a nurse for eight years", M(
        "Mateus Oliveira <mateus.oliveira@example.net>", "Career change - Pro'pulse", "10 19:03",
        """Good evening,

I completed my MSc in Public Health in September 2026 in Lyon. Before that, I worked as a nurse for eight years in Lisbon and then in a private clinic in Lyon.

I'm now looking for a job as a health project officer in a non-profit, for instance in harm reduction or health promotion.

Kind regards,
Mateus Oliveira
+33 6 59 13 87 42""",
        app("Mateus", "Oliveira", phone="+33659138742", bac=5, grad="2026-09", failing=("not_career_change",), language="en", status="b_en_msc_nurse_eight_years"),
    )),
    # Feature: english_tensions — career_change — I spent a few years in sales
    # ambiguous: «a few years» in sales before the master, full-time or not, a trade or a stopgap: not_career_change stays open
    # tension: «MA in Social Economy, July 2025» vs «I spent a few years in sales before going back to uni» = a length not said → not_career_change open → to_verify
    N("english_tensions", "career_change", "I spent a few years in sales", M(
        "Yusuf Whitaker <yusuf.whitaker@example.org>", "Application to Pro'pulse", "11 11:11",
        """Hello,
I spent a few years in sales before going back to uni, and I finished an MA (a master's degree) in Social Economy in July 2025 (Grenoble). Looking for a job in a co-op or a social enterprise, something on the business development side.
Yusuf Whitaker, 06 38 27 95 14""",
        app("Yusuf", "Whitaker", phone="+33638279514", bac=5, grad="2025-07", unknown=("not_career_change",), language="en", status="b_en_ma_few_years_sales"),
    )),
    # Feature: english_tensions — situation — I'm on a placement at a housing association until 12 March
    # tension: «I graduated in July 2026» vs «I'm on a placement at a housing association until 12 March» = a placement is an internship, running after today → fails not_internship → not eligible
    N("english_tensions", "situation", "I'm on a placement at a housing association until 12 March", M(
        "Hannah Mwangi <hannah.mwangi@example.com>", "Application for after my placement", "12 16:47",
        """Dear Pro'pulse team,

I graduated in July 2026 with a bachelor's in Social Work from a Belgian university, and since October I'm on a placement at a housing association until 12 March, as part of a post-degree integration scheme.

I'd like to start looking for a permanent job in the same sector now so that I'm ready in March. Could you help with that?

Best wishes,
Hannah Mwangi
+32 470 12 34 89""",
        app("Hannah", "Mwangi", phone="+32470123489", bac=3, grad="2026-07", failing=("not_internship",), language="en", status="b_en_bachelor_placement_march"),
    )),
    # Feature: english_tensions — situation — my internship finishes at the end of November
    # ambiguous: the internship ends «at the end of November» with no day: it may be over by today or not, not_internship stays open
    # tension: «I got my master's degree in June 2026» vs «my internship finishes at the end of November» = an internship ending this month with no day → not_internship open → to_verify
    N("english_tensions", "situation", "my internship finishes at the end of November", M(
        "Oscar Lindqvist <oscar.lindqvist@example.net>", "Application", "13 10:20",
        """Hi there,

I got my master's degree in June 2026 (Environmental Management, Montpellier) and my internship finishes at the end of November at an environmental education association. After that I'll be fully available.

I'm looking for a job as a project coordinator in a non-profit working on biodiversity or climate education.

Cheers,
Oscar Lindqvist
+33 7 26 48 91 53""",
        app("Oscar", "Lindqvist", phone="+33726489153", bac=5, grad="2026-06", unknown=("not_internship",), language="en", status="b_en_master_internship_end_november"),
    )),
    # Feature: english_tensions — situation — the internship ended on 16 October
    # tension: «my internship at a refugee charity» vs «the internship ended on 16 October» = an internship ended → meets not_internship → eligible
    N("english_tensions", "situation", "the internship ended on 16 October", M(
        "Amara Okonkwo <amara.okonkwo@example.org>", "Application - Pro'pulse", "14 09:09",
        """Hello,

I hold a BSc in International Development (University of Sussex, July 2025). Since then I did an internship at a refugee charity in Marseille; the internship ended on 16 October and they had no budget to keep me.

I'm now looking for a job as a caseworker or project assistant in a non-profit. I speak English, French and Igbo.

Best regards,
Amara Okonkwo
07 92 30 16 57""",
        app("Amara", "Okonkwo", phone="+33792301657", bac=3, grad="2025-07", language="en", info_in="both", status="b_en_bsc_internship_ended_october"),
        cv=CV("odt", "Amara_Okonkwo_CV.odt", """Amara Okonkwo
Project assistant
amara.okonkwo@example.org - 07 92 30 16 57
BSc International Development - University of Sussex - July 2025
Intern, refugee support charity, Marseille (May-October 2026)
Languages: English, French, Igbo"""),
    )),
    # Feature: english_tensions — situation — my service civique runs until the end of April
    # tension: «I have a master's degree from 2025» vs «my service civique runs until the end of April» = a civic service running after today → fails not_service_civique → not eligible
    N("english_tensions", "situation", "my service civique runs until the end of April", M(
        "Luca Moretti-Evans <luca.me@example.com>", "Application while on service civique", "16 18:30",
        """Hi,

Quick one: I have a master's degree in Cultural Management from 2025 (September), and my service civique runs until the end of April at a community arts association. I'd like to join Pro'pulse to prepare the job search for May.

Luca Moretti-Evans
06 50 74 28 19""",
        app("Luca", "Moretti-Evans", phone="+33650742819", bac=5, grad="2025-09", failing=("not_service_civique",), language="en", status="b_en_master_service_civique_april"),
    )),
    # Feature: english_tensions — studies_finished — I enrolled in a Postgraduate Certificate in Youth Work, which runs until June
    # tension: «I graduated with a BA in Education Studies in 2025» vs «I enrolled in a Postgraduate Certificate in Youth Work, which runs until June» = a diploma course running today → fails studies_finished → not eligible
    N("english_tensions", "studies_finished", "I enrolled in a Postgraduate Certificate in Youth Work, which runs until June", M(
        "Niamh O'Sullivan <niamh.osullivan@example.net>", "Application", "17 14:02",
        """Dear team,

I graduated with a BA in Education Studies in July 2025. In September I enrolled in a Postgraduate Certificate in Youth Work, which runs until June, with classes two evenings a week and a written dissertation at the end.

Meanwhile I'm looking for a job in a youth charity or an education association in Paris.

Kind regards,
Niamh O'Sullivan
07 84 21 63 90""",
        app("Niamh", "O'Sullivan", phone="+33784216390", bac=3, grad="2025-07", failing=("studies_finished",), language="en", status="b_en_ba_pgcert_running"),
    )),
    # Feature: english_tensions — studies_finished — a free six-week online course on fundraising
    # tension: «MSc in Development Economics, June 2026» vs «I'm doing a free six-week online course on fundraising» = a short online course is no studies → meets studies_finished → eligible
    N("english_tensions", "studies_finished", "a free six-week online course on fundraising", M(
        "Samuel Van der Berg <samuel.vdberg@example.org>", "Application - MSc graduate", "18 10:55",
        """Hello,

I finished my MSc in Development Economics in June 2026 (Toulouse School of Economics). To fill a gap on my CV I'm doing a free six-week online course on fundraising, a couple of hours a week.

I'm looking for a job as a fundraising or grants officer in a foundation or a non-profit.

Best,
Samuel Van der Berg
+33 6 22 91 50 38""",
        app("Samuel", "Van der Berg", phone="+33622915038", bac=5, grad="2026-06", language="en", status="b_en_msc_mooc_fundraising"),
        html="only",
        body_html="""<html><body><p>Hello,</p><p>I finished my <b>MSc in Development Economics</b> in June 2026 (Toulouse School of Economics). To fill a gap on my CV I'm doing a free six-week online course on fundraising, a couple of hours a week.</p><p>I'm looking for a job as a fundraising or grants officer in a foundation or a non-profit.</p><p>Best,<br>Samuel Van der Berg<br>+33 6 22 91 50 38</p></body></html>""",
    )),
    # Feature: english_tensions — studies_finished — my viva is scheduled for 19 January
    # tension: «all my master's modules are passed» vs «my viva is scheduled for 19 January» = a defence still to come → fails studies_finished → not eligible
    N("english_tensions", "studies_finished", "my viva is scheduled for 19 January", M(
        "Tomás Reyes <tomas.reyes@example.com>", "Early application", "19 08:38",
        """Hello,
All my master's modules are passed (Social and Solidarity Economy, Lille) and my viva is scheduled for 19 January. I'd like to start looking for a job in a co-op now. Is it too early?
Tomás Reyes - 07 35 69 12 84""",
        app("Tomás", "Reyes", phone="+33735691284", bac="*", grad=None, failing=("studies_finished",), language="en", status="b_en_master_viva_january"),
    )),
    # Feature: english_tensions — aim — or, if the funding comes through, a PhD
    # ambiguous: a charity job looked for now, with a PhD taken instead if the funding comes: job_seeking_ess stays open
    # tension: «I'm applying to charities working on food poverty» vs «or, if the funding comes through, a PhD» = an ESS search now with a PhD as the alternative → job_seeking_ess open → to_verify
    N("english_tensions", "aim", "or, if the funding comes through, a PhD", M(
        "Esther Zulu <esther.zulu@example.org>", "Application", "20 13:40",
        """Dear Pro'pulse,

I finished my master's degree in Sociology in September 2026. I'm applying to charities working on food poverty in Nantes — or, if the funding comes through, a PhD on the same topic; I'll hear in March.

I'd appreciate support for the job applications in French in the meantime.

Esther Zulu
06 79 35 20 46""",
        app("Esther", "Zulu", phone="+33679352046", bac=5, grad="2026-09", unknown=("job_seeking_ess",), language="en", status="b_en_master_charity_or_phd"),
    )),
    # Feature: english_tensions — career_change — I've been temping at a logistics firm since September
    # tension: «I've been temping at a logistics firm since September» vs «graduated in July 2026, looking for a job in a co-op» = temping for a few months after the degree is no career → meets not_career_change → eligible
    N("english_tensions", "career_change", "I've been temping at a logistics firm since September", M(
        "Dominik Wiśniewski <dominik.wisniewski@example.net>", "Application - BUT graduate", "21 20:12",
        """Hi,

I graduated in July 2026 with a BUT in Business Management (GEA) from IUT Lyon 3. To pay the bills I've been temping at a logistics firm since September, night shifts mostly, but I'm actively looking for a job in a co-op or a social enterprise, on the admin and finance side.

I've applied to six places so far and had one interview. I'd love some help with the French cover letters.

Thanks a lot,
Dominik Wiśniewski
+33 7 81 04 26 59""",
        app("Dominik", "Wiśniewski", phone="+33781042659", bac=3, grad="2026-07", language="en", status="b_en_but_temping_since_september"),
    )),
    # Feature: english_tensions — level — A-levels and a foundation year
    # tension: «I consider myself a graduate» vs «what I have is A-levels and a foundation year, I never started the degree» = a foundation year is no degree: A-levels are the bac's level → fails degree_level → not eligible
    N("english_tensions", "level", "A-levels and a foundation year", M(
        "Ryan Thompson-Ba <ryan.tb@example.com>", "Can I apply?", "22 17:35",
        """Hello,

I consider myself a graduate, but to be precise, what I have is A-levels and a foundation year (2024), I never started the degree itself because of money. I've been working in a charity shop since then.

I'd like a proper job in a non-profit, maybe in retail or volunteering coordination.

Ryan Thompson-Ba
07 58 14 30 97""",
        app("Ryan", "Thompson-Ba", phone="+33758143097", bac=0, grad=None, failing=("degree_level",), language="en", status="b_en_alevels_foundation_year"),
    )),
    # Feature: english_tensions — graduation — an MSc in Sustainable Development that I completed in June 2026
    # tension: «my BA is from 2019» vs «an MSc in Sustainable Development that I completed in June 2026» = the most recent diploma dates the graduation → meets graduation_recent → eligible
    N("english_tensions", "graduation", "an MSc in Sustainable Development that I completed in June 2026", M(
        "Isabela Mendes <isabela.mendes@example.org>", "Application", "23 12:26",
        """Dear Pro'pulse team,

My BA is from 2019 (Geography, São Paulo), and I also have an MSc in Sustainable Development that I completed in June 2026 in Bordeaux, after a year abroad and a few months of language classes.

I'm looking for a job in an environmental association or a renewable energy co-op.

With thanks,
Isabela Mendes
06 84 57 03 21""",
        app("Isabela", "Mendes", phone="+33684570321", bac=5, grad="2026-06", language="en", status="b_en_ba_2019_msc_2026"),
    )),
    # Feature: english_tensions — kind — can I apply while I'm still on my placement
    # tension: «a placement» vs «a degree» = a general question in English, no one's facts → kind question
    N("english_tensions", "kind", "can I apply while I'm still on my placement", M(
        "j.oconnell@example.com", "Quick question", "24 09:44",
        """Hi, can I apply while I'm still on my placement, or should I wait until it's over? Thanks.""",
        question(language="en"),
    )),
    # Feature: english_tensions — kind — Do you accept degrees from outside France
    # tension: «degrees from outside France» vs «a French equivalence» = a general question in English → kind question
    N("english_tensions", "kind", "Do you accept degrees from outside France", M(
        "Mei Lin Tan <meilin.tan@example.net>", "Foreign degrees?", "24 21:18",
        """Hello,

Do you accept degrees from outside France, or do we need a French equivalence first? And does the two-year rule count from the graduation ceremony or from the results?

Many thanks""",
        question(language="en"),
    )),
    # Feature: english_tensions — kind — Re: Your Pro'pulse application
    # tension: «my viva has been moved» vs «to 2 December» = a true reply in our thread (In-Reply-To our Message-ID) giving the new date → kind reply
    N("english_tensions", "kind", "Re: Your Pro'pulse application", M(
        "Kwame Asante <kwame.asante@example.org>", "Re: Your Pro'pulse application", "25 10:05",
        """Hello,

A quick update: my viva has been moved to 2 December, so I'll send you the results as soon as I have them.

Best,
Kwame

On 20/11/2026 at 11:30, Pro'pulse <propulse@animafac.net> wrote:
> Dear Kwame, thank you for your application. Could you tell us when your viva takes place?""",
        reply(),
        headers={"In-Reply-To": "<app-8842.kwame@animafac.net>", "References": "<app-8842.kwame@animafac.net>"},
    )),
    # Feature: english_tensions — kind — I am on placement until 18 December
    # tension: «on placement» vs «your email» = an out-of-office in English, no application → kind auto_reply
    N("english_tensions", "kind", "I am on placement until 18 December", M(
        "Grace Whitfield <grace.whitfield@example.com>", "Automatic reply: Your application", "25 16:20",
        """Thank you for your email. I am on placement until 18 December with limited access to my inbox. I will reply as soon as I can.

Grace""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
