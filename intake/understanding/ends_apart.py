"""A situation the letter tells over today while another place of the same mail dates its end still ahead:
«mon stage est fini» above a CV whose line reads «Stage, chargée de mission – oct. 2026 à mars 2027», «j'ai
terminé mon service civique» above a signature «Volontaire Unis-Cité, jusqu'à fin avril 2027». Each
place is the writer's; neither says why the other is wrong. The CV may be older than the letter (then the
letter wins, situation.trust_the_writer), but an end still ahead was planned: the placement stopped early,
or the letter is loose. Which holds is asked, never settled by either (`ends_apart_asked`).

A letter that settles it stands: one telling the document out of date («mon CV n'est pas à jour»,
meanings.toml [outdated] phrases) or the placement cut short («j'ai rompu ma convention», [cut_short]). A CV
or a signature with no end ahead («depuis mai 2026», «(en cours)» alone) is no contradiction of its own: the
letter, newer, wins as before.
"""

from __future__ import annotations

import re
from datetime import date

from intake.understanding.dates import told_ahead
from intake.understanding.discourse import SIGNATURE
from intake.understanding.facts import BODY, Evidence, SituationFacts, Source
from intake.understanding.lexicon import Lexicon, load_meanings
from intake.understanding.situation import read_situation, settle_current

# The placements whose planned end a CV or a signature dates.
_PLACED = ("internship", "service_civique")


def ends_apart_asked(
    situation: SituationFacts,
    letter: str,
    places: tuple[list[Source], list[str]],
    lexicon: Lexicon,
    today: date,
) -> SituationFacts:
    """`situation` with each placement the writer's `letter` tells over, while another place (`places`: the
    attached documents, the signature's title lines) holds it with an end after `today`, asked instead (the
    other place's line as the evidence)."""
    documents, signed = places
    if _explains_the_other_place(letter):
        return situation
    changed = False
    readings: list[SituationFacts] | None = None  # each document read alone, once, when first asked
    for name in _PLACED:
        over = situation.past.get(name)
        if over is None or over.where != BODY or not _tells_an_end(over.text, lexicon):
            continue
        held = situation.flags.get(name)
        if held is None:
            readings = readings if readings is not None else _read_apart(documents, lexicon, today)
            elsewhere = _held_in(name, readings)
        else:  # held in the letter's own words, it is no other place's; on the signature's title, it is
            elsewhere = held if _on_signature(held, signed) else None
        if elsewhere is None or not told_ahead(elsewhere.text, today):
            continue
        situation.ask_instead(name, elsewhere)
        changed = True
    if changed:
        settle_current(situation)
    return situation


def _tells_an_end(text: str, lexicon: Lexicon) -> bool:
    """The letter's sentence tells an end («mon stage est fini», «j'ai terminé mon service civique», «je ne
    suis plus en stage», "my internship is over": situations.toml [structure] ends, meanings.toml [no_more],
    [structure.english] completion), not a placement
    only named in passing («j'écris depuis ma boîte de stage»: no end told, no contradiction)."""
    words = re.findall(r"[\w'’]+", text.lower())
    completion = lexicon.structure.english.get("completion")
    no_more = load_meanings()["no_more"]  # «je ne suis plus en stage», "no longer on a placement"
    return any(w.startswith(lexicon.structure.ends) or no_more.holds(w) for w in words) or (
        completion is not None and completion.search(text) is not None
    )


def _explains_the_other_place(text: str) -> bool:
    """The letter says why another place disagrees: that place out of date, or the placement cut short."""
    meanings = load_meanings()
    return meanings["outdated"].phrased_in(text) or meanings["cut_short"].said_in(text)


def _on_signature(held: Evidence, signed: list[str]) -> bool:
    """The evidence is the signature's: read as its title, or one of its title lines as written."""
    return held.where == SIGNATURE or any(line and line in held.text for line in signed)


def _read_apart(documents: list[Source], lexicon: Lexicon, today: date) -> list[SituationFacts]:
    """Each attached document's situation, read alone (a CV's line is its own, not the letter's)."""
    return [read_situation([document], lexicon, today) for document in documents]


def _held_in(name: str, readings: list[SituationFacts]) -> Evidence | None:
    """The placement held now by the first document that, read alone (`_read_apart`), holds it."""
    return next((held for reading in readings if (held := reading.flags.get(name)) is not None), None)
