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

from pathlib import Path

import pytest
from corpus_checks import assert_rebuilt_byte_for_byte
from corpus_method import (
    MethodCorpus,
    assert_a_grid_of_twelve_named,
    assert_ambiguity_within_the_writers_bounds,
    assert_contacts_stand_in_what_was_sent,
    assert_each_rule_says,
    assert_each_writer_fails_and_leaves_open,
    assert_every_key_writes_its_share,
    assert_every_route_tells_its_decision,
    assert_nobody_applies_twice,
    assert_read_on_its_date_s_day,
    assert_referrals_name_the_applicant,
    assert_replies_in_our_thread,
    assert_the_build_keeps_and_refuses,
    assert_the_dates_rise_inside_each_batch,
    assert_the_english_share,
    assert_the_other_key_never_applies,
    assert_the_referral_key_all_referred,
    assert_within_the_writers_bars,
    eight_batches_rising,
    graduation_label,
    written_in_english,
)

CORPUS = MethodCorpus("newyear")  # its build puts the voices kit and source/newyear.py on the path
NEWYEAR = CORPUS.path
_GRID = CORPUS.grid_module
_BUILD = CORPUS.build
BATCH = _GRID.PER_BATCH  # messages a batch; batches 01–04 are writer A's, 05–08 writer B's
OTHER_KEY = _GRID.OTHER_KEY

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


def test_the_grid_has_twelve_placings_in_time_each_with_its_forms_marks_rule_and_distractors() -> None:
    assert_a_grid_of_twelve_named(CORPUS, RULES, {_GRID.ENGLISH_KEY, _GRID.REFERRAL_KEY, OTHER_KEY})
    days = eight_batches_rising(_GRID.BATCH_DAYS)
    assert days[0] == _GRID.FIRST_DAY and days[-1] == _GRID.LAST_DAY


def test_each_key_s_rule_says_how_its_label_is_read_on_its_side_of_the_year() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_every_message_says_where_its_deciding_facts_sit_and_its_decision() -> None:
    assert_every_route_tells_its_decision(CORPUS)


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_within_the_writers_bounds(CORPUS)


def test_every_batch_holds_twenty_five_messages_from_its_own_source_file() -> None:
    assert CORPUS.batch_sizes() == [BATCH] * 8


def test_every_message_is_dated_across_the_year_s_turn_and_read_on_its_own_day() -> None:
    def a_reading_day(day: str) -> bool:
        return _GRID.FIRST_DAY <= day <= _GRID.LAST_DAY and day != _GRID.NO_MAIL_DAY

    assert_read_on_its_date_s_day(CORPUS, a_reading_day, days=30)  # nearly every day of the five weeks
    december = sum(t["read_on"].startswith("2026-12") for t in CORPUS.lines)
    low, high = _GRID.DECEMBER_MESSAGES
    assert low <= december <= high, december


def test_every_key_writes_its_share_of_applications_and_other_mail() -> None:
    assert_every_key_writes_its_share(CORPUS)


def test_the_season_s_other_mail_never_applies() -> None:
    assert_the_other_key_never_applies(CORPUS)


def test_the_verdicts_kinds_questions_cvs_and_html_bodies_are_the_writers_bars() -> None:
    assert_within_the_writers_bars(CORPUS)


def test_english_applications_are_written_in_english_and_labelled_so() -> None:
    assert_the_english_share(CORPUS, written_in_english)


def test_a_referral_names_the_applicant_and_her_own_contacts_never_the_referrer_s() -> None:
    assert_the_referral_key_all_referred(CORPUS)
    assert_referrals_name_the_applicant(CORPUS)


def test_the_dates_rise_inside_each_batch_s_days() -> None:
    assert_the_dates_rise_inside_each_batch(CORPUS, _GRID.BATCH_DAYS)


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


def test_a_licence_of_december_2024_is_recent_read_on_30_december_2026_and_no_more_on_4_january() -> None:
    recent = ("graduation_recent",)
    assert_the_build_keeps_and_refuses(
        CORPUS,
        kept=(
            (graduation_label("2024-12"), "2026-12-30"),
            (graduation_label("2024-11", failing=recent), "2026-12-30"),
            (graduation_label("2024-12", failing=recent), "2027-01-04"),
            (graduation_label("2025-01"), "2027-01-04"),
        ),
        refused=(
            (graduation_label("2024-12", failing=recent), "2026-12-30"),
            (graduation_label("2024-11"), "2026-12-30"),
            (graduation_label("2024-12"), "2027-01-04"),
            (graduation_label("2025-01", failing=recent), "2027-01-04"),
        ),
    )


def test_a_year_alone_2024_stays_open_in_december_and_fails_in_january_while_2025_meets_on_both() -> None:
    recent = ("graduation_recent",)
    assert_the_build_keeps_and_refuses(
        CORPUS,
        kept=(
            (graduation_label("2024", unknown=recent), "2026-12-31"),
            (graduation_label("2024", failing=recent), "2027-01-02"),
            (graduation_label("2025"), "2026-12-28"),
            (graduation_label("2025"), "2027-01-29"),
        ),
        refused=(
            (graduation_label("2024"), "2026-12-31"),
            (graduation_label("2024", failing=recent), "2026-12-31"),
            (graduation_label("2024", unknown=recent), "2027-01-02"),
            (graduation_label("2024"), "2027-01-02"),
        ),
    )


def test_no_message_is_read_on_new_year_s_day() -> None:
    with pytest.raises(AssertionError):
        _GRID.read_on("2027-01-01 10:00")
    assert _GRID.read_on("2026-12-31 23:59") == "2026-12-31"
    assert _GRID.reading_month("2027-01-02 00:10") == (2027, 1)


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(NEWYEAR, tmp_path)
