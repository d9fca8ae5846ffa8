"""Updates corpus, batch 03 (writer A): own_mail_below («-----Message d'origine-----» resent unchanged; «Fwd:»
with a changed aim on top; «a écrit :» with «>» lines and a stage ended early on top; a question then the
same question forwarded with his facts on top), answers_in_our_thread (a year given in our thread; a year
confirmed then a thank-you; a new mail outside the thread giving the aim asked for; a career change answered)
and relaunch (a CV sent, «avez-vous bien reçu ma candidature ?», then the CV again; a relaunch telling a
training begun, his auto-reply between; a "following up" in our thread, in English). Messages in arrival
order."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, question, reply
from updates import N

MESSAGES = [
    # Feature: own_mail_below — aim — travailler dans le social
    # ambiguous: «travailler dans le social» may be a department's social services, a private nursing home or an association: job_seeking_ess open
    # route: Margaux's first mail; the BTS ESF of June 2026, the aim «travailler dans le social» → application; bac+2 of 2026, the aim's sector unknown → job_seeking_ess open → to verify
    N("own_mail_below", "aim", "travailler dans le social", M(
        "Margaux Lebrun <margaux.lebrun@gmail.com>", "Candidature", "10-02 16:30",
        """Bonjour,

J'ai eu mon BTS Économie sociale familiale en juin 2026 à Paris. J'aimerais travailler dans le social, auprès des familles, et je ne sais pas trop par où commencer.

Pouvez-vous m'accompagner ?

Margaux Lebrun
06 27 45 81 30""",
        app("Margaux", "Lebrun", phone="+33627458130", bac=2, grad="2026-06", unknown=("job_seeking_ess",), status="margaux_bts_esf_social"),
    ), person="margaux_lebrun"),
    # Feature: answers_in_our_thread — graduation — un master de sociologie
    # ambiguous: the master is named with its university but no year, and nothing dates it: graduation_recent open
    # route: Pauline's first mail; a master of sociology without a year, an association sought → application; bac+5, the year unknown → graduation_recent open → to verify
    N("answers_in_our_thread", "graduation", "un master de sociologie", M(
        "Pauline Chevalier <pauline.chevalier@laposte.net>", "Demande d'accompagnement", "10-05 11:10",
        """Bonjour,

Je suis titulaire d'un master de sociologie de l'université de Nantes et je cherche un poste de chargée d'études dans une association ou une fédération du secteur social.

Pouvez-vous me dire comment se passe l'inscription ?

Cordialement,
Pauline Chevalier""",
        app("Pauline", "Chevalier", phone=None, bac=5, grad=None, unknown=("graduation_recent",), status="pauline_master_sans_annee"),
    ), person="pauline_chevalier"),
    # Feature: relaunch — level — licence professionnelle métiers de l'animation sociale
    # route: Justine's first mail with her CV (docx); the licence pro of June 2025 in the mail and the CV, an association sought → application; bac+3 of 2025, ESS sought → eligible
    N("relaunch", "level", "licence professionnelle métiers de l'animation sociale", M(
        "Justine Morin <justine.morin59@outlook.fr>", "Candidature Pro'pulse - Justine Morin", "10-06 08:55",
        """Bonjour,

Vous trouverez ci-joint mon CV. J'ai obtenu en juin 2025 une licence professionnelle métiers de l'animation sociale à l'université de Lille, et je cherche un poste d'animatrice coordinatrice dans une association de quartier ou un centre social.

Je reste à votre disposition,
Justine Morin
07 59 13 84 26""",
        app("Justine", "Morin", phone="+33759138426", bac=3, grad="2025-06", status="justine_licence_pro_cv"),
        cv=CV("docx", "CV_Justine_Morin.docx", """Justine Morin
07 59 13 84 26 - justine.morin59@outlook.fr
Formation
2025 Licence professionnelle métiers de l'animation sociale, Université de Lille
2023 DUT Carrières sociales, IUT de Tourcoing
Expériences
2025-2026 Animatrice vacataire, centre social Lazare-Garreau, Lille"""),
    ), person="justine_morin"),
    # Feature: answers_in_our_thread — kind — obtenu en juin 2025
    # route: Pauline's answer in our thread (In-Reply-To <…@animafac.net>, our question quoted): the year of her master → reply
    N("answers_in_our_thread", "kind", "obtenu en juin 2025", M(
        "Pauline Chevalier <pauline.chevalier@laposte.net>", "Re: Demande d'accompagnement", "10-09 09:48",
        """Bonjour,

Pour répondre à votre question : mon master a été obtenu en juin 2025.

Bonne journée,
Pauline Chevalier

Le 08/10/2026 à 17:12, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Pauline,
> Merci pour votre message. En quelle année avez-vous obtenu votre master ?
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<suivi-2026-10-08-0154@animafac.net>"},
    ), person="pauline_chevalier"),
    # Feature: own_mail_below — aim — un cabinet de conseil en stratégie
    # route: Samuel's first mail; the master of June 2025, a strategy consultancy sought → application; bac+5 of 2025, consulting outside the ESS → fails job_seeking_ess → not eligible
    N("own_mail_below", "aim", "un cabinet de conseil en stratégie", M(
        "Samuel Diallo <samuel.diallo@gmail.com>", "Candidature", "10-10 18:02",
        """Bonjour,

J'ai obtenu en juin 2025 un master de management à l'IAE de Lille. Je cherche un poste de consultant junior dans un cabinet de conseil en stratégie.

Merci de me dire si votre programme peut m'aider.

Samuel Diallo
06 19 52 13 78""",
        app("Samuel", "Diallo", phone="+33619521378", bac=5, grad="2025-06", failing=("job_seeking_ess",), status="samuel_master_conseil"),
    ), person="samuel_diallo"),
    # Feature: relaunch — aim — une association de protection de l'environnement
    # route: Maxime's first mail; the BTS of June 2026, an environmental association sought, nothing running → application; bac+2 of 2026, ESS sought → eligible
    N("relaunch", "aim", "une association de protection de l'environnement", M(
        "Maxime Guérin <maxime.guerin@free.fr>", "Programme Pro'pulse", "10-13 13:20",
        """Bonjour,

J'ai eu mon BTS Gestion et protection de la nature en juin 2026. Je voudrais travailler comme animateur nature dans une association de protection de l'environnement, en Île-de-France.

Merci d'avance,
Maxime Guérin
06 38 74 50 12""",
        app("Maxime", "Guérin", phone="+33638745012", bac=2, grad="2026-06", status="maxime_bts_gpn"),
    ), person="maxime_guerin"),
    # Feature: answers_in_our_thread — graduation — licence professionnelle obtenue en 2021
    # route: Mehdi's first mail; the licence pro of 2021 in the first paragraph → application; bac+3 of 2021, five years ago → fails graduation_recent → not eligible
    N("answers_in_our_thread", "graduation", "licence professionnelle obtenue en 2021", M(
        "Mehdi Boukhari <mehdi.boukhari@gmail.com>", "Inscription", "10-14 21:35",
        """Bonjour,

J'ai une licence professionnelle obtenue en 2021 (gestion des organisations de l'économie sociale, Aix-Marseille). Depuis je travaille dans la restauration, et je voudrais revenir vers mon domaine : une association ou une coopérative.

Mehdi Boukhari""",
        app("Mehdi", "Boukhari", phone=None, bac=3, grad="2021", failing=("graduation_recent",), status="mehdi_licence_pro_2021"),
    ), person="mehdi_boukhari"),
    # Feature: own_mail_below — situation — stage hors cursus jusqu'au 15 décembre
    # route: Chloé's first mail with her CV (pdf); the master of September 2026, a stage outside the curriculum running to 15 December in the second paragraph → application; bac+5 of 2026 but a stage running → fails not_internship → not eligible
    N("own_mail_below", "situation", "stage hors cursus jusqu'au 15 décembre", M(
        "Chloé Renaud <chloe.renaud69@gmail.com>", "Candidature Pro'pulse", "10-17 10:12",
        """Bonjour,

J'ai validé en septembre 2026 un master « développement des territoires » à Lyon 2 (CV ci-joint).

Je fais en ce moment un stage hors cursus jusqu'au 15 décembre au sein d'une communauté de communes. J'aimerais ensuite être chargée de mission dans une association de développement local ou un pôle territorial de coopération économique.

Bien à vous,
Chloé Renaud""",
        app("Chloé", "Renaud", phone=None, bac=5, grad="2026-09", failing=("not_internship",), status="chloe_stage_hors_cursus"),
        cv=CV("pdf", "CV_Chloe_Renaud.pdf", """Chloé Renaud
chloe.renaud69@gmail.com
Formation
2026 Master Développement des territoires, Université Lumière Lyon 2
2024 Licence de géographie, Lyon 2
Expériences
Depuis septembre 2026 : stagiaire, communauté de communes des Monts du Lyonnais
2025 : stage, association Rhône Développement Initiative"""),
    ), person="chloe_renaud"),
    # Feature: answers_in_our_thread — aim — je ne sais pas encore quel type de structure
    # ambiguous: «je ne sais pas encore quel type de structure» leaves the employer's sector unsaid: job_seeking_ess open
    # route: Laura's first mail; the BTS of June 2026, the aim unsettled → application; bac+2 of 2026, the aim's sector unknown → job_seeking_ess open → to verify
    N("answers_in_our_thread", "aim", "je ne sais pas encore quel type de structure", M(
        "Laura Fontaine <laura.fontaine35@gmail.com>", "Candidature", "10-20 15:44",
        """Bonjour,

J'ai eu mon BTS Conseil et commercialisation de solutions techniques en juin 2026 à Rennes. Je veux un poste d'assistante commerciale, mais je ne sais pas encore quel type de structure.

Laura Fontaine
07 81 40 26 93""",
        app("Laura", "Fontaine", phone="+33781402693", bac=2, grad="2026-06", unknown=("job_seeking_ess",), status="laura_bts_structure_inconnue"),
    ), person="laura_fontaine"),
    # Feature: answers_in_our_thread — kind — oui, c'était bien en 2021
    # route: Mehdi's answer in our thread (In-Reply-To <…@animafac.net>, our question quoted): the year confirmed → reply
    N("answers_in_our_thread", "kind", "oui, c'était bien en 2021", M(
        "Mehdi Boukhari <mehdi.boukhari@gmail.com>", "Re: Inscription", "10-21 12:05",
        """Bonjour,

Oui, c'était bien en 2021, je n'ai pas d'autre diplôme depuis. Je comprends si ça ne rentre pas dans les critères, mais je suis preneur d'un rendez-vous pour en parler.

Mehdi

Le 20 oct. 2026 à 11:30, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Mehdi,
> Pouvez-vous nous confirmer l'année de votre licence professionnelle ? Le programme s'adresse aux diplômés des deux dernières années.""",
        reply(),
        headers={"In-Reply-To": "<suivi-2026-10-20-0310@animafac.net>"},
    ), person="mehdi_boukhari"),
    # Feature: relaunch — studies_finished — is still being validated by the university
    # ambiguous: "still being validated by the university" may mean a jury still to sit or a diploma merely not yet delivered: studies_finished open
    # route: Zoe's first mail (en); the master's «still being validated», a charity sought → application (en); bac+5, the studies' end unsettled → studies_finished open → to verify
    N("relaunch", "studies_finished", "is still being validated by the university", M(
        "Zoe Hartley <zoe.hartley@gmail.com>", "Application to Pro'pulse", "10-21 19:58",
        """Hello,

I'm Zoe, a British student living in Toulouse. My master's in European Studies at Toulouse Capitole is still being validated by the university, so I don't have the certificate yet.

I'd like to work for a charity or a cooperative in the field of European mobility for young people. Would your programme be open to me?

Many thanks,
Zoe Hartley""",
        app("Zoe", "Hartley", phone=None, bac=5, grad=None, unknown=("studies_finished",), language="en", status="zoe_master_en_validation"),
    ), person="zoe_hartley"),
    # Feature: own_mail_below — kind — ouvert aux personnes en service civique
    # route: Florian's first mail, a question on whether the programme takes people in civic service, none of his facts told → question
    N("own_mail_below", "kind", "ouvert aux personnes en service civique", M(
        "Florian Aubert <florian.aubert67@gmail.com>", "Question sur le programme", "10-24 17:15",
        """Bonjour,

Votre programme est-il ouvert aux personnes en service civique, ou faut-il avoir terminé sa mission ?

Merci,
Florian Aubert""",
        question(),
    ), person="florian_aubert"),
    # Feature: relaunch — kind — avez-vous bien reçu ma candidature
    # route: Justine's second mail, a relaunch with no facts and no CV asking whether her application arrived → question
    N("relaunch", "kind", "avez-vous bien reçu ma candidature", M(
        "Justine Morin <justine.morin59@outlook.fr>", "Relance", "10-27 09:02",
        """Bonjour,

Je me permets de vous relancer : avez-vous bien reçu ma candidature envoyée le 6 octobre ? Je n'ai pas eu de retour.

Merci,
Justine Morin""",
        question(),
    ), person="justine_morin"),
    # Feature: answers_in_our_thread — aim — pour répondre à votre question d'hier
    # route: Laura's NEW mail outside our thread (its own subject, no In-Reply-To) answering our question: an association of insertion sought, the BTS of 2026 repeated → application; bac+2 of 2026, ESS sought → eligible
    N("answers_in_our_thread", "aim", "pour répondre à votre question d'hier", M(
        "Laura Fontaine <laura.fontaine35@gmail.com>", "Précisions - candidature Laura Fontaine", "10-28 12:20",
        """Bonjour,

Pour répondre à votre question d'hier (je n'arrive plus à retrouver votre mail, d'où ce nouveau message) : j'ai réfléchi et je cherche un poste d'assistante commerciale dans une entreprise d'insertion ou une ressourcerie, pour vendre quelque chose qui a du sens.

Pour rappel, BTS CCST obtenu en juin 2026 à Rennes.

Laura Fontaine
07 81 40 26 93""",
        app("Laura", "Fontaine", phone="+33781402693", bac=2, grad="2026-06", status="laura_insertion_nouveau_mail"),
    ), person="laura_fontaine"),
    # Feature: answers_in_our_thread — career_change — après six ans comme infirmier
    # ambiguous: six years as a nurse then a master of public health and a prevention coordinator's post sought: he neither says he leaves nursing nor that he stays in it: not_career_change open
    # route: Hugo's first mail; the master of June 2026 after six years of nursing, a health prevention association sought → application; bac+5 of 2026, ESS sought, the career change unsettled → not_career_change open → to verify
    N("answers_in_our_thread", "career_change", "après six ans comme infirmier", M(
        "Hugo Barbier <hugo.barbier31@gmail.com>", "Candidature accompagnement", "10-29 20:10",
        """Bonjour,

Après six ans comme infirmier au CHU de Toulouse, j'ai repris des études et obtenu en juin 2026 un master de santé publique.

Je cherche un poste de coordinateur de projets de prévention dans une association de santé communautaire.

Hugo Barbier
06 45 92 31 07""",
        app("Hugo", "Barbier", phone="+33645923107", bac=5, grad="2026-06", unknown=("not_career_change",), status="hugo_infirmier_master_sante"),
    ), person="hugo_barbier"),
    # Feature: own_mail_below — aim — je vous renvoie mon message
    # ambiguous: the resent mail's aim «travailler dans le social» still names no kind of employer: job_seeking_ess open
    # route: Margaux's second mail; «je vous renvoie mon message» on top, nothing changed, her first mail below «-----Message d'origine-----» giving the BTS ESF of 2026 and the vague aim → application; bac+2 of 2026, the aim's sector unknown → job_seeking_ess open → to verify
    N("own_mail_below", "aim", "je vous renvoie mon message", M(
        "Margaux Lebrun <margaux.lebrun@gmail.com>", "TR: Candidature", "10-30 11:05",
        """Bonjour,

Je vous renvoie mon message du 2 octobre, je pense qu'il s'est perdu.

Margaux

-----Message d'origine-----
De : Margaux Lebrun <margaux.lebrun@gmail.com>
Envoyé : vendredi 2 octobre 2026 16:30
À : propulse@animafac.net
Objet : Candidature

Bonjour,

J'ai eu mon BTS Économie sociale familiale en juin 2026 à Paris. J'aimerais travailler dans le social, auprès des familles, et je ne sais pas trop par où commencer.

Pouvez-vous m'accompagner ?

Margaux Lebrun
06 27 45 81 30""",
        app("Margaux", "Lebrun", phone="+33627458130", bac=2, grad="2026-06", unknown=("job_seeking_ess",), status="margaux_message_renvoye"),
    ), person="margaux_lebrun"),
    # Feature: own_mail_below — aim — depuis, j'ai changé d'avis
    # route: Samuel's second mail; «depuis, j'ai changé d'avis : je vise les coopératives» on top wins over the strategy consultancy of his forwarded first mail, the master of 2025 taken from it → application; bac+5 of 2025, ESS sought → eligible
    N("own_mail_below", "aim", "depuis, j'ai changé d'avis", M(
        "Samuel Diallo <samuel.diallo@gmail.com>", "Fwd: Candidature", "11-03 14:40",
        """Bonjour,

Je vous transfère ma candidature d'octobre, restée sans réponse. Une chose a changé : depuis, j'ai changé d'avis, je vise les coopératives (une CAE ou une SCOP de conseil) plutôt qu'un cabinet classique.

Samuel

---------- Forwarded message ---------
De : Samuel Diallo <samuel.diallo@gmail.com>
Date : sam. 10 oct. 2026 à 18:02
Subject: Candidature
To: <propulse@animafac.net>

Bonjour,

J'ai obtenu en juin 2025 un master de management à l'IAE de Lille. Je cherche un poste de consultant junior dans un cabinet de conseil en stratégie.

Merci de me dire si votre programme peut m'aider.

Samuel Diallo
06 19 52 13 78""",
        app("Samuel", "Diallo", phone="+33619521378", bac=5, grad="2025-06", status="samuel_cooperatives_fwd"),
    ), person="samuel_diallo"),
    # Feature: relaunch — kind — en formation jusqu'au 6 février
    # route: Maxime's own auto-reply (Auto-Submitted) to our acknowledgement, away on a training course → auto-reply
    N("relaunch", "kind", "en formation jusqu'au 6 février", M(
        "Maxime Guérin <maxime.guerin@free.fr>", "Réponse automatique", "11-04 07:30",
        """Bonjour,

Je suis en formation jusqu'au 6 février et je consulte mes mails de manière irrégulière. Je vous répondrai dès que possible.

Maxime Guérin""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    ), person="maxime_guerin"),
    # Feature: answers_in_our_thread — kind — merci pour le rendez-vous
    # route: Mehdi's thank-you in our thread (In-Reply-To <…@animafac.net>, our message quoted), no facts → reply
    N("answers_in_our_thread", "kind", "merci pour le rendez-vous", M(
        "Mehdi Boukhari <mehdi.boukhari@gmail.com>", "Re: Inscription", "11-06 18:22",
        """Bonjour,

Merci pour le rendez-vous de mardi et pour les pistes de formation, je vais me renseigner.

Bonne soirée,
Mehdi

> Bonjour Mehdi,
> Nous vous proposons un échange téléphonique mardi 3 novembre à 14 h.
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<rdv-2026-10-30-0077@animafac.net>"},
    ), person="mehdi_boukhari"),
    # Feature: answers_in_our_thread — kind — je ne change pas de métier
    # route: Hugo's answer in our thread (In-Reply-To <…@animafac.net>, our question quoted) on his career change → reply
    N("answers_in_our_thread", "kind", "je ne change pas de métier", M(
        "Hugo Barbier <hugo.barbier31@gmail.com>", "Re: Candidature accompagnement", "11-10 21:15",
        """Bonjour,

Pour répondre à votre question : je ne change pas de métier à proprement parler, la prévention fait partie du métier d'infirmier, je veux juste l'exercer autrement, en coordination.

Hugo

Le 09/11/2026 à 10:40, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Hugo,
> Votre projet est-il une reconversion, ou restez-vous dans le soin ?""",
        reply(),
        headers={"In-Reply-To": "<suivi-2026-11-09-0391@animafac.net>"},
    ), person="hugo_barbier"),
    # Feature: own_mail_below — situation — en service civique jusqu'en avril 2027
    # route: Florian's second mail; his question forwarded below, his facts on top: the licence of June 2026 and a service civique running to April 2027 → application; bac+3 of 2026 but a service civique running → fails not_service_civique → not eligible
    N("own_mail_below", "situation", "en service civique jusqu'en avril 2027", M(
        "Florian Aubert <florian.aubert67@gmail.com>", "Fwd: Question sur le programme", "11-12 19:30",
        """Bonjour,

Je vous renvoie ma question ci-dessous, avec ma situation cette fois : licence de STAPS obtenue en juin 2026 à Strasbourg, et je suis en service civique jusqu'en avril 2027 dans un club de sport associatif. Ensuite je voudrais être coordinateur dans une association sportive.

Florian Aubert

-------- Message transféré --------
Sujet : Question sur le programme
Date : 24/10/2026 17:15
De : Florian Aubert <florian.aubert67@gmail.com>
Pour : propulse@animafac.net

> Bonjour,
> Votre programme est-il ouvert aux personnes en service civique, ou faut-il avoir terminé sa mission ?""",
        app("Florian", "Aubert", phone=None, bac=3, grad="2026-06", failing=("not_service_civique",), status="florian_service_civique_fwd"),
    ), person="florian_aubert"),
    # Feature: relaunch — level — je vous renvoie mon CV
    # route: Justine's third mail, a relaunch with her CV again (docx); the licence pro of 2025 repeated in short, an association sought → application; bac+3 of 2025, ESS sought → eligible
    N("relaunch", "level", "je vous renvoie mon CV", M(
        "Justine Morin <justine.morin59@outlook.fr>", "Relance candidature - Justine Morin", "11-13 10:40",
        """Bonjour,

Toujours sans réponse de votre part, je me permets de vous relancer et je vous renvoie mon CV. En résumé : licence pro métiers de l'animation sociale (Lille, 2025), je cherche toujours un poste d'animatrice coordinatrice dans une association.

Justine Morin
07 59 13 84 26""",
        app("Justine", "Morin", phone="+33759138426", bac=3, grad="2025-06", status="justine_relance_cv"),
        cv=CV("docx", "CV_Justine_Morin.docx", """Justine Morin
07 59 13 84 26 - justine.morin59@outlook.fr
Formation
2025 Licence professionnelle métiers de l'animation sociale, Université de Lille
2023 DUT Carrières sociales, IUT de Tourcoing
Expériences
2025-2026 Animatrice vacataire, centre social Lazare-Garreau, Lille"""),
    ), person="justine_morin"),
    # Feature: relaunch — studies_finished — j'ai commencé une formation
    # route: Maxime's third mail; «je me permets de relancer ma candidature», a training (titre professionnel) begun on 2 November and running to February wins over his free situation of October → application; bac+2 of 2026, studies resumed → fails studies_finished → not eligible
    N("relaunch", "studies_finished", "j'ai commencé une formation", M(
        "Maxime Guérin <maxime.guerin@free.fr>", "Relance - candidature Maxime Guérin", "11-18 19:05",
        """Bonjour,

Je me permets de relancer ma candidature du 13 octobre. Entre-temps, j'ai commencé une formation de trois mois (titre professionnel d'animateur nature, jusqu'au 6 février), pour compléter mon BTS GPN de 2026.

Je reste intéressé par un accompagnement vers une association de protection de l'environnement.

Maxime Guérin""",
        app("Maxime", "Guérin", phone=None, bac=2, grad="2026-06", failing=("studies_finished",), status="maxime_formation_commencee"),
    ), person="maxime_guerin"),
    # Feature: relaunch — kind — just following up
    # route: Zoe's relaunch in our thread (In-Reply-To <…@animafac.net>, our question quoted), no new fact → reply
    N("relaunch", "kind", "just following up", M(
        "Zoe Hartley <zoe.hartley@gmail.com>", "Re: Application to Pro'pulse", "11-19 08:47",
        """Hi,

Just following up on my reply of last week: I still haven't heard back from the university about my diploma, but I'm keen to start the programme whenever possible.

Best,
Zoe

On Thu, 5 Nov 2026 at 14:02, Pro'pulse <propulse@animafac.net> wrote:
> Dear Zoe,
> Could you tell us whether your master's jury has met?""",
        reply(),
        headers={"In-Reply-To": "<suivi-2026-11-05-0266@animafac.net>"},
    ), person="zoe_hartley"),
    # Feature: own_mail_below — situation — mon stage s'est arrêté plus tôt, le 13 novembre
    # route: Chloé's second mail; «mon stage s'est arrêté plus tôt, le 13 novembre» on top wins over «jusqu'au 15 décembre» of her first mail quoted below with «>», the master of 2026 taken from the quote → application; bac+5 of 2026, the stage over, ESS sought → eligible
    N("own_mail_below", "situation", "mon stage s'est arrêté plus tôt, le 13 novembre", M(
        "Chloé Renaud <chloe.renaud69@gmail.com>", "Re: Candidature Pro'pulse", "11-24 15:02",
        """Bonjour,

Une mise à jour : mon stage s'est arrêté plus tôt, le 13 novembre (fin du projet). Je suis donc disponible et toujours très motivée.

Chloé

Le sam. 17 oct. 2026 à 10:12, Chloé Renaud <chloe.renaud69@gmail.com> a écrit :
> Bonjour,
> J'ai validé en septembre 2026 un master « développement des territoires » à Lyon 2 (CV ci-joint).
> Je fais en ce moment un stage hors cursus jusqu'au 15 décembre au sein d'une communauté de communes. J'aimerais ensuite être chargée de mission dans une association de développement local ou un pôle territorial de coopération économique.
> Bien à vous,
> Chloé Renaud""",
        app("Chloé", "Renaud", phone=None, bac=5, grad="2026-09", status="chloe_stage_arrete"),
    ), person="chloe_renaud"),
]
