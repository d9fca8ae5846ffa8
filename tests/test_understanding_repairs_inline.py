"""Repairs made inside the sentence, in a bracket or between dashes, and repairs of repairs (the repairs
corpus, r-inline): a whole clause said again in place of the writer's last one, a length of time put right,
a verb of correcting oneself («je rectifie»), a bare «non» before a date, a date taken back named as another
thing's, a bracket saying what is really so, an aside saying the state ended, and a correction withdrawn
(«ah si», «enfin si»): the last word of the writer holds."""

from __future__ import annotations

from reading_day import extracted, status

from intake.understanding.discourse import as_finally_meant


def _education(result: dict[str, object]) -> dict[str, object]:
    education = result["education"]
    assert isinstance(education, dict)
    return education


def test_a_clause_said_again_after_pardon_puts_the_internship_in_the_past() -> None:
    result = extracted(
        "Bonjour,\n\nTitulaire d'une licence pro de gestion (juin 2026), je suis en stage, pardon, "
        "j'étais en stage dans une ressourcerie : le dernier jour, c'était le 6 novembre. Je cherche un "
        "emploi dans une association.\n\nInès Martin"
    )
    assert status(result, "not_internship") == "met"


def test_a_clause_said_again_after_sorry_puts_the_placement_in_the_past() -> None:
    result = extracted(
        "Hello,\n\nI got my MA in social economics in June 2026. I'm on a placement at a food bank, sorry, "
        "I was on a placement: it stopped on 6 November. I'm looking for a job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_internship") == "met"


def test_a_year_put_right_after_non_attendez_is_the_diploma_s() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai eu mon DUT gestion en 2021, non, attendez, en juin 2025. Je cherche un emploi "
        "dans une coopérative.\n\nInès Martin"
    )
    assert _education(result)["graduation"] == "2025-06"


def test_a_year_put_right_after_wait_is_the_diploma_s() -> None:
    result = extracted(
        "Hello,\n\nI got my BA in sociology in 2021, wait, in June 2025. I'm looking for a job in a "
        "cooperative.\n\nInes Martin",
        subject="Application",
    )
    assert _education(result)["graduation"] == "2025-06"


def test_a_year_put_right_after_je_rectifie_is_the_diploma_s() -> None:
    result = extracted(
        "Bonjour,\n\nMa licence de géographie date de 2025, je rectifie : de 2022. Je cherche un emploi "
        "dans une association.\n\nInès Martin"
    )
    assert status(result, "graduation_recent") == "not_met"


def test_a_year_put_right_after_i_correct_myself_is_the_diploma_s() -> None:
    result = extracted(
        "Hello,\n\nMy BA in geography is from 2025, I correct myself: from 2022. I'm looking for a job in a "
        "charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "graduation_recent") == "not_met"


def test_a_year_after_a_bare_non_replaces_the_year_just_said() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu mon BTS ESF en 2025, non, 2022, je viens de regarder mon relevé. Je "
        "cherche un emploi dans une association.\n\nInès Martin"
    )
    assert status(result, "graduation_recent") == "not_met"


def test_a_year_taken_back_named_as_the_bac_s_is_not_the_diploma_s() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai eu mon BTS en 2021, pardon, en juin 2025 — 2021 c'est mon bac, je confonds. "
        "Je cherche un emploi dans une association.\n\nInès Martin"
    )
    assert _education(result)["graduation"] == "2025-06"


def test_a_length_of_time_put_right_is_the_career_s_length() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai été comptable dans un cabinet pendant un an, enfin non, onze ans, avant ma licence "
        "pro obtenue en juin 2026. Je cherche un emploi dans une association.\n\nInès Martin"
    )
    assert status(result, "not_career_change") == "not_met"


def test_a_length_of_time_put_right_in_english_is_the_career_s_length() -> None:
    result = extracted(
        "Hello,\n\nBefore my BA (June 2026), I worked as an accountant for two years, I mean eleven "
        "years. I'm looking for a job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_career_change") == "not_met"


def test_a_bracket_saying_the_civic_service_really_ended_closes_it() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis en service civique dans une épicerie solidaire (terminé depuis le 15 octobre, "
        "en réalité). J'ai une licence de lettres obtenue en juin 2025 et je cherche un emploi dans une "
        "association.\n\nInès Martin"
    )
    assert status(result, "not_service_civique") == "met"


def test_a_bracket_saying_the_placement_actually_finished_closes_it() -> None:
    result = extracted(
        "Hello,\n\nI'm on a placement at a housing charity (finished since October, actually). I got my BA "
        "in June 2025 and I'm looking for a job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_internship") == "met"


def test_a_bracket_saying_what_the_date_really_is_dates_the_diploma() -> None:
    result = extracted(
        "Bonjour,\n\nMaster de droit, 2025 (en réalité, le diplôme date de 2021 : 2025, c'est quand je l'ai "
        "retiré). Je cherche un emploi dans une mutuelle.\n\nInès Martin"
    )
    assert status(result, "graduation_recent") == "not_met"


def test_a_bracket_naming_the_title_exactly_gives_its_level() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un diplôme de niveau bac+2 (un CAP petite enfance, pour être précise, obtenu en "
        "juin 2026). Je cherche un emploi dans une crèche associative.\n\nInès Martin"
    )
    assert status(result, "degree_level") == "not_met"


def test_a_correction_withdrawn_by_ah_si_brings_the_first_date_back() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai eu mon master en juin 2025 — pardon, en septembre 2023 — ah si, juin 2025, "
        "c'est mon M1 qui date de 2023. Je cherche un emploi dans une association.\n\nInès Martin"
    )
    assert status(result, "graduation_recent") == "met"


def test_a_denial_withdrawn_by_enfin_si_leaves_the_civic_service_running() -> None:
    result = extracted(
        "Bonjour,\n\nTitulaire d'un BTS obtenu en juin 2026, je ne suis plus en service civique — enfin si, "
        "jusqu'au 20 décembre. Je cherche ensuite un emploi dans une association.\n\nInès Martin"
    )
    assert status(result, "not_service_civique") == "not_met"


def test_a_search_put_right_from_an_association_to_a_big_group_is_outside_the_ess() -> None:
    result = extracted(
        "Bonjour,\n\nDiplômée d'un master de gestion en juin 2026, je cherche un poste dans une association, "
        "bon, non, au service achats d'une grande banque, c'est ce qui me plaît. \n\nInès Martin"
    )
    assert status(result, "job_seeking_ess") == "not_met"


def test_a_sentence_opening_on_non_before_a_year_repairs_the_sentence_before() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai eu ma licence d'histoire en 2025. Non, en 2022, c'est l'année du jury. Je cherche "
        "un emploi dans une association.\n\nInès Martin"
    )
    assert status(result, "graduation_recent") == "not_met"


def test_a_sentence_opening_on_no_before_a_year_repairs_the_sentence_before() -> None:
    result = extracted(
        "Hello,\n\nI got my BA in history in 2025. No, in 2022, that was the board's year. I'm looking for "
        "a job in a charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "graduation_recent") == "not_met"


def test_a_clause_said_again_with_le_takes_up_the_diploma_it_replaces() -> None:
    result = extracted(
        "Bonjour,\n\nJe finis mon master d'urbanisme, je corrige, je l'ai fini : soutenance le 4 novembre, "
        "diplôme validé par le jury le jour même. Je cherche un emploi dans une coopérative "
        "d'habitants.\n\nInès Martin"
    )
    assert status(result, "studies_finished") == "met"
    assert _education(result)["graduation"] == "2026-11"


def test_a_word_denied_after_non_keeps_the_thing_it_was_said_of() -> None:
    assert as_finally_meant("Mon BTS est validé, enfin non, pas validé, il manque le stage.") == (
        "Mon BTS est pas validé, il manque le stage."
    )


def test_a_word_denied_after_i_mean_keeps_the_thing_it_was_said_of() -> None:
    assert as_finally_meant("My BTS is validated, I mean not validated, the placement is missing.") == (
        "My BTS is not validated, the placement is missing."
    )
