"""A first mail whose personal content is answers to the programme's criteria — a filled form, numbered
answers, questions of the call answered, a table, lines under quoted conditions — is an application, and its
reason names the answers seen; the call's own conditions, a blank form or a question about them are not.
The phrasings are the tests' own, French and English."""

from __future__ import annotations

from datetime import date

from fixtures_docs import make_message

from intake.classify import classify
from intake.parsing import parse_message
from intake.understanding import read_applicant
from intake.understanding.criteria_answers import criteria_answers
from intake.understanding.lexicon import load_lexicon

TODAY = date(2026, 11, 26)
SENDER = ("Lison Carrel", "lison.carrel@example.org")


def _classify(body: str, subject: str, sender: tuple[str, str] = SENDER) -> tuple[str, str]:
    result = classify(
        parse_message(make_message(body, from_name=sender[0], from_addr=sender[1], subject=subject))
    )
    return result.kind, result.reason


def test_numbered_answers_given_by_number_only_make_an_application() -> None:
    body = "Bonsoir\n1 : oui, DUT carrières juridiques\n2 : mai 2025\n3 : oui\n4 : non\n5 : non\n6 : oui\n"
    body += "L. Carrel"
    kind, reason = _classify(body, "vos points")
    assert kind == "application"
    assert "réponses aux critères" in reason


def test_the_questions_of_the_call_answered_one_by_one_make_an_application() -> None:
    body = (
        "Bonjour,\n\nUn diplôme de niveau bac+2 ? Oui, BTS tourisme.\nObtenu quand ? En juillet 2025.\n"
        "Études finies ? Oui.\nEn stage en ce moment ? Non. En service civique ? Non plus.\n"
        "Lison Carrel\n07 12 34 56 78"
    )
    assert _classify(body, "Mes réponses")[0] == "application"


def test_a_form_recopied_without_any_first_person_is_an_application() -> None:
    body = (
        "Bonjour,\n\nNiveau d'études : licence pro métiers du social\nAnnée d'obtention : 2025\n"
        "Situation actuelle : sans emploi, inscrite à France Travail\n"
        "Projet : éducatrice dans une association\n"
        "\nLison Carrel"
    )
    assert _classify(body, "Formulaire")[0] == "application"


def test_a_table_of_criteria_and_situation_is_an_application() -> None:
    body = (
        "Hello,\n\nCriterion | Me\nDegree | BSc in nursing\nGraduation | June 2025\n"
        "Studies finished | yes\nInternship or civic service | no\nCareer change | no\n\nLison Carrel"
    )
    assert _classify(body, "the table")[0] == "application"


def test_lines_written_under_quoted_conditions_answer_them_and_make_an_application() -> None:
    body = (
        "> - hold a degree at bac+2 level or higher;\nA two-year HND in business.\n\n"
        "> - have finished your studies;\nYes, since last June.\n\n"
        "> - be looking for a job in the social economy.\nYes, at a housing cooperative.\n\nLison Carrel"
    )
    assert _classify(body, "Re: your programme")[0] == "application"


def test_the_applicants_contacts_are_read_from_a_form_of_answers() -> None:
    body = "Bonjour\n1 : oui, licence d'anglais\n2 : juin 2025\n3 : oui\n4 : non\n5 : non\n"
    body += "Lison Carrel 06 11 22 33 44"
    msg = parse_message(make_message(body, from_name=SENDER[0], from_addr=SENDER[1], subject="conditions"))
    result = classify(msg)
    facts = read_applicant(msg, [], today=TODAY, forwarded_by=result.forwarded_by)
    assert result.kind == "application"
    assert facts.first_name is not None and facts.first_name.value == "Lison"
    assert facts.phone is not None and facts.phone.value == "+33611223344"


def test_a_numbered_list_of_conditions_stated_in_the_infinitive_answers_nothing() -> None:
    text = (
        "Pour entrer :\n1. Avoir une licence ou plus.\n2. Être diplômé depuis moins de deux ans.\n"
        "3. Ne pas être en stage.\n4. Chercher un emploi dans une coopérative.\n"
        "5. Be looking for a job in the social economy."
    )
    assert criteria_answers(text, load_lexicon()) == []


def test_a_blank_form_whose_values_only_list_options_answers_nothing() -> None:
    text = "Niveau d'études :\nDate d'obtention :\nSituation : (emploi, stage, études)\n"
    text += "Status: (job, internship)"
    assert criteria_answers(text, load_lexicon()) == []


def test_criteria_only_asked_about_are_not_answered() -> None:
    text = (
        "Le stage en cours exclut-il la candidature ? Et la reconversion ? Et le service civique ?\n"
        "Does a degree earned abroad count? What about an internship?"
    )
    assert criteria_answers(text, load_lexicon()) == []
