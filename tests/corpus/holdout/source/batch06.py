# ruff: noqa: E501
"""Batch 6: a last round of mixed forms — HTML tables from advisers, layered forwards, English careers
services, bilingual CVs and negations not used elsewhere — each from its persona card (the comment above)."""

from kit import CV, M, app

MESSAGES = [
    # Card: France Travail adviser sends an HTML-only «synthèse» table about Maëva Hoareau, 23, BTS 2026
    # (juin), project: assistante de gestion in an association. Applicant address in the table.
    M(
        frm="Laurent Payet <laurent.payet@francetravail.example.net>",
        subject="Synthèse candidate – Maëva Hoareau",
        date="04 08:20",
        body="""Bonjour,
Synthèse de la candidate :
Candidate : Maëva Hoareau
Diplôme : BTS Gestion de la PME (juin 2026)
Projet : assistante de gestion dans une association ou une coopérative
Disponibilité : immédiate
Contact : maeva.hoareau@example.com / 06 93 27 40 15
Laurent Payet, conseiller France Travail""",
        html="only",
        body_html="""<html><body><p>Bonjour,</p><p>Synthèse de la candidate :</p><table border="1" style="border-collapse:collapse"><tr><th>Candidate</th><td>Maëva Hoareau</td></tr><tr><th>Diplôme</th><td>BTS Gestion de la PME (juin 2026)</td></tr><tr><th>Projet</th><td>assistante de gestion dans une association ou une coopérative</td></tr><tr><th>Disponibilité</th><td>immédiate</td></tr><tr><th>Contact</th><td>maeva.hoareau@example.com / 06 93 27 40 15</td></tr></table><p>Laurent Payet, conseiller France Travail</p></body></html>""",
        truth=app("Maëva", "Hoareau", phone="+33693274015", bac=2, grad="2026-06", email="maeva.hoareau@example.com", forwarded_by="laurent.payet@francetravail.example.net", status="ft_html_table"),
    ),
    # Card: two-level forward: a Mission Locale adviser forwards what a colleague forwarded, the young man's
    # own words at the bottom. Applicant: Jordan Lebon, licence pro 2023 (juin) → old. Seeks ESS.
    M(
        frm="Céline Hoarau <c.hoarau@ml-nord.example.org>",
        subject="TR: TR: Jordan",
        date="06 16:05",
        body="""Pour info, voir plus bas. Céline

-----Message transféré-----
De : Patrick Grondin <p.grondin@ml-nord.example.org>
Objet : TR: Jordan

Céline, tu peux transmettre à Pro'pulse ? Je ne sais pas s'il rentre dans les cases.

-----Message transféré-----
De : Jordan Lebon <jordan.lebon@example.net>
Objet : Jordan

Bonjour M. Grondin, j'ai ma licence pro animation depuis juin 2023, depuis j'ai fait des petits contrats. Je veux toujours travailler dans une asso de quartier. Mon numéro 06 92 15 83 70.""",
        truth=app("Jordan", "Lebon", phone="+33692158370", bac=3, grad="2023-06", failing=("graduation_recent",), email="jordan.lebon@example.net", forwarded_by="c.hoarau@ml-nord.example.org", status="two_level_forward_old"),
    ),
    # Card: English careers service of a UK university presents an alumna living in France: Grace Dubois,
    # BA (Hons) 2026 (July), seeks ESS. No phone.
    M(
        frm="Careers Service, University of Kent <careers@kent.example.ac.uk>",
        subject="Referral: Grace Dubois",
        date="09 12:30",
        body="""Dear colleagues,

We are writing on behalf of our recent graduate Grace Dubois (BA Hons Social Policy, awarded July 2026), who has returned to France and is looking for her first role in the social and solidarity economy. She has asked us to put her in touch with you: grace.dubois@example.com.

With best wishes,
Careers and Employability Service""",
        truth=app("Grace", "Dubois", phone=None, bac=3, grad="2026-07", email="grace.dubois@example.com", forwarded_by="careers@kent.example.ac.uk", language="en", status="uk_careers_referral"),
    ),
    # Card: Théophile, 24, negation «je n'ai pas encore décroché mon diplôme» — master courses finished but
    # a re-sit in January → not graduated; licence 2024 (juin) → 29 months. Still studying (re-sit) →
    # studies unknown; graduation of highest (licence) old.
    M(
        frm="Théophile Marty <theophile.marty@example.org>",
        subject="candidature",
        date="11 09:55",
        body="""Bonjour,

Je n'ai pas encore décroché mon master : il me reste une UE à repasser en janvier. J'ai une licence d'histoire (juin 2024). Je cherche déjà un poste de médiateur culturel dans une association.

Théophile Marty
06 45 71 28 36""",
        truth=app("Théophile", "Marty", phone="+33645712836", bac=3, grad="2024-06", failing=("graduation_recent",), unknown=("studies_finished",), status="pas_encore_decroche"),
    ),
    # Card: Nora, 25, «je n'ai toujours pas trouvé» — seeking since 2025; licence pro 2025 (septembre).
    M(
        frm="Nora Lefebvre <nora.lefebvre@example.com>",
        subject="Toujours en recherche...",
        date="13 20:40",
        body="""Bonsoir,

Un an après ma licence pro (septembre 2025, médiation sociale), je n'ai toujours pas trouvé de poste dans une association de médiation. J'ai besoin d'un coup de pouce, je crois.

Nora Lefebvre
06 58 92 13 47""",
        truth=app("Nora", "Lefebvre", phone="+33658921347", bac=3, grad="2025-09", status="toujours_pas_trouve"),
    ),
    # Card: Julien, 24, «ancien volontaire» (service civique 2025) + licence 2025 (juin); now employed? No,
    # unemployed and seeking in sport associations. Role noun in the past.
    M(
        frm="Julien Caron <julien.caron@example.net>",
        subject="Ancien volontaire, candidat",
        date="15 13:15",
        body="""Bonjour,

Ancien volontaire de l'UFOLEP (service civique de janvier à août 2025), licence STAPS obtenue en juin 2025. Je cherche un poste de développeur d'activités sportives dans une fédération ou une association.

Julien Caron
07 36 51 92 84""",
        truth=app("Julien", "Caron", phone="+33736519284", bac=3, grad="2025-06", status="ancien_volontaire"),
    ),
    # Card: Inaya, 23, CV-only DOCX in English: «Currently: intern at a social enterprise (Sept 2026 –
    # Feb 2027)»; MSc 2026 (June). Not eligible (internship).
    M(
        frm="Inaya Rahman <inaya.rahman@example.org>",
        subject="Pro'pulse - CV",
        date="17 08:10",
        body="""Hi, my CV is attached. Thanks! Inaya""",
        cv=CV("docx", "Inaya_Rahman_CV.docx", """Inaya Rahman
+33 6 39 84 12 57 | inaya.rahman@example.org | Paris
Education
MSc Social Innovation, Université Paris-Saclay, June 2026
Experience
Currently: intern, impact measurement, social enterprise (September 2026 - February 2027)
Goal: a first job in the social and solidarity economy"""),
        truth=app("Inaya", "Rahman", phone="+33639841257", bac=5, grad="2026-06", failing=("not_internship",), info_in="cv", language="en", status="cv_en_current_intern"),
    ),
    # Card: Kenji, bilingual FR/EN body, ingénieur 2025 (juin), «sans stage ni volontariat en cours», seeks
    # jobs in low-tech cooperatives.
    M(
        frm="Kenji Martin <kenji.martin@example.com>",
        subject="Candidature / Application",
        date="19 10:45",
        body="""Bonjour,

Ingénieur (INSA Lyon, juin 2025), sans stage ni volontariat en cours, je cherche un emploi dans une coopérative low-tech ou une association d'énergie citoyenne.

(English: engineer, graduated June 2025, looking for a job in a low-tech cooperative or community-energy association.)

Kenji Martin
06 21 47 83 90""",
        truth=app("Kenji", "Martin", phone="+33621478390", bac=5, grad="2025-06", status="sans_stage_ni_volontariat_bilingual"),
    ),
    # Card: Solène, 24, writes only «je souhaite candidater», signature block with address; the key facts are
    # in the subject: «M2 obtenu en juin 2026 / service civique en cours».
    M(
        frm="Solène Arnaud <solene.arnaud@example.net>",
        subject="M2 obtenu en juin 2026 / service civique en cours jusqu'en avril",
        date="21 14:20",
        body="""Bonjour, je souhaite candidater à Pro'pulse pour après ma mission.

Solène Arnaud
8 allée des Tilleuls
35000 Rennes
06 87 13 52 40""",
        truth=app("Solène", "Arnaud", phone="+33687135240", bac=5, grad="2026-06", failing=("not_service_civique",), unknown=("job_seeking_ess",), info_in="subject", status="subject_civique_en_cours"),
    ),
    # Card: Bilal, 26, a cousin writes? No: Bilal himself, in a long paragraph with no punctuation, BTS 2025
    # + DE moniteur éducateur? Keep: BTS SP3S (juin 2025), currently employed in a call centre, seeking ESS.
    M(
        frm="Bilal Mansour <bilal.mansour@example.org>",
        subject="candidature pour le programme",
        date="23 22:10",
        body="""bonsoir je m'appelle bilal mansour j'ai 26 ans j'ai eu mon bts sp3s en juin 2025 et depuis je travaille dans un centre d'appel pour payer les factures mais ce que je veux c'est travailler dans une association qui aide les gens pour leurs papiers leurs droits tout ça j'ai déjà envoyé plusieurs candidatures mais pas de réponse mon numéro c'est le 06 17 38 49 52 merci d'avance""",
        truth=app("Bilal", "Mansour", phone="+33617384952", bac=2, grad="2025-06", status="no_punctuation"),
    ),
]
