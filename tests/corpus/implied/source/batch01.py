# ruff: noqa: E501 (each message's implying words stand whole on its comment line and its N(...) line)
"""Batch 1: a ceremony, a defence or a document dates the diploma; years of study say the level. Each message
written by hand; the comment names its implication, the fact it carries and the words that carry it."""

from implied import N
from kit import CV, M, app, auto_reply, newsletter, other, question

MESSAGES = [
    # Implied: ceremony — graduation — la remise des diplômes de mon master de sociologie, le 4 juillet 2025
    N("ceremony", "graduation", "la remise des diplômes de mon master de sociologie, le 4 juillet 2025", M(
        "Capucine Morin <capucine.morin@example.org>", "Candidature au programme", "02 09:05",
        """Bonjour,

Ma famille est encore émue de la remise des diplômes de mon master de sociologie, le 4 juillet 2025 à
Nanterre. Depuis, je cherche un emploi dans l'économie sociale et solidaire, plutôt dans l'habitat
participatif.

Bien à vous,
Capucine Morin""",
        app("Capucine", "Morin", phone=None, bac=5, grad="2025", status="remise_master_juillet_2025"),
    )),
    # Implied: ceremony — graduation — depuis ma soutenance de M2 en septembre 2025 (mention bien)
    N("ceremony", "graduation", "depuis ma soutenance de M2 en septembre 2025 (mention bien)", M(
        "Yanis Belkacem <yanis.belkacem@example.net>", "Pro'pulse", "02 11:40",
        """Bonjour,

Depuis ma soutenance de M2 en septembre 2025 (mention bien), je me consacre à ma recherche d'emploi :
je voudrais rejoindre une structure de l'ESS qui travaille sur la mobilité solidaire.

Yanis Belkacem
06 51 28 44 07""",
        app("Yanis", "Belkacem", phone="+33651284407", bac=5, grad="2025-09", status="soutenance_m2_sept_2025"),
    )),
    # Implied: ceremony — graduation — mon parchemin du BTS, session 2022
    N("ceremony", "graduation", "mon parchemin du BTS, session 2022", M(
        "Jessica Moulin <jessica.moulin@example.com>", "candidature", "03 08:15",
        """Bonjour,

J'ai encadré mon parchemin du BTS, session 2022, au-dessus de mon bureau : c'était ma fierté. Aujourd'hui
je voudrais travailler dans une association d'aide à domicile.

Jessica""",
        app("Jessica", "Moulin", phone=None, bac=2, grad="2022", failing=["graduation_recent"],
            status="parchemin_bts_2022"),
    )),
    # Implied: ceremony — graduation — le PV du jury de ma licence pro est daté du 28 juin 2023
    N("ceremony", "graduation", "le PV du jury de ma licence pro est daté du 28 juin 2023", M(
        "Florent Dias <florent.dias@example.fr>", "Demande d'accompagnement", "03 14:20",
        """Madame, Monsieur,

Pour répondre à la question de votre formulaire : le PV du jury de ma licence pro est daté du 28 juin
2023. Je cherche un poste de coordinateur dans une association d'insertion.

Florent Dias""",
        app("Florent", "Dias", phone=None, bac=3, grad="2023-06", failing=["graduation_recent"],
            status="pv_jury_juin_2023"),
    )),
    # Implied: ceremony — graduation — j'ai défilé en toge à la cérémonie de ma promo de licence, en 2024
    N("ceremony", "graduation", "j'ai défilé en toge à la cérémonie de ma promo de licence, en 2024", M(
        "Lisa Teixeira <lisa.teixeira@example.org>", "candidature", "04 10:00",
        """Bonjour,

J'ai défilé en toge à la cérémonie de ma promo de licence, en 2024, à Bordeaux (souvenir un peu
ridicule). Je cherche un emploi dans une coopérative d'activité et d'emploi.

Lisa Teixeira""",
        app("Lisa", "Teixeira", phone=None, bac=3, grad="2024", unknown=["graduation_recent"],
            status="toge_ceremonie_2024"),
    )),
    # Implied: ceremony — graduation — jury de délibération du 20 juin 2026 : admis
    N("ceremony", "graduation", "jury de délibération du 20 juin 2026 : admis", M(
        "Nathan Roux <nathan.roux@example.net>", "Candidature + CV", "04 16:30",
        """Bonjour,

Je vous joins mon CV. Je souhaite travailler dans une SCOP ou une association de l'ESS, dans la gestion.

Nathan Roux""",
        app("Nathan", "Roux", phone="+33672190355", bac=2, grad="2026-06", info_in="both",
            status="cv_jury_juin_2026"),
        cv=CV("pdf", "CV_Nathan_Roux.pdf", """
Nathan Roux
06 72 19 03 55 - nathan.roux@example.net
Formation
DUT Gestion des entreprises et des administrations, IUT de Poitiers
jury de délibération du 20 juin 2026 : admis
Bac STMG, 2024
"""),
    )),
    # Implied: ceremony — graduation — la cérémonie de ma promo de master, en septembre 2022
    N("ceremony", "graduation", "la cérémonie de ma promo de master, en septembre 2022", M(
        "Alice Vernier <alice.vernier@example.com>", "Candidature Pro'pulse", "05 09:50",
        """Bonjour,

J'ai revu des amis à la cérémonie de ma promo de master, en septembre 2022, et plusieurs m'ont parlé de
vous. Je cherche un emploi dans une fondation ou une association culturelle.

Alice Vernier""",
        app("Alice", "Vernier", phone=None, bac=5, grad="2022", failing=["graduation_recent"],
            status="ceremonie_master_2022"),
    )),
    # Implied: ceremony — graduation — ma soutenance de mémoire du 12 octobre 2026, où le jury m'a accordé la mention assez bien
    N("ceremony", "graduation", "ma soutenance de mémoire du 12 octobre 2026, où le jury m'a accordé la mention assez bien", M(
        "Rémi Carpentier <remi.carpentier@example.fr>", "candidature", "05 18:05",
        """Bonjour,

Je sors à peine de ma soutenance de mémoire du 12 octobre 2026, où le jury m'a accordé la mention assez
bien : c'était la dernière pièce de mon master d'urbanisme. Je cherche un emploi dans une régie de
quartier ou un bailleur associatif de l'ESS.

Rémi""",
        app("Rémi", "Carpentier", phone=None, bac=5, grad="2026-10", status="soutenance_oct_2026"),
    )),
    # Implied: ceremony — studies_finished — ma soutenance de M2 est fixée au 14 décembre
    N("ceremony", "studies_finished", "ma soutenance de M2 est fixée au 14 décembre", M(
        "Héloïse Marchand <heloise.marchand@example.org>", "Pro'pulse - candidature", "06 10:10",
        """Bonjour,

J'ai ma licence de géographie depuis juin 2025, et ma soutenance de M2 est fixée au 14 décembre. Je vise
un poste de chargée de mission dans une association d'éducation à l'environnement, dans l'ESS.

Héloïse Marchand""",
        app("Héloïse", "Marchand", phone=None, bac=3, grad="2025-06", unknown=["studies_finished"],
            status="soutenance_fixee_14_dec"),
    )),
    # Implied: ceremony — graduation — la remise des diplômes de mon BTS, en novembre 2023
    N("ceremony", "graduation", "la remise des diplômes de mon BTS, en novembre 2023", M(
        "Dylan Perret <dylan.perret@example.net>", "inscription", "06 13:45",
        """Bonjour,

Je n'ai pas pu aller à la remise des diplômes de mon BTS, en novembre 2023, j'étais déjà en CDD. Je
voudrais maintenant un poste dans une ressourcerie ou une association de réemploi.

Dylan Perret""",
        app("Dylan", "Perret", phone=None, bac=2, grad="2023", failing=["graduation_recent"],
            status="remise_bts_nov_2023"),
    )),
    # Implied: ceremony — graduation — l'attestation de réussite porte la date du 8 juillet 2025
    N("ceremony", "graduation", "l'attestation de réussite porte la date du 8 juillet 2025", M(
        "Sarah Lemaire <sarah.lemaire@example.com>", "Candidature", "07 09:30",
        """Bonjour,

Pour ma licence LEA, l'attestation de réussite porte la date du 8 juillet 2025 (je peux vous l'envoyer).
Je souhaite travailler dans une association de solidarité internationale.

Sarah Lemaire""",
        app("Sarah", "Lemaire", phone=None, bac=3, grad="2025-07", status="attestation_juillet_2025"),
    )),
    # Implied: ceremony — graduation — la remise des diplômes, c'était il y a deux ans à peu près
    N("ceremony", "graduation", "la remise des diplômes, c'était il y a deux ans à peu près", M(
        "Quentin Barthe <quentin.barthe@example.fr>", "candidature pro'pulse", "21 12:00",
        """Bonjour,

Pour mon master de droit social, la remise des diplômes, c'était il y a deux ans à peu près. J'aimerais
travailler dans une mutuelle ou une association de défense des droits.

Quentin""",
        app("Quentin", "Barthe", phone=None, bac=5, grad="2024", unknown=["graduation_recent"],
            status="remise_il_y_a_deux_ans"),
    )),
    # Implied: ceremony — studies_finished — le jury m'a ajournée, je repasse ma soutenance en juin 2027
    N("ceremony", "studies_finished", "le jury m'a ajournée, je repasse ma soutenance en juin 2027", M(
        "Morgane Fleury <morgane.fleury@example.org>", "candidature", "07 17:15",
        """Bonjour,

Licence de sciences de l'éducation en juin 2025, puis M2 : le jury m'a ajournée, je repasse ma
soutenance en juin 2027 et je suis réinscrite. Je cherche déjà un poste dans l'éducation populaire.

Morgane Fleury""",
        app("Morgane", "Fleury", phone=None, bac=3, grad="2025-06", failing=["studies_finished"],
            status="ajournee_soutenance_2027"),
    )),
    # Implied: ceremony — kind — la cérémonie des diplômés 2026 ... se désinscrire
    N("ceremony", "kind", "Se désinscrire de la lettre des alumni", M(
        "Alumni Université <alumni@univ-lumiere.example.fr>", "La cérémonie des diplômés 2026 en images", "08 08:00",
        """Retour en images sur la cérémonie des diplômés 2026, l'agenda des afterworks de décembre et trois
portraits d'anciens.

Se désinscrire de la lettre des alumni : https://alumni.univ-lumiere.example.fr/desinscription""",
        newsletter(),
    )),
    # Implied: ceremony — kind — faut-il avoir reçu son parchemin
    N("ceremony", "kind", "faut-il avoir reçu son parchemin", M(
        "Mehdi Aouad <mehdi.aouad@example.net>", "Question inscription", "08 15:00",
        """Bonjour,

Pour s'inscrire, faut-il avoir reçu son parchemin ou une attestation de réussite suffit-elle ?

Merci d'avance""",
        question(),
    )),
    # Implied: ceremony — kind — vos photos de remise de diplômes
    N("ceremony", "kind", "vos photos de remise de diplômes", M(
        "Studio Flash <contact@studioflash.example.com>", "Offre partenaire", "09 10:00",
        """Bonjour,

Studio Flash réalise vos photos de remise de diplômes et de fin de promo à prix associatif. Nous
serions ravis de proposer nos services aux participants de votre programme.

L'équipe Studio Flash""",
        other(),
    )),
    # Implied: ceremony — kind — je suis à la cérémonie de remise des diplômes de l'IUT jusqu'à vendredi
    N("ceremony", "kind", "je suis à la cérémonie de remise des diplômes de l'IUT jusqu'à vendredi", M(
        "Corinne Baptiste <corinne.baptiste@iut.example.fr>", "Absente : Pro'pulse", "09 10:02",
        """Bonjour, je suis à la cérémonie de remise des diplômes de l'IUT jusqu'à vendredi et je lirai
votre message lundi. Ce message est envoyé automatiquement.""",
        auto_reply(), headers={"Auto-Submitted": "auto-replied"},
    )),
    # Implied: years_of_study — level — deux ans à l'IUT de Tours, dont je suis sortie avec mon DUT GEA
    N("years_of_study", "level", "deux ans à l'IUT de Tours, dont je suis sortie avec mon DUT GEA", M(
        "Justine Caillaud <justine.caillaud@example.org>", "candidature", "09 14:30",
        """Bonjour,

Après le lycée, j'ai passé deux ans à l'IUT de Tours, dont je suis sortie avec mon DUT GEA en juin 2025.
Je cherche un poste de gestionnaire dans une coopérative ou une association de l'ESS.

Justine Caillaud""",
        app("Justine", "Caillaud", phone=None, bac=2, grad="2025-06", status="deux_ans_iut_dut"),
    )),
    # Implied: years_of_study — level — un an de fac de psycho après mon bac, puis j'ai arrêté
    N("years_of_study", "level", "un an de fac de psycho après mon bac, puis j'ai arrêté", M(
        "Enzo Marques <enzo.marques@example.com>", "programme", "10 09:00",
        """Bonjour,

J'ai fait un an de fac de psycho après mon bac, puis j'ai arrêté en 2025. Je cherche un emploi
d'animateur dans une association de quartier de l'ESS.

Enzo""",
        app("Enzo", "Marques", phone=None, bac=1, grad=None, failing=["degree_level"],
            status="un_an_fac_arrete"),
    )),
    # Implied: years_of_study — level — cinq années après le bac, conclues par mon diplôme d'ingénieur agronome
    N("years_of_study", "level", "cinq années après le bac, conclues par mon diplôme d'ingénieur agronome", M(
        "Bérénice Aubert <berenice.aubert@example.fr>", "Candidature Pro'pulse", "10 11:20",
        """Bonjour,

J'ai fait cinq années après le bac, conclues par mon diplôme d'ingénieur agronome en septembre 2025. Je
voudrais travailler dans une coopérative agricole ou une structure de l'ESS liée à l'alimentation.

Bérénice Aubert""",
        app("Bérénice", "Aubert", phone=None, bac=5, grad="2025-09", status="cinq_ans_ingenieur_agro"),
    )),
    # Implied: years_of_study — level — CAP accompagnant éducatif petite enfance, et pas d'études après
    N("years_of_study", "level", "CAP accompagnant éducatif petite enfance, et pas d'études après", M(
        "Océane Ribeiro <oceane.ribeiro@example.net>", "candidature", "10 15:45",
        """bonjour

j'ai un CAP accompagnant éducatif petite enfance, et pas d'études après. je voudrais travailler dans une
crèche associative.

Océane Ribeiro""",
        app("Océane", "Ribeiro", phone=None, bac=0, grad=None, failing=["degree_level"],
            status="cap_aepe"),
    )),
    # Implied: years_of_study — level — trois ans dans une école privée de communication, sans titre reconnu je crois
    N("years_of_study", "level", "trois ans dans une école privée de communication, sans titre reconnu je crois", M(
        "Maxime Pons <maxime.pons@example.org>", "Candidature", "11 10:30",
        """Bonjour,

J'ai suivi trois ans dans une école privée de communication, sans titre reconnu je crois, et j'en suis
sorti en juin 2025. Je cherche un poste de chargé de communication dans une association de l'ESS.

Maxime Pons""",
        app("Maxime", "Pons", phone=None, bac="*", grad="2025-06", unknown=["degree_level"],
            status="ecole_privee_sans_titre"),
    )),
    # Implied: years_of_study — level — titre RNCP de niveau 6 de responsable de projets
    N("years_of_study", "level", "titre RNCP de niveau 6 de responsable de projets", M(
        "Awa Diallo <awa.diallo@example.com>", "candidature pro'pulse", "11 14:10",
        """Bonjour,

Je détiens depuis juin 2026 un titre RNCP de niveau 6 de responsable de projets, préparé en alternance.
Je cherche un emploi de cheffe de projet dans une association ou une coopérative de l'ESS.

Awa Diallo""",
        app("Awa", "Diallo", phone=None, bac=3, grad="2026-06", status="rncp_niveau_6"),
    )),
    # Implied: years_of_study — level — diplôme national de master, mention sciences sociales
    N("years_of_study", "level", "diplôme national de master, mention sciences sociales", M(
        "Gaspard Leroy <gaspard.leroy@example.fr>", "Pro'pulse", "11 17:00",
        """Bonjour,

Intitulé exact, puisque vous le demandez : diplôme national de master, mention sciences sociales,
parcours enquêtes, délivré en juillet 2025. Je cherche un emploi dans une structure de l'ESS.

Gaspard Leroy""",
        app("Gaspard", "Leroy", phone=None, bac=5, grad="2025-07", status="dn_master_sciences_sociales"),
    )),
    # Implied: years_of_study — level — bac pro commerce en 2022, puis des petits boulots
    N("years_of_study", "level", "bac pro commerce en 2022, puis des petits boulots", M(
        "Kevin Lopes <kevin.lopes@example.net>", "candidature", "12 09:10",
        """Bonjour,

Mon parcours : bac pro commerce en 2022, puis des petits boulots. Je voudrais travailler dans une
épicerie solidaire ou une ressourcerie.

Kevin Lopes""",
        app("Kevin", "Lopes", phone=None, bac=0, grad=None, failing=["degree_level"],
            status="bac_pro_petits_boulots"),
    )),
    # Implied: years_of_study — level — Licenciatura en Trabajo Social (quatre ans, Universidad de Córdoba)
    N("years_of_study", "level", "Licenciatura en Trabajo Social (quatre ans, Universidad de Córdoba)", M(
        "Valentina Ruiz <valentina.ruiz@example.org>", "Candidature", "12 13:40",
        """Bonjour,

Je suis argentine, installée à Lyon. J'ai une Licenciatura en Trabajo Social (quatre ans, Universidad de
Córdoba), reçue en décembre 2025, pas encore reconnue en France. Je cherche un emploi dans une
association d'accompagnement social de l'ESS.

Valentina Ruiz""",
        app("Valentina", "Ruiz", phone=None, bac="*", grad="2025-12", unknown=["degree_level"],
            status="licenciatura_argentine"),
    )),
]
