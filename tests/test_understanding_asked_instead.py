"""A situation held now asked instead (facts.SituationFacts.ask_instead): the one way the later readers
(end_unfixed, ends_apart, lost_speech, civic_length) turn a held situation into a question."""

from __future__ import annotations

from intake.understanding.facts import Evidence, SituationFacts
from intake.understanding.situation import settle_current


def _held(name: str, said: Evidence) -> SituationFacts:
    return SituationFacts(
        current=name, flags={name: said}, past={}, seeking=None, ess_interest=None, ess_evidence=None,
        ess_refused=None, any_sector=None, sectors=[],
    )


def test_a_civic_service_asked_instead_is_no_longer_held_and_keeps_its_words_as_the_question() -> None:
    said = Evidence("Je fais mon service civique depuis février dans une ressourcerie.", "body")
    situation = _held("service_civique", said)
    situation.ask_instead("service_civique", said)
    settle_current(situation)
    assert situation.flags["service_civique"] is None
    assert situation.uncertain == {"service_civique": said}
    assert situation.current is None


def test_an_internship_already_asked_keeps_the_words_it_was_first_asked_by() -> None:
    first = Evidence("My placement may be extended past the spring, I don't know yet.", "body")
    later = Evidence("I am an intern at a housing charity.", "cv.pdf")
    situation = _held("internship", later)
    situation.uncertain["internship"] = first
    situation.ask_instead("internship", later)
    assert situation.uncertain["internship"] == first
    assert situation.flags["internship"] is None
