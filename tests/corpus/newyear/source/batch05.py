"""Newyear corpus, batch 05 (writer B): Thursday 14 – Sunday 17 January 2027, each mail read on its own day.
The holidays are two weeks behind: «l'an dernier» is 2026, «le mois dernier» is December, the second semester
has begun, the first re-sit results are out, partners send their vœux and their galettes."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from newyear import N

MESSAGES = [
    # Feature: newyear_other_mail — kind — ne fait plus partie de l'association depuis le 31 décembre 2026
    # route: an automatic answer (Auto-Submitted) of a partner's mailbox whose holder left on 31 December; its dates are hers → auto_reply
    N("newyear_other_mail", "kind", "ne fait plus partie de l'association depuis le 31 décembre 2026", M(
        "Rozenn Le Guennec <rozenn.leguennec@maison-asso-quimper.example.org>",
        "Réponse automatique : Atelier Pro'pulse à Quimper",
        "2027-01-16 08:02",
        """Bonjour,

Rozenn Le Guennec ne fait plus partie de l'association depuis le 31 décembre 2026 et cette adresse n'est plus consultée. Pour les ateliers et les partenariats, écrivez désormais à partenariats@maison-asso-quimper.example.org.

Merci, et belle année 2027.
La Maison des associations de Quimper""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: last_year_words — graduation — diplômée l'an dernier, en septembre
    # route: the body: a licence professionnelle «diplômée l'an dernier, en septembre», read on 2027-01-16: September 2026, within the two years; a post in a ressourcerie sought → eligible
    N("last_year_words", "graduation", "diplômée l'an dernier, en septembre", M(
        "Maëlys Fontanier <maelys.fontanier@gmail.com>",
        "Candidature Pro'pulse",
        "2027-01-16 09:41",
        """Bonjour,

Je m'appelle Maëlys Fontanier, j'ai 22 ans et je suis diplômée l'an dernier, en septembre, d'une licence professionnelle Métiers de la protection et de la gestion de l'environnement (IUT de Poitiers). Depuis, j'ai fait quelques remplacements en magasin pour tenir.

J'aimerais travailler dans une ressourcerie ou une recyclerie, sur la partie sensibilisation au réemploi. J'ai vu que votre accompagnement reprenait en février, est-ce qu'il reste de la place ?

Merci,
Maëlys
06 31 74 58 20""",
        app("Maëlys", "Fontanier", phone="+33631745820", bac=3, grad="2026-09", status="b_maelys_an_dernier_septembre"),
    )),
    # Feature: year_ahead — studies_finished — je soutiens mon mémoire en juin
    # route: the body: a M2 student who «soutien[t] [son] mémoire en juin» (June 2027, ahead of 2027-01-16): the master not obtained → studies_finished fails → not_eligible (bac+4 last obtained)
    N("year_ahead", "studies_finished", "je soutiens mon mémoire en juin", M(
        "Timothée Garnier-Diallo <timothee.garnierdiallo@etu.univ-tlse.example.fr>",
        "Inscription pour 2027 ?",
        "2027-01-16 11:18",
        """Bonjour,

Je suis en M2 Économie sociale et solidaire à Toulouse. Je soutiens mon mémoire en juin et je voudrais m'y prendre tôt pour la suite : est-ce que je peux m'inscrire dès maintenant à Pro'pulse pour être accompagné à partir de l'été ? Mon M1 est validé.

Je vise un poste de chargé de développement dans une coopérative ou un réseau de l'ESS.

Timothée Garnier-Diallo
07 52 18 46 93""",
        app("Timothée", "Garnier-Diallo", phone="+33752184693", bac=4, grad=None, failing=("studies_finished",), status="b_timothee_soutient_en_juin"),
    )),
    # Feature: december_past — situation — mon service civique s'est terminé juste avant Noël
    # route: the body: a BTS of 2025 and a civic service that «s'est terminé juste avant Noël» (December 2026), over on 2027-01-16; an association of éducation populaire sought → eligible
    N("december_past", "situation", "mon service civique s'est terminé juste avant Noël", M(
        "Ilan Berthomieu <ilan.berthomieu@laposte.net>",
        "candidature",
        "2027-01-16 14:26",
        """Bonjour,

mon service civique s'est terminé juste avant Noël (9 mois aux Francas, animation périscolaire et projets jeunes) et maintenant je cherche un vrai poste. J'ai un BTS Économie sociale familiale obtenu en 2025.

Je voudrais rester dans l'éducation populaire, dans une association ou une fédération. Je suis à Angers.

Ilan Berthomieu
06 09 47 31 85""",
        app("Ilan", "Berthomieu", phone="+33609473185", bac=2, grad="2025", status="b_ilan_sc_avant_noel"),
    )),
    # Feature: january_now — situation — Depuis le 4 janvier, je suis en stage
    # route: the body: a licence pro of June 2026, then «Depuis le 4 janvier, je suis en stage» until the end of March, running on 2027-01-16 → not_internship fails → not_eligible
    N("january_now", "situation", "Depuis le 4 janvier, je suis en stage", M(
        "Priscille Ondoua <priscille.ondoua@outlook.fr>",
        "Demande de renseignements et candidature",
        "2027-01-16 18:50",
        """Bonjour,

J'ai obtenu en juin 2026 une licence professionnelle Coordination de projets de développement social (Lyon 2). Je n'ai pas trouvé de poste à l'automne, alors j'ai accepté un stage. Depuis le 4 janvier, je suis en stage dans une épicerie solidaire à Vénissieux, jusqu'au 31 mars.

Je voudrais préparer dès maintenant la suite : un poste de coordinatrice dans une épicerie solidaire ou une association d'aide alimentaire.

Bien cordialement,
Priscille Ondoua
06 72 05 39 14""",
        app("Priscille", "Ondoua", phone="+33672053914", bac=3, grad="2026-06", failing=("not_internship",), status="b_priscille_stage_depuis_4_janvier"),
    )),
    # Feature: limit_turning — graduation — le jury s'est réuni le 12 décembre 2024
    # route: an HTML-only mail: a BUT whose «jury s'est réuni le 12 décembre 2024», read on 2027-01-16: 25 months back, past the two years since the month turned → graduation_recent fails → not_eligible
    N("limit_turning", "graduation", "le jury s'est réuni le 12 décembre 2024", M(
        "Noémie Rabesandratana <noemie.rabesandratana@gmail.com>",
        "Pro'pulse : suis-je encore dans les temps ?",
        "2027-01-16 21:33",
        """Bonjour,

J'ai terminé mon BUT Carrières sociales (option animation sociale et socioculturelle) avec un semestre de retard : le jury s'est réuni le 12 décembre 2024 et j'ai eu mon diplôme à ce moment-là.

Depuis, j'ai travaillé comme animatrice en accueil de loisirs. Je cherche maintenant un poste de coordinatrice dans un centre social associatif. Je crois que c'est juste pour les deux ans, je tente quand même.

Noémie Rabesandratana
07 69 21 80 47""",
        app("Noémie", "Rabesandratana", phone="+33769218047", bac=3, grad="2024-12", failing=("graduation_recent",), status="b_noemie_jury_12_decembre_2024"),
        html="only",
    )),
    # Feature: school_year — graduation — mon M2 en 2025-2026
    # route: the body: «mon M2 en 2025-2026», validated at the September jury (2026-09), read on 2027-01-17; a post in an insertion structure sought → eligible
    N("school_year", "graduation", "mon M2 en 2025-2026", M(
        "Baptiste Przybylski <baptiste.przybylski@free.fr>",
        "Candidature - accompagnement jeunes diplômés",
        "2027-01-17 08:12",
        """Madame, Monsieur,

J'ai fait mon M2 en 2025-2026 (Sociologie, parcours Insertion et politiques de l'emploi, Université de Lorraine). Le mémoire a été soutenu en septembre et le diplôme validé au jury de fin septembre.

Je recherche un poste de chargé d'insertion ou de conseiller en insertion professionnelle dans un chantier d'insertion ou une entreprise d'insertion, en Lorraine.

Je vous remercie de l'attention portée à ma candidature.

Baptiste Przybylski
06 38 52 97 16""",
        app("Baptiste", "Przybylski", phone="+33638529716", bac=5, grad="2026-09", status="b_baptiste_m2_2025_2026"),
    )),
    # Feature: resolutions — career_change — Résolution 2027 : quitter la banque
    # route: the body: «Résolution 2027 : quitter la banque» after eight years as a conseiller clientèle, a licence pro obtained in evening classes in 2026 → not_career_change fails → not_eligible
    N("resolutions", "career_change", "Résolution 2027 : quitter la banque", M(
        "Grégoire Assouline <gregoire.assouline@orange.fr>",
        "Résolution 2027",
        "2027-01-17 12:40",
        """Bonjour,

Résolution 2027 : quitter la banque. Je suis conseiller clientèle dans une grande banque depuis huit ans, et j'ai passé en cours du soir une licence professionnelle Gestion des organisations de l'économie sociale (CNAM, obtenue en juin 2026).

Je voudrais maintenant me reconvertir pour de bon et devenir responsable administratif et financier dans une association ou une coopérative. Votre programme peut-il m'accompagner dans ce changement ?

Grégoire Assouline
06 45 80 26 73""",
        app("Grégoire", "Assouline", phone="+33645802673", bac=3, grad="2026-06", failing=("not_career_change",), status="b_gregoire_quitter_la_banque"),
    )),
    # Feature: winter_results — studies_finished — les résultats tombent le 5 février
    # ambiguous: every exam taken and the result still out on the reading day: whether the licence is obtained is open
    # route: the body: two UE of the S5 re-sat at the January exams, every exam taken, «les résultats tombent le 5 février», after 2027-01-17: the licence neither obtained nor failed → studies_finished open → to_verify
    N("winter_results", "studies_finished", "les résultats tombent le 5 février", M(
        "Soraya Benkirane <soraya.benkirane@gmail.com>",
        "Candidature (licence en attente de résultats)",
        "2027-01-17 17:05",
        """Bonjour,

Je vous écris pour m'inscrire à Pro'pulse. Il me restait deux UE du S5 à valider pour avoir ma licence de sciences de l'éducation, je les ai repassées aux partiels de janvier (le dernier était le 13) et les résultats tombent le 5 février. Tout le reste est validé depuis juin.

Je cherche un poste d'animatrice ou de chargée de projets éducatifs dans une association de quartier ou une ludothèque associative.

Soraya Benkirane
06 56 13 79 42""",
        app("Soraya", "Benkirane", phone="+33656137942", bac="*", grad=None, unknown=("studies_finished",), status="b_soraya_resultats_5_fevrier"),
    )),
    # Feature: holidays_gap — aim — resté dans mes brouillons depuis les vacances
    # ambiguous: a trade (communication) with no sector named: whether the search is in the ESS is open
    # route: a mail «resté dans mes brouillons depuis les vacances»: a master of 2026, a search «dans la communication», no sector nor employer named → job_seeking_ess open → to_verify
    N("holidays_gap", "aim", "resté dans mes brouillons depuis les vacances", M(
        "Anouk Vermeersch <anouk.vermeersch@icloud.com>",
        "Candidature (enfin)",
        "2027-01-17 23:52",
        """Bonsoir,

Ce message est resté dans mes brouillons depuis les vacances, je l'envoie enfin !

J'ai un master Communication des organisations (Université de Lille, diplômée en juillet 2026). Je cherche un premier poste dans la communication : chargée de communication, community manager, ce genre de choses. J'ai surtout de l'expérience en réseaux sociaux et en graphisme.

Une amie m'a dit que Pro'pulse aidait à trouver un premier emploi, je suis preneuse de tout conseil.

Anouk Vermeersch
07 43 96 21 58""",
        app("Anouk", "Vermeersch", phone="+33743962158", bac=5, grad="2026-07", unknown=("job_seeking_ess",), status="b_anouk_brouillons_vacances"),
    )),
    # Feature: written_for_newyear — graduation — elle a eu son DEJEPS en novembre
    # route: a father writes after the holidays for his daughter (her address and phone in the body, his in From): «elle a eu son DEJEPS en novembre» (November 2026), a post in an association sought → application forwarded_by the father; eligible
    N("written_for_newyear", "graduation", "elle a eu son DEJEPS en novembre", M(
        "Hervé Lagadec <herve.lagadec29@wanadoo.fr>",
        "Pour ma fille Louna",
        "2027-01-18 07:10",
        """Bonjour,

Pendant les fêtes, ma fille Louna m'a parlé de votre programme et je lui ai promis de vous écrire, elle est très prise en ce moment. Elle a eu son DEJEPS en novembre (animation socio-éducative ou culturelle, développement de projets, territoires et réseaux) et elle cherche un poste de coordinatrice dans une association ou une MJC, dans le Finistère.

Ses coordonnées : Louna Lagadec, louna.lagadec@gmail.com, 06 27 59 84 30.

Merci de lui répondre directement.
Hervé Lagadec""",
        app("Louna", "Lagadec", phone="+33627598430", bac=2, grad="2026-11", email="louna.lagadec@gmail.com", forwarded_by="herve.lagadec29@wanadoo.fr", status="b_louna_dejeps_novembre"),
    )),
    # Feature: english_newyear — situation — I started a service civique on 11 January
    # route: an English mail: an MA of 2026 and «I started a service civique on 11 January», running on 2027-01-18 for eight months → not_service_civique fails → not_eligible, language en
    N("english_newyear", "situation", "I started a service civique on 11 January", M(
        "Freya Sandström <freya.sandstrom@gmail.com>",
        "Question about applying",
        "2027-01-18 09:22",
        """Hello,

I'm Swedish and I finished my MA in Development Studies at Lund last June. I moved to Marseille in December and I started a service civique on 11 January with an association that runs French classes for refugees. It lasts eight months.

I would like to join Pro'pulse so that I'm ready to look for a job in the social and solidarity economy afterwards. Is that possible at the same time as my service civique?

Thank you and happy new year!
Freya Sandström
+33 7 81 36 49 05""",
        app("Freya", "Sandström", phone="+33781364905", bac=5, grad="2026-06", failing=("not_service_civique",), language="en", status="b_freya_service_civique_11_january"),
    )),
    # Feature: newyear_other_mail — kind — compatible avec un petit boulot à temps partiel
    # route: a question about the programme's rhythm, no fact of the writer's own → question
    N("newyear_other_mail", "kind", "compatible avec un petit boulot à temps partiel", M(
        "Ludivine Carrasco <ludivine.carrasco@gmail.com>",
        "Question sur le rythme",
        "2027-01-18 10:40",
        """Bonjour,

Est-ce que l'accompagnement Pro'pulse est compatible avec un petit boulot à temps partiel ? Les ateliers ont lieu en journée ou plutôt en fin d'après-midi ?

Merci d'avance et bonne année,
Ludivine C.""",
        question(),
    )),
    # Feature: december_past — graduation — jury le 18 décembre, diplôme validé
    # route: the body and the attached CV: a M2 whose «jury le 18 décembre, diplôme validé» (December 2026), read on 2027-01-18; a post in a SCIC sought → eligible
    N("december_past", "graduation", "jury le 18 décembre, diplôme validé", M(
        "Côme Achterberg <come.achterberg@protonmail.com>",
        "Candidature Pro'pulse - M2 Développement territorial",
        "2027-01-18 11:48",
        """Bonjour,

Je vous envoie ma candidature pour le programme Pro'pulse. Mon M2 Développement territorial et économie sociale (Grenoble) s'est terminé en décembre : soutenance le 9, jury le 18 décembre, diplôme validé. Je suis donc jeune diplômé depuis un mois à peine.

Je cherche un poste de chargé de mission dans une SCIC ou un pôle territorial de coopération économique. Mon CV est en pièce jointe.

Cordialement,
Côme Achterberg
06 84 12 63 97""",
        app("Côme", "Achterberg", phone="+33684126397", bac=5, grad="2026-12", status="b_come_jury_18_decembre"),
        cv=CV("pdf", "CV_Come_Achterberg.pdf", """Côme Achterberg
come.achterberg@protonmail.com — 06 84 12 63 97
Formation
2025-2026 : Master 2 Développement territorial et économie sociale, Université Grenoble Alpes (diplôme validé, jury du 18 décembre 2026)
2024 : Licence Géographie et aménagement
Expériences
Stage de 6 mois, PTCE Les Cigales du Vercors (mars-août 2026)
Bénévole, AMAP du quartier Berriat"""),
    )),
    # Feature: december_past — kind — le stage de Mme Tessier s'est terminé le 18 décembre
    # route: a host structure's tutor writing about our past participant's internship ended on 18 December and its evaluation, no application of anyone (other) → other
    N("december_past", "kind", "le stage de Mme Tessier s'est terminé le 18 décembre", M(
        "Florent Caillebotte <f.caillebotte@scop-lesateliers.example.fr>",
        "Bilan de stage - participante Pro'pulse",
        "2027-01-18 14:30",
        """Bonjour,

Je vous confirme que le stage de Mme Tessier s'est terminé le 18 décembre comme prévu. Vous trouverez notre grille d'évaluation remplie sur votre plateforme ; tout s'est très bien passé.

Nous accueillerons volontiers un·e autre participant·e de votre programme au printemps, sur une mission similaire (communication et vie coopérative).

Cordialement,
Florent Caillebotte
Scop Les Ateliers, Nantes""",
        other(),
    )),
    # Feature: english_newyear — level — a Laurea from Bologna, finished last year
    # ambiguous: an Italian Laurea whose length (triennale or magistrale) and French equivalence are not told: the level is open
    # route: an English mail: «a Laurea from Bologna, finished last year» (2026 read in January 2027), its length and equivalence not told; an ESS post sought → degree_level open → to_verify, language en
    N("english_newyear", "level", "a Laurea from Bologna, finished last year", M(
        "Matteo Zanardelli <matteo.zanardelli@gmail.com>",
        "Application Pro'pulse - Italian graduate in Paris",
        "2027-01-18 16:44",
        """Dear Pro'pulse team,

I hope you had a good start of the year. I'm Italian and I moved to Paris after the summer. I have a Laurea from Bologna, finished last year, in political science and international relations. I did my Erasmus in Lyon, so my French is fine for work.

I am looking for a job in an association working on migrants' rights or in a cooperative, for example as a project assistant. I read about Pro'pulse on the Animafac website and I would like to apply.

Best regards,
Matteo Zanardelli
+33 6 47 20 83 15""",
        app("Matteo", "Zanardelli", phone="+33647208315", bac=None, grad="2026", unknown=("degree_level",), language="en", status="b_matteo_laurea_last_year"),
    )),
    # Feature: january_now — studies_finished — le second semestre a repris le 11 janvier
    # route: the body: a BTS of 2025, then a L3 whose «second semestre a repris le 11 janvier», running on 2027-01-18 → studies_finished fails → not_eligible (bac+2 last obtained)
    N("january_now", "studies_finished", "le second semestre a repris le 11 janvier", M(
        "Yasmine Bouzidi <yasmine.bouzidi@hotmail.fr>",
        "renseignement programme",
        "2027-01-18 19:15",
        """bonjour

j'ai un BTS SP3S (2025) et je suis en L3 sciences sanitaires et sociales cette année, le second semestre a repris le 11 janvier. je voulais savoir si je pouvais déjà faire le programme pour trouver un emploi dans une asso d'aide à domicile à la fin de l'année.

merci
Yasmine Bouzidi
07 15 68 32 90""",
        app("Yasmine", "Bouzidi", phone="+33715683290", bac=2, grad=None, failing=("studies_finished",), status="b_yasmine_second_semestre_11_janvier"),
    )),
    # Feature: last_year_words — graduation — j'ai fini mon BTS fin 2024
    # route: the body: «j'ai fini mon BTS fin 2024», read on 2027-01-19: a year alone 2024, every month of it more than 24 months back in January 2027 → graduation_recent fails → not_eligible
    N("last_year_words", "graduation", "j'ai fini mon BTS fin 2024", M(
        "Killian Marchal-Ouedraogo <killian.mo@gmail.com>",
        "Demande",
        "2027-01-19 08:30",
        """Bonjour

j'ai fini mon BTS fin 2024 (Services informatiques aux organisations) et depuis je fais du support informatique en intérim. Je voudrais plutôt travailler pour une asso ou une coopérative qui fait de l'inclusion numérique, genre réparation d'ordis et ateliers pour les seniors.

Est-ce que c'est possible de rentrer dans votre programme ?

Killian Marchal-Ouedraogo
06 20 85 47 36""",
        app("Killian", "Marchal-Ouedraogo", phone="+33620854736", bac=2, grad="2024", failing=("graduation_recent",), status="b_killian_bts_fin_2024"),
    )),
    # Feature: resolutions — aim — cette année je vise un cabinet de conseil
    # route: the body: a master of 2026 and «cette année je vise un cabinet de conseil» in strategy or a métropole's services, nothing in the ESS → job_seeking_ess fails → not_eligible
    N("resolutions", "aim", "cette année je vise un cabinet de conseil", M(
        "Armand Tchoumba <armand.tchoumba@gmail.com>",
        "Nouvelle année, nouveaux objectifs",
        "2027-01-19 09:02",
        """Bonjour et meilleurs vœux !

Nouvelle année, nouveaux objectifs : après six mois de recherche un peu dispersée, cette année je vise un cabinet de conseil en stratégie, ou à défaut un poste de chef de projet dans les services d'une métropole. J'ai un master Management public (Sciences Po Bordeaux, juin 2026).

Un ami m'a dit que vous faisiez du coaching pour les jeunes diplômés, est-ce que je pourrais en profiter ?

Armand Tchoumba
07 34 51 86 29""",
        app("Armand", "Tchoumba", phone="+33734518629", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_armand_cabinet_de_conseil"),
    )),
    # Feature: newyear_other_mail — kind — vœux 2027
    # route: a CRESS's newsletter of the year (List-Unsubscribe, Precedence: bulk): its «jeunes diplômés» and dates are its agenda's → newsletter
    N("newyear_other_mail", "kind", "vœux 2027", M(
        "CRESS Centre-Val de Loire <lettre@cress-cvl.example.org>",
        "La lettre de janvier : vœux 2027 et agenda du trimestre",
        "2027-01-19 10:00",
        """La lettre de la CRESS — janvier 2027

Toute l'équipe vous adresse ses vœux 2027 : une année de coopération, d'emplois utiles et de territoires vivants.

Au programme du trimestre :
- 26 janvier : cérémonie des vœux de l'ESS régionale, Orléans
- 11 février : matinale « Recruter un·e jeune diplômé·e dans sa structure »
- 18 mars : forum emploi ESS, Tours

Vous recevez cette lettre car vous êtes adhérent·e ou partenaire de la CRESS.
Se désabonner : https://cress-cvl.example.org/lettre/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://cress-cvl.example.org/lettre/desabonnement>", "Precedence": "bulk"},
    )),
    # Feature: school_year — level — l'année universitaire 2025-2026
    # ambiguous: a DU's level is not told and no other diploma of bac+2 or more is named: degree_level open
    # route: the body: a bac then a DU «Animation de projets associatifs» done in «l'année universitaire 2025-2026»: a university diploma of no stated level → degree_level open → to_verify
    N("school_year", "level", "l'année universitaire 2025-2026", M(
        "Zacharie Ekambi <zacharie.ekambi@yahoo.fr>",
        "Candidature au programme Pro'pulse",
        "2027-01-19 12:36",
        """Bonjour,

Après mon bac ES, j'ai travaillé deux ans comme animateur périscolaire, puis j'ai repris un DU « Animation de projets associatifs » à l'université de Reims pendant l'année universitaire 2025-2026 (validé en juin 2026).

Je cherche maintenant un poste de chargé de projets ou d'animateur de réseau bénévole dans une association, du côté de Reims ou de Châlons.

Zacharie Ekambi
06 93 27 40 68""",
        app("Zacharie", "Ekambi", phone="+33693274068", bac=None, grad="2026-06", unknown=("degree_level",), status="b_zacharie_du_2025_2026"),
    )),
    # Feature: limit_turning — graduation — il y a deux ans, en janvier 2025
    # route: the body: a licence obtained «il y a deux ans, en janvier 2025» (a December jury's diploma delivered in January), read on 2027-01-19: 24 months, within the limit → eligible
    N("limit_turning", "graduation", "il y a deux ans, en janvier 2025", M(
        "Clarisse Lemarchal <clarisse.lemarchal@gmail.com>",
        "Candidature",
        "2027-01-19 14:10",
        """Bonjour,

J'ai eu ma licence d'histoire il y a deux ans, en janvier 2025 (j'avais un semestre décalé après une année de césure). Depuis, j'ai été surveillante dans un collège, et j'ai compris que je voulais travailler dans la médiation culturelle associative.

Je cherche un poste de médiatrice dans une association du patrimoine ou un écomusée associatif. Est-ce que mon profil entre dans vos critères ?

Clarisse Lemarchal
06 51 08 72 34""",
        app("Clarisse", "Lemarchal", phone="+33651087234", bac=3, grad="2025-01", status="b_clarisse_janvier_2025"),
    )),
    # Feature: newyear_other_mail — kind — un sujet sur le premier emploi des jeunes diplômés en 2027
    # route: a local radio's journalist asking to interview a participant (other): no applicant, her «2027» is her programme's → other
    N("newyear_other_mail", "kind", "un sujet sur le premier emploi des jeunes diplômés en 2027", M(
        "Salomé Arditi <salome.arditi@radio-canut.example.org>",
        "Demande d'interview - émission du 2 février",
        "2027-01-19 15:55",
        """Bonjour,

Je prépare pour notre matinale du 2 février un sujet sur le premier emploi des jeunes diplômés en 2027, et plus particulièrement dans l'économie sociale et solidaire. Serait-il possible d'interviewer une personne de l'équipe Pro'pulse, et si elle est d'accord, une ou un participant·e ?

Une quinzaine de minutes par téléphone suffirait, avant le 28 janvier.

Bien à vous,
Salomé Arditi
Radio Canut, Lyon""",
        other(),
    )),
    # Feature: winter_results — studies_finished — rattrapage validé le 12 janvier
    # route: the body and the attached CV: a licence whose last module was passed at the re-sit, «rattrapage validé le 12 janvier» (January 2027), read on 2027-01-19: the licence obtained; an association sought → eligible
    N("winter_results", "studies_finished", "rattrapage validé le 12 janvier", M(
        "Jonas Keïta-Lefort <jonas.keitalefort@gmail.com>",
        "Candidature - licence AES",
        "2027-01-19 18:21",
        """Bonjour,

Bonne nouvelle de début d'année : rattrapage validé le 12 janvier ! C'était ma dernière UE de licence AES (statistiques…), j'ai donc enfin ma licence.

Je cherche un poste d'assistant administratif ou de gestionnaire dans une association du secteur médico-social ou une mutuelle. Je joins mon CV.

Jonas Keïta-Lefort
07 28 64 09 51""",
        app("Jonas", "Keïta-Lefort", phone="+33728640951", bac=3, grad="2027-01", status="b_jonas_rattrapage_12_janvier"),
        cv=CV("docx", "CV_Jonas_Keita-Lefort.docx", """Jonas Keïta-Lefort
jonas.keitalefort@gmail.com — 07 28 64 09 51
Formation
Licence Administration économique et sociale, Université de Rouen (validée en janvier 2027, après rattrapage)
Baccalauréat STMG (2022)
Expériences
Employé polyvalent, Restos du cœur de Rouen (bénévole, hiver 2025-2026)
Vendeur en boulangerie (étés 2023 et 2024)"""),
    )),
    # Feature: newyear_other_mail — kind — je serai bien présent à la réunion d'information
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our invitation quoted) confirming the information meeting → reply
    N("newyear_other_mail", "kind", "je serai bien présent à la réunion d'information", M(
        "Aurélien Mokrani <aurelien.mokrani@gmail.com>",
        "Re: Pro'pulse - réunion d'information du 21 janvier",
        "2027-01-19 22:18",
        """Bonjour,

Merci, je serai bien présent à la réunion d'information du jeudi 21 janvier à 14 h. Je viendrai en visio si la grève des transports continue.

Aurélien

Le 15 janv. 2027 à 16:40, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Aurélien,
> Votre candidature a bien été reçue. Nous vous invitons à la réunion d'information du jeudi 21 janvier à 14 h.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<reunion-2027-01-15-0311@animafac.net>", "References": "<reunion-2027-01-15-0311@animafac.net>"},
    )),
]
