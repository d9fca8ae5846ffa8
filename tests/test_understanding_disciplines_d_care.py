"""Care and social work's State diplomas read at the level the programme counts and dated by the act that
awards them (h-care, stop 49): a DEAS or a DEME named by its short form and spelled out beside it is one
diploma of the bac's level, not two (spelt out alone, its level is asked); a speech therapist's certificate
of capacity is bac+5; a licence «accès santé» counted by its year is that year of a licence, followed now; a
diploma is dated by its results published or by the contract that ended with it (award_dated.py); a bare
«diplôme d'État» is the one of the trade the writer says is hers (trade_diploma.py). Phrasings of their own,
French and English, read through `propulse extract`."""

from __future__ import annotations

from reading_day import extracted, status

AIM = "Je cherche un emploi dans une association."


def test_an_auxiliary_nurse_diploma_spelled_out_in_brackets_is_below_bac_plus_two() -> None:
    body = f"Bonjour, j'ai eu mon DEAP (diplôme d'État d'auxiliaire de puériculture) en juillet 2025. {AIM}"
    result = extracted(body)
    assert status(result, "degree_level") == "not_met"
    assert result["eligibility"]["verdict"] == "not_eligible"


def test_a_state_diploma_of_social_care_spelt_out_alone_keeps_the_level_asked() -> None:
    # The lead (stop 49): spelt out with no short form beside it, a State diploma keeps its level open, as
    # noise's and clients' labels hold (tests/test_understanding_clients_mobile.py); its short form fails it.
    body = (
        "Bonjour, diplôme d'État d'accompagnant éducatif et social obtenu en mai 2025 à Metz, après un CAP. "
        f"{AIM}"
    )
    assert status(extracted(body), "degree_level") == "unknown"
    assert status(extracted(body.replace("diplôme d'État", "DEAES (diplôme d'État")
                                 .replace("social obtenu", "social) obtenu")), "degree_level") == "not_met"


def test_a_state_diploma_of_no_named_trade_beside_a_bac_keeps_the_level_asked() -> None:
    # Guard: «un diplôme d'État» naming no trade may be above the bac — asked, never refused.
    body = f"Bonjour, j'ai un diplôme d'État obtenu en 2025, après mon bac. {AIM}"
    assert status(extracted(body), "degree_level") == "unknown"


def test_a_speech_therapists_certificate_of_capacity_is_bac_plus_five() -> None:
    body = f"Bonjour, certificat de capacité d'orthophoniste obtenu à Lille en juillet 2025. {AIM}"
    result = extracted(body)
    assert result["education"]["bac_plus"] == 5
    assert status(result, "degree_level") == "met"


def test_an_orthoptists_certificate_of_capacity_is_bac_plus_three() -> None:
    body = f"Bonjour, j'ai obtenu mon certificat de capacité d'orthoptiste en juin 2025 à Tours. {AIM}"
    assert extracted(body)["education"]["bac_plus"] == 3


def test_a_second_year_of_a_licence_access_sante_is_studies_going_on() -> None:
    body = f"Bonjour, cette année je suis en LAS 2 à la faculté de Rouen, option kiné. {AIM}"
    result = extracted(body)
    assert status(result, "studies_finished") == "not_met"
    assert result["education"]["in_progress"] is True


def test_results_published_on_a_yearless_day_date_the_state_diploma_had() -> None:
    body = (
        f"Bonjour, les résultats du rectorat sont tombés le 2 juillet et j'ai enfin mon DEETS en poche. {AIM}"
    )
    result = extracted(body)
    assert result["education"]["graduation"] == "2026-07"
    assert status(result, "graduation_recent") == "met"


def test_results_that_came_out_on_a_yearless_day_date_the_english_degree() -> None:
    body = (
        "Hello, the results came out on 3 July and I finally have my BA in Social Work! "
        "I am looking for a job with a charity."
    )
    assert extracted(body)["education"]["graduation"] == "2026-07"


def test_results_still_to_be_published_date_nothing() -> None:
    # Guard: results to come are no award.
    body = f"Bonjour, j'ai passé le DEES, les résultats seront publiés le 3 juillet prochain. {AIM}"
    assert status(extracted(body), "graduation_recent") == "unknown"


def test_an_apprentices_contract_that_ended_with_the_diploma_dates_it() -> None:
    body = (
        "Bonjour, j'ai fait le DEETS par l'apprentissage à Caen ; mon contrat d'apprentie a pris fin avec le "
        f"diplôme, en juin 2025. {AIM}"
    )
    result = extracted(body)
    assert result["education"]["graduation"] == "2025-06"
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_bare_state_diploma_is_the_one_of_the_trade_the_writer_says_is_hers() -> None:
    body = (
        "Bonjour, je suis jeune ergothérapeute : j'ai reçu le diplôme d'État en juillet 2026 après trois ans "
        f"à Rennes. {AIM}"
    )
    result = extracted(body)
    assert result["education"]["bac_plus"] == 3
    assert result["education"]["graduation"] == "2026-07"
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_bare_state_diploma_of_a_daughter_is_not_named_by_the_writers_trade() -> None:
    # Guard: the mother is a nurse, the daughter's State diploma is not told of which trade.
    body = f"Bonjour, je suis infirmière et ma fille a eu le diplôme d'État en juin 2026. {AIM}"
    assert extracted(body)["education"]["bac_plus"] is None


def test_results_that_come_out_next_month_in_the_present_date_nothing() -> None:
    # Guard: a present used for the future, "results come out in February", is an award still to come.
    body = (
        "Hi, I've done all the taught modules of my MSc in Lyon and handed in my thesis; results come out in "
        "February. I am looking for a job with a charity."
    )
    assert status(extracted(body), "graduation_recent") == "unknown"
