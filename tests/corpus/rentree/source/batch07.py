"""Rentrée corpus, batch 07 (writer B): Sunday 25 – Wednesday 28 October 2026, each mail read on its own day.
Winter time (+0100) from Sunday 03:00; «fin octobre» is now, internships and missions end «vendredi», diplomas
of autumn 2024 are counted to the month, results of the state diplomas are about to be published."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, other, question, reply
from rentree import N

MESSAGES = [
    # Feature: rentree_other_mail — kind — out of the office until Monday 2 November
    # route: a European network officer's English out-of-office (Auto-Submitted) answering our mail; her dates are hers → auto_reply
    N("rentree_other_mail", "kind", "out of the office until Monday 2 November", M(
        "Kasia Wróblewska <k.wroblewska@youthnet-europe.example.eu>",
        "Automatic reply: Pro'pulse - partnership call",
        "2026-10-25 09:30",
        """Thank you for your email. I am out of the office until Monday 2 November with limited access to email.

For urgent matters regarding the Erasmus+ youth exchanges, please contact info@youthnet-europe.example.eu.

Kasia Wróblewska
Programme Officer, YouthNet Europe""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: fresh_graduate — studies_finished — les résultats du DEASS sont publiés le 3 novembre
    # ambiguous: the state diploma's results are announced for a day after the reading day and nothing says whether she passed: whether her studies are finished stays open
    # route: the body: a DEASS whose training is over, «les résultats du DEASS sont publiés le 3 novembre», after 2026-10-25 → studies_finished open → to_verify
    N("fresh_graduate", "studies_finished", "les résultats du DEASS sont publiés le 3 novembre", M(
        "Rokia Sangaré <rokia.sangare@gmail.com>",
        "candidature Pro'pulse",
        "2026-10-25 11:20",
        """Bonjour,

J'ai fini ma formation d'assistante de service social en juin (trois ans à l'IRTS de Montrouge) et j'ai passé les épreuves de certification. Les résultats du DEASS sont publiés le 3 novembre, donc je ne suis pas encore officiellement diplômée.

En attendant je commence à regarder les postes dans les associations d'hébergement et les CHRS. Je voulais m'inscrire dès maintenant pour la prochaine session.

Merci,
Rokia Sangaré
07 62 18 40 95""",
        app("Rokia", "Sangaré", phone="+33762184095", bac=3, grad=None, unknown=("studies_finished",), status="b_rokia_resultats_deass"),
    )),
    # Feature: first_year_out — situation — je suis en mission chez Emmaüs jusqu'à la mi-novembre
    # route: the body: a licence of 2025, a year of small jobs, now «en mission chez Emmaüs jusqu'à la mi-novembre», the mission's nature (civic service, internship or contract) not told → not_internship and not_service_civique open → to_verify
    N("first_year_out", "situation", "je suis en mission chez Emmaüs jusqu'à la mi-novembre", M(
        "Maxime Dubreuil <maxime.dubreuil@gmail.com>",
        "Candidature pour la session de janvier",
        "2026-10-25 15:40",
        """Bonjour,

J'ai une licence d'économie depuis 2025. Cette année a été un peu en pointillés : livreur à vélo, serveur, puis je suis tombé sur Emmaüs. En ce moment je suis en mission chez Emmaüs jusqu'à la mi-novembre, au tri et à la vente solidaire, et c'est là que j'ai compris que je voulais travailler dans l'ESS.

Je cherche un poste de gestionnaire ou de coordinateur dans une ressourcerie ou une entreprise d'insertion. Je serai libre pour la session de janvier.

Maxime Dubreuil
06 47 15 82 36""",
        app("Maxime", "Dubreuil", phone="+33647158236", bac=3, grad="2025", unknown=("not_internship", "not_service_civique"), status="b_maxime_mission_emmaus"),
    )),
    # Feature: not_finished — studies_finished — mon mémoire est à rendre le 15 décembre
    # route: the body: a M2 whose mémoire «est à rendre le 15 décembre», not defended on 2026-10-25 → studies_finished fails → not_eligible
    N("not_finished", "studies_finished", "mon mémoire est à rendre le 15 décembre", M(
        "Axelle Fournier <axelle.fournier@outlook.fr>",
        "Candidature",
        "2026-10-25 20:10",
        """Bonsoir,

Je suis en M2 Économie sociale et solidaire à Marne-la-Vallée. Les cours sont finis mais mon mémoire est à rendre le 15 décembre et la soutenance aura lieu en janvier. Je travaille sur les coopératives d'habitants.

Je voudrais déjà commencer à chercher un poste pour le début d'année, dans une coopérative d'habitat ou une fédération. Est-ce possible de rejoindre Pro'pulse ?

Axelle Fournier
06 83 49 27 10""",
        app("Axelle", "Fournier", phone="+33683492710", bac="*", grad=None, failing=("studies_finished",), status="b_axelle_memoire_15_decembre"),
    )),
    # Feature: rentree_other_mail — kind — Semaine de l'insertion professionnelle
    # route: a university careers service inviting us to hold a stand at its employment week; no applicant named → other
    N("rentree_other_mail", "kind", "Semaine de l'insertion professionnelle", M(
        "Bureau d'aide à l'insertion professionnelle <baip@univ-lemans.example.fr>",
        "Invitation : Semaine de l'insertion professionnelle, 23-27 novembre",
        "2026-10-26 08:10",
        """Bonjour,

Le BAIP de l'Université du Mans organise sa Semaine de l'insertion professionnelle du 23 au 27 novembre. Une demi-journée sera consacrée aux métiers de l'ESS (jeudi 26 novembre après-midi), pour nos étudiant·es de L3 et de master et nos jeunes diplômé·es 2025 et 2026.

Seriez-vous intéressés pour tenir un stand ou intervenir à la table ronde ? Les frais de déplacement peuvent être pris en charge.

Cordialement,
Élodie Granger
Chargée d'insertion professionnelle""",
        other(),
    )),
    # Feature: written_for — graduation — soutenu son master en décembre 2024
    # route: an APEC consultant presents a young man (his address and phone given): a master defended in December 2024 (22 months before 2026-10-26), an ESS post sought → application forwarded_by the consultant; eligible
    N("written_for", "graduation", "soutenu son master en décembre 2024", M(
        "Frédéric Abadie <frederic.abadie@apec-toulouse.example.fr>",
        "Candidat pour Pro'pulse - Adrien Solé",
        "2026-10-26 09:00",
        """Bonjour,

Je suis consultant à l'Apec de Toulouse. Je suis depuis juin M. Adrien Solé, qui a soutenu son master en décembre 2024 (master Management des organisations de l'ESS, Toulouse Capitole) et qui cherche un poste de chargé de développement dans une structure de l'ESS. Il a fait deux missions en CDD depuis.

Je pense qu'un accompagnement collectif comme le vôtre lui serait très utile. Vous pouvez le contacter directement : adrien.sole@gmail.com / 06 12 84 37 59.

Bien cordialement,
Frédéric Abadie
Consultant Apec""",
        app("Adrien", "Solé", phone="+33612843759", bac=5, grad="2024-12", email="adrien.sole@gmail.com", forwarded_by="frederic.abadie@apec-toulouse.example.fr", status="b_adrien_apec_decembre_2024"),
    )),
    # Feature: near_the_limit — graduation — il y a deux ans, en octobre
    # route: the body: a licence pro obtained «il y a deux ans, en octobre» read on 2026-10-26 → October 2024, 24 months → graduation_recent meets; an association sought → eligible
    N("near_the_limit", "graduation", "il y a deux ans, en octobre", M(
        "Sarah Benchetrit <sarah.benchetrit@gmail.com>",
        "Suis-je encore dans les temps ?",
        "2026-10-26 10:25",
        """Bonjour,

J'ai obtenu ma licence pro Gestion des organisations de l'ESS il y a deux ans, en octobre (on avait un stage long, la soutenance était tard). J'ai travaillé depuis en remplacement dans un service administratif de mairie.

J'aimerais passer dans une association, comme assistante de direction ou gestionnaire RH. Si je compte bien je suis encore dans les deux ans ?

Sarah Benchetrit
06 29 73 58 41""",
        app("Sarah", "Benchetrit", phone="+33629735841", bac=3, grad="2024-10", status="b_sarah_deux_ans_octobre"),
    )),
    # Feature: back_to_school — studies_finished — en alternance depuis septembre
    # route: the body: a BTS of 2025 (her level), a licence pro «en alternance depuis septembre», running on 2026-10-26 → studies_finished fails → not_eligible
    N("back_to_school", "studies_finished", "en alternance depuis septembre", M(
        "Emma Nkoulou <emma.nkoulou@laposte.net>",
        "demande d'information",
        "2026-10-26 11:50",
        """Bonjour,

J'ai un BTS Gestion de la PME (2025) et je suis en licence pro Gestion des associations en alternance depuis septembre, dans une fédération sportive à Orléans. L'alternance se termine en septembre prochain.

Je voulais savoir si je pouvais déjà suivre votre programme pour préparer ma recherche d'emploi après.

Cordialement
Emma Nkoulou
07 38 25 61 94""",
        app("Emma", "Nkoulou", phone="+33738256194", bac=2, grad="2025", failing=("studies_finished",), status="b_emma_alternance_septembre"),
    )),
    # Feature: english_stage — studies_finished — hasn't sent my grades yet
    # ambiguous: all her courses are over but her host university's grades, which her French university needs to award the licence, have not arrived: whether her studies are finished stays open
    # route: an English mail: a licence whose final Erasmus semester's grades are awaited («hasn't sent my grades yet»), the diploma not yet awarded → studies_finished open → to_verify, language en
    N("english_stage", "studies_finished", "hasn't sent my grades yet", M(
        "Maud Ferrand-Ojo <maud.ferrandojo@gmail.com>",
        "Question about applying",
        "2026-10-26 13:30",
        """Hi,

I'm writing in English because I've been living in English for a year, sorry! I spent my last licence semester (LEA, Université de Nantes) on Erasmus in Dublin. All my courses are finished, but Trinity hasn't sent my grades yet, so Nantes can't officially award my licence. They say it could take until December.

I'd like to start looking for a job in an association working with young people, maybe in international mobility. Can I apply now?

Thanks!
Maud Ferrand-Ojo
06 95 30 27 18""",
        app("Maud", "Ferrand-Ojo", phone="+33695302718", bac=3, grad=None, unknown=("studies_finished",), language="en", status="b_maud_erasmus_grades"),
    )),
    # Feature: career_change — career_change — ce n'est pas une reconversion
    # route: the body: a master of 2025, a first job of a year in a bank's back office, «ce n'est pas une reconversion» (a young graduate's first job elsewhere) → not_career_change meets; a cooperative sought → eligible
    N("career_change", "career_change", "ce n'est pas une reconversion", M(
        "Samy Haddad <samy.haddad@outlook.fr>",
        "Candidature Pro'pulse",
        "2026-10-26 15:15",
        """Bonjour,

J'ai eu mon master Finance d'entreprise en 2025 et j'ai pris le premier CDD qu'on m'a proposé, un an au back-office d'une banque à La Défense. Il s'est terminé en septembre et je ne veux pas continuer dans ce milieu.

Ce n'est pas une reconversion, c'était juste mon premier poste : ce que je veux vraiment, c'est être responsable administratif et financier dans une coopérative ou une grosse association.

Merci de votre retour,
Samy Haddad
06 51 90 36 24""",
        app("Samy", "Haddad", phone="+33651903624", bac=5, grad="2025", status="b_samy_pas_une_reconversion"),
    )),
    # Feature: rentree_other_mail — kind — je ne retrouve pas le lien de la visio
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our invitation quoted) asking for the video link → reply
    N("rentree_other_mail", "kind", "je ne retrouve pas le lien de la visio", M(
        "Ilyes Cherif <ilyes.cherif@gmail.com>",
        "Re: Pro'pulse - votre entretien du 29 octobre",
        "2026-10-26 17:40",
        """Bonjour,

Merci pour l'invitation. Je ne retrouve pas le lien de la visio dans votre message, pouvez-vous me le renvoyer ?

Ilyes

Le ven. 23 oct. 2026 à 16:02, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Ilyes,
> Votre entretien de sélection aura lieu le jeudi 29 octobre à 15h en visioconférence.
> Le lien de connexion vous sera communiqué la veille.""",
        reply(),
        headers={"In-Reply-To": "<entretien-2026-10-23-0058@animafac.net>", "References": "<entretien-2026-10-23-0058@animafac.net>"},
    )),
    # Feature: back_from_abroad — graduation — mon DUT en juillet 2024
    # route: the body: back from a European Solidarity Corps year in Portugal, a DUT obtained «en juillet 2024», 27 months before 2026-10-27 → graduation_recent fails → not_eligible
    N("back_from_abroad", "graduation", "mon DUT en juillet 2024", M(
        "Florian Maréchal <florian.marechal@gmail.com>",
        "Candidature - retour du Portugal",
        "2026-10-27 08:30",
        """Bonjour,

Je rentre d'un an au Portugal, au Corps européen de solidarité, dans une association d'accueil de réfugiés à Porto (fin de mission en août). Avant ça j'ai eu mon DUT en juillet 2024 (Carrières sociales, Lille).

Je veux travailler dans l'accueil des personnes exilées, dans une association ou un centre d'hébergement. Est-ce que je peux entrer dans Pro'pulse ?

Florian Maréchal
06 26 84 19 73""",
        app("Florian", "Maréchal", phone="+33626841973", bac=2, grad="2024-07", failing=("graduation_recent",), status="b_florian_dut_juillet_2024"),
    )),
    # Feature: fresh_graduate — graduation — diplôme pas encore reçu
    # route: the body: a BTS «validé» in July 2026 («diplôme pas encore reçu», obtained all the same), an association sought → eligible
    N("fresh_graduate", "graduation", "diplôme pas encore reçu", M(
        "Lison Mendy <lison.mendy@gmail.com>",
        "Pro'pulse - BTS validé en juillet, diplôme pas encore reçu",
        "2026-10-27 09:45",
        """Bonjour,

Mon BTS Communication a été validé en juillet (j'ai le relevé de notes et l'attestation de réussite) mais le diplôme lui-même n'est pas encore arrivé au lycée. Je précise au cas où vous demanderiez une copie.

Je cherche un poste de chargée de communication dans une association culturelle ou solidaire, à Lille ou à distance.

Lison Mendy
07 48 61 32 07""",
        app("Lison", "Mendy", phone="+33748613207", bac=2, grad="2026-07", status="b_lison_bts_diplome_pas_recu"),
    )),
    # Feature: not_finished — level — je n'ai jamais demandé le DUT
    # ambiguous: two years of a BUT validated but the intermediate DUT never requested nor delivered: whether she holds a bac+2 diploma stays open
    # route: the body: a BUT left after the second year, its two years validated, «je n'ai jamais demandé le DUT», no other diploma above the bac → degree_level open (studies over) → to_verify
    N("not_finished", "level", "je n'ai jamais demandé le DUT", M(
        "Justine Kozlowski <justine.kozlowski@free.fr>",
        "Inscription",
        "2026-10-27 11:10",
        """Bonjour,

J'ai arrêté mon BUT Gestion des entreprises et des administrations après la deuxième année, en juin 2025. J'ai validé mes deux années mais je n'ai jamais demandé le DUT, on m'a dit que c'était possible mais je ne l'ai pas fait. Depuis je travaille dans une boulangerie.

Je voudrais trouver un poste administratif dans une association. Est-ce que mon niveau suffit pour votre programme ?

Justine Kozlowski
06 72 58 34 90""",
        app("Justine", "Kozlowski", phone="+33672583490", bac=None, grad=None, unknown=("degree_level",), status="b_justine_dut_jamais_demande"),
    )),
    # Feature: first_year_out — aim — quelque chose d'utile, peut-être dans l'environnement
    # route: the body: a BTS of 2025, a year of fixed-term jobs at La Poste, a job sought «quelque chose d'utile, peut-être dans l'environnement», no employer named → job_seeking_ess open → to_verify
    N("first_year_out", "aim", "quelque chose d'utile, peut-être dans l'environnement", M(
        "Nathan Guérin <nathan.guerin@hotmail.fr>",
        "pro'pulse inscription",
        "2026-10-27 13:20",
        """bonjour

BTS gestion des transports en 2025, puis un an de CDD à La Poste comme facteur remplaçant. Le contrat s'arrête fin novembre. Je voudrais faire quelque chose d'utile, peut-être dans l'environnement, mais je ne sais pas trop par où commencer.

nathan guérin
06 18 73 29 45""",
        app("Nathan", "Guérin", phone="+33618732945", bac=2, grad="2025", unknown=("job_seeking_ess",), status="b_nathan_quelque_chose_utile"),
    )),
    # Feature: internship_now — situation — un stage BAFA
    # route: the ODT CV and the body: a licence of 2026, «un stage BAFA» this week (a training course, no internship) → not_internship meets; an association sought → eligible
    N("internship_now", "situation", "un stage BAFA", M(
        "Mehdi Ouali <mehdi.ouali@gmail.com>",
        "Candidature Mehdi Ouali",
        "2026-10-27 15:00",
        """Bonjour,

Je vous envoie ma candidature pour Pro'pulse, CV en pièce jointe. Je vous écris depuis un stage BAFA (la formation d'approfondissement, cette semaine à Vichy), je réponds le soir si vous me contactez.

J'ai une licence STAPS obtenue en juin et je cherche un poste de coordinateur sport et insertion dans une association.

Mehdi Ouali""",
        app("Mehdi", "Ouali", phone="+33659174802", bac=3, grad="2026-06", status="b_mehdi_stage_bafa"),
        cv=CV("odt", "CV_Mehdi_Ouali.odt", """Mehdi Ouali
Clermont-Ferrand - 06 59 17 48 02 - mehdi.ouali@gmail.com
Formation
2023-2026 Licence STAPS, parcours Activité physique adaptée, Université Clermont Auvergne (obtenue en juin 2026)
2023 Baccalauréat général
BAFA : formation générale 2025, approfondissement octobre 2026
Expériences
2024-2026 Éducateur sportif vacataire, association Sport dans la Ville 63
Été 2025 Animateur, centre de vacances Les Écureuils"""),
    )),
    # Feature: rentree_other_mail — kind — si on habite en Guadeloupe
    # route: a question with no fact of the writer's own (can one join from overseas France) → question
    N("rentree_other_mail", "kind", "si on habite en Guadeloupe", M(
        "Marie-Ange Lubin <marieange.lubin@gmail.com>",
        "Question Pro'pulse",
        "2026-10-27 17:25",
        """Bonjour,

Est-ce que le programme est accessible si on habite en Guadeloupe ? Les ateliers peuvent-ils se faire en visio avec le décalage horaire ?

Merci d'avance""",
        question(),
    )),
    # Feature: back_to_school — kind — je reprends un master en janvier
    # route: a participant of the current cohort leaving the programme because she resumes a master; no application → other
    N("back_to_school", "kind", "je reprends un master en janvier", M(
        "Apolline Dumas <apolline.dumas@gmail.com>",
        "Arrêt de mon accompagnement",
        "2026-10-28 08:50",
        """Bonjour Sophie,

Je voulais vous prévenir que je vais arrêter l'accompagnement Pro'pulse : j'ai été acceptée et je reprends un master en janvier (Développement social, à Lyon), finalement ça me semble la meilleure voie.

Merci pour les ateliers de septembre, ils m'ont beaucoup aidée à y voir clair. Je ne viendrai donc pas à l'atelier du 5 novembre.

Apolline""",
        other(),
    )),
    # Feature: after_civic_service — situation — en volontariat à la Croix-Rouge jusqu'au 20 décembre
    # ambiguous: a «volontariat» with the Red Cross running to December, not said to be a civic service nor mere bénévolat: whether a civic service runs stays open
    # route: the body: a BTS of 2026, «en volontariat à la Croix-Rouge jusqu'au 20 décembre», its nature not named → not_service_civique open → to_verify
    N("after_civic_service", "situation", "en volontariat à la Croix-Rouge jusqu'au 20 décembre", M(
        "Ambre Perrin <ambre.perrin@laposte.net>",
        "Candidature",
        "2026-10-28 09:40",
        """Bonjour,

J'ai eu mon BTS SP3S en juin et depuis septembre je suis en volontariat à la Croix-Rouge jusqu'au 20 décembre, sur les maraudes et la halte de nuit à Metz.

Après ça je voudrais trouver un emploi de coordinatrice dans l'urgence sociale, dans une association. Est-ce que je peux déjà m'inscrire ?

Ambre Perrin
07 24 83 16 59""",
        app("Ambre", "Perrin", phone="+33724831659", bac=2, grad="2026-06", unknown=("not_service_civique",), status="b_ambre_volontariat_croix_rouge"),
    )),
    # Feature: written_for — situation — en stage jusqu'en janvier
    # route: a friend writes for her friend (the friend's address and phone given): a licence of 2026, «en stage jusqu'en janvier» at a town hall, running on 2026-10-28 → application forwarded_by the friend; not_internship fails → not_eligible
    N("written_for", "situation", "en stage jusqu'en janvier", M(
        "Clara Meunier <clara.meunier@gmail.com>",
        "Pour mon amie Hawa",
        "2026-10-28 11:05",
        """Coucou l'équipe Pro'pulse,

J'ai fait le programme l'an dernier et je vous écris pour mon amie Hawa Konaté : elle a eu sa licence d'AES en juin et elle est en stage jusqu'en janvier à la mairie de Créteil (service vie associative). Elle aimerait ensuite travailler dans une association et je lui ai dit que vous étiez top !

Ses coordonnées : hawa.konate@outlook.fr, 06 40 27 91 35.

Merci, et bises à Sophie,
Clara""",
        app("Hawa", "Konaté", phone="+33640279135", bac=3, grad="2026-06", failing=("not_internship",), email="hawa.konate@outlook.fr", forwarded_by="clara.meunier@gmail.com", status="b_hawa_amie_stage_janvier"),
    )),
    # Feature: english_stage — graduation — I graduated in June 2024
    # route: an English mail: a two-year MA from the University of Ghana «I graduated in June 2024», 28 months before 2026-10-28 → graduation_recent fails → not_eligible, language en
    N("english_stage", "graduation", "I graduated in June 2024", M(
        "Kwame Mensah-Boateng <kwame.mensahboateng@gmail.com>",
        "Application for Pro'pulse",
        "2026-10-28 12:30",
        """Dear Sir or Madam,

I am a Ghanaian graduate living in Lille since last year. I graduated in June 2024 with a two-year MA in Development Studies from the University of Ghana, after a BA in Sociology.

I am looking for a position in a French association working on international solidarity or migrants' rights. I speak French at B1 level and I am improving every day.

I would be grateful to know whether I can join your programme.

Yours faithfully,
Kwame Mensah-Boateng
+33 7 59 46 28 13""",
        app("Kwame", "Mensah-Boateng", phone="+33759462813", bac=5, grad="2024-06", failing=("graduation_recent",), language="en", status="b_kwame_june_2024"),
    )),
    # Feature: back_from_abroad — level — équivalent à un bac+3
    # route: an HTML-only mail: a Moroccan licence fondamentale of 2026, an ENIC-NARIC attestation «équivalent à un bac+3», an association sought → degree_level meets → eligible
    N("back_from_abroad", "level", "équivalent à un bac+3", M(
        "Salma Benjelloun <salma.benjelloun@gmail.com>",
        "Candidature Pro'pulse - diplôme marocain",
        "2026-10-28 14:10",
        """Bonjour,

Je suis arrivée en France en août. J'ai une licence fondamentale en sociologie de l'Université Mohammed V de Rabat, obtenue en juin 2026, et j'ai reçu la semaine dernière l'attestation ENIC-NARIC : mon diplôme est reconnu équivalent à un bac+3.

Je cherche un poste de médiatrice sociale ou d'animatrice dans une association à Marseille.

Salma Benjelloun
07 53 92 18 64""",
        app("Salma", "Benjelloun", phone="+33753921864", bac=3, grad="2026-06", status="b_salma_equivalence_bac3"),
        html="only",
    )),
    # Feature: rentree_other_mail — kind — Mailbox full
    # route: a delivery report from a Mailer-Daemon (multipart/report): an applicant's mailbox over its quota → bounce
    N("rentree_other_mail", "kind", "Mailbox full", M(
        "Mail Delivery Subsystem <mailer-daemon@mx.animafac.net>",
        "Delivery Status Notification (Failure)",
        "2026-10-28 15:30",
        """Delivery to the following recipient failed permanently:

     yohan.marchal@orange.fr

Mailbox full: the recipient's mailbox is over its storage quota.""",
        bounce("yohan.marchal@orange.fr"),
        bounce="""Reporting-MTA: dns; mx.animafac.net
Final-Recipient: rfc822; yohan.marchal@orange.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""",
    )),
    # Feature: near_the_limit — graduation — ça fait deux ans que j'ai mon master
    # ambiguous: «ça fait deux ans» with no month nor year said beside the master: before or after October 2024 stays open (the rule: October 2024 only when the words say so)
    # route: the body: a master «ça fait deux ans que j'ai mon master», no month → graduation 2024, a year alone → graduation_recent open → to_verify
    N("near_the_limit", "graduation", "ça fait deux ans que j'ai mon master", M(
        "Loris Tran <loris.tran@gmail.com>",
        "candidature",
        "2026-10-28 16:45",
        """Bonjour,

Ça fait deux ans que j'ai mon master (Sciences politiques, Lyon 2) et je n'ai toujours pas trouvé de poste stable, seulement des vacations et une mission de six mois dans un bureau d'études.

J'aimerais travailler dans le plaidoyer pour une ONG ou une association. Est-ce que je suis encore éligible ?

Loris Tran
06 34 95 71 28""",
        app("Loris", "Tran", phone="+33634957128", bac=5, grad="2024", unknown=("graduation_recent",), status="b_loris_deux_ans_master"),
    )),
    # Feature: back_to_school — studies_finished — mon inscription au DU n'est pas confirmée
    # ambiguous: enrolled for a distance DU beginning this autumn, «mon inscription au DU n'est pas confirmée» and she does not know whether she will follow it: whether she is studying stays open
    # route: the body: a master of 2026, a distance DU applied for, «mon inscription au DU n'est pas confirmée» → studies_finished open → to_verify
    N("back_to_school", "studies_finished", "mon inscription au DU n'est pas confirmée", M(
        "Nour Chaouch <nour.chaouch@gmail.com>",
        "Pro'pulse - candidature",
        "2026-10-28 17:55",
        """Bonjour,

J'ai fini mon master Droit des associations en juin (Paris 1). J'ai aussi demandé un DU à distance en gestion des fonds européens, mais mon inscription au DU n'est pas confirmée et je ne suis pas sûre de le suivre si je trouve un emploi.

Je cherche un poste de juriste ou de chargée de financements dans une association ou une fondation.

Nour Chaouch
07 61 45 93 28""",
        app("Nour", "Chaouch", phone="+33761459328", bac=5, grad="2026-06", unknown=("studies_finished",), status="b_nour_du_pas_confirme"),
    )),
]
