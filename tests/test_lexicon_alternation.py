"""Word lists of rules/lexicon read as writers type them (lexicon.loose_alternation), and the readers whose
words moved out of code into awards.toml and placements.toml reading them as before."""

from __future__ import annotations

import re

from intake import resources
from intake.understanding import award_dated, end_unfixed
from intake.understanding.lexicon import loose_alternation

RULES = resources.BUNDLED_RULES_DIR


def _reads(words: list[str], text: str, **how: str) -> str | None:
    found = re.search(rf"\b(?:{loose_alternation(words, **how)})\b", text, re.IGNORECASE)
    return found.group(0) if found else None


def test_an_accented_word_is_read_without_its_accents_each_letter_on_its_own() -> None:
    assert _reads(["spécialisée"], "éducatrice specialisée") == "specialisée"
    assert _reads(["arrêtée"], "date arretee") == "arretee"
    assert _reads(["arrêtée"], "date arrêtées") is None


def test_a_listed_phrase_reads_either_apostrophe_and_any_run_of_spaces_unless_told() -> None:
    assert _reads(["l'obtention du"], "par l’obtention   du titre") == "l’obtention   du"
    assert _reads(["date de fin"], "date  de fin", space=" ") is None


def test_the_longer_of_two_listed_words_sharing_a_start_wins() -> None:
    found = re.match(loose_alternation(["un", "une"]), "une")
    assert found is not None and found.group(0) == "une"


def test_results_told_out_in_the_past_are_an_award_and_results_to_come_are_not() -> None:
    words = award_dated._words(RULES)
    assert words.past.search("les résultats ont été publiés") is not None
    assert words.not_done.search("les resultats tomberont en juillet") is not None
    assert words.act.search("mon apprentissage s'est terminé par l'obtention du diplôme") is not None


def test_a_placement_whose_end_date_is_not_set_yet_is_told_unfixed_unless_extended() -> None:
    words = end_unfixed._words(RULES)
    assert words.unfixed.search("la date de fin n’est toujours pas connue") is not None
    assert words.unfixed.search("la date de fin est connue") is None
    assert words.extended.search("mission prolongée deux fois") is not None
