"""A relative is read as the writer's by a possessive of the writer's own person before a relative's noun, in
French and English alike, qualified or not («mon petit frère», "my younger brother", "our eldest son")."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from intake import resources
from intake.understanding.signals import load_meanings, presenting_sentences


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("I am writing for my younger brother, who has just graduated.", id="english_qualified"),
        pytest.param("I am writing on behalf of our eldest son.", id="english_son_qualified"),
        pytest.param("I am writing on behalf of my son.", id="english_son"),
        pytest.param("We write about our nephew, who holds a degree.", id="english_our"),
        pytest.param("Je vous écris pour mon petit frère, qui a un master.", id="french_qualified"),
        pytest.param("Je vous écris au sujet de ma grande sœur.", id="french_qualified_after_phrase"),
        pytest.param("Ma fille cherche un emploi dans une association.", id="french_subject"),
    ],
)
def test_a_relative_of_the_writers_own_is_presented_when_written_for(sentence: str) -> None:
    assert presenting_sentences(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("I moved to Lyon to join my younger brother.", id="english_own_life"),
        pytest.param("Je suis venue à Lyon rejoindre mon grand frère.", id="french_own_life"),
        pytest.param("Mon adresse est la même que celle de son fils.", id="french_someone_elses_son"),
        pytest.param("My address is the one of the son of my landlord.", id="english_son_not_mine"),
    ],
)
def test_a_relative_not_of_the_writer_or_only_in_their_own_life_is_not_presented(sentence: str) -> None:
    assert presenting_sentences(sentence) == []


def test_a_meaning_defined_in_two_lexicon_files_is_refused(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(resources.BUNDLED_RULES_DIR, rules)
    persons = rules / "lexicon" / "persons.toml"
    persons.write_text(persons.read_text(encoding="utf-8") + '\n[relative]\nlemmas = ["cousin"]\n', "utf-8")
    with pytest.raises(ValueError, match="relative"):
        load_meanings(rules)
