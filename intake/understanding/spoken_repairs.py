"""Spoken repairs left with no mark: a speaker's repair read as replacing what it follows.

Reads the writer's own text before discourse.as_finally_meant, where speech dictated, transcribed or typed as
one speaks leaves a repair with no comma to set it off («je suis en stage enfin j'étais jusqu'en octobre»,
«en 2025 euh non attendez c'était en 2023», "in 2023 sorry in 2025"). Each repair is read as the speaker
means it heard back: the final version wins, a phrase started then abandoned states nothing.
1. A start again («…en octobre 2024 non attendez je reprends…»): the last thing said before it is withdrawn —
   the date it ends on, else the unfinished phrase back to its subject («j'ai un bac plus euh je reprends»).
2. A false start: a hesitation, then the same subject and verb again in another form or with the same
   words after it («je fais un stage euh je faisais un stage»): the first try dropped; a hesitation then an
   abandon («je suis en serv euh bref») drops the phrase it cuts.
3. A self-correction (meanings.toml's [self_correction], [hold_on]) with no mark before it: the clause it
   repairs, from its first-person subject, read with the mark speech did not write, so that discourse.py's
   corrections apply to that clause alone; a pronoun opening the correction («enfin non il finit en
   janvier») names again the thing the clause said («mon service civique»).
The words are rules/lexicon/spoken_repairs.toml's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.dates import MONTH_ALT
from intake.understanding.discourse import as_finally_meant
from intake.understanding.lexicon import escaped_alternation, read_table, word_alternation
from intake.understanding.nlp import read_tokens
from intake.understanding.signals import meaning_alternation

# A first-person subject and the verb after it («je suis», «j'étais», «j'suis», "I was", "I'm").
_SUBJECT = r"(?<![\w'’])(?:je\s+|j['’]\s*|i\s+(?=\w))"
_SUBJECT_VERB = re.compile(rf"{_SUBJECT}(?P<verb>[^\W\d_]+)", re.IGNORECASE)
# Where a clause surely starts when no subject does: after a mark.
_MARK = re.compile(r"[.,;:!?()\n—–]")
# A date a phrase ends on («en octobre 2024», «in May 2023», «2024»).
_DATE_AT_END = re.compile(
    rf"\s*(?:\b(?:en|in)\s+)?(?:\d{{1,2}}\s+)?(?:(?:{MONTH_ALT})\s+)?(?:19|20)\d\d\s*$", re.IGNORECASE
)
_PRONOUN = re.compile(r"\s*(?:il|elle|it)\s+(?=\w)", re.IGNORECASE)


@dataclass(frozen=True)
class _Words:
    restart: re.Pattern[str]  # hesitations, «non», «attendez», then a start again
    abandon: re.Pattern[str]  # a hesitation, then an abandon
    hesitation: re.Pattern[str]  # a filled pause
    correction: re.Pattern[str]  # a self-correction with no mark before it
    finally_after: frozenset[str]
    replacing: re.Pattern[str]  # what opens a correction's replacing words when no mark set it off
    thing: re.Pattern[str]  # the thing a clause said after its verb, taken up by «il», «elle»


@lru_cache(maxsize=4)
def _words(rules_dir: Path) -> _Words:
    table = read_table(rules_dir, "spoken_repairs.toml")
    alt = escaped_alternation  # the words taken literally, longest first
    hes, hold = alt(table["hesitations"]), meaning_alternation("hold_on")
    gap = r"[\s,;:.…!—–-]"
    fixed = meaning_alternation("self_correction")
    return _Words(
        # A start again stops on what was said: a hesitation, «non» or «attendez» before it («je reprends donc
        # son appartement» is a verb); and it goes on with a new clause («je reprends mes études» neither).
        restart=re.compile(
            rf"{gap}*(?:(?:{hes}|non|no|{hold})\b{gap}+)+(?:{alt(table['restarts'])})\b{gap}*"
            rf"(?=$|(?-i:[A-ZÀ-Ö])|(?:{alt(table['resuming'])})\b|{_SUBJECT})",
            re.IGNORECASE,
        ),
        abandon=re.compile(rf"[\s,]+(?:{hes})\b[\s,]+(?:{alt(table['abandons'])})\b[\s,.:!]*", re.IGNORECASE),
        hesitation=re.compile(rf"[\s,]+(?:{hes})\b[\s,]*", re.IGNORECASE),
        correction=re.compile(
            rf"(?<=\w)\s+(?P<marker>(?:(?:{hes})\s+)?(?:{fixed}|{hold})(?:\s+(?:{fixed}|{hold}))*)\b(?!['’])",
            re.IGNORECASE,
        ),
        finally_after=frozenset(table["finally_after"]),
        **_replacing_words(table),
    )


def _replacing_words(table: dict[str, list[str]]) -> dict[str, re.Pattern[str]]:
    """What opens a correction's replacing words when no mark set it off — a subject, a pronoun taking up the
    thing said («c' était» as dictation spaces it too), a «non», a date, a preposition's phrase — and the
    thing a clause said after its verb («j'ai fini mon service civique à…»), which that pronoun names."""
    taking_up = word_alternation(table["taking_up"]).replace("['’]", r"['’]\s*")
    refusals = word_alternation(table["refusals"])
    prepositions = word_alternation(table["replacing_prepositions"])
    determiners = word_alternation(table["thing_determiners"])
    ends = word_alternation(table["thing_ends_before"])
    return {
        "replacing": re.compile(
            rf"\s*(?:{_SUBJECT}|(?:{taking_up})\s+|(?:{refusals})\b|(?:19|20)\d\d\b|(?:{prepositions})\s+\w)",
            re.IGNORECASE,
        ),
        "thing": re.compile(
            rf"\b(?P<thing>(?:{determiners})\s*[^\W\d_]+(?:\s+(?!(?:{ends})\b)[^\W\d_]+){{0,2}})",
            re.IGNORECASE,
        ),
    }


def spoken_repairs_read(text: str) -> str:
    """The text with its unmarked spoken repairs applied: starts again, false starts and abandons, then the
    self-corrections with no mark before them (the module's three readings, in that order)."""
    words = _words(resources.rules_dir())
    text = _started_again(text, words)
    text = _false_starts_dropped(text, words)
    return _corrections_set_off(text, words)


def _clause_start(text: str, end: int) -> int:
    """Where the clause ending at `end` starts: its last first-person subject after the last mark, else
    just after that mark."""
    marks = [m.end() for m in _MARK.finditer(text, 0, end)]
    begin = marks[-1] if marks else 0
    subjects = [m.start() for m in _SUBJECT_VERB.finditer(text, begin, end)]
    if subjects:
        return subjects[-1]
    return begin + len(text[begin:end]) - len(text[begin:end].lstrip())


def _started_again(text: str, words: _Words) -> str:
    """«…en octobre 2024 non attendez je reprends alors…»: the date said last withdrawn; with no date
    there, the phrase back to its subject («j'ai un bac plus euh attendez je reprends»)."""
    for _ in range(3):
        found = words.restart.search(text)
        if found is None:
            break
        said = text[: found.start()]
        date = _DATE_AT_END.search(said)
        cut = date.start() if date is not None else _clause_start(text, found.start())
        text = f"{text[:cut].rstrip()} {text[found.end():]}".lstrip()
    return text


def _false_starts_dropped(text: str, words: _Words) -> str:
    """«je fais un stage euh je faisais un stage»: the first try of a clause taken up again after a
    hesitation dropped; «je suis en serv euh bref» dropped."""
    for _ in range(3):
        found = words.abandon.search(text)
        if found is None:
            break
        text = text[: _clause_start(text, found.start())] + text[found.end() :]
    for pause in reversed(list(words.hesitation.finditer(text))):
        again = _SUBJECT_VERB.match(text, pause.end())
        start = _clause_start(text, pause.start())
        first = _SUBJECT_VERB.match(text, start)
        if again is None or first is None or len(text[first.end() : pause.start()].split()) > 6:
            continue
        if _taken_up(text[first.end() : pause.start()], first["verb"], text[again.end() :], again["verb"]):
            text = text[:start] + text[pause.end() :]
    return text


def _taken_up(said: str, verb: str, retold: str, verb_again: str) -> bool:
    """The same verb told again, in another form («fais» → «faisais») or with the same words after it; never
    a second fact added («j'ai un master euh j'ai aussi un BTS»)."""
    if re.match(r"\s*(?:aussi|également|en plus|also|too)\b", retold, re.IGNORECASE):
        return False
    if not _same_lemma(verb, verb_again):
        return False
    return verb.lower() != verb_again.lower() or retold.split()[:2] == said.split()[:2]


def _corrections_set_off(text: str, words: _Words) -> str:
    """«je suis en stage enfin j'étais jusqu'en octobre»: the clause the correction repairs, from its
    subject, read with the correction set off, so that it alone is amended."""
    position = 0
    for _ in range(5):
        found = words.correction.search(text, position)
        if found is None:
            break
        marker, rest = found["marker"], text[found.end() :]
        position = found.end()
        if not _repairs(text[: found.start()], marker, rest, words):
            continue
        start = _clause_start(text, found.start())
        said = text[start : found.start()]
        named = _pronoun_named(said, rest, words)  # the correction names the thing again: it restates it
        retold = _verb_retold(said, rest)
        amended = named or retold or as_finally_meant(f"{said.rstrip()}, {marker}{rest}")
        text = text[:start] + amended.lstrip()
        position = start
    return text


def _repairs(before: str, marker: str, rest: str, words: _Words) -> bool:
    """A marker with no mark before it repairs when replacing words open what follows it; a bare «enfin»
    after «et», «puis» is "finally", the last of a list («et enfin je cherche»)."""
    if not words.replacing.match(rest):
        return False
    last = before.split()[-1].lower() if before.split() else ""
    return not (marker.lower() == "enfin" and last in words.finally_after)


def _pronoun_named(said: str, rest: str, words: _Words) -> str | None:
    """«j'ai fini mon service civique enfin non il finit en janvier»: the pronoun opening the correction
    named again as the thing the clause said after its verb («mon service civique finit en janvier»)."""
    pronoun = _PRONOUN.match(rest)
    first = _SUBJECT_VERB.match(said)
    thing = words.thing.search(said, first.end()) if first is not None else None
    if pronoun is None or thing is None:
        return None
    return f"{thing['thing']} {rest[pronoun.end():]}"


def _verb_retold(said: str, rest: str) -> str | None:
    """«je suis en stage enfin j'étais jusqu'en octobre»: the same verb told again in another form, with
    none of the words said after it, puts right the verb alone («j'étais en stage jusqu'en octobre»)."""
    first, again = _SUBJECT_VERB.match(said), _SUBJECT_VERB.match(rest.lstrip())
    if first is None or again is None or first["verb"].lower() == again["verb"].lower():
        return None
    told, retold = said[first.end() :].split(), rest.lstrip()[again.end() :].split()
    if not told or retold[:1] == told[:1] or not _same_lemma(first["verb"], again["verb"]):
        return None
    return f"{again.group()} {' '.join(told)} {rest.lstrip()[again.end():].lstrip()}"


def _same_lemma(verb: str, verb_again: str) -> bool:
    """Two forms of one verb («fais», «faisais»; «suis», «étais»), read by the tagger."""
    tokens = read_tokens(f"je {verb}. je {verb_again}.")
    lemmas = [t.lemma.lower() for t in tokens if t.text.lower() not in ("je", ".")]
    return len(lemmas) == 2 and lemmas[0] == lemmas[1]
