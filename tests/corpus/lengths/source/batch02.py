"""Lengths corpus, batch 02 (writer A): one_line (a sentence or two that carry the whole case or leave most of it
open; a two-word question, a one-line confirmation, an unsubscribe, a one-line out-of-office), pasted_cv (a
greeting then a whole CV as text, the deciding fact in its dates or lines), many_matters (long mails raising
housing, transport, a disability, childcare, benefits, the schedule and a friend, the person's facts scattered
among them)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import M, app, auto_reply, bounce, other, question, reply
from lengths import N

MESSAGES = [
    # Feature: one_line — graduation — Sortie de BTS ESF en juin
    # length: short, 27 words in one sentence and a signature, the BTS's month and the aim in the same sentence → application; BTS ESF of June 2026, a post in an association → eligible
    N("one_line", "graduation", "Sortie de BTS ESF en juin", M(
        "Zoé Lambert <zoe.lambert59@gmail.com>", "candidature", "02 20:11",
        """Sortie de BTS ESF en juin, je cherche un poste de conseillère en économie sociale familiale dans une association sur Lille, dispo dès maintenant.
Zoé Lambert 06 33 71 48 02""",
        app("Zoé", "Lambert", phone="+33633714802", bac=2, grad="2026-06", status="ligne_bts_esf_juin"),
    )),
    # Feature: one_line — situation — je suis en stage jusqu'en mars
    # length: short, 27 words in two sentences, the internship running until March in a clause after the diploma → application; licence pro of 2026, an internship until March 2027 → fails not_internship → not eligible
    N("one_line", "situation", "je suis en stage jusqu'en mars", M(
        "Élodie Jacquet <elodie.jacquet@outlook.fr>", "Pro'pulse", "03 12:49",
        """Bonjour, licence pro gestion des structures associatives validée cette année, mais je suis en stage jusqu'en mars, je chercherai ensuite en asso.
Élodie Jacquet""",
        app("Élodie", "Jacquet", phone=None, bac=3, grad="2026", failing=("not_internship",), status="ligne_stage_jusqu_en_mars"),
    )),
    # Feature: one_line — graduation — Licence de sociologie en 2023
    # length: short, 22 words in two sentences, the licence's year first → application; a licence of 2023, more than 24 months ago → fails graduation_recent → not eligible
    N("one_line", "graduation", "Licence de sociologie en 2023", M(
        "Farid Kaci <farid.kaci@free.fr>", "question inscription", "04 07:58",
        """Licence de sociologie en 2023, je voudrais bosser dans une SCOP, c'est possible avec vous ? Farid Kaci 07 52 90 16 43""",
        app("Farid", "Kaci", phone="+33752901643", bac=3, grad="2023", failing=("graduation_recent",), status="ligne_licence_socio_2023"),
    )),
    # Feature: one_line — graduation — titulaire d'un master en développement local
    # ambiguous: the master is named with no date: graduation_recent stays open
    # length: short, 25 words in one sentence, a level and an ESS aim, no date → application; master (bac+5) of unsaid date → graduation_recent open → to verify
    N("one_line", "graduation", "titulaire d'un master en développement local", M(
        "Gabriel Eboué <gabriel.eboue@gmail.com>", "Inscription", "05 23:31",
        """Bonsoir, je suis titulaire d'un master en développement local et je cherche un emploi dans l'ESS, comment je m'inscris ?
Gabriel Eboué""",
        app("Gabriel", "Eboué", phone=None, bac=5, grad=None, unknown=("graduation_recent",), status="ligne_master_dev_local_sans_date"),
    )),
    # Feature: one_line — aim — un poste de juriste dans une association d'accès aux droits
    # length: short, 28 words in one sentence and a name, the BUT's month and the aim → application; BUT of July 2026, a lawyer's post in an association → eligible
    N("one_line", "aim", "un poste de juriste dans une association d'accès aux droits", M(
        "Nathan Gautier <nathan.gautier@etu.umontpellier.fr>", "Candidature Nathan Gautier", "06 16:04",
        """BUT Carrières juridiques obtenu en juillet 2026, je cherche un poste de juriste dans une association d'accès aux droits à Montpellier.
Nathan Gautier""",
        app("Nathan", "Gautier", phone=None, bac=3, grad="2026-07", status="ligne_but_cj_juriste_asso"),
    )),
    # Feature: one_line — aim — peu importe le domaine
    # ambiguous: «peu importe le domaine»: a search with no sector leaves the aim open
    # length: short, 21 words in one sentence, a dated master and a search in any field → application; master of September 2025, no sector sought → job_seeking_ess open → to verify
    N("one_line", "aim", "peu importe le domaine", M(
        "Sarah Benhamou <sarah.benhamou@yahoo.fr>", "Recherche emploi", "07 09:20",
        """Diplômée d'un master de géographie en septembre 2025, je cherche du travail, peu importe le domaine, vous pouvez m'aider ?
Sarah""",
        app("Sarah", "Benhamou", phone=None, bac=5, grad="2025-09", unknown=("job_seeking_ess",), status="ligne_master_geo_peu_importe"),
    )),
    # Feature: one_line — level — J'ai un CAP petite enfance
    # length: short, 22 words in one sentence and a name, the only diploma named → application; a CAP alone → fails degree_level (no date given) → not eligible
    N("one_line", "level", "J'ai un CAP petite enfance", M(
        "Amandine Leroux <amandine.leroux@laposte.net>", "je peux postuler ?", "08 14:37",
        """J'ai un CAP petite enfance et trois ans en crèche associative, je peux postuler pour un poste dans l'ESS ? Amandine Leroux""",
        app("Amandine", "Leroux", phone=None, bac=0, grad=None, failing=("degree_level",), status="ligne_cap_petite_enfance"),
    )),
    # Feature: one_line — kind — C'est gratuit pour les participants
    # length: short, 6 words, a question with no fact of the writer → question
    N("one_line", "kind", "C'est gratuit pour les participants", M(
        "Dylan Chauvet <dylan.chauvet@gmail.com>", "(sans objet)", "09 21:15",
        """C'est gratuit pour les participants ?""",
        question(),
    )),
    # Feature: one_line — kind — Oui je confirme ma présence
    # length: short, 9 words, a confirmation in our thread (In-Reply-To ours) → reply
    N("one_line", "kind", "Oui je confirme ma présence", M(
        "Ophélie Bernard <ophelie.bernard@hotmail.fr>", "Re: Votre entretien Pro'pulse du 2 décembre", "21 18:02",
        """Oui je confirme ma présence mardi, merci. Ophélie""",
        reply(),
        headers={"In-Reply-To": "<entretien-0211.2026@animafac.net>"},
    )),
    # Feature: one_line — kind — Merci de me retirer de votre liste de diffusion
    # length: short, 8 words, an unsubscribe request with no application and no question → other
    N("one_line", "kind", "Merci de me retirer de votre liste de diffusion", M(
        "Henri Cordier <henri.cordier@wanadoo.fr>", "désinscription", "10 06:45",
        """Merci de me retirer de votre liste de diffusion.""",
        other(),
    )),
    # Feature: one_line — kind — En congés, retour le 30/11
    # length: short, 12 words, a one-line out-of-office (Auto-Submitted) → auto-reply
    N("one_line", "kind", "En congés, retour le 30/11", M(
        "Florian Daoudi <f.daoudi@scop-batiservices.example.fr>", "Absence du bureau", "24 08:00",
        """En congés, retour le 30/11. Pour toute urgence : contact@scop-batiservices.example.fr""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: pasted_cv — situation — Depuis septembre 2026 : stagiaire chargée de communication
    # length: long, about 370 words of a CV pasted after a two-line greeting, the running internship as the first line of «EXPÉRIENCES» (until February 2027) → application; master of 2026, an internship until February 2027 → fails not_internship → not eligible
    N("pasted_cv", "situation", "Depuis septembre 2026 : stagiaire chargée de communication", M(
        "Chloé Arnaud <chloe.arnaud@gmail.com>", "Candidature Pro'pulse - CV", "10 13:26",
        """Bonjour,
Je n'arrive pas à joindre de fichier depuis mon téléphone, alors je vous colle mon CV ci-dessous. Merci !

CHLOÉ ARNAUD
Chargée de communication – projets solidaires
Villeurbanne – 06 24 58 91 37 – chloe.arnaud@gmail.com – permis B

PROFIL
Jeune diplômée en communication des organisations, sensible aux enjeux de l'économie sociale et solidaire, je souhaite mettre mes compétences rédactionnelles et graphiques au service d'une association ou d'une fondation.

FORMATION
2024 – 2026 : Master Communication des organisations, parcours communication publique et associative – Université Lumière Lyon 2 (diplôme obtenu en juillet 2026, mention assez bien)
2021 – 2024 : Licence Information-communication – Université Lumière Lyon 2
2021 : Baccalauréat général, spécialités SES et HLP – Lycée Ampère, Lyon

EXPÉRIENCES
Depuis septembre 2026 : stagiaire chargée de communication – Fondation pour l'habitat solidaire, Lyon (stage de six mois, jusqu'au 28 février 2027)
– refonte de la lettre d'information mensuelle
– animation des réseaux sociaux (LinkedIn, Instagram)
– organisation de la campagne de collecte de fin d'année
Février – juin 2025 : stagiaire en communication – Maison des solidarités de Vaulx-en-Velin
– réalisation d'affiches et de flyers pour les permanences d'accès aux droits
– rédaction d'articles pour le journal de quartier
– interviews d'habitants pour une exposition photo
Été 2024 : animatrice en centre de vacances (CDD de six semaines) – Ligue de l'enseignement du Rhône
2022 – 2024 : vendeuse le samedi – librairie indépendante, Lyon 1er (job étudiant)
2023 : bénévole au festival de musique Les Nuits de Fourvière (accueil du public)

COMPÉTENCES
Rédaction : communiqués de presse, articles, newsletters, contenus web, écriture inclusive
Graphisme : Canva, suite Adobe (InDesign, Illustrator, Photoshop niveau intermédiaire)
Web : WordPress, bases de HTML, Mailchimp, Brevo
Gestion de projet : rétroplanning, suivi budgétaire simple, coordination de prestataires
Outils : Pack Office, Google Workspace, Notion, Trello

LANGUES
Anglais : courant (C1, séjour de trois mois à Dublin en 2023)
Espagnol : intermédiaire (B1)
Langue des signes française : notions (niveau A1)

ENGAGEMENTS
Depuis 2022 : bénévole à l'association Habitat et Humanisme (accompagnement de familles relogées)
2021 – 2023 : membre du bureau de l'association étudiante Info-Com Solidaire (trésorière)

PROJETS
2026 : mémoire de master sur la communication des petites associations de quartier sans salarié (enquête auprès de 25 structures)
2025 : conception bénévole du site internet d'une amicale de locataires

CENTRES D'INTÉRÊT
Photographie argentique, randonnée dans le Vercors, théâtre d'improvisation (troupe amateur depuis 2020), cuisine végétarienne

Je reste disponible pour tout échange. Bonne journée,
Chloé""",
        app("Chloé", "Arnaud", phone="+33624589137", bac=5, grad="2026-07", failing=("not_internship",), status="cv_colle_stagiaire_fondation"),
    )),
    # Feature: pasted_cv — studies_finished — Master Innovation sociale (2e année en cours)
    # length: long, about 370 words of a CV pasted after one line, the second year of the master still running in the first line of «FORMATION» among a licence, jobs and engagements → application; licence of June 2025, a master's second year running → fails studies_finished → not eligible
    N("pasted_cv", "studies_finished", "Master Innovation sociale (2e année en cours)", M(
        "Thomas Goncalves <thomas.goncalves@etu.univ-tours.fr>", "CV Thomas Goncalves", "11 18:55",
        """Bonjour, voici mon CV pour le programme, je candidate pour l'an prochain.

THOMAS GONCALVES
Tours (37) – 07 81 36 24 59 – thomas.goncalves@etu.univ-tours.fr

OBJECTIF
Chargé de développement dans une coopérative ou une structure d'insertion par l'activité économique

FORMATION
2025 – 2027 : Master Innovation sociale (2e année en cours) – Université de Tours
Juin 2025 : Licence Économie-gestion, parcours économie sociale – Université de Tours
2022 : Baccalauréat STMG, spécialité gestion et finance – Lycée Grandmont, Tours

EXPÉRIENCES PROFESSIONNELLES
Avril – août 2026 : stage de M1 – chargé de mission au sein d'une coopérative d'activité et d'emploi (Tours)
– accueil et diagnostic de porteurs de projet
– organisation de deux réunions d'information collectives par mois
– participation à la préparation de l'assemblée générale des entrepreneurs-salariés
Mai – juin 2025 : stage de L3 – assistant administratif, chantier d'insertion en maraîchage biologique (Joué-lès-Tours)
– suivi des heures des salariés en insertion
– préparation des bilans pour les financeurs (DDETS, département)
2023 – 2025 : équipier polyvalent en restauration rapide, 15 h par semaine (job étudiant)
Étés 2021 et 2022 : ouvrier agricole saisonnier (vendanges, Vouvray)

ENGAGEMENT ASSOCIATIF
Depuis 2023 : bénévole à l'épicerie solidaire étudiante de l'université (approvisionnement, accueil)
2024 – 2025 : vice-président de l'association des étudiants en économie (organisation d'un forum des métiers de l'ESS)

COMPÉTENCES
Gestion : lecture d'un bilan et d'un compte de résultat, budget prévisionnel, plan de financement
Accompagnement : entretien de diagnostic, animation de réunions collectives, suivi de parcours
Outils : Excel (tableaux croisés dynamiques), Word, PowerPoint, Canva, logiciel de gestion de l'IAE (notions)
Connaissances : statut SCOP et SCIC, agréments ESUS, conventionnement IAE, appels à projets

LANGUES
Portugais : langue maternelle (famille originaire de Braga)
Anglais : B2
Espagnol : A2

CENTRES D'INTÉRÊT
Football en club (défenseur, équipe réserve), vélo, jardinage au potager familial, bandes dessinées, histoire des mouvements coopératifs

RÉFÉRENCES
Disponibles sur demande (tutrice de stage à la CAE, responsable du chantier d'insertion)

Quelques mots en plus : je sais que je ne suis pas encore diplômé du master, mais ma directrice de mémoire m'a conseillé de prendre contact dès maintenant avec les réseaux d'accompagnement, pour ne pas me retrouver seul en septembre prochain. Si le programme ne concerne que les personnes déjà diplômées, je comprendrai tout à fait et je reviendrai vers vous l'an prochain. En attendant, je suis preneur de tout conseil sur les structures à contacter pour un futur emploi.

Merci et bonne soirée,
Thomas""",
        app("Thomas", "Goncalves", phone="+33781362459", bac=3, grad="2025-06", failing=("studies_finished",), status="cv_colle_m2_en_cours"),
    )),
    # Feature: pasted_cv — career_change — 2016 – 2023 : conseillère clientèle
    # length: long, about 360 words of a CV pasted after a short greeting, seven years at a bank in the «EXPÉRIENCES» lines before the licence pro of 2025 → application; years of another trade before the new diploma → fails not_career_change → not eligible
    N("pasted_cv", "career_change", "2016 – 2023 : conseillère clientèle", M(
        "Aïcha Diop <aicha.diop@orange.fr>", "Candidature - CV dans le mail", "12 09:41",
        """Bonjour,

Vous trouverez mon CV ci-dessous, je me tiens à votre disposition.

AÏCHA DIOP
Montreuil (93) – 06 49 27 83 15 – aicha.diop@orange.fr

PROFIL
Professionnelle de la relation client en reconversion vers l'accompagnement social et l'économie solidaire. Sens de l'écoute, rigueur administrative, goût du travail en équipe.

FORMATION
Juin 2025 : Licence professionnelle Intervention sociale, parcours insertion et réinsertion sociale et professionnelle – IUT de Bobigny (Université Sorbonne Paris Nord), en formation continue
2014 : BTS Banque, conseiller de clientèle (particuliers) – Lycée Jean-Jaurès, Montreuil
2012 : Baccalauréat STG, mercatique – Lycée Condorcet, Montreuil

EXPÉRIENCES PROFESSIONNELLES
Depuis septembre 2025 : bénévole accompagnatrice – association d'aide aux démarches administratives, Montreuil (permanences le mardi)
Janvier – mai 2025 : stage de licence pro – conseillère en insertion, association intermédiaire (Bagnolet)
– accueil et diagnostic socioprofessionnel de demandeurs d'emploi
– mise en relation avec des particuliers et des entreprises pour des missions de travail
– suivi administratif des contrats
2016 – 2023 : conseillère clientèle – agence bancaire de Vincennes, réseau national
– gestion d'un portefeuille de 600 clients particuliers
– ouverture de comptes, crédits à la consommation, placements
– accompagnement de clients en situation de fragilité financière (microcrédit, dossiers de surendettement)
2014 – 2016 : chargée d'accueil – agence bancaire de Montreuil

COMPÉTENCES
Accompagnement : entretien individuel, diagnostic, orientation, suivi de parcours
Administratif : constitution de dossiers (CAF, France Travail, MDPH), tableaux de suivi
Budget : connaissance des dispositifs de surendettement, d'aide au budget et de microcrédit personnel
Outils : Pack Office, logiciels bancaires, outils de suivi d'insertion

LANGUES
Wolof : langue maternelle
Anglais : intermédiaire (B1)

CENTRES D'INTÉRÊT
Couture (création de vêtements pour un collectif de quartier), course à pied (semi-marathon de Paris 2024), lecture de romans africains contemporains

MOBILITÉ
Île-de-France, transports en commun

Pour compléter ce CV : j'ai choisi de quitter la banque parce que les dossiers de clients en difficulté, que je traitais avec le plus d'attention, étaient justement ceux que ma hiérarchie me demandait d'expédier. J'ai financé ma licence pro avec mon compte personnel de formation et une rupture conventionnelle, et je ne regrette rien. Je connais bien le monde des chiffres, je voudrais maintenant le mettre au service des gens.

Ce que je recherche : un poste de conseillère en insertion ou d'accompagnatrice budgétaire dans une association, un point conseil budget ou une structure d'insertion.

Cordialement,
Aïcha Diop""",
        app("Aïcha", "Diop", phone="+33649278315", bac=3, grad="2025-06", failing=("not_career_change",), status="cv_colle_banque_2016_2023"),
    )),
    # Feature: pasted_cv — level — DEUST Animation et gestion des activités physiques, sportives ou culturelles
    # length: long, about 370 words of a CV pasted with a three-word greeting, the DEUST (bac+2) and its month in «FORMATION», the aim in «OBJECTIF» → application; DEUST of June 2025, a post in a sports or popular-education association → eligible
    N("pasted_cv", "level", "DEUST Animation et gestion des activités physiques, sportives ou culturelles", M(
        "Kylian Bonnet <kylian.bonnet@gmail.com>", "mon CV", "12 22:03",
        """Bonjour, mon CV :

KYLIAN BONNET
22 ans – Clermont-Ferrand – 07 69 14 52 38

OBJECTIF
Animateur sportif ou coordinateur d'activités dans une association sportive, une fédération ou une association d'éducation populaire, en CDI ou CDD long

FORMATION
Juin 2025 : DEUST Animation et gestion des activités physiques, sportives ou culturelles – UFR STAPS, Université Clermont Auvergne
2023 : Baccalauréat général, spécialités SVT et EPS – Lycée Blaise-Pascal, Clermont-Ferrand
2022 : BAFA (formation générale et approfondissement « activités sportives »)
2024 : PSC1 (prévention et secours civiques de niveau 1)

EXPÉRIENCES
Septembre 2025 – aujourd'hui : animateur périscolaire à temps partiel, ville de Chamalières (CDD, 20 h par semaine, en attendant un poste à temps plein)
Mars – mai 2025 : stage de DEUST – assistant coordinateur, club omnisports associatif de Riom
– organisation d'un tournoi inter-quartiers de futsal (120 participants)
– encadrement des séances multisports des 8–12 ans
– participation au montage d'un dossier de subvention auprès de l'Agence nationale du sport
Été 2024 : animateur en séjour de vacances adaptées (jeunes en situation de handicap), association régionale
2022 – 2024 : arbitre de football officiel, district du Puy-de-Dôme (matchs de jeunes le week-end)

COMPÉTENCES
Conception et animation de séances sportives pour tous les publics
Sport-santé et activités adaptées (notions)
Organisation d'événements sportifs, logistique, gestion des inscriptions
Communication avec les familles et les partenaires
Outils : Pack Office, Canva, logiciels de gestion de licences (notions)

LANGUES
Anglais : B1
Italien : notions (grands-parents originaires des Abruzzes)

ENGAGEMENTS
Depuis 2019 : licencié et bénévole dans un club de handball associatif (aide à l'encadrement des moins de 11 ans)
2024 : bénévole au marathon de Clermont (ravitaillement, sécurité)

CENTRES D'INTÉRÊT
Handball, trail, montagne (randonnées dans les volcans d'Auvergne), montage vidéo de résumés de matchs

Je me permets d'ajouter deux ou trois choses qui ne rentrent pas dans le CV. Je cherche vraiment dans le monde associatif, parce que c'est dans les clubs que j'ai grandi et que j'ai vu ce que le sport pouvait apporter aux gamins de mon quartier, surtout à ceux qui n'allaient pas bien à l'école. Je ne veux pas travailler dans une salle de sport privée, même si on m'en a proposé. Je peux me déplacer dans tout le Puy-de-Dôme, j'ai une voiture. Et je suis disponible tout de suite, mon contrat périscolaire se termine aux vacances de Noël.

Merci d'avance,
Kylian""",
        app("Kylian", "Bonnet", phone="+33769145238", bac=2, grad="2025-06", status="cv_colle_deust_staps"),
    )),
    # Feature: pasted_cv — graduation — socio-éducative et socioculturelle – 2024
    # ambiguous: the licence pro's year alone in 2024 (before or after November): graduation_recent stays open
    # length: long, about 380 words of a CV pasted after a greeting, a year alone for the diploma in «FORMATION» → application; licence pro «2024», an association's post sought → graduation_recent open → to verify
    N("pasted_cv", "graduation", "socio-éducative et socioculturelle – 2024", M(
        "Jade Fernandes <jade.fernandes@sfr.fr>", "Candidature Pro'pulse", "13 11:17",
        """Bonjour,

Je souhaite m'inscrire au programme Pro'pulse. Voici mon CV (copié-collé, le PDF ne passait pas) :

JADE FERNANDES
Perpignan – 06 12 87 45 36 – jade.fernandes@sfr.fr

RECHERCHE
Poste d'animatrice coordinatrice ou de référente famille dans un centre social, une association de quartier ou une maison des jeunes et de la culture

FORMATION
Licence professionnelle Métiers de l'animation sociale, socio-éducative et socioculturelle – 2024 – IUT de Perpignan
DUT Carrières sociales, option animation sociale et socioculturelle – IUT de Perpignan
Baccalauréat ES – Lycée Jean-Lurçat, Perpignan

EXPÉRIENCES
Depuis janvier 2025 : animatrice vacataire – ville de Perpignan, accueils de loisirs (mercredis et vacances scolaires)
Septembre 2023 – juin 2024 : alternance (licence pro) – centre social associatif du quartier Saint-Jacques
– animation d'ateliers parents-enfants
– co-organisation de la fête de quartier et d'un repas partagé mensuel
– participation aux comités d'usagers
Avril – juin 2023 : stage de DUT – association de prévention spécialisée, Perpignan
Étés 2021 et 2022 : animatrice BAFA en colonies de vacances (Pyrénées)

COMPÉTENCES
Animation de groupes d'enfants, d'adolescents et d'adultes
Conduite de projets participatifs avec les habitants
Accueil et écoute des familles, orientation vers les partenaires
Travail en réseau avec les écoles, la PMI, les associations
Outils : Word, Excel, Canva, réseaux sociaux

LANGUES
Catalan : courant
Espagnol : courant
Anglais : scolaire

ENGAGEMENT
Depuis 2020 : bénévole à la Croix-Rouge (maraudes, collectes alimentaires)
2022 – 2024 : membre du conseil d'administration d'une association de danse traditionnelle catalane

CENTRES D'INTÉRÊT
Sardane et danses traditionnelles, randonnée, bricolage, cuisine du monde

DIVERS
Permis B et véhicule personnel
BAFA, PSC1

Je me permets d'ajouter quelques mots parce qu'un CV ne dit pas tout. Depuis la fin de ma licence pro, je fais des vacations à la ville, ce qui me permet de garder le contact avec les enfants et les familles, mais ce n'est pas un vrai poste : les contrats sont renouvelés au mois, sans visibilité. Ce que j'aimerais, c'est retrouver une place dans un centre social comme celui où j'ai fait mon alternance, où je participais aux décisions avec les habitants et les bénévoles. J'ai déjà envoyé plusieurs candidatures spontanées, mais je crois que je m'y prends mal, et on m'a dit que votre programme aidait justement à mieux cibler les structures et à préparer les entretiens. Je peux me rendre à Montpellier ou à Toulouse pour les rencontres si besoin.

Merci beaucoup, j'espère avoir de vos nouvelles.
Jade Fernandes""",
        app("Jade", "Fernandes", phone="+33612874536", bac=3, grad="2024", unknown=("graduation_recent",), status="cv_colle_lp_2024_annee_seule"),
    )),
    # Feature: pasted_cv — graduation — Septembre 2026 : Master Gestion de l'environnement
    # length: long, about 360 words of a CV pasted after two lines, the master's month as the first line of «FORMATION», side jobs during studies as distractors → application; master of September 2026, a SCIC or an environmental association sought → eligible
    N("pasted_cv", "graduation", "Septembre 2026 : Master Gestion de l'environnement", M(
        "Antoine Hoarau <antoine.hoarau@gmail.com>", "Candidature + CV", "14 15:30",
        """Bonjour à l'équipe Pro'pulse,
Je vous transmets ma candidature avec mon CV ci-dessous.

ANTOINE HOARAU
Montpellier – 06 92 41 78 26 – antoine.hoarau@gmail.com

OBJECTIF PROFESSIONNEL
Chargé de mission transition écologique dans une SCIC, une coopérative ou une association environnementale (énergie citoyenne, alimentation durable, mobilités)

FORMATION
Septembre 2026 : Master Gestion de l'environnement, parcours éco-conseil et transitions – Université Paul-Valéry, Montpellier (diplôme obtenu)
2024 : Licence Géographie et aménagement – Université de La Réunion, Saint-Denis
2021 : Baccalauréat général – Lycée Leconte-de-Lisle, Saint-Denis de La Réunion

EXPÉRIENCES
Mars – août 2026 : stage de fin d'études – chargé de mission, SCIC d'énergie renouvelable citoyenne (Hérault)
– animation de réunions publiques pour un projet de centrale solaire villageoise
– mobilisation de nouveaux sociétaires (habitants, communes)
– rédaction d'un guide sur la gouvernance partagée
Avril – juin 2025 : stage de M1 – association d'éducation à l'environnement, Montpellier
– création d'animations sur le tri et le compostage pour des écoles
2022 – 2025 : équipier de cuisine dans un restaurant de Montpellier, le soir et le week-end (job étudiant)
2023 : bénévole au Festival des solidarités (stand sur le gaspillage alimentaire)

COMPÉTENCES
Animation de la participation citoyenne (réunions publiques, ateliers, débats mouvants)
Gestion de projet : cahier des charges, rétroplanning, suivi budgétaire
Connaissances : SCIC, financement participatif, marchés publics (notions), bilans carbone simplifiés
Outils : QGIS, Excel, Canva, Framasoft, suite bureautique

LANGUES
Créole réunionnais : langue maternelle
Anglais : courant (B2+)
Espagnol : intermédiaire

ENGAGEMENTS
Depuis 2024 : membre d'une AMAP (distribution hebdomadaire, coordination des contrats légumes)
2022 – 2024 : bénévole dans une association de nettoyage des plages (La Réunion puis Palavas)

CENTRES D'INTÉRÊT
Surf, randonnée, photographie de nature, permaculture, musique maloya

Un mot sur mon projet : pendant mon stage, j'ai découvert à quel point la gouvernance partagée demande du temps, de la patience et des outils concrets pour que les habitants prennent vraiment la parole. C'est ce travail-là que j'aimerais poursuivre, dans une structure où les décisions se prennent collectivement, plutôt que dans un bureau d'études classique où l'on rend des rapports à des clients. J'ai regardé les offres des SCIC de la région et je me rends compte que beaucoup de postes ne sont pas publiés, d'où mon intérêt pour votre réseau.

Je suis disponible immédiatement, à Montpellier ou ailleurs en Occitanie.
Bien cordialement,
Antoine Hoarau""",
        app("Antoine", "Hoarau", phone="+33692417826", bac=5, grad="2026-09", status="cv_colle_master_env_sept_2026"),
    )),
    # Feature: pasted_cv — kind — nous recrutons un·e chargé·e d'accompagnement socioprofessionnel
    # length: long, about 360 words, an association's job offer pasted whole (mission, profile, conditions) for the programme's participants, no application → other
    N("pasted_cv", "kind", "nous recrutons un·e chargé·e d'accompagnement socioprofessionnel", M(
        "Laurent Guillot <recrutement@atelier-reemploi-berry.example.fr>", "Offre d'emploi à diffuser auprès de vos participants", "15 10:04",
        """Bonjour,

Nous avons rencontré votre équipe lors du forum de l'emploi de l'ESS à Bourges. Comme convenu, je vous transmets notre offre, que vous pouvez diffuser auprès des jeunes diplômés que vous accompagnez. Je la colle ci-dessous pour éviter les problèmes de pièce jointe.

---

L'ATELIER DU RÉEMPLOI DU BERRY
Association loi 1901 – ateliers et chantiers d'insertion – 42 salariés dont 30 en parcours d'insertion

Dans le cadre du développement de notre activité de collecte et de valorisation du mobilier, nous recrutons un·e chargé·e d'accompagnement socioprofessionnel.

MISSIONS
– accueillir les salariés en parcours d'insertion et réaliser avec eux un diagnostic de leur situation (emploi, logement, santé, mobilité, droits)
– construire et suivre avec chacun un projet professionnel, en lien avec les encadrants techniques
– mobiliser les partenaires du territoire (France Travail, missions locales, services sociaux, organismes de formation, employeurs)
– organiser des immersions en entreprise et des sessions de recrutement
– assurer le suivi administratif des parcours et contribuer aux bilans pour les financeurs
– participer à la vie de l'association (réunions d'équipe, assemblée générale, projets collectifs)

PROFIL RECHERCHÉ
– formation de niveau bac+2 à bac+5 dans le domaine de l'insertion, du travail social ou des ressources humaines (CIP, licence pro, master)
– première expérience de l'accompagnement appréciée, y compris en stage ou en alternance
– connaissance du secteur de l'insertion par l'activité économique souhaitée
– capacité d'écoute, de bienveillance et de fermeté, goût du travail en équipe pluridisciplinaire
– permis B indispensable (déplacements sur le département)

CONDITIONS
– CDI à temps plein, 35 heures du lundi au vendredi
– rémunération selon la convention collective des ateliers et chantiers d'insertion, environ 2 050 € bruts mensuels, reprise d'ancienneté
– mutuelle prise en charge à 60 %, tickets restaurant
– poste basé à Bourges, à pourvoir à partir du 5 janvier 2027

CANDIDATURE
CV et lettre de motivation à adresser avant le 18 décembre à recrutement@atelier-reemploi-berry.example.fr, à l'attention de Laurent Guillot, directeur. Les entretiens auront lieu la semaine du 4 janvier.

---

N'hésitez pas à me contacter si vous souhaitez que nous présentions notre structure lors d'une de vos sessions collectives : nous accueillons volontiers des visites de l'atelier, et plusieurs de nos encadrants ont eux-mêmes un parcours atypique qu'ils aiment partager.

Bien cordialement,
Laurent Guillot
Directeur – L'Atelier du réemploi du Berry
02 48 57 19 63""",
        other(),
    )),
    # Feature: many_matters — situation — ma mission de service civique se termine début décembre
    # ambiguous: a civic service ending «début décembre» with no day: not_service_civique stays open
    # length: long, about 400 words raising a wheelchair, accessible rooms, a disability allowance, the schedule, a train journey and a friend, the civic service's end once in the fourth paragraph → application; licence of June 2026, a civic service ending early December → not_service_civique open → to verify
    N("many_matters", "situation", "ma mission de service civique se termine début décembre", M(
        "Victor Laurent <victor.laurent@gmail.com>", "Candidature et quelques questions pratiques", "15 16:48",
        """Bonjour,

Je voudrais candidater à Pro'pulse, mais avant tout j'ai plusieurs questions pratiques, parce que ma situation demande un peu d'organisation. Je préfère tout vous dire d'un coup, désolé pour le pavé.

D'abord, je me déplace en fauteuil roulant manuel depuis un accident de scooter à 17 ans. Je suis tout à fait autonome au quotidien, mais j'ai besoin de savoir si les salles où se tiennent les sessions collectives sont accessibles : ascenseur, toilettes adaptées, pas de marche à l'entrée. Si ce n'est pas le cas, est-ce qu'il est possible de prévoir une autre salle ou de suivre certaines séances à distance ?

Ensuite, je perçois l'AAH. Je voudrais être sûr que la participation au programme ne change rien à mes droits, qu'il n'y a pas d'indemnité ou de rémunération qui pourrait être prise en compte par la CAF. Je suppose que non, mais je préfère demander.

Pour ce qui est de ma situation : j'ai obtenu une licence de sciences politiques à Nancy en juin 2026, et ma mission de service civique se termine début décembre. Je la fais dans une association qui lutte contre les discriminations, où j'interviens dans les collèges pour parler de handicap et de préjugés. C'est d'ailleurs ce qui m'a donné envie de chercher un poste de chargé de projet ou de chargé de plaidoyer dans une association, une fédération ou une fondation.

Question horaires : je dois faire des séances de kiné deux fois par semaine, le mardi et le jeudi en fin d'après-midi. Est-ce que les ateliers se terminent en général avant 17 h ? Si ce n'est pas le cas, je peux sans doute décaler, mais il me faut un peu de temps pour m'organiser avec le cabinet.

Pour les transports, j'habite à Nancy. Si les sessions ont lieu à Paris, il me faut réserver l'assistance SNCF 48 heures à l'avance, donc j'aurais besoin de connaître le calendrier le plus tôt possible. Est-ce que les frais de train sont remboursés, même partiellement ?

Dernière chose : un ami de ma promo, qui termine en ce moment un stage dans une collectivité, m'a demandé s'il pouvait candidater lui aussi. Je lui ai dit de vous écrire directement, mais si vous avez un lien vers un formulaire ou une plaquette, je la lui transmettrai volontiers.

Merci beaucoup pour votre patience et pour votre réponse. Je suis joignable au 06 58 43 21 70, de préférence par SMS en journée.

Bonne journée,
Victor Laurent""",
        app("Victor", "Laurent", phone="+33658432170", bac=3, grad="2026-06", unknown=("not_service_civique",), status="questions_fauteuil_sc_debut_decembre"),
    )),
    # Feature: many_matters — graduation — licence pro Gestion des organisations de l'ESS en juin 2025
    # length: long, about 380 words raising a toddler's daycare, the CAF, a car, the schedule and remote sessions, the licence pro's month in the middle once → application; licence pro of June 2025, a post in an association → eligible
    N("many_matters", "graduation", "licence pro Gestion des organisations de l'ESS en juin 2025", M(
        "Fatoumata Cissé <fatou.cisse@gmail.com>", "Inscription Pro'pulse + organisation", "16 21:22",
        """Bonsoir,

Je suis très intéressée par votre programme, mais je suis maman solo d'une petite fille de deux ans, et je voudrais savoir comment m'organiser avant de m'engager. Je vous pose donc mes questions en vrac, en espérant que ce n'est pas trop.

Pour la garde : ma fille va à la crèche de mon quartier quatre jours par semaine, le lundi, mardi, jeudi et vendredi, de 8 h 30 à 17 h 30. Le mercredi, je la garde. Est-ce que les sessions collectives ont lieu le mercredi ? Si oui, est-ce que c'est possible de venir avec elle, ou de suivre à distance ? Je peux éventuellement demander à ma mère, mais elle habite à Évry et ce n'est pas simple.

Pour l'argent : je touche le RSA majoré et l'allocation de soutien familial. J'ai lu quelque part que certains programmes d'accompagnement donnent droit à une aide pour la garde d'enfants quand on reprend une activité. Est-ce le cas chez vous, ou est-ce qu'il faut voir ça avec France Travail ?

Pour les déplacements, je n'ai pas de voiture, je prends le RER D. Si les rencontres sont à Paris intra-muros, ça va, comptez une heure. Si c'est en banlieue ouest, ça devient compliqué avec les horaires de crèche.

Mon parcours, pour que vous voyiez si je corresponds : j'ai eu un BTS SP3S en 2019, puis j'ai eu ma fille, et j'ai repris en formation pour obtenir une licence pro Gestion des organisations de l'ESS en juin 2025, à l'université d'Évry, en alternance dans une association d'aide à domicile. Depuis, je fais des candidatures pour des postes d'assistante de coordination ou de responsable de secteur dans des associations d'aide à domicile ou des centres sociaux. Je n'ai pas eu de réponse positive pour l'instant, souvent à cause des horaires qu'on me propose.

J'aurais aussi une question sur la durée : combien de mois dure l'accompagnement, et est-ce qu'on peut l'arrêter si on trouve un emploi en cours de route ?

Enfin, est-ce que vous pourriez me dire si les entretiens de sélection peuvent se faire par téléphone ? Ce serait plus facile pour moi.

Je vous remercie par avance pour vos réponses et pour ce que vous faites. Mon numéro : 07 53 21 86 94.

Bien à vous,
Fatoumata Cissé
Grigny (91)""",
        app("Fatoumata", "Cissé", phone="+33753218694", bac=3, grad="2025-06", status="questions_creche_rsa_lp_2025"),
    )),
    # Feature: many_matters — graduation — mon BTS, je l'ai eu en 2022
    # length: long, about 360 words raising housing, the RSA, a mobile phone contract, a friend in an internship (the friend's fact), the schedule, the BTS's year once near the end → application; a BTS of 2022, more than 24 months ago → fails graduation_recent → not eligible
    N("many_matters", "graduation", "mon BTS, je l'ai eu en 2022", M(
        "Kevin Lemaire <kevin.lemaire.pro@gmail.com>", "Plusieurs questions avant de candidater", "17 11:09",
        """Bonjour,

Je me permets de vous écrire parce que j'ai vu une affiche de votre programme à la mission locale, et j'ai plusieurs questions, ma situation étant un peu compliquée en ce moment.

Premièrement, le logement. Je suis hébergé chez un ami à Saint-Étienne depuis septembre, parce que j'ai dû quitter mon appartement de Roanne après une séparation. Je n'ai donc pas d'adresse fixe à mon nom pour l'instant. Est-ce que ça pose un problème pour l'inscription ? Est-ce que je peux donner l'adresse de mon ami ou celle de la mission locale ?

Deuxièmement, je suis au RSA depuis octobre. Ma référente m'a dit que je devais signaler toute formation ou tout accompagnement. Est-ce que Pro'pulse est considéré comme une formation ? Est-ce que vous pouvez me fournir une attestation de participation si elle me la demande ?

Troisièmement, question peut-être bête : est-ce qu'il faut un ordinateur ? J'ai seulement un téléphone, avec un forfait pas très généreux en données, donc les visioconférences longues, c'est compliqué. S'il y a des ordinateurs disponibles sur place ou dans une association partenaire, ça m'aiderait beaucoup.

Quatrièmement, mon ami qui m'héberge, Bastien, est en stage de fin d'études dans une association de solidarité internationale jusqu'en février. Il voudrait savoir s'il peut candidater dès maintenant pour une session qui commencerait après son stage, ou s'il doit attendre d'avoir fini. Je lui transmettrai votre réponse.

Pour moi, voilà mon parcours en bref : mon BTS, je l'ai eu en 2022, c'était un BTS Services et prestations des secteurs sanitaire et social, à Roanne. Après, j'ai travaillé en intérim dans des entrepôts et un peu en restauration, rien de très stable. Maintenant, je voudrais vraiment travailler dans une association d'aide aux personnes, un CCAS associatif ou une structure d'hébergement, je crois que mon expérience récente des galères de logement me rend plutôt compréhensif avec les personnes accueillies.

Dernière question : combien de temps faut-il attendre en général entre l'envoi de la candidature et la réponse ? J'aimerais pouvoir le dire à ma référente RSA.

Merci beaucoup pour votre aide, et désolé pour toutes ces questions. Je sais que ce n'est pas le message le plus clair que vous recevrez cette semaine.

Kevin Lemaire
06 71 29 48 36""",
        app("Kevin", "Lemaire", phone="+33671294836", bac=2, grad="2022", failing=("graduation_recent",), status="questions_heberge_bts_2022"),
    )),
    # Feature: many_matters — aim — un poste d'assistant RH dans la grande distribution
    # length: long, about 350 words raising a move, a car loan, a partner's job, a hearing aid, the schedule, the search outside the ESS once in the fifth paragraph → application; master of 2026, an HR post in big retail sought → fails job_seeking_ess → not eligible
    N("many_matters", "aim", "un poste d'assistant RH dans la grande distribution", M(
        "Maxime Courtois <maxime.courtois@outlook.fr>", "Candidature + questions", "17 19:57",
        """Bonjour,

J'ai plusieurs choses à vous demander avant de m'inscrire, parce que je suis en pleine période de changements et je veux être sûr de pouvoir suivre le programme correctement.

Premier point : je déménage le mois prochain. Ma compagne vient d'obtenir un poste d'infirmière au CHU d'Angers et nous quittons Caen le 15 décembre. Est-ce que je dois candidater dans la région où j'habite aujourd'hui ou dans celle où j'habiterai ? Les groupes sont-ils constitués par ville ?

Deuxième point : je suis malentendant, appareillé des deux oreilles. Dans les groupes de plus de dix personnes, ou dans les salles qui résonnent, j'ai beaucoup de mal à suivre. Est-ce qu'il serait possible d'avoir les supports écrits à l'avance, ou que les animateurs utilisent un micro si la salle est grande ? En visio, j'utilise les sous-titres automatiques, donc ça va plutôt bien.

Troisième point, plus pratique : je viens de contracter un crédit pour une voiture d'occasion, et je dois faire attention à mes dépenses. Les repas sont-ils pris en charge lors des journées complètes ? Et y a-t-il des frais d'inscription ?

Pour me présenter : j'ai obtenu cette année un master de gestion des ressources humaines à l'IAE de Caen, après une licence de gestion. J'ai fait mon alternance dans une entreprise de transport. Je cherche désormais un poste d'assistant RH dans la grande distribution, de préférence dans un hypermarché ou au siège régional d'une enseigne, parce que c'est un secteur qui recrute beaucoup autour d'Angers et où l'on évolue vite. J'ai déjà postulé dans trois enseignes. J'ai vu que votre programme s'adressait aux jeunes diplômés, et je me suis dit qu'un accompagnement m'aiderait à décrocher des entretiens.

Quatrième point : mes horaires. Je travaille actuellement comme serveur le week-end pour payer le loyer, et ce jusqu'à notre départ. Les sessions ont-elles lieu en semaine uniquement ?

Enfin, ma sœur, qui vient de finir une licence d'histoire, m'a demandé si elle pouvait aussi candidater. Elle n'a pas encore d'idée précise de ce qu'elle veut faire. Est-ce que c'est un problème ?

Je vous remercie d'avance pour vos réponses, même succinctes, et pour votre compréhension.

Bien cordialement,
Maxime Courtois
07 84 12 53 69""",
        app("Maxime", "Courtois", phone="+33784125369", bac=5, grad="2026", failing=("job_seeking_ess",), status="questions_demenagement_rh_grande_distrib"),
    )),
    # Feature: many_matters — career_change — j'ai travaillé un temps dans la restauration
    # ambiguous: «un temps» in restaurants before the licence, length unsaid (a trade or a meanwhile job): not_career_change stays open
    # length: long, about 360 words raising a night bus, a dog, a dyslexia and its accommodations, a second job, the programme's certificate, the past job once vaguely in the sixth paragraph → application; licence of June 2026, restaurant work of unsaid length before it → not_career_change open → to verify
    N("many_matters", "career_change", "j'ai travaillé un temps dans la restauration", M(
        "Lina Belkacem <lina.belkacem@gmail.com>", "quelques questions + candidature", "18 23:44",
        """Bonsoir l'équipe,

J'espère que vous allez bien. Je vous écris parce que j'aimerais participer à Pro'pulse, mais avant j'ai plein de petites questions, j'espère que vous aurez le temps d'y répondre.

1) Je suis dyslexique et dysorthographique. À l'université, j'avais un tiers-temps et le droit d'utiliser un correcteur orthographique. Dans votre programme, il y a des exercices écrits ? Si oui, est-ce que je pourrai les faire à l'ordinateur avec mon logiciel ?

2) J'habite à Bègles et je travaille le soir dans un cinéma jusqu'à 23 h trois fois par semaine. Si les ateliers commencent tôt le matin, il me faudra prendre le premier tram. À quelle heure commencent-ils ?

3) J'ai un chien, je sais que c'est une question bizarre, mais pour les journées complètes, est-ce que je pourrais éventuellement le prendre avec moi s'il est calme ? Sinon je m'arrangerai avec ma voisine.

4) Est-ce que vous délivrez une attestation à la fin de l'accompagnement ? Ça m'aiderait pour mes candidatures et pour mon dossier à la mission locale.

5) Pour vous présenter un peu mon parcours : après mon bac, j'ai travaillé un temps dans la restauration, à Bordeaux puis à Arcachon, avant de reprendre mes études. J'ai obtenu en juin 2026 une licence de sciences de l'éducation à l'université de Bordeaux. J'ai fait mon stage dans un lieu d'accueil enfants-parents associatif, et j'aimerais beaucoup y retrouver un poste, ou dans une association de soutien à la parentalité ou de protection de l'enfance.

6) Mon petit frère est en service civique dans une association sportive, il termine en janvier. Il n'a pas de diplôme après le bac, donc je suppose qu'il ne peut pas candidater, mais je préfère vérifier pour lui.

7) Enfin, j'ai vu sur votre site qu'il fallait être « activement en recherche ». Est-ce que le fait de travailler au cinéma à temps partiel pose problème ?

8) Une toute dernière : est-ce qu'on peut candidater en même temps qu'on s'inscrit dans une agence d'intérim ? Ma conseillère m'a dit de multiplier les démarches, et je ne voudrais pas que ça soit mal vu.

Merci beaucoup et désolée pour la liste à rallonge !

Lina Belkacem
06 38 74 15 92""",
        app("Lina", "Belkacem", phone="+33638741592", bac=3, grad="2026-06", unknown=("not_career_change",), status="questions_dyslexie_restauration_un_temps"),
    )),
    # Feature: many_matters — kind — Le message suivant n'a pas pu être remis
    # length: long, about 380 words, a mail server's bounce whose body carries the whole returned mail (our information mail with its practical matters) as plain text → bounce
    N("many_matters", "kind", "Le message suivant n'a pas pu être remis", M(
        "Mail Delivery System <MAILER-DAEMON@mx.animafac.net>", "Non remis : Pro'pulse – informations pratiques sur la session de janvier", "19 08:31",
        """Ceci est un message généré automatiquement par le système de messagerie.

Le message suivant n'a pas pu être remis à un ou plusieurs destinataires. Il s'agit d'une erreur permanente. Les adresses suivantes ont échoué :

  garance.duval@univ-exemple.fr
    Boîte aux lettres inexistante (550 5.1.1 user unknown)

------ Copie du message non remis ------

Objet : Pro'pulse – informations pratiques sur la session de janvier
De : Pro'pulse <propulse@animafac.net>
À : garance.duval@univ-exemple.fr

Bonjour Garance,

Nous avons bien reçu ta candidature et nous sommes heureux de te confirmer que tu fais partie du groupe de la session de janvier. Voici les informations pratiques dont tu auras besoin.

Dates : la session commence le mardi 12 janvier 2027 et compte huit rencontres collectives, un mardi sur deux, de 9 h 30 à 16 h 30, jusqu'au 20 avril. Entre les rencontres, ton binôme et ta marraine ou ton parrain te proposeront des échanges individuels à distance.

Lieu : les rencontres ont lieu à la Maison des associations du 11e arrondissement, au rez-de-chaussée. La salle est accessible en fauteuil roulant, des toilettes adaptées se trouvent au même niveau. Si tu as besoin d'un aménagement particulier (supports en gros caractères, boucle magnétique, horaires adaptés), dis-le-nous dès que possible pour que nous puissions l'organiser.

Repas : le déjeuner est pris ensemble et offert par le programme. Merci de nous signaler tout régime alimentaire particulier.

Transports : les frais de transport en commun sont remboursés sur présentation des justificatifs pour les participants qui habitent hors d'Île-de-France, dans la limite d'un aller-retour par rencontre. Pour les participants franciliens, ils restent à ta charge.

Matériel : il n'est pas nécessaire d'avoir un ordinateur portable, mais c'est utile pour certains ateliers. Nous pouvons en prêter quelques-uns, il suffit de le demander la semaine précédente.

Garde d'enfants : si la garde de tes enfants est un frein à ta participation, parle-nous-en. Nous avons un petit fonds d'aide qui peut prendre en charge une partie des frais pour les journées collectives.

Attestation : une attestation de participation te sera remise à la fin du programme. Elle peut être transmise à France Travail, à ta mission locale ou à ta référente RSA si besoin.

Avant la première rencontre, nous te demandons de remplir le questionnaire de démarrage (lien ci-dessous) et de préparer une présentation de deux minutes de ton parcours et de ce que tu cherches.

À très bientôt,
L'équipe Pro'pulse
Animafac""",
        bounce("garance.duval@univ-exemple.fr"),
        bounce="""Reporting-MTA: dns; mx.animafac.net
Arrival-Date: Thu, 19 Nov 2026 08:31:02 +0100

Final-Recipient: rfc822; garance.duval@univ-exemple.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.univ-exemple.fr
Diagnostic-Code: smtp; 550 5.1.1 <garance.duval@univ-exemple.fr>: Recipient address rejected: User unknown""",
    )),
    # Feature: many_matters — kind — j'aurais plusieurs questions avant de leur en parler
    # length: long, about 350 words, a mother asking about the cost, the schedule, housing, transport and the selection before telling her children about the programme, no facts of any applicant → question
    N("many_matters", "kind", "j'aurais plusieurs questions avant de leur en parler", M(
        "Brigitte Carré <brigitte.carre@orange.fr>", "Renseignements sur Pro'pulse", "19 14:06",
        """Bonjour,

Je suis maman de trois grands enfants qui arrivent, chacun à leur rythme, au bout de leurs études, et une collègue de travail m'a parlé de votre programme. Avant de leur transmettre quoi que ce soit, j'aurais plusieurs questions avant de leur en parler, si vous me permettez, parce que je les connais : s'il y a le moindre flou, ils ne s'inscriront pas.

Le coût, d'abord. Est-ce que le programme est entièrement gratuit, ou y a-t-il une participation demandée aux jeunes ou à leurs familles ? Et s'il y a des frais de déplacement ou d'hébergement pour ceux qui viennent de province, qui les prend en charge ?

Le rythme, ensuite. Combien de temps dure l'accompagnement, et combien d'heures par semaine cela demande-t-il ? Est-ce compatible avec un petit boulot à temps partiel, un emploi étudiant ou des missions d'intérim ? Je pose la question parce que mes enfants travaillent tous un peu à côté.

Le lieu. Nous habitons dans le Jura, assez loin de tout. Existe-t-il des groupes à Besançon, Dijon ou Lyon ? Ou tout se passe-t-il à Paris ? Certaines séances peuvent-elles se suivre à distance ?

L'hébergement. Si les rencontres sont à Paris, avez-vous des solutions d'hébergement à proposer, ou des partenariats avec des foyers de jeunes travailleurs ?

La sélection. Comment choisissez-vous les participants ? Y a-t-il un nombre de places limité ? Faut-il avoir déjà une idée précise du métier qu'on veut exercer, ou l'accompagnement sert-il justement à la construire ?

Les résultats, enfin. Avez-vous des chiffres sur ce que deviennent les jeunes après le programme ? Combien trouvent un emploi, et dans quels délais ? Je ne vous demande pas de garantie, bien sûr, mais cela m'aiderait à les convaincre.

Je vous remercie beaucoup pour le temps que vous prendrez à me répondre. Je trouve formidable qu'un tel programme existe pour les jeunes qui veulent travailler dans le secteur associatif, qui me semble encore mal connu et mal valorisé. Si vous avez une brochure à m'envoyer par courrier ou par mail, ce serait parfait : je la laisserai sur la table de la cuisine, c'est encore la meilleure manière de leur faire lire quelque chose.

Avec mes remerciements,
Brigitte Carré""",
        question(),
    )),
]
