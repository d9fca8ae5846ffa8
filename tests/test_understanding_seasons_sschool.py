"""School years, exams and results, a CV's periods read on the mail's own day (stop 53, the seasons corpus's
slice of h-sschool): a résumé laid out by year dates the months under each year's line; results had
«hier», «la semaine dernière», on a weekday or «de janvier» date the diploma they award; «changer de voie»
in any tense, an adverb between, is the turn after years in a trade. Each read on a stated day, in French
and in English where the class exists in both, with the near phrasing that must not change."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fixtures_docs import make_docx, make_message
from reading_day import criterion

from intake.extract import extract_message

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
AIM = "Je cherche un poste de chargé de mission dans une association d'insertion."
EN_AIM = "I am looking for a job with a charity."


def read_on(day: str, body: str, cv: list[str] | None = None) -> dict[str, Any]:
    """`body` (with `cv` attached as a DOCX when given) extracted on `day`."""
    attachments = [("CV_Noe_Lambert.docx", DOCX, make_docx(cv))] if cv else None
    raw = (
        make_message(body, subject="Candidature", attachments=attachments)
        if attachments
        else make_message(body, subject="Candidature")
    )
    return extract_message(raw, today=date.fromisoformat(day))


def graduation(result: dict[str, Any]) -> str | None:
    education = result["education"] or {}
    return education.get("graduation")


def cv_by_year(entry: str) -> list[str]:
    return [
        "Noé Lambert",
        "Recherche un poste de coordinateur dans une association d'éducation populaire",
        "EXPÉRIENCE",
        "2026",
        entry,
        "2024",
        "sept. – déc. Service civique, Ligue de l'enseignement",
        "FORMATION",
        "mai 2025 Licence de sciences de l'éducation, Université de Rennes",
    ]


def test_an_internship_by_months_under_a_year_line_read_while_it_runs_is_held() -> None:
    result = read_on(
        "2026-06-15", "Mon CV est en pièce jointe.", cv_by_year("mars – août Stagiaire, MJC du Blosne")
    )
    assert criterion(result, "not_internship")["status"] == "not_met"


def test_an_internship_by_months_under_a_year_line_read_after_its_end_is_over() -> None:
    result = read_on(
        "2026-10-20", "Mon CV est en pièce jointe.", cv_by_year("mars – août Stagiaire, MJC du Blosne")
    )
    assert criterion(result, "not_internship")["status"] == "met"


def test_an_english_internship_by_months_under_a_year_line_read_while_it_runs_is_held() -> None:
    lines = cv_by_year("Feb – Jul Intern, Emmaus Rennes")
    result = read_on("2026-05-04", "Please find my resume attached.", lines)
    assert criterion(result, "not_internship")["status"] == "not_met"


def test_months_that_cross_the_new_year_under_a_year_line_end_in_the_next_year() -> None:
    lines = [
        "Noé Lambert",
        "EXPÉRIENCE",
        "2025",
        "nov. – avr. Stagiaire, Secours populaire",
        "FORMATION",
        "juin 2025 Licence de sociologie",
    ]
    result = read_on("2026-02-10", f"Mon CV ci-joint. {AIM}", lines)
    assert criterion(result, "not_internship")["status"] == "not_met"


def test_a_job_by_months_under_a_year_line_is_no_internship() -> None:
    result = read_on(
        "2026-06-15", "Mon CV est en pièce jointe.", cv_by_year("mars – août Animateur, MJC du Blosne")
    )
    assert criterion(result, "not_internship")["status"] == "met"


@pytest.mark.parametrize(
    ("body", "day", "month"),
    [
        pytest.param(
            "Le jury a publié ses résultats hier : je suis diplômée de mon master 2.",
            "2026-02-03",
            "2026-02",
            id="results_out_yesterday_date_the_master",
        ),
        pytest.param(
            "J'ai reçu mon attestation de réussite la semaine dernière : licence professionnelle validée.",
            "2026-04-03",
            "2026-03",
            id="a_certificate_received_last_week_read_early_in_april_is_of_march",
        ),
        pytest.param(
            "The results came out yesterday and I have my master's degree.",
            "2026-07-09",
            "2026-07",
            id="english_results_out_yesterday_date_the_degree",
        ),
        pytest.param(
            "Nous avons reçu les résultats du jury mardi : ma licence est validée.",
            "2026-09-04",
            "2026-09",
            id="results_had_on_a_weekday_date_the_licence",
        ),
        pytest.param(
            "J'ai eu les résultats de la session de juin : mon BTS est validé.",
            "2026-09-15",
            "2026-06",
            id="results_of_a_month_named_after_de_date_the_bts",
        ),
        pytest.param(
            "J'ai enfin eu les résultats du jury le 3 juillet : je suis titulaire du DE d'éducatrice.",
            "2026-07-20",
            "2026-07",
            id="results_had_on_a_yearless_day_date_the_diploma",
        ),
    ],
)
def test_a_diploma_dated_by_results_had_on_a_day_counted_from_the_mail(
    body: str, day: str, month: str
) -> None:
    assert graduation(read_on(day, f"{body} {AIM}")) == month


def test_results_not_yet_had_date_nothing() -> None:
    body = f"Je n'ai pas eu les résultats du jury de juin, ma licence n'est donc pas encore validée. {AIM}"
    assert graduation(read_on("2026-07-10", body)) is None


def test_a_defence_held_last_week_with_its_mark_awaited_dates_no_diploma() -> None:
    body = f"J'ai soutenu mon mémoire de master la semaine dernière et j'attends encore la note. {AIM}"
    assert graduation(read_on("2026-06-20", body)) is None


def test_an_interview_had_yesterday_dates_no_diploma_told_elsewhere() -> None:
    body = f"J'ai passé un entretien hier. J'ai obtenu mon master en septembre 2025. {AIM}"
    assert graduation(read_on("2026-03-12", body)) == "2025-09"


DIPLOMA = "Diplôme d'État d'assistant de service social obtenu en 2025."


@pytest.mark.parametrize(
    "turn",
    [
        pytest.param(
            "Après douze ans dans la grande distribution, je change radicalement de métier.",
            id="changing_trade_now_with_an_adverb",
        ),
        pytest.param(
            "Après neuf ans comme magasinier, j'ai changé de voie.", id="a_path_changed_in_the_past"
        ),
        pytest.param(
            "After ten years as a bus driver, I am changing careers.", id="an_english_career_changed"
        ),
    ],
)
def test_a_turn_of_changing_path_after_years_in_a_trade_is_a_career_change(turn: str) -> None:
    result = read_on("2026-03-02", f"{turn} {DIPLOMA} {AIM}")
    assert criterion(result, "not_career_change")["status"] == "not_met"


@pytest.mark.parametrize(
    "said",
    [
        pytest.param("Après huit ans au conservatoire, je ne change pas de voie.", id="a_change_denied"),
        pytest.param(
            "Après trois ans de licence, j'ai changé de voie.", id="years_of_study_before_the_change"
        ),
        pytest.param("Je change de voie après ma licence de droit.", id="no_years_in_a_trade"),
    ],
)
def test_a_change_of_path_with_no_years_of_trade_before_it_is_no_career_change(said: str) -> None:
    result = read_on("2026-03-02", f"{said} {DIPLOMA} {AIM}")
    assert criterion(result, "not_career_change")["status"] != "not_met"
