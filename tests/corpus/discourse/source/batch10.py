# ruff: noqa: E501
"""Batch 10 — irony, hedges and uncertainty: «je crois que», «normalement», «il me semble», «sûrement pas
éligible»; a hedge on a rule leaves the fact as it is, a hedge on the fact itself leaves it open."""

from discourse import D
from kit import CV, M, app, auto_reply, newsletter, other, question, reply

MESSAGES = [
    # Discourse: hedge — level — «je crois que mon BTS compte comme bac+2»: it does
    D("hedge", "level", M(
        frm="Lina Mazeau <lina.mazeau@example.org>",
        subject="Candidature Pro'pulse",
        date="02 16:45",
        body="""Bonjour,

Je crois que mon BTS compte comme un bac+2, non ? BTS Services informatiques aux organisations, juin 2026. Je cherche un poste de technicienne dans une association d'inclusion numérique.

Lina Mazeau
06 75 31 98 20""",
        truth=app("Lina", "Mazeau", phone="+33675319820", bac=2, grad="2026-06", status="je_crois_bts_bac2"),
    )),
    # Discourse: hedge — studies — «normalement diplômée en décembre»: the jury is to come, open
    D("hedge", "studies", M(
        frm="Maëlys Dupont <maelys.dupont@example.net>",
        subject="candidature",
        date="03 10:50",
        body="""Bonjour,

Normalement, je serai diplômée en décembre (licence pro, toutes les épreuves sont passées, il ne reste que le jury). J'ai un DUT Carrières sociales de juin 2025. Je voudrais travailler dans une association de protection de l'enfance.

Maëlys Dupont
07 49 62 13 85""",
        truth=app("Maëlys", "Dupont", phone="+33749621385", bac=2, grad="2025-06", unknown=("studies_finished",), status="normalement_diplomee_decembre"),
    )),
    # Discourse: hedge — date — «il me semble que c'était en 2024, peut-être en novembre»: open
    D("hedge", "date", M(
        frm="Jérémy Lucas <jeremy.lucas@example.com>",
        subject="Pro'pulse",
        date="04 21:20",
        body="""Bonsoir, j'ai mon DEUST Animation, il me semble que c'était en 2024, peut-être en novembre, je ne suis plus sûr. Je cherche un emploi dans un centre social. Jérémy 06 84 20 37 51""",
        truth=app("Jérémy", "Lucas", phone="+33684203751", bac=2, grad="2024", unknown=("graduation_recent",), status="il_me_semble_2024_peut_etre_novembre"),
    )),
    # Discourse: hedge — internship — irony: «mon super stage qui ne finira jamais» — end of March
    D("hedge", "internship", M(
        frm="Pauline Marchal <pauline.marchal@example.org>",
        subject="Candidature (enfin, bientôt)",
        date="05 19:05",
        body="""Bonjour,

Je suis dans mon « super » stage de six mois qui ne finira jamais (fin mars, en vrai). Master ESS de juin 2026 ; après, je veux un vrai poste dans une coopérative.

Pauline Marchal
06 21 84 57 93""",
        truth=app("Pauline", "Marchal", phone="+33621845793", bac=5, grad="2026-06", failing=("not_internship",), status="ironie_stage_fin_mars"),
    )),
    # Discourse: hedge — date — «sûrement pas éligible», but the master is of June 2025
    D("hedge", "date", M(
        frm="Gaëlle Roche <gaelle.roche@example.net>",
        subject="Candidature",
        date="06 12:30",
        body="""Bonjour,

Je ne suis sûrement pas éligible, vu que mon master date de juin 2025 et que j'ai « trop attendu »… Je cherche un poste de chargée de projets dans une association de développement local.

Gaëlle Roche
07 16 48 92 30""",
        truth=app("Gaëlle", "Roche", phone="+33716489230", bac=5, grad="2025-06", status="surement_pas_eligible_juin_2025"),
    )),
    # Discourse: hedge — service_civique — «je crois que ma mission se termine en décembre ou en janvier»: current either way
    D("hedge", "service_civique", M(
        frm="Yann Morvan <yann.morvan@example.com>",
        subject="candidature",
        date="07 15:15",
        body="""Bonjour, je suis en service civique à la Croix-Rouge et je crois que ma mission se termine en décembre ou en janvier, il faut que je vérifie. BTS SP3S en juin 2026. Ensuite je veux travailler dans une asso. Yann 06 38 92 70 41""",
        truth=app("Yann", "Morvan", phone="+33638927041", bac=2, grad="2026-06", failing=("not_service_civique",), status="je_crois_sc_decembre_ou_janvier"),
    )),
    # Discourse: hedge — level — «je ne sais pas trop si mon diplôme d'école vaut un master»: open
    D("hedge", "level", M(
        frm="Théo Lagadec <theo.lagadec@example.org>",
        subject="Candidature Pro'pulse",
        date="08 10:05",
        body="""Bonjour,

Je ne sais pas trop si le diplôme de mon école de commerce vaut un master (on nous a parlé de « visa », je n'ai jamais compris). Obtenu en juin 2026. Je cherche un emploi dans une banque solidaire ou une association de microcrédit.

Théo Lagadec
06 96 27 41 58""",
        truth=app("Théo", "Lagadec", phone="+33696274158", bac="*", grad="2026-06", unknown=("degree_level",), status="ne_sait_pas_si_vaut_master"),
    )),
    # Discourse: hedge — ess_aim — «probablement dans l'ESS, ou ailleurs, on verra»: open
    D("hedge", "ess_aim", M(
        frm="Nathalie Henry <nathalie.henry@example.net>",
        subject="candidature",
        date="09 14:40",
        body="""Bonjour,

Licence de gestion, juin 2026. Je cherche un emploi, probablement dans l'ESS, ou ailleurs, on verra bien ce qui se présente.

Nathalie Henry
07 53 81 26 49""",
        truth=app("Nathalie", "Henry", phone="+33753812649", bac=3, grad="2026-06", unknown=("job_seeking_ess",), status="probablement_ess_ou_ailleurs"),
    )),
    # Discourse: hedge — internship — «normalement ma convention finit le 30 novembre»: current on the reading day
    D("hedge", "internship", M(
        frm="Audrey Lemaire <audrey.lemaire@example.com>",
        subject="Candidature",
        date="10 09:25",
        body="""Bonjour,

Normalement ma convention de stage finit le 30 novembre, sauf si on me demande de rester un peu. Licence pro Métiers de l'animation sociale, juin 2026. Je cherche un emploi dans une association de loisirs.

Audrey Lemaire
06 14 59 37 82""",
        truth=app("Audrey", "Lemaire", phone="+33614593782", bac=3, grad="2026-06", failing=("not_internship",), status="normalement_convention_30_novembre"),
    )),
    # Discourse: hedge — service_civique — «service civique, ou volontariat associatif, je ne sais plus le nom»: open
    D("hedge", "service_civique", M(
        frm="Kelly Brun <kelly.brun@example.org>",
        subject="pro'pulse candidature",
        date="11 20:35",
        body="""Bonjour, je fais en ce moment un service civique, ou un volontariat associatif, je ne sais plus trop le nom exact du contrat. J'ai un BUT Carrières juridiques de juin 2026 et je cherche un emploi dans une asso d'accès au droit. Kelly Brun 07 90 28 46 13""",
        truth=app("Kelly", "Brun", phone="+33790284613", bac=3, grad="2026-06", unknown=("not_service_civique",), status="sc_ou_volontariat_ne_sait_plus"),
    )),
    # Discourse: hedge — career_change — «je bosse plus ou moins comme graphiste indépendant depuis trois ans»: open
    D("hedge", "career_change", M(
        frm="Mickaël Dufour <mickael.dufour@example.net>",
        subject="Candidature",
        date="12 11:40",
        body="""Bonjour,

Je bosse plus ou moins comme graphiste indépendant depuis trois ans, en parallèle de ma licence d'arts plastiques, obtenue en juin 2026. Je ne sais pas si ça compte. Je cherche un emploi dans une coopérative culturelle.

Mickaël Dufour
06 57 43 18 26""",
        truth=app("Mickaël", "Dufour", phone="+33657431826", bac=3, grad="2026-06", unknown=("not_career_change",), status="plus_ou_moins_graphiste_independant"),
    )),
    # Discourse: hedge — date — «juin ou juillet 2025, je crois»: inside either way
    D("hedge", "date", M(
        frm="Sophia Benhamou <sophia.benhamou@example.com>",
        subject="Candidature",
        date="13 17:50",
        body="""Bonjour,

J'ai eu mon DUT Information-Communication en juin ou juillet 2025, je crois. Je cherche un poste d'assistante de communication dans une association.

Sophia Benhamou
07 24 96 31 08""",
        truth=app("Sophia", "Benhamou", phone="+33724963108", bac=2, grad="2025", status="juin_ou_juillet_2025_je_crois"),
    )),
    # Discourse: hedge — studies — «je pense avoir validé, les notes ne sont pas sorties»: open
    D("hedge", "studies", M(
        frm="Raphaël Duclos <raphael.duclos@example.org>",
        subject="candidature",
        date="16 13:05",
        body="""Bonjour, je pense avoir validé mon master (les notes du dernier semestre ne sont pas encore sorties). J'ai une licence d'économie de juin 2025. Je vise un poste dans une mutuelle. Raphaël Duclos 06 48 15 92 67""",
        truth=app("Raphaël", "Duclos", phone="+33648159267", bac=3, grad="2025-06", unknown=("studies_finished",), status="pense_avoir_valide_notes_pas_sorties"),
    )),
    # Discourse: hedge — date — a CV «un peu approximatif sur les dates»: «2024 — Licence», open
    D("hedge", "date", M(
        frm="Arnaud Blanchard <arnaud.blanchard@example.net>",
        subject="CV - candidature",
        date="17 10:20",
        body="""Bonjour,

Mon CV est un peu approximatif sur les dates, désolé. Tout le reste y est.

Arnaud Blanchard""",
        cv=CV("pdf", "CV_Arnaud_Blanchard.pdf", """Arnaud BLANCHARD
06 29 73 84 15
FORMATION
2024 - Licence Sciences sanitaires et sociales
EXPÉRIENCE
Animateur en centre de loisirs, étés 2021-2023
OBJECTIF
Coordinateur dans une association de santé"""),
        truth=app("Arnaud", "Blanchard", phone="+33629738415", bac=3, grad="2024", unknown=("graduation_recent",), info_in="cv", status="cv_approximatif_2024"),
    )),
    # Discourse: hedge — kind — a hedged question, no fact about the writer
    D("hedge", "kind", M(
        frm="Valérie Roussel <valerie.roussel@example.com>",
        subject="Question peut-être bête",
        date="04 08:10",
        body="""Bonjour, c'est peut-être une question bête, mais je crois avoir lu que le programme est gratuit : est-ce bien le cas ?""",
        truth=question(),
    )),
    # Discourse: hedge — kind — a hedged question in English
    D("hedge", "kind", M(
        frm="Oliver Grant <oliver.grant@example.com>",
        subject="Not sure if this is the right address",
        date="09 17:25",
        body="""Hi, not sure this is the right address, but I think you run workshops on interviews: are they open to people outside the programme?""",
        truth=question(language="en"),
    )),
    # Discourse: hedge — kind — an employer: «nous pensons recruter»
    D("hedge", "kind", M(
        frm="Association Les Jardins du Lien <contact@jardins-lien.example.org>",
        subject="Recrutement possible au printemps",
        date="12 15:35",
        body="""Bonjour,

Nous pensons recruter un encadrant technique au printemps, si notre financement est confirmé. Pouvons-nous vous tenir informés ?

Bernard Aubry, président""",
        truth=other(),
    )),
    # Discourse: hedge — kind — a reply in our thread: «je pense pouvoir venir»
    D("hedge", "kind", M(
        frm="Zohra Messaoudi <zohra.messaoudi@example.net>",
        subject="Re: Atelier CV du 4 décembre",
        date="18 19:00",
        headers={"In-Reply-To": "<2759016.0189@animafac.net>", "References": "<2759016.0189@animafac.net>"},
        body="""Bonsoir, je pense pouvoir venir, je vous le confirme lundi au plus tard. Zohra

> Un atelier CV aura lieu le 4 décembre.""",
        truth=reply(),
    )),
    # Discourse: hedge — kind — an auto-reply: «probablement de retour le 27»
    D("hedge", "kind", M(
        frm="Francis Moulin <francis.moulin@example.org>",
        subject="Réponse automatique",
        date="21 06:30",
        headers={"Auto-Submitted": "auto-replied"},
        body="""Je suis en arrêt et probablement de retour le 27 novembre. Merci de renvoyer votre message après cette date si c'est urgent.""",
        truth=auto_reply(),
    )),
    # Discourse: hedge — kind — a newsletter: «sans doute le dernier numéro de l'année»
    D("hedge", "kind", M(
        frm="Tiers-Lieux Infos <lettre@tiers-lieux-infos.example.org>",
        subject="Sans doute notre dernier numéro de l'année",
        date="24 07:00",
        headers={"List-Unsubscribe": "<https://tiers-lieux-infos.example.org/stop>", "Precedence": "bulk"},
        body="""Sans doute notre dernier numéro de l'année : bilan, portraits, et les tiers-lieux qui recrutent.

Se désinscrire : https://tiers-lieux-infos.example.org/stop""",
        truth=newsletter(),
    )),
]
