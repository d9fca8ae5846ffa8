"""Answers corpus, batch 08: referrals under the call, English answers, filled forms attached, numbered conditions answered by number."""
# ruff: noqa: E501

from __future__ import annotations

from answers import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: forwarded_call — situation — elle est en service civique à la Croix-Rouge jusqu'en mai
    N("forwarded_call", "situation", "elle est en service civique à la Croix-Rouge jusqu'en mai", M(
        "Antoine Rivière <a.riviere@terre-accueil.example.org>", "TR: Pro'pulse — une candidate de notre association", "01 14:48",
        """Bonjour,

Bénévole à Terre d'Accueil, je vous transmets la candidature de Marwa Al-Khatib, qui a lu l'appel ci-dessous. Licence LEA obtenue à Lille en juin 2025 ; elle est en service civique à la Croix-Rouge jusqu'en mai, et elle voudrait ensuite travailler dans l'ESS.
Contact : marwa.alkhatib@example.com, 06 92 47 15 38.

Antoine Rivière

---------- Forwarded message ---------
De : Pro'pulse <propulse@animafac.net>
Objet : Conditions pour candidater

Conditions pour candidater à Pro'pulse :
1. Être titulaire d'un diplôme bac+2 minimum.
2. Avoir obtenu ce diplôme depuis moins de deux ans.
3. Avoir terminé ses études.
4. Ne pas être en stage ni en service civique.""",
        app("Marwa", "Al-Khatib", phone="+33692471538", bac=3, grad="2025-06", failing=("not_service_civique",), status="b_service_civique_croix_rouge_mai", email="marwa.alkhatib@example.com", forwarded_by="a.riviere@terre-accueil.example.org"),
    )),
    # Feature: forwarded_call — graduation — il a eu son BTS en juin 2026
    N("forwarded_call", "graduation", "il a eu son BTS en juin 2026", M(
        "Pema Lhamo <pema.lhamo@example.net>", "Fwd: Pro'pulse - pour mon cousin", "02 20:10",
        """Bonjour,

Je vous renvoie votre flyer pour mon cousin Tenzin Dorje, qui parle encore mal français : il a eu son BTS en juin 2026 (Gestion de la PME), il a fini ses études, il n'est ni en stage ni en service civique et il veut travailler dans une coopérative.
Son téléphone : 07 14 86 50 23, son mail : tenzin.dorje@example.net.

Pema Lhamo

Début du message réexpédié :
PRO'PULSE — TU AS UN BAC+2 ET TU VEUX BOSSER DANS L'ESS ?
✔ diplôme bac+2 ou plus
✔ diplômé·e depuis moins de 2 ans
✔ études terminées""",
        app("Tenzin", "Dorje", phone="+33714865023", bac=2, grad="2026-06", status="b_cousin_bts_juin_2026", email="tenzin.dorje@example.net", forwarded_by="pema.lhamo@example.net"),
    )),
    # Feature: english_form — studies_finished — Studies finished: not yet, I am in the last year of my bachelor's
    N("english_form", "studies_finished", "Studies finished: not yet, I am in the last year of my bachelor's", M(
        "Sipho Ndlovu <sipho.ndlovu@example.com>", "Pro'pulse application", "03 12:33",
        """Dear Pro'pulse team,

Degree: Bachelor of Social Science (in progress)
Studies finished: not yet, I am in the last year of my bachelor's, graduating in July
Internship / civic service: no
Looking for: a job in a social enterprise in Marseille

Regards,
Sipho Ndlovu
+33 7 81 02 46 95""",
        app("Sipho", "Ndlovu", phone="+33781024695", bac="*", grad=None, failing=("studies_finished",), status="b_last_year_of_bachelor", language="en"),
    )),
    # Feature: english_form — aim — Looking for: anything in Paris, really
    # ambiguous: «anything» neither names the ESS nor excludes it; the coordinator must ask.
    N("english_form", "aim", "Looking for: anything in Paris, really", M(
        "Mei Ling Tan <meiling.tan@example.org>", "Re: Pro'pulse — your first job in the ESS", "04 09:27",
        """Hi,

> you hold a degree at bac+2 level or higher
MA in Cultural Management, Université Paris 1.

> you graduated less than two years ago
November 2025.

> Not eligible: career changers, people currently on an internship or in a service civique.
None of these.

Looking for: anything in Paris, really.

Mei Ling Tan
+33 6 50 73 19 84""",
        app("Mei Ling", "Tan", phone="+33650731984", bac=5, grad="2025-11", unknown=("job_seeking_ess",), status="b_anything_in_paris", language="en"),
    )),
    # Feature: attachment_form — level — Niveau d'études : Master 2 (bac+5) Économie sociale
    N("attachment_form", "level", "Niveau d'études : Master 2 (bac+5) Économie sociale", M(
        "Viktor Bondarenko <viktor.bondarenko@example.fr>", "Pro'pulse", "05 10:15",
        """Bonjour, mon formulaire est en pièce jointe.
Viktor Bondarenko""",
        app("Viktor", "Bondarenko", phone="+33677194052", bac=5, grad="2026-09", status="b_formulaire_m2_economie_sociale", info_in="cv"),
        cv=CV("odt", "formulaire_propulse_bondarenko.odt", """Pro'pulse — formulaire
Viktor Bondarenko — 06 77 19 40 52
Niveau d'études : Master 2 (bac+5) Économie sociale
Date d'obtention : septembre 2026
Études terminées : oui
Stage : terminé en août 2026 — Service civique : non — Reconversion : non
Projet : chargé de développement dans une coopérative d'activité et d'emploi"""),
    )),
    # Feature: attachment_form — career_change — Situation actuelle : vendeuse en CDI depuis 2023
    # ambiguous: a permanent job held now, begun during or after the licence: a student job kept on, or the trade she is leaving?
    N("attachment_form", "career_change", "Situation actuelle : vendeuse en CDI depuis 2023", M(
        "Thị Mai Trần <thimai.tran@example.com>", "Candidature Pro'pulse - formulaire", "06 13:52",
        """Bonjour,

Ci-joint mon formulaire et mon CV.

Trần Thị Mai""",
        app("Thị Mai", "Trần", phone="+33629583170", bac=3, grad="2025-06", unknown=("not_career_change",), status="b_vendeuse_cdi_depuis_2023", info_in="cv"),
        cv=CV("pdf", "Formulaire_CV_Tran.pdf", """Formulaire de candidature Pro'pulse
Trần Thị Mai — 06 29 58 31 70
Niveau d'études : Licence de sociologie
Date d'obtention : juin 2025
Études terminées : oui
Situation actuelle : vendeuse en CDI depuis 2023
Projet : travailler dans une association de solidarité internationale"""),
    )),
    # Feature: yes_no_answers — studies_finished — Vos études sont-elles terminées ? Oui, depuis juin.
    N("yes_no_answers", "studies_finished", "Vos études sont-elles terminées ? Oui, depuis juin.", M(
        "Ibrahima Faye <ibrahima.faye@example.org>", "Mes réponses Pro'pulse", "07 16:41",
        """Bonjour,

Avez-vous un diplôme bac+2 ? Oui, licence pro Gestion des associations.
Vos études sont-elles terminées ? Oui, depuis juin.
Êtes-vous en stage ? Non.
Êtes-vous en reconversion ? Non.
Cherchez-vous un emploi dans l'ESS ? Oui.

Ibrahima Faye
06 16 39 84 72""",
        app("Ibrahima", "Faye", phone="+33616398472", bac=3, grad="2026-06", status="b_etudes_finies_depuis_juin"),
    )),
    # Feature: yes_no_answers — aim — Pas vraiment, plutôt dans l'industrie automobile
    N("yes_no_answers", "aim", "Pas vraiment, plutôt dans l'industrie automobile", M(
        "Hugo Fontaine <hugo.fontaine@example.net>", "Pro'pulse questionnaire", "08 11:19",
        """Bonjour,

Bac+2 ? Oui, BTS Conception des processus de réalisation de produits, juin 2025.
Études terminées ? Oui.
Stage, service civique ? Non.
Cherchez-vous un emploi dans l'ESS ? Pas vraiment, plutôt dans l'industrie automobile.

Hugo Fontaine
07 97 26 48 03""",
        app("Hugo", "Fontaine", phone="+33797264803", bac=2, grad="2025-06", failing=("job_seeking_ess",), status="b_industrie_automobile"),
    )),
    # Feature: numbered_points — career_change — 5 : si, je suis en reconversion (chauffeur routier pendant neuf ans)
    N("numbered_points", "career_change", "5 : si, je suis en reconversion (chauffeur routier pendant neuf ans)", M(
        "Kamel Zeroual <kamel.zeroual@example.fr>", "conditions 1 à 6", "09 08:03",
        """Bonjour,

1 : licence pro Coordination de projets d'économie solidaire
2 : juin 2026
3 : oui
4 : rien en cours
5 : si, je suis en reconversion (chauffeur routier pendant neuf ans)
6 : oui

Kamel Zeroual
06 43 70 95 18""",
        app("Kamel", "Zeroual", phone="+33643709518", bac=3, grad="2026-06", failing=("not_career_change",), status="b_chauffeur_routier_neuf_ans"),
    )),
    # Feature: numbered_points — graduation — 2. Diplôme reçu le 4 juillet 2025
    N("numbered_points", "graduation", "2. Diplôme reçu le 4 juillet 2025", M(
        "Larissa Oliveira <larissa.oliveira@example.com>", "Pro'pulse - mes 6 réponses", "10 19:55",
        """Bonjour,

1. Master Sciences de l'éducation
2. Diplôme reçu le 4 juillet 2025
3. Études terminées
4. Ni stage ni service civique
5. Pas de reconversion
6. Je cherche un poste de formatrice dans un organisme associatif

Larissa Oliveira
07 11 52 87 40""",
        app("Larissa", "Oliveira", phone="+33711528740", bac=5, grad="2025-07", status="b_diplome_recu_4_juillet"),
    )),
    # Feature: self_assessment — situation — je coche toutes les cases sauf peut-être la quatrième
    # ambiguous: the fourth condition is «ni stage ni service civique»; which one may apply, and whether it runs now, is not said.
    N("self_assessment", "situation", "je coche toutes les cases sauf peut-être la quatrième", M(
        "Abebe Girma <abebe.girma@example.org>", "Pro'pulse", "11 12:47",
        """Bonjour,

J'ai lu vos six conditions : je coche toutes les cases sauf peut-être la quatrième. Licence de géographie en juin 2025, et je veux travailler dans l'ESS, dans une association d'éducation à l'environnement.

Abebe Girma
06 88 40 13 26""",
        app("Abebe", "Girma", phone="+33688401326", bac=3, grad="2025-06", unknown=("not_internship", "not_service_civique"), status="b_sauf_peut_etre_la_quatrieme"),
    )),
    # Feature: self_assessment — graduation — sauf celui des deux ans : j'ai eu mon DUT en 2022
    N("self_assessment", "graduation", "sauf celui des deux ans : j'ai eu mon DUT en 2022", M(
        "Stefania Russo <stefania.russo@example.net>", "Candidature", "12 15:30",
        """Bonjour,

Je remplis tous les critères sauf celui des deux ans : j'ai eu mon DUT en 2022. Depuis, petits boulots ; je voudrais travailler dans une ressourcerie, dans l'ESS.

Stefania Russo
07 27 93 65 01""",
        app("Stefania", "Russo", phone="+33727936501", bac=2, grad="2022", failing=("graduation_recent",), status="b_dut_2022"),
    )),
    # Feature: exceptions_claimed — situation — service civique : fini depuis le 30 septembre
    N("exceptions_claimed", "situation", "service civique : fini depuis le 30 septembre", M(
        "Naïma Belhadj <naima.belhadj@example.fr>", "Pro'pulse - je précise", "13 10:42",
        """Bonjour,

Pour vos exclusions : service civique : fini depuis le 30 septembre ; stage : aucun ; reconversion : non. BTS SP3S en juin 2025, je cherche un emploi dans un centre social.

Naïma Belhadj
06 54 18 72 39""",
        app("Naïma", "Belhadj", phone="+33654187239", bac=2, grad="2025-06", status="b_service_civique_fini_30_septembre"),
    )),
    # Feature: exceptions_claimed — level — le bac+2 ne devrait pas bloquer : j'ai le bac et dix ans de bénévolat
    N("exceptions_claimed", "level", "le bac+2 ne devrait pas bloquer : j'ai le bac et dix ans de bénévolat", M(
        "Olivier Ekwalla-Ngono <olivier.ekwallangono@example.com>", "Pro'pulse malgré le bac+2 ?", "14 17:06",
        """Bonjour,

Je pense que le bac+2 ne devrait pas bloquer : j'ai le bac et dix ans de bénévolat dans des associations de quartier. Je cherche un emploi salarié dans l'ESS.

Olivier Ekwalla-Ngono
07 60 34 81 57""",
        app("Olivier", "Ekwalla-Ngono", phone="+33760348157", bac=0, grad=None, failing=("degree_level",), status="b_bac_et_dix_ans_benevolat"),
    )),
    # Feature: quoted_inline — graduation — Non, en juin 2024, mais je n'ai rien trouvé depuis
    N("quoted_inline", "graduation", "Non, en juin 2024, mais je n'ai rien trouvé depuis", M(
        "Élise Marchand <elise.marchand@example.org>", "Re: Pro'pulse — premier emploi dans l'ESS", "15 09:21",
        """Bonjour,

> - sont titulaires d'un diplôme de niveau bac+2 minimum ;
Licence de médiation culturelle.

> - ont obtenu leur diplôme depuis moins de deux ans ;
Non, en juin 2024, mais je n'ai rien trouvé depuis.

> - cherchent un emploi dans l'ESS
Oui.

Élise Marchand
06 31 07 49 86""",
        app("Élise", "Marchand", phone="+33631074986", bac=3, grad="2024-06", failing=("graduation_recent",), status="b_juin_2024_rien_trouve"),
    )),
    # Feature: checklist_marks — career_change — (?) pas de reconversion : j'ai été aide-soignante en intérim pendant ma licence et un peu après
    # ambiguous: work as a care assistant «pendant ma licence et un peu après»: a student job or the start of a trade she is leaving; how long after is not said.
    N("checklist_marks", "career_change", "(?) pas de reconversion : j'ai été aide-soignante en intérim pendant ma licence et un peu après", M(
        "Rokia Coulibaly <rokia.coulibaly@example.net>", "Pro'pulse - ma liste", "16 13:13",
        """Bonjour,

(x) bac+2 : licence de sciences sanitaires et sociales
(x) diplômée depuis moins de 2 ans : juin 2025
(x) études terminées
(?) pas de reconversion : j'ai été aide-soignante en intérim pendant ma licence et un peu après
(x) pas en stage, pas en service civique
(x) emploi dans l'ESS : coordinatrice dans une association d'aide à domicile

Rokia Coulibaly
07 49 62 05 81""",
        app("Rokia", "Coulibaly", phone="+33749620581", bac=3, grad="2025-06", unknown=("not_career_change",), status="b_aide_soignante_interim"),
    )),
    # Feature: form_fields — studies_finished — Études terminées : oui (dernier examen le 2 juillet)
    N("form_fields", "studies_finished", "Études terminées : oui (dernier examen le 2 juillet)", M(
        "Tariq Hussaini <tariq.hussaini@example.com>", "formulaire rempli", "17 10:09",
        """Nom : Hussaini
Prénom : Tariq
Niveau d'études : Licence d'économie
Date d'obtention : juillet 2026
Études terminées : oui (dernier examen le 2 juillet)
Situation actuelle : en recherche d'emploi, ni stage ni service civique
Projet : gestionnaire dans une mutuelle
Téléphone : 06 75 30 92 14""",
        app("Tariq", "Hussaini", phone="+33675309214", bac=3, grad="2026-07", status="b_dernier_examen_2_juillet"),
    )),
    # Feature: table_layout — level — Bac+5 (Master 2 Urbanisme et aménagement)
    N("table_layout", "level", "Bac+5 (Master 2 Urbanisme et aménagement)", M(
        "Soo-ah Park <sooah.park@example.org>", "Pro'pulse - tableau des critères", "18 14:57",
        """Bonjour,

| Critère | Ma situation |
| Niveau | Bac+5 (Master 2 Urbanisme et aménagement) |
| Obtention | décembre 2025 |
| Études terminées | oui |
| Stage / service civique / reconversion | non / non / non |
| Emploi dans l'ESS | oui, dans une foncière solidaire |

Park Soo-ah
06 02 84 57 63""",
        app("Soo-ah", "Park", phone="+33602845763", bac=5, grad="2025-12", status="b_master_2_urbanisme"),
    )),
    # Feature: pasted_call — aim — je cherche surtout du travail, partout où on voudra de moi
    # ambiguous: «partout» neither names the ESS nor excludes it; the coordinator must ask.
    N("pasted_call", "aim", "je cherche surtout du travail, partout où on voudra de moi", M(
        "Ion Rusu <ion.rusu@example.fr>", "Candidature Pro'pulse", "19 18:18",
        """Bonjour,

Conditions pour candidater à Pro'pulse :
1. Être titulaire d'un diplôme bac+2 minimum. — BTS Support à l'action managériale
2. Avoir obtenu ce diplôme depuis moins de deux ans. — juin 2026
3. Avoir terminé ses études. — oui
4. Ne pas être en stage ni en service civique.
5. Ne pas être en reconversion professionnelle.
6. Rechercher un emploi dans l'économie sociale et solidaire (ESS). — je cherche surtout du travail, partout où on voudra de moi

Ion Rusu
07 33 58 20 47""",
        app("Ion", "Rusu", phone="+33733582047", bac=2, grad="2026-06", unknown=("job_seeking_ess",), status="b_partout_ou_on_voudra"),
    )),
    # Feature: yes_no_answers — kind — faut-il répondre oui ou non à « Êtes-vous en service civique ? »
    N("yes_no_answers", "kind", "faut-il répondre oui ou non à « Êtes-vous en service civique ? »", M(
        "Margaux Deschamps <margaux.deschamps@example.org>", "Question sur le questionnaire", "20 11:36",
        """Bonjour,

Si une mission se termine avant le début du programme, faut-il répondre oui ou non à « Êtes-vous en service civique ? » ? La question revient souvent dans notre structure.

Merci,
Margaux Deschamps""",
        question(),
    )),
    # Feature: numbered_points — kind — > 3. Avoir terminé ses études.
    N("numbered_points", "kind", "> 3. Avoir terminé ses études.", M(
        "Yasmina Cherif <yasmina.cherif@example.com>", "Re: Conditions pour candidater à Pro'pulse", "21 19:02",
        """Merci beaucoup, je transmets à ma sœur, c'est elle que ça concerne.

Yasmina

> Conditions pour candidater à Pro'pulse :
> 1. Être titulaire d'un diplôme bac+2 minimum.
> 2. Avoir obtenu ce diplôme depuis moins de deux ans.
> 3. Avoir terminé ses études.""",
        reply(),
        headers={"In-Reply-To": "<conditions.b08@animafac.net>", "References": "<conditions.b08@animafac.net>"},
    )),
    # Feature: attachment_form — kind — > Vous trouverez ci-joint le formulaire de candidature à remplir
    N("attachment_form", "kind", "> Vous trouverez ci-joint le formulaire de candidature à remplir", M(
        "Grégoire Laurent <gregoire.laurent@example.net>", "Réponse automatique : Formulaire de candidature Pro'pulse", "22 06:12",
        """Bonjour, je suis en déplacement jusqu'au 28 novembre et je lirai votre message à mon retour.

> Vous trouverez ci-joint le formulaire de candidature à remplir (niveau d'études, date d'obtention, situation actuelle, projet).""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: self_assessment — kind — Vous cochez toutes les cases ?
    N("self_assessment", "kind", "Vous cochez toutes les cases ?", M(
        "Le Fil de l'ESS <lefil@lists.cress-normandie.example.org>", "Le Fil de l'ESS n°112", "23 07:00",
        """LE FIL DE L'ESS n°112

Jeunes diplômé·es : Vous cochez toutes les cases ? Bac+2 ou plus, diplôme depuis moins de deux ans, études terminées, ni stage ni service civique ni reconversion, et l'envie de travailler dans l'ESS : le programme Pro'pulse vous accompagne.

Agenda : mois de l'ESS, bilan.

Se désinscrire : unsubscribe@lists.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: exceptions_claimed — kind — votre stage est terminé depuis août
    N("exceptions_claimed", "kind", "votre stage est terminé depuis août", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Unzustellbar: Re: Pro'pulse - le point stage", "24 15:49",
        """Ihre Nachricht konnte nicht zugestellt werden an: lena.vogt@example.org
Das Postfach existiert nicht.

> Bonjour Lena, nous avons bien noté que votre stage est terminé depuis août.""",
        bounce("lena.vogt@example.org"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; lena.vogt@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: form_fields — kind — Situation actuelle : (stage, service civique, emploi, recherche)
    N("form_fields", "kind", "Situation actuelle : (stage, service civique, emploi, recherche)", M(
        "Maison de l'emploi du Pays d'Auge <contact@mde-paysdauge.example.fr>", "Notre fiche d'orientation vers Pro'pulse", "25 10:30",
        """Bonjour,

Pour orienter les jeunes vers Pro'pulse, nous utilisons cette fiche ; correspond-elle à ce que vous attendez ?

Niveau d'études :
Date d'obtention :
Situation actuelle : (stage, service civique, emploi, recherche)
Projet dans l'ESS :

Cordialement,
La Maison de l'emploi du Pays d'Auge""",
        other(),
    )),
]
