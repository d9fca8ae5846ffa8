"""Occasions corpus, batch 08 (writer B): mails written on a life event — a return from abroad, a birth, an
illness recovered —, its date no graduation and a former job a career; applications to several schemes at
once (a Garantie jeunes, a Contrat d'engagement jeune, an incubator) or asking «lequel me conviendrait ?»;
the occasions in English (a follow-up that updates, a placement, a return from abroad, a referral, a post, a
call); other mail on the same occasions (an out-of-office on parental leave, a relocation agency, an adviser
comparing schemes with no one named, a newsletter of youth schemes, a reply in our thread in English, a
question in English with no personal fact)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, newsletter, other, question, reply
from occasions import N

MESSAGES = [
    # Feature: moving_or_life_event — graduation — j'y ai terminé un master en mai 2026
    # occasion: «j'y ai terminé un master en mai 2026» = back from Canada last month (the return's date is no graduation): a master of May 2026 → eligible
    N("moving_or_life_event", "graduation", "j'y ai terminé un master en mai 2026", M(
        "Margot Quesnel <margot.quesnel@example.org>", "De retour du Canada", "04 16:22",
        """Bonjour,

Je suis rentrée du Canada le mois dernier, après deux ans d'études à Montréal : j'y ai terminé un master en mai 2026, en gestion des organismes communautaires.

De retour en France, je voudrais travailler dans une association de quartier ou un centre social, et rejoindre Pro'pulse pour me refaire un réseau ici.

Margot Quesnel
06 92 15 38 60""",
        app("Margot", "Quesnel", phone="+33692153860", bac=5, grad="2026-05", status="b_master_montreal_retour"),
    )),
    # Feature: moving_or_life_event — career_change — après dix ans comme cheffe de rayon
    # occasion: «après dix ans comme cheffe de rayon» = the birth is the occasion; ten years of another trade before the BTS → fails not_career_change → not_eligible
    N("moving_or_life_event", "career_change", "après dix ans comme cheffe de rayon", M(
        "Stéphanie Vernet <stephanie.vernet@example.fr>", "Nouvelle vie, nouvelle candidature", "07 21:03",
        """Bonjour,

La naissance de ma fille l'an passé m'a fait tout revoir. Après dix ans comme cheffe de rayon dans un hypermarché, j'ai repris une formation et j'ai obtenu mon BTS Économie sociale familiale en juin 2026.

Je voudrais maintenant travailler dans une association d'aide aux familles. Est-ce que je peux candidater ?

Stéphanie Vernet
06 93 42 17 85""",
        app("Stéphanie", "Vernet", phone="+33693421785", bac=2, grad="2026-06", failing=("not_career_change",), status="b_cheffe_rayon_bts_esf"),
    )),
    # Feature: moving_or_life_event — graduation — ma licence, je l'ai eue juste avant de tomber malade
    # ambiguous: the licence is dated only by the start of an illness of unstated length: it may be recent or not
    # occasion: «ma licence, je l'ai eue juste avant de tomber malade» = the illness recovered is the occasion; the diploma has no date but the illness's → graduation_recent open → to_verify
    N("moving_or_life_event", "graduation", "ma licence, je l'ai eue juste avant de tomber malade", M(
        "Rose Tchakounté <rose.tchakounte@example.net>", "Candidature après une longue maladie", "10 10:50",
        """Bonjour,

Après une longue maladie, je suis enfin rétablie et prête à reprendre une vie active. Ma licence, je l'ai eue juste avant de tomber malade (licence de sciences sanitaires et sociales).

J'aimerais travailler dans une association de patients, et je pense que Pro'pulse m'aiderait à reprendre pied.

Rose Tchakounté
07 78 60 52 14""",
        app("Rose", "Tchakounté", phone="+33778605214", bac=3, grad=None, unknown=("graduation_recent",), status="b_licence_sss_apres_maladie"),
    )),
    # Feature: moving_or_life_event — studies_finished — mon DUT est terminé depuis juin 2025
    # occasion: «mon DUT est terminé depuis juin 2025» = after a birth in August (its date no graduation), the studies over → meets → eligible
    N("moving_or_life_event", "studies_finished", "mon DUT est terminé depuis juin 2025", M(
        "Anthony Mendy <anthony.mendy@example.com>", "reprise après congé paternité", "13 08:40",
        """Bonjour,

Après la naissance de mon fils en août et mon congé paternité, je reprends mes recherches. Mon DUT est terminé depuis juin 2025 (DUT Gestion administrative et commerciale des organisations).

Je cherche un poste d'assistant administratif dans une fondation ou une association d'entraide.

Anthony Mendy
06 94 27 63 08""",
        app("Anthony", "Mendy", phone="+33694276308", bac=2, grad="2025-06", status="b_dut_gaco_conge_paternite"),
    )),
    # Feature: moving_or_life_event — aim — travailler dans une SCOP du bâtiment
    # occasion: «travailler dans une SCOP du bâtiment» = back from a year of travel, the aim said with the return → meets job_seeking_ess → eligible
    N("moving_or_life_event", "aim", "travailler dans une SCOP du bâtiment", M(
        "Nils Pettersen <nils.pettersen@example.org>", "retour de voyage", "16 12:12",
        """Salut l'équipe,

Je suis rentré d'un an de voyage en Asie (sac à dos, petits boulots) et je me pose enfin. J'ai un BTS Bâtiment obtenu en juin 2025 et j'ai envie de travailler dans une SCOP du bâtiment, pour bosser autrement.

Je veux bien rejoindre votre programme !

Nils Pettersen
07 79 14 86 20""",
        app("Nils", "Pettersen", phone="+33779148620", bac=2, grad="2025-06", status="b_bts_batiment_scop"),
    )),
    # Feature: moving_or_life_event — situation — j'ai commencé un stage qui dure jusqu'en avril
    # occasion: «j'ai commencé un stage qui dure jusqu'en avril» = back from Spain, a stage begun on the return and running → fails not_internship → not_eligible
    N("moving_or_life_event", "situation", "j'ai commencé un stage qui dure jusqu'en avril", M(
        "Adrián Montoya <adrian.montoya@example.net>", "De retour d'Espagne", "20 19:30",
        """Bonjour,

De retour d'Espagne où j'ai passé l'année, j'ai commencé un stage qui dure jusqu'en avril dans une association de commerce équitable. J'ai une licence de commerce international (2025).

Je voudrais m'inscrire à Pro'pulse pour préparer la suite dans l'ESS.

Adrián Montoya
06 95 50 23 71""",
        app("Adrián", "Montoya", phone="+33695502371", bac=3, grad="2025", failing=("not_internship",), status="b_licence_ci_stage_avril"),
    )),
    # Feature: moving_or_life_event — kind — je suis en congé parental jusqu'au 15 janvier
    # occasion: «je suis en congé parental jusqu'au 15 janvier» = an out-of-office on a life event, no one applying → kind auto_reply
    N("moving_or_life_event", "kind", "je suis en congé parental jusqu'au 15 janvier", M(
        "Juliette Ngo <juliette.ngo@example.fr>", "Réponse automatique", "22 09:00",
        """Bonjour,

Je suis en congé parental jusqu'au 15 janvier. Pour les questions sur les partenariats, merci de contacter partenariats@example.fr.

Juliette Ngo""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: moving_or_life_event — kind — nous accompagnons les personnes qui arrivent dans la région
    # occasion: «nous accompagnons les personnes qui arrivent dans la région» = a relocation agency offering its services, no one applying → kind other
    N("moving_or_life_event", "kind", "nous accompagnons les personnes qui arrivent dans la région", M(
        "Bienvenue Relocation <contact@bienvenue-reloc.example.com>", "Partenariat nouveaux arrivants", "03 14:45",
        """Bonjour,

Notre agence : nous accompagnons les personnes qui arrivent dans la région (logement, démarches, emploi du conjoint). Nous aimerions présenter nos services à vos participants.

Seriez-vous disponibles pour un échange en décembre ?

L'équipe Bienvenue Relocation""",
        other(),
    )),
    # Feature: several_programmes — aim — je candidate aussi à un incubateur de start-up
    # ambiguous: the same mail goes to an ESS programme and to a start-up incubator: whether the job search is in the ESS is left open
    # occasion: «je candidate aussi à un incubateur de start-up» = several schemes at once, the aim split between the ESS and a start-up → job_seeking_ess open → to_verify
    N("several_programmes", "aim", "je candidate aussi à un incubateur de start-up", M(
        "Maxime Ollivier <maxime.ollivier@example.com>", "Candidature Pro'pulse", "05 09:55",
        """Bonjour,

Je vous envoie ma candidature, et pour être transparent, je candidate aussi à un incubateur de start-up. J'ai un master Innovation sociale (septembre 2026) et je ne sais pas encore si je veux créer ma boîte ou être salarié dans une association.

Je verrai selon les réponses.

Maxime Ollivier
06 96 08 31 45""",
        app("Maxime", "Ollivier", phone="+33696083145", bac=5, grad="2026-09", unknown=("job_seeking_ess",), status="b_master_is_incubateur"),
    )),
    # Feature: several_programmes — level — je suis en Garantie jeunes, j'ai un CAP Petite enfance
    # occasion: «je suis en Garantie jeunes, j'ai un CAP Petite enfance» = several schemes at once; a CAP is below bac+2 → fails degree_level → not_eligible
    N("several_programmes", "level", "je suis en Garantie jeunes, j'ai un CAP Petite enfance", M(
        "Djeneba Sangaré <djeneba.sangare@example.org>", "inscription", "09 15:37",
        """Bonjour

Ma conseillère m'a dit de m'inscrire dans plusieurs dispositifs. Je suis en Garantie jeunes, j'ai un CAP Petite enfance et je voudrais aussi faire Pro'pulse. Je cherche un travail dans une crèche associative.

Djeneba Sangaré
07 80 36 74 19""",
        app("Djeneba", "Sangaré", phone="+33780367419", bac=0, grad=None, failing=("degree_level",), status="b_cap_petite_enfance_gj"),
    )),
    # Feature: several_programmes — level — lequel me conviendrait ? J'ai un BUT GEA de juin 2026
    # occasion: «lequel me conviendrait ? J'ai un BUT GEA de juin 2026» = asking which scheme fits, the facts said for all: a BUT (bac+3) of June 2026 → eligible
    N("several_programmes", "level", "lequel me conviendrait ? J'ai un BUT GEA de juin 2026", M(
        "Théa Roche <thea.roche@example.net>", "Plusieurs dispositifs, lequel ?", "11 18:20",
        """Bonjour,

On m'a parlé de Pro'pulse, du Contrat d'engagement jeune et d'un programme de la Région. Lequel me conviendrait ? J'ai un BUT GEA de juin 2026 et je veux travailler dans une mutuelle, côté gestion.

Si c'est Pro'pulse, considérez ce mail comme ma candidature !

Théa Roche
06 97 65 20 38""",
        app("Théa", "Roche", phone="+33697652038", bac=3, grad="2026-06", status="b_but_gea_lequel"),
    )),
    # Feature: several_programmes — graduation — master Management des associations, obtenu en septembre 2025
    # occasion: «master Management des associations, obtenu en septembre 2025» = the same facts sent to two schemes, with the CV: a master of 14 months → eligible
    N("several_programmes", "graduation", "master Management des associations, obtenu en septembre 2025", M(
        "Ruben Saint-Fleur <ruben.sf@example.com>", "Candidature (envoyée à plusieurs programmes)", "14 10:05",
        """Bonjour,

J'envoie ce dossier à deux programmes, le vôtre et le Contrat d'engagement jeune de ma ville. Je suis titulaire d'un master Management des associations, obtenu en septembre 2025, et je cherche un poste de responsable de projets dans une fédération d'éducation populaire.

Mon CV est joint.

Ruben Saint-Fleur
07 81 49 02 66""",
        app("Ruben", "Saint-Fleur", phone="+33781490266", bac=5, grad="2025-09", info_in="both", status="b_master_mda_deux_programmes"),
        cv=CV("pdf", "CV_Ruben_Saint-Fleur.pdf", """Ruben Saint-Fleur
Master Management des associations, septembre 2025
Licence AES, 2023
Volontariat, fédération d'éducation populaire, 2023-2024"""),
    )),
    # Feature: several_programmes — career_change — j'ai été commercial pendant sept ans
    # occasion: «j'ai été commercial pendant sept ans» = looking at several retraining schemes; seven years of another trade → fails not_career_change → not_eligible
    N("several_programmes", "career_change", "j'ai été commercial pendant sept ans", M(
        "Sylvain Weiss <sylvain.weiss@example.fr>", "Plusieurs dispositifs", "17 11:58",
        """Bonjour,

Je regarde plusieurs dispositifs en même temps. J'ai été commercial pendant sept ans dans l'automobile, puis j'ai fait une licence pro Gestion des structures sanitaires et sociales, obtenue en juin 2026.

Je voudrais rejoindre Pro'pulse pour travailler dans un EHPAD associatif.

Sylvain Weiss
06 98 32 57 10""",
        app("Sylvain", "Weiss", phone="+33698325710", bac=3, grad="2026-06", failing=("not_career_change",), status="b_commercial_lp_ehpad"),
    )),
    # Feature: several_programmes — situation — j'hésite entre Pro'pulse et un service civique
    # occasion: «j'hésite entre Pro'pulse et un service civique» = a service civique only considered, not begun: no fact → meets not_service_civique → eligible
    N("several_programmes", "situation", "j'hésite entre Pro'pulse et un service civique", M(
        "Lou-Anne Pradier <louanne.pradier@example.org>", "j'hésite", "21 13:33",
        """Bonjour,

J'hésite entre Pro'pulse et un service civique, mais je crois que je préfère un vrai emploi. J'ai une licence d'histoire de l'art (juin 2026) et je cherche dans les associations de médiation du patrimoine.

Je vous envoie donc ma candidature.

Lou-Anne Pradier
07 82 03 48 91""",
        app("Lou-Anne", "Pradier", phone="+33782034891", bac=3, grad="2026-06", status="b_licence_hda_hesite_sc"),
    )),
    # Feature: several_programmes — kind — quelle différence avec la Garantie jeunes
    # occasion: «quelle différence avec la Garantie jeunes» = an adviser comparing schemes with no one named → kind question
    N("several_programmes", "kind", "quelle différence avec la Garantie jeunes", M(
        "Pascale Moreno <pascale.moreno@example.fr>", "Question sur les dispositifs", "12 09:10",
        """Bonjour,

J'oriente des jeunes vers plusieurs dispositifs. Quelle différence avec la Garantie jeunes, et peut-on cumuler les deux ?

Merci d'avance,
Pascale Moreno""",
        question(),
    )),
    # Feature: several_programmes — kind — La lettre des dispositifs jeunesse
    # occasion: «La lettre des dispositifs jeunesse» = a newsletter listing youth schemes, no one applying → kind newsletter
    N("several_programmes", "kind", "La lettre des dispositifs jeunesse", M(
        "Info Jeunes <lettre@infojeunes.example.org>", "La lettre des dispositifs jeunesse - novembre", "01 08:00",
        """La lettre des dispositifs jeunesse - novembre

Au sommaire : le Contrat d'engagement jeune, les aides au permis, les programmes d'accompagnement vers l'emploi.

Se désabonner : répondez STOP.""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:lettre@infojeunes.example.org?subject=stop>"},
    )),
    # Feature: english_occasions — studies_finished — since then I've passed my viva and my MA is confirmed
    # occasion: «since then I've passed my viva and my MA is confirmed» = an English follow-up updating «viva still to come»: the last word counts → studies finished → eligible
    N("english_occasions", "studies_finished", "since then I've passed my viva and my MA is confirmed", M(
        "Siobhan Walsh <siobhan.walsh@example.com>", "Following up on my application of 6 November", "23 10:15",
        """Hello,

I'm following up on my application of 6 November. At the time I was waiting for my viva, but since then I've passed my viva and my MA is confirmed (MA in Community Education, November 2026).

I'm still keen to work for a community association or a tenants' co-op.

Best wishes,
Siobhan Walsh
07 83 57 21 04""",
        app("Siobhan", "Walsh", phone="+33783572104", bac=5, grad="2026-11", language="en", status="b_ma_viva_passed"),
    )),
    # Feature: english_occasions — situation — I'm currently on a placement until March
    # occasion: «I'm currently on a placement until March» = after the info session, in English: a placement is an internship running now → fails not_internship → not_eligible
    N("english_occasions", "situation", "I'm currently on a placement until March", M(
        "Oskar Nyberg <oskar.nyberg@example.net>", "We met at the info session", "15 17:45",
        """Hi,

We met at the info session last Tuesday, I was the one asking about housing. I'd like to join Pro'pulse. I have a BSc in Geography (2025) and I'm currently on a placement until March at a city council.

Afterwards I want to work for a housing charity.

Oskar Nyberg
07 84 26 90 37""",
        app("Oskar", "Nyberg", phone="+33784269037", bac=3, grad="2025", failing=("not_internship",), language="en", status="b_bsc_placement_march"),
    )),
    # Feature: english_occasions — graduation — I got my BSc in 2024
    # ambiguous: a BSc of 2024 with no month: recent only if November or December 2024
    # occasion: «I got my BSc in 2024» = back from Australia (the return's date is no graduation): a year alone in 2024 → graduation_recent open → to_verify
    N("english_occasions", "graduation", "I got my BSc in 2024", M(
        "Ngozi Umeh <ngozi.umeh@example.org>", "Back from Australia", "02 11:40",
        """Hello,

I've just come back from a working holiday in Australia and I'm settling in Toulouse. I got my BSc in 2024 (Environmental Science) and I'd like to apply to Pro'pulse to find a job with an environmental association.

Thank you,
Ngozi Umeh
07 85 13 47 92""",
        app("Ngozi", "Umeh", phone="+33785134792", bac=3, grad="2024", unknown=("graduation_recent",), language="en", status="b_bsc_2024_australia"),
    )),
    # Feature: english_occasions — level — my HND in Business, which I completed in June 2025
    # occasion: «my HND in Business, which I completed in June 2025» = a former manager suggested writing (his facts are his): the applicant's HND (bac+2) of June 2025 → eligible
    N("english_occasions", "level", "my HND in Business, which I completed in June 2025", M(
        "Callum Reid <callum.reid@example.com>", "Suggested by my manager at the food bank", "06 14:14",
        """Dear Pro'pulse team,

My manager at the food bank, where I volunteer, suggested I get in touch. He did the programme himself years ago. I have my HND in Business, which I completed in June 2025, and I'd like to work for a charity, ideally in operations.

Could I join the next intake?

Regards,
Callum Reid
07 86 40 15 63""",
        app("Callum", "Reid", phone="+33786401563", bac=2, grad="2025-06", language="en", status="b_hnd_business_food_bank"),
    )),
    # Feature: english_occasions — level — I only have my A-levels
    # occasion: «I only have my A-levels» = answering the programme's newsletter in English: A-levels are level 4 → fails degree_level → not_eligible
    N("english_occasions", "level", "I only have my A-levels", M(
        "Tariq Mahmood <tariq.mahmood@example.net>", "Saw your newsletter", "08 20:26",
        """Hi,

I saw your newsletter and the call for applications. I only have my A-levels, but I've volunteered with a youth charity for three years and I'd love to work there properly.

Can I apply?

Tariq Mahmood
07 87 62 38 05""",
        app("Tariq", "Mahmood", phone="+33787623805", bac=0, grad=None, failing=("degree_level",), language="en", status="b_a_levels_newsletter"),
    )),
    # Feature: english_occasions — career_change — I worked for a few years in retail before my degree
    # ambiguous: «a few years» of retail before the degree: a former trade or a student job, a careful reader cannot say
    # occasion: «I worked for a few years in retail before my degree» = moved back to France, the past work unclear → not_career_change open → to_verify
    N("english_occasions", "career_change", "I worked for a few years in retail before my degree", M(
        "Zainab Osei <zainab.osei@example.com>", "Moved back - application", "18 12:48",
        """Hello,

I've just moved back to France after growing up in London. I worked for a few years in retail before my degree, a BA in Social Work I finished in June 2026.

I'm now looking for a job in a social work charity and would like to apply to your programme.

Zainab Osei
07 88 19 64 27""",
        app("Zainab", "Osei", phone="+33788196427", bac=3, grad="2026-06", unknown=("not_career_change",), language="en", status="b_ba_social_work_retail"),
    )),
    # Feature: english_occasions — aim — a job at a housing co-op
    # occasion: «a job at a housing co-op» = as agreed on the phone, the aim written down in English: a co-op → meets job_seeking_ess → eligible
    N("english_occasions", "aim", "a job at a housing co-op", M(
        "Mateo Rinaldi <mateo.rinaldi@example.org>", "As agreed on the phone", "24 15:05",
        """Hello,

As agreed on the phone this morning, here is my application in writing. I have an MA in Urban Studies from July 2025 and I'm looking for a job at a housing co-op or a community land trust.

Many thanks,
Mateo Rinaldi
07 89 52 06 18""",
        app("Mateo", "Rinaldi", phone="+33789520618", bac=5, grad="2025-07", language="en", status="b_ma_urban_housing_coop"),
    )),
    # Feature: english_occasions — kind — Re: Your application to Pro'pulse
    # occasion: «Re: Your application to Pro'pulse» = a true reply in our thread, in English (In-Reply-To to our Message-ID) → kind reply
    N("english_occasions", "kind", "Re: Your application to Pro'pulse", M(
        "Fiona MacLeod <fiona.macleod@example.com>", "Re: Your application to Pro'pulse", "25 09:42",
        """Thank you, Thursday at 10 works for me. See you then.

Fiona

> We would be glad to meet you on Thursday at 10:00.""",
        reply(),
        headers={"In-Reply-To": "<rdv-2411.fm@animafac.net>", "References": "<rdv-2411.fm@animafac.net>"},
    )),
    # Feature: english_occasions — kind — Is the programme open to people who don't speak French
    # occasion: «Is the programme open to people who don't speak French» = a question in English with no personal fact → kind question
    N("english_occasions", "kind", "Is the programme open to people who don't speak French", M(
        "Ines Varga <ines.varga@example.net>", "Question", "26 10:30",
        """Hello,

Is the programme open to people who don't speak French well yet? And are the sessions in person?

Thanks,
Ines Varga""",
        question("en"),
    )),
]
