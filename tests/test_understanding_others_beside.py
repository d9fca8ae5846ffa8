"""The writer put beside another person's civic service or internship, their own standing there unsaid
(beside.py): «ma sœur fait son service civique…, je l'ai rejointe», «ma voisine et moi sommes au Secours
populaire, elle en service civique», "my partner is an intern and we're both at the centre" leave open whose
the running situation is; a count of people «à» an infinitive puts nobody anywhere. A group's civic service
said of part of the group only («on a commencé un service civique, enfin la plupart d'entre nous», "most of
us are…") leaves open whether the writer is among them."""

from __future__ import annotations

from reading_day import extracted, status


def test_joining_a_brother_at_his_civic_service_leaves_the_writers_open() -> None:
    result = extracted(
        "Bonjour,\n\nMon grand frère effectue son service civique dans une ressourcerie à Nantes et je l'ai "
        "rejoint là-bas cet automne. Ma licence de sociologie est validée depuis juin 2026 ; je cherche un "
        "emploi dans une association.\n\nInès Martin"
    )
    assert status(result, "not_service_civique") == "unknown"


def test_a_neighbour_and_the_writer_both_at_the_charity_leaves_the_writers_open() -> None:
    result = extracted(
        "Bonjour,\n\nMa voisine et moi sommes au Secours populaire depuis octobre, elle en service "
        "civique. J'ai obtenu un BTS ESF en juin 2025 et je cherche un poste dans une association.\n\nInès "
        "Martin"
    )
    assert status(result, "not_service_civique") == "unknown"


def test_a_partners_internship_and_we_are_both_at_the_centre_leaves_the_writers_open() -> None:
    result = extracted(
        "Hello,\n\nMy girlfriend is doing an internship until March and we are both at the tenants' "
        "association every afternoon. I got my BA in history in June 2026 and I'm looking for a job in a "
        "charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_internship") == "unknown"


def test_joining_a_sister_at_her_volunteering_is_read_in_english_too() -> None:
    result = extracted(
        "Hi,\n\nMy sister is on a civic service with a youth charity in Lille and I joined her there in "
        "October. I finished my BTS in social work in June 2025 and I want a job in a community "
        "association.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_service_civique") == "unknown"


def test_a_count_of_flatmates_interested_puts_the_writer_at_no_ones_internship() -> None:
    result = extracted(
        "Bonjour,\n\nNous sommes quatre amis à vouloir candidater : Lina est en stage à la mairie jusqu'en "
        "mars, et moi j'ai eu mon BUT en juin 2026. Je cherche un emploi dans une coopérative.\n\nInès "
        "Martin"
    )
    assert status(result, "not_internship") == "met"


def test_a_civic_service_of_most_of_us_leaves_the_writers_open() -> None:
    result = extracted(
        "Bonjour,\n\nMa licence de sociologie est validée depuis juin 2026. Avec ma promo, on a commencé un "
        "service civique à la Croix-Rouge en octobre, enfin la plupart d'entre nous.\n\nJe cherche un emploi "
        "dans une association. Est-ce possible ?\n\nInès Martin"
    )
    assert status(result, "not_service_civique") == "unknown"


def test_most_of_my_class_on_a_civic_service_leaves_the_writers_open() -> None:
    result = extracted(
        "Hello,\n\nI got my BA in sociology in June 2026. Most of us from my class are doing a civic service "
        "this autumn with a youth charity.\n\nI'm looking for a job in a charity. Can I apply?\n\n"
        "Ines Martin",
        subject="Application",
    )
    assert status(result, "not_service_civique") == "unknown"
