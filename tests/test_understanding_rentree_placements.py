"""Placements and re-enrolments at the rentrée, read on the day each mail names (r-placements, stop 55).

A degree course entered this school year with no date told — as just done («je viens de rentrer en M1»,
"I've just enrolled in an MSc") or as an enrolment renewed («je me suis réinscrite en master») — runs on
(course_run.entered_lately): the studies are not over. Guards: another's entry, an entry denied or left, a
plain entry that may be years old, a leaving put under a condition (a plan, not a leaving). My own phrasings,
read through `propulse extract`'s path."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import kind, status

from intake.extract import extract_message


def read_on(day: str, body: str) -> dict[str, Any]:
    return extract_message(make_message(body, subject="Candidature"), today=date.fromisoformat(day))


def test_a_writer_who_just_entered_a_first_year_of_master_is_still_studying() -> None:
    result = read_on(
        "2026-10-12",
        "Bonjour,\n\nLicence d'histoire validée en juin, je viens d'intégrer un M1 Médiation culturelle à "
        "Tours. Je voudrais travailler dans une association culturelle.\n\nYanis Moreau",
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_graduate_who_re_enrolled_to_keep_a_status_and_quit_once_hired_is_still_studying() -> None:
    result = read_on(
        "2026-10-05",
        "Bonjour,\n\nAprès ma licence de droit obtenue en juin, je me suis réinscrit en master à distance, "
        "quitte à l'arrêter si une association m'embauche. Je cherche un poste dans l'ESS.\n\nHugo Bastide",
    )
    assert status(result, "studies_finished") == "not_met"


def test_an_english_writer_who_has_just_enrolled_in_an_msc_is_still_studying() -> None:
    result = read_on(
        "2026-10-20",
        "Hello,\n\nI graduated with a BA in June and I've just enrolled in an MSc in social policy. I'd like "
        "to work for a charity.\n\nRuth Ellison",
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_brother_who_just_entered_a_master_leaves_the_writer_free() -> None:
    result = read_on(
        "2026-10-12",
        "Bonjour,\n\nJ'ai obtenu mon BTS ESF en juin 2026. Mon frère vient de rentrer en M1 à Lille, moi je "
        "cherche un emploi dans une association.\n\nSarah Benali",
    )
    assert status(result, "studies_finished") == "met"


def test_a_re_enrolment_not_made_leaves_the_studies_over() -> None:
    result = read_on(
        "2026-10-12",
        "Bonjour,\n\nJ'ai validé mon M1 en juin 2026 et je ne me suis pas réinscrite en M2 : je cherche un "
        "emploi dans une association.\n\nJulie Caradec",
    )
    assert status(result, "studies_finished") == "met"


def test_a_renewed_enrolment_given_up_says_nothing_of_studies_now() -> None:
    result = read_on(
        "2026-12-01",
        "Bonjour,\n\nJ'ai ma licence pro depuis juin 2026. Je me suis réinscrite en master mais j'ai "
        "abandonné en novembre ; je cherche un emploi dans l'ESS.\n\nNina Roux",
    )
    assert status(result, "studies_finished") != "not_met"


def test_just_back_in_france_is_no_course_entered() -> None:
    result = read_on(
        "2026-10-12",
        "Bonjour,\n\nDiplômée d'un master en juin 2026, je viens de rentrer en France et je cherche un "
        "emploi dans une association.\n\nLéna Garnier",
    )
    assert status(result, "studies_finished") == "met"


# A course the writer says she did not enter (course_ahead.entry_denied) was withdrawn at the merge: it took
# «je n'ai jamais repris d'études depuis ma licence» for the licence not entered. Its guard stays.


def test_a_master_entered_is_still_read_as_the_course_followed() -> None:
    result = read_on(
        "2026-10-08",
        "Bonjour,\n\nLicence obtenue en juin 2026, je suis en M1 depuis septembre et je cherche un emploi "
        "dans une association.\n\nAdrien Kerleau",
    )
    assert status(result, "studies_finished") == "not_met"


# A participant leaving the programme writes no application (withdrawn.leaves_the_programme).

_COACHED = ("Jeanne Morel", "jeanne.morel@example.org")


def test_a_participant_stopping_the_coaching_for_a_new_master_writes_other_mail() -> None:
    body = (
        "Bonjour Paul,\n\nJe vous écris pour vous dire que je vais arrêter l'accompagnement Pro'pulse : une "
        "licence pro m'a acceptée et je la commence en février.\n\nMerci encore pour les séances.\n\nJeanne"
    )
    assert kind(body, "Fin de mon parcours", _COACHED) == "other"


def test_a_participant_who_can_no_longer_come_to_the_workshops_writes_other_mail() -> None:
    body = (
        "Bonjour Paul,\n\nMauvaise nouvelle : j'ai signé une convention de stage de six mois pour finir mon "
        "BUT, et je ne pourrai plus participer aux séances du mardi.\n\nÀ bientôt peut-être,\nJeanne"
    )
    assert kind(body, "Les séances du mardi", _COACHED) == "other"


def test_an_english_participant_leaving_the_programme_writes_other_mail() -> None:
    body = (
        "Hi Paul,\n\nI'm sorry, I have to leave the programme: I start an internship on Monday to complete "
        "my degree.\n\nThanks for everything,\nJeanne"
    )
    assert kind(body, "Leaving", _COACHED) == "other"


def test_leaving_another_scheme_to_join_ours_is_still_an_application() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu mon BTS ESF en juin 2026. Je vais quitter l'accompagnement de la Mission "
        "locale et je voudrais rejoindre Pro'pulse pour trouver un emploi dans une association."
        "\n\nJeanne Morel"
    )
    assert kind(body, "Candidature", _COACHED) == "application"


def test_a_past_leaving_told_by_an_applicant_is_still_an_application() -> None:
    body = (
        "Bonjour,\n\nTitulaire d'une licence pro depuis juin 2026, j'avais quitté le programme l'an dernier "
        "pour un CDD ; je cherche de nouveau un emploi dans l'ESS et je voudrais vous rejoindre."
        "\n\nJeanne Morel"
    )
    assert kind(body, "Candidature", _COACHED) == "application"


# A placement begun midway through a month runs into month M+D (situation_time.read_by_length, `midway`).


def test_a_civic_service_of_eight_months_begun_mid_february_is_asked_in_october() -> None:
    result = read_on(
        "2026-10-09",
        "Bonjour,\n\nTitulaire d'un BTS SP3S depuis juin 2025, j'ai commencé mon service civique à "
        "la mi-février, "
        "pour huit mois, dans une épicerie solidaire. Je cherche ensuite un emploi dans une association."
        "\n\nLéo Marchand",
    )
    assert status(result, "not_service_civique") == "unknown"


def test_a_civic_service_of_eight_months_begun_early_february_is_over_in_october() -> None:
    result = read_on(
        "2026-10-20",
        "Bonjour,\n\nTitulaire d'un BTS SP3S depuis juin 2025, j'ai commencé mon service civique "
        "début février, "
        "pour huit mois, dans une épicerie solidaire. Je cherche un emploi dans une association."
        "\n\nLéo Marchand",
    )
    assert status(result, "not_service_civique") == "met"


def test_an_english_civic_service_of_eight_months_begun_in_mid_february_is_asked_in_october() -> None:
    result = read_on(
        "2026-10-09",
        "Hello,\n\nI have held a BTS since June 2025. I started my service civique in mid-February, for "
        "eight months, at a food bank, and I am looking for a job in a charity.\n\nLeo Marchand",
    )
    assert status(result, "not_service_civique") == "unknown"
