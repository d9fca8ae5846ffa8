"""A diploma obtained since, a placement extended since (updates, u-since): the newest fact a later mail
gives is read — the month a diploma told won was defended or held since, a defence's date in the sentence
that tells the diploma obtained, a placement begun days ago or extended to a date ahead. Phrasings of our
own, French and English, read through `propulse extract`'s path on the reading day 2026-11-26."""

from __future__ import annotations

from typing import Any

from reading_day import extracted, status


def _read(body: str) -> dict[str, Any]:
    return extracted(body, from_name="Maëlle Rigaud", from_addr="maelle.rigaud@ex.org")


def test_a_graduate_since_a_month_is_dated_by_that_month() -> None:
    said = _read("Bonjour,\n\nMon DUT carrières sociales est validé. Je suis donc diplômée depuis octobre.\n"
                 "Je cherche un poste dans une association de quartier.\n")
    assert said["education"]["graduation"] == "2026-10"


def test_a_graduation_to_come_in_a_month_dates_nothing() -> None:
    said = _read("Bonjour,\n\nJ'ai un DUT carrières sociales. Je serai diplômée en décembre, si tout va "
                 "bien.\n"
                 "Je cherche un poste dans une association de quartier.\n")
    assert said["education"]["graduation"] is None


def test_a_title_in_quotes_still_lets_its_state_of_completion_date_it() -> None:
    said = _read("Bonjour,\n\nMa licence professionnelle « métiers de l'animation sociale » est validée "
                 "depuis le 4 novembre.\nJe cherche un poste dans une fédération d'éducation populaire.\n")
    assert said["education"]["graduation"] == "2026-11"


def test_a_defence_moved_to_a_past_day_dates_the_master_told_obtained() -> None:
    said = _read("Bonjour,\n\nÇa y est, j'ai décroché mon master : ma soutenance a été déplacée au 12 "
                 "novembre.\nJe cherche un poste dans une coopérative.\n")
    assert said["education"]["graduation"] == "2026-11"


def test_an_english_defence_brought_forward_dates_the_degree_passed() -> None:
    said = _read("Hi,\n\nNews since my email of 2 October: my viva was moved to 16 November and I passed, so "
                 "I now hold my MSc in Social Policy.\nI am looking for a job with a housing charity.\n")
    assert said["education"]["graduation"] == "2026-11"


def test_a_defence_still_to_come_dates_no_diploma() -> None:
    said = _read("Bonjour,\n\nJ'ai obtenu ma licence ; ma soutenance de master aura lieu le 10 décembre.\n"
                 "Je cherche un poste dans une coopérative.\n")
    assert said["education"]["graduation"] is None


def test_an_internship_that_began_on_monday_for_three_months_runs_now() -> None:
    said = _read("Bonjour,\n\nJ'ai un master d'urbanisme. J'ai pris un stage de quatre mois dans une "
                 "association, qui a commencé lundi.\nJe cherche ensuite un poste dans une SCIC.\n")
    assert status(said, "not_internship") == "not_met"


def test_an_internship_begun_on_monday_said_before_its_noun_runs_now() -> None:
    said = _read("Bonjour,\n\nJ'ai un master d'urbanisme. J'ai entamé mardi un stage de cinq mois.\n"
                 "Je cherche ensuite un poste dans une SCIC.\n")
    assert status(said, "not_internship") == "not_met"


def test_an_internship_beginning_next_monday_is_not_held_now() -> None:
    said = _read("Bonjour,\n\nJ'ai un master d'urbanisme. J'ai accepté un stage de quatre mois, qui commence "
                 "lundi prochain.\nJe cherche ensuite un poste dans une SCIC.\n")
    assert status(said, "not_internship") == "met"


def test_a_civic_service_extended_past_today_runs_whatever_end_it_had_before() -> None:
    said = _read("Bonjour,\n\nMon service civique devait finir fin novembre, mais ma mission a été "
                 "reconduite jusqu'au 20 janvier.\nJ'ai une licence de sociologie (2025) et je cherche "
                 "dans une association.\n")
    assert status(said, "not_service_civique") == "not_met"


def test_an_english_internship_extended_past_today_runs() -> None:
    said = _read("Hello,\n\nMy internship was meant to stop in November but it has been extended until 12 "
                 "March.\nI have a BA in geography (2025) and want to work for a charity.\n")
    assert status(said, "not_internship") == "not_met"


def test_an_extension_only_supposed_leaves_the_placement_over() -> None:
    said = _read("Bonjour,\n\nMon service civique aurait pu être prolongé jusqu'en mars, mais je l'ai "
                 "terminé en octobre.\nJ'ai une licence de sociologie (2025) et je cherche dans une "
                 "association.\n")
    assert status(said, "not_service_civique") == "met"


def test_a_sisters_civic_service_extended_is_not_the_writers() -> None:
    said = _read("Bonjour,\n\nMa sœur est en service civique et sa mission a été prolongée jusqu'en mars.\n"
                 "Moi, j'ai une licence de sociologie (2025) et je cherche dans une association.\n")
    assert status(said, "not_service_civique") == "met"


def test_a_diploma_put_right_by_a_contrast_denies_the_other_side() -> None:
    said = _read("Bonjour,\n\nJe rectifie : c'est un CAP petite enfance, pas un DUT, que j'ai obtenu en juin "
                 "2025. Le DUT, je comptais y entrer mais ma demande a été refusée.\nJe cherche un poste "
                 "dans une crèche associative.\n")
    assert (said["education"]["bac_plus"], status(said, "degree_level")) == (0, "not_met")


def test_an_english_degree_put_right_by_a_contrast_keeps_its_year() -> None:
    said = _read("Hello,\n\nCorrection: I hold an HND, not a BA, awarded in 2025.\nI want to work "
                 "for a charity.\n")
    assert (said["education"]["bac_plus"], said["education"]["graduation"]) == (2, "2025")


def test_a_second_diploma_said_not_only_stays_had() -> None:
    said = _read("Bonjour,\n\nJ'ai un BTS et non seulement un bac pro, obtenu en 2025.\nJe cherche un poste "
                 "dans une association.\n")
    assert said["education"]["bac_plus"] == 2


def test_an_extension_taken_back_after_it_leaves_the_internship_over() -> None:
    said = _read("Bonjour,\n\nMon stage a pris fin le 18 novembre ; il a été prolongé jusqu'au 10 "
                 "décembre puis finalement la prolongation a été annulée.\n"
                 "J'ai un master d'écologie (2026) et je cherche dans une coopérative.\n")
    assert status(said, "not_internship") == "met"

