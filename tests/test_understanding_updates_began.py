"""A person writing again after her first mail (the updates corpus's ways «a situation begun since», «a search
turned», «a relaunch», stop 51): a withdrawal is other mail, its reasons no applicant's facts; a relaunch
asking where the file stands is a question; her own first mail quoted bare under a turned aim is still
hers. Phrasings of our own, French first and English twins, read on 2026-11-26."""

from __future__ import annotations

from reading_day import kind, read, status

# A withdrawal: the application taken back, the situation begun told as its reason.


def test_a_withdrawal_whose_reason_is_a_course_begun_is_other_mail() -> None:
    body = (
        "Bonjour,\n\nFinalement je retire ma candidature : mon BTS en alternance a démarré la semaine "
        "dernière et je n'aurai pas le temps.\n\nBonne continuation,\nNina"
    )
    assert kind(body, "Ma candidature") == "other"


def test_an_english_withdrawal_because_a_masters_started_is_other_mail() -> None:
    body = "Hello,\n\nI withdraw my application: my master's degree started in October.\n\nBest,\nNina"
    assert kind(body, "Programme") == "other"


def test_a_subject_saying_retrait_de_ma_candidature_over_a_job_begun_is_other_mail() -> None:
    body = (
        "Bonjour,\n\nJ'ai commencé lundi un CDI dans une mutuelle. Merci de fermer mon dossier.\n\n"
        "Lina Perrot"
    )
    assert kind(body, "Retrait de ma candidature") == "other"


def test_a_negated_withdrawal_keeps_the_application() -> None:
    body = (
        "Bonjour,\n\nJe ne retire pas ma candidature : j'ai obtenu mon master de sociologie en juin 2026 "
        "et je cherche un poste dans une association.\n\nNina Roux"
    )
    assert kind(body, "Ma candidature") == "application"


def test_a_withdrawal_of_an_old_application_beside_a_new_search_stays_an_application() -> None:
    body = (
        "Bonjour,\n\nJ'avais retiré ma candidature au printemps. Aujourd'hui je cherche un emploi dans une "
        "coopérative, avec ma licence de gestion obtenue en 2025.\n\nNina Roux"
    )
    assert kind(body, "Candidature") == "application"


# A relaunch: an application sent before, spoken of; nothing of hers told.


def test_a_relaunch_about_an_application_sent_in_september_asking_its_stage_is_a_question() -> None:
    body = (
        "Bonjour,\n\nJe vous relance concernant ma candidature transmise en septembre. Avez-vous pu "
        "l'étudier ?\n\nCordialement,\nPaul Diallo"
    )
    assert kind(body, "Relance") == "question"


def test_a_relaunch_that_gives_her_diploma_again_stays_an_application() -> None:
    body = (
        "Bonjour,\n\nJe vous relance concernant ma candidature envoyée en septembre : j'ai un DUT carrières "
        "sociales obtenu en juin 2025 et je cherche un emploi dans une association.\n\nPaul Diallo"
    )
    assert kind(body, "Relance") == "application"


# Her own first mail quoted bare (no attribution line) under the aim she turned.


def test_her_own_first_mail_quoted_bare_under_a_turned_aim_is_read_as_hers() -> None:
    body = (
        "Bonjour,\n\nAprès réflexion, je préfère viser les coopératives d'habitat.\n\nMaëlle Caron\n\n"
        "> J'ai obtenu un master d'urbanisme en septembre 2025.\n"
        "> Je cherche un poste de chargée d'études dans un bureau d'études privé."
    )
    result = read(body, subject="Re: Candidature", from_name="Maëlle Caron")
    assert result["kind"] == "application"
    assert result["education"]["bac_plus"] == 5
    assert status(result, "graduation_recent") == "met"


def test_an_english_first_mail_quoted_bare_under_a_turned_aim_gives_her_degree() -> None:
    body = (
        "Hi,\n\nI've changed my mind: I'd now like to work for a social enterprise.\n\nTom Ridel\n\n"
        "> I graduated with an MSc in Data Science in June 2026.\n"
        "> I'm applying for analyst roles in banking."
    )
    result = read(body, subject="Re: application", from_name="Tom Ridel", from_addr="tom.ridel@example.org")
    assert result["kind"] == "application"
    assert result["education"]["bac_plus"] == 5


def test_a_bare_quote_that_speaks_to_the_reader_is_not_read_as_her_own_mail() -> None:
    body = (
        "Bonjour,\n\nMerci, je vais y réfléchir.\n\nMaëlle Caron\n\n"
        "> J'ai bien reçu votre message, pouvez-vous nous dire quel master vous avez obtenu ?"
    )
    result = read(body, subject="Re: informations", from_name="Maëlle Caron")
    assert (result.get("education") or {}).get("bac_plus") is None


# A situation begun since: the start's time said between the verb and the placement, or after it in English.

AIM_FR = " J'ai une licence de géographie obtenue en juin 2025 et je cherche un emploi dans une association."
AIM_EN = " I hold a BA in Geography (June 2025) and I'm looking for a job with a charity."


def test_an_internship_begun_last_tuesday_for_five_months_runs_today() -> None:
    body = "Depuis mon dernier mail, j'ai débuté mardi un stage de cinq mois dans une mutuelle."
    result = read(body + AIM_FR)
    assert status(result, "not_internship") == "not_met"


def test_an_internship_begun_in_february_for_four_months_is_over() -> None:
    result = read("J'ai commencé en février un stage de quatre mois dans une mutuelle." + AIM_FR)
    assert status(result, "not_internship") == "met"


def test_an_english_internship_begun_on_a_november_day_for_five_months_runs_today() -> None:
    result = read("Quick update: I began a five-month internship on 3 November at a food bank." + AIM_EN)
    assert status(result, "not_internship") == "not_met"


def test_an_english_internship_begun_in_march_for_three_months_is_over() -> None:
    result = read("I started a three-month internship in March at a food bank." + AIM_EN)
    assert status(result, "not_internship") == "met"


def test_a_training_begun_since_whose_end_is_ahead_is_studies_running() -> None:
    body = "Entre-temps, j'ai commencé une formation de quatre mois (CQP animateur, jusqu'au 20 mars)."
    body += AIM_FR
    assert status(read(body), "studies_finished") == "not_met"


def test_a_training_begun_in_january_that_ran_until_june_is_not_read_as_running() -> None:
    body = "J'ai commencé une formation en janvier, jusqu'au 30 juin 2026." + AIM_FR
    assert status(read(body), "studies_finished") != "not_met"


# A search turned within one sentence: the words after the turn of mind are the aim.

LEVEL_FR = " J'ai un master de droit obtenu en juin 2025."


def test_an_aim_turned_after_interviews_with_law_firms_is_the_cooperative_named_after_the_turn() -> None:
    body = (
        "Après plusieurs entretiens dans des cabinets d'avocats, j'ai changé d'avis : je voudrais travailler "
        "dans une coopérative d'habitants." + LEVEL_FR
    )
    assert status(read(body), "job_seeking_ess") == "met"


def test_an_english_aim_turned_after_bank_interviews_is_the_charity_named_after_the_turn() -> None:
    body = (
        "After two interviews with investment banks, I've changed my mind: I'd like to work for a charity "
        "supporting refugees. I hold an LLM obtained in June 2025."
    )
    assert status(read(body), "job_seeking_ess") == "met"


def test_a_turn_denied_leaves_both_aims_to_ask() -> None:
    body = (
        "Je n'ai pas changé d'avis : je vise un cabinet d'avocats ou une association d'aide aux migrants."
        + LEVEL_FR
    )
    assert status(read(body), "job_seeking_ess") != "met"


# A word put right in passing: only the compound corrected gives way, the diploma named before it stays.


def test_a_licence_whose_languages_are_put_right_in_passing_keeps_its_level_and_date() -> None:
    body = (
        "J'ai une licence LLCER espagnol-catalan… pardon, espagnol-portugais, validée en juin 2025 à Rennes. "
        "Je cherche un emploi dans une association."
    )
    result = read(body)
    assert result["education"]["bac_plus"] == 3
    assert status(result, "graduation_recent") == "met"


def test_a_date_put_right_in_passing_still_replaces_the_date() -> None:
    body = "J'ai obtenu mon BTS en 2021, pardon, en 2025. Je cherche un emploi dans une association."
    assert status(read(body), "graduation_recent") == "met"


# A course begun since, told by its classes: «les cours ont démarré» after the course she was admitted to.


def test_classes_of_a_licence_pro_begun_in_october_for_a_year_are_studies_running() -> None:
    body = (
        "J'ai été acceptée en licence professionnelle de médiation, et les cours ont commencé le 5 octobre, "
        "pour un an. J'ai un BTS obtenu en 2025 et je cherche un emploi dans une association."
    )
    assert status(read(body), "studies_finished") == "not_met"


def test_classes_of_a_master_begun_in_september_2024_for_a_year_are_over() -> None:
    body = (
        "J'ai été admise en master, et les cours ont commencé en septembre 2024, pour un an. Je cherche un "
        "emploi dans une association."
    )
    assert status(read(body), "studies_finished") != "not_met"
