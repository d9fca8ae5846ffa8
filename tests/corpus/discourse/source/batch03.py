# ruff: noqa: E501
"""Batch 3 — reported speech: an adviser, a tutor, a parent or a friend says something; what someone else
thinks is not the writer's fact, what the writer (or a referrer describing the person) states is."""

from discourse import D
from kit import CV, M, app, auto_reply, bounce, newsletter, other, question, reply

MESSAGES = [
    # Discourse: reported_speech — date — the adviser «pense» the diploma is recent; the writer gives no date
    D("reported_speech", "date", M(
        frm="Anaïs Lemoine <anais.lemoine@example.org>",
        subject="Candidature",
        date="02 11:40",
        body="""Bonjour,

Ma conseillère de la Mission Locale pense que je suis éligible à Pro'pulse et que mon diplôme est assez récent. J'ai une licence de langues étrangères appliquées et je cherche un poste dans une association d'accueil des personnes exilées.

Anaïs Lemoine
06 19 84 62 37""",
        truth=app("Anaïs", "Lemoine", phone="+33619846237", bac=3, grad=None, unknown=("graduation_recent",), status="conseillere_pense_eligible_sans_date"),
    )),
    # Discourse: reported_speech — service_civique — «on m'a dit que le service civique n'était pas compatible»: so it was ended in October
    D("reported_speech", "service_civique", M(
        frm="Thomas Besnard <thomas.besnard@example.net>",
        subject="Pro'pulse",
        date="03 14:15",
        body="""Bonjour,

On m'a dit que le service civique n'était pas compatible avec votre programme : ça tombe bien, le mien s'est terminé le 31 octobre. J'ai un BUT Carrières sociales de juin 2026 et je cherche un emploi dans un foyer de jeunes travailleurs associatif.

Thomas Besnard
07 48 26 31 95""",
        truth=app("Thomas", "Besnard", phone="+33748263195", bac=3, grad="2026-06", status="on_ma_dit_sc_incompatible_termine"),
    )),
    # Discourse: reported_speech — internship — «mon ancien tuteur de stage» says to apply; the stage ends 30 November, current
    D("reported_speech", "internship", M(
        frm="Eva Charpentier <eva.charpentier@example.com>",
        subject="Candidature sur les conseils de mon tuteur",
        date="04 10:02",
        body="""Bonjour,

Mon tuteur de stage m'a conseillé de vous écrire dès maintenant, car mon stage à l'Union régionale des SCOP se termine le 30 novembre. Master Droit de l'ESS, jury en septembre 2026. Je cherche un poste de juriste dans une fédération de coopératives.

Eva Charpentier
06 85 20 14 67""",
        truth=app("Eva", "Charpentier", phone="+33685201467", bac=5, grad="2026-09", failing=("not_internship",), status="tuteur_conseille_stage_30_novembre"),
    )),
    # Discourse: reported_speech — career_change — the France Travail adviser calls it a reconversion; the facts are summer jobs only
    D("reported_speech", "career_change", M(
        frm="Nathan Robin <nathan.robin@example.org>",
        subject="Candidature",
        date="05 09:25",
        body="""Bonjour,

Mon conseiller France Travail parle de « reconversion » parce que j'ai fait des saisons en camping, mais ce n'étaient que des jobs d'été pendant mes études. J'ai ma licence de géographie depuis juin 2026 et je cherche un emploi dans une association de protection du littoral.

Nathan Robin
06 70 52 38 14""",
        truth=app("Nathan", "Robin", phone="+33670523814", bac=3, grad="2026-06", status="conseiller_dit_reconversion_jobs_ete"),
    )),
    # Discourse: reported_speech — level — «une amie m'a dit que vous preniez les bac+1»: the writer has the L1 only
    D("reported_speech", "level", M(
        frm="Julie Texier <julie.texier@example.net>",
        subject="candidature",
        date="06 19:50",
        body="""Bonjour, une amie m'a dit que vous acceptiez aussi les bac+1, alors je tente : j'ai validé ma L1 de psychologie en juin 2026 et j'ai arrêté la fac. Je cherche un emploi dans une association d'aide aux familles. Julie Texier 07 31 95 40 28""",
        truth=app("Julie", "Texier", phone="+33731954028", bac=1, grad="2026-06", failing=("degree_level",), status="amie_dit_bac1_accepte"),
    )),
    # Discourse: reported_speech — studies — «ma directrice de mémoire dit que je l'aurai»: the defence is on 8 December
    D("reported_speech", "studies", M(
        frm="Paul-Antoine Huet <pa.huet@example.com>",
        subject="Pro'pulse - candidature",
        date="07 16:30",
        body="""Bonjour,

Ma directrice de mémoire dit que mon master est « dans la poche », mais la soutenance n'a lieu que le 8 décembre. J'ai une licence de sociologie de juin 2025. Je cherche un poste de chargé d'études dans un observatoire associatif.

Paul-Antoine Huet
06 92 15 37 80""",
        truth=app("Paul-Antoine", "Huet", phone="+33692153780", bac=3, grad="2025-06", failing=("studies_finished",), status="directrice_dit_dans_la_poche"),
    )),
    # Discourse: reported_speech — date — the registrar said the paper is delivered in December; the jury was in June 2026
    D("reported_speech", "date", M(
        frm="Clara Poulain <clara.poulain@example.org>",
        subject="Candidature programme",
        date="09 08:45",
        body="""Bonjour,

La scolarité m'a dit que mon diplôme ne serait imprimé qu'en décembre, mais le jury de licence professionnelle m'a déclarée admise en juin 2026. Je cherche un emploi de chargée d'accueil dans une association d'aide alimentaire.

Clara Poulain
07 63 84 20 51""",
        truth=app("Clara", "Poulain", phone="+33763842051", bac=3, grad="2026-06", status="scolarite_dit_imprime_decembre"),
    )),
    # Discourse: reported_speech — ess_aim — «mes parents voudraient que je travaille dans la banque»: the writer wants an association
    D("reported_speech", "ess_aim", M(
        frm="Samuel Diallo <samuel.diallo@example.com>",
        subject="candidature pro'pulse",
        date="10 20:05",
        body="""Bonjour,

Mes parents voudraient que je rentre dans une grande banque, mais moi je veux travailler dans une association de microcrédit. Master de finance en juin 2026.

Samuel Diallo
06 41 73 96 02""",
        truth=app("Samuel", "Diallo", phone="+33641739602", bac=5, grad="2026-06", status="parents_banque_moi_asso"),
    )),
    # Discourse: reported_speech — internship — «mon école dit que je suis "en fin de stage"», with no date: open
    D("reported_speech", "internship", M(
        frm="Lou-Anne Caradec <louanne.caradec@example.net>",
        subject="Candidature",
        date="11 13:20",
        body="""Bonjour,

D'après mon école, je suis « en fin de stage » et je peux donc chercher un emploi. Bachelor chargée de communication (bac+3) obtenu en octobre 2026. Je cherche un poste dans une association culturelle.

Lou-Anne Caradec
06 24 60 85 13""",
        truth=app("Lou-Anne", "Caradec", phone="+33624608513", bac=3, grad="2026-10", unknown=("not_internship",), status="ecole_dit_fin_de_stage"),
    )),
    # Discourse: reported_speech — service_civique — referral by an adviser: he is in service civique until March
    D("reported_speech", "service_civique", M(
        frm="Véronique Lallemand <v.lallemand@ml-angers.example.fr>",
        subject="Orientation d'un jeune vers Pro'pulse",
        date="12 10:10",
        body="""Bonjour,

J'accompagne Ismaël Touré (ismael.toure@example.com, 07 55 21 46 83), titulaire d'un BTS Gestion de la PME obtenu en juin 2025. Il m'explique qu'il est volontaire en service civique à la Banque alimentaire jusqu'en mars et qu'il veut ensuite travailler dans une association.

Véronique Lallemand, conseillère, Mission Locale d'Angers""",
        truth=app("Ismaël", "Touré", phone="+33755214683", bac=2, grad="2025-06", failing=("not_service_civique",), email="ismael.toure@example.com", forwarded_by="v.lallemand@ml-angers.example.fr", status="referral_sc_jusqu_en_mars"),
    )),
    # Discourse: reported_speech — level — «on m'a dit que mon titre valait un bac+2»: a private certificate, open
    D("reported_speech", "level", M(
        frm="Kenza Benali <kenza.benali@example.org>",
        subject="candidature",
        date="13 17:35",
        body="""Bonjour,

On m'a dit que mon certificat d'école privée « valait un bac+2 », mais je ne sais pas s'il est reconnu par l'État. Je l'ai obtenu en juin 2026 et je cherche un emploi dans une association d'aide à domicile.

Kenza Benali
06 36 17 82 49""",
        truth=app("Kenza", "Benali", phone="+33636178249", bac="*", grad="2026-06", unknown=("degree_level",), status="on_ma_dit_vaut_bac2"),
    )),
    # Discourse: reported_speech — ess_aim — referral by a father: his son «cherche du travail», no sector: open
    D("reported_speech", "ess_aim", M(
        frm="Gérard Morin <gerard.morin@example.net>",
        subject="Pour mon fils",
        date="14 09:00",
        body="""Bonjour,

Mon fils Adrien Morin (adrien.morin@example.net) a terminé son master de géographie en juin 2026. Il me dit qu'il cherche du travail, n'importe lequel, pour l'instant. Pouvez-vous l'aider ?

Gérard Morin""",
        truth=app("Adrien", "Morin", phone=None, bac=5, grad="2026-06", unknown=("job_seeking_ess",), email="adrien.morin@example.net", forwarded_by="gerard.morin@example.net", status="pere_dit_nimporte_quel_travail"),
    )),
    # Discourse: reported_speech — career_change — «ma coach dit que ce n'est pas une reconversion»: ten years a nurse
    D("reported_speech", "career_change", M(
        frm="Sophie Arnaud <sophie.arnaud@example.com>",
        subject="Candidature Pro'pulse",
        date="16 11:45",
        body="""Bonjour,

Ma coach dit que ce n'est « pas vraiment une reconversion », mais je préfère être claire : j'ai été infirmière pendant dix ans avant de reprendre un master Management des organisations sociales, obtenu en juin 2026. Je cherche un poste de direction dans une association médico-sociale.

Sophie Arnaud
06 53 28 71 40""",
        truth=app("Sophie", "Arnaud", phone="+33653287140", bac=5, grad="2026-06", failing=("not_career_change",), status="coach_dit_pas_reconversion_infirmiere"),
    )),
    # Discourse: reported_speech — studies — a CV attached; «mon prof m'a dit que c'était validé», the results are not out
    D("reported_speech", "studies", M(
        frm="Ilyes Ferhat <ilyes.ferhat@example.org>",
        subject="Candidature (CV joint)",
        date="17 14:55",
        body="""Bonjour,

Mon responsable de formation m'a dit à l'oral que c'était validé, mais les résultats officiels ne sont pas encore publiés. CV joint.

Ilyes Ferhat""",
        cv=CV("docx", "CV_Ilyes_Ferhat.docx", """Ilyes FERHAT
07 18 46 92 35
FORMATION
2026 - Licence professionnelle Métiers de l'économie sociale (résultats en attente)
Juin 2025 - BTS Économie sociale familiale
OBJECTIF
Conseiller en insertion dans une association"""),
        truth=app("Ilyes", "Ferhat", phone="+33718469235", bac=2, grad="2025-06", unknown=("studies_finished",), info_in="cv", status="prof_dit_valide_resultats_pas_publies"),
    )),
    # Discourse: reported_speech — kind — a question about a rumour, with no fact about the writer
    D("reported_speech", "kind", M(
        frm="Yasmine Brahimi <yasmine.brahimi@example.com>",
        subject="Question",
        date="04 18:00",
        body="""Bonjour, on m'a dit que Pro'pulse était réservé aux moins de 26 ans, est-ce vrai ?""",
        truth=question(),
    )),
    # Discourse: reported_speech — kind — an employer reporting what a former participant said
    D("reported_speech", "kind", M(
        frm="Direction Association Relais Nord <direction@relais-nord.example.org>",
        subject="Retour sur notre recrutement",
        date="08 12:30",
        body="""Bonjour,

Notre nouvelle salariée, passée par Pro'pulse, nous dit que l'accompagnement l'a beaucoup aidée. Nous aurons un autre poste à pourvoir en janvier et serions heureux de recevoir des profils.

Hélène Caron, directrice""",
        truth=other(),
    )),
    # Discourse: reported_speech — kind — a newsletter quoting a participant's words
    D("reported_speech", "kind", M(
        frm="Réseau Jeunesse Solidaire <infos@jeunesse-solidaire.example.org>",
        subject="Le mag' de novembre",
        date="10 07:10",
        headers={"List-Unsubscribe": "<https://jeunesse-solidaire.example.org/desabo>", "Precedence": "bulk"},
        body="""« J'ai trouvé mon poste en trois mois », nous raconte une ancienne volontaire. À lire aussi : l'agenda des forums emploi.

Se désabonner : https://jeunesse-solidaire.example.org/desabo""",
        truth=newsletter(),
    )),
    # Discourse: reported_speech — kind — a reply in our thread: «ma conseillère m'a dit de confirmer»
    D("reported_speech", "kind", M(
        frm="Hugo Lebrun <hugo.lebrun@example.net>",
        subject="Re: Atelier collectif du 2 décembre",
        date="15 09:40",
        headers={"In-Reply-To": "<3390184.0170@animafac.net>", "References": "<3390184.0170@animafac.net>"},
        body="""Bonjour, ma conseillère m'a dit de bien vous confirmer ma présence à l'atelier : je serai là.

> Merci de confirmer votre présence à l'atelier du 2 décembre.""",
        truth=reply(),
    )),
    # Discourse: reported_speech — kind — an auto-reply naming a colleague
    D("reported_speech", "kind", M(
        frm="Martine Caillaud <m.caillaud@ml-tours.example.fr>",
        subject="Absence : Orientation Pro'pulse",
        date="19 08:00",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Je suis absente jusqu'au 1er décembre. Ma collègue Nadia Ferrand vous répondra : nadia.ferrand@ml-tours.example.fr.""",
        truth=auto_reply(),
    )),
    # Discourse: reported_speech — kind — a bounce for an address an adviser had given
    D("reported_speech", "kind", M(
        frm="MAILER-DAEMON <mailer-daemon@smtp.example.net>",
        subject="Undeliverable: Votre candidature à Pro'pulse",
        date="21 05:50",
        body="""Delivery has failed to these recipients: ismail.t@example.net""",
        bounce="""Reporting-MTA: dns; smtp.example.net

Final-Recipient: rfc822; ismail.t@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected""",
        truth=bounce("ismail.t@example.net"),
    )),
]
