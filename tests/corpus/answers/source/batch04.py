"""Answers corpus, batch 04: an ESS aim and a half-remembered 2024 under quoted lines, crosses and ticks, a
«bientôt» and a «non» on a negative question, a Big Four project on a form line, a mason's HTML table, a
CAP by number, an old BTS above a pasted call, a sister's referral, the ESS «and the public sector», a
struck-through form left as printed."""
# ruff: noqa: E501

from __future__ import annotations

from answers import CALL_EN, CALL_NUMBERED, CALL_SITE, N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: quoted_inline — aim — C'est exactement ce que je cherche : un poste dans une Scic d'énergie citoyenne
    N("quoted_inline", "aim", "C'est exactement ce que je cherche : un poste dans une Scic d'énergie citoyenne", M(
        "Victor Chanel <victor.chanel@example.net>", "Re: Pro'pulse — premier emploi dans l'ESS", "21 09:36",
        """Bonjour,

> - sont titulaires d'un diplôme de niveau bac+2 minimum ;
Master énergie, juin 2026.

> - ont terminé leurs études ;
Oui.

> - cherchent un emploi dans l'ESS (association, coopérative, mutuelle, fondation, entreprise sociale).
C'est exactement ce que je cherche : un poste dans une Scic d'énergie citoyenne.

Ni stage ni service civique.
Victor Chanel — 06 35 80 17 42""",
        app("Victor", "Chanel", phone="+33635801742", bac=5, grad="2026-06", status="master_energie_scic_quoted"),
    )),
    # Feature: quoted_inline — graduation — diplômé en 2024, en octobre ou en novembre, il faut que je vérifie
    # ambiguous: October 2024 is 25 months before the reading day, November 2024 is 24: he does not know which
    N("quoted_inline", "graduation", "diplômé en 2024, en octobre ou en novembre, il faut que je vérifie", M(
        "Loïc Baptiste <loic.baptiste@example.com>", "Re: appel Pro'pulse", "22 18:14",
        """> - ont obtenu leur diplôme depuis moins de deux ans ;

Tout juste, je pense : diplômé en 2024, en octobre ou en novembre, il faut que je vérifie sur l'attestation (BUT techniques de commercialisation).

> - cherchent un emploi dans l'ESS

Oui, dans le commerce équitable. Pas de stage, pas de service civique, études terminées.

Loïc Baptiste
07 19 45 62 80""",
        app("Loïc", "Baptiste", phone="+33719456280", bac=3, grad="2024", unknown=("graduation_recent",), status="but_tc_octobre_ou_novembre_2024"),
    )),
    # Feature: checklist_marks — situation — ✘ pas en service civique — je suis en service civique jusqu'en juin 2027
    N("checklist_marks", "situation", "✘ pas en service civique — je suis en service civique jusqu'en juin 2027", M(
        "Manon Lacroix <manon.lacroix@example.org>", "Candidature Pro'pulse", "23 12:05",
        """Bonjour,

✔ bac+2 : licence de géographie
✔ moins de 2 ans : juillet 2025
✔ études terminées
✔ pas en stage
✘ pas en service civique — je suis en service civique jusqu'en juin 2027, dans une association d'éducation à l'environnement
✔ ESS

Je préfère candidater dès maintenant pour l'après.

Manon Lacroix
06 43 28 91 57""",
        app("Manon", "Lacroix", phone="+33643289157", bac=3, grad="2025-07", failing=("not_service_civique",), status="licence_geo_sc_juin_2027_croix"),
    )),
    # Feature: checklist_marks — graduation — ✔ moins de 2 ans (mars 2025)
    N("checklist_marks", "graduation", "✔ moins de 2 ans (mars 2025)", M(
        "Idriss Kanté <idriss.kante@example.net>", "Pro'pulse — je coche", "24 10:48",
        """Bonjour,

✔ bac+2 ou plus (master 2 de droit de l'économie sociale)
✔ moins de 2 ans (mars 2025)
✔ études terminées
✔ je cherche un emploi dans l'ESS, juriste en fédération
✔ pas de reconversion, pas de stage, pas de service civique

Idriss Kanté
06 76 09 32 18""",
        app("Idriss", "Kanté", phone="+33676093218", bac=5, grad="2025-03", status="m2_droit_ess_mars_2025_coches"),
    )),
    # Feature: yes_no_answers — studies_finished — Bientôt : je rends mon mémoire de master en janvier
    N("yes_no_answers", "studies_finished", "Bientôt : je rends mon mémoire de master en janvier", M(
        "Sarah Benhamou <sarah.benhamou@example.fr>", "Réponses au questionnaire", "21 20:26",
        """Bonjour,

Avez-vous un bac+2 ? Oui, une licence de sciences de l'éducation (juin 2025).
Avez-vous terminé vos études ? Bientôt : je rends mon mémoire de master en janvier.
Êtes-vous en stage ou en service civique ? Non.
Cherchez-vous dans l'ESS ? Oui, la protection de l'enfance en association.

Sarah Benhamou
06 02 84 67 39""",
        app("Sarah", "Benhamou", phone="+33602846739", bac=3, grad="2025-06", failing=("studies_finished",), status="licence_educ_memoire_master_janvier_bientot"),
    )),
    # Feature: yes_no_answers — situation — Vous n'êtes pas en stage ? Non.
    N("yes_no_answers", "situation", "Vous n'êtes pas en stage ? Non.", M(
        "Adrien Lemaire <adrien.lemaire@example.com>", "Pro'pulse : mes réponses", "22 08:31",
        """Bonjour,

Vous avez un bac+2 ? Oui, BTS gestion de la PME, juin 2025.
Vous avez fini vos études ? Oui.
Vous n'êtes pas en stage ? Non.
Vous n'êtes pas en service civique ? Non plus.
Vous cherchez dans l'ESS ? Oui, assistant de gestion dans une Scop du bâtiment.

Adrien Lemaire
07 56 31 08 24""",
        app("Adrien", "Lemaire", phone="+33756310824", bac=2, grad="2025-06", status="bts_pme_non_question_negative_stage"),
    )),
    # Feature: form_fields — aim — Projet : auditeur junior dans un cabinet des Big Four
    N("form_fields", "aim", "Projet : auditeur junior dans un cabinet des Big Four", M(
        "Maxime Poulain <maxime.poulain@example.org>", "Formulaire Pro'pulse", "23 17:59",
        """Bonjour,

Niveau d'études : master CCA (bac+5)
Date d'obtention : septembre 2025
Situation actuelle : en recherche, études terminées, ni stage ni service civique
Projet : auditeur junior dans un cabinet des Big Four
Téléphone : 06 61 37 25 90

Maxime Poulain""",
        app("Maxime", "Poulain", phone="+33661372590", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="master_cca_big_four_formulaire"),
    )),
    # Feature: form_fields — level — Niveau d'études : DEUST animation (bac+2)
    N("form_fields", "level", "Niveau d'études : DEUST animation (bac+2)", M(
        "Jordan Mbemba <jordan.mbemba@example.net>", "Candidature — formulaire", "24 13:20",
        """Bonjour,

Niveau d'études : DEUST animation (bac+2)
Date d'obtention : juin 2026
Situation actuelle : en recherche d'emploi, études finies, pas de stage ni de service civique
Projet : animateur dans un centre social associatif
Téléphone : 07 63 50 24 18

Jordan Mbemba""",
        app("Jordan", "Mbemba", phone="+33763502418", bac=2, grad="2026-06", status="deust_animation_formulaire"),
    )),
    # Feature: table_layout — career_change — 8 ans de maçonnerie
    N("table_layout", "career_change", "8 ans de maçonnerie", M(
        "Nicolas Ferreira Lopes <nicolas.ferreiralopes@example.com>", "Candidature Pro'pulse", "25 07:40",
        """Critère | Ma situation
Diplôme | licence pro métiers de l'ESS, juin 2025
Parcours | 8 ans de maçonnerie, puis reprise d'études
Études terminées | oui
Stage / service civique | non
Emploi visé | encadrant technique dans un chantier d'insertion

Nicolas Ferreira Lopes — 06 85 42 09 73""",
        app("Nicolas", "Ferreira Lopes", phone="+33685420973", bac=3, grad="2025-06", failing=("not_career_change",), status="lp_ess_huit_ans_maconnerie_tableau_html"),
        html="only",
        body_html="""<html><body><table border="1"><tr><th>Critère</th><th>Ma situation</th></tr><tr><td>Diplôme</td><td>licence pro métiers de l'ESS, juin 2025</td></tr><tr><td>Parcours</td><td>8 ans de maçonnerie, puis reprise d'études</td></tr><tr><td>Études terminées</td><td>oui</td></tr><tr><td>Stage / service civique</td><td>non</td></tr><tr><td>Emploi visé</td><td>encadrant technique dans un chantier d'insertion</td></tr></table><p>Nicolas Ferreira Lopes — 06 85 42 09 73</p></body></html>""",
    )),
    # Feature: table_layout — studies_finished — Études terminées | oui, diplôme remis en juillet
    N("table_layout", "studies_finished", "Études terminées | oui, diplôme remis en juillet", M(
        "Chloé Marin <chloe.marin@example.org>", "Pro'pulse — tableau", "26 09:12",
        """Bonjour,

Critère | Ma situation
Bac+2 minimum | master de sociologie
Études terminées | oui, diplôme remis en juillet
Stage / service civique | non
Emploi dans l'ESS | chargée d'études dans une fédération de centres sociaux

Chloé Marin
06 13 96 47 82""",
        app("Chloé", "Marin", phone="+33613964782", bac=5, grad="2026-07", status="master_socio_juillet_tableau"),
    )),
    # Feature: numbered_points — level — 1. Non : CAP petite enfance
    N("numbered_points", "level", "1. Non : CAP petite enfance", M(
        "Fatou Ndiaye <fatou.ndiaye@example.fr>", "Vos conditions", "21 15:07",
        """Bonjour,

1. Non : CAP petite enfance, obtenu en juin 2025.
2. Oui.
3. Oui.
4. Ni stage ni service civique.
5. Pas de reconversion.
6. Oui, une crèche associative.

Fatou Ndiaye
07 29 83 46 15""",
        app("Fatou", "Ndiaye", phone="+33729834615", bac=0, grad="2025-06", failing=("degree_level",), status="cap_petite_enfance_numerote"),
    )),
    # Feature: numbered_points — studies_finished — 3 : presque
    # ambiguous: «presque» finished studies: courses still running, or only a jury to come? He does not say
    N("numbered_points", "studies_finished", "3 : presque", M(
        "Yohan Desmarais <yohan.desmarais@example.net>", "conditions pro'pulse", "22 23:41",
        """bonjour
1 : oui (licence d'histoire)
2 : 2026
3 : presque
4 : non, rien
5 : non
6 : oui, une association
Yohan Desmarais 06 90 13 57 26""",
        app("Yohan", "Desmarais", phone="+33690135726", bac=3, grad="2026", unknown=("studies_finished",), status="numeros_3_presque"),
    )),
    # Feature: pasted_call — graduation — Mon BTS date de septembre 2024
    N("pasted_call", "graduation", "Mon BTS date de septembre 2024", M(
        "Célia Marques <celia.marques@example.com>", "Candidature suite à vos conditions", "23 11:16",
        f"""Bonjour,

Mon BTS date de septembre 2024 (économie sociale familiale). Je n'ai pas repris d'études, je ne suis ni en stage ni en service civique et je cherche un emploi dans une association d'aide à domicile.

Célia Marques — 06 48 20 95 31

{CALL_NUMBERED}""",
        app("Célia", "Marques", phone="+33648209531", bac=2, grad="2024-09", failing=("graduation_recent",), status="bts_esf_septembre_2024_conditions_collees"),
    )),
    # Feature: pasted_call — kind — le bac+2 doit-il être validé
    N("pasted_call", "kind", "le bac+2 doit-il être validé", M(
        "Agathe Perrin <agathe.perrin@example.org>", "Question sur votre appel", "24 16:02",
        f"""Bonjour,

Dans votre appel ci-dessous, le bac+2 doit-il être validé à la date de la candidature, ou suffit-il qu'il le soit à l'entrée dans le programme ?

{CALL_SITE}

Merci,
Agathe Perrin""",
        question(),
    )),
    # Feature: forwarded_call — level — elle a un BTS (bac+2) en économie sociale familiale
    N("forwarded_call", "level", "elle a un BTS (bac+2) en économie sociale familiale", M(
        "Khalid Ouazzani <khalid.ouazzani@example.com>", "Fwd: Pro'pulse — pour ma sœur Salma", "25 19:33",
        f"""Bonjour,

Je vous fais suivre votre appel, que j'avais reçu au travail, pour ma sœur Salma Ouazzani : elle a un BTS (bac+2) en économie sociale familiale, obtenu en juin 2025, elle a fini ses études, n'est ni en stage ni en service civique, et elle cherche un emploi dans une association. Son adresse : salma.ouazzani@example.net, son téléphone 06 27 58 13 90.

---------- Forwarded message ---------
{CALL_SITE}

Khalid Ouazzani""",
        app("Salma", "Ouazzani", phone="+33627581390", bac=2, grad="2025-06", status="frere_bts_esf_soeur", email="salma.ouazzani@example.net", forwarded_by="khalid.ouazzani@example.com"),
    )),
    # Feature: forwarded_call — kind — The following message to <mission.jeunes@mairie-exemple.example.fr> was undeliverable
    N("forwarded_call", "kind", "The following message to <mission.jeunes@mairie-exemple.example.fr> was undeliverable", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undelivered Mail Returned to Sender", "22 03:17",
        """The following message to <mission.jeunes@mairie-exemple.example.fr> was undeliverable.

---------- Forwarded message ---------
Objet : TR: Pro'pulse — appel à candidatures (bac+2, diplômé·es depuis moins de deux ans, ESS)""",
        bounce("mission.jeunes@mairie-exemple.example.fr"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; mission.jeunes@mairie-exemple.example.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: exceptions_claimed — aim — dans l'ESS, mais aussi dans les collectivités, je ne m'interdis rien
    # ambiguous: the ESS beside the public sector, «je ne m'interdis rien»: the ESS is not clearly her aim
    N("exceptions_claimed", "aim", "dans l'ESS, mais aussi dans les collectivités, je ne m'interdis rien", M(
        "Laure Vasseur <laure.vasseur@example.net>", "Candidature Pro'pulse", "21 11:55",
        """Bonjour,

Sur votre condition « chercher un emploi dans l'ESS » : je cherche dans l'ESS, mais aussi dans les collectivités, je ne m'interdis rien. J'espère que ça ne m'exclut pas.

Master d'urbanisme obtenu en juin 2025, études terminées, ni stage ni service civique, pas de reconversion.

Laure Vasseur
06 31 07 84 62""",
        app("Laure", "Vasseur", phone="+33631078462", bac=5, grad="2025-06", unknown=("job_seeking_ess",), status="master_urba_ess_et_collectivites"),
    )),
    # Feature: exceptions_claimed — kind — je suis absente du bureau
    N("exceptions_claimed", "kind", "je suis absente du bureau", M(
        "Sophie Arnaud <s.arnaud@plie-exemple.example.org>", "Réponse automatique : Pro'pulse — qui peut candidater ?", "25 06:30",
        """Bonjour, je suis absente du bureau jusqu'au 1er décembre.

> Ne peuvent pas candidater : les personnes en reconversion professionnelle, en stage ou en service civique.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: self_assessment — career_change — sauf que j'ai travaillé sept ans comme assistante de direction
    N("self_assessment", "career_change", "sauf que j'ai travaillé sept ans comme assistante de direction", M(
        "Corinne Mabille <corinne.mabille@example.fr>", "Ma candidature", "26 14:22",
        """Bonjour,

Je remplis les critères, sauf que j'ai travaillé sept ans comme assistante de direction avant de reprendre un master ESS, obtenu en septembre 2025. Je ne suis ni en stage ni en service civique et je cherche un poste de coordinatrice associative.

Corinne Mabille
06 58 74 30 29""",
        app("Corinne", "Mabille", phone="+33658743029", bac=5, grad="2025-09", failing=("not_career_change",), status="assistante_direction_sept_ans_master_ess"),
    )),
    # Feature: self_assessment — kind — Faites le test : cochez-vous toutes les cases ?
    N("self_assessment", "kind", "Faites le test : cochez-vous toutes les cases ?", M(
        "Jeunes & Solidaires — la lettre <lettre@jeunes-solidaires.example.org>", "Faites le test : cochez-vous toutes les cases ?", "23 08:00",
        """La lettre de Jeunes & Solidaires

Faites le test : cochez-vous toutes les cases ? Bac+2, diplôme de moins de deux ans, études terminées, pas de stage ni de service civique, envie de l'ESS : le programme Pro'pulse est peut-être pour vous.

Se désabonner : stop@jeunes-solidaires.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: english_form — situation — Service civique: finished in July
    N("english_form", "situation", "Service civique: finished in July", M(
        "Marta Kowalczyk <marta.kowalczyk@example.org>", "Application — Pro'pulse", "24 09:07",
        """Hello,

- Degree: Master's in European Studies (Jagiellonian University), June 2025.
- Finished studies: yes.
- Internship: none.
- Service civique: finished in July.
- Career change: no.
- Looking for a job in the ESS: yes, in an association working with migrants.

Marta Kowalczyk
07 04 68 29 51""",
        app("Marta", "Kowalczyk", phone="+33704682951", bac=5, grad="2025-06", status="en_masters_sc_finished_july", language="en"),
    )),
    # Feature: english_form — career_change — I worked in my parents' restaurant before and during my degree
    # ambiguous: a family restaurant «before and during» the degree, for an unstated time: a trade or a student job?
    N("english_form", "career_change", "I worked in my parents' restaurant before and during my degree", M(
        "Minh Anh Hoang <minhanh.hoang@example.net>", "Pro'pulse — English application", "25 15:49",
        """Hello,

Degree at bac+2 level: BA in Hospitality Management, September 2025.
Finished studies: yes. Internship / service civique: no.
Career change: hard to say: I worked in my parents' restaurant before and during my degree.
Job in the ESS: yes, a social restaurant or a food cooperative.

Minh Anh Hoang
06 84 51 73 20""",
        app("Minh Anh", "Hoang", phone="+33684517320", bac=3, grad="2025-09", unknown=("not_career_change",), status="en_ba_hospitality_parents_restaurant", language="en"),
    )),
    # Feature: english_form — kind — Thanks, I'll send the certificate
    N("english_form", "kind", "Thanks, I'll send the certificate", M(
        "Rowan Fletcher <rowan.fletcher@example.com>", "Re: Your Pro'pulse application", "26 10:34",
        f"""Thanks, I'll send the certificate tomorrow.

Rowan

On 25/11/2026 at 17:12, Pro'pulse <propulse@animafac.net> wrote:
> Dear Rowan,
> {CALL_EN.splitlines()[4]}
> Could you send us your degree certificate?""",
        reply(),
        headers={"In-Reply-To": "<rf.2511@animafac.net>", "References": "<rf.2511@animafac.net>"},
    )),
    # Feature: attachment_form — situation — Stage ou service civique en cours : oui / non (rayer la mention inutile)
    # ambiguous: the form's «oui / non (rayer la mention inutile)» is left as printed: neither answer was chosen
    N("attachment_form", "situation", "Stage ou service civique en cours : oui / non (rayer la mention inutile)", M(
        "Élisa Brunet <elisa.brunet@example.com>", "formulaire", "26 22:05",
        """Ci-joint.
Élisa""",
        app("Élisa", "Brunet", phone="+33670296418", bac=3, grad="2026-06", unknown=("not_internship", "not_service_civique"), status="formulaire_pdf_mention_non_rayee", info_in="cv"),
        cv=CV("pdf", "Propulse_formulaire_Brunet.pdf", """Pro'pulse — formulaire de candidature
Nom : Brunet   Prénom : Élisa   Téléphone : 06 70 29 64 18
Diplôme : licence de sciences sanitaires et sociales — Date d'obtention : juin 2026
Études terminées : oui
Stage ou service civique en cours : oui / non (rayer la mention inutile)
Reconversion : non
Projet : chargée d'accueil dans une association de santé"""),
    )),
    # Feature: attachment_form — kind — Formulaires en ligne pour vos appels à candidatures
    N("attachment_form", "kind", "Formulaires en ligne pour vos appels à candidatures", M(
        "Formidable — logiciel <ventes@formidable-soft.example.com>", "Formulaires en ligne pour vos appels à candidatures", "21 10:00",
        """Bonjour,

Vos candidat·es vous envoient encore leurs formulaires en pièce jointe ? Formidable transforme vos critères (bac+2, date du diplôme, situation…) en formulaire en ligne. Premier mois offert.

L'équipe commerciale Formidable""",
        other(),
    )),
]
