"""When a situation runs: a start dated ahead, a length («pour huit mois»), an end verb or an end noun
(«la fin de mon stage»), a period running to today, the dates of a CV line. Apart from situation.py because
these dates are read the same way whatever says the situation is named (the parse, the words, a CV line)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from intake.understanding.clauses import (
    FUTURE,
    NEGATION,
    NO_TENSE,
    PAST,
    PRESENT,
    SENTENCE_MARKS,
    Reading,
    clause_start,
    has_word,
    is_french,
    is_negated,
    is_verb,
    parse,
    starts_with,
    tense_of,
)
from intake.understanding.dates import (
    _MONTH_ALT,
    _SEASONS,
    COUNT_EN,
    COUNT_FR,
    SEASON_AHEAD,
    MonthYear,
    bare_date,
    count_of,
    end_date_after,
    find_dates,
    nearest_weekday,
)
from intake.understanding.lexicon import Situation, Structure, all_matches, first_match, loose_alternation
from intake.understanding.periods import stale_today
from intake.understanding.told_done import told_done


def has_final_step_ahead(unit: str, structure: Structure, today: date) -> bool:
    """«Mon master est dans la poche, mais la soutenance n'a lieu que le 8 décembre», "my viva is on 8
    December": the last step of the course, dated after today in its own sentence and not told as past."""
    step = structure.final_steps.search(unit) if structure.final_steps is not None else None
    if step is None:
        return False
    # Its own phrase: not «soutenance faite, résultats mi-décembre».
    stop = re.search(r"[.;!?,]", unit[step.end() :])
    after = unit[step.end() : step.end() + stop.start()] if stop else unit[step.end() :]
    start = clause_start(unit, step.start())
    own = step.end() if _told_by_a_verb(unit, step) else step.start()
    tenses = _tenses_told(unit, start, own, structure) | _tenses_told(
        unit, step.end(), step.end() + len(after), structure
    )
    # A yearless date is the next one only when a verb says it is to come («a lieu le 8 décembre»); told
    # without a verb («dernier partiel en juin»), it is this year's.
    ahead = bool(tenses & {PRESENT, FUTURE})
    dated = any(when > today for when in _first_date(after, today, ahead))
    return PAST not in tenses and (dated or counted_ahead(after) is not None)


def _told_by_a_verb(unit: str, step: re.Match[str]) -> bool:
    """The step's own word is a verb of the writer's sentence («je soutiens en juin»), not a noun the small
    model tags a verb («— soutenance le 23 novembre, mémoire validé —»): a French finite verb has its subject.
    English words are read as said."""
    if not is_french(unit):
        return True
    own = [t for t in parse(unit) if step.start() <= t.idx < step.end() and is_verb(t)]
    return any(c.dep_.startswith("nsubj") for t in own for c in t.children)


# A countdown from today: «dans dix jours», «d'ici trois semaines», "in two weeks", "within a month".
_COUNTDOWN = re.compile(
    r"\b(?:dans|d['’]ici|in|within)\s+(?P<count>\d{1,2}|\w+(?:[- ]\w+)?)\s+"
    r"(?P<unit>jours?|semaines?|mois|days?|weeks?|months?)\b",
    re.IGNORECASE,
)


def counted_ahead(text: str) -> int | None:
    """The days a countdown in `text` puts ahead of today («dans dix jours» → 10, «d'ici trois semaines» →
    21), or None when none is said. Invariant: a count of zero or a word that is no count says none."""
    found = _COUNTDOWN.search(text)
    count = _counted(found.group("count")) if found else 0
    if found is None or count <= 0:
        return None
    said = found.group("unit").lower()
    days = 7 if said.startswith(("sem", "week")) else 30 if said.startswith(("mois", "month")) else 1
    return count * days


# An English verb in the simple past after its subject: "I passed my finals", "we moved". Not a verb whose
# stem ends in «e» before «d» ("I need", "we succeed"): a present.
EN_SIMPLE_PAST = re.compile(r"\b(?:i|we)\s+\w+[^\We]ed\b", re.IGNORECASE)


def _tenses_told(unit: str, start: int, end: int, structure: Structure) -> set[str]:
    """The tenses of the verbs in unit[start:end]: the parse's for French, the words' for English ("I passed
    my final exams in November": the step is told done, not to come)."""
    if is_french(unit):
        return {tense_of(t) for t in parse(unit) if start <= t.idx < end and is_verb(t)}
    said = unit[start:end]
    if has_word(structure.english, "past", said) or EN_SIMPLE_PAST.search(said):
        return {PAST}
    return {PRESENT} if re.search(r"\b(?:is|are|will|'s|'ll|am)\b", said, re.IGNORECASE) else set()


def _first_date(text: str, today: date, ahead: bool) -> list[date]:
    """The first date of the text, yearless ones too («n'a lieu que le 8 décembre»), as its last day."""
    for word in re.finditer(r"\b\w", text):
        when = end_date_after(text[word.start() :], today, ahead)
        if when is not None:
            return [when]
    return []


def is_dated_as_now(units: list[str], index: int, structure: Structure, today: date) -> bool:
    """A CV line whose period runs today: begun, no end passed, and said to go on («depuis», «– aujourd'hui»,
    «(actuellement)» on the next line, «Situation actuelle : …»)."""
    line = units[index]
    dates = find_dates(line)
    now = (today.year, today.month)
    if dates and (dates[0].bounds()[0] > now or any(d.bounds()[1] < now for d in dates[1:])):
        return False  # not begun yet, or an end already passed («2023 – 2025 : …»)
    following = units[index + 1] if index + 1 < len(units) else ""
    marked = (
        is_found(_SINCE_ANYWHERE, line)
        or is_found(structure.until_today, line)
        or is_found(structure.now_stated, line)
    )
    return marked or (structure.now_line is not None and structure.now_line.fullmatch(following) is not None)


def is_found(pattern: re.Pattern[str] | None, text: str) -> bool:
    return pattern is not None and pattern.search(text) is not None


_SINCE_ANYWHERE = re.compile(r"\b(?:depuis|since)\b", re.IGNORECASE)


# What the parse of one French sentence says about a situation it names.
NOW, NOT_NOW, UNSURE = "now", "not_now", "unsure"


def _named(unit: str, situation: Situation) -> re.Match[str] | None:
    """The first name of the situation in the unit, else its first role: `search`'s matches, through
    first_match (kept per unit, so the readers of a CV line asking it in turn search once; not searched when
    the unit lacks the pattern's literal pieces)."""
    named = first_match(situation.names, unit) if situation.names is not None else None
    return named or (first_match(situation.roles, unit) if situation.roles is not None else None)


def read_state_on_cv_line(unit: str, situation: Situation, today: date) -> str | None:
    """«Stage de fin d'études – Enercoop (sept. 2026 – mars 2027)»: a CV entry whose period holds today."""
    named = _named(unit, situation)
    dates = find_dates(unit) if named else []
    now = (today.year, today.month)
    since = _SINCE.match(unit)
    if dates and since and dates[0].start <= since.end() + 1 and dates[0].month is not None:
        # «Depuis septembre 2026 : Stagiaire …»: begun, no end stated, or an end still ahead («… (jusqu'en
        # juin 2027)»).
        begun = dates[0].bounds()[0] <= now
        return NOW if begun and (len(dates) == 1 or dates[-1].bounds()[1] >= now) else None
    ongoing = read_said_ongoing(unit, named.start(), named.end(), today) if named else None
    if ongoing is not None:
        return ongoing
    bounded = _entry_until(unit, named.end(), today) if named and len(dates) == 1 else None
    if bounded is not None:
        return bounded
    if dates and _opens_an_open_range(unit, dates[0]):
        return NOW if dates[0].bounds()[0] <= now else None  # «oct. 2026 – : stagiaire, …»
    if len(dates) < 2 or not _RANGE_BETWEEN.fullmatch(unit[dates[-2].end : dates[-1].start]):
        return None
    began, ends = dates[-2].bounds()[0], dates[-1].bounds()[1]
    if began <= now <= ends and dates[-1].month is None:
        # «Service civique : AFEV, 2025 – 2026» read in November 2026: it ends this year, its month unsaid —
        # over, or running to December? Asked, as «2026 : stage» is (read_this_year_on_cv), unless its whole
        # length is told.
        return None if is_found(_WHOLE_LENGTH, unit) else UNSURE
    return NOW if began <= now <= ends else None


# The entry's own name followed by its end alone, before the colon or the dash that opens its details
# («Stage hors cursus jusqu'au 31 janvier 2027 : conseillère logement, …», "Internship until March 2027 – …").
_UNTIL_IN_ITS_NAME = re.compile(r"[^:;,.()–—\d]{0,40}?\b(?:jusqu.(?:en|au|à|a)?|until|till)\b", re.IGNORECASE)


def _entry_until(unit: str, end: int, today: date) -> str | None:
    """A CV entry dated by its end alone, in the entry's own name (`_UNTIL_IN_ITS_NAME`): that end, with its
    year written, says whether it runs today — held when ahead (a résumé lists what was begun), over when
    passed. None when no such end is said, or its year is not written (which year a résumé meant is open)."""
    until = _UNTIL_IN_ITS_NAME.match(unit, end)
    if until is None or not re.match(r"[^:;()–—]{0,20}?\b(?:19|20)\d\d\b", unit[until.end() :]):
        return None
    return read_by_end_date(unit, until.end(), today)


# A range left open on a timeline's line: its start, a dash, and no end before the entry («oct. 2026 – :
# stagiaire», «2026 – | service civique», "Oct 2026 – : intern").
_OPEN_END = re.compile(r"\s*[-–—]\s*(?:[:|·]|$)")


def _opens_an_open_range(unit: str, start: MonthYear) -> bool:
    """The line opens on a dated start whose range is left open («oct. 2026 – : stagiaire»): a timeline's
    entry still running, as «– aujourd'hui» says it (c-out). The start must carry its month."""
    opening = not unit[: start.start].strip(" -•*\t")
    return opening and start.month is not None and _OPEN_END.match(unit, start.end) is not None


def read_said_ongoing(unit: str, start: int, end: int, today: date) -> str | None:
    """The thing named at unit[start:end] said going on by a word of «now», without a verb: the line opens on
    it («Actuellement : stagiaire, …», "Currently: intern, … (until May 2027)") or the name is followed by it
    («stage en cours jusqu'au 15/01», «Mission en cours auprès d'une association»). Its end's date, if
    passed, says it is over; None when no such word says it, or when it is denied or sought («pas de stage
    en cours», «recherche stage en cours d'année»)."""
    if _NOT_HELD.search(unit, 0, start) or _ANSWERED_NO.match(unit, end) or "?" in unit[end:]:
        return None  # «Stage ou service civique en cours : non», «Un service civique en cours ? Non»
    closing = _STATUS_CLOSING.search(unit, end) or _STATUS_BRACKET.search(unit, end)
    if _ONGOING.match(unit) or _ONGOING.match(unit, end) or closing:
        return NOT_NOW if is_ended_by_date(unit, today, start) else NOW
    return None


# A CV entry closed by its status after a dash or a colon: «Service civique, Unis-Cité Rennes — en cours»,
# "Civic service, Unis-Cité — ongoing": the entry is held now, whatever words stand between.
_STATUS_CLOSING = re.compile(
    r"\s[—–:-]\s*(?:en cours|ongoing|current|in progress)\s*[.)]?\s*$", re.IGNORECASE
)
# The same status opening the bracket that closes the entry, its end beside it: «Stage de fin d'études –
# Secours populaire (en cours, jusqu'en mars 2027)», "(ongoing, until March 2027)" — the end still decides.
_STATUS_BRACKET = re.compile(
    r"\(\s*(?:en cours(?! d[eu'’ ])|ongoing|current|in progress)\b[^()]*\)\s*[.;]?\s*$", re.IGNORECASE
)


def read_run_to_today(unit: str, situation: Situation, structure: Structure, today: date) -> str | None:
    """«Septembre 2026 – aujourd'hui : stagiaire, …», "Oct 2026 – present: intern": a CV entry whose period
    begins on a date already reached and runs to «today» is held now (a start still ahead is not)."""
    named = _named(unit, situation)
    until_today = structure.until_today
    for found in find_dates(unit) if named and until_today is not None else []:
        if until_today is not None and until_today.match(unit[found.end :].lstrip()):
            if stale_today(unit, today):
                return UNSURE  # «mars 2026 - aujourd'hui · 5 mois» in November: the profile's today, not ours
            return NOW if found.bounds()[0] <= (today.year, today.month) else None
    return None


def read_this_year_on_cv(unit: str, structure: Structure, today: date) -> str | None:
    """«2026 : stage, plaidoyer, …» read in 2026: an entry dated by the year we are in alone, with no word of
    «now», may be over or running; the coordinator asks."""
    dates = find_dates(unit)
    if not dates or dates[0].start > 2 or dates[0].month is not None or dates[0].year != today.year:
        return None
    if len(dates) > 1 or is_found(_SINCE_ANYWHERE, unit) or is_found(structure.now_stated, unit):
        return None
    # «2026 : stage de 4 mois»: an entry told with its whole length is told as done (the project's CVs).
    told_whole = is_found(_WHOLE_LENGTH, unit)
    return None if told_whole or is_found(structure.until_today, unit) else UNSURE


# The stay's whole length, in figures or words: «stage de 4 mois», «de six mois», "a three-month placement".
_WHOLE_LENGTH = re.compile(
    rf"\b(?:{COUNT_FR}|{COUNT_EN})\s*(?:-\s*)?(?:mois|semaines|months?|weeks?)\b", re.IGNORECASE
)


# «en cours», not «en cours de» (in the course of: «stage en cours de validation», «en cours d'année»).
_ONGOING = re.compile(
    r"\W{0,3}(?:en cours(?! d[eu'’ ])|actuel(?:le)?(?:ment)?|ongoing|current(?:ly)?)\b", re.IGNORECASE
)


# A field's label answered no: «Stage en cours : non, aucun», "Internship ongoing: none".
_ANSWERED_NO = re.compile(r"[^.;:?]{0,40}:\s*(?:non|aucun|aucune|n[ée]ant|pas|no|none|nope)\b", re.IGNORECASE)


_NOT_HELD = re.compile(
    r"\b(?:pas|sans|ni|aucun|aucune|no|not|without|recherche|cherche|looking)\b", re.IGNORECASE
)


_SINCE = re.compile(r"\W*(?:depuis|since)\b", re.IGNORECASE)


_RANGE_BETWEEN = re.compile(r"\s*(?:[-–—/]|à|au|to|until|jusqu.(?:en|au|à))\s*", re.IGNORECASE)


def find_mention_starts(unit: str, situation: Situation) -> list[int]:
    # all_matches: the same matches, kept per unit and skipped when the pattern's literal pieces are absent.
    patterns = [p for p in (situation.names, situation.roles) if p is not None]
    return [m.start() for p in patterns for m in all_matches(p, unit)]


def ends_ahead(unit: str, situation: Situation, structure: Structure, today: date) -> bool:
    """«Normalement ma convention de stage finit le 30 novembre», "my internship should end on 30 November":
    the mention's own sentence tells its end, dated after today; whatever the doubt on that day, the
    situation is held now."""
    for start in find_mention_starts(unit, situation):
        stop = re.search(r"[.;!?]", unit[start:])
        sentence = unit[start : start + stop.start()] if stop else unit[start:]
        for word in re.finditer(r"\w+", sentence):
            if word.start() > 0 and word.group().lower().startswith(structure.ends + _ENDS_IN_ENGLISH):
                if _EITHER.search(sentence, word.end(), word.end() + 40):
                    return False  # «fin en octobre ou en décembre»: two ends in doubt, holding it too
                # «s'est terminé le 30 octobre»: a yearless day of an end told as done is this year's
                ahead = _PAST_PARTICIPLE.search(word.group()) is None
                when = find_date_after(unit, start + word.end(), today, ahead)
                return when is not None and when > today
    return False


_EITHER = re.compile(r"\b(?:ou|or)\b", re.IGNORECASE)


_PAST_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|ed)$", re.IGNORECASE)


# The end of a situation in English, where the French stems of `structure.ends` do not reach.
_ENDS_IN_ENGLISH = ("end", "finish", "complet")


def find_phrase_owner(token: Any) -> Any:
    """The noun a mention completes: «service civique» in «ma mission de service civique» → «mission»."""
    while token.dep_ == "nmod" and token.head.pos_ in {"NOUN", "PROPN"} and token.head.i != token.i:
        token = token.head
    return token


def read_state_by_its_ending(token: Any, predicate: Any, reading: Reading, unit: str, today: date) -> str:
    """A mention whose predicate ends it: its date, else its tense, says whether it is over."""
    if reading.negated:
        # «mon service civique n'est pas terminé, il court jusqu'en avril»: its date says it runs on;
        # «je n'ai pas fini mon stage», «je ne peux pas quitter mon stage»: still in it? Asked.
        return read_runs_until(token, unit, today) or UNSURE
    ahead = reading.tense != PAST
    state = read_by_end_date(unit, _past_both(predicate, token), today, ahead)
    state = state or _dated_later_in_clause(unit, _past_both(predicate, token), today, ahead)
    if state is None and ahead and _said_ending_now(unit, predicate, token):
        state = _nearest_end_in_sentence(unit, _past_both(predicate, token), today)
    if state is not None:
        return state
    if ahead and ends_near_undated(unit, _past_both(predicate, token)):
        return UNSURE  # «mon stage se termine bientôt», «… s'arrête juste avant le démarrage de la promo»
    if ahead and _ending_now_undated(unit, predicate, token):
        return UNSURE  # «elle termine en ce moment son année de volontariat»: this month, its day unsaid
    # «Fini, le stage !»: a participle standing alone (the small model gives it no tense) is done.
    done = reading.tense == NO_TENSE and told_done(predicate.lower_, in_i=True)
    return NOT_NOW if reading.tense == PAST or done else NOW


# Where the end's date may stand further in its clause: «je termine mon stage à Lyon le 4 décembre», «je
# finis mon service civique : mon dernier jour est le 15 novembre» (a colon explains, it does not end): a
# sentence's end, a parenthesis, a comma before a space, a coordination (English's alone in English).
_CUT_MARKS = rf"[{SENTENCE_MARKS}()]|,\s"
EN_CLAUSE_CUT = re.compile(rf"{_CUT_MARKS}|\b(?:and|but)\b", re.IGNORECASE)
_CLAUSE_CUT = re.compile(rf"{_CUT_MARKS}|\b(?:et|mais|and|but)\b", re.IGNORECASE)
_DATE_LEAD = re.compile(r"\b(?:le|au|fin|jusqu['’]|d[ée]but|mi)\b", re.IGNORECASE)


# An end told near but given no date: «bientôt», «sous peu», "soon", or just before another event to come
# («avant le démarrage de la promo», "before the programme starts"): it may fall before today or after it.
_NEAR_UNDATED = re.compile(
    r"\b(?:bient[oô]t|sous peu|d['’]ici peu|prochainement|soon|shortly|"
    r"(?:juste\s+|just\s+)?(?:avant|before)\s+(?:le|la|l['’]|the)\s*"
    r"(?:d[ée]but|d[ée]marrage|lancement|rentr[ée]e|start|beginning)|"
    r"(?:avant que|before)\s+(?:la|le|l['’]|the|our|your|votre|notre)\s*(?:\w+\s+){0,2}?"
    r"(?:ne\s+)?(?:commence|d[ée]marre|starts|begins))\b",
    re.IGNORECASE,
)


def ends_near_undated(unit: str, position: int) -> bool:
    """The end verb's clause after `position` tells its end as near (`_NEAR_UNDATED`) and dates it not."""
    cut = _CLAUSE_CUT.search(unit, position)
    return _NEAR_UNDATED.search(unit, position, cut.start() if cut else len(unit)) is not None


def ends_near_after(unit: str, position: int, named: str, structure: Structure) -> bool:
    """A situation named at `position` by the word `named`, then its end taken up after it in the sentence
    and told near but undated («je fais un stage dans une asso et mon stage se termine bientôt», «je suis en
    service civique, il se termine bientôt»): it may end before today or after; the end told bounds it. A
    name taken up must be the mention's own («mon stage», not «mon service civique» after a stage)."""
    word = named.split()[0].lower() if named.split() else ""
    return any(
        (m.group("pronoun") or m.group("noun").lower() == word) and ends_near_undated(unit, m.end())
        for m in _end_taken_up(structure.ends).finditer(unit, position)
    )


@lru_cache(maxsize=4)
def _end_taken_up(ends: tuple[str, ...]) -> re.Pattern[str]:
    """The end of a situation taken up after it in its sentence: by a pronoun («…, qui se termine», «il
    finit», «ça se termine») or by its name again under a possessive («… et mon stage se termine», «sa
    mission prend fin»), the end one of situations.toml [structure]'s `ends` (an accent left out too:
    «s'arrete»)."""
    return re.compile(
        r"\b(?:(?P<pronoun>qui|il|elle|ça|cela)|(?:mon|ma|son|sa)\s+(?P<noun>\w+)(?:\s+\w+)?)\s+"
        rf"(?:se\s+|s['’]\s*)?(?:prend\w*\s+)?(?:{loose_alternation(ends)})\w*",
        re.IGNORECASE,
    )


# A word of now said of the end verb itself: «je termine en ce moment mon stage», "I'm currently finishing".
_NOW_ENDING = re.compile(r"\b(?:en ce moment|actuellement|à présent|right now|currently)\b", re.IGNORECASE)
# Anything that may date the end: a figure, a month, a day of the week, a time word of the calendar.
_DATED = re.compile(
    rf"\d|\b(?:{_MONTH_ALT}|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|week|mois|month|"
    r"bient[oô]t|soon|demain|tomorrow|no[eë]l|christmas|f[eê]tes|vacances|rentr[ée]e)\b",
    re.IGNORECASE,
)


def _ending_now_undated(unit: str, predicate: Any, token: Any) -> bool:
    """The end verb, in the present, is said of now in its own clause («Elle termine en ce moment son année
    sociale volontaire chez nous») and the sentence dates nothing: the end falls this month, its day unsaid
    — before today or after it, the coordinator asks, as for «fin novembre»."""
    start = clause_start(unit, min(predicate.idx, token.idx))
    cut = _CLAUSE_CUT.search(unit, _past_both(predicate, token))
    clause = unit[start : cut.start() if cut else len(unit)]
    return _NOW_ENDING.search(clause) is not None and not _DATED.search(unit)


def _said_ending_now(unit: str, predicate: Any, token: Any) -> bool:
    """The end verb, in the present, is said of now in its own clause: «je termine en ce moment mon stage»."""
    start = clause_start(unit, min(predicate.idx, token.idx))
    cut = _CLAUSE_CUT.search(unit, _past_both(predicate, token))
    return _NOW_ENDING.search(unit, start, cut.start() if cut else len(unit)) is not None


def _nearest_end_in_sentence(unit: str, position: int, today: date) -> str | None:
    """A thing said to be ending now («je termine en ce moment mon service civique, mission qui se finit le
    23 décembre»), its yearless end told further in the sentence: the nearest such day, before today or
    after it — a mail drafted before the holidays and sent after them tells an end already past, not one
    eleven months ahead. None when the sentence dates no end."""
    stop = re.search(rf"[{SENTENCE_MARKS}]", unit[position:])
    sentence = unit[: position + stop.start()] if stop else unit
    for lead in _DATE_LEAD.finditer(sentence, position):
        ahead_day = find_date_after(sentence, lead.start(), today, True)
        past_day = find_date_after(sentence, lead.start(), today, False)
        if ahead_day is None or past_day is None:
            continue
        when = min(ahead_day, past_day, key=lambda day: abs((day - today).days))
        return NOT_NOW if when < today else NOW
    return None


def _dated_later_in_clause(unit: str, position: int, today: date, ahead: bool) -> str | None:
    """The end told by a yearless day or month further in the end verb's clause (read_by_end_date reads
    only a date right after the verb and the mention)."""
    cut = _CLAUSE_CUT.search(unit, position)
    end = cut.start() if cut else len(unit)
    for lead in _DATE_LEAD.finditer(unit, position, end):
        state = read_by_end_date(unit[:end], lead.start(), today, ahead)
        if state is not None:
            return state
    return None


def is_after_its_end(token: Any, tense: str, structure: Structure) -> bool:
    """The mention completes a noun of its end («la fin de mon service civique», «l'issue de ma mission»)
    said as a time passed: «depuis / après la fin de…», or in a sentence told in the past."""
    owner = find_phrase_owner(token)
    if owner.i == token.i or not starts_with(owner, structure.end_nouns):
        return False
    cases = (c for c in owner.children if c.dep_ == "case")
    return tense == PAST or any(starts_with(c, structure.since_end) for c in cases)


# A date told as a start («le 7 décembre», «en janvier», "on 2 November"), and a length («pour huit mois»).
# A part of a month told bare is a start's date too: «a commencé début décembre», «démarré mi-janvier».
_START_WORD = re.compile(
    r"\b(?:(?:le|en|dès|à partir d[ue]|on|in|from)\s|(?:d[ée]but|mi)[\s-](?=\w))", re.IGNORECASE
)


# A start told in the middle or at the end of its month: «mi-février», «à la mi-mars», «fin avril», "mid-May",
# "late June" — what lasts D months from it ends in month M+D, not M+D−1.
_MIDWAY = re.compile(
    r"(?:(?:le|en|dès|à partir d[ue]|on|in|from)\s+)?(?:(?:la|the)\s+)?(?:mi|mid|fin|late|end of)[\s-](?=\w)",
    re.IGNORECASE,
)


_LENGTH = re.compile(
    r"\b(?:pour|de|for)\s+(?P<count>\d{1,2}|\w+)\s+(?P<unit>mois|semaines?|ans?|months?|weeks?|years?)\b",
    re.IGNORECASE,
)

# A length set before the noun in English: "a six-month internship", "a 10-month civic service".
_LENGTH_BEFORE_NOUN = re.compile(
    r"\b(?P<count>\d{1,2}|[a-z]+)-(?P<unit>months?|weeks?|years?)\b", re.IGNORECASE
)


def read_begun(
    token: Any, predicate: Any, tense: str, structure: Structure, unit: str, today: date
) -> str | None:
    """«je commence un stage le 7 décembre», «je commencerai un service civique en janvier»: a start dated
    after today is no situation held now; «j'ai commencé un service civique le 2 novembre, pour huit mois»:
    its length from its start says whether it runs today. None when no start date says it."""
    if predicate.i == token.i or not starts_with(predicate, structure.begins) or is_negated(predicate):
        return None
    after = token.idx + len(token.text)
    # The start is dated in the mention's own clause («…, elle prendra fin en mars» dates its end), or
    # between the start verb and the mention («j'ai commencé lundi un stage de six mois»).
    clause = _between_verb(predicate, token, unit) + re.split(r"[,;:.()]", unit[after:], maxsplit=1)[0]
    tense = PAST if _compound_past(predicate) else tense
    ahead = tense != PAST
    if ahead and _told_coming(unit, predicate, token):
        return NOT_NOW  # «demain je commence un stage», "next week I start": not begun on the reading day
    start, midway = _start_told(clause, today, ahead)
    if start is None and ahead:
        start = _weekday_told(clause, today)  # «je commence un service civique lundi»: the coming Monday
    recent = read_begun_lately(clause, unit, after, today) if start is None and tense == PAST else None
    if recent is None and start is None and tense == PAST and predicate.i < token.i:
        # «j'ai commencé lundi un stage de trois mois»: the time told between the verb and the mention.
        recent = read_begun_lately(unit[predicate.idx + len(predicate.text) : token.idx], unit, after, today)
    if recent is not None:
        return recent
    if start is None and tense == PAST:
        start = counted_back_start(clause, today)  # «commencé … il y a cinq mois», "five months ago"
    if start is None and tense == PAST:
        start = chained_start(unit, predicate.idx, today)  # «en juin, … trois mois de vacances, puis …»
    if start is None and tense == PAST:
        start = fronted_start(unit, predicate.idx, today)  # «En septembre 2026, j'ai commencé un stage …»
    if start is None:
        return None
    if start > today and (tense != PAST or not begun_this_month(start, today)):
        return NOT_NOW
    if tense != PAST:
        return None
    by_length = read_by_length(start, unit, after, today, midway)
    return by_length or _begun_lately(start, unit, after, today)


def _start_told(clause: str, today: date, ahead: bool) -> tuple[date | None, bool]:
    """The first start a word of starting dates in `clause` («le 7 décembre», «à la mi-février», "in
    mid-February"), and whether it is told midway through or at the end of its month ([_MIDWAY])."""
    for m in _START_WORD.finditer(clause):
        start = end_date_after(clause[m.start() :], today, ahead)
        if start is not None:
            return start, _MIDWAY.match(clause, m.start()) is not None
    return None, False


def _weekday_told(clause: str, today: date) -> date | None:
    """A weekday alone in a start's clause told in the present or the future («je commence un service
    civique lundi», «je démarre jeudi un stage»): the coming such day, today's own weekday being today
    (dates.nearest_weekday); None when no weekday stands alone («lundi 15», «lundi prochain»: read
    elsewhere)."""
    for word in _WORD_START.finditer(clause):
        day = nearest_weekday(clause[word.start() :], today, ahead=True)
        if day is not None:
            return day
    return None


_WORD_START = re.compile(r"\b(?=\w)")


def _between_verb(predicate: Any, token: Any, unit: str) -> str:
    """The words between a start verb and the mention after it («commencé | lundi | un stage», «j'ai débuté
    le 16 novembre un volontariat»), where a time of the start stands as it does after the mention; "" when
    the mention comes first or a clause break lies between them."""
    between = unit[predicate.idx + len(predicate.text) : token.idx]
    return "" if token.i < predicate.i or re.search(r"[,;:.()!?]", between) else between + " "


def _compound_past(predicate: Any) -> bool:
    """«j'ai démarré», «je suis entrée»: an auxiliary of tense before a participle's ending is a past act,
    even when the small model tags the participle as no verb (it reads «démarré» as a preposition)."""
    tensed = any(c.dep_ == "aux:tense" and c.i < predicate.i for c in predicate.children)
    return tensed and told_done(predicate.lower_, in_i=True)


# A start told by its distance from today: «lundi dernier», «la semaine dernière», «il y a trois semaines»,
# «hier», "last Monday", "two weeks ago" — a closed set of deictic times, each with its distance in days. A
# bare weekday under a past verb («j'ai commencé lundi», "I started on Monday") is the last one gone by;
# never one said to come («lundi prochain», «next Monday»).
_RECENT = re.compile(
    r"\b(?:(?P<weekday>(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: dernier)?"
    r"(?!\s+(?:prochain|qui vient|en huit))|"
    r"(?:last |on )?(?<!next )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|"
    r"(?P<week>la semaine derni[eè]re|last week)|"
    r"(?P<day>hier|avant-hier|yesterday)|(?:il y a|voici)\s+(?P<count>\w+)\s+(?P<unit>jours?|semaines?)\b|"
    r"(?P<en_count>\w+)\s+(?P<en_unit>days?|weeks?)\s+ago)\b",
    re.IGNORECASE,
)


# A start told by its distance ahead of today: «demain», «après-demain», «lundi prochain», «la semaine
# prochaine», «dans trois jours», "tomorrow", "next Monday", "in two weeks" — the mirror of `_RECENT`.
_COMING = re.compile(
    r"\b(?:demain|apr[eè]s-demain|tomorrow|"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine|le mois)\s+"
    r"(?:prochain|prochaine|qui vient)|"
    r"next\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:dans|in)\s+(?:\d{1,2}|\w+)\s+(?:jours?|semaines?|days?|weeks?))\b",
    re.IGNORECASE,
)


def tells_a_coming_time(clause: str, weekday: bool = False) -> bool:
    """The clause tells a time ahead of today (`_COMING`: «demain», "next week", "in two days"), or, with
    `weekday`, a bare weekday ("on Monday": under a start told in the present, the one to come)."""
    found = _COMING.search(clause) is not None
    return found or (weekday and _BARE_WEEKDAY.search(clause) is not None)


_BARE_WEEKDAY = re.compile(
    r"\b(?<!last )(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?! (?:last|gone))",
    re.IGNORECASE,
)


def _told_coming(unit: str, predicate: Any, token: Any) -> bool:
    """A start verb, not past, whose own clause tells a time ahead of today (`_COMING`), before the verb or
    after the mention: «Petite nouvelle : demain je commence un stage», «je démarre la semaine prochaine
    un service civique». A time said in another clause («demain j'ai un entretien, je suis en stage») is not
    the start's."""
    start = clause_start(unit, min(predicate.idx, token.idx))
    cut = _CLAUSE_CUT.search(unit, _past_both(predicate, token))
    return tells_a_coming_time(unit[start : cut.start() if cut else len(unit)])


def read_begun_lately(clause: str, unit: str, after: int, today: date) -> str | None:
    """«j'ai débuté un service civique lundi dernier», "I started an internship last week": begun days ago
    (the clause's deictic time), it runs today unless a length said after `after` ends it. None when the
    clause tells no such time."""
    recent = _recent_start(clause, today)
    return None if recent is None else read_by_length(recent, unit, after, today) or NOW


def _recent_start(clause: str, today: date) -> date | None:
    found = _RECENT.search(clause)
    if found is None:
        return None
    if found.group("weekday") or found.group("week"):
        return today - timedelta(days=7)
    if found.group("day"):
        return today - timedelta(days=2)
    count = _counted(found.group("count") or found.group("en_count") or "")
    unit = (found.group("unit") or found.group("en_unit") or "").lower()
    if not count:
        return None
    return today - timedelta(days=count * (7 if unit.startswith(("sem", "week")) else 1))


def read_by_length(start: date, unit: str, after: int, today: date, midway: bool = False) -> str | None:
    """Begun on `start` and lasting the length said after `after` («pour huit mois», «de six mois»): whether
    it still runs today. None when no length is said. A start known by its month only (`start` is then the
    month's last day) is counted in months: see `by_last_month`. Begun `midway` through that month («à la
    mi-février», «fin mars», "in mid-February"), it runs into month M+D (r-placements, stop 55: eight months
    from mid-February end mid-October — read in October, the end is this month's, asked)."""
    length = _LENGTH.search(unit, after) or _LENGTH_BEFORE_NOUN.search(unit, after)
    if start > today and not begun_this_month(start, today):
        return NOT_NOW
    if length is None or not _counted(length.group("count")):
        return None
    weeks = length.group("unit").lower().startswith(("sem", "week"))
    years = length.group("unit").lower().startswith(("an", "year"))
    count = _counted(length.group("count"))
    if not weeks and month_only(start):
        return by_last_month(start, count * (12 if years else 1) + (1 if midway else 0), today)
    days = count * (7 if weeks else 365 if years else 30)
    return NOW if start + timedelta(days=days) >= today else NOT_NOW


# A participle after the mention dating its start: «de 7 mois, signé à la fin avril», «de six mois, débuté en
# mars». A contract signed (an agreement, a contract of engagement) dates the start of what it engages.
_STARTED_AFTER = re.compile(
    r"\b(?:commenc|d[ée]but|entam|d[ée]marr|sign)\w*(?:é|ée|és|ées)\s+(?P<when>[^,;.()]{0,30})", re.IGNORECASE
)
# A month told by its end («à la fin avril», «fin mars»): what lasts D months from it ends a month later.
_AT_ITS_END = re.compile(r"\b(?:(?:la )?fin(?: de| d['’])?|late|end of)\s+", re.IGNORECASE)


def read_started_after(token: Any, unit: str, today: date) -> str | None:
    """«un contrat de service civique de 7 mois, signé à la fin avril»: a start participle after the
    mention in its sentence, dated by a month, and a length said: whether it runs today (by_last_month). A
    start at a month's end counts from the next month (end of April + 7 months = end of November)."""
    after = token.idx + len(token.text)
    sentence = re.split(r"[.;!?]", unit[after:], maxsplit=1)[0]
    started = _STARTED_AFTER.search(sentence)
    if started is None:
        return None
    when = started.group("when")
    edge = _AT_ITS_END.match(re.sub(r"^(?:à|a|en|in|at)\s+", "", when, flags=re.IGNORECASE))
    text = re.sub(r"^(?:à|a|en|in|at)\s+", "", when, flags=re.IGNORECASE)[edge.end() if edge else 0 :]
    start = bare_date(text, today, False) or end_date_after(text, today, False)
    if start is None:
        # «un stage de trois mois, qui a commencé lundi»: begun days ago, it runs unless its length is out.
        recent = _recent_start(when, today)
        return None if recent is None else read_by_length(recent, unit, after, today) or NOW
    if not month_only(start):
        # «…de huit mois, commencé le 16 novembre» (t-short, stop 45): a start told to the day is counted
        # from that day.
        return read_by_length(start, unit, after, today)
    if edge is not None:
        start = (start + timedelta(days=1)).replace(day=28) + timedelta(days=4)
        start = start - timedelta(days=start.day)  # the next month's last day
    return read_by_length(start, unit, after, today)


# Periods told one after another before a start: «trois mois de vacances, puis», "six months abroad, then".
_PERIOD = re.compile(
    r"\b(?P<count>\d{1,2}|\w+(?:-\w+)*)\s+(?P<unit>mois|ans?|ann[ée]es?|months?|years?)\b", re.IGNORECASE
)
_THEN = re.compile(r"\b(?:puis|ensuite|apr[eè]s quoi|then|afterwards)\b", re.IGNORECASE)
_IN_MONTH = re.compile(r"\b(?:en|in)\s+")


def chained_start(unit: str, verb: int, today: date) -> date | None:
    """«Diplômée en juin, j'ai pris trois mois de vacances, puis j'ai commencé un stage»: the start verb at
    `verb` follows, after a word of sequence, periods counted from a month dated before them in its sentence
    (June + three months = September, as that month's last day). None when no month dates the chain, no
    period is counted, or no word of sequence joins them to the start."""
    sentence_start = max(unit.rfind(p, 0, verb) for p in ".;!?") + 1
    before = unit[sentence_start:verb]
    then = list(_THEN.finditer(before))
    dated = ((m, bare_date(before[m.end() :], today, False)) for m in _IN_MONTH.finditer(before))
    anchor, began = next(((m, d) for m, d in dated if d is not None), (None, None))
    if not then or anchor is None or began is None or not month_only(began):
        return None
    periods = _PERIOD.finditer(before, anchor.end(), then[-1].start())
    months = sum(_months_of(p) for p in periods)
    if months == 0:
        return None
    following = began.year * 12 + began.month + months  # the month after the start, counted from 0
    return date(following // 12, following % 12 + 1, 1) - timedelta(days=1)


# A time set before the subject of the start verb, as the sentence's own frame: «En septembre 2026, j'ai
# commencé…», «Trois mois plus tard, en septembre 2026, j'ai démarré…» (later_dated.py), «Le 5 mars, j'ai
# entamé…», "On 3 May, I started…" (a day and its month, the year unsaid: the last such day).
_FRONTED = re.compile(
    r"(?:^|,)\s*(?:en|in|d[èe]s|le|on)\s+(?P<when>[^,]{3,30}),\s*(?:j['’]|je\s|i\s|nous\s|we\s)[^,]{0,12}$",
    re.IGNORECASE,
)


def fronted_start(unit: str, verb: int, today: date) -> date | None:
    """The start a time fronted before the subject of the start verb at `verb` dates, told with its month
    (a year alone says no start to count a length from); None when no such frame stands there (c-out)."""
    fronted = _FRONTED.search(unit, 0, verb)
    day = bare_date(fronted.group("when"), today, False) if fronted else None
    if day is not None and not month_only(day):
        return day  # «Le 5 janvier, j'ai commencé…»: that day, in the last year it has passed
    told = find_dates(fronted.group("when")) if fronted else []
    if not told or told[0].month is None:
        return None
    return end_date_after(fronted.group("when") if fronted else "", today, False)


def _months_of(period: re.Match[str]) -> int:
    per = 1 if period.group("unit").lower().startswith(("mois", "month")) else 12
    return _counted(period.group("count")) * per


def begun_this_month(start: date, today: date) -> bool:
    """A start told by this month only («a commencé début décembre», read on 15 December): `start`, the
    month's last day, lies ahead, yet the thing has begun (a month told of a past start is not ahead)."""
    return month_only(start) and (start.year, start.month) == (today.year, today.month)


def month_only(start: date) -> bool:
    """A start read from a month without its day («en juin», «il y a cinq mois») is that month's last day
    (dates.end_date_after); a day told as the last of its month is read the same way, an edge at worst."""
    return (start + timedelta(days=1)).day == 1


def by_last_month(start: date, months: int, today: date) -> str:
    """Begun in a month, the day unsaid, and lasting `months`: it runs through month M+D−1 («six mois,
    commencé en février» → février–juillet). Invariant: a last month that is this month is UNSURE (the day
    it ends, before or after today, is unknown: «six mois, démarré en juin» read on 26 November)."""
    last = start.year * 12 + start.month - 1 + months - 1
    now = today.year * 12 + today.month - 1
    return NOW if last > now else NOT_NOW if last < now else UNSURE


def counted_back_start(clause: str, today: date) -> date | None:
    """A start counted back from today in the mention's clause («il y a cinq mois», "five months ago", and
    any relative date dates.find_dates reads against today), as the last day of its month; None when the
    clause dates no start that way. A year alone («il y a un an») says no month: no start."""
    written = {(d.start, d.end) for d in find_dates(clause)}
    counted = [d for d in find_dates(clause, today) if (d.start, d.end) not in written and d.month]
    if not counted:
        return None
    year, month = counted[0].bounds()[1]
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


# A stage lasts six months at most (Code de l'éducation, L124-5): one begun within them, its length and end
# unsaid, may still run.
_LONGEST_STAGE = 6


def _begun_lately(start: date, unit: str, after: int, today: date) -> str | None:
    """«j'ai démarré un stage à la rentrée», begun months ago with no length nor end said: over or running,
    the coordinator asks (UNSURE) while it may still run; «j'ai commencé un stage le 4», its day told and
    within the last two months (`_LATELY_DAYS`), it runs (NOW), as `read_begun_on` reads it in English; None
    (read as a past act) when begun longer ago or when an end is told after it."""
    if END_WORDS.search(unit, after):
        return None
    if not month_only(start):
        return NOW if 0 <= (today - start).days <= _LATELY_DAYS else None
    months = (today.year - start.year) * 12 + today.month - start.month
    return UNSURE if 0 <= months < _LONGEST_STAGE else None


def read_begun_on(unit: str, after: int, today: date) -> str | None:
    """A past start dated in the mention's own clause after it, at `after` ("I began a six-month internship on
    9 November", "I started an internship in October, for six months"): its length says whether it runs
    today; with none said, begun within the last two months and no end told after it, it runs. None when
    the clause dates no start, or dates one ahead (read as a plan elsewhere)."""
    clause = EN_CLAUSE_CUT.split(unit[after:], maxsplit=1)[0]
    start, midway = _start_told(clause, today, False)
    if start is None or (start > today and not begun_this_month(start, today)):
        return None
    by_length = read_by_length(start, unit, after, today, midway)
    if by_length is not None or END_WORDS.search(unit, after):
        return by_length
    return NOW if (today - start).days <= _LATELY_DAYS else None


_LATELY_DAYS = 62  # a start this recent, no length nor end said: the placement runs today


def _counted(said: str) -> int:
    try:
        return count_of(said)
    except KeyError:
        return 0  # «pour mes études»: no count


def read_state_by_end(end: Any, unit: str, today: date) -> str:
    """An end verb of the mention («se termine le 30 novembre», «s'est achevé»): its date, else its tense."""
    state = read_by_end_date(unit, end.idx + len(end.text), today, tense_of(end) != PAST)
    if state is not None:
        return state
    return NOT_NOW if tense_of(end) == PAST else NOW


def read_later_end(token: Any, structure: Structure, unit: str, today: date) -> str | None:
    """«J'ai commencé un stage en septembre, il finira en mars», «mon stage a débuté en octobre et je dois le
    terminer fin avril»: a later end verb, not past, whose subject or object is a pronoun taking the mention
    up, dated: that date says whether it runs, not the first verb's past."""
    for verb in token.doc[token.i + 1 :]:
        ends = starts_with(verb, structure.ends) or any(c.lower_ == "fin" for c in verb.children)
        told_past = tense_of(verb) == PAST and not _FUTURE_FORM.search(verb.lower_)
        if not (is_verb(verb) and ends) or told_past:
            continue  # «il se termine», «elle prendra fin»
        if is_negated(verb) or not any(_takes_up(c) for c in verb.children):
            continue
        state = read_by_end_date(unit, verb.idx + len(verb.text), today)
        if state is not None:
            return state
        if _FUTURE_FORM.search(verb.lower_):
            return NOW  # «il finira», undated: an end still to come (the small model may tag it past)
    return None


def _takes_up(word: Any) -> bool:
    """A pronoun of the third person standing for a thing named before: the subject «il» / «elle», the
    object «le» / «la» / «l'» («je dois le terminer»)."""
    if word.dep_ in {"nsubj", "expl:subj"}:
        return word.lower_ in {"il", "elle"}
    # The small model may tag the clitic a determiner; as the verb's object it is the pronoun.
    return word.dep_ == "obj" and word.lower_ in {"le", "la", "l'", "l’"}


# A French future's own ending (-rai, -ra, -ront…), read on the word when the small model mistags it.
_FUTURE_FORM = re.compile(r"r(?:ai|as|a|ons|ez|ont)$")


# «…, qui court jusqu'au 15 janvier», «qui dure jusqu'en mars»: a relative clause in the present dating what
# it follows (the small model often hangs it on the nearest noun, not the mention). Or the writer placed in
# it by the clitic «y» in the present, in the clause coordinated after it («j'ai accepté un stage à la
# fondation, et j'y suis jusqu'au 31 janvier», «j'y reste jusqu'en mars»): the place taken up is the
# mention's, where the writer is until that date. Not a past («j'y suis resté», «j'y étais», «j'y ai passé»).
_RELATIVE_NOW = re.compile(
    r"^[^.;]*?(?:\bqui\s+(?!a\b|avait\b|[ée]tait\b|s'est\b)(?:se\s+)?\w+\s+|"
    r"\b(?:j|nous\s+|on\s+)['’]?\s*y\s+(?:suis|sommes|reste|restons)\b"
    r"(?!\s+(?:rest|all|pass|entr|arriv|retourn)\w*)[^.;]{0,40}?)(?=jusqu)",
    re.IGNORECASE,
)


def read_relative_until(token: Any, unit: str, today: date) -> str | None:
    """«J'ai accepté un stage dans une association, qui court jusqu'au 15 janvier»: told in the past (taken),
    the mention is dated by the present relative clause after it; the date says whether it still runs."""
    after = unit[token.idx + len(token.text) :]
    found = _RELATIVE_NOW.search(after)
    if found is None or NEGATION.search(found.group()):
        return None
    if any(d.year < today.year for d in find_dates(found.group())):
        return None  # «un stage à la Fondation en 2024, et j'y suis jusqu'en mars»: the place kept, no stage
    return read_dated_until(token, unit, today)


_THIS_YEAR = re.compile(r"\b(?:cette année|this year)\b", re.IGNORECASE)


def is_dated_this_year(unit: str, start: int, today: date) -> bool:
    """A mention dated only by the year we are in («cette année», «en 2026» read in 2026): over or not, the
    date cannot tell."""
    if _THIS_YEAR.search(unit, start):
        return True
    dates = find_dates(unit[start:])
    return bool(dates) and all(d.month is None and d.year == today.year for d in dates[:1])


UNTIL_WORD = re.compile(r"\b(?:jusqu.(?:en|au|à|a)?|until|till)\b", re.IGNORECASE)


def read_runs_until(token: Any, unit: str, today: date) -> str | None:
    """«Mon stage dans une fédération court jusqu'au 14 février»: the writer's own situation (a first
    person possessive) said to run until a date; whatever the verb, that date says whether it still runs."""
    owners = (token, find_phrase_owner(token))  # «ma mission de volontariat»: the owner carries «ma»
    # «mes pratiques professionnelles» (Spanish *prácticas*, a plural noun): one's own internship too.
    mine = (c for o in owners for c in o.children if c.lower_ in {"mon", "ma", "mes"})
    if not any(c.morph.get("Poss") == ["Yes"] for c in mine):
        return None
    return read_dated_until(token, unit, today)


def read_dated_until(token: Any, unit: str, today: date) -> str | None:
    """Now or over by the date the mention is said to run until, if any."""
    until = UNTIL_WORD.search(unit, token.idx + len(token.text)) or _fronted_until(unit, token.idx)
    return read_by_end_date(unit, until.end(), today) if until else None


# «C'est jusqu'au 28 février que dure mon stage», "it is until March that…": a cleft fronts the complement of
# the verb after «que», the mention's own time said before it.
_CLEFT = re.compile(
    r"\b(?:c['’]est|ce sera|c['’]était|it is|it's|it will be)\s+(?P<fronted>[^.;]+?)\s+(?:que|qu['’]|that)\b",
    re.IGNORECASE,
)


def _fronted_until(unit: str, position: int) -> re.Match[str] | None:
    """The «jusqu'…» a cleft fronts before `position`: «c'est jusqu'en avril que court ma mission»."""
    cleft = next((m for m in _CLEFT.finditer(unit, 0, position)), None)
    return UNTIL_WORD.search(unit, cleft.start("fronted"), cleft.end("fronted")) if cleft else None


def _past_both(predicate: Any, token: Any) -> int:
    """Where an end's date is looked for: after the end verb and the mention, whichever comes last
    («mon stage se termine en avril», «fin de mon stage le 30 novembre»)."""
    return int(max(predicate.idx + len(predicate.text), token.idx + len(token.text)))


def find_date_after(unit: str, position: int, today: date, ahead: bool = True) -> date | None:
    """The last day the first date after `position` can mean: «se termine en avril 2027 et je serai
    diplômée en juin» dates the end by April, not by the later date of another clause; «jusqu'en juin»
    told of something going on is next June, not the June of a diploma named further on."""
    return end_date_after(unit[position:], today, ahead)


def read_by_end_date(unit: str, position: int, today: date, ahead: bool = True) -> str | None:
    """Now or over by the end dated after `position` (find_date_after), None when no date follows. An end
    still to come told by this month alone, its day unsaid («se termine en novembre», «jusqu'à fin
    novembre», «elle s'achève ce mois-ci», read in November), may fall before today or after: UNSURE.
    Invariant: a day told («le 30 novembre») or an end told as done is read by its date as ever."""
    vague = _VAGUE_TIME.match(unit, position)
    position = vague.end() if vague else position  # "ends sometime in November": the month still dates it
    if ahead and _THIS_MONTH.match(unit, position):
        return UNSURE
    season = _season_ahead(unit, position, today) if ahead else None
    if season is not None:
        return season
    when = find_date_after(unit, position, today, ahead)
    if when is None:
        return None
    this_month = (when.year, when.month) == (today.year, today.month)
    day_told = _DAY_TOLD.match(unit, position) or nearest_weekday(unit[position:], today, ahead)
    if ahead and this_month and when >= today and not day_told:
        return UNSURE
    if ahead and _early_next_month(unit, position, when, today):
        return UNSURE
    if ahead and vague is not None and _months_ahead(when, today) == 1:
        return UNSURE  # «fin courant décembre», "sometime in December", read in November: its first days too
    # Her last day is over by the time anyone answers: «mon stage se termine le 26», read on the 26th.
    return NOT_NOW if when <= today else NOW


# The first days of a month, their day unsaid: «début décembre», «jusqu'à « début décembre »», "early
# December", "the beginning of December".
_EARLY_IN = re.compile(
    r"\W*(?:(?:à|a|au|en|jusqu\w*|to|in|by|until|till|the)\b[\s'’]*)*\W*"
    r"(?:d[ée]but|early|(?:the\s+)?(?:start|beginning)\s+of)\b",
    re.IGNORECASE,
)


def _early_next_month(unit: str, position: int, when: date, today: date) -> bool:
    """An end told by the first days of next month alone («jusqu'à début décembre», "in early December",
    read in November): days ahead, but which one is unsaid; open, as «fin novembre» is."""
    return _months_ahead(when, today) == 1 and _EARLY_IN.match(unit, position) is not None


def _months_ahead(when: date, today: date) -> int:
    """How many calendar months `when` falls after today's month."""
    return (when.year * 12 + when.month) - (today.year * 12 + today.month)


# A time said only roughly before its date: "sometime in November", «dans le courant de mars», «vers juin».
_VAGUE_TIME = re.compile(
    r"\s*(?:sometime|some time|at some point|around|dans le courant (?:de|du|d['’])|courant|vers)\b",
    re.IGNORECASE,
)
# The little words between an end and the season it names: «jusqu'à l'été», «jusqu'au printemps», "until the
# summer", «fin de l'hiver».
_SEASON_LEAD = re.compile(r"\W*(?:(?:à|a|au|in|to|de|d|by)\b[\s'’]*)?", re.IGNORECASE)
_SEASON_ARTICLE = re.compile(r"^(?:l['’]\s*|le\s+|la\s+|the\s+|this\s+|cet\s+|ce\s+)", re.IGNORECASE)


def _season_ahead(unit: str, position: int, today: date) -> str | None:
    """An end told by a season with no year («engagée en service civique jusqu'à l'été», "until the spring"):
    the next such season still to end (dates.SEASON_AHEAD), so the thing runs now; UNSURE when that season
    ends this very month (its day unsaid, like «fin novembre»). None when no season follows `position`."""
    lead = _SEASON_LEAD.match(unit, position)
    season = SEASON_AHEAD.match(unit, lead.end()) if lead else None
    if season is None:
        return None
    last = _SEASONS[_SEASON_ARTICLE.sub("", season.group()).strip().lower()][1]
    months = today.year * 12 + last - 1  # winter ends in the next year's February (month 14)
    if months < today.year * 12 + today.month - 1:
        months += 12
    return UNSURE if months == today.year * 12 + today.month - 1 else NOW


def ends_this_month(unit: str, start: int, today: date) -> bool:
    """The first end told after `start` (a mention) is still to come and dated by this month alone
    (read_by_end_date is UNSURE on it): «Mon contrat d'engagement se termine en novembre», «Oui, jusqu'à fin
    novembre», read in November. An end told as done («s'est terminé en novembre») is no such end."""
    if _at_its_end_this_month(unit, start, today) or finished_this_month(unit, start, today):
        return True
    end = END_WORDS.search(unit, start)
    if end is None or _PAST_PARTICIPLE.search(end.group()):
        return False
    return read_by_end_date(unit, end.end(), today) == UNSURE


# A verb of ending, not told done, right before the thing it ends (h-copen, stop 38): «je termine ce mois-ci
# mon stage», «je finis mon stage ce mois-ci», "I finish my placement this month".
_ENDING_VERB_BEFORE = re.compile(
    r"(?<!\bai )(?<!\ba )(?<!\bhave )(?<!\bhas )(?<!\bhad )"
    r"\b(?:termine|terminerai|finis|finirai|ach[eè]ve|ach[eè]verai|finish|complete|end)\b"
    r"(?P<mid>[^,;.!?]{0,30}?)\s(?:mon|ma|my|le|la|the)\s+$",
    re.IGNORECASE,
)


def finished_this_month(unit: str, start: int, today: date) -> bool:
    """«je termine ce mois-ci mon stage», "I finish my placement this month": the writer ends the thing named
    at `start`, by a verb before it, and dates that end by this month alone (no day): over by today, or on
    the 30th? Open, as «se termine en novembre» is."""
    verb = _ENDING_VERB_BEFORE.search(unit, max(0, start - 60), start)
    if verb is None:
        return False
    if _THIS_MONTH.match(unit, verb.start("mid")) is not None:
        return True
    word = re.match(r"[\w-]+", unit[start:])
    return read_by_end_date(unit, start + (word.end() if word else 0), today) == UNSURE


# The end of the thing named right after, as the place the writer stands in: «je suis en fin de service
# civique», «à la fin de mon stage», "at the end of my placement".
_AT_THE_END_OF = re.compile(
    r"\b(?:en|à la|a la|at the|near the)\s+(?:fin|end)\s+(?:de|d['’]|du|of)\s*(?:mon|ma|my)?\s*$",
    re.IGNORECASE,
)


def _at_its_end_this_month(unit: str, start: int, today: date) -> bool:
    """«Vu que je suis en fin de service civique ce mois-ci», "I'm at the end of my placement this month": the
    writer stands at the end of the thing named, and its clause dates that end by this month alone (no day):
    over by today, or on the 30th? Open, as «se termine en novembre» is."""
    if not _AT_THE_END_OF.search(unit, max(0, start - 30), start):
        return False
    cut = _CLAUSE_CUT.search(unit, start)
    clause = unit[: cut.start() if cut else len(unit)]
    this_month = _THIS_MONTH.search(clause, start) is not None
    return this_month or _dated_later_in_clause(clause, start, today, True) == UNSURE


# «ce mois-ci», «à la fin du mois», "this month", "at the end of the month": this month, no day said. Not
# a month named after it: «jusqu'à la fin du mois de mars 2027», "the end of the month of March" is March's;
# nor the next one: «à la fin du mois prochain», "the end of the month after" is next month's, ahead.
_THIS_MONTH = re.compile(
    r"\W*(?:(?:en|à|a|la|le|d[eu]|fin|at|by|in|the|end|of)\b[\s'’-]*)*"
    r"(?:ce mois(?:-ci)?|du mois|this month|the month)\b"
    r"(?!\s+(?:de|d['’]|of)\s*[^\W\d_]|\s+(?:prochain|suivant|after))",
    re.IGNORECASE,
)
# A day's figure right after the little words that lead a date: «le 30 novembre», «au 15», "on 3 December".
_DAY_TOLD = re.compile(
    r"\W*(?:(?:en|au|à|a|le|la|l'|l’|du|in|on|by|the|of|mi|mid|fin|d[ée]but|end|early|late)\b[\s-]*)*"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\s+)?(?:[0-3]?\d|premier)(?:er|st|nd|rd|th)?\b",
    re.IGNORECASE,
)

# «stage de fin d'études», "end-of-studies internship": with no article, the end names the kind of
# internship (the one that closes a course), not when it ends.
END_WORDS = re.compile(
    r"\b(?:fin(?!\s+d.[ée]tudes\b|\s+de\s+(?:cursus|cycle|parcours)\b)|termin\w*|jusqu\w*|prend fin|"
    r"s.ach[eè]ve\w*|s.arr[eê]te\w*|ends?(?!-of-)|ending|until|finishes|stops)\b",
    re.IGNORECASE,
)


def is_ended_by_date(unit: str, today: date, after: int = 0) -> bool:
    """«je suis stagiaire chez X (fin de la convention en avril 2025)»: the stated end is behind us. Only
    an end told after the mention counts: «j'ai terminé mon master en juin et je suis stagiaire …»."""
    end = END_WORDS.search(unit, after)
    when = find_date_after(unit, end.end(), today) if end else None
    return when is not None and when < today
