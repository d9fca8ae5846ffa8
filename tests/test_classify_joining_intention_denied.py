"""A joining denied through an intention: the negation bears on meaning to do it («je ne compte pas»,
«je n'ai pas l'intention de», "I don't plan to", "no intention of"), not only on a verb of seeking — the
writer writes for something else (elsewhere.py `joining_denied`). Guards: an intention affirmed, an
exception («pas d'autre intention que de…»), a negation on something else. The phrasings are the tests'
own."""

from __future__ import annotations

from fixtures_docs import make_message

from intake.classify import classify
from intake.parsing import parse_message

OFFER = " mais je voulais vous signaler une offre d'emploi de notre coopérative.\n\nBien à vous,\nInès Roche"
OFFER_EN = " I only wanted to pass on a job offer from our cooperative.\n\nBest,\nTom Reilly"


def _kind(body: str) -> str:
    return classify(parse_message(make_message(body, subject="Une offre"))).kind


def test_having_no_intention_of_joining_the_programme_is_no_application() -> None:
    assert _kind("Bonjour,\n\nJe n'ai pas l'intention de rejoindre le programme," + OFFER) != "application"


def test_not_counting_on_entering_the_cohort_is_no_application() -> None:
    assert _kind("Bonjour,\n\nJe ne compte pas intégrer la prochaine promo," + OFFER) != "application"


def test_not_considering_joining_pro_pulse_is_no_application() -> None:
    assert _kind("Bonjour,\n\nNous n'envisageons pas de rejoindre Pro'pulse," + OFFER) != "application"


def test_an_english_writer_with_no_intention_of_joining_makes_no_application() -> None:
    assert _kind("Hello,\n\nI have no intention of joining the programme;" + OFFER_EN) != "application"


def test_an_english_writer_who_does_not_plan_to_join_makes_no_application() -> None:
    assert _kind("Hello,\n\nI don't plan to join the programme," + OFFER_EN) != "application"


def test_an_intention_of_joining_affirmed_after_another_negation_stays_an_application() -> None:
    body = (
        "Bonjour,\n\nJe n'ai pas encore mon diplôme, mais j'ai l'intention de rejoindre le programme "
        "après ma licence pro en juin ; je cherche un emploi dans l'ESS.\n\nLéna Poirier"
    )
    assert _kind(body) == "application"


def test_no_other_intention_than_joining_is_an_application() -> None:
    body = (
        "Bonjour,\n\nJe n'ai pas d'autre intention que de rejoindre le programme : licence pro obtenue "
        "en juin 2025, je cherche un emploi dans une association.\n\nLéna Poirier"
    )
    assert _kind(body) == "application"


def test_an_english_plan_other_than_joining_is_an_application() -> None:
    body = (
        "Hello,\n\nI have no plan other than to join the programme: BA in June 2025, looking for a job in a "
        "charity.\n\nSam Okafor"
    )
    assert _kind(body) == "application"


def test_no_degree_yet_and_a_plan_to_join_stays_an_application() -> None:
    body = "Hello,\n\nI have no degree yet but I plan to join the programme; I want a job at a charity.\n\nS"
    assert _kind(body) == "application"
