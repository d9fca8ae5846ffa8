"""What the writer's attitude does to a fact (the attitudes corpus, h-atone): a category the writer fears
being judged under is not stated («j'ai peur que… compte comme une reconversion»); a situation told only
through a present feeling about it, a stretch of it still to go or a verbless apposition of now is held now,
its end date, when told, still deciding."""

from __future__ import annotations

from reading_day import extracted, status

_DEGREE_FR = "J'ai obtenu ma licence de géographie en juin 2026 et je cherche un emploi dans une association."
_DEGREE_EN = "I got my BA in geography in June 2026 and I am looking for a job in a charity."


def _fr(sentence: str) -> dict[str, object]:
    return extracted(f"Bonjour,\n\n{sentence} {_DEGREE_FR}\n\nNina Poulain")


def _en(sentence: str) -> dict[str, object]:
    return extracted(f"Hello,\n\n{sentence} {_DEGREE_EN}\n\nNina Poulain", subject="Application")


def test_a_career_change_the_writer_fears_being_counted_as_is_not_stated() -> None:
    result = _fr("Je crains que mes petits boulots d'étudiante au cinéma soient vus comme une reconversion.")
    assert status(result, "not_career_change") == "met"


def test_a_career_change_a_worried_writer_names_is_not_stated() -> None:
    result = _en("I'm a bit worried my weekend shifts at a bakery during my degree count as a career change.")
    assert status(result, "not_career_change") == "met"


def test_an_internship_the_writer_is_fed_up_with_runs_now() -> None:
    result = _fr("J'en ai vraiment marre de mon stage à la préfecture, on ne me confie rien.")
    assert status(result, "not_internship") == "not_met"


def test_an_internship_the_writer_is_ironically_loving_runs_now() -> None:
    result = _en("Honestly just loving my internship at the prefecture, the filing is so thrilling.")
    assert status(result, "not_internship") == "not_met"


def test_a_civic_service_with_months_still_to_go_runs_now() -> None:
    result = _fr("Super, encore quatre mois de service civique à trier des cartons.")
    assert status(result, "not_service_civique") == "not_met"


def test_an_internship_with_weeks_still_to_go_runs_now() -> None:
    result = _en("Six more weeks of my internship at the town hall, hooray.")
    assert status(result, "not_internship") == "not_met"


def test_a_civic_service_said_of_now_in_an_apposition_runs_until_its_end() -> None:
    result = _fr(
        "Actuellement volontaire en service civique jusqu'au 30 avril 2027 dans une épicerie solidaire, je "
        "voudrais rejoindre votre programme."
    )
    assert status(result, "not_service_civique") == "not_met"


def test_a_diploma_owned_as_a_joke_is_no_diploma() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis docteur en grasses matinées (je rigole), mais j'ai vraiment un DUT Carrières "
        "sociales, obtenu en juin 2025. Je cherche un emploi dans une association.\n\nNina Poulain"
    )
    assert result["education"]["bac_plus"] == 2


def test_a_joking_degree_set_against_the_real_one_is_no_degree() -> None:
    result = extracted(
        "Hello,\n\nI have a master's in doomscrolling, but officially just a baccalauréat, passed in June "
        "2025. I'm looking for a job in a charity.\n\nNina Poulain",
        subject="Application",
    )
    assert status(result, "degree_level") == "not_met"
