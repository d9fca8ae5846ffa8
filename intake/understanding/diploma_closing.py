"""A diploma dated by its last step told done, with a day and a month and no year: «Master environnement
validé, soutenance passée le 2 octobre», «licence pro, rapport rendu et diplôme reçu en juillet», «mon
alternance s'est terminée avec la soutenance du 18 septembre, et le jury m'a délivré le diplôme» (h-slevel,
stop 35). The defence held or the diploma handed is the graduation: its month, yearless, is the last such
month (this one included).

Invariants: only the words after the diploma, in its sentence, are read; the step is told done (a participle
of completion beside it, or in the sentence), never to come («soutenance prévue le 4 décembre», «je serai
diplômée en juin»); a sentence holding a dated year leaves the date to the ordinary readers."""

from __future__ import annotations

import re
from datetime import date

from intake.understanding.dates import MonthYear, bare_date, find_dates

# The last step of a degree, named: its defence, its diploma handed over. Its participle of completion may
# follow it («soutenance passée», «diplôme reçu»), or the sentence tells it done elsewhere («s'est terminée
# avec la soutenance du …», «le jury m'a délivré le diplôme»).
_STEP = re.compile(
    r"\b(?:soutenance|dipl[oô]me)(?:\s+(?P<done>pass[ée]e|faite|r[ée]ussie|valid[ée]e?|re[çc]u|d[ée]livr[ée]|obtenu|"
    r"soutenue|en poche))?(?=\s+(?:le|du|en|au mois de)\b)",
    re.IGNORECASE,
)
_DONE_IN_SENTENCE = re.compile(
    r"\b(?:termin[ée]e?|achev[ée]e?|valid[ée]e?|obtenue?|re[çc]ue?|d[ée]livr[ée]e?|soutenue?|pass[ée]e)\b",
    re.IGNORECASE,
)
# A step still to come, or hoped: «prévue», «aura lieu», «je serai», «si tout va bien».
_TO_COME = re.compile(
    r"\b(?:pr[ée]vue?s?|aura lieu|aura|serai|sera|seront|esp[eè]re|si tout va bien|attends?|attendue?|"
    r"prochaine?)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;!?\n]")


def closing_month(unit: str, end: int, today: date) -> MonthYear | None:
    """The month of the last step told done after the diploma ending at `end` in `unit`, or None."""
    stop = _SENTENCE_END.search(unit, end)
    sentence = unit[end : stop.start() if stop else len(unit)]
    step = _STEP.search(sentence)
    if step is None or find_dates(sentence, today) or _TO_COME.search(sentence):
        return None
    if step.group("done") is None and not _DONE_IN_SENTENCE.search(sentence):
        return None
    when = bare_date(sentence[step.end() :], today, ahead=False)
    if when is None or when > today:
        return None
    at = end + step.end()
    return MonthYear(when.year, when.month, at, at)
