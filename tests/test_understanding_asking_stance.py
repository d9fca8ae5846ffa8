"""The stance of asking (stop 36): a fact carried inside a question is read as a careful coordinator reads it.
The category a question asks something to be judged as is asked, not stated; what a question presupposes (a
relative clause on «mon fils», an end told in the present) is a fact; an end dated by this month alone, or
roughly, is open; an end told by a season ahead is ahead. Phrasings are the tests' own."""

from __future__ import annotations

from reading_day import extracted, status

# --- A category asked about in a question, direct or indirect, is not the writer's fact ---------------------


def test_a_summer_job_asked_about_as_a_reconversion_past_an_aside_is_no_career_change() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu ma licence de sociologie en juillet 2025. Je voudrais savoir si le fait "
        "d'avoir été serveuse l'été (trois saisons, dans un camping) compte comme une « reconversion » chez "
        "vous. Je cherche un emploi dans une coopérative.\n\nInès Garnier"
    )
    assert status(extracted(body), "not_career_change") == "met"


def test_two_summers_of_work_wondered_to_count_as_a_reconversion_are_no_career_change() -> None:
    body = (
        "Bonjour,\n\nJ'ai obtenu ma licence de sociologie en juillet 2025. Je me demande si mes deux étés de "
        "serveuse comptent comme une reconversion. Je cherche un emploi dans une coopérative.\n\nInès Garnier"
    )
    assert status(extracted(body), "not_career_change") == "met"


def test_a_lifeguard_job_wondered_to_count_as_a_career_change_is_no_career_change() -> None:
    body = (
        "Hello,\n\nI completed my BA in Social Policy in July 2025. I wonder whether having worked as a "
        'lifeguard (summers, at a leisure centre) counts as a "career change" for you. I\'m looking for a '
        "job in a charity.\n\nTom Reed"
    )
    assert status(extracted(body), "not_career_change") == "met"


# --- An end told in the present is ahead: what a question presupposes of a relative runs now ---------------


def test_a_nephews_civic_service_that_finishes_in_april_runs_now() -> None:
    body = (
        "Bonjour,\n\nEst-ce que mon neveu, qui finit sa mission de service civique en avril, peut déjà "
        "s'inscrire ? Il a un DUT carrières sociales depuis juin 2025 et cherche un emploi dans une "
        "association.\n\nJeanne Roux"
    )
    assert status(extracted(body), "not_service_civique") == "not_met"


def test_the_writers_civic_service_mission_that_finishes_in_may_runs_now() -> None:
    body = (
        "Bonjour,\n\nMa mission de service civique finit en mai : puis-je candidater dès maintenant ? J'ai "
        "un BTS depuis juin 2025 et je cherche un emploi dans une association.\n\nTom Ridel"
    )
    assert status(extracted(body), "not_service_civique") == "not_met"


def test_a_sons_civic_service_he_finishes_in_march_runs_now() -> None:
    body = (
        "Hello,\n\nIs it a problem that my son, who finishes his civic service in March, applies now? He has "
        "a BTS from June 2025 and wants to work in a charity. His name is Leo Marsh.\n\nAnna Marsh"
    )
    assert status(extracted(body), "not_service_civique") == "not_met"


# --- An end told by a season with no year is the next one, ahead ------------------------------------------


def test_a_civic_service_held_until_the_spring_runs_now() -> None:
    body = (
        "Bonjour,\n\nJe suis affectée en service civique jusqu'au printemps. J'ai une licence de droit (juin "
        "2025) et je cherche un emploi dans une association.\n\nMaëlle Caron"
    )
    assert status(extracted(body), "not_service_civique") == "not_met"


def test_a_daughters_civic_service_until_the_winter_runs_now() -> None:
    body = (
        "Bonjour,\n\nMa fille Clara, inscrite en service civique jusqu'à l'hiver, peut-elle candidater ? "
        "Elle a une licence pro (juin 2025) et cherche un emploi dans une coopérative.\n\nPaul Vidal"
    )
    assert status(extracted(body), "not_service_civique") == "not_met"


def test_a_daughters_civic_service_mission_until_the_summer_runs_now() -> None:
    body = (
        "Hello,\n\nCan my daughter, who is on a civic service mission until the summer, already apply? She "
        "has a BTS from June 2025 and wants to work in a charity. Her name is Ava Stone.\n\nMark Stone"
    )
    assert status(extracted(body), "not_service_civique") == "not_met"


# --- An end dated by this month alone, or roughly, leaves the situation open -------------------------------


def test_being_at_the_end_of_a_civic_service_this_month_leaves_it_open() -> None:
    body = (
        "Bonjour,\n\nPuisque je suis en fin de service civique ce mois-ci, dois-je attendre janvier pour "
        "envoyer ma candidature ? J'ai un BUT GEA depuis juin 2025 et je cherche un emploi dans une "
        "coopérative.\n\nNora Lefèvre"
    )
    assert status(extracted(body), "not_service_civique") == "unknown"


def test_a_civic_service_ending_sometime_this_month_is_open() -> None:
    body = (
        "Hello,\n\nCan I apply before Christmas, given that my civic service mission ends sometime in "
        "November? I have a BTS from June 2025 and want to work in a charity.\n\nBen Clarke"
    )
    assert status(extracted(body), "not_service_civique") == "unknown"


# --- A hypothesis names no fact: what it imagines is no plan told, what it owns is presupposed --------------


def test_a_licence_imagined_after_a_supposition_is_no_studies_in_progress() -> None:
    body = (
        "Bonjour,\n\nJe voudrais rejoindre le programme pour travailler dans une ressourcerie. Imaginons que "
        "mon DUT GEA de juin 2025 ne soit pas assez : est-ce que je devrais reprendre une licence avant ?\n\n"
        "Merci,\nYanis Roche"
    )
    result = extracted(body)
    assert status(result, "studies_finished") == "met"
    assert status(result, "graduation_recent") == "met"  # the DUT the hypothesis owns is a fact


# --- A referred person's years in a trade, told in the third person, are a career ---------------------------


def test_a_partners_fourteen_years_as_a_baker_before_a_new_degree_are_a_career_change() -> None:
    body = (
        "Hello,\n\nMy partner, who has been a baker for fourteen years, just got a licence professionnelle "
        "in social economy (June 2026) and wonders if he can apply. He would like to work in a solidarity "
        "grocery.\n\nHis name is Ravi Patel, phone 06 21 43 65 87.\n\nThanks,\nClaire"
    )
    assert status(extracted(body), "not_career_change") == "not_met"



def test_a_grandmothers_thirty_years_as_a_teacher_in_the_writers_story_are_hers() -> None:
    body = (
        "Hello,\n\nI live with my grandmother, who has been a teacher for thirty years. I got my BA in "
        "social work in June 2026 and I am looking for a job in a charity.\n\nLea Noir"
    )
    assert status(extracted(body), "not_career_change") == "met"
