"""A course the writer follows now, told by its time: «cette année, je suis une prépa d'un an», «je fais un
second master en alternance depuis octobre», «je suis inscrite dans un DU jusqu'en juin 2027», «stagiaire de
la formation professionnelle jusqu'en avril», "I enrolled in a
postgraduate certificate, which runs until June".

A diploma course taken up after a diploma is studies running, whatever the diploma had before: the phrases
of studying (rules/lexicon/diplomas.toml) name the common ways («je suis en master»); here the meaning is
combined instead. The writer (a first person right before the verb) follows or enrols in (a verb of
following, meanings.toml `course_follow`) a course (a diploma's name, a course's kind `course_kind`, or a
generic training `course_generic`) put right after the verb (only `course_gap` words between), and the
sentence dates it as running today: an end still ahead after «jusqu'à» / "until" (situation_time), or, for a
diploma course, «depuis» / "since" or «cette année» / "this year".

Invariants: a sentence a phrase of studying already reads is left to education.py (which knows its teaching
over, its course no longer attended); a course said obtained in the sentence, a verb denied or supposed
(stance.py), a short course (a length in days or weeks), an end this month or passed say nothing here; a
generic training needs its end told ahead (a training of unsaid length stays for the coordinator); another's
course (no first person before the verb) is not the writer's; a sentence whose studies another reader left
asked stays asked (situation.py)."""

from __future__ import annotations

import re
from datetime import date

from intake.understanding.clauses import denied_before
from intake.understanding.diploma_level import find_diploma_spans
from intake.understanding.lexicon import WORD_RUN, Lexicon, load_meanings
from intake.understanding.situation_time import NOW, UNTIL_WORD, read_by_end_date
from intake.understanding.stance import FACT, stance_at
from intake.understanding.unfinished import GOT_EN, GOT_FR

# The writer as the subject right before the verb: «je», «j'», «je me suis», "I", "I'm".
_WRITER = frozenset(
    {"je", "j'", "j’", "j'ai", "j’ai", "i", "i'm", "i’m", "i've", "i’ve", "me", "m'", "m’", "moi"}
)
# Between the writer and the verb: auxiliaries and adverbs only («je me suis inscrite», "I am currently",
# «j'ai commencé», "I've just started").
_BETWEEN_SUBJECT = frozenset(
    {"suis", "me", "m'", "am", "have", "also", "actuellement", "currently", "now"}
) | {
    "ai",
    "just",
    "already",
    "déjà",
}
_GAP_WORDS = 6
# Told had in the sentence: the course named is then a diploma obtained. The holder named by the degree
# («je suis licenciée en droit depuis juin 2025», as Portuguese *licenciada*, Spanish *licenciado*: a
# graduate) has it; «depuis» dates the diploma, no course followed since («suis» is «être», not «suivre»).
_HAD = re.compile(
    rf"\b(?:{GOT_FR}|dipl[oô]m[ée]|titulaire|graduated|obtained|{GOT_EN})\w*"
    r"|\blicenci[ée]e?s?\s+(?:en|ès|es|in)\b",
    re.IGNORECASE,
)
# A short course: a length in days or weeks («de cinq semaines», "a six-week course") is no studies; a rhythm
# («cinq jours par semaine», «deux jours de cours par semaine», "two days of classes a week") is no length,
# nor a number beginning like «de» («deux jours»: only «d'» joins its word).
_SHORT = re.compile(
    r"(?:\b(?:de|pendant|sur|for|over)\s+|\bd['’]\s*)\w+\s+(?:jours?|semaines?|days?|weeks?)\b"
    r"(?!\s*(?:(?:de|d['’]|of)\s*\w+\s+)?(?:par|per|a)\b)"
    r"|\b\w+-(?:day|week)\b",
    re.IGNORECASE,
)
# A diploma course running since a past time or this year, its verb in the present.
_SINCE = re.compile(r"\b(?:depuis|since|cette ann[ée]e|this year)\b", re.IGNORECASE)


def follows_course_now(unit: str, lexicon: Lexicon, today: date) -> bool:
    """True when the writer says in `unit` they follow a course that runs on today (see the module)."""
    meanings = load_meanings()
    follow = meanings["course_follow"]
    words = list(WORD_RUN.finditer(unit))
    verbs = [i for i, w in enumerate(words) if follow.holds(w.group())]
    if not verbs or _SHORT.search(unit):
        return False  # the cheap test first
    if lexicon.studying is not None and lexicon.studying.search(unit):
        return False  # a phrase of studying education.py reads, with its exceptions («mais je n'y vais plus»)
    return any(_runs_today(unit, words, i, _named_courses(unit, lexicon), today) for i in verbs)


def _named_courses(unit: str, lexicon: Lexicon) -> set[int]:
    """Where a diploma's name (diploma_level.py) or a course of no national level («un DU»: the lexicon's
    `level_unknown`) is told: the start of each of its words."""
    found = [(s, e) for s, e, _l, _v in find_diploma_spans(unit, lexicon)]
    unknown = lexicon.level_unknown
    found += [(m.start(), m.end()) for m in unknown.finditer(unit)] if unknown is not None else []
    return {w.start() for w in WORD_RUN.finditer(unit) if any(s <= w.start() < e for s, e in found)}


def _runs_today(unit: str, words: list[re.Match[str]], at: int, spans: set[int], today: date) -> bool:
    """The verb `words[at]`, the writer's, with a course right after it, dated as running today."""
    verb = words[at]
    kind = _course_after(words, at, spans) if writer_opens_verb(words, at) else None
    if kind is None or _HAD.search(unit, verb.end()) or stance_at(unit, verb.start()) != FACT:
        return False
    if denied_before(unit, verb.start()):
        return False  # «je ne fais pas de master»
    until = UNTIL_WORD.search(unit, verb.end())
    if until is not None:
        return read_by_end_date(unit, until.end(), today) == NOW
    # A course begun («j'ai entamé une licence que j'ai abandonnée») runs only by an end still ahead.
    begun = verb.group().lower() in load_meanings()["course_begun"].lemmas
    return kind == "diploma" and not begun and _SINCE.search(unit) is not None


def writer_opens_verb(words: list[re.Match[str]], at: int) -> bool:
    """A first person opens the verb's phrase, only auxiliaries and adverbs between: «je me suis inscrite»
    (also course_run.py's)."""
    for word in reversed(words[max(0, at - 4) : at]):
        said = word.group().lower()
        if said in _WRITER:
            return True
        if said not in _BETWEEN_SUBJECT:
            return False
    return False


def _course_after(words: list[re.Match[str]], at: int, spans: set[int]) -> str | None:
    """«diploma» or «generic» for the course right after the verb (only gap words between), None for none."""
    meanings = load_meanings()
    kinds, generic, gap = meanings["course_kind"], meanings["course_generic"], meanings["course_gap"]
    for word in words[at + 1 : at + 1 + _GAP_WORDS]:
        if word.start() in spans or kinds.holds(word.group()):
            return "diploma"
        if generic.holds(word.group()):
            return "generic"
        if not gap.holds(word.group()):
            return None
    return None
