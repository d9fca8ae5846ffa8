"""A signature's title as a claim of the writer's, which the body can correct.

A signature's title («Étudiante en M2 Santé publique — Université de Nantes») is the writer's role today
(discourse.signed_roles), but only a claim: when the body says the signature is out of date («ma signature
date un peu», «my signature is out of date»), the body's words decide for every fact, the diploma's state
too — the title is taken out of the text the diploma is read in, as discourse.as_placed takes it out of the
text the situation is read in. When it stands, a tenure the title shows in brackets («Chef d'équipe
logistique – Geodis (depuis 2016)») is part of the role it follows: the title said as the writer's «je
suis …» (discourse.as_placed) then tells years in a job — a career, when they are many before a new diploma.

Invariants: without the writer's name heading the title, nothing is cut; a body that says nothing of its
signature keeps every line; only the title's own lines are touched, and only their brackets.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from intake.understanding.discourse import DISOWNED, signature_doubt, signature_roles
from intake.understanding.education import read_education
from intake.understanding.facts import BODY, EducationFacts, Source
from intake.understanding.lexicon import load_lexicon

# The cheap test: a body naming its signature at all (meanings.toml [signature_word]: «signature», "sig").
_SIGNATURE_NAMED = re.compile(r"\bsig", re.IGNORECASE)


def signature_as_claimed(text: str, mail_text: str, writer: str) -> str:
    """`text` (the writer's body) with its signature's title read as the claim it is: its lines taken out
    when the body above them says the signature is out of date («j'ai fini mon master, ma signature date un
    peu»: a former role, no diploma in progress); else a bracketed tenure on them said as part of the role
    («Chef d'équipe – Geodis (depuis 2016)» → «… Geodis depuis 2016»: years in the job)."""
    if not writer or not _CHEAP.search(text):
        return text
    roles = signature_roles(mail_text, writer, text)
    if not roles:
        return text
    at = text.find(roles[0])
    disowned = _SIGNATURE_NAMED.search(text) and signature_doubt(text[:at] if at > 0 else text) == DISOWNED
    lines = text.split("\n")
    if disowned:
        return "\n".join(line for line in lines if line.strip() not in set(roles))
    return "\n".join(_TENURE.sub(_since, line) if line.strip() in roles else line for line in lines)


# A tenure in brackets after a title: «(depuis 2016)», «(depuis six ans)», "(since 2016)".
_TENURE = re.compile(r"\((?P<since>(?:depuis|since)\s[^()]{1,30})\)", re.IGNORECASE)
# The cheap test: a body naming its signature, or a bracketed tenure.
_CHEAP = re.compile(r"\bsig|\((?:depuis|since)\s", re.IGNORECASE)


def _since(m: re.Match[str]) -> str:
    return m.group("since")



def studies_signed_against_held(
    education: EducationFacts | None, roles: list[str], today: date
) -> EducationFacts | None:
    """`education` with studies read only from the signature's title («Étudiante en M2 ESS — Université de
    Lille») doubted instead of held, when the body tells a diploma held at the level of every course the
    title names («J'ai eu mon master en septembre»): the title may be a template the body outgrew — nothing
    says so, but a claim the body's newer fact contradicts is no ground to refuse. The coordinator asks.
    `roles`: the writer's titles (discourse.signature_roles)."""
    if education is None or education.studying is None or education.highest is None:
        return education
    held = education.highest
    if not held.obtained or held.in_progress or held.evidence.where != BODY:
        return education
    if education.studying.text.strip() not in roles or held.evidence.text.strip() in roles:
        return education
    title = [Source(BODY, role) for role in roles]
    courses = [m for m in read_education(title, load_lexicon(), today).mentions if m.in_progress]
    if not courses or any(course.level > held.level for course in courses):
        return education  # «licence obtenue» over «Étudiante en M2»: the master goes on
    return replace(education, studying=None, studies_doubted=education.studying)
