"""The registers corpus (tests/corpus/registers): it was written by its own method (invariance sets: one set
of facts told three times, a formal letter, a plain email and a third register, with one label), and the
reader gives all three tellings the same right answer in as many sets as first measured.

Tuned on since stop 21 (see its LICENCE.md). `python bench/score_contrast.py --corpus
registers` prints its scores and its consistency. Its floors, build and truth are checked with every
corpus's in tests/test_corpus_scores.py (bench/corpora.py).
"""

from __future__ import annotations

import email
import re
from collections import Counter, defaultdict
from email import policy
from email.message import EmailMessage
from typing import Any

from corpus_checks import assert_mix, corpus_named, extracted, truth_lines
from score_contrast import consistency

REGISTERS = corpus_named("registers")
THIRD = {"sms", "english", "third_person", "fiche"}


def sets() -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for t in truth_lines(REGISTERS.directory):
        grouped[t["group"]].append(t)
    return grouped


def body(name: str) -> str:
    msg = email.message_from_bytes((REGISTERS.directory / name).read_bytes(), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    part = msg.get_body(preferencelist=("plain", "html"))
    return part.get_content() if part is not None else ""


def trigrams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def test_the_reader_gives_all_three_tellings_the_right_answer_in_as_many_sets_as_first_measured() -> None:
    whole, groups = consistency(REGISTERS.directory, extracted(REGISTERS.directory))
    assert REGISTERS.min_consistency is not None
    assert whole / groups >= REGISTERS.min_consistency, f"{whole}/{groups}"


def test_every_set_is_told_as_a_formal_letter_a_plain_email_and_one_other_register() -> None:
    grouped = sets()
    assert len(grouped) >= 70
    for group, tellings in grouped.items():
        files = sorted(t["file"] for t in tellings)
        assert files == [f"{group}{x}.eml" for x in "abc"], files
        registers = [t["register"] for t in sorted(tellings, key=lambda t: t["file"])]
        assert registers[:2] == ["formal", "plain"] and registers[2] in THIRD, (group, registers)


def test_the_three_tellings_of_a_set_carry_one_label() -> None:
    shared = ("kind", "verdict", "failing", "unknown", "bac_plus", "first_name", "last_name")
    for group, tellings in sets().items():
        labels = {(repr([t.get(k) for k in shared]), (t.get("graduation") or "")[:4]) for t in tellings}
        assert len(labels) == 1, (group, labels)


def test_the_registers_corpus_is_seven_tenths_applications_with_every_verdict_and_every_kind() -> None:
    assert_mix(REGISTERS.directory, per_verdict=20, applications=(0.65, 0.75))


def test_each_third_register_tells_at_least_eight_sets_and_english_tellings_are_labelled_english() -> None:
    lines = truth_lines(REGISTERS.directory)
    third = Counter(t["register"] for t in lines if t["file"].endswith("c.eml"))
    assert min(third[r] for r in THIRD) >= 8, third
    english = [t for t in lines if t["register"] == "english" and t["kind"] in ("application", "question")]
    assert english and all(t.get("language") == "en" for t in english)


def test_the_tellings_of_a_set_are_worded_apart_not_copy_edited() -> None:
    """Share of the shorter telling's word trigrams found in the other (names, phones, dates included)."""
    shares = {}
    for group, tellings in sets().items():
        words = {t["register"]: trigrams(body(t["file"])) for t in tellings}
        formal, plain = words["formal"], words["plain"]
        shares[group] = len(formal & plain) / max(1, min(len(formal), len(plain)))
    assert max(shares.values()) < 0.5, max(shares.items(), key=lambda kv: kv[1])
    assert sum(shares.values()) / len(shares) < 0.25


def test_formal_letters_are_longer_than_the_plain_emails_of_their_set() -> None:
    longer = [len(body(f"{group}a.eml")) > len(body(f"{group}b.eml")) for group in sets()]
    assert sum(longer) >= 0.9 * len(longer), Counter(longer)
