# ruff: noqa: E501
"""Batch 9 — every channel once more, for the facts people leave out or leave open: a level not named, a
year with no month where the month decides, a «mission» of unstated kind, a jury not yet held, a job aim
with no sector. The label says `unknown` for what a careful reader could not decide from the message.
"""

from channels import PROGRAMME, form_v1, form_v2, gmail_forward, in_thread, outlook_forward, quoted
from kit import CV, M, app, auto_reply, other, question, reply

MESSAGES = [
    # Channel: form_v2, the drop-down left on «Autre» and no date: licence pro, month and year missing. Graduation unknown.
    form_v2(
        first="Aurélien", last="Masson", email="aurelien.masson@example.com", phone="06 50 37 14 82",
        level="Autre", status="En recherche d'emploi", date="03 18:40",
        message="""Titulaire d'une licence pro gestion des structures sanitaires et sociales, je cherche un poste d'assistant de direction dans un EHPAD associatif ou une association d'aide à domicile.""",
        truth=app("Aurélien", "Masson", phone="+33650371482", bac=3, grad=None, unknown=("graduation_recent",), email="aurelien.masson@example.com", status="form2_autre_no_date"),
    ),
    # Channel: mobile (iPhone). «g fini mes etudes en juin», level never said, aim ESS. Level and so degree unknown; the year is this one: 2026-06 but the level is unknown.
    M(
        frm="Steven Caron <steven.caron@example.net>",
        subject="",
        date="05 22:05",
        body="bsr g fini mes etudes en juin et je cherche un taf dans une asso d'aide aux sdf. steven caron 07 24 61 83 09\n\nEnvoyé de mon iPhone",
        truth=app("Steven", "Caron", phone="+33724618309", bac=None, grad="2026-06", unknown=("degree_level",), status="sms_fini_etudes_level_unknown"),
    ),
    # Channel: outlook_forward from a Mission Locale adviser who does not remember the level: «bac+2 ou bac+3, je ne sais plus».
    M(
        frm="Élodie Vannier <e.vannier@ml-calais.example.org>",
        subject="TR: Orientation Pro'pulse",
        date="06 10:25",
        body=outlook_forward(
            "Bonjour,\nJe vous transmets le message de Mélanie. Elle a un diplôme de niveau bac+2 ou bac+3, je ne sais plus exactement, obtenu cette année. Elle vous précisera.\nÉlodie Vannier, Mission Locale",
            frm="Mélanie Dufresne <melanie.dufresne@example.org>", when="jeudi 5 novembre 2026 16:48",
            to="e.vannier@ml-calais.example.org", subject="Orientation",
            body="""Bonjour Mme Vannier, comme on a dit je veux travailler dans une association de médiation sociale. Mon numéro : 06 87 29 40 16. Mélanie""",
        ),
        truth=app("Mélanie", "Dufresne", phone="+33687294016", bac=None, grad="2026", unknown=("degree_level",), email="melanie.dufresne@example.org", forwarded_by="e.vannier@ml-calais.example.org", status="ml_fwd_level_forgotten"),
    ),
    # Channel: direct mail. «je suis en mission à la Maison des solidarités depuis septembre» — the kind of mission (service civique? CDD? intérim?) is not said. Master 2026-06. Unknown civique/internship.
    M(
        frm="Bérénice Lacombe <berenice.lacombe@example.com>",
        subject="Candidature – Bérénice Lacombe",
        date="07 11:10",
        body="""Bonjour,
Master de sociologie obtenu en juin 2026, je suis en mission à la Maison des solidarités depuis septembre, jusqu'à fin février. Je cherche ensuite un emploi durable dans une association de lutte contre l'isolement.
Bérénice Lacombe
06 13 58 92 47""",
        truth=app("Bérénice", "Lacombe", phone="+33613589247", bac=5, grad="2026-06", unknown=("not_internship", "not_service_civique"), status="mission_kind_unknown"),
    ),
    # Channel: CV only, no objective line, no sector anywhere. BTS 2026-06. Job search ESS unknown.
    M(
        frm="Dorian Meyer <dorian.meyer@example.net>",
        subject="CV Dorian Meyer",
        date="08 09:00",
        body="""Bonjour, ci-joint mon CV. Cordialement.""",
        cv=CV("docx", "CV_Dorian_Meyer.docx", """Dorian Meyer
07 37 19 52 80 - dorian.meyer@example.net
BTS Support à l'action managériale - juin 2026
Employé polyvalent (job étudiant) 2024-2026
Permis B, anglais courant"""),
        truth=app("Dorian", "Meyer", phone="+33737195280", bac=2, grad="2026-06", unknown=("job_seeking_ess",), info_in="cv", status="cv_only_no_objective"),
    ),
    # Channel: English. «I'm wrapping things up at university» — finished or not? Bachelor named, no date. Studies and graduation unknown.
    M(
        frm="Olivia Brooks <olivia.brooks@example.org>",
        subject="Application",
        date="09 12:45",
        body="""Hello, I'm wrapping things up at university (BA in Anthropology, University of Edinburgh) and I want to move to Bordeaux to work for a non-profit. Could Pro'pulse help? Olivia Brooks, +44 7700 900 774""",
        truth=app("Olivia", "Brooks", phone="+447700900774", bac=3, grad=None, unknown=("graduation_recent", "studies_finished"), language="en", status="en_wrapping_up"),
    ),
    # Channel: form_v1. «diplômée en 2024» (year only): November 2024 or later would be recent, earlier not. Graduation unknown.
    form_v1(
        name="Aline Perrier", email="aline.perrier@example.net", phone="07 10 46 28 93",
        topic="Candidature", date="10 15:30",
        message="""Bonjour, je suis diplômée d'un master en management public (2024). Après un contrat court dans une collectivité, je voudrais rejoindre une association d'insertion par le logement.""",
        truth=app("Aline", "Perrier", phone="+33710462893", bac=5, grad="2024", unknown=("graduation_recent",), email="aline.perrier@example.net", status="form1_master_2024"),
    ),
    # Channel: HTML-only. Corentin, «volontaire du Corps européen de solidarité jusqu'en mars» (a European volunteering, not a service civique; the programme's rule names service civique) — left open: unknown civique. Licence 2025-06.
    M(
        frm="Corentin Barbier <corentin.barbier@example.com>",
        subject="Candidature depuis Lisbonne",
        date="11 19:30",
        body="""Bonjour,
Je suis volontaire du Corps européen de solidarité à Lisbonne jusqu'en mars, après une licence de géographie (juin 2025). Je voudrais ensuite travailler dans une association d'éducation à l'environnement en France.
Corentin Barbier
+351 912 345 678""",
        html="only",
        truth=app("Corentin", "Barbier", phone="+351912345678", bac=3, grad="2025-06", unknown=("not_service_civique",), status="html_corps_europeen"),
    ),
    # Channel: gmail_forward of his own mail to an adviser: Jérôme, master 2026-06 obtained in continuing education while working «depuis 2019 comme animateur» — same field (animation → coordination in associations)? Unclear if career change: unknown.
    M(
        frm="Jérôme Vidal <jerome.vidal@example.org>",
        subject="Fwd: mon projet",
        date="12 08:50",
        body=gmail_forward(
            "Bonjour, je vous transfère ce que j'ai écrit à ma conseillère, ça résume tout.",
            frm="Jérôme Vidal <jerome.vidal@example.org>", when="mer. 11 nov. 2026 à 21:14",
            subject="mon projet", to="Conseillère <conseil@cap-emploi.example.org>",
            body="""Animateur depuis 2019, j'ai repris mes études en formation continue et obtenu un master ingénierie de projets en juin 2026. Je veux maintenant un poste de coordinateur de projets dans une association. 06 31 75 09 84""",
        ),
        truth=app("Jérôme", "Vidal", phone="+33631750984", bac=5, grad="2026-06", unknown=("not_career_change",), status="self_fwd_fc_animateur"),
    ),
    # Channel: form_v2. Nurse, DE 2026-07, wants to stay a nurse but in an associative health centre: same job, different employer — not obviously a career change, but a first job in nursing already held? Not said. Eligible.
    form_v2(
        first="Anaïs", last="Roussel", email="anais.roussel@example.com", phone="06 72 40 18 35",
        level="Bac+3", status="En recherche d'emploi", date="13 09:30",
        message="""Infirmière diplômée en juillet 2026, je ne veux pas travailler en clinique privée : je cherche un poste d'infirmière dans un centre de santé associatif ou une structure de réduction des risques.""",
        truth=app("Anaïs", "Roussel", phone="+33672401835", bac=3, grad="2026-07", email="anais.roussel@example.com", status="form2_infirmiere_centre_sante_asso"),
    ),
    # Channel: a father writes (Outlook, no forward): «mon fils a fini ses études», nothing about level or date; son wants ESS. Degree and graduation unknown.
    M(
        frm="Gérard Lemoine <gerard.lemoine@example.net>",
        subject="Pour mon fils Antoine",
        date="14 17:25",
        body="""Bonjour,
Mon fils Antoine Lemoine a fini ses études et cherche un emploi dans une coopérative agricole ou une association de circuits courts. Vous pouvez le joindre au 06 48 93 27 16 ou à antoine.lemoine@example.com.
Cordialement,
Gérard Lemoine""",
        truth=app("Antoine", "Lemoine", phone="+33648932716", bac=None, grad=None, unknown=("degree_level", "graduation_recent"), email="antoine.lemoine@example.com", forwarded_by="gerard.lemoine@example.net", status="father_no_level_no_date"),
    ),
    # Channel: mobile (Galaxy). «en attente de la délibé du jury de décembre» for the master: not yet obtained; licence 2024-06 → 29 months (old). Not eligible on the old licence; studies unknown.
    M(
        frm="Sarah Benoit <sarah.benoit@example.org>",
        subject="candidature",
        date="15 13:15",
        body="bonjour, master 2 fini mais en attente de la délibé du jury de décembre. licence obtenue en juin 2024. je cherche ds une asso culturelle. sarah benoit 07 52 81 36 40\n\n\nEnvoyé depuis mon smartphone Samsung Galaxy.",
        truth=app("Sarah", "Benoit", phone="+33752813640", bac=3, grad="2024-06", failing=("graduation_recent",), unknown=("studies_finished",), status="sms_attente_deliberation"),
    ),
    # Channel: direct mail, formal. «Diplômée de l'ESSEC» with no programme or date; seeks ESS. Level "*" (a grande école: master-level programme or bachelor?), graduation unknown.
    M(
        frm="Constance de Villiers <constance.devilliers@example.com>",
        subject="Candidature au programme Pro'pulse",
        date="16 10:05",
        body="""Madame, Monsieur,
Diplômée de l'ESSEC, je souhaite consacrer ma carrière à l'entrepreneuriat social et je recherche un premier poste de chargée de développement dans une entreprise sociale agréée ESUS.
Je vous prie d'agréer mes salutations distinguées.
Constance de Villiers
06 09 72 41 38""",
        truth=app("Constance", "de Villiers", phone="+33609724138", bac="*", grad=None, unknown=("graduation_recent",), status="grande_ecole_no_programme"),
    ),
    # Channel: reply in our thread answering «êtes-vous toujours en stage ?» (a reply, not a new application).
    M(
        frm="Rayan Lefebvre <rayan.lefebvre@example.com>",
        subject="Re: Votre candidature à Pro'pulse",
        date="24 09:10",
        body="Bonjour, oui jusqu'au 30 novembre, ensuite je suis libre. Rayan\n\n" + quoted("Bonjour Rayan,\nÊtes-vous toujours en stage ?\nL'équipe Pro'pulse", intro="Le 23 nov. 2026 à 17:00, Pro'pulse <propulse@animafac.net> a écrit :"),
        headers=in_thread("<case-1262.20261123@animafac.net>"),
        truth=reply(),
    ),
    # Channel: auto-reply of an applicant's school address after our answer (Auto-Submitted).
    M(
        frm="Matéo Simon <mateo.simon@example.com>",
        subject="Réponse automatique : Votre candidature à Pro'pulse",
        date="09 08:00",
        body="""Bonjour, je suis en partiels jusqu'au 13 novembre et je ne consulte pas mes mails. Matéo""",
        headers={"Auto-Submitted": "auto-replied"},
        truth=auto_reply(),
    ),
    # Channel: a volunteer of a partner association sends a photo report of an event (not an application).
    M(
        frm="Inès Carlier <ines.carlier@example.org>",
        subject="Photos de l'atelier du 12",
        date="14 20:10",
        body="""Bonsoir, voici le lien vers les photos de l'atelier CV du 12 novembre : https://photos.example.org/atelier-12. Merci encore pour l'animation ! Inès""",
        truth=other(),
    ),
    # Channel: the programme's own message copied to the inbox by mistake (Cc to ourselves) — other.
    M(
        frm=PROGRAMME,
        subject="Compte rendu – comité de sélection du 19 novembre",
        date="19 18:00",
        body="""Compte rendu du comité de sélection : 14 candidatures étudiées, 9 retenues, 3 à recontacter, 2 non retenues. Prochain comité le 3 décembre.""",
        truth=other(),
    ),
    # Channel: question (form_v1) with a hypothetical («si j'ai»), no personal fact.
    form_v1(
        name="Léa", email="lea.m@example.com", phone="",
        topic="Question", date="20 12:30",
        message="""Bonjour, si on a un diplôme obtenu il y a un peu plus de deux ans, est-ce qu'il y a des exceptions possibles ? Merci""",
        truth=question(),
    ),
]
