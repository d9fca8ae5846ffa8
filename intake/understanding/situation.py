"""Current situation (tense and negation matter): an internship, a civic service, studies, a career change,
a job, a search. The aim (the ESS, an employer outside it) is read in aim.py."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from intake.understanding.aim import AimReading
from intake.understanding.careers import (
    ANOTHER_CAREER,
    MAYBE_ANOTHER,
    holds_a_contract,
    years_in_a_job,
    years_on_a_cv_line,
)
from intake.understanding.clauses import (
    CONDITIONAL,
    FUTURE,
    NEGATION,
    NO_TENSE,
    PAST,
    PRESENT,
    Reading,
    beyond_clause,
    clause_at,
    clause_start,
    has_word,
    in_own_words,
    is_denied,
    is_english,
    is_french,
    is_negated,
    is_verb,
    parse,
    phrase_head,
    predicate_of,
    read_word,
    starts_with,
    tense_of,
    tokens_in,
)
from intake.understanding.dates import count_of, end_date_after, find_dates
from intake.understanding.facts import BODY, SUBJECT, Evidence, SituationFacts, Source
from intake.understanding.forms import answer_at
from intake.understanding.lexicon import Lexicon, Situation, Structure, mentions_any
from intake.understanding.owner import anothers, told_of_another
from intake.understanding.pending import decision_to_come
from intake.understanding.sense import VOLUNTEER, in_criterion_sense, only_in_other_senses
from intake.understanding.stance import FACT, HEDGED, NOT_STATED, stance_at
from intake.understanding.unfinished import unfinished

# The order decides the one "current" label shown; every flag is still kept.
PRIORITY = ("studying", "internship", "service_civique", "career_change", "employed", "seeking")
_PAST_TENSE = re.compile(
    r"\b(?:j'ai (?:effectu|r[ée]alis|fait|termin|fini|achev)\w*|[ée]tait|s'est"
    r" termin[ée]e?|termin(?:é|ée) en|"
    r"fini en|achev(?:é|ée) en|avant mes|did|completed|finished|ended)\b",
    re.IGNORECASE,
)
_UNTIL = re.compile(
    r"\b(?:jusqu.(?:en|au|à)|se termine(?:ra)? (?:en|le|fin)|finit en|until|ends? in)\b", re.IGNORECASE
)


def _units(source: Source) -> list[str]:
    return [ln for ln in source.lines() if ln] if source.is_document else source.sentences()


@dataclass
class _Reading:
    """What the sentences and lines read so far say, gathered into one SituationFacts at the end."""

    flags: dict[str, Evidence | None] = field(default_factory=lambda: {name: None for name in PRIORITY})
    past: dict[str, Evidence] = field(default_factory=dict)
    uncertain: dict[str, Evidence] = field(default_factory=dict)
    seeking: Evidence | None = None
    aim: AimReading = field(default_factory=AimReading)

    # Situations the writer's new text tells as over, and those only an older text (a CV, an earlier mail
    # quoted under the new one) tells as now.
    told_over: set[str] = field(default_factory=set)
    only_on_cv: set[str] = field(default_factory=set)

    def flag(self, name: str, evidence: Evidence, on_cv: bool = False) -> None:
        if not on_cv:
            self.only_on_cv.discard(name)
        if self.flags.get(name) is None:
            self.flags[name] = evidence
            if on_cv:
                self.only_on_cv.add(name)

    def trust_the_writer(self) -> None:
        """«Je viens de terminer mon service civique» in the mail, «mai 2026 à aujourd'hui» on the CV or in
        the earlier mail quoted below: the new text is written today, the other may be older; it stands."""
        for name in self.told_over & self.only_on_cv:
            self.flags[name] = None

    def facts(self) -> SituationFacts:
        self.trust_the_writer()
        current = next((name for name in PRIORITY if self.flags.get(name) is not None), None)
        if current is None and self.seeking is not None:
            current = "seeking"
        aim = self.aim
        ess_interest = False if aim.refused is not None else True if aim.evidence is not None else None
        if aim.refused is not None and aim.evidence is not None:
            # An aim in one sentence, a refusal in another: the coordinator asks — unless the refusal is only
            # a document's (a CV's objective may be older) and the mail states its aim today.
            ess_interest = True if _written_today(aim.evidence) and not _written_today(aim.refused) else None
        self.flags["seeking"] = self.seeking
        return SituationFacts(
            current=current,
            flags=self.flags,
            past=self.past,
            seeking=self.seeking,
            ess_interest=ess_interest,
            ess_evidence=aim.evidence,
            ess_refused=aim.refused,
            any_sector=aim.any_sector,
            sectors=aim.sectors,
            ess_refused_why=aim.refused_why,
            uncertain={name: ev for name, ev in self.uncertain.items() if self.flags.get(name) is None},
        )


def _written_today(evidence: Evidence) -> bool:
    return evidence.where in {BODY, SUBJECT}


def read_situation(sources: list[Source], lexicon: Lexicon, today: date) -> SituationFacts:
    reading = _Reading()
    for source in sources:
        units = _units(source)
        # An aim the new text states updates the one of the earlier mail under it («mon projet a changé»).
        aim_told = not source.older or not reading.aim.said()
        for index in range(len(units)):
            _read_unit(reading, source, units, index, lexicon, today)
        # The aim is read in whole sentences, a mail client's hard wrap joined again («je cherche un emploi
        # dans une / association de quartier»): the sector then stays beside the search.
        sentences = units if source.is_document else source.sentences()
        for index in range(len(sentences) if aim_told else 0):
            reading.aim.read(source, sentences, index, lexicon)
    return reading.facts()


def _read_unit(
    reading: _Reading, source: Source, units: list[str], index: int, lexicon: Lexicon, today: date
) -> None:
    """The situations one unit (a sentence, a document's line) names, with the lines around it on a CV."""
    unit = units[index]
    evidence = Evidence(unit, source.where)
    on_cv = _career_on_cv(units, index, today) if source.is_document else None
    career = years_in_a_job(unit, today) or on_cv
    if career and not source.is_document and told_of_another(unit, source.text):
        career = None  # «ma mère est aide-soignante depuis vingt ans»: another's career
    if career == ANOTHER_CAREER:
        reading.flag("career_change", evidence)  # «Comptable pendant six ans, …»
    elif career == MAYBE_ANOTHER:
        reading.uncertain.setdefault("career_change", evidence)  # «Animateur depuis 2019, …»
    for name, situation in lexicon.situations.items():
        named = situation.current is not None and mentions_any(unit, situation.fragments)
        if named and not only_in_other_senses(unit, _sensed_starts(unit, situation), name):
            _read_mention(reading, name, situation, unit, source, lexicon, today)  # not «stage de yoga»
    if source.is_document and _held_now_on_cv(units, index, lexicon.structure, today):
        reading.flag("employed", evidence, on_cv=True)  # «Depuis mars 2025 : comptable (CDI)»
    on_mission = (
        _untyped_mission_on_cv(units, index, lexicon.structure, today)
        if source.is_document
        else _on_untyped_mission(unit, lexicon.structure, today)
    )
    mission = _MISSION.search(unit) if on_mission and not source.is_document else None
    if mission is not None and anothers(unit, mission.start(), source.text):
        on_mission = False  # «ma mère part en mission à Dakar»: another's mission
    if on_mission:
        # A mission of unsaid kind may be a civic service or an internship («je suis en mission à la banque
        # alimentaire»); a volunteer's role, a civic service only. The coordinator asks.
        reading.uncertain.setdefault("service_civique", evidence)
        if _A_MISSION.search(unit):
            reading.uncertain.setdefault("internship", evidence)
    enrolled = None if source.is_document else _ENROLLED.search(unit)
    if enrolled and not _negated_before(unit, enrolled):
        reading.uncertain.setdefault("studying", evidence)  # a student status kept after a diploma
    pending = _studies_pending(unit, lexicon.structure)
    if pending or decision_to_come(unit, lexicon.structure, today) is not None:
        reading.uncertain.setdefault("studying", evidence)  # «j'attends les résultats du jury»: over? Asked
    if _pattern_said(lexicon.structure.studies_left, unit):
        reading.flag("studying", evidence, on_cv=source.is_document)  # «il me reste le mémoire à soutenir»
    if not source.is_document and not source.older and _final_step_ahead(unit, lexicon.structure, today):
        reading.flag("studying", evidence)  # «la soutenance n'a lieu que le 8 décembre»
    for name in unfinished(unit, lexicon.structure, lexicon.situations.get("internship")):
        reading.flag(name, evidence, on_cv=source.is_document)  # «je n'ai pas encore fini mon master»


def _sensed_starts(unit: str, situation: Situation) -> list[int]:
    """Where the situation is named (its names and roles, else its phrases), for sense.py to tell in which
    sense: «stage de yoga» names a course, «conseillère en reconversion» another's career change."""
    return _mention_starts(unit, situation) or (
        [m.start() for m in situation.current.finditer(unit)] if situation.current is not None else []
    )


def _final_step_ahead(unit: str, structure: Structure, today: date) -> bool:
    """«Mon master est dans la poche, mais la soutenance n'a lieu que le 8 décembre», "my viva is on 8
    December": the last step of the course, dated after today in its own sentence and not told as past."""
    step = structure.final_steps.search(unit) if structure.final_steps is not None else None
    if step is None:
        return False
    # Its own phrase: not «soutenance faite, résultats mi-décembre».
    stop = re.search(r"[.;!?,]", unit[step.end() :])
    after = unit[step.end() : step.end() + stop.start()] if stop else unit[step.end() :]
    tenses = _tenses_told(unit, clause_start(unit, step.start()), step.end() + len(after), structure)
    # A yearless date is the next one only when a verb says it is to come («a lieu le 8 décembre»); told
    # without a verb («dernier partiel en juin»), it is this year's.
    ahead = bool(tenses & {PRESENT, FUTURE})
    return PAST not in tenses and any(when > today for when in _first_date(after, today, ahead))


def _tenses_told(unit: str, start: int, end: int, structure: Structure) -> set[str]:
    """The tenses of the verbs in unit[start:end]: the parse's for French, the words' for English."""
    if is_french(unit):
        return {tense_of(t) for t in parse(unit) if start <= t.idx < end and is_verb(t)}
    said = unit[start:end]
    if has_word(structure.english, "past", said):
        return {PAST}
    return {PRESENT} if re.search(r"\b(?:is|are|will|'s|'ll|am)\b", said, re.IGNORECASE) else set()


def _first_date(text: str, today: date, ahead: bool) -> list[date]:
    """The first date of the text, yearless ones too («n'a lieu que le 8 décembre»), as its last day."""
    for word in re.finditer(r"\b\w", text):
        when = end_date_after(text[word.start() :], today, ahead)
        if when is not None:
            return [when]
    return []


def _studies_pending(unit: str, structure: Structure) -> bool:
    """An outcome of the studies still to come (results or a jury awaited, a resit or a course maybe taken
    up), not said in a negated clause («je n'attends plus les résultats : j'ai mon diplôme»)."""
    return _pattern_said(structure.studies_pending, unit)


def _pattern_said(pattern: re.Pattern[str] | None, unit: str) -> bool:
    """The pattern found in the unit, not in a negated clause («il ne me reste plus rien à soutenir»)."""
    found = pattern.search(unit) if pattern is not None else None
    return found is not None and not NEGATION.search(unit, clause_start(unit, found.start()), found.start())


def _held_now_on_cv(units: list[str], index: int, structure: Structure, today: date) -> bool:
    """A CV line giving a contract begun on a date and not ended («Depuis sept. 2025 : vendeur (CDI)»,
    «Mars 2025 – aujourd'hui : …, CDI», "Since 2025: … (permanent contract)"): a job held now."""
    return holds_a_contract(units[index]) and _dated_as_now(units, index, structure, today)


def _dated_as_now(units: list[str], index: int, structure: Structure, today: date) -> bool:
    """A CV line whose period runs today: begun, no end passed, and said to go on («depuis», «– aujourd'hui»,
    «(actuellement)» on the next line, «Situation actuelle : …»)."""
    line = units[index]
    dates = find_dates(line)
    now = (today.year, today.month)
    if dates and (dates[0].bounds()[0] > now or any(d.bounds()[1] < now for d in dates[1:])):
        return False  # not begun yet, or an end already passed («2023 – 2025 : …»)
    following = units[index + 1] if index + 1 < len(units) else ""
    marked = (
        _found(_SINCE_ANYWHERE, line)
        or _found(structure.until_today, line)
        or _found(structure.now_stated, line)
    )
    return marked or (structure.now_line is not None and structure.now_line.fullmatch(following) is not None)


def _found(pattern: re.Pattern[str] | None, text: str) -> bool:
    return pattern is not None and pattern.search(text) is not None


_SINCE_ANYWHERE = re.compile(r"\b(?:depuis|since)\b", re.IGNORECASE)


def _untyped_mission_on_cv(units: list[str], index: int, structure: Structure, today: date) -> bool:
    """«Depuis 2026 : volontaire du Corps européen de solidarité», «Situation actuelle : en mission auprès
    d'une fédération»: a mission or a volunteer's role of a kind left unsaid, held now (not a «chargée de
    mission», a job title)."""
    line = units[index]
    found = next((m for m in _MISSION.finditer(line) if in_criterion_sense(line, m.start(), VOLUNTEER)), None)
    if found is None or _TYPED_MISSION.search(line) or _JOB_TITLE.search(line, 0, found.end()):
        return False
    return _dated_as_now(units, index, structure, today)


_JOB_TITLE = re.compile(r"\bcharg[ée]e?s? de mission\b", re.IGNORECASE)


def _career_on_cv(units: list[str], index: int, today: date) -> str | None:
    """A CV line read with the period above it (a table's row) and its wrapped end («… (5» / «ans)»)."""
    line = units[index]
    if line.count("(") > line.count(")") and index + 1 < len(units):
        line = f"{line} {units[index + 1]}"
    return years_on_a_cv_line(line, units[index - 1] if index else None, today)


_A_MISSION = re.compile(r"\bmissions?\b", re.IGNORECASE)
# A mission, or a volunteer's role («volontaire du Corps européen de solidarité»), of a kind left unsaid.
_MISSION = re.compile(r"\bmission\b|\bvolontaire\b(?!\s+pour)", re.IGNORECASE)  # «volontaire pour» is willing
_EN_ON_MISSION = re.compile(
    r"\b(?:i'm|i am)\s+(?:currently\s+|now\s+)?on\s+(?:a\s+)?(?:volunteer(?:ing)?\s+)?mission\b",
    re.IGNORECASE,
)
# A mission whose kind is said is not a possible civic service: «en mission d'intérim», «mission freelance».
_TYPED_MISSION = re.compile(
    r"service civique|volontariat|int[ée]rim|freelance|ind[ée]pendant|portage|cdd|cdi|conseil|consulting",
    re.IGNORECASE,
)


def _on_untyped_mission(unit: str, structure: Structure, today: date) -> bool:
    """«Je suis actuellement en mission jusqu'en février dans une association»: a mission of some kind
    held now may be a civic service; the coordinator asks (never a refusal)."""
    # «pompier volontaire», «volontaire et dynamique»: an adjective, no volunteer (sense.py)
    found = next((m for m in _MISSION.finditer(unit) if in_criterion_sense(unit, m.start(), VOLUNTEER)), None)
    if found is None or _TYPED_MISSION.search(unit):
        return False
    if not is_french(unit):
        return _EN_ON_MISSION.search(unit) is not None  # "I'm currently on a mission with a charity"
    head = phrase_head(tokens_in(parse(unit), found.start(), found.end()))
    is_role = found.group().lower().startswith("volontaire")
    state = _mention_state(head, is_role, structure, unit, today) if head is not None else None
    if state is None and _MY_MISSION_ENDS.search(unit):
        # «Ma mission auprès d'une association … se termine bientôt»: the small model may lose the end verb
        # in a long subject; «ma mission» ending, not at a date already passed, runs now.
        return not _ended_by_date(unit, today, found.start())
    return state == NOW


_MY_MISSION_ENDS = re.compile(
    r"\bma mission\b[^.;:]{0,80}?\b(?:se termine|se terminera|prend fin|prendra fin|s.ach[eè]ve|finit)\b",
    re.IGNORECASE,
)


# Still enrolled somewhere now («je suis toujours inscrit à la fac cette année», "I'm still enrolled at
# university"): studying or only keeping the status? The coordinator asks.
_ENROLLED = re.compile(
    r"\b(?:je suis|suis|i'm|i am)\s+(?:toujours\s+|encore\s+|still\s+)?(?:inscrite?|enrolled|registered)\s+"
    r"(?:à la fac|à l.universit|en (?:du|dipl[oô]me universitaire)|à un du|at (?:the )?university|in a)",
    re.IGNORECASE,
)


def _read_mention(
    reading: _Reading,
    name: str,
    situation: Situation,
    unit: str,
    source: Source,
    lexicon: Lexicon,
    today: date,
) -> None:
    """One situation named in one unit: the parse (French), the words (English) or the CV line decide,
    else the phrases of rules/lexicon/situations.toml."""
    evidence = Evidence(unit, source.where)
    # A cover letter's sentence is the writer's own words, read like the mail; a CV line is read as dated.
    own = not source.is_document or in_own_words(unit)
    answered = _answered(unit, situation, lexicon.structure)
    if answered is not None:
        # «Reconversion : non (jobs étudiants)», «Stage en cours : oui»: the form's answer is the fact.
        _record(reading, name, answered, evidence, own, source)
        return
    if own and _only_as_a_time(unit, situation, lexicon.structure):
        return
    if own and _all_reported(unit, situation):
        _read_a_correction(reading, name, unit, evidence)
        return
    if own and _all_anothers(unit, situation, source.text):
        return  # «mon père est en reconversion», «ma sœur, qui fait son service civique»: not the writer's
    # A subject is the writer's words too, telegraphic: «Reconversion ou pas ?» asks, it does not state.
    stated = own or source.where == SUBJECT
    stance = _stance_of(unit, situation) if stated and name != "seeking" else FACT
    if stance in NOT_STATED:
        return  # «mon conseiller parle de reconversion», «si je ne trouve rien, je ferai un service civique»
    state = _state_of(situation, unit, source, own, lexicon.structure, today)
    if stance == HEDGED and (state is not None or _mention_starts(unit, situation)):
        # «un service civique, je ne sais plus»: named under a doubt, the situation is asked, whatever the
        # sentence would say of it; but a doubt on the day a coming end falls is no doubt on holding it
        # («normalement ma convention de stage finit le 30»).
        state = NOW if _ends_ahead(unit, situation, lexicon.structure, today) else UNSURE
    if state is not None:
        _record(reading, name, state, evidence, own, source)
        return
    hit = situation.current.search(unit) if situation.current is not None else None
    if not hit:
        return
    past_reading = (
        # A career change is told in the past tense by nature: only negation neutralises it.
        (situation.past is not None and situation.past.search(unit) is not None)
        or _negated_before(unit, hit)
        or _denied_at(unit, hit, lexicon.structure)
        if name == "career_change"
        else _reads_as_past(unit, hit, situation.past, today)
    )
    if past_reading:
        reading.past.setdefault(name, evidence)
        if own and not source.older:
            reading.told_over.add(name)
    elif name == "seeking":
        reading.seeking = reading.seeking or evidence
    else:
        reading.flag(name, evidence, on_cv=not own or source.older)


def _record(reading: _Reading, name: str, state: str, evidence: Evidence, own: bool, source: Source) -> None:
    """What one mention says of its situation: held now, over, or to be asked."""
    if state == NOW:
        reading.flag(name, evidence, on_cv=not own or source.older)
        return
    (reading.past if state == NOT_NOW else reading.uncertain).setdefault(name, evidence)
    if state == NOT_NOW and own and not source.older:
        reading.told_over.add(name)


def _answered(unit: str, situation: Situation, structure: Structure) -> str | None:
    """A form's yes/no field naming the situation in its label (forms.py): a no is none now; a yes is held
    now when the field says now («Stage en cours : oui», «Stage : oui, en cours»), else asked («Stage :
    oui» — when?)."""
    hit = situation.current.search(unit) if situation.current is not None else None
    starts = _mention_starts(unit, situation) + ([hit.start()] if hit else [])
    answers = {answer_at(unit, start) for start in starts} - {None}
    if len(answers) != 1:
        return None
    if not answers.pop():
        return NOT_NOW
    return NOW if _found(structure.now_stated, unit) or _found(structure.until_today, unit) else UNSURE


def _state_of(
    situation: Situation, unit: str, source: Source, own: bool, structure: Structure, today: date
) -> str | None:
    """What the unit's structure says of the situation: the parse (French), the words (English), the CV
    line's dates; None when it says nothing (the phrases then decide)."""
    if own and is_french(unit):
        return _state_in_parse(unit, situation, structure, today)
    settled = situation.settled_by is None or situation.settled_by.search(unit) is not None
    if own:
        # "I've been on a placement this autumn": an internship, or a post found by an agency? Asked.
        state = _state_in_words(unit, situation, structure, today)
        return UNSURE if state == NOW and not settled and situation.name == "internship" else state
    state = (
        _state_on_cv_line(unit, situation, today)
        or _run_to_today(unit, situation, structure, today)
        or _this_year_on_cv(unit, structure, today)
    )
    if state is None and source.where == SUBJECT and not is_english(unit):
        # «Candidature - toujours en stage»: a subject is the writer's words of today, telegraphic.
        state = _state_in_parse(unit, situation, structure, today)
    return UNSURE if state == NOW and not settled else state  # «mission de volontariat» on a CV: asked


# «après mon service civique», "after my internship", «à la fin de mon stage»: it dates another act.
_AFTER = re.compile(
    r"\b(?:après|apres|after|à l.issue d[eu]|à la fin d[eu]|at the end of|once)\s+"
    r"(?:(?:mon|ma|my|the|le|la|this)\s+)?$",
    re.IGNORECASE,
)


# «j'aimerais», «je voudrais»: the small model often tags the conditional as an imperfect.
_CONDITIONAL = re.compile(r"r(?:ais|ait|ions|iez|aient)$")
_EN_SIMPLE_PAST = re.compile(r"\b(?:i|we)\s+\w+ed\b", re.IGNORECASE)


def _only_as_a_time(unit: str, situation: Situation, structure: Structure) -> bool:
    """«J'aimerais rejoindre le programme après mon service civique»: every mention only says when the
    writer means to act; whether the situation runs now or is over, the sentence does not tell (a past
    sentence, «après mon stage j'ai été embauchée», does: it is read as usual)."""
    spans = [m.start() for p in (situation.names, situation.roles) if p is not None for m in p.finditer(unit)]
    if not spans or _PAST_TENSE.search(unit):
        return False
    if is_french(unit):
        if any(is_verb(t) and tense_of(t) == PAST and not _CONDITIONAL.search(t.lower_) for t in parse(unit)):
            return False
    elif has_word(structure.english, "past", re.sub(r"(?i)\bafter\b", "", unit)) or _EN_SIMPLE_PAST.search(
        unit
    ):
        return False  # «after» itself is among the past words: only the verbs count here
    return all(_AFTER.search(unit[max(0, start - 40) : start]) for start in spans)


# What the parse of one French sentence says about a situation it names.
NOW, NOT_NOW, UNSURE = "now", "not_now", "unsure"


def _state_in_parse(unit: str, situation: Situation, structure: Structure, today: date) -> str | None:
    """now / not_now / unsure, or None when the structure says nothing (the phrases then decide).

    Several mentions in one sentence: one current reading is enough («j'ai fait un stage en 2024 et je
    suis actuellement en stage»)."""
    spans = [(m.start(), m.end(), False) for m in situation.names.finditer(unit)] if situation.names else []
    spans += [(m.start(), m.end(), True) for m in situation.roles.finditer(unit)] if situation.roles else []
    if not spans:
        return None
    doc = parse(unit)
    states: set[str | None] = set()
    for start, end, is_role in spans:
        if _reported_by_a_document(unit, start):
            continue
        head = phrase_head(tokens_in(doc, start, end))
        if head is None:
            continue
        phrase = _phrase_from(unit, start)
        if situation.past is not None and situation.past.match(phrase) and not NEGATION.search(phrase):
            # «mon stage d'approfondissement BAFA»: a course named in its own phrase; but «mon service
            # civique n'est pas terminé» is read from the parse.
            states.add(NOT_NOW)
            continue
        state = _mention_state(head, is_role, structure, unit, today)
        states.add(UNSURE if state == NOW and _of_unsaid_kind(head, structure) else state)
    for state in (NOW, UNSURE, NOT_NOW):
        if state in states:
            return state
    return None


def _of_unsaid_kind(head: Any, structure: Structure) -> bool:
    """«un volontariat», «ma mission de volontariat», «volontariat européen»: a generic name may be a civic
    service or another scheme (a European, an international volunteering); held now, the coordinator asks
    which, the service never refuses on a guess. Only a civic word in its own phrase settles it: «volontariat
    de service civique», «ma mission de volontariat en service civique»."""
    if not starts_with(head, structure.generic):
        return False
    return not any(t.lower_.startswith("civi") for t in _phrase_owner(head).subtree)


def _state_on_cv_line(unit: str, situation: Situation, today: date) -> str | None:
    """«Stage de fin d'études – Enercoop (sept. 2026 – mars 2027)»: a CV entry whose period holds today."""
    named = (situation.names is not None and situation.names.search(unit)) or (
        situation.roles is not None and situation.roles.search(unit)
    )
    dates = find_dates(unit) if named else []
    now = (today.year, today.month)
    since = _SINCE.match(unit)
    if dates and since and dates[0].start <= since.end() + 1 and dates[0].month is not None:
        # «Depuis septembre 2026 : Stagiaire …»: begun, no end stated, or an end still ahead («… (jusqu'en
        # juin 2027)»).
        begun = dates[0].bounds()[0] <= now
        return NOW if begun and (len(dates) == 1 or dates[-1].bounds()[1] >= now) else None
    led = _ONGOING.match(unit)
    if named and led and not _NOT_HELD.search(unit, 0, named.start()):
        # «Actuellement : stagiaire, …», "Currently: intern, … (until May 2027)": the line opens on «now».
        return NOT_NOW if _ended_by_date(unit, today, named.start()) else NOW
    if named and _ONGOING.match(unit, named.end()) and not _NOT_HELD.search(unit, 0, named.start()):
        # «stage en cours jusqu'au 15/01», «service civique en cours jusqu'en avril» (a subject, a CV line)
        return NOT_NOW if _ended_by_date(unit, today, named.start()) else NOW
    if len(dates) < 2 or not _RANGE_BETWEEN.fullmatch(unit[dates[-2].end : dates[-1].start]):
        return None
    began, ends = dates[-2].bounds()[0], dates[-1].bounds()[1]
    return NOW if began <= now <= ends and dates[-1].month is not None else None


def _run_to_today(unit: str, situation: Situation, structure: Structure, today: date) -> str | None:
    """«Septembre 2026 – aujourd'hui : stagiaire, …», "Oct 2026 – present: intern": a CV entry whose period
    begins on a date already reached and runs to «today» is held now (a start still ahead is not)."""
    named = (situation.names is not None and situation.names.search(unit)) or (
        situation.roles is not None and situation.roles.search(unit)
    )
    until_today = structure.until_today
    for found in find_dates(unit) if named and until_today is not None else []:
        if until_today is not None and until_today.match(unit[found.end :].lstrip()):
            return NOW if found.bounds()[0] <= (today.year, today.month) else None
    return None


def _this_year_on_cv(unit: str, structure: Structure, today: date) -> str | None:
    """«2026 : stage, plaidoyer, …» read in 2026: an entry dated by the year we are in alone, with no word of
    «now», may be over or running; the coordinator asks."""
    dates = find_dates(unit)
    if not dates or dates[0].start > 2 or dates[0].month is not None or dates[0].year != today.year:
        return None
    if len(dates) > 1 or _found(_SINCE_ANYWHERE, unit) or _found(structure.now_stated, unit):
        return None
    # «2026 : stage de 4 mois»: an entry told with its whole length is told as done (the project's CVs).
    told_whole = _found(_WHOLE_LENGTH, unit)
    return None if told_whole or _found(structure.until_today, unit) else UNSURE


_WHOLE_LENGTH = re.compile(r"\b\d{1,2}\s*(?:-\s*)?(?:mois|semaines|months?|weeks?)\b", re.IGNORECASE)


_ONGOING = re.compile(r"\W{0,3}(?:en cours|actuel(?:le)?(?:ment)?|ongoing|current(?:ly)?)\b", re.IGNORECASE)
_NOT_HELD = re.compile(
    r"\b(?:pas|sans|ni|aucun|aucune|no|not|without|recherche|cherche|looking)\b", re.IGNORECASE
)
_SINCE = re.compile(r"\W*(?:depuis|since)\b", re.IGNORECASE)
_RANGE_BETWEEN = re.compile(r"\s*(?:[-–—/]|à|au|to|until|jusqu.(?:en|au|à))\s*", re.IGNORECASE)


def _state_in_words(unit: str, situation: Situation, structure: Structure, today: date) -> str | None:
    """The same reading for an English sentence, by the words of the clause around each mention:
    «I'm neither an intern nor…», «I was an intern until June», «I'm an intern at X (ends in April 2027)»."""
    spans = [m.span() for m in situation.names.finditer(unit)] if situation.names else []
    spans += [m.span() for m in situation.roles.finditer(unit)] if situation.roles else []
    states = {
        _english_mention(unit, start, end, structure.english, today)
        for start, end in spans
        if not _reported_by_a_document(unit, start)
    }
    for state in (NOW, UNSURE, NOT_NOW):
        if state in states:
            return state
    return None


def _english_mention(unit: str, start: int, end: int, words: dict[str, Any], today: date) -> str | None:
    before = unit[clause_start(unit, start) : start]
    if has_word(words, "over_since", before):
        return NOT_NOW  # "since the end of my internship, I have been looking…"
    clause = clause_at(unit, start, end)
    ending = _ENDS_LATER.search(unit, clause_start(unit, start))  # not «I completed my MA» before it
    # «until August» is next August for "I'm an intern", last August for "I used to be an intern" or "it
    # lasted until August"; not for "it isn't over, it runs until April", "it was extended until February".
    told_past = _told_past(clause, words)
    # "I did a civic service in Lyon; it ends in January": the end's own clause, taking the mention up by
    # a pronoun, tells its tense.
    ending_past = _ending_told_past(unit, clause_start(unit, start) + len(clause), ending, words)
    ending_past = told_past if ending_past is None else ending_past
    ahead = ending is not None and not ending.group().lower().endswith("ed") and not ending_past
    when = _date_after(unit, ending.end(), today, ahead) if ending else None
    if ending is not None and _end_denied(unit, start, ending, words):
        # "My internship hasn't ended, it goes on until March"; "I haven't finished my internship": asked.
        until = _UNTIL_WORD.search(unit, ending.start())
        later = _date_after(unit, until.end(), today) if until else None
        return UNSURE if later is None else NOT_NOW if later < today else NOW
    if when is not None and not has_word(words, "negation", before):
        # «I am finishing my internship in January 2027», «since finishing my internship in June»
        return NOT_NOW if when < today else NOW
    if (
        ending is not None
        and _ENDS_AHEAD.match(unit, ending.end())
        and not has_word(words, "negation", before)
    ):
        return NOW  # «my civic service ends next month», "finishes in three weeks"
    if (
        has_word(words, "alongside", before)
        and before.rstrip().lower().endswith("my")
        and has_word(words, "present", unit)
    ):
        return NOW  # "Alongside my internship, I'm applying to charities"
    negated, past = has_word(words, "negation", before), told_past
    if negated or past or has_word(words, "wishes", before):
        return NOT_NOW  # «I'm neither an intern nor…», «I was an intern», «looking for one»
    if has_word(words, "future", before):
        return UNSURE
    if has_word(words, "present", clause):
        return NOT_NOW if _ended_by_date(unit, today, clause_start(unit, start)) else NOW
    return None


def _told_past(clause: str, words: dict[str, Any]) -> bool:
    told = has_word(words, "past", clause) or _SIMPLE_PAST_UNTIL.search(clause) is not None
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


_EN_TAKEN_UP = re.compile(r"\b(?:it|she|he)\b", re.IGNORECASE)
# "it lasted until May", "I stayed until June": a simple past right before the end's date.
_SIMPLE_PAST_UNTIL = re.compile(r"\b\w+ed\s+(?:until|till)\b", re.IGNORECASE)


def _end_denied(unit: str, start: int, ending: re.Match[str], words: dict[str, Any]) -> bool:
    """A negation before an end word that concerns the mention: "I have not finished my internship", "my
    internship hasn't ended"; not "since completing my MSc I have done neither an internship…"."""
    negation = words.get("negation")
    denial = (
        negation.search(unit, clause_start(unit, start), ending.start()) if negation is not None else None
    )
    return denial is not None and (ending.start() < start or denial.start() > start)


_ENDS_LATER = re.compile(  # not "end-of-studies internship", a kind of internship (see _END_WORDS)
    r"\b(?:ends?(?!-of-)|ending|ended|finish(?:es|ing|ed)?|complet(?:es|ing|ed)|until)\b", re.IGNORECASE
)


_ENDS_AHEAD = re.compile(
    r"\s+(?:next|soon|shortly|in (?:a|one|two|three|four|a few|\w+) (?:days?|weeks?|months?))\b"
)


# «Mon CV indique encore que je suis en stage», "my résumé still says I'm an intern": what an older document
# says, reported by the writer, is not the writer's own statement.
_DOCUMENT_SAYS = re.compile(
    r"\b(?:CV|C\.V\.|r[ée]sum[ée]|profil|profile|LinkedIn)\b[^.;]{0,30}?\b(?:says?|states?|shows?|lists?|reads?|"
    r"mentions?|indique|dit|mentionne|affiche|porte|pr[ée]sente)\b",
    re.IGNORECASE,
)
_TURN = re.compile(r"\b(?:mais|but|however|cependant|pourtant)\b|[;.]", re.IGNORECASE)


def _read_a_correction(reading: _Reading, name: str, unit: str, evidence: Evidence) -> None:
    """«Mon CV indique un stage en cours, mais il a pris fin»: the writer corrects the document, or not."""
    turn = _TURN.search(unit)
    if turn and (_END_WORDS.search(unit, turn.end()) or _PAST_TENSE.search(unit, turn.end())):
        reading.past.setdefault(name, evidence)
        reading.told_over.add(name)


def _mention_starts(unit: str, situation: Situation) -> list[int]:
    return [m.start() for p in (situation.names, situation.roles) if p is not None for m in p.finditer(unit)]


def _ends_ahead(unit: str, situation: Situation, structure: Structure, today: date) -> bool:
    """«Normalement ma convention de stage finit le 30 novembre», "my internship should end on 30 November":
    the mention's own sentence tells its end, dated after today; whatever the doubt on that day, the
    situation is held now."""
    for start in _mention_starts(unit, situation):
        stop = re.search(r"[.;!?]", unit[start:])
        sentence = unit[start : start + stop.start()] if stop else unit[start:]
        for word in re.finditer(r"\w+", sentence):
            if word.start() > 0 and word.group().lower().startswith(structure.ends + _ENDS_IN_ENGLISH):
                if _EITHER.search(sentence, word.end(), word.end() + 40):
                    return False  # «fin en octobre ou en décembre»: two ends in doubt, holding it too
                # «s'est terminé le 30 octobre»: a yearless day of an end told as done is this year's
                ahead = _PAST_PARTICIPLE.search(word.group()) is None
                when = _date_after(unit, start + word.end(), today, ahead)
                return when is not None and when > today
    return False


_EITHER = re.compile(r"\b(?:ou|or)\b", re.IGNORECASE)
_PAST_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|ed)$", re.IGNORECASE)
# The end of a situation in English, where the French stems of `structure.ends` do not reach.
_ENDS_IN_ENGLISH = ("end", "finish", "complet")


def _all_reported(unit: str, situation: Situation) -> bool:
    found = _mention_starts(unit, situation)
    return bool(found) and all(_reported_by_a_document(unit, start) for start in found)


def _all_anothers(unit: str, situation: Situation, text: str) -> bool:
    found = _named_at(unit, situation)
    return bool(found) and all(anothers(unit, start, text) for start in found)


def _named_at(unit: str, situation: Situation) -> list[int]:
    """Where the situation is named: by its names and roles, else by its phrase of now."""
    hit = situation.current.search(unit) if situation.current is not None else None
    return _mention_starts(unit, situation) or ([hit.start()] if hit else [])


def _stance_of(unit: str, situation: Situation) -> str:
    """How the writer holds the situation's mentions (stance.py): not stated when none is the writer's own
    statement, hedged when one is doubted and none stated plainly."""
    stances = {stance_at(unit, start) for start in _named_at(unit, situation)}
    if not stances or FACT in stances:
        return FACT
    return HEDGED if HEDGED in stances else next(iter(stances))


def _reported_by_a_document(unit: str, start: int) -> bool:
    said = [m for m in _DOCUMENT_SAYS.finditer(unit, 0, start)]
    return bool(said) and _TURN.search(unit, said[-1].end(), start) is None


def _phrase_from(unit: str, start: int) -> str:
    """The words from a mention to the next punctuation: «stage pratique BAFA dans un centre» (the small
    model often hangs the course's name on the verb, so the words are read, not the subtree)."""
    stop = re.search(r"[.,;:()!?]", unit[start:])
    return unit[start : start + stop.start()] if stop else unit[start:]


def _phrase_owner(token: Any) -> Any:
    """The noun a mention completes: «service civique» in «ma mission de service civique» → «mission»."""
    while token.dep_ == "nmod" and token.head.pos_ in {"NOUN", "PROPN"} and token.head.i != token.i:
        token = token.head
    return token


def _end_inside(token: Any, structure: Structure) -> Any:
    """An end verb the small model hung inside the mention's noun phrase: «ma mission de service civique
    au sein d'une association d'aide aux devoirs se termine dans quinze jours»."""
    owner = _phrase_owner(token)
    if any(c.dep_ in {"cop", "nsubj"} for c in owner.children):
        return None  # «je suis stagiaire …, après mon master qui s'est terminé»: another thing's end
    return next(
        (t for t in owner.subtree if t.i > token.i and is_verb(t) and starts_with(t, structure.ends)), None
    )


def _mention_state(token: Any, is_role: bool, structure: Structure, unit: str, today: date) -> str | None:
    if is_denied(token):
        return NOT_NOW  # «aucun stage … : mon master est terminé»: no end verb makes an absent thing doubtful
    reading, predicate = _read_as_a_noun(token)
    if _since_its_end(token, reading.tense, structure):
        return NOT_NOW  # «depuis la fin de mon service civique, je cherche…»: that end has passed
    end_verb = starts_with(predicate, structure.ends)
    inner_end = None if end_verb else _end_inside(predicate if predicate.i != token.i else token, structure)
    if inner_end is not None and not reading.negated and not is_negated(inner_end):
        return _state_by_end(inner_end, unit, today)
    if predicate.i != token.i and reading.tense == PAST and beyond_clause(predicate, unit, token.idx):
        # «Mon stage … dure jusqu'en février, mon master a été validé en mars»: the small model hung the
        # mention on the past verb of another clause; that tense is not the mention's. «Mon tuteur m'a
        # conseillé de vous écrire, car mon stage … se termine le 30 novembre»: its own end verb dates it.
        own_end = _end_inside(token, structure)
        if own_end is not None and not is_negated(own_end):
            return _state_by_end(own_end, unit, today)
        return _runs_until(token, unit, today)
    ends = end_verb or any(c.lower_ == "fin" for c in predicate.children)
    if predicate.i != token.i and ends and (end_verb or not reading.negated):
        # «mon stage se termine en avril 2027», «mon service civique s'est terminé en juin»; but «je ne
        # suis plus en stage depuis fin août» is a plain negation, the «fin» only dates it.
        return _state_by_its_ending(token, predicate, reading, unit, today)
    if reading.negated:
        return NOT_NOW  # «je ne suis ni en stage ni en service civique», «sans stage en cours»
    begun = _begun(token, predicate, reading.tense, structure, unit, today)
    if begun is not None:
        return begun
    if reading.tense == PAST and _state_held_since(predicate):
        # «engagée depuis octobre dans une mission de service civique»: a state begun and not left.
        return NOT_NOW if _ended_by_date(unit, today, clause_start(unit, token.idx)) else NOW
    # «J'ai commencé un stage…, il finira en mars», «j'adore mon service civique…, il se termine en avril»:
    # a later end verb taking the mention up dates it (not for a wish: «je cherche un stage»).
    told = reading.tense == PAST or (reading.tense == PRESENT and not _wished(predicate, structure))
    taken_up = _taken_up_by_a_later_end(token, structure, unit, today) if told else None
    if reading.tense == PAST and starts_with(predicate, structure.extends):
        # «mon stage a été prolongé jusqu'en février»; «… prolongé, je ne sais pas quand il finira»
        return _runs_until(token, unit, today) or taken_up or NOT_NOW
    taken_up = taken_up or (_relative_until(token, unit, today) if reading.tense == PAST else None)
    if taken_up is not None:
        return taken_up  # «j'ai fait un service civique … ; il se termine en janvier»
    if reading.tense in {PAST, CONDITIONAL}:
        return NOT_NOW  # «j'étais stagiaire», «j'ai fait un stage», «je pourrais faire un stage»
    if reading.tense == PRESENT and _alongside(token, unit, structure):
        return NOW  # «en parallèle de mon stage, je postule…»: the search runs beside a current internship
    if reading.tense == PRESENT and reading.person in {"1", None} and _placed_in(token, predicate):
        return NOT_NOW if _ended_by_date(unit, today, clause_start(unit, token.idx)) else NOW
    if _wished(predicate, structure):
        return NOT_NOW  # «je cherche un stage», «je voudrais faire un service civique»
    if reading.tense == FUTURE:
        return UNSURE  # «je serai en stage jusqu'en mars»: now or later, the coordinator asks
    return _held_now(token, predicate, reading, is_role, structure, unit, today)


def _state_by_its_ending(token: Any, predicate: Any, reading: Reading, unit: str, today: date) -> str:
    """A mention whose predicate ends it: its date, else its tense, says whether it is over."""
    if reading.negated:
        # «mon service civique n'est pas terminé, il court jusqu'en avril»: its date says it runs on;
        # «je n'ai pas fini mon stage», «je ne peux pas quitter mon stage»: still in it? Asked.
        return _runs_until(token, unit, today) or UNSURE
    when = _date_after(unit, _past_both(predicate, token), today, reading.tense != PAST)
    if when is not None:
        return NOT_NOW if when < today else NOW
    # «Fini, le stage !»: a participle standing alone (the small model gives it no tense) is done.
    done = reading.tense == NO_TENSE and predicate.lower_.endswith(_PARTICIPLE_ENDS)
    return NOT_NOW if reading.tense == PAST or done else NOW


def _since_its_end(token: Any, tense: str, structure: Structure) -> bool:
    """The mention completes a noun of its end («la fin de mon service civique», «l'issue de ma mission»)
    said as a time passed: «depuis / après la fin de…», or in a sentence told in the past."""
    owner = _phrase_owner(token)
    if owner.i == token.i or not starts_with(owner, structure.end_nouns):
        return False
    cases = (c for c in owner.children if c.dep_ == "case")
    return tense == PAST or any(starts_with(c, structure.since_end) for c in cases)


# A date told as a start («le 7 décembre», «en janvier», "on 2 November"), and a length («pour huit mois»).
_START_WORD = re.compile(r"\b(?:le|en|dès|à partir d[ue]|on|in|from)\s", re.IGNORECASE)
_LENGTH = re.compile(
    r"\b(?:pour|de|for)\s+(?P<count>\d{1,2}|\w+)\s+(?P<unit>mois|semaines?|ans?|months?|weeks?|years?)\b",
    re.IGNORECASE,
)


def _begun(
    token: Any, predicate: Any, tense: str, structure: Structure, unit: str, today: date
) -> str | None:
    """«je commence un stage le 7 décembre», «je commencerai un service civique en janvier»: a start dated
    after today is no situation held now; «j'ai commencé un service civique le 2 novembre, pour huit mois»:
    its length from its start says whether it runs today. None when no start date says it."""
    if predicate.i == token.i or not starts_with(predicate, structure.begins) or is_negated(predicate):
        return None
    after = token.idx + len(token.text)
    # The start is dated in the mention's own clause («…, elle prendra fin en mars» dates its end).
    clause = re.split(r"[,;:.()]", unit[after:], maxsplit=1)[0]
    ahead = tense != PAST
    dates = (end_date_after(clause[m.start() :], today, ahead) for m in _START_WORD.finditer(clause))
    start = next((d for d in dates if d is not None), None)
    if start is None:
        return None
    if start > today:
        return NOT_NOW
    length = _LENGTH.search(unit, after)
    if tense != PAST or length is None or not count_of(length.group("count")):
        return None
    weeks = length.group("unit").lower().startswith(("sem", "week"))
    years = length.group("unit").lower().startswith(("an", "year"))
    days = count_of(length.group("count")) * (7 if weeks else 365 if years else 30)
    return NOW if start + timedelta(days=days) >= today else NOT_NOW


def _state_by_end(end: Any, unit: str, today: date) -> str:
    """An end verb of the mention («se termine le 30 novembre», «s'est achevé»): its date, else its tense."""
    when = _date_after(unit, end.idx + len(end.text), today, tense_of(end) != PAST)
    if when is not None:
        return NOT_NOW if when < today else NOW
    return NOT_NOW if tense_of(end) == PAST else NOW


def _read_as_a_noun(token: Any) -> tuple[Reading, Any]:
    """The reading of a mention and its predicate. A situation's name or role is a noun: when the small model
    tags it as a verb («semestre» as an infinitive in «je termine mon dernier semestre», «doctorante» as a
    participle in «je suis doctorante»), its copula or the word it hangs on carries the tense, not its own
    form."""
    if token.pos_ != "VERB":
        return read_word(token), predicate_of(token)
    copula = next((c for c in token.children if c.dep_ == "cop"), None)
    if copula is not None:
        return replace(read_word(token), tense=tense_of(copula)), token
    if token.head.i == token.i or not is_verb(token.head):
        return read_word(token), predicate_of(token)
    return read_word(token.head), predicate_of(token.head)


def _taken_up_by_a_later_end(token: Any, structure: Structure, unit: str, today: date) -> str | None:
    """«J'ai commencé un stage en septembre, il finira en mars»: a later end verb, not past, whose subject is
    a pronoun taking the mention up, dated: that date says whether it runs, not the first verb's past."""
    for verb in token.doc[token.i + 1 :]:
        ends = starts_with(verb, structure.ends) or any(c.lower_ == "fin" for c in verb.children)
        told_past = tense_of(verb) == PAST and not _FUTURE_FORM.search(verb.lower_)
        if not (is_verb(verb) and ends) or told_past:
            continue  # «il se termine», «elle prendra fin»
        subject = [c for c in verb.children if c.dep_ in {"nsubj", "expl:subj"}]
        if is_negated(verb) or not any(c.lower_ in {"il", "elle"} for c in subject):
            continue
        when = _date_after(unit, verb.idx + len(verb.text), today)
        if when is not None:
            return NOT_NOW if when < today else NOW
        if _FUTURE_FORM.search(verb.lower_):
            return NOW  # «il finira», undated: an end still to come (the small model may tag it past)
    return None


# A French future's own ending (-rai, -ra, -ront…), read on the word when the small model mistags it.
_FUTURE_FORM = re.compile(r"r(?:ai|as|a|ons|ez|ont)$")
# «…, qui court jusqu'au 15 janvier», «qui dure jusqu'en mars»: a relative clause in the present dating what
# it follows (the small model often hangs it on the nearest noun, not the mention).
_RELATIVE_NOW = re.compile(
    r"^[^.;]*?\bqui\s+(?!a\b|avait\b|[ée]tait\b|s'est\b)(?:se\s+)?\w+\s+(?=jusqu)", re.IGNORECASE
)


def _relative_until(token: Any, unit: str, today: date) -> str | None:
    """«J'ai accepté un stage dans une association, qui court jusqu'au 15 janvier»: told in the past (taken),
    the mention is dated by the present relative clause after it; the date says whether it still runs."""
    after = unit[token.idx + len(token.text) :]
    found = _RELATIVE_NOW.search(after)
    if found is None or NEGATION.search(found.group()):
        return None
    return _dated_until(token, unit, today)


def _placed_in(token: Any, predicate: Any) -> bool:
    """«je me trouve actuellement en mission», «je me retrouve en stage»: a pronominal verb placing its
    subject «en» the situation says where the writer is now, like «je suis en stage» (and is no wish to
    find one: «je trouve un stage» is read apart)."""
    reflexive = any(c.morph.get("Reflex") == ["Yes"] for c in predicate.children)
    placed = token.head.i == predicate.i and any(c.lower_ == "en" for c in token.children)
    return reflexive and predicate.i != token.i and placed


def _held_now(
    token: Any, predicate: Any, reading: Reading, is_role: bool, structure: Structure, unit: str, today: date
) -> str | None:
    """A mention neither negated, past, wished nor future: is it the writer's situation now?"""
    first_person = reading.person in {"1", None}
    # «je suis en stage»; «je ne suis pas en CDI mais en stage»: a conjunct shares the copula.
    shares = predicate.i == token.i or token.dep_ == "conj"
    copula = shares and any(c.dep_ == "cop" for c in predicate.children)
    # «je suis en stage»; «je suis dans mon dernier semestre» (my own, not «dans un stage» told of others).
    mine = any(c.morph.get("Poss") == ["Yes"] for c in token.children)
    in_it = any(c.lower_ == "en" or (c.lower_ == "dans" and mine) for c in token.children)
    # «je bosse comme stagiaire», «je travaille en tant que stagiaire»: the role is the subject's now.
    as_role = is_role and any(c.lower_ in {"comme", "que"} for c in token.children)
    doing = predicate.i != token.i and starts_with(predicate, structure.doing) and reading.tense == PRESENT
    # «Encore stagiaire pour un mois», «toujours en service civique»: said without a verb, still held.
    still = predicate.i == token.i and _still_held(token, structure)
    if first_person and (
        (copula and (is_role or in_it)) or doing or still or (as_role and reading.tense == PRESENT)
    ):
        return NOT_NOW if _ended_by_date(unit, today, clause_start(unit, token.idx)) else NOW
    verbless = predicate.i == token.i and reading.tense == NO_TENSE and reading.person is None
    # «j'ai un stage à la mairie jusqu'en mars» (but «j'ai un stage de six mois» may be an experience);
    # «En stage jusqu'en mars» (a subject, a note): the date it runs until decides.
    having = reading.tense == PRESENT and token.dep_ == "obj" and predicate.lower_ in structure.having
    if having or (verbless and (in_it or is_role)):
        return _dated_until(token, unit, today)
    untensed = reading.tense == NO_TENSE and reading.person is None and not is_verb(predicate)
    if untensed and _dated_this_year(unit, token.idx, today):
        return UNSURE  # «Expérience : un stage au CCAS, cette année»: no tense, a year still running
    return _runs_until(token, unit, today)


_THIS_YEAR = re.compile(r"\b(?:cette année|this year)\b", re.IGNORECASE)


def _dated_this_year(unit: str, start: int, today: date) -> bool:
    """A mention dated only by the year we are in («cette année», «en 2026» read in 2026): over or not, the
    date cannot tell."""
    if _THIS_YEAR.search(unit, start):
        return True
    dates = find_dates(unit[start:])
    return bool(dates) and all(d.month is None and d.year == today.year for d in dates[:1])


_SINCE_NOW = {"depuis", "actuellement", "aujourd'hui", "toujours", "encore"}


def _state_held_since(predicate: Any) -> bool:
    """A bare past participle (no auxiliary: not an act told in the past) dated from a start or said of
    now: «engagé depuis septembre dans…», «actuellement affectée à…» describe a state held today."""
    if "Part" not in predicate.morph.get("VerbForm"):
        return False
    if any(c.dep_.startswith(("aux", "nsubj")) for c in predicate.children):
        return False  # «j'ai été engagée», «elle s'est engagée»: a told act
    marks = [c for c in predicate.children if c.dep_ in {"advmod", "obl:mod", "obl"}]
    return any(
        m.lower_ in _SINCE_NOW or any(g.dep_ == "case" and g.lower_ == "depuis" for g in m.children)
        for m in marks
    )


def _still_held(token: Any, structure: Structure) -> bool:
    """«toujours en stage», «Encore stagiaire»: the word of aspect on the mention, or right before its
    phrase (the small model may cut «encore en stage» in two)."""
    near = [t for t in token.doc[max(0, token.i - 2) : token.i] if t.lower_ not in {"en", "au"}]
    return any(t.lower_ in structure.still for t in [*token.children, *near])


_PARTICIPLE_ENDS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies")


def _alongside(token: Any, unit: str, structure: Structure) -> bool:
    """«En plus de mon stage», «parallèlement à ma mission de service civique»: the writer's own situation
    named as what runs beside the rest of the sentence."""
    before = unit[clause_start(unit, token.idx) : token.idx].lower()
    owned = re.sub(r"\b(?:mon|ma)\s*$", "", before)
    return owned != before and owned.rstrip().endswith(structure.alongside)


_UNTIL_WORD = re.compile(r"\b(?:jusqu.(?:en|au|à|a)?|until|till)\b", re.IGNORECASE)


def _runs_until(token: Any, unit: str, today: date) -> str | None:
    """«Mon stage dans une fédération court jusqu'au 14 février»: the writer's own situation (a first
    person possessive) said to run until a date; whatever the verb, that date says whether it still runs."""
    owners = (token, _phrase_owner(token))  # «ma mission de volontariat»: the owner carries «ma»
    mine = (c for o in owners for c in o.children if c.lower_ in {"mon", "ma"})
    if not any(c.morph.get("Poss") == ["Yes"] for c in mine):
        return None
    return _dated_until(token, unit, today)


def _dated_until(token: Any, unit: str, today: date) -> str | None:
    """Now or over by the date the mention is said to run until, if any."""
    until = _UNTIL_WORD.search(unit, token.idx + len(token.text))
    when = _date_after(unit, until.end(), today) if until else None
    if when is None:
        return None
    return NOT_NOW if when < today else NOW


def _past_both(predicate: Any, token: Any) -> int:
    """Where an end's date is looked for: after the end verb and the mention, whichever comes last
    («mon stage se termine en avril», «fin de mon stage le 30 novembre»)."""
    return int(max(predicate.idx + len(predicate.text), token.idx + len(token.text)))


def _wished(predicate: Any, structure: Structure) -> bool:
    current = predicate
    for _ in range(3):
        if starts_with(current, structure.wishes):
            return True
        if current.dep_ not in {"xcomp", "ccomp"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _date_after(unit: str, position: int, today: date, ahead: bool = True) -> date | None:
    """The last day the first date after `position` can mean: «se termine en avril 2027 et je serai
    diplômée en juin» dates the end by April, not by the later date of another clause; «jusqu'en juin»
    told of something going on is next June, not the June of a diploma named further on."""
    return end_date_after(unit[position:], today, ahead)


# «stage de fin d'études», "end-of-studies internship": with no article, the end names the kind of
# internship (the one that closes a course), not when it ends.
_END_WORDS = re.compile(
    r"\b(?:fin(?!\s+d.[ée]tudes\b|\s+de\s+(?:cursus|cycle|parcours)\b)|termin\w*|jusqu\w*|prend fin|"
    r"s.ach[eè]ve\w*|ends?(?!-of-)|ending|until|finishes)\b",
    re.IGNORECASE,
)


def _ended_by_date(unit: str, today: date, after: int = 0) -> bool:
    """«je suis stagiaire chez X (fin de la convention en avril 2025)»: the stated end is behind us. Only
    an end told after the mention counts: «j'ai terminé mon master en juin et je suis stagiaire …»."""
    end = _END_WORDS.search(unit, after)
    when = _date_after(unit, end.end(), today) if end else None
    return when is not None and when < today


def _denied_at(unit: str, hit: re.Match[str], structure: Structure) -> bool:
    """«Aucune reconversion : …», «sans reconversion», "no career change": the thing named is denied by
    its own determiner (in English, a negation word before it in its clause)."""
    if not is_french(unit):
        return has_word(structure.english, "negation", unit[clause_start(unit, hit.start()) : hit.start()])
    return any(is_denied(t) for t in tokens_in(parse(unit), hit.start(), hit.end()))


def _negated_before(unit: str, hit: re.Match[str]) -> bool:
    """«je ne suis pas en reconversion», but not «en reconversion car je ne trouve pas…»."""
    return NEGATION.search(unit, clause_start(unit, hit.start()), hit.end()) is not None


def _negated(unit: str, hit: re.Match[str]) -> bool:
    window = clause_at(unit, hit.start(), hit.start() + 1) + unit[hit.start() : hit.end()]
    return NEGATION.search(window) is not None


def _reads_as_past(unit: str, hit: re.Match[str], past: re.Pattern[str] | None, today: date) -> bool:
    if past is not None and past.search(unit):
        return True
    if _negated(unit, hit):
        return True
    if _PAST_TENSE.search(unit) and not re.search(
        r"\b(?:actuellement|en ce moment|depuis|en cours|currently)\b", unit, re.IGNORECASE
    ):
        return True
    # «service civique (2022-2023)», «stage (mars – août 2025)»: a period right after it, all behind us.
    period = re.match(r"\s*[(,:–—-]\s*([^)]{4,30})\)?", unit[hit.end() : hit.end() + 40])
    if period and not re.search(r"depuis|since|jusqu|until|aujourd|pr[ée]sent|now|en cours", period.group(1)):
        period_dates = find_dates(period.group(1))
        if period_dates and all(d.bounds()[1] < (today.year, today.month) for d in period_dates):
            return True
    until = _UNTIL.search(unit)
    if until:
        dates = [d for d in find_dates(unit[until.end() : until.end() + 30])]
        if dates:
            _, latest = dates[0].bounds()
            return latest < (today.year, today.month)
    # «2025 : stage de 5 mois» on a CV: a dated line whose dates are all behind us is past.
    starts_dated = (
        re.match(r"^\W*(?:depuis\s+)?(?:\w+\.?\s+)?(?:19|20)\d\d\b", unit, re.IGNORECASE) is not None
    )
    dates = find_dates(unit[: hit.end()]) if starts_dated else []
    if dates and not re.search(
        r"\b(?:depuis|since|en cours|aujourd.hui|present|présent)\b", unit, re.IGNORECASE
    ):
        last = dates[-1]
        _, latest = last.bounds()
        # «2026 : stage de 4 mois» on a CV listing past experiences: a bare year is a finished entry.
        if latest < (today.year, today.month) or (last.month is None and last.year <= today.year):
            return True
    return False
