"""Seasons corpus, batch 01 (writer A): Friday 12 – Monday 15 December 2025, read on Monday 15 December 2025.
Autumn juries just held, Christmas ahead, «l'année prochaine» is 2026 and «l'an dernier» 2024; the ESS
network's end-of-year newsletter, a Mission locale adviser's Christmas out-of-office, a reply choosing an
interview day before the holidays, and the applications of people whose internships and civic services run
into the new year. Messages in arrival order; every label on 2025-12-15."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from seasons import N

MESSAGES = [
    # Feature: season_other_mail — kind — Bonnes fêtes de fin d'année
    # route: an ESS network's end-of-year newsletter (List-Unsubscribe, Precedence bulk), its offers and January dates belong to nobody applying → newsletter
    N("season_other_mail", "kind", "Bonnes fêtes de fin d'année", M(
        "Le Mouvement associatif Occitanie <lettre@lemouvementassociatif-occitanie.example.org>", "La lettre de décembre - Bonnes fêtes de fin d'année !", "2025-12-12 08:40",
        """La lettre de décembre

Bonnes fêtes de fin d'année à toutes et tous !

Au programme de janvier :
- 13 janvier : matinale « Recruter un premier salarié » (Toulouse)
- 22 janvier : webinaire sur le nouveau guide de la vie associative
- 30 janvier : date limite des dossiers FDVA 2026

Offres d'emploi : chargé·e de mission bénévolat (CDI, bac+3), animateur·rice jeunesse (CDD jusqu'en juin 2026).

Nos bureaux seront fermés du 22 décembre au 2 janvier.

Se désinscrire : https://lemouvementassociatif-occitanie.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://lemouvementassociatif-occitanie.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: diploma_age — graduation — BTS ESF en juin 2024
    # route: a pasted letter: the BTS ESF of June 2024 in the first paragraph (18 months before December 2025), a post in a centre social sought → bac+2 of 2024-06, recent → eligible (on 2026-11-26: 29 months, not_eligible)
    N("diploma_age", "graduation", "BTS ESF en juin 2024", M(
        "Manon Lefebvre <manon.lefebvre59@gmail.com>", "Candidature programme Pro'pulse", "2025-12-12 09:15",
        """Madame, Monsieur,

Titulaire d'un BTS ESF en juin 2024 (lycée Gaston Berger, Lille), je me permets de vous adresser ma candidature au programme Pro'pulse.

Depuis mon diplôme, j'ai travaillé en intérim dans la logistique pour financer mon permis, et je souhaite maintenant revenir vers mon métier : je recherche un poste de conseillère en économie sociale et familiale ou d'animatrice dans un centre social ou une association de quartier.

Je suis disponible immédiatement et joignable au 06 21 48 93 57.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Manon Lefebvre""",
        app("Manon", "Lefebvre", phone="+33621489357", bac=2, grad="2024-06", status="manon_bts_esf_juin_2024"),
    ), flips=True),
    # Feature: placement_end — situation — en service civique à la Ligue de l'enseignement jusqu'au 28 février
    # route: the second paragraph: a civic service running until 28 February (after the reading day), a licence of geography of June 2025 → fails not_service_civique → not_eligible (on 2026-11-26: the service over, eligible)
    N("placement_end", "situation", "en service civique à la Ligue de l'enseignement jusqu'au 28 février", M(
        "Yanis Haddad <yanis.haddad@free.fr>", "Demande d'information et candidature", "2025-12-12 10:02",
        """Bonjour,

J'ai obtenu ma licence de géographie en juin 2025 à l'université de Tours.

Je suis en service civique à la Ligue de l'enseignement jusqu'au 28 février, sur l'éducation à la citoyenneté dans les collèges. J'aimerais enchaîner ensuite sur un emploi dans une association d'éducation populaire, et votre programme m'a été conseillé par ma tutrice.

Est-ce que je peux candidater dès maintenant ?

Merci,
Yanis Haddad
07 58 21 46 90""",
        app("Yanis", "Haddad", phone="+33758214690", bac=3, grad="2025-06", failing=("not_service_civique",), status="yanis_sc_jusqu_a_fin_fevrier"),
    ), flips=True),
    # Feature: english_seasons — situation — my volunteering placement ended in October
    # route: an English mail: a BA of last summer (read in December 2025: summer 2025, the year alone 2025 meets), a volunteering placement over in October, NGO roles sought → bac+3 of 2025 → eligible (on 2026-11-26: "last summer" is 2026, graduation 2026)
    N("english_seasons", "situation", "my volunteering placement ended in October", M(
        "Rosie Whitfield <rosie.whitfield@gmail.com>", "Application - Pro'pulse", "2025-12-12 11:30",
        """Hi,

I'm Rosie, I graduated last summer with a BA in International Development from the University of Sussex. I then spent a few months in Marseille with a refugee support charity; my volunteering placement ended in October and I've decided to stay in France.

I'm looking for a paid role in a French association or NGO, ideally in migrant support or community work. My French is good (C1) but I'd welcome help with French job applications and networks, which is why your programme caught my eye.

Best wishes,
Rosie Whitfield
+44 7700 912 384""",
        app("Rosie", "Whitfield", phone="+447700912384", bac=3, grad="2025", language="en", status="rosie_ba_last_summer"),
    ), flips=True),
    # Feature: month_no_year — graduation — validé ma licence pro en juillet
    # ambiguous: «dans le social» names a field, no employer nor structure: an association, a local authority or a private firm alike; job_seeking_ess open
    # route: a phone mail: the licence pro validated «en juillet» (past tense, read in December 2025: July 2025), a job «dans le social» → bac+3 of 2025-07, aim open → to_verify (on 2026-11-26: July 2026)
    N("month_no_year", "graduation", "validé ma licence pro en juillet", M(
        "clara.benoit33@gmail.com", "candidature", "2025-12-12 14:20",
        """bonjour
jai validé ma licence pro en juillet (coordination de projets, iut bordeaux) et je cherche un travail dans le social depuis. est ce que je peux rentrer dans votre programme ? mon num 0645871230
clara benoit

Envoyé de mon iPhone""",
        app("Clara", "Benoit", phone="+33645871230", bac=3, grad="2025-07", unknown=("job_seeking_ess",), status="clara_lp_en_juillet"),
    ), flips=True),
    # Feature: season_other_mail — kind — la prochaine session démarre quand
    # route: a question about the next cohort's dates, no fact of the writer's own → question
    N("season_other_mail", "kind", "la prochaine session démarre quand", M(
        "Inès Morel <ines.morel.pro@gmail.com>", "Question sur les dates", "2025-12-12 16:45",
        """Bonjour,

Une amie m'a parlé de Pro'pulse. La prochaine session démarre quand ? Et est-ce qu'il faut candidater avant une date précise, genre avant les vacances de Noël ?

Merci d'avance,
Inès""",
        question(),
    )),
    # Feature: academic_year — studies_finished — en M2 ESS, promo 2026
    # route: the first lines: a Master 2 ESS in alternance, «promo 2026», ending in September (read in December 2025: the master runs) → bac "*", fails studies_finished → not_eligible (on 2026-11-26: a master of September 2026, eligible)
    N("academic_year", "studies_finished", "en M2 ESS, promo 2026", M(
        "Louise Garnier <louise.garnier@etu.univ-grenoble-alpes.example.fr>", "Pro'pulse - renseignement pour l'après-master", "2025-12-13 10:10",
        """Bonjour,

Je suis actuellement en M2 ESS, promo 2026, à Grenoble, en alternance dans une coopérative d'habitants. Le master se termine en septembre avec la soutenance du mémoire.

J'aimerais ne pas me retrouver sans rien à la fin : est-ce que je peux déjà candidater à votre programme ? Je cherche un poste de chargée de développement dans une coopérative ou une association.

Bien cordialement,
Louise Garnier""",
        app("Louise", "Garnier", phone=None, bac="*", grad=None, failing=("studies_finished",), status="louise_m2_promo_2026"),
    ), flips=True),
    # Feature: counted_from_now — graduation — diplômée il y a six mois
    # ambiguous: five years as a saleswoman before the BTS, and she never says whether the social work is a new trade: not_career_change open
    # route: the first paragraph: «diplômée il y a six mois» (read in December 2025: June 2025), a BTS SP3S, five years of sales before → bac+2 of 2025-06, career change open → to_verify (on 2026-11-26: May 2026)
    N("counted_from_now", "graduation", "diplômée il y a six mois", M(
        "Sandrine Roux <sandrine.roux.1996@hotmail.fr>", "candidature", "2025-12-13 11:25",
        """Bonjour,

Je suis diplômée il y a six mois d'un BTS SP3S, que j'ai préparé en formation continue après cinq ans comme vendeuse en prêt-à-porter.

Je cherche un poste d'accueil ou d'accompagnement dans une association d'aide aux personnes ou une épicerie sociale, sur Nantes.

Mon CV est en pièce jointe. Mon téléphone : 06 72 19 84 36.

Bonne journée,
Sandrine Roux""",
        app("Sandrine", "Roux", phone="+33672198436", bac=2, grad="2025-06", unknown=("not_career_change",), info_in="body", status="sandrine_il_y_a_six_mois"),
        cv=CV("pdf", "CV_Sandrine_Roux.pdf", """Sandrine Roux
Nantes - 06 72 19 84 36 - sandrine.roux.1996@hotmail.fr
Formation
BTS Services et prestations des secteurs sanitaire et social - GRETA Nantes
Baccalauréat STMG - 2014
Expérience
Vendeuse - Mode & Co, Nantes (2019 - 2024)
Stage - Épicerie sociale Le Panier, Rezé (8 semaines)"""),
    ), flips=True),
    # Feature: beginning — situation — mon service civique a commencé début décembre
    # route: the second paragraph: a civic service begun in early December for eight months (read on 2025-12-15: running), a BUT of June 2025 → fails not_service_civique → not_eligible (on 2026-11-26: that service over in summer 2026, eligible)
    N("beginning", "situation", "mon service civique a commencé début décembre", M(
        "Hugo Perrin <hugo.perrin@laposte.net>", "Programme Pro'pulse", "2025-12-13 15:40",
        """Bonjour,

J'ai un BUT Carrières sociales, obtenu en juin 2025 à l'IUT de Rennes.

Mon service civique a commencé début décembre à l'AFEV, pour huit mois, mais je voulais quand même savoir si je pouvais entrer dans votre programme, parce que je vise un poste d'animateur dans une association de quartier.

Merci pour votre réponse,
Hugo Perrin
06 34 12 78 95""",
        app("Hugo", "Perrin", phone="+33634127895", bac=3, grad="2025-06", failing=("not_service_civique",), status="hugo_sc_debut_decembre"),
    ), flips=True),
    # Feature: relative_year — graduation — mon master l'an dernier
    # route: the first line: the master obtained «l'an dernier» (read in December 2025: 2024, the year alone 2024 meets), a post in an association for housing sought → bac+5 of 2024 → eligible (on 2026-11-26: «l'an dernier» is 2025)
    N("relative_year", "graduation", "mon master l'an dernier", M(
        "Antoine Giraud <antoine.giraud.lille@gmail.com>", "Candidature - Antoine Giraud", "2025-12-14 20:30",
        """Bonjour,

J'ai eu mon master l'an dernier (science politique, parcours action publique, Sciences Po Lille). Après un an de petits contrats dans des collectivités, je voudrais travailler dans une association du logement, type Fondation pour le logement ou une agence immobilière à vocation sociale.

Je serais ravi d'échanger avec vous. Mon numéro : 06 19 45 73 28.

Antoine Giraud""",
        app("Antoine", "Giraud", phone="+33619457328", bac=5, grad="2024", status="antoine_master_an_dernier"),
    ), flips=True),
    # Feature: season_words — situation — mon service civique se termine avant Noël, le 19 décembre
    # route: the second paragraph: a civic service ending on 19 December (after the reading day: running) and a licence of June 2024 (18 months: recent) → fails not_service_civique → not_eligible (on 2026-11-26: still not_eligible, the licence then too old)
    N("season_words", "situation", "mon service civique se termine avant Noël, le 19 décembre", M(
        "Camille Dufour <camille.dufour@orange.fr>", "Candidature Pro'pulse", "2025-12-14 21:10",
        """Bonjour,

Je m'appelle Camille Dufour, j'ai une licence de sciences de l'éducation obtenue en juin 2024 à Lyon 2.

Mon service civique se termine avant Noël, le 19 décembre, aux Restos du cœur de Villeurbanne, où je coordonne les bénévoles de la distribution. J'aimerais trouver un poste de coordinatrice bénévolat dans une association après.

Bien à vous,
Camille Dufour""",
        app("Camille", "Dufour", phone=None, bac=3, grad="2024-06", failing=("not_service_civique",), status="camille_sc_avant_noel"),
    )),
    # Feature: cv_periods — situation — oct. – mars
    # route: the CV (DOCX): a Master 2 of September 2025, and on top an internship at Emmaüs Connect «oct. – mars» (after September 2025: running to March 2026) → fails not_internship → not_eligible (on 2026-11-26: that internship over, eligible)
    N("cv_periods", "situation", "oct. – mars", M(
        "Juliette Masson <juliette.masson@gmail.com>", "CV - programme Pro'pulse", "2025-12-15 08:05",
        """Bonjour,

Vous trouverez ci-joint mon CV pour le programme Pro'pulse.

Bonne semaine,
Juliette Masson""",
        app("Juliette", "Masson", phone="+33687234519", bac=5, grad="2025-09", failing=("not_internship",), info_in="cv", status="juliette_stage_oct_mars"),
        cv=CV("docx", "Juliette_Masson_CV.docx", """Juliette Masson
Paris 19e - 06 87 23 45 19 - juliette.masson@gmail.com
Coordination de projets d'inclusion numérique
Expériences
Stage - Coordination des bénévoles, Emmaüs Connect, Paris - oct. – mars
Stage de fin d'études - Ville de Montreuil, service jeunesse - avr. 2025 – août 2025
Formation
Master 2 Politiques sociales et territoires, Université Paris 8 - obtenu en septembre 2025
Licence de sociologie, Université Paris 8 - 2023"""),
    ), flips=True),
    # Feature: season_other_mail — kind — le mercredi 17 à 14h avant les vacances
    # route: Nora's answer in our thread (In-Reply-To <…@animafac.net>, our invitation quoted), a day chosen before the holidays → reply
    N("season_other_mail", "kind", "le mercredi 17 à 14h avant les vacances", M(
        "Nora Benali <nora.benali@gmail.com>", "Re: Pro'pulse - proposition d'entretien", "2025-12-15 09:20",
        """Bonjour Claire,

Merci beaucoup ! Je préfère le mercredi 17 à 14h avant les vacances, en visio.

Bonne journée,
Nora

Le ven. 12 déc. 2025 à 16:48, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Nora,
> Merci pour votre candidature. Nous vous proposons un entretien avant la fermeture de fin d'année :
> mardi 16 décembre à 10h ou mercredi 17 décembre à 14h, en visio ou dans nos locaux.
> Bien à vous,
> Claire, coordinatrice Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<invitation-2025-12-12-0007@animafac.net>"},
    )),
    # Feature: exams_and_results — studies_finished — j'attends les résultats du jury du 19 décembre
    # ambiguous: the defence is behind her but the jury that grants the master sits on the 19th, after the reading day: her studies are over or not by its result; studies_finished open
    # route: the first paragraph: a master's defence held on 4 December, the jury on 19 December (ahead) → bac+5, graduation not yet, studies open → to_verify (on 2026-11-26: the same words leave it open)
    N("exams_and_results", "studies_finished", "j'attends les résultats du jury du 19 décembre", M(
        "Mathilde Caron <mathilde.caron@univ-lorraine.example.fr>", "Candidature au programme", "2025-12-15 09:50",
        """Bonjour,

J'ai soutenu mon mémoire de master 2 (économie sociale et solidaire, Nancy) le 4 décembre et j'attends les résultats du jury du 19 décembre. Tous mes cours et mon stage sont terminés.

Je cherche un premier poste dans une mutuelle ou une coopérative, idéalement sur la vie coopérative ou la gouvernance.

Cordialement,
Mathilde Caron
06 45 91 27 38""",
        app("Mathilde", "Caron", phone="+33645912738", bac=5, grad=None, unknown=("studies_finished",), status="mathilde_jury_19_decembre"),
    )),
    # Feature: english_seasons — situation — my internship wraps up in March
    # route: an English mail: an internship at a food bank that «wraps up in March» (read in December 2025: running), an MA of 2025 → fails not_internship → not_eligible (on 2026-11-26: over, eligible)
    N("english_seasons", "situation", "my internship wraps up in March", M(
        "Daniel Okafor <daniel.okafor@outlook.com>", "Interested in Pro'pulse", "2025-12-15 10:30",
        """Hello,

I finished my MA in Social Policy at the University of Leeds in September 2025 and I'm now doing an internship at a food bank network in Lille. My internship wraps up in March, and after that I'd like to find a job in a French association working on food insecurity.

Could I apply to your programme?

Thanks a lot,
Daniel Okafor
07 81 45 20 36""",
        app("Daniel", "Okafor", phone="+33781452036", bac=5, grad="2025-09", failing=("not_internship",), language="en", status="daniel_internship_march"),
    ), flips=True),
    # Feature: season_other_mail — kind — de retour le 5 janvier
    # route: a Mission locale adviser's Christmas out-of-office (Auto-Submitted), answering our mail → auto-reply
    N("season_other_mail", "kind", "de retour le 5 janvier", M(
        "Patricia Lemoine <p.lemoine@mission-locale-orleans.example.org>", "Réponse automatique : Pro'pulse - session de janvier", "2025-12-15 11:15",
        """Bonjour,

Je suis en congés de fin d'année et serai de retour le 5 janvier. Pour toute urgence, merci de contacter l'accueil de la Mission locale au 02 38 00 00 00.

Joyeuses fêtes,
Patricia Lemoine
Conseillère en insertion professionnelle""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: diploma_age — graduation — Licence obtenue en 2023
    # ambiguous: «2023» alone read in December 2025: a licence of December 2023 would be within 24 months, one of June 2023 not; graduation_recent open
    # route: the CV (PDF) only: a licence of 2023, a post in a social housing association sought → bac+3 of 2023, date open → to_verify (on 2026-11-26: 2023 fails, not_eligible)
    N("diploma_age", "graduation", "Licence obtenue en 2023", M(
        "Karim Benaissa <karim.benaissa@gmail.com>", "", "2025-12-15 11:40",
        """Bonjour, ci-joint ma candidature pour Pro'pulse.
Karim""",
        app("Karim", "Benaissa", phone="+33652087413", bac=3, grad="2023", unknown=("graduation_recent",), info_in="cv", status="karim_licence_2023"),
        cv=CV("pdf", "CV_Karim_Benaissa.pdf", """Karim Benaissa
Marseille - 06 52 08 74 13 - karim.benaissa@gmail.com
Objectif : chargé d'accueil ou de gestion locative dans une association de logement social
Formation
Licence Administration économique et sociale - Aix-Marseille Université - Licence obtenue en 2023
Expérience
Agent d'accueil, Habitat et Humanisme Marseille (CDD, 2024 - 2025)
Animateur sportif bénévole, ASPTT Marseille"""),
    ), flips=True),
    # Feature: month_no_year — studies_finished — mes dernières épreuves de BTS en mai
    # route: the first line: the last exams of her BTS «en mai» (read in December 2025: May 2026, ahead) → bac "*", fails studies_finished → not_eligible (on 2026-11-26: May 2027, the same)
    N("month_no_year", "studies_finished", "mes dernières épreuves de BTS en mai", M(
        "Océane Petit <oceane.petit.77@gmail.com>", "Pro'pulse", "2025-12-15 12:30",
        """Bonjour,

Je passe mes dernières épreuves de BTS en mai (BTS Économie sociale familiale, à Meaux) et j'aimerais savoir si je peux déjà m'inscrire pour être accompagnée vers un emploi dans une association après.

Merci,
Océane Petit""",
        app("Océane", "Petit", phone=None, bac="*", grad=None, failing=("studies_finished",), status="oceane_bts_en_mai"),
    )),
    # Feature: counted_from_now — situation — en mission à la mairie jusqu'en février
    # ambiguous: «en mission à la mairie» with no word of what it is: a civic service, an internship or a contract; not_internship and not_service_civique open
    # route: the first paragraph: a master finished «ça fait un an» (read in December 2025: December 2024), then «en mission à la mairie jusqu'en février» → bac+5 of 2024-12, the mission open → to_verify (on 2026-11-26: November 2025)
    N("counted_from_now", "situation", "en mission à la mairie jusqu'en février", M(
        "Baptiste Renard <baptiste.renard@gmail.com>", "Candidature", "2025-12-15 13:05",
        """Bonjour,

Ça fait un an que j'ai fini mon master en développement territorial (Clermont-Ferrand). Je suis en mission à la mairie jusqu'en février sur le conseil citoyen, et je cherche la suite dans une association d'éducation populaire ou un centre social.

Je reste disponible pour un échange au 06 28 73 14 59.

Baptiste Renard""",
        app("Baptiste", "Renard", phone="+33628731459", bac=5, grad="2024-12", unknown=("not_internship", "not_service_civique"), status="baptiste_mission_mairie"),
    ), flips=True),
    # Feature: academic_year — graduation — validé ma L3 l'an dernier
    # route: the first line: the L3 validated «l'an dernier» (read in December 2025: the school year 2024-2025, a licence of 2025), a job in a food aid association sought → bac+3 of 2025 → eligible (on 2026-11-26: the L3 of 2025-2026, a licence of 2026)
    N("academic_year", "graduation", "validé ma L3 l'an dernier", M(
        "Sarah Cohen <sarah.cohen92@gmail.com>", "Je souhaite candidater", "2025-12-15 14:00",
        """Bonjour,

J'ai validé ma L3 l'an dernier (géographie, Nanterre) et je ne me suis pas réinscrite en master : je veux travailler. Je cherche un poste dans une association d'aide alimentaire ou une épicerie solidaire en Île-de-France.

Merci de me dire si mon profil correspond,
Sarah Cohen
07 62 48 15 93""",
        app("Sarah", "Cohen", phone="+33762481593", bac=3, grad="2025", status="sarah_l3_an_dernier"),
    ), flips=True),
    # Feature: season_other_mail — kind — Undelivered Mail Returned to Sender
    # route: a delivery failure (multipart/report) of our invitation, the address unknown → bounce
    N("season_other_mail", "kind", "Undelivered Mail Returned to Sender", M(
        "MAILER-DAEMON <mailer-daemon@smtp.example.net>", "Undelivered Mail Returned to Sender", "2025-12-15 14:45",
        """This is the mail system at host smtp.example.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<thomas.vidal.75@gmial.com>: Host or domain name not found.""",
        bounce("thomas.vidal.75@gmial.com"),
        bounce="""Reporting-MTA: dns; smtp.example.net
Final-Recipient: rfc822; thomas.vidal.75@gmial.com
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; 550 5.1.2 Host or domain name not found""",
    )),
    # Feature: placement_end — situation — termine son stage le 19 décembre
    # route: a France Travail adviser presents Lina (her address given): a BTS of 2025, an internship ending on 19 December (after the reading day: running) → referral; fails not_internship → not_eligible (on 2026-11-26: 19 December 2026 ahead, the same)
    N("placement_end", "situation", "termine son stage le 19 décembre", M(
        "Stéphane Morin <stephane.morin@francetravail.example.fr>", "Orientation vers Pro'pulse - Mme Lina Meziane", "2025-12-15 15:20",
        """Bonjour,

J'accompagne Mme Lina Meziane, 22 ans, titulaire d'un BTS Gestion de la PME obtenu en juin 2025. Elle termine son stage le 19 décembre dans une régie de quartier à Saint-Denis et souhaite y trouver un emploi de gestionnaire administrative ou dans une autre structure de l'ESS.

Vous pouvez la joindre directement : lina.meziane@gmail.com.

Cordialement,
Stéphane Morin
Conseiller France Travail, agence de Saint-Denis""",
        app("Lina", "Meziane", phone=None, bac=2, grad="2025-06", failing=("not_internship",), email="lina.meziane@gmail.com", forwarded_by="stephane.morin@francetravail.example.fr", status="lina_stage_19_decembre"),
    )),
    # Feature: english_seasons — graduation — class of '24
    # route: an English mail: a BSc, «class of '24» (read in December 2025: the year alone 2024 meets), a job in a cooperative sought → bac+3 of 2024 → eligible (on 2026-11-26: 2024 open, to_verify)
    N("english_seasons", "graduation", "class of '24", M(
        "Priya Raman <priya.raman@gmail.com>", "application", "2025-12-15 16:00",
        """Hi there,

BSc Environmental Science, University of Bristol, class of '24. I've been in Bordeaux for a year teaching English and I'd now like to work for a cooperative or an association on food or energy transition.

My number is 06 38 52 71 04.

Thanks!
Priya""",
        app("Priya", "Raman", phone="+33638527104", bac=3, grad="2024", language="en", status="priya_class_of_24"),
    ), flips=True),
    # Feature: beginning — kind — je commence le 5 janvier
    # route: a participant of the autumn cohort announcing a job that begins on 5 January (no application, already in) → other
    N("beginning", "kind", "je commence le 5 janvier", M(
        "Léo Fabre <leo.fabre@gmail.com>", "Bonne nouvelle !", "2025-12-15 16:30",
        """Bonjour Claire,

Je voulais vous dire que j'ai été pris à la Ressourcerie du Pays d'Aix : je commence le 5 janvier en CDI comme valoriste ! Merci pour l'atelier sur les entretiens, ça m'a vraiment aidé.

Je viendrai quand même à la séance collective du 18 décembre pour dire au revoir au groupe.

Léo""",
        other(),
    )),
    # Feature: beginning — studies_finished — je commence mon stage de fin d'études le 12 janvier
    # route: the first paragraph: a licence pro in progress, its final internship beginning on 12 January (ahead, not yet a situation) until June → bac "*", fails studies_finished → not_eligible (on 2026-11-26: the same words, the same)
    N("beginning", "studies_finished", "je commence mon stage de fin d'études le 12 janvier", M(
        "Enzo Marchetti <enzo.marchetti@gmail.com>", "Inscription Pro'pulse ?", "2025-12-15 17:10",
        """Bonjour,

Je suis en licence pro Métiers de l'animation sociale à Avignon, et je commence mon stage de fin d'études le 12 janvier, jusqu'en juin, dans un centre social. Je voudrais rejoindre le programme pour la suite, pour ne pas chercher seul.

Merci,
Enzo Marchetti""",
        app("Enzo", "Marchetti", phone=None, bac="*", grad=None, failing=("studies_finished",), status="enzo_stage_12_janvier"),
    )),
]
