"""The mixtures corpus (tests/corpus/mixtures): it was written by its own method — MIXTURES FIRST. Every
message carries the marks of two kinds of mail at once, in a way chosen first from a grid of twelve (a reply
to our bulk mail, a forward, a job board's relay, a web form's notification, a bounce quoted in a resend, an
out-of-office wrapped round human words, a question turning into an application, a newcomer in one of our
threads, an unsubscribe with more, a partner's or employer's mail presenting a graduate, human words in a
machine's envelope, the same in English), and the label follows what the message is for: the human words
decide over the wrapper, the applicant is the one who joins, reached where they can be reached (never a
noreply sender). Its truth says which mixture and which fact; above each message a `# mixture:` comment says
what wraps it, what the words do, the kind and the decision.

Tuned on since stop 42, after its first figure (see its LICENCE.md). Its scores, floors, build and truth are
checked with every corpus's (bench/corpora.py, tests/test_corpus_scores.py), the checks every corpus written
one tag first shares in tests/test_tagged_corpora.py (English share, replies in our thread…); these are its
method's.
"""

from __future__ import annotations

import re
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from corpus_checks import assert_rebuilt_byte_for_byte, marked_messages
from corpus_method import KINDS, MethodCorpus, assert_each_rule_says
from tagged_corpus import (
    ambiguous_marks,
    assert_ambiguity_leaves_a_criterion_open,
    assert_every_key_carries_three_verdicts,
)

CORPUS = MethodCorpus("mixtures")  # its build puts the voices kit and source/mixtures.py on the path
MIXTURES = CORPUS.path
GRID = CORPUS.grid

# Every message of a key shows its wrapper: per key, a pattern that must appear in its headers, subject or
# body (case aside) — the second kind of mail the message carries, whatever the kind its label gives.
WRAPPERS: dict[str, str] = {
    "reply_to_bulk": r"^(subject: (re|tr|fwd?) ?:)|list-unsubscribe: |d[ée]sinscri|d[ée]sabonn|unsubscribe|"
    r"ne plus recevoir|répondez stop",
    "forwarded": r"^subject: (tr|fwd?|fw) ?:|transf[ée]r|forwarded|message d'origine|"
    r"fais suivre|faire suivre",
    "job_board_relay": r"^from: .*(no-?reply|ne-pas-repondre|notification|donotreply|alerte?s?@)|via |"
    r"ne répondez pas|do not reply|candidat",
    "form_notification": r"formulaire|form submission|\b(nom|name|e-?mail|message)\s*:|→",
    "bounce_then_resent": r"remis|introuvable|undeliverable|delivery|failed|échec|rejet|rejected|distribué|"
    r"mailer-daemon|postmaster|n'est pas passé|renvo",
    "auto_reply_wrapped": r"^auto-submitted: |automati|absent|out of office|congé|vacances|déplacement|"
    r"répondeur",
    "question_turning": r"\?",
    "thread_newcomer": r"^subject: re ?:",
    "unsubscribe_and_more": r"stop|d[ée]sinscri|d[ée]sabonn|retir|unsubscribe|ne plus|plus consult|remove|"
    r"supprim|arrêter",
    "partner_or_employer_mixed": r"confidenti|présent|offre|convention|facture|recrut|partenari|introduc|"
    r"lettre|siret|logo|signature|adresse pro|suivez-nous|www\.|destiné",
    "machine_wrapped": r"transcription|numéris|scan|accept|a été lu|iphone|android|accusé|read receipt|"
    r"agenda|calendar|voicemail|envoyé de mon|sent from my|sms|refusé|invitation",
    "english_mixtures": r"fwd|forward|out of office|automatic|via |unsubscribe|name:|message:|wrote|reply",
}

# What each mixture's rule decides: a few words the rule of the grid must say (what settles the kind).
RULES = {
    "reply_to_bulk": ("words on top decide the kind", "counts for nothing"),
    "forwarded": ("forwarded text says who applies", "forwarded_by"),
    "job_board_relay": ("never the noreply sender", "newsletter"),
    "form_notification": ("fields are the person's words", "test submission"),
    "bounce_then_resent": ("counts for nothing", "is a bounce"),
    "auto_reply_wrapped": ("own paragraph asking to join", "is an auto-reply"),
    "question_turning": ("applies", "is a question"),
    "thread_newcomer": ("is a reply", "is an application"),
    "unsubscribe_and_more": ("decides nothing", "alone is other"),
    "partner_or_employer_mixed": ("referral", "is other"),
    "machine_wrapped": ("human words inside decide", "is other"),
    "english_mixtures": ("human words decide", "language en"),
}

# Addresses no applicant is reached at: a platform's, a form tool's, a machine's or our own.
NOREPLY = re.compile(
    r"no-?reply|ne-pas-repondre|notification|mailer-daemon|postmaster|wordpress@|scan@|messagerie|"
    r"@animafac\.net$",
    flags=re.IGNORECASE,
)


def _shown(item: Any) -> str:
    m = item.m
    head = [f"from: {m.frm}", f"subject: {m.subject}", *[f"{k.lower()}: {v}" for k, v in m.headers.items()]]
    return "\n".join([*head, m.body, m.cv.text if m.cv else ""])


def test_the_grid_has_twelve_mixtures_each_with_its_forms_its_rule_and_distractors() -> None:
    assert len(GRID) == 12
    assert (
        set(GRID)
        == set(WRAPPERS)
        == set(RULES)
        == {
            "reply_to_bulk",
            "forwarded",
            "job_board_relay",
            "form_notification",
            "bounce_then_resent",
            "auto_reply_wrapped",
            "question_turning",
            "thread_newcomer",
            "unsubscribe_and_more",
            "partner_or_employer_mixed",
            "machine_wrapped",
            "english_mixtures",
        }
    )
    for key, mixture in GRID.items():
        assert mixture.description and mixture.rule and mixture.distractors, key
        assert mixture.forms_en, key  # every mixture can come in English
        assert mixture.forms_fr or key == "english_mixtures", key
    assert not GRID["english_mixtures"].forms_fr


def test_each_mixture_s_rule_says_what_settles_the_kind() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_every_message_says_what_wraps_it_what_the_words_do_and_the_kind() -> None:
    told = rf".+→ .*\b{KINDS}\b"
    assert marked_messages(MIXTURES, "mixture", told) == len(CORPUS.lines)


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    lines = CORPUS.lines
    assert_ambiguity_leaves_a_criterion_open(MIXTURES, "Feature", lines, at_least=20)
    assert sum(ambiguous_marks(MIXTURES, "Feature")) <= 40


def test_every_mixture_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(CORPUS.lines, "feature", GRID)


def test_every_message_shows_its_wrapper() -> None:
    written = CORPUS.written
    assert len(written) == len(CORPUS.lines)
    bare = [
        (i.feature, i.m.subject)
        for i in written
        if not re.search(WRAPPERS[i.feature], _shown(i), flags=re.IGNORECASE | re.MULTILINE)
    ]
    assert not bare, bare


def test_no_applicant_is_reached_at_a_noreply_a_platform_or_our_own_address() -> None:
    lines = CORPUS.lines
    apps = [t for t in lines if t["kind"] == "application"]
    assert len(apps) >= 140
    wrong = [t["file"] for t in apps if t["email"] and NOREPLY.search(t["email"])]
    assert not wrong, wrong
    # and a mail sent by such an address names its applicant's address, or none, never the sender's
    relayed = [
        i
        for i in CORPUS.written
        if i.m.truth["kind"] == "application" and NOREPLY.search(parseaddr(i.m.frm)[1])
    ]
    assert len(relayed) >= 15, len(relayed)
    assert not [i.m.subject for i in relayed if i.m.truth["email"] == "from"]


def test_the_machines_speak_as_machines_do() -> None:
    written = CORPUS.written
    auto = [i for i in written if i.m.truth["kind"] == "auto_reply"]
    bulk = [i for i in written if i.m.truth["kind"] == "newsletter"]
    bounced = [i for i in written if i.m.truth["kind"] == "bounce"]
    assert len(auto) >= 6 and len(bulk) >= 5 and len(bounced) >= 4, (len(auto), len(bulk), len(bounced))
    assert not [i.m.subject for i in auto if i.m.headers.get("Auto-Submitted", "").lower() != "auto-replied"]
    assert not [i.m.subject for i in bulk if "List-Unsubscribe" not in i.m.headers]
    assert not [i.m.subject for i in bounced if i.m.bounce is None]  # a delivery report (multipart/report)
    # an Auto-Submitted header on a mail a person wrote anyway: the human words decide
    assert [i for i in written if i.m.truth["kind"] == "application" and "Auto-Submitted" in i.m.headers]


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(MIXTURES, tmp_path)
