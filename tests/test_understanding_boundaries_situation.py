"""Situation classes found on the boundaries corpus (stop 22, situation side): a situation's end judged on
the reading day (a CV entry running «to today», an extension whose end is still to come, a present relative
clause dating a stage taken in the past, texting shorthand), a semester the writer is «in», a career change
left open (studies resumed after something unsaid, a job held since a year that may be under the threshold, a
post held now on a permanent contract), and an aim at a supermarket or a large company outside the ESS, not
confused with the job held now or the place not chosen. Each stated in phrasings of its own, in French and
in English where the class exists in both, and read through `propulse extract`'s path."""

from __future__ import annotations

from typing import Any

import pytest
from fixtures_docs import make_docx, make_message
from reading_day import TODAY, criterion, read

from intake.extract import extract_message

DIPLOMA = "Licence de sociologie obtenue en juin 2026."
AIM = "Je cherche un emploi dans une coopérative."
EN_DIPLOMA = "I graduated with a BA in Sociology in June 2026."
EN_AIM = "I am looking for a job with a charity."


def _cv_message(lines: list[str]) -> bytes:
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return make_message("Bonjour, mon CV.", subject="CV", attachments=[("cv.docx", docx, make_docx(lines))])


CLASSES = [
    # A situation's end, judged on the reading day.
    pytest.param(
        f"{DIPLOMA} Mon stage à la régie de quartier a été renouvelé deux fois et personne ne sait quand il"
        f" se terminera. {AIM}",
        {"not_internship": "not_met"},
        id="an_internship_renewed_whose_end_is_still_to_come_is_current",
    ),
    pytest.param(
        f"{DIPLOMA} Mon stage à la régie de quartier a été renouvelé une fois, puis il a pris fin en"
        f" septembre. {AIM}",
        {"not_internship": "met"},
        id="an_internship_renewed_then_ended_in_september_is_over",
    ),
    pytest.param(
        f"{DIPLOMA} Faute de mieux, j'ai pris un stage dans une recyclerie de Nantes, qui dure jusqu'au"
        f" 20 février. {AIM}",
        {"not_internship": "not_met"},
        id="an_internship_taken_in_the_past_running_until_february_is_current",
    ),
    pytest.param(
        f"{DIPLOMA} J'ai fait un stage dans une recyclerie de Nantes, qui a duré jusqu'en juillet. {AIM}",
        {"not_internship": "met"},
        id="an_internship_that_lasted_until_july_is_over",
    ),
    pytest.param(
        "cc, chui en sc jusqu'en mai au secours populaire, licence d'histoire juin 2026, je veux bosser"
        " dans une asso apres",
        {"not_service_civique": "not_met"},
        id="a_texted_civic_service_held_until_may_is_current",
    ),
    pytest.param(
        "slt je suis en sc po depuis 2024, licence obtenue en juin 2026, je veux bosser dans une asso",
        {"not_service_civique": "met"},
        id="a_texted_sciences_po_is_no_civic_service",
    ),
    pytest.param(
        f"Je suis dans mon troisième semestre de master, il s'achève en janvier. J'ai une licence depuis"
        f" juin 2025. {AIM}",
        {"studies_finished": "not_met"},
        id="being_in_my_third_semester_is_studying_now",
    ),
    pytest.param(
        f"I'm in my last semester of an MA in urban studies. I got a BA in June 2025. {EN_AIM}",
        {"studies_finished": "not_met"},
        id="an_english_last_semester_held_now_is_studying",
    ),
    # A mission or a placement of a kind left unsaid, running now: asked, never refused.
    pytest.param(
        f"Ma mission auprès d'une maison de quartier de Rennes prend fin dans trois semaines. {DIPLOMA}"
        f" {AIM}",
        {"not_service_civique": "unknown"},
        id="my_mission_of_unsaid_kind_ending_soon_is_asked_about",
    ),
    pytest.param(
        f"Ma mission auprès d'une maison de quartier de Rennes s'est terminée en juin. {DIPLOMA} {AIM}",
        {"not_service_civique": "met"},
        id="my_mission_of_unsaid_kind_ended_in_june_is_over",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I'm on a work placement with a tenants' union this term. {EN_AIM}",
        {"not_internship": "unknown"},
        id="an_english_placement_held_now_is_asked_about",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I'm an intern with a tenants' union this term. {EN_AIM}",
        {"not_internship": "not_met"},
        id="an_english_internship_held_this_term_is_current",
    ),
    pytest.param(
        f"{DIPLOMA} Expériences : un stage à la Banque alimentaire du Gard, cette année. {AIM}",
        {"not_internship": "unknown"},
        id="an_internship_dated_only_by_this_year_without_a_verb_is_asked_about",
    ),
    pytest.param(
        f"{DIPLOMA} Expériences : un stage à la Banque alimentaire du Gard en 2024. {AIM}",
        {"not_internship": "met"},
        id="an_internship_dated_by_a_past_year_without_a_verb_is_over",
    ),
    pytest.param(
        f"{DIPLOMA} Je fais un volontariat du Programme européen de jeunesse à Gand jusqu'en juin. {AIM}",
        {"not_service_civique": "unknown"},
        id="a_volunteering_of_a_named_european_scheme_is_asked_about",
    ),
    pytest.param(
        f"{DIPLOMA} Je fais un volontariat du service civique à Gand jusqu'en juin. {AIM}",
        {"not_service_civique": "not_met"},
        id="a_volunteering_of_the_civic_service_held_until_june_is_current",
    ),
    # A part of the course still to do: the studies are not over.
    pytest.param(
        f"J'ai validé mes cours de M2 ; il me reste encore la soutenance, prévue en février. J'ai une licence"
        f" depuis 2024. {AIM}",
        {"studies_finished": "not_met"},
        id="a_defence_still_left_to_do_is_studies_not_finished",
    ),
    pytest.param(
        f"Mon mémoire de master est à rendre le 15 janvier. J'ai une licence depuis 2024. {AIM}",
        {"studies_finished": "not_met"},
        id="a_dissertation_to_hand_in_in_january_is_studies_not_finished",
    ),
    pytest.param(
        f"I still have to hand in my MSc dissertation next month. I got a BA in 2024. {EN_AIM}",
        {"studies_finished": "not_met"},
        id="an_english_dissertation_still_to_hand_in_is_studies_not_finished",
    ),
    pytest.param(
        f"J'ai soutenu mon mémoire en septembre, il ne me reste plus rien à passer. {DIPLOMA} {AIM}",
        {"studies_finished": "met"},
        id="nothing_left_to_pass_after_a_defence_is_studies_finished",
    ),
    # Studies whose outcome is still to come: the coordinator asks.
    pytest.param(
        f"J'ai rendu mon mémoire de master en octobre et j'attends encore la délibération. {AIM}",
        {"studies_finished": "unknown"},
        id="a_deliberation_awaited_leaves_the_studies_open",
    ),
    pytest.param(
        f"Mes derniers partiels de licence sont passés ; le jury doit se réunir mi-décembre. {AIM}",
        {"studies_finished": "unknown"},
        id="a_jury_still_to_sit_leaves_the_studies_open",
    ),
    pytest.param(
        f"J'ai terminé les cours de mon master, mais je ne sais pas encore si je vais devoir rattraper un"
        f" module. {AIM}",
        {"studies_finished": "unknown"},
        id="a_resit_maybe_to_take_leaves_the_studies_open",
    ),
    pytest.param(
        f"I sat my last MA exams in October and I'm still waiting for my results. {EN_AIM}",
        {"studies_finished": "unknown"},
        id="english_results_awaited_leave_the_studies_open",
    ),
    pytest.param(
        f"{DIPLOMA} J'attends les résultats de ma candidature chez Emmaüs. {AIM}",
        {"studies_finished": "met"},
        id="the_results_of_an_application_awaited_say_nothing_of_the_studies",
    ),
    # A career change the mail leaves open.
    pytest.param(
        f"J'ai fait une reprise d'études à 35 ans ; {DIPLOMA[0].lower()}{DIPLOMA[1:]} {AIM}",
        {"not_career_change": "unknown"},
        id="studies_resumed_after_something_unsaid_leave_the_career_change_open",
    ),
    pytest.param(
        f"I went back to university at 33 and {EN_DIPLOMA[2:]} {EN_AIM}",
        {"not_career_change": "unknown"},
        id="an_english_return_to_university_leaves_the_career_change_open",
    ),
    pytest.param(
        f"Après une année de césure, j'ai repris mes études ; {DIPLOMA[0].lower()}{DIPLOMA[1:]} {AIM}",
        {"not_career_change": "met"},
        id="studies_resumed_after_a_gap_year_are_no_career_change",
    ),
    pytest.param(
        f"Je suis magasinier depuis 2023 et {DIPLOMA[0].lower()}{DIPLOMA[1:-1]} en cours du soir. {AIM}",
        {"not_career_change": "unknown"},
        id="a_job_held_since_a_year_maybe_under_three_years_ago_is_asked_about",
    ),
    pytest.param(
        f"Je suis comptable depuis 2018 et {DIPLOMA[0].lower()}{DIPLOMA[1:]} {AIM}",
        {"not_career_change": "not_met"},
        id="a_job_held_since_eight_years_is_a_career_change",
    ),
    pytest.param(
        f"Je suis aide médico-psychologique en CDI dans un EHPAD, et {DIPLOMA[0].lower()}{DIPLOMA[1:]} {AIM}",
        {"not_career_change": "unknown"},
        id="a_post_named_before_its_permanent_contract_is_asked_about",
    ),
    pytest.param(
        f"I'm a warehouse clerk on a permanent contract. {EN_DIPLOMA} {EN_AIM}",
        {"not_career_change": "unknown"},
        id="an_english_post_on_a_permanent_contract_is_asked_about",
    ),
    pytest.param(
        f"{DIPLOMA} Je suis à la recherche d'un poste en CDI dans une coopérative.",
        {"not_career_change": "met"},
        id="a_search_for_a_permanent_contract_is_no_job_held",
    ),
    # An aim outside the ESS, not the job held now nor the place not chosen.
    pytest.param(
        f"{DIPLOMA} Je cherche un poste d'employée libre-service dans un supermarché.",
        {"job_seeking_ess": "not_met"},
        id="a_search_for_a_job_in_a_supermarket_is_outside_the_ess",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I'm aiming for a data analyst role at a big consulting firm.",
        {"job_seeking_ess": "not_met"},
        id="an_english_aim_at_a_consulting_firm_is_outside_the_ess",
    ),
    pytest.param(
        f"{DIPLOMA} Je voudrais travailler dans une coopérative plutôt qu'en grande surface.",
        {"job_seeking_ess": "met"},
        id="a_supermarket_named_as_the_place_not_chosen_is_not_the_aim",
    ),
    pytest.param(
        f"{DIPLOMA} J'occupe en ce moment un poste de caissier en hypermarché, et je voudrais rejoindre une"
        f" coopérative.",
        {"job_seeking_ess": "met"},
        id="the_supermarket_where_the_writer_works_now_is_not_the_aim",
    ),
    pytest.param(
        f"{DIPLOMA} Je souhaite travailler dans une épicerie sociale.",
        {"job_seeking_ess": "met"},
        id="a_social_grocery_is_an_ess_employer",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CLASSES)
def test_each_boundaries_situation_class_reads_its_criteria(body: str, expected: dict[str, str]) -> None:
    result = read(body)
    for name, wanted in expected.items():
        assert criterion(result, name)["status"] == wanted, name


def test_a_cv_entry_running_to_today_is_a_current_internship_quoting_its_line() -> None:
    message = _cv_message(
        [
            "Inès MARCHAND",
            "06 12 34 56 78",
            "FORMATION",
            "Juin 2026 - Master Sociologie",
            "EXPÉRIENCE",
            "Octobre 2026 - aujourd'hui : stagiaire, chargée d'enquête, fédération de centres sociaux",
            "OBJECTIF",
            "Chargée d'études dans une association",
        ]
    )
    result = extract_message(message, today=TODAY)
    internship = criterion(result, "not_internship")
    assert internship["status"] == "not_met"
    assert "aujourd'hui" in internship["evidence"]["text"]


def _cv_reading(experience: str) -> dict[str, Any]:
    message = _cv_message(
        [
            "Noé GARNIER",
            "06 98 76 54 32",
            "Formation",
            "Licence Géographie - juin 2026",
            "Expérience",
            experience,
            "Objectif",
            "Chargé de projet dans une association",
        ]
    )
    return extract_message(message, today=TODAY)


@pytest.mark.parametrize(
    ("experience", "name", "wanted"),
    [
        ("2026 : stage, cartographie, parc naturel régional", "not_internship", "unknown"),
        ("2026 : volontariat, maison des solidarités", "not_service_civique", "unknown"),
        ("2026 : stage de 3 mois, cartographie, parc naturel régional", "not_internship", "met"),
        ("2025 : stage, cartographie, parc naturel régional", "not_internship", "met"),
    ],
    ids=[
        "a_cv_internship_dated_by_this_year_alone_is_asked_about",
        "a_cv_volunteering_dated_by_this_year_alone_is_asked_about",
        "a_cv_internship_of_this_year_told_with_its_whole_length_is_over",
        "a_cv_internship_of_last_year_is_over",
    ],
)
def test_a_cv_entry_dated_by_a_year_alone(experience: str, name: str, wanted: str) -> None:
    assert criterion(_cv_reading(experience), name)["status"] == wanted


_NOE = ["Noé GARNIER", "06 98 76 54 32", "Formation", "Licence Géographie - juin 2026", "Recherche"]


def test_a_job_sought_under_a_cv_heading_recherche_is_the_aim() -> None:
    message = _cv_message([*_NOE, "Un poste de chargé de mission dans une fédération de coopératives"])
    aim = criterion(extract_message(message, today=TODAY), "job_seeking_ess")
    assert aim["status"] == "met"
    assert "coopératives" in aim["evidence"]["text"]


def test_a_research_section_of_a_cv_states_no_aim() -> None:
    message = _cv_message([*_NOE, "Mémoire sur les coopératives d'habitants en Bretagne"])
    assert criterion(extract_message(message, today=TODAY), "job_seeking_ess")["status"] == "unknown"


def test_a_career_change_left_open_quotes_the_sentence_it_is_asked_about() -> None:
    result = read(f"Après une reprise d'études à 29 ans, {DIPLOMA[0].lower()}{DIPLOMA[1:]} {AIM}")
    career = criterion(result, "not_career_change")
    assert career["status"] == "unknown"
    assert "reprise d'études" in career["evidence"]["text"]
