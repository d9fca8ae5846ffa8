"""In which sense a criterion's word is used (stop 24, sense.py): a «stage» that is a short course, a
«licence» that is a permit, a «master» that is a master class, a «diplôme» of a course, a «reconversion» that
is the object of a job or a study, «volontaire» as an adjective, a «CDI» that is a school's library — none is
the criterion's thing; the same words in the criterion's sense still are. And a mail body cut at a width is
read in whole sentences. Phrasings of their own, French and English, read through `propulse extract`'s
path."""

from __future__ import annotations

import pytest
from reading_day import extracted, status

from intake.understanding.facts import unwrapped
from intake.understanding.sense import (
    CAREER_CHANGE,
    CONTRACT,
    DIPLOMA,
    INTERNSHIP,
    VOLUNTEER,
    in_criterion_sense,
)

DIPLOMA_SAID = "J'ai obtenu ma licence de géographie en juin 2026."
AIM = "Je cherche un emploi dans une coopérative."
EN_DIPLOMA_SAID = "I graduated with a BA in History in June 2026."
EN_AIM = "I am looking for a job with a charity."


def _sense(unit: str, word: str, criterion: str) -> bool:
    return in_criterion_sense(unit, unit.index(word), criterion)


@pytest.mark.parametrize(
    ("unit", "word", "criterion", "expected"),
    [
        pytest.param(
            "Je donne un stage de poterie le week-end.",
            "stage",
            INTERNSHIP,
            False,
            id="a_stage_of_pottery_is_a_course",
        ),
        pytest.param(
            "Je suis inscrite à un stage d'initiation à la voile.",
            "stage",
            INTERNSHIP,
            False,
            id="a_stage_of_initiation_is_a_course",
        ),
        pytest.param(
            "Je suis en stage dans une école de danse.",
            "stage",
            INTERNSHIP,
            True,
            id="a_stage_at_a_dance_school_is_an_internship",
        ),
        pytest.param(
            "Je fais un stage de trois jours en mars, rien de plus.",
            "stage",
            INTERNSHIP,
            False,
            id="a_stage_of_three_days_with_no_employer_is_a_course",
        ),
        pytest.param(
            "Je fais un stage d'une semaine chez un maraîcher.",
            "stage",
            INTERNSHIP,
            True,
            id="a_stage_of_a_week_at_an_employer_is_an_internship",
        ),
        pytest.param(
            "Notre bar associatif a obtenu sa licence IV.",
            "licence",
            DIPLOMA,
            False,
            id="a_licence_iv_is_a_permit",
        ),
        pytest.param(
            "I hold a clean driving licence.", "licence", DIPLOMA, False, id="a_driving_licence_is_a_permit"
        ),
        pytest.param(
            "J'ai une licence d'arbitre de handball.",
            "licence",
            DIPLOMA,
            False,
            id="a_referees_licence_is_a_permit",
        ),
        pytest.param(
            "J'ai une licence de sociologie.",
            "licence",
            DIPLOMA,
            True,
            id="a_licence_of_sociology_is_a_degree",
        ),
        pytest.param(
            "J'ai suivi une master class de violon.",
            "master",
            DIPLOMA,
            False,
            id="a_master_class_is_no_degree",
        ),
        pytest.param(
            "I volunteer as a dungeon master on Fridays.",
            "master",
            DIPLOMA,
            False,
            id="a_dungeon_master_is_no_degree",
        ),
        pytest.param(
            "J'ai un master en urbanisme.", "master", DIPLOMA, True, id="a_master_in_planning_is_a_degree"
        ),
        pytest.param(
            "J'ai un diplôme de moniteur d'escalade.",
            "diplôme",
            DIPLOMA,
            False,
            id="a_climbing_instructors_diploma_is_a_courses_certificate",
        ),
        pytest.param(
            "I got my lifeguard certificate in May.",
            "certificate",
            DIPLOMA,
            False,
            id="a_lifeguard_certificate_is_a_courses_certificate",
        ),
        pytest.param(
            "J'ai un diplôme d'État de professeur de danse.",
            "diplôme",
            DIPLOMA,
            True,
            id="a_state_diploma_stays_a_diploma_whatever_it_teaches",
        ),
        pytest.param(
            "Je voudrais devenir consultante en reconversion.",
            "reconversion",
            CAREER_CHANGE,
            False,
            id="a_consultant_in_career_change_is_a_job",
        ),
        pytest.param(
            "Ma thèse porte sur la reconversion des anciennes casernes.",
            "reconversion",
            CAREER_CHANGE,
            False,
            id="the_reconversion_of_barracks_is_a_topic",
        ),
        pytest.param(
            "I would like to support the retraining of older workers.",
            "retraining",
            CAREER_CHANGE,
            False,
            id="the_retraining_of_workers_is_a_topic_in_english",
        ),
        pytest.param(
            "Je suis en reconversion depuis un an.",
            "reconversion",
            CAREER_CHANGE,
            True,
            id="being_in_reconversion_is_a_career_change",
        ),
        pytest.param(
            "Mon projet de reconversion avance.",
            "reconversion",
            CAREER_CHANGE,
            True,
            id="my_own_reconversion_project_is_a_career_change",
        ),
        pytest.param(
            "Je suis sapeur-pompier volontaire.",
            "volontaire",
            VOLUNTEER,
            False,
            id="a_volunteer_firefighter_is_no_volunteering_scheme",
        ),
        pytest.param(
            "Je suis curieuse, volontaire et rigoureuse.",
            "volontaire",
            VOLUNTEER,
            False,
            id="volontaire_among_adjectives_is_willing",
        ),
        pytest.param(
            "Je suis volontaire du Corps européen de solidarité.",
            "volontaire",
            VOLUNTEER,
            True,
            id="a_volunteer_of_a_corps_is_a_volunteer",
        ),
        pytest.param(
            "J'aidais la documentaliste au CDI du collège.",
            "CDI",
            CONTRACT,
            False,
            id="the_cdi_of_a_school_is_its_library",
        ),
        pytest.param("Je suis en CDI depuis mars.", "CDI", CONTRACT, True, id="being_in_a_cdi_is_a_contract"),
    ],
)
def test_a_criterion_word_is_read_in_its_sense(unit: str, word: str, criterion: str, expected: bool) -> None:
    assert _sense(unit, word, criterion) is expected


def test_a_course_the_writer_takes_is_no_internship() -> None:
    body = f"{DIPLOMA_SAID} En ce moment je suis en stage de théâtre d'improvisation le soir. {AIM}"
    assert status(extracted(body), "not_internship") == "met"


def test_a_job_advising_career_changes_is_no_career_change() -> None:
    body = (
        f"{DIPLOMA_SAID} Je souhaite devenir chargée d'accompagnement en reconversion professionnelle. {AIM}"
    )
    assert status(extracted(body), "not_career_change") == "met"


def test_a_thesis_on_the_reconversion_of_sites_is_no_career_change() -> None:
    body = f"{DIPLOMA_SAID} Mon mémoire portait sur la reconversion de bâtiments agricoles. {AIM}"
    assert status(extracted(body), "not_career_change") == "met"


def test_a_volunteer_firefighter_leaves_no_civic_service_to_ask() -> None:
    body = f"{DIPLOMA_SAID} Je suis aussi pompier volontaire dans ma commune. {AIM}"
    assert status(extracted(body), "not_service_civique") == "met"


def test_a_driving_licence_is_not_read_as_a_degree() -> None:
    body = f"I hold a full driving licence and a BTS in Tourism, obtained in June 2026. {EN_AIM}"
    assert extracted(body)["education"]["bac_plus"] == 2


def test_a_master_class_is_not_read_as_a_master() -> None:
    body = f"{DIPLOMA_SAID} L'été dernier j'ai suivi une master class de violoncelle. {AIM}"
    assert extracted(body)["education"]["bac_plus"] == 3


def test_a_yoga_teachers_diploma_leaves_the_level_to_the_bac() -> None:
    body = (
        "J'ai eu mon diplôme de professeur de yoga en octobre 2026 après 200 heures de cours. Avant, j'ai"
        " eu un bac pro vente. Je voudrais travailler dans une association."
    )
    assert status(extracted(body), "degree_level") == "not_met"


def test_a_real_internship_is_still_one() -> None:
    body = f"{DIPLOMA_SAID} Je suis en stage dans une école de musique jusqu'en février 2027. {AIM}"
    assert status(extracted(body), "not_internship") == "not_met"


def test_a_writers_own_reconversion_is_still_one() -> None:
    body = f"{DIPLOMA_SAID} Je suis en reconversion après huit ans comme comptable. {AIM}"
    assert status(extracted(body), "not_career_change") == "not_met"


def test_a_sentence_cut_at_the_mails_width_is_read_whole() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu un master Développement des territoires à Tours en juin 2026 et je cherche"
        " un emploi dans une\nsociété coopérative d'intérêt collectif de la région.\n\nNina Roussel"
    )
    assert status(extracted(body), "job_seeking_ess") == "met"


def test_a_date_cut_onto_the_next_line_still_dates_the_degree() -> None:
    body = (
        "Hello,\n\nI took part in several reading clubs for children and, most of all, my degree is a BA in"
        " Music, June\n2026. I'm looking for a job with a charity supporting young people in Lyon."
        "\n\nLeo Grant"
    )
    assert extracted(body)["education"]["graduation"] == "2026-06"


def test_a_form_field_and_a_signature_stay_lines_of_their_own() -> None:
    text = (
        "je cherche un poste dans une mutuelle ou une banque coopérative de la région lyonnaise\n"
        "lea martin 06 11 22 33 44\n"
        "reconversion : non (seulement des jobs d'été pendant la licence, rien de plus que ça)\n"
        "secteur : une mutuelle"
    )
    assert unwrapped(text) == text


def test_studying_for_a_driving_licence_is_no_studies() -> None:
    body = f"{EN_DIPLOMA_SAID} These weeks I'm studying for my driving licence. {EN_AIM}"
    assert status(extracted(body), "studies_finished") == "met"


def test_preparing_a_yoga_teachers_diploma_is_no_studies() -> None:
    body = f"{DIPLOMA_SAID} Je prépare un diplôme de professeure de pilates le soir. {AIM}"
    assert status(extracted(body), "studies_finished") == "met"


def test_preparing_a_master_is_still_studies() -> None:
    body = f"{DIPLOMA_SAID} Je prépare un master de sociologie à Nantes. {AIM}"
    assert status(extracted(body), "studies_finished") == "not_met"


def test_a_lifeguard_certificate_called_the_latest_diploma_leaves_the_level_to_the_bac() -> None:
    body = (
        "Bonjour, mon diplôme le plus récent est le BNSSA, passé en juillet 2026. J'ai eu mon bac pro en"
        f" 2020. {AIM}"
    )
    assert status(extracted(body), "degree_level") == "not_met"


def test_a_sandbox_is_no_baccalaureat() -> None:
    assert not _sense("On joue au bac à sable.", "bac", DIPLOMA)
    assert _sense("J'ai eu le bac à 18 ans.", "bac", DIPLOMA)
