# ruff: noqa: E501
"""Batch 7 — channel (g): HTML-only mail (no text part): webmail and Outlook HTML, tables laid out by the
person or by an adviser's template, newsletter-like signatures with logos and social links, and two real
newsletters. `body` keeps a plain reading of the same words for the source's reader; `body_html` is what is sent.
"""

from kit import M, app, newsletter

SIG_TABLE = """<table style="border-top:2px solid #2a7"><tr><td><img src="https://example.org/logo.png" alt="logo" width="60"></td><td style="font-size:11px;color:#555">{lines}</td></tr></table><p style="font-size:9px;color:#999">Pensez à l'environnement avant d'imprimer ce mail. <a href="https://www.linkedin.example.com/in/x">LinkedIn</a> | <a href="https://instagram.example.com/x">Instagram</a></p>"""


def sig(*lines: str) -> str:
    return SIG_TABLE.format(lines="<br>".join(lines))


MESSAGES = [
    # Channel: HTML-only, the person laid out her path as a table. Margaux Picard, M2 2026-06 + M1 2025; seeks ESS. Eligible.
    M(
        frm="Margaux Picard <margaux.picard@example.com>",
        subject="Ma candidature à Pro'pulse",
        date="03 10:45",
        body="""Bonjour, voici mon parcours en bref.
2026 (juin) Master 2 Économie sociale et solidaire, Université de Lille
2025 Master 1 Économie
Projet : chargée de développement dans une coopérative d'activité et d'emploi
Margaux Picard, 06 38 91 24 70""",
        html="only",
        body_html="""<html><body><p>Bonjour, voici mon parcours en bref.</p><table border="1" cellpadding="4"><tr><th>Année</th><th>Diplôme</th></tr><tr><td>2026 (juin)</td><td>Master 2 Économie sociale et solidaire, Université de Lille</td></tr><tr><td>2025</td><td>Master 1 Économie</td></tr></table><p><b>Projet :</b> chargée de développement dans une coopérative d'activité et d'emploi</p><p>Margaux Picard<br>06 38 91 24 70</p></body></html>""",
        truth=app("Margaux", "Picard", phone="+33638912470", bac=5, grad="2026-06", status="html_self_table"),
    ),
    # Channel: HTML-only Outlook with a newsletter-like signature of his current employer (a retail chain): Julien, CDI de vendeur depuis 2022, licence 2022 → old; wants ESS.
    M(
        frm="Julien Carré <julien.carre@example.net>",
        subject="Candidature",
        date="04 13:10",
        body="""Bonjour,
Licence de LEA obtenue en 2022, vendeur en CDI depuis. Je souhaite rejoindre une association de commerce équitable.
Julien Carré — Conseiller de vente — Maison & Déco — 07 49 25 61 03""",
        html="only",
        body_html="""<html><body><div style="font-family:Calibri"><p>Bonjour,</p><p>Licence de LEA obtenue en 2022, vendeur en CDI depuis. Je souhaite rejoindre une association de commerce équitable.</p></div>""" + sig("Julien Carré", "Conseiller de vente — Maison &amp; Déco", "07 49 25 61 03") + """</body></html>""",
        truth=app("Julien", "Carré", phone="+33749256103", bac=3, grad="2022", failing=("graduation_recent",), status="html_retail_signature_old"),
    ),
    # Channel: HTML-only from a Mission Locale template (logo, table «Fiche de liaison»). Kylian Robert, BTS 2026-07, seeks ESS, no current stage. Eligible.
    M(
        frm="Mission Locale du Grand Avignon <liaison@ml-avignon.example.org>",
        subject="Fiche de liaison – Kylian ROBERT",
        date="05 09:35",
        body="""Fiche de liaison
Jeune : Kylian ROBERT
Date de naissance : 2004
Diplôme : BTS Gestion de la PME (juillet 2026)
Situation : demandeur d'emploi, pas de stage ni de mission en cours
Projet : assistant de gestion dans une structure de l'ESS (association, coopérative)
Coordonnées : kylian.robert@example.com – 06 22 73 48 15
Conseillère : Mme Aubry""",
        html="only",
        body_html="""<html><body><img src="https://ml-avignon.example.org/logo.png" alt="Mission Locale"><h3>Fiche de liaison</h3><table border="1" style="border-collapse:collapse"><tr><td>Jeune</td><td>Kylian ROBERT</td></tr><tr><td>Date de naissance</td><td>2004</td></tr><tr><td>Diplôme</td><td>BTS Gestion de la PME (juillet 2026)</td></tr><tr><td>Situation</td><td>demandeur d'emploi, pas de stage ni de mission en cours</td></tr><tr><td>Projet</td><td>assistant de gestion dans une structure de l'ESS (association, coopérative)</td></tr><tr><td>Coordonnées</td><td>kylian.robert@example.com – 06 22 73 48 15</td></tr><tr><td>Conseillère</td><td>Mme Aubry</td></tr></table></body></html>""",
        truth=app("Kylian", "Robert", phone="+33622734815", bac=2, grad="2026-07", email="kylian.robert@example.com", forwarded_by="liaison@ml-avignon.example.org", status="html_ml_fiche_liaison"),
    ),
    # Channel: HTML-only from Gmail with bold and colours: Capucine, licence 2026-06, «j'ai achevé mon service civique le 15 novembre». Eligible.
    M(
        frm="Capucine Morel <capucine.morel@example.org>",
        subject="Candidature Pro'pulse 🌱",
        date="16 19:20",
        body="""Bonjour !
Licence de biologie obtenue en juin 2026.
J'ai achevé mon service civique le 15 novembre (sensibilisation au tri dans une ressourcerie).
Je cherche maintenant un emploi dans une ressourcerie ou une association d'éducation à l'environnement.
Capucine Morel – 07 32 18 64 90""",
        html="only",
        body_html="""<div dir="ltr"><p>Bonjour !</p><p>Licence de biologie obtenue en <b>juin 2026</b>.</p><p><span style="color:#2e7d32">J'ai achevé mon service civique le 15 novembre</span> (sensibilisation au tri dans une ressourcerie).</p><p>Je cherche maintenant un emploi dans une ressourcerie ou une association d'éducation à l'environnement.</p><p>Capucine Morel – 07 32 18 64 90</p></div>""",
        truth=app("Capucine", "Morel", phone="+33732186490", bac=3, grad="2026-06", status="html_civique_acheve_15_nov"),
    ),
    # Channel: HTML-only, the whole letter in a table cell (layout table). Florence, DE conseillère ESF 2026-07 (bac+3), seeks association. Eligible.
    M(
        frm="Florence Adam <florence.adam@example.com>",
        subject="Lettre de motivation",
        date="06 11:00",
        body="""Madame, Monsieur,
Titulaire du diplôme d'État de conseillère en économie sociale familiale depuis juillet 2026, je souhaite exercer dans une association d'accompagnement au logement. Votre programme m'aiderait à trouver ce premier poste.
Florence Adam
06 70 81 35 26""",
        html="only",
        body_html="""<html><body><table width="600" align="center"><tr><td style="padding:20px;font-family:Georgia"><p>Madame, Monsieur,</p><p>Titulaire du diplôme d'État de conseillère en économie sociale familiale depuis juillet 2026, je souhaite exercer dans une association d'accompagnement au logement. Votre programme m'aiderait à trouver ce premier poste.</p><p>Florence Adam<br>06 70 81 35 26</p></td></tr></table></body></html>""",
        truth=app("Florence", "Adam", phone="+33670813526", bac=3, grad="2026-07", status="html_layout_table_decesf"),
    ),
    # Channel: HTML-only newsletter (job board) with List-Unsubscribe.
    M(
        frm="Jobs Solidaires <newsletter@jobs-solidaires.example.com>",
        subject="Cette semaine : 24 offres en association et coopérative",
        date="09 06:00",
        body="""24 offres cette semaine. Chargé·e de projet (association, Lille) ; Animateur·rice (centre social, Nancy). Se désinscrire.""",
        html="only",
        body_html="""<html><body><h1>24 offres cette semaine</h1><table><tr><td><a href="https://jobs-solidaires.example.com/1">Chargé·e de projet</a></td><td>association, Lille</td></tr><tr><td><a href="https://jobs-solidaires.example.com/2">Animateur·rice</a></td><td>centre social, Nancy</td></tr></table><p><a href="https://jobs-solidaires.example.com/unsubscribe">Se désinscrire</a></p></body></html>""",
        headers={"List-Unsubscribe": "<https://jobs-solidaires.example.com/unsubscribe?u=771>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
        truth=newsletter(),
    ),
    # Channel: HTML-only from an adviser with an APEC-style signature table; the candidate's facts in a bulleted list. Élise Martin, master 2025-06, «actuellement en CDD dans une banque» and wants ESS. Eligible.
    M(
        frm="Bruno Lefranc <bruno.lefranc@apec.example.org>",
        subject="Présentation d'une jeune diplômée",
        date="07 14:25",
        body="""Bonjour,
Je vous présente Élise Martin :
- master Gestion de patrimoine, juin 2025
- actuellement en CDD de conseillère dans une banque, jusqu'en décembre
- souhaite rejoindre une banque coopérative ou une association de finance solidaire
- elise.martin@example.net, 06 84 50 27 19
Bruno Lefranc, consultant Apec""",
        html="only",
        body_html="""<html><body><p>Bonjour,</p><p>Je vous présente <b>Élise Martin</b> :</p><ul><li>master Gestion de patrimoine, juin 2025</li><li>actuellement en CDD de conseillère dans une banque, jusqu'en décembre</li><li>souhaite rejoindre une banque coopérative ou une association de finance solidaire</li><li>elise.martin@example.net, 06 84 50 27 19</li></ul>""" + sig("Bruno Lefranc", "Consultant — Apec", "bruno.lefranc@apec.example.org") + """</body></html>""",
        truth=app("Élise", "Martin", phone="+33684502719", bac=5, grad="2025-06", email="elise.martin@example.net", forwarded_by="bruno.lefranc@apec.example.org", status="html_apec_list_cdd_banque"),
    ),
    # Channel: HTML-only (paragraphs made by the client). Baptiste Fournier, «plus étudiant depuis juin, master obtenu», seeks «mutuelle»; no month for the master: «depuis juin» → 2026-06. Eligible.
    M(
        frm="Baptiste Fournier <baptiste.fournier@example.org>",
        subject="Pro'pulse",
        date="08 17:40",
        body="""Bonjour,

Plus étudiant depuis juin, master d'actuariat en poche, je cherche un poste dans une mutuelle de santé plutôt que dans une assurance classique.

Baptiste Fournier
06 19 27 83 40""",
        html="only",
        truth=app("Baptiste", "Fournier", phone="+33619278340", bac=5, grad="2026-06", status="html_plus_etudiant_depuis_juin"),
    ),
    # Channel: HTML-only, key fact only in the subject; the body is a signature image and one line. Cyril Vidal: subject «Licence pro 2026 – recherche emploi ESS – stage terminé». Eligible, info_in subject.
    M(
        frm="Cyril Vidal <cyril.vidal@example.com>",
        subject="Licence pro juin 2026 – recherche emploi ESS – stage terminé",
        date="09 10:05",
        body="""Bonjour, tout est dans l'objet. Cyril Vidal, 06 43 29 80 15""",
        html="only",
        body_html="""<html><body><p>Bonjour, tout est dans l'objet.</p>""" + sig("Cyril Vidal", "06 43 29 80 15") + """</body></html>""",
        truth=app("Cyril", "Vidal", phone="+33643298015", bac=3, grad="2026-06", info_in="subject", status="html_subject_only_facts"),
    ),
    # Channel: HTML-only from an association's webmail: the applicant is currently an employee («salariée en contrat aidé PEC») in an association, licence 2025-09, wants a CDI in ESS. PEC is not stage/civique. Eligible.
    M(
        frm="Sabrina Lemoine <sabrina.lemoine@example.net>",
        subject="Candidature",
        date="10 12:50",
        body="""Bonjour,
Licence de sciences de l'éducation (septembre 2025). Je suis salariée en contrat aidé (PEC) dans une association de quartier jusqu'en mars et je cherche un CDI dans l'ESS.
Sabrina Lemoine
07 26 90 14 53""",
        html="only",
        truth=app("Sabrina", "Lemoine", phone="+33726901453", bac=3, grad="2025-09", status="html_pec"),
    ),
    # Channel: HTML-only. Gaspard, «je ne suis pas en reconversion : c'est mon premier emploi que je cherche», master 2026-09, ESS. Eligible.
    M(
        frm="Gaspard Henry <gaspard.henry@example.com>",
        subject="Premier emploi dans l'ESS",
        date="11 09:22",
        body="""Bonjour,
Master d'histoire obtenu en septembre 2026. Pour être clair, je ne suis pas en reconversion : c'est bien mon premier emploi que je cherche, dans une association patrimoniale ou un tiers-lieu culturel.
Gaspard Henry
06 75 12 40 38""",
        html="only",
        truth=app("Gaspard", "Henry", phone="+33675124038", bac=5, grad="2026-09", status="html_pas_en_reconversion"),
    ),
    # Channel: HTML-only newsletter (an ESS federation), no List-Unsubscribe header but an unsubscribe link and Precedence: bulk.
    M(
        frm="Fédération des Tiers-Lieux <infos@tierslieux-fede.example.org>",
        subject="Infolettre n°47 – appels à projets et offres",
        date="12 07:30",
        body="""Infolettre n°47. Appels à projets, offres d'emploi, agenda. Vous recevez ce message car vous êtes adhérent. Désinscription.""",
        html="only",
        body_html="""<html><body><h2>Infolettre n°47</h2><p>Appels à projets, offres d'emploi, agenda.</p><p style="font-size:10px">Vous recevez ce message car vous êtes adhérent. <a href="https://tierslieux-fede.example.org/desinscription">Désinscription</a></p></body></html>""",
        headers={"Precedence": "bulk", "X-Mailer": "Sendinblue"},
        truth=newsletter(),
    ),
    # Channel: HTML-only with a table «Expériences» showing a current stage: Lola Dupuis, BTS 2025-06, row «Stage – depuis le 2 novembre 2026 – 6 mois». Current internship.
    M(
        frm="Lola Dupuis <lola.dupuis@example.org>",
        subject="Candidature Lola Dupuis",
        date="13 15:15",
        body="""Bonjour, voici mon parcours :
Formation : BTS Communication, juin 2025
Expérience : stage – depuis le 2 novembre 2026 – 6 mois – association culturelle
Projet : chargée de communication dans une association culturelle
Lola Dupuis, 06 58 31 27 94""",
        html="only",
        body_html="""<html><body><p>Bonjour, voici mon parcours :</p><table border="1"><tr><th>Formation</th><td>BTS Communication, juin 2025</td></tr><tr><th>Expérience</th><td>Stage – depuis le 2 novembre 2026 – 6 mois – association culturelle</td></tr><tr><th>Projet</th><td>chargée de communication dans une association culturelle</td></tr></table><p>Lola Dupuis, 06 58 31 27 94</p></body></html>""",
        truth=app("Lola", "Dupuis", phone="+33658312794", bac=2, grad="2025-06", failing=("not_internship",), status="html_table_stage_depuis"),
    ),
    # Channel: HTML-only with a newsletter-like signature that lists the sender's student association role: Hamid, «président de l'asso étudiante», M1 2026-06 and now M2 in progress? No: «j'ai décidé de ne pas faire de M2». M1 → bac+4. Seeks ESS. Eligible.
    M(
        frm="Hamid Saidi <hamid.saidi@example.net>",
        subject="Candidature programme Pro'pulse",
        date="14 18:30",
        body="""Bonjour,
Après mon master 1 de sociologie (juin 2026), j'ai décidé de ne pas faire de M2 et d'entrer directement dans la vie active, dans une association de lutte contre la précarité étudiante.
Hamid Saidi — Président, Solid'Étudiants (asso étudiante) — 07 19 46 82 30""",
        html="only",
        body_html="""<html><body><p>Bonjour,</p><p>Après mon master 1 de sociologie (juin 2026), j'ai décidé de ne pas faire de M2 et d'entrer directement dans la vie active, dans une association de lutte contre la précarité étudiante.</p>""" + sig("Hamid Saidi", "Président, Solid'Étudiants (asso étudiante)", "07 19 46 82 30") + """</body></html>""",
        truth=app("Hamid", "Saidi", phone="+33719468230", bac=4, grad="2026-06", status="html_m1_pas_de_m2"),
    ),
    # Channel: HTML-only. Manon Roux, «titulaire d'un DEUG» (old, 2 years) from 2025? A DEUG no longer exists: she means her L2 validated in 2025 («DEUG» on her relevé). L2 = bac+2 validated, but not a diploma programme... she says «DEUG délivré en juillet 2025». bac+2. Seeks ESS. Eligible.
    M(
        frm="Manon Roux <manon.roux@example.com>",
        subject="Candidature",
        date="15 10:40",
        body="""Bonjour,
J'ai arrêté la fac après ma deuxième année : le DEUG de psychologie m'a été délivré en juillet 2025. Je travaille depuis comme animatrice en accueil de loisirs et je voudrais un poste stable dans une association de l'enfance.
Manon Roux
06 04 93 18 27""",
        html="only",
        truth=app("Manon", "Roux", phone="+33604931827", bac=2, grad="2025-07", status="html_deug_2025"),
    ),
    # Channel: HTML-only from a careers service newsletter-like template presenting one graduate (not bulk: to us only). Baptiste? No: Inès Garnier, licence pro 2026-06, seeks ESS. Eligible.
    M(
        frm="Pôle Insertion IUT de Lannion <insertion@iut-lannion.example.org>",
        subject="Une diplômée de l'IUT vous écrit",
        date="17 11:10",
        body="""Pôle Insertion — IUT de Lannion
Nous vous présentons Inès Garnier, diplômée de notre licence professionnelle « Coordination de projets d'animation » (juin 2026).
Son projet : coordinatrice dans une association d'éducation populaire en Bretagne.
Contact : ines.garnier@example.org — 06 36 72 19 05""",
        html="only",
        body_html="""<html><body><table width="100%" style="background:#004a80;color:#fff"><tr><td><h2>Pôle Insertion — IUT de Lannion</h2></td></tr></table><p>Nous vous présentons <b>Inès Garnier</b>, diplômée de notre licence professionnelle « Coordination de projets d'animation » (juin 2026).</p><p>Son projet : coordinatrice dans une association d'éducation populaire en Bretagne.</p><p>Contact : ines.garnier@example.org — 06 36 72 19 05</p></body></html>""",
        truth=app("Inès", "Garnier", phone="+33636721905", bac=3, grad="2026-06", email="ines.garnier@example.org", forwarded_by="insertion@iut-lannion.example.org", status="html_iut_presents"),
    ),
    # Channel: HTML-only. Thibault, master 2026-06, «en poste comme chargé de mission dans une asso depuis octobre (CDD 3 mois)», wants to stay ESS. Eligible.
    M(
        frm="Thibault Mallet <thibault.mallet@example.net>",
        subject="Candidature Pro'pulse",
        date="18 14:00",
        body="""Bonjour,
Master de science politique (juin 2026). Je suis en CDD de trois mois comme chargé de mission dans une association depuis octobre, et j'aimerais rester dans l'ESS à la fin du contrat.
Thibault Mallet
07 81 36 52 09""",
        html="only",
        truth=app("Thibault", "Mallet", phone="+33781365209", bac=5, grad="2026-06", status="html_cdd_asso_reste_ess"),
    ),
    # Channel: HTML-only. Pauline Roy, «je finirai ma licence pro en juin 2027» + DUT 2025-06. Studies unfinished.
    M(
        frm="Pauline Roy <pauline.roy@example.org>",
        subject="Renseignements / candidature",
        date="19 09:50",
        body="""Bonjour,
Après un DUT en juin 2025, je finirai ma licence pro en juin 2027. Je voudrais savoir si je peux déjà rejoindre Pro'pulse pour préparer mon entrée dans une coopérative.
Pauline Roy
06 67 24 81 53""",
        html="only",
        truth=app("Pauline", "Roy", phone="+33667248153", bac=2, grad="2025-06", failing=("studies_finished",), status="html_finirai_licence_pro"),
    ),
]
