"""elided_opening: the elided clitic a word run keeps on its next word (left_to_pass, course_run)."""

from intake.understanding.lexicon import elided_opening, load_meanings


def _cut(word: str) -> str:
    return elided_opening(load_meanings()["elided_clitic"].lemmas).sub("", word)


def test_an_elided_preposition_is_cut_off_its_verb_whatever_its_apostrophe_or_case() -> None:
    assert _cut("d'entamer") == "entamer"
    assert _cut("D’entamer") == "entamer"


def test_the_longest_elided_word_is_cut_whole() -> None:
    assert _cut("lorsqu'arrive") == "arrive"


def test_an_english_contraction_keeps_its_word() -> None:
    assert _cut("didn't") == "didn't"
