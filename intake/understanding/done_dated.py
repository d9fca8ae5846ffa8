"""A diploma's date told by its end, far from its name or in a nominal style (t-titles, stop 43).

Two ways a mail dates a diploma without putting the date beside its name:

- the course ended, its month told without a year, the diploma taken up by a pronoun or a noun of the
  course whose agreement sits far from it: «Cette formation de coordinatrice, je l'ai terminée en juin», "I
  completed it in June" — a month of a course told done is the last such month (this one included);
- the defence of its thesis told done with its date, in a sentence of its own, in a nominal style or about the
  person referred: «Fin de cursus : soutenance le 2 octobre, diplôme délivré», «autrice d'un mémoire soutenu
  le 22 septembre 2026», "dissertation defended on 2 October" — the defence held is the graduation; and so
  in the very sentence that names the diploma obtained: «j'ai soutenu mon mémoire le 2 octobre et reçu
  l'attestation de réussite du master», «ma soutenance a eu lieu le 13 novembre et le jury a validé mon
  master» (t-mobile, stop 44).

Invariants: the step is told done (a participle of completion, or the noun of the step with the diploma
said handed in the same sentence), never to come («soutenance prévue le 4 décembre», «les résultats
seront publiés en décembre»: a part still to come in the sentence leaves the date to the other readers); a
date ahead of the reading day dates nothing; only one date in the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from intake.understanding.clauses import SENTENCE_MARKS
from intake.understanding.dates import MonthYear, bare_date, find_dates, last_yearless_month
from intake.understanding.facts import DiplomaMention
from intake.understanding.unfinished import GOT_EN, OVER_FR

# A course told done by a participle of completion: «terminée», «finie», «achevée», «validée», "completed".
_COMPLETED = re.compile(
    rf"\b(?:(?:{OVER_FR})e?s?|finie?s?|{GOT_EN}|finished|got)\b",
    re.IGNORECASE,
)
# The participle's clause is short: a comma or a colon ends it too, beside a sentence's marks and a contrast
# (situation_time's cut lets a colon explain and cuts at «et»: a date there may stand further on).
_CLAUSE_END = re.compile(rf"[,:{SENTENCE_MARKS}]| mais | but ", re.IGNORECASE)

# A thesis defended, or its defence held: «mémoire soutenu», «soutenance passée», «j'ai soutenu mon mémoire»,
# "dissertation defended", "my viva took place"; the bare noun of the defence when the sentence says the
# diploma handed («soutenance le 2 octobre, diplôme délivré»).
_DEFENDED = re.compile(
    r"\b(?:m[ée]moire|th[èe]se|rapport|dissertation|thesis)\s+(?:a\s+[ée]t[ée]\s+|was\s+)?"
    r"(?:soutenue?|d[ée]fendue?|defended|presented|pr[ée]sent[ée]e?)\b"
    r"|\bsoutenu\s+(?:mon|ma|son|sa|le|la|leur)\s+(?:m[ée]moire|th[èe]se|rapport)\b"
    r"|\b(?:soutenance|viva|defen[cs]e)\s+(?:pass[ée]e|faite|r[ée]ussie|valid[ée]e|held|passed|"
    r"a eu lieu|took place)\b",
    re.IGNORECASE,
)
_DEFENCE_NOUN = re.compile(r"\b(?:soutenance|viva|defen[cs]e)\b", re.IGNORECASE)
_HANDED = re.compile(
    r"\bdipl[oô]me\s+(?:d[ée]livr[ée]|obtenu|re[çc]u|valid[ée]|en poche)\b"
    r"|\b(?:degree|diploma)\s+(?:awarded|conferred|granted|received)\b",
    re.IGNORECASE,
)
# A step still to come, or hoped, in the same sentence: «prévue», «seront publiées», «j'attends», "will".
_TO_COME = re.compile(
    r"\b(?:pr[ée]vue?s?|aura lieu|aura|serai|sera|seront|esp[eè]re|si tout va bien|attends?|attendue?s?|"
    r"prochaine?|pas encore|will|shall|expected|awaiting|waiting|next|hope|not yet)\b",
    re.IGNORECASE,
)


def month_told_done(text: str, today: date) -> MonthYear | None:
    """«…, je l'ai terminée en juin»: the month, told without its year in the clause of a participle of
    completion, of a course told done — the last such month; None when the sentence has a step to come."""
    if _TO_COME.search(text):
        return None
    for done in _COMPLETED.finditer(text):
        stop = _CLAUSE_END.search(text, done.end())
        said = last_yearless_month(text[done.end() : stop.start() if stop else len(text)], today)
        if said is not None and not said[1] and said[0].start <= 30:
            at = done.end() + said[0].start
            return MonthYear(said[0].year, said[0].month, at, done.end() + said[0].end)
    return None


def defence_date(unit: str, today: date) -> MonthYear | None:
    """The date of a thesis defence told done in `unit` (see the module's docstring), or None."""
    step = _DEFENDED.search(unit)
    if step is None and _HANDED.search(unit):
        step = _DEFENCE_NOUN.search(unit)
    if step is None or _TO_COME.search(unit):
        return None
    dates = [d for d in find_dates(unit, today) if d.month and (d.year, d.month) <= (today.year, today.month)]
    if dates:
        return dates[0] if len(dates) == 1 else None
    if find_dates(unit, today):
        return None  # a date ahead, or a year alone: not this reader's
    when = bare_date(re.sub(r"^\s*(?:le|du|on)?\s*", "", unit[step.end() :]), today, ahead=False)
    if when is None or when > today:
        return None
    return MonthYear(when.year, when.month, step.end(), step.end())


def dated_by_its_defence(highest: DiplomaMention, today: date) -> DiplomaMention:
    """The obtained diploma dated by the defence its own sentence tells done («j'ai soutenu mon mémoire le 2
    octobre et reçu l'attestation du master»), when nothing else gave its month; a year already read must
    agree with the defence's."""
    if highest.graduation is not None and len(highest.graduation) > 4:
        return highest
    when = defence_date(highest.evidence.text, today) or _defence_beside(highest.evidence.text, today)
    if when is None or highest.graduation not in (None, str(when.year)):
        return highest
    return replace(highest, graduation=when.as_text())


# The clause of a defence's noun, up to a sentence's mark, a semicolon, a dash or a colon opening another.
_DEFENCE_CLAUSE = re.compile(rf"[;:—–{SENTENCE_MARKS}]")


def _defence_beside(sentence: str, today: date) -> MonthYear | None:
    """«C'est officiel, j'ai obtenu mon master : ma soutenance a été avancée au 19 novembre», "my defence was
    brought forward to 19 November and I passed — I've now graduated with my MSc": in the sentence that tells
    the diploma obtained, the one date behind us of its defence's own clause, however the defence is told
    (moved, set, held): the diploma obtained says it took place (h-since). Never a defence to come."""
    step = _DEFENCE_NOUN.search(sentence)
    if step is None or _TO_COME.search(sentence):
        return None
    stop = _DEFENCE_CLAUSE.search(sentence, step.end())
    clause = sentence[step.end() : stop.start() if stop else len(sentence)]
    dates = [d for d in find_dates(clause, today) if d.month]
    if len(dates) > 1 or (dates and (dates[0].year, dates[0].month) > (today.year, today.month)):
        return None
    if dates:
        said = dates[0]
        return MonthYear(said.year, said.month, step.end() + said.start, step.end() + said.end)
    for word in re.finditer(r"\b\d", clause):  # «avancée au 19 novembre»: a day and a month, no year
        when = bare_date(clause[word.start() :], today, ahead=False)
        if when is not None:
            # Read back as the last such day; one a season or more back was more likely a day to come.
            if (today - when).days > _YEARLESS_BACK_DAYS:
                return None
            return MonthYear(when.year, when.month, step.end() + word.start(), step.end() + word.start())
    return None


_YEARLESS_BACK_DAYS = 120
