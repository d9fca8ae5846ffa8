"""A training followed now whose kind and length the writer leaves unsaid (t-open, stop 39).

«Depuis la rentrée j'avance une formation du CNED à mon rythme», «j'ai commencé une formation de
coordinatrice au GRETA ; on m'a parlé de plusieurs mois»: after a diploma, a training is followed now, but
whether it is a diploma course of a year (studies running) or a course of a few weeks (no studies) the mail
does not say. The corpora's convention: a course of unsaid kind, a GRETA course of unknown length, leave
`studies_finished` open. A careful reader asks.

Read in one sentence: the writer ([first_person]) following or having begun ([training_followed]) «une
formation» / "a training" ([training]) — not one told over («j'ai suivi»), not one named as a diploma (read as
studies elsewhere), not one whose length is counted («de trois jours», «de dix mois»: course_run.py and the
short courses say it) nor one short by its kind ([short_course]: a MOOC, a workshop, first aid, a
language). Invariant: it only leaves the studies open, never says they run.
"""

from __future__ import annotations

import re

from intake.understanding.clauses import NEGATION
from intake.understanding.diploma_level import find_diploma_spans
from intake.understanding.lexicon import Lexicon, load_meanings

# A length counted: «de trois jours», «de dix mois», "six-week", "for two years".
_COUNTED = re.compile(
    r"\b(?:\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|one|two|three|four|five|"
    r"seven|eight|nine|ten|twelve)[\s-]+(?:jours?|semaines?|mois|ans?|ann[ée]es?|heures?|days?|weeks?|"
    r"months?|years?|hours?)\b",
    re.IGNORECASE,
)
# How many words may stand between the following verb and the training: «j'avance une formation».
_REACH = 3
_FIRST_WORDS = 4
# A word, an elided one («j'», «l'») apart from what follows it.
_WORD = re.compile(r"[^\W\d_][\w-]*")
# How far after the training a diploma named is its own.
_NEAR = 40


def follows_a_training_of_unsaid_kind(unit: str, lexicon: Lexicon) -> bool:
    """`unit` tells the writer following now, or having just begun, a training whose kind and length it
    leaves unsaid."""
    meanings = load_meanings()
    words = list(_WORD.finditer(unit.lower()))
    trainings = [i for i, w in enumerate(words) if meanings["training"].holds(w.group())]
    if not trainings or _COUNTED.search(unit) or meanings["short_course"].said_in(unit):
        return False
    named = [start for start, _end, _label, _level in find_diploma_spans(unit, lexicon)]
    return any(
        _followed_by_the_writer(unit, words, i) and not _names_a_diploma(named, words[i].end())
        for i in trainings
    )


def _names_a_diploma(named: list[int], after: int) -> bool:
    """A diploma named right after the training («une formation de BTS», "a training towards a BTS"):
    studies, read elsewhere."""
    return any(after <= start < after + _NEAR for start in named)


def _followed_by_the_writer(unit: str, words: list[re.Match[str]], at: int) -> bool:
    """The training at word `at` is the object of a following verb of the writer, a few words before it,
    not denied."""
    meanings = load_meanings()
    for i in range(max(0, at - _REACH), at):
        if not meanings["training_followed"].holds(words[i].group()):
            continue
        before = unit[max(0, words[i].start() - 40) : words[i].start()].lower()
        if NEGATION.search(unit[max(0, words[i].start() - 20) : words[at].start()]):
            return False
        person = _WORD.findall(before)[-_FIRST_WORDS:]
        return any(meanings["first_person"].holds(w) for w in person)
    return False
