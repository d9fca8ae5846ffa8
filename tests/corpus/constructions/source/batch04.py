"""Batch 4: impersonal or non-writer subjects and clefts — the deciding fact in «il me reste deux mois de
stage», «ma soutenance a lieu…», «le jury a validé…», or in «c'est en 2022 que…», «ce que je cherche,
c'est…». Each message written by hand; the comment names its construction, the fact it carries and its
words."""

from constructions import C
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Construction: impersonal — situation — il me reste deux mois de stage
    C("impersonal", "situation", "il me reste deux mois de stage", M(
        "Aurélien Petit <aurelien.petit@example.org>", "Candidature", "02 10:05",
        """Bonjour,

Licence pro Gestion associative obtenue en juillet 2026 ; il me reste deux mois de stage à la fédération
des centres sociaux, puis je cherche un emploi dans l'ESS.

Aurélien Petit""",
        app("Aurélien", "Petit", phone=None, bac=3, grad="2026-07", failing=["not_internship"],
            status="reste_deux_mois_stage"),
    )),
    # Construction: impersonal — studies_finished — ma soutenance a lieu le 15 janvier
    C("impersonal", "studies_finished", "ma soutenance a lieu le 15 janvier", M(
        "Priscille Ogier <priscille.ogier@example.net>", "Pro'pulse", "02 13:30",
        """Bonjour,

Licence obtenue en juin 2025, master en cours d'achèvement : ma soutenance a lieu le 15 janvier. Je
cherche un poste dans une association d'éducation à la santé.

Priscille Ogier""",
        app("Priscille", "Ogier", phone=None, bac=3, grad="2025-06", failing=["studies_finished"],
            status="soutenance_15_janvier"),
    )),
    # Construction: impersonal — graduation — Il y a eu la remise des diplômes le 4 juillet 2026
    C("impersonal", "graduation", "Il y a eu la remise des diplômes le 4 juillet 2026", M(
        "Marwan Touati <marwan.touati@example.com>", "Candidature", "03 09:50",
        """Bonjour,

Il y a eu la remise des diplômes le 4 juillet 2026 : mon BUT Carrières sociales est en poche. Je cherche
un emploi d'animateur dans une association de prévention.

Marwan Touati""",
        app("Marwan", "Touati", phone=None, bac=3, grad="2026-07", status="remise_diplomes_but_2026_07"),
    )),
    # Construction: impersonal — career_change — Il m'a fallu douze ans de métier
    C("impersonal", "career_change", "Il m'a fallu douze ans de métier", M(
        "Thierry Gaillard <thierry.gaillard@example.fr>", "Candidature", "03 15:15",
        """Bonjour,

Il m'a fallu douze ans de métier comme cuisinier en CDI pour comprendre que je voulais autre chose. BTS
ESF obtenu en juin 2026 ; je vise un poste dans un chantier d'insertion.

Thierry Gaillard""",
        app("Thierry", "Gaillard", phone=None, bac=2, grad="2026-06", failing=["not_career_change"],
            status="douze_ans_cuisinier"),
    )),
    # Construction: impersonal — situation — Mon service civique s'est achevé le 30 juin
    C("impersonal", "situation", "Mon service civique s'est achevé le 30 juin", M(
        "Apolline Riviere <apolline.riviere@example.org>", "Candidature", "04 11:10",
        """Bonjour,

Mon service civique s'est achevé le 30 juin ; mon master de sciences politiques date de décembre 2025. Je
souhaite travailler dans une association de défense des droits.

Apolline Rivière""",
        app("Apolline", "Rivière", phone=None, bac=5, grad="2025-12", status="sc_acheve_30_juin"),
    )),
    # Construction: impersonal — graduation — Mon diplôme date de 2021
    C("impersonal", "graduation", "Mon diplôme date de 2021", M(
        "Joris Baron <joris.baron@example.net>", "candidature", "04 16:00",
        """Bonjour,
Licence de lettres. Mon diplôme date de 2021, depuis j'ai fait de la vente. Je voudrais bosser dans une
librairie coopérative.
Joris""",
        app("Joris", "Baron", phone=None, bac=3, grad="2021", failing=["graduation_recent"],
            status="diplome_date_2021"),
    )),
    # Construction: impersonal — aim — Il n'est pas encore question de secteur
    C("impersonal", "aim", "Il n'est pas encore question de secteur", M(
        "Lylou Marchetti <lylou.marchetti@example.com>", "Inscription", "05 10:30",
        """Bonjour,

BTS Communication validé en juin 2026. Il n'est pas encore question de secteur pour moi : je prendrai ce
qui vient.

Lylou Marchetti""",
        app("Lylou", "Marchetti", phone=None, bac=2, grad="2026-06", unknown=["job_seeking_ess"],
            status="pas_question_secteur"),
    )),
    # Construction: impersonal — situation — Il me reste cinq mois de service civique
    C("impersonal", "situation", "Il me reste cinq mois de service civique", M(
        "Nina Fabre <nina.fabre@example.fr>", "Candidature", "05 14:45",
        """Bonjour,

Il me reste cinq mois de service civique aux Restos du cœur. Licence d'histoire (septembre 2025). Je
cherche déjà un emploi dans une association pour la suite.

Nina Fabre""",
        app("Nina", "Fabre", phone=None, bac=3, grad="2025-09", failing=["not_service_civique"],
            status="reste_cinq_mois_sc"),
    )),
    # Construction: impersonal — graduation — Le jury a validé mon master le 10 juillet 2026
    C("impersonal", "graduation", "Le jury a validé mon master le 10 juillet 2026", M(
        "Tom Lefebvre <tom.lefebvre@example.org>", "Candidature Tom Lefebvre", "06 09:20",
        """Bonjour,

Le jury a validé mon master le 10 juillet 2026. Je cherche un poste de chargé de plaidoyer dans une
association ou une fédération de l'ESS.

Tom Lefebvre
06 77 31 20 84""",
        app("Tom", "Lefebvre", phone="+33677312084", bac=5, grad="2026-07", status="jury_master_2026_07"),
    )),
    # Construction: impersonal — situation — Il s'agit d'une mission de six mois
    C("impersonal", "situation", "Il s'agit d'une mission de six mois", M(
        "Sacha Dufour <sacha.dufour@example.net>", "Candidature", "06 12:40",
        """Bonjour,

J'ai une licence pro obtenue en juin 2026 et je suis en poste depuis octobre dans une association de
solidarité : il s'agit d'une mission de six mois. Je cherche la suite dans l'ESS.

Sacha Dufour""",
        app("Sacha", "Dufour", phone=None, bac=3, grad="2026-06",
            unknown=["not_internship", "not_service_civique"], status="mission_six_mois"),
    )),
    # Construction: impersonal — aim — il me faut un poste dans l'immobilier
    C("impersonal", "aim", "il me faut un poste dans l'immobilier", M(
        "Hélène Barre <helene.barre@example.com>", "Candidature", "06 17:05",
        """Bonjour,

Master de droit immobilier (juin 2025). Pour des raisons familiales, il me faut un poste dans
l'immobilier, en agence, à Lyon.

Hélène Barre""",
        app("Hélène", "Barre", phone=None, bac=5, grad="2025-06", failing=["job_seeking_ess"],
            status="faut_poste_immobilier"),
    )),
    # Construction: impersonal — graduation — Il vous suffira de lire mon CV
    C("impersonal", "graduation", "Il vous suffira de lire mon CV", M(
        "Mélissa Ortega <melissa.ortega@example.org>", "Candidature", "07 10:15",
        """Bonjour,

Il vous suffira de lire mon CV pour mon parcours. Je cherche un poste dans une association culturelle ou
une coopérative de spectacle.

Mélissa Ortega""",
        app("Mélissa", "Ortega", phone="+33634129087", bac=3, grad="2026-06", info_in="both",
            status="cv_licence_pro_2026_06"),
        cv=CV("odt", "CV_Melissa_Ortega.odt", """
Mélissa Ortega
06 34 12 90 87
Formation
Juin 2026 : Licence professionnelle Médiation culturelle, Université d'Avignon
Expérience
2024-2026 : ouvreuse au festival (jobs d'été)
"""),
    )),
    # Construction: impersonal — kind — Il n'y a personne au bureau
    C("impersonal", "kind", "Il n'y a personne au bureau", M(
        "Comptoir solidaire <bonjour@comptoir.example.fr>", "Réponse automatique : candidature", "07 13:00",
        """Il n'y a personne au bureau jusqu'au 30 novembre. Votre courriel sera lu à notre retour.""",
        auto_reply(),
    )),
    # Construction: impersonal — kind — Est-il possible de candidater
    C("impersonal", "kind", "Est-il possible de candidater", M(
        "Gaëlle Marie <gaelle.marie@example.com>", "Question", "07 16:35",
        """Bonjour,
Est-il possible de candidater quand on habite en Guadeloupe ? Les rendez-vous se font-ils en visio ?
Merci""",
        question(),
    )),
    # Construction: impersonal — kind — Il reste des places
    C("impersonal", "kind", "Il reste des places", M(
        "Forum Emploi Solidaire <forum@emploisolidaire.example.org>", "Il reste des places pour le forum",
        "08 07:00",
        """Il reste des places pour le forum de l'emploi solidaire du 9 décembre. Stands, ateliers CV,
rencontres avec des recruteurs de l'ESS. Se désinscrire.""",
        newsletter(),
    )),
    # Construction: cleft — graduation — c'est en 2022 que j'ai eu mon DUT
    C("cleft", "graduation", "c'est en 2022 que j'ai eu mon DUT", M(
        "Benjamin Rolland <benjamin.rolland@example.fr>", "Candidature", "08 09:45",
        """Bonjour,

Pour être honnête, c'est en 2022 que j'ai eu mon DUT, et je n'ai rien fait d'autre depuis. Je voudrais
travailler dans une association sportive.

Benjamin Rolland""",
        app("Benjamin", "Rolland", phone=None, bac=2, grad="2022", failing=["graduation_recent"],
            status="cest_en_2022_dut"),
    )),
    # Construction: cleft — graduation — C'est en juin 2025 que j'ai obtenu ma licence pro
    C("cleft", "graduation", "C'est en juin 2025 que j'ai obtenu ma licence pro", M(
        "Soline Carré <soline.carre@example.org>", "Candidature Soline Carré", "08 12:00",
        """Bonjour,

C'est en juin 2025 que j'ai obtenu ma licence pro Intervention sociale. Je cherche un poste de
coordinatrice dans une association d'habitants.

Soline Carré""",
        app("Soline", "Carré", phone=None, bac=3, grad="2025-06", status="cest_en_juin_2025_licence"),
    )),
    # Construction: cleft — aim — Ce que je cherche, c'est un poste dans une coopérative
    C("cleft", "aim", "Ce que je cherche, c'est un poste dans une coopérative", M(
        "Gabriel Hoarau <gabriel.hoarau@example.net>", "Candidature", "08 14:30",
        """Bonjour,

Master d'agronomie obtenu en juillet 2026. Ce que je cherche, c'est un poste dans une coopérative
agricole, en animation de réseau.

Gabriel Hoarau""",
        app("Gabriel", "Hoarau", phone=None, bac=5, grad="2026-07", status="ce_que_je_cherche_coop"),
    )),
    # Construction: cleft — aim — Ce qui m'attire, c'est le marketing du luxe
    C("cleft", "aim", "Ce qui m'attire, c'est le marketing du luxe", M(
        "Capucine Dupré <capucine.dupre@example.com>", "Candidature", "09 10:25",
        """Bonjour,

Master de marketing, juin 2026. Ce qui m'attire, c'est le marketing du luxe : maroquinerie, parfums. Vous
pourriez peut-être m'aider à trouver.

Capucine Dupré""",
        app("Capucine", "Dupré", phone=None, bac=5, grad="2026-06", failing=["job_seeking_ess"],
            status="ce_qui_attire_luxe"),
    )),
    # Construction: cleft — situation — C'est au sein d'Unis-Cité que je fais mon service civique
    C("cleft", "situation", "C'est au sein d'Unis-Cité que je fais mon service civique", M(
        "Ewen Le Gall <ewen.legall@example.fr>", "Pro'pulse", "09 13:50",
        """Bonjour,

C'est au sein d'Unis-Cité que je fais mon service civique depuis septembre. J'ai un BTS obtenu en juillet
2025 et je voudrais un emploi dans l'ESS ensuite.

Ewen Le Gall""",
        app("Ewen", "Le Gall", phone=None, bac=2, grad="2025-07", failing=["not_service_civique"],
            status="cest_chez_uniscite_sc"),
    )),
    # Construction: cleft — situation — c'est un stage que j'ai terminé en août
    C("cleft", "situation", "c'est un stage que j'ai terminé en août", M(
        "Margot Lebon <margot.lebon@example.org>", "Candidature", "09 16:10",
        """Bonjour,

Sur mon profil en ligne, la ligne « Coopérative Oxalis », c'est un stage que j'ai terminé en août, pas
un emploi.
Master obtenu en juillet 2026 ; je cherche un CDI dans une coopérative d'activité.

Margot Lebon""",
        app("Margot", "Lebon", phone=None, bac=5, grad="2026-07", status="cest_un_stage_termine"),
    )),
    # Construction: cleft — situation — C'est jusqu'au 28 février que dure mon stage
    C("cleft", "situation", "C'est jusqu'au 28 février que dure mon stage", M(
        "Noah Guillot <noah.guillot@example.net>", "Candidature", "10 09:35",
        """Bonjour,

Licence de sociologie, juin 2026. C'est jusqu'au 28 février que dure mon stage à l'Apes, et je cherche
un emploi dans l'ESS pour la suite.

Noah Guillot""",
        app("Noah", "Guillot", phone=None, bac=3, grad="2026-06", failing=["not_internship"],
            status="stage_jusqu_28_fevrier"),
    )),
    # Construction: cleft — graduation — C'est en 2024 que j'ai été diplômée
    C("cleft", "graduation", "C'est en 2024 que j'ai été diplômée", M(
        "Eléonore Masson <eleonore.masson@example.com>", "Candidature", "10 12:15",
        """Bonjour,

C'est en 2024 que j'ai été diplômée de mon master de géographie. Je souhaite rejoindre une association
environnementale.

Eléonore Masson""",
        app("Eléonore", "Masson", phone=None, bac=5, grad="2024", unknown=["graduation_recent"],
            status="cest_en_2024_diplomee"),
    )),
    # Construction: cleft — career_change — C'est après vingt ans dans l'armée
    C("cleft", "career_change", "C'est après vingt ans dans l'armée", M(
        "Patrick Morin <patrick.morin@example.fr>", "Candidature", "10 15:20",
        """Bonjour,

C'est après vingt ans dans l'armée que j'ai repris mes études : licence pro Gestion des structures de
l'ESS obtenue en juin 2026. Je cherche un poste de directeur adjoint d'association.

Patrick Morin""",
        app("Patrick", "Morin", phone=None, bac=3, grad="2026-06", failing=["not_career_change"],
            status="apres_vingt_ans_armee"),
    )),
    # Construction: cleft — level — C'est un diplôme étranger
    C("cleft", "level", "C'est un diplôme étranger", M(
        "Salma Benjelloun <salma.benjelloun@example.org>", "Candidature", "11 09:55",
        """Bonjour,

C'est un diplôme étranger que j'ai obtenu en 2025 au Maroc, en gestion. Je cherche un emploi dans une
association d'accompagnement des femmes.

Salma Benjelloun""",
        app("Salma", "Benjelloun", phone=None, bac=None, grad="2025", unknown=["degree_level"],
            status="diplome_etranger_2025"),
    )),
    # Construction: cleft — studies_finished — C'est en juin prochain que je finirai mon BTS
    C("cleft", "studies_finished", "C'est en juin prochain que je finirai mon BTS", M(
        "Jordan Leclerc <jordan.leclerc@example.net>", "candidature", "11 13:10",
        """Bonjour,
C'est en juin prochain que je finirai mon BTS, j'ai le bac depuis 2025. Je cherche un job dans une asso
le week-end en attendant.
Jordan""",
        app("Jordan", "Leclerc", phone=None, bac=0, grad=None, failing=["degree_level", "studies_finished"],
            status="bts_finira_juin_prochain"),
    )),
    # Construction: cleft — aim — c ds l'ESS que je veux bosser
    C("cleft", "aim", "c ds l'ESS que je veux bosser", M(
        "Kelly Ramos <kelly.ramos@example.com>", "candidature", "11 18:30",
        """bjr, c ds l'ESS que je veux bosser, licence pro 2026, dispo. Kelly 07 66 55 44 33""",
        app("Kelly", "Ramos", phone="+33766554433", bac=3, grad="2026", status="sms_cest_ess"),
    )),
    # Construction: cleft — kind — C'est bien noté pour jeudi
    C("cleft", "kind", "C'est bien noté pour jeudi", M(
        "Hugo Pons <hugo.pons@example.org>", "Re: Atelier réseau", "12 10:40",
        """C'est bien noté pour jeudi, merci !
Hugo

> Le 11 nov. 2026, Pro'pulse a écrit :
> L'atelier réseau aura lieu jeudi 26 novembre à 14 h.""",
        reply(),
        headers={"In-Reply-To": "<reseau-2611@animafac.net>", "References": "<reseau-2611@animafac.net>"},
    )),
    # Construction: cleft — kind — C'est avec plaisir que nous accueillerons
    C("cleft", "kind", "C'est avec plaisir que nous accueillerons", M(
        "Maison de l'ESS <contact@maison-ess.example.fr>", "Visite", "12 14:05",
        """Bonjour,

C'est avec plaisir que nous accueillerons votre groupe pour une visite de nos locaux le 8 décembre.

L'équipe de la Maison de l'ESS""",
        other(),
    )),
    # Construction: cleft — kind — C'est Martine qui vous répondra
    C("cleft", "kind", "C'est Martine qui vous répondra", M(
        "Sylvain Rey <sylvain.rey@example.net>", "Absent", "12 16:45",
        """Je suis absent jusqu'au 1er décembre. C'est Martine qui vous répondra en mon absence
(martine.rey@example.net). Message automatique.""",
        auto_reply(),
    )),
]
