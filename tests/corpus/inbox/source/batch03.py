"""Inbox corpus, batch 03 (writer A): Thursday 5 – Sunday 8 November 2026. The University of Strasbourg's careers
service sends three graduates in three mails the same morning; replies to the invitations sent on the 4th
(a slot, an attestation, a confirmation, an interview moved); a stage over told by the person who wrote on the
2nd; a participant's job found and another's question on the CV workshop; a foundation asks for the
half-year figures, an IUT for a presentation; a bounce, an adviser's parental-leave auto-reply, a mail meant
for another Animafac service, a student asking for an internship at Animafac; an answer to a job forum's
notice in English, a German graduate's application, the first mail of a person who will correct her year.
Messages in arrival order."""
# ruff: noqa: E501

from __future__ import annotations

from inbox import N
from kit import CV, M, app, auto_reply, bounce, other, question, reply

_BAIP = "helene.schmitt@unistra.example.fr"  # the careers service's adviser who sends three graduates

MESSAGES = [
    # Feature: referred — aim — une association de protection de la nature
    # route: the university careers service presents Lucas (his address and phone given): a master of geography of September 2026, an association of nature protection sought → application, referral; bac+5 of 2026, ESS sought → eligible
    N("referred", "aim", "une association de protection de la nature", M(
        "Hélène Schmitt <helene.schmitt@unistra.example.fr>", "Candidature Pro'pulse (1/3) - Lucas Weber", "11-05 08:40",
        """Bonjour,

Comme convenu lors de notre échange téléphonique, je vous adresse trois jeunes diplômés que nous suivons au Bureau d'aide à l'insertion professionnelle de l'Université de Strasbourg, un message par personne.

Lucas Weber a obtenu en septembre 2026 son master de géographie, parcours environnement. Il recherche un poste de chargé d'études ou d'animation dans une association de protection de la nature en Alsace.

Coordonnées : lucas.weber67@gmail.com - 06 32 71 45 80.

Bien cordialement,
Hélène Schmitt
Chargée d'insertion professionnelle - BAIP, Université de Strasbourg""",
        app("Lucas", "Weber", phone="+33632714580", bac=5, grad="2026-09", email="lucas.weber67@gmail.com", forwarded_by=_BAIP, status="lucas_baip_1"),
    ), person="lucas_weber"),
    # Feature: referred — level — un certificat d'école d'un an
    # ambiguous: a one-year school certificate in international solidarity after a licence abandoned: no level the adviser can name; degree_level open
    # route: the careers service's second mail presents Marie (her address given, no phone): a licence left after the second year, then a one-year school certificate of June 2026, an NGO sought → application, referral; the level open → to verify
    N("referred", "level", "un certificat d'école d'un an", M(
        "Hélène Schmitt <helene.schmitt@unistra.example.fr>", "Candidature Pro'pulse (2/3) - Marie Kieffer", "11-05 08:47",
        """Bonjour,

Deuxième candidature : Marie Kieffer a arrêté sa licence de langues après la deuxième année, puis suivi un certificat d'école d'un an, « Chargée de projets de solidarité internationale », dans un institut privé de Strasbourg (juin 2026). Je ne sais pas à quel niveau ce certificat est reconnu.

Elle souhaite travailler dans une ONG de solidarité internationale, sur des projets d'éducation.

Son adresse : marie.kieffer@outlook.fr

Bien cordialement,
Hélène Schmitt""",
        app("Marie", "Kieffer", phone=None, bac=None, grad="2026-06", unknown=("degree_level",), email="marie.kieffer@outlook.fr", forwarded_by=_BAIP, status="marie_baip_2"),
    ), person="marie_kieffer"),
    # Feature: referred — aim — développeur web dans une start-up
    # route: the careers service's third mail presents Antoine (his address and phone given): a licence pro of June 2026, a post of web developer in a start-up sought → application, referral; bac+3 of 2026 but a start-up sought → fails job_seeking_ess → not eligible
    N("referred", "aim", "développeur web dans une start-up", M(
        "Hélène Schmitt <helene.schmitt@unistra.example.fr>", "Candidature Pro'pulse (3/3) - Antoine Muller", "11-05 08:55",
        """Bonjour,

Enfin, Antoine Muller, titulaire depuis juin 2026 d'une licence professionnelle Métiers du numérique. Il cherche un poste de développeur web dans une start-up de la région, et a besoin d'aide pour ses entretiens.

Coordonnées : antoine.muller@gmail.com - 07 58 26 91 34.

Merci pour votre attention et à bientôt,
Hélène Schmitt""",
        app("Antoine", "Muller", phone="+33758269134", bac=3, grad="2026-06", failing=("job_seeking_ess",), email="antoine.muller@gmail.com", forwarded_by=_BAIP, status="antoine_baip_3"),
    ), person="antoine_muller"),
    # Feature: our_threads — kind — je prends vendredi à 11h
    # route: Amandine's answer in our thread (In-Reply-To <…@animafac.net>, our invitation quoted), a slot chosen → reply
    N("our_threads", "kind", "je prends vendredi à 11h", M(
        "Amandine Roche <amandine.roche@gmail.com>", "Re: Entretien Pro'pulse", "11-05 09:30",
        """Bonjour,
je prends vendredi à 11h, merci !
Amandine

Le mer. 4 nov. 2026 à 17:45, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Amandine,
> Nous aimerions vous rencontrer. Deux créneaux sont possibles : jeudi 5 novembre à 15h ou vendredi 6 novembre à 11h.
> Claire, coordinatrice Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<invitation-2026-11-04-0063@animafac.net>"},
    ), person="amandine_roche"),
    # Feature: first_application — graduation — diplômée en décembre 2025
    # route: an HTML-only mail: a master of territorial development obtained in December 2025 in the first paragraph, an association of rural development sought → application; bac+5 of December 2025, ESS sought → eligible
    N("first_application", "graduation", "diplômée en décembre 2025", M(
        "Jeanne Lopez <jeanne.lopez@gmail.com>", "Candidature programme Pro'pulse", "11-05 11:10",
        """Bonjour,

Diplômée en décembre 2025 d'un master de développement territorial (Toulouse Jean-Jaurès), je travaille depuis en contrats courts de vacation.

Je cherche un poste stable d'animatrice territoriale dans une association de développement rural ou un pays d'accueil, en Occitanie.

Merci de votre attention,
Jeanne Lopez
06 80 14 62 37""",
        app("Jeanne", "Lopez", phone="+33680146237", bac=5, grad="2025-12", status="jeanne_html_master_decembre_2025"),
        html="only",
    ), person="jeanne_lopez"),
    # Feature: writing_again — situation — mon stage s'est arrêté plus tôt que prévu
    # route: Quentin's second mail, his first quoted below: the stage in the SCOP ended on 4 November, before this mail («arrêté plus tôt que prévu») → the newer fact wins → application; bac+3 of 2026, no stage running, ESS sought → eligible
    N("writing_again", "situation", "mon stage s'est arrêté plus tôt que prévu", M(
        "Quentin Moreau <quentin.moreau31@gmail.com>", "Re: Candidature Pro'pulse", "11-05 14:25",
        """Bonjour,

Je reviens vers vous car ma situation a changé : mon stage s'est arrêté plus tôt que prévu, hier mercredi 4 novembre (la SCOP ferme son antenne de Toulouse). Je suis donc disponible tout de suite pour le programme.

Merci,
Quentin Moreau
06 24 90 57 31

-------- Message original --------
De : Quentin Moreau
Date : 2 novembre 2026 20:30
Objet : Candidature Pro'pulse

Bonsoir,
J'ai obtenu en juin 2026 la licence professionnelle « Gestion des organisations de l'économie sociale et solidaire » à l'IUT de Toulouse.
En attendant de trouver un poste, je suis en stage jusqu'au 18 décembre dans une SCOP de communication à Toulouse. Je voudrais ensuite travailler comme chargé de développement dans une coopérative ou une association.""",
        app("Quentin", "Moreau", phone="+33624905731", bac=3, grad="2026-06", status="quentin_stage_arrete"),
    ), person="quentin_moreau"),
    # Feature: participants — kind — j'ai trouvé un CDD
    # route: a participant of the cohort telling a job found and leaving the programme, nothing asked → other
    N("participants", "kind", "j'ai trouvé un CDD", M(
        "Yacine Belhadj <yacine.belhadj@gmail.com>", "Bonne nouvelle !", "11-05 16:02",
        """Bonjour Claire,

Je voulais vous l'annoncer : j'ai trouvé un CDD de 8 mois comme animateur au centre social Belleville, je commence le 16 novembre ! Du coup je ne viendrai plus aux séances collectives.

Un grand merci à vous et à la coach pour l'accompagnement, la simulation d'entretien m'a vraiment aidé.

Yacine""",
        other(),
    ), person="yacine_belhadj"),
    # Feature: our_threads — kind — l'attestation de réussite demandée
    # route: Thomas's answer in our thread (In-Reply-To <…@animafac.net>, our request quoted), the attestation attached → reply
    N("our_threads", "kind", "l'attestation de réussite demandée", M(
        "Thomas Rivière <thomas.riviere@laposte.net>", "Re: Pièce manquante", "11-05 17:30",
        """Bonjour,

Vous trouverez en pièce jointe l'attestation de réussite demandée ; le diplôme lui-même ne sera délivré qu'au printemps.

Cordialement,
Thomas Rivière

Le 04/11/2026 à 11:20, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Thomas,
> Pour compléter votre dossier, pourriez-vous nous transmettre une attestation de réussite de votre licence ?
> Merci,
> Claire""",
        reply(),
        cv=CV("pdf", "attestation_reussite.pdf", """Université de Lille
ATTESTATION DE RÉUSSITE
Le président de l'université atteste que Thomas Rivière
a satisfait aux épreuves de la Licence mention Histoire
session 2 de l'année universitaire 2025-2026, mention passable
Fait à Villeneuve-d'Ascq, le 8 septembre 2026"""),
        headers={"In-Reply-To": "<suivi-2026-11-04-0058@animafac.net>"},
    ), person="thomas_riviere"),
    # Feature: employers_partners — kind — le bilan semestriel
    # route: a funder's programme officer asking for the half-year figures (young people coached, job outcomes, dates) → other
    N("employers_partners", "kind", "le bilan semestriel", M(
        "Isabelle Fournier <i.fournier@fondation-avenir-solidaire.example.org>", "Pro'pulse - bilan à mi-parcours", "11-06 09:05",
        """Bonjour Claire,

Comme prévu dans la convention 2026, pourriez-vous nous transmettre le bilan semestriel du programme avant le 30 novembre ? Nous aurions besoin en particulier du nombre de jeunes accompagnés depuis janvier, de leur niveau de diplôme et du nombre de sorties en emploi (CDI, CDD de plus de six mois).

Le comité se réunit le 10 décembre.

Merci d'avance et belle journée,
Isabelle Fournier
Chargée de programmes, Fondation Avenir Solidaire""",
        other(),
    ), person="fondation_avenir_solidaire"),
    # Feature: machines — kind — Domain not found
    # route: a delivery failure (multipart/report) of our invitation, the address's domain misspelt by the applicant → bounce
    N("machines", "kind", "Domain not found", M(
        "Mail Delivery System <MAILER-DAEMON@smtp.animafac.net>", "Undelivered Mail Returned to Sender", "11-06 10:20",
        """This is the mail system at host smtp.animafac.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<lina.bouzid@gmial.com>: Host or domain name not found. Domain not found: gmial.com""",
        bounce("lina.bouzid@gmial.com"),
        bounce="""Reporting-MTA: dns; smtp.animafac.net
Final-Recipient: rfc822; lina.bouzid@gmial.com
Action: failed
Status: 5.1.2
Diagnostic-Code: X-Postfix; Host or domain name not found. Domain not found: gmial.com""",
    ), person="lina_bouzid"),
    # Feature: first_application — situation — mon stage se termine bientôt
    # ambiguous: a stage in an association «se termine bientôt», no date: it may end before TODAY or after; not_internship open
    # route: a phone mail: a licence pro of June 2026, a stage running that «se termine bientôt» with no date, an association sought → application; bac+3 of 2026, the stage's end open → to verify
    N("first_application", "situation", "mon stage se termine bientôt", M(
        "Sacha Dubois <sacha.dubois@gmail.com>", "Candidature", "11-06 11:45",
        """Bonjour, j'ai eu ma licence pro animation sociale en juin, je fais un stage dans une asso de quartier à Lille et mon stage se termine bientôt. Je voudrais être embauché dans une asso comme animateur. Est ce que je peux candidater ?
Sacha 0671938240
Envoyé de mon téléphone""",
        app("Sacha", "Dubois", phone="+33671938240", bac=3, grad="2026-06", unknown=("not_internship",), status="sacha_stage_fin_bientot"),
    ), person="sacha_dubois"),
    # Feature: questions_before — kind — quand commence la prochaine session
    # route: a question on the next cohort's dates, none of his facts → question
    N("questions_before", "kind", "quand commence la prochaine session", M(
        "Loris Bertin <loris.bertin@free.fr>", "Prochaine session ?", "11-06 14:00",
        """Bonjour,

Quand commence la prochaine session de Pro'pulse, et jusqu'à quand peut-on s'inscrire ?

Merci,
Loris Bertin""",
        question(),
    ), person="loris_bertin"),
    # Feature: english_mail — graduation — I graduated in 2022
    # route: a German graduate writing in English: a BA in social work of 2022 (a year alone) in the first line, an internship in an association running to January 2027 → application (en); 2022 fails graduation_recent and the internship running fails not_internship → not eligible
    N("english_mail", "graduation", "I graduated in 2022", M(
        "Lena Hoffmann <lena.hoffmann@web.example.de>", "Application Pro'pulse", "11-06 15:20",
        """Dear team,

I graduated in 2022 with a Bachelor of Arts in Social Work from the Technische Hochschule Köln. After two years working in a youth centre in Cologne, I moved to Strasbourg, where I am now doing an internship at a migrant support association until the end of January 2027, to improve my French.

After that I would like to stay in France and work for an association. Could Pro'pulse help me?

Best regards,
Lena Hoffmann""",
        app("Lena", "Hoffmann", phone=None, bac=3, grad="2022", failing=("graduation_recent", "not_internship"), language="en", status="lena_ba_2022_internship"),
    ), person="lena_hoffmann"),
    # Feature: our_threads — kind — mardi 10 à 15h ça me va
    # route: Nicolas's answer in our thread (In-Reply-To <…@animafac.net>, our new slot quoted), the moved interview confirmed → reply
    N("our_threads", "kind", "mardi 10 à 15h ça me va", M(
        "Nicolas Petit <nicolas.petit@gmail.com>", "Re: Re: Entretien Pro'pulse", "11-06 17:10",
        """Parfait, mardi 10 à 15h ça me va. Merci d'avoir décalé !
Nicolas

Le 06/11/2026 à 12:31, Pro'pulse a écrit :
> Bonjour Nicolas,
> Pas de souci : nous pouvons vous recevoir le mardi 10 novembre à 15h. Cela vous convient-il ?
> Claire""",
        reply(),
        headers={"In-Reply-To": "<invitation-2026-11-06-0071@animafac.net>"},
    ), person="nicolas_petit"),
    # Feature: first_application — career_change — pour me reconvertir
    # route: a Saturday mail: eight years as a chemical engineer, a master of ESS management of September 2026 taken «pour me reconvertir» in the first paragraph → application; bac+5 of 2026 but a career change said → fails not_career_change → not eligible
    N("first_application", "career_change", "pour me reconvertir", M(
        "Sophie Marchetti <sophie.marchetti@orange.fr>", "Candidature Pro'pulse", "11-07 10:05",
        """Bonjour,

Ingénieure chimiste pendant huit ans dans l'industrie pharmaceutique, j'ai repris l'an dernier un master « Management de l'ESS » à Aix-Marseille pour me reconvertir. Je l'ai obtenu en septembre 2026.

Je cherche maintenant un poste de responsable de projets dans une entreprise d'insertion ou une coopérative. Mon profil est atypique et je me demande comment le présenter.

Bien à vous,
Sophie Marchetti
06 13 48 25 70""",
        app("Sophie", "Marchetti", phone="+33613482570", bac=5, grad="2026-09", failing=("not_career_change",), status="sophie_ingenieure_reconversion"),
    ), person="sophie_marchetti"),
    # Feature: unwanted — kind — la formation des trésoriers
    # route: an association's president writing to the wrong Animafac address about the training of association treasurers → other
    N("unwanted", "kind", "la formation des trésoriers", M(
        "Bernard Huet <bernard.huet@amicale-quartier-nord.example.org>", "Inscription formation trésorier 21/11", "11-07 11:30",
        """Bonjour,

Je souhaiterais inscrire deux membres de notre bureau à la formation des trésoriers du samedi 21 novembre à Paris (comptabilité associative, budget prévisionnel) : Mme Odile Carpentier et M. Rachid Amari.

Faut-il régler l'inscription à l'avance ?

Cordialement,
Bernard Huet
Président de l'Amicale du quartier Nord, Amiens""",
        other(),
    ), person="amicale_quartier_nord"),
    # Feature: not_quite_for_us — kind — un stage de deux mois chez Animafac
    # route: a second-year student asking for an internship AT Animafac, not for the programme (her studies running, but no request to join) → other
    N("not_quite_for_us", "kind", "un stage de deux mois chez Animafac", M(
        "Jules Perrot <jules.perrot@etu.univ-paris.example.fr>", "Demande de stage", "11-07 15:45",
        """Bonjour,

Étudiant en deuxième année d'information-communication à Paris 8, je recherche un stage de deux mois chez Animafac à partir d'avril 2027, dans l'équipe communication ou événementiel.

Je me permets d'écrire à cette adresse car je n'en ai pas trouvé d'autre. Pourriez-vous transmettre ma demande ?

Merci beaucoup,
Jules Perrot""",
        other(),
    ), person="jules_perrot"),
    # Feature: first_application — situation — je fais une mission à la Croix-Rouge
    # ambiguous: «une mission à la Croix-Rouge» with no nature or end told: a service civique, a volunteering or a contract alike; not_internship and not_service_civique open
    # route: a short mail: a BTS SP3S of June 2025, a «mission» at the Red Cross running with no nature told, a post in an association sought → application; bac+2 of 2025, the mission's nature open → to verify
    N("first_application", "situation", "je fais une mission à la Croix-Rouge", M(
        "Manel Saidi <manel.saidi@gmail.com>", "Candidature Pro'pulse", "11-07 18:20",
        """Bonjour,

J'ai obtenu mon BTS SP3S en juin 2025 à Lyon. En ce moment je fais une mission à la Croix-Rouge, à l'accueil de jour pour personnes sans abri.

J'aimerais trouver un emploi de coordinatrice ou de travailleuse sociale dans une association. Pouvez-vous m'accompagner ?

Merci,
Manel Saidi
07 45 32 18 69""",
        app("Manel", "Saidi", phone="+33745321869", bac=2, grad="2025-06", unknown=("not_internship", "not_service_civique"), status="manel_mission_croix_rouge"),
    ), person="manel_saidi"),
    # Feature: participants — kind — faut-il apporter un ordinateur
    # route: a participant of the cohort asking how Thursday's CV workshop runs, none of her facts → question (a question on the programme's practice, no fact)
    N("participants", "kind", "faut-il apporter un ordinateur", M(
        "Sarah Benali <sarah.benali@gmail.com>", "Atelier CV jeudi", "11-08 10:30",
        """Bonjour Claire,

Pour l'atelier CV de jeudi avec la coach, faut-il apporter un ordinateur ou est-ce qu'on travaille sur papier ? Et est-ce que ça commence à 9h30 comme d'habitude ?

Merci,
Sarah""",
        question(),
    ), person="sarah_benali"),
    # Feature: machines — kind — en congé parental
    # route: the France Travail adviser's auto-reply (Auto-Submitted), parental leave, a colleague named → auto-reply
    N("machines", "kind", "en congé parental", M(
        "Sandrine Colin <sandrine.colin@francetravail.example.fr>", "Réponse automatique : Présentation d'une demandeuse d'emploi - Mme Koné", "11-08 11:40",
        """Bonjour,

Je suis en congé parental jusqu'au 1er mars 2027. Pour le suivi des personnes que j'accompagne, merci de contacter ma collègue Mme Laure Baron : laure.baron@francetravail.example.fr.

Sandrine Colin
France Travail Lille-Wazemmes""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="france_travail_lille"),
    # Feature: writing_again — graduation — BTS Communication en 2023
    # route: Salomé's first mail: a BTS Communication «en 2023» (a year alone) in the first line, an association sought → application; 2023 fails graduation_recent → not eligible
    N("writing_again", "graduation", "BTS Communication en 2023", M(
        "Salomé Gauthier <salome.gauthier@gmail.com>", "inscription pro'pulse", "11-08 14:10",
        """Bonjour,

J'ai obtenu mon BTS Communication en 2023 au lycée de la Hotoie à Amiens. Je cherche un poste de chargée de communication dans une association culturelle ou sportive de la région.

Pouvez-vous me dire si ma candidature est recevable ?

Salomé Gauthier
06 29 84 51 73""",
        app("Salomé", "Gauthier", phone="+33629845173", bac=2, grad="2023", failing=("graduation_recent",), status="salome_bts_2023"),
    ), person="salome_gauthier"),
    # Feature: from_a_post — aim — an NGO working on food security
    # route: an answer in English to the programme's notice on a job forum for international graduates: a master of June 2026 in Paris, an NGO on food security sought → application (en); bac+5 of 2026, ESS sought → eligible
    N("from_a_post", "aim", "an NGO working on food security", M(
        "Kwame Mensah <kwame.mensah@gmail.com>", "Pro'pulse notice on the Welcome to France job forum", "11-08 16:00",
        """Hello,

I saw your notice on the Welcome to France job forum. I am from Ghana and I completed a Master in International Development at Sciences Po Paris in June 2026, after a BSc at the University of Ghana.

I would like to work for an NGO working on food security or agriculture in West Africa, based in France. I speak English and French (B2).

Thank you,
Kwame Mensah
+33 7 51 84 26 30""",
        app("Kwame", "Mensah", phone="+33751842630", bac=5, grad="2026-06", language="en", status="kwame_forum_ngo"),
    ), person="kwame_mensah"),
    # Feature: our_threads — kind — décaler notre entretien de lundi
    # route: Loïc's answer in our thread (In-Reply-To <…@animafac.net>, our invitation quoted), asking to move the interview for a job interview → reply
    N("our_threads", "kind", "décaler notre entretien de lundi", M(
        "Loïc Ferrer <loic.ferrer@gmail.com>", "Re: Entretien Pro'pulse lundi 9 novembre", "11-08 17:25",
        """Bonsoir,

Je viens d'être convoqué à un entretien d'embauche lundi matin, est-ce que ce serait possible de décaler notre entretien de lundi ? Je suis libre mardi après-midi et jeudi.

Désolé pour le changement,
Loïc

> Bonjour Loïc,
> Nous vous attendons le lundi 9 novembre à 10h30 pour un entretien de 30 minutes.
> Claire, coordinatrice Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<invitation-2026-11-04-0066@animafac.net>"},
    ), person="loic_ferrer"),
    # Feature: first_application — aim — une association d'éducation populaire
    # route: a few paragraphs on a Sunday night: a licence of educational science of June 2025, a year as a school assistant, an association of popular education sought → application; bac+3 of 2025, ESS sought → eligible
    N("first_application", "aim", "une association d'éducation populaire", M(
        "Margaux Henry <margaux.henry@yahoo.fr>", "Pro'pulse", "11-08 19:00",
        """Bonsoir,

J'ai obtenu ma licence de sciences de l'éducation en juin 2025 à l'université de Lille. Depuis un an, je suis assistante d'éducation dans un collège de Roubaix, en CDD jusqu'à fin juin.

Je voudrais travailler dans une association d'éducation populaire, sur des projets avec les jeunes hors de l'école. Je ne sais pas trop comment m'y prendre pour changer de secteur, j'ai vu que votre programme aidait à ça.

Bonne soirée,
Margaux Henry
06 94 25 13 87""",
        app("Margaux", "Henry", phone="+33694251387", bac=3, grad="2025-06", status="margaux_assistante_education"),
    ), person="margaux_henry"),
    # Feature: employers_partners — kind — une présentation du programme à nos étudiants
    # route: an IUT's teacher asking for a presentation of the programme to her licence pro students (a date, «diplômés») → other
    N("employers_partners", "kind", "une présentation du programme à nos étudiants", M(
        "Florence Lemaître <florence.lemaitre@iut-amiens.example.fr>", "Intervention auprès de la licence pro", "11-08 21:30",
        """Bonsoir,

Je suis responsable de la licence professionnelle « Coordination de projets de l'ESS » à l'IUT d'Amiens. Nos étudiants seront diplômés en juin et beaucoup se demandent comment trouver un premier poste.

Seriez-vous d'accord pour venir faire une présentation du programme à nos étudiants, en visio ou sur place, un mardi de janvier ou février ?

Bien cordialement,
Florence Lemaître""",
        other(),
    ), person="iut_amiens"),
]
