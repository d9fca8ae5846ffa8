"""Classes of mistakes found on the implied corpus (tuned on in its round): the aim told only by the
employers named — their kind or their well-known name — in a wish or in the acts of a search (interviews,
applications, follow-ups); a company's name taken for a person's; an indirect question read in «sans
savoir où». Each test states the class in a phrasing of its own (not the corpus's), in French and English."""

from __future__ import annotations

from typing import Any

import pytest
from reading_day import read

FR_DEGREE = "J'ai un master de droit depuis juin 2026."
EN_DEGREE = "I hold a master's degree in law since June 2026."


def _criterion(text: str) -> dict[str, Any]:
    """The ESS criterion of a graduate who writes `text` (in French, or English when it starts with "I")."""
    degree = EN_DEGREE if text.startswith("I") and not text.startswith("Il") else FR_DEGREE
    result = read(f"{degree}\n{text}")
    criterion: dict[str, Any] = next(
        c for c in result["eligibility"]["criteria"] if c["id"] == "job_seeking_ess"
    )
    return criterion


# ------------------------------------------------------- search acts aimed at employers outside the ESS


@pytest.mark.parametrize(
    "acts",
    [
        "La semaine dernière, j'ai passé un entretien chez Deloitte et un autre chez KPMG.",
        "J'ai envoyé des candidatures à Sanofi, Danone et Nestlé pour des postes de juriste.",
        "Deuxième entretien jeudi chez Airbus, au service achats.",
        "I had two interviews at Accenture and one at PwC last month.",
        "I've applied to Amazon and Google for a legal role.",
    ],
)
def test_search_acts_aimed_at_known_companies_tell_a_search_outside_the_ess(acts: str) -> None:
    criterion = _criterion(acts)
    assert criterion["status"] == "not_met"
    assert criterion["evidence"]["text"] in acts or acts in criterion["evidence"]["text"]


@pytest.mark.parametrize(
    "aim",
    [
        "Mon objectif : le service communication de Dior.",
        "Je vise Morgan Stanley ou BlackRock.",
        "I'd like to work for L'Oréal.",
    ],
)
def test_an_aim_at_a_company_known_by_its_name_is_no_ess_aim(aim: str) -> None:
    assert _criterion(aim)["status"] == "not_met"


# ------------------------------------------------------------- search acts aimed at the ESS


@pytest.mark.parametrize(
    "acts",
    [
        "Je sors d'un entretien avec le Secours populaire et j'ai relancé une régie de quartier.",
        "J'ai candidaté à la MAIF et chez Enercoop, j'attends leurs réponses.",
        "Inscrite aux alertes de l'Uriopss, j'ai postulé dans trois centres sociaux.",
        "I interviewed with Oxfam on Monday and followed up with a credit union.",
        "I'd love to join Amnesty International or a housing co-op.",
    ],
)
def test_search_acts_aimed_at_ess_employers_by_name_or_kind_meet_the_aim(acts: str) -> None:
    assert _criterion(acts)["status"] == "met"


# ----------------------------------------------------------------- mixed targets stay open


@pytest.mark.parametrize(
    "targets",
    [
        "J'ai un entretien chez Biocoop et un autre chez Lidl.",
        "Je vise Oxfam ou l'OCDE.",
        "I'm hoping to join Save the Children or the World Bank.",
    ],
)
def test_targets_on_both_sides_of_the_ess_leave_the_aim_to_verify(targets: str) -> None:
    criterion = _criterion(targets)
    assert criterion["status"] == "unknown"
    assert "à la fois" in criterion["reason"]


# ------------------------------------------------------ what is no search act, no target


@pytest.mark.parametrize(
    "text",
    [
        "Je mène des entretiens avec les familles dans un centre social.",
        "I conduct interviews with tenants for a housing co-op.",
    ],
)
def test_interviews_conducted_as_a_task_tell_no_aim(text: str) -> None:
    assert _criterion(text)["status"] == "unknown"


def test_a_foundation_named_after_a_company_is_no_company() -> None:
    assert _criterion("Je voudrais travailler à la Fondation Carrefour.")["status"] != "not_met"


@pytest.mark.parametrize(
    "body",
    [
        "BTS NDRC en juin 2026. J'ai postulé chez Leroy Merlin et chez Decathlon comme vendeur.",
        "BTS in June 2026. I sent applications to Leroy Merlin and Decathlon.",
    ],
)
def test_a_company_name_never_becomes_the_applicants_name(body: str) -> None:
    applicant = read(body, from_name="Lina Moreau", from_addr="lina.moreau@example.org")["applicant"]
    assert (applicant["first_name"], applicant["last_name"]) == ("Lina", "Moreau")
    assert applicant["email"] == "lina.moreau@example.org"


@pytest.mark.parametrize(
    "body",
    [
        "Ma fille Nora Benali (nora.benali@example.com) a un BTS depuis juin 2026 ; elle postule partout "
        "sans savoir où elle veut travailler.",
    ],
)
def test_a_verb_of_asking_under_sans_asks_nothing(body: str) -> None:
    result = read(body, from_name="Karim Benali", from_addr="karim.benali@example.fr", subject="Ma fille")
    assert result["kind"] == "application"
