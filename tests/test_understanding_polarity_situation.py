"""Situations turned or bounded by an operator (stop 33, the polarity round), read through the shared operator
reader (clauses.operator_on): a thing said with «aucun / ni» is none, whatever «toujours» says of the rest;
a hedged cessation («plus vraiment»), a negation over all («tous … ne … pas»), a set-aside («hors stage») and
a «ne … pas» over a «depuis» leave the internship open; «déjà commencé» runs; a mission said «encore» held of
the person a referral presents is asked; a name denied beside its trappings held now is asked; a cessation
in English followed by the end's own clause is over. Each in phrasings of its own, French and English,
read through `propulse extract`'s path."""

from __future__ import annotations

from typing import Any

import pytest
from fixtures_docs import make_docx, make_message
from reading_day import TODAY, extracted, status

from intake.extract import extract_message

DIPLOMA = "J'ai obtenu ma licence de sociologie en juin 2026."
AIM = "Je cherche un emploi dans une association."
EN_DIPLOMA = "I completed my BA in sociology in June 2026."
EN_AIM = "I am looking for a job with a charity."


def _on_cv(lines: list[str], criterion: str) -> str:
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    message = make_message(f"Bonjour, voici mon CV. {AIM}", attachments=[("CV.docx", docx, make_docx(lines))])
    result: dict[str, Any] = extract_message(message, today=TODAY)
    return status(result, criterion)


CASES = [
    pytest.param(
        f"{DIPLOMA} Je suis encore bénévole au Secours populaire le samedi, mais je n'ai aucune convention ni"
        f" aucun contrat. {AIM}",
        "not_internship",
        "met",
        id="a_volunteer_still_helping_with_no_agreement_at_all_holds_no_internship",
    ),
    pytest.param(
        f"{DIPLOMA} Je ne suis plus vraiment en stage : je n'y retourne plus, mais rien n'est clos. {AIM}",
        "not_internship",
        "unknown",
        id="plus_vraiment_en_stage_leaves_the_internship_open",
    ),
    pytest.param(
        f"{DIPLOMA} J'ai enchaîné les stages depuis ; tous mes stages ne sont pas finis, je m'organiserai."
        f" {AIM}",
        "not_internship",
        "unknown",
        id="not_all_of_my_internships_finished_leaves_the_internship_open",
    ),
    pytest.param(
        f"{DIPLOMA} Hors stage, rien en cours. {AIM}",
        "not_internship",
        "unknown",
        id="hors_stage_leaves_the_internship_open",
    ),
    pytest.param(
        f"{DIPLOMA} Pour répondre à votre question : je ne suis pas en stage depuis octobre, c'est plus long"
        f" à expliquer. {AIM}",
        "not_internship",
        "unknown",
        id="a_negation_over_a_depuis_leaves_the_internship_open",
    ),
    pytest.param(
        "Je vous écris un peu en avance : j'ai déjà commencé le stage prévu par ma licence pro (depuis le 9"
        f" novembre, dans une coopérative). {AIM}",
        "not_internship",
        "not_met",
        id="an_internship_already_begun_runs_now",
    ),
    pytest.param(
        "Bonjour, je vous oriente Malik Diallo, 24 ans, titulaire d'un BTS obtenu en juin 2025, que je suis"
        " depuis l'été. En ce moment il est encore en mission à l'Armée du Salut, sur la distribution des"
        " repas. Il souhaite ensuite travailler dans une association.",
        "not_service_civique",
        "unknown",
        id="a_mission_still_held_by_the_person_a_referral_presents_is_asked",
    ),
    pytest.param(
        f"{DIPLOMA} Je n'ai jamais été stagiaire à proprement parler : je fais une période d'immersion dans"
        f" un foyer jusqu'au 20 février. {AIM}",
        "not_internship",
        "unknown",
        id="never_an_intern_beside_an_immersion_held_now_is_asked",
    ),
    pytest.param(
        f"{EN_DIPLOMA} My internship is no longer running: it ended in October, after five months at a food"
        f" bank. {EN_AIM}",
        "not_internship",
        "met",
        id="an_english_internship_no_longer_running_and_ended_is_over",
    ),
]


CIVIC_CASES = [
    pytest.param(
        f"{DIPLOMA} Ma mission de service civique n'est toujours pas achevée. {AIM}",
        "not_met",
        id="a_civic_service_whose_end_is_not_reached_yet_runs",
    ),
    pytest.param(
        f"{DIPLOMA} Je ne crois pas que mon service civique se prolonge après Noël. {AIM}",
        "unknown",
        id="a_civic_service_under_a_negated_thought_is_asked",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CIVIC_CASES)
def test_each_operated_civic_service_reads_its_criterion(body: str, expected: str) -> None:
    assert status(extracted(body), "not_service_civique") == expected


EN_CASES = [
    pytest.param(
        f"{EN_DIPLOMA} I'm not really on my work placement anymore, though nothing is signed off. {EN_AIM}",
        "unknown",
        id="an_english_not_really_on_placement_leaves_the_internship_open",
    ),
    pytest.param(
        f"{EN_DIPLOMA} Not all of my work placements are over. {EN_AIM}",
        "unknown",
        id="an_english_not_all_placements_over_leaves_the_internship_open",
    ),
    pytest.param(
        f"{EN_DIPLOMA} Apart from my research internship, nothing is running. {EN_AIM}",
        "unknown",
        id="an_english_apart_from_my_internship_leaves_it_open",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I have already started the internship my course requires (since 4 November). {EN_AIM}",
        "not_met",
        id="an_english_internship_already_started_runs_now",
    ),
]


@pytest.mark.parametrize(("body", "expected"), EN_CASES)
def test_each_operated_english_internship_reads_its_criterion(body: str, expected: str) -> None:
    assert status(extracted(body), "not_internship") == expected


@pytest.mark.parametrize(("body", "criterion", "expected"), CASES)
def test_each_operated_situation_reads_its_criterion(body: str, criterion: str, expected: str) -> None:
    assert status(extracted(body), criterion) == expected


def test_a_cv_line_without_internship_nor_mission_holds_neither() -> None:
    lines = ["Sami Okafor", "Situation : sans stage ni mission en cours", "Licence pro, juin 2026"]
    assert _on_cv(lines, "not_service_civique") == "met"
    assert _on_cv(lines, "not_internship") == "met"
