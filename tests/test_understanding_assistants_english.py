"""Levels and aims found on the assistants corpus's English and cover-letter slice (stop 47): a search aimed
at a large group placed in its region (a complement with its own article places the group, only a bare one
says what it is made of), a course of a year or less after the bac (no bac+2 left to ask), a bachelor's
placed by the town written after its university's name, a Kenyan «Diploma in» a field. Each stated in
phrasings of its own, in French and in English where the meaning exists in both, read through `propulse
extract`'s path, with a guard where the reading could reach too far."""

from __future__ import annotations

from typing import Any

from reading_day import read, status


def _level(body: str) -> Any:
    return read(body)["education"]["bac_plus"]


def test_a_large_chemicals_group_of_the_region_sought_is_a_search_outside_the_ess() -> None:
    body = (
        "Bonjour,\n\nTitulaire d'une licence de gestion obtenue en juin 2025, je voudrais un poste"
        " d'acheteuse dans un grand groupe chimique de la région lyonnaise.\n\nCordialement,\nInès Marchal"
    )
    assert status(read(body), "job_seeking_ess") == "not_met"


def test_a_large_group_of_the_city_sought_is_a_search_outside_the_ess_in_english_too() -> None:
    body = (
        "Hello,\n\nI completed a BA in Management in June 2025 and I'd like a buyer's role at a large"
        " chemicals group in the Lyon area.\n\nBest wishes,\nInes Marchal"
    )
    assert status(read(body), "job_seeking_ess") == "not_met"


def test_a_large_group_of_volunteers_led_is_no_employer_and_the_ess_aim_stands() -> None:
    body = (
        "Bonjour,\n\nDiplômé d'un master de géographie en juin 2025, j'ai encadré un grand groupe"
        " de bénévoles pendant mes études. Je cherche un emploi dans une association"
        " d'éducation populaire.\n\nNoé Vidal"
    )
    assert status(read(body), "job_seeking_ess") == "met"


def test_a_one_year_certificate_after_the_highers_leaves_the_level_failed() -> None:
    body = (
        "Dear team,\n\nI passed my Highers in 2021, then did a one-year certificate in photography at a"
        " college in Glasgow. I would love to work for a community arts charity.\n\nRegards,\nCallum Reid"
    )
    assert status(read(body), "degree_level") == "not_met"


def test_a_certificate_of_nine_months_after_a_bac_pro_leaves_the_level_failed() -> None:
    body = (
        "Bonjour,\n\nJ'ai eu mon bac pro en 2021, puis un certificat de neuf mois en photographie."
        " Je voudrais travailler dans une association culturelle.\n\nMaëlys Caron"
    )
    assert status(read(body), "degree_level") == "not_met"


def test_a_two_year_certificate_after_the_a_levels_still_leaves_the_level_asked() -> None:
    body = (
        "Dear team,\n\nI finished my A-levels in 2020 and then a two-year certificate in graphic design."
        " I would love to work for a community arts charity.\n\nRegards,\nCallum Reid"
    )
    assert status(read(body), "degree_level") == "unknown"


def test_a_bachelors_from_a_manila_university_named_after_a_comma_is_four_years() -> None:
    body = (
        "Dear team,\n\nI graduated with a BA in Communication from De La Salle University, Manila, in 2025,"
        " and I hope to join a cooperative in Lille.\n\nKind regards,\nPaolo Reyes"
    )
    assert _level(body) == 4


def test_a_bachelors_from_leeds_followed_by_volunteering_in_manila_stays_three_years() -> None:
    body = (
        "Dear team,\n\nI graduated with a BA in Communication from the University of Leeds, then volunteered"
        " in Manila for a year. I hope to join a cooperative in Lille.\n\nKind regards,\nPaolo Reyes"
    )
    assert _level(body) == 3


def test_a_diploma_in_a_field_from_a_college_in_mombasa_is_two_years() -> None:
    body = (
        "Dear team,\n\nI earned a Diploma in Community Development from a college in Mombasa in 2025 and I"
        " would like to work with a youth charity in Paris.\n\nYours faithfully,\nAmani Wekesa"
    )
    assert _level(body) == 2


def test_a_diploma_in_a_field_from_a_college_in_leeds_is_not_placed_at_two_years() -> None:
    body = (
        "Dear team,\n\nI earned a Diploma in Community Development from a college in Leeds in 2025 and I"
        " would like to work with a youth charity in Paris.\n\nYours faithfully,\nAmani Wekesa"
    )
    assert _level(body) != 2


def test_a_passion_for_the_ess_beside_a_job_sought_in_a_big_bank_leaves_the_aim_failed() -> None:
    body = (
        "Bonjour,\n\nAttirée par les valeurs de l'économie sociale et solidaire, je lis votre programme avec"
        " intérêt. Diplômée d'un master de finance en juin 2025, je vise un poste d'analyste dans une banque"
        " d'affaires parisienne.\n\nSalomé Garnier"
    )
    assert status(read(body), "job_seeking_ess") == "not_met"


def test_a_passion_for_the_social_economy_beside_a_job_sought_at_a_consulting_firm_fails_the_aim() -> None:
    body = (
        "Dear team,\n\nPassionate about the values of the social economy, I read about your programme with"
        " interest.\n\nI completed an MSc in Finance in June 2025 and I am seeking an analyst role at a"
        " consulting firm in Paris.\n\nBest,\nSalome Garnier"
    )
    assert status(read(body), "job_seeking_ess") == "not_met"


def test_a_job_sought_in_an_association_beside_a_bank_keeps_both_aims_asked() -> None:
    body = (
        "Bonjour,\n\nDiplômée d'un master de finance en juin 2025, je cherche un poste dans une association"
        " d'insertion. Je candidate aussi dans une banque d'affaires.\n\nSalomé Garnier"
    )
    assert status(read(body), "job_seeking_ess") == "unknown"


def test_a_passion_for_the_ess_alone_still_reads_as_the_aim() -> None:
    body = (
        "Bonjour,\n\nDiplômée d'un master de géographie en juin 2025, je suis passionnée par l'économie"
        " sociale et solidaire.\n\nSalomé Garnier"
    )
    assert status(read(body), "job_seeking_ess") == "met"


def test_jobs_of_no_kind_held_over_the_last_years_leave_the_career_change_asked() -> None:
    body = (
        "Bonjour,\n\nCes dernières années, j'ai eu divers emplois. En 2025, j'ai obtenu un master"
        " de sociologie et je souhaite rejoindre une coopérative.\n\nLéna Picard"
    )
    assert status(read(body), "not_career_change") == "unknown"


def test_various_roles_held_over_the_past_few_years_leave_the_career_change_asked() -> None:
    body = (
        "Dear team,\n\nI have had a number of jobs over the past few years. In 2025 I completed an MA in"
        " Sociology and I hope to join a cooperative in Rennes.\n\nLena Picard"
    )
    assert status(read(body), "not_career_change") == "unknown"


def test_various_roles_held_throughout_the_degree_are_no_career_to_ask_about() -> None:
    body = (
        "Dear team,\n\nThroughout my degree I held various roles in the students' union. In 2025 I completed"
        " an MA in Sociology and I hope to join a cooperative in Rennes.\n\nLena Picard"
    )
    assert status(read(body), "not_career_change") == "met"


def test_an_assistant_writing_in_the_persons_name_presents_her_diploma() -> None:
    body = (
        "Bonjour,\n\nJe suis l'agent conversationnel de Maëlle Guérin et je vous écris en son nom"
        " pour postuler à votre programme.\n\nMaëlle a obtenu sa licence pro en septembre 2025. Elle"
        " voudrait travailler dans une ressourcerie.\n\nContact : maelle.guerin@example.org"
    )
    assert read(body)["education"]["bac_plus"] == 3


def test_an_assistant_writing_on_her_behalf_presents_her_diploma_in_english() -> None:
    body = (
        "Hello,\n\nI'm Maelle Guerin's digital assistant and I'm writing on her behalf to apply to your"
        " programme.\n\nMaelle obtained a BA in Geography in September 2025. She would like to work for a"
        " recycling charity.\n\nContact: maelle.guerin@example.org"
    )
    assert read(body)["education"]["bac_plus"] == 3


def test_an_association_bearing_a_word_in_its_name_leaves_the_writers_own_diploma_read() -> None:
    body = (
        "Bonjour,\n\nL'association où j'étais bénévole porte la solidarité en son nom. J'ai obtenu mon BTS"
        " en juin 2025 et je cherche un emploi dans une association.\n\nLéo Masson"
    )
    assert read(body)["education"]["bac_plus"] == 2


def test_a_profile_label_over_a_diploma_names_the_diploma_held() -> None:
    body = (
        "Bonjour,\n\nCandidature transmise par un outil au nom de Lucas Perrin.\n\nProfil : licence pro"
        " métiers de l'animation sociale (IUT de Tours).\nPoste recherché : animateur dans un centre"
        " social.\nContact : lucas.perrin@example.org"
    )
    assert read(body)["education"]["bac_plus"] == 3


def test_a_profile_label_over_a_degree_names_the_degree_held_in_english() -> None:
    body = (
        "Hello,\n\nProfile: MA in Social Policy (University of York).\nRole sought: project officer at a"
        " housing cooperative.\n\nLucas Perrin"
    )
    assert read(body)["education"]["bac_plus"] == 5


def test_a_profile_label_over_a_course_still_followed_keeps_the_studies_running() -> None:
    body = (
        "Bonjour,\n\nProfil : étudiante en master 2 de sociologie jusqu'en juin 2027.\nPoste recherché :"
        " chargée de projets dans une coopérative.\n\nLou Perrin"
    )
    assert status(read(body), "studies_finished") == "not_met"


def test_a_recent_graduate_in_a_field_from_a_university_holds_a_first_degree() -> None:
    body = (
        "Dear team,\n\nAs a recent graduate in Human Geography from the University of Manchester, I am keen"
        " to join a community energy cooperative.\n\nWarm regards,\nTess Howard"
    )
    assert read(body)["education"]["bac_plus"] == 3


def test_a_student_who_will_graduate_in_a_field_next_year_still_studies() -> None:
    body = (
        "Dear team,\n\nI will graduate in Human Geography from the University of Manchester in June"
        " 2027 and I am keen to join a community energy cooperative.\n\nWarm regards,\nTess Howard"
    )
    assert status(read(body), "studies_finished") == "not_met"
