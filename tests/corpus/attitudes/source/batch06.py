"""Attitudes corpus, batch 06 (writer B): mails written in complaint («onze ans de centre d'appels, j'en peux
plus», «j'en ai marre de mon stage», «France Travail», student jobs complained about), in irony («ma
"brillante carrière" de trois étés chez un fast-food», «quelle chance, mon service civique est prolongé»,
«sept merveilleuses années dans l'assurance») and in enthusiasm («J'AI MON BUT !!!», «trop hâte», a start-up
beside an association, an internship adored while it runs); other mail in the same attitudes (a complaint in
our thread, a neighbour complaining about the room, an ironic question about the form, a mailbox «pleine,
évidemment», a festival's effusive letter, a sunny out-of-office)."""
# ruff: noqa: E501

from __future__ import annotations

from attitudes import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: complaint — career_change — onze ans de centre d'appels, j'en peux plus
    # attitude: «onze ans de centre d'appels, j'en peux plus» = what the complaint states is fact: eleven years of another trade before the licence pro → fails not_career_change → not_eligible
    N("complaint", "career_change", "onze ans de centre d'appels, j'en peux plus", M(
        "Loïc Renard <loic.renard@example.fr>", "Candidature - besoin de changer d'air", "01 21:17",
        """Bonjour,

Onze ans de centre d'appels, j'en peux plus. Les scripts, les objectifs chronométrés, les clients qui hurlent : j'ai tenu, mais c'est fini. En parallèle j'ai passé une licence pro Gestion des structures de l'ESS en cours du soir, obtenue en juin 2026.

Je voudrais enfin un travail qui a du sens, dans une association ou une coopérative. Est-ce que Pro'pulse peut m'aider ?

Loïc Renard
06 47 82 15 30""",
        app("Loïc", "Renard", phone="+33647821530", bac=3, grad="2026-06", failing=("not_career_change",), status="b_centre_appels_onze_ans"),
    )),
    # Feature: complaint — situation — encore jusqu'au 31 janvier à faire des photocopies
    # attitude: «encore jusqu'au 31 janvier à faire des photocopies» = the internship complained about is running until 31 January → fails not_internship → not_eligible
    N("complaint", "situation", "encore jusqu'au 31 janvier à faire des photocopies", M(
        "Inès Perrot <ines.perrot@example.net>", "candidature pro'pulse", "02 12:44",
        """Bonjour,

J'en ai marre de mon stage à la mairie : encore jusqu'au 31 janvier à faire des photocopies et à classer des arrêtés, alors que j'ai un master de politiques sociales depuis septembre 2026.

Ce que je veux, c'est travailler dans une association de lutte contre la précarité. J'aimerais rejoindre votre programme dès que possible.

Inès Perrot
07 61 05 93 48""",
        app("Inès", "Perrot", phone="+33761059348", bac=5, grad="2026-09", failing=("not_internship",), status="b_master_stage_mairie_janvier"),
    )),
    # Feature: complaint — career_change — ras-le-bol des petits boulots de serveuse que j'enchaîne depuis la fac
    # attitude: «ras-le-bol des petits boulots de serveuse que j'enchaîne depuis la fac» = the complaint is about student jobs taken during and after the licence: no trade before the diploma → meets not_career_change → eligible
    N("complaint", "career_change", "ras-le-bol des petits boulots de serveuse que j'enchaîne depuis la fac", M(
        "Manon Tran <manon.tran@example.org>", "Candidature", "03 23:05",
        """Bonsoir,

Ras-le-bol des petits boulots de serveuse que j'enchaîne depuis la fac pour payer mes études et mon loyer. J'ai eu ma licence d'histoire en juin 2025 et je n'ai toujours pas trouvé de poste en lien avec ce que j'aime.

Je voudrais travailler dans la médiation du patrimoine, dans une association ou un écomusée associatif. Mon CV est joint.

Manon Tran
06 93 27 41 05""",
        app("Manon", "Tran", phone="+33693274105", bac=3, grad="2025-06", info_in="both", status="b_serveuse_licence_histoire"),
        cv=CV("odt", "CV_Manon_Tran.odt", """Manon Tran
06 93 27 41 05 - manon.tran@example.org
Formation
Juin 2025 : Licence d'histoire, université de Poitiers
Expériences
Serveuse (emplois étudiants puis extras), 2021-2026
Bénévole, journées du patrimoine de Melle"""),
    )),
    # Feature: complaint — aim — what I actually want is a job in an international solidarity NGO
    # attitude: «what I actually want is a job in an international solidarity NGO» = a complaint in English about France Travail (no criterion); the aim it states is the ESS → meets job_seeking_ess → eligible
    N("complaint", "aim", "what I actually want is a job in an international solidarity NGO", M(
        "Daniel Okafor <daniel.okafor@example.com>", "Application - sick of being sent retail jobs", "04 10:38",
        """Hello,

I'm fed up with France Travail. Every week they send me offers for shelf-stacking and call centres, when what I actually want is a job in an international solidarity NGO. Nobody there seems to have read my file.

I have a master's in international relations from Sciences Po Lille (September 2025) and I speak English, French and Igbo. Could Pro'pulse help where they don't?

Daniel Okafor
07 45 60 28 19""",
        app("Daniel", "Okafor", phone="+33745602819", bac=5, grad="2025-09", language="en", status="b_master_ri_france_travail"),
    )),
    # Feature: complaint — graduation — depuis que j'ai eu mon BUT GEA en 2024
    # ambiguous: the BUT is dated by the year 2024 alone: it may be more or less than 24 months old
    # attitude: «depuis que j'ai eu mon BUT GEA en 2024» = the complaint («personne ne répond») dates the BUT by a year alone in 2024 → graduation_recent open → to_verify
    N("complaint", "graduation", "depuis que j'ai eu mon BUT GEA en 2024", M(
        "Sabrina Masson <sabrina.masson@example.fr>", "Personne ne répond...", "05 16:20",
        """Bonjour,

Personne ne répond à mes candidatures depuis que j'ai eu mon BUT GEA en 2024. Pas un refus, rien, c'est épuisant. J'ai postulé partout : mutuelles, associations, coopératives.

J'ai entendu parler de Pro'pulse par une amie et j'aimerais vraiment être accompagnée pour trouver un poste de gestionnaire dans l'ESS.

Sabrina Masson
06 38 92 50 14""",
        app("Sabrina", "Masson", phone="+33638925014", bac=3, grad="2024", unknown=("graduation_recent",), status="b_but_gea_2024_personne_ne_repond"),
    )),
    # Feature: complaint — aim — je veux un vrai salaire dans une grande banque
    # attitude: «je veux un vrai salaire dans une grande banque» = the complaint about underpaid associations states the aim: a big bank, outside the ESS → fails job_seeking_ess → not_eligible
    N("complaint", "aim", "je veux un vrai salaire dans une grande banque", M(
        "Victor Schmitt <victor.schmitt@example.net>", "Candidature", "06 09:02",
        """Bonjour,

J'ai fait deux ans de bénévolat dans des assos pendant ma licence d'économie-gestion (juin 2026) et franchement j'en ai marre de l'associatif payé au lance-pierre. Maintenant je veux un vrai salaire dans une grande banque, côté analyse financière.

On m'a dit que votre programme aidait à trouver un premier emploi, donc je tente.

Victor Schmitt
06 05 71 84 23""",
        app("Victor", "Schmitt", phone="+33605718423", bac=3, grad="2026-06", failing=("job_seeking_ess",), status="b_licence_eco_grande_banque"),
    )),
    # Feature: complaint — graduation — je galère depuis septembre 2023, date de mon master
    # attitude: «je galère depuis septembre 2023, date de mon master» = the complaint dates the master: September 2023, 38 months ago → fails graduation_recent → not_eligible
    N("complaint", "graduation", "je galère depuis septembre 2023, date de mon master", M(
        "Aïssatou Sall <aissatou.sall@example.org>", "Candidature Pro'pulse", "07 14:15",
        """Bonjour,

Je galère depuis septembre 2023, date de mon master en sociologie des organisations. Trois ans de CDD de remplacement, d'entretiens sans suite et de relances qui ne servent à rien.

Je voudrais un poste stable dans une fédération associative ou un réseau d'éducation populaire.

Aïssatou Sall
07 29 46 81 53""",
        app("Aïssatou", "Sall", phone="+33729468153", bac=5, grad="2023-09", failing=("graduation_recent",), status="b_master_2023_galere"),
    )),
    # Feature: complaint — kind — Re: Votre candidature à Pro'pulse
    # attitude: «Re: Votre candidature à Pro'pulse» = a complaint about the wait («c'est épuisant») written in our thread (In-Reply-To one of our Message-IDs) → kind reply
    N("complaint", "kind", "Re: Votre candidature à Pro'pulse", M(
        "Thibault Martel <thibault.martel@example.com>", "Re: Votre candidature à Pro'pulse", "08 18:49",
        """Bonjour,

Ça fait trois semaines que vous m'avez écrit que je recevrais « très vite » le lien pour l'entretien. Toujours rien. Attendre comme ça, c'est épuisant.

Pouvez-vous me dire où ça en est ?

Thibault

Le 16/10/2026 à 14:20, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Thibault, merci pour votre candidature, vous recevrez très vite un lien pour fixer un entretien.""",
        reply(),
        headers={"In-Reply-To": "<cand-1610.martel@animafac.net>", "References": "<cand-1610.martel@animafac.net>"},
    )),
    # Feature: complaint — kind — la salle a été rendue dans un état lamentable
    # attitude: «la salle a été rendue dans un état lamentable» = the maison des associations complaining about the room after our info session, no one applying → kind other
    N("complaint", "kind", "la salle a été rendue dans un état lamentable", M(
        "Maison des associations <accueil@mda-exemple.example.fr>", "Réunion du 5 novembre - salle 3", "09 08:30",
        """Bonjour,

Après votre réunion d'information du 5 novembre, la salle a été rendue dans un état lamentable : chaises non rangées, gobelets partout, vidéoprojecteur resté allumé toute la nuit. Ce n'est pas la première fois.

Merci d'y veiller à l'avenir, sans quoi nous ne pourrons plus vous prêter la salle.

L'accueil de la Maison des associations""",
        other(),
    )),
    # Feature: irony — career_change — ma « brillante carrière » de trois étés dans un fast-food
    # attitude: «ma « brillante carrière » de trois étés dans un fast-food» = irony about summer jobs during the licence: no career, no career change → meets not_career_change → eligible
    N("irony", "career_change", "ma « brillante carrière » de trois étés dans un fast-food", M(
        "Théo Rolland <theo.rolland@example.net>", "Candidature (CV très impressionnant)", "10 11:11",
        """Bonjour,

Pour résumer mon expérience professionnelle : ma « brillante carrière » de trois étés dans un fast-food, pendant ma licence de géographie, obtenue en juin 2026. Autant dire que les recruteurs se bousculent.

Plus sérieusement, je voudrais travailler dans une association de mobilité solidaire ou un atelier vélo. Je serais ravi de rejoindre Pro'pulse.

Théo Rolland
06 77 30 16 94""",
        app("Théo", "Rolland", phone="+33677301694", bac=3, grad="2026-06", status="b_ete_fast_food_licence_geo"),
    )),
    # Feature: irony — situation — quelle chance, mon service civique est prolongé jusqu'en mai
    # attitude: «quelle chance, mon service civique est prolongé jusqu'en mai» = the ironic «quelle chance» is dropped, the fact under it kept: a service civique running until May → fails not_service_civique → not_eligible
    N("irony", "situation", "quelle chance, mon service civique est prolongé jusqu'en mai", M(
        "Lina Pasquier <lina.pasquier@example.fr>", "candidature", "11 13:57",
        """Bonjour,

Bonne nouvelle (enfin, « bonne ») : quelle chance, mon service civique est prolongé jusqu'en mai. Encore six mois à 600 euros par mois, je ne pouvais pas rêver mieux.

J'ai un BTS Économie sociale familiale de juin 2025 et j'aimerais préparer la suite avec vous, pour un vrai poste dans une association familiale.

Lina Pasquier
07 36 52 09 18""",
        app("Lina", "Pasquier", phone="+33736520918", bac=2, grad="2025-06", failing=("not_service_civique",), status="b_sc_prolonge_mai"),
    )),
    # Feature: irony — level — bac+1, le diplôme dont tout le monde rêve
    # attitude: «bac+1, le diplôme dont tout le monde rêve» = irony over one validated year of licence: bac+1 is below bac+2 → fails degree_level → not_eligible
    N("irony", "level", "bac+1, le diplôme dont tout le monde rêve", M(
        "Enzo Marin <enzo.marin@example.com>", "Un profil formidable", "12 17:26",
        """Bonjour,

Formidable parcours que le mien : une première année de licence de droit validée, et puis j'ai arrêté. Bac+1, le diplôme dont tout le monde rêve.

Depuis un an je suis bénévole dans une épicerie solidaire et c'est là que je veux travailler. Est-ce que Pro'pulse pourrait m'aider, évidemment sans master ?

Enzo Marin
06 86 43 27 50""",
        app("Enzo", "Marin", phone="+33686432750", bac=1, grad=None, failing=("degree_level",), status="b_bac_plus_un_ironique"),
    )),
    # Feature: irony — graduation — Diplômée depuis juin 2025
    # attitude: «Diplômée depuis juin 2025» = irony about a «palpitante» job search; the date under it is June 2025, 17 months ago → meets graduation_recent → eligible
    N("irony", "graduation", "Diplômée depuis juin 2025", M(
        "Jeanne Morvan <jeanne.morvan@example.org>", "Candidature - une recherche d'emploi palpitante", "13 20:40",
        """Bonjour,

Diplômée depuis juin 2025 (licence pro Métiers de l'animation sociale), et depuis, quelle aventure palpitante que la recherche d'emploi : des dizaines de lettres, trois entretiens, zéro réponse. Génial.

Je cherche un poste d'animatrice coordinatrice dans une association de quartier ou un centre social, et je me dis que Pro'pulse serait une bonne idée, bien sûr.

Jeanne Morvan
06 21 70 58 36""",
        app("Jeanne", "Morvan", phone="+33621705836", bac=3, grad="2025-06", status="b_lp_animation_palpitante"),
        html="only",
    )),
    # Feature: irony — situation — ma « formidable » convention de stage se termine ce mois-ci
    # ambiguous: the internship ends «ce mois-ci» with no day: on 26 November it may still be running
    # attitude: «ma « formidable » convention de stage se termine ce mois-ci» = the ironic «formidable» dropped, the end «ce mois-ci» has no day → not_internship open → to_verify
    N("irony", "situation", "ma « formidable » convention de stage se termine ce mois-ci", M(
        "Rayan Saïdi <rayan.saidi@example.net>", "candidature Pro'pulse", "14 10:09",
        """Bonjour,

Ma « formidable » convention de stage se termine ce mois-ci, évidemment sans que personne à l'agence ne sache me dire quel jour exactement. Six mois à faire des tableaux Excel, quelle expérience enrichissante.

J'ai une licence de sciences politiques (juin 2026) et je voudrais travailler pour une association de défense des droits.

Rayan Saïdi
07 52 84 61 03""",
        app("Rayan", "Saïdi", phone="+33752846103", bac=3, grad="2026-06", unknown=("not_internship",), status="b_stage_formidable_ce_mois"),
    )),
    # Feature: irony — career_change — après sept merveilleuses années dans l'assurance
    # attitude: «après sept merveilleuses années dans l'assurance» = the ironic «merveilleuses» dropped, seven years of another trade before the master → fails not_career_change → not_eligible
    N("irony", "career_change", "après sept merveilleuses années dans l'assurance", M(
        "Bérénice Vaillant <berenice.vaillant@example.fr>", "Candidature", "15 15:33",
        """Bonjour,

Après sept merveilleuses années dans l'assurance — merveilleuses, vraiment, surtout les réunions du lundi —, j'ai repris un master Économie sociale et solidaire, obtenu en juin 2026.

Je souhaite travailler dans une mutuelle ou une coopérative, là où l'on parle enfin de sociétaires et pas de portefeuilles.

Bérénice Vaillant
06 59 14 03 82""",
        app("Bérénice", "Vaillant", phone="+33659140382", bac=5, grad="2026-06", failing=("not_career_change",), status="b_assurance_sept_ans_master_ess"),
    )),
    # Feature: irony — kind — Vu la « simplicité » de votre formulaire en ligne
    # attitude: «Vu la « simplicité » de votre formulaire en ligne» = an ironic question about how to apply, with no personal fact → kind question
    N("irony", "kind", "Vu la « simplicité » de votre formulaire en ligne", M(
        "Noé Pujol <noe.pujol@example.com>", "Question sur le formulaire", "16 22:12",
        """Bonjour,

Vu la « simplicité » de votre formulaire en ligne (trois pages qui s'effacent dès qu'on clique sur « retour », bravo), est-il possible de candidater simplement par mail, en joignant un CV ?

Merci,
Noé""",
        question(),
    )),
    # Feature: irony — kind — la boîte de réception de william.ngata@example.net est pleine
    # attitude: «la boîte de réception de william.ngata@example.net est pleine» = a mail host's cheeky report («Évidemment») that our answer came back → kind bounce
    N("irony", "kind", "la boîte de réception de william.ngata@example.net est pleine", M(
        "Mail Delivery Subsystem <mailer-daemon@example.net>", "Échec de la remise : Votre candidature à Pro'pulse", "17 05:20",
        """Oups. Évidemment, c'était trop beau.

Votre message n'a pas pu être remis : la boîte de réception de william.ngata@example.net est pleine. Le destinataire doit faire un peu de ménage avant de recevoir de nouveaux messages.

Erreur : 552 5.2.2 mailbox full""",
        bounce("william.ngata@example.net"),
        bounce="Reporting-MTA: dns; mx2.example.net\n\nFinal-Recipient: rfc822; william.ngata@example.net\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 mailbox full",
    )),
    # Feature: enthusiasm — level — J'AI MON BUT GEA
    # attitude: «J'AI MON BUT GEA» = the capitals carry no fact, the BUT (bac+3) of June 2026 does → meets degree_level → eligible
    N("enthusiasm", "level", "J'AI MON BUT GEA", M(
        "Mariam Traoré <mariam.traore@example.org>", "JE CANDIDATE !!!", "18 08:03",
        """Bonjour bonjour !!!

J'AI MON BUT GEA (obtenu en juin 2026) 🎉🎉 et je suis trop trop motivée pour la suite !!!

Mon rêve : être gestionnaire dans une SCIC ou une coopérative d'activité. J'ai découvert Pro'pulse sur Instagram et j'ai trop hâte de commencer !!!

Mariam Traoré
07 80 46 19 27""",
        app("Mariam", "Traoré", phone="+33780461927", bac=3, grad="2026-06", status="b_but_gea_majuscules"),
        html="only",
    )),
    # Feature: enthusiasm — aim — trop hâte de bosser dans une SCOP de l'alimentation bio
    # attitude: «trop hâte de bosser dans une SCOP de l'alimentation bio» = the effusion carries the aim: a SCOP, in the ESS → meets job_seeking_ess → eligible
    N("enthusiasm", "aim", "trop hâte de bosser dans une SCOP de l'alimentation bio", M(
        "Lucie Perrin <lucie.perrin@example.net>", "candidature !!", "19 12:26",
        """Hello !!!

J'ai eu ma licence pro Commerce et distribution de produits biologiques en juillet 2025 et j'ai trop hâte de bosser dans une SCOP de l'alimentation bio !!! Vraiment, c'est LE projet de ma vie 😍

Je veux apprendre à monter des partenariats avec les producteurs locaux. Trop bien si vous me prenez dans Pro'pulse !

Lucie Perrin
06 14 39 62 07""",
        app("Lucie", "Perrin", phone="+33614396207", bac=3, grad="2025-07", status="b_lp_bio_scop_trop_hate"),
    )),
    # Feature: enthusiasm — studies_finished — le jury a validé mon master le 20 octobre
    # attitude: «le jury a validé mon master le 20 octobre» = «c'est FINI !!!» with the fact inside: the master validated on 20 October 2026 → meets studies_finished → eligible
    N("enthusiasm", "studies_finished", "le jury a validé mon master le 20 octobre", M(
        "Jonas Wagner <jonas.wagner@example.com>", "C'est FINI !!!", "20 19:45",
        """Bonjour l'équipe !!!

C'est FINI : le jury a validé mon master le 20 octobre !!! Master Gestion de l'environnement, j'en rêvais depuis deux ans 🥳

Maintenant je veux travailler dans une association de protection de la nature ou une coopérative d'énergie citoyenne. Je joins mon CV, trop hâte d'avoir de vos nouvelles !

Jonas Wagner
06 60 28 75 41""",
        app("Jonas", "Wagner", phone="+33660287541", bac=5, grad="2026-10", info_in="both", status="b_master_env_jury_20_octobre"),
        cv=CV("pdf", "Jonas_Wagner_CV.pdf", """Jonas Wagner
06 60 28 75 41 - jonas.wagner@example.com
Formation
Octobre 2026 : Master Gestion de l'environnement
2024 : Licence de biologie
Expériences
Stage, conservatoire d'espaces naturels (mars-août 2026)
Animateur nature bénévole"""),
    )),
    # Feature: enthusiasm — aim — soit une start-up de la tech, soit une asso, les deux me font rêver
    # ambiguous: the aim is split between a tech start-up and an association, both equally: the search in the ESS is open
    # attitude: «soit une start-up de la tech, soit une asso, les deux me font rêver» = enthusiasm for a start-up beside the ESS: the aim split → job_seeking_ess open → to_verify
    N("enthusiasm", "aim", "soit une start-up de la tech, soit une asso, les deux me font rêver", M(
        "Clémence Moulin <clemence.moulin@example.fr>", "Motivée à 200% !!!", "21 10:52",
        """Coucou l'équipe Pro'pulse !!!

Je suis GRAVE motivée : licence info-com en poche depuis juin 2026 et je veux un premier job dans la com', soit une start-up de la tech, soit une asso, les deux me font rêver !!!

J'adore créer des contenus, animer des réseaux, organiser des événements. Trop hâte d'en parler avec vous !!!

Clémence
06 02 84 37 19""",
        app("Clémence", "Moulin", phone="+33602843719", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_licence_infocom_startup_ou_asso"),
    )),
    # Feature: enthusiasm — situation — je suis en stage dans une ressourcerie et j'ADORE, jusqu'à fin mars
    # attitude: «je suis en stage dans une ressourcerie et j'ADORE, jusqu'à fin mars» = enthusiasm for an internship that runs until March → fails not_internship → not_eligible
    N("enthusiasm", "situation", "je suis en stage dans une ressourcerie et j'ADORE, jusqu'à fin mars", M(
        "Ilyes Meziane <ilyes.meziane@example.net>", "Pro'pulse !!!", "22 14:18",
        """Salut !!!

En ce moment je suis en stage dans une ressourcerie et j'ADORE, jusqu'à fin mars !!! Trier, réparer, revendre, sensibiliser, c'est exactement ce que je veux faire plus tard.

J'ai un BTS Métiers des services à l'environnement (juin 2026). Trop bien si Pro'pulse m'aide à trouver un poste après !!!

Ilyes Meziane
07 27 95 43 60""",
        app("Ilyes", "Meziane", phone="+33727954360", bac=2, grad="2026-06", failing=("not_internship",), status="b_stage_ressourcerie_adore_mars"),
    )),
    # Feature: enthusiasm — graduation — Diplômée en juin 2021 et toujours aussi motivée
    # attitude: «Diplômée en juin 2021 et toujours aussi motivée» = the motivation carries no date, the diploma does: June 2021, 65 months ago → fails graduation_recent → not_eligible
    N("enthusiasm", "graduation", "Diplômée en juin 2021 et toujours aussi motivée", M(
        "Axelle Thomas <axelle.thomas@example.org>", "Candidature !", "23 09:35",
        """Bonjour !!!

Diplômée en juin 2021 et toujours aussi motivée !!! J'ai un DUT Carrières sociales et j'ai travaillé depuis en remplacements dans des foyers, mais là je veux un vrai poste, stable, dans une association de protection de l'enfance !

J'adore ce que vous faites, trop hâte de vous lire !!!

Axelle Thomas
06 31 57 08 92""",
        app("Axelle", "Thomas", phone="+33631570892", bac=2, grad="2021-06", failing=("graduation_recent",), status="b_dut_cs_2021_motivee"),
    )),
    # Feature: enthusiasm — kind — Trop hâte de vous retrouver au festival
    # attitude: «Trop hâte de vous retrouver au festival» = a festival's effusive letter to its list, no one applying → kind newsletter
    N("enthusiasm", "kind", "Trop hâte de vous retrouver au festival", M(
        "Festival Alternatives <news@festival-alternatives.example.org>", "J-30 !!! Le programme du festival est là", "24 07:15",
        """Trop hâte de vous retrouver au festival !!!

Au programme cette année : 40 stands de l'ESS, un village des coopératives, des concerts et, nouveauté, un speed-dating de l'emploi solidaire !!!

Réservez votre samedi 19 décembre. On vous attend NOMBREUX 🎉

Vous recevez cette lettre car vous êtes inscrit·e à notre liste. Se désabonner.""",
        newsletter(),
    )),
    # Feature: enthusiasm — kind — Je suis en vacances au soleil
    # attitude: «Je suis en vacances au soleil» = a sunny, exclamatory out-of-office, no one applying → kind auto_reply
    N("enthusiasm", "kind", "Je suis en vacances au soleil", M(
        "Mélanie Roux <melanie.roux@example.fr>", "Réponse automatique : Pro'pulse - atelier du 2 décembre", "25 11:00",
        """Coucou !!!

Je suis en vacances au soleil ☀️ jusqu'au 7 décembre !!! Je lirai vos messages à mon retour, promis.

Bonne journée !!!
Mélanie""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
]
