"""How a writer holds her own deciding fact when she judges it herself (stop 56, tuner s-self): a course put
on hold whose taking-up she tells ahead is a course she is still in, whatever she concludes of it («je ne
suis plus vraiment étudiante»). My own phrasings, each read on the day it states."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message, make_pdf
from reading_day import status

from intake.extract import extract_message


def read_on(day: str, body: str) -> dict[str, Any]:
    return extract_message(make_message(body, subject="Candidature"), today=date.fromisoformat(day))


def test_a_master_on_hold_she_will_take_up_in_the_autumn_is_studies_not_over() -> None:
    result = read_on(
        "2026-12-07",
        "Bonjour,\n\nJ'ai validé un M1 de géographie en 2025. J'ai mis mon M2 en pause cette année pour "
        "raisons de santé, je le reprendrai à la rentrée prochaine. Je cherche un emploi dans une "
        "association d'environnement.\n\nInès Carpentier",
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_break_in_her_m2_she_means_to_take_up_again_is_studies_not_over() -> None:
    result = read_on(
        "2026-12-07",
        "Bonjour,\n\nM1 de droit validé. Je me considère comme plus vraiment étudiante : j'ai fait une "
        "pause dans mon M2 faute d'argent, et je vais le reprendre en septembre 2027. En attendant je "
        "voudrais travailler dans une association d'accès au droit.\n\nInès Carpentier",
    )
    assert status(result, "studies_finished") == "not_met"


def test_an_msc_on_hold_she_will_resume_next_year_is_studies_not_over() -> None:
    result = read_on(
        "2026-12-07",
        "Hello,\n\nI completed the first year of my master's in 2025. I have put my MSc on hold and I will "
        "resume it next September. Meanwhile I am looking for a job in a charity.\n\nInes Carpenter",
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_master_on_hold_she_will_not_take_up_is_still_asked() -> None:
    # Guard: the pause with no taking-up ahead (negated) stays the open question it was.
    result = read_on(
        "2026-12-07",
        "Bonjour,\n\nJ'ai validé un M1 de géographie en 2025. J'ai mis mon M2 en pause et je ne le "
        "reprendrai pas. Je cherche un emploi dans une association d'environnement.\n\nInès Carpentier",
    )
    assert status(result, "studies_finished") == "unknown"


def test_a_pause_after_her_licence_before_a_new_master_next_year_is_no_course_held() -> None:
    # Guard: the course named after the verb is a new one to enter (a plan), not the paused one taken up.
    result = read_on(
        "2026-12-07",
        "Bonjour,\n\nJ'ai obtenu ma licence en juin 2026, puis j'ai mis ma licence pro en pause ; je "
        "reprendrai un master en septembre 2027. Je cherche un emploi dans une association.\n\n"
        "Inès Carpentier",
    )
    assert status(result, "studies_finished") != "not_met"


# An internship told by its agreement (convention de stage) held now: the writer's own verdict on the name
# («pas vraiment un stage») leaves the name open, not the agreement that runs.


def test_an_agreement_she_says_is_not_really_an_internship_is_one_all_the_same() -> None:
    result = read_on(
        "2026-12-07",
        "Bonjour,\n\nMaster d'urbanisme obtenu en septembre 2026. J'ai une convention de stage avec une "
        "agence jusqu'à fin mars, mais ce n'est pas vraiment un stage, j'y fais le travail d'une salariée. "
        "Je cherche un poste dans une coopérative.\n\nMalo Guérin",
    )
    assert status(result, "not_internship") == "not_met"


def test_an_internship_agreement_running_to_march_not_really_an_internship_in_english_is_one() -> None:
    result = read_on(
        "2026-12-07",
        "Hello,\n\nI was awarded my MSc in urban planning in September 2026. I am on an internship agreement "
        "with a consultancy until the end of March, though it is not really an internship. I am looking "
        "for a job in a cooperative.\n\nMalo Guerin",
    )
    assert status(result, "not_internship") == "not_met"


def test_an_internship_agreement_that_ended_in_october_is_no_internship_now() -> None:
    # Guard: the agreement told over.
    result = read_on(
        "2026-12-07",
        "Bonjour,\n\nMaster d'urbanisme obtenu en septembre 2026. Ma convention de stage a pris fin le 31 "
        "octobre. Je cherche un poste dans une coopérative.\n\nMalo Guérin",
    )
    assert status(result, "not_internship") == "met"


def test_a_brothers_internship_agreement_is_not_hers() -> None:
    # Guard: someone else's agreement.
    result = read_on(
        "2026-12-07",
        "Bonjour,\n\nMaster d'urbanisme obtenu en septembre 2026. Mon frère a une convention de stage "
        "jusqu'en avril ; moi je cherche un poste dans une coopérative.\n\nMalo Guérin",
    )
    assert status(result, "not_internship") == "met"


def test_an_agreement_whose_internship_name_she_plainly_denies_is_asked() -> None:
    # Guard: the name turned away outright («ce n'est pas un stage : c'est un CDD»): which holds? Asked.
    result = read_on(
        "2026-12-07",
        "Bonjour,\n\nMaster d'urbanisme obtenu en septembre 2026. J'ai une convention de stage jusqu'en "
        "mars, mais ce n'est pas un stage : c'est un CDD. Je cherche un poste dans une coopérative.\n\n"
        "Malo Guérin",
    )
    assert status(result, "not_internship") == "unknown"


# An end put right in the same sentence: «ne se termine pas X mais Y» denies X; the end is Y.


def test_an_internship_that_does_not_end_in_november_but_in_january_runs_in_december() -> None:
    result = read_on(
        "2026-12-07",
        "Bonjour,\n\nMaster de médiation culturelle validé en septembre 2026. Petite correction : mon stage "
        "ne finit pas le 30 novembre, mais le 16 janvier, on me l'a prolongé. Je cherche un poste dans un "
        "lieu culturel associatif.\n\nNoé Lambert",
    )
    assert status(result, "not_internship") == "not_met"


def test_a_civic_service_that_does_not_end_in_march_but_in_october_is_over_in_december() -> None:
    # Guard the other way: the date «mais» opens is behind the reading day, so the service is over.
    result = read_on(
        "2026-12-07",
        "Bonjour,\n\nBUT carrières sociales obtenu en juin 2026. Mon service civique ne s'est pas terminé en "
        "mars mais le 31 octobre 2026. Je cherche un poste dans une maison de quartier.\n\nNoé Lambert",
    )
    assert status(result, "not_service_civique") == "met"


def test_an_internship_whose_end_is_only_denied_stays_asked() -> None:
    # Guard: a negated end with no date put in its place says nothing new.
    result = read_on(
        "2026-12-07",
        "Bonjour,\n\nMaster de médiation culturelle validé en septembre 2026. Mon stage ne se termine pas "
        "fin novembre. Je cherche un poste dans un lieu culturel associatif.\n\nNoé Lambert",
    )
    assert status(result, "not_internship") != "met"


# A CV's line under a diploma's that opens on a short course's certificate («BAFA (2022)») is an item of its
# own: its date is not the diploma's (a wrapped line, «Nanterre (Juin 2025)», still dates it).


def _read_cv_on(day: str, lines: list[str]) -> dict[str, Any]:
    pdf = make_pdf(["Yanis Perrot", "yanis.perrot@example.org", *lines])
    body = "Bonjour,\n\nMon CV est joint. Je cherche un poste d'animateur dans une association.\n\nYanis"
    message = make_message(body, subject="Candidature", attachments=[("cv.pdf", "application/pdf", pdf)])
    return extract_message(message, today=date.fromisoformat(day))


def test_a_first_aid_certificate_dated_under_an_undated_licence_does_not_date_the_licence() -> None:
    result = _read_cv_on(
        "2026-12-07",
        ["Formation", "Licence STAPS, Université de Poitiers", "PSC1 (2021)", "Expérience",
         "Animateur, centre de loisirs, étés 2021 à 2024"],
    )
    assert (result["education"] or {}).get("graduation") is None
    assert status(result, "graduation_recent") == "unknown"


def test_an_animators_certificate_line_in_english_cv_does_not_date_the_degree() -> None:
    result = _read_cv_on(
        "2026-12-07",
        ["Education", "BA in Sport Science, University of Kent", "BAFA (2020)", "Experience",
         "Youth worker, summers 2021 to 2024"],
    )
    assert (result["education"] or {}).get("graduation") is None


def test_a_wrapped_university_line_still_dates_the_licence_above_it() -> None:
    # Guard: the rest of the diploma's own line, wrapped, keeps its date.
    result = _read_cv_on(
        "2026-12-07",
        ["Formation", "Licence STAPS, Université de Poitiers,", "site de Niort (juin 2025)", "Expérience",
         "Animateur, centre de loisirs, étés 2021 à 2024"],
    )
    assert (result["education"] or {}).get("graduation") == "2025-06"


# A CV's line headed by a role that is no job («Bénévole, …», "Volunteer, …"), its place after a comma and
# then a duration: the years are a volunteer's, no career to ask about.


def test_a_volunteers_cv_line_of_several_years_is_no_career_change_asked() -> None:
    result = _read_cv_on(
        "2026-12-07",
        ["Formation", "Licence STAPS, Université de Poitiers, juin 2026", "Expérience",
         "Bénévole, club de basket - depuis 2018"],
    )
    assert status(result, "not_career_change") == "met"


def test_a_volunteers_cv_line_in_english_is_no_career_change_asked() -> None:
    result = _read_cv_on(
        "2026-12-07",
        ["Education", "BA in Sport Science, University of Kent, June 2026", "Experience",
         "Volunteer, community food bank, since 2018"],
    )
    assert status(result, "not_career_change") == "met"


def test_an_accountants_cv_line_of_several_years_is_still_a_career() -> None:
    # Guard: a trade heading the line counts its years as ever.
    result = _read_cv_on(
        "2026-12-07",
        ["Formation", "Licence STAPS, Université de Poitiers, juin 2026", "Expérience",
         "Comptable, cabinet Lemaire - depuis 2015"],
    )
    assert status(result, "not_career_change") != "met"


def test_a_volunteer_then_an_accountant_for_years_is_still_a_career() -> None:
    # Guard: a next role after the volunteer's is the one the years count.
    result = read_on(
        "2026-12-07",
        "Bonjour,\n\nLicence de gestion obtenue en juin 2026. Bénévole, puis comptable, depuis 2015 ; je "
        "cherche un poste dans une coopérative.\n\nYanis Perrot",
    )
    assert status(result, "not_career_change") != "met"
