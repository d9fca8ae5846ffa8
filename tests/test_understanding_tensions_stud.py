"""Facts read against the applicant when the same mail says why they do not hold (the tensions corpus):
a job whose years are the course's own years («pendant toute ma licence», "throughout my degree") or only
its weekends is a student's job, no career left for the degree."""

from __future__ import annotations

from reading_day import extracted, status


def test_years_at_a_shop_spent_all_along_the_licence_are_no_career() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai été vendeur chez un caviste pendant quatre ans, tout au long de ma licence de "
        "géographie, obtenue en juin 2026. Je cherche un poste dans une association de solidarité.\n\nLouis "
        "Garnier"
    )
    assert status(result, "not_career_change") == "met"


def test_a_post_held_since_a_year_that_was_the_whole_licence_is_no_career() -> None:
    result = extracted(
        "Bonjour,\n\nVendeur chez un caviste depuis 2022, c'était pendant toute ma licence de géographie, "
        "obtenue en juin 2026. Je cherche un poste dans une association de solidarité.\n\nLouis Garnier"
    )
    assert status(result, "not_career_change") == "met"


def test_years_at_a_bookshop_spent_throughout_the_degree_are_no_career() -> None:
    result = extracted(
        "Hello,\n\nI was a bookseller for four years, but only throughout my degree: I got my BA in "
        "History in June 2026. I'm looking for a job in a literacy charity.\n\nLouis Garnier",
        subject="Application",
    )
    assert status(result, "not_career_change") == "met"


def test_a_cashier_on_sundays_for_four_years_is_a_students_job() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai été caissière le dimanche dans une jardinerie de 2021 à 2025, et j'ai obtenu mon "
        "DUT GEA en juin 2025. Je cherche un poste de gestionnaire dans une mutuelle.\n\nLéa Garnier"
    )
    assert status(result, "not_career_change") == "met"


def test_a_cashier_on_saturdays_for_four_years_is_a_students_job() -> None:
    result = extracted(
        "Hello,\n\nI worked as a cashier at a garden centre on Saturdays from 2021 to 2025, and I got my "
        "HND in business in June 2025. I'm looking for a job in a housing cooperative.\n\nLea Garnier",
        subject="Application",
    )
    assert status(result, "not_career_change") == "met"


def test_an_enrolment_kept_for_the_student_card_with_no_class_left_is_no_studies() -> None:
    result = extracted(
        "Bonjour,\n\nJe reste inscrit en fac pour conserver ma carte d'étudiant, mais je n'ai plus de cours "
        "depuis juin : ma licence de droit est validée depuis juin 2026. Je cherche un poste dans une "
        "association d'accès au droit.\n\nPaul Rémy"
    )
    assert status(result, "studies_finished") == "met"


def test_an_enrolment_kept_for_the_library_card_with_no_exam_left_is_no_studies() -> None:
    result = extracted(
        "Hello,\n\nI'm still enrolled at the university to keep my student card for the library, but there "
        "are no more classes or exams for me: I got my MA in June 2026. I'm looking for a job in a "
        "charity.\n\nPaul Remy",
        subject="Application",
    )
    assert status(result, "studies_finished") == "met"


def test_an_intern_label_quoted_from_a_website_gives_way_to_the_internship_ended() -> None:
    result = extracted(
        "Bonjour,\n\nJe suis encore « stagiaire » sur l'intranet de la fondation, mais ma convention de "
        "stage s'est terminée le 15 octobre. J'ai obtenu mon master de sociologie en septembre 2026 et je "
        "cherche un poste dans une association.\n\nJulie Caron"
    )
    assert status(result, "not_internship") == "met"


def test_an_intern_label_quoted_from_a_badge_gives_way_to_the_placement_over() -> None:
    # English is read by its words, not the parse: a guard that the quoted label keeps giving way there.
    result = extracted(
        "Hello,\n\nMy badge at the food bank still says \"intern\", but my internship ended on 15 October. I "
        "got my MA in Sociology in September 2026 and I'm looking for a job in a charity.\n\nJulie Caron",
        subject="Application",
    )
    assert status(result, "not_internship") == "met"


def test_a_master_whose_jury_declared_the_writer_admitted_is_had_with_only_the_paper_ahead() -> None:
    result = extracted(
        "Bonjour,\n\nJ'ai soutenu mon mémoire de master fin octobre, et je suis admis depuis le 5 novembre "
        "2026. Je cherche un poste dans une association de quartier.\n\nHugo Bastien"
    )
    assert status(result, "studies_finished") == "met"
    assert status(result, "degree_level") == "met"
