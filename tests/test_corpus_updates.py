"""The updates corpus (tests/corpus/updates): it was written by its own method — THE SAME PEOPLE WRITING
AGAIN. Every person of it writes two or three mails, in arrival order, and her facts change between them in
one of twelve ways chosen first — a diploma obtained since, a placement over, a situation begun, a search
turned, a fact corrected, contacts changed, her own mail below a new text, answers in our thread, a relaunch,
a third party then herself, the same in English, the other mail of the same conversations. Each message is
labelled by what it says, read alone, on 2026-11-26: the newer fact wins over the older one quoted below it.
Its truth says which way, which fact and which person; above each message a `# route:` comment says where the
older and the newer facts sit, which wins, the kind and the decision.

Tuned on since stop 51, after its first figure (see its LICENCE.md). The checks every corpus written one
tag first shares are in tests/test_tagged_corpora.py (English share, replies in our thread…); these are
its method's: the grid fixed with each way's forms, marks, rule and distractors, the counts and balance
its writers set, every person writing two or three mails with rising dates, her facts changing between
them, each label's contacts standing in what was sent, and each way's own marks really in its mails."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from corpus_checks import assert_rebuilt_byte_for_byte
from corpus_method import (
    MethodCorpus,
    assert_a_grid_of_twelve,
    assert_ambiguity_within_the_writers_bounds,
    assert_each_rule_says,
    assert_every_route_told,
    assert_fourteen_messages_a_key,
    assert_other_mail_mostly_other_and_referred,
    assert_the_english_share,
    assert_the_writers_balance,
    text_of,
    written_in_english,
)

CORPUS = MethodCorpus("updates")  # its build puts the voices kit and source/updates.py on the path
UPDATES = CORPUS.path
_GRID_MODULE = CORPUS.grid_module
_WHEN = CORPUS.build.when  # a source date («DD HH:MM» in November, «MM-DD HH:MM» otherwise) as a moment

# What each way's rule decides: a few words the rule of the grid must say (which fact wins).
RULES = {
    "diploma_since": ("each mail is labelled on its own", "the diploma's month is the graduation"),
    "placement_over_since": ("the newest text gives wins",),
    "situation_began_since": ("kind other, not an application",),
    "search_turned": ("the aim the newest text gives wins",),
    "fact_corrected": ("the correction wins",),
    "contacts_changed": ("the newest contacts",),
    "own_mail_below": ("counts as hers", "the new text wins"),
    "answers_in_our_thread": ("kind reply with no fields", "outside the thread"),
    "relaunch": ("labelled from what it carries", "is a question"),
    "third_party_then_self": ("`forwarded_by=`", "her own facts winning"),
    "english_updates": ("language en",),
    "updates_other_mail": ("what the mail is for", "`forwarded_by=`"),
}

# The words each way's LATER mails carry (a person's second or third mail): what tells the change.
LATER_MARKS = {
    "situation_began_since": r"commenc|début|signé|démarr|repris|intégr|trouvé|started|began|begun|joined",
    "search_turned": r"finalement|après réflexion|plutôt|désormais|changé d'avis|changer de métier|reconver"
    r"|instead|decided|changed my mind|career change",
    "fact_corrected": r"trompée?|erreur|erratum|correction|rectifi|corrig|précision|meant|mistake",
    "contacts_changed": r"nouveau|nouvelle|changé|désormais|plus valable|ferm|écrivez-moi|s'écrit"
    r"|new (?:number|address|name)|married|no longer",
    "own_mail_below": r"^>|message d'origine|fwd:|forwarded|transféré|a écrit :|wrote:",
    "relaunch": r"relanc|sans réponse|pas eu de retour|sans nouvelles|following up|follow up"
    r"|reviens vers vous",
}
RESULT_WORDS = r"validé|obtenu|officiel|admise?|reçue?|diplômée?|soutenu|graduated|passed"
PLACEMENT_WORDS = r"stage|service civique|alternance|apprentissage|CDD|mission|internship"
QUOTED = r"^>|message d'origine|a écrit :|wrote:|Forwarded|transféré"


def _sent(item: Any) -> str:
    """Everything the person sent: From, Reply-To, subject, body and attached document."""
    return "\n".join([item.m.frm, item.m.headers.get("Reply-To", ""), text_of(item)])


def _people() -> dict[str, list[tuple[Any, dict[str, Any]]]]:
    """Each person's (item, truth) in build order, which is the order her mails arrive."""
    people: dict[str, list[tuple[Any, dict[str, Any]]]] = defaultdict(list)
    for item, t in CORPUS.keyed():
        people[t["person"]].append((item, t))
    return people


def _later(key: str) -> list[tuple[Any, dict[str, Any]]]:
    """The mails of `key` that are not their person's first."""
    return [
        (item, t) for mails in _people().values() for item, t in mails[1:] if t["feature"] == key
    ]


def _unmarked(pairs: list[tuple[Any, dict[str, Any]]], pattern: str) -> list[str]:
    return [t["file"] for item, t in pairs if not re.search(pattern, text_of(item), re.I | re.M)]


def test_the_grid_has_twelve_ways_each_with_its_forms_marks_rule_and_distractors() -> None:
    assert_a_grid_of_twelve(CORPUS, RULES)


def test_each_way_s_rule_says_which_fact_wins() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_every_message_says_where_its_older_and_newer_facts_sit_and_its_kind() -> None:
    assert_every_route_told(CORPUS)


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_within_the_writers_bounds(CORPUS)


def test_every_way_carries_fourteen_messages_three_verdicts_and_other_mail() -> None:
    assert_fourteen_messages_a_key(CORPUS)


def test_the_counts_and_the_balance_of_verdicts_and_kinds_are_the_writers() -> None:
    assert_the_writers_balance(
        CORPUS, referrals=_GRID_MODULE.REFERRALS, attached=_GRID_MODULE.WITH_ATTACHMENT
    )


def test_the_english_share_holds_and_the_english_way_is_english() -> None:
    assert_the_english_share(CORPUS, written_in_english)


def test_every_person_writes_two_or_three_mails_in_one_batch() -> None:
    low, high = _GRID_MODULE.MAILS_A_PERSON
    people = _people()
    wrong = {p: len(mails) for p, mails in people.items() if not low <= len(mails) <= high}
    assert not wrong, wrong
    # a person's mails all in one writer's batch: the 25 messages of a batch are consecutive in build order
    spread = [p for p, mails in people.items() if len({int(t["file"][:4]) // 25 for _, t in mails}) != 1]
    assert not spread, spread
    assert len(people) >= 70


def test_a_person_s_mails_arrive_in_order_with_rising_dates_none_after_today() -> None:
    today = datetime(2026, 11, 26, 23, 59)
    unordered = [
        p for p, mails in _people().items()
        if [_WHEN(i.m.date) for i, _ in mails] != sorted({_WHEN(i.m.date) for i, _ in mails})
    ]
    assert not unordered, unordered
    dates = [_WHEN(item.m.date) for item in CORPUS.written]
    assert max(dates) <= today
    assert sum(d.month in (10, 11) for d in dates) >= 0.85 * len(dates)


def test_a_person_s_facts_mostly_change_between_her_applications() -> None:
    # the label's facts and contacts differ between two of her applications, but for a mail resent unchanged
    def facts(t: dict[str, Any]) -> tuple[Any, ...]:
        keys = ("first_name", "last_name", "email", "phone", "bac_plus", "graduation", "verdict")
        return (*(t[k] for k in keys), tuple(t["failing"]), tuple(t["unknown"]))

    twice = [
        [t for _, t in mails if t["kind"] == "application"]
        for mails in _people().values()
        if sum(t["kind"] == "application" for _, t in mails) >= 2
    ]
    changed = [apps for apps in twice if len({facts(t) for t in apps}) > 1]
    assert len(twice) >= 40
    assert len(changed) >= 0.8 * len(twice), len(changed)


def test_every_phone_and_email_of_a_label_stands_in_what_was_sent() -> None:
    unsent = [
        t["file"]
        for item, t in CORPUS.applications()
        if (t["phone"] and t["phone"][-8:] not in re.sub(r"\D", "", text_of(item)))
        or (t["email"] and t["email"].lower() not in _sent(item).lower())
    ]
    assert not unsent, unsent


def test_a_diploma_obtained_since_is_told_by_a_word_of_its_result() -> None:
    over = [
        (item, t) for item, t in CORPUS.applications("diploma_since")
        if t["graduation"] and "studies_finished" not in t["failing"] + t["unknown"]
    ]
    assert len(over) >= 4
    assert not _unmarked(over, RESULT_WORDS)


def test_every_mail_of_a_placement_over_names_its_placement() -> None:
    assert not _unmarked(CORPUS.of("placement_over_since"), PLACEMENT_WORDS)


def test_the_later_mails_of_a_way_carry_the_words_of_its_change() -> None:
    # her later applications, withdrawals and replies tell the change; an auto-reply, a bounce or a bare
    # question between her mails need not
    told = ("application", "other", "reply")
    unmarked = {
        key: _unmarked([(i, t) for i, t in _later(key) if t["kind"] in told], pattern)
        for key, pattern in LATER_MARKS.items()
    }
    assert not {key: files for key, files in unmarked.items() if files}, unmarked
    assert all(len(_later(key)) >= 4 for key in LATER_MARKS)


def test_her_own_mail_below_is_quoted_or_forwarded_in_her_later_mails() -> None:
    later = _later("own_mail_below")
    quoted = [t["file"] for item, t in later if re.search(QUOTED, item.m.body, re.I | re.M)]
    assert len(quoted) >= 0.8 * len(later)


def test_an_answer_in_our_thread_is_a_reply_to_us_quoting_us() -> None:
    replies = [(item, t) for item, t in CORPUS.keyed() if t["kind"] == "reply"]
    off = [
        t["file"]
        for item, t in replies
        if not item.m.headers.get("In-Reply-To", "").endswith("@animafac.net>")
        or not re.search(QUOTED + r"|Pro'pulse", item.m.body, re.I | re.M)
    ]
    assert not off, off
    assert sum(t["feature"] == "answers_in_our_thread" for _, t in replies) >= 6
    # and a few answers given in a NEW mail, outside the thread, are applications
    assert CORPUS.applications("answers_in_our_thread")


def test_a_third_party_then_herself_gives_each_person_a_referral_and_a_mail_of_her_own() -> None:
    people = defaultdict(set)
    for item, t in CORPUS.applications("third_party_then_self"):
        people[t["person"]].add(bool(t.get("forwarded_by")))
        assert not t.get("forwarded_by") or t["email"] != parseaddr(item.m.frm)[1], t["file"]
    assert len(people) >= 6
    lonely = [p for p, sides in people.items() if sides != {True, False}]
    assert not lonely, lonely


def test_the_other_mail_way_is_mostly_other_mail_and_its_applications_are_referrals() -> None:
    assert_other_mail_mostly_other_and_referred(CORPUS, "updates_other_mail")


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(UPDATES, tmp_path)
