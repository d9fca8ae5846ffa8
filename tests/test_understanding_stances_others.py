"""How a writer holds the fact that decides her case, when it is half remembered, judged by someone else or
understated (stop 56, tuner s-others): a round count of years in a trade, a year of a course not validated
inside the course's brackets, a relative's contacts handed over with her facts, … Every mail is read on a
stated day (DAY) through `propulse extract`'s path; each meaning has its guard, the near sentence that must
not change."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message
from reading_day import status

from intake.extract import extract_message

DAY = date(2026, 12, 7)


def read_on_day(body: str, **message: Any) -> dict[str, Any]:
    """`body` mailed as make_message sends it, as extracted on DAY."""
    return extract_message(make_message(body, **message), today=DAY)


def verdict(result: dict[str, Any]) -> str:
    return str(result["eligibility"]["verdict"])


# ------------------------------------------------------------------ a round count of years in a trade


def test_une_quinzaine_d_annees_comme_caissiere_is_years_in_another_trade() -> None:
    body = (
        "Bonjour, pour être honnête je n'ai pas fait grand-chose, une quinzaine d'années comme caissière "
        "en grande surface. J'ai obtenu un DEJEPS en mai 2026 et je cherche un poste dans une MJC."
    )
    assert status(read_on_day(body), "not_career_change") == "not_met"


def test_a_dozen_years_as_a_bank_clerk_is_years_in_another_trade() -> None:
    body = (
        "Hello, I spent a dozen years as a bank clerk before a BTS ESF, which I obtained in June 2026. I "
        "am now looking for a job in a housing association.\nNadia Roux"
    )
    assert status(read_on_day(body), "not_career_change") == "not_met"


def test_une_dizaine_d_annees_de_benevolat_is_no_trade() -> None:
    body = (
        "Bonjour, j'ai fait une dizaine d'années de bénévolat au Secours populaire. J'ai obtenu un BTS ESF "
        "en juin 2026 et je cherche un emploi dans une association.\nNadia Roux"
    )
    assert status(read_on_day(body), "not_career_change") == "met"
    assert verdict(read_on_day(body)) == "eligible"


def test_il_y_a_une_dizaine_d_annees_dates_a_memory_not_a_trade() -> None:
    body = (
        "Bonjour, il y a une dizaine d'années j'ai découvert l'animation en colonie. J'ai obtenu un BTS ESF "
        "en juin 2026 et je cherche un emploi dans une association.\nNadia Roux"
    )
    assert status(read_on_day(body), "not_career_change") == "met"


# ------------------------------------------- a year of a course not validated inside its brackets


def test_a_licence_whose_second_year_was_not_validated_is_not_had() -> None:
    body = (
        "Bonjour, je cherche un poste d'animateur dans une association de quartier.\n\n"
        "Parcours\n2022-2024 : Licence de sociologie, Université de Tours (L1 validée, L2 non validée)\n\n"
        "Karim Bensaïd"
    )
    result = read_on_day(body)
    assert result["education"]["bac_plus"] == 1
    assert status(result, "degree_level") == "not_met"


def test_a_masters_whose_second_year_was_not_validated_leaves_the_first_year() -> None:
    body = (
        "Bonjour, je cherche un emploi dans une coopérative.\n\n"
        "Formation\n2023-2025 : Master ESS, Université de Rennes (M1 validé, M2 non validé)\n"
        "2023 : Licence d'économie\n\nKarim Bensaïd"
    )
    assert read_on_day(body)["education"]["bac_plus"] == 4


def test_a_licence_with_its_third_year_validated_stays_had() -> None:
    body = (
        "Bonjour, je cherche un emploi dans une coopérative.\n\n"
        "Formation\n2022-2025 : Licence AES, Université de Tours (L3 validée)\n\nKarim Bensaïd"
    )
    result = read_on_day(body)
    assert result["education"]["bac_plus"] == 3
    assert status(result, "degree_level") == "met"


def test_a_concession_that_the_second_year_failed_takes_back_the_bac_plus_two_claimed() -> None:
    body = (
        "Salut, j'ai fait deux ans de fac de droit, donc bac+2 en gros, même si je n'ai pas validé la "
        "deuxième année (j'ai seulement la L1). J'ai arrêté en 2025 et je cherche un emploi dans une "
        "association.\nKarim Bensaïd"
    )
    result = read_on_day(body)
    assert result["education"]["bac_plus"] == 1
    assert status(result, "degree_level") == "not_met"


def test_a_licence_had_before_a_masters_not_validated_stays_had() -> None:
    body = (
        "Bonjour, j'ai obtenu ma licence de géographie en juin 2025, mais je n'ai pas validé mon M1 (arrêt "
        "en mars). Je cherche un emploi dans une association.\nKarim Bensaïd"
    )
    result = read_on_day(body)
    assert result["education"]["bac_plus"] == 3
    assert verdict(result) == "eligible"


# ------------------------------------------------- a relative's contacts handed over with her facts


def test_a_sister_who_inquires_but_hands_over_her_brothers_contacts_presents_him() -> None:
    body = (
        "Bonjour, je vous écris pour mon frère Elias, qui a terminé un BTS SP3S en juin dernier et cherche "
        "un emploi dans une association. Je me demandais si votre programme pourrait lui convenir. Son "
        "adresse : elias.morel@example.org, son numéro : 06 21 43 65 87.\nLucie"
    )
    result = read_on_day(body, from_name="Lucie Morel", from_addr="lucie.morel@example.net", subject="Aide")
    assert result["kind"] == "application"
    assert result["applicant"]["email"] == "elias.morel@example.org"


def test_a_mother_asking_for_her_daughter_with_her_email_presents_her() -> None:
    body = (
        "Hello, I am writing for my daughter Zoe, who finished her BA in June and is looking for a job in a "
        "non-profit. I wondered whether your programme could help her. Her email is zoe.lenoir@example.org."
        "\nClaire"
    )
    result = read_on_day(body, from_name="Claire Lenoir", from_addr="c.lenoir@example.net", subject="Help")
    assert result["kind"] == "application"


def test_a_mother_who_inquires_and_leaves_her_own_number_only_asks() -> None:
    body = (
        "Bonjour, je me renseigne pour mon fils Hugo, qui a fini un BTS l'an dernier et cherche du travail. "
        "Je me demandais si votre programme pouvait l'aider. Vous pouvez me joindre au 06 12 34 56 78."
    )
    result = read_on_day(body, from_name="Claire Vidal", from_addr="c.vidal@example.org", subject="Aide")
    assert result["kind"] == "question"


def test_a_relatives_number_beside_a_question_with_no_fact_of_his_only_asks() -> None:
    body = "Bonjour, je me renseigne pour mon fils Hugo. Est-ce gratuit ? Son numéro : 06 12 34 56 78."
    result = read_on_day(body, from_name="Claire Vidal", from_addr="c.vidal@example.org", subject="Aide")
    assert result["kind"] == "question"


# ------------------------------------------------------------- admitted by the jury that awards it


def test_admis_au_jury_de_juin_pour_son_bts_is_the_bts_had_in_june() -> None:
    body = (
        "Bonjour, j'ai été admis au jury de juin pour mon BTS SP3S, même si le diplôme papier n'est pas "
        "encore arrivé. Je cherche un poste d'accueil dans une association.\nYanis Ferrand"
    )
    result = read_on_day(body)
    assert result["education"]["bac_plus"] == 2
    assert result["education"]["graduation"] == "2026-06"
    assert verdict(result) == "eligible"


def test_not_admitted_by_the_june_jury_leaves_the_bts_not_had() -> None:
    body = (
        "Bonjour, je n'ai pas été admise au jury de juin pour mon BTS SP3S, je le repasse au printemps. Je "
        "cherche un emploi dans une association.\nYanis Ferrand"
    )
    result = read_on_day(body)
    assert result["education"]["bac_plus"] is None
    assert verdict(result) != "eligible"


# ------------------------------------------- a month forgotten between two, the end told past


def test_a_civic_service_over_in_spring_its_month_forgotten_is_over() -> None:
    body = (
        "Bonjour, après mon DUT carrières sociales (2025), j'ai fait un service civique à la Croix-Rouge, "
        "terminé au printemps, je ne sais plus trop si c'était en avril ou en mai. Je cherche un emploi dans "
        "une association.\nMarie Caron"
    )
    assert status(read_on_day(body), "not_service_civique") == "met"


def test_an_internship_that_ended_in_may_or_june_i_forget_which_is_over() -> None:
    body = (
        "Hello, I obtained my BTS in 2025 and did an internship at a food bank, which ended last spring; I "
        "can't remember whether it was in May or in June. I am looking for a job in a charity.\nMarie Caron"
    )
    assert status(read_on_day(body), "not_internship") == "met"


def test_a_civic_service_whose_end_ahead_is_forgotten_is_still_asked() -> None:
    body = (
        "Bonjour, j'ai un DUT carrières sociales (2025). Mon service civique, je ne sais plus s'il finit "
        "fin décembre ou fin janvier. Je cherche un emploi dans une association.\nMarie Caron"
    )
    assert status(read_on_day(body), "not_service_civique") != "met"


# -------------------------------------------------- another's judgement of the writer's own case


def test_an_adviser_who_classes_me_as_a_career_changer_is_asked_not_settled() -> None:
    body = (
        "Bonjour, j'ai obtenu mon BTS ESF en juin 2026 en cours du soir. Mon conseiller me "
        "classe en reconversion, ce que je ne comprends pas : je n'ai jamais eu de métier. Je cherche un "
        "poste dans une association.\nNina Perrot"
    )
    assert status(read_on_day(body), "not_career_change") == "unknown"


def test_a_coach_who_sees_me_as_a_career_changer_is_asked_not_settled() -> None:
    body = (
        "Hello, I obtained my BTS ESF in June 2026. My coach classes me as a career changer, which I do not "
        "understand since I never had a trade. I am looking for a job in a charity.\nNina Perrot"
    )
    assert status(read_on_day(body), "not_career_change") == "unknown"


def test_a_career_change_i_state_myself_stays_not_met() -> None:
    body = (
        "Bonjour, j'ai obtenu mon BTS ESF en juin 2026. Je suis en reconversion après huit ans de vente. Je "
        "cherche un poste dans une association.\nNina Perrot"
    )
    assert status(read_on_day(body), "not_career_change") == "not_met"
