"""Answers corpus, batch 06: the call pasted and forwarded (a CADA's referral, a father's forward), English answers, forms packed in a subject or a PDF."""
# ruff: noqa: E501

from __future__ import annotations

from answers import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: pasted_call — aim — un poste de chargée de communication dans une banque ou une agence de publicité
    N("pasted_call", "aim", "un poste de chargée de communication dans une banque ou une agence de publicité", M(
        "Camille Nguyen-Roux <camille.nguyenroux@example.org>", "Candidature - offre Pro'pulse", "02 10:22",
        """Bonjour,

J'ai trouvé votre offre sur le site de France Travail :

Offre de programme — Pro'pulse (accompagnement vers l'emploi, ESS)
Public : jeunes diplômés (bac+2 minimum, diplôme obtenu il y a moins de 2 ans), études terminées,
en recherche d'emploi dans l'économie sociale et solidaire.
Critères d'exclusion : reconversion professionnelle ; stage en cours ; service civique en cours.
Postuler par courriel à propulse@animafac.net.

Master Communication des organisations obtenu en octobre 2025. Je vise un poste de chargée de communication dans une banque ou une agence de publicité, et un accompagnement m'aiderait beaucoup.

Camille Nguyen-Roux
06 19 73 40 58""",
        app("Camille", "Nguyen-Roux", phone="+33619734058", bac=5, grad="2025-10", failing=("job_seeking_ess",), status="b_communication_banque_pub"),
    )),
    # Feature: pasted_call — graduation — mon BTS, je l'ai eu en juillet 2026
    N("pasted_call", "graduation", "mon BTS, je l'ai eu en juillet 2026", M(
        "Enzo Lombardi <enzo.lombardi@example.com>", "ton flyer", "03 13:47",
        """Salut Pro'pulse,

PRO'PULSE — TU AS UN BAC+2 ET TU VEUX BOSSER DANS L'ESS ?
✔ diplôme bac+2 ou plus
✔ diplômé·e depuis moins de 2 ans

Alors mon BTS, je l'ai eu en juillet 2026 (BTS Économie sociale familiale), c'est bon.

✔ études terminées
✔ tu cherches un emploi dans l'ESS
✘ pas de reconversion  ✘ pas en stage  ✘ pas en service civique
Candidature : propulse@animafac.net

Je cherche un poste dans un centre social. Rien d'autre en cours.
Enzo Lombardi - 07 02 58 91 36""",
        app("Enzo", "Lombardi", phone="+33702589136", bac=2, grad="2026-07", status="b_bts_juillet_2026"),
    )),
    # Feature: forwarded_call — level — une licence de droit de l'université de Damas (quatre ans), reconnue bac+4 par ENIC-NARIC
    N("forwarded_call", "level", "une licence de droit de l'université de Damas (quatre ans), reconnue bac+4 par ENIC-NARIC", M(
        "Hélène Garnier <helene.garnier@cada-lesmouettes.example.org>", "Fwd: Pro'pulse - orientation d'un résident", "04 09:03",
        """Bonjour,

Travailleuse sociale au CADA Les Mouettes, je vous oriente M. Mohammed Al-Hassan, qui a lu votre appel ci-dessous avec moi. Il a une licence de droit de l'université de Damas (quatre ans), reconnue bac+4 par ENIC-NARIC, obtenue en juin 2025. Il n'a ni stage ni service civique en cours, et il souhaite travailler dans une association d'accès aux droits.
Son adresse : mohammed.alhassan@example.net ; son téléphone : 07 67 35 12 84.

Hélène Garnier

---------- Forwarded message ---------
From: Pro'pulse <propulse@animafac.net>
Subject: Pro'pulse — premier emploi dans l'ESS

Le programme s'adresse aux jeunes diplômé·es qui :
- sont titulaires d'un diplôme de niveau bac+2 minimum ;
- ont obtenu leur diplôme depuis moins de deux ans ;
- ont terminé leurs études ;
- cherchent un emploi dans l'ESS.""",
        app("Mohammed", "Al-Hassan", phone="+33767351284", bac=4, grad="2025-06", status="b_licence_damas_enic_naric", email="mohammed.alhassan@example.net", forwarded_by="helene.garnier@cada-lesmouettes.example.org"),
    )),
    # Feature: forwarded_call — studies_finished — j'ai fini les cours du master, il me reste la soutenance en janvier
    # ambiguous: the courses are over but the defence is still to come: her studies are finished or not depending on the jury.
    N("forwarded_call", "studies_finished", "j'ai fini les cours du master, il me reste la soutenance en janvier", M(
        "Leïla Haddad <leila.haddad@example.fr>", "Fwd: regarde ça ma fille", "05 22:15",
        """Bonjour,

Mon père m'a transféré votre appel. Mes réponses : j'ai une licence de sciences de l'éducation, j'ai fini les cours du master, il me reste la soutenance en janvier. Pas de stage en ce moment, pas de service civique, pas de reconversion. Je veux travailler dans l'éducation populaire.

Leïla Haddad, 06 46 90 27 15

---------- Forwarded message ---------
De : Karim Haddad <karim.haddad@example.fr>
Objet : regarde ça ma fille

Ça pourrait t'intéresser !

> Conditions pour candidater à Pro'pulse :
> 1. Être titulaire d'un diplôme bac+2 minimum.
> 2. Avoir obtenu ce diplôme depuis moins de deux ans.
> 3. Avoir terminé ses études.""",
        app("Leïla", "Haddad", phone="+33646902715", bac="*", grad=None, unknown=("studies_finished",), status="b_soutenance_en_janvier"),
    )),
    # Feature: self_assessment — career_change — sauf que j'ai travaillé dix ans dans la logistique avant ma licence pro
    N("self_assessment", "career_change", "sauf que j'ai travaillé dix ans dans la logistique avant ma licence pro", M(
        "Gheorghe Munteanu <gheorghe.munteanu@example.net>", "Pro'pulse - ma candidature", "06 08:12",
        """Bonjour,

Je remplis tous vos critères, sauf que j'ai travaillé dix ans dans la logistique avant ma licence pro (obtenue en juin 2026, Management des organisations de l'ESS). Mais je ne vois pas ça comme une reconversion, plutôt comme une suite.

Gheorghe Munteanu
07 91 24 06 57""",
        app("Gheorghe", "Munteanu", phone="+33791240657", bac=3, grad="2026-06", failing=("not_career_change",), status="b_dix_ans_logistique"),
    )),
    # Feature: self_assessment — level — je coche tout, y compris le bac+2 : mon DEUST
    N("self_assessment", "level", "je coche tout, y compris le bac+2 : mon DEUST", M(
        "Maëlys Ravelonjato <maelys.ravelonjato@example.org>", "Candidature Pro'pulse", "06 17:29",
        """Bonjour,

Je crois que je coche tout, y compris le bac+2 : mon DEUST Animation (juillet 2025) est bien un bac+2. Études terminées, rien en cours à côté, et je cherche un poste d'animatrice dans une association de quartier.

Maëlys Ravelonjato
06 84 13 70 29""",
        app("Maëlys", "Ravelonjato", phone="+33684137029", bac=2, grad="2025-07", status="b_deust_animation"),
    )),
    # Feature: english_form — graduation — Graduated: May 2023
    N("english_form", "graduation", "Graduated: May 2023", M(
        "Chidinma Eze <chidinma.eze@example.com>", "Application - Pro'pulse", "07 11:51",
        """Hi,

My answers to your English call:

Degree: BA in Social Work, University of Manchester (three years)
Graduated: May 2023
Studies finished: yes
Internship / service civique / career change: none
Looking for: a job in a cooperative or a non-profit in Lyon

Thanks,
Chidinma Eze
+44 7700 900 431""",
        app("Chidinma", "Eze", phone="+447700900431", bac=3, grad="2023-05", failing=("graduation_recent",), status="b_ba_social_work_may_2023", language="en"),
    )),
    # Feature: english_form — situation — I volunteer three days a week at a food bank on a "mission"
    # ambiguous: a «mission» three days a week of unstated kind: it may be a service civique, an internship or plain volunteering.
    N("english_form", "situation", "I volunteer three days a week at a food bank on a \"mission\"", M(
        "Rodrigo Alves <rodrigo.alves@example.net>", "Pro'pulse - my answers", "08 15:36",
        """Hello,

> you hold a degree at bac+2 level or higher (two years of higher education);
Yes, a master's degree in urban planning (Lisbon), December 2025.

> Not eligible: career changers, people currently on an internship or in a service civique.
Not a career changer. Right now I volunteer three days a week at a food bank on a "mission", the association signed a paper with me.

> you are looking for a job in the ESS
Yes, in housing cooperatives.

Rodrigo Alves
+33 6 27 45 81 90""",
        app("Rodrigo", "Alves", phone="+33627458190", bac=5, grad="2025-12", unknown=("not_internship", "not_service_civique"), status="b_mission_banque_alimentaire", language="en"),
    )),
    # Feature: attachment_form — studies_finished — licence 3 en cours
    N("attachment_form", "studies_finished", "licence 3 en cours", M(
        "Prince Loemba <prince.loemba@example.org>", "Pro'pulse : BTS SP3S juin 2026 / licence 3 en cours / ESS oui", "09 07:58",
        """(tout est dans l'objet)

Prince Loemba
07 53 80 14 62""",
        app("Prince", "Loemba", phone="+33753801462", bac=2, grad="2026-06", failing=("studies_finished",), status="b_objet_licence_3_en_cours"),
    )),
    # Feature: attachment_form — aim — Projet professionnel : chargée d'accompagnement dans une SCIC d'habitat participatif
    N("attachment_form", "aim", "Projet professionnel : chargée d'accompagnement dans une SCIC d'habitat participatif", M(
        "Elif Karaca <elif.karaca@example.com>", "Formulaire Pro'pulse", "10 12:04",
        """Bonjour,

Vous trouverez mon formulaire en pièce jointe (PDF).

Elif Karaca""",
        app("Elif", "Karaca", phone="+33669027143", bac=3, grad="2025-09", status="b_formulaire_scic_habitat", info_in="cv"),
        cv=CV("pdf", "Formulaire_Karaca.pdf", """Pro'pulse — formulaire de candidature
Elif Karaca — 06 69 02 71 43
Niveau d'études : Licence de géographie et aménagement
Date d'obtention : septembre 2025
Études terminées : oui
Stage : non / Service civique : non / Reconversion : non
Projet professionnel : chargée d'accompagnement dans une SCIC d'habitat participatif"""),
    )),
    # Feature: table_layout — career_change — je ne pense pas ; animatrice BAFA pendant plusieurs années
    # ambiguous: «plusieurs années» of animation, without saying whether during her studies (student jobs) or as a trade before them.
    N("table_layout", "career_change", "je ne pense pas ; animatrice BAFA pendant plusieurs années", M(
        "Nour El Houda Saidi <nourelhouda.saidi@example.org>", "Tableau Pro'pulse", "11 19:40",
        """Bonjour,

| Critère | Ma situation |
|---|---|
| Bac+2 minimum | Licence Sciences sanitaires et sociales |
| Diplôme depuis moins de 2 ans | juin 2025 |
| Études terminées | oui |
| Stage / service civique | non |
| Reconversion | je ne pense pas ; animatrice BAFA pendant plusieurs années |
| Emploi dans l'ESS | oui, en centre social |

Nour El Houda Saidi
06 35 12 98 47""",
        app("Nour El Houda", "Saidi", phone="+33635129847", bac=3, grad="2025-06", unknown=("not_career_change",), status="b_animatrice_bafa_plusieurs_annees"),
    )),
    # Feature: table_layout — career_change — non, c'est mon premier emploi après le master
    N("table_layout", "career_change", "non, c'est mon premier emploi après le master", M(
        "Kwame Mensah <kwame.mensah@example.net>", "Critères Pro'pulse", "12 10:18",
        """Bonjour,

Critère | Ma situation
Bac+2 minimum | Master Économie du développement
Date d'obtention | décembre 2024
Reconversion | non, c'est mon premier emploi après le master
Stage / service civique | aucun
ESS | oui, commerce équitable

Kwame Mensah
07 18 64 39 05""",
        app("Kwame", "Mensah", phone="+33718643905", bac=5, grad="2024-12", status="b_premier_emploi_apres_master"),
        html="only",
        body_html="<html><body><p>Bonjour,</p><table><tr><td><b>Critère</b></td><td><b>Ma situation</b></td></tr><tr><td>Bac+2 minimum</td><td>Master Économie du développement</td></tr><tr><td>Date d'obtention</td><td>décembre 2024</td></tr><tr><td>Reconversion</td><td>non, c'est mon premier emploi après le master</td></tr><tr><td>Stage / service civique</td><td>aucun</td></tr><tr><td>ESS</td><td>oui, commerce équitable</td></tr></table><p>Kwame Mensah<br>07 18 64 39 05</p></body></html>",
    )),
    # Feature: numbered_points — situation — 4. Je suis en service civique jusqu'en mars
    N("numbered_points", "situation", "4. Je suis en service civique jusqu'en mars", M(
        "Inès Boukhari <ines.boukhari@example.fr>", "Pro'pulse - conditions 1 à 6", "13 14:09",
        """Bonjour,

1. BTS Tourisme, oui
2. Obtenu en juin 2025
3. Études terminées
4. Je suis en service civique jusqu'en mars, dans une association de lutte contre l'illettrisme
5. Pas de reconversion
6. Oui, l'ESS c'est ce que je veux

Inès Boukhari
06 72 05 83 16""",
        app("Inès", "Boukhari", phone="+33672058316", bac=2, grad="2025-06", failing=("not_service_civique",), status="b_service_civique_jusqua_mars"),
    )),
    # Feature: numbered_points — level — 1 : non, CAP petite enfance et bac pro
    N("numbered_points", "level", "1 : non, CAP petite enfance et bac pro", M(
        "Fanta Keïta <fanta.keita@example.org>", "conditions", "14 18:22",
        """Bonjour madame monsieur,

1 : non, CAP petite enfance et bac pro
2 : bac pro en juillet 2025
3 : oui
4 : pas de stage, pas de service civique
5 : pas de reconversion
6 : oui crèche associative

Fanta Keïta
07 40 91 26 73""",
        app("Fanta", "Keïta", phone="+33740912673", bac=0, grad="2025-07", failing=("degree_level",), status="b_cap_petite_enfance_bac_pro"),
    )),
    # Feature: quoted_inline — studies_finished — Oui, terminées en juin : licence pro validée, plus aucun cours
    N("quoted_inline", "studies_finished", "Oui, terminées en juin : licence pro validée, plus aucun cours", M(
        "Anh Tuan Vo <anhtuan.vo@example.com>", "Re: Pro'pulse", "15 09:44",
        """Bonjour,

> - sont titulaires d'un diplôme de niveau bac+2 minimum ;
Licence professionnelle Coordination de projets de l'ESS.

> - ont terminé leurs études ;
Oui, terminées en juin : licence pro validée, plus aucun cours.

> - cherchent un emploi dans l'ESS (association, coopérative, mutuelle, fondation, entreprise sociale).
Oui, en coopérative.

Vo Anh Tuan
06 25 69 38 04""",
        app("Anh Tuan", "Vo", phone="+33625693804", bac=3, grad="2026-06", status="b_licence_pro_validee_juin"),
    )),
    # Feature: checklist_marks — aim — ? Emploi dans l'ESS : je cherche dans le social ou en grande surface
    # ambiguous: «le social» may be an association or a public service, and the other half of the aim is a supermarket: the ESS is neither named nor excluded.
    N("checklist_marks", "aim", "? Emploi dans l'ESS : je cherche dans le social ou en grande surface", M(
        "Kateryna Melnyk <kateryna.melnyk@example.net>", "Candidature", "16 11:11",
        """Bonjour,

✔ Bac+2 : licence de psychologie
✔ Diplômée depuis moins de 2 ans : septembre 2025
✔ Études terminées
✔ Pas en stage, pas en service civique, pas en reconversion
? Emploi dans l'ESS : je cherche dans le social ou en grande surface, je ne connais pas bien l'ESS

Kateryna Melnyk
07 86 23 57 10""",
        app("Kateryna", "Melnyk", phone="+33786235710", bac=3, grad="2025-09", unknown=("job_seeking_ess",), status="b_social_ou_grande_surface"),
    )),
    # Feature: yes_no_answers — graduation — Diplômée depuis moins de deux ans ? Pile deux ans, je crois
    # ambiguous: «pile deux ans, je crois» puts the diploma around November 2024, at the limit, and she is not sure of it.
    N("yes_no_answers", "graduation", "Diplômée depuis moins de deux ans ? Pile deux ans, je crois", M(
        "Ximena Arancibia <ximena.arancibia@example.org>", "Pro'pulse réponses", "17 16:03",
        """Bonjour,

Bac+2 ? Oui, licence LLCER espagnol.
Diplômée depuis moins de deux ans ? Pile deux ans, je crois.
Études terminées ? Oui.
En stage ? Non. En service civique ? Non.
Reconversion ? Non.
Emploi dans l'ESS ? Oui, dans une association d'alphabétisation.

Ximena Arancibia
06 57 40 18 92""",
        app("Ximena", "Arancibia", phone="+33657401892", bac=3, grad=None, unknown=("graduation_recent",), status="b_pile_deux_ans_je_crois"),
    )),
    # Feature: form_fields — situation — Situation actuelle : demandeur d'emploi, service civique terminé le 31 octobre
    N("form_fields", "situation", "Situation actuelle : demandeur d'emploi, service civique terminé le 31 octobre", M(
        "Malick Cissé <malick.cisse@example.com>", "Formulaire de candidature", "18 08:26",
        """Nom : Cissé
Prénom : Malick
Niveau d'études : BTS Management commercial opérationnel
Date d'obtention : juin 2025
Situation actuelle : demandeur d'emploi, service civique terminé le 31 octobre
Projet : vendeur-conseil dans une coopérative bio
Téléphone : 06 93 51 27 08""",
        app("Malick", "Cissé", phone="+33693512708", bac=2, grad="2025-06", status="b_service_civique_fini_31_octobre"),
    )),
    # Feature: exceptions_claimed — graduation — la règle des deux ans ne s'applique pas à moi : diplôme en septembre 2023, puis une année de césure
    N("exceptions_claimed", "graduation", "la règle des deux ans ne s'applique pas à moi : diplôme en septembre 2023, puis une année de césure", M(
        "Bastien Le Goff <bastien.legoff@example.fr>", "Pro'pulse - exception aux deux ans ?", "19 20:50",
        """Bonjour,

Je pense que la règle des deux ans ne s'applique pas à moi : diplôme en septembre 2023, puis une année de césure à voyager, donc je n'ai vraiment commencé à chercher qu'en 2025. Master Gestion des territoires et développement local.

Pas de stage, pas de service civique, et je cherche dans l'ESS (tiers-lieux).

Bastien Le Goff
07 31 46 85 02""",
        app("Bastien", "Le Goff", phone="+33731468502", bac=5, grad="2023-09", failing=("graduation_recent",), status="b_annee_de_cesure_2023"),
    )),
    # Feature: english_form — kind — Does a two-year HND count as bac+2 level?
    N("english_form", "kind", "Does a two-year HND count as bac+2 level?", M(
        "Oluwaseun Adeyemi <oluwaseun.adeyemi@example.com>", "Question about the criteria", "20 12:40",
        """Hello,

Your English page says "you hold a degree at bac+2 level or higher (two years of higher education)". Does a two-year HND count as bac+2 level? Several people in my community want to know before applying.

Kind regards,
Oluwaseun Adeyemi""",
        question("en"),
    )),
    # Feature: table_layout — kind — | Critère | Votre situation |
    N("table_layout", "kind", "| Critère | Votre situation |", M(
        "Baptiste Moreau <baptiste.moreau@example.net>", "Re: Pro'pulse - tableau à compléter", "21 09:05",
        """Bonjour,

Bien reçu, je remplis le tableau ce soir et je vous le renvoie.

Baptiste

> Merci de compléter ce tableau :
> | Critère | Votre situation |
> | Bac+2 minimum | |
> | Diplôme depuis moins de deux ans | |
> | Stage, service civique, reconversion | |""",
        reply(),
        headers={"In-Reply-To": "<tableau.b06@animafac.net>", "References": "<tableau.b06@animafac.net>"},
    )),
    # Feature: numbered_points — kind — > 4. Ne pas être en stage ni en service civique.
    N("numbered_points", "kind", "> 4. Ne pas être en stage ni en service civique.", M(
        "Samira Ouali <samira.ouali@example.org>", "Automatic reply: Conditions pour candidater à Pro'pulse", "22 18:00",
        """Merci pour votre message. Je suis en congé jusqu'au 1er décembre.
Thank you for your email, I am on leave until 1 December.

> Conditions pour candidater à Pro'pulse :
> 1. Être titulaire d'un diplôme bac+2 minimum.
> 2. Avoir obtenu ce diplôme depuis moins de deux ans.
> 3. Avoir terminé ses études.
> 4. Ne pas être en stage ni en service civique.""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: forwarded_call — kind — Transféré de la part de Pro'pulse
    N("forwarded_call", "kind", "Transféré de la part de Pro'pulse", M(
        "Info Jeunes Occitanie <infos@lists.infojeunes-occitanie.example.org>", "Infos Jeunes - la sélection de la semaine", "23 07:30",
        """INFOS JEUNES - la sélection de la semaine

1) Transféré de la part de Pro'pulse :
« Pro'pulse — premier emploi dans l'économie sociale et solidaire. Le programme s'adresse aux jeunes diplômé·es (bac+2 minimum, diplôme depuis moins de deux ans, études terminées) qui cherchent un emploi dans l'ESS. Ne peuvent pas candidater : les personnes en reconversion professionnelle, en stage ou en service civique. »

2) Job dating de l'animation le 10 décembre.

Se désabonner : unsubscribe@lists.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: attachment_form — kind — Formulaire_Propulse_vierge.docx
    N("attachment_form", "kind", "Formulaire_Propulse_vierge.docx", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Mensagem não entregue", "24 10:47",
        """Não foi possível entregar a sua mensagem a joana.prates@example.org.
A caixa de correio não existe.

Mensagem original : « Votre candidature à Pro'pulse », anexo Formulaire_Propulse_vierge.docx""",
        bounce("joana.prates@example.org"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; joana.prates@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: exceptions_claimed — kind — les jeunes encore en service civique ne peuvent pas candidater
    N("exceptions_claimed", "kind", "les jeunes encore en service civique ne peuvent pas candidater", M(
        "Julien Petitjean <julien.petitjean@ligue-enseignement.example.org>", "Relais de Pro'pulse auprès de nos volontaires", "25 15:15",
        """Bonjour,

Nous avons bien noté que les jeunes encore en service civique ne peuvent pas candidater. Nous présenterons donc Pro'pulse à nos volontaires lors de leur bilan de fin de mission, en juin, et pas avant.

Pouvez-vous nous confirmer les dates de la prochaine promotion ?

Julien Petitjean
Ligue de l'enseignement""",
        other(),
    )),
]
