"""What the words of one English sentence say of a situation it names (no parse for English): held now,
over, or to be asked. Apart from the French parse reading because it reads word lists, not a tree."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from intake.understanding.clauses import (
    PAST,
    Aspect,
    Operator,
    clause_at,
    clause_start,
    english_operator_at,
    english_time,
    has_word,
)
from intake.understanding.kept_on import is_kept_on_in_english
from intake.understanding.lexicon import Situation, Structure
from intake.understanding.situation_parse import is_reported_by_a_document
from intake.understanding.situation_time import (
    EN_CLAUSE_CUT,
    NOT_NOW,
    NOW,
    UNSURE,
    UNTIL_WORD,
    ends_near_undated,
    find_date_after,
    fronted_start,
    is_ended_by_date,
    read_begun_lately,
    read_begun_on,
    read_by_end_date,
    read_by_length,
    tells_a_coming_time,
)


def read_state_in_words(unit: str, situation: Situation, structure: Structure, today: date) -> str | None:
    """The same reading for an English sentence, by the words of the clause around each mention:
    «I'm neither an intern nor…», «I was an intern until June», «I'm an intern at X (ends in April 2027)»."""
    spans = [m.span() for m in situation.names.finditer(unit)] if situation.names else []
    spans += [m.span() for m in situation.roles.finditer(unit)] if situation.roles else []
    states = {
        _english_mention(unit, start, end, structure.english, today)
        for start, end in spans
        if not is_reported_by_a_document(unit, start)
    }
    for state in (NOW, UNSURE, NOT_NOW):
        if state in states:
            return state
    return None


def _english_mention(unit: str, start: int, end: int, words: dict[str, Any], today: date) -> str | None:
    """An English mention between `start` and `end`: over since, completed, an operator, its end's date and
    tense, an end denied, else its tense (`_english_by_tense`)."""
    before = unit[clause_start(unit, start) : start]
    if has_word(words, "over_since", before):
        return NOT_NOW  # "since the end of my internship, I have been looking…"
    clause = clause_at(unit, start, end)
    if _completed_since(unit[end : clause_start(unit, start) + len(clause)], words):
        return NOT_NOW  # "my placement report has been handed in since May": its end is behind
    operated = _operated(unit, start, end, clause, today)
    if operated is not None:
        return operated
    ending = _ENDS_LATER.search(unit, clause_start(unit, start))  # not «I completed my MA» before it
    # «until August» is next August for "I'm an intern", last August for "I used to be an intern" or "it
    # lasted until August"; not for "it isn't over, it runs until April", "it was extended until February".
    told_past = _told_past(clause, words)
    # "I did a civic service in Lyon; it ends in January": the end's own clause, taking the mention up by
    # a pronoun, tells its tense.
    ending_past = _ending_told_past(unit, clause_start(unit, start) + len(clause), ending, words)
    ending_past = told_past if ending_past is None else ending_past
    done = (
        ending is not None
        and ending.group().split()[0].lower().endswith("ed")
        and not _PASSIVE_AHEAD.search(unit, 0, ending.start())
    )  # "which will be completed in March": a participle under a future is an end still to come
    ahead = ending is not None and not done and not ending_past
    when = find_date_after(unit, ending.end(), today, ahead) if ending else None
    if ending is not None and _end_denied(unit, start, ending, words):
        # "My internship hasn't ended, it goes on until March"; "I haven't finished my internship": asked.
        until = UNTIL_WORD.search(unit, ending.start())
        later = find_date_after(unit, until.end(), today) if until else None
        return UNSURE if later is None else NOT_NOW if later < today else NOW
    if when is not None and not has_word(words, "negation", before):
        # «I am finishing my internship in January 2027», «since finishing my internship in June»
        return NOT_NOW if when < today else NOW
    dated = _dated_in_clause(unit, ending.end(), today, ahead) if ending is not None else None
    if dated is not None and not has_word(words, "negation", before):
        return dated  # "my son, who finishes his civic service in March", "on a mission until the summer"
    if (
        ending is not None
        and _ENDS_AHEAD.match(unit, ending.end())
        and not has_word(words, "negation", before)
    ):
        return NOW  # «my civic service ends next month», "finishes in three weeks"
    coming = ending is not None and ahead and tells_a_coming_time(clause)
    if coming and not has_word(words, "negation", before):
        return NOW  # "Next week I finish my internship": an end still ahead, the internship held today
    if (
        has_word(words, "alongside", before)
        and before.rstrip().lower().endswith("my")
        and has_word(words, "present", unit)
    ):
        return NOW  # "Alongside my internship, I'm applying to charities"
    return _english_by_tense(unit, (start, end), clause, told_past, words, today)


def _english_by_tense(
    unit: str, span: tuple[int, int], clause: str, past: bool, words: dict[str, Any], today: date
) -> str | None:
    """An English mention no end dates: a start told lately, its negation, its tense or a wish say it."""
    start, end = span
    before = unit[clause_start(unit, start) : start]
    negated = has_word(words, "negation", before)
    begun = None if negated else _begun_lately(unit, end, clause, today)
    if begun is not None:
        return begun  # "I started an internship last Monday, for six months": a past start, running
    if not negated and _running_then(unit, clause):
        return UNSURE  # "I was interning at a foundation while I was writing my thesis": today unsaid
    if not negated and _start_told_coming(clause, words):
        return NOT_NOW  # "Next week I start an internship", "I'm starting my civic service on Monday"
    if negated or past or has_word(words, "wishes", before):
        return NOT_NOW  # «I'm neither an intern nor…», «I was an intern», «looking for one»
    if has_word(words, "future", before):
        return UNSURE
    if has_word(words, "present", clause):
        return NOT_NOW if is_ended_by_date(unit, today, clause_start(unit, start)) else NOW
    return None


def _start_told_coming(clause: str, words: dict[str, Any]) -> bool:
    """A start verb not in the past ([structure.english] starts) whose clause tells a time ahead, or a bare
    weekday ("I'm starting on Monday": the one to come): not begun on the reading day. The English of
    situation_time._told_coming («la semaine prochaine je commence un stage»)."""
    started = _BEGUN.search(clause) is not None or _told_past(clause, words)
    return has_word(words, "starts", clause) and not started and tells_a_coming_time(clause, weekday=True)


def _completed_since(after: str, words: dict[str, Any]) -> bool:
    """The words `after` the mention, in its clause, say it complete as a state held since a day: a word of
    completion ([structure.english] completion) after a form of "be", then "since" ("…report has been
    handed in since May", "…has been done since June"), not denied ("hasn't been submitted since…"). The
    English of situation_parse._said_complete; "has been extended since May" is no completion."""
    state = _BEEN.search(after)
    if state is None or has_word(words, "negation", after[: state.start() + len(state.group())]):
        return False
    rest = after[state.end() :]
    since = _SINCE.search(rest)
    return since is not None and has_word(words, "completion", rest[: since.start()])


_BEEN = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?been\b|\b(?:is|are|'s)\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)


# A past moment the clause is set against: "while I was writing my thesis", "when the results came out".
# Where an end's date may stand further in its clause: "who finishes his civic service in March", "ends
# sometime in November", "until the summer" (the leads of an English date; a comma or a stop ends the clause:
# situation_time.EN_CLAUSE_CUT).
_EN_DATE_LEAD = re.compile(r"\b(?:in|on|by|until|till|at the end of|end of)\b", re.IGNORECASE)


def _dated_in_clause(unit: str, position: int, today: date, ahead: bool) -> str | None:
    """Now, over or asked by the first date of the end's own clause after `position` (read_by_end_date: a
    month ahead, a season, this month alone), when no date stands right after the end word; an end still to
    come told near but undated is asked; None when the clause dates nothing."""
    cut = EN_CLAUSE_CUT.search(unit, position)
    clause = unit[: cut.start() if cut else len(unit)]
    for at in (position, *(m.start() for m in _EN_DATE_LEAD.finditer(clause, position))):
        state = read_by_end_date(clause, at, today, ahead)
        if state is not None:
            return state
    # "my internship ends soon", "… just before the programme starts": before today or after? Asked.
    return UNSURE if ahead and ends_near_undated(unit, position) else None


_PAST_MOMENT = re.compile(r"\b(?:while|when|at the time)\b", re.IGNORECASE)


def _running_then(unit: str, clause: str) -> bool:
    """A past progressive ("I was interning") set against a past moment tells what ran then, not whether it
    runs today (the imparfait's reading: situation_parse._running_then)."""
    timed = english_time(clause)
    return timed.time == PAST and timed.aspect == Aspect.RUNNING and _PAST_MOMENT.search(unit) is not None


def _operated(unit: str, start: int, end: int, clause: str, today: date) -> str | None:
    """What the operator on the mention says (clauses.english_operator_at): hedged ("not really on placement
    any more"), not all ("not all of my placements are finished") or set aside ("apart from my internship")
    leave it open; "already started" runs, unless a date passed ends it. None: the other words decide."""
    operator = english_operator_at(unit, start, end).operator
    if operator.open or operator == Operator.EXCEPT:
        return UNSURE
    if operator == Operator.ALREADY and _BEGUN.search(clause):
        return NOT_NOW if is_ended_by_date(unit, today, clause_start(unit, start)) else NOW
    if operator == Operator.NOT_YET and _OVER.search(clause):
        return NOW  # "my civic service hasn't ended yet", "I haven't finished my internship yet": running
    return None


def _begun_lately(unit: str, end: int, clause: str, today: date) -> str | None:
    """A start told in the clause, days ago ("I started an internship on Monday", "my civic service began
    last week") or on a month fronted before it ("In September, I started a six-month internship"): the past
    verb is the start's, the situation runs unless a length said ends it; taken up as done now by a relative
    clause after it ("…, which I'm still doing"), it runs."""
    if is_kept_on_in_english(unit, end):
        return NOW  # "I started an internship at a food bank, which I'm still doing" (kept_on.py)
    begun = _BEGUN.search(clause)
    lately = read_begun_lately(clause, unit, end, today) if begun else None
    if lately is not None or begun is None:
        return lately
    # "In September 2026, I started a six-month internship": a start fronted, a length said (c-out).
    verb = _BEGUN.search(unit, 0, end)
    start = fronted_start(unit, verb.start(), today) if verb else None
    if start and verb:
        return read_by_length(start, unit, verb.end(), today)
    # "I began a six-month internship on 9 November": the start dated after the mention.
    return read_begun_on(unit, end, today) if verb else None


_OVER = re.compile(r"\b(?:ended|finished|over|completed|done)\b", re.IGNORECASE)
_BEGUN = re.compile(r"\b(?:started|begun|began|commenced|kicked off)\b", re.IGNORECASE)


def _told_past(clause: str, words: dict[str, Any]) -> bool:
    learner_past = (_SIMPLE_PAST_UNTIL, _LEARNER_PARTICIPLE)
    # "I'm finishing up my last semester": an end in the present progressive is under way, not behind us
    # ("after finishing my internship" still tells a past).
    clause = _PROGRESSIVE_END.sub(" ", clause)
    told = has_word(words, "past", clause) or any(p.search(clause) for p in learner_past)
    return told and not has_word(words, "negation", clause) and not has_word(words, "extends", clause)


def _ending_told_past(
    unit: str, clause_end: int, ending: re.Match[str] | None, words: dict[str, Any]
) -> bool | None:
    """The tense of an end said in a later clause that takes the mention up by a pronoun ("…; it ends in
    January"); None when the end is in the mention's own clause, or said of something else."""
    if ending is None or ending.start() < clause_end:
        return None
    if _EN_TAKEN_UP.search(unit, clause_start(unit, ending.start()), ending.start()) is None:
        return None
    return _told_past(clause_at(unit, ending.start(), ending.end()), words)


# "My internship is finish since May": the bare verb after «be» is a learner's participle (finished), not a
# present; "is ending" is read as it is.
_LEARNER_PARTICIPLE = re.compile(r"\b(?:is|are|was|were|been|'s)\s+(?:finish|end)\b", re.IGNORECASE)


_PROGRESSIVE_END = re.compile(
    r"\b(?:am|is|are|i'm|i’m|we're|we’re|she's|he's)\s+(?:just\s+|now\s+|currently\s+|still\s+)?"
    r"(?:finishing|completing)\b",
    re.IGNORECASE,
)


_PASSIVE_AHEAD = re.compile(
    r"\b(?:will|shall|should|is to|are to|due to|going to)\s+be\s+$|'ll\s+be\s+$", re.IGNORECASE
)
_EN_TAKEN_UP = re.compile(r"\b(?:it|she|he)\b", re.IGNORECASE)


# "it lasted until May", "I stayed until June": a simple past right before the end's date.
_SIMPLE_PAST_UNTIL = re.compile(r"\b\w+ed\s+(?:until|till)\b", re.IGNORECASE)


def _end_denied(unit: str, start: int, ending: re.Match[str], words: dict[str, Any]) -> bool:
    """A negation before an end word that concerns the mention: "I have not finished my internship", "my
    internship hasn't ended"; not "since completing my MSc I have done neither an internship…"."""
    negation = words.get("negation")
    # the end's own clause: "my civic service is no longer running: it ended in September" ceases the
    # service, it does not deny the end told after the colon
    since = max(clause_start(unit, start), clause_start(unit, ending.start()))
    denial = negation.search(unit, since, ending.start()) if negation is not None else None
    return denial is not None and (ending.start() < start or denial.start() > start)


_ENDS_LATER = re.compile(  # not "end-of-studies internship", a kind of internship (see END_WORDS)
    r"\b(?:ends?(?!-of-)|ending|ended|finish(?:es|ing|ed)?|complet(?:es|ing|ed)|until|"
    r"wrap(?:s|ping|ped)?\s+up)\b",  # "my internship wraps up in May": the phrasal verb of an end
    re.IGNORECASE,
)


_ENDS_AHEAD = re.compile(
    r"\s+(?:next|in (?:a|one|two|three|four|a few|\w+) (?:days?|weeks?|months?))\b"
)
