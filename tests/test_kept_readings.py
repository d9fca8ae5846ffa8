"""Readings kept per text (lexicon.KeptReadings) answer only for what they were read with: the aim told by a
unit (aim._told) is kept per unit and per kind of source, the diplomas of a line (education._mentions_kept)
per line, neighbours and day, the things a sentence names (links._candidates) per sentence and place. Each
test reads the same words twice where one thing around them differs, and checks that the second reading is
the one a fresh reader gives."""

from __future__ import annotations

from datetime import date

from intake.understanding.aim import AimReading
from intake.understanding.education import read_education
from intake.understanding.facts import SUBJECT, Source
from intake.understanding.lexicon import load_lexicon
from intake.understanding.links import with_links_resolved

TODAY = date(2026, 11, 26)
CONSULTING = "Je vise un poste dans un cabinet de conseil"


def _aim_of(units: list[str], where: str, *, document: bool, reading: AimReading | None = None) -> AimReading:
    reading = reading or AimReading()
    source = Source(where, "\n".join(units), is_document=document)
    for index in range(len(units)):
        reading.read(source, units, index, load_lexicon())
    return reading


def test_an_aim_kept_from_a_cv_line_does_not_answer_for_the_same_words_as_the_subject() -> None:
    on_cv = _aim_of([CONSULTING], "cv.pdf", document=True)
    as_subject = _aim_of([CONSULTING], SUBJECT, document=True)
    assert on_cv.refused is None  # a CV's line names past employers: no refusal
    assert as_subject.refused is not None and as_subject.refused.where == SUBJECT


def test_an_aim_kept_for_its_words_quotes_the_document_it_is_read_in() -> None:
    line = "Objectif : rejoindre une coopérative d'habitants"
    first = _aim_of([line], "cv.pdf", document=True)
    second = _aim_of([line], "cv.odt", document=True)
    assert first.evidence is not None and first.evidence.where == "cv.pdf"
    assert second.evidence is not None and second.evidence.where == "cv.odt"


def test_an_aim_kept_for_its_words_leaves_a_refusal_read_before_it_in_place() -> None:
    earlier = "Je vise un poste dans une banque d'investissement"
    reading = _aim_of([CONSULTING], "body", document=False)  # the kept reading, read alone first
    reading = _aim_of([earlier, CONSULTING], "body", document=False)
    assert reading.refused is not None and reading.refused.text == earlier


def test_an_aim_kept_for_its_words_adds_only_sectors_not_named_yet() -> None:
    line = "Je cherche un emploi dans une association culturelle"
    once = _aim_of([line], "body", document=False)
    twice = _aim_of([line, line], "body", document=False)
    assert once.sectors and twice.sectors == once.sectors


def _graduation(cv: str, today: date = TODAY) -> str | None:
    source = Source("cv.pdf", cv, is_document=True)
    highest = read_education([source], load_lexicon(), today).highest
    assert highest is not None
    return highest.graduation


def test_the_same_diploma_line_takes_the_date_of_its_own_neighbour() -> None:
    head, tail = "PARCOURS\nMaster Géographie et aménagement\n", "\nLANGUES"
    assert _graduation(head + "Septembre 2023" + tail) == "2023-09"
    assert _graduation(head + "Septembre 2025" + tail) == "2025-09"


def test_the_same_diploma_line_is_read_on_the_day_it_is_asked_about() -> None:
    cv = "PARCOURS\nLicence Sociologie\nJuin 2026\nLANGUES"
    assert _graduation(cv) == "2026-06"
    assert _graduation(cv, today=date(2026, 3, 2)) is None  # June ahead of March: not had yet


def test_a_link_kept_for_its_sentence_takes_up_the_diploma_its_own_mail_names() -> None:
    link = "Je l'ai validé en 2024."
    with_master = with_links_resolved(f"J'ai un master de philosophie. {link}", load_lexicon())
    with_bts = with_links_resolved(f"J'ai un BTS Tourisme. {link}", load_lexicon())
    assert "mon master de philosophie en 2024" in with_master
    assert "mon BTS Tourisme en 2024" in with_bts


def test_a_sentence_kept_for_its_things_is_read_again_at_its_own_place_in_another_mail() -> None:
    said = "J'ai un master de philosophie. Je l'ai validé en 2024."
    alone = with_links_resolved(said, load_lexicon())
    after_a_greeting = with_links_resolved(f"Bonjour à toute l'équipe. {said}", load_lexicon())
    assert alone.endswith("mon master de philosophie en 2024.")
    assert after_a_greeting == f"Bonjour à toute l'équipe. {alone}"
