"""What a figure of speech said of a situation's mention tells of it (figures.py reads the figure): «le stage,
c'est plié», «mon service civique est bouclé», "my placement is done and dusted" say it over; «je me coltine
encore mon stage», «Stage ⏳» say it held now; «mon stage touche à sa fin», «arrive à son crépuscule» say it
held now, its end near and undated (asked, unless a date ahead is told); «une sorte de stage», «un genre de
service civique» hedge what it is (held now, the coordinator asks).

Invariant: a figure decides only when it is said of the mention (figures.figure_on: in its clause, on its
side) and no negation stands between them («ce n'est pas encore plié» is no end); a minimiser («un petit stage
de rien du tout») tells nothing here: the situation is read as if it were not there.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from intake.understanding.clauses import (
    NEGATION,
    NO_TENSE,
    PRESENT,
    is_french,
    parse,
    predicate_of,
    tense_of,
    tokens_in,
)
from intake.understanding.figures import (
    ABOUT_TO_END,
    AVAILABLE,
    CIVIC_SCHEME,
    HEDGED,
    OVER,
    STATE_PAYER,
    STILL_IN,
    VOLUNTEERING,
    WORN_ROLE,
    Figure,
    figure_on,
    figures_in,
)
from intake.understanding.lexicon import WORD_RUN, Situation, Structure, load_meanings
from intake.understanding.situation_parse import read_mention_state
from intake.understanding.situation_time import (
    NOT_NOW,
    NOW,
    UNSURE,
    ends_ahead,
    find_date_after,
    is_ended_by_date,
)

# The figures that tell a situation's state, and the state each tells.
_STATE_OF = {OVER: NOT_NOW, STILL_IN: NOW, ABOUT_TO_END: NOW}
_STATES = frozenset(_STATE_OF)
_HEDGES = frozenset({HEDGED})
_AVAILABLE = frozenset({AVAILABLE})


def _spans(unit: str, situation: Situation, meanings: frozenset[str]) -> list[tuple[int, int]]:
    """Where the unit names the situation: its names and roles («stage», «stagiaire»); none when the unit
    holds no figure of `meanings` — nothing can then be said of a mention, and most units hold none
    (`figures_in` is cached per text: the test is cheaper than a search per situation)."""
    if not any(f.meaning in meanings for f in figures_in(unit)):
        return []
    return [m.span() for p in (situation.names, situation.roles) if p is not None for m in p.finditer(unit)]


def _denied_between(unit: str, start: int, figure: Figure) -> bool:
    """A negation between the mention and the figure, or right before the figure: «mon stage n'est pas
    encore bouclé», «le stage, c'est pas plié», "nothing is wrapped up"."""
    low, high = min(start, figure.start), max(start, figure.end)
    window = unit[max(0, low - 12) : high]
    return NEGATION.search(window) is not None or _NO_THING.search(window) is not None


# A negative word that denies a figure with no «ne»: «rien n'est bouclé», "nothing is wrapped up".
_NO_THING = re.compile(r"\b(?:rien|aucun|aucune|nothing|none|never|jamais)\b", re.IGNORECASE)


def state_by_figure(unit: str, situation: Situation, structure: Structure, today: date) -> str | None:
    """now / not_now / unsure as a figure said of a mention of the situation tells it, or None (no figure
    on it: the parse and the words decide). A near end («touche à sa fin») is held now when the sentence
    dates the end ahead, else asked."""
    for start, end in _spans(unit, situation, _STATES):
        figure = figure_on(unit, start, end, _STATES)
        if figure is None or _denied_between(unit, start, figure):
            continue
        if figure.meaning == ABOUT_TO_END and not ends_ahead(unit, situation, structure, today):
            return UNSURE
        return _STATE_OF[figure.meaning]
    return None


def hedged_mention(unit: str, situation: Situation) -> bool:
    """A mention of the situation is hedged: «une sorte de stage», «un genre de service civique», "a kind
    of internship" (what it is is left open, not whether it is held)."""
    spans = _spans(unit, situation, _HEDGES)
    return any(figure_on(unit, start, end, _HEDGES) is not None for start, end in spans)


# A time right at or after the end of a mention: «après mon service civique», «à l'issue de mon stage», "once
# my placement…". Alone it says when the writer means to act (situation._only_as_a_time); tied to a date of
# availability it dates the end («Disponibilité : mars 2027, à l'issue de mon stage»).
AFTER_ITS_END = re.compile(
    r"\b(?:après|apres|after|(?:dès\s+)?l.issue d[eu]|(?:à|dès|des)\s+la fin d[eu]|at the end of|once)\s+"
    r"(?:(?:mon|ma|my|the|le|la|this)\s+)?$",
    re.IGNORECASE,
)


def state_by_availability(unit: str, situation: Situation, today: date) -> str | None:
    """A date of availability tied to the end of a mention of the situation dates its end: ahead, it is
    held now; passed, over. Tied to the end of the writer's own with no date («je serai disponible dès la
    fin de mon stage»): it runs now — else the writer would be free now — and when it ends is not told:
    asked. None without the tie («Disponible immédiatement» says nothing of a stage)."""
    free = next((f for f in figures_in(unit) if f.meaning == AVAILABLE), None)
    if free is None:
        return None
    own_end = False
    for start, _ in _spans(unit, situation, _AVAILABLE):
        tie = AFTER_ITS_END.search(unit[max(0, start - 40) : start])
        if not tie:
            continue
        when = find_date_after(unit, free.end, today)
        if when is not None:
            return NOW if when >= today else NOT_NOW
        own_end = own_end or _OWN_END.search(tie.group()) is not None
    return UNSURE if own_end else None


# The end of the writer's own: «à la fin de mon stage», «dès la fin de ma mission», "once my placement".
_OWN_END = re.compile(r"(?i)\b(?:mon|ma|my)\s+$")


# A sum paid by the month: «600 balles par mois», «500 € par mois», "£400 a month" (slang money words too).
_MONTHLY_SUM = re.compile(
    r"\d[\d\s.,]*\s*(?:€|euros?|balles|boules|bucks|quid|pounds|£|\$)?\s*(?:par|/|a|per|each)\s*(?:mois|month)\b",
    re.IGNORECASE,
)
# A verb of wearing the garment of a role, in the present: «je porte encore le gilet de …», "I wear the vest".
_WEARING = re.compile(
    r"\b(?:porte|portes|portons|portez|portent|enfile|enfiles|revêts|wear|wears|wearing)\b", re.I
)


def volunteering_held(unit: str, today: date) -> Figure | None:
    """A volunteer's role said by a figure and held now («je file un coup de main à une asso en ce moment»,
    «je porte encore le gilet de la Croix-Rouge jusqu'en février», "I still lend a hand at a shelter"): a
    civic service or plain volunteering, asked. The figure, or None when none is held now."""
    figure = next((f for f in figures_in(unit) if f.meaning in _ROLES and _a_role(unit, f)), None)
    if figure is None or "?" in unit or NEGATION.search(unit):
        return None
    now = load_meanings()["trappings_now"]
    if not now.said_in(unit) or is_ended_by_date(unit, today, figure.start):
        return None  # «j'ai donné un coup de main l'été dernier»: no word of now, or an end passed
    if is_french(unit) and not _told_in_the_present(unit, figure):
        return None
    return figure


def paid_by_the_month(unit: str) -> bool:
    """A sum paid by the month («on me file 600 balles par mois pour…»): an allowance, an intern's pay as
    well as a volunteer's."""
    return _MONTHLY_SUM.search(unit) is not None


_ROLES = frozenset({VOLUNTEERING, WORN_ROLE})


def _a_role(unit: str, figure: Figure) -> bool:
    """A garment is a role only when worn (a verb of wearing right before it); a helping hand always is."""
    if figure.meaning != WORN_ROLE:
        return True
    return _WEARING.search(unit[max(0, figure.start - 30) : figure.start]) is not None


def _told_in_the_present(unit: str, figure: Figure) -> bool:
    """The clause of the figure is in the present («je file», «on me file … pour filer un coup de main»)."""
    tokens = tokens_in(parse(unit), figure.start, figure.end)
    if not tokens:
        return False
    predicate = predicate_of(tokens[0])
    for _ in range(3):  # «pour filer un coup de main»: the infinitive's own governing verb tells the time
        if tense_of(predicate) != NO_TENSE or predicate.head.i == predicate.i:
            break
        predicate = predicate_of(predicate.head)
    return tense_of(predicate) == PRESENT


def civic_periphrasis(unit: str) -> tuple[int, int] | None:
    """A service civique named by a periphrasis: an engagement or a volunteering the State offers or pays,
    in one clause («le dispositif d'engagement de six à douze mois que l'État propose aux jeunes», «mon
    année de volontariat indemnisé par l'État»). The span of the phrase's head noun («dispositif»,
    «année», «volontariat»), or None. A mission «qu'on confie aux jeunes», no State said, stays of unsaid
    kind (situation_mission.py)."""
    found = figures_in(unit)
    scheme = next((f for f in found if f.meaning == CIVIC_SCHEME), None)
    if scheme is None or not any(f.meaning == STATE_PAYER and _beside(unit, scheme, f) for f in found):
        return None
    if not is_french(unit):
        return scheme.start, scheme.end  # "my State-funded volunteering year": read by its words
    head = _governing_noun(unit, scheme)
    return head.idx, head.idx + len(head.text)


def _beside(unit: str, one: Figure, other: Figure) -> bool:
    """Two figures in one sentence, a few words apart, on either side («le dispositif d'engagement … que
    l'État propose», "a State-funded volunteering year")."""
    between = unit[min(one.end, other.end) : max(one.start, other.start)]
    return len(WORD_RUN.findall(between)) <= 12 and re.search(r"[.;:!?]", between) is None


def _governing_noun(unit: str, scheme: Figure) -> Any:
    """The noun the scheme's word completes («dispositif» of «dispositif d'engagement»), or the word."""
    tokens = tokens_in(parse(unit), scheme.start, scheme.end)
    token = tokens[0]
    while token.dep_ == "nmod" and token.head.pos_ == "NOUN" and token.head.i < token.i:
        token = token.head
    return token


def state_of_periphrasis(unit: str, span: tuple[int, int], structure: Structure, today: date) -> str | None:
    """What the sentence says of a situation named by a periphrasis at `span`: a figure on it first («en
    plein dans le dispositif …»), else its parse (situation_parse.read_mention_state)."""
    figure = figure_on(unit, span[0], span[1], _STATES)
    if figure is not None and not _denied_between(unit, span[0], figure):
        return _STATE_OF[figure.meaning] if figure.meaning != ABOUT_TO_END else UNSURE
    if not is_french(unit):
        return None  # no figure on it: the English words of a scheme alone tell no time
    tokens = tokens_in(parse(unit), span[0], span[1])
    return read_mention_state(tokens[0], False, structure, unit, today) if tokens else None
