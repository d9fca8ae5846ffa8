"""The English routes of the translations corpus (stop 46, t-english): mail translated from French into
English or from English into French, its calques read as the words their source meant — "professional
license" and a "license of" a field are the French licence, "in training course" is «en stage», "in research
of a job" a search, "I wait the results" an awaited jury; «un internat chez …» an internship, «j'ai majeure
en …» a major — and a first degree abroad placed by the years its own system gives it (a US,
Nigerian bachelor's, an Australian Bachelor of Social Work: bac+4). Each on phrasings of our own, read through
`propulse extract`'s path on 2026-11-26; guards where the rule could over-reach."""

from __future__ import annotations

from typing import Any

from reading_day import read, status


def _education(body: str) -> tuple[Any, Any]:
    education = read(body)["education"] or {}
    return education.get("bac_plus"), education.get("graduation")


# From French into English: the calques.


def test_a_professional_license_in_english_is_the_licence_pro_with_its_date() -> None:
    body = (
        "Hello,\n\nI hold a professional license in youth animation, obtained in July 2025 at the University "
        "of Nantes. I am looking for a job in an association.\n\nRegards,\nLéa Morin"
    )
    assert _education(body) == (3, "2025-07")


def test_a_license_of_a_field_of_study_is_the_licence() -> None:
    body = (
        "Hello,\n\nI finished my license of geography in June 2026 in Toulouse. I want to work in a "
        "cooperative.\n\nBest,\nJules Caron"
    )
    assert _education(body) == (3, "2026-06")


def test_a_license_to_drive_or_dated_stays_no_degree() -> None:
    body = (
        "Hello,\n\nI got a license in 2024 to drive buses and my license of driving trucks. I have a BTS in "
        "logistics from 2025. I am looking for a job in an association.\n\nBest,\nMarc Petit"
    )
    assert _education(body) == (2, "2025")


def test_being_in_training_course_until_a_date_is_an_internship_running() -> None:
    body = (
        "Hello,\n\nI obtained my licence in psychology in June 2025. I am in training course at a food bank "
        "of Lens until 20 February 2027. After, I would like a job in an association.\n\nCordially,\nInès Roy"
    )
    assert status(read(body), "not_internship") == "not_met"


def test_following_a_training_course_leaves_the_internship_open() -> None:
    body = (
        "Hello,\n\nI obtained my licence in psychology in June 2025. Since September I follow a training "
        "course at a cooperative, two days per week. I want a job in an association.\n\nCordially,\nInès Roy"
    )
    assert status(read(body), "not_internship") == "unknown"


def test_being_in_research_of_a_job_in_a_bank_is_a_search_outside_the_ess() -> None:
    body = (
        "Hello,\n\nI have a master in economics obtained in July 2026 at Lille. I am in research of a job in "
        "a bank, as credit analyst.\n\nRegards,\nNoé Blanc"
    )
    assert status(read(body), "job_seeking_ess") == "not_met"


def test_waiting_the_results_of_the_jury_leaves_the_studies_open() -> None:
    body = (
        "Hello,\n\nI passed the last exams of the DEES in June and I wait the results of the jury. I search "
        "a job of educator in an association.\n\nCordially,\nAnaïs Girard"
    )
    assert status(read(body), "studies_finished") == "unknown"


# From English into French: the calques.


def test_an_internat_done_at_a_host_until_a_date_is_an_internship_running() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu mon BA en histoire en juin 2025 à Londres. Je fais un internat de quatre "
        "mois chez une fondation pour le logement, jusqu'en février 2027. Ensuite je voudrais un emploi "
        "dans une association.\n\nCordialement,\nGrace Miller"
    )
    assert status(read(body), "not_internship") == "not_met"


def test_a_boarding_school_internat_or_a_medical_one_is_no_internship() -> None:
    body = (
        "Bonjour,\n\nJ'étais à l'internat du lycée à Brest, mon frère fait son internat de médecine à Rennes "
        "jusqu'en 2028. J'ai une licence de droit obtenue en 2025 et je cherche un emploi dans une "
        "association.\n\nCordialement,\nYann Le Goff"
    )
    assert status(read(body), "not_internship") == "met"


def test_an_end_at_the_end_of_a_named_month_is_that_month() -> None:
    body = (
        "Bonjour,\n\nLicence de sociologie obtenue en juin 2025. Je suis en stage dans une mutuelle "
        "jusqu'à la fin du mois de février 2027. Je cherche un emploi dans une association."
        "\n\nCordialement,\nJade Roux"
    )
    assert status(read(body), "not_internship") == "not_met"


def test_a_major_translated_without_its_article_is_a_bachelors() -> None:
    body = (
        "Bonjour,\n\nJ'ai majeure en histoire de l'art et mineure en espagnol, à l'Université de Leeds. Je "
        "cherche un emploi dans une association culturelle.\n\nCordialement,\nAmy Ward"
    )
    assert _education(body)[0] == 3


# A first degree abroad, by the years its system gives it.


def test_a_ba_from_a_us_state_university_is_bac_plus_4() -> None:
    body = (
        "Bonjour,\n\nJ'ai un BA en anthropologie de l'Université du Michigan, obtenu en mai 2025. Je cherche "
        "un emploi dans une association.\n\nCordialement,\nMegan Hall"
    )
    assert _education(body) == (4, "2025-05")


def test_a_bachelors_from_an_american_university_in_english_is_bac_plus_4() -> None:
    body = (
        "Hi,\n\nI have a BA in history from the University of Texas at Austin, May 2025. I am looking for a "
        "job in a French nonprofit.\n\nBest,\nRyan Scott"
    )
    assert _education(body)[0] == 4


def test_a_bachelors_from_an_english_university_stays_bac_plus_3() -> None:
    body = (
        "Hi,\n\nI have a BA in history from the University of Leeds, June 2025. I am looking for a job in a "
        "French charity.\n\nBest,\nTom Baker"
    )
    assert _education(body)[0] == 3


def test_an_australian_bachelor_of_education_is_bac_plus_4_and_its_arts_degree_bac_plus_3() -> None:
    education = "Bonjour,\n\nJ'ai un Bachelor of Education (Université de Melbourne), obtenu en novembre 2025"
    arts = "Bonjour,\n\nJ'ai un Bachelor of Arts (Université de Melbourne), obtenu en novembre 2025"
    aim = ". Je cherche un emploi dans une association.\n\nCordialement,\nZoe King"
    assert (_education(education + aim)[0], _education(arts + aim)[0]) == (4, 3)


def test_a_baccalaureat_in_a_field_from_a_nigerian_university_is_its_bachelors() -> None:
    body = (
        "Bonjour,\n\nJe suis diplômée de l'Université d'Ibadan avec un baccalauréat en économie en 2025. Je "
        "cherche un emploi dans une association.\n\nCordialement,\nAdaeze Obi"
    )
    assert _education(body) == (4, "2025")


def test_a_french_bac_before_a_university_in_a_four_year_system_stays_the_bac() -> None:
    body = (
        "Bonjour,\n\nJ'ai eu mon bac S en 2019 puis je suis partie étudier à l'Université de Boston sans "
        "finir. Je cherche un emploi dans une association.\n\nCordialement,\nLucie Faure"
    )
    assert _education(body)[0] == 0


def test_a_ba_from_a_scottish_university_stays_bac_plus_3() -> None:
    body = (
        "Hi,\n\nI have a BA in social policy from the University of Stirling, June 2025. I am looking for a "
        "job in a French charity.\n\nBest,\nIsla Reid"
    )
    assert _education(body)[0] == 3


# A diploma not received yet, nothing telling it won.


def test_a_degree_not_received_yet_after_the_last_exams_leaves_the_studies_open() -> None:
    body = (
        "Bonjour,\n\nJ'ai terminé mes derniers examens de licence d'histoire en octobre. Pour l'instant "
        "je n'ai toujours pas reçu mon diplôme. Je cherche un emploi dans une association.\n\nCordialement,"
        "\nEva Lenoir"
    )
    assert status(read(body), "studies_finished") == "unknown"


def test_an_english_degree_not_received_yet_after_the_exams_leaves_the_studies_open() -> None:
    body = (
        "Hello,\n\nI sat my final exams for my BSc in psychology in October, and I have not yet received my "
        "degree. I am looking for a job in a charity.\n\nBest,\nOwen Price"
    )
    assert status(read(body), "studies_finished") == "unknown"


def test_a_degree_validated_whose_paper_is_late_is_had() -> None:
    body = (
        "Bonjour,\n\nJ'ai validé mon master de géographie en septembre 2026, mais je n'ai pas encore "
        "reçu mon diplôme. Je cherche un emploi dans une association.\n\nCordialement,\nEva Lenoir"
    )
    assert status(read(body), "studies_finished") == "met"


# Years of work begun before the studies and kept on during them.


def test_years_of_work_before_and_during_the_licence_leave_the_career_change_open() -> None:
    body = (
        "Bonjour,\n\nJ'ai été serveur pendant cinq ans dans une brasserie de Lille, avant et pendant ma "
        "licence d'histoire obtenue en juin 2025. Je veux travailler dans une association."
        "\n\nCordialement,\nTom Roche"
    )
    assert status(read(body), "not_career_change") == "unknown"


def test_years_of_work_before_and_during_a_license_in_english_leave_the_career_change_open() -> None:
    body = (
        "Hello,\n\nI worked as waiter during five years in a brasserie of Lille, before and during my "
        "license of history that I obtained in June 2025. I want to work in an association."
        "\n\nCordially,\nTom Roche"
    )
    assert status(read(body), "not_career_change") == "unknown"


def test_years_of_work_during_the_licence_only_stay_a_students_job() -> None:
    body = (
        "Hello,\n\nI worked as waiter during three years in a brasserie of Lille, during my license of "
        "history that I obtained in June 2025. I want to work in an association.\n\nCordially,\nTom Roche"
    )
    assert status(read(body), "not_career_change") == "met"


def test_a_boarding_school_named_after_an_internat_until_a_date_is_no_internship() -> None:
    body = (
        "Bonjour,\n\nJ'ai fait mon internat au lycée agricole de Rodez jusqu'au bac. J'ai une licence de "
        "géographie obtenue en 2025 et je cherche un emploi dans une association.\n\nCordialement,\nLéo Marty"
    )
    assert status(read(body), "not_internship") == "met"


def test_a_us_place_of_the_story_not_of_the_university_keeps_bac_plus_3() -> None:
    body = (
        "Hello,\n\nI graduated with a BA in History in June 2025 and I now volunteer at a shelter in Texas "
        "until December. I want to work for a French nonprofit.\n\nBest,\nAnna Cole"
    )
    assert _education(body)[0] == 3


def test_a_level_stated_by_a_recognition_is_kept_whatever_the_system() -> None:
    body = (
        "Hello,\n\nMy BSc in Nursing (University of Ibadan, recognised by ENIC-NARIC as level 6) was awarded "
        "in July 2025. I want to work for a French association.\n\nBest,\nTolu Bello"
    )
    assert _education(body) == (3, "2025-07")
