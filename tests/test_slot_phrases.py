"""Replies to a proposal of interview slots, in the applicant's own words: each resolves to the right slot,
to a change of appointment, or to the coordinator — and none books a slot the applicant did not choose."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intake.scheduling.holds import ProposedSlot
from intake.scheduling.replies import read_slot_choice, strip_quoted

# 1. mardi 1er décembre 2026 10 h, 2. jeudi 3 décembre 14 h, 3. mardi 8 décembre 14 h (Paris, UTC+1).
PROPOSED = [
    ProposedSlot(1, datetime(2026, 12, 1, 9, 0, tzinfo=UTC)),
    ProposedSlot(2, datetime(2026, 12, 3, 13, 0, tzinfo=UTC)),
    ProposedSlot(3, datetime(2026, 12, 8, 13, 0, tzinfo=UTC)),
]

ASK = "ask_coordinator"

FRENCH: list[tuple[str, int | str]] = [
    ("2", 2),
    ("Le 2", 2),
    ("le 2 svp", 2),
    ("Je prends le 2.", 2),
    ("Bonjour,\nje prends le 2, merci beaucoup !\nLéa", 2),
    ("créneau 2", 2),
    ("Le créneau n°3 me convient parfaitement.", 3),
    ("Je choisis l'option 1", 1),
    ("Le premier me va.", 1),
    ("La deuxième proposition me convient", 2),
    ("Je préfère le dernier", 3),
    ("Le troisième créneau serait parfait", 3),
    ("je prends le mardi à 14h", 3),
    ("Jeudi 3 décembre 14h, c'est parfait", 2),
    ("Mardi 1er décembre à 10 h, c'est noté", 1),
    ("Je serai là jeudi à 14 h 00", 2),
    ("Le jeudi me convient", 2),
    ("Ce sera le 8 décembre", 3),
    ("Je suis disponible le 3/12", 2),
    ("Le 1 ne me convient pas mais le 2 oui", 2),
    ("Le 1 n'est pas possible pour moi, le 3 oui", 3),
    ("n'importe lequel", 1),
    ("Peu importe, tous me conviennent", 1),
    ("Je n'ai pas de préférence", 1),
    ("N'importe lequel sauf le premier", 2),
    ("Je ne suis disponible que le 3", 3),
    ("Le 2 ou le 3, comme vous préférez", 2),
    ("Pas de souci, le 2 me va très bien", 2),
    ("Je ne pourrai pas venir le 1, je prends le 2", 2),
    ("Je prends le 2\nJeanne Moulin\n06 12 34 56 78", 2),
    ("Parfait pour moi le 2, à jeudi !", 2),
    ("Le 2 à 14h", 2),
    ("Le 2 svp. Je ne serai pas disponible le 1.", 2),
    ("Le 3 décembre me convient", 2),
    ("Mardi 8 à 14 h", 3),
    ("Le 8", 3),  # three slots: « le 8 » is a date, the 8th of December
    ("Le créneau de jeudi après-midi", 2),
    ("Mardi matin", 1),
    ("Aucun ne me convient, je suis dispo jeudi matin", ASK),
    ("Aucun de ces créneaux ne me convient", ASK),
    ("Ces créneaux ne me conviennent pas, je suis dispo jeudi", ASK),  # jeudi is offered, yet « none suits »
    ("Je ne suis pas disponible", ASK),
    ("Le 2 ou le 3", ASK),
    ("Mardi", ASK),  # two Tuesdays offered: which one?
    ("mardi 3 décembre 10h", ASK),  # 3 December is a Thursday: offered nowhere
    ("Le 5", ASK),
    ("Le mardi à 10h30", ASK),
    ("Bonjour, pouvez-vous m'en dire plus sur le programme ?", ASK),
    ("Je retire ma candidature, j'ai trouvé un emploi", ASK),
    ("Le 2 ne me pose aucun problème", 2),
    ("Je ne sais pas encore si le 2 me va", ASK),
    ("Le 1 à 14h", ASK),  # slot 1 is at 10 h
    ("Le 2 décembre ?", ASK),
    ("le 22", ASK),
    ("Je suis disponible le 1er et le 3", ASK),
    ("Je préfère l'après-midi", ASK),  # two afternoons offered
    ("Oui", ASK),
    ("Je ne pourrai pas venir", "cancel"),
    ("Est-il possible de décaler ?", "reschedule"),
    ("Pourriez-vous me proposer un autre créneau ?", "reschedule"),
    ("J'ai un empêchement, désolée", "cancel"),
    ("Je suis désolée de ne pas pouvoir venir", "cancel"),
    ("Je ne souhaite pas annuler, le 2 me va toujours", 2),
    ("Pas besoin de décaler, merci", ASK),
    ("Tous les créneaux me vont", 1),
    ("Je suis disponible à tous les créneaux", 1),
    ("Je ne peux malheureusement à aucun de ces créneaux", ASK),
]

ENGLISH: list[tuple[str, int | str]] = [
    ("Number 2 please", 2),
    ("I'll take 2", 2),
    ("Option 3 works for me", 3),
    ("The first one is fine", 1),
    ("I'd like the second slot", 2),
    ("The last one, thanks", 3),
    ("Slot #1", 1),
    ("Thursday at 2pm is perfect", 2),
    ("December 8 at 2 pm", 3),
    ("Tuesday December 1st at 10am works", 1),
    ("Any of them is fine", 1),
    ("Whichever suits you", 1),
    ("I can't make slot 1, but 3 works", 3),
    ("None of these work for me, I'm free on Friday afternoons", ASK),
    ("Tuesday", ASK),
    ("Those times don't work for me, but Thursday is fine", ASK),
    ("2 or 3", ASK),
    ("Tuesday at 4pm", ASK),
    ("Tuesday the 8th at 2pm", 3),
    ("No. 2 please", 2),
    ("12/03 works", 2),
    ("Tuesday morning please", 1),
    ("2. Thanks!", 2),
    ("I'd prefer not the first one", ASK),
    ("Yes", ASK),
    ("I'm no longer interested, I found a job", ASK),
    ("I can't make it anymore", "cancel"),
    ("Could we reschedule?", "reschedule"),
    ("No need to reschedule, thanks", ASK),
    ("Is it possible to move my interview to another day?", "reschedule"),
    ("I don't think any of them work", ASK),
    ("None of them, sorry", ASK),
]


def expected_label(expected: int | str) -> str:
    return f"slot {expected}" if isinstance(expected, int) else expected


@pytest.mark.parametrize(("reply", "expected"), FRENCH, ids=[f"fr:{r}" for r, _ in FRENCH])
def test_a_french_reply_resolves_to_the_slot_meant_or_to_a_person(reply: str, expected: int | str) -> None:
    choice = read_slot_choice(reply, PROPOSED, language="fr")
    got: int | str = choice.position if choice.kind == "book" and choice.position else choice.kind
    assert expected_label(got) == expected_label(expected), choice


@pytest.mark.parametrize(("reply", "expected"), ENGLISH, ids=[f"en:{r}" for r, _ in ENGLISH])
def test_an_english_reply_resolves_to_the_slot_meant_or_to_a_person(reply: str, expected: int | str) -> None:
    choice = read_slot_choice(reply, PROPOSED, language="en")
    got: int | str = choice.position if choice.kind == "book" and choice.position else choice.kind
    assert expected_label(got) == expected_label(expected), choice


def test_at_least_forty_phrasings_are_covered_and_none_books_a_wrong_slot() -> None:
    assert len(FRENCH) + len(ENGLISH) >= 40
    for reply, expected in FRENCH + ENGLISH:
        choice = read_slot_choice(reply, PROPOSED, language="fr")
        if choice.kind == "book":
            assert choice.position == expected, reply


def test_the_quoted_proposal_below_a_reply_is_not_read_as_a_choice() -> None:
    reply = (
        "Je prends le 3, merci !\n\n"
        "Le mer. 25 nov. 2026 à 10:00, Pro'pulse <propulse@animafac.net> a écrit :\n"
        "> Voici les créneaux :\n>   1. mardi 1er décembre 2026 à 10 h\n>   2. jeudi 3 décembre 2026 à 14 h\n"
    )
    assert strip_quoted(reply) == "Je prends le 3, merci !"
    assert read_slot_choice(reply, PROPOSED, language="fr").position == 3


def test_the_coordinator_gets_the_applicants_own_words_and_wishes() -> None:
    choice = read_slot_choice("Aucun ne me convient, je suis dispo jeudi matin", PROPOSED, language="fr")
    assert choice.kind == "ask_coordinator"
    assert choice.reason == "none_fits"
    assert choice.quote == "Aucun ne me convient, je suis dispo jeudi matin"
    assert choice.weekdays == frozenset({3}) and choice.period == "morning"


def test_a_reply_without_any_proposal_in_the_thread_goes_to_the_coordinator() -> None:
    choice = read_slot_choice("Je prends le 2", [], language="fr")
    assert (choice.kind, choice.reason) == ("ask_coordinator", "no_proposal")


def test_a_number_beyond_the_slots_offered_books_nothing() -> None:
    two = PROPOSED[:2]
    for reply in ("3", "créneau 3", "option 3", "le troisième"):
        choice = read_slot_choice(reply, two, language="fr")
        assert choice.kind == "ask_coordinator", reply


@pytest.mark.parametrize(
    "reply", ["Unfortunately I can't attend any of these", "I won't be able to make any of them"]
)
def test_any_in_a_negative_sentence_never_books_a_slot(reply: str) -> None:
    assert read_slot_choice(reply, PROPOSED, language="en").kind != "book"


# Replies as people write them: greeting, choice, sign-off, signature (phones, addresses, taglines) and the
# quoted proposal below, in French and English. Generated once, then kept as data: tests/data/.
REAL_REPLIES = json.loads((Path(__file__).parent / "data" / "slot_replies.json").read_text(encoding="utf-8"))


def test_the_set_of_real_looking_replies_has_at_least_150_in_both_languages() -> None:
    assert len(REAL_REPLIES) >= 150
    assert {r["language"] for r in REAL_REPLIES} == {"fr", "en"}


@pytest.mark.parametrize(
    "case", REAL_REPLIES, ids=[f"{n}:{r['reply'][:40]}" for n, r in enumerate(REAL_REPLIES)]
)
def test_greetings_sign_offs_signatures_and_quotes_never_change_the_choice(case: dict[str, object]) -> None:
    choice = read_slot_choice(str(case["reply"]), PROPOSED, language=str(case["language"]))
    got: int | str = choice.position if choice.kind == "book" and choice.position else choice.kind
    assert expected_label(got) == expected_label(case["expect"]), choice  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "reply",
    [
        "Le deuxième créneau me convient.\n\nBonne soirée,\nSarah",
        "the second one works for me. Have a nice evening!",
    ],
)
def test_the_evening_of_a_sign_off_is_not_a_time_preference(reply: str) -> None:
    choice = read_slot_choice(reply, PROPOSED, language="fr")
    assert (choice.kind, choice.position) == ("book", 2)


def test_a_sentence_after_a_thank_you_is_still_read() -> None:
    assert read_slot_choice("Merci !\nJe préfère le 3", PROPOSED, language="fr").position == 3
