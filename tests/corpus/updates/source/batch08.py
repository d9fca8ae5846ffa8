"""Updates corpus, batch 08 (writer B): third_party_then_self (a mission locale adviser presenting a DUT the
young woman then says is a titre professionnel, the adviser's reply in our thread; a young man then his former
teacher telling a career change; a father unsure of the diploma then his son's own DEUST, the father's reply
in our thread; a young woman aiming at a local authority then her service civique tutor), english_updates (a
Canadian volunteer's "Correction: it's a DEC, not a bachelor's", her auto-reply; a Nigerian's six-month
certificate then "Following up on my email" with an HND; a South African's own mail forwarded above a
work-trial placement), updates_other_mail (a network's newsletter sent twice, a PLIE adviser's referral then
the young woman's own auto-reply, a brother's referral then a bounce of the old address, an employer's offer
then its follow-up)."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, reply
from updates import N

MESSAGES = [
    # Feature: third_party_then_self — level — Lucie est titulaire d'un DUT carrières sociales
    # route: person Lucie Perrin, first mail: her mission locale adviser presents her, «Lucie est titulaire d'un DUT carrières sociales» of June 2025 (bac+2), an association sought, Lucie's own address given → application (forwarded_by the adviser); bac+2 of 2025, ESS aim → eligible
    N("third_party_then_self", "level", "Lucie est titulaire d'un DUT carrières sociales", M(
        "Gwenaëlle Le Roux <g.leroux@missionlocale-brest.example.fr>",
        "Orientation d'une jeune vers Pro'pulse",
        "10-07 11:30",
        """Bonjour,

J'accompagne Lucie Perrin, 22 ans, à la Mission locale du pays de Brest. Lucie est titulaire d'un DUT carrières sociales, obtenu en juin 2025, et cherche un poste de conseillère dans une association d'accès aux droits. Vous pouvez la joindre directement : lucie.perrin29@gmail.com.

Bien cordialement,
Gwenaëlle Le Roux
Conseillère en insertion – Mission locale du pays de Brest
02 98 00 00 00""",
        app("Lucie", "Perrin", phone=None, bac=2, grad="2025-06", email="lucie.perrin29@gmail.com", forwarded_by="g.leroux@missionlocale-brest.example.fr", status="b_tp_lucie_conseillere_ml"),
    ), person="b_lucie_perrin"),
    # Feature: third_party_then_self — level — un titre professionnel de niveau 4
    # route: person Lucie Perrin, second mail, her own: not a DUT but «un titre professionnel de niveau 4» (the bac's level) of June 2025, told against her adviser's mail → application; her own fact wins, level below bac+2 → not eligible
    N("third_party_then_self", "level", "un titre professionnel de niveau 4", M(
        "Lucie Perrin <lucie.perrin29@gmail.com>",
        "Ma candidature (suite au mail de ma conseillère)",
        "10-21 17:05",
        """Bonjour,

Ma conseillère de la mission locale vous a écrit pour moi. Il y a un malentendu sur mon diplôme : je n'ai pas de DUT, j'ai commencé la première année puis j'ai bifurqué vers un titre professionnel d'assistante de vie aux familles, obtenu en juin 2025. C'est un titre professionnel de niveau 4, donc l'équivalent du bac.

Est-ce que je peux quand même candidater pour travailler dans une association ?

Lucie Perrin
07 49 20 36 81""",
        app("Lucie", "Perrin", phone="+33749203681", bac=0, grad="2025-06", failing=("degree_level",), status="b_tp_lucie_titre_niveau_4"),
    ), person="b_lucie_perrin"),
    # Feature: third_party_then_self — kind — j'avais confondu avec sa première inscription
    # route: person Lucie Perrin, third mail: her adviser's reply in our thread (In-Reply-To our mail, our question quoted) → reply
    N("third_party_then_self", "kind", "j'avais confondu avec sa première inscription", M(
        "Gwenaëlle Le Roux <g.leroux@missionlocale-brest.example.fr>",
        "Re: Candidature de Lucie Perrin",
        "10-28 09:40",
        """Bonjour,

Lucie a raison, j'avais confondu avec sa première inscription en DUT. Elle a bien un titre professionnel de niveau 4. Nous regardons avec elle une entrée en formation qualifiante au printemps.

Gwenaëlle Le Roux

Le 26/10/2026 à 14:50, Pro'pulse a écrit :
> Bonjour, Lucie nous indique avoir un titre professionnel et non un DUT. Pouvez-vous nous le confirmer ?""",
        reply(),
        headers={"In-Reply-To": "<suivi-2026-10-26-0277@animafac.net>", "References": "<suivi-2026-10-26-0277@animafac.net>"},
    ), person="b_lucie_perrin"),
    # Feature: third_party_then_self — aim — une coopérative d'activités et d'emploi
    # route: person Karim Jaziri, first mail, his own: a master of June 2026 and «une coopérative d'activités et d'emploi» sought, a Tunisian mobile +216, nothing of a former trade → application; bac+5 of 2026, ESS aim → eligible
    N("third_party_then_self", "aim", "une coopérative d'activités et d'emploi", M(
        "Karim Jaziri <karim.jaziri@gmail.com>",
        "Candidature – master gestion",
        "10-16 15:55",
        """Bonjour,

J'ai obtenu en juin 2026 un master « management des organisations de l'ESS » à Montpellier. Je cherche un poste d'accompagnateur d'entrepreneurs dans une coopérative d'activités et d'emploi.

Je suis à Tunis jusqu'à fin novembre, voici mon numéro là-bas : +216 22 418 307.

Karim Jaziri""",
        app("Karim", "Jaziri", phone="+21622418307", bac=5, grad="2026-06", status="b_tp_karim_lui_meme"),
    ), person="b_karim_jaziri"),
    # Feature: third_party_then_self — career_change — six ans comptable dans une banque
    # route: person Karim Jaziri, second mail: his former teacher presents him and tells what he did not, «six ans comptable dans une banque» before the master taken to change trade → application (forwarded_by the teacher, Karim's address given); career change → not eligible
    N("third_party_then_self", "career_change", "six ans comptable dans une banque", M(
        "Hélène Vidal <helene.vidal@univ-montpellier.example.fr>",
        "Recommandation – Karim Jaziri",
        "02 10:15",
        """Bonjour,

J'ai eu Karim Jaziri en master ESS l'an dernier et il m'a dit vous avoir écrit. Je me permets de le recommander : après six ans comptable dans une banque à Tunis, il a repris ce master pour changer complètement de métier, et il l'a obtenu en juin 2026 avec un très bon mémoire. Son adresse : karim.jaziri@gmail.com.

Hélène Vidal
Maîtresse de conférences, université de Montpellier""",
        app("Karim", "Jaziri", phone=None, bac=5, grad="2026-06", email="karim.jaziri@gmail.com", forwarded_by="helene.vidal@univ-montpellier.example.fr", failing=("not_career_change",), status="b_tp_karim_enseignante"),
    ), person="b_karim_jaziri"),
    # Feature: third_party_then_self — level — un diplôme de l'université, je crois une licence
    # ambiguous: the father is unsure of the diploma («je crois une licence»): the level is not settled by this mail
    # route: person Enzo Moulin, first mail: his father writes, «un diplôme de l'université, je crois une licence», June 2026, a sports association sought, no contact of Enzo's → application (forwarded_by the father); degree_level open → to verify
    N("third_party_then_self", "level", "un diplôme de l'université, je crois une licence", M(
        "Patrick Moulin <patrick.moulin37@orange.fr>",
        "Pour mon fils Enzo",
        "10-23 20:30",
        """Bonjour,

Mon fils Enzo Moulin a fini ses études en juin 2026 à Tours : il a un diplôme de l'université, je crois une licence, en STAPS. Il voudrait travailler dans une association sportive comme éducateur. Il n'ose pas écrire, alors je le fais pour lui.

Patrick Moulin""",
        app("Enzo", "Moulin", phone=None, bac=None, grad="2026-06", email=None, forwarded_by="patrick.moulin37@orange.fr", unknown=("degree_level",), status="b_tp_enzo_pere"),
    ), person="b_enzo_moulin"),
    # Feature: third_party_then_self — level — c'est un DEUST, pas une licence
    # route: person Enzo Moulin, second mail, his own: «c'est un DEUST, pas une licence» (bac+2) of June 2026, a sports association sought → application; bac+2 of 2026, ESS aim → eligible
    N("third_party_then_self", "level", "c'est un DEUST, pas une licence", M(
        "Enzo Moulin <enzo.moulin@gmail.com>",
        "Candidature Enzo Moulin",
        "11 18:50",
        """Bonjour,

Mon père vous a écrit pour moi le mois dernier. Petite différence avec ce qu'il a dit : c'est un DEUST, pas une licence (DEUST animation et gestion des activités physiques, bac+2, obtenu en juin 2026 à Tours).

Je cherche un poste d'éducateur sportif dans une association ou un club associatif.

Enzo Moulin
06 86 25 41 70""",
        app("Enzo", "Moulin", phone="+33686254170", bac=2, grad="2026-06", status="b_tp_enzo_deust"),
    ), person="b_enzo_moulin"),
    # Feature: third_party_then_self — kind — il vous écrira lui-même
    # route: person Enzo Moulin, third mail: the father's thank-you in our thread (In-Reply-To our mail, quoted) → reply
    N("third_party_then_self", "kind", "il vous écrira lui-même", M(
        "Patrick Moulin <patrick.moulin37@orange.fr>",
        "Re: Pour mon fils Enzo",
        "13 08:05",
        """Bonjour,

Merci pour votre réponse rapide. Enzo vous a écrit mercredi, il vous écrira lui-même désormais.

Patrick Moulin

Le 12/11/2026 à 16:20, Pro'pulse a écrit :
> Merci pour votre message. Nous avons bien reçu celui d'Enzo et nous lui répondons directement.""",
        reply(),
        headers={"In-Reply-To": "<suivi-2026-11-12-0356@animafac.net>", "References": "<suivi-2026-11-12-0356@animafac.net>"},
    ), person="b_enzo_moulin"),
    # Feature: third_party_then_self — aim — chargée de mission dans une communauté de communes
    # route: person Ophélie Marchand, first mail, her own: a licence of June 2025 and «chargée de mission dans une communauté de communes» sought, nothing of a civic service → application; no ESS aim → not eligible
    N("third_party_then_self", "aim", "chargée de mission dans une communauté de communes", M(
        "Ophélie Marchand <ophelie.marchand76@gmail.com>",
        "Candidature – licence aménagement",
        "10-12 12:35",
        """Bonjour,

J'ai une licence d'aménagement du territoire (juin 2025, université de Rouen). Je cherche un poste de chargée de mission dans une communauté de communes, sur la mobilité rurale.

Ophélie Marchand
06 12 58 70 43""",
        app("Ophélie", "Marchand", phone="+33612587043", bac=3, grad="2025-06", failing=("job_seeking_ess",), status="b_tp_ophelie_collectivite"),
    ), person="b_ophelie_marchand"),
    # Feature: third_party_then_self — situation — Ophélie est volontaire en service civique chez nous jusqu'en juin 2027
    # route: person Ophélie Marchand, second mail: her service civique tutor writes what she did not, «Ophélie est volontaire en service civique chez nous jusqu'en juin 2027», and an association aim → application (forwarded_by the tutor, her contacts given); service civique running → not eligible
    N("third_party_then_self", "situation", "Ophélie est volontaire en service civique chez nous jusqu'en juin 2027", M(
        "Rémi Lacroix <remi.lacroix@mobilites-solidaires.example.org>",
        "Présentation d'Ophélie Marchand",
        "10-30 14:10",
        """Bonjour,

Je suis le tuteur d'Ophélie Marchand dans notre association. Ophélie est volontaire en service civique chez nous jusqu'en juin 2027, sur le covoiturage solidaire. Elle a une licence d'aménagement de juin 2025 et, depuis qu'elle est chez nous, elle aimerait plutôt travailler dans une association de mobilité que dans une collectivité. Ses coordonnées : ophelie.marchand76@gmail.com, 06 12 58 70 43.

Rémi Lacroix
Mobilités solidaires 76""",
        app("Ophélie", "Marchand", phone="+33612587043", bac=3, grad="2025-06", email="ophelie.marchand76@gmail.com", forwarded_by="remi.lacroix@mobilites-solidaires.example.org", failing=("not_service_civique",), status="b_tp_ophelie_tuteur_sc"),
    ), person="b_ophelie_marchand"),
    # Feature: english_updates — situation — a service civique volunteer at a food bank until June 2027
    # route: person Chloe Tremblay, first mail, English: a bachelor's in social work from Laval of May 2025 and «a service civique volunteer at a food bank until June 2027», a Canadian mobile → application (en); service civique running → not eligible
    N("english_updates", "situation", "a service civique volunteer at a food bank until June 2027", M(
        "Chloe Tremblay <chloe.tremblay@outlook.com>",
        "Application – Canadian in Bordeaux",
        "10-14 19:20",
        """Hi,

I'm from Quebec and I've been in Bordeaux since September as a service civique volunteer at a food bank until June 2027. I have a bachelor's in social work from Université Laval (May 2025).

I'd like to prepare my next step in a French community organisation.

Thanks,
Chloe Tremblay
+1 418 555 0176""",
        app("Chloe", "Tremblay", phone="+14185550176", bac=3, grad="2025-05", failing=("not_service_civique",), language="en", status="b_en_chloe_service_civique"),
    ), person="b_chloe_tremblay"),
    # Feature: english_updates — situation — Correction: it's a DEC, not a bachelor's
    # route: person Chloe Tremblay, second mail, English: «Correction: it's a DEC, not a bachelor's», a Quebec college diploma whose French level is debatable, and the service civique still running → application (en); service civique running → not eligible (the level left open too: bac_plus None — A's edit after B-DONE, it was «*», a diploma in progress, but she only says she started the bachelor's)
    N("english_updates", "situation", "Correction: it's a DEC, not a bachelor's", M(
        "Chloe Tremblay <chloe.tremblay@outlook.com>",
        "Correction to my application",
        "06 09:30",
        """Hello again,

Correction: it's a DEC, not a bachelor's. I did a three-year technical DEC in social work at a Quebec cégep (2025) and only started the bachelor's at Laval, I mixed up the words in English.

Nothing else changes: I'm still doing my service civique at the food bank in Bordeaux until June 2027.

Chloe""",
        app("Chloe", "Tremblay", phone=None, bac=None, grad="2025", failing=("not_service_civique",), unknown=("degree_level",), language="en", status="b_en_chloe_dec"),
    ), person="b_chloe_tremblay"),
    # Feature: english_updates — kind — I am away from my desk
    # route: person Chloe Tremblay, third mail: her own out-of-office in English (Auto-Submitted) → auto_reply
    N("english_updates", "kind", "I am away from my desk", M(
        "Chloe Tremblay <chloe.tremblay@outlook.com>",
        "Automatic reply: Your application to Pro'pulse",
        "18 07:45",
        """Hello,

I am away from my desk on a volunteers' training weekend until Monday 23 November. I will reply when I'm back.

Chloe Tremblay""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="b_chloe_tremblay"),
    # Feature: english_updates — level — a six-month certificate in community development
    # route: person Ngozi Adeyemi, first mail, English: only «a six-month certificate in community development» of 2025 (the bac level), an NGO sought → application (en); level below bac+2 → not eligible
    N("english_updates", "level", "a six-month certificate in community development", M(
        "Ngozi Adeyemi <ngozi.adeyemi@gmail.com>",
        "Application",
        "10-26 13:40",
        """Good afternoon,

I live in Rouen since this summer. After secondary school in Abuja I obtained a six-month certificate in community development (2025). I would like to work for an NGO supporting women.

Regards,
Ngozi Adeyemi""",
        app("Ngozi", "Adeyemi", phone=None, bac=0, grad="2025", failing=("degree_level",), language="en", status="b_en_ngozi_certificate"),
    ), person="b_ngozi_adeyemi"),
    # Feature: english_updates — level — Following up on my email
    # route: person Ngozi Adeyemi, second mail, English: «Following up on my email», she adds a two-year Higher National Diploma of July 2025 (bac+2) she had left out, her CV attached, the NGO aim repeated → application (en, facts in body and CV); bac+2 of 2025, ESS aim → eligible
    N("english_updates", "level", "Following up on my email", M(
        "Ngozi Adeyemi <ngozi.adeyemi@gmail.com>",
        "Following up on my application",
        "19 10:55",
        """Good morning,

Following up on my email of 26 October: a friend told me I should have mentioned my main diploma. Besides the six-month certificate, I hold a Higher National Diploma (HND) in Social Development, a two-year programme, completed in July 2025 at the Federal Polytechnic in Abuja. My CV is attached.

I am still looking for a job in an NGO or an association supporting women. My phone: 07 54 82 19 36.

Ngozi Adeyemi""",
        app("Ngozi", "Adeyemi", phone="+33754821936", bac=2, grad="2025-07", language="en", info_in="both", status="b_en_ngozi_hnd"),
        cv=CV("pdf", "Ngozi_Adeyemi_CV.pdf", """Ngozi Adeyemi
Rouen – 07 54 82 19 36
Higher National Diploma (HND), Social Development – Federal Polytechnic, Abuja – July 2025
Certificate in Community Development – 2025
Volunteer, women's cooperative, Abuja (2023–2025)"""),
    ), person="b_ngozi_adeyemi"),
    # Feature: english_updates — aim — a social enterprise that trains young people in digital skills
    # route: person Priya Naidoo, first mail, English: a BA of June 2026 from Cape Town and «a social enterprise that trains young people in digital skills» sought → application (en); bac+3 of 2026, ESS aim → eligible
    N("english_updates", "aim", "a social enterprise that trains young people in digital skills", M(
        "Priya Naidoo <priya.naidoo@gmail.com>",
        "Application – BA graduate in Montpellier",
        "10-30 11:05",
        """Hello,

I'm South African and moved to Montpellier in October. I graduated with a BA in Media Studies from the University of Cape Town in June 2026. I'd love to work for a social enterprise that trains young people in digital skills.

Kind regards,
Priya Naidoo""",
        app("Priya", "Naidoo", phone=None, bac=3, grad="2026-06", language="en", status="b_en_priya_ba"),
    ), person="b_priya_naidoo"),
    # Feature: english_updates — situation — a two-week work trial
    # ambiguous: a «période de mise en situation en milieu professionnel» of two weeks is a work trial under an agreement, not a school internship: whether it counts as an internship is left open
    # route: person Priya Naidoo, second mail, English: her first mail forwarded below («Forwarded message»), on top «I've since started a two-week work trial» (a PMSMP) at a digital-skills social enterprise → application (en); not_internship open → to verify
    N("english_updates", "situation", "a two-week work trial", M(
        "Priya Naidoo <priya.naidoo@gmail.com>",
        "Fwd: Application – BA graduate in Montpellier",
        "24 16:30",
        """Hi again,

I'm forwarding my first email below. One change since then: France Travail arranged for me a two-week work trial (a "période de mise en situation en milieu professionnel") that started on Monday at a social enterprise teaching coding to teenagers. I'm not sure whether that counts as an internship for you.

Priya

---------- Forwarded message ---------
From: Priya Naidoo <priya.naidoo@gmail.com>
Date: Fri, 30 Oct 2026 at 11:05
Subject: Application – BA graduate in Montpellier

I'm South African and moved to Montpellier in October. I graduated with a BA in Media Studies from the University of Cape Town in June 2026. I'd love to work for a social enterprise that trains young people in digital skills.
Kind regards,
Priya Naidoo""",
        app("Priya", "Naidoo", phone=None, bac=3, grad="2026-06", unknown=("not_internship",), language="en", status="b_en_priya_work_trial"),
    ), person="b_priya_naidoo"),
    # Feature: updates_other_mail — kind — Lettre d'information
    # route: person the Cap Solidaire network, first mail: its monthly letter (List-Unsubscribe, Precedence: bulk) → newsletter
    N("updates_other_mail", "kind", "Lettre d'information", M(
        "Réseau Cap Solidaire <lettre@cap-solidaire.example.org>",
        "Lettre d'information Cap Solidaire – octobre 2026",
        "10-15 07:00",
        """Lettre d'information – octobre 2026

• Forum de l'emploi solidaire à Montpellier le 3 décembre
• Trois coopératives d'Occitanie recrutent des chargés de projet
• Portrait : Yanis, ancien volontaire devenu coordinateur d'une recyclerie

Pour vous désinscrire : https://cap-solidaire.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://cap-solidaire.example.org/desinscription>", "Precedence": "bulk"},
    ), person="b_cap_solidaire"),
    # Feature: updates_other_mail — kind — les liens de notre envoi du 15 octobre ne fonctionnaient pas
    # route: person the Cap Solidaire network, second mail: the same letter sent again because the links of the first sending were broken (List-Unsubscribe, Precedence: bulk) → newsletter
    N("updates_other_mail", "kind", "les liens de notre envoi du 15 octobre ne fonctionnaient pas", M(
        "Réseau Cap Solidaire <lettre@cap-solidaire.example.org>",
        "[Renvoi] Lettre d'information Cap Solidaire – octobre 2026",
        "05 07:00",
        """Nous vous renvoyons cette lettre : les liens de notre envoi du 15 octobre ne fonctionnaient pas. Toutes nos excuses.

• Forum de l'emploi solidaire à Montpellier le 3 décembre
• Trois coopératives d'Occitanie recrutent des chargés de projet
• Portrait : Yanis, ancien volontaire devenu coordinateur d'une recyclerie

Pour vous désinscrire : https://cap-solidaire.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://cap-solidaire.example.org/desinscription>", "Precedence": "bulk"},
    ), person="b_cap_solidaire"),
    # Feature: updates_other_mail — career_change — elle a été cuisinière plusieurs années
    # ambiguous: years as a cook before a BTS in social work may be a career change or a first trade before studies: the adviser's words do not settle it
    # route: person Salomé Rivière, first mail: her PLIE adviser presents her, a BTS ESF of June 2026, «elle a été cuisinière plusieurs années» before it, an association sought, both contacts given → application (forwarded_by the adviser); not_career_change open → to verify
    N("updates_other_mail", "career_change", "elle a été cuisinière plusieurs années", M(
        "PLIE de Tours – Sabine Aubin <s.aubin@plie-tours.example.org>",
        "Candidature de Salomé Rivière",
        "10-09 16:25",
        """Bonjour,

Je suis référente de parcours au PLIE de Tours. Je vous présente Salomé Rivière, qui a obtenu son BTS ESF en juin 2026 en cours du soir. Avant, elle a été cuisinière plusieurs années en restauration collective. Elle cherche un poste de conseillère dans une association de lutte contre la précarité alimentaire.

Ses coordonnées : salome.riviere@laposte.net, 06 41 92 07 58. Les miennes : 02 47 00 00 00.

Sabine Aubin
PLIE de Tours""",
        app("Salomé", "Rivière", phone="+33641920758", bac=2, grad="2026-06", email="salome.riviere@laposte.net", forwarded_by="s.aubin@plie-tours.example.org", unknown=("not_career_change",), status="b_om_salome_chantier"),
    ), person="b_salome_riviere"),
    # Feature: updates_other_mail — kind — Je suis absente jusqu'au 20 novembre
    # route: person Salomé Rivière, second mail: her own out-of-office answering our mail (Auto-Submitted) → auto_reply
    N("updates_other_mail", "kind", "Je suis absente jusqu'au 20 novembre", M(
        "Salomé Rivière <salome.riviere@laposte.net>",
        "Réponse automatique : Pro'pulse – votre candidature",
        "16 09:00",
        """Bonjour,

Je suis absente jusqu'au 20 novembre (formation PSC1). Je lirai votre message à mon retour.

Salomé Rivière""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="b_salome_riviere"),
    # Feature: updates_other_mail — aim — une épicerie solidaire
    # route: person Maël Guérin, first mail: his older brother presents him, a licence of June 2026, a post in «une épicerie solidaire» or a food-aid association sought, the brother's and Maël's contacts → application (forwarded_by the brother, Maël's student address); bac+3 of 2026, ESS aim → eligible
    N("updates_other_mail", "aim", "une épicerie solidaire", M(
        "Yann Guérin <yann.guerin@free.fr>",
        "Pour mon frère Maël",
        "10-17 18:00",
        """Bonjour,

Je vous écris pour mon petit frère, Maël Guérin, qui a obtenu sa licence de gestion en juin 2026 à Orléans. Il cherche un poste de gestionnaire dans une épicerie solidaire ou une association d'aide alimentaire, où il est bénévole depuis deux ans. Son adresse : mael.guerin@etu.univ-orleans.example.fr, son portable : 07 38 64 21 09. Moi, vous pouvez m'appeler au 06 03 55 12 40.

Yann Guérin""",
        app("Maël", "Guérin", phone="+33738642109", bac=3, grad="2026-06", email="mael.guerin@etu.univ-orleans.example.fr", forwarded_by="yann.guerin@free.fr", status="b_om_mael_frere"),
    ), person="b_mael_guerin"),
    # Feature: updates_other_mail — kind — Adresse introuvable
    # route: person Maël Guérin, second mail: the university's delivery report for his student address (Mailer-Daemon, multipart/report), our answer to the brother's mail returned → bounce
    N("updates_other_mail", "kind", "Adresse introuvable", M(
        "MAILER-DAEMON <mailer-daemon@etu.univ-orleans.example.fr>",
        "Échec de la remise : Re: Pour mon frère Maël",
        "10-23 02:15",
        """Adresse introuvable

Votre message n'a pas été remis à mael.guerin@etu.univ-orleans.example.fr : cette adresse n'existe pas ou n'accepte plus de messages.""",
        bounce("mael.guerin@etu.univ-orleans.example.fr"),
        bounce="""Reporting-MTA: dns; smtp.etu.univ-orleans.example.fr
Final-Recipient: rfc822; mael.guerin@etu.univ-orleans.example.fr
Action: failed
Status: 5.1.1""",
    ), person="b_mael_guerin"),
    # Feature: updates_other_mail — kind — nous recrutons deux animateurs
    # route: person the SCIC Rail et Vélo, first mail: an employer's offer of two posts for the programme's people → other
    N("updates_other_mail", "kind", "nous recrutons deux animateurs", M(
        "Camille Dufresne <recrutement@railetvelo.example.fr>",
        "Offre : deux postes d'animateurs mobilité",
        "10-19 10:30",
        """Bonjour,

La SCIC Rail et Vélo, à Tours, nous recrutons deux animateurs mobilité en CDI à partir de janvier (bac+2 minimum). Pourriez-vous diffuser l'offre aux jeunes de votre programme ? La fiche de poste est sur notre site. Merci d'avance !

Camille Dufresne
Responsable RH – SCIC Rail et Vélo""",
        other(),
    ), person="b_rail_et_velo"),
    # Feature: updates_other_mail — kind — je reviens vers vous au sujet de notre offre
    # route: person the SCIC Rail et Vélo, second mail: the employer's follow-up on its offer, a closing date given → other
    N("updates_other_mail", "kind", "je reviens vers vous au sujet de notre offre", M(
        "Camille Dufresne <recrutement@railetvelo.example.fr>",
        "Relance : offre animateurs mobilité",
        "10 14:45",
        """Bonjour,

Je reviens vers vous au sujet de notre offre d'animateurs mobilité : nous n'avons reçu qu'une candidature pour l'instant. Les candidatures restent ouvertes jusqu'au 15 décembre. Merci d'avance pour la diffusion !

Camille Dufresne
SCIC Rail et Vélo""",
        other(),
    ), person="b_rail_et_velo"),
]
