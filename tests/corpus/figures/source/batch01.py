"""Figures corpus, batch 01 (writer A): idioms («j'ai enfin décroché le précieux sésame», «encore sur les
bancs de la fac», «j'ai raccroché la blouse», «j'ai jeté l'éponge»), metaphors («la dernière ligne droite de
mon M2», «j'ai tourné la page de la banque», «mon stage touche à sa fin») and metonymies («je sors de l'IUT
de Lannion», «France Travail me suit depuis juin», «l'amphi, c'est fini»), and other mail that carries the
same figures."""
# ruff: noqa: E501

from __future__ import annotations

from figures import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: idiom — graduation — j'ai enfin décroché le précieux sésame
    # figured: «décroché le précieux sésame» = obtained the master (June 2025) → meets
    N("idiom", "graduation", "j'ai enfin décroché le précieux sésame", M(
        "Clémence Aubertin <clemence.aubertin@example.org>", "Candidature Pro'pulse", "02 09:12",
        """Bonjour,

Après deux années de master « Économie sociale et solidaire » à Grenoble, j'ai enfin décroché le précieux sésame en juin 2025, avec une mention dont je suis assez fière.

Je cherche maintenant un poste de chargée de développement dans une coopérative ou une association d'insertion. J'ai la tête dans le guidon avec mes candidatures, alors votre programme tombe à pic.

Bien à vous,
Clémence Aubertin
06 71 24 58 90""",
        app("Clémence", "Aubertin", phone="+33671245890", bac=5, grad="2025-06", status="precieux_sesame"),
    )),
    # Feature: idiom — studies_finished — je suis encore sur les bancs de la fac
    # figured: «encore sur les bancs de la fac» = M2 still being followed → fails studies_finished
    N("idiom", "studies_finished", "je suis encore sur les bancs de la fac", M(
        "Yanis Belkacem <yanis.belkacem@example.net>", "question candidature", "03 22:40",
        """Salut l'équipe,

Je me permets de vous écrire même si je suis encore sur les bancs de la fac : M2 Innovation sociale à Lyon 2, on attaque le second semestre en janvier.

J'aimerais rejoindre une SCOP du bâtiment ou une régie de quartier après. Est-ce que je peux déjà entrer dans Pro'pulse ?

Merci d'avance,
Yanis
07 62 09 31 45""",
        app("Yanis", "Belkacem", phone="+33762093145", bac="*", grad=None, failing=("studies_finished",), status="bancs_de_la_fac"),
    )),
    # Feature: idiom — career_change — j'ai raccroché la blouse après dix ans à l'hôpital
    # figured: «raccroché la blouse après dix ans à l'hôpital» = ten years as a nurse, then a licence pro in 2026 → fails not_career_change
    N("idiom", "career_change", "j'ai raccroché la blouse après dix ans à l'hôpital", M(
        "Nathalie Quéméner <n.quemener@example.fr>", "Candidature – coordination associative", "04 11:05",
        """Madame, Monsieur,

Vous trouverez ci-joint mon CV. En deux mots : j'ai raccroché la blouse après dix ans à l'hôpital, et j'ai suivi une licence professionnelle « Gestion des organisations de l'ESS » que j'ai obtenue en juin 2026.

Je souhaite désormais travailler dans une association du secteur médico-social, côté coordination.

Cordialement,
Nathalie Quéméner
06 33 80 12 47""",
        app("Nathalie", "Quéméner", phone="+33633801247", bac=3, grad="2026-06", failing=("not_career_change",), status="raccroche_la_blouse", info_in="both"),
        cv=CV("pdf", "CV_Quemener.pdf", """Nathalie Quéméner
06 33 80 12 47 — n.quemener@example.fr
Formation
2026 : Licence professionnelle Gestion des organisations de l'ESS, Université de Brest
2013 : Diplôme d'État d'infirmière
Expérience
2014-2024 : infirmière, CHU de Brest
Centres d'intérêt : voile, chorale"""),
    )),
    # Feature: idiom — graduation — mon BTS, ça ne date pas d'hier
    # ambiguous: «ça ne date pas d'hier» says the BTS is old without a year: it may be three years or ten, inside or outside 24 months no careful reader can tell
    # figured: «ça ne date pas d'hier» on «mon BTS» = a BTS of no stated date, only «not recent» → open graduation_recent
    N("idiom", "graduation", "mon BTS, ça ne date pas d'hier", M(
        "Ousmane Diallo <ousmane.diallo@example.com>", "Pro'pulse", "05 18:27",
        """Bonjour,

J'ai un BTS Économie sociale et familiale. Alors oui, mon BTS, ça ne date pas d'hier, mais depuis je n'ai jamais quitté le social : j'ai fait de l'accompagnement budgétaire dans une épicerie solidaire.

Je voudrais évoluer vers un poste de coordinateur dans une association de lutte contre la précarité.

Ousmane Diallo
07 81 45 66 02""",
        app("Ousmane", "Diallo", phone="+33781456602", bac=2, grad=None, unknown=("graduation_recent",), status="date_pas_d_hier"),
    )),
    # Feature: idiom — level — j'ai jeté l'éponge en deuxième année
    # figured: «jeté l'éponge en deuxième année» = left the licence during L2, one year validated (bac 2020) → level 1, fails degree_level
    N("idiom", "level", "j'ai jeté l'éponge en deuxième année", M(
        "Léna Kowalczyk <lena.kowalczyk@example.org>", "candidature spontanée", "06 14:50",
        """Bonjour,

Bac ES en 2020, puis licence d'AES à Nancy... où j'ai jeté l'éponge en deuxième année. La L1 est validée, pas la suite.

Depuis je travaille comme animatrice dans un centre social et je voudrais continuer dans l'associatif, pourquoi pas en coordination.

Léna Kowalczyk
06 58 12 93 70""",
        app("Léna", "Kowalczyk", phone="+33658129370", bac=1, grad="2020", failing=("degree_level",), status="jete_l_eponge"),
    )),
    # Feature: idiom — situation — j'ai rendu mon tablier de volontaire fin août
    # figured: «rendu mon tablier de volontaire» = the service civique ended (end of August 2026) → meets not_service_civique
    N("idiom", "situation", "j'ai rendu mon tablier de volontaire fin août", M(
        "Théo Vasseur <theo.vasseur@example.net>", "Candidature Pro'pulse – Théo Vasseur", "07 10:33",
        """Bonjour,

Titulaire d'un DUT Carrières sociales obtenu en juillet 2025, j'ai enchaîné sur un service civique à Unis-Cité. J'ai rendu mon tablier de volontaire fin août, et je suis prêt pour la suite.

Je vise un poste d'animateur-coordinateur dans une association d'éducation populaire.

Merci pour votre attention,
Théo Vasseur
06 14 77 30 82""",
        app("Théo", "Vasseur", phone="+33614773082", bac=2, grad="2025-07", status="rendu_le_tablier"),
    )),
    # Feature: idiom — kind — Je suis en vadrouille jusqu'au 3 décembre
    # figured: «en vadrouille» = away from the office → kind auto_reply: no personal fact
    N("idiom", "kind", "Je suis en vadrouille jusqu'au 3 décembre", M(
        "Agathe Poirier <agathe.poirier@example.org>", "Réponse automatique : Pro'pulse – point d'étape", "08 07:00",
        """Bonjour,

Je suis en vadrouille jusqu'au 3 décembre, sans accès régulier à mes mails. Pour toute urgence, écrivez à accueil@example.org.

Agathe Poirier""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: idiom — kind — cette boîte a rendu l'âme
    # figured: «a rendu l'âme» on «cette boîte» = the mailbox no longer exists → kind bounce
    N("idiom", "kind", "cette boîte a rendu l'âme", M(
        "Mail Delivery System <MAILER-DAEMON@mx1.example.net>", "Non remis : Votre candidature à Pro'pulse", "09 03:14",
        """Votre message n'a pas pu être remis.

Le destinataire mathis.leroux@example.net n'existe plus : cette boîte a rendu l'âme et ne reçoit plus de courrier.""",
        bounce("mathis.leroux@example.net"),
        bounce="Reporting-MTA: dns; mx1.example.net\nFinal-Recipient: rfc822; mathis.leroux@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 mailbox unavailable",
    )),
    # Feature: metaphor — career_change — j'ai tourné la page de la banque
    # figured: «tourné la page de la banque» = nine years as a bank adviser, then a master in 2025 → fails not_career_change
    N("metaphor", "career_change", "j'ai tourné la page de la banque", M(
        "Grégoire Lemaire-Dufour <g.lemairedufour@example.com>", "Candidature", "09 12:18",
        """Bonjour,

Conseiller clientèle pendant neuf ans dans une grande enseigne bancaire, j'ai tourné la page de la banque en 2023 pour reprendre un master « Management de l'ESS », obtenu en septembre 2025.

Je cherche un poste de responsable administratif et financier dans une association ou une mutuelle.

Grégoire Lemaire-Dufour
06 20 47 81 16""",
        app("Grégoire", "Lemaire-Dufour", phone="+33620478116", bac=5, grad="2025-09", failing=("not_career_change",), status="page_de_la_banque"),
    )),
    # Feature: metaphor — situation — mon stage touche à sa fin
    # ambiguous: «touche à sa fin» says the internship is nearly over but gives no end date: it may end before or after 26 November
    # figured: «touche à sa fin» on «mon stage» = internship still running, end undated → open not_internship
    N("metaphor", "situation", "mon stage touche à sa fin", M(
        "Aïssatou Ndiaye <aissatou.ndiaye@example.fr>", "candidature programme", "10 17:44",
        """Bonjour,

J'ai validé ma licence de sciences de l'éducation en juin 2026 et mon stage touche à sa fin dans une maison de quartier de Rennes.

J'aimerais trouver un poste d'animatrice-coordinatrice dans une association.

Aïssatou Ndiaye
07 45 18 29 63""",
        app("Aïssatou", "Ndiaye", phone="+33745182963", bac=3, grad="2026-06", unknown=("not_internship",), status="stage_touche_a_sa_fin"),
    )),
    # Feature: metaphor — studies_finished — la dernière ligne droite de mon M2
    # figured: «la dernière ligne droite de mon M2» = the M2 still being followed (mémoire in spring) → fails studies_finished
    N("metaphor", "studies_finished", "la dernière ligne droite de mon M2", M(
        "Hugo Marchal <hugo.marchal@example.org>", "Pro'pulse – info", "11 20:05",
        """Bonsoir,

Je suis dans la dernière ligne droite de mon M2 « Développement durable et ESS » : encore le mémoire et la soutenance au printemps. Je cours aussi un semi-marathon le mois prochain, une autre ligne droite !

Je vise une SCIC dans l'énergie citoyenne.

Hugo Marchal
06 92 30 14 58""",
        app("Hugo", "Marchal", phone="+33692301458", bac="*", grad=None, failing=("studies_finished",), status="derniere_ligne_droite"),
    )),
    # Feature: metaphor — aim — ma boussole, c'est l'économie sociale et solidaire
    # figured: «ma boussole» on «l'économie sociale et solidaire» = seeks a job in the ESS → meets job_seeking_ess
    N("metaphor", "aim", "ma boussole, c'est l'économie sociale et solidaire", M(
        "Inès Haddad <ines.haddad@example.net>", "Candidature Pro'pulse", "12 08:56",
        """Bonjour,

Diplômée d'une licence de géographie en septembre 2025, je cherche mon premier emploi. Ma boussole, c'est l'économie sociale et solidaire : je postule auprès d'associations d'éducation à l'environnement et de recycleries.

Bien cordialement,
Inès Haddad
06 03 56 72 19""",
        app("Inès", "Haddad", phone="+33603567219", bac=3, grad="2025-09", status="boussole_ess"),
    )),
    # Feature: metaphor — situation — the civic service chapter closed on 31 August
    # figured: «the civic service chapter closed» = service civique over since 2026-08-31 → meets not_service_civique
    N("metaphor", "situation", "the civic service chapter closed on 31 August", M(
        "Kwame Mensah <kwame.mensah@example.com>", "Application – Pro'pulse programme", "12 15:21",
        """Hello,

I hold a BTS in social and family economics (July 2025). The civic service chapter closed on 31 August, after ten months with a food bank in Lille.

I am now looking for a job in a non-profit working on food insecurity.

Best regards,
Kwame Mensah
+33 6 48 27 10 93""",
        app("Kwame", "Mensah", phone="+33648271093", bac=2, grad="2025-07", status="civic_chapter_closed", language="en"),
    )),
    # Feature: metaphor — aim — je veux faire mon nid dans un grand cabinet de conseil
    # figured: «faire mon nid» on «un grand cabinet de conseil» = aims at consulting, not the ESS → fails job_seeking_ess
    N("metaphor", "aim", "je veux faire mon nid dans un grand cabinet de conseil", M(
        "Romain Chevallier <romain.chevallier@example.org>", "candidature", "13 09:40",
        """Bonjour,

Master de finance obtenu en juin 2026. Pour être franc, je veux faire mon nid dans un grand cabinet de conseil, mais votre programme pourrait m'aider à décrocher des entretiens.

Romain Chevallier
07 27 91 40 36""",
        app("Romain", "Chevallier", phone="+33727914036", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="nid_cabinet_conseil"),
    )),
    # Feature: metaphor — kind — la vague des inscriptions est retombée
    # figured: «la vague des inscriptions est retombée» = registrations closed → kind newsletter
    N("metaphor", "kind", "la vague des inscriptions est retombée", M(
        "La Lettre des Tiers-Lieux <lettre@tiers-lieux.example.org>", "La Lettre #42 – la vague des inscriptions est retombée", "13 06:30",
        """La Lettre des Tiers-Lieux – novembre 2026

La vague des inscriptions est retombée : notre formation « Animer un tiers-lieu » affiche complet pour la session de janvier.

À lire aussi : trois fabriques de territoire racontent leur année.

Se désinscrire : https://tiers-lieux.example.org/desinscription""",
        newsletter(),
    )),
    # Feature: metaphor — kind — votre lien s'est noyé dans mes indésirables
    # figured: «s'est noyé» on «votre lien» = the link landed in the spam folder → kind reply: no personal fact
    N("metaphor", "kind", "votre lien s'est noyé dans mes indésirables", M(
        "Baptiste Olivier <baptiste.olivier@example.fr>", "Re: Pro'pulse – votre lien d'inscription", "14 11:02",
        """Bonjour,

Merci, je viens de le retrouver : votre lien s'est noyé dans mes indésirables. C'est bon pour moi.

Baptiste

> Le 12 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Voici le lien pour compléter votre inscription.""",
        reply(),
        headers={"In-Reply-To": "<ins.20261112.0042@animafac.net>", "References": "<ins.20261112.0042@animafac.net>"},
    )),
    # Feature: metonymy — graduation — je sors de l'IUT de Lannion cet été
    # figured: «je sors de l'IUT de Lannion cet été» = BUT obtained summer 2026 (year only) → meets graduation_recent
    N("metonymy", "graduation", "je sors de l'IUT de Lannion cet été", M(
        "Maëlys Le Goff <maelys.legoff@example.org>", "Candidature Pro'pulse", "14 16:47",
        """Bonjour,

Je sors de l'IUT de Lannion cet été avec un BUT Information-communication en poche, et j'aimerais mettre ma plume au service d'une association ou d'une coopérative culturelle.

Je suis disponible tout de suite.

Maëlys Le Goff
06 85 23 40 17""",
        app("Maëlys", "Le Goff", phone="+33685234017", bac=3, grad="2026", status="sors_de_l_iut"),
    )),
    # Feature: metonymy — studies_finished — la fac, c'est derrière moi
    # figured: «la fac, c'est derrière moi» = the licence finished (June 2026), nothing left to sit → meets studies_finished
    N("metonymy", "studies_finished", "la fac, c'est derrière moi", M(
        "Samir Bouzid <samir.bouzid@example.net>", "candidature", "15 13:20",
        """Bonjour,

Licence de sociologie validée en juin 2026 : la fac, c'est derrière moi, plus de rattrapages ni de dossier à rendre.

Je cherche un emploi dans une association de prévention ou un centre social.

Samir Bouzid
06 40 71 88 25""",
        app("Samir", "Bouzid", phone="+33640718825", bac=3, grad="2026-06", status="fac_derriere_moi"),
    )),
    # Feature: metonymy — situation — France Travail me suit depuis juin
    # figured: «France Travail me suit» = registered job seeker since June, no internship nor civic service → meets
    N("metonymy", "situation", "France Travail me suit depuis juin", M(
        "Julie Nguyen <julie.nguyen@example.com>", "Pro'pulse – candidature", "16 10:15",
        """Bonjour,

J'ai mon BTS SP3S depuis juillet 2025. France Travail me suit depuis juin et ma conseillère m'a parlé de Pro'pulse.

Je voudrais travailler dans une association d'aide à domicile ou une mutuelle.

Julie Nguyen
07 19 36 52 80""",
        app("Julie", "Nguyen", phone="+33719365280", bac=2, grad="2025-07", status="france_travail_me_suit"),
    )),
    # Feature: metonymy — situation — l'Agence du service civique me compte encore parmi ses volontaires jusqu'en mars
    # figured: «l'Agence du service civique me compte encore parmi ses volontaires» = service civique running until March 2027 → fails not_service_civique
    N("metonymy", "situation", "l'Agence du service civique me compte encore parmi ses volontaires jusqu'en mars", M(
        "Elias Moreau <elias.moreau@example.org>", "candidature Pro'pulse", "16 19:58",
        """Bonjour,

DUT Carrières sociales en poche depuis juin 2025. L'Agence du service civique me compte encore parmi ses volontaires jusqu'en mars, dans une ressourcerie de Tours.

Après, je voudrais rester dans le réemploi solidaire.

Elias Moreau
06 26 03 91 74""",
        app("Elias", "Moreau", phone="+33626039174", bac=2, grad="2025-06", failing=("not_service_civique",), status="agence_me_compte"),
    )),
    # Feature: metonymy — career_change — il a quitté les guichets de La Poste après douze ans
    # figured: «quitté les guichets de La Poste après douze ans» = twelve years as a postal clerk, then the DEJEPS (2025) → fails not_career_change
    N("metonymy", "career_change", "il a quitté les guichets de La Poste après douze ans", M(
        "Sandrine Falcone – PLIE Sud Gironde <s.falcone@plie.example.fr>", "Orientation Pro'pulse – M. Traoré", "17 09:30",
        """Bonjour,

Je vous oriente M. Adama Traoré, que j'accompagne au PLIE. Il a quitté les guichets de La Poste après douze ans pour passer le DEJEPS « Animation socio-éducative », qu'il a obtenu en juin 2025.

Il cherche un poste de coordinateur dans une association d'éducation populaire. Vous pouvez le joindre directement : adama.traore@example.net, 06 55 14 27 39.

Sandrine Falcone, référente PLIE""",
        app("Adama", "Traoré", phone="+33655142739", bac=2, grad="2025-06", failing=("not_career_change",), status="guichets_la_poste", email="adama.traore@example.net", forwarded_by="s.falcone@plie.example.fr"),
    )),
    # Feature: metonymy — situation — je porte encore le gilet de la Croix-Rouge jusqu'en février
    # ambiguous: «le gilet de la Croix-Rouge» stands for a volunteer role there, held until February, but whether it is a service civique or plain volunteering is never said
    # figured: «je porte encore le gilet de la Croix-Rouge» = a volunteer mission running to February 2027, scheme unstated → open not_service_civique
    N("metonymy", "situation", "je porte encore le gilet de la Croix-Rouge jusqu'en février", M(
        "Fatoumata Camara <fatou.camara@example.fr>", "candidature", "18 12:12",
        """Bonjour,

J'ai une licence de psychologie (juin 2025). Je porte encore le gilet de la Croix-Rouge jusqu'en février, sur les maraudes du soir.

Ensuite j'aimerais un poste salarié dans une association d'urgence sociale.

Fatoumata Camara
07 52 68 14 09""",
        app("Fatoumata", "Camara", phone="+33752681409", bac=3, grad="2025-06", unknown=("not_service_civique",), status="gilet_croix_rouge"),
    )),
    # Feature: metonymy — studies_finished — l'amphi, c'est fini pour moi
    # ambiguous: «l'amphi» stands for the lectures only: the master's mémoire and internship are never mentioned, so whether the master is complete cannot be told
    # figured: «l'amphi, c'est fini» = lectures over, the rest of the master unsaid → open studies_finished
    N("metonymy", "studies_finished", "l'amphi, c'est fini pour moi", M(
        "Victor Pasquier <victor.pasquier@example.net>", "Pro'pulse", "19 21:31",
        """Bonsoir,

Je suis en master « Économie sociale » à Angers et l'amphi, c'est fini pour moi depuis octobre.

Je cherche un poste dans une coopérative d'activité et d'emploi.

Victor Pasquier
06 77 40 25 31""",
        app("Victor", "Pasquier", phone="+33677402531", bac="*", grad=None, unknown=("studies_finished",), status="amphi_fini"),
    )),
    # Feature: metonymy — kind — la Sorbonne ou une petite fac de province, est-ce que ça compte pareil
    # figured: «la Sorbonne ou une petite fac de province» = any university, a general question → kind question: no personal fact
    N("metonymy", "kind", "la Sorbonne ou une petite fac de province, est-ce que ça compte pareil", M(
        "Lou Bertrand <lou.bertrand@example.org>", "Question sur les critères", "20 14:08",
        """Bonjour,

Petite question avant de candidater : la Sorbonne ou une petite fac de province, est-ce que ça compte pareil pour votre programme ? Et les écoles privées ?

Merci,
Lou""",
        question(),
    )),
    # Feature: metonymy — kind — Le guichet 4 de la CAF vous attend
    # figured: «Le guichet 4 de la CAF vous attend» = an appointment notice for someone else → kind other
    N("metonymy", "kind", "Le guichet 4 de la CAF vous attend", M(
        "Rendez-vous CAF <ne-pas-repondre@rdv.example.fr>", "Rappel de rendez-vous", "21 07:45",
        """Bonjour,

Le guichet 4 de la CAF vous attend le mardi 1er décembre à 10 h 30. Pensez à apporter votre avis d'imposition.

Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
        other(),
    )),
]
