"""What a question states of the writer before asking is split from what it asks, by the lexicon's meanings of
the writer as subject, the reader addressed and a hypothesis (rules/lexicon/persons.toml), in French and
English."""

from __future__ import annotations

import pytest
from reading_day import kind

from intake.understanding.signals import split_asked


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        pytest.param(
            "Je suis en master 2, je peux m'inscrire ?",
            ["Je suis en master 2", "je peux m'inscrire ?"],
            id="fr_fact_then_question",
        ),
        pytest.param(
            "I hold a degree in law, can I apply?", ["I hold a degree in law", "can I apply?"], id="en_fact"
        ),
        pytest.param(
            "J'ai un BTS, je voudrais savoir si la formation est payante.",
            ["J'ai un BTS", "je voudrais savoir si la formation est payante."],
            id="fr_fact_then_indirect_question",
        ),
    ],
)
def test_a_fact_of_the_writer_told_before_a_question_is_a_sentence_of_its_own(
    text: str, parts: list[str]
) -> None:
    assert split_asked(text) == parts


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Si j'ai un bac+2, je peux m'inscrire ?", id="fr_hypothesis"),
        pytest.param("Even if I have no degree, can I apply?", id="en_hypothesis"),
        pytest.param(
            "Salut, je vous fais suivre la demande de l'école : vous pourriez venir ?", id="fr_to_reader"
        ),
        pytest.param("Ma nièce voudrait postuler, combien de places ?", id="fr_someone_else"),
    ],
)
def test_a_hypothesis_a_clause_to_the_reader_or_someone_elses_wish_stays_in_the_question(text: str) -> None:
    assert split_asked(text) == [text]


# The lead's invented mail at stop 45: an indirect question whose colon opens the writer's own facts.


def test_facts_told_after_the_colon_of_an_indirect_question_are_a_sentence_of_their_own() -> None:
    text = "Je me demande si je candidate : j'ai un DUT carrières sociales de 2025 et je cherche un emploi."
    assert split_asked(text) == [
        "Je me demande si je candidate",
        "j'ai un DUT carrières sociales de 2025 et je cherche un emploi.",
    ]


def test_an_application_that_wonders_whether_to_apply_then_tells_its_facts_is_an_application() -> None:
    body = (
        "Bonjour,\nje me demande si je peux postuler : je suis titulaire d'un BTS SP3S obtenu en 2026 et je "
        "cherche un poste dans une mutuelle. Est-ce possible ?\nAnaïs"
    )
    assert kind(body, "Pro'pulse") == "application"


def test_an_english_mail_that_wonders_whether_to_apply_then_tells_its_facts_is_an_application() -> None:
    body = (
        "Hello,\nI was wondering whether I could apply: I got my BSc in Psychology in June 2026 and I am "
        "looking for a job in a social cooperative. Would that be possible?\nAnaïs"
    )
    assert kind(body, "Pro'pulse") == "application"


def test_an_indirect_question_whose_colon_opens_a_list_of_topics_stays_a_question() -> None:
    body = "Bonjour,\nje voudrais savoir les points suivants : les dates, le coût et le lieu.\nAnaïs"
    assert kind(body, "Pro'pulse") == "question"
