"""Stances corpus, batch 08 (writer B): Sunday 6 December 2026, afternoon and evening, every mail read on
2026-12-07. Sunday evening: contradictions between body, subject, signature and CV, English mail, the holidays
ahead; a youth worker unsure whether to refer someone, a reply unsure about documents, another correcting our
date, a European digest, a retired director offering to mentor, a university's workshop and an association
hesitating to post a part-time job."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, newsletter, other, question, reply
from stances import N

MESSAGES = [
    # Feature: english_stance — graduation — I finished my master's about two and a half years ago
    # route: an English mail: a master's finished «about two and a half years ago» (around mid-2024, past the two years whichever month near it) → graduation_recent fails → not_eligible, language en
    N("english_stance", "graduation", "I finished my master's about two and a half years ago", M(
        "Ingrid Solbakken <ingrid.solbakken@gmail.com>",
        "Pro'pulse",
        "2026-12-06 13:57",
        """Hello,

I finished my master's about two and a half years ago (Peace and Conflict Studies, University of Oslo) and since then I have worked in a hotel in Annecy. I would now like to move into the social and solidarity economy, maybe an association working with refugees.

Is your programme open to me?

Ingrid Solbakken
+33 6 64 72 18 53""",
        app("Ingrid", "Solbakken", phone="+33664721853", bac=5, grad=None, failing=("graduation_recent",), language="en", status="b_ingrid_two_and_a_half_years"),
    )),
    # Feature: plain_fact — graduation — Titulaire d'un DUT Carrières sociales
    # route: the body: a DUT (bac+2) said plainly with no date anywhere, nothing running, a child-protection association sought → graduation_recent open (a plainly missing fact) → to_verify
    N("plain_fact", "graduation", "Titulaire d'un DUT Carrières sociales", M(
        "Gaëlle Pinson <gaelle.pinson@laposte.net>",
        "Demande d'information et candidature",
        "2026-12-06 14:10",
        """Madame, Monsieur,

Titulaire d'un DUT Carrières sociales (option éducation spécialisée, IUT de Bordeaux), je travaille comme surveillante dans un collège.

Je souhaite rejoindre une association de protection de l'enfance comme éducatrice ou animatrice. Je vous adresse donc ma candidature.

Veuillez agréer mes salutations distinguées.

Gaëlle Pinson
06 29 47 81 53""",
        app("Gaëlle", "Pinson", phone="+33629478153", bac=2, grad=None, unknown=("graduation_recent",), status="b_gaelle_dut_sans_date"),
    )),
    # Feature: stance_other_mail — kind — je propose de devenir marraine
    # route: a professional offering to mentor participants, no application → other
    N("stance_other_mail", "kind", "je propose de devenir marraine", M(
        "Odile Sanchez-Mercier <odile.sanchezmercier@orange.fr>",
        "Parrainage",
        "2026-12-06 14:20",
        """Bonjour,

Directrice d'un centre social à la retraite depuis septembre, je propose de devenir marraine d'un ou deux jeunes de votre programme, si vous pensez que c'est utile. Je ne sais pas si vous fonctionnez avec des bénévoles, dites-moi.

Odile Sanchez-Mercier""",
        other(),
    )),
    # Feature: self_misjudged — studies_finished — je fais une pause dans mon M2, je le reprendrai en septembre
    # route: an HTML-only mail: a M1 obtained, «je fais une pause dans mon M2, je le reprendrai en septembre» — the master still to finish, not given up → studies_finished fails → not_eligible
    N("self_misjudged", "studies_finished", "je fais une pause dans mon M2, je le reprendrai en septembre", M(
        "Violaine Sarraute <violaine.sarraute@hotmail.fr>",
        "Candidature - jeune diplômée",
        "2026-12-06 14:25",
        """Bonjour,

Je pense correspondre à votre public : j'ai validé mon M1 Sciences politiques en 2025 et, pour raisons financières, je fais une pause dans mon M2, je le reprendrai en septembre. Donc techniquement je ne suis plus étudiante cette année.

Je voudrais trouver un emploi dans une ONG ou une association de plaidoyer en attendant.

Cordialement,
Violaine Sarraute
06 57 82 49 31""",
        app("Violaine", "Sarraute", phone="+33657824931", bac=4, grad=None, failing=("studies_finished",), status="b_violaine_pause_m2"),
        html="only",
    )),
    # Feature: someone_judged — career_change — ma conseillère me classe en reconversion
    # ambiguous: a BTS of 2026 at 33 after years told only as «des boulots», which her adviser calls a reconversion and she does not: neither a trade nor its length is said, so whether it is a career change stays open
    # route: the body: «ma conseillère me classe en reconversion» (a judgement), her past only «pas mal de boulots différents» before a BTS of June 2026 → not_career_change open → to_verify
    N("someone_judged", "career_change", "ma conseillère me classe en reconversion", M(
        "Bérangère Mathurin <berangere.mathurin@gmail.com>",
        "Candidature",
        "2026-12-06 14:49",
        """Bonjour,

J'ai 33 ans et j'ai eu mon BTS Économie sociale familiale en juin 2026, en cours du soir. Avant j'ai fait pas mal de boulots différents, rien de suivi.

Ma conseillère me classe en reconversion, moi je ne vois pas de quoi je me reconvertirais puisque je n'avais pas de métier. Je cherche un poste de conseillère ESF dans une association de lutte contre la précarité énergétique.

Bérangère Mathurin
06 38 47 92 51""",
        app("Bérangère", "Mathurin", phone="+33638479251", bac=2, grad="2026-06", unknown=("not_career_change",), status="b_berangere_conseillere_reconversion"),
    )),
    # Feature: hedged — aim — je crois que je vise plutôt le privé classique
    # route: the body: a licence of 2025, «je crois que je vise plutôt le privé classique», a marketing post in a cosmetics group named → job_seeking_ess fails (the hedge does not turn the aim) → not_eligible
    N("hedged", "aim", "je crois que je vise plutôt le privé classique", M(
        "Clothilde Arbogast <clothilde.arbogast@gmail.com>",
        "candidature ?",
        "2026-12-06 15:08",
        """Bonsoir,

Une amie m'a envoyé votre lien. J'ai une licence de gestion (2025) et je cherche du travail depuis l'été. Pour être honnête je crois que je vise plutôt le privé classique : j'ai postulé chez L'Oréal et chez des agences de marketing digital, c'est vraiment ce qui m'attire.

Est-ce que vous accompagnez aussi ce genre de recherche ?

Clothilde Arbogast
06 22 81 64 95""",
        app("Clothilde", "Arbogast", phone="+33622816495", bac=3, grad="2025", failing=("job_seeking_ess",), status="b_clothilde_prive_classique"),
    )),
    # Feature: stance_other_mail — kind — je ne sais pas si je dois lui conseiller de vous écrire
    # route: a youth worker unsure whether to refer «un jeune» without naming or presenting him (no diploma, date or contact of anyone) → question
    N("stance_other_mail", "kind", "je ne sais pas si je dois lui conseiller de vous écrire", M(
        "Point Information Jeunesse de Vierzon <pij.vierzon@example.org>",
        "Question orientation",
        "2026-12-06 15:13",
        """Bonjour,

J'accompagne au PIJ un jeune qui a fait une partie d'un BUT puis une formation courte, et honnêtement je ne sais pas si je dois lui conseiller de vous écrire ou d'aller vers un autre dispositif. Comment faites-vous quand le parcours n'est pas linéaire ? Y a-t-il quelqu'un que je peux appeler ?

Merci,
Mélanie, informatrice jeunesse""",
        question(),
    )),
    # Feature: corrected — graduation — Si, si, c'était bien novembre 2024
    # route: the body: «diplômée en novembre 2024 — ou décembre ?» then «Si, si, c'était bien novembre 2024» — the correction comes back to the first fact, 25 months back on 2026-12-07 → graduation_recent fails → not_eligible
    N("corrected", "graduation", "Si, si, c'était bien novembre 2024", M(
        "Lou-Ann Berthier <louann.berthier@gmail.com>",
        "candidature",
        "2026-12-06 17:20",
        """Bonjour,

Je suis diplômée en novembre 2024 — ou décembre ? Je viens de vérifier sur mon attestation. Si, si, c'était bien novembre 2024, le jury du 28 novembre. Master Sciences de l'éducation, Paris 8.

Je cherche un emploi de coordinatrice pédagogique dans une association d'éducation populaire.

Lou-Ann Berthier
07 49 16 38 52""",
        app("Lou-Ann", "Berthier", phone="+33749163852", bac=5, grad="2024-11", failing=("graduation_recent",), status="b_louann_si_si_novembre_2024"),
    )),
    # Feature: contradicted — aim — intégrer un cabinet de conseil en stratégie
    # ambiguous: one paragraph seeks an association, the next «intégrer un cabinet de conseil en stratégie» as her aim, and nothing chooses: whether a job in the ESS is sought stays open
    # route: the body: «travailler dans une association» against «mon objectif est d'intégrer un cabinet de conseil en stratégie» → job_seeking_ess open → to_verify
    N("contradicted", "aim", "intégrer un cabinet de conseil en stratégie", M(
        "Philippine Darras <philippine.darras@gmail.com>",
        "Candidature",
        "2026-12-06 17:26",
        """Bonjour,

Diplômée d'un master de management (juin 2026, Grenoble), j'ai envie de travailler dans une association, d'avoir un impact.

Mon objectif à moyen terme est d'intégrer un cabinet de conseil en stratégie, et je cherche un premier poste qui m'y prépare.

Philippine Darras
06 84 51 72 63""",
        app("Philippine", "Darras", phone="+33684517263", bac=5, grad="2026-06", unknown=("job_seeking_ess",), status="b_philippine_asso_ou_conseil"),
    )),
    # Feature: self_question — graduation — une licence Sciences de l'éducation, à Rouen
    # route: the body and the attached CV: her question («est-ce que ça m'empêche de participer si je travaille à mi-temps ?») is answered by her facts (a job is no placement), but the licence is dated nowhere, in the body or the CV → graduation_recent open (a plainly missing fact) → to_verify
    N("self_question", "graduation", "une licence Sciences de l'éducation, à Rouen", M(
        "Constance Ebong <constance.ebong@gmail.com>",
        "Candidature et question",
        "2026-12-06 17:28",
        """Bonjour,

Je vous envoie ma candidature (CV en pièce jointe). J'ai une licence Sciences de l'éducation, à Rouen. En attendant de trouver, je suis caissière à mi-temps dans un supermarché : est-ce que ça m'empêche de participer si je travaille à mi-temps ? Je peux me libérer les matins.

Je cherche un emploi de coordinatrice périscolaire ou d'animatrice dans une association.

Constance Ebong
06 63 18 75 29""",
        app("Constance", "Ebong", phone="+33663187529", bac=3, grad=None, unknown=("graduation_recent",), status="b_constance_mi_temps_supermarche"),
        cv=CV("odt", "CV_Constance_Ebong.odt", """Constance Ebong
Rouen — 06 63 18 75 29
Licence Sciences de l'éducation, Université de Rouen Normandie
BAFA (2022)
Caissière à mi-temps, supermarché, depuis septembre 2026
Animatrice en accueil de loisirs, étés 2022 à 2025"""),
    )),
    # Feature: stance_other_mail — kind — je ne suis pas sûr d'avoir bien compris
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our mail quoted) unsure about the documents to bring → reply
    N("stance_other_mail", "kind", "je ne suis pas sûr d'avoir bien compris", M(
        "Antoine Kessler-Roussel <antoine.kroussel@gmail.com>",
        "Re: Documents pour l'entretien",
        "2026-12-06 17:36",
        """Bonjour,

Je ne suis pas sûr d'avoir bien compris : il faut apporter l'original du diplôme ou une copie suffit ? Je n'ai que l'attestation pour l'instant.

Antoine

Le ven. 4 déc. 2026 à 09:05, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Antoine,
> Pour votre entretien, merci d'apporter une pièce d'identité et votre diplôme.
> À bientôt,
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<entretien-2026-12-04-0127@animafac.net>", "References": "<entretien-2026-12-04-0127@animafac.net>"},
    )),
    # Feature: understated — career_change — j'ai juste un peu bossé dans la vente, une douzaine d'années
    # route: the body: «j'ai juste un peu bossé dans la vente, une douzaine d'années», then a BTS of 2026 and a turn to the ESS → not_career_change fails → not_eligible
    N("understated", "career_change", "j'ai juste un peu bossé dans la vente, une douzaine d'années", M(
        "Patricia Lheureux <patricia.lheureux@wanadoo.fr>",
        "candidature",
        "2026-12-06 18:05",
        """Bonjour,

Côté expérience rien de spécial, j'ai juste un peu bossé dans la vente, une douzaine d'années comme responsable de rayon. J'ai passé un BTS Économie sociale familiale en formation continue (juillet 2026) et je veux travailler dans une association d'accompagnement des familles.

Patricia Lheureux
06 49 37 82 16""",
        app("Patricia", "Lheureux", phone="+33649378216", bac=2, grad="2026-07", failing=("not_career_change",), status="b_patricia_douzaine_annees_vente"),
    )),
    # Feature: plain_fact — aim — dans une banque ou une compagnie d'assurance
    # route: the body: a master of 2026, a post sought «dans une banque ou une compagnie d'assurance», no ESS employer → job_seeking_ess fails → not_eligible
    N("plain_fact", "aim", "dans une banque ou une compagnie d'assurance", M(
        "Kenji Morel-Watanabe <kenji.morelw@gmail.com>",
        "Candidature",
        "2026-12-06 18:21",
        """Bonjour,

Diplômé d'un master Finance en septembre 2026, je recherche un premier emploi d'analyste crédit dans une banque ou une compagnie d'assurance, en région parisienne. On m'a transmis le lien de votre programme d'accompagnement des jeunes diplômés et je souhaite m'inscrire.

Kenji Morel-Watanabe
06 37 85 14 29""",
        app("Kenji", "Morel-Watanabe", phone="+33637851429", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="b_kenji_banque_assurance"),
    )),
    # Feature: corrected — kind — je crois qu'il y a une erreur de date dans votre mail
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our mail quoted) correcting the date we gave (the 14th is a Monday, not a Tuesday) → reply
    N("corrected", "kind", "je crois qu'il y a une erreur de date dans votre mail", M(
        "Inaya Rostami <inaya.rostami@gmail.com>",
        "Re: Réunion d'information",
        "2026-12-06 19:48",
        """Bonjour,

Je crois qu'il y a une erreur de date dans votre mail : le mardi c'est le 15 décembre, pas le 14. Je viendrai le mardi 15, sauf si c'est bien le lundi 14 que vous vouliez dire ?

Bonne soirée,
Inaya

Le 4 déc. 2026 à 18:30, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour,
> La réunion d'information aura lieu le mardi 14 décembre à 18 h.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<reunion-2026-12-04-0131@animafac.net>", "References": "<reunion-2026-12-04-0131@animafac.net>"},
    )),
    # Feature: someone_judged — graduation — ça ne devrait pas poser de problème
    # route: a Mission locale adviser presents a young man (his address and phone in the body): a BTS dated nowhere, the colleague's «ça ne devrait pas poser de problème» a judgement only → application forwarded_by the adviser; graduation_recent open (no date told) → to_verify
    N("someone_judged", "graduation", "ça ne devrait pas poser de problème", M(
        "Christine Vandamme <c.vandamme@missionlocale-dunkerque.example.org>",
        "Orientation d'un jeune vers Pro'pulse",
        "2026-12-06 20:04",
        """Bonjour,

Je suis conseillère à la Mission locale de Dunkerque et je vous oriente Jessy Lecoutre, 24 ans, que j'accompagne depuis septembre. Il a un BTS Électrotechnique, puis des missions d'intérim dans l'industrie ; il souhaite aujourd'hui travailler dans une ressourcerie ou un atelier vélo associatif.

Une collègue qui vous a déjà orienté des jeunes m'a dit que ça ne devrait pas poser de problème pour votre programme, je vous le présente donc.

Ses coordonnées : jessy.lecoutre59@gmail.com, 07 31 64 28 95.

Christine Vandamme
Conseillère en insertion professionnelle""",
        app("Jessy", "Lecoutre", phone="+33731642895", bac=2, grad=None, unknown=("graduation_recent",), email="jessy.lecoutre59@gmail.com", forwarded_by="c.vandamme@missionlocale-dunkerque.example.org", status="b_jessy_ml_bts_sans_date"),
    )),
    # Feature: remembered_vaguely — aim — quelque chose dans le social, je ne sais plus trop quoi exactement
    # ambiguous: a field («le social») with no employer nor structure named and her own aim half forgotten: whether a job in the ESS is sought stays open
    # route: the body: a licence of 2026; the aim «quelque chose dans le social, je ne sais plus trop quoi exactement», no employer named → job_seeking_ess open → to_verify
    N("remembered_vaguely", "aim", "quelque chose dans le social, je ne sais plus trop quoi exactement", M(
        "Mathéo Brunel <matheo.brunel@gmail.com>",
        "Inscription",
        "2026-12-06 20:05",
        """Bonjour,

Je me suis inscrit à un atelier France Travail il y a un moment et on m'a parlé de vous. J'ai une licence de sociologie de juin 2026. Je cherche quelque chose dans le social, je ne sais plus trop quoi exactement, la conseillère avait noté des métiers mais j'ai perdu la feuille.

Mathéo Brunel
06 33 82 47 15""",
        app("Mathéo", "Brunel", phone="+33633824715", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="b_matheo_quelque_chose_social"),
    )),
    # Feature: stance_other_mail — kind — Youth Employment Digest — December 2026
    # route: an English European digest (List-Unsubscribe, Precedence: bulk) → newsletter
    N("stance_other_mail", "kind", "Youth Employment Digest — December 2026", M(
        "European Youth Network <digest@youthnetwork.example.eu>",
        "Youth Employment Digest — December 2026",
        "2026-12-06 20:42",
        """Youth Employment Digest — December 2026

- Are traineeships still a stepping stone? A new study suggests maybe not.
- Call for partners: social economy exchanges in spring 2027.
- Webinar on 20 January: recognising foreign degrees.

You are receiving this because you subscribed at youthnetwork.example.eu.
Unsubscribe: https://youthnetwork.example.eu/unsubscribe""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://youthnetwork.example.eu/unsubscribe>", "Precedence": "bulk"},
    )),
    # Feature: english_stance — level — just a two-year associate degree
    # route: an English mail with a CV: «just a two-year associate degree» from a US community college (2026, its length told: bac+2), a non-profit sought → eligible, language en
    N("english_stance", "level", "just a two-year associate degree", M(
        "Tamsin Oyelaran-Reyes <tamsin.oyreyes@gmail.com>",
        "Application (sorry, not very qualified!)",
        "2026-12-06 21:00",
        """Hi,

I'm not very qualified — just a two-year associate degree in Human Services from Austin Community College, finished in May 2026. I moved to Bordeaux in August (my mum is French). CV attached.

I'd like to work in a non-profit, with homeless people or in a food bank.

Tamsin Oyelaran-Reyes
+33 7 63 25 84 19""",
        app("Tamsin", "Oyelaran-Reyes", phone="+33763258419", bac=2, grad="2026-05", language="en", status="b_tamsin_associate_degree"),
        cv=CV("pdf", "Tamsin_Oyelaran-Reyes_CV.pdf", """Tamsin Oyelaran-Reyes
tamsin.oyreyes@gmail.com — +33 7 63 25 84 19
Education
Associate of Applied Science, Human Services — Austin Community College (2024-2026)
Experience
Volunteer, Central Texas Food Bank (2023-2026)
Languages: English (native), French (B2), Spanish (B1)"""),
    )),
    # Feature: self_misjudged — situation — mon service civique de 2023
    # route: the body: she fears «mon service civique de 2023» disqualifies her; it is long over; a BTS of June 2025, an association sought → eligible
    N("self_misjudged", "situation", "mon service civique de 2023", M(
        "Émeline Costa-Brandão <emeline.costabrandao@laposte.net>",
        "je ne suis pas sûre d'être éligible",
        "2026-12-06 21:13",
        """Bonjour,

Je vous écris un peu à reculons : sur votre site il est écrit que les volontaires en service civique ne sont pas admis, et j'ai fait mon service civique de 2023 chez Unis-Cité avant mon BTS. Du coup je pense que c'est mort pour moi ?

J'ai eu mon BTS Support à l'action managériale en juin 2025 et je cherche un poste d'assistante dans une association culturelle à Nantes.

Émeline Costa-Brandão
07 69 53 84 62""",
        app("Émeline", "Costa-Brandão", phone="+33769538462", bac=2, grad="2025-06", status="b_emeline_sc_2023"),
    )),
    # Feature: pending_result — level — ma demande d'équivalence est toujours en cours
    # route: the body: a Ukrainian «bakalavr» in social work of 2026 whose length is not told, «ma demande d'équivalence est toujours en cours» (not granted on 2026-12-07), no other diploma of bac+2 → degree_level open → to_verify
    N("pending_result", "level", "ma demande d'équivalence est toujours en cours", M(
        "Olena Kovalchuk <olena.kovalchuk@gmail.com>",
        "inscription",
        "2026-12-06 21:18",
        """Bonjour,

J'ai terminé en juin 2026 mon bakalavr en travail social à l'université de Kharkiv, à distance, et je suis à Metz depuis 2022. Ma demande d'équivalence est toujours en cours, ENIC-NARIC m'a écrit qu'il manquait une traduction, je l'ai renvoyée.

Je cherche un poste dans une association d'accueil des réfugiés ou d'apprentissage du français.

Olena Kovalchuk
07 67 21 83 45""",
        app("Olena", "Kovalchuk", phone="+33767218345", bac=None, grad="2026-06", unknown=("degree_level",), status="b_olena_equivalence_en_cours"),
    )),
    # Feature: hedged — level — si je ne me trompe pas c'est un bac+2
    # ambiguous: a private school's «diplôme d'assistant de projet solidaire» whose level she only supposes («si je ne me trompe pas c'est un bac+2»), neither registered title nor length told: its level stays open
    # route: the body: a school's own diploma of 2026 «si je ne me trompe pas c'est un bac+2», no RNCP level nor length told → degree_level open → to_verify
    N("hedged", "level", "si je ne me trompe pas c'est un bac+2", M(
        "Soizic Le Floch <soizic.lefloch@orange.fr>",
        "demande d'accompagnement",
        "2026-12-06 21:28",
        """Bonjour,

J'ai terminé en juin 2026 le diplôme d'assistant de projet solidaire de l'école Horizons Solidaires (une école privée à Brest) ; si je ne me trompe pas c'est un bac+2, mais l'école ne l'a jamais vraiment dit clairement.

Je voudrais travailler dans une association de solidarité internationale ou une ressourcerie. Je suis disponible dès maintenant.

Soizic Le Floch
06 76 08 31 59""",
        app("Soizic", "Le Floch", phone="+33676083159", bac=None, grad="2026-06", unknown=("degree_level",), status="b_soizic_bac_plus_2_je_crois"),
    )),
    # Feature: stance_other_mail — kind — un atelier commun en février
    # route: a university careers service proposing a joint workshop in HTML only → other
    N("stance_other_mail", "kind", "un atelier commun en février", M(
        "Service orientation-insertion <bapi@univ-poitiers.example.fr>",
        "Proposition de partenariat",
        "2026-12-06 22:59",
        """Bonjour,

Le service orientation-insertion de l'université aimerait organiser avec Pro'pulse un atelier commun en février sur les métiers de l'ESS, pour nos étudiant·es de master. Nous ne savons pas encore si le format en présentiel est le plus adapté : pourrions-nous en parler en janvier ?

Cordialement,
Le service orientation-insertion""",
        other(),
        html="only",
    )),
    # Feature: contradicted — situation — Volontaire en service civique – Ligue de l'enseignement (jusqu'au 31/01/2027)
    # ambiguous: the body says the civic service is over, the signature «Volontaire en service civique – Ligue de l'enseignement (jusqu'au 31/01/2027)»: whether a civic service runs stays open
    # route: the body («mon service civique est terminé») against the signature's dates → not_service_civique open → to_verify
    N("contradicted", "situation", "Volontaire en service civique – Ligue de l'enseignement (jusqu'au 31/01/2027)", M(
        "Ethan Ribeiro-Lambert <ethan.ribeirolambert@gmail.com>",
        "candidature pro'pulse",
        "2026-12-06 23:14",
        """Bonjour,

Mon service civique est terminé, et j'ai une licence de sciences de l'éducation (2026). Je voudrais devenir coordinateur jeunesse dans une fédération d'éducation populaire.

Ethan Ribeiro-Lambert
Volontaire en service civique – Ligue de l'enseignement (jusqu'au 31/01/2027)
06 35 72 94 81""",
        app("Ethan", "Ribeiro-Lambert", phone="+33635729481", bac=3, grad="2026", unknown=("not_service_civique",), status="b_ethan_signature_sc"),
    )),
    # Feature: corrected — aim — en fait je vise surtout les associations et les coopératives
    # route: the body: a first line seeking «la com d'une grande marque», then «En me relisant : en fait je vise surtout les associations et les coopératives» — the correction wins; a licence of 2026 → eligible
    N("corrected", "aim", "en fait je vise surtout les associations et les coopératives", M(
        "Zélie Marchetti-Barry <zelie.mb@gmail.com>",
        "Pro'pulse",
        "2026-12-06 23:17",
        """Bonjour,

Licence Information-communication, juin 2026. Je cherche un poste dans la com d'une grande marque de cosmétiques.

En me relisant : en fait je vise surtout les associations et les coopératives, la phrase du dessus vient d'une lettre que j'envoyais à un autre employeur, j'ai mal copié-collé. Chargée de communication dans une association, c'est ce que je veux.

Zélie Marchetti-Barry
06 84 57 30 16""",
        app("Zélie", "Marchetti-Barry", phone="+33684573016", bac=3, grad="2026-06", status="b_zelie_relisant_associations"),
    )),
    # Feature: stance_other_mail — kind — Nous hésitons à publier l'annonce
    # route: an association hesitating to post a job with «débutant accepté» through us, no one presented → other
    N("stance_other_mail", "kind", "Nous hésitons à publier l'annonce", M(
        "Association Vélo-Cité Bordeaux <direction@velocite-bdx.example.org>",
        "Annonce d'animateur·rice mobilité",
        "2026-12-06 23:51",
        """Bonjour,

Nous cherchons un·e animateur·rice mobilité pour mars (CDD 12 mois, 24 h/semaine). Nous hésitons à publier l'annonce chez vous parce que le poste est à temps partiel : est-ce que ça peut intéresser vos jeunes diplômé·es, ou vaut-il mieux attendre d'avoir un temps plein ?

Bien à vous,
Thomas Ollivier, coordinateur""",
        other(),
    )),
]
