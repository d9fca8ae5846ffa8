"""Two dates, two diplomas (the tensions corpus, t-date): the most recent diploma of bac+2 or more dates the
graduation while the highest gives the level; a date put right in a postscript replaces the letter's."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_recent_bts_after_an_old_master_dates_the_graduation() -> None:
    result = extracted(
        "Bonjour,\n\nMon parcours compte deux diplômes : une maîtrise, pardon un master d'histoire, obtenu "
        "en 2014, puis un BTS Services et prestations des secteurs sanitaire et social décroché en juillet "
        "2025 après une longue pause. Je cherche un poste de coordinatrice dans une association d'aide à "
        "domicile.\n\nInès Martin"
    )
    assert result["education"]["bac_plus"] == 5
    assert result["education"]["graduation"] == "2025-07"
    assert status(result, "graduation_recent") == "met"


def test_a_recent_hnd_after_an_old_msc_dates_the_graduation() -> None:
    result = extracted(
        "Hello,\n\nI hold an MSc in chemistry from 2013 and, after years at home raising my kids, an HND in "
        "Social Care awarded in June 2025. I am looking for a job in a charity supporting carers.\n\nInes "
        "Martin",
        subject="Application",
    )
    assert result["education"]["graduation"] == "2025-06"
    assert status(result, "graduation_recent") == "met"


def test_a_recent_cap_does_not_renew_an_old_licence() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai une licence de géographie de 2019, et depuis juin 2026 un CAP Accompagnant "
        "éducatif petite enfance. Je cherche un poste dans une crèche associative.\n\nInès Martin"
    )
    assert status(result, "graduation_recent") == "not_met"


def test_a_year_put_right_in_a_postscript_replaces_the_letters() -> None:
    result = extracted(
        "Bonjour,\n\nDiplômée d'une licence professionnelle Métiers de l'animation sociale en septembre "
        "2022, je cherche un emploi dans une maison de quartier.\n\nInès Martin\n\nP.S. : coquille dans "
        "mon message, c'était septembre 2025, pas 2022."
    )
    assert result["education"]["graduation"] == "2025-09"
    assert status(result, "graduation_recent") == "met"


def test_a_year_put_right_in_an_english_postscript_replaces_the_letters() -> None:
    result = extracted(
        "Hi,\n\nI finished my BA in Youth Work in May 2025 and I'm after a job in a youth charity.\n\nInes "
        "Martin\n\nPS: typo above, it was May 2022.",
        subject="Application",
    )
    assert result["education"]["graduation"] == "2022-05"
    assert status(result, "graduation_recent") == "not_met"


def test_a_postscript_dating_something_else_leaves_the_diploma_date() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu mon BTS ESF en 2025 et je cherche un poste dans un centre social.\n\nInès "
        "Martin\n\nP.S. Correction : mon stage a pris fin le 13 novembre."
    )
    assert result["education"]["graduation"] == "2025"


def test_a_month_told_between_the_verb_and_the_diploma_dates_it() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai décroché en juillet le DEJEPS animation socio-éducative, après deux ans de "
        "formation. Je cherche un poste de coordinateur dans une fédération d'éducation populaire.\n\nInès "
        "Martin"
    )
    assert result["education"]["graduation"] == "2026-07"
    assert status(result, "graduation_recent") == "met"


def test_a_month_before_a_course_begun_is_no_graduation() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai commencé en septembre un master Économie sociale et solidaire à Lille. Je cherche "
        "une alternance dans une coopérative.\n\nInès Martin"
    )
    assert result["education"]["graduation"] is None


def test_a_year_the_writer_calls_the_year_of_entry_does_not_date_the_diploma() -> None:
    result = extracted(
        "Bonjour,\n\nMon CV indique « DUT Carrières sociales, 2021 » : en réalité c'est mon année d'entrée. "
        "Le diplôme date de juillet 2025, après une année de césure. Je cherche un poste d'animatrice dans "
        "une maison des jeunes.\n\nInès Martin"
    )
    assert result["education"]["graduation"] == "2025-07"
    assert status(result, "graduation_recent") == "met"


def test_a_year_the_writer_calls_the_year_they_started_does_not_date_the_degree() -> None:
    result = extracted(
        'Hello,\n\nMy profile says "BA Social Policy, 2020", but that\'s the year I started: I took '
        "time out for health reasons. My degree dates from June 2025. I am looking for a job in a "
        "housing charity.\n\nInes Martin",
        subject="Application",
    )
    assert result["education"]["graduation"] == "2025-06"
    assert status(result, "graduation_recent") == "met"
