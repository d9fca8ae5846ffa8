"""Whose a fact is, when other people stand in the sentence (owner.py, h-oowner, stop 36): a first name as a
clause's subject («Maëlle fait un stage…», "Priya is on an internship…") tells that person's fact; a
relative named after a qualifier ("my older brother retrained…") too; a referrer's own life set apart by
«moi-même», "myself" is not the presented applicant's; and the writer's own years told after another's
diploma («ma sœur a eu son BTS… ; moi j'ai été serveur douze ans») stay the writer's. Phrasings of their
own, French and English, read through `propulse extract`'s path."""

from __future__ import annotations

from reading_day import extracted, status

AIM = "Je cherche un emploi dans une coopérative."
EN_AIM = "I am looking for a job with a cooperative."


def test_a_friend_named_by_first_name_is_the_one_in_an_internship_not_the_writer() -> None:
    body = (
        "On candidate à deux, Noé est en stage dans une mutuelle jusqu'en mai et moi j'ai validé ma licence "
    )
    body += f"pro en juin 2026. {AIM}"
    result = extracted(body)
    assert status(result, "not_internship") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_classmate_named_by_first_name_in_an_internship_is_not_the_english_writer() -> None:
    body = (
        "Hello, Priya is on an internship at the food bank until March, and I finished my HND in June 2025."
    )
    body += f" {EN_AIM}"
    result = extracted(body)
    assert status(result, "not_internship") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_friends_retraining_told_by_his_first_name_is_his_not_the_english_writers() -> None:
    body = (
        "Hello,\n\nMarcus has retrained as a nurse after ten years in retail, and I completed my HND in July "
        "2025. "
        f"{EN_AIM}\n\nBest,\nDylan Price"
    )
    assert status(extracted(body), "not_career_change") == "met"


def test_an_older_brothers_retraining_is_his_not_the_english_writers() -> None:
    body = (
        "Hi, my elder sister retrained as a midwife after twelve years in a bank, and she says I should go "
        f"for it. I completed my BTEC HND in July 2025. {EN_AIM}"
    )
    assert status(extracted(body), "not_career_change") == "met"


def test_a_fathers_own_years_in_a_trade_are_not_the_daughter_he_writes_for() -> None:
    body = (
        "Bonjour, je vous écris pour ma fille Lina, qui aimerait intégrer votre programme. Elle a obtenu son "
        "BTS SP3S en juin 2025 et cherche un emploi dans une association d'aide à domicile. Je suis moi-même "
        "plombier depuis vingt-cinq ans, ce milieu m'est étranger."
    )
    result = extracted(body)
    assert status(result, "not_career_change") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_an_advisers_own_master_before_the_programme_is_not_the_young_mans_degree() -> None:
    body = (
        "Bonjour, je suis éducatrice et j'ai moi-même suivi votre programme il y a quatre ans, après mon "
        "master. "
        "Je vous présente Kylian Morel, titulaire d'un BUT GEA depuis juin 2026, qui cherche un poste de "
        "gestionnaire dans une mutuelle."
    )
    result = extracted(body)
    assert (result["education"]["bac_plus"], result["education"]["graduation"]) == (3, "2026-06")
    assert status(result, "graduation_recent") == "met"


def test_the_writers_own_years_told_after_a_sisters_diploma_are_a_career_change() -> None:
    body = (
        "Ma sœur a eu son BTS juste après le bac ; moi j'ai été serveur douze ans avant mon BTS, obtenu en "
        f"juin 2026. {AIM}"
    )
    assert status(extracted(body), "not_career_change") == "not_met"


def test_the_english_writers_own_years_told_after_a_brothers_degree_are_a_career_change() -> None:
    body = (
        "My brother went to university straight after school, but I worked as a waiter for twelve years "
        f"before my HND, which I got in June 2026. {EN_AIM}"
    )
    assert status(extracted(body), "not_career_change") == "not_met"


def test_a_colleagues_master_told_in_apposition_is_hers_not_the_writers() -> None:
    body = (
        "Ma collègue, juriste et titulaire d'un master, m'a conseillé votre programme. J'ai obtenu mon BTS "
        f"en juin 2025. {AIM}"
    )
    education = extracted(body)["education"]
    assert (education["bac_plus"], education["graduation"]) == (2, "2025-06")


def test_a_mothers_own_doctorate_set_apart_leaves_her_sons_cap_as_his_level() -> None:
    body = (
        "Bonjour,\n\nJe vous écris pour mon fils Adam, qui voudrait intégrer votre programme. Je suis "
        "moi-même titulaire d'un doctorat de chimie et je travaille à la mairie. Adam a un CAP cuisine "
        "obtenu en 2024 et cherche un emploi dans une cantine associative.\n\nNadia Kaci"
    )
    assert status(extracted(body), "degree_level") == "not_met"


def test_a_fathers_own_phd_said_with_myself_leaves_his_daughters_hnd_as_hers() -> None:
    body = (
        "Hello,\n\nI am writing on behalf of my daughter Chloe, who would like to join your programme. I "
        "myself hold a PhD in chemistry. Chloe got her HND in June 2025 and is looking for a job with a "
        "housing charity.\n\nMark Evans"
    )
    result = extracted(body)
    assert (result["education"]["bac_plus"], result["education"]["graduation"]) == (2, "2025-06")
    assert result["eligibility"]["verdict"] == "eligible"
