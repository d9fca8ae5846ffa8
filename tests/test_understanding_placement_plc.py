"""Facts standing where a reader of running prose may lose them (the placement corpus, stop 38): a situation
placed «en» under a verb of working, a form's field for today dated by its end, and a where-word that tells a
place on the map or none, not a search open to any sector."""

from __future__ import annotations

from reading_day import extracted, status


def test_working_somewhere_en_stage_is_holding_an_internship_now() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai eu ma licence de géographie en juin 2026 ; je travaille actuellement à la Mairie "
        "de Brest, en stage jusqu'au 20 février, au service jeunesse. Je cherche ensuite un emploi dans "
        "une association.\n\nInès Martin"
    )
    assert status(result, "not_internship") == "not_met"


def test_je_travaille_au_centre_social_en_stage_jusqu_a_fevrier_est_un_stage_en_cours() -> None:
    result = extracted(
        "Bonjour,\n\nLicence de sociologie obtenue en juin 2026. Je travaille en ce moment au Centre Social "
        "de Quimper, en stage jusqu'au 20 février, auprès des familles. Ensuite, je cherche un emploi dans "
        "une association.\n\nInès Martin"
    )
    assert status(result, "not_internship") == "not_met"


def test_a_form_field_for_today_naming_an_internship_until_a_coming_day_is_held_now() -> None:
    result = extracted(
        "Nom : Martin\nPrénom : Inès\nDiplôme : licence d'histoire, juin 2026\nSituation actuelle : stage, "
        "jusqu'au 15 mars\nProjet : un poste dans une "
        "association d'éducation populaire"
    )
    assert status(result, "not_internship") == "not_met"


def test_a_form_field_for_today_ending_on_a_month_long_passed_is_asked_not_refused() -> None:
    result = extracted(
        "Nom : Martin\nPrénom : Inès\nDiplôme : licence d'histoire, juin 2026\nSituation actuelle : stage "
        "(jusqu'au 15 septembre)\nProjet : un poste dans une association d'éducation populaire"
    )
    assert status(result, "not_internship") == "unknown"


def test_anywhere_in_a_region_says_where_not_which_sector() -> None:
    result = extracted(
        "Hello,\n\nI got my MSc in geography in June 2026 and I am looking for a job in a tenants' "
        "association, anywhere in Brittany.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "met"


def test_n_importe_ou_dans_la_region_dit_ou_pas_quel_secteur() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu mon master de géographie en juin 2026 et je cherche un emploi dans une "
        "coopérative d'habitants, n'importe où dans la région.\n\nInès Martin"
    )
    assert status(result, "job_seeking_ess") == "met"


def test_not_registered_anywhere_since_opens_no_search_to_any_sector() -> None:
    result = extracted(
        "Hello,\n\nI have a BA in history (done in June 2025; I haven't enrolled anywhere since) and I "
        "would like a job in a charity for the elderly.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "met"


def test_anywhere_with_no_place_still_opens_the_search_to_any_sector() -> None:
    result = extracted(
        "Hello,\n\nI got my BA in history in June 2025. I don't mind where I work, anywhere will do, a "
        "charity or a bank.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "unknown"


def test_a_subject_saying_en_stage_with_no_end_leaves_the_internship_asked() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai une licence de sociologie obtenue en 2025 et j'aimerais travailler dans une "
        "association de quartier.\n\nInès Martin",
        subject="Candidature Pro'pulse - licence 2025, en stage",
    )
    assert status(result, "not_internship") == "unknown"


def test_a_subject_saying_currently_on_a_placement_with_no_end_leaves_the_internship_asked() -> None:
    result = extracted(
        "Hello,\n\nI have a BA in sociology (2025) and I would like to work for a tenants' association.\n\n"
        "Ines Martin",
        subject="Application - currently on an internship at the Red Cross",
    )
    assert status(result, "not_internship") == "unknown"


def test_a_subject_placing_the_writer_en_stage_until_a_coming_month_tells_it_runs() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un BUT carrières sociales obtenu en 2025 et je voudrais travailler dans une "
        "association.\n\nInès Martin",
        subject="Candidature — BUT GEA 2025, en stage jusqu'en mars",
    )
    assert status(result, "not_internship") == "not_met"
