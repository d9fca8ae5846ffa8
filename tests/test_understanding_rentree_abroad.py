"""Back from abroad, written in English, October's other mail (r-abroad, stop 55): what a careful reader
knows of these that the reader missed.

- The name signed under an organisation's closing is its writer's, not a person presented: a career
  service's invitation or a federation's apprenticeship offer is nobody's application (signals.py).
- A foreign diploma's recognition asked for, its answer still awaited, does not by itself leave its level
  open (withdrawn at the merge: abroad and stances label such a named degree at its level); an equivalence
  granted keeps it.
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


def test_a_relay_thanking_first_and_naming_the_graduate_in_its_opening_line_still_applies() -> None:
    body = (
        "Bonjour,\n\nMerci de bien vouloir étudier le profil de Camille Nguyen.\nMaster 2 en économie "
        "sociale obtenu en juin 2026, recherche d'un premier emploi en coopérative.\n\nCordialement,\n"
        "Sophie Marchetti"
    )
    assert kind(body, "Profil à étudier", ("Mission locale", "ml@vannes.example.fr")) == "application"


# ------------------------------------------------------------------ a recognition asked, its answer awaited


def test_an_equivalence_asked_and_granted_as_a_licence_keeps_the_level_met() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai une Licenciatura en Psicología de l'Universidad de Chile, obtenue en 2025. J'ai "
        "demandé l'équivalence à ENIC-NARIC : c'est l'équivalent d'une licence (bac+3).\n\nJe voudrais "
        "travailler dans une association d'aide aux familles.\n\nValentina Rojas"
    )
    assert status(result, "degree_level") == "met"


def test_a_certificate_asked_of_an_employer_with_no_answer_leaves_a_licence_met() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai une licence de sociologie obtenue en juin 2025. J'ai demandé une attestation de "
        "stage à mon ancien employeur, toujours pas de réponse.\n\nJe cherche un emploi dans une "
        "association.\n\nValentina Rojas"
    )
    assert status(result, "degree_level") == "met"


# ------------------------------------------------------------------ a search open to any firm


def test_a_search_open_to_any_company_that_will_hire_is_not_aimed_at_the_ess() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un master de géographie obtenu en 2025. Je cherche un poste dans une ONG, ou dans "
        "n'importe quelle société qui voudra de moi, honnêtement.\n\nThéo Marin"
    )
    assert status(result, "job_seeking_ess") != "met"


def test_a_search_for_an_ngo_or_any_company_that_will_hire_me_is_not_aimed_at_the_ess() -> None:
    result = extracted(
        "Hi,\n\nI graduated with a master's in geography in 2025. I'm after a job with an NGO, or frankly "
        "any company that will hire me at this point.\n\nTheo Marin",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") != "met"


def test_a_search_for_any_neighbourhood_association_stays_aimed_at_the_ess() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un master de géographie obtenu en 2025. Je cherche un poste dans n'importe quelle "
        "association de quartier de la métropole.\n\nThéo Marin"
    )
    assert status(result, "job_seeking_ess") == "met"


# ------------------------------------------------------------------ the end of secondary school, named abroad


def test_a_state_diploma_glossed_as_the_end_of_secondary_school_does_not_date_the_graduation() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un graduat en gestion des organisations de l'Institut supérieur de Lubumbashi, "
        "obtenu en 2025. Avant cela, Diplôme d'État (fin d'études secondaires) en 2021.\n\nJe cherche un "
        "emploi dans une association de quartier.\n\nGrâce Kabongo"
    )
    assert status(result, "graduation_recent") != "not_met"


def test_a_diploma_glossed_as_the_end_of_high_school_does_not_date_the_graduation() -> None:
    result = extracted(
        "Hello,\n\nI hold a graduat in social work from a higher institute in Kinshasa, awarded in 2025. "
        "Before that, a State Diploma (end of secondary school) in 2021.\n\nI'm looking for a job in a "
        "community centre.\n\nGrace Kabongo",
        subject="Application",
    )
    assert status(result, "graduation_recent") != "not_met"
