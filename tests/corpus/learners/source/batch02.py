"""Learners corpus, batch 02: the twelve features about twice each, careers changed or not, a cousin's
referral, a small PDF CV, an out-of-office in three languages."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from learners import N

MESSAGES = [
    # Feature: english_calque — career_change — éventuellement j'ai décidé de quitter l'informatique
    N("english_calque", "career_change", "éventuellement j'ai décidé de quitter l'informatique", M(
        "Arjun Mehta <arjun.mehta@example.com>", "Application pour le programme", "10 08:20",
        """Bonjour,

J'ai travaillé dix ans comme ingénieur logiciel à Bangalore puis à Paris, pour une grande ESN. Éventuellement j'ai décidé de quitter l'informatique, parce que je veux supporter des causes sociales. J'ai repris les études et j'ai complété un master « management de l'ESS » à Marne-la-Vallée en juin 2026.

Maintenant je regarde pour un poste de chargé de mission dans une association ou une fondation.

Merci,
Arjun Mehta
06 70 25 81 43""",
        app("Arjun", "Mehta", phone="+33670258143", bac=5, grad="2026-06", failing=("not_career_change",), status="eventuellement_quitter_informatique"),
    )),
    # Feature: english_calque — studies_finished — j'ai complété tous mes crédits du master en août 2026
    N("english_calque", "studies_finished", "j'ai complété tous mes crédits du master en août 2026", M(
        "Grace Mensah <grace.mensah@example.org>", "candidature", "10 13:05",
        """Bonjour l'équipe,

Je suis ghanéenne. J'ai complété tous mes crédits du master en août 2026 (master « action humanitaire et solidarité » à Lyon), le relevé final est arrivé, tout est validé.

J'ai appliqué pour des positions dans des ONG et des associations d'insertion, sans réponse pour le moment. Je suis disponible tout de suite.

Grace Mensah
07 26 93 40 18""",
        app("Grace", "Mensah", phone="+33726934018", bac=5, grad="2026-08", status="complete_credits_aout_2026"),
    )),
    # Feature: romance_calque — career_change — j'ai un contrat indéfini comme caissière
    # ambiguous: a «contrato indefinido» (a CDI) held now, taken after the master — whether this is a career change is to check
    N("romance_calque", "career_change", "j'ai un contrat indéfini comme caissière", M(
        "Lucía Fernández <lucia.fernandez@example.net>", "Candidatura al programa", "10 17:44",
        """Bonjour,

J'ai terminé la carrière de psychologie sociale à Salamanque, et le máster à Toulouse, en juin 2025. Depuis septembre 2025 j'ai un contrat indéfini comme caissière dans un supermarché, pour payer l'appartement.

Mais ce que je veux, c'est travailler dans une association de l'économie sociale, dans l'accompagnement des femmes. Je suis en train de chercher travail dans ça depuis l'été.

Merci beaucoup,
Lucía Fernández Ortega
06 88 14 05 72""",
        app("Lucía", "Fernández Ortega", phone="+33688140572", bac=5, grad="2025-06", unknown=("not_career_change",), status="contrat_indefini_caissiere"),
    )),
    # Feature: romance_calque — graduation — j'ai fini le master le passé juin
    N("romance_calque", "graduation", "j'ai fini le master le passé juin", M(
        "Matteo Russo <matteo.russo@example.fr>", "candidatura Pro'pulse", "11 09:31",
        """Ciao, bonjour,

Je suis italien de Naples, j'ai fini le master le passé juin à l'université de Montpellier, en économie sociale et solidaire. J'ai fait la pratique professionnelle dans une coopérative agricole au printemps, c'est terminé.

Je cherche maintenant un lavoro, pardon, un travail, dans les coopératives ou les associations du territoire.

Grazie,
Matteo Russo
07 03 58 92 61""",
        app("Matteo", "Russo", phone="+33703589261", bac=5, grad="2026-06", status="fini_master_passe_juin"),
    )),
    # Feature: article_gender — studies_finished — je suis en la dernière année de mon formation
    N("article_gender", "studies_finished", "je suis en la dernière année de mon formation", M(
        "Hamid Qaderi <hamid.qaderi@example.org>", "candidature pour un accompagnement", "11 14:16",
        """Bonjour,

Je suis afghan. Je suis en la dernière année de mon formation de éducateur spécialisé, à l'IRTS de Lille, le diplôme est en juin 2027.

Je veux trouver un travail dans un association de protection de l'enfance après. Est-ce que je peux commencer le programme maintenant ?

Hamid Qaderi
06 91 07 36 24""",
        app("Hamid", "Qaderi", phone="+33691073624", bac="*", grad=None, failing=("studies_finished",), status="derniere_annee_mon_formation"),
    )),
    # Feature: article_gender — situation — je fais un mission de six mois dans le association
    # ambiguous: «un mission» of unstated kind (stage? service civique?) — both situations are to check
    N("article_gender", "situation", "je fais un mission de six mois dans le association", M(
        "Elif Yılmaz <elif.yilmaz@example.com>", "candidature", "11 18:02",
        """Bonjour,

J'ai le master de sociologie à Strasbourg, obtenu en septembre 2025. Maintenant je fais un mission de six mois dans le association « Voisins Solidaires » de mon quartier, jusqu'à le mois de mars.

Après le mission je cherche un travail dans le secteur de l'ESS, comme coordinatrice de projets.

Elif Yılmaz
07 57 42 19 83""",
        app("Elif", "Yılmaz", phone="+33757421983", bac=5, grad="2025-09", unknown=("not_internship", "not_service_civique"), status="un_mission_six_mois"),
    )),
    # Feature: verb_forms — career_change — je suis travaillé comme chauffeur de camion dix ans
    N("verb_forms", "career_change", "je suis travaillé comme chauffeur de camion dix ans", M(
        "Emre Kaya <emre.kaya@example.net>", "Pour mon cousin Mustafa", "12 10:40",
        """Bonjour,

J'écris pour mon cousin Mustafa Aydın, il parle pas bien encore, il m'a dicté :

« Bonjour. Moi Mustafa, 34 ans. En Turquie je suis travaillé comme chauffeur de camion dix ans. Après en France je suis étudié deux ans, BTS gestion des transports, je suis eu le diplôme en juin 2026. Maintenant je vouloir travailler dans une association, la logistique pour les banques alimentaires. »

Son mail : mustafa.aydin@example.org, son téléphone : 07 36 81 20 95.

Merci,
Emre Kaya""",
        app("Mustafa", "Aydın", phone="+33736812095", bac=2, grad="2026-06", failing=("not_career_change",), email="mustafa.aydin@example.org", forwarded_by="emre.kaya@example.net", status="suis_travaille_chauffeur_dix_ans"),
    )),
    # Feature: verb_forms — situation — je suis fini mon service civique en octobre
    N("verb_forms", "situation", "je suis fini mon service civique en octobre", M(
        "Sara Tesfay <sara.tesfay@example.org>", "candidature Pro'pulse", "12 15:55",
        """Bonjour,

Je suis fini mon service civique en octobre, avec Unis-Cité à Rennes (neuf mois). Avant, je suis sortie de l'université avec la licence de sciences de l'éducation, en juillet 2025.

Maintenant je cherche un emploi dans une association d'éducation populaire ou un centre social.

Merci,
Sara Tesfay
06 46 73 28 01""",
        app("Sara", "Tesfay", phone="+33646732801", bac=3, grad="2025-07", status="suis_fini_service_civique_octobre"),
    )),
    # Feature: prepositions_time — graduation — j'ai fini ma licence à 2023
    N("prepositions_time", "graduation", "j'ai fini ma licence à 2023", M(
        "Mohammed Benali <m.benali@example.com>", "candidature", "12 19:10",
        """Bonjour,

J'ai fini ma licence à 2023, en sciences économiques, à l'université d'Oran. Je suis en France dans 2024. Depuis je travaille à intérim, un peu.

Je cherche un travail à une association ou à une coopérative, en comptabilité.

Mohammed Benali
07 85 60 14 39""",
        app("Mohammed", "Benali", phone="+33785601439", bac=3, grad="2023", failing=("graduation_recent",), status="licence_a_2023"),
    )),
    # Feature: prepositions_time — aim — je cherche pour six mois un emploi dans l'ESS
    N("prepositions_time", "aim", "je cherche pour six mois un emploi dans l'ESS", M(
        "Linh Tran <linh.tran@example.fr>", "Candidature au programme Pro'pulse", "13 09:02",
        """Bonjour,

Je suis diplômée d'un master « économie sociale » à Nantes en mai 2026. Je cherche pour six mois un emploi dans l'ESS : j'ai envoyé trente candidatures aux associations et aux SCOP de la région, j'ai eu deux entretiens.

Je voudrais de l'aide pour mieux cibler.

Tran Linh
06 29 57 13 80""",
        app("Linh", "Tran", phone="+33629571380", bac=5, grad="2026-05", status="cherche_pour_six_mois_ess"),
    )),
    # Feature: negation_forms — career_change — je travaille pas plus comme infirmière
    N("negation_forms", "career_change", "je travaille pas plus comme infirmière", M(
        "Adjoua Kouassi <adjoua.kouassi@example.org>", "candidature", "13 12:48",
        """Bonjour,

J'ai été infirmière sept ans à Abidjan, à l'hôpital. En France je travaille pas plus comme infirmière : j'ai repris les études et j'ai eu le master « santé publique et solidarités » en juillet 2026.

Je cherche maintenant dans les mutuelles ou les associations de santé communautaire.

Adjoua Kouassi
07 12 48 36 57""",
        app("Adjoua", "Kouassi", phone="+33712483657", bac=5, grad="2026-07", failing=("not_career_change",), status="travaille_pas_plus_infirmiere"),
    )),
    # Feature: negation_forms — aim — je veux non travailler dans une entreprise privée
    N("negation_forms", "aim", "je veux non travailler dans une entreprise privée", M(
        "Dmitri Volkov <dmitri.volkov@example.net>", "candidature Pro'pulse", "13 16:25",
        """Bonjour,

Master « géographie et aménagement » à Paris 1, obtenu en septembre 2025. Je veux non travailler dans une entreprise privée, seulement dans une association ou une coopérative, pour le logement des personnes précaires.

Je suis pas en stage, je suis pas en service civique, je cherche.

Dmitri Volkov
06 35 82 17 46""",
        app("Dmitri", "Volkov", phone="+33635821746", bac=5, grad="2025-09", status="veux_non_travailler_prive"),
    )),
    # Feature: phonetic_spelling — studies_finished — é maintenant je sui en dèrnière anné de mastère
    N("phonetic_spelling", "studies_finished", "é maintenant je sui en dèrnière anné de mastère", M(
        "Ibrahima Sow <ibrahima.sow@example.com>", "candidatur pour le programe", "14 10:05",
        """Bonjour,

J'ai la lisence d'économi en 2024 à Dakar é maintenant je sui en dèrnière anné de mastère à Poitiers. Je fini en juin.

Je veu travaillé dan une assosiation ou une coopérativ. Mersi de me dir si je peu venir.

Ibrahima Sow
07 44 09 51 28""",
        app("Ibrahima", "Sow", phone="+33744095128", bac=3, grad="2024", failing=("studies_finished",), unknown=("graduation_recent",), status="sui_en_derniere_anne_mastere"),
    )),
    # Feature: phonetic_spelling — career_change — j'ai fé que des peti boulo pandan mes étude
    N("phonetic_spelling", "career_change", "j'ai fé que des peti boulo pandan mes étude", M(
        "Mariama Baldé <mariama.balde@example.org>", "candidature", "14 14:38",
        """Bonjour,

Je sui Mariama, j'ai le DUT carrière social, diplomé en juin 2025. J'ai fé que des peti boulo pandan mes étude (garde d'anfan, ménage), pa d'otre métié.

Je cherche un travail d'animatrice dan un centre social ou une assosiation.

Mariama Baldé
06 53 20 84 17""",
        app("Mariama", "Baldé", phone="+33653208417", bac=2, grad="2025-06", status="fe_que_peti_boulo"),
    )),
    # Feature: foreign_systems_in_french — graduation — licence LMD à Alger, soutenue en juin 2024
    N("foreign_systems_in_french", "graduation", "licence LMD à Alger, soutenue en juin 2024", M(
        "Nassima Boudjema <nassima.boudjema@example.net>", "Candidature", "14 18:20",
        """Bonjour,

J'ai la licence LMD à Alger, soutenue en juin 2024, en sciences sociales (option sociologie du travail). C'est bac+3 comme en France, je fais aussi la demande d'attestation de comparabilité.

Je cherche un emploi dans une association d'insertion. Je suis arrivée à Marseille en 2025.

Nassima Boudjema
07 68 31 05 92""",
        app("Nassima", "Boudjema", phone="+33768310592", bac=3, grad="2024-06", failing=("graduation_recent",), status="licence_lmd_alger_juin_2024"),
    )),
    # Feature: foreign_systems_in_french — level — BTS d'État tunisien, deux ans après le bac
    N("foreign_systems_in_french", "level", "BTS d'État tunisien, deux ans après le bac", M(
        "Yassine Trabelsi <yassine.trabelsi@example.com>", "candidature Pro'pulse", "15 09:12",
        """Bonjour,

J'ai un BTS d'État tunisien, deux ans après le bac, en gestion des PME, obtenu en juin 2025 à l'ISET de Sfax. Mon CV est joint.

Je cherche un poste d'assistant de gestion dans une association ou une SCOP en France.

Yassine Trabelsi
06 24 70 93 58""",
        app("Yassine", "Trabelsi", phone="+33624709358", bac=2, grad="2025-06", info_in="both", status="bts_etat_tunisien"),
        cv=CV("pdf", "CV_Yassine_Trabelsi.pdf", """Yassine TRABELSI
Assistant de gestion
Diplômes
Juin 2025 : BTS d'État en gestion des PME, ISET de Sfax (Tunisie), bac+2
2023 : baccalauréat économie et gestion
Expérience
Été 2024 : aide-comptable saisonnier, coopérative oléicole de Sfax
Langues : arabe, français, anglais"""),
    )),
    # Feature: code_switching — career_change — avant j'ai travaillé à Alep, shway shway
    # ambiguous: «shway shway» (a little) in his father's shop — how long, and whether it was a trade, is to check
    N("code_switching", "career_change", "avant j'ai travaillé à Alep, shway shway", M(
        "Omar Al-Hassan <omar.alhassan@example.org>", "candidature", "15 13:40",
        """Salam, bonjour,

Je suis Omar, syrien. J'ai la licence pro « gestion des structures de l'ESS » à Grenoble, juin 2026, alhamdulillah. Avant j'ai travaillé à Alep, shway shway, dans la boutique de mon père, les tissus.

Maintenant je cherche un travail dans une association ou une coopérative, inshallah vite.

Omar Al-Hassan
07 09 26 48 31""",
        app("Omar", "Al-Hassan", phone="+33709264831", bac=3, grad="2026-06", unknown=("not_career_change",), status="alep_shway_shway"),
    )),
    # Feature: code_switching — situation — mas agora estou fazendo estágio na Fondation Abbé Pierre até janeiro
    N("code_switching", "situation", "mas agora estou fazendo estágio na Fondation Abbé Pierre até janeiro", M(
        "Beatriz Almeida <beatriz.almeida@example.net>", "candidatura / candidature", "15 17:25",
        """Olá, bonjour,

J'ai ma licence de sociologie à Paris 8, juillet 2026, mas agora estou fazendo estágio na Fondation Abbé Pierre até janeiro, pour le logement. Après je veux un emploi dans l'associatif, c'est sûr.

Obrigada,
Beatriz Almeida
06 17 39 62 85""",
        app("Beatriz", "Almeida", phone="+33617396285", bac=3, grad="2026-07", failing=("not_internship",), status="agora_estagio_janeiro"),
    )),
    # Feature: machine_translated — aim — un poste au sein d'une institution financière de premier rang
    N("machine_translated", "aim", "un poste au sein d'une institution financière de premier rang", M(
        "Wei Zhang <wei.zhang@example.com>", "Demande d'admission à votre honorable programme", "16 08:45",
        """Respectable Madame, Monsieur,

J'ai l'honneur de porter à votre haute connaissance que je détiens un diplôme de maîtrise en finance de l'université de Lille, obtenu au mois de juin de l'année 2026.

Mon aspiration professionnelle est d'obtenir un poste au sein d'une institution financière de premier rang, dans le domaine des fusions et acquisitions. Votre programme d'accompagnement me serait d'un secours précieux.

Dans l'attente de votre bienveillante réponse, veuillez agréer mes salutations respectueuses.

Zhang Wei
Tél. 07 81 36 25 04""",
        app("Wei", "Zhang", phone="+33781362504", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="institution_financiere_premier_rang"),
    )),
    # Feature: word_order_and_register — situation — Service civique : fini. Octobre.
    N("word_order_and_register", "situation", "Service civique : fini. Octobre.", M(
        "Kwame Asante <kwame.asante@example.org>", "inscription", "16 12:30",
        """Salut,

Licence pro, animation sociale, Bobigny. Juin 2025.
Service civique : fini. Octobre.
Maintenant : chercher poste animateur, centre social, association.
Tu me rappelles ?

Kwame
07 50 63 21 94""",
        app("Kwame", "Asante", phone="+33750632194", bac=3, grad="2025-06", status="service_civique_fini_octobre"),
    )),
    # Feature: english_non_native — career_change — I worked like accountant during twelve years in Iran
    N("english_non_native", "career_change", "I worked like accountant during twelve years in Iran", M(
        "Shirin Hosseini <shirin.hosseini@example.net>", "Application for Pro'pulse", "16 16:05",
        """Hello,

I worked like accountant during twelve years in Iran, in a big company. Since I am in France I made a master in social economy at Université Paris-Est Créteil, I have it since September 2026.

Now I search a work in an association or a cooperative, I want to change my life for something useful.

Regards,
Shirin Hosseini
06 92 15 47 30""",
        app("Shirin", "Hosseini", phone="+33692154730", bac=5, grad="2026-09", failing=("not_career_change",), language="en", status="accountant_twelve_years_iran"),
    )),
    # Feature: english_non_native — studies_finished — I finish my master in December, the defense is the 15
    # ambiguous: a defence still to come — whether the master will be obtained, and when, is to check (the bachelor is
    # undated)
    N("english_non_native", "studies_finished", "I finish my master in December, the defense is the 15", M(
        "Jakub Horák <jakub.horak@example.com>", "Application Pro'pulse", "16 19:50",
        """Hi,

I am from Czech Republic. I finish my master in December, the defense is the 15, at Sciences Po Lille (social and solidarity economy track). All courses are validated. I have a bachelor from Charles University before.

I search a job in a cooperative or an association working on energy transition.

Thanks,
Jakub Horák
07 38 25 70 16""",
        app("Jakub", "Horák", phone="+33738257016", bac=3, grad=None, unknown=("graduation_recent", "studies_finished"), language="en", status="finish_master_december_defense"),
    )),
    # Feature: phonetic_spelling — kind — es ce que le program é gratui
    N("phonetic_spelling", "kind", "es ce que le program é gratui", M(
        "Aminata Traoré <aminata.traore@example.org>", "question", "17 09:15",
        """Bonjour,

Es ce que le program é gratui ? É combien de foi par semèn il fau venir ?

Mersi""",
        question(),
    )),
    # Feature: english_non_native — kind — I can come on Tuesday 24 at 2 pm
    N("english_non_native", "kind", "I can come on Tuesday 24 at 2 pm", M(
        "Ayşe Demir <ayse.demir@example.org>", "Re: Your application to Pro'pulse", "17 11:20",
        """Hello Claire,

Thank you for your answer. I can come on Tuesday 24 at 2 pm, I take the metro line 4.

See you,
Ayşe

> Dear Ayşe,
> Thank you for your application. Could you come for a first meeting on Tuesday 24 November?
> Claire, Pro'pulse team""",
        reply(),
        headers={"In-Reply-To": "<5120.rdv@animafac.net>", "References": "<5120.rdv@animafac.net>"},
    )),
    # Feature: verb_forms — kind — moi être en vacances, moi revenir le 30 novembre
    N("verb_forms", "kind", "moi être en vacances, moi revenir le 30 novembre", M(
        "Bilal Chaudhry <bilal.chaudhry@example.com>", "Réponse automatique : Pro'pulse", "17 15:00",
        """Bonjour,

Message automatique : moi être en vacances, moi revenir le 30 novembre. Merci.

Bilal""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: prepositions_time — kind — atelier depuis trois semaines chaque mardi
    N("prepositions_time", "kind", "atelier depuis trois semaines chaque mardi", M(
        "Maison des Langues Solidaires <infos@mls.example.org>", "Nouvelles de la Maison des Langues — novembre", "17 18:00",
        """Les nouvelles de la Maison des Langues Solidaires

- Conversation français-arabe : un atelier depuis trois semaines chaque mardi, en 19h, à la salle Jean-Moulin.
- Café-emploi pour les personnes réfugiées : dans le 2 décembre, à 14h.
- Appel aux bénévoles pour l'aide aux devoirs.

Se désinscrire : écrivez à desinscription@mls.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:desinscription@mls.example.org>"},
    )),
    # Feature: foreign_systems_in_french — kind — Message non remis : adresse inconnue au domaine de l'université
    N("foreign_systems_in_french", "kind", "Message non remis : adresse inconnue au domaine de l'université", M(
        "Mail Delivery System <MAILER-DAEMON@mail.univ-example.net>", "Message non remis / Undeliverable", "18 08:10",
        """Message non remis : adresse inconnue au domaine de l'université.

Le destinataire suivant n'existe pas : k.ouedraogo@etu.univ-example.net
(Les adresses des étudiants sont fermées un an après la fin du cursus.)""",
        bounce("k.ouedraogo@etu.univ-example.net"),
        bounce="Reporting-MTA: dns; mail.univ-example.net\n\nFinal-Recipient: rfc822; k.ouedraogo@etu.univ-example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 mailbox unavailable",
    )),
    # Feature: negation_forms — kind — nous ne pas pouvons pas recevoir des stagiaires
    N("negation_forms", "kind", "nous ne pas pouvons pas recevoir des stagiaires", M(
        "Association Soleil d'Afrique <contact@soleil-afrique.example.org>", "partenariat", "18 10:45",
        """Bonjour,

Nous sommes une petite association de femmes africaines à Villeurbanne. Cette année nous ne pas pouvons pas recevoir des stagiaires, mais nous voulons présenter notre épicerie solidaire aux jeunes de votre programme, pour une visite.

Merci de nous dire si c'est possible.

Mme Kadiatou Bah, présidente""",
        other(),
    )),
]
