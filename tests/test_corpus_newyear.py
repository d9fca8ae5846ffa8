"""The newyear corpus (tests/corpus/newyear): it was written by its own method — THE TURN OF THE YEAR FIRST.
The Pro'pulse inbox from Monday 28 December 2026 to Friday 29 January 2027, each message read and labelled on
the day it arrived (`read_on`, its Date's own day: the reading month is December 2026 for the 28th–31st,
January 2027 after); every application given first the way its writer places her deciding fact in time around
the year's turn, drawn from a grid of twelve keys fixed before any message (words relative to the year, the
year ahead, the December just past, January now, the two-year limit turning with the month, school years
against civil years, resolutions and wishes, winter exams and juries, the holidays' gap, mail written for
someone, the same in English, and the season's other mail), then its deciding fact, then the mail; above each
message a `# route:` comment says where the deciding facts sit and the decision.

Tuned on since stop 57, after its first figure (see its LICENCE.md). The checks every corpus written one tag
first shares are in tests/test_tagged_corpora.py; these are its method's: the grid fixed with each key's
forms, marks, rule and distractors, each key's share, the verdicts' balance, the kinds, questions, CVs,
HTML-only bodies and referrals, the English share, every Date between 28 December 2026 and 29 January 2027 but
none on New Year's Day and each truth line read on its Date's day, Dates rising inside each batch's days,
replies in our thread quoting us, no application threaded, the season's other mail never applying, referrals
labelled with the applicant's contacts and never the referrer's, every phone and email of a label standing in
what was sent, nobody applying twice, each writer's half failing and leaving open every criterion, the build
refusing a label its own reading month contradicts on either side of the year's turn, and a byte-for-byte
rebuild."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from corpus_checks import assert_rebuilt_byte_for_byte
from corpus_method import (
    MethodCorpus,
    assert_ambiguity_within_the_writers_bounds,
    assert_contacts_stand_in_what_was_sent,
    assert_each_rule_says,
    assert_each_writer_fails_and_leaves_open,
    assert_nobody_applies_twice,
    assert_referrals_name_the_applicant,
    assert_replies_in_our_thread,
    batch_named,
    graduation_label,
    written_in_english,
)

CORPUS = MethodCorpus("newyear")  # its build puts the voices kit and source/newyear.py on the path
NEWYEAR = CORPUS.path
_GRID = CORPUS.grid_module
_BUILD = CORPUS.build
BATCH = _GRID.PER_BATCH  # messages a batch; batches 01–04 are writer A's, 05–08 writer B's
OTHER_KEY = _GRID.OTHER_KEY
PLACINGS = tuple(key for key in _GRID.GRID if key != OTHER_KEY)  # the keys whose messages apply

# What each key's rule decides: a few words the rule of the grid must say.
RULES = {
    "last_year_words": ("2025 read on 28–31 December, 2026 read in January", "«l'an dernier» is over"),
    "year_ahead": ("is studies not finished", "is not yet a situation (meets)"),
    "december_past": ("graduation 2026-12 (meets)", "meets its criterion"),
    "january_now": ("fails its criterion", "is not yet a situation (meets)"),
    "limit_turning": ("2024-12 meets and 2024-11 fails", "2025-01 meets and 2024-12 fails"),
    "school_year": ("is a school year running", "a semester validated is no diploma"),
    "resolutions": ("a wish or a resolution is no fact", "is a career change"),
    "winter_results": ("leaves studies_finished open", "fails it when courses or exams are still to sit"),
    "holidays_gap": ("relative days count from the Date's day", "not on the day it was begun"),
    "written_for_newyear": ("the person presented is the applicant", "never the referrer's", "forwarded_by"),
    "english_newyear": ("on read_on", "language en"),
    "newyear_other_mail": ("never an application", "auto_reply", "reply", "question"),
}
DECISIONS = r"(eligible|to_verify|not_eligible|question|reply|auto_reply|bounce|newsletter|other)"


def test_the_grid_has_twelve_placings_in_time_each_with_its_forms_marks_rule_and_distractors() -> None:
    assert set(CORPUS.grid) == set(RULES) and len(CORPUS.grid) == 12
    for key, entry in CORPUS.grid.items():
        assert all((entry.description, entry.forms, entry.marks, entry.rule, entry.distractors)), key
    assert {_GRID.ENGLISH_KEY, _GRID.REFERRAL_KEY, OTHER_KEY} <= set(CORPUS.grid)
    assert sorted(_GRID.BATCH_DAYS) == [f"{n:02d}" for n in range(1, 9)]
    days = [day for span in _GRID.BATCH_DAYS.values() for day in span]
    assert days == sorted(days) and days[0] == _GRID.FIRST_DAY and days[-1] == _GRID.LAST_DAY


def test_each_key_s_rule_says_how_its_label_is_read_on_its_side_of_the_year() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_every_message_says_where_its_deciding_facts_sit_and_its_decision() -> None:
    routes = CORPUS.routes()
    assert len(routes) == len(CORPUS.lines)
    told = zip(routes, CORPUS.lines, strict=True)
    untold = [t["file"] for r, t in told if not re.search(rf"→ .*\b{DECISIONS}\b", r)]
    assert not untold, untold


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_within_the_writers_bounds(CORPUS)


def test_every_batch_holds_twenty_five_messages_from_its_own_source_file() -> None:
    assert CORPUS.batch_sizes() == [BATCH] * 8


def test_every_message_is_dated_across_the_year_s_turn_and_read_on_its_own_day() -> None:
    assert len(CORPUS.written) == _GRID.N_MESSAGES
    wrong = [
        t["file"]
        for item, t in CORPUS.keyed()
        if t["read_on"] != item.m.date[:10]
        or not _GRID.FIRST_DAY <= t["read_on"] <= _GRID.LAST_DAY
        or t["read_on"] == _GRID.NO_MAIL_DAY
    ]
    assert not wrong, wrong
    december = sum(t["read_on"].startswith("2026-12") for t in CORPUS.lines)
    low, high = _GRID.DECEMBER_MESSAGES
    assert low <= december <= high, december
    assert len({t["read_on"] for t in CORPUS.lines}) >= 30  # nearly every day of the five weeks reads mail


def test_every_key_writes_its_share_of_applications_and_other_mail() -> None:
    apps = Counter(t["feature"] for _, t in CORPUS.applications())
    low, high = _GRID.PER_KEY_APPLICATIONS
    off = {key: apps[key] for key in PLACINGS if not low <= apps[key] <= high}
    assert not off, off
    drift = {k: apps[k] for k, (n, _) in _GRID.MIX.items() if abs(apps[k] - n) > _GRID.TOLERANCE}
    assert not drift, drift
    others = [t for t in CORPUS.lines if t["kind"] != "application"]
    assert sum(t["feature"] == OTHER_KEY for t in others) >= _GRID.OTHER_OF_OTHER_KEY
    low, high = _GRID.OTHER_MAIL
    assert low <= len(others) <= high, len(others)


def test_the_season_s_other_mail_never_applies() -> None:
    assert not [t["file"] for _, t in CORPUS.applications(OTHER_KEY)]


def test_the_verdicts_kinds_questions_cvs_and_html_bodies_are_the_writers_bars() -> None:
    lines = CORPUS.lines
    apps = [t for _, t in CORPUS.applications()]
    low, high = _GRID.N_APPLICATIONS
    assert low <= len(apps) <= high, len(apps)
    verdicts = Counter(t["verdict"] for t in apps)
    off = {v: verdicts[v] for v, (lo, hi) in _GRID.VERDICTS.items() if not lo <= verdicts[v] <= hi}
    assert not off, verdicts
    kinds = Counter(t["kind"] for t in lines)
    assert set(kinds) == {"application", "question", "reply", "auto_reply", "bounce", "newsletter", "other"}
    assert kinds["question"] >= _GRID.QUESTIONS, kinds
    with_cv = [t for t in apps if t.get("cv_format")]
    assert _GRID.WITH_ATTACHMENT <= len(with_cv) <= len(apps) / 4, len(with_cv)
    html_only = [item for item in CORPUS.written if item.m.html == "only"]
    assert len(html_only) >= _GRID.HTML_ONLY, len(html_only)


def test_english_applications_are_written_in_english_and_labelled_so() -> None:
    apps = CORPUS.applications()
    english = [(item, t) for item, t in apps if t.get("language") == "en"]
    low, high = _GRID.ENGLISH_SHARE
    assert low <= len(english) / len(apps) <= high, len(english)
    assert not [t["file"] for item, t in english if not written_in_english(item.m.body)]
    key = _GRID.ENGLISH_KEY
    assert not [t["file"] for _, t in CORPUS.applications(key) if t.get("language") != "en"]


def test_a_referral_names_the_applicant_and_her_own_contacts_never_the_referrer_s() -> None:
    assert not [t["file"] for _, t in CORPUS.applications(_GRID.REFERRAL_KEY) if not t.get("forwarded_by")]
    assert_referrals_name_the_applicant(CORPUS)


def test_the_dates_rise_inside_each_batch_s_days() -> None:
    moments = [_BUILD.when(item.m.date) for item in CORPUS.written]
    assert moments == sorted(moments)
    days = _GRID.BATCH_DAYS
    outside = [
        t["file"]
        for item, t in CORPUS.keyed()
        if not days[batch_named(t, BATCH)][0] <= item.m.date[:10] <= days[batch_named(t, BATCH)][1]
    ]
    assert not outside, outside


def test_every_mail_of_the_year_s_turn_is_dated_on_paris_winter_time() -> None:
    assert _BUILD.rfc_date("2026-12-28 08:00") == "Mon, 28 Dec 2026 08:00:00 +0100"
    assert _BUILD.rfc_date("2027-01-29 23:50") == "Fri, 29 Jan 2027 23:50:00 +0100"


def test_a_reply_answers_our_mail_in_our_thread_and_no_application_is_threaded() -> None:
    assert_replies_in_our_thread(CORPUS)


def test_every_phone_and_email_of_a_label_stands_in_what_was_sent() -> None:
    assert_contacts_stand_in_what_was_sent(CORPUS)


def test_nobody_applies_twice() -> None:
    assert_nobody_applies_twice(CORPUS)


def test_each_writer_fails_every_criterion_three_times_and_leaves_each_open_once() -> None:
    assert_each_writer_fails_and_leaves_open(CORPUS)


def _checked(truth: dict[str, Any], day: str) -> None:
    """The build's checks of one application's label read on ``day`` (its month the count's origin)."""
    _BUILD.voices_build.TODAY = _BUILD.reading_month(day)
    _BUILD.voices_build.check_truth("test", type("Mail", (), {"truth": truth})())
    _BUILD.check_on_day("test", truth)


def test_a_licence_of_december_2024_is_recent_read_on_30_december_2026_and_no_more_on_4_january() -> None:
    _checked(graduation_label("2024-12"), "2026-12-30")
    _checked(graduation_label("2024-11", failing=("graduation_recent",)), "2026-12-30")
    _checked(graduation_label("2024-12", failing=("graduation_recent",)), "2027-01-04")
    _checked(graduation_label("2025-01"), "2027-01-04")
    wrong = (("2024-12", ("graduation_recent",), "2026-12-30"), ("2024-11", (), "2026-12-30"),
             ("2024-12", (), "2027-01-04"), ("2025-01", ("graduation_recent",), "2027-01-04"))
    for grad, failing, day in wrong:
        with pytest.raises(AssertionError):
            _checked(graduation_label(grad, failing=failing), day)


def test_a_year_alone_2024_stays_open_in_december_and_fails_in_january_while_2025_meets_on_both() -> None:
    _checked(graduation_label("2024", unknown=("graduation_recent",)), "2026-12-31")
    _checked(graduation_label("2024", failing=("graduation_recent",)), "2027-01-02")
    _checked(graduation_label("2025"), "2026-12-28")
    _checked(graduation_label("2025"), "2027-01-29")
    wrong = (("2024", (), (), "2026-12-31"), ("2024", ("graduation_recent",), (), "2026-12-31"),
             ("2024", (), ("graduation_recent",), "2027-01-02"), ("2024", (), (), "2027-01-02"))
    for grad, failing, unknown, day in wrong:
        with pytest.raises(AssertionError):
            _checked(graduation_label(grad, failing=failing, unknown=unknown), day)


def test_no_message_is_read_on_new_year_s_day() -> None:
    with pytest.raises(AssertionError):
        _GRID.read_on("2027-01-01 10:00")
    assert _GRID.read_on("2026-12-31 23:59") == "2026-12-31"
    assert _GRID.reading_month("2027-01-02 00:10") == (2027, 1)


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(NEWYEAR, tmp_path)
