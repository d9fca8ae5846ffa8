"""Levels and whose diploma through links (stop 32, the anaphora round): a form's label with its value on the
next line, a heading over a list of diplomas, a diploma said begun then given up, results awaited of a
diploma of no placeable level, dates shared out by «l'un … l'autre», a bare «non» or «à moitié» closing a
gapped conjunct, a gapped conjunct opened by «moi», a diploma shared with someone else (not their date), a
diploma held by someone presented or as the only one, and a question on what the writer holds answered by
the next fragment. Phrasings of our own, French and English,
read through `propulse extract`'s path on 2026-11-26."""

from __future__ import annotations

from typing import Any

from reading_day import criterion, read


def _education(body: str) -> dict[str, Any]:
    return dict(read(body)["education"] or {})


# A heading and its items.


def test_a_form_label_alone_on_its_line_takes_the_value_on_the_next_line() -> None:
    body = (
        "Nom : Royer\nPrénom : Anaïs\n\nNiveau d'études :\nCAP Accompagnant éducatif petite enfance\n"
        "Année d'obtention :\n2020\n\nProjet : animatrice dans une crèche associative"
    )
    assert _education(body)["graduation"] == "2020"
    found = criterion(read(body), "degree_level")
    assert found["status"] == "not_met"
    assert "Niveau d'études : CAP" in found["evidence"]["text"]
    body = (
        "Hello,\n\nDegree:\nBA in Geography\nYear of graduation:\n2025\n\nI am looking for a job in a "
        "charity."
    )
    education = _education(body)
    assert (education["bac_plus"], education["graduation"]) == (3, "2025")


def test_a_heading_over_a_list_of_diplomas_names_no_diploma_of_its_own() -> None:
    body = (
        "Bonjour,\n\nJe voudrais travailler dans une association d'aide à domicile.\n\nMes diplômes :\n"
        "- CAP Petite enfance (2017)\n- Baccalauréat professionnel ASSP (2019)\n\nLéa Morin"
    )
    assert criterion(read(body), "degree_level")["status"] == "not_met"
    body = (
        "Hello,\n\nI would like to work for a youth charity.\n\nMy diplomas:\n- Baccalauréat STMG (2018)\n"
        "- BAFA (2019)\n\nOwen Price"
    )
    assert criterion(read(body), "degree_level")["status"] == "not_met"


# Diplomas begun, given up, denied, awaited.


def test_a_diploma_said_begun_then_given_up_is_not_had() -> None:
    body = (
        "Bonjour, j'ai un bac pro et un BTS MUC obtenu en 2019. Licence de gestion entamée en 2021, "
        "abandonnée au bout de trois mois. Je cherche un emploi dans une association."
    )
    assert _education(body)["bac_plus"] == 2
    body = "Hello, I have a BTS. A BA started in 2022, dropped after a term. I want a job in a charity."
    assert _education(body)["bac_plus"] == 2


def test_a_bare_non_closing_a_gapped_conjunct_denies_the_diploma() -> None:
    body = (
        "Bonjour, mon bac en 2022, validé ; la deuxième année de BUT, non. Je cherche un emploi dans une "
        "association."
    )
    assert criterion(read(body), "degree_level")["status"] == "not_met"
    body = "Hello, A-levels in 2021, obtained; the first year of my BA, no. I want a job in a charity."
    assert _education(body)["bac_plus"] == 0


def test_results_awaited_of_a_diploma_of_no_placeable_level_leave_the_one_before_had() -> None:
    body = (
        "Bonjour, j'ai un BTS SP3S (2025) et un DU Addictologie (Lille, le samedi, en formation continue), "
        "dont j'attends encore les résultats. Je cherche un emploi dans une association."
    )
    assert _education(body)["bac_plus"] == 2
    assert criterion(read(body), "degree_level")["status"] == "met"
    body = (
        "Hello, I have a BTS in tourism (2025) and a DU in mediation (Lyon, evening classes), whose results "
        "I am still waiting for. I want a job in a charity."
    )
    assert criterion(read(body), "degree_level")["status"] == "met"


# Dates shared out by «l'un … l'autre».


def test_dates_shared_out_one_each_follow_the_order_of_mention_when_sense_agrees() -> None:
    body = (
        "Bonjour, j'ai un BTS SP3S et une licence pro Intervention sociale, obtenus le premier en 2020 et "
        "la seconde en 2025. Je cherche un emploi dans une association."
    )
    education = _education(body)
    assert (education["bac_plus"], education["graduation"]) == (3, "2025")
    body = (
        "Hello, I hold a BTS and a BA, which I got the one in 2019 and the other last year. I want a job "
        "in a charity."
    )
    assert criterion(read(body), "graduation_recent")["status"] == "met"


def test_dates_shared_out_between_a_du_and_a_master_leave_the_masters_date_open() -> None:
    body = (
        "Bonjour, je suis titulaire d'un master de sociologie et d'un DU de médiation familiale, obtenus "
        "l'un en 2021 et l'autre en 2026. Je cherche un emploi dans une association."
    )
    assert criterion(read(body), "graduation_recent")["status"] == "unknown"
    body = (
        "Hello, I hold a master's in law and a foundation degree in care, obtained the one in 2026 and the "
        "other in 2020. I want a job in a charity."
    )
    assert criterion(read(body), "graduation_recent")["status"] == "unknown"


# Whose diploma, and held how.


def test_a_gapped_conjunct_opened_by_moi_makes_the_diploma_the_writers() -> None:
    # A French construction: the verb of the first conjunct («a») left out after «et moi» / «; moi,».
    body = (
        "Bonjour, mon frère a un master de droit et moi une licence pro, que j'ai obtenue en juin 2025. "
        "Je cherche un emploi dans une association."
    )
    education = _education(body)
    assert (education["bac_plus"], education["graduation"]) == (3, "2025-06")
    body = (
        "Bonjour, ma cousine a un doctorat ; moi, un BTS ESF obtenu en 2025. Je cherche un emploi dans "
        "une association."
    )
    assert _education(body)["bac_plus"] == 2


def test_a_diploma_held_by_the_person_presented_or_as_the_only_one_is_had() -> None:
    body = (
        "Bonjour, je vous écris pour ma fille, Inès Garnier. Elle a un BTS SP3S et cherche un emploi dans "
        "une association. Son adresse : ines.garnier@example.org"
    )
    assert _education(body)["bac_plus"] == 2
    body = "Hi, the only qualifications I hold are my A-levels. I would like to work for a charity."
    assert criterion(read(body), "degree_level")["status"] == "not_met"


def test_a_question_on_what_the_writer_holds_is_answered_by_the_next_fragment() -> None:
    body = "Bonjour, ce que j'ai comme diplôme ? Un BTS. Je cherche un emploi dans une association."
    assert criterion(read(body), "degree_level")["status"] == "met"
    body = "Hello, what do I hold as a degree? A BA. I am looking for a job in a charity."
    assert criterion(read(body), "degree_level")["status"] == "met"


def test_a_course_done_only_in_part_in_a_gapped_conjunct_is_not_had_and_leaves_the_studies_asked() -> None:
    body = "Bonjour, BTS validé en juin 2025 ; la licence pro, à moitié. Je cherche un emploi dans une asso."
    education = _education(body)
    assert (education["bac_plus"], education["graduation"]) == (2, "2025-06")
    assert criterion(read(body), "studies_finished")["status"] == "unknown"
    body = "Hello, I have a BA (June 2025); the master's, only half. I am looking for a job in a charity."
    assert _education(body)["bac_plus"] == 3
    assert criterion(read(body), "studies_finished")["status"] == "unknown"


def test_a_diploma_the_writer_shares_with_someone_is_theirs_but_not_the_others_date() -> None:
    body = (
        "Bonjour, mon cousin et moi avons le même BTS : lui l'a obtenu en 2019, moi bien plus tard. Je "
        "cherche un emploi dans une association."
    )
    education = _education(body)
    assert education["bac_plus"] == 2
    assert criterion(read(body), "graduation_recent")["status"] == "unknown"
    body = "Hello, I did a BA in history, then worked abroad for a year. I want a job in a charity."
    assert _education(body)["bac_plus"] == 3
    # The impersonal «il» of «il y a» names nobody: the date stays the writer's diploma's.
    body = "Bonjour, j'ai eu mon BTS il y a dix mois, comme ma sœur. Je cherche un emploi dans une asso."
    assert criterion(read(body), "graduation_recent")["status"] == "met"
