"""Who the writer presents, read from the lexicon's meanings (rules/lexicon/persons.toml): a relative of the
writer's own, by a possessive of the writer's person before a relative's noun, in French and English alike,
qualified or not («mon petit frère», "my younger brother", "our eldest son"); someone named with a title."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from intake import resources
from intake.understanding.lexicon import load_meanings
from intake.understanding.signals import presenting_sentences

# (sentence, presented): written for a relative of the writer's own, or telling of one, it is presented; a
# relative only in the writer's own life, or not the writer's at all, is not. A capitalised title before a
# capitalised name presents someone; one in lower case, as in a greeting, names nobody.
CASES = [
    pytest.param("I am writing for my younger brother, who has just graduated.", True, id="en_qualified"),
    pytest.param("I am writing on behalf of our eldest son.", True, id="en_son_qualified"),
    pytest.param("I am writing on behalf of my son.", True, id="en_son"),
    pytest.param("We write about our nephew, who holds a degree.", True, id="en_our"),
    pytest.param("Je vous écris pour mon petit frère, qui a un master.", True, id="fr_qualified"),
    pytest.param("Je vous écris au sujet de ma grande sœur.", True, id="fr_qualified_after_phrase"),
    pytest.param("Ma fille cherche un emploi dans une association.", True, id="fr_subject"),
    pytest.param("I moved to Lyon to join my younger brother.", False, id="en_own_life"),
    pytest.param("Je suis venue à Lyon rejoindre mon grand frère.", False, id="fr_own_life"),
    pytest.param("Mon adresse est la même que celle de son fils.", False, id="fr_someone_elses_son"),
    pytest.param("My address is the one of the son of my landlord.", False, id="en_son_not_mine"),
    pytest.param("J'oriente M. Rémi Laurent vers une formation.", True, id="fr_title"),
    pytest.param("I am referring Mrs Freya Hale to a course.", True, id="en_title"),
    pytest.param("J'oriente madame Durand vers une formation.", False, id="fr_title_in_lower_case"),
]


@pytest.mark.parametrize(("sentence", "presented"), CASES)
def test_a_relative_written_for_or_someone_titled_is_presented_not_a_relative_only_in_the_writers_life(
    sentence: str, presented: bool
) -> None:
    assert presenting_sentences(sentence) == ([sentence] if presented else [])


def test_a_meaning_defined_in_two_lexicon_files_is_refused(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(resources.BUNDLED_RULES_DIR, rules)
    persons = rules / "lexicon" / "persons.toml"
    persons.write_text(persons.read_text(encoding="utf-8") + '\n[relative]\nlemmas = ["cousin"]\n', "utf-8")
    with pytest.raises(ValueError, match="relative"):
        load_meanings(rules)
