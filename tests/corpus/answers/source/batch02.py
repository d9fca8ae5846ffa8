"""Answers corpus, batch 02: a nurse under the quoted exclusion, dashes and «peu importe» as marks, a «non»
under a negative condition, a foreign diploma on a form line, an HTML table, conditions answered by number
only, notes inside a pasted call, a reception centre's referral, an untrue two-year exception, an English
viva to come, a PDF form."""
# ruff: noqa: E501

from __future__ import annotations

from answers import CALL_EN, CALL_LISTING, CALL_SITE, N
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Feature: quoted_inline — career_change — infirmière pendant douze ans
    N("quoted_inline", "career_change", "infirmière pendant douze ans", M(
        "Martine Okafor <martine.okafor@example.org>", "Re: Appel à candidatures Pro'pulse", "07 09:05",
        """Bonjour,

> Ne peuvent pas candidater : les personnes en reconversion professionnelle, en stage ou en service civique.

Je crois que je suis concernée, mais je préfère vous écrire : j'ai été infirmière pendant douze ans, puis j'ai passé une licence pro intervention sociale, obtenue en juin 2025.

> - cherchent un emploi dans l'ESS

Oui, coordinatrice dans une association de santé communautaire.

Martine Okafor
06 19 52 74 38""",
        app("Martine", "Okafor", phone="+33619527438", bac=3, grad="2025-06", failing=("not_career_change",), status="infirmiere_douze_ans_lp_intervention_sociale"),
    )),
    # Feature: quoted_inline — studies_finished — C'est fait : diplôme reçu en juin, je ne suis plus inscrit nulle part
    N("quoted_inline", "studies_finished", "C'est fait : diplôme reçu en juin, je ne suis plus inscrit nulle part", M(
        "Hugo Pasquier <hugo.pasquier@example.net>", "Re: Pro'pulse", "08 13:47",
        """> - sont titulaires d'un diplôme de niveau bac+2 minimum ;
Licence de géographie.

> - ont terminé leurs études ;
C'est fait : diplôme reçu en juin, je ne suis plus inscrit nulle part.

> - cherchent un emploi dans l'ESS
Oui, dans une Scop d'aménagement ou une association d'environnement.

Pas de stage, pas de service civique.
Hugo Pasquier, 06 84 20 37 51""",
        app("Hugo", "Pasquier", phone="+33684203751", bac=3, grad="2026-06", status="licence_geo_juin_plus_inscrit"),
    )),
    # Feature: checklist_marks — level — ☑ Bac+2 minimum → BTS SIO
    N("checklist_marks", "level", "☑ Bac+2 minimum → BTS SIO", M(
        "Yanis Cherif <yanis.cherif@example.com>", "Candidature", "09 18:22",
        """Bonjour,

☑ Bac+2 minimum → BTS SIO (services informatiques aux organisations)
☑ Moins de deux ans → juin 2025
☑ Études terminées
☑ Ni stage ni service civique
☑ Pas de reconversion
☑ ESS → technicien informatique dans une coopérative ou une association d'insertion

Yanis Cherif
07 38 47 20 65""",
        app("Yanis", "Cherif", phone="+33738472065", bac=2, grad="2025-06", status="bts_sio_cases_cochees"),
    )),
    # Feature: checklist_marks — aim — ☐ emploi dans l'ESS — peu importe le secteur pour moi
    # ambiguous: an empty box and «peu importe le secteur»: the ESS is neither chosen nor ruled out
    N("checklist_marks", "aim", "☐ emploi dans l'ESS — peu importe le secteur pour moi", M(
        "Clara Montagne <clara.montagne@example.org>", "Pro'pulse — mes réponses", "10 10:15",
        """Bonjour,

☑ bac+2 : licence LEA
☑ diplômée depuis moins de deux ans : septembre 2025
☑ études terminées
☑ pas en stage, pas en service civique
☐ emploi dans l'ESS — peu importe le secteur pour moi, je veux surtout un premier CDI

Clara Montagne
06 56 03 81 92""",
        app("Clara", "Montagne", phone="+33656038192", bac=3, grad="2025-09", unknown=("job_seeking_ess",), status="licence_lea_case_vide_peu_importe"),
    )),
    # Feature: yes_no_answers — situation — Non, je l'ai terminé en juin
    N("yes_no_answers", "situation", "Non, je l'ai terminé en juin", M(
        "Awa Diouf <awa.diouf@example.net>", "Réponses à vos questions", "07 16:30",
        """Bonjour,

— Avez-vous au moins un bac+2 ? Oui, licence d'AES.
— Diplômée depuis moins de deux ans ? Oui, juillet 2025.
— Vous n'êtes pas en service civique ? Non, je l'ai terminé en juin.
— En stage ? Non.
— Vous cherchez dans l'ESS ? Oui, une association d'aide alimentaire.

Awa Diouf
06 72 48 15 09""",
        app("Awa", "Diouf", phone="+33672481509", bac=3, grad="2025-07", status="licence_aes_sc_termine_juin"),
    )),
    # Feature: yes_no_answers — graduation — Pas vraiment : DEES obtenu en décembre 2024
    N("yes_no_answers", "graduation", "Pas vraiment : DEES obtenu en décembre 2024", M(
        "Florian Guérin <florian.guerin@example.fr>", "Pro'pulse", "11 21:14",
        """Bonjour,

Diplômé depuis moins de deux ans ? Pas vraiment : DEES obtenu en décembre 2024, ça fera deux ans le mois prochain.
Études terminées ? Oui.
En stage, en service civique ? Non.
Reconversion ? Non, c'est mon premier métier.
ESS ? Oui, éducateur dans une association de protection de l'enfance.

Florian Guérin
06 05 91 36 74""",
        app("Florian", "Guérin", phone="+33605913674", bac=3, grad="2024-12", status="dees_decembre_2024_pas_vraiment"),
    )),
    # Feature: form_fields — situation — Situation actuelle : volontaire en service civique chez Unis-Cité jusqu'au 31 mars 2027
    N("form_fields", "situation", "Situation actuelle : volontaire en service civique chez Unis-Cité jusqu'au 31 mars 2027", M(
        "Salomé Vidal <salome.vidal@example.com>", "Formulaire Pro'pulse", "08 09:58",
        """Bonjour,

Niveau d'études : BUT carrières sociales (bac+3)
Date d'obtention : juin 2026
Situation actuelle : volontaire en service civique chez Unis-Cité jusqu'au 31 mars 2027
Projet : animatrice de réseau dans une fédération d'associations
Téléphone : 07 24 68 13 57

Salomé Vidal""",
        app("Salomé", "Vidal", phone="+33724681357", bac=3, grad="2026-06", failing=("not_service_civique",), status="but_cs_service_civique_mars_2027_formulaire"),
    )),
    # Feature: form_fields — level — Niveau d'études : diplôme de technicien spécialisé (Maroc), équivalence demandée
    # ambiguous: a Moroccan «technicien spécialisé» with the equivalence still asked for: its French level is not settled
    N("form_fields", "level", "Niveau d'études : diplôme de technicien spécialisé (Maroc), équivalence demandée", M(
        "Soufiane Belkadi <soufiane.belkadi@example.org>", "Candidature Pro'pulse — formulaire", "12 11:36",
        """Bonjour,

Niveau d'études : diplôme de technicien spécialisé (Maroc), équivalence demandée
Date d'obtention : juillet 2025
Situation actuelle : en recherche d'emploi, études finies
Stage / service civique : non
Projet : gestionnaire de paie dans une mutuelle
Téléphone : 06 93 57 24 80

Soufiane Belkadi""",
        app("Soufiane", "Belkadi", phone="+33693572480", bac="*", grad="2025-07", unknown=("degree_level",), status="technicien_specialise_maroc_equivalence_demandee"),
    )),
    # Feature: table_layout — aim — chargé de communication dans une fondation
    N("table_layout", "aim", "chargé de communication dans une fondation", M(
        "Malik Benyahia <malik.benyahia@example.net>", "Ma candidature en tableau", "09 14:03",
        """Critère\tMa situation
Bac+2 minimum\tMaster information-communication
Diplôme de moins de deux ans\tobtenu en septembre 2025
Études terminées\toui
Stage ou service civique\taucun
Reconversion\tnon
Emploi visé\tchargé de communication dans une fondation

Malik Benyahia — 06 48 75 02 93""",
        app("Malik", "Benyahia", phone="+33648750293", bac=5, grad="2025-09", status="master_infocom_fondation_tableau_html"),
        html="only",
        body_html="""<html><body><table border="1"><tr><th>Critère</th><th>Ma situation</th></tr><tr><td>Bac+2 minimum</td><td>Master information-communication</td></tr><tr><td>Diplôme de moins de deux ans</td><td>obtenu en septembre 2025</td></tr><tr><td>Études terminées</td><td>oui</td></tr><tr><td>Stage ou service civique</td><td>aucun</td></tr><tr><td>Reconversion</td><td>non</td></tr><tr><td>Emploi visé</td><td>chargé de communication dans une fondation</td></tr></table><p>Malik Benyahia — 06 48 75 02 93</p></body></html>""",
    )),
    # Feature: table_layout — graduation — Date du diplôme | 2022
    N("table_layout", "graduation", "Date du diplôme | 2022", M(
        "Julie Carrasco <julie.carrasco@example.com>", "Candidature Pro'pulse", "10 19:41",
        """Bonjour,

| Critère | Ma situation |
| Diplôme | licence d'histoire |
| Date du diplôme | 2022 |
| Études terminées | oui |
| Stage / service civique | non |
| Emploi recherché | médiatrice culturelle dans une association |

Julie Carrasco
06 37 29 84 15""",
        app("Julie", "Carrasco", phone="+33637298415", bac=3, grad="2022", failing=("graduation_recent",), status="licence_histoire_2022_tableau"),
    )),
    # Feature: numbered_points — situation — 4 : non
    # ambiguous: «4 : non» under «Ne pas être en stage ni en service civique»: «no, I am not» or «no, I do not meet it»?
    N("numbered_points", "situation", "4 : non", M(
        "Adama Coulibaly <adama.coulibaly@example.org>", "conditions", "11 07:52",
        """Bonjour
1 : oui, BTS
2 : juin 2025
3 : oui
4 : non
5 : non
6 : oui
Adama Coulibaly 07 53 91 28 46""",
        app("Adama", "Coulibaly", phone="+33753912846", bac=2, grad="2025-06", unknown=("not_internship", "not_service_civique"), status="numeros_seuls_4_non"),
    )),
    # Feature: numbered_points — career_change — 5. Pas de reconversion : seulement des jobs étudiants
    N("numbered_points", "career_change", "5. Pas de reconversion : seulement des jobs étudiants", M(
        "Lisa Marchetti <lisa.marchetti@example.fr>", "Candidature — vos 6 conditions", "12 15:25",
        """Bonjour,

1. Licence professionnelle gestion des structures sanitaires et sociales.
2. Obtenue en juin 2025.
3. Terminées.
4. Ni stage ni service civique.
5. Pas de reconversion : seulement des jobs étudiants (caisse, animation l'été).
6. Assistante de gestion dans une association d'aide à domicile.

Lisa Marchetti
06 66 12 49 83""",
        app("Lisa", "Marchetti", phone="+33666124983", bac=3, grad="2025-06", status="lp_sanitaire_social_jobs_etudiants"),
    )),
    # Feature: pasted_call — studies_finished — ← moi : oui, depuis la remise du diplôme en juin 2026
    N("pasted_call", "studies_finished", "← moi : oui, depuis la remise du diplôme en juin 2026", M(
        "Léna Roussel <lena.roussel@example.org>", "Votre annonce, avec mes réponses dedans", "08 22:17",
        """Bonjour, j'ai collé votre annonce et répondu dedans :

Pro'pulse — premier emploi dans l'économie sociale et solidaire
Le programme s'adresse aux jeunes diplômé·es qui :
- sont titulaires d'un diplôme de niveau bac+2 minimum ; ← moi : master 1 de droit social
- ont obtenu leur diplôme depuis moins de deux ans ; ← moi : juin 2026
- ont terminé leurs études ; ← moi : oui, depuis la remise du diplôme en juin 2026
- cherchent un emploi dans l'ESS ← moi : juriste dans une mutuelle ou une association de défense des droits
Ne peuvent pas candidater : les personnes en reconversion professionnelle, en stage ou en service civique.

Léna Roussel
06 81 40 57 36""",
        app("Léna", "Roussel", phone="+33681405736", bac=4, grad="2026-06", status="m1_droit_social_reponses_dans_annonce"),
    )),
    # Feature: pasted_call — kind — Appel à candidatures relayé
    N("pasted_call", "kind", "Appel à candidatures relayé", M(
        "Réseau des Ressourceries d'Occitanie <info@ressourceries-oc.example.org>", "Infos du réseau — novembre", "09 08:30",
        f"""Infos du réseau — novembre 2026

Appel à candidatures relayé, à faire circuler auprès de vos salarié·es en fin de parcours :

{CALL_LISTING}

Prochaine rencontre du réseau : 3 décembre à Albi.
Pour ne plus recevoir ces infos : infos-stop@ressourceries-oc.example.org""",
        newsletter(),
        headers={"List-Unsubscribe": "<mailto:unsubscribe@lists.example.org>"},
    )),
    # Feature: forwarded_call — level — il a le baccalauréat afghan, pas d'études supérieures
    N("forwarded_call", "level", "il a le baccalauréat afghan, pas d'études supérieures", M(
        "Hélène Darrieux — CADA de Pau <h.darrieux@cada-pau.example.org>", "TR: Pro'pulse — M. Jawad Sultani", "10 11:48",
        f"""Bonjour,

Je vous transfère votre appel pour M. Jawad Sultani, hébergé chez nous, très motivé par l'ESS (il est bénévole dans une épicerie solidaire). Honnêtement, je ne sais pas s'il entre dans les critères : il a le baccalauréat afghan, pas d'études supérieures. Il a fini sa scolarité, n'est ni en stage ni en service civique.
Contact : jawad.sultani@example.net, 07 09 62 38 14.

---------- Forwarded message ---------
{CALL_SITE}

Hélène Darrieux, travailleuse sociale""",
        app("Jawad", "Sultani", phone="+33709623814", bac=0, grad=None, failing=("degree_level",), status="cada_bac_afghan_pas_superieur", email="jawad.sultani@example.net", forwarded_by="h.darrieux@cada-pau.example.org"),
    )),
    # Feature: forwarded_call — situation — je suis en « mission » chez Emmaüs Connect jusqu'à fin janvier
    # ambiguous: a «mission» of unstated kind running until January: stage, service civique or a contract?
    N("forwarded_call", "situation", "je suis en « mission » chez Emmaüs Connect jusqu'à fin janvier", M(
        "Rania Saadi <rania.saadi@example.com>", "Fwd: Fwd: pour toi ?", "11 17:06",
        """Bonjour,

Une amie m'a fait suivre votre appel, je réponds : licence de psychologie obtenue en juillet 2025, études terminées, je veux travailler dans l'ESS. Pour « pas en stage ni en service civique » : je suis en « mission » chez Emmaüs Connect jusqu'à fin janvier, c'est comme ça qu'ils l'appellent.

Rania Saadi — 06 26 70 93 48

---------- Forwarded message ---------
From: Élodie <elodie.bastide@example.com>
Subject: pour toi ?

PRO'PULSE — diplôme bac+2, moins de 2 ans, ESS, pas de stage ni de service civique""",
        app("Rania", "Saadi", phone="+33626709348", bac=3, grad="2025-07", unknown=("not_internship", "not_service_civique"), status="licence_psycho_mission_emmaus_janvier"),
    )),
    # Feature: forwarded_call — kind — Transmis à toutes les promotions de L3
    N("forwarded_call", "kind", "Transmis à toutes les promotions de L3", M(
        "Scolarité UFR Sciences sociales <scolarite.ufr-ss@univ-exemple.example.fr>", "TR: Pro'pulse — appel à candidatures", "12 09:20",
        f"""Transmis à toutes les promotions de L3 et de M2, pour information. Merci de candidater directement auprès du programme, pas auprès de la scolarité.

---------- Message transféré ---------
De : Pro'pulse <propulse@animafac.net>

{CALL_SITE}""",
        other(),
    )),
    # Feature: exceptions_claimed — graduation — la règle des deux ans ne s'applique pas à moi car j'ai fait une année de césure
    N("exceptions_claimed", "graduation", "la règle des deux ans ne s'applique pas à moi car j'ai fait une année de césure", M(
        "Quentin Lebrun <quentin.lebrun@example.org>", "Candidature Pro'pulse", "07 12:33",
        """Bonjour,

Master de sciences politiques obtenu en juin 2024. Je sais que vous demandez un diplôme de moins de deux ans, mais la règle des deux ans ne s'applique pas à moi car j'ai fait une année de césure en voyage juste après, donc je n'ai cherché du travail que depuis un an. Je vise une association de plaidoyer.

Quentin Lebrun
06 11 85 42 97""",
        app("Quentin", "Lebrun", phone="+33611854297", bac=5, grad="2024-06", failing=("graduation_recent",), status="master_scpo_juin_2024_cesure_exception"),
    )),
    # Feature: exceptions_claimed — kind — Il se termine le 20 novembre
    N("exceptions_claimed", "kind", "Il se termine le 20 novembre", M(
        "Anaïs Berthier <anais.berthier@example.net>", "Re: Pro'pulse — votre service civique", "13 10:09",
        """Bonjour,

Il se termine le 20 novembre, je vous envoie l'attestation de fin de mission dès que je l'ai.

Anaïs

Le 12/11/2026 à 16:40, Pro'pulse <propulse@animafac.net> a écrit :
> Bonjour Anaïs,
> Le programme n'est pas ouvert aux personnes en service civique. Votre mission se termine-t-elle avant le démarrage ?""",
        reply(),
        headers={"In-Reply-To": "<ab.1211@animafac.net>", "References": "<ab.1211@animafac.net>"},
    )),
    # Feature: self_assessment — aim — sauf que je vise plutôt une banque
    N("self_assessment", "aim", "sauf que je vise plutôt une banque", M(
        "Romain Delcourt <romain.delcourt@example.com>", "Pro'pulse", "09 20:50",
        """Bonjour,

Je remplis vos critères, sauf que je vise plutôt une banque, en chargé de clientèle professionnels. Master banque-finance obtenu en octobre 2025, études finies, ni stage ni service civique. Votre accompagnement m'aiderait pour les entretiens.

Romain Delcourt
07 02 36 59 81""",
        app("Romain", "Delcourt", phone="+33702365981", bac=5, grad="2025-10", failing=("job_seeking_ess",), status="master_banque_vise_banque"),
    )),
    # Feature: self_assessment — kind — si l'on coche toutes les cases sauf une
    N("self_assessment", "kind", "si l'on coche toutes les cases sauf une", M(
        "Centre social des Trois-Cités <accueil@cs-troiscites.example.org>", "Question sur vos critères", "10 14:44",
        """Bonjour,

Nous accompagnons des jeunes dans leurs candidatures. Une question : si l'on coche toutes les cases sauf une, la candidature est-elle quand même étudiée, ou faut-il attendre de remplir tous les critères ?

Merci,
L'accueil du centre social""",
        question(),
    )),
    # Feature: english_form — studies_finished — almost: my viva is on 9 December
    # ambiguous: an MSc whose viva is still to come: finished once the viva is passed, and not before?
    N("english_form", "studies_finished", "almost: my viva is on 9 December", M(
        "Priya Raman <priya.raman@example.org>", "Pro'pulse — answers to your criteria", "11 09:27",
        """Hi,

- Degree at bac+2 level or higher: MSc Social Policy (University of Bristol).
- Graduated less than two years ago: it will be awarded after the viva.
- Finished your studies: almost: my viva is on 9 December, all coursework is submitted.
- Internship / service civique: neither.
- Job in the ESS: yes, policy officer in a charity or a cooperative.

Priya Raman
07 36 58 91 02""",
        app("Priya", "Raman", phone="+33736589102", bac="*", grad=None, unknown=("studies_finished",), status="en_msc_viva_9_december", language="en"),
    )),
    # Feature: english_form — kind — Automatic reply: Pro'pulse
    N("english_form", "kind", "Automatic reply: Pro'pulse", M(
        "Daniel Whitcombe <d.whitcombe@example.com>", "Automatic reply: Pro'pulse — your first job in the ESS", "12 08:01",
        f"""I am out of the office until 23 November with limited access to email.

> {CALL_EN.splitlines()[0]}
> {CALL_EN.splitlines()[1]}""",
        auto_reply(),
        headers={"Auto-Submitted": "auto-replied"},
    )),
    # Feature: attachment_form — graduation — Date d'obtention : 07/2025
    N("attachment_form", "graduation", "Date d'obtention : 07/2025", M(
        "Bich Ngoc Tran <bichngoc.tran@example.fr>", "Candidature", "13 16:18",
        """Bonjour, mon formulaire en pièce jointe.
Bich Ngoc Tran""",
        app("Bich Ngoc", "Tran", phone="+33645810372", bac=3, grad="2025-07", status="formulaire_pdf_juillet_2025", info_in="cv"),
        cv=CV("pdf", "formulaire_propulse_tran.pdf", """Pro'pulse — formulaire de candidature
Nom : Tran   Prénom : Bich Ngoc
Tél. : 06 45 81 03 72
Diplôme : licence de gestion (bac+3)
Date d'obtention : 07/2025
Études terminées : oui
Stage / service civique en cours : non
Reconversion professionnelle : non
Emploi recherché : assistante administrative dans une association d'insertion"""),
    )),
    # Feature: attachment_form — kind — El mensaje no se pudo entregar
    N("attachment_form", "kind", "El mensaje no se pudo entregar", M(
        "Mail Delivery System <MAILER-DAEMON@mx.example.net>", "Undeliverable: Formulaire Pro'pulse à remplir", "08 05:44",
        """El mensaje no se pudo entregar a: j.alarcon@correo.example.com
(le formulaire joint n'a pas été remis)""",
        bounce("j.alarcon@correo.example.com"),
        bounce="Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; j.alarcon@correo.example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown",
    )),
]
