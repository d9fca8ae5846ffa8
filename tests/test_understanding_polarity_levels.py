"""Levels, dates and studies finished under an operator (stop 33, the polarity round): a diploma named as what
the programme asks is nobody's, a level doubted or never assessed in the sentence after the diploma's, a day
and a month without a year on a diploma said validated, an act left as the only thing left («il ne me reste
plus qu'à soutenir»), a negation bearing on how long («pas diplômée depuis longtemps»), the taught part of a
course said over, a question on one's studies answered «non», a course put on hold, a stop told partway
through a year with only the year before validated, a step's date behind it («examen passé fin septembre»),
a resit told under a past modal. Phrasings of our own, French and English, read through `propulse extract`'s
path on 2026-11-26 (tests/reading_day.py)."""

from __future__ import annotations

from reading_day import extracted, status

_AIM = "Je cherche un poste dans une association."
_AIM_EN = "I am looking for a job in a charity."


# ---- whose diploma: the programme's condition is nobody's --------------------------------------------


def test_a_diploma_the_programme_requires_is_not_the_applicants() -> None:
    fr = extracted(
        f"Bonjour, je sais que le dispositif exige un bac+2 ; moi, je n'ai que le bac (2018). {_AIM}"
    )
    assert status(fr, "degree_level") == "not_met"
    en = extracted(f"Hello, I know you require a two-year degree, but I only have A-levels (2018). {_AIM_EN}")
    assert status(en, "degree_level") == "not_met"
    # a diploma in a clause of its own under «si vous acceptez …» stays the writer's
    own = extracted(
        f"Bonjour, si vous acceptez les parcours atypiques, voici le mien : un master obtenu en 2025. {_AIM}"
    )
    assert status(own, "degree_level") == "met"


# ---- a level doubted in the next sentence -------------------------------------------------------------


def test_a_level_never_assessed_in_the_next_sentence_leaves_the_level_open() -> None:
    fr = extracted(
        f"Bonjour, j'ai un HND de Dundee, obtenu en 2025. Il n'a jamais été évalué par ENIC-NARIC. {_AIM}"
    )
    assert status(fr, "degree_level") == "unknown"
    en = extracted(
        f"Hello, I got an HND in business from a college in Aberdeen in 2025. It has never been assessed by "
        f"ENIC-NARIC, so I can't tell whether it counts as a bac+2 here. {_AIM_EN}"
    )
    assert status(en, "degree_level") == "unknown"


# ---- a day and a month without a year -----------------------------------------------------------------


def test_a_diploma_validated_since_a_day_and_month_is_dated_that_month() -> None:
    fr = extracted(
        f"Bonjour, c'est bon : le diplôme est validé depuis le 14 octobre (master d'urbanisme, Tours). {_AIM}"
    )
    assert fr["education"]["graduation"] == "2026-10"
    assert status(fr, "graduation_recent") == "met"
    en = extracted(
        f"Hello, good news: the degree has been awarded since 3 October (MSc in urban planning). {_AIM_EN}"
    )
    assert en["education"]["graduation"] == "2026-10"
    assert status(en, "graduation_recent") == "met"


# ---- what is left ------------------------------------------------------------------------------------


def test_only_the_defence_left_keeps_the_studies_going() -> None:
    fr = extracted(
        f"Bonjour, ma licence pro de médiation touche à sa fin : le rapport est déposé, "
        f"il ne me reste plus qu'à soutenir en février. {_AIM}"
    )
    assert status(fr, "studies_finished") == "not_met"
    en = extracted(
        f"Hello, my MA in mediation is nearly done: all I have left is to resit one exam in March. {_AIM_EN}"
    )
    assert status(en, "studies_finished") == "not_met"
    # nothing left is no act left
    none = extracted(
        f"Bonjour, master de médiation obtenu en juin 2026, il ne me reste plus rien à soutenir. {_AIM}"
    )
    assert status(none, "studies_finished") == "met"


# ---- the negation bearing on how long ----------------------------------------------------------------


def test_not_graduated_for_long_is_graduated_lately_with_the_date_open() -> None:
    fr = extracted(
        f"Bonjour, je ne suis pas diplômé depuis très longtemps : j'ai un BTS ESF obtenu à Rennes. {_AIM}"
    )
    assert status(fr, "studies_finished") == "met"
    assert status(fr, "graduation_recent") == "unknown"
    en = extracted(f"Hello, I haven't been graduated for long: I have a BA in sociology from Lyon. {_AIM_EN}")
    assert status(en, "studies_finished") == "met"


# ---- the taught part over, the course not said over -------------------------------------------------


def test_classes_over_while_enrolled_leave_the_studies_open() -> None:
    fr = extracted(
        f"Bonjour, je suis en M2 de géographie à Lille, les cours sont déjà terminés depuis octobre. {_AIM}"
    )
    assert status(fr, "studies_finished") == "unknown"
    en = extracted(
        f"Hello, I am enrolled in an MSc in social policy, and the lectures are already finished. {_AIM_EN}"
    )
    assert status(en, "studies_finished") == "unknown"
    # the thesis said left: the other readers tell (still going on)
    left = extracted(
        f"Bonjour, je suis en M2 de géographie. Les cours sont finis, le mémoire non : "
        f"je le rends en mars. {_AIM}"
    )
    assert status(left, "studies_finished") == "not_met"
    # classes not over yet keep the studies going
    going = extracted(
        f"Bonjour, je suis en M2 de géographie à Lille, les cours ne sont pas encore finis. {_AIM}"
    )
    assert status(going, "studies_finished") == "not_met"


# ---- a question answered «non» -----------------------------------------------------------------------


def test_a_question_on_ones_studies_answered_no_denies_them() -> None:
    fr = extracted(
        f"Bonjour, mes amis me demandent si je suis toujours étudiante : non, j'ai obtenu mon master en juin "
        f"2025. {_AIM}"
    )
    assert status(fr, "studies_finished") == "met"
    en = extracted(
        f"Hello, people ask whether I'm still a student: no, I finished my MSc in July 2025. {_AIM_EN}"
    )
    assert status(en, "studies_finished") == "met"


# ---- a course put on hold ----------------------------------------------------------------------------


def test_a_course_put_on_hold_is_not_had_and_leaves_the_studies_open() -> None:
    fr = extracted(
        f"Bonjour, j'ai validé mon M1 de droit en juin 2025 ; mon M2, je l'ai mis en pause en février. {_AIM}"
    )
    assert fr["education"]["bac_plus"] == 4
    assert status(fr, "studies_finished") == "unknown"
    en = extracted(
        f"Hello, I passed my M1 in law in June 2025, and I have put my M2 on hold since January. {_AIM_EN}"
    )
    assert status(en, "studies_finished") == "unknown"


# ---- a stop partway through a year, only the year before validated ----------------------------------


def test_a_stop_partway_through_the_second_year_with_only_the_first_validated_fails_the_level() -> None:
    fr = extracted(
        f"Bonjour, bac en 2020, puis j'ai quitté la licence en cours de L2 ; je n'ai validé que la L1. {_AIM}"
    )
    assert fr["education"]["bac_plus"] == 1
    assert status(fr, "degree_level") == "not_met"
    assert status(fr, "studies_finished") == "met"


# ---- a date behind a step told done, a resit under a past modal ------------------------------------


def test_a_last_exam_passed_at_the_end_of_a_month_behind_is_no_run_ahead() -> None:
    fr = extracted(f"Bonjour, j'ai terminé mon BTS ESF : dernière épreuve passée fin septembre. {_AIM}")
    assert status(fr, "studies_finished") == "met"
    assert status(fr, "degree_level") == "met"


def test_a_resit_one_had_to_take_in_a_month_behind_is_done() -> None:
    fr = extracted(
        f"Bonjour, j'ai eu mon DUT Carrières sociales en juin, j'ai dû rattraper un module en "
        f"septembre. {_AIM}"
    )
    assert status(fr, "studies_finished") != "not_met"
    en = extracted(f"Hello, I got my HND in June, but I had to resit a module in September. {_AIM_EN}")
    assert status(en, "studies_finished") != "not_met"


# ---- the last step not yet held, the decision still awaited in the next sentence --------------------


def test_a_defence_not_yet_held_keeps_the_studies_going_and_put_off_leaves_them_open() -> None:
    going = extracted(
        f"Bonjour, j'ai fini les cours de mon master d'histoire, "
        f"mais ma soutenance n'a pas encore eu lieu. {_AIM}"
    )
    assert status(going, "studies_finished") == "not_met"
    put_off = extracted(
        f"Bonjour, master d'histoire (2025). Ma soutenance n'a toujours pas eu lieu : elle a été décalée, "
        f"sans nouvelle date. {_AIM}"
    )
    assert status(put_off, "studies_finished") == "unknown"
    unscheduled = extracted(
        f"Bonjour, j'ai terminé les cours de mon master à Dakar ; "
        f"la soutenance n'est pas encore fixée. {_AIM}"
    )
    assert status(unscheduled, "studies_finished") == "unknown"
    en = extracted(
        f"Hello, I completed the taught part of my MA in history, "
        f"but my viva has not taken place yet. {_AIM_EN}"
    )
    assert status(en, "studies_finished") == "not_met"


def test_results_still_awaited_in_the_next_sentence_leave_the_diploma_pending() -> None:
    fr = extracted(
        f"Bonjour, j'ai passé mon DUT GEA en juin. Toujours pas de résultats du jury, "
        f"l'IUT ne dit rien. {_AIM}"
    )
    assert fr["education"]["graduation"] is None
    assert status(fr, "graduation_recent") == "unknown"
    en = extracted(f"Hello, I passed my HND in business in June. The exam board has not met yet. {_AIM_EN}")
    assert en["education"]["graduation"] is None


# ---- a single year after a dated bac keeps the bac's year ---------------------------------------------


def test_a_single_year_left_after_a_dated_bac_keeps_the_bacs_year() -> None:
    fr = extracted(
        f"Bonjour, bac STMG en 2019 ; j'ai quitté la fac après la première année de licence d'histoire "
        f"(validée). {_AIM}"
    )
    assert (fr["education"]["bac_plus"], fr["education"]["graduation"]) == (1, "2019")
    assert status(fr, "degree_level") == "not_met"
    en = extracted(
        f"Hello, I got my A-levels in 2019, then did one year of university (passed) and stopped. {_AIM_EN}"
    )
    assert (en["education"]["bac_plus"], en["education"]["graduation"]) == (1, "2019")
