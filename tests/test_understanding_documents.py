"""Reading the documents an applicant attaches (issue 11, stop 21): a CV's dated lines, its experience
rows, a cover letter's sentences, and the mail's word over a stale CV. Each class in phrasings and
documents of its own, in French and English, read through `propulse extract`'s path."""

from __future__ import annotations

from typing import Any

import pytest
from fixtures_docs import make_docx, make_message, make_odt, make_pdf
from reading_day import TODAY, status

from intake.extract import extract_message

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
# The lines every CV of these tests carries around the line under test: (name and phone, diploma, aim).
FRAME = {
    False: (
        ["Maëlle Texier", "06 58 41 27 93"],
        "Juin 2026 : Licence Géographie, Université de Caen",
        "Objectif : chargée de projet dans une coopérative",
    ),
    True: (
        ["Tom Whitaker", "+33 6 71 20 48 35"],
        "BA Geography, University of Leeds — June 2026",
        "Goal: project officer in a charity",
    ),
}
HEAD, DIPLOMA, AIM = FRAME[False]


def _cv(lines: list[str], english: bool = False, body: str = "Bonjour, voici mon CV.") -> dict[str, Any]:
    head, diploma, aim = FRAME[english]
    pdf = make_pdf([*head, *lines, diploma, aim])
    return extract_message(make_message(body, attachments=[("cv.pdf", PDF, pdf)]), today=TODAY)


CV_LINES = [
    pytest.param(
        ["Depuis mars 2026 : volontaire en service civique, ressourcerie (jusqu'en mai 2027)"],
        False,
        "not_service_civique",
        "not_met",
        id="a_civic_service_begun_with_its_end_still_ahead_is_current",
    ),
    pytest.param(
        ["Since September 2026: civic service volunteer, food bank (until April 2027)"],
        True,
        "not_service_civique",
        "not_met",
        id="an_english_civic_service_begun_with_its_end_ahead_is_current",
    ),
    pytest.param(
        ["Actuellement : stagiaire, bureau d'études, Nantes (jusqu'en mars 2027)"],
        False,
        "not_internship",
        "not_met",
        id="a_cv_line_opening_on_now_states_a_current_internship",
    ),
    pytest.param(
        ["Currently: intern, tenants' union, Bristol (until March 2027)"],
        True,
        "not_internship",
        "not_met",
        id="an_english_cv_line_opening_on_currently_states_a_current_internship",
    ),
    pytest.param(
        ["Depuis sept. 2026 : Master Aménagement, Université de Rennes"],
        False,
        "studies_finished",
        "not_met",
        id="a_diploma_line_with_a_start_and_no_end_is_in_progress",
    ),
    pytest.param(
        ["Since September 2026: MSc Environmental Policy, University of York"],
        True,
        "studies_finished",
        "not_met",
        id="an_english_diploma_line_since_a_date_is_in_progress",
    ),
    pytest.param(
        ["2019 – 2025 : comptable (CDI), cabinet d'expertise"],
        False,
        "not_career_change",
        "not_met",
        id="years_under_a_permanent_contract_on_a_cv_are_a_career_change",
    ),
    pytest.param(
        ["Technicienne de laboratoire, clinique vétérinaire — 6 ans"],
        False,
        "not_career_change",
        "not_met",
        id="a_job_with_its_length_stated_on_a_cv_is_a_career_change",
    ),
    pytest.param(
        ["Warehouse supervisor (full-time), logistics firm — 5 years"],
        True,
        "not_career_change",
        "not_met",
        id="an_english_job_held_for_years_on_a_cv_is_a_career_change",
    ),
    pytest.param(
        ["2022 – 2026 : vendeuse en boulangerie"],
        False,
        "not_career_change",
        "met",
        id="a_job_beside_studies_with_no_contract_or_length_is_no_career",
    ),
    pytest.param(
        ["2021 – 2025 : doctorant contractuel, laboratoire de géographie"],
        False,
        "not_career_change",
        "met",
        id="a_doctoral_contract_is_studies_not_a_career",
    ),
]


@pytest.mark.parametrize(("lines", "english", "criterion", "expected"), CV_LINES)
def test_each_dated_cv_line_reads_its_criterion(
    lines: list[str], english: bool, criterion: str, expected: str
) -> None:
    assert status(_cv(lines, english), criterion) == expected


def test_a_table_row_dates_the_job_on_the_line_below() -> None:
    docx = make_docx([*HEAD, "2018 – 2024", "Conducteur de bus (CDI), réseau urbain", DIPLOMA, AIM])
    result = extract_message(make_message("CV joint.", attachments=[("cv.docx", DOCX, docx)]), today=TODAY)
    assert status(result, "not_career_change") == "not_met"


LETTERS = [
    pytest.param(
        "Après huit ans comme conducteur de bus, j'ai repris une formation.",
        "not_career_change",
        "not_met",
        id="years_spent_as_a_role_in_a_letter_are_a_career_change",
    ),
    pytest.param(
        "After six years as a bank clerk, I went back to university.",
        "not_career_change",
        "not_met",
        id="english_years_as_a_role_in_a_letter_are_a_career_change",
    ),
    pytest.param(
        "Pendant mes études, j'ai passé trois ans comme bénévole dans une épicerie solidaire.",
        "not_career_change",
        "met",
        id="years_as_a_volunteer_are_no_career",
    ),
]


@pytest.mark.parametrize(("sentence", "criterion", "expected"), LETTERS)
def test_a_cover_letter_sentence_reads_its_criterion(sentence: str, criterion: str, expected: str) -> None:
    cv = make_pdf([*HEAD, DIPLOMA, AIM])
    letter = make_odt(["Madame, Monsieur,", sentence, "Maëlle Texier"])
    attachments = [("cv.pdf", PDF, cv), ("lettre.odt", ODT, letter)]
    message = make_message("Ma candidature en pièces jointes.", attachments=attachments)
    result = extract_message(message, today=TODAY)
    assert status(result, criterion) == expected


OVER_THE_CV = [
    pytest.param(
        "Bonjour, CV joint.",
        ["Mon stage à l'agence s'est achevé fin octobre, je vise un poste dans une coopérative."],
        False,
        id="a_cover_letter_telling_the_internship_over_outweighs_the_cv",
    ),
    pytest.param(
        "Hello, my CV and letter are attached.",
        ["My internship with the agency ended in October and I am now looking for a job in a charity."],
        True,
        id="an_english_cover_letter_telling_the_internship_over_outweighs_the_cv",
    ),
    pytest.param(
        "Mon CV mentionne encore mon stage en cours, mais il a pris fin le 30 septembre.",
        [],
        False,
        id="a_cv_reported_by_the_mail_is_not_the_writers_own_statement",
    ),
    pytest.param(
        "My résumé still shows me as an intern, but my internship ended in September.",
        [],
        True,
        id="an_english_resume_reported_by_the_mail_is_not_a_statement",
    ),
]


@pytest.mark.parametrize(("body", "letter", "english"), OVER_THE_CV)
def test_the_writers_own_words_outweigh_a_stale_cv_line(body: str, letter: list[str], english: bool) -> None:
    stale = (
        "Since February 2026: intern, town planning agency"
        if english
        else ("Depuis février 2026 : stagiaire, agence d'urbanisme")
    )
    head, diploma, aim = FRAME[english]
    attachments = [("cv.pdf", PDF, make_pdf([*head, stale, diploma, aim]))]
    if letter:
        attachments.append(("letter.docx", DOCX, make_docx(letter)))
    result = extract_message(make_message(body, attachments=attachments), today=TODAY)
    assert status(result, "not_internship") == "met"


@pytest.mark.parametrize(
    ("body", "stale"),
    [
        pytest.param(
            "J'ai validé mon master le mois dernier, le CV n'est pas à jour.",
            "2025 – 2026 : Master 2 Urbanisme, Université de Tours (en cours)",
            id="a_diploma_the_mail_says_obtained_ends_the_cvs_studies",
        ),
        pytest.param(
            "I completed my MSc last month; the CV is out of date.",
            "2025 – 2026: MSc Urban Planning, University of York (in progress)",
            id="an_english_diploma_the_mail_says_completed_ends_the_cvs_studies",
        ),
    ],
)
def test_a_diploma_the_mail_says_obtained_outweighs_the_cvs_in_progress_line(body: str, stale: str) -> None:
    attachments = [("cv.pdf", PDF, make_pdf([*HEAD, stale, "2024 : Licence Géographie", AIM]))]
    result = extract_message(make_message(body, attachments=attachments), today=TODAY)
    assert status(result, "studies_finished") == "met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("J'aimerais rejoindre le programme à la fin de mon service civique.", id="french"),
        pytest.param("I would like to join the programme after my civic service.", id="english"),
    ],
)
def test_a_wish_to_join_after_a_civic_service_does_not_say_it_is_over(body: str) -> None:
    cv = make_pdf([*HEAD, "Depuis octobre 2026 : volontaire en service civique, ludothèque", DIPLOMA, AIM])
    result = extract_message(make_message(body, attachments=[("cv.pdf", PDF, cv)]), today=TODAY)
    assert status(result, "not_service_civique") == "not_met"


def _kind(body: str, document: tuple[str, str, bytes], sender: tuple[str, str]) -> str:
    message = make_message(
        body, from_name=sender[0], from_addr=sender[1], subject="Pro'pulse", attachments=[document]
    )
    return str(extract_message(message, today=TODAY)["kind"])


KINDS = [
    pytest.param(
        "Bonjour, ci-joint.",
        ("doc.pdf", PDF, make_pdf(["Yanis Ferrand", "07 12 34 56 78", "Licence Histoire 2026"])),
        ("Yanis Ferrand", "yanis.ferrand@example.org"),
        "application",
        id="a_document_bearing_the_senders_name_is_a_cv",
    ),
    pytest.param(
        "Ci-joint.",
        ("scan.pdf", PDF, make_pdf(["Formation", "Licence Histoire 2026", "Expériences", "Vendeur 2024"])),
        ("", "kiwi.1999@example.org"),
        "application",
        id="a_document_with_a_cvs_sections_is_a_cv_whoever_sends_it",
    ),
    pytest.param(
        "Bonjour, vous trouverez ci-joint notre dépliant. Le programme accepte-t-il des jeunes de Guyane ?",
        ("depliant.pdf", PDF, make_pdf(["MAISON DES JEUNES — ateliers, sorties, soutien scolaire"])),
        ("Maison des jeunes", "accueil@mdj.example.org"),
        "question",
        id="a_brochure_sent_with_a_question_is_a_question",
    ),
    pytest.param(
        "Please find attached our vacancy, thanks for sharing it.",
        ("vacancy.docx", DOCX, make_docx(["BLUE HARBOUR TRUST — Volunteer coordinator", "Salary: 26k"])),
        ("Blue Harbour Trust", "hr@blueharbour.example.org"),
        "other",
        id="an_employers_vacancy_is_not_a_cv",
    ),
]


@pytest.mark.parametrize(("body", "document", "sender", "kind"), KINDS)
def test_an_application_resting_on_one_document_holds_only_if_it_reads_as_a_cv(
    body: str, document: tuple[str, str, bytes], sender: tuple[str, str], kind: str
) -> None:
    assert _kind(body, document, sender) == kind


def _aim_status(lines: list[str], body: str = "Bonjour, CV joint.", letter: list[str] | None = None) -> str:
    head, diploma, _aim = FRAME[False]
    attachments = [("cv.pdf", PDF, make_pdf([*head, diploma, *lines]))]
    if letter:
        attachments.append(("lettre.docx", DOCX, make_docx(letter)))
    result = extract_message(make_message(body, attachments=attachments), today=TODAY)
    return status(result, "job_seeking_ess")


# (the CV's lines, the status of the ESS aim, what the case shows)
AIMS = [
    pytest.param(lines, expected, id=name)
    for lines, expected, name in (
        (
            ["POSTE VISÉ", "Coordinatrice de bénévoles dans une association"],
            "met",
            "the_line_under_a_sought_post_heading_states_the_aim",
        ),
        (
            ["JOB APPLIED FOR", "Youth worker in a charity"],
            "met",
            "the_line_under_an_english_job_applied_for_heading_states_the_aim",
        ),
        (
            ["OBJECTIF", "Animatrice réseau dans", "une coopérative agricole"],
            "met",
            "an_aim_wrapped_by_a_column_is_read_whole",
        ),
        (
            [
                "PROFILE",
                "Sociology graduate seeking a first position with a charity or",
                "a social enterprise.",
            ],
            "met",
            "an_english_profile_wrapped_by_the_page_states_the_aim",
        ),
        (
            ["Chargé de mission en association (recherche de premier emploi)"],
            "met",
            "a_cv_title_with_the_search_beside_it_states_the_aim",
        ),
        (
            ["Emploi recherché : médiatrice dans une association de quartier"],
            "met",
            "a_sought_job_field_states_the_aim",
        ),
        (
            ["Expériences", "Animatrice dans", "une association (2023 – 2025)"],
            "unknown",
            "a_past_job_in_an_association_wrapped_on_a_cv_is_no_aim",
        ),
    )
]


@pytest.mark.parametrize(("lines", "expected"), AIMS)
def test_each_cv_aim_layout_reads_the_ess_aim(lines: list[str], expected: str) -> None:
    assert _aim_status(lines) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Je souhaite travailler dans une coopérative d'habitants.", id="french"),
        pytest.param("I would like to work for a housing cooperative.", id="english"),
    ],
)
def test_a_cover_letter_sentence_states_the_aim_like_the_mail(sentence: str) -> None:
    assert _aim_status([], letter=["Madame, Monsieur,", sentence, "Maëlle Texier"]) == "met"


@pytest.mark.parametrize(
    ("line", "english", "expected"),
    [
        pytest.param(
            "Depuis avril 2025 : gestionnaire de stock (CDI), entrepôt",
            False,
            "unknown",
            id="begun_permanent_job",
        ),
        pytest.param(
            "Mars 2025 – aujourd'hui : vendeuse, CDI, librairie",
            False,
            "unknown",
            id="permanent_job_to_today",
        ),
        pytest.param(
            "Since May 2025: sales assistant (permanent contract), bookshop",
            True,
            "unknown",
            id="english_permanent_job_since_a_date",
        ),
        pytest.param("2024 – 2025 : vendeur (CDI), librairie", False, "met", id="a_permanent_job_that_ended"),
    ],
)
def test_a_permanent_job_held_now_on_a_cv_is_asked_about(line: str, english: bool, expected: str) -> None:
    assert status(_cv([line], english), "not_career_change") == expected


@pytest.mark.parametrize(
    ("aim", "expected"),
    [
        pytest.param("Objectif : juriste dans un cabinet d'avocats", "not_met", id="an_aim_at_a_law_firm"),
        pytest.param("Goal: analyst at an investment bank", "not_met", id="an_english_aim_at_a_bank"),
        pytest.param(
            "Objectif : chargée de mission dans une collectivité locale ou une association",
            "met",
            id="an_aim_naming_an_association_beside_a_local_authority",
        ),
    ],
)
def test_a_cv_objective_aimed_outside_the_ess_says_so(aim: str, expected: str) -> None:
    assert _aim_status([aim]) == expected


@pytest.mark.parametrize(
    ("line", "english", "expected"),
    [
        pytest.param(
            "Depuis octobre 2026 : mission de volontariat, banque alimentaire",
            False,
            "unknown",
            id="a_volunteering_of_unsaid_kind_held_now_is_asked_about",
        ),
        pytest.param(
            "2026 – aujourd'hui : volontaire du Corps européen de solidarité, Lisbonne",
            False,
            "unknown",
            id="a_european_volunteer_role_held_now_is_asked_about",
        ),
        pytest.param(
            "Since October 2026: volunteer mission with a refugee charity",
            True,
            "unknown",
            id="an_english_volunteer_mission_held_now_is_asked_about",
        ),
        pytest.param(
            "Depuis 2025 : chargée de mission, association de quartier",
            False,
            "met",
            id="a_chargee_de_mission_is_a_job_title_not_a_mission",
        ),
        pytest.param(
            "2023 – 2024 : mission de volontariat, ressourcerie",
            False,
            "met",
            id="a_volunteering_that_ended_is_no_question",
        ),
    ],
)
def test_a_mission_of_unsaid_kind_held_now_on_a_cv_is_asked_about(
    line: str, english: bool, expected: str
) -> None:
    assert status(_cv([line], english), "not_service_civique") == expected


@pytest.mark.parametrize(
    ("lines", "graduation"),
    [
        pytest.param(
            [
                "Titulaire d'une licence d'histoire obtenue en",
                "juillet 2026, j'ai travaillé comme animatrice tout l'été et je vise "
                "désormais un poste en association.",
            ],
            "2026-07",
            id="a_letter_line_cut_before_its_date_dates_the_diploma",
        ),
        pytest.param(
            [
                "I graduated with a BA in History in",
                "July 2026 and since then I have worked as a summer camp leader, and "
                "now I look for a job in a charity.",
            ],
            "2026-07",
            id="an_english_letter_line_cut_before_its_date_dates_the_degree",
        ),
    ],
)
def test_a_diploma_date_wrapped_onto_the_next_line_is_read(lines: list[str], graduation: str) -> None:
    letter = make_pdf(["Madame, Monsieur,", *lines, "Maëlle Texier"])
    message = make_message("Ma lettre est jointe.", attachments=[("lettre.pdf", PDF, letter)])
    assert extract_message(message, today=TODAY)["education"]["graduation"] == graduation
