"""Attitudes corpus, batch 08 (writer B): mails written in humour («master en Netflix (ne rigolez pas)»,
«stagiaire à vie… spoiler», «ma mère dit que…», a volontariat joked about), in gratitude and politeness (heavy
formulas, «votre magnifique programme», a newsletter's date in the thanks, an adviser's formal referral) and
attitudes in English (a hedge on results, a regret about a year abroad, sarcasm over a running «placement»,
British understatement about a 2:1, «I smashed my finals», «I wish I'd finished already», «I know I don't
tick every box»); other mail in the same attitudes (a «question sérieuse (pour une fois)», an out-of-office
gone mushroom-picking, a question wrapped in thanks, a foundation's flattering offer of partnership, an
apologetic bounce in English, a question in English «sorry to bother you»)."""
# ruff: noqa: E501

from __future__ import annotations

from attitudes import N
from kit import CV, M, app, auto_reply, bounce, other, question

MESSAGES = [
    # Feature: humour — studies_finished — spoiler: I'm done with uni for good
    # attitude: «spoiler: I'm done with uni for good» = the joke in English («professional job-hunter, lol») is dropped, the fact kept: the licence finished in July 2025 → meets studies_finished → eligible
    N("humour", "studies_finished", "spoiler: I'm done with uni for good", M(
        "Oscar Whitfield <oscar.whitfield@example.com>", "Application from a professional job-hunter", "01 15:12",
        """Hi there,

Quick summary of my career so far: professional job-hunter, 200+ cover letters, undefeated champion of "we'll keep your CV on file" lol. And spoiler: I'm done with uni for good — my licence in geography at Rennes 2 was finished in July 2025.

What I'd actually like is a job with an environmental charity or a land trust. I hear Pro'pulse is the cheat code.

Cheers,
Oscar Whitfield
07 86 51 23 09""",
        app("Oscar", "Whitfield", phone="+33786512309", bac=3, grad="2025-07", language="en", status="b_licence_geo_job_hunter_lol"),
    )),
    # Feature: humour — level — officiellement juste un bac STMG
    # attitude: «officiellement juste un bac STMG» = the joke diploma («bac+5 en Netflix (ne rigolez pas)») is no diploma; the real one is a bac, level 4 → fails degree_level → not_eligible
    N("humour", "level", "officiellement juste un bac STMG", M(
        "Lou Rivet <lou.rivet@example.net>", "candidature (profil atypique, haha)", "02 22:30",
        """Bonsoir,

Niveau diplômes, j'ai un bac+5 en Netflix (ne rigolez pas), mais officiellement juste un bac STMG, eu en juillet 2025. Ma mère dit que je devrais mettre le Netflix sur mon CV, j'hésite encore.

Plus sérieusement, je suis bénévole dans une recyclerie depuis un an et j'adorerais y travailler. Est-ce que Pro'pulse peut m'aider ?

Lou
07 64 30 87 15""",
        app("Lou", "Rivet", phone="+33764308715", bac=0, grad="2025-07", failing=("degree_level",), status="b_bac_stmg_master_netflix"),
    )),
    # Feature: humour — situation — spoiler : le dernier s'est fini le 31 octobre
    # attitude: «spoiler : le dernier s'est fini le 31 octobre» = a joke about being «stagiaire à vie» while the last internship is over → meets not_internship → eligible
    N("humour", "situation", "spoiler : le dernier s'est fini le 31 octobre", M(
        "Baptiste Ruelle <baptiste.ruelle@example.fr>", "Ex-stagiaire à vie cherche emploi", "03 09:55",
        """Bonjour,

Après trois stages d'affilée, j'ai cru que j'étais stagiaire à vie, condamné au ticket-resto et à la machine à café. Mais spoiler : le dernier s'est fini le 31 octobre, et je suis enfin libre !

J'ai une licence pro Métiers de la gestion associative (juin 2026) et je cherche un vrai poste dans une association ou une fédération. Haha, un vrai contrat, vous imaginez ?

Baptiste Ruelle
06 13 94 72 08""",
        app("Baptiste", "Ruelle", phone="+33613947208", bac=3, grad="2026-06", status="b_stagiaire_a_vie_fini_31_octobre"),
    )),
    # Feature: humour — aim — je me contenterais d'un poste dans une régie de quartier
    # attitude: «je me contenterais d'un poste dans une régie de quartier» = «ma mère dit que je vais sauver le monde» is the joke; the aim under it is a régie de quartier, in the ESS → meets job_seeking_ess → eligible
    N("humour", "aim", "je me contenterais d'un poste dans une régie de quartier", M(
        "Salma Ouédraogo <salma.ouedraogo@example.org>", "Candidature (pour sauver le monde, ou presque)", "04 12:48",
        """Bonjour,

Ma mère dit que je vais sauver le monde. Moi, plus modestement, je me contenterais d'un poste dans une régie de quartier, ce serait déjà pas mal pour commencer (je plaisante à moitié).

J'ai un BTS Économie sociale familiale depuis juin 2025 et un permis B tout neuf, obtenu au quatrième essai, haha.

Salma Ouédraogo
07 58 62 14 90""",
        app("Salma", "Ouédraogo", phone="+33758621490", bac=2, grad="2025-06", status="b_bts_esf_regie_de_quartier"),
    )),
    # Feature: humour — situation — je fais un volontariat (pas celui qui paie le loyer, haha) jusqu'en décembre
    # ambiguous: a «volontariat» of unstated scheme running until December: a service civique would fail, an unpaid volunteering would not
    # attitude: «je fais un volontariat (pas celui qui paie le loyer, haha) jusqu'en décembre» = the joke does not say which scheme: a volontariat running until December, maybe a civic service → not_service_civique open → to_verify
    N("humour", "situation", "je fais un volontariat (pas celui qui paie le loyer, haha) jusqu'en décembre", M(
        "Gabin Pichon <gabin.pichon@example.com>", "Candidature Pro'pulse", "05 18:21",
        """Salut l'équipe,

En ce moment je fais un volontariat (pas celui qui paie le loyer, haha) jusqu'en décembre, dans une association qui répare des ordinateurs pour les familles. Spoiler : je sais maintenant changer un disque dur les yeux fermés.

J'ai un BUT Informatique (juin 2026) et je voudrais travailler dans le numérique solidaire.

Gabin Pichon
06 35 47 81 26""",
        app("Gabin", "Pichon", phone="+33635478126", bac=3, grad="2026-06", unknown=("not_service_civique",), status="b_but_info_volontariat_decembre"),
    )),
    # Feature: humour — career_change — quinze ans dans la grande distribution
    # attitude: «quinze ans dans la grande distribution» = the joke («je ne regrette rien, sauf peut-être les néons») is dropped: fifteen years of another trade before the licence pro → fails not_career_change → not_eligible
    N("humour", "career_change", "quinze ans dans la grande distribution", M(
        "Nathalie Wojcik <nathalie.wojcik@example.net>", "candidature d'une ex-reine du rayon frais", "06 10:40",
        """Bonjour,

Quinze ans dans la grande distribution, spoiler : je ne regrette rien, sauf peut-être les néons et la musique d'ambiance. J'ai repris les études et décroché une licence pro Intervention sociale en juin 2026, à 38 ans (ne rigolez pas, j'étais la doyenne de la promo).

Je voudrais travailler dans une épicerie sociale ou une association d'aide alimentaire.

Nathalie Wojcik
06 72 19 50 34""",
        app("Nathalie", "Wojcik", phone="+33672195034", bac=3, grad="2026-06", failing=("not_career_change",), status="b_grande_distribution_quinze_ans"),
    )),
    # Feature: humour — kind — Question sérieuse (pour une fois)
    # attitude: «Question sérieuse (pour une fois)» = a joking question about combining the programme with a part-time job, no personal fact → kind question
    N("humour", "kind", "Question sérieuse (pour une fois)", M(
        "Léo Sarfati <leo.sarfati@example.org>", "Question sérieuse (pour une fois)", "07 16:05",
        """Bonjour,

Question sérieuse (pour une fois) : est-ce qu'on peut suivre Pro'pulse en gardant un petit boulot à mi-temps ? Les ateliers ont-ils lieu en journée ou le soir ?

Merci, et bravo pour vos affiches, elles sont bien plus drôles que celles de ma fac.
Léo""",
        question(),
    )),
    # Feature: humour — kind — Je suis parti cueillir des champignons
    # attitude: «Je suis parti cueillir des champignons» = a joking out-of-office, no one applying → kind auto_reply
    N("humour", "kind", "Je suis parti cueillir des champignons", M(
        "Hervé Tournier <herve.tournier@example.fr>", "Absence : Re: Atelier CV du 3 décembre", "08 08:00",
        """Bonjour,

Je suis parti cueillir des champignons (les comestibles, promis) jusqu'au 1er décembre. Je n'aurai ni réseau ni ordinateur.

Si c'est urgent, c'est pas de chance : écrivez à ma collègue sylvie@example.fr.

Hervé Tournier""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: gratitude_politeness — graduation — titulaire d'un BTS Support à l'action managériale obtenu en juin 2023
    # attitude: «titulaire d'un BTS Support à l'action managériale obtenu en juin 2023» = the formula's date («votre lettre d'information du 12 novembre») is no graduation; the BTS of June 2023, 41 months ago → fails graduation_recent → not_eligible
    N("gratitude_politeness", "graduation", "titulaire d'un BTS Support à l'action managériale obtenu en juin 2023", M(
        "Élodie Marchal <elodie.marchal@example.fr>", "Candidature au programme Pro'pulse", "09 11:20",
        """Madame, Monsieur,

Je vous remercie vivement pour votre lettre d'information du 12 novembre, que j'ai lue avec le plus grand intérêt et qui m'a donné l'envie de vous écrire.

Titulaire d'un BTS Support à l'action managériale obtenu en juin 2023, je souhaiterais, si vous le permettez, intégrer votre magnifique programme afin de trouver un poste d'assistante de direction au sein d'une association.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Élodie Marchal
06 84 27 15 63""",
        app("Élodie", "Marchal", phone="+33684271563", bac=2, grad="2023-06", failing=("graduation_recent",), status="b_bts_sam_2023_newsletter_12_novembre"),
    )),
    # Feature: gratitude_politeness — level — titulaire d'une licence professionnelle Coordination de projets d'économie sociale et solidaire
    # attitude: «titulaire d'une licence professionnelle Coordination de projets d'économie sociale et solidaire» = the adviser's formulas bury the facts: a licence pro (bac+3) of June 2026 → meets degree_level → eligible (a referral: the adviser writes, the young man applies)
    N("gratitude_politeness", "level", "titulaire d'une licence professionnelle Coordination de projets d'économie sociale et solidaire", M(
        "Marie-Claude Roblin <mc.roblin@missionlocale-exemple.example.fr>", "Recommandation de M. Jordan Ndiaye", "10 14:36",
        """Madame, Monsieur,

Permettez-moi, avec tout mon respect pour le travail remarquable que vous accomplissez, de vous recommander M. Jordan Ndiaye, que j'accompagne à la Mission locale depuis l'été.

M. Ndiaye, titulaire d'une licence professionnelle Coordination de projets d'économie sociale et solidaire obtenue en juin 2026, souhaite ardemment exercer dans une coopérative ou une association. Il est joignable au 07 23 85 46 19.

Je vous remercie infiniment de l'attention que vous voudrez bien porter à sa candidature et vous prie d'agréer l'expression de ma haute considération.

Marie-Claude Roblin
Conseillère, Mission locale""",
        app("Jordan", "Ndiaye", phone="+33723854619", bac=3, grad="2026-06", email=None, forwarded_by="mc.roblin@missionlocale-exemple.example.fr", status="b_lp_ess_conseillere_formules"),
    )),
    # Feature: gratitude_politeness — aim — au sein d'une mutuelle ou d'une coopérative
    # attitude: «au sein d'une mutuelle ou d'une coopérative» = «si vous m'en jugez digne» is the formula; the aim under it is a mutuelle or a cooperative, in the ESS → meets job_seeking_ess → eligible
    N("gratitude_politeness", "aim", "au sein d'une mutuelle ou d'une coopérative", M(
        "Hélène Quintin <helene.quintin@example.org>", "Candidature - Hélène Quintin", "11 09:14",
        """Madame, Monsieur,

C'est avec un immense plaisir que je vous adresse ma candidature à votre programme, dont la réputation n'est plus à faire.

Diplômée d'un master Actuariat et gestion des risques en novembre 2025, j'aspire à exercer, si vous m'en jugez digne, au sein d'une mutuelle ou d'une coopérative, où la solidarité n'est pas un vain mot. Vous trouverez mon CV ci-joint.

Je vous remercie par avance et vous prie de croire à l'assurance de ma respectueuse considération.

Hélène Quintin
06 29 63 70 41""",
        app("Hélène", "Quintin", phone="+33629637041", bac=5, grad="2025-11", info_in="both", status="b_master_actuariat_mutuelle"),
        cv=CV("pdf", "CV_Helene_Quintin.pdf", """Hélène Quintin
06 29 63 70 41 - helene.quintin@example.org
Formation
Novembre 2025 : Master Actuariat et gestion des risques
2023 : Licence de mathématiques appliquées
Expériences
Stage, mutuelle régionale de santé (avril-septembre 2025)
Trésorière, association étudiante"""),
    )),
    # Feature: gratitude_politeness — studies_finished — je me permets d'attendre humblement la délibération du jury
    # ambiguous: the defence took place on 18 November, the jury has not deliberated: the master may or may not be validated, studies_finished open
    # attitude: «je me permets d'attendre humblement la délibération du jury» = the formula buries the fact: the defence is past, its result awaited → studies_finished open → to_verify
    N("gratitude_politeness", "studies_finished", "je me permets d'attendre humblement la délibération du jury", M(
        "Amadou Wane <amadou.wane@example.net>", "Candidature respectueuse", "12 17:03",
        """Madame, Monsieur,

Avec tout mon respect, je vous prie de bien vouloir considérer ma candidature à votre programme. Ma soutenance de master Économie du développement a eu lieu le 18 novembre et je me permets d'attendre humblement la délibération du jury, prévue en décembre.

Je souhaiterais, avec votre aide précieuse, trouver un poste dans une ONG de solidarité internationale.

Je vous remercie infiniment et vous prie d'agréer mes salutations les plus respectueuses.

Amadou Wane
07 46 92 31 58""",
        app("Amadou", "Wane", phone="+33746923158", bac="*", grad=None, unknown=("studies_finished",), status="b_master_soutenance_deliberation_attendue"),
    )),
    # Feature: gratitude_politeness — situation — actuellement en service civique auprès d'une fondation jusqu'au 30 avril 2027
    # attitude: «actuellement en service civique auprès d'une fondation jusqu'au 30 avril 2027» = the fact in a subordinate clause among thanks: a service civique running until April 2027 → fails not_service_civique → not_eligible
    N("gratitude_politeness", "situation", "actuellement en service civique auprès d'une fondation jusqu'au 30 avril 2027", M(
        "Capucine Morin <capucine.morin@example.com>", "Candidature au programme Pro'pulse", "13 10:27",
        """Madame, Monsieur,

Je vous remercie infiniment pour la qualité des informations disponibles sur votre site. Titulaire d'une licence de lettres modernes (juin 2026) et actuellement en service civique auprès d'une fondation jusqu'au 30 avril 2027, je me permets de solliciter une place dans votre magnifique programme.

Je souhaite devenir chargée de mécénat dans une fondation ou une association culturelle.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Capucine Morin
06 57 38 20 96""",
        app("Capucine", "Morin", phone="+33657382096", bac=3, grad="2026-06", failing=("not_service_civique",), status="b_sc_fondation_avril_2027"),
        html="only",
    )),
    # Feature: gratitude_politeness — aim — intégrer le service marketing d'un grand groupe de luxe
    # attitude: «intégrer le service marketing d'un grand groupe de luxe» = flattery of the programme, but the aim is a luxury group → fails job_seeking_ess → not_eligible
    N("gratitude_politeness", "aim", "intégrer le service marketing d'un grand groupe de luxe", M(
        "Rodrigue Mbarga <rodrigue.mbarga@example.fr>", "Candidature", "14 08:49",
        """Madame, Monsieur,

Permettez-moi de vous exprimer toute mon admiration pour votre programme, dont j'ai entendu le plus grand bien.

Diplômé d'un master Marketing et communication en septembre 2026, je souhaiterais, avec votre bienveillant accompagnement, intégrer le service marketing d'un grand groupe de luxe, secteur qui me passionne depuis toujours.

Avec ma plus profonde gratitude, je vous prie d'agréer l'expression de mes sentiments les meilleurs.

Rodrigue Mbarga
07 21 84 06 53""",
        app("Rodrigue", "Mbarga", phone="+33721840653", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="b_master_marketing_luxe"),
    )),
    # Feature: gratitude_politeness — kind — Pourriez-vous avoir l'amabilité de m'indiquer les dates
    # attitude: «Pourriez-vous avoir l'amabilité de m'indiquer les dates» = a question wrapped in thanks, with no personal fact → kind question
    N("gratitude_politeness", "kind", "Pourriez-vous avoir l'amabilité de m'indiquer les dates", M(
        "Pascale Valentin <pascale.valentin@example.org>", "Demande de renseignements", "15 11:33",
        """Madame, Monsieur,

Je vous remercie infiniment pour tout ce que vous faites en faveur des jeunes diplômés. Pourriez-vous avoir l'amabilité de m'indiquer les dates de la prochaine session, ainsi que la procédure d'inscription ?

Avec mes remerciements anticipés, je vous prie d'agréer mes salutations respectueuses.

Pascale Valentin""",
        question(),
    )),
    # Feature: gratitude_politeness — kind — C'est avec un immense plaisir que la Fondation Horizon Partagé
    # attitude: «C'est avec un immense plaisir que la Fondation Horizon Partagé» = a foundation's flattering offer of partnership and job offers, no one applying → kind other
    N("gratitude_politeness", "kind", "C'est avec un immense plaisir que la Fondation Horizon Partagé", M(
        "Fondation Horizon Partagé <partenariats@horizon-partage.example.org>", "Proposition de partenariat", "16 15:10",
        """Madame, Monsieur,

C'est avec un immense plaisir que la Fondation Horizon Partagé vous propose de relayer auprès de vos participants nos offres d'emploi pour 2027 : quatre postes de chargés de projet, en CDI.

Nous saluons le travail exemplaire de votre équipe et serions honorés de vous rencontrer.

Avec nos respectueuses salutations,
Le service partenariats""",
        other(),
    )),
    # Feature: english_attitudes — studies_finished — I think I've passed everything, results should be out in January
    # ambiguous: every exam sat, results not out before January: the master may or may not be validated, studies_finished open
    # attitude: «I think I've passed everything, results should be out in January» = a hedge in English that leaves the fact open: results awaited → studies_finished open → to_verify
    N("english_attitudes", "studies_finished", "I think I've passed everything, results should be out in January", M(
        "Ruth Okonkwo <ruth.okonkwo@example.com>", "Application - Pro'pulse", "17 13:45",
        """Hello,

I'm finishing a master's in cultural mediation at Paris 8. I think I've passed everything, results should be out in January, if I'm not mistaken.

I'd like to work for a community arts association or a socio-cultural centre. I believe Pro'pulse could really help me find my feet.

Kind regards,
Ruth Okonkwo
06 40 75 19 82""",
        app("Ruth", "Okonkwo", phone="+33640751982", bac="*", grad=None, unknown=("studies_finished",), language="en", status="b_master_mediation_results_january"),
    )),
    # Feature: english_attitudes — graduation — I got my licence in 2024
    # ambiguous: the licence is dated by the year 2024 alone: it may be more or less than 24 months old
    # attitude: «I got my licence in 2024» = a regret in English («I should have come back sooner») dating the licence by a year alone in 2024 → graduation_recent open → to_verify
    N("english_attitudes", "graduation", "I got my licence in 2024", M(
        "Siobhan Walsh <siobhan.walsh@example.net>", "Application (better late than never)", "18 19:28",
        """Hi,

I should have come back to France sooner, I know. I got my licence in 2024 in Montpellier (economics), then spent over a year in Ireland working in a café, which I now regret a bit.

I'm back now and I'd love to work for a fair-trade cooperative or a microfinance association.

Siobhan Walsh
+33 6 28 91 47 05""",
        app("Siobhan", "Walsh", phone="+33628914705", bac=3, grad="2024", unknown=("graduation_recent",), language="en", status="b_licence_2024_ireland_regret"),
    )),
    # Feature: english_attitudes — situation — only three more months of it
    # attitude: «only three more months of it» = sarcasm in English («loving my "placement"») over a placement, an internship running three more months → fails not_internship → not_eligible
    N("english_attitudes", "situation", "only three more months of it", M(
        "Harriet Pryce <harriet.pryce@example.com>", "Application - escaping PR", "19 21:50",
        """Hello,

Absolutely loving my "placement" at a PR agency — only three more months of it, oh joy. Writing press releases about yoghurt is exactly why I studied.

I finished my licence in English studies at Université Paris Cité in June 2026, and what I really want is to do communications for a charity or a cooperative.

Harriet Pryce
07 39 56 12 48""",
        app("Harriet", "Pryce", phone="+33739561248", bac=3, grad="2026-06", failing=("not_internship",), language="en", status="b_placement_pr_agency_oh_joy"),
    )),
    # Feature: english_attitudes — level — I got a 2:1 in Social Policy
    # attitude: «I got a 2:1 in Social Policy» = British understatement («not bad at all, I suppose») for a BA (bac+3) of July 2025 → meets degree_level → eligible
    N("english_attitudes", "level", "I got a 2:1 in Social Policy", M(
        "Tom Sheridan <tom.sheridan@example.org>", "Application", "20 10:16",
        """Hello,

I got a 2:1 in Social Policy from the University of Kent in July 2025 — not bad at all, I suppose. I moved to Lille in the spring and my French is decent now.

I'm hoping to find a job with a housing association or a charity working with young people.

Best wishes,
Tom Sheridan
07 70 38 64 21""",
        app("Tom", "Sheridan", phone="+33770386421", bac=3, grad="2025-07", language="en", status="b_ba_social_policy_understatement"),
    )),
    # Feature: english_attitudes — aim — now I want to work for a community energy cooperative
    # attitude: «now I want to work for a community energy cooperative» = pride in English («I smashed my finals») is colour; the aim is a cooperative, in the ESS → meets job_seeking_ess → eligible
    N("english_attitudes", "aim", "now I want to work for a community energy cooperative", M(
        "Amara Sesay <amara.sesay@example.net>", "Application - MSc Sustainable Development", "21 14:02",
        """Hi,

I smashed my finals (MSc Sustainable Development, September 2026, top of my class, if I may say so) and now I want to work for a community energy cooperative. I've already helped set up a solar project in my home village.

I'm proud to apply to Pro'pulse.

Amara Sesay
06 88 40 57 13""",
        app("Amara", "Sesay", phone="+33688405713", bac=5, grad="2026-09", language="en", status="b_msc_sustainable_smashed"),
    )),
    # Feature: english_attitudes — studies_finished — I'm in the final year of my BA, graduating in June 2027
    # attitude: «I'm in the final year of my BA, graduating in June 2027» = «I wish I'd finished already» is an unreal past: studies running until June 2027 → fails studies_finished → not_eligible
    N("english_attitudes", "studies_finished", "I'm in the final year of my BA, graduating in June 2027", M(
        "Megan Price <megan.price@example.com>", "Can I apply?", "22 17:40",
        """Hello,

I wish I'd finished already! I'm in the final year of my BA, graduating in June 2027 — I'm on an Erasmus year in Lyon at the moment, from the University of Bristol.

I'd love to work for an NGO in France after that. Could I join Pro'pulse now?

Megan Price
07 12 63 85 40""",
        app("Megan", "Price", phone="+33712638540", bac="*", grad=None, failing=("studies_finished",), language="en", status="b_ba_final_year_wish"),
    )),
    # Feature: english_attitudes — aim — what I'm really after is a role in a fintech start-up
    # attitude: «what I'm really after is a role in a fintech start-up» = «I know I don't tick every box» pre-empts a refusal; the aim is a fintech start-up, outside the ESS → fails job_seeking_ess → not_eligible
    N("english_attitudes", "aim", "what I'm really after is a role in a fintech start-up", M(
        "Jack Turner <jack.turner@example.org>", "Application - before you say no", "23 11:55",
        """Hi,

I know I don't tick every box, so before you say no: I have a licence in economics (June 2026) and what I'm really after is a role in a fintech start-up. I think your coaching would still help me land it.

Thanks,
Jack Turner
07 93 14 28 60""",
        app("Jack", "Turner", phone="+33793142860", bac=3, grad="2026-06", failing=("job_seeking_ess",), language="en", status="b_licence_eco_fintech_tick_box"),
    )),
    # Feature: english_attitudes — kind — We're so sorry, but your message to sam.yeboah@example.com couldn't be delivered
    # attitude: «We're so sorry, but your message to sam.yeboah@example.com couldn't be delivered» = an apologetic mail server in English reporting that our answer came back → kind bounce
    N("english_attitudes", "kind", "We're so sorry, but your message to sam.yeboah@example.com couldn't be delivered", M(
        "Mail Delivery Subsystem <mailer-daemon@example.com>", "Delivery Status Notification (Failure)", "24 03:30",
        """We're so sorry, but your message to sam.yeboah@example.com couldn't be delivered. The address may be misspelled or may no longer exist.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""",
        bounce("sam.yeboah@example.com"),
        bounce="Reporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; sam.yeboah@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 account does not exist",
    )),
    # Feature: english_attitudes — kind — Sorry to bother you, just a quick question
    # attitude: «Sorry to bother you, just a quick question» = an anxious question in English about applicants living abroad, no personal fact → kind question
    N("english_attitudes", "kind", "Sorry to bother you, just a quick question", M(
        "Ewa Zielińska <ewa.zielinska@example.net>", "Question about eligibility", "25 09:12",
        """Hello,

Sorry to bother you, just a quick question: do you accept applicants who live outside France at the moment, or do they need to be living in France when the programme starts?

Thank you, and sorry again.
Ewa""",
        question(language="en"),
    )),
]
