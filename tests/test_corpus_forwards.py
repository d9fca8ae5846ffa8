"""The forwards corpus (tests/corpus/forwards), written by its own method — WHAT THE MAIL CARRIES FIRST.
The Pro'pulse inbox from Monday 1 to Friday 26 February 2027, each message read and labelled on the day it
arrived (`read_on`, its Date's own day: the reading month is February 2027); every application given first
the way its deciding fact sits among the messages the mail carries, drawn from a grid of twelve keys fixed
before any message (her own mail forwarded, a school's, an adviser's, a placement's mail forwarded, a job
offer forwarded, a new text correcting the carried one, answers inline between quotes, a third party
forwarding the applicant's mail, a chain of two or three levels, a mail attached or pasted, the same in
English, and the other mail that carries mail), then its deciding fact, then the mail; above each message a
`# route:` comment says where the deciding facts sit and the decision.

Tuned on since stop 58, after its first figure (see its LICENCE.md). The checks every corpus written one tag
first shares are in tests/test_tagged_corpora.py; these are its method's: the grid fixed with each key's
forms, marks, rule and distractors, each key's share, the verdicts' balance, the kinds, questions, CVs,
HTML-only bodies, referrals and attached messages (message/rfc822), the English share, every Date between 1
and 26 February 2027 and each truth line read on its Date's day, Dates rising inside each batch's days, every
application carrying a forwarded, quoted or attached part, the build's markers never written to a mail,
replies in our thread quoting us, no application threaded, the other mail never applying, referrals labelled
with the applicant's contacts and never the forwarder's, every phone and email of a label standing in what was
sent, nobody applying twice, each writer's half failing and leaving open every criterion, the build refusing a
label the February 2027 month count or the year-alone rule contradicts, and a byte-for-byte rebuild."""

from __future__ import annotations

from email import message_from_bytes
from email.message import Message
from email.policy import default
from pathlib import Path
from typing import Any

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

CORPUS = MethodCorpus("forwards")  # its build puts the voices kit and source/forwards.py on the path
FORWARDS = CORPUS.path
_GRID = CORPUS.grid_module
_BUILD = CORPUS.build
BATCH = _GRID.PER_BATCH  # messages a batch; batches 01–04 are writer A's, 05–08 writer B's
OTHER_KEY = _GRID.OTHER_KEY

# What each key's rule decides: a few words the rule of the grid must say.
RULES = {
    "own_mail_forwarded": ("its relative words counted from ITS OWN Date", "the newer line above wins"),
    "school_mail_forwarded": ("is studies not finished", "the school's words about the programme"),
    "adviser_forwarded": ("the applicant is the forwarder", "the adviser's own diploma, post and signature"),
    "placement_forwarded": ("fails its criterion", "is not yet a situation (meets)", "an extension told"),
    "offer_forwarded": ("NOT her facts", "her own lines alone"),
    "top_corrects_below": ("the newer statement wins", "an update that only repeats stays the same fact"),
    "inline_quoted": ("her facts are her unquoted lines", "a quoted question is no fact"),
    "forwarded_by_other": ("the person presented is the applicant", "never the forwarder's", "forwarded_by"),
    "nested_chain": ("each level is read by its own Date", "who wrote each level decides whose fact"),
    "attached_message": ("read as a carried part (body)", "a CV attached is the applicant's"),
    "english_forward": ("on read_on", "language en", "counted from its own Date"),
    "forward_other_mail": ("never an application", "auto_reply", "reply", "question"),
}


def _mail(truth: dict[str, Any]) -> Message:
    return message_from_bytes((FORWARDS / truth["file"]).read_bytes(), policy=default)


def _attached_messages(mail: Message) -> list[Message]:
    """The earlier mails a built mail attaches as message/rfc822 parts."""
    return [part for part in mail.walk() if part.get_content_type() == "message/rfc822"]


def test_the_grid_has_twelve_ways_of_carrying_mail_each_with_its_forms_marks_rule_and_distractors() -> None:
    assert_a_grid_of_twelve_named(CORPUS, RULES, {_GRID.ENGLISH_KEY, _GRID.REFERRAL_KEY, OTHER_KEY})
    days = eight_batches_rising(_GRID.BATCH_DAYS)
    assert days[0] == _GRID.FIRST_DAY and days[-1] == _GRID.LAST_DAY


def test_each_key_s_rule_says_how_its_label_is_read_from_the_carried_mail() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_every_message_says_where_its_deciding_facts_sit_and_its_decision() -> None:
    assert_every_route_tells_its_decision(CORPUS)


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_within_the_writers_bounds(CORPUS)


def test_every_batch_holds_twenty_five_messages_from_its_own_source_file() -> None:
    assert CORPUS.batch_sizes() == [BATCH] * 8


def test_every_message_is_dated_in_february_2027_and_read_on_its_own_day() -> None:
    # nearly every day of the four weeks reads mail
    assert_read_on_its_date_s_day(CORPUS, lambda day: _GRID.FIRST_DAY <= day <= _GRID.LAST_DAY, days=20)


def test_every_key_writes_its_share_of_applications_and_other_mail() -> None:
    assert_every_key_writes_its_share(CORPUS)


def test_the_other_mail_that_carries_mail_never_applies() -> None:
    assert_the_other_key_never_applies(CORPUS)


def test_every_application_carries_a_forwarded_quoted_or_attached_part() -> None:
    marks = _GRID.CARRIED_MARKS
    bare = [
        t["file"]
        for item, t in CORPUS.applications()
        if not any(mark in item.m.body for mark in marks) and not _attached_messages(_mail(t))
    ]
    assert not bare, bare


def test_attached_messages_are_message_rfc822_parts_dated_before_the_mail_and_no_marker_is_sent() -> None:
    attaching = [(item, t) for item, t in CORPUS.keyed() if _GRID.ATTACH_FROM in item.m.headers]
    assert len(attaching) >= _GRID.RFC822_ATTACHED, len(attaching)
    for _, t in attaching:
        mail = _mail(t)
        inner = _attached_messages(mail)
        assert len(inner) == 1, t["file"]
        carried = inner[0].get_payload(0)
        assert carried["Date"].datetime < mail["Date"].datetime, t["file"]
    marker = _GRID.ATTACH_PREFIX.encode()
    sent = [t["file"] for t in CORPUS.lines if marker in (FORWARDS / t["file"]).read_bytes()]
    assert not sent, sent


def test_the_verdicts_kinds_questions_cvs_and_html_bodies_are_the_writers_bars() -> None:
    assert_within_the_writers_bars(CORPUS)


def test_english_applications_are_written_in_english_and_labelled_so() -> None:
    assert_the_english_share(CORPUS, written_in_english)


def test_a_referral_names_the_applicant_and_her_own_contacts_never_the_forwarder_s() -> None:
    assert_the_referral_key_all_referred(CORPUS)
    assert_referrals_name_the_applicant(CORPUS)


def test_the_dates_rise_inside_each_batch_s_days() -> None:
    assert_the_dates_rise_inside_each_batch(CORPUS, _GRID.BATCH_DAYS)


def test_every_mail_of_february_is_dated_on_paris_winter_time() -> None:
    assert _BUILD.rfc_date("2027-02-01 08:00") == "Mon, 01 Feb 2027 08:00:00 +0100"
    assert _BUILD.rfc_date("2027-02-26 23:50") == "Fri, 26 Feb 2027 23:50:00 +0100"


def test_a_reply_answers_our_mail_in_our_thread_and_no_application_is_threaded() -> None:
    assert_replies_in_our_thread(CORPUS)


def test_every_phone_and_email_of_a_label_stands_in_what_was_sent() -> None:
    assert_contacts_stand_in_what_was_sent(CORPUS)


def test_nobody_applies_twice() -> None:
    assert_nobody_applies_twice(CORPUS)


def test_each_writer_fails_every_criterion_three_times_and_leaves_each_open_once() -> None:
    assert_each_writer_fails_and_leaves_open(CORPUS)


def test_a_licence_of_february_2025_is_recent_in_february_2027_and_one_of_january_2025_is_not() -> None:
    assert_the_build_keeps_and_refuses(
        CORPUS,
        kept=(
            (graduation_label("2025-02"), "2027-02-26"),
            (graduation_label("2025-01", failing=("graduation_recent",)), "2027-02-01"),
        ),
        refused=(
            (graduation_label("2025-02", failing=("graduation_recent",)), "2027-02-10"),
            (graduation_label("2025-01"), "2027-02-10"),
        ),
    )


def test_a_year_alone_2025_stays_open_in_february_2027_while_2024_fails_and_2026_meets() -> None:
    day = "2027-02-03"
    assert_the_build_keeps_and_refuses(
        CORPUS,
        kept=(
            (graduation_label("2025", unknown=("graduation_recent",)), day),
            (graduation_label("2024", failing=("graduation_recent",)), day),
            (graduation_label("2026"), day),
        ),
        refused=(
            (graduation_label("2025"), day),
            (graduation_label("2025", failing=("graduation_recent",)), day),
            (graduation_label("2024"), day),
            (graduation_label("2026", unknown=("graduation_recent",)), day),
        ),
    )


def test_no_message_is_read_outside_february_2027() -> None:
    with pytest.raises(AssertionError):
        _GRID.read_on("2027-01-31 10:00")
    with pytest.raises(AssertionError):
        _GRID.read_on("2027-02-27 10:00")
    assert _GRID.read_on("2027-02-14 23:59") == "2027-02-14"


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(FORWARDS, tmp_path)
