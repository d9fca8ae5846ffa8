"""A step of the course finished, awaited or dated by the occasion of writing (the occasions corpus, h-odone):
a defence told held on a day of this year before the diploma said done dates it («j'ai soutenu mon mémoire
le 4 octobre : mon master est donc fini»), a jury that validated it too; every exam sat and the jury or the
results awaited leave the end of the studies open; a defence «courant novembre» read in November is open; an
end denied in a past tense («mon master n'était pas fini») is that time's state, not today's."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_defence_held_on_a_day_before_the_master_said_over_dates_the_master() -> None:
    result = extracted(
        "Bonjour,\n\nJe vous écris après notre échange : j'ai soutenu ma thèse professionnelle le 4 octobre, "
        "et mon master Économie solidaire est donc achevé. Je cherche un poste dans une coopérative.\n\n"
        "Inès Martin"
    )
    assert result["education"]["graduation"] == "2026-10"
    assert status(result, "graduation_recent") == "met"


def test_a_viva_defended_on_a_day_before_the_degree_said_complete_dates_the_degree() -> None:
    result = extracted(
        "Hello,\n\nI defended my dissertation on 9 October and my MSc in Development Studies is now "
        "complete. I am looking for a job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert result["education"]["graduation"] == "2026-10"


def test_a_licence_validated_by_the_jury_of_a_day_this_year_is_dated_by_that_jury() -> None:
    result = extracted(
        "Bonjour,\n\nBonne nouvelle : ma licence professionnelle est validée depuis le jury du 14 octobre. "
        "Je cherche un poste d'animatrice dans une association.\n\nInès Martin"
    )
    assert result["education"]["graduation"] == "2026-10"


def test_a_degree_validated_by_the_exam_board_of_a_day_is_dated_by_that_board() -> None:
    result = extracted(
        "Hello,\n\nGood news: my BA in Social Policy was validated by the jury on 12 October. I am looking "
        "for a job in a housing cooperative.\n\nInes Martin",
        subject="Application",
    )
    assert result["education"]["graduation"] == "2026-10"


def test_every_exam_sat_and_the_jury_awaited_leave_the_end_of_a_master_open() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis en master 2 Action sociale : j'ai passé tous mes examens du dernier semestre et "
        "j'attends la délibération de janvier. Je cherche un poste dans une fondation.\n\nInès Martin"
    )
    assert status(result, "studies_finished") == "unknown"


def test_a_defence_this_month_with_no_day_leaves_the_end_of_the_studies_open() -> None:
    result = extracted(
        "Bonjour,\n\nJe postule dès maintenant : ma soutenance de master est programmée courant novembre, "
        "le jour n'est pas fixé. Je cherche un poste dans une association d'insertion.\n\nInès Martin"
    )
    assert status(result, "studies_finished") == "unknown"


def test_a_viva_later_this_month_with_no_day_leaves_the_end_of_the_studies_open() -> None:
    result = extracted(
        "Hello,\n\nI am applying now because my viva will happen in November, the day is not set yet. I "
        "want to work for a social enterprise.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "studies_finished") == "unknown"


def test_a_course_unfinished_in_a_past_tense_is_that_time_s_state_not_today_s() -> None:
    result = extracted(
        "Bonjour,\n\nQuand je vous ai écrit en mars, mon master n'était pas encore terminé. J'ai obtenu "
        "mon master de sociologie en septembre 2026 et je cherche un poste dans une association.\n\n"
        "Inès Martin"
    )
    assert status(result, "studies_finished") == "met"


def test_a_degree_that_was_not_finished_when_refused_is_not_today_s_state() -> None:
    result = extracted(
        "Hello,\n\nYou turned me down in spring because my degree wasn't finished yet. I got my BA in "
        "Geography in July 2026 and I want to work for a charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "studies_finished") == "met"


def test_a_diploma_not_yet_validated_in_a_past_year_is_not_had_in_that_year() -> None:
    result = extracted(
        "Bonjour,\n\nEn 2023, quand j'ai postulé, mon BTS ESF n'était pas encore validé. Je vous réécris "
        "pour travailler dans une épicerie solidaire.\n\nInès Martin"
    )
    assert result["education"]["graduation"] is None
    assert status(result, "studies_finished") != "not_met"


def test_a_degree_that_had_not_been_awarded_back_then_is_not_dated_by_then() -> None:
    result = extracted(
        "Hello,\n\nWhen I wrote to you in 2023, my BA in Social Work wasn't validated yet. I would like to "
        "work for a housing charity.\n\nInes Martin",
        subject="Application",
    )
    assert result["education"]["graduation"] is None
    assert status(result, "studies_finished") != "not_met"
