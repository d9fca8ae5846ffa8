"""Newyear corpus, batch 06 (writer B): Wednesday 20 – Friday 22 January 2027, each mail read on its own day.
The juries of the 20th sit or have sat, results come «la semaine prochaine», civic services begun on the 15th
run, the holidays' drafts are finally sent, and a diploma of the winter 2024-2025 sits on the limit."""
# ruff: noqa: E501

from __future__ import annotations

from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply
from newyear import N

MESSAGES = [
    # Feature: newyear_other_mail — kind — en congé maternité jusqu'au 3 mai 2027
    # route: a partner's out-of-office (Auto-Submitted); her leave's dates are hers → auto_reply
    N("newyear_other_mail", "kind", "en congé maternité jusqu'au 3 mai 2027", M(
        "Perrine Gaudichon <p.gaudichon@federation-centres-sociaux-06.example.org>",
        "Réponse automatique : Ateliers Pro'pulse à Nice",
        "2027-01-20 07:45",
        """Bonjour,

Je suis en congé maternité jusqu'au 3 mai 2027. Pendant mon absence, le suivi des partenariats emploi est assuré par Karim Benmansour (k.benmansour@federation-centres-sociaux-06.example.org).

Perrine Gaudichon
Fédération des centres sociaux des Alpes-Maritimes""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: year_ahead — situation — mon service civique commence le 1er février
    # route: the body: a licence of June 2026 and «mon service civique commence le 1er février», after 2027-01-20: not yet a situation on the reading day → eligible
    N("year_ahead", "situation", "mon service civique commence le 1er février", M(
        "Lison Peyrac <lison.peyrac@gmail.com>",
        "Pro'pulse avant mon service civique ?",
        "2027-01-20 09:04",
        """Bonjour,

J'ai une licence de géographie obtenue en juin 2026. J'ai été prise en service civique à la Ligue de l'enseignement : mon service civique commence le 1er février. D'ici là, j'ai dix jours libres et je voulais commencer à préparer ma recherche d'emploi dans l'éducation populaire, pour la suite.

Est-ce que je peux candidater maintenant ?

Lison Peyrac
06 74 30 92 18""",
        app("Lison", "Peyrac", phone="+33674309218", bac=3, grad="2026-06", status="b_lison_sc_1er_fevrier"),
    )),
    # Feature: winter_results — studies_finished — le jury se réunit ce matin
    # ambiguous: the jury sits on the reading day and its result is not told: whether the master is obtained is open
    # route: the body: a M2 whose every exam and defence is done and whose «jury se réunit ce matin» (20 January), the result not out when she writes on 2027-01-20 → studies_finished open → to_verify
    N("winter_results", "studies_finished", "le jury se réunit ce matin", M(
        "Hortense Abdelkader <hortense.abdelkader@gmail.com>",
        "Candidature Pro'pulse (M2 Intervention sociale)",
        "2027-01-20 10:31",
        """Bonjour,

Je termine un M2 Intervention et développement social (Université d'Angers, promotion décalée). Soutenance passée le 8 janvier, tous les examens sont faits, et le jury se réunit ce matin : je croise les doigts !

Je voudrais candidater dès maintenant pour être accompagnée dans ma recherche d'un poste de chargée de développement dans une fédération associative ou un centre social.

Hortense Abdelkader
06 18 44 90 27""",
        app("Hortense", "Abdelkader", phone="+33618449027", bac="*", grad=None, unknown=("studies_finished",), status="b_hortense_jury_ce_matin"),
    )),
    # Feature: january_now — situation — je suis en service civique depuis le 15
    # route: the body: a BTS of 2026 and «je suis en service civique depuis le 15» (15 January), running on 2027-01-20 for seven months → not_service_civique fails → not_eligible
    N("january_now", "situation", "je suis en service civique depuis le 15", M(
        "Nolwenn Quenum <nolwenn.quenum@outlook.fr>",
        "info",
        "2027-01-20 12:58",
        """Bonjour,
je suis en service civique depuis le 15 (chez Unis-Cité, pour 7 mois) après mon BTS ESF de l'an dernier. Est-ce que je peux faire Pro'pulse en même temps pour trouver un boulot après ? Je voudrais travailler dans le logement social associatif.
Merci
Nolwenn Quenum
07 38 21 64 59""",
        app("Nolwenn", "Quenum", phone="+33738216459", bac=2, grad="2026", failing=("not_service_civique",), status="b_nolwenn_sc_depuis_le_15"),
    )),
    # Feature: december_past — situation — stage terminé le 18 décembre
    # route: the body: a master of September 2026 and a post-diploma internship «terminé le 18 décembre», over on 2027-01-20; a post in a Scop sought → eligible
    N("december_past", "situation", "stage terminé le 18 décembre", M(
        "Gaspard Ferreira-Lunel <gaspard.ferreiralunel@gmail.com>",
        "Candidature",
        "2027-01-20 15:12",
        """Bonjour,

Diplômé d'un master Économie sociale et solidaire (Reims, septembre 2026), j'ai enchaîné avec un stage de trois mois dans une coopérative d'habitants : stage terminé le 18 décembre, sans embauche à la clé malheureusement.

Je cherche désormais un CDD ou un CDI de chargé de mission dans une Scop, une CAE ou un réseau de l'habitat participatif. Je suis mobile dans le Grand Est.

Merci de votre retour,
Gaspard Ferreira-Lunel
06 66 70 14 82""",
        app("Gaspard", "Ferreira-Lunel", phone="+33666701482", bac=5, grad="2026-09", status="b_gaspard_stage_18_decembre"),
    )),
    # Feature: limit_turning — graduation — diplômé à l'hiver 2024-2025
    # ambiguous: a winter across the year's turn spans both sides of the limit (2024-12 fails, 2025-01 meets): the date is open
    # route: an HTML-only mail: a licence pro «diplômé à l'hiver 2024-2025» with no month, read on 2027-01-20: December 2024 fails, January–March 2025 meets → graduation_recent open → to_verify (graduation null: not even the year is sure)
    N("limit_turning", "graduation", "diplômé à l'hiver 2024-2025", M(
        "Rayane Benmansour <rayane.benmansour@gmail.com>",
        "demande d'accompagnement",
        "2027-01-20 18:40",
        """Bonsoir,

J'ai une licence professionnelle Gestion des structures sanitaires et sociales, j'ai été diplômé à l'hiver 2024-2025 (je ne me rappelle plus la date exacte du jury, c'était pendant les vacances de Noël ou juste après).

Je voudrais travailler comme assistant de direction dans une association du médico-social. Est-ce que je rentre encore dans les deux ans ?

Rayane Benmansour
07 92 46 13 08""",
        app("Rayane", "Benmansour", phone="+33792461308", bac=3, grad=None, unknown=("graduation_recent",), status="b_rayane_hiver_2024_2025"),
        html="only",
    )),
    # Feature: year_ahead — studies_finished — je serai diplômée cette année
    # route: the body: a BTS student, «je serai diplômée cette année» (June 2027), a bac only obtained: studies not finished and no diploma of bac+2 yet → studies_finished and degree_level fail → not_eligible
    N("year_ahead", "studies_finished", "je serai diplômée cette année", M(
        "Maïwenn Thibaudeau <maiwenn.thibaudeau@gmail.com>",
        "question candidature",
        "2027-01-20 21:17",
        """Bonjour !! je suis en 2e année de BTS SP3S et je serai diplômée cette année, en juin normalement. Je voulais savoir si je pouvais déjà m'inscrire à votre programme pour trouver un travail dans une asso pour septembre. J'ai mon bac depuis 2025.

Merci beaucoup
Maïwenn Thibaudeau
06 03 81 57 49""",
        app("Maïwenn", "Thibaudeau", phone="+33603815749", bac=0, grad=None, failing=("degree_level", "studies_finished"), status="b_maiwenn_diplomee_cette_annee"),
    )),
    # Feature: newyear_other_mail — kind — j'ai signé un CDI qui commence le 1er février
    # route: a reply in our thread (In-Reply-To <…@animafac.net>, our interview invitation quoted) withdrawing: a job found → reply
    N("newyear_other_mail", "kind", "j'ai signé un CDI qui commence le 1er février", M(
        "Sacha Pellegrin <sacha.pellegrin@laposte.net>",
        "Re: Pro'pulse - votre entretien du 26 janvier",
        "2027-01-21 08:20",
        """Bonjour,

Je vous remercie pour la proposition d'entretien, mais je dois me désister : j'ai signé un CDI qui commence le 1er février, dans une régie de quartier à Besançon. Je libère donc ma place pour quelqu'un d'autre.

Merci encore pour votre réactivité, et bonne continuation à toute l'équipe.
Sacha Pellegrin

-------- Message d'origine --------
De : Pro'pulse <propulse@animafac.net>
Date : 18/01/2027 11:05
Objet : Pro'pulse - votre entretien du 26 janvier
Bonjour Sacha, nous vous proposons un entretien le mardi 26 janvier à 10 h. Merci de nous confirmer votre présence.""",
        reply(),
        headers={"In-Reply-To": "<entretien-2027-01-18-0342@animafac.net>", "References": "<entretien-2027-01-18-0342@animafac.net>"},
    )),
    # Feature: holidays_gap — level — CV refait pendant les vacances
    # route: the body and the attached CV «refait pendant les vacances»: a bac pro and a CAP only (niveau 4 at most), the bac pro of 2023 → degree_level and graduation_recent fail → not_eligible
    N("holidays_gap", "level", "CV refait pendant les vacances", M(
        "Dylan Moreau-Sissoko <dylan.moreausissoko@gmail.com>",
        "candidature + CV",
        "2027-01-21 09:40",
        """Bonjour,

Voici mon CV refait pendant les vacances, mon cousin m'a aidé pour la mise en page. J'ai un bac pro et un CAP, j'ai travaillé dans la logistique et je voudrais bosser dans une recyclerie ou un atelier vélo associatif.

Merci de me dire si je peux participer.

Dylan Moreau-Sissoko
07 87 40 15 62""",
        app("Dylan", "Moreau-Sissoko", phone="+33787401562", bac=0, grad="2023", failing=("degree_level", "graduation_recent"), status="b_dylan_cv_vacances", info_in="cv"),
        cv=CV("odt", "CV Dylan Moreau-Sissoko.odt", """Dylan Moreau-Sissoko
07 87 40 15 62 — dylan.moreausissoko@gmail.com
Diplômes
2023 : Bac professionnel Logistique, lycée Jean-Jaurès, Montreuil
2021 : CAP Opérateur logistique
Expériences
2023-2026 : Préparateur de commandes (intérim)
Bénévole à l'atelier vélo La Roue Libre (depuis 2025)"""),
    )),
    # Feature: english_newyear — graduation — my graduation ceremony was in December
    # route: an English mail: a BA «awarded in July», while «my graduation ceremony was in December» (a ceremony later than the award): graduation 2026-07, read on 2027-01-21; an ESS job sought → eligible, language en
    N("english_newyear", "graduation", "my graduation ceremony was in December", M(
        "Imogen Okafor-Hale <imogen.okaforhale@gmail.com>",
        "Application - BA graduate",
        "2027-01-21 10:55",
        """Hi,

I'm a British graduate now living in Bordeaux with my partner. My BA in Social Policy (University of Leeds, three years) was awarded in July, and my graduation ceremony was in December, so I flew back for it just before Christmas.

I'd really like to work in a French association or cooperative, ideally on housing or homelessness. My French is B2 and improving. Could I join the next Pro'pulse group?

Many thanks,
Imogen Okafor-Hale
+33 6 59 12 48 73""",
        app("Imogen", "Okafor-Hale", phone="+33659124873", bac=3, grad="2026-07", language="en", status="b_imogen_ceremony_in_december"),
    )),
    # Feature: december_past — studies_finished — j'ai rendu mon mémoire fin décembre
    # ambiguous: the thesis is handed in and its mark not out on the reading day: whether the master is obtained is open
    # route: the body: a M2 whose classes are validated and «j'ai rendu mon mémoire fin décembre», the mark «attendue pour mi-février», no defence: a report handed in is no result → studies_finished open → to_verify
    N("december_past", "studies_finished", "j'ai rendu mon mémoire fin décembre", M(
        "Ophélie Grosjean <ophelie.grosjean@gmail.com>",
        "Candidature - accompagnement Pro'pulse",
        "2027-01-21 13:26",
        """Bonjour,

Je suis en M2 Management des entreprises sociales et solidaires (en formation à distance). Tous mes modules sont validés, et j'ai rendu mon mémoire fin décembre. Il n'y a pas de soutenance dans ce parcours : la note est attendue pour mi-février.

Je commence à chercher un poste de responsable de projet dans une entreprise d'insertion ou une association gestionnaire. Pouvez-vous m'accompagner ?

Ophélie Grosjean
06 25 71 38 94""",
        app("Ophélie", "Grosjean", phone="+33625713894", bac="*", grad=None, unknown=("studies_finished",), status="b_ophelie_memoire_fin_decembre"),
    )),
    # Feature: resolutions — aim — ma résolution : trouver un poste qui a du sens
    # route: the body: a licence of 2025 and «ma résolution : trouver un poste qui a du sens» in an association or a cooperative → the aim met; no placement → eligible
    N("resolutions", "aim", "ma résolution : trouver un poste qui a du sens", M(
        "Kenza Aït-Ouarab <kenza.aitouarab@gmail.com>",
        "Bonne année + candidature",
        "2027-01-21 16:02",
        """Bonjour et bonne année à toute l'équipe,

Pour 2027, ma résolution : trouver un poste qui a du sens, dans une association ou une coopérative, et arrêter les petits contrats en restauration. J'ai une licence de psychologie (2025) et je m'intéresse à l'accompagnement des personnes âgées isolées ou aux épiceries solidaires.

Je suis à Clermont-Ferrand. Merci d'avance pour votre réponse !

Kenza Aït-Ouarab
07 51 26 83 40""",
        app("Kenza", "Aït-Ouarab", phone="+33751268340", bac=3, grad="2025", status="b_kenza_resolution_sens"),
    )),
    # Feature: newyear_other_mail — kind — L'adresse de destination n'existe plus
    # route: a Mailer-Daemon delivery report (multipart/report): a student mailbox closed after the diploma → bounce
    N("newyear_other_mail", "kind", "L'adresse de destination n'existe plus", M(
        "Mail Delivery System <MAILER-DAEMON@mx.animafac.net>",
        "Non remis : Votre candidature à Pro'pulse",
        "2027-01-21 17:33",
        """Ce message n'a pas pu être remis.

L'adresse de destination n'existe plus : yohan.szabo@etu.univ-amu.example.fr
(compte étudiant désactivé)""",
        bounce("yohan.szabo@etu.univ-amu.example.fr"),
        bounce="""Reporting-MTA: dns; mx.animafac.net
Final-Recipient: rfc822; yohan.szabo@etu.univ-amu.example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown (account disabled)""",
    )),
    # Feature: january_now — career_change — j'ai signé un CDD qui commence lundi
    # ambiguous: years of work before the new diploma are told only as «différents métiers»: whether it is a career change is open
    # route: the body: a woman of 36 with «différents métiers» before a licence pro of 2026, and «j'ai signé un CDD qui commence lundi» (a job, no placement); her past trades not said → not_career_change open → to_verify
    N("january_now", "career_change", "j'ai signé un CDD qui commence lundi", M(
        "Béatrice Chapuis <beatrice.chapuis@orange.fr>",
        "Pro'pulse",
        "2027-01-21 20:48",
        """Bonjour,

J'ai 36 ans. Après des années à faire différents métiers, j'ai repris mes études et obtenu en juin 2026 une licence professionnelle Intervention sociale. Bonne nouvelle : j'ai signé un CDD qui commence lundi, trois mois de remplacement comme accompagnatrice dans une association d'insertion.

J'aimerais quand même être accompagnée pour trouver un poste durable dans l'ESS après ce CDD. Est-ce possible ?

Béatrice Chapuis
06 30 58 26 17""",
        app("Béatrice", "Chapuis", phone="+33630582617", bac=3, grad="2026-06", unknown=("not_career_change",), status="b_beatrice_cdd_lundi"),
    )),
    # Feature: newyear_other_mail — kind — Les rendez-vous de février de l'emploi associatif
    # route: a webinar platform's newsletter (List-Unsubscribe, Precedence: bulk); its «jeunes diplômé·es» are its audience → newsletter
    N("newyear_other_mail", "kind", "Les rendez-vous de février de l'emploi associatif", M(
        "Assos & Emploi <infos@assos-emploi.example.net>",
        "Les rendez-vous de février de l'emploi associatif",
        "2027-01-21 22:00",
        """Assos & Emploi — la lettre

Les rendez-vous de février de l'emploi associatif

- 2 février, 12 h 30 : webinaire « Rédiger une fiche de poste quand on est une petite association »
- 9 février, 18 h : « Jeunes diplômé·es : réussir son premier entretien dans l'ESS »
- 16 février : atelier en ligne sur le contrat d'engagement éducatif

Inscriptions gratuites sur assos-emploi.example.net.

Pour ne plus recevoir cette lettre : https://assos-emploi.example.net/unsubscribe""",
        newsletter(),
        headers={"List-Unsubscribe": "<https://assos-emploi.example.net/unsubscribe>", "Precedence": "bulk"},
    )),
    # Feature: limit_turning — graduation — soutenance de novembre 2024
    # route: the body and the attached CV: a master whose «soutenance de novembre 2024» gave the diploma that month, read on 2027-01-22: 26 months back → graduation_recent fails → not_eligible
    N("limit_turning", "graduation", "soutenance de novembre 2024", M(
        "Mathias Eriksen-Dupuy <mathias.eriksendupuy@gmail.com>",
        "Candidature Pro'pulse",
        "2027-01-22 08:36",
        """Bonjour,

Je me permets de vous envoyer ma candidature. J'ai obtenu mon master Politiques de l'environnement à la soutenance de novembre 2024, puis j'ai travaillé un an et demi en CDD dans un bureau d'études. Je souhaite désormais rejoindre une association de protection de l'environnement ou une coopérative d'énergie citoyenne.

Mon CV est joint.

Cordialement,
Mathias Eriksen-Dupuy
06 91 35 62 08""",
        app("Mathias", "Eriksen-Dupuy", phone="+33691356208", bac=5, grad="2024-11", failing=("graduation_recent",), status="b_mathias_soutenance_novembre_2024"),
        cv=CV("pdf", "Mathias_Eriksen-Dupuy_CV.pdf", """Mathias Eriksen-Dupuy
mathias.eriksendupuy@gmail.com — 06 91 35 62 08
Formation
Master Politiques de l'environnement, Université de Pau (soutenance de novembre 2024)
Licence Géographie (2022)
Expériences
2025-2026 : Chargé d'études junior, bureau d'études Terres & Eaux (CDD 18 mois)
Bénévole, association Énergies citoyennes du Béarn"""),
    )),
    # Feature: last_year_words — situation — je suis en mission dans une association de quartier
    # ambiguous: a «mission» running on the reading day whose nature is not told: the placement criteria are open
    # route: the body: a BTS «l'année dernière» (2026) and «je suis en mission dans une association de quartier» until March, its kind not told (internship, civic service or contract) → not_internship and not_service_civique open → to_verify
    N("last_year_words", "situation", "je suis en mission dans une association de quartier", M(
        "Idrissa Valois-Mendy <idrissa.valoismendy@gmail.com>",
        "Inscription au programme",
        "2027-01-22 11:14",
        """Bonjour,

J'ai eu mon BTS Économie sociale familiale l'année dernière. En ce moment je suis en mission dans une association de quartier à Saint-Denis, jusqu'à fin mars, sur l'aide aux démarches administratives.

Ensuite je voudrais trouver un emploi stable de conseiller en économie sociale familiale, dans une association ou un bailleur social associatif.

Idrissa Valois-Mendy
06 14 92 75 36""",
        app("Idrissa", "Valois-Mendy", phone="+33614927536", bac=2, grad="2026", unknown=("not_internship", "not_service_civique"), status="b_idrissa_en_mission"),
    )),
    # Feature: school_year — graduation — promo 2025
    # route: the body: a BUT Carrières sociales «promo 2025» (graduation year 2025, meets read in January 2027); a post in an association sought → eligible
    N("school_year", "graduation", "promo 2025", M(
        "Fanny Rivollier <fanny.rivollier@free.fr>",
        "BUT Carrières sociales promo 2025 - candidature",
        "2027-01-22 12:05",
        """Bonjour,

Je suis titulaire d'un BUT Carrières sociales, parcours Éducation spécialisée (IUT de Grenoble, promo 2025). Depuis, j'ai fait des remplacements en foyer d'hébergement.

Je voudrais trouver un poste d'éducatrice ou de coordinatrice dans une association de protection de l'enfance. Est-ce que Pro'pulse peut m'aider ?

Fanny Rivollier
07 24 68 51 90""",
        app("Fanny", "Rivollier", phone="+33724685190", bac=3, grad="2025", status="b_fanny_promo_2025"),
    )),
    # Feature: winter_results — studies_finished — j'ai raté mon rattrapage
    # route: the body: a licence whose last UE was failed again — «j'ai raté mon rattrapage», results out on the 19th: the licence not obtained → studies_finished fails → not_eligible (a BTS of 2024 the last level obtained)
    N("winter_results", "studies_finished", "j'ai raté mon rattrapage", M(
        "Enzo Brossard <enzo.brossard@hotmail.fr>",
        "Possible ou pas ?",
        "2027-01-22 14:39",
        """Salut,

Bon, j'ai raté mon rattrapage (résultats tombés le 19), donc ma licence pro n'est pas validée, il me manque la gestion financière. Je dois me réinscrire l'an prochain pour cette UE. J'ai un BTS depuis 2024.

Du coup est-ce que je peux quand même faire votre programme pour chercher du travail dans une asso sportive ?

Enzo Brossard
06 82 47 30 15""",
        app("Enzo", "Brossard", phone="+33682473015", bac=2, grad=None, failing=("studies_finished",), status="b_enzo_rate_rattrapage"),
    )),
    # Feature: newyear_other_mail — kind — les diplômes obtenus à l'étranger sont-ils acceptés
    # route: a question about foreign diplomas in general, no fact of the writer's own → question
    N("newyear_other_mail", "kind", "les diplômes obtenus à l'étranger sont-ils acceptés", M(
        "Amadou Ouattara <amadou.ouattara@yahoo.fr>",
        "Question diplômes étrangers",
        "2027-01-22 15:50",
        """Bonjour,

Pour Pro'pulse, les diplômes obtenus à l'étranger sont-ils acceptés, ou faut-il une attestation de comparabilité ? Et dans ce cas, combien de temps faut-il compter ?

Bien cordialement,
A. Ouattara""",
        question(),
    )),
    # Feature: written_for_newyear — aim — il vise un poste aux services techniques de la mairie
    # route: a Mission locale adviser back from her holidays presents a young man (his phone in the body, no email of his): a BTS of 2025, «il vise un poste aux services techniques de la mairie» (local government only) → job_seeking_ess fails → not_eligible, forwarded_by the adviser
    N("written_for_newyear", "aim", "il vise un poste aux services techniques de la mairie", M(
        "Séverine Le Corre <s.lecorre@missionlocale-brest.example.fr>",
        "Orientation d'un jeune - Pro'pulse",
        "2027-01-22 16:25",
        """Bonjour,

De retour de congés, je reprends les dossiers en attente. Je vous présente Loïc Kerdraon, 22 ans, titulaire d'un BTS Aménagements paysagers (2025). Après un an de petits contrats, il vise un poste aux services techniques de la mairie de Brest ou d'une commune voisine, dans les espaces verts.

Il n'a pas d'adresse mail en état de marche pour l'instant ; vous pouvez le joindre au 06 41 73 29 85.

Bien cordialement,
Séverine Le Corre
Conseillère, Mission locale du Pays de Brest""",
        app("Loïc", "Kerdraon", phone="+33641732985", bac=2, grad="2025", email=None, failing=("job_seeking_ess",), forwarded_by="s.lecorre@missionlocale-brest.example.fr", status="b_loic_services_techniques_mairie"),
    )),
    # Feature: resolutions — career_change — nouvelle année, nouveau départ
    # route: the body: «nouvelle année, nouveau départ» from a young graduate (licence 2025) whose first job was in a call centre (a first job, no career change); an association sought → eligible
    N("resolutions", "career_change", "nouvelle année, nouveau départ", M(
        "Théo Nakamura-Blanc <theo.nakamurablanc@gmail.com>",
        "nouvelle année, nouveau départ",
        "2027-01-22 18:11",
        """Bonjour,

Nouvelle année, nouveau départ : j'ai démissionné début janvier de mon premier boulot, téléconseiller dans un centre d'appels (embauché juste après ma licence de LEA en 2025, je n'y suis resté qu'un an et demi).

Je voudrais travailler dans une association de solidarité internationale ou d'accueil des personnes exilées, où mes langues (anglais, japonais, espagnol) serviraient vraiment.

Théo Nakamura-Blanc
07 63 08 42 51""",
        app("Théo", "Nakamura-Blanc", phone="+33763084251", bac=3, grad="2025", status="b_theo_nouveau_depart"),
    )),
    # Feature: english_newyear — studies_finished — the results will be out next week
    # ambiguous: every exam taken and the resit's result not out on the reading day: whether the master is obtained is open
    # route: an English mail: a master's last resit sat in January and «the results will be out next week», every exam taken → studies_finished open → to_verify, language en
    N("english_newyear", "studies_finished", "the results will be out next week", M(
        "Tamar Mendoza-Ruiz <tamar.mendozaruiz@gmail.com>",
        "Pro'pulse application (waiting for results)",
        "2027-01-22 19:30",
        """Hello,

I'm finishing a master's in Urban Planning at Sciences Po Lille (taught in English). I passed everything in June except one course, which I resat on 14 January; the results will be out next week. There is nothing else to take.

I'm looking for a job with a housing cooperative or a community land trust in the Lille area. I speak Spanish, English and French.

Thank you for your time,
Tamar Mendoza-Ruiz
+33 7 70 25 93 64""",
        app("Tamar", "Mendoza-Ruiz", phone="+33770259364", bac="*", grad=None, unknown=("studies_finished",), language="en", status="b_tamar_results_next_week"),
    )),
    # Feature: holidays_gap — graduation — je rentre de Dakar où j'ai passé les fêtes
    # route: the body and the attached CV: «je rentre de Dakar où j'ai passé les fêtes»; a licence (bac+3) of Dakar whose year is said nowhere → graduation_recent open → to_verify
    N("holidays_gap", "graduation", "je rentre de Dakar où j'ai passé les fêtes", M(
        "Aminata Sow-Lacroix <aminata.sowlacroix@gmail.com>",
        "Candidature Pro'pulse",
        "2027-01-22 21:06",
        """Bonjour,

Je rentre de Dakar où j'ai passé les fêtes en famille, et je me remets à ma recherche d'emploi. J'ai une licence de sociologie (bac+3) de l'université Cheikh Anta Diop, et je vis à Montpellier depuis l'été.

Je cherche un poste d'animatrice ou de médiatrice dans une association interculturelle ou un centre social. Je joins mon CV.

Aminata Sow-Lacroix
06 08 53 19 72""",
        app("Aminata", "Sow-Lacroix", phone="+33608531972", bac=3, grad=None, unknown=("graduation_recent",), status="b_aminata_rentre_de_dakar"),
        cv=CV("docx", "CV_Aminata_Sow-Lacroix.docx", """Aminata Sow-Lacroix
aminata.sowlacroix@gmail.com — 06 08 53 19 72
Formation
Licence de sociologie (bac+3), Université Cheikh Anta Diop, Dakar
Expériences
Animatrice bénévole, association Jeunesse et Partage (Dakar)
Médiatrice, festival des cultures africaines de Montpellier (été 2026)
Langues : français, wolof, anglais"""),
    )),
    # Feature: newyear_other_mail — kind — Nuit de la solidarité
    # route: a city's call for volunteers for the «Nuit de la solidarité» count (other): no applicant, no question → other
    N("newyear_other_mail", "kind", "Nuit de la solidarité", M(
        "Mission solidarités - Ville de Villeurbanne <solidarites@villeurbanne-demo.example.fr>",
        "Appel à bénévoles : Nuit de la solidarité du 28 janvier",
        "2027-01-22 22:40",
        """Bonjour,

La Nuit de la solidarité aura lieu le jeudi 28 janvier, de 22 h à 1 h : des équipes de bénévoles parcourent la ville pour aller à la rencontre des personnes sans abri et mieux connaître leurs besoins.

Nous recherchons encore une quarantaine de bénévoles. Une formation d'une heure est prévue le 26 janvier. Si vos participant·es souhaitent s'engager, ils et elles peuvent s'inscrire en ligne.

Merci de relayer !
La Mission solidarités""",
        other(),
    )),
]
