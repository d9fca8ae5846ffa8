# ruff: noqa: E501
"""Batch 4: more CVs, advisers, English, and non-applications that look like them."""

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    M(
        frm="Aïcha Traoré <aicha.traore@example.com>",
        subject="CV",
        date="20 17:02",
        body="""Bonjour, ci-joint mon CV. Merci""",
        cv=CV("docx", "CV-Aicha-Traore.docx", """Aïcha Traoré
Évry-Courcouronnes
07 84 26 19 50
aicha.traore@example.com
PROFIL
Jeune diplômée en gestion, je cherche un premier emploi dans une structure de l'économie sociale et solidaire (association, SCOP, mutuelle).
FORMATION
Licence Administration économique et sociale — Université d'Évry — juillet 2026
Baccalauréat STMG — 2023
EXPÉRIENCE
Stage de 3 mois — Secours populaire (gestion des dons) — avril à juin 2026
Équipière polyvalente — restauration rapide — depuis 2023
LANGUES
Anglais B1, bambara courant"""),
        truth=app("Aïcha", "Traoré", phone="+33784261950", bac=3, grad="2026-07", info_in="cv", status="cv_only_docx"),
    ),
    M(
        frm="Benoît Lefèvre <benoit.lefevre@example.org>",
        subject="Pro'pulse ma candidature",
        date="21 09:00",
        body="""Bonjour,

J'ai 25 ans, je suis diplômé d'un master en sciences politiques depuis juin 2025 et je postule depuis des mois auprès de fondations, d'ONG et de think tanks de l'ESS, sans succès. Je ne fais ni stage ni service civique en ce moment : je me consacre entièrement à ma recherche.

Benoît Lefèvre
06 23 70 49 81""",
        truth=app("Benoît", "Lefèvre", phone="+33623704981", bac=5, grad="2025-06", status="ni_stage_ni_civique"),
    ),
    M(
        frm="Naël Fontaine <nael.fontaine@example.net>",
        subject="Pro'pulse - Naël Fontaine",
        date="21 11:35",
        body="""Bonjour,

Je n'ai pas de diplôme du supérieur : j'ai commencé une licence de géographie mais je ne l'ai pas terminée. Par contre j'ai beaucoup d'expérience bénévole dans des associations de quartier. Je voudrais en faire mon métier.

Naël Fontaine
06 94 25 30 17""",
        truth=app("Naël", "Fontaine", phone="+33694253017", bac=0, grad=None, failing=("degree_level",), status="unfinished_licence"),
    ),
    M(
        frm="Hannah Schmidt <hannah.schmidt@example.com>",
        subject="Pro'pulse - question",
        date="21 14:14",
        body="""Hello,

What kind of jobs do your participants usually find after the programme? And how many people are in a cohort?

Kind regards""",
        truth=question(language="en"),
    ),
    M(
        frm="Pauline Texier <pauline.texier@example.org>",
        subject="Fwd: candidature de Mme Sofia Almeida",
        date="21 15:20",
        body="""Bonjour,

Je vous transfère la candidature de Sofia, que nous avons reçue au service insertion professionnelle de l'université. Elle a toute sa place dans votre programme.

Pauline Texier
Chargée d'insertion professionnelle, Université de Poitiers

-------- Message transféré --------
Sujet : candidature
Date : Thu, 19 Nov 2026 10:04:11 +0100
De : Sofia Almeida <sofia.almeida@example.com>
Pour : insertion-pro@univ-poitiers.example.org

Bonjour,
Je suis diplômée du master Économie sociale et solidaire de Poitiers (promo 2026, diplôme délivré en septembre 2026). Je cherche un emploi de chargée de développement dans une structure de l'ESS de la région. Pouvez-vous m'aider ?
Sofia Almeida
06 27 81 94 35""",
        truth=app("Sofia", "Almeida", phone="+33627819435", bac=5, grad="2026-09", email="sofia.almeida@example.com", forwarded_by="pauline.texier@example.org", status="university_forward"),
    ),
    M(
        frm="Ibrahim Touré <ibrahim.toure@example.net>",
        subject="Candidature",
        date="21 18:44",
        body="""Bonjour,

J'ai terminé mon master 2 de droit des affaires en 2025. Je travaille en ce moment en CDI dans un cabinet d'avocats, mais je réfléchis à partir vers le secteur associatif.

Ibrahim Touré
06 61 28 40 93""",
        truth=app("Ibrahim", "Touré", phone="+33661284093", bac=5, grad="2025", unknown=("job_seeking_ess", "not_career_change"), status="employed_cdi_thinking"),
    ),
    M(
        frm="Juliette Marchand <juliette.marchand@example.com>",
        subject="pro'pulse !!",
        date="21 22:03",
        body="""coucou,
ma pote m'a dit que vous aidiez les jeunes diplômés à trouver du taf dans l'ess, c'est mon cas : licence pro en juin 2026, et jcherche dans l'éducation à l'environnement
tel 06 35 80 21 47
juliette""",
        truth=app("Juliette", "Marchand", phone="+33635802147", bac=3, grad="2026-06", status="sms_friend"),
    ),
    M(
        frm="Arthur Dumas <arthur.dumas@example.org>",
        subject="Pro'pulse",
        date="22 09:40",
        body="""Bonjour,

Ayant obtenu mon diplôme d'ingénieur en génie civil en 2019, j'ai travaillé cinq ans dans le BTP. Je souhaite aujourd'hui me tourner vers l'habitat social associatif.

Arthur Dumas
06 18 42 97 53""",
        truth=app("Arthur", "Dumas", phone="+33618429753", bac=5, grad="2019", failing=("graduation_recent", "not_career_change"), status="career_change_btp"),
    ),
    M(
        frm="Zoé Martin <zoe.martin@example.net>",
        subject="Pro'pulse candidature",
        date="22 11:11",
        cv=CV("pdf", "zoe_martin_cv.pdf", """Zoé MARTIN
Bordeaux · 06 77 41 20 89 · zoe.martin@example.net
EN RECHERCHE D'EMPLOI DANS L'ESS - chargée de projet alimentation durable
FORMATION
2025 - 2026 Master 2 Alimentation et territoires, Bordeaux Sciences Agro (obtenu)
2020 - 2023 Licence Géographie, Université Bordeaux Montaigne
EXPÉRIENCES
2026 Stage de 6 mois, Projet alimentaire territorial, Bordeaux Métropole
2024 Service civique, Les Jardins de Cocagne (terminé)
BÉNÉVOLAT
Épicerie solidaire étudiante (depuis 2021)"""),
        body="""Bonjour,

Vous trouverez ci-joint mon CV. Je suis très motivée par le programme.

Zoé Martin""",
        truth=app("Zoé", "Martin", phone="+33677412089", bac=5, grad="2026", info_in="cv", status="cv_academic_year"),
    ),
    M(
        frm="Quentin Morel <quentin.morel@example.com>",
        subject="Re: Pro'pulse : vos créneaux d'entretien",
        date="22 13:30",
        headers={"In-Reply-To": "<slots-992.1764@animafac.net>", "References": "<cand-992.1763@animafac.net> <slots-992.1764@animafac.net>"},
        body="""2""",
        truth=reply(),
    ),
    M(
        frm="Assia Belhadj <assia.belhadj@example.org>",
        subject="Pro'pulse",
        date="22 15:50",
        body="""Bonjour,

J'ai obtenu mon BTS Comptabilité et gestion en juin 2026. Je cherche un emploi de comptable, dans n'importe quel secteur.

Assia Belhadj
07 39 14 82 60""",
        truth=app("Assia", "Belhadj", phone="+33739148260", bac=2, grad="2026-06", unknown=("job_seeking_ess",), status="any_sector"),
    ),
    M(
        frm="Nathalie Perrin <n.perrin@epide.example.org>",
        subject="Orientation Pro'pulse - Dylan Meunier",
        date="22 17:12",
        body="""Bonjour,

Je vous adresse Dylan Meunier, 21 ans, qui a quitté le lycée sans le bac et qui a suivi notre parcours. Il souhaite travailler dans une ressourcerie. Est-ce que votre programme peut l'accueillir ?

Dylan : dylan.meunier@example.net — 06 52 73 40 18.

Nathalie Perrin
Conseillère d'insertion""",
        truth=app("Dylan", "Meunier", phone="+33652734018", bac=0, grad=None, email="dylan.meunier@example.net", forwarded_by="n.perrin@epide.example.org", failing=("degree_level",), status="adviser_no_degree"),
    ),
    M(
        frm="Tristan Baron <tristan.baron@example.net>",
        subject="Pro'pulse",
        date="23 08:21",
        html="only",
        body="""Bonjour,

Je suis diplômé d'une licence en sciences économiques (juin 2025) et je cherche un poste dans la finance solidaire ou le microcrédit.

Tristan Baron - 06 84 12 73 59""",
        body_html="""<html><head><style>p{margin:0}</style></head><body><p>Bonjour,</p><p>&nbsp;</p><p>Je suis diplômé d'une licence en sciences économiques (juin 2025) et je cherche un poste dans la finance solidaire ou le microcrédit.</p><p>&nbsp;</p><p>Tristan Baron - 06 84 12 73 59</p><p><img src="cid:logo.png" alt=""></p></body></html>""",
        truth=app("Tristan", "Baron", phone="+33684127359", bac=3, grad="2025-06", status="html_only_styled"),
    ),
    M(
        frm="Marion Leblanc <marion.leblanc@example.com>",
        subject="Réponse automatique: Pro'pulse",
        date="23 08:22",
        headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        body="""Je suis en congé maternité jusqu'au 1er mars 2027. Pour toute question, merci d'écrire à contact@example.com.""",
        truth=auto_reply(),
    ),
    M(
        frm="Simon Carré <simon.carre@example.org>",
        subject="Pro'pulse",
        date="23 10:44",
        body="""Bonjour,

Je voudrais intégrer votre accompagnement. J'ai un master en management public (2026) et je veux bosser dans l'insertion.

Simon Carré
07 20 64 39 81""",
        truth=app("Simon", "Carré", phone="+33720643981", bac=5, grad="2026", status="bosser_insertion"),
    ),
    M(
        frm="Eva Kowalczyk <eva.kowalczyk@example.net>",
        subject="Application / candidature",
        date="23 12:30",
        body="""Dear all,

I graduated in June 2026 with a Master's in Public Policy from Sciences Po and I'm looking for a job in a non-profit, ideally in housing or homelessness. I'm not doing an internship at the moment.

(Je parle aussi français si vous préférez.)

Eva Kowalczyk
+33 6 47 20 91 38""",
        truth=app("Eva", "Kowalczyk", phone="+33647209138", bac=5, grad="2026-06", language="en", status="en_non_profit"),
    ),
    M(
        frm="François Petitjean <francois.petitjean@example.com>",
        subject="Pro'pulse - demande",
        date="23 14:02",
        body="""Bonjour,

J'ai 34 ans, je suis diplômé depuis 2015 (master en communication). Après dix ans en agence, je cherche un poste dans une association.

François Petitjean
06 59 20 48 31""",
        truth=app("François", "Petitjean", phone="+33659204831", bac=5, grad="2015", failing=("graduation_recent", "not_career_change"), status="old_career_change"),
    ),
    M(
        frm="Lisa Hoarau <lisa.hoarau@example.org>",
        subject="Candidature Pro'pulse depuis La Réunion",
        date="23 16:40",
        body="""Bonjour,

Je vis à Saint-Denis de La Réunion. Je suis diplômée d'une licence de sociologie (Université de La Réunion, juin 2026). Je cherche un emploi dans une association de l'île, dans l'accompagnement des jeunes. Est-ce que le programme peut se faire à distance ?

Lisa Hoarau
06 92 45 18 30""",
        truth=app("Lisa", "Hoarau", phone="+262692451830", bac=3, grad="2026-06", status="reunion_phone"),
    ),
    M(
        frm="Coralie Duval <coralie.duval@example.net>",
        subject="Pro'pulse",
        date="23 19:05",
        body="""Bonjour,

Je ne suis plus en service civique depuis le 31 octobre. J'avais fait un BTS ESF (2024). Je cherche un emploi de conseillère dans une association d'aide au logement.

Coralie Duval
06 84 32 19 57""",
        truth=app("Coralie", "Duval", phone="+33684321957", bac=2, grad="2024", unknown=("graduation_recent",), status="ne_plus_civique_year"),
    ),
    M(
        frm="Dr Henri Lacombe <henri.lacombe@example.org>",
        subject="Demande de rendez-vous",
        date="24 09:15",
        body="""Bonjour,

Je suis président d'une petite association d'aide aux devoirs à Montreuil. Nous cherchons un·e coordinateur·rice à mi-temps : est-ce qu'on peut passer une annonce auprès de vos participants ? Qui contacter ?

Henri Lacombe""",
        truth=other(),
    ),
    M(
        frm="Nora Chérif <nora.cherif@example.com>",
        subject="candidature",
        date="24 11:20",
        body="""Bonjour,

J'ai eu mon DUT Carrières sociales en 2025, puis j'ai commencé une licence pro que j'ai validée cette année (juillet 2026). Je n'ai pas d'emploi pour l'instant. Mon objectif est de travailler comme animatrice dans un centre social associatif.

Nora Chérif
07 55 19 42 80""",
        truth=app("Nora", "Chérif", phone="+33755194280", bac=3, grad="2026-07", status="cette_annee"),
    ),
    M(
        frm="Adèle Garnier <adele.garnier@example.org>",
        subject="Pro'pulse",
        date="24 12:50",
        body="""Bonjour,

Je vous écris de la part de ma sœur Camille, qui n'a pas d'ordinateur en ce moment. Elle a un master 2 en histoire de l'art (juin 2025) et elle voudrait travailler dans un musée associatif ou une structure d'éducation artistique. Son numéro : 06 33 19 84 27. Vous pouvez lui écrire à mon adresse.

Adèle Garnier""",
        truth=app("Camille", "Garnier", phone="+33633198427", bac=5, grad="2025-06", email=None, forwarded_by="adele.garnier@example.org", status="sister"),
    ),
    M(
        frm="Mohamed Jaziri <mohamed.jaziri@example.net>",
        subject="Candidature",
        date="24 14:30",
        body="""Bonjour,

Je suis titulaire d'un master en ingénierie financière obtenu en Algérie (Université d'Alger 3) en juin 2025. J'ai obtenu l'équivalence. Je veux travailler dans l'économie sociale et solidaire, dans les mutuelles ou la finance solidaire.

Mohamed Jaziri
07 69 20 14 53""",
        truth=app("Mohamed", "Jaziri", phone="+33769201453", bac=5, grad="2025-06", status="foreign_master_algeria"),
    ),
    M(
        frm="Capucine Blanchard <capucine.blanchard@example.com>",
        subject="Pro'pulse",
        date="24 16:00",
        body="""Bonjour,

Je suis en césure cette année, entre mon M1 et mon M2 de développement territorial (Sciences Po Grenoble). Je cherche un emploi d'un an dans une association.

Capucine Blanchard
06 12 70 39 48""",
        truth=app("Capucine", "Blanchard", phone="+33612703948", bac=4, grad=None, failing=("studies_finished",), unknown=("graduation_recent",), status="gap_year"),
    ),
    M(
        frm="Vincent Leroux <vincent.leroux@example.org>",
        subject="Re: [PP-305] documents manquants",
        date="24 17:45",
        cv=CV("pdf", "attestation_reussite.pdf", """Université de Caen Normandie
Attestation de réussite
Vincent Leroux a obtenu la Licence mention Sociologie
Session de juin 2026"""),
        body="""Bonjour,

Voici mon attestation de réussite comme demandé.

Vincent""",
        truth=reply(),
    ),
    M(
        frm="Morgane Le Gall <morgane.legall@example.net>",
        subject="Pro'pulse",
        date="24 20:30",
        body="""Bonjour,

Je sors de deux ans d'études à Brest : j'ai obtenu un BTS Développement et animation des territoires ruraux en juin 2026. Aujourd'hui j'aimerais travailler dans une association rurale, dans l'animation d'un tiers-lieu par exemple. Je réponds à toutes les offres que je trouve sur Ressources Solidaires.

Morgane Le Gall
06 42 81 37 90""",
        truth=app("Morgane", "Le Gall", phone="+33642813790", bac=2, grad="2026-06", status="btsa_dater"),
    ),
    M(
        frm="Grégoire Masson <gregoire.masson@example.com>",
        subject="Pro'pulse - Grégoire Masson",
        date="25 08:10",
        body="""Bonjour,

Je sors d'un service civique (mission de 8 mois à la Ligue contre le cancer, terminée le 15 novembre) et j'ai un master de psychologie sociale (juin 2025). Je cherche maintenant un poste dans la prévention santé associative.

Grégoire Masson
06 73 42 18 95""",
        truth=app("Grégoire", "Masson", phone="+33673421895", bac=5, grad="2025-06", status="civique_just_ended"),
    ),
    M(
        frm="Lucie Marchetti <lucie.marchetti@example.org>",
        subject="informations",
        date="25 09:55",
        body="""Bonjour,

Pouvez-vous m'envoyer le dossier de candidature et les dates de la prochaine session ?

Merci,
Lucie""",
        truth=question(),
    ),
    M(
        frm="Sébastien Caron <sebastien.caron@example.net>",
        subject="Candidature Pro'pulse",
        date="25 10:30",
        body="""Bonjour,

J'ai obtenu mon diplôme (master 2 en gestion des ressources humaines) en décembre 2024. Je cherche un poste en RH dans une association ou une entreprise de l'ESS.

Sébastien Caron
06 39 71 20 64""",
        truth=app("Sébastien", "Caron", phone="+33639712064", bac=5, grad="2024-12", status="dec_2024"),
    ),
    M(
        frm="Amandine Roy <amandine.roy@example.com>",
        subject="Pro'pulse",
        date="25 11:40",
        body="""Bonjour,

Diplômée d'un master 2 en octobre 2024 (sciences de l'environnement), je cherche depuis un emploi dans une ONG environnementale.

Amandine Roy
06 20 47 91 35""",
        truth=app("Amandine", "Roy", phone="+33620479135", bac=5, grad="2024-10", failing=("graduation_recent",), status="oct_2024"),
    ),
    M(
        frm="Lou-Ann Petit <louann.petit@example.net>",
        subject="Candidature",
        date="25 12:05",
        body="""Bonjour,

Je suis titulaire d'un DEUST (bac+2) et d'une licence 3 que je n'ai pas validée. Mon DEUST date de 2025. Je cherche un emploi dans le sport associatif.

Lou-Ann Petit
07 81 36 24 90""",
        truth=app("Lou-Ann", "Petit", phone="+33781362490", bac=2, grad="2025", status="deust_l3_failed"),
    ),
    M(
        frm="noreply@jobboard.example.com",
        subject="5 nouvelles offres correspondent à votre alerte « association »",
        date="25 06:00",
        headers={"List-Unsubscribe": "<https://jobboard.example.com/alertes/stop>"},
        body="""Bonjour,

5 nouvelles offres correspondent à votre alerte.
- Chargé·e de mission ESS (CDI) - Lyon
- Animateur·rice réseau - Paris

Gérer mes alertes : https://jobboard.example.com/alertes""",
        truth=newsletter(),
    ),
    M(
        frm="Inès Mercier <ines.mercier@example.org>",
        subject="Candidature au programme",
        date="25 13:37",
        body="""Bonjour,

Je suis en formation (titre professionnel de secrétaire assistante, niveau 4) jusqu'en janvier. Je cherche ensuite un emploi dans une association.

Inès Mercier
06 38 27 10 49""",
        truth=app("Inès", "Mercier", phone="+33638271049", bac="*", grad=None, failing=("studies_finished",), unknown=("degree_level",), status="in_training_level4"),
    ),
    M(
        frm="Alexandre Girard <alexandre.girard@example.com>",
        subject="Pro'pulse",
        date="25 14:50",
        body="""Bonjour,

Je vous écris pour rejoindre le programme. Licence de philosophie en poche (juin 2025), je cherche un premier emploi et j'aimerais qu'il ait du sens : association, fondation ou coopérative.

Alexandre Girard
06 90 31 27 48""",
        truth=app("Alexandre", "Girard", phone="+33690312748", bac=3, grad="2025-06", status="sens"),
    ),
    M(
        frm="Postmaster <postmaster@mail.example.org>",
        subject="Non remis : Votre candidature à Pro'pulse",
        date="25 15:00",
        body="""Votre message n'a pas pu être remis à certains destinataires.

Le message n'a pas pu être remis à louise.bernard@example.org : boîte aux lettres introuvable.""",
        bounce="""Reporting-MTA: dns;mail.example.org

Final-Recipient: rfc822;louise.bernard@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 mailbox unavailable""",
        truth=bounce("louise.bernard@example.org"),
    ),
    M(
        frm="Thomas Aubry <thomas.aubry@example.net>",
        subject="candidature",
        date="25 16:20",
        body="""Bonjour,

J'ai eu mon master en juin dernier, mention sociologie des organisations. Je cherche un poste de chargé d'études dans une fédération associative.

Thomas Aubry
06 27 39 84 10""",
        truth=app("Thomas", "Aubry", phone="+33627398410", bac=5, grad="2026-06", status="juin_dernier"),
    ),
    M(
        frm="Léna Bouvier <lena.bouvier@example.org>",
        subject="Pro'pulse - je me présente",
        date="25 18:30",
        body="""Bonjour à vous,

C'est en lisant le rapport d'activité d'Animafac que j'ai découvert Pro'pulse. Je m'appelle Léna, j'ai 24 ans et je suis diplômée d'un master « Coopération internationale et ONG » (Lyon 2) depuis septembre 2025.

Depuis un an, je travaille comme serveuse pour payer mon loyer et je consacre mes après-midis à ma recherche d'emploi : veille sur Coordination SUD, candidatures spontanées aux ONG lyonnaises, rendez-vous réseau. J'ai eu deux entretiens, sans suite. J'ai l'impression de ne pas savoir me « vendre ».

J'aimerais beaucoup être accompagnée par votre programme.

Léna Bouvier
07 46 12 38 95""",
        truth=app("Léna", "Bouvier", phone="+33746123895", bac=5, grad="2025-09", status="long_story"),
    ),
    M(
        frm="Kylian Mendy <kylian.mendy@example.com>",
        subject="jveu rejoindre pro'pulse",
        date="25 21:10",
        body="""bjr jsuis diplomé bts ndrc 2026, jcherche taf asso ou scop
0745319276""",
        truth=app("Kylian", "Mendy", phone="+33745319276", bac=2, grad="2026", status="sms_minimal"),
    ),
    M(
        frm="Hélène Marchal <helene.marchal@missionlocale-marseille.example.org>",
        subject="Orientation Pro'pulse",
        date="26 08:30",
        body="""Bonjour,

Je me permets de vous orienter Inaya Said, que j'accompagne à la Mission Locale de Marseille. Inaya est titulaire d'un bachelor en management des organisations sociales obtenu en septembre 2025. Elle recherche un emploi dans une association d'accompagnement des familles, elle a déjà candidaté auprès de plusieurs centres sociaux.

Elle n'est pas en service civique et n'a pas de stage en cours.

Coordonnées : inaya.said@example.net, 06 41 27 93 08.

Hélène Marchal
Conseillère, Mission Locale de Marseille""",
        truth=app("Inaya", "Said", phone="+33641279308", bac=3, grad="2025-09", email="inaya.said@example.net", forwarded_by="helene.marchal@missionlocale-marseille.example.org", status="ml_bachelor"),
    ),
]
