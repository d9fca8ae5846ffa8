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


# Years of a trade held full time before the degree: the rhythm said between the years and the role.


def test_years_held_full_time_as_a_tradesman_before_the_degree_are_a_career() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai eu mon BTS SP3S en juin 2026, en formation du soir. Auparavant j'ai passé six "
        "ans à temps plein comme carreleur à mon compte. Je cherche un poste dans une association de "
        "l'habitat.\n\nInès Martin"
    )
    assert status(result, "not_career_change") == "not_met"


def test_years_spent_full_time_as_a_warehouse_picker_before_the_degree_are_a_career() -> None:
    result = extracted(
        "Hello,\n\nI got my BA in social policy in July 2026. Before that I spent seven years full-time as a "
        "warehouse picker. I'm looking for a job in a housing charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_career_change") == "not_met"


# An ESS aim put off to some day, with nothing sought in the ESS now.


def test_an_association_wished_for_some_day_but_not_right_away_is_no_search_now() -> None:
    result = extracted(
        "Bonjour,\n\nMaster de finance obtenu en juillet 2026. Je lance mon agence de conseil avec un ami, "
        "c'est mon projet. Travailler dans une coopérative, peut-être un jour, mais pas tout de suite.\n\n"
        "Inès Martin"
    )
    assert status(result, "job_seeking_ess") == "not_met"


def test_a_charity_job_wished_for_one_day_after_a_phd_is_no_search_now() -> None:
    result = extracted(
        "Hello,\n\nI completed my MSc in biology in September 2026. My plan is a PhD in a lab in Lyon; one "
        "day I would like to work for an environmental charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "not_met"


def test_an_association_sought_now_beside_one_dreamt_of_some_day_is_a_search_now() -> None:
    result = extracted(
        "Bonjour,\n\nLicence d'histoire obtenue en juin 2026. Je cherche un poste de médiatrice dans une "
        "association culturelle. Un jour, j'aimerais diriger une fondation.\n\nInès Martin"
    )
    assert status(result, "job_seeking_ess") == "met"


def test_one_day_a_week_in_an_association_puts_nothing_off() -> None:
    result = extracted(
        "Bonjour,\n\nBTS ESF obtenu en juin 2026. J'aimerais travailler dans une association d'aide aux "
        "familles, même un jour par semaine pour commencer.\n\nInès Martin"
    )
    assert status(result, "job_seeking_ess") == "met"


# Every sector wanted, the ESS one of them: the search is open to any sector, not an ESS search.


def test_every_sector_of_interest_with_an_association_among_them_leaves_the_search_open() -> None:
    result = extracted(
        "Bonjour,\n\nBUT GEA obtenu en juin 2026. Je suis ouverte à tous les secteurs : l'industrie, "
        "l'assurance, une association si ça se trouve.\n\nInès Martin"
    )
    assert status(result, "job_seeking_ess") == "unknown"


def test_all_sectors_considered_with_a_charity_among_them_leaves_the_search_open() -> None:
    result = extracted(
        "Hello,\n\nI got my BA in management in July 2026. I am considering all sectors, from logistics to "
        "banking, and a charity would do too.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "unknown"


def test_every_sector_of_the_social_economy_is_an_ess_search() -> None:
    result = extracted(
        "Bonjour,\n\nLicence pro obtenue en juin 2026. Je cherche un poste d'assistante de gestion, tous les "
        "secteurs de l'économie sociale et solidaire m'intéressent.\n\nInès Martin"
    )
    assert status(result, "job_seeking_ess") == "met"


def test_a_light_online_du_a_form_s_student_box_was_ticked_for_stays_asked() -> None:
    result = extracted(
        "Bonjour,\n\nMaster obtenu en juin 2026. Sur le formulaire, j'ai coché « étudiante » parce que je me "
        "suis inscrite à un DU en ligne de gestion de projet (deux heures par semaine, jusqu'en avril). Je "
        "cherche un emploi dans une association.\n\nInès Martin"
    )
    assert status(result, "studies_finished") == "unknown"
