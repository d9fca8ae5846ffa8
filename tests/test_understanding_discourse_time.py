"""What a writer's discourse does to a fact's time (stop 23, discourse corpus, correction and time side): a
correction in passing supersedes what it corrects, whatever reader then reads the sentence (a year, a place
of work, a situation's tense, a date said forgotten). Each stated in phrasings of its own, in French and in
English, and read through `propulse extract`'s path."""

from __future__ import annotations

from typing import Any

import pytest
from reading_day import read, status

from intake.understanding.discourse import as_finally_meant

AIM = "Je cherche un emploi dans une coopérative."
EN_AIM = "I am looking for a job with a charity."


CORRECTIONS = [
    pytest.param(
        f"Ma licence de géographie, je l'ai eue en 2021, pardon, en 2026. {AIM}",
        {"graduation_recent": "met"},
        id="a_year_corrected_after_pardon_is_the_graduation_year",
    ),
    pytest.param(
        f"J'ai validé mon DUT en juillet 2026… enfin non, juillet 2023, avant mon année à l'étranger. {AIM}",
        {"graduation_recent": "not_met"},
        id="a_month_corrected_after_enfin_non_is_the_graduation_date",
    ),
    pytest.param(
        f"I was awarded my BA in Sociology in 2020 — sorry, I mean June 2026. {EN_AIM}",
        {"graduation_recent": "met"},
        id="an_english_year_corrected_after_i_mean_is_the_graduation_year",
    ),
    pytest.param(
        "Licence de droit obtenue en juin 2026. Je suis en service civique à la mairie — je voulais dire"
        f" j'étais, la mission a pris fin en septembre. {AIM}",
        {"not_service_civique": "met"},
        id="a_present_corrected_to_a_past_is_a_situation_over",
    ),
    pytest.param(
        "Licence de gestion obtenue en juin 2026. Je voudrais travailler dans une banque d'affaires… non, je"
        " me reprends : dans une coopérative d'habitants, c'est ce qui me plaît.",
        {"job_seeking_ess": "met"},
        id="a_place_of_work_said_again_after_je_me_reprends_replaces_the_first",
    ),
    pytest.param(
        f"BTS SAM validé en 2025… ou peut-être 2024 ? je ne sais plus, il faut que je vérifie. {AIM}",
        {"graduation_recent": "unknown"},
        id="a_year_the_writer_says_they_no_longer_know_is_unknown",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CORRECTIONS)
def test_a_correction_in_passing_supersedes_what_it_corrects(body: str, expected: dict[str, str]) -> None:
    result = read(body)
    assert {criterion: status(result, criterion) for criterion in expected} == expected


def test_enfin_meaning_at_last_is_no_correction() -> None:
    text = "J'ai enfin obtenu mon master en 2025, après deux ans de travail."
    assert as_finally_meant(text) == text


def test_a_correction_set_off_in_english_keeps_the_rest_of_the_sentence() -> None:
    meant = as_finally_meant("I finished my MSc in 2019, sorry, 2025, at Leeds. I live in Lyon.")
    assert meant == "I finished my MSc in 2025, at Leeds. I live in Lyon."


TIMES = [
    pytest.param(
        "Licence de droit obtenue en juin 2026. Je débute une mission de service civique le 4 janvier."
        f" {AIM}",
        {"not_service_civique": "met"},
        id="a_civic_service_starting_after_today_is_not_held_now",
    ),
    pytest.param(
        f"I graduated with a BA in History in June 2026. I start an internship on 14 December. {EN_AIM}",
        {"not_internship": "met"},
        id="an_english_internship_starting_after_today_is_not_held_now",
    ),
    pytest.param(
        "Licence de droit obtenue en juin 2026. J'ai débuté un service civique le 5 octobre, pour neuf mois."
        f" {AIM}",
        {"not_service_civique": "not_met"},
        id="a_civic_service_begun_for_nine_months_runs_today",
    ),
    pytest.param(
        "Licence de droit obtenue en juin 2026. J'ai commencé un stage le 2 septembre, pour six semaines."
        f" {AIM}",
        {"not_internship": "met"},
        id="an_internship_begun_for_six_weeks_in_september_is_over",
    ),
]


@pytest.mark.parametrize(("body", "expected"), TIMES)
def test_a_situation_dated_by_its_start_is_held_now_only_between_start_and_end(
    body: str, expected: dict[str, str]
) -> None:
    result = read(body)
    assert {criterion: status(result, criterion) for criterion in expected} == expected


ELISE = "Élise Garnier <elise.garnier@example.org>"


def _reply_over(new: str, old: str, sender: str = ELISE) -> dict[str, Any]:
    """The writer's new text over an earlier mail quoted in «> » lines under its attribution line."""
    body = f"{new}\n\nÉlise\n\nLe 2 oct. 2026 à 09:12, {sender} a écrit :\n"
    body += "\n".join(f"> {line}" for line in old.split("\n"))
    return read(
        body, subject="Re: candidature", from_name="Élise Garnier", from_addr="elise.garnier@example.org"
    )


def test_the_diploma_of_ones_own_earlier_mail_quoted_below_is_read() -> None:
    result = _reply_over(
        "Je reviens vers vous : ma mission de bénévolat est finie, je suis disponible.",
        f"Bonjour, j'ai un BUT Carrières sociales de juin 2026. {AIM} Élise Garnier",
    )
    assert result["education"]["bac_plus"] == 3
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_situation_the_new_text_says_is_over_overrides_the_earlier_mail() -> None:
    result = _reply_over(
        "Mise à jour : mon service civique s'est arrêté le 30 octobre, la structure a fermé.",
        f"Bonjour, BUT Carrières sociales de juin 2026, je suis en service civique jusqu'en mai. {AIM}"
        " Élise Garnier",
    )
    assert status(result, "not_service_civique") == "met"
    assert result["eligibility"]["verdict"] == "eligible"  # the diploma told in the earlier mail counts


def test_an_aim_the_new_text_states_replaces_the_earlier_mails() -> None:
    result = _reply_over(
        "Mon projet a changé : je vise désormais un poste dans une banque d'investissement.",
        f"Bonjour, BUT Carrières sociales de juin 2026. {AIM} Élise Garnier",
    )
    assert status(result, "job_seeking_ess") == "not_met"
    assert result["education"]["bac_plus"] == 3


def test_someone_elses_quoted_mail_is_not_read_as_the_writers() -> None:
    result = _reply_over(
        "Merci pour votre réponse, je vous envoie mon CV bientôt.",
        "Bonjour, nous avons bien reçu votre message. Notre master ESS 2026 ouvre en janvier. Paul Roux",
        sender="Paul Roux <paul.roux@example.net>",
    )
    assert result["education"]["bac_plus"] is None


@pytest.mark.parametrize(
    "aim",
    [
        "PS : je cherche avant tout un contrat stable, peu importe l'employeur, privé ou public.",
        "P.S. I'm looking for a permanent job with any employer, public or private.",
    ],
    ids=["a_postscript_saying_any_employer_leaves_the_aim_open", "an_english_any_employer_is_open"],
)
def test_a_search_open_to_any_employer_is_asked_about_not_refused(aim: str) -> None:
    result = read(f"Licence de droit obtenue en juin 2026.\n\nÉlise\n\n{aim}")
    assert status(result, "job_seeking_ess") == "unknown"


@pytest.mark.parametrize(
    ("body", "graduation"),
    [
        (f"Master de droit public. {AIM}\n\nÉlise\n\nPS : le diplôme date de juillet 2026.", "2026-07"),
        (f"BA in Sociology. {EN_AIM}\n\nEllis\n\nPS: the degree dates from May 2026.", "2026-05"),
    ],
    ids=["a_postscript_dating_the_diploma_named_above", "an_english_postscript_dating_the_degree_above"],
)
def test_a_later_sentence_dating_the_diploma_completes_the_one_named_before(
    body: str, graduation: str
) -> None:
    result = read(body)
    assert (result["education"]["graduation"], result["eligibility"]["verdict"]) == (graduation, "eligible")


@pytest.mark.parametrize(
    "body",
    [
        f"J'ai un master 1 validé en juin 2025. Je vais soutenir ma thèse professionnelle en mars. {AIM}",
        f"Licence pro obtenue en juin 2026. {AIM}\n\nÉlise\n\nPS : j'ai encore un oral à repasser en mars.",
        f"I hold a BA in Sociology from 2025. I'm going to submit my dissertation in February. {EN_AIM}",
    ],
    ids=["a_thesis_i_am_going_to_defend", "a_postscript_oral_to_resit", "an_english_dissertation_to_submit"],
)
def test_a_part_of_the_course_told_as_still_to_come_means_studies_are_not_over(body: str) -> None:
    assert status(read(body), "studies_finished") == "not_met"


def test_a_search_now_only_in_the_ess_is_an_ess_aim_not_a_denied_one() -> None:
    body = (
        "Licence de géographie obtenue en juin 2026. L'an dernier je visais les bureaux d'études privés ;"
        " aujourd'hui je ne cherche plus que dans des coopératives d'habitants."
    )
    assert status(read(body), "job_seeking_ess") == "met"
