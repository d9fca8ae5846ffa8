"""The prefilter of the lexicon's alternations (intake/understanding/prefilter.py) never skips a text the
full pattern matches: checked on every entry of every compiled lexicon pattern, by texts built from each
entry's own parse (random branches, repeats and letter cases), and on the derivation's edge cases."""

from __future__ import annotations

import random
import re
import re._parser as _parser
import tomllib
from dataclasses import fields, is_dataclass
from typing import Any

import pytest
from pattern_texts import entries, text_of

from intake import resources
from intake.understanding.lexicon import all_matches, load_lexicon
from intake.understanding.prefilter import ALPHABET, TRICKY, may_match, required_fragments


def _patterns(value: Any, where: str = "lexicon") -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern the lexicon holds, with where it lies."""
    if isinstance(value, re.Pattern):
        return [(where, value)]
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _patterns(item, f"{where}.{key}")]
    if isinstance(value, tuple | list | frozenset | set):
        return [p for i, item in enumerate(value) for p in _patterns(item, f"{where}[{i}]")]
    if is_dataclass(value) and not isinstance(value, type):
        return [p for f in fields(value) for p in _patterns(getattr(value, f.name), f"{where}.{f.name}")]
    return []


LEXICON_PATTERNS = _patterns(load_lexicon())


def test_the_lexicon_holds_patterns_and_most_get_a_prefilter() -> None:
    assert len(LEXICON_PATTERNS) > 50
    assert sum(required_fragments(p) is not None for _, p in LEXICON_PATTERNS) > len(LEXICON_PATTERNS) // 2


@pytest.mark.parametrize(("where", "pattern"), LEXICON_PATTERNS, ids=[w for w, _ in LEXICON_PATTERNS])
def test_no_text_an_entry_matches_is_skipped(where: str, pattern: re.Pattern[str]) -> None:
    """For every entry, 40 texts built from its parse, as written, in lower, upper and mixed case: each
    the full pattern matches must pass the prefilter, and the cached search must find the same matches."""
    rng = random.Random(where)
    tried = 0
    for entry in entries(pattern):
        for _ in range(40):
            core, plain = text_of(entry, rng), text_of(entry, rng, swap=0.0)
            for text in (f"Je lis {core} ici.", core.upper(), f"({core.lower()})", f"Je lis {plain}."):
                if pattern.search(text) is None:
                    continue
                tried += 1
                assert may_match(pattern, text), (where, text, required_fragments(pattern))
                assert [m.span() for m in all_matches(pattern, text)] == [
                    m.span() for m in pattern.finditer(text)
                ]
    assert tried > 0, where


def _toml_entries(name: str) -> list[str]:
    """The entries of the two alternations the prefilter was written for, as the lexicon files list them."""
    rules = resources.BUNDLED_RULES_DIR / "lexicon"
    if name == "ess_names":
        return list(tomllib.loads((rules / "ess.toml").read_text(encoding="utf-8"))["names"])
    return list(tomllib.loads((rules / "diplomas.toml").read_text(encoding="utf-8"))["studying"]["patterns"])


@pytest.mark.parametrize("name", ["ess_names", "studying"])
def test_every_entry_of_the_longest_alternations_passes_the_prefilter(name: str) -> None:
    """Entry by entry (each compiled alone): 60 texts built from its parse; each the entry matches must pass
    the whole alternation's prefilter. Nearly every entry is matched by some built text (a few lookarounds
    defeat the builder), so no entry escapes the check."""
    whole = getattr(load_lexicon(), name)
    assert required_fragments(whole) is not None
    rng = random.Random(name)
    entries = _toml_entries(name)
    unmatched = []
    for source in entries:
        alone = re.compile(source, whole.flags)
        parsed = _parser.parse(source, whole.flags)
        texts = [f"Je lis {text_of(parsed, rng, swap)} ici." for swap in (0.0, 0.3) * 30]
        matched = [t for t in texts if alone.search(t)]
        assert all(may_match(whole, t) for t in matched), source
        if not matched:
            unmatched.append(source)
    assert len(unmatched) <= len(entries) // 10, unmatched


@pytest.mark.parametrize(
    ("source", "fragments"),
    [
        (r"\bje suis (?:en|au) master\b", ("je suis ",)),  # the longest run
        (r"\bcoop(?:érative|erative)s?\b|\bSCIC\b", ("erative", "scic", "érative")),
        (r"(?:en )?stage", ("stage",)),
        (r"(?=stage)\w+", None),  # a lookahead only: nothing required
        (r"[ée]tudiant", ("tudiant",)),
        (r"(?:ab)*cd", ("cd",)),
        (r"x?", None),
        (r"(?-i:ESS)\b|asso", ("asso", "ess")),
    ],
)
def test_only_pieces_on_every_path_are_required(source: str, fragments: tuple[str, ...] | None) -> None:
    assert required_fragments(re.compile(source, re.IGNORECASE)) == fragments


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("inscrite", "ınscrite"),  # re equates the dotless «ı» with «i»
        ("ess", "eſs"),  # and the long «ſ» with «s»
        ("istanbul", "İSTANBUL"),  # «İ» lowers to two characters
        ("kelvin", "\u212aelvin"),  # the Kelvin sign lowers to «k»
        ("éte", "ÉTÉ"),
    ],
)
def test_a_text_re_matches_through_case_folding_is_never_skipped(source: str, text: str) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    assert pattern.search(text) is None or may_match(pattern, text)


def test_a_text_without_any_required_piece_is_skipped() -> None:
    pattern = re.compile(r"\bcoop(?:érative|erative)s?\b|\bSCIC\b", re.IGNORECASE)
    assert not may_match(pattern, "Je cherche un emploi dans la logistique.")
    assert all_matches(pattern, "Je cherche un emploi dans la logistique.") == ()
    assert may_match(pattern, "Une SCOP ou une Coopérative")


def test_re_lowers_every_letter_a_fragment_may_hold_as_str_lower_does_except_the_tricky_ones() -> None:
    """The ground of `may_match`'s `in` on a lowered text: for every character a fragment may hold, every
    code point `re` (IGNORECASE) matches it with lowers alike with `str.lower`, or is TRICKY."""
    every = "".join(map(chr, range(0x110000)))
    for char in sorted(ALPHABET - TRICKY):
        assert len(char.lower()) == 1, char
        for other in set(re.findall(re.escape(char), every, re.IGNORECASE)):
            assert other.lower() == char.lower() or other in TRICKY, (char, other)
