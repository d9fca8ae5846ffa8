"""Forwards corpus, batch 04 (writer A): Thursday 11 – Sunday 14 February 2027 (few on the weekend), each mail
read on its own day. A jury of February 2025 at the limit's edge, an end-of-internship certificate, a re-enrolment
after a failed year, an adviser's third-person «reconversion», a civic service starting after the reading day,
a sister, a teacher and a professor forwarding their young people's mails, a correction of a diploma's kind
above the mail it corrects, our FAQ answered inline; an out-of-office, a reply in our thread, a network's
newsletter, an employer's answer and a partner's offer forwarded, two forwarded questions."""
# ruff: noqa: E501

from __future__ import annotations

from forwards import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: school_mail_forwarded — graduation — réuni le 18 février 2025, ADMISE
    # route: the forwarded jury decision of 18 February 2025: a master passed in February 2025, 24 months back on 11 February 2027 (meets, the limit's last month) → bac+5 of 2025-02 → eligible
    N("school_mail_forwarded", "graduation", "réuni le 18 février 2025", M(
        "Gaëlle Rabenoro <gaelle.rabenoro@gmail.com>", "TR: Décision du jury - Master Gestion des ONG", "2027-02-11 08:30",
        """Bonjour,

Je pense être juste dans les temps pour votre programme, d'après vos conditions. Voici la décision du jury. Je cherche un poste de chargée de programmes dans une ONG de santé.

Gaëlle Rabenoro
06 21 70 46 93

De : Jury Master Gestion des ONG <jury.mgong@univ-lyon3.example.fr>
Envoyé : mercredi 19 février 2025 10:00
À : Gaëlle Rabenoro
Objet : Décision du jury - Master Gestion des ONG

Madame,
Le jury du Master Gestion des ONG (parcours en alternance, promotion décalée), réuni le 18 février 2025, vous a déclarée ADMISE.
Le secrétariat""",
        app("Gaëlle", "Rabenoro", phone="+33621704693", bac=5, grad="2025-02", status="gaelle_jury_fevrier_2025"),
    )),
    # Feature: adviser_forwarded — graduation — vous qui êtes diplômée depuis peu
    # route: the APEC consultant's forwarded mail of 19 October 2026 says «votre master» and «diplômée depuis peu», no month nor year → bac+5, graduation unknown, graduation_recent open → to_verify
    N("adviser_forwarded", "graduation", "vous qui êtes diplômée depuis peu", M(
        "Nolwenn Guézennec <nolwenn.guezennec@orange.fr>", "Fwd: Suite à notre atelier", "2027-02-11 09:45",
        """Bonjour,
voici le message de ma consultante APEC. Je cherche un poste de chargée de mission environnement dans une association ou une collectivité... plutôt une association en fait.
Nolwenn

---------- Forwarded message ---------
From: Cécile Arnoult <cecile.arnoult@apec.example.fr>
Date: Mon, Oct 19, 2026 at 5:30 PM
Subject: Suite à notre atelier
To: <nolwenn.guezennec@orange.fr>

Bonjour Nolwenn,
Vous qui êtes diplômée depuis peu, avec votre master en environnement, je vous invite à découvrir Pro'pulse, qui accompagne les premiers emplois dans l'ESS.
Cécile Arnoult""",
        app("Nolwenn", "Guézennec", phone=None, bac=5, grad=None, unknown=("graduation_recent",), status="nolwenn_diplomee_depuis_peu"),
    )),
    # Feature: placement_forwarded — situation — un stage du 1er septembre 2026 au 29 janvier 2027
    # route: the forwarded end-of-internship certificate of 29 January 2027: an internship ended before the reading day; a master of June 2026 → bac+5 of 2026-06 → eligible
    N("placement_forwarded", "situation", "un stage du 1er septembre 2026 au 29 janvier 2027", M(
        "Anatole Vercruysse <anatole.vercruysse@gmail.com>", "Fwd: Attestation de fin de stage", "2027-02-11 11:10",
        """Bonjour,

Voici mon attestation de fin de stage, puisque vous demandez si nous sommes en stage : ce n'est plus le cas. J'ai mon master Économie du développement depuis juin 2026 et je cherche un poste dans la finance solidaire.

Anatole Vercruysse
07 56 93 18 42

---------- Forwarded message ---------
From: France Active Hauts-de-France <rh@franceactive-hdf.example.org>
Date: Fri, Jan 29, 2027 at 5:45 PM
Subject: Attestation de fin de stage
To: <anatole.vercruysse@gmail.com>

Nous attestons que Monsieur Anatole Vercruysse a effectué un stage du 1er septembre 2026 au 29 janvier 2027 au sein de notre équipe d'accompagnement des entreprises solidaires.""",
        app("Anatole", "Vercruysse", phone="+33756931842", bac=5, grad="2026-06", status="anatole_attestation_fin_stage"),
        html="only",
    )),
    # Feature: inline_quoted — aim — plutôt la fonction publique territoriale, je passe le concours d'attaché
    # route: her unquoted answer to a friend's quoted question: her aim is the territorial civil service, not a job in the social economy; a licence of June 2026 → bac+3 of 2026-06, job_seeking_ess fails → not_eligible
    N("inline_quoted", "aim", "plutôt la fonction publique territoriale, je passe le concours d'attaché", M(
        "Soizic Le Maréchal <soizic.lemarechal@gmail.com>", "Re: le programme dont je t'ai parlé", "2027-02-11 12:30",
        """Bonjour, mon amie m'a dit de vous écrire avec mes réponses à ses questions, les voici :

Le 10/02/2027 à 19:12, Anaïs <anais.k@example.net> a écrit :
> tu as ta licence de droit depuis quand déjà ?

juin 2026

> et tu cherches dans l'associatif ?

non, plutôt la fonction publique territoriale, je passe le concours d'attaché en avril. Mais je veux bien de l'aide pour les entretiens.

Soizic""",
        app("Soizic", "Le Maréchal", phone=None, bac=3, grad="2026-06", failing=("job_seeking_ess",), status="soizic_concours_attache"),
    )),
    # Feature: forward_other_mail — kind — est-ce qu'il y a une limite d'âge
    # route: a cousin's question forwarded, no personal fact of anyone → question
    N("forward_other_mail", "kind", "est-ce qu'il y a une limite d'âge", M(
        "Bakary Konaté <bakary.konate@gmail.com>", "Fwd: ton programme", "2027-02-11 14:00",
        """Bonjour je vous transmet la question de mon cousin.

---------- Forwarded message ---------
From: Seydou <seydou.k@example.net>
Date: Thu, Feb 11, 2027 at 11:02 AM
Subject: ton programme

Wesh, tu peux demander est-ce qu'il y a une limite d'âge pour Pro'pulse ?""",
        question(),
    )),
    # Feature: forwarded_by_other — graduation — j'ai fini ma licence
    # route: his sister forwards his mail of 8 February 2027 (his address in it): a licence finished, no month nor year → bac+3, graduation unknown, graduation_recent open → to_verify
    N("forwarded_by_other", "graduation", "j'ai fini ma licence", M(
        "Yasmina Cherif <yasmina.cherif@hotmail.fr>", "TR: pour ton asso", "2027-02-11 15:20",
        """Bonjour,

Je vous transfère le message de mon petit frère Karim, il est d'accord. Il est un peu perdu dans sa recherche.

Yasmina Cherif

Le lun. 8 févr. 2027 à 20:14, Karim <karim.cd@gmail.com> a écrit :
> Oui tu peux leur envoyer. J'ai fini ma licence (éco-gestion à Nanterre) et je cherche un taf dans une asso ou une coopérative, n'importe quoi qui ait du sens. Mon mail c'est karim.cd@gmail.com
> Karim Cherif-Delmas""",
        app("Karim", "Cherif-Delmas", phone=None, bac=3, grad=None, unknown=("graduation_recent",), email="karim.cd@gmail.com", forwarded_by="yasmina.cherif@hotmail.fr", status="karim_par_sa_soeur"),
    )),
    # Feature: english_forward — graduation — I have a master's degree in Social Work from Salamanca
    # route: her English lines above her own forwarded mail of 23 November 2026: a master's in social work, its year unsaid → bac+5, graduation unknown, graduation_recent open → to_verify
    N("english_forward", "graduation", "I have a master's degree in Social Work from Salamanca", M(
        "Lucía Martín Ortega <lucia.martin.ortega@gmail.com>", "Fwd: Volunteering and jobs", "2027-02-11 16:40",
        """Hello,

I'm Spanish and I've been living in Toulouse since my Erasmus. My French is good but I write faster in English, sorry! Below is the message I sent to a migrants' association in November.

Lucía

---------- Forwarded message ---------
From: Lucía Martín Ortega <lucia.martin.ortega@gmail.com>
Date: Mon, Nov 23, 2026 at 8:15 PM
Subject: Volunteering and jobs
To: <contact@asso-migrants31.example.org>

Hello, I have a master's degree in Social Work from Salamanca and I would love to work with your association, as a volunteer first and hopefully as an employee later.
Best wishes, Lucía""",
        app("Lucía", "Martín Ortega", phone=None, bac=5, grad=None, unknown=("graduation_recent",), language="en", status="lucia_master_salamanca"),
    )),
    # Feature: forward_other_mail — kind — Je suis en congé jusqu'au 22 février
    # route: an out-of-office (Auto-Submitted) of an adviser quoting our mail → auto_reply
    N("forward_other_mail", "kind", "Je suis en congé jusqu'au 22 février", M(
        "Hélène Marquant <h.marquant@missionlocale-arras.example.fr>", "Réponse automatique : Pro'pulse - point sur les jeunes orientés", "2027-02-11 18:00",
        """Bonjour, je suis en congé jusqu'au 22 février. En cas d'urgence, contactez l'accueil de la Mission locale au 03 21 00 00 00.

De : Pro'pulse <propulse@animafac.net>
Envoyé : jeudi 11 février 2027 17:58
Objet : Pro'pulse - point sur les jeunes orientés

Bonjour Hélène, pourrions-nous faire un point sur les jeunes que vous nous avez orientés ?""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: top_corrects_below — studies_finished — depuis, mémoire validé, master obtenu en octobre
    # route: the update above his forwarded mail of 8 June 2026 («il me reste mon mémoire à rendre»): the thesis validated and the master obtained in October 2026; CV attached → bac+5 of 2026-10 → eligible
    N("top_corrects_below", "studies_finished", "depuis, mémoire validé, master obtenu en octobre", M(
        "Marius Ebongue <marius.ebongue@gmail.com>", "TR: inscription au programme", "2027-02-12 08:15",
        """Bonjour,

Je vous avais écrit en juin. Depuis, mémoire validé, master obtenu en octobre ! Je joins mon CV à jour.

Marius Ebongue
06 57 04 38 26

---------- Message transféré ---------
De : Marius Ebongue <marius.ebongue@gmail.com>
Date : lun. 8 juin 2026 à 14:30
Objet : inscription au programme
À : propulse@animafac.net

Bonjour, j'ai fini mes cours de M2 Développement territorial mais il me reste mon mémoire à rendre en septembre. Je voudrais travailler dans un pôle territorial de coopération économique. Puis-je m'inscrire ?""",
        app("Marius", "Ebongue", phone="+33657043826", bac=5, grad="2026-10", status="marius_master_octobre"),
        cv=CV("pdf", "Marius_Ebongue_CV_2027.pdf", "Marius Ebongue\nChargé de développement territorial\n2026 Master Développement territorial, Université de Caen (obtenu en octobre 2026)\nStage de 6 mois au PTCE Les Bocages (2026)"),
    )),
    # Feature: own_mail_forwarded — aim — un poste de chargée de vie coopérative dans une SCOP
    # route: the forwarded part, her own mail of 7 December 2026: a licence of September 2025 (17 months back: meets) and the aim of a post in a workers' cooperative; CV attached → bac+3 of 2025-09 → eligible
    N("own_mail_forwarded", "aim", "un poste de chargée de vie coopérative dans une SCOP", M(
        "Clarisse Vuillemin-Adjovi <clarisse.vuillemin@gmail.com>", "Fwd: Candidature spontanée", "2027-02-12 09:40",
        """Bonjour,

Je vous transfère ma candidature spontanée de décembre, restée sans réponse, pour vous présenter mon projet. CV joint.

Clarisse Vuillemin-Adjovi
07 14 86 30 52

---------- Forwarded message ---------
De : Clarisse Vuillemin-Adjovi <clarisse.vuillemin@gmail.com>
Date: lun. 7 déc. 2026 à 09:20
Subject: Candidature spontanée
To: <contact@scop-lesateliers.example.coop>

Madame, Monsieur,
Titulaire d'une licence de sciences économiques (septembre 2025), je recherche un poste de chargée de vie coopérative dans une SCOP, pour accompagner les associé·es et l'entrée au sociétariat.
Cordialement,
Clarisse Vuillemin-Adjovi""",
        app("Clarisse", "Vuillemin-Adjovi", phone="+33714863052", bac=3, grad="2025-09", status="clarisse_vie_cooperative"),
        cv=CV("docx", "CV Clarisse Vuillemin-Adjovi.docx", "Clarisse Vuillemin-Adjovi\nLicence Sciences économiques, Université de Bourgogne, 2025\nBénévole à la Biocoop associative de Dijon\nCompétences : animation de réunions, gestion administrative"),
    )),
    # Feature: forward_other_mail — kind — je vous transfère la réponse de l'employeur
    # route: a participant's answer in our thread (In-Reply-To ours) with an employer's answer below and our mail quoted → reply
    N("forward_other_mail", "kind", "je vous transfère la réponse de l'employeur", M(
        "Dounia El Amrani <dounia.elamrani@gmail.com>", "RE: Pro'pulse - suivi de vos candidatures", "2027-02-12 11:00",
        """Bonjour Claire,

Pour répondre à votre mail, je vous transfère la réponse de l'employeur : c'est un refus, mais ils m'encouragent à repostuler.

Dounia

De : RH Emmaüs Solidarité <rh@emmaus-sol.example.org>
Envoyé : jeudi 11 février 2027 17:12
Objet : Votre candidature

Madame, nous ne donnerons pas suite cette fois-ci.

De : Pro'pulse <propulse@animafac.net>
Envoyé : jeudi 11 février 2027 09:00
Objet : Pro'pulse - suivi de vos candidatures

Bonjour Dounia, où en sont vos candidatures ?""",
        reply(),
        headers={"In-Reply-To": "<suivi-2027-02-11-0208@animafac.net>"},
    )),
    # Feature: school_mail_forwarded — studies_finished — autorisé(e) à vous réinscrire en L3 pour 2026-2027
    # route: the school's forwarded mail of 10 July 2026 (a third year failed, re-enrolment allowed) and his line «je refais ma L3 cette année»: the licence running on the reading day (a L2 before it) → bac+2, graduation null, studies_finished fails → not_eligible
    N("school_mail_forwarded", "studies_finished", "autorisé(e) à vous réinscrire en L3 pour 2026-2027", M(
        "Loïc Pétrequin <loic.petrequin@etu.example.fr>", "TR: Résultats session 2 - L3 Sociologie", "2027-02-12 12:20",
        """Bonjour, je refais ma L3 cette année (voir mail de la fac) mais je voudrais préparer mon entrée dans le monde du travail associatif pour cet été. Est-ce possible ?
Loïc

-----Message d'origine-----
De : Scolarité Licence Sociologie <scol-licence-socio@univ-besancon.example.fr>
Envoyé : vendredi 10 juillet 2026 16:40
À : Loïc Pétrequin
Objet : Résultats session 2 - L3 Sociologie

Résultat de la session 2 : AJOURNÉ. Vous êtes autorisé(e) à vous réinscrire en L3 pour 2026-2027.""",
        app("Loïc", "Pétrequin", phone=None, bac=2, grad=None, failing=("studies_finished",), status="loic_reinscription_l3"),
    )),
    # Feature: nested_chain — situation — débutera le 1er octobre 2026 pour une durée de quatre mois
    # route: two levels down, the civic service agency's mail of 15 September 2026: a mission from 1 October 2026 for four months, ended on 31 January 2027, before the reading day; a BUT of June 2026 → bac+3 of 2026-06 → eligible
    N("nested_chain", "situation", "débutera le 1er octobre 2026 pour une durée de quatre mois", M(
        "Aurèle Vandamme <aurele.vandamme@gmail.com>", "TR: TR: Votre contrat d'engagement", "2027-02-12 13:45",
        """Bonjour,

Ma mission est finie, je suis disponible. Ma mère avait gardé le mail, elle me l'a renvoyé. Je cherche un poste d'animateur dans une association d'éducation à l'environnement. BUT Génie biologique, juin 2026.

Aurèle Vandamme
06 08 41 29 73

De : Martine Vandamme <martine.vandamme@free.fr>
Envoyé : jeudi 11 février 2027 19:00
À : Aurèle Vandamme
Objet : TR: Votre contrat d'engagement

Voilà mon grand !

De : Agence du Service Civique <noreply@service-civique.example.gouv.fr>
Envoyé : mardi 15 septembre 2026 08:00
À : Aurèle Vandamme
Objet : Votre contrat d'engagement

Votre contrat d'engagement de service civique débutera le 1er octobre 2026 pour une durée de quatre mois, au sein de l'association Nature Vivante (Amiens).""",
        app("Aurèle", "Vandamme", phone="+33608412973", bac=3, grad="2026-06", status="aurele_sc_quatre_mois"),
    )),
    # Feature: attached_message — graduation — j'ai obtenu mon master
    # route: the attached mail (message/rfc822), her own of 21 September 2026: a master obtained, no month nor year → bac+5, graduation unknown, graduation_recent open → to_verify
    N("attached_message", "graduation", "j'ai obtenu mon master", M(
        "Sixtine Aubergé-Keïta <sixtine.auberge@outlook.fr>", "Inscription (mail en PJ)", "2027-02-12 15:10",
        """Bonjour, tout est dans le mail joint, merci. Sixtine Aubergé-Keïta, 06 59 17 82 04

Bonjour,

J'ai obtenu mon master en Sciences de l'information et des bibliothèques et je souhaite travailler dans une bibliothèque associative ou une association de lutte contre l'illettrisme.

Cordialement,
Sixtine""",
        app("Sixtine", "Aubergé-Keïta", phone="+33659178204", bac=5, grad=None, unknown=("graduation_recent",), status="sixtine_eml_master"),
        headers={"X-Forwards-Split": "1", "X-Forwards-Inner-From": "Sixtine Aubergé-Keïta <sixtine.auberge@outlook.fr>",
                 "X-Forwards-Inner-To": "Lire et Faire Lire <contact@lirefairelire.example.org>", "X-Forwards-Inner-Subject": "Candidature",
                 "X-Forwards-Inner-Date": "2026-09-21 10:30"},
    )),
    # Feature: adviser_forwarded — career_change — vos quinze années d'expérience comme comptable
    # route: the France Travail adviser's forwarded mail of 18 January 2027 states her fifteen years as an accountant and her «projet de reconversion» (third person, hers), then a licence pro of 2026 → bac+3 of 2026-06, not_career_change fails → not_eligible
    N("adviser_forwarded", "career_change", "vos quinze années d'expérience comme comptable", M(
        "Florence Ribeiro-Gautier <florence.ribeiro.gautier@orange.fr>", "TR: Votre projet professionnel", "2027-02-12 16:30",
        """Bonjour,

Ma conseillère m'a orientée vers vous (message ci-dessous). Je suis motivée !

Florence Ribeiro-Gautier
06 70 28 15 94

De : Agnès Poulain <agnes.poulain@francetravail.example.fr>
Envoyé : lundi 18 janvier 2027 14:10
À : Florence Ribeiro-Gautier
Objet : Votre projet professionnel

Madame,
Compte tenu de vos quinze années d'expérience comme comptable en cabinet et de la licence professionnelle Gestion des associations que vous avez obtenue en juin 2026, votre projet de reconversion vers l'ESS est cohérent. Je vous suggère de contacter Pro'pulse.
Agnès Poulain""",
        app("Florence", "Ribeiro-Gautier", phone="+33670281594", bac=3, grad="2026-06", failing=("not_career_change",), status="florence_quinze_ans_comptable"),
    )),
    # Feature: forward_other_mail — kind — La lettre de l'ESS en région
    # route: a regional chamber's newsletter forwarded to us (List-Unsubscribe), no applicant → newsletter
    N("forward_other_mail", "kind", "La lettre de l'ESS en région", M(
        "CRESS Bretagne <lettre@cress-bretagne.example.org>", "Fwd: La lettre de l'ESS en région - n°112", "2027-02-12 17:40",
        """Pour information.

---------- Forwarded message ---------
From: CRESS Bretagne <lettre@cress-bretagne.example.org>
Date: Thu, Feb 11, 2027
Subject: La lettre de l'ESS en région - n°112

La lettre de l'ESS en région : chiffres de l'emploi 2026, le mois de l'ESS, les offres de la semaine (bac+3 à bac+5, jeunes diplômé·es bienvenu·es).
Se désabonner : https://cress-bretagne.example.org/desabonnement""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://cress-bretagne.example.org/desabonnement>"},
    )),
    # Feature: offer_forwarded — graduation — j'ai un BTS SP3S
    # route: her lines above a forwarded offer («bac+2 minimum» is the offer's): a BTS (bac+2), its year unsaid → bac+2, graduation unknown, graduation_recent open → to_verify
    N("offer_forwarded", "graduation", "j'ai un BTS SP3S", M(
        "Mahaut Delorme-Yapi <mahaut.delorme.yapi@gmail.com>", "Fwd: Offre - Conseillère d'accueil France Services associative", "2027-02-12 19:00",
        """bonsoir,
je suis intéressée par ce poste, j'ai un BTS SP3S et de l'expérience en accueil. Pouvez-vous m'aider à faire ma lettre ?
Mahaut
06 81 93 57 20

---------- Forwarded message ---------
From: Indeed <alertes@indeed.example.fr>
Date: Fri, Feb 12, 2027 at 6:00 AM
Subject: Offre - Conseillère d'accueil France Services associative

Association Trajectoires (Niort). Profil : bac+2 minimum dans le social, débutant·e accepté·e.""",
        app("Mahaut", "Delorme-Yapi", phone="+33681935720", bac=2, grad=None, unknown=("graduation_recent",), status="mahaut_bts_sp3s"),
    )),
    # Feature: placement_forwarded — graduation — votre candidature pour la mission a été retenue, début le 15 février
    # route: the host's forwarded mail of 5 February 2027: a civic service beginning on 15 February, after the reading day (not yet a situation); his BTS with no year → bac+2, graduation unknown, graduation_recent open → to_verify
    N("placement_forwarded", "graduation", "votre candidature pour la mission a été retenue, début le 15 février", M(
        "Ewen Gourvennec <ewen.gourvennec@gmail.com>", "Fwd: Mission Solidarité numérique", "2027-02-13 10:15",
        """Salut, je commence un service civique lundi (mail ci-dessous) mais je voudrais m'inscrire chez vous pour après. J'ai mon BTS SIO.
Ewen

---------- Forwarded message ---------
From: Les Connectés de Quimper <missions@connectes-quimper.example.org>
Date: Fri, Feb 5, 2027 at 3:15 PM
Subject: Mission Solidarité numérique
To: <ewen.gourvennec@gmail.com>

Bonjour Ewen, votre candidature pour la mission a été retenue, début le 15 février, pour huit mois.""",
        app("Ewen", "Gourvennec", phone=None, bac=2, grad=None, unknown=("graduation_recent",), status="ewen_sc_debut_15_fevrier"),
    )),
    # Feature: forward_other_mail — kind — je vous transfère la proposition de l'employeur
    # route: a participant forwards an employer's job proposal to her coach, outside our thread, no application → other
    N("forward_other_mail", "kind", "je vous transfère la proposition de l'employeur", M(
        "Ornella Santucci <ornella.santucci@gmail.com>", "TR: Proposition d'embauche", "2027-02-13 14:00",
        """Bonjour Claire, je vous transfère la proposition de l'employeur, on peut en parler lundi ? Je suis trop contente !!
Ornella

De : Direction Centre social Les Rives <direction@cs-lesrives.example.org>
Envoyé : vendredi 12 février 2027 18:30
Objet : Proposition d'embauche

Nous avons le plaisir de vous proposer le poste de référente familles en CDI à partir du 1er mars.""",
        other(),
    )),
    # Feature: forwarded_by_other — studies_finished — il me reste le rapport à rendre le 28 février
    # route: her teacher forwards her mail of 9 February 2027 (her address in it): the courses done but the internship report still to hand in on 28 February, after the reading day (a master 1 obtained) → bac+4, graduation null, studies_finished fails → not_eligible
    N("forwarded_by_other", "studies_finished", "il me reste le rapport à rendre le 28 février", M(
        "Gilles Parmentier <gilles.parmentier@univ-reims.example.fr>", "TR: Mélissandre - après le master", "2027-02-13 17:00",
        """Bonjour,

Je suis responsable du master Économie sociale à Reims. Je vous transfère le message d'une de mes étudiantes, Mélissandre Rocaboy, qui s'intéresse à votre programme.

Gilles Parmentier

-------- Message transféré --------
Sujet : après le master
Date : Tue, 9 Feb 2027 10:05:51 +0100
De : Mélissandre Rocaboy <melissandre.rocaboy@etu.univ-reims.example.fr>
Pour : Gilles Parmentier <gilles.parmentier@univ-reims.example.fr>

Bonjour Monsieur, j'ai terminé les cours du M2, il me reste le rapport à rendre le 28 février. Vous m'aviez parlé d'un programme pour trouver un emploi dans l'ESS, pouvez-vous leur transmettre ?
Mélissandre""",
        app("Mélissandre", "Rocaboy", phone=None, bac=4, grad=None, failing=("studies_finished",), email="melissandre.rocaboy@etu.univ-reims.example.fr", forwarded_by="gilles.parmentier@univ-reims.example.fr", status="melissandre_rapport_28_fevrier"),
    )),
    # Feature: inline_quoted — situation — Mon service civique s'est terminé le 31 décembre
    # route: his unquoted line under our FAQ's pasted rule (its «service civique» is ours): his civic service ended on 31 December 2026; a BTS of June 2025 → bac+2 of 2025-06 → eligible
    N("inline_quoted", "situation", "Mon service civique s'est terminé le 31 décembre", M(
        "Clovis Berthaud <clovis.berthaud@gmail.com>", "Conditions d'accès", "2027-02-14 10:00",
        """Bonjour,

J'ai lu dans votre FAQ :

> Les personnes actuellement en stage ou en service civique ne peuvent pas intégrer le programme.

Mon service civique s'est terminé le 31 décembre, donc je pense que c'est bon. J'ai un BTS Management commercial opérationnel (juin 2025) et je voudrais travailler dans une épicerie solidaire ou une ressourcerie.

Clovis Berthaud
07 41 60 27 93""",
        app("Clovis", "Berthaud", phone="+33741602793", bac=2, grad="2025-06", status="clovis_sc_fini_31_decembre"),
        html="only",
    )),
    # Feature: english_forward — graduation — I completed my MSc in Environmental Policy
    # route: her professor forwards her English note of 10 February 2027 (her address in it): an MSc completed, its date unsaid → bac+5, graduation unknown, graduation_recent open → to_verify
    N("english_forward", "graduation", "I completed my MSc in Environmental Policy", M(
        "Prof. Daniel Whitfield <d.whitfield@university-bristol.example.ac.uk>", "Fwd: Working in France", "2027-02-14 11:30",
        """Dear Pro'pulse team,

I'm forwarding my former student's note below; she has moved to Paris and asked me to introduce her. Her address is chidinma.okafor.wright@gmail.com.

Best wishes,
Daniel Whitfield

Begin forwarded message:

From: Chidinma Okafor-Wright <chidinma.okafor.wright@gmail.com>
Date: 10 February 2027 at 18:20:44 GMT
To: Daniel Whitfield <d.whitfield@university-bristol.example.ac.uk>
Subject: Working in France

Dear Daniel,
As you know I completed my MSc in Environmental Policy with you and I've now moved to Paris. I'd like to work for an environmental charity or a cooperative here. Would you introduce me to the Pro'pulse programme? My CV is attached.
Chidinma""",
        app("Chidinma", "Okafor-Wright", phone=None, bac=5, grad=None, unknown=("graduation_recent",), email="chidinma.okafor.wright@gmail.com", forwarded_by="d.whitfield@university-bristol.example.ac.uk", language="en", status="chidinma_msc_professor"),
        cv=CV("pdf", "Chidinma_Okafor-Wright_CV.pdf", "Chidinma Okafor-Wright\nMSc Environmental Policy, University of Bristol\nBSc Geography, University of Leeds\nVolunteer, Friends of the Earth Bristol"),
    )),
    # Feature: top_corrects_below — level — c'est un DU, pas une licence
    # route: the correction above her forwarded mail of 4 July 2026 («ma licence»): the diploma of June 2026 is a university diploma (DU) whose level is unsaid → bac unknown, degree_level open → to_verify
    N("top_corrects_below", "level", "c'est un DU, pas une licence", M(
        "Hortense Mabiala-Ricard <hortense.mabiala@gmail.com>", "TR: Demande d'inscription", "2027-02-14 15:00",
        """Bonjour,

En relisant mon mail de juillet, je dois corriger une chose : c'est un DU, pas une licence, que j'ai obtenu en juin (DU Médiation sociale et interculturelle). Je préfère être honnête.

Hortense

Le sam. 4 juil. 2026 à 10:40, Hortense Mabiala-Ricard <hortense.mabiala@gmail.com> a écrit :
> Bonjour, j'ai ma licence de médiation sociale depuis juin 2026 et je cherche un poste de médiatrice dans une association de quartier.
> Hortense Mabiala-Ricard""",
        app("Hortense", "Mabiala-Ricard", phone=None, bac=None, grad="2026-06", unknown=("degree_level",), status="hortense_du_pas_licence"),
    )),
    # Feature: forward_other_mail — kind — à diffuser auprès de vos participant·es
    # route: a partner forwards an employer's offer for the participants (its «bac+2, débutant·e» is the offer's) → other
    N("forward_other_mail", "kind", "à diffuser auprès de vos participant·es", M(
        "Romuald Pichon <r.pichon@fol-gironde.example.org>", "TR: Offre animateur·rice périscolaire - à diffuser", "2027-02-14 18:30",
        """Bonjour,

Offre à diffuser auprès de vos participant·es, merci !

Romuald

De : Ligue de l'enseignement 33 <emploi@fol33.example.org>
Envoyé : vendredi 12 février 2027 11:00
Objet : Offre animateur·rice périscolaire

CDI à temps partiel, Mérignac. Profil : bac+2, débutant·e accepté·e, BAFA souhaité.""",
        other(),
    )),
    # Feature: forward_other_mail — kind — combien de places il y a par session
    # route: a friend's question forwarded (the cohort's size), no personal fact → question
    N("forward_other_mail", "kind", "combien de places il y a par session", M(
        "Louison Caradec <louison.caradec@gmail.com>", "Fwd: question", "2027-02-14 20:45",
        """Bonjour, question de ma coloc :

---------- Forwarded message ---------
From: Mila <mila.r@example.net>
Date: Sun, Feb 14, 2027 at 6:30 PM
Subject: question

Tu sais combien de places il y a par session chez Pro'pulse ?""",
        question(),
    )),
]
