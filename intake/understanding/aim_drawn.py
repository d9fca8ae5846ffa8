"""An ESS named only as what draws the writer, beside a search named outside it: the search decides.

Reads the sentence the ESS aim was read from. «Passionné par les valeurs de l'économie sociale et solidaire,
je découvre votre programme» says what moves the writer, no place where they look for work; «Mon objectif est
un poste de contrôleur de gestion dans un grand groupe industriel» names the place sought. An attraction
(«passionné», «attiré», «sensible», "passionate about", "drawn to") governing every ESS name of its sentence,
with no word of a search or of work there, is no aim of its own beside a search aimed elsewhere: that search
is the writer's aim (a cover letter's stock enthusiasm names no job sought). Invariants: a search or a job
word governing an ESS name (« je cherche un poste dans une association ») keeps it an aim; a sentence whose
ESS name no attraction governs is left as read; alone (no search outside), the attraction still reads as the
reader read it before.
"""

from __future__ import annotations

import re
from typing import Any

from intake.understanding.aim import AimReading
from intake.understanding.clauses import is_french, parse, starts_with, tokens_in
from intake.understanding.lexicon import Lexicon

# Attraction: a feeling drawn towards a field, no place sought.
_DRAWN_FR = ("passionn", "attir", "sensib", "enthousias", "touch", "convaincu", "adhér", "valeur")
_DRAWN_EN = re.compile(
    r"(?i)\b(?:passionate|passion|drawn|attracted|committed to the values|believe in|inspired|enthusias\w*)\b"
)
# A search or work sought in an English sentence: these make it an aim still.
_SOUGHT_EN = re.compile(
    r"(?i)\b(?:look\w*|seek\w*|search\w*|apply\w*|job|work|role|position|post|join|career|employ\w*|hope|"
    r"would like|want|aim|goal|intend)\b"
)
_CLIMB = 8  # heads climbed from the ESS name to the word that governs it


def only_drawn_to(unit: str, lexicon: Lexicon) -> bool:
    """Every ESS name of `unit` is governed by an attraction, none by a search or by work sought."""
    names = lexicon.ess_names
    spans = [m.span() for m in names.finditer(unit)] if names is not None else []
    if not spans:
        return False
    if not is_french(unit):
        return _DRAWN_EN.search(unit) is not None and _SOUGHT_EN.search(unit) is None
    doc = parse(unit)
    sought = (*lexicon.structure.aim_search, *lexicon.structure.aim_work)
    for start, end in spans:
        words = tokens_in(doc, start, end)
        governing = _governing(words[0], sought) if words else None
        if governing is None or not starts_with(governing, _DRAWN_FR):
            return False
    return True


def _governing(word: Any, sought: tuple[str, ...]) -> Any:
    """The first word above `word` that is an attraction, a search or work sought; None when none is."""
    for _ in range(_CLIMB):
        if word.head.i == word.i:
            return None
        word = word.head
        if starts_with(word, sought) or starts_with(word, _DRAWN_FR):
            return word
    return None


def attraction_set_aside(aim: AimReading, lexicon: Lexicon) -> None:
    """With a search read outside the ESS (not one only weighed as possible), an ESS aim read from a
    sentence of attraction alone is set aside: the search named is the aim."""
    if aim.evidence is None or aim.refused is None or aim.weighed is not None:
        return
    if aim.evidence is aim.refused or not only_drawn_to(aim.evidence.text, lexicon):
        return
    aim.evidence = None
    aim.sectors.clear()
