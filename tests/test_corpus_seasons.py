"""The seasons corpus (tests/corpus/seasons): it was written by its own method — A YEAR OF THE PROGRAMME'S
INBOX, eight batches of four days from December 2025 to February 2027, each message read and labelled on its
batch's reading day (`read_on`, the Monday ending the batch), not on 2026-11-26. A grid of twelve keys of the
moving date (a dated diploma, a month without its year, a relative year, a school year, exams and results, a
placement's end, a beginning, season words, durations from now, CV periods, the season's other mail, English
applications) was fixed first; above each message a `# route:` comment says where the deciding facts sit and
the decision, and for a message whose label would differ read on 2026-11-26 (`flips`), what it would be.

Tuned on since stop 53, after its first figure (see its LICENCE.md). The checks every corpus written one tag
first shares are in tests/test_tagged_corpora.py; these are its method's: the grid fixed with each key's
forms, marks, rule and distractors, each key's share, the verdicts' balance, the English share, the flips'
share, each truth line's reading day its batch's, Dates rising inside each batch's days and never after its
reading day, replies in our thread quoting us, no application threaded, each writer failing and leaving open
every criterion, the build refusing a label its reading day contradicts, and a byte-for-byte rebuild."""

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
    assert_each_rule_says,
    batch_named,
    text_of,
    written_in_english,
)

CORPUS = MethodCorpus("seasons")  # its build puts the voices kit and source/seasons.py on the path
SEASONS = CORPUS.path
_GRID = CORPUS.grid_module
_BUILD = CORPUS.build
BATCH = _GRID.PER_BATCH  # messages a batch; batches 01–04 are writer A's, 05–08 writer B's
DATED_KEYS = tuple(key for key in _GRID.GRID if key not in ("season_other_mail", _GRID.ENGLISH_KEY))

# What each key's rule decides: a few words the rule of the grid must say.
RULES = {
    "diploma_age": ("months_ago", "a year alone Y", "else open"),
    "month_no_year": ("the occurrence the tense points to from read_on",),
    "relative_year": ("counted from read_on's year",),
    "academic_year": ("September to June", "studies not finished"),
    "exams_and_results": ("ahead of read_on", "studies not finished"),
    "placement_end": ("an end after read_on", "on or before read_on"),
    "beginning": ("ahead of read_on is not yet a situation",),
    "season_words": ("the season's months from read_on",),
    "counted_from_now": ("the month read_on − or + the duration",),
    "cv_periods": ("what runs on read_on", "an open end runs"),
    "season_other_mail": ("never an application", "auto_reply", "reply", "question"),
    "english_seasons": ("on read_on", "language en"),
}
DECISIONS = r"(eligible|to_verify|not_eligible|question|reply|auto_reply|auto-reply|bounce|newsletter|other)"
QUOTED = r"^>|a écrit :|wrote:|^De ?: |^From: "


def test_the_grid_has_twelve_keys_each_with_its_forms_marks_rule_and_distractors() -> None:
    assert set(CORPUS.grid) == set(RULES) and len(CORPUS.grid) == 12
    for key, entry in CORPUS.grid.items():
        assert all((entry.description, entry.forms, entry.marks, entry.rule, entry.distractors)), key
    assert _GRID.ENGLISH_KEY in CORPUS.grid
    assert sorted(_GRID.READ_ON) == sorted(_GRID.BATCH_DAYS) == [f"{n:02d}" for n in range(1, 9)]


def test_each_key_s_rule_says_how_the_reading_day_decides() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_every_message_says_where_its_facts_sit_and_a_flip_what_it_would_be_on_2026_11_26() -> None:
    routes = CORPUS.routes()
    assert len(routes) == len(CORPUS.lines)
    told = list(zip(routes, CORPUS.lines, strict=True))
    untold = [t["file"] for r, t in told if not re.search(rf"→ .*\b{DECISIONS}\b", r)]
    assert not untold, untold
    unsaid = [t["file"] for r, t in told if t["flips"] and "2026-11-26" not in r]
    assert not unsaid, unsaid


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_within_the_writers_bounds(CORPUS)


def test_every_batch_holds_twenty_five_messages_from_its_own_source_file() -> None:
    assert CORPUS.batch_sizes() == [BATCH] * 8


def test_every_truth_line_is_read_on_its_batch_s_reading_day() -> None:
    wrong = [t["file"] for t in CORPUS.lines if t["read_on"] != _GRID.READ_ON[batch_named(t, BATCH)]]
    assert not wrong, wrong


def test_every_key_writes_its_share_of_applications_and_other_mail() -> None:
    apps = Counter(t["feature"] for _, t in CORPUS.applications())
    low, high = _GRID.PER_KEY_APPLICATIONS
    off = {key: apps[key] for key in DATED_KEYS if not low <= apps[key] <= high}
    assert not off, off
    low, high = _GRID.ENGLISH_APPLICATIONS
    assert low <= apps[_GRID.ENGLISH_KEY] <= high, apps
    assert apps["season_other_mail"] == 0
    others = [t for t in CORPUS.lines if t["kind"] != "application"]
    low, high = _GRID.SEASON_OTHER_MAIL
    assert low <= sum(t["feature"] == "season_other_mail" for t in others) <= high
    low, high = _GRID.OTHER_MAIL
    assert low <= len(others) <= high, len(others)


def test_the_verdicts_kinds_and_counts_balance_over_the_year() -> None:
    lines = CORPUS.lines
    assert len(lines) == _GRID.N_MESSAGES
    apps = [t for _, t in CORPUS.applications()]
    low, high = _GRID.N_APPLICATIONS
    assert low <= len(apps) <= high, len(apps)
    verdicts = Counter(t["verdict"] for t in apps)
    off = {v: verdicts[v] for v, (lo, hi) in _GRID.VERDICTS.items() if not lo <= verdicts[v] <= hi}
    assert not off, verdicts
    kinds = Counter(t["kind"] for t in lines)
    assert set(kinds) == {"application", "question", "reply", "auto_reply", "bounce", "newsletter", "other"}
    attached = [item for item in CORPUS.written if item.m.cv is not None]
    assert len(attached) <= _GRID.WITH_ATTACHMENT, len(attached)


def test_at_least_a_third_of_the_applications_read_otherwise_on_2026_11_26() -> None:
    apps = [t for _, t in CORPUS.applications()]
    flips = [t for t in apps if t["flips"]]
    assert len(flips) >= _GRID.FLIPS_SHARE * len(apps), (len(flips), len(apps))
    assert not [t["file"] for t in CORPUS.lines if t["flips"] and t["kind"] != "application"]
    for first, last in (("01", "04"), ("05", "08")):
        half = [t for t in apps if first <= batch_named(t, BATCH) <= last]
        assert sum(t["flips"] for t in half) >= _GRID.FLIPS_SHARE * len(half), first


def test_english_applications_are_written_in_english_and_labelled_so() -> None:
    english = [(item, t) for item, t in CORPUS.applications() if t.get("language") == "en"]
    low, high = _GRID.ENGLISH_APPLICATIONS
    assert low <= len(english) <= high, len(english)
    assert not [t["file"] for item, t in english if not written_in_english(item.m.body)]
    assert not [t["file"] for _, t in CORPUS.applications(_GRID.ENGLISH_KEY) if t.get("language") != "en"]


def test_the_dates_rise_inside_each_batch_s_days_and_never_pass_its_reading_hour() -> None:
    moments = [_BUILD.when(item.m.date) for item in CORPUS.written]
    assert moments == sorted(moments)
    days = _GRID.BATCH_DAYS
    outside = [
        t["file"]
        for item, t in CORPUS.keyed()
        if not days[batch_named(t, BATCH)][0] <= item.m.date[:10] <= days[batch_named(t, BATCH)][1]
        or item.m.date >= f"{t['read_on']} {_GRID.LAST_HOUR}"
    ]
    assert not outside, outside


def test_a_mail_of_may_is_dated_on_summer_time_and_one_of_march_before_the_change_on_winter_time() -> None:
    assert _BUILD.rfc_date("2026-05-18 09:00").endswith("+0200")
    assert _BUILD.rfc_date("2026-03-23 09:00").endswith("+0100")
    assert _BUILD.rfc_date("2026-10-26 09:00").endswith("+0100")


def test_a_reply_answers_our_mail_in_our_thread_and_no_application_is_threaded() -> None:
    replies = [(item, t) for item, t in CORPUS.keyed() if t["kind"] == "reply"]
    assert len(replies) >= 6
    off = [
        t["file"]
        for item, t in replies
        if not item.m.headers.get("In-Reply-To", "").endswith("@animafac.net>")
        or not re.search(QUOTED, item.m.body, re.I | re.M)
    ]
    assert not off, off
    threading = {"In-Reply-To", "References"}
    assert not [t["file"] for item, t in CORPUS.applications() if threading & set(item.m.headers)]


def test_the_season_s_other_mail_never_applies() -> None:
    assert not [t["file"] for _, t in CORPUS.applications("season_other_mail")]


def test_every_phone_and_email_of_a_label_stands_in_what_was_sent() -> None:
    unsent = [
        t["file"]
        for item, t in CORPUS.applications()
        if (t["phone"] and t["phone"][-8:] not in re.sub(r"\D", "", text_of(item)))
        or (t["email"] and t["email"].lower() not in (item.m.frm + text_of(item)).lower())
    ]
    assert not unsent, unsent


def test_each_writer_fails_every_criterion_three_times_and_leaves_each_open_once() -> None:
    for first, last in (("01", "04"), ("05", "08")):
        half = [t for _, t in CORPUS.applications() if first <= batch_named(t, BATCH) <= last]
        failing = Counter(c for t in half for c in t["failing"])
        unknown = Counter(c for t in half for c in t["unknown"])
        assert len(failing) == 7 and min(failing.values()) >= 3, (first, failing)
        assert len(unknown) == 7, (first, unknown)


def _checked_on(day: tuple[int, int], truth: dict[str, Any]) -> None:
    """The build's checks of one application's label on the reading month `day`."""
    saved = _BUILD.voices_build.TODAY
    _BUILD.voices_build.TODAY = day
    try:
        _BUILD.voices_build.check_truth("test", type("Mail", (), {"truth": truth})())
        _BUILD.check_on_day("test", truth)
    finally:
        _BUILD.voices_build.TODAY = saved


def _label(grad: str, failing: tuple[str, ...] = (), unknown: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"kind": "application", "bac_plus": 3, "graduation": grad, "phone": None,
            "failing": list(failing), "unknown": list(unknown)}


def test_a_licence_of_june_2024_is_recent_read_in_march_2026_and_refused_as_recent_in_july_2026() -> None:
    _checked_on((2026, 3), _label("2024-06"))
    with pytest.raises(AssertionError):
        _checked_on((2026, 7), _label("2024-06"))
    _checked_on((2026, 7), _label("2024-06", failing=("graduation_recent",)))


def test_a_year_alone_meets_stays_open_or_fails_by_the_reading_day() -> None:
    _checked_on((2025, 12), _label("2024"))
    _checked_on((2026, 7), _label("2024", unknown=("graduation_recent",)))
    _checked_on((2027, 2), _label("2024", failing=("graduation_recent",)))
    for wrong in (_label("2024"), _label("2024", failing=("graduation_recent",))):
        with pytest.raises(AssertionError):
            _checked_on((2026, 7), wrong)


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(SEASONS, tmp_path)
