"""A machine's sender is read once (lexicon.is_mailer_address), for a failure notice sent to us as for one a
person forwards: the bounce rule and the writer's own words of a forward ask the same question."""

from __future__ import annotations

from intake.understanding.lexicon import is_mailer_address, load_lexicon


def test_a_delivery_daemon_and_a_postmaster_are_machines_senders() -> None:
    lexicon = load_lexicon()
    assert is_mailer_address("mailer-daemon@relais.example.fr", lexicon)
    assert is_mailer_address("postmaster@courrier.example.org", lexicon)


def test_a_person_whose_address_only_holds_the_word_is_no_machine() -> None:
    lexicon = load_lexicon()
    assert not is_mailer_address("ines.postmaster@exemple.fr", lexicon)
    assert not is_mailer_address("jules.daemon@example.com", lexicon)


def test_no_address_is_no_machine() -> None:
    lexicon = load_lexicon()
    assert not is_mailer_address(None, lexicon)
    assert not is_mailer_address("", lexicon)
