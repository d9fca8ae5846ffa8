"""Forwards corpus, batch 06 (writer B): Thursday 18 – Sunday 21 February 2027, each mail read on its own Date's
day. Chains of three levels, English forwards, offers whose requirements are not the applicant's, a civic
service extended since the carried mail, mails of the autumn whose «juin prochain» is still ahead."""
# ruff: noqa: E501

from __future__ import annotations

from forwards import N
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Feature: forward_other_mail — kind — est-ce que le programme est payant
    # route: a cousin's question forwarded with no fact of the writer's own: whether the programme costs anything → question
    N("forward_other_mail", "kind", "est-ce que le programme est payant", M(
        "Sacha Perrin <sacha.perrin@gmail.com>",
        "Fwd: Animafac ?",
        "2027-02-18 07:55",
        """Bonjour, ma cousine me pose la question et je ne trouve pas la réponse sur votre site, pouvez-vous me dire ?

---------- Forwarded message ---------
De : Lina <lina.perrin@example.com>
Date: mer. 17 févr. 2027 à 23:12
Subject: Animafac ?

Tu sais est-ce que le programme est payant ? Et ça dure combien de temps ?""",
        question(),
        html="only",
    )),
    # Feature: placement_forwarded — situation — du 3 mars 2026 au 2 novembre 2026
    # route: the forwarded end-of-mission certificate: a civic service «du 3 mars 2026 au 2 novembre 2026», over on 2027-02-18; a licence of June 2025 (20 months back) above; a post in a solidarity grocery sought → eligible
    N("placement_forwarded", "situation", "du 3 mars 2026 au 2 novembre 2026", M(
        "Kenzo Larrieu <kenzo.larrieu@gmail.com>",
        "TR: Attestation de fin de mission",
        "2027-02-18 08:05",
        """Bonjour,

Licence de géographie (juin 2025), puis un service civique, l'attestation est ci-dessous. Je cherche maintenant un CDD ou CDI dans une épicerie solidaire ou une banque alimentaire. Pro'pulse m'intéresse beaucoup.

Kenzo Larrieu
06 17 59 42 83

-------- Message transféré --------
Sujet : Attestation de fin de mission
Date : Mon, 2 Nov 2026 17:00:03 +0100
De : Secours populaire 33 <benevolat@spf33.example.org>
Pour : kenzo.larrieu@gmail.com

Nous attestons que M. Kenzo Larrieu a accompli une mission de service civique au sein de notre fédération du 3 mars 2026 au 2 novembre 2026 (aide alimentaire et accueil).""",
        app("Kenzo", "Larrieu", phone="+33617594283", bac=3, grad="2025-06", status="b_kenzo_attestation_fin_mission"),
    )),
    # Feature: own_mail_forwarded — studies_finished — je finis mon master en juin prochain
    # route: her own mail of 14 October 2026 to her university's careers office forwarded: «je finis mon master en juin prochain» = June 2027 from that Date, still ahead on 2027-02-18 → studies_finished fails → not_eligible (bac+4 last obtained)
    N("own_mail_forwarded", "studies_finished", "je finis mon master en juin prochain", M(
        "Clarisse N'Guessan <clarisse.nguessan@gmail.com>",
        "TR: Accompagnement insertion pro",
        "2027-02-18 09:30",
        """Bonjour,

Plutôt que de tout réécrire, voici le mail que j'avais envoyé au BAIP de ma fac. Ils m'ont parlé de vous. Est-ce que je peux commencer Pro'pulse maintenant ?

Clarisse N'Guessan
06 58 03 27 14

De : Clarisse N'Guessan <clarisse.nguessan@gmail.com>
Envoyé : mercredi 14 octobre 2026 18:22
À : baip@univ-poitiers.example.fr
Objet : Accompagnement insertion pro

Bonjour,
Je suis en M2 Économie sociale et solidaire, j'ai validé mon M1 en 2026 et je finis mon master en juin prochain. Je voudrais préparer ma recherche d'emploi dans une coopérative ou une association. Proposez-vous des rendez-vous ?
Clarisse""",
        app("Clarisse", "N'Guessan", phone="+33658032714", bac=4, grad=None, failing=("studies_finished",), status="b_clarisse_fin_master_juin_prochain"),
    )),
    # Feature: school_mail_forwarded — graduation — jury du 14 décembre 2026
    # route: the forwarded university mail of 25 January 2027: the licence pro awarded at the «jury du 14 décembre 2026» (2026-12); the pickup from 1 March is no obtention → eligible
    N("school_mail_forwarded", "graduation", "jury du 14 décembre 2026", M(
        "Enzo Rakotondrabe <enzo.rakotondrabe@laposte.net>",
        "Fwd: Votre diplôme peut être retiré",
        "2027-02-18 10:50",
        """Bonjour,

Je voudrais rejoindre Pro'pulse pour trouver un poste de médiateur numérique dans une association. Voilà la preuve de mon diplôme !

Enzo Rakotondrabe
07 47 59 18 62

---------- Forwarded message ---------
De : Scolarité IUT <no-reply@iut-lemans.example.fr>
Date: lun. 25 janv. 2027 à 08:30
Subject: Votre diplôme peut être retiré
To: <enzo.rakotondrabe@laposte.net>

Bonjour,
Votre diplôme de licence professionnelle Métiers du numérique, délivré à l'issue du jury du 14 décembre 2026, peut être retiré au service de scolarité à partir du 1er mars 2027, sur présentation d'une pièce d'identité.""",
        app("Enzo", "Rakotondrabe", phone="+33747591862", bac=3, grad="2026-12", status="b_enzo_jury_14_decembre"),
        html="only",
    )),
    # Feature: adviser_forwarded — situation — vous qui sortez de votre service civique fin janvier
    # route: the forwarded APEC adviser's mail of 3 February 2027: «vous qui sortez de votre service civique fin janvier» (over on 2027-02-18), a master of 2026; the adviser's own «Master 2 Ingénierie de la formation» in her signature is hers → eligible
    N("adviser_forwarded", "situation", "vous qui sortez de votre service civique fin janvier", M(
        "Jonas Lefebvre-Adjovi <jonas.lefebvreadjovi@gmail.com>",
        "TR: Proposition d'orientation",
        "2027-02-18 12:15",
        """Bonjour,
je vous transfère le mail de ma conseillère, je suis intéressé par l'accompagnement.
Jonas, 06 36 90 41 27

-------- Message transféré --------
Sujet : Proposition d'orientation
Date : Wed, 3 Feb 2027 14:05:51 +0100
De : Nathalie Brossard <nathalie.brossard@apec.example.fr>
Pour : Jonas Lefebvre-Adjovi <jonas.lefebvreadjovi@gmail.com>

Bonjour Jonas,

Suite à notre échange : vous qui sortez de votre service civique fin janvier, avec votre master Gestion des territoires et développement local (2026), le programme Pro'pulse d'Animafac me paraît tout indiqué pour votre recherche dans l'ESS.

Nathalie Brossard
Consultante APEC — Master 2 Ingénierie de la formation""",
        app("Jonas", "Lefebvre-Adjovi", phone="+33636904127", bac=5, grad="2026", status="b_jonas_sortez_sc_fin_janvier"),
    )),
    # Feature: forward_other_mail — kind — Pièces demandées
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our mail quoted) promising a document → reply
    N("forward_other_mail", "kind", "Pièces demandées", M(
        "Thibault Garnier-Roux <thibault.garnierroux@gmail.com>",
        "RE: Pièces demandées",
        "2027-02-18 13:30",
        """Bonjour,

Je vous envoie l'attestation dès que la fac me l'a donnée, normalement la semaine prochaine.

Thibault

De : Pro'pulse <propulse@animafac.net>
Envoyé : lundi 15 février 2027 11:20
À : Thibault Garnier-Roux
Objet : Pièces demandées

Bonjour Thibault, pour finaliser votre inscription, merci de nous envoyer une attestation de réussite.""",
        reply(),
        headers={"In-Reply-To": "<pieces-2027-02-15-1120@animafac.net>", "References": "<pieces-2027-02-15-1120@animafac.net>"},
    )),
    # Feature: school_mail_forwarded — studies_finished — Nous confirmons votre inscription en 2026-2027
    # route: the forwarded school mail of 8 September 2026: «Nous confirmons votre inscription en 2026-2027» in the 2nd year of a DEJEPS; the school year runs on 2027-02-18, nothing above says she left → studies_finished fails → not_eligible
    N("school_mail_forwarded", "studies_finished", "Nous confirmons votre inscription en 2026-2027", M(
        "Salomé Chevrier <salome.chevrier@orange.fr>",
        "TR: Confirmation d'inscription",
        "2027-02-18 14:40",
        """Bonjour,

je suis en formation DEJEPS (2e année), confirmation ci-dessous. Je voulais savoir si je pouvais déjà m'inscrire chez vous pour être prête à la sortie, j'ai déjà un BPJEPS (2023).

Salomé Chevrier
06 91 28 46 70

De : "CREPS Centre-Val de Loire" <formation@creps-cvl.example.fr>
À : salome.chevrier@orange.fr
Envoyé : mardi 8 septembre 2026 09:12
Objet : Confirmation d'inscription

Madame,
Nous confirmons votre inscription en 2026-2027 en deuxième année du DEJEPS Animation socio-éducative ou culturelle. La rentrée aura lieu le 21 septembre.""",
        app("Salomé", "Chevrier", phone="+33691284670", bac=0, grad=None, failing=("degree_level", "studies_finished"), status="b_salome_inscription_2026_2027"),
    )),
    # Feature: english_forward — studies_finished — results will be released on 15 March
    # ambiguous: every assessment handed in and the results after the reading day: whether the degree is obtained is open
    # route: an English forward of the registry's mail of 10 February 2027: dissertation received, «results will be released on 15 March», after 2027-02-18 → studies_finished open → to_verify, language en
    N("english_forward", "studies_finished", "results will be released on 15 March", M(
        "Niamh Brennock <niamh.brennock@gmail.com>",
        "Fwd: Dissertation submission received",
        "2027-02-18 15:55",
        """Hi there,

I'm finishing a one-year MA in Community Development (Dublin) – all my modules are passed and I submitted the dissertation, see below. I'm living in Rennes now and would love support finding a job in a French association or cooperative. Is it OK to apply before the results?

Niamh Brennock
+353 87 412 6690

---------- Forwarded message ---------
From: Postgraduate Registry <pg.registry@ucd.example.ie>
Date: Wed, 10 Feb 2027 at 09:14
Subject: Dissertation submission received
To: <niamh.brennock@gmail.com>

Dear Niamh,
We confirm receipt of your dissertation. The examination board meets in early March and results will be released on 15 March.
Postgraduate Registry""",
        app("Niamh", "Brennock", phone="+353874126690", bac="*", grad=None, unknown=("studies_finished",), language="en", status="b_niamh_results_15_march"),
    )),
    # Feature: placement_forwarded — situation — prolongation de votre contrat d'engagement jusqu'au 30 avril 2027
    # route: the forwarded agency mail of 28 January 2027: «prolongation de votre contrat d'engagement jusqu'au 30 avril 2027», the civic service running on 2027-02-18 → not_service_civique fails → not_eligible
    N("placement_forwarded", "situation", "prolongation de votre contrat d'engagement jusqu'au 30 avril 2027", M(
        "Ibrahima Ndiour <ibrahima.ndiour@yahoo.fr>",
        "Fwd: Avenant - prolongation",
        "2027-02-18 17:20",
        """Bonjour,

Mon service civique devait finir fin janvier mais il a été prolongé (voir en dessous). J'ai un BTS ESF de 2025, je voulais savoir si je peux m'inscrire maintenant ou s'il faut attendre mai.

Ibrahima Ndiour
07 62 14 98 35

---------- Forwarded message ---------
From: Unis-Cité Lille <lille@uniscite.example.fr>
Date: Thu, Jan 28, 2027 at 4:12 PM
Subject: Avenant - prolongation
To: Ibrahima Ndiour <ibrahima.ndiour@yahoo.fr>

Bonjour Ibrahima,
Voici l'avenant portant prolongation de votre contrat d'engagement jusqu'au 30 avril 2027. Merci de le signer et de nous le retourner.
L'équipe Unis-Cité""",
        app("Ibrahima", "Ndiour", phone="+33762149835", bac=2, grad="2025", failing=("not_service_civique",), unknown=("graduation_recent",), status="b_ibrahima_prolongation_30_avril"),
    )),
    # Feature: offer_forwarded — situation — je n'ai pas répondu à cette offre de stage
    # route: her lines above a forwarded internship offer: «je n'ai pas répondu à cette offre de stage» (the offer's «stage de 6 mois» is no placement of hers), a licence of June 2026 and an ESS search → eligible
    N("offer_forwarded", "situation", "je n'ai pas répondu à cette offre de stage", M(
        "Zoé Marchand-Kim <zoe.marchandkim@gmail.com>",
        "Fwd: [Offre] Stage 6 mois - chargé·e de plaidoyer",
        "2027-02-18 19:45",
        """Bonjour,

On m'a envoyé ça mais je n'ai pas répondu à cette offre de stage : j'ai fini ma licence de science politique en juin 2026 et je ne veux plus enchaîner les stages, je cherche un vrai poste dans une ONG ou une asso de solidarité internationale. C'est pour ça que je vous écris.

Zoé Marchand-Kim
06 40 85 13 69

---------- Forwarded message ---------
From: Coordination Sud Jobs <offres@jobs-solidarite.example.org>
Date: Mon, Feb 15, 2027 at 7:00 AM
Subject: [Offre] Stage 6 mois - chargé·e de plaidoyer

Stage de 6 mois à partir d'avril, Paris 11e. Niveau master, gratification légale.""",
        app("Zoé", "Marchand-Kim", phone="+33640851369", bac=3, grad="2026-06", status="b_zoe_pas_repondu_offre_stage"),
    )),
    # Feature: offer_forwarded — aim — je cherche dans la banque ou l'assurance
    # route: her lines above a forwarded bank's offer: «je cherche dans la banque ou l'assurance», a BTS of 2026; the offer's «bac+2» is the bank's → job_seeking_ess fails → not_eligible
    N("offer_forwarded", "aim", "je cherche dans la banque ou l'assurance", M(
        "Mathéo Guillot <matheo.guillot@hotmail.fr>",
        "TR: Offre conseiller clientèle",
        "2027-02-19 08:40",
        """bonjour,
est ce que vous aidez aussi pour ce genre d'offre ? je cherche dans la banque ou l'assurance, j'ai un BTS NDRC obtenu en juillet 2026.
merci
Mathéo Guillot 06 77 20 45 81

-----Message d'origine-----
De : Recrutement Banque Atlantique <recrutement@banque-atlantique.example.com>
Envoyé : vendredi 12 février 2027 10:00
Objet : Offre conseiller clientèle

Nous recrutons des conseillers clientèle particuliers (H/F), Bac+2 commercial, CDI, agences de Vendée.""",
        app("Mathéo", "Guillot", phone="+33677204581", bac=2, grad="2026-07", failing=("job_seeking_ess",), status="b_matheo_banque_assurance"),
    )),
    # Feature: forward_other_mail — kind — Je vous transfère la réponse de l'association
    # route: a participant forwards an employer's reply (an interview fixed) outside our threads: news, no application → other
    N("forward_other_mail", "kind", "Je vous transfère la réponse de l'association", M(
        "Ophélie Dumas <ophelie.dumas@laposte.net>",
        "TR: Votre candidature - entretien",
        "2027-02-19 09:10",
        """Bonjour Samia,

Je vous transfère la réponse de l'association : j'ai un entretien mardi ! Merci pour la relecture de ma lettre la semaine dernière.

Ophélie

-----Message d'origine-----
De : Les Jardins de Cocagne du Vexin <rh@cocagne-vexin.example.org>
Envoyé : jeudi 18 février 2027 17:45
Objet : Votre candidature - entretien

Madame, nous avons le plaisir de vous proposer un entretien le mardi 23 février à 14 h pour le poste d'encadrante technique.""",
        other(),
    )),
    # Feature: top_corrects_below — studies_finished — depuis, j'ai eu mon diplôme
    # route: the new text above updates her mail of 10 December 2026 below («j'attends les résultats du rattrapage»): «depuis, j'ai eu mon diplôme» at the jury of 5 February 2027; the newer statement wins → graduation 2027-02, eligible
    N("top_corrects_below", "studies_finished", "depuis, j'ai eu mon diplôme", M(
        "Mélina Saadi <melina.saadi@gmail.com>",
        "Re: Candidature Pro'pulse - en attente de résultats",
        "2027-02-19 10:15",
        """Bonjour,

Bonne nouvelle : depuis, j'ai eu mon diplôme ! Le jury s'est réuni le 5 février et j'ai validé ma licence. Je relance donc ma candidature.

Mélina

Le jeu. 10 déc. 2026 à 21:37, Mélina Saadi <melina.saadi@gmail.com> a écrit :
> Bonjour,
> J'ai passé le rattrapage de ma licence Sciences de l'éducation, j'attends les résultats du rattrapage. Je cherche un poste d'animatrice dans une association d'éducation populaire. 06 29 84 60 37
> Mélina Saadi""",
        app("Mélina", "Saadi", phone="+33629846037", bac=3, grad="2027-02", status="b_melina_depuis_diplome"),
    )),
    # Feature: english_forward — level — a one-year Certificate of Higher Education
    # route: an English tutor forwards his former student's own mail of 2 February 2027 (her address in it): «a one-year Certificate of Higher Education» (bac+1) as her only degree → application forwarded_by the tutor; degree_level fails → not_eligible, language en
    N("english_forward", "level", "a one-year Certificate of Higher Education", M(
        "Dr Owen Pritchard <o.pritchard@example.ac.uk>",
        "Fwd: Jobs in France?",
        "2027-02-19 11:40",
        """Dear Pro'pulse team,

Forwarding my former student's note below – she has moved to Montpellier and asked me who could help. I hope you can advise her directly.

Best regards,
Owen Pritchard

---------- Forwarded message ---------
From: Keeley Asante-Reid <keeley.asantereid@outlook.com>
Date: Tue, 2 Feb 2027 at 20:31
Subject: Jobs in France?
To: Owen Pritchard <o.pritchard@example.ac.uk>

Hi Owen,
Hope you're well! I'm in Montpellier now. My only degree is a one-year Certificate of Higher Education in Youth and Community Work (June 2026) – I left after that. I'd love a job in a youth association here. Do you know anyone who helps with that?
Keeley (+33 7 58 91 26 04)""",
        app("Keeley", "Asante-Reid", phone="+33758912604", bac=1, grad="2026-06", email="keeley.asantereid@outlook.com", failing=("degree_level",), forwarded_by="o.pritchard@example.ac.uk", language="en", status="b_keeley_certhe_one_year"),
    )),
    # Feature: inline_quoted — situation — en service civique à la Croix-Rouge jusqu'à fin mars
    # route: her answers between a friend's quoted questions: «en service civique à la Croix-Rouge jusqu'à fin mars», running on 2027-02-19; the friend's quoted «j'ai fini mon service civique en mai» is hers → not_service_civique fails → not_eligible
    N("inline_quoted", "situation", "en service civique à la Croix-Rouge jusqu'à fin mars", M(
        "Eléa Pottier <elea.pottier@free.fr>",
        "Fwd: Re: tes infos pour Pro'pulse",
        "2027-02-19 13:05",
        """Bonjour, une amie qui a fait Pro'pulse m'a posé ces questions pour voir si je pouvais candidater, je vous envoie directement mes réponses.

Le 17/02/2027 à 19:40, Jasmine <jasmine.hoarau@example.com> a écrit :
> Moi j'ai fini mon service civique en mai et ils m'ont prise direct. Toi tu as quoi comme diplôme ?

Licence pro Coordination de projets de développement social, 2026.

> Et tu fais quoi en ce moment ?

Je suis en service civique à la Croix-Rouge jusqu'à fin mars.

> Tu cherches quoi après ?

Un poste de coordinatrice dans une association de solidarité.

Eléa Pottier — 06 05 72 39 48""",
        app("Eléa", "Pottier", phone="+33605723948", bac=3, grad="2026", failing=("not_service_civique",), status="b_elea_sc_croix_rouge_mars"),
    )),
    # Feature: forwarded_by_other — career_change — après neuf ans de comptabilité en cabinet
    # route: a friend forwards the applicant's own mail of 9 February 2027 (her address and phone in it): «après neuf ans de comptabilité en cabinet», a master of 2026 taken to change paths → application forwarded_by the friend; not_career_change fails → not_eligible
    N("forwarded_by_other", "career_change", "après neuf ans de comptabilité en cabinet", M(
        "Grégory Santamaria <greg.santamaria@gmail.com>",
        "TR: pour ton asso",
        "2027-02-19 15:30",
        """Bonjour,

Une amie m'a demandé de vous faire suivre son message, elle pense que votre programme peut l'aider. Je la mets en copie.

Greg

De : Véronique Adamczyk <veronique.adamczyk@orange.fr>
Envoyé : mardi 9 février 2027 22:14
À : Grégory Santamaria <greg.santamaria@gmail.com>
Objet : pour ton asso

Greg, tu peux transmettre à Pro'pulse ? Je me présente : après neuf ans de comptabilité en cabinet, j'ai fait un master Management de l'ESS en alternance (diplômée en septembre 2026) pour changer de voie. Je cherche un poste de responsable administrative et financière dans une association. 06 13 48 72 90.
Véronique Adamczyk""",
        app("Véronique", "Adamczyk", phone="+33613487290", bac=5, grad="2026-09", email="veronique.adamczyk@orange.fr", failing=("not_career_change",), forwarded_by="greg.santamaria@gmail.com", status="b_veronique_neuf_ans_compta"),
        headers={"Cc": "veronique.adamczyk@orange.fr"},
    )),
    # Feature: forward_other_mail — kind — I am out of the office until 1 March
    # route: an English out-of-office (Auto-Submitted) of a foreign partner quoting our mail → auto_reply
    N("forward_other_mail", "kind", "I am out of the office until 1 March", M(
        "Hanna Ekström <hanna.ekstrom@socialeconomy-se.example.org>",
        "Automatic reply: Pro'pulse x Nordic exchange",
        "2027-02-19 16:20",
        """Thank you for your message. I am out of the office until 1 March with limited access to email.

From: Pro'pulse <propulse@animafac.net>
Sent: Friday, February 19, 2027 4:19 PM
Subject: Pro'pulse x Nordic exchange

Dear Hanna, following our call, here are the dates of the spring cohort…""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: nested_chain — situation — ton stage se termine donc le 5 février comme prévu
    # route: a RE: RE: chain of three levels: her mail of Friday 6 November 2026 («je commence lundi» = 9 November), then the tutor's of 20 January 2027: «ton stage se termine donc le 5 février comme prévu», over on 2027-02-19; a licence pro of 2026 → eligible
    N("nested_chain", "situation", "ton stage se termine donc le 5 février comme prévu", M(
        "Lucie Vanhoutte <lucie.vanhoutte@gmail.com>",
        "TR: RE: RE: Début de stage",
        "2027-02-19 17:55",
        """Bonjour,

Je vous mets l'échange avec ma tutrice pour que vous ayez les dates. Stage fini, licence pro Gestion des structures sanitaires et sociales en poche (2026), je cherche un poste d'assistante de direction dans un EHPAD associatif ou une association du handicap.

Lucie Vanhoutte
06 52 17 93 86

De : Karima Benali <k.benali@apf-lille.example.org>
Envoyé : mercredi 20 janvier 2027 11:02
À : Lucie Vanhoutte
Objet : RE: RE: Début de stage

Bonjour Lucie, ton stage se termine donc le 5 février comme prévu, pense à m'envoyer ton rapport.
Karima

De : Lucie Vanhoutte
Envoyé : vendredi 6 novembre 2026 16:40
Objet : RE: Début de stage

Parfait, je commence lundi alors ! À lundi 9 h.
Lucie""",
        app("Lucie", "Vanhoutte", phone="+33652179386", bac=3, grad="2026", status="b_lucie_stage_fin_5_fevrier"),
    )),
    # Feature: inline_quoted — level — moi j'ai un CAP petite enfance et un bac pro
    # route: our public FAQ pasted with «>» quotes and her answers between: «moi j'ai un CAP petite enfance et un bac pro», nothing above niveau 4; the FAQ's «bac+2 minimum» is ours → degree_level fails → not_eligible
    N("inline_quoted", "level", "moi j'ai un CAP petite enfance et un bac pro", M(
        "Sabrina Lopes-Tavares <sabrina.lopestavares@hotmail.fr>",
        "vos conditions",
        "2027-02-19 21:10",
        """Bonjour, j'ai copié votre FAQ et j'ai répondu en dessous de chaque ligne, dites moi si ça passe

> Pro'pulse s'adresse aux jeunes diplômé·es d'un bac+2 minimum.

moi j'ai un CAP petite enfance et un bac pro ASSP, obtenu en 2025

> Le diplôme doit avoir été obtenu il y a moins de deux ans.

oui juin 2025

> Vous recherchez un emploi dans l'économie sociale et solidaire.

oui dans une crèche associative

Sabrina 06 45 92 07 63""",
        app("Sabrina", "Lopes-Tavares", phone="+33645920763", bac=0, grad="2025-06", failing=("degree_level",), status="b_sabrina_cap_bac_pro"),
    )),
    # Feature: own_mail_forwarded — situation — je suis actuellement en stage au Secours catholique
    # route: her own mail of 19 October 2026 to an association forwarded: «je suis actuellement en stage au Secours catholique», no end said, nothing above says whether it runs on 2027-02-20; a BUT of 2026 → not_internship open → to_verify
    N("own_mail_forwarded", "situation", "je suis actuellement en stage au Secours catholique", M(
        "Bérénice Ekotto <berenice.ekotto@gmail.com>",
        "Fwd: candidature spontanée",
        "2027-02-20 09:05",
        """Bonjour, je vous transfère ce que j'avais écrit à une asso en octobre, pour Pro'pulse.

---------- Forwarded message ---------
De : Bérénice Ekotto <berenice.ekotto@gmail.com>
Date: lun. 19 oct. 2026 à 12:48
Subject: candidature spontanée
To: <contact@habitat-humanisme-lyon.example.org>

Bonjour,
Titulaire d'un BUT Carrières sociales (2026), je suis actuellement en stage au Secours catholique et je cherche un premier poste d'accompagnatrice dans une association de l'hébergement ou du logement.
Bérénice Ekotto
06 48 26 15 73""",
        app("Bérénice", "Ekotto", phone="+33648261573", bac=3, grad="2026", unknown=("not_internship",), status="b_berenice_actuellement_en_stage"),
    )),
    # Feature: nested_chain — aim — dans le public ou l'associatif, je ne sais pas encore
    # ambiguous: a search split between the public sector and associations, undecided: whether it is a search in the ESS is open
    # route: a Fwd: Fwd: chain, her own answer one level down to her brother (12 February 2027): «dans le public ou l'associatif, je ne sais pas encore»; the brother's offer above is his find → job_seeking_ess open → to_verify
    N("nested_chain", "aim", "dans le public ou l'associatif, je ne sais pas encore", M(
        "Amandine Penven <amandine.penven@protonmail.com>",
        "Fwd: Fwd: une piste pour toi",
        "2027-02-20 11:20",
        """Bonjour,

mon frère m'a envoyé le lien vers votre programme, je vous fais suivre l'échange avec ma réponse, ça vous dira où j'en suis.

Amandine Penven
07 85 30 62 41

---------- Forwarded message ---------
De : Amandine Penven <amandine.penven@protonmail.com>
Date: ven. 12 févr. 2027 à 22:10
Subject: Re: Fwd: une piste pour toi
To: Loïc Penven <loic.penven@example.net>

Merci ! Oui j'ai mon master Urbanisme depuis juillet 2026, et je cherche un poste de chargée de mission, dans le public ou l'associatif, je ne sais pas encore.

Le ven. 12 févr. 2027 à 18:02, Loïc Penven <loic.penven@example.net> a écrit :
> Regarde ça, ils accompagnent les jeunes diplômés : Pro'pulse d'Animafac. Moi j'ai trouvé mon CDI à la métropole comme ça (enfin presque).""",
        app("Amandine", "Penven", phone="+33785306241", bac=5, grad="2026-07", unknown=("job_seeking_ess",), status="b_amandine_public_ou_associatif"),
    )),
    # Feature: forward_other_mail — kind — Faites suivre ce message à dix personnes
    # route: a forwarded chain letter; no application, nothing asked → other
    N("forward_other_mail", "kind", "Faites suivre ce message à dix personnes", M(
        "Gisèle Ravanel <gisele.ravanel@wanadoo.fr>",
        "Fwd: Fwd: Fwd: à lire jusqu'au bout !!!",
        "2027-02-20 14:02",
        """

---------- Forwarded message ---------
From: Jacqueline <jacqueline.b@example.net>
Date: ven. 19 févr. 2027 à 08:11
Subject: Fwd: Fwd: à lire jusqu'au bout !!!

Une chaîne de solidarité pour l'emploi des jeunes !!! Faites suivre ce message à dix personnes et un jeune trouvera un travail dans l'année. Ne cassez pas la chaîne !!!""",
        other(),
    )),
    # Feature: attached_message — level — Licenciatura en Trabajo Social
    # route: her own mail of 30 November 2026 to a school attached as message/rfc822: a «Licenciatura en Trabajo Social» of Bogotá, 2025, neither its length nor its equivalence said → degree_level open (and the year 2025 alone open) → to_verify
    N("attached_message", "level", "Licenciatura en Trabajo Social", M(
        "Valentina Cárdenas <valentina.cardenas@gmail.com>",
        "Candidature Pro'pulse (mail joint)",
        "2027-02-20 16:40",
        """Bonjour, je vous joins le mail que j'avais écrit à l'IRTS pour expliquer mon parcours, c'est plus simple. Je cherche un emploi dans une association d'accueil des personnes exilées. Valentina Cárdenas, 07 69 45 82 10

Buenas tardes / Bonjour,

Je suis colombienne, arrivée en France en 2026. J'ai une Licenciatura en Trabajo Social de l'Universidad Nacional de Colombia (Bogotá), obtenue en 2025. Je voudrais savoir si elle peut être reconnue pour travailler comme travailleuse sociale en France.

Merci beaucoup,
Valentina Cárdenas""",
        app("Valentina", "Cárdenas", phone="+33769458210", bac=None, grad="2025", unknown=("degree_level", "graduation_recent"), status="b_valentina_licenciatura"),
        headers={"X-Forwards-Split": "1", "X-Forwards-Inner-From": "Valentina Cárdenas <valentina.cardenas@gmail.com>", "X-Forwards-Inner-To": "accueil@irts-idf.example.fr", "X-Forwards-Inner-Subject": "Reconnaissance de mon diplôme", "X-Forwards-Inner-Date": "2026-11-30 15:05"},
    )),
    # Feature: forward_other_mail — kind — Lettre de la CRESS
    # route: a regional chamber's newsletter forwarded by its list to partners (List-Unsubscribe); its offers name diplomas of no applicant → newsletter
    N("forward_other_mail", "kind", "Lettre de la CRESS", M(
        "CRESS Grand Est <lettre@cress-grandest.example.org>",
        "TR : Lettre de la CRESS — spécial emploi des jeunes",
        "2027-02-21 10:00",
        """Lettre de la CRESS — spécial emploi des jeunes

À faire suivre à vos réseaux :
- 120 offres en CDI et CDD dans les associations et coopératives de la région, bac+2 à bac+5
- Webinaire « Premier emploi dans l'ESS » le 4 mars
- Témoignage : « J'ai signé en Scop après mon BTS »

Vous recevez cette lettre en tant que partenaire. Se désinscrire : https://cress-grandest.example.org/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://cress-grandest.example.org/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: attached_message — situation — mon stage commence le 11 janvier pour six mois
    # route: her own mail of 5 January 2027 attached as message/rfc822: a post-master internship that «commence le 11 janvier pour six mois» (until July), running on 2027-02-21 and nothing above says it stopped → not_internship fails → not_eligible
    N("attached_message", "situation", "mon stage commence le 11 janvier pour six mois", M(
        "Wassim Benyahia <wassim.benyahia@outlook.fr>",
        "inscription + mail en PJ",
        "2027-02-21 18:30",
        """Bonjour,

Je vous joins le message envoyé à mon ancienne responsable de master, il explique ma situation, et mon CV. Je voudrais être accompagné pour l'après-stage.

Wassim Benyahia

Bonjour Madame Ferrat,

Je voulais vous dire que j'ai trouvé : mon stage commence le 11 janvier pour six mois, au pôle insertion d'Emmaüs Connect à Marseille. C'est un stage après le master (diplômé en septembre 2026), faute de poste.

Bien à vous,
Wassim Benyahia
06 84 37 20 96""",
        app("Wassim", "Benyahia", phone="+33684372096", bac=5, grad="2026-09", failing=("not_internship",), info_in="both", status="b_wassim_stage_11_janvier_six_mois"),
        cv=CV("odt", "CV_Wassim_Benyahia.odt", """Wassim Benyahia
Master Économie sociale et solidaire — Aix-Marseille Université, 2026
Stage en cours : Emmaüs Connect, pôle insertion, depuis janvier 2027
06 84 37 20 96 — wassim.benyahia@outlook.fr"""),
        headers={"X-Forwards-Split": "3", "X-Forwards-Inner-From": "Wassim Benyahia <wassim.benyahia@outlook.fr>", "X-Forwards-Inner-To": "Sylvie Ferrat <s.ferrat@univ-amu.example.fr>", "X-Forwards-Inner-Subject": "Des nouvelles", "X-Forwards-Inner-Date": "2027-01-05 09:45"},
    )),
]
