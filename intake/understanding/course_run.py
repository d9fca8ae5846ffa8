"""A course read by its start and its length: «j'ai commencé mon M2 en septembre, pour un an», «inscrit à un
DU de neuf mois commencé en octobre», «entré en septembre 2025 dans un master en alternance, un cursus de deux
ans», «un DU commencé en mars, qui dure entre six et neuf mois», "I started a one-year MSc in September".

The course runs through month M+D−1 of its start M and its length D (situation_time.by_last_month): a last
month after the reading day's says the studies run on, before it says nothing here (the diploma's date is
read elsewhere), this month — or lengths in doubt landing on both sides — leaves them open. A degree course
(a diploma of bac+2 or more named right after the start word) whose length is unsaid lasts a school year at
least: «j'ai commencé un master en septembre», "I started an MSc in October" read in November runs on; begun
longer ago, its end is unknown and it says nothing. Invariants: a start still ahead, a start with no month, a
course said obtained, stopped or not validated, or a start denied say nothing; the start, the course and the
length are said in one sentence."""

from __future__ import annotations

import re
from datetime import date, timedelta

from intake.understanding.clauses import denied_before
from intake.understanding.course_followed import writer_opens_verb
from intake.understanding.dates import bare_date, count_of, find_dates
from intake.understanding.diploma_level import find_diploma_spans
from intake.understanding.lexicon import WORD_RUN, Lexicon, Meaning, elided_opening, load_meanings
from intake.understanding.situation_time import (
    NOW,
    UNSURE,
    by_last_month,
    counted_back_start,
)
from intake.understanding.stance import FACT, stance_at
from intake.understanding.told_done import told_done
from intake.understanding.unfinished import GOT_EN, GOT_FR

# A length: «pour un an», «de neuf mois», «d'un an», «en deux ans», «sur quatre semestres», «entre six et neuf
# mois», "for two years", "a one-year MSc", "a ten-month course".
_COUNT = r"\d{1,2}|[a-zé]+(?:[- ][a-zé]+)?"
_UNIT = r"mois|ans?|ann[ée]es?|semestres?|months?|years?|semesters?"
_LENGTH = re.compile(
    rf"\b(?:(?:pour|de|d['’]|en|sur|for|over)\s*(?P<count>{_COUNT})|entre\s+(?P<low>{_COUNT})\s+et\s+(?P<high>"
    rf"{_COUNT})|between\s+(?P<low_en>{_COUNT})\s+and\s+(?P<high_en>{_COUNT}))\s+(?P<unit>{_UNIT})\b"
    rf"|\b(?P<compound>{_COUNT})-(?P<compound_unit>month|year|semester)\b",
    re.IGNORECASE,
)
_COUNTS = ("count", "low", "high", "low_en", "high_en", "compound")
# Said had in the sentence: the course is then a diploma obtained, its date read elsewhere.
_HAD = re.compile(rf"\b(?:{GOT_FR}|dipl[oô]m[ée]|graduated|obtained|{GOT_EN})\w*", re.IGNORECASE)
_NEAR = 60


def course_run(unit: str, lexicon: Lexicon, today: date) -> str | None:
    """NOW when a course begun in `unit` runs on today by its start and length, UNSURE on the edge, NOT_NOW
    when it is over; None when the sentence does not tell it that way."""
    starts = load_meanings()["course_start"]
    for word in WORD_RUN.finditer(unit):
        denied = denied_before(unit, word.start())
        if not starts.holds(word.group()) or denied:
            continue
        # «…, que j'ai obtenu en 2025»: the course begun was had after; a diploma had before it is another.
        if not _course_near(unit, word.start(), word.end(), lexicon) or _HAD.search(unit, word.end()):
            continue
        begun = _start_after(unit, word.end(), today)
        lengths = _lengths(unit, word.start())
        if begun is None:
            continue
        if not lengths:
            # A degree course lasts a school year at least: past it, its end is unknown — nothing is said.
            if _writer_began_degree(unit, word, lexicon) and by_last_month(begun, _SCHOOL_YEAR, today) == NOW:
                return NOW
            continue
        states = {by_last_month(begun, months, today) for months in lengths}
        return states.pop() if len(states) == 1 else UNSURE
    return NOW if entered_lately(unit, lexicon) else None


def entered_lately(unit: str, lexicon: Lexicon) -> bool:
    """The writer entered a degree course this school year, told with no date: as just done («je viens de
    rentrer en M1», «je viens de m'inscrire en licence pro», "I've just enrolled in an MSc") or as a renewed
    enrolment («je me suis réinscrite en M1 à distance», "I re-enrolled in my master's") — the course runs on.

    Invariants: a date after the entry leaves it to the start and length read above; another's entry (no
    first person), an entry denied, supposed or asked, a course said had or left in the sentence (a leaving
    under a condition, «et d'arrêter le master si je trouve», is a plan, not a leaving) say nothing; a plain
    «je suis entrée en M1», with no «just» and no renewal, may be years old and says nothing."""
    meanings = load_meanings()
    renewed, just, entry = meanings["course_renewed"], meanings["just_done"], meanings["course_entry"]
    starts, elided = meanings["course_start"], _elided()
    words = list(WORD_RUN.finditer(unit))
    for at, word in enumerate(words):
        said = elided.sub("", word.group())  # «d'intégrer»: the verb after its elided «de»
        if renewed.holds(said):  # its words are told done: «réinscrite», "re-enrolled"
            if not writer_opens_verb(words, at):
                continue
        elif not (entry.holds(said) or starts.holds(said)) or not _just_before(words, at, just):
            continue
        if denied_before(unit, word.start()):
            continue
        if stance_at(unit, word.start()) != FACT or _HAD.search(unit, word.end()):
            continue
        rest = re.split(r"[.;!?]", unit[word.end() :], maxsplit=1)[0]
        if find_dates(rest) or not _degree_course_after(unit, word.end(), lexicon):
            continue
        if not _left_for_good(rest, lexicon):
            return True
    return False


def _elided() -> re.Pattern[str]:
    """An elided word glued before a verb ([elided_clitic]): «d'intégrer», «d'arrêter», «m'inscrire»."""
    return elided_opening(load_meanings()["elided_clitic"].lemmas)


def _just_before(words: list[re.Match[str]], at: int, just: Meaning) -> bool:
    """A phrase of an act just done ([just_done]) right before the verb, clitic pronouns at most between
    ([clitic_before_verb]: «je viens de m'inscrire»)."""
    before = [w.group() for w in words[max(0, at - 5) : at]]
    glued = _elided().match(words[at].group())
    before += [glued.group()] if glued is not None and glued.group().lower()[0] == "d" else []
    clitics = load_meanings()["clitic_before_verb"]
    while before and clitics.holds(before[-1]):
        before.pop()
    tails = {" ".join(before[i:]).lower().replace("’", "'").replace("' ", "'") for i in range(len(before))}
    return any(phrase in tails for phrase in just.phrases)


def _left_for_good(rest: str, lexicon: Lexicon) -> bool:
    """The sentence after the entry says the course was left — not a leaving put under a condition («et
    d'arrêter le master si je trouve», "and to quit if I find a job"): that one is a plan."""
    if not _left(rest, 0, lexicon):
        return False
    meanings, elided = load_meanings(), _elided()
    condition, left = meanings["condition"], meanings["course_left"]
    leaving = [w for w in WORD_RUN.finditer(rest) if left.holds(elided.sub("", w.group()))]
    # Left for good when a leaving word has no condition after it, or when no word of [course_left] says it
    # (an «échec», a «non validé» read by _left).
    return not leaving or any(not condition.said_in(rest[w.end() :]) for w in leaving)


_SCHOOL_YEAR = 10  # September to June: the shortest a course leading to a bac+2 or more lasts


def _writer_began_degree(unit: str, word: re.Match[str], lexicon: Lexicon) -> bool:
    """The writer says, as a fact, she began a degree course that the sentence does not say she left: «j'ai
    commencé un master», not «mon frère a commencé», «je devais commencer», «… mais je l'ai quitté»."""
    words = list(WORD_RUN.finditer(unit))
    at = next(i for i, w in enumerate(words) if w.start() == word.start())
    if not told_done(word.group().lower(), in_it=True) and word.group().lower() not in _STARTED:
        return False  # an infinitive or a present («commencer», «je commence»): no start told as done
    if not writer_opens_verb(words, at) or stance_at(unit, word.start()) != FACT:
        return False
    return _degree_course_after(unit, word.end(), lexicon) and not _left(unit, word.end(), lexicon)


_STARTED = frozenset({"started", "began", "begun", "enrolled", "entered", "joined"})


def _degree_course_after(unit: str, end: int, lexicon: Lexicon) -> bool:
    """A diploma of bac+2 or more named right after the start word as its object, only little words between
    ([course_gap]: «commencé un master», «entrée en licence pro»); not a DU, a certificate or a training,
    whose length may be weeks, nor a diploma told after another word («which I started after my Master's»)."""
    after = [(s, level) for s, _e, _l, level in find_diploma_spans(unit, lexicon) if end <= s < end + _NEAR]
    if not after:
        return False
    gap = load_meanings()["course_gap"]
    if not all(gap.holds(w.group()) for w in WORD_RUN.finditer(unit, end, after[0][0])):
        return False
    level = after[0][1]
    return isinstance(level, int) and level >= 2


def _left(unit: str, end: int, lexicon: Lexicon) -> bool:
    """The sentence says the course stopped, not validated or left («…, que j'ai arrêté en octobre», «… mais
    je l'ai quitté», "but I dropped it")."""
    rest = re.split(r"[.;!?]", unit[end:], maxsplit=1)[0]
    if any(p is not None and p.search(rest) for p in (lexicon.not_obtained, lexicon.abandoned)):
        return True
    left = load_meanings()["course_left"]
    return any(left.holds(w.group()) for w in WORD_RUN.finditer(rest))


def _course_near(unit: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """The course is what the start word begins: named after it, before any situation («commencé mon M2»,
    «entré en septembre 2025 dans un master»), or right before it in its own phrase («un DU … commencé»); not
    a diploma told before in another clause («BTS en 2025, puis j'ai commencé un service civique»)."""
    found = [(s, e) for s, e, _l, _v in find_diploma_spans(unit, lexicon)]
    unknown = lexicon.level_unknown
    found += [(m.start(), m.end()) for m in unknown.finditer(unit)] if unknown is not None else []
    courses = set(lexicon.structure.unfinished.get("courses", ()))
    found += [(w.start(), w.end()) for w in WORD_RUN.finditer(unit) if w.group().lower() in courses]
    situations = [m.start() for name in _SITUATIONS for m in _names_of(lexicon, name, unit)]
    after = [s for s, _e in found if end <= s < end + _NEAR]
    if after and not any(end <= at < min(after) for at in situations):
        return True
    if _CLASSES_BEGAN.search(unit, 0, start) and any(e <= start for _s, e in found):
        return True  # «j'ai été prise en licence pro, et les cours ont démarré…»: that course's classes
    return any(start - _NEAR <= e <= start and _OWN_PHRASE.fullmatch(unit[e:start]) for _s, e in found)


_SITUATIONS = ("internship", "service_civique")
# The classes as the subject of the start verb, right before it: «les cours ont démarré», "classes began".
_CLASSES_BEGAN = re.compile(
    r"\b(?:les |mes |the |my )?(?:cours|classes|lectures)\s+(?:ont\s+|avaient\s+|have\s+|had\s+)?$",
    re.IGNORECASE,
)
# Between a course and a participle of its start, the words of its own phrase only: no clause, no subject.
_OWN_PHRASE = re.compile(r"(?![^,;()]*\b(?:je|j['’]|g|i|il|elle|on|nous|we|she|he)\b)[^,;()]*", re.IGNORECASE)


def _names_of(lexicon: Lexicon, name: str, unit: str) -> list[re.Match[str]]:
    situation = lexicon.situations.get(name)
    patterns = (situation.names, situation.roles) if situation is not None else ()
    return [m for p in patterns if p is not None for m in p.finditer(unit)]


def _start_after(unit: str, end: int, today: date) -> date | None:
    """The month the start word dates in its sentence, as that month's last day: «commencé en octobre» (the
    last October), «entré en septembre 2025», «il y a deux mois»; None when it dates none, gives a year only,
    or lies ahead."""
    rest = re.split(r"[.;!?]", unit[end:], maxsplit=1)[0]
    written = {d.start: d for d in find_dates(rest) if d.month is not None}
    for prep in _START_PREP.finditer(rest):
        if _UNTIL_BEFORE.search(rest, 0, prep.start()):
            continue  # «…, jusqu'au 6 février», "until June": the course's end, no start
        same = written.get(prep.end())
        bare = bare_date(rest[prep.end() :], today, False)
        found = _month_end(*same.bounds()[1]) if same is not None else bare
        if found is not None:
            return found if found <= today else None
    return counted_back_start(rest, today)


_START_PREP = re.compile(r"\b(?:en|in|à|au|de|d['’]|since|depuis|dès|le|on)\s*", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"(?:jusqu['’]\s*|\b(?:until|till)\s+)$", re.IGNORECASE)


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _lengths(unit: str, start: int) -> list[int]:
    """The lengths, in months, said in the sentence of the start word: one, or two bounds of a range."""
    sentence_start = max(unit.rfind(s, 0, start) for s in ".;!?") + 1
    stop = re.search(r"[.;!?]", unit[start:])
    sentence = unit[sentence_start : start + stop.start()] if stop else unit[sentence_start:]
    for found in _LENGTH.finditer(sentence):
        said = [found.group(g) for g in _COUNTS if found.group(g)]
        unit_word = (found.group("unit") or found.group("compound_unit")).lower()
        per = 1 if unit_word.startswith(("mois", "month")) else 6 if unit_word.startswith("sem") else 12
        counts = [_counted(s) for s in said]
        if all(counts):
            return [c * per for c in counts]
    return []


def _counted(said: str) -> int:
    try:
        return count_of(said)
    except KeyError:
        return 0  # «pour mes études», «de deux»: no count
