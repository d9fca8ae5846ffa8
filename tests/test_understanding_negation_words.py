"""The negation's words read from meanings.toml ([negation_opening], [negation_second], [negation_ending],
[clitic_before_verb], [elided_clitic], [negation_before_act], [negation_before_find], [applying_act]) by
elsewhere.py, applying_denied.py and job_found.py: each list defined once, each reader still reading it."""

from __future__ import annotations

from intake.understanding.applying_denied import only_denied
from intake.understanding.elsewhere import joining_denied
from intake.understanding.job_found import only_found
from intake.understanding.lexicon import ELIDED_RUN, load_meanings


def _applying(word: str) -> bool:
    return load_meanings()["search"].holds(word)


def test_joining_denied_past_an_elided_clitic_before_the_verb_is_read() -> None:
    said = "Je ne m'inscris pas au programme, j'ai juste une question sur mon CV."
    assert joining_denied(said) is not None


def test_a_ne_expletif_without_its_second_word_denies_no_joining() -> None:
    said = "Avant que je ne m'inscrive au programme, je voudrais savoir quand il commence."
    assert joining_denied(said) is None


def test_joining_denied_by_an_english_contraction_is_read() -> None:
    said = "I don't want to join the programme, I only need some advice on my covering letter."
    assert joining_denied(said) is not None


def test_applying_denied_in_english_by_a_fused_negation_is_no_application() -> None:
    assert only_denied("I didn't apply myself, I'm just telling you about the vacancy.", _applying)


def test_applying_told_plainly_is_not_denied() -> None:
    assert not only_denied("Je postule avec plaisir à la prochaine cohorte.", _applying)


def _found(sentence: str) -> bool:
    m = load_meanings()
    words = [w.lower() for w in ELIDED_RUN.findall(sentence)]
    searching = [i for i, w in enumerate(words) if w in m["search_ended"].lemmas]
    return only_found(words, m, searching)


def test_a_find_denied_with_a_curly_apostrophe_is_no_find() -> None:
    assert not _found("Je n’ai toujours pas trouvé de poste")


def test_an_english_find_denied_is_no_find() -> None:
    assert not _found("I have not found a job yet")


def test_a_find_told_done_is_a_find_in_french_and_in_english() -> None:
    assert _found("J'ai enfin trouvé un poste")
    assert _found("I have finally found a job")
