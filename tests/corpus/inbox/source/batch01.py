"""Inbox corpus, batch 01 (writer A): Wednesday 28 – Saturday 31 October 2026, the All Saints' school holidays.
The weekly job board's newsletter, replies to the interview invitations sent on the 27th, a forgotten CV sent
again the same evening, a Mission locale adviser and a mother presenting someone, a ressourcerie's offer, the
regional CRESS's forum, a bounce of an invitation, a training body's sale, and the month's first applications
as they come: two lines and a CV, a pasted letter, a phone mail, a long path. Messages in arrival order."""
# ruff: noqa: E501

from __future__ import annotations

from inbox import N
from kit import CV, M, app, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: machines — kind — L'hebdo des emplois solidaires
    # route: a job board's weekly newsletter (List-Unsubscribe, Precedence bulk), its offers ask bac+3 and name associations → newsletter
    N("machines", "kind", "L'hebdo des emplois solidaires", M(
        "Emplois Solidaires <hebdo@emplois-solidaires.example.org>", "L'hebdo des emplois solidaires - semaine 44", "10-28 07:30",
        """L'hebdo des emplois solidaires - semaine 44

12 nouvelles offres dans votre région cette semaine.

Coordinateur·rice de chantier d'insertion - Régie de quartier Lille Sud - CDI - bac+2 minimum
Chargé·e d'accueil - Épicerie solidaire La Fourmi, Roubaix - CDD 6 mois
Animateur·rice réseau - Fédération des centres sociaux du Nord - CDI - bac+3, expérience souhaitée

À la une : « Premier emploi dans l'ESS : trois jeunes diplômés racontent ».

Vous recevez ce message car vous êtes inscrit·e à l'hebdo. Se désinscrire : https://emplois-solidaires.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://emplois-solidaires.example.org/desinscription>", "Precedence": "bulk"},
    ), person="emplois_solidaires"),
    # Feature: our_threads — kind — je prends le créneau de mardi
    # route: Lucie's answer in our thread (In-Reply-To <…@animafac.net>, our invitation quoted), a slot chosen → reply
    N("our_threads", "kind", "je prends le créneau de mardi", M(
        "Lucie Garnier <lucie.garnier@gmail.com>", "Re: Entretien Pro'pulse", "10-28 09:05",
        """Bonjour,

Merci pour votre retour ! Je prends le créneau de mardi 3 novembre à 10h, en visio si possible.

Bonne journée,
Lucie

Le mar. 27 oct. 2026 à 17:02, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Lucie,
> Votre candidature a retenu notre attention et nous aimerions vous rencontrer pour un entretien de 30 minutes.
> Voici les créneaux disponibles : lundi 2 novembre à 14h, mardi 3 novembre à 10h ou mercredi 4 novembre à 16h.
> L'entretien peut se faire dans nos locaux (Paris 11e) ou en visio.
> Bien à vous,
> Claire, coordinatrice Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<invitation-2026-10-27-0014@animafac.net>"},
    ), person="lucie_garnier"),
    # Feature: first_application — aim — coordinateur de projets jeunesse en association
    # route: two lines in the body and the CV (PDF) holding everything: a licence pro of June 2026, a post of youth project coordinator in an association sought → application; bac+3 of 2026, ESS sought → eligible
    N("first_application", "aim", "coordinateur de projets jeunesse en association", M(
        "Théo Marchand <theo.marchand69@gmail.com>", "Candidature", "10-28 10:40",
        """Bonjour,

Je souhaite rejoindre le programme Pro'pulse, vous trouverez mon CV en pièce jointe.

Cordialement,
Théo Marchand""",
        app("Théo", "Marchand", phone="+33678402315", bac=3, grad="2026-06", info_in="cv", status="theo_deux_lignes_et_cv"),
        cv=CV("pdf", "CV_Theo_Marchand.pdf", """Théo Marchand
Lyon 7e - 06 78 40 23 15 - theo.marchand69@gmail.com
Recherche un poste de coordinateur de projets jeunesse en association
Formation
2025-2026 : Licence professionnelle Intervention sociale, parcours animation sociale et socioculturelle - IUT Lyon 1 (obtenue en juin 2026)
2023-2025 : BUT Carrières sociales (deux premières années) - IUT Lyon 1
Expériences
Animateur périscolaire, Ville de Villeurbanne (2022-2025, temps partiel)
Stage de licence pro : MJC Laënnec, projet « Jeunes reporters » (avril-juin 2026)
BAFA, permis B"""),
    ), person="theo_marchand"),
    # Feature: referred — graduation — obtenu en juin 2025
    # route: a Mission locale adviser presents Sofiane (his address and phone given): the BTS SP3S obtained in June 2025 in the second paragraph, a post in an insertion structure sought → application, referral; bac+2 of 2025, ESS sought → eligible
    N("referred", "graduation", "obtenu en juin 2025", M(
        "Nadia Belkacem <n.belkacem@mission-locale-lille.example.org>", "Orientation Pro'pulse - Sofiane Amrani", "10-28 11:52",
        """Bonjour,

Je suis conseillère à la Mission locale de Lille et j'accompagne depuis le printemps M. Sofiane Amrani, 22 ans, que je souhaiterais vous orienter.

Sofiane a obtenu en juin 2025 son BTS Services et prestations des secteurs sanitaire et social (SP3S) au lycée Valentine-Labbé. Depuis, il a fait quelques missions d'intérim dans la logistique mais il souhaite vraiment travailler dans une structure d'insertion par l'activité économique ou une association d'accès aux droits.

Il est motivé mais manque de réseau, c'est pourquoi votre accompagnement me semble adapté. Vous pouvez le joindre directement : sofiane.amrani59@gmail.com / 07 53 18 62 40.

Bien cordialement,

Nadia Belkacem
Conseillère en insertion professionnelle
Mission locale de Lille
03 20 14 87 00""",
        app("Sofiane", "Amrani", phone="+33753186240", bac=2, grad="2025-06", email="sofiane.amrani59@gmail.com", forwarded_by="n.belkacem@mission-locale-lille.example.org", status="sofiane_oriente_mission_locale"),
    ), person="sofiane_amrani"),
    # Feature: questions_before — kind — y a-t-il une limite d'âge
    # route: a two-line question on the age limit, none of her facts → question
    N("questions_before", "kind", "y a-t-il une limite d'âge", M(
        "Fatou Diop <fatou.diop@hotmail.fr>", "question", "10-28 14:30",
        """Bonjour,
y a-t-il une limite d'âge pour entrer dans le programme ?
Merci
Fatou""",
        question(),
    ), person="fatou_diop"),
    # Feature: first_application — studies_finished — j'ai soutenu mon mémoire en septembre
    # route: a cover letter pasted in the body: the master «management des organisations de l'ESS» whose mémoire was defended in September 2026, a post in a cooperative or a mutuelle sought → application; bac+5 of 2026, studies over, ESS sought → eligible
    N("first_application", "studies_finished", "j'ai soutenu mon mémoire en septembre", M(
        "Clémence Roy <clemence.roy@outlook.fr>", "Candidature au programme Pro'pulse", "10-28 16:03",
        """Madame, Monsieur,

Jeune diplômée du master « Management des organisations de l'économie sociale et solidaire » de l'université de Nantes, je me permets de vous adresser ma candidature au programme Pro'pulse.

Au cours de mon master, réalisé en alternance au sein d'une coopérative d'activité et d'emploi, j'ai accompagné des porteurs de projet dans leurs démarches administratives et participé à l'organisation de deux rencontres régionales. J'ai soutenu mon mémoire en septembre, consacré à la gouvernance des SCIC de l'alimentation.

Je recherche aujourd'hui un premier poste de chargée de développement ou de chargée de mission dans une coopérative, une mutuelle ou une association du territoire nantais. Votre programme m'aiderait à structurer ma recherche et à élargir mon réseau.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Clémence Roy
06 12 85 47 39""",
        app("Clémence", "Roy", phone="+33612854739", bac=5, grad="2026-09", status="clemence_lettre_collee"),
    ), person="clemence_roy"),
    # Feature: writing_again — level — Vous trouverez mon CV ci-joint
    # ambiguous: he announces a CV that is not attached and says nothing of his diploma, its date or the post he seeks: level, date and aim all open
    # route: Baptiste's first mail, a request to join with no fact of his own and the CV announced but missing → application; nothing to judge → to verify
    N("writing_again", "level", "Vous trouverez mon CV ci-joint", M(
        "Baptiste Leroy <baptiste.leroy@free.fr>", "Inscription Pro'pulse", "10-28 19:47",
        """Bonsoir,

Je souhaite m'inscrire au programme Pro'pulse. Vous trouverez mon CV ci-joint.

Bonne soirée,
Baptiste Leroy""",
        app("Baptiste", "Leroy", phone=None, bac=None, grad=None, unknown=("degree_level", "graduation_recent", "job_seeking_ess"), status="baptiste_cv_oublie"),
    ), person="baptiste_leroy"),
    # Feature: writing_again — level — BUT Carrières sociales
    # route: Baptiste's second mail the same evening, «oups» and the CV (DOCX) this time: a BUT Carrières sociales of June 2026, a post of educator in a prevention association sought → application; bac+3 of 2026, ESS sought → eligible
    N("writing_again", "level", "BUT Carrières sociales", M(
        "Baptiste Leroy <baptiste.leroy@free.fr>", "Re: Inscription Pro'pulse", "10-28 20:31",
        """Oups, j'ai oublié la pièce jointe... la voici.

Baptiste""",
        app("Baptiste", "Leroy", phone="+33645193720", bac=3, grad="2026-06", info_in="cv", status="baptiste_cv_renvoye"),
        cv=CV("docx", "CV Baptiste LEROY.docx", """Baptiste LEROY
12 rue des Tanneurs, 59000 Lille - 06 45 19 37 20 - baptiste.leroy@free.fr
Objectif : éducateur dans une association de prévention spécialisée
Diplômes
BUT Carrières sociales, parcours éducation spécialisée - IUT de Lille (juin 2026)
Baccalauréat général (2023)
Expériences
Stage de 3e année : association Rencontres et Loisirs, équipe de prévention de rue, Lille-Fives (janvier-mai 2026)
Animateur en accueil de loisirs (étés 2023, 2024, 2025)
Bénévole à la Banque alimentaire du Nord"""),
    ), person="baptiste_leroy"),
    # Feature: machines — kind — 3 nouvelles réponses
    # route: a form builder's weekly notification (no answer copied, a link to log in) → other
    N("machines", "kind", "3 nouvelles réponses", M(
        "Formulaires Tally-Ho <notifications@tallyho-forms.example.com>", "Formulaire « Pré-inscription Pro'pulse » : 3 nouvelles réponses", "10-29 08:45",
        """Bonjour,

Votre formulaire « Pré-inscription Pro'pulse » a reçu 3 nouvelles réponses depuis le 22 octobre.

Connectez-vous pour les consulter : https://tallyho-forms.example.com/f/propulse-preinscription/reponses

Vous pouvez modifier la fréquence de ces notifications dans vos paramètres.

L'équipe Tally-Ho""",
        other(),
    ), person="tallyho_forms"),
    # Feature: our_threads — kind — voici la copie de mon diplôme comme demandé
    # route: Mathilde's answer in our thread (In-Reply-To <…@animafac.net>, our request quoted), the copy of her DEJEPS attached → reply
    N("our_threads", "kind", "voici la copie de mon diplôme comme demandé", M(
        "Mathilde Bernard <mathilde.bernard@laposte.net>", "RE: Votre candidature Pro'pulse", "10-29 09:30",
        """Bonjour Claire,

voici la copie de mon diplôme comme demandé (le DEJEPS, reçu par courrier la semaine dernière).

Bonne journée,
Mathilde Bernard

-----Message d'origine-----
De : Pro'pulse <propulse@animafac.net>
Envoyé : lundi 26 octobre 2026 15:40
À : Mathilde Bernard
Objet : Votre candidature Pro'pulse

Bonjour Mathilde,
Merci pour votre candidature. Avant l'entretien, pourriez-vous nous envoyer une copie de votre diplôme ou une attestation de réussite ?
Bien à vous,
Claire, coordinatrice Pro'pulse""",
        reply(),
        cv=CV("pdf", "Diplome_DEJEPS_Bernard.pdf", """RÉPUBLIQUE FRANÇAISE
Ministère chargé de la jeunesse et des sports
Diplôme d'État de la jeunesse, de l'éducation populaire et du sport
spécialité « animation socio-éducative ou culturelle », mention « développement de projets, territoires et réseaux »
délivré à Mathilde Bernard
Session de septembre 2026"""),
        headers={"In-Reply-To": "<suivi-2026-10-26-0233@animafac.net>"},
    ), person="mathilde_bernard"),
    # Feature: employers_partners — kind — Chargé·e de mission réemploi
    # route: a ressourcerie's director sending a job offer to relay (its diploma asked, CDD, dates) → other
    N("employers_partners", "kind", "Chargé·e de mission réemploi", M(
        "Gaëlle Robin <direction@ressourcerie-vilaine.example.org>", "Offre d'emploi à diffuser", "10-29 11:15",
        """Bonjour,

Nous recrutons et pensons que l'offre pourrait intéresser les jeunes que vous accompagnez. Merci de la diffuser !

Chargé·e de mission réemploi et sensibilisation
La Ressourcerie de la Vilaine (association, 14 salariés dont 9 en insertion), Rennes
CDD de 12 mois, 35 h, à pourvoir le 4 janvier 2027
Missions : animer les ateliers de réparation, organiser les collectes, intervenir dans les écoles
Profil : bac+2 ou bac+3 (environnement, animation, ESS), jeune diplômé·e accepté·e, permis B
Salaire : 2 050 € brut mensuel
Candidature avant le 30 novembre à recrutement@ressourcerie-vilaine.example.org

Bien à vous,
Gaëlle Robin
Directrice""",
        other(),
    ), person="ressourcerie_vilaine"),
    # Feature: first_application — level — un bac pro commerce et un titre pro vendeur conseil
    # route: a phone mail with no subject: a bac pro and a titre professionnel (niveau 4) in its first line, a job in an association sought → application; no diploma of bac+2 → fails degree_level → not eligible
    N("first_application", "level", "un bac pro commerce et un titre pro vendeur conseil", M(
        "Dylan Morel <dylan.morel57@gmail.com>", "", "10-29 14:02",
        """bonjour je suis interesse par pro pulse, j'ai un bac pro commerce et un titre pro vendeur conseil en magasin que j'ai eu en 2025. je voudrais travailler dans une asso plutot que dans la vente, genre une recyclerie ou une epicerie solidaire. est ce que je peux m'inscrire ?
merci
Dylan
06 21 74 93 08

Envoyé de mon iPhone""",
        app("Dylan", "Morel", phone="+33621749308", bac=0, grad="2025", failing=("degree_level",), status="dylan_titre_pro_niveau_4"),
    ), person="dylan_morel"),
    # Feature: participants — kind — je ne pourrai pas venir à la séance de jeudi
    # route: a participant of the September cohort telling her absence at Thursday's coaching day, no request to join → other
    N("participants", "kind", "je ne pourrai pas venir à la séance de jeudi", M(
        "Sarah Benali <sarah.benali@gmail.com>", "Absence jeudi", "10-29 16:40",
        """Bonjour Claire,

Mon fils a de la fièvre depuis hier et la crèche ne le prendra pas, donc je ne pourrai pas venir à la séance de jeudi sur les entretiens d'embauche. Je suis vraiment désolée.

Est-ce que quelqu'un pourra me transmettre les documents ? Je rattraperai avec la coach si c'est possible.

Merci et à bientôt,
Sarah""",
        other(),
    ), person="sarah_benali"),
    # Feature: first_application — situation — jusqu'au 31 janvier 2027
    # route: a few paragraphs: a master of political science of July 2025, then a stage in a foundation running to 31 January 2027 in the second paragraph → application; bac+5 of 2025 but a stage running past TODAY → fails not_internship → not eligible
    N("first_application", "situation", "jusqu'au 31 janvier 2027", M(
        "Léa Fontaine <lea.fontaine31@gmail.com>", "Pro'pulse", "10-29 18:20",
        """Bonjour,

J'ai terminé en juillet 2025 un master de science politique, parcours « action publique et solidarités », à Sciences Po Toulouse.

Comme je ne trouvais pas de poste, j'ai accepté un stage de six mois à la Fondation Terre d'Accueil, au service plaidoyer, et j'y suis jusqu'au 31 janvier 2027. Ça se passe bien mais il n'y aura pas d'embauche derrière.

Je voudrais donc préparer dès maintenant la suite : un poste de chargée de plaidoyer dans une ONG ou une association nationale. Est-ce que Pro'pulse pourrait m'accompagner ?

Merci beaucoup,
Léa Fontaine
07 81 26 54 93""",
        app("Léa", "Fontaine", phone="+33781265493", bac=5, grad="2025-07", failing=("not_internship",), status="lea_stage_fondation_en_cours"),
    ), person="lea_fontaine"),
    # Feature: referred — graduation — sa licence de sociologie en juin 2024
    # route: a mother writes for her daughter Emma (Emma's address and phone given): the licence of sociology of June 2024 in the first paragraph, an association of social action sought → application, referral; bac+3 of June 2024, more than 24 months before TODAY → fails graduation_recent → not eligible
    N("referred", "graduation", "sa licence de sociologie en juin 2024", M(
        "Catherine Vidal <catherine.vidal@orange.fr>", "Pour ma fille Emma", "10-30 09:10",
        """Bonjour,

Ma fille Emma a obtenu sa licence de sociologie en juin 2024 à l'université d'Amiens. Depuis elle a enchaîné des petits boulots (restauration, garde d'enfants) et elle perd un peu confiance.

Elle aimerait travailler dans une association d'action sociale, auprès des familles. Une amie m'a parlé de votre programme. Elle est d'accord pour que je vous écrive ; voici ses coordonnées : emma.vidal80@gmail.com, 06 34 58 12 76.

Merci d'avance pour votre réponse,
Catherine Vidal""",
        app("Emma", "Vidal", phone="+33634581276", bac=3, grad="2024-06", failing=("graduation_recent",), email="emma.vidal80@gmail.com", forwarded_by="catherine.vidal@orange.fr", status="emma_presentee_par_sa_mere"),
    ), person="emma_vidal"),
    # Feature: machines — kind — Boîte de réception pleine
    # route: a delivery failure (multipart/report) of our interview invitation, the recipient's mailbox full → bounce
    N("machines", "kind", "Boîte de réception pleine", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.laposte.example.net>", "Échec de la remise du message", "10-30 10:25",
        """Votre message n'a pas pu être remis à kadiatou.traore@laposte.net.

Boîte de réception pleine : le destinataire ne peut pas recevoir de nouveaux messages pour le moment.

Le serveur distant a répondu : 552 5.2.2 Mailbox full""",
        bounce("kadiatou.traore@laposte.net"),
        bounce="""Reporting-MTA: dns; mx.laposte.example.net
Final-Recipient: rfc822; kadiatou.traore@laposte.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""",
    ), person="kadiatou_traore"),
    # Feature: english_mail — aim — an association supporting refugees
    # route: an Irish graduate writing in English: a BA in Social Care of June 2025 in the first paragraph, a post in an association supporting refugees sought → application (en); bac+3 of 2025, ESS sought → eligible
    N("english_mail", "aim", "an association supporting refugees", M(
        "Aoife Brennan <aoife.brennan@gmail.com>", "Pro'pulse - application", "10-30 11:48",
        """Hello,

My name is Aoife Brennan, I'm Irish and I graduated in June 2025 with a BA in Social Care from the University of Limerick. I moved to Lyon in September to be with my partner and I'm taking French classes (B2 level).

I'd love to work for an association supporting refugees, in reception or in a community role. A friend who did her Erasmus here told me about Pro'pulse. Would I be able to join even though my degree is not French?

Thanks a lot,
Aoife
+33 7 68 45 21 09""",
        app("Aoife", "Brennan", phone="+33768452109", bac=3, grad="2025-06", language="en", status="aoife_ba_social_care"),
    ), person="aoife_brennan"),
    # Feature: from_a_post — graduation — DUT Carrières juridiques (2024)
    # ambiguous: «2024» alone, with no month: the diploma may be of June 2024 (over 24 months) or later in the year; graduation_recent open
    # route: an answer to the programme's notice in the IUT's alumni letter: a DUT of 2024 (a year alone) in the second line, an association of consumer defence sought → application; bac+2, the date open → to verify
    N("from_a_post", "graduation", "DUT Carrières juridiques (2024)", M(
        "Maxime Klein <maxime.klein@yahoo.fr>", "Annonce Pro'pulse - lettre des anciens", "10-30 14:05",
        """Bonjour,

J'ai vu l'annonce de Pro'pulse dans la lettre des anciens de l'IUT de Metz. Je suis titulaire d'un DUT Carrières juridiques (2024) et je cherche un emploi de conseiller juridique dans une association de défense des consommateurs.

Je vous joins mes coordonnées : 06 59 31 84 27.

Cordialement,
Maxime Klein""",
        app("Maxime", "Klein", phone="+33659318427", bac=2, grad="2024", unknown=("graduation_recent",), status="maxime_dut_2024"),
    ), person="maxime_klein"),
    # Feature: questions_before — kind — c payant le programme
    # route: a phone question on the cost and the length, no fact of hers → question
    N("questions_before", "kind", "c payant le programme", M(
        "Inès <ines.b.93@icloud.com>", "", "10-30 15:33",
        """Bonjour c payant le programme ? et ça dure combien de temps ?
Merci

Envoyé de mon iPhone""",
        question(),
    ), person="ines_icloud"),
    # Feature: our_threads — kind — est-il possible de décaler l'entretien
    # route: Nicolas's answer in our thread (In-Reply-To <…@animafac.net>, our invitation quoted), asking to move the interview → reply
    N("our_threads", "kind", "est-il possible de décaler l'entretien", M(
        "Nicolas Petit <nicolas.petit@gmail.com>", "Re: Entretien Pro'pulse", "10-30 17:50",
        """Bonjour,

Je suis désolé, j'ai un rendez-vous obligatoire à France Travail lundi à 14h. Est-il possible de décaler l'entretien à mardi ou mercredi ? Je suis libre toute la journée.

Merci,
Nicolas Petit

Le 27/10/2026 à 17:05, Pro'pulse a écrit :
> Bonjour Nicolas,
> Nous vous proposons un entretien le lundi 2 novembre à 14h dans nos locaux (Paris 11e).
> Merci de nous confirmer votre présence.
> Claire, coordinatrice Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<invitation-2026-10-27-0017@animafac.net>"},
    ), person="nicolas_petit"),
    # Feature: employers_partners — kind — un stand au Forum de l'emploi solidaire
    # route: the regional CRESS offering a stand at its forum of the Mois de l'ESS (dates, places, «jeunes diplômés») → other
    N("employers_partners", "kind", "un stand au Forum de l'emploi solidaire", M(
        "Julien Masson <j.masson@cress-hdf.example.org>", "Mois de l'ESS : forum emploi à Lille", "10-31 09:02",
        """Bonjour à l'équipe Pro'pulse,

Dans le cadre du Mois de l'ESS, la CRESS Hauts-de-France organise le jeudi 19 novembre à Lille (Maison de l'économie solidaire) le Forum de l'emploi solidaire : une quarantaine d'employeurs, des ateliers CV et un espace « jeunes diplômés ».

Nous serions ravis de vous proposer un stand au Forum de l'emploi solidaire pour présenter votre programme. Le stand est gratuit ; merci de nous répondre avant le 9 novembre.

Bien cordialement,
Julien Masson
Chargé de mission emploi-formation, CRESS Hauts-de-France""",
        other(),
    ), person="cress_hdf"),
    # Feature: first_application — career_change — après huit ans comme commercial
    # route: a long mail: eight years as a salesman, then a DEJEPS obtained in June 2026, «changer de voie» said in the first paragraph, a post in popular education sought → application; bac+2 of 2026 but a career change → fails not_career_change → not eligible
    N("first_application", "career_change", "après huit ans comme commercial", M(
        "Hugo Lambert <hugo.lambert67@orange.fr>", "Candidature - reconversion", "10-31 10:14",
        """Bonjour,

Je m'appelle Hugo Lambert, j'ai 34 ans et j'habite Strasbourg. Après huit ans comme commercial dans la grande distribution, j'ai décidé de changer de voie et de me tourner vers l'animation.

J'ai financé une formation par mon CPF et obtenu en juin 2026 le DEJEPS animation socio-éducative, après deux ans en alternance dans un centre socioculturel du quartier de la Meinau. Là-bas j'ai monté un projet de jardins partagés avec les habitants, et c'est ce que je veux continuer à faire.

Je cherche un poste de coordinateur dans une association d'éducation populaire ou un centre social. J'ai un peu de mal à valoriser mon parcours atypique auprès des employeurs, d'où mon intérêt pour votre programme.

Je reste à votre disposition,
Hugo Lambert
06 87 42 15 36""",
        app("Hugo", "Lambert", phone="+33687421536", bac=2, grad="2026-06", failing=("not_career_change",), status="hugo_reconversion_dejeps"),
    ), person="hugo_lambert"),
    # Feature: not_quite_for_us — graduation — je dépasse les deux ans
    # route: a graduate who knows she is over the criteria asks for an exception: her master of September 2023 in the first paragraph, a post in a cooperative sought → application (she asks to join with her facts); bac+5 of 2023 → fails graduation_recent → not eligible
    N("not_quite_for_us", "graduation", "je dépasse les deux ans", M(
        "Agathe Marchal <agathe.marchal@gmail.com>", "Demande d'exception", "10-31 11:40",
        """Bonjour,

J'ai lu les conditions du programme et je sais que je dépasse les deux ans : j'ai obtenu mon master de géographie en septembre 2023. Depuis, j'ai surtout fait de l'aide aux devoirs et un peu de remplacement en collège, rien dans mon domaine.

Je voudrais travailler dans une coopérative de l'habitat ou une association d'urbanisme participatif. Une exception est-elle possible ?

Merci de votre réponse, même négative,
Agathe Marchal""",
        app("Agathe", "Marchal", phone=None, bac=5, grad="2023-09", failing=("graduation_recent",), status="agathe_demande_exception"),
    ), person="agathe_marchal"),
    # Feature: unwanted — kind — Optimisez votre recrutement
    # route: a training body's cold sale (recruiting, «jeunes diplômés», apprenticeship) sent to the programme's address → other
    N("unwanted", "kind", "Optimisez votre recrutement", M(
        "Marc Duval - Talentis Formation <m.duval@talentis-formation.example.com>", "Optimisez votre recrutement de jeunes diplômés", "10-31 14:25",
        """Bonjour,

Vous recrutez des jeunes diplômés ou des alternants ? Optimisez votre recrutement grâce à nos sessions « Onboarding express » : 2 jours pour former vos managers à l'intégration des nouvelles générations.

-20 % pour toute inscription avant le 15 novembre. Financement OPCO possible.

Je serais ravi d'en discuter 15 minutes avec vous cette semaine. Quel créneau vous conviendrait ?

Marc Duval
Talentis Formation - 01 84 60 22 19""",
        other(),
    ), person="talentis_formation"),
    # Feature: first_application — aim — travailler dans l'environnement
    # ambiguous: «dans l'environnement» names a field, no employer: a consultancy, a local authority or an association alike; job_seeking_ess open
    # route: a short mail: a licence of geography finished «cette année» (2026, a year alone), work «dans l'environnement» sought, no employer named → application; bac+3 of 2026, the aim open → to verify
    N("first_application", "aim", "travailler dans l'environnement", M(
        "Yasmine Cherif <yasmine.cherif13@gmail.com>", "candidature", "10-31 16:10",
        """Bonjour,

J'ai terminé ma licence de géographie à Aix-Marseille cette année et j'aimerais travailler dans l'environnement, idéalement sur la protection du littoral. Je ne sais pas trop par où commencer, c'est pour ça que je vous écris.

Merci,
Yasmine Cherif
06 72 14 38 95""",
        app("Yasmine", "Cherif", phone="+33672143895", bac=3, grad="2026", unknown=("job_seeking_ess",), status="yasmine_environnement_vague"),
    ), person="yasmine_cherif"),
]
