"""The rentree corpus (tests/corpus/rentree): it was written by its own method — LIFE STAGE FIRST, IN THE
MONTH OF THE RENTRÉE. The Pro'pulse inbox of October 2026, each message read and labelled on the day it
arrived (`read_on`, its Date's own day); every application given first its writer's life stage, drawn from a
grid of twelve keys fixed before any message (a diploma just obtained, a first year out, a diploma near the
two-year limit, a civic service ended or running, an internship now, a return to school or a re-sit, studies
not finished, a career change, a return from abroad, someone else writing, the same stages in English, and
October's other mail), its deciding fact what that stage makes uncertain in October; above each message a
`# route:` comment says where the deciding facts sit and the decision.

Tuned on since stop 55, after its first figure (see its LICENCE.md). The checks every corpus written one tag
first shares are in tests/test_tagged_corpora.py; these are its method's: the grid fixed with each key's
forms, marks, rule and distractors, each key's share, the verdicts' balance, the kinds, CVs, HTML-only bodies
and referrals, the English share, every Date in October 2026 and each truth line read on its Date's day, Dates
rising inside each batch's days, Paris summer time ending on 25 October, replies in our thread quoting us, no
application threaded, October's other mail never applying, referrals labelled with the applicant's contacts
and never the referrer's, every phone and email of a label standing in what was sent, nobody applying twice,
each writer's half failing and leaving open every criterion, the build refusing a label its October
contradicts, and a byte-for-byte rebuild."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

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
    check_label_on_day,
    graduation_label,
    written_in_english,
)

CORPUS = MethodCorpus("rentree")  # its build puts the voices kit and source/rentree.py on the path
RENTREE = CORPUS.path
_GRID = CORPUS.grid_module
_BUILD = CORPUS.build
BATCH = _GRID.PER_BATCH  # messages a batch; batches 01–04 are writer A's, 05–08 writer B's
OTHER_KEY = _GRID.OTHER_KEY
STAGES = tuple(key for key in _GRID.GRID if key != OTHER_KEY)  # the keys whose messages apply

# What each key's rule decides: a few words the rule of the grid must say.
RULES = {
    "fresh_graduate": ("graduation that month of 2026", "leaves studies_finished open"),
    "first_year_out": ("graduation 2025", "no career change and no placement"),
    "near_the_limit": ("months_ago from 2026-10 ≤ 24 meets", "a year alone 2024 stays open"),
    "after_civic_service": ("ended on or before read_on meets", "running after read_on"),
    "internship_now": ("running after read_on fails not_internship", "is studies not finished"),
    "back_to_school": ("fail studies_finished", "results not out on read_on leave studies_finished open"),
    "not_finished": ("fails studies_finished", "graduation that month"),
    "career_change": ("is a career change", "is not"),
    "back_from_abroad": ("its French equivalent", "degree_level stays open"),
    "written_for": ("the person presented is the applicant", "never the referrer's", "``forwarded_by``"),
    "english_stage": ("on read_on", "language en"),
    "rentree_other_mail": ("never an application", "auto_reply", "reply", "question"),
}
DECISIONS = r"(eligible|to_verify|not_eligible|question|reply|auto_reply|bounce|newsletter|other)"


def test_the_grid_has_twelve_life_stages_each_with_its_forms_marks_rule_and_distractors() -> None:
    assert set(CORPUS.grid) == set(RULES) and len(CORPUS.grid) == 12
    for key, entry in CORPUS.grid.items():
        assert all((entry.description, entry.forms, entry.marks, entry.rule, entry.distractors)), key
    assert {_GRID.ENGLISH_KEY, OTHER_KEY, _GRID.REFERRAL_KEY} <= set(CORPUS.grid)
    assert sorted(_GRID.BATCH_DAYS) == [f"{n:02d}" for n in range(1, 9)]
    assert all(first.startswith(_GRID.MONTH) and last.startswith(_GRID.MONTH)
               for first, last in _GRID.BATCH_DAYS.values())


def test_each_key_s_rule_says_how_its_label_is_read_in_october() -> None:
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


def test_every_message_is_dated_in_october_2026_and_read_on_its_own_day() -> None:
    assert len(CORPUS.written) == _GRID.N_MESSAGES
    wrong = [
        t["file"]
        for item, t in CORPUS.keyed()
        if t["read_on"] != item.m.date[:10] or not t["read_on"].startswith(_GRID.MONTH)
    ]
    assert not wrong, wrong
    assert len({t["read_on"] for t in CORPUS.lines}) >= 28  # nearly every day of the month reads mail


def test_every_key_writes_its_share_of_applications_and_other_mail() -> None:
    apps = Counter(t["feature"] for _, t in CORPUS.applications())
    low, high = _GRID.PER_KEY_APPLICATIONS
    off = {key: apps[key] for key in STAGES if not low <= apps[key] <= high}
    assert not off, off
    drift = {k: apps[k] for k, (n, _) in _GRID.MIX.items() if abs(apps[k] - n) > _GRID.TOLERANCE}
    assert not drift, drift
    others = [t for t in CORPUS.lines if t["kind"] != "application"]
    assert sum(t["feature"] == OTHER_KEY for t in others) >= _GRID.OTHER_OF_OTHER_KEY
    low, high = _GRID.OTHER_MAIL
    assert low <= len(others) <= high, len(others)


def test_october_s_other_mail_never_applies() -> None:
    assert not [t["file"] for _, t in CORPUS.applications(OTHER_KEY)]


def test_the_verdicts_kinds_cvs_and_html_bodies_are_the_writers_bars() -> None:
    lines = CORPUS.lines
    apps = [t for _, t in CORPUS.applications()]
    low, high = _GRID.N_APPLICATIONS
    assert low <= len(apps) <= high, len(apps)
    verdicts = Counter(t["verdict"] for t in apps)
    off = {v: verdicts[v] for v, (lo, hi) in _GRID.VERDICTS.items() if not lo <= verdicts[v] <= hi}
    assert not off, verdicts
    kinds = Counter(t["kind"] for t in lines)
    assert set(kinds) == {"application", "question", "reply", "auto_reply", "bounce", "newsletter", "other"}
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
    assert_referrals_name_the_applicant(CORPUS)
    key = _GRID.REFERRAL_KEY
    assert not [t["file"] for _, t in CORPUS.applications(key) if not t.get("forwarded_by")]


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


def test_a_mail_before_the_25th_is_dated_on_summer_time_and_one_after_the_change_on_winter_time() -> None:
    assert _BUILD.rfc_date("2026-10-24 23:30").endswith("+0200")
    assert _BUILD.rfc_date("2026-10-25 02:30").endswith("+0200")
    assert _BUILD.rfc_date("2026-10-25 09:00").endswith("+0100")
    assert _BUILD.rfc_date("2026-10-31 18:00").endswith("+0100")


def test_a_reply_answers_our_mail_in_our_thread_and_no_application_is_threaded() -> None:
    assert_replies_in_our_thread(CORPUS)


def test_every_phone_and_email_of_a_label_stands_in_what_was_sent() -> None:
    assert_contacts_stand_in_what_was_sent(CORPUS)


def test_nobody_applies_twice() -> None:
    assert_nobody_applies_twice(CORPUS)


def test_each_writer_fails_every_criterion_three_times_and_leaves_each_open_once() -> None:
    assert_each_writer_fails_and_leaves_open(CORPUS)


def test_a_licence_of_october_2024_is_still_recent_in_october_2026_and_one_of_september_2024_is_not() -> None:
    check_label_on_day(CORPUS, graduation_label("2024-10"))
    check_label_on_day(CORPUS, graduation_label("2024-09", failing=("graduation_recent",)))
    for wrong in (
        graduation_label("2024-10", failing=("graduation_recent",)),
        graduation_label("2024-09"),
        graduation_label("2024-06"),
    ):
        with pytest.raises(AssertionError):
            check_label_on_day(CORPUS, wrong)


def test_a_year_alone_2024_stays_open_2025_meets_and_2023_fails_read_in_october_2026() -> None:
    check_label_on_day(CORPUS, graduation_label("2024", unknown=("graduation_recent",)))
    check_label_on_day(CORPUS, graduation_label("2025"))
    check_label_on_day(CORPUS, graduation_label("2023", failing=("graduation_recent",)))
    for wrong in (
        graduation_label("2024"),
        graduation_label("2024", failing=("graduation_recent",)),
        graduation_label("2023"),
    ):
        with pytest.raises(AssertionError):
            check_label_on_day(CORPUS, wrong)


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(RENTREE, tmp_path)
