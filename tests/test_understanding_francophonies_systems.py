"""Diplomas of other francophone systems read by what they are there (systems.py): a «bac» a university
awards, or one that lasts three or four years, is Québec's bachelor's degree (bac+3), not the French
baccalauréat; a bac of the lycée, named by its series or followed by a university entered later, stays the
French one."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_bac_finished_at_a_university_is_a_bachelors_degree() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai terminé mon bac en géographie humaine à l'Université de Montréal en avril 2026 et "
        "je vis maintenant à Poitiers. Je cherche un emploi dans une coopérative d'habitation.\n\nLéa Gingras"
    )
    assert status(result, "degree_level") == "met"
    assert result["education"]["bac_plus"] == 3


def test_a_bac_from_a_university_said_in_english_is_a_bachelors_degree() -> None:
    result = extracted(
        "Hello,\n\nI finished my bac in urban studies at Concordia University in April 2026. I now live in "
        "Dijon and I am looking for a job in a housing cooperative.\n\nLea Gingras",
        subject="Application",
    )
    assert status(result, "degree_level") == "met"


def test_a_bac_of_three_years_is_a_bachelors_degree() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu un bac de trois ans en intervention sociale en mai 2026. Je cherche "
        "un poste dans une association de quartier à Lyon.\n\nLéa Gingras"
    )
    assert status(result, "degree_level") == "met"


def test_a_bac_with_its_university_in_brackets_is_a_bachelors_degree() -> None:
    result = extracted(
        "Bonjour,\n\nQuelques mots sur moi : bac en récréologie (UQTR, avril 2026), arrivée à Caen cet "
        "automne. Je veux travailler dans une association d'éducation populaire.\n\nLéa Gingras"
    )
    assert status(result, "degree_level") == "met"


def test_a_lycee_bac_followed_by_a_university_entered_later_stays_the_french_bac() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai eu mon bac en 2024 et je suis entrée à l'université de Tours, que j'ai quittée en "
        "mars. Je cherche un emploi dans une association.\n\nLéa Gingras"
    )
    assert status(result, "degree_level") != "met"


def test_a_bac_named_by_its_series_stays_the_french_bac_beside_a_university() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un bac ES obtenu à Metz, rien de plus ; l'université de Lorraine ne m'a pas "
        "retenue. Je cherche un emploi dans une ressourcerie.\n\nLéa Gingras"
    )
    assert status(result, "degree_level") != "met"


def test_a_french_bac_then_a_year_at_university_stays_the_french_bac() -> None:
    result = extracted(
        "Hello,\n\nI got my bac in 2023, then I spent one year at the University of Lille without a "
        "diploma. I am looking for a job in a charity.\n\nLea Gingras",
        subject="Application",
    )
    assert status(result, "degree_level") != "met"


def test_a_bac_of_the_lycee_then_semesters_at_a_university_stays_the_french_bac() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai eu le bac à Lomé et trois semestres à l'université de Kara, sans diplôme. Je "
        "cherche un emploi dans une association.\n\nLéa Gingras"
    )
    assert result["education"]["bac_plus"] != 3


def test_years_in_a_students_room_before_moving_are_no_career() -> None:
    result = extracted(
        "Bonjour,\n\nAprès quatre ans dans mon kot à Namur, j'ai rendu les clés et je vis à Reims depuis "
        "septembre. J'ai obtenu mon master en juin 2026 et je cherche un emploi dans une association.\n\n"
        "Léa Gingras"
    )
    assert status(result, "not_career_change") == "met"


def test_revising_in_a_blocus_for_an_exam_session_is_studying_still() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis en blocus pour la session de juin (master en criminologie, dernière année). "
        "J'ai mon bachelier en droit depuis 2025 et je vise un emploi dans une association.\n\nLéa Gingras"
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_finissante_aux_etudes_has_not_finished() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis finissante en sciences infirmières et je veux ensuite travailler dans un "
        "organisme communautaire en France.\n\nLéa Gingras"
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_cv_line_of_summers_as_a_camp_counsellor_is_no_career() -> None:
    result = extracted(
        "Bonjour,\n\nDiplômée en mai 2026 d'un baccalauréat en travail social de l'Université Laval "
        "(trois ans), je cherche un emploi dans un centre social associatif.\n\nExpérience\nMonitrice de "
        "colonie de vacances, Camp Kéno (étés 2021 à 2025)\n\nMaude Pelletier"
    )
    assert status(result, "not_career_change") == "met"


def test_a_cv_line_of_summers_as_a_lifeguard_is_no_career_in_english() -> None:
    result = extracted(
        "Hello,\n\nI graduated in May 2026 with a BA in Social Work from McGill University and I am looking "
        "for a job in a community association.\n\nExperience\nLifeguard, City of Gatineau "
        "(summers 2021 to 2025)\n\nMaude Pelletier",
        subject="Application",
    )
    assert status(result, "not_career_change") == "met"
