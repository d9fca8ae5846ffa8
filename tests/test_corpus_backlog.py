"""The backlog corpus (tests/corpus/backlog), written by its own method — READ LATER THAN WRITTEN.
The Pro'pulse inbox from Monday 1 to Friday 19 March 2027, each message read and labelled on a day chosen
first for it (`read_on`): its Date's own day, or one of seven later days (22 and 26 March, 2, 9, 16, 23 and
30 April 2027), as when the service stopped, a message sat in quarantine, or the coordinator re-read a
backlog. Every application is given first a key from a grid of twelve fixed before any message (read on its
day, an end between the Date and the reading day, an end after it, a start between, the two-year limit
crossing, a result between, relative past words, weekdays and yearless dates, a plan of dated steps, a third
party writing, the same in English, and the other mail read late), then its reading day, then its deciding
fact, then the mail; above each message a `# read:` comment says its Date's day, its reading day and what
changed between, and a `# route:` comment where the deciding facts sit and the decision.

Never tuned on (see its LICENCE.md). The checks every corpus written one tag first shares are in
tests/test_tagged_corpora.py; these are its method's: the grid fixed with each key's forms, marks, rule and
distractors, each key's share, the verdicts' balance, the kinds, questions, CVs, HTML-only bodies and
referrals, the English share, every Date between 1 and 19 March 2027 and rising inside its batch's days,
every reading day its Date's day or one of the seven later days and never before the Date, the control key
read on its own day, the shares read later and read two weeks or more later, the other mail never applying,
referrals labelled with the applicant's contacts and never the writer's, every phone and email of a label
standing in what was sent, nobody applying twice, each writer's half failing and leaving open every
criterion, the build refusing a label its READING month's count or the year-alone rule contradicts and a
reading day off the seven or before the Date, and a byte-for-byte rebuild."""

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

CORPUS = MethodCorpus("backlog")  # its build puts the voices kit and source/backlog.py on the path
BACKLOG = CORPUS.path
_GRID = CORPUS.grid_module
_BUILD = CORPUS.build
BATCH = _GRID.PER_BATCH  # messages a batch; batches 01–04 are writer A's, 05–08 writer B's
OTHER_KEY = _GRID.OTHER_KEY
DELAYS = tuple(key for key in _GRID.GRID if key != OTHER_KEY)  # the keys whose messages apply

# What each key's rule decides: a few words the rule of the grid must say.
RULES = {
    "same_day": ("counts from the Date, which is also the reading day", "a jury ahead leaves studies open"),
    "end_between": ("on or before the reading day", "over and its criterion meets", "extended past"),
    "end_after": ("lies after the reading day", "held and its criterion fails"),
    "start_between": (
        "a certain start on or before the reading day", "open (unknown)", "not yet a situation"
    ),
    "limit_crossing": ("counted from the READING month", "2025-03 meets and 2025-02", "2025-04 meets"),
    "result_between": ("still unknown", "studies_finished open", "already obtained"),
    "relative_past": ("counts from the Date", "whatever the reading day"),
    "weekdays_yearless": ("placed by the Date and the tense", "then judged on the reading day"),
    "planned_steps": ("each step placed by the Date", "the steps ahead are plans"),
    "written_for_later": ("the person presented is the applicant", "never the writer's", "forwarded_by"),
    "english_later": ("as in French", "language en"),
    "later_other_mail": ("its kind does not change with the day", "auto_reply", "question"),
}
DECISIONS = r"(eligible|to_verify|not_eligible|question|reply|auto_reply|bounce|newsletter|other)"
READ = re.compile(r"^\s*# read: (\d{4}-\d\d-\d\d) → (\d{4}-\d\d-\d\d): \S.*$", re.M)


def _gap(item: Any, truth: dict[str, Any]) -> int:
    """Days from a message's Date to its reading day."""
    return int(_GRID.gap_days(item.m.date, truth["read_on"]))


def test_the_grid_has_twelve_keys_each_with_its_forms_marks_rule_and_distractors() -> None:
    assert set(CORPUS.grid) == set(RULES) and len(CORPUS.grid) == 12
    for key, entry in CORPUS.grid.items():
        assert all((entry.description, entry.forms, entry.marks, entry.rule, entry.distractors)), key
    assert {_GRID.ENGLISH_KEY, _GRID.REFERRAL_KEY, _GRID.SAME_DAY_KEY, OTHER_KEY} <= set(CORPUS.grid)
    assert sorted(_GRID.BATCH_DAYS) == [f"{n:02d}" for n in range(1, 9)]
    days = [day for span in _GRID.BATCH_DAYS.values() for day in span]
    assert days == sorted(days) and days[0] == _GRID.FIRST_DAY and days[-1] == _GRID.LAST_DAY
    assert len(_GRID.LATER_DAYS) == 7 and min(_GRID.LATER_DAYS) > _GRID.LAST_DAY


def test_each_key_s_rule_says_how_its_label_is_read_on_the_reading_day() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_every_message_says_where_its_deciding_facts_sit_and_its_decision() -> None:
    routes = CORPUS.routes()
    assert len(routes) == len(CORPUS.lines)
    told = zip(routes, CORPUS.lines, strict=True)
    untold = [t["file"] for r, t in told if not re.search(rf"→ .*\b{DECISIONS}\b", r)]
    assert not untold, untold


def test_every_message_says_its_date_s_day_its_reading_day_and_what_changed_between() -> None:
    sources = sorted((BACKLOG / "source").glob("batch*.py"))
    said = [pair for p in sources for pair in READ.findall(p.read_text("utf-8"))]
    assert len(said) == len(CORPUS.lines)
    wrong = [
        t["file"]
        for (day, read), (item, t) in zip(said, CORPUS.keyed(), strict=True)
        if (day, read) != (item.m.date[:10], t["read_on"])
    ]
    assert not wrong, wrong


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_within_the_writers_bounds(CORPUS)


def test_every_batch_holds_twenty_five_messages_from_its_own_source_file() -> None:
    assert CORPUS.batch_sizes() == [BATCH] * 8


def test_every_message_is_dated_from_1_to_19_march_2027() -> None:
    assert len(CORPUS.written) == _GRID.N_MESSAGES
    first, last = _GRID.FIRST_DAY, _GRID.LAST_DAY
    outside = [t["file"] for item, t in CORPUS.keyed() if not first <= item.m.date[:10] <= last]
    assert not outside, outside


def test_every_message_is_read_on_its_date_s_day_or_one_of_the_seven_later_days_never_before() -> None:
    wrong = [
        t["file"]
        for item, t in CORPUS.keyed()
        if (t["read_on"] != item.m.date[:10] and t["read_on"] not in _GRID.LATER_DAYS)
        or t["read_on"] < item.m.date[:10]
    ]
    assert not wrong, wrong
    assert set(_GRID.LATER_DAYS) <= {t["read_on"] for t in CORPUS.lines}  # each later day reads mail


def test_the_control_key_is_read_on_its_own_day_and_the_others_mostly_later() -> None:
    late = [t["file"] for item, t in CORPUS.of(_GRID.SAME_DAY_KEY) if t["read_on"] != item.m.date[:10]]
    assert not late, late
    apps = CORPUS.applications()
    later = [t for item, t in apps if _gap(item, t) > 0]
    weeks = [t for item, t in apps if _gap(item, t) >= _GRID.LATE_GAP]
    assert len(later) >= _GRID.LATER_SHARE * len(apps), len(later)
    assert len(weeks) >= _GRID.LATE_SHARE * len(apps), len(weeks)
    other = [t for item, t in CORPUS.of(OTHER_KEY) if _gap(item, t) > 0]
    assert other, "some other mail is read late"


def test_every_key_writes_its_share_of_applications_and_other_mail() -> None:
    apps = Counter(t["feature"] for _, t in CORPUS.applications())
    low, high = _GRID.PER_KEY_APPLICATIONS
    off = {key: apps[key] for key in DELAYS if not low <= apps[key] <= high}
    assert not off, off
    drift = {k: apps[k] for k, (n, _) in _GRID.MIX.items() if abs(apps[k] - n) > _GRID.TOLERANCE}
    assert not drift, drift
    others = [t for t in CORPUS.lines if t["kind"] != "application"]
    assert all(t["feature"] == OTHER_KEY for t in others)
    low, high = _GRID.OTHER_MAIL
    assert low <= len(others) <= high, len(others)


def test_the_other_mail_read_late_never_applies() -> None:
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


def test_a_referral_names_the_applicant_and_her_own_contacts_never_the_writer_s() -> None:
    referrals = [t for _, t in CORPUS.applications() if t.get("forwarded_by")]
    assert len(referrals) >= _GRID.REFERRALS, len(referrals)
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


def test_every_mail_of_1_to_19_march_is_dated_on_paris_winter_time() -> None:
    assert _BUILD.rfc_date("2027-03-01 08:00") == "Mon, 01 Mar 2027 08:00:00 +0100"
    assert _BUILD.rfc_date("2027-03-19 23:50") == "Fri, 19 Mar 2027 23:50:00 +0100"


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
    _BUILD.voices_build.TODAY = _GRID.reading_month(day)
    _BUILD.voices_build.check_truth("test", type("Mail", (), {"truth": truth})())
    _BUILD.check_on_day("test", truth)


def test_a_diploma_of_march_2025_meets_read_in_march_2027_and_fails_read_in_april() -> None:
    _checked(graduation_label("2025-03"), "2027-03-26")
    _checked(graduation_label("2025-03", failing=("graduation_recent",)), "2027-04-02")
    _checked(graduation_label("2025-02", failing=("graduation_recent",)), "2027-03-01")
    _checked(graduation_label("2025-04"), "2027-04-30")
    wrong = (("2025-03", ("graduation_recent",), "2027-03-22"), ("2025-03", (), "2027-04-09"),
             ("2025-02", (), "2027-03-19"))
    for grad, failing, day in wrong:
        with pytest.raises(AssertionError):
            _checked(graduation_label(grad, failing=failing), day)


def test_a_year_alone_2025_stays_open_in_march_and_april_2027_while_2024_fails_and_2026_meets() -> None:
    for day in ("2027-03-22", "2027-04-30"):
        _checked(graduation_label("2025", unknown=("graduation_recent",)), day)
        _checked(graduation_label("2024", failing=("graduation_recent",)), day)
        _checked(graduation_label("2026"), day)
        wrong = (("2025", (), ()), ("2025", ("graduation_recent",), ()), ("2024", (), ()),
                 ("2026", (), ("graduation_recent",)))
        for grad, failing, unknown in wrong:
            with pytest.raises(AssertionError):
                _checked(graduation_label(grad, failing=failing, unknown=unknown), day)


def test_the_build_refuses_a_reading_day_off_the_seven_or_before_the_date() -> None:
    _BUILD.check_reading_day("test", "2027-03-05 10:00", "2027-03-05")
    _BUILD.check_reading_day("test", "2027-03-05 10:00", "2027-04-23")
    for date, day in (("2027-03-05 10:00", "2027-03-06"), ("2027-03-05 10:00", "2027-03-04"),
                      ("2027-03-05 10:00", "2027-05-07")):
        with pytest.raises(AssertionError):
            _BUILD.check_reading_day("test", date, day)


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(BACKLOG, tmp_path)
