"""Tenses corpus, batch 08 (writer B): the narrative present of a past and the passé simple («en 2025, je
termine ma licence professionnelle», «je servis vingt ans dans l'armée de terre»), verbless lines with no
finite verb («Volontariat en service civique — en cours», «Mémoire : soutenu le 30 septembre», «Stage à la
Cimade : en fin de parcours»), English tenses ("I have completed my civic service", "I used to work as an
accountant", "I'm due to defend my thesis"), and other mail whose tense carries its kind."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from tenses import N

MESSAGES = [
    # ---------------------------------------------------------------- narrative present and passé simple
    # Feature: narrative_present — graduation — en 2025, je termine ma licence professionnelle
    # timed: «en 2025, je termine» on «ma licence professionnelle» = a narrative present of a past: licence finished in 2025 (the latest diploma) → meets graduation_recent
    N("narrative_present", "graduation", "en 2025, je termine ma licence professionnelle", M(
        "Anaïs Mukendi <anais.mukendi@example.org>", "Mon parcours en trois dates", "03 10:02",
        """Bonjour,

En 2021, je commence un BTS Économie sociale familiale ; en 2023, je l'obtiens ; en 2025, je termine ma licence professionnelle « Coordination de projets de développement social ». Aujourd'hui, je cherche un poste de coordinatrice dans une association de quartier ou un centre social.

Anaïs Mukendi
06 80 52 37 19""",
        app("Anaïs", "Mukendi", phone="+33680523719", bac=3, grad="2025", status="b_narr_licence_2025"),
    )),
    # Feature: narrative_present — graduation — En 2019, je sors de l'IUT avec mon DUT
    # timed: «En 2019, je sors» on «de l'IUT avec mon DUT» = a narrative present of 2019: the only diploma, seven years old → fails graduation_recent
    N("narrative_present", "graduation", "En 2019, je sors de l'IUT avec mon DUT", M(
        "Cédric Vautrin <cedric.vautrin@example.com>", "Candidature", "05 19:40",
        """Bonjour,

En 2019, je sors de l'IUT avec mon DUT Gestion logistique et transport. Je deviens ensuite chauffeur-livreur pour une coopérative bio, puis responsable des tournées. Aujourd'hui, je voudrais un poste de coordinateur logistique dans une association d'aide alimentaire.

Cédric Vautrin, 06 14 83 26 75""",
        app("Cédric", "Vautrin", phone="+33614832675", bac=2, grad="2019", failing=("graduation_recent",), status="b_narr_dut_2019"),
    )),
    # Feature: narrative_present — career_change — Je servis vingt ans dans l'armée de terre
    # timed: «Je servis vingt ans» on «dans l'armée de terre» = a passé simple of a first career, before a master in 2025 → fails not_career_change
    N("narrative_present", "career_change", "Je servis vingt ans dans l'armée de terre", M(
        "Gérard Lemoine-Traoré <gerard.lt@example.fr>", "Lettre de candidature", "07 08:30",
        """Madame, Monsieur,

Je servis vingt ans dans l'armée de terre, où je quittai l'uniforme avec le grade d'adjudant. Je repris alors des études et j'obtins en juin 2025 un master « Management des structures de l'économie sociale ».

Je sollicite votre accompagnement afin de rejoindre une association d'aide aux anciens combattants ou une fondation.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
Gérard Lemoine-Traoré
06 95 20 48 13""",
        app("Gérard", "Lemoine-Traoré", phone="+33695204813", bac=5, grad="2025-06", failing=("not_career_change",), status="b_narr_servis_armee"),
    )),
    # Feature: narrative_present — graduation — j'obtins mon master à l'automne 2024
    # ambiguous: a passé simple dated «à l'automne 2024»: September or October 2024 fail the 24 months, November passes
    # timed: «j'obtins» on «mon master à l'automne 2024» = obtained in autumn 2024, month unsaid → open graduation_recent
    N("narrative_present", "graduation", "j'obtins mon master à l'automne 2024", M(
        "Bérénice de Villeneuve <berenice.dv@example.org>", "Candidature au programme Pro'pulse", "09 14:55",
        """Madame, Monsieur,

Je soutins mon mémoire et j'obtins mon master à l'automne 2024, à l'université de Bourgogne, en « Développement des territoires ruraux ». Je souhaiterais désormais mettre mes compétences au service d'une coopérative agricole ou d'une association rurale.

Respectueusement,
Bérénice de Villeneuve
06 22 71 94 36""",
        app("Bérénice", "de Villeneuve", phone="+33622719436", bac=5, grad="2024", unknown=("graduation_recent",), status="b_narr_obtins_automne"),
    )),
    # Feature: narrative_present — situation — En 2025, je fais mon service civique chez les Petits Frères des Pauvres
    # timed: «En 2025, je fais» on «mon service civique» = a narrative present of 2025: civic service over, «aujourd'hui, je cherche» the real present → meets not_service_civique
    N("narrative_present", "situation", "En 2025, je fais mon service civique chez les Petits Frères des Pauvres", M(
        "Tristan Hoarau <tristan.hoarau@example.net>", "Candidature", "11 12:14",
        """Bonjour,

En 2025, je fais mon service civique chez les Petits Frères des Pauvres, à Saint-Denis de La Réunion. En juin 2026, j'obtiens mon DEJEPS « Développement de projets, territoires et réseaux ». Aujourd'hui, je cherche un poste de coordinateur dans une association de lutte contre l'isolement.

Tristan Hoarau
06 93 47 10 58""",
        app("Tristan", "Hoarau", phone="+33693471058", bac=2, grad="2026-06", status="b_narr_service_2025"),
    )),
    # Feature: narrative_present — situation — En juin, je commence un stage de six mois
    # ambiguous: a narrative present: six months begun in June end in November, on a day unsaid — before or after 26 November?
    # timed: «En juin, je commence» on «un stage de six mois» = June to November 2026, end day unsaid → open not_internship
    N("narrative_present", "situation", "En juin, je commence un stage de six mois", M(
        "Lina Haddad-Moreau <lina.hm@example.fr>", "candidature Pro'pulse", "13 20:20",
        """Bonjour,

Mars : je valide ma licence pro « Métiers de l'animation sociale » (jury anticipé, diplôme daté de mars 2026). En juin, je commence un stage de six mois à la Mutualité française de Lyon, au service prévention.

Je souhaite travailler dans une mutuelle ou une association de santé.

Lina Haddad-Moreau — 07 61 28 39 04""",
        app("Lina", "Haddad-Moreau", phone="+33761283904", bac=3, grad="2026-03", unknown=("not_internship",), status="b_narr_stage_juin"),
    )),
    # Feature: narrative_present — career_change — En 2018, je travaille déjà comme animatrice dans un centre social
    # timed: «En 2018, je travaille déjà» on «comme animatrice dans un centre social» = years in the field of the aim before the DEJEPS (2025) → meets not_career_change
    N("narrative_present", "career_change", "En 2018, je travaille déjà comme animatrice dans un centre social", M(
        "Corinne Hirano <corinne.hirano@example.com>", "Candidature", "15 09:48",
        """Bonjour,

En 2018, je travaille déjà comme animatrice dans un centre social de Villeurbanne. En 2025, je passe et j'obtiens mon DEJEPS « Animation socio-éducative ou culturelle » (juillet). Aujourd'hui, je cherche un poste de coordinatrice dans un centre social associatif ou une MJC.

Corinne Hirano
06 03 69 82 27""",
        app("Corinne", "Hirano", phone="+33603698227", bac=2, grad="2025-07", status="b_narr_animatrice_2018"),
    )),
    # Feature: narrative_present — kind — En 2016, une poignée de bénévoles lance l'association
    # timed: «En 2016, une poignée de bénévoles lance» on «l'association» = a narrative present in a mailing's history → kind newsletter
    N("narrative_present", "kind", "En 2016, une poignée de bénévoles lance l'association", M(
        "Infolettre Repair'Ensemble <infolettre@repair-ensemble.example.org>", "Dix ans de réparation !", "17 06:45",
        """Infolettre — novembre 2026

En 2016, une poignée de bénévoles lance l'association dans un garage de Tours. Dix ans plus tard, nous comptons six ateliers et quatre salariés. Venez fêter cela avec nous le 12 décembre !

Se désinscrire : répondez « désinscription ».""",
        newsletter(),
    )),
    # Feature: narrative_present — kind — Le 3 novembre, votre facture est émise
    # timed: «Le 3 novembre, votre facture est émise» = a narrative present in a billing notice → kind other
    N("narrative_present", "kind", "Le 3 novembre, votre facture est émise", M(
        "Service facturation <facturation@hebergeur.example.com>", "Rappel : facture n° 2026-1187", "20 08:08",
        """Bonjour,

Le 3 novembre, votre facture est émise ; le 18, le prélèvement est refusé. Merci de mettre à jour vos coordonnées bancaires dans votre espace client.

Le service facturation""",
        other(),
    )),
    # ---------------------------------------------------------------- verbless
    # Feature: verbless — situation — Volontariat en service civique, Unis-Cité Lille — en cours
    # timed: «— en cours» on «Volontariat en service civique, Unis-Cité Lille» (CV line, no finite verb) = civic service running → fails not_service_civique
    N("verbless", "situation", "Volontariat en service civique, Unis-Cité Lille — en cours", M(
        "Wout Verbeke <wout.verbeke@example.org>", "Candidature Pro'pulse", "02 17:17",
        """Bonjour,

Veuillez trouver ci-joint mon CV pour le programme Pro'pulse.

Wout Verbeke""",
        app("Wout", "Verbeke", phone="+33677419203", bac=3, grad="2026-06", failing=("not_service_civique",), info_in="cv", status="b_verb_service_en_cours"),
        cv=CV("pdf", "CV_Wout_Verbeke.pdf", """Wout Verbeke
06 77 41 92 03 — wout.verbeke@example.org
Formation
Licence Sciences sociales, Université de Lille — obtenue juin 2026
Expérience
Volontariat en service civique, Unis-Cité Lille — en cours
Objectif : un poste de chargé de projet dans une association de solidarité"""),
    )),
    # Feature: verbless — studies_finished — Mémoire : soutenu le 30 septembre
    # timed: «Mémoire : soutenu» (participle, no finite verb) on «le 30 septembre» = defence done, master complete (September 2026) → meets studies_finished
    N("verbless", "studies_finished", "Mémoire : soutenu le 30 septembre", M(
        "Prisca Gnahoré <prisca.gnahore@example.com>", "Candidature - M2 ESS", "06 07:37",
        """Bonjour,

Quelques lignes pour me présenter :
Master 2 « Économie sociale et solidaire », Université de Reims.
Mémoire : soutenu le 30 septembre, mention bien.
Recherche : un poste de chargée de mission dans une SCOP ou une association.

Prisca Gnahoré — 06 45 18 70 92""",
        app("Prisca", "Gnahoré", phone="+33645187092", bac=5, grad="2026-09", status="b_verb_memoire_soutenu"),
    )),
    # Feature: verbless — career_change — 2012-2024 : conseiller clientèle, Crédit Régional
    # timed: «2012-2024 : conseiller clientèle» (a CV line, no verb) before «Master ESS — obtenu juin 2026» = twelve years of another trade → fails not_career_change
    N("verbless", "career_change", "2012-2024 : conseiller clientèle, Crédit Régional", M(
        "Rui Ribeiro <rui.ribeiro@example.net>", "Candidature + CV", "08 18:02",
        """Bonjour,

Mon CV est en pièce jointe. Je souhaite rejoindre une coopérative ou une association d'insertion.

Rui Ribeiro""",
        app("Rui", "Ribeiro", phone="+33640273158", bac=5, grad="2026-06", failing=("not_career_change",), info_in="both", status="b_verb_conseiller_clientele"),
        cv=CV("odt", "CV_Rui_Ribeiro.odt", """Rui Ribeiro
06 40 27 31 58 — rui.ribeiro@example.net
Parcours
2012-2024 : conseiller clientèle, Crédit Régional
Master ESS — obtenu juin 2026, Université Paris-Est Créteil
Langues : anglais, portugais"""),
    )),
    # Feature: verbless — situation — Stage à la Cimade : en fin de parcours
    # ambiguous: a nominal line «en fin de parcours» with no end date: the internship is nearly over, but over by 26 November?
    # timed: «Stage à la Cimade : en fin de parcours» (no finite verb) = internship near its end, date unsaid → open not_internship
    N("verbless", "situation", "Stage à la Cimade : en fin de parcours", M(
        "Oumou Sangho <oumou.sangho@example.fr>", "candidature", "10 22:41",
        """Bonsoir,

Licence de droit, mention droit public : validée en juin 2026.
Stage à la Cimade : en fin de parcours.
Projet : un poste de juriste dans une association d'aide aux étrangers.

Oumou Sangho 07 52 90 36 18""",
        app("Oumou", "Sangho", phone="+33752903618", bac=3, grad="2026-06", unknown=("not_internship",), status="b_verb_stage_cimade"),
    )),
    # Feature: verbless — graduation — BTS Économie sociale familiale, obtenu en 2025
    # timed: «obtenu en 2025» (participle, no finite verb) on «BTS Économie sociale familiale» = obtained in 2025 (the year only) → meets graduation_recent
    N("verbless", "graduation", "BTS Économie sociale familiale, obtenu en 2025", M(
        "Joachim Ferrer <joachim.ferrer@example.org>", "Candidature Pro'pulse", "12 12:00",
        """Bonjour,

BTS Économie sociale familiale, obtenu en 2025 au lycée Rabelais de Saint-Brieuc. Depuis, deux remplacements dans un foyer de jeunes travailleurs.

Objectif : un CDI dans une association de l'habitat social.

Joachim Ferrer, 06 38 14 57 26""",
        app("Joachim", "Ferrer", phone="+33638145726", bac=2, grad="2025", status="b_verb_bts_2025"),
    )),
    # Feature: verbless — level — BTS SP3S : obtenu en juin 2025
    # timed: «BTS SP3S : obtenu» (participle, no finite verb) on «en juin 2025» = a BTS held, level 2 (the civic service line «achevé en juillet» over too) → meets degree_level
    N("verbless", "level", "BTS SP3S : obtenu en juin 2025", M(
        "Aurore Delmas <aurore.delmas@example.com>", "Pro'pulse - ma candidature en bref", "16 13:29",
        """Bonjour,

En bref :
BTS SP3S : obtenu en juin 2025.
Service civique : achevé en juillet, à la Banque alimentaire du Tarn.
Recherche : une association d'aide alimentaire ou une épicerie solidaire.

Aurore Delmas
06 26 91 40 83""",
        app("Aurore", "Delmas", phone="+33626914083", bac=2, grad="2025-06", status="b_verb_bts_obtenu"),
    )),
    # Feature: verbless — kind — Destinataire inconnu. Remise impossible.
    # timed: «Destinataire inconnu. Remise impossible.» (no finite verb) = a delivery failure → kind bounce
    N("verbless", "kind", "Destinataire inconnu. Remise impossible.", M(
        "Mail Delivery System <mailer-daemon@example.fr>", "Retour : Votre candidature à Pro'pulse", "21 02:50",
        """Destinataire inconnu. Remise impossible.

Adresse : yannick.boulanger@example.fr""",
        bounce("yannick.boulanger@example.fr"),
        bounce="Reporting-MTA: dns; mx1.example.fr\nFinal-Recipient: rfc822; yannick.boulanger@example.fr\nAction: failed\nStatus: 5.1.1",
    )),
    # Feature: verbless — kind — Absente du 20 au 30 novembre. Retour le 1er décembre.
    # timed: «Absente du 20 au 30 novembre. Retour le 1er décembre.» (no finite verb) = an absence notice → kind auto_reply
    N("verbless", "kind", "Absente du 20 au 30 novembre. Retour le 1er décembre.", M(
        "Nathalie Perrot <nathalie.perrot@example.org>", "Absence", "22 10:30",
        """Absente du 20 au 30 novembre. Retour le 1er décembre.
Pas de transfert des messages.

Nathalie Perrot""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # ---------------------------------------------------------------- English tenses
    # Feature: english_tenses — situation — I have completed my civic service with Unis-Cité
    # timed: «I have completed» (present perfect) on «my civic service with Unis-Cité» = civic service over → meets not_service_civique
    N("english_tenses", "situation", "I have completed my civic service with Unis-Cité", M(
        "Efua Osei <efua.osei@example.com>", "Pro'pulse application - Efua Osei", "04 11:40",
        """Dear Pro'pulse team,

I hold a Licence in Economics from Université Lyon 2 (June 2025), and I have completed my civic service with Unis-Cité in Lyon, on a project against food waste.

I am now looking for a position in an association or a cooperative working on sustainable food.

Kind regards,
Efua Osei
+33 6 57 30 84 12""",
        app("Efua", "Osei", phone="+33657308412", bac=3, grad="2025-06", language="en", status="b_en_civic_completed"),
    )),
    # Feature: english_tenses — career_change — I used to work as an accountant for nine years
    # timed: «I used to work» on «as an accountant for nine years» = a past trade before a retraining master (2026) → fails not_career_change
    N("english_tenses", "career_change", "I used to work as an accountant for nine years", M(
        "Henrik Johansson <henrik.johansson@example.net>", "Application", "07 16:05",
        """Hello,

I used to work as an accountant for nine years in Stockholm, then I moved to France and went back to university: I got my Master's in Social and Solidarity Economy in Toulouse in June 2026.

I would like to work as a finance officer for an association.

Best regards,
Henrik Johansson
+33 7 49 62 05 38""",
        app("Henrik", "Johansson", phone="+33749620538", bac=5, grad="2026-06", failing=("not_career_change",), language="en", status="b_en_used_to_accountant"),
    )),
    # Feature: english_tenses — studies_finished — I'm due to defend my thesis in February
    # timed: «I'm due to defend» on «my thesis in February» = a defence to come (February 2027) → fails studies_finished
    N("english_tenses", "studies_finished", "I'm due to defend my thesis in February", M(
        "Valentina Russo <valentina.russo@example.org>", "Application - Master's student", "09 09:22",
        """Hi,

I'm due to defend my thesis in February at the end of my Master's in Development Economics at Paris 1. I'd like to start looking now for a job in a microfinance association.

Thank you,
Valentina Russo
+33 6 08 71 59 46""",
        app("Valentina", "Russo", phone="+33608715946", bac="*", grad=None, failing=("studies_finished",), language="en", status="b_en_due_to_defend"),
    )),
    # Feature: english_tenses — career_change — I've worked in hospitality for a few years
    # ambiguous: the present perfect gives «a few years» in hospitality: a trade before the degree, or jobs alongside it?
    # timed: «I've worked» on «in hospitality for a few years» = past work of vague length → open not_career_change
    N("english_tenses", "career_change", "I've worked in hospitality for a few years", M(
        "Declan O'Brien <declan.obrien@example.com>", "Pro'pulse", "12 14:33",
        """Hi there,

I've worked in hospitality for a few years, in Dublin and then in Paris, and in June 2026 I got a BTS in Social and Family Economy (ESF) after two years at a lycée in Créteil.

I want to work for a charity supporting families.

Cheers,
Declan O'Brien
+33 7 22 58 14 60""",
        app("Declan", "O'Brien", phone="+33722581460", bac=2, grad="2026-06", unknown=("not_career_change",), language="en", status="b_en_hospitality_few_years"),
    )),
    # Feature: english_tenses — graduation — I graduated last July
    # timed: «I graduated» (simple past) on «last July» = the BA obtained in July 2026 → meets graduation_recent
    N("english_tenses", "graduation", "I graduated last July", M(
        "Aiyana Whitehorse <aiyana.whitehorse@example.net>", "Application with CV", "14 17:50",
        """Hello,

I graduated last July and I'm attaching my CV. I'm looking for a job in an environmental association or a renewable energy cooperative in Brittany.

Best,
Aiyana Whitehorse""",
        app("Aiyana", "Whitehorse", phone="+33681049327", bac=3, grad="2026-07", info_in="both", language="en", status="b_en_graduated_july"),
        cv=CV("docx", "CV_Aiyana_Whitehorse.docx", """Aiyana Whitehorse
+33 6 81 04 93 27 — aiyana.whitehorse@example.net
Education
BA Environmental Studies, University of Victoria (Canada)
Languages: English, French"""),
    )),
    # Feature: english_tenses — aim — I'm currently applying to consulting firms and investment banks
    # timed: «I used to apply» (past habit) vs «I'm currently applying» on «to consulting firms and investment banks» = the search now is outside the ESS → fails job_seeking_ess
    N("english_tenses", "aim", "I'm currently applying to consulting firms and investment banks", M(
        "Nikhil Sharma <nikhil.sharma@example.org>", "Application to Pro'pulse", "18 11:03",
        """Hello,

I got my Master's in Public Policy from Sciences Po Lille in June 2025. I used to apply to co-operatives and charities, but I'm currently applying to consulting firms and investment banks, where I hope your programme can open some doors.

Regards,
Nikhil Sharma
+33 6 36 92 71 05""",
        app("Nikhil", "Sharma", phone="+33636927105", bac=5, grad="2025-06", failing=("job_seeking_ess",), language="en", status="b_en_applying_banks"),
    )),
    # Feature: english_tenses — kind — Do I need to have finished my degree
    # timed: «Do I need to have finished» on «my degree» = a perfect infinitive in a question, no personal fact given → kind question
    N("english_tenses", "kind", "Do I need to have finished my degree", M(
        "Tunde Adeyemi <tunde.adeyemi@example.com>", "Question about eligibility", "19 15:15",
        """Hello,

Do I need to have finished my degree before applying, or can students apply too? And is the programme taught in French only?

Thanks,
Tunde""",
        question(language="en"),
    )),
    # Feature: english_tenses — kind — I've just sent you the signed form
    # timed: «I've just sent» on «the signed form» = a step just done in our thread → kind reply
    N("english_tenses", "kind", "I've just sent you the signed form", M(
        "Ingrid Solberg <ingrid.solberg@example.net>", "Re: Pro'pulse - next steps", "23 09:41",
        """Hi,

I've just sent you the signed form through the link. Let me know if anything is missing.

Best,
Ingrid""",
        reply(),
        headers={"In-Reply-To": "<next-steps-5126@animafac.net>", "References": "<next-steps-5126@animafac.net>"},
    )),
]
