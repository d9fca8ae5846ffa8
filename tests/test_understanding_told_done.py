"""told_done: a French verb told done by its participle's ending (withdrawn, course_run, surface, …)."""

from intake.understanding.told_done import told_done


def test_a_first_group_participle_in_any_agreement_is_told_done() -> None:
    assert all(told_done(w) for w in ("abandonné", "abandonnée", "abandonnés", "abandonnées"))


def test_an_infinitive_or_a_present_is_not_told_done() -> None:
    assert not told_done("abandonner")
    assert not told_done("abandonne")


def test_a_participle_in_it_is_told_done_only_when_that_group_is_asked() -> None:
    assert told_done("admise") is False
    assert told_done("construite", in_it=True)
    assert not told_done("construite")


def test_an_english_verb_ending_in_it_is_no_participle_by_default() -> None:
    assert not told_done("submit")


def test_a_second_group_participle_is_told_done_only_when_that_group_is_asked() -> None:
    assert all(told_done(w, in_i=True) for w in ("réussi", "réussie", "réussis", "réussies"))
    assert not told_done("réussie")


def test_an_english_word_ending_in_i_is_left_out_by_default() -> None:
    assert not told_done("alumni")
    assert told_done("alumni", in_i=True)  # only a known French predicate asks for that group


def test_asking_for_both_other_groups_keeps_the_first_one() -> None:
    assert told_done("validée", in_it=True, in_i=True)
    assert told_done("écrite", in_it=True, in_i=True)
