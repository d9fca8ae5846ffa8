"""Education told as labelled fields: a web form's answers, a table's two-cell rows («Diplôme : Master 2»,
«Année d'obtention : 2025», "Graduation year: 2025"). The structure says what each value is: a label of a
diploma meaning names the diploma had; a label of a diploma or graduation meaning whose value is only a
date gives the graduation, for the diploma of the same form."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from intake.parsing import labelled_fields
from intake.understanding.dates import MonthYear, bare_date, find_dates
from intake.understanding.lexicon import Meaning, load_meanings


@dataclass(frozen=True)
class DateField:
    line: str  # «Année d'obtention : 2025», the evidence
    when: MonthYear
    follows: str = ""  # the diploma row right above it, if any («Diplôme : Master 2»)


def _means(label: str, meaning: Meaning) -> bool:
    return label in meaning.lemmas or any(phrase in label for phrase in meaning.phrases)


def _diploma_field(line: str) -> tuple[str, str] | None:
    """(label, value) of a «Diplôme : …» line, or None when the line is not a field of a diploma meaning."""
    fields = labelled_fields(line)
    if len(fields) != 1 or not _means(fields[0][0], load_meanings()["field_diploma"]):
        return None
    return fields[0]


def diploma_field_value(line: str) -> str | None:
    """The value of a «Diplôme : …» line, or None when the line is not a field of a diploma meaning."""
    field = _diploma_field(line)
    return field[1] if field is not None else None


def is_ongoing_field(line: str) -> bool:
    """«Diplôme en cours : Master 2», «Diplôme préparé : …»: the label says the diploma is not had yet."""
    field = _diploma_field(line)
    return field is not None and _means(field[0], load_meanings()["field_ongoing"])


def passed_in_row(line: str | None) -> bool:
    """A result row telling a pass («Résultat : admis, juillet 2025», «Décision du jury : reçue», "Result:
    passed"): right under «Diplôme préparé : …», it says the diploma prepared is had now."""
    fields = labelled_fields(line or "")
    if len(fields) != 1:
        return False
    label, value = fields[0]
    m = load_meanings()
    first = (value.strip().casefold().split() or [""])[0].strip(",.;")
    return _means(label, m["field_result"]) and first in m["result_passed"].lemmas


@lru_cache(maxsize=16)  # asked twice for each source of a message (education.py), read once
def graduation_fields(text: str, today: date) -> tuple[DateField, ...]:
    """The fields of `text` giving a graduation date: a diploma or graduation label, a date alone as value;
    a bare «Année : 2025» counts on the row right after a diploma's."""
    meanings = load_meanings()
    out: list[DateField] = []
    above = ""  # the diploma row just read, when the row before this one is one
    for line in text.split("\n"):
        for label, value in labelled_fields(line) + answered_pairs(line):
            dated = _means(label, meanings["field_graduation"]) or _means(label, meanings["field_diploma"])
            value = _ANSWER_OPENING.sub("", value, count=1)
            dates = find_dates(value, today) or _month_alone(value, today)
            date_alone = len(dates) == 1 and _only_a_date(value, dates[0])
            if date_alone and (dated or (above and label in meanings["field_when"].lemmas)):
                out.append(DateField(line.strip(), dates[0], above))
            above = line.strip() if not date_alone and _means(label, meanings["field_diploma"]) else ""
    return tuple(out)


# A yes opening an answer, and a preposition before its date («Oui, en juin 2025», "Yes, in May 2025"): the
# date alone is what the answer tells.
_ANSWER_OPENING = re.compile(
    r"^\s*(?:(?:oui|yes|yep)\b[\s,.:;!–—-]*)?(?:(?:en|in|le|on|depuis|since)\s+)?", re.IGNORECASE
)

# What a line asks and what it answers, when it is not a «Label : value» field: a question of the call and
# its answer («Diplômée depuis moins de deux ans ? Oui, juin 2025.»), a criterion and its value after an
# arrow («☑ Moins de deux ans → juin 2025»), a table's two cells («| Obtention | décembre 2025 |»), a
# criterion and its value in brackets («✔ moins de 2 ans (mars 2025)»).
_ASKED_ANSWERED = (
    re.compile(r"([^?]{3,80}?)\?\s*(\S[^?]*)"),
    re.compile(r"([^→]{3,80}?)\s*(?:→|->|=>)\s*(\S.*)"),
    re.compile(r"\|?\s*([^|\t]{3,60}?)\s*(?:\||\t)\s*([^|\t]+?)\s*\|?"),
    re.compile(r"([^()]{3,80}?)\s*\(([^()]+)\)\s*\.?"),
)


def answered_pairs(line: str) -> list[tuple[str, str]]:
    """(what is asked, its answer) of a line laid out as an answer to a criterion, the asked lower-cased as
    labelled_fields gives labels; [] for a line that is none. (h-ans)"""
    for layout in _ASKED_ANSWERED:
        pair = layout.fullmatch(line.strip())
        if pair is not None and len(pair.group(1).split()) <= _ASKED_WORDS:
            return [(pair.group(1).strip().lower(), pair.group(2).strip())]
    return []


_ASKED_WORDS = 10  # a criterion asked or restated is short; a longer text before its answer is a sentence


def _month_alone(value: str, today: date) -> list[MonthYear]:
    """A month told alone as an answer («Oui, depuis juillet», «juin»): the last such month. (h-ans)"""
    day = bare_date(value.strip(), today, ahead=False) if len(_WORD.findall(value)) == 1 else None
    return [MonthYear(day.year, day.month, 0, len(value))] if day is not None else []


_WORD = re.compile(r"[^\W\d_]+")


def _only_a_date(value: str, when: MonthYear) -> bool:
    """The value is a date, alone or with the place it was awarded at («juin 2025, Université de Bordeaux»,
    «IUT de Guadeloupe – 2025»): a school or a town is no other fact, nor the day of the month before it
    («02/07/2025», «le 2 juillet 2025»: the date told whole). Any word of its own in lower case («juin 2025,
    prévue», «2025 (en attente du jury)») keeps it from being only a date."""
    before = _DAY_BEFORE.sub("", value[: when.start])
    rest = (before + " " + value[when.end :]).strip(" .,;:()-–—/")
    return not rest or _PLACE.fullmatch(rest) is not None


# The day of the month right before a month's date: «02/» of «02/07/2025», «le 1er » of «le 1er juillet 2025».
_DAY_BEFORE = re.compile(r"(?:\ble\s+)?\b(?:[0-3]?\d)(?:er)?\s*[/.\-]?\s*$", re.IGNORECASE)


# A place named by its proper nouns, joined by the small words of a name («Université de Bordeaux», «IUT de
# Guadeloupe», «AFPA», «Université Lumière Lyon 2»), maybe after «à».
_PLACE = re.compile(
    r"(?:à\s+(?:l['’]\s*)?)?[A-ZÀ-Ý][\w'’.-]*"
    r"(?:\s+(?:(?:de|du|des|d['’]|de\s+la|la|le|les|l['’]|et|en|sur|-)\s*)?(?:[A-ZÀ-Ý][\w'’.-]*|\d{1,2}))*"
)


# A label standing alone on its line, its value to come on the next: «Diplôme le plus élevé :», «Année
# d'obtention :» (as labelled_fields reads a label: up to five words, a colon, nothing after it).
_LABEL_ALONE = re.compile(r"^\s*(?:[-•·▪–]\s+)?\*?([^\W\d][\w'’ ,/.-]{0,38}?)\*?\s*:\s*$")


def heading_alone(line: str) -> bool:
    """A label or a heading with nothing after its colon («Mes diplômes :», «Diplôme le plus élevé :»): it
    names no diploma of its own; what it governs stands on the lines below."""
    label = _LABEL_ALONE.match(line)
    return label is not None and len(label.group(1).split()) <= 5


def values_on_their_line(text: str) -> str:
    """`text` with each education label of a form standing alone on its line joined to its one value on the
    next («Diplôme le plus élevé :\\nBac pro SPVL» → «Diplôme le plus élevé : Bac pro SPVL», «Année
    d'obtention :\\n2021» → «Année d'obtention : 2021»), so the value reads as the label's as on one line.
    Invariant: only a label of a diploma, graduation or date meaning, only a single value — a line that is
    itself no label, with a blank line, a label or the end of the text after it; a heading over a list of
    items («Mes diplômes :» then two lines) is left as written (its items are read each on its own line)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and _joins_its_value(line, lines[i + 1], lines[i + 2 : i + 3]):
            out.append(f"{line.rstrip()} {lines[i + 1].strip()}")
            i += 2
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _joins_its_value(line: str, value: str, after: list[str]) -> bool:
    """`line` is an education label alone and `value` its one value (see values_on_their_line)."""
    label = _LABEL_ALONE.match(line)
    if label is None or len(label.group(1).split()) > 5 or not value.strip() or heading_alone(value):
        return False
    if labelled_fields(value):
        return False  # «Niveau :» then «Nom : Diallo»: the form left the level blank
    said = label.group(1).strip().lower()
    meanings = load_meanings()
    if not any(_means(said, meanings[m]) for m in ("field_diploma", "field_graduation", "field_when")):
        return False
    follows = after[0] if after else ""
    return not follows.strip() or heading_alone(follows) or bool(labelled_fields(follows))
