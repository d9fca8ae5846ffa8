"""A degree abroad read at the level its own system gives it (level_abroad.py,
rules/lexicon/degrees_abroad.toml) and a date read in its source form or calendar (source_dates.py): a length
said in the degree's phrase is its level, a first degree takes its system's length when its phrase names the
country; «2025/03/14», a Persian solar date, «2025年9月». Guards: a French
licence stays bac+3 whatever time it took, a bac pro of three years stays the bac, a technician's job of
five years is no degree, «je suis titulada en …» is a degree had, not a course followed."""

from __future__ import annotations

from reading_day import extracted, status

from intake.understanding.source_dates import source_dates


def _level(body: str, subject: str = "Candidature") -> object:
    return extracted(body, subject=subject)["education"]["bac_plus"]


def test_a_career_of_ten_semesters_abroad_is_a_bac_plus_five() -> None:
    result = extracted(
        "Bonjour,\n\nEn juillet 2025 j'ai achevé ma carrière d'Anthropologie à l'Université de Caldas, dix "
        "semestres au total. Je cherche un emploi dans une association de quartier à Dijon.\n\nMarta Gil"
    )
    assert result["education"]["bac_plus"] == 5
    assert status(result, "degree_level") == "met"


def test_a_career_of_ten_semesters_said_in_english_is_a_bac_plus_five() -> None:
    result = extracted(
        "Hello,\n\nI completed my career of Economics at the University of Tolima in May 2026 (ten "
        "semesters). I am looking for a job in a cooperative in Lille.\n\nMarta Gil",
        subject="Application",
    )
    assert result["education"]["bac_plus"] == 5


def test_a_licence_abroad_given_four_years_in_its_bracket_is_a_bac_plus_four() -> None:
    body = (
        "Bonjour,\n\nJ'ai une licence de sociologie de l'Université de Mossoul (4 ans), obtenue en juin "
        "2025. Je cherche un poste dans une association d'aide aux familles.\n\nAli Hassan"
    )
    assert _level(body) == 4


def test_a_french_licence_done_in_four_years_stays_a_bac_plus_three() -> None:
    body = (
        "Bonjour,\n\nJ'ai fait ma licence de sociologie à Nantes (4 ans au lieu de 3), je l'ai eue en juin "
        "2025. Je cherche un poste dans une association d'aide aux familles.\n\nAli Hassan"
    )
    assert _level(body) == 3


def test_a_bac_pro_of_three_years_stays_the_bac() -> None:
    body = (
        "Bonjour,\n\nJ'ai un bac pro commerce (3 ans) obtenu en 2024, et je cherche un emploi dans une "
        "ressourcerie.\n\nAli Hassan"
    )
    assert _level(body) == 0


def test_a_technicians_diploma_of_two_years_after_the_bac_is_a_bac_plus_two_dated_year_first() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai le diplôme de technicien supérieur en logistique de l'institut de Sétif (deux ans "
        "après le bac), obtenu le 2025/03/14. Je cherche un emploi dans une coopérative.\n\nNadir Saadi"
    )
    assert result["education"]["bac_plus"] == 2
    assert result["education"]["graduation"] == "2025-03"


def test_a_senior_technicians_job_of_five_years_is_no_degree() -> None:
    body = (
        "Bonjour,\n\nJe suis technicien supérieur chez un fabricant de pompes (5 ans) et je voudrais "
        "travailler dans une association.\n\nNadir Saadi"
    )
    assert _level(body) != 5


def test_a_graduate_titled_at_a_chilean_university_is_a_bac_plus_five_and_no_student() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis titulée en Géographie de l'Université de Concepción depuis août 2025. Je "
        "voudrais travailler dans une association d'éducation à l'environnement.\n\nInés Soto"
    )
    assert result["education"]["bac_plus"] == 5
    assert status(result, "studies_finished") == "met"


def test_a_licence_of_a_french_university_keeps_its_french_level() -> None:
    body = (
        "Bonjour,\n\nJe suis titulaire d'une licence de géographie de l'Université de Caen, obtenue en juin "
        "2025. Je cherche un emploi dans une association.\n\nInés Soto"
    )
    assert _level(body) == 3


def test_a_licence_from_france_stays_bac_plus_three_when_a_stay_abroad_follows() -> None:
    body = (
        "Bonjour,\n\nJ'ai eu une licence de droit à Lyon en 2025, puis un volontariat à Bogotá. Je "
        "cherche un emploi dans une association.\n\nInés Soto"
    )
    assert _level(body) == 3


def test_a_brazilian_graduate_named_in_portuguese_is_a_degree_had() -> None:
    body = (
        "Bonjour,\n\nJe suis formado em Pedagogia pela UFMG en 2025. Je cherche un emploi dans une "
        "association d'éducation populaire.\n\nCaio Lima"
    )
    assert _level(body) == 3


def test_a_persian_solar_date_is_read_in_the_gregorian_calendar() -> None:
    result = extracted(
        "Bonjour,\n\nMon master de sociologie (Université de Tabriz) m'a été délivré le 1403/12/05. Je "
        "cherche un emploi dans une association d'aide aux femmes.\n\nLeila Ahmadi"
    )
    assert result["education"]["graduation"] == "2025-02"


def test_a_persian_month_named_is_read_in_the_gregorian_calendar() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu mon master de sociologie en Mordad 1404. Je cherche un emploi dans une "
        "association d'aide aux femmes.\n\nLeila Ahmadi"
    )
    assert result["education"]["graduation"] == "2025-08"


def test_figures_in_no_source_form_give_no_source_date_and_each_form_still_gives_one() -> None:
    plain = "Licence obtenue en juin 2025, 3 ans de stage, 1 400 euros, tél. 06 12 34 56 78, le 30/06/2025."
    assert source_dates(plain) == []
    forms = ("le 2025.06.30", "en 2026 年 6 月", "en KHORDAD de l'an 1404", "le 1404/04/10")
    assert [(d.year, d.month) for f in forms for d in source_dates(f)] == [
        (2025, 6), (2026, 6), (2025, 6), (2025, 7)
    ]


def test_a_year_and_month_in_chinese_figures_is_a_date() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu mon master de gestion publique en 2025年9月 à Nankin. Je cherche un emploi "
        "dans une association de solidarité internationale.\n\nLi Na"
    )
    assert result["education"]["graduation"] == "2025-09"


def test_an_argentine_licenciada_with_no_length_said_keeps_her_level_open() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis licenciada en Nutrición de l'Université de Tucumán (Argentine), titre reçu en "
        "mai 2025. Je cherche un emploi dans une association d'aide alimentaire.\n\nSol Díaz"
    )
    assert result["education"]["bac_plus"] != 5
    assert status(result, "degree_level") != "met"
