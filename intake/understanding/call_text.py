"""The programme's call inside an applicant's mail: text the applicant did not write.

An applicant often answers the call with it in front of them: pasted above or below their note, forwarded by
a friend or an adviser, restated. Its conditions («Être titulaire d'un bac+2», «tu as un bac+2…», «Ne
peuvent pas candidater : les personnes en stage», "Not eligible: career changers") name what the programme
asks of candidates; they are never evidence about the applicant, for or against. `without_call` blanks them
before the facts are read.

A paragraph is the call's when one of its lines, written by nobody in the first person and answering
nothing, states conditions: a heading of conditions (meaning `call_heading`), a line opening on an infinitive
of condition (`call_condition`) or addressing the candidate as its subject (`call_reader`) about what the
conditions are about (`call_topic`). In such a paragraph the lines of that kind and the lines naming a
criterion's topic are the call's; a line in the first person («Moi : DUT, obtenu en 2025») or answering
(«Stage en cours : non», «✅ bac+3», «Diplôme : Master 2») is the applicant's, and stays.

Invariant: only whole lines are blanked, and each stays a (blank) line, so the text keeps its line count and
paragraphs; a text with no call comes back unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.forms import mark_sign
from intake.understanding.lexicon import ELIDED_RUN, Meaning, load_meanings

# What opens a line of a list: a bullet, a number, a mark, then the negation of a condition («Ne pas être…»).
_LIST_OPENING = re.compile(r"^[\s\-•·▪–*>\d.)(]*(?:(?:ne\s+pas|n['’]|pas)\s+)?", re.IGNORECASE)
# «Label : value», «Label | value», «Label — value», «Label → value», a tab: a label answered.
_SEPARATOR = re.compile(r"\s*(?::|\||\t|—|–|->|→|=>)\s*")
# A value longer than this, or a list («;»), restates conditions rather than answering one.
_SHORT_VALUE = 6


def without_call(text: str) -> str:
    """`text` with the lines of the programme's call blanked (see the module's invariant)."""
    return _without_call(text, resources.rules_dir())


@lru_cache(maxsize=32)
def _without_call(text: str, rules_dir: Path) -> str:
    """Cached: the classifier and the applicant's reader both read the writer's text, each line by line
    (keyed on the rules directory, whose meanings decide)."""
    meanings = load_meanings(rules_dir)
    lines = text.split("\n")
    for paragraph in _paragraphs(lines):
        if not any(_states_conditions(lines[i], meanings) for i in paragraph):
            continue
        # Among answers (a sheet of «Label : value» or marks), a line naming a topic unanswered may be the
        # applicant's own («Recherche un emploi dans l'ESS.»): only conditions are the call's there.
        sheet = any(_answer(lines[i], meanings) for i in paragraph)
        for i in paragraph:
            if _the_calls(lines[i], meanings, topics=not sheet):
                lines[i] = ""
    return "\n".join(lines)


def _paragraphs(lines: list[str]) -> list[list[int]]:
    """The indices of the lines of each paragraph (lines between blank ones)."""
    out: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line.strip():
            out[-1].append(i)
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def _words(line: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in ELIDED_RUN.findall(line)]


def _own_or_answer(line: str, m: dict[str, Meaning]) -> bool:
    """A line in the first person (a writer's «je», an organisation's «nous»: a referrer's), or one
    answering a label or carrying a mark: the writer's."""
    words = _words(line)
    return any(m["first_person"].holds(w) or m["we"].holds(w) for w in words) or _answer(line, m)


def _answer(line: str, m: dict[str, Meaning]) -> bool:
    """A line answering a label («Stage : non», «Diplôme : Master 2») or carrying a mark."""
    if mark_sign().search(line):
        return True
    parts = _SEPARATOR.split(line.strip(), maxsplit=1)
    if len(parts) < 2 or not _words(parts[0]) or not parts[1].strip():
        return False
    value = parts[1].strip()
    first = next(iter(_words(value)), "")
    if m["answer_yes"].holds(first) or m["answer_no"].holds(first):
        return True
    return ";" not in value and len(_words(value)) <= _SHORT_VALUE and not _heading(value, m)


def _heading(line: str, m: dict[str, Meaning]) -> bool:
    return m["call_heading"].phrased_in(line)


def _topical(line: str, m: dict[str, Meaning]) -> bool:
    topic = m["call_topic"]
    return topic.phrased_in(line) or any(topic.holds(w) for w in _words(line))


def _condition(line: str, m: dict[str, Meaning]) -> bool:
    """A condition stated to the candidate: an infinitive opening the line, or the reader as subject, about
    a criterion's topic."""
    opening = _words(_LIST_OPENING.sub("", line, count=1))
    infinitive = bool(opening) and m["call_condition"].holds(opening[0])
    addressed = any(m["call_reader"].holds(w) for w in _words(line))
    return (infinitive or addressed) and _topical(line, m)


def _states_conditions(line: str, m: dict[str, Meaning]) -> bool:
    """A line of the call that no applicant writes of themself: a heading or a condition, unanswered."""
    return not _own_or_answer(line, m) and (_heading(line, m) or _condition(line, m))


def _the_calls(line: str, m: dict[str, Meaning], *, topics: bool) -> bool:
    """In a paragraph of the call, a line of it: conditions, or (`topics`) a criterion's topic named by
    nobody."""
    if _own_or_answer(line, m):
        return False
    return _heading(line, m) or _condition(line, m) or (topics and _topical(line, m))
