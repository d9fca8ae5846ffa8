"""The programme's call inside an applicant's mail (answers corpus, stop 28): its conditions, pasted,
quoted or forwarded, are the programme's words and never evidence about the applicant, for or against; the
applicant's own lines beside them are. Phrasings of our own, French and English, read through
`propulse extract`'s path."""

from __future__ import annotations

import pytest
from reading_day import read, status

from intake.understanding.call_text import without_call

CALL_FR = (
    "Qui peut postuler ?\n"
    "Public visé : jeunes diplômés d'un bac+2 au moins, diplôme de moins de deux ans.\n"
    "Non admis : stage en cours ; mission de service civique en cours ; reconversion professionnelle."
)
CALL_NUMBERED_FR = (
    "Critères pour postuler :\n"
    "1. Être titulaire d'un master (bac+5) au moins.\n"
    "2. Avoir terminé ses études depuis moins de deux ans."
)
CALL_EN = (
    "Eligibility\n"
    "- you must hold a two-year degree or higher, obtained within the last two years;\n"
    "- people on an internship, in a civic service or making a career change cannot apply."
)

CLASSES = [
    pytest.param(
        "Bonjour,\n\nJ'ai obtenu ma licence de géographie en juin 2026 et je cherche un emploi dans une "
        f"coopérative.\n\nVoici l'annonce à laquelle je réponds :\n\n{CALL_FR}\n\nLéna Morvan",
        {"not_internship": "met", "not_service_civique": "met", "not_career_change": "met"},
        id="an_exclusion_list_pasted_under_the_note_tells_nothing_of_the_applicant",
    ),
    pytest.param(
        f"Hello,\n\nI finished my BA in Sociology in July 2026 and I am looking for a job in a co-operative."
        f"\n\n{CALL_EN}\n\nRuth Adeyemi",
        {"not_internship": "met", "not_service_civique": "met", "not_career_change": "met"},
        id="an_english_eligibility_list_pasted_in_the_mail_is_not_the_applicants_situation",
    ),
    pytest.param(
        "Bonjour,\n\nLicence pro de médiation obtenue en juin 2026, je cherche un poste dans une "
        f"association.\n\n> {CALL_FR.replace(chr(10), chr(10) + '> ')}\n\nInès Martin\n06 12 34 56 78",
        {"not_internship": "met", "not_service_civique": "met", "not_career_change": "met"},
        id="a_call_quoted_under_a_signed_note_is_no_earlier_word_of_the_writer",
    ),
    pytest.param(
        f"Bonjour,\n\n{CALL_FR}\n\nPour ma part, licence de droit obtenue en juin 2026, je fais un service "
        "civique dans une ressourcerie jusqu'en mai.\n\nAnaïs Poulain",
        {"not_service_civique": "not_met", "not_internship": "met"},
        id="the_applicants_own_line_beside_the_call_still_tells_their_situation",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CLASSES)
def test_the_programmes_call_in_the_mail_is_no_evidence_about_the_applicant(
    body: str, expected: dict[str, str]
) -> None:
    result = read(body)
    assert {c: status(result, c) for c in expected} == expected


def test_the_diploma_a_numbered_condition_requires_is_not_the_applicants() -> None:
    body = (
        f"{CALL_NUMBERED_FR}\n\nBonjour, j'ai fini mes études en juin 2026 avec un BTS tourisme et je veux "
        "travailler dans une coopérative.\n\nSamir Haddou"
    )
    assert read(body)["education"]["bac_plus"] == 2


def test_a_call_addressed_to_its_readers_presents_nobody() -> None:
    body = (
        "Bonjour,\n\nCe programme s'adresse aux jeunes diplômés qui cherchent un emploi dans l'ESS :\n"
        "- être titulaire d'un bac+2 ;\n- avoir terminé ses études.\n\nJ'ai un BTS obtenu en juin 2026 et "
        "je cherche un emploi dans une mutuelle.\n\nNora Belkacem"
    )
    result = read(body)
    assert result["kind"] == "application"
    assert result["situation"]["forwarded_by"] is None


def test_answers_under_a_heading_of_criteria_are_kept_and_the_conditions_go() -> None:
    text = (
        "Critères d'admission :\n- Diplôme : licence pro\n- Stage en cours : non\n"
        "- Ne pas être en service civique\nRecherche un emploi dans une coopérative."
    )
    kept = without_call(text)
    assert "Stage en cours : non" in kept and "Diplôme : licence pro" in kept
    assert "Recherche un emploi" in kept
    assert "service civique" not in kept and "Critères" not in kept
    assert kept.count("\n") == text.count("\n")
