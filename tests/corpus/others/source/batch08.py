"""Others corpus, batch 08 (writer B): referrers presenting someone and telling of themselves (their own
service civique, reconversion, diploma), people named by a first name only with the writer among them, and
the other person and the applicant's own facts written in English; other mail that names them too (a
caterer presenting its cook, an auto-reply naming a colleague, a question about two people by first name,
replies in our thread, a newsletter of stories)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from others import N

MESSAGES = [
    # Feature: adviser_own_facts — situation — sa mission s'est achevée en juin
    # others: «j'ai moi-même fait un service civique il y a quelques années» = the adviser's own past service civique → the young woman presented ended hers in June, DEUST June 2025 → eligible (referral)
    N("adviser_own_facts", "situation", "sa mission s'est achevée en juin", M(
        "Géraldine Poulain <g.poulain@example.org>", "Orientation d'une jeune vers Pro'pulse", "02 09:30",
        """Bonjour,

Conseillère à la mission locale de Nancy, j'ai moi-même fait un service civique il y a quelques années et je sais combien la sortie peut être difficile. Je vous présente Djeneba Camara, que j'accompagne depuis le printemps.

Djeneba a un DEUST Intervention sociale obtenu en juin 2025. Elle a fait un service civique dans une association d'aide aux devoirs : sa mission s'est achevée en juin. Elle cherche aujourd'hui un poste d'accompagnement dans une association ou un centre social.

Pourrait-elle intégrer votre programme ? Son adresse : djeneba.camara@example.net.

Géraldine Poulain
Mission locale du Grand Nancy
03 83 41 27 60""",
        app("Djeneba", "Camara", phone=None, bac=2, grad="2025-06", email="djeneba.camara@example.net", forwarded_by="g.poulain@example.org", status="b_conseillere_sc_jeune_mission_finie"),
    )),
    # Feature: adviser_own_facts — career_change — il a été agent de sécurité pendant dix ans
    # others: «je me suis moi-même reconverti après quinze ans dans l'hôtellerie» = the educator's own career change → the man presented, a security guard for ten years before his BTS, fails not_career_change → not_eligible (referral)
    N("adviser_own_facts", "career_change", "il a été agent de sécurité pendant dix ans", M(
        "Frédéric Aubin <frederic.aubin@example.com>", "Présentation de M. Duarte", "03 14:05",
        """Bonjour,

Éducateur dans un foyer de jeunes travailleurs, je me suis moi-même reconverti après quinze ans dans l'hôtellerie, c'est pourquoi je soutiens beaucoup ce genre de parcours.

Je vous présente Rui Duarte, résident chez nous : il a été agent de sécurité pendant dix ans, puis il a obtenu un BTS Économie sociale familiale en juin 2026. Il voudrait travailler dans une association de médiation sociale. Est-il éligible ?

Frédéric Aubin
FJT Les Tilleuls""",
        app("Rui", "Duarte", phone=None, bac=2, grad="2026-06", failing=("not_career_change",), email=None, forwarded_by="frederic.aubin@example.com", status="b_educateur_reconverti_jeune_securite"),
    )),
    # Feature: adviser_own_facts — level — il a un BUT Carrières sociales
    # others: «titulaire d'un master en sciences de l'éducation» = the adviser's own diploma → the young man presented has a BUT of June 2026 → eligible (referral)
    N("adviser_own_facts", "level", "il a un BUT Carrières sociales", M(
        "Anne-Sophie Kervella <askervella@example.fr>", "Candidature de Mattéo Lemaître", "04 10:50",
        """Bonjour,

Titulaire d'un master en sciences de l'éducation, je suis chargée d'insertion au PLIE de Brest. Je vous adresse la candidature de Mattéo Lemaître : il a un BUT Carrières sociales, obtenu en juin 2026, et il cherche un poste d'animateur de réseau dans une fédération associative. Son CV est joint.

Vous pouvez le joindre directement : matteo.lemaitre@example.org, 06 45 72 18 39.

Bien cordialement,
Anne-Sophie Kervella""",
        app("Mattéo", "Lemaître", phone="+33645721839", bac=3, grad="2026-06", info_in="both", email="matteo.lemaitre@example.org", forwarded_by="askervella@example.fr", status="b_conseillere_master_jeune_but"),
        cv=CV("pdf", "CV_Matteo_Lemaitre.pdf", """Mattéo Lemaître
BUT Carrières sociales, parcours animation sociale et socioculturelle — IUT de Brest, juin 2026
Stage de fin d'études : fédération des centres sociaux du Finistère (terminé en juin 2026)
matteo.lemaitre@example.org — 06 45 72 18 39"""),
    )),
    # Feature: adviser_own_facts — aim — comme moi, elle vise la fonction publique ou l'associatif
    # ambiguous: «comme moi» ties the young woman's aim to the adviser's own path (a civil servant who started in associations); whether she aims at the ESS or at a public post is left open
    # others: «je suis passée de l'associatif à la fonction publique» = the adviser's own career, copied as an aim «fonction publique ou associatif» → job_seeking_ess open → to_verify (referral)
    N("adviser_own_facts", "aim", "comme moi, elle vise la fonction publique ou l'associatif", M(
        "Christelle Vannier <christelle.vannier@example.org>", "Une candidate pour Pro'pulse", "05 16:16",
        """Bonjour,

Je suis passée de l'associatif à la fonction publique territoriale il y a cinq ans, et j'encadre aujourd'hui des apprentis au service jeunesse de la ville. L'une d'elles, Mariam Coulibaly, a terminé sa licence pro Animation en juin 2026.

Comme moi, elle vise la fonction publique ou l'associatif, elle ne sait pas encore. Pensez-vous qu'elle puisse candidater ? Son adresse : mariam.coulibaly@example.com.

Christelle Vannier""",
        app("Mariam", "Coulibaly", phone=None, bac=3, grad="2026-06", unknown=("job_seeking_ess",), email="mariam.coulibaly@example.com", forwarded_by="christelle.vannier@example.org", status="b_encadrante_comme_moi_fonction_publique"),
    )),
    # Feature: adviser_own_facts — graduation — elle a son BTS depuis 2022
    # others: «j'ai moi-même eu ma licence en 2025» = the adviser's own recent diploma → the woman presented has her BTS since 2022, which fails graduation_recent → not_eligible (referral)
    N("adviser_own_facts", "graduation", "elle a son BTS depuis 2022", M(
        "Laurine Guillot <laurine.guillot@example.net>", "Orientation - Mme Grandjean", "06 11:25",
        """Bonjour,

Jeune conseillère en insertion (j'ai moi-même eu ma licence en 2025), je vous écris pour une personne que je suis, Estelle Grandjean. Elle a son BTS depuis 2022 (Assistant de manager) et cherche un emploi administratif dans une association d'aide à domicile.

Est-ce que votre programme pourrait lui convenir ? Elle est joignable au 07 08 62 94 31.

Laurine Guillot
Association Tremplin Emploi""",
        app("Estelle", "Grandjean", phone="+33708629431", bac=2, grad="2022", failing=("graduation_recent",), email=None, forwarded_by="laurine.guillot@example.net", status="b_conseillere_licence_2025_jeune_bts_2022"),
    )),
    # Feature: adviser_own_facts — identity — son numéro à lui : 06 30 57 81 24
    # others: «Pierre-Yves Castagné, 01 48 22 36 70, 12 rue Oberkampf» = the adviser's signature, phone and address → the applicant's contacts are his own → eligible (referral)
    N("adviser_own_facts", "identity", "son numéro à lui : 06 30 57 81 24", M(
        "Pierre-Yves Castagné <py.castagne@example.org>", "Présentation d'un candidat", "07 09:09",
        """Bonjour,

Ancien participant de Pro'pulse moi-même (promo 2022), je suis aujourd'hui coordinateur d'une régie de quartier et je vous présente Amadou Cissé, qui a fait un remplacement chez nous cet été.

Amadou a un master Urbanisme et aménagement obtenu en septembre 2025 ; il cherche un poste de chargé de mission dans une régie de quartier ou une association de locataires. Son adresse : amadou.cisse@example.net, son numéro à lui : 06 30 57 81 24.

Pierre-Yves Castagné
Régie de quartier Belleville
12 rue Oberkampf, 75011 Paris
01 48 22 36 70""",
        app("Amadou", "Cissé", phone="+33630578124", bac=5, grad="2025-09", email="amadou.cisse@example.net", forwarded_by="py.castagne@example.org", status="b_ancien_participant_presente_amadou"),
    )),
    # Feature: adviser_own_facts — kind — notre cheffe Amina
    # others: «notre cheffe Amina, ancienne participante» = a caterer presenting its cook → kind other
    N("adviser_own_facts", "kind", "notre cheffe Amina", M(
        "Traiteur Le Bon Plat Solidaire <devis@bonplatsolidaire.example.com>", "Devis buffet - réunion du 10 décembre", "08 15:00",
        """Bonjour,

Voici notre devis pour le buffet de votre réunion du 10 décembre (40 personnes). Il sera préparé par notre cheffe Amina, ancienne participante d'un chantier d'insertion, et son commis Jonas.

Bonne journée,
L'équipe du Bon Plat Solidaire""",
        other(),
    )),
    # Feature: adviser_own_facts — kind — merci de vous adresser à ma collègue Lucie Garrigues
    # others: «ma collègue Lucie Garrigues» = a colleague named in an adviser's auto-reply → kind auto_reply
    N("adviser_own_facts", "kind", "merci de vous adresser à ma collègue Lucie Garrigues", M(
        "Didier Charpentier <didier.charpentier@example.net>", "Absent : Re: orientation de Mme Sy", "09 10:00",
        """Bonjour,

Je suis en formation jusqu'au 27 novembre. Pour le suivi des jeunes orientés vers Pro'pulse, merci de vous adresser à ma collègue Lucie Garrigues (lucie.garrigues@example.net).

Didier Charpentier
Conseiller, Mission locale Sud-Est""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: named_people — level — et moi j'ai mon BTS depuis juin 2025
    # others: «Inès est en stage à la mairie, Tom a fini son master» = Inès's and Tom's facts, the writer is «moi» → a BTS of June 2025 → eligible
    N("named_people", "level", "et moi j'ai mon BTS depuis juin 2025", M(
        "Anatole Teixeira <anatole.teixeira@example.org>", "candidature d'Anatole", "09 18:45",
        """Bonjour,

On est trois potes à chercher du boulot cet automne. Inès est en stage à la mairie, Tom a fini son master et hésite encore, et moi j'ai mon BTS depuis juin 2025 (Comptabilité et gestion).

Je voudrais être comptable dans une association ou une coopérative. Je peux rejoindre votre programme ?

Anatole
06 14 83 29 70""",
        app("Anatole", "Teixeira", phone="+33614832970", bac=2, grad="2025-06", status="b_ines_tom_moi_bts"),
    )),
    # Feature: named_people — situation — Avec Noam et Romy on fait notre service civique ensemble
    # others: «Noam et Romy» = two friends, and «on fait notre service civique» includes the writer → a service civique running until June fails not_service_civique → not_eligible
    N("named_people", "situation", "Avec Noam et Romy on fait notre service civique ensemble", M(
        "Corentin Huet <corentin.huet@example.com>", "service civique et après", "10 13:20",
        """Bonjour,

Avec Noam et Romy on fait notre service civique ensemble dans une association de sensibilisation au handicap, jusqu'en juin. Noam a une licence, Romy un BTS, et moi un DUT Information-communication de 2025.

J'aimerais rester dans l'associatif après. Est-ce que je peux déjà candidater ?

Corentin
07 50 26 91 38""",
        app("Corentin", "Huet", phone="+33750269138", bac=2, grad="2025", failing=("not_service_civique",), status="b_noam_romy_on_sc"),
    )),
    # Feature: named_people — situation — Alex est en stage jusqu'en janvier
    # ambiguous: the mail is signed «Alex» (From: Alexandra Vial) and tells of «Alex» in the third person beside Lise: it may be the writer speaking of herself, or another Alex of the group
    # others: «Lise a fini le sien en octobre» = Lise's ended stage; «Alex est en stage» may or may not be the writer → not_internship open → to_verify
    N("named_people", "situation", "Alex est en stage jusqu'en janvier", M(
        "Alexandra Vial <alexandra.vial@example.net>", "Pro'pulse ?", "11 21:10",
        """Coucou,

Petit point sur notre bande de la licence pro : Lise a fini le sien en octobre et a déjà un CDD, Alex est en stage jusqu'en janvier dans une SCIC, et Gaspard cherche encore.

J'ai la licence pro Gestion des associations depuis juin 2026 et je voudrais un poste dans une SCIC ou une association. Je peux m'inscrire ?

Alex
06 97 41 35 22""",
        app("Alexandra", "Vial", phone="+33697413522", bac=3, grad="2026-06", unknown=("not_internship",), status="b_alex_en_stage_qui"),
    )),
    # Feature: named_people — graduation — moi je l'ai eue avec lui
    # ambiguous: «Farid a eu sa licence en 2022 et Maël en juin 2026 ; moi je l'ai eue avec lui» — «lui» may be Farid or Maël
    # others: «Farid a eu sa licence en 2022 et Maël en juin 2026» = two friends' years; the writer's own year depends on which «lui» → graduation_recent open → to_verify
    N("named_people", "graduation", "moi je l'ai eue avec lui", M(
        "Ismaël Guerrero <ismael.guerrero@example.fr>", "candidature", "12 16:55",
        """Bonjour,

On a fait la même licence de géographie à Tours, avec deux amis. Farid a eu sa licence en 2022 et Maël en juin 2026 ; moi je l'ai eue avec lui, après un redoublement.

Je cherche un emploi dans une association d'éducation à l'environnement. Est-ce que ma candidature est possible ?

Ismaël Guerrero
07 65 43 20 81""",
        app("Ismaël", "Guerrero", phone="+33765432081", bac=3, grad=None, unknown=("graduation_recent",), status="b_farid_hugo_avec_lui"),
    )),
    # Feature: named_people — aim — moi dans une fondation
    # others: «Clément a un entretien dans un ministère, Assia cherche dans une banque» = their aims → the writer's foundation aim meets job_seeking_ess → eligible
    N("named_people", "aim", "moi dans une fondation", M(
        "Victoire Lambertin <victoire.lambertin@example.org>", "Candidature Victoire Lambertin", "13 11:40",
        """Bonjour,

Dans notre master Affaires publiques, on a tous des projets différents : Clément a un entretien dans un ministère, Assia cherche dans une banque, moi dans une fondation qui travaille sur l'accès à la culture. Nous avons eu le diplôme en septembre 2025.

Puis-je rejoindre votre programme ?

Victoire Lambertin
06 36 18 74 95""",
        app("Victoire", "Lambertin", phone="+33636187495", bac=5, grad="2025-09", status="b_clement_assia_moi_fondation"),
    )),
    # Feature: named_people — level — moi juste un CAP petite enfance
    # others: «Yoann a un BTS, Mila une licence» = their diplomas → the writer's CAP fails degree_level → not_eligible
    N("named_people", "level", "moi juste un CAP petite enfance", M(
        "Cindy Rocher <cindy.rocher@example.net>", "inscription", "14 19:05",
        """Bonjour,

On voudrait s'inscrire à trois : Yoann a un BTS, Mila une licence, moi juste un CAP petite enfance, eu en 2025. Je travaille en crèche associative et j'aimerais y rester.

Est-ce que je peux participer quand même ?

Cindy Rocher
06 80 52 17 36""",
        app("Cindy", "Rocher", phone="+33680521736", bac=0, grad="2025", failing=("degree_level",), status="b_yoann_mila_moi_cap"),
    )),
    # Feature: named_people — kind — si Léo a un BTS et Clara un master
    # others: «si Léo a un BTS et Clara un master» = examples by first name, nobody presented as applying → kind question
    N("named_people", "kind", "si Léo a un BTS et Clara un master", M(
        "Marine Vernet <marine.vernet@example.com>", "question", "15 12:00",
        """Bonjour,

Une question pratique pour notre forum étudiant : si Léo a un BTS et Clara un master, passent-ils par le même entretien chez vous, ou y a-t-il des parcours différents selon le diplôme ?

Merci,
Marine Vernet, BDE""",
        question(),
    )),
    # Feature: named_people — kind — Romain et Elsa seront là aussi
    # others: «Romain et Elsa» = first names in a confirmation in our thread → kind reply
    N("named_people", "kind", "Romain et Elsa seront là aussi", M(
        "Erwan Barbier <erwan.barbier@example.org>", "Re: Entretien collectif du 30 novembre", "16 09:25",
        """Bonjour,

C'est noté pour le 30 à 14 h. Romain et Elsa seront là aussi, ils ont reçu le même mail.

Erwan

> Nous vous proposons un entretien collectif le 30 novembre à 14 h.""",
        reply(),
        headers={"In-Reply-To": "<entretien-3011@animafac.net>", "References": "<entretien-3011@animafac.net>"},
    )),
    # Feature: english_others — graduation — I've had my MSc since September 2025
    # others: «my sister is on an internship in Lyon» = the sister's internship → the writer's MSc of September 2025 and charity aim → eligible
    N("english_others", "graduation", "I've had my MSc since September 2025", M(
        "Aoife Brennan <aoife.brennan@example.com>", "Application", "16 14:50",
        """Hi,

I moved to France with my sister: my sister is on an internship in Lyon, and I came along. I've had my MSc since September 2025 (International Development, Dublin).

I'd like to work for an NGO or a charity working with refugees. Would I be eligible for Pro'pulse?

Kind regards,
Aoife Brennan
07 31 69 52 08""",
        app("Aoife", "Brennan", phone="+33731695208", bac=5, grad="2025-09", language="en", status="b_sister_internship_me_msc"),
    )),
    # Feature: english_others — situation — Me too, same charity
    # others: «my flatmate is doing an internship at a food bank until the end of February» = the flatmate's, COPIED by «me too» → the writer's internship running fails not_internship → not_eligible
    N("english_others", "situation", "Me too, same charity", M(
        "Tomás Herrera <tomas.herrera@example.net>", "can I apply?", "17 11:11",
        """Hey,

My flatmate is doing an internship at a food bank until the end of February. Me too, same charity, we started together in October. I already have my BA in Social Policy (2026).

After that I want to stay in the non-profit world. Can I sign up now?

Tomás
06 58 94 03 27""",
        app("Tomás", "Herrera", phone="+33658940327", bac=3, grad="2026", failing=("not_internship",), language="en", status="b_flatmate_internship_me_too"),
    )),
    # Feature: english_others — career_change — I came straight out of uni
    # others: «unlike my dad, who switched careers at forty» = the father's career change, DENIED of the writer → not_career_change met → eligible
    N("english_others", "career_change", "I came straight out of uni", M(
        "Olivia Mensah <olivia.mensah@example.org>", "Pro'pulse application - Olivia Mensah", "18 08:35",
        """Dear Pro'pulse team,

Unlike my dad, who switched careers at forty and became a youth worker, I came straight out of uni: BA in Sociology, July 2026. He's the one who told me to look at the social economy.

I'm looking for a job in a youth charity or a community centre. Could I join your programme? My CV is attached.

Best wishes,
Olivia Mensah
07 49 20 86 13""",
        app("Olivia", "Mensah", phone="+33749208613", bac=3, grad="2026-07", info_in="both", status="b_dad_switched_me_straight", language="en"),
        cv=CV("docx", "Olivia_Mensah_CV.docx", """Olivia Mensah
BA (Hons) Sociology — University of Bristol, 2026
Volunteer, Bristol youth club, 2023–2026
olivia.mensah@example.org"""),
    )),
    # Feature: english_others — aim — we all want to work for consulting firms
    # others: «my cohort and I» = the cohort with the writer, and the inclusive «we» carries the writer's aim → consulting firms fail job_seeking_ess → not_eligible
    N("english_others", "aim", "we all want to work for consulting firms", M(
        "Chidi Okonkwo <chidi.okonkwo@example.com>", "Eligibility", "19 17:25",
        """Hello,

I got my MA in Management in June 2025. My cohort and I have been talking about your programme: we all want to work for consulting firms, ideally on sustainability projects for big companies.

Is Pro'pulse a good fit for me?

Chidi Okonkwo
06 21 70 58 93""",
        app("Chidi", "Okonkwo", phone="+33621705893", bac=5, grad="2025-06", failing=("job_seeking_ess",), language="en", status="b_cohort_we_consulting"),
    )),
    # Feature: english_others — situation — we're both at the refugee centre
    # ambiguous: «my husband's on a civic service contract and we're both at the refugee centre»: the writer may be a volunteer (bénévole) or on the same contract
    # others: «my husband's on a civic service contract» = the husband's service civique; the writer's own status beside him is open → not_service_civique open → to_verify
    N("english_others", "situation", "we're both at the refugee centre", M(
        "Lerato Dlamini <lerato.dlamini@example.org>", "Question about applying", "20 10:40",
        """Good morning,

My husband's on a civic service contract and we're both at the refugee centre in Grenoble every day since September. I have a BSc in Public Health from 2025.

I'd like to find a real job with an association working on health access. Can I apply?

Lerato Dlamini
07 02 38 64 15""",
        app("Lerato", "Dlamini", phone="+33702386415", bac=3, grad="2025", unknown=("not_service_civique",), language="en", status="b_husband_civic_both_centre"),
    )),
    # Feature: english_others — career_change — so did I
    # others: «my brother worked in banking for eight years before retraining» = the brother's career, COPIED by «so did I» → the writer's own years in banking fail not_career_change → not_eligible
    N("english_others", "career_change", "so did I", M(
        "Marek Novak <marek.novak@example.net>", "Application question", "21 13:15",
        """Hi,

My brother worked in banking for eight years before retraining, and so did I: we both left the same bank in 2024. I then did a professional licence in social economy management, finished in June 2026.

I'm looking for a job in a co-op or an association. Would I be accepted?

Marek Novak
06 49 83 72 10""",
        app("Marek", "Novak", phone="+33649837210", bac=3, grad="2026-06", failing=("not_career_change",), language="en", status="b_brother_banking_so_did_i"),
    )),
    # Feature: english_others — identity — the best number for me is 07 84 16 29 53
    # others: «you can also reach my mum on +44 7700 900635» = the mother's phone, a second contact → the applicant's own phone → eligible
    N("english_others", "identity", "the best number for me is 07 84 16 29 53", M(
        "Ruby Adeyemi <ruby.adeyemi@example.com>", "Application - Ruby Adeyemi", "22 18:20",
        """Hello,

I'd like to apply to Pro'pulse. I have a foundation degree in Youth Work (June 2025) and I'm looking for a job in a youth association or a community centre.

I'm between France and London at the moment, so you can also reach my mum on +44 7700 900635 if I don't answer; but the best number for me is 07 84 16 29 53.

Thank you,
Ruby Adeyemi""",
        app("Ruby", "Adeyemi", phone="+33784162953", bac=2, grad="2025-06", language="en", status="b_mum_phone_my_own"),
    )),
    # Feature: english_others — kind — Stories from our members
    # others: «Aisha and her brother Sam» = people's stories in an English newsletter → kind newsletter
    N("english_others", "kind", "Stories from our members", M(
        "Social Economy Youth Network <news@example.net>", "Stories from our members - November", "23 07:15",
        """Stories from our members — November

Aisha and her brother Sam both joined a housing co-op this year: she after a master's, he after a year as a volunteer.

Upcoming: webinar on jobs in the social economy, 9 December.

Unsubscribe: news@example.net""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:news@example.net?subject=unsubscribe>"},
    )),
    # Feature: english_others — kind — my friend Dan will come with me
    # others: «my friend Dan» = a friend named in a reply in our thread → kind reply
    N("english_others", "kind", "my friend Dan will come with me", M(
        "Grace Whitfield <grace.whitfield@example.org>", "Re: Information session", "24 12:30",
        """Hi,

Thanks, I'll be there on Thursday, and my friend Dan will come with me if that's fine.

Grace

> The next information session is on Thursday at 6 pm.""",
        reply(),
        headers={"In-Reply-To": "<info-session-2611@animafac.net>", "References": "<info-session-2611@animafac.net>"},
    )),
]
