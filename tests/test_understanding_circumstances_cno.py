"""Facts of a life's circumstance that rule someone out (the circumstances corpus): a course begun now, about
to begin, or taken up again after an illness is studies running, not finished; a diploma told by its start
only is not had; the level-4 title a recommended person has is below the bar; a hospital of the State, a
clinic of a market or a luxury hotel is no employer of the ESS; years full time in the family's business
before a degree are a career."""

from __future__ import annotations

from reading_day import extracted, status


def test_a_master_begun_after_a_move_is_studies_running() -> None:
    result = extracted(
        "Bonjour,\n\nTitulaire d'un DUT Carrières sociales (juin 2025), j'ai emménagé à Tours pour débuter "
        "un master en alternance dans une mutuelle. Pouvez-vous m'aider pour la suite ?\n\nInès Martin"
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_masters_just_started_is_studies_running() -> None:
    result = extracted(
        "Hello,\n\nI hold a BA in sociology (June 2025) and I've just started a master's in urban planning "
        "in Lille. I would like to work for a housing charity later.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_licence_taken_up_again_after_an_operation_is_not_finished() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un BTS ESF obtenu en juin 2025. Une opération m'a obligée à suspendre ma troisième "
        "année ; je reprends la licence en février. Je voudrais travailler dans un centre social.\n\nInès "
        "Martin"
    )
    assert status(result, "studies_finished") == "not_met"


def test_going_back_to_ones_msc_in_january_is_not_finished() -> None:
    result = extracted(
        "Hi,\n\nI got my bachelor's in geography in June 2025. A long illness stopped me this autumn, and "
        "I'm going back to my MSc in January. I'd love to work for an environmental charity.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "studies_finished") == "not_met"


def test_a_post_sought_in_a_public_hospital_is_outside_the_ess() -> None:
    result = extracted(
        "Bonjour,\n\nDiplômée d'un BTS SP3S en juin 2025, je souhaite travailler comme secrétaire médicale "
        "dans un hôpital public près de chez moi.\n\nInès Martin"
    )
    assert status(result, "job_seeking_ess") == "not_met"


def test_a_job_sought_at_a_public_hospital_is_outside_the_ess() -> None:
    result = extracted(
        "Hello,\n\nI completed my BTS in June 2025 and I'm looking for an admin job at a public hospital in "
        "Nantes.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "not_met"


def test_a_post_sought_in_a_luxury_hotel_is_outside_the_ess() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai validé un BTS Tourisme en juin 2026 et je cherche un emploi de réceptionniste dans "
        "un hôtel de luxe à Nice.\n\nInès Martin"
    )
    assert status(result, "job_seeking_ess") == "not_met"


def test_a_job_sought_in_a_private_clinic_is_outside_the_ess() -> None:
    result = extracted(
        "Hello,\n\nI graduated with a BSc in nursing management in June 2026 and I want to work in a private "
        "clinic in Lyon.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "job_seeking_ess") == "not_met"


def test_a_master_told_by_its_start_only_is_not_had() -> None:
    result = extracted(
        "Bonjour,\n\nLicence d'histoire obtenue en juin 2025, puis master de sociologie commencé en "
        "septembre 2025. Une opération m'a tenue loin des cours tout le printemps. Je cherche un poste dans "
        "une association.\n\nInès Martin"
    )
    assert result["education"]["bac_plus"] == 3


def test_an_msc_told_by_its_start_only_is_not_had() -> None:
    result = extracted(
        "Hello,\n\nBA in history obtained in June 2025, then an MSc in sociology started in September 2025. "
        "Surgery kept me away from classes all spring. I'm looking for a job at a charity.\n\nInes Martin",
        subject="Application",
    )
    assert result["education"]["bac_plus"] == 3


def test_years_full_time_in_the_family_bakery_before_a_bts_are_a_career() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai tenu la boulangerie de ma mère à plein temps pendant sept ans, puis j'ai passé un "
        "BTS, obtenu en juin 2026. Je cherche un poste dans une épicerie solidaire.\n\nInès Martin"
    )
    assert status(result, "not_career_change") == "not_met"


def test_years_running_ones_parents_shop_before_a_ba_are_a_career() -> None:
    result = extracted(
        "Hello,\n\nI ran my parents' grocery for six years before starting my BA, which I got in June 2026. "
        "I'm now looking for a job in a food cooperative.\n\nInes Martin",
        subject="Application",
    )
    assert status(result, "not_career_change") == "not_met"


def test_a_level_four_title_the_person_recommended_has_is_below_the_bar() -> None:
    result = extracted(
        "Bonjour,\n\nJe vous écris pour mon voisin Karim Benali : il a le BPJEPS Animation sociale et "
        "voudrait un poste dans un centre social associatif.\n\nInès Martin"
    )
    assert status(result, "degree_level") == "not_met"
