"""A diploma dated by its last step told done, with a day and a month and no year: «Master environnement
validé, soutenance passée le 2 octobre», «licence pro, rapport rendu et diplôme reçu en juillet», «mon
alternance s'est terminée avec la soutenance du 18 septembre, et le jury m'a délivré le diplôme» (h-slevel,
stop 35). The defence held or the diploma handed is the graduation: its month, yearless, is the last such
month (this one included).

Invariants: only the words after the diploma, in its sentence, are read; the step is told done (a participle
of completion beside it, or in the sentence), never to come («soutenance prévue le 4 décembre», «je serai
diplômée en juin»); a sentence holding a dated year leaves the date to the ordinary readers.

The step may come first and the diploma after it, told done as its consequence (h-odone, stop 37): «j'ai
soutenu mon mémoire le 6 octobre : mon master est donc terminé», "I defended my thesis on 6 October and my
MSc is now complete" (closing_month_before)."""

from __future__ import annotations

import re
from datetime import date

from intake.understanding.dates import MonthYear, bare_date, find_dates
from intake.understanding.unfinished import GOT_EN, OVER_FR

# The last step of a degree, named: its defence, its diploma handed over. Its participle of completion may
# follow it («soutenance passée», «diplôme reçu»), or the sentence tells it done elsewhere («s'est terminée
# avec la soutenance du …», «le jury m'a délivré le diplôme»).
_STEP = re.compile(
    # The jury that validated it too (meanings.toml [awarded]): «licence validée depuis le jury du 10 juin».
    r"\b(?:soutenance|dipl[oô]me|jury|d[ée]lib[ée]ration)(?:\s+(?P<done>pass[ée]e?|faite|r[ée]ussie|valid[ée]e?|re[çc]u|d[ée]livr[ée]|obtenu|"
    r"soutenue|en poche))?(?=\s+(?:le|du|en|au mois de|on|in|of)\b)",
    re.IGNORECASE,
)
_DONE_IN_SENTENCE = re.compile(
    rf"\b(?:(?:{OVER_FR})e?|re[çc]ue?|d[ée]livr[ée]e?|soutenue?|pass[ée]e|{GOT_EN}|"
    r"validated|awarded|conferred|defended)\b",
    re.IGNORECASE,
)
# A step still to come, or hoped: «prévue», «aura lieu», «je serai», «si tout va bien».
_TO_COME = re.compile(
    r"\b(?:pr[ée]vue?s?|aura lieu|aura|serai|sera|seront|esp[eè]re|si tout va bien|attends?|attendue?|"
    r"prochaine?|will|shall|expected|awaiting|waiting|next|hope)\b",
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


# The last step told done before the diploma, in the past, its yearless date right after it: «j'ai soutenu mon
# mémoire le 6 octobre», «soutenance passée le 2 octobre», "I defended my dissertation on 6 October". Not one
# denied («je n'avais pas encore soutenu»: _DENIED_BEFORE) nor to come (_TO_COME in the sentence).
_STEP_DONE_BEFORE = re.compile(
    r"\b(?:soutenu|pr[ée]sent[ée]|rendu|defended|submitted|presented)\s+(?:(?:mon|ma|le|la|my|the)\s+)?"
    r"(?:m[ée]moire|soutenance|th[èe]se|rapport|thesis|dissertation|viva)\b"
    r"|\b(?:soutenance|m[ée]moire|viva|defen[cs]e)\s+(?:soutenue?|pass[ée]e?|valid[ée]e?|held|passed)\b"
    # The step said to have taken place, in the past: «ma soutenance a eu lieu le 6 novembre», "my viva was
    # on 6 November" (a step still to come is caught by _TO_COME: «prévue», "will").
    r"|\b(?:soutenance|viva|defen[cs]e)\s+(?:was|took place|a eu lieu|s['’]est (?:tenue|d[ée]roul[ée]e))\b"
    # The diploma itself said handed or validated, its title told in a parenthesis after the date: «diplôme
    # validé par le jury le 4 novembre (master …)», "degree awarded on 4 November (MSc …)".
    r"|\b(?:dipl[oô]me|degree)\s+(?:valid[ée]|obtenu|d[ée]livr[ée]|re[çc]u|validated|awarded|conferred)\b"
    # The writer passed by the jury that awards it: «admise au jury de juillet pour ma licence».
    r"|\badmise?s?\s+(?:au|par\s+le)\s+jury\b",
    re.IGNORECASE,
)
# The diploma named as what the jury passed the writer for, right after the step: «admis au jury de juin
# pour mon BTS» — the pass is the diploma done.
_PASSED_FOR = re.compile(
    r"\badmise?s?\s+(?:au|par\s+le)\s+jury\b[^,;:.!?]{0,40}\bpour\s+(?:mon|ma|le|la|l['’])?\s*$",
    re.IGNORECASE,
)
# The diploma's title opens a parenthesis that ends the head: what the step before it did is named there.
_TITLE_IN_PARENTHESIS = re.compile(r"\(\s*$")
_DENIED_BEFORE = re.compile(r"\b(?:pas|jamais|not|never)\b[^,;:]{0,25}$|n['’]t\s+$", re.IGNORECASE)
# The diploma told done after it: «mon master est donc terminé», «master validé», "my MSc is complete".
_DIPLOMA_DONE = re.compile(
    r"^[^,;:.!?]{0,60}?\b(?:est|is|now|so)\b[^,;:.!?]{0,20}?\b(?:termin[ée]e?|achev[ée]e?|valid[ée]e?|fini|finie|"
    r"obtenue?|complete|completed|finished|over|validated|done)\b",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"[.;!?\n][^.;!?\n]*$")


def closing_month_before(unit: str, start: int, end: int, today: date) -> MonthYear | None:
    """The month of the last step told done before the diploma at [start, end) in its sentence, when the
    diploma is then said done («j'ai soutenu mon mémoire le 6 octobre : mon master est donc terminé») or
    named in a parenthesis right after the step («diplôme validé le 4 novembre (master …)»), or None: a
    yearless date right after the step, the last such month (this one included)."""
    opening = _SENTENCE_START.search(unit, 0, start)
    head = unit[opening.start() + 1 if opening else 0 : start]
    stop = _SENTENCE_END.search(unit, end)
    tail = unit[end : stop.start() if stop else len(unit)]
    done_after = _DIPLOMA_DONE.match(tail) or _TITLE_IN_PARENTHESIS.search(head) or _PASSED_FOR.search(head)
    if not done_after or find_dates(head + tail, today) or _TO_COME.search(head + tail):
        return None
    for step in reversed(list(_STEP_DONE_BEFORE.finditer(head))):
        if _DENIED_BEFORE.search(head[: step.start()]):
            continue
        when = _first_bare_date(head[step.end() : step.end() + 40], today)
        if when is not None and when <= today:
            at = len(unit[:start]) - len(head) + step.end()
            return MonthYear(when.year, when.month, at, at)
    return None


def _first_bare_date(text: str, today: date) -> date | None:
    """The first yearless date of `text`, a word or two after the step («ma thèse professionnelle le 4
    octobre»), the last such day; none past a clause's break."""
    for word in re.finditer(r"\b\w", text):
        if re.search(r"[,;:.!?]", text[: word.start()]):
            return None
        when = bare_date(text[word.start() :], today, ahead=False)
        if when is not None:
            return when
    return None
