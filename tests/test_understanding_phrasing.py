"""Other ways of writing the same facts: tense, negation, CV layouts, English, names in any order."""

from __future__ import annotations

from fixtures_docs import DOCX_TYPE, make_docx, make_pdf
from reading_day import read, status


def test_finishing_an_internship_that_ends_next_year_is_a_current_internship() -> None:
    result = read("Je termine actuellement mon stage chez Ronalpia (fin prévue en février 2027).")
    assert status(result, "not_internship") == "not_met"


def test_an_internship_on_a_cv_since_a_recent_month_is_current_but_a_dated_one_is_past() -> None:
    current = make_docx(["Expériences", "Stage – Ronalpia (depuis octobre 2026)"])
    past = make_docx(
        ["Expériences", "2026 : stage de 4 mois chez La Cloche", "Sept. 2025 – févr. 2026 : Stage"]
    )
    assert (
        status(read("Je candidate.", attachments=[("cv.docx", DOCX_TYPE, current)]), "not_internship")
        == "not_met"
    )
    assert (
        status(read("Je candidate.", attachments=[("cv.docx", DOCX_TYPE, past)]), "not_internship") == "met"
    )


def test_a_service_civique_range_ending_in_the_future_is_current() -> None:
    cv = make_pdf(["Expériences", "Sept. 2026 – juin 2027 : Service civique – Unis-Cité"])
    result = read("Je candidate.", attachments=[("cv.pdf", "application/pdf", cv)])
    assert status(result, "not_service_civique") == "not_met"


def test_a_volunteer_in_service_civique_until_next_year_is_excluded() -> None:
    result = read("Je suis volontaire en service civique à la Croix-Rouge jusqu'en mars 2027.")
    assert status(result, "not_service_civique") == "not_met"


def test_years_spent_in_another_trade_mean_a_career_change() -> None:
    result = read("Après 12 années passées dans la grande distribution, je souhaite changer de voie.")
    assert status(result, "not_career_change") == "not_met"


def test_graduating_next_year_means_studies_are_not_finished() -> None:
    result = read("Je serai diplômée de mon master en juin 2027, je cherche un emploi dans l'ESS.")
    assert result["education"]["in_progress"] is True
    assert status(result, "studies_finished") == "not_met"
    assert status(result, "degree_level") == "unknown"


def test_graduated_in_a_past_month_is_not_read_as_graduating() -> None:
    result = read(
        "I graduated in June 2025 with a Master's in Public Policy. I am passionate about the social "
        "and solidarity economy and looking for my first job."
    )
    assert (result["education"]["bac_plus"], result["education"]["graduation"]) == (5, "2025-06")
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_professional_title_level_maps_to_bac_plus() -> None:
    assert read("Je suis titulaire d'un titre RNCP niveau 6 obtenu en 2025.")["education"]["bac_plus"] == 3
    assert read("Diplômée d'un DEES en juin 2025.")["education"]["bac_plus"] == 3


def test_a_year_range_after_the_diploma_gives_its_end() -> None:
    cv = make_docx(["Formation", "Master Développement local – Université Lyon 2 (2023-2025)"])
    result = read("Je candidate.", attachments=[("cv.docx", DOCX_TYPE, cv)])
    assert result["education"]["graduation"] == "2025"


def test_a_surname_first_display_name_is_put_in_order_by_the_cv() -> None:
    cv = make_pdf(["Marie Dupont", "Lyon · 06 11 22 33 44"])
    result = read(
        "Voici ma candidature.",
        from_name="Dupont Marie",
        from_addr="md@example.org",
        attachments=[("cv.pdf", "application/pdf", cv)],
    )
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Marie", "Dupont")


def test_an_objective_line_on_a_cv_states_the_ess_interest() -> None:
    cv = make_pdf(["Marie Dupont", "Objectif : un poste de chargée de mission dans l'ESS", "Formation"])
    result = read("Voici ma candidature.", attachments=[("cv.pdf", "application/pdf", cv)])
    assert status(result, "job_seeking_ess") == "met"


def test_searching_any_sector_leaves_the_ess_interest_to_verify() -> None:
    cv = make_pdf(["Hugo LEMAIRE", "Recherche d'emploi - tous secteurs"])
    result = read(
        "Je cherche un emploi et j'ai vu que vous aidiez les jeunes diplômés.",
        attachments=[("cv.pdf", "application/pdf", cv)],
    )
    ess = next(c for c in result["eligibility"]["criteria"] if c["id"] == "job_seeking_ess")
    # Unknown either way; what shows the CV line was read is the reason the coordinator gets.
    assert ess["status"] == "unknown"
    assert ess["reason"] == "Recherche un emploi « tous secteurs » : intérêt pour l'ESS à vérifier."
    assert "tous secteurs" in ess["evidence"]["text"]


def test_a_cv_with_dates_on_the_line_below_each_diploma_pairs_them_correctly() -> None:
    cv = make_docx(
        [
            "Marie Dupont",
            "FORMATION",
            "Master ESS – Université Lyon 2",
            "2023 – 2025",
            "Licence AES – Université Lyon 2",
            "2020 – 2023",
        ]
    )
    result = read("Je candidate.", attachments=[("cv.docx", DOCX_TYPE, cv)])
    assert (result["education"]["bac_plus"], result["education"]["graduation"]) == (5, "2025")


def test_a_skill_line_and_a_capitalised_heading_are_not_diplomas() -> None:
    cv = make_docx(
        [
            "COMPÉTENCES",
            "Maîtrise de Canva et Excel",
            "MON BUT : TRAVAILLER DANS L'ESS",
            "Formation",
            "2022 : BTS Économie sociale familiale",
        ]
    )
    result = read("Je candidate.", attachments=[("cv.docx", DOCX_TYPE, cv)])
    assert (result["education"]["bac_plus"], result["education"]["graduation"]) == (2, "2022")


def test_a_second_year_of_licence_is_a_bac_plus_two_and_a_date_goes_with_its_own_diploma() -> None:
    result = read("J'ai validé une licence 2 de droit en 2024 puis un BTS en 2026.")
    assert (result["education"]["bac_plus"], result["education"]["graduation"]) == (2, "2026")


def test_a_display_name_typed_in_lower_case_is_still_a_name() -> None:
    result = read("Bonjour, je candidate.", from_name="marie dupont", from_addr="md@example.org")
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Marie", "Dupont")


def test_a_diploma_the_lexicon_does_not_know_makes_the_level_unknown_not_a_rejection() -> None:
    result = read(
        "Bonjour, j'ai obtenu mon diplôme d'État de guide de haute montagne en juillet 2025 après mon bac "
        "en 2022. Je cherche un emploi dans l'ESS."
    )
    assert result["education"]["bac_plus"] == 0
    assert status(result, "degree_level") == "unknown"
    assert result["eligibility"]["verdict"] == "to_verify"


def test_a_diploma_in_progress_next_to_an_obtained_one_means_studies_are_not_finished() -> None:
    cv = make_pdf(
        [
            "Chloé Bernard",
            "Formation",
            "Master 2 Management des associations (en cours, soutenance juin 2027)",
            "Licence AES (2024)",
        ]
    )
    result = read("Je candidate.", attachments=[("cv.pdf", "application/pdf", cv)])
    assert result["education"]["bac_plus"] == 3
    assert status(result, "studies_finished") == "not_met"


def test_two_years_of_volunteering_are_not_a_career_change() -> None:
    result = read(
        "Après 2 ans dans l'associatif en service civique puis en stage, je suis diplômée d'un master "
        "depuis juin 2026 et je cherche un emploi dans l'ESS."
    )
    assert status(result, "not_career_change") == "met"


def test_civilities_parentheses_and_trailing_details_are_not_part_of_a_name() -> None:
    assert (
        read("Je candidate.", from_name="Mme Léa MARTIN (via LinkedIn)")["applicant"]["last_name"] == "Martin"
    )
    signed = read(
        "Bonjour, je candidate.\nCordialement,\nLéa Martin – 06 12 34 56 78",
        from_name="",
        from_addr="lm@example.org",
    )
    assert (signed["applicant"]["first_name"], signed["applicant"]["last_name"]) == ("Léa", "Martin")


def test_the_cv_name_is_the_header_line_matching_the_address_not_a_place_or_a_job_title() -> None:
    cv = make_pdf(
        [
            "Développeuse Web Junior",
            "Kennedy Space Center, Cap Canaveral",
            "06 12 34 56 78 · george@abitbol.org",
            "George ABITBOL",
            "Formation",
        ]
    )
    result = read(
        "Je candidate.",
        from_name="",
        from_addr="george@abitbol.org",
        attachments=[("cv.pdf", "application/pdf", cv)],
    )
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("George", "Abitbol")


def test_labelled_name_fields_of_a_form_like_cv_are_read() -> None:
    cv = make_docx(
        ["Informations personnelles", "Nom : TRAORÉ", "Prénom : Awa", "Téléphone : 06 12 34 56 78"]
    )
    result = read(
        "Je candidate.", from_name="", from_addr="x@example.org", attachments=[("cv.docx", DOCX_TYPE, cv)]
    )
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Awa", "Traoré")


def test_a_cv_range_open_until_today_is_a_current_service_civique() -> None:
    cv = make_docx(["Expériences", "Septembre 2026 – aujourd'hui : Service civique, Unis-Cité"])
    result = read("Je candidate.", attachments=[("cv.docx", DOCX_TYPE, cv)])
    assert status(result, "not_service_civique") == "not_met"


def test_a_licence_stopped_in_second_year_without_validating_it_does_not_count() -> None:
    result = read(
        "Bonjour, j'ai un bac pro et j'ai arrêté ma licence en L2 sans la valider. "
        "Je cherche un travail dans l'ESS."
    )
    assert result["education"]["bac_plus"] == 0
    assert status(result, "degree_level") == "not_met"


def test_an_abandoned_master_leaves_the_licence_obtained_before_it() -> None:
    result = read(
        "J'ai obtenu ma licence de sociologie en juin 2025, puis j'ai abandonné mon master en janvier."
    )
    assert result["education"]["bac_plus"] == 3


def test_a_two_column_cv_with_a_short_item_sidebar_is_read_column_by_column() -> None:
    from fixtures_docs import make_two_column_pdf

    cv = make_two_column_pdf(
        [
            "Paul GIRARD",
            "paul.girard@example.org",
            "06 33 44 55 66",
            "Rennes",
            "COMPÉTENCES",
            "Gestion de projet",
        ],
        [
            "FORMATION",
            "Master 2 Management des ONG — Université Rennes 2 — 2025",
            "Licence Sociologie — 2023",
            "EXPÉRIENCE",
            "Stage — Emmaüs Connect — 2025",
            "Je recherche un poste de chargé de projet dans l'ESS",
        ],
        row_by_row=True,
    )
    result = read("Bonjour,\nCi-joint mon CV.\nPaul", attachments=[("cv.pdf", "application/pdf", cv)])
    assert result["applicant"]["city"] == "Rennes"
    assert result["applicant"]["phone"] == "+33633445566"
    assert status(result, "job_seeking_ess") == "met"


def test_a_job_search_in_progress_does_not_make_the_diploma_in_progress() -> None:
    for body in (
        "Titulaire d'un master ESS obtenu en juin 2025, recherche d'emploi en cours dans l'ESS.",
        "Diplômé d'un master en 2025, démarches en cours pour trouver un emploi dans une association.",
    ):
        result = read(body)
        assert result["education"]["in_progress"] is False, body
        assert status(result, "studies_finished") == "met", body


def test_a_master_marked_in_progress_means_studies_are_not_finished() -> None:
    result = read("J'ai une licence. Master 2 en cours à Lyon 2.")
    assert status(result, "studies_finished") == "not_met"


def test_relative_dates_are_read_against_the_day_of_reading() -> None:
    assert (
        read("J'ai validé mon M2 en septembre dernier, je cherche un emploi dans l'ESS.")["education"][
            "graduation"
        ]
        == "2026-09"
    )
    assert read("J'ai obtenu ma licence l'année dernière.")["education"]["graduation"] == "2025"
    assert read("I graduated last December with a Master's degree.")["education"]["graduation"] == "2025-12"


def test_saying_one_is_not_changing_careers_is_not_a_career_change() -> None:
    result = read("Je ne suis pas en reconversion : je viens d'obtenir mon master (octobre 2025).")
    assert status(result, "not_career_change") == "met"
    still = read("Je suis en reconversion car je ne trouve pas de travail dans mon domaine.")
    assert status(still, "not_career_change") == "not_met"


def test_a_cv_with_the_city_on_its_own_line_and_an_english_objective_is_understood() -> None:
    cv = make_pdf(
        [
            "Clara Petit",
            "clara.petit@example.org",
            "+33 6 98 76 54 32",
            "Lyon",
            "Education",
            "MSc Environmental Policy – University of Edinburgh (2025)",
            "Objective: a job in the social and solidarity economy",
        ]
    )
    result = read("Please find my CV attached.", attachments=[("cv.pdf", "application/pdf", cv)])
    assert result["applicant"]["city"] == "Lyon"
    assert status(result, "job_seeking_ess") == "met"
    assert result["eligibility"]["verdict"] == "eligible"


def test_a_mission_locale_referral_without_a_cv_belongs_to_the_person_presented() -> None:
    result = read(
        "Bonjour,\n\nJe vous oriente Mme Salomé Girard (salome.girard@example.net, 06 12 12 12 12), que "
        "j'accompagne à la Mission Locale. Elle a obtenu son master en juin 2025 et cherche un emploi dans "
        "l'ESS.\n\nBien cordialement,\nNadia Ferrand\nConseillère en insertion professionnelle\n"
        "01 40 40 40 40",
        from_name="Mission Locale Paris",
        from_addr="contact@missionlocale-paris.fr",
        subject="Orientation d'un jeune vers Pro'pulse",
    )
    assert result["kind"] == "application"
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Salomé", "Girard")
    assert result["applicant"]["email"] == "salome.girard@example.net"
    assert result["applicant"]["phone"] == "+33612121212"
    assert result["situation"]["forwarded_by"] == "contact@missionlocale-paris.fr"


def test_a_former_volunteer_with_a_past_period_is_not_in_service_civique() -> None:
    for body in (
        "Diplômé d'un master en 2025 et ancien volontaire en service civique, je cherche dans l'ESS.",
        "Diplômée d'un master en 2025, service civique (2022-2023), je cherche un poste dans l'ESS.",
    ):
        assert status(read(body), "not_service_civique") == "met", body


def test_a_master_just_finished_as_a_work_study_programme_is_obtained() -> None:
    result = read("Je viens de terminer mon master en alternance (septembre 2025), je cherche dans l'ESS.")
    assert result["education"]["in_progress"] is False
    assert result["education"]["graduation"] == "2025-09"
    assert status(result, "studies_finished") == "met"


def test_an_english_ma_in_a_field_is_a_master() -> None:
    result = read("I'm a recent graduate (MA in International Relations, Sciences Po, June 2025).")
    assert result["education"]["bac_plus"] == 5


def test_names_keep_foreign_particles_capitalised_and_first_names_whole() -> None:
    body = "Diplômée d'un master en 2025, je cherche un emploi dans l'ESS."
    cases = {
        ("Nguyen Van Anh", "Van Anh NGUYEN"): ("Van Anh", "Nguyen"),
        ("Sarah", "Sarah Ben Chikh"): ("Sarah", "Ben Chikh"),
        ("Mohamed-Amine EL KHATIB", "Mohamed-Amine"): ("Mohamed-Amine", "El Khatib"),
        ("Marie-Lou de La Roche", "Marie-Lou"): ("Marie-Lou", "de La Roche"),
    }
    for (display, signature), expected in cases.items():
        applicant = read(f"{body}\n{signature}", from_name=display)["applicant"]
        assert (applicant["first_name"], applicant["last_name"]) == expected, display


def test_a_name_given_in_the_first_sentence_is_read_when_there_is_no_display_name() -> None:
    result = read(
        "Bonjour, je m'appelle Lina Haddad, j'ai 24 ans. Diplômée d'un master en 2025, je cherche.",
        from_name="",
        from_addr="contact.pro@example.org",
    )
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Lina", "Haddad")


def test_a_name_a_heading_or_a_school_on_a_cv_is_never_taken_for_the_city() -> None:
    headers = [
        ["Léa Dubois", "leadubois@example.org", "07 44 44 44 44", "Parcours académique", "DEES – juin 2025"],
        [
            "Yasmine Cherif",
            "yasmine.cherif@example.org | 06 71 71 71 71",
            "EDUCATION",
            "Master's degree, 2025",
        ],
        [
            "Romain Caron",
            "06 10 10 10 10 | romain.caron@example.org",
            "Formation",
            "Master – IAE de Nantes – 2025",
        ],
    ]
    for lines in headers:
        cv = make_pdf(lines)
        result = read("Ci-joint mon CV.", attachments=[("cv.pdf", "application/pdf", cv)])
        assert result["applicant"]["city"] is None, lines[0]


def test_a_doctorate_stopped_after_a_year_does_not_count_and_a_month_in_brackets_is_read() -> None:
    result = read(
        "J'ai commencé un doctorat que j'ai arrêté au bout d'un an; j'ai un master obtenu en 2024 "
        "(décembre). Je cherche un emploi dans l'ESS."
    )
    assert result["education"]["bac_plus"] == 5
    assert result["education"]["graduation"] == "2024-12"
    assert result["eligibility"]["verdict"] == "eligible"


def test_more_french_diplomas_have_their_level() -> None:
    cases = {
        "Promo 2025 de Sciences Po Lille, je cherche un emploi dans l'ESS.": (5, "2025"),
        "Diplômée de l'IEP de Grenoble (2025), je cherche un emploi dans l'ESS.": (5, "2025"),
        "Diplômée d'État infirmière en juillet 2025, je cherche un emploi dans l'ESS.": (3, "2025-07"),
        "J'ai obtenu le DCG en 2025 et je souhaite travailler dans une coopérative.": (3, "2025"),
        "J'ai obtenu le DSCG en juin 2025 et je cherche dans l'ESS.": (5, "2025-06"),
    }
    for body, (level, graduation) in cases.items():
        education = read(body)["education"]
        assert (education["bac_plus"], education["graduation"]) == (level, graduation), body


def test_dates_counted_back_from_today_date_a_diploma_but_not_the_start_of_studies() -> None:
    assert read("J'ai eu ma licence il y a 6 mois.")["education"]["graduation"] == "2026-05"
    assert read("Diplômé il y a un an d'un master.")["education"]["graduation"] == "2025"
    assert read("Je suis diplômée depuis cet été (master).")["education"]["graduation"] == "2026"
    started = read("J'ai commencé ma licence il y a 5 ans et je cherche un emploi dans l'ESS.")
    assert started["education"]["graduation"] is None
    assert status(started, "graduation_recent") == "unknown"


def test_a_short_training_or_a_job_search_workshop_is_neither_studies_nor_an_internship() -> None:
    bafa = read("Master obtenu en 2025. Je suis actuellement en formation BAFA. Je cherche dans l'ESS.")
    assert status(bafa, "studies_finished") == "met"
    workshop = read("Master obtenu en 2025. Je suis en stage de recherche d'emploi avec France Travail.")
    assert status(workshop, "not_internship") == "met"
    still = read("Master obtenu en 2025. Je suis actuellement en formation de comptable à l'AFPA.")
    assert status(still, "studies_finished") == "not_met"


def test_a_spanish_cv_gives_its_master_and_the_address_shows_where_the_surname_starts() -> None:
    cv = make_pdf(
        [
            "Marta García López",
            "Madrid / Paris · +34 612 345 678 · marta.garcia@example.org",
            "Education",
            "Máster en Economía Social — Universidad Complutense — 2025",
            "Grado en Sociología — 2023",
            "Objectif : travailler dans une coopérative en France",
        ]
    )
    result = read(
        "Ci-joint mon CV.",
        from_name="",
        from_addr="m.g.l@example.net",
        attachments=[("cv.pdf", "application/pdf", cv)],
    )
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Marta", "García López")
    assert (result["education"]["bac_plus"], result["education"]["graduation"]) == (5, "2025")
    assert result["applicant"]["city"] != "Education"


def test_an_aim_after_a_diploma_in_one_unpunctuated_sentence_is_still_an_aim() -> None:
    aim = read(
        "Bonjour\nje suis titulaire d un master 2 depuis septembre 2025 je cherche du travail dans le "
        "domaine associatif\nmerci"
    )
    assert status(aim, "job_seeking_ess") == "met"
    fact = read(
        "Bonjour, j'ai fait mon stage dans une association en 2025 et j'ai obtenu mon master en 2025."
    )
    assert status(fact, "job_seeking_ess") == "unknown"


def test_a_cv_line_ending_in_en_cours_is_a_diploma_in_progress_but_not_after_obtenu() -> None:
    for line, finished in (
        ("Master ESS (2024-2026, en cours)", "not_met"),
        ("Master ESS, Université Lyon 2, en cours", "not_met"),
        ("Master obtenu en 2025, permis B en cours", "met"),
    ):
        cv = make_pdf(["Marie Dupont", "marie@example.org", "Formation", line, "Licence Sociologie – 2024"])
        result = read("Ci-joint mon CV.", attachments=[("cv.pdf", "application/pdf", cv)])
        assert status(result, "studies_finished") == finished, line
