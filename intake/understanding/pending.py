"""A diploma whose decision is still to come: the jury, its deliberation or the results named with a date
after the reading day or with a word of waiting («mémoire soutenu, délibération du jury le 11 décembre»,
«résultats attendus en décembre 2026», "defended, awaiting the board"). The diploma is not had yet and the
end of the studies is open (a jury still to sit is not studies going on): the coordinator asks."""

from __future__ import annotations

import re
from datetime import date

from intake.understanding.clauses import (
    NEGATION,
    PAST,
    PRESENT,
    Operator,
    clause_at,
    english_operator_at,
    is_french,
    operator_on,
    parse,
    predicate_of,
    tense_of,
    tokens_in,
)
from intake.understanding.dates import (
    THIS_DAY,
    YEARLESS_MONTH,
    day_alone,
    find_dates,
    names_this_month_only,
    told_ahead,
)
from intake.understanding.lexicon import Structure, all_matches, load_meanings
from intake.understanding.situation_time import counted_ahead

_YET = re.compile(r"\b(?:pas|not)\b", re.IGNORECASE)


def decision_to_come(unit: str, structure: Structure, today: date, before: str = "") -> int | None:
    """Where the first decision still to come is named in `unit` (a sentence or a CV line naming studies), or
    None. Waiting denied in its clause («je n'attends plus les résultats») is no waiting. A decision is a part
    of the studies it decides: the sentence `before` the unit may name them instead («J'ai fini les cours de
    mon M2 en juin. Le jury n'a pas encore délibéré.»), when the decision names no whole of its own («les
    résultats de ma candidature»); no further back, where another thing may be decided."""
    decisions, awaited, named = structure.decisions, structure.awaited, structure.studies_named
    if decisions is None or named is None:
        return None
    in_unit = bool(all_matches(named, unit))  # kept: part_left asks it too
    if not in_unit and not (before and all_matches(named, before)):
        return None
    step = final_step_ahead_at(unit, structure, today)
    whole = _apposed_pronoun_kept(unit)
    for found in decisions.finditer(unit):
        if not in_unit and _of_another_whole(unit, found.end(), decisions):
            continue  # «j'attends les résultats de ma candidature»: that application's decision
        if step is not None and step < found.start():
            return found.start()  # «soutenance le 14 décembre, puis le jury»: a jury after a step still ahead
        clause = clause_at(whole, found.start(), found.end())
        waiting = awaited.search(clause) if awaited is not None else None
        # «pas encore», "not yet" carry their own negation; any other in the clause denies the waiting.
        if waiting is not None and (_YET.search(waiting.group()) or NEGATION.search(clause) is None):
            return found.start()
        if _not_yet(unit, found):
            return found.start()  # "the exam board has not met yet", «toujours pas de résultats du jury»
        if told_ahead(clause, today, unit) or _announced_for_a_month(clause):
            return found.start()
        if _sits_today_or_later_this_month(unit, found, clause, today):
            return found.start()  # «le jury final est le 20» read on the 13th; «se réunit ce matin»
        if _awaited_on_condition(unit, found.start()):
            return found.start()  # «est-ce que je peux candidater si les résultats du jury tombent avant… ?»
    return None


# A decision's coming out told in the present or the future: a schedule ("the results come out in January",
# «les résultats tombent en janvier», «seront publiés en février»); «sont tombés en janvier» is one gone by.
# Words, not the parse's tense: the parser tags «tombent» and «sortent» after «les résultats» as a noun or an
# adverb, with no tense at all (tried at stop 46: the parse would lose the commonest schedule).
_COMING_OUT = re.compile(
    r"\b(?:comes? out|will (?:come out|be (?:out|published|released|announced|known))|(?:is|are) due|"
    r"tombent|tomberont|sortent|sortiront|arriveront|seront (?:publi[ée]s|connus|affich[ée]s|donn[ée]s))\b",
    re.IGNORECASE,
)


def _sits_today_or_later_this_month(unit: str, found: re.Match[str], clause: str, today: date) -> bool:
    """The decision found in `clause` is dated by a day of the month alone still ahead in the reading month
    («le jury final est le 20», read on the 13th: this month's 20th, the month going without saying), or by
    the reading day itself named (dates.THIS_DAY: «le jury se réunit ce matin»); and its verb is not told
    past («le jury s'est réuni ce matin» has decided). A decision falling today or later is not known yet
    when the writer writes."""
    tense = _decision_tense(unit, found)
    if tense == PAST:
        return False
    for day in _DAY_IN_CLAUSE.finditer(clause):
        meant = day_alone(clause[day.start() :], today, ahead=True)
        if meant is not None and meant.month == today.month and meant > today:
            return True
    return bool(tense) and THIS_DAY.search(clause) is not None


# An English decision told past: "the board met", "has decided", "was held", "sat".
_PAST_EN = re.compile(r"\b(?:met|sat|was|were|has|have|had|decided|convened|deliberated)\b", re.IGNORECASE)
# A day of the month told alone in a clause, opened by its article (dates.day_alone reads what follows).
_DAY_IN_CLAUSE = re.compile(r"\b(?:le|au|on|the)\s+[0-3]?\d\b", re.IGNORECASE)


def _decision_tense(unit: str, found: re.Match[str]) -> str:
    """The tense of the predicate governing the decision's word (clauses.tense_of); in English, past when a
    past form follows the word in its clause ("the board met this morning"), else present."""
    if not is_french(unit):
        after = clause_at(unit, found.start(), found.end())
        return PAST if _PAST_EN.search(after) else PRESENT
    words = tokens_in(parse(unit), found.start(), found.end())
    return tense_of(predicate_of(words[0])) if words else ""


def _announced_for_a_month(clause: str) -> bool:
    """The decision of `clause` comes out, in the present or the future, in a month said with no year: the
    next such month, however early in the year it falls (not the last January, as a diploma's month)."""
    said = _COMING_OUT.search(clause)
    return said is not None and YEARLESS_MONTH.search(clause, said.end()) is not None


def _awaited_on_condition(unit: str, start: int) -> bool:
    """The decision is the subject of a condition (meanings.toml [condition]: «si les résultats du jury
    tombent avant la fin des inscriptions», "if the exam board meets before…", «au cas où le jury…»): a
    decision still to fall is not known yet. The condition's word opens the decision's noun phrase."""
    before = unit[max(0, start - 16) : start].lower().replace("’", "'")
    meanings = load_meanings()
    # The decision named by a definite article or a possessive («les résultats», «mon jury»), as before.
    known = meanings["article_definite"].lemmas | meanings["possessive_mine"].lemmas
    words = [w for w in re.findall(r"[\w']+", before) if w not in known]
    condition = meanings["condition"]
    return bool(words) and (condition.holds(words[-1]) or condition.phrased_in(before))


def _not_yet(unit: str, found: re.Match[str]) -> bool:
    """The decision under «pas encore / toujours pas», "not yet / still no" (clauses: the operator on its
    word, the parse for French, the clause's words for English)."""
    if is_french(unit):
        words = tokens_in(parse(unit), found.start(), found.end())
        return bool(words) and operator_on(words[0]) == Operator.NOT_YET
    return english_operator_at(unit, found.start(), found.end()).operator == Operator.NOT_YET


# The complement naming what a decision decides: «les résultats de ma candidature», «la décision du jury».
_OF_A_WHOLE = re.compile(
    r"\w*\s+(?:des|du|de la|de l['’]|d['’]|de|of)\s*(?:(?:la|le|les|l['’]|ma|mon|mes|sa|son|ses|my|the|your|"
    r"his|her|their|notre|votre)\s*)?(?P<whole>\w+)",
    re.IGNORECASE,
)


def _of_another_whole(unit: str, end: int, decisions: re.Pattern[str]) -> bool:
    """The decision found ending at `end` is completed by a whole that is no decision itself («les résultats
    de ma candidature»; not «la délibération du jury», the jury's own act)."""
    of = _OF_A_WHOLE.match(unit, end)
    return of is not None and decisions.match(of.group("whole")) is None


# «La délibération, elle, n'a pas encore eu lieu», «le jury, lui, ne s'est pas réuni»: a stressed pronoun
# set between commas after its noun only stresses it; the clause goes on after it.
_APPOSED_PRONOUN = re.compile(r",(\s*(?:elle|lui|eux|elles|it|they)\s*),", re.IGNORECASE)


def _apposed_pronoun_kept(unit: str) -> str:
    """The unit with the commas around a stressed pronoun made spaces, so the noun's clause runs on to its
    verb. Invariant: the same length as `unit` (positions found in it hold in the result)."""
    return _APPOSED_PRONOUN.sub(lambda m: f" {m.group(1)} ", unit)


def final_step_ahead_at(unit: str, structure: Structure, today: date) -> int | None:
    """Where the last step of the course (a defence, final exams) is named with a date after `today` in its
    clause («la soutenance aura lieu le 14 décembre», «est la semaine prochaine»), or None."""
    steps = structure.final_steps
    for found in steps.finditer(unit) if steps is not None else []:
        clause = clause_at(unit, found.start(), found.end())
        now = (today.year, today.month)
        ahead = told_ahead(clause, today, unit) or counted_ahead(clause) is not None  # «dans dix jours»
        if ahead or any(d.bounds()[0] > now for d in find_dates(clause, today)):
            return found.start()
    return None


def final_step_this_month(unit: str, structure: Structure, today: date) -> bool:
    """The last step of the course dated in its own phrase by today's month and no day («ma soutenance doit
    avoir lieu courant novembre», read in November; "my viva is later this month"): held already or still to
    come, the end of the studies is open — the coordinator asks (the occasions corpus's convention)."""
    for found in structure.final_steps.finditer(unit) if structure.final_steps is not None else []:
        stop = re.search(r"[.;!?,(]", unit[found.end() :])
        phrase = unit[found.start() : found.end() + stop.start()] if stop else unit[found.start() :]
        if names_this_month_only(phrase, today):
            return True
    return False
