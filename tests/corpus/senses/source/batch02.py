"""Batch 2: «reconversion» and «master» — the object of the job sought, a master class, a game master; and
the true sense for contrast. Each message written by hand; the comment names its trap."""

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from senses import S

MESSAGES = [
    # Sense: reconversion — other_sense — conseillère en reconversion
    S("reconversion", "other_sense", "reconversion", M(
        "Sofia Benali <sofia.benali@example.org>", "Candidature - conseillère en insertion", "11 09:00",
        """Bonjour,

Jeune diplômée d'un master Psychologie du travail (juin 2026), j'aimerais devenir conseillère en
reconversion professionnelle dans une association ou une SCIC qui accompagne les salariés licenciés.
C'est mon premier emploi que je cherche, je sors tout juste de l'université.

Sofia Benali
06 20 11 45 76""",
        app("Sofia", "Benali", phone="+33620114576", bac=5, grad="2026-06",
            status="veut_conseiller_reconversion"),
    )),
    # Sense: reconversion — true_sense — sa propre reconversion
    S("reconversion", "true_sense", "reconversion", M(
        "Frédéric Lagarde <f.lagarde@example.net>", "Ma reconversion dans l'ESS", "11 11:30",
        """Bonjour,

Après quatorze ans comme commercial dans l'automobile, j'ai entamé ma reconversion : master ESS obtenu en
septembre 2025 à Paris-Est. Je cherche mon premier poste dans une coopérative.

Frédéric Lagarde""",
        app("Frédéric", "Lagarde", phone=None, bac=5, grad="2025-09", failing=["not_career_change"],
            status="reconversion_apres_14_ans_commercial"),
    )),
    # Sense: reconversion — other_sense — reconversion de friches
    S("reconversion", "other_sense", "reconversion de friches", M(
        "Gaspard Michaud <gaspard.michaud@example.fr>", "Candidature urbanisme solidaire", "11 14:45",
        """Bonjour,

Mon mémoire de master (Urbanisme, validé en septembre 2025) portait sur la reconversion de friches
industrielles en tiers-lieux coopératifs. Je cherche un emploi dans une SCIC ou une association qui porte
ce genre de projets.

Gaspard Michaud""",
        app("Gaspard", "Michaud", phone=None, bac=5, grad="2025-09", status="memoire_reconversion_friches"),
    )),
    # Sense: reconversion — other_person — le père en reconversion
    S("reconversion", "other_person", "reconversion", M(
        "Lina Chevalier <lina.chevalier@example.com>", "candidature", "12 08:20",
        """Bonjour,
Mon père est en pleine reconversion (il passe un CAP de boulanger à 52 ans !), et ça m'a donné envie de
me lancer aussi. Moi je sors d'une licence AES, diplômée en juillet 2026, c'est ma première recherche
d'emploi. Je vise l'ESS, une mutuelle ou une asso.
Lina Chevalier""",
        app("Lina", "Chevalier", phone=None, bac=3, grad="2026-07", status="pere_en_reconversion"),
    )),
    # Sense: reconversion — other_sense — offre d'emploi conseiller en reconversion
    S("reconversion", "other_sense", "reconversion", M(
        "Transitions Pro Occitanie (RH) <rh@transitions-occ.example.org>",
        "Offre : conseiller·e en reconversion — CDD 12 mois", "12 10:00",
        """Bonjour,

Nous recherchons un·e conseiller·e en reconversion professionnelle (CDD 12 mois, Toulouse), niveau bac+3
minimum. Merci de transmettre à vos bénéficiaires intéressés ; candidature avant le 20 décembre.

Service recrutement""",
        other(),
    )),
    # Sense: reconversion — true_sense — reconversion après 8 ans d'infirmière
    S("reconversion", "true_sense", "reconversion", M(
        "Nadia Rahmani <nadia.rahmani@example.org>", "Candidature", "12 13:10",
        """Bonjour, infirmière pendant huit ans, je suis en reconversion vers la gestion associative. J'ai
obtenu
un DU puis un master 2 Gestion des ESS en juin 2026. Je cherche un poste de coordinatrice dans l'ESS.
Nadia Rahmani — 07 60 41 88 02""",
        app("Nadia", "Rahmani", phone="+33760418802", bac=5, grad="2026-06", failing=["not_career_change"],
            status="reconversion_infirmiere_8_ans"),
    )),
    # Sense: reconversion — other_sense — question sur accompagnement à la reconversion
    S("reconversion", "other_sense", "reconversion", M(
        "Marc Dufresne <marc.dufresne@example.com>", "Question sur vos ateliers", "12 16:40",
        """Bonjour,
Proposez-vous aussi des ateliers sur la reconversion des salariés, ou seulement pour les jeunes
diplômés ? Je travaille dans un service RH et voudrais orienter des collègues. Merci.""",
        question(),
    )),
    # Sense: reconversion — true_sense — reconversion open: CDI held now
    S("reconversion", "true_sense", "reconversion", M(
        "Élise Fournier <elise.fournier@example.net>", "Candidature", "13 09:25",
        """Bonjour,

J'ai obtenu mon master Gestion de projets culturels en juin 2025 et je travaille depuis en CDI dans une
agence de communication. Je ne sais pas si vous appelleriez ça une reconversion, mais je veux quitter le
privé lucratif pour un emploi dans une association culturelle.

Élise Fournier""",
        app("Élise", "Fournier", phone=None, bac=5, grad="2025-06", unknown=["not_career_change"],
            status="cdi_agence_pas_sure_reconversion"),
    )),
    # Sense: reconversion — other_sense — newsletter of a reconversion network
    S("reconversion", "other_sense", "reconversion", M(
        "Réseau Reconversions Solidaires <news@reco-solidaires.example.org>",
        "Webinaire : réussir sa reconversion dans l'ESS", "13 07:15",
        """Jeudi 10 décembre, 18 h : webinaire gratuit « réussir sa reconversion dans l'ESS », avec trois
témoignages. Inscription en ligne. Pour ne plus recevoir nos messages, cliquez ici.""",
        newsletter(),
    )),
    # Sense: reconversion — other_sense — le métier visé: chargé de reconversion des sites
    S("reconversion", "other_sense", "reconversion", M(
        "Paul Aubert <paul.aubert@example.org>", "Candidature Paul Aubert", "13 11:55",
        """Bonjour,

Ingénieur en environnement (diplôme 2024, je ne sais plus le mois exact), je voudrais travailler sur la
reconversion de sites pollués au sein d'une coopérative d'économie circulaire. Pas de stage en cours,
c'est mon premier emploi.

Paul Aubert""",
        app("Paul", "Aubert", phone=None, bac=5, grad="2024", unknown=["graduation_recent"],
            status="reconversion_sites_ingenieur_2024"),
    )),
    # Sense: master — other_sense — master class de piano
    S("master", "other_sense", "master class", M(
        "Victoire Lemaire <victoire.lemaire@example.fr>", "Candidature", "13 15:20",
        """Bonjour,

J'ai une licence de musicologie (juin 2025) et j'ai assisté cet été à une master class de piano à
Aix, ce qui m'a confirmé mon envie de travailler dans la médiation musicale. Je cherche un emploi dans
une association d'éducation artistique.

Victoire Lemaire""",
        app("Victoire", "Lemaire", phone=None, bac=3, grad="2025-06", status="master_class_licence"),
    )),
    # Sense: master — true_sense — master obtained long ago
    S("master", "true_sense", "Master", M(
        "Jérôme Baudry <jerome.baudry@example.com>", "Candidature Pro'pulse", "14 09:10",
        """Bonjour,

Master Économie sociale et solidaire, promotion 2021, Université de Grenoble. Depuis, petits contrats
d'animation. Je cherche un emploi stable dans l'ESS.

Jérôme Baudry""",
        app("Jérôme", "Baudry", phone=None, bac=5, grad="2021", failing=["graduation_recent"],
            status="master_2021"),
    )),
    # Sense: master — other_sense — maître du jeu
    S("master", "other_sense", "Master", M(
        "Tom Rivière <tom.riviere@example.net>", "candidature ludothèque", "14 12:30",
        """Bonjour !
Je suis Game Master dans un club de jeux de rôle depuis 5 ans (bénévole, le week-end). Côté diplôme : BTS
Communication, juillet 2025. Je cherche un job dans une ludothèque associative ou un café-jeux coopératif.
Tom — 06 44 90 12 35""",
        app("Tom", "Rivière", phone="+33644901235", bac=2, grad="2025-07", status="game_master_bts"),
    )),
    # Sense: master — true_sense — master en cours
    S("master", "true_sense", "master", M(
        "Agathe Morel <agathe.morel@example.org>", "Candidature", "14 14:00",
        """Bonjour,

Je suis en deuxième année de master Innovation sociale (fin prévue en septembre 2027). J'ai une licence
d'économie obtenue en 2025. Je cherche un emploi dans l'ESS à temps partiel, en parallèle.

Agathe Morel""",
        app("Agathe", "Morel", phone=None, bac=3, grad="2025", failing=["studies_finished"],
            status="master_en_cours_2027"),
    )),
    # Sense: master — other_sense — masterclass given, English
    S("master", "other_sense", "masterclass", M(
        "Priya Nair <priya.nair@example.com>", "Application", "14 17:20",
        """Hello,

Last month I gave a masterclass on budgeting for small associations (as a guest, unpaid). I hold a
Bachelor in Accounting from a French business school (2025, three years after the bac). I want a job as
finance officer in a social enterprise or cooperative.

Priya Nair""",
        app("Priya", "Nair", phone=None, bac=3, grad="2025", language="en", status="en_gave_masterclass"),
    )),
    # Sense: master — other_person — le master du frère
    S("master", "other_person", "master", M(
        "Camille Roux <camille.roux@example.fr>", "Candidature Camille Roux", "15 10:45",
        """Bonjour,

Mon frère vient de finir son master à Sciences Po et m'a transféré votre lien. Pour ma part, j'ai un BTS
Économie sociale familiale, obtenu en juin 2025, et je cherche un emploi de conseillère dans une
association de locataires ou une coopérative d'habitants.

Camille Roux""",
        app("Camille", "Roux", phone=None, bac=2, grad="2025-06", status="frere_master_bts"),
    )),
    # Sense: master — other_sense — master copy / mastering audio
    S("master", "other_sense", "master", M(
        "Rayan Haddad <rayan.haddad@example.org>", "candidature radio asso", "15 13:00",
        """Bonjour,
je fais le master (mixage final) des émissions d'une radio associative, bénévolement. Je n'ai pas de
diplôme après le bac, j'ai arrêté la fac en L1. Je cherche un emploi de technicien dans une radio
associative.
Rayan""",
        app("Rayan", "Haddad", phone=None, bac=0, grad=None, failing=["degree_level"],
            status="master_audio_l1_arretee"),
    )),
    # Sense: master — true_sense — master soutenance à venir
    S("master", "true_sense", "master", M(
        "Lou Garnier <lou.garnier@example.net>", "Candidature", "15 16:30",
        """Bonjour,
Ma soutenance de master est fixée au 8 décembre ; j'ai une licence obtenue en juin 2025. Je cherche un
poste dans une association de protection de l'environnement.
Lou Garnier""",
        app("Lou", "Garnier", phone=None, bac=3, grad="2025-06", failing=["studies_finished"],
            status="soutenance_master_8_decembre"),
    )),
    # Sense: master — other_sense — newsletter: master class ESS
    S("master", "other_sense", "masterclass", M(
        "ESS France Hebdo <hebdo@essfrance-news.example.org>", "Masterclass : financer son association",
        "16 07:00",
        """Au programme cette semaine : une masterclass gratuite « financer son association », le baromètre
de l'emploi dans l'ESS et l'agenda des rencontres régionales. Désinscription en bas de page.""",
        newsletter(),
    )),
    # Sense: master — other_sense — reply in our thread about master class
    S("master", "other_sense", "master class", M(
        "Justine Pelletier <justine.pelletier@example.org>", "Re: Votre rendez-vous Pro'pulse", "16 09:50",
        """Bonjour,
Je confirme le rendez-vous du mardi 1er décembre à 14 h, sauf si la master class de chant que je donne
ce jour-là déborde. Je vous préviendrai.
Justine

> Le 14 nov. 2026, Pro'pulse a écrit :
> Nous vous proposons un rendez-vous le mardi 1er décembre à 14 h.""",
        reply(),
        headers={"In-Reply-To": "<rdv-0418@animafac.net>", "References": "<rdv-0418@animafac.net>"},
    )),
    # Sense: master — true_sense — English Master's degree
    S("master", "true_sense", "Master", M(
        "Daniel Okafor <daniel.okafor@example.com>", "Application Pro'pulse", "16 12:15",
        """Dear team,

I finished my Master's in Development Economics in Bordeaux (defended October 2026, degree awarded).
I'm looking for a job in a French cooperative or NGO working on fair trade.

Daniel Okafor
+33 7 58 20 14 66""",
        app("Daniel", "Okafor", phone="+33758201466", bac=5, grad="2026-10", language="en",
            status="en_master_october_2026"),
    )),
    # Sense: master — other_sense — auto-reply mentioning master class
    S("master", "other_sense", "master class", M(
        "Hélène Vasseur <helene.vasseur@conservatoire.example.fr>", "Réponse automatique", "16 18:00",
        """Je suis en master class à l'étranger jusqu'au 7 décembre, avec un accès limité à mes messages.
Cordialement, Hélène Vasseur""",
        auto_reply(),
    )),
    # Sense: reconversion — other_sense — CV mentions reconversion as service
    S("reconversion", "other_sense", "reconversion", M(
        "Mélanie Costa <melanie.costa@example.org>", "Candidature — CV joint", "17 10:00",
        """Bonjour,

Vous trouverez mon CV en pièce jointe.

Mélanie Costa""",
        app("Mélanie", "Costa", phone="+33698123450", bac=5, grad="2025-07", info_in="cv",
            status="cv_projet_reconversion_salaries"),
        cv=CV("docx", "CV_Melanie_Costa.docx", """
Mélanie Costa
06 98 12 34 50 — melanie.costa@example.org
Objectif : emploi de chargée d'accompagnement dans l'ESS (reconversion des salariés, bilans de compétences)
Formation
Juillet 2025 : Master Ressources humaines et économie sociale, Université de Lille
Expérience
Février-juin 2025 : stage, Coopérative d'activité Solidaire (terminé)
"""),
    )),
    # Sense: master — true_sense — master abandoned
    S("master", "true_sense", "master", M(
        "Axel Brunet <axel.brunet@example.net>", "candidature", "17 14:20",
        """Bonjour, j'ai arrêté mon master en cours d'année (M1 non validé), j'ai donc une licence de
philosophie obtenue en juin 2025. Je cherche un emploi dans une association de médiation.
Axel""",
        app("Axel", "Brunet", phone=None, bac=3, grad="2025-06", status="master_arrete_licence"),
    )),
]
