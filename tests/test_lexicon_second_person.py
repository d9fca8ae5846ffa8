"""The second person is one meaning (meanings.toml [second_person]): the transcript reader's speaker who
speaks to the other (turns.py) and the sentences of another's forwarded mail said to the one who forwards it
(understanding's _writers_own_words, by lexicon.SECOND_PERSON) read the same words."""

from __future__ import annotations

from intake import resources
from intake.understanding import turns
from intake.understanding.lexicon import SECOND_PERSON, load_meanings


def test_a_sentence_said_to_its_reader_holds_the_second_person_in_french_and_in_english() -> None:
    assert SECOND_PERSON.search("Je t'envoie la convention signée pour ton stage.")
    assert SECOND_PERSON.search("Bonjour, je te confirme la date de la soutenance.")
    assert SECOND_PERSON.search("The certificate is yours to collect from the office.")


def test_a_sentence_about_its_writer_alone_holds_no_second_person() -> None:
    assert SECOND_PERSON.search("Je termine mon contrat le 30 avril, toute l'équipe le sait.") is None
    assert SECOND_PERSON.search("Our young volunteers toured the town with their tutors.") is None


def test_the_transcript_reader_speaks_to_the_other_by_the_same_words() -> None:
    said_to = turns._words(resources.rules_dir()).to_the_other
    assert said_to == load_meanings()["second_person"].lemmas
    assert {"vous", "ton", "t'", "your"} <= said_to
