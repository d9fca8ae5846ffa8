"""Whom a pasted attestation speaks of. An applicant pastes their own certificate in their mail («voici mon
attestation»): the person it attests about, named with a title after the attesting act («l'université certifie
que Mme Lise AUBRY est inscrite…», «je soussignée …, atteste que M. Paul ROY effectue un stage…», "this is to
certify that Ms Jane Doe completed…"), is the applicant, not one other person of the writer's story (owner.py
reads a titled name as another person everywhere else: «la candidature de M. Touré»)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from intake.understanding.lexicon import Situation, Structure, load_meanings
from intake.understanding.situation_time import ends_ahead

# The word linking the attesting act to the clause about the person.
_THAT = frozenset({"que", "qu'", "qu’", "that"})
# The titles of a person an attestation names (persons.toml [title]).
_TITLES = load_meanings()["title"].lemmas


def attested_about(word: Any) -> bool:
    """`word` (a parsed token, a title such as «Mme») stands right after «atteste que», «certifie que»,
    "certify that": the person the attestation is about. Read on the words, not the parse: the small
    model may tag «certifie» a noun."""
    doc, i = word.doc, word.i
    if i < 2 or doc[i - 1].lower_ not in _THAT:
        return False
    return load_meanings()["attesting"].holds(doc[i - 2].lower_)


def attests_a_present(unit: str) -> bool:
    """The sentence is an attestation's own line about its person («atteste que M. … effectue un stage»,
    "certify that Ms … is enrolled"): its present is the day it was issued, not the reading day — what it
    says goes on may have ended since, unless the line itself tells an end still ahead."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(unit)]
    attesting = load_meanings()["attesting"]
    return any(
        attesting.holds(w) and after in _THAT and third in _TITLES
        for w, after, third in zip(words, words[1:], words[2:], strict=False)
    )


_WORD = re.compile(r"[\w.'’-]+")


def held_when_issued(unit: str, situation: Situation, structure: Structure, today: date) -> bool:
    """A situation an attestation's line says goes on (`attests_a_present`) with no end ahead of `today`
    («atteste que M. … effectue un stage depuis le 7 septembre»): held on its issue day; today, open."""
    return attests_a_present(unit) and not ends_ahead(unit, situation, structure, today)
