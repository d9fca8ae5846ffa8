"""Dates of a diploma in the institutions' words (jargon round, the graduation side): the date of the jury
or of the delivery on the line under the diploma's («Date de délibération : 03/07/2025»), a form's year
counted back from the year it is filled in («année d'obtention N-1»), a course «entre 2021 et 2024», leaving
initial education («sortie de formation initiale en juin 2025»), a later clause telling the award of «my
degree», a diploma prepared under a contract that ended. Phrasings of our own, French and English, read
through `propulse extract`'s path on the reading day 2026-11-26."""

from __future__ import annotations

import pytest
from reading_day import TODAY, extracted, status

from intake.understanding.dates import find_dates

AIM = "Je cherche un emploi dans une association d'éducation populaire."
EN_AIM = "I am looking for a job in a housing charity."


@pytest.mark.parametrize(
    ("body", "graduation"),
    [
        pytest.param(
            "Bonjour, extrait de mon relevé :\nMaster mention Géographie - 120 ECTS - Résultat : ADM\n"
            f"Date de délibération : 03/07/2025\n\n{AIM}",
            "2025-07",
            id="fr_deliberation",
        ),
        pytest.param(
            "Bonjour, j'ai une licence d'histoire de l'art.\nPV de jury du 28/06/2025, mention bien.\n\n"
            f"{AIM}",
            "2025-06",
            id="fr_pv_de_jury",
        ),
        pytest.param(
            "Hello, from my transcript:\nBA (Hons) Social Policy - Result: Pass\nExam board: 24/06/2025\n\n"
            f"{EN_AIM}",
            "2025-06",
            id="en_exam_board",
        ),
    ],
)
def test_the_jury_s_date_under_the_diploma_line_is_its_graduation(body: str, graduation: str) -> None:
    result = extracted(body)
    assert result["education"]["graduation"] == graduation
    assert status(result, "graduation_recent") == "met"


@pytest.mark.parametrize(
    ("body", "graduation"),
    [
        pytest.param(f"Bonjour, j'ai un master de sociologie, année d'obtention N-1. {AIM}", "2025", id="fr"),
        pytest.param(f"Bonjour, BTS Tourisme, promotion N-2. {AIM}", "2024", id="fr_promotion"),
        pytest.param(f"Hi, I hold a BSc in Biology, graduation year N-1. {EN_AIM}", "2025", id="en"),
    ],
)
def test_a_form_s_year_counted_back_from_the_year_of_the_mail_dates_the_diploma(
    body: str, graduation: str
) -> None:
    assert extracted(body)["education"]["graduation"] == graduation
    # Not «mon N-1», a colleague one rank below: only after a word of a diploma's year.
    assert find_dates("Mon N-1 est parti en congé, et mon N+1 aussi.", TODAY) == []


@pytest.mark.parametrize(
    ("body", "graduation"),
    [
        pytest.param(f"Bonjour, j'ai préparé mon DUT GEA entre 2022 et 2024, à Lens. {AIM}", "2024", id="fr"),
        pytest.param(f"Hi, I did my HND in Care between 2023 and 2025, Dundee. {EN_AIM}", "2025", id="en"),
    ],
)
def test_a_course_between_two_years_ends_in_the_second(body: str, graduation: str) -> None:
    assert extracted(body)["education"]["graduation"] == graduation


@pytest.mark.parametrize(
    ("body", "graduation"),
    [
        pytest.param(
            f"Bonjour, je suis titulaire d'un BTS SP3S. Sortie de formation initiale en juin 2025. {AIM}",
            "2025-06",
            id="fr",
        ),
        pytest.param(
            "Fiche de liaison :\n- Jeune : Théo Marchal\n- Diplôme : licence STAPS\n"
            "- Situation : sortant de formation initiale depuis mars 2024, suivi en PACEA\n"
            "- Projet : animateur sportif dans une association",
            "2024-03",
            id="fr_referral_form",
        ),
        pytest.param(
            f"Hello, I hold a BA in Geography. I left full-time education in July 2025. {EN_AIM}",
            "2025-07",
            id="en",
        ),
    ],
)
def test_leaving_initial_education_dates_the_diploma(body: str, graduation: str) -> None:
    assert extracted(body)["education"]["graduation"] == graduation


@pytest.mark.parametrize(
    ("body", "graduation"),
    [
        pytest.param(
            "Bonjour, j'ai fait un master d'urbanisme à Tours ; mon stage de fin d'études s'est terminé en "
            f"août 2025 et mon diplôme m'a été délivré en décembre 2025. {AIM}",
            "2025-12",
            id="fr",
        ),
        pytest.param(
            "Hello, I completed an MSc in Ecology at Bangor; my placement ended on 12 July 2025 and my "
            f"degree was awarded in October 2025. {EN_AIM}",
            "2025-10",
            id="en",
        ),
    ],
)
def test_a_later_clause_telling_the_award_of_the_degree_dates_it(body: str, graduation: str) -> None:
    assert extracted(body)["education"]["graduation"] == graduation


@pytest.mark.parametrize(
    ("body", "graduation"),
    [
        pytest.param(
            "Bonjour, titulaire d'une licence pro Métiers de l'animation, préparée en contrat "
            f"d'apprentissage terminé le 30/09/2025. {AIM}",
            "2025-09",
            id="fr",
        ),
        pytest.param(
            "Hello, I hold a BA in Business, completed through an apprenticeship contract that ended on "
            f"31/07/2025. {EN_AIM}",
            "2025-07",
            id="en",
        ),
    ],
)
def test_a_diploma_prepared_under_a_contract_ends_with_it(body: str, graduation: str) -> None:
    assert extracted(body)["education"]["graduation"] == graduation
