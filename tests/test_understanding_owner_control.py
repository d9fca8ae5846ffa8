"""Whose act an infinitive after a verb's object tells (owner._object_controller). With a verb of object
control — helping, pushing, bringing someone to do something — the object does the act: «mon conseiller
m'aide à changer de métier» is the writer's change, «une association qui aide des adultes à…» theirs. With a
verb of subject control — promising, swearing — the subject does it, whoever is promised: «je promets à mon
frère de changer de métier» is still the writer's change. The phrasings here are the tests' own."""

from __future__ import annotations

from datetime import date

from fixtures_docs import make_message

from intake.extract import extract_message

TODAY = date(2026, 10, 5)


def _career_change(body: str) -> str:
    result = extract_message(make_message(body, subject="Candidature"), today=TODAY)
    return next(c["status"] for c in result["eligibility"]["criteria"] if c["id"] == "not_career_change")


def test_promising_a_friend_to_change_trade_is_the_writers_own_change() -> None:
    body = (
        "Bonjour,\n\nJe promets à Paul de changer de métier. J'ai obtenu un BTS en 2025 et je cherche un "
        "emploi dans une association.\n\nKarim Haddad"
    )
    assert _career_change(body) == "not_met"


def test_swearing_to_ones_family_to_retrain_is_the_writers_own_change() -> None:
    body = (
        "Bonjour,\n\nJ'ai juré à ma famille de me reconvertir. J'ai obtenu un BTS en 2025 et je cherche un "
        "emploi dans une association.\n\nKarim Haddad"
    )
    assert _career_change(body) == "not_met"


def test_promising_ones_sister_to_change_careers_is_the_writers_own_change() -> None:
    body = (
        "Hello,\n\nI promised my sister to change careers. I got my BA in 2025 and I am looking for a job "
        "in a charity.\n\nDaisy Holt"
    )
    assert _career_change(body) == "not_met"


def test_an_adviser_helping_the_writer_to_change_careers_tells_the_writers_change() -> None:
    body = (
        "Hello,\n\nMy adviser is helping me to change careers. I got my BA in 2025 and I am looking for a "
        "job in a charity.\n\nDaisy Holt"
    )
    assert _career_change(body) == "not_met"


def test_an_adviser_helping_the_writer_to_change_trade_tells_the_writers_change() -> None:
    body = (
        "Bonjour,\n\nMon conseiller m'aide à changer de métier. J'ai obtenu un BTS en 2025 et je cherche un "
        "emploi dans une association.\n\nKarim Haddad"
    )
    assert _career_change(body) == "not_met"


# Subject control ([subject_control]): the one promised to does nothing; the parse may hang the infinitive on
# them (acl), and the act is still the promising writer's.
def test_promising_ones_mother_to_change_trade_is_the_writers_own_change() -> None:
    body = (
        "Bonjour,\n\nJe promets à ma mère de changer de métier cette année. J'ai obtenu un BTS en 2025 et je "
        "cherche un emploi dans une association.\n\nKarim Haddad"
    )
    assert _career_change(body) == "not_met"


def test_having_promised_ones_sister_to_change_trade_is_the_writers_own_change() -> None:
    body = (
        "Bonjour,\n\nJ'ai promis à ma sœur de changer de métier. J'ai obtenu un BTS en 2025 et je cherche un "
        "emploi dans une association.\n\nKarim Haddad"
    )
    assert _career_change(body) == "not_met"
