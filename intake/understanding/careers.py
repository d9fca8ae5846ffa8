"""Years spent in another job: an established professional moving to the ESS is changing career.

A teacher, a nurse or an accountant with years in post who now looks for a job in the ESS is a career
change (not admitted), even without the word «reconversion». What counts is a duration of at least
`min_years` said of a job: «Comptable pendant six ans, j'ai repris mes études», «Aide-soignante depuis
15 ans», «Je suis professeur des écoles depuis 2019», "I have been a nurse for eight years", a CV line
«Depuis 2019 - Chauffeur-livreur (CDI)». Studies, internships, volunteering, a job search or a job held
alongside studies are not such a job (rules/lexicon/careers.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.dates import count_of
from intake.understanding.employers import load_employers
from intake.understanding.figures import TURN, hears
from intake.understanding.lexicon import (
    FIRST_PERSON_SPEAKING,
    KeptReadings,
    all_matches,
    first_match,
    load_lexicon,
    load_meanings,
    read_table,
)
from intake.understanding.prefilter import holds_any, lower


@dataclass(frozen=True)
class Careers:
    min_years: int
    numbers: dict[str, int]
    work: tuple[str, ...]
    being: tuple[str, ...]
    not_jobs: tuple[str, ...]
    alongside: tuple[str, ...]
    in_the_field: tuple[str, ...]
    left_a_post: tuple[str, ...]
    resumed_studies: tuple[str, ...] = ()
    hired: tuple[str, ...] = ()
    before_not_work: tuple[str, ...] = ()
    years_of_work: re.Pattern[str] | None = None
    varied: tuple[str, ...] = ()
    naming: tuple[str, ...] = ()
    turn: tuple[str, ...] = ()
    schooling: tuple[str, ...] = ()
    degrees: tuple[str, ...] = ()
    permanent_post: tuple[str, ...] = ()
    held_now: tuple[str, ...] = ()
    not_held: tuple[str, ...] = ()
    weighing: tuple[str, ...] = ()
    beside_work: tuple[str, ...] = ()
    employer: tuple[str, ...] = ()
    path: tuple[str, ...] = ()
    family_owner: tuple[str, ...] = ()
    resumed_before: tuple[str, ...] = ()  # [resumed] before: words opening a sentence of the time before
    resumed_no_trade: tuple[str, ...] = ()  # [resumed] no_trade: a life that is no trade
    through_studies: re.Pattern[str] | None = None  # [phrases] through_studies: the course's own time
    before_and_during: tuple[str, ...] = ()  # [words] before_and_during: begun before the course, kept on
    changed: tuple[str, ...] = ()  # [words] changed: what «changer de …» changes in a turn (voie, métier…)


def load_careers(rules_dir: Path | None = None) -> Careers:
    """The word lists of `rules_dir` (default: the rules in use), read once per directory."""
    return _CAREERS_IN_USE.load(rules_dir, _load_careers)


_CAREERS_IN_USE: resources.InUse[Careers] = resources.InUse()


@lru_cache(maxsize=4)
def _load_careers(rules_dir: Path) -> Careers:
    data = read_table(rules_dir, "careers.toml")
    words, phrases = data.get("words", {}), data.get("phrases", {})
    years_of_work = phrases.get("years_of_work", [])
    through = phrases.get("through_studies", [])
    return Careers(
        int(data.get("min_years", 3)),
        {k: int(v) for k, v in data.get("numbers", {}).items()},
        tuple(words.get("work", [])),
        tuple(words.get("being", [])),
        tuple(words.get("not_jobs", [])),
        tuple(words.get("alongside", [])),
        tuple(words.get("in_the_field", [])),
        tuple(words.get("left_a_post", [])),
        tuple(words.get("resumed_studies", [])),
        tuple(words.get("hired", [])),
        tuple(words.get("before_not_work", [])),
        re.compile("|".join(years_of_work), re.IGNORECASE) if years_of_work else None,
        tuple(phrases.get("varied", [])),
        tuple(phrases.get("naming", [])),
        tuple(words.get("turn", [])),
        tuple(words.get("schooling", [])),
        tuple(words.get("degrees", [])),
        tuple(words.get("permanent_post", [])),
        tuple(words.get("held_now", [])),
        tuple(words.get("not_held", [])),
        tuple(words.get("weighing", [])),
        tuple(words.get("beside_work", [])),
        tuple(words.get("employer", [])),
        tuple(words.get("path", [])),
        tuple(words.get("family_owner", [])),
        tuple(data.get("resumed", {}).get("before", [])),
        tuple(data.get("resumed", {}).get("no_trade", [])),
        re.compile("|".join(through), re.IGNORECASE) if through else None,
        tuple(words.get("before_and_during", [])),
        tuple(words.get("changed", [])),
    )


COUNT = r"(?P<n>\d{1,2}|[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*)"  # «dix-sept», "twenty-four" too
# «10 a.», "12 yrs": the years abbreviated in a note; «d'années» after a round count («une douzaine
# d'années»: careers.toml [numbers] says how many).
YEARS = r"(?:(?:ans|(?:d['’]\s?)?années|annees|years|yrs)\b|a\.(?!\w))"
# «depuis 15 ans», «pendant six ans», «depuis 2019», "for eight years", "since 2019" (case-insensitive); a
# learner's calque of "for" or "during" too («professeur pour dix ans», "accountant during twelve years").
_DURATION = re.compile(
    r"(?i)\b(?:depuis|pendant|durant|for|since|pour|during)\s+"
    r"(?:maintenant\s+|plus de\s+|près de\s+|over\s+|more than\s+)?"
    rf"(?:{COUNT}\s+{YEARS}|(?:[a-zéû]+\.?\s+)?(?P<year>(?:19|20)\d\d)\b)"
)
# «de septembre 2019 à août 2023», "from 2011 to 2023", «(2011-2023, CDI)»: a job's span inside a sentence.
_SPAN = re.compile(
    r"(?i)(?:\b(?:de|from|entre|between)\s+|\()(?:[a-zéû]+\.?\s+)?(?P<began>(?:19|20)\d\d)\s*"
    r"(?:à|au|to|until|et|and|[-–])\s*(?:[a-zéû]+\.?\s+)?(?P<ended>(?:19|20)\d\d)\b"
)
# «dix ans d'expérience dans la banque», "ten years of experience as…": the duration names the job itself.
_EXPERIENCE = re.compile(
    rf"(?i)\b{COUNT}\s+{YEARS}\s+(?:d.exp[ée]rience|de carri[eè]re|de m[ée]tier|of experience)"
)

# The domain said right after years of experience: «dans l'accompagnement de publics fragiles», "in youth
# work", up to the clause's end.
_EXPERIENCE_DOMAIN = re.compile(r"(?i)\s+(?:dans|en|au(?:près)?|in|with)\b[^,;:.()\n]{2,60}")

# «vingt ans de commerce derrière moi», «quinze ans de vente à mon actif», "twenty years of retail behind me":
# years of a trade the writer carries with them (h-ostale, stop 37) — the trade is named between.
_CARRIED = re.compile(
    rf"(?i)\b{COUNT}\s+{YEARS}\s+(?:de|d['’]|of|in)\s*(?P<trade>[^,;:.()]{{2,40}}?)\s+"
    r"(?:derri[eè]re\s+moi|[àa]\s+mon\s+actif|behind\s+me|under\s+my\s+belt)\b"
)
# «onze ans en CDI», «dix-sept ans de CDI», "ten years on a permanent contract": years under a work contract
# are years in a job, whatever the sentence names around it (a master resumed after them).
_UNDER_CONTRACT = re.compile(
    rf"(?i)\b{COUNT}\s+{YEARS}\s+(?:en|de|d['’]un|sous|on an?|of)\s+(?:CDI|CDD|permanent contract|"
    r"fixed-term contract|full-time)\b"
)
# «sept ans comme aide-soignante», "five years as a teacher": the duration names the role that follows it. The
# role ends where the time after it is told («… aide-soignante avant sa reprise d'études»: the studies resumed
# are no part of the role). Full time said between them is how the role was held («cinq ans à plein temps
# comme poseur», "six years full-time as a driver").
_AS_ROLE = re.compile(
    rf"(?i)\b{COUNT}\s+{YEARS}\s+(?:(?:[àa]\s+(?:plein\s+temps|temps\s+plein)|full[- ]time),?\s+)?"
    r"(?:comme|en tant que?|as an?)\s+"
    r"(?P<role>(?:(?!\s(?:avant|before|puis|then|jusqu|until|après|after)\b)[^,;:.()])+)"
)


def years_counted(match: re.Match[str], careers: Careers, today: date) -> int:
    if match.groupdict().get("year"):
        return today.year - int(match.group("year"))
    count = match.group("n").lower()
    if count.isdigit() or count in careers.numbers:
        return int(count) if count.isdigit() else careers.numbers[count]
    try:
        return count_of(count)  # «dix-sept», «quatorze», "twenty-four": any count written in words
    except KeyError:
        return 0  # not a count («quelques», «mes»)


def has_any(text: str, stems: tuple[str, ...]) -> bool:
    """One of `stems` inside `text`, in lower case, anywhere (a stem, not a word: «salarié» in «salariée»)."""
    # holds_any: one search of the stems' trie, kept per tuple by its id (the alternation's lru_cache hashed
    # the whole tuple on every call); the same answer, a stem found anywhere.
    return bool(stems) and holds_any(lower(text), stems)


def held_alongside(text: str, careers: Careers) -> bool:
    """The job told is a student's: held beside the course or for the summers and weekends (`alongside`:
    «en parallèle», «l'été», «le samedi»), or its time told as the course's own time («pendant toute ma
    licence», "all through my degree": `through_studies`) — however many years it spans, no trade."""
    through = careers.through_studies
    return has_any(text, careers.alongside) or (through is not None and bool(first_match(through, text)))


# What is said before the duration is not a job when it is a participle («engagée», «installé»), a place
# («en recherche», «à la fac») or a whole clause with its subject («je vis en France»).
_PARTICIPLE = re.compile(r"(?i)(?:é|ée|és|ées)$")
_PREPOSITION = re.compile(r"(?i)^(?:en|à|au|aux|dans|sur|chez|in|at|on|out)\b")
_PRONOUN = re.compile(r"(?i)\b(?:je|j['’]|i|il|elle|on|nous)\b")


def _names_a_job(left: str, careers: Careers) -> bool:
    """What comes before the duration, in its clause, says a job: a work verb, «je suis / j'ai été» and a
    role, or a role alone at the start («Comptable pendant six ans, …»)."""
    said = _without_the_time_before(_without_the_owner(left.strip(" -–—\t").lower(), careers))
    if not said or has_any(said, careers.not_jobs):
        return False
    if has_any(said, careers.work):
        return True
    for being in careers.being:
        if said.startswith(being) or f" {being} " in f" {said}":
            role = said.split(being, 1)[1].strip()
            role = re.sub(r"^(?:un|une|a|an)\s+", "", role)
            if role.startswith(careers.hired):
                return True  # «j'ai été salariée …»: being hired is holding a job
            return bool(role) and not _PREPOSITION.match(role) and not _PARTICIPLE.search(role.split()[0])
    words = said.split()
    return 0 < len(words) <= 4 and not _PRONOUN.search(said) and not _PARTICIPLE.search(words[0])


# A time adjunct set before the subject, naming the turn the role came before: "before going back to uni I
# had been…", «avant de reprendre la fac j'avais été…». It dates the role; its words are not the role.
_TIME_BEFORE = re.compile(r"\b(?:before|avant d[e'’])\s*[^,;]*?(?=\bi\s|\bje\s|\bj['’])")


def _without_the_time_before(said: str) -> str:
    """The clause before a duration without a time adjunct naming what came after the role (c-out)."""
    return _TIME_BEFORE.sub(" ", said)


def _without_the_owner(said: str, careers: Careers) -> str:
    """«j'ai tenu la boutique de mes parents», "I ran my parents' shop": the family named as the owner of the
    business worked in says whose business it is, not the writer's own state (a parent, a mother: not_jobs),
    so the words are read without it."""
    for owner in careers.family_owner:
        said = said.replace(owner, " ")
    return said


CLAUSE_BREAK = re.compile(r"(?i)[,;:)]|\.\s| et | mais | and | but ")


def clause_before(unit: str, start: int) -> str:
    left = 0
    for m in CLAUSE_BREAK.finditer(unit, 0, start):
        left = m.end()
    return unit[left:start]


# What a job held says: another career (a change of career), or maybe one (years in the ESS's own trades, a
# post resigned from): the coordinator asks.
ANOTHER_CAREER, MAYBE_ANOTHER = "another_career", "maybe_another"
# Years in one of the field's own trades spent in the ESS itself: a progression, read as no career change.
IN_THE_FIELD = "in_the_field"


def years_in_a_job(
    unit: str, today: date, careers: Careers | None = None, before_told: bool = False
) -> str | None:
    """ANOTHER_CAREER when a sentence (or a CV line) says the writer held a job for `min_years` years or
    more; MAYBE_ANOTHER when that job is one of the field's own (an animator for years now aiming at a
    coordinator's post in an association: a progression or a change? the coordinator asks). `before_told`:
    what came before studies resumed is told as no trade beside the unit (resumed_after.py)."""
    careers = careers or load_careers()
    # Kept per (unit, today, before_told): a pure reading of them and of the careers' words (the owner,
    # compared by identity); a CV sent in three formats, a line every mail holds, is read once.
    return _IN_A_JOB.read(
        careers, (unit, today, before_told), lambda: _in_a_job(unit, today, careers, before_told)
    )


_IN_A_JOB: KeptReadings[str | None] = KeptReadings()


def _in_a_job(unit: str, today: date, careers: Careers, before_told: bool) -> str | None:
    told = _years_in_a_job_told(unit, today, careers, before_told)
    # «animatrice depuis quatre ans en parallèle de mes études»: a student job. Asked only of a job found
    # (most units tell none, and the course's own time is a long alternation).
    if told is None or not held_alongside(unit, careers):
        return told
    # «vendeur quatre ans, avant et pendant ma licence», "before and during my degree": begun before the
    # course, for how long before is unsaid — a student's job or a trade left? The coordinator asks.
    return MAYBE_ANOTHER if has_any(unit, careers.before_and_during) else None


def _years_in_a_job_told(unit: str, today: date, careers: Careers, before_told: bool) -> str | None:
    """What the unit's years in a job say, read by how they are told: a post left, years of work, years
    counted beside a trade, years after a role, a CV's line, a span of years; else a path asked about."""
    if has_any(unit, careers.left_a_post):
        return MAYBE_ANOTHER  # «j'ai démissionné en octobre»: a post held, for how long? the coordinator asks
    # first_match, all_matches: the same matches, sought only in a unit holding the pattern's literal pieces
    # (most units hold none).
    worked = first_match(careers.years_of_work, unit) if careers.years_of_work is not None else None
    if worked is not None:
        kind = _kind_of_work(unit[worked.end() :], careers)
        # «quelques années dans l'hôtellerie», "a few years in retail": a trade named, its length vague —
        # a career or jobs between studies? Asked (the corpora's convention), never a change told.
        return MAYBE_ANOTHER if kind == ANOTHER_CAREER and _VAGUE_COUNT.search(worked.group()) else kind
    return (
        _years_counted_in_a_trade(unit, today, careers)
        or _years_for_how_long(unit, today, careers)
        # «j'ai été infirmière sept ans», «Avant : 8 ans mécanicien»
        or _years_after_a_role(unit, careers, today)
        # a CV's line inside a mail's body: «- 2010-2024 : conducteur de bus (CDI)»
        or (years_on_a_cv_line(unit, None, today, careers) if _PERIOD.match(unit) else None)
        or _years_of_a_span(unit, careers)
        or _years_at_a_firm(unit, careers, today)  # «après huit ans dans ma banque»
        or _path_asked(unit, careers, before_told)
        or _a_while_after_a_role(unit, careers)  # «j'ai été conductrice de car « un certain temps »»
    )


def _years_counted_in_a_trade(unit: str, today: date, careers: Careers) -> str | None:
    """Years counted as experience, carried in a trade, under a contract or in a role («dix ans d'expérience»,
    «huit ans en CDI», «cinq ans comme chauffeur»), `min_years` or more."""
    for m in all_matches(_EXPERIENCE, unit):
        if years_counted(m, careers, today) >= careers.min_years and not has_any(unit, careers.not_jobs):
            # «cinq années d'expérience dans l'accompagnement de publics fragiles»: the domain named right
            # after the years is where they were spent, as a trade named before them is.
            domain = _EXPERIENCE_DOMAIN.match(unit, m.end())
            said = unit[: m.end()] + (domain.group() if domain else "")
            return vaguely(m, which_career(said, careers))
    for m in all_matches(_CARRIED, unit):
        trade = m.group("trade")
        if years_counted(m, careers, today) >= careers.min_years and not has_any(trade, careers.not_jobs):
            return vaguely(m, which_career(trade, careers))
    for m in all_matches(_UNDER_CONTRACT, unit):
        if years_counted(m, careers, today) >= careers.min_years:
            return which_career(_clause_of(unit, m), careers)
    for m in all_matches(_AS_ROLE, unit):
        role = m.group("role")
        if years_counted(m, careers, today) >= careers.min_years and not has_any(role, careers.not_jobs):
            return vaguely(m, which_career(role, careers))
    return None


def _years_for_how_long(unit: str, today: date, careers: Careers) -> str | None:
    """A duration told of a job named in its clause or around it («depuis six ans comme aide-soignante»):
    `min_years` or more, or a vague count of a job («depuis quelques années»), asked."""
    for m in all_matches(_DURATION, unit):
        if (m.group("n") or "").lower() in _VAGUE_WORDS and _vague_job(unit, m, careers):
            return MAYBE_ANOTHER  # «comme aide-comptable, depuis quelques années»: held how long? Asked
        if years_counted(m, careers, today) < careers.min_years:
            continue
        left = clause_before(unit, m.start())
        if left.rstrip().endswith("("):
            continue  # «Trésorière de l'association (depuis 2020)»: a CV's engagement, told aside
        if _headed_by_no_job(unit, m.start(), careers):
            continue  # «Bénévole, club d'investisseurs solidaires - depuis 2019»: the line's role is no job
        said = left if left.strip() else _job_around(unit, m, careers)
        if re.search(r"[^\W\d_]{3}", said) and _names_a_job(said, careers):
            return MAYBE_ANOTHER if _maybe_short(m, careers, today) else which_career(said, careers)
    return None


def _headed_by_no_job(unit: str, start: int, careers: Careers) -> bool:
    """A CV line headed by its role alone, set off by a comma before the place and the time («Bénévole,
    club d'investisseurs - depuis 2019», «Volunteer, food bank, since 2020»): a role of `not_jobs` (a
    volunteer, a student, a trainee) heads what the duration counts, whatever the place after it is."""
    head = unit[:start].split(",", 1)
    if len(head) != 2 or _PRONOUN.search(head[1]) or _THEN_ANOTHER.search(head[1]):
        # «Étudiante, j'ai été caissière depuis 2015», «Bénévole, puis comptable, depuis 2015»: a clause of
        # its own, or a next role, follows: the duration counts that one
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", head[0])
    role = 0 < len(words) == len(head[0].split()) <= 3 and not _AFTER_OR_DURING.match(head[0].strip())
    return role and has_any(head[0].lower(), careers.not_jobs)


def _role_word_no_job(unit: str, careers: Careers) -> bool:
    """The line's first word, its role, is itself no job («Bénévole, …», "Volunteer, …"); not a trade whose
    words go on to name a course («Professeur en BTS, lycée …»: a teacher's years, «BTS» though studies)."""
    first = re.match(r"\W*([^\W\d_][\w'’-]*)", unit)
    return first is not None and has_any(first.group(1).lower(), careers.not_jobs)


_THEN_ANOTHER = re.compile(r"(?i)\b(?:puis|ensuite|et|then|and|later)\b")
# A time set before the line's words («Après mes études, …», «Pendant ma licence, …», "After my degree, …"):
# no role heading the line.
_AFTER_OR_DURING = re.compile(r"(?i)(?:après|avant|pendant|durant|depuis|after|before|during|since)\b")


def _years_of_a_span(unit: str, careers: Careers) -> str | None:
    """A span of years («de 2015 à 2023») `min_years` long or more, said of a job beside it; not of a CV
    line headed by a role that is no job («Bénévole, Restos du cœur, Lille (2019-2023)»)."""
    for m in all_matches(_SPAN, unit):
        if int(m.group("ended")) - int(m.group("began")) >= careers.min_years:
            if _headed_by_no_job(unit, m.start(), careers) and _role_word_no_job(unit, careers):
                # «Volunteer, tenants' association, Leeds (2023-2026)»: the role heading the line is no job,
                # whatever the place (a town, an association) named before the span
                continue
            job = _job_beside(unit, m, careers)
            if job is not None:
                return which_career(job, careers)
    return None


# Years spent at an employer named by its kind: «huit ans dans ma banque», «dix ans chez un cabinet», "six
# years at a bank" (the noun heading the place: employers.toml [types], commercial by itself).
_AT_A_FIRM = re.compile(
    rf"(?i)\b{COUNT}\s+{YEARS}\s+(?:dans|chez|à|au|en|at|in|with|for)\s+"
    r"(?P<det>ma|mon|notre|la|le|l['’]|une?|cette|ce|my|our|a|an|the|this)\s*(?P<place>[^\W\d_][\w-]*)"
)


def _years_at_a_firm(unit: str, careers: Careers, today: date) -> str | None:
    """Years spent at an employer commercial by its kind («après huit ans dans ma banque», "ten years at a
    consulting firm"), `min_years` or more: years of another trade, whatever the role (t-sig)."""
    if not _AT_A_FIRM.search(unit):
        return None  # the cheap test: most units name no years at a place
    employers = load_employers()
    kinds = employers.french.types + employers.english.types
    for m in _AT_A_FIRM.finditer(unit):
        place = m.group("place").lower()
        # The writer's own years: said in a clause of theirs («j'ai … après huit ans dans un cabinet») or at
        # their own firm («ma banque»), not «mon responsable a fait vingt ans dans la banque».
        before = clause_before(unit, m.start())
        own = FIRST_PERSON_SPEAKING.search(before) or load_meanings()["own_possessive"].holds(m.group("det"))
        if own and years_counted(m, careers, today) >= careers.min_years and place.startswith(kinds):
            # «une banque alimentaire», «une banque coopérative», «bénévole dans une banque…»: no trade
            phrase = before + re.split(r"[,;:.()]", unit[m.end() :], maxsplit=1)[0]
            if not (has_any(phrase, employers.not_outside) or has_any(phrase, careers.not_jobs)):
                return vaguely(m, ANOTHER_CAREER)
    return None


def _path_asked(unit: str, careers: Careers, before_told: bool) -> str | None:
    """No years told, but a path the coordinator asks about: studies resumed, or a winding path."""
    resumed = has_any(unit, careers.resumed_studies) and not has_any(unit, careers.before_not_work)
    resumed = resumed and not before_told
    # «après une reprise d'études à 31 ans»: after what? Asked. So is a winding path («mon parcours a connu
    # quelques détours avant la licence», "my career took a turn"): what the detour was, it does not say.
    winding = has_any(unit, careers.path) and hears(unit, TURN) is not None
    return MAYBE_ANOTHER if resumed or winding else None


def vaguely(count: re.Match[str], kind: str | None) -> str | None:
    """Years of another trade counted vaguely («plusieurs années comme chauffeur-livreur», "several years of
    experience"): how long, a career or a job to live on? Asked (h-copen, stop 38), never a change told."""
    vague = (count.groupdict().get("n") or "").lower() in _VAGUE_WORDS
    return MAYBE_ANOTHER if vague and kind == ANOTHER_CAREER else kind


def _vague_job(unit: str, duration: re.Match[str], careers: Careers) -> bool:
    """A trade outside the field named around a duration of vague length («depuis quelques années», "for
    some years"), no student's job: a career or a stopgap, the length does not say."""
    left = clause_before(unit, duration.start())
    said = left if left.strip() else _job_around(unit, duration, careers)
    named = bool(re.search(r"[^\W\d_]{3}", said)) and _names_a_job(said, careers)
    return named and not has_any(said, careers.not_jobs) and which_career(said, careers) == ANOTHER_CAREER


# A duration with no preposition, as a learner (or a note) says it: «j'ai été infirmière sept ans», «je suis
# travaillé comme chauffeur dix ans», «Avant : 8 ans mécanicien».
_BARE_YEARS = re.compile(rf"(?i)(?<![\w'’])\b{COUNT}\s+{YEARS}(?!\s+ago\b)")
# A word right before the count that makes it no bare duration: a preposition («depuis», «à 25 ans», «il y a
# dix ans», «de trois ans»), read by the other patterns or not a job's length at all.
_NOT_BARE = {
    "depuis", "pendant", "durant", "pour", "a", "à", "de", "d'", "d’", "en", "après", "avant", "dans", "sur",
    "since", "for", "during", "at", "of", "in", "after", "before", "within", "les", "des", "mes", "the",
}
# The role said before the duration: after «comme», "as", "like" (a learner's "as"), or after «j'ai été».
_ROLE_BEFORE = re.compile(r"(?i)\b(?:comme|en tant que?|as an?|as|like an?|like)\s+(?P<role>[^,;:.()]+)$")
_BEFORE = ("avant", "auparavant", "before", "previously")
# Where a role told in a note was held, after it: «huit ans auxiliaire de puériculture dans une crèche».
_PLACE_OF_ROLE = re.compile(r"(?i)\s(?:dans|chez|à|au|aux|at|in|for|with)\s")


def _years_after_a_role(unit: str, careers: Careers, today: date) -> str | None:
    """Years said bare right after the role they were spent in («j'ai été comptable huit ans», «je
    travaillais comme chauffeur dix ans»), or right before it in a note that dates them before («Avant : 8
    ans mécanicien»). An age is no such duration: the role must be said as a role (after «comme», «j'ai
    été»), never a name («Moi Mustafa, 34 ans»)."""
    for m in _BARE_YEARS.finditer(unit):
        word = re.search(r"([\w'’]+)\s*$", unit[: m.start()])  # right before it, no punctuation between
        after_a_preposition = word is not None and word.group(1).lower() in _NOT_BARE
        if after_a_preposition or years_counted(m, careers, today) < careers.min_years:
            continue
        bracketed = _bracketed_after_role(unit, m)
        if bracketed and _names_a_job(bracketed, careers) and not has_any(bracketed, careers.not_jobs):
            return vaguely(m, which_career(bracketed, careers))  # «ex-secrétaire médicale (plusieurs années)»
        left = clause_before(unit, m.start())
        role = _ROLE_BEFORE.search(left.rstrip())
        said = role.group("role") if role else left
        being = has_any(left, careers.being) and not has_any(left, careers.work)
        if (role or being) and not has_any(said, careers.not_jobs) and _names_a_job(left, careers):
            return vaguely(m, which_career(said, careers))  # «j'ai été cheffe plusieurs années»: asked
        start = m.start() - len(left)
        earlier = clause_before(unit, start - 1).strip().lower() if start > 1 and not left.strip() else ""
        after = re.split(r"[,;(.]", unit[m.end() :], maxsplit=1)[0].strip(" -–—:")
        after = _PLACE_OF_ROLE.split(after, maxsplit=1)[0]  # «… auxiliaire de puériculture dans une crèche»
        if earlier.endswith(_BEFORE + careers.resumed_before) and after and _names_a_job(after, careers):
            return vaguely(m, which_career(after, careers))
    return None


# A role noted with its years alone in brackets right after it, in a telegraphic note (t-short, stop 45):
# «ex-secrétaire médicale (plusieurs années)», «Agent immobilier (7 ans)».
_ROLE_THEN_BRACKET = re.compile(r"(?P<role>[^,;:.()|→]+?)\s*\(\s*$")


def _bracketed_after_role(unit: str, years: re.Match[str]) -> str:
    """The role the `years` are bracketed after, the brackets holding those years alone; else ""."""
    role = _ROLE_THEN_BRACKET.search(unit[: years.start()])
    closed = re.match(r"\s*\)", unit[years.end() :])
    said = role.group("role").strip() if role and closed else ""
    # «vu mon âge (34 ans)», "at an age (31)": an age in brackets, no years of work.
    # Only a trade told former («ex-», «ancien»): «diplôme d'éducateur (trois ans)» is a course's length.
    if not _FORMER.match(said) or _AGE.search(said) or len(said.split()) > _ROLE_WORDS:
        return ""
    return said


_FORMER = re.compile(r"(?i)(?:ex\s*-\s*|ancien(?:ne)?\s+|former\s+|ex\s+)")


_AGE = re.compile(r"(?i)\b(?:âge|age|aged|old|née?|born)\b")
_ROLE_WORDS = 6  # a note's role («ex-secrétaire médicale»), not a sentence


# A time of unsaid length, said bare after a role: «un certain temps», «quelque temps», «un bon moment»,
# «longtemps», "for a while", "for some time" — quoted or not («« un certain temps », comme on dit»).
_A_WHILE = re.compile(
    r"(?i)(?<![\w'’])(?:un\s+(?:certain\s+)?temps|quelque\s+temps|un\s+(?:bon\s+|long\s+)?moment|longtemps|"
    r"(?:for\s+)?(?:quite\s+)?a\s+(?:good\s+|long\s+)?while|for\s+some\s+time)\b"
)


def _a_while_after_a_role(unit: str, careers: Careers) -> str | None:
    """A role told held («j'ai été conductrice de car scolaire « un certain temps »», "I was a bus driver for
    a while") for a time whose length is unsaid: a career before, or a job to live on? Asked (t-titles),
    never a change told; a role of the field, a student's job or no job, nothing."""
    for m in _A_WHILE.finditer(unit):
        left = clause_before(unit, m.start()).rstrip(" «\"“")
        role = _ROLE_BEFORE.search(left)
        being = has_any(left, careers.being) and not has_any(left, careers.work)
        said = role.group("role") if role else left
        if (role or being) and not has_any(said, careers.not_jobs) and _names_a_job(left, careers):
            return MAYBE_ANOTHER if which_career(said, careers) == ANOTHER_CAREER else None
    return None


def _clause_of(unit: str, match: re.Match[str]) -> str:
    """The clause a match stands in, up to its end: «… mon poste de commercial après onze ans en CDI»."""
    start = match.start() - len(clause_before(unit, match.start()))
    after = CLAUSE_BREAK.search(unit, match.end())
    return unit[start : after.start() if after else len(unit)]


def _job_around(unit: str, duration: re.Match[str], careers: Careers) -> str:
    """The job a duration at the head of its clause is said of: the words after it on a CV line («Depuis
    2019 - Chauffeur-livreur (CDI)»), else the clause before it («j'ai été technicien en CDI, pendant neuf
    ans»)."""
    after = re.split(r"[,;(]", unit[duration.end() :].strip(" -–—:"), maxsplit=1)[0]
    start = duration.start() - len(clause_before(unit, duration.start()))
    earlier = clause_before(unit, start - 1) if start > 1 else ""
    if re.search(r"[^\W\d_]{3}", after) and _names_a_job(after, careers):
        return after
    return earlier if earlier.strip() else after


def _job_beside(unit: str, span: re.Match[str], careers: Careers) -> str | None:
    """The job a span of years is said of: its own clause before it («aide-soignante en CDI de 2015 à
    2023»), the clause after it («De 2020 à 2023, j'ai été cheffe de rayon»), or the one before that
    («j'ai travaillé comme technicienne en CDI, de 2019 à 2023»); None when none names a job."""
    left = clause_before(unit, span.start())
    start = span.start() - len(left)
    after = re.split(r"[,;(]", unit[span.end() :].strip(" ,-–—:)"), maxsplit=1)[0]
    earlier = clause_before(unit, max(0, start - 1)) if start > 1 else ""
    # A clause names the job by its verb, its contract or «j'ai été …»; a bare word («caissière») only
    # right before the span, and not after a role that is no job («Bénévole, banque alimentaire (…)»).
    told = (s for s in (left, after, earlier) if has_any(s, careers.work) or has_any(s, careers.being))
    named = next((said for said in told if _names_a_job(said.rstrip(" ("), careers)), None)
    if named is not None or has_any(earlier, careers.not_jobs):
        return named
    bare = left.rstrip(" (")
    return bare if re.search(r"[^\W\d_]{3}", bare) and _names_a_job(bare, careers) else None


def _kind_of_work(after: str, careers: Careers) -> str | None:
    """Years of work said without their kind («j'ai travaillé plusieurs années, avant de…», «dans des choses
    diverses»): maybe another career, asked. Named right after («… dix ans dans la banque»): another one;
    a student's job («… comme serveur pendant ma licence»): none."""
    said = _WORK_CLAUSE_END.split(after, maxsplit=1)[0].lower().lstrip()
    if not said.startswith(careers.naming) or has_any(said, careers.varied):
        return MAYBE_ANOTHER
    return None if has_any(said, careers.not_jobs) else which_career(said, careers)


# A count of years that says no length: «quelques», «plusieurs», «des», "a few", "several", "some".
_VAGUE_WORDS = frozenset({"quelques", "plusieurs", "some", "several"})
# A stint («un passage dans la vente», "a stint in retail") says no length either (t-open).
_VAGUE_COUNT = re.compile(
    r"(?i)\b(?:quelques|plusieurs|des|a few|several|some)\s+(?:ans|ann[ée]es|years)\b"
    r"|\b(?:passage|stint|spell)$"
)


# Where the words naming the work stop: punctuation, or the next act («avant de reprendre mes études»), or a
# clause of time opening what came after the work («… comme vendeuse quand j'ai repris mes études», "when I").
_WORK_CLAUSE_END = re.compile(
    r"(?i)[,;:.()]|\b(?:avant|before|puis|then|et|and|mais|but|quand|lorsque?|lorsqu|when|until|jusqu)\b"
)


def _maybe_short(match: re.Match[str], careers: Careers, today: date) -> bool:
    """«Veilleur de nuit depuis 2023» read on 2026-11-26: a year alone counts the most years it can mean;
    begun late in that year, the job may be shorter than `min_years`. Held that long or not? Asked."""
    return bool(match.group("year")) and years_counted(match, careers, today) == careers.min_years


def which_career(said: str, careers: Careers) -> str:
    """ANOTHER_CAREER for years in a trade outside the field; for one of the field's own trades,
    MAYBE_ANOTHER, or IN_THE_FIELD when the words name the ESS as where they were spent («trois ans
    d'éducateur dans une association», «dans un centre social»): a progression inside the ESS, no change."""
    if not has_any(said, careers.in_the_field):
        return ANOTHER_CAREER
    ess = load_lexicon().ess_names
    return IN_THE_FIELD if ess is not None and ess.search(said) else MAYBE_ANOTHER


# A CV line's period: «2019 – 2024 : …», «sept. 2020 – aujourd'hui», or a period alone on the line above.
_PERIOD = re.compile(
    r"^\W*(?:[a-zéû]+\.?\s+)?(?P<began>(?:19|20)\d\d)\s*[-–—/à]\s*"
    r"(?:(?:[a-zéû]+\.?\s+)?(?P<ended>(?:19|20)\d\d)\b|(?:aujourd.hui|pr[ée]sent|present|now|ce jour)\b)",
    re.IGNORECASE,
)
# «Réceptionniste (CDI)», «professeur contractuel»: a contract names a job held, not a student's job.
_CONTRACT = re.compile(
    r"(?i)\b(?:CDI|CDD|contractuel\w*|permanent contract|fixed-term contract|full-time|temps plein)\b"
)
# «Développeur web, ESN — 7 ans», «(5 ans)»: a CV's own way to say how long a job was held.
_STATED_LENGTH = re.compile(rf"(?i)(?:[—–(,-]|\bsoit)\s*{COUNT}\s+{YEARS}")


def holds_a_contract(line: str) -> bool:
    """«Réceptionniste (CDI)», «professeur contractuel», "full-time": the line names a work contract."""
    return _CONTRACT.search(line) is not None


def _period_years(text: str, today: date) -> tuple[int, int] | None:
    """(years the period spans, where it ends in `text`)."""
    m = _PERIOD.match(text)
    if m is None:
        return None
    ended = int(m.group("ended")) if m.group("ended") else today.year
    return ended - int(m.group("began")), m.end()


def trade_before_a_degree(
    line: str, below: list[str], today: date, careers: Careers | None = None
) -> str | None:
    """A CV's line holding a closed period of `min_years` or more in a role («2012-2024 : conseiller
    clientèle, Crédit Régional»), with a degree named on another line of it dated after the period's last year
    («Master ESS — obtenu juin 2026»; one of the period's last year may have been studied beside it): years
    in a trade, then a degree taken after them — the same turn as «…, puis un master» in a sentence
    (career_turn.py). No contract need be named: the degree after the
    years is the turn. Not studies, internships, volunteering, nor a job beside studies."""
    careers = careers or load_careers()
    m = _PERIOD.match(line)
    if m is None or not m.group("ended") or held_alongside(line, careers):
        return None
    began, ended = int(m.group("began")), int(m.group("ended"))
    role = line[m.end() :]
    no_trade = careers.not_jobs + careers.schooling + careers.before_not_work
    if ended - began < careers.min_years or not re.search(r"[^\W\d_]{3}", role) or has_any(role, no_trade):
        return None
    if not any(_degree_after(later, ended) for later in below):
        return None
    if _VAGUE_COUNT.search(role) or _SEVERAL_JOBS.search(role):
        return MAYBE_ANOTHER  # «quelques années», «divers emplois (restauration, logistique)»: which trade?
    return which_career(role, careers)


# Several jobs named as one line («divers emplois», «petits boulots», "various jobs"): years of a trade, or of
# jobs to live on? Asked.
_SEVERAL_JOBS = re.compile(
    r"(?i)\b(?:divers|diverses|plusieurs|diff[ée]rents|petits|various|several|odd)\s+(?:emplois|jobs|postes|boulots"
    r"|missions|contrats)\b|\bemplois\b|\bjobs\b"
)


def studied_through(line: str, others: list[str], careers: Careers | None = None) -> bool:
    """A CV's job line whose span of years lies mostly in the years its other lines give a course
    («Animateur périscolaire (2022-2025, temps partiel)» beside «2023-2025 : BUT …» and «2025-2026 :
    Licence pro …»): fewer than `min_years` of the job's years fall outside them — a job held beside the
    studies, not years of another trade before a degree."""
    careers = careers or load_careers()
    job = _SPAN.search(line) or _PERIOD.match(line)
    if job is None or not job.group("ended"):
        return False
    studied: set[int] = set()
    for other in others:
        course = _SPAN.search(other) or _PERIOD.match(other)
        if course is not None and course.group("ended") and _names_a_diploma(other):
            studied.update(range(int(course.group("began")), int(course.group("ended"))))
    worked = set(range(int(job.group("began")), int(job.group("ended"))))
    return bool(studied & worked) and len(worked - studied) < careers.min_years


def _names_a_diploma(line: str) -> bool:
    """The line names a diploma the lexicon knows."""
    return any(d.pattern.search(line) for d in load_lexicon().diplomas)


def _degree_after(line: str, ended: int) -> bool:
    """The line names a diploma the lexicon knows and a year after `ended`."""
    years = [int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", line)]
    return _names_a_diploma(line) and any(year > ended for year in years)


def years_on_a_cv_line(
    line: str, above: str | None, today: date, careers: Careers | None = None
) -> str | None:
    """A CV's experience line held for `min_years` or more: a period and a contract («2021 – 2025 :
    Réceptionniste (CDI)», the period on the line above in a table), or a length stated beside the role
    («Technicien, atelier — 6 ans»). Not studies, internships, volunteering, nor a job beside studies."""
    careers = careers or load_careers()
    # Kept per (line, above, today): a pure reading of them and of the careers' words (the owner, compared by
    # identity); a CV sent in three formats is read once.
    key = (line, above, today)
    return _ON_A_CV_LINE.read(careers, key, lambda: _on_a_cv_line(line, above, today, careers))


_ON_A_CV_LINE: KeptReadings[str | None] = KeptReadings()


def _on_a_cv_line(line: str, above: str | None, today: date, careers: Careers) -> str | None:
    if held_alongside(line, careers):
        return None
    period = _period_years(line, today)
    role = line[period[1] :] if period else line
    if period is None and above is not None and (before := _period_years(above, today)) is not None:
        period = before if not above[before[1] :].strip(" :–—-)") else None
    stated = _STATED_LENGTH.search(role)
    long_stated = stated is not None and years_counted(stated, careers, today) >= careers.min_years
    long_held = period is not None and period[0] >= careers.min_years and _CONTRACT.search(role) is not None
    if not (long_stated or long_held):
        return None
    role = role[: stated.start()] if stated else role
    if not re.search(r"[^\W\d_]{3}", role) or has_any(role, careers.not_jobs):
        return None
    return which_career(role, careers)
