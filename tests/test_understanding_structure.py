"""Criteria read from the structure of the sentence (issue 11): negation and coordination scope, tense,
roles as nouns, ESS job search as an action or an aim, diplomas and dates written in other ways.

Each sentence here failed before the parse was used; each is read through `propulse extract`'s path."""

from __future__ import annotations

from typing import Any

from fixtures_docs import make_message, make_pdf
from reading_day import TODAY, read, status

from intake.extract import extract_message

ELIGIBLE_BASE = "J'ai obtenu un master en sociologie en juin 2025. Je cherche un emploi dans l'ESS."


# ------------------------------------------------------------------------- negation and coordination


def test_ni_stage_ni_service_civique_is_neither_a_current_internship_nor_a_civic_service() -> None:
    body = f"{ELIGIBLE_BASE} Je ne suis ni en stage ni en service civique."
    assert status(read(body), "not_internship") == "met"
    assert status(read(body), "not_service_civique") == "met"
    assert read(body)["eligibility"]["verdict"] == "eligible"


def test_ne_plus_en_stage_and_sans_stage_en_cours_are_not_current_internships() -> None:
    assert (
        status(read(f"{ELIGIBLE_BASE} Je ne suis plus en stage depuis septembre."), "not_internship") == "met"
    )
    assert (
        status(read(f"{ELIGIBLE_BASE} Sans stage en cours, je suis disponible."), "not_internship") == "met"
    )
    assert status(read(f"{ELIGIBLE_BASE} Je ne suis pas du tout en stage."), "not_internship") == "met"


def test_i_am_not_doing_an_internship_is_not_a_current_internship() -> None:
    body = "I graduated with a master's degree in June 2025. I'm not doing an internship."
    assert status(read(body), "not_internship") == "met"


def test_neither_nor_and_past_tense_in_english_are_not_current_internships() -> None:
    degree = "I graduated with a master's degree in June 2025. I'm looking for a job in the social economy."
    assert (
        status(read(f"{degree} I'm neither an intern nor a civic service volunteer."), "not_internship")
        == "met"
    )
    assert status(read(f"{degree} I was an intern at Emmaüs until June."), "not_internship") == "met"


def test_a_negation_on_another_verb_does_not_cancel_a_current_internship() -> None:
    body = (
        f"{ELIGIBLE_BASE} Je n'ai pas trouvé de CDI, alors je suis en stage chez Emmaüs jusqu'en mars 2027."
    )
    assert status(read(body), "not_internship") == "not_met"


def test_the_negation_stops_at_mais() -> None:
    body = f"{ELIGIBLE_BASE} Je ne suis pas en CDI mais en stage."
    assert status(read(body), "not_internship") == "not_met"
    assert status(read(f"{ELIGIBLE_BASE} Je ne suis pas en stage mais en CDD."), "not_internship") == "met"


def test_an_internship_not_yet_finished_is_sent_to_verification() -> None:
    assert status(read(f"{ELIGIBLE_BASE} Je n'ai pas fini mon stage."), "not_internship") == "unknown"


# ------------------------------------------------------------------------------------- roles and tense


def test_je_suis_stagiaire_with_a_convention_ending_next_spring_is_a_current_internship() -> None:
    body = f"{ELIGIBLE_BASE} Je suis stagiaire chez Enercoop (fin de la convention en avril 2027)."
    assert status(read(body), "not_internship") == "not_met"


def test_a_convention_that_ended_last_spring_is_not_a_current_internship() -> None:
    body = f"{ELIGIBLE_BASE} Je suis stagiaire chez Enercoop (fin de la convention en avril 2026)."
    assert status(read(body), "not_internship") == "met"


def test_an_english_intern_whose_contract_ends_next_spring_is_a_current_internship() -> None:
    body = (
        "I graduated with a master's degree in June 2025. "
        "I'm an intern at Emmaüs (my contract ends in April 2027)."
    )
    assert status(read(body), "not_internship") == "not_met"
    body = "I graduated with a master's degree in June 2025. My internship ends in April 2027."
    assert status(read(body), "not_internship") == "not_met"


def test_working_as_an_intern_now_is_a_current_internship() -> None:
    body = f"{ELIGIBLE_BASE} Je bosse en ce moment comme stagiaire dans une asso de quartier."
    assert status(read(body), "not_internship") == "not_met"


def test_a_cv_internship_whose_period_holds_today_is_a_current_internship() -> None:
    cv = make_pdf(["Inès Martin", "EXPÉRIENCE", "Stage de fin d'études – Enercoop (sept. 2026 – mars 2027)"])
    message = make_message(ELIGIBLE_BASE, attachments=[("cv.pdf", "application/pdf", cv)])
    result = extract_message(message, today=TODAY)
    status = next(c["status"] for c in result["eligibility"]["criteria"] if c["id"] == "not_internship")
    assert status == "not_met"


def test_i_am_currently_an_intern_is_a_current_internship() -> None:
    body = "I graduated with a master's degree in June 2025. I am currently an intern at Emmaüs."
    assert status(read(body), "not_internship") == "not_met"


def test_a_service_civique_that_ended_in_june_is_past() -> None:
    assert (
        status(read(f"{ELIGIBLE_BASE} Mon service civique s'est terminé en juin."), "not_service_civique")
        == "met"
    )
    body = "I graduated with a master's degree in June 2025. I finished my civic service in June."
    assert status(read(body), "not_service_civique") == "met"


def test_a_service_civique_that_is_over_since_september_is_past() -> None:
    body = f"{ELIGIBLE_BASE} Mon service civique chez les Restos du Cœur est fini depuis septembre."
    assert status(read(body), "not_service_civique") == "met"


def test_the_end_of_an_internship_is_dated_by_the_first_date_after_it() -> None:
    body = f"{ELIGIBLE_BASE} Mon stage s'est terminé en juin 2026 et je serai en vacances en janvier 2027."
    assert status(read(body), "not_internship") == "met"
    degree = "I graduated with a master's degree in June 2025."
    body = f"{degree} I finished my internship in May 2026, back in January 2027."
    assert status(read(body), "not_internship") == "met"
    body = f"{degree} I am finishing my internship at Emmaüs in January 2027."
    assert status(read(body), "not_internship") == "not_met"


def test_past_alternance_before_graduating_is_not_current_studies() -> None:
    body = (
        "J'étais en alternance chez Orange, diplômée d'un master en juillet 2026. "
        "Je cherche un emploi dans l'ESS."
    )
    assert status(read(body), "studies_finished") == "met"


def test_a_role_told_in_the_compound_past_is_not_current() -> None:
    body = f"{ELIGIBLE_BASE} J'ai été stagiaire à la Croix-Rouge puis en service civique à l'AFEV."
    assert status(read(body), "not_internship") == "met"
    assert read(body)["eligibility"]["verdict"] == "eligible"


def test_a_short_course_or_job_seeker_training_is_not_an_internship() -> None:
    assert status(read(f"{ELIGIBLE_BASE} Je suis en stage BAFA cette semaine."), "not_internship") == "met"
    body = f"{ELIGIBLE_BASE} Je suis stagiaire de la formation professionnelle à l'AFPA."
    assert status(read(body), "not_internship") == "met"


def test_volunteering_at_a_food_bank_is_not_a_civic_service() -> None:
    body = (
        "I hold a BSc (2025). I'm currently volunteering at a food bank while looking for a job "
        "in the social economy."
    )
    assert status(read(body), "not_service_civique") == "met"
    assert read(body)["eligibility"]["verdict"] == "eligible"


def test_a_future_internship_is_sent_to_verification_not_rejected() -> None:
    body = f"{ELIGIBLE_BASE} Je serai en stage chez Emmaüs à partir de janvier."
    assert status(read(body), "not_internship") == "unknown"
    assert read(body)["eligibility"]["verdict"] == "to_verify"


# ------------------------------------------------------------------------ ESS job search, action or aim

DEGREE = "J'ai obtenu un master en sociologie en juin 2025."


def test_sending_applications_to_ess_organisations_is_an_ess_job_search() -> None:
    body = f"{DEGREE} J'envoie des candidatures à des structures de l'ESS depuis septembre."
    assert status(read(body), "job_seeking_ess") == "met"
    assert read(body)["eligibility"]["verdict"] == "eligible"


def test_applications_sent_in_the_past_to_cooperatives_are_an_ess_job_search() -> None:
    body = f"{DEGREE} J'ai envoyé des candidatures à plusieurs coopératives sociales."
    assert status(read(body), "job_seeking_ess") == "met"


def test_applying_to_cooperatives_and_wanting_to_work_in_insertion_are_ess_job_searches() -> None:
    assert status(read(f"{DEGREE} Je postule dans des coopératives."), "job_seeking_ess") == "met"
    assert status(read(f"{DEGREE} Je veux bosser dans l'insertion."), "job_seeking_ess") == "met"
    assert (
        status(read(f"{DEGREE} Je candidate auprès de mutuelles et de fondations."), "job_seeking_ess")
        == "met"
    )


def test_a_job_search_in_an_insertion_organisation_is_an_ess_job_search() -> None:
    assert (
        status(read(f"{DEGREE} Je cherche un emploi dans une structure d'insertion."), "job_seeking_ess")
        == "met"
    )


def test_an_aim_stated_as_a_goal_is_an_ess_job_search() -> None:
    body = f"{DEGREE} Mon objectif : un emploi porteur de sens dans une structure de l'ESS."
    assert status(read(body), "job_seeking_ess") == "met"


def test_applying_to_social_enterprises_in_english_is_an_ess_job_search() -> None:
    body = "I graduated with a master's degree in June 2025. I'm applying to social enterprises."
    assert status(read(body), "job_seeking_ess") == "met"
    body = "I graduated with a master's degree in June 2025. I'm looking for a job in a non-profit."
    assert status(read(body), "job_seeking_ess") == "met"


def test_a_past_job_in_an_association_is_not_an_ess_job_search() -> None:
    body = f"{DEGREE} J'ai eu un premier emploi dans une coopérative agricole. Je cherche un emploi."
    assert status(read(body), "job_seeking_ess") == "unknown"


def test_a_diploma_naming_the_ess_is_not_an_ess_job_search() -> None:
    body = "Je suis diplômée d'un master ESS en juin 2025 et je cherche un emploi."
    assert status(read(body), "job_seeking_ess") == "unknown"


# ---------------------------------------------------------------------------------- diplomas and dates

ESS_SEARCH = "Je cherche un emploi dans l'ESS."


def _education(body: str) -> dict[str, Any]:
    education: dict[str, Any] = read(body)["education"]
    return education


def test_a_bts_section_of_a_lycee_is_not_a_bts() -> None:
    body = f"{ESS_SEARCH}\n\nFormation :\nJuin 2019 : baccalauréat ES obtenu, Lycée Victor Hugo (section BTS)"
    assert _education(body)["bac_plus"] == 0
    assert status(read(body), "degree_level") == "unknown"  # a track or a BTS too: asked, never rejected


def test_an_academic_year_gives_its_end_year_as_graduation() -> None:
    assert (
        _education(f"J'ai obtenu ma licence de sociologie en 2024-25. {ESS_SEARCH}")["graduation"] == "2025"
    )
    assert _education(f"Diplômée d'un master en 2024-2025. {ESS_SEARCH}")["graduation"] == "2025"


def test_foreign_diplomas_get_their_french_level() -> None:
    belgian = f"J'ai obtenu un bachelier en communication à Bruxelles en juin 2025. {ESS_SEARCH}"
    assert _education(belgian)["bac_plus"] == 3
    italian = f"J'ai obtenu une laurea magistrale en économie à Bologne en 2025. {ESS_SEARCH}"
    assert _education(italian)["bac_plus"] == 5
    triennale = f"I graduated with a laurea triennale in sociology in July 2025. {ESS_SEARCH}"
    assert _education(triennale)["bac_plus"] == 3


def test_rncp_levels_and_literal_bac_plus_are_read_as_levels() -> None:
    assert _education(f"J'ai obtenu un titre RNCP niveau 6 en juillet 2025. {ESS_SEARCH}")["bac_plus"] == 3
    assert _education(f"J'ai obtenu une certification RNCP niveau 7 en 2025. {ESS_SEARCH}")["bac_plus"] == 5
    assert _education(f"J'ai un bac+2 obtenu en 2025. {ESS_SEARCH}")["bac_plus"] == 2
    assert (
        _education(f"I have a Bac +5 in project management, obtained in 2025. {ESS_SEARCH}")["bac_plus"] == 5
    )


def test_a_graduation_month_told_in_its_own_sentence_dates_the_diploma() -> None:
    body = f"J'ai un master en sociologie. Je suis diplômée en juin 2026. {ESS_SEARCH}"
    assert _education(body)["graduation"] == "2026-06"
    body = f"I have a master's degree in sociology. I graduated in June 2026. {ESS_SEARCH}"
    assert _education(body)["graduation"] == "2026-06"


def test_no_internship_going_on_does_not_make_the_diploma_in_progress() -> None:
    body = (
        "slt, jsuis diplômé d'un bac+3 en com depuis juin 2025, jcherche un taf dans l'ess, "
        "pas de stage en cours."
    )
    result = read(body)
    assert result["education"]["in_progress"] is False
    assert result["eligibility"]["verdict"] == "eligible"
    body = (
        "Hi, I have a Bac+3 in communication since June 2025, no internship in progress, "
        "looking for a job in a non-profit."
    )
    assert read(body)["eligibility"]["verdict"] == "eligible"


def test_a_bracketed_date_belongs_to_the_diploma_before_it() -> None:
    body = (
        "Mon parcours : Licence AES (2023), Master 2 Management des organisations de l'ESS (2025). "
        "Je recherche un premier poste en association."
    )
    assert _education(body)["graduation"] == "2025"
    assert read(body)["eligibility"]["verdict"] == "eligible"


def test_not_necessarily_in_the_ess_is_asked_not_refused() -> None:
    body = f"{DEGREE} Je cherche un emploi, pas forcément dans l'ESS."
    assert status(read(body), "job_seeking_ess") == "unknown"
    body = (
        "I graduated with a master's degree in June 2025. "
        "I'm looking for a job, not necessarily in the social economy."
    )
    assert status(read(body), "job_seeking_ess") == "unknown"
