"""The level and the graduation date an applicant gives while answering the programme's criteria line by
line: a level said as the criterion's threshold or heading («bac+2 minimum → …», "bac+2 or higher: …") is
the call's, the diploma named beside it is the applicant's; a bound restating the two-year condition
(«depuis moins de deux ans : …») gives way to the date written on its line. Phrasings of our own, French
and English, read through `propulse extract`'s path on the reading day 2026-11-26."""

from __future__ import annotations

from typing import Any

import pytest
from reading_day import extracted


def _read(body: str) -> dict[str, Any]:
    return extracted(body, from_name="Lou Garnier", from_addr="lou@ex.org")


@pytest.mark.parametrize(
    ("body", "level"),
    [
        pytest.param("Bonjour,\n\n☑ bac+2 minimum → licence de sociologie\n☑ je cherche dans une mutuelle\n",
                     3, id="fr_threshold_heading_then_a_licence"),
        pytest.param("Bonjour,\n\n- bac+2 ou plus (master d'urbanisme)\n- emploi visé : une coopérative\n",
                     5, id="fr_or_more_heading_then_a_master_in_brackets"),
        pytest.param("Hello,\n\n- bac+2 or higher: master's in public policy\n- a job with a charity\n",
                     5, id="en_or_higher_heading_then_a_masters"),
        pytest.param("Bonjour,\n\nBac+2 | licence pro intervention sociale\nSecteur | une association\n",
                     3, id="fr_table_row_heading_then_a_licence_pro"),
    ],
)
def test_a_level_heading_yields_to_the_diploma_answering_it(body: str, level: int) -> None:
    assert _read(body)["education"]["bac_plus"] == level


@pytest.mark.parametrize(
    ("body", "graduation"),
    [
        pytest.param("Bonjour,\n\n✔ licence d'histoire\n✔ diplômé depuis moins de 2 ans : septembre 2025\n",
                     "2025-09", id="fr_bound_then_the_month_after_a_colon"),
        pytest.param("Bonjour,\n\n✔ diplômée depuis moins de 2 ans (DUT GEA obtenu en juin 2025)\n",
                     "2025-06", id="fr_bound_then_the_diploma_dated_in_brackets"),
        pytest.param("Hi,\n\n- BA in sociology, graduated less than two years ago (July 2025)\n",
                     "2025-07", id="en_bound_then_the_month_in_brackets"),
    ],
)
def test_a_bound_restating_the_two_year_rule_gives_way_to_the_date_on_its_line(
    body: str, graduation: str
) -> None:
    assert _read(body)["education"]["graduation"] == graduation


def test_a_bound_alone_still_dates_the_diploma_at_its_latest() -> None:
    result = _read("Bonjour,\n\nJ'ai une licence de droit, diplômée depuis moins de deux ans.\n")
    assert result["education"]["graduation"] == "2024-11"


def test_a_level_said_in_a_sentence_is_still_the_level() -> None:
    assert _read("Bonjour,\n\nJ'ai un bac+3 en gestion, obtenu en 2025.\n")["education"]["bac_plus"] == 3
