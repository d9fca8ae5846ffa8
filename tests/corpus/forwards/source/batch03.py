"""Forwards corpus, batch 03 (writer A): Monday 8 – Wednesday 10 February 2027, each mail read on its own day.
Advisers' mails with their own degrees signed under them, internships offered, prolonged or ended in the
carried mails, a civic service extended since the mail below, a promotion's ceremony later than its year, a
BTS «en janvier» of a mail of March 2025, a friend's own civic service in the middle of a chain; a reply in our
thread, an out-of-office quoting our mail, three forwarded questions, a bounce and a school's job-dating."""
# ruff: noqa: E501

from __future__ import annotations

from forwards import N
from kit import CV, M, app, auto_reply, bounce, other, question, reply

MESSAGES = [
    # Feature: forward_other_mail — kind — c'est noté pour le rendez-vous de mardi
    # route: a participant's answer in our thread (In-Reply-To ours), our mail quoted with «>» → reply
    N("forward_other_mail", "kind", "c'est noté pour le rendez-vous de mardi", M(
        "Jérémie Fontanel <jeremie.fontanel@gmail.com>", "Re: Pro'pulse - votre rendez-vous individuel", "2027-02-08 08:05",
        """Bonjour, c'est noté pour le rendez-vous de mardi à 11h, merci !
Jérémie

Le ven. 5 févr. 2027 à 16:20, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Jérémie,
> Votre rendez-vous individuel avec votre coach est fixé au mardi 9 février à 11h.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<rdv-2027-02-05-0093@animafac.net>"},
    )),
    # Feature: adviser_forwarded — level — avec votre diplôme d'école de commerce
    # route: the careers adviser's forwarded mail of 26 January 2027 names «votre diplôme d'école de commerce» without its length or level (the adviser's «Master 2 RH» is her own); graduation in 2026 per the line above → bac unknown, degree_level open → to_verify
    N("adviser_forwarded", "level", "avec votre diplôme d'école de commerce", M(
        "Clotilde Makosso <clotilde.makosso@gmail.com>", "TR: Une piste pour vous", "2027-02-08 09:20",
        """Bonjour,

Ma conseillère m'a parlé de vous, je vous transfère son message. Je suis sortie de l'école en juillet 2026 et je cherche un poste de chargée de partenariats dans une fondation ou une association.

Clotilde Makosso
07 38 52 69 14

De : Bérangère Tissot <b.tissot@cap-emploi-cadres.example.fr>
Envoyé : mardi 26 janvier 2027 15:05
À : Clotilde Makosso
Objet : Une piste pour vous

Bonjour Clotilde,
Avec votre diplôme d'école de commerce et votre envie de donner du sens à votre travail, le programme Pro'pulse d'Animafac me semble tout indiqué.
Bien à vous,
Bérangère Tissot, Master 2 RH - consultante carrières""",
        app("Clotilde", "Makosso", phone="+33738526914", bac=None, grad="2026-07", unknown=("degree_level",), status="clotilde_ecole_de_commerce"),
    )),
    # Feature: placement_forwarded — situation — à partir de février, sous réserve de la signature de la convention
    # ambiguous: the host's forwarded mail of 18 December 2026 offers an internship from February under an agreement not yet signed; whether it began is unsaid, and begun it would run
    # route: the carried offer of an internship «à partir de février», the line above silent on it; a licence of June 2026 → bac+3 of 2026-06, not_internship open → to_verify
    N("placement_forwarded", "situation", "à partir de février, sous réserve de la signature de la convention", M(
        "Margaux Thiénot-Ba <margaux.thienot.ba@orange.fr>", "Fwd: Votre candidature de stage", "2027-02-08 10:45",
        """Bonjour,

Je vous transfère la réponse que j'ai eue en décembre pour que vous ayez tout en main. J'ai ma licence de sciences sociales depuis juin 2026 et je cherche un emploi de chargée d'accueil dans une structure de l'ESS.

Margaux Thiénot-Ba

---------- Forwarded message ---------
From: Maison de l'emploi solidaire <contact@mes-dijon.example.org>
Date: Fri, Dec 18, 2026 at 11:50 AM
Subject: Votre candidature de stage
To: <margaux.thienot.ba@orange.fr>

Bonjour Margaux,
Nous serions ravis de vous accueillir en stage à partir de février, sous réserve de la signature de la convention par votre établissement.
Bien cordialement""",
        app("Margaux", "Thiénot-Ba", phone=None, bac=3, grad="2026-06", unknown=("not_internship",), status="margaux_stage_sous_reserve"),
    )),
    # Feature: own_mail_forwarded — career_change — deux ans comme serveuse pendant mes études, un job étudiant
    # route: the forwarded part, her own mail of 2 November 2026: a student job while studying is no career change; a master of June 2026 → bac+5 of 2026-06 → eligible
    N("own_mail_forwarded", "career_change", "deux ans comme serveuse pendant mes études, c'était un job étudiant", M(
        "Inès-Marie Szymanska <inesmarie.szymanska@gmail.com>", "Fwd: Candidature - chargée de projets culturels", "2027-02-08 12:30",
        """Bonjour,
je vous fais suivre ma dernière candidature, pour vous présenter mon profil.
Inès-Marie
06 18 94 70 35

---------- Forwarded message ---------
De : Inès-Marie Szymanska <inesmarie.szymanska@gmail.com>
Date: lun. 2 nov. 2026 à 10:17
Subject: Candidature - chargée de projets culturels
To: <recrutement@tiers-lieu-friche.example.org>

Madame, Monsieur,
Diplômée d'un master Gestion de projets culturels (juin 2026), je souhaite rejoindre votre tiers-lieu. J'ai travaillé deux ans comme serveuse pendant mes études, c'était un job étudiant mais j'y ai appris l'accueil du public.
Cordialement,
Inès-Marie Szymanska""",
        app("Inès-Marie", "Szymanska", phone="+33618947035", bac=5, grad="2026-06", status="inesmarie_job_etudiant"),
    )),
    # Feature: inline_quoted — situation — oui, en stage de six mois depuis le 4 janvier
    # route: his unquoted answer to his adviser's quoted question: an internship of six months since 4 January 2027, running; a BUT of June 2026 → bac+3 of 2026-06, not_internship fails → not_eligible
    N("inline_quoted", "situation", "oui, en stage de six mois depuis le 4 janvier", M(
        "Dorian Valette-Cissé <dorian.valette.cisse@gmail.com>", "Re: Questions avant orientation", "2027-02-08 14:00",
        """Bonjour, mon conseiller m'a dit de vous envoyer directement mes réponses à ses questions.

Le 2 févr. 2027 à 09:31, Rémi Jacquot <r.jacquot@francetravail.example.fr> a écrit :
> 1. Diplôme et année d'obtention ?

BUT Gestion des entreprises et des administrations, juin 2026.

> 2. Êtes-vous en stage actuellement ?

Oui, en stage de six mois depuis le 4 janvier dans une coopérative de logement à Lyon.

> 3. Secteur visé ?

L'habitat participatif ou le logement social.

Dorian Valette-Cissé
07 29 46 13 85""",
        app("Dorian", "Valette-Cissé", phone="+33729461385", bac=3, grad="2026-06", failing=("not_internship",), status="dorian_stage_depuis_4_janvier"),
    )),
    # Feature: offer_forwarded — aim — c'est ce genre de poste que je cherche, commercial en banque
    # route: his lines above a forwarded bank's offer: his own aim, a sales post in a commercial bank, not the social economy; a master of 2026 → bac+5 of 2026-09, job_seeking_ess fails → not_eligible
    N("offer_forwarded", "aim", "c'est ce genre de poste que je cherche, commercial en banque", M(
        "Maxence Durupt <maxence.durupt@outlook.fr>", "TR: Offre conseiller clientèle professionnels", "2027-02-08 15:30",
        """Bonjour,

Un ami m'a donné votre adresse en disant que vous aidiez les jeunes diplômés. Voici une offre : c'est ce genre de poste que je cherche, commercial en banque, dans un grand réseau. J'ai un master Finance obtenu en septembre 2026.

Maxence Durupt

De : Recrutement Banque Hexagone <jobs@banque-hexagone.example.fr>
Envoyé : lundi 8 février 2027 07:30
Objet : Offre conseiller clientèle professionnels

CDI, agence de Lille Centre. Profil : bac+5 école de commerce ou master finance.""",
        app("Maxence", "Durupt", phone=None, bac=5, grad="2026-09", failing=("job_seeking_ess",), status="maxence_commercial_banque"),
    )),
    # Feature: forward_other_mail — kind — I am currently out of the office
    # route: an English out-of-office (Auto-Submitted) of a partner abroad quoting our mail → auto_reply
    N("forward_other_mail", "kind", "I am currently out of the office", M(
        "Marta Kowalska-Reyes <m.kowalska@eurodesk-partner.example.eu>", "Automatic reply: Pro'pulse - partnership meeting", "2027-02-08 17:00",
        """Thank you for your email. I am currently out of the office until 15 February with limited access to email.

From: Pro'pulse <propulse@animafac.net>
Sent: Monday, February 8, 2027 4:59 PM
Subject: Pro'pulse - partnership meeting

Dear Marta, could we set a date for our partnership meeting in March? The Pro'pulse team""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: forwarded_by_other — graduation — j'ai eu mon DE d'éducateur spécialisé en juin
    # route: his mother forwards his mail of 21 December 2026 (his address and phone in it): «en juin» counted from that Date is June 2026, a DEES (bac+3) → bac+3 of 2026-06 → eligible
    N("forwarded_by_other", "graduation", "j'ai eu mon DE d'éducateur spécialisé en juin", M(
        "Christine Lefort <christine.lefort58@orange.fr>", "TR: Ibrahima - recherche d'emploi", "2027-02-09 08:10",
        """Bonjour,

Mon fils m'avait écrit ceci avant Noël, je vous le transfère car il cherche toujours. Il est au courant.

Christine Lefort

-----Message d'origine-----
De : Ibrahima Sow-Lefort <ibrahima.sowlefort@gmail.com>
Envoyé : lundi 21 décembre 2026 22:31
À : Maman
Objet : Ibrahima - recherche d'emploi

Maman, pour répondre à ta question : j'ai eu mon DE d'éducateur spécialisé en juin, et je cherche dans la protection de l'enfance, plutôt en association qu'en département. Si tu connais quelqu'un, mon numéro c'est le 06 52 81 39 07.
Bisous""",
        app("Ibrahima", "Sow-Lefort", phone="+33652813907", bac=3, grad="2026-06", email="ibrahima.sowlefort@gmail.com", forwarded_by="christine.lefort58@orange.fr", status="ibrahima_par_sa_mere"),
    )),
    # Feature: english_forward — level — a Higher National Diploma from Accra Technical University
    # ambiguous: an HND of Ghana, its length and French equivalence unsaid (two or three years): a level of bac+2 or more, or not
    # route: his English lines above his own forwarded mail of 9 December 2025: an HND of November 2025 (15 months back: meets), its level unsettled → bac unknown, degree_level open → to_verify
    N("english_forward", "level", "a Higher National Diploma from Accra Technical University", M(
        "Kwabena Boadu-Asamoah <kwabena.boaduasamoah@gmail.com>", "Fwd: Application for volunteer coordinator", "2027-02-09 09:30",
        """Good morning,

I'm forwarding the application I sent to an NGO last year, which describes my background. I have now settled in Lille and I would like to work in the social economy here.

Kind regards,
Kwabena Boadu-Asamoah
+33 7 44 18 26 93

---------- Forwarded message ---------
From: Kwabena Boadu-Asamoah <kwabena.boaduasamoah@gmail.com>
Date: Tue, Dec 9, 2025 at 10:02 AM
Subject: Application for volunteer coordinator
To: <jobs@ngo-westafrica.example.org>

Dear Sir or Madam,
I hold a Higher National Diploma from Accra Technical University in Marketing, completed in November 2025, and I have volunteered with a youth football charity for three years.
Yours faithfully,
Kwabena""",
        app("Kwabena", "Boadu-Asamoah", phone="+33744182693", bac=None, grad="2025-11", unknown=("degree_level",), language="en", status="kwabena_hnd_accra"),
    )),
    # Feature: top_corrects_below — situation — ma mission a été prolongée jusqu'au 30 avril
    # route: the update above his forwarded mail of 14 September 2026 («je finis mon service civique fin janvier»): the mission extended until 30 April 2027, running; a BTS of July 2025 → bac+2 of 2025-07, not_service_civique fails → not_eligible
    N("top_corrects_below", "situation", "ma mission a été prolongée jusqu'au 30 avril", M(
        "Joachim Ferrandi <joachim.ferrandi@laposte.net>", "TR: inscription Pro'pulse", "2027-02-09 11:00",
        """Bonjour,

Petite mise à jour par rapport à mon mail de septembre : ma mission a été prolongée jusqu'au 30 avril. Je préfère vous prévenir.

Joachim
06 77 30 48 12

-------- Message transféré --------
Sujet : inscription Pro'pulse
Date : Mon, 14 Sep 2026 09:12:33 +0200
De : Joachim Ferrandi <joachim.ferrandi@laposte.net>
Pour : propulse@animafac.net

Bonjour, j'ai un BTS Gestion de la PME depuis juillet 2025 et je finis mon service civique fin janvier à la Croix-Rouge d'Ajaccio. Je voudrais ensuite un poste d'assistant de gestion associatif. Joachim Ferrandi""",
        app("Joachim", "Ferrandi", phone="+33677304812", bac=2, grad="2025-07", failing=("not_service_civique",), status="joachim_sc_prolonge_avril"),
    )),
    # Feature: school_mail_forwarded — graduation — Cérémonie de remise des diplômes de la promotion 2025
    # ambiguous: «promotion 2025», a year alone read in February 2027 (the ceremony of November 2026 is no obtention): a diploma of January 2025 fails, one of June 2025 meets
    # route: the school's forwarded invitation of 20 November 2026: his licence of the promotion 2025, month unsaid → bac+3 of 2025, graduation_recent open → to_verify
    N("school_mail_forwarded", "graduation", "Cérémonie de remise des diplômes de la promotion 2025", M(
        "Bastien Roumégoux <bastien.roumegoux@free.fr>", "Fwd: Invitation - Cérémonie de remise des diplômes", "2027-02-09 12:40",
        """Salut,

Je vous envoie ça parce que votre formulaire me demandait mon année de diplôme, c'est la seule trace écrite que j'ai. Licence Économie-gestion, Pau. Je cherche un poste dans une coopérative agricole ou une CAE.

Bastien

---------- Forwarded message ---------
From: UPPA - Vie étudiante <evenements@univ-pau.example.fr>
Date: Fri, Nov 20, 2026 at 9:00 AM
Subject: Invitation - Cérémonie de remise des diplômes
To: <bastien.roumegoux@free.fr>

Cérémonie de remise des diplômes de la promotion 2025
Le doyen a le plaisir de vous convier à la cérémonie qui se tiendra le 11 décembre 2026 à 18h, amphithéâtre de la présidence.""",
        app("Bastien", "Roumégoux", phone=None, bac=3, grad="2025", unknown=("graduation_recent",), status="bastien_promotion_2025"),
    )),
    # Feature: adviser_forwarded — situation — votre stage se termine le 15 août
    # route: the teacher's forwarded mail of 30 June 2026: her internship ending on 15 August 2026, over long before the reading day; a licence pro of July 2026; CV attached → bac+3 of 2026-07 → eligible
    N("adviser_forwarded", "situation", "votre stage se termine le 15 août", M(
        "Lyna Benhamou-Petit <lyna.benhamou.petit@gmail.com>", "Fwd: Après la licence pro", "2027-02-09 14:10",
        """Bonjour,

Ma responsable de formation m'avait conseillé votre programme cet été, je le fais enfin ! Je joins mon CV. J'ai obtenu la licence pro en juillet 2026 et je cherche dans l'insertion par l'activité économique.

Lyna Benhamou-Petit
07 90 23 61 48

---------- Forwarded message ---------
From: Corinne Vasseur <corinne.vasseur@iut-evry.example.fr>
Date: Tue, Jun 30, 2026 at 6:22 PM
Subject: Après la licence pro
To: <lyna.benhamou.petit@gmail.com>

Bonjour Lyna,
Comme votre stage se termine le 15 août, pensez à Pro'pulse pour la suite : c'est un accompagnement d'Animafac pour les jeunes diplômé·es qui veulent travailler dans l'ESS.
Bel été,
Corinne Vasseur, responsable de la LP Coordination de projets de développement social""",
        app("Lyna", "Benhamou-Petit", phone="+33790236148", bac=3, grad="2026-07", status="lyna_stage_fini_15_aout"),
        cv=CV("pdf", "CV_Lyna_Benhamou-Petit.pdf", "Lyna Benhamou-Petit\nChargée d'accompagnement socio-professionnel\n2026 Licence professionnelle Coordination de projets de développement social, IUT d'Évry\n2025 BUT Carrières sociales\nStage (avril-août 2026) : entreprise d'insertion Rebond 91"),
    )),
    # Feature: forward_other_mail — kind — est-ce que vous accompagnez aussi les personnes qui créent leur association
    # route: a friend's question forwarded (the programme's scope), no personal fact of anyone → question
    N("forward_other_mail", "kind", "est-ce que vous accompagnez aussi les personnes qui créent leur association", M(
        "Mathéo Grandjean <matheo.grandjean@gmail.com>", "TR: question pour Pro'pulse", "2027-02-09 15:45",
        """Bonjour, je transmets la question d'un pote :

De : Yoann
Envoyé : mardi 9 février 2027 13:10
À : Mathéo Grandjean
Objet : question pour Pro'pulse

Tu peux leur demander est-ce que vous accompagnez aussi les personnes qui créent leur association, ou seulement la recherche d'emploi ?""",
        question(),
    )),
    # Feature: attached_message — level — un CAP Accompagnant éducatif petite enfance obtenu en 2024
    # route: the attached mail (message/rfc822), her own of 6 October 2026 to a nursery association: a CAP (below the bac) of 2024, no higher diploma → bac+0 of 2024, degree_level and graduation_recent fail → not_eligible
    N("attached_message", "level", "un CAP Accompagnant éducatif petite enfance obtenu en 2024", M(
        "Anthelme Moutou <anthelme.moutou@yahoo.fr>", "candidature pro'pulse", "2027-02-09 17:20",
        """Bonjour, je vous mets en pièce jointe le mail que j'avais envoyé à une crèche en octobre, pour que vous connaissiez mon parcours. Merci de me répondre. 06 26 15 88 40

Bonjour,

Je suis titulaire d'un CAP Accompagnant éducatif petite enfance obtenu en 2024 et je travaille depuis en remplacement dans des écoles maternelles.

Je souhaiterais rejoindre une crèche associative.

Cordialement,
Anthelme Moutou""",
        app("Anthelme", "Moutou", phone="+33626158840", bac=0, grad="2024", failing=("degree_level", "graduation_recent"), status="anthelme_cap_petite_enfance"),
        headers={"X-Forwards-Split": "1", "X-Forwards-Inner-From": "Anthelme Moutou <anthelme.moutou@yahoo.fr>",
                 "X-Forwards-Inner-To": "Crèche Les Petits Pas <direction@petitspas-asso.example.org>", "X-Forwards-Inner-Subject": "Candidature auxiliaire",
                 "X-Forwards-Inner-Date": "2026-10-06 09:10"},
    )),
    # Feature: nested_chain — graduation — j'ai fini mon M2 en septembre
    # route: two levels down, her own mail of 28 January 2027 (the friend's reply above it tells the friend's own civic service, not hers): a master 2 finished in September 2026, an insertion post sought → bac+5 of 2026-09 → eligible
    N("nested_chain", "graduation", "j'ai fini mon M2 en septembre", M(
        "Violette Amrani-Lacroix <violette.amrani@gmail.com>", "TR: RE: tu connais des assos qui recrutent ?", "2027-02-10 08:00",
        """Bonjour,

Mon amie m'a conseillé de vous écrire (voir l'échange ci-dessous). Merci de m'indiquer la marche à suivre.

Violette Amrani-Lacroix
06 05 62 97 31

De : Julie Perret <julie.perret@example.net>
Envoyé : vendredi 29 janvier 2027 12:40
À : Violette Amrani-Lacroix
Objet : RE: tu connais des assos qui recrutent ?

Moi je suis en service civique jusqu'en juin donc je ne cherche pas encore, mais écris à Pro'pulse, ils sont top !

De : Violette Amrani-Lacroix
Envoyé : jeudi 28 janvier 2027 21:05
À : Julie Perret
Objet : tu connais des assos qui recrutent ?

Coucou Julie, j'ai fini mon M2 en septembre (Insertion et économie sociale, Lille) et je ne trouve rien dans l'insertion. Tu connais des assos qui recrutent ?""",
        app("Violette", "Amrani-Lacroix", phone="+33605629731", bac=5, grad="2026-09", status="violette_m2_septembre_amie_sc"),
    )),
    # Feature: placement_forwarded — situation — prolonger votre stage jusqu'au 31 mars
    # route: the host's forwarded mail of 29 January 2027 extends his internship until 31 March 2027, running on the reading day; a licence of June 2026 → bac+3 of 2026-06, not_internship fails → not_eligible
    N("placement_forwarded", "situation", "prolonger votre stage jusqu'au 31 mars", M(
        "Cyprien Tahirou-Vallet <cyprien.tahirouvallet@gmail.com>", "Fwd: Prolongation de votre stage", "2027-02-10 09:30",
        """Bonjour,

Bonne nouvelle pour moi, même si ce n'est pas encore un emploi. Je voudrais quand même commencer à être accompagné pour trouver un poste de chargé de projet dans une association de solidarité internationale. J'ai une licence de géographie (juin 2026).

Cyprien Tahirou-Vallet
07 83 51 26 04

---------- Forwarded message ---------
From: Coordination SUD Jeunes <rh@csud-jeunes.example.org>
Date: Fri, Jan 29, 2027 at 4:00 PM
Subject: Prolongation de votre stage
To: <cyprien.tahirouvallet@gmail.com>

Bonjour Cyprien,
Nous avons le plaisir de prolonger votre stage jusqu'au 31 mars, par avenant à votre convention.
Bien cordialement""",
        app("Cyprien", "Tahirou-Vallet", phone="+33783512604", bac=3, grad="2026-06", failing=("not_internship",), status="cyprien_stage_prolonge_31_mars"),
    )),
    # Feature: inline_quoted — graduation — ma licence, obtenue il y a deux ans environ
    # ambiguous: «il y a deux ans environ», read on 10 February 2027: February 2025 meets the limit, a month earlier fails, «environ» leaves it open
    # route: her unquoted answer under our FAQ's pasted question (its «moins de deux ans» is ours): a licence of about two years back → bac+3, graduation unknown, graduation_recent open → to_verify
    N("inline_quoted", "graduation", "ma licence, obtenue il y a deux ans environ", M(
        "Albane Oumarou <albane.oumarou@gmail.com>", "éligibilité", "2027-02-10 10:50",
        """Bonjour,

> Faut-il être diplômé·e depuis moins de deux ans ?
> Oui, le programme s'adresse aux jeunes diplômé·es depuis moins de deux ans.

Dans mon cas c'est limite : ma licence, obtenue il y a deux ans environ (LEA anglais-espagnol). Je cherche un poste dans une association d'accueil de réfugiés.

> Comment s'inscrire ?

Je vous écris donc ici, en espérant que ça compte comme inscription.

Albane Oumarou""",
        app("Albane", "Oumarou", phone=None, bac=3, grad=None, unknown=("graduation_recent",), status="albane_il_y_a_deux_ans_environ"),
    )),
    # Feature: english_forward — graduation — Your degree was conferred on 14 December 2026
    # route: the university's forwarded English mail: a BA conferred on 14 December 2026, a job in a fair-trade organisation sought → bac+3 of 2026-12 → eligible
    N("english_forward", "graduation", "Your degree was conferred on 14 December 2026", M(
        "Jakob Lindgren <jakob.lindgren@gmail.com>", "Fwd: Confirmation of award", "2027-02-10 12:15",
        """Hi,

I'm a Swedish graduate living in Montpellier since January. I'm forwarding my confirmation of award because your form asks for the date of my degree. I'd like to work for a fair-trade organisation or a cooperative.

All the best,
Jakob Lindgren
+33 6 81 47 20 59

---------- Forwarded message ---------
From: Student Records <records@university-of-edinburgh.example.ac.uk>
Date: Tue, Dec 15, 2026 at 9:00 AM
Subject: Confirmation of award
To: <jakob.lindgren@gmail.com>

Dear Jakob,
Your degree was conferred on 14 December 2026: Bachelor of Arts (Honours) in International Relations.
Student Records""",
        app("Jakob", "Lindgren", phone="+33681472059", bac=3, grad="2026-12", language="en", status="jakob_conferred_14_december"),
    )),
    # Feature: offer_forwarded — graduation — diplômée de Sciences Po Lille en 2025
    # route: her lines above a forwarded offer («bac+5, 3 ans d'expérience» are the offer's): a five-year diploma of 2025 with no month, a year alone open in February 2027 → bac+5 of 2025, graduation_recent open → to_verify
    N("offer_forwarded", "graduation", "diplômée de Sciences Po Lille en 2025", M(
        "Apolline Ferraud-Kassab <apolline.ferraud@gmail.com>", "Fwd: Offre responsable plaidoyer", "2027-02-10 13:40",
        """Bonjour,

Cette offre me plaît beaucoup mais elle demande trois ans d'expérience. Je suis diplômée de Sciences Po Lille en 2025, j'ai fait un an de volontariat à l'étranger ensuite. Pourriez-vous m'aider à viser des postes plus accessibles dans le plaidoyer associatif ?

Apolline Ferraud-Kassab

---------- Forwarded message ---------
From: Réseau Action Climat <recrutement@rac.example.org>
Date: Tue, Feb 9, 2027 at 2:30 PM
Subject: Offre responsable plaidoyer

Responsable plaidoyer transports (CDI). Profil : bac+5, 3 ans d'expérience minimum en plaidoyer.""",
        app("Apolline", "Ferraud-Kassab", phone=None, bac=5, grad="2025", unknown=("graduation_recent",), status="apolline_sciences_po_2025"),
    )),
    # Feature: own_mail_forwarded — graduation — je viens d'avoir mon BTS, le jury était en janvier
    # route: the forwarded part, her own mail of 16 March 2025: «en janvier» counted from that Date is January 2025, 25 months back in February 2027 → bac+2 of 2025-01, graduation_recent fails → not_eligible
    N("own_mail_forwarded", "graduation", "je viens d'avoir mon BTS, le jury était en janvier", M(
        "Rosalie Bouchareb <rosalie.bouchareb@sfr.fr>", "Fwd: demande de renseignements", "2027-02-10 15:00",
        """Bonjour,

Je vous avais écrit il y a longtemps (voir plus bas) et je n'avais pas donné suite, je cherche toujours dans les associations d'aide à domicile.

Rosalie
06 49 73 02 81

---------- Forwarded message ---------
De : Rosalie Bouchareb <rosalie.bouchareb@sfr.fr>
Date: dim. 16 mars 2025 à 11:40
Subject: demande de renseignements
To: <propulse@animafac.net>

Bonjour, je viens d'avoir mon BTS, le jury était en janvier (BTS SP3S en formation décalée). Je voudrais travailler dans une association d'aide à domicile. Comment ça se passe chez vous ?
Rosalie""",
        app("Rosalie", "Bouchareb", phone="+33649730281", bac=2, grad="2025-01", failing=("graduation_recent",), status="rosalie_bts_janvier_2025"),
    )),
    # Feature: forward_other_mail — kind — Votre message n'a pas pu être remis
    # route: an Outlook delivery report (multipart/report) carrying our mail's headers, the mailbox full → bounce
    N("forward_other_mail", "kind", "Votre message n'a pas pu être remis", M(
        "Microsoft Outlook <postmaster@outlook.example.com>", "Non remis : Pro'pulse - confirmation de votre inscription", "2027-02-10 15:50",
        """Votre message n'a pas pu être remis à maelle.ricordeau@outlook.fr, car la boîte aux lettres du destinataire est pleine.

Serveur de diagnostic : outlook.example.com""",
        bounce("maelle.ricordeau@outlook.fr"),
        bounce="""Reporting-MTA: dns; outlook.example.com
Final-Recipient: rfc822; maelle.ricordeau@outlook.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""",
    )),
    # Feature: forwarded_by_other — situation — je suis en stage en ce moment
    # ambiguous: his forwarded mail of 20 October 2026 says an internship «en ce moment» with no end; four months later it may be over or not
    # route: a friend forwards his mail (his address in it): a licence pro of 2026 and an internship running in October 2026, end unsaid → bac+3 of 2026-06, not_internship open → to_verify
    N("forwarded_by_other", "situation", "je suis en stage en ce moment", M(
        "Prune Desmarais <prune.desmarais@gmail.com>", "Fwd: candidature de Gabin", "2027-02-10 16:30",
        """Bonjour,

Mon ami Gabin m'avait demandé cet automne de vous transmettre son message, je ne l'ai jamais fait, pardon Gabin ! Le voici. Son adresse : gabin.lhuillier@laposte.net.

Prune

---------- Forwarded message ---------
From: Gabin Lhuillier <gabin.lhuillier@laposte.net>
Date: Tue, Oct 20, 2026 at 7:48 PM
Subject: candidature de Gabin
To: Prune Desmarais <prune.desmarais@gmail.com>

Salut Prune, tu peux transmettre à ton asso ? J'ai ma licence pro Métiers de l'animation sociale depuis juin et je suis en stage en ce moment dans une MJC à Dole. Je cherche un poste d'animateur coordinateur après. Merci !""",
        app("Gabin", "Lhuillier", phone=None, bac=3, grad="2026-06", unknown=("not_internship",), email="gabin.lhuillier@laposte.net", forwarded_by="prune.desmarais@gmail.com", status="gabin_stage_en_ce_moment"),
    )),
    # Feature: top_corrects_below — graduation — depuis, j'ai eu mon diplôme le 15 décembre
    # route: the new line above his forwarded mail of 3 October 2026 («en M2, diplôme en décembre»): the master obtained on 15 December 2026 → bac+5 of 2026-12 → eligible
    N("top_corrects_below", "graduation", "depuis, j'ai eu mon diplôme le 15 décembre", M(
        "Ferdinand Obiang-Mercier <ferdinand.obiang@gmail.com>", "TR: Pro'pulse", "2027-02-10 17:45",
        """Bonjour,

Je reprends mon mail d'octobre : depuis, j'ai eu mon diplôme le 15 décembre, donc je suis enfin disponible pour le programme.

Ferdinand Obiang-Mercier
06 38 20 75 61

Le sam. 3 oct. 2026 à 12:05, Ferdinand Obiang-Mercier <ferdinand.obiang@gmail.com> a écrit :
> Bonjour, je suis en M2 Économie sociale à Grenoble en formation continue, diplôme en décembre. Je cherche un poste de chargé de mission dans une CRESS ou une fédération. Puis-je m'inscrire à l'avance ?
> Ferdinand""",
        app("Ferdinand", "Obiang-Mercier", phone="+33638207561", bac=5, grad="2026-12", status="ferdinand_diplome_15_decembre"),
    )),
    # Feature: forward_other_mail — kind — Job dating de l'ESS le 4 mars
    # route: a school forwards its job-dating invitation for our participants → other
    N("forward_other_mail", "kind", "Job dating de l'ESS le 4 mars", M(
        "Bureau d'aide à l'insertion professionnelle <baip@univ-angers.example.fr>", "TR: Job dating de l'ESS le 4 mars", "2027-02-10 18:30",
        """Bonjour,

Nous vous transférons l'invitation de notre job dating, ouverte aux participant·es de Pro'pulse.

-----Message d'origine-----
De : BAIP
Envoyé : mercredi 10 février 2027 09:00
Objet : Job dating de l'ESS le 4 mars

Quinze employeurs de l'ESS (associations, coopératives, mutuelles) recrutent. Jeudi 4 mars, 14h-18h, campus Saint-Serge.""",
        other(),
    )),
    # Feature: forward_other_mail — kind — est-ce qu'il existe une antenne à Marseille
    # route: a former participant forwards a neighbour's question (where the programme runs), no personal fact of anyone → question
    N("forward_other_mail", "kind", "est-ce qu'il existe une antenne à Marseille", M(
        "Samira Bensaïd-Lopez <samira.bensaid.lopez@gmail.com>", "Fwd: Pro'pulse à Marseille ?", "2027-02-10 19:30",
        """Bonsoir, je vous transfère la question de ma voisine, je lui ai dit que vous répondiez vite ;)

---------- Forwarded message ---------
From: Fanny <fanny.v@example.net>
Date: Wed, Feb 10, 2027 at 6:02 PM
Subject: Pro'pulse à Marseille ?
To: Samira Bensaïd-Lopez <samira.bensaid.lopez@gmail.com>

Coucou, tu sais est-ce qu'il existe une antenne à Marseille, ou est-ce que tout se fait à Paris et en ligne ?""",
        question(),
    )),
]
