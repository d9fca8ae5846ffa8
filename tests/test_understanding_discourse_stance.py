"""Who says a fact and how sure it is (stop 23, stance.py): someone else's opinion settles nothing, a
condition and the plan hanging on it are no fact, a doubt on the fact leaves the criterion to be asked (never
rejected), and the part a question asks is no answer — while a fact presupposed by a question, a concession
and a referral's words stay facts. Each in phrasings of its own, in French and in English, read through
`propulse extract`'s path."""

from __future__ import annotations

from typing import Any

import pytest
from fixtures_docs import make_message
from reading_day import TODAY, extracted, status

from intake.extract import extract_message
from intake.understanding.stance import ASKED, FACT, HEDGED, REPORTED, SUPPOSED, stance_at

DIPLOMA = "J'ai obtenu ma licence de sociologie en juin 2026."
AIM = "Je cherche un emploi dans une coopérative."
EN_DIPLOMA = "I graduated with a BA in Sociology in June 2026."
EN_AIM = "I am looking for a job with a charity."


CLASSES = [
    # Someone else's opinion.
    pytest.param(
        f"{DIPLOMA} Ma référente de la Mission locale parle de reconversion à cause de mes petits boulots"
        f" étudiants. {AIM}",
        "not_career_change",
        "met",
        id="an_adviser_calling_student_jobs_a_career_change_settles_nothing",
    ),
    pytest.param(
        f"{EN_DIPLOMA} My mentor calls it a career change because I tutored children during my degree."
        f" {EN_AIM}",
        "not_career_change",
        "met",
        id="a_mentor_calling_it_a_career_change_settles_nothing_in_english",
    ),
    pytest.param(
        f"{DIPLOMA} Selon ma tutrice, je suis toujours en stage à la recyclerie. {AIM}",
        "not_internship",
        "unknown",
        id="an_internship_the_writer_holds_only_in_a_tutors_words_is_asked",
    ),
    pytest.param(
        f"{EN_DIPLOMA} My school says I am still an intern at the food bank. {EN_AIM}",
        "not_internship",
        "unknown",
        id="an_internship_the_writer_holds_only_in_the_schools_words_is_asked_in_english",
    ),
    pytest.param(
        f"{DIPLOMA} Ma conseillère m'a poussée à écrire tôt, car mon stage à la ressourcerie se termine le"
        f" 3 décembre. {AIM}",
        "not_internship",
        "not_met",
        id="an_internship_ending_next_week_after_an_advisers_push_is_current",
    ),
    # A condition, and the plan said on it.
    pytest.param(
        f"{DIPLOMA} Si je ne décroche rien d'ici février, je partirai en service civique. {AIM}",
        "not_service_civique",
        "met",
        id="a_service_civique_planned_if_nothing_is_found_is_not_current",
    ),
    pytest.param(
        f"{EN_DIPLOMA} If nothing comes up by spring, I will probably do a civic service. {EN_AIM}",
        "not_service_civique",
        "met",
        id="a_civic_service_planned_if_nothing_comes_up_is_not_current_in_english",
    ),
    pytest.param(
        "J'ai un BTS obtenu en 2025. Si la commission valide mon dernier module, je serai diplômé de la"
        f" licence pro en décembre. {AIM}",
        "studies_finished",
        "unknown",
        id="studies_ending_if_a_board_validates_are_asked_not_rejected",
    ),
    pytest.param(
        "Si je décroche mon master de géographie en septembre prochain, je voudrais rejoindre la promo. J'ai"
        f" une licence de juin 2025. {AIM}",
        "studies_finished",
        "not_met",
        id="a_master_the_writer_would_get_next_september_is_not_had_yet",
    ),
    pytest.param(
        "If I complete my Master's in Sociology next summer, I would love to join. I graduated with a BA in"
        f" June 2025. {EN_AIM}",
        "studies_finished",
        "not_met",
        id="a_masters_the_writer_would_complete_next_summer_is_not_had_yet_in_english",
    ),
    pytest.param(
        f"Si mon BTS compte comme un bac+2, je voudrais postuler. J'ai un BTS obtenu en juin 2025. {AIM}",
        "degree_level",
        "met",
        id="a_bts_held_whose_worth_is_the_condition_stays_held",
    ),
    # A doubt on the fact.
    pytest.param(
        f"J'ai un BTS obtenu en 2025. En principe je serai diplômé de la licence pro en janvier. {AIM}",
        "studies_finished",
        "unknown",
        id="studies_ending_in_principle_in_january_are_asked_not_rejected",
    ),
    pytest.param(
        f"{DIPLOMA} Je suis en service civique ou en volontariat, je ne me souviens plus du nom du contrat."
        f" {AIM}",
        "not_service_civique",
        "unknown",
        id="a_service_civique_whose_name_the_writer_forgot_is_asked_not_rejected",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I am probably still a volunteer on a civic service. {EN_AIM}",
        "not_service_civique",
        "unknown",
        id="a_civic_service_held_probably_is_asked_in_english",
    ),
    pytest.param(
        f"{DIPLOMA} Normalement ma convention de stage à la mairie finit le 5 décembre, sauf si on me garde"
        f" un peu. {AIM}",
        "not_internship",
        "not_met",  # the doubt is on the day it ends, not on holding it (brief of h-drest, stop 23)
        id="an_internship_agreement_ending_normally_next_week_is_current",
    ),
    # The asked part of a question.
    pytest.param(
        f"{DIPLOMA} Mon job de caissier pendant la fac, ça compte comme une reconversion ? {AIM}",
        "not_career_change",
        "met",
        id="a_career_change_only_asked_about_is_no_answer",
    ),
    pytest.param(
        f"{EN_DIPLOMA} Does it count as a career change if I waited tables at weekends? {EN_AIM}",
        "not_career_change",
        "met",
        id="a_career_change_only_asked_about_is_no_answer_in_english",
    ),
    # A concession: both facts kept, the part excepted still to do.
    pytest.param(
        f"J'ai une licence de juin 2025. En master, j'ai obtenu toutes mes UE, à part le mémoire que je"
        f" remets en février. {AIM}",
        "studies_finished",
        "not_met",
        id="a_masters_all_passed_but_its_defence_in_january_is_not_finished",
    ),
    pytest.param(
        f"I hold a BA from June 2025. My Master's modules are all passed except my thesis, which I defend in"
        f" February. {EN_AIM}",
        "studies_finished",
        "not_met",
        id="a_masters_all_passed_except_its_thesis_is_not_finished_in_english",
    ),
    pytest.param(
        f"J'ai tout validé en master, sauf le mémoire, soutenu finalement en octobre 2026. {AIM}",
        "studies_finished",
        "met",
        id="a_masters_whose_excepted_thesis_was_defended_since_is_finished",
    ),
    pytest.param(
        "J'ai un master de juin 2025. J'ai suspendu ma thèse l'an dernier et je ne sais pas si je la"
        f" poursuivrai. {AIM}",
        "studies_finished",
        "unknown",
        id="a_thesis_suspended_and_maybe_resumed_leaves_studies_asked",
    ),
    pytest.param(
        f"{DIPLOMA} Est-ce que le programme vise uniquement l'économie sociale ? Pour ma part je cherche"
        " un CDI.",
        "job_seeking_ess",
        "unknown",
        id="an_ess_named_only_in_a_question_about_the_programme_is_no_aim",
    ),
    pytest.param(
        f"{EN_DIPLOMA} Does the programme aim only at jobs in the social economy? I just want a permanent"
        " job.",
        "job_seeking_ess",
        "unknown",
        id="the_social_economy_named_only_in_a_question_about_the_programme_is_no_aim_in_english",
    ),
    pytest.param(
        f"{DIPLOMA} Je cherche un poste d'animatrice dans l'ESS ou ailleurs.",
        "job_seeking_ess",
        "unknown",
        id="an_aim_in_the_ess_or_elsewhere_is_open",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I want a job in a charity or elsewhere.",
        "job_seeking_ess",
        "unknown",
        id="an_aim_in_a_charity_or_elsewhere_is_open_in_english",
    ),
    pytest.param(
        f"{DIPLOMA} J'aime beaucoup mon service civique à la Croix-Rouge, même s'il faut que je trouve un"
        f" emploi ensuite : il s'achève en février 2027. {AIM}",
        "not_service_civique",
        "not_met",
        id="a_service_civique_loved_and_conceded_ending_in_february_is_current",
    ),
    # What stays a fact.
    pytest.param(
        f"{DIPLOMA} Puis-je postuler si je cherche un poste dans une association ?",
        "job_seeking_ess",
        "met",
        id="an_aim_presupposed_by_a_question_is_the_writers",
    ),
    pytest.param(
        f"{DIPLOMA} Est-ce un souci si je suis en stage jusqu'en avril ? {AIM}",
        "not_internship",
        "not_met",
        id="an_internship_presupposed_by_a_question_is_the_writers_fact",
    ),
    pytest.param(
        f"{DIPLOMA} Même si je suis encore en stage jusqu'en avril, je postule dès maintenant. {AIM}",
        "not_internship",
        "not_met",
        id="an_internship_conceded_with_even_if_is_a_fact",
    ),
]


@pytest.mark.parametrize(("body", "name", "wanted"), CLASSES)
def test_stance_class(body: str, name: str, wanted: str) -> None:
    assert status(extracted(body), name) == wanted


@pytest.mark.parametrize(
    "body",
    [
        "Bonjour, voici ma fiche :\n\nNom : Morel\nPrénom : Inès\nTéléphone : 06 11 22 33 44\nDiplôme : DUT"
        " Carrières sociales\nDate d'obtention : ?\nSituation : sans emploi, ni stage ni service civique\n"
        "Projet : coordinatrice dans une association",
        "Hello, here are my details:\n\nName: Morel\nFirst name: Ines\nPhone: 06 11 22 33 44\nDegree: BA in"
        " Social Work\nGraduation date: ?\nSituation: unemployed, no internship\nGoal: coordinator in a"
        " charity",
    ],
    ids=["french_form", "english_form"],
)
def test_a_form_whose_graduation_is_left_as_a_question_mark_is_an_application_with_the_date_unknown(
    body: str,
) -> None:
    result: dict[str, Any] = extract_message(make_message(body, subject="Candidature"), today=TODAY)
    assert result["kind"] == "application"
    statuses = {c["id"]: c["status"] for c in result["eligibility"]["criteria"]}
    assert statuses["graduation_recent"] == "unknown"


def test_a_subject_asking_whether_it_is_a_career_change_is_no_answer() -> None:
    body = f"{DIPLOMA} J'ai été vendeuse le samedi pendant mes études. {AIM}"
    assert status(extracted(body, subject="Une reconversion ou pas ?"), "not_career_change") == "met"


@pytest.mark.parametrize(
    ("sentence", "word", "stance"),
    [
        ("Ma tutrice estime que je suis encore en stage.", "stage", HEDGED),
        ("Ma tutrice estime que le stage compte comme une expérience.", "stage", REPORTED),
        ("On m'a expliqué que le service civique ne comptait pas.", "service civique", REPORTED),
        ("Selon mon père, je suis encore en service civique.", "service civique", HEDGED),
        ("Elle m'a dit qu'elle est en service civique jusqu'en mai.", "service civique", FACT),
        ("Au cas où ma mission serait prolongée, je vous préviendrai.", "mission", SUPPOSED),
        ("Je ne sais pas si mon stage sera renouvelé.", "stage", HEDGED),
        ("Est-ce que cela passe pour une reconversion ?", "reconversion", ASKED),
        ("Puis-je postuler alors que je suis en stage jusqu'en mars ?", "stage", FACT),
    ],
)
def test_the_stance_of_a_word_is_read_from_its_clause(sentence: str, word: str, stance: str) -> None:
    assert stance_at(sentence, sentence.index(word)) == stance
