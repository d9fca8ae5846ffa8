"""A situation taken up by a relative clause of doing in the present: «j'ai commencé un stage dans une
fondation, que je poursuis à temps plein», «une mission de service civique à la Croix-Rouge, que j'effectue
toujours», "an internship at a food bank, which I'm still doing".

The main verb tells the start, in the past («j'ai commencé», «j'ai démarré»); the relative clause after the
mention's phrase tells today: the writer does it now (situations.toml [structure] `doing`, told in the
present by «je»). The small model hangs such a «que» on the main verb as a complement, so the clause is read
by its words: the relative pronoun, the writer as subject, a verb of doing in a present form right after it
(no «ne» between, no auxiliary of a past; its tense as the parse reads it, its ending where the parse says
nothing: no imparfait or future).

Invariants: only a clause standing after the mention in its sentence, before another clause is opened
(a stop, a semicolon, «mais» or «et» with a subject of its own), is read; a verb of any other meaning
(«que je termine en décembre», «que j'ai quitté») says nothing here.
"""

from __future__ import annotations

import re

from intake.understanding.clauses import NO_TENSE, PRESENT, parse, tense_of, tokens_in
from intake.understanding.lexicon import Structure

# «…, que je poursuis», «…, que j'effectue toujours»: the writer as subject of a verb right after «que».
_RELATIVE = re.compile(
    r"^[^.;!?]{0,100}?,?\s*(?:que|qu['’])\s*(?:je\s+|j['’])(?P<verb>[a-zà-ÿ]+)", re.IGNORECASE
)
# "…, which I'm still doing", "that I do part-time": the same in English, its verb of doing named.
_RELATIVE_EN = re.compile(
    r"^[^.;!?]{0,100}?,?\s*(?:which|that)\s+i(?:['’]m|\s+am)?\s+(?:still\s+)?"
    r"(?P<verb>doing|do|carrying on)\b",
    re.IGNORECASE,
)
# Another clause opened before the relative: its own subject after «mais», «et», "but", "and".
_OTHER_CLAUSE = re.compile(
    r"\b(?:mais|et|puis|but|and|then)\s+(?:je|j['’]|il|elle|i|it|she|he)\b", re.IGNORECASE
)
# Forms of a verb not in the present: a past participle, an imparfait, a future or conditional (read only
# where the parse tells no tense).
_NOT_PRESENT = re.compile(r"(?:é|ée|és|ées|ais|ait|rai|rais|ai)$", re.IGNORECASE)


def is_kept_on(unit: str, end: int, structure: Structure) -> bool:
    """The mention ending at `end` is taken up after it by a French relative clause saying the writer does
    it now («…, que je poursuis à temps plein»)."""
    found = _RELATIVE.match(unit[end:])
    if found is None or _OTHER_CLAUSE.search(unit[end : end + found.start("verb")]):
        return False
    verb = found.group("verb").lower()
    return verb.startswith(structure.doing) and _in_present(unit, end + found.start("verb"), verb)


def _in_present(unit: str, at: int, verb: str) -> bool:
    """The verb at `at` is in the present as spaCy's morphology tells it (clauses.tense_of); its ending
    decides only where the parse tells no tense."""
    words = tokens_in(parse(unit), at, at + len(verb))
    tense = tense_of(words[0]) if len(words) == 1 else NO_TENSE
    if tense != NO_TENSE:
        return tense == PRESENT
    return _NOT_PRESENT.search(verb) is None


def is_kept_on_in_english(unit: str, end: int) -> bool:
    """The same in English: "an internship at a foundation, which I'm still doing"."""
    found = _RELATIVE_EN.match(unit[end:])
    return found is not None and _OTHER_CLAUSE.search(unit[end : end + found.start("verb")]) is None
