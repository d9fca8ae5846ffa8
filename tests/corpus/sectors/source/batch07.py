"""Sectors corpus, batch 07 (writer B): housing (CHRS, pensions de famille, FJT, 115, bailleurs sociaux, DE
CESF, DEASS, intervenants sociaux), finance (banques coopératives, mutuelles, microcrédit, DCG, BTS banque,
alternance en banque) and international (VSI, Corps européen de solidarité, FLE, ONG, accueil des exilés);
other mail of the same sectors."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, other, question, reply
from sectors import N

MESSAGES = [
    # Feature: housing — graduation — DE CESF obtenu en juin 2026
    # sector: «DE CESF obtenu en juin 2026» = the diplôme d'État de conseiller en économie sociale et familiale, bac+3, five months ago → meets graduation_recent
    N("housing", "graduation", "DE CESF obtenu en juin 2026", M(
        "Ophélie Brunet <ophelie.brunet@example.org>", "Candidature CESF logement accompagné", "01 09:20",
        """Bonjour,

J'ai mon DE CESF obtenu en juin 2026 après un BTS ESF. Mes deux stages se sont passés en résidence sociale et en pension de famille, et c'est vraiment le logement accompagné qui me plaît.

Je cherche un poste de CESF ou d'accompagnatrice dans une association d'hébergement. Mon CV est joint.

Ophélie Brunet
06 49 26 13 85""",
        app("Ophélie", "Brunet", phone="+33649261385", bac=3, grad="2026-06", info_in="both", status="b_decesf_june_pension"),
        cv=CV("pdf", "Ophelie_Brunet_CV.pdf", """Ophélie Brunet
Conseillère en économie sociale et familiale
DE CESF — 2026
BTS ESF — 2025
Stage — résidence sociale (2025)
Stage — pension de famille (2026)"""),
    )),
    # Feature: housing — graduation — DEASS en 2019, intervenante sociale en CHRS depuis
    # sector: «DEASS en 2019, intervenante sociale en CHRS depuis» = the social-work diploma seven years ago → fails graduation_recent
    N("housing", "graduation", "DEASS en 2019, intervenante sociale en CHRS depuis", M(
        "Léa Mbarga <lea.mbarga@example.net>", "candidature", "02 22:10",
        """Bonsoir,

DEASS en 2019, intervenante sociale en CHRS depuis. J'aimerais passer coordinatrice d'un service d'accueil de jour et je me demandais si votre programme pouvait m'aider dans cette évolution.

Léa Mbarga
07 82 46 10 59""",
        app("Léa", "Mbarga", phone="+33782461059", bac=3, grad="2019", failing=("graduation_recent",), status="b_deass_2019_chrs"),
    )),
    # Feature: housing — aim — a support worker post in a pension de famille or a CHRS
    # sector: «a support worker post in a pension de famille or a CHRS» = associative housing structures → meets job_seeking_ess
    N("housing", "aim", "a support worker post in a pension de famille or a CHRS", M(
        "Siobhán Keane <siobhan.keane@example.com>", "Application — housing and homelessness", "03 11:47",
        """Hello,

I'm Irish, living in Rennes with my partner since August. I hold a BA in Social Care from TU Dublin (2025) and worked a year in a homeless hostel run by a charity in Dublin.

I'm looking for a support worker post in a pension de famille or a CHRS, with an association. My French is improving every week and I can work in English with residents who need it.

Siobhán Keane
+33 7 61 38 20 94""",
        app("Siobhán", "Keane", phone="+33761382094", bac=3, grad="2025", language="en", status="b_irish_pension_famille"),
    )),
    # Feature: housing — situation — en service civique à l'accueil de jour jusqu'au 31 mars 2027
    # sector: «en service civique à l'accueil de jour jusqu'au 31 mars 2027» = a civic service held now, ending next spring → fails not_service_civique
    N("housing", "situation", "en service civique à l'accueil de jour jusqu'au 31 mars 2027", M(
        "Sandrine Maurel — CHRS Le Phare <s.maurel@chrs-lephare.example.org>", "Présentation d'une jeune femme pour Pro'pulse", "04 14:36",
        """Bonjour,

Intervenante sociale au CHRS Le Phare, je vous écris pour Aminata Camara, 23 ans, que j'accompagne depuis l'an dernier.

Aminata a obtenu son BTS ESF en juin 2025. Elle est actuellement en service civique à l'accueil de jour jusqu'au 31 mars 2027, où elle aide à l'accueil et aux démarches d'accès aux droits.

Elle voudrait ensuite travailler dans le logement accompagné, en association. Vous pouvez la joindre au 06 30 57 84 12 ou à aminata.camara@example.fr.

Bien à vous,
Sandrine Maurel""",
        app("Aminata", "Camara", phone="+33630578412", bac=2, grad="2025-06", failing=("not_service_civique",), email="aminata.camara@example.fr", forwarded_by="s.maurel@chrs-lephare.example.org", status="b_accueil_jour_sc_march"),
    )),
    # Feature: housing — studies_finished — toutes les épreuves du DEES passées, le jury final se réunit le 8 décembre
    # ambiguous: every exam of the DEES is sat but the jury has not deliberated: whether the diploma (and so the end of her studies) is obtained cannot be known yet
    # sector: «toutes les épreuves du DEES passées, le jury final se réunit le 8 décembre» = the éducateur course over, its result awaited → studies_finished open
    N("housing", "studies_finished", "toutes les épreuves du DEES passées, le jury final se réunit le 8 décembre", M(
        "Clara Weiss <clara.weiss@example.org>", "Pro'pulse - éducatrice", "05 17:14",
        """Bonjour,

Voilà où j'en suis : toutes les épreuves du DEES passées, le jury final se réunit le 8 décembre. Mon dernier stage était dans une maison relais.

Je cherche un poste d'éducatrice dans un CHRS ou une pension de famille associative à partir de janvier.

Clara Weiss
06 05 91 37 62""",
        app("Clara", "Weiss", phone="+33605913762", bac="*", grad=None, unknown=("studies_finished",), status="b_dees_jury_december"),
    )),
    # Feature: housing — aim — gestionnaire locative dans une agence immobilière
    # sector: «gestionnaire locative dans une agence immobilière» = a private real-estate agency, not the ESS → fails job_seeking_ess
    N("housing", "aim", "gestionnaire locative dans une agence immobilière", M(
        "Margaux Pichon <margaux.pichon@example.fr>", "candidature", "06 08:12",
        """Bonjour,

BTS professions immobilières en juin 2026. J'ai fait mon alternance chez un bailleur social, mais pour la suite je vise un poste de gestionnaire locative dans une agence immobilière du centre-ville, c'est mieux payé.

Margaux Pichon
06 92 18 45 37""",
        app("Margaux", "Pichon", phone="+33692184537", bac=2, grad="2026-06", failing=("job_seeking_ess",), status="b_agence_immo"),
    )),
    # Feature: housing — situation — veilleur de nuit au centre d'hébergement, CDD terminé fin octobre
    # sector: «veilleur de nuit au centre d'hébergement, CDD terminé fin octobre» = a job in a shelter, over → meets not_internship and not_service_civique
    N("housing", "situation", "veilleur de nuit au centre d'hébergement, CDD terminé fin octobre", M(
        "Bilal Chaouki <bilal.chaouki@example.net>", "candidature Pro'pulse", "07 12:03",
        """Salut,

Licence de sociologie en juin 2025. Ensuite j'ai été veilleur de nuit au centre d'hébergement, CDD terminé fin octobre. Maintenant je cherche un poste de jour : intervenant social dans une association, en maraude ou en CHRS.

Bilal
07 40 83 26 15""",
        app("Bilal", "Chaouki", phone="+33740832615", bac=3, grad="2025-06", status="b_veilleur_over"),
    )),
    # Feature: housing — kind — notre pension de famille peut accueillir une réunion
    # sector: «notre pension de famille peut accueillir une réunion» = a housing association offering its common room for a session → kind other
    N("housing", "kind", "notre pension de famille peut accueillir une réunion", M(
        "Habitat Solidaire du Val <direction@habitat-val.example.org>", "Accueillir une session Pro'pulse", "08 15:40",
        """Bonjour,

Nous gérons deux résidences à Saint-Brieuc. La salle commune de notre pension de famille peut accueillir une réunion d'information d'une vingtaine de personnes, en soirée ou le samedi.

Si l'idée vous intéresse, appelez-moi au secrétariat.

Hervé Lucas, directeur""",
        other(),
    )),
    # Feature: housing — kind — le service logement vous répondra à partir du 5 janvier
    # sector: «le service logement vous répondra à partir du 5 janvier» = a housing association's automatic answer → kind auto_reply: no personal fact
    N("housing", "kind", "le service logement vous répondra à partir du 5 janvier", M(
        "Association Toit Partagé <logement@toitpartage.example.com>", "Absence — Toit Partagé", "09 18:00",
        """Message automatique.

Notre équipe est en formation. Le service logement vous répondra à partir du 5 janvier. Pour une mise à l'abri d'urgence, composez le 115.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: finance — level — DCG obtenu en 2025
    # sector: «DCG obtenu en 2025» = the diplôme de comptabilité et de gestion, bac+3, 2025 → meets degree_level and graduation_recent
    N("finance", "level", "DCG obtenu en 2025", M(
        "Thomas Dinh <thomas.dinh@example.org>", "Candidature - finance solidaire", "10 10:25",
        """Bonjour,

J'ai mon DCG obtenu en 2025, en formation initiale à Bordeaux. Depuis j'ai fait des missions de comptable en intérim.

J'aimerais travailler dans la finance solidaire : une coopérative de crédit, un fonds solidaire ou une association de microcrédit.

Thomas Dinh
06 16 72 48 93""",
        app("Thomas", "Dinh", phone="+33616724893", bac=3, grad="2025", status="b_dcg_finance_solidaire"),
    )),
    # Feature: finance — aim — conseiller patrimonial dans une banque privée
    # sector: «conseiller patrimonial dans une banque privée» = a private bank, not the ESS → fails job_seeking_ess
    N("finance", "aim", "conseiller patrimonial dans une banque privée", M(
        "Alexandre Morin-Chabert <a.morinchabert@example.com>", "Candidature", "11 09:09",
        """Madame, Monsieur,

Titulaire d'un BTS Banque obtenu en juin 2026, je souhaite devenir conseiller patrimonial dans une banque privée parisienne.

Je vous remercie de l'attention portée à ma demande.

Alexandre Morin-Chabert
06 88 30 14 72""",
        app("Alexandre", "Morin-Chabert", phone="+33688301472", bac=2, grad="2026-06", failing=("job_seeking_ess",), status="b_private_bank"),
    )),
    # Feature: finance — career_change — dix ans conseillère clientèle dans une banque commerciale
    # sector: «dix ans conseillère clientèle dans une banque commerciale» = a decade of a banking trade before a master ESS → fails not_career_change
    N("finance", "career_change", "dix ans conseillère clientèle dans une banque commerciale", M(
        "Véronique Tessier <veronique.tessier@example.fr>", "candidature reconversion ESS", "12 20:48",
        """Bonjour,

Après dix ans conseillère clientèle dans une banque commerciale, j'ai démissionné pour faire un master ESS, que j'ai terminé en septembre 2026.

Je cherche maintenant un poste de chargée d'accompagnement chez France Active ou dans une association de microcrédit.

Véronique Tessier
06 75 43 09 28""",
        app("Véronique", "Tessier", phone="+33675430928", bac=5, grad="2026-09", failing=("not_career_change",), status="b_bank_adviser_master_ess"),
    )),
    # Feature: finance — studies_finished — BUT GEA terminé en juin 2026, diplôme reçu
    # sector: «BUT GEA terminé en juin 2026, diplôme reçu» = the bachelor of management over and obtained → meets studies_finished
    N("finance", "studies_finished", "BUT GEA terminé en juin 2026, diplôme reçu", M(
        "Nour El-Amine <nour.elamine@example.net>", "candidature Pro'pulse", "13 13:16",
        """Bonjour,

BUT GEA terminé en juin 2026, diplôme reçu la semaine dernière. Je ne reprends pas d'études.

Je voudrais devenir gestionnaire dans une mutuelle ou conseillère mutualiste, j'aime le principe qu'il n'y ait pas d'actionnaires.

Nour El-Amine
07 24 61 93 50""",
        app("Nour", "El-Amine", phone="+33724619350", bac=3, grad="2026-06", status="b_but_gea_mutuelle"),
    )),
    # Feature: finance — studies_finished — en alternance en master finance à la caisse régionale jusqu'en septembre 2027
    # sector: «en alternance en master finance à la caisse régionale jusqu'en septembre 2027» = a master still running, in work-study at a cooperative bank → fails studies_finished
    N("finance", "studies_finished", "en alternance en master finance à la caisse régionale jusqu'en septembre 2027", M(
        "Julien Ramdane <julien.ramdane@example.org>", "demande", "14 18:26",
        """Bonjour,

J'ai une licence économie-gestion (juin 2025) et je suis en alternance en master finance à la caisse régionale jusqu'en septembre 2027.

Je voudrais rester dans une banque coopérative après le master. Est-ce que je peux déjà candidater ?

Julien Ramdane
06 39 15 70 82""",
        app("Julien", "Ramdane", phone="+33639157082", bac=3, grad="2025-06", failing=("studies_finished",), status="b_alternance_caisse_regionale"),
    )),
    # Feature: finance — situation — stage à la mutuelle, ma convention se termine en novembre
    # ambiguous: an internship after her master whose convention ends «en novembre» with no day: ended before the 26th or still running, nothing says
    # sector: «stage à la mutuelle, ma convention se termine en novembre» = an internship ending this month, day unknown → not_internship open
    N("finance", "situation", "stage à la mutuelle, ma convention se termine en novembre", M(
        "Hanna Sandgren <hanna.sandgren@example.com>", "Candidature", "15 11:58",
        """Bonjour,

J'ai obtenu mon master 2 banque-finance en septembre 2026. Je termine un stage à la mutuelle, ma convention se termine en novembre, au service prévoyance.

Je souhaite être embauchée comme chargée d'affaires dans l'assurance mutualiste ou une banque coopérative.

Hanna Sandgren
06 61 27 95 34""",
        app("Hanna", "Sandgren", phone="+33661279534", bac=5, grad="2026-09", unknown=("not_internship",), status="b_mutuelle_internship_november"),
    )),
    # Feature: finance — kind — une mutuelle compte-t-elle comme une structure de l'ESS
    # sector: «une mutuelle compte-t-elle comme une structure de l'ESS» = a general question about a sector's employers, no personal fact → kind question
    N("finance", "kind", "une mutuelle compte-t-elle comme une structure de l'ESS", M(
        "Romane <romane.q@example.net>", "question", "16 08:44",
        """Bonjour, une mutuelle compte-t-elle comme une structure de l'ESS pour votre programme ? Et une banque coopérative ? Merci !""",
        question(),
    )),
    # Feature: finance — kind — adresse introuvable : recrutement@mutuelle-entraide.example.org
    # sector: «adresse introuvable : recrutement@mutuelle-entraide.example.org» = a mutual insurer's address returning our mail → kind bounce
    N("finance", "kind", "adresse introuvable : recrutement@mutuelle-entraide.example.org", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.example.net>", "Message non distribué", "17 10:31",
        """Votre message n'a pas été distribué.

adresse introuvable : recrutement@mutuelle-entraide.example.org

Vérifiez l'orthographe de l'adresse.""",
        bounce("recrutement@mutuelle-entraide.example.org"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; recrutement@mutuelle-entraide.example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 recipient address rejected",
    )),
    # Feature: international — situation — en VSI au Burkina Faso avec une ONG jusqu'en août 2027
    # sector: «en VSI au Burkina Faso avec une ONG jusqu'en août 2027» = a volontariat de solidarité internationale held now, like a civic service → fails not_service_civique
    N("international", "situation", "en VSI au Burkina Faso avec une ONG jusqu'en août 2027", M(
        "Adrien Collet <adrien.collet@example.org>", "Candidature depuis Ouagadougou", "18 06:52",
        """Bonjour,

Je vous écris d'Ouagadougou : je suis en VSI au Burkina Faso avec une ONG jusqu'en août 2027, sur un projet d'accès à l'eau. J'ai un master de coopération internationale de 2025.

À mon retour je voudrais travailler au siège d'une association de solidarité internationale en France. Je préfère candidater tôt.

Adrien Collet
+226 70 12 34 56""",
        app("Adrien", "Collet", phone="+22670123456", bac=5, grad="2025", failing=("not_service_civique",), status="b_vsi_burkina"),
    )),
    # Feature: international — graduation — graduated in June 2026 with a master's in international cooperation
    # sector: «graduated in June 2026 with a master's in international cooperation» = a bac+5 of international solidarity, five months ago → meets graduation_recent
    N("international", "graduation", "graduated in June 2026 with a master's in international cooperation", M(
        "Pieter Janssens <pieter.janssens@example.net>", "Application Pro'pulse", "19 15:05",
        """Hello,

I'm Belgian, I did my Erasmus year in Grenoble and I graduated in June 2026 with a master's in international cooperation from KU Leuven. I settled in Lyon in October.

I'm looking for a project officer job in an NGO or an association working with exiled people. I speak French, Dutch and English.

Pieter Janssens
+33 6 48 52 17 93""",
        app("Pieter", "Janssens", phone="+33648521793", bac=5, grad="2026-06", language="en", status="b_leuven_master_ngo"),
    )),
    # Feature: international — level — formatrice FLE bénévole, avec un DU FLE
    # ambiguous: a DU FLE has no level of its own and she names no other diploma, not saying it is her only one: her level stays unknown
    # sector: «formatrice FLE bénévole, avec un DU FLE» = a volunteer French teacher holding a university certificate of unstated level → degree_level open
    N("international", "level", "formatrice FLE bénévole, avec un DU FLE", M(
        "Rosa Alvarado <rosa.alvarado@example.fr>", "candidature", "20 19:19",
        """Bonjour,

Je suis formatrice FLE bénévole, avec un DU FLE passé en juin 2026 à Grenoble. Je donne des cours à des femmes demandeuses d'asile trois matinées par semaine.

Je voudrais en faire mon métier, dans une association d'accueil des exilés ou un centre social.

Rosa Alvarado
06 53 84 20 17""",
        app("Rosa", "Alvarado", phone="+33653842017", bac="*", grad="2026-06", unknown=("degree_level",), status="b_du_fle_only"),
    )),
    # Feature: international — situation — Corps européen de solidarité en Grèce, terminé en juillet
    # sector: «Corps européen de solidarité en Grèce, terminé en juillet» = a European volunteering over → meets not_service_civique
    N("international", "situation", "Corps européen de solidarité en Grèce, terminé en juillet", M(
        "Elsa Johansson-Petit <elsa.jp@example.com>", "Candidature — solidarité internationale", "21 10:27",
        """Bonjour,

Master solidarité internationale et action humanitaire en septembre 2025, puis dix mois de Corps européen de solidarité en Grèce, terminé en juillet, dans un centre pour mineurs non accompagnés.

Je cherche un poste de chargée de projet dans une association d'accueil des personnes exilées.

Elsa Johansson-Petit
06 70 39 52 81""",
        app("Elsa", "Johansson-Petit", phone="+33670395281", bac=5, grad="2025-09", status="b_ces_greece_over"),
    )),
    # Feature: international — aim — un poste à l'ambassade ou au ministère
    # sector: «un poste à l'ambassade ou au ministère» = public diplomatic employers, not the ESS → fails job_seeking_ess
    N("international", "aim", "un poste à l'ambassade ou au ministère", M(
        "Victor Ambroise <victor.ambroise@example.net>", "Candidature", "22 09:44",
        """Bonjour,

Master coopération internationale obtenu en juin 2026 à Paris 1. Je vise un poste à l'ambassade ou au ministère, au service de coopération, et je prépare en parallèle le concours de secrétaire des affaires étrangères.

Victor Ambroise
06 27 84 61 09""",
        app("Victor", "Ambroise", phone="+33627846109", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_embassy_ministry"),
    )),
    # Feature: international — graduation — master action humanitaire, jury du 3 juillet 2025
    # sector: «master action humanitaire, jury du 3 juillet 2025» = a bac+5 of humanitarian work dated by its jury, 16 months ago → meets graduation_recent
    N("international", "graduation", "master action humanitaire, jury du 3 juillet 2025", M(
        "Khadija Ouedraogo <khadija.ouedraogo@example.org>", "candidature ONG", "23 14:14",
        """Bonjour,

Master action humanitaire, jury du 3 juillet 2025. Depuis je suis logisticienne en CDD pour une ONG à Lyon, le contrat finit en décembre.

Je cherche un poste de coordinatrice terrain ou de chargée de projet dans une ONG ou une association de solidarité internationale.

Khadija Ouedraogo
07 19 46 82 30""",
        app("Khadija", "Ouedraogo", phone="+33719468230", bac=5, grad="2025-07", status="b_master_humanitaire_jury"),
    )),
    # Feature: international — kind — does a VSI count as a civic service for your programme
    # sector: «does a VSI count as a civic service for your programme» = a general question about a sector's scheme, no personal fact → kind question
    N("international", "kind", "does a VSI count as a civic service for your programme", M(
        "Amelia Hart <amelia.hart@example.com>", "Quick question", "24 17:37",
        """Hi,

Quick question for the students of our NGO's training cycle: does a VSI count as a civic service for your programme, or only the French service civique?

Thanks,
Amelia""",
        question("en"),
    )),
    # Feature: international — kind — Re: nous pouvons relayer l'appel auprès des bénévoles FLE
    # sector: «nous pouvons relayer l'appel auprès des bénévoles FLE» = an association for exiles answering in our thread → kind reply
    N("international", "kind", "nous pouvons relayer l'appel auprès des bénévoles FLE", M(
        "Accueil Exilés Nantes <coordination@accueil-exiles.example.org>", "Re: Diffusion de l'appel à candidatures", "25 11:03",
        """Bonjour,

Merci pour l'affiche. Nous pouvons relayer l'appel auprès des bénévoles FLE lors de la réunion du 2 décembre, et l'afficher dans la salle de cours.

Bonne journée,
Marion, coordination

> Le 23 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Voici l'affiche de la prochaine session, à diffuser si vous le souhaitez.""",
        reply(),
        headers={"In-Reply-To": "<affiche-nantes.20261123@animafac.net>", "References": "<affiche-nantes.20261123@animafac.net>"},
    )),
]
