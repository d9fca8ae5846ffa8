"""Facts that rule someone out beside a diploma that qualifies them (the tensions corpus, slice t-out): a
course followed now after the diploma (a second master, a DU, a prépa of a year, a training of months, a
postgraduate certificate) is studies running, whatever the diploma had before; a course of a few weeks, a
course over, or another's course is not."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_second_master_followed_since_september_is_studies_running() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai une licence de géographie obtenue en 2025. Faute d'embauche, je fais un "
        "deuxième master en apprentissage à Rennes depuis septembre. Je cherche ensuite un emploi dans une "
        "coopérative.\n\nInès Martin"
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_prepa_followed_this_year_is_studies_running() -> None:
    result = extracted(
        "Bonjour,\n\nMaster de sociologie validé en juillet 2026. Cette année je suis une prépa à "
        "l'institut d'études politiques, avec des cours chaque matin. J'aimerais travailler dans une "
        "fondation.\n\nInès Martin"
    )
    assert status(result, "studies_finished") == "not_met"


def test_an_enrolment_in_a_du_with_its_end_ahead_is_studies_running() -> None:
    result = extracted(
        "Bonjour,\n\nBUT carrières sociales obtenu en juin 2026. Je suis inscrit dans un DU "
        "d'accompagnement des publics précaires jusqu'en mai 2027. Je cherche un poste dans une "
        "association d'insertion.\n\nInès Martin"
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_trainee_of_vocational_training_until_spring_is_studies_running() -> None:
    result = extracted(
        "Bonjour,\n\nBTS SP3S obtenu en 2025. Je suis stagiaire de la formation professionnelle "
        "jusqu'en mars, quatre jours par semaine en centre, pour un titre d'assistant de direction. Je "
        "voudrais ensuite travailler dans une mutuelle.\n\nInès Martin"
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_postgraduate_certificate_that_runs_until_summer_is_studies_running() -> None:
    result = extracted(
        "Hello,\n\nI got my BA in sociology in June 2026. Last month I enrolled on a postgraduate "
        "certificate in community work which runs until July, with classes on Tuesday evenings. I'm "
        "looking for a job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_training_of_a_few_weeks_is_not_studies_running() -> None:
    result = extracted(
        "Bonjour,\n\nLicence d'économie obtenue en juin 2026. Je suis une formation de quatre semaines "
        "jusqu'en décembre sur la gestion associative. Je cherche un emploi dans une association.\n\n"
        "Inès Martin"
    )
    assert status(result, "studies_finished") == "met"


def test_a_short_course_in_english_is_not_studies_running() -> None:
    result = extracted(
        "Hello,\n\nI got my BA in history in June 2026. I enrolled in a three-week course on fundraising "
        "which runs until December. I'm looking for a job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "studies_finished") == "met"


def test_a_du_followed_by_a_sister_is_not_the_writers_studies() -> None:
    result = extracted(
        "Bonjour,\n\nLicence pro obtenue en juin 2026. Ma sœur est inscrite dans un DU de santé publique "
        "jusqu'en juin 2027 ; moi, je cherche un emploi dans une association de prévention.\n\nInès Martin"
    )
    assert status(result, "studies_finished") == "met"


def test_a_course_followed_until_a_month_passed_is_not_studies_running() -> None:
    result = extracted(
        "Hello,\n\nI got my BA in June 2025. I enrolled in a postgraduate certificate which ran until "
        "October 2026, and it is over. I'm looking for a job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "studies_finished") == "met"
