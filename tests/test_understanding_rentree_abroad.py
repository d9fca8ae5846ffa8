"""Back from abroad, written in English, October's other mail (r-abroad, stop 55): what a careful reader
knows of these that the reader missed.

- The name signed under an organisation's closing is its writer's, not a person presented: a career
  service's invitation or a federation's apprenticeship offer is nobody's application (signals.py).
- A foreign diploma's recognition asked for, its answer still awaited, leaves its French level open, even
  when told in the sentence after the diploma (level_open.py, education.py).
- A search open to «n'importe quelle entreprise», "any company that will hire me", is not a search aimed
  at the ESS only (rules/lexicon/ess.toml).
- A diploma glossed as the end of secondary school is the bac's level, whatever its name there: its date
  is no graduation of higher studies (rules/lexicon/diplomas.toml).
"""

from __future__ import annotations

from reading_day import extracted, kind, status

# ---------------------------------------------------------- an organisation's mail, signed by its staff


def test_a_career_service_inviting_us_to_its_forum_and_signed_by_its_officer_is_no_application() -> None:
    body = (
        "Bonjour,\n\nLe service relations entreprises de l'IUT de Vannes prépare son forum des métiers du "
        "12 au 14 janvier. Un atelier portera sur l'emploi associatif, ouvert à nos étudiants de BUT et à "
        "nos diplômés 2025 et 2026.\n\nAuriez-vous la possibilité d'animer cet atelier ou de tenir un "
        "stand ? Le repas du midi vous serait offert.\n\nBien cordialement,\nSophie Marchetti\n"
        "Responsable des relations entreprises"
    )
    sender = ("Service relations entreprises", "sre@iut.example.fr")
    assert kind(body, "Forum des métiers : invitation", sender) != "application"


def test_a_network_passing_on_an_apprenticeship_offer_signed_by_its_coordinator_is_no_application() -> None:
    body = (
        "Hello,\n\nOur network of youth hostels is hiring an apprentice in digital communication (bachelor "
        "level, starting in February 2027, based in Lille). As you support young graduates, some of them "
        "might want to go back to a work-study course: feel free to pass our offer on to them.\n\n"
        "Kind regards,\nHarriet Coleman\nVolunteer coordinator"
    )
    assert kind(body, "Apprenticeship offer to share", ("Youth Hostels North", "hello@yhn.example.org")) != (
        "application"
    )


def test_an_adviser_presenting_a_graduate_by_name_above_her_own_signature_still_applies() -> None:
    body = (
        "Bonjour,\n\nJe vous présente Camille Nguyen, titulaire d'un master 2 en économie sociale obtenu en "
        "juin 2026, qui cherche un premier emploi dans une coopérative.\n\nCordialement,\nSophie Marchetti\n"
        "Conseillère, Mission locale de Vannes"
    )
    assert kind(body, "Orientation d'une jeune diplômée", ("Mission locale", "ml@vannes.example.fr")) == (
        "application"
    )
