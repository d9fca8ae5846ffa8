"""Newyear corpus, batch 07 (writer B): Saturday 23 – Tuesday 26 January 2027, each mail read on its own day.
Results are out, the second semester has begun, internships ended «vendredi» or begin «lundi», civic services
run since the 15th, and families and tutors write for someone after the holidays."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, bounce, other, question, reply
from newyear import N

MESSAGES = [
    # Feature: holidays_gap — situation — lundi je commence un stage
    # route: the body, written on Saturday 23 January: a master of 2026 and «lundi je commence un stage» (Monday 25 January, after the reading day): not yet a situation on 2027-01-23 → eligible
    N("holidays_gap", "situation", "lundi je commence un stage", M(
        "Apolline Castellane <apolline.castellane@gmail.com>",
        "Candidature Pro'pulse",
        "2027-01-23 09:12",
        """Bonjour,

Je profite du week-end pour vous écrire, j'ai repoussé ce mail pendant toutes les vacances. J'ai un master Histoire et gestion du patrimoine (Tours, juin 2026). Lundi je commence un stage de deux mois dans un écomusée associatif, faute de mieux, mais ce que je cherche vraiment c'est un poste de chargée des publics dans une association culturelle.

Pouvez-vous m'accompagner ?

Apolline Castellane
06 57 82 04 39""",
        app("Apolline", "Castellane", phone="+33657820439", bac=5, grad="2026-06", status="b_apolline_lundi_stage"),
    )),
    # Feature: last_year_words — graduation — Il y a un an, je finissais ma licence
    # route: an HTML-only mail: «Il y a un an, je finissais ma licence» (the jury of January 2026 named), read on 2027-01-23: 2026-01, within the limit; an association sought → eligible
    N("last_year_words", "graduation", "Il y a un an, je finissais ma licence", M(
        "Naël Achour <nael.achour@outlook.fr>",
        "Pro'pulse",
        "2027-01-23 11:30",
        """Bonjour,

Il y a un an, je finissais ma licence de sciences politiques (jury de janvier 2026, j'étais en semestre décalé). Depuis j'ai été animateur périscolaire à mi-temps.

Je cherche maintenant un poste de chargé de plaidoyer ou d'animation de réseau dans une association de défense des droits. Est-ce que je peux rejoindre le programme ?

Naël Achour
07 35 90 17 62""",
        app("Naël", "Achour", phone="+33735901762", bac=3, grad="2026-01", status="b_nael_il_y_a_un_an"),
        html="only",
        body_html="<div dir=\"ltr\">Bonjour,<br><br>Il y a un an, je finissais ma licence de sciences politiques (jury de janvier 2026, j'étais en semestre décalé). Depuis j'ai été animateur périscolaire à mi-temps.<br><br>Je cherche maintenant un poste de chargé de plaidoyer ou d'animation de réseau dans une association de défense des droits. Est-ce que je peux rejoindre le programme ?<br><br>Naël Achour<br>07 35 90 17 62</div>",
    )),
    # Feature: written_for_newyear — aim — on en a parlé à Noël avec notre fille
    # route: a mother writes for her daughter (her address in the body, the mother's in From): «on en a parlé à Noël avec notre fille»; a master of 2025 and a search in a cooperative → application forwarded_by the mother; eligible
    N("written_for_newyear", "aim", "on en a parlé à Noël avec notre fille", M(
        "Catherine Bonnaventure <cath.bonnaventure@sfr.fr>",
        "Renseignement pour notre fille",
        "2027-01-23 14:48",
        """Bonjour,

On en a parlé à Noël avec notre fille, Élodie Bonnaventure, qui cherche son premier emploi depuis la fin de son master de géographie (obtenu en septembre 2025 à Lyon). Elle voudrait travailler dans une coopérative ou une association de l'alimentation durable, une épicerie paysanne par exemple, mais elle ne sait pas trop par où commencer.

Elle m'a autorisée à vous transmettre son adresse : elodie.bonnaventure@gmail.com. Elle vous répondra elle-même.

Avec nos remerciements,
Catherine Bonnaventure""",
        app("Élodie", "Bonnaventure", phone=None, bac=5, grad="2025-09", email="elodie.bonnaventure@gmail.com", forwarded_by="cath.bonnaventure@sfr.fr", status="b_elodie_parle_a_noel"),
    )),
    # Feature: january_now — situation — je suis en stage depuis le 11 janvier
    # route: the body: a master of June 2026 and «je suis en stage depuis le 11 janvier» until July, running on 2027-01-23 → not_internship fails → not_eligible
    N("january_now", "situation", "je suis en stage depuis le 11 janvier", M(
        "Eliott Rocha-Neves <eliott.rochaneves@gmail.com>",
        "Candidature / renseignement",
        "2027-01-23 17:25",
        """Bonjour,

Diplômé d'un master Management de projets culturels en juin 2026, je suis en stage depuis le 11 janvier dans une fondation, jusqu'au 10 juillet. C'est un stage hors cursus, je n'ai pas trouvé d'emploi à l'automne.

Je voudrais profiter de ces mois pour préparer mon entrée dans une association culturelle ou une SCIC. Est-ce compatible avec Pro'pulse ?

Eliott Rocha-Neves
06 44 26 81 93""",
        app("Eliott", "Rocha-Neves", phone="+33644268193", bac=5, grad="2026-06", failing=("not_internship",), status="b_eliott_stage_depuis_11_janvier"),
    )),
    # Feature: newyear_other_mail — kind — est-ce qu'il y a une limite d'âge
    # route: a question about an age limit, no fact of the writer's own → question
    N("newyear_other_mail", "kind", "est-ce qu'il y a une limite d'âge", M(
        "Régine Brunetière <regine.brunetiere@laposte.net>",
        "Limite d'âge ?",
        "2027-01-23 20:02",
        """Bonsoir,

Je voulais savoir : est-ce qu'il y a une limite d'âge pour participer à Pro'pulse, ou seul compte le fait d'être jeune diplômé ?

Merci,
R. Brunetière""",
        question(),
    )),
    # Feature: limit_turning — graduation — diplômée en 2024
    # route: the body: a licence «diplômée en 2024», no month, read on 2027-01-24: a year alone 2024, every month of it past the two years in January 2027 → graduation_recent fails → not_eligible
    N("limit_turning", "graduation", "diplômée en 2024", M(
        "Léonie Lefebvre-Ndiaye <leonie.lefebvrendiaye@gmail.com>",
        "candidature",
        "2027-01-24 10:18",
        """Bonjour,

Je suis diplômée en 2024 d'une licence de langues (anglais-espagnol). J'ai ensuite travaillé à l'accueil d'un hôtel. Je voudrais maintenant travailler dans une association d'apprentissage du français pour adultes.

Est-ce que je peux m'inscrire ?

Léonie Lefebvre-Ndiaye
06 70 43 28 15""",
        app("Léonie", "Lefebvre-Ndiaye", phone="+33670432815", bac=3, grad="2024", failing=("graduation_recent",), status="b_leonie_diplomee_en_2024"),
    )),
    # Feature: last_year_words — career_change — l'an passé j'étais encore comptable
    # route: the body: «l'an passé j'étais encore comptable» after eleven years in a firm of accountants, then a master of the ESS in 2026 → not_career_change fails → not_eligible
    N("last_year_words", "career_change", "l'an passé j'étais encore comptable", M(
        "Sylvain Morvan-Guichard <sylvain.morvanguichard@orange.fr>",
        "Candidature Pro'pulse",
        "2027-01-24 11:50",
        """Bonjour,

L'an passé j'étais encore comptable, comme depuis onze ans, dans un cabinet d'expertise à Rennes. J'ai suivi en parallèle le master Économie sociale et solidaire en formation continue (validé en septembre 2026) et j'ai quitté le cabinet fin décembre pour changer de métier.

Je cherche un poste de responsable administratif et financier dans une coopérative ou une fédération associative.

Sylvain Morvan-Guichard
06 58 21 74 39""",
        app("Sylvain", "Morvan-Guichard", phone="+33658217439", bac=5, grad="2026-09", failing=("not_career_change",), status="b_sylvain_encore_comptable"),
    )),
    # Feature: resolutions — career_change — je me suis promis de quitter l'hôtellerie
    # route: the body: twelve years as a receptionist, a BTS obtained in 2026 through a transition scheme, «je me suis promis de quitter l'hôtellerie» → not_career_change fails → not_eligible
    N("resolutions", "career_change", "je me suis promis de quitter l'hôtellerie", M(
        "Stéphane Kasprzak <stephane.kasprzak@gmail.com>",
        "Reconversion - candidature",
        "2027-01-24 13:40",
        """Bonjour,

Après douze ans comme réceptionniste de nuit dans de grands hôtels, je me suis promis de quitter l'hôtellerie cette année. J'ai obtenu en juin 2026 un BTS Économie sociale familiale grâce à un projet de transition professionnelle.

Je cherche désormais un poste de conseiller en économie sociale familiale dans une association ou un CCAS associatif. Votre programme accompagne-t-il les reconversions comme la mienne ?

Stéphane Kasprzak
06 29 15 76 84""",
        app("Stéphane", "Kasprzak", phone="+33629157684", bac=2, grad="2026-06", failing=("not_career_change",), status="b_stephane_quitter_hotellerie"),
    )),
    # Feature: year_ahead — level — l'équivalence d'ici l'été
    # route: the body: a Brazilian Bacharelado whose length is not told and «l'équivalence d'ici l'été» (asked, not granted) → degree_level open → to_verify
    N("year_ahead", "level", "l'équivalence d'ici l'été", M(
        "Luana Barros <luana.barros@gmail.com>",
        "Candidature - diplôme brésilien",
        "2027-01-24 16:55",
        """Bonjour,

Je suis brésilienne, installée à Toulouse depuis septembre. J'ai un Bacharelado en Serviço Social de l'université fédérale de Bahia (2025). J'ai fait la demande à ENIC-NARIC et j'espère avoir l'équivalence d'ici l'été.

Je voudrais travailler dans une association d'accueil des personnes migrantes, comme travailleuse sociale ou médiatrice. Mon français est courant.

Luana Barros
07 48 36 20 91""",
        app("Luana", "Barros", phone="+33748362091", bac=None, grad="2025", unknown=("degree_level",), status="b_luana_equivalence_ete"),
    )),
    # Feature: english_newyear — situation — I finished my internship last Friday
    # route: an English mail written on Sunday 24 January: an MSc of 2026 and «I finished my internship last Friday» (22 January), over on the reading day; an ESS post sought → eligible, language en
    N("english_newyear", "situation", "I finished my internship last Friday", M(
        "Niamh Strand <niamh.strand@gmail.com>",
        "Application: recent MSc graduate",
        "2027-01-24 19:20",
        """Hello,

I finished my internship last Friday, at a fair-trade cooperative in Montreuil (six months, on their supply chain). Before that I completed an MSc in Sustainable Development at the University of Glasgow, in September 2026.

I would like to stay in France and work for a cooperative or a social enterprise. I have attached my CV. Thank you for considering my application!

Niamh Strand
+33 7 56 81 42 30""",
        app("Niamh", "Strand", phone="+33756814230", bac=5, grad="2026-09", language="en", status="b_niamh_internship_last_friday"),
        cv=CV("pdf", "Niamh_Strand_CV.pdf", """Niamh Strand
niamh.strand@gmail.com — +33 7 56 81 42 30
Education
MSc Sustainable Development, University of Glasgow (September 2026)
BA Geography, University College Cork (2024)
Experience
Intern, supply chain, Coopérative Équimonde, Montreuil (July 2026 – January 2027)
Volunteer, Glasgow community food hub (2024-2025)"""),
    )),
    # Feature: winter_results — kind — se réunira le 4 février
    # route: a university's scolarité writing to partners about a whole cohort's jury date (other): no person applies → other
    N("winter_results", "kind", "se réunira le 4 février", M(
        "Scolarité IUT Carrières sociales <scolarite-cs@iut-demo.example.fr>",
        "Information aux structures d'accueil : jury de février",
        "2027-01-24 21:00",
        """Madame, Monsieur,

Nous informons les structures qui ont accueilli nos étudiant·es en stage que le jury de la licence professionnelle Coordination de projets sociaux se réunira le 4 février. Les attestations de réussite seront disponibles à partir du 8 février.

Merci de nous retourner les fiches d'évaluation de stage manquantes avant le 1er février.

Le service de scolarité""",
        other(),
    )),
    # Feature: written_for_newyear — aim — son ancienne tutrice de stage
    # route: «son ancienne tutrice de stage» presents a young man (his address and phone in the body): a DEUST of 2026 and a search «dans l'animation» with no sector nor employer named → job_seeking_ess open → to_verify, forwarded_by the tutor
    N("written_for_newyear", "aim", "son ancienne tutrice de stage", M(
        "Marielle Duquesnoy <m.duquesnoy@centre-social-lesgenets.example.org>",
        "Recommandation : Bilal Hamdani",
        "2027-01-25 08:45",
        """Bonjour,

Je suis son ancienne tutrice de stage au centre social Les Genêts et je me permets de vous recommander Bilal Hamdani. Il a obtenu en juin 2026 son DEUST Animation et gestion des activités physiques, sportives ou culturelles, et il cherche depuis un emploi dans l'animation.

C'est un jeune homme fiable, très apprécié des familles. Ses coordonnées : bilal.hamdani@gmail.com, 06 87 52 14 03.

Bien cordialement,
Marielle Duquesnoy
Référente familles""",
        app("Bilal", "Hamdani", phone="+33687521403", bac=2, grad="2026-06", email="bilal.hamdani@gmail.com", unknown=("job_seeking_ess",), forwarded_by="m.duquesnoy@centre-social-lesgenets.example.org", status="b_bilal_ancienne_tutrice"),
    )),
    # Feature: december_past — level — obtenu avant les fêtes
    # route: the body: a «titre professionnel Secrétaire assistant (niveau 4)» «obtenu avant les fêtes», no other diploma → degree_level fails → not_eligible
    N("december_past", "level", "obtenu avant les fêtes", M(
        "Jessica Nguema <jessica.nguema@hotmail.fr>",
        "demande pour le programme",
        "2027-01-25 10:33",
        """Bonjour,

J'ai un titre professionnel Secrétaire assistant (niveau 4), obtenu avant les fêtes après une formation de 8 mois avec l'AFPA. Je voudrais être secrétaire dans une association, par exemple une association d'aide à domicile.

Est-ce que je peux faire votre accompagnement ?

Jessica Nguema
06 35 67 90 24""",
        app("Jessica", "Nguema", phone="+33635679024", bac=0, grad="2026-12", failing=("degree_level",), status="b_jessica_titre_pro_avant_fetes"),
    )),
    # Feature: newyear_other_mail — kind — mes partiels tombent le même jour
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our invitation quoted) asking to move a workshop because of exams → reply
    N("newyear_other_mail", "kind", "mes partiels tombent le même jour", M(
        "Romane Delaunay-Fofana <romane.delaunayfofana@gmail.com>",
        "RE: Atelier CV du 28 janvier",
        "2027-01-25 12:10",
        """Bonjour,

Est-ce qu'il serait possible de décaler mon inscription à l'atelier suivant ? Mes partiels tombent le même jour, je ne pourrai pas venir le 28.

Merci et désolée,
Romane

De : Pro'pulse <propulse@animafac.net>
Envoyé : jeudi 21 janvier 2027 15:02
Objet : Atelier CV du 28 janvier
Bonjour Romane, votre place est réservée pour l'atelier CV du jeudi 28 janvier à 10 h.""",
        reply(),
        headers={"In-Reply-To": "<atelier-2027-01-21-0356@animafac.net>", "References": "<atelier-2027-01-21-0356@animafac.net>"},
    )),
    # Feature: limit_turning — aim — obtenu en février 2025
    # route: the body: a BTS «obtenu en février 2025» (23 months before 2027-01-25, meets) and a search for «un poste d'assistante de gestion», no sector nor employer named → job_seeking_ess open → to_verify
    N("limit_turning", "aim", "obtenu en février 2025", M(
        "Yuna Takahashi-Morel <yuna.takahashimorel@gmail.com>",
        "Candidature",
        "2027-01-25 14:15",
        """Bonjour,

J'ai un BTS Gestion de la PME obtenu en février 2025 (session décalée, après un congé maladie). Je cherche un poste d'assistante de gestion, en CDI de préférence, sur Nantes ou Saint-Nazaire.

Je vous remercie de me dire si ma candidature peut être retenue.

Yuna Takahashi-Morel
06 12 39 58 46""",
        app("Yuna", "Takahashi-Morel", phone="+33612395846", bac=2, grad="2025-02", unknown=("job_seeking_ess",), status="b_yuna_bts_fevrier_2025"),
    )),
    # Feature: newyear_other_mail — kind — Quota de stockage dépassé
    # route: a Mailer-Daemon delivery report (multipart/report): an applicant's mailbox over quota → bounce
    N("newyear_other_mail", "kind", "Quota de stockage dépassé", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.animafac.net>",
        "Delivery Status Notification (Failure)",
        "2027-01-25 15:42",
        """Votre message à gabin.peyrolles@free.fr n'a pas pu être distribué.

Quota de stockage dépassé pour le destinataire.""",
        bounce("gabin.peyrolles@free.fr"),
        bounce="""Reporting-MTA: dns; mx.animafac.net
Final-Recipient: rfc822; gabin.peyrolles@free.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Over quota""",
    )),
    # Feature: school_year — level — en 2025-2026, la formation de coordinateur de projets
    # route: the body: «en 2025-2026, la formation de coordinateur de projets» of a private school, a school's own certificate whose level is not told, after a bac → degree_level open → to_verify
    N("school_year", "level", "en 2025-2026, la formation de coordinateur de projets", M(
        "Hugo Gallardo <hugo.gallardo@gmail.com>",
        "Candidature programme jeunes diplômés",
        "2027-01-25 17:50",
        """Bonjour,

Après mon bac, j'ai suivi en 2025-2026, la formation de coordinateur de projets solidaires de l'école Les Ateliers Citoyens, à Marseille, avec un certificat de l'école en juin. Je cherche maintenant un poste de coordinateur dans une association de jeunesse ou de solidarité internationale.

Hugo Gallardo
07 29 64 81 53""",
        app("Hugo", "Gallardo", phone="+33729648153", bac=None, grad="2026-06", unknown=("degree_level",), status="b_hugo_formation_2025_2026"),
    )),
    # Feature: newyear_other_mail — kind — can participants follow the workshops remotely
    # route: an English question about remote participation, no fact of the writer's own → question
    N("newyear_other_mail", "kind", "can participants follow the workshops remotely", M(
        "Jonathan Whitfield <j.whitfield@gmail.com>",
        "Remote participation?",
        "2027-01-25 22:15",
        """Hello,

Quick question about Pro'pulse: can participants follow the workshops remotely, or is it necessary to be in Paris for every session? And are the workshops in French only?

Thanks a lot,
J. Whitfield""",
        question(language="en"),
    )),
    # Feature: winter_results — studies_finished — les résultats sont tombés hier : licence validée
    # route: an HTML-only mail: a licence pro whose «résultats sont tombés hier : licence validée» (25 January), read on 2027-01-26: obtained in January 2027; a post in an association sought → eligible
    N("winter_results", "studies_finished", "les résultats sont tombés hier : licence validée", M(
        "Anaïs Bertrand-Yao <anais.bertrandyao@gmail.com>",
        "Candidature Pro'pulse - licence pro validée",
        "2027-01-26 08:05",
        """Bonjour,

Les résultats sont tombés hier : licence validée ! C'était une licence professionnelle Intervention sociale en formation continue, avec un jury en janvier.

Je cherche un poste d'accompagnatrice socioprofessionnelle dans un atelier chantier d'insertion ou une association intermédiaire, en Normandie.

Anaïs Bertrand-Yao
06 52 80 37 19""",
        app("Anaïs", "Bertrand-Yao", phone="+33652803719", bac=3, grad="2027-01", status="b_anais_licence_validee_hier"),
        html="only",
    )),
    # Feature: year_ahead — situation — un stage de six mois à partir de mars
    # route: the body: a licence of 2026 and «un stage de six mois à partir de mars», after 2027-01-26: not yet a situation → eligible
    N("year_ahead", "situation", "un stage de six mois à partir de mars", M(
        "Mélissa Faure-Benali <melissa.faurebenali@gmail.com>",
        "candidature",
        "2027-01-26 10:40",
        """Bonjour,

J'ai une licence d'économie et gestion (2026). On m'a proposé un stage de six mois à partir de mars dans une mutuelle, mais je préférerais vraiment trouver un emploi salarié dans une coopérative ou une association d'ici là. Pour l'instant je n'ai rien signé.

Pouvez-vous m'aider ?

Mélissa Faure-Benali
07 91 20 36 84""",
        app("Mélissa", "Faure-Benali", phone="+33791203684", bac=3, grad="2026", status="b_melissa_stage_a_partir_de_mars"),
    )),
    # Feature: resolutions — graduation — cette année je me lance dans l'ESS
    # route: the body: «cette année je me lance dans l'ESS» (the aim met), a master of sociology whose year is said nowhere → graduation_recent open → to_verify
    N("resolutions", "graduation", "cette année je me lance dans l'ESS", M(
        "Maxime Lemoine-Traoré <maxime.lemoinetraore@gmail.com>",
        "Candidature",
        "2027-01-26 12:22",
        """Bonjour,

Cette année je me lance dans l'ESS ! J'ai un master de sociologie (Paris-Nanterre) et j'ai surtout travaillé dans des enquêtes de terrain. Je cherche un poste de chargé d'études ou d'évaluation dans une fédération d'associations ou une CRESS.

Merci de m'indiquer la marche à suivre.

Maxime Lemoine-Traoré
06 46 13 97 20""",
        app("Maxime", "Lemoine-Traoré", phone="+33646139720", bac=5, grad=None, unknown=("graduation_recent",), status="b_maxime_je_me_lance"),
    )),
    # Feature: english_newyear — aim — any job in communications
    # route: an English mail: a BA of 2026 (three years) and «any job in communications», no sector nor employer named → job_seeking_ess open → to_verify, language en
    N("english_newyear", "aim", "any job in communications", M(
        "Oluwaseun Adebayo-Clark <seun.adebayoclark@gmail.com>",
        "Application",
        "2027-01-26 14:05",
        """Hi,

I graduated last summer with a three-year BA in Media and Communication from the University of Manchester and I've been living in Paris since October. I'm looking for any job in communications where I can use my video and social media skills.

A friend told me you help young graduates find their first job. I would be happy to join the programme.

Thanks,
Seun Adebayo-Clark
+33 6 93 71 25 48""",
        app("Oluwaseun", "Adebayo-Clark", phone="+33693712548", bac=3, grad="2026", unknown=("job_seeking_ess",), language="en", status="b_seun_any_job_communications"),
    )),
    # Feature: newyear_other_mail — kind — co-organiser un atelier
    # route: a student association proposing to co-organise a workshop (other): no applicant, no question about the programme → other
    N("newyear_other_mail", "kind", "co-organiser un atelier", M(
        "BDE Sciences sociales Lille <bde.scsoc@asso-etudiante.example.org>",
        "Proposition de partenariat - atelier février",
        "2027-01-26 15:30",
        """Bonjour,

Nous sommes le bureau des étudiant·es de la faculté des sciences sociales de Lille. Nous aimerions co-organiser un atelier avec Pro'pulse en février sur les métiers de l'ESS, pour nos étudiant·es de master qui finissent cette année.

Nous pouvons réserver un amphi et faire la communication. Seriez-vous disponibles un jeudi après-midi ?

Pour le BDE,
Clémentine Vasquez""",
        other(),
    )),
    # Feature: written_for_newyear — situation — m'a demandé de vous écrire
    # route: a friend writes for a young woman («m'a demandé de vous écrire» — her address and phone in the body): a licence of 2026 and a civic service «jusqu'à fin février», running on 2027-01-26 → not_service_civique fails → not_eligible, forwarded_by the friend
    N("written_for_newyear", "situation", "m'a demandé de vous écrire", M(
        "Corentin Vallat <corentin.vallat@gmail.com>",
        "Pour une amie",
        "2027-01-26 18:47",
        """Bonsoir,

Une amie, Inès Tchakarov, m'a demandé de vous écrire parce qu'elle n'a pas accès à internet là où elle est en ce moment. Elle est en service civique jusqu'à fin février dans un refuge de montagne associatif, après sa licence de géographie de 2026. Elle voudrait ensuite un poste dans une association d'éducation à l'environnement.

Vous pouvez la joindre au 06 19 84 27 53 (le soir) ou à ines.tchakarov@laposte.net.

Merci !
Corentin""",
        app("Inès", "Tchakarov", phone="+33619842753", bac=3, grad="2026", email="ines.tchakarov@laposte.net", failing=("not_service_civique",), forwarded_by="corentin.vallat@gmail.com", status="b_ines_ami_ecrit"),
    )),
    # Feature: january_now — situation — mon stage s'est fini vendredi
    # route: the body and the attached CV, written on Tuesday 26 January: a BUT of 2026 and «mon stage s'est fini vendredi» (22 January), over on the reading day; an association sought → eligible
    N("january_now", "situation", "mon stage s'est fini vendredi", M(
        "Mathéo Lindholm <matheo.lindholm@gmail.com>",
        "Candidature + CV",
        "2027-01-26 21:10",
        """Bonjour,

Mon stage s'est fini vendredi (trois mois dans une ressourcerie de Dijon, à l'accueil des dons). J'ai un BUT Gestion administrative et commerciale des organisations (juin 2026). Je cherche maintenant un emploi dans une ressourcerie, une recyclerie ou une association d'économie circulaire.

Mon CV est en pièce jointe.

Mathéo Lindholm
07 84 16 32 05""",
        app("Mathéo", "Lindholm", phone="+33784163205", bac=3, grad="2026-06", status="b_matheo_stage_fini_vendredi"),
        cv=CV("docx", "CV_Matheo_Lindholm.docx", """Mathéo Lindholm
matheo.lindholm@gmail.com — 07 84 16 32 05
Formation
BUT Gestion administrative et commerciale des organisations, IUT de Dijon (juin 2026)
Expériences
Stagiaire accueil des dons, ressourcerie La Remise (octobre 2026 – janvier 2027)
Équipier, Restos du cœur (bénévole)"""),
    )),
]
