"""The stances corpus (tests/corpus/stances): it was written by its own method — STANCE FIRST. The Pro'pulse
inbox of 1–6 December 2026, EVERY message read and labelled on 2026-12-07; every application given first the
way its writer holds the fact that decides her case (her epistemic stance), drawn from a grid of twelve keys
fixed before any message (the fact said plainly, hedged, hanging on a result, asked about, misjudged by
herself, corrected in the same mail, half remembered, judged by someone else, understated or inflated,
contradicted, the same stances in English, and December's other mail that holds stances without applying),
then its deciding fact, then the mail; above each message a `# route:` comment says where the deciding facts
sit and the decision.

Tuned on since stop 56, after its first figure (see its LICENCE.md). The checks every corpus written one tag
first shares are in tests/test_tagged_corpora.py; these are its method's: the grid fixed with each key's
forms, marks, rule and distractors, each rule saying that the stance is not the label, each key's share, the
verdicts' balance, the kinds, questions, CVs, HTML-only bodies and referrals, the English share, every Date in
1–6 December 2026 and every truth line read on 2026-12-07, Dates rising inside each batch's span, replies in
our thread quoting us, no application threaded, December's other mail never applying, referrals labelled with
the applicant's contacts and never the referrer's, every phone and email of a label standing in what was sent,
nobody applying twice, each writer's half failing and leaving open every criterion, the build refusing a label
its December contradicts, and a byte-for-byte rebuild."""

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
    assert_referrals_name_the_applicant,
    assert_replies_in_our_thread,
    assert_the_build_keeps_and_refuses,
    assert_the_dates_rise_inside_each_batch,
    assert_the_english_share,
    assert_the_other_key_never_applies,
    assert_within_the_writers_bars,
    eight_batches_rising,
    graduation_label,
    written_in_english,
)

CORPUS = MethodCorpus("stances")  # its build puts the voices kit and source/stances.py on the path
STANCES = CORPUS.path
_GRID = CORPUS.grid_module
_BUILD = CORPUS.build
BATCH = _GRID.PER_BATCH  # messages a batch; batches 01–04 are writer A's, 05–08 writer B's
OTHER_KEY = _GRID.OTHER_KEY

# What each key's rule decides: a few words the rule of the grid must say.
RULES = {
    "plain_fact": ("the fact as said decides", "a year alone 2024 stays open"),
    "hedged": ("a politeness hedge on a plain fact changes nothing", "leaves its criterion open"),
    "pending_result": ("leaves studies_finished open", "is the diploma obtained that month"),
    "self_question": ("never a mere question", "the facts she tells decide"),
    "self_misjudged": ("label by the facts, never by her verdict on herself",),
    "corrected": ("the corrected fact wins", "an uncorrected slip stays"),
    "remembered_vaguely": ("what the words settle decides", "leaves the criterion open"),
    "someone_judged": ("a judgement is a claim", "a judgement alone", "never the referrer's"),
    "understated": ("the words that carry the fact decide", "never the modesty or the pride"),
    "contradicted": ("the criterion stays open", "is settled as resolved"),
    "english_stance": ("on read_on 2026-12-07", "language en"),
    "stance_other_mail": ("never an application", "auto_reply", "reply", "question"),
}


def test_the_grid_has_twelve_stances_each_with_its_forms_marks_rule_and_distractors() -> None:
    assert_a_grid_of_twelve_named(CORPUS, RULES, {_GRID.ENGLISH_KEY, OTHER_KEY})
    spans = eight_batches_rising(_GRID.BATCH_SPANS)
    assert all(_GRID.FIRST_DAY <= m[:10] <= _GRID.LAST_DAY for m in spans)


def test_each_key_s_rule_says_how_its_label_is_read_whatever_the_stance() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_every_message_says_where_its_deciding_facts_sit_and_its_decision() -> None:
    assert_every_route_tells_its_decision(CORPUS)


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_within_the_writers_bounds(CORPUS)


def test_every_batch_holds_twenty_five_messages_from_its_own_source_file() -> None:
    assert CORPUS.batch_sizes() == [BATCH] * 8


def test_every_message_is_dated_from_the_1st_to_the_6th_of_december_and_read_on_the_7th() -> None:
    assert len(CORPUS.written) == _GRID.N_MESSAGES
    assert {t["read_on"] for t in CORPUS.lines} == {_GRID.READ_ON} == {"2026-12-07"}
    days = {item.m.date[:10] for item in CORPUS.written}
    assert days == {f"2026-12-0{d}" for d in range(1, 7)}, days


def test_every_key_writes_its_share_of_applications_and_other_mail() -> None:
    assert_every_key_writes_its_share(CORPUS)


def test_december_s_other_mail_never_applies() -> None:
    assert_the_other_key_never_applies(CORPUS)


def test_the_verdicts_kinds_questions_cvs_and_html_bodies_are_the_writers_bars() -> None:
    assert_within_the_writers_bars(CORPUS)


def test_english_applications_are_written_in_english_and_labelled_so() -> None:
    assert_the_english_share(CORPUS, written_in_english)


def test_a_referral_names_the_applicant_and_her_own_contacts_never_the_referrer_s() -> None:
    assert_referrals_name_the_applicant(CORPUS)


def test_the_dates_rise_inside_each_batch_s_span() -> None:
    assert_the_dates_rise_inside_each_batch(CORPUS, _GRID.BATCH_SPANS, whole_moment=True)


def test_every_mail_of_december_is_dated_on_paris_winter_time() -> None:
    assert _BUILD.rfc_date("2026-12-01 00:05") == "Tue, 01 Dec 2026 00:05:00 +0100"
    assert _BUILD.rfc_date("2026-12-06 23:50").endswith("+0100")


def test_a_reply_answers_our_mail_in_our_thread_and_no_application_is_threaded() -> None:
    assert_replies_in_our_thread(CORPUS)


def test_every_phone_and_email_of_a_label_stands_in_what_was_sent() -> None:
    assert_contacts_stand_in_what_was_sent(CORPUS)


def test_nobody_applies_twice() -> None:
    assert_nobody_applies_twice(CORPUS)


def test_each_writer_fails_every_criterion_three_times_and_leaves_each_open_once() -> None:
    assert_each_writer_fails_and_leaves_open(CORPUS)


def test_a_licence_of_december_2024_is_recent_on_7_december_2026_and_one_of_november_2024_is_not() -> None:
    recent = ("graduation_recent",)
    assert_the_build_keeps_and_refuses(
        CORPUS,
        kept=((graduation_label("2024-12"), None), (graduation_label("2024-11", failing=recent), None)),
        refused=(
            (graduation_label("2024-12", failing=recent), None),
            (graduation_label("2024-11"), None),
            (graduation_label("2024-06"), None),
        ),
    )


def test_a_year_alone_2024_stays_open_2025_meets_and_2023_fails_read_on_7_december_2026() -> None:
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
    assert_rebuilt_byte_for_byte(STANCES, tmp_path)
