"""Dates of a diploma as a learner of French (or English) writes them (learners corpus, the graduation and
studies-finished side): a course's end told in the present with a date the reading day has passed, the
adjective before the month («le passé juillet»), a bare date in a sentence of its own after the diploma's
(«Fini juin 2024.»), a month spelled by ear, a level given as a diploma's equivalence, a graduation month
without its year said before the diploma. Phrasings of our own, French and English, read through `propulse
extract`'s path on the reading day 2026-11-26."""

from __future__ import annotations

import pytest
from reading_day import TODAY, extracted, status

from intake.understanding.dates import find_dates
from intake.understanding.diploma_date import find_graduation
from intake.understanding.diploma_level import find_diploma_spans
from intake.understanding.lexicon import load_lexicon

AIM = "Je cherche un emploi dans une association d'insertion."
EN_AIM = "I search a work in a charity for homeless people."


@pytest.mark.parametrize(
    ("body", "graduation"),
    [
        pytest.param(
            f"Bonjour, je termine ma licence de géographie en mai 2025 à Lille. {AIM}", "2025-05", id="fr"
        ),
        pytest.param(
            f"Bonjour, j'achève mon master d'urbanisme en juin 2026, à Tours. {AIM}", "2026-06", id="fr_2"
        ),
    ],
)
def test_a_course_ended_in_the_present_with_a_date_behind_us_is_finished(body: str, graduation: str) -> None:
    result = extracted(body)
    assert result["education"]["graduation"] == graduation
    assert result["education"]["in_progress"] is False
    assert status(result, "studies_finished") == "met"


@pytest.mark.parametrize(
    "body",
    [
        f"Bonjour, je termine ma licence de géographie en mai 2027 à Lille. {AIM}",
        f"Bonjour, je termine ma licence de géographie, commencée en septembre 2024. {AIM}",
        f"Bonjour, je prépare mon master d'urbanisme en 2025. {AIM}",
    ],
    ids=["a_date_still_ahead", "a_date_of_start", "a_verb_of_preparing"],
)
def test_a_course_still_ending_or_only_begun_stays_in_progress(body: str) -> None:
    result = extracted(body)
    assert result["education"]["in_progress"] is True
    assert status(result, "studies_finished") == "not_met"


@pytest.mark.parametrize(
    ("said", "read"),
    [
        pytest.param("j'ai terminé le passé mars", ["2026-03"], id="last_march_adjective_first"),
        pytest.param("diplômée le dernier décembre", ["2025-12"], id="last_december_adjective_first"),
        pytest.param("obtenu le passé février 2024", ["2024-02"], id="a_year_after_it_makes_a_plain_date"),
    ],
)
def test_the_adjective_before_the_month_counts_back_from_the_message(said: str, read: list[str]) -> None:
    assert [d.as_text() for d in find_dates(said, TODAY)] == read


def test_a_licence_finished_the_last_july_as_a_romance_speaker_says_it_is_recent() -> None:
    said = "Buongiorno, ho finito... pardon, j'ai fini ma licence le passé juillet, à Pise."
    result = extracted(f"{said} {AIM}")
    assert result["education"]["graduation"] == "2026-07"
    assert status(result, "graduation_recent") == "met"


@pytest.mark.parametrize(
    ("body", "bac_plus", "graduation"),
    [
        pytest.param(
            "Salut. BTS tourisme, Nice. Mai 2025. Cherche poste association.", 2, "2025-05", id="bare"
        ),
        pytest.param(
            "Bonjour. Moi : licence 3 histoire, Rennes 2. Fini juin 2024. Maintenant : cherche travail coop.",
            3,
            "2024-06",
            id="topic_first",
        ),
        pytest.param(
            f"Hello. Bachelor in economics, Leeds. Finished July 2025. {EN_AIM}", 3, "2025-07", id="english"
        ),
    ],
)
def test_a_date_told_alone_after_the_diploma_is_its_graduation(
    body: str, bac_plus: int, graduation: str
) -> None:
    result = extracted(body)
    assert result["education"]["bac_plus"] == bac_plus
    assert result["education"]["graduation"] == graduation


def test_a_date_told_alone_after_a_sentence_naming_no_diploma_dates_nothing() -> None:
    result = extracted(f"Bonjour, j'ai un master d'histoire. {AIM} Mars 2026.")
    assert result["education"]["graduation"] is None


@pytest.mark.parametrize(
    ("body", "graduation"),
    [
        pytest.param(f"Bonjour, j'ai eu ma licence en désanbre 2024 à Lyon. {AIM}", "2024-12", id="december"),
        pytest.param(
            f"Bonjour, master de droit, diplomé en otobre 2024 à Lyon. {AIM}", "2024-10", id="october"
        ),
        pytest.param(f"Bonjour, j'ai mon BTS depuis févriyé 2025. {AIM}", "2025-02", id="february"),
    ],
)
def test_a_month_spelled_by_ear_dates_the_diploma(body: str, graduation: str) -> None:
    result = extracted(body)
    assert result["education"]["graduation"] == graduation


def test_a_level_given_as_the_equivalence_of_a_dated_diploma_takes_its_date() -> None:
    result = extracted(
        "Bonjour, j'ai un bachelor de l'université de Lagos, obtenu en juillet 2025 et reconnu équivalent "
        f"à un bac+4 en France. {AIM}"
    )
    assert result["education"]["bac_plus"] == 4
    assert result["education"]["graduation"] == "2025-07"


def test_a_grade_named_in_the_brackets_of_a_cv_line_leaves_the_date_to_the_diploma() -> None:
    line = "Assistante de service social (DEASS, grade licence), diplômée en juin 2025, IRTS de Rennes"
    spans = find_diploma_spans(line, load_lexicon())
    first = spans[0]
    others = [(s, e) for s, e, _l, _v in spans[1:]]
    when = find_graduation(line, first[0], first[1], "Stage : CCAS de Vitré (2024)", TODAY, others)
    assert when is not None and when.as_text() == "2025-06"


@pytest.mark.parametrize(
    ("body", "graduation"),
    [
        pytest.param(
            f"Bonjour, je suis diplômé depuis mars, BTS commerce à Lille. {AIM}", "2026-03", id="fr"
        ),
        pytest.param(
            f"Hello, I am graduated since May, bachelor in law in Porto. {EN_AIM}", "2026-05", id="en"
        ),
        pytest.param(
            f"Hi, I graduated in February with a bachelor in law. {EN_AIM}", "2026-02", id="en_past"
        ),
    ],
)
def test_a_graduation_month_said_before_the_diploma_is_the_last_such_month(
    body: str, graduation: str
) -> None:
    result = extracted(body)
    assert result["education"]["graduation"] == graduation
    assert status(result, "graduation_recent") == "met"


@pytest.mark.parametrize(
    "body",
    [
        f"Bonjour, je serai diplômé en mars, BTS commerce à Lille. {AIM}",
        f"Hello, I will graduate in May with a bachelor in law. {EN_AIM}",
    ],
    ids=["fr", "en"],
)
def test_a_graduation_month_still_to_come_dates_nothing(body: str) -> None:
    assert extracted(body)["education"]["graduation"] is None


@pytest.mark.parametrize(
    "body",
    [
        f"Bonjour, pour le master de droit, je ne suis pas encore diplômée, je repasse en février. {AIM}",
        f"Bonjour, pour le master de droit, je suis non diplômée encore, je repasse un module. {AIM}",
        f"Hello, for my MA in history I'm not graduated yet, one module to retake. {EN_AIM}",
    ],
    ids=["fr_not_yet_graduated", "fr_learners_non_before_the_word", "en_not_graduated_yet"],
)
def test_not_graduated_yet_in_a_clause_of_its_own_says_the_studies_go_on(body: str) -> None:
    assert status(extracted(body), "studies_finished") == "not_met"


def test_not_graduated_yet_with_the_jury_still_to_sit_is_asked() -> None:
    result = extracted(
        f"Bonjour, master de droit : tout est rendu, je suis non diplômé encore, jury le 9 décembre. {AIM}"
    )
    assert status(result, "studies_finished") == "unknown"


@pytest.mark.parametrize(
    "body",
    [
        f"Bonjour, j'ai fini les cours du máster à Bilbao, mais il me manque de rendre le TFG en mars. {AIM}",
        f"Bonjour, j'ai fini les cours du master à Turin, il me manque encore la tesi à rendre. {AIM}",
    ],
    ids=["spanish_tfg", "italian_tesi"],
)
def test_a_thesis_named_in_the_writers_other_language_left_to_hand_in_keeps_the_studies_going(
    body: str,
) -> None:
    assert status(extracted(body), "studies_finished") == "not_met"


def test_the_last_year_with_a_learners_article_is_a_year_being_studied() -> None:
    said = "Bonjour, je suis en la première année de ma formation d'ergothérapeute à Lyon."
    result = extracted(f"{said} {AIM}")
    assert status(result, "studies_finished") == "not_met"


@pytest.mark.parametrize(
    ("body", "graduation"),
    [
        pytest.param(
            "Bonjour, je ne sais pas si le diplôme de mon institut vaut une licence. Obtenu en mai 2025. "
            f"{AIM}",
            "2025-05",
            id="fr",
        ),
        pytest.param(
            "Hello, I do not know if my diploma from Lagos counts as a bachelor's degree, I got it in May "
            f"2025. {EN_AIM}",
            "2025-05",
            id="en",
        ),
    ],
)
def test_a_diploma_whose_worth_the_writer_wonders_about_leaves_its_level_asked_and_keeps_its_date(
    body: str, graduation: str
) -> None:
    result = extracted(body)
    assert status(result, "degree_level") == "unknown"
    assert result["education"]["graduation"] == graduation
