"""Classes of mistakes found on the contrast corpus (tuned on in its round): a search aimed outside the ESS,
a search said as an act, a passive or a negation, and a question that is no application. Each test states
the class in a phrasing of its own (not the corpus's), in French and in English."""

from __future__ import annotations

import pytest
from fixtures_docs import make_message
from reading_day import TODAY, read

from intake.classify import classify
from intake.extract import extract_message
from intake.parsing import parse_message

FR_DEGREE = "J'ai obtenu un master de sociologie en juin 2026."
EN_DEGREE = "I graduated with a master's degree in sociology in June 2026."


def _ess(aim: str) -> str:
    """The status of the ESS criterion for a graduate (French or English) who writes `aim`."""
    degree = FR_DEGREE if aim.startswith(("Je", "J'", "Mon", "Après", "Plusieurs")) else EN_DEGREE
    result = read(f"{degree} {aim}")
    return next(c["status"] for c in result["eligibility"]["criteria"] if c["id"] == "job_seeking_ess")


# ------------------------------------------------------------------- a search aimed outside the ESS


@pytest.mark.parametrize(
    "aim",
    [
        "Je vise un poste de juriste dans un cabinet d'avocats.",
        "Je postule dans des banques privées.",
        "Je voudrais travailler dans le privé.",
        "Mon objectif : intégrer une multinationale de la cosmétique.",
        "Je cherche un emploi de formateur dans une école de commerce privée.",
        "I'm applying to accounting firms.",
        "I would like a job at a private bank.",
        "My goal is to join a luxury watch brand.",
    ],
)
def test_a_search_aimed_at_a_commercial_employer_is_no_ess_search(aim: str) -> None:
    assert _ess(aim) == "not_met"


def test_a_search_aimed_outside_the_ess_gives_a_not_eligible_pre_score_with_its_reason() -> None:
    result = read(f"{FR_DEGREE} Je cherche un CDI dans une agence de publicité.")
    criterion = next(c for c in result["eligibility"]["criteria"] if c["id"] == "job_seeking_ess")
    assert result["eligibility"]["verdict"] == "not_eligible"
    assert "hors de l'ESS" in criterion["reason"]
    assert "agence de publicité" in criterion["evidence"]["text"]


@pytest.mark.parametrize(
    "aim",
    [
        "Je cherche un poste dans une fondation ou dans un cabinet d'audit.",
        "I'm looking for a role in a charity or at an investment bank.",
    ],
)
def test_an_aim_both_in_and_out_of_the_ess_is_asked_not_refused(aim: str) -> None:
    assert _ess(aim) == "unknown"


@pytest.mark.parametrize(
    "aim",
    [
        "Je cherche un emploi, pourquoi pas dans une banque.",
        "I'm looking for a job, maybe at a bank.",
        "Je ne suis pas certaine de vouloir travailler dans une grande entreprise.",
        "Je cherche un emploi dans une entreprise.",
        "I'm looking for a job in a company.",
        "J'ai travaillé trois mois dans une banque.",
        "I worked at a consulting firm last summer.",
    ],
)
def test_a_hedged_negated_open_or_past_mention_of_a_firm_is_no_refusal(aim: str) -> None:
    assert _ess(aim) == "unknown"


@pytest.mark.parametrize(
    "aim",
    [
        "Je voudrais travailler dans une banque coopérative.",
        "Je cherche un poste dans une entreprise à but non lucratif.",
        "Je souhaite intégrer une entreprise d'insertion du secteur privé.",
        "Je cherche un emploi dans une association qui accompagne des grandes entreprises.",
        "J'aimerais travailler pour une mutuelle plutôt que pour une banque.",
        "Je ne veux travailler ni dans une banque ni dans un cabinet : je vise une coopérative.",
        "Je ne veux pas travailler dans une banque mais dans une coopérative.",
        "Après un an dans un cabinet, je cherche un emploi dans une coopérative.",
        "I'd like to work for a food bank.",
        "I'm looking for a job in a charity that works with big companies.",
    ],
)
def test_a_firm_named_beside_an_ess_aim_without_being_sought_leaves_the_ess_search(aim: str) -> None:
    assert _ess(aim) == "met"


# ------------------------------------------------------------- a search said as an act, passive, denied


@pytest.mark.parametrize(
    "aim",
    [
        "Je réponds aux offres d'emploi de fondations et de mutuelles.",
        "Plusieurs candidatures ont été adressées à des associations de quartier.",
        "Several applications have been sent to charities.",
    ],
)
def test_answering_offers_or_applications_sent_in_the_passive_are_an_ess_search(aim: str) -> None:
    assert _ess(aim) == "met"


@pytest.mark.parametrize(
    "aim",
    [
        "Je ne recherche pas d'emploi pour le moment.",
        "Je ne suis pas encore en recherche d'emploi.",
        "Je ne cherche pas de poste en ce moment.",
        "I'm not looking for a job yet.",
    ],
)
def test_not_looking_for_a_job_yet_is_no_ess_search(aim: str) -> None:
    assert _ess(aim) == "not_met"


@pytest.mark.parametrize(
    "aim",
    [
        "Je ne cherche pas d'emploi dans le privé.",
        "Je ne cherche pas un emploi à tout prix.",
        "I'm not looking for a job in finance.",
        "Je ne cherche pas d'emploi pour l'instant, mais ensuite je voudrais rejoindre une association.",
    ],
)
def test_a_search_denied_only_somewhere_or_only_for_now_beside_an_ess_aim_is_asked(aim: str) -> None:
    assert _ess(aim) == "unknown"


def test_not_only_a_job_but_a_commitment_in_an_association_is_an_ess_search() -> None:
    assert _ess("Je ne cherche pas seulement un emploi, je veux m'engager dans une association.") == "met"


# ------------------------------------------------------------------------ a question, not an application


def _kind(body: str, subject: str = "Renseignements") -> str:
    return classify(parse_message(make_message(body, subject=subject))).kind


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour, mon neveu se demande s'il peut candidater : le programme est-il payant ?",
        "Hello, my daughter is thinking of applying: how long does the programme last?",
    ],
)
def test_joining_asked_about_for_someone_else_with_no_fact_is_a_question(body: str) -> None:
    assert _kind(body) == "question"


def test_a_level_required_to_join_asked_about_is_a_question() -> None:
    body = "Bonjour, pouvez-vous m'indiquer le diplôme qui est exigé pour entrer dans le programme ?"
    assert _kind(body) == "question"
    assert _kind("Hello, could you tell me which degree is required to join the programme?") == "question"


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour, est-ce que je peux rejoindre la prochaine promo ?",
        "Hello, can I join the next cohort?",
    ],
)
def test_the_writer_asking_to_join_is_still_an_application(body: str) -> None:
    assert _kind(body) == "application"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Candidature", "Bonjour, un diplôme obtenu à l'étranger est-il accepté pour le programme ? Merci"),
        ("Application", "Hello, is a degree from abroad accepted for the programme? Thanks"),
    ],
)
def test_an_application_word_in_the_subject_of_a_body_that_only_asks_names_a_question(
    subject: str, body: str
) -> None:
    assert _kind(body, subject) == "question"


def test_an_aim_outside_the_ess_told_only_in_the_subject_is_read() -> None:
    subject = "Licence pro 2026, je vise une banque privée"
    raw = make_message("Bonjour, tout est dans l'objet. Merci", subject=subject)
    result = extract_message(raw, today=TODAY)
    criterion = next(c for c in result["eligibility"]["criteria"] if c["id"] == "job_seeking_ess")
    assert criterion["status"] == "not_met"


def test_an_application_word_in_the_subject_of_a_body_telling_facts_is_an_application() -> None:
    body = "Bonjour, j'ai un BTS obtenu en juin 2026. Le programme est-il gratuit ?"
    assert _kind(body, "Candidature") == "application"
