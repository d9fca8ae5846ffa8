"""What the understanding decides when a message states several things at once, so that a mutation of the
order of decisions (tests/mutants.py) makes a test fail."""

from __future__ import annotations

from datetime import date

from fixtures_docs import make_message

from intake.extract import extract_message

TODAY = date(2026, 11, 26)


def test_a_permanent_job_held_during_a_career_change_shows_the_career_change_as_the_situation() -> None:
    body = (
        "Je travaille actuellement en CDI comme comptable et je suis en reconversion professionnelle "
        "vers l'ESS."
    )
    result = extract_message(make_message(body), today=TODAY)
    assert result["situation"]["current"] == "career_change"
