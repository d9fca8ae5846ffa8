"""Inbox corpus, batch 02 (writer A): Sunday 1 – Wednesday 4 November 2026. Monday brings Le Mouvement
associatif's newsletter and an adviser's holiday auto-reply; the programme's LinkedIn post of Monday noon
brings a wave of short answers and questions (an Italian graduate's in English among them); a France Travail
adviser presents someone; a mutuelle asks for profiles, a journalist for a testimony, a European network
offers a webinar; a phishing mail; a person's first mail with a stage running (her second comes in batch 03);
replies to the invitations. Messages in arrival order."""
# ruff: noqa: E501

from __future__ import annotations

from inbox import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: first_application — studies_finished — j'attends les résultats des rattrapages
    # ambiguous: the L3 is over but she awaits the resit results, with no date: the licence may be obtained or not; studies_finished open
    # route: a Sunday mail: the L3 AES done, resit results awaited in the first paragraph, an association of housing sought → application; bac+3 awaited, studies' end open → to verify
    N("first_application", "studies_finished", "j'attends les résultats des rattrapages", M(
        "Romane Lefèvre <romane.lefevre@gmail.com>", "Demande d'information et inscription", "11-01 10:20",
        """Bonjour,

J'ai fini ma L3 d'administration économique et sociale à Rennes 2 en juin, mais il me manquait une UE et j'attends les résultats des rattrapages. Je ne sais pas encore quand ils tombent.

En attendant je cherche déjà du travail, si possible dans une association d'aide au logement (type Agence immobilière à vocation sociale), j'ai fait mon stage de L3 dans ce domaine et ça m'a beaucoup plu.

Est-ce que je peux commencer le programme avant d'avoir mon diplôme ?

Romane Lefèvre
06 48 27 59 13""",
        app("Romane", "Lefèvre", phone="+33648275913", bac=3, grad=None, unknown=("studies_finished",), status="romane_rattrapages_attendus"),
    ), person="romane_lefevre"),
    # Feature: questions_before — kind — est-ce que le programme peut se faire à distance
    # route: a question on remote coaching from Guadeloupe, none of her facts → question
    N("questions_before", "kind", "est-ce que le programme peut se faire à distance", M(
        "Maëlle Jean-Baptiste <maelle.jb971@gmail.com>", "Programme à distance ?", "11-01 21:45",
        """Bonjour,

J'habite en Guadeloupe : est-ce que le programme peut se faire à distance, ou faut-il venir à Paris pour les journées collectives ? Et si oui, combien de fois ?

Bonne soirée,
Maëlle""",
        question(),
    ), person="maelle_jean_baptiste"),
    # Feature: machines — kind — La Lettre du Mouvement associatif
    # route: a network's Monday newsletter (List-Unsubscribe, Precedence bulk): reports, events, a job of «chargé·e de plaidoyer» → newsletter
    N("machines", "kind", "La Lettre du Mouvement associatif", M(
        "Le Mouvement associatif <lettre@lemouvementassociatif.example.org>", "La Lettre du Mouvement associatif - novembre 2026", "11-02 07:00",
        """La Lettre du Mouvement associatif - novembre 2026

Édito : l'emploi associatif en 2026, 1,8 million de salariés et des recrutements toujours difficiles.

Agenda : Mois de l'ESS, plus de 2 000 événements partout en France ; Assises de la vie associative le 24 novembre.

On recrute : chargé·e de plaidoyer (CDI, Paris, bac+5).

Se désinscrire : https://lemouvementassociatif.example.org/lettre/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://lemouvementassociatif.example.org/lettre/desinscription>", "Precedence": "bulk"},
    ), person="mouvement_associatif"),
    # Feature: machines — kind — je suis absente jusqu'au mercredi 4 novembre inclus
    # route: the Mission locale adviser's holiday auto-reply (Auto-Submitted) to our answer of Sunday evening → auto-reply
    N("machines", "kind", "je suis absente jusqu'au mercredi 4 novembre inclus", M(
        "Nadia Belkacem <n.belkacem@mission-locale-lille.example.org>", "Réponse automatique : Re: Orientation Pro'pulse - Sofiane Amrani", "11-02 07:12",
        """Bonjour,

Je suis absente jusqu'au mercredi 4 novembre inclus. Pour toute urgence, merci de contacter l'accueil de la Mission locale au 03 20 14 87 00.

Nadia Belkacem
Mission locale de Lille""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="mission_locale_lille"),
    # Feature: our_threads — kind — je confirme ma présence
    # route: Inès's answer in our thread (In-Reply-To <…@animafac.net>, our invitation quoted), the slot confirmed → reply
    N("our_threads", "kind", "je confirme ma présence", M(
        "Inès Mercier <ines.mercier@outlook.fr>", "RE: Entretien Pro'pulse", "11-02 09:30",
        """Bonjour,

Merci beaucoup, je confirme ma présence mercredi 4 novembre à 16h dans vos locaux.

Inès

De : Pro'pulse <propulse@animafac.net>
Envoyé : vendredi 30 octobre 2026 18:12
Objet : Entretien Pro'pulse

Bonjour Inès,
Nous vous proposons un entretien le mercredi 4 novembre à 16h, au 52 rue du Faubourg-Saint-Antoine (Paris 11e). Merci de nous confirmer votre présence.
Claire, coordinatrice Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<invitation-2026-10-30-0042@animafac.net>"},
    ), person="ines_mercier"),
    # Feature: machines — kind — Invitation acceptée
    # route: a calendar's notification that Inès accepted the invitation sent with our mail → other
    N("machines", "kind", "Invitation acceptée", M(
        "Google Agenda <calendar-notification@agenda.example.com>", "Invitation acceptée : Entretien Pro'pulse - Inès Mercier @ mer. 4 nov. 2026 16:00 - 16:30 (CET)", "11-02 09:41",
        """Inès Mercier a accepté cette invitation.

Entretien Pro'pulse - Inès Mercier
Quand : mercredi 4 novembre 2026 16:00 - 16:30 (heure normale d'Europe centrale - Paris)
Où : 52 rue du Faubourg-Saint-Antoine, 75011 Paris
Participants : propulse@animafac.net (organisateur), ines.mercier@outlook.fr

Invitation de Google Agenda. Vous recevez ce message car vous êtes l'organisateur de l'événement.""",
        other(),
    ), person="agenda_notifications"),
    # Feature: from_a_post — aim — une association culturelle ou un tiers-lieu
    # route: an answer to the LinkedIn post: a master of cultural project management of September 2025 in the second line, an association or a tiers-lieu sought → application; bac+5 of 2025, ESS sought → eligible
    N("from_a_post", "aim", "une association culturelle ou un tiers-lieu", M(
        "Arthur Bonnet <arthur.bonnet@gmail.com>", "Votre post LinkedIn", "11-02 12:15",
        """Bonjour,

Je viens de voir votre post LinkedIn sur Pro'pulse, ça tombe bien ! Diplômé d'un master de gestion de projets culturels (Paris 8, septembre 2025), je cherche un poste de chargé de production ou de médiation dans une association culturelle ou un tiers-lieu.

Je suis joignable au 06 15 83 42 97.

Arthur Bonnet""",
        app("Arthur", "Bonnet", phone="+33615834297", bac=5, grad="2025-09", status="arthur_post_linkedin"),
    ), person="arthur_bonnet"),
    # Feature: from_a_post — situation — Volontaire en service civique
    # route: «intéressée, voici mon CV» under the LinkedIn post, everything in the CV (ODT): a BTS ESF of June 2025, then a service civique from October 2026 to June 2027 → application; bac+2 of 2025 but a service civique running → fails not_service_civique → not eligible
    N("from_a_post", "situation", "Volontaire en service civique", M(
        "Chloé Lemoine <chloe.lemoine@hotmail.fr>", "Pro'pulse", "11-02 12:48",
        """Bonjour, intéressée par votre programme vu sur LinkedIn, voici mon CV.
Chloé""",
        app("Chloé", "Lemoine", phone="+33699142086", bac=2, grad="2025-06", failing=("not_service_civique",), info_in="cv", status="chloe_cv_service_civique"),
        cv=CV("odt", "CV_Chloe_Lemoine.odt", """Chloé Lemoine
Paris 19e - 06 99 14 20 86 - chloe.lemoine@hotmail.fr
Expérience
Octobre 2026 - juin 2027 : Volontaire en service civique, Les Restaurants du Cœur, centre de Paris 19e (accueil des familles, aide alimentaire)
2024-2025 : Stages en CCAS et en centre social (BTS)
Formation
BTS Économie sociale familiale, lycée Rabelais, Paris (juin 2025)
Baccalauréat ST2S (2023)
Centres d'intérêt : théâtre, cuisine"""),
    ), person="chloe_lemoine"),
    # Feature: questions_before — kind — je ne veux pas perdre mon RSA
    # route: a question after the LinkedIn post on the RSA kept or lost, none of her diploma facts → question
    N("questions_before", "kind", "je ne veux pas perdre mon RSA", M(
        "Samia Ouali <samia.ouali@yahoo.fr>", "Question RSA", "11-02 13:05",
        """Bonjour,
J'ai vu votre post. Est-ce que suivre votre programme change quelque chose pour le RSA ? Je ne veux pas perdre mon RSA si c'est considéré comme une formation.
Merci d'avance
Samia""",
        question(),
    ), person="samia_ouali"),
    # Feature: english_mail — level — Laurea Magistrale in International Cooperation
    # route: an Italian graduate answering the LinkedIn post in English: a Laurea Magistrale (a master, bac+5) of March 2026 in the first paragraph, an NGO sought → application (en); bac+5 of 2026, ESS sought → eligible
    N("english_mail", "level", "Laurea Magistrale in International Cooperation", M(
        "Giulia Rossi <giulia.rossi.92@gmail.com>", "Your LinkedIn post", "11-02 14:22",
        """Hi,

I saw your post on LinkedIn. I hold a Laurea Magistrale in International Cooperation and Development from the University of Bologna (March 2026), which is a two-year master's degree. I've been living in Paris since the summer and I'm looking for a job in an NGO working on migration or education.

Is the programme open to people who studied abroad? I can follow sessions in French.

Best,
Giulia Rossi
+33 6 52 71 38 04""",
        app("Giulia", "Rossi", phone="+33652713804", bac=5, grad="2026-03", language="en", status="giulia_laurea_magistrale"),
    ), person="giulia_rossi"),
    # Feature: participants — kind — un entretien mardi prochain dans une SCOP
    # route: a participant of the September cohort asking the coach for advice before a job interview in a SCOP, no request to join → other
    N("participants", "kind", "un entretien mardi prochain dans une SCOP", M(
        "Kevin Aubert <kevin.aubert@gmail.com>", "Entretien SCOP - besoin d'un conseil", "11-02 17:40",
        """Salut Claire,

Bonne nouvelle : j'ai décroché un entretien mardi prochain dans une SCOP de menuiserie à Montreuil, pour un poste d'assistant administratif ! Grâce à l'atelier réseau d'octobre d'ailleurs.

Est-ce que la coach aurait 20 minutes cette semaine pour une simulation ? Je stresse surtout sur la question du salaire.

Merci !
Kevin""",
        other(),
    ), person="kevin_aubert"),
    # Feature: from_a_post — studies_finished — je suis en master 2 RH en alternance
    # route: a phone mail after the LinkedIn post: a master 2 in apprenticeship until September 2027 in its first line → application; a master in progress, studies running → fails studies_finished → not eligible
    N("from_a_post", "studies_finished", "je suis en master 2 RH en alternance", M(
        "Océane Dupuis <oceane.dupuis@icloud.com>", "Re: post linkedin", "11-02 19:03",
        """bonsoir, vu votre post linkedin. je suis en master 2 RH en alternance dans une mutuelle (fin en septembre 2027) et j'aimerais être accompagnée pour la suite, est-ce que c'est possible ?
Océane Dupuis
07 66 20 31 48

Envoyé depuis mon mobile""",
        app("Océane", "Dupuis", phone="+33766203148", bac="*", grad=None, failing=("studies_finished",), status="oceane_m2_alternance"),
    ), person="oceane_dupuis"),
    # Feature: writing_again — situation — je suis en stage jusqu'au 18 décembre
    # route: Quentin's first mail: a licence pro of June 2026, then a stage hors cursus in a SCOP running to 18 December in the second paragraph → application; bac+3 of 2026 but a stage running past TODAY → fails not_internship → not eligible
    N("writing_again", "situation", "je suis en stage jusqu'au 18 décembre", M(
        "Quentin Moreau <quentin.moreau31@gmail.com>", "Candidature Pro'pulse", "11-02 20:30",
        """Bonsoir,

J'ai obtenu en juin 2026 la licence professionnelle « Gestion des organisations de l'économie sociale et solidaire » à l'IUT de Toulouse.

En attendant de trouver un poste, je suis en stage jusqu'au 18 décembre dans une SCOP de communication à Toulouse. Je voudrais ensuite travailler comme chargé de développement dans une coopérative ou une association.

Est-ce possible de m'inscrire dès maintenant ?

Quentin Moreau
06 24 90 57 31""",
        app("Quentin", "Moreau", phone="+33624905731", bac=3, grad="2026-06", failing=("not_internship",), status="quentin_stage_jusqu_au_18_decembre"),
    ), person="quentin_moreau"),
    # Feature: employers_partners — kind — auriez-vous des profils
    # route: a mutuelle's HR officer asking for profiles for an assistant post (a diploma, a contract, a start date) → other
    N("employers_partners", "kind", "auriez-vous des profils", M(
        "Sébastien Renard <s.renard@mutuelle-entraide-ouest.example.fr>", "Recherche de profils - assistant(e) de gestion", "11-03 08:55",
        """Bonjour,

La Mutuelle Entraide Ouest recrute un·e assistant·e de gestion des adhérents en CDI à Nantes (bac+2 minimum, une première expérience en relation client appréciée), poste à pourvoir en janvier.

Je sais que vous accompagnez des jeunes diplômés tournés vers l'ESS : auriez-vous des profils à nous recommander ? Nous pouvons aussi présenter la mutuelle à votre promotion si cela vous intéresse.

Cordialement,
Sébastien Renard
Chargé de recrutement""",
        other(),
    ), person="mutuelle_entraide_ouest"),
    # Feature: questions_before — kind — comment savoir si mon parcours convient
    # route: a question on how eligibility is decided, no fact of hers → question
    N("questions_before", "kind", "comment savoir si mon parcours convient", M(
        "Élodie Masson <elodie.masson@laposte.net>", "Renseignements", "11-03 10:10",
        """Bonjour,

Je m'intéresse à votre programme mais je ne sais pas si j'y ai ma place. Comment savoir si mon parcours convient ? Y a-t-il un entretien avant, ou une liste de documents à fournir ?

Merci pour votre réponse,
Élodie Masson""",
        question(),
    ), person="elodie_masson"),
    # Feature: first_application — aim — analyste crédit dans une banque
    # route: two lines and a CV (PDF): a master of finance of June 2026, a post of credit analyst in a bank or a consultancy sought in the body and the CV → application; bac+5 of 2026 but a bank or a consultancy sought → fails job_seeking_ess → not eligible
    N("first_application", "aim", "analyste crédit dans une banque", M(
        "Mehdi Rahmani <mehdi.rahmani@outlook.fr>", "Candidature", "11-03 12:40",
        """Bonjour,

Je cherche un poste d'analyste crédit dans une banque ou un cabinet de conseil et je souhaiterais être accompagné. Ci-joint mon CV.

Cordialement,
Mehdi Rahmani""",
        app("Mehdi", "Rahmani", phone="+33617305842", bac=5, grad="2026-06", failing=("job_seeking_ess",), info_in="both", status="mehdi_banque_conseil"),
        cv=CV("pdf", "CV_Mehdi_Rahmani.pdf", """Mehdi Rahmani
Lille - 06 17 30 58 42 - mehdi.rahmani@outlook.fr
Master Finance, parcours analyse financière - IAE Lille (juin 2026)
Licence Économie-Gestion - Université de Lille (2024)
Stage d'analyste crédit entreprises, banque régionale, Lille (février-août 2026)
Compétences : Excel avancé, VBA, analyse de bilans, anglais C1"""),
    ), person="mehdi_rahmani"),
    # Feature: english_mail — kind — Youth employment in the social economy
    # route: a European youth network proposing a webinar in English (dates, «young graduates») → other
    N("english_mail", "kind", "Youth employment in the social economy", M(
        "Hanna Vermeulen <hanna.vermeulen@youthsocialeconomy.example.eu>", "Webinar invitation: Youth employment in the social economy", "11-03 14:15",
        """Dear Pro'pulse team,

I coordinate the European Youth Social Economy Network in Brussels. On 1 December we are hosting a webinar, "Youth employment in the social economy: what works?", with programmes from Spain, Finland and Belgium.

We would love a speaker from Pro'pulse to present your coaching of young graduates for 10 minutes. The webinar will be in English, with French interpretation.

Could you let me know by 16 November whether someone could join?

Kind regards,
Hanna Vermeulen
Network coordinator""",
        other(),
    ), person="youth_social_economy_network"),
    # Feature: first_application — situation — je suis en service civique depuis mars
    # ambiguous: a service civique begun in March whose end she does not give (six to twelve months): it may be over or still running; not_service_civique open
    # route: a few paragraphs: a BTS ESF of June 2025 in the first, a service civique «depuis mars» with no end in the second, a post in a centre social sought → application; bac+2 of 2025, the service civique's end open → to verify
    N("first_application", "situation", "je suis en service civique depuis mars", M(
        "Anaïs Perret <anais.perret@gmail.com>", "Inscription", "11-03 15:50",
        """Bonjour,

J'ai obtenu mon BTS Économie sociale familiale en juin 2025 au lycée Livet, à Nantes.

Je suis en service civique depuis mars à la Ligue de l'enseignement, où j'anime des ateliers de prévention dans les collèges. J'ai adoré ces mois-là et ça m'a confirmé que je voulais travailler dans le social.

J'aimerais trouver un poste de conseillère en économie sociale et familiale dans un centre social ou une association de quartier.

Anaïs Perret
06 93 17 42 58""",
        app("Anaïs", "Perret", phone="+33693174258", bac=2, grad="2025-06", unknown=("not_service_civique",), status="anais_service_civique_fin_inconnue"),
    ), person="anais_perret"),
    # Feature: unwanted — kind — votre boîte mail est pleine
    # route: a phishing mail imitating the mail service («votre boîte mail est pleine», a link to «valider») → other
    N("unwanted", "kind", "votre boîte mail est pleine", M(
        "Service Messagerie <support-messagerie@secure-mailbox-update.example.com>", "Action requise : votre boîte mail est pleine", "11-03 18:05",
        """Cher utilisateur,

Votre boîte mail est pleine (99 % de l'espace utilisé). Les nouveaux messages seront rejetés dans les 24 heures.

Cliquez ici pour valider votre compte et obtenir 50 Go gratuits : http://secure-mailbox-update.example.com/valider

Service Messagerie
© 2026 Tous droits réservés""",
        other(),
    ), person="phishing_messagerie"),
    # Feature: referred — career_change — aide-soignante pendant douze ans
    # ambiguous: twelve years as a care assistant before the new diploma, but neither the adviser nor she says it is a change of trade she makes now; not_career_change open
    # route: a France Travail adviser presents Aïcha (her address and phone given): twelve years as a care assistant, then a DE CESF of June 2026, a post in an association of social support sought → application, referral; bac+3 of 2026, the career change open → to verify
    N("referred", "career_change", "aide-soignante pendant douze ans", M(
        "Sandrine Colin <sandrine.colin@francetravail.example.fr>", "Présentation d'une demandeuse d'emploi - Mme Koné", "11-03 20:40",
        """Bonjour,

Je me permets de vous présenter Mme Aïcha Koné, 38 ans, que j'accompagne à l'agence France Travail de Lille-Wazemmes.

Mme Koné a été aide-soignante pendant douze ans en EHPAD. Elle a ensuite repris ses études et obtenu en juin 2026 le diplôme d'État de conseillère en économie sociale familiale. Elle recherche un poste dans une association d'accompagnement social (logement, budget, accès aux droits).

Ses coordonnées : aicha.kone@gmail.com - 06 41 85 27 93.

Cordialement,
Sandrine Colin
Conseillère France Travail""",
        app("Aïcha", "Koné", phone="+33641852793", bac=3, grad="2026-06", unknown=("not_career_change",), email="aicha.kone@gmail.com", forwarded_by="sandrine.colin@francetravail.example.fr", status="aicha_orientee_france_travail"),
    ), person="aicha_kone"),
    # Feature: our_threads — kind — merci encore pour l'échange
    # route: Lucie's thank-you in our thread (In-Reply-To <…@animafac.net>, our message after the interview quoted) → reply
    N("our_threads", "kind", "merci encore pour l'échange", M(
        "Lucie Garnier <lucie.garnier@gmail.com>", "Re: Suite à votre entretien", "11-04 09:15",
        """Bonjour Claire,

Merci encore pour l'échange d'hier, j'ai hâte d'avoir votre réponse. Bonne journée !

Lucie

Le mar. 3 nov. 2026 à 18:20, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Lucie,
> Merci pour l'entretien de ce matin. Nous reviendrons vers vous d'ici le 13 novembre.
> Claire""",
        reply(),
        headers={"In-Reply-To": "<suivi-2026-11-03-0051@animafac.net>"},
    ), person="lucie_garnier"),
    # Feature: first_application — graduation — jai eu mon bts ndrc en juin
    # route: a phone mail: a BTS NDRC obtained «en juin» (June 2026, the mail of November), an association or a cooperative sought → application; bac+2 of 2026, ESS sought → eligible
    N("first_application", "graduation", "jai eu mon bts ndrc en juin", M(
        "Kenza Haddou <kenza.haddou@gmail.com>", "Pro pulse", "11-04 10:30",
        """Bonjour jai eu mon bts ndrc en juin et je cherche un taf dans une asso ou une cooperative, plutot dans le commercial ou la communication. je suis dispo des maintenant.
Kenza Haddou 0752418630""",
        app("Kenza", "Haddou", phone="+33752418630", bac=2, grad="2026-06", status="kenza_bts_ndrc_telephone"),
    ), person="kenza_haddou"),
    # Feature: from_a_post — aim — chargé de mission dans une SCIC
    # route: an answer to the LinkedIn post, its subject the post's title: a master ESS of June 2026, a post of project officer in a SCIC sought → application; bac+5 of 2026, ESS sought → eligible
    N("from_a_post", "aim", "chargé de mission dans une SCIC", M(
        "Victor Chevalier <victor.chevalier@gmail.com>", "Pro'pulse : 6 mois pour décrocher votre premier emploi dans l'ESS", "11-04 11:50",
        """Bonjour,

Suite à votre publication sur LinkedIn : je suis diplômé depuis juin 2026 du master « Économie sociale et solidaire » de Lyon 2 et je cherche un poste de chargé de mission dans une SCIC ou une coopérative d'habitants.

Je serais ravi d'échanger avec vous.

Victor Chevalier
07 49 62 81 35""",
        app("Victor", "Chevalier", phone="+33749628135", bac=5, grad="2026-06", status="victor_post_linkedin_scic"),
    ), person="victor_chevalier"),
    # Feature: employers_partners — kind — recueillir le témoignage
    # route: a regional journalist asking to interview a participant for a paper on young graduates → other
    N("employers_partners", "kind", "recueillir le témoignage", M(
        "Pauline Guérin <p.guerin@gazette-nantaise.example.fr>", "Demande d'interview - jeunes diplômés et ESS", "11-04 14:20",
        """Bonjour,

Je suis journaliste à La Gazette nantaise et je prépare un dossier sur l'insertion des jeunes diplômés dans l'économie sociale et solidaire, à paraître pour le Mois de l'ESS.

Serait-il possible de recueillir le témoignage d'un ou deux jeunes que vous accompagnez, idéalement en Loire-Atlantique, et d'échanger avec vous sur le programme ? Un appel de 20 minutes suffirait.

Merci d'avance,
Pauline Guérin
06 27 51 84 90""",
        other(),
    ), person="gazette_nantaise"),
    # Feature: first_application — level — licence professionnelle Métiers de la gestion des associations
    # route: a few paragraphs: a licence pro of July 2026 (bac+3) in the first, a post of administrative officer in an association sought → application; bac+3 of 2026, ESS sought → eligible
    N("first_application", "level", "licence professionnelle Métiers de la gestion des associations", M(
        "Nina Ferrand <nina.ferrand@gmail.com>", "Candidature Pro'pulse - Nina Ferrand", "11-04 16:45",
        """Bonjour,

Je m'appelle Nina, j'ai 23 ans et je viens de terminer la licence professionnelle Métiers de la gestion des associations à l'université Paris-Est Créteil (diplôme obtenu en juillet 2026).

J'ai fait mon apprentissage dans une association de quartier à Ivry, où je gérais les adhésions, les dossiers de subvention et une partie de la paie. J'aimerais continuer sur un poste de chargée administrative et financière dans une association, à Paris ou en proche banlieue.

Je suis disponible pour un entretien quand vous le souhaitez.

Bien cordialement,
Nina Ferrand
06 58 30 72 14""",
        app("Nina", "Ferrand", phone="+33658307214", bac=3, grad="2026-07", status="nina_licence_pro_associations"),
    ), person="nina_ferrand"),
]
