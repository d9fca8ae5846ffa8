"""Arts, engineering and law schools' diplomas read at the level the programme gives them (stop 49, slice
d-studios of the disciplines corpus): the architect's State diploma at bac+5 and the HMONP year after it as
studies running, the capacité en droit at the bac's level, a classe préparatoire left with no diploma, an
engineering school the CTI has not accredited. Each meaning in phrasings of our own, French first, read
through `propulse extract`'s path on 2026-11-26."""

from __future__ import annotations

from typing import Any

from reading_day import kind, read, status

AIM = "Je cherche un emploi dans une association de l'économie sociale et solidaire."
EN_AIM = "I am looking for a job with a French charity."


def _level(result: dict[str, Any]) -> Any:
    return (result["education"] or {}).get("bac_plus")


def _graduation(result: dict[str, Any]) -> Any:
    return (result["education"] or {}).get("graduation")


# The architect's State diploma: five years, a master's grade.


def test_an_architects_state_diploma_of_june_2025_is_a_recent_bac_plus_five() -> None:
    result = read(f"J'ai eu mon diplôme d'État d'architecte à l'ENSA de Marseille en juin 2025. {AIM}")
    assert _level(result) == 5
    assert _graduation(result) == "2025-06"
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_young_architect_de_dated_in_brackets_holds_a_bac_plus_five() -> None:
    result = read(f"Architecte DE (ENSA Strasbourg, septembre 2025), je souhaite rejoindre une SCOP. {AIM}")
    assert _level(result) == 5
    assert _graduation(result) == "2025-09"


def test_the_trade_of_architect_alone_names_no_diploma() -> None:
    result = read(f"Je voudrais devenir architecte un jour, j'ai une licence de géographie de 2025. {AIM}")
    assert _level(result) == 3


# The HMONP, followed after the State diploma, is a year of training: the studies run on while it lasts.


def test_a_hmonp_followed_until_next_summer_leaves_the_studies_unfinished() -> None:
    result = read(
        "Diplômé d'État d'architecte depuis juillet 2025, je fais ma HMONP jusqu'en juillet 2027 dans "
        f"un atelier à Lille. {AIM}"
    )
    assert _level(result) == 5
    assert status(result, "studies_finished") == "not_met"
    assert result["eligibility"]["verdict"] == "not_eligible"


def test_a_hmonp_finished_last_year_leaves_the_studies_finished() -> None:
    result = read(
        "J'ai obtenu mon diplôme d'État d'architecte en juillet 2024, puis ma HMONP, terminée en juin 2025. "
        f"{AIM}"
    )
    assert status(result, "studies_finished") == "met"


# The capacité en droit: the bac's level, whatever its date.


def test_a_capacite_en_droit_alone_is_below_bac_plus_two() -> None:
    result = read(f"En cours du soir, j'ai validé la capacité en droit à Rennes en juin 2025. {AIM}")
    assert _level(result) == 0
    assert status(result, "degree_level") == "not_met"


def test_a_capacite_en_droit_followed_by_a_licence_counts_the_licence() -> None:
    result = read(
        "Après une capacité en droit en 2021, j'ai obtenu ma licence de droit à Nancy en juin 2025. "
        f"{AIM}"
    )
    assert _level(result) == 3
    assert status(result, "degree_level") == "met"


# A classe préparatoire prepares an entrance exam and gives no diploma: left with no school entered, the bac
# is the level held.


def test_two_years_of_prepa_left_without_entering_a_school_are_the_bacs_level() -> None:
    result = read(
        "J'ai passé deux années en classe préparatoire PCSI puis PSI à Nantes ; je n'ai été admis nulle "
        f"part et j'ai arrêté en juin 2024. {AIM}"
    )
    assert _level(result) == 0
    assert status(result, "degree_level") == "not_met"


def test_a_prepa_left_without_getting_into_a_school_in_english_is_the_bacs_level() -> None:
    result = read(
        "I did two years of prépa (MPSI, then MP) in Grenoble but didn't get into any engineering school, "
        f"so I stopped there. {EN_AIM}"
    )
    assert _level(result) == 0


def test_a_prepa_followed_by_a_school_entered_and_its_diploma_keeps_the_diploma() -> None:
    result = read(
        "Après deux ans de prépa, j'ai intégré l'INSA de Rennes, dont j'ai eu le diplôme d'ingénieur en "
        f"juin 2025. {AIM}"
    )
    assert _level(result) == 5
    assert status(result, "degree_level") == "met"


def test_a_prepa_left_beside_a_private_schools_diploma_leaves_the_level_open() -> None:
    result = read(
        "J'ai arrêté ma prépa ECG au bout d'un an, puis j'ai fait l'Institut Supérieur de Gestion "
        f"Vendôme, diplômée en juin 2025. {AIM}"
    )
    assert status(result, "degree_level") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"



def test_a_health_access_year_failed_beside_a_licence_followed_now_is_not_the_bacs_level() -> None:
    result = read(
        "Après une PACES non validée, j'ai rejoint la deuxième année d'une licence de biologie à Tours, "
        f"où je suis toujours. {AIM}"
    )
    assert _level(result) != 0
    assert status(result, "degree_level") != "not_met"

# An engineering school the CTI has not accredited: its title's level is what the accreditation would
# vouch for.


def test_an_engineers_diploma_from_a_school_not_accredited_by_the_cti_leaves_the_level_open() -> None:
    result = read(
        "Diplômée en septembre 2025 d'une école d'ingénieurs privée de Lyon, non habilitée par la CTI, "
        f"spécialité énergie. {AIM}"
    )
    assert status(result, "degree_level") == "unknown"
    assert _graduation(result) == "2025-09"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_an_engineering_school_awaiting_its_accreditation_in_english_leaves_the_level_open() -> None:
    result = read(
        "I earned my engineering degree in June 2025 at a private school whose CTI accreditation is still "
        f"pending. {EN_AIM}"
    )
    assert status(result, "degree_level") == "unknown"


def test_an_engineers_diploma_from_a_school_accredited_by_the_cti_is_bac_plus_five() -> None:
    result = read(
        "J'ai eu mon diplôme d'ingénieur en juin 2025 dans une école habilitée par la CTI ; je ne suis "
        f"pas en stage. {AIM}"
    )
    assert _level(result) == 5
    assert status(result, "degree_level") == "met"


# An exam that selects for a school or a post is no diploma: its results awaited are its own.


def test_the_bar_schools_exam_results_awaited_leave_the_master_had_with_its_date() -> None:
    result = read(
        "J'ai validé mon master de droit public à Lyon en juin 2025. J'ai passé l'examen d'entrée à l'école "
        f"des avocats cet automne et j'attends les résultats en janvier. {AIM}"
    )
    assert _level(result) == 5
    assert _graduation(result) == "2025-06"


def test_a_concours_results_awaited_in_english_leave_the_degree_had() -> None:
    result = read(
        "I completed my MA in public law in Lille in July 2025. I sat the bar exam in September and I'm "
        f"still waiting for the results. {EN_AIM}"
    )
    assert _level(result) == 5
    assert _graduation(result) == "2025-07"


def test_a_diplomas_own_exam_results_awaited_still_leave_it_pending() -> None:
    result = read(f"J'ai terminé mon BTS en juin 2026. J'attends toujours les résultats des examens. {AIM}")
    assert status(result, "degree_level") != "met"


# A school's office asking whom the programme takes, the people named by the degree they prepare or hold.


def test_a_doctoral_schools_office_asking_if_its_doctors_are_eligible_asks_a_question() -> None:
    body = (
        "Je suis chargée de l'accompagnement vers l'emploi dans notre école doctorale. Les docteures qui "
        "soutiennent leur thèse cet hiver seront-elles éligibles au programme ?\n\nCordialement,\n"
        "Le pôle carrières"
    )
    assert kind(body, "Renseignement", ("Pôle carrières", "carrieres.ed@univ.example.fr")) == "question"


def test_a_graduate_schools_office_asking_if_phds_are_eligible_in_english_asks_a_question() -> None:
    body = (
        "I am writing from the careers service of our doctoral school. Are PhDs eligible for your programme "
        "once they have defended, or only when the degree is conferred?\n\nBest,\nCareers service"
    )
    assert kind(body, "Enquiry", ("Careers service", "careers@grad.example.ac.uk")) == "question"


def test_a_doctoral_school_asking_to_present_the_programme_to_its_doctors_is_other_mail() -> None:
    body = (
        "Notre école doctorale organise une journée des carrières : pourriez-vous venir présenter le "
        "programme à nos docteurs le 12 mars ?\n\nBien à vous,\nLe service insertion"
    )
    assert kind(body, "Invitation", ("Service insertion", "insertion@ed.example.fr")) != "question"
