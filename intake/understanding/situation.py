"""Current situation (tense and negation matter): an internship, a civic service, studies, a career change,
a job, a search. The aim (the ESS, an employer outside it) is read in aim.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from intake.understanding.aim import AimReading
from intake.understanding.aim_drawn import attraction_set_aside
from intake.understanding.attestations import held_when_issued
from intake.understanding.attitude import held_through_attitude
from intake.understanding.beside import held_by_part_of_us, put_beside
from intake.understanding.careers import (
    ANOTHER_CAREER,
    IN_THE_FIELD,
    MAYBE_ANOTHER,
    has_any,
    holds_a_contract,
    load_careers,
)
from intake.understanding.clauses import (
    NEGATION,
    PAST,
    Operator,
    clause_at,
    clause_start,
    denied_before,
    english_operator_at,
    has_word,
    in_own_words,
    is_denied,
    is_english,
    is_french,
    is_verb,
    operator_on,
    parse,
    phrase_head,
    tense_of,
    tokens_in,
)
from intake.understanding.course_followed import follows_course_now
from intake.understanding.course_length import course_lengths_blanked
from intake.understanding.course_open import follows_a_training_of_unsaid_kind
from intake.understanding.course_part_time import follows_part_time_postgraduate
from intake.understanding.course_run import course_run
from intake.understanding.dates import find_dates
from intake.understanding.end_noted import NOW as END_NOW
from intake.understanding.end_noted import UNSURE as END_UNSURE
from intake.understanding.end_noted import noted_end
from intake.understanding.extended import NOW as EXTENDED_NOW
from intake.understanding.extended import UNSURE as EXTENDED_UNSURE
from intake.understanding.extended import extended_end
from intake.understanding.facts import BODY, SUBJECT, Evidence, SituationFacts, Source
from intake.understanding.forms import (
    Answer,
    held_by_its_field,
    label_answer,
    opens_with_an_answer,
    value_for_today,
)
from intake.understanding.kind_doubted import doubted_kinds
from intake.understanding.later_dated import with_later_dated
from intake.understanding.left_to_pass import MAYBE_LEFT, part_left, presents_someone, resit_sat
from intake.understanding.lexicon import (
    KeptReadings,
    Lexicon,
    Situation,
    Structure,
    all_matches,
    first_match,
    load_meanings,
    mentions_any,
)
from intake.understanding.not_received import diploma_not_received
from intake.understanding.open_range import begun_open
from intake.understanding.owner import ANOTHER, anothers, owner_at
from intake.understanding.pending import decision_to_come, final_step_this_month
from intake.understanding.sense import only_in_other_senses
from intake.understanding.situation_career import read_career
from intake.understanding.situation_figures import (
    AFTER_ITS_END,
    civic_periphrasis,
    hedged_mention,
    paid_by_the_month,
    state_by_availability,
    state_by_figure,
    state_of_periphrasis,
    volunteering_held,
)
from intake.understanding.situation_mission import (
    A_MISSION,
    MISSION,
    is_on_untyped_mission,
    is_untyped_mission_on_cv,
)
from intake.understanding.situation_parse import (
    TURN,
    is_reported_by_a_document,
    left_open_by_operator,
    read_state_in_parse,
)
from intake.understanding.situation_time import (
    EN_SIMPLE_PAST,
    END_WORDS,
    NOT_NOW,
    NOW,
    UNSURE,
    UNTIL_WORD,
    ends_ahead,
    ends_this_month,
    find_date_after,
    find_mention_starts,
    has_final_step_ahead,
    is_dated_as_now,
    is_found,
    read_by_end_date,
    read_run_to_today,
    read_state_on_cv_line,
    read_this_year_on_cv,
)
from intake.understanding.situation_trappings import (
    Trapping,
    TrappingReading,
    presented_subject,
    read_trappings,
)
from intake.understanding.situation_words import read_state_in_words
from intake.understanding.stance import ASKED, FACT, HEDGED, NOT_STATED, stance_at
from intake.understanding.student_status import HELD_NOW, MAYBE_NOW, kept_for_its_trappings, student_status
from intake.understanding.this_year_held import held_this_year_unended
from intake.understanding.told_before import is_told_before_the_last_step
from intake.understanding.unfinished import completion_words, unfinished

# The situations a writer may share with another person at one place (beside.py): a volunteer's, an intern's.
_BESIDE = frozenset({"service_civique", "internship"})
# The order decides the one "current" label shown; every flag is still kept.
PRIORITY = ("studying", "internship", "service_civique", "career_change", "employed", "seeking")


def settle_current(situation: SituationFacts) -> None:
    """After a later reader changed the flags: the situation held now is the first flag by PRIORITY (the
    search aside), else the search, else none."""
    current = [name for name in PRIORITY if situation.flags.get(name) is not None and name != "seeking"]
    situation.current = current[0] if current else ("seeking" if situation.seeking is not None else None)
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
    """A document's lines, a mail's sentences; a question and the answer told after it are one unit
    («Vous n'êtes pas en stage ?» / «Non.»), read together as a label and its answer (forms.py)."""
    units = [ln for ln in source.lines() if ln] if source.is_document else source.sentences()
    joined: list[str] = []
    for index, unit in enumerate(units):
        if joined and joined[-1].endswith("?") and opens_with_an_answer(unit):
            joined[-1] = f"{joined[-1]} {unit}"
        elif source.is_document and _dates_the_entry_above(joined, unit, units[index + 1 : index + 2]):
            joined[-1] = f"{joined[-1]} {unit}"  # «Service civique — Unis-Cité» / «oct. 2026 – mai 2027»
        else:
            joined.append(unit)
    return joined


def _dates_the_entry_above(lines: list[str], line: str, following: list[str]) -> bool:
    """A CV line holding only a period under an entry with no date of its own (not a heading): it dates
    that entry, when the CV puts each entry's dates after it — the line after the period is dated, a
    heading, or the end. In a table of dates first («Janv. – mai 2026» / «Stage, …» / «Depuis 2022» /
    «Animatrice …») the period opens the undated entry below it: never joined there."""
    if not lines or not _only_a_period(line) or find_dates(lines[-1]) or _a_heading(lines[-1]):
        return False
    after = following[0] if following else ""
    return not after or bool(find_dates(after)) or _a_heading(after)


def _a_heading(line: str) -> bool:
    """«EXPÉRIENCES», «Formation», «Engagements :»: a few words, no figure, no mark of an entry («—», «,»)."""
    words = line.rstrip(": ").split()
    return (len(words) <= 3 and not re.search(r"[\d—–,;(]", line)) or line.isupper()


def _only_a_period(line: str) -> bool:
    """A CV line holding a period and nothing else («septembre 2026 – mai 2027», «d'octobre 2026 à juin
    2027», «depuis mars 2026»): it dates the entry on the line above, when that line has no date of its
    own."""
    dates = find_dates(line)
    rest = line
    for found in reversed(dates):
        rest = rest[: found.start] + " " + rest[found.end :]
    return bool(dates) and _PERIOD_WORDS.fullmatch(rest) is not None


_PERIOD_WORDS = re.compile(
    r"(?:[\s()\[\]–—/,.-]|\bd['’]|\b(?:d[eu]|depuis|since|from|à|au|a|to|until|jusqu['’]?(?:en|au|à)?|"
    r"aujourd['’]hui|pr[ée]sent|present|now|en cours|ongoing)\b)*",
    re.IGNORECASE,
)


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
    # Situations whose end the writer dates by this month alone («il se termine en novembre», read in
    # November): whatever another sentence says of holding them, the day of the end decides; it is asked.
    ending_now: dict[str, Evidence] = field(default_factory=dict)

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

    def ask_the_ending(self) -> None:
        """«je suis volontaire en service civique» then «il se termine en novembre», read on 26 November:
        held now by one sentence, maybe over by the other; the coordinator asks."""
        for name, evidence in self.ending_now.items():
            if self.flags.get(name) is not None:
                self.flags[name] = None
                self.uncertain[name] = evidence

    def facts(self) -> SituationFacts:
        self.trust_the_writer()
        self.ask_the_ending()
        current = next((name for name in PRIORITY if self.flags.get(name) is not None), None)
        if current is None and self.seeking is not None:
            current = "seeking"
        aim = self.aim
        aim.settle_put_off()  # «un jour, pourquoi pas»: an ESS aim for later only (aim_later.py)
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
    for source in map(lambda told: _later_dated(told, today), sources):
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
    attraction_set_aside(reading.aim, lexicon)  # «Passionné par l'ESS» beside a job sought elsewhere
    return reading.facts()


def _later_dated(source: Source, today: date) -> Source:
    """The source with each «N mois plus tard» dated by the month it lands on (later_dated.py)."""
    text = with_later_dated(source.text, today)
    return source if text is source.text else replace(source, text=text)


def _only_years(unit: str, situation: Situation) -> bool:
    """Every words of a career change the unit holds are years spent («après cinq ans comme…», "after five
    years as…"), none a change named («reconversion»): careers.py reads what those years were."""
    current = situation.current
    hits = list(current.finditer(unit)) if current is not None else []
    return bool(hits) and all(_YEARS.search(m.group()) for m in hits)


_YEARS = re.compile(r"(?i)\b(?:ans|années|annees|years)\b")


def _years_no_career(unit: str, situation: Situation, career: str | None) -> bool:
    """The career change's words in the unit are only years (`_only_years`), and those years are no career
    left: a progression in the field's own trade (careers.py: IN_THE_FIELD), or a student's job held beside
    the studies or for the summers («après plusieurs années comme animatrice pendant mes études»: careers.toml
    `alongside`), which careers.py already reads as no trade. A change named in words («reconversion») is
    never set aside."""
    if not _only_years(unit, situation):
        return False
    return career == IN_THE_FIELD or (career is None and has_any(unit, load_careers().alongside))


def _situations_named(unit: str, lexicon: Lexicon) -> frozenset[str]:
    """The situations the unit may name (a pattern, and its words held). Kept per unit: a pure test of the
    unit and of the lexicon (the owner, compared by identity); a CV sent in three formats is tested once."""
    return _NAMED.read(lexicon, unit, lambda: frozenset(_names_held(unit, lexicon)))


_NAMED: KeptReadings[frozenset[str]] = KeptReadings()


def _names_held(unit: str, lexicon: Lexicon) -> Iterator[str]:
    for name, situation in lexicon.situations.items():
        if situation.current is not None and mentions_any(unit, situation.fragments):
            yield name


def _read_career_at(
    reading: _Reading, source: Source, units: list[str], index: int, lexicon: Lexicon, today: date
) -> str | None:
    """Flags the career a unit tells as the writer's (or asks it), and returns what `read_career` said."""
    evidence = Evidence(units[index], source.where)
    career = read_career(source, units, index, today)
    if career == ANOTHER_CAREER and _career_marked_open(units, index, lexicon):
        career = MAYBE_ANOTHER  # «Pas en reconversion : ? J'ai été vendeuse trois ans…»: the writer asks
    if career == ANOTHER_CAREER:
        reading.flag("career_change", evidence)  # «Comptable pendant six ans, …»
    elif career == MAYBE_ANOTHER:
        reading.uncertain.setdefault("career_change", evidence)  # «Animateur depuis 2019, …»
    return career


def _career_marked_open(units: list[str], index: int, lexicon: Lexicon) -> bool:
    """The career told stands in, or right under, a self-check's item on a career change marked with a
    question mark («Pas en reconversion : ? J'ai été aide-soignante six ans…», «(?) pas de reconversion —
    vendeur trois ans»): the writer cannot tell whether the past job counts; the facts are why they ask, and
    the coordinator decides (forms.label_answer reads the mark)."""
    named = lexicon.situations["career_change"].current if "career_change" in lexicon.situations else None
    if named is None:
        return False
    units_read = units[max(index - 1, 0) : index + 1]
    return any(label_answer(u, hit.start()) == Answer.OPEN for u in units_read for hit in named.finditer(u))


def _read_unit(
    reading: _Reading, source: Source, units: list[str], index: int, lexicon: Lexicon, today: date
) -> None:
    """The situations one unit (a sentence, a document's line) names, with the lines around it on a CV."""
    unit = units[index]
    evidence = Evidence(unit, source.where)
    career = _read_career_at(reading, source, units, index, lexicon, today)
    named_here = _situations_named(unit, lexicon)
    for name, situation in lexicon.situations.items():
        named = name in named_here
        if named and name == "career_change" and _years_no_career(unit, situation, career):
            continue  # «cinq ans comme animatrice dans une association»: a progression (careers.py)
        if named and not only_in_other_senses(unit, _sensed_starts(unit, situation), name):
            _read_mention(reading, name, situation, unit, source, lexicon, today)  # not «stage de yoga»
    _read_noted_ends(reading, unit, source, lexicon, named_here, today)
    if source.is_document and "internship" in named_here:
        _read_open_range(reading, unit, source, lexicon, today)
    for doubted in doubted_kinds(unit, lexicon):
        reading.uncertain.setdefault(doubted, evidence)  # «je ne sais pas s'il parle d'un stage ou d'un job»
    if source.is_document and _held_now_on_cv(units, index, lexicon.structure, today):
        reading.flag("employed", evidence, on_cv=True)  # «Depuis mars 2025 : comptable (CDI)»
    on_mission = (
        is_untyped_mission_on_cv(units, index, lexicon.structure, today)
        if source.is_document
        else is_on_untyped_mission(unit, lexicon.structure, today)
    )
    mission = MISSION.search(unit) if on_mission and not source.is_document else None
    if mission is not None and anothers(unit, mission.start(), source.text):
        # «ma mère part en mission à Dakar»: another's mission; not the person a referral presents
        on_mission = presented_subject(unit, mission.start(), source.text)
    trappings = _read_trappings(reading, source, unit, lexicon, today)
    civic = lexicon.situations.get("service_civique")
    if civic is not None and civic.settled_by is not None and first_match(civic.settled_by, unit):
        on_mission = False  # «volontaire en SC (mission : …)»: the mission is the civic service named
    if on_mission and "service_civique" not in trappings:
        # A mission of unsaid kind may be a civic service or an internship («je suis en mission à la banque
        # alimentaire»); a volunteer's role, a civic service only. The coordinator asks.
        reading.uncertain.setdefault("service_civique", evidence)
        if A_MISSION.search(unit):
            reading.uncertain.setdefault("internship", evidence)
    enrolled = None if source.is_document else _ENROLLED.search(unit)
    if enrolled and not _negated_before(unit, enrolled) and not kept_for_its_trappings(unit):
        reading.uncertain.setdefault("studying", evidence)  # a student status kept after a diploma
    _read_student_status(reading, unit, source, today)
    _read_course_run(reading, unit, source, lexicon, today)
    decision = decision_to_come(unit, lexicon.structure, today, _sentence_before(units, index, source))
    awaited = _studies_pending(unit, lexicon.structure) or decision is not None
    awaited = awaited or diploma_not_received(unit, source.text)  # «pas encore reçu mon diplôme», nothing won
    if awaited:
        reading.uncertain.setdefault("studying", evidence)  # «j'attends les résultats du jury»: over? Asked
    _read_part_left(reading, unit, source, lexicon, today)
    if _pattern_said(lexicon.structure.studies_left, unit):  # «il me reste le mémoire à soutenir»
        if decision is not None and resit_sat(unit):
            reading.uncertain.setdefault("studying", evidence)  # the part «à repasser» resat, its jury ahead
        else:
            _studies_left_read(reading, unit, evidence, lexicon.structure.studies_left, source.is_document)
    # «soutenance le 14 décembre, et le jury dans la foulée»: the jury still to come is the end; it is asked.
    if not source.is_document and not source.older and decision is None:
        _read_final_step(reading, unit, evidence, lexicon, today)
    _read_unfinished(reading, unit, source, lexicon, awaited)


def _read_noted_ends(
    reading: _Reading, unit: str, source: Source, lexicon: Lexicon, named: frozenset[str], today: date
) -> None:
    """A civic service or an internship noted with its end as a dated noun and no verb (end_noted.py: «Mission
    de service civique : fin prévue fin janvier»): held when that end is ahead, asked when it is this month
    or its year unsaid. Another person's («ma sœur, en service civique, fin en mars») is theirs."""
    for name in ("service_civique", "internship"):
        names = lexicon.situations[name].names if name in named and name in lexicon.situations else None
        for mention in names.finditer(unit) if names is not None else ():
            state = noted_end(unit, mention.end(), today, _clause_start(unit, mention.start()))
            if state is None or anothers(unit, mention.start(), source.text):
                continue
            if state == END_NOW:
                reading.flag(name, Evidence(unit, source.where), on_cv=source.is_document)
            elif state == END_UNSURE:
                reading.uncertain.setdefault(name, Evidence(unit, source.where))
        first = names.search(unit) if names is not None and not source.is_document else None
        if first is not None:
            _read_extended(reading, name, unit, first.start(), source, today)


def _read_extended(reading: _Reading, name: str, unit: str, at: int, source: Source, today: date) -> None:
    """«ma mission a été prolongée jusqu'au 15 février» (extended.py): the end an extension sets is the
    placement's (named at `at`), whatever end the letter gave before; never another person's placement."""
    state = extended_end(unit, today)
    if state is None or anothers(unit, at, source.text):
        return
    if state == EXTENDED_NOW:
        reading.flag(name, Evidence(unit, source.where), on_cv=False)
        reading.ending_now.pop(name, None)  # «devait se terminer fin novembre, mais …»: the end is moved
    elif state == EXTENDED_UNSURE:
        reading.uncertain.setdefault(name, Evidence(unit, source.where))


def _read_open_range(reading: _Reading, unit: str, source: Source, lexicon: Lexicon, today: date) -> None:
    """A CV's internship line opening a recent month and leaving its end blank («Stage : 10/2026 – Association
    …», open_range.py): running now or over, asked."""
    if begun_open(unit, lexicon.situations["internship"].names, today):
        reading.uncertain.setdefault("internship", Evidence(unit, source.where))


def _clause_start(unit: str, at: int) -> int:
    """Where the sentence part holding `at` begins: after the last stop, semicolon, pipe or line break."""
    return max(unit.rfind(mark, 0, at) for mark in ".;!?|\n") + 1


def _read_part_left(reading: _Reading, unit: str, source: Source, lexicon: Lexicon, today: date) -> None:
    """A part of the course left to pass (left_to_pass.py): the studies go on; under a doubt, asked. Left to
    someone else («mon frère …, il lui reste deux modules»), not the applicant's."""
    evidence = Evidence(unit, source.where)
    left = part_left(unit, lexicon.structure, today, presents_someone(source.text))
    if left is None or anothers(unit, left.start, source.text):
        return
    if left.state == MAYBE_LEFT or stance_at(unit, left.start) != FACT:
        reading.uncertain.setdefault("studying", evidence)  # «il me manque peut-être un crédit»: asked
    elif not source.older:
        reading.flag("studying", evidence, on_cv=source.is_document)  # «il me reste deux UE à repasser»


def _read_final_step(reading: _Reading, unit: str, evidence: Evidence, lexicon: Lexicon, today: date) -> None:
    """The last step of the course told in the writer's own words: dated ahead, the studies go on («la
    soutenance n'a lieu que le 8 décembre»); dated by today's month with no day («soutenance courant
    novembre», pending.py), whether it was held is asked."""
    if final_step_this_month(unit, lexicon.structure, today):
        reading.uncertain.setdefault("studying", evidence)
    elif has_final_step_ahead(unit, lexicon.structure, today):
        reading.flag("studying", evidence)


def _read_volunteering(reading: _Reading, source: Source, unit: str, today: date) -> None:
    """A volunteer's role said by a figure and held now, the writer's own or the person presented's
    («je porte encore le gilet de la Croix-Rouge», «je file un coup de main à une asso»): a civic service or
    plain volunteering — and, paid by the month, an internship too; the coordinator asks."""
    if source.is_document or source.older:
        return
    figure = volunteering_held(unit, today)
    if figure is None or (
        anothers(unit, figure.start, source.text) and not presented_subject(unit, figure.start, source.text)
    ):
        return
    evidence = Evidence(unit, source.where)
    reading.uncertain.setdefault("service_civique", evidence)
    if paid_by_the_month(unit):
        reading.uncertain.setdefault("internship", evidence)


def _read_civic_periphrasis(
    reading: _Reading, source: Source, unit: str, lexicon: Lexicon, today: date
) -> set[str]:
    """A service civique named by a periphrasis, not by its name («le dispositif d'engagement que l'État
    propose aux jeunes», «mon année de volontariat indemnisé par l'État»): read as a mention of it. The
    situation so named ({"service_civique"}), or none."""
    # Read even beside a generic name (a bare «volontariat» is of unsaid kind, situation_parse): the State
    # said to offer or pay it settles which scheme it is.
    span = civic_periphrasis(unit)
    if span is None or (
        anothers(unit, span[0], source.text) and not presented_subject(unit, span[0], source.text)
    ):
        return set()
    state = state_of_periphrasis(unit, span, lexicon.structure, today)
    if state is not None:
        own = not source.is_document or in_own_words(unit)
        _record(reading, "service_civique", state, Evidence(unit, source.where), own, source)
    return {"service_civique"}


def _read_unfinished(reading: _Reading, unit: str, source: Source, lexicon: Lexicon, awaited: bool) -> None:
    """Situations said not over yet (unfinished.py): held now, or asked when the negation leaves the end
    open."""
    evidence = Evidence(unit, source.where)
    for name in unfinished(unit, lexicon.structure, lexicon.situations.get("internship"), awaited):
        if _end_left_open(unit, lexicon.structure):
            reading.uncertain.setdefault(name, evidence)  # «tous mes stages ne sont pas finis»: asked
            continue
        reading.flag(name, evidence, on_cv=source.is_document)  # «je n'ai pas encore fini mon master»


def _end_left_open(unit: str, structure: Structure) -> bool:
    """A completion word whose negation leaves the end open (clauses.operator_on): «tous mes stages ne sont
    pas finis» (not all, or none), «je ne pense pas que mon stage soit fini» (a thought negated), "not all
    of my placements are finished" (English: read on the clause's words)."""
    completes = completion_words(structure)
    if completes is None:
        return False
    if not is_french(unit):
        return any(
            english_operator_at(unit, m.start(), m.end()).operator.open for m in completes.finditer(unit)
        )
    doc = parse(unit)
    words = (tokens_in(doc, m.start(), m.end()) for m in completes.finditer(unit))
    return any(operator_on(word[0]).open for word in words if word)


def _sentence_before(units: list[str], index: int, source: Source) -> str:
    """The mail's sentence before the unit, where a decision's studies may be named (a bridging part); none on
    a CV, whose lines name one entry each."""
    return units[index - 1] if index > 0 and not source.is_document else ""


def _read_trappings(reading: _Reading, source: Source, unit: str, lexicon: Lexicon, today: date) -> set[str]:
    """An internship or a service civique told by its trappings, not named (situation_trappings.py): held
    now, asked, or over. The situations they tell, whichever way: a mission of a kind so told is no more
    of an unsaid kind («le pot de fin de mission Unis-Cité, c'était le 1er juillet»). A volunteer's role
    said by a figure (its garment, a helping hand) and a service civique named by a periphrasis are read
    here too: what comes with a situation, or what stands for it."""
    if source.older:
        return set()
    _read_volunteering(reading, source, unit, today)
    periphrasis = _read_civic_periphrasis(reading, source, unit, lexicon, today)
    told = read_trappings(unit, source.text, lexicon.structure, today, source.is_document)
    # A situation the unit names by its own words is read from them («je viens de finir mon service civique
    # chez Unis-Cité»); its trappings tell only what is left unnamed.
    named = {name for name in told.now | told.asked | told.over if _named_beside(unit, name, told, lexicon)}
    evidence = Evidence(unit, source.where)
    ending = not source.is_document and any(ends_this_month(unit, t.start, today) for t in told.found)
    for name in told.now - named:
        if ending:
            # «my Unis-Cité year ends this month», read in November: held today, maybe over by the day it
            # ends; as for a named situation (_read_mention), it is asked.
            reading.ending_now.setdefault(name, evidence)
        reading.flag(name, evidence, on_cv=source.is_document)  # «je touche une gratification jusqu'en mars»
    for name in told.asked - named:
        reading.uncertain.setdefault(name, evidence)  # «une indemnité de ma structure d'accueil»
    for name in told.now & named:
        if _name_only_hedged(unit, name, told, lexicon):
            # «une convention de stage jusqu'au 28 février, mais ce n'est pas vraiment un stage»: the writer's
            # word on its name is left open, the agreement held now says it (s-self, stop 56).
            reading.flag(name, evidence, on_cv=source.is_document)
    for name in (told.now | told.asked) & named:
        if _name_denied(unit, name, told, lexicon):
            # «je n'ai jamais été stagiaire au sens d'une convention : je fais une période d'immersion
            # jusqu'au 10 janvier»: the name denied, its trappings held now; which holds? Asked.
            reading.uncertain.setdefault(name, evidence)
    for name in told.over - named:
        reading.past.setdefault(name, evidence)
        if not source.is_document:
            reading.told_over.add(name)
    return set(told.now | told.asked | told.over) | periphrasis


def _name_denied(unit: str, name: str, told: TrappingReading, lexicon: Lexicon) -> bool:
    """Every mention of the situation by its own name, outside its trappings' words, is turned away by its
    operator (clauses.operator_on: denied, never, ceased, without)."""
    operators = _name_operators(unit, name, told, lexicon)
    return bool(operators) and all(operator.absent for operator in operators)


def _name_only_hedged(unit: str, name: str, told: TrappingReading, lexicon: Lexicon) -> bool:
    """Every mention of the situation by its own name, outside its trappings' words, is left open by its
    operator (clauses.Operator.HEDGED: «ce n'est pas vraiment un stage», «pas forcément un stage»): the
    writer judges the name, not the thing. Only when a trapping is told running until an end
    (`_UNTIL_AFTER`): a trapping dated ahead otherwise may not have begun."""
    if not any(_UNTIL_AFTER.match(unit, t.end) for t in told.found):
        return False  # «une convention signée pour janvier»: a date ahead that is no end starts it later
    operators = _name_operators(unit, name, told, lexicon)
    return bool(operators) and all(operator.open for operator in operators)


def _name_operators(unit: str, name: str, told: TrappingReading, lexicon: Lexicon) -> list[Operator]:
    """The operator on each mention of the situation by its own name, outside its trappings' words; none when
    the unit names it nowhere or a mention has no head in the parse (nothing read, nothing turned). French
    only: the parse reads the scope."""
    situation = lexicon.situations.get(name)
    starts = find_mention_starts(unit, situation) if situation is not None and is_french(unit) else []
    starts = [at for at in starts if not any(_inside_trapping(unit, t, at) for t in told.found)]
    doc = parse(unit) if starts else None
    heads = [phrase_head(tokens_in(doc, start, start + 1)) for start in starts] if doc is not None else []
    if any(head is None for head in heads):
        return []
    return [operator_on(head) for head in heads if head is not None]


# An end told right after a trapping («une convention de stage jusqu'à fin mars», "an agreement until
# March"): what it binds runs until then; a date ahead told otherwise («signée pour janvier») may start it;
# the end word is situation_time.UNTIL_WORD, within the clause («jusque», «jusqu’au», "till").
_UNTIL_AFTER = re.compile(r"[^.;:!?]{0,40}?" + UNTIL_WORD.pattern, re.IGNORECASE)


def _named_beside(unit: str, name: str, told: TrappingReading, lexicon: Lexicon) -> bool:
    """The situation named in the unit by its own names or roles, outside its trappings' words («placement
    agreement» is a trapping, not the name «placement»). «Stage» in «convention de stage» names it: the name
    is read from the parse («une convention signée pour le 16 novembre», a stage to come, not held now)."""
    situation = lexicon.situations.get(name)
    starts = find_mention_starts(unit, situation) if situation is not None else []
    return any(not any(t.start <= start < t.end for t in told.found) for start in starts)


# What joins a trapping's word to the situation's name as its complement: «convention de stage», «la
# gratification du stage», «avenant à ma convention de stage» (the name right after).
_COMPLEMENT_LINK = re.compile(r"\s*(?:de|d['’]|du|des)\s*", re.IGNORECASE)


def _inside_trapping(unit: str, trapping: Trapping, start: int) -> bool:
    """The name at `start` inside the trapping's words, or right after them as their complement."""
    inside = trapping.start <= start < trapping.end
    return inside or _COMPLEMENT_LINK.fullmatch(unit[trapping.end : start]) is not None


def _read_student_status(reading: _Reading, unit: str, source: Source, today: date) -> None:
    """A student's trapping held now in the writer's new text (student_status.py): «mes frais d'inscription
    2026-2027 sont payés» — the studies go on; held in the present with no time of now, it is asked."""
    if source.is_document or source.older:
        return  # a CV's «Bourse sur critères sociaux» dates a past year; an older mail may be outdated
    told = student_status(unit, today)
    if told is not None and told[0] == HELD_NOW:
        reading.flag("studying", Evidence(unit, source.where))
    elif told is not None and told[0] == MAYBE_NOW:
        reading.uncertain.setdefault("studying", Evidence(unit, source.where))


def _read_course_run(reading: _Reading, unit: str, source: Source, lexicon: Lexicon, today: date) -> None:
    """A course begun with its length told in the writer's new text (course_run.py): «M2 commencé en
    septembre, pour un an» runs on — the studies go on; ending this month, or in a length in doubt, asked."""
    if source.is_document or source.older:
        return  # a CV's «Master (2 ans) commencé en 2024» is read from its dates
    state = course_run(unit, lexicon, today)
    asked = reading.uncertain.get("studying") is not None  # another reader left the studies asked: they stay
    if state is None and not asked and follows_course_now(unit, lexicon, today):
        state = NOW  # «je fais un second master depuis octobre»: a course followed now (course_followed.py)
    if state == NOW:
        reading.flag("studying", Evidence(unit, source.where))
    elif state == UNSURE or (state is None and follows_a_training_of_unsaid_kind(unit, lexicon)):
        reading.uncertain.setdefault("studying", Evidence(unit, source.where))  # course_open.py: asked
    elif state is None and follows_part_time_postgraduate(unit, today):
        reading.uncertain.setdefault("studying", Evidence(unit, source.where))  # course_part_time.py: asked


def _sensed_starts(unit: str, situation: Situation) -> list[int]:
    """Where the situation is named (its names and roles, else its phrases), for sense.py to tell in which
    sense: «stage de yoga» names a course, «conseillère en reconversion» another's career change."""
    return find_mention_starts(unit, situation) or (
        [m.start() for m in all_matches(situation.current, unit)] if situation.current is not None else []
    )


def _studies_pending(unit: str, structure: Structure) -> bool:
    """An outcome of the studies still to come (results or a jury awaited, a resit or a course maybe taken
    up), not said in a negated clause («je n'attends plus les résultats : j'ai mon diplôme»)."""
    return _pattern_said(structure.studies_pending, unit)


def _studies_left_read(
    reading: _Reading, unit: str, evidence: Evidence, pattern: re.Pattern[str] | None, on_cv: bool
) -> None:
    """A part of the course said still to do: the studies go on — unless the clause saying it carries a
    doubt ([hedge]: «il restait peut-être une UE à rattraper», "perhaps one module left to resit"): then
    whether they are over is asked, not refused."""
    found = first_match(pattern, unit) if pattern is not None else None
    clause = unit[clause_start(unit, found.start()) : found.end()].lower() if found is not None else ""
    hedge = load_meanings()["hedge"]
    if hedge.phrased_in(clause) or any(hedge.holds(w) for w in re.findall(r"[\w'’-]+", clause)):
        reading.uncertain.setdefault("studying", evidence)
    else:
        reading.flag("studying", evidence, on_cv=on_cv)


def _pattern_said(pattern: re.Pattern[str] | None, unit: str) -> bool:
    """The pattern found in the unit, not in a negated clause («il ne me reste plus rien à soutenir»)."""
    found = first_match(pattern, unit) if pattern is not None else None  # kept per unit, prefiltered
    return found is not None and not denied_before(unit, found.start())


def _held_now_on_cv(units: list[str], index: int, structure: Structure, today: date) -> bool:
    """A CV line giving a contract begun on a date and not ended («Depuis sept. 2025 : vendeur (CDI)»,
    «Mars 2025 – aujourd'hui : …, CDI», "Since 2025: … (permanent contract)"): a job held now."""
    return holds_a_contract(units[index]) and is_dated_as_now(units, index, structure, today)


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
    """One situation named in one unit: the parse, the words or the CV line decide, else situations.toml."""
    evidence = Evidence(unit, source.where)
    # A cover letter's sentence is the writer's own words, read like the mail; a CV line is read as dated.
    own = not source.is_document or in_own_words(unit)
    answered = _answered(unit, situation, lexicon.structure, today)
    if answered is not None:
        # «Reconversion : non (jobs étudiants)», «Stage en cours : oui»: the form's answer is the fact.
        _record(reading, name, answered, evidence, own, source)
        return
    available = state_by_availability(unit, situation, today) if own else None
    if available is not None:
        # «Disponibilité : mars 2027, à l'issue de mon stage»: the date the writer is free from is its end.
        _record(reading, name, available, evidence, own, source)
        return
    if own and _only_as_a_time(unit, situation, lexicon.structure):
        return
    if own and _all_reported(unit, situation):
        _read_a_correction(reading, name, unit, evidence)
        return
    if own and _told_of_others(reading, name, situation, evidence, source.text):
        return  # «mon père est en reconversion», «ma sœur, qui fait son service civique»: not the writer's
    # A subject is the writer's words too, telegraphic: «Reconversion ou pas ?» asks, it does not state.
    stated = own or source.where == SUBJECT
    stance = _stance_of(unit, situation) if stated and name != "seeking" else FACT
    if stance in NOT_STATED:
        return  # «mon conseiller parle de reconversion», «si je ne trouve rien, je ferai un service civique»
    unit = _without_categories_asked(unit, situation) if stance == FACT and stated else unit
    # A figure said of the mention tells its state first: «le stage, c'est plié», «mon stage touche à sa fin».
    figured = state_by_figure(unit, situation, lexicon.structure, today)
    state = _in_a_subject(_state_of(situation, unit, source, own, lexicon.structure, today), source, today)
    if state in {None, NOT_NOW} and own:
        state = held_through_attitude(unit, find_mention_starts(unit, situation), today) or state
    state = NOT_NOW if own and is_told_before_the_last_step(unit, today) else state  # «Avant ça, un stage»
    if figured is not None and not (figured == NOW and state == UNSURE):
        state = figured  # but "in the thick of my placement": held now, yet is it an internship? Asked
    if state != NOT_NOW and hedged_mention(unit, situation):
        state = UNSURE  # «une sorte de stage», «un genre de service civique»: held, but is it one? Asked
    if stance == HEDGED and (state is not None or _named_at(unit, situation)):
        # «un service civique, je ne sais plus»: named under a doubt (by a name, a role or a phrase of now:
        # «ma conseillère me classe en reconversion»), the situation is asked, whatever the sentence says;
        # but a doubt on the day a coming end falls is no doubt on holding it («normalement ma convention
        # de stage finit le 30»).
        state = NOW if ends_ahead(unit, situation, lexicon.structure, today) else UNSURE
    if state == NOW and held_when_issued(unit, situation, lexicon.structure, today):
        state = UNSURE  # an attestation's present is its issue day's: still so today? Asked (attestations.py)
    state = _open_in_time(reading, (name, state), unit, situation, evidence, own and not source.older, today)
    if state is not None:
        _record(reading, name, state, evidence, own, source)
        return
    new = own and not source.older
    _read_by_phrases(reading, name, situation, evidence, new, lexicon.structure, today)


def _open_in_time(
    reading: _Reading,
    named: tuple[str, str | None],
    unit: str,
    situation: Situation,
    evidence: Evidence,
    new: bool,
    today: date,
) -> str | None:
    """The state of the writer's newest words, asked when time leaves it open: an end this month («je suis en
    stage jusqu'à fin novembre», read on 26 November), or a civic service or an internship told of «cette
    année» with no end («j'ai fait un service civique cette année»: over or running? this_year_held.py)."""
    name, state = named
    if state != NOT_NOW and new and _ends_this_month(unit, situation, today):
        reading.ending_now.setdefault(name, evidence)
        return UNSURE
    if state in {None, NOT_NOW} and name in _BESIDE and new:
        return UNSURE if held_this_year_unended(unit, find_mention_starts(unit, situation)) else state
    return state


def _told_of_others(
    reading: _Reading, name: str, situation: Situation, evidence: Evidence, text: str
) -> bool:
    """The mention is told of part of the writer's group or of another person only, not of the writer: True
    when it is read so. Whose it is, is asked when a civic service or an internship is said of part of a
    group the writer is in («on a commencé un service civique, enfin la plupart d'entre nous»), or is
    another's with the writer put beside them at its place («ma sœur fait son service civique…, je l'ai
    rejointe», "we're both at the centre"): beside.py."""
    unit = evidence.text
    if name in _BESIDE and held_by_part_of_us(unit):
        reading.uncertain.setdefault(name, evidence)
        return True
    if not _all_anothers(unit, situation, text):
        return False
    if name in _BESIDE and put_beside(unit):
        reading.uncertain.setdefault(name, evidence)
    return True


def _read_by_phrases(
    reading: _Reading,
    name: str,
    situation: Situation,
    evidence: Evidence,
    new: bool,
    structure: Structure,
    today: date,
) -> None:
    """The situation's phrases of now (rules/lexicon/situations.toml) decide when no structure did: held
    now, over (a past phrase, a negation, an end passed), or asked. `new`: the writer's own words of today."""
    unit = evidence.text
    # A course's length in brackets («Licence … à l'Université de Córdoba (5 ans)») is no trade's years.
    read = course_lengths_blanked(unit) if name == "career_change" else unit
    hit = first_match(situation.current, read) if situation.current is not None else None
    if not hit:
        return
    past_reading = (
        # A career change is told in the past tense by nature: only negation neutralises it.
        (situation.past is not None and first_match(situation.past, unit) is not None)
        or _negated_before(unit, hit)
        or _denied_at(unit, hit, structure)
        if name == "career_change"
        else _reads_as_past(unit, hit, situation.past, today)
    )
    if past_reading:
        reading.past.setdefault(name, evidence)
        if new:
            reading.told_over.add(name)
    elif name == "seeking":
        reading.seeking = reading.seeking or evidence
    elif (new and _likened_only(situation, unit)) or held_when_issued(unit, situation, structure, today):
        # «…, l'équivalent d'un service civique, jusqu'en avril»; an attestation's present is its issue day's,
        # in her words or in the mail she forwards from its issuer («nous certifions que Mme … effectue»).
        reading.uncertain.setdefault(name, evidence)
    else:
        reading.flag(name, evidence, on_cv=not new)


# A likeness said right before a name: «l'équivalent d'un service civique», «much like a service civique».
_LIKENED = re.compile(
    r"\b(?:(?:the )?same as|similar to|akin to|(?:much|just|a bit|rather|very much) like|"
    r"(?:l['’])?[ée]quivalent(?: d['’]| de| à| to| of)?|semblable à|comparable à|pareil qu['’]|"
    r"assimil[ée]e? à|proche d['’]?)\s*"
    r"(?:(?:a|an|the|un|une|le|la|du|de|d['’])\s*)?$|\bcomme\s+(?:un|une|le|la|du)\s+$",
    re.IGNORECASE,
)


def _settled(situation: Situation, unit: str) -> bool:
    """The unit names the situation by a settling name («service civique», not a bare «volontariat»), and
    not only as what another thing is likened to («volontaire du Corps européen, l'équivalent d'un service
    civique» holds the other scheme). A situation with no settling names is always settled."""
    if situation.settled_by is None:
        return True
    found = situation.settled_by.finditer(unit)
    return any(not _LIKENED.search(unit[max(0, m.start() - 40) : m.start()]) for m in found)


def _likened_only(situation: Situation, unit: str) -> bool:
    """The unit names the situation by a settling name only as a likeness of another thing."""
    named = situation.settled_by is not None and first_match(situation.settled_by, unit) is not None
    return named and not _settled(situation, unit)


def _ends_this_month(unit: str, situation: Situation, today: date) -> bool:
    """The first end told after a mention of the situation falls in this month, its day unsaid."""
    return any(ends_this_month(unit, start, today) for start in _named_at(unit, situation))


def _record(reading: _Reading, name: str, state: str, evidence: Evidence, own: bool, source: Source) -> None:
    """What one mention says of its situation: held now, over, or to be asked."""
    if state == NOW:
        reading.flag(name, evidence, on_cv=not own or source.older)
        return
    (reading.past if state == NOT_NOW else reading.uncertain).setdefault(name, evidence)
    if state == NOT_NOW and own and not source.older:
        reading.told_over.add(name)


def _answered(unit: str, situation: Situation, structure: Structure, today: date) -> str | None:
    """A form's yes/no field naming the situation in its label (forms.py): a no is none now; a yes is held
    now when the field says now («Stage en cours : oui», «Stage : oui, en cours») or its end is ahead, else
    asked («Stage : oui» — when?); a yes to a question is left to the sentence; an open answer
    («Reconversion : difficile à dire», «oui / non») is asked."""
    hit = first_match(situation.current, unit) if situation.current is not None else None
    starts = find_mention_starts(unit, situation) + ([hit.start()] if hit else [])
    answers = {label_answer(unit, start) for start in starts} - {None}
    if len(answers) != 1:
        return None if len(answers) < 2 else UNSURE
    answer = answers.pop()
    if answer != Answer.YES:
        return NOT_NOW if answer == Answer.NO else UNSURE
    if "?" in unit:
        return None  # «Est-ce que je suis en stage ? Oui, jusqu'en avril»: the sentence tells more
    now = is_found(structure.now_stated, unit) or is_found(structure.until_today, unit)
    return NOW if now or ends_ahead(unit, situation, structure, today) else UNSURE


def _state_of(
    situation: Situation, unit: str, source: Source, own: bool, structure: Structure, today: date
) -> str | None:
    """What the unit's structure says of the situation: the parse (French), the words (English), the CV
    line's dates; None when it says nothing (the phrases then decide)."""
    settled = _settled(situation, unit)
    if own and not is_english(unit) and _set_aside(unit, situation):
        return UNSURE  # «Hors stage, aucun engagement en cours»: a CV-like line of no function word
    if own:
        presented = _said_of_the_presented(unit, situation, source.text)
        state = _state_in_own_words(situation, unit, structure, today, presented)
        asked = "?" in unit  # «Un service civique en cours ?»: asked, not told
        if state is None and not asked and not is_english(unit) and _verbless(unit):
            # «Stage en cours : Coopérative Oasis, jusqu'au 15 mars», «Actuellement : stage de septembre à
            # février»: a note's line (a pasted profile, a bullet) is written like a CV's and read like one.
            state = read_state_on_cv_line(unit, situation, today) or read_run_to_today(
                unit, situation, structure, today
            )
            state = UNSURE if state == NOW and not settled else state  # «depuis mai : volontariat à …»
        named = _named_first(unit, situation)
        if state is None and not asked and held_by_its_field(unit, named, situation.past):
            state = NOW  # «Situation actuelle : En stage»: a form's or a note's field for today says now
        return state or (None if asked else _dated_by_its_field(unit, named, today))
    state = (
        read_state_on_cv_line(unit, situation, today)
        or read_run_to_today(unit, situation, structure, today)
        or read_this_year_on_cv(unit, structure, today)
    )
    if state is None and source.where == SUBJECT and not is_english(unit):
        # «Candidature - toujours en stage»: a subject is the writer's words of today, telegraphic.
        state = read_state_in_parse(unit, situation, structure, today)
    return UNSURE if state == NOW and not settled else state  # «mission de volontariat» on a CV: asked


def _dated_by_its_field(unit: str, named: re.Match[str] | None, today: date) -> str | None:
    """«Situation actuelle : stage (convention jusqu'au 28 février)», "Status: internship, until 31 January":
    a field for today whose value opens on the situation and says until when it runs; that end tells
    whether it is held now. Its year unsaid, it is the next one to come, unless that lies more than half a
    year ahead («jusqu'au 30 octobre», read in November): a slip for a passed end, or a long run? Asked."""
    until = UNTIL_WORD.search(unit, named.end()) if named and value_for_today(unit, named) else None
    if until is None:
        return None
    when = find_date_after(unit, until.end(), today)
    yearless = not re.search(r"\b(?:19|20)\d\d\b", unit[until.end() : until.end() + 30])
    far = when is not None and yearless and (when - today).days > _HALF_A_YEAR
    return UNSURE if far else read_by_end_date(unit, until.end(), today)


_HALF_A_YEAR = 183


def _in_a_subject(state: str | None, source: Source, today: date) -> str | None:
    """«Candidature — BUT 2025, en stage», "Application – currently on an internship": a Subject names a
    term-bound situation as held, yet never says until when (a subject line labels the mail, and may be
    carried over from another). Held, but still today? Asked. Said to go on («encore en stage», "still on
    an internship"), it is today's; placed in it until a date («…, en stage jusqu'en mars»), that date
    decides; otherwise dated in the Subject, it decides as ever."""
    unit = source.text if source.where == SUBJECT else ""
    placed = _PLACED_IN_IT.search(unit)
    until = UNTIL_WORD.search(unit, placed.end()) if placed else None
    if state is None and until is not None:
        return read_by_end_date(unit, until.end(), today)
    after = unit[placed.start() :] if placed else unit
    told = _TOLD_WHEN.search(unit) or _STILL.search(unit) or find_dates(after)
    if not unit or state not in {NOW, None} or told:
        return state
    return UNSURE if state == NOW or placed else state


# Until when, or since when, a Subject says a situation runs.
_TOLD_WHEN = re.compile(
    r"\b(?:jusqu|until|till|depuis|since|fin(?:it|ira)?|ends?|ending|termin\w*|finish\w*)\b", re.IGNORECASE
)
_STILL = re.compile(r"\b(?:toujours|encore|still)\b", re.IGNORECASE)
# A situation placed in by «en», "on", or told now: «…, en stage», "on a placement", «actuellement en SC».
_PLACED_IN_IT = re.compile(
    r"(?:^|[,;:—–-]\s*)(?:toujours |encore |actuellement |currently |still )?(?:en|on an?|in an?)\s+"
    r"(?:stage|service civique|internship|placement|civic service)\b",
    re.IGNORECASE,
)


def _named_first(unit: str, situation: Situation) -> re.Match[str] | None:
    """The first mention of the situation by its names, else by its roles («stagiaire»)."""
    named = first_match(situation.names, unit) if situation.names is not None else None
    return named or (first_match(situation.roles, unit) if situation.roles is not None else None)


def _set_aside(unit: str, situation: Situation) -> bool:
    """A mention of the situation the operator on it leaves open (situation_parse.left_open_by_operator),
    read on the parse even in a unit with no function word to call it French («Hors stage, …»)."""
    doc = parse(unit)
    heads = (phrase_head(tokens_in(doc, start, start + 1)) for start in find_mention_starts(unit, situation))
    return any(left_open_by_operator(head) for head in heads if head is not None)


def _state_in_own_words(
    situation: Situation, unit: str, structure: Structure, today: date, presented: bool = False
) -> str | None:
    """The writer's own sentence: the parse (French, `presented`: said of the person the mail presents) or
    the words (English)."""
    if is_french(unit):
        state = read_state_in_parse(unit, situation, structure, today, presented)
    else:
        state = read_state_in_words(unit, situation, structure, today)
    if state is None and _mine_ending_ahead(unit, situation, structure, today):
        state = NOW  # «mon stage au service … se termine fin février»: the parse lost the end verb
    # "I've been on a placement this autumn", «je fais un placement de six mois»: an internship, or a post
    # found by an agency? "I'm serving with AmeriCorps": the civic service, or an analogue abroad? Asked.
    settled = _settled(situation, unit) or _runs_to_a_term(unit, situation, today)
    return UNSURE if state == NOW and not settled else state


def _said_of_the_presented(unit: str, situation: Situation, text: str) -> bool:
    """Every mention of the situation in the French sentence is one other person's (owner.py) and that
    person is the applicant — the one the mail presents, the writer telling no diploma nor search of their
    own («je vous écris pour ma nièce Inès …, elle est en stage jusqu'en mars 2027»): her situation, read as
    a «je» would be. Never when the writer applies for herself beside another («ma sœur est en service
    civique»: owner.anothers), nor a claim reported or doubted (read before: stance_at)."""
    starts = find_mention_starts(unit, situation)
    return (
        bool(starts)
        and is_french(unit)
        and all(owner_at(unit, at) == ANOTHER and not anothers(unit, at, text) for at in starts)
    )


def _runs_to_a_term(unit: str, situation: Situation, today: date) -> bool:
    """"My placement runs until February", "I'm on a placement until March at the council": a placement held
    for a set term that ends after today is a course's placement, the internship the word means in British
    usage; a post found by an agency is not told to end. An undated one ("on a placement this autumn") is
    still asked."""
    if situation.settled_by is None or not is_english(unit):
        return False  # «un placement» in French: a post found by an agency
    for start in find_mention_starts(unit, situation):
        stop = re.search(r"[.;!?]", unit[start:])
        if not _A_PLACEMENT.match(unit, start):
            continue  # "with the European Solidarity Corps until March": an analogue of the scheme, asked
        if _VOLUNTEER_BEFORE.search(unit, max(0, start - 30), start):
            continue  # "a full-time volunteer placement": volunteering, no course's placement — asked
        until = UNTIL_WORD.search(unit, start, start + stop.start() if stop else len(unit))
        when = find_date_after(unit, until.end(), today) if until is not None else None
        if when is not None and when > today:
            return True
    return False


_A_PLACEMENT = re.compile(r"(?:work\s+)?placements?\b", re.IGNORECASE)
_VOLUNTEER_BEFORE = re.compile(r"\bvolunteer(?:ing)?\s+$", re.IGNORECASE)


def _mine_ending_ahead(unit: str, situation: Situation, structure: Structure, today: date) -> bool:
    """The writer's own situation («mon stage», «ma mission de service civique», "my internship") whose own
    sentence tells its end after today (situation_time.ends_ahead), read from the words when the small model
    lost the end verb in a long subject."""
    mine = any(_MINE.search(unit, 0, start) for start in find_mention_starts(unit, situation))
    return mine and ends_ahead(unit, situation, structure, today)


_MINE = re.compile(r"\b(?:mon|ma|my)\s+$", re.IGNORECASE)


def _period_behind_in_a_note(after: str, unit: str, today: date) -> bool:
    """A verbless unit (a CV's or a profile's entry, a note) naming the situation, then its period — two dates
    or more, whatever stands between (the place: «Volontaire en service civique, Centre social X — oct. 2025 –
    juil. 2026», «… au centre social d'octobre 2025 à juillet 2026») — all behind the reading day: an entry
    of the past. Never an open period («depuis», «en cours», "present") nor one dated by its start alone."""
    if _runs_on(after):
        return False
    dates = find_dates(after)
    if len(dates) < 2 or not all(d.bounds()[1] < (today.year, today.month) for d in dates):
        return False
    return _verbless(unit)


def _runs_on(text: str) -> bool:
    """A period said in `text` to run on rather than to lie behind the reading day: its start alone
    («depuis»), its bound to come («jusqu'en»), today named («aujourd'hui», «en cours», "present"); one
    meaning, meanings.toml [open_period], for every reading of a situation's period here."""
    return load_meanings()["open_period"].phrased_in(text)


def _verbless(unit: str) -> bool:
    """No verb conjugated in the unit: a note, a bullet, a form's line, not a sentence told in a tense."""
    return not any(is_verb(t) and "Fin" in t.morph.get("VerbForm") for t in parse(unit))


# «après mon service civique», "after my internship", «à la fin de mon stage»: it dates another act.
# «j'aimerais», «je voudrais»: the small model often tags the conditional as an imperfect.
_CONDITIONAL = re.compile(r"r(?:ais|ait|ions|iez|aient)$")
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
    elif has_word(structure.english, "past", re.sub(r"(?i)\bafter\b", "", unit)) or EN_SIMPLE_PAST.search(
        unit
    ):
        return False  # «after» itself is among the past words: only the verbs count here
    return all(AFTER_ITS_END.search(unit[max(0, start - 40) : start]) for start in spans)


def _read_a_correction(reading: _Reading, name: str, unit: str, evidence: Evidence) -> None:
    """«Mon CV indique un stage en cours, mais il a pris fin»: the writer corrects the document, or not."""
    turn = TURN.search(unit)
    if turn and (END_WORDS.search(unit, turn.end()) or _PAST_TENSE.search(unit, turn.end())):
        reading.past.setdefault(name, evidence)
        reading.told_over.add(name)


def _all_reported(unit: str, situation: Situation) -> bool:
    found = find_mention_starts(unit, situation)
    return bool(found) and all(is_reported_by_a_document(unit, start) for start in found)


def _all_anothers(unit: str, situation: Situation, text: str) -> bool:
    found = _named_at(unit, situation)
    return bool(found) and all(anothers(unit, start, text) for start in found)


def _named_at(unit: str, situation: Situation) -> list[int]:
    """Where the situation is named: by its names and roles, else by its phrase of now."""
    hit = first_match(situation.current, unit) if situation.current is not None else None
    return find_mention_starts(unit, situation) or ([hit.start()] if hit else [])


def _without_categories_asked(unit: str, situation: Situation) -> str:
    """The unit with each mention that only names a category asked about blanked out: in «j'ai fait un
    stage au printemps 2025, et je ne sais pas si mon stage de l'an dernier compte comme « être en stage »»,
    the last words name what the writer asks her stage to count as, no stage of hers; the others stay hers,
    read alone. Only the mention's first word is blanked («service» of «service civique», "career" of "career
    change"): that unmakes a name whose words must stand together, but a name the words left could spell on
    their own would be read again — the whole mention would need its end, which _named_at does not give."""
    for start in _named_at(unit, situation):
        if stance_at(unit, start) == ASKED:
            word = _MENTION_WORD.match(unit, start)
            if word is not None:
                unit = unit[:start] + " " * len(word.group()) + unit[word.end() :]
    return unit


_MENTION_WORD = re.compile(r"\w+", re.UNICODE)


def _stance_of(unit: str, situation: Situation) -> str:
    """How the writer holds the situation's mentions (stance.py): not stated when none is the writer's own
    statement, hedged when one is doubted and none stated plainly."""
    stances = {stance_at(unit, start) for start in _named_at(unit, situation)}
    if not stances or FACT in stances:
        return FACT
    return HEDGED if HEDGED in stances else next(iter(stances))


def _denied_at(unit: str, hit: re.Match[str], structure: Structure) -> bool:
    """«Aucune reconversion : …», «sans reconversion», "no career change": the thing named is denied by
    its own determiner (in English, a negation word before it in its clause)."""
    if is_english(unit):  # a unit of no function word («Ni stage, ni reconversion») is read in French
        return has_word(structure.english, "negation", unit[clause_start(unit, hit.start()) : hit.start()])
    return any(is_denied(t) for t in tokens_in(parse(unit), hit.start(), hit.end()))


def _negated_before(unit: str, hit: re.Match[str]) -> bool:
    """«je ne suis pas en reconversion», but not «en reconversion car je ne trouve pas…»."""
    return NEGATION.search(unit, clause_start(unit, hit.start()), hit.end()) is not None


def _negated(unit: str, hit: re.Match[str]) -> bool:
    window = clause_at(unit, hit.start(), hit.start() + 1) + unit[hit.start() : hit.end()]
    return NEGATION.search(window) is not None


# A CV's line opening on its date («2025 : stage», «09/2025 – 06/2026 : service civique»); an open range
# («09/2026 – : volontaire», «sept. 2026 – : stagiaire») runs to today, whatever month it began.
_DATED_LINE = re.compile(r"^\W*(?:depuis\s+)?(?:\w+\.?\s+|\d{1,2}[/.])?(?:19|20)\d\d\b", re.IGNORECASE)
_OPEN_RANGE = re.compile(r"^\W*(?:\w+\.?\s+|\d{1,2}[/.])?(?:19|20)\d\d\s*[–—-]\s*(?:[:,]|$)")


def _reads_as_past(unit: str, hit: re.Match[str], past: re.Pattern[str] | None, today: date) -> bool:
    if past is not None and first_match(past, unit):
        return True
    if _negated(unit, hit):
        return True
    if _PAST_TENSE.search(unit) and not re.search(
        r"\b(?:actuellement|en ce moment|depuis|en cours|currently)\b", unit, re.IGNORECASE
    ):
        return True
    # «service civique (2022-2023)», «stage (mars – août 2025)»: a period right after it, all behind us.
    period = re.match(r"\s*[(,:–—-]\s*([^)]{4,30})\)?", unit[hit.end() : hit.end() + 40])
    if period and not _runs_on(period.group(1)):
        period_dates = find_dates(period.group(1))
        if period_dates and all(d.bounds()[1] < (today.year, today.month) for d in period_dates):
            return True
    if _period_behind_in_a_note(unit[hit.end() :], unit, today):
        return True
    until = _UNTIL.search(unit)
    if until:
        dates = [d for d in find_dates(unit[until.end() : until.end() + 30])]
        if dates:
            _, latest = dates[0].bounds()
            return latest < (today.year, today.month)
    # «2025 : stage de 5 mois» on a CV: a dated line whose dates are all behind us is past.
    starts_dated = _DATED_LINE.match(unit) is not None and not _OPEN_RANGE.match(unit)
    dates = find_dates(unit[: hit.end()]) if starts_dated else []
    if dates and not _runs_on(unit):
        last = dates[-1]
        _, latest = last.bounds()
        # «2026 : stage de 4 mois» on a CV listing past experiences: a bare year is a finished entry.
        if latest < (today.year, today.month) or (last.month is None and last.year <= today.year):
            return True
    return False
