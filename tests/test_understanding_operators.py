"""The shared operator reader (clauses.operator_on): which way the sentence turns the fact a word names —
denied, ceased, not yet, still, already, never, only, except, without, not all, hedged — read on the parse,
in French and in English (stop 33, the polarity corpus)."""

from __future__ import annotations

from intake.understanding.clauses import Operator, operator_on, parse, read_operator


def _on(sentence: str, word: str) -> Operator:
    """The operator on the first word of `sentence` written `word`."""
    return operator_on(next(t for t in parse(sentence) if t.text == word))


def test_a_bare_statement_is_affirmed() -> None:
    assert _on("Je fais un stage chez un paysagiste.", "stage") is Operator.AFFIRMED
    assert _on("I am doing an internship at a bakery.", "internship") is Operator.AFFIRMED


def test_ne_pas_denies_and_ne_plus_says_the_fact_has_ceased() -> None:
    assert _on("Elle n'est pas en mission à la mairie.", "mission") is Operator.DENIED
    assert _on("Je ne suis plus en alternance chez Orange.", "alternance") is Operator.CEASED
    assert _on("I am no longer on a placement.", "placement") is Operator.CEASED


def test_ne_plus_on_the_verb_above_reaches_its_complement() -> None:
    assert _on("Je ne compte plus faire de mission.", "mission") is Operator.CEASED


def test_a_verb_of_stopping_over_de_makes_its_complement_ceased() -> None:
    assert _on("J'ai cessé de travailler à la poste.", "poste") is Operator.CEASED


def test_plus_de_before_a_noun_says_none_is_left() -> None:
    assert _on("Plus de convention depuis octobre.", "convention") is Operator.CEASED


def test_pas_encore_and_toujours_pas_say_not_yet() -> None:
    assert _on("Je n'ai pas encore signé ma convention.", "convention") is Operator.NOT_YET
    assert _on("Il n'a toujours pas de contrat d'engagement.", "contrat") is Operator.NOT_YET
    assert _on("I haven't begun my placement yet.", "placement") is Operator.NOT_YET


def test_toujours_said_of_now_is_still_but_said_of_the_past_is_always() -> None:
    assert _on("Je suis toujours animatrice au centre social.", "animatrice") is Operator.STILL
    assert _on("Je suis encore en volontariat jusqu'en avril.", "volontariat") is Operator.STILL
    assert _on("I'm still helping at the youth club.", "helping") is Operator.STILL
    assert _on("J'ai toujours été animatrice.", "animatrice") is Operator.AFFIRMED


def test_deja_says_already_and_jamais_says_never() -> None:
    assert _on("J'ai déjà entamé ma mission.", "mission") is Operator.ALREADY
    assert _on("Je n'ai jamais été volontaire.", "volontaire") is Operator.NEVER
    assert _on("I have never held a placement.", "placement") is Operator.NEVER


def test_ne_que_and_seulement_restrict_without_denying() -> None:
    assert _on("Je n'ai exercé que dans la restauration.", "restauration") is Operator.ONLY
    assert _on("Je ne fais plus que du bénévolat.", "bénévolat") is Operator.ONLY
    assert _on("I only worked in retail.", "retail") is Operator.ONLY


def test_ni_ni_denies_both_conjuncts_but_not_what_seulement_keeps() -> None:
    sentence = "Je n'ai été ni dans la banque ni dans l'assurance, seulement dans le sport."
    assert _on(sentence, "banque") is Operator.DENIED
    assert _on(sentence, "assurance") is Operator.DENIED
    assert _on(sentence, "sport") is Operator.ONLY


def test_mais_stops_the_negation() -> None:
    assert _on("Je ne suis pas en CDD mais en mission.", "mission") is Operator.AFFIRMED
    assert _on("I'm not on a contract but on a placement.", "placement") is Operator.AFFIRMED


def test_sans_hors_and_sauf_set_the_noun_aside() -> None:
    assert _on("Je suis animateur sans aucune convention.", "convention") is Operator.DENIED
    assert _on("Je suis libre sans contrat.", "contrat") is Operator.WITHOUT
    assert _on("Je suis disponible hors mission.", "mission") is Operator.EXCEPT
    assert _on("Je suis disponible sauf le jeudi.", "jeudi") is Operator.EXCEPT
    assert _on("I am free every day except Friday.", "Friday") is Operator.EXCEPT


def test_a_negation_over_all_of_them_says_not_all() -> None:
    assert _on("Toutes mes missions ne sont pas terminées.", "missions") is Operator.NOT_ALL


def test_a_hedged_negation_or_a_negated_thought_leaves_the_fact_open() -> None:
    assert _on("Je ne suis plus vraiment en alternance.", "alternance") is Operator.HEDGED
    assert _on("Je ne vise pas forcément une coopérative.", "coopérative") is Operator.HEDGED
    assert _on("Je ne crois pas que ce soit une reconversion.", "reconversion") is Operator.HEDGED
    assert _on("I am not really on a placement.", "placement") is Operator.HEDGED


def test_the_operator_keeps_its_words_to_quote() -> None:
    operated = read_operator(
        next(t for t in parse("Je ne suis plus en alternance.") if t.text == "alternance")
    )
    assert operated.operator.absent
    assert operated.cue == "ne … plus"
    assert Operator.HEDGED.open and not Operator.ONLY.absent


def test_a_negated_verb_of_naming_declines_the_label_and_leaves_the_facts_open() -> None:
    assert _on("Je n'appellerais pas vraiment ça une reconversion.", "reconversion") is Operator.HEDGED
    assert _on("Je ne parlerais pas de reconversion.", "reconversion") is Operator.HEDGED
    assert _on("I would not really describe it as a career change.", "change") is Operator.HEDGED
    assert _on("I wouldn't call this a career change.", "change") is Operator.HEDGED


def test_a_plain_negation_of_the_label_still_denies_it() -> None:
    assert _on("Ce n'est pas du tout une reconversion.", "reconversion") is Operator.DENIED
    assert _on("This is not a career change.", "change") is Operator.DENIED
    assert _on("Je ne suis pas disponible en janvier.", "janvier") is Operator.DENIED


def test_nulle_part_denies_and_plus_nulle_part_says_ceased() -> None:
    assert _on("Je n'envoie plus nulle part de candidature en mutuelle.", "mutuelle") is Operator.CEASED
    assert _on("Je ne postule nulle part dans les fondations.", "fondations") is Operator.DENIED


def test_a_negated_restriction_says_not_only() -> None:
    sentence = "Je ne vise ni uniquement des coopératives ni uniquement des associations."
    assert _on(sentence, "coopératives") is Operator.NOT_ALL
    assert _on(sentence, "associations") is Operator.NOT_ALL
    assert _on("I am looking not only at charities.", "charities") is Operator.NOT_ALL
    assert _on("Je vise seulement des coopératives.", "coopératives") is Operator.ONLY


def test_a_negated_thought_leaves_a_state_open_but_denies_an_intended_act() -> None:
    assert _on("Je ne crois pas que ma mission dure après Noël.", "mission") is Operator.HEDGED
    assert _on("Je ne pense pas être toujours en alternance en mars.", "alternance") is Operator.HEDGED
    assert _on("Je ne pense pas faire de service civique.", "service") is Operator.DENIED
