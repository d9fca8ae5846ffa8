# ruff: noqa: E501
"""Batch 5 — English (and one bilingual) applications: the same contrasts as in French (tense, role, date,
level, aim, writer), written in English. Foreign diplomas are labelled at their stated French equivalent.
"""

from contrast import Group, edit
from kit import M, app

_b1 = M(
    frm="Olivia Hartley <olivia.hartley@example.com>",
    subject="Application to Pro'pulse",
    date="15 09:00",
    body="""Hello,

I graduated with a BA in Social Policy from the University of Bristol in July 2026 and moved to Lyon in September. I am looking for a job in a French non-profit working with refugees.

Best regards,
Olivia Hartley
+44 7700 900461""",
    truth=app("Olivia", "Hartley", phone="+447700900461", bac=3, grad="2026-07", language="en", status="base_en_ba_2026"),
)
_b2 = M(
    frm="Marco Bellini <marco.bellini@example.net>",
    subject="Pro'pulse programme",
    date="15 13:30",
    body="""Dear Pro'pulse team,

I am currently an intern at a social cooperative in Turin until March 2027. I hold a laurea magistrale (master's degree, bac+5) in Economics from the University of Turin, awarded in April 2026. After the internship I want to work for a cooperative in France.

Marco Bellini
+39 347 215 8890""",
    truth=app("Marco", "Bellini", phone="+393472158890", bac=5, grad="2026-04", failing=("not_internship",), language="en", status="base_en_intern_now"),
)
_b3 = M(
    frm="Grace Mensah <grace.mensah@example.org>",
    subject="Joining your programme",
    date="16 10:40",
    body="""Hi,

I finished my HND in Business (a two-year Higher National Diploma, bac+2) in June 2025. I'd like to work in the social and solidarity economy, ideally for a fair-trade cooperative.

Thanks,
Grace Mensah
07 61 28 49 03""",
    truth=app("Grace", "Mensah", phone="+33761284903", bac=2, grad="2025-06", language="en", status="base_en_hnd_2025"),
)
_b4 = M(
    frm="Daniel Okafor <daniel.okafor@example.com>",
    subject="Application",
    date="16 16:05",
    body="""Hello,

I completed my MSc in Environmental Management in September 2025 and I have not done any internship or civic service since. I'm looking for a project officer role in an environmental association.

Daniel Okafor
06 45 82 17 69""",
    truth=app("Daniel", "Okafor", phone="+33645821769", bac=5, grad="2025-09", language="en", status="base_en_msc_no_internship"),
)
_b5 = M(
    frm="Sophie Brenner <sophie.brenner@example.net>",
    subject="Candidature / application",
    date="17 08:55",
    body="""Bonjour / Hello,

Je suis diplômée d'un Bachelor (Allemagne, équivalent bac+3) en travail social, juillet 2025. I'm looking for a job as a social worker in a French association supporting homeless people.

Sophie Brenner
07 84 13 56 20""",
    truth=app("Sophie", "Brenner", phone="+33784135620", bac=3, grad="2025-07", status="base_bilingue_bachelor_de"),
)

GROUPS = [
    Group(_b1, (
        edit(_b1, "date: July 2026 → July 2023 (older than two years)", body="""Hello,

I graduated with a BA in Social Policy from the University of Bristol in July 2023 and moved to Lyon in September. I am looking for a job in a French non-profit working with refugees.

Best regards,
Olivia Hartley
+44 7700 900461""",
             truth=app("Olivia", "Hartley", phone="+447700900461", bac=3, grad="2023-07", failing=("graduation_recent",), language="en", status="en_ba_2023")),
        edit(_b1, "studies: still studying (final year, graduating July 2027)", body="""Hello,

I am in the final year of a BA in Social Policy at the University of Bristol (graduating in July 2027), on an exchange in Lyon since September. I am looking for a job in a French non-profit working with refugees.

Best regards,
Olivia Hartley
+44 7700 900461""",
             truth=app("Olivia", "Hartley", phone="+447700900461", bac="*", grad=None, failing=("studies_finished",), language="en", status="en_ba_final_year")),
    )),
    Group(_b2, (
        edit(_b2, "tense: the internship ended in October", body="""Dear Pro'pulse team,

I was an intern at a social cooperative in Turin until October 2026. I hold a laurea magistrale (master's degree, bac+5) in Economics from the University of Turin, awarded in April 2026. Now I want to work for a cooperative in France.

Marco Bellini
+39 347 215 8890""",
             truth=app("Marco", "Bellini", phone="+393472158890", bac=5, grad="2026-04", language="en", status="en_intern_ended")),
        edit(_b2, "role: employee on a fixed-term contract instead of intern", body="""Dear Pro'pulse team,

I am currently employed on a fixed-term contract at a social cooperative in Turin until March 2027. I hold a laurea magistrale (master's degree, bac+5) in Economics from the University of Turin, awarded in April 2026. After the contract I want to work for a cooperative in France.

Marco Bellini
+39 347 215 8890""",
             truth=app("Marco", "Bellini", phone="+393472158890", bac=5, grad="2026-04", language="en", status="en_fixed_term_not_intern")),
    )),
    Group(_b3, (
        edit(_b3, "level: an HNC (one year, bac+1) instead of an HND", body="""Hi,

I finished my HNC in Business (a one-year Higher National Certificate, bac+1) in June 2025. I'd like to work in the social and solidarity economy, ideally for a fair-trade cooperative.

Thanks,
Grace Mensah
07 61 28 49 03""",
             truth=app("Grace", "Mensah", phone="+33761284903", bac=1, grad="2025-06", failing=("degree_level",), language="en", status="en_hnc_bac1")),
        edit(_b3, "aim: elsewhere (a luxury fashion brand)", body="""Hi,

I finished my HND in Business (a two-year Higher National Diploma, bac+2) in June 2025. I'd like to work in retail management for a luxury fashion brand.

Thanks,
Grace Mensah
07 61 28 49 03""",
             truth=app("Grace", "Mensah", phone="+33761284903", bac=2, grad="2025-06", failing=("job_seeking_ess",), language="en", status="en_aim_luxury")),
    )),
    Group(_b4, (
        edit(_b4, "negation removed: doing a civic service now", body="""Hello,

I completed my MSc in Environmental Management in September 2025 and I am now doing a French service civique with a river-cleaning association until June 2027. I'm looking for a project officer role in an environmental association.

Daniel Okafor
06 45 82 17 69""",
             truth=app("Daniel", "Okafor", phone="+33645821769", bac=5, grad="2025-09", failing=("not_service_civique",), language="en", status="en_civic_service_now")),
        edit(_b4, "same meaning: «neither … nor» coordination", body="""Hello,

Since completing my MSc in Environmental Management in September 2025 I have done neither an internship nor a civic service. I'm looking for a project officer role in an environmental association.

Daniel Okafor
06 45 82 17 69""",
             truth=app("Daniel", "Okafor", phone="+33645821769", bac=5, grad="2025-09", language="en", status="en_paraphrase_neither_nor")),
    )),
    Group(_b5, (
        edit(_b5, "kind: a bilingual question, no personal fact", frm="info.brenner@example.net", subject="Question / question", body="""Bonjour / Hello,

Un Bachelor allemand est-il accepté pour Pro'pulse ? Is the programme open to people who do not speak fluent French yet?

Danke, merci""",
             truth={"kind": "question"}),
        edit(_b5, "career: a career change after ten years as an engineer", body="""Bonjour / Hello,

Ingénieure en mécanique pendant dix ans, j'ai repris des études : Bachelor (Allemagne, équivalent bac+3) en travail social, juillet 2025. After this career change I'm looking for a job as a social worker in a French association supporting homeless people.

Sophie Brenner
07 84 13 56 20""",
             truth=app("Sophie", "Brenner", phone="+33784135620", bac=3, grad="2025-07", failing=("not_career_change",), status="bilingue_reconversion_ingenieure")),
    )),
]
