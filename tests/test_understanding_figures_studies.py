"""Studies finished or not, said through a figure (figures corpus, studies side): a student's life still going
on — «encore sur les bancs de l'université», «je me tape encore les TD», "still hitting the books", «Mémoire
⏳» — keeps the studies going; a hedge on their end («quasiment diplômée») and the teaching alone told over by
its room («l'amphi, c'est fini») leave them open; the same figure of another person, in the past or denied
says nothing. Phrasings of our own, French and English, read through `propulse extract`'s path on the reading
day 2026-11-26 (tests/reading_day.py)."""

from __future__ import annotations

import pytest
from reading_day import extracted, status

AIM = "Je cherche un emploi dans une coopérative d'habitat."
EN_AIM = "I am looking for a job with a social enterprise."


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            f"Bonjour,\n\nJe suis toujours sur les bancs de l'université, en master 2 de géographie à Tours. "
            f"{AIM}\n",
            id="still_on_the_benches_of_the_university",
        ),
        pytest.param(
            f"Bonjour,\n\nCette année je me tape encore les TD de L3 à Rennes, le soir après le boulot. "
            f"{AIM}\n",
            id="still_slogging_through_the_tutorials",
        ),
        pytest.param(
            f"Bonjour,\n\nJ'entame la dernière ligne droite de mon BUT Carrières sociales à Tours : reste le "
            f"projet tutoré. {AIM}\n",
            id="the_home_straight_of_a_but",
        ),
        pytest.param(
            f"Bonjour,\n\nMa thèse professionnelle de MBA est toujours sur le métier, à l'ESSEC. {AIM}\n",
            id="a_thesis_still_on_the_loom",
        ),
        pytest.param(
            f"Hi,\n\nBetween two seminars I'm still hitting the books for my MSc in Leeds, so forgive "
            f"the short note. {EN_AIM}\n",
            id="still_hitting_the_books_for_an_msc",
        ),
        pytest.param(
            f"Bonjour,\n\nOù j'en suis : BUT Carrières sociales — stage ✔️, Mémoire ⏳ mars. {AIM}\n",
            id="an_hourglass_on_the_thesis",
        ),
    ],
)
def test_a_student_life_still_going_on_said_by_a_figure_keeps_the_studies_going(body: str) -> None:
    result = extracted(body)
    assert status(result, "studies_finished") == "not_met"
    assert result["eligibility"]["verdict"] == "not_eligible"


OWN = "Je suis encore sur les bancs de la fac, en L3 d'histoire à Caen. "


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(
            "Ma petite sœur est encore sur les bancs de la fac ; moi, j'ai obtenu", id="another_persons"
        ),
        pytest.param("En 2019 j'étais encore sur les bancs de la fac ; j'ai obtenu", id="told_in_the_past"),
        pytest.param("Je ne suis plus sur les bancs de l'école : j'ai obtenu", id="denied"),
    ],
)
def test_the_benches_are_the_writers_own_today_not_anothers_nor_past_nor_denied(other: str) -> None:
    assert status(extracted(f"Bonjour,\n\n{OWN}{AIM}\n"), "studies_finished") == "not_met"
    told = extracted(f"Bonjour,\n\n{other} mon BTS ESF en juin 2025. {AIM}\n")
    assert status(told, "studies_finished") == "met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            f"Bonjour,\n\nJe suis quasiment diplômé d'un BTS Économie sociale familiale. {AIM}\n",
            id="quasiment_diplome",
        ),
        pytest.param(
            f"Bonjour,\n\nMa licence pro est à peu près bouclée, à Brest. {AIM}\n",
            id="licence_more_or_less_wrapped_up",
        ),
    ],
)
def test_a_hedge_on_the_end_of_the_studies_leaves_them_open(body: str) -> None:
    result = extracted(body)
    assert status(result, "studies_finished") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_a_hedge_leaves_the_studies_open_but_an_internship_nearly_over_still_runs() -> None:
    result = extracted(
        f"Bonjour,\n\nJe suis presque diplômée de ma licence pro ; mon stage est presque fini. {AIM}\n"
    )
    assert status(result, "studies_finished") == "unknown"
    assert status(result, "not_internship") == "not_met"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            f"Bonjour,\n\nJe suis en M2 de sociologie à Poitiers et l'amphi, c'est terminé depuis la "
            f"Toussaint. {AIM}\n",
            id="the_lecture_hall_is_over",
        ),
        pytest.param(
            f"Bonjour,\n\nJe suis inscrite en master de droit social à Lille ; les TD, c'est fini depuis fin "
            f"octobre. {AIM}\n",
            id="the_tutorials_are_over",
        ),
    ],
)
def test_the_teaching_alone_told_over_by_its_room_leaves_the_studies_open(body: str) -> None:
    result = extracted(body)
    assert status(result, "studies_finished") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            f"Bonjour,\n\nMaster 1 de géographie validé en juillet 2025 ; ensuite, j'ai fait une vraie pause "
            f"dans mon master 2. {AIM}\n",
            id="a_pause_in_the_m2",
        ),
        pytest.param(
            f"Hello,\n\nI passed my first year of an MA in July 2025 (M1), and then I took a break from my "
            f"M2. {EN_AIM}\n",
            id="a_break_from_the_m2",
        ),
    ],
)
def test_a_pause_taken_in_a_course_leaves_it_not_had_and_the_studies_open(body: str) -> None:
    result = extracted(body)
    assert result["education"]["bac_plus"] == 4
    assert status(result, "studies_finished") == "unknown"


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            f"Bonjour,\n\nJ'étais en troisième année de licence d'histoire. Lyon 2 ne me voit plus depuis "
            f"juin, et mes notes ne sont jamais arrivées. {AIM}\n",
            id="was_in_the_third_year",
        ),
        pytest.param(
            f"Hello,\n\nI was in the second year of a BA in sociology; the campus has not seen me since "
            f"June. {EN_AIM}\n",
            id="was_in_the_second_year",
        ),
    ],
)
def test_a_year_of_a_course_the_writer_was_in_is_not_studies_going_on_now(body: str) -> None:
    result = extracted(body)
    assert status(result, "studies_finished") != "not_met"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_an_hourglass_on_the_jurys_decision_asks_but_one_on_an_internship_says_no_studies() -> None:
    awaited = extracted(
        "Salut !\n\nLicence pro Intervention sociale, IUT de Tours :\nPartiels ✔️ (rattrapages compris)\n"
        f"Délibération du jury ⏳\n{AIM}\n"
    )
    assert status(awaited, "studies_finished") == "unknown"
    internship = extracted(
        f"Bonjour,\n\nBTS ESF obtenu en juin 2025. Stage en cours ⏳ jusqu'au 30 mars. {AIM}\n"
    )
    assert status(internship, "studies_finished") == "met"
    assert status(internship, "not_internship") == "not_met"
