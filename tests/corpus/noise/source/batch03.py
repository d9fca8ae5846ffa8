"""Batch 3: ALL CAPS or no capitals at all, and autocorrect substitutions («stage» → «stade», «licence» →
«licenciée», «BTS» → «BTP»). Each message written by hand; the comment names its noise, the fact the noisy
words carry and those words."""

from kit import CV, M, app, auto_reply, newsletter, other, question
from noise import N

MESSAGES = [
    # Noise: caps — graduation — DIPLOMEE D'UN MASTER 2 EN JUILLET 2025
    N("caps", "graduation", "DIPLOMEE D'UN MASTER 2 EN JUILLET 2025", M(
        "MARTINE COSTE <martine.coste@example.fr>", "CANDIDATURE", "03 07:50",
        """BONJOUR,

JE SUIS DIPLOMEE D'UN MASTER 2 EN JUILLET 2025 (INGENIERIE DE PROJETS SOLIDAIRES) ET JE CHERCHE UN
EMPLOI DANS UNE ASSOCIATION DE SOLIDARITE INTERNATIONALE.

MARTINE COSTE""",
        app("Martine", "Coste", phone=None, bac=5, grad="2025-07", status="caps_master_2025_07"),
    )),
    # Noise: caps — situation — ACTUELLEMENT EN STAGE
    N("caps", "situation", "ACTUELLEMENT EN STAGE", M(
        "Jordan Bailly <jordan.bailly@example.com>", "CANDIDATURE PRO'PULSE", "04 09:30",
        """BONJOUR, LICENCE PRO OBTENUE EN JUIN 2026, ACTUELLEMENT EN STAGE A LA BANQUE ALIMENTAIRE
JUSQU'EN JANVIER. JE VEUX TRAVAILLER DANS L'ESS APRES. MERCI. JORDAN BAILLY""",
        app("Jordan", "Bailly", phone=None, bac=3, grad="2026-06", failing=["not_internship"],
            status="caps_actuellement_en_stage"),
    )),
    # Noise: caps — career_change — RECONVERSION
    N("caps", "career_change", "RECONVERSION PROFESSIONNELLE", M(
        "Alain Berger <alain.berger@example.net>", "DEMANDE", "05 10:00",
        """MADAME, MONSIEUR

EN RECONVERSION PROFESSIONNELLE APRES 20 ANS DANS L'ARMEE, J'AI OBTENU UNE LICENCE PRO GESTION DES
ORGANISATIONS DE L'ESS EN JUIN 2026. JE CHERCHE UN POSTE DANS UNE RESSOURCERIE.

ALAIN BERGER""",
        app("Alain", "Berger", phone=None, bac=3, grad="2026-06", failing=["not_career_change"],
            status="caps_reconversion_armee"),
    )),
    # Noise: caps — level — CAP PETITE ENFANCE
    N("caps", "level", "CAP PETITE ENFANCE", M(
        "Samira Haddou <samira.haddou@example.org>", "CANDIDATURE", "06 11:11",
        """BONJOUR J'AI UN CAP PETITE ENFANCE (2025) ET JE CHERCHE UN EMPLOI DANS UNE CRECHE ASSOCIATIVE.
MERCI DE ME REPONDRE. SAMIRA""",
        app("Samira", "Haddou", phone=None, bac=0, grad=None, failing=["degree_level"],
            status="caps_cap_petite_enfance"),
    )),
    # Noise: caps — aim — no capitals: je cherche dans l'ess
    N("caps", "aim", "je cherche un emploi dans l'ess", M(
        "romain.tessier@example.com", "candidature", "06 23:15",
        """bonjour
master sciences sociales obtenu en septembre 2025 je cherche un emploi dans l'ess de preference dans
une scop ou une scic du batiment
romain tessier""",
        app("Romain", "Tessier", phone=None, bac=5, grad="2025-09", status="minuscules_emploi_ess"),
    )),
    # Noise: caps — graduation — no capitals: licence en 2021
    N("caps", "graduation", "licence de lettres en 2021", M(
        "elise.garnier@example.net", "pro pulse", "07 21:40",
        """bonjour
j'ai eu ma licence de lettres en 2021 puis des petits boulots je voudrais travailler dans une librairie
cooperative ou une association culturelle
elise garnier""",
        app("Elise", "Garnier", phone=None, bac=3, grad="2021", failing=["graduation_recent"],
            status="minuscules_licence_2021"),
    )),
    # Noise: caps — studies_finished — EN COURS
    N("caps", "studies_finished", "BUT CARRIERES SOCIALES EN COURS", M(
        "Kevin Roux <kevin.roux@example.fr>", "INSCRIPTION", "08 08:08",
        """BONJOUR

BUT CARRIERES SOCIALES EN COURS (3E ANNEE, FIN EN JUIN 2027). DEJA TITULAIRE D'UN BTS DEPUIS 2024.
JE CHERCHE UN EMPLOI D'ANIMATEUR DANS L'ESS.

KEVIN ROUX""",
        app("Kevin", "Roux", phone=None, bac=2, grad="2024", failing=["studies_finished"],
            unknown=["graduation_recent"], status="caps_but_en_cours"),
    )),
    # Noise: caps — graduation — MY MASTER'S DEGREE IN SEPTEMBER 2025
    N("caps", "graduation", "MY MASTER'S DEGREE IN SEPTEMBER 2025", M(
        "Ahmed Farouk <ahmed.farouk@example.org>", "APPLICATION", "09 10:10",
        """HELLO,

I OBTAINED MY MASTER'S DEGREE IN SEPTEMBER 2025 (SOCIAL ENTREPRENEURSHIP) AND I AM LOOKING FOR A JOB IN A
COOPERATIVE OR AN NGO IN FRANCE.

AHMED FAROUK""",
        app("Ahmed", "Farouk", phone=None, bac=5, grad="2025-09", language="en",
            status="caps_english_master_2025"),
    )),
    # Noise: caps — situation — no capitals: plus de stage
    N("caps", "situation", "mon stage est fini depuis juillet", M(
        "anais.leroy@example.com", "candidature", "10 22:05",
        """bonjour
licence pro coordination de projets de l'ess obtenue en septembre 2026 mon stage est fini depuis juillet
je cherche un poste dans une association d'education a l'environnement
anais leroy""",
        app("Anais", "Leroy", phone=None, bac=3, grad="2026-09", status="minuscules_stage_fini"),
    )),
    # Noise: caps — kind — DESINSCRIVEZ-MOI
    N("caps", "kind", "DESINSCRIVEZ-MOI", M(
        "Roger Pons <roger.pons@example.fr>", "STOP", "10 08:00",
        """DESINSCRIVEZ-MOI DE VOTRE LISTE SVP. JE N'AI RIEN DEMANDE.""",
        other(),
    )),
    # Noise: caps — kind — OFFRES D'EMPLOI DE LA SEMAINE
    N("caps", "kind", "OFFRES D'EMPLOI DE LA SEMAINE", M(
        "Job ESS <alertes@jobess.example.org>", "OFFRES D'EMPLOI DE LA SEMAINE", "11 06:00",
        """OFFRES D'EMPLOI DE LA SEMAINE : 12 POSTES EN ASSOCIATION, 4 EN COOPERATIVE. GERER MES ALERTES :
https://jobess.example.org/alertes""",
        newsletter(),
    )),
    # Noise: caps — kind — QUI PEUT S'INSCRIRE
    N("caps", "kind", "QUI PEUT S'INSCRIRE", M(
        "Ginette Aubert <ginette.aubert@example.net>", "QUESTION", "11 09:45",
        """BONJOUR QUI PEUT S'INSCRIRE A VOTRE PROGRAMME ? MON PETIT-FILS HESITE. MERCI""",
        question(),
    )),
    # Noise: autocorrect — situation — en stade
    N("autocorrect", "situation", "en stade", M(
        "Margaux Lefort <margaux.lefort@example.org>", "Candidature", "12 10:25",
        """Bonjour,

Je suis titulaire d'un master 2 depuis septembre 2026 et je suis en stade jusqu'au 31 janvier dans une
coopérative d'habitants (stage de fin d'études prolongé). Ensuite, emploi dans l'ESS !

Margaux""",
        app("Margaux", "Lefort", phone=None, bac=5, grad="2026-09", failing=["not_internship"],
            status="autocorrect_en_stade"),
    )),
    # Noise: autocorrect — level — licenciée en sociologie
    N("autocorrect", "level", "licenciée en sociologie", M(
        "Zoé Michaud <zoe.michaud@example.com>", "candidature", "12 15:35",
        """Bonjour,

Je suis licenciée en sociologie depuis juin 2025 (licence obtenue à Nantes, pas un licenciement !) et je
cherche un emploi dans une association de l'économie sociale et solidaire.

Zoé Michaud""",
        app("Zoé", "Michaud", phone=None, bac=3, grad="2025-06", status="autocorrect_licenciee"),
    )),
    # Noise: autocorrect — level — un BTP SP3S
    N("autocorrect", "level", "un BTP SP3S", M(
        "Léna Bouvier <lena.bouvier@example.net>", "Pro'pulse", "13 09:15",
        """Bonjour,

J'ai obtenu un BTP SP3S en juillet 2025 (le correcteur a encore frappé : un BTS). Je cherche un poste de
conseillère dans une mutuelle ou une association.

Léna""",
        app("Léna", "Bouvier", phone=None, bac=2, grad="2025-07", status="autocorrect_btp_sp3s"),
    )),
    # Noise: autocorrect — situation — service clinique
    N("autocorrect", "situation", "un service clinique", M(
        "Ryan Lebrun <ryan.lebrun@example.fr>", "candidature", "13 18:00",
        """Bonjour,

Licence de STAPS obtenue en juin 2026. Je fais un service clinique (civique, pardon) à la fédération
sportive du quartier jusqu'en juin. J'aimerais ensuite travailler dans une asso sportive.

Ryan""",
        app("Ryan", "Lebrun", phone=None, bac=3, grad="2026-06", failing=["not_service_civique"],
            status="autocorrect_service_clinique"),
    )),
    # Noise: autocorrect — graduation — diplôme d'étang
    N("autocorrect", "graduation", "diplôme d'étang", M(
        "Hélène Vasseur <helene.vasseur@example.org>", "Candidature", "14 10:45",
        """Bonjour,

Mon diplôme d'étang d'éducatrice spécialisée (grade licence) date de juin 2015. Depuis dix ans je travaille en
foyer et je voudrais rejoindre une association plus petite.

Hélène Vasseur""",
        app("Hélène", "Vasseur", phone=None, bac=3, grad="2015-06", failing=["graduation_recent"],
            status="de_educ_2015"),
    )),
    # Noise: autocorrect — career_change — en reconversation
    N("autocorrect", "career_change", "en reconversation", M(
        "Olivier Marty <olivier.marty@example.com>", "candidature Pro'pulse", "14 16:20",
        """Bonjour,

Je suis en reconversation (reconversion) après neuf ans de commercial en CDI. J'ai eu un master ESS en
septembre 2026 et je vise un poste de chargé de mécénat dans une fondation.

Olivier Marty""",
        app("Olivier", "Marty", phone=None, bac=5, grad="2026-09", failing=["not_career_change"],
            status="autocorrect_reconversation"),
    )),
    # Noise: autocorrect — aim — l'économie sociale et solitaire
    N("autocorrect", "aim", "l'économie sociale et solitaire", M(
        "Camille Rey <camille.rey@example.net>", "Candidature", "15 11:30",
        """Bonjour,

Diplômée d'une licence d'économie en juin 2025, je cherche un emploi dans l'économie sociale et
solitaire, de préférence dans le commerce équitable.

Camille Rey""",
        app("Camille", "Rey", phone=None, bac=3, grad="2025-06", status="autocorrect_solitaire"),
    )),
    # Noise: autocorrect — studies_finished — ma soutane de mémoire
    N("autocorrect", "studies_finished", "ma soutane de mémoire", M(
        "Félix Moulin <felix.moulin@example.fr>", "candidature", "15 19:10",
        """Bonjour,

Licence de géographie obtenue en juin 2025. Pour mon master 2, ma soutane de mémoire aura lieu le 9
décembre. Je cherche un emploi dans une structure de l'ESS.

Félix Moulin""",
        app("Félix", "Moulin", phone=None, bac=3, grad="2025-06", unknown=["studies_finished"],
            status="autocorrect_soutenance_9_decembre"),
    )),
    # Noise: autocorrect — situation — au stage municipal (stade !
    N("autocorrect", "situation", "au stage municipal (stade !", M(
        "Idriss Sylla <idriss.sylla@example.org>", "Candidature", "16 09:50",
        """Bonjour,

BUT GEA obtenu en juin 2025. Je suis bénévole le samedi au stage municipal (stade ! club de foot
associatif) et je cherche un emploi de gestionnaire dans une association. Aucun stage en cours.

Idriss Sylla""",
        app("Idriss", "Sylla", phone=None, bac=3, grad="2025-06", status="stade_municipal_benevole"),
    )),
    # Noise: autocorrect — graduation — in Jane 2026
    N("autocorrect", "graduation", "in Jane 2026", M(
        "Laura Bennett <laura.bennett@example.com>", "Application", "16 14:15",
        """Hello,

I completed my Master's in sustainable development in Jane 2026 and I am now looking for a job. I
would love to work for a social enterprise or a co-op.

Laura Bennett""",
        app("Laura", "Bennett", phone=None, bac=5, grad="2026-06", language="en",
            status="autocorrect_masters_jun_2026"),
    )),
    # Noise: autocorrect — kind — Réponse automatisme
    N("autocorrect", "kind", "Réponse automatisme", M(
        "Nathalie Roche <nathalie.roche@example.fr>", "Réponse automatique", "16 17:00",
        """Absente jusqu'au lundi 23 novembre, je vous répondrai dès mon retour. (Réponse automatisme)""",
        auto_reply(),
    )),
    # Noise: autocorrect — kind — titulaires d'un BTP
    N("autocorrect", "kind", "titulaires d'un BTP", M(
        "Baptiste Noel <baptiste.noel@example.com>", "Question", "17 06:30",
        """Bonjour, est-ce que les titulaires d'un BTP peuvent candidater à Pro'pulse ? Merci.""",
        question(),
    )),
    # Noise: autocorrect — kind — 500 flippers
    N("autocorrect", "kind", "500 flippers", M(
        "Imprimerie du Parc <devis@impparc.example.fr>", "Devis", "17 10:00",
        """Bonjour, voici notre devis pour l'impression de vos 500 flippers (recto verso, papier recyclé).
Cordialement, l'Imprimerie du Parc""",
        other(),
    )),
    # Noise: caps — studies_finished — with CV: MASTER 2 EN COURS
    N("caps", "studies_finished", "MASTER 2 EN COURS", M(
        "Loïc Guillot <loic.guillot@example.org>", "CANDIDATURE + CV", "17 13:00",
        """Bonjour,

Vous trouverez mon CV ci-joint. Je cherche un emploi dans une coopérative.

Loïc Guillot""",
        app("Loïc", "Guillot", phone="+33678451209", bac=3, grad="2025-06", failing=["studies_finished"],
            info_in="both", status="cv_caps_m2_en_cours"),
        cv=CV("docx", "CV_LOIC_GUILLOT.docx", """
LOÏC GUILLOT
06 78 45 12 09 — LOIC.GUILLOT@EXAMPLE.ORG
FORMATION
MASTER 2 EN COURS : ECONOMIE SOCIALE ET SOLIDAIRE, UNIVERSITE DE RENNES (FIN JUIN 2027)
JUIN 2025 : LICENCE ECONOMIE-GESTION
"""),
    )),
]
