"""A diploma named, its level left open by what the writer says of it (h-copen, stop 38).

A diploma's name usually fixes its level (a BTS is a bac+2 whatever is said around it), but three things a
writer may say leave the level for the coordinator to verify, as a careful reader would:

- **Its recognition awaited**: «la reconnaissance par ENIC-NARIC est en cours», "the comparability statement
  is still pending", «en attente de l'équivalence»: a foreign diploma's French level is what the recognition
  will tell. Not when the writer states the level beside it («l'équivalent d'un BTS, la reconnaissance est en
  cours»), nor for a recognition of something else (a disabled worker's RQTH «en cours»).
- **Its level believed, not known**: «c'est un titre de niveau 5, je crois», "a level 5 diploma, I think":
  a diploma named only by the level the writer is unsure of. A hedge on the rule that places a named
  diploma («mon BTS, c'est un bac+2 je crois») leaves the BTS a bac+2.
- **A private school's «bachelor»**: «un bachelor … dans une école privée», "a Bachelor's from a private
  college": the school's own title, registered at some level or none — the name says nothing of it. A level
  stated beside it («bachelor (titre RNCP niveau 6)») is kept.
- **Its school's accreditation withheld**: «une école d'ingénieurs privée pas encore habilitée par la CTI»,
  "not accredited by the CTI": the engineer's title the school gives is not the State's; its level is asked.

The meanings are word lists of meanings.toml ([recognition], [awaited], [belief], [equated],
[private_school], [accreditation], [accreditor], [withheld]); the reader only combines them in one clause
or one sentence.

Invariants: nothing here rejects or accepts; a level read open is only left to the coordinator, the
diploma's date still read.
"""

from __future__ import annotations

import re

from intake.understanding.diploma_level import find_diploma_spans, states_a_level
from intake.understanding.lexicon import WORD_RUN, Lexicon, load_meanings

# A level said by its number: «niveau 5», «bac+2», "level 5".
_LEVEL_NUMBER = re.compile(r"\bniveau\s+\d\b|\bbac\s*\+\s*\d\b|\blevel\s+\d\b", re.IGNORECASE)
_BACHELOR = re.compile(r"\bbachelor", re.IGNORECASE)
# The length of the course told beside it, which says its level: «(école privée, 3 ans)», "a three-year".
_LENGTH_TOLD = re.compile(
    r"\b(?:[2-5]|deux|trois|quatre|cinq)\s+ans\b|\b(?:[2-5]|two|three|four|five)[- ]years?\b", re.IGNORECASE
)
# A level said on the school's word: «d'après l'école», «selon eux», "according to the school".
_ON_THE_SCHOOLS_WORD = re.compile(
    r"\b(?:selon|d['’]apr[èe]s|according to)\s+(?:l['’]|les?\s|la\s|mon\s|ma\s|leur\s|the\s|my\s|their\s)?\s*"
    r"(?:[ée]cole|[ée]tablissement|institut|eux|school|college|them)\b",
    re.IGNORECASE,
)
_CLAUSE_CUT = re.compile(r"[,;:()]|\s(?:et|mais|and|but)\s", re.IGNORECASE)
# The clues words must share a sentence's part, not the whole mail.
_NEAR = 40


def level_left_open(unit: str, lexicon: Lexicon) -> bool:
    """`unit` names a diploma whose level it leaves open: its recognition awaited, its level only believed,
    or a private school's bachelor — and no level stated beside it."""
    if not find_diploma_spans(unit, lexicon):
        return False
    return (
        recognition_awaited(unit)
        or _level_believed(unit, lexicon)
        or _private_bachelor(unit)
        or _accreditation_withheld(unit)
        or _named_by_another_system(unit)
    )


def recognition_awaited(unit: str) -> bool:
    """«la reconnaissance par ENIC-NARIC est en cours», "the comparability statement is still pending", «ENIC-
    NARIC ne m'a pas encore répondu»: a diploma's recognition said awaited in one clause, no level equated to
    the diploma in the sentence (education.py reads it too of the diploma told the sentence before)."""
    meanings = load_meanings()
    if _equated(unit):
        return False
    return any(
        meanings["recognition"].said_in(clause) and meanings["awaited"].said_in(clause)
        for clause in _clauses(unit)
    )


def _accreditation_withheld(unit: str) -> bool:
    """«une école d'ingénieurs privée pas encore habilitée par la CTI», "a school not accredited by the CTI":
    in one clause, the school's right to award its diploma withheld by the body that gives it (h-studios,
    stop 49) — the level its name would say is what the accreditation would have vouched for. A level stated
    beside it is kept; an accreditation had («habilitée par la CTI») leaves the name's level."""
    meanings = load_meanings()
    if _equated(unit):
        return False
    return any(
        meanings["accreditation"].said_in(clause)
        and meanings["accreditor"].said_in(clause)
        and meanings["withheld"].said_in(clause)
        for clause in _clauses(unit)
    )


def _named_by_another_system(unit: str) -> bool:
    """"an HND in Business (Yaba College of Technology)", «un HND obtenu à Accra»: a British diploma's name
    given by a system where it covers other years than Britain's two (Nigeria's OND then HND, Ghana's three
    years at a technical university), its awarder named beside it: the French level is to verify. A level
    or its two years stated beside it («HND, bac+2», "a two-year programme") is kept; a British or
    Cameroonian HND keeps its lexicon level."""
    meanings = load_meanings()
    return (
        meanings["name_of_other_length"].said_in(unit)
        and meanings["awarded_in_west_africa"].said_in(unit)
        and not meanings["two_years_stated"].said_in(unit)
        and not _equated(unit)
    )


def _level_believed(unit: str, lexicon: Lexicon) -> bool:
    """«un titre de niveau 5, je crois», "a level 5 diploma, I think": a level number the writer only
    believes, the diploma named by nothing but that level (a named diploma keeps its own)."""
    belief = load_meanings()["belief"]
    for said in _LEVEL_NUMBER.finditer(unit):
        around = unit[max(0, said.start() - _NEAR) : said.end() + _NEAR]
        if not belief.said_in(around):
            continue
        named = [s for s in find_diploma_spans(unit, lexicon) if not s[0] <= said.start() < s[1]]
        if not any(level >= 2 and not label.startswith("Bac+") for _s, _e, label, level in named):
            return True
    return False


def _private_bachelor(unit: str) -> bool:
    """«un bachelor … dans une école privée», "a Bachelor's from a private college": a private school's own
    title, no level nor length stated beside it — or its level only said on the school's word («c'est un
    bac+3 d'après l'école», "a bachelor's level according to the school"): the school's claim, not a
    level the title carries (t-open)."""
    if _BACHELOR.search(unit) is None or not load_meanings()["private_school"].said_in(unit):
        return False
    if _ON_THE_SCHOOLS_WORD.search(unit):
        return True
    if states_a_level(unit) or _LEVEL_NUMBER.search(unit):
        return _levels_only_believed(unit)  # «l'équivalent d'un bac+3, je crois, à vérifier»: still open
    # «bachelor in business (école privée, 3 ans)»: its length tells its level
    return _LENGTH_TOLD.search(unit) is None


def _levels_only_believed(unit: str) -> bool:
    """Every level number `unit` states beside a private school's bachelor is one the writer only believes
    («je crois que ça équivaut à un bac+3», "I think it's equivalent to a bac+3, I'd have to check"): a
    belief, not the level the title carries. A level stated plainly («bachelor (titre RNCP niveau 6)») is
    kept."""
    belief = load_meanings()["belief"]
    said = list(_LEVEL_NUMBER.finditer(unit))
    return bool(said) and all(
        belief.said_in(unit[max(0, found.start() - _NEAR) : found.end() + _NEAR]) for found in said
    )


def _equated(unit: str) -> bool:
    """The writer equates the diploma to a level or a French diploma: «l'équivalent d'un BTS», "comparable to
    a bachelor's", «bac+3»."""
    equated = load_meanings()["equated"]
    return _LEVEL_NUMBER.search(unit) is not None or any(equated.holds(w) for w in WORD_RUN.findall(unit))


def _clauses(unit: str) -> list[str]:
    """The clauses of `unit`, cut at its commas, semicolons, colons, «et», «mais», "and", "but"."""
    return _CLAUSE_CUT.split(unit)
