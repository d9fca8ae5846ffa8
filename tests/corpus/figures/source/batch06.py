"""Figures corpus, batch 06 (writer B): periphrases («le dispositif d'engagement … que l'État propose aux
moins de vingt-six ans», «le diplôme qui couronne le premier cycle universitaire», «celui qu'on passe à
dix-huit ans, philo en premier», «les structures où les bénéfices repartent dans le projet»), euphemisms («on
ne s'est pas trouvés à l'examen final», «un petit contentieux avec l'UE de statistiques», «a tiré sa
révérence», «quelques détours», «entre parenthèses», "a little detour") and hyperboles («vieux comme Hérode»,
«depuis Mathusalem», «écrit à la terre entière», «une vie entière dans la vente», «chez le diable en
personne», «de l'histoire ancienne»), and other mail that carries the same figures."""
# ruff: noqa: E501

from __future__ import annotations

from figures import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: periphrasis — situation — le dispositif d'engagement de six à douze mois que l'État propose aux moins de vingt-six ans
    # figured: «le dispositif d'engagement de six à douze mois que l'État propose aux moins de vingt-six ans» = a service civique, running until June 2027 → fails not_service_civique
    N("periphrasis", "situation", "le dispositif d'engagement de six à douze mois que l'État propose aux moins de vingt-six ans", M(
        "Corinne Aubry – Mission locale <c.aubry@missionlocale-vienne.example.fr>", "Orientation d'un jeune vers Pro'pulse", "02 14:20",
        """Bonjour,

Je suis conseillère à la Mission locale de Poitiers et j'accompagne Jordan Picard, titulaire d'un BTS Gestion de la PME obtenu en juin 2025.

Jordan est en plein dans le dispositif d'engagement de six à douze mois que l'État propose aux moins de vingt-six ans : il y est entré en septembre, dans une épicerie solidaire, et il en a jusqu'en juin. Il aimerait ensuite y rester comme salarié ou rejoindre une autre structure de l'ESS.

Ses coordonnées : jordan.picard@example.org, 06 11 45 78 32.

Bien cordialement,
Corinne Aubry
Conseillère en insertion, Mission locale de Poitiers""",
        app("Jordan", "Picard", phone="+33611457832", bac=2, grad="2025-06", failing=("not_service_civique",), email="jordan.picard@example.org", forwarded_by="c.aubry@missionlocale-vienne.example.fr", status="b_dispositif_engagement_etat"),
    )),
    # Feature: periphrasis — level — le diplôme qui couronne le premier cycle universitaire
    # figured: «le diplôme qui couronne le premier cycle universitaire» = a licence, level 3 (June 2026) → meets degree_level
    N("periphrasis", "level", "le diplôme qui couronne le premier cycle universitaire", M(
        "Léna Hoarau <lena.hoarau@example.com>", "Candidature Pro'pulse – Léna Hoarau", "03 08:15",
        """Bonjour,

En juin dernier, j'ai obtenu à l'université de La Réunion le diplôme qui couronne le premier cycle universitaire, en sciences de l'éducation. Je suis installée en métropole depuis l'été.

Je cherche un poste d'animatrice ou d'assistante de coordination dans une association d'éducation populaire.

Léna Hoarau
06 93 27 14 80""",
        app("Léna", "Hoarau", phone="+33693271480", bac=3, grad="2026-06", status="b_couronne_premier_cycle"),
    )),
    # Feature: periphrasis — level — mon seul diplôme est celui qu'on passe à dix-huit ans, philo en premier
    # figured: «celui qu'on passe à dix-huit ans, philo en premier» = the bac and nothing above (2020) → fails degree_level
    N("periphrasis", "level", "mon seul diplôme est celui qu'on passe à dix-huit ans, philo en premier", M(
        "Enzo Marchetti <enzo.marchetti@example.net>", "candidature", "04 23:02",
        """Bonsoir,

Mon seul diplôme est celui qu'on passe à dix-huit ans, philo en premier, et je l'ai eu en 2020. Depuis j'ai travaillé comme équipier dans la restauration rapide et comme bénévole au Secours populaire.

J'aimerais devenir salarié d'une association de solidarité. Est-ce possible avec votre programme ?

Enzo Marchetti
07 27 83 61 49""",
        app("Enzo", "Marchetti", phone="+33727836149", bac=0, grad="2020", failing=("degree_level",), status="b_diplome_dix_huit_ans"),
    )),
    # Feature: periphrasis — situation — une de ces missions d'intérêt général qu'on confie aux jeunes
    # ambiguous: a «mission d'intérêt général for young people» held now may be a service civique, an SNU mission or plain volunteering
    # figured: «une de ces missions d'intérêt général qu'on confie aux jeunes» = a mission of unstated scheme held now → open not_service_civique (and not_internship, as for any mission)
    N("periphrasis", "situation", "une de ces missions d'intérêt général qu'on confie aux jeunes", M(
        "Octave Lhermitte <octave.lhermitte@example.org>", "Candidature au programme", "05 17:36",
        """Bonjour,

J'ai un DUT Information-communication de l'IUT de Besançon (juin 2025). En ce moment j'effectue une de ces missions d'intérêt général qu'on confie aux jeunes, dans une radio associative, jusqu'au printemps.

Je cherche ensuite un poste de chargé de communication dans une association culturelle ou un média associatif.

Octave Lhermitte
06 85 02 36 71""",
        app("Octave", "Lhermitte", phone="+33685023671", bac=2, grad="2025-06", unknown=("not_internship", "not_service_civique"), status="b_mission_interet_general"),
    )),
    # Feature: periphrasis — aim — les structures où les bénéfices repartent dans le projet plutôt que chez des actionnaires
    # figured: «les structures où les bénéfices repartent dans le projet plutôt que chez des actionnaires» = the ESS → meets job_seeking_ess
    N("periphrasis", "aim", "les structures où les bénéfices repartent dans le projet plutôt que chez des actionnaires", M(
        "Anh Phan <anh.phan@example.fr>", "Candidature Pro'pulse + CV", "06 10:44",
        """Bonjour,

Vous trouverez mon CV en pièce jointe. Je ne veux travailler que dans les structures où les bénéfices repartent dans le projet plutôt que chez des actionnaires : coopératives, associations, mutuelles.

Je suis disponible pour un entretien à votre convenance.

Anh Phan""",
        app("Anh", "Phan", phone="+33642905817", bac=5, grad="2025-09", info_in="both", status="b_benefices_repartent"),
        cv=CV("pdf", "CV_Anh_Phan.pdf", """Anh Phan
anh.phan@example.fr — 06 42 90 58 17
Formation
Master Gestion des entreprises sociales et solidaires, IAE de Lille — septembre 2025
Licence Économie-gestion, université de Lille — 2023
Expériences
Stage de fin d'études, coopérative d'habitants Les Toits Partagés (six mois, achevé en août 2025)
Langues : anglais, vietnamien"""),
    )),
    # Feature: periphrasis — level — le diplôme que l'institut supérieur de Bukavu remet après trois années d'études
    # ambiguous: a Congolese graduat has no settled French equivalent (bac+2 or bac+3) and was never assessed
    # figured: «le diplôme que l'institut supérieur de Bukavu remet après trois années d'études» = a graduat, level unsettled → open degree_level
    N("periphrasis", "level", "le diplôme que l'institut supérieur de Bukavu remet après trois années d'études", M(
        "Espérance Mushagalusa <esperance.mushagalusa@example.com>", "Candidature Pro'pulse", "08 12:09",
        """Bonjour,

Je suis arrivée en France en 2025. J'ai le diplôme que l'institut supérieur de Bukavu remet après trois années d'études, le « graduat » en développement communautaire, obtenu en 2025. Je n'ai pas encore fait de demande d'équivalence.

Je cherche un poste dans une association d'accompagnement des femmes ou de solidarité internationale.

Espérance Mushagalusa
07 58 13 92 46""",
        app("Espérance", "Mushagalusa", phone="+33758139246", bac="*", grad="2025", unknown=("degree_level",), status="b_graduat_bukavu"),
    )),
    # Feature: periphrasis — kind — l'année d'engagement au service de la collectivité
    # figured: «l'année d'engagement au service de la collectivité» = a service civique, in a general question → kind question
    N("periphrasis", "kind", "l'année d'engagement au service de la collectivité", M(
        "Margaux Hénaff <margaux.henaff@example.org>", "Question", "09 09:03",
        """Bonjour,

Les jeunes qui sont en train de faire l'année d'engagement au service de la collectivité peuvent-ils candidater, ou faut-il attendre qu'elle soit terminée ?

Merci,
Margaux Hénaff""",
        question(),
    )),
    # Feature: periphrasis — kind — le breuvage noir qui réveille l'équipe sera livré jeudi
    # figured: «le breuvage noir qui réveille l'équipe» = coffee → kind other: a supplier's notice
    N("periphrasis", "kind", "le breuvage noir qui réveille l'équipe sera livré jeudi", M(
        "Torréfaction Solidaire <commandes@torrefaction.example.fr>", "Votre commande n°4471", "10 15:30",
        """Bonjour,

Bonne nouvelle : le breuvage noir qui réveille l'équipe sera livré jeudi, 6 kg en grains comme convenu.

L'équipe de Torréfaction Solidaire""",
        other(),
    )),
    # Feature: periphrasis — kind — les structures qui ne courent pas après le profit recrutent
    # figured: «les structures qui ne courent pas après le profit» = the ESS, in a mailing → kind newsletter
    N("periphrasis", "kind", "les structures qui ne courent pas après le profit recrutent", M(
        "Emplois Solidaires <info@emplois-solidaires.example.org>", "Ce mois-ci, les structures qui ne courent pas après le profit recrutent", "11 06:00",
        """Emplois Solidaires — la lettre de novembre

Ce mois-ci, les structures qui ne courent pas après le profit recrutent : 42 offres en Occitanie, 31 en Bretagne, 27 en Île-de-France.

Et aussi : comment parler de son bénévolat en entretien.

Pour ne plus recevoir cette lettre : https://emplois-solidaires.example.org/stop""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://emplois-solidaires.example.org/stop>"},
    )),
    # Feature: euphemism — level — mon BTS et moi, on ne s'est pas trouvés à l'examen final
    # figured: «on ne s'est pas trouvés à l'examen final» on «mon BTS» = BTS failed, the bac only (2022) → fails degree_level
    N("euphemism", "level", "mon BTS et moi, on ne s'est pas trouvés à l'examen final", M(
        "Mathis Guillot <mathis.guillot@example.com>", "Candidature Pro'pulse", "02 19:50",
        """Bonjour,

Après mon bac pro en 2022, j'ai fait deux ans de BTS Négociation et digitalisation de la relation client. Mon BTS et moi, on ne s'est pas trouvés à l'examen final, et je n'ai pas voulu redoubler.

Je suis aujourd'hui vendeur dans une ressourcerie et j'aimerais évoluer dans une structure de l'ESS.

Mathis Guillot
06 30 48 19 75""",
        app("Mathis", "Guillot", phone="+33630481975", bac=0, grad="2022", failing=("degree_level",), status="b_bts_pas_trouves"),
    )),
    # Feature: euphemism — studies_finished — un petit contentieux avec l'UE de statistiques, que je repasse en janvier
    # figured: «un petit contentieux avec l'UE de statistiques» = a unit failed, resit to come in January → fails studies_finished
    N("euphemism", "studies_finished", "un petit contentieux avec l'UE de statistiques, que je repasse en janvier", M(
        "Louise Perrin <louise.perrin@example.fr>", "Candidature", "04 10:26",
        """Bonjour,

Je termine une licence de sciences sociales à Dijon, à un détail près : un petit contentieux avec l'UE de statistiques, que je repasse en janvier.

Je voudrais ensuite travailler dans une association d'éducation à l'environnement.

Louise Perrin
06 64 12 87 30""",
        app("Louise", "Perrin", phone="+33664128730", bac="*", grad=None, failing=("studies_finished",), status="b_contentieux_stats"),
    )),
    # Feature: euphemism — situation — mon stage a tiré sa révérence fin septembre
    # figured: «a tiré sa révérence» on «mon stage» = internship over (end of September 2026) → meets
    N("euphemism", "situation", "mon stage a tiré sa révérence fin septembre", M(
        "Zélie Bonnefoy <zelie.bonnefoy@example.org>", "Candidature Pro'pulse – Zélie Bonnefoy", "06 13:18",
        """Bonjour,

Titulaire d'un master Économie sociale et solidaire de l'université Gustave-Eiffel (septembre 2026), je suis à la recherche d'un premier poste. Mon stage a tiré sa révérence fin septembre, après six mois dans un incubateur d'entreprises sociales.

Je vise un poste de chargée d'accompagnement dans un incubateur ou une coopérative d'activité et d'emploi.

Zélie Bonnefoy
06 07 93 28 54""",
        app("Zélie", "Bonnefoy", phone="+33607932854", bac=5, grad="2026-09", status="b_stage_reverence"),
    )),
    # Feature: euphemism — career_change — mon parcours a connu quelques détours
    # ambiguous: «some detours» between the bac and the licence could be years of another trade or a gap: the career is unsettled
    # figured: «mon parcours a connu quelques détours» = unnamed years before the licence → open not_career_change
    N("euphemism", "career_change", "mon parcours a connu quelques détours", M(
        "Karim Ould-Brahim <karim.ouldbrahim@example.net>", "Pro'pulse – candidature", "07 11:11",
        """Bonjour,

J'ai 34 ans et mon parcours a connu quelques détours avant la licence professionnelle Coordination de projets de l'ESS que j'ai obtenue à Metz en juin 2026.

Je cherche un poste de coordinateur dans une régie de quartier ou une association d'insertion.

Karim Ould-Brahim
06 73 29 40 18""",
        app("Karim", "Ould-Brahim", phone="+33673294018", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_parcours_detours"),
    )),
    # Feature: euphemism — studies_finished — j'ai mis mon M2 entre parenthèses l'an dernier
    # ambiguous: a master «put in brackets» may be abandoned or only paused: whether her studies are over is open
    # figured: «entre parenthèses» on «mon M2» = M2 paused, resumption undecided → open studies_finished
    N("euphemism", "studies_finished", "j'ai mis mon M2 entre parenthèses l'an dernier", M(
        "Aurélie Dumoutier <aurelie.dumoutier@example.com>", "Candidature Pro'pulse", "09 16:47",
        """Bonjour,

J'ai validé un M1 de sociologie à Lyon en juin 2025, puis j'ai mis mon M2 entre parenthèses l'an dernier pour raisons familiales. Je ne sais pas encore si je le reprendrai un jour.

En attendant, je cherche un poste de chargée d'études dans un observatoire associatif ou une fédération.

Aurélie Dumoutier
07 81 36 02 95""",
        app("Aurélie", "Dumoutier", phone="+33781360295", bac=4, grad="2025-06", unknown=("studies_finished",), status="b_m2_entre_parentheses"),
    )),
    # Feature: euphemism — career_change — a little detour through a supermarket checkout for four months
    # figured: «a little detour through a supermarket checkout» = a short job after the diploma, not a former trade → meets not_career_change
    N("euphemism", "career_change", "a little detour through a supermarket checkout for four months", M(
        "Chidi Eze <chidi.eze@example.org>", "Application – Chidi Eze", "10 20:05",
        """Hello,

I earned my licence in Economics and Social Administration (AES) at Université Paris 8 in June 2025. After a little detour through a supermarket checkout for four months, to pay the rent, I am now focusing fully on what I trained for.

I would like to work as a project assistant in a non-profit supporting refugees.

Chidi Eze
06 48 70 15 92""",
        app("Chidi", "Eze", phone="+33648701592", bac=3, grad="2025-06", language="en", status="b_detour_checkout_en"),
    )),
    # Feature: euphemism — kind — je suis momentanément éloignée de mon bureau
    # figured: «momentanément éloignée de mon bureau» = away (leave of any kind) until 7 December → kind auto_reply: no personal fact
    N("euphemism", "kind", "je suis momentanément éloignée de mon bureau", M(
        "Sophie Kermarrec <sophie.kermarrec@example.fr>", "Absence : Votre candidature à Pro'pulse", "12 07:45",
        """Bonjour,

Je suis momentanément éloignée de mon bureau et ne pourrai vous répondre qu'à partir du 7 décembre.

Sophie Kermarrec""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: euphemism — kind — n'a malheureusement pas pu trouver son destinataire
    # figured: «n'a … pas pu trouver son destinataire» = undeliverable → kind bounce
    N("euphemism", "kind", "n'a malheureusement pas pu trouver son destinataire", M(
        "Mail Delivery Subsystem <mailer-daemon@smtp.example.com>", "Message non remis", "13 04:20",
        """Votre message n'a malheureusement pas pu trouver son destinataire.

Adresse concernée : ines.delmas@example.com""",
        bounce("ines.delmas@example.com"),
        bounce="""Reporting-MTA: dns; smtp.example.com
Final-Recipient: rfc822; ines.delmas@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown""",
    )),
    # Feature: hyperbole — graduation — mon BTS est vieux comme Hérode
    # ambiguous: «vieux comme Hérode» gives no year: the BTS may be older or younger than two years
    # figured: «vieux comme Hérode» on «mon BTS» = a BTS of no stated date → open graduation_recent
    N("hyperbole", "graduation", "mon BTS est vieux comme Hérode", M(
        "Martine Lefort <martine.lefort@example.org>", "Pour mon fils Dylan", "03 18:22",
        """Bonjour,

Je vous écris pour mon fils Dylan Lefort, qui n'ose pas le faire lui-même. Lui dit toujours « mon BTS est vieux comme Hérode » (c'est un BTS Support à l'action managériale), mais il n'a jamais vraiment trouvé sa place en entreprise.

Il voudrait travailler dans une association, comme secrétaire ou assistant de direction. Son adresse : dylan.lefort@example.org, son portable : 06 22 81 47 63.

Merci de votre attention,
Martine Lefort""",
        app("Dylan", "Lefort", phone="+33622814763", bac=2, grad=None, unknown=("graduation_recent",), email="dylan.lefort@example.org", forwarded_by="martine.lefort@example.org", status="b_vieux_comme_herode"),
    )),
    # Feature: hyperbole — graduation — diplômée depuis Mathusalem, enfin depuis 2019
    # figured: «depuis Mathusalem» on «diplômée», the year beside it = licence of 2019 → fails graduation_recent
    N("hyperbole", "graduation", "diplômée depuis Mathusalem, enfin depuis 2019", M(
        "Nadia Bensaïd <nadia.bensaid@example.com>", "Candidature Pro'pulse", "05 08:36",
        """Bonjour,

Je suis diplômée depuis Mathusalem, enfin depuis 2019, d'une licence d'histoire. J'ai été surveillante dans un collège, puis j'ai eu deux enfants.

Je voudrais maintenant travailler dans une association de soutien scolaire.

Nadia Bensaïd
06 96 40 21 73""",
        app("Nadia", "Bensaïd", phone="+33696402173", bac=3, grad="2019", failing=("graduation_recent",), status="b_mathusalem_2019"),
    )),
    # Feature: hyperbole — aim — j'ai écrit à la terre entière, toutes les assos de Lille y sont passées
    # figured: «écrit à la terre entière» on «toutes les assos de Lille» = a search aimed at associations → meets job_seeking_ess
    N("hyperbole", "aim", "j'ai écrit à la terre entière, toutes les assos de Lille y sont passées", M(
        "Rayan Chikhi <rayan.chikhi@example.net>", "candidature pro'pulse", "06 22:14",
        """Bonsoir,

BUT Carrières sociales en poche depuis juin 2026 (IUT de Tourcoing). J'ai écrit à la terre entière, toutes les assos de Lille y sont passées, sans réponse pour l'instant, alors j'essaie votre programme.

Rayan Chikhi
07 63 18 05 29""",
        app("Rayan", "Chikhi", phone="+33763180529", bac=3, grad="2026-06", status="b_terre_entiere_assos"),
    )),
    # Feature: hyperbole — career_change — une vie entière dans la vente, vingt ans de rayon
    # figured: «une vie entière dans la vente» = twenty years of another trade before the DEJEPS → fails not_career_change
    N("hyperbole", "career_change", "une vie entière dans la vente, vingt ans de rayon", M(
        "Gérald Pichonnier <gerald.pichonnier@example.org>", "Candidature", "08 09:58",
        """Bonjour,

J'ai passé une vie entière dans la vente, vingt ans de rayon dans la grande distribution, avant de passer le DEJEPS Développement de projets, territoires et réseaux, obtenu en juin 2026.

Je cherche un poste de coordinateur dans une fédération d'éducation populaire.

Gérald Pichonnier
06 15 72 39 04""",
        app("Gérald", "Pichonnier", phone="+33615723904", bac=2, grad="2026-06", failing=("not_career_change",), status="b_vie_entiere_vente"),
    )),
    # Feature: hyperbole — aim — je postulerais chez le diable en personne
    # ambiguous: «even with the devil himself» names no sector: ESS or not is unsettled
    # figured: «chez le diable en personne» = any employer → open job_seeking_ess
    N("hyperbole", "aim", "je postulerais chez le diable en personne", M(
        "Jérémy Vallancien <jeremy.vallancien@example.com>", "Candidature urgente", "10 13:00",
        """Bonjour,

Licence de géographie obtenue en juin 2025 à Tours. Franchement, je postulerais chez le diable en personne, tant que c'est un vrai poste.

Merci de me dire si je peux rejoindre le programme.

Jérémy Vallancien
06 80 24 57 16""",
        app("Jérémy", "Vallancien", phone="+33680245716", bac=3, grad="2025-06", unknown=("job_seeking_ess",), status="b_diable_en_personne"),
    )),
    # Feature: hyperbole — studies_finished — mes études, c'est de l'histoire ancienne
    # figured: «de l'histoire ancienne» on «mes études», the date beside it = studies over (June 2025) → meets
    N("hyperbole", "studies_finished", "mes études, c'est de l'histoire ancienne", M(
        "Élodie Renaud <elodie.renaud@example.fr>", "Pro'pulse", "11 10:30",
        """Bonjour,

DUT Gestion administrative et commerciale des organisations, IUT de Roanne : mes études, c'est de l'histoire ancienne (enfin, depuis juin 2025, mais ça me paraît si loin).

Je cherche un poste d'assistante administrative dans une mutuelle ou une association d'aide à domicile.

Élodie Renaud
06 41 90 83 27""",
        app("Élodie", "Renaud", phone="+33641908327", bac=2, grad="2025-06", status="b_histoire_ancienne"),
    )),
    # Feature: hyperbole — kind — un million de mercis à nos bénévoles
    # figured: «un million de mercis» = thanks overstated in a mailing → kind newsletter
    N("hyperbole", "kind", "un million de mercis à nos bénévoles", M(
        "Banque alimentaire du Rhône <lettre@ba-rhone.example.org>", "Un million de mercis à nos bénévoles !", "14 07:15",
        """La lettre de la Banque alimentaire — novembre 2026

Un million de mercis à nos bénévoles : la collecte nationale a dépassé tous nos records.

Prochain rendez-vous : tri des denrées le 5 décembre.

Se désabonner : https://ba-rhone.example.org/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://ba-rhone.example.org/desabonnement>"},
    )),
    # Feature: hyperbole — kind — j'ai cherché votre formulaire pendant des heures
    # figured: «pendant des heures» on «cherché votre formulaire» = the form could not be found → kind reply: no personal fact
    N("hyperbole", "kind", "j'ai cherché votre formulaire pendant des heures", M(
        "Ilyes Ammar <ilyes.ammar@example.com>", "Re: Votre candidature à Pro'pulse", "15 21:40",
        """Bonsoir,

J'ai cherché votre formulaire pendant des heures dans mes mails, en vain. Pouvez-vous me le renvoyer ?

Ilyes

Le 12/11/2026 à 10:02, Pro'pulse a écrit :
> Merci de compléter le formulaire joint à ce message.""",
        reply(),
        headers={"In-Reply-To": "<b06-ammar-1@animafac.net>", "References": "<b06-ammar-1@animafac.net>"},
    )),
]
