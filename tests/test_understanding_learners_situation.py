"""A situation or a career told in a learner's French or English (stop 27, learners corpus, situation side):
years of a trade said bare after the role («infirmier six ans») or with a calque of "for" / "during"
(«professeur pour dix ans», "nurse during nine years"); an internship named in another language
(«estágio», «tirocinio») or by the English "intern" said in French («une interne»); a "placement" held
now asked about in French as in English; "is finish" for "is finished"; «je suis engagée» in the present,
a state held now; an infinitive with its subject for a conjugated verb («moi faire stage»); an adverb the
parser took for a subject («Actuellement je fais un placement»). Each in phrasings of its own, in French
and in English, read through `propulse extract`'s path."""

from __future__ import annotations

import pytest
from reading_day import read, status

DIPLOMA = "J'ai eu ma licence pro en juin 2026."
AIM = "Je cherche un emploi dans une association."
EN_DIPLOMA = "I have my bachelor since June 2026."
EN_AIM = "I search a job in a cooperative."


CAREERS = [
    pytest.param(
        f"{DIPLOMA} J'ai été infirmier six ans à Dakar, dans une clinique. {AIM}",
        "not_met",
        id="years_said_bare_after_a_former_role_are_a_career_change",
    ),
    pytest.param(
        f"{DIPLOMA} Au Maroc je suis travaillé comme électricien neuf ans. {AIM}",
        "not_met",
        id="years_said_bare_after_work_as_a_role_are_a_career_change",
    ),
    pytest.param(
        f"{DIPLOMA} Je travaille comme serveur pour huit ans à Lisbonne, après je viens en France. {AIM}",
        "not_met",
        id="years_of_a_trade_with_pour_for_pendant_are_a_career_change",
    ),
    pytest.param(
        f"Souleymane, 29 ans. {DIPLOMA} Avant : 6 ans boulanger. {AIM}",
        "not_met",
        id="a_note_dating_years_of_a_trade_before_is_a_career_change",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I worked like nurse during nine years in Manila. {EN_AIM}",
        "not_met",
        id="an_english_learner_years_during_a_role_are_a_career_change",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CAREERS)
def test_years_of_a_trade_in_learner_forms(body: str, expected: str) -> None:
    assert status(read(body), "not_career_change") == expected


INTERNSHIPS = [
    pytest.param(
        f"{DIPLOMA} Maintenant je fais mon estágio dans une association jusqu'en mars. {AIM}",
        "not_met",
        id="an_internship_named_in_portuguese_held_now_is_an_internship",
    ),
    pytest.param(
        f"{DIPLOMA} En ce moment je fais un tirocinio dans une coopérative, jusqu'en avril. {AIM}",
        "not_met",
        id="an_internship_named_in_italian_held_now_is_an_internship",
    ),
    pytest.param(
        f"{DIPLOMA} Je suis actuellement une interne au conseil départemental jusqu'en mars. {AIM}",
        "not_met",
        id="une_interne_said_for_an_intern_is_an_internship_held_now",
    ),
    pytest.param(
        f"{DIPLOMA} En ce moment je fais un placement de quatre mois dans une coopérative, jusqu'en mars."
        f" {AIM}",
        "unknown",
        id="a_placement_held_now_in_a_french_sentence_is_asked",
    ),
    pytest.param(
        f"{DIPLOMA} Moi faire stage à la mairie maintenant, finir avril. {AIM}",
        "not_met",
        id="an_infinitive_with_moi_for_its_subject_tells_an_internship_now",
    ),
    pytest.param(
        f"{EN_DIPLOMA} My internship is end since August, I am available. {EN_AIM}",
        "met",
        id="an_english_internship_is_end_since_a_month_is_over",
    ),
]


@pytest.mark.parametrize(("body", "expected"), INTERNSHIPS)
def test_an_internship_in_learner_forms(body: str, expected: str) -> None:
    assert status(read(body), "not_internship") == expected


SERVICES = [
    pytest.param(
        f"{DIPLOMA} Je suis actuellement engagée dans une mission de service civique, qui prendra fin en juin"
        f" 2027. {AIM}",
        "not_met",
        id="engaged_now_in_a_civic_service_in_the_present_is_a_civic_service_now",
    ),
    pytest.param(
        f"{EN_DIPLOMA} My civic service is finish since October, now I am available. {EN_AIM}",
        "met",
        id="an_english_civic_service_is_finish_since_a_month_is_over",
    ),
]


@pytest.mark.parametrize(("body", "expected"), SERVICES)
def test_a_civic_service_in_learner_forms(body: str, expected: str) -> None:
    assert status(read(body), "not_service_civique") == expected


# Guards of the new readings (read right before them too): an age after a name is no bare duration of a
# trade; «interne» as an adjective is no intern.
GUARDS = [
    pytest.param(
        f"Moi Awa, 31 ans, malienne. {DIPLOMA} {AIM}",
        "not_career_change",
        "met",
        id="an_age_after_a_name_is_no_years_in_a_trade",
    ),
    pytest.param(
        f"{DIPLOMA} Je travaille à la communication interne d'une mutuelle depuis un mois. {AIM}",
        "not_internship",
        "met",
        id="internal_communication_is_no_intern",
    ),
]


@pytest.mark.parametrize(("body", "criterion", "expected"), GUARDS)
def test_learner_readings_do_not_overreach(body: str, criterion: str, expected: str) -> None:
    assert status(read(body), criterion) == expected
