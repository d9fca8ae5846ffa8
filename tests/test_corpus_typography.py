"""The typography corpus (tests/corpus/typography): it was written by its own method — TYPOGRAPHY AND
INCLUSIVE WRITING FIRST. Every message is written in a way of spelling, marking gender or encoding the text
chosen first from a grid of twelve (the middle dot, the other marks of écriture inclusive, doublets, epicene
rewording, neopronouns, feminised titles and far agreements, a chosen name or a name with its particles,
typographic punctuation, other code points for the same letters, names and diplomas in other languages,
charsets and HTML entities, the same in English), and the deciding fact's own words carry that spelling. The
label follows what the words mean to a careful French reader; the spelling never changes a fact. Its truth
says which spelling and which fact; above each message a `# spelling:` comment says which forms it uses, on
which words, the kind and the decision.

Tuned on since stop 43, after its first figure (see its LICENCE.md). Its scores, floors, build and truth are
checked with every corpus's (bench/corpora.py, tests/test_corpus_scores.py), the checks every corpus written
one tag first shares in tests/test_tagged_corpora.py (English share, replies in our thread…); these are its
method's."""

from __future__ import annotations

import email
import re
import unicodedata
from email import policy
from email.message import EmailMessage
from functools import cache
from pathlib import Path
from typing import Any

from corpus_checks import assert_rebuilt_byte_for_byte, marked_messages
from corpus_method import KINDS, MethodCorpus, assert_each_rule_says
from tagged_corpus import (
    ambiguous_marks,
    assert_ambiguity_leaves_a_criterion_open,
    assert_every_key_carries_three_verdicts,
)

CORPUS = MethodCorpus("typography")  # its build puts the voices kit and source/typography.py on the path
TYPOGRAPHY = CORPUS.path
GRID = CORPUS.grid

FRENCH_LETTERS = set("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ")
# soft hyphen, zero-width space / non-joiner / joiner, word joiner, non-breaking hyphen, minus sign, BOM
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\u2011\u2212\ufeff"
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺ʳᵉᵈᵐˢᵗ°"  # superscript digits and plus, modifier letters for ordinals


def _nfd_or_odd(text: str) -> bool:
    """Other code points for the same letters: decomposed accents, superscripts, invisible characters or
    full-width digits."""
    return (
        text != unicodedata.normalize("NFC", text)
        or any(c in SUPERSCRIPTS or c in INVISIBLE for c in text)
        or bool(re.search("[\uff10-\uff19]", text))
    )


def _beyond_french(text: str) -> bool:
    return any(c.isalpha() and c.lower() not in FRENCH_LETTERS for c in text)


# Every message of a key carries its forms: per key, a test on what its writer typed (From, subject, body, CV)
# — the spelling the key stands for, whatever the kind its label gives.
FORMS: dict[str, Any] = {
    "point_median": lambda t: "·" in t,
    "other_marks": lambda t: bool(re.search(r"[a-zéè](\.e|\(e\)|/e|-e\b|-e-s|E\b|\.es?\b)", t)),
    "doublets": lambda t: bool(
        re.search(
            r"\b(celles et ceux|toutes et tous|tous et toutes|chères toutes|chers tous|femmes et hommes|"
            r"chères et chers|chers et chères|"
            r"hommes et femmes|filles et garçons|garçons et filles|"
            r"(\w+)es et \2s|(\w+)s et \3es|(\w+)e et \4\b|"
            r"(\w+)(ice|euse)s? et \5(eur)s?|(\w+)(eur)s? et \8(ice|euse)s?)",
            t,
            flags=re.IGNORECASE,
        )
    ),
    "epicene": lambda t: bool(
        re.search(
            r"titulaire|personne|statut|obtention|profil|cursus|en poste|parcours|sortie? d|"
            r"^(formation|recherche|expérience|disponibilité|durée|lieu|coût|projet)\b",
            t,
            re.I | re.M,
        )
    ),
    "neopronouns": lambda t: bool(re.search(r"\b(iels?|ellui|elleux|celleux|toustes|adelphes?)\b", t, re.I)),
    "feminised_titles": lambda t: bool(
        re.search(
            r"cheffe|ingénieure|autrice|docteure|professeure|maîtresse|directrice|conductrice|coordinatrice|"
            r"rapporteure|l'ai \w+ée|l’ai \w+ée|l'ancienne|la stagiaire|\w+trice\b|\w+euse\b|\w+ée\b",
            t,
            re.I,
        )
    ),
    "chosen_name": lambda t: bool(
        re.search(
            r"\b[A-ZÀ-ÖØ-Þ]{2,}(-[A-Z]+)? [A-Z][a-zà-ÿ]|\b(de|du|des|van|von|da|di|le|la|el|ben) [A-Z]|"
            r"\bd['’][A-Z]|"
            r"prénom|appel|je signe|go by|name|\w [A-Z][a-zà-ÿ]+ [A-Z][a-zà-ÿ]+\b",
            t,
        )
    ),
    "apostrophes_quotes": lambda t: bool(re.search("[’ʼ´“”‹›…•▪◦—–\u00a0\u202fœæﬁﬂ]", t)),
    "unicode_forms": _nfd_or_odd,
    "names_and_scripts": lambda t: (
        _beyond_french(t)
        or bool(re.search(r"laurea|licen[țt]|licenciatura|ausbildung|magister|bachelor|üniversite", t, re.I))
    ),
    "charsets_and_entities": None,  # checked on the item's HTML and markers, and on the built mail
    "english_inclusive": lambda t: bool(
        re.search(r"\b(they|their|them|she/her|he/him|he/they|Mx)\b|[’“”–]", t)
    ),
}

# What each spelling's rule decides: a few words the rule of the grid must say (what settles the label).
RULES = {
    "point_median": ("means what the word means", "never a doubt"),
    "other_marks": ("changes no fact",),
    "doublets": ("holds for the writer only when", "is not the writer's"),
    "epicene": ("as plainly as a participle",),
    "neopronouns": ("is a person", "the applicant"),
    "feminised_titles": ("ties the fact to its noun", "not the writer's"),
    "chosen_name": ("asks to be called or signs with", "particle included"),
    "apostrophes_quotes": ("changes no fact",),
    "unicode_forms": ("whatever its code points",),
    "names_and_scripts": ("the truth keeps them", "by its level"),
    "charsets_and_entities": ("decoded words decide",),
    "english_inclusive": ("same rules in English", "language en"),
}
CHARSET = re.compile(r'charset="?(iso-8859-1|iso-8859-15|windows-1252)"?', flags=re.IGNORECASE)


def _typed(item: Any) -> str:
    m = item.m
    return "\n".join([m.frm, m.subject, m.body, m.cv.text if m.cv else ""])


@cache
def _decoded(name: str) -> str:
    """Every text part of a built message once decoded, with its From and Subject."""
    raw = (TYPOGRAPHY / name).read_bytes()
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    texts = [str(msg["From"]), str(msg["Subject"])]
    texts += [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]
    return "\n".join(texts)


def test_the_grid_has_twelve_spellings_each_with_its_forms_its_rule_and_distractors() -> None:
    assert len(GRID) == 12
    assert (
        set(GRID)
        == set(FORMS)
        == set(RULES)
        == {
            "point_median",
            "other_marks",
            "doublets",
            "epicene",
            "neopronouns",
            "feminised_titles",
            "chosen_name",
            "apostrophes_quotes",
            "unicode_forms",
            "names_and_scripts",
            "charsets_and_entities",
            "english_inclusive",
        }
    )
    for key, spelling in GRID.items():
        assert spelling.description and spelling.rule and spelling.distractors, key
        assert spelling.forms_fr or key == "english_inclusive", key
    assert GRID["english_inclusive"].forms_en and not GRID["english_inclusive"].forms_fr


def test_each_spelling_s_rule_says_what_settles_the_label() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_every_message_says_which_forms_it_uses_and_the_kind() -> None:
    told = rf".+→ .*\b{KINDS}\b"
    assert marked_messages(TYPOGRAPHY, "spelling", told) == len(CORPUS.lines)


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    lines = CORPUS.lines
    assert_ambiguity_leaves_a_criterion_open(TYPOGRAPHY, "Feature", lines, at_least=20)
    assert sum(ambiguous_marks(TYPOGRAPHY, "Feature")) <= 40


def test_every_spelling_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(CORPUS.lines, "feature", GRID)


def test_every_message_carries_the_forms_of_its_spelling() -> None:
    written = CORPUS.written
    assert len(written) == len(CORPUS.lines)
    bare = [
        (i.feature, i.m.subject)
        for i in written
        if FORMS[i.feature] is not None and not FORMS[i.feature](_typed(i))
    ]
    assert not bare, bare


def test_the_deciding_words_themselves_carry_the_spelling_in_most_messages() -> None:
    # the words that decide carry the form (a few distractors carry it only around the fact)
    keyed = ("point_median", "neopronouns", "apostrophes_quotes", "unicode_forms")
    for key in keyed:
        mine = [i for i in CORPUS.written if i.feature == key]
        carried = [i for i in mine if FORMS[key](i.words)]
        assert 4 * len(carried) >= 3 * len(mine), (key, len(carried), len(mine))


def test_what_the_builder_writes_still_carries_the_forms() -> None:
    lines = CORPUS.lines
    by_key: dict[str, list[str]] = {}
    for t in lines:
        by_key.setdefault(t["feature"], []).append(t["file"])
    # NFD text, superscripts, soft hyphens and zero-width characters survive MIME
    plain = [f for f in by_key["unicode_forms"] if not _nfd_or_odd(_decoded(f))]
    assert not plain, plain
    # a middle dot, a curly apostrophe or a narrow space, a neopronoun: in the decoded mail, not only the
    # source
    assert all("·" in _decoded(f) for f in by_key["point_median"])
    assert all(FORMS["apostrophes_quotes"](_decoded(f)) for f in by_key["apostrophes_quotes"])
    assert all(FORMS["neopronouns"](_decoded(f)) for f in by_key["neopronouns"])
    # names in other letters reach the From header and the body through their encodings
    assert sum(_beyond_french(_decoded(f)) for f in by_key["names_and_scripts"]) >= 10


def test_every_charsets_message_comes_through_an_encoding() -> None:
    written = CORPUS.written
    lines = {t["file"]: t for t in CORPUS.lines}
    files = [f"{n:04d}.eml" for n in range(len(written))]
    encoded = []
    for name, item in zip(files, written, strict=True):
        marker = item.m.headers.get("X-Typo-Charset")
        raw = (TYPOGRAPHY / name).read_bytes()
        assert b"X-Typo-" not in raw, name  # the builder's markers never reach a mail
        if marker:
            assert CHARSET.search(raw.decode("ascii", errors="replace")), name
        if item.feature != "charsets_and_entities":
            continue
        html = item.m.body_html or ""
        entity = item.m.html == "only" and bool(re.search(r"&#?\w+;|<span", html))
        assert entity or marker, (name, item.m.subject)
        encoded.append(lines[name]["kind"])
    assert len(encoded) >= 15 and "application" in encoded
    # and the charset parts say what the UTF-8 source says, once decoded
    for name, item in zip(files, written, strict=True):
        if item.m.headers.get("X-Typo-Charset"):
            assert " ".join(item.m.body.split()) in " ".join(_decoded(name).split()), name


def test_a_chosen_name_is_the_truth_s_name() -> None:
    # the name the person asks to be called or signs with stands in the body, whatever the From says
    chosen = [i for i in CORPUS.written if i.feature == "chosen_name" and i.m.truth["kind"] == "application"]
    assert len(chosen) >= 10
    unsigned = [i.m.subject for i in chosen if i.m.truth["first_name"] not in i.m.body]
    assert not unsigned, unsigned
    # and in some, the From's display name is not the truth's name
    renamed = [i for i in chosen if i.m.truth["first_name"] not in i.m.frm]
    assert len(renamed) >= 3, len(renamed)


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(TYPOGRAPHY, tmp_path)
