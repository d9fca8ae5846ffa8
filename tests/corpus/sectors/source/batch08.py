"""Sectors corpus, batch 08 (writer B): coops_entrepreneurship (SCOP, SCIC, CAE and entrepreneurs-salariés,
tiers-lieux, incubateurs ESS), digital_comms (médiation numérique, Conseiller numérique France Services,
fablabs, BUT MMI, agences web) and english_sectors (charities, CICs, housing associations, food banks, credit
unions, co-ops; HND, BA, MSc, associate degree); other mail of the same sectors."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from sectors import N

MESSAGES = [
    # Feature: coops_entrepreneurship — situation — entrepreneure-salariée dans une CAE depuis mars
    # sector: «entrepreneure-salariée dans une CAE depuis mars» = a salaried member of a coopérative d'activité et d'emploi: employed, neither an intern nor a volunteer → meets not_internship and not_service_civique
    N("coops_entrepreneurship", "situation", "entrepreneure-salariée dans une CAE depuis mars", M(
        "Anouk Verhaegen <anouk.verhaegen@example.org>", "Candidature Pro'pulse — SCOP", "01 14:22",
        """Bonjour,

J'ai un master ESS obtenu en septembre 2025. Je suis entrepreneure-salariée dans une CAE depuis mars : j'y développe une activité de facilitation pour des collectifs, mais le chiffre d'affaires reste maigre.

J'aimerais rejoindre une SCOP ou une SCIC comme salariée, sur l'accompagnement de projets coopératifs.

Anouk Verhaegen
06 22 48 93 15""",
        app("Anouk", "Verhaegen", phone="+33622489315", bac=5, grad="2025-09", status="b_cae_entrepreneure"),
    )),
    # Feature: coops_entrepreneurship — studies_finished — master ESS terminé, mémoire soutenu le 15 septembre 2026
    # sector: «master ESS terminé, mémoire soutenu le 15 septembre 2026» = the master over, its thesis defended → meets studies_finished
    N("coops_entrepreneurship", "studies_finished", "master ESS terminé, mémoire soutenu le 15 septembre 2026", M(
        "Malik Haidari <malik.haidari@example.net>", "Candidature SCIC", "02 10:56",
        """Bonjour,

Master ESS terminé, mémoire soutenu le 15 septembre 2026, sur les SCIC de l'alimentation. Je joins mon CV.

Je cherche un poste de chargé de développement dans une SCIC ou une coopérative d'habitants.

Malik Haidari
07 35 81 46 20""",
        app("Malik", "Haidari", phone="+33735814620", bac=5, grad="2026-09", info_in="both", status="b_master_ess_memoire_sept"),
        cv=CV("docx", "CV-Malik-Haidari.docx", """Malik Haidari
Développement coopératif
2024-2026 : master ESS, mémoire soutenu en septembre 2026
2021-2024 : licence économie
Stage de master : union régionale des SCOP (février-juillet 2026)"""),
    )),
    # Feature: coops_entrepreneurship — studies_finished — en M2 entrepreneuriat social, en alternance dans un incubateur ESS jusqu'en septembre 2027
    # sector: «en M2 entrepreneuriat social, en alternance dans un incubateur ESS jusqu'en septembre 2027» = a master in progress in work-study → fails studies_finished
    N("coops_entrepreneurship", "studies_finished", "en M2 entrepreneuriat social, en alternance dans un incubateur ESS jusqu'en septembre 2027", M(
        "Eloïse Bertrand-Kaci <eloise.bk@example.fr>", "question candidature", "03 16:09",
        """Bonjour,

Je suis en M2 entrepreneuriat social, en alternance dans un incubateur ESS jusqu'en septembre 2027 (licence AES en juin 2025).

Je voudrais savoir si je peux candidater dès maintenant pour trouver un poste dans une coopérative à la fin de l'alternance.

Eloïse""",
        app("Eloïse", "Bertrand-Kaci", phone=None, bac=3, grad="2025-06", failing=("studies_finished",), status="b_m2_alternance_incubateur"),
    )),
    # Feature: coops_entrepreneurship — aim — chargée d'accompagnement dans un incubateur ESS
    # sector: «chargée d'accompagnement dans un incubateur ESS» = an incubator of the social economy → meets job_seeking_ess
    N("coops_entrepreneurship", "aim", "chargée d'accompagnement dans un incubateur ESS", M(
        "Priya Subramaniam <priya.subramaniam@example.com>", "Pro'pulse - candidature", "04 09:33",
        """Bonjour,

DUT GEA en 2024, puis licence pro management des organisations de l'ESS en juin 2025. J'ai fait mon année de licence pro en alternance dans une coopérative de services.

Je voudrais devenir chargée d'accompagnement dans un incubateur ESS, auprès des porteurs de projets associatifs et coopératifs.

Priya Subramaniam
06 90 57 31 48""",
        app("Priya", "Subramaniam", phone="+33690573148", bac=3, grad="2025-06", status="b_lp_incubateur_ess"),
    )),
    # Feature: coops_entrepreneurship — aim — un tiers-lieu, associatif ou pas
    # ambiguous: a tiers-lieu may be an association, a SCIC or a private company; he says its status does not matter to him
    # sector: «un tiers-lieu, associatif ou pas» = a kind of place run by ESS or private structures, status left free → job_seeking_ess open
    N("coops_entrepreneurship", "aim", "un tiers-lieu, associatif ou pas", M(
        "Baptiste Nwachukwu <baptiste.nwachukwu@example.org>", "candidature", "05 21:50",
        """Hello,

BUT Carrières juridiques en juin 2026. Ce qui me branche c'est l'animation d'un lieu : je cherche un poste de coordinateur dans un tiers-lieu, associatif ou pas, tant qu'il y a du monde et des projets.

Baptiste — 07 68 14 20 53""",
        app("Baptiste", "Nwachukwu", phone="+33768142053", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_tiers_lieu_any"),
    )),
    # Feature: coops_entrepreneurship — career_change — quinze ans boulangère à mon compte, puis le master entrepreneuriat
    # sector: «quinze ans boulangère à mon compte, puis le master entrepreneuriat» = fifteen years of a craft before a new diploma → fails not_career_change
    N("coops_entrepreneurship", "career_change", "quinze ans boulangère à mon compte, puis le master entrepreneuriat", M(
        "Mireille Schaller <mireille.schaller@example.net>", "Reconversion - candidature", "06 13:04",
        """Bonjour,

J'ai été quinze ans boulangère à mon compte, puis le master entrepreneuriat et innovation sociale, obtenu en juin 2026 à Strasbourg.

Je souhaite accompagner des artisans qui veulent reprendre leur entreprise en SCOP, à l'union régionale ou dans une CAE.

Mireille Schaller
06 13 49 82 76""",
        app("Mireille", "Schaller", phone="+33613498276", bac=5, grad="2026-06", failing=("not_career_change",), status="b_baker_master_entrepreneuriat"),
    )),
    # Feature: coops_entrepreneurship — career_change — cogérant d'une SCOP de menuiserie pendant quelques années
    # ambiguous: «quelques années» as co-manager of a joinery before the licence pro: a trade of his own or a first step toward the coop movement he now aims at? nothing settles it
    # sector: «cogérant d'une SCOP de menuiserie pendant quelques années» = an unstated span as a joiner-manager before a new diploma → not_career_change open
    N("coops_entrepreneurship", "career_change", "cogérant d'une SCOP de menuiserie pendant quelques années", M(
        "Erwan Le Bihan <erwan.lebihan@example.com>", "Candidature", "07 18:40",
        """Bonjour,

J'ai été cogérant d'une SCOP de menuiserie pendant quelques années, avant de reprendre une licence pro gestion des entreprises de l'ESS, validée en juillet 2026.

Je cherche un poste de chargé d'accompagnement à la création de coopératives.

Erwan Le Bihan
06 86 25 10 37""",
        app("Erwan", "Le Bihan", phone="+33686251037", bac=3, grad="2026-07", unknown=("not_career_change",), status="b_scop_menuiserie_cogerant"),
    )),
    # Feature: coops_entrepreneurship — kind — la lettre des coopératives d'activité et d'emploi
    # sector: «la lettre des coopératives d'activité et d'emploi» = a CAE network's bulk letter → kind newsletter
    N("coops_entrepreneurship", "kind", "la lettre des coopératives d'activité et d'emploi", M(
        "Réseau Coop'Activités <lettre@coopactivites.example.org>", "La lettre des CAE — n° 48", "08 07:15",
        """La lettre des coopératives d'activité et d'emploi — n° 48

- Portrait : une CAE du bâtiment fête ses dix ans
- Réunions d'information pour les porteurs de projet : Lille, Rouen, Amiens
- Guide : devenir associé de sa coopérative

Vous recevez cette lettre car vous êtes inscrit à notre liste. Désinscription en un clic.""",
        newsletter(),
        headers={"Precedence": "bulk"},
    )),
    # Feature: coops_entrepreneurship — kind — la SCOP est fermée jusqu'au 1er décembre
    # sector: «la SCOP est fermée jusqu'au 1er décembre» = a cooperative's automatic answer → kind auto_reply: no personal fact
    N("coops_entrepreneurship", "kind", "la SCOP est fermée jusqu'au 1er décembre", M(
        "Atelier Coopératif du Rail <contact@atelier-rail.example.fr>", "Réponse automatique : Pro'pulse", "09 08:00",
        """Bonjour,

Merci pour votre message. Pour cause d'inventaire, la SCOP est fermée jusqu'au 1er décembre. Nous vous répondrons à notre retour.

Les associés de l'Atelier""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: digital_comms — graduation — BUT MMI obtenu en juin 2026
    # sector: «BUT MMI obtenu en juin 2026» = the bachelor of multimedia and internet, bac+3, five months ago → meets graduation_recent
    N("digital_comms", "graduation", "BUT MMI obtenu en juin 2026", M(
        "Jade Moreau-Lin <jade.moreaulin@example.org>", "Candidature communication associative", "10 11:30",
        """Bonjour,

J'ai mon BUT MMI obtenu en juin 2026 à l'IUT de Laval. Pendant mes études j'ai refait le site de l'association de mon quartier et tenu ses réseaux sociaux.

Je cherche un poste de chargée de communication dans une association ou une fédération. Mon portfolio est sur demande.

Jade Moreau-Lin
06 31 76 24 89""",
        app("Jade", "Moreau-Lin", phone="+33631762489", bac=3, grad="2026-06", status="b_but_mmi_asso"),
    )),
    # Feature: digital_comms — situation — stage dans un fablab associatif jusqu'au 15 janvier
    # sector: «stage dans un fablab associatif jusqu'au 15 janvier» = an internship held now, ending after today → fails not_internship
    N("digital_comms", "situation", "stage dans un fablab associatif jusqu'au 15 janvier", M(
        "Tristan Guillou <tristan.guillou@example.net>", "candidature fabmanager", "11 15:48",
        """Bonjour,

Titre pro développeur web obtenu en avril 2026. Je fais en ce moment un stage dans un fablab associatif jusqu'au 15 janvier, sur les machines et l'accueil des makers.

Je voudrais devenir fabmanager dans un tiers-lieu associatif.

Tristan Guillou
06 44 90 17 62""",
        app("Tristan", "Guillou", phone="+33644901762", bac=2, grad="2026-04", failing=("not_internship",), status="b_fablab_internship_january"),
    )),
    # Feature: digital_comms — graduation — BTS SIO obtenu en juin 2025
    # sector: «BTS SIO obtenu en juin 2025» = a bac+2 in computing, 17 months ago → meets graduation_recent
    N("digital_comms", "graduation", "BTS SIO obtenu en juin 2025", M(
        "Sophie Raffestin — Conseillère numérique <s.raffestin@epn-lespins.example.org>", "Je vous présente Kenji", "12 09:17",
        """Bonjour,

Conseillère numérique à l'espace public numérique des Pins, je vous présente Kenji Watanabe, 22 ans, qui vient aider chaque semaine aux permanences.

Kenji a son BTS SIO obtenu en juin 2025. Il est très patient avec les seniors et il voudrait devenir médiateur numérique dans une association ou un EPN associatif.

Il n'a pas d'adresse mail à lui pour l'instant (il passe par la mienne) ; son portable : 06 58 21 70 34.

Sophie Raffestin""",
        app("Kenji", "Watanabe", phone="+33658217034", bac=2, grad="2025-06", email=None, forwarded_by="s.raffestin@epn-lespins.example.org", status="b_bts_sio_epn_referral"),
    )),
    # Feature: digital_comms — level — Conseiller numérique France Services depuis 2023, après une formation de trois semaines
    # ambiguous: the Conseiller numérique France Services post is a contract, not a diploma, and its short training gives no level; he names no diploma
    # sector: «Conseiller numérique France Services depuis 2023, après une formation de trois semaines» = a scheme's job and a short course, no diploma level given → degree_level and graduation_recent open
    N("digital_comms", "level", "Conseiller numérique France Services depuis 2023, après une formation de trois semaines", M(
        "Olivier Dumont-Sow <olivier.dumontsow@example.fr>", "Pro'pulse", "13 17:26",
        """Bonjour,

Je suis Conseiller numérique France Services depuis 2023, après une formation de trois semaines, dans une médiathèque. Mon contrat s'arrête en mars.

Je voudrais continuer dans l'inclusion numérique, dans une association comme Emmaüs Connect ou un centre social.

Olivier Dumont-Sow
07 51 93 28 40""",
        app("Olivier", "Dumont-Sow", phone="+33751932840", bac=None, grad=None, unknown=("degree_level", "graduation_recent"), status="b_cnfs_no_diploma"),
    )),
    # Feature: digital_comms — studies_finished — licence pro métiers du numérique, rapport rendu et diplôme reçu en juillet
    # sector: «licence pro métiers du numérique, rapport rendu et diplôme reçu en juillet» = the licence pro's last work handed in and its diploma obtained → meets studies_finished
    N("digital_comms", "studies_finished", "licence pro métiers du numérique, rapport rendu et diplôme reçu en juillet", M(
        "Chloé Antunes <chloe.antunes@example.net>", "Candidature médiatrice numérique", "15 19:55",
        """Bonjour,

Licence pro métiers du numérique, rapport rendu et diplôme reçu en juillet. Plus d'études pour moi !

Je veux être médiatrice numérique dans une association d'inclusion numérique, pour accompagner les démarches en ligne.

Chloé Antunes
06 76 03 59 14""",
        app("Chloé", "Antunes", phone="+33676035914", bac=3, grad="2026-07", status="b_lp_numerique_july"),
    )),
    # Feature: digital_comms — aim — webdesigner dans une agence web
    # sector: «webdesigner dans une agence web» = a commercial web agency, not the ESS → fails job_seeking_ess
    N("digital_comms", "aim", "webdesigner dans une agence web", M(
        "Lisa Hoarau <lisa.hoarau@example.org>", "candidature", "16 10:10",
        """Bonjour,

DUT MMI en 2025, puis un an d'intérim comme graphiste. Je cherche un CDI de webdesigner dans une agence web à Nantes.

Lisa Hoarau
06 93 62 18 05""",
        app("Lisa", "Hoarau", phone="+33693621805", bac=2, grad="2025", failing=("job_seeking_ess",), status="b_agence_web"),
    )),
    # Feature: digital_comms — kind — fablab@lafabrique.example.net : domaine inexistant
    # sector: «fablab@lafabrique.example.net : domaine inexistant» = a fablab's dead domain returning our mail → kind bounce
    N("digital_comms", "kind", "fablab@lafabrique.example.net : domaine inexistant", M(
        "Mail Delivery System <mailer-daemon@mx.example.net>", "Undelivered Mail Returned to Sender", "17 11:45",
        """Remise impossible :

fablab@lafabrique.example.net : domaine inexistant

Aucune autre tentative ne sera faite.""",
        bounce("fablab@lafabrique.example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; fablab@lafabrique.example.net\nAction: failed\nStatus: 5.1.2\nDiagnostic-Code: smtp; 550 5.1.2 host not found",
    )),
    # Feature: digital_comms — kind — nous prêtons des ordinateurs reconditionnés pour vos ateliers
    # sector: «nous prêtons des ordinateurs reconditionnés pour vos ateliers» = an inclusion numérique association offering equipment → kind other
    N("digital_comms", "kind", "nous prêtons des ordinateurs reconditionnés pour vos ateliers", M(
        "Connexions Solidaires <partenariats@connexions-sol.example.com>", "Partenariat matériel", "18 14:30",
        """Bonjour,

Association d'inclusion numérique, nous prêtons des ordinateurs reconditionnés pour vos ateliers de CV ou de candidature en ligne. Prêt gratuit, livraison en Île-de-France.

N'hésitez pas à nous solliciter.

Karim, chargé de partenariats""",
        other(),
    )),
    # Feature: english_sectors — graduation — HND in Social Care, June 2025
    # sector: «HND in Social Care, June 2025» = a Higher National Diploma, bac+2, 17 months ago → meets degree_level and graduation_recent
    N("english_sectors", "graduation", "HND in Social Care, June 2025", M(
        "Callum Fraser <callum.fraser@example.com>", "Application — support worker", "19 09:40",
        """Dear Pro'pulse team,

I hold an HND in Social Care, June 2025, from a college in Glasgow. Since then I've worked as a support worker for a charity supporting young care leavers, and I moved to Lille in September to join my partner.

I'm looking for a similar role with a French association or a charity working with young people. My CV is attached.

Kind regards,
Callum Fraser
+33 6 45 71 28 93""",
        app("Callum", "Fraser", phone="+33645712893", bac=2, grad="2025-06", language="en", info_in="both", status="b_hnd_social_care"),
        cv=CV("pdf", "Callum_Fraser_CV.pdf", """Callum Fraser
Support worker
HND Social Care — Glasgow, June 2025
Support worker — young people's charity, Glasgow (2025-2026)
Volunteer — food bank (2023-2025)"""),
    )),
    # Feature: english_sectors — graduation — a BA in Community Development in 2021
    # sector: «a BA in Community Development in 2021» = a bac+3 five years ago → fails graduation_recent
    N("english_sectors", "graduation", "a BA in Community Development in 2021", M(
        "Niamh Mulcahy <niamh.mulcahy@example.net>", "Pro'pulse application", "20 16:16",
        """Hi there,

I finished a BA in Community Development in 2021 and since then I've been a community organiser for a housing association in Belfast. I'm moving to Marseille next month.

I'd like to keep working with a housing association or a tenants' co-op in France.

Niamh
+33 7 14 86 30 52""",
        app("Niamh", "Mulcahy", phone="+33714863052", bac=3, grad="2021", failing=("graduation_recent",), language="en", status="b_ba_2021_organiser"),
    )),
    # Feature: english_sectors — career_change — twelve years as a store manager for a supermarket chain before my MSc
    # sector: «twelve years as a store manager for a supermarket chain before my MSc» = a long career in mass retail before a new diploma → fails not_career_change
    N("english_sectors", "career_change", "twelve years as a store manager for a supermarket chain before my MSc", M(
        "Daniel Whitmore <daniel.whitmore@example.org>", "Career change — application", "21 20:20",
        """Hello,

I spent twelve years as a store manager for a supermarket chain before my MSc in Social Enterprise Management, which I completed in September 2026 at a university in Leeds.

I want to work for a social enterprise or a co-op in France, on operations or retail for a food co-op.

Daniel Whitmore
+33 6 82 47 15 30""",
        app("Daniel", "Whitmore", phone="+33682471530", bac=5, grad="2026-09", failing=("not_career_change",), language="en", status="b_supermarket_manager_msc"),
    )),
    # Feature: english_sectors — studies_finished — all my MSc exams are done, the exam board meets on 10 December
    # ambiguous: every exam of the MSc is sat but the board has not met: whether she has finished (passed) cannot be known yet
    # sector: «all my MSc exams are done, the exam board meets on 10 December» = a master's course over, its result awaited → studies_finished open
    N("english_sectors", "studies_finished", "all my MSc exams are done, the exam board meets on 10 December", M(
        "Adaeze Chukwuemeka <adaeze.chukwuemeka@example.com>", "Application", "22 12:48",
        """Dear team,

All my MSc exams are done, the exam board meets on 10 December. My MSc is in International Development, from a university in London, after a BA at home in Lagos.

I'm looking for a project officer role in an NGO or a charity in Paris working on migration.

Best wishes,
Adaeze Chukwuemeka
+33 6 17 52 94 83""",
        app("Adaeze", "Chukwuemeka", phone="+33617529483", bac="*", grad=None, unknown=("studies_finished",), language="en", status="b_msc_board_december"),
    )),
    # Feature: english_sectors — aim — a job at a credit union or a co-op
    # sector: «a job at a credit union or a co-op» = member-owned cooperative finance and cooperatives → meets job_seeking_ess
    N("english_sectors", "aim", "a job at a credit union or a co-op", M(
        "Tyler Pettibone <tyler.pettibone@example.net>", "Application - Pro'pulse", "23 10:05",
        """Hi,

I got my associate degree in Accounting in May 2026 from a community college in Oregon, and I'm spending a year in Bordeaux.

I'm after a job at a credit union or a co-op, something member-owned. In France I understand that means a banque coopérative or a mutuelle, which would be great too.

Tyler Pettibone
+33 7 58 24 61 90""",
        app("Tyler", "Pettibone", phone="+33758246190", bac=2, grad="2026-05", language="en", status="b_associate_credit_union"),
    )),
    # Feature: english_sectors — situation — a full-time volunteer placement with a food bank trust until March
    # ambiguous: a full-time volunteer placement held now, its scheme not named (a civic-service-like programme or plain volunteering): the civic-service criterion stays open
    # sector: «a full-time volunteer placement with a food bank trust until March» = a volunteering of unstated scheme running now → not_service_civique open
    N("english_sectors", "situation", "a full-time volunteer placement with a food bank trust until March", M(
        "Ruth Abernethy <ruth.abernethy@example.org>", "Application for the next session", "24 18:31",
        """Hello,

I have a BSc in Geography (2025). I'm currently on a full-time volunteer placement with a food bank trust until March, running the warehouse rota and the volunteers' induction.

After that, I'd like a paid job with a food bank, a charity or a community interest company, ideally in France where my mother's family lives.

Ruth Abernethy
+33 6 39 07 82 54""",
        app("Ruth", "Abernethy", phone="+33639078254", bac=3, grad="2025", unknown=("not_service_civique",), language="en", status="b_food_bank_placement"),
    )),
    # Feature: english_sectors — kind — does an HND count as two years of higher education for your programme
    # sector: «does an HND count as two years of higher education for your programme» = a charity's general question on a diploma, no personal fact → kind question
    N("english_sectors", "kind", "does an HND count as two years of higher education for your programme", M(
        "Fiona McLeod <fiona.mcleod@example.com>", "Question about UK diplomas", "25 09:12",
        """Hello,

I advise young people at a Scottish charity who are thinking of moving to France. Does an HND count as two years of higher education for your programme? And a foundation degree?

Many thanks,
Fiona McLeod""",
        question("en"),
    )),
    # Feature: english_sectors — kind — Re: happy to share your call with our volunteers
    # sector: «happy to share your call with our volunteers» = a community interest company answering in our thread → kind reply
    N("english_sectors", "kind", "happy to share your call with our volunteers", M(
        "Open Doors CIC <hello@opendoors-cic.example.org>", "Re: Pro'pulse — call for applications", "26 13:37",
        """Hi,

Thanks for getting in touch, we're happy to share your call with our volunteers at the Thursday meet-up. Could you send a French and an English version of the flyer?

Cheers,
Sam, Open Doors CIC

> On 25 Nov 2026, Pro'pulse <propulse@animafac.net> wrote:
> Would you be willing to share our call for applications with the young people you support?""",
        reply(),
        headers={"In-Reply-To": "<opendoors.20261125@animafac.net>", "References": "<opendoors.20261125@animafac.net>"},
    )),
]
