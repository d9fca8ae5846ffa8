"""Applicant details read from bodies and CVs: names, contacts, diplomas, dates, situation, ESS interest."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import (
    DOCX_TYPE,
    ODT_TYPE,
    make_docx,
    make_message,
    make_odt,
    make_pdf,
    make_two_column_pdf,
)

from intake.extract import extract_message
from intake.understanding.lexicon import load_lexicon
from intake.understanding.names import split_name

TODAY = date(2026, 11, 26)


def _read(body: str, **kwargs: Any) -> dict[str, Any]:
    return extract_message(make_message(body, **kwargs), today=TODAY)


def _status(result: dict[str, Any], criterion: str) -> str:
    return next(c["status"] for c in result["eligibility"]["criteria"] if c["id"] == criterion)


# ---------------------------------------------------------------------------------------------- names


def test_an_upper_case_surname_is_written_in_title_case_on_either_side() -> None:
    lex = load_lexicon()
    assert split_name("Thibault BOYER", lex) == ("Thibault", "Boyer")
    assert split_name("OUÉDRAOGO Yanis", lex) == ("Yanis", "Ouédraogo")
    assert split_name("Clémence N'DIAYE", lex) == ("Clémence", "N'Diaye")


def test_particles_hyphens_and_commas_are_kept_in_their_place() -> None:
    lex = load_lexicon()
    assert split_name("Marie-Lou de La Roche", lex) == ("Marie-Lou", "de La Roche")
    assert split_name("Jeanne DE LA FONTAINE", lex) == ("Jeanne", "de La Fontaine")
    assert split_name("Dupont, Jean-Baptiste", lex) == ("Jean-Baptiste", "Dupont")


def test_without_a_display_name_the_cv_header_gives_the_name() -> None:
    cv = make_pdf(["Élise FONTAINE", "Saint-Denis · 07 74 55 39 06 · elise@example.org", "Formation"])
    result = _read(
        "Bonjour, je candidate, mon CV est joint.\nCordialement",
        from_name="",
        from_addr="elise@example.org",
        attachments=[("CV.pdf", "application/pdf", cv)],
    )
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Élise", "Fontaine")
    assert result["applicant"]["city"] == "Saint-Denis"
    assert result["situation"]["evidence"]["first_name"]["where"] == "CV.pdf"


def test_without_display_name_or_cv_the_signature_gives_the_name() -> None:
    result = _read(
        "Bonjour,\nJe candidate au programme.\n\nBien à vous,\n\nLina Cissé\n07 42 79 48 16",
        from_name="",
        from_addr="lcisse@example.org",
    )
    assert (result["applicant"]["first_name"], result["applicant"]["last_name"]) == ("Lina", "Cissé")
    assert result["applicant"]["phone"] == "+33742794816"


# ------------------------------------------------------------------------------------------ contacts


def test_an_overseas_mobile_and_an_international_format_become_e164() -> None:
    assert _read("Je candidate.\nMarie\n06.90.80.48.21")["applicant"]["phone"] == "+33690804821"
    assert _read("Je candidate.\nMarie\n+33 (0)6 12 34 56 78")["applicant"]["phone"] == "+33612345678"


def test_a_forwarded_application_gives_the_young_persons_contacts_not_the_advisers() -> None:
    body = (
        "Bonjour,\nVoici la candidature de Paul.\nMarie-Lou Lemaire\nConseillère emploi\n04 72 00 00 00\n\n"
        "---------- Forwarded message ---------\nDe : Paul Barbier <pbarbier@example.org>\nObjet :"
        " Candidature\n\n"
        "Je suis diplômé d'un master depuis juillet 2025 et je cherche un emploi dans l'ESS.\nPaul Barbier\n"
        "07 68 79 55 81\n"
    )
    result = _read(
        body,
        from_name="Marie-Lou Lemaire",
        from_addr="marielou.lemaire@francetravail.fr",
        subject="Fwd: Candidature",
    )
    assert result["applicant"] == {
        "first_name": "Paul",
        "last_name": "Barbier",
        "email": "pbarbier@example.org",
        "phone": "+33768795581",
        "city": None,
    }
    assert result["situation"]["forwarded_by"] == "marielou.lemaire@francetravail.fr"


# ------------------------------------------------------------------------------------------ diplomas


def test_levels_follow_the_lexicon() -> None:
    cases = {
        "Je suis titulaire d'un BTS SP3S obtenu en 2025.": 2,
        "Je suis diplômée d'un DEUST animation depuis 2025.": 2,
        "J'ai obtenu ma licence pro en juin 2025.": 3,
        "J'ai obtenu mon BUT Carrières sociales en juin 2025.": 3,
        "J'ai obtenu mon M1 de sociologie en juin 2025.": 4,
        "Je suis diplômé d'une école d'ingénieurs (juin 2025).": 5,
        "Je suis titulaire d'un doctorat de géographie obtenu en 2025.": 8,
        "J'ai obtenu mon DAEU en 2025.": 0,
    }
    for sentence, level in cases.items():
        assert _read(sentence)["education"]["bac_plus"] == level, sentence


def test_a_year_not_validated_does_not_count() -> None:
    result = _read("J'ai obtenu mon baccalauréat en 2024, puis une première année de licence non validée.")
    assert result["education"]["bac_plus"] == 0
    assert _status(result, "degree_level") == "not_met"


def test_a_diploma_in_progress_is_not_obtained_and_studies_are_not_finished() -> None:
    result = _read(
        "Je suis actuellement en M2 à Sciences Po Lyon, diplômée d'une licence en juin 2024. "
        "Je voudrais travailler dans l'ESS."
    )
    assert result["education"]["bac_plus"] == 3 and result["education"]["graduation"] == "2024-06"
    assert _status(result, "studies_finished") == "not_met"


def test_a_cv_range_gives_the_end_date_and_a_wrapped_date_is_joined() -> None:
    cv = make_pdf(
        [
            "Formation",
            "• 2023 – sept. 2025 : Master Économie sociale et solidaire – Université de Lyon",
            "• 2019 : Baccalauréat",
        ]
    )
    wrapped = make_pdf(["Formation", "• Licence de sociologie, Université Lumière Lyon 2 (Avril", "2026)"])
    r1 = _read("Je candidate, CV joint.", attachments=[("cv.pdf", "application/pdf", cv)])
    r2 = _read("Je candidate, CV joint.", attachments=[("cv.pdf", "application/pdf", wrapped)])
    assert (r1["education"]["bac_plus"], r1["education"]["graduation"]) == (5, "2025-09")
    assert (r2["education"]["bac_plus"], r2["education"]["graduation"]) == (3, "2026-04")


def test_numeric_dates_and_promo_years_are_understood() -> None:
    assert _read("Diplômée d'un master (09/2025), je candidate.")["education"]["graduation"] == "2025-09"
    assert (
        _read("Titulaire d'une licence pro (promo 2024), je candidate.")["education"]["graduation"] == "2024"
    )


def test_a_table_layout_cv_reads_the_date_on_the_line_above() -> None:
    cv = make_docx(
        [
            "2023 – décembre 2025",
            "Master Communication des organisations – IUT Paris",
            "2019",
            "Baccalauréat, mention bien",
            "Bérénice RENAUD",
            "Bagnolet · +33 6 34 63 77 81 · b@example.org",
        ]
    )
    result = _read("Je candidate.", attachments=[("cv.docx", DOCX_TYPE, cv)])
    assert (result["education"]["bac_plus"], result["education"]["graduation"]) == (5, "2025-12")


def test_a_two_column_pdf_cv_drawn_row_by_row_keeps_the_diploma_with_its_date() -> None:
    left = [
        "Sarah KONÉ",
        "Formation",
        "Master Économie sociale et solidaire",
        "Université de Lyon (juin 2025)",
    ]
    right = [
        "Lyon · 06 11 22 33 44",
        "Compétences principales",
        "Gestion de projet associatif",
        "Animation de réseaux bénévoles",
    ]
    cv = make_two_column_pdf(left, right, row_by_row=True)
    result = _read(
        "Je candidate, CV joint.",
        from_name="",
        from_addr="sarah@example.org",
        attachments=[("cv.pdf", "application/pdf", cv)],
    )
    assert (result["education"]["bac_plus"], result["education"]["graduation"]) == (5, "2025-06")


def test_an_english_application_is_understood() -> None:
    result = _read(
        "Dear team,\nI hold a Bachelor's degree in Sociology, which I completed in July 2025. "
        "I am actively looking for a job in the social and solidarity economy.\nBest regards,\nHugo Nguyen"
    )
    assert result["education"]["bac_plus"] == 3 and result["education"]["graduation"] == "2025-07"
    assert result["eligibility"]["verdict"] == "eligible"


# ------------------------------------------------------------------------------------------ situation


def test_a_finished_internship_is_not_a_current_one() -> None:
    result = _read(
        "Mon stage de fin d'études chez Makesense s'est terminé en mai 2026. "
        "Je suis diplômée d'un master depuis mai 2026 et je cherche un emploi dans l'ESS."
    )
    assert _status(result, "not_internship") == "met"


def test_a_current_internship_with_a_future_end_date_excludes() -> None:
    result = _read("Je suis en ce moment en stage chez France Active jusqu'en janvier 2027.")
    assert _status(result, "not_internship") == "not_met"
    assert result["situation"]["current"] == "internship"


def test_a_negated_internship_is_not_current() -> None:
    result = _read("Je ne suis plus en stage depuis octobre et je cherche un emploi dans l'ESS.")
    assert _status(result, "not_internship") == "met"


def test_a_past_service_civique_does_not_exclude_but_a_current_one_does() -> None:
    past = _read("J'ai réalisé un service civique chez La Cloche avant mes études de master.")
    now = _read(
        "Je suis actuellement en service civique chez La Cloche, et ma mission se termine en avril 2027."
    )
    cv_now = _read(
        "Je candidate.",
        attachments=[
            (
                "cv.odt",
                ODT_TYPE,
                make_odt(
                    ["Expérience", "Depuis septembre 2026 : service civique chez France Active (en cours)"]
                ),
            )
        ],
    )
    assert _status(past, "not_service_civique") == "met"
    assert _status(now, "not_service_civique") == "not_met"
    assert _status(cv_now, "not_service_civique") == "not_met"


def test_a_career_change_excludes_but_saying_it_is_not_one_does_not() -> None:
    change = _read("Après 10 ans comme comptable, je souhaite me reconvertir dans l'ESS.")
    denial = _read(
        "Ce n'est pas une reconversion : je sors d'un BUT (juin 2026) et je cherche un poste dans l'ESS."
    )
    assert _status(change, "not_career_change") == "not_met"
    assert _status(denial, "not_career_change") == "met"


def test_odd_jobs_while_searching_do_not_make_someone_employed() -> None:
    result = _read("En attendant, je fais quelques missions d'intérim. Je cherche un emploi dans l'ESS.")
    assert result["situation"]["current"] == "seeking"


def test_an_ess_diploma_name_is_not_an_interest_in_the_ess_but_a_search_in_a_sector_is() -> None:
    diploma_only = _read(
        "Je suis diplômé d'une licence pro Métiers de l'économie sociale et solidaire. "
        "Je cherche un emploi et j'ai vu que vous aidiez les jeunes diplômés."
    )
    sector = _read("Je cherche activement un poste dans l'habitat participatif ou une coopérative.")
    assert diploma_only["situation"]["ess_interest"] is None
    assert _status(diploma_only, "job_seeking_ess") == "unknown"
    assert (
        sector["situation"]["ess_interest"] is True
        and "habitat participatif" in sector["situation"]["sectors"]
    )


def test_quoted_history_is_not_read_as_facts() -> None:
    body = (
        "Voici mon CV.\n\nLe lun. 2 nov. 2026 à 10:00, Pro'pulse <p@animafac.net> a écrit :\n"
        "> Êtes-vous en stage actuellement ? Êtes-vous diplômé d'un doctorat ?\n"
    )
    result = _read(body)
    assert result["education"]["bac_plus"] is None
    assert _status(result, "not_internship") == "met"


def test_every_fact_carries_its_evidence_and_where_it_was_found() -> None:
    result = _read("Je suis diplômée d'un BTS depuis juin 2025 et je cherche un emploi dans l'ESS.")
    evidence = result["situation"]["evidence"]["education"]
    assert evidence == {
        "text": "Je suis diplômée d'un BTS depuis juin 2025 et je cherche un emploi dans l'ESS.",
        "where": "body",
    }


# ------------------------------------------------- referrals: the person presented and their own contacts


def _applicant(body: str, **kwargs: Any) -> dict[str, Any]:
    result = _read(body, **kwargs)
    assert result["kind"] == "application"
    return dict(result["applicant"])


def test_a_titled_person_an_adviser_follows_is_the_applicant_with_contacts_given_later_in_the_note() -> None:
    applicant = _applicant(
        "Bonjour,\nJe suis en lien avec Mme. Prune Aubertin depuis septembre, elle a une licence pro "
        "obtenue en 2026 et cherche un emploi dans une épicerie solidaire.\nElle est joignable : "
        "prune.aubertin@example.net ou 07 12 44 56 90.\n\nCordialement,\nGilles Rocher\nMission Locale\n"
        "Tél. 01 40 00 00 00",
        from_name="Gilles Rocher",
        from_addr="g.rocher@missionlocale.example.org",
        subject="Orientation d'une jeune",
    )
    assert (applicant["first_name"], applicant["last_name"]) == ("Prune", "Aubertin")
    assert applicant["email"] == "prune.aubertin@example.net"
    assert applicant["phone"] == "+33712445690"


def test_a_person_named_by_an_adviser_without_a_presenting_verb_is_the_applicant() -> None:
    applicant = _applicant(
        "Bonjour,\nJ'ai rencontré cette semaine un jeune diplômé, Yanis Ferrand, titulaire d'un master "
        "obtenu en juin 2026, qui voudrait rejoindre votre programme.\nSes coordonnées, avec son accord : "
        "yanis.ferrand@example.org, 06 21 43 65 87.\n\nBien à vous,\nClaire Moutet\nConseillère emploi",
        from_name="Claire Moutet",
        from_addr="c.moutet@francetravail.example.fr",
        subject="Pro'pulse",
    )
    assert (applicant["first_name"], applicant["last_name"]) == ("Yanis", "Ferrand")
    assert applicant["email"] == "yanis.ferrand@example.org"
    assert applicant["phone"] == "+33621436587"


def test_an_english_referral_gives_the_presented_graduate_and_her_own_address() -> None:
    applicant = _applicant(
        "Hello,\nI would like to introduce Ms. Freya Lindqvist, who graduated with a master's degree in "
        "June 2026 and is looking for a job in a social enterprise.\nYou can reach her at "
        "freya.lindqvist@example.com.\n\nKind regards,\nOwen Price\nCareers adviser",
        from_name="Owen Price",
        from_addr="owen.price@careers.example.ac.uk",
        subject="Referral",
    )
    assert (applicant["first_name"], applicant["last_name"]) == ("Freya", "Lindqvist")
    assert applicant["email"] == "freya.lindqvist@example.com"


def test_a_relative_named_by_first_name_only_carries_the_writers_family_name() -> None:
    applicant = _applicant(
        "Bonjour,\nJe vous écris pour mon frère Noé, qui est diplômé d'un BTS depuis juillet 2026 et "
        "aimerait travailler dans une association. Son portable : 06 55 44 33 22.\n\nMerci,\nMaëlle Vasseur",
        from_name="Maëlle Vasseur",
        from_addr="maelle.vasseur@example.com",
        subject="Pour mon frère",
    )
    assert (applicant["first_name"], applicant["last_name"]) == ("Noé", "Vasseur")
    assert applicant["phone"] == "+33655443322"


def test_the_referrers_signature_phone_is_never_given_to_the_presented_person() -> None:
    applicant = _applicant(
        "Bonjour,\nJe vous oriente M. Basile Kerneis, diplômé d'une licence en 2025, qui cherche un poste "
        "dans l'ESS.\n\nCordialement,\nAnne Le Gall\nConseillère\n06 98 76 54 32",
        from_name="Anne Le Gall",
        from_addr="anne.legall@francetravail.example.fr",
        subject="Orientation",
    )
    assert (applicant["first_name"], applicant["last_name"]) == ("Basile", "Kerneis")
    assert applicant["phone"] is None


# ------------------------------------------------------------ phones of the overseas departments


def test_a_mobile_from_la_reunion_written_the_french_way_gets_the_reunion_country_code() -> None:
    body = "Bonjour, je postule depuis La Réunion, diplômée en 2026.\nJade\nPortable : 06 93 21 54 87"
    assert _read(body)["applicant"]["phone"] == "+262693215487"


def test_guyane_martinique_and_mayotte_numbers_get_their_own_country_codes_when_the_place_is_named() -> None:
    guyane = "I am applying from French Guiana.\nTom\nMobile: 0694 12 34 56"
    assert _read(guyane)["applicant"]["phone"] == "+594694123456"
    assert _read("Je candidate, je vis en Martinique.\nLéo\n06 96 12 34 56")["applicant"]["phone"] == (
        "+596696123456"
    )
    mayotte = "Je candidate depuis Mayotte.\nAïcha\n06 39 01 23 45"
    assert _read(mayotte)["applicant"]["phone"] == "+262639012345"


def test_an_overseas_prefix_without_the_place_named_keeps_the_french_country_code() -> None:
    assert _read("I am applying.\nSam\n06 92 11 22 33")["applicant"]["phone"] == "+33692112233"
    assert _read("Je candidate.\nSam\n07 81 22 33 44")["applicant"]["phone"] == "+33781223344"
