"""Kinds read by who writes and what the mail offers (the chronology slice «c-kind»): a question from someone
who gives no name, no number and no document is an inquiry, whatever facts it leans on; a mailing that offers
a keyword to send back to stop receiving it is a mailing; employer words that only name the post a writer
seeks (a recruiter's title after «postes de») do not make the writer an employer."""

from __future__ import annotations

from reading_day import kind

_NOBODY = ("", "k.delorme@example.org")


def test_an_unnamed_writer_asking_when_to_register_after_a_degree_is_a_question() -> None:
    body = (
        "Bonjour,\n\nJ'ai validé mon DUT il y a un an et demi environ. Est-ce que je suis encore dans les "
        "temps pour m'inscrire à votre programme, ou la limite est-elle déjà passée ?\n\nBonne journée"
    )
    assert kind(body, "renseignement", _NOBODY) == "question"


def test_an_unnamed_writer_asking_whether_a_future_degree_lets_them_join_is_a_question() -> None:
    body = (
        "Hello, I am halfway through a bachelor's in sociology and will graduate in two summers. Could the "
        "programme take me on once I am done, or is there an age limit? Thanks"
    )
    assert kind(body, "quick question", _NOBODY) == "question"


def test_the_same_question_signed_with_a_name_is_an_application() -> None:
    body = (
        "Bonjour,\n\nJ'ai validé mon DUT il y a un an et demi environ. Est-ce que je suis encore dans les "
        "temps pour m'inscrire à votre programme ?\n\nKarine Delorme"
    )
    assert kind(body, "renseignement", _NOBODY) == "application"


def test_an_unnamed_question_that_leaves_a_number_to_call_is_an_application() -> None:
    body = (
        "Hi, I finished my HND in social care last spring. Am I still eligible for your programme? You can "
        "reach me on 07 41 52 63 74."
    )
    assert kind(body, "eligibility", _NOBODY) == "application"


def test_a_bulletin_offering_to_reply_stop_to_stop_receiving_it_is_a_newsletter() -> None:
    body = (
        "CALENDRIER DU RÉSEAU\n\nLe 4 décembre : atelier « lettre de motivation ».\nLe 11 décembre : visite "
        "d'une coopérative d'habitants.\n\nPour ne plus recevoir ce calendrier, répondez STOP à ce message."
    )
    assert kind(body, "Calendrier de décembre", ("Réseau jeunes diplômés", "reseau@campus.example.fr")) == (
        "newsletter"
    )


def test_a_bulletin_asking_to_send_back_unsubscribe_is_a_newsletter() -> None:
    body = (
        "CAREERS DIARY\n\n3 December: mock interviews.\n9 December: meet the co-ops.\n\nTo stop receiving "
        "this diary, reply UNSUBSCRIBE to this email."
    )
    assert kind(body, "December diary", ("Careers service", "careers@campus.example.ac.uk")) == "newsletter"


def test_a_recruiters_title_named_as_the_post_sought_leaves_an_application() -> None:
    body = (
        "Bonjour,\n\nDiplômée d'un master en gestion des ressources humaines en septembre 2025, je regarde "
        "à la fois des postes de chargée de recrutement dans des mutuelles et des missions RH dans des "
        "associations.\n\nNadia Ferreira\n06 11 22 33 44"
    )
    assert kind(body, "Candidature RH", ("Nadia Ferreira", "nadia.ferreira@example.org")) == "application"


def test_a_role_as_partnerships_officer_sought_leaves_an_application() -> None:
    body = (
        "Hello,\n\nWith an MSc in HR completed in July 2026, I am weighing a role as partnerships officer "
        "in a charity against HR roles in housing co-ops.\n\nNadia Ferreira\n+44 7700 900123"
    )
    assert kind(body, "Application - HR", ("Nadia Ferreira", "nadia.ferreira@example.org")) == "application"
