"""Genres corpus, batch 07 (writer B): an adviser's or social worker's note about the person in the third
person («Situation :», «Parcours :», «Projet :», sent by the adviser or pasted by the applicant), an official
attestation or letter pasted (attestation de réussite, certificat de scolarité, fin de mission de service
civique, attestation de stage, lettre de licenciement, an English degree certificate), a reply quoting an ad
or our call («> Profil recherché : …») with the applicant's answers between; other mail in the same genres
(an adviser's reply in our thread, a formal out-of-office, a school's certificate about nobody, a bounce, a
job board's ads, a question under our quoted call)."""
# ruff: noqa: E501

from __future__ import annotations

from genres import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: adviser_note — aim — Projet : poste d'accueil dans une association d'aide aux personnes exilées
    # genre: note «Projet : poste d'accueil dans une association d'aide aux personnes exilées» about the young woman = ESS aim → meets job_seeking_ess; the adviser's title is no fact
    N("adviser_note", "aim", "Projet : poste d'accueil dans une association d'aide aux personnes exilées", M(
        "Corinne Batista <c.batista@missionlocale-evry.example.fr>", "Orientation Pro'pulse — Mme Zahra Hosseini", "03 11:20",
        """Bonjour,

Je vous oriente une jeune que j'accompagne. Voici la note de synthèse de son dossier.

NOTE DE SYNTHÈSE — Mme Zahra HOSSEINI
Coordonnées : zahra.hosseini@example.org — 07 63 19 52 84
Formation : licence Langues étrangères appliquées (anglais-persan), obtenue en juin 2025 à Paris-Saclay.
Situation : demandeuse d'emploi, inscrite depuis septembre 2025. Elle n'est ni en formation ni en stage.
Freins : mobilité limitée (pas de permis), à compenser par les transports en commun.
Projet : poste d'accueil dans une association d'aide aux personnes exilées. Elle a déjà été bénévole à la Cimade.

Bien cordialement,
Corinne Batista
Conseillère en insertion professionnelle — Mission locale d'Évry""",
        app("Zahra", "Hosseini", phone="+33763195284", bac=3, grad="2025-06", email="zahra.hosseini@example.org", forwarded_by="c.batista@missionlocale-evry.example.fr", status="b_note_exiles_aim"),
    )),
    # Feature: adviser_note — career_change — Parcours : douze ans comme aide-soignante en EHPAD avant sa reprise d'études
    # genre: note «Parcours : douze ans comme aide-soignante en EHPAD avant sa reprise d'études» before a DEES of June 2026 = a retraining after another trade → fails not_career_change
    N("adviser_note", "career_change", "Parcours : douze ans comme aide-soignante en EHPAD avant sa reprise d'études", M(
        "Hervé Lacombe <herve.lacombe@france-travail.example.fr>", "Candidature de Mme Nadège Ebongue", "04 15:05",
        """Madame, Monsieur,

Veuillez trouver ci-dessous la fiche de suivi de Mme Ebongue, qui souhaite intégrer votre programme.

FICHE DE SUIVI
Demandeuse : Nadège EBONGUE — 06 19 84 27 63
Parcours : douze ans comme aide-soignante en EHPAD avant sa reprise d'études. DEES obtenu en juin 2026.
Situation : en recherche d'emploi depuis juillet.
Projet : éducatrice spécialisée dans une association de protection de l'enfance. Elle est très déterminée.

Hervé Lacombe
Conseiller référent — France Travail Créteil""",
        app("Nadège", "Ebongue", phone="+33619842763", bac=3, grad="2026-06", failing=("not_career_change",), email=None, forwarded_by="herve.lacombe@france-travail.example.fr", status="b_note_ehpad_retrain"),
    )),
    # Feature: adviser_note — career_change — Parcours : quelques années dans la restauration avant le BTS, durée à préciser
    # ambiguous: the adviser writes that the years in catering before the BTS are «à préciser», so whether they were a trade or student jobs is not settled
    # genre: note «Parcours : quelques années dans la restauration avant le BTS, durée à préciser» = length and nature unknown → not_career_change open
    N("adviser_note", "career_change", "Parcours : quelques années dans la restauration avant le BTS, durée à préciser", M(
        "Mireille Fontanel <m.fontanel@plie-nimes.example.org>", "Proposition de candidature — M. Rayane Chérif", "05 10:47",
        """Bonjour,

Dans le cadre du partenariat, je vous transmets la note concernant M. Chérif.

Objet : note d'orientation
Bénéficiaire : M. Rayane CHÉRIF (rayane.cherif@example.net, 07 84 36 15 29)
Diplôme : BTS Gestion de la PME, obtenu en juin 2025.
Parcours : quelques années dans la restauration avant le BTS, durée à préciser.
Situation : sans emploi, disponible immédiatement.
Projet : il souhaite un poste d'assistant administratif dans une SCOP du bâtiment.

Mireille Fontanel
Chargée de mission PLIE — Nîmes Métropole""",
        app("Rayane", "Chérif", phone="+33784361529", bac=2, grad="2025-06", unknown=("not_career_change",), email="rayane.cherif@example.net", forwarded_by="m.fontanel@plie-nimes.example.org", status="b_note_catering_unclear"),
    )),
    # Feature: adviser_note — level — Niveau : CAP Accompagnant éducatif petite enfance, pas de diplôme de niveau bac+2
    # genre: note «Niveau : CAP Accompagnant éducatif petite enfance, pas de diplôme de niveau bac+2» pasted by the applicant = below bac+2 → fails degree_level
    N("adviser_note", "level", "Niveau : CAP Accompagnant éducatif petite enfance, pas de diplôme de niveau bac+2", M(
        "Stella Fofana <stella.fofana@example.com>", "candidature", "06 20:18",
        """Bonjour, ma conseillère a écrit cette note pour mon dossier, je vous la copie :

Synthèse d'entretien — Stella FOFANA
Niveau : CAP Accompagnant éducatif petite enfance, pas de diplôme de niveau bac+2.
Situation : elle travaille en intérim dans des crèches depuis 2023.
Projet : elle aimerait devenir coordinatrice dans une crèche associative.
Rédigé par : A. Lemoine, conseillère Cap emploi

Mon numéro : 06 52 38 71 04""",
        app("Stella", "Fofana", phone="+33652387104", bac=0, grad=None, failing=("degree_level",), status="b_note_cap_level"),
    )),
    # Feature: adviser_note — situation — Situation : service civique terminé le 30 septembre 2026, en recherche d'emploi depuis
    # genre: note «Situation : service civique terminé le 30 septembre 2026, en recherche d'emploi depuis» = over → meets not_service_civique
    N("adviser_note", "situation", "Situation : service civique terminé le 30 septembre 2026, en recherche d'emploi depuis", M(
        "Patrice Moulinier <p.moulinier@ml-angers.example.org>", "Orientation — Lucas Meirelles", "09 09:15",
        """Bonjour l'équipe Pro'pulse,

Je vous adresse Lucas, suivi à la Mission locale. Extrait de son dossier :

Nom : Lucas MEIRELLES
Contact : lucas.meirelles@example.fr / 07 36 91 24 58
Formation : DUT Carrières sociales option animation, obtenu en juin 2025.
Situation : service civique terminé le 30 septembre 2026, en recherche d'emploi depuis.
Freins : aucun frein majeur identifié.
Projet : il veut travailler comme animateur dans un centre social associatif.

Patrice Moulinier
Conseiller Mission locale — Angers""",
        app("Lucas", "Meirelles", phone="+33736912458", bac=2, grad="2025-06", email="lucas.meirelles@example.fr", forwarded_by="p.moulinier@ml-angers.example.org", status="b_note_civic_september"),
    )),
    # Feature: adviser_note — aim — Projet : il vise un poste de conseiller clientèle en banque de détail
    # genre: note «Projet : il vise un poste de conseiller clientèle en banque de détail» = a bank → fails job_seeking_ess
    N("adviser_note", "aim", "Projet : il vise un poste de conseiller clientèle en banque de détail", M(
        "Sabine Garnaud <sabine.garnaud@epide-metz.example.fr>", "Jeune orienté vers votre dispositif", "10 14:40",
        """Bonjour,

Un jeune de notre promotion souhaite candidater. Notre compte rendu :

Compte rendu de suivi
Intéressé : M. Adrien Kuznetsov — 06 27 50 83 16
Formation : BTS Banque, obtenu en juin 2026.
Situation : sans activité depuis juillet 2026.
Projet : il vise un poste de conseiller clientèle en banque de détail, de préférence à Metz.

Sabine Garnaud
Référente insertion — EPIDE de Metz""",
        app("Adrien", "Kuznetsov", phone="+33627508316", bac=2, grad="2026-06", failing=("job_seeking_ess",), email=None, forwarded_by="sabine.garnaud@epide-metz.example.fr", status="b_note_retail_bank"),
    )),
    # Feature: adviser_note — aim — Projet : encore flou, elle se dit ouverte à tous secteurs
    # ambiguous: the social worker's note says the plan is still vague and open to every sector, so whether she seeks in the ESS is not settled
    # genre: note «Projet : encore flou, elle se dit ouverte à tous secteurs» = no sector chosen → job_seeking_ess open
    N("adviser_note", "aim", "Projet : encore flou, elle se dit ouverte à tous secteurs", M(
        "Véronique Amadou <v.amadou@ccas-limoges.example.fr>", "Transmission de dossier — Mme Inaya Bertrand", "12 16:02",
        """Bonjour,

Assistante sociale au CCAS, je vous transmets la note concernant Mme Bertrand, avec son accord.

Note sociale
Personne : Mme Inaya BERTRAND — inaya.bertrand@example.org — 07 48 26 90 13
Diplôme : master Droit public, obtenu en septembre 2025.
Situation : hébergée chez sa sœur, sans emploi, aucune formation en cours.
Freins : logement précaire.
Projet : encore flou, elle se dit ouverte à tous secteurs.

Véronique Amadou
Assistante de service social — CCAS de Limoges""",
        app("Inaya", "Bertrand", phone="+33748269013", bac=5, grad="2025-09", unknown=("job_seeking_ess",), email="inaya.bertrand@example.org", forwarded_by="v.amadou@ccas-limoges.example.fr", status="b_note_any_sector"),
    )),
    # Feature: adviser_note — kind — je transmettrai la plaquette aux jeunes que je suis
    # genre: an adviser's reply in our thread «je transmettrai la plaquette aux jeunes que je suis» = no person's facts → kind reply
    N("adviser_note", "kind", "je transmettrai la plaquette aux jeunes que je suis", M(
        "Élodie Varenne <e.varenne@ml-tours.example.org>", "Re: Présentation du programme Pro'pulse", "13 10:05",
        """Bonjour,

Merci pour ces informations, je transmettrai la plaquette aux jeunes que je suis et je vous orienterai les profils qui correspondent.

Élodie Varenne
Conseillère en insertion — Mission locale de Tours

> Bonjour, vous trouverez ci-joint la présentation de la prochaine session.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<presentation-1311@animafac.net>", "References": "<presentation-1311@animafac.net>"},
    )),
    # Feature: adviser_note — kind — Je suis absente du bureau jusqu'au 30 novembre inclus
    # genre: an adviser's formal out-of-office «Je suis absente du bureau jusqu'au 30 novembre inclus» = automatic reply → kind auto_reply
    N("adviser_note", "kind", "Je suis absente du bureau jusqu'au 30 novembre inclus", M(
        "Françoise Leduc <f.leduc@ml-brest.example.fr>", "Réponse automatique : Orientation de jeunes", "14 08:12",
        """Madame, Monsieur,

Je suis absente du bureau jusqu'au 30 novembre inclus. Pour toute orientation urgente, merci de contacter l'accueil de la Mission locale au 02 98 00 00 00.

Cordialement,
Françoise Leduc
Conseillère Mission locale — Brest""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: certificate_paste — graduation — au titre de la session de juin 2025
    # genre: certificate line «au titre de la session de juin 2025» (issued «le 3 juillet 2025», not the diploma's date) = licence pro June 2025 → meets graduation_recent
    N("certificate_paste", "graduation", "au titre de la session de juin 2025", M(
        "Perrine Castagné <perrine.castagne@example.org>", "Candidature — attestation de réussite", "03 17:25",
        """Bonjour, je vous copie mon attestation en attendant le diplôme. Je cherche un poste dans une association de commerce équitable.

UNIVERSITÉ DE POITIERS
ATTESTATION DE RÉUSSITE

Le Président de l'Université de Poitiers atteste que
Mme Perrine CASTAGNÉ, née le 14 février 2003,
a obtenu la Licence professionnelle Commerce et distribution, parcours Commerce équitable,
au titre de la session de juin 2025, avec la mention Bien.

Fait à Poitiers, le 3 juillet 2025
Pour le Président et par délégation, le responsable de la scolarité

Perrine — 06 74 29 13 85""",
        app("Perrine", "Castagné", phone="+33674291385", bac=3, grad="2025-06", status="b_cert_session_june"),
    )),
    # Feature: certificate_paste — studies_finished — est régulièrement inscrite en Master 2 Économie sociale et solidaire pour l'année universitaire 2026-2027
    # genre: certificate line «est régulièrement inscrite en Master 2 Économie sociale et solidaire pour l'année universitaire 2026-2027» = enrolled this year → fails studies_finished
    N("certificate_paste", "studies_finished", "est régulièrement inscrite en Master 2 Économie sociale et solidaire pour l'année universitaire 2026-2027", M(
        "Aïcha Mbarga <aicha.mbarga@example.net>", "Candidature Pro'pulse", "05 12:10",
        """Bonjour,

Je joins ci-dessous mon certificat comme demandé dans votre formulaire. Mon projet : chargée de mission dans une chambre régionale de l'ESS.

CERTIFICAT DE SCOLARITÉ
Université Lumière Lyon 2
Le service de scolarité certifie que Mme Aïcha MBARGA
est régulièrement inscrite en Master 2 Économie sociale et solidaire pour l'année universitaire 2026-2027.
Fait à Lyon, le 2 octobre 2026

Aïcha Mbarga, 07 93 15 60 28""",
        app("Aïcha", "Mbarga", phone="+33793156028", bac="*", grad=None, failing=("studies_finished",), status="b_cert_enrolled_m2"),
    )),
    # Feature: certificate_paste — situation — a effectué une mission de service civique du 1er février 2026 au 31 octobre 2026
    # genre: certificate line «a effectué une mission de service civique du 1er février 2026 au 31 octobre 2026» = ended → meets not_service_civique
    N("certificate_paste", "situation", "a effectué une mission de service civique du 1er février 2026 au 31 octobre 2026", M(
        "Victor Sanchez-Mora <victor.sanchez@example.com>", "Attestation de fin de mission + candidature", "07 10:55",
        """Bonjour,

Je vous transmets mon attestation de fin de mission. J'ai un BTS Gestion de la PME de juin 2025 et je cherche un poste dans une association d'aide aux personnes sans abri.

ATTESTATION DE SERVICE CIVIQUE
L'Agence du Service Civique atteste que M. Victor SANCHEZ-MORA
a effectué une mission de service civique du 1er février 2026 au 31 octobre 2026
au sein de l'association Aurore, pour une durée hebdomadaire de 28 heures.
Délivrée le 4 novembre 2026

Victor — 06 81 47 35 92""",
        app("Victor", "Sanchez-Mora", phone="+33681473592", bac=2, grad="2025-06", status="b_cert_civic_ended"),
    )),
    # Feature: certificate_paste — career_change — vous occupez depuis le 2 mai 2013 le poste de préparateur de commandes
    # genre: letter of dismissal line «vous occupez depuis le 2 mai 2013 le poste de préparateur de commandes» = eleven years of another trade before the 2026 DEJEPS → fails not_career_change
    N("certificate_paste", "career_change", "vous occupez depuis le 2 mai 2013 le poste de préparateur de commandes", M(
        "Didier Mabiala <didier.mabiala@example.fr>", "Ma candidature", "08 09:30",
        """Bonjour,

Après mon licenciement j'ai passé un DEJEPS animation sociale (juin 2026) et je veux travailler dans une association d'éducation populaire. Je vous colle la lettre pour que vous compreniez mon parcours :

LogiNord SAS — Direction des ressources humaines
Lettre recommandée avec accusé de réception
Objet : notification de licenciement pour motif économique

Monsieur,
Vous occupez depuis le 2 mai 2013 le poste de préparateur de commandes au sein de notre entrepôt de Lesquin. La fermeture du site nous contraint à supprimer votre poste.
Fait à Lesquin, le 15 janvier 2024

Didier Mabiala — 06 36 58 20 47""",
        app("Didier", "Mabiala", phone="+33636582047", bac=2, grad="2026-06", failing=("not_career_change",), status="b_cert_dismissal"),
    )),
    # Feature: certificate_paste — situation — effectue un stage au sein de notre association depuis le 7 septembre 2026
    # ambiguous: the attestation (issued 5 November) says the internship runs since 7 September and gives no end date, so whether it still runs today is not said
    # genre: certificate line «effectue un stage au sein de notre association depuis le 7 septembre 2026» with no end date = internship of unknown end → not_internship open
    N("certificate_paste", "situation", "effectue un stage au sein de notre association depuis le 7 septembre 2026", M(
        "Hugo Tessier-Bamba <hugo.tessier@example.org>", "Candidature (attestation jointe dans le mail)", "11 18:40",
        """Bonjour,

Voici l'attestation que l'association m'a faite. J'ai une licence de sciences politiques (juin 2026) et je voudrais un poste de chargé de plaidoyer dans une ONG.

ATTESTATION DE STAGE
Je soussignée, Marie-Laure Pignon, directrice de l'association Habitat Solidaire 44,
atteste que M. Hugo TESSIER-BAMBA effectue un stage au sein de notre association depuis le 7 septembre 2026,
en qualité d'assistant de plaidoyer.
Fait à Nantes, le 5 novembre 2026, pour servir et valoir ce que de droit.

Hugo, 07 26 13 48 95""",
        app("Hugo", "Tessier-Bamba", phone="+33726134895", bac=3, grad="2026-06", unknown=("not_internship",), status="b_cert_stage_no_end"),
    )),
    # Feature: certificate_paste — level — was awarded the degree of Bachelor of Arts (Honours) in Community Development
    # genre: certificate line «was awarded the degree of Bachelor of Arts (Honours) in Community Development» conferred 10 July 2025 = bac+3 → meets degree_level
    N("certificate_paste", "level", "was awarded the degree of Bachelor of Arts (Honours) in Community Development", M(
        "Siobhan Gallagher <siobhan.gallagher@example.com>", "Application — degree certificate", "12 13:15",
        """Hello,

I studied in Dublin and moved to Marseille in September. Here is my degree certificate; I'd like to work for a community association or a cooperative.

UNIVERSITY COLLEGE DUBLIN
This is to certify that
Siobhan Mary GALLAGHER
was awarded the degree of Bachelor of Arts (Honours) in Community Development
at a conferring held on 10 July 2025.
Issued on 2 September 2025 by the Registrar

Siobhan Gallagher — +33 7 59 84 21 30""",
        app("Siobhan", "Gallagher", phone="+33759842130", bac=3, grad="2025-07", language="en", status="b_cert_en_ucd"),
    )),
    # Feature: certificate_paste — kind — atteste que l'établissement est habilité à délivrer le BTS
    # genre: a school office's certificate about nobody «atteste que l'établissement est habilité à délivrer le BTS» = no application → kind other
    N("certificate_paste", "kind", "atteste que l'établissement est habilité à délivrer le BTS", M(
        "Secrétariat Lycée Jean-Moulin <secretariat@lycee-jmoulin.example.fr>", "Attestation d'habilitation — partenariat", "13 11:00",
        """Bonjour,

Comme convenu lors de notre réunion, voici l'attestation demandée pour le partenariat.

ATTESTATION
La proviseure du lycée Jean-Moulin atteste que l'établissement est habilité à délivrer le BTS Services et prestations des secteurs sanitaire et social.
Fait à Béziers, le 12 novembre 2026

Le secrétariat""",
        other(),
    )),
    # Feature: certificate_paste — kind — Le message n'a pas pu être remis à idriss.kamara@example.net
    # genre: a bounce of our reply about a certificate «Le message n'a pas pu être remis à idriss.kamara@example.net» = delivery failure → kind bounce
    N("certificate_paste", "kind", "Le message n'a pas pu être remis à idriss.kamara@example.net", M(
        "MAILER-DAEMON <mailer-daemon@mx.example.net>", "Échec de remise : Re: Votre attestation de réussite", "15 04:40",
        """Le message n'a pas pu être remis à idriss.kamara@example.net.

Raison : boîte de réception pleine.""",
        bounce("idriss.kamara@example.net"),
        bounce="Reporting-MTA: dns; mx.example.net\nFinal-Recipient: rfc822; idriss.kamara@example.net\nAction: failed\nStatus: 5.2.2",
    )),
    # Feature: ad_reply — level — J'ai un BTS SP3S, obtenu en juin 2025.
    # genre: answer under the quoted «> Profil recherché : bac+2 minimum» «J'ai un BTS SP3S, obtenu en juin 2025.» = bac+2 → meets degree_level (the quoted criterion is the ad's)
    N("ad_reply", "level", "J'ai un BTS SP3S, obtenu en juin 2025.", M(
        "Naïma Ould-Ali <naima.ouldali@example.org>", "Re: Offre — Chargée d'accueil, centre social La Passerelle", "04 08:50",
        """Bonjour,

Je réponds à votre annonce point par point :

> Profil recherché : bac+2 minimum dans le social.
J'ai un BTS SP3S, obtenu en juin 2025.

> Expérience de l'accueil du public appréciée.
Deux stages d'accueil en CCAS pendant le BTS.

> Poste en CDD de 6 mois, association loi 1901.
C'est exactement le cadre associatif que je cherche.

Mon CV est en pièce jointe.
Naïma Ould-Ali — 06 29 74 51 36""",
        app("Naïma", "Ould-Ali", phone="+33629745136", bac=2, grad="2025-06", status="b_ad_bts_sp3s", info_in="both"),
        cv=CV("docx", "CV_Naima_Ould-Ali.docx", """Naïma Ould-Ali
Chargée d'accueil
Formation : BTS SP3S, lycée Marie-Curie, 2023-2025
Stages : CCAS de Vitry (2024), CCAS d'Ivry (2025)
Langues : arabe, anglais"""),
    )),
    # Feature: ad_reply — situation — Je suis en stage jusqu'à fin janvier, au service jeunesse de la mairie.
    # genre: answer under the quoted «> Stage non rémunéré possible» «Je suis en stage jusqu'à fin janvier, au service jeunesse de la mairie.» = internship running → fails not_internship (the ad's «stage» is the ad's)
    N("ad_reply", "situation", "Je suis en stage jusqu'à fin janvier, au service jeunesse de la mairie.", M(
        "Enzo Baptiste-Lemaire <enzo.baptiste@example.net>", "Re: Pro'pulse — appel à candidatures", "06 13:05",
        """Bonjour,

> Le programme s'adresse aux diplômés bac+2 et plus, sortis d'études depuis moins de deux ans.
Licence STAPS en juin 2026.

> Stage non rémunéré possible dans une structure partenaire.
Je suis en stage jusqu'à fin janvier, au service jeunesse de la mairie.

> Quel est votre projet ?
Coordinateur sportif dans une association d'éducation par le sport.

Enzo — 07 41 62 38 09""",
        app("Enzo", "Baptiste-Lemaire", phone="+33741623809", bac=3, grad="2026-06", failing=("not_internship",), status="b_ad_intern_january"),
    )),
    # Feature: ad_reply — studies_finished — J'ai passé mes derniers examens de M2 en octobre, j'attends la délibération du jury.
    # ambiguous: all exams are sat and the jury has not yet deliberated, so whether the master is obtained and the studies over is not settled
    # genre: answer under the quoted «> Être diplômé(e) au moment de la candidature» «J'ai passé mes derniers examens de M2 en octobre, j'attends la délibération du jury.» = results awaited → studies_finished open
    N("ad_reply", "studies_finished", "J'ai passé mes derniers examens de M2 en octobre, j'attends la délibération du jury.", M(
        "Louise Hamelin <louise.hamelin@example.fr>", "Re: Annonce Pro'pulse", "08 19:22",
        """Bonjour,

> Être diplômé(e) au moment de la candidature.
J'ai passé mes derniers examens de M2 en octobre, j'attends la délibération du jury.

> Projet dans l'économie sociale et solidaire.
Je souhaite travailler dans une mutuelle, au service prévention.

Louise Hamelin
06 58 21 93 40""",
        app("Louise", "Hamelin", phone="+33658219340", bac=5, grad=None, unknown=("studies_finished",), status="b_ad_jury_pending"),
    )),
    # Feature: ad_reply — aim — Pour ma part je vise plutôt un cabinet de conseil en stratégie.
    # genre: answer under the quoted «> Secteurs visés : associations, coopératives, mutuelles» «Pour ma part je vise plutôt un cabinet de conseil en stratégie.» = consulting → fails job_seeking_ess (the quoted sectors are the call's)
    N("ad_reply", "aim", "Pour ma part je vise plutôt un cabinet de conseil en stratégie.", M(
        "Arnaud Ferrat <arnaud.ferrat@example.com>", "Re: Appel à candidatures Pro'pulse", "10 11:36",
        """Bonjour,

> Secteurs visés : associations, coopératives, mutuelles.
Pour ma part je vise plutôt un cabinet de conseil en stratégie.

> Diplôme : bac+2 minimum.
Master Finance, septembre 2025.

Est-ce que ça reste compatible ?
Arnaud Ferrat — 06 11 59 84 27""",
        app("Arnaud", "Ferrat", phone="+33611598427", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_ad_consulting"),
    )),
    # Feature: ad_reply — career_change — Avant ma licence pro, je n'ai eu que des jobs d'été.
    # genre: answer under the quoted «> Les personnes en reconversion ne sont pas éligibles» «Avant ma licence pro, je n'ai eu que des jobs d'été.» = no earlier trade → meets not_career_change
    N("ad_reply", "career_change", "Avant ma licence pro, je n'ai eu que des jobs d'été.", M(
        "Mélodie Tran-Van <melodie.tran@example.org>", "Re: Pro'pulse — conditions", "12 15:48",
        """Bonjour,

> Les personnes en reconversion ne sont pas éligibles.
Avant ma licence pro, je n'ai eu que des jobs d'été.

> Diplôme obtenu depuis moins de deux ans.
Licence pro Gestion de projets associatifs, juin 2026.

> Projet professionnel ?
Chargée de vie associative dans une fédération sportive.

Mélodie — 07 64 30 18 52""",
        app("Mélodie", "Tran-Van", phone="+33764301852", bac=3, grad="2026-06", status="b_ad_summer_jobs"),
    )),
    # Feature: ad_reply — graduation — Mon DUT GEA date de juin 2025.
    # genre: answer under the quoted «> Diplômé(e) depuis moins de deux ans» «Mon DUT GEA date de juin 2025.» = 17 months → meets graduation_recent
    N("ad_reply", "graduation", "Mon DUT GEA date de juin 2025.", M(
        "Ousmane Diallo-Berthier <ousmane.diallo@example.net>", "Re: Offre Pro'pulse — assistant de gestion", "14 10:20",
        """Bonjour,

> Diplômé(e) depuis moins de deux ans.
Mon DUT GEA date de juin 2025.

> Poste : assistant de gestion dans une SCIC de l'alimentation.
Je connais bien les coopératives, j'ai été bénévole dans une épicerie coopérative.

CV joint.
Ousmane Diallo-Berthier
06 47 85 12 93""",
        app("Ousmane", "Diallo-Berthier", phone="+33647851293", bac=2, grad="2025-06", status="b_ad_dut_gea", info_in="both"),
        cv=CV("pdf", "CV_Ousmane_Diallo-Berthier.pdf", """Ousmane Diallo-Berthier
Assistant de gestion
Formation : DUT GEA, IUT de Saint-Denis, 2023-2025
Bénévolat : épicerie coopérative La Cagette
Compétences : comptabilité, tableur"""),
    )),
    # Feature: ad_reply — kind — Les offres de la semaine dans l'ESS
    # genre: a job board's newsletter quoting ads «Les offres de la semaine dans l'ESS» = a mailing → kind newsletter
    N("ad_reply", "kind", "Les offres de la semaine dans l'ESS", M(
        "ESS Emplois <offres@essemplois.example.org>", "Les offres de la semaine dans l'ESS", "16 07:15",
        """Les offres de la semaine dans l'ESS

> Chargé(e) de mission — fédération d'associations, Lille
> Profil recherché : bac+3, première expérience associative.

> Animateur(trice) — centre social, Pau
> Profil recherché : BPJEPS ou DUT Carrières sociales.

Retrouvez toutes les offres sur notre site. Se désabonner""",
        newsletter(),
    )),
    # Feature: ad_reply — kind — est-ce que les personnes au RSA peuvent candidater
    # genre: a question under our quoted call «est-ce que les personnes au RSA peuvent candidater» = no personal fact → kind question
    N("ad_reply", "kind", "est-ce que les personnes au RSA peuvent candidater", M(
        "Lison Marquet <lison.marquet@example.com>", "Re: Appel à candidatures Pro'pulse", "17 21:05",
        """Bonjour,

> Le programme s'adresse aux jeunes diplômés en recherche d'emploi.
Petite question : est-ce que les personnes au RSA peuvent candidater ?

Merci d'avance""",
        question(),
    )),
]
