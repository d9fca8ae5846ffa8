"""Facts of a life that qualify someone, not rule them out (the circumstances corpus): years at home raising
children before a degree are no career; «pas l'âge habituel d'un jeune diplômé» denies an age, not the end
of studies; studies resumed beside a sentence telling a life that was no trade (odd jobs, an exile, a parent
cared for) leave no career change to ask; a disabled worker's recognition is a status, not a job held; a
student residence permit is a permit, no student's room (the French «titre de séjour étudiant» was read right
already: its test guards it)."""

from __future__ import annotations

from reading_day import extracted, status


def test_years_at_home_to_look_after_one_s_children_before_a_degree_are_no_career() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis restée chez moi cinq ans pour m'occuper de mes deux enfants, puis j'ai repris "
        "une formation et j'ai obtenu mon DUT Carrières sociales en juin 2026.\n\nJe cherche un poste dans "
        "une association de quartier.\n\nLéa Morin"
    )
    assert status(result, "not_career_change") == "met"


def test_years_at_home_in_order_to_raise_one_s_kids_before_a_degree_are_no_career() -> None:
    result = extracted(
        "Hello,\n\nI was at home for five years in order to raise my kids, then I went back to college and "
        "got my BA in social work in June 2026.\n\nI am looking for a job in a charity.\n\nLea Morin",
        subject="Application",
    )
    assert status(result, "not_career_change") == "met"


def test_not_the_usual_profile_of_a_young_graduate_denies_a_profile_not_the_degree() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai 36 ans : je ne suis pas vraiment le profil type du jeune diplômé. J'ai obtenu mon "
        "BTS SP3S en juin 2026.\n\nJe cherche un poste dans une association.\n\nLéa Morin"
    )
    assert status(result, "studies_finished") == "met"


def test_not_the_usual_age_for_someone_newly_graduated_denies_an_age_not_the_degree() -> None:
    result = extracted(
        "Hello,\n\nI am 36, which isn't the usual age for someone newly graduated, I know. I got my BA in "
        "social work in June 2026.\n\nI am looking for a job in a charity.\n\nLea Morin",
        subject="Application",
    )
    assert status(result, "studies_finished") == "met"


def test_not_yet_graduated_still_says_the_studies_run() -> None:
    result = extracted(
        "Bonjour,\n\nJe ne suis pas encore diplômée, il me reste le mémoire. Je cherche un poste dans une "
        "association.\n\nLéa Morin"
    )
    assert status(result, "studies_finished") != "met"


def test_studies_resumed_after_a_string_of_odd_jobs_are_no_career_change() -> None:
    result = extracted(
        "Bonjour,\n\nDe 19 à 27 ans, j'ai enchaîné les petits jobs : caisse, restauration rapide, ménages. "
        "À 28 ans, j'ai repris mes études et j'ai obtenu ma licence pro en juin 2026.\n\nJe cherche un poste "
        "dans une association.\n\nLéo Morin"
    )
    assert status(result, "not_career_change") == "met"


def test_studies_resumed_then_before_that_a_father_cared_for_are_no_career_change() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai repris mes études à 38 ans et j'ai obtenu mon DEUST en juin 2026. Auparavant, je "
        "me suis occupée de mon père malade pendant des années.\n\nJe cherche un poste dans une "
        "association.\n\nLéa Morin"
    )
    assert status(result, "not_career_change") == "met"


def test_going_back_to_university_after_looking_after_a_brother_is_no_career_change() -> None:
    result = extracted(
        "Hello,\n\nI went back to university at 35 and got my BA in social work in June 2026. Before that, I "
        "was looking after my disabled brother at home.\n\nI am looking for a job in a charity.\n\nLea Morin",
        subject="Application",
    )
    assert status(result, "not_career_change") == "met"


def test_going_back_to_university_after_fleeing_one_s_country_is_no_career_change() -> None:
    result = extracted(
        "Hello,\n\nI fled Syria in 2019 and was granted asylum in France. I went back to university here and "
        "got my BA in economics in June 2026.\n\nI am looking for a job in a charity.\n\nLea Morin",
        subject="Application",
    )
    assert status(result, "not_career_change") == "met"


def test_studies_resumed_after_work_in_sales_still_ask_the_career() -> None:
    result = extracted(
        "Bonjour,\n\nAvant, j'ai travaillé dans la vente. J'ai repris mes études à 30 ans et j'ai obtenu ma "
        "licence pro en juin 2026.\n\nJe cherche un poste dans une association.\n\nLéo Morin"
    )
    assert status(result, "not_career_change") == "unknown"


def test_a_disabled_worker_s_recognition_since_a_year_is_no_job_held() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis reconnu travailleur handicapé depuis 2021 à cause d'une sclérose en plaques. "
        "J'ai obtenu mon BTS SP3S en juin 2026.\n\nJe cherche un poste dans une association.\n\nLéo Morin"
    )
    assert status(result, "not_career_change") == "met"


def test_being_recognised_as_a_disabled_worker_since_a_year_is_no_job_held() -> None:
    result = extracted(
        "Hello,\n\nI have been recognised as a disabled worker since 2020 (chronic fatigue). I got my BA in "
        "social work in June 2026.\n\nI am looking for a job in a charity.\n\nLea Morin",
        subject="Application",
    )
    assert status(result, "not_career_change") == "met"


def test_a_student_residence_permit_turned_into_a_job_seeker_s_one_is_no_studies_running() -> None:
    result = extracted(
        "Hello,\n\nMy student residence permit was turned into a job-seeker's permit last month. I completed "
        "my BA in economics in July 2026.\n\nI'd like to work for a food bank.\n\nLea Morin",
        subject="Application",
    )
    assert status(result, "studies_finished") == "met"


def test_a_titre_de_sejour_etudiant_changed_into_an_aps_is_no_studies_running() -> None:
    result = extracted(
        "Bonjour,\n\nMon titre de séjour étudiant vient d'être changé en APS recherche d'emploi. J'ai obtenu "
        "ma licence d'économie en juillet 2026.\n\nJe voudrais travailler dans une banque alimentaire.\n\n"
        "Léa Morin"
    )
    assert status(result, "studies_finished") == "met"
