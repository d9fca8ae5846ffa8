"""Tensions read to the end (t-left, stop 39): a fact that leaves a criterion open on its face settled by
what the same mail says of it — a defence to do again, what is left to the person a referrer presents, a
search whose places are named by a pseudo-cleft or by the fragment after it."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_defence_to_do_again_next_spring_is_studies_running() -> None:
    result = extracted(
        "Bonjour,\n\nMon mémoire de master Développement social a été refusé par le jury en octobre : je "
        "vais devoir re-soutenir en avril après l'avoir réécrit. Je cherche un poste dans une association "
        "d'insertion.\n\nInès Martin"
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_thesis_to_defend_again_in_spring_is_studies_running() -> None:
    result = extracted(
        "Hello,\n\nThe examiners asked for major corrections to my master's thesis in October, so I will "
        "have to re-defend in April. I am looking for a job in a food cooperative.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "studies_finished") == "not_met"


def test_an_oral_left_to_the_person_a_trainer_presents_is_theirs() -> None:
    result = extracted(
        "Bonjour,\n\nJe vous présente Malik Haddad, en formation DEJEPS dans notre organisme : il a validé "
        "ses unités, il lui reste l'épreuve orale de certification en janvier. Il cherche un poste de "
        "coordinateur dans une fédération d'éducation populaire.\n\nClaire Dumas, formatrice",
        from_name="Claire Dumas",
        from_addr="claire.dumas@example.org",
    )
    assert status(result, "studies_finished") == "not_met"


def test_an_exam_the_presented_person_still_has_to_pass_is_theirs() -> None:
    result = extracted(
        "Hello,\n\nI would like to introduce Sam Okoro, one of our DEUST students: she still has her final "
        "oral exam to pass in February. She is looking for a job in a youth charity.\n\nClaire Dumas, "
        "trainer",
        subject="Introducing a trainee",
        from_name="Claire Dumas",
        from_addr="claire.dumas@example.org",
    )
    assert status(result, "studies_finished") == "not_met"


def test_what_is_left_to_a_brother_is_not_the_writers_course() -> None:
    result = extracted(
        "Bonjour,\n\nMon frère est moins avancé que moi : il lui reste le grand oral de son master en "
        "janvier. Moi, j'ai obtenu ma licence de sociologie en juin 2025 et je cherche un poste dans une "
        "association.\n\nInès Martin"
    )
    assert status(result, "studies_finished") != "not_met"


def test_a_cooperative_wanted_in_a_pseudo_cleft_is_the_aim() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai eu mon BTS Gestion de la PME en juin 2025. Ce que je vise, c'est une SCOP ou une "
        "coopérative d'habitants, côté comptabilité.\n\nInès Martin"
    )
    assert status(result, "job_seeking_ess") == "met"


def test_a_place_denied_in_a_pseudo_cleft_is_no_aim() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai eu mon BTS Gestion de la PME en juin 2025. Ce que je ne veux pas, c'est une "
        "association.\n\nInès Martin"
    )
    assert status(result, "job_seeking_ess") != "met"


def test_places_listed_after_a_search_say_where_it_is_aimed() -> None:
    result = extracted(
        "Bonjour,\n\nLicence de gestion obtenue en juin 2026. Je cherche un premier poste de comptable. Une "
        "mutuelle, une régie de quartier ou une fondation, peu importe laquelle.\n\nInès Martin"
    )
    assert status(result, "job_seeking_ess") == "met"


def test_places_listed_after_a_job_search_in_english_say_where_it_is_aimed() -> None:
    result = extracted(
        "Hello,\n\nI got my BA in accounting in June 2026. I am applying for bookkeeping jobs. A housing "
        "co-op, a credit union or a foundation, ideally.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "met"


def test_a_place_denied_after_a_search_is_no_aim() -> None:
    result = extracted(
        "Bonjour,\n\nLicence de gestion obtenue en juin 2026. Je cherche un premier poste de comptable. "
        "Surtout pas une association.\n\nInès Martin"
    )
    assert status(result, "job_seeking_ess") != "met"
