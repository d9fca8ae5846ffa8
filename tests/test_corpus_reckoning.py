"""The reckoning corpus (tests/corpus/reckoning): it was written by its own method — a grid of twelve kinds of
reckoning decided first (time elapsed since the deciding event, a start plus a duration, a countdown, counts
of years or semesters of study, a career span, ages and birth years, calendar anchors, chained dates, the
length of a job search, relative years, the months of an internship or a civic service, the same in
English), then each message written by hand, its deciding fact carried by a reckoning the reader must do
from 2026-11-26 («ça fait quatorze mois que j'ai validé ma licence pro», «mon service civique de neuf mois,
commencé en avril», «trois années de licence puis les deux années du master», «I'm seven months into a
ten-month service civique») — and its truth says which feature and which fact; above each message a
`# reckoned:` comment gives the arithmetic.

Tuned on since stop 31 (see its LICENCE.md). Its scores, floors, build and truth are checked
with every corpus's (bench/corpora.py, tests/test_corpus_scores.py), the checks every corpus written one tag
first shares in tests/test_tagged_corpora.py; these are its method's.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from corpus_checks import REPO, marked_messages, truth_lines
from tagged_corpus import (
    assert_ambiguity_leaves_a_criterion_open,
    assert_every_key_carries_three_verdicts,
    builder,
    items,
)

RECKONING = REPO / "tests" / "corpus" / "reckoning"
BUILD = builder(RECKONING, "reckoning_build")  # puts the voices kit and source/reckoning.py on the path
GRID = importlib.import_module("reckoning").GRID

# A count: digits or a number word, French or English («quatorze», «un an et demi», «twenty-two», «a decade»)…
COUNT = re.compile(
    r"\d|\b(une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante"
    r"|demi|quelques|plusieurs|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|decade|half|a few|several)\b"
)
# … of a unit of time or of study («mois», «ans», «semestres», «weeks», «summers»)…
UNIT = re.compile(
    r"\b(mois|ans?|années?|semaines?|semestres?|jours?|months?|years?|weeks?|semesters?|days?|summers?"
    r"|winters?|terms?)\b"
)
# … or a word that names a time relative to now or to the calendar: «il y a», «depuis», «l'an dernier»,
# «la rentrée», «la Toussaint», «cette année», «last year», «ago», «since». Plain dates in digits are a count
# of nothing: a message whose words are only a date («juin 2025») does not pass without a unit.
# An age written in English without its unit («I'm 26», «at 22», «aged 45»).
AGE = re.compile(r"\b(i'?m|i am|aged?|at) \d\d\b")
RELATIVE = re.compile(
    r"\b(il y a|depuis|derni(er|ère)|passée?|prochaine?|rentrée|toussaint|noël|été|hiver|automne|printemps"
    r"|cette année|ago|last|next|since|into|this year|dans|plus que|il me reste)\b"
)


def _written_applications() -> list[Any]:
    return [i for i in items(BUILD, RECKONING) if i.m.truth["kind"] == "application"]


def _reckoning(words: str) -> bool:
    """The carrying words hold a reckoning: a count with a unit of time or study (an age is a count of «ans»),
    or a word placing the fact relative to now or to the calendar."""
    text = " ".join(words.split()).lower()
    return bool((COUNT.search(text) and UNIT.search(text)) or AGE.search(text) or RELATIVE.search(text))


def test_the_grid_has_twelve_reckonings() -> None:
    assert len(GRID) == 12


def test_most_facts_are_carried_by_a_reckoning() -> None:
    written = _written_applications()
    plain = [i.words for i in written if not _reckoning(i.words)]
    assert len(written) - len(plain) >= 0.85 * len(written), plain


def test_every_message_shows_its_arithmetic_in_a_reckoned_comment() -> None:
    assert marked_messages(RECKONING, "reckoned") == len(truth_lines(RECKONING))


def test_a_reckoning_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_leaves_a_criterion_open(RECKONING, "Feature", truth_lines(RECKONING), at_least=25)


def test_every_reckoning_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(truth_lines(RECKONING), "feature", GRID)
