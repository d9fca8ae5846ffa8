"""Tenses corpus, batch 01 (writer A): the passé composé against the present («j'ai fait mon service civique
à Lyon» / «je fais mon service civique»), the imparfait of an ongoing or habitual past («j'étais volontaire
quand…», «je finissais mon stage»), the plus-que-parfait («j'avais terminé mon BTS avant de partir»), and
other mail whose tenses carry its kind."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, bounce, newsletter, question, reply
from tenses import N

MESSAGES = [
    # Feature: passe_compose_vs_present — situation — j'ai fait mon service civique à Lyon
    # timed: «j'ai fait» on «mon service civique à Lyon» = civic service over (passé composé, no date) → meets
    N("passe_compose_vs_present", "situation", "j'ai fait mon service civique à Lyon", M(
        "Inès Ferrand <ines.ferrand@example.org>", "Candidature au programme Pro'pulse", "02 10:17",
        """Bonjour,

Je m'appelle Inès Ferrand, j'ai 23 ans et je suis titulaire d'une licence de sociologie de l'université Lumière Lyon 2, obtenue en juin 2025.

Après la licence, j'ai fait mon service civique à Lyon, dans une fédération d'éducation populaire : animation d'ateliers de débat dans des collèges, organisation d'une semaine contre les discriminations. C'est là que j'ai compris que je voulais travailler dans une association.

Je cherche aujourd'hui un premier poste de coordinatrice de projets dans une structure de l'éducation populaire ou de l'économie sociale et solidaire. Votre programme m'intéresse beaucoup pour l'accompagnement qu'il propose.

Vous pouvez me joindre au 06 12 48 73 09.

Bien cordialement,
Inès Ferrand""",
        app("Inès", "Ferrand", phone="+33612487309", bac=3, grad="2025-06", status="service_civique_fait_lyon"),
    )),
    # Feature: passe_compose_vs_present — situation — je fais mon service civique à la Croix-Rouge de Tours
    # timed: «je fais» on «mon service civique à la Croix-Rouge de Tours» = civic service running now, until April 2027 → fails not_service_civique
    N("passe_compose_vs_present", "situation", "je fais mon service civique à la Croix-Rouge de Tours", M(
        "Tiago Mendes <tiago.mendes@example.net>", "inscription programme", "04 18:42",
        """Bonjour,

J'ai eu mon BTS Économie sociale familiale en juin 2026 au lycée Choiseul. Depuis septembre, je fais mon service civique à la Croix-Rouge de Tours, sur la maraude du soir et l'épicerie sociale, et cela jusqu'en avril.

J'ai vu que Pro'pulse aidait les jeunes à trouver un emploi dans l'ESS et c'est exactement ce que je vise : un poste de conseiller en économie sociale familiale dans une association.

Mon numéro : 07 81 35 92 64.

Merci et bonne soirée,
Tiago Mendes""",
        app("Tiago", "Mendes", phone="+33781359264", bac=2, grad="2026-06", failing=("not_service_civique",), status="fais_service_civique_tours"),
    )),
    # Feature: passe_compose_vs_present — aim — je cherche un poste dans un cabinet d'audit
    # timed: «je cherche» on «un poste dans un cabinet d'audit» = the search now (present), the Restos du cœur only in a passé composé past → fails job_seeking_ess
    N("passe_compose_vs_present", "aim", "je cherche un poste dans un cabinet d'audit", M(
        "Grégoire Lemaître <gregoire.lemaitre@example.com>", "Candidature", "05 08:55",
        """Madame, Monsieur,

Diplômé d'un master Comptabilité-Contrôle-Audit de l'IAE de Lille en septembre 2025, je me permets de vous adresser ma candidature.

Pendant mes études, j'ai été bénévole aux Restos du cœur deux hivers de suite, et j'ai aussi tenu la trésorerie de l'association étudiante de mon IAE. Ces expériences m'ont beaucoup apporté.

Aujourd'hui, je cherche un poste dans un cabinet d'audit, idéalement un grand réseau, pour y préparer l'expertise comptable. J'ai pensé que votre programme pouvait m'aider à structurer mes candidatures.

Joignable au 06 44 91 20 37.

Respectueusement,
Grégoire Lemaître""",
        app("Grégoire", "Lemaître", phone="+33644912037", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="cherche_cabinet_audit"),
    )),
    # Feature: passe_compose_vs_present — studies_finished — j'ai passé les derniers examens de mon M2
    # ambiguous: the passé composé closes the exams, the present «les résultats tombent» leaves the M2 itself unsettled — obtained or not, nobody knows before mid-December
    # timed: «j'ai passé les derniers examens» on «mon M2» = exams over, results to come (mid-December) → open studies_finished
    N("passe_compose_vs_present", "studies_finished", "j'ai passé les derniers examens de mon M2", M(
        "Aïcha Diallo <aicha.diallo@example.org>", "Pro'pulse - candidature", "09 21:03",
        """Bonsoir,

J'ai passé les derniers examens de mon M2 Économie sociale et solidaire à l'université de Poitiers le mois dernier (session de rattrapage d'un module). Les résultats tombent à la mi-décembre.

En attendant, je prépare mes candidatures : j'aimerais travailler comme chargée de mission dans une coopérative d'activité et d'emploi ou un réseau d'associations.

Je reste disponible au 06 58 02 41 76.

Bien à vous,
Aïcha Diallo""",
        app("Aïcha", "Diallo", phone="+33658024176", bac="*", grad=None, unknown=("studies_finished",), status="derniers_examens_m2"),
    )),
    # Feature: passe_compose_vs_present — aim — I'm now looking for a job in cooperatives and non-profits
    # timed: «I'm now looking for» on «a job in cooperatives and non-profits» = the search now (present), the supermarket only in the past → meets job_seeking_ess
    N("passe_compose_vs_present", "aim", "I'm now looking for a job in cooperatives and non-profits", M(
        "Kwame Asante <kwame.asante@example.net>", "Application - Pro'pulse", "10 14:26",
        """Hello,

I completed an MA in Development Economics at Université Paris 1 in June 2025. While studying I worked weekends at a supermarket checkout, which paid the rent and taught me patience.

I'm now looking for a job in cooperatives and non-profits, ideally on financial inclusion or microcredit projects. A friend told me about Pro'pulse and I would love to join the next cohort.

My number is 07 62 18 95 40.

Best regards,
Kwame Asante""",
        app("Kwame", "Asante", phone="+33762189540", bac=5, grad="2025-06", language="en", status="now_looking_cooperatives"),
    )),
    # Feature: passe_compose_vs_present — studies_finished — je prépare un DEASS à l'IRTS de Lille
    # timed: «je prépare» on «un DEASS» = the diploma being prepared now (present) → fails studies_finished
    N("passe_compose_vs_present", "studies_finished", "je prépare un DEASS à l'IRTS de Lille", M(
        "Lison Carpentier <lison.carpentier@example.fr>", "Demande d'information et candidature", "12 11:48",
        """Bonjour à toute l'équipe,

J'ai fait un BTS SP3S il y a quelques années et je prépare un DEASS à l'IRTS de Lille, en dernière année. J'ai effectué mes stages dans un CCAS et dans une association d'aide aux victimes.

Plus tard, je voudrais être assistante sociale dans une association de lutte contre l'exclusion. Je voulais savoir si je pouvais déjà rejoindre Pro'pulse.

Lison Carpentier
06 27 53 80 14""",
        app("Lison", "Carpentier", phone="+33627538014", bac="*", grad=None, failing=("studies_finished",), status="prepare_deass_lille"),
    )),
    # Feature: passe_compose_vs_present — kind — j'ai rempli le formulaire hier soir
    # timed: «j'ai rempli» on «le formulaire» = done, in our thread (Re:) → kind reply: no new application fact
    N("passe_compose_vs_present", "kind", "j'ai rempli le formulaire hier soir", M(
        "Bérénice Aubry <berenice.aubry@example.org>", "Re: Votre pré-inscription à Pro'pulse", "13 07:52",
        """Bonjour,

J'ai rempli le formulaire hier soir, comme vous me l'aviez demandé. Est-ce que vous l'avez bien reçu ? Je n'ai pas eu de message de confirmation.

Bonne journée,
Bérénice

> Le 10 nov. 2026 à 16:02, Pro'pulse <propulse@animafac.net> a écrit :
> Merci de compléter le formulaire en ligne avant le 20 novembre.""",
        reply(),
        headers={"In-Reply-To": "<preinscription-7731@animafac.net>", "References": "<preinscription-7731@animafac.net>"},
    )),
    # Feature: passe_compose_vs_present — kind — Votre message n'a pas pu être remis
    # timed: «n'a pas pu être remis» on «votre message» = delivery failed (passé composé) → kind bounce: no personal fact
    N("passe_compose_vs_present", "kind", "Votre message n'a pas pu être remis", M(
        "Mail Delivery System <mailer-daemon@mx2.example.net>", "Non remis : Votre candidature à Pro'pulse", "14 03:10",
        """Votre message n'a pas pu être remis au destinataire suivant :

    anthony.rivet@example.net

Le serveur distant a répondu : 550 5.1.1 boîte aux lettres introuvable. Le message a été supprimé de la file d'attente.""",
        bounce("anthony.rivet@example.net"),
        bounce="Reporting-MTA: dns; mx2.example.net\nFinal-Recipient: rfc822; anthony.rivet@example.net\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: imparfait — situation — j'étais volontaire en service civique chez Emmaüs
    # ambiguous: the imparfait paints the civic service as running when the BTS came in July, and nothing says whether it has ended since
    # timed: «j'étais volontaire» on «en service civique chez Emmaüs» = running in July, no end said → open not_service_civique
    N("imparfait", "situation", "j'étais volontaire en service civique chez Emmaüs", M(
        "Noor Haddad <noor.haddad@example.com>", "candidature Pro'pulse", "03 19:30",
        """Bonjour,

Quand j'ai eu mon BTS Services et prestations des secteurs sanitaire et social en juillet, j'étais volontaire en service civique chez Emmaüs, à la boutique solidaire de Rezé. J'y tenais la caisse et j'accueillais les personnes orientées par les travailleurs sociaux.

J'aimerais beaucoup continuer dans ce milieu : un poste d'accueil ou d'accompagnement dans une association d'insertion, une recyclerie ou une ressourcerie.

Mon téléphone : 06 90 17 26 58.

Merci de votre attention,
Noor Haddad""",
        app("Noor", "Haddad", phone="+33690172658", bac=2, grad="2026-07", unknown=("not_service_civique",), status="volontaire_emmaus_juillet"),
    )),
    # Feature: imparfait — situation — je finissais mon stage à la régie de quartier
    # ambiguous: «je finissais» says the internship was nearly over on 4 November, not whether it has ended by now, and no end date is given
    # timed: «je finissais» on «mon stage à la régie de quartier» = internship ending around 4 November, end not said → open not_internship
    N("imparfait", "situation", "je finissais mon stage à la régie de quartier", M(
        "Bastien Morel <bastien.morel@example.fr>", "Candidature après la réunion d'information", "08 09:14",
        """Bonjour,

Je n'ai pas pu venir à votre réunion d'information du 4 novembre : ce jour-là, je finissais mon stage à la régie de quartier de Villeneuve, avec l'équipe des médiateurs.

J'ai obtenu en juin ma licence professionnelle Intervention sociale (parcours médiation) à l'IUT de Grenoble. Je souhaite travailler dans une régie de quartier ou un centre social.

Merci de me dire si ma candidature peut être prise en compte.
Bastien Morel — 07 45 20 83 16""",
        app("Bastien", "Morel", phone="+33745208316", bac=3, grad="2026-06", unknown=("not_internship",), status="finissais_stage_regie"),
    )),
    # Feature: imparfait — career_change — elle travaillait comme comptable depuis 2013
    # timed: «elle travaillait comme comptable depuis 2013» = a trade of ten years, closed by the return to studies (imparfait + passé composé) → fails not_career_change
    N("imparfait", "career_change", "elle travaillait comme comptable depuis 2013", M(
        "Carole Bessières <carole.bessieres@francetravail.example.fr>", "Orientation d'une demandeuse d'emploi vers Pro'pulse", "06 15:22",
        """Bonjour,

Je suis conseillère à l'agence France Travail de Montauban et je vous présente Mme Blessing Okonkwo, que j'accompagne depuis septembre.

Lorsqu'elle a décidé de reprendre ses études en 2024, elle travaillait comme comptable depuis 2013 dans un cabinet d'expertise de la ville. Elle a obtenu en juin 2026 un BTS Économie sociale familiale et souhaite désormais travailler dans une association d'aide aux familles.

Ses coordonnées : blessing.okonkwo@example.org, 06 73 29 58 01.

Cordialement,
Carole Bessières
Conseillère emploi""",
        app("Blessing", "Okonkwo", phone="+33673295801", bac=2, grad="2026-06", failing=("not_career_change",), email="blessing.okonkwo@example.org", forwarded_by="carole.bessieres@francetravail.example.fr", status="travaillait_comptable_2013"),
    )),
    # Feature: imparfait — career_change — je travaillais comme animateur périscolaire avant mon DEJEPS
    # timed: «je travaillais comme animateur périscolaire» = the same field before the DEJEPS (imparfait of a past job in the aim's field) → meets not_career_change
    N("imparfait", "career_change", "je travaillais comme animateur périscolaire avant mon DEJEPS", M(
        "Rémi Vasseur <remi.vasseur@example.net>", "Candidature", "11 12:05",
        """Bonjour,

Je travaillais comme animateur périscolaire avant mon DEJEPS, à mi-temps dans les écoles de Douai, pendant mes années de fac. J'ai obtenu le DEJEPS Animation socioéducative en juin 2025.

Je voudrais maintenant un poste de coordinateur dans un centre social associatif ou une fédération d'éducation populaire.

Rémi Vasseur
07 19 64 30 85""",
        app("Rémi", "Vasseur", phone="+33719643085", bac=2, grad="2025-06", status="animateur_avant_dejeps"),
    )),
    # Feature: imparfait — aim — je cherchais surtout dans l'humanitaire
    # ambiguous: the imparfait puts the humanitarian search in the past, and today's search is banks and associations at once — which one she wants now stays open
    # timed: «je cherchais surtout dans l'humanitaire» = the past aim; now «aussi du côté des banques» → open job_seeking_ess
    N("imparfait", "aim", "je cherchais surtout dans l'humanitaire", M(
        "Mei-Ling Chaput <meiling.chaput@example.org>", "Question + candidature", "15 17:40",
        """Bonjour,

Titulaire d'un master Coopération internationale (Sciences Po Bordeaux, septembre 2025), je cherchais surtout dans l'humanitaire jusqu'à cet été. Depuis la rentrée, je regarde aussi du côté des banques, notamment leurs services de microfinance, et j'ai deux entretiens prévus.

Je me demande si Pro'pulse pourrait m'aider à y voir plus clair.

Mei-Ling Chaput
06 81 46 07 52""",
        app("Mei-Ling", "Chaput", phone="+33681460752", bac=5, grad="2025-09", unknown=("job_seeking_ess",), status="cherchais_humanitaire"),
    )),
    # Feature: imparfait — level — j'étais en deuxième année de licence de droit quand j'ai tout arrêté
    # timed: «j'étais en deuxième année» on «licence de droit» + «j'ai tout arrêté» = the L2 left unfinished, only the L1 validated (level 1) → fails degree_level
    N("imparfait", "level", "j'étais en deuxième année de licence de droit quand j'ai tout arrêté", M(
        "Dylan Ferreira <dylan.ferreira@example.com>", "candidature", "16 22:18",
        """Salut,

J'ai le bac depuis 2021. J'étais en deuxième année de licence de droit quand j'ai tout arrêté, au début de 2023, pour aider mes parents au restaurant.

Depuis, je fais du bénévolat dans une association de quartier à Aubervilliers et je voudrais en faire mon métier : animateur ou médiateur dans une asso.

Dylan — 06 38 72 15 90""",
        app("Dylan", "Ferreira", phone="+33638721590", bac=1, grad="2021", failing=("degree_level",), status="etais_l2_droit_arrete"),
    )),
    # Feature: imparfait — kind — Je voulais savoir si le programme était ouvert
    # timed: «Je voulais savoir» on «si le programme était ouvert» = the imparfait of politeness, a question with no personal fact → kind question
    N("imparfait", "kind", "Je voulais savoir si le programme était ouvert", M(
        "Valentin Roche <valentin.roche@example.org>", "Question sur les conditions", "07 10:33",
        """Bonjour,

Je voulais savoir si le programme était ouvert aux personnes qui n'ont pas encore de diplôme de l'enseignement supérieur, ou s'il fallait au moins un bac+2.

Merci d'avance pour votre réponse,
V. Roche""",
        question(),
    )),
    # Feature: imparfait — kind — Vous étiez plus de quatre cents
    # timed: «Vous étiez» on «plus de quatre cents» = a past gathering told to many readers → kind newsletter
    N("imparfait", "kind", "Vous étiez plus de quatre cents", M(
        "La Lettre des Jeunes Engagés <lettre@jeunes-engages.example.org>", "La Lettre de novembre : retour sur les Rencontres", "17 08:00",
        """Chères lectrices, chers lecteurs,

Vous étiez plus de quatre cents à Nantes, le mois dernier, pour nos Rencontres de l'engagement. Il faisait froid, les salles débordaient, et les ateliers sur l'emploi associatif affichaient complet.

Dans ce numéro : les vidéos des tables rondes, le portrait d'une épicerie coopérative et l'agenda de décembre.

Pour vous désinscrire, cliquez sur le lien en bas de cette lettre.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:desinscription@jeunes-engages.example.org>"},
    )),
    # Feature: plus_que_parfait — studies_finished — j'avais soutenu mon mémoire de M2 en septembre
    # timed: «j'avais soutenu» on «mon mémoire de M2» = defence done in September 2026, before the trip (a past before a past) → meets studies_finished
    N("plus_que_parfait", "studies_finished", "j'avais soutenu mon mémoire de M2 en septembre", M(
        "Salomé Benhamou <salome.benhamou@example.fr>", "Candidature Pro'pulse", "02 16:51",
        """Bonjour,

Je rentre de trois semaines au Maroc où j'ai accompagné une coopérative de femmes productrices d'huile d'argan. J'avais soutenu mon mémoire de M2 en septembre, juste avant de partir, et le master Économie sociale de l'université de Rennes 2 m'a été délivré dans la foulée.

Je souhaite maintenant travailler dans une coopérative ou un réseau du commerce équitable.

Salomé Benhamou
06 05 83 62 47""",
        app("Salomé", "Benhamou", phone="+33605836247", bac=5, grad="2026-09", status="avais_soutenu_septembre"),
    )),
    # Feature: plus_que_parfait — graduation — j'avais terminé mon BTS Gestion de la PME avant de partir en Irlande en 2024
    # ambiguous: the plus-que-parfait only puts the BTS before a departure in 2024 — 2024, 2023 or earlier, the date within 24 months cannot be settled
    # timed: «j'avais terminé» on «mon BTS» = obtained before 2024's departure, year not said → open graduation_recent
    N("plus_que_parfait", "graduation", "j'avais terminé mon BTS Gestion de la PME avant de partir en Irlande en 2024", M(
        "Erwan Le Gall <erwan.legall@example.net>", "Candidature", "05 20:12",
        """Bonjour,

J'avais terminé mon BTS Gestion de la PME avant de partir en Irlande en 2024. Là-bas, j'ai travaillé dans un café puis dans un charity shop à Cork, et je suis rentré en Bretagne en octobre.

Je voudrais travailler dans la gestion d'une association ou d'une fondation, côté administratif et financier.

Erwan Le Gall
07 28 91 43 06""",
        app("Erwan", "Le Gall", phone="+33728914306", bac=2, grad=None, unknown=("graduation_recent",), status="avais_termine_bts_irlande"),
    )),
    # Feature: plus_que_parfait — career_change — J'avais travaillé neuf ans comme vendeuse
    # timed: «J'avais travaillé neuf ans comme vendeuse» = a first trade, before the return to studies (a past before a past) → fails not_career_change
    N("plus_que_parfait", "career_change", "J'avais travaillé neuf ans comme vendeuse", M(
        "Florence Nzinga <florence.nzinga@example.org>", "Ma candidature", "06 13:29",
        """Bonjour,

J'avais travaillé neuf ans comme vendeuse dans une grande enseigne de sport quand j'ai décidé de reprendre mes études, en 2024. J'ai obtenu mon DEJEPS en juin 2026 et je souhaite maintenant travailler dans une association sportive d'insertion.

Florence Nzinga
06 52 30 74 81""",
        app("Florence", "Nzinga", phone="+33652307481", bac=2, grad="2026-06", failing=("not_career_change",), status="avais_vendeuse_neuf_ans"),
    )),
    # Feature: plus_que_parfait — graduation — j'avais obtenu mon master en 2021
    # timed: «j'avais obtenu» on «mon master en 2021» = obtained in 2021, before the fixed-term contracts → fails graduation_recent
    N("plus_que_parfait", "graduation", "j'avais obtenu mon master en 2021", M(
        "Yannick Tshibanda <yannick.tshibanda@example.com>", "candidature pro'pulse", "10 09:47",
        """Bonjour,

Je vous écris parce que j'avais obtenu mon master en 2021 (Management des associations, Paris-Est Créteil) puis j'avais enchaîné les CDD dans l'animation, sans jamais décrocher de poste stable. Depuis mars, je ne travaille plus.

Je cherche un poste de responsable de projets dans une association ou une fondation.

Yannick Tshibanda
07 70 25 16 93""",
        app("Yannick", "Tshibanda", phone="+33770251693", bac=5, grad="2021", failing=("graduation_recent",), status="avais_master_2021"),
    )),
    # Feature: plus_que_parfait — level — j'avais validé mon M1 en juin 2025
    # timed: «j'avais validé» on «mon M1» = the M1 obtained (June 2025) before the volunteering abroad → meets degree_level (level 4)
    N("plus_que_parfait", "level", "j'avais validé mon M1 en juin 2025", M(
        "Chloé Marchetti <chloe.marchetti@example.org>", "Candidature", "12 18:03",
        """Bonjour,

J'avais validé mon M1 en juin 2025 (Sciences de l'éducation, Aix-Marseille), juste avant de partir un an en volontariat de solidarité internationale au Sénégal. Je suis rentrée en septembre et je ne compte pas reprendre le M2.

Je souhaite travailler dans une association d'éducation à la citoyenneté ou une ONG de solidarité.

Chloé Marchetti — 06 96 41 27 35""",
        app("Chloé", "Marchetti", phone="+33696412735", bac=4, grad="2025-06", status="avais_valide_m1"),
    )),
    # Feature: plus_que_parfait — studies_finished — J'avais presque terminé mon M2
    # ambiguous: «presque terminé» in a plus-que-parfait before an illness — whether the university lets her defend, and so whether the M2 will ever be finished, is not known
    # timed: «J'avais presque terminé» on «mon M2» = nearly done in spring, then stopped; the rest undecided → open studies_finished
    N("plus_que_parfait", "studies_finished", "J'avais presque terminé mon M2", M(
        "Ophélie Nakamura <ophelie.nakamura@example.fr>", "Candidature et question", "14 11:21",
        """Bonjour,

J'avais presque terminé mon M2 Développement social à Toulouse quand je suis tombée malade au printemps. Je vais mieux, mais je ne sais pas encore si l'université me laissera soutenir cette année ou s'il faudra me réinscrire.

J'aimerais travailler dans une association d'accompagnement des personnes malades ou de leurs aidants.

Ophélie Nakamura
07 34 58 90 12""",
        app("Ophélie", "Nakamura", phone="+33734589012", bac="*", grad=None, unknown=("studies_finished",), status="avais_presque_termine_m2"),
    )),
    # Feature: plus_que_parfait — aim — J'avais postulé dans des banques l'an dernier
    # timed: «J'avais postulé dans des banques» = a past search, closed by today's «je cherche uniquement dans les associations» → meets job_seeking_ess
    N("plus_que_parfait", "aim", "J'avais postulé dans des banques l'an dernier", M(
        "Hugo Lindqvist <hugo.lindqvist@example.net>", "Candidature Pro'pulse", "16 10:10",
        """Bonjour,

J'avais postulé dans des banques l'an dernier, juste après mon BTS Banque (juin 2025). Les entretiens m'ont fait comprendre que ce n'était pas pour moi.

Aujourd'hui je cherche uniquement dans les associations et les structures de la finance solidaire.

Hugo Lindqvist
06 83 17 52 09""",
        app("Hugo", "Lindqvist", phone="+33683175209", bac=2, grad="2025-06", status="avais_postule_banques"),
    )),
    # Feature: plus_que_parfait — kind — J'avais envoyé mon dossier le 3 novembre
    # timed: «J'avais envoyé» on «mon dossier» = sent before, asked about in our thread → kind reply
    N("plus_que_parfait", "kind", "J'avais envoyé mon dossier le 3 novembre", M(
        "Adrien Caillaud <adrien.caillaud@example.com>", "Re: Accusé de réception", "18 09:26",
        """Bonjour,

J'avais envoyé mon dossier le 3 novembre, mais votre accusé de réception parle d'une pièce manquante. Pouvez-vous me dire laquelle ?

Merci,
Adrien Caillaud

> Le 17 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Nous avons bien reçu votre dossier, auquel il manque une pièce.""",
        reply(),
        headers={"In-Reply-To": "<ar-2291@animafac.net>", "References": "<ar-2291@animafac.net>"},
    )),
    # Feature: plus_que_parfait — kind — l'adresse que vous aviez utilisée
    # timed: «l'adresse que vous aviez utilisée» = the address given before, now gone → kind bounce
    N("plus_que_parfait", "kind", "l'adresse que vous aviez utilisée", M(
        "postmaster@relais.example.org", "Échec de distribution", "19 04:44",
        """Ce message vous est renvoyé : l'adresse que vous aviez utilisée n'existe plus sur ce serveur.

    clarisse.morvan@relais.example.org

Aucune autre tentative ne sera faite.""",
        bounce("clarisse.morvan@relais.example.org"),
        bounce="Reporting-MTA: dns; relais.example.org\nFinal-Recipient: rfc822; clarisse.morvan@relais.example.org\nAction: failed\nStatus: 5.1.1",
    )),
]
