"""The hand-written gates of the lexicon never skip a line their patterns would read: a line holding none of a
gate's fragments (diplomas.toml and ess.toml `[prefilter] fragments`, each situation's `fragments` in
situations.toml) is not searched at all, so every entry behind a gate must hold one of them in each of its
matches. Checked entry by entry on texts built from each entry's own parse (tests/pattern_texts.py); a gate
missing a piece silently drops what an applicant wrote («third sector», «santé communautaire», «je bosse en
CDI», "I'm a Ph.D candidate")."""

from __future__ import annotations

import random
import re
import re._parser as _parser
from typing import Any, NamedTuple

import pytest
from pattern_texts import text_of

from intake import resources
from intake.understanding import trainee_teacher
from intake.understanding.forms import ticked_choices
from intake.understanding.lexicon import mentions_any, read_table

FLAGS = re.IGNORECASE | re.MULTILINE  # the lexicon's (lexicon._FLAGS)


class Gate(NamedTuple):
    where: str
    fragments: tuple[str, ...]  # lower-case pieces, one of which opens the gate
    cased: tuple[str, ...]  # pieces that open it as written (the ESS's acronyms: «SIAE», «EA»)
    entries: list[str]  # the lexicon entries behind it


def _load(name: str) -> dict[str, Any]:
    return read_table(resources.BUNDLED_RULES_DIR, name)


def _gates() -> list[Gate]:
    diplomas, ess, situations = _load("diplomas.toml"), _load("ess.toml"), _load("situations.toml")
    gates = [
        Gate(f"diploma {d['label']}", tuple(diplomas["prefilter"]["fragments"]), (), list(d["patterns"]))
        for d in diplomas["diploma"]
    ]
    ess_gate = (tuple(ess["prefilter"]["fragments"]), tuple(ess["prefilter"]["cased"]))
    gates.append(Gate("ess names", *ess_gate, list(ess.get("names", []))))
    gates += [Gate(f"ess sector {label}", *ess_gate, list(p)) for label, p in ess.get("sectors", {}).items()]
    gates += [
        Gate(f"situation {name}", tuple(v["fragments"]), (), list(v.get("current", [])))
        for name, v in situations.items()
        if name != "structure" and v.get("fragments")
    ]
    return gates


GATES = _gates()


def _opens(gate: Gate, text: str) -> bool:
    return mentions_any(text, gate.fragments) or any(map(text.__contains__, gate.cased))


def _skipped(gate: Gate, source: str, rng: random.Random) -> list[str]:
    """Texts built from the entry that it matches but its gate would skip."""
    entry, tree = re.compile(source, FLAGS), _parser.parse(source, FLAGS)
    built = [text_of(tree, rng, swap) for swap in (0.0, 0.3) * 25]
    texts = [f"Je lis {t} ici." for t in built] + [t.upper() for t in built]
    return [t for t in texts if entry.search(t) and not _opens(gate, t)]


def test_the_lexicon_has_gates_with_entries_behind_them() -> None:
    assert len(GATES) > 20 and sum(len(g.entries) for g in GATES) > 300


@pytest.mark.parametrize("gate", GATES, ids=[g.where for g in GATES])
def test_no_line_an_entry_matches_is_skipped_by_its_gate(gate: Gate) -> None:
    rng = random.Random(gate.where)
    skipped = {source: texts[:2] for source in gate.entries if (texts := _skipped(gate, source, rng))}
    assert not skipped, skipped


def test_a_line_holding_none_of_a_gates_fragments_is_skipped() -> None:
    ess = next(g for g in GATES if g.where == "ess names")
    assert not _opens(ess, "Je lis un roman policier le soir.")
    assert _opens(ess, "Je vise un GEIQ.") and not _opens(ess, "Je vise un geiq.")


def test_every_box_marks_toml_draws_opens_the_cheap_test_of_a_forms_choices() -> None:
    # ticked_choices skips a text holding no box: a box the lexicon adds must open that test, or its field
    # keeps the offer of its empty choices as if it were the person's answer.
    choices = _load("marks.toml")["choices"]
    boxes = [*choices["ballot_boxes"], "[ ]", *(f"[{tick}]" for tick in choices["in_brackets"])]
    fields = [f"Situation : {box} Bénévolat" for box in boxes]
    unread = [field for field in fields if ticked_choices(field) == field]
    assert len(boxes) > 4 and not unread, unread


def test_every_trainee_teachers_name_placements_toml_lists_opens_the_cheap_test_before_it() -> None:
    # trainee_reads skips a line holding no role and no English name's first word: a trade, a role or a name
    # the table adds must still open that test, or «professeure stagiaire» is read as a teacher held now.
    words = trainee_teacher._words(resources.BUNDLED_RULES_DIR)
    rng = random.Random("trainee teacher")
    skipped = []
    for pattern in (words.french, words.english):
        tree = _parser.parse(pattern.pattern, pattern.flags)
        built = [text_of(tree, rng, swap) for swap in (0.0, 0.3) * 50]
        skipped += [t for t in built if pattern.search(t) and not words.cheap.search(t)]
    assert not skipped, skipped[:3]
