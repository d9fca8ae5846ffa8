"""A fact renamed, narrowed or outgrown by its writer (the repairs corpus, r-scope): the state a relative
clause denies or a new name replaces gives way to what is named after it, a word the writer disowns or that
others use says nothing of the writer, an internship outgrown is a former one, a thing named again closer
is the closer one, an end narrowed to another end is the later one."""

from __future__ import annotations

from reading_day import extracted, status


def test_an_internship_the_writer_says_was_not_one_is_the_job_named_after_it() -> None:
    result = extracted(
        "Bonjour,\n\nLicence de sociologie obtenue en juin 2025. Je fais mon stage à la mairie de Vienne — "
        "qui n'en est pas vraiment un : un CDD d'agent d'accueil, jusqu'en mars.\nJe cherche ensuite un "
        "poste dans une association d'éducation populaire.\n\nLéo Marchal"
    )
    assert status(result, "not_internship") == "met"


def test_an_internship_which_was_not_one_in_english_is_no_internship() -> None:
    result = extracted(
        "Hello,\n\nI got my BA in Politics in July 2025. I'm doing my internship at a food bank, which isn't "
        "really one: a paid fixed-term job until April.\nAfterwards I'm looking for a job in a "
        "cooperative.\n\nLeo Marchal",
        subject="Application",
    )
    assert status(result, "not_internship") == "met"


def test_a_career_change_whose_word_the_writer_disowns_is_no_career_change() -> None:
    result = extracted(
        "Bonjour,\n\nMa « reconversion », c'est un bien grand mot : avant mon BTS je n'ai eu que des jobs "
        "d'été.\nBTS Économie sociale familiale obtenu en juin 2026. Je cherche un poste de conseillère "
        "dans une association.\n\nLéa Marchal"
    )
    assert status(result, "not_career_change") == "met"


def test_a_career_change_called_the_wrong_word_in_english_is_no_career_change() -> None:
    result = extracted(
        'Hello,\n\nAbout my "career change" — wrong word: before my degree I only had weekend jobs.\nI got '
        "my BA in Social Work in June 2026 and I'm looking for a job in a charity.\n\nLea Marchal",
        subject="Application",
    )
    assert status(result, "not_career_change") == "met"


def test_an_internship_the_writer_has_outgrown_is_a_former_one() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis stagiaire à la coopérative Railcoop — enfin, plus seulement stagiaire : ils "
        "m'ont embauché en CDD le 3 novembre, jusqu'en mai.\nMaster d'économie obtenu en septembre 2025. "
        "Ensuite, je cherche un poste dans une coopérative.\n\nLéo Marchal"
    )
    assert status(result, "not_internship") == "met"


def test_an_intern_no_longer_one_in_english_is_a_former_intern() -> None:
    result = extracted(
        "Hi,\n\nI graduated with an MA in Economics in September 2025. I'm an intern at a credit union — "
        "well, not just an intern anymore: they took me on as staff in October, until May.\nAfter May "
        "I'd like a job in a cooperative.\n\nLeo Marchal",
        subject="Application",
    )
    assert status(result, "not_internship") == "met"


def test_an_internship_named_by_the_others_is_not_the_writers_word() -> None:
    result = extracted(
        "Bonjour,\n\nLicence d'histoire obtenue en juin 2025. Je fais un CDD à la ressourcerie jusqu'en "
        "mars, tout le monde ici l'appelle « mon stage » parce que je suis la plus jeune.\nJe cherche un "
        "poste durable dans une association.\n\nLéa Marchal"
    )
    assert status(result, "not_internship") == "met"


def test_a_course_narrowed_to_two_days_is_no_studies() -> None:
    result = extracted(
        "Bonjour,\n\nMaster de géographie obtenu en juin 2025. Je suis en formation cette semaine, disons "
        "une formation de deux jours sur l'accueil du public, rien de diplômant.\nJe cherche un poste dans "
        "une association.\n\nLéo Marchal"
    )
    assert status(result, "studies_finished") == "met"


def test_an_internship_renamed_a_job_is_no_internship() -> None:
    result = extracted(
        "Bonjour,\n\nBUT Carrières sociales obtenu en juin 2026. Je termine en février mon stage à "
        "l'épicerie solidaire — il faudrait plutôt dire mon contrat de travail, je suis payée au "
        "SMIC.\nJe cherche ensuite un poste dans une association.\n\nLéa Marchal"
    )
    assert status(result, "not_internship") == "met"


def test_an_internship_renamed_in_english_is_no_internship() -> None:
    result = extracted(
        "Hello,\n\nI got my BA in July 2026. I'm finishing my internship at a housing charity in March — I "
        "should say my fixed-term job, I'm on the payroll.\nThen I'd like a job in an association.\n\nLea "
        "Marchal",
        subject="Application",
    )
    assert status(result, "not_internship") == "met"


def test_a_civic_service_whose_end_is_narrowed_to_a_later_one_still_runs() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis en service civique aux Restos du cœur jusqu'en octobre, enfin, jusqu'à fin "
        "février : la mission a été prolongée.\nDUT Carrières sociales obtenu en juin 2025. Je cherche un "
        "poste dans une association.\n\nLéo Marchal"
    )
    assert status(result, "not_service_civique") == "not_met"


def test_a_civic_service_narrowed_until_a_later_end_in_english_still_runs() -> None:
    result = extracted(
        "Hello,\n\nI'm in civic service until October, I mean until the end of February: it was extended.\nI "
        "got my BA in June 2025 and I'm looking for a job in an association.\n\nLeo Marchal",
        subject="Application",
    )
    assert status(result, "not_service_civique") == "not_met"


def test_a_name_the_writer_gives_themself_is_kept() -> None:
    result = extracted(
        "Bonjour,\n\nLicence obtenue en juin 2025. Je suis en stage à la Ligue de l'enseignement jusqu'en "
        "mars ; je l'appelle « mon stage de la dernière chance ».\nJe cherche ensuite un poste dans une "
        "association.\n\nLéa Marchal"
    )
    assert status(result, "not_internship") == "not_met"


def test_a_volunteer_not_only_a_volunteer_with_no_word_of_today_keeps_both() -> None:
    result = extracted(
        "Hello,\n\nI'm a volunteer at a food bank — not just a volunteer: I also coordinate the Saturday "
        "team. I got my BA in June 2025 and I'm looking for a job in a charity.\n\nLeo Marchal",
        subject="Application",
    )
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_volunteer_grown_into_years_of_salaried_work_is_a_career_before_the_diploma() -> None:
    result = extracted(
        "Bonjour,\n\nAvant ma licence de sociologie (juin 2026), j'ai été bénévole au Secours populaire. Pas "
        "seulement bénévole : ambulancier salarié à plein temps de 2013 à 2022, et bénévole le "
        "dimanche.\nJe cherche un poste dans une association.\n\nLéo Marchal"
    )
    assert status(result, "not_career_change") == "not_met"


def test_a_volunteer_grown_into_nine_years_as_a_driver_in_english_is_a_career() -> None:
    result = extracted(
        "Hello,\n\nBefore my BA in Social Work (June 2026), I was a volunteer at a youth club. Not only a "
        "volunteer: a salaried bus driver for nine years, full time, and a volunteer at weekends.\nI'm "
        "looking for a job in a charity.\n\nLeo Marchal",
        subject="Application",
    )
    assert status(result, "not_career_change") == "not_met"


def test_an_internship_over_but_for_its_report_still_due_leaves_the_studies_unfinished() -> None:
    result = extracted(
        "Bonjour,\n\nMon stage de fin de master à la Cimade est terminé, hormis le rapport, à rendre le 10 "
        "décembre, dont dépend la validation de mon master de droit.\nJe cherche un emploi dans une "
        "association.\n\nLéa Marchal"
    )
    assert status(result, "studies_finished") == "not_met"


def test_everything_finished_and_a_save_for_opening_another_clause_changes_nothing() -> None:
    result = extracted(
        "Bonjour,\n\nLicence pro obtenue en juin 2025. J'ai tout fini, à part ça je cherche un emploi dans "
        "une association.\n\nLéa Marchal"
    )
    assert result["eligibility"]["verdict"] == "eligible"


def test_an_exception_that_tells_its_own_state_is_left_to_the_readers() -> None:
    result = extracted(
        "Bonjour,\n\nLicence pro obtenue en juin 2026. Tous mes stages sont finis, sauf celui de la mairie "
        "de Lens, qui dure jusqu'en mars.\nJe cherche ensuite un emploi dans une association.\n\nLéa Marchal"
    )
    assert status(result, "not_internship") == "not_met"
