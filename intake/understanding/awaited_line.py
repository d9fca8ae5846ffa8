"""A diploma a résumé's line tells not had yet is not had, whatever year the line's period ends on.

«2024 – 2026 : Master Médiation culturelle – Université de Lorraine ; soutenance le 13 novembre, résultats
en attente»: the period's end reads as a graduation (a résumé lists diplomas had), and the same line tells the
jury still to decide (pending.py) — two readings of one diploma. The line's own word on it wins: the master
is not had, the highest diploma had is the one before it (the licence), and whether the studies are over is
asked as the pending reading says. Said of another diploma on the line («Licence validée ; master : jury en
décembre»), each keeps its own reading: only the same diploma's dated reading gives way.
"""

from __future__ import annotations

from datetime import date

from intake.understanding.facts import DiplomaMention
from intake.understanding.lexicon import Lexicon
from intake.understanding.pending import decision_to_come

__all__ = ["awaited_over_period"]


def _not_had_yet(mention: DiplomaMention, lexicon: Lexicon, today: date) -> bool:
    """Read on its line as neither had nor followed, the line naming a decision still to come (a jury,
    results; pending.py) — not a diploma failed or left («raté la première fois»), which says nothing of
    a later attempt the same line may tell had."""
    if mention.obtained or mention.in_progress:
        return False
    return decision_to_come(mention.evidence.text, lexicon.structure, today) is not None


def _place(mention: DiplomaMention) -> tuple[str, str, str]:
    """The diploma and the line it is read on."""
    return mention.label, mention.evidence.text, mention.evidence.where


def awaited_over_period(
    mentions: list[DiplomaMention], lexicon: Lexicon, today: date
) -> list[DiplomaMention]:
    """The `mentions` less a diploma read had on a line that also tells that same diploma not had yet."""
    awaited = {_place(m) for m in mentions if _not_had_yet(m, lexicon, today)}
    if not awaited:
        return mentions
    return [m for m in mentions if not (m.obtained and _place(m) in awaited)]
