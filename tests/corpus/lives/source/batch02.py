# ruff: noqa: E501
"""Batch 2 — cards 25 to 49, narrated by hand from their life cards (python lives.py 25 … 49 prints them)."""

from kit import CV
from lives import mail

MESSAGES = [
    # Life: licence_then_master_awaiting — card 25 — scattered, a CV attached
    mail(25, subject="Candidature — Margaux Ndiaye", date="14 16:02", info_in="both", body="""Bonjour,

Mon CV est joint. En deux mots : j'ai soutenu mon mémoire de master en comptabilité-contrôle le 6 novembre, et le jury se réunit le 14 décembre, donc je n'ai pas encore le diplôme. J'ai déjà une licence pro LEA, obtenue en décembre 2025.

Je cherche un emploi dans une mutuelle (gestion, contrôle interne).

Margaux Ndiaye
06 27 37 53 82""", cv=CV("pdf", "Ndiaye_Margaux_CV.pdf", """Margaux Ndiaye — 06 27 37 53 82 — margaux.ndiaye@courriel.example.fr
Formation
2025-2026 : Master Comptabilité, contrôle, audit — soutenance le 6 novembre 2026, jury le 14 décembre 2026
Décembre 2025 : Licence professionnelle Langues étrangères appliquées au commerce international
2022 : Baccalauréat
Projet professionnel : un poste en mutuelle""")),
    # Life: old_diploma_then_cdd — card 26 — an auto-reply
    mail(26, subject="Absente — Re: Atelier CV du 12 novembre", date="15 07:30", headers={"Auto-Submitted": "auto-replied"}, body="""Bonjour,

Je suis en congé jusqu'au 20 novembre. Je lirai votre message à mon retour.

Élodie Bouvier
Chargée d'accueil — SCOP Les Ateliers du Lien"""),
    # Life: diploma_then_cdi_now — card 27 — scattered, plain
    mail(27, subject="Candidature Pro'pulse", date="15 12:40", body="""Bonjour,

Je travaille depuis septembre comme conseillère clientèle, en CDI, dans une PME de services. Ce n'est pas ce que j'imaginais en sortant de mon master de sociologie (juin 2026), et je voudrais rejoindre une ressourcerie ou une structure du réemploi.

Zoé Rolland
06 86 53 38 85"""),
    # Life: diploma_mission_unstated — card 28 — a question with no personal fact
    mail(28, subject="Date de la prochaine promotion ?", date="16 09:15", body="""Bonjour,

Pourriez-vous m'indiquer quand commence la prochaine promotion de Pro'pulse, et si l'on peut candidater toute l'année ?

Merci,
Arthur Guyot"""),
    # Life: diploma_stage_aim_elsewhere — card 29 — SMS style, criteria
    mail(29, subject="candidature", date="16 20:48", body="""slt, BUT GEA option compta validé en juillet 2026, stage fini depuis juin (agence de com), plus étudiant. je veux passer les concours pour bosser en mairie, la territoriale quoi. arthur lacroix"""),
    # Life: diploma_cdd_undecided — card 30 — criteria, a small CV
    mail(30, subject="Candidature programme", date="17 08:50", info_in="both", body="""Bonjour,

Diplôme : DEUST LEA, juin 2026. Mon CDD à la mairie est terminé depuis septembre. Je cherche n'importe quel emploi, dans n'importe quel secteur, pour commencer.

CV en pièce jointe.

Manon Dupuy
07 93 67 49 89""", cv=CV("odt", "CV_Manon_Dupuy.odt", """Manon Dupuy
07 93 67 49 89 — manon.dupuy@example.net
Juin 2026 : DEUST Langues étrangères appliquées
Mars – septembre 2026 : agente administrative, mairie (CDD)
2023 : bac général""")),
    # Life: diploma_mission_unstated — card 31 — long, criteria, a «volontariat» of unstated kind
    mail(31, subject="Candidature — Anthony Hamon", date="17 14:05", body="""Bonjour,

Je vous écris en reprenant vos critères un par un, parce que ma situation est un peu entre deux.

J'ai obtenu mon master 2 de psychologie en septembre 2026, après la soutenance de rattrapage. Mes études sont donc finies.

Depuis octobre, je suis volontaire dans une fédération sportive, jusqu'en avril 2027 : j'accompagne des clubs sur l'inclusion des jeunes en situation de handicap.

Je n'ai jamais travaillé dans un autre domaine. Ce que je veux ensuite, c'est un poste dans une association d'éducation populaire.

Anthony Hamon
06 70 52 26 52"""),
    # Life: licence_then_master_in_progress — card 32 — a question, SMS style
    mail(32, subject="?", date="18 13:13", body="""bonjour, c'est quoi exactement le "bac+2 minimum", ça inclut les titres pro ? merci"""),
    # Life: years_of_work_then_studies — card 33 — criteria, no aim, no phone
    mail(33, subject="Inscription au programme", date="18 17:20", body="""Bonjour,

Diplôme : licence professionnelle AES, obtenue en septembre 2025.
Parcours : j'ai travaillé plusieurs années avant de reprendre mes études.
Situation actuelle : pas de stage, pas de service civique.

Je voudrais savoir ce que votre programme peut m'apporter.

Zoé Haddad"""),
    # Life: apprenticeship_done — card 34 — bulleted, chronological, no aim
    mail(34, subject="Pro'pulse — candidature de Laure Aubert", date="19 10:00", body="""Bonjour,

Mon parcours :
- 2023 : bac
- septembre 2024 – août 2026 : apprentie dans une SCOP de conseil en santé au travail (contrat terminé)
- juillet 2026 : licence professionnelle de psychologie du travail, obtenue

Je suis disponible tout de suite.

Laure Aubert
06 63 51 72 01"""),
    # Life: diploma_cdd_undecided — card 35 — other: a landlord's notice, nothing to do with the programme
    mail(35, subject="Salle du 28 novembre — confirmation", date="19 15:33", body="""Bonjour,

Je vous confirme la réservation de la salle polyvalente pour le samedi 28 novembre, de 9 h à 13 h, pour votre atelier. La clé sera à retirer à l'accueil de la mairie annexe la veille.

Florian Le Goff
Service des salles municipales"""),
    # Life: licence_old_master_recent — card 36 — reverse order, year only
    mail(36, subject="Candidature", date="20 09:45", body="""Bonjour,

Master 2 urbanisme en 2026, licence de gestion en 2021, bac en 2018 : voilà pour le parcours, en remontant le temps.

Je souhaite travailler dans une mutuelle, sur l'habitat et la prévention.

Agathe Brunet"""),
    # Life: old_diploma_then_cdd — card 37 — chronological, long
    mail(37, subject="Candidature de Baptiste Chevallier", date="20 16:10", body="""Bonjour,

Je vous raconte mon parcours dans l'ordre. Bac en 2020, puis une licence en sciences de l'éducation que j'ai obtenue en juillet 2022. En 2023, j'ai travaillé dix mois en CDD dans une association de soutien scolaire, de janvier à septembre. Depuis, j'ai surtout fait du bénévolat et cherché ma voie.

Aujourd'hui, je sais ce que je veux : travailler dans une épicerie solidaire, à l'accueil et à l'animation.

Baptiste Chevallier
07 68 18 76 20"""),
    # Life: course_abandoned — card 38 — a reply in our thread
    mail(38, subject="Re: Votre candidature à Pro'pulse", date="21 11:05", headers={"In-Reply-To": "<8821457.0038@animafac.net>", "References": "<8821457.0038@animafac.net>"}, body="""Bonjour,

Merci pour votre réponse. Je serai bien présent à la réunion d'information de jeudi.

Adrien Brunet

Le 20 nov. 2026 à 10:12, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Adrien, une réunion d'information a lieu jeudi 26 novembre à 18 h."""),
    # Life: bac_then_jobs — card 39 — other: an agency's commercial offer
    mail(39, subject="Vos supports imprimés à -20 %", date="21 14:44", body="""Bonjour,

Je suis Rémi Ndiaye, commercial chez ImprimPlus. Pour vos flyers et kakémonos de fin d'année, profitez de 20 % de remise jusqu'au 15 décembre.

Bien cordialement,
Rémi Ndiaye"""),
    # Life: trade_then_new_diploma — card 40 — reverse order, a CV
    mail(40, subject="Candidature — Baptiste Pichon", date="22 10:20", info_in="both", body="""Bonjour,

Je termine par où j'ai commencé : en juin 2025, j'ai obtenu un master 2 en sciences de l'éducation. Avant, pendant dix ans (2013-2023), j'étais aide-soignant en CDI dans un EHPAD. Mon CV détaille tout.

Je cherche un emploi dans une association d'insertion.

Baptiste Pichon""", cv=CV("pdf", "CV-Baptiste-Pichon.pdf", """Baptiste Pichon — baptiste.pichon@example.org
2025 : Master 2 Sciences de l'éducation, formation et insertion (juin)
2013-2023 : aide-soignant, EHPAD Les Tilleuls, CDI
2008 : Baccalauréat
Objectif : un emploi dans l'insertion""")),
    # Life: diploma_cdd_undecided — card 41 — other: a partner's invitation
    mail(41, subject="Invitation — forum de l'emploi solidaire du 3 décembre", date="22 15:00", body="""Bonjour,

Le collectif des entreprises d'insertion du département organise un forum de l'emploi le 3 décembre. Nous serions heureux d'y accueillir un stand Pro'pulse. Pouvez-vous me dire si vous serez présents ?

Thibault Traoré
Coordinateur, collectif IAE 35"""),
    # Life: licence_then_master_in_progress — card 42 — SMS style, scattered
    mail(42, subject="candidature", date="23 12:30", body="""hello ! je suis en M2 médiation culturelle (fin en septembre 2027), j'ai ma licence pro socio depuis juin 2025. je cherche un job dans une structure d'insertion (IAE) 🙏 mélissa colin 06 69 87 54 16"""),
    # Life: stage_over_civique_now — card 43 — a question with no personal fact
    mail(43, subject="Question sur les critères", date="23 16:45", body="""Bonjour,

Je me demandais si les personnes en situation de handicap bénéficiaient d'un accompagnement adapté dans votre programme, et si les locaux sont accessibles.

Merci d'avance pour votre réponse,
Margaux Ndiaye"""),
    # Life: diploma_then_stage_now — card 44 — chronological, a CV, year only
    mail(44, subject="CV et candidature", date="24 09:05", info_in="both", body="""Bonjour,

Je vous adresse mon CV. Je suis en stage dans une agence de communication depuis septembre, jusqu'en février, et je cherche ensuite un emploi dans une ressourcerie.

Zoé Fabre
06 13 20 66 77""", cv=CV("docx", "ZoeFabre_CV.docx", """Zoé Fabre
06 13 20 66 77
Formation
2021 Baccalauréat
2026 Licence Sciences de l'éducation
Expérience
Depuis septembre 2026 : stagiaire chargée de communication, agence Sillons (jusqu'en février 2027)""")),
    # Life: bac_then_jobs — card 45 — a question, long, no fact about the writer
    mail(45, subject="Renseignements", date="24 14:20", body="""Bonjour,

Je m'occupe d'un groupe de jeunes dans un centre social et plusieurs m'ont posé des questions sur Pro'pulse. Est-ce que vous pourriez m'envoyer une plaquette, et me dire si vous venez parfois présenter le programme dans les structures ?

Bonne journée,
Coralie Colin"""),
    # Life: course_abandoned — card 46 — bulleted, criteria
    mail(46, subject="Candidature Priscilla Tessier", date="25 08:40", body="""Bonjour,

- Niveau : L2 de droit validée en juin 2025 (j'ai commencé une L3 animation sociale, puis arrêté en mars 2026, je ne reprendrai pas)
- Depuis : animatrice en CDD d'avril à septembre 2026, terminé
- Stage, service civique : non
- Ce que je cherche : un poste dans une épicerie solidaire

Priscilla Tessier
06 09 41 70 85"""),
    # Life: diploma_stage_aim_elsewhere — card 47 — bulleted, reverse order
    mail(47, frm="Mélissa Colin <m.colin@mail.example.org>", subject="Candidature", date="25 11:30", body="""Bonjour,

- Ce que je cherche : un poste de cheffe de projet dans un groupe de grande distribution
- Juillet 2026 : BUT, parcours économie sociale et solidaire
- Janvier à juin 2026 : stage dans une association de solidarité internationale (terminé)

Mélissa Colin
06 00 32 58 37"""),
    # Life: licence_old_master_recent — card 48 — a newsletter
    mail(48, frm="Mutuelle Entraide <actus@mutuelle-entraide.example.com>", subject="Actus Entraide — décembre : nos offres d'emploi", date="25 06:30", headers={"List-Unsubscribe": "<https://mutuelle-entraide.example.com/desinscription>"}, body="""Actus Entraide — décembre 2026

Trois offres d'emploi ouvertes dans nos agences, un webinaire sur la prévention, et la rencontre avec Inès Dupuy, chargée de prévention, qui a rejoint la mutuelle après son master.

Pour ne plus recevoir cette lettre : https://mutuelle-entraide.example.com/desinscription"""),
    # Life: diploma_mission_unstated — card 49 — SMS style, CV-like, a «mission» of unstated kind
    mail(49, subject="candidature karim", date="25 21:10", body="""bonsoir
bachelor dev durable 2025
mission dans une asso de quartier depuis oct -> avril
après je veux bosser en éduc pop
karim pichon"""),
]
