"""Forwards corpus, batch 08 (writer B): Wednesday 24 – Friday 26 February 2027, each mail read on its own
Date's day. The month's end: an internship whose last day is the reading day, a civic service starting «le 1er
mars», mails of 2025 carried as proof with the two-year limit turning on them, attached mails and their CVs."""
# ruff: noqa: E501

from __future__ import annotations

from forwards import N
from kit import CV, M, app, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: own_mail_forwarded — level — un diplôme d'université (DU) Coordination de projets associatifs
    # ambiguous: a DU named without its entry level or length: whether it reaches bac+2 is open
    # route: her own mail of 9 November 2026 forwarded: her only diploma «un diplôme d'université (DU) Coordination de projets associatifs» of June 2026, no level said → degree_level open → to_verify
    N("own_mail_forwarded", "level", "un diplôme d'université (DU) Coordination de projets associatifs", M(
        "Apolline Daveau <apolline.daveau@gmail.com>",
        "TR: Candidature spontanée",
        "2027-02-24 08:30",
        """Bonjour,

Je vous fais suivre ma candidature envoyée à la Ligue en novembre, elle dit tout.

Apolline Daveau
06 26 71 48 03

-------- Message transféré --------
Sujet : Candidature spontanée
Date : Mon, 9 Nov 2026 09:12:44 +0100
De : Apolline Daveau <apolline.daveau@gmail.com>
Pour : recrutement@laligue-gironde.example.org

Madame, Monsieur,
Titulaire d'un diplôme d'université (DU) Coordination de projets associatifs (Bordeaux, juin 2026), je souhaite rejoindre une fédération d'éducation populaire comme assistante de coordination.
Apolline Daveau""",
        app("Apolline", "Daveau", phone="+33626714803", bac=None, grad="2026-06", unknown=("degree_level",), status="b_apolline_du_coordination"),
    )),
    # Feature: school_mail_forwarded — graduation — à l'issue du jury du 20 février 2025
    # route: the forwarded school mail of 3 March 2025: the BTS obtained «à l'issue du jury du 20 février 2025» (2025-02), exactly 24 months back on 2027-02-24, within the limit → eligible
    N("school_mail_forwarded", "graduation", "à l'issue du jury du 20 février 2025", M(
        "Noah Vidal-Mensah <noah.vidalmensah@outlook.fr>",
        "TR: Votre attestation de réussite est disponible",
        "2027-02-24 09:45",
        """Bonjour,

Je crois que je suis encore dans les clous pour les deux ans (voir l'attestation ci-dessous). Je cherche un poste de gestionnaire administratif dans une association ou une mutuelle.

Noah Vidal-Mensah
07 59 32 16 84

De : Lycée Jean-Moulin - BTS <bts@lycee-jeanmoulin.example.fr>
Envoyé : lundi 3 mars 2025 11:00
À : noah.vidalmensah@outlook.fr
Objet : Votre attestation de réussite est disponible

Bonjour,
Votre attestation de réussite au BTS Support à l'action managériale, obtenu à l'issue du jury du 20 février 2025 (session décalée), est disponible au secrétariat.""",
        app("Noah", "Vidal-Mensah", phone="+33759321684", bac=2, grad="2025-02", status="b_noah_jury_20_fevrier_2025"),
    )),
    # Feature: forward_other_mail — kind — Is the programme open to graduates from outside the EU
    # route: a friend's question forwarded in English, no personal fact → question
    N("forward_other_mail", "kind", "Is the programme open to graduates from outside the EU", M(
        "Priya Sundaram-Lowe <priya.sundaramlowe@gmail.com>",
        "Fwd: quick question",
        "2027-02-24 10:30",
        """Hi, forwarding a friend's question, thanks!

---------- Forwarded message ---------
From: Ana <ana.k@example.com>
Date: Tue, 23 Feb 2027 at 22:01
Subject: quick question

Is the programme open to graduates from outside the EU, and do you need a work permit first?""",
        question(language="en"),
    )),
    # Feature: adviser_forwarded — graduation — vous êtes diplômée depuis janvier 2025
    # route: the forwarded careers adviser's mail of 2 February 2027: «vous êtes diplômée depuis janvier 2025» (a licence), 25 months back on 2027-02-24 → graduation_recent fails → not_eligible
    N("adviser_forwarded", "graduation", "vous êtes diplômée depuis janvier 2025", M(
        "Lætitia Bongo <laetitia.bongo@gmail.com>",
        "Fwd: Votre rendez-vous du 2 février",
        "2027-02-24 11:20",
        """Bonjour, ma conseillère du SCUIO m'a dit de tenter quand même, son mail est en dessous. Je cherche un poste dans une association de commerce équitable.
Lætitia Bongo — 06 57 90 23 41

---------- Forwarded message ---------
De : Isabelle Corre <isabelle.corre@univ-orleans.example.fr>
Date: mar. 2 févr. 2027 à 17:10
Subject: Votre rendez-vous du 2 février
To: <laetitia.bongo@gmail.com>

Bonjour Lætitia,
Comme vous êtes diplômée depuis janvier 2025 (licence LEA, jury de janvier), vous êtes peut-être juste pour Pro'pulse (Animafac), mais renseignez-vous.
Isabelle Corre, chargée d'insertion — master GRH 2010""",
        app("Lætitia", "Bongo", phone="+33657902341", bac=3, grad="2025-01", failing=("graduation_recent",), status="b_laetitia_depuis_janvier_2025"),
    )),
    # Feature: english_forward — career_change — after eight years as a paralegal
    # route: an English forward of her own mail of 12 February 2027: «after eight years as a paralegal» she took an MA in 2026 to change careers → not_career_change fails → not_eligible, language en
    N("english_forward", "career_change", "after eight years as a paralegal", M(
        "Rebecca Ashworth-Diallo <rebecca.ashworthdiallo@gmail.com>",
        "Fwd: Career change – application",
        "2027-02-24 13:10",
        """Hello,

Forwarding what I sent to a charity in Lille last week – it sums up my situation. Could Pro'pulse help?

Rebecca

---------- Forwarded message ---------
From: Rebecca Ashworth-Diallo <rebecca.ashworthdiallo@gmail.com>
Date: Fri, 12 Feb 2027 at 18:25
Subject: Career change – application
To: <jobs@refugee-support-lille.example.org>

Dear team,
After eight years as a paralegal in London, I completed an MA in Migration Studies (September 2026) to change careers, and I would love to work on legal support for refugees in your association.
Rebecca Ashworth-Diallo, +33 7 51 64 20 98""",
        app("Rebecca", "Ashworth-Diallo", phone="+33751642098", bac=5, grad="2026-09", failing=("not_career_change",), language="en", status="b_rebecca_eight_years_paralegal"),
    )),
    # Feature: adviser_forwarded — aim — votre projet de travailler dans une coopérative d'habitants
    # route: an HTML-only mail forwarding the adviser's mail of 10 February 2027: «votre projet de travailler dans une coopérative d'habitants» (her aim, in the ESS), a master of 2026; the adviser's own ten years in a bank are hers → eligible
    N("adviser_forwarded", "aim", "votre projet de travailler dans une coopérative d'habitants", M(
        "Mateo Lindgren-Paz <mateo.lindgrenpaz@gmail.com>",
        "TR: Pro'pulse",
        "2027-02-24 14:00",
        """Bonjour,

Je vous transfère le mail de ma conseillère. Master Urbanisme et habitat, juillet 2026.

Mateo Lindgren-Paz
06 38 14 75 92

-------- Message transféré --------
Sujet : Pro'pulse
Date : Wed, 10 Feb 2027 10:30:00 +0100
De : Corinne Lafargue <corinne.lafargue@francetravail.example.fr>
Pour : mateo.lindgrenpaz@gmail.com

Bonjour Mateo,
Pour votre projet de travailler dans une coopérative d'habitants, je vous recommande Pro'pulse. Moi-même, après dix ans en banque, j'ai rejoint le conseil en emploi : n'hésitez pas à me solliciter.
Corinne Lafargue""",
        app("Mateo", "Lindgren-Paz", phone="+33638147592", bac=5, grad="2026-07", status="b_mateo_cooperative_habitants"),
        html="only",
    )),
    # Feature: offer_forwarded — studies_finished — je suis en L3, je finis en juin
    # route: her lines above a forwarded offer («licence exigée» is the employer's): «je suis en L3, je finis en juin», the licence not obtained on 2027-02-24 → studies_finished fails → not_eligible (bac+2 last obtained)
    N("offer_forwarded", "studies_finished", "je suis en L3, je finis en juin", M(
        "Romy Pelissier <romy.pelissier@gmail.com>",
        "Fwd: Offre animatrice nature",
        "2027-02-24 16:40",
        """Salut ! euh bonjour pardon. Je suis en L3, je finis en juin, et j'ai vu cette offre qui commence en septembre : est-ce que vous pouvez m'aider à postuler ? Mon DEUST est validé.

Romy 06 80 15 47 29

---------- Forwarded message ---------
De : CPIE Val de Loire <recrutement@cpie-valdeloire.example.org>
Date: lun. 22 févr. 2027 à 09:00
Subject: Offre animatrice nature

Animateur·ice nature, CDI à partir de septembre 2027, licence exigée.""",
        app("Romy", "Pelissier", phone="+33680154729", bac=2, grad=None, failing=("studies_finished",), status="b_romy_l3_finis_juin"),
    )),
    # Feature: forward_other_mail — kind — Undeliverable: Votre candidature à Pro'pulse
    # route: a delivery failure carrying our mail to a student address closed → bounce
    N("forward_other_mail", "kind", "Undeliverable: Votre candidature à Pro'pulse", M(
        "postmaster@etu.univ-lille.example.fr",
        "Undeliverable: Votre candidature à Pro'pulse",
        "2027-02-24 17:50",
        """La remise à ces destinataires a échoué :

baptiste.herve@etu.univ-lille.example.fr
Le compte a été désactivé (fin de scolarité).

----- Message d'origine -----
Objet : Votre candidature à Pro'pulse
Bonjour Baptiste, merci pour votre candidature…""",
        bounce("baptiste.herve@etu.univ-lille.example.fr"),
        bounce="""Reporting-MTA: dns; mx.etu.univ-lille.example.fr
Final-Recipient: rfc822; baptiste.herve@etu.univ-lille.example.fr
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 Mailbox disabled""",
    )),
    # Feature: forwarded_by_other — aim — je prendrai n'importe quel poste pour commencer
    # ambiguous: «n'importe quel poste», no sector chosen: whether the search is in the ESS is open
    # route: a father forwards his daughter's own mail of 20 February 2027 (her address and phone in it): «je prendrai n'importe quel poste pour commencer», a licence of 2026 → application forwarded_by the father; job_seeking_ess open → to_verify
    N("forwarded_by_other", "aim", "je prendrai n'importe quel poste pour commencer", M(
        "Gilles Poitevin <gilles.poitevin@free.fr>",
        "TR: ce que je cherche",
        "2027-02-24 19:15",
        """Bonjour,

Je vous transfère le message de ma fille. Elle est un peu perdue, votre programme pourrait l'aider.

Gilles Poitevin

----- Mail transféré -----
De : Maëlle Poitevin <maelle.poitevin@gmail.com>
À : Gilles Poitevin <gilles.poitevin@free.fr>
Envoyé : samedi 20 février 2027 15:02
Objet : ce que je cherche

Papa, pour répondre à ta question : licence d'histoire finie en juin 2026, et franchement je prendrai n'importe quel poste pour commencer. Mon portable si tes amis veulent m'appeler : 07 41 86 53 20.""",
        app("Maëlle", "Poitevin", phone="+33741865320", bac=3, grad="2026-06", email="maelle.poitevin@gmail.com", unknown=("job_seeking_ess",), forwarded_by="gilles.poitevin@free.fr", status="b_maelle_nimporte_quel_poste"),
    )),
    # Feature: attached_message — graduation — diplômée il y a un an et demi
    # ambiguous: «il y a un an et demi» counted from her attached mail of August 2026 is about February 2025, on the limit's edge and approximate: the date stays open
    # route: her own mail of 20 August 2026 attached as message/rfc822: a licence «diplômée il y a un an et demi», about February 2025 from that Date (not from the reading day), approximate at 24 months → graduation_recent open → to_verify
    N("attached_message", "graduation", "diplômée il y a un an et demi", M(
        "Clémence Yamamoto <clemence.yamamoto@gmail.com>",
        "Candidature + mail joint",
        "2027-02-24 21:05",
        """Bonjour, je joins le mail envoyé l'été dernier à une association, ma recherche n'a pas changé. Clémence Yamamoto, 06 18 55 73 40

Bonjour,

Diplômée il y a un an et demi d'une licence Langues et sociétés, je cherche un poste de chargée d'accueil du public dans une association culturelle ou de quartier.

Cordialement,
Clémence Yamamoto""",
        app("Clémence", "Yamamoto", phone="+33618557340", bac=3, grad=None, unknown=("graduation_recent",), status="b_clemence_un_an_et_demi"),
        headers={"X-Forwards-Split": "1", "X-Forwards-Inner-From": "Clémence Yamamoto <clemence.yamamoto@gmail.com>", "X-Forwards-Inner-To": "contact@maison-quartier-nancy.example.org", "X-Forwards-Inner-Subject": "Candidature chargée d'accueil", "X-Forwards-Inner-Date": "2026-08-20 14:30"},
    )),
    # Feature: forwarded_by_other — situation — je suis en stage jusqu'à fin mars
    # route: a friend forwards the applicant's own mail of 28 January 2027 (her address and phone in it): «je suis en stage jusqu'à fin mars», running on 2027-02-25 → application forwarded_by the friend; not_internship fails → not_eligible
    N("forwarded_by_other", "situation", "je suis en stage jusqu'à fin mars", M(
        "Antoine Grosjean <antoine.grosjean@gmail.com>",
        "Fwd: Pro'pulse pour Sabine",
        "2027-02-25 08:15",
        """Bonjour,

Mon amie Sabine m'a demandé de vous transmettre son message, elle n'avait pas votre adresse.

Antoine

---------- Forwarded message ---------
From: Sabine Ndzana <sabine.ndzana@yahoo.fr>
Date: jeu. 28 janv. 2027 à 20:40
Subject: Pro'pulse
To: Antoine Grosjean <antoine.grosjean@gmail.com>

Antoine tu peux transmettre stp : je m'appelle Sabine Ndzana, master Sciences politiques (2026), je suis en stage jusqu'à fin mars à la Fondation Abbé-Pierre et je voudrais un poste de chargée de plaidoyer dans une association. 06 34 78 12 59""",
        app("Sabine", "Ndzana", phone="+33634781259", bac=5, grad="2026", email="sabine.ndzana@yahoo.fr", failing=("not_internship",), forwarded_by="antoine.grosjean@gmail.com", status="b_sabine_stage_fin_mars"),
    )),
    # Feature: forward_other_mail — kind — si on peut suivre Pro'pulse en étant auto-entrepreneur
    # route: a friend's general question forwarded, no fact of the writer's own → question
    N("forward_other_mail", "kind", "si on peut suivre Pro'pulse en étant auto-entrepreneur", M(
        "Lorenzo Baptiste <lorenzo.baptiste@hotmail.fr>",
        "TR: question",
        "2027-02-25 09:30",
        """Bonjour, je vous transfère la question d'un copain.

De : Karim
Envoyé : mercredi 24 février 2027 18:40
Objet : question

Tu peux demander si on peut suivre Pro'pulse en étant auto-entrepreneur à côté ?""",
        question(),
    )),
    # Feature: placement_forwarded — situation — la mission débutera le 1er mars
    # route: the forwarded agency mail of 19 February 2027: a civic service accepted, «la mission débutera le 1er mars», after the reading day 2027-02-25: not yet a situation; a BTS of 2026 → eligible
    N("placement_forwarded", "situation", "la mission débutera le 1er mars", M(
        "Loan Guérin-Bessa <loan.guerinbessa@laposte.net>",
        "Fwd: Mission retenue",
        "2027-02-25 10:05",
        """Bonjour,

J'ai accepté un service civique (mail ci-dessous) mais je voudrais quand même être accompagné pour trouver un emploi dans une association après. BTS ESF 2026.

Loan Guérin-Bessa
07 48 63 21 95

---------- Forwarded message ---------
From: Service civique Pays de la Loire <sc-pdl@asso-jeunesse.example.org>
Date: Fri, Feb 19, 2027 at 3:00 PM
Subject: Mission retenue

Bonjour Loan, votre candidature est retenue : la mission débutera le 1er mars pour 8 mois.""",
        app("Loan", "Guérin-Bessa", phone="+33748632195", bac=2, grad="2026", status="b_loan_mission_1er_mars"),
    )),
    # Feature: top_corrects_below — level — ce n'était pas un BTS mais un titre professionnel
    # route: the new text above corrects her mail of 4 February 2027 below («j'ai un BTS»): «ce n'était pas un BTS mais un titre professionnel», its level not known to her → degree_level open → to_verify
    N("top_corrects_below", "level", "ce n'était pas un BTS mais un titre professionnel", M(
        "Djeneba Traoré-Lopez <djeneba.traorelopez@hotmail.fr>",
        "Re: candidature (erreur)",
        "2027-02-25 11:30",
        """Bonjour,

Je me suis trompée dans mon premier mail : ce n'était pas un BTS mais un titre professionnel (Assistante de direction), je ne sais pas quel niveau. Désolée !

Djeneba

Le jeu. 4 févr. 2027 à 19:12, Djeneba Traoré-Lopez <djeneba.traorelopez@hotmail.fr> a écrit :
> Bonjour, j'ai un BTS depuis juin 2026 et je cherche un poste d'assistante dans une association. 06 72 30 58 14""",
        app("Djeneba", "Traoré-Lopez", phone="+33672305814", bac=None, grad="2026-06", unknown=("degree_level",), status="b_djeneba_pas_un_bts"),
    )),
    # Feature: attached_message — situation — mon service civique se termine le 31 janvier
    # route: her own mail of 7 December 2026 attached as message/rfc822: «mon service civique se termine le 31 janvier», over on 2027-02-25; a BTS of 2026 and her CV → eligible
    N("attached_message", "situation", "mon service civique se termine le 31 janvier", M(
        "Ewen Le Gall-Mbaye <ewen.legallmbaye@gmail.com>",
        "Candidature Pro'pulse",
        "2027-02-25 12:40",
        """Bonjour,

Ci-joint le mail que j'avais envoyé à ma tutrice en décembre, et mon CV. Je cherche un poste d'animateur dans une association d'éducation à l'environnement.

Ewen Le Gall-Mbaye — 06 28 93 40 16

Bonjour Sophie,

Comme prévu, mon service civique se termine le 31 janvier. Merci encore pour ces huit mois, j'ai beaucoup appris. Je vais chercher un poste dans l'éducation à l'environnement.

Ewen""",
        app("Ewen", "Le Gall-Mbaye", phone="+33628934016", bac=2, grad="2026", status="b_ewen_sc_fin_31_janvier"),
        cv=CV("odt", "CV_Ewen_LeGallMbaye.odt", """Ewen Le Gall-Mbaye
BTS Gestion et protection de la nature — 2026
Service civique, Bretagne Vivante, juin 2026 – janvier 2027
06 28 93 40 16"""),
        headers={"X-Forwards-Split": "2", "X-Forwards-Inner-From": "Ewen Le Gall-Mbaye <ewen.legallmbaye@gmail.com>", "X-Forwards-Inner-To": "Sophie Riou <s.riou@bretagne-vivante.example.org>", "X-Forwards-Inner-Subject": "Fin de mission", "X-Forwards-Inner-Date": "2026-12-07 18:20"},
    )),
    # Feature: inline_quoted — graduation — mars 2025
    # route: her answers between our pasted form's quoted questions: «> Date d'obtention ?» then «mars 2025», 23 months back on 2027-02-25; her CV attached → eligible
    N("inline_quoted", "graduation", "mars 2025", M(
        "Mathilde Quesnel <mathilde.quesnel@gmail.com>",
        "Formulaire Pro'pulse",
        "2027-02-25 14:50",
        """Bonjour, le formulaire du site ne marchait pas, je réponds ici.

> Diplôme le plus élevé ?
Master Gestion des ressources humaines (CNAM).

> Date d'obtention ?
mars 2025

> Quel poste, dans quel type de structure ?
Chargée RH dans une association médico-sociale.

Mathilde Quesnel
06 93 41 26 58""",
        app("Mathilde", "Quesnel", phone="+33693412658", bac=5, grad="2025-03", status="b_mathilde_mars_2025"),
        cv=CV("docx", "Quesnel_Mathilde_CV.docx", """Mathilde Quesnel
Master Gestion des ressources humaines — CNAM, mars 2025
Assistante RH (CDD), association d'aide à domicile, 2025-2026
06 93 41 26 58"""),
    )),
    # Feature: forward_other_mail — kind — merci pour le lien
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our mail quoted) thanking for a link → reply
    N("forward_other_mail", "kind", "merci pour le lien", M(
        "Inaya Meziane <inaya.meziane@gmail.com>",
        "Re: Lien de la visio de jeudi",
        "2027-02-25 16:05",
        """Bonjour, merci pour le lien, à jeudi !

Le mer. 24 févr. 2027 à 17:30, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Inaya, voici le lien de la visio de jeudi 4 mars à 18 h.""",
        reply(),
        headers={"In-Reply-To": "<visio-2027-02-24-1730@animafac.net>", "References": "<visio-2027-02-24-1730@animafac.net>"},
    )),
    # Feature: nested_chain — level — niveau bac+3 (licence)
    # route: a TR: TR: chain, two levels down the recognition body's mail of 14 January 2027: her Tunisian licence compared at «niveau bac+3 (licence)», a degree of 2025-07; the sister's M1 in the middle is hers → eligible
    N("nested_chain", "level", "niveau bac+3 (licence)", M(
        "Yosra Mejri <yosra.mejri@gmail.com>",
        "TR: TR: Attestation de comparabilité",
        "2027-02-25 17:20",
        """Bonjour,

Je vous transmets la chaîne avec l'attestation de comparabilité de mon diplôme, obtenu à Sousse en juillet 2025. Je cherche un poste de comptable dans une association ou une coopérative.

Yosra Mejri
07 63 18 40 57

De : Amel Mejri <amel.mejri@example.com>
Envoyé : vendredi 15 janvier 2027 08:30
À : Yosra Mejri
Objet : TR: Attestation de comparabilité

Je l'ai reçue sur mon adresse (moi qui suis encore en M1, c'est moi qui avais fait la demande pour toi !).

De : ENIC-NARIC France <ne-pas-repondre@enic-naric.example.fr>
Envoyé : jeudi 14 janvier 2027 16:40
Objet : Attestation de comparabilité

Le diplôme « Licence fondamentale en sciences comptables » (Tunisie, 3 ans) est comparable au niveau bac+3 (licence) en France.""",
        app("Yosra", "Mejri", phone="+33763184057", bac=3, grad="2025-07", status="b_yosra_comparabilite_bac3"),
    )),
    # Feature: forward_other_mail — kind — Les nouvelles des anciens
    # route: a school's alumni newsletter forwarded by its list (List-Unsubscribe); its «promo 2025» are its readers → newsletter
    N("forward_other_mail", "kind", "Les nouvelles des anciens", M(
        "Réseau des anciens de l'IRTS <anciens@irts-paca.example.fr>",
        "TR: Les nouvelles des anciens — février",
        "2027-02-25 18:00",
        """Les nouvelles des anciens — février 2027

Transmis à nos partenaires de l'insertion :
- Trois diplômées de la promo 2025 racontent leur premier poste
- Offres : éducateur·ice spécialisé·e, assistant·e social·e (DEES, DEASS)
- Afterwork des anciens le 12 mars

Se désinscrire : https://irts-paca.example.fr/anciens/desinscription""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://irts-paca.example.fr/anciens/desinscription>", "Precedence": "bulk"},
    )),
    # Feature: english_forward — graduation — I graduated in 2025
    # route: an English mother forwards her daughter's own note of 22 February 2027 (her address in it): «I graduated in 2025», a year alone, open read on 2027-02-26 → application forwarded_by the mother; graduation_recent open → to_verify, language en
    N("english_forward", "graduation", "I graduated in 2025", M(
        "Margaret Okonkwo-Reilly <m.okonkwo.reilly@btinternet.example.com>",
        "Fwd: for the French programme",
        "2027-02-26 08:50",
        """Good morning,

I am forwarding my daughter's note below; she is in Toulouse and hoped I could find the right contact. Please write to her directly.

Kind regards,
Margaret Okonkwo-Reilly

Begin forwarded message:

From: Chidinma Reilly <chidinma.reilly@gmail.com>
Subject: for the French programme
Date: 22 February 2027 at 21:14:03 GMT
To: Margaret Okonkwo-Reilly <m.okonkwo.reilly@btinternet.example.com>

Mum, can you send this to the Animafac people? I graduated in 2025 (BSc Sociology, three years) and I want a job in a French association working with young people. My French number is 07 82 36 91 45.""",
        app("Chidinma", "Reilly", phone="+33782369145", bac=3, grad="2025", email="chidinma.reilly@gmail.com", unknown=("graduation_recent",), forwarded_by="m.okonkwo.reilly@btinternet.example.com", language="en", status="b_chidinma_graduated_2025"),
    )),
    # Feature: placement_forwarded — situation — du 4 janvier au 26 février 2027
    # route: the forwarded agreement mail of 18 December 2026: an internship «du 4 janvier au 26 février 2027», and above «aujourd'hui c'est mon dernier jour»: it ends on the reading day 2027-02-26, nothing runs after → eligible
    N("placement_forwarded", "situation", "du 4 janvier au 26 février 2027", M(
        "Imane Chergui <imane.chergui@gmail.com>",
        "TR: Convention de stage signée",
        "2027-02-26 09:10",
        """Bonjour,

aujourd'hui c'est mon dernier jour de stage (convention ci-dessous), et lundi je suis disponible ! Licence pro Métiers de l'animation sociale (2026), je cherche un poste d'animatrice dans un centre social.

Imane Chergui
06 19 42 68 37

-----Message d'origine-----
De : Service des stages <stages@iut-tours.example.fr>
Envoyé : vendredi 18 décembre 2026 10:45
Objet : Convention de stage signée

Votre convention de stage avec le Centre social du Sanitas est signée : stage du 4 janvier au 26 février 2027.""",
        app("Imane", "Chergui", phone="+33619426837", bac=3, grad="2026", status="b_imane_stage_fin_26_fevrier"),
    )),
    # Feature: school_mail_forwarded — studies_finished — le jury de diplomation se réunira le 15 mars
    # ambiguous: every exam sat and the diploma jury after the reading day: whether the DEES is obtained is open
    # route: the forwarded school mail of 22 February 2027: all certifications taken, «le jury de diplomation se réunira le 15 mars», after 2027-02-26 → studies_finished open → to_verify
    N("school_mail_forwarded", "studies_finished", "le jury de diplomation se réunira le 15 mars", M(
        "Anthony Delmas-Ouattara <anthony.delmasouattara@gmail.com>",
        "TR: Fin des épreuves de certification",
        "2027-02-26 10:20",
        """Bonjour,

J'ai passé toutes mes épreuves, il ne reste que le jury (mail de l'école ci-dessous). Je cherche un poste d'éducateur spécialisé dans une association de protection de l'enfance.

Anthony Delmas-Ouattara
06 74 52 18 39

-------- Message transféré --------
Sujet : Fin des épreuves de certification
Date : Mon, 22 Feb 2027 12:00:00 +0100
De : Direction des études <etudes@ets-lyon.example.fr>

Les épreuves de certification du DEES sont terminées. Le jury de diplomation se réunira le 15 mars ; les résultats seront affichés le lendemain.""",
        app("Anthony", "Delmas-Ouattara", phone="+33674521839", bac="*", grad=None, unknown=("studies_finished",), status="b_anthony_jury_15_mars"),
    )),
    # Feature: attached_message — aim — chargée de mission RSE, en entreprise ou en association
    # route: her own mail of 1 February 2027 attached as message/rfc822: a search as «chargée de mission RSE, en entreprise ou en association», a master of 2026; no choice of the ESS → job_seeking_ess open → to_verify
    N("attached_message", "aim", "chargée de mission RSE, en entreprise ou en association", M(
        "Bérengère Tissandier <berengere.tissandier@orange.fr>",
        "mail + CV",
        "2027-02-26 11:15",
        """Bonjour, voir le mail en pièce jointe et mon CV. Bérengère Tissandier, 06 50 29 84 17

Bonjour,

Titulaire d'un master Management de la transition écologique (2026), je recherche un poste de chargée de mission RSE, en entreprise ou en association, en région lyonnaise.

Bérengère Tissandier""",
        app("Bérengère", "Tissandier", phone="+33650298417", bac=5, grad="2026", unknown=("job_seeking_ess",), status="b_berengere_rse_entreprise_ou_asso"),
        cv=CV("pdf", "Tissandier_CV_2027.pdf", """Bérengère Tissandier
Master Management de la transition écologique — 2026
Stage RSE, groupe agroalimentaire (6 mois, 2026)
berengere.tissandier@orange.fr"""),
        headers={"X-Forwards-Split": "1", "X-Forwards-Inner-From": "Bérengère Tissandier <berengere.tissandier@orange.fr>", "X-Forwards-Inner-To": "candidatures@talents-durables.example.com", "X-Forwards-Inner-Subject": "Candidature spontanée RSE", "X-Forwards-Inner-Date": "2027-02-01 09:00"},
    )),
    # Feature: forward_other_mail — kind — je vous transfère la réponse négative
    # route: a participant forwards an employer's refusal outside our threads, for her coach: news, no application → other
    N("forward_other_mail", "kind", "je vous transfère la réponse négative", M(
        "Noémie Garreau <noemie.garreau@gmail.com>",
        "TR: Votre candidature",
        "2027-02-26 13:40",
        """Bonjour Samia,

Comme convenu je vous transfère la réponse négative de l'asso, on en parle à notre prochain point ?

Noémie

-----Message d'origine-----
De : Association Les Petits Débrouillards 44 <rh@debrouillards44.example.org>
Envoyé : jeudi 25 février 2027 17:02
Objet : Votre candidature

Madame, nous avons le regret de vous informer que votre candidature n'a pas été retenue.""",
        other(),
    )),
    # Feature: forward_other_mail — kind — merci de relayer cette offre auprès de vos jeunes
    # route: a Scop forwards its own offer «merci de relayer cette offre auprès de vos jeunes»; its «bac+2» is the offer's → other
    N("forward_other_mail", "kind", "merci de relayer cette offre auprès de vos jeunes", M(
        "Scop Atelier Vélo Solidaire <contact@atelier-velo-solidaire.example.org>",
        "TR: Offre mécanicien·ne animateur·ice",
        "2027-02-26 15:30",
        """Bonjour Pro'pulse,

merci de relayer cette offre auprès de vos jeunes !

De : Scop Atelier Vélo Solidaire
Envoyé : vendredi 26 février 2027 15:20
Objet : Offre mécanicien·ne animateur·ice

CDI 30 h à Grenoble, bac+2 ou expérience équivalente, débutant·e bienvenu·e. Démarrage en avril.""",
        other(),
    )),
]
