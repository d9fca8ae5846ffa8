"""withdrawn.py: a negation among the two words before a verb of withdrawing or leaving turns it
(meanings.toml [negation_before_verb], built on the shared negation words)."""

from intake.understanding.withdrawn import leaves_the_programme, withdraws_applying_affirmed


def _application(word: str) -> bool:
    return word in {"candidature", "application"}


def test_a_withdrawal_said_plainly_takes_the_application_back() -> None:
    assert withdraws_applying_affirmed(["je", "retire", "ma", "candidature"], _application)
    assert withdraws_applying_affirmed(["i", "withdraw", "my", "application"], _application)


def test_a_withdrawal_denied_in_french_keeps_the_application_whatever_the_apostrophe() -> None:
    assert not withdraws_applying_affirmed(["je", "ne", "retire", "pas", "ma", "candidature"], _application)
    assert not withdraws_applying_affirmed(["je", "n’", "retire", "pas", "ma", "candidature"], _application)


def test_a_withdrawal_denied_in_english_keeps_the_application() -> None:
    assert not withdraws_applying_affirmed(["i", "won't", "withdraw", "my", "application"], _application)
    assert not withdraws_applying_affirmed(["i", "never", "withdraw", "my", "application"], _application)


def test_a_leaving_of_the_programme_denied_leaves_nothing() -> None:
    assert leaves_the_programme(["je", "vais", "quitter", "le", "programme"])
    assert not leaves_the_programme(["je", "ne", "quitte", "pas", "le", "programme"])
    assert leaves_the_programme(["i", "have", "to", "leave", "the", "programme"])
    assert not leaves_the_programme(["i", "don't", "leave", "the", "programme"])
