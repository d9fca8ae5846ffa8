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

from pathlib import Path

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

CORPUS = MethodCorpus("rentree")  # its build puts the voices kit and source/rentree.py on the path
RENTREE = CORPUS.path
_GRID = CORPUS.grid_module
_BUILD = CORPUS.build
BATCH = _GRID.PER_BATCH  # messages a batch; batches 01–04 are writer A's, 05–08 writer B's
OTHER_KEY = _GRID.OTHER_KEY

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


def test_the_grid_has_twelve_life_stages_each_with_its_forms_marks_rule_and_distractors() -> None:
    assert_a_grid_of_twelve_named(CORPUS, RULES, {_GRID.ENGLISH_KEY, OTHER_KEY, _GRID.REFERRAL_KEY})
    assert all(day.startswith(_GRID.MONTH) for day in eight_batches_rising(_GRID.BATCH_DAYS))


def test_each_key_s_rule_says_how_its_label_is_read_in_october() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_every_message_says_where_its_deciding_facts_sit_and_its_decision() -> None:
    assert_every_route_tells_its_decision(CORPUS)


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_within_the_writers_bounds(CORPUS)


def test_every_batch_holds_twenty_five_messages_from_its_own_source_file() -> None:
    assert CORPUS.batch_sizes() == [BATCH] * 8


def test_every_message_is_dated_in_october_2026_and_read_on_its_own_day() -> None:
    # nearly every day of the month reads mail
    assert_read_on_its_date_s_day(CORPUS, lambda day: day.startswith(_GRID.MONTH), days=28)


def test_every_key_writes_its_share_of_applications_and_other_mail() -> None:
    assert_every_key_writes_its_share(CORPUS)


def test_october_s_other_mail_never_applies() -> None:
    assert_the_other_key_never_applies(CORPUS)


def test_the_verdicts_kinds_cvs_and_html_bodies_are_the_writers_bars() -> None:
    assert_within_the_writers_bars(CORPUS, questions=False)


def test_english_applications_are_written_in_english_and_labelled_so() -> None:
    assert_the_english_share(CORPUS, written_in_english)


def test_a_referral_names_the_applicant_and_her_own_contacts_never_the_referrer_s() -> None:
    assert_referrals_name_the_applicant(CORPUS)
    assert_the_referral_key_all_referred(CORPUS)


def test_the_dates_rise_inside_each_batch_s_days() -> None:
    assert_the_dates_rise_inside_each_batch(CORPUS, _GRID.BATCH_DAYS)


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
    recent = ("graduation_recent",)
    assert_the_build_keeps_and_refuses(
        CORPUS,
        kept=((graduation_label("2024-10"), None), (graduation_label("2024-09", failing=recent), None)),
        refused=(
            (graduation_label("2024-10", failing=recent), None),
            (graduation_label("2024-09"), None),
            (graduation_label("2024-06"), None),
        ),
    )


def test_a_year_alone_2024_stays_open_2025_meets_and_2023_fails_read_in_october_2026() -> None:
    recent = ("graduation_recent",)
    assert_the_build_keeps_and_refuses(
        CORPUS,
        kept=(
            (graduation_label("2024", unknown=recent), None),
            (graduation_label("2025"), None),
            (graduation_label("2023", failing=recent), None),
        ),
        refused=(
            (graduation_label("2024"), None),
            (graduation_label("2024", failing=recent), None),
            (graduation_label("2023"), None),
        ),
    )


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(RENTREE, tmp_path)
