"""Classes of mistakes found on the sectors corpus (tuned on in its round): an aim at a sector's employer
told by that employer's kind — a web, events or estate agency, an engineering consultancy («bureau
d'études»), a ministry or an embassy — read as outside the ESS, as «un cabinet» or «la fonction publique»
are; an office of open kind stays open. Each test states the class in a phrasing of its own (not the
corpus's), in French and English."""

from __future__ import annotations

import pytest
from reading_day import criterion, extracted, kind

FR_DEGREE = "Bonjour,\n\nJ'ai obtenu ma licence pro en juillet 2026."
EN_DEGREE = "Hello,\n\nI got my bachelor's degree in July 2026."


def _aim(text: str) -> str:
    """The ESS criterion's status for a recent graduate writing `text` (English when it starts with "I")."""
    degree = EN_DEGREE if text.startswith("I ") else FR_DEGREE
    result = extracted(f"{degree}\n{text}\n\nNoémie Carpentier\n06 71 20 44 93")
    return str(criterion(result, "job_seeking_ess")["status"])


@pytest.mark.parametrize(
    "text",
    [
        "Je postule comme intégrateur dans des agences web lyonnaises.",
        "Je souhaite devenir cheffe de projet dans une agence événementielle.",
        "Je cherche un poste de négociateur en agence immobilière à Rennes.",
        "I'm looking for a front-end job at a web agency in Leeds.",
        "I want to work as a planner for an events agency.",
    ],
)
def test_an_aim_at_an_agency_of_a_markets_trade_is_outside_the_ess(text: str) -> None:
    assert _aim(text) == "not_met"
    # the same agency said social may be of the ESS: never a refusal
    assert _aim("Je cherche un emploi dans une agence immobilière sociale.") != "not_met"


def test_an_aim_at_an_engineering_consultancy_is_outside_the_ess_not_any_office() -> None:
    assert _aim("Je vise un CDI d'ingénieure écologue dans un bureau d'études hydrauliques.") == "not_met"
    # beside the ESS, the aim stays open; an association's office, after the studies, is no consultancy
    both = "Je cherche un poste dans un bureau d'études ou dans une coopérative, les deux m'iraient."
    assert _aim(both) == "unknown"
    assert _aim("Je cherche un poste au bureau d'une association de quartier, après mes études.") == "met"


def test_an_aim_at_a_ministry_or_an_embassy_is_outside_the_ess() -> None:
    assert _aim("Je voudrais travailler au ministère des Armées ou dans une ambassade.") == "not_met"


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Bonjour,\n\nAnimatrice numérique à la médiathèque depuis deux ans, mon contrat se termine en "
            "janvier.\nJe souhaite poursuivre dans la médiation, au sein d'une association.\n\n"
            "Yanis Ferrand\n07 48 12 90 33",
            "Pro'pulse",
        ),
        (
            "Hello,\n\nI have been a digital inclusion officer at the town library since 2024.\n"
            "I would love to stay in that field, at a charity or a co-op.\n\nYanis Ferrand\n07 48 12 90 33",
            "Pro'pulse",
        ),
    ],
)
def test_a_wish_to_carry_on_at_an_ess_employer_is_an_application(body: str, subject: str) -> None:
    assert kind(body, subject, ("Yanis Ferrand", "yanis.ferrand@example.fr")) == "application"


@pytest.mark.parametrize(
    "text",
    [
        "Je vise un poste au pôle culture de la métropole de Lyon.",
        "Je candidate au service enfance de la commune de Vénissieux.",
        "Je voudrais travailler au ministère de la Santé.",
        "I would like a job at the Ministry of Health.",
    ],
)
def test_a_sector_named_as_a_public_bodys_field_is_no_aim_at_the_ess(text: str) -> None:
    assert _aim(text) == "not_met"
    # the sector alone, or beside an association, still names the ESS
    assert _aim("Je cherche un poste dans la culture, au sein d'une association.") == "met"
    assert _aim("Je cherche un poste au service enfance de la ville ou dans une association.") == "unknown"
    # «au service de la collectivité» is a locution of dedication, no town's service
    dedicated = "Je veux un emploi dans une association, pour être au service de la collectivité."
    assert _aim(dedicated) == "met"
