"""What a message of the constructions corpus is: one syntactic construction, chosen first, in which the
deciding fact is stated — and the mail written around it.

The grid of constructions (``GRID``) was fixed before any message was written (see LICENCE.md). Each source
file (batch*.py) lists MESSAGES, each a ``C`` (its construction, the fact the construction carries, the
words of the construction as they stand in the mail, and the mail), with a ``# Construction:`` comment above
it naming the three; build.py adds the construction and the fact to its truth line.
"""

from __future__ import annotations

from dataclasses import dataclass

from kit import M
from tagged import FACTS

GRID = {
    "nominalisation": "the fact as a noun phrase: «l'obtention de mon master», «la fin de mon stage»",
    "passive": "a passive: «mon diplôme m'a été remis en juillet», «ma convention a été prolongée»",
    "relative": "a relative clause: «le BTS que j'ai validé», «l'association où je fais…»",
    "apposition": "a participle or an apposition: «Diplômée d'un M2 depuis juin, …»",
    "infinitive": "an infinitive clause: «après avoir soutenu mon mémoire», «avant de commencer mon stage»",
    "gerund": "a gerund: «en terminant ma licence», «tout en finissant mon stage»",
    "impersonal": "an impersonal or non-writer subject: «il me reste deux mois de stage»",
    "cleft": "a cleft: «c'est en 2024 que j'ai eu mon DUT», «ce que je cherche, c'est…»",
    "fragment": "a verbless fragment or list: «Master 2 ESS — 2025 — validé», «Situation : en recherche»",
    "comparison": "a comparison or negated comparison: «pas plus de stage que de service civique»",
    "relative_time": "a time counted from the reading day 2026-11-26: «il y a dix-huit mois», «l'an dernier»",
    "number_words": "numbers in words: «bac plus cinq», «deux mille vingt-cinq», «vingt-quatre mois»",
    "self_question": "a question the writer asks and answers: «Mon niveau ? Un bac+3.»",
    "english": "an English passive, perfect or “-ing” clause (“having finished my degree”)",
}
STATED = FACTS


@dataclass(frozen=True)
class C:
    """One message and the construction that carries its deciding fact: ``words`` stand in its subject,
    body or CV as written."""

    construction: str
    stated: str
    words: str
    m: M

    def __post_init__(self) -> None:
        assert self.construction in GRID, self.construction
        assert self.stated in STATED, self.stated
