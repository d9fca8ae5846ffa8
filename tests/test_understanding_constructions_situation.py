"""Situation classes found on the constructions corpus (stop 24, second round, situation side): years in a
job said under a construction — a passive «j'ai été salariée … pendant», years under a contract («onze ans en
CDI») whatever the clause around, a count written in words with a hyphen or past twelve, a duration whose job
stands in the clause before, a CV's dated line inside a mail's body; a situation named through a noun of its
phase (its end or start, dated) or of its stretch of time (left, or counted), begun in the recent past of
«venir de», dated by a cleft's fronted «jusqu'à», started «le premier» of a month, ended under a future
passive in English; a doubt word only at the start of a word. Each stated in phrasings of its own, in French
and in English, and read through `propulse extract`'s path."""

from __future__ import annotations

import pytest
from reading_day import read, status

DIPLOMA = "Licence pro Coordination de projets obtenue en juin 2026."
AIM = "Je cherche un emploi dans une association."
EN_DIPLOMA = "I completed my BA in Social Work in June 2026."
EN_AIM = "I am looking for a job with a cooperative."


CAREERS = [
    pytest.param(
        f"J'ai été salariée durant neuf ans à la caisse d'un supermarché, puis j'ai repris mes études. "
        f"{DIPLOMA} {AIM}",
        "not_met",
        id="years_as_an_employee_said_in_the_passive_are_a_career",
    ),
    pytest.param(
        f"Au moment de laisser ma place de magasinier, après treize ans en CDI, j'ai commencé une licence. "
        f"{DIPLOMA} {AIM}",
        "not_met",
        id="years_under_a_permanent_contract_are_a_career_whatever_the_clause_around",
    ),
    pytest.param(
        f"Vingt-deux ans comme boulangère m'ont donné envie d'autre chose. {DIPLOMA} {AIM}",
        "not_met",
        id="a_count_of_years_written_with_a_hyphen_is_read",
    ),
    pytest.param(
        f"J'étais opératrice de production en CDI, durant huit ans. {DIPLOMA} {AIM}",
        "not_met",
        id="a_duration_heading_its_clause_is_said_of_the_job_in_the_clause_before",
    ),
    pytest.param(
        f"Bonjour,\n\nMon parcours :\n- 2009-2021 : préparateur de commandes (CDI), plateforme logistique ;\n"
        f"- {DIPLOMA}\n{AIM}",
        "not_met",
        id="a_cv_line_dated_over_years_with_a_contract_inside_the_body_is_a_career",
    ),
    pytest.param(
        f"I spent eleven years on a permanent contract in a call centre before going back to university. "
        f"{EN_DIPLOMA} {EN_AIM}",
        "not_met",
        id="english_years_on_a_permanent_contract_are_a_career",
    ),
    pytest.param(
        f"After thirteen years as a bank clerk, I went back to studying. {EN_DIPLOMA} {EN_AIM}",
        "not_met",
        id="an_english_count_past_twelve_in_words_is_read",
    ),
    pytest.param(
        f"Après deux ans en CDD comme serveuse, j'ai repris une licence. {DIPLOMA} {AIM}",
        "met",
        id="two_years_under_a_contract_are_not_a_career",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CAREERS)
def test_years_in_a_job_said_in_a_construction_are_read_as_a_career(body: str, expected: str) -> None:
    assert status(read(body), "not_career_change") == expected


SITUATIONS = [
    pytest.param(
        f"{DIPLOMA} Le terme de ma mission de service civique est fixé à fin avril 2027. {AIM}",
        {"not_service_civique": "not_met"},
        id="the_end_of_a_situation_named_as_a_noun_and_dated_ahead_means_it_is_held",
    ),
    pytest.param(
        f"{DIPLOMA} La fin de mon stage est programmée en février. {AIM}",
        {"not_internship": "not_met"},
        id="a_yearless_month_of_a_planned_end_is_the_next_one",
    ),
    pytest.param(
        f"{DIPLOMA} L'arrêt de mon stage date de début septembre, et je suis disponible. {AIM}",
        {"not_internship": "met"},
        id="the_end_of_a_situation_dated_back_means_it_is_over",
    ),
    pytest.param(
        f"{DIPLOMA} Le début de ma convention de stage a eu lieu le 15 septembre, pour cinq mois. {AIM}",
        {"not_internship": "not_met"},
        id="a_start_named_as_a_noun_with_a_length_running_past_today_is_held",
    ),
    pytest.param(
        f"{DIPLOMA} Le commencement de mon service civique avait eu lieu en janvier, pour six mois. {AIM}",
        {"not_service_civique": "met"},
        id="a_start_named_as_a_noun_with_a_length_ended_before_today_is_over",
    ),
    pytest.param(
        f"{DIPLOMA} Il me reste encore trois semaines de stage à la mairie. {AIM}",
        {"not_internship": "not_met"},
        id="weeks_of_a_situation_left_to_the_writer_mean_it_is_held",
    ),
    pytest.param(
        f"{DIPLOMA} Je suis dans mon cinquième mois de service civique. {AIM}",
        {"not_service_civique": "not_met"},
        id="the_month_of_a_situation_counted_by_an_ordinal_means_it_is_held",
    ),
    pytest.param(
        f"{DIPLOMA} Nous venons de démarrer notre stage au centre social. {AIM}",
        {"not_internship": "not_met"},
        id="a_situation_just_begun_in_the_recent_past_of_venir_de_is_held",
    ),
    pytest.param(
        f"{DIPLOMA} C'est jusqu'à la mi-mars que court mon service civique. {AIM}",
        {"not_service_civique": "not_met"},
        id="a_cleft_fronting_the_date_a_situation_runs_until_dates_it",
    ),
    pytest.param(
        f"{DIPLOMA} Ma convention de stage de quatre mois a débuté le premier novembre. {AIM}",
        {"not_internship": "not_met"},
        id="a_start_on_the_first_of_a_month_written_in_words_is_read",
    ),
    pytest.param(
        f"{DIPLOMA} J'ai été reçue en stage à la mairie le 2 novembre pour quatre mois. {AIM}",
        {"not_internship": "not_met"},
        id="placed_in_a_situation_by_a_past_act_dated_with_a_length_running_today_is_held",
    ),
    pytest.param(
        f"{DIPLOMA} J'ai été intégré en service civique en février, pour six mois. {AIM}",
        {"not_service_civique": "met"},
        id="placed_in_a_situation_by_a_past_act_whose_length_ran_out_is_over",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I am an intern at a youth club, and the placement will be finished in April. {EN_AIM}",
        {"not_internship": "not_met"},
        id="an_english_end_under_a_future_passive_is_still_to_come",
    ),
    pytest.param(
        f"{DIPLOMA} Mon service civique s'est terminé en juin ; trouver un emploi est ma priorité absolue. "
        f"{AIM}",
        {"not_service_civique": "met"},
        id="a_word_containing_a_doubt_phrase_is_no_doubt",
    ),
]


@pytest.mark.parametrize(("body", "expected"), SITUATIONS)
def test_a_situation_said_in_a_construction_is_read_by_its_meaning(
    body: str, expected: dict[str, str]
) -> None:
    result = read(body)
    assert {criterion: status(result, criterion) for criterion in expected} == expected


CONTRACTS_KEPT = [
    pytest.param(
        f"Licence de droit obtenue en juin 2026 tout en conservant mon CDI d'agent d'accueil. {AIM}",
        id="a_contract_kept_while_studying_leaves_the_career_change_asked",
    ),
    pytest.param(
        f"{DIPLOMA} Mon CDI, que j'ai encore pour l'instant, ne me convient plus. {AIM}",
        id="a_contract_still_had_told_in_a_relative_clause_leaves_the_career_change_asked",
    ),
    pytest.param(
        f"{EN_DIPLOMA} Keeping my permanent contract at a bakery for now, I am applying to charities. "
        f"{EN_AIM}",
        id="an_english_permanent_contract_kept_leaves_the_career_change_asked",
    ),
]


@pytest.mark.parametrize("body", CONTRACTS_KEPT)
def test_a_contract_held_now_said_in_a_construction_leaves_the_career_change_asked(body: str) -> None:
    assert status(read(body), "not_career_change") == "unknown"
