"""Spoken repairs left with no mark (the spoken corpus, s-repairs): speech dictated or typed as one speaks
puts no comma before a repair, yet the repair replaces what it follows — a verb told again in another tense
(«enfin j'étais»), a false start taken up after a hesitation («euh»), a date put right after «euh non»,
«non pardon», a clause restated with a pronoun («enfin non il finit…»), a start again («je reprends»)
withdrawing the last thing said. Guards: a second fact added after a hesitation, «enfin» meaning "finally",
«je reprends» with an object of its own, keep what was said."""

from __future__ import annotations

from typing import Any

from reading_day import extracted, status

from intake.understanding.oral_forms import oral_reads


def _education(result: dict[str, Any]) -> dict[str, Any]:
    education = result["education"]
    assert isinstance(education, dict)
    return education


def test_an_internship_told_again_in_the_past_after_enfin_with_no_comma_is_over() -> None:
    result = extracted(
        "bonjour j'ai une licence pro médiation obtenue en juin 2026 je suis en stage enfin j'étais jusqu'à "
        "fin septembre dans une régie de quartier et là je cherche un emploi dans une association merci Lina"
    )
    assert status(result, "not_internship") == "met"


def test_a_placement_told_again_in_the_past_after_i_mean_with_no_comma_is_over() -> None:
    result = extracted(
        "hi I got my BA in sociology in June 2026 I am on a placement I mean I was on a placement until "
        "the end of September at a housing charity and now I am looking for a job in a cooperative thanks",
        subject="Application",
    )
    assert status(result, "not_internship") == "met"


def test_a_false_start_in_the_present_taken_up_in_the_past_after_euh_leaves_the_internship_over() -> None:
    result = extracted(
        "Bonjour, je suis en stage euh j'étais en stage dans une épicerie solidaire à Lille jusqu'au "
        "20 septembre. J'ai un BUT carrières sociales depuis juin 2026 et je cherche un poste dans une "
        "association d'insertion. Lina Benali"
    )
    assert status(result, "not_internship") == "met"


def test_a_false_start_in_the_present_taken_up_in_the_past_after_uh_leaves_the_placement_over() -> None:
    result = extracted(
        "Hello, I am doing an internship uh I was doing an internship at a food bank in Leeds until "
        "20 September. I got my BA in social policy in June 2026 and I'm looking for a job in a charity. "
        "Lina Benali",
        subject="Application",
    )
    assert status(result, "not_internship") == "met"


def test_a_year_put_right_after_euh_non_attendez_with_no_comma_is_the_diploma_s() -> None:
    result = extracted(
        "bonjour j'ai obtenu mon BTS en 2026 euh non attendez c'était en 2021 un BTS tourisme et depuis je "
        "fais des saisons je voudrais un poste dans une coopérative merci Hugo"
    )
    assert _education(result)["graduation"] == "2021"
    assert status(result, "graduation_recent") == "not_met"


def test_a_year_put_right_after_non_pardon_with_no_comma_is_the_diploma_s() -> None:
    result = extracted(
        "bonjour j'ai eu mon master d'économie sociale en 2022 non pardon en 2026 en juin à Lyon et je "
        "cherche un emploi dans une mutuelle merci Hugo"
    )
    assert str(_education(result)["graduation"]).startswith("2026")
    assert status(result, "graduation_recent") == "met"


def test_a_diploma_taken_back_after_euh_non_en_fait_leaves_the_bac_alone() -> None:
    result = extracted(
        "bonjour j'ai une licence euh non en fait j'ai pas eu la licence j'ai seulement le bac j'ai échoué "
        "en troisième année et je cherche un emploi dans une ressourcerie merci Hugo"
    )
    assert status(result, "degree_level") == "not_met"


def test_a_civic_service_said_finished_then_restated_ending_in_february_is_still_running() -> None:
    result = extracted(
        "bonjour j'ai eu mon BUT en juin 2026 et j'ai terminé mon service civique enfin non il se termine "
        "en février aux Restos du cœur de Lyon et ensuite je voudrais travailler dans une association merci"
    )
    assert status(result, "not_service_civique") == "not_met"


def test_a_start_again_after_a_date_withdraws_the_date_and_keeps_the_diploma() -> None:
    result = extracted(
        "bonjour j'ai eu mon master de géographie en septembre 2024 non attendez je reprends donc je "
        "cherche un poste de chargé d'études dans une association à Tours merci Awa"
    )
    assert _education(result)["graduation"] is None
    assert status(result, "graduation_recent") == "unknown"
    assert _education(result)["bac_plus"] == 5


def test_a_level_started_then_dropped_by_a_start_again_states_no_level() -> None:
    result = extracted(
        "bonjour alors j'ai un bac plus euh attendez je reprends donc j'ai terminé mes études en juin 2026 "
        "à Poitiers et je cherche un emploi dans une association de quartier merci Awa"
    )
    assert _education(result)["bac_plus"] is None
    assert status(result, "degree_level") == "unknown"


def test_a_second_diploma_added_after_a_hesitation_keeps_the_first() -> None:
    result = extracted(
        "bonjour j'ai un master euh j'ai aussi un BTS et je cherche un emploi dans une coopérative merci Awa"
    )
    assert _education(result)["bac_plus"] == 5


def test_enfin_meaning_finally_after_et_takes_back_nothing() -> None:
    result = extracted(
        "bonjour j'ai eu ma licence en juin 2026 et enfin je suis en stage dans une recyclerie jusqu'en "
        "mars et je cherche un emploi dans l'ESS merci Awa"
    )
    assert status(result, "not_internship") == "not_met"


def test_je_reprends_with_an_object_of_its_own_withdraws_no_date() -> None:
    result = extracted(
        "bonjour j'ai eu mon master en septembre 2024 et je reprends mes recherches d'emploi dans une "
        "association de solidarité merci Awa"
    )
    assert _education(result)["graduation"] == "2024-09"


def test_a_count_of_years_said_after_the_diploma_dates_it_back_from_the_day_of_writing() -> None:
    result = extracted(
        "bonjour j'ai eu ma licence ça fait quatre ans une licence de langues et depuis je travaille en "
        "intérim je voudrais un emploi dans une association merci Noé"
    )
    assert _education(result)["graduation"] == "2022"
    assert status(result, "graduation_recent") == "not_met"


def test_a_diploma_held_for_a_count_of_years_is_dated_back_by_that_count() -> None:
    result = extracted(
        "bonjour ça fait trois ans que j'ai mon BTS en économie sociale et familiale et je voudrais "
        "trouver un emploi dans une association merci Noé"
    )
    assert _education(result)["graduation"] == "2023"
    assert status(result, "graduation_recent") == "not_met"


def test_a_count_of_years_opening_a_clause_of_work_dates_no_diploma() -> None:
    result = extracted(
        "bonjour j'ai eu mon master en juin 2025 ça fait trois ans que je travaille le soir dans un "
        "restaurant et je cherche un emploi dans une association merci Noé"
    )
    assert _education(result)["graduation"] == "2025-06"


def test_a_job_held_for_a_count_of_years_dates_no_diploma() -> None:
    result = extracted(
        "bonjour ça fait trois ans que j'ai un CDI de vendeur et j'ai obtenu une licence en juin 2026, "
        "je cherche un emploi dans une association merci Noé"
    )
    assert _education(result)["graduation"] == "2026-06"


def test_a_civic_service_ending_at_the_end_of_next_month_is_still_running() -> None:
    result = extracted(
        "bonjour j'ai un BUT depuis juin 2026 et mon service civique se termine à la fin du mois prochain "
        "à la maison de quartier et je voudrais ensuite travailler dans une association merci Noé"
    )
    assert status(result, "not_service_civique") == "not_met"


def test_a_negation_without_ne_is_read_with_its_ne() -> None:
    line = "coucou j'suis plus inscrite à la fac et j'ai pas de stage"
    assert [now for _, now, _ in oral_reads(line)] == ["je ne suis", "je n'ai"]


def test_a_clitic_elided_before_a_consonant_is_read_whole() -> None:
    line = "en vrai c'que je veux c'est bosser dans une scop"
    assert [(now, was) for _, now, was in oral_reads(line)] == [("ce ", "c'")]


def test_a_schwa_dropped_in_a_pseudo_cleft_still_names_the_aim() -> None:
    result = extracted(
        "bonjour j'ai un master depuis juin 2026 et moi c'qui m'intéresse c'est la finance de marché dans "
        "une grande banque d'investissement merci Théo"
    )
    assert status(result, "job_seeking_ess") == "not_met"


def test_a_name_with_an_apostrophe_and_an_english_contraction_are_no_oral_forms() -> None:
    assert oral_reads("Kevin D'Souza don't know") == []


def test_plus_meaning_more_is_no_negation() -> None:
    result = extracted(
        "bonjour j'ai un master depuis juin 2026 je suis plus motivée que jamais et je suis en stage dans "
        "une coopérative jusqu'en mars je cherche un emploi dans l'ESS merci Théo"
    )
    assert status(result, "not_internship") == "not_met"


def test_a_third_person_clause_negated_without_ne_keeps_its_words() -> None:
    assert oral_reads("on me paie pour aider une asso mais ça va pas durer") == []


def test_je_reprends_with_no_pause_before_it_is_the_verb_and_withdraws_no_date() -> None:
    result = extracted(
        "Bonjour, mon frère part vivre à Montréal, je reprends donc sa colocation à Nantes. Moi : licence "
        "pro obtenue en juin 2026, je cherche un emploi dans une coopérative.\n\nAwa"
    )
    assert _education(result)["graduation"] == "2026-06"
