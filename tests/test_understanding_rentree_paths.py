"""Someone else writing about the applicant (the rentree corpus, r-paths): the person a referral presents
holds the facts told of her — a diploma in apposition to her name («Mme …, titulaire d'une licence») —
while a relative's placement beside the writer's own search stays the relative's. (A placement told in the
third person, «elle est en stage jusqu'en février», read held now was withdrawn at the merge: it read
another's and a reported placement as the writer's.) Each mail read on a stated day of October 2026."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message

OCTOBER = date(2026, 10, 20)


def _read(body: str, sender: tuple[str, str], today: date = OCTOBER) -> dict[str, Any]:
    """`body` mailed by `sender` (a display name and an address), read on `today`."""
    return extract_message(make_message(body, from_name=sender[0], from_addr=sender[1]), today=today)


_ADVISER = ("Marc Dubois", "marc.dubois@insertion.example.org")
_FRIEND = ("Paul Marchal", "paul.marchal@example.com")


def test_a_diploma_apposed_to_the_oriented_person_is_hers_and_her_civic_service_counts() -> None:
    body = (
        "Bonjour,\n\nJe vous oriente Mme Aïcha Ferhat, titulaire d'un master de géographie obtenu en 2025. "
        "Elle est engagée en service civique jusqu'en mai dans une épicerie solidaire et voudrait ensuite "
        "un poste en association.\n\nSes coordonnées : aicha.ferhat@example.org, 06 21 43 65 87.\n\n"
        "Cordialement,\nMarc Dubois\nConseiller"
    )
    got = _read(body, _ADVISER)
    assert status(got, "not_service_civique") == "not_met"
    assert status(got, "degree_level") == "met"


def test_an_english_referral_with_the_diploma_in_apposition_keeps_it_the_presented_person_s() -> None:
    body = (
        "Bonjour,\n\nJe vous présente Mme Aïcha Ferhat, diplômée d'une licence de sociologie en 2025. Elle "
        "cherche un emploi dans une coopérative.\n\nSes coordonnées : aicha.ferhat@example.org, "
        "06 21 43 65 87.\n\nBien à vous,\nMarc Dubois"
    )
    got = _read(body, _ADVISER)
    assert status(got, "degree_level") == "met"
    assert got["eligibility"]["verdict"] == "eligible"


def test_a_sister_s_placement_beside_the_writer_s_own_search_is_not_the_writer_s() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu un master de sociologie en juin 2026 et je cherche un emploi dans une "
        "association. Ma sœur m'a parlé de vous ; elle est en stage jusqu'en mars dans une coopérative.\n\n"
        "Léa Morin\n06 11 22 33 44"
    )
    got = _read(body, ("Léa Morin", "lea.morin@example.org"))
    assert status(got, "not_internship") == "met"


def test_a_placement_the_presented_person_has_finished_leaves_her_eligible() -> None:
    body = (
        "Bonjour,\n\nJe vous oriente Mme Awa Sy, titulaire d'un master de géographie obtenu en 2025. Elle a "
        "terminé son stage en août et cherche un poste dans une association.\n\nSes coordonnées : "
        "awa.sy@example.org, 06 12 12 12 12.\n\nCordialement,\nMarc Dubois"
    )
    got = _read(body, _ADVISER)
    assert status(got, "not_internship") == "met"
    assert got["eligibility"]["verdict"] == "eligible"


def test_a_friend_writing_in_english_for_someone_on_a_placement_until_spring_is_read_so() -> None:
    body = (
        "Hello,\n\nI'm writing on behalf of my friend Maya Collins. She graduated with a BA in social work "
        "in June 2026 and she is on an internship at the town hall until March. She would like to work "
        "for a charity afterwards.\n\nHer details: maya.collins@example.org, +44 7700 900321.\n\nTom"
    )
    got = _read(body, ("Tom Hale", "tom.hale@example.org"))
    assert status(got, "not_internship") == "not_met"


# Studies not finished: the report a course's placement ends on, still owed, is a part of the course left.
_WRITER = ("Lou Garnier", "lou.garnier@example.org")


def test_a_placement_report_still_owed_after_a_deferred_licence_leaves_the_studies_unfinished() -> None:
    body = (
        "Bonjour,\n\nTitulaire d'un DUT carrières sociales depuis 2025, j'ai suivi une licence pro cette "
        "année, mais le jury ne me l'a pas encore accordée : il me manque mon rapport de stage, à déposer en "
        "janvier. Je cherche déjà un emploi dans une association.\n\nLou Garnier\n06 11 22 33 44"
    )
    got = _read(body, _WRITER, date(2026, 10, 6))
    assert status(got, "studies_finished") == "not_met"


def test_a_report_left_to_hand_in_after_a_diploma_said_validated_is_still_owed() -> None:
    body = (
        "Bonjour,\n\nMon DUT carrières sociales est validé depuis juillet 2026, sauf qu'il me reste mon "
        "rapport de stage à déposer en novembre.\n\nJe cherche un emploi dans une association.\n\n"
        "Lou Garnier\n06 11 22 33 44"
    )
    got = _read(body, _WRITER, date(2026, 10, 10))
    assert status(got, "studies_finished") == "not_met"


def test_a_placement_report_already_handed_in_leaves_the_studies_finished() -> None:
    body = (
        "Bonjour,\n\nJ'ai validé mon master en juin 2026 ; il ne me manque plus rien, le rapport de stage "
        "est rendu depuis mai. Je cherche un emploi dans une association.\n\nLou Garnier\n06 11 22 33 44"
    )
    got = _read(body, _WRITER, date(2026, 10, 10))
    assert status(got, "studies_finished") == "met"


def test_a_placement_report_done_in_english_leaves_the_degree_obtained() -> None:
    body = (
        "Hello,\n\nI completed my BA in social policy in June 2026 and handed in my placement report in May. "
        "I am looking for a job with a charity.\n\nLou Garnier\n+44 7700 900654"
    )
    got = _read(body, _WRITER, date(2026, 10, 10))
    assert status(got, "studies_finished") == "met"
