"""Situation and aim classes found on the abroad corpus (stop 22): an aim at an employer of the State, a
sector named only as a whole word, an objective under a heading given in two languages, an end dated in a
later clause that takes the mention up by a pronoun, studies named by a semester or a doctoral student's
role, a hiring told with the employer as subject. Each stated in
phrasings of its own, in French and in English where the class exists in both, and read through `propulse
extract`'s path."""

from __future__ import annotations

import pytest
from fixtures_docs import make_docx
from reading_day import criterion, read

DIPLOMA = "Licence de géographie obtenue en juin 2026."
EN_DIPLOMA = "I graduated with a BA in Geography in June 2026."
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


AIMS_AT_THE_STATE = [
    pytest.param(
        f"{DIPLOMA} Mon projet : passer le concours de rédacteur et travailler dans la fonction publique"
        " hospitalière.",
        "fonction publique",
        id="a_project_of_working_in_the_civil_service_is_an_aim_outside_the_ess",
    ),
    pytest.param(
        f"{DIPLOMA} Je postule à des postes de technicienne dans des établissements publics de recherche.",
        "établissements publics",
        id="applying_to_public_research_bodies_is_an_aim_outside_the_ess",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I would like to work for a government agency on housing policy.",
        "government agency",
        id="an_english_wish_to_work_for_a_government_agency_is_an_aim_outside_the_ess",
    ),
    pytest.param(
        f"{EN_DIPLOMA} My goal is a research post in a public laboratory.",
        "public laboratory",
        id="an_english_goal_of_a_post_in_a_public_laboratory_is_an_aim_outside_the_ess",
    ),
]


@pytest.mark.parametrize(("body", "quoted"), AIMS_AT_THE_STATE)
def test_an_aim_at_an_employer_of_the_state_fails_the_ess_criterion_quoting_it(
    body: str, quoted: str
) -> None:
    found = criterion(read(body), "job_seeking_ess")
    assert found["status"] == "not_met"
    assert quoted in found["evidence"]["text"]


def test_the_civil_service_is_outside_the_ess_but_a_civil_society_organisation_is_not_refused() -> None:
    service = criterion(read(f"{EN_DIPLOMA} I hope to join the civil service."), "job_seeking_ess")
    society = criterion(
        read(f"{EN_DIPLOMA} I want to work for a civil society organisation."), "job_seeking_ess"
    )
    assert (service["status"], society["status"]) == ("not_met", "unknown")


def test_an_association_that_welcomes_the_public_stays_an_ess_aim() -> None:
    body = f"{DIPLOMA} Je cherche un poste d'accueil dans une association ouverte au public."
    assert criterion(read(body), "job_seeking_ess")["status"] == "met"


def test_a_sector_is_named_by_a_whole_word_not_inside_another_one() -> None:
    """«vélo» (sustainable mobility) is not read inside "developer", «développement»."""
    body = f"{EN_DIPLOMA} I am looking for a developer job in a large software company."
    found = criterion(read(body), "job_seeking_ess")
    assert found["status"] == "not_met"


def test_cooperative_development_as_an_adjective_names_the_ess() -> None:
    body = f"{DIPLOMA} Je cherche un emploi dans l'habitat coopératif."
    assert criterion(read(body), "job_seeking_ess")["status"] == "met"


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param("OBJETIVO / OBJECTIF", id="spanish_and_french"),
        pytest.param("ZIEL – OBJECTIF", id="german_and_french_with_a_dash"),
        pytest.param("Objectif / Career goal", id="french_and_english"),
    ],
)
def test_an_objective_under_a_heading_in_two_languages_is_the_aim(heading: str) -> None:
    cv = make_docx(
        [
            "Ana PEREIRA",
            heading,
            "Chargée de clientèle dans une banque d'affaires",
            "FORMATION",
            "Master en finance, Universidade do Porto - 2025",
        ]
    )
    result = read(
        "Bonjour, veuillez trouver mon CV ci-joint.", attachments=[("CV_Ana_Pereira.docx", DOCX, cv)]
    )
    found = criterion(result, "job_seeking_ess")
    assert found["status"] == "not_met"
    assert "banque d'affaires" in found["evidence"]["text"]


AIM = "Je cherche un emploi dans une coopérative."
EN_AIM = "I am looking for a job with a charity."

CURRENT_SITUATIONS = [
    # A later clause takes the mention up by a pronoun and dates its end: that date, not the first verb's
    # past, says whether it runs.
    pytest.param(
        f"{DIPLOMA} J'ai commencé une mission de service civique à la Ligue de l'enseignement, elle"
        f" prendra fin en mars 2027. {AIM}",
        {"not_service_civique": "not_met"},
        id="a_civic_service_begun_in_the_past_whose_pronoun_ends_in_march_is_current",
    ),
    pytest.param(
        f"{DIPLOMA} J'ai fait un stage dans une régie de quartier ; il s'est achevé en juillet 2026. {AIM}",
        {"not_internship": "met"},
        id="an_internship_whose_pronoun_ended_in_july_is_over",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I started an internship at a housing charity in October; it ends in February 2027."
        f" {EN_AIM}",
        {"not_internship": "not_met"},
        id="an_english_internship_begun_in_the_past_whose_pronoun_ends_next_february_is_current",
    ),
    # Studies named by a part of a course or by the student's role.
    pytest.param(
        f"Je suis toujours en troisième semestre de licence pro à Dakar. {AIM}",
        {"studies_finished": "not_met"},
        id="being_in_a_semester_of_a_course_is_studies_in_progress",
    ),
    pytest.param(
        f"{DIPLOMA} Je termine mon dernier semestre à l'université de Liège. {AIM}",
        {"studies_finished": "not_met"},
        id="finishing_ones_last_semester_is_studies_in_progress",
    ),
    pytest.param(
        f"Je suis doctorante en sociologie à Montréal depuis 2024. {AIM}",
        {"studies_finished": "not_met"},
        id="a_doctoral_student_now_is_studying",
    ),
    pytest.param(
        f"I'm a PhD candidate in economics at Bologna. {EN_AIM}",
        {"studies_finished": "not_met"},
        id="an_english_phd_candidate_is_studying",
    ),
    pytest.param(
        f"{DIPLOMA} J'ai passé un semestre d'échange à Valence en 2025. {AIM}",
        {"studies_finished": "met"},
        id="an_exchange_semester_in_the_past_is_not_studies_in_progress",
    ),
    # Hired: the employer the subject, the writer its object.
    pytest.param(
        f"{DIPLOMA} Après mon apprentissage, le magasin m'a embauché en CDI comme vendeur. {AIM}",
        {"not_career_change": "unknown"},
        id="being_kept_on_a_permanent_contract_by_the_employer_is_asked_about",
    ),
    pytest.param(
        f"{EN_DIPLOMA} After my apprenticeship the shop hired me on a permanent contract. {EN_AIM}",
        {"not_career_change": "unknown"},
        id="an_english_hiring_on_a_permanent_contract_is_asked_about",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CURRENT_SITUATIONS)
def test_each_abroad_situation_class_reads_its_criteria(body: str, expected: dict[str, str]) -> None:
    result = read(body)
    assert {name: criterion(result, name)["status"] for name in expected} == expected


@pytest.mark.parametrize(
    ("display", "address", "first", "last"),
    [
        pytest.param(
            "Youssef Ben Haddou", "youssef.benhaddou@example.ma", "Youssef", "Ben Haddou", id="glued"
        ),
        pytest.param(
            "Lucía Fernández Soto", "lucia.fernandez@example.es", "Lucía", "Fernández Soto", id="first"
        ),
        pytest.param(
            "Aminata Ba Diallo", "aminata_badiallo@example.sn", "Aminata", "Ba Diallo", id="underscore"
        ),
        pytest.param(
            "Marie Claire Dubois", "marie.claire.dubois@example.fr", "Marie Claire", "Dubois", id="two"
        ),
    ],
)
def test_a_header_name_of_three_words_is_split_where_the_address_starts_the_surname(
    display: str, address: str, first: str, last: str
) -> None:
    result = read(
        f"{DIPLOMA} Je cherche un emploi dans une coopérative.", from_name=display, from_addr=address
    )
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == (first, last)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Installée à Lille pour vivre près de ma sœur, je cherche un emploi dans une coopérative.",
            id="near",
        ),
        pytest.param(
            "J'ai passé un an à garder mon neveu, je cherche un emploi dans une association.", id="care"
        ),
        pytest.param(
            "I moved to Lyon to join my brother and I am looking for a job with a charity.", id="english"
        ),
        pytest.param(
            "Puis deux ans à m'occuper de ma sœur. Je cherche un emploi dans une coopérative.",
            id="me",
        ),
    ],
)
def test_a_relative_named_in_the_writers_own_life_is_not_someone_presented(sentence: str) -> None:
    result = read(f"Bonjour,\n\n{DIPLOMA} {sentence}\n\nInès Martin\n06 12 34 56 78")
    assert result["applicant"]["email"] == "ines.martin@example.org"
    assert result["applicant"]["first_name"] == "Inès"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Je vous écris au nom de ma fille, diplômée d'une licence en 2026.", id="on_behalf"),
        pytest.param("Ma fille cherche un emploi dans une association.", id="relative_as_subject"),
        pytest.param("I am writing on behalf of my niece, who is looking for a job.", id="english_on_behalf"),
    ],
)
def test_a_relative_the_writer_writes_for_is_still_presented(sentence: str) -> None:
    result = read(f"Bonjour,\n\n{sentence}\n\nInès Martin")
    assert result["applicant"]["email"] is None


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Bonjour, faut-il être inscrite à France Travail pour rejoindre Pro'pulse ?", id="fr_need"
        ),
        pytest.param("Hello, must I hold a French degree to join the programme? Thanks.", id="en_must"),
        pytest.param(
            "Bonjour, un diplôme marocain de technicien spécialisé est-il accepté ?", id="fr_accepted"
        ),
        pytest.param("Hi, does a Swiss federal certificate meet the level you require?", id="en_require"),
    ],
)
def test_a_question_about_what_joining_requires_is_a_question(body: str) -> None:
    assert read(body, subject="Question")["kind"] == "question"


def test_asking_whether_one_may_join_the_programme_stays_an_application() -> None:
    body = (
        f"Bonjour, {DIPLOMA} Est-ce que je peux rejoindre votre programme ? Je cherche un emploi dans une"
        " association."
    )
    assert read(body)["kind"] == "application"


def test_a_writer_saying_i_am_a_candidate_is_no_one_presented() -> None:
    body = f"Hello,\n\nI'm a doctoral candidate in Leeds, viva in March 2027. {EN_AIM}\n\nTomás Reyes"
    result = read(body, from_name="Tomás Reyes", from_addr="tomas.reyes@example.com")
    assert result["applicant"]["email"] == "tomas.reyes@example.com"


@pytest.mark.parametrize(
    ("display", "first"),
    [
        pytest.param("soon-to-be-Dr Inès Martin", "Inès", id="title_in_lower_case"),
        pytest.param("Anne Inès Martin", "Anne Inès", id="a_first_name_is_kept"),
    ],
)
def test_a_title_before_the_signed_name_in_the_header_is_not_a_first_name(display: str, first: str) -> None:
    result = read(f"Bonjour,\n\n{DIPLOMA} {AIM}\n\nInès Martin", from_name=display)
    assert result["applicant"]["first_name"] == first


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        pytest.param("I haven't started searching for work yet.", "not_met", id="not_started"),
        pytest.param("I'm not actively seeking a position right now.", "not_met", id="not_now"),
        pytest.param("I'm not looking for a job in retail, but with a charity.", "met", id="restricted"),
        pytest.param("I couldn't find a job with a charity so far.", "met", id="not_found_is_searching"),
    ],
)
def test_an_english_search_denied_whose_job_nothing_restricts_is_no_search_now(
    sentence: str, status: str
) -> None:
    assert criterion(read(f"{EN_DIPLOMA} {sentence}"), "job_seeking_ess")["status"] == status
