"""Answers corpus, batch 07: exclusions answered one by one, «je coche tout sauf…», a form packed in a subject, a friend's forward sent back."""
# ruff: noqa: E501

from __future__ import annotations

from answers import N
from kit import M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: quoted_inline — level — un bachelor d'une école de commerce privée, pas reconnu par l'État
    # ambiguous: a private school's «bachelor» not recognised by the State may be three years of study or a title of no level; the coordinator must see it.
    N("quoted_inline", "level", "un bachelor d'une école de commerce privée, pas reconnu par l'État", M(
        "Tamari Chkheidze <tamari.chkheidze@example.org>", "Re: Pro'pulse — premier emploi dans l'ESS", "01 10:31",
        """Bonjour,

> - sont titulaires d'un diplôme de niveau bac+2 minimum ;
J'ai un bachelor d'une école de commerce privée, pas reconnu par l'État, en trois ans.

> - ont obtenu leur diplôme depuis moins de deux ans ;
Juin 2025.

> - ont terminé leurs études ;
Oui.

> - cherchent un emploi dans l'ESS (association, coopérative, mutuelle, fondation, entreprise sociale).
Oui, dans une mutuelle.

Tamari Chkheidze
06 12 79 48 35""",
        app("Tamari", "Chkheidze", phone="+33612794835", bac="*", grad="2025-06", unknown=("degree_level",), status="b_bachelor_prive_non_reconnu"),
    )),
    # Feature: quoted_inline — aim — Oui : animateur dans une association de protection de l'environnement
    N("quoted_inline", "aim", "Oui : animateur dans une association de protection de l'environnement", M(
        "Samuel Koné <samuel.kone@example.com>", "Re: appel Pro'pulse", "02 15:14",
        """Bonjour,

> bac+2 ou plus
BTS Gestion et protection de la nature, juin 2026.

> études terminées
Oui.

> tu cherches un emploi dans l'ESS
Oui : animateur dans une association de protection de l'environnement.

> pas de reconversion, pas en stage, pas en service civique
Rien de tout ça.

Samuel Koné
07 24 61 90 38""",
        app("Samuel", "Koné", phone="+33724619038", bac=2, grad="2026-06", status="b_animateur_environnement"),
    )),
    # Feature: checklist_marks — situation — ✘ Pas en stage : je suis en stage chez Emmaüs jusqu'en février
    N("checklist_marks", "situation", "✘ Pas en stage : je suis en stage chez Emmaüs jusqu'en février", M(
        "Paulo Mendes <paulo.mendes@example.net>", "Ma candidature Pro'pulse", "03 09:09",
        """Bonjour,

✔ Diplôme bac+2 ou plus : licence d'économie (juin 2025)
✔ Études terminées
✔ Pas de reconversion
✘ Pas en stage : je suis en stage chez Emmaüs jusqu'en février
✔ Pas en service civique
✔ Emploi dans l'ESS

Paulo Mendes
06 80 37 52 14""",
        app("Paulo", "Mendes", phone="+33680375214", bac=3, grad="2025-06", failing=("not_internship",), status="b_stage_emmaus_fevrier"),
    )),
    # Feature: checklist_marks — graduation — ☑ Diplômée depuis moins de deux ans (BTS obtenu en juillet 2025)
    N("checklist_marks", "graduation", "☑ Diplômée depuis moins de deux ans (BTS obtenu en juillet 2025)", M(
        "Océane Tchibinda <oceane.tchibinda@example.org>", "Pro'pulse - checklist", "04 12:40",
        """Bonjour,

☑ Bac+2 minimum
☑ Diplômée depuis moins de deux ans (BTS obtenu en juillet 2025)
☑ Études terminées
☑ Ni stage, ni service civique, ni reconversion
☑ Je cherche un emploi dans l'ESS : secrétaire dans une association d'aide à domicile

Océane Tchibinda
07 58 16 04 93""",
        app("Océane", "Tchibinda", phone="+33758160493", bac=2, grad="2025-07", status="b_bts_juillet_2025_coche"),
    )),
    # Feature: yes_no_answers — studies_finished — Avez-vous terminé vos études ? Oui, depuis juillet.
    N("yes_no_answers", "studies_finished", "Avez-vous terminé vos études ? Oui, depuis juillet.", M(
        "Dimitri Papadakis <dimitri.papadakis@example.fr>", "Réponses au questionnaire", "05 11:55",
        """Bonjour,

Avez-vous un diplôme bac+2 minimum ? Oui, master Innovation sociale.
Avez-vous terminé vos études ? Oui, depuis juillet.
Êtes-vous en stage ou en service civique ? Non.
Êtes-vous en reconversion ? Non.
Cherchez-vous un emploi dans l'ESS ? Oui, dans une fondation.

Dimitri Papadakis
06 49 02 85 71""",
        app("Dimitri", "Papadakis", phone="+33649028571", bac=5, grad="2026-07", status="b_etudes_finies_juillet"),
    )),
    # Feature: yes_no_answers — level — Avez-vous un bac+2 ? Pas encore, j'ai arrêté le BTS en première année
    N("yes_no_answers", "level", "Avez-vous un bac+2 ? Pas encore, j'ai arrêté le BTS en première année", M(
        "Corinne Lefebvre <c.lefebvre@foyer-lesaulnes.example.org>", "candidature de Moussa Diarra", "06 19:18",
        """Bonjour,

Éducatrice au foyer jeunes travailleurs Les Aulnes, je réponds à vos questions avec Moussa Diarra, qui est à côté de moi :

Avez-vous un bac+2 ? Pas encore, j'ai arrêté le BTS en première année.
Études terminées ? Oui.
En stage ? Non.
Vous cherchez dans l'ESS ? Oui, dans une recyclerie.

Vous pouvez le joindre au 07 69 30 41 25 ou à moussa.diarra@example.com.

Corinne Lefebvre""",
        app("Moussa", "Diarra", phone="+33769304125", bac=0, grad=None, failing=("degree_level",), status="b_bts_arrete_premiere_annee", email="moussa.diarra@example.com", forwarded_by="c.lefebvre@foyer-lesaulnes.example.org"),
    )),
    # Feature: form_fields — career_change — Situation actuelle : boulanger pendant douze ans, en reconversion
    N("form_fields", "career_change", "Situation actuelle : boulanger pendant douze ans, en reconversion", M(
        "Yannick Le Bihan <yannick.lebihan@example.org>", "Formulaire Pro'pulse", "07 08:44",
        """Niveau d'études : BTS Économie sociale et familiale
Date d'obtention : juin 2026
Situation actuelle : boulanger pendant douze ans, en reconversion
Projet : conseiller dans une épicerie sociale

Yannick Le Bihan
06 06 58 27 91""",
        app("Yannick", "Le Bihan", phone="+33606582791", bac=2, grad="2026-06", failing=("not_career_change",), status="b_boulanger_douze_ans"),
    )),
    # Feature: form_fields — level — Niveau d'études : Bac+4 (Master 1 de droit, validé)
    N("form_fields", "level", "Niveau d'études : Bac+4 (Master 1 de droit, validé)", M(
        "Sara Haile <sara.haile@example.net>", "Pro'pulse formulaire", "08 14:02",
        """Bonjour,

Niveau d'études : Bac+4 (Master 1 de droit, validé)
Date d'obtention : juin 2025
Études terminées : oui
Situation actuelle : en recherche d'emploi
Projet : juriste dans une association d'aide aux victimes

Sara Haile
07 36 85 10 47""",
        app("Sara", "Haile", phone="+33736851047", bac=4, grad="2025-06", status="b_master_1_droit_valide"),
    )),
    # Feature: exceptions_claimed — situation — je ne suis plus vraiment en stage, j'y passe juste un jour par semaine pour finir le rapport
    # ambiguous: one day a week «pour finir le rapport» may be the end of a running internship or a visit after it ended.
    N("exceptions_claimed", "situation", "je ne suis plus vraiment en stage, j'y passe juste un jour par semaine pour finir le rapport", M(
        "Hoang Minh Chau <minhchau.hoang@example.com>", "Pro'pulse - le point stage", "09 17:21",
        """Bonjour,

Sur l'exclusion « stage en cours » : je ne suis plus vraiment en stage, j'y passe juste un jour par semaine pour finir le rapport. Sinon, licence pro Métiers de l'animation sociale, juin 2025, et je cherche un emploi dans une MJC.

Hoang Minh Chau
06 21 94 07 63""",
        app("Minh Chau", "Hoang", phone="+33621940763", bac=3, grad="2025-06", unknown=("not_internship",), status="b_un_jour_par_semaine_rapport"),
    )),
    # Feature: exceptions_claimed — career_change — je ne suis pas en reconversion, même si j'ai été infirmière pendant six ans avant mon master
    N("exceptions_claimed", "career_change", "je ne suis pas en reconversion, même si j'ai été infirmière pendant six ans avant mon master", M(
        "Agnieszka Zielińska <agnieszka.zielinska@example.org>", "Candidature", "10 13:37",
        """Bonjour,

Je précise d'emblée que je ne suis pas en reconversion, même si j'ai été infirmière pendant six ans avant mon master (Master Santé publique, septembre 2025) : c'est la même envie de soigner, autrement. Je cherche un poste dans une mutuelle.

Agnieszka Zielińska
07 64 29 53 80""",
        app("Agnieszka", "Zielińska", phone="+33764295380", bac=5, grad="2025-09", failing=("not_career_change",), status="b_infirmiere_six_ans"),
    )),
    # Feature: self_assessment — studies_finished — je remplis les critères, sauf que je suis encore en M2 jusqu'en juin
    N("self_assessment", "studies_finished", "je remplis les critères, sauf que je suis encore en M2 jusqu'en juin", M(
        "Aliou Sarr <aliou.sarr@example.net>", "Pro'pulse - candidature anticipée", "11 10:06",
        """Bonjour,

Je pense que je remplis les critères, sauf que je suis encore en M2 jusqu'en juin (Master ESS et territoires). Je voudrais prendre de l'avance pour la prochaine promotion.

Aliou Sarr
06 97 13 46 28""",
        app("Aliou", "Sarr", phone="+33697134628", bac="*", grad=None, failing=("studies_finished",), status="b_encore_en_m2_juin"),
    )),
    # Feature: self_assessment — aim — je remplis les critères, et je veux justement travailler dans une coopérative d'insertion
    N("self_assessment", "aim", "je remplis les critères, et je veux justement travailler dans une coopérative d'insertion", M(
        "Gabriela Rojas <gabriela.rojas@example.com>", "Pro'pulse", "12 16:16",
        """Bonjour,

Licence de sciences sociales obtenue en novembre 2025, ni stage ni service civique en cours : je remplis les critères, et je veux justement travailler dans une coopérative d'insertion.

Gabriela Rojas
07 05 82 39 64""",
        app("Gabriela", "Rojas", phone="+33705823964", bac=3, grad="2025-11", status="b_cooperative_insertion"),
    )),
    # Feature: pasted_call — situation — je suis en contrat d'engagement avec une association jusqu'en janvier
    # ambiguous: a «contrat d'engagement» is the name of a service civique contract and of France Travail's CEJ; which one is not said.
    N("pasted_call", "situation", "je suis en contrat d'engagement avec une association jusqu'en janvier", M(
        "Fatou Gueye <fatou.gueye@example.fr>", "Candidature Pro'pulse", "13 09:50",
        """Bonjour,

Pro'pulse — premier emploi dans l'économie sociale et solidaire
Le programme s'adresse aux jeunes diplômé·es qui :
- sont titulaires d'un diplôme de niveau bac+2 minimum ;
- ont obtenu leur diplôme depuis moins de deux ans ;
- ont terminé leurs études ;
- cherchent un emploi dans l'ESS (association, coopérative, mutuelle, fondation, entreprise sociale).
Ne peuvent pas candidater : les personnes en reconversion professionnelle, en stage ou en service civique.

Moi : BTS SP3S en juin 2025, études finies, je suis en contrat d'engagement avec une association jusqu'en janvier, et je voudrais y rester ou travailler dans une autre association.

Fatou Gueye
06 38 57 92 01""",
        app("Fatou", "Gueye", phone="+33638579201", bac=2, grad="2025-06", unknown=("not_service_civique",), status="b_contrat_dengagement_janvier"),
    )),
    # Feature: pasted_call — graduation — BUT Carrières sociales, diplôme délivré en mars 2026
    N("pasted_call", "graduation", "BUT Carrières sociales, diplôme délivré en mars 2026", M(
        "Rafael Domínguez <rafael.dominguez@example.org>", "Pro'pulse", "14 11:28",
        """Bonjour,

BUT Carrières sociales, diplôme délivré en mars 2026 (j'avais un rattrapage). Je cherche un poste d'animateur socioculturel dans l'ESS, rien d'autre en cours.

> Offre de programme — Pro'pulse (accompagnement vers l'emploi, ESS)
> Public : jeunes diplômés (bac+2 minimum, diplôme obtenu il y a moins de 2 ans), études terminées,
> en recherche d'emploi dans l'économie sociale et solidaire.
> Critères d'exclusion : reconversion professionnelle ; stage en cours ; service civique en cours.

Rafael Domínguez
07 83 40 65 19""",
        app("Rafael", "Domínguez", phone="+33783406519", bac=3, grad="2026-03", status="b_but_mars_2026"),
    )),
    # Feature: table_layout — aim — la fonction publique territoriale (je prépare les concours)
    N("table_layout", "aim", "la fonction publique territoriale (je prépare les concours)", M(
        "Élodie Castagné <elodie.castagne@example.com>", "Candidature Pro'pulse (tableau)", "15 20:33",
        """Bonjour,

Critère\t\tMa réponse
Bac+2\t\tLicence d'administration publique
Date\t\tjuillet 2025
Études finies\toui
Stage, SC\tnon
Reconversion\tnon
Secteur visé\tla fonction publique territoriale (je prépare les concours)

Élodie Castagné
06 70 28 14 95""",
        app("Élodie", "Castagné", phone="+33670281495", bac=3, grad="2025-07", failing=("job_seeking_ess",), status="b_fonction_publique_concours"),
    )),
    # Feature: numbered_points — studies_finished — 3 : presque, je termine une formation courte en ligne
    # ambiguous: a short online course may or may not count as studies running; its kind and end are not said.
    N("numbered_points", "studies_finished", "3 : presque, je termine une formation courte en ligne", M(
        "Jorge Quintero <jorge.quintero@example.net>", "Pro'pulse 1-6", "16 12:12",
        """Bonjour,

1 : oui, BTS Communication
2 : octobre 2025
3 : presque, je termine une formation courte en ligne
4 : ni stage ni service civique
5 : pas de reconversion
6 : oui, communication dans une association

Jorge Quintero
07 42 18 63 50""",
        app("Jorge", "Quintero", phone="+33742186350", bac=2, grad="2025-10", unknown=("studies_finished",), status="b_formation_courte_en_ligne"),
    )),
    # Feature: forwarded_call — aim — je cherche un poste d'acheteuse dans le luxe
    N("forwarded_call", "aim", "je cherche un poste d'acheteuse dans le luxe", M(
        "Clara Benedetti <clara.benedetti@example.org>", "Fwd: pour toi ?", "17 18:45",
        """Bonjour,

Mon ami Théo m'a transféré votre appel. Master Commerce international, septembre 2025, études finies. Pour être franche, je cherche un poste d'acheteuse dans le luxe, mais votre accompagnement m'intéresse.

Clara Benedetti
06 53 91 74 26

---------- Forwarded message ---------
De : Théo Marchal <theo.marchal@example.org>
Objet : pour toi ?

PRO'PULSE — TU AS UN BAC+2 ET TU VEUX BOSSER DANS L'ESS ?
✔ diplôme bac+2 ou plus
✔ diplômé·e depuis moins de 2 ans""",
        app("Clara", "Benedetti", phone="+33653917426", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_acheteuse_luxe"),
    )),
    # Feature: english_form — career_change — Career change: no, before my master's I only had summer jobs
    N("english_form", "career_change", "Career change: no, before my master's I only had summer jobs", M(
        "Daniel Okonkwo <daniel.okonkwo@example.com>", "Pro'pulse - answers", "18 10:58",
        """Hello,

Degree (bac+2 or higher): Master's in Development Studies, Sciences Po, June 2026
Studies finished: yes
Internship / service civique: neither
Career change: no, before my master's I only had summer jobs
Looking for: a project officer role in a fair-trade cooperative

Best,
Daniel Okonkwo
+33 6 44 70 92 38""",
        app("Daniel", "Okonkwo", phone="+33644709238", bac=5, grad="2026-06", status="b_summer_jobs_only", language="en"),
    )),
    # Feature: attachment_form — graduation — Master 2 - diplômée en 2024
    # ambiguous: a year alone: a 2024 diploma is recent from November on and too old before.
    N("attachment_form", "graduation", "Master 2 - diplômée en 2024", M(
        "Mariana Costa <mariana.costa@example.net>", "Candidature Pro'pulse - Master 2 - diplômée en 2024 - ESS oui - aucun stage", "19 07:47",
        """Mariana Costa
07 20 65 38 49""",
        app("Mariana", "Costa", phone="+33720653849", bac=5, grad="2024", unknown=("graduation_recent",), status="b_objet_master_2_diplomee_2024"),
    )),
    # Feature: self_assessment — kind — coche toutes les cases sauf celle des deux ans
    N("self_assessment", "kind", "coche toutes les cases sauf celle des deux ans", M(
        "Nathalie Brun <nathalie.brun@example.fr>", "Question sur les critères", "20 14:24",
        """Bonjour,

Conseillère d'orientation, je me demande : une personne qui coche toutes les cases sauf celle des deux ans peut-elle quand même candidater, ou est-ce éliminatoire ?

Merci,
Nathalie Brun""",
        question(),
    )),
    # Feature: quoted_inline — kind — > Pouvez-vous nous préciser la date d'obtention de votre diplôme ?
    N("quoted_inline", "kind", "> Pouvez-vous nous préciser la date d'obtention de votre diplôme ?", M(
        "Arnaud Delcourt <arnaud.delcourt@example.org>", "Re: Votre candidature à Pro'pulse", "21 08:30",
        """Bonjour,

Je vous envoie l'attestation demain matin.

Arnaud

> Bonjour Arnaud,
> Pouvez-vous nous préciser la date d'obtention de votre diplôme ?
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<date.b07@animafac.net>", "References": "<date.b07@animafac.net>"},
    )),
    # Feature: english_form — kind — > - you graduated less than two years ago;
    N("english_form", "kind", "> - you graduated less than two years ago;", M(
        "Priya Raman <priya.raman@example.com>", "Automatic reply: Pro'pulse — your first job in the ESS", "22 13:05",
        """I am out of the office until 2 December with limited access to email.

> Who can apply:
> - you hold a degree at bac+2 level or higher (two years of higher education);
> - you graduated less than two years ago;""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: table_layout — kind — Critère | Pro'pulse
    N("table_layout", "kind", "Critère | Pro'pulse", M(
        "Réseau des tiers-lieux <actus@lists.tierslieux-ra.example.org>", "Actus du réseau - novembre", "23 06:30",
        """ACTUS DU RÉSEAU - novembre

Programmes pour jeunes diplômés : notre comparatif

Critère | Pro'pulse
Diplôme | bac+2 minimum, depuis moins de deux ans
Études | terminées
Exclus | reconversion, stage, service civique
Emploi visé | ESS

Se désinscrire : unsubscribe@lists.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: pasted_call — kind — Pro'pulse — premier emploi dans l'économie sociale et solidaire
    N("pasted_call", "kind", "Pro'pulse — premier emploi dans l'économie sociale et solidaire", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Delivery Status Notification (Failure)", "24 16:40",
        """Delivery to the following recipient failed permanently:

     kiran.bhatt@example.org

----- Message d'origine -----
Pro'pulse — premier emploi dans l'économie sociale et solidaire
Le programme s'adresse aux jeunes diplômé·es qui :
- sont titulaires d'un diplôme de niveau bac+2 minimum ;""",
        bounce("kiran.bhatt@example.org"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; kiran.bhatt@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: checklist_marks — kind — ✔ diplômé·e depuis moins de 2 ans
    N("checklist_marks", "kind", "✔ diplômé·e depuis moins de 2 ans", M(
        "Bureau des stages et de l'emploi <bse@lycee-jeanmoulin.example.fr>", "Votre flyer sur nos panneaux", "25 11:20",
        """Bonjour,

Nous avons adapté votre flyer pour nos panneaux d'affichage (BTS) ; pouvez-vous valider cette version ?

✔ diplôme bac+2 ou plus
✔ diplômé·e depuis moins de 2 ans
✔ études terminées
✘ pas de reconversion, de stage ni de service civique en cours

Bien cordialement,
Le bureau des stages et de l'emploi""",
        other(),
    )),
]
