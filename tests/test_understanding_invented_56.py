"""Meanings invented at stop 56, each read from a sentence's structure on a stated reading day: the situation
of the person a referral presents (hers, told by the writer, not reported nor said wrong); a defence passed
but its jury still to decide (no diploma yet); a category the writer fears being seen as (no fact); an English
state of completion held since a day (an end behind); a participant leaving the programme (no application)."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import kind, status

from intake.extract import extract_message

DECEMBER = date(2026, 12, 7)
_UNCLE = {"from_name": "Paul Moulin", "from_addr": "paul.moulin@example.org"}


def read_on(body: str, day: date = DECEMBER, **message: Any) -> dict[str, Any]:
    """`body` mailed as make_message sends it (`message`: subject, sender…), extracted on `day`."""
    return extract_message(make_message(body, **message), today=day)


def verdict(result: dict[str, Any]) -> str:
    return str(result["eligibility"]["verdict"])


# 1. The situation of the person presented is hers.


def test_a_niece_presented_with_her_bts_is_on_an_internship_until_march() -> None:
    result = read_on(
        "Bonjour,\n\nJe me permets de vous écrire pour ma nièce Clémence Roy, titulaire d'un DUT obtenu en "
        "2025 ; elle est en stage jusqu'en avril 2027. Elle cherche un emploi dans une coopérative.\n\n"
        "Paul Moulin",
        **_UNCLE,
    )
    assert status(result, "not_internship") == "not_met"


def test_a_son_presented_as_an_intern_at_a_mutual_holds_his_internship_now() -> None:
    result = read_on(
        "Bonjour,\n\nJe vous présente mon fils Hugo, diplômé d'une licence en 2025. Il est en stage dans une "
        "mutuelle jusqu'en mai 2027 et cherche un emploi dans l'ESS.\n\nPaul Moulin",
        **_UNCLE,
    )
    assert status(result, "not_internship") == "not_met"


def test_a_niece_presented_in_english_is_on_an_internship_until_march() -> None:
    result = read_on(
        "Hello,\n\nI'm writing on behalf of my niece Clemence Roy, who holds a BTS obtained in 2025. She is "
        "on an internship until April 2027 and is looking for a job at a cooperative.\n\nPaul Moulin",
        subject="Application",
        **_UNCLE,
    )
    assert status(result, "not_internship") == "not_met"


def test_the_bts_apposed_to_a_presented_niece_is_not_the_uncles_own() -> None:
    """The apposition hung on the verb by the small model still says the niece's diploma: the uncle tells
    nothing of his own, so the internship told next is the niece's."""
    result = read_on(
        "Bonjour,\n\nJ'écris pour ma filleule Maëlle Tanguy, diplômée d'un BTS en 2025 ; elle est en stage "
        "jusqu'en juin 2027. Elle cherche un emploi dans l'ESS.\n\nPaul Moulin",
        **_UNCLE,
    )
    assert status(result, "not_internship") == "not_met"


def test_a_presented_daughters_internship_ended_in_june_is_over() -> None:
    result = read_on(
        "Bonjour,\n\nJe vous écris pour ma fille Jeanne, titulaire d'un master obtenu en 2025. Elle était en "
        "stage jusqu'en juin 2026 et cherche maintenant un emploi dans l'ESS.\n\nPaul Moulin",
        **_UNCLE,
    )
    assert status(result, "not_internship") == "met"


def test_a_flatmates_civic_service_beside_a_writer_applying_for_herself_is_not_hers() -> None:
    result = read_on(
        "Bonjour,\n\nJ'ai une licence obtenue en 2025 et je cherche un emploi dans l'ESS. Ma colocataire "
        "Sarah aussi : elle est en service civique jusqu'en mai 2027.\n\nLéa Martin"
    )
    assert status(result, "not_service_civique") == "met"


def test_a_civic_service_her_cv_shows_wrongly_is_not_held() -> None:
    result = read_on(
        "Bonjour,\n\nJe vous écris pour ma fille Jeanne, titulaire d'un master obtenu en 2025. Elle cherche "
        "un emploi dans l'ESS. Sur son CV, il est noté qu'elle est en service civique, c'est une erreur.\n\n"
        "Paul Moulin",
        **_UNCLE,
    )
    assert status(result, "not_service_civique") != "not_met"


def test_a_civic_service_a_local_mission_file_says_wrongly_is_not_held_by_the_son() -> None:
    result = read_on(
        "Bonjour,\n\nJ'écris pour mon fils Malo, titulaire d'un BTS obtenu en juin 2025. Dans son dossier de "
        "la Mission locale, il est indiqué qu'il est en service civique ; c'est faux, sa mission a pris fin "
        "en août. Il cherche un emploi dans l'ESS.\n\nPaul Moulin",
        **_UNCLE,
    )
    assert status(result, "not_service_civique") != "not_met"


def test_a_civic_service_written_on_my_own_cv_by_mistake_is_not_held() -> None:
    result = read_on(
        "Bonjour,\n\nJ'ai un master obtenu en 2025 et je cherche un emploi dans l'ESS. Sur mon CV, il est "
        "écrit que je suis en service civique : c'est une erreur de mise à jour.\n\nLéa Martin"
    )
    assert status(result, "not_service_civique") != "not_met"


# 2. A defence passed, the jury still to decide: no diploma yet.


def test_a_master_defended_in_november_with_no_deliberation_yet_is_not_obtained() -> None:
    result = read_on(
        "Bonjour,\n\nJ'ai soutenu mon mémoire de M2 développement local le 12 novembre, mais le jury ne "
        "s'est pas encore réuni. Je cherche un poste dans une association.\n\nLéa Martin"
    )
    assert status(result, "graduation_recent") == "unknown"
    assert verdict(result) == "to_verify"


def test_a_dissertation_defended_before_the_exam_board_met_is_not_a_degree_yet() -> None:
    result = read_on(
        "Hello,\n\nI defended my MA dissertation on 12 November, but the exam board hasn't met yet. I'm "
        "looking for a job in a charity.\n\nLea Martin",
        subject="Application",
    )
    assert status(result, "graduation_recent") == "unknown"
    assert verdict(result) == "to_verify"


def test_a_master_validated_once_the_jury_deliberated_is_obtained() -> None:
    result = read_on(
        "Bonjour,\n\nJ'ai soutenu mon mémoire de M2 développement local le 12 novembre ; le jury a délibéré "
        "le 24 novembre : master validé. Je cherche un poste dans une association.\n\nLéa Martin"
    )
    assert result["education"]["graduation"] == "2026-11"
    assert verdict(result) == "eligible"


# 3. A category feared about oneself is no fact.


def test_fearing_to_be_seen_as_a_career_changer_after_a_first_ess_job_is_no_career_change() -> None:
    result = read_on(
        "Bonjour,\n\nDiplômée d'un master en 2025, j'ai eu un premier emploi dans une association "
        "d'insertion. Je cherche un nouveau poste dans l'ESS, mais j'ai peur qu'on me voie comme « en "
        "reconversion ».\n\nLéa Martin"
    )
    assert status(result, "not_career_change") == "met"


def test_dreading_that_recruiters_take_me_for_someone_retraining_is_no_career_change() -> None:
    result = read_on(
        "Bonjour,\n\nJ'ai un master obtenu en 2025 et je cherche un poste dans une coopérative. Je crains "
        "que les recruteurs me considèrent comme une personne en reconversion.\n\nLéa Martin"
    )
    assert status(result, "not_career_change") == "met"


def test_worrying_that_employers_see_me_as_a_career_changer_is_no_career_change() -> None:
    result = read_on(
        "Hello,\n\nI got my master's degree in 2025 and I'm looking for a job in the social economy. I'm "
        "worried employers see me as a career changer.\n\nLea Martin",
        subject="Application",
    )
    assert status(result, "not_career_change") == "met"


def test_being_seen_as_retraining_and_saying_it_is_true_is_a_career_change() -> None:
    result = read_on(
        "Bonjour,\n\nJ'ai un master obtenu en 2025 et je cherche un poste dans l'ESS. On me voit comme en "
        "reconversion, et c'est vrai : je me reconvertis après dix ans de banque.\n\nLéa Martin"
    )
    assert status(result, "not_career_change") == "not_met"


# 4. An English state of completion held since a day is an end behind.


def test_a_placement_report_handed_in_since_may_is_a_placement_over() -> None:
    result = read_on(
        "Hello,\n\nI hold a BA in social economy obtained in June 2026. My placement report has been handed "
        "in since May, and I'm looking for a job in a cooperative.\n\nLea Martin",
        subject="Application",
    )
    assert status(result, "not_internship") == "met"


def test_an_internship_report_submitted_since_july_is_an_internship_over() -> None:
    result = read_on(
        "Hello,\n\nI graduated with a BA in June 2026. My internship report has been submitted since July. "
        "I'm looking for a job in a charity.\n\nLea Martin",
        subject="Application",
    )
    assert status(result, "not_internship") == "met"


def test_a_placement_extended_since_may_is_not_read_over() -> None:
    result = read_on(
        "Hello,\n\nI hold a BA obtained in June 2026. My placement has been extended since May. I'm looking "
        "for a job in a charity.\n\nLea Martin",
        subject="Application",
    )
    assert status(result, "not_internship") != "met"


def test_being_on_placement_since_may_is_a_placement_held() -> None:
    result = read_on(
        "Hello,\n\nI hold a BA obtained in June 2026. I have been on placement since May. I'm looking for a "
        "job in a charity.\n\nLea Martin",
        subject="Application",
    )
    assert status(result, "not_internship") == "not_met"


def test_un_rapport_de_stage_rendu_depuis_mai_est_un_stage_fini() -> None:
    result = read_on(
        "Bonjour,\n\nJ'ai une licence obtenue en juin 2026. Mon rapport de stage est rendu depuis mai et je "
        "cherche un emploi dans une coopérative.\n\nLéa Martin"
    )
    assert status(result, "not_internship") == "met"


# 5. A participant leaving the programme writes no application, whoever the sender.


def test_stopping_the_coaching_for_a_permanent_job_is_no_application() -> None:
    body = "Bonjour,\n\nJe vais arrêter l'accompagnement Pro'pulse : j'ai décroché un CDI.\n\nNina Faure"
    assert kind(body, "Candidature Pro'pulse", ("Nina Faure", "nina.faure@example.net")) != "application"


def test_having_to_leave_the_programme_for_a_job_is_no_application_in_english() -> None:
    body = "Hello,\n\nI have to leave the Pro'pulse programme: I got a permanent job.\n\nNina Faure"
    assert kind(body, "Application Pro'pulse", ("Nina Faure", "nina.faure@example.net")) != "application"


def test_leaving_another_scheme_to_join_the_programme_is_an_application() -> None:
    body = (
        "Bonjour,\n\nJe souhaite quitter le programme Garantie jeunes pour rejoindre Pro'pulse. J'ai un BTS "
        "obtenu en 2025.\n\nNina Faure"
    )
    assert kind(body, "Candidature Pro'pulse", ("Nina Faure", "nina.faure@example.net")) == "application"


def test_coming_back_after_leaving_the_coaching_last_year_is_an_application() -> None:
    body = (
        "Bonjour,\n\nJ'ai quitté l'accompagnement Pro'pulse l'an dernier, je souhaite le reprendre. J'ai un "
        "master obtenu en 2025.\n\nNina Faure"
    )
    assert kind(body, "Candidature Pro'pulse", ("Nina Faure", "nina.faure@example.net")) == "application"
