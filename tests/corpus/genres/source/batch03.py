"""Genres corpus, batch 03 (writer A): notes written by an adviser or a social worker about the person, in
the third person and the institution's report style («Situation :», «Freins :», «Projet :»), sent by the
adviser or pasted by the applicant; official attestations and letters pasted or forwarded (attestation de
réussite, certificat de scolarité, fin de mission de service civique, attestation de stage, relevé de notes,
lettre de licenciement économique) with a line from the applicant; replies to an ad quoting it («> Profil
recherché : …») with the applicant's answers below; other mail in the same genres."""
# ruff: noqa: E501

from __future__ import annotations

from genres import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: adviser_note — career_change — Parcours : huit ans comme vendeuse en boulangerie avant sa reconversion
    # genre: note Parcours line «Parcours : huit ans comme vendeuse en boulangerie avant sa reconversion» then a DEES of 2025 = years of another trade → fails not_career_change
    N("adviser_note", "career_change", "Parcours : huit ans comme vendeuse en boulangerie avant sa reconversion", M(
        "Corinne Vautrin <c.vautrin@missionlocale-est.example.fr>", "Orientation Pro'pulse — Mme Delphine Aka", "02 10:20",
        """Bonjour,

Je vous adresse la note de synthèse concernant une personne que j'accompagne et qui souhaite candidater.

NOTE DE SYNTHÈSE — Mme Delphine AKA
Contact : delphine.aka@example.org — 06 47 31 96 20
Diplôme : DEES (Diplôme d'État d'éducatrice spécialisée), obtenu en juin 2025
Parcours : huit ans comme vendeuse en boulangerie avant sa reconversion
Situation : en recherche d'emploi, inscrite à France Travail
Freins : mobilité (pas de permis)
Projet : elle souhaite intégrer une association de protection de l'enfance

Corinne Vautrin
Conseillère en insertion professionnelle — Maison de l'emploi Est""",
        app("Delphine", "Aka", phone="+33647319620", bac=3, grad="2025-06", failing=("not_career_change",), email="delphine.aka@example.org", forwarded_by="c.vautrin@missionlocale-est.example.fr", status="note_aide_soignante"),
    )),
    # Feature: adviser_note — situation — Situation : service civique terminé le 15 juillet 2026, en recherche active depuis
    # genre: note Situation line «Situation : service civique terminé le 15 juillet 2026, en recherche active depuis» = civic service over → meets not_service_civique
    N("adviser_note", "situation", "Situation : service civique terminé le 15 juillet 2026, en recherche active depuis", M(
        "Pascal Hoarau <pascal.hoarau@ml-nantes.example.org>", "Candidature d'un jeune suivi — M. Yanis Mebarki", "03 15:48",
        """Bonjour,

Voici la fiche de liaison d'un jeune accompagné par notre structure.

FICHE DE LIAISON — M. Yanis MEBARKI
Coordonnées : yanis.mebarki@example.net / 07 26 84 10 59
Formation : licence Sciences sociales, Université de Nantes, juin 2025
Situation : service civique terminé le 15 juillet 2026, en recherche active depuis
Freins : aucun frein identifié
Projet : il vise un poste de chargé d'animation dans une fédération d'éducation populaire

Pascal Hoarau
Conseiller Mission locale — titulaire d'un DEJEPS""",
        app("Yanis", "Mebarki", phone="+33726841059", bac=3, grad="2025-06", email="yanis.mebarki@example.net", forwarded_by="pascal.hoarau@ml-nantes.example.org", status="note_civic_ended"),
    )),
    # Feature: adviser_note — aim — Projet : elle hésite entre un poste d'animatrice en association et un poste de vendeuse en grande surface
    # ambiguous: the adviser writes that she hesitates between an association and mass retail; nothing in the note or the applicant's line decides
    # genre: note Projet line «Projet : elle hésite entre un poste d'animatrice en association et un poste de vendeuse en grande surface» = aim undecided → job_seeking_ess open
    N("adviser_note", "aim", "Projet : elle hésite entre un poste d'animatrice en association et un poste de vendeuse en grande surface", M(
        "Jessica Moreau <jessica.moreau@example.com>", "ma fiche Mission locale", "04 18:10",
        """Bonjour, ma conseillère m'a donné sa note, je vous la colle ici pour ma candidature.

Compte rendu d'entretien du 28 octobre 2026
Bénéficiaire : Jessica MOREAU, 23 ans
Diplôme : BTS Économie sociale familiale (juin 2026)
Situation : sans emploi depuis la fin de ses études
Freins : peu de réseau professionnel
Projet : elle hésite entre un poste d'animatrice en association et un poste de vendeuse en grande surface
Suite : nouvel entretien dans un mois

Jessica, 06 39 57 28 14""",
        app("Jessica", "Moreau", phone="+33639572814", bac=2, grad="2026-06", unknown=("job_seeking_ess",), status="note_aim_hesitates"),
    )),
    # Feature: adviser_note — situation — Situation : en stage à la Maison de la justice et du droit jusqu'au 20 décembre 2026
    # genre: note Situation line «Situation : en stage à la Maison de la justice et du droit jusqu'au 20 décembre 2026» = internship running → fails not_internship
    N("adviser_note", "situation", "Situation : en stage à la Maison de la justice et du droit jusqu'au 20 décembre 2026", M(
        "Aurélie Castagne <a.castagne@francetravail-sud.example.fr>", "Note de situation — M. Wassim Aouadi", "05 09:33",
        """Madame, Monsieur,

Veuillez trouver ci-dessous ma note de situation.

M. Wassim AOUADI — wassim.aouadi@example.org — 06 11 85 49 72
Formation : master Droit social, obtenu en septembre 2026
Situation : en stage à la Maison de la justice et du droit jusqu'au 20 décembre 2026
Freins : l'intéressé n'a pas encore d'expérience salariée
Projet : juriste dans une association d'accès au droit

Aurélie Castagne
Conseillère France Travail — agence Marseille Sud""",
        app("Wassim", "Aouadi", phone="+33611854972", bac=5, grad="2026-09", failing=("not_internship",), email="wassim.aouadi@example.org", forwarded_by="a.castagne@francetravail-sud.example.fr", status="note_intern_december"),
    )),
    # Feature: adviser_note — level — Niveau : bac+3 (licence professionnelle Médiation sociale, juin 2026)
    # genre: note Niveau line «Niveau : bac+3 (licence professionnelle Médiation sociale, juin 2026)» = bac+3 → meets degree_level (the adviser's own «Master 2 ingénierie sociale» is hers)
    N("adviser_note", "level", "Niveau : bac+3 (licence professionnelle Médiation sociale, juin 2026)", M(
        "Kylian Teixeira <kylian.teixeira@example.fr>", "Candidature + avis de ma conseillère", "06 12:57",
        """Bonjour,
voici l'avis que ma conseillère a rédigé pour moi :

AVIS DE LA CONSEILLÈRE
M. Kylian TEIXEIRA
Niveau : bac+3 (licence professionnelle Médiation sociale, juin 2026)
Situation : disponible immédiatement
Atouts : il est à l'aise avec les publics jeunes, très investi dans son club de basket
Projet : médiateur social dans une association de prévention

Samia Bouchama
Conseillère en insertion — Mission locale de Tours — Master 2 ingénierie sociale

Kylian, 07 03 62 95 18""",
        app("Kylian", "Teixeira", phone="+33703629518", bac=3, grad="2026-06", status="note_lp_mediation"),
    )),
    # Feature: adviser_note — career_change — Parcours : il a travaillé plusieurs années sur des chantiers du bâtiment avant son BTS
    # ambiguous: «plusieurs années» in restaurants before the BTS: a trade held for years or student jobs, the note does not say how long nor how
    # genre: note Parcours line «Parcours : il a travaillé plusieurs années sur des chantiers du bâtiment avant son BTS» = a past trade of unknown length → not_career_change open
    N("adviser_note", "career_change", "Parcours : il a travaillé plusieurs années sur des chantiers du bâtiment avant son BTS", M(
        "Nathalie Pujol <nathalie.pujol@ccas-albi.example.fr>", "Orientation vers Pro'pulse", "07 09:05",
        """Bonjour,

Je vous oriente un usager du CCAS intéressé par votre programme. Note transmise avec son accord.

Usager : M. Florian Ravel — 06 75 20 38 41 (pas d'adresse électronique)
Diplôme : BTS Comptabilité et gestion (session 2025, obtenu en juin)
Parcours : il a travaillé plusieurs années sur des chantiers du bâtiment avant son BTS
Situation : bénéficiaire du RSA, en recherche d'emploi
Projet : il souhaite devenir assistant de gestion dans une SCOP ou une association

Nathalie Pujol
Travailleuse sociale — CCAS d'Albi""",
        app("Florian", "Ravel", phone="+33675203841", bac=2, grad="2025-06", unknown=("not_career_change",), email=None, forwarded_by="nathalie.pujol@ccas-albi.example.fr", status="note_building_years"),
    )),
    # Feature: adviser_note — kind — Bien reçu, je préviens le jeune pour l'entretien de lundi
    # genre: an adviser's answer in our thread «Bien reçu, je préviens le jeune pour l'entretien de lundi» = reply, no new application → kind reply
    N("adviser_note", "kind", "Bien reçu, je préviens le jeune pour l'entretien de lundi", M(
        "Pascal Hoarau <pascal.hoarau@ml-nantes.example.org>", "Re: Candidature d'un jeune suivi — M. Yanis Mebarki", "08 11:24",
        """Bonjour,

Bien reçu, je préviens le jeune pour l'entretien de lundi.

Cordialement,
Pascal Hoarau
Conseiller Mission locale

> Le 7 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Nous proposons un entretien lundi 16 novembre à 14 h.""",
        reply(),
        headers={"In-Reply-To": "<entretien-4810@animafac.net>", "References": "<entretien-4810@animafac.net>"},
    )),
    # Feature: adviser_note — kind — Point mensuel : 42 jeunes accompagnés, 11 entrées en emploi
    # genre: a Mission locale's bulletin in report style «Point mensuel : 42 jeunes accompagnés, 11 entrées en emploi» = about nobody in particular → kind newsletter
    N("adviser_note", "kind", "Point mensuel : 42 jeunes accompagnés, 11 entrées en emploi", M(
        "Mission locale Val-de-Garonne <lettre@ml-vdg.example.org>", "La lettre de la Mission locale — novembre", "09 06:30",
        """LA LETTRE DE LA MISSION LOCALE — NOVEMBRE 2026

Point mensuel : 42 jeunes accompagnés, 11 entrées en emploi
Situation : hausse des demandes de logement
Projet : forum de l'alternance le 10 décembre

Pour ne plus recevoir cette lettre, répondez STOP.""",
        newsletter(),
    )),
    # Feature: certificate_paste — graduation — a obtenu le Diplôme d'État d'éducateur spécialisé, session de juin 2025
    # genre: certificate line «a obtenu le Diplôme d'État d'éducateur spécialisé, session de juin 2025» (issued «le 12 septembre 2025», not the diploma's date) = June 2025 → meets graduation_recent
    N("certificate_paste", "graduation", "a obtenu le Diplôme d'État d'éducateur spécialisé, session de juin 2025", M(
        "Mathilde Oyono <mathilde.oyono@example.org>", "Candidature Pro'pulse — attestation de réussite", "09 17:36",
        """Bonjour, je vous copie mon attestation de réussite, je cherche un poste d'éducatrice dans une association de protection de l'enfance.

ATTESTATION DE RÉUSSITE
Le directeur régional de l'économie, de l'emploi, du travail et des solidarités atteste que
Mme Mathilde OYONO, née le 3 mars 2001,
a obtenu le Diplôme d'État d'éducateur spécialisé, session de juin 2025.
Fait à Rennes, le 12 septembre 2025

Mathilde Oyono — 06 82 14 37 95""",
        app("Mathilde", "Oyono", phone="+33682143795", bac=3, grad="2025-06", status="cert_dees_2025"),
    )),
    # Feature: certificate_paste — graduation — Année universitaire 2021-2022 — jury du 1er juillet 2022
    # genre: certificate line «Année universitaire 2021-2022 — jury du 1er juillet 2022» (issued «le 14 octobre 2026») = licence of July 2022, 52 months → fails graduation_recent
    N("certificate_paste", "graduation", "Année universitaire 2021-2022 — jury du 1er juillet 2022", M(
        "Loïc Bernardin <loic.bernardin@example.net>", "attestation pour ma candidature", "10 08:47",
        """Bonjour,
je viens de redemander mon attestation à la fac, la voici :

UNIVERSITÉ DE PICARDIE JULES VERNE
Attestation de réussite
M. Loïc BERNARDIN
Licence Sciences de l'éducation
Année universitaire 2021-2022 — jury du 1er juillet 2022
Délivrée le 14 octobre 2026 pour servir et valoir ce que de droit.

Je voudrais travailler dans une association d'éducation populaire.
Loïc — 06 20 48 73 16""",
        app("Loïc", "Bernardin", phone="+33620487316", bac=3, grad="2022-07", failing=("graduation_recent",), status="cert_licence_2022"),
    )),
    # Feature: certificate_paste — studies_finished — Master 2 Management des entreprises de l'ESS — année 2026/2027 — inscription principale
    # genre: certificat de scolarité line «Master 2 Management des entreprises de l'ESS — année 2026/2027 — inscription principale» = enrolled this year → fails studies_finished
    N("certificate_paste", "studies_finished", "Master 2 Management des entreprises de l'ESS — année 2026/2027 — inscription principale", M(
        "Hanna Sjöberg <hanna.sjoberg@example.com>", "Pro'pulse : mon certificat de scolarité", "11 14:02",
        """Bonjour, on m'a demandé un justificatif, voici mon certificat de scolarité :

CERTIFICAT DE SCOLARITÉ
Étudiante : SJÖBERG Hanna — n° 21907746
Diplôme préparé : Master 2 Management des entreprises de l'ESS — année 2026/2027 — inscription principale
Régime : formation initiale
Fait à Lyon, le 2 octobre 2026

Je cherche un poste dans une coopérative. Hanna, 07 59 26 40 83""",
        app("Hanna", "Sjöberg", phone="+33759264083", bac="*", grad=None, failing=("studies_finished",), status="cert_enrolled_2026"),
    )),
    # Feature: certificate_paste — situation — a accompli une mission de service civique du 4 octobre 2025 au 3 juillet 2026
    # genre: attestation de fin de mission line «a accompli une mission de service civique du 4 octobre 2025 au 3 juillet 2026» = over in July → meets not_service_civique
    N("certificate_paste", "situation", "a accompli une mission de service civique du 4 octobre 2025 au 3 juillet 2026", M(
        "Ibrahima Ndour <ibrahima.ndour@example.fr>", "Candidature (attestation service civique)", "12 16:15",
        """Bonjour,

ATTESTATION DE FIN DE MISSION
L'association Les Jardins de Cocagne du Pays basque atteste que
M. Ibrahima NDOUR
a accompli une mission de service civique du 4 octobre 2025 au 3 juillet 2026
en qualité de volontaire « jardins partagés ».
Fait à Bayonne, le 6 juillet 2026

J'ai aussi un BTS Gestion et protection de la nature obtenu en juin 2025, et je cherche un poste dans un chantier d'insertion.
Ibrahima Ndour — 06 44 09 72 61""",
        app("Ibrahima", "Ndour", phone="+33644097261", bac=2, grad="2025-06", status="cert_civic_ended"),
    )),
    # Feature: certificate_paste — career_change — Entrée dans notre société le 2 mai 2011 en qualité de chef de rayon
    # genre: lettre de licenciement économique line «Entrée dans notre société le 2 mai 2011 en qualité de chef de rayon» (13 years) before a licence pro of 2026 = another trade for years → fails not_career_change
    N("certificate_paste", "career_change", "Entrée dans notre société le 2 mai 2011 en qualité de chef de rayon", M(
        "Sandrine Lebœuf <sandrine.leboeuf@example.org>", "ma candidature - reconversion", "13 10:41",
        """Bonjour,
je vous joins le texte de ma lettre de licenciement pour que vous compreniez mon parcours.

Objet : notification de licenciement pour motif économique
Madame,
Entrée dans notre société le 2 mai 2011 en qualité de chef de rayon, vous êtes affectée à notre magasin de Valence.
En raison de la fermeture du site, nous sommes contraints de vous notifier votre licenciement pour motif économique, qui prendra effet le 31 août 2024.
Veuillez agréer, Madame, nos salutations distinguées.
La Direction

Depuis, j'ai obtenu une licence professionnelle Gestion des structures de l'ESS en juin 2026 et je cherche un poste dans une ressourcerie.
Sandrine Lebœuf — 06 66 31 80 27""",
        app("Sandrine", "Lebœuf", phone="+33666318027", bac=3, grad="2026-06", failing=("not_career_change",), status="cert_layoff_chef_rayon"),
    )),
    # Feature: certificate_paste — situation — est accueillie en stage dans notre association à compter du 1er septembre 2026
    # ambiguous: the internship certificate gives a start and no end, and the applicant's line says nothing of it: running still or not, unknown
    # genre: attestation de stage line «est accueillie en stage dans notre association à compter du 1er septembre 2026» = internship started, end not given → not_internship open
    N("certificate_paste", "situation", "est accueillie en stage dans notre association à compter du 1er septembre 2026", M(
        "Chloé Vignaud <chloe.vignaud@example.net>", "justificatif", "14 11:50",
        """Bonjour, voici l'attestation qu'on m'a faite, pour mon dossier.

ATTESTATION
Je soussignée, Agnès Fournel, présidente de l'association Récup'Actions, atteste que Mlle Chloé VIGNAUD, titulaire d'un master Gestion de l'environnement (2026), est accueillie en stage dans notre association à compter du 1er septembre 2026.
Fait pour servir et valoir ce que de droit, à Angers, le 20 septembre 2026.

Je cherche un poste dans une ressourcerie ou une association d'économie circulaire.
Chloé Vignaud, 07 31 84 59 06""",
        app("Chloé", "Vignaud", phone="+33731845906", bac=5, grad="2026", unknown=("not_internship",), status="cert_intern_no_end"),
    )),
    # Feature: certificate_paste — level — BTS Économie sociale familiale — Session 2026 — Décision du jury : ADMISE
    # genre: relevé de notes line «BTS Économie sociale familiale — Session 2026 — Décision du jury : ADMISE» = bac+2 of 2026 → meets degree_level
    N("certificate_paste", "level", "BTS Économie sociale familiale — Session 2026 — Décision du jury : ADMISE", M(
        "Rokia Diarra <rokia.diarra@example.com>", "Candidature avec mon relevé de notes", "15 19:20",
        """Bonsoir,

RELEVÉ DE NOTES
Académie de Créteil
Candidate : DIARRA Rokia
BTS Économie sociale familiale — Session 2026 — Décision du jury : ADMISE
Conseil et expertise technologique : 14,5 / 20
Intervention sociale : 15 / 20
Édité le 8 juillet 2026

Je cherche un poste de conseillère dans une association d'aide aux familles.
Rokia Diarra — 06 15 72 09 38""",
        app("Rokia", "Diarra", phone="+33615720938", bac=2, grad="2026", status="cert_bts_2026"),
    )),
    # Feature: certificate_paste — kind — atteste que ses locaux accueilleront les ateliers Pro'pulse
    # genre: a school's office sends an attestation about no applicant «atteste que ses locaux accueilleront les ateliers Pro'pulse» = an agreement → kind other
    N("certificate_paste", "kind", "atteste que ses locaux accueilleront les ateliers Pro'pulse", M(
        "Scolarité IUT de Béthune <scolarite@iut-bethune.example.fr>", "Attestation d'accueil", "16 09:10",
        """Bonjour,

ATTESTATION
L'IUT de Béthune atteste que ses locaux accueilleront les ateliers Pro'pulse les 7 et 8 janvier 2027.
Fait à Béthune, le 16 novembre 2026

Service de la scolarité — IUT de Béthune""",
        other(),
    )),
    # Feature: certificate_paste — kind — Le message suivant n'a pas pu être distribué au service scolarité
    # genre: a delivery failure of our request for a certificate «Le message suivant n'a pas pu être distribué au service scolarité» = bounce → kind bounce
    N("certificate_paste", "kind", "Le message suivant n'a pas pu être distribué au service scolarité", M(
        "MAILER-DAEMON <mailer-daemon@univ-mail.example.fr>", "Non distribué : demande d'attestation", "17 13:31",
        """Le message suivant n'a pas pu être distribué au service scolarité (scolarite-l3@univ-example.fr) : boîte pleine.

> Objet : demande d'attestation de réussite
> Bonjour, pourriez-vous nous confirmer l'attestation de réussite d'une candidate ?""",
        bounce("scolarite-l3@univ-example.fr"),
        bounce="Reporting-MTA: dns; univ-mail.example.fr\nFinal-Recipient: rfc822; scolarite-l3@univ-example.fr\nAction: failed\nStatus: 5.2.2",
    )),
    # Feature: ad_reply — level — DEUST Animation et gestion des activités sportives, obtenu en juin 2025
    # genre: answer under the quoted «> Profil recherché : bac+2 minimum» — «DEUST Animation et gestion des activités sportives, obtenu en juin 2025» = bac+2 → meets degree_level (the ad's bac+2 is the criterion, his answer the fact)
    N("ad_reply", "level", "DEUST Animation et gestion des activités sportives, obtenu en juin 2025", M(
        "Mehdi Kaddour <mehdi.kaddour@example.org>", "Re: Pro'pulse recrute sa promotion 2027", "17 20:06",
        """Bonjour,

> Pro'pulse recrute sa promotion 2027
> Profil recherché : bac+2 minimum, diplôme obtenu il y a moins de 24 mois
Mon diplôme : DEUST Animation et gestion des activités sportives, obtenu en juin 2025.

> Vous cherchez un emploi dans l'ESS
Oui, je voudrais être coordinateur dans une association sportive d'insertion.

> Envoyez votre CV
Le voici en pièce jointe.

Mehdi Kaddour — 06 52 18 94 70""",
        app("Mehdi", "Kaddour", phone="+33652189470", bac=2, grad="2025-06", status="ad_deust_sport"),
        cv=CV("pdf", "CV_Mehdi_Kaddour.pdf", """Mehdi Kaddour
Éducateur sportif
DEUST Animation et gestion des activités sportives
Stage : Sport dans la Ville, Vierzon
Permis B"""),
    )),
    # Feature: ad_reply — aim — Ce qui m'intéresse, c'est un poste de chargé RSE dans un grand groupe
    # genre: answer under the quoted «> Le programme accompagne vers l'emploi dans l'ESS» — «Ce qui m'intéresse, c'est un poste de chargé RSE dans un grand groupe» = a company's CSR → fails job_seeking_ess
    N("ad_reply", "aim", "Ce qui m'intéresse, c'est un poste de chargé RSE dans un grand groupe", M(
        "Victor Lambert-Ngo <victor.lambertngo@example.com>", "Re: Appel à candidatures Pro'pulse", "18 09:22",
        """Bonjour,

> Le programme accompagne vers l'emploi dans l'ESS (associations, coopératives, mutuelles)
Ce qui m'intéresse, c'est un poste de chargé RSE dans un grand groupe, mais je pense que votre réseau peut m'aider.

> Conditions : bac+2 minimum
J'ai un master Management durable obtenu en 2025.

Victor Lambert-Ngo, 07 48 26 31 05""",
        app("Victor", "Lambert-Ngo", phone="+33748263105", bac=5, grad="2025", failing=("job_seeking_ess",), status="ad_rse_group"),
    )),
    # Feature: ad_reply — situation — Je suis volontaire chez Emmaüs Défi en ce moment
    # ambiguous: «volontaire» now with no scheme named (service civique or plain volunteering?) and no end; the ad's «stage non rémunéré possible» is the ad's, not hers
    # genre: answer under the quoted «> Disponibilité : immédiate» — «Je suis volontaire chez Emmaüs Défi en ce moment» = a volunteering of unstated scheme held now → not_service_civique open
    N("ad_reply", "situation", "Je suis volontaire chez Emmaüs Défi en ce moment", M(
        "Assia Benkirane <assia.benkirane@example.net>", "Re: Offre — chargée d'accueil (programme Pro'pulse)", "18 21:40",
        """Bonsoir,

> Poste : chargée d'accueil dans une structure d'insertion
> Stage non rémunéré possible
> Disponibilité : immédiate
Je suis volontaire chez Emmaüs Défi en ce moment, je peux m'organiser.

> Diplôme : bac+2 minimum
J'ai une licence Sciences sanitaires et sociales obtenue en juin 2026.

Assia Benkirane
06 81 07 53 24""",
        app("Assia", "Benkirane", phone="+33681075324", bac=3, grad="2026-06", unknown=("not_service_civique",), status="ad_volunteer_emmaus"),
    )),
    # Feature: ad_reply — graduation — I graduated with a BA in Social Work in June 2023
    # genre: English answer under the quoted «> Requirements: degree obtained less than 24 months ago» — «I graduated with a BA in Social Work in June 2023» = 41 months → fails graduation_recent
    N("ad_reply", "graduation", "I graduated with a BA in Social Work in June 2023", M(
        "Chiara Russo <chiara.russo@example.org>", "Re: Pro'pulse call for applications", "19 10:15",
        """Hello,

> Requirements: degree obtained less than 24 months ago, bachelor's level or above
I graduated with a BA in Social Work in June 2023, from the University of Bologna.

> Sector: social and solidarity economy
That is exactly what I want: a job in a refugee support charity in Paris.

Best,
Chiara Russo
+33 6 94 27 15 80""",
        app("Chiara", "Russo", phone="+33694271580", bac=3, grad="2023-06", failing=("graduation_recent",), language="en", status="ad_en_ba_2023"),
    )),
    # Feature: ad_reply — situation — mon service civique s'est terminé le 30 septembre
    # genre: answer under the quoted «> Disponibilité : immédiate» — «mon service civique s'est terminé le 30 septembre» = over → meets not_service_civique
    N("ad_reply", "situation", "mon service civique s'est terminé le 30 septembre", M(
        "Gwendal Riou <gwendal.riou@example.fr>", "Re: Offre Pro'pulse — animateur réseau", "20 07:58",
        """Bonjour,

> Poste : animateur de réseau associatif
> Disponibilité : immédiate
Disponible dès maintenant : mon service civique s'est terminé le 30 septembre.

> Profil : bac+2 minimum, diplômé depuis moins de 2 ans
BTS Économie sociale familiale, juin 2025.

> Envoyez CV et quelques lignes de motivation
CV joint. Je veux travailler dans une fédération associative.

Gwendal Riou — 06 31 90 46 22""",
        app("Gwendal", "Riou", phone="+33631904622", bac=2, grad="2025-06", info_in="body", status="ad_civic_ended"),
        cv=CV("odt", "CV_Gwendal_Riou.odt", """Gwendal Riou
Animateur de réseau
BTS Économie sociale familiale
Service civique — Ligue de l'enseignement du Finistère
BAFA"""),
    )),
    # Feature: ad_reply — level — Je n'ai pas de bac+2, j'ai un CAP petite enfance et un bac pro
    # genre: answer under the quoted «> Profil : bac+2 minimum» — «Je n'ai pas de bac+2, j'ai un CAP petite enfance et un bac pro» = bac alone → fails degree_level
    N("ad_reply", "level", "Je n'ai pas de bac+2, j'ai un CAP petite enfance et un bac pro", M(
        "Laetitia Hoareau <laetitia.hoareau@example.com>", "Re: Pro'pulse recrute", "21 12:44",
        """Bonjour,

> Profil : bac+2 minimum
Je n'ai pas de bac+2, j'ai un CAP petite enfance et un bac pro (2021), mais beaucoup d'expérience bénévole.

> Projet : travailler dans l'ESS
Oui, dans une crèche associative.

Laetitia Hoareau, 06 92 40 18 73""",
        app("Laetitia", "Hoareau", phone="+33692401873", bac=0, grad="2021", failing=("degree_level",), status="ad_cap_bacpro"),
    )),
    # Feature: ad_reply — kind — Est-ce que les années d'alternance comptent comme expérience ?
    # genre: a reply quoting our ad with only a question «Est-ce que les années d'alternance comptent comme expérience ?» = no personal fact → kind question
    N("ad_reply", "kind", "Est-ce que les années d'alternance comptent comme expérience ?", M(
        "Anonyme <curieux.ess@example.net>", "Re: Pro'pulse recrute sa promotion 2027", "22 08:05",
        """Bonjour,

> Profil recherché : bac+2 minimum, diplôme obtenu il y a moins de 24 mois
Est-ce que les années d'alternance comptent comme expérience ?

Merci""",
        question(),
    )),
    # Feature: ad_reply — kind — Je suis en congé jusqu'au 1er décembre
    # genre: an out-of-office quoting our ad «Je suis en congé jusqu'au 1er décembre» = automatic answer → kind auto_reply
    N("ad_reply", "kind", "Je suis en congé jusqu'au 1er décembre", M(
        "Sylvain Marec <s.marec@assos-bretagne.example.org>", "Absence : Re: Pro'pulse recrute sa promotion 2027", "22 08:06",
        """Je suis en congé jusqu'au 1er décembre. Votre message sera traité à mon retour.

> Pro'pulse recrute sa promotion 2027
> Profil recherché : bac+2 minimum""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
