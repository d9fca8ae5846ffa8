"""Batch 5: verbless fragments and comparisons — the deciding fact in a list or a label («Master 2 ESS — 2025
— validé», «Situation : en recherche») or in a comparison, often negated («pas plus de stage que de
service civique», «rien de moins qu'un bac+5»). Each message written by hand; the comment names its
construction, the fact it carries and its words."""

from constructions import C
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Construction: fragment — graduation — Master 2 ESS — 2025 — validé
    C("fragment", "graduation", "Master 2 ESS — 2025 — validé", M(
        "Camélia Vasseur <camelia.vasseur@example.org>", "Candidature", "13 09:00",
        """Bonjour,

Master 2 ESS — 2025 — validé.
Situation : en recherche d'emploi.
Recherche : poste de chargée de mission dans une SCOP ou une CAE.

Camélia Vasseur""",
        app("Camélia", "Vasseur", phone=None, bac=5, grad="2025", status="fragment_m2_2025"),
    )),
    # Construction: fragment — situation — Situation actuelle : stagiaire
    C("fragment", "situation", "Situation actuelle : stagiaire", M(
        "Robin Hamel <robin.hamel@example.net>", "Pro'pulse", "13 11:20",
        """Bonjour,

Diplôme : licence pro Métiers de l'ESS, juin 2026.
Situation actuelle : stagiaire (jusqu'au 31 mars) dans une mutuelle.
Projet : emploi dans l'ESS.

Robin Hamel""",
        app("Robin", "Hamel", phone=None, bac=3, grad="2026-06", failing=["not_internship"],
            status="fragment_stagiaire_mars"),
    )),
    # Construction: fragment — graduation — Diplôme : BTS NDRC, 2020.
    C("fragment", "graduation", "Diplôme : BTS NDRC, 2020.", M(
        "Cédric Marty <cedric.marty@example.fr>", "candidature", "13 14:45",
        """Bonjour,
Diplôme : BTS NDRC, 2020. Expérience : commercial. Souhait : travailler dans une entreprise d'insertion.
Cédric Marty""",
        app("Cédric", "Marty", phone=None, bac=2, grad="2020", failing=["graduation_recent"],
            status="fragment_bts_2020"),
    )),
    # Construction: fragment — graduation — Dernier diplôme : 2024.
    C("fragment", "graduation", "Dernier diplôme : 2024.", M(
        "Aïcha Coulibaly <aicha.coulibaly@example.com>", "Candidature", "14 09:15",
        """Bonjour,

Niveau : bac+3. Dernier diplôme : 2024. Objectif : un emploi dans une association de médiation.

Aïcha Coulibaly""",
        app("Aïcha", "Coulibaly", phone=None, bac=3, grad="2024", unknown=["graduation_recent"],
            status="fragment_dernier_diplome_2024"),
    )),
    # Construction: fragment — situation — Service civique : en cours
    C("fragment", "situation", "Service civique : en cours", M(
        "Pierre Joly <pierre.joly@example.org>", "Candidature", "14 11:40",
        """Bonjour,

Master : Sociologie, septembre 2025.
Service civique : en cours (jusqu'en juin), à la Cimade.
Recherche : emploi associatif.

Pierre Joly""",
        app("Pierre", "Joly", phone=None, bac=5, grad="2025-09", failing=["not_service_civique"],
            status="fragment_sc_en_cours"),
    )),
    # Construction: fragment — aim — Secteur : indifférent.
    C("fragment", "aim", "Secteur : indifférent.", M(
        "Laura Rey <laura.rey@example.net>", "Inscription", "14 15:00",
        """Bonjour,

Master de psychologie du travail, septembre 2026. Objectif : trouver un emploi. Secteur : indifférent.

Laura Rey""",
        app("Laura", "Rey", phone=None, bac=5, grad="2026-09", unknown=["job_seeking_ess"],
            status="fragment_secteur_indifferent"),
    )),
    # Construction: fragment — situation — Stage : terminé. Service civique : jamais.
    C("fragment", "situation", "Stage : terminé. Service civique : jamais.", M(
        "Gauthier Simon <gauthier.simon@example.fr>", "Candidature Gauthier Simon", "15 09:30",
        """Bonjour,

Licence de gestion, juillet 2025. Stage : terminé. Service civique : jamais. Recherche : poste de
gestionnaire dans une association médico-sociale.

Gauthier Simon""",
        app("Gauthier", "Simon", phone=None, bac=3, grad="2025-07", status="fragment_stage_termine"),
    )),
    # Construction: fragment — career_change — conducteur de bus (CDI)
    C("fragment", "career_change", "conducteur de bus (CDI)", M(
        "Alain Ferrari <alain.ferrari@example.org>", "Candidature", "15 12:10",
        """Bonjour,

Parcours :
- 2010-2024 : conducteur de bus (CDI), réseau urbain ;
- 2026 : licence pro Gestion des organisations de l'ESS, obtenue en juin.
Projet : poste de coordinateur dans une association de mobilité solidaire.

Alain Ferrari""",
        app("Alain", "Ferrari", phone=None, bac=3, grad="2026-06", failing=["not_career_change"],
            status="fragment_conducteur_bus_cdi"),
    )),
    # Construction: fragment — aim — Recherche : poste de trader
    C("fragment", "aim", "Recherche : poste de trader", M(
        "Louis-Marie Dufresne <lm.dufresne@example.com>", "Candidature", "15 15:35",
        """Bonjour,

Formation : master Finance de marché, juin 2026. Recherche : poste de trader, banque d'investissement.

Louis-Marie Dufresne""",
        app("Louis-Marie", "Dufresne", phone=None, bac=5, grad="2026-06", failing=["job_seeking_ess"],
            status="fragment_trader"),
    )),
    # Construction: fragment — graduation — Master 2 Économie solidaire — Université Rennes 2 — juin 2026
    C("fragment", "graduation", "Master 2 Économie solidaire — Université Rennes 2 — juin 2026", M(
        "Anna Kowalski <anna.kowalski@example.net>", "Candidature + CV", "16 09:10",
        """Bonjour,

CV ci-joint. Je cherche un poste dans une coopérative de l'économie sociale et solidaire.

Anna Kowalski""",
        app("Anna", "Kowalski", phone="+33672889104", bac=5, grad="2026-06", info_in="both",
            status="cv_fragment_m2_2026_06"),
        cv=CV("pdf", "CV_Anna_Kowalski.pdf", """
Anna Kowalski
06 72 88 91 04 — anna.kowalski@example.net
Formation
Master 2 Économie solidaire — Université Rennes 2 — juin 2026
Licence Économie — Université Rennes 2 — 2024
Expérience
Stage de fin d'études — Coopérative Solicoop — avril à août 2026
"""),
    )),
    # Construction: fragment — level — Niveau : bac.
    C("fragment", "level", "Niveau : bac.", M(
        "Mickaël Fontaine <mickael.fontaine@example.fr>", "Candidature", "16 11:30",
        """Bonjour,

Niveau : bac. Expérience : trois ans d'animation en centre de loisirs. Recherche : emploi dans une
association d'éducation populaire.

Mickaël Fontaine""",
        app("Mickaël", "Fontaine", phone=None, bac=0, grad=None, failing=["degree_level"],
            status="fragment_niveau_bac"),
    )),
    # Construction: fragment — situation — pas de stage en cours
    C("fragment", "situation", "pas de stage en cours", M(
        "Inès Moreau <ines.moreau@example.com>", "candidature", "16 14:50",
        """BTS SP3S 2025 ok, pas de stage en cours, cherche asso ou centre social. Dispo.
Inès 06 15 26 37 48""",
        app("Inès", "Moreau", phone="+33615263748", bac=2, grad="2025", status="sms_fragment_bts_2025"),
    )),
    # Construction: fragment — kind — Au programme :
    C("fragment", "kind", "Au programme :", M(
        "Le Fil solidaire <lettre@filsolidaire.example.org>", "Le Fil de décembre", "17 07:00",
        """Au programme : portrait d'une SCOP de bâtisseurs ; agenda des forums ; trois offres d'emploi ;
la tribune du mois. Se désabonner.""",
        newsletter(),
    )),
    # Construction: fragment — kind — Adresse introuvable.
    C("fragment", "kind", "Adresse introuvable.", M(
        "MAILER-DAEMON@smtp.example.fr", "Échec de distribution", "17 09:40",
        """Adresse introuvable. Code 550. Message non distribué.""",
        bounce("clara.ndiaye@example.fr"),
        bounce="""Reporting-MTA: dns; smtp.example.fr
Final-Recipient: rfc822; clara.ndiaye@example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 address not found""",
    )),
    # Construction: fragment — kind — Critères d'âge ? Durée ? Coût ?
    C("fragment", "kind", "Critères d'âge ? Durée ? Coût ?", M(
        "Théa Blondel <thea.blondel@example.net>", "Infos", "17 12:20",
        """Bonjour, Critères d'âge ? Durée ? Coût ? Merci !""",
        question(),
    )),
    # Construction: comparison — situation — pas plus de stage que de service civique
    C("comparison", "situation", "pas plus de stage que de service civique", M(
        "Jeanne Leroy <jeanne.leroy@example.org>", "Candidature", "17 15:15",
        """Bonjour,

Master de gestion des territoires, juin 2025. En ce moment, pas plus de stage que de service civique :
je suis entièrement disponible pour un emploi dans une association ou une coopérative.

Jeanne Leroy""",
        app("Jeanne", "Leroy", phone=None, bac=5, grad="2025-06", status="pas_plus_stage_que_sc"),
    )),
    # Construction: comparison — graduation — n'a pas plus de six mois
    C("comparison", "graduation", "n'a pas plus de six mois", M(
        "Lenny Charles <lenny.charles@example.net>", "Candidature", "18 09:00",
        """Bonjour,

Mon BTS n'a pas plus de six mois : je l'ai reçu en juin 2026. Je cherche un emploi dans une association
d'aide à domicile.

Lenny Charles""",
        app("Lenny", "Charles", phone=None, bac=2, grad="2026-06", status="bts_pas_plus_six_mois"),
    )),
    # Construction: comparison — graduation — plus ancien que celui de ma sœur
    C("comparison", "graduation", "plus ancien que celui de ma sœur", M(
        "Estelle Pons <estelle.pons@example.fr>", "Candidature", "18 11:25",
        """Bonjour,

Ma sœur a eu sa licence en 2024 et m'a parlé de vous ; mon diplôme est plus ancien que celui de ma sœur :
une licence de 2021. Je cherche un poste dans une association.

Estelle Pons""",
        app("Estelle", "Pons", phone=None, bac=3, grad="2021", failing=["graduation_recent"],
            status="plus_ancien_que_soeur"),
    )),
    # Construction: comparison — situation — moins étudiante que stagiaire
    C("comparison", "situation", "moins étudiante que stagiaire", M(
        "Zélie Meunier <zelie.meunier@example.com>", "Candidature", "18 14:00",
        """Bonjour,

Licence obtenue en juin 2025, je suis en ce moment moins étudiante que stagiaire : un stage de six mois
jusqu'en avril dans une association. Je cherche un emploi pour mai.

Zélie Meunier""",
        app("Zélie", "Meunier", phone=None, bac=3, grad="2025-06", failing=["not_internship"],
            status="moins_etudiante_que_stagiaire"),
    )),
    # Construction: comparison — aim — peu importe lequel, plutôt qu'un secteur précis
    C("comparison", "aim", "peu importe lequel, plutôt qu'un secteur précis", M(
        "Dorian Blanchard <dorian.blanchard@example.org>", "Inscription", "18 16:20",
        """Bonjour,

Licence de philosophie en juin 2026. Je cherche un emploi, peu importe lequel, plutôt qu'un secteur
précis.

Dorian Blanchard""",
        app("Dorian", "Blanchard", phone=None, bac=3, grad="2026-06", unknown=["job_seeking_ess"],
            status="peu_importe_plutot_que_secteur"),
    )),
    # Construction: comparison — aim — plus envie de travailler dans une coopérative
    C("comparison", "aim", "plus envie de travailler dans une coopérative", M(
        "Mathilde Gros <mathilde.gros@example.net>", "Candidature", "19 09:45",
        """Bonjour,

Master de gestion obtenu en septembre 2026. J'ai bien plus envie de travailler dans une coopérative que
dans une grande entreprise, et je cherche en ce sens.

Mathilde Gros""",
        app("Mathilde", "Gros", phone=None, bac=5, grad="2026-09", status="plus_envie_coop"),
    )),
    # Construction: comparison — aim — Je préfère le privé lucratif aux associations
    C("comparison", "aim", "Je préfère le privé lucratif aux associations", M(
        "Benoît Charpentier <benoit.charpentier@example.fr>", "Candidature", "19 12:00",
        """Bonjour,

Master de management, juin 2025. Je préfère le privé lucratif aux associations : je cherche un poste de
consultant en stratégie.

Benoît Charpentier""",
        app("Benoît", "Charpentier", phone=None, bac=5, grad="2025-06", failing=["job_seeking_ess"],
            status="prefere_prive_lucratif"),
    )),
    # Construction: comparison — level — pas plus que le bac
    C("comparison", "level", "pas plus que le bac", M(
        "Steven Morel <steven.morel@example.com>", "candidature", "19 14:35",
        """Bonjour,
Je n'ai pas plus que le bac (2022), mais j'ai beaucoup d'expérience bénévole. Je voudrais un emploi dans
une asso de solidarité.
Steven""",
        app("Steven", "Morel", phone=None, bac=0, grad=None, failing=["degree_level"],
            status="pas_plus_que_bac"),
    )),
    # Construction: comparison — level — Rien de moins qu'un bac+5
    C("comparison", "level", "Rien de moins qu'un bac+5", M(
        "Héloïse Marechal <heloise.marechal@example.org>", "Candidature", "19 17:10",
        """Bonjour,

Rien de moins qu'un bac+5 : un master Innovation sociale, obtenu en 2025. Je cherche un poste dans un
incubateur de l'ESS.

Héloïse Maréchal""",
        app("Héloïse", "Maréchal", phone=None, bac=5, grad="2025", status="rien_de_moins_bac5"),
    )),
    # Construction: comparison — career_change — plus longtemps comme agent immobilier
    C("comparison", "career_change", "plus longtemps comme agent immobilier", M(
        "Cyril Aubry <cyril.aubry@example.net>", "Candidature", "20 09:20",
        """Bonjour,

J'ai travaillé plus longtemps comme agent immobilier (huit ans en CDI) que je n'ai étudié ; mon master
Économie sociale date de juin 2026. Je cherche un poste de chargé de projet en foncière solidaire.

Cyril Aubry""",
        app("Cyril", "Aubry", phone=None, bac=5, grad="2026-06", failing=["not_career_change"],
            status="plus_longtemps_agent_immobilier"),
    )),
    # Construction: comparison — career_change — me plaît moins qu'un poste associatif
    C("comparison", "career_change", "me plaît moins qu'un poste associatif", M(
        "Fanny Roussel <fanny.roussel@example.fr>", "Candidature", "20 11:50",
        """Bonjour,

BTS obtenu en juin 2025. Mon CDI actuel en usine, que je garde tant que je n'ai pas trouvé mieux, me plaît
moins qu'un poste associatif : je cherche dans l'ESS.

Fanny Roussel""",
        app("Fanny", "Roussel", phone=None, bac=2, grad="2025-06", unknown=["not_career_change"],
            status="cdi_usine_moins_que_asso"),
    )),
    # Construction: comparison — studies_finished — encore plus étudiante que diplômée
    C("comparison", "studies_finished", "encore plus étudiante que diplômée", M(
        "Romy Vincent <romy.vincent@example.com>", "Candidature", "20 14:15",
        """Bonjour,

Licence en 2025, et je suis encore plus étudiante que diplômée : mon M1 est en cours jusqu'en juin. Je
cherche un emploi en association à côté.

Romy Vincent""",
        app("Romy", "Vincent", phone=None, bac=3, grad="2025", failing=["studies_finished"],
            status="plus_etudiante_que_diplomee"),
    )),
    # Construction: comparison — kind — plus tard que d'habitude
    C("comparison", "kind", "plus tard que d'habitude", M(
        "Denis Caron <denis.caron@example.org>", "Réponse automatique", "20 16:40",
        """En formation cette semaine, je répondrai plus tard que d'habitude. Message automatique.""",
        auto_reply(),
    )),
    # Construction: comparison — kind — moins chers que l'an passé
    C("comparison", "kind", "moins chers que l'an passé", M(
        "Imprimerie Coop'Print <devis@coopprint.example.fr>", "Vos flyers 2027", "21 08:10",
        """Bonjour,

Nos tarifs d'impression sont moins chers que l'an passé pour les associations. Voulez-vous un devis pour
vos flyers 2027 ?

Coop'Print""",
        other(),
    )),
    # Construction: comparison — kind — m'arrange plus que celui de 10 h
    C("comparison", "kind", "m'arrange plus que celui de 10 h", M(
        "Yohan Perrot <yohan.perrot@example.net>", "Re: Deux créneaux", "21 10:30",
        """Bonjour,
Le créneau de 14 h m'arrange plus que celui de 10 h. À mercredi !
Yohan

> Le 19 nov. 2026, Pro'pulse a écrit :
> Deux créneaux possibles mercredi : 10 h ou 14 h.""",
        reply(),
        headers={"In-Reply-To": "<creneaux-1911@animafac.net>", "References": "<creneaux-1911@animafac.net>"},
    )),
]
