"""Situations and studies told across a link (stop 32, the anaphora round): a phrase set apart and taken up
by a pronoun of its clause («Mon service civique, il est fini depuis octobre») is read in that clause; an
end still to come dated by this month alone, its day unsaid, is asked, even when another sentence says the
situation is held; a CV line holding only a period dates the entry above it; a jury's decision still to
come may have its studies named in the sentence before, or be stressed by a pronoun between commas; a
scheme only likened to the service civique («l'équivalent d'un service civique») is another, asked; a
mission of unsaid kind maybe held now (its end denied, or a bare participle dated until ahead) is asked.
Each stated in phrasings of its own, in French and in English, and read through `propulse extract`'s path."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from fixtures_docs import make_docx, make_message

from intake.extract import extract_message

TODAY = date(2026, 11, 26)
AIM = "Je souhaite travailler dans une association."
EN_AIM = "I would like to work for a charity."


def _status(body: str, criterion: str, cv: list[str] | None = None) -> str:
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    attachments = [("CV.docx", docx, make_docx(cv))] if cv else []
    message = make_message(body, subject="Candidature Pro'pulse", attachments=attachments)
    result: dict[str, Any] = extract_message(message, today=TODAY)
    return str(next(c for c in result["eligibility"]["criteria"] if c["id"] == criterion)["status"])


CASES = [
    # A phrase set apart, taken up by a pronoun: the clause is its own, told over.
    pytest.param(
        f"BTS SP3S obtenu en juin 2025. Mon service civique, il est fini depuis octobre. {AIM}",
        "not_service_civique",
        "met",
        id="a_civic_service_set_apart_and_said_over_by_il_is_over",
    ),
    pytest.param(
        f"Licence pro obtenue en juin 2026. Ma mission de service civique chez Unis-Cité, elle est finie"
        f" depuis la mi-août : j'accompagnais des collégiens. {AIM}",
        "not_service_civique",
        "met",
        id="a_civic_mission_set_apart_and_said_over_by_elle_is_over",
    ),
    # An end dated by this month alone, read on 26 November: before today or after, unknown — asked.
    pytest.param(
        f"DUT obtenu en juin 2025. Je suis en stage dans une mairie jusqu'à fin novembre. {AIM}",
        "not_internship",
        "unknown",
        id="a_stage_held_until_the_end_of_this_month_is_asked",
    ),
    pytest.param(
        f"Master obtenu en juillet 2026. Je suis volontaire en service civique dans une régie de quartier."
        f" Mon service civique se termine en novembre. {AIM}",
        "not_service_civique",
        "unknown",
        id="a_civic_service_held_now_but_ending_this_month_is_asked",
    ),
    pytest.param(
        f"BTS obtenu en juin 2025. Suis-je encore en stage ? Oui, jusqu'à la fin novembre. {AIM}",
        "not_internship",
        "unknown",
        id="a_stage_answered_yes_until_the_end_of_this_month_is_asked",
    ),
    pytest.param(
        f"I graduated with a BA in June 2025. I am on an internship at a city council. My internship ends in"
        f" November. {EN_AIM}",
        "not_internship",
        "unknown",
        id="an_english_internship_ending_this_month_is_asked",
    ),
    # An end verb later in the sentence taking the situation up by its object pronoun dates it.
    pytest.param(
        f"Licence pro obtenue en juin 2026. Mon stage a débuté en octobre et je dois le terminer fin avril."
        f" {AIM}",
        "not_internship",
        "not_met",
        id="a_stage_begun_in_october_that_i_must_finish_in_april_runs_now",
    ),
    # A jury's decision still to come, its studies named in the sentence before: the end of studies is open.
    pytest.param(
        f"J'ai fini les cours de mon master de géographie en octobre. La délibération du jury n'a pas encore"
        f" eu lieu. {AIM}",
        "studies_finished",
        "unknown",
        id="a_deliberation_not_yet_held_after_a_master_named_before_leaves_the_studies_open",
    ),
    pytest.param(
        f"I completed the coursework of my MSc in public health in September. The board's verdict is not yet"
        f" known. {EN_AIM}",
        "studies_finished",
        "unknown",
        id="an_english_board_verdict_not_yet_known_after_an_msc_named_before_leaves_the_studies_open",
    ),
    pytest.param(
        f"J'ai validé tous les cours de ma licence pro en septembre. Les résultats, eux, ne sont pas encore"
        f" publiés. {AIM}",
        "studies_finished",
        "unknown",
        id="results_stressed_by_eux_and_not_yet_published_leave_the_studies_open",
    ),
    # Another scheme likened to the service civique: the writer holds the other one — which, asked.
    pytest.param(
        f"Licence de lettres (2025). Je fais un volontariat européen en Grèce, un peu comme un service"
        f" civique, jusqu'en mai. {AIM}",
        "not_service_civique",
        "unknown",
        id="a_european_volunteering_likened_to_a_service_civique_is_asked",
    ),
    pytest.param(
        f"I hold a BA in geography (2025). I am volunteering with the European Solidarity Corps in Vienna,"
        f" which is much like a service civique. {EN_AIM}",
        "not_service_civique",
        "unknown",
        id="an_english_solidarity_corps_placement_likened_to_a_service_civique_is_asked",
    ),
    # A mission of unsaid kind maybe held now: asked.
    pytest.param(
        f"Licence de sociologie obtenue en 2025. Ma mission au Secours populaire n'est pas tout à fait"
        f" terminée. {AIM}",
        "not_service_civique",
        "unknown",
        id="a_mission_not_quite_over_is_asked",
    ),
    pytest.param(
        f"Diplôme : BTS ESF, juin 2025\nSituation actuelle : engagé dans une mission aux Petits Frères des"
        f" Pauvres, jusqu'en mars\n{AIM}",
        "not_internship",
        "unknown",
        id="a_form_answer_engaged_in_a_mission_until_march_is_asked",
    ),
]


@pytest.mark.parametrize(("body", "criterion", "expected"), CASES)
def test_a_situation_told_across_a_link(body: str, criterion: str, expected: str) -> None:
    assert _status(body, criterion) == expected


CV_CASES = [
    pytest.param(
        ["Maëlle Caron", "EXPÉRIENCES", "Service civique — Banque alimentaire", "oct. 2026 – juin 2027"],
        "not_service_civique",
        "not_met",
        id="a_cv_civic_service_dated_on_the_line_below_runs_now",
    ),
    pytest.param(
        ["Maëlle Caron", "EXPERIENCE", "Internship — Community food bank", "from Sept 2026 to February 2027"],
        "not_internship",
        "not_met",
        id="an_english_cv_internship_dated_on_the_line_below_runs_now",
    ),
]


@pytest.mark.parametrize(("cv", "criterion", "expected"), CV_CASES)
def test_a_cv_entry_dated_on_the_line_below(cv: list[str], criterion: str, expected: str) -> None:
    body = f"Bonjour, licence AES obtenue en juin 2026, mon CV est joint. {AIM}"
    assert _status(body, criterion, cv) == expected
