"""Inbox corpus, batch 07 (writer B): Thursday 19 – Sunday 22 November 2026, a school of social work sending
three former students the same morning, the Mois de l'ESS forums bringing employers and partners."""
# ruff: noqa: E501

from __future__ import annotations

from inbox import N
from kit import CV, M, app, bounce, other, question, reply

MESSAGES = [
    # Feature: referred — graduation — diplôme d'État d'assistante de service social en juillet 2026
    # route: a school of social work's employer-relations officer presents a former student (first of three mails): a DE of July 2026 (bac+3), a tenants' association sought → application forwarded_by the school; bac+3 of 2026-07, ESS aim → eligible
    N("referred", "graduation", "diplôme d'État d'assistante de service social en juillet 2026", M(
        "IRTS Occitanie – Relations employeurs <relations-employeurs@irts-occitanie.example.org>",
        "Pro'pulse : présentation de Lina Moreau (1/3)",
        "19 09:02",
        """Bonjour,

Comme convenu au téléphone, je vous présente trois de nos anciens étudiants, en trois messages.

Lina Moreau a obtenu son diplôme d'État d'assistante de service social en juillet 2026. Elle souhaite travailler dans une association de locataires ou d'accès au logement, à Montpellier. Contact : lina.moreau34@gmail.com – 06 33 81 27 45.

Bien cordialement,
Nathalie Roux
Chargée des relations employeurs, IRTS Occitanie""",
        app("Lina", "Moreau", phone="+33633812745", bac=3, grad="2026-07", email="lina.moreau34@gmail.com", forwarded_by="relations-employeurs@irts-occitanie.example.org", status="b_lina_de_assc"),
    ), person="b_lina_moreau"),
    # Feature: referred — level — diplôme d'État de moniteur-éducateur
    # route: the same school's second mail: a DE de moniteur-éducateur of 2025 (niveau 4, the bac's level), an association sought → application forwarded_by the school; level below bac+2 → not eligible
    N("referred", "level", "diplôme d'État de moniteur-éducateur", M(
        "IRTS Occitanie – Relations employeurs <relations-employeurs@irts-occitanie.example.org>",
        "Pro'pulse : présentation de Kenzo Martin (2/3)",
        "19 09:10",
        """Bonjour,

Kenzo Martin a obtenu le diplôme d'État de moniteur-éducateur (niveau 4) en juin 2025. Il travaille en remplacements dans un foyer et cherche un poste stable dans une association de protection de l'enfance. Contact : kenzo.martin@outlook.fr.

Nathalie Roux
IRTS Occitanie""",
        app("Kenzo", "Martin", phone=None, bac=0, grad="2025-06", email="kenzo.martin@outlook.fr", forwarded_by="relations-employeurs@irts-occitanie.example.org", failing=("degree_level",), status="b_kenzo_de_me"),
    ), person="b_kenzo_martin"),
    # Feature: referred — situation — elle fait un service civique à la Croix-Rouge
    # ambiguous: a service civique whose dates are not given: running or over on TODAY is left open
    # route: the same school's third mail: a DE d'éducatrice de jeunes enfants of 2026 (bac+3), «elle fait un service civique à la Croix-Rouge» with no end said, a crèche associative sought → application forwarded_by the school; not_service_civique open → to verify
    N("referred", "situation", "elle fait un service civique à la Croix-Rouge", M(
        "IRTS Occitanie – Relations employeurs <relations-employeurs@irts-occitanie.example.org>",
        "Pro'pulse : présentation de Rose Delmas (3/3)",
        "19 09:21",
        """Bonjour,

Et enfin Rose Delmas, diplômée d'État d'éducatrice de jeunes enfants en 2026. En attendant de trouver un poste, elle fait un service civique à la Croix-Rouge, sur l'aide alimentaire. Elle aimerait travailler dans une crèche associative ou parentale. Contact : rose.delmas@gmail.com – 07 84 20 63 19.

Merci pour eux !
Nathalie Roux""",
        app("Rose", "Delmas", phone="+33784206319", bac=3, grad="2026", email="rose.delmas@gmail.com", forwarded_by="relations-employeurs@irts-occitanie.example.org", unknown=("not_service_civique",), status="b_rose_deeje_sc"),
    ), person="b_rose_delmas"),
    # Feature: our_threads — kind — je confirme ma présence à la réunion collective
    # route: a reply in our thread (In-Reply-To our invitation, quoted) confirming → reply
    N("our_threads", "kind", "je confirme ma présence à la réunion collective", M(
        "Baptiste Morvan <baptiste.morvan29@gmail.com>",
        "Re: Pro'pulse - réunion collective du 24 novembre",
        "19 10:35",
        """Bonjour,
je confirme ma présence à la réunion collective du 24 en visio.
Baptiste

Envoyé de mon iPhone

> Le 18 nov. 2026 à 17:30, Pro'pulse <propulse@animafac.net> a écrit :
>
> Bonjour Baptiste, suite à votre candidature nous vous invitons à la réunion collective du mardi 24 novembre à 14h (visio).""",
        reply(),
        headers={"In-Reply-To": "<reunion-2026-11-18-0022@animafac.net>", "References": "<reunion-2026-11-18-0022@animafac.net>"},
    ), person="b_baptiste_morvan"),
    # Feature: employers_partners — kind — suite à notre rencontre au forum
    # route: an employer met at a Mois de l'ESS forum sends its offer (its «bac+3», «diplômé·e» are the post's) → other
    N("employers_partners", "kind", "suite à notre rencontre au forum", M(
        "Mutuelle Bourgogne Solidarité <rh@mutuelle-bourgogne.example.fr>",
        "Offre chargé·e de prévention - suite au forum ESS de Dijon",
        "19 11:48",
        """Bonjour,

Comme promis suite à notre rencontre au forum de l'emploi ESS de Dijon mardi, voici notre offre : chargé·e de prévention santé, CDI, bac+3 en santé publique ou équivalent, jeune diplômé·e accepté·e. Candidatures avant le 15 décembre à rh@mutuelle-bourgogne.example.fr.

N'hésitez pas à la transmettre à vos participants.

Claire Jourdan
Responsable recrutement""",
        other(),
    ), person="b_mutuelle_bourgogne"),
    # Feature: first_application — situation — Service civique depuis septembre 2026 (8 mois)
    # route: two lines in the body; the CV gives a licence of 2026 and a service civique begun in September 2026 for eight months (running until spring 2027) → application (facts in the CV); service civique running → not eligible
    N("first_application", "situation", "Service civique depuis septembre 2026 (8 mois)", M(
        "Agathe Leroy <agathe.leroy37@gmail.com>",
        "Candidature Agathe Leroy",
        "19 13:20",
        """Bonjour,

Veuillez trouver ci-joint mon CV pour le programme Pro'pulse.

Agathe Leroy""",
        app("Agathe", "Leroy", phone="+33679054218", bac=3, grad="2026", failing=("not_service_civique",), info_in="cv", status="b_agathe_sc_ligue"),
        cv=CV("pdf", "CV_Agathe_Leroy.pdf", """Agathe Leroy
Tours - 06 79 05 42 18 - agathe.leroy37@gmail.com
Expérience
Service civique depuis septembre 2026 (8 mois) : Ligue de l'enseignement d'Indre-et-Loire, lutte contre le décrochage
Formation
2026 Licence Sciences de l'éducation, Université de Tours
Projet : chargée de projets éducatifs dans une association d'éducation populaire"""),
    ), person="b_agathe_leroy"),
    # Feature: machines — kind — ce compte a été désactivé
    # route: the delivery report of our invitation to a deactivated student address (Mailer-Daemon, multipart/report) → bounce
    N("machines", "kind", "ce compte a été désactivé", M(
        "Mail Delivery Subsystem <mailer-daemon@etu.univ-poitiers.example.fr>",
        "Delivery Status Notification (Failure)",
        "19 15:02",
        """Votre message n'a pas été distribué à clara.nguyen@etu.univ-poitiers.example.fr : ce compte a été désactivé.

Objet du message : Pro'pulse – invitation à un entretien individuel""",
        bounce("clara.nguyen@etu.univ-poitiers.example.fr"),
        bounce="""Reporting-MTA: dns; mx.etu.univ-poitiers.example.fr
Final-Recipient: rfc822; clara.nguyen@etu.univ-poitiers.example.fr
Action: failed
Status: 5.2.1""",
    ), person="b_clara_nguyen"),
    # Feature: first_application — career_change — après six ans comme commercial dans l'automobile
    # ambiguous: six years of sales before a licence pro of the ESS: a career change or a first trade before studies, he does not say which
    # route: a few paragraphs: a licence pro of 2026 after «six ans comme commercial dans l'automobile», an insertion company sought → application; not_career_change open → to verify
    N("first_application", "career_change", "après six ans comme commercial dans l'automobile", M(
        "Bastien Roy <bastien.roy63@orange.fr>",
        "Candidature programme Pro'pulse",
        "19 18:44",
        """Bonjour,

J'ai 31 ans. Après six ans comme commercial dans l'automobile, j'ai repris mes études et obtenu en juin 2026 une licence professionnelle gestion des organisations de l'ESS à Clermont-Ferrand.

Je cherche un poste de chargé de développement dans une entreprise d'insertion ou un groupement d'employeurs associatif.

Bien à vous,
Bastien Roy
06 51 74 29 83""",
        app("Bastien", "Roy", phone="+33651742983", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_bastien_commercial_puis_lp"),
    ), person="b_bastien_roy"),
    # Feature: participants — kind — je ne pourrai pas venir à la séance de lundi
    # route: a participant of the cohort tells an absence at the coaching day (new mail) → other
    N("participants", "kind", "je ne pourrai pas venir à la séance de lundi", M(
        "Yacine Ferhat <yacine.ferhat@gmail.com>",
        "Absence lundi 23",
        "20 08:30",
        """Bonjour,

Je ne pourrai pas venir à la séance de lundi : j'ai un entretien à la Macif de Bordeaux le même jour à 10h. Est-ce que je peux récupérer l'atelier avec l'autre groupe ?

Yacine""",
        other(),
    ), person="b_yacine_ferhat"),
    # Feature: from_a_post — situation — je fais mon service civique jusqu'en mai 2027
    # route: a visitor of the Mois de l'ESS forum (a post-like flyer) writes: a licence pro of 2026, a service civique running until May 2027 → application; service civique running → not eligible
    N("from_a_post", "situation", "je fais mon service civique jusqu'en mai 2027", M(
        "Gaëlle Roche <gaelle.roche@laposte.net>",
        "Vu votre stand au forum ESS",
        "20 10:12",
        """Bonjour,

J'ai pris votre flyer sur votre stand au forum ESS de Dijon mardi. J'ai une licence pro animation sociale (2026) ; je fais mon service civique jusqu'en mai 2027 dans une maison de quartier, et après je voudrais rester dans l'associatif.

Est-ce que je peux m'inscrire dès maintenant ?

Gaëlle Roche
06 26 40 15 88""",
        app("Gaëlle", "Roche", phone="+33626401588", bac=3, grad="2026", failing=("not_service_civique",), status="b_gaelle_sc_mai_2027"),
    ), person="b_gaelle_roche"),
    # Feature: employers_partners — kind — mon mémoire de master porte sur l'insertion des jeunes diplômés
    # route: a student writing a master's thesis asks for an interview with the team (her «master», «jeunes diplômés» are her subject, no application) → other
    N("employers_partners", "kind", "mon mémoire de master porte sur l'insertion des jeunes diplômés", M(
        "Inès Lambert <ines.lambert@etu.univ-grenoble-alpes.example.fr>",
        "Demande d'entretien - mémoire de recherche",
        "20 10:50",
        """Bonjour,

Je suis étudiante en M2 sociologie à Grenoble et mon mémoire de master porte sur l'insertion des jeunes diplômés dans l'économie sociale et solidaire. Accepteriez-vous un entretien d'une heure, en visio, avec la coordinatrice du programme, d'ici mi-décembre ?

Merci beaucoup,
Inès Lambert""",
        other(),
    ), person="b_ines_lambert"),
    # Feature: our_threads — kind — je prends jeudi 26 à 9h30
    # route: a reply in our invitation thread (In-Reply-To, our mail quoted with «>») choosing a slot → reply
    N("our_threads", "kind", "je prends jeudi 26 à 9h30", M(
        "Lucie Perret <lucie.perret21@gmail.com>",
        "Re: Pro'pulse – proposition d'entretien",
        "20 11:05",
        """Bonjour, je prends jeudi 26 à 9h30 !
Bonne journée
Lucie

> Bonjour Lucie,
> Nous vous proposons un entretien individuel jeudi 26 novembre à 9h30 ou à 11h.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<invitation-2026-11-19-0030@animafac.net>", "References": "<invitation-2026-11-19-0030@animafac.net>"},
    ), person="b_lucie_perret"),
    # Feature: our_threads — kind — j'ai été recrutée
    # route: a reply in our invitation thread (In-Reply-To, our mail quoted): she withdraws, hired meanwhile → reply
    N("our_threads", "kind", "j'ai été recrutée", M(
        "Clara Bonnet <clara.bonnet@icloud.com>",
        "Re: Pro'pulse – invitation à un entretien",
        "21 09:05",
        """Bonjour,

Merci beaucoup pour l'invitation, mais entre-temps j'ai été recrutée par une régie de quartier à Besançon ! Je laisse ma place à quelqu'un d'autre.

Belle continuation à vous,
Clara

Le 19/11/2026 à 14:48, Pro'pulse a écrit :
> Bonjour Clara, nous vous proposons un entretien individuel le lundi 23 novembre à 15h.""",
        reply(),
        headers={"In-Reply-To": "<invitation-2026-11-19-0027@animafac.net>", "References": "<invitation-2026-11-19-0027@animafac.net>"},
    ), person="b_clara_bonnet"),
    # Feature: writing_again — situation — il s'est terminé vendredi 20 novembre
    # route: person Manon Garnier, second mail: the stage shortened, «il s'est terminé vendredi 20 novembre», the BTS of June 2026 and the tiers-lieu aim repeated → application; the newer fact wins: no internship running → eligible
    N("writing_again", "situation", "il s'est terminé vendredi 20 novembre", M(
        "Manon Garnier <manon.garnier86@laposte.net>",
        "Candidature Pro'pulse - mise à jour",
        "21 10:18",
        """Bonjour,

Je vous ai écrit lundi : finalement mon stage à l'office de tourisme a été écourté, il s'est terminé vendredi 20 novembre. Je suis donc disponible tout de suite.

Pour rappel, j'ai un BTS tourisme (juin 2026) et je cherche un poste dans un tiers-lieu associatif.

Manon Garnier
07 45 83 21 66""",
        app("Manon", "Garnier", phone="+33745832166", bac=2, grad="2026-06", status="b_manon_stage_fini"),
    ), person="b_manon_garnier"),
    # Feature: first_application — aim — dans une banque ou une assurance
    # route: a phone mail: a BTS of 2025, a post «dans une banque ou une assurance» → application; no ESS employer sought → not eligible
    N("first_application", "aim", "dans une banque ou une assurance", M(
        "Mehdi Aït-Ali <mehdi.aitali@gmail.com>",
        "Candidature",
        "21 12:40",
        """bonjour, g un BTS GPME (2025) et je cherche un CDI de gestionnaire administratif dans une banque ou une assurance vers Orléans. Merci de me recontacter au 0648219573
Mehdi

Envoyé de mon iPhone""",
        app("Mehdi", "Aït-Ali", phone="+33648219573", bac=2, grad="2025", failing=("job_seeking_ess",), status="b_mehdi_bts_banque"),
    ), person="b_mehdi_aitali"),
    # Feature: english_mail — situation — an internship with an NGO until the end of February 2027
    # route: an English application from a Portuguese graduate in Bordeaux: a three-year degree of 2025, an internship running until February 2027 → application (en); an internship running → not eligible
    N("english_mail", "situation", "an internship with an NGO until the end of February 2027", M(
        "Tiago Ferreira <tiago.ferreira@gmail.com>",
        "Application for Pro'pulse",
        "21 15:55",
        """Hello,

My name is Tiago, I'm Portuguese and I live in Bordeaux. I hold a Licenciatura in Social Education (a three-year degree, University of Porto, 2025). Right now I am doing an internship with an NGO until the end of February 2027, and after that I want to work for a French association supporting migrants.

Could I join the programme?

Tiago Ferreira""",
        app("Tiago", "Ferreira", phone=None, bac=3, grad="2025", failing=("not_internship",), language="en", status="b_tiago_internship_ngo"),
    ), person="b_tiago_ferreira"),
    # Feature: machines — kind — Nouvelle inscription
    # route: a ticketing platform's notification of a registration to our information morning (a name and an address, no facts) → other
    N("machines", "kind", "Nouvelle inscription", M(
        "Billetterie Asso <notifications@billetterie-asso.example.com>",
        "Nouvelle inscription : Matinée d'information Pro'pulse – 5 décembre",
        "21 16:20",
        """Nouvelle inscription à votre événement « Matinée d'information Pro'pulse – 5 décembre »

Participant : Jules Fontaine
Adresse : jules.fontaine@gmail.com
Billet : gratuit

Inscrits à ce jour : 23

Gérer votre événement : https://billetterie-asso.example.com/evenements/4471""",
        other(),
    ), person="b_billetterie_asso"),
    # Feature: first_application — graduation — master Stratégie du développement durable que j'ai validé en novembre 2025
    # route: a long mail telling her path: a master of November 2025 (two years after is November 2027), a foundation or an association sought → application; bac+5 of 2025-11, ESS aim → eligible
    N("first_application", "graduation", "master Stratégie du développement durable que j'ai validé en novembre 2025", M(
        "Salomé Garcia <salome.garcia06@gmail.com>",
        "Ma candidature",
        "21 19:48",
        """Bonjour,

Je me permets de vous écrire après une longue hésitation. J'ai grandi à Nice, j'ai fait une licence de géographie à l'université Côte d'Azur, puis un master Stratégie du développement durable que j'ai validé en novembre 2025 après un stage de six mois dans une communauté de communes.

Depuis, j'ai fait un peu de tout : vendeuse en saison, baby-sitting, et beaucoup de bénévolat avec une association de ramassage des déchets sur les plages. C'est là que j'ai compris que je voulais travailler dans une fondation ou une association environnementale, mais je ne sais pas comment m'y prendre : mes candidatures restent sans réponse.

J'espère que votre programme pourra m'aider.

Salomé Garcia
06 47 39 82 10""",
        app("Salomé", "Garcia", phone="+33647398210", bac=5, grad="2025-11", status="b_salome_master_dd"),
    ), person="b_salome_garcia"),
    # Feature: unwanted — kind — la visibilité de votre association sur Google
    # route: a cold sale of a web agency (nothing asked of the programme, no applicant) → other
    N("unwanted", "kind", "la visibilité de votre association sur Google", M(
        "Kevin de WebBoost <kevin@webboost-agence.example.com>",
        "Une question rapide",
        "21 20:30",
        """Bonjour,

J'ai remarqué que votre site n'apparaît pas en première page. Nous aidons les associations à améliorer la visibilité de votre association sur Google en 30 jours, à partir de 99 € par mois.

Un appel de 10 minutes cette semaine ?

Kevin
WebBoost Agence""",
        other(),
    ), person="b_webboost"),
    # Feature: not_quite_for_us — kind — juste un conseil
    # route: a licence of 2025 told, but only advice asked («je ne cherche pas à intégrer le programme»), no request to join: the kind follows what the mail is for → other
    N("not_quite_for_us", "kind", "juste un conseil", M(
        "Maud Lacroix <maud.lacroix@yahoo.fr>",
        "Besoin d'un avis",
        "22 09:15",
        """Bonjour,

Je ne cherche pas à intégrer le programme (je pars vivre en Belgique en janvier), juste un conseil : avec ma licence de sciences politiques (2025), vaut-il mieux faire un service civique là-bas ou chercher directement un CDD dans une ONG ?

Merci si vous avez deux minutes,
Maud""",
        other(),
    ), person="b_maud_lacroix"),
    # Feature: questions_before — kind — des aménagements pour les personnes en situation de handicap
    # route: a question about the programme's accessibility, no fact of her own → question
    N("questions_before", "kind", "des aménagements pour les personnes en situation de handicap", M(
        "Anne Giraud <anne.giraud@free.fr>",
        "accessibilité",
        "22 10:40",
        """Bonjour, est-ce que vous prévoyez des aménagements pour les personnes en situation de handicap (ateliers en visio, temps supplémentaire) ? Je voudrais savoir avant de candidater. Cordialement""",
        question(),
    ), person="b_anne_giraud"),
    # Feature: our_threads — kind — dois-je apporter mes diplômes
    # route: a reply in our thread (In-Reply-To our confirmation, quoted) asking what to bring → reply
    N("our_threads", "kind", "dois-je apporter mes diplômes", M(
        "Pauline Aubert <pauline.aubert@orange.fr>",
        "RE: Votre entretien Pro'pulse du 25 novembre",
        "22 11:30",
        """Bonjour,

Merci pour la confirmation. Pour mercredi, dois-je apporter mes diplômes ou une copie suffit-elle ?

Bien cordialement,
Pauline Aubert

De : Pro'pulse <propulse@animafac.net>
Envoyé : vendredi 20 novembre 2026 10:12
Objet : Votre entretien Pro'pulse du 25 novembre
Bonjour Pauline, votre entretien est confirmé le mercredi 25 novembre à 11h.""",
        reply(),
        headers={"In-Reply-To": "<confirmation-2026-11-20-0016@animafac.net>", "References": "<confirmation-2026-11-20-0016@animafac.net>"},
    ), person="b_pauline_aubert"),
    # Feature: participants — kind — voici mon CV retravaillé après l'atelier
    # route: a participant answers the coach in her thread (In-Reply-To <…@animafac.net>, the coach's mail quoted) → reply
    N("participants", "kind", "voici mon CV retravaillé après l'atelier", M(
        "Aïcha Diallo <aicha.diallo@hotmail.fr>",
        "Re: Atelier CV - à retravailler",
        "22 14:02",
        """Bonjour Sophie,

Comme promis, voici mon CV retravaillé après l'atelier (copié ci-dessous, je n'arrive pas à joindre le fichier depuis mon téléphone) : j'ai mis mes expériences bénévoles en premier et enlevé la photo.

Aïcha

Le 19/11/2026 à 17:45, Sophie – coach Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Aïcha, pensez à remonter vos expériences associatives et à raccourcir le profil.""",
        reply(),
        headers={"In-Reply-To": "<atelier-cv-2026-11-19-0003@animafac.net>", "References": "<atelier-cv-2026-11-19-0003@animafac.net>"},
    ), person="b_aicha_diallo"),
    # Feature: first_application — graduation — Master Management des associations – juin 2026
    # route: an empty subject, one line; the CV gives a master of June 2026 and a federation of associations sought → application (facts in the CV); bac+5 of 2026-06, ESS aim → eligible
    N("first_application", "graduation", "Master Management des associations – juin 2026", M(
        "Lucie Perret <lucie.perret21@gmail.com>",
        "",
        "22 17:25",
        """Bonjour, ci-joint mon CV à jour pour compléter ma candidature, avec mon nouveau numéro. Bonne soirée, Lucie Perret""",
        app("Lucie", "Perret", phone="+33783406152", bac=5, grad="2026-06", info_in="cv", status="b_lucie_master_asso"),
        cv=CV("docx", "CV_Lucie_Perret_2026.docx", """Lucie Perret
Dijon - 07 83 40 61 52 - lucie.perret21@gmail.com
Master Management des associations – juin 2026 – IAE Dijon
Licence AES – 2024 – Université de Bourgogne
Stage de fin d'études (terminé en juin 2026) : fédération départementale des foyers ruraux
Recherche : chargée de vie associative dans une fédération ou un réseau associatif"""),
    ), person="b_lucie_perret"),
    # Feature: writing_again — aim — un poste d'encadrant technique
    # ambiguous: a post of «encadrant technique» with no employer named (such posts exist in insertion structures and in companies): the aim is left open
    # route: person Quentin Lefebvre, first mail: a licence pro of September 2025, «un poste d'encadrant technique» with no employer named → application; aim open → to verify
    N("writing_again", "aim", "un poste d'encadrant technique", M(
        "Quentin Lefebvre <quentin.lefebvre29@gmail.com>",
        "Candidature Pro'pulse - Quentin Lefebvre",
        "22 20:05",
        """Bonsoir,

J'ai obtenu ma licence professionnelle métiers du BTP en septembre 2025 à Brest. Je cherche un poste d'encadrant technique, dans la rénovation ou les espaces verts, et je voudrais être accompagné.

Cordialement,
Quentin Lefebvre
07 58 62 13 49""",
        app("Quentin", "Lefebvre", phone="+33758621349", bac=3, grad="2025-09", unknown=("job_seeking_ess",), status="b_quentin_encadrant"),
    ), person="b_quentin_lefebvre"),
]
