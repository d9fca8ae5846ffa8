"""Forwards corpus, batch 07 (writer B): Monday 22 – Tuesday 23 February 2027, each mail read on its own Date's
day. Attached earlier mails, updates above old ones, referrals; a master's result of 2024 carried as proof,
a mission whose nature nobody says, an internship «prolongée» since the December mail."""
# ruff: noqa: E501

from __future__ import annotations

from forwards import N
from kit import CV, M, app, auto_reply, other, question, reply

MESSAGES = [
    # Feature: own_mail_forwarded — graduation — je viens d'être diplômée, en juillet
    # route: her own mail of 21 September 2025 forwarded: «je viens d'être diplômée, en juillet» = July 2025 from that Date (not 2026), 19 months back on 2027-02-22; a post in an association sought → eligible
    N("own_mail_forwarded", "graduation", "je viens d'être diplômée, en juillet", M(
        "Aminata Diakhaby <aminata.diakhaby@gmail.com>",
        "TR: Candidature animatrice",
        "2027-02-22 08:12",
        """Bonjour,

Je vous transfère le mail que j'avais écrit à la MJC en 2025, je n'ai pas eu de poste et je suis restée en intérim depuis. Je voudrais être accompagnée pour retrouver un poste dans l'animation associative.

Aminata
07 54 61 28 39

-------- Message transféré --------
Sujet : Candidature animatrice
Date : Sun, 21 Sep 2025 20:14:32 +0200
De : Aminata Diakhaby <aminata.diakhaby@gmail.com>
Pour : mjc-saintmichel@example.org

Bonjour,
Je viens d'être diplômée, en juillet, d'un BUT Carrières sociales option animation sociale et socioculturelle. Je serais très heureuse de rejoindre votre équipe d'animateurs.
Aminata Diakhaby""",
        app("Aminata", "Diakhaby", phone="+33754612839", bac=3, grad="2025-07", status="b_aminata_juillet_2025"),
    )),
    # Feature: own_mail_forwarded — aim — chargée de marketing dans le luxe ou la cosmétique
    # route: her own mail of 2 December 2026 to a recruitment firm forwarded: a search as «chargée de marketing dans le luxe ou la cosmétique», nothing above turns it to the ESS → job_seeking_ess fails → not_eligible
    N("own_mail_forwarded", "aim", "chargée de marketing dans le luxe ou la cosmétique", M(
        "Capucine Vermorel <capucine.vermorel@icloud.com>",
        "Fwd: Ma candidature",
        "2027-02-22 09:40",
        """Hello,
je vous transfère ce que j'ai envoyé au cabinet de recrutement, si vous pouvez m'aider vous aussi c'est top.
Capucine

Début du message réexpédié :

De: Capucine Vermorel <capucine.vermorel@icloud.com>
Objet: Ma candidature
Date: 2 décembre 2026 à 11:05:44 UTC+1
À: talents@cabinet-lumen.example.com

Bonjour,
Diplômée d'un master Marketing (IAE de Lyon, septembre 2026), je cherche un poste de chargée de marketing dans le luxe ou la cosmétique, en CDI à Lyon ou Paris.
Capucine Vermorel — 06 31 58 90 24""",
        app("Capucine", "Vermorel", phone="+33631589024", bac=5, grad="2026-09", failing=("job_seeking_ess",), status="b_capucine_luxe_cosmetique"),
    )),
    # Feature: school_mail_forwarded — graduation — Résultats du jury de M2 — session 1
    # route: the forwarded university mail of 5 July 2024, «Résultats du jury de M2 — session 1»: admitted at that jury (2024-07), 31 months back on 2027-02-22 → graduation_recent fails → not_eligible
    N("school_mail_forwarded", "graduation", "Résultats du jury de M2 — session 1", M(
        "Gaëtan Rouxel <gaetan.rouxel@gmail.com>",
        "TR: Résultats du jury de M2 — session 1",
        "2027-02-22 10:25",
        """Bonjour, voici la preuve de mon master que vous demandez dans le formulaire. Je cherche un poste de chargé de mission dans une fédération d'éducation populaire.
Gaëtan Rouxel, 06 70 42 19 83

De : Scolarité Master Sciences de l'éducation <scol-master-sde@univ-nantes.example.fr>
Envoyé : vendredi 5 juillet 2024 17:30
À : Gaëtan Rouxel
Objet : Résultats du jury de M2 — session 1

Bonjour,
Nous avons le plaisir de vous informer que vous êtes admis au Master 2 Sciences de l'éducation, mention bien, à l'issue du jury du 4 juillet 2024.
La scolarité""",
        app("Gaëtan", "Rouxel", phone="+33670421983", bac=5, grad="2024-07", failing=("graduation_recent",), status="b_gaetan_jury_m2_2024"),
    )),
    # Feature: adviser_forwarded — studies_finished — la note sera communiquée fin mars
    # ambiguous: the report handed in, nothing left to sit, the mark after the reading day: whether the licence is obtained is open
    # route: the forwarded teacher's mail of 15 February 2027: the report handed in, «la note sera communiquée fin mars», after 2027-02-22; the teacher's own thesis is hers → studies_finished open → to_verify
    N("adviser_forwarded", "studies_finished", "la note sera communiquée fin mars", M(
        "Sarah Chemla <sarah.chemla@outlook.fr>",
        "TR: Rapport bien reçu + piste",
        "2027-02-22 11:50",
        """Bonjour,

Ma responsable de formation m'a conseillé de vous écrire (son mail en dessous). Je cherche un poste de coordinatrice dans une association culturelle.

Sarah Chemla
06 22 57 81 40

De : Claire Vidal <claire.vidal@univ-artois.example.fr>
Envoyé : lundi 15 février 2027 09:32
À : sarah.chemla@outlook.fr
Objet : Rapport bien reçu + piste

Bonjour Sarah,
J'ai bien reçu votre rapport de stage, c'était votre dernière épreuve de licence pro : la note sera communiquée fin mars, après le jury. En attendant, regardez Pro'pulse (Animafac), ils accompagnent vers l'emploi dans l'ESS.
Claire Vidal, responsable de la LP — docteure en sociologie""",
        app("Sarah", "Chemla", phone="+33622578140", bac="*", grad=None, unknown=("studies_finished",), status="b_sarah_note_fin_mars"),
    )),
    # Feature: english_forward — graduation — my degree was awarded in December 2026
    # route: an English reply quoting her university's mail: «my degree was awarded in December 2026» (the ceremony in May is later, no obtention); her CV attached; a post in a cooperative sought → eligible, language en
    N("english_forward", "graduation", "my degree was awarded in December 2026", M(
        "Siobhan Mbeki-Hart <siobhan.mbekihart@gmail.com>",
        "Fwd: Graduation ceremony – booking open",
        "2027-02-22 12:40",
        """Hello Pro'pulse team,

I'd like to apply. To be clear: my degree was awarded in December 2026 (BA Social Policy, three years); the ceremony below is only in May. I now live in Bordeaux and I'm looking for a job in a cooperative or an association working on housing. CV attached.

Siobhan Mbeki-Hart
+33 6 42 90 17 35

On Mon, 8 Feb 2027 at 10:00, Graduation Office <graduation@univ-leeds.example.ac.uk> wrote:
> Dear graduate,
> Booking is now open for the May 2027 graduation ceremonies. Please register by 15 March.""",
        app("Siobhan", "Mbeki-Hart", phone="+33642901735", bac=3, grad="2026-12", language="en", status="b_siobhan_awarded_december"),
        cv=CV("docx", "Siobhan_MbekiHart_CV.docx", """Siobhan Mbeki-Hart
BA (Hons) Social Policy, University of Leeds, awarded December 2026
Volunteer, tenants' association, Leeds (2023-2026)
Languages: English (native), French (B2)"""),
    )),
    # Feature: forward_other_mail — kind — faut-il avoir le diplôme validé au moment de l'inscription
    # route: a teacher forwards a student's general question, no fact of the writer's own → question
    N("forward_other_mail", "kind", "faut-il avoir le diplôme validé au moment de l'inscription", M(
        "Jean-Baptiste Roussel <jb.roussel@lycee-sts-angers.example.fr>",
        "TR: question sur Pro'pulse",
        "2027-02-22 13:15",
        """Bonjour,

Je vous transfère la question d'une de mes étudiantes de BTS, à laquelle je n'ai pas su répondre.

Cordialement,
J.-B. Roussel, enseignant

De : Étudiante BTS ESF 2
Envoyé : vendredi 19 février 2027 16:02
Objet : question

Monsieur, pour Pro'pulse, faut-il avoir le diplôme validé au moment de l'inscription ou on peut s'inscrire avant les résultats ?""",
        question(),
    )),
    # Feature: adviser_forwarded — career_change — après vos quinze ans dans la logistique
    # route: the forwarded France Travail adviser's mail of 8 February 2027: «après vos quinze ans dans la logistique», a licence pro of 2026 as a «reconversion» → not_career_change fails → not_eligible
    N("adviser_forwarded", "career_change", "après vos quinze ans dans la logistique", M(
        "Didier Wojcik <didier.wojcik@orange.fr>",
        "TR: votre projet",
        "2027-02-22 14:05",
        """Bonjour,

Ma conseillère pense que vous pourriez m'aider, je vous fais suivre son mail.

Cordialement
Didier Wojcik
06 93 14 72 58

----- Mail transféré -----
De : "Sandrine Aubert" <sandrine.aubert@francetravail.example.fr>
À : "Didier Wojcik" <didier.wojcik@orange.fr>
Envoyé : lundi 8 février 2027 16:20
Objet : votre projet

Monsieur Wojcik,
Après vos quinze ans dans la logistique et votre licence professionnelle Intervention sociale obtenue en 2026, votre reconversion vers l'accompagnement social est cohérente. Je vous invite à contacter Pro'pulse.
Sandrine Aubert""",
        app("Didier", "Wojcik", phone="+33693147258", bac=3, grad="2026", failing=("not_career_change",), status="b_didier_quinze_ans_logistique"),
    )),
    # Feature: placement_forwarded — situation — effectue actuellement une mission de service civique depuis le 1er juillet 2026
    # route: the forwarded attestation of 12 October 2026: she «effectue actuellement une mission de service civique depuis le 1er juillet 2026», its end not said (a mission of six to twelve months from July may end before or after 2027-02-22) and nothing above says → not_service_civique open → to_verify
    N("placement_forwarded", "situation", "effectue actuellement une mission de service civique depuis le 1er juillet 2026", M(
        "Lou-Anne Trébuchet <louanne.trebuchet@free.fr>",
        "Fwd: attestation",
        "2027-02-22 15:30",
        """Bonjour,

Je vous envoie l'attestation que l'asso m'avait faite pour la CAF, je ne sais pas si ça sert. J'ai une licence de sociologie (2026) et je voudrais travailler dans une association de lutte contre la précarité.

Lou-Anne Trébuchet
07 80 26 47 13

---------- Forwarded message ---------
De : Accueil Solidaire Brest <contact@accueil-solidaire-brest.example.org>
Date: lun. 12 oct. 2026 à 10:05
Subject: attestation
To: <louanne.trebuchet@free.fr>

Nous certifions que Mme Lou-Anne Trébuchet effectue actuellement une mission de service civique depuis le 1er juillet 2026 au sein de notre association.
La présidente""",
        app("Lou-Anne", "Trébuchet", phone="+33780264713", bac=3, grad="2026", unknown=("not_service_civique",), status="b_louanne_sc_depuis_septembre"),
    )),
    # Feature: forward_other_mail — kind — je serai bien présente jeudi
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our invitation quoted) confirming a workshop → reply
    N("forward_other_mail", "kind", "je serai bien présente jeudi", M(
        "Chloé Brunetière <chloe.brunetiere@gmail.com>",
        "Re: Atelier « Réseau et candidature spontanée »",
        "2027-02-22 16:45",
        """Bonjour, je serai bien présente jeudi. Merci !
Chloé

Envoyé de mon iPhone

> Le 22 févr. 2027 à 10:00, Pro'pulse <propulse@animafac.net> a écrit :
>
> Bonjour Chloé, nous vous attendons jeudi 25 février à 14 h pour l'atelier « Réseau et candidature spontanée ».""",
        reply(),
        headers={"In-Reply-To": "<atelier-2027-02-22-1000@animafac.net>", "References": "<atelier-2027-02-22-1000@animafac.net>"},
    )),
    # Feature: placement_forwarded — situation — vous déclinez la mission
    # route: the forwarded agency mail of 1 February 2027: «vous déclinez la mission» of civic service offered; no placement of hers, a licence of 2026 and an ESS search → eligible
    N("placement_forwarded", "situation", "vous déclinez la mission", M(
        "Perrine Auffret <perrine.auffret@gmail.com>",
        "TR: Votre candidature à la mission",
        "2027-02-22 17:10",
        """Bonjour,

On m'avait proposé un service civique mais j'ai préféré chercher un emploi, d'où mon mail. Licence Gestion (juin 2026), je vise un poste administratif dans une Scop ou une association.

Perrine Auffret
06 44 71 09 35

-----Message d'origine-----
De : Service civique - Ville de Dijon <servicecivique@dijon-asso.example.fr>
Envoyé : lundi 1 février 2027 14:00
À : perrine.auffret@gmail.com
Objet : Votre candidature à la mission

Bonjour, nous avons bien noté que vous déclinez la mission « Ambassadrice du tri » qui vous était proposée. Nous vous souhaitons une bonne continuation.""",
        app("Perrine", "Auffret", phone="+33644710935", bac=3, grad="2026-06", status="b_perrine_decline_mission"),
    )),
    # Feature: offer_forwarded — graduation — j'ai eu ma licence en 2025
    # route: her lines above a forwarded offer «jeunes diplômé·es 2025-2026» (the employer's): «j'ai eu ma licence en 2025», a year alone, open read on 2027-02-22 → graduation_recent open → to_verify
    N("offer_forwarded", "graduation", "j'ai eu ma licence en 2025", M(
        "Yasmine Hadj-Ali <yasmine.hadjali@hotmail.fr>",
        "TR: Offre Chargé·e de projet jeunesse",
        "2027-02-22 19:20",
        """Bonsoir,

est-ce que je peux postuler à ça avec votre aide ? j'ai eu ma licence en 2025 (STAPS), je cherche un poste dans une asso sportive ou de jeunesse.

Yasmine Hadj-Ali 06 85 27 39 01

De : Profession Sport Loisirs 69 <offres@psl69.example.org>
Envoyé : samedi 20 février 2027 08:00
Objet : Offre Chargé·e de projet jeunesse

Poste ouvert aux jeunes diplômé·es 2025-2026, licence STAPS ou équivalent. CDD 10 mois.""",
        app("Yasmine", "Hadj-Ali", phone="+33685273901", bac=3, grad="2025", unknown=("graduation_recent",), status="b_yasmine_licence_2025"),
        html="only",
    )),
    # Feature: forward_other_mail — kind — les ateliers ont lieu en soirée
    # route: a friend's question forwarded (HTML only), no personal fact → question
    N("forward_other_mail", "kind", "les ateliers ont lieu en soirée", M(
        "Kenza Belarbi <kenza.belarbi@gmail.com>",
        "Fwd: horaires",
        "2027-02-22 20:30",
        """Bonsoir, question d'une amie qui travaille la journée :

---------- Forwarded message ---------
De : Nora <nora.b@example.net>
Date: lun. 22 févr. 2027 à 19:48
Subject: horaires

Tu peux leur demander si les ateliers ont lieu en soirée ou seulement en journée ?""",
        question(),
        html="only",
    )),
    # Feature: top_corrects_below — situation — petite mise à jour : mon stage a été prolongé jusqu'au 30 juin
    # route: the new text above updates her mail of 14 December 2026 below («mon stage finit le 31 janvier»): «petite mise à jour : mon stage a été prolongé jusqu'au 30 juin», running on 2027-02-23 → not_internship fails → not_eligible
    N("top_corrects_below", "situation", "petite mise à jour : mon stage a été prolongé jusqu'au 30 juin", M(
        "Charlotte Trinh <charlotte.trinh@gmail.com>",
        "Re: Inscription Pro'pulse",
        "2027-02-23 08:20",
        """Bonjour,

Petite mise à jour : mon stage a été prolongé jusqu'au 30 juin. Je comprends si ça repousse mon inscription.

Charlotte

Le lun. 14 déc. 2026 à 20:02, Charlotte Trinh <charlotte.trinh@gmail.com> a écrit :
> Bonjour, master Droit de l'économie sociale (2026), mon stage finit le 31 janvier et je voudrais m'inscrire pour février. Je vise un poste de juriste dans une fédération de coopératives. 06 27 19 84 56""",
        app("Charlotte", "Trinh", phone="+33627198456", bac=5, grad="2026", failing=("not_internship",), status="b_charlotte_stage_prolonge_juin"),
    )),
    # Feature: forward_other_mail — kind — Forum de l'emploi solidaire
    # route: a partner forwards a job fair's invitation for the participants; no application → other
    N("forward_other_mail", "kind", "Forum de l'emploi solidaire", M(
        "Maison de l'emploi de Roubaix <partenariats@mde-roubaix.example.fr>",
        "TR: Forum de l'emploi solidaire - 18 mars",
        "2027-02-23 09:00",
        """Bonjour,

Pour vos participant·es du Nord : le Forum de l'emploi solidaire a lieu le 18 mars. Transférez librement.

-------- Message transféré --------
Sujet : Forum de l'emploi solidaire - 18 mars
Date : Mon, 22 Feb 2027 15:10:00 +0100
De : CRESS Hauts-de-France <evenements@cress-hdf.example.org>

Forum de l'emploi solidaire : 40 structures de l'ESS recrutent. Jeudi 18 mars, 9 h – 17 h, Roubaix.""",
        other(),
    )),
    # Feature: top_corrects_below — graduation — rien n'a changé depuis
    # route: the new text above only repeats («rien n'a changé depuis») her mail of 23 November 2026 below: «master obtenu en septembre 2026»; the same fact → eligible
    N("top_corrects_below", "graduation", "rien n'a changé depuis", M(
        "Elsa Rocheteau <elsa.rocheteau@laposte.net>",
        "TR: Candidature",
        "2027-02-23 09:35",
        """Bonjour,

je vous renvoie ma candidature de novembre, rien n'a changé depuis, je cherche toujours !

Elsa

-------- Message transféré --------
Sujet : Candidature
Date : Mon, 23 Nov 2026 10:40:18 +0100
De : Elsa Rocheteau <elsa.rocheteau@laposte.net>
Pour : propulse@animafac.net

Bonjour,
Master Économie sociale et solidaire obtenu en septembre 2026 (Grenoble), je cherche un poste de chargée de développement dans une coopérative d'activité et d'emploi.
Elsa Rocheteau, 06 16 83 52 07""",
        app("Elsa", "Rocheteau", phone="+33616835207", bac=5, grad="2026-09", status="b_elsa_rien_change"),
    )),
    # Feature: inline_quoted — aim — la fonction publique territoriale, idéalement une mairie
    # route: her answers between another programme's quoted questionnaire: «la fonction publique territoriale, idéalement une mairie»; the quoted questions are not hers → job_seeking_ess fails → not_eligible
    N("inline_quoted", "aim", "la fonction publique territoriale, idéalement une mairie", M(
        "Maxence Loiseleur <maxence.loiseleur@gmail.com>",
        "Fwd: Questionnaire d'entrée",
        "2027-02-23 10:50",
        """Bonjour, j'avais rempli ça pour un autre dispositif, je vous le renvoie pour gagner du temps.

Le 3 févr. 2027 à 09:15, Dispositif Jeunes Diplômés <contact@jd-occitanie.example.org> a écrit :
> 1. Diplôme et année d'obtention ?

Master Administration publique, juin 2026.

> 2. Secteur recherché ?

La fonction publique territoriale, idéalement une mairie ou une communauté de communes.

> 3. Disponibilité ?

Immédiate.

Maxence Loiseleur, 06 59 40 27 18""",
        app("Maxence", "Loiseleur", phone="+33659402718", bac=5, grad="2026-06", failing=("job_seeking_ess",), status="b_maxence_fonction_publique"),
    )),
    # Feature: forward_other_mail — kind — Suite à notre échange, nous retenons la candidature
    # route: an employer forwards to us its decision about one of our participants (in no thread of ours): news for the programme, no application → other
    N("forward_other_mail", "kind", "Suite à notre échange, nous retenons la candidature", M(
        "Coopérative Ecopôle <direction@ecopole-coop.example.org>",
        "TR: Recrutement chargé·e de mission",
        "2027-02-23 11:30",
        """Bonjour l'équipe Pro'pulse,

Pour information, je vous transfère le mail envoyé à votre participante. Merci pour la mise en relation !

Florent, directeur

De : Coopérative Ecopôle
Envoyé : mardi 23 février 2027 11:25
Objet : Recrutement chargé·e de mission

Bonjour, suite à notre échange, nous retenons la candidature : prise de poste le 15 mars.""",
        other(),
    )),
    # Feature: inline_quoted — studies_finished — tout est rendu, j'attends le jury
    # ambiguous: everything handed in and the jury not yet held: whether the licence is obtained is open
    # route: her answers between an adviser's quoted questions: «tout est rendu, j'attends le jury» (no date), read on 2027-02-23 → studies_finished open → to_verify
    N("inline_quoted", "studies_finished", "tout est rendu, j'attends le jury", M(
        "Nadia Bouhadjar <nadia.bouhadjar@yahoo.fr>",
        "Re: Avant notre rendez-vous",
        "2027-02-23 12:30",
        """Bonjour, je mets Pro'pulse en copie comme convenu.

Le 19/02/2027 à 11:02, Pascale Giraud <p.giraud@ml-valence.example.fr> a écrit :
> Êtes-vous diplômée ?

Pas encore : tout est rendu, j'attends le jury de la licence pro.

> Quel poste cherchez-vous ?

Chargée d'accueil dans un centre social ou une association d'aide aux familles.

Nadia Bouhadjar
06 35 80 64 12""",
        app("Nadia", "Bouhadjar", phone="+33635806412", bac="*", grad=None, unknown=("studies_finished",), status="b_nadia_attends_le_jury"),
        headers={"Cc": "propulse@animafac.net"},
        to="Pascale Giraud <p.giraud@ml-valence.example.fr>",
    )),
    # Feature: english_forward — aim — NGOs or corporate CSR, whichever comes first
    # route: an English forward of her own mail of 1 February 2027: a search in «NGOs or corporate CSR, whichever comes first», an MSc of 2026; no choice of the ESS → job_seeking_ess open → to_verify, language en
    N("english_forward", "aim", "NGOs or corporate CSR, whichever comes first", M(
        "Ingrid Solheim <ingrid.solheim@outlook.com>",
        "Fwd: Job search – Ingrid Solheim",
        "2027-02-23 13:20",
        """Hi,

a friend in Nantes gave me your address. Here is what I sent to a recruiter earlier this month, it explains my profile.

Ingrid

---------- Forwarded message ---------
From: Ingrid Solheim <ingrid.solheim@outlook.com>
Date: Mon, 1 Feb 2027 at 09:20
Subject: Job search – Ingrid Solheim
To: <jobs@greenrecruit.example.com>

Dear recruiter,
I hold an MSc in Sustainability Management (Oslo, June 2026) and I am looking for a first job in sustainability – NGOs or corporate CSR, whichever comes first – in western France.
Ingrid Solheim, +47 912 38 405""",
        app("Ingrid", "Solheim", phone="+4791238405", bac=5, grad="2026-06", unknown=("job_seeking_ess",), language="en", status="b_ingrid_ngo_or_csr"),
    )),
    # Feature: forwarded_by_other — graduation — j'ai eu mon BTS en 2025
    # route: a Mission locale adviser forwards the applicant's own mail of 16 February 2027 (her address and phone in it): «j'ai eu mon BTS en 2025», a year alone, open read on 2027-02-23 → application forwarded_by the adviser; graduation_recent open → to_verify
    N("forwarded_by_other", "graduation", "j'ai eu mon BTS en 2025", M(
        "Hélène Dufresnoy <h.dufresnoy@ml-beauvais.example.fr>",
        "TR: inscription Pro'pulse",
        "2027-02-23 14:15",
        """Bonjour,

Je vous transfère le message d'une jeune que j'accompagne, avec son accord. Merci de la recontacter directement.

Hélène Dufresnoy
Conseillère Mission locale du Beauvaisis

De : Ornella Rasoanaivo <ornella.rasoanaivo@gmail.com>
Envoyé : mardi 16 février 2027 18:50
À : Hélène Dufresnoy
Objet : inscription Pro'pulse

Bonjour Madame, comme on a dit, pouvez-vous envoyer ma demande à Pro'pulse ? J'ai eu mon BTS en 2025 (SP3S) et je cherche un poste d'assistante dans une association d'aide à domicile. Mon numéro 07 58 24 91 06.
Ornella Rasoanaivo""",
        app("Ornella", "Rasoanaivo", phone="+33758249106", bac=2, grad="2025", email="ornella.rasoanaivo@gmail.com", unknown=("graduation_recent",), forwarded_by="h.dufresnoy@ml-beauvais.example.fr", status="b_ornella_bts_2025"),
    )),
    # Feature: nested_chain — studies_finished — rattrapage validé
    # route: a TR: TR: chain, the school's mail two levels down (29 January 2027): «rattrapage validé», the licence obtained in January 2027; her friend's level in the middle is no fact of hers → eligible
    N("nested_chain", "studies_finished", "rattrapage validé", M(
        "Kévin Lhermitte <kevin.lhermitte@gmail.com>",
        "TR: TR: Résultats session 2",
        "2027-02-23 15:40",
        """Bonjour,

Je vous fais suivre, c'est bon j'ai ma licence ! Je cherche un poste d'animateur en éducation à l'environnement dans une association ou un CPIE.

Kévin Lhermitte — 06 47 15 30 92

De : Mehdi Chaouch <mehdi.chaouch@example.com>
Envoyé : samedi 30 janvier 2027 10:12
À : Kévin Lhermitte
Objet : TR: Résultats session 2

Bravo mon frère !!! Moi je suis encore en L2 mdr

De : Scolarité L3 Sciences de la vie <scol-l3-sdv@univ-orleans.example.fr>
Envoyé : vendredi 29 janvier 2027 16:00
Objet : Résultats session 2

Session 2 : UE Écologie des populations — rattrapage validé. Licence Sciences de la vie obtenue, jury du 28 janvier 2027.""",
        app("Kévin", "Lhermitte", phone="+33647153092", bac=3, grad="2027-01", status="b_kevin_rattrapage_valide"),
    )),
    # Feature: forward_other_mail — kind — Je suis en congé jusqu'au 1er mars
    # route: an out-of-office (Auto-Submitted) of a school's careers officer quoting our mail → auto_reply
    N("forward_other_mail", "kind", "Je suis en congé jusqu'au 1er mars", M(
        "Bureau d'aide à l'insertion <baip@univ-brest.example.fr>",
        "Absence : Partenariat Pro'pulse 2027",
        "2027-02-23 16:00",
        """Je suis en congé jusqu'au 1er mars. Votre message sera traité à mon retour.

-----Message d'origine-----
De : Pro'pulse <propulse@animafac.net>
Objet : Partenariat Pro'pulse 2027

Bonjour, nous aimerions présenter Pro'pulse aux diplômé·es 2026 de l'université…""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: nested_chain — situation — je suis en mission chez eux jusqu'en juin
    # ambiguous: a «mission» whose nature (internship, civic service or contract) nobody in the chain says: both placement criteria open
    # route: a Fwd: Fwd: chain, her own words one level down (18 February 2027): «je suis en mission chez eux jusqu'en juin», running on 2027-02-23, its nature never said; a master of 2026 → not_internship and not_service_civique open → to_verify
    N("nested_chain", "situation", "je suis en mission chez eux jusqu'en juin", M(
        "Héloïse Fabre-Mendy <heloise.fabremendy@gmail.com>",
        "Fwd: Fwd: contact Animafac",
        "2027-02-23 17:05",
        """Bonjour,

Je vous fais suivre l'échange, c'est Julien qui m'a donné votre adresse.

Héloïse

---------- Forwarded message ---------
From: Héloïse Fabre-Mendy <heloise.fabremendy@gmail.com>
Date: jeu. 18 févr. 2027 à 21:30
Subject: Re: Fwd: contact Animafac
To: Julien Arnaud <julien.arnaud@example.org>

Merci Julien ! Pour l'instant je suis en mission chez eux jusqu'en juin, mais je veux préparer la suite : un vrai poste dans une asso de défense des droits. Master Droits de l'homme (2026). 06 73 28 45 19

---------- Forwarded message ---------
From: Julien Arnaud <julien.arnaud@example.org>
Date: jeu. 18 févr. 2027 à 12:04
Subject: contact Animafac

Salut Héloïse, voilà le contact de Pro'pulse dont je te parlais : propulse@animafac.net""",
        app("Héloïse", "Fabre-Mendy", phone="+33673284519", bac=5, grad="2026", unknown=("not_internship", "not_service_civique"), status="b_heloise_mission_jusqu_en_juin"),
    )),
    # Feature: attached_message — graduation — j'ai obtenu mon DEJEPS le mois dernier
    # route: her own mail of 19 October 2026 attached as message/rfc822: «j'ai obtenu mon DEJEPS le mois dernier» = September 2026 from that Date (not January 2027); her CV attached; a coordination post in an association sought → eligible
    N("attached_message", "graduation", "j'ai obtenu mon DEJEPS le mois dernier", M(
        "Tiphaine Guivarch <tiphaine.guivarch@orange.fr>",
        "Candidature Pro'pulse",
        "2027-02-23 18:20",
        """Bonjour,

Voir le mail en pièce jointe (envoyé à une fédération en octobre) et mon CV. Je cherche toujours un poste de coordinatrice dans une association d'éducation populaire.

Tiphaine Guivarch — 06 81 49 23 70

Bonjour,

J'ai obtenu mon DEJEPS le mois dernier (animation socio-éducative, développement de projets) et je me permets de vous proposer ma candidature pour un poste de coordinatrice de secteur jeunesse.

Bien cordialement,
Tiphaine Guivarch""",
        app("Tiphaine", "Guivarch", phone="+33681492370", bac=2, grad="2026-09", status="b_tiphaine_dejeps_mois_dernier"),
        cv=CV("pdf", "Tiphaine_Guivarch_CV.pdf", """Tiphaine Guivarch
Coordinatrice jeunesse
DEJEPS Animation socio-éducative ou culturelle — 2026
BPJEPS Loisirs tous publics — 2022
Animatrice puis directrice adjointe d'accueil de loisirs (2020-2025)"""),
        headers={"X-Forwards-Split": "2", "X-Forwards-Inner-From": "Tiphaine Guivarch <tiphaine.guivarch@orange.fr>", "X-Forwards-Inner-To": "recrutement@fol-finistere.example.org", "X-Forwards-Inner-Subject": "Candidature coordinatrice jeunesse", "X-Forwards-Inner-Date": "2026-10-19 11:15"},
    )),
    # Feature: attached_message — studies_finished — je reprends en janvier pour valider mes deux dernières UE
    # route: her own mail of 15 December 2026 attached as message/rfc822: «je reprends en janvier pour valider mes deux dernières UE», exams in May, the licence not obtained on 2027-02-23 → studies_finished fails → not_eligible (bac+2 last obtained)
    N("attached_message", "studies_finished", "je reprends en janvier pour valider mes deux dernières UE", M(
        "Rayan Mekki <rayan.mekki@gmail.com>",
        "Fwd : ma situation",
        "2027-02-23 20:45",
        """Bonjour, je vous joins le mail envoyé à ma tante qui travaille dans une asso, elle m'a dit de vous contacter. Rayan Mekki 06 11 95 37 48

Salut tata,

Je reprends en janvier pour valider mes deux dernières UE de licence AES, les examens sont en mai. J'ai déjà mon DUT GEA depuis 2024. Après je voudrais bosser dans une asso comme toi, côté gestion.

Bisous, Rayan""",
        app("Rayan", "Mekki", phone="+33611953748", bac=2, grad=None, failing=("studies_finished",), status="b_rayan_deux_dernieres_ue"),
        headers={"X-Forwards-Split": "1", "X-Forwards-Inner-From": "Rayan Mekki <rayan.mekki@gmail.com>", "X-Forwards-Inner-To": "Fatiha Mekki <fatiha.mekki@example.net>", "X-Forwards-Inner-Subject": "ma situation", "X-Forwards-Inner-Date": "2026-12-15 22:10"},
    )),
]
