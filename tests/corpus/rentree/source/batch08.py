"""Rentrée corpus, batch 08 (writer B): Thursday 29 – Saturday 31 October 2026, each mail read on its own day.
The month's end: a service or an internship «jusqu'au 31» or «demain» still runs on the day it is read,
re-sit juries sit in early November, the Mois de l'ESS is announced, parents and schools write for others."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from rentree import N

MESSAGES = [
    # Feature: rentree_other_mail — kind — 40 rendez-vous en Occitanie
    # route: a regional network's HTML-only newsletter announcing November's events (List-Unsubscribe, Precedence: bulk) → newsletter
    N("rentree_other_mail", "kind", "40 rendez-vous en Occitanie", M(
        "Mois de l'ESS Occitanie <infolettre@moisess-occitanie.example.org>",
        "Le Mois de l'ESS arrive : 40 rendez-vous en Occitanie",
        "2026-10-29 08:05",
        """Le Mois de l'ESS arrive : 40 rendez-vous en Occitanie

Du 2 au 30 novembre : portes ouvertes de SCOP, job-dating « Premier emploi dans l'ESS » à Montpellier le 17 novembre, ciné-débats, marchés de producteurs.

Tout le programme sur moisess-occitanie.example.org.

Pour ne plus recevoir cette infolettre : https://moisess-occitanie.example.org/desinscription""",
        newsletter(),
        html="only",
        headers={"List-Unsubscribe": "<https://moisess-occitanie.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: written_for — aim — dans une banque ou une assurance
    # route: a father writes for his son (the son's address and phone given): a licence of 2026, a post sought «dans une banque ou une assurance», no ESS employer → application forwarded_by the father; job_seeking_ess fails → not_eligible
    N("written_for", "aim", "dans une banque ou une assurance", M(
        "Gilles Perrault <gilles.perrault@wanadoo.fr>",
        "Candidature de mon fils Arthur",
        "2026-10-29 08:50",
        """Bonjour,

Mon fils Arthur Perrault a obtenu sa licence Économie et gestion en juin à Poitiers. Il cherche depuis l'été un premier poste de conseiller clientèle, de préférence dans une banque ou une assurance près de chez nous, mais il n'a que des refus. On m'a parlé de votre programme d'accompagnement pour les jeunes diplômés.

Vous pouvez le joindre au 06 85 42 17 39 ou à arthur.perrault86@gmail.com.

Cordialement,
Gilles Perrault""",
        app("Arthur", "Perrault", phone="+33685421739", bac=3, grad="2026-06", failing=("job_seeking_ess",), email="arthur.perrault86@gmail.com", forwarded_by="gilles.perrault@wanadoo.fr", status="b_arthur_banque_pere"),
    )),
    # Feature: internship_now — situation — mon stage s'est terminé hier
    # route: the body: a BTS of 2026 then a summer internship, «mon stage s'est terminé hier» (28 October), over on 2026-10-29 → not_internship meets; an association sought → eligible
    N("internship_now", "situation", "mon stage s'est terminé hier", M(
        "Elsa Moulin <elsa.moulin@gmail.com>",
        "candidature pour le programme",
        "2026-10-29 09:40",
        """Bonjour,

Mon stage s'est terminé hier, au service communication d'une association de protection de l'enfance à Dijon (quatre mois, convention avec mon école de formation continue). J'ai un BTS Communication obtenu en juin.

Je suis maintenant disponible à plein temps pour chercher un poste de chargée de communication dans une association. Est-ce que je peux candidater ?

Elsa Moulin
06 39 51 84 27""",
        app("Elsa", "Moulin", phone="+33639518427", bac=2, grad="2026-06", status="b_elsa_stage_fini_hier"),
    )),
    # Feature: career_change — career_change — après quinze ans dans la banque
    # route: an HTML-only mail: a master of 2026 taken «après quinze ans dans la banque», a reconversion she names → not_career_change fails → not_eligible
    N("career_change", "career_change", "après quinze ans dans la banque", M(
        "Véronique Saint-Clair <veronique.saintclair@orange.fr>",
        "Candidature - reconversion",
        "2026-10-29 11:15",
        """Bonjour,

J'ai 41 ans et je suis en pleine reconversion : après quinze ans dans la banque (conseillère puis directrice d'agence), j'ai repris des études et obtenu en septembre un master Management des organisations de l'ESS à Nantes.

Je recherche un poste de directrice adjointe ou de responsable administrative dans une association. Votre programme est-il ouvert aux personnes en reconversion ?

Bien cordialement,
Véronique Saint-Clair
06 73 84 19 52""",
        app("Véronique", "Saint-Clair", phone="+33673841952", bac=5, grad="2026-09", failing=("not_career_change",), status="b_veronique_quinze_ans_banque"),
        html="only",
    )),
    # Feature: rentree_other_mail — kind — une amie peut-elle venir avec moi
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our thanks quoted) asking whether a friend may come to the next meeting → reply
    N("rentree_other_mail", "kind", "une amie peut-elle venir avec moi", M(
        "Anaïs Delorme <anais.delorme@gmail.com>",
        "Re: Merci pour votre participation à la réunion d'information",
        "2026-10-29 13:00",
        """Bonjour,

Merci à vous, la réunion était très claire ! Petite question : une amie peut-elle venir avec moi à la prochaine réunion d'information ? Elle hésite encore à candidater.

Anaïs

Le 28/10/2026 à 18:05, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Anaïs,
> Merci pour votre participation à la réunion d'information de ce mardi. Vous recevrez d'ici une semaine une proposition d'entretien.""",
        reply(),
        headers={"In-Reply-To": "<merci-2026-10-28-0071@animafac.net>", "References": "<merci-2026-10-28-0071@animafac.net>"},
    )),
    # Feature: english_stage — aim — a consulting firm or a tech start-up
    # route: an English mail: an MSc of 2026, a post sought in «a consulting firm or a tech start-up», no ESS employer → job_seeking_ess fails → not_eligible, language en
    N("english_stage", "aim", "a consulting firm or a tech start-up", M(
        "Daan Visser <daan.visser@outlook.com>",
        "Job search support",
        "2026-10-29 14:30",
        """Hello,

I'm Dutch and I finished my MSc in Business Analytics at Erasmus University Rotterdam this August. I moved to Paris with my girlfriend and I'm looking for a job as a data analyst in a consulting firm or a tech start-up.

A colleague of hers mentioned your programme helps young graduates find their first job. Could I join?

Best,
Daan Visser
+33 6 21 90 57 34""",
        app("Daan", "Visser", phone="+33621905734", bac=5, grad="2026-08", failing=("job_seeking_ess",), language="en", status="b_daan_consulting_start_up"),
    )),
    # Feature: back_to_school — studies_finished — le jury de rattrapage se réunit le 5 novembre
    # route: the body: a BTS whose re-sit was taken in October, «le jury de rattrapage se réunit le 5 novembre», after 2026-10-29 (the kit's convention: a jury awaited, nothing else said) → studies_finished open → to_verify
    N("back_to_school", "studies_finished", "le jury de rattrapage se réunit le 5 novembre", M(
        "Ludivine Pereira <ludivine.pereira@hotmail.fr>",
        "Inscription Pro'pulse",
        "2026-10-29 16:20",
        """Bonjour,

J'ai repassé en octobre deux épreuves de mon BTS Économie sociale familiale et le jury de rattrapage se réunit le 5 novembre. Je n'ai pas voulu me réinscrire pour une année de plus, je veux travailler.

Je cherche un poste de conseillère en ESF dans une association d'accompagnement au logement, du côté de Lyon.

Ludivine Pereira
07 42 16 83 59""",
        app("Ludivine", "Pereira", phone="+33742168359", bac=2, grad=None, unknown=("studies_finished",), status="b_ludivine_jury_5_novembre"),
    )),
    # Feature: fresh_graduate — aim — un poste dans la culture
    # route: the body: a master obtained in September 2026, «un poste dans la culture» with no employer nor sector of the ESS named → job_seeking_ess open → to_verify
    N("fresh_graduate", "aim", "un poste dans la culture", M(
        "Timéo Garnier <timeo.garnier@gmail.com>",
        "candidature",
        "2026-10-29 17:45",
        """Bonjour,

Je viens de finir mon master Médiation culturelle (jury de septembre, diplôme obtenu) et je cherche un poste dans la culture, médiation ou production, à Rennes ou Nantes.

Je vous joins volontiers mon CV si vous le souhaitez.

Timéo Garnier
06 54 32 71 86""",
        app("Timéo", "Garnier", phone="+33654327186", bac=5, grad="2026-09", unknown=("job_seeking_ess",), status="b_timeo_poste_culture"),
    )),
    # Feature: rentree_other_mail — kind — offre d'alternance
    # route: a federation asking us to relay an apprenticeship offer to the young people we meet; no applicant → other
    N("rentree_other_mail", "kind", "offre d'alternance", M(
        "Fédération des Foyers Ruraux 35 <contact@foyersruraux35.example.org>",
        "Diffusion d'une offre d'alternance - assistant·e de communication",
        "2026-10-30 08:20",
        """Bonjour,

Notre fédération recherche un·e assistant·e de communication en alternance (licence pro ou bachelor, rentrée décalée en janvier 2027, Rennes). Nous savons que vous accompagnez de jeunes diplômé·es : si certain·es souhaitent reprendre une formation en alternance, n'hésitez pas à leur transmettre notre offre d'alternance.

Bien à vous,
Gaël Le Floch
Chargé de vie associative""",
        other(),
    )),
    # Feature: not_finished — studies_finished — finalement le jury m'a validé ma licence
    # route: the DOCX CV and the body: a licence first reported as failed, «finalement le jury m'a validé ma licence» on Tuesday (27 October), read on 2026-10-30 → graduation 2026-10, studies finished → eligible
    N("not_finished", "studies_finished", "finalement le jury m'a validé ma licence", M(
        "Hamza El Idrissi <hamza.elidrissi@gmail.com>",
        "Candidature Pro'pulse - Hamza El Idrissi",
        "2026-10-30 09:15",
        """Bonjour,

Je pensais devoir refaire une année : il me manquait des points en statistiques. Mais finalement le jury m'a validé ma licence mardi, par compensation. Je suis donc diplômé de la licence de sociologie de Rouen.

Je cherche un poste de chargé d'études ou d'animateur dans une association d'éducation populaire. Mon CV est en pièce jointe.

Hamza El Idrissi""",
        app("Hamza", "El Idrissi", phone="+33617485320", bac=3, grad="2026-10", status="b_hamza_licence_validee_mardi"),
        cv=CV("docx", "CV Hamza El Idrissi.docx", """Hamza El Idrissi
Rouen - 06 17 48 53 20 - hamza.elidrissi@gmail.com
Formation
2023-2026 Licence de sociologie, Université de Rouen Normandie (validée en octobre 2026)
2023 Baccalauréat général, lycée Jeanne-d'Arc
Expériences
2025-2026 Animateur d'aide aux devoirs, Ligue de l'enseignement 76
Été 2024 Équipier, Restos du Cœur (bénévolat)"""),
    )),
    # Feature: after_civic_service — situation — mon service civique jusqu'au 31 octobre
    # route: the body: a licence of 2025, «mon service civique jusqu'au 31 octobre», running on 2026-10-30 (its last day is tomorrow) → not_service_civique fails → not_eligible
    N("after_civic_service", "situation", "mon service civique jusqu'au 31 octobre", M(
        "Manon Lagarde <manon.lagarde@gmail.com>",
        "Pro'pulse - candidature",
        "2026-10-30 10:30",
        """Bonjour,

Je fais mon service civique jusqu'au 31 octobre, donc plus qu'une journée ! C'était à la Maison de l'Europe de Besançon, sur la mobilité des jeunes. J'ai une licence LEA de 2025.

Dès lundi je serai à la recherche d'un emploi dans une association d'éducation à la citoyenneté européenne ou de mobilité internationale. Est-ce que je peux candidater ?

Manon Lagarde
06 82 19 47 30""",
        app("Manon", "Lagarde", phone="+33682194730", bac=3, grad="2025", failing=("not_service_civique",), status="b_manon_sc_jusqu_au_31"),
    )),
    # Feature: back_from_abroad — level — un graduat en animation
    # route: the DOCX CV and the body: a Congolese «graduat en animation» of 2025, its length and equivalence not told → degree_level open → to_verify
    N("back_from_abroad", "level", "un graduat en animation", M(
        "Christelle Mukendi <christelle.mukendi@gmail.com>",
        "Candidature",
        "2026-10-30 11:45",
        """Bonjour,

Je suis arrivée de Kinshasa en février. J'ai un graduat en animation socioculturelle de l'Institut supérieur de Kinshasa, obtenu en 2025, et j'ai travaillé deux ans comme animatrice bénévole dans un centre pour jeunes.

Je cherche un emploi d'animatrice dans un centre social ou une association de quartier en Île-de-France. Je joins mon CV.

Christelle Mukendi
07 58 63 20 14""",
        app("Christelle", "Mukendi", phone="+33758632014", bac=None, grad="2025", unknown=("degree_level",), status="b_christelle_graduat"),
        cv=CV("docx", "CV_Christelle_Mukendi.docx", """Christelle MUKENDI
Montreuil - 07 58 63 20 14 - christelle.mukendi@gmail.com
Animatrice socioculturelle
Formation
2022-2025 Graduat en animation socioculturelle, Institut supérieur de Kinshasa
2022 Diplôme d'État (fin d'études secondaires), Kinshasa
Expériences
2023-2025 Animatrice bénévole, Centre Jeunesse Espoir, Kinshasa
Langues : français, lingala, anglais (notions)"""),
    )),
    # Feature: written_for — level — BUT Carrières sociales
    # route: an HTML-only mail of a school's careers office presenting a graduate (her address and phone given): a BUT Carrières sociales of June 2026 (bac+3), an association sought → application forwarded_by the careers office; eligible
    N("written_for", "level", "BUT Carrières sociales", M(
        "Service insertion IUT Paris-Rives de Seine <insertion@iut-rivesdeseine.example.fr>",
        "Présentation d'une diplômée : Amel Khelifi",
        "2026-10-30 13:10",
        """Bonjour,

Le service insertion de l'IUT vous présente Amel Khelifi, diplômée en juin 2026 du BUT Carrières sociales (parcours Éducation spécialisée), bac+3. Elle recherche un poste d'éducatrice ou d'animatrice dans une association de protection de l'enfance et souhaiterait bénéficier de votre accompagnement.

Contact : amel.khelifi@gmail.com - 06 49 72 38 15.

Cordialement,
Le service insertion professionnelle""",
        app("Amel", "Khelifi", phone="+33649723815", bac=3, grad="2026-06", email="amel.khelifi@gmail.com", forwarded_by="insertion@iut-rivesdeseine.example.fr", status="b_amel_but_iut"),
        html="only",
    )),
    # Feature: rentree_other_mail — kind — Votre demande n° 48213 a bien été reçue
    # route: a helpdesk's automatic acknowledgement (Auto-Submitted) of our mail → auto_reply
    N("rentree_other_mail", "kind", "Votre demande n° 48213 a bien été reçue", M(
        "Support Solidatech <support@solidatech-aide.example.org>",
        "[Ticket 48213] Votre demande a bien été reçue",
        "2026-10-30 14:40",
        """Bonjour,

Votre demande n° 48213 a bien été reçue. Un membre de notre équipe vous répondra sous 3 jours ouvrés.

Ceci est un message automatique.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: first_year_out — level — mon bac pro en 2025
    # route: the body: «mon bac pro en 2025», then a year of seasonal jobs, no diploma above the bac → degree_level fails → not_eligible
    N("first_year_out", "level", "mon bac pro en 2025", M(
        "Enzo Lavergne <enzo.lavergne@gmail.com>",
        "inscription",
        "2026-10-30 15:50",
        """Bonjour

J'ai eu mon bac pro en 2025 (Animation enfance et personnes âgées) et depuis j'ai fait des saisons, animateur en camping et en colo. Je voudrais un vrai poste d'animateur dans une association, à l'année.

Est-ce que votre programme est pour moi ?

Enzo Lavergne
07 39 20 58 61""",
        app("Enzo", "Lavergne", phone="+33739205861", bac=0, grad="2025", failing=("degree_level",), status="b_enzo_bac_pro_2025"),
    )),
    # Feature: internship_now — situation — une PMSMP jusqu'à fin novembre
    # route: the body: a licence of 2025, «une PMSMP jusqu'à fin novembre» at a food bank (an immersion she calls a stage, not said to be an internship under agreement nor a contract) → not_internship open → to_verify
    N("internship_now", "situation", "une PMSMP jusqu'à fin novembre", M(
        "Aurore Lefebvre <aurore.lefebvre@laposte.net>",
        "Candidature Pro'pulse",
        "2026-10-30 17:20",
        """Bonjour,

J'ai une licence d'histoire-géographie de 2025. Ma conseillère France Travail m'a proposé une PMSMP jusqu'à fin novembre à la Banque alimentaire de l'Oise, je l'appelle « mon stage » mais je ne sais pas si c'en est vraiment un.

J'aimerais ensuite trouver un poste de coordinatrice logistique ou de bénévoles dans une association. Puis-je rejoindre Pro'pulse ?

Aurore Lefebvre
06 24 81 37 96""",
        app("Aurore", "Lefebvre", phone="+33624813796", bac=3, grad="2025", unknown=("not_internship",), status="b_aurore_pmsmp"),
    )),
    # Feature: near_the_limit — graduation — master obtenu en janvier 2025
    # route: two lines in the body, the PDF CV: a master «obtenu en janvier 2025», 21 months before 2026-10-31 → graduation_recent meets; a post in an association sought → eligible
    N("near_the_limit", "graduation", "master obtenu en janvier 2025", M(
        "Gwendoline Caradec <gwendoline.caradec@gmail.com>",
        "Candidature Pro'pulse",
        "2026-10-31 09:00",
        """Bonjour,

Veuillez trouver ci-joint mon CV pour votre programme d'accompagnement.

Gwendoline Caradec""",
        app("Gwendoline", "Caradec", phone="+33667295148", bac=5, grad="2025-01", info_in="cv", status="b_gwendoline_master_janvier_2025"),
        cv=CV("pdf", "Caradec_Gwendoline_CV.pdf", """Gwendoline Caradec
Lorient - 06 67 29 51 48 - gwendoline.caradec@gmail.com
Objectif : chargée de projets dans une association environnementale
Formation
Master Gestion de l'environnement, Université Bretagne Sud - master obtenu en janvier 2025
Licence Sciences de la vie, 2022
Expériences
2025-2026 Animatrice nature (CDD), Maison de la mer de Lorient
2024 Stage de fin d'études, Bretagne Vivante"""),
    )),
    # Feature: rentree_other_mail — kind — y a-t-il une limite d'âge
    # route: a question with no fact of the writer's own (an age limit for the programme) → question
    N("rentree_other_mail", "kind", "y a-t-il une limite d'âge", M(
        "s.marechal-dupuis@free.fr",
        "Limite d'âge ?",
        "2026-10-31 10:10",
        """Bonjour, y a-t-il une limite d'âge pour participer à Pro'pulse ? Merci, bonne journée.""",
        question(),
    )),
    # Feature: english_stage — aim — something in marketing or events
    # route: an English mail of a mother writing on behalf of her daughter (the daughter's address and phone given): a BA of 2026, «something in marketing or events», no employer named → application forwarded_by the mother; job_seeking_ess open → to_verify, language en
    N("english_stage", "aim", "something in marketing or events", M(
        "Morag Sinclair <morag.sinclair@btinternet.example.com>",
        "Writing on behalf of my daughter",
        "2026-10-31 10:45",
        """Dear Pro'pulse team,

I am writing on behalf of my daughter, Isla Sinclair, who finished her BA in Marketing at the University of Manchester in July and has just moved to Bordeaux. She is looking for her first job, something in marketing or events, and we thought your programme might help her get started in France.

Her email is isla.sinclair@gmail.com and her French mobile is 07 46 18 52 93.

Kind regards,
Morag Sinclair""",
        app("Isla", "Sinclair", phone="+33746185293", bac=3, grad="2026-07", unknown=("job_seeking_ess",), email="isla.sinclair@gmail.com", forwarded_by="morag.sinclair@btinternet.example.com", language="en", status="b_isla_mother_marketing"),
    )),
    # Feature: rentree_other_mail — kind — un témoignage pour notre dossier
    # route: a local newspaper's journalist asking for a participant's testimony; no applicant fact → other
    N("rentree_other_mail", "kind", "un témoignage pour notre dossier", M(
        "Julien Marceau <j.marceau@lecourrier-local.example.fr>",
        "Demande d'interview - dossier premier emploi",
        "2026-10-31 11:30",
        """Bonjour,

Je suis journaliste au Courrier local et je prépare un dossier sur les jeunes diplômé·es et le premier emploi, à paraître pendant le Mois de l'ESS. Pourriez-vous me mettre en contact avec une personne accompagnée par Pro'pulse, qui accepterait de donner un témoignage pour notre dossier ?

Merci d'avance,
Julien Marceau""",
        other(),
    )),
    # Feature: career_change — career_change — plusieurs expériences professionnelles
    # route: the ODT CV and the body: a licence of 2026 at 34, before it «plusieurs expériences professionnelles» with no trade nor reconversion said → not_career_change open → to_verify
    N("career_change", "career_change", "plusieurs expériences professionnelles", M(
        "Nadia Belhadj <nadia.belhadj@gmail.com>",
        "Candidature",
        "2026-10-31 12:15",
        """Bonjour,

J'ai 34 ans et j'ai obtenu en juin ma licence Administration économique et sociale, à distance, après plusieurs expériences professionnelles. Je cherche un poste de gestionnaire administrative dans une association ou une mutuelle. Mon CV est joint.

Merci de votre attention,
Nadia Belhadj""",
        app("Nadia", "Belhadj", phone="+33685217493", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_nadia_plusieurs_experiences"),
        cv=CV("odt", "CV_Nadia_Belhadj.odt", """Nadia Belhadj
Reims - 06 85 21 74 93 - nadia.belhadj@gmail.com
Formation
2023-2026 Licence AES (enseignement à distance), Université de Reims (obtenue en juin 2026)
Expériences professionnelles
Plusieurs expériences professionnelles en accueil et en administration (détail sur demande)
Bénévolat : trésorière de l'association de parents d'élèves, depuis 2021"""),
    )),
    # Feature: back_to_school — aim — un poste dans l'animation
    # route: the body: a licence pro of June 2026 (her sister's rentrée in BTS is not hers; she is not studying), a job sought «un poste dans l'animation» with no employer named → job_seeking_ess open → to_verify
    N("back_to_school", "aim", "un poste dans l'animation", M(
        "Léa Fontana <lea.fontana@outlook.fr>",
        "Pro'pulse",
        "2026-10-31 13:40",
        """Bonjour,

Ma petite sœur vient de faire sa rentrée en BTS et toute la famille me demande si je reprends aussi les études : non ! J'ai fini ma licence pro Animation en juin et je ne me réinscris pas.

Je cherche un poste dans l'animation, à Perpignan ou pas loin. Pouvez-vous m'aider ?

Léa Fontana
06 57 29 14 83""",
        app("Léa", "Fontana", phone="+33657291483", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_lea_soeur_rentree_bts"),
    )),
    # Feature: written_for — kind — des affiches et des flyers
    # route: a France Travail adviser asking for posters and flyers for her agency, no young person named → other
    N("written_for", "kind", "des affiches et des flyers", M(
        "Corinne Duhamel <corinne.duhamel@francetravail-arras.example.org>",
        "Documentation Pro'pulse pour notre agence",
        "2026-10-31 14:30",
        """Bonjour,

Plusieurs de mes collègues orientent des jeunes diplômé·es vers votre programme. Serait-il possible de nous envoyer des affiches et des flyers pour notre espace d'accueil ? Une vingtaine de flyers suffirait.

Adresse : France Travail Arras, 12 rue des Jardins, 62000 Arras.

Merci,
Corinne Duhamel
Conseillère entreprise et jeunes""",
        other(),
    )),
    # Feature: rentree_other_mail — kind — La lettre des tuteurs
    # route: a civic-service network's newsletter for tutors (List-Unsubscribe, Precedence: bulk); its missions ending and starting are its own → newsletter
    N("rentree_other_mail", "kind", "La lettre des tuteurs", M(
        "Réseau Engagement Civique <lettre@engagement-civique.example.net>",
        "La lettre des tuteurs — novembre 2026",
        "2026-10-31 15:20",
        """La lettre des tuteurs — novembre 2026

Fin de mission : comment accompagner vos volontaires vers l'emploi ou la formation (fiche pratique).
Formation des tuteurs : sessions les 12 et 19 novembre.
Nouvelles missions à pourvoir au 1er décembre.

Se désinscrire : https://engagement-civique.example.net/lettre/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://engagement-civique.example.net/lettre/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: back_from_abroad — aim — n'importe quelle entreprise qui m'embauche
    # route: the body: back from an international solidarity volunteering in Togo (over in August), a licence of 2025, a job sought in an NGO «ou n'importe quelle entreprise qui m'embauche» → whether the search is in the ESS stays open → to_verify
    N("back_from_abroad", "aim", "n'importe quelle entreprise qui m'embauche", M(
        "Baptiste Ndiaye <baptiste.ndiaye@gmail.com>",
        "candidature retour de VSI",
        "2026-10-31 16:40",
        """Bonjour,

Je suis rentré fin août d'un an de volontariat de solidarité internationale au Togo (projets d'accès à l'eau). J'ai une licence de géographie de 2025.

Je cherche un poste dans une ONG de solidarité internationale, ou n'importe quelle entreprise qui m'embauche à vrai dire, parce que les économies fondent. Votre programme peut-il m'aider ?

Baptiste Ndiaye
06 46 82 19 37""",
        app("Baptiste", "Ndiaye", phone="+33646821937", bac=3, grad="2025", unknown=("job_seeking_ess",), status="b_baptiste_vsi_togo"),
    )),
]
