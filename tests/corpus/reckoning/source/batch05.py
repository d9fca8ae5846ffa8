"""Reckoning corpus, batch 05 (writer B): a master three years old in January, a work-study master of two
years begun in 2025, forty days of stage left, four semesters of DUT and two of licence pro, twelve years at
the wheel of a bus, an age against a bac, Easter last year and a stage begun at the rentrée, chains of months
after a licence and after a BTS, weeks and months of applying, «l'an passé» and two years ago «à peu près à
cette époque-ci», a civic service of seven months from July, four months of internship from the end of May,
the same in English, and other mail that counts."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from reckoning import N

MESSAGES = [
    # Feature: elapsed_since — graduation — cela fera trois ans en janvier que j'ai soutenu mon master
    # reckoned: 2027-01 − 36 months = 2024-01 → 2026-11 − 2024-01 = 34 months → older than 24 → graduation_recent failing
    N("elapsed_since", "graduation", "cela fera trois ans en janvier que j'ai soutenu mon master", M(
        "Maëlle Kouassi <maelle.kouassi@example.fr>", "Candidature programme Pro'pulse", "03 09:12",
        """Bonjour,

Je me permets de vous écrire pour candidater à Pro'pulse. Cela fera trois ans en janvier que j'ai soutenu mon master de sociologie des organisations (université de Nantes). J'ai ensuite gardé des enfants à domicile, le temps de m'occuper de ma mère malade.

Ce que je voudrais vraiment, c'est travailler dans une association de quartier ou une régie, côté médiation ou coordination de projets.

Je reste disponible pour un échange.

Maëlle Kouassi
07 61 48 20 93""",
        app("Maëlle", "Kouassi", phone="+33761482093", bac=5, grad="2024-01", failing=("graduation_recent",), status="b_master_trois_ans_en_janvier"),
    )),
    # Feature: elapsed_since — kind — obtenu son diplôme il y a 23 mois
    # reckoned: a question with no personal fact: 23 months now, 25 by the time the programme starts? no applicant's fact
    N("elapsed_since", "kind", "obtenu son diplôme il y a 23 mois", M(
        "Théo Marchetti <t.marchetti@example.net>", "Question sur la limite des 24 mois", "04 18:40",
        """Bonjour,

Une question avant de remplir quoi que ce soit : si quelqu'un a obtenu son diplôme il y a 23 mois, et que la prochaine session ne démarre que dans deux ou trois mois, est-ce que les 24 mois se comptent au jour de la candidature ou au jour du démarrage ?

Et vous partez de la date du jury ou de celle de la remise du diplôme ?

Merci d'avance,
Théo""",
        question(),
    )),
    # Feature: start_plus_duration — studies_finished — entré en septembre 2025 dans un master en alternance, un cursus de deux ans
    # reckoned: 2025-09 + two academic years = summer 2027 → studies running on 2026-11-26 → studies_finished failing
    N("start_plus_duration", "studies_finished", "entré en septembre 2025 dans un master en alternance, un cursus de deux ans", M(
        "Bastien Nguyen-Lefort <bastien.nl@example.com>", "candidature", "05 21:03",
        """Bonsoir,

Je suis entré en septembre 2025 dans un master en alternance, un cursus de deux ans, « Management des organisations de l'ESS » à Lille. Mon entreprise d'accueil est une coopérative d'activité et d'emploi.

Je vous écris parce qu'une camarade m'a parlé de Pro'pulse et je voudrais savoir si je peux déjà m'inscrire pour être prêt ensuite.

Merci,
Bastien Nguyen-Lefort
06 22 93 15 40""",
        app("Bastien", "Nguyen-Lefort", phone="+33622931540", bac="*", grad=None, failing=("studies_finished",), status="b_master_alternance_2025_2027"),
    )),
    # Feature: start_plus_duration — kind — commence le 4 janvier et s'étale sur trente semaines
    # reckoned: a training body's newsletter: 2027-01-04 + 30 weeks = end of July 2027, no personal fact
    N("start_plus_duration", "kind", "commence le 4 janvier et s'étale sur trente semaines", M(
        "Les Ateliers Passerelle <lettre@ateliers-passerelle.example.org>", "La lettre de novembre : inscriptions ouvertes", "06 07:30",
        """LA LETTRE DES ATELIERS PASSERELLE — novembre

Inscriptions ouvertes : la formation de 420 heures « Animer un collectif citoyen » commence le 4 janvier et s'étale sur trente semaines, avec deux périodes en structure.

Réunion d'information en ligne le 10 décembre à 18 h.

Nos dernières nouvelles : la promotion entrée il y a un an a terminé son premier semestre ; trois apprenants ont déjà trouvé une structure d'accueil.

Pour vous désinscrire, répondez STOP.""",
        newsletter(),
    )),
    # Feature: countdown — situation — mon stage s'arrête dans une quarantaine de jours
    # reckoned: about forty days from 2026-11-26 = early January 2027 → the internship is running → not_internship failing
    N("countdown", "situation", "mon stage s'arrête dans une quarantaine de jours", M(
        "Ilyès Haddad <ilyes.haddad@example.fr>", "Candidature Pro'pulse – Ilyès Haddad", "09 12:15",
        """Bonjour,

J'ai obtenu ma licence professionnelle « Coordination de projets de l'économie sociale » en juin 2025. Je suis stagiaire dans une fédération d'associations d'éducation populaire et mon stage s'arrête dans une quarantaine de jours.

Je cherche un poste de chargé de projets dans une association ou une coopérative, et Pro'pulse me semble la bonne porte d'entrée.

Cordialement,
Ilyès Haddad
06 35 70 81 26""",
        app("Ilyès", "Haddad", phone="+33635708126", bac=3, grad="2025-06", failing=("not_internship",), status="b_lp_stage_quarantaine_jours"),
    )),
    # Feature: countdown — kind — sera vidée automatiquement dans 3 jours
    # reckoned: a bounce: the mailbox is full until it is emptied in 3 days, no person's fact
    N("countdown", "kind", "sera vidée automatiquement dans 3 jours", M(
        "Système de messagerie <postmaster@mx2.example.fr>", "Non remis : Votre candidature à Pro'pulse", "10 03:22",
        """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

La boîte de réception du destinataire est pleine. Elle sera vidée automatiquement dans 3 jours ; renvoyez votre message après cette date.

Destinataire : amandine.roux-pelletier@example.fr""",
        bounce("amandine.roux-pelletier@example.fr"),
        bounce="""Reporting-MTA: dns; mx2.example.fr

Final-Recipient: rfc822; amandine.roux-pelletier@example.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full, quota exceeded""",
    )),
    # Feature: study_counts — level — quatre semestres de DUT puis deux semestres de licence professionnelle
    # reckoned: 4 semesters = bac+2, 2 more semesters = one year → bac+3; «terminés en juin dernier» = 2026-06 → recent
    N("study_counts", "level", "quatre semestres de DUT puis deux semestres de licence professionnelle", M(
        "Anaïs Ferrand-Diallo <anais.ferrand.diallo@example.org>", "Candidature – coordination de projets solidaires", "11 10:47",
        """Madame, Monsieur,

Après quatre semestres de DUT puis deux semestres de licence professionnelle en aménagement et développement durable des territoires, terminés en juin dernier, je souhaite mettre mes compétences au service d'une structure de l'économie sociale et solidaire.

Mon rapport de projet tutoré portait sur les jardins partagés de l'agglomération grenobloise ; j'y ai rencontré des associations avec lesquelles j'aimerais travailler. Vous trouverez mon CV en pièce jointe.

Je vous prie d'agréer mes salutations distinguées.

Anaïs Ferrand-Diallo
+33 6 58 02 47 19""",
        app("Anaïs", "Ferrand-Diallo", phone="+33658024719", bac=3, grad="2026-06", status="b_dut_4_semestres_lp_2", info_in="both"),
        cv=CV("docx", "CV_Anais_Ferrand-Diallo.docx", """Anaïs Ferrand-Diallo
anais.ferrand.diallo@example.org — +33 6 58 02 47 19
Formation
Licence professionnelle Aménagement et développement durable — deux semestres, terminés en juin dernier
DUT Carrières sociales — quatre semestres
Expériences
Enquêtrice bénévole, collectif des jardins partagés (deux saisons)
Animatrice en accueil de loisirs (étés)"""),
    )),
    # Feature: study_counts — kind — deux années de BTS
    # reckoned: a reply in our thread: «deux années de BTS» answers our question on the level; kind reply
    N("study_counts", "kind", "deux années de BTS", M(
        "Kevin Rakotomalala <kevin.rakoto@example.com>", "Re: Votre candidature à Pro'pulse", "12 19:58",
        """Bonsoir,

Pour répondre à votre question : oui, j'ai bien fait mes deux années de BTS jusqu'au bout, l'examen est validé. Je vous renvoie l'attestation demain matin, mon scanner ne marche pas ce soir.

Bonne soirée,
Kevin

Le 12/11/2026 à 10:05, Pro'pulse a écrit :
> Bonjour Kevin, pourriez-vous nous préciser si votre BTS a été validé ? Merci.""",
        reply(),
        headers={"In-Reply-To": "<pp-2611-0412@animafac.net>", "References": "<pp-2611-0412@animafac.net>"},
    )),
    # Feature: career_span — career_change — douze ans comme conductrice de bus
    # reckoned: twelve years of another trade before the licence pro of June 2026 → not_career_change failing
    N("career_span", "career_change", "douze ans comme conductrice de bus", M(
        "Nadia Belkhir <nadia.belkhir@example.net>", "Ma candidature", "13 08:05",
        """Bonjour,

J'ai 41 ans. Après douze ans comme conductrice de bus dans une société de transport urbain, j'ai demandé un congé de formation et repris des études : j'ai obtenu en juin 2026 une licence professionnelle « Intervention sociale ».

Je veux maintenant travailler dans l'accompagnement, dans une association ou un centre social.

Nadia Belkhir
06 84 11 30 57""",
        app("Nadia", "Belkhir", phone="+33684113057", bac=3, grad="2026-06", failing=("not_career_change",), status="b_conductrice_12_ans_lp"),
    )),
    # Feature: career_span — kind — absente pendant trois semaines
    # reckoned: an adviser's out-of-office: three weeks away, back mid-December, no fact of an applicant
    N("career_span", "kind", "absente pendant trois semaines", M(
        "Céline Vautrin <c.vautrin@cep-sud.example.org>", "Réponse automatique : Partenariat reconversions", "16 09:01",
        """Bonjour,

Je suis absente pendant trois semaines, en formation. Je traiterai vos messages à mon retour, le 7 décembre.

Pour les personnes qui ont déjà quinze ou vingt ans de carrière et envisagent une reconversion, l'accueil du conseil en évolution professionnelle reste joignable au 04 90 00 00 00.

Céline Vautrin
Conseillère en évolution professionnelle""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: ages — level — J'ai 20 ans, j'ai eu mon bac à 18 ans
    # reckoned: two years since the bac, the first year of licence validated and the second dropped → bac+1 → degree_level failing
    N("ages", "level", "J'ai 20 ans, j'ai eu mon bac à 18 ans", M(
        "Lucas Moulin <lucas.moulin@example.fr>", "candidature (peut-être trop jeune ?)", "17 14:30",
        """Bonjour,

J'ai 20 ans, j'ai eu mon bac à 18 ans, j'ai validé ma première année de licence d'histoire et j'ai arrêté la deuxième en cours de route en février. Je sais que ce n'est pas un parcours très droit.

J'aimerais beaucoup travailler dans une association, je suis bénévole aux Restos depuis deux hivers et c'est là que je me sens utile.

Lucas Moulin
07 45 62 18 09""",
        app("Lucas", "Moulin", phone="+33745621809", bac=1, grad=None, failing=("degree_level",), status="b_20_ans_bac_18_l1"),
    )),
    # Feature: ages — kind — les 18-30 ans
    # reckoned: a partner's invitation: a forum for the 18-30 in three weeks, no personal fact
    N("ages", "kind", "les 18-30 ans", M(
        "Forum Jeunesse Engagée <contact@forum-jeunesse.example.org>", "Invitation : forum de l'engagement, dans trois semaines", "18 11:20",
        """Bonjour l'équipe de Pro'pulse,

Nous organisons dans trois semaines, le 12 décembre, un forum de l'engagement pour les 18-30 ans à la Maison des associations de Rennes. Vingt structures y présenteront leurs missions de bénévolat, de service civique et leurs offres d'emploi.

Vous seriez les bienvenus pour tenir un stand. Réponse souhaitée d'ici dix jours.

Bien cordialement,
L'équipe du Forum Jeunesse Engagée""",
        other(),
    )),
    # Feature: calendar_anchors — graduation — juste après les vacances de Pâques, l'an dernier
    # reckoned: Easter of last year (2025) = April → 2025-04 → 19 months → recent
    N("calendar_anchors", "graduation", "juste après les vacances de Pâques, l'an dernier", M(
        "Hélène Dubreuil <helene.dubreuil@example.com>", "Candidature Pro'pulse", "19 16:44",
        """Bonjour,

J'ai soutenu mon mémoire de master « Économie sociale et solidaire » juste après les vacances de Pâques, l'an dernier : le jury a validé le diplôme le jour même. Depuis, j'ai fait du bénévolat dans une épicerie solidaire.

Je cherche désormais un emploi dans une coopérative ou une association, idéalement dans l'alimentation durable.

Bien à vous,
Hélène Dubreuil
06 03 77 52 81""",
        app("Hélène", "Dubreuil", phone="+33603775281", bac=5, grad="2025-04", status="b_master_paques_an_dernier"),
    )),
    # Feature: calendar_anchors — situation — j'ai démarré un stage à la rentrée
    # ambiguous: a stage begun at the rentrée (2026-09) with no length nor end: it may run on past 2026-11-26 or be over
    # reckoned: start 2026-09, duration unknown → running or ended unknown → not_internship open
    N("calendar_anchors", "situation", "j'ai démarré un stage à la rentrée", M(
        "Youssef Amrani <youssef.amrani@example.net>", "DEJEPS – candidature", "20 10:10",
        """Bonjour,

J'ai eu mon DEJEPS animation socio-éducative en juin 2025. Après quelques vacations en centre social, j'ai démarré un stage à la rentrée, dans une ressourcerie, pour découvrir l'économie circulaire.

Je voudrais ensuite un poste stable de coordinateur dans une association d'éducation populaire ou une ressourcerie.

Youssef Amrani
07 12 98 46 30""",
        app("Youssef", "Amrani", phone="+33712984630", bac=2, grad="2025-06", unknown=("not_internship",), status="b_dejeps_stage_depuis_rentree"),
    )),
    # Feature: chained_dates — situation — trois mois plus tard j'ai commencé un service civique de neuf mois, terminé en juin
    # reckoned: service civique ended 2026-06 → met; it began 2025-09; the licence three months earlier = 2025-06 → recent
    N("chained_dates", "situation", "trois mois plus tard j'ai commencé un service civique de neuf mois, terminé en juin", M(
        "Léa Fontaine <lea.fontaine@example.org>", "candidature pro'pulse", "20 22:31",
        """Bonsoir !

Petit résumé de mon parcours : j'ai eu ma licence de sciences de l'éducation, trois mois plus tard j'ai commencé un service civique de neuf mois, terminé en juin, dans une association de soutien scolaire. Depuis je fais des remplacements d'animatrice.

J'ai adoré le monde associatif et je voudrais y rester, sur un vrai poste cette fois.

Léa
06 91 27 64 08""",
        app("Léa", "Fontaine", phone="+33691276408", bac=3, grad="2025-06", status="b_licence_puis_sc_9_mois"),
    )),
    # Feature: chained_dates — graduation — j'ai travaillé dix mois dans une crèche, puis je suis partie deux ans au Québec en PVT ; je suis rentrée il y a quatre mois
    # reckoned: back 2026-11 − 4 = 2026-07; − 24 months in Québec = 2024-07; − 10 months at the crèche = BTS 2023-09 → 38 months → failing
    N("chained_dates", "graduation", "j'ai travaillé dix mois dans une crèche, puis je suis partie deux ans au Québec en PVT ; je suis rentrée il y a quatre mois", M(
        "Jade Morel-Okafor <jade.morel.okafor@example.fr>", "Candidature", "21 09:55",
        """Bonjour,

Mon BTS Économie sociale familiale en poche, j'ai travaillé dix mois dans une crèche, puis je suis partie deux ans au Québec en PVT ; je suis rentrée il y a quatre mois.

Je cherche un emploi de conseillère dans une association d'aide aux familles ou un centre social.

Jade Morel-Okafor
06 58 33 90 12""",
        app("Jade", "Morel-Okafor", phone="+33658339012", bac=2, grad="2023-09", failing=("graduation_recent",), status="b_bts_creche_pvt_quebec"),
    )),
    # Feature: search_duration — aim — onze semaines que je réponds à des offres d'associations d'insertion et de SCOP
    # reckoned: eleven weeks of applications (since early September), all in the social economy → job_seeking_ess met
    N("search_duration", "aim", "onze semaines que je réponds à des offres d'associations d'insertion et de SCOP", M(
        "Moussa Camara <moussa.camara@example.com>", "Pro'pulse – candidature de Moussa Camara", "22 13:12",
        """Bonjour,

Titulaire d'une licence professionnelle « Gestion des structures de l'ESS » obtenue en 2025, cela fait onze semaines que je réponds à des offres d'associations d'insertion et de SCOP, sans succès pour l'instant : on me demande souvent plus d'expérience.

Un accompagnement comme le vôtre m'aiderait beaucoup.

Cordialement,
Moussa Camara
07 66 04 21 95""",
        app("Moussa", "Camara", phone="+33766042195", bac=3, grad="2025", status="b_lp_onze_semaines_ess"),
    )),
    # Feature: search_duration — aim — cinq mois de candidatures dans le luxe et la cosmétique
    # reckoned: five months of search (since the master of June), only luxury and cosmetics groups → job_seeking_ess failing
    N("search_duration", "aim", "cinq mois de candidatures dans le luxe et la cosmétique", M(
        "Victor Lambert <victor.lambert@example.net>", "Candidature", "23 07:48",
        """Bonjour,

J'ai fini mon master Marketing et gestion de marques en juin. Cinq mois de candidatures dans le luxe et la cosmétique plus tard, toujours rien, et je me dis qu'un programme d'accompagnement pourrait débloquer les choses.

Pouvez-vous m'aider à décrocher un poste de chef de produit junior dans une grande maison ?

Victor Lambert
06 17 42 88 03""",
        app("Victor", "Lambert", phone="+33617428803", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_master_luxe_cinq_mois"),
    )),
    # Feature: relative_years — graduation — diplômé l'an passé
    # reckoned: «l'an passé» = 2025 → recent
    N("relative_years", "graduation", "diplômé l'an passé", M(
        "Raphaël Oyelaran <raphael.oyelaran@example.org>", "Candidature au programme", "23 17:26",
        """Bonjour,

Diplômé l'an passé d'une licence d'économie et gestion, je souhaite travailler dans une mutuelle ou une coopérative bancaire à vocation sociale, côté accompagnement des adhérents.

Je suis disponible immédiatement.

Raphaël Oyelaran
06 29 51 07 84""",
        app("Raphaël", "Oyelaran", phone="+33629510784", bac=3, grad="2025", status="b_licence_an_passe"),
    )),
    # Feature: relative_years — graduation — il y a deux ans, à peu près à cette époque-ci
    # ambiguous: «à peu près» two years ago lands on October, November or December 2024: 25, 24 or 23 months, on both sides of the edge
    # reckoned: 2026-11 − 24 months = 2024-11 «à peu près» → 2024-10…2024-12 → graduation_recent open (year 2024 only)
    N("relative_years", "graduation", "il y a deux ans, à peu près à cette époque-ci", M(
        "Sofia Ribeiro <sofia.ribeiro@example.fr>", "Pro'pulse", "24 08:37",
        """Bonjour,

J'ai eu mon master (politiques sociales, Bordeaux) il y a deux ans, à peu près à cette époque-ci : je me souviens qu'il faisait déjà froid le jour du jury. J'ai travaillé depuis en CDD dans une fondation, contrat terminé le mois dernier.

Je cherche un poste dans une structure de l'ESS, idéalement autour du logement.

Sofia Ribeiro
07 38 20 65 11""",
        app("Sofia", "Ribeiro", phone="+33738206511", bac=5, grad="2024", unknown=("graduation_recent",), status="b_master_deux_ans_cette_epoque"),
    )),
    # Feature: status_durations — situation — en service civique depuis juillet, pour une mission de sept mois
    # reckoned: July + 7 months = July 2026–January 2027 → running on 2026-11-26 → not_service_civique failing
    N("status_durations", "situation", "en service civique depuis juillet, pour une mission de sept mois", M(
        "Inès Boukhari <ines.boukhari@example.net>", "Candidature Pro'pulse", "24 19:02",
        """Bonjour,

J'ai une licence de psychologie (2025). Je suis en service civique depuis juillet, pour une mission de sept mois, dans une association d'accès aux droits.

J'aimerais ensuite être embauchée dans une association du même type.

Inès Boukhari
06 70 13 92 46""",
        app("Inès", "Boukhari", phone="+33670139246", bac=3, grad="2025", failing=("not_service_civique",), status="b_sc_juillet_sept_mois"),
    )),
    # Feature: status_durations — situation — un stage de quatre mois commencé fin mai
    # reckoned: end of May 2026 + 4 months = end of September 2026 → ended → not_internship met
    N("status_durations", "situation", "un stage de quatre mois commencé fin mai", M(
        "Thomas Ebrard <thomas.ebrard@example.com>", "Candidature – Thomas Ebrard", "25 11:19",
        """Bonjour,

Master « Développement local » obtenu en 2025, puis un stage de quatre mois commencé fin mai dans une communauté de communes. Je cherche maintenant un emploi dans une association de développement rural ou une SCIC.

Cordialement,
Thomas Ebrard
06 48 27 71 60""",
        app("Thomas", "Ebrard", phone="+33648277160", bac=5, grad="2025", status="b_stage_4_mois_fin_mai"),
    )),
    # Feature: english_reckoning — graduation — I handed in my dissertation the September before last
    # reckoned: last September = 2026-09, the one before = 2025-09 → 14 months → recent
    N("english_reckoning", "graduation", "I handed in my dissertation the September before last", M(
        "Aoife Gallagher <aoife.gallagher@example.org>", "Application – Pro'pulse", "25 14:02",
        """Hello,

I handed in my dissertation the September before last, for an MSc in Development Studies at Sciences Po, and I've been volunteering with a refugee legal-aid charity in Paris since.

I'd love a paid role in a non-profit working on migration.

Best,
Aoife Gallagher
+33 7 81 26 45 09""",
        app("Aoife", "Gallagher", phone="+33781264509", bac=5, grad="2025-09", status="b_msc_september_before_last", language="en"),
    )),
    # Feature: english_reckoning — studies_finished — I still have two semesters to go on my BA
    # reckoned: two semesters left from autumn 2026 → the degree ends mid-2027 → studies_finished failing
    N("english_reckoning", "studies_finished", "I still have two semesters to go on my BA", M(
        "Kwame Mensah <kwame.mensah@example.com>", "Interested in Pro'pulse", "25 20:45",
        """Hi there,

I still have two semesters to go on my BA in Social Policy and I'm spending this year in Lyon on exchange. I'd like to work for a co-op or an NGO once I'm done, and I was wondering whether I could join your programme.

Thanks,
Kwame Mensah
+44 7700 900312""",
        app("Kwame", "Mensah", phone="+447700900312", bac="*", grad=None, failing=("studies_finished",), status="b_two_semesters_to_go", language="en"),
    )),
    # Feature: english_reckoning — kind — finished 26 months ago
    # reckoned: a question in English with no personal fact: 26 months > 24, asked in general
    N("english_reckoning", "kind", "finished 26 months ago", M(
        "Priya Raman <p.raman@example.net>", "Eligibility question", "25 22:10",
        """Hello,

A quick question for a friend's cohort: is someone who finished 26 months ago still eligible, or does the two-year limit count from the day of the results?

Many thanks,
Priya""",
        question(language="en"),
    )),
]
