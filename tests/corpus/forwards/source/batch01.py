"""Forwards corpus, batch 01 (writer A): Monday 1 – Wednesday 3 February 2027, each mail read on its own day.
Own mails of last autumn forwarded with a line above, January's results and re-sit convocations forwarded
from schools, internships begun in January carried in their agreements, an adviser's mail with her own
master in the signature, a chain of three down to a mail of December; an out-of-office quoting our mail, a
friend's question forwarded, a reply in our thread, a school's newsletter, a bounce and a partner's offer."""
# ruff: noqa: E501

from __future__ import annotations

from forwards import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: forward_other_mail — kind — Je suis absente du bureau jusqu'au 8 février
    # route: an out-of-office (Auto-Submitted) of a partner's officer quoting our mail of the day: her return date and our quoted text are nobody's application → auto_reply
    N("forward_other_mail", "kind", "Je suis absente du bureau jusqu'au 8 février", M(
        "Gwendoline Marchetti <g.marchetti@cress-occitanie.example.org>", "Réponse automatique : Pro'pulse - calendrier des ateliers de février", "2027-02-01 07:55",
        """Bonjour,

Je suis absente du bureau jusqu'au 8 février inclus. Pour les questions urgentes, écrivez à contact@cress-occitanie.example.org.

Gwendoline Marchetti
Chargée de mission emploi

-----Message d'origine-----
De : Pro'pulse <propulse@animafac.net>
Envoyé : lundi 1 février 2027 07:54
À : Gwendoline Marchetti
Objet : Pro'pulse - calendrier des ateliers de février

Bonjour Gwendoline,
Voici le calendrier des ateliers collectifs de février pour les participant·es orienté·es par la CRESS.
L'équipe Pro'pulse""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: own_mail_forwarded — graduation — soutenu mon mémoire de master en septembre dernier
    # route: the forwarded part, her own mail of 12 October 2026 to an association: «en septembre dernier» counted from that Date is September 2026, a master in science mediation, a job in popular education sought → bac+5 of 2026-09 → eligible
    N("own_mail_forwarded", "graduation", "soutenu mon mémoire de master en septembre dernier", M(
        "Ysaline Kerbrat-Dossou <ysaline.kd@gmail.com>", "Fwd: Candidature spontanée - animatrice scientifique", "2027-02-01 09:12",
        """Bonjour,

Je vous transfère le mail que j'avais envoyé aux Petits Débrouillards cet automne, il dit à peu près tout de moi. Ils n'avaient pas de poste mais m'ont parlé de vous.

Ysaline
06 12 48 90 37

---------- Forwarded message ---------
De : Ysaline Kerbrat-Dossou <ysaline.kd@gmail.com>
Date: lun. 12 oct. 2026 à 18:03
Subject: Candidature spontanée - animatrice scientifique
To: <recrutement@petits-debrouillards-bretagne.example.org>

Madame, Monsieur,

J'ai soutenu mon mémoire de master en septembre dernier (Master Médiation des sciences, Université de Rennes) et je cherche un premier poste d'animatrice scientifique dans une association d'éducation populaire.

Pendant mon stage de M2 j'ai conçu des ateliers sur l'eau pour des classes de CM1, et j'ai adoré ça.

Je reste disponible pour un échange.
Bien cordialement,
Ysaline Kerbrat-Dossou""",
        app("Ysaline", "Kerbrat-Dossou", phone="+33612489037", bac=5, grad="2026-09", status="ysaline_septembre_dernier_octobre"),
    )),
    # Feature: school_mail_forwarded — studies_finished — convoqué(e) à la session de rattrapage
    # route: the forwarded mail of the IUT's office of 27 January 2027: a re-sit of semester 6 on 15 February, after the reading day, the licence pro not obtained yet (a BTS of 2025 before it) → bac+2, graduation null, studies_finished fails → not_eligible
    N("school_mail_forwarded", "studies_finished", "convoqué(e) à la session de rattrapage", M(
        "Baptiste Ollivier-Nzeza <baptiste.ollivier.nzeza@laposte.net>", "TR: Convocation rattrapage S6", "2027-02-01 10:40",
        """Bonjour, je voulais savoir si je pouvais déja m'inscrire chez vous ou si il faut attendre mes résultats. Voila la convoc que j'ai reçu. Je vise un poste en chantier d'insertion après.

Baptiste

-------- Message transféré --------
Sujet : Convocation rattrapage S6
Date : Wed, 27 Jan 2027 14:12:40 +0100
De : Scolarité LP Intervention sociale <scolarite-lp@iut-valence.example.fr>
Pour : baptiste.ollivier.nzeza@laposte.net

Bonjour,

Vous êtes convoqué(e) à la session de rattrapage du semestre 6 de la licence professionnelle Intervention sociale, le lundi 15 février 2027 à 9h, salle B204, pour les UE non validées à la session 1 (UE 6.2 et UE 6.4).

Nous vous rappelons que la délivrance du diplôme est conditionnée à la validation de l'ensemble des UE.

Le service scolarité""",
        app("Baptiste", "Ollivier-Nzeza", phone=None, bac=2, grad=None, failing=("studies_finished",), status="baptiste_rattrapage_15_fevrier"),
    )),
    # Feature: inline_quoted — situation — Oui, à Unis-Cité jusqu'au 30 juin
    # route: her unquoted answers under another programme's quoted questions: a licence of June 2026 and a civic service «jusqu'au 30 juin» (running) → bac+3 of 2026-06, not_service_civique fails → not_eligible
    N("inline_quoted", "situation", "Oui, à Unis-Cité jusqu'au 30 juin", M(
        "Maëva Rakotoarisoa <maeva.rakoto@yahoo.fr>", "Re: questionnaire d'entrée", "2027-02-01 11:30",
        """Bonjour,

On m'a dit que vos questions d'entrée ressemblaient à celles du dispositif Cap Asso, alors je vous renvoie mes réponses telles quelles :

Le 28/01/2027 à 10:02, Cap Asso 31 <contact@capasso31.example.org> a écrit :
> Quel est votre diplôme le plus élevé et quand l'avez-vous obtenu ?

Licence Sciences de l'éducation, juin 2026, Toulouse Jean-Jaurès.

> Êtes-vous actuellement en stage, en alternance ou en service civique ?

Oui, à Unis-Cité jusqu'au 30 juin, sur un programme de lutte contre l'isolement des personnes âgées.

> Quel type de poste recherchez-vous ?

Coordinatrice de bénévoles dans une association, idéalement dans le médico-social.

Maëva Rakotoarisoa
07 81 26 54 09""",
        app("Maëva", "Rakotoarisoa", phone="+33781265409", bac=3, grad="2026-06", failing=("not_service_civique",), status="maeva_unis_cite_30_juin"),
    )),
    # Feature: offer_forwarded — level — un bac pro commerce en 2022
    # route: his two lines above a forwarded offer («bac+3 minimum» is the offer's): a bac pro of 2022 and two years of sales, no higher diploma → bac+0 of 2022, degree_level and graduation_recent fail → not_eligible
    N("offer_forwarded", "level", "un bac pro commerce en 2022", M(
        "Jonathan Abecassis-Lenoir <jo.abecassis@hotmail.fr>", "Fwd: Offre Chargé·e d'accueil - Ressourcerie Le Grenier", "2027-02-01 14:05",
        """Bonjour est ce que vous pouvez m'aider pour ce poste? j'ai un bac pro commerce en 2022 et deux ans de vente en magasin de bricolage, et j'aimerais bosser dans une ressourcerie.
merci
Jonathan 06 44 71 08 23

---------- Forwarded message ---------
From: Ressourcerie Le Grenier <recrutement@legrenier-ressourcerie.example.org>
Date: Thu, Jan 28, 2027 at 9:15 AM
Subject: Offre Chargé·e d'accueil - Ressourcerie Le Grenier
To: <jo.abecassis@hotmail.fr>

Chargé·e d'accueil et de vente solidaire (CDI, 35h)
La Ressourcerie Le Grenier (association loi 1901, Montreuil) recrute.
Profil : bac+3 minimum dans le domaine de l'ESS ou de l'environnement, première expérience appréciée.
Candidature (CV + lettre) avant le 20 février.""",
        app("Jonathan", "Abecassis-Lenoir", phone="+33644710823", bac=0, grad="2022", failing=("degree_level", "graduation_recent"), status="jonathan_bac_pro_offre_bac3"),
    )),
    # Feature: top_corrects_below — situation — finalement mon stage s'est arrêté le 22 janvier
    # route: the new lines above correct her own forwarded mail of 18 November 2026 («en stage jusqu'à fin mars 2027»): the stage stopped on 22 January, before the reading day; a master of July 2026 → bac+5 of 2026-07 → eligible
    N("top_corrects_below", "situation", "finalement mon stage s'est arrêté le 22 janvier", M(
        "Capucine Lefebvre-Amari <capucine.lefebvre.amari@gmail.com>", "TR: Demande d'informations Pro'pulse", "2027-02-01 16:20",
        """Bonjour,

Je vous avais écrit en novembre (mail ci-dessous) et je n'avais pas donné suite. Une chose a changé : finalement mon stage s'est arrêté le 22 janvier, la structure a perdu sa subvention et a dû mettre fin aux conventions. Je suis donc disponible tout de suite.

Le reste est toujours vrai.

Capucine Lefebvre-Amari
06 27 93 15 60

De : Capucine Lefebvre-Amari
Envoyé : mercredi 18 novembre 2026 21:40
À : Pro'pulse
Objet : Demande d'informations Pro'pulse

Bonjour,
J'ai obtenu mon master Économie sociale et solidaire en juillet 2026 et je suis en stage jusqu'à fin mars 2027 dans une fondation (stage hors cursus, accompagnement de porteurs de projets).
Je voudrais savoir si je peux rejoindre Pro'pulse après ce stage.
Merci d'avance,
Capucine""",
        app("Capucine", "Lefebvre-Amari", phone="+33627931560", bac=5, grad="2026-07", status="capucine_stage_arrete_22_janvier"),
    )),
    # Feature: english_forward — graduation — I did, on 27 November
    # route: her English lines above her own forwarded mail of 2 September 2026 («graduating in November»): the new text says the graduation took place on 27 November 2026, a job in a co-operative sought → bac+5 of 2026-11 → eligible
    N("english_forward", "graduation", "I did, on 27 November", M(
        "Ingrid Brekkestad <ingrid.brekkestad@outlook.com>", "Fwd: job hunting plans", "2027-02-01 18:45",
        """Hello,

A friend in Lyon told me about Pro'pulse. I'm forwarding the mail I wrote to her in September, as it explains my plan. As you can see I was due to graduate in November - and I did, on 27 November (MSc Sustainable Development, NTNU Trondheim). I have been living in Lyon since December and I have a residence permit.

Best regards,
Ingrid Brekkestad
+33 7 58 14 62 90

---------- Forwarded message ---------
From: Ingrid Brekkestad <ingrid.brekkestad@outlook.com>
Date: Wed, Sep 2, 2026 at 8:31 PM
Subject: job hunting plans
To: Camille <camille.b@example.net>

Hi Camille!
I'll be handing in my thesis next month and graduating in November. After that I want to move to France for good and work for a co-operative or a social enterprise, ideally in renewable energy. Do you know anyone?
Hugs, Ingrid""",
        app("Ingrid", "Brekkestad", phone="+33758146290", bac=5, grad="2026-11", language="en", status="ingrid_graduated_27_november"),
    )),
    # Feature: forward_other_mail — kind — est-ce que c'est en présentiel ou à distance
    # route: a friend's questions forwarded (modalities, length), no personal fact of anyone → question
    N("forward_other_mail", "kind", "est-ce que c'est en présentiel ou à distance", M(
        "Soline Abadie <soline.abadie@free.fr>", "Fwd: ta question sur Pro'pulse", "2027-02-02 08:30",
        """Bonjour, une amie m'a posé ces questions et je n'ai pas su répondre, je vous les transfère !

----- Mail transféré -----
De: "Aude" <aude.m@example.net>
À: "Soline Abadie" <soline.abadie@free.fr>
Envoyé: Dimanche 31 Janvier 2027 22:14:05
Objet: ta question sur Pro'pulse

Coucou, le programme dont tu m'as parlé, est-ce que c'est en présentiel ou à distance ? Et ça dure combien de temps en tout ?
Bisous""",
        question(),
    )),
    # Feature: adviser_forwarded — graduation — vous qui avez obtenu votre BTS en juin 2024
    # route: the adviser's forwarded mail of 8 December 2026 states his BTS «en juin 2024» (32 months back in February 2027); her own master in her signature is not his → bac+2 of 2024-06, graduation_recent fails → not_eligible
    N("adviser_forwarded", "graduation", "vous qui avez obtenu votre BTS en juin 2024", M(
        "Kélian Fofana-Briand <kelian.fofana@gmail.com>", "Fwd: Piste pour votre recherche", "2027-02-02 09:50",
        """Bonjour

ma conseillère m'a envoyé ça avant noël, je vous fais suivre. Je suis intéressé.

Kélian

---------- Forwarded message ---------
De : Marjolaine Ducros <m.ducros@missionlocale-anjou.example.fr>
Date: mar. 8 déc. 2026 à 11:27
Subject: Piste pour votre recherche
To: Kélian Fofana-Briand <kelian.fofana@gmail.com>

Bonjour Kélian,

Comme convenu lors de notre rendez-vous, je vous transmets le lien vers Pro'pulse, un programme d'Animafac pour les jeunes diplômé·es qui veulent travailler dans l'ESS. Vous qui avez obtenu votre BTS en juin 2024 et qui cherchez dans l'animation sociale, ça pourrait vous intéresser.

Bien à vous,
Marjolaine Ducros
Conseillère en insertion professionnelle - Master 2 Politiques sociales et territoires
Mission locale Anjou
02 41 55 19 73""",
        app("Kélian", "Fofana-Briand", phone=None, bac=2, grad="2024-06", failing=("graduation_recent",), status="kelian_bts_juin_2024_conseillere"),
    )),
    # Feature: nested_chain — career_change — Après douze ans comme responsable de magasin
    # route: the deepest level, her own mail of 1 December 2026 to an APEC consultant (forwarded back by him, then to us): twelve years managing a shop, then a master ESS of September 2026 → bac+5 of 2026-09, not_career_change fails → not_eligible
    N("nested_chain", "career_change", "Après douze ans comme responsable de magasin", M(
        "Perrine Delacour-Mensah <perrine.delacour@orange.fr>", "TR: TR: Bilan de notre entretien", "2027-02-02 11:15",
        """Bonjour,

Mon consultant APEC m'a renvoyé tout l'historique avec votre adresse, je vous le transfère.

Perrine Delacour-Mensah
06 09 52 37 84

De : Fabrice Lemaître <fabrice.lemaitre@apec.example.fr>
Envoyé : mardi 15 décembre 2026 17:02
À : Perrine Delacour-Mensah <perrine.delacour@orange.fr>
Objet : RE: Bilan de notre entretien

Bonjour Perrine,
Merci pour votre message. Pour un premier poste dans l'ESS, je vous conseille de contacter Pro'pulse (propulse@animafac.net), même si votre profil est atypique pour eux.
Cordialement,
Fabrice Lemaître, consultant APEC

De : Perrine Delacour-Mensah <perrine.delacour@orange.fr>
Envoyé : mardi 1 décembre 2026 09:14
À : Fabrice Lemaître
Objet : Bilan de notre entretien

Bonjour Monsieur Lemaître,
Suite à notre entretien, je résume : après douze ans comme responsable de magasin dans la grande distribution, j'ai repris mes études et obtenu un master Économie sociale et solidaire en septembre 2026. Je voudrais un poste de responsable d'une épicerie solidaire ou d'une coopérative.
Bien à vous,
Perrine""",
        app("Perrine", "Delacour-Mensah", phone="+33609523784", bac=5, grad="2026-09", failing=("not_career_change",), status="perrine_douze_ans_magasin"),
    )),
    # Feature: own_mail_forwarded — situation — je suis en service civique depuis début septembre
    # ambiguous: his forwarded mail of 5 October 2026 says a civic service begun in early September 2026 with no end; six to twelve months, it may still run on 2 February 2027 or not
    # route: the forwarded part, his own mail to a federation: a licence of June 2026 and a civic service «depuis début septembre» (2026), its end unsaid → bac+3 of 2026-06, not_service_civique open → to_verify
    N("own_mail_forwarded", "situation", "je suis en service civique depuis début septembre", M(
        "Léandre Nzé-Ondo <leandre.nzeondo@gmail.com>", "Fwd: Candidature animateur jeunesse", "2027-02-02 13:40",
        """Bonjour,

je vous transfère ce que j'avais envoyé à la Ligue de l'enseignement, ça résume mon parcours mieux que si je réécris tout.

Léandre

Le lun. 5 oct. 2026 à 19:22, Léandre Nzé-Ondo <leandre.nzeondo@gmail.com> a écrit :
Bonjour,

Titulaire d'une licence STAPS (juin 2026), je suis en service civique depuis début septembre dans une maison de quartier à Bordeaux, où j'anime l'accueil des 11-15 ans.
Je souhaiterais ensuite devenir animateur jeunesse salarié dans votre fédération ou une association affiliée.

Cordialement,
Léandre Nzé-Ondo""",
        app("Léandre", "Nzé-Ondo", phone=None, bac=3, grad="2026-06", unknown=("not_service_civique",), status="leandre_sc_depuis_septembre"),
    )),
    # Feature: forward_other_mail — kind — Merci pour votre message, je serai bien présente
    # route: a participant's answer in our thread (In-Reply-To ours), our mail quoted → reply
    N("forward_other_mail", "kind", "Merci pour votre message, je serai bien présente", M(
        "Aminata Diallo-Perrin <aminata.dp@gmail.com>", "Re: Pro'pulse - atelier réseau du 9 février", "2027-02-02 15:00",
        """Bonjour,

Merci pour votre message, je serai bien présente le 9 février. Je viendrai avec une amie de ma promo si c'est possible.

Aminata

Le lun. 1 févr. 2027 à 17:30, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Aminata,
> Nous vous confirmons l'atelier « Activer son réseau » le mardi 9 février à 14h, dans nos locaux.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<atelier-2027-02-01-0117@animafac.net>"},
    )),
    # Feature: school_mail_forwarded — graduation — Master 2 ... session 1 : ADMISE
    # route: the forwarded jury decision of 3 July 2025: a master 2 passed in July 2025 (19 months back in February 2027: meets), a job in a social housing association sought → bac+5 of 2025-07 → eligible
    N("school_mail_forwarded", "graduation", "session 1 : ADMISE", M(
        "Anouk Vandenbroucke <anouk.vdb@protonmail.com>", "Fwd: Relevé de décision du jury - M2 Urbanisme", "2027-02-02 16:30",
        """Bonjour,

Votre formulaire demandait une preuve de la date du diplôme, je vous transfère le mail du jury (je n'ai pas encore récupéré le parchemin).

Je cherche un poste de chargée de développement dans un organisme de logement social associatif ou une foncière solidaire.

Anouk Vandenbroucke
07 60 38 21 94

---------- Forwarded message ---------
From: Jury Master Urbanisme <jury-m2-urba@univ-lille.example.fr>
Date: Thu, Jul 3, 2025 at 4:48 PM
Subject: Relevé de décision du jury - M2 Urbanisme
To: <anouk.vdb@protonmail.com>

Madame,

Le jury du Master 2 Urbanisme et aménagement, réuni le 3 juillet 2025, a pris la décision suivante vous concernant :
Master 2 Urbanisme et aménagement - session 1 : ADMISE, mention Bien.

L'attestation de réussite sera disponible sur votre ENT sous quinze jours.
Le secrétariat pédagogique""",
        app("Anouk", "Vandenbroucke", phone="+33760382194", bac=5, grad="2025-07", status="anouk_jury_juillet_2025"),
        html="only",
    )),
    # Feature: placement_forwarded — situation — du 11 janvier 2027 au 9 juillet 2027
    # route: the forwarded agreement of 6 January 2027: an internship from 11 January to 9 July 2027, running on the reading day; a licence pro of June 2026 → bac+3 of 2026-06, not_internship fails → not_eligible
    N("placement_forwarded", "situation", "du 11 janvier 2027 au 9 juillet 2027", M(
        "Goulven Kerbiriou <goulven.kerbiriou@gmail.com>", "Fwd: Convention de stage signée", "2027-02-02 18:10",
        """Bonjour,

Je vous transfère ma convention pour que vous voyiez les dates. Est-ce que je peux commencer l'accompagnement dès maintenant pour préparer la suite ?

Goulven Kerbiriou (licence pro Gestion des organisations de l'ESS, juin 2026)

---------- Message transféré ---------
De : Bureau des stages <stages@univ-brest.example.fr>
Date : mer. 6 janv. 2027 à 10:05
Objet : Convention de stage signée
À : goulven.kerbiriou@gmail.com

Bonjour,

Votre convention de stage avec l'association Approche Écohabitat (Quimper) est signée par toutes les parties. Elle couvre la période du 11 janvier 2027 au 9 juillet 2027, à temps plein, avec une gratification légale.

Vous trouverez le document sur la plateforme des stages.
Le bureau des stages""",
        app("Goulven", "Kerbiriou", phone=None, bac=3, grad="2026-06", failing=("not_internship",), status="goulven_convention_juillet"),
    )),
    # Feature: adviser_forwarded — aim — je cherche surtout dans l'audit en cabinet
    # route: her lines above the careers service's forwarded mail: a master of June 2026, and her own aim «l'audit en cabinet», not the social economy → bac+5 of 2026-06, job_seeking_ess fails → not_eligible
    N("adviser_forwarded", "aim", "je cherche surtout dans l'audit en cabinet", M(
        "Ophélie Razafindrabe <ophelie.razafindrabe@edu.example.fr>", "TR: Ressources emploi - janvier", "2027-02-03 08:20",
        """Bonjour,

Le service carrières de mon école m'a transmis votre programme. Pour être franche, je cherche surtout dans l'audit en cabinet (Big Four), pas dans l'associatif, mais ma conseillère insiste pour que je vous écrive. J'ai mon master CCA depuis juin 2026.

Ophélie Razafindrabe

De : Service Carrières <carrieres@esc-rouen.example.fr>
Envoyé : mercredi 20 janvier 2027 12:00
À : Ophélie Razafindrabe
Objet : Ressources emploi - janvier

Bonjour Ophélie,
Suite à notre échange, voici quelques ressources : les forums cabinet de mars, et Pro'pulse, un programme d'accompagnement vers l'emploi dans l'ESS.
Bonne continuation,
Nadège Rivoal, chargée des relations entreprises""",
        app("Ophélie", "Razafindrabe", phone=None, bac=5, grad="2026-06", failing=("job_seeking_ess",), status="ophelie_audit_en_cabinet"),
    )),
    # Feature: offer_forwarded — graduation — mon BTS ESF obtenu en juin 2025
    # route: his lines above a forwarded offer («bac+5 exigé, reconversion bienvenue» are the offer's): a BTS ESF of June 2025 (20 months back: meets), CV attached → bac+2 of 2025-06 → eligible
    N("offer_forwarded", "graduation", "mon BTS ESF obtenu en juin 2025", M(
        "Noam Aït-Saïd <noam.aitsaid@gmail.com>", "Fwd: [Offre] Conseiller·ère en économie sociale familiale - CDD 12 mois", "2027-02-03 09:35",
        """Bonjour,

J'ai vu cette offre passer, elle demande un bac+5 alors que j'ai mon BTS ESF obtenu en juin 2025. Est-ce que Pro'pulse peut m'aider à trouver des postes plus adaptés à mon niveau, dans ce genre de structure ? Je joins mon CV.

Noam Aït-Saïd
07 52 19 63 48

---------- Forwarded message ---------
From: Emplois ESS Grand Est <alertes@emplois-ess-ge.example.org>
Date: Mon, Feb 1, 2027 at 7:00 AM
Subject: [Offre] Conseiller·ère en économie sociale familiale - CDD 12 mois
To: <noam.aitsaid@gmail.com>

Centre social Les Tilleuls (Metz) - CDD 12 mois
Missions : accompagnement budgétaire des familles, ateliers collectifs.
Profil : bac+5 exigé (travail social ou ESS), reconversion bienvenue.""",
        app("Noam", "Aït-Saïd", phone="+33752196348", bac=2, grad="2025-06", status="noam_bts_esf_offre_bac5"),
        cv=CV("pdf", "CV_Noam_Ait-Said.pdf", "Noam Aït-Saïd\nConseiller en économie sociale familiale\nFormation\n2025 : BTS Économie sociale familiale, lycée Schuman, Metz\nExpérience\n2024-2025 : stages au CCAS de Thionville et à l'épicerie solidaire de Yutz\nCompétences : accompagnement budgétaire, animation d'ateliers"),
    )),
    # Feature: top_corrects_below — studies_finished — le jury ne délibère que le 12 février
    # ambiguous: the defence held on 29 January and the jury meeting on 12 February, after the reading day: the master is neither failed nor obtained
    # route: the new lines above her forwarded mail of 20 May 2026 («je soutiens le 18 juin»): the defence postponed to 29 January, the result due on 12 February → bac+4 (M1), graduation null, studies_finished open → to_verify
    N("top_corrects_below", "studies_finished", "le jury ne délibère que le 12 février", M(
        "Clémence Hatzfeld <clemence.hatzfeld@orange.fr>", "TR: Pro'pulse - inscription", "2027-02-03 10:50",
        """Bonjour,

Je retrouve ce mail que je vous avais envoyé au printemps. Petite mise à jour : ma soutenance a été repoussée (problème de direction de mémoire), je l'ai passée le 29 janvier mais le jury ne délibère que le 12 février. Je voudrais quand même commencer les démarches.

Clémence

-----Message d'origine-----
De : Clémence Hatzfeld <clemence.hatzfeld@orange.fr>
Envoyé : mercredi 20 mai 2026 08:47
À : propulse@animafac.net
Objet : Pro'pulse - inscription

Bonjour, je suis en M2 Développement social à Strasbourg et je soutiens mon mémoire le 18 juin. Je cherche un poste de chargée de projet dans un centre social à partir de septembre. Comment s'inscrire ?
Clémence Hatzfeld""",
        app("Clémence", "Hatzfeld", phone=None, bac=4, grad=None, unknown=("studies_finished",), status="clemence_jury_12_fevrier"),
    )),
    # Feature: forward_other_mail — kind — Lettre d'information de l'IUT Carrières sociales
    # route: a school forwarding its own alumni newsletter (List-Unsubscribe) with a line for us, no applicant → newsletter
    N("forward_other_mail", "kind", "Lettre d'information de l'IUT Carrières sociales", M(
        "IUT Carrières sociales - Réseau des diplômés <reseau@iut-cs-tours.example.fr>", "Fwd: Lettre d'information de l'IUT Carrières sociales - février 2027", "2027-02-03 11:40",
        """Bonjour l'équipe Pro'pulse, nous vous transférons notre lettre du mois, qui présente votre programme en page 2.

---------- Forwarded message ---------
From: IUT Carrières sociales <newsletter@iut-cs-tours.example.fr>
Date: Mon, Feb 1, 2027
Subject: Lettre d'information de l'IUT Carrières sociales - février 2027

Au sommaire : les soutenances de BUT de juin, le forum des métiers de l'animation du 18 mars, un portrait de diplômée 2024 devenue directrice de centre social, et Pro'pulse, un accompagnement pour les jeunes diplômé·es.
Se désinscrire : https://iut-cs-tours.example.fr/lettre/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://iut-cs-tours.example.fr/lettre/desinscription>"},
    )),
    # Feature: inline_quoted — graduation — j'ai ma licence depuis 2025
    # ambiguous: «depuis 2025», a year alone read in February 2027: a licence of January 2025 fails the limit, one of June 2025 meets
    # route: his unquoted lines between our FAQ's pasted lines (its «bac+2 minimum» and «moins de deux ans» are ours): a licence of 2025 without its month → bac+3 of 2025, graduation_recent open → to_verify
    N("inline_quoted", "graduation", "j'ai ma licence depuis 2025", M(
        "Ismaël Tchokonté <ismael.tchokonte@gmail.com>", "question sur les conditions", "2027-02-03 13:15",
        """Bonjour,

J'ai copié votre FAQ pour vous poser ma question au bon endroit :

> Qui peut candidater ?
> Les jeunes diplômé·es d'un bac+2 minimum, diplômé·es depuis moins de deux ans, qui cherchent un emploi dans l'ESS.

Moi j'ai ma licence depuis 2025 (sciences politiques à Lyon 2), je cherche dans le plaidoyer associatif. Est-ce que ça passe ?

> Le programme est-il payant ?
> Non, il est entièrement gratuit.

Super, merci.

Ismaël Tchokonté
06 33 80 17 25""",
        app("Ismaël", "Tchokonté", phone="+33633801725", bac=3, grad="2025", unknown=("graduation_recent",), status="ismael_licence_depuis_2025"),
    )),
    # Feature: attached_message — graduation — une licence professionnelle obtenue en août 2026
    # route: the attached mail (message/rfc822) of 10 December 2026, her own to a network: a DUT then a licence pro of August 2026, a post in a solidarity network sought, CV on the new mail → bac+3 of 2026-08 → eligible
    N("attached_message", "graduation", "une licence professionnelle obtenue en août 2026", M(
        "Oriane Bellamy-Touré <oriane.bellamy.toure@gmail.com>", "candidature Pro'pulse (voir pj)", "2027-02-03 14:30",
        """Bonjour, voir le mail en pièce jointe que j'avais envoyé à la Fonda en décembre, tout y est. Mon CV est joint aussi. Merci ! Oriane, 06 71 24 58 03

Bonjour,

Je me permets de vous écrire pour une candidature spontanée. Après un DUT Information-communication, j'ai une licence professionnelle obtenue en août 2026 (Métiers de la communication des organisations de l'ESS, Bordeaux).

Je cherche un poste de chargée de communication dans une tête de réseau associative.

Bien cordialement,
Oriane Bellamy-Touré""",
        app("Oriane", "Bellamy-Touré", phone="+33671245803", bac=3, grad="2026-08", status="oriane_eml_licence_aout"),
        cv=CV("docx", "CV Oriane Bellamy-Touré.docx", "Oriane Bellamy-Touré\nChargée de communication\n2026 Licence pro Communication des organisations de l'ESS - IUT Bordeaux Montaigne\n2025 DUT Information-communication\nStage de 16 semaines à la Ligue des droits de l'Homme (2026)"),
        headers={"X-Forwards-Split": "1", "X-Forwards-Inner-From": "Oriane Bellamy-Touré <oriane.bellamy.toure@gmail.com>",
                 "X-Forwards-Inner-To": "La Fonda <contact@fonda.example.org>", "X-Forwards-Inner-Subject": "Candidature spontanée - chargée de communication",
                 "X-Forwards-Inner-Date": "2026-12-10 11:05"},
    )),
    # Feature: forwarded_by_other — graduation — j'ai mon master de sociologie
    # route: a father forwards his daughter's mail of 30 January 2027 (her address in it): a master of sociology with no year said, a post in an association for people with disabilities sought → bac+5, graduation unknown, graduation_recent open → to_verify
    N("forwarded_by_other", "graduation", "j'ai mon master de sociologie", M(
        "Gérard Vasseur-Lamine <g.vasseur.lamine@wanadoo.fr>", "TR: ton asso pour les jeunes", "2027-02-03 15:45",
        """Bonjour,

Je me permets de vous transférer le message de ma fille Romane, qui cherche du travail. Je pense qu'elle n'osera pas vous écrire elle-même, mais elle est d'accord. Son adresse est dans le message.

Bien cordialement,
Gérard Vasseur-Lamine

-------- Message transféré --------
Sujet : Re: ton asso pour les jeunes
Date : Sat, 30 Jan 2027 19:26:11 +0100
De : Romane <romane.vl@gmail.com>
Pour : Papa <g.vasseur.lamine@wanadoo.fr>

Oui vas-y envoie-leur, j'ai mon master de sociologie mais rien ne marche depuis des mois. Ce que je voudrais c'est bosser dans une asso qui accompagne des personnes handicapées, genre coordinatrice de projets. Tu peux donner mon mail : romane.vl@gmail.com
Romane""",
        app("Romane", "Vasseur-Lamine", phone=None, bac=5, grad=None, unknown=("graduation_recent",), email="romane.vl@gmail.com", forwarded_by="g.vasseur.lamine@wanadoo.fr", status="romane_par_son_pere"),
    )),
    # Feature: nested_chain — situation — Mission de service civique du 1er mars au 31 décembre 2026
    # route: two levels down, the civic service agency's certificate of 4 January 2027: a mission ended on 31 December 2026, before the reading day; a BTS of July 2025 → bac+2 of 2025-07 → eligible
    N("nested_chain", "situation", "Mission de service civique du 1er mars au 31 décembre 2026", M(
        "Tanguy Le Bihan-Okafor <tanguy.lbo@free.fr>", "Fwd: Fwd: Attestation de fin de mission", "2027-02-03 16:50",
        """Bonjour, je vous transfère mon attestation (mon ancienne tutrice me l'avait renvoyée car je l'avais perdue). J'ai mon BTS Tourisme depuis juillet 2025 et je cherche dans le tourisme solidaire.
Tanguy - 06 90 12 43 77

Début du message réexpédié :

De: Solène Kerhervé <s.kerherve@lamaisondesjeunes.example.org>
Date: 28 janvier 2027 à 09:40:12 UTC+1
À: Tanguy Le Bihan-Okafor <tanguy.lbo@free.fr>
Objet: Fwd: Attestation de fin de mission

Coucou Tanguy, la revoilà ! Bonne chance pour la suite. Solène

---------- Forwarded message ---------
From: Agence du Service Civique <noreply@service-civique.example.gouv.fr>
Date: Mon, Jan 4, 2027 at 8:00 AM
Subject: Attestation de fin de mission

Attestation de fin de mission
Nous attestons que Tanguy Le Bihan-Okafor a effectué une mission de service civique du 1er mars au 31 décembre 2026 au sein de La Maison des Jeunes de Vannes.""",
        app("Tanguy", "Le Bihan-Okafor", phone="+33690124377", bac=2, grad="2025-07", status="tanguy_sc_fini_decembre"),
    )),
    # Feature: english_forward — situation — your internship from 4 January to 30 June 2027
    # route: the host's forwarded English mail of 14 December 2026: an internship from 4 January to 30 June 2027, running on the reading day; an MSc of September 2026 → bac+5 of 2026-09, not_internship fails → not_eligible
    N("english_forward", "situation", "your internship from 4 January to 30 June 2027", M(
        "Mateus Albergaria <mateus.albergaria@gmail.com>", "Fwd: Internship confirmation", "2027-02-03 17:30",
        """Hello,

I am a Brazilian graduate (MSc Social Innovation, University of Coimbra, September 2026) living in Paris. I'm forwarding the confirmation of my current internship so you can see my situation. I would like to join your programme to find a real job in the social economy afterwards.

Thanks,
Mateus Albergaria

---------- Forwarded message ---------
From: Hanna Lindqvist <hanna@fairtradehub.example.org>
Date: Mon, Dec 14, 2026 at 3:10 PM
Subject: Internship confirmation
To: Mateus Albergaria <mateus.albergaria@gmail.com>

Dear Mateus,
We are pleased to confirm your internship from 4 January to 30 June 2027 with the Fair Trade Hub in Paris, as an advocacy intern.
Kind regards,
Hanna""",
        app("Mateus", "Albergaria", phone=None, bac=5, grad="2026-09", failing=("not_internship",), language="en", status="mateus_internship_to_june"),
    )),
    # Feature: forward_other_mail — kind — Undelivered Mail Returned to Sender
    # route: a delivery failure (multipart/report) of our mail to a candidate, the address misspelt → bounce
    N("forward_other_mail", "kind", "Undelivered Mail Returned to Sender", M(
        "MAILER-DAEMON <mailer-daemon@mx2.example.net>", "Undelivered Mail Returned to Sender", "2027-02-03 18:20",
        """This is the mail system at host mx2.example.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's attached below.

<yanis.berthomieu@gmial.fr>: Host or domain name not found. Name service error for name=gmial.fr type=A: Host not found""",
        bounce("yanis.berthomieu@gmial.fr"),
        bounce="""Reporting-MTA: dns; mx2.example.net
Final-Recipient: rfc822; yanis.berthomieu@gmial.fr
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found""",
    )),
    # Feature: forward_other_mail — kind — je vous transfère cette offre pour vos participant·es
    # route: a partner forwards an employer's offer for the participants (its «bac+3, jeune diplômé·e» is the offer's), nobody applies → other
    N("forward_other_mail", "kind", "je vous transfère cette offre pour vos participant·es", M(
        "Hervé Castagnet <h.castagnet@uriopss-na.example.org>", "TR: Offre chargé·e de projet vie associative", "2027-02-03 20:10",
        """Bonjour,

Je vous transfère cette offre pour vos participant·es, l'association cherche vraiment un profil jeune diplômé·e.

Hervé

De : Association Trait d'Union <rh@traitdunion-poitiers.example.org>
Envoyé : mercredi 3 février 2027 16:02
Objet : Offre chargé·e de projet vie associative

CDI, Poitiers. Profil : bac+3, jeune diplômé·e bienvenu·e, goût pour l'animation de bénévoles. Candidatures avant le 28 février.""",
        other(),
    )),
]
