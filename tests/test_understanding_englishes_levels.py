"""The level of a diploma as the Englishes name it: a bachelor's under its abbreviations (B.Com, BBA, LLB,
B.Tech), graded by its class (a 2:2, an upper second), a master's (MSW, LLM), an honours year after a
bachelor's, a diploma whose length is told, school-leaving certificates (Leaving Cert, WASSCE, Highers, matric
with its «Bachelor pass»), Ireland's one-year PLC course; a degree told had by an idiom of its variety («class
of 2025», «I convocated», «je sors de ma licence»); a level told by a diploma's ECTS credits or on a named
framework. Phrasings of our own, French and English, read through `propulse extract`'s path on the reading
day 2026-11-26."""

from __future__ import annotations

import pytest
from reading_day import extracted, status

EN_AIM = "I would like a job with a charity or a co-operative."
FR_AIM = "Je cherche un emploi dans une association."


def _read(said: str, french: bool = False) -> dict[str, object]:
    if french:
        return extracted(f"Bonjour,\n\n{said}\n\n{FR_AIM}\n\nMerci")
    return extracted(f"Hello,\n\n{said}\n\n{EN_AIM}\n\nThanks", subject="Application")


@pytest.mark.parametrize(
    ("said", "level"),
    [
        pytest.param("I completed my BBA at Christ University, Bangalore, in June 2025.", 3, id="en_bba"),
        pytest.param("I finished my B.Com (first division) at Madras University in 2025.", 3, id="en_b_com"),
        pytest.param("I completed an LLB at the University of Leeds in July 2025.", 3, id="en_llb"),
        pytest.param("I left Bristol in July 2025 with a 2:2 in Politics.", 3, id="en_a_two_two"),
        pytest.param(
            "I was awarded an upper second in Philosophy at Exeter in 2025.", 3, id="en_upper_second"
        ),
        pytest.param("I finished an MSW at the University of Toronto in May 2026.", 5, id="en_msw"),
        pytest.param("I obtained my LLM in International Law in September 2025.", 5, id="en_llm"),
        pytest.param(
            "I finished my BA in 2024 and a BA Honours in Psychology at Wits in 2025.",
            4,
            id="en_an_honours_year_after_the_ba",
        ),
        pytest.param(
            "I got a two-year college diploma in Early Childhood Education in June 2025.",
            2,
            id="en_a_two_year_college_diploma",
        ),
        pytest.param(
            "I hold a four-year degree in Social Work, awarded in 2025.", 3, id="en_a_four_year_degree"
        ),
    ],
)
def test_an_english_degree_name_or_class_gives_its_level(said: str, level: int) -> None:
    result = _read(said)
    assert result["education"]["bac_plus"] == level  # type: ignore[index]
    assert status(result, "degree_level") == "met"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("said", "french", "level"),
    [
        pytest.param(
            "I sat my WASSCE in 2023 and I have been working in a shop since.", False, 0, id="en_wassce"
        ),
        pytest.param(
            "I have my Highers from a school in Dundee and I have worked in retail since.",
            False,
            0,
            id="en_highers",
        ),
        pytest.param(
            "I have my matric with a Bachelor pass (2024) and a job in a call centre.",
            False,
            0,
            id="en_a_bachelor_pass_is_no_degree",
        ),
        pytest.param(
            "Je n'ai que mon Leaving Cert irlandais, passé en 2022.",
            True,
            0,
            id="fr_the_irish_leaving_certificate",
        ),
        pytest.param(
            "After school I did a PLC course in Childcare in Dublin, finished in May 2025.",
            False,
            1,
            id="en_a_plc_course",
        ),
    ],
)
def test_a_school_leaving_certificate_or_a_plc_course_is_below_bac_plus_two(
    said: str, french: bool, level: int
) -> None:
    result = _read(said, french)
    assert result["education"]["bac_plus"] == level  # type: ignore[index]
    assert status(result, "degree_level") == "not_met"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("said", "french"),
    [
        pytest.param("Tufts class of '25, with a BA in Economics.", False, id="en_class_of"),
        pytest.param("I convocated from McGill in June with a BA in Geography.", False, id="en_convocated"),
        pytest.param(
            "I'm just after finishing my BA (Hons) in History at Maynooth.",
            False,
            id="en_the_irish_after_perfect",
        ),
        pytest.param("Je sors de ma licence de sociologie à Rennes 2.", True, id="fr_je_sors_de_ma_licence"),
    ],
)
def test_a_degree_told_finished_by_an_idiom_of_its_variety_is_had(said: str, french: bool) -> None:
    result = _read(said, french)
    assert result["education"]["bac_plus"] == 3  # type: ignore[index]
    assert status(result, "degree_level") == "met"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("said", "french", "level"),
    [
        pytest.param(
            "Mon diplôme (240 ECTS) m'a été délivré en juin 2025 par une haute école belge.",
            True,
            4,
            id="fr_a_diploma_of_240_ects",
        ),
        pytest.param(
            "My degree carries 180 ECTS credits and was awarded in June 2025.",
            False,
            3,
            id="en_a_degree_of_180_ects",
        ),
        pytest.param(
            "I was awarded a diploma at EQF level 7 in Lisbon in 2025.",
            False,
            5,
            id="en_a_diploma_at_eqf_level_7",
        ),
    ],
)
def test_a_level_told_by_credits_or_a_named_framework_is_read(said: str, french: bool, level: int) -> None:
    result = _read(said, french)
    assert result["education"]["bac_plus"] == level  # type: ignore[index]
    assert status(result, "degree_level") == "met"  # type: ignore[arg-type]


def test_credits_still_missing_tell_no_level() -> None:
    # A guard of the reading above: «il me manque 60 ECTS» is what is left, not a diploma of bac+1.
    result = _read("Il me manque encore 60 ECTS pour valider mon diplôme.", french=True)
    assert result["education"]["bac_plus"] != 1  # type: ignore[index]
