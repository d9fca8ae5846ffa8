"""Genres corpus, batch 04 (writer A): short bios or pitches written by the applicant about themself in the
third person («Inès, 24 ans, diplômée… Elle cherche…»), timelines of the person («2021 : bac / 2021-2023 :
BTS / depuis sept. 2025 : …»), and the same genres in English (a cover letter with its CV, a LinkedIn
"About", a chat transcript, a tutor's reference, plain-text résumés); other mail in the same genres (speaker
bios in a newsletter, an out-of-office in the third person, an event timeline, a reply in our thread laid
out as a timeline, an English question, an English bounce)."""
# ruff: noqa: E501

from __future__ import annotations

from genres import N
from kit import CV, M, app, auto_reply, bounce, newsletter, question, reply

MESSAGES = [
    # Feature: bio_third_person — career_change — Pendant ses études, elle a travaillé le week-end comme serveuse
    # genre: bio sentence «Pendant ses études, elle a travaillé le week-end comme serveuse» = a student job, not a trade → meets not_career_change
    N("bio_third_person", "career_change", "Pendant ses études, elle a travaillé le week-end comme serveuse", M(
        "Inès Zeroual <ines.zeroual@example.org>", "Ma candidature (bio)", "02 18:30",
        """Bonjour, voici la petite bio que j'utilise pour mon portfolio :

Inès, 24 ans, est diplômée d'une licence professionnelle Métiers de la communication des organisations de l'ESS (juin 2025). Pendant ses études, elle a travaillé le week-end comme serveuse dans une brasserie de Montpellier. Passionnée de vidéo, elle a réalisé les films de deux associations de quartier. Elle cherche aujourd'hui un poste de chargée de communication dans une association ou une coopérative.

Inès Zeroual — 06 74 29 15 83""",
        app("Inès", "Zeroual", phone="+33674291583", bac=3, grad="2025-06", status="bio_student_job"),
    )),
    # Feature: bio_third_person — aim — Il cherche aujourd'hui un poste de chargé de mission dans une coopérative d'énergie citoyenne
    # genre: bio sentence «Il cherche aujourd'hui un poste de chargé de mission dans une coopérative d'énergie citoyenne» = ESS aim → meets job_seeking_ess
    N("bio_third_person", "aim", "Il cherche aujourd'hui un poste de chargé de mission dans une coopérative d'énergie citoyenne", M(
        "Malo Quéré <malo.quere@example.net>", "Pitch - candidature Pro'pulse", "03 09:12",
        """Bonjour,

Malo Quéré, 26 ans, titulaire d'un master Transition énergétique obtenu en octobre 2025, a animé pendant son alternance les réunions publiques d'un parc éolien participatif. Il cherche aujourd'hui un poste de chargé de mission dans une coopérative d'énergie citoyenne. Il vit à Saint-Brieuc et se déplace volontiers.

Malo — 07 36 18 52 90""",
        app("Malo", "Quéré", phone="+33736185290", bac=5, grad="2025-10", status="bio_energy_coop"),
    )),
    # Feature: bio_third_person — career_change — Après quinze ans dans la logistique, Farid a repris ses études
    # genre: bio sentence «Après quinze ans dans la logistique, Farid a repris ses études» before a DEJEPS of 2026 = another trade for years → fails not_career_change
    N("bio_third_person", "career_change", "Après quinze ans dans la logistique, Farid a repris ses études", M(
        "Farid Benhamou <farid.benhamou@example.com>", "Candidature", "04 20:47",
        """Bonjour,

Je me présente avec le texte de mon profil d'intervenant :

Après quinze ans dans la logistique, Farid a repris ses études. Titulaire du DEJEPS Animation socio-éducative depuis juin 2026, il anime des ateliers de médiation par le sport dans les quartiers de Clermont-Ferrand. Il souhaite rejoindre une association sportive d'insertion.

Farid Benhamou, 06 27 83 40 16""",
        app("Farid", "Benhamou", phone="+33627834016", bac=2, grad="2026-06", failing=("not_career_change",), status="bio_logistics"),
    )),
    # Feature: bio_third_person — graduation — Diplômée d'un master Ingénierie de projets solidaires en 2024
    # ambiguous: the bio gives the year 2024 alone: a master of June 2024 is 29 months old, one of December 2024 is recent
    # genre: bio sentence «Diplômée d'un master Ingénierie de projets solidaires en 2024» = year alone 2024 → graduation_recent open
    N("bio_third_person", "graduation", "Diplômée d'un master Ingénierie de projets solidaires en 2024", M(
        "Roxane Delorme <roxane.delorme@example.fr>", "bio pour Pro'pulse", "05 13:05",
        """Bonjour,

Roxane Delorme. Diplômée d'un master Ingénierie de projets solidaires en 2024, Roxane a coordonné un festival de films engagés à Besançon. Elle aime fédérer des bénévoles et monter des partenariats. Elle souhaite travailler dans une association de solidarité internationale.

Roxane, 06 09 47 31 25""",
        app("Roxane", "Delorme", phone="+33609473125", bac=5, grad="2024", unknown=("graduation_recent",), status="bio_master_2024"),
    )),
    # Feature: bio_third_person — level — Ngozi, 25, holds a bachelor's degree in Community Development (2025)
    # genre: English bio sentence «Ngozi, 25, holds a bachelor's degree in Community Development (2025)» = bac+3 of 2025 → meets degree_level
    N("bio_third_person", "level", "Ngozi, 25, holds a bachelor's degree in Community Development (2025)", M(
        "Ngozi Eze <ngozi.eze@example.org>", "Application - short bio", "06 11:40",
        """Hello,

Here is the bio from my website:

Ngozi, 25, holds a bachelor's degree in Community Development (2025) from the University of Manchester. She has led a tenants' association in Salford and moved to Lille this year. She is looking for a role in a housing charity or a cooperative.

Ngozi Eze
+33 7 42 91 60 38""",
        app("Ngozi", "Eze", phone="+33742916038", bac=3, grad="2025", language="en", status="bio_en_bachelor"),
    )),
    # Feature: bio_third_person — studies_finished — Ses études sont terminées depuis juillet 2026
    # genre: bio sentence «Ses études sont terminées depuis juillet 2026» (master, mémoire soutenu) = studies over → meets studies_finished
    N("bio_third_person", "studies_finished", "Ses études sont terminées depuis juillet 2026", M(
        "Clara Weiss <clara.weiss@example.com>", "Présentation - candidature", "07 16:22",
        """Bonjour,

Clara Weiss, 23 ans, vient de Strasbourg. Ses études sont terminées depuis juillet 2026 : master Science politique, mémoire soutenu sur les budgets participatifs. Elle veut maintenant travailler dans une association d'éducation à la citoyenneté.

Clara — 06 58 02 74 19""",
        app("Clara", "Weiss", phone="+33658027419", bac=5, grad="2026-07", status="bio_studies_over"),
    )),
    # Feature: bio_third_person — kind — Lina Haddad est chargée de plaidoyer au Réseau Santé Solidaire
    # genre: speakers' bios in an event newsletter «Lina Haddad est chargée de plaidoyer au Réseau Santé Solidaire» = about speakers, nobody applies → kind newsletter
    N("bio_third_person", "kind", "Lina Haddad est chargée de plaidoyer au Réseau Santé Solidaire", M(
        "Les Rencontres de l'ESS <infos@rencontres-ess.example.org>", "Les intervenants du 5 décembre", "08 07:15",
        """LES RENCONTRES DE L'ESS — 5 DÉCEMBRE

Nos intervenants :
Lina Haddad est chargée de plaidoyer au Réseau Santé Solidaire. Elle a fondé deux centres de santé associatifs.
Gilles Moutou, ancien directeur de SCOP, accompagne aujourd'hui les reprises d'entreprises par leurs salariés.

Inscriptions sur notre site. Se désabonner.""",
        newsletter(),
    )),
    # Feature: bio_third_person — kind — Camille Durand est en déplacement jusqu'au 27 novembre
    # genre: an out-of-office in the third person «Camille Durand est en déplacement jusqu'au 27 novembre» = automatic answer → kind auto_reply
    N("bio_third_person", "kind", "Camille Durand est en déplacement jusqu'au 27 novembre", M(
        "Camille Durand <camille.durand@fondation-avenir.example.org>", "Réponse automatique", "09 08:00",
        """Camille Durand est en déplacement jusqu'au 27 novembre. Pour toute urgence, contactez le secrétariat de la Fondation Avenir Solidaire.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: timeline — studies_finished — juin 2026 : fin du master, diplôme obtenu
    # genre: timeline line «juin 2026 : fin du master, diplôme obtenu» = studies over in June → meets studies_finished
    N("timeline", "studies_finished", "juin 2026 : fin du master, diplôme obtenu", M(
        "Théa Marchand <thea.marchand@example.org>", "Mon parcours en quelques dates", "10 10:30",
        """Bonjour,

Mon parcours en quelques dates :

2019 : bac ES, lycée Montaigne (Bordeaux)
2019-2022 : licence Économie, Université de Bordeaux
2022-2023 : année de césure, bénévole au Secours catholique
2024-2026 : master Économie sociale et solidaire
juin 2026 : fin du master, diplôme obtenu
depuis : recherche d'un poste dans une mutuelle ou une association

Théa Marchand — 06 21 53 84 70""",
        app("Théa", "Marchand", phone="+33621538470", bac=5, grad="2026-06", status="timeline_master_june"),
    )),
    # Feature: timeline — situation — depuis sept. 2026 : service civique à la Ligue contre le cancer (8 mois)
    # genre: timeline line «depuis sept. 2026 : service civique à la Ligue contre le cancer (8 mois)» = held until about April 2027 → fails not_service_civique
    N("timeline", "situation", "depuis sept. 2026 : service civique à la Ligue contre le cancer (8 mois)", M(
        "Nolan Picard <nolan.picard@example.net>", "Candidature - chronologie", "11 19:55",
        """Bonjour,

2020 : bac STMG
2020-2022 : BTS Support à l'action managériale
2022-2025 : licence Gestion (en alternance), obtenue en juin 2025
depuis sept. 2026 : service civique à la Ligue contre le cancer (8 mois)

Objectif : un poste d'assistant de gestion dans une association de santé.
Nolan Picard, 07 85 30 16 42""",
        app("Nolan", "Picard", phone="+33785301642", bac=3, grad="2025-06", failing=("not_service_civique",), status="timeline_civic_now"),
    )),
    # Feature: timeline — career_change — 2018-2022 : quelques années en intérim, différents postes
    # ambiguous: «quelques années en intérim, différents postes» between the bac and the BTS: a trade or odd jobs, the timeline does not say
    # genre: timeline line «2018-2022 : quelques années en intérim, différents postes» = past work of unclear kind → not_career_change open
    N("timeline", "career_change", "2018-2022 : quelques années en intérim, différents postes", M(
        "Jérémy Lopes <jeremy.lopes@example.com>", "parcours", "12 21:10",
        """Bonjour,

2017 : bac pro Commerce
2018-2022 : quelques années en intérim, différents postes
2023-2025 : BTS Économie sociale familiale (obtenu en juin 2025)
2025-2026 : animateur périscolaire

Je voudrais travailler dans un centre social associatif.
Jérémy Lopes — 06 40 72 95 13""",
        app("Jérémy", "Lopes", phone="+33640729513", bac=2, grad="2025-06", unknown=("not_career_change",), status="timeline_interim_years"),
    )),
    # Feature: timeline — graduation — juillet 2025 : BUT Carrières sociales, IUT de Lannion
    # genre: timeline line «juillet 2025 : BUT Carrières sociales, IUT de Lannion» = 16 months → meets graduation_recent
    N("timeline", "graduation", "juillet 2025 : BUT Carrières sociales, IUT de Lannion", M(
        "Elouan Cadiou <elouan.cadiou@example.fr>", "Candidature Pro'pulse", "13 08:45",
        """Bonjour,

Ma chronologie :
2022 : bac général
juillet 2025 : BUT Carrières sociales, IUT de Lannion
août 2025 - août 2026 : animateur jeunesse en CDD, Ville de Morlaix
septembre 2026 : recherche d'emploi, projet : coordinateur dans une fédération d'éducation populaire

Elouan Cadiou, 06 33 18 90 57""",
        app("Elouan", "Cadiou", phone="+33633189057", bac=3, grad="2025-07", status="timeline_but_july"),
    )),
    # Feature: timeline — situation — mars 2026 - août 2026 : stage de fin d'études, Fondation Raoul-Vincent
    # genre: timeline line «mars 2026 - août 2026 : stage de fin d'études, Fondation Raoul-Vincent» = internship over in August → meets not_internship
    N("timeline", "situation", "mars 2026 - août 2026 : stage de fin d'études, Fondation Raoul-Vincent", M(
        "Lou Arnaud-Cissé <lou.arnaudcisse@example.org>", "Mon parcours", "14 17:03",
        """Bonjour,

2021 : bac
2021-2024 : licence Sociologie
2024-2026 : master Politiques sociales (obtenu en septembre 2026)
mars 2026 - août 2026 : stage de fin d'études, Fondation Raoul-Vincent
maintenant : je cherche un poste de chargée d'études dans une fondation ou une fédération associative

Lou — 07 67 24 81 09""",
        app("Lou", "Arnaud-Cissé", phone="+33767248109", bac=5, grad="2026-09", status="timeline_intern_over"),
    )),
    # Feature: timeline — kind — 14 h 00 : accueil des participants
    # genre: the timeline of a partner's event «14 h 00 : accueil des participants» = programme of a day, no applicant → kind newsletter
    N("timeline", "kind", "14 h 00 : accueil des participants", M(
        "CRESS Occitanie <agenda@cress-occ.example.org>", "Programme de l'après-midi du 10 décembre", "15 06:45",
        """Programme de l'après-midi « Emploi et ESS » — 10 décembre

14 h 00 : accueil des participants
14 h 30 : table ronde, recruter dans une SCOP
16 h 00 : speed-meeting employeurs et jeunes diplômés
17 h 30 : clôture

Lettre d'information de la CRESS — se désinscrire""",
        newsletter(),
    )),
    # Feature: timeline — kind — mardi 1er décembre : je vous envoie la pièce d'identité
    # genre: in our thread, the applicant's next steps laid out as dates «mardi 1er décembre : je vous envoie la pièce d'identité» = answer to our mail → kind reply
    N("timeline", "kind", "mardi 1er décembre : je vous envoie la pièce d'identité", M(
        "Adèle Fontaine <adele.fontaine@example.net>", "Re: Pro'pulse — pièces à fournir", "16 12:12",
        """Bonjour,

Voici ce que je prévois :
lundi 30 novembre : je passe chercher l'attestation à la mairie
mardi 1er décembre : je vous envoie la pièce d'identité
jeudi 3 décembre : entretien avec vous comme convenu

Adèle

> Le 15 nov. 2026, Pro'pulse <propulse@animafac.net> a écrit :
> Merci de nous faire parvenir les pièces manquantes.""",
        reply(),
        headers={"In-Reply-To": "<pieces-7731@animafac.net>", "References": "<pieces-7731@animafac.net>"},
    )),
    # Feature: english_genres — graduation — I completed my Master's in Nonprofit Management at Queen Mary University of London in September 2025
    # genre: English cover letter's 1st paragraph «I completed my Master's in Nonprofit Management at Queen Mary University of London in September 2025» = 14 months → meets graduation_recent
    N("english_genres", "graduation", "I completed my Master's in Nonprofit Management at Queen Mary University of London in September 2025", M(
        "Hannah Whitfield <hannah.whitfield@example.com>", "Cover letter – Pro'pulse programme", "17 09:30",
        """Hannah Whitfield
12 rue des Carmes
75005 Paris
+33 6 70 43 25 81

Pro'pulse – Animafac
Paris, 17 November 2026

Re: Application to the Pro'pulse programme

Dear Sir or Madam,

I completed my Master's in Nonprofit Management at Queen Mary University of London in September 2025, and I have lived in Paris since January.

During my studies I volunteered for a refugee legal clinic, where I coordinated forty volunteers and drafted funding bids.

I am looking for a position as a programme officer in a French association or foundation, and my CV is attached.

Yours faithfully,
Hannah Whitfield""",
        app("Hannah", "Whitfield", phone="+33670432581", bac=5, grad="2025-09", language="en", status="en_letter_master"),
        cv=CV("pdf", "CV_Hannah_Whitfield.pdf", """Hannah Whitfield
Programme officer
MSc Nonprofit Management — Queen Mary University of London
Volunteer coordinator — refugee legal clinic
French B2"""),
    )),
    # Feature: english_genres — situation — Civic service volunteer · Sep 2025 - Jun 2026 · 10 mos
    # genre: LinkedIn Experience line «Civic service volunteer · Sep 2025 - Jun 2026 · 10 mos» = civic service over → meets not_service_civique
    N("english_genres", "situation", "Civic service volunteer · Sep 2025 - Jun 2026 · 10 mos", M(
        "Jonas Becker <jonas.becker@example.org>", "My LinkedIn profile (application)", "18 14:05",
        """Hi,

I am pasting my LinkedIn profile:

Jonas Becker
Youth worker | Community education | Open to work
Lyon

About
German and French, graduated in 2025 with a BA in Social Work from the University of Freiburg. I want to work for a youth association or a community centre.

Experience
Unis-Cité
Civic service volunteer · Sep 2025 - Jun 2026 · 10 mos

Education
University of Freiburg
BA Social Work · 2021 - 2025

Jonas — +33 7 51 36 28 94""",
        app("Jonas", "Becker", phone="+33751362894", bac=3, grad="2025", language="en", status="en_profile_civic_over"),
    )),
    # Feature: english_genres — situation — Me: still volunteering at the food bank for now
    # ambiguous: «volunteering at the food bank for now» names no scheme (civic service or plain volunteering) and no end
    # genre: English chat turn «Me: still volunteering at the food bank for now» = volunteering of unstated scheme held now → not_service_civique open
    N("english_genres", "situation", "Me: still volunteering at the food bank for now", M(
        "Kwame Asante <kwame.asante@example.net>", "Application (chat with my tutor)", "19 22:14",
        """Hello, my former tutor suggested I send you our chat:

Tutor: did you finish your degree?
Me: yes, BSc in Geography, Leeds, July 2025
Tutor: and what are you doing now?
Me: still volunteering at the food bank for now
Tutor: then apply to Pro'pulse, they place people in co-ops and charities
Me: will do, that's exactly the kind of job I want

Kwame Asante
+33 6 05 82 47 19""",
        app("Kwame", "Asante", phone="+33605824719", bac=3, grad="2025-07", unknown=("not_service_civique",), language="en", status="en_chat_foodbank"),
    )),
    # Feature: english_genres — career_change — Before joining our course, Mr Osei worked for twelve years as a warehouse supervisor
    # genre: tutor's reference sentence «Before joining our course, Mr Osei worked for twelve years as a warehouse supervisor» = another trade for years → fails not_career_change
    N("english_genres", "career_change", "Before joining our course, Mr Osei worked for twelve years as a warehouse supervisor", M(
        "Daniel Osei <daniel.osei@example.com>", "Application - reference from my tutor", "20 10:48",
        """Hello, please find my tutor's reference below.

To whom it may concern,

I am pleased to recommend Daniel Osei, who completed our BA in Community Management in June 2026 with distinction. Before joining our course, Mr Osei worked for twelve years as a warehouse supervisor. He is reliable, mature and deeply committed to cooperative enterprise, and he now wants to work for a worker cooperative.

Dr Ellen Marsh
Senior Lecturer, Community Management

Daniel Osei
+33 7 09 64 13 58""",
        app("Daniel", "Osei", phone="+33709641358", bac=3, grad="2026-06", failing=("not_career_change",), language="en", status="en_reference_warehouse"),
    )),
    # Feature: english_genres — level — 2022-2025   BSc (Hons) Social Policy, University of Leeds
    # genre: plain-text résumé EDUCATION line «2022-2025 BSc (Hons) Social Policy, University of Leeds» = bachelor's → meets degree_level
    N("english_genres", "level", "2022-2025   BSc (Hons) Social Policy, University of Leeds", M(
        "Megan Price <megan.price@example.org>", "CV (in the email body)", "21 15:27",
        """Hi, my CV below (the attachment would not upload).

MEGAN PRICE
Nantes · +33 6 48 21 70 93

EDUCATION
2022-2025   BSc (Hons) Social Policy, University of Leeds

EXPERIENCE
2025-2026   Community support worker (fixed-term), Leeds City Mission

OBJECTIVE
Project officer in a French association working on homelessness

Megan""",
        app("Megan", "Price", phone="+33648217093", bac=3, grad="2025", language="en", status="en_resume_bsc"),
    )),
    # Feature: english_genres — studies_finished — 2024-2026   MA Social Economy, Universidad de Deusto — thesis submitted, final results pending
    # ambiguous: the thesis is submitted but the results are pending: the degree may not be awarded yet
    # genre: résumé EDUCATION line «2024-2026 MA Social Economy, Universidad de Deusto — thesis submitted, final results pending» = every exam sat, results to come → studies_finished open
    N("english_genres", "studies_finished", "2024-2026   MA Social Economy, Universidad de Deusto — thesis submitted, final results pending", M(
        "Iker Etxeberria <iker.etxeberria@example.net>", "Application - résumé", "22 11:03",
        """Hello,

IKER ETXEBERRIA
Bayonne · +33 7 27 50 84 36

EDUCATION
2024-2026   MA Social Economy, Universidad de Deusto — thesis submitted, final results pending
2020-2024   BA Business, Universidad del País Vasco

EXPERIENCE
2025        Intern, Mondragon cooperative network (4 months)

GOAL
A job in a worker cooperative in the Basque Country

Iker""",
        app("Iker", "Etxeberria", phone="+33727508436", bac=5, grad=None, unknown=("studies_finished",), language="en", status="en_resume_results_pending"),
    )),
    # Feature: english_genres — aim — Programme officer | Cooperatives & charities | Open to work
    # genre: LinkedIn headline «Programme officer | Cooperatives & charities | Open to work» with the About asking for a co-op = ESS aim → meets job_seeking_ess
    N("english_genres", "aim", "Programme officer | Cooperatives & charities | Open to work", M(
        "Amara Conteh <amara.conteh@example.fr>", "LinkedIn profile - application", "23 17:40",
        """Hello,

Amara Conteh
Programme officer | Cooperatives & charities | Open to work
Marseille

About
MA in International Development (Sussex, 2025). I want to work for a cooperative or a charity in Marseille.

Experience
Intern, Oxfam Marseille · Feb 2025 - Jul 2025 · 6 mos

Education
University of Sussex
MA International Development · 2024 - 2025

Amara — +33 6 83 12 59 04""",
        app("Amara", "Conteh", phone="+33683125904", bac=5, grad="2025", language="en", status="en_profile_coops"),
    )),
    # Feature: english_genres — kind — I would be grateful if you could let me know whether part-time applicants are accepted.
    # genre: an English letter-style question «I would be grateful if you could let me know whether part-time applicants are accepted.» = no personal fact → kind question
    N("english_genres", "kind", "I would be grateful if you could let me know whether part-time applicants are accepted.", M(
        "R. Thompson <r.thompson@example.org>", "Enquiry about Pro'pulse", "24 09:20",
        """Dear Sir or Madam,

I would be grateful if you could let me know whether part-time applicants are accepted. I would also like to know when the next session starts.

Kind regards,
R. Thompson""",
        question("en"),
    )),
    # Feature: english_genres — kind — Your message could not be delivered to oliver.grant@example.com
    # genre: an English bounce «Your message could not be delivered to oliver.grant@example.com» = delivery failure → kind bounce
    N("english_genres", "kind", "Your message could not be delivered to oliver.grant@example.com", M(
        "Mail Delivery System <postmaster@mail.example.com>", "Undeliverable: Your application to Pro'pulse", "25 07:50",
        """Your message could not be delivered to oliver.grant@example.com.
The recipient's mailbox is full.""",
        bounce("oliver.grant@example.com"),
        bounce="Reporting-MTA: dns; mail.example.com\nFinal-Recipient: rfc822; oliver.grant@example.com\nAction: failed\nStatus: 5.2.2",
    )),
]
