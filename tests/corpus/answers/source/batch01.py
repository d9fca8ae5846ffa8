"""Answers corpus, batch 01: answers under a quoted call, marks, a yes on a negative question, forms, tables,
numbered conditions, the call pasted and forwarded, exceptions claimed, self-assessment, English, attached forms."""
# ruff: noqa: E501

from __future__ import annotations

from answers import CALL_FLYER, CALL_LISTING, CALL_NUMBERED, CALL_SITE, N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: quoted_inline — graduation — Oui : master 2 obtenu en juillet 2025
    N("quoted_inline", "graduation", "Oui : master 2 obtenu en juillet 2025", M(
        "Maëlle Kerbrat <maelle.kerbrat@example.org>", "Re: Pro'pulse — premier emploi dans l'ESS", "01 09:14",
        """Bonjour,

Je réponds point par point à votre annonce :

> - sont titulaires d'un diplôme de niveau bac+2 minimum ;
Oui, master 2 « Économie sociale et solidaire » à l'université de Brest.

> - ont obtenu leur diplôme depuis moins de deux ans ;
Oui : master 2 obtenu en juillet 2025.

> - ont terminé leurs études ;
Oui, plus aucun cours ni mémoire.

> - cherchent un emploi dans l'ESS
Oui, de préférence dans une coopérative d'activité et d'emploi.

Maëlle Kerbrat
06 21 43 65 87""",
        app("Maëlle", "Kerbrat", phone="+33621436587", bac=5, grad="2025-07", status="master_ess_juillet_2025_quoted"),
    )),
    # Feature: quoted_inline — kind — > Pouvez-vous nous préciser la date d'obtention
    N("quoted_inline", "kind", "> Pouvez-vous nous préciser la date d'obtention", M(
        "Tiago Ferreira <tiago.ferreira@example.net>", "Re: Votre candidature à Pro'pulse", "02 18:40",
        """Bonjour,

Je retrouve l'attestation et je vous l'envoie lundi.

Tiago

Le 30/10/2026 à 11:02, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Tiago,
> Merci pour votre candidature. Le programme demande un diplôme obtenu depuis moins de deux ans.
> Pouvez-vous nous préciser la date d'obtention de votre BTS ?
> L'équipe Pro'pulse""",
        reply(),
        headers={"In-Reply-To": "<tf.2610@animafac.net>", "References": "<tf.2610@animafac.net>"},
    )),
    # Feature: checklist_marks — studies_finished — [ ] études terminées : non, je suis en M2 jusqu'en mai 2027
    N("checklist_marks", "studies_finished", "[ ] études terminées : non, je suis en M2 jusqu'en mai 2027", M(
        "Inès Benali <ines.benali@example.fr>", "Candidature Pro'pulse", "01 21:05",
        """Bonjour,

J'ai repris votre liste :
[x] bac+2 minimum : licence professionnelle obtenue en juin 2025
[x] diplôme de moins de deux ans
[ ] études terminées : non, je suis en M2 jusqu'en mai 2027
[x] emploi dans l'ESS : oui, dans l'insertion par l'activité économique
[x] pas de stage, pas de service civique, pas de reconversion

Je préfère être honnête sur la troisième case. Est-ce bloquant ?

Inès Benali
07 61 22 84 19""",
        app("Inès", "Benali", phone="+33761228419", bac=3, grad="2025-06", failing=("studies_finished",), status="lp_2025_m2_en_cours_case_vide"),
    )),
    # Feature: checklist_marks — situation — ? pas en service civique
    # ambiguous: «un engagement volontaire de six mois» of unstated kind, and a «?» as the mark: stage or service civique, she does not say
    N("checklist_marks", "situation", "? pas en service civique", M(
        "Wanjiru Kamau <wanjiru.kamau@example.org>", "Pro'pulse : ma candidature", "03 10:27",
        """Bonjour,

✅ bac+2 minimum — BTS économie sociale familiale
✅ diplômée depuis moins de 2 ans — juin 2025
✅ études terminées
✅ emploi dans l'ESS — association de quartier ou centre social
✅ pas de reconversion
? pas en stage
? pas en service civique

Pour les deux dernières lignes : je fais un engagement volontaire de six mois dans une association de Rennes, jusqu'en février, et je ne sais pas dans quelle case ça entre.

Wanjiru Kamau
06 34 90 12 56""",
        app("Wanjiru", "Kamau", phone="+33634901256", bac=2, grad="2025-06", unknown=("not_internship", "not_service_civique"), status="bts_esf_engagement_volontaire_point_interrogation"),
    )),
    # Feature: checklist_marks — kind — ✔ diplôme bac+2 ou plus
    N("checklist_marks", "kind", "✔ diplôme bac+2 ou plus", M(
        "La Lettre des Tiers-Lieux du Finistère <lettre@tierslieux29.example.org>", "La lettre de novembre : un programme pour les jeunes diplômé·es", "04 08:00",
        f"""La lettre des tiers-lieux — novembre 2026

Relais : un de nos partenaires, le programme Pro'pulse, cherche des candidat·es. Voici son flyer :

{CALL_FLYER}

Aussi ce mois-ci : la journée des communs le 14 novembre, l'atelier réparation vélos chaque jeudi.

Se désinscrire : lettre-stop@tierslieux29.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: yes_no_answers — career_change — Vous n'êtes pas en reconversion ? Oui.
    # ambiguous: «oui» to a negative question — «yes, I am not» or «yes, I am»? She was a pharmacy assistant «quelques années», before or during her studies is not said
    N("yes_no_answers", "career_change", "Vous n'êtes pas en reconversion ? Oui.", M(
        "Lucía Paredes <lucia.paredes@example.com>", "Questions de l'annonce", "02 14:56",
        """Bonjour,

Je reprends les questions de votre annonce :
Vous avez un bac+2 minimum ? Oui, un DUT GEA.
Diplômée depuis moins de deux ans ? Oui, juin 2025.
Vous avez terminé vos études ? Oui.
Vous n'êtes pas en reconversion ? Oui.
Vous n'êtes pas en stage ni en service civique ? Non, ni l'un ni l'autre.
Vous cherchez un emploi dans l'ESS ? Oui, gestion dans une mutuelle.

J'ai été préparatrice en pharmacie quelques années, je vous le dis pour être complète.

Lucía Paredes
06 58 13 27 94""",
        app("Lucía", "Paredes", phone="+33658132794", bac=2, grad="2025-06", unknown=("not_career_change",), status="dut_gea_oui_question_negative_reconversion"),
    )),
    # Feature: yes_no_answers — kind — faut-il répondre « oui » pour un stage qui commence
    N("yes_no_answers", "kind", "faut-il répondre « oui » pour un stage qui commence", M(
        "Bastien Morvan <bastien.morvan@example.net>", "Question sur votre questionnaire", "05 12:10",
        """Bonjour,

Une question de forme pour des camarades de promo : à la question « Êtes-vous en stage ? », faut-il répondre « oui » pour un stage qui commence dans un mois, ou seulement pour un stage en cours ?

Merci,
Bastien Morvan""",
        question(),
    )),
    # Feature: form_fields — graduation — Date d'obtention : juin 2023
    N("form_fields", "graduation", "Date d'obtention : juin 2023", M(
        "Yasmina Haddad <yasmina.haddad@example.org>", "Formulaire de candidature Pro'pulse", "03 16:33",
        """Bonjour,

Voici le formulaire de votre page, rempli :

Nom : Haddad
Prénom : Yasmina
Niveau d'études : licence (bac+3) administration économique et sociale
Date d'obtention : juin 2023
Situation actuelle : demandeuse d'emploi, études terminées
Stage ou service civique en cours : non
Projet : chargée d'accueil dans une association d'accès aux droits
Téléphone : 06 70 81 92 03

Cordialement,
Yasmina Haddad""",
        app("Yasmina", "Haddad", phone="+33670819203", bac=3, grad="2023-06", failing=("graduation_recent",), status="licence_aes_juin_2023_formulaire"),
    )),
    # Feature: form_fields — kind — Réponse automatique : Pro'pulse — formulaire de candidature
    N("form_fields", "kind", "Réponse automatique : Pro'pulse — formulaire de candidature", M(
        "Gwenaëlle Le Du <gwenaelle.ledu@example.fr>", "Réponse automatique : Pro'pulse — formulaire de candidature", "06 07:45",
        """Je suis absente jusqu'au 16 novembre inclus, sans accès à ma messagerie.

--- Votre message ---
> Niveau d'études : …
> Date d'obtention du diplôme : …
> Situation actuelle (stage, service civique, emploi, recherche) : …
> Projet dans l'ESS : …""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: table_layout — level — Non, bac pro + une première année de BTS
    N("table_layout", "level", "Non, bac pro + une première année de BTS", M(
        "Kevin Oyelaran <kevin.oyelaran@example.com>", "Candidature Pro'pulse (tableau)", "04 19:02",
        """Bonjour,

Critère | Ma situation
--- | ---
Bac+2 minimum | Non, bac pro + une première année de BTS
Diplôme depuis moins de deux ans | bac pro en 2024
Études terminées | oui, j'ai arrêté le BTS en mars
Pas de stage / service civique | ni l'un ni l'autre
Pas de reconversion | oui
Emploi dans l'ESS | oui, dans une ressourcerie

Je tente quand même, j'ai beaucoup d'expérience bénévole.

Kevin Oyelaran
07 45 38 26 10""",
        app("Kevin", "Oyelaran", phone="+33745382610", bac=0, grad="2024", failing=("degree_level",), status="bac_pro_premiere_annee_bts_tableau"),
    )),
    # Feature: table_layout — kind — Votre message n'a pas pu être remis
    N("table_layout", "kind", "Votre message n'a pas pu être remis", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undelivered Mail Returned to Sender", "05 09:31",
        """Votre message n'a pas pu être remis à l'adresse suivante : contact@asso-lesrouages.example.org

Message d'origine :
Critère | Ce que demande Pro'pulse
Diplôme | bac+2 minimum, obtenu il y a moins de deux ans
Situation | études terminées, pas en stage ni en service civique""",
        bounce("contact@asso-lesrouages.example.org"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; contact@asso-lesrouages.example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: numbered_points — aim — 6. Plutôt un cabinet de conseil en stratégie
    N("numbered_points", "aim", "6. Plutôt un cabinet de conseil en stratégie", M(
        "Arnaud Ferrand <arnaud.ferrand@example.org>", "Conditions Pro'pulse", "02 08:19",
        """Bonjour,

Je reprends vos conditions :
1. Master 2 finance d'entreprise.
2. Obtenu en septembre 2025.
3. Oui, terminées.
4. Ni stage ni service civique.
5. Pas de reconversion.
6. Plutôt un cabinet de conseil en stratégie, mais un programme d'accompagnement m'intéresse.

Arnaud Ferrand
06 03 57 91 24""",
        app("Arnaud", "Ferrand", phone="+33603579124", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="m2_finance_conseil_strategie_numerote"),
    )),
    # Feature: numbered_points — kind — Devis n° 2026-1187 : impression de 500 flyers
    N("numbered_points", "kind", "Devis n° 2026-1187 : impression de 500 flyers", M(
        "Imprimerie du Canal <devis@imprimerieducanal.example.com>", "Votre devis flyers Pro'pulse", "06 15:20",
        f"""Bonjour,

Devis n° 2026-1187 : impression de 500 flyers A5 recto, papier recyclé 170 g, 94 € HT.

Texte reçu, à valider avant impression :

{CALL_NUMBERED}

Bonne journée,
L'Imprimerie du Canal""",
        other(),
    )),
    # Feature: pasted_call — situation — je fais un stage de six mois à la Ligue de l'enseignement jusqu'au 28 février 2027
    N("pasted_call", "situation", "je fais un stage de six mois à la Ligue de l'enseignement jusqu'au 28 février 2027", M(
        "Camille Rouxel <camille.rouxel@example.net>", "Candidature — annonce Pro'pulse", "03 22:48",
        f"""Bonjour,

Master 2 de sciences de l'éducation obtenu en septembre 2025. En ce moment je fais un stage de six mois à la Ligue de l'enseignement jusqu'au 28 février 2027 (convention avec mon ancienne université), et je cherche la suite dans une association.

Je colle votre annonce pour savoir de quoi je parle :

{CALL_SITE}

Camille Rouxel
06 88 14 72 35""",
        app("Camille", "Rouxel", phone="+33688147235", bac=5, grad="2025-09", failing=("not_internship",), status="m2_sciences_education_stage_ligue_fevrier_2027"),
    )),
    # Feature: pasted_call — level — DUT carrières sociales (bac+2)
    N("pasted_call", "level", "DUT carrières sociales (bac+2)", M(
        "Ousmane Baldé <ousmane.balde@example.org>", "Offre Pro'pulse vue sur le site France Travail", "04 11:03",
        f"""{CALL_LISTING}

---
Bonjour, je réponds à l'offre ci-dessus. Moi : DUT carrières sociales (bac+2), obtenu en juin 2025 à Tours, études terminées, inscrit comme demandeur d'emploi. Je cherche un poste d'animateur dans une association d'éducation populaire.

Ousmane Baldé
07 12 66 40 58""",
        app("Ousmane", "Baldé", phone="+33712664058", bac=2, grad="2025-06", status="dut_carrieres_sociales_sous_annonce_ft"),
    )),
    # Feature: forwarded_call — aim — dans l'ESS ou ailleurs, elle n'a pas de préférence
    # ambiguous: an adviser says she has no preference between the ESS and «ailleurs»: the aim is open until she says it
    N("forwarded_call", "aim", "dans l'ESS ou ailleurs, elle n'a pas de préférence", M(
        "Sandrine Pellegrin — Mission locale <s.pellegrin@missionlocale-arles.example.fr>", "TR: Pro'pulse — candidature de Mme Rahma Touati", "05 14:12",
        f"""Bonjour,

Je vous présente Mme Rahma Touati, que j'accompagne : BTS assistante de manager obtenu en juin 2025, études terminées, ni stage ni service civique. Elle cherche un emploi de bureau, dans l'ESS ou ailleurs, elle n'a pas de préférence pour l'instant. Ses coordonnées : rahma.touati@example.com, 06 45 19 83 72.

---------- Forwarded message ---------
De : Pro'pulse <propulse@animafac.net>
Objet : Pro'pulse — appel à candidatures

{CALL_SITE}

Sandrine Pellegrin
Conseillère, Mission locale du pays d'Arles""",
        app("Rahma", "Touati", phone="+33645198372", bac=2, grad="2025-06", unknown=("job_seeking_ess",), status="bts_am_mission_locale_ess_ou_ailleurs", email="rahma.touati@example.com", forwarded_by="s.pellegrin@missionlocale-arles.example.fr"),
    )),
    # Feature: forwarded_call — graduation — licence pro obtenue en juillet 2025
    N("forwarded_call", "graduation", "licence pro obtenue en juillet 2025", M(
        "Théo Lambertin <theo.lambertin@example.com>", "Fwd: regarde ça", "06 20:37",
        f"""Bonjour,

Ma mère m'a transféré votre annonce. Je coche tout : licence pro obtenue en juillet 2025 (coordination de projets de l'ESS), études finies, je cherche un poste de chargé de projet en coopérative.

Théo Lambertin — 06 92 30 47 61

Début du message réexpédié :
De : Françoise Lambertin <f.lambertin@example.com>
Objet : regarde ça

C'est pour toi, non ?

{CALL_FLYER}""",
        app("Théo", "Lambertin", phone="+33692304761", bac=3, grad="2025-07", status="lp_coordination_ess_mere_transfere"),
    )),
    # Feature: exceptions_claimed — career_change — j'ai été comptable pendant neuf ans
    N("exceptions_claimed", "career_change", "j'ai été comptable pendant neuf ans", M(
        "Patrick Nzeyimana <patrick.nzeyimana@example.org>", "Candidature Pro'pulse — la reconversion ne s'applique pas à moi", "01 17:25",
        """Bonjour,

Je sais que votre programme exclut les personnes en reconversion. Je pense que la règle ne s'applique pas à moi : j'ai été comptable pendant neuf ans dans un cabinet, puis j'ai repris un master 2 « management des organisations de l'ESS », obtenu en septembre 2025. C'est une évolution, pas une reconversion : je reste dans les chiffres, mais pour des associations.

Études terminées, ni stage ni service civique.

Patrick Nzeyimana
06 27 84 15 39""",
        app("Patrick", "Nzeyimana", phone="+33627841539", bac=5, grad="2025-09", failing=("not_career_change",), status="comptable_neuf_ans_master_ess_pas_reconversion_selon_lui"),
    )),
    # Feature: exceptions_claimed — situation — stage : terminé depuis août ; service civique : fini en mars
    N("exceptions_claimed", "situation", "stage : terminé depuis août ; service civique : fini en mars", M(
        "Nour El Amrani <nour.elamrani@example.net>", "Pro'pulse", "02 10:41",
        """Bonjour,

Pour les exclusions de votre annonce :
stage : terminé depuis août ; service civique : fini en mars ; reconversion : non, c'est mon premier diplôme.

Licence de sociologie obtenue en juillet 2025, je cherche un emploi de médiatrice dans une association.

Nour El Amrani
07 81 52 06 94""",
        app("Nour", "El Amrani", phone="+33781520694", bac=3, grad="2025-07", status="licence_socio_stage_fini_aout_sc_fini_mars"),
    )),
    # Feature: self_assessment — graduation — sauf peut-être la deuxième : ma licence date de 2024
    # ambiguous: a year alone, 2024: before or after November 2024, the two-year rule cannot be settled
    N("self_assessment", "graduation", "sauf peut-être la deuxième : ma licence date de 2024", M(
        "Dinh Van Long <dinh.vanlong@example.com>", "Ma candidature", "03 08:52",
        """Bonjour,

J'ai lu vos critères et je coche toutes les cases sauf peut-être la deuxième : ma licence date de 2024, je ne sais pas si ça fait plus ou moins de deux ans selon votre calcul.

Licence d'économie, études terminées, je cherche un emploi dans une coopérative ou une mutuelle. Pas de stage, pas de service civique.

Dinh Van Long
06 14 73 58 20""",
        app("Dinh", "Van Long", phone="+33614735820", bac=3, grad="2024", unknown=("graduation_recent",), status="licence_eco_2024_sauf_deuxieme_case"),
    )),
    # Feature: self_assessment — studies_finished — sauf que ma soutenance de mémoire est le 12 décembre
    # ambiguous: a defence still to come: are her studies over once the courses are? The diploma is not awarded yet
    N("self_assessment", "studies_finished", "sauf que ma soutenance de mémoire est le 12 décembre", M(
        "Amandine Cazals <amandine.cazals@example.org>", "Candidature Pro'pulse", "04 15:16",
        """Bonjour,

Je remplis tous vos critères, sauf que ma soutenance de mémoire est le 12 décembre : master 2 développement local, cours finis depuis septembre. Je cherche un poste dans une association de développement rural. Ni stage ni service civique, pas de reconversion.

Amandine Cazals
06 40 26 93 17""",
        app("Amandine", "Cazals", phone="+33640269317", bac="*", grad=None, unknown=("studies_finished",), status="m2_dev_local_soutenance_12_decembre"),
    )),
    # Feature: english_form — situation — I am, actually: my internship at a food bank runs until March 2027
    N("english_form", "situation", "I am, actually: my internship at a food bank runs until March 2027", M(
        "Oliver Haddon <oliver.haddon@example.com>", "Application — Pro'pulse (English)", "05 16:44",
        """Hello,

Answering your English page line by line:
- Degree at bac+2 or higher: yes, MA in International Development (2025, June).
- Graduated less than two years ago: yes.
- Finished studies: yes.
- Not currently on an internship: I am, actually: my internship at a food bank runs until March 2027.
- Looking for a job in the ESS: yes, in a non-profit.

Best,
Oliver Haddon
+44 7700 900123""",
        app("Oliver", "Haddon", phone="+447700900123", bac=5, grad="2025-06", failing=("not_internship",), status="en_ma_internship_food_bank_march_2027", language="en"),
    )),
    # Feature: english_form — level — a three-year bachelor's degree in social work
    N("english_form", "level", "a three-year bachelor's degree in social work", M(
        "Siobhan Keane <siobhan.keane@example.net>", "Pro'pulse application", "06 11:58",
        """Dear Pro'pulse team,

You ask for a degree at bac+2 level or higher: I hold a three-year bachelor's degree in social work (University of Galway, awarded June 2025). I have finished my studies, I am not on an internship or in a service civique, and this is my first career. I would like to work for a housing cooperative or a non-profit in Lyon.

Kind regards,
Siobhan Keane
07 59 31 84 26""",
        app("Siobhan", "Keane", phone="+33759318426", bac=3, grad="2025-06", status="en_bachelor_social_work_three_years", language="en"),
    )),
    # Feature: attachment_form — aim — Projet professionnel : chargée de projet dans une association d'éducation populaire
    N("attachment_form", "aim", "Projet professionnel : chargée de projet dans une association d'éducation populaire", M(
        "Zeynep Aydın <zeynep.aydin@example.org>", "Formulaire Pro'pulse", "01 13:30",
        """Bonjour,

Ci-joint le formulaire rempli.

Zeynep Aydın""",
        app("Zeynep", "Aydın", phone="+33766204813", bac=5, grad="2025-10", status="formulaire_odt_education_populaire", info_in="cv"),
        cv=CV("odt", "Formulaire_Propulse_Aydin.odt", """Formulaire de candidature Pro'pulse
Nom : Aydın   Prénom : Zeynep
Téléphone : 07 66 20 48 13
Niveau d'études : master 2 (bac+5) sociologie
Date d'obtention : octobre 2025
Études terminées : oui
Stage ou service civique en cours : non
Reconversion : non
Projet professionnel : chargée de projet dans une association d'éducation populaire"""),
    )),
    # Feature: attachment_form — studies_finished — études en cours (licence pro jusqu'en juin 2027)
    N("attachment_form", "studies_finished", "études en cours (licence pro jusqu'en juin 2027)", M(
        "Mamadou Sylla <mamadou.sylla@example.com>", "Pro'pulse – BTS SP3S juin 2025 – études en cours (licence pro jusqu'en juin 2027) – ESS oui", "06 23:10",
        """Tout est dans l'objet.
Mamadou Sylla, 06 31 85 60 42""",
        app("Mamadou", "Sylla", phone="+33631856042", bac=2, grad="2025-06", failing=("studies_finished",), status="objet_bts_sp3s_licence_pro_en_cours"),
    )),
]
