"""Batch 6: time counted from the reading day (2026-11-26) and numbers in words — the deciding fact in «il y
a dix-huit mois», «l'an dernier», «depuis la rentrée», «dans trois mois», or in «bac plus cinq», «deux
mille vingt et un», «un stage de six mois». Each message written by hand, dated in the last week before
the reading day; the comment names its construction, the fact it carries and its words."""

from constructions import C
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question

MESSAGES = [
    # Construction: relative_time — graduation — il y a dix-huit mois
    C("relative_time", "graduation", "il y a dix-huit mois", M(
        "Louna Bertrand <louna.bertrand@example.org>", "Candidature", "21 09:05",
        """Bonjour,

J'ai obtenu mon master de sociologie il y a dix-huit mois, en mai de l'année dernière. Je cherche un
poste d'animatrice de réseau dans une association.

Louna Bertrand""",
        app("Louna", "Bertrand", phone=None, bac=5, grad="2025-05", status="il_y_a_dix_huit_mois"),
    )),
    # Construction: relative_time — graduation — il y a trois ans
    C("relative_time", "graduation", "il y a trois ans", M(
        "Malo Guillou <malo.guillou@example.net>", "candidature", "21 11:30",
        """Bonjour,
DUT GEA eu il y a trois ans, depuis intérim. Je voudrais travailler dans une coopérative.
Malo""",
        app("Malo", "Guillou", phone=None, bac=2, grad="2023", failing=["graduation_recent"],
            status="dut_il_y_a_trois_ans"),
    )),
    # Construction: relative_time — graduation — l'an dernier
    C("relative_time", "graduation", "l'an dernier", M(
        "Clarisse Hervé <clarisse.herve@example.com>", "Candidature", "21 14:00",
        """Bonjour,

J'ai validé ma licence de sciences sociales l'an dernier et je cherche un emploi dans une association
d'insertion par le logement.

Clarisse Hervé""",
        app("Clarisse", "Hervé", phone=None, bac=3, grad="2025", status="licence_an_dernier"),
    )),
    # Construction: relative_time — situation — depuis la rentrée
    C("relative_time", "situation", "depuis la rentrée", M(
        "Titouan Marec <titouan.marec@example.fr>", "Candidature", "21 16:20",
        """Bonjour,

Licence pro obtenue en juin dernier ; depuis la rentrée, je suis en stage dans une épicerie sociale,
jusqu'en mars. Je cherche un emploi dans l'ESS pour après.

Titouan Marec""",
        app("Titouan", "Marec", phone=None, bac=3, grad="2026-06", failing=["not_internship"],
            status="stage_depuis_rentree"),
    )),
    # Construction: relative_time — situation — s'est terminé il y a deux mois
    C("relative_time", "situation", "s'est terminé il y a deux mois", M(
        "Lilou Marchal <lilou.marchal@example.org>", "Candidature", "22 09:40",
        """Bonjour,

Mon service civique s'est terminé il y a deux mois. J'ai un BTS ESF de juin 2025 et je cherche un emploi
dans une association de quartier.

Lilou Marchal""",
        app("Lilou", "Marchal", phone=None, bac=2, grad="2025-06", status="sc_termine_deux_mois"),
    )),
    # Construction: relative_time — studies_finished — la semaine prochaine
    C("relative_time", "studies_finished", "la semaine prochaine", M(
        "Hadrien Lopez <hadrien.lopez@example.net>", "Candidature", "22 12:10",
        """Bonjour,

Licence obtenue l'an dernier, et ma soutenance de master est la semaine prochaine, le jury suivra. Je
cherche un emploi dans une association d'éducation populaire.

Hadrien Lopez""",
        app("Hadrien", "Lopez", phone=None, bac=3, grad="2025", unknown=["studies_finished"],
            status="soutenance_semaine_prochaine"),
    )),
    # Construction: relative_time — graduation — il y a deux ans et demi
    C("relative_time", "graduation", "il y a deux ans et demi", M(
        "Estéban Roux <esteban.roux@example.com>", "Candidature", "22 15:30",
        """Bonjour,

J'ai eu mon BTS il y a deux ans et demi, en mai. Depuis je travaille en restauration. Je cherche un poste
dans une association sportive.

Estéban Roux""",
        app("Estéban", "Roux", phone=None, bac=2, grad="2024-05", failing=["graduation_recent"],
            status="bts_deux_ans_et_demi"),
    )),
    # Construction: relative_time — graduation — au printemps dernier
    C("relative_time", "graduation", "au printemps dernier", M(
        "Maïwenn Le Roux <maiwenn.leroux@example.org>", "Candidature", "22 17:45",
        """Bonjour,

Mon master d'ethnologie a été validé au printemps dernier. Je cherche un poste de médiatrice dans une
association culturelle.

Maïwenn Le Roux""",
        app("Maïwenn", "Le Roux", phone=None, bac=5, grad="2026", status="master_printemps_dernier"),
    )),
    # Construction: relative_time — situation — depuis un mois
    C("relative_time", "situation", "depuis un mois", M(
        "Noé Pichon <noe.pichon@example.fr>", "Pro'pulse", "23 09:25",
        """Bonjour,

Je suis en service civique depuis un mois dans une association de lutte contre le gaspillage. Licence
obtenue en juillet 2025. Je cherche un emploi dans l'ESS pour la suite.

Noé Pichon""",
        app("Noé", "Pichon", phone=None, bac=3, grad="2025-07", failing=["not_service_civique"],
            status="sc_depuis_un_mois"),
    )),
    # Construction: relative_time — career_change — jusqu'à il y a deux ans
    C("relative_time", "career_change", "jusqu'à il y a deux ans", M(
        "Guillaume Perret <guillaume.perret@example.net>", "Candidature", "23 11:50",
        """Bonjour,

Jusqu'à il y a deux ans, j'ai été technicien de maintenance en CDI, pendant neuf ans. J'ai repris des
études et mon master Économie sociale a été validé cet été. Je cherche un poste en SCOP.

Guillaume Perret""",
        app("Guillaume", "Perret", phone=None, bac=5, grad="2026", failing=["not_career_change"],
            status="technicien_neuf_ans_jusqu_il_y_a_deux_ans"),
    )),
    # Construction: relative_time — graduation — il y a deux ans, à peu près
    C("relative_time", "graduation", "il y a deux ans, à peu près", M(
        "Jessica Nguyen <jessica.nguyen@example.com>", "Candidature", "23 14:15",
        """Bonjour,

J'ai eu ma licence de gestion il y a deux ans, à peu près, je ne sais plus le mois. Je cherche un poste
administratif dans une association.

Jessica Nguyen""",
        app("Jessica", "Nguyen", phone=None, bac=3, grad="2024", unknown=["graduation_recent"],
            status="licence_deux_ans_environ"),
    )),
    # Construction: relative_time — graduation — diplômée depuis 5 mois
    C("relative_time", "graduation", "diplômée depuis 5 mois", M(
        "Kimberley Dos Santos <kim.dossantos@example.org>", "job", "23 18:00",
        """bjr diplômée depuis 5 mois (BTS SP3S), je cherche ds une asso ou un ehpad associatif, dispo tt de
suite. Kim 06 43 21 09 87""",
        app("Kimberley", "Dos Santos", phone="+33643210987", bac=2, grad="2026-06",
            status="sms_diplomee_cinq_mois"),
    )),
    # Construction: relative_time — studies_finished — dans trois mois
    C("relative_time", "studies_finished", "dans trois mois", M(
        "Anatole Brunet <anatole.brunet@example.fr>", "Candidature", "24 09:30",
        """Bonjour,

Licence l'an dernier ; je finis mes cours de M2 dans trois mois, puis un stage. Je cherche un emploi
d'appoint dans une association en attendant.

Anatole Brunet""",
        app("Anatole", "Brunet", phone=None, bac=3, grad="2025", failing=["studies_finished"],
            status="cours_m2_dans_trois_mois"),
    )),
    # Construction: relative_time — graduation — il y a un an
    C("relative_time", "graduation", "il y a un an", M(
        "Sonia Belhadj <sonia.belhadj@pole-insertion.example.org>", "Présentation d'un jeune", "24 11:45",
        """Bonjour,

Je suis depuis le mois dernier Yacine Ferhat (yacine.ferhat@example.com), qui a obtenu son BTS Gestion de
la PME il y a un an, en novembre. Il cherche un emploi dans une association ou une entreprise d'insertion.

Sonia Belhadj, conseillère""",
        app("Yacine", "Ferhat", phone=None, bac=2, grad="2025-11", email="yacine.ferhat@example.com",
            forwarded_by="sonia.belhadj@pole-insertion.example.org", status="conseillere_bts_il_y_a_un_an"),
    )),
    # Construction: relative_time — kind — De retour dans deux semaines
    C("relative_time", "kind", "De retour dans deux semaines", M(
        "Amélie Poirier <amelie.poirier@example.net>", "Réponse automatique", "24 14:00",
        """De retour dans deux semaines. Pour toute urgence, appelez l'accueil. (Message automatique)""",
        auto_reply(),
    )),
    # Construction: relative_time — kind — Le mois prochain
    C("relative_time", "kind", "Le mois prochain", M(
        "Collectif Coop'Jeunes <news@coopjeunes.example.org>", "Les nouvelles du collectif", "24 07:00",
        """Cette semaine, deux nouvelles coopératives jeunesse. Le mois prochain, notre grand forum. Pour vous
désabonner, cliquez ici.""",
        newsletter(),
    )),
    # Construction: relative_time — kind — l'an prochain
    C("relative_time", "kind", "l'an prochain", M(
        "Irène Vidal <irene.vidal@example.com>", "Question inscriptions", "24 16:20",
        """Bonjour,
Les inscriptions pour la session de l'an prochain ouvrent quand ? Merci.
Irène""",
        question(),
    )),
    # Construction: number_words — level — bac plus cinq
    C("number_words", "level", "bac plus cinq", M(
        "Constance Fleury <constance.fleury@example.org>", "Candidature", "25 09:00",
        """Bonjour,

J'ai un bac plus cinq, un master de géographie obtenu en deux mille vingt-cinq. Je cherche un emploi dans
une association de protection de la nature.

Constance Fleury""",
        app("Constance", "Fleury", phone=None, bac=5, grad="2025", status="bac_plus_cinq_lettres"),
    )),
    # Construction: number_words — graduation — deux mille vingt et un
    C("number_words", "graduation", "deux mille vingt et un", M(
        "Grégoire Huet <gregoire.huet@example.net>", "Candidature", "25 10:40",
        """Bonjour,

Diplômé d'une licence d'histoire en deux mille vingt et un, je cherche aujourd'hui un emploi dans une
association de mémoire ouvrière.

Grégoire Huet""",
        app("Grégoire", "Huet", phone=None, bac=3, grad="2021", failing=["graduation_recent"],
            status="licence_deux_mille_vingt_et_un"),
    )),
    # Construction: number_words — graduation — juin deux mille vingt-six
    C("number_words", "graduation", "juin deux mille vingt-six", M(
        "Solène Petitjean <solene.petitjean@example.com>", "Candidature", "25 12:15",
        """Bonjour,

Licence, bac plus trois, obtenue en juin deux mille vingt-six. Je cherche un poste de chargée d'accueil
dans une association d'aide aux migrants.

Solène Petitjean""",
        app("Solène", "Petitjean", phone=None, bac=3, grad="2026-06", status="juin_deux_mille_vingt_six"),
    )),
    # Construction: number_words — situation — stage de six mois
    C("number_words", "situation", "stage de six mois", M(
        "Félix Garnier <felix.garnier@example.fr>", "Candidature", "25 14:30",
        """Bonjour,

Mon stage de six mois a commencé le premier octobre, dans une SCOP de conseil. Master obtenu en juillet
2026. Je cherche un emploi dans l'ESS ensuite.

Félix Garnier""",
        app("Félix", "Garnier", phone=None, bac=5, grad="2026-07", failing=["not_internship"],
            status="stage_six_mois_premier_octobre"),
    )),
    # Construction: number_words — level — bac plus un
    C("number_words", "level", "bac plus un", M(
        "Jason Leblanc <jason.leblanc@example.org>", "candidature", "25 16:50",
        """Bonjour,
Je suis à bac plus un (une année de BTS validée), je voudrais un emploi dans une ressourcerie.
Jason""",
        app("Jason", "Leblanc", phone=None, bac=1, grad=None, failing=["degree_level"], status="bac_plus_un"),
    )),
    # Construction: number_words — graduation — deux mille vingt-quatre
    C("number_words", "graduation", "deux mille vingt-quatre", M(
        "Margaux Henry <margaux.henry@example.net>", "Candidature", "26 08:20",
        """Bonjour,

DUT obtenu en deux mille vingt-quatre. Je cherche un emploi dans une association d'aide aux personnes en
situation de handicap.

Margaux Henry""",
        app("Margaux", "Henry", phone=None, bac=2, grad="2024", unknown=["graduation_recent"],
            status="dut_deux_mille_vingt_quatre"),
    )),
    # Construction: number_words — career_change — dix-sept ans de CDI
    C("number_words", "career_change", "dix-sept ans de CDI", M(
        "Martine Lejeune <martine.lejeune@example.fr>", "Candidature", "26 09:10",
        """Bonjour,

Après dix-sept ans de CDI comme secrétaire médicale, j'ai obtenu une licence pro Intervention sociale en
juin 2026. Je cherche un poste dans une association de santé.

Martine Lejeune""",
        app("Martine", "Lejeune", phone=None, bac=3, grad="2026-06", failing=["not_career_change"],
            status="dix_sept_ans_cdi"),
    )),
    # Construction: number_words — situation — service civique de huit mois
    C("number_words", "situation", "service civique de huit mois", M(
        "Oscar Dumas <oscar.dumas@example.com>", "Candidature", "26 10:00",
        """Bonjour,

Mon service civique de huit mois s'est terminé en mai. Licence de sciences de l'éducation, septembre
2025. Je cherche un poste d'animateur dans l'ESS.

Oscar Dumas""",
        app("Oscar", "Dumas", phone=None, bac=3, grad="2025-09", status="sc_huit_mois_fini_mai"),
    )),
    # Construction: number_words — situation — troisième mois de service civique sur dix
    C("number_words", "situation", "troisième mois de service civique sur dix", M(
        "Romain Faure <romain.faure@example.org>", "Candidature", "26 10:45",
        """Bonjour,

J'en suis à mon troisième mois de service civique sur dix, à la Fédération des MJC. Master obtenu en
juin 2025. Je voudrais un emploi dans une association ensuite.

Romain Faure""",
        app("Romain", "Faure", phone=None, bac=5, grad="2025-06", failing=["not_service_civique"],
            status="troisieme_mois_sc_sur_dix"),
    )),
    # Construction: number_words — situation — mission de neuf mois
    C("number_words", "situation", "mission de neuf mois", M(
        "Alix Chauvin <alix.chauvin@example.net>", "Candidature", "26 11:20",
        """Bonjour,

Je suis en mission de neuf mois, commencée en septembre, dans une association d'éducation à
l'environnement. BTS GPN obtenu en juillet 2026. Je cherche un emploi dans l'ESS.

Alix Chauvin""",
        app("Alix", "Chauvin", phone=None, bac=2, grad="2026-07",
            unknown=["not_internship", "not_service_civique"], status="mission_neuf_mois"),
    )),
    # Construction: number_words — graduation — juillet deux mille vingt-six
    C("number_words", "graduation", "juillet deux mille vingt-six", M(
        "Bernard Roche <bernard.roche@example.fr>", "Pour mon fils Jules", "26 12:00",
        """Bonjour,

Mon fils Jules Roche (jules.roche@example.org) a obtenu son master, un bac plus cinq, en juillet deux
mille vingt-six. Il cherche un emploi dans une coopérative d'énergie.

Bernard Roche""",
        app("Jules", "Roche", phone=None, bac=5, grad="2026-07", email="jules.roche@example.org",
            forwarded_by="bernard.roche@example.fr", status="pere_fils_master_2026_07"),
    )),
    # Construction: number_words — level — bac plus deux
    C("number_words", "level", "bac plus deux", M(
        "Samia Bouzid <samia.bouzid@example.com>", "Candidature", "26 13:30",
        """Bonjour,

Mon CV est joint. Je cherche un emploi de secrétaire dans une association d'aide à domicile.

Samia Bouzid""",
        app("Samia", "Bouzid", phone="+33622446688", bac=2, grad="2025-06", info_in="both",
            status="cv_bts_bac_plus_deux"),
        cv=CV("docx", "CV_Samia_Bouzid.docx", """
Samia Bouzid
06 22 44 66 88 — samia.bouzid@example.com
Formation
Juin 2025 : BTS Support à l'action managériale (bac plus deux), lycée Voltaire
Expérience
Été 2024 : hôtesse d'accueil (job d'été)
"""),
    )),
    # Construction: number_words — kind — les trois séances
    C("number_words", "kind", "les trois séances", M(
        "Lucien Gauthier <lucien.gauthier@example.net>", "Question", "26 14:00",
        """Bonjour,
Est-ce que les trois séances collectives sont obligatoires, ou peut-on n'en suivre que deux ?
Lucien""",
        question(),
    )),
    # Construction: number_words — kind — cinquante places
    C("number_words", "kind", "cinquante places", M(
        "Théâtre du Marché <billetterie@theatremarche.example.fr>", "Places offertes", "26 14:40",
        """Bonjour,

Nous vous offrons cinquante places pour le concert solidaire du 12 décembre, à distribuer à vos
participants.

La billetterie""",
        other(),
    )),
    # Construction: number_words — kind — quatre tentatives
    C("number_words", "kind", "quatre tentatives", M(
        "Mail Delivery System <MAILER-DAEMON@mail.example.org>", "Undeliverable: Pro'pulse", "26 15:10",
        """Après quatre tentatives sur soixante-douze heures, votre message n'a pas pu être distribué.""",
        bounce("ludivine.aubert@example.org"),
        bounce="""Reporting-MTA: dns; mail.example.org
Final-Recipient: rfc822; ludivine.aubert@example.org
Action: failed
Status: 4.4.7
Diagnostic-Code: smtp; 421 4.4.7 delivery time expired""",
    )),
]
