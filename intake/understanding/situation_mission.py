"""A mission, or a volunteer's role, of a kind left unsaid, held now: it may be a civic service or an
internship, so the coordinator asks. Apart from situation.py because it is read from no situation's own
names, on its own patterns."""

from __future__ import annotations

import re
from datetime import date

from intake.understanding.clauses import (
    Operator,
    is_french,
    operator_on,
    parse,
    phrase_head,
    tokens_in,
)
from intake.understanding.forms import held_by_its_field
from intake.understanding.lexicon import KeptReadings, Structure
from intake.understanding.prefilter import searched
from intake.understanding.sense import VOLUNTEER, in_criterion_sense
from intake.understanding.situation_parse import read_mention_state
from intake.understanding.situation_time import (
    NOT_NOW,
    NOW,
    UNSURE,
    is_dated_as_now,
    is_ended_by_date,
    read_said_ongoing,
)


def is_untyped_mission_on_cv(units: list[str], index: int, structure: Structure, today: date) -> bool:
    """«Depuis 2026 : volontaire du Corps européen de solidarité», «Situation actuelle : en mission auprès
    d'une fédération»: a mission or a volunteer's role of a kind left unsaid, held now (not a «chargée de
    mission», a job title)."""
    line = units[index]
    found = _MISSIONS.read(MISSION, line, lambda: _untyped_mission(line))
    if found is None:
        return False
    # The dates first: most CV lines naming a mission are not held now, and the operator needs a parse.
    return is_dated_as_now(units, index, structure, today) and not _operated_away(line, found)


# Kept per line: a pure reading of it (a match is never changed by its readers); a CV sent in three formats
# is read once. The owner is the pattern read with.
_MISSIONS: KeptReadings[re.Match[str] | None] = KeptReadings()


def _untyped_mission(line: str) -> re.Match[str] | None:
    """The line's first mission in the volunteer's sense, unless its kind is said or it is a job title."""
    found = next((m for m in MISSION.finditer(line) if in_criterion_sense(line, m.start(), VOLUNTEER)), None)
    if found is None or searched(_TYPED_MISSION, line) or _JOB_TITLE.search(line, 0, found.end()):
        return None
    return found


def _operated_away(line: str, found: re.Match[str]) -> bool:
    """«Situation actuelle : sans stage ni mission en cours»: an operator says the mission is not had
    (clauses.operator_on: denied, without, ceased, never…). French lines only: the parse reads the scope."""
    if not is_french(line) and not _FRENCH_OPERATOR.search(line):
        return False
    head = phrase_head(tokens_in(parse(line), found.start(), found.end()))
    return head is not None and operator_on(head).absent


# A CV line has few function words: an operator word of its own says it is French («sans stage ni mission»).
_FRENCH_OPERATOR = re.compile(r"\b(?:sans|aucune?|ni|hors|plus de|jamais)\b", re.IGNORECASE)


_JOB_TITLE = re.compile(r"\bcharg[ée]e?s? de mission\b", re.IGNORECASE)


# A mission that may be an internship's; one of volunteering («en mission de volontariat») is a volunteer's.
A_MISSION = re.compile(r"\bmissions?\b(?!\s+de\s+volontariat\b)", re.IGNORECASE)


# A mission, or a volunteer's role («volontaire du Corps européen de solidarité»), of a kind left unsaid;
# one taken out of a kind («une de ces missions qu'on confie aux jeunes», "one of those missions") is one.
# «volontaire pour» is willing.
MISSION = re.compile(
    r"\bmission\b|(?:(?<=\bune de ces )|(?<=\bune de mes )|(?<=\bune des )|(?<=\bone of those )|"
    r"(?<=\bone of these )|(?<=\bone of my ))missions\b|\bvolontaire\b(?!\s+pour)",
    re.IGNORECASE,
)


_EN_ON_MISSION = re.compile(
    r"\b(?:i'm|i am)\s+(?:currently\s+|now\s+)?on\s+(?:a\s+)?(?:volunteer(?:ing)?\s+)?mission\b",
    re.IGNORECASE,
)


# A mission whose kind is said is not a possible civic service: «en mission d'intérim», «mission freelance».
# A mission of volunteering («je suis en mission de volontariat avec une ONG») names no scheme: a civic
# service or another volunteering? Asked like a bare mission, while «volontariat» alone is read by its name.
# A council (an assembly: «sur le conseil citoyen», «au conseil municipal») is where a mission is held, not
# consulting: it says no kind.
_TYPED_MISSION = re.compile(
    r"service civique|(?<!mission de )volontariat|int[ée]rim|freelance|ind[ée]pendant|portage|cdd|cdi|"
    r"conseil(?!\s+(?:citoyen|municipal|d[ée]partemental|r[ée]gional|de quartier|des jeunes|"
    r"d.administration))|"
    r"consulting",
    re.IGNORECASE,
)


def is_on_untyped_mission(unit: str, structure: Structure, today: date) -> bool:
    """«Je suis actuellement en mission jusqu'en février dans une association»: a mission of some kind
    held now may be a civic service; the coordinator asks (never a refusal)."""
    # «pompier volontaire», «volontaire et dynamique»: an adjective, no volunteer (sense.py)
    found = next((m for m in MISSION.finditer(unit) if in_criterion_sense(unit, m.start(), VOLUNTEER)), None)
    if found is None or _TYPED_MISSION.search(unit):
        return False
    if not is_french(unit):
        return _EN_ON_MISSION.search(unit) is not None  # "I'm currently on a mission with a charity"
    head = phrase_head(tokens_in(parse(unit), found.start(), found.end()))
    is_role = found.group().lower().startswith("volontaire")
    state = read_mention_state(head, is_role, structure, unit, today) if head is not None else None
    if state is None:
        # «Mission en cours auprès d'une association (jusqu'à janvier)»: a note's line says it runs now.
        state = read_said_ongoing(unit, found.start(), found.end(), today)
    if state is None and held_by_its_field(unit, found, None):
        state = NOW  # «Statut actuel : Volontaire à la Ligue…»: the field for today says now; its kind asked
    if state is None and head is not None and operator_on(head) == Operator.STILL:
        # «il est encore en mission à la Croix-Rouge»: continuation said of now, whoever's it is (the caller
        # sets another's mission aside); of an unsaid kind, it is asked.
        state = NOT_NOW if is_ended_by_date(unit, today, found.start()) else NOW
    if state is None and _MY_MISSION_ENDS.search(unit):
        # «Ma mission auprès d'une association … se termine bientôt»: the small model may lose the end verb
        # in a long subject; «ma mission» ending, not at a date already passed, runs now.
        return not is_ended_by_date(unit, today, found.start())
    return state in {NOW, UNSURE}  # «ma mission n'est pas tout à fait terminée»: maybe held now, asked too


_MY_MISSION_ENDS = re.compile(
    r"\bma mission\b[^.;:]{0,80}?\b"
    r"(?:se termine|se terminera|prend fin|prendra fin|s.ach[eè]ve|s.arr[eê]te\w*|finit)\b",
    re.IGNORECASE,
)
