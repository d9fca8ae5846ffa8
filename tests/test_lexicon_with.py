"""A meaning may hold another's words (`with = ["other"]` in its section): each word is listed once, where its
narrower meaning is, and the wider meaning reads it from there."""

from __future__ import annotations

from pathlib import Path

from intake.understanding.lexicon import load_meanings

_FILES = ("meanings.toml", "persons.toml", "senses.toml", "trappings.toml")


def _rules(tmp_path: Path, meanings: str) -> Path:
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    for name in _FILES:
        (lexicon / name).write_text(meanings if name == "meanings.toml" else "", encoding="utf-8")
    return tmp_path


def test_a_meaning_naming_another_holds_its_own_words_then_the_other_s(tmp_path: Path) -> None:
    rules = _rules(
        tmp_path,
        '[narrow]\nphrases = ["avant ça"]\nlemmas = ["auparavant"]\n\n'
        '[wide]\nphrases = ["ensuite"]\nwith = ["narrow"]\n',
    )
    wide = load_meanings(rules)["wide"]
    assert wide.phrases == ("ensuite", "avant ça")
    assert wide.holds("auparavant")
    assert load_meanings(rules)["narrow"].phrases == ("avant ça",)


def test_the_path_s_steps_hold_every_word_placing_a_step_before_the_last_one_told() -> None:
    meanings = load_meanings()
    steps = set(meanings["path_step"].phrases)
    assert set(meanings["told_before"].phrases) <= steps
    assert set(meanings["path_next"].phrases) <= steps
