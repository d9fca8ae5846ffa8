"""Situations read on the inbox corpus (stop 52, slice i-situation): an internship taken in the past and
placed by «y» until a date still ahead, a résumé's internship dated by its end alone, and an internship held
now whose end is then told near with no date. Each in phrasings of our own, read through `propulse
extract`'s path on 2026-11-26, with guards where the rule could over-reach (a stay told in the past, a
place kept after a stage of another year, an end dated, another person's end); and a career changer's mail
that says whom the programme is meant for («votre programme s'adresse aux jeunes diplômés»), which presents
nobody: her names and contacts stay hers."""

from __future__ import annotations

from typing import Any

from fixtures_docs import make_message, make_pdf
from reading_day import TODAY, extracted, names, read, status

from intake.extract import extract_message

AIM = "Je cherche un poste de chargée de projet dans une association de l'économie sociale et solidaire."
DIPLOMA = "J'ai validé mon master de géographie en juin 2025 à Rennes."


def _read_cv(lines: list[str]) -> dict[str, Any]:
    pdf = make_pdf(["Noémie Carré", "noemie.carre@example.org", *lines])
    body = "Bonjour, je suis intéressée par Pro'pulse, voici mon CV."
    return extract_message(make_message(body, attachments=[("cv.pdf", "application/pdf", pdf)]), today=TODAY)


# An internship accepted (a past act), then «j'y suis jusqu'au …»: the writer is there until that date.


def test_an_internship_landed_in_the_past_and_stayed_at_until_february_runs_today() -> None:
    result = read(
        f"{DIPLOMA} Faute d'offre, j'ai décroché un stage de cinq mois dans une fédération, et j'y suis "
        f"jusqu'au 27 février 2027. {AIM}"
    )
    assert status(result, "not_internship") == "not_met"


def test_an_internship_accepted_where_we_stay_until_march_runs_today() -> None:
    result = read(f"{DIPLOMA} Nous avons accepté un stage à la régie et nous y restons jusqu'en mars 2027.")
    assert status(result, "not_internship") == "not_met"


def test_an_internship_stayed_at_until_a_past_june_is_over() -> None:
    result = read(f"{DIPLOMA} J'ai accepté un stage à la mairie et j'y suis restée jusqu'en juin 2025. {AIM}")
    assert status(result, "not_internship") == "met"


def test_a_place_kept_after_an_internship_of_an_earlier_year_is_no_internship_running() -> None:
    result = read(
        f"{DIPLOMA} J'ai fait un stage à la Fondation en 2024 et j'y suis jusqu'au 15 janvier 2027 en CDD."
    )
    assert status(result, "not_internship") == "met"


# A résumé's internship dated by its end alone, before the colon that opens its details.


def test_a_resume_internship_until_january_next_year_runs_today() -> None:
    result = _read_cv(
        [
            "Formation",
            "2025 BTS Services et prestations des secteurs sanitaire et social, lycée Diderot, Lyon",
            "Expérience",
            "Stage hors cursus jusqu'au 29 janvier 2027 : accueil des familles, centre social associatif",
            "Objectif : accompagnatrice sociale dans une association",
        ]
    )
    assert status(result, "not_internship") == "not_met"


def test_an_english_resume_placement_until_march_next_year_runs_today() -> None:
    result = _read_cv(
        [
            "Education",
            "2025 BTS Économie sociale familiale, Lycée Jean Moulin",
            "Experience",
            "Internship until March 2027 - Food bank volunteer coordinator, Lille",
            "Looking for: a job with a French charity",
        ]
    )
    assert status(result, "not_internship") == "not_met"


def test_a_resume_internship_until_a_june_long_past_is_over() -> None:
    result = _read_cv(
        [
            "Formation",
            "2025 BTS Économie sociale familiale, lycée Jean Moulin, Lyon",
            "Expérience",
            "Stage jusqu'au 30 juin 2025 : animation d'ateliers, maison de quartier",
            "Objectif : conseillère ESF dans une association",
        ]
    )
    assert status(result, "not_internship") == "met"


# An internship held now whose end is then told near with no date: over by today, or not yet? Asked.


def test_an_internship_held_whose_own_end_comes_soon_is_asked() -> None:
    result = read(f"{DIPLOMA} Je fais un stage dans une ressourcerie et mon stage finit bientôt. {AIM}")
    assert status(result, "not_internship") == "unknown"


def test_a_civic_service_held_that_ends_shortly_is_asked() -> None:
    result = read(f"{DIPLOMA} Je suis en service civique à l'AFEV, il se termine sous peu. {AIM}")
    assert status(result, "not_service_civique") == "unknown"


def test_an_internship_held_whose_end_is_dated_after_today_still_fails() -> None:
    result = read(f"{DIPLOMA} Je fais un stage dans une recyclerie et mon stage se termine le 18 décembre.")
    assert status(result, "not_internship") == "not_met"


def test_an_internship_held_beside_a_friend_ending_his_own_soon_still_fails() -> None:
    result = read(f"{DIPLOMA} Je fais un stage à la mairie, et mon colocataire finit bientôt le sien. {AIM}")
    assert status(result, "not_internship") == "not_met"


def test_an_internship_found_that_ends_shortly_is_asked() -> None:
    result = read(
        f"{DIPLOMA} J'ai trouvé un stage dans une épicerie solidaire qui se termine prochainement. {AIM}"
    )
    assert status(result, "not_internship") == "unknown"


def test_a_civic_service_of_ones_own_finishing_soon_is_asked() -> None:
    result = read(f"{DIPLOMA} Mon service civique finit bientôt et je cherche un poste dans une association.")
    assert status(result, "not_service_civique") == "unknown"


def test_an_internship_done_in_an_earlier_year_beside_a_job_ending_soon_stays_over() -> None:
    result = read(f"{DIPLOMA} J'ai fait un stage à la mairie en 2024, et mon CDD se termine bientôt. {AIM}")
    assert status(result, "not_internship") == "met"


# Whom the programme is said to be meant for: nobody presented by it.
OWN = (
    "Bonjour,\n\nAprès sept ans comme caissière, j'ai décidé de me reconvertir et j'ai obtenu mon BTS "
    "SP3S en juin 2026. Je voudrais travailler dans une association d'aide à domicile.\n\n"
    "J'ai cru comprendre que votre programme s'adresse aux jeunes diplômés, et je pense que mon profil y "
    "correspond.\n\n"
    "Cordialement,\nNadège Ferrand\n06 31 48 27 95"
)


def test_a_programme_said_to_be_meant_for_graduates_presents_nobody_and_the_writer_keeps_her_names() -> None:
    result = extracted(OWN, from_name="Nadège Ferrand", from_addr="nadege.ferrand@example.org")
    assert names(result) == ("Nadège", "Ferrand")
    assert result["applicant"]["email"] == "nadege.ferrand@example.org"
    assert result["situation"]["forwarded_by"] is None


def test_an_adviser_sending_a_profile_still_presents_that_person() -> None:
    body = (
        "Bonjour,\n\nJe vous adresse le profil de Lina Morel, 23 ans, titulaire d'un BUT carrières sociales "
        "obtenu en juin 2026. Elle cherche un poste dans une association.\n\nSes coordonnées : "
        "lina.morel@example.org.\n\nCordialement,\nPaul Viger, conseiller Mission locale"
    )
    result = extracted(body, from_name="Paul Viger", from_addr="p.viger@missionlocale.example.fr")
    assert names(result) == ("Lina", "Morel")
    assert result["situation"]["forwarded_by"] == "p.viger@missionlocale.example.fr"
