"""Verdicts a careful coordinator would leave open (the circumstances corpus, h-copen): a diploma's level
left open by a recognition awaited, a level only believed or a private school's bachelor; years of a trade
counted vaguely («plusieurs années», «un bon moment»); a search split between the ESS and a shop or a
software publisher; an internship the writer ends this month, no day said; and two kinds — a question on
the programme's workshops or costs, and joining only supposed under «si» or put ahead by «avant de»."""

from __future__ import annotations

from reading_day import extracted, kind, status

# ---------------------------------------------------------------- a level left open


def test_a_foreign_licence_whose_comparability_statement_is_awaited_leaves_the_level_open() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu en juin 2025 une licence de droit à l'université de Yaoundé ; ma demande "
        "d'attestation de comparabilité est toujours en attente.\nJe cherche un poste de juriste dans une "
        "association d'accès au droit.\n\nClarisse Mbarga"
    )
    assert status(result, "degree_level") == "unknown"
    assert status(result, "graduation_recent") == "met"


def test_a_bsc_whose_enic_naric_statement_is_still_awaited_leaves_the_level_open() -> None:
    result = extracted(
        "Hello,\n\nI earned a BSc in Economics in Accra in July 2025; my comparability statement from "
        "ENIC-NARIC is still awaited. I am looking for a job in a community cooperative.\n\nKwame Boateng",
        subject="Application",
    )
    assert status(result, "degree_level") == "unknown"


def test_a_level_the_writer_only_believes_leaves_an_unnamed_title_open() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai décroché en avril 2026 un titre de niveau 6, il me semble, en gestion de projets "
        "culturels.\nJe voudrais travailler dans une association culturelle.\n\nRomane Vidal"
    )
    assert status(result, "degree_level") == "unknown"


def test_a_level_6_title_the_writer_thinks_it_is_leaves_the_level_open() -> None:
    result = extracted(
        "Hi,\n\nIn April 2026 I was awarded a titre de niveau 6, I think, in cultural project management. "
        "I would like to work for a community arts association.\n\nRomane Vidal",
        subject="Application",
    )
    assert status(result, "degree_level") == "unknown"


def test_a_belief_on_the_rule_that_places_a_bts_leaves_the_bts_a_bac_plus_2() -> None:
    # A guard (it passed before the change): the belief reader must not reach a diploma named by its name.
    result = extracted(
        "Bonjour,\n\nJ'ai eu mon BTS SP3S en juin 2025, c'est un bac+2 je crois.\nJe cherche un poste dans "
        "une association d'aide à domicile.\n\nRomane Vidal"
    )
    assert status(result, "degree_level") == "met"


def test_a_bachelor_of_a_private_school_leaves_the_level_open() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai terminé en juin 2026 un bachelor Marketing digital dans une école supérieure "
        "privée de Nantes.\nJe cherche un poste de chargé de communication dans une association.\n\n"
        "Hugo Lemaire"
    )
    assert status(result, "degree_level") == "unknown"


def test_a_bachelor_from_a_private_business_school_leaves_the_level_open() -> None:
    result = extracted(
        "Hello,\n\nIn June 2026 I completed a Bachelor in Hospitality Management at a private business "
        "school in Lyon. I am looking for a job in a social enterprise.\n\nHugo Lemaire",
        subject="Application",
    )
    assert status(result, "degree_level") == "unknown"


# ---------------------------------------------------------------- a career left open


def test_several_years_as_a_waiter_before_the_degree_leave_the_career_change_open() -> None:
    result = extracted(
        "Bonjour,\n\nAprès plusieurs années comme serveur, j'ai repris mes études : BTS Économie sociale "
        "familiale, obtenu en juin 2026.\nJe cherche un poste dans un centre social.\n\nMalik Ferhat"
    )
    assert status(result, "not_career_change") == "unknown"


def test_several_years_as_a_bus_driver_before_the_degree_leave_the_career_change_open() -> None:
    result = extracted(
        "Hello,\n\nAfter several years as a bus driver, I went back to university and got my BA in social "
        "sciences in June 2026. I am looking for a job in a charity.\n\nMalik Ferhat",
        subject="Application",
    )
    assert status(result, "not_career_change") == "unknown"


def test_a_good_while_in_a_fathers_garage_leaves_the_career_change_open() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai travaillé un bon moment dans le garage de mon père, avant de faire un master "
        "d'économie sociale, obtenu en septembre 2026.\nJe cherche un poste dans une coopérative.\n\nMalik "
        "Ferhat"
    )
    assert status(result, "not_career_change") == "unknown"


def test_quite_a_while_at_an_aunts_bakery_leaves_the_career_change_open() -> None:
    result = extracted(
        "Hello,\n\nI worked quite a while at my aunt's bakery before my master's in social economy, which I "
        "got in September 2026. I am looking for a job in a cooperative.\n\nMalik Ferhat",
        subject="Application",
    )
    assert status(result, "not_career_change") == "unknown"


# ---------------------------------------------------------------- an aim left open


def test_an_association_or_a_shop_of_the_retail_park_leaves_the_ess_search_open() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un BTS MCO obtenu en juin 2025. Je prendrai le poste le plus proche de chez moi, "
        "une association ou un magasin du centre commercial.\n\nJade Roux"
    )
    assert status(result, "job_seeking_ess") == "unknown"


def test_a_food_coop_or_a_retail_store_leaves_the_ess_search_open() -> None:
    result = extracted(
        "Hello,\n\nI got my BA in June 2025. I am looking for a job at a food co-op or at a retail store "
        "near my flat.\n\nJade Roux",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "unknown"


def test_a_scop_or_a_big_software_publisher_leaves_the_ess_search_open() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un master MIAGE obtenu en juin 2025. Je cherche un poste de développeur dans une "
        "SCOP ou chez un gros éditeur de logiciels, cela m'est égal.\n\nJade Roux"
    )
    assert status(result, "job_seeking_ess") == "unknown"


def test_a_workers_coop_or_a_big_software_publisher_leaves_the_ess_search_open() -> None:
    result = extracted(
        "Hello,\n\nI got my MSc in computing in June 2025. I am looking for a developer job at a workers' "
        "co-op or at a big software publisher, I don't mind which.\n\nJade Roux",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "unknown"


# ---------------------------------------------------------------- an internship ending this month


def test_an_internship_the_writer_finishes_this_month_leaves_it_open() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu mon DUT en juin 2026 et je finis ce mois-ci mon stage au musée de la ville."
        "\nJe cherche ensuite un emploi dans une association culturelle.\n\nLéna Morel"
    )
    assert status(result, "not_internship") == "unknown"


def test_an_internship_i_complete_this_month_leaves_it_open() -> None:
    result = extracted(
        "Hello,\n\nI got my BA in June 2026 and I complete this month my internship at a city museum. Then I "
        "want a job in a community arts charity.\n\nLena Morel",
        subject="Application",
    )
    assert status(result, "not_internship") == "unknown"


# ---------------------------------------------------------------- kinds


def test_a_question_on_the_workshops_days_is_a_question() -> None:
    body = "Bonjour,\n\nJe suis en poste la journée. Les ateliers finissent-ils après 18 heures ?\n\nNora"
    assert kind(body, "Horaires") == "question"


def test_a_question_on_the_workshops_costs_is_a_question() -> None:
    body = "Hello,\n\nI live far from town. Are the travel expenses for the workshops refunded?\n\nNora"
    assert kind(body, "Travel") == "question"


def test_joining_supposed_under_si_asks_a_question_it_applies_for_nothing() -> None:
    body = (
        "Bonjour,\n\nUne question avant de postuler : si je rejoins Pro'pulse, est-ce que je garde mon "
        "allocation logement pendant le programme ?\n\nMerci,\nNora"
    )
    assert kind(body, "Allocation logement") == "question"


def test_joining_supposed_under_if_asks_a_question_it_applies_for_nothing() -> None:
    body = (
        "Hello,\n\nA quick question before I apply: if I join Pro'pulse, will my housing benefit be "
        "stopped during the programme?\n\nThanks,\nNora"
    )
    assert kind(body, "Housing benefit") == "question"


def test_a_private_schools_bachelor_whose_length_is_told_keeps_its_level() -> None:
    # A guard (it passed before the change): «3 ans» beside the private bachelor tells its level.
    result = extracted(
        "Bonjour,\n\nJ'ai fini en 2025 un bachelor en gestion (école privée, 3 ans) et je cherche un emploi "
        "dans une association.\n\nKevin Lam"
    )
    assert status(result, "degree_level") == "met"


def test_a_workshop_a_partner_proposes_to_run_with_us_is_no_question_on_ours() -> None:
    # A guard: «un atelier» proposed by a partner is not the programme's workshops asked about.
    body = (
        "Bonjour,\n\nNous organisons une journée sur l'emploi des jeunes le 3 décembre. Seriez-vous partants "
        "pour animer un atelier avec nous ?\n\nAnne Roy, maison de l'emploi"
    )
    assert kind(body, "Journée emploi") != "question"
