"""The identities corpus (tests/corpus/identities): it was written by its own method — IDENTITIES FIRST. Every
message is given first the way its writer names herself and gives her contacts, chosen from a grid of twelve —
compound first names, several surnames and particles, the family name first, a name in the closing only, a
mailbox that is not the person's, usage and chosen names, phones of every form, addresses given in the body,
names of the world, a third party writing for the person, English identities, other mail full of names — and
its label's first name, last name, email and phone follow that way's rule; its eligibility facts are written
as ordinary mail. Its truth says which way and which fact; above each message a `# route:` comment says where
the name and contacts sit, where the deciding fact sits, the kind and the decision.

Tuned on since stop 50, after its first figure (see its LICENCE.md). The checks every corpus written one
tag first shares are in tests/test_tagged_corpora.py (English share, replies in our thread…); these are
its method's: the grid fixed with each way's forms, marks, rule and distractors, the counts and balance
its writers set, each label's name and contacts standing in what was sent, and each way's own marks really
in its mails."""

from __future__ import annotations

import re
import unicodedata
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

CORPUS = MethodCorpus("identities")  # its build puts the voices kit and source/identities.py on the path
IDENTITIES = CORPUS.path
_GRID_MODULE = CORPUS.grid_module

# What each way's rule decides: a few words the rule of the grid must say (what settles the label).
RULES = {
    "compound_first_names": ("the whole compound", "yields to the full form"),
    "several_surnames": ("particles and both surnames kept", "the usage name"),
    "family_name_first": ("whatever its place",),
    "name_in_closing_only": ("the From's display name", "None"),
    "mailbox_not_the_person": ("never the mailbox's display name", "asks to be answered at"),
    "usage_and_chosen_names": ("asks to be called by",),
    "phones": ("E.164", "never a parent's"),
    "addresses_in_body": ("asks to be answered at", "decoded when obfuscated"),
    "names_of_the_world": ("diacritics, apostrophes and particles kept",),
    "third_party_names": ("the label is the applicant's", "`forwarded_by=`"),
    "english_identities": ("language en",),
    "identities_other_mail": ("what the mail is for", "`forwarded_by=`"),
}

# Words a mail uses when it gives a person two names (a usage name, a chosen name, a married or birth name).
NAMING_WORDS = re.compile(
    r"appel|prénom|\bnoms?\b|surnom|\bnée?\b|naissance|mari(?:age|ée?)|call me|«\s*[\w-]+\s*»|\"[\w-]+\"",
    re.I,
)
INTRODUCTION = r"(?:je m'appelle|je suis|moi c'est|my name is|i am|i'm)\s+"


def _fold(text: str) -> str:
    """Lower case, accents and every non-letter dropped: «Ben Salah» and «bensalah» fold alike."""
    bare = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in bare if c.isalpha() and not unicodedata.combining(c))


def _sent(item: Any) -> str:
    """Everything the person sent: From, Reply-To, subject, body and attached document."""
    return "\n".join([item.m.frm, item.m.headers.get("Reply-To", ""), text_of(item)])


def _share(key: str, holds: Any) -> float:
    apps = CORPUS.applications(key)
    return sum(bool(holds(item, t)) for item, t in apps) / len(apps)


def test_the_grid_has_twelve_ways_each_with_its_forms_marks_rule_and_distractors() -> None:
    assert_a_grid_of_twelve(CORPUS, RULES)


def test_each_way_s_rule_says_what_settles_the_name_and_the_contacts() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_every_message_says_where_its_name_and_fact_sit_and_its_kind() -> None:
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


def test_every_name_in_a_label_stands_in_what_the_person_sent() -> None:
    # a first or last name the label gives is written somewhere in the From, the mail or the CV (accents,
    # case and spaces aside: the address «lea.fabre@» carries Fabre)
    unsent = [
        (t["file"], name)
        for item, t in CORPUS.applications()
        for name in (t["first_name"], t["last_name"])
        if name and _fold(name) not in _fold(_sent(item))
    ]
    assert not unsent, unsent


def test_every_phone_in_a_label_stands_in_the_mail_as_its_last_eight_digits() -> None:
    # «06 12 38 / 57 90» split across a line, «+596 696 …», «0033 6 …»: the number's digits are in the text
    unsent = [
        t["file"]
        for item, t in CORPUS.applications()
        if t["phone"] and t["phone"][-8:] not in re.sub(r"\D", "", text_of(item))
    ]
    assert not unsent, unsent


def test_every_email_in_a_label_is_the_from_a_reply_to_or_an_address_written_in_the_mail() -> None:
    def decoded(text: str) -> str:
        # «[at]», «(arobase)», «[point]», «(dot)»: the obfuscations the rule decodes
        text = re.sub(r"\s*[\[(]\s*(?:at|arobase)\s*[\])]\s*", "@", text, flags=re.I)
        return re.sub(r"\s*[\[(]\s*(?:point|dot)\s*[\])]\s*", ".", text, flags=re.I)

    unsent = [
        t["file"]
        for item, t in CORPUS.applications()
        if t["email"] and t["email"].lower() not in decoded(_sent(item)).lower()
    ]
    assert not unsent, unsent


def test_compound_first_names_are_mostly_two_words_or_hyphenated_in_the_label() -> None:
    assert _share("compound_first_names", lambda item, t: re.search(r"[\s-]", t["first_name"] or "")) >= 0.75


def test_several_surnames_label_a_surname_of_several_parts_or_name_a_birth_name() -> None:
    def holds(item: Any, t: dict[str, Any]) -> bool:
        return bool(re.search(r"[\s-]", t["last_name"] or "") or NAMING_WORDS.search(text_of(item)))

    assert _share("several_surnames", holds) == 1.0


def test_family_name_first_puts_the_surname_before_the_first_name_or_fills_a_nom_line() -> None:
    def holds(item: Any, t: dict[str, Any]) -> bool:
        last, first = re.escape(t["last_name"] or "?"), re.escape((t["first_name"] or "?").split()[0])
        before = re.search(rf"\b{last}\s+(?:\w+\s+)?{first}", _sent(item), re.I)
        return bool(before or re.search(r"\bNom\s*:", text_of(item), re.I))

    assert _share("family_name_first", holds) == 1.0
    capitals = _share("family_name_first", lambda item, t: (t["last_name"] or "").upper() in _sent(item))
    assert capitals >= 0.5


def test_a_name_given_in_the_closing_only_is_never_introduced_in_the_body() -> None:
    introduced = [
        t["file"]
        for item, t in CORPUS.applications("name_in_closing_only")
        if re.search(INTRODUCTION + re.escape(t["first_name"] or "?"), item.m.body, re.I)
    ]
    assert not introduced, introduced


def test_a_mailbox_not_the_person_s_holds_neither_her_first_nor_her_last_name() -> None:
    def named(item: Any, t: dict[str, Any]) -> bool:
        local = _fold(parseaddr(item.m.frm)[1].partition("@")[0])
        return any(part and _fold(part) in local for part in (t["first_name"], t["last_name"]))

    owned = [t["file"] for item, t in CORPUS.applications("mailbox_not_the_person") if named(item, t)]
    assert not owned, owned


def test_usage_and_chosen_names_give_one_person_two_names() -> None:
    def two_names(item: Any, t: dict[str, Any]) -> bool:
        first = t["first_name"] or ""
        other_forms = {
            w for w in re.findall(r"[\w'-]+", _sent(item)) if w != first and _fold(w)[:3] == _fold(first)[:3]
        }
        return bool(other_forms or NAMING_WORDS.search(text_of(item)))

    assert _share("usage_and_chosen_names", two_names) == 1.0


def test_the_phones_way_labels_a_phone_every_time_and_mostly_not_a_metropolitan_one() -> None:
    apps = CORPUS.applications("phones")
    assert all(t["phone"] for _, t in apps)
    assert sum(not t["phone"].startswith("+33") for _, t in apps) >= len(apps) / 2


def test_an_address_given_in_the_body_is_not_the_from_s() -> None:
    same = [
        t["file"]
        for item, t in CORPUS.applications("addresses_in_body")
        if t["email"] == parseaddr(item.m.frm)[1]
    ]
    assert not same, same


def test_names_of_the_world_mostly_carry_a_diacritic_an_apostrophe_or_several_parts() -> None:
    def marked(item: Any, t: dict[str, Any]) -> bool:
        name = f"{t['first_name'] or ''}|{t['last_name'] or ''}"
        return bool(re.search(r"[^\x00-\x7f]|'|\s|-", name))

    assert _share("names_of_the_world", marked) >= 0.5


def test_a_third_party_s_application_is_a_referral_labelled_with_the_applicant_not_the_sender() -> None:
    wrong = [
        t["file"]
        for item, t in CORPUS.applications("third_party_names")
        if not t.get("forwarded_by")
        or t["email"] == parseaddr(item.m.frm)[1]
        or _fold(f"{t['first_name']}{t['last_name']}") == _fold(parseaddr(item.m.frm)[0])
    ]
    assert not wrong, wrong


def test_the_other_mail_way_is_mostly_other_mail_and_its_applications_are_referrals() -> None:
    assert_other_mail_mostly_other_and_referred(CORPUS, "identities_other_mail")


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(IDENTITIES, tmp_path)
