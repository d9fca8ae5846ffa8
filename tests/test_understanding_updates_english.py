"""Diplomas named as what the writer's thing is not, found on the updates corpus's English slice (stop 51):
a correction that says what a course is by saying what it is not («ce n'est pas une licence, c'est…», "it's
not a master's, it's a…", "…, not a BA") holds no diploma of the denied name, whatever date the sentence
tells; an English updates' other meanings (an employer outside the ESS offered under a hedge as the
alternative of the place sought, a doubt whether what she does now counts as an internship, secondary school
told finished or behind a short certificate).
Each stated in phrasings of its own, in English and in French, read through `propulse extract`'s path, with
guards where the reading could reach too far (a date put right under «pas eu … en», "not only a BA")."""

from __future__ import annotations

from reading_day import read, status

from intake.understanding.named_not import named_as_not_it


def test_a_masters_said_not_to_be_the_course_taken_is_no_masters_held() -> None:
    body = (
        "Hi again,\n\nA fix to what I sent on Monday: it's not a master's degree, it's a short vocational"
        " certificate in youth work that I finished in May 2025.\n\nI still hope to join a housing"
        " charity.\n\nTom Ridel"
    )
    result = read(body)
    assert result["education"]["bac_plus"] != 5
    assert status(result, "degree_level") != "met"


def test_a_licence_denied_after_a_comma_is_no_licence_held_in_french_too() -> None:
    body = (
        "Bonjour,\n\nJe rectifie mon premier mail : c'est un titre professionnel d'animateur, pas une"
        " licence, que j'ai eu en juin 2025.\n\nJe cherche toujours dans une association.\n\nTom Ridel"
    )
    assert read(body)["education"]["bac_plus"] != 3


def test_a_bachelors_set_against_the_diploma_held_is_denied() -> None:
    unit = "It was a college diploma from Montreal, not a bachelor's, and I got it in 2024."
    assert named_as_not_it(unit, "bachelor's")


def test_a_date_put_right_under_a_negated_verb_keeps_the_diploma() -> None:
    unit = "Je n'ai pas eu mon master en 2024 mais en juin 2025, à Lyon."
    assert not named_as_not_it(unit, "master")


def test_a_ba_said_not_the_only_diploma_stays_held() -> None:
    unit = "It's not only a BA I hold: I also finished an MSc in 2025."
    assert not named_as_not_it(unit, "BA")


def test_a_diploma_named_again_as_a_fact_after_its_denial_stays_held() -> None:
    unit = "It's a certificate, not a licence; the licence came later and I got it in 2025, the licence."
    assert not named_as_not_it(unit, "licence")


def test_a_company_offered_as_a_hedged_alternative_to_a_cooperative_leaves_the_aim_asked() -> None:
    body = (
        "Hello,\n\nI got my MA in Economics in July 2026. I'm looking for a research assistant job at a"
        " housing charity or perhaps a consulting firm.\n\nBest,\nTom Ridel"
    )
    assert status(read(body), "job_seeking_ess") == "unknown"


def test_a_consulting_firm_offered_under_a_hedge_beside_an_association_is_asked_in_french_too() -> None:
    body = (
        "Bonjour,\n\nTitulaire d'un master d'économie depuis juillet 2026, je cherche un poste de chargé"
        " d'études dans une association, ou peut-être dans un cabinet de conseil.\n\nTom Ridel"
    )
    assert status(read(body), "job_seeking_ess") == "unknown"


def test_a_second_ess_place_offered_under_a_hedge_keeps_the_aim_met() -> None:
    body = (
        "Hello,\n\nI got my MA in Economics in July 2026. I'm looking for a research assistant job at a"
        " housing charity, or maybe a mutual insurer.\n\nBest,\nTom Ridel"
    )
    assert status(read(body), "job_seeking_ess") == "met"


def test_a_second_town_offered_under_a_hedge_keeps_the_aim_met() -> None:
    body = (
        "Hello,\n\nI got my MA in Economics in July 2026. I'm looking for a research assistant job at a"
        " housing charity, in Nantes or maybe in Angers.\n\nBest,\nTom Ridel"
    )
    assert status(read(body), "job_seeking_ess") == "met"


def test_a_trial_placement_the_writer_doubts_counts_as_an_internship_leaves_it_asked() -> None:
    body = (
        "Hello,\n\nI got my BA in History in June 2026. Since last week I've been doing a three-week job"
        " shadowing at a community radio. I'm not sure whether that counts as an internship for you."
        " I'd like to work for a charity.\n\nTom Ridel"
    )
    assert status(read(body), "not_internship") == "unknown"


def test_an_immersion_the_writer_doubts_counts_as_a_stage_leaves_it_asked_in_french_too() -> None:
    body = (
        "Bonjour,\n\nJ'ai eu ma licence d'histoire en juin 2026. Depuis lundi, je fais une immersion de deux"
        " semaines dans une ressourcerie, je ne sais pas si ça compte comme un stage pour vous. Je cherche"
        " un emploi dans une association.\n\nTom Ridel"
    )
    assert status(read(body), "not_internship") == "unknown"


def test_a_doubt_whether_a_past_activity_counted_as_an_internship_asks_nothing_of_now() -> None:
    body = (
        "Hello,\n\nI got my BA in History in June 2026. I did some job shadowing in 2025, I'm not sure if"
        " it counted as an internship. I'd like to work for a charity.\n\nTom Ridel"
    )
    assert status(read(body), "not_internship") == "met"


def test_a_short_certificate_obtained_after_secondary_school_leaves_the_level_failed() -> None:
    body = (
        "Hello,\n\nAfter secondary school in Lagos I earned a four-month certificate in event management"
        " (2025). I'd like a job with an NGO for street children.\n\nTom Ridel"
    )
    result = read(body)
    assert result["education"]["bac_plus"] == 0
    assert status(result, "degree_level") == "not_met"


def test_a_degree_completed_after_high_school_is_the_level_read() -> None:
    body = (
        "Hello,\n\nAfter high school I completed a BA in Sociology at the University of Leeds in June 2025."
        " I'd like a job with a housing charity.\n\nTom Ridel"
    )
    result = read(body)
    assert result["education"]["bac_plus"] == 3
    assert status(result, "degree_level") == "met"
