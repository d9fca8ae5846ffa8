"""Humanities, teaching, farming and vocational routes read by their own words (stop 49, the d-teach slice of
the disciplines round): farming's employers of the ESS named by their kind (an AMAP, a jardin d'insertion,
a CPIE), farming's brevets professionnels and certificats de spécialisation at the bac's level, a trainee
teacher's year as a placement held now, a civic service begun long enough ago to be over left open. My own
phrasings, in French and in English where the meaning exists there, read through `propulse extract`'s path
(tests/reading_day.py)."""

from __future__ import annotations

from reading_day import extracted, kind, names, status


def test_a_search_for_a_post_in_an_amap_is_a_search_in_the_social_economy() -> None:
    result = extracted(
        "Bonjour,\n\nTitulaire d'une licence pro de maraîchage bio depuis juillet 2026, j'aimerais être "
        "salariée d'une AMAP du Limousin ou d'un jardin d'insertion, comme animatrice.\n\nLéna Faure"
    )
    assert status(result, "job_seeking_ess") == "met"


def test_a_cpie_sought_in_capitals_is_the_social_economy() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un master de géographie obtenu en juin 2026 et je cherche un poste d'animateur "
        "nature dans un CPIE de Bretagne.\n\nYann Le Goff"
    )
    assert status(result, "job_seeking_ess") == "met"


def test_a_garden_sought_with_no_word_of_integration_is_not_read_as_the_social_economy() -> None:
    # Guard: only the jardin d'insertion is an employer of the ESS; a garden alone is anyone's.
    result = extracted(
        "Bonjour,\n\nJ'ai un BTSA aménagements paysagers de juin 2026 et je cherche un poste de jardinier "
        "dans un jardin botanique.\n\nPaul Ménard"
    )
    assert status(result, "job_seeking_ess") != "met"


def test_a_bprea_after_a_first_trade_is_below_bac_plus_two() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai obtenu mon BPREA en viticulture en mars 2026 au CFPPA de Beaune et je cherche un "
        "emploi dans une coopérative.\n\nMarc Vasseur"
    )
    assert result["education"]["bac_plus"] == 0
    assert status(result, "degree_level") == "not_met"


def test_a_certificat_de_specialisation_is_below_bac_plus_two() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai validé un certificat de spécialisation en conduite de l'élevage laitier en "
        "juin 2026 au lycée agricole de Pontivy. Je cherche un emploi dans une coopérative agricole."
        "\n\nJulie Morvan"
    )
    assert result["education"]["bac_plus"] == 0


def test_a_bprea_beside_a_master_leaves_the_master_as_the_level() -> None:
    # Guard: the highest diploma counts; a farming certificate after a master does not lower the level.
    result = extracted(
        "Bonjour,\n\nMaster de sociologie en 2025, puis un BPREA maraîchage validé en octobre 2026. Je "
        "cherche un emploi dans une AMAP.\n\nClaire Dumont"
    )
    assert result["education"]["bac_plus"] == 5
    assert status(result, "degree_level") == "met"


def test_an_enseignant_stagiaire_in_a_lycee_since_the_start_of_the_school_year_is_in_a_placement() -> None:
    result = extracted(
        "Bonjour,\n\nMaster MEEF d'anglais en juin 2026 ; depuis la rentrée, je suis enseignant stagiaire "
        "au lycée Poincaré. Je voudrais rejoindre une association d'éducation populaire.\n\nAnaïs Roy"
    )
    assert status(result, "not_internship") == "not_met"


def test_a_professeur_des_ecoles_stagiaire_is_in_a_placement() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai un master MEEF premier degré de juin 2026 et je suis professeur des écoles "
        "stagiaire à Lille cette année. Je cherche un emploi dans une association.\n\nHugo Caron"
    )
    assert status(result, "not_internship") == "not_met"


def test_an_english_trainee_teacher_at_a_school_now_is_in_a_placement() -> None:
    result = extracted(
        "Hello,\n\nI completed my MA in Education in June 2026 and I am currently a trainee teacher at a "
        "secondary school in Leeds. I would like to work for a literacy charity.\n\nRuth Adams"
    )
    assert status(result, "not_internship") == "not_met"


def test_a_trainee_teacher_year_given_up_last_summer_is_no_placement_now() -> None:
    # Guard: the year is over (resigned), told in the past.
    result = extracted(
        "Bonjour,\n\nMaster MEEF d'histoire en juin 2025 ; j'ai été professeure stagiaire l'an dernier, puis "
        "j'ai démissionné en juillet. Je cherche un emploi dans une association d'éducation populaire."
        "\n\nNina Petit"
    )
    assert status(result, "not_internship") == "met"


def test_a_sister_who_is_a_trainee_teacher_gives_the_writer_no_placement() -> None:
    # Guard: another person's year of training.
    result = extracted(
        "Bonjour,\n\nJ'ai une licence de géographie depuis juin 2025. Ma sœur est professeure stagiaire "
        "à Metz, moi je cherche un emploi dans une association de solidarité.\n\nLéo Petit"
    )
    assert status(result, "not_internship") == "met"


def test_a_civic_service_held_since_april_with_no_end_told_may_be_over_and_is_asked() -> None:
    result = extracted(
        "Bonjour,\n\nLicence pro de gestion de l'eau obtenue en juin 2025. Je suis volontaire en service "
        "civique depuis avril dans un CPIE, et je cherche un emploi dans une association.\n\nTom Guérin"
    )
    assert status(result, "not_service_civique") == "unknown"


def test_an_english_civic_service_since_the_spring_with_no_end_is_asked() -> None:
    result = extracted(
        "Hello,\n\nI got my BA in Geography in July 2025 and I have been doing a service civique with a "
        "youth charity in Lille since the spring. I am looking for a job in a non-profit.\n\nAmy Clarke"
    )
    assert status(result, "not_service_civique") == "unknown"


def test_a_civic_service_begun_in_october_still_runs_and_fails_the_criterion() -> None:
    # Guard: begun too lately for its shortest length to be over.
    result = extracted(
        "Bonjour,\n\nLicence de géographie obtenue en juin 2025. Je suis en service civique depuis octobre "
        "dans une ressourcerie, et je cherche un emploi dans une association.\n\nTom Guérin"
    )
    assert status(result, "not_service_civique") == "not_met"


def test_a_civic_service_since_april_with_its_end_ahead_still_fails_the_criterion() -> None:
    # Guard: the end told decides, not the start.
    result = extracted(
        "Bonjour,\n\nLicence de géographie obtenue en juin 2025. Je suis en service civique depuis avril "
        "dans une ressourcerie, jusqu'en mars 2027.\n\nTom Guérin"
    )
    assert status(result, "not_service_civique") == "not_met"


def test_a_withdrawal_giving_a_hire_as_its_reason_is_other_mail() -> None:
    body = (
        "Bonjour,\n\nJe vous préviens que je retire ma candidature, j'ai été recrutée par une ressourcerie "
        "de Lorient lundi.\n\nMerci encore,\nSolène Guillou"
    )
    assert kind(body, "Désistement", sender=("Solène Guillou", "solene.guillou@example.org")) == "other"


def test_an_english_withdrawal_because_one_got_hired_is_other_mail() -> None:
    body = (
        "Hello,\n\nI am writing to withdraw my application, I got hired by a food co-op in Nantes last "
        "week.\n\nThanks for your help,\nElla Stone"
    )
    assert kind(body, "Withdrawal", sender=("Ella Stone", "ella.stone@example.org")) == "other"


def test_a_wish_to_be_hired_beside_a_diploma_is_still_an_application() -> None:
    # Guard: the passive of hiring with no application taken back is a search.
    body = (
        "Bonjour,\n\nJ'ai une licence pro d'agriculture bio de juin 2026 et j'aimerais être embauchée dans "
        "une AMAP.\n\nSolène Guillou"
    )
    assert kind(body, "Programme", sender=("Solène Guillou", "solene.guillou@example.org")) == "application"


def test_an_internship_running_with_no_end_date_set_is_asked() -> None:
    result = extracted(
        "Bonjour,\n\nBTSA gestion forestière obtenu en juin 2026. Je suis en stage à l'ONF depuis septembre, "
        "pas encore de date de fin. Je cherche un emploi dans une coopérative forestière.\n\nLouis Barre"
    )
    assert status(result, "not_internship") == "unknown"


def test_an_english_open_ended_placement_is_asked() -> None:
    result = extracted(
        "Hello,\n\nI finished my BSc in Agriculture in July 2026 and since October I have been doing an "
        "open-ended internship on an organic farm. I want to work for a food co-op.\n\nRose Hill"
    )
    assert status(result, "not_internship") == "unknown"


def test_an_internship_with_its_end_date_told_still_fails_the_criterion() -> None:
    # Guard: an end told is a fixed end.
    result = extracted(
        "Bonjour,\n\nBTSA gestion forestière obtenu en juin 2026. Je suis en stage à l'ONF depuis septembre, "
        "jusqu'au 28 février 2027. Je cherche un emploi dans une coopérative forestière.\n\nLouis Barre"
    )
    assert status(result, "not_internship") == "not_met"


def test_a_volunteer_mentor_introduces_the_person_he_names_in_capitals_not_his_own_words() -> None:
    result = extracted(
        "Dear team,\n\nAs a volunteer, I mentor young graduates through our association, and I would like "
        "to introduce Kofi Mensah. He completed his BA in Politics at Leeds in June 2025 and wants to work "
        "for a charity. His email is kofi.mensah@example.org.\n\nBest,\nPeter Lang",
        subject="Introducing Kofi Mensah",
        from_name="Peter Lang",
        from_addr="peter.lang@example.org",
    )
    assert names(result) == ("Kofi", "Mensah")

