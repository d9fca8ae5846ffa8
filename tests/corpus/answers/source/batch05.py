"""Answers corpus, batch 05: replies under the website's call, a flyer's checklist, a Mission Locale referral."""
# ruff: noqa: E501

from __future__ import annotations

from answers import N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: quoted_inline — career_change — Aucune reconversion : je sors directement de mon master
    N("quoted_inline", "career_change", "Aucune reconversion : je sors directement de mon master", M(
        "Ilinca Moraru <ilinca.moraru@example.org>", "Re: Pro'pulse - les conditions", "02 09:14",
        """Bonjour,

Je réponds sous chaque point de votre page, comme ça c'est plus simple.

> - sont titulaires d'un diplôme de niveau bac+2 minimum ;
Master 2 Économie sociale et solidaire, Université de Reims.

> - ont obtenu leur diplôme depuis moins de deux ans ;
Diplôme obtenu en juillet 2025.

> - ont terminé leurs études ;
Oui, tout est fini.

> Ne peuvent pas candidater : les personnes en reconversion professionnelle, en stage ou en service civique.
Aucune reconversion : je sors directement de mon master, à part des jobs d'été en camping.
Pas de stage ni de service civique en cours.

> - cherchent un emploi dans l'ESS (association, coopérative, mutuelle, fondation, entreprise sociale).
Oui, idéalement chargée de projet dans une coopérative d'habitants.

Merci et bonne journée,
Ilinca Moraru
06 41 27 93 58""",
        app("Ilinca", "Moraru", phone="+33641279358", bac=5, grad="2025-07", status="b_aucune_reconversion_sortie_master"),
    )),
    # Feature: quoted_inline — situation — je suis en stage à la Croix-Rouge jusqu'au 15 janvier
    N("quoted_inline", "situation", "je suis en stage à la Croix-Rouge jusqu'au 15 janvier", M(
        "Tomás Echeverría <tomas.echeverria@example.com>", "Re: appel à candidatures Pro'pulse", "03 18:40",
        """Bonsoir,

> Ne peuvent pas candidater : les personnes en reconversion professionnelle, en stage ou en service civique.

Pour être honnête, je suis en stage à la Croix-Rouge jusqu'au 15 janvier (un stage conventionné par mon ancienne fac ; ma licence pro est validée depuis juin 2025).

> - sont titulaires d'un diplôme de niveau bac+2 minimum ;

Licence professionnelle Intervention sociale.

> - cherchent un emploi dans l'ESS (association, coopérative, mutuelle, fondation, entreprise sociale).

Oui, dans l'accompagnement des personnes exilées.

Est-ce que je peux quand même candidater ?
Tomás Echeverría
07 63 18 40 29""",
        app("Tomás", "Echeverría", phone="+33763184029", bac=3, grad="2025-06", failing=("not_internship",), status="b_stage_croix_rouge_janvier"),
    )),
    # Feature: checklist_marks — level — [ ] Bac+2 minimum : non, j'ai le bac et une année de BTS non validée
    N("checklist_marks", "level", "[ ] Bac+2 minimum : non, j'ai le bac et une année de BTS non validée", M(
        "Kévin Rakotomalala <kevin.rakotomalala@example.net>", "candidature Pro'pulse", "04 11:02",
        """Bonjour,

J'ai vu le flyer à la Mission Locale, je coche ce que j'ai :

[ ] Bac+2 minimum : non, j'ai le bac et une année de BTS non validée
[x] Diplômé depuis moins de 2 ans (bac en juillet 2025)
[x] Études terminées
[x] Pas en stage / service civique / reconversion
[x] Emploi dans l'ESS

Je suis motivé, j'aimerais travailler dans une recyclerie.
Kévin Rakotomalala
06 28 71 05 64""",
        app("Kévin", "Rakotomalala", phone="+33628710564", bac=0, grad="2025-07", failing=("degree_level",), status="b_bac_seul_bts_non_valide"),
    )),
    # Feature: checklist_marks — studies_finished — ✅ Études terminées (soutenance passée le 12 septembre)
    N("checklist_marks", "studies_finished", "✅ Études terminées (soutenance passée le 12 septembre)", M(
        "Hana Kovačević <hana.kovacevic@example.org>", "Pro'pulse ✅", "05 08:37",
        """Bonjour l'équipe Pro'pulse,

Voici ma situation face à vos critères :

✅ Diplôme bac+2 minimum : master Développement territorial (bac+5)
✅ Diplômée depuis moins de deux ans : septembre 2026
✅ Études terminées (soutenance passée le 12 septembre)
✅ Ni stage, ni service civique, ni reconversion
✅ Recherche d'emploi dans l'ESS : chargée de mission dans un PTCE

Au plaisir d'échanger,
Hana Kovačević
07 52 06 33 91""",
        app("Hana", "Kovačević", phone="+33752063391", bac=5, grad="2026-09", status="b_soutenance_12_septembre"),
    )),
    # Feature: yes_no_answers — career_change — Oui, après huit ans comme comptable
    N("yes_no_answers", "career_change", "Oui, après huit ans comme comptable", M(
        "Rachid Bennani <rachid.bennani@example.fr>", "Questions du formulaire Pro'pulse", "05 14:20",
        """Bonjour,

Je reprends les questions de votre page :

Avez-vous un diplôme bac+2 ou plus ? Oui, licence pro Gestion des structures de l'ESS.
L'avez-vous obtenu il y a moins de deux ans ? Oui, en juin 2025.
Vos études sont-elles terminées ? Oui.
Êtes-vous en reconversion professionnelle ? Oui, après huit ans comme comptable dans un cabinet, j'ai repris des études pour changer de voie.
Cherchez-vous un emploi dans l'ESS ? Oui.

Cordialement,
Rachid Bennani
06 90 14 52 37""",
        app("Rachid", "Bennani", phone="+33690145237", bac=3, grad="2025-06", failing=("not_career_change",), status="b_huit_ans_comptable"),
    )),
    # Feature: yes_no_answers — situation — Vous n'êtes pas en service civique ? Oui.
    # ambiguous: «Oui» under a negative question (French wants «si» or «non») may agree «yes, I am not» or affirm «yes, I am in one»; nothing else says.
    N("yes_no_answers", "situation", "Vous n'êtes pas en service civique ? Oui.", M(
        "Ngozi Okafor <ngozi.okafor@example.com>", "Mes réponses", "06 10:05",
        """Bonjour,

Vous avez un diplôme bac+2 ? Oui, licence de sociologie (2025, juin).
Vos études sont terminées ? Oui.
Vous n'êtes pas en stage ? Non.
Vous n'êtes pas en service civique ? Oui.
Vous cherchez un emploi dans l'ESS ? Oui, dans l'éducation populaire.

Ngozi Okafor
07 44 19 82 60""",
        app("Ngozi", "Okafor", phone="+33744198260", bac=3, grad="2025-06", unknown=("not_service_civique",), status="b_oui_sous_question_negative"),
    )),
    # Feature: form_fields — graduation — Date d'obtention : juin 2023
    N("form_fields", "graduation", "Date d'obtention : juin 2023", M(
        "Marta Wiśniewska <marta.wisniewska@example.org>", "Formulaire Pro'pulse", "06 16:48",
        """Bonjour, j'ai recopié le formulaire de votre site :

Nom : Wiśniewska
Prénom : Marta
Niveau d'études : BTS Économie sociale et familiale
Date d'obtention : juin 2023
Situation actuelle : demandeuse d'emploi
Projet : conseillère en économie sociale dans une association d'insertion

Téléphone : 06 31 58 74 02""",
        app("Marta", "Wiśniewska", phone="+33631587402", bac=2, grad="2023-06", failing=("graduation_recent",), status="b_bts_esf_juin_2023"),
    )),
    # Feature: form_fields — aim — Projet : n'importe quel emploi, je prends ce qui vient
    # ambiguous: «n'importe quel emploi» neither names the ESS nor excludes it; the coordinator must ask.
    N("form_fields", "aim", "Projet : n'importe quel emploi, je prends ce qui vient", M(
        "Dawit Tesfaye <dawit.tesfaye@example.net>", "Formulaire", "07 09:30",
        """Niveau d'études : BTS Gestion de la PME
Date d'obtention : juin 2026
Études terminées : oui
Situation actuelle : inscrit à France Travail
Projet : n'importe quel emploi, je prends ce qui vient

Dawit Tesfaye, 06 77 40 21 85""",
        app("Dawit", "Tesfaye", phone="+33677402185", bac=2, grad="2026-06", unknown=("job_seeking_ess",), status="b_nimporte_quel_emploi"),
    )),
    # Feature: table_layout — level — Diplôme de technicien supérieur en gestion (Algérie)
    # ambiguous: an Algerian «technicien supérieur» is awarded after two or three years depending on the institute; the mail does not say which.
    N("table_layout", "level", "Diplôme de technicien supérieur en gestion (Algérie)", M(
        "Yasmine Belkacem <yasmine.belkacem@example.org>", "Candidature Pro'pulse", "08 20:12",
        """Bonjour,

Critère | Ma situation
Bac+2 minimum | Diplôme de technicien supérieur en gestion (Algérie)
Moins de deux ans | obtenu en juin 2025
Études terminées | oui
Stage / service civique / reconversion | aucun des trois
Emploi dans l'ESS | oui, dans une épicerie solidaire ou une AMAP

Merci,
Yasmine Belkacem
07 81 36 09 42""",
        app("Yasmine", "Belkacem", phone="+33781360942", bac="*", grad="2025-06", unknown=("degree_level",), status="b_technicien_superieur_algerie"),
    )),
    # Feature: table_layout — studies_finished — Pas encore : M2 en alternance jusqu'en septembre 2027
    N("table_layout", "studies_finished", "Pas encore : M2 en alternance jusqu'en septembre 2027", M(
        "Luca Ferraro <luca.ferraro@example.com>", "Pro'pulse - mon tableau", "09 12:55",
        """Bonjour,\n\nVoici mes réponses à vos critères.\n\nCritère\tMa situation\nBac+2 minimum\tLicence économie-gestion + M1\nÉtudes terminées\tPas encore : M2 en alternance jusqu'en septembre 2027\nStage\tnon\nService civique\tnon\nProjet\temploi dans une mutuelle ou une coopérative\n\nLuca Ferraro\n06 14 95 37 20""",
        app("Luca", "Ferraro", phone="+33614953720", bac="*", grad=None, failing=("studies_finished",), status="b_m2_alternance_2027"),
        html="only",
        body_html="<html><body><p>Bonjour,</p><p>Voici mes réponses à vos critères.</p><table border=\"1\"><tr><th>Critère</th><th>Ma situation</th></tr><tr><td>Bac+2 minimum</td><td>Licence économie-gestion + M1</td></tr><tr><td>Études terminées</td><td>Pas encore : M2 en alternance jusqu'en septembre 2027</td></tr><tr><td>Stage</td><td>non</td></tr><tr><td>Service civique</td><td>non</td></tr><tr><td>Projet</td><td>emploi dans une mutuelle ou une coopérative</td></tr></table><p>Luca Ferraro<br>06 14 95 37 20</p></body></html>",
    )),
    # Feature: numbered_points — aim — 6 : oui, animatrice dans une ressourcerie
    N("numbered_points", "aim", "6 : oui, animatrice dans une ressourcerie", M(
        "Aminata Sow <aminata.sow@example.org>", "Pro'pulse 1 à 5", "10 10:10",
        """Bonjour,

J'ai lu vos 6 conditions :
1 : oui, BTS SP3S
2 : juin 2025
3 : oui c'est fini
4 : ni stage ni service civique
5 : pas de reconversion
6 : oui, animatrice dans une ressourcerie

Aminata Sow
07 26 84 13 59""",
        app("Aminata", "Sow", phone="+33726841359", bac=2, grad="2025-06", status="b_animatrice_ressourcerie"),
    )),
    # Feature: numbered_points — graduation — 2. Diplôme obtenu en 2024
    # ambiguous: a year alone: a 2024 diploma is recent from November on and too old before.
    N("numbered_points", "graduation", "2. Diplôme obtenu en 2024", M(
        "Ahmad Zaher Noorzai <ahmadzaher.noorzai@example.com>", "conditions Pro'pulse", "10 17:33",
        """Bonjour,

Je reprends vos conditions dans l'ordre :
1. Licence de sciences politiques (Kaboul), reconnue bac+3 par ENIC-NARIC
2. Diplôme obtenu en 2024
3. Études terminées
4. Pas de stage, pas de service civique
5. Pas de reconversion
6. Je cherche un emploi dans une association d'aide aux réfugiés

Merci de votre retour,
Ahmad Zaher Noorzai
07 39 62 80 15""",
        app("Ahmad Zaher", "Noorzai", phone="+33739628015", bac=3, grad="2024", unknown=("graduation_recent",), status="b_licence_kaboul_2024"),
    )),
    # Feature: pasted_call — studies_finished — j'ai soutenu mon mémoire le 2 octobre, mes études sont finies
    N("pasted_call", "studies_finished", "j'ai soutenu mon mémoire le 2 octobre, mes études sont finies", M(
        "Thanh Huong Dang <thanhhuong.dang@example.net>", "Candidature suite à votre annonce", "11 08:05",
        """Bonjour,

Je corresponds à votre annonce ci-dessous : master 2 Management de l'ESS, j'ai soutenu mon mémoire le 2 octobre, mes études sont finies. Je cherche un poste de coordinatrice dans une association.

----
Pro'pulse — premier emploi dans l'économie sociale et solidaire
Le programme s'adresse aux jeunes diplômé·es qui :
- sont titulaires d'un diplôme de niveau bac+2 minimum ;
- ont obtenu leur diplôme depuis moins de deux ans ;
- ont terminé leurs études ;
- cherchent un emploi dans l'ESS (association, coopérative, mutuelle, fondation, entreprise sociale).
Ne peuvent pas candidater : les personnes en reconversion professionnelle, en stage ou en service civique.
----

Dang Thanh Huong
06 58 03 27 94""",
        app("Thanh Huong", "Dang", phone="+33658032794", bac=5, grad="2026-10", status="b_memoire_2_octobre"),
    )),
    # Feature: forwarded_call — situation — son service civique à Unis-Cité est terminé depuis fin août
    N("forwarded_call", "situation", "son service civique à Unis-Cité est terminé depuis fin août", M(
        "Sophie Marchetti <s.marchetti@missionlocale-sud.example.fr>", "TR: Pro'pulse - présentation d'une jeune", "12 11:45",
        """Bonjour,

Je vous présente Awa Ndiaye, que j'accompagne à la Mission Locale. Elle a un DUT Carrières sociales (juin 2025), son service civique à Unis-Cité est terminé depuis fin août, et elle cherche un poste d'animatrice dans une structure de l'ESS. Elle coche donc vos critères.
Ses coordonnées : awa.ndiaye@example.org, 07 15 42 68 30.

Sophie Marchetti
Conseillère Mission Locale

---------- Forwarded message ---------
De : France Travail <offres@francetravail.example.fr>
Objet : Offre de programme — Pro'pulse

Offre de programme — Pro'pulse (accompagnement vers l'emploi, ESS)
Public : jeunes diplômés (bac+2 minimum, diplôme obtenu il y a moins de 2 ans), études terminées,
en recherche d'emploi dans l'économie sociale et solidaire.
Critères d'exclusion : reconversion professionnelle ; stage en cours ; service civique en cours.
Postuler par courriel à propulse@animafac.net.""",
        app("Awa", "Ndiaye", phone="+33715426830", bac=2, grad="2025-06", status="b_service_civique_fini_aout", email="awa.ndiaye@example.org", forwarded_by="s.marchetti@missionlocale-sud.example.fr"),
    )),
    # Feature: exceptions_claimed — career_change — ce n'est pas une reconversion : je travaillais comme caissière pendant mes études
    N("exceptions_claimed", "career_change", "ce n'est pas une reconversion : je travaillais comme caissière pendant mes études", M(
        "Roxana Ionescu <roxana.ionescu@example.fr>", "Pro'pulse - pas une reconversion", "13 15:22",
        """Bonjour,

Je vois que le programme exclut les reconversions. Je précise que ce n'est pas une reconversion : je travaillais comme caissière pendant mes études, à mi-temps, pour les payer.

J'ai eu ma licence d'AES en juillet 2025 et je cherche un emploi dans une structure d'insertion.

Roxana Ionescu
06 87 21 45 03""",
        app("Roxana", "Ionescu", phone="+33687214503", bac=3, grad="2025-07", status="b_caissiere_pendant_etudes"),
    )),
    # Feature: exceptions_claimed — situation — je suis encore en stage jusqu'au 19 décembre
    N("exceptions_claimed", "situation", "je suis encore en stage jusqu'au 19 décembre", M(
        "Bilal Chaudhry <bilal.chaudhry@example.com>", "Question sur le critère stage", "14 09:58",
        """Bonjour,

Pour le point « pas en stage » : je suis encore en stage jusqu'au 19 décembre dans une coopérative d'énergie, mais c'est presque fini, donc je pense que la règle ne devrait pas vraiment s'appliquer à moi.

Pour le reste : DUT GEA obtenu en juin 2025, études finies, je veux rester dans l'ESS.

Bilal Chaudhry
07 48 57 16 92""",
        app("Bilal", "Chaudhry", phone="+33748571692", bac=2, grad="2025-06", failing=("not_internship",), status="b_stage_jusquau_19_decembre"),
    )),
    # Feature: self_assessment — graduation — je coche toutes les cases sauf peut-être la deuxième, diplômée il y a à peu près deux ans
    # ambiguous: «à peu près deux ans» before November 2026 falls either side of the limit (November 2024).
    N("self_assessment", "graduation", "je coche toutes les cases sauf peut-être la deuxième, diplômée il y a à peu près deux ans", M(
        "Shirin Rostami <shirin.rostami@example.org>", "Pro'pulse", "15 19:07",
        """Bonjour,

Je pense que je coche toutes les cases sauf peut-être la deuxième, diplômée il y a à peu près deux ans (licence d'histoire). Études finies, je ne suis ni en stage ni en service civique, et je cherche dans l'ESS, plutôt la médiation culturelle.

Shirin Rostami
06 03 92 57 81""",
        app("Shirin", "Rostami", phone="+33603925781", bac=3, grad=None, unknown=("graduation_recent",), status="b_a_peu_pres_deux_ans"),
    )),
    # Feature: english_form — aim — Looking for: an analyst role in a fintech or a consulting firm
    N("english_form", "aim", "Looking for: an analyst role in a fintech or a consulting firm", M(
        "Arjun Krishnamurthy <arjun.krishnamurthy@example.net>", "Pro'pulse application (English)", "16 13:26",
        """Hello,

Answering your English page point by point:

Degree (two years of higher education or more): MSc in Finance, Grenoble, September 2025
Graduated less than two years ago: yes
Studies finished: yes
Internship / civic service / career change: none
Looking for: an analyst role in a fintech or a consulting firm

Best regards,
Arjun Krishnamurthy
+33 7 70 28 64 13""",
        app("Arjun", "Krishnamurthy", phone="+33770286413", bac=5, grad="2025-09", failing=("job_seeking_ess",), status="b_fintech_consulting", language="en"),
    )),
    # Feature: attachment_form — level — Niveau d'études : Licence AES (bac+3)
    N("attachment_form", "level", "Niveau d'études : Licence AES (bac+3)", M(
        "Thierno Barry <thierno.barry@example.org>", "Formulaire Pro'pulse rempli", "17 10:40",
        """Bonjour,

Ci-joint le formulaire rempli.

Thierno Barry""",
        app("Thierno", "Barry", phone="+33611830476", bac=3, grad="2026-06", status="b_formulaire_licence_aes", info_in="cv"),
        cv=CV("docx", "Formulaire_Propulse_Barry.docx", """Formulaire de candidature Pro'pulse
Nom : Barry — Prénom : Thierno
Téléphone : 06 11 83 04 76
Niveau d'études : Licence AES (bac+3)
Date d'obtention : juin 2026
Études terminées : oui
Stage en cours : non — Service civique : non — Reconversion : non
Projet : chargé d'accueil dans une régie de quartier"""),
    )),
    # Feature: quoted_inline — kind — > - ont obtenu leur diplôme depuis moins de deux ans ;
    N("quoted_inline", "kind", "> - ont obtenu leur diplôme depuis moins de deux ans ;", M(
        "Pauline Chevrier <pauline.chevrier@example.fr>", "Question sur une condition", "18 09:15",
        """Bonjour,

Une question sur cette ligne de votre page :

> - ont obtenu leur diplôme depuis moins de deux ans ;

Est-ce la date du jury ou celle de la remise du diplôme qui compte ? Je pose la question pour une amie.

Merci,
Pauline Chevrier""",
        question(),
    )),
    # Feature: checklist_marks — kind — ☐ Études terminées
    N("checklist_marks", "kind", "☐ Études terminées", M(
        "Irina Volkova <irina.volkova@example.com>", "Re: Pro'pulse : votre liste à cocher", "19 21:03",
        """Bonjour,

Merci, je vous renvoie la liste cochée lundi, je dois retrouver mon attestation.

Irina

> Pour compléter votre candidature, merci de cocher :
> ☐ Diplôme bac+2 minimum
> ☐ Diplômé·e depuis moins de deux ans
> ☐ Études terminées
> ☐ Ni stage, ni service civique, ni reconversion""",
        reply(),
        headers={"In-Reply-To": "<liste.b05@animafac.net>", "References": "<liste.b05@animafac.net>"},
    )),
    # Feature: yes_no_answers — kind — Êtes-vous en service civique ?
    N("yes_no_answers", "kind", "Êtes-vous en service civique ?", M(
        "Clément Aubry <clement.aubry@example.net>", "Réponse automatique : Pro'pulse - quelques questions", "20 07:50",
        """Bonjour,

Je suis absent jusqu'au 30 novembre, sans accès à mes mails. Je répondrai à votre message à mon retour.

Clément Aubry

> Avez-vous un diplôme bac+2 ?
> Êtes-vous en service civique ?
> Cherchez-vous un emploi dans l'ESS ?""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: pasted_call — kind — Ne peuvent pas candidater : les personnes en reconversion professionnelle, en stage ou en service civique
    N("pasted_call", "kind", "Ne peuvent pas candidater : les personnes en reconversion professionnelle, en stage ou en service civique", M(
        "La Lettre du Réseau Solidaire <lettre@lists.reseau-solidaire.example.org>", "La Lettre - novembre : emplois et programmes", "21 06:00",
        """LA LETTRE DU RÉSEAU SOLIDAIRE - novembre 2026

Appel à candidatures : Pro'pulse

« Pro'pulse — premier emploi dans l'économie sociale et solidaire
Le programme s'adresse aux jeunes diplômé·es qui :
- sont titulaires d'un diplôme de niveau bac+2 minimum ;
- ont obtenu leur diplôme depuis moins de deux ans ;
- ont terminé leurs études ;
- cherchent un emploi dans l'ESS (association, coopérative, mutuelle, fondation, entreprise sociale).
Ne peuvent pas candidater : les personnes en reconversion professionnelle, en stage ou en service civique. »

Aussi ce mois-ci : trois offres d'emploi en Bretagne, le forum des coopératives.

Se désinscrire : unsubscribe@lists.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: form_fields — kind — Niveau d'études : ______
    N("form_fields", "kind", "Niveau d'études : ______", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undelivered Mail Returned to Sender", "22 14:31",
        """No se pudo entregar el mensaje a: leandro.paz@example.org

El buzón no existe.

--- Mensaje original ---
Merci de compléter :
Niveau d'études : ______
Date d'obtention : ______
Situation actuelle : ______""",
        bounce("leandro.paz@example.org"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; leandro.paz@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: forwarded_call — kind — Début du message réexpédié
    N("forwarded_call", "kind", "Début du message réexpédié", M(
        "Service insertion professionnelle <sip@iut-valence.example.fr>", "Relais de votre appel Pro'pulse", "23 16:12",
        """Bonjour,

Nous avons relayé votre appel à nos étudiants de DUT et de licence pro. Pourriez-vous nous envoyer une vingtaine de flyers pour le forum du 4 décembre ?

Cordialement,
Le service insertion professionnelle

Début du message réexpédié :
De : Service insertion professionnelle
À : etudiants-diplomes@iut-valence.example.fr
Objet : Pro'pulse - programme pour jeunes diplômés

PRO'PULSE — TU AS UN BAC+2 ET TU VEUX BOSSER DANS L'ESS ?
✔ diplôme bac+2 ou plus
✔ diplômé·e depuis moins de 2 ans
✔ études terminées
✔ tu cherches un emploi dans l'ESS
✘ pas de reconversion  ✘ pas en stage  ✘ pas en service civique
Candidature : propulse@animafac.net""",
        other(),
    )),
]
