"""The marks of inclusive writing and the neopronouns (typography, t-inclusive): a mark of gender is no fact —
«engagé·e», «diplômé.e», «inscrit(e)», «Licencié·e» read as the word they mark, «iel» as a person — and a role
entered, said with «être» in the present («je suis engagée en service civique»), is held now. Evidence still
quotes the writer's own spelling."""

from __future__ import annotations

from reading_day import criterion, extracted, status

from intake.understanding.surface import read_surface


def test_a_civic_service_one_is_engaged_in_with_a_middle_dot_is_held_now() -> None:
    body = (
        "Bonjour,\n\nJ'ai un master de géographie (Tours, 2026) et je suis engagé·e en service civique au "
        "Secours populaire jusqu'au 31 mai 2027. Je voudrais préparer la suite : un emploi dans une "
        "coopérative.\n\nLou Marchal"
    )
    result = extracted(body)
    assert status(result, "not_service_civique") == "not_met"
    assert "engagé·e" in criterion(result, "not_service_civique")["evidence"]["text"]  # the writer's spelling


def test_being_engaged_in_a_civic_service_is_a_state_held_today_not_a_finished_action() -> None:
    body = (
        "Bonjour,\n\nJ'ai une licence de sociologie (2025) et je suis engagée en service civique dans une "
        "épicerie solidaire jusqu'au 30 juin 2027. Ensuite, je voudrais un emploi dans une association.\n\n"
        "Inès Caron"
    )
    assert status(extracted(body), "not_service_civique") == "not_met"


def test_a_project_officer_s_post_held_as_an_internship_is_an_internship_running() -> None:
    body = (
        "Bonjour,\n\nJ'ai un DUT carrières sociales (2025) et je suis chargée de mission en stage dans "
        "un PTCE jusqu'au 28 février 2027. Je voudrais ensuite un emploi dans une coopérative.\n\nLou Marchal"
    )
    assert status(extracted(body), "not_internship") == "not_met"


def test_having_engaged_oneself_in_a_service_now_ended_is_no_service_held() -> None:
    body = (
        "Bonjour,\n\nJe me suis engagée en service civique en 2024 et ma mission s'est terminée en juin "
        "2025. "
        "J'ai un BTS ESF de 2025 et je cherche un emploi dans une coopérative.\n\nLou Marchal"
    )
    assert status(extracted(body), "not_service_civique") == "met"


def test_a_licence_holder_written_with_a_middle_dot_keeps_the_level_and_the_year() -> None:
    body = (
        "Bonjour,\n\nLicencié·e en histoire de l'art (2026), je cherche un poste de médiateur·ice dans une "
        "association culturelle.\n\nLou Marchal"
    )
    result = extracted(body)
    assert (result["education"]["bac_plus"], result["education"]["graduation"]) == (3, "2026")


def test_each_mark_of_gender_reads_as_the_word_it_marks_and_quotes_back_as_written() -> None:
    text = (
        "Ancien·ne alternant·e, diplômé.e.s, réinscrit(e), étudiantE, intéressé/e, animateur·ices, "
        "premier·ère : iel écrit à celleux qui l'ont aidé·e, toustes."
    )
    surface = read_surface(text)
    assert surface.read_text == (
        "Ancien alternant, diplômés, réinscrit, étudiant, intéressé, animateurs, premier : il écrit à ceux "
        "qui l'ont aidé, tous."
    )
    assert surface.written(surface.read_text) == text


def test_hyphens_periods_and_capitals_that_mark_no_gender_are_left_as_written() -> None:
    text = (
        "Peut-être, dis-le-moi : c'est-à-dire à ael.quintin@example.org ou sur www.exemple.fr/le, avec "
        "McEwan."
    )
    assert read_surface(text).read_text == text


def test_in_english_a_civic_service_one_is_engaged_in_is_held_now_as_before() -> None:
    # A guard: English was read right before; the French marks' reading leaves it as it was.
    body = (
        "Hello,\n\nI got my BA in sociology in 2025 and I am engaged in a service civique with a food bank "
        "until April 2027. I would like a job in a charity afterwards.\n\nSasha Moreau"
    )
    assert status(extracted(body), "not_service_civique") == "not_met"


def test_in_english_a_neopronoun_about_the_person_referred_carries_their_degree_as_before() -> None:
    # A guard: "ze/hir" about the person referred was read right before.
    body = (
        "Hello,\n\nI am writing for my friend Robin Keller, who uses ze/hir. Ze got hir BA in social policy "
        "in June 2025 and is looking for a job in a housing cooperative.\n\nYou can reach hir at "
        "robin.keller@example.net.\n\nMaya"
    )
    sender = {"from_name": "Maya Stone", "from_addr": "maya.stone@example.org"}
    result = extracted(body, "Referral: Robin Keller", **sender)
    assert status(result, "degree_level") == "met"


def test_a_group_searching_in_the_public_as_in_the_private_sector_leaves_the_aim_open() -> None:
    body = (
        "Bonjour,\n\nNous, les diplômées et diplômés de la licence pro GRH de Pau (juin 2026), on envoie des "
        "candidatures dans le privé comme dans le public, sans préférence.\n\nMaël Ortiz"
    )
    assert status(extracted(body), "job_seeking_ess") == "unknown"


def test_a_job_in_an_association_or_a_company_said_not_to_matter_leaves_the_aim_open() -> None:
    body = (
        "Bonjour,\n\nTitulaire d'un BTS communication (2025), je veux surtout faire de la vidéo : en "
        "association ou en entreprise, peu importe.\n\nMaël Ortiz"
    )
    assert status(extracted(body), "job_seeking_ess") == "unknown"


def test_in_english_public_or_private_sector_alike_leaves_the_aim_open() -> None:
    body = (
        "Hello,\n\nI finished my BA in geography in June 2026 and I am sending applications to the public or "
        "private sector alike.\n\nMael Ortiz"
    )
    assert status(extracted(body), "job_seeking_ess") == "unknown"


def test_in_english_a_charity_or_a_company_said_not_to_matter_leaves_the_aim_open() -> None:
    body = (
        "Hello,\n\nI got my BSc in 2025. I want a communications job with a charity or a company, it doesn't "
        "matter which.\n\nMael Ortiz"
    )
    assert status(extracted(body), "job_seeking_ess") == "unknown"
