"""Answers corpus, batch 03: a stage until December under a quoted exclusion, a question mark on a past
trade, a November 2024 diploma on the edge, a four-year bacharelado under a pasted call, a volunteer's
referral, a jury still to deliberate, a service civique «ending soon», English answers open to anything,
forms attached."""
# ruff: noqa: E501

from __future__ import annotations

from answers import CALL_EN, CALL_FLYER, CALL_NUMBERED, CALL_SITE, N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: quoted_inline — situation — Je suis en stage jusqu'au 15 décembre
    N("quoted_inline", "situation", "Je suis en stage jusqu'au 15 décembre", M(
        "Éloïse Fontanel <eloise.fontanel@example.org>", "Re: Pro'pulse — appel à candidatures", "14 08:44",
        """Bonjour,

> - sont titulaires d'un diplôme de niveau bac+2 minimum ;
> - ont obtenu leur diplôme depuis moins de deux ans ;
Master 2 gestion de projets culturels, septembre 2025.

> Ne peuvent pas candidater : les personnes en reconversion professionnelle, en stage ou en service civique.
Je suis en stage jusqu'au 15 décembre dans une compagnie de théâtre, ensuite je suis libre. Pas de reconversion.

Je cherche un poste d'administratrice dans une association culturelle.

Éloïse Fontanel
06 29 61 47 30""",
        app("Éloïse", "Fontanel", phone="+33629614730", bac=5, grad="2025-09", failing=("not_internship",), status="m2_culture_stage_15_decembre"),
    )),
    # Feature: quoted_inline — kind — Je suis en congé jusqu'au 24 novembre
    N("quoted_inline", "kind", "Je suis en congé jusqu'au 24 novembre", M(
        "Marc-Antoine Roy <ma.roy@federation-asso.example.org>", "Réponse automatique : Re: Pro'pulse — appel à candidatures", "15 07:02",
        """Je suis en congé jusqu'au 24 novembre. Pour toute urgence : secretariat@federation-asso.example.org.

> - sont titulaires d'un diplôme de niveau bac+2 minimum ;
> - ont obtenu leur diplôme depuis moins de deux ans ;
> - ont terminé leurs études ;""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: checklist_marks — career_change — (x) pas de reconversion ?
    # ambiguous: she was a saleswoman «avant mon BTS» for an unstated time and marks the box with a question: a trade or a student job?
    N("checklist_marks", "career_change", "(x) pas de reconversion ?", M(
        "Noémie Castaing <noemie.castaing@example.net>", "Ma candidature Pro'pulse", "16 12:31",
        """Bonjour,

(x) bac+2 minimum : BTS négociation et digitalisation de la relation client
(x) diplômée depuis moins de 2 ans : juin 2025
(x) études terminées
(x) ni stage ni service civique
(x) pas de reconversion ? j'ai été vendeuse avant mon BTS, je ne sais pas si ça compte
(x) emploi dans l'ESS : commerce équitable, en boutique associative

Noémie Castaing
07 14 92 56 03""",
        app("Noémie", "Castaing", phone="+33714925603", bac=2, grad="2025-06", unknown=("not_career_change",), status="bts_ndrc_vendeuse_avant_point_interrogation"),
    )),
    # Feature: checklist_marks — kind — la case « études terminées »
    N("checklist_marks", "kind", "la case « études terminées »", M(
        "Pauline Gaudin <pauline.gaudin@example.com>", "Question sur la liste de critères", "17 19:05",
        """Bonjour,

Dans votre liste, la case « études terminées » : un diplôme universitaire suivi le samedi en plus d'un emploi compte-t-il comme des études en cours ? Je pose la question en général, pour savoir quoi conseiller autour de moi.

Merci,
Pauline Gaudin""",
        question(),
    )),
    # Feature: yes_no_answers — aim — Oui, exclusivement
    N("yes_no_answers", "aim", "Oui, exclusivement", M(
        "Karim Bouaziz <karim.bouaziz@example.org>", "Pro'pulse — réponses", "14 17:22",
        """Bonjour,

Bac+2 ? Oui, licence de STAPS.
Diplômé depuis moins de deux ans ? Oui, juin 2026.
Études terminées ? Oui.
Stage ou service civique en cours ? Non.
Reconversion ? Non.
Vous cherchez un emploi dans l'ESS ? Oui, exclusivement : éducateur sportif dans une association ou un club sous statut associatif.

Karim Bouaziz
06 49 83 12 67""",
        app("Karim", "Bouaziz", phone="+33649831267", bac=3, grad="2026-06", status="licence_staps_ess_exclusivement"),
    )),
    # Feature: yes_no_answers — kind — Vrai ou faux ? Oui ou non ?
    N("yes_no_answers", "kind", "Vrai ou faux ? Oui ou non ?", M(
        "La Fabrique Commune — coworking <bonjour@fabriquecommune.example.fr>", "Proposition : une réunion d'information Pro'pulse chez nous", "18 10:10",
        """Bonjour,

Nous avons vu passer votre appel. Nous pouvons accueillir gratuitement une réunion d'information dans notre salle (30 places), par exemple un atelier « Vrai ou faux ? Oui ou non ? » pour que les jeunes vérifient s'ils ont un bac+2, un diplôme de moins de deux ans, etc.

Dites-nous si cela vous intéresse.
L'équipe de la Fabrique Commune""",
        other(),
    )),
    # Feature: form_fields — studies_finished — Situation actuelle : étudiante en M2 en alternance
    N("form_fields", "studies_finished", "Situation actuelle : étudiante en M2 en alternance", M(
        "Margaux Tessier <margaux.tessier@example.fr>", "Formulaire Pro'pulse rempli", "15 21:30",
        """Bonjour,

Niveau d'études : licence d'économie et gestion
Date d'obtention : juin 2025
Situation actuelle : étudiante en M2 en alternance (jusqu'en septembre 2027)
Stage ou service civique : non
Projet : chargée de mission dans une fédération de Scop
Téléphone : 06 17 40 85 26

Margaux Tessier""",
        app("Margaux", "Tessier", phone="+33617408526", bac=3, grad="2025-06", failing=("studies_finished",), status="licence_eco_m2_alternance_formulaire"),
    )),
    # Feature: form_fields — career_change — Reconversion : non, premier diplôme et premier emploi recherché
    N("form_fields", "career_change", "Reconversion : non, premier diplôme et premier emploi recherché", M(
        "Hamza Lahlou <hamza.lahlou@example.net>", "Candidature", "16 09:03",
        """Bonjour,

Niveau d'études : BUT GEA (bac+3)
Date d'obtention : juillet 2026
Situation actuelle : sans emploi, études terminées, ni stage ni service civique
Reconversion : non, premier diplôme et premier emploi recherché
Projet : gestionnaire dans une entreprise d'insertion
Téléphone : 07 32 15 68 49

Hamza Lahlou""",
        app("Hamza", "Lahlou", phone="+33732156849", bac=3, grad="2026-07", status="but_gea_premier_diplome_formulaire"),
    )),
    # Feature: form_fields — kind — Niveau d'études : … / Date d'obtention : …
    N("form_fields", "kind", "Niveau d'études : … / Date d'obtention : …", M(
        "BDE Sciences Po Toulouse <bde@bde-spt.example.org>", "La lettre du BDE — novembre", "17 08:15",
        """La lettre du BDE — novembre 2026

Emploi : le programme Pro'pulse accompagne les jeunes diplômé·es vers un premier emploi dans l'ESS. Pour candidater, envoyez un mail avec : Niveau d'études : … / Date d'obtention : … / Situation actuelle : … / Projet : … à propulse@animafac.net.

Agenda : gala le 28 novembre, ciné-débat le 2 décembre.
Désinscription : bde-stop@bde-spt.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: table_layout — level — associate degree (deux ans de community college, Californie)
    # ambiguous: an American associate degree: two years after high school, its French level is debated
    N("table_layout", "level", "associate degree (deux ans de community college, Californie)", M(
        "Jessica Moreno <jessica.moreno@example.com>", "Candidature Pro'pulse", "18 15:47",
        """Bonjour,

Critère            | Moi
Diplôme bac+2      | associate degree (deux ans de community college, Californie)
Date               | mai 2025
Études terminées   | oui
Stage / SC         | non
Reconversion       | non
ESS                | oui, une coopérative alimentaire

Jessica Moreno
06 53 27 90 14""",
        app("Jessica", "Moreno", phone="+33653279014", bac="*", grad="2025-05", unknown=("degree_level",), status="associate_degree_tableau"),
    )),
    # Feature: table_layout — kind — > | Date d'obtention | à préciser |
    N("table_layout", "kind", "> | Date d'obtention | à préciser |", M(
        "Sébastien Clerc <sebastien.clerc@example.org>", "Re: Votre candidature — tableau à compléter", "19 11:26",
        """Bonjour,

Je complète et je renvoie ce soir, je suis au travail.

Sébastien

Le 18/11/2026 à 14:05, Pro'pulse <propulse@animafac.net> a écrit :
> Merci de compléter le tableau :
> | Diplôme | à préciser |
> | Date d'obtention | à préciser |""",
        reply(),
        headers={"In-Reply-To": "<sc.1811@animafac.net>", "References": "<sc.1811@animafac.net>"},
    )),
    # Feature: numbered_points — graduation — 2. Oui, le 28 novembre 2024
    N("numbered_points", "graduation", "2. Oui, le 28 novembre 2024", M(
        "Bérénice Aubert <berenice.aubert@example.net>", "Vos conditions 1 à 6", "20 10:02",
        """Bonjour,

1. Master 2 de géographie.
2. Oui, le 28 novembre 2024 (date du jury), donc tout juste.
3. Terminées.
4. Ni l'un ni l'autre.
5. Pas de reconversion.
6. Oui, dans une association de transition écologique.

Bérénice Aubert
06 08 74 31 59""",
        app("Bérénice", "Aubert", phone="+33608743159", bac=5, grad="2024-11", status="m2_geo_28_novembre_2024_tout_juste"),
    )),
    # Feature: numbered_points — kind — Delivery has failed to these recipients
    N("numbered_points", "kind", "Delivery has failed to these recipients", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undeliverable: Conditions pour candidater à Pro'pulse", "16 04:58",
        f"""Delivery has failed to these recipients or groups:
insertion@epicerie-solidaire.example.fr

Original message:
{CALL_NUMBERED}""",
        bounce("insertion@epicerie-solidaire.example.fr"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; insertion@epicerie-solidaire.example.fr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
    # Feature: pasted_call — aim — moi je cherche dans la grande distribution
    N("pasted_call", "aim", "moi je cherche dans la grande distribution", M(
        "Dylan Marchal <dylan.marchal@example.com>", "Votre flyer", "17 13:12",
        f"""Salut,

{CALL_FLYER}

J'ai un BTS management commercial opérationnel depuis juin 2025, j'ai fini mes études, pas de stage. Par contre moi je cherche dans la grande distribution (chef de rayon), c'est possible quand même ?

Dylan Marchal — 06 70 25 48 91""",
        app("Dylan", "Marchal", phone="+33670254891", bac=2, grad="2025-06", failing=("job_seeking_ess",), status="bts_mco_grande_distribution_sous_flyer"),
    )),
    # Feature: pasted_call — level — bacharelado de quatre ans en service social (Université fédérale de Bahia), reconnu bac+4
    N("pasted_call", "level", "bacharelado de quatre ans en service social (Université fédérale de Bahia), reconnu bac+4", M(
        "Larissa Andrade <larissa.andrade@example.org>", "Candidature — annonce Pro'pulse", "18 18:36",
        f"""Bonjour,

Pour le niveau : bacharelado de quatre ans en service social (Université fédérale de Bahia), reconnu bac+4 par ENIC-NARIC, obtenu en décembre 2025. Études finies, je cherche un poste dans une association d'accès aux droits.

Larissa Andrade — 07 48 19 63 25

Votre annonce, pour mémoire :
{CALL_SITE}""",
        app("Larissa", "Andrade", phone="+33748196325", bac=4, grad="2025-12", status="bacharelado_quatre_ans_bac4_annonce_collee"),
    )),
    # Feature: forwarded_call — graduation — master FLE obtenu en juin 2025 à Grenoble
    N("forwarded_call", "graduation", "master FLE obtenu en juin 2025 à Grenoble", M(
        "Denise Rigal — Accueil Réfugiés Isère <denise.rigal@accueil-refugies38.example.org>", "TR: Pro'pulse — présentation de M. Firas Al-Hamwi", "14 14:50",
        f"""Bonjour,

Bénévole à l'association, je vous présente M. Firas Al-Hamwi, qui a reçu votre appel par moi : licence de lettres à Damas, puis un master FLE obtenu en juin 2025 à Grenoble. Études finies, il est disponible, il veut enseigner le français dans une association d'alphabétisation. Ni stage ni service civique.
Ses coordonnées : firas.alhamwi@example.net, 07 67 30 81 42.

---------- Forwarded message ---------
{CALL_SITE}

Denise Rigal""",
        app("Firas", "Al-Hamwi", phone="+33767308142", bac=5, grad="2025-06", status="benevole_master_fle_grenoble", email="firas.alhamwi@example.net", forwarded_by="denise.rigal@accueil-refugies38.example.org"),
    )),
    # Feature: forwarded_call — studies_finished — ma licence attend la délibération du jury du 4 décembre
    # ambiguous: courses over but the jury has not deliberated: her licence studies are finished only if she passes
    N("forwarded_call", "studies_finished", "ma licence attend la délibération du jury du 4 décembre", M(
        "Mélissa Giraud <melissa.giraud@example.fr>", "Fwd: annonce Pro'pulse", "19 20:08",
        f"""Bonjour,

Mon père m'a transféré votre annonce. BTS ESF obtenu en juin 2025, puis une licence pro en un an : ma licence attend la délibération du jury du 4 décembre. Pas de stage en cours, pas de service civique. Je voudrais être conseillère dans une association de logement.

Mélissa Giraud — 06 38 56 02 71

---------- Message transféré ---------
De : Alain Giraud <alain.giraud@example.fr>

{CALL_FLYER}""",
        app("Mélissa", "Giraud", phone="+33638560271", bac=2, grad="2025-06", unknown=("studies_finished",), status="bts_esf_licence_jury_4_decembre"),
    )),
    # Feature: exceptions_claimed — situation — il finit le 10 décembre, donc ça ne devrait pas compter
    N("exceptions_claimed", "situation", "il finit le 10 décembre, donc ça ne devrait pas compter", M(
        "Thibault Renaud <thibault.renaud@example.com>", "Candidature — service civique bientôt fini", "15 16:25",
        """Bonjour,

Je suis en service civique à la Croix-Rouge, mais il finit le 10 décembre, donc ça ne devrait pas compter pour votre exclusion. Licence de sociologie obtenue en juin 2025, pas de reconversion. Je cherche un emploi dans l'ESS.

Thibault Renaud
06 92 15 73 48""",
        app("Thibault", "Renaud", phone="+33692157348", bac=3, grad="2025-06", failing=("not_service_civique",), status="licence_socio_sc_croix_rouge_10_decembre"),
    )),
    # Feature: exceptions_claimed — studies_finished — l'inscription en master qui apparaît sur mon LinkedIn, je l'ai annulée en septembre
    N("exceptions_claimed", "studies_finished", "l'inscription en master qui apparaît sur mon LinkedIn, je l'ai annulée en septembre", M(
        "Aurélien Besson <aurelien.besson@example.net>", "Pro'pulse — études terminées", "17 09:40",
        """Bonjour,

Études terminées : oui. Précision : l'inscription en master qui apparaît sur mon LinkedIn, je l'ai annulée en septembre. J'ai une licence d'information-communication (juin 2026), ni stage ni service civique, et je cherche un poste de chargé de communication dans une association.

Aurélien Besson
07 25 84 39 16""",
        app("Aurélien", "Besson", phone="+33725843916", bac=3, grad="2026-06", status="licence_infocom_master_annule_septembre"),
    )),
    # Feature: self_assessment — level — sauf la première : je n'ai que le bac et une année de fac
    N("self_assessment", "level", "sauf la première : je n'ai que le bac et une année de fac", M(
        "Kenza Amrani <kenza.amrani@example.org>", "Je tente ma chance", "16 22:03",
        """Bonjour,

Je coche toutes les cases sauf la première : je n'ai que le bac et une année de fac (L1 de droit). J'ai arrêté en 2025, je ne suis ni en stage ni en service civique et je veux travailler dans une association d'aide aux personnes âgées.

Kenza Amrani
06 24 71 58 03""",
        app("Kenza", "Amrani", phone="+33624715803", bac=0, grad=None, failing=("degree_level",), status="bac_plus_l1_droit_sauf_premiere"),
    )),
    # Feature: self_assessment — situation — mon stage s'est fini le 31 octobre
    N("self_assessment", "situation", "mon stage s'est fini le 31 octobre", M(
        "Gabriel Nkemelu <gabriel.nkemelu@example.com>", "Candidature Pro'pulse", "18 08:57",
        """Bonjour,

Je remplis tous vos critères : master 2 ESS obtenu en septembre 2026, mon stage s'est fini le 31 octobre, pas de service civique, pas de reconversion, et je cherche un poste de chargé d'études dans une mutuelle.

Gabriel Nkemelu
07 81 36 24 95""",
        app("Gabriel", "Nkemelu", phone="+33781362495", bac=5, grad="2026-09", status="m2_ess_stage_fini_31_octobre"),
    )),
    # Feature: english_form — aim — open to anything, honestly, private or non-profit
    # ambiguous: «open to anything … private or non-profit»: the ESS is one option among others, not his aim
    N("english_form", "aim", "open to anything, honestly, private or non-profit", M(
        "Ethan Clarke <ethan.clarke@example.org>", "Answers to your English page", "19 13:33",
        """Hello,

- Degree: BSc in Economics (University of Leeds), July 2025.
- Finished studies: yes.
- Internship / service civique: no.
- Career change: no.
- Job in the ESS: open to anything, honestly, private or non-profit.

Ethan Clarke
07 87 20 45 61""",
        app("Ethan", "Clarke", phone="+33787204561", bac=3, grad="2025-07", unknown=("job_seeking_ess",), status="en_bsc_economics_open_to_anything", language="en"),
    )),
    # Feature: english_form — graduation — no, I got my BA in May 2023
    N("english_form", "graduation", "no, I got my BA in May 2023", M(
        "Amara Osei <amara.osei@example.net>", "Application", "20 16:11",
        f"""Dear team,

> {CALL_EN.splitlines()[3]}
> {CALL_EN.splitlines()[4]}
Yes to the first; to the second, no, I got my BA in May 2023 (Sociology, University of Ghana). My studies are finished and I would love to work in a cooperative.

Amara Osei
06 57 92 14 38""",
        app("Amara", "Osei", phone="+33657921438", bac=3, grad="2023-05", failing=("graduation_recent",), status="en_ba_may_2023", language="en"),
    )),
    # Feature: attachment_form — level — Niveau d'études : BTS ESF (bac+2)
    N("attachment_form", "level", "Niveau d'études : BTS ESF (bac+2)", M(
        "Océane Lefort <oceane.lefort@example.com>", "Formulaire", "14 19:19",
        """Bonjour, le formulaire rempli est joint.
Océane Lefort""",
        app("Océane", "Lefort", phone="+33659037184", bac=2, grad="2026-06", status="formulaire_docx_bts_esf", info_in="cv"),
        cv=CV("docx", "Formulaire_Propulse_Lefort.docx", """Formulaire de candidature Pro'pulse
Nom : Lefort   Prénom : Océane   Téléphone : 06 59 03 71 84
Niveau d'études : BTS ESF (bac+2)
Date d'obtention : juin 2026
Études terminées : oui
Stage ou service civique en cours : non
Reconversion : non
Projet : conseillère en économie sociale familiale dans une association"""),
    )),
    # Feature: attachment_form — career_change — Conducteur de bus, 2010 – 2022
    N("attachment_form", "career_change", "Conducteur de bus, 2010 – 2022", M(
        "Rachid Mansouri <rachid.mansouri@example.org>", "Pro'pulse — formulaire joint", "20 11:45",
        """Bonjour,
Vous trouverez mon formulaire et mon parcours en pièce jointe.
Rachid Mansouri""",
        app("Rachid", "Mansouri", phone="+33640718253", bac=3, grad="2025-06", failing=("not_career_change",), status="formulaire_conducteur_bus_lp_2025", info_in="cv"),
        cv=CV("docx", "Propulse_Mansouri.docx", """Formulaire Pro'pulse — Rachid Mansouri — 06 40 71 82 53
Niveau d'études : licence professionnelle médiation sociale (bac+3), juin 2025
Études terminées : oui
Stage / service civique : non
Parcours avant le diplôme : Conducteur de bus, 2010 – 2022
Projet : médiateur social dans une régie de quartier"""),
    )),
]
