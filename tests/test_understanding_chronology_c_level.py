"""A diploma told had by its place in a path told in order (the chronology corpus, slice c-level;
diploma_step.py): a verbless step opened by «ensuite», «trois ans plus tard», «juste avant», "then", "before
that"; a verbless time «depuis mon BTS»; a diploma held by «j'avais»; a diploma ended by a verb of
completion, dated by the step's yearless month. A path called a plan, or a step running since a date, tells
nothing had."""

from __future__ import annotations

from reading_day import extracted


def _level(body: str, subject: str = "Candidature") -> object:
    return extracted(f"Bonjour,\n\n{body}\n\nInès Martin\n06 12 34 56 78", subject=subject)["education"][
        "bac_plus"
    ]


def _graduation(body: str) -> object:
    return extracted(f"Bonjour,\n\n{body}\n\nInès Martin\n06 12 34 56 78")["education"]["graduation"]


def test_a_diploma_named_in_a_verbless_step_after_ensuite_is_had() -> None:
    body = (
        "Mon chemin jusqu'ici : d'abord un BTS Tourisme, ensuite une licence pro Métiers de l'animation "
        "sociale, après quoi huit mois de bénévolat dans une ressourcerie. Je cherche un poste d'animateur "
        "dans une association."
    )
    assert _level(body) == 3


def test_a_diploma_placed_years_after_the_bac_without_a_verb_is_had() -> None:
    body = (
        "Bac en 2018. Trois ans plus tard, licence d'histoire à Poitiers. Je cherche un poste de médiateur "
        "culturel dans une association."
    )
    assert _level(body) == 3


def test_a_diploma_told_just_before_today_s_job_is_had() -> None:
    body = (
        "Aujourd'hui je suis vendeuse dans une librairie. Juste avant, mon DUT Gestion des entreprises à "
        "Tours. Je cherche un poste de gestionnaire dans une coopérative."
    )
    assert _level(body) == 2


def test_a_verbless_time_since_a_diploma_says_it_had() -> None:
    body = (
        "Depuis mon BTS Économie sociale familiale, un an de remplacements en crèche. Je cherche un poste "
        "dans une association d'aide aux familles."
    )
    assert _level(body) == 2


def test_a_diploma_the_writer_had_in_the_imperfect_is_had() -> None:
    body = (
        "Au lycée je n'aimais que le sport ; deux ans après le bac j'avais mon DEUST Animation. Je cherche "
        "un poste dans une association sportive."
    )
    assert _level(body) == 2


def test_a_diploma_ended_with_the_jury_of_a_yearless_month_is_dated_by_it() -> None:
    body = (
        "Ma licence de géographie s'est terminée avec le jury de juin. Je cherche un poste de chargée de "
        "mission dans une association."
    )
    assert _graduation(body) == "2026-06"


def test_a_participle_of_ending_after_a_long_diploma_name_dates_it() -> None:
    body = (
        "Après six ans dans la vente, j'ai repris un DEUST Animation et gestion des activités physiques, "
        "sportives ou culturelles, terminé en mai. Je cherche un poste dans une association sportive."
    )
    assert _graduation(body) == "2026-05"


def test_a_degree_named_as_the_next_step_after_then_is_had() -> None:
    body = (
        "A-levels in 2021, then a BA in Geography at Exeter. Now I'm looking for a job with a housing "
        "charity."
    )
    assert _level(body, subject="Application") == 3


def test_a_degree_told_before_that_behind_today_s_job_is_had() -> None:
    body = (
        "Right now I work in a bakery. Before that, an HND in Social Care at Glasgow Kelvin College. I am "
        "looking for a job in a charity."
    )
    assert _level(body, subject="Application") == 2


def test_a_path_called_a_plan_tells_no_diploma_had() -> None:
    body = (
        "Mon projet : d'abord un BTS, ensuite une licence pro Gestion des associations. Je cherche un poste "
        "dans une association."
    )
    assert _level(body) != 3


def test_a_step_running_since_a_month_is_no_diploma_had() -> None:
    body = (
        "Puis, depuis octobre, une licence pro en alternance dans une mutuelle. Je cherche un poste dans une "
        "association."
    )
    assert _level(body) != 3


def test_a_first_year_told_validated_before_a_second_one_left_is_a_level_of_bac_plus_one() -> None:
    body = (
        "Bonjour, bac L en 2020, puis une première année de psychologie validée, puis une deuxième année "
        "lâchée à Noël. Depuis, animatrice en centre social. Je cherche un poste dans une association."
    )
    assert _level(body) == 1


def test_a_certificate_a_degree_course_was_left_with_is_its_level() -> None:
    body = (
        "Hello, I began a BSc in Social Work at Cardiff Met but quit after one year with a CertHE. I now "
        "work in a youth club and would like a job with a charity."
    )
    assert _level(body, subject="Application") == 1


def test_a_diploma_of_higher_education_a_writer_left_with_is_bac_plus_two() -> None:
    body = (
        "Hi, after college I did two years of a BA in Youth and Community Work and left with a DipHE. I am "
        "looking for a job in a community charity."
    )
    assert _level(body, subject="Application") == 2
