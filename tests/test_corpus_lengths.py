"""The lengths corpus (tests/corpus/lengths): it was written by its own method — LENGTHS FIRST. Every message
is given first a length and a form of length, chosen from a grid of twelve — five short (a subject and
nothing else, one line, telegraphic fragments, a short note pointing to an attached document, a short
English note) and seven long (a life story, a formal cover letter, a whole CV pasted into the body, a mail
raising many practical matters, a long mail whose postscript changes a fact, a long digressive mail full of
other people's situations, a long English text) — and the deciding fact sits where that length puts it:
among the few words of a mail that says almost nothing else, or once among many other facts of a long one.
The label follows what the person wrote and means; the length never changes a fact. Its truth says which
form of length and which fact; above each message a `# length:` comment says short or long, about how many
words of the writer's own, where the fact sits, the kind and the decision.

Tuned on since stop 45, after its first figure (see its LICENCE.md). Its scores, floors, build and truth are
checked with every corpus's (bench/corpora.py, tests/test_corpus_scores.py), the checks every corpus written
one tag first shares in tests/test_tagged_corpora.py (English share, replies in our thread…); these are its
method's: that the built mails really have the lengths their keys say, and that the fact sits where the
length puts it."""

from __future__ import annotations

import email
import re
from email import policy
from email.message import EmailMessage
from functools import cache
from html import unescape
from pathlib import Path
from typing import Any

from corpus_checks import assert_rebuilt_byte_for_byte, marked_messages
from corpus_method import KINDS, MethodCorpus, assert_each_rule_says, assert_fourteen_messages_a_key
from tagged_corpus import (
    ambiguous_marks,
    assert_ambiguity_leaves_a_criterion_open,
)

CORPUS = MethodCorpus("lengths")  # its build puts the voices kit and source/lengths.py on the path
LENGTHS = CORPUS.path
_GRID_MODULE = CORPUS.grid_module
GRID = CORPUS.grid
own_text, own_words = _GRID_MODULE.own_text, _GRID_MODULE.own_words
SHORT_MAX, SUBJECT_ONLY_MAX, LONG_MIN = (
    _GRID_MODULE.SHORT_MAX,
    _GRID_MODULE.SUBJECT_ONLY_MAX,
    _GRID_MODULE.LONG_MIN,
)

SHORT = ("subject_only", "one_line", "telegraphic", "short_with_attachment", "short_english")
LONG = (
    "life_story",
    "cover_letter",
    "pasted_cv",
    "many_matters",
    "long_then_postscript",
    "long_digressive",
    "long_english",
)
# What each form's rule decides: a few words the rule of the grid must say (what settles the label).
RULES = {
    "subject_only": ("a subject's facts are the writer's", "stays open"),
    "one_line": ("every word of the line counts", "stays open"),
    "telegraphic": ("a fragment is a full fact", "the newest"),
    "short_with_attachment": ("the attached document is the applicant's text", "the newer word"),
    "short_english": ("same rules in English", "language en"),
    "life_story": ("the present state decides", "is no career"),
    "cover_letter": ("one factual clause decides", "are no fact"),
    "pasted_cv": ("the CV's lines are the applicant's facts", "is no career"),
    "many_matters": ("wherever they stand", "the friend's"),
    "long_then_postscript": ("the newest word", "corrected fact decides"),
    "long_digressive": ("other people's facts are theirs", "not an application"),
    "long_english": ("same rules in English", "language en"),
}
# The words that open a postscript, in French and English.
POSTSCRIPT = re.compile(
    r"^\s*(P\.\s?P\.\s?S\.?|P\.\s?S\.?|PPS|PS\b|Edit\b|J'oubliais|Petite précision|Précision\b|Ah et\b|"
    r"Ah, et\b|Oh et\b|Oh, et\b|Dernière chose|Ajout\b|Rectification|Correction\b|Mise à jour)",
    re.I | re.M,
)
CV_HEADINGS = re.compile(
    r"^\s*(FORMATION|EXPÉRIENCES?|COMPÉTENCES|LANGUES|CENTRES"
    " D'INTÉRÊT|EDUCATION|EXPERIENCE|SKILLS|LANGUAGES)",
    re.M | re.I,
)


@cache
def _mail(name: str) -> EmailMessage:
    msg = email.message_from_bytes((LENGTHS / name).read_bytes(), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _body(name: str) -> str:
    """The text a reader reads in the built mail: its first text/plain part that is no attachment, else its
    HTML part's text (tags dropped)."""
    parts = list(_mail(name).walk())
    for part in parts:
        if part.get_content_type() == "text/plain" and part.get_content_disposition() != "attachment":
            return str(part.get_content())  # type: ignore[attr-defined]
    for part in parts:
        if part.get_content_type() == "text/html" and part.get_content_disposition() != "attachment":
            html = str(part.get_content())  # type: ignore[attr-defined]
            html = re.sub(r"<(style|script)\b.*?</\1>", " ", html, flags=re.S | re.I)
            html = re.sub(r"<br\s*/?>|</p>|</div>|</li>|</tr>", "\n", html, flags=re.I)
            return unescape(re.sub(r"<[^>]+>", " ", html))
    return ""


def _keyed() -> list[tuple[str, Any, dict[str, Any]]]:
    files = [f"{n:04d}.eml" for n in range(len(CORPUS.written))]
    return list(zip(files, CORPUS.written, CORPUS.lines, strict=True))


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def test_the_grid_has_twelve_lengths_each_with_its_size_forms_rule_and_distractors() -> None:
    assert len(GRID) == 12
    assert set(GRID) == set(RULES) == set(SHORT) | set(LONG)
    for key, length in GRID.items():
        assert length.description and length.rule and length.distractors, key
        assert length.size == ("short" if key in SHORT else "long"), key
        assert length.forms_fr or key in {"short_english", "long_english"}, key
    for key in ("short_english", "long_english"):
        assert GRID[key].forms_en and not GRID[key].forms_fr, key
    assert (SHORT_MAX, SUBJECT_ONLY_MAX, LONG_MIN) == (40, 12, 350)


def test_each_length_s_rule_says_what_settles_the_label() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_the_writer_s_own_words_leave_out_quotes_and_the_signature() -> None:
    assert own_words("Bonjour,\nDiplômée en juin.\n> Votre message\n-- \nNom, 06 12 34 56 78") == 4
    assert own_text("a\n--\nb") == "a"


def test_every_message_says_its_length_where_the_fact_sits_and_the_kind() -> None:
    told = rf"(short|long), .+→ .*\b{KINDS}\b"
    assert marked_messages(LENGTHS, "length", told) == len(CORPUS.lines)
    # the comment's size is its key's
    pattern = re.compile(
        r"^\s*# Feature: (\w+) — .*\n(?:\s*# ambiguous: .*\n)?\s*# length: (short|long), ", re.M
    )
    sources = sorted((LENGTHS / "source").glob("batch*.py"))
    said = [m.groups() for p in sources for m in pattern.finditer(p.read_text(encoding="utf-8"))]
    assert len(said) == len(CORPUS.lines)
    wrong = [(key, size) for key, size in said if GRID[key].size != size]
    assert not wrong, wrong


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_leaves_a_criterion_open(LENGTHS, "Feature", CORPUS.lines, at_least=20)
    assert sum(ambiguous_marks(LENGTHS, "Feature")) <= 40


def test_every_length_carries_fourteen_messages_three_verdicts_and_other_mail() -> None:
    assert_fourteen_messages_a_key(CORPUS)


def test_half_the_corpus_is_short_and_half_long() -> None:
    short = sum(t["feature"] in SHORT for t in CORPUS.lines)
    assert 0.45 <= short / len(CORPUS.lines) <= 0.6, short
    for kind in ("application", "other mail"):
        sizes = {
            GRID[t["feature"]].size
            for t in CORPUS.lines
            if (t["kind"] == "application") == (kind == "application")
        }
        assert sizes == {"short", "long"}, kind


def test_every_built_message_has_the_length_its_key_says() -> None:
    """Counted on the built mail: the words of the writer's own text in the body a reader reads."""
    wrong = []
    for name, item, _truth in _keyed():
        words = own_words(_body(name))
        if item.feature in SHORT:
            bound = SUBJECT_ONLY_MAX if item.feature == "subject_only" else SHORT_MAX
            if words > bound:
                wrong.append((name, item.feature, words))
        elif words < LONG_MIN:
            wrong.append((name, item.feature, words))
    assert not wrong, wrong


def test_the_long_ones_are_truly_long_and_vary() -> None:
    counts = [own_words(_body(name)) for name, item, _ in _keyed() if item.feature in LONG]
    assert min(counts) >= LONG_MIN and sum(c >= 450 for c in counts) >= len(counts) / 10, sorted(counts)
    assert max(counts) >= 1000, max(counts)
    # no two long messages share a paragraph (no pasted filler)
    seen: dict[str, str] = {}
    shared = []
    for name, item, _ in _keyed():
        if item.feature not in LONG:
            continue
        for paragraph in own_text(item.m.body).split("\n\n"):
            key = _flat(paragraph)
            if len(key) < 120:
                continue
            if key in seen and seen[key] != name:
                shared.append((seen[key], name))
            seen.setdefault(key, name)
    assert not shared, shared


def test_in_most_long_applications_the_fact_stands_once_past_the_opening() -> None:
    """The deciding words stand in the body of a long application, and in most of them past its first fifth
    (a few state it early and plainly: the length alone is no difficulty)."""
    placed, missing = [], []
    for name, item, truth in _keyed():
        if item.feature not in LONG or truth["kind"] != "application":
            continue
        body, words = _flat(item.m.body), _flat(item.words)
        if words not in body:
            missing.append(name)
            continue
        placed.append(body.index(words) / len(body))
    assert not missing, missing
    assert sum(p >= 0.2 for p in placed) >= 0.75 * len(placed), sorted(placed)


def test_in_short_applications_the_deciding_words_are_most_of_what_is_said() -> None:
    """In a short application the deciding words stand in the subject or the body themselves (or, for the
    attachments, in the document), and the body says little else."""
    far = []
    for name, item, truth in _keyed():
        if item.feature not in SHORT or truth["kind"] != "application":
            continue
        words = _flat(item.words)
        where = _flat(item.m.subject + " " + item.m.body + " " + (item.m.cv.text if item.m.cv else ""))
        if words not in where:
            far.append(name)
    assert not far, far


def test_subject_only_messages_carry_their_facts_in_the_subject_or_the_attachment() -> None:
    for name, item, truth in _keyed():
        if item.feature != "subject_only":
            continue
        in_subject = _flat(item.words) in _flat(item.m.subject)
        in_cv = item.m.cv is not None and _flat(item.words) in _flat(item.m.cv.text)
        assert in_subject or in_cv, name
        if truth["kind"] == "application" and not in_subject:
            assert truth["info_in"] == "cv", name


def test_short_with_attachment_applications_carry_a_document() -> None:
    apps = [
        (n, i, t)
        for n, i, t in _keyed()
        if i.feature == "short_with_attachment" and t["kind"] == "application"
    ]
    assert len(apps) >= 10
    assert not [n for n, i, _ in apps if i.m.cv is None]
    assert sum(t["info_in"] == "cv" for _, _, t in apps) >= 4
    assert {i.m.cv.fmt for _, i, _ in apps} == {"pdf", "docx", "odt"}


def test_a_postscript_closes_every_long_then_postscript_message_and_decides_its_application() -> None:
    late = []
    for name, item, truth in _keyed():
        if item.feature != "long_then_postscript":
            continue
        body = own_text(item.m.body)
        marks = list(POSTSCRIPT.finditer(body))
        assert marks, name
        start = marks[-1].start()
        assert start >= len(body) / 2, name
        if truth["kind"] == "application":
            after = _flat(body[start:])
            if _flat(item.words) not in after:
                late.append(name)
    assert not late, late


def test_a_pasted_cv_is_a_cv_in_the_body() -> None:
    bare = [
        name
        for name, item, truth in _keyed()
        if item.feature == "pasted_cv"
        and truth["kind"] == "application"
        and len(CV_HEADINGS.findall(item.m.body)) < 3
    ]
    assert not bare, bare
    assert not [
        n for n, i, t in _keyed() if i.feature == "pasted_cv" and t["kind"] == "application" and i.m.cv
    ]


def test_the_english_keys_are_english_and_the_others_french() -> None:
    for name, item, truth in _keyed():
        english = item.feature in {"short_english", "long_english"}
        if truth["kind"] == "application":
            assert (truth.get("language") == "en") == english, name
        elif truth["kind"] == "question" and english:
            assert truth.get("language") == "en", name


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(LENGTHS, tmp_path)
