"""Batch 2: relative clauses and appositions — the deciding fact inside «le BTS que j'ai validé…»,
«l'association
où je fais…», or in a participle or a title set before the subject («Diplômée d'un M2 depuis juin, …»,
«Ancienne volontaire, …»). Each message written by hand; the comment names its construction, the fact it
carries and its words."""

from constructions import C
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Construction: relative — graduation — le BTS que j'ai validé en juin 2025
    C("relative", "graduation", "le BTS que j'ai validé en juin 2025", M(
        "Maëva Leroux <maeva.leroux@example.org>", "Candidature", "13 09:40",
        """Bonjour,

Avec le BTS que j'ai validé en juin 2025 (Gestion et protection de la nature), je voudrais travailler
dans une association d'éducation à l'environnement. Je suis disponible dès maintenant.

Maëva Leroux""",
        app("Maëva", "Leroux", phone=None, bac=2, grad="2025-06", status="bts_valide_2025_06"),
    )),
    # Construction: relative — situation — l'association où je fais mon service civique
    C("relative", "situation", "l'association où je fais mon service civique", M(
        "Baptiste Roy <baptiste.roy@example.net>", "Pro'pulse", "13 11:55",
        """Bonjour,

J'ai une licence de STAPS (juin 2026). L'association où je fais mon service civique depuis octobre
m'a parlé de vous ; j'aimerais y être embauché ensuite, ou dans un club du même genre.

Baptiste Roy""",
        app("Baptiste", "Roy", phone=None, bac=3, grad="2026-06", failing=["not_service_civique"],
            status="asso_ou_sc_depuis_octobre"),
    )),
    # Construction: relative — graduation — dont je suis titulaire depuis juillet 2026
    C("relative", "graduation", "dont je suis titulaire depuis juillet 2026", M(
        "Rose Aubert <rose.aubert@example.com>", "Candidature Rose Aubert", "13 15:10",
        """Bonjour,

La licence pro Économie sociale et solidaire dont je suis titulaire depuis juillet 2026 m'a donné envie
de rejoindre une SCOP. Je cherche un poste d'assistante de gestion.

Rose Aubert
06 90 12 45 67""",
        app("Rose", "Aubert", phone="+33690124567", bac=3, grad="2026-07",
            status="licence_pro_titulaire_2026_07"),
    )),
    # Construction: relative — graduation — le master que j'ai obtenu en 2020
    C("relative", "graduation", "le master que j'ai obtenu en 2020", M(
        "Sébastien Noël <sebastien.noel@example.fr>", "Candidature", "14 08:20",
        """Bonjour,

Je vous écris avec le master que j'ai obtenu en 2020 en aménagement ; après quelques contrats courts, je
cherche un poste durable dans une association de l'habitat.

Sébastien Noël""",
        app("Sébastien", "Noël", phone=None, bac=5, grad="2020", failing=["graduation_recent"],
            status="master_obtenu_2020"),
    )),
    # Construction: relative — situation — la structure où j'effectue une mission
    C("relative", "situation", "la structure où j'effectue une mission", M(
        "Chaïma Idrissi <chaima.idrissi@example.org>", "candidature", "14 10:45",
        """Bonjour,
Master de sociologie (juin 2025). La structure où j'effectue une mission depuis septembre est une
régie de quartier ; j'aimerais y rester salariée, ou ailleurs dans l'ESS.
Chaïma""",
        app("Chaïma", "Idrissi", phone=None, bac=5, grad="2025-06",
            unknown=["not_internship", "not_service_civique"], status="structure_ou_mission"),
    )),
    # Construction: relative — studies_finished — le M1 que je suis en train de faire
    C("relative", "studies_finished", "le M1 que je suis en train de faire", M(
        "Hugo Delmas <hugo.delmas@example.net>", "Candidature Pro'pulse", "14 14:00",
        """Bonjour,

Licence d'économie obtenue en juin 2025. Le M1 que je suis en train de faire à Nanterre se termine en
juin ; je voudrais trouver dès maintenant un emploi dans une coopérative bancaire.

Hugo Delmas""",
        app("Hugo", "Delmas", phone=None, bac=3, grad="2025-06", failing=["studies_finished"],
            status="m1_en_cours"),
    )),
    # Construction: relative — career_change — le métier que j'ai exercé pendant dix ans
    C("relative", "career_change", "le métier que j'ai exercé pendant dix ans", M(
        "Sandrine Poulain <sandrine.poulain@example.com>", "Candidature", "14 17:30",
        """Bonjour,

Infirmière, c'est le métier que j'ai exercé pendant dix ans en CDI à l'hôpital. J'ai repris un master
Économie sociale et solidaire, obtenu en juin 2026, et je cherche un poste de coordinatrice associative.

Sandrine Poulain""",
        app("Sandrine", "Poulain", phone=None, bac=5, grad="2026-06", failing=["not_career_change"],
            status="metier_exerce_dix_ans"),
    )),
    # Construction: relative — situation — le service civique que j'ai terminé en juin
    C("relative", "situation", "le service civique que j'ai terminé en juin", M(
        "Adrien Collet <adrien.collet@example.org>", "Pro'pulse - candidature", "15 09:05",
        """Bonjour,

Licence de géographie (juillet 2025), puis le service civique que j'ai terminé en juin dans un jardin
partagé. Je cherche maintenant un emploi dans une association d'agriculture urbaine.

Adrien Collet""",
        app("Adrien", "Collet", phone=None, bac=3, grad="2025-07", status="sc_termine_juin"),
    )),
    # Construction: relative — graduation — le DUT que j'ai eu en 2024
    C("relative", "graduation", "le DUT que j'ai eu en 2024", M(
        "Yasmina Khelifi <yasmina.khelifi@example.fr>", "Candidature", "15 11:30",
        """Bonjour,

Avec le DUT que j'ai eu en 2024 (Gestion des entreprises et des administrations), je cherche un poste
d'assistante administrative dans une association ou une mutuelle.

Yasmina Khelifi""",
        app("Yasmina", "Khelifi", phone=None, bac=2, grad="2024", unknown=["graduation_recent"],
            status="dut_eu_2024"),
    )),
    # Construction: relative — aim — un poste qui me permette d'évoluer en salle des marchés
    C("relative", "aim", "un poste qui me permette d'évoluer en salle des marchés", M(
        "Arthur Vial <arthur.vial@example.com>", "Candidature", "15 15:45",
        """Bonjour,

Diplômé d'un master de finance en juin 2026, je cherche un poste qui me permette d'évoluer en salle des
marchés, dans une banque d'investissement.

Arthur Vial""",
        app("Arthur", "Vial", phone=None, bac=5, grad="2026-06", failing=["job_seeking_ess"],
            status="poste_salle_des_marches"),
    )),
    # Construction: relative — graduation — dont le master a été validé en septembre 2025
    C("relative", "graduation", "dont le master a été validé en septembre 2025", M(
        "Catherine Blanc <catherine.blanc@example.net>", "Pour ma fille Inès", "16 08:50",
        """Bonjour,

Je vous écris pour ma fille Inès Blanc (ines.blanc@example.org), dont le master a été validé en septembre
2025 à Bordeaux. Elle cherche un emploi dans une association d'aide aux familles et n'ose pas écrire.

Catherine Blanc""",
        app("Inès", "Blanc", phone=None, bac=5, grad="2025-09", email="ines.blanc@example.org",
            forwarded_by="catherine.blanc@example.net", status="mere_fille_master_2025_09"),
    )),
    # Construction: relative — kind — Les personnes qui ont un BTS
    C("relative", "kind", "Les personnes qui ont un BTS", M(
        "Morgane Tissier <morgane.tissier@example.org>", "Question", "16 10:00",
        """Bonjour,
Les personnes qui ont un BTS peuvent-elles candidater, ou faut-il une licence ? Merci.
Morgane""",
        question(),
    )),
    # Construction: relative — kind — Le créneau que vous m'avez proposé
    C("relative", "kind", "Le créneau que vous m'avez proposé", M(
        "Loïc Garnier <loic.garnier@example.net>", "Re: Votre atelier", "16 13:40",
        """Bonjour,
Le créneau que vous m'avez proposé me va très bien, à mardi.
Loïc

> Le 12 nov. 2026, Pro'pulse a écrit :
> Nous pouvons vous proposer mardi 1er décembre à 9 h 30.""",
        reply(),
        headers={"In-Reply-To": "<atelier-0112@animafac.net>", "References": "<atelier-0112@animafac.net>"},
    )),
    # Construction: relative — kind — Les structures qui recrutent
    C("relative", "kind", "Les structures qui recrutent", M(
        "ESS Emploi Hebdo <hebdo@essemploi.example.org>", "Les structures qui recrutent cette semaine",
        "16 07:00",
        """Les structures qui recrutent cette semaine : trois SCOP du bâtiment, une mutuelle, deux
associations d'insertion. Lire la suite sur le site. Désinscription en bas de page.""",
        newsletter(),
    )),
    # Construction: relative — kind — La jeune que vous nous aviez orientée
    C("relative", "kind", "La jeune que vous nous aviez orientée", M(
        "Patrice Weber <p.weber@recyclerie.example.fr>", "Merci !", "16 17:20",
        """Bonjour,

La jeune que vous nous aviez orientée au printemps vient de signer son CDI chez nous. Merci pour ce beau
travail, on vous envoie un panier de légumes de l'atelier !

Patrice, recyclerie du Val""",
        other(),
    )),
    # Construction: apposition — graduation — Diplômée d'un M2 Politiques sociales
    C("apposition", "graduation", "Diplômée d'un M2 Politiques sociales", M(
        "Ophélie Renard <ophelie.renard@example.org>", "Candidature", "17 09:10",
        """Bonjour,

Diplômée d'un M2 Politiques sociales depuis juin 2026, je cherche un emploi de chargée de projet dans une
association de lutte contre la précarité.

Ophélie Renard""",
        app("Ophélie", "Renard", phone=None, bac=5, grad="2026-06", status="diplomee_m2_2026_06"),
    )),
    # Construction: apposition — situation — Ancienne volontaire en service civique
    C("apposition", "situation", "Ancienne volontaire en service civique", M(
        "Léa Fontaine <lea.fontaine@example.com>", "Pro'pulse", "17 11:35",
        """Bonjour,

Ancienne volontaire en service civique (mission finie en mai dernier), titulaire d'une licence de
psychologie obtenue en juin 2025, je cherche un poste dans une association d'accueil de jour.

Léa Fontaine""",
        app("Léa", "Fontaine", phone=None, bac=3, grad="2025-06", status="ancienne_volontaire_sc"),
    )),
    # Construction: apposition — situation — Stagiaire à la Croix-Rouge jusqu'en avril
    C("apposition", "situation", "Stagiaire à la Croix-Rouge jusqu'en avril", M(
        "Malik Traoré <malik.traore@example.net>", "Candidature", "17 14:20",
        """Bonjour,

Stagiaire à la Croix-Rouge jusqu'en avril, titulaire d'un master d'action humanitaire (septembre 2026),
je prépare la suite : un emploi salarié dans une ONG ou une association.

Malik Traoré""",
        app("Malik", "Traoré", phone=None, bac=5, grad="2026-09", failing=["not_internship"],
            status="stagiaire_jusqu_avril"),
    )),
    # Construction: apposition — graduation — Titulaire d'un BTS Économie sociale familiale depuis 2019
    C("apposition", "graduation", "Titulaire d'un BTS Économie sociale familiale depuis 2019", M(
        "Kevin Lambert <kevin.lambert@example.fr>", "candidature", "17 16:55",
        """Bonjour,
Titulaire d'un BTS Économie sociale familiale depuis 2019, je souhaite intégrer une association de
l'ESS comme conseiller.
Kevin Lambert""",
        app("Kevin", "Lambert", phone=None, bac=2, grad="2019", failing=["graduation_recent"],
            status="titulaire_bts_2019"),
    )),
    # Construction: apposition — career_change — Ex-comptable en CDI pendant dix ans
    C("apposition", "career_change", "Ex-comptable en CDI pendant dix ans", M(
        "Valérie Hubert <valerie.hubert@example.org>", "Candidature Pro'pulse", "18 08:30",
        """Bonjour,

Ex-comptable en CDI pendant dix ans, fraîchement diplômée d'une licence pro Gestion des organisations de
l'ESS (juin 2026), je cherche un poste de responsable financière en association.

Valérie Hubert""",
        app("Valérie", "Hubert", phone=None, bac=3, grad="2026-06", failing=["not_career_change"],
            status="ex_comptable_cdi_dix_ans"),
    )),
    # Construction: apposition — aim — prêt à accepter n'importe quel poste
    C("apposition", "aim", "prêt à accepter n'importe quel poste", M(
        "Thibault Caron <thibault.caron@example.com>", "Demande", "18 10:50",
        """Bonjour,

Jeune diplômé d'une licence d'histoire (juillet 2026), prêt à accepter n'importe quel poste, je cherche
surtout un salaire rapidement.

Thibault Caron""",
        app("Thibault", "Caron", phone=None, bac=3, grad="2026-07", unknown=["job_seeking_ess"],
            status="pret_n_importe_quel_poste"),
    )),
    # Construction: apposition — situation — Volontaire en service civique depuis septembre
    C("apposition", "situation", "Volontaire en service civique depuis septembre", M(
        "Amandine Perrin <amandine.perrin@example.net>", "Candidature", "18 13:15",
        """Bonjour,

Volontaire en service civique depuis septembre à la Banque alimentaire, titulaire d'un master de
géographie (2025), je voudrais être salariée d'une association d'ici l'été.

Amandine Perrin""",
        app("Amandine", "Perrin", phone=None, bac=5, grad="2025", failing=["not_service_civique"],
            status="volontaire_sc_depuis_septembre"),
    )),
    # Construction: apposition — level — Diplômé d'une école de travail social
    C("apposition", "level", "Diplômé d'une école de travail social", M(
        "Samuel Ngom <samuel.ngom@example.fr>", "Candidature", "18 15:40",
        """Bonjour,

Diplômé d'une école de travail social en 2025, je cherche un poste dans une association de prévention
spécialisée.

Samuel Ngom""",
        app("Samuel", "Ngom", phone=None, bac=None, grad="2025", unknown=["degree_level"],
            status="diplome_ecole_travail_social"),
    )),
    # Construction: apposition — studies_finished — Étudiante en M2
    C("apposition", "studies_finished", "Étudiante en M2", M(
        "Clémence Brun <clemence.brun@example.org>", "Candidature", "19 09:25",
        """Bonjour,

Étudiante en M2 Économie sociale à Lyon 2 cette année, licence obtenue en 2025, je cherche un emploi à
temps partiel dans une coopérative en parallèle de mes cours.

Clémence Brun""",
        app("Clémence", "Brun", phone=None, bac=3, grad="2025", failing=["studies_finished"],
            status="etudiante_m2"),
    )),
    # Construction: apposition — graduation — Diplômé BTS GPME juin 2025
    C("apposition", "graduation", "Diplômé BTS GPME juin 2025", M(
        "Yanis Chérif <yanis.cherif@example.com>", "job asso", "19 12:05",
        """slt, Diplômé BTS GPME juin 2025, dispo direct, cherche job asso ou coop. merci
Yanis 06 25 36 47 58""",
        app("Yanis", "Chérif", phone="+33625364758", bac=2, grad="2025-06", status="sms_bts_gpme_2025_06"),
    )),
    # Construction: apposition — level — Titulaire du bac depuis 2023
    C("apposition", "level", "Titulaire du bac depuis 2023", M(
        "Jade Moulin <jade.moulin@example.net>", "Candidature", "19 14:30",
        """Bonjour,

Titulaire du bac depuis 2023 et d'une première année de licence, je cherche un emploi d'animatrice dans
une association de quartier.

Jade Moulin""",
        app("Jade", "Moulin", phone=None, bac=0, grad=None, failing=["degree_level"], status="bac_plus_l1"),
    )),
    # Construction: apposition — career_change — Ancien alternant
    C("apposition", "career_change", "Ancien alternant", M(
        "Florian Girard <florian.girard@example.org>", "Candidature Florian Girard", "19 17:00",
        """Bonjour,

Ancien alternant, je vous joins mon CV. Je cherche un poste de chargé de communication dans une
association ou une coopérative.

Florian Girard""",
        app("Florian", "Girard", phone="+33648201937", bac=5, grad="2025-09", info_in="both",
            status="cv_ancien_alternant_master"),
        cv=CV("pdf", "CV_Florian_Girard.pdf", """
Florian Girard
06 48 20 19 37 — florian.girard@example.org
Formation
Septembre 2025 : Master Communication des organisations, en alternance, Université de Lille
Expérience
2023-2025 : alternant chargé de communication, mutuelle Avenir Santé (contrat d'apprentissage)
"""),
    )),
    # Construction: apposition — kind — En congé jusqu'au 2 décembre
    C("apposition", "kind", "En congé jusqu'au 2 décembre", M(
        "Bérénice Maillot <berenice.maillot@example.fr>", "Réponse automatique", "20 08:00",
        """En congé jusqu'au 2 décembre, je lirai votre message à mon retour. Pour une urgence : 01 23
45 67 89.""",
        auto_reply(),
    )),
    # Construction: apposition — kind — Conseillère en mission locale
    C("apposition", "kind", "Conseillère en mission locale", M(
        "Nadia Ferhat <nadia.ferhat@missionlocale.example.org>", "Question sur les critères", "20 10:20",
        """Bonjour,

Conseillère en mission locale, je voudrais savoir si un jeune sorti d'un BTS il y a trois ans peut encore
entrer dans votre programme.

Nadia Ferhat""",
        question(),
    )),
    # Construction: apposition — kind — Partenaire de longue date
    C("apposition", "kind", "Partenaire de longue date", M(
        "Fondation Ligne d'horizon <contact@lignehorizon.example.org>", "Invitation", "20 12:45",
        """Bonjour,

Partenaire de longue date de votre association, notre fondation vous invite à sa soirée annuelle le 10
décembre. Réponse souhaitée avant le 1er.

L'équipe de la Fondation""",
        other(),
    )),
]
