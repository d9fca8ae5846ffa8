"""Situation classes found on the contrast corpus (issue 11, stop 21): negation attached to its noun, the
tense of a mention read in its own clause, a kind of internship or volunteering named by its qualifier, a
year of a course said as the writer's present, and the ESS named in a job's title, in a cleft or in a
clause the small parser misreads. Each stated in phrasings of its own, in French and in English where the
class exists in both, and read through `propulse extract`'s path."""

from __future__ import annotations

import pytest
from reading_day import read, status

DIPLOMA = "Licence de géographie obtenue en juin 2026."
AIM = "Je cherche un emploi dans une coopérative."
EN_DIPLOMA = "I graduated with a BA in Geography in June 2026."
EN_AIM = "I am looking for a job with a charity."


CLASSES = [
    # «de fin d'études» names the kind of internship, not when it ends.
    pytest.param(
        f"Je suis encore en stage, un stage de fin d'études à la ressourcerie qui court jusqu'en janvier ; "
        f"ma licence a été validée en juin 2026. {AIM}",
        {"not_internship": "not_met"},
        id="an_end_of_studies_internship_still_running_is_current_whatever_date_follows",
    ),
    pytest.param(
        f"I'm an intern at a food bank at the moment, an end-of-studies internship, after my BA (June 2026). "
        f"{EN_AIM}",
        {"not_internship": "not_met"},
        id="an_english_end_of_studies_internship_held_now_is_current",
    ),
    # The small parser hangs a mention on the past verb of the next clause: that tense is not its own.
    pytest.param(
        "Mon stage dans une épicerie solidaire dure jusqu'en janvier, ma licence a été obtenue en juin 2026."
        f" {AIM}",
        {"not_internship": "not_met"},
        id="my_internship_running_until_january_is_current_beside_a_past_diploma_clause",
    ),
    # A thing denied by its own determiner is absent, whatever verb governs it.
    pytest.param(
        "Aucun stage ni aucune mission de service civique à l'heure actuelle : ma licence de géographie est"
        f" terminée depuis juin 2026. {AIM}",
        {"not_internship": "met", "not_service_civique": "met"},
        id="no_internship_nor_civic_service_said_by_their_determiners_before_an_ended_degree_are_absent",
    ),
    pytest.param(
        f"No internship and no civic service at the moment: my BA in Geography was completed in June 2026. "
        f"{EN_AIM}",
        {"not_internship": "met"},
        id="an_english_no_internship_is_no_internship",
    ),
    pytest.param(
        f"Je n'ai pas terminé mon stage à la mairie. {DIPLOMA} {AIM}",
        {"not_internship": "unknown"},
        id="a_negated_end_of_an_internship_is_still_asked_about",
    ),
    # «en cours» under a negation says nothing goes on, least of all a diploma.
    pytest.param(
        "La remise de mon master d'urbanisme a eu lieu en juin 2026 ; je n'ai plus aucune activité en cours. "
        f"{AIM}",
        {"studies_finished": "met"},
        id="nothing_in_progress_under_a_negation_leaves_the_studies_finished",
    ),
    pytest.param(
        f"My master's in urban planning was awarded in June 2026 and I have nothing ongoing now. {EN_AIM}",
        {"studies_finished": "met"},
        id="an_english_nothing_ongoing_leaves_the_studies_finished",
    ),
    # A volunteering its qualifier names as another scheme than civic service: asked about, never refused.
    pytest.param(
        f"{DIPLOMA} Je suis en volontariat européen dans une association de Lisbonne jusqu'en juin 2027."
        f" {AIM}",
        {"not_service_civique": "unknown"},
        id="a_european_volunteering_held_now_is_asked_about_not_refused",
    ),
    pytest.param(
        f"{DIPLOMA} Je suis en volontariat dans une association de Lisbonne jusqu'en juin 2027. {AIM}",
        {"not_service_civique": "unknown"},
        id="a_plain_volunteering_held_now_is_asked_about_like_any_volunteering_of_unsaid_kind",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I'm on an international solidarity volunteering in Dakar until June 2027. {EN_AIM}",
        {"not_service_civique": "met"},
        id="an_english_international_volunteering_is_not_refused_as_civic_service",
    ),
    # A year of a course the writer names as theirs, undated and not said validated, is being studied now.
    pytest.param(
        f"En troisième année de licence de sociologie, {AIM.lower()}",
        {"studies_finished": "not_met"},
        id="a_third_year_of_a_degree_named_as_ones_own_is_studies_in_progress",
    ),
    pytest.param(
        f"J'ai validé ma deuxième année de licence en juin 2025 et je travaille depuis. {AIM}",
        {"studies_finished": "met"},
        id="a_year_of_a_degree_said_validated_is_not_studies_in_progress",
    ),
    # The ESS named through a job's title, a cleft, or a clause the small parser hangs elsewhere.
    pytest.param(
        f"{DIPLOMA} Je cherche un poste de chargée d'études dans une association.",
        {"job_seeking_ess": "met"},
        id="a_job_title_with_a_bare_of_complement_still_aims_at_the_ess",
    ),
    pytest.param(
        f"{DIPLOMA} Une régie de quartier associative, c'est là que je souhaite travailler.",
        {"job_seeking_ess": "met"},
        id="a_cleft_naming_the_ess_before_the_aim_is_an_aim",
    ),
    pytest.param(
        f"{DIPLOMA} Une régie de quartier associative, c'est là que je ne voudrais surtout pas travailler.",
        {"job_seeking_ess": "unknown"},
        id="a_negated_cleft_is_no_aim",
    ),
    pytest.param(
        f"{EN_DIPLOMA} A housing charity is where I would like to work.",
        {"job_seeking_ess": "met"},
        id="an_english_cleft_naming_a_charity_is_an_aim",
    ),
    pytest.param(
        "Ma licence pro date de juin 2026, c'est mon seul diplôme et je cherche mon premier poste"
        " d'éducatrice dans une maison de quartier associative.",
        {"job_seeking_ess": "met"},
        id="an_aim_coordinated_after_a_diploma_clause_is_read_in_its_own_clause",
    ),
    # «plus de» right before the noun: none left («en plus de mon stage» is the opposite, see below).
    pytest.param(
        f"{DIPLOMA} Plus de stage depuis octobre. {AIM}",
        {"not_internship": "met"},
        id="no_more_internship_said_with_plus_de_is_no_internship",
    ),
    pytest.param(
        f"{EN_DIPLOMA} No more internship since the autumn. {EN_AIM}",
        {"not_internship": "met"},
        id="an_english_no_more_internship_is_no_internship",
    ),
    pytest.param(
        f"{DIPLOMA} Aucune reconversion dans mon cas : {AIM.lower()}",
        {"not_career_change": "met"},
        id="a_career_change_denied_by_its_determiner_is_no_career_change",
    ),
    pytest.param(
        f"{EN_DIPLOMA} No career change in my case: {EN_AIM}",
        {"not_career_change": "met"},
        id="an_english_no_career_change_is_no_career_change",
    ),
    # An end denied, then a date it runs until; an extension told in the past, with the date it runs to.
    pytest.param(
        f"{DIPLOMA} Mon service civique n'est pas fini, il se poursuit jusqu'en avril. {AIM}",
        {"not_service_civique": "not_met"},
        id="a_civic_service_not_over_running_until_april_is_current",
    ),
    pytest.param(
        f"{EN_DIPLOMA} My civic service isn't over, it goes on until April. {EN_AIM}",
        {"not_service_civique": "not_met"},
        id="an_english_civic_service_not_over_running_until_april_is_current",
    ),
    pytest.param(
        f"{EN_DIPLOMA} I haven't finished my internship yet. {EN_AIM}",
        {"not_internship": "not_met"},
        id="an_english_internship_not_finished_yet_is_current",
    ),
    pytest.param(
        f"{DIPLOMA} Ma mission de service civique a été prolongée jusqu'en mars. {AIM}",
        {"not_service_civique": "not_met"},
        id="a_civic_service_extended_until_march_is_current",
    ),
    pytest.param(
        f"{EN_DIPLOMA} My internship was extended until February. {EN_AIM}",
        {"not_internship": "not_met"},
        id="an_english_internship_extended_until_february_is_current",
    ),
    pytest.param(
        f"{EN_DIPLOMA} My civic service lasted until May. {EN_AIM}",
        {"not_service_civique": "met"},
        id="an_english_civic_service_that_lasted_until_may_is_over",
    ),
    pytest.param(
        f"{DIPLOMA} Mon service civique a duré jusqu'en mai. {AIM}",
        {"not_service_civique": "met"},
        id="a_civic_service_that_lasted_until_may_is_over",
    ),
    # Said without a verb: a participle alone is done; «toujours», «encore» say it is still held.
    pytest.param(
        f"{DIPLOMA} Fini le stage depuis octobre ! {AIM}",
        {"not_internship": "met"},
        id="an_internship_told_finished_by_a_lone_participle_is_over",
    ),
    pytest.param(
        f"{DIPLOMA} Toujours stagiaire pour quelques semaines. {AIM}",
        {"not_internship": "not_met"},
        id="still_an_intern_said_without_a_verb_is_current",
    ),
    pytest.param(
        f"{EN_DIPLOMA} Still an intern for a few weeks. {EN_AIM}",
        {"not_internship": "not_met"},
        id="an_english_still_an_intern_without_a_verb_is_current",
    ),
    # One's own situation named as what runs beside the search.
    pytest.param(
        f"{DIPLOMA} En parallèle de mon stage à la médiathèque, je postule dans des associations.",
        {"not_internship": "not_met"},
        id="applying_alongside_my_internship_means_the_internship_is_current",
    ),
    pytest.param(
        f"{EN_DIPLOMA} Alongside my internship at the library, I'm applying to charities.",
        {"not_internship": "not_met"},
        id="an_english_search_alongside_my_internship_means_it_is_current",
    ),
    pytest.param(
        f"{DIPLOMA} Pendant mon stage, j'ai découvert le monde associatif. {AIM}",
        {"not_internship": "met"},
        id="what_happened_during_my_internship_told_in_the_past_leaves_it_over",
    ),
    pytest.param(
        f"{DIPLOMA} Je suis employée en CDD et non stagiaire. {AIM}",
        {"not_internship": "met"},
        id="a_role_denied_by_non_is_not_held",
    ),
    pytest.param(
        f"{DIPLOMA} Stagiaire jusqu'en mars, puis disponible. {AIM}",
        {"not_internship": "not_met"},
        id="a_role_named_without_a_verb_until_a_date_ahead_is_current",
    ),
    pytest.param(
        f"{DIPLOMA} J'ai un stage au conseil départemental jusqu'en avril. {AIM}",
        {"not_internship": "not_met"},
        id="having_an_internship_until_a_date_ahead_is_current",
    ),
    pytest.param(
        f"J'ai une licence de géographie (juin 2026) et un stage de six mois dans une SCOP. {AIM}",
        {"not_internship": "met"},
        id="having_a_licence_and_a_six_month_internship_is_an_experience",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CLASSES)
def test_each_contrast_situation_class_reads_its_criteria(body: str, expected: dict[str, str]) -> None:
    result = read(body)
    assert {criterion: status(result, criterion) for criterion in expected} == expected


def test_a_year_of_a_course_in_the_subject_over_a_short_body_is_studies_in_progress() -> None:
    result = read(
        "Bonjour, tout est dans l'objet. Inès Martin, 06 12 34 56 78",
        subject="3e année de BUT Carrières sociales - je cherche un emploi en association",
    )
    assert status(result, "studies_finished") == "not_met"
    assert result["eligibility"]["verdict"] == "not_eligible"


def test_a_diploma_in_the_subject_without_a_year_of_course_stays_obtained() -> None:
    result = read(
        "Bonjour, tout est dans l'objet. Inès Martin, 06 12 34 56 78",
        subject="BUT Carrières sociales juin 2026 - je cherche un emploi en association",
    )
    assert status(result, "studies_finished") == "met"


def test_a_volunteering_of_another_kind_is_asked_about_quoting_its_sentence() -> None:
    result = read(f"{DIPLOMA} Je suis en volontariat international au Bénin jusqu'en mai 2027. {AIM}")
    criterion = next(c for c in result["eligibility"]["criteria"] if c["id"] == "not_service_civique")
    assert criterion["status"] == "unknown"
    assert "volontariat international" in criterion["evidence"]["text"]
    assert result["eligibility"]["verdict"] == "to_verify"


SHORT_BODY = "Bonjour, licence de géographie obtenue en juin 2026, je cherche un emploi dans une coopérative."


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        pytest.param("Candidature - encore en stage", {"not_internship": "not_met"}, id="still"),
        pytest.param("Candidature - en stage jusqu'en avril", {"not_internship": "not_met"}, id="until"),
        pytest.param("Candidature - fin de stage le 12 février", {"not_internship": "not_met"}, id="ends"),
        pytest.param("Candidature - plus en stage", {"not_internship": "met"}, id="no_longer"),
        pytest.param("Application - internship finished", {"not_internship": "met"}, id="english_over"),
    ],
)
def test_a_situation_in_the_subject_is_read_as_the_writers_words_of_today(
    subject: str, expected: dict[str, str]
) -> None:
    result = read(SHORT_BODY, subject=subject)
    assert {criterion: status(result, criterion) for criterion in expected} == expected
