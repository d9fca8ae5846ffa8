# ruff: noqa: E501 (each message's implying words stand whole on its comment line and its N(...) line)
"""Batch 2: years of study say the level; an internship is implied by its trappings. Each message written
by hand; the comment names its implication, the fact it carries and the words that carry it."""

from implied import N
from kit import CV, M, app, bounce, newsletter, other, question, reply

MESSAGES = [
    # Implied: years_of_study — level — la première année de BTS validée, je n'ai pas fait la seconde
    N("years_of_study", "level", "la première année de BTS validée, je n'ai pas fait la seconde", M(
        "Inès Rahmani <ines.rahmani@example.net>", "inscription Pro'pulse", "12 18:20",
        """Bonjour,

J'ai la première année de BTS validée, je n'ai pas fait la seconde pour raisons familiales. Je voudrais
travailler dans une association d'aide alimentaire de l'ESS.

Inès Rahmani""",
        app("Inès", "Rahmani", phone=None, bac=1, grad=None, failing=["degree_level"],
            status="premiere_annee_bts_seule"),
    )),
    # Implied: years_of_study — level — un DEUST animation, deux ans après le bac
    N("years_of_study", "level", "un DEUST animation, deux ans après le bac", M(
        "Baptiste Renard <baptiste.renard@example.org>", "candidature", "13 09:25",
        """Bonjour,

J'ai un DEUST animation, deux ans après le bac, reçu en juin 2026 à Grenoble. Je cherche un poste
d'animateur sportif dans une association de l'ESS.

Baptiste""",
        app("Baptiste", "Renard", phone=None, bac=2, grad="2026-06", status="deust_animation"),
    )),
    # Implied: years_of_study — level — le diplôme d'une école de travail social
    N("years_of_study", "level", "le diplôme d'une école de travail social", M(
        "Salomé Guérin <salome.guerin@example.com>", "candidature", "13 11:55",
        """Bonjour,

J'ai reçu en mai 2026 le diplôme d'une école de travail social de Lille, après une formation en
alternance. Je cherche un emploi d'accompagnatrice dans une association d'insertion de l'ESS.

Salomé Guérin""",
        app("Salomé", "Guérin", phone=None, bac="*", grad="2026-05", unknown=["degree_level"],
            status="ecole_travail_social"),
    )),
    # Implied: years_of_study — level — deux ans de BTS puis un an de licence pro, bouclés en juin 2022
    N("years_of_study", "level", "deux ans de BTS puis un an de licence pro, bouclés en juin 2022", M(
        "Anthony Gilles <anthony.gilles@example.fr>", "Candidature", "13 15:00",
        """Bonjour,

Deux ans de BTS puis un an de licence pro, bouclés en juin 2022. Je cherche un emploi de comptable dans
une association ou une mutuelle de l'ESS.

Anthony Gilles""",
        app("Anthony", "Gilles", phone=None, bac=3, grad="2022-06", failing=["graduation_recent"],
            status="bts_puis_lp_2022"),
    )),
    # Implied: years_of_study — kind — un titre RNCP de niveau 5 suffit-il
    N("years_of_study", "kind", "un titre RNCP de niveau 5 suffit-il", M(
        "Paul Chauvin <paul.chauvin@example.net>", "Question sur les conditions", "14 10:00",
        """Bonjour,

Une question générale : pour entrer dans votre programme, un titre RNCP de niveau 5 suffit-il, ou
faut-il un diplôme universitaire ?

Cordialement""",
        question(),
    )),
    # Implied: years_of_study — kind — Undelivered Mail Returned to Sender
    N("years_of_study", "kind", "Undelivered Mail Returned to Sender", M(
        "MAILER-DAEMON <mailer-daemon@smtp.example.com>", "Undelivered Mail Returned to Sender", "14 06:40",
        """This is the mail system at host smtp.example.com. Your message could not be delivered to
romain.guillet@example.com: the mailbox does not exist.""",
        bounce("romain.guillet@example.com"),
        bounce="""Reporting-MTA: dns; smtp.example.com
Final-Recipient: rfc822; romain.guillet@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown""",
    )),
    # Implied: years_of_study — kind — nos formations en deux ans après le bac
    N("years_of_study", "kind", "nos formations en deux ans après le bac", M(
        "Service relations entreprises <relations@iut-nord.example.fr>", "Partenariat IUT", "14 11:30",
        """Bonjour,

Le service relations entreprises de l'IUT présente nos formations en deux ans après le bac aux
structures de l'ESS ; seriez-vous d'accord pour une intervention devant nos étudiants en mars ?

Cordialement,
Le service relations entreprises""",
        other(),
    )),
    # Implied: years_of_study — kind — Re: oui, c'était bien deux ans d'IUT
    N("years_of_study", "kind", "oui, c'était bien deux ans d'IUT", M(
        "Justine Caillaud <justine.caillaud@example.org>", "Re: Votre candidature", "15 09:00",
        """Bonjour,

Pour répondre à votre question : oui, c'était bien deux ans d'IUT. Je vous envoie le relevé demain.

Justine

> Le 12 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Pourriez-vous nous préciser la durée de votre formation ?""",
        reply(), headers={"In-Reply-To": "<relance.0917@animafac.net>"},
    )),
    # Implied: internship_trappings — situation — je touche une gratification et ma tutrice chez Enercoop signe mes évaluations jusqu'au 27 février
    N("internship_trappings", "situation", "je touche une gratification et ma tutrice chez Enercoop signe mes évaluations jusqu'au 27 février", M(
        "Camille Besson <camille.besson@example.org>", "candidature", "15 10:40",
        """Bonjour,

Master ESS en poche depuis juin 2026. Pour l'instant je touche une gratification et ma tutrice chez
Enercoop signe mes évaluations jusqu'au 27 février. Ensuite je cherche un emploi dans l'énergie
citoyenne.

Camille Besson""",
        app("Camille", "Besson", phone=None, bac=5, grad="2026-06", failing=["not_internship"],
            status="gratification_tutrice_fevrier"),
    )),
    # Implied: internship_trappings — situation — ma convention avec la Fondation Abbé Pierre s'est achevée le 31 août, rapport remis
    N("internship_trappings", "situation", "ma convention avec la Fondation Abbé Pierre s'est achevée le 31 août, rapport remis", M(
        "Adrien Lefort <adrien.lefort@example.net>", "Pro'pulse candidature", "15 14:15",
        """Bonjour,

Master de droit public, jury de juillet 2026. Ma convention avec la Fondation Abbé Pierre s'est achevée le
31 août, rapport remis : je suis libre et je cherche un poste de juriste dans une association de l'ESS.

Adrien Lefort""",
        app("Adrien", "Lefort", phone=None, bac=5, grad="2026-07", status="convention_achevee_31_aout"),
    )),
    # Implied: internship_trappings — situation — mon école valide ma période en entreprise chez Ulule jusqu'en mars
    N("internship_trappings", "situation", "mon école valide ma période en entreprise chez Ulule jusqu'en mars", M(
        "Léna Barre <lena.barre@example.com>", "candidature", "16 09:05",
        """Bonjour,

Licence de gestion en juin 2025, puis école de commerce : mon école valide ma période en entreprise chez
Ulule jusqu'en mars. Je voudrais enchaîner sur un emploi dans une coopérative de l'ESS.

Léna""",
        app("Léna", "Barre", phone=None, bac=3, grad="2025-06", failing=["studies_finished", "not_internship"],
            status="ecole_valide_periode_mars"),
    )),
    # Implied: internship_trappings — situation — une mission de six mois avec un tuteur, jusqu'en avril
    N("internship_trappings", "situation", "une mission de six mois avec un tuteur, jusqu'en avril", M(
        "Romain Fabre <romain.fabre@example.fr>", "Candidature", "16 13:30",
        """Bonjour,

BUT carrières sociales en juin 2026. Je fais une mission de six mois avec un tuteur, jusqu'en avril, dans
une association de quartier. Je cherche ensuite un emploi dans l'ESS.

Romain Fabre""",
        app("Romain", "Fabre", phone=None, bac=3, grad="2026-06", unknown=["not_internship", "not_service_civique"],
            status="mission_tuteur_avril"),
    )),
    # Implied: internship_trappings — situation — la dernière gratification m'a été versée fin juin, avec l'attestation de fin de période
    N("internship_trappings", "situation", "la dernière gratification m'a été versée fin juin, avec l'attestation de fin de période", M(
        "Pauline Chevalier <pauline.chevalier@example.org>", "Candidature Pro'pulse", "16 17:45",
        """Bonjour,

Licence pro gestion des associations (juin 2026). La dernière gratification m'a été versée fin juin, avec
l'attestation de fin de période. Je cherche un emploi de coordinatrice dans une association de l'ESS.

Pauline Chevalier""",
        app("Pauline", "Chevalier", phone=None, bac=3, grad="2026-06", status="derniere_gratification_juin"),
    )),
    # Implied: internship_trappings — situation — mon tuteur pédagogique vient me voir en janvier sur mon lieu d'accueil
    N("internship_trappings", "situation", "mon tuteur pédagogique vient me voir en janvier sur mon lieu d'accueil", M(
        "Hugo Simon <hugo.simon@example.net>", "candidature", "17 08:50",
        """Bonjour,

J'ai un master de géographie depuis septembre 2026 ; mon tuteur pédagogique vient me voir en janvier sur
mon lieu d'accueil, une SCOP de paysagistes, où je reste jusqu'à fin février. Après, je cherche un emploi
dans l'ESS.

Hugo Simon""",
        app("Hugo", "Simon", phone=None, bac=5, grad="2026-09", failing=["not_internship"],
            status="tuteur_pedagogique_janvier"),
    )),
    # Implied: internship_trappings — situation — ma convention s'est terminée en septembre ; le secteur m'importe peu
    N("internship_trappings", "situation", "ma convention s'est terminée en septembre", M(
        "Élodie Perrin <elodie.perrin@example.com>", "Candidature", "17 12:10",
        """Bonjour,

Master de marketing en juillet 2026, ma convention s'est terminée en septembre. Je cherche maintenant un
premier emploi ; honnêtement, le secteur m'importe peu.

Élodie Perrin""",
        app("Élodie", "Perrin", phone=None, bac=5, grad="2026-07", unknown=["job_seeking_ess"],
            status="convention_terminee_secteur_egal"),
    )),
    # Implied: internship_trappings — situation — Convention tripartite avec Habitat et Humanisme, janvier–juin 2026 (achevée)
    N("internship_trappings", "situation", "Convention tripartite avec Habitat et Humanisme, janvier–juin 2026 (achevée)", M(
        "Manon Girard <manon.girard@example.fr>", "CV - candidature", "17 16:00",
        """Bonjour,

Voici mon CV. Je cherche un emploi dans le logement accompagné, dans une association de l'ESS.

Manon Girard""",
        app("Manon", "Girard", phone=None, bac=5, grad="2026-07", info_in="both", status="cv_convention_achevee"),
        cv=CV("docx", "CV_Manon_Girard.docx", """
Manon Girard
manon.girard@example.fr
Formation
Juillet 2026 : Master 2 Politiques sociales, Université de Rennes
Expérience
Convention tripartite avec Habitat et Humanisme, janvier–juin 2026 (achevée)
Animatrice de centre de loisirs, étés 2022 à 2024
"""),
    )),
    # Implied: internship_trappings — situation — ma gratification tombe jusqu'au 15 janvier
    N("internship_trappings", "situation", "ma gratification tombe jusqu'au 15 janvier", M(
        "Théo Marchal <theo.marchal@example.org>", "Pro'pulse", "18 09:30",
        """Bonjour,

DUT informatique en juin 2025, puis licence pro en juin 2026 ; ma gratification tombe jusqu'au 15
janvier, à la Fédération des centres sociaux. Je voudrais ensuite un emploi dans l'ESS.

Théo""",
        app("Théo", "Marchal", phone=None, bac=3, grad="2026-06", failing=["not_internship"],
            status="gratification_15_janvier"),
    )),
    # Implied: internship_trappings — situation — une période d'observation dans une entreprise
    N("internship_trappings", "situation", "une période d'observation dans une entreprise", M(
        "Julie Noël <julie.noel@example.net>", "candidature", "18 11:15",
        """Bonjour,

Master de psychologie du travail depuis juillet 2025. Je fais en ce moment une période d'observation dans
une entreprise d'insertion. Je cherche un emploi durable dans l'ESS.

Julie Noël""",
        app("Julie", "Noël", phone=None, bac=5, grad="2025-07", unknown=["not_internship"],
            status="periode_observation"),
    )),
    # Implied: internship_trappings — situation — mon rapport de fin de période est à rendre à l'école le 30 janvier, et je suis chez ATD Quart Monde d'ici là
    N("internship_trappings", "situation", "mon rapport de fin de période est à rendre à l'école le 30 janvier, et je suis chez ATD Quart Monde d'ici là", M(
        "Nour Haddad <nour.haddad@example.com>", "candidature", "18 15:40",
        """Bonjour,

Licence de sociologie en juin 2025. Mon rapport de fin de période est à rendre à l'école le 30 janvier,
et je suis chez ATD Quart Monde d'ici là. Je cherche un emploi dans l'ESS pour février.

Nour Haddad""",
        app("Nour", "Haddad", phone=None, bac=3, grad="2025-06", failing=["studies_finished", "not_internship"],
            status="rapport_30_janvier_atd"),
    )),
    # Implied: internship_trappings — situation — aucune convention signée depuis mon master (octobre 2025), je suis libre tout de suite
    N("internship_trappings", "situation", "aucune convention signée depuis mon master (octobre 2025), je suis libre tout de suite", M(
        "Lucas Meunier <lucas.meunier@example.fr>", "Candidature", "19 09:00",
        """Bonjour,

Aucune convention signée depuis mon master (octobre 2025), je suis libre tout de suite. Je cherche un
poste dans une mutuelle ou une coopérative de l'ESS.

Lucas Meunier""",
        app("Lucas", "Meunier", phone=None, bac=5, grad="2025-10", status="aucune_convention_libre"),
    )),
    # Implied: internship_trappings — situation — ma tutrice m'a proposé de prolonger de deux mois, jusqu'à fin janvier
    N("internship_trappings", "situation", "ma tutrice m'a proposé de prolonger de deux mois, jusqu'à fin janvier, et l'école a signé l'avenant", M(
        "Clara Petit <clara.petit@example.org>", "Candidature", "19 13:20",
        """Bonjour,

Master de communication en septembre 2026. Ma tutrice m'a proposé de prolonger de deux mois, jusqu'à fin
janvier, et l'école a signé l'avenant. Je cherche un emploi dans une association de l'ESS après.

Clara Petit""",
        app("Clara", "Petit", phone=None, bac=5, grad="2026-09", failing=["not_internship"],
            status="avenant_fin_janvier"),
    )),
    # Implied: internship_trappings — kind — nous cherchons des structures d'accueil pour les conventions de nos étudiants
    N("internship_trappings", "kind", "nous cherchons des structures d'accueil pour les conventions de nos étudiants", M(
        "Bureau des relations entreprises <bre@ecole-sociale.example.org>", "Accueil d'étudiants", "19 16:00",
        """Bonjour,

Comme chaque année, nous cherchons des structures d'accueil pour les conventions de nos étudiants de
deuxième année (février à juin). Votre programme pourrait-il relayer ?

Le bureau des relations entreprises""",
        other(),
    )),
    # Implied: internship_trappings — kind — quelqu'un dont la convention finit en janvier peut-il candidater
    N("internship_trappings", "kind", "quelqu'un dont la convention finit en janvier peut-il candidater", M(
        "Lina Benhamou <lina.benhamou@example.com>", "Question", "20 08:40",
        """Bonjour,

Quelqu'un dont la convention finit en janvier peut-il candidater dès maintenant, ou faut-il attendre la
fin ?

Merci""",
        question(),
    )),
    # Implied: internship_trappings — kind — 14 nouvelles offres avec gratification
    N("internship_trappings", "kind", "14 nouvelles offres avec gratification", M(
        "Jobs Asso <alertes@jobsasso.example.net>", "Vos offres de la semaine", "20 07:00",
        """Cette semaine : 14 nouvelles offres avec gratification et 9 CDD dans des associations. Gérer mes
alertes ou me désabonner : https://jobsasso.example.net/alertes""",
        newsletter(),
    )),
    # Implied: internship_trappings — kind — ma tutrice a signé l'attestation de fin
    N("internship_trappings", "kind", "ma tutrice a signé l'attestation de fin", M(
        "Pauline Chevalier <pauline.chevalier@example.org>", "Re: Votre candidature à Pro'pulse", "20 10:30",
        """Bonjour,

Comme demandé, ma tutrice a signé l'attestation de fin ; je la joins à mon prochain message.

Pauline

> Le 18 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Merci de nous confirmer la date de fin de votre période en structure.""",
        reply(), headers={"In-Reply-To": "<confirm.1818@animafac.net>"},
    )),
]
