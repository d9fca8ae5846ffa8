"""Sectors corpus, batch 04 (writer A): cooperatives and social entrepreneurship (CAE and its
entrepreneure-salariée, SCOP, SCIC de tiers-lieu, incubateur ESS, a start-up founder, a DU whose jury has not
met), digital inclusion and communication (titre pro développeur web, agence web, BUT MMI, a 3-day
«formation» of médiation numérique, an «immersion» in a fablab, Conseiller numérique France Services, BTS
communication), the same sectors in English (HND, A-levels, a credit union, AmeriCorps, an MSc awaiting its
exam board, a BA in social policy, a food bank); other mail from the same fields (a network of CAE's letter, a
SCOP's invitation, a question about conseillers numériques, a bounce, an English charity's reply in our thread
and its partnership offer)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, bounce, newsletter, other, question, reply
from sectors import N

MESSAGES = [
    # Feature: coops_entrepreneurship — situation — via une CAE, dont je suis entrepreneuse-salariée depuis le printemps
    # sector: «via une CAE, dont je suis entrepreneuse-salariée depuis le printemps» = a salaried member of a coopérative d'activité et d'emploi: employed, neither an intern nor a volunteer → meets not_internship, not_service_civique
    N("coops_entrepreneurship", "situation", "via une CAE, dont je suis entrepreneuse-salariée depuis le printemps", M(
        "Adèle Fournier <adele.fournier@example.org>", "Candidature", "02 11:40",
        """Bonjour,

Je facture mes ateliers de couture et de réparation textile via une CAE, dont je suis entrepreneuse-salariée depuis le printemps. J'ai un master Économie sociale et solidaire obtenu en septembre 2025.

Mon activité ne suffit pas à me faire vivre, alors je cherche un poste salarié dans une SCOP ou une SCIC, sur le développement de projets.

Adèle Fournier
06 43 28 91 57""",
        app("Adèle", "Fournier", phone="+33643289157", bac=5, grad="2025-09", status="cae_entrepreneure_salariee"),
    )),
    # Feature: coops_entrepreneurship — aim — développer ma start-up de livraison, ou rejoindre une autre start-up
    # sector: «développer ma start-up de livraison, ou rejoindre une autre start-up» = a founder of a for-profit start-up staying in start-ups, not the ESS → fails job_seeking_ess
    N("coops_entrepreneurship", "aim", "développer ma start-up de livraison, ou rejoindre une autre start-up", M(
        "Maxime Lacroix <maxime.lacroix@example.com>", "Pro'pulse ?", "03 23:10",
        """Bonjour,

Diplômé d'une école de commerce en juin 2025 (master grande école), j'ai fondé une SAS de livraison du dernier kilomètre avec deux associés. Mon objectif pour l'an prochain : développer ma start-up de livraison, ou rejoindre une autre start-up si on ne lève pas de fonds.

Votre programme propose-t-il du mentorat ?

Maxime Lacroix
06 99 14 35 72""",
        app("Maxime", "Lacroix", phone="+33699143572", bac=5, grad="2025-06", failing=("job_seeking_ess",), status="fondateur_startup"),
    )),
    # Feature: coops_entrepreneurship — studies_finished — j'ai passé le grand oral du DU entrepreneuriat social de l'incubateur ESS, les résultats tombent le 10 décembre
    # ambiguous: all the DU's exams are sat but the jury has not met; whether her studies are over is not yet known
    # sector: «j'ai passé le grand oral du DU entrepreneuriat social de l'incubateur ESS, les résultats tombent le 10 décembre» = a university certificate of social entrepreneurship awaiting its jury → studies_finished open
    N("coops_entrepreneurship", "studies_finished", "j'ai passé le grand oral du DU entrepreneuriat social de l'incubateur ESS, les résultats tombent le 10 décembre", M(
        "Inaya Mansouri <inaya.mansouri@example.net>", "Candidature programme", "04 15:27",
        """Bonjour,

Licence d'économie obtenue en juin 2025. Cette année j'ai passé le grand oral du DU entrepreneuriat social de l'incubateur ESS, les résultats tombent le 10 décembre.

Je cherche un poste de chargée d'accompagnement dans un incubateur ESS ou une coopérative d'activité et d'emploi.

Inaya Mansouri
07 21 58 46 93""",
        app("Inaya", "Mansouri", phone="+33721584693", bac=3, grad="2025-06", unknown=("studies_finished",), status="du_entrepreneuriat_jury"),
    )),
    # Feature: coops_entrepreneurship — studies_finished — soutenu mon master ESS en octobre, diplôme validé
    # sector: «soutenu mon master ESS en octobre, diplôme validé» = the master's defence passed and the diploma awarded → meets studies_finished
    N("coops_entrepreneurship", "studies_finished", "soutenu mon master ESS en octobre, diplôme validé", M(
        "Victor Hamon <victor.hamon@example.fr>", "Candidature chargé d'accompagnement", "05 09:08",
        """Bonjour,

J'ai soutenu mon master ESS en octobre, diplôme validé. Mon mémoire portait sur la gouvernance des SCIC de tiers-lieux.

Je souhaite devenir chargé d'accompagnement dans une CAE ou un incubateur ESS. Mon CV est joint.

Victor Hamon
06 30 75 19 84""",
        app("Victor", "Hamon", phone="+33630751984", bac=5, grad="2026-10", status="master_ess_soutenu", info_in="both"),
        cv=CV("pdf", "Victor_Hamon_CV.pdf", "Victor Hamon\nMaster Économie sociale et solidaire (soutenance octobre 2026)\nLicence AES (2024)\nStage : incubateur ESS régional, 6 mois (2026)\nBénévolat : tiers-lieu associatif, trésorier"),
    )),
    # Feature: coops_entrepreneurship — aim — rejoindre une SCIC de tiers-lieu comme coordinatrice
    # sector: «rejoindre une SCIC de tiers-lieu comme coordinatrice» = a société coopérative d'intérêt collectif, part of the ESS → meets job_seeking_ess
    N("coops_entrepreneurship", "aim", "rejoindre une SCIC de tiers-lieu comme coordinatrice", M(
        "Sixtine Carré <sixtine.carre@example.org>", "coordinatrice tiers-lieu", "06 19:45",
        """Bonjour !

BUT Carrières sociales, option gestion urbaine, obtenu en juin 2026. Mon rêve : rejoindre une SCIC de tiers-lieu comme coordinatrice, avec un café, un atelier partagé et des permanences associatives.

Sixtine Carré
06 12 94 60 38""",
        app("Sixtine", "Carré", phone="+33612946038", bac=3, grad="2026-06", status="but_scic_tiers_lieu"),
    )),
    # Feature: coops_entrepreneurship — situation — stagiaire à l'incubateur ESS jusqu'au 28 février
    # sector: «stagiaire à l'incubateur ESS jusqu'au 28 février» = an internship under the master's convention, running past today → fails not_internship, studies_finished
    N("coops_entrepreneurship", "situation", "stagiaire à l'incubateur ESS jusqu'au 28 février", M(
        "Hamza Boukhari <hamza.boukhari@example.com>", "candidature", "07 12:02",
        """Bonjour,

Je suis en M2 entrepreneuriat social et stagiaire à l'incubateur ESS jusqu'au 28 février, dans le cadre de mon master. J'accompagne les porteurs de projet de la promo.

J'aimerais ensuite travailler dans une coopérative ou un réseau de l'ESS.

Hamza Boukhari
07 47 30 82 16""",
        app("Hamza", "Boukhari", phone="+33747308216", bac="*", grad=None, failing=("studies_finished", "not_internship"), status="m2_stage_incubateur"),
    )),
    # Feature: coops_entrepreneurship — kind — Coop'Infos, le bulletin du réseau des CAE
    # sector: «Coop'Infos, le bulletin du réseau des CAE» = a network of CAE's newsletter → kind newsletter
    N("coops_entrepreneurship", "kind", "Coop'Infos, le bulletin du réseau des CAE", M(
        "Réseau des CAE <lettre@reseau-cae.example.org>", "Coop'Infos, le bulletin du réseau des CAE - n° 42", "11 07:00",
        """Coop'Infos, le bulletin du réseau des CAE

- Portrait : trois entrepreneurs-salariés devenus associés
- Formation : «Entreprendre en coopérative», session de janvier
- Emploi : la CAE Ouvrages recrute une chargée d'accompagnement (CDI)

Vous recevez cette lettre en tant que partenaire du réseau.""",
        newsletter(),
    )),
    # Feature: coops_entrepreneurship — kind — la SCOP vous invite à son assemblée générale ouverte
    # sector: «la SCOP vous invite à son assemblée générale ouverte» = a worker cooperative's invitation, no application → kind other
    N("coops_entrepreneurship", "kind", "la SCOP vous invite à son assemblée générale ouverte", M(
        "SCOP Les Charpentiers Associés <contact@charpentiers-associes.example.fr>", "Invitation AG ouverte", "12 16:30",
        """Bonjour,

Pour fêter ses 20 ans, la SCOP vous invite à son assemblée générale ouverte le 12 décembre, suivie d'une table ronde sur la transmission d'entreprise aux salariés.

Les sociétaires de la SCOP""",
        other(),
    )),
    # Feature: digital_comms — level — titre professionnel Développeur web et web mobile, obtenu en avril 2026
    # sector: «titre professionnel Développeur web et web mobile, obtenu en avril 2026» = a bac+2 title of the digital trades, 7 months ago → meets degree_level, graduation_recent
    N("digital_comms", "level", "titre professionnel Développeur web et web mobile, obtenu en avril 2026", M(
        "Samuel Ottaviani <samuel.ottaviani@example.net>", "Candidature", "02 14:22",
        """Bonjour,

J'ai le titre professionnel Développeur web et web mobile, obtenu en avril 2026, après une formation intensive. Je donne déjà des coups de main au fablab associatif de mon quartier.

Je cherche un poste de développeur ou de fabmanager dans une association du numérique libre ou un fablab.

Samuel Ottaviani
06 26 13 84 70""",
        app("Samuel", "Ottaviani", phone="+33626138470", bac=2, grad="2026-04", status="tp_dev_web_fablab"),
    )),
    # Feature: digital_comms — aim — développeuse front dans une agence web
    # sector: «développeuse front dans une agence web» = a web agency, a company outside the ESS → fails job_seeking_ess
    N("digital_comms", "aim", "développeuse front dans une agence web", M(
        "Lou Fabre <lou.fabre@example.org>", "candidature", "03 10:49",
        """Bonjour,

BUT MMI obtenu en juin 2026. Je cherche un poste de développeuse front dans une agence web à Montpellier, idéalement une agence qui fait des sites e-commerce.

Lou Fabre
07 52 19 64 38""",
        app("Lou", "Fabre", phone="+33752196438", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="but_mmi_agence_web"),
    )),
    # Feature: digital_comms — level — une formation de trois jours à la médiation numérique, c'est mon seul diplôme après le bac
    # sector: «une formation de trois jours à la médiation numérique, c'est mon seul diplôme après le bac» = a short training, no diploma level; the bac is the highest → fails degree_level
    N("digital_comms", "level", "une formation de trois jours à la médiation numérique, c'est mon seul diplôme après le bac", M(
        "Jade Lemoine <jade.lemoine@example.fr>", "Candidature médiatrice numérique", "04 08:36",
        """Bonjour,

J'ai eu mon bac en 2019. J'ai fait une formation de trois jours à la médiation numérique, c'est mon seul diplôme après le bac, enfin une attestation.

J'aide des personnes âgées à faire leurs démarches en ligne, en bénévole, et je voudrais devenir médiatrice numérique dans un espace public numérique associatif.

Jade Lemoine
06 84 92 17 53""",
        app("Jade", "Lemoine", phone="+33684921753", bac=0, grad="2019", failing=("degree_level",), status="formation_3_jours_mediation"),
    )),
    # Feature: digital_comms — situation — en immersion au fablab de l'université depuis octobre, jusqu'en janvier
    # ambiguous: an «immersion» may be a PMSMP (a short work placement of France Travail), an internship under convention or an informal trial; he does not say which
    # sector: «en immersion au fablab de l'université depuis octobre, jusqu'en janvier» = a held placement of unstated kind in a fablab → not_internship open
    N("digital_comms", "situation", "en immersion au fablab de l'université depuis octobre, jusqu'en janvier", M(
        "Enzo Delorme <enzo.delorme@example.com>", "Candidature", "05 13:14",
        """Bonjour,

BUT MMI obtenu en juin 2025. Je suis en immersion au fablab de l'université depuis octobre, jusqu'en janvier : j'anime les formations à la découpeuse laser et à l'impression 3D.

Je voudrais devenir fabmanager dans un fablab associatif ou un tiers-lieu.

Enzo Delorme
07 65 40 28 91""",
        app("Enzo", "Delorme", phone="+33765402891", bac=3, grad="2025-06", unknown=("not_internship",), status="immersion_fablab"),
    )),
    # Feature: digital_comms — situation — il a terminé son service civique à l'espace public numérique fin août
    # sector: «il a terminé son service civique à l'espace public numérique fin août» = a civic service in a public digital space, over → meets not_service_civique
    N("digital_comms", "situation", "il a terminé son service civique à l'espace public numérique fin août", M(
        "Véronique Lambert - Conseillère numérique <v.lambert@example.org>", "Orientation d'un jeune", "06 10:20",
        """Bonjour,

Je suis Conseillère numérique France Services dans une association de quartier. Je vous oriente Malik Bensaïd : il a terminé son service civique à l'espace public numérique fin août, où il m'a beaucoup aidée sur les ateliers smartphone.

Malik a une licence information-communication obtenue en juin 2025 et il voudrait un poste de chargé de communication dans une association ou de médiateur numérique.

Vous pouvez le joindre au 07 08 36 51 24 (malik.bensaid@example.com).

Véronique Lambert""",
        app("Malik", "Bensaïd", phone="+33708365124", bac=3, grad="2025-06", status="sc_epn_fini", email="malik.bensaid@example.com", forwarded_by="v.lambert@example.org"),
    )),
    # Feature: digital_comms — graduation — BTS communication obtenu en juin 2025
    # sector: «BTS communication obtenu en juin 2025» = a bac+2 of the communication trades, 17 months ago → meets graduation_recent, degree_level
    N("digital_comms", "graduation", "BTS communication obtenu en juin 2025", M(
        "Clarisse Aubry <clarisse.aubry@example.net>", "candidature chargée de com", "07 17:33",
        """Bonjour,

BTS communication obtenu en juin 2025. Depuis, j'ai fait la communication bénévole d'une association de parents et d'une AMAP.

Je cherche un poste de chargée de communication associative, réseaux sociaux, lettres d'info, affiches.

Clarisse Aubry
06 41 70 93 25""",
        app("Clarisse", "Aubry", phone="+33641709325", bac=2, grad="2025-06", status="bts_com_associative"),
    )),
    # Feature: digital_comms — kind — les postes de conseiller numérique en association comptent-ils pour le programme
    # sector: «les postes de conseiller numérique en association comptent-ils pour le programme» = a general question about a digital scheme's jobs → kind question
    N("digital_comms", "kind", "les postes de conseiller numérique en association comptent-ils pour le programme", M(
        "Olivier Texier <olivier.texier@example.com>", "Question conseillers numériques", "13 11:05",
        """Bonjour,

Je coordonne un réseau de médiation numérique : les postes de conseiller numérique en association comptent-ils pour le programme, même quand ils sont financés par l'État ?

Merci,
Olivier Texier""",
        question(),
    )),
    # Feature: digital_comms — kind — Delivery has failed to these recipients: fablab.rives@example.net
    # sector: «Delivery has failed to these recipients: fablab.rives@example.net» = our mail to a fablab bounced → kind bounce
    N("digital_comms", "kind", "Delivery has failed to these recipients: fablab.rives@example.net", M(
        "Microsoft Outlook <postmaster@mx.example.net>", "Undeliverable: Atelier CV au fablab", "14 09:50",
        """Delivery has failed to these recipients: fablab.rives@example.net

The email address you entered couldn't be found.""",
        bounce("fablab.rives@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; fablab.rives@example.net\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound",
    )),
    # Feature: english_sectors — level — HND in Health and Social Care, awarded in July 2025
    # sector: «HND in Health and Social Care, awarded in July 2025» = a Higher National Diploma, bac+2, 16 months ago → meets degree_level, graduation_recent
    N("english_sectors", "level", "HND in Health and Social Care, awarded in July 2025", M(
        "Megan Pritchard <megan.pritchard@example.com>", "Application", "02 12:12",
        """Hi,

I hold an HND in Health and Social Care, awarded in July 2025 by a college in Cardiff. I moved to Toulouse this autumn with my partner.

I am looking for work as a support worker in a charity or a French association for people with learning disabilities.

Thanks,
Megan Pritchard
07 69 25 14 80""",
        app("Megan", "Pritchard", phone="+33769251480", bac=2, grad="2025-07", status="hnd_social_care_en", language="en"),
    )),
    # Feature: english_sectors — aim — a project officer role at a credit union or a cooperative bank
    # sector: «a project officer role at a credit union or a cooperative bank» = member-owned finance, part of the ESS → meets job_seeking_ess
    N("english_sectors", "aim", "a project officer role at a credit union or a cooperative bank", M(
        "Callum O'Reilly <callum.oreilly@example.org>", "Application - Pro'pulse programme", "03 09:58",
        """Dear Pro'pulse team,

I graduated with a BSc in Economics from Queen's University Belfast in June 2026. During my degree I volunteered with a credit union's financial literacy scheme.

I am now looking for a project officer role at a credit union or a cooperative bank, in France or in Ireland. My CV is attached.

Kind regards,
Callum O'Reilly
+353 87 123 4567""",
        app("Callum", "O'Reilly", phone="+353871234567", bac=3, grad="2026-06", status="bsc_credit_union_en", language="en", info_in="both"),
        cv=CV("pdf", "Callum_OReilly_CV.pdf", "Callum O'Reilly\nBSc Economics, Queen's University Belfast (2026)\nVolunteer, credit union financial literacy scheme (2024-2026)\nSkills: Excel, data analysis, French (B2)"),
    )),
    # Feature: english_sectors — level — A-levels and a Level 3 diploma in youth work
    # sector: «A-levels and a Level 3 diploma in youth work» = school-leaving qualifications and a vocational diploma at bac level, nothing higher → fails degree_level
    N("english_sectors", "level", "A-levels and a Level 3 diploma in youth work", M(
        "Tyler Brooks <tyler.brooks@example.net>", "hi", "04 21:30",
        """Hi there,

I've got A-levels and a Level 3 diploma in youth work (2023), and I've been a youth worker at a community centre in Leeds for two years. Now living in Lille.

Looking for a job in a youth charity or a French centre social.

Cheers,
Tyler
07 33 61 48 92""",
        app("Tyler", "Brooks", phone="+33733614892", bac=0, grad="2023", failing=("degree_level",), status="alevels_youth_work_en", language="en"),
    )),
    # Feature: english_sectors — situation — currently serving with AmeriCorps until August 2027
    # sector: «currently serving with AmeriCorps until August 2027» = a US national service term, civic-service-like, held now → fails not_service_civique
    N("english_sectors", "situation", "currently serving with AmeriCorps until August 2027", M(
        "Jasmine Whitfield <jasmine.whitfield@example.com>", "Application from the US", "05 02:15",
        """Hello,

I graduated with a BA in Sociology in May 2025 and I am currently serving with AmeriCorps until August 2027, at a food bank in Oregon.

I would love to move to France afterwards and work for a nonprofit or a cooperative.

Best,
Jasmine Whitfield
+1 503 555 0142""",
        app("Jasmine", "Whitfield", phone="+15035550142", bac=3, grad="2025-05", failing=("not_service_civique",), status="americorps_en", language="en"),
    )),
    # Feature: english_sectors — studies_finished — I submitted my MSc dissertation in September; the exam board meets in December
    # ambiguous: every part of the MSc is handed in but the exam board has not met; whether the degree is over is not yet known
    # sector: «I submitted my MSc dissertation in September; the exam board meets in December» = a master's awaiting its board → studies_finished open
    N("english_sectors", "studies_finished", "I submitted my MSc dissertation in September; the exam board meets in December", M(
        "Priyanka Sharma <priyanka.sharma@example.org>", "Application", "06 16:16",
        """Dear team,

I submitted my MSc dissertation in September; the exam board meets in December. My MSc is in Environmental Policy, from Edinburgh.

I am looking for a job in a community interest company or a charity working on energy poverty.

Kind regards,
Priyanka Sharma
07 51 84 26 37""",
        app("Priyanka", "Sharma", phone="+33751842637", bac="*", grad=None, unknown=("studies_finished",), status="msc_exam_board_en", language="en"),
    )),
    # Feature: english_sectors — studies_finished — I graduated with a BA in Social Policy in July 2026, no further study planned
    # sector: «I graduated with a BA in Social Policy in July 2026, no further study planned» = a bac+3 awarded, studies over → meets studies_finished
    N("english_sectors", "studies_finished", "I graduated with a BA in Social Policy in July 2026, no further study planned", M(
        "Orla Byrne <orla.byrne@example.net>", "Application - housing", "07 10:10",
        """Hello,

I graduated with a BA in Social Policy in July 2026, no further study planned. I'm from Cork and I speak French well after a year in Nantes.

I would like to work for a housing association or a homelessness charity, in France if possible.

All the best,
Orla Byrne
07 80 14 59 26""",
        app("Orla", "Byrne", phone="+33780145926", bac=3, grad="2026-07", status="ba_social_policy_en", language="en"),
    )),
    # Feature: english_sectors — career_change — part-time at a supermarket all through my degree, and weekends at the food bank
    # sector: «part-time at a supermarket all through my degree, and weekends at the food bank» = a student job and volunteering, no trade left → meets not_career_change
    N("english_sectors", "career_change", "part-time at a supermarket all through my degree, and weekends at the food bank", M(
        "Daniel Okonkwo <daniel.okonkwo@example.com>", "Pro'pulse application", "08 13:45",
        """Hi,

I finished my MA in Development Studies in September 2025 in London. I worked part-time at a supermarket all through my degree, and weekends at the food bank.

I'd like a coordinator job at a food bank or an anti-poverty charity, in Paris where I now live.

Daniel Okonkwo
07 14 93 62 58""",
        app("Daniel", "Okonkwo", phone="+33714936258", bac=5, grad="2025-09", status="ma_food_bank_en", language="en"),
    )),
    # Feature: english_sectors — kind — our charity would be glad to co-host the workshop on 9 December
    # sector: «our charity would be glad to co-host the workshop on 9 December» = an English charity answering in our thread → kind reply
    N("english_sectors", "kind", "our charity would be glad to co-host the workshop on 9 December", M(
        "Anna Fletcher <anna.fletcher@example.org>", "Re: Joint workshop for English-speaking jobseekers", "15 12:40",
        """Hi,

Thanks for your message: our charity would be glad to co-host the workshop on 9 December. We can bring two volunteers.

Best,
Anna

> On 10 Nov 2026, Pro'pulse <propulse@animafac.net> wrote:
> Would you like to co-host a workshop with us?""",
        reply(),
        headers={"In-Reply-To": "<workshop-en-1011@animafac.net>", "References": "<workshop-en-1011@animafac.net>"},
    )),
    # Feature: english_sectors — kind — we are a community interest company offering free CV reviews to your participants
    # sector: «we are a community interest company offering free CV reviews to your participants» = a CIC's partnership offer, no application → kind other
    N("english_sectors", "kind", "we are a community interest company offering free CV reviews to your participants", M(
        "Bright Paths CIC <hello@brightpaths.example.com>", "Partnership", "16 10:25",
        """Hello,

We are a community interest company offering free CV reviews to your participants who apply in English. Happy to set up a call.

Warm wishes,
The Bright Paths team""",
        other(),
    )),
]
