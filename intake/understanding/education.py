"""Diplomas: which, what level (bac+N), obtained or not, and when."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Any

from intake.understanding.attitude import without_jokes
from intake.understanding.awaited_line import awaited_over_period
from intake.understanding.award_dated import award_date
from intake.understanding.clauses import (
    NEGATION,
    PAST,
    PRESENT,
    Operator,
    clause_at,
    clause_start,
    is_french,
    is_negated,
    is_verb,
    operator_on,
    parse,
    predicate_of,
    tense_of,
    tokens_in,
)
from intake.understanding.contrast_denied import without_denied_side
from intake.understanding.course_ahead import as_entered_ahead, entered_ahead
from intake.understanding.course_ends_ahead import as_ending_ahead
from intake.understanding.course_year import told_a_year_at_most
from intake.understanding.dates import (
    SEASON_AHEAD,
    YEARLESS_MONTH,
    MonthYear,
    bare_date,
    find_dates,
    last_yearless_month,
)
from intake.understanding.diploma_asked import apposed_done, level_asked
from intake.understanding.diploma_closing import closing_month, closing_month_before
from intake.understanding.diploma_copy import dated_by_its_award
from intake.understanding.diploma_date import (
    CLAUSE_BREAK,
    DATE_ONLY,
    dates_follow_diplomas,
    english_yearless_done,
    find_graduation,
    find_neighbour,
    is_date_only,
    is_past,
)
from intake.understanding.diploma_had import (
    after_a_course,
    planned_in,
    told_had_by_a_figure,
    told_had_by_its_use,
)
from intake.understanding.diploma_level import (
    YEAR_OF,
    after_level_heading,
    find_diploma_spans,
    names_a_track,
    read_year_prefix_level,
    states_a_level,
)
from intake.understanding.diploma_month import dated_before_a_start, month_said_of, title_end
from intake.understanding.diploma_step import (
    held_by_the_writer,
    left_with_it,
    month_of_the_step,
    told_as_a_step,
    told_ended,
)
from intake.understanding.diploma_time import planned_in_unit, retimed, told_past_at
from intake.understanding.done_dated import dated_by_its_defence, defence_date, month_told_done
from intake.understanding.education_fields import (
    answered_pairs,
    diploma_field_value,
    graduation_fields,
    heading_alone,
    is_ongoing_field,
    passed_in_row,
    values_on_their_line,
)
from intake.understanding.end_awaited import without_ends_awaited
from intake.understanding.entry_year import undated_if_a_start
from intake.understanding.exam_named import names_an_exam
from intake.understanding.facts import (
    BODY,
    SUBJECT,
    DiplomaMention,
    EducationFacts,
    Evidence,
    Fact,
    Source,
    split_sentences,
)
from intake.understanding.figures import DIPLOMA as DIPLOMA_FIGURE
from intake.understanding.figures import FAILED, OBTAINED, figure_on, hears
from intake.understanding.latest_diploma import dated_by_the_latest
from intake.understanding.left_to_pass import LEFT, MAYBE_LEFT, part_left, resit_sat
from intake.understanding.level_open import level_left_open, recognition_awaited
from intake.understanding.lexicon import (
    WORD_RUN,
    KeptReadings,
    Lexicon,
    all_matches,
    escaped_alternation,
    load_meanings,
)
from intake.understanding.month_ahead import month_ahead
from intake.understanding.named_not import named_as_not_it
from intake.understanding.owner import ANOTHER, PROGRAMME, anothers, owner_at
from intake.understanding.pending import decision_to_come, final_step_ahead_at
from intake.understanding.placement_course import placement_courses_dropped
from intake.understanding.prefilter import may_match, searched
from intake.understanding.preparation_years import with_preparation_left
from intake.understanding.recognition_line import undated_on_a_recognition_line
from intake.understanding.sense import DIPLOMA, in_criterion_sense, named_in_another_sense
from intake.understanding.sessions_done import classes_only_finished
from intake.understanding.stance import FACT, obtained_on_condition, stance_at
from intake.understanding.stopped_next import left_next
from intake.understanding.student_status import kept_for_its_trappings
from intake.understanding.studies_put_right import studies_put_right
from intake.understanding.study_counts import COUNT_LABELS
from intake.understanding.study_figures import hedged_end
from intake.understanding.unfinished import GOT_EN, GOT_FR, clauses_not_over, completion_words

# A verb of starting right before the diploma it governs: «j'ai commencé un master», "I enrolled in a BA".
_STARTED_DIPLOMA = re.compile(
    r"\b(?:commenc[ée]e?|entam[ée]e?|d[ée]but[ée]e?|inscrite?|entr[ée]e?|int[ée]gr[ée]e?|started|began|begun|"
    # enrolled in the writer's other language, code-switched: «iscritta alla laurea magistrale» (t-names)
    r"enrolled|entered|joined|iscritt[oa]|inscrit[oa]|matriculad[oa])\s+(?:(?:en|dans|à|au|in|on|into|onto|for|"
    r"al|alla|all['’]|a)\s*)?"
    r"(?:(?:un|une|mon|ma|le|la|l['’]|a|an|my|the)\s*)?$",
    re.IGNORECASE,
)


# A course left before its end: «j'ai arrêté la fac pendant ma L3», «j'ai commencé une L3, puis arrêté», "I
# started an MA but dropped out". The diploma only begun, or the one the stop fell during, was not had.
_DURING = re.compile(
    r"\b(?:pendant|durant|en cours de|au milieu de|during|midway through)\s+(?:\w+\s+)?$", re.IGNORECASE
)
_STOPPED = re.compile(
    r"\b(?:arr[êeé]t[ée]e?s?|abandonn[ée]e?s?|interromp(?:u|ue|us)|quitt[ée]e?|l[âa]ch[ée]e?|stopped|quit|"
    r"dropped(?: out)?|gave up|left)\b",
    re.IGNORECASE,
)


def _left_midway(unit: str, spans: list[tuple[int, int, str, int]]) -> set[int]:
    """The diplomas said stopped («le BUT arrêté»), or begun («commencé une L3») or in the course of which a
    stop is told in the sentence («arrêté la fac pendant ma L3»), unless said obtained after («…, que j'ai
    validée en 2025»)."""
    if not _STOPPED.search(unit):
        return set()
    left: set[int] = set()
    for i, (s, e, _l, _v) in enumerate(spans):
        before = unit[max(0, s - 40) : s]
        begun = _STARTED_DIPLOMA.search(before) or _DURING.search(before) or _STARTED_AFTER.match(unit, e)
        had_after = _OBTAINED_AFTER.search(unit[e:]) or _cue_of_its_own(unit, e, spans)
        if _stopped_right_after(unit, e) or (begun and not had_after):
            left.add(i)
    return left


def _cue_of_its_own(unit: str, end: int, spans: list[tuple[int, int, str, int]]) -> bool:
    """A word of obtaining right after the diploma ending at `end`, said of it — not of a diploma it names
    next («arrêté en cours de L2, je n'ai validé que la L1»: the L1 is what was validated)."""
    cue = _OBTAINED_CUE.search(unit, end, end + 40)
    if cue is None:
        return False
    return not any(cue.end() <= s < cue.end() + 15 for s, _e, _l, _v in spans)


# A conjunct closed by a bare negation, its verb gapped: «la première année de licence, non», "the degree,
# no" — the verb is the one stated in the conjunct before («Le bac en 2023, validé ; …»); or by a part only
# («le M1, à moitié», «la L3, en partie», "the MA, only half"): the course is not had whole either.
_BARE_NO = re.compile(
    r"[^.;!?]{0,40}?,\s*(?:non|pas|no|not|(?P<part>pas encore|pas tout à fait|not yet|"
    r"(?:seulement )?à moitié|en partie|partiellement|(?:only )?(?:half|partly|in part)))\s*(?:[.;!?]|$)",
    re.IGNORECASE,
)


def _denied_by_gapping(unit: str, spans: list[tuple[int, int, str, int]]) -> set[int]:
    """The diplomas whose conjunct ends on a bare «non» after a conjunct saying one obtained («Le bac,
    validé ; la L1, non»): not obtained. Only when the gapped verb is one of obtaining, read in the conjunct
    before (a «non» after «abandonné» would deny the abandonment)."""
    return {i for i, (s, e, _l, _v) in enumerate(spans) if _gapped_no(unit, s, e)}


def _gapped_no(unit: str, start: int, end: int, part: bool = False) -> bool:
    """The words at `start`–`end` close their conjunct on a bare «non» gapping a verb of obtaining (with
    `part`, only a part said done: «le M1, à moitié»)."""
    said = _BARE_NO.match(unit, end)
    if said is None or (part and said.group("part") is None):
        return False
    before = unit[:start].rstrip()
    opened = max(before.rfind(";"), before.rfind("."), before.rfind(":"))
    earlier = before[: max(opened, 0)]
    return opened > 0 and _OBTAINED_CUE.search(earlier[max(earlier.rfind("."), 0) :]) is not None


_FEW_WORDS = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}")
# The participle of starting right after the name: «BTS commencé en 2021», «une licence entamée à Lyon»,
# "a BA started in 2020" — begun, as «j'ai commencé un BTS» is (words of its name may come between).
_STARTED_AFTER = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}(?:commenc[ée]e?s?|entam[ée]e?s?|d[ée]but[ée]e?s?|started|begun)\b",
    re.IGNORECASE,
)


def _stopped_right_after(unit: str, end: int) -> bool:
    """«le BUT arrêté après deux ans», «une licence abandonnée»: the stop said of the name, in its clause."""
    found = _STOPPED.search(unit, end, end + 25)
    return found is not None and _FEW_WORDS.fullmatch(unit[end : found.start()]) is not None


def _unless_started(unit: str, start: int, end: int, when: MonthYear | None) -> MonthYear | None:
    """«J'ai commencé un master en septembre 2024»: the date of a diploma started is not its graduation; a
    later date said of its obtention is («… et j'ai obtenu mon diplôme en juin 2025»)."""
    if when is None or when.reckoned or not _STARTED_DIPLOMA.search(unit[max(0, start - 40) : start]):
        return when  # a course's end reckoned from its start and length is its graduation
    if when.start >= end and _OBTAINED_CUE.search(unit[end : when.start]):
        return when  # «licence commencée à Lille et obtenue en 2025»
    after = max(when.end, end)
    later = [d for d in find_dates(unit) if d.start >= after and _OBTAINED_CUE.search(unit[after : d.start])]
    return later[0] if later else None


_SPLIT_DATE = re.compile(
    r"(\b(?:janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept?(?:embre)?|oct(?:obre)?|"
    r"nov(?:embre)?|d[ée]c(?:embre)?|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\.?)\s*\n\s*((?:19|20)\d\d)",
    re.IGNORECASE,
)
# In a sentence of the body, a diploma counts as obtained only when the sentence says so.
_OBTAINED_CUE = re.compile(
    rf"dipl[oô]m[ée]|{GOT_FR}|obtention|titulaire|d[ée]croch[ée]|\bhold\b|\bgraduated\b|\b{GOT_EN}\b|"
    # The noun, English's «diplômé»: "as a recent graduate in Sociology", not the verb "I will graduate in".
    r"\b(?:an?|the|recent|new)\s+(?:recent\s+)?graduate\b|"
    r"\bearned\b|\bobtained\b|\bpromo(?:tion)?\b|\bsortie?\b|\bj.ai (?:fini|termin[ée]|eu|fait)\b|"
    r"\bfinished\b|\bviens d(?:e |.)(?:obtenir|terminer|finir|valider|achever)\b|"
    # Someone presented in the third person: «mon fils a fait une licence à Agadir».
    r"\b(?:il|elle) a (?:fait|eu|fini|termin[ée]|achev[ée]|r[ée]ussi)\b|"
    r"\b(?:fils|fille|fr[eè]re|s[oœ]ur|neveu|ni[eè]ce)\b[^.;]{0,40}"
    r"\ba (?:fait|eu|fini|termin[ée]|achev[ée]|r[ée]ussi)\b|"
    # «j'ai toujours seulement un BPJEPS», «j'ai toujours mon bac»: held still (h-ostale, stop 37).
    r"\bj.ai (?:(?:d[ée]j[àa]|aussi|[ée]galement|bien|toujours|seulement|juste|uniquement) ){0,2}"
    r"(?:un|une|mon|ma)\b|\bposs[eè]de\b|"
    # Someone presented who holds it: «Il a un DUT», «elle a une licence pro», «il a le BPJEPS» (owner.py
    # says whose).
    r"\b(?:il|elle) a (?:d[ée]j[àa] |aussi |bien )?(?:un|une|son|sa|le|la|l['’])(?:\b|(?<=['’]))|"
    r"\bi (?:already |also |only |still |just )?(?:have|hold) (?:a|an|my)\b|\bholder\b|"
    # "I did a master's" as «j'ai fait un master»; «nous avons le même DUT» (the writer among the holders).
    r"\bi did (?:a|an|my)\b|\bavons (?:(?:tous|toutes) (?:les )?deux )?(?:un|une|le|la)\b|"
    r"\bre[çc]ue?\b|\bdelivered\b|"
    # The jury's result given: «j'ai été déclarée admise le 2 octobre», «admis avec mention»; not admitted
    # into a course («admise en M2», "admitted to the MSc"). (t-stud)
    r"\badmise?s?\b(?!\s+(?:en|à|a|au|aux|dans|in|to|into|at|onto)\b)|"
    # Admitted by the jury that awards the diploma («admise au jury de juillet pour ma licence»): a pass; not
    # «je n'ai pas été admise au jury».
    r"(?<!pas été )(?<!jamais été )\badmise?s?\s+(?:au|par\s+le)\s+jury\b|"
    r"\bd[ée]livr[ée]e?\b|"
    r"\ben poche\b"
    # Abbreviated: «obt. 06/2025», «dipl. en 2022».
    r"|\bobt\.|\bdipl\.(?=\s*(?:en\s+)?(?:\d|[a-zéû]+\.?\s+\d))"
    # Told done without a verb of getting: «ma licence, c'est fait», «BTS, done», «studies ending with a BA».
    r"|\bdone\b|\bc.est (?:fait|fini|boucl[ée]|bon)\b|\bboucl[ée]e?\b|\b(?:ending|ended|finishing) with\b"
    # The writer's own level or diploma taken up by «c'est»: «mon niveau : c'est un titre de niveau 4».
    r"|\b(?:mon|ma) (?:niveau|dipl[oô]me|formation|qualification|titre)\b[^.;]{0,12}\bc.est\b"
    # Possession bounded by «ne… que», "only": «je n'ai que le bac», "I only have a BTS".
    r"|\bn.ai (?:(?:donc|finalement|toujours|encore|au final|en fait) )?(?:que|qu.)"
    r"|\bi only (?:have|hold)\b|\bmy only (?:diploma|degree|qualification)\b"
    # "The only qualifications I have are my A-levels", «les seuls diplômes que j'ai».
    r"|\bthe only (?:diplomas?|degrees?|qualifications?) i (?:have|hold|got)\b"
    r"|\b(?:le seul|la seule|les seuls|les seules) (?:dipl[oô]mes?|qualifications?|titres?) que j.ai\b"
    r"|\bgot (?:my|a|an|the|his|her)\b|\breceived\b|\bawarded\b"
    # Possession bounded by «seulement»: «j'ai seulement la matura», «j'ai juste le bac».
    r"|\bj.ai (?:seulement|juste|uniquement|simplement) (?:le|la|l['’]|un|une|mon|ma)\s?"
    r"(?=bac|matur|cap\b|bep|brevet|dipl|cess|cfc|abitur|a-level|certificat)"
    # «I have» in the writer's other language, left in a French mail: «ho il diploma di maturità», «tengo
    # un grado», «tenho um mestrado», «ich habe ein Diplom».
    r"|\bho (?:il|lo|un|una|conseguito|preso)\b|\bho la (?=laurea|maturit|licenza)"
    r"|\btengo (?:el|la|un|una)\b|\btenho (?:o|a|um|uma)\b"
    r"|\bhabe (?:ein|eine|mein|meine|das|die|den)\b",
    re.IGNORECASE,
)


def read_education(sources: list[Source], lexicon: Lexicon, today: date) -> EducationFacts:
    """The diplomas of the sources, their highest and its date; a form's label alone on its line reads with
    its value on the next (education_fields.py)."""
    joined = [s if s.is_document else replace(s, text=values_on_their_line(s.text)) for s in sources]
    return _read_sources(joined, lexicon, today)


def _units_of(source: Source) -> list[str]:
    """A document's lines (a date split from its diploma put back beside it), a body's sentences."""
    if source.is_document:
        return [ln.strip() for ln in _SPLIT_DATE.sub(r"\1 \2", source.text).split("\n")]
    return _body_units(source.text)


def _studying_told(
    units: list[str], index: int, source: Source, left: bool, lexicon: Lexicon, today: date
) -> bool:
    """The unit tells studies going on: said now (unless the next sentences leave only a decision to come,
    or the story moved past the course), or paused till a taking-up ahead («une pause dans mon M2, je le
    reprendrai en mai»)."""
    unit = units[index]
    said_now = not left and _studying_now(unit, lexicon, not source.is_document, today)
    if said_now and (source.is_document or not _decided_in_the_next(units, index, lexicon, today)):
        return True
    return not source.is_document and _paused_till_ahead(unit, lexicon)


def _read_sources(sources: list[Source], lexicon: Lexicon, today: date) -> EducationFacts:
    mentions: list[DiplomaMention] = []
    untold: list[DiplomaMention] = []  # named, not said had: «je suis entrée en BUT» (see _graduation_alone)
    unclassified: list[Evidence] = []
    studying: Evidence | None = None
    asked: list[DiplomaMention] = []  # the diplomas whose level a question asks (diploma_asked.py)
    for source in sources:
        units = _units_of(source)
        dates_after = source.is_document and dates_follow_diplomas(units, lexicon)
        before: list[DiplomaMention] = []  # the diplomas of the sentence before, as told
        last_told: list[DiplomaMention] = []  # the diplomas told last, one sentence of other things between
        for index, unit in enumerate(units):
            if not unit:
                continue
            left = not source.is_document and left_next(units, index)  # a course the story moved past
            if studying is None and _studying_told(units, index, source, left, lexicon, today):
                studying = Evidence(unit, source.where)
            prev = find_neighbour(units, index, -1) if source.is_document and not dates_after else None
            nxt = find_neighbour(units, index, 1) if source.is_document else None
            found = _mentions_kept(unit, prev, nxt, source.where, lexicon, today, dates_after)
            found = _passed_below(found, unit, units[index + 1 : index + 2])
            found = undated_on_a_recognition_line(_not_anothers(_left(found, left), unit, source), unit)
            found = _as_said(found, unit, source, today)
            if not source.is_document and _level_asked_here(unit, found, asked):
                unclassified.append(Evidence(unit, source.where))  # «… est-il considéré comme un bac+3 ?»
                continue
            if not source.is_document:
                untold.extend(m for m in found if not _told_as_had(m, unit))
                if _doubted_after(unit, last_told, found):
                    # the diploma of the sentence before, its level doubted here: asked, as in its own
                    mentions = [m for m in mentions if m not in last_told]
                    unclassified.append(Evidence(f"{last_told[-1].evidence.text} {unit}", source.where))
                if index and not found and _decided_after(unit, units[index - 1], lexicon, today):
                    # «… mon BTS en juin. Toujours pas de résultats du jury.»: the diploma before is pending
                    last = before[-1:] if before and before[-1].obtained else []  # not an M2 going on
                    mentions = [replace(m, obtained=False) if m in last else m for m in mentions]
                found = [m for m in found if _told_as_had(m, unit)]
                last_told = _told_last(found, before)
                before = found
            if found and _level_doubted_here(unit, lexicon):
                # «je ne sais pas à quel niveau il correspond en France»: the writer doubts the level; the
                # diploma, named without a verb of having it (a form's field), is no graduation told either.
                unclassified.append(Evidence(unit, source.where))
                untold = [m for m in untold if m.evidence.text != unit]
                continue
            if lexicon.no_higher is not None and (said := searched(lexicon.no_higher, unit)):
                told = Evidence(unit, source.where)
                mentions.extend(_with_no_higher(found, said.group(0), told, unclassified))
                continue
            mentions.extend(found)
            if _level_left_open(unit, found, source.is_document, lexicon):
                unclassified.append(Evidence(unit, source.where))
    unclassified = _years_told_after(unclassified, mentions, lexicon)
    facts = EducationFacts(
        None, mentions, studying, unclassified, studies_doubted=_studies_doubted(sources, lexicon, today)
    )
    facts = with_preparation_left(_with_single_year(facts, sources, lexicon), sources, lexicon)  # «prépa»
    return _asked_dated(_settled(facts, sources, lexicon, today, untold), asked, today)


def _as_said(found: list[DiplomaMention], unit: str, source: Source, today: date) -> list[DiplomaMention]:
    """The diplomas of a unit as the writer's words say them (never a document's, whose lines are dated
    records): a course said in progress, in the mail or its subject; in the mail, timed by its verb's tense
    and mood (diploma_time.py), a course to enter ahead."""
    if not source.is_document or source.where == SUBJECT:
        found = [_in_progress_as_said(m, unit) for m in found]
    if not source.is_document:
        found = [_classes_only(_timed_by_its_words(m, unit, today), unit) for m in found]
    return found


def _classes_only(mention: DiplomaMention, unit: str) -> DiplomaMention:
    """«J'ai fini mes cours de M2»: the classes over, the diploma not told awarded (sessions_done.py), so
    neither had nor followed; the studies' end is asked (_studies_doubted)."""
    at = unit.lower().find(mention.text.lower())
    if at >= 0 and classes_only_finished(unit, at):
        return replace(mention, obtained=False, in_progress=False, graduation=None)
    return mention


def _level_doubted_here(unit: str, lexicon: Lexicon) -> bool:
    """The unit doubts the level of the diplomas it names, or leaves it open: «je ne sais pas à quel niveau
    il correspond», «non reconnu en France», an HND awarded where its length differs (level_open.py)."""
    return bool(_LEVEL_DOUBT.search(unit) or _NOT_RECOGNISED.search(unit) or level_left_open(unit, lexicon))


def _timed_by_its_words(mention: DiplomaMention, unit: str, today: date) -> DiplomaMention:
    """A mail's diploma timed by its own words: its verb's tense and mood (diploma_time.py), a course to
    enter ahead (course_ahead.py), a course its relative clause ends ahead (course_ends_ahead.py)."""
    return as_ending_ahead(as_entered_ahead(retimed(mention, unit, today), unit, today), unit, today)


def _left(found: list[DiplomaMention], left: bool) -> list[DiplomaMention]:
    """«Je me suis inscrite en BTS tourisme.» then «Au bout d'un an, j'ai arrêté» (stopped_next.py): the
    course the sentence told followed is left, neither going on nor had."""
    return [replace(m, in_progress=False, obtained=False) if left and m.in_progress else m for m in found]


def _with_no_higher(
    found: list[DiplomaMention], said: str, unit: Evidence, unclassified: list[Evidence]
) -> list[DiplomaMention]:
    """«Sans diplôme du supérieur», «je n'ai pas poursuivi d'études supérieures»: the bac is the highest,
    unless the same sentence names a higher diploma («pas de diplôme du supérieur en France, mais un master au
    Maroc»: the coordinator asks, the unit left unclassified)."""
    if any(m.level >= 2 and m.obtained for m in found):
        unclassified.append(unit)
        return found
    return [*found, _no_higher_mention(said, unit.text, unit.where)]


def _level_asked_here(unit: str, found: list[DiplomaMention], asked: list[DiplomaMention]) -> bool:
    """A diploma of the unit whose level a question asks («mon bachelor d'école est-il considéré comme un
    bac+3 ?»), or one taken up after that question («I got it in June 2025»): its level is left open, its
    mentions kept in `asked` for their date (_asked_dated)."""
    labels = {m.label for m in asked}
    if not (_asked_worth(unit, found) or any(m.label in labels for m in found)):
        return False
    asked.extend(found)
    return True


def _asked_dated(facts: EducationFacts, asked: list[DiplomaMention], today: date) -> EducationFacts:
    """With no diploma read, the date told of the diploma whose level a question asks («… obtenu en juin 2025,
    est considéré comme un bac+3 ?») is the graduation: the level is asked, not the date."""
    dated = next((m for m in asked if m.graduation), None)
    if facts.highest is not None or dated is None or dated.graduation is None:
        return facts
    reading = _with_reading(dated.evidence, dated.graduation, today)
    facts.graduation_alone = Fact(dated.graduation, reading)
    return facts


def _years_told_after(
    unclassified: list[Evidence], mentions: list[DiplomaMention], lexicon: Lexicon
) -> list[Evidence]:
    """«J'ai fait deux ans de BTS.» then «Mon BTS, je l'ai raté à l'examen final»: a sentence telling only the
    years spent in a course leaves the level open until another sentence tells what came of that course;
    said not obtained there (failed, given up, not in progress), the level is read from what is had."""
    told = [p for p in (lexicon.not_obtained, lexicon.failed_exam, lexicon.abandoned) if p is not None]
    came_to_nothing = {
        (m.label, m.evidence.text)
        for m in mentions
        if not m.obtained and not m.in_progress and any(p.search(m.evidence.text) for p in told)
    }
    if not came_to_nothing:
        return unclassified

    def settled_elsewhere(unit: str) -> bool:
        spans = find_diploma_spans(unit, lexicon)
        timed = _course_time_spans(unit, spans, lexicon)
        return bool(timed) and all(
            any(label == spans[i][2] and text != unit for label, text in came_to_nothing) for i in timed
        )

    return [e for e in unclassified if not settled_elsewhere(e.text)]


# A stop told as falling inside the course: «arrêté en cours de route», «quitté au milieu», "stopped midway".
_STOPPED_MIDWAY = re.compile(
    _STOPPED.pattern + r"\s+(?:\w+\s+)?(?:en cours de route|en cours d.ann[ée]e|au milieu|avant la fin|"
    r"in the middle|midway|partway|halfway|before the end)",
    re.IGNORECASE,
)


# A year of study said not validated right after it: «une année de fac non validée», «une L1 pas validée», "a
# year of university, not passed" (h-alevel, stop 36).
_NOT_VALIDATED_AFTER = re.compile(
    r"[\s,]*(?:(?:non|pas|jamais)\s+(?:valid|obten|r[ée]ussi)\w*|(?:not|never)\s+(?:passed|validated|completed))",
    re.IGNORECASE,
)


def _with_single_year(facts: EducationFacts, sources: list[Source], lexicon: Lexicon) -> EducationFacts:
    """«Le bac, puis un an de licence», "one year of university", «le premier an de la carrera»: a single
    year of higher studies, done, with no diploma above the bac told anywhere, is a level of bac+1 — no
    bac+2 diploma fits in it. Any other line naming a diploma the lexicon does not know, or studies going
    on now, leaves the level to the coordinator as before."""
    pattern = lexicon.single_higher_year
    held = [m for m in facts.mentions if m.level >= 1 and (m.obtained or m.in_progress)]
    if pattern is None or facts.studying is not None or held:
        return facts
    for source in sources:
        units = source.text.split("\n") if source.is_document else _body_units(source.text)
        for unit in units:
            said = pattern.search(unit)
            if said is None or _STOPPED_MIDWAY.search(unit) or _gapped_no(unit, said.start(), said.end()):
                # «un an de fac, mais j'ai arrêté en cours de route», «le bac, validé ; la L1, non»: the
                # year itself was not done
                continue
            if _NOT_VALIDATED_AFTER.match(unit, said.end()):
                continue  # «puis une année de fac non validée», "a year of college I didn't pass": not done
            rest = unit[: said.start()] + unit[said.end() :]
            elsewhere = any(e.text != unit for e in facts.unclassified)
            if elsewhere or _names_unknown_diploma(rest, source, lexicon):
                return facts  # «… et un an de licence après mon diplôme d'infirmier de Kinshasa»: asked
            year = DiplomaMention(
                label="Une année d'études supérieures",
                level=1,
                text=said.group(0),
                graduation=None,
                obtained=True,
                in_progress=False,
                evidence=Evidence(unit, source.where),
            )
            return replace(facts, mentions=[*facts.mentions, year], unclassified=[])
    return facts


def _level_left_open(unit: str, found: list[DiplomaMention], in_document: bool, lexicon: Lexicon) -> bool:
    """The line leaves the level to the coordinator: a track («Lycée X (section BTS)»: maybe only a track,
    maybe a BTS too), a diploma the lexicon cannot place, a time of study only, or a diploma named beside a
    bac alone with no level stated («diplôme d'État … après mon bac»)."""
    if names_a_track(unit, lexicon) or _names_level_unknown(unit, lexicon):
        return True
    if _only_time_told(unit, found, lexicon):
        return True
    if not found and _looks_like_unknown_diploma(unit, in_document):
        return True
    return (
        bool(found)
        and all(m.level == 0 for m in found)
        and _names_a_diploma_held(unit, lexicon)
        and not states_a_level(unit)
        and not told_a_year_at_most(unit)  # «puis un certificat d'un an»: bac+1 at most (course_year.py)
    )


def _names_unknown_diploma(rest: str, source: Source, lexicon: Lexicon) -> bool:
    """The words of a line besides its year of studies name a diploma whose level the lexicon cannot tell."""
    return _names_level_unknown(rest, lexicon) or _looks_like_unknown_diploma(rest, source.is_document)


def _not_anothers(found: list[DiplomaMention], unit: str, source: Source) -> list[DiplomaMention]:
    """The diplomas a sentence of the mail names as the applicant's, not another's («mon frère a eu son BTS»,
    «ma compagne a fait son master en 2021»; owner.py), nor as what her thing is not («c'est un DEC, pas une
    licence»: named_not.py). A document's line is the applicant's own — less a course's end a plan waits for
    («Recherche : … à la fin du master», end_awaited.py)."""
    if source.is_document:
        return without_ends_awaited(found, unit)
    kept, after = [], 0
    for m in found:
        # Each mention at its own place, in order: the same name said twice («le même DUT : elle a eu DUT
        # en 2023») is two mentions, whose owners differ.
        at = unit.find(m.text, after)
        at = at if at >= 0 else max(0, unit.find(m.text))
        after = at + 1
        if not anothers(unit, at, source.text) and not named_as_not_it(unit, m.text):
            kept.append(m)  # «ce n'est pas un master, c'est un certificat»: no master of hers (named_not.py)
    return kept


def _studying_said(unit: str, lexicon: Lexicon, today: date | None = None) -> int | None:
    """Where a phrase of studying («je me suis inscrite en master») begins, when not told as ended by the
    diploma obtained after it in the unit («…, que j'ai validé en juillet 2026»), nor by a date behind the
    reading day after a verb of completion (see _completed_before)."""
    # Kept per unit (all_matches): a unit is asked whether it tells of studies several times.
    found = all_matches(lexicon.studying, unit) if lexicon.studying is not None else ()
    said = next((m for m in found if today is None or not _over_or_ahead(unit, m, lexicon, today)), None)
    if said is not None and named_in_another_sense(unit, said.start(), DIPLOMA):
        return None  # «I'm studying for my driving licence»: no degree is studied (sense.py)
    return said.start() if said is not None and not _OBTAINED_AFTER.search(unit[said.end() :]) else None


def _over_or_ahead(unit: str, said: re.Match[str], lexicon: Lexicon, today: date) -> bool:
    """A phrase of studying told over by the reading day, or naming a course to enter on a date still to come
    («Je commence un master en septembre 2027»: course_ahead.py) — not studies going on now."""
    if _over_by_then(unit, said, today):
        return True
    spans = find_diploma_spans(unit, lexicon)
    return any(
        entered_ahead(unit, start, end, today) is not None
        for start, end, _label, _level in spans
        if said.start() <= start < said.end()
    )


def _over_by_then(unit: str, said: re.Match[str], today: date) -> bool:
    """A phrase of studying told over by the reading day: its date passed after a verb of completion
    («je termine ma licence en mai 2025»), or its verb a narrative present under a past year («en 2025, je
    termine ma licence»: diploma_time.py)."""
    return _completed_before(unit, said.end(), said.group(), today) or told_past_at(unit, said.start(), today)


def _studying_now(unit: str, lexicon: Lexicon, stated: bool, today: date | None = None) -> bool:
    """Studies going on, said as a fact (in a mail, `stated`, not under a doubt or a condition: stance.py)."""
    begins = _studying_said(unit, lexicon, today)
    if begins is None or (stated and _answered_no(unit, begins)):
        return False  # «si je suis encore étudiant ? non, …»: denied by the writer's own answer
    if _decided_later(unit, lexicon, today):
        # «étudiant en M2, j'ai soutenu et j'attends le jury»: over or not, asked (below); in a letter sent
        # as an attachment too, a sentence as plain as the mail's.
        return False
    if stated and kept_for_its_trappings(unit):
        return False  # «inscrite pour garder ma carte étudiante, mais plus aucun cours»: over
    if stated and _no_longer_followed(unit, begins):
        return False  # «inscrite en DU cette année, mais je n'y vais plus»: enrolled, not attending: asked
    return not stated or stance_at(unit, begins) == FACT


def _no_longer_followed(unit: str, begins: int) -> bool:
    """After the studying phrase at `begins`, its sentence says the course is no longer attended, by a verb
    of going or attending under «ne … plus» («je me suis inscrite en DU, mais je n'y vais plus depuis
    octobre»), or "I no longer attend": enrolled still, maybe, attending not — whether the studies go on is
    for the coordinator to ask, neither going on nor over."""
    rest = unit[begins:]
    if _NO_LONGER_EN.search(rest):
        return True
    if not is_french(unit) or _ATTENDING_FORM.search(rest) is None:
        return False  # the cheap test first: a form of «aller», «assister», «suivre» after the phrase
    return any(
        _ATTENDING_FORM.fullmatch(t.lower_) and operator_on(t) == Operator.CEASED
        for t in parse(unit)
        if t.idx > begins
    )


# The forms of «aller», «assister», «suivre», «fréquenter» (the small model gives no lemma).
_ATTENDING_FORM = re.compile(
    r"\b(?:vais|vas|va|allons|allez|vont|assist\w*|sui[st]|suivons|suivez|suivent|fr[ée]quent\w*)\b",
    re.IGNORECASE,
)
_NO_LONGER_EN = re.compile(
    r"\b(?:no longer|don['’]t|do not|stopped|never)\s+(?:go|going|attend|attending)\b"
    r"(?![^.]{0,20}\bbefore\b)",
    re.IGNORECASE,
)


def _decided_later(unit: str, lexicon: Lexicon, today: date | None) -> bool:
    """The studying phrase's own sentence tells a final part done and the course's decision still to come
    («j'ai soutenu mon mémoire et j'attends les résultats du jury», pending.py): the course is done but for
    its verdict; whether it is over is asked. Results expected at the end of a course still followed
    ("pursuing an MBA, final semester, results expected June 2027") leave the studies going on."""
    if today is None or _FINAL_PART_DONE.search(unit) is None:
        return False
    return decision_to_come(unit, lexicon.structure, today) is not None


# How many sentences after the studying phrase may tell its final part done and its decision awaited.
_NEXT_SENTENCES = 2


def _decided_in_the_next(units: list[str], index: int, lexicon: Lexicon, today: date) -> bool:
    """The studying phrase of sentence `index` is followed, within the next two sentences, by its course's
    final part told done and its decision still to come («Je suis en M2. J'ai rendu mon mémoire fin décembre.
    La note est attendue pour mi-février.»): as `_decided_later` in one sentence, the course is done but for
    its verdict, and whether it is over is asked. The part done is the last one ([part_done] then
    [last_part], not denied, as `_only_decision_left` reads it): partials passed mid-course are not."""
    following = units[index + 1 : index + 1 + _NEXT_SENTENCES]
    if not any(_last_part_told_done(u) for u in following):
        return False
    before = units[index]
    for unit in following:
        if decision_to_come(unit, lexicon.structure, today, before) is not None:
            return True
        before = unit
    return False


# A course's final part told done: «j'ai soutenu», «passé mes derniers examens», «rendu mon mémoire», "I
# defended", "submitted my thesis", "sat my finals"; all of it, quantified: «passé toutes mes épreuves».
# The part named first and taken up by a pronoun, its participle agreeing far from it (t-titles): «ma
# soutenance, je l'ai passée le 20 novembre», «mes partiels, je les ai tous réussis». The parts and their
# participles are named once for the three ways of telling it.
_EXAMS = r"examens|[ée]preuves|partiels"
_PART_DONE = r"soutenu|rendu|d[ée]pos[ée]"
_LAST_PARTS = r"m[ée]moire|soutenance|oral|rapport|projet de fin d['’][ée]tudes|[ée]preuves|examens"
_FINAL_PART_DONE = re.compile(
    rf"\b(?:{_PART_DONE}|pass[ée]\s+(?:(?:tous|toutes|l['’]ensemble de)\s+)?(?:mes|les|mon|ma)|"
    r"defended|submitted|sat)\b"
    rf"|\b(?:soutenance|m[ée]moire|examen|{_EXAMS}|oral)\s*,\s*je\s+l(?:es\s+|['’]\s*)ai\s+"
    rf"(?:(?:tous|toutes|bien|d[ée]j[àa])\s+)?(?:{_PART_DONE}|pass[ée]|r[ée]ussi)e?s?\b"
    # The same told of the exams as subject (t-code, stop 43): «toutes mes épreuves sont passées», «mes
    # derniers examens sont terminés».
    rf"|\b(?:tous|toutes|mes derni[eè]r\w*)\s+(?:mes\s+)?(?:{_EXAMS})\s+"
    # …and the other final parts coordinated with them (t-short, stop 45): «tous mes partiels et ma
    # soutenance sont faits», «toutes mes épreuves ainsi que mon mémoire ont été validés».
    rf"(?:(?:et|ainsi que)\s+(?:mon|ma|mes|le|la|les)\s+(?:{_LAST_PARTS})\s+)?"
    r"(?:sont|ont [ée]t[ée])\s+(?:pass|termin|fini|achev|fait|rendu|soutenu|valid)"
    # In English, the exams or the dissertation as subject, told done: "all my exams and my dissertation are
    # done", "my finals are over".
    r"|\b(?:(?:all|both)\s+)?(?:my|the)\s+(?:final\s+)?(?:exams|finals|dissertation|thesis)"
    r"(?:\s+and\s+(?:my\s+|the\s+)?(?:dissertation|thesis|exams|finals|viva|project))?\s+"
    r"(?:are|were|is|was|have been|has been)\s+(?:all\s+)?"
    r"(?:done|over|finished|completed|submitted|passed)\b",
    re.IGNORECASE,
)


def _studies_doubted(sources: list[Source], lexicon: Lexicon, today: date) -> Evidence | None:
    """«Normalement, je serai diplômée en décembre», «si le jury valide, je serai diplômée»: studies said
    ongoing under a doubt or a condition, or a course said done only in part; whether they are over is
    asked."""
    for source in sources:
        if source.is_document:
            decided = (u for u in _units_of(source) if _studying_said(u, lexicon) is not None)
            found = next((u for u in decided if _decided_later(u, lexicon, today)), None)
            if found is not None:  # «Je termine un master : examens passés, jury attendu» in a letter
                return Evidence(found, source.where)
            continue
        units = _body_units(source.text)
        for index, unit in enumerate(units):
            # A course to enter on a day ahead is no studies now: a doubt on that plan («en principe je
            # commence un master à la rentrée») leaves the studies over (course_ahead.py).
            begins = _studying_said(unit, lexicon, today)
            if begins is not None and _decided_in_the_next(units, index, lexicon, today):
                # «Je suis en M2. J'ai rendu mon mémoire. La note est attendue en février.»: asked
                told = " ".join(units[index : index + 1 + _NEXT_SENTENCES])
                return Evidence(told, source.where)
            if begins is not None and stance_at(unit, begins) != FACT and not _answered_no(unit, begins):
                return Evidence(unit, source.where)
            if begins is not None and _decided_later(unit, lexicon, today):
                return Evidence(unit, source.where)  # «étudiant en M2 … j'attends les résultats du jury»
            if begins is not None and _no_longer_followed(unit, begins):
                return Evidence(unit, source.where)  # «inscrite en DU, mais je n'y vais plus»: asked
            spans = find_diploma_spans(unit, lexicon)
            if any(classes_only_finished(unit, start) for start, _e, _l, _v in spans):
                return Evidence(unit, source.where)  # «j'ai fini mes cours de M2»: awarded? asked
            if planned_in_unit(unit, spans, today):
                return Evidence(unit, source.where)  # «je devrais obtenir mon BUT en mars»: a plan, asked
            if _paused(unit, find_diploma_spans(unit, lexicon)):
                return Evidence(unit, source.where)  # «le M2, je l'ai mis en pause»: resumed or left? asked
            if hedged_end(unit):
                return Evidence(unit, source.where)  # «quasiment diplômée d'une licence»: a hedge, asked
            if any(_gapped_no(unit, s, e, part=True) for s, e, _l, _v in find_diploma_spans(unit, lexicon)):
                # «Licence validée ; le M1, à moitié»: half a course, still followed or left, is asked.
                return Evidence(unit, source.where)
    return None


# The writer's «no» answering the question their studies were asked in: «On me demande si je suis encore
# étudiant : non, …», "Am I still a student? No, …" — the studies are denied, not doubted.
_NO_ANSWER = re.compile(
    r"[:?]\s*(?:eh bien\s+|well,?\s+)?(?:non|no|nope|pas du tout|not at all)\b", re.IGNORECASE
)


def _answered_no(unit: str, begins: int) -> bool:
    """The question holding the studying phrase at `begins` is answered «non» right after its «?» or «:»."""
    ends = re.search(r"[:?]", unit[begins:])
    return ends is not None and _NO_ANSWER.match(unit, begins + ends.start()) is not None


def _in_progress_as_said(mention: DiplomaMention, unit: str) -> DiplomaMention:
    """A diploma the writer only supposes getting («si j'obtiens mon M2 en juin», stance.py) is not had yet:
    in progress, like a year of a course the writer is in."""
    at = unit.lower().find(mention.text.lower())
    if at >= 0 and mention.obtained and obtained_on_condition(unit, at):
        return replace(mention, obtained=False, in_progress=True)
    return _year_in_progress(mention, unit)


def _year_in_progress(mention: DiplomaMention, unit: str) -> DiplomaMention:
    """«2e année de BTS» as a subject, «En deuxième année de licence, je …»: a year of a course the writer
    names, undated and not said validated, is the year they are in now (not on a CV, which lists years)."""
    at = unit.lower().find(mention.text.lower())
    if at < 0 or not mention.obtained or mention.graduation or _OBTAINED_CUE.search(unit):
        return mention
    year = YEAR_OF.search(unit[:at])
    if not year or _WAS_IN.search(unit[max(0, year.start() - 30) : year.start()]):
        return mention  # «J'étais en troisième année de licence»: a year the writer was in, not one now
    return replace(mention, obtained=False, in_progress=True)


# A year of a course told as one the writer was in (h-fstudies, stop 34): «j'étais en troisième année de
# licence», "I was in the second year of a BA" — what came of it (a stop, a diploma, nothing told) is read
# elsewhere; the course is not going on now for it.
_WAS_IN = re.compile(
    r"\b(?:j['’]étais|j['’]etais|i was)\s+(?:(?:alors|encore|still|then)\s+)?(?:en|in(?: my| the)?)\s+$",
    re.IGNORECASE,
)


# Had, said by an idiom of holding: «mon M2 est dans la poche», "my degree is in the bag" — as a fact of the
# writer's, not another's opinion («ma directrice dit que mon master est dans la poche»: stance.py).
_HELD_IDIOM = re.compile(r"\bdans (?:la|ma) poche\b|\bin the bag\b", re.IGNORECASE)


def _held_as_a_fact(unit: str) -> bool:
    said = _HELD_IDIOM.search(unit)
    return said is not None and stance_at(unit, said.start()) == FACT


def _told_as_had(mention: DiplomaMention, unit: str) -> bool:
    """A diploma of the mail counts when dated, in progress, not obtained, said obtained, or stated as a
    sentence of its own the way a CV line states it («Licence en sciences de l'éducation. Je cherche …»;
    not asked: «Master ESS ?»); not one its own clause hedges («… : peut-être un master plus tard»)."""
    if mention.in_progress or not mention.obtained or mention.graduation or mention.label in COUNT_LABELS:
        return True  # a count of study is read only where said validated (study_counts.py)
    if _denied_here(mention, unit):
        return False  # «je n'ai pas de BTS, j'ai un CAP»: the other clause's «j'ai» has no say on the BTS
    if _OBTAINED_CUE.search(unit) or _held_as_a_fact(unit) or load_meanings()["course_done"].phrased_in(unit):
        return not _hedged_here(mention, unit)
    at = max(0, unit.lower().find(mention.text.lower()))
    if _HELD_RIGHT_BEFORE.search(unit[max(0, at - 50) : at]):
        return not _hedged_here(mention, unit)  # «j'ai toujours seulement le BPJEPS»: this one, held
    if told_had_by_a_figure(unit, at, at + len(mention.text)):
        return not _hedged_here(mention, unit)  # «j'ai décroché mon M2», "fresh out of uni with a BA"
    if mention.level >= 2 and after_a_course(unit[max(0, at - 16) : at]) and _named_as_a_fact(mention):
        return not _hedged_here(mention, unit)  # «chargée de microcrédit, après un bachelor»: a course behind
    if _told_in_the_path(unit, at, at + len(mention.text)):
        return not _hedged_here(mention, unit)  # «Deux ans après, BTS…», «j'avais ma licence»
    asked, mark, answer = unit.partition("?")
    if mark and _OWN_STUDIES.search(asked) and mention.text.lower() in answer.lower():
        return True  # «Mes diplômes ? Le bac, et c'est tout.»: the writer's answer to their own question
    # «Niveau d'études : Bac+3», «Bac+2 minimum → BTS SIO»: the value answering the label.
    said = (diploma_field_value(unit) or after_level_heading(unit) or unit).strip().lower()
    return said.startswith(mention.text.strip().lower()) and "?" not in said and len(said) <= 80


def _told_in_the_path(unit: str, start: int, end: int) -> bool:
    """A diploma told had by its place in a path told in order, held by «avoir» or ended (diploma_step.py)."""
    return (
        told_as_a_step(unit, start, end)
        or held_by_the_writer(unit, start, end)
        or told_ended(unit, start, end)
        or left_with_it(unit, start)
    )


# The diploma itself held, named right after «j'ai» and its article: «j'ai le bac pro», «j'ai toujours
# seulement le BPJEPS» (h-ostale, stop 37) — said of that diploma only, not of another the sentence names.
_HELD_RIGHT_BEFORE = re.compile(
    r"\bj['’]\s*ai (?:(?:toujours|seulement|juste|uniquement|d[ée]j[àa]|bien|encore) ){0,2}"
    r"(?:le|la|l['’])\s*$",
    re.IGNORECASE,
)


def _denied_here(mention: DiplomaMention, unit: str) -> bool:
    """The diploma's own words under a negation of their clause («je n'ai pas de bac+2, j'ai un CAP et un
    bac pro», "no degree, but a vocational diploma"): a diploma not had, whatever the next clause holds."""
    at = unit.lower().find(mention.text.lower())
    if at < 0 or _DENYING_RIGHT_BEFORE.search(unit[max(0, at - 30) : at]) is None:
        return False  # «je ne sais plus si ma licence…»: a negation elsewhere, not on the diploma
    if not is_french(unit):
        return True
    return any(is_negated(t) for t in tokens_in(parse(unit), at, at + len(mention.text)))


# The words that deny a diploma, right before its name: «pas de BTS», «jamais eu de licence», «sans bac+2»,
# «aucun diplôme», "no degree", "never got a BA", "without a diploma".
_DENYING_RIGHT_BEFORE = re.compile(
    r"\b(?:pas|jamais|plus|sans|aucun|aucune|ni|no|not|never|without)\s+"
    r"(?:(?:eu|obtenu|valid[ée]|got|had|de|d['’]|du|le|la|l['’]|un|une|mon|ma|a|an|any|my)\s*){0,2}$",
    re.IGNORECASE,
)


def _hedged_here(mention: DiplomaMention, unit: str) -> bool:
    """The diploma's own clause opens on a doubt («peut-être un master plus tard», "maybe a master's one
    day"): what another clause of the sentence says obtained is not said of it. A doubt after the name is
    about what follows it («licence validée en … je ne sais plus»: the date)."""
    at = unit.lower().find(mention.text.lower())
    if at < 0:
        return False
    clause = unit[clause_start(unit, at) : at]
    hedge = load_meanings()["hedge"]
    return hedge.phrased_in(clause) or any(hedge.holds(w) for w in re.findall(r"[\w'’-]+", clause.lower()))


def _settled(
    facts: EducationFacts,
    sources: list[Source],
    lexicon: Lexicon,
    today: date,
    untold: list[DiplomaMention],
) -> EducationFacts:
    """The highest diploma and its date, once every unit is read; a studying phrase a CV dates as over."""
    if facts.studying is not None and _ended_on_a_document(facts.studying, sources, today):
        facts.studying = None
    studies_put_right(facts, sources)  # «encore étudiante… Rectificatif : le master est fini»
    if facts.studying is not None and _teaching_over(sources, lexicon):
        # «Je suis en M2 : les cours sont déjà finis»: the mémoire or the internship may be left; asked.
        facts.studies_doubted, facts.studying = facts.studying, None
    if facts.studying is not None and _only_decision_left(sources, lexicon, today):
        # «Je termine mon M2 … mémoire soutenu, derniers partiels passés : j'attends le jury»: asked.
        facts.studies_doubted, facts.studying = facts.studying, None
    going = next((m for m in facts.mentions if m.in_progress and not m.obtained), None)
    undecided = facts.studying is None and facts.studies_doubted is None and going is not None
    if undecided and going is not None and _only_decision_left(sources, lexicon, today):
        # «Je termine mon DEASS. Mémoire soutenu hier, le jury se réunit ce soir»: a diploma in progress, no
        # studying phrase, its last part done and its decision to come: its end is asked likewise.
        facts.studies_doubted = going.evidence
    _with_final_step_to_come(facts, sources, lexicon, today)
    facts.mentions = placement_courses_dropped(_stale_lines_dropped(facts.mentions))  # «stage de M1»
    facts.mentions = awaited_over_period(facts.mentions, lexicon, today)  # «2024 – 2026 : M2 ; jury à venir»
    highest = _choose_highest(_own_words_first(facts.mentions))
    if highest is not None and highest.obtained and not highest.in_progress:
        dated = _dated_by_field(highest, sources, today)
        # «Date prévue d'obtention : juin 2027»: in progress, for the «studies finished» criterion too.
        facts.mentions = [dated if m is highest else m for m in facts.mentions]
        highest = undated_if_a_start(dated, sources, lexicon)  # «…, 2022 : c'est mon année d'entrée»
        highest = _dated_elsewhere(highest, sources, lexicon, today)
        highest = dated_by_its_defence(highest, today)  # «soutenu le 2 oct., master reçu» (done_dated)
        highest = dated_by_its_award(highest, sources, today)  # a duplicate's year (diploma_copy.py)
        highest = _undated_if_contradicted(highest, facts.mentions)
        highest = _dated_by_the_bac(highest, facts.mentions)
        highest = dated_by_the_latest(highest, facts.mentions, today)  # a later BTS dates an old master
    if highest is None:
        highest, facts.graduation_alone = _graduation_alone(sources, lexicon, today, untold)
    if highest is None and facts.graduation_alone is None:
        highest = _had_by_its_use(untold)
    facts.unclassified.extend(_higher_left_untold(highest, untold))
    if (highest is None or highest.level < 2) and facts.graduation_alone is None and facts.unclassified:
        # «2026 : Bachelor (école privée) / 2023 : bac»: the diploma of open level dates the record
        facts.graduation_alone = _unclassified_dated(facts.unclassified, lexicon, today)
    if highest is not None:
        highest = dated_before_a_start(highest, sources, today)  # «… quelques semaines avant d'y entrer»
    facts.highest = _how_read(highest, today) if highest is not None else None
    if facts.graduation_alone is not None:
        alone = facts.graduation_alone
        facts.graduation_alone = Fact(alone.value, _with_reading(alone.evidence, alone.value, today))
    return facts


def _dated_by_the_bac(highest: DiplomaMention, mentions: list[DiplomaMention]) -> DiplomaMention:
    """«Bac ES en 2021, puis la L1 (validée), j'ai arrêté»: a single year of higher studies, undated, after a
    dated bac keeps the bac's year as the record's date, as a bac alone does — a level below bac+2 fails
    whatever its date, which decides nothing (check_recent_graduation)."""
    if highest.level != 1 or highest.graduation:
        return highest
    bacs = [m for m in mentions if m.level == 0 and m.obtained and m.graduation]
    return replace(highest, graduation=bacs[-1].graduation) if bacs else highest


def _higher_left_untold(highest: DiplomaMention | None, untold: list[DiplomaMention]) -> list[Evidence]:
    """«Bac en 2018, puis licence et master à Lyon»: a diploma of bac+2 or more named as a fact — not planned,
    supposed nor hedged, not said failed or given up — but not said had, beside a highest diploma below
    bac+2, may well be the applicant's: its line goes to the unclassified ones, so the level is asked
    rather than refused on the bac (a rejection needs the bac told as the highest)."""
    if highest is None or highest.level > 0:
        return []  # a level counted above the bac («une année de licence») already names that course
    return [m.evidence for m in untold if m.level >= 2 and m.obtained and _named_as_a_fact(m)]


# A negation before a diploma in its clause, in English: "no degree", "not a BA", "never did a master's".
_NEGATION_BEFORE_EN = re.compile(r"\b(?:no|not|never|without|nor|neither)\b|n't\b", re.IGNORECASE)


# A course the writer wished to begin, in a past of wishing («Le BTS, je voulais le commencer mais…», "I
# meant to start a BTS"): a wish the letter tells passed, no diploma named as had. (h-since)
_WISHED_TO_BEGIN = re.compile(
    r"\b(?:voulai[st]|voulu|souhaitai[st]|comptai[st]|pensai[st]|wanted|meant|planned|hoped)\b"
    r"[^.;!?]{0,20}?\b(?:commencer|entamer|entrer|int[ée]grer|m['’]\s*inscrire|start|begin|enrol+|do)\b",
    re.IGNORECASE,
)


def _named_as_a_fact(m: DiplomaMention) -> bool:
    """The diploma named in the criterion's sense, as a fact: not planned, supposed, hedged nor denied
    («pas de BTS ni de licence derrière»), not «je fais le master (mixage) d'une émission»."""
    unit = m.evidence.text
    at = max(0, unit.lower().find(m.text.lower()))
    if planned_in(unit) or _hedged_here(m, unit) or stance_at(unit, at) != FACT:
        return False
    if _WISHED_TO_BEGIN.search(unit):
        return False
    if not in_criterion_sense(unit, at, DIPLOMA):
        return False
    if not is_french(unit):
        return _NEGATION_BEFORE_EN.search(unit[clause_start(unit, at) : at]) is None
    named = tokens_in(parse(unit), at, at + len(m.text))
    # Done now («je fais le master (mixage) des émissions»): another sense or a course running, not a had.
    return not any(is_negated(t) or _done_now(t) for t in named)


def _done_now(token: Any) -> bool:
    predicate = predicate_of(token)
    return predicate.i != token.i and is_verb(predicate) and tense_of(predicate) == PRESENT


def _had_by_its_use(untold: list[DiplomaMention]) -> DiplomaMention | None:
    """«Après mon BTS, j'ai travaillé deux ans», «j'ai soutenu mon master», "my MA is behind me": a diploma
    of bac+2 or more told had only by its use in the sentence (diploma_had.py), read last — a diploma said
    had, or one entered and told obtained later («entrée en BUT […] diplôme obtenu en juin 2026», above),
    wins; never the bac, whose «après mon bac» would hide a diploma told another way below it."""
    used = [
        m
        for m in untold
        if m.level >= 2
        and not _hedged_here(m, m.evidence.text)
        and told_had_by_its_use(m.evidence.text, max(0, m.evidence.text.lower().find(m.text.lower())))
    ]
    return max(used, key=lambda m: m.level) if used else None


def _asked_worth(unit: str, found: list[DiplomaMention]) -> bool:
    """A diploma of the unit whose level, read by analogy only, a question asks («mon bachelor d'école de
    commerce est-il considéré comme un bac+3 ?»): that level is left to the coordinator (diploma_asked.py)."""
    return any(level_asked(unit, m.label, m.text) for m in found)


def _unclassified_dated(unclassified: list[Evidence], lexicon: Lexicon, today: date) -> Fact[str] | None:
    """«J'ai un diplôme de technicien spécialisé (OFPPT), obtenu en juin 2025»: the level is for the
    coordinator to verify, but the date is told; it is the graduation, when the line names a diploma (not
    only a school: «Université Paris 8, 2021» may be studies left) and gives one date."""
    for evidence in unclassified:
        named = (
            _A_DIPLOMA.search(evidence.text)
            or (lexicon.level_unknown is not None and lexicon.level_unknown.search(evidence.text))
            or _course_time_spans(evidence.text, find_diploma_spans(evidence.text, lexicon), lexicon)
            or (_NOT_RECOGNISED.search(evidence.text) and find_diploma_spans(evidence.text, lexicon))
            or (_LEVEL_DOUBT.search(evidence.text) and find_diploma_spans(evidence.text, lexicon))
            or level_left_open(evidence.text, lexicon)
        )  # «jusqu'en L2, que j'ai quittée en 2025»: the year the course was left
        if not named:
            continue
        dates = [d for d in find_dates(evidence.text, today) if is_past(d, today) is not False]
        # «Cette formation, je l'ai terminée en juin»: a yearless month of a course told done (done_dated.py)
        done = month_told_done(evidence.text, today) if not dates else None
        dates = [done] if done is not None else dates
        span = len(dates) == 2 and not dates[1].month and dates[1].year == dates[0].year + 1
        if len(dates) == 1 or span:  # «cohorte 2025», «année 2024-2025»
            return Fact(dates[-1].as_text(), evidence)
    return None


def _how_read(highest: DiplomaMention, today: date) -> DiplomaMention:
    if highest.graduation is None:
        return highest
    return replace(highest, evidence=_with_reading(highest.evidence, highest.graduation, today))


def _with_reading(evidence: Evidence, graduation: str, today: date) -> Evidence:
    """A date read from a span, a session or a count back from the message («il y a deux ans et demi»):
    the evidence quotes the sentence, then says in brackets how its date was read."""
    how = [d.how for d in find_dates(evidence.text, today) if d.how and d.as_text() == graduation]
    return Evidence(f"{evidence.text} [{how[-1]}]", evidence.where) if how else evidence


def _own_words_first(mentions: list[DiplomaMention]) -> list[DiplomaMention]:
    """A form's «Niveau d'études : Bac+2» is a level of studies picked in a list; when the writer says in
    their own words that a diploma of that level was not obtained («j'ai pas eu le BTS»), the level field
    gives way. A higher diploma in progress does not contradict it («Bac+4», «je suis en M2»)."""
    fields = [m for m in mentions if m.label.startswith("Bac+") and diploma_field_value(m.evidence.text)]
    own = [m for m in mentions if m not in fields]
    top = max((m.level for m in fields), default=-1)
    said_not_had = any(not m.obtained and not m.in_progress and m.level <= top for m in own)
    return own if said_not_had else mentions


def _dated_by_field(highest: DiplomaMention, sources: list[Source], today: date) -> DiplomaMention:
    """«Diplôme : Master 2» and «Année d'obtention : 2025» in one form or table: the date field dates the
    diploma field (a date still ahead makes it a diploma in progress)."""
    if highest.graduation is not None and len(highest.graduation) > 4:
        return highest
    if diploma_field_value(highest.evidence.text) is None and not answered_pairs(highest.evidence.text):
        return highest  # neither a form's field nor an answer to a criterion («Bac+2 → BTS SIO»)
    source = next((s for s in sources if s.where == highest.evidence.where), None)
    fields = list(graduation_fields(source.text, today)) if source is not None else []
    # A table of several diplomas: each date row belongs to the diploma row right above it.
    fields = [f for f in fields if f.follows == highest.evidence.text.strip()] or fields
    if len({f.when.as_text() for f in fields}) != 1:
        return highest  # none, or two dates for one diploma: which is right is not for the reader to guess
    field = fields[0]
    if highest.graduation is not None and highest.graduation != str(field.when.year):
        return highest
    evidence = Evidence(f"{highest.evidence.text} […] {field.line}", highest.evidence.where)
    if is_past(field.when, today) is False:
        return replace(highest, obtained=False, in_progress=True, evidence=evidence)
    return replace(highest, graduation=field.when.as_text(), evidence=evidence)


def _graduation_alone(
    sources: list[Source], lexicon: Lexicon, today: date, untold: list[DiplomaMention]
) -> tuple[DiplomaMention | None, Fact[str] | None]:
    """No diploma said had, but a graduation told: «je suis entrée en BUT […] j'ai obtenu le diplôme en juin
    2026» makes the diploma entered the one obtained; with none entered, only the date is known."""
    told = _graduation_told(sources, lexicon, today)
    if told is None:
        return None, None
    when, evidence = told
    entered = [m for m in untold if m.level >= 2 and m.evidence.where == evidence.where]
    if entered and not _stop_told_alone(sources, evidence.where, lexicon):
        best = max(entered, key=lambda m: m.level)
        both = Evidence(f"{best.evidence.text} […] {evidence.text}", evidence.where)
        return replace(best, graduation=when.as_text(), evidence=both), None
    return None, Fact(when.as_text(), evidence)


def _stop_told_alone(sources: list[Source], where: str, lexicon: Lexicon) -> bool:
    """«Au bout d'un an, j'ai abandonné», "I dropped out": studies stopped in a sentence naming no diploma;
    which diploma the later graduation is then cannot be told, so none entered is taken for it."""
    stop = lexicon.not_obtained
    return stop is not None and any(
        stop.search(unit) and not find_diploma_spans(unit, lexicon)
        for source in sources
        if source.where == where
        for unit in _body_units(source.text)
    )


_NEGATION_BEFORE = re.compile(r"\b(?:ne|n['’]|pas|jamais|not|never|yet)\b|n't\b", re.IGNORECASE)


def _graduation_told(
    sources: list[Source], lexicon: Lexicon, today: date
) -> tuple[MonthYear, Evidence] | None:
    """A graduation date given by a form's date field, or by a sentence that names no diploma."""
    for source in sources:
        fields = graduation_fields(source.text, today)
        if len({f.when.as_text() for f in fields}) == 1:
            return fields[0].when, Evidence(fields[0].line, source.where)
    told = _fragment_dating(sources, lexicon, today)
    if told is not None:
        return told
    for source in sources:
        if source.is_document or lexicon.graduated_alone is None:
            continue
        for unit in _body_units(source.text):
            said = lexicon.graduated_alone.search(unit)
            if said is None or find_diploma_spans(unit, lexicon):
                continue
            if _NEGATION_BEFORE.search(unit[max(0, said.start() - 25) : said.start()]):
                continue  # «je n'ai pas encore obtenu mon diplôme»
            dates = [d for d in find_dates(unit, today) if is_past(d, today) is not False]
            near = [d for d in dates if said.start() <= d.start <= said.end() + 40]
            if near or len(dates) == 1:
                return (near or dates)[0], Evidence(unit, source.where)
            # «j'ai fini mes études en juin»: a month without its year, told as done, is the last one.
            last = bare_date(unit[said.end() :], today, ahead=False) if not dates else None
            if last is not None:
                return MonthYear(last.year, last.month, said.end(), said.end()), Evidence(unit, source.where)
            month = None if dates else _month_in_clause(unit, said.end(), today)
            if month is not None:
                return month, Evidence(unit, source.where)
    return None


def _month_in_clause(unit: str, end: int, today: date) -> MonthYear | None:
    """«diplômée de Lyon 2 en juin», "I graduated from Durham in June with …": a month without its year a
    few words on in the clause of a graduation told as done, read as the last such month; a month of a
    later clause («… and moved to Lille in September») is not the graduation's."""
    stop = CLAUSE_BREAK.search(unit, end)
    said = last_yearless_month(unit[end : stop.start() if stop else len(unit)], today)
    if said is None or said[1] or said[0].start > 50:
        return None
    return MonthYear(said[0].year, said[0].month, end + said[0].start, end + said[0].end)


def _fragment_dating(
    sources: list[Source], lexicon: Lexicon, today: date, named: str | None = None
) -> tuple[MonthYear, Evidence] | None:
    """«BTS tourisme, Nice. Mai 2025.», «Moi : licence 3 histoire, Rennes. Fini juin 2024.»: a sentence
    telling only a date behind us, or a date and a word of completion, dates the diploma the sentence just
    before names (`named`, when given: that sentence) — the telegraphic register of a learner, or a CV line
    written as a mail. The dating sentence is the evidence."""
    for source in sources:
        if source.is_document:
            continue
        units = _body_units(source.text)
        for before, unit in pairwise(units):
            if (named is not None and before != named) or not find_diploma_spans(before, lexicon):
                continue
            when = _date_alone(unit, lexicon, today)
            if when is not None:
                return when, Evidence(unit, source.where)
    return None


_NOTHING_BUT_LINKS = re.compile(r"[\W_]*(?:(?:en|in|le|depuis|since|on)\b[\W_]*)?", re.IGNORECASE)


def _date_alone(unit: str, lexicon: Lexicon, today: date) -> MonthYear | None:
    """The one date of a sentence that says nothing else but a word of completion («Fini juin 2025.»,
    «Obtenu en 2024», «Juin 2025.»), when the reading day has passed it."""
    dates = find_dates(unit, today)
    if len(dates) != 1 or is_past(dates[0], today) is not True:
        return None
    rest = f"{unit[: dates[0].start]} {unit[dates[0].end :]}"
    completes = completion_words(lexicon.structure)
    rest = completes.sub(" ", rest, count=1) if completes is not None else rest
    rest = _OBTAINED_WORD.sub(" ", rest, count=1)
    return dates[0] if _NOTHING_BUT_LINKS.fullmatch(rest.strip()) else None


_OBTAINED_WORD = re.compile(r"\b(?:obtenue?|dipl[oô]m[ée]e?|graduated|obtained)\b", re.IGNORECASE)


def _stale_lines_dropped(mentions: list[DiplomaMention]) -> list[DiplomaMention]:
    """«J'ai obtenu mon master en septembre» in the mail, «Master 2 (en cours)» on the CV: the mail is
    written today, the CV earlier; a diploma the mail says obtained ends the CV's studies up to its level."""
    said = [m.level for m in mentions if m.obtained and not m.in_progress and m.evidence.where == BODY]
    if not said:
        return mentions
    return [m for m in mentions if not (m.in_progress and m.evidence.where != BODY and m.level <= max(said))]


# Tracks a mail may name loosely in the present while a CV dates them: «je suis en alternance».
_TRACKS = re.compile(r"\b(?:alternan\w*|apprenti\w*|apprenticeship|work-study)\b", re.IGNORECASE)


def _ended_on_a_document(studying: Evidence, sources: list[Source], today: date) -> bool:
    """«je suis en alternance depuis deux ans» in the mail, «Alternance : septembre 2024 à septembre 2026»
    on the CV: the dated line decides, and it has ended."""
    track = _TRACKS.search(studying.text)
    if track is None:
        return False
    for source in sources:
        for line in source.text.split("\n") if source.is_document else []:
            dates = find_dates(line) if _TRACKS.search(line) else []
            ended = dates[-1].bounds()[1] < (today.year, today.month) if dates else False
            if len(dates) >= 2 and dates[-1].month is not None and ended:
                return True
    return False


def _no_higher_mention(said: str, unit: str, where: str) -> DiplomaMention:
    return DiplomaMention(
        label="Aucun diplôme du supérieur",
        level=0,
        text=said,
        graduation=None,
        obtained=True,
        in_progress=False,
        evidence=Evidence(unit, where),
    )


_GRADUATED = re.compile(r"\b(?:dipl[oô]m[ée]e?s?|graduated|promo(?:tion)?|sortie? d)\b", re.IGNORECASE)


def _dated_elsewhere(
    highest: DiplomaMention, sources: list[Source], lexicon: Lexicon, today: date
) -> DiplomaMention:
    """«J'ai un master en sociologie. Je suis diplômée en juin 2026.»: a graduation told in a sentence of
    its own dates the highest diploma, or gives the month its CV line lacks («Master, 2026»)."""
    if highest.graduation is not None and len(highest.graduation) > 4:
        return highest
    told = _fragment_dating(sources, lexicon, today, highest.evidence.text)
    if told is not None and (highest.graduation is None or highest.graduation == str(told[0].year)):
        evidence = Evidence(f"{highest.evidence.text} […] {told[1].text}", highest.evidence.where)
        return replace(highest, graduation=told[0].as_text(), evidence=evidence)
    for source in sources:
        if source.is_document:
            continue
        for unit in _body_units(source.text):
            # «diplômée en juin», or a graduation told of the diploma named elsewhere («le diplôme date de…»),
            # or the jury that awarded it («Date de jury : 01/07/2025», under the diploma's line).
            alone = lexicon.graduated_alone is not None and lexicon.graduated_alone.search(unit) is not None
            awarded = _jury_dates(unit)
            defended = defence_date(unit, today)  # «Fin de cursus : soutenance le 2 octobre» (done_dated.py)
            said = bool(_GRADUATED.search(unit)) or alone or awarded or defended is not None
            if not said or find_diploma_spans(unit, lexicon):
                continue
            dates = [d for d in find_dates(unit, today) if is_past(d, today)]
            dates = [defended] if defended is not None else dates
            dates = dates or _month_told(unit, lexicon, today)  # «diplôme reçu en juin»: the last June
            if len(dates) != 1:
                continue  # «diplômée en 2024, en stage depuis 2025»: which date is which is not clear
            when = dates[0]
            if highest.graduation is None or (when.month and highest.graduation == str(when.year)):
                # Both sentences are the evidence: the diploma's and the one that dates it.
                evidence = Evidence(f"{highest.evidence.text} […] {unit}", highest.evidence.where)
                return replace(highest, graduation=when.as_text(), evidence=evidence)
    return highest


def _month_told(unit: str, lexicon: Lexicon, today: date) -> list[MonthYear]:
    """«C'est fait : diplôme reçu en juin»: a month without its year in the clause of a graduation told as
    done, the last such month (`_month_in_clause`). (h-ans)"""
    said = lexicon.graduated_alone.search(unit) if lexicon.graduated_alone is not None else None
    if said is None:
        return []
    # «diplômée en novembre», «diplômée depuis novembre»: the pattern ends on the month's own preposition,
    # which the month's reading needs; a state of graduate held since a month began in it (h-since).
    state = _GRADUATE_SINCE.search(said.group())
    if state is not None and not _GRADUATE_AHEAD.search(unit[max(0, said.start() - 40) : said.start()]):
        start = said.start() + state.start("prep")
        told = last_yearless_month(unit[start : start + 40], today)
        if told is not None and told[0].start == 0:
            return [MonthYear(told[0].year, told[0].month, start, start + told[0].end)]
    month = _month_in_clause(unit, said.end(), today)
    return [month] if month is not None else []


_GRADUATE_SINCE = re.compile(r"\b(?P<prep>en|depuis|in|since)$", re.IGNORECASE)
# A graduation to come, wished or supposed before it: «je serai diplômée en juin», "I'll be a graduate".
_GRADUATE_AHEAD = re.compile(
    r"\b(?:serai|sera|seras|serons|serez|seront|serais|serait|[êe]tre|esp[èe]re|si|will|would|should|shall|"
    r"hope|expect|expected|if|be|to)\b|['’]ll\b",
    re.IGNORECASE,
)


# Between a jury's word and its date, only links: «Date de jury : 01/07/2025», «jury du 4 juillet 2025»,
# «délibération du jury de session 1 le 03/07/2025», "Exam board: 24/06/2025", "exam board held on …".
_JURY_LINKS = r"(?:[\s:,./–-]|\b(?:du|de|le|la|en|jury|session|\d+|held|met|sat|on|in|of|the)\b)*"


def _jury_dates(unit: str) -> bool:
    """A date of `unit` is a jury's (see [awarded] in meanings.toml): the jury's word, then links only, then a
    date; not «membre du jury d'un festival en 2022», a jury of something else."""
    awarded = load_meanings()["awarded"]
    words = escaped_alternation({*awarded.lemmas, *awarded.phrases})
    for when in find_dates(unit):
        window = unit[max(0, when.start - 50) : when.start].lower().replace("’", "'")
        said = [m.end() for m in re.finditer(rf"(?<!\w)(?:{words})(?!\w)", window)]
        if said and re.fullmatch(_JURY_LINKS, window[said[-1] :]):
            return True
    return False


def _undated_if_contradicted(highest: DiplomaMention, mentions: list[DiplomaMention]) -> DiplomaMention:
    """«diplômé en juin 2025 d'une licence» in the mail, «Licence … – juin 2024» on the CV: the same
    diploma dated twice, in different years; which is right is not for the reader to guess."""
    years = {
        m.graduation[:4]
        for m in mentions
        if m.label == highest.label
        and m.obtained
        and m.graduation
        and m.evidence.where != highest.evidence.where
    }
    if highest.graduation is None or not years or years == {highest.graduation[:4]}:
        return highest
    return replace(highest, graduation=None)


_UNKNOWN_DIPLOMA = re.compile(
    # «dipl. marocain»: the diploma abbreviated; «titre RNCP», «bootcamp certifiant»: a certification.
    r"dipl[oô]m|\bdipl\.|\brncp\b|\bcertifiante?\b|\bdegree\b|universit|[ée]cole|institut|\biut\b|\biep\b|(?-i:\bDU\b|\bDE\b)|\bcertificat",
    re.IGNORECASE,
)
_NAMED_DIPLOMA = re.compile(r"dipl[oô]me d['e]|\bdegree\b|(?-i:\bDE\b|\bDU\b)|\bcertificat", re.IGNORECASE)
# The word naming a diploma, read in its sense (sense.py): «mon dernier diplôme est le BNSSA».
_A_CERTIFICATE = re.compile(r"\bdipl[oô]m|\bcertificat", re.IGNORECASE)
_NOT_SCHOOLING = re.compile(
    r"\bstage|service civique|b[ée]n[ée]vol|\bchez\b|emploi|intern\b|volunteer", re.IGNORECASE
)


_LEVEL_DOUBT = re.compile(
    r"\b(?:ne sais pas|ne suis pas s[uû]re?|pas s[uû]re?|aucune id[ée]e|ignore|se demande|me demande)\b"
    r"[^.]{0,30}\b(?:niveau|[ée]quivalen\w*|correspond\w*|reconnu\w*)"
    r"|\b(?:not sure|don't know|do not know|no idea|wonder)\b[^.]{0,30}"
    r"\b(?:level|equivalen\w*|recogni[sz]ed)"
    # What the diploma is worth, wondered: «je ne sais pas si mon diplôme d'école vaut un master», "I don't
    # know if my diploma counts as a bachelor's".
    r"|\b(?:ne sais pas|sais pas|ne suis pas s[uû]re?|me demande|not sure|don't know|do not know|wonder)\b"
    r"[^.]{0,60}\b(?:vaut|vaudrait|compte comme|is worth|counts as|count as)\b"
    # Two levels offered as alternatives: «bac+2 ou bac+3, je ne sais plus», "a level 5 or 6 diploma".
    r"|\bbac\s*\+\s*\d\s*(?:ou|or|/)\s*(?:bac\s*)?\+?\s*\d\b"
    r"|\bniveau\s*\d\s*(?:ou|/)\s*\d\b|\blevel\s*\d\s*(?:or|/)\s*\d\b",
    re.IGNORECASE,
)
# A pronoun or a demonstrative taking up the diploma of the sentence before: "It has never been assessed",
# «je ne sais pas à quel niveau il correspond», «ce diplôme» — not an impersonal «il faut», «il y a».
_TAKEN_UP = re.compile(
    r"\b(?:it|il(?!\s+(?:faut|y\s+a|me\s+faut|est\s+possible))|elle|celui-ci|celle-ci|this (?:degree|diploma|"
    r"qualification)|that (?:degree|diploma|qualification)|ce dipl[oô]me|cette formation)\b",
    re.IGNORECASE,
)


def _decided_after(unit: str, before: str, lexicon: Lexicon, today: date) -> bool:
    """The unit tells a decision still to come («Toujours pas de résultats du jury») of the studies the
    sentence `before` names, naming none of its own («… une école d'urbanisme : le jury ne se réunit qu'en
    décembre» is that school's)."""
    if _looks_like_unknown_diploma(unit, False) or _names_level_unknown(unit, lexicon):
        return False
    if names_an_exam(unit):
        return False  # «j'attends les résultats du CRFPA»: the exam's, not the diploma's (exam_named.py)
    return decision_to_come(unit, lexicon.structure, today, before) is not None


def _told_last(found: list[DiplomaMention], before: list[DiplomaMention]) -> list[DiplomaMention]:
    """The diplomas a later sentence may take up: this sentence's, or the last sentence's when this one
    names none («… eine Ausbildung, terminée en 2025. Je vis à Strasbourg. Je ne sais pas à quel niveau cette
    formation correspond.»): one sentence of other things may stand between a diploma and its doubt."""
    return found or before


def _doubted_after(unit: str, before: list[DiplomaMention], named: list[DiplomaMention]) -> bool:
    """ "I hold an HND (2025). It has never been assessed by ENIC-NARIC, so I don't know whether it counts
    as a bac+2": the level of the diploma the sentence before tells, doubted or said never recognised in
    this one, which takes it up by a pronoun or names it again («Mon HND n'a jamais été évalué»), or its
    recognition awaited there («j'ai déposé ma demande de comparabilité ; ENIC-NARIC n'a pas répondu»)."""
    doubted = _LEVEL_DOUBT.search(unit) or _NOT_RECOGNISED.search(unit) or recognition_awaited(unit)
    if not before or not doubted:
        return False
    again = any(m.label == b.label for m in named for b in before)
    # A level or an equivalence doubted or not asked for, in a sentence naming no diploma, is the diploma's
    # told before («… un BTS à Ouagadougou. Je n'ai pas encore fait de demande d'équivalence.»), whatever word
    # takes it up (t-names) — unless that diploma was had without the bac («sans Abitur»): below a bac+2
    # whatever its level; a doubt on its recognition only («si mon diplôme est reconnu») leaves the level.
    # A recognition said not had («I haven't got the ENIC-NARIC recognition yet») is the level's too.
    level_doubted = not named and (_LEVEL_WORD.search(unit) or _NOT_RECOGNISED.search(unit)) is not None
    level_doubted = level_doubted and not _WITHOUT_BAC.search(before[-1].evidence.text)
    return again or level_doubted or _TAKEN_UP.search(unit) is not None


# What a doubt is about when it is the level: «à quel niveau», «correspond», «équivalence», "level".
# A comparability statement is the recognition of a level: «attestation de comparabilité» (s-hold, stop 56).
_LEVEL_WORD = re.compile(
    r"\b(?:niveau|correspond\w*|[ée]quivalen\w*|level|equivalen\w*|comparabilit\w*|comparability)\b",
    re.IGNORECASE,
)
# A diploma had without the bac or its equivalent abroad: «sans Abitur», «sans le bac», "without A-levels".
_WITHOUT_BAC = re.compile(
    r"\b(?:sans|without)\s+(?:le\s+|mon\s+|l['’]\s*|the\s+|a\s+|my\s+)?(?:bac\b(?!\s*\+)|baccalaur|abitur|matura"
    r"|a-levels?|high school)",
    re.IGNORECASE,
)


# A foreign diploma said not recognised yet: its French level is what the recognition would tell; its date is
# still its graduation («Licenciatura …, reçue en décembre 2025, pas encore reconnue en France»).
_NOT_RECOGNISED = re.compile(
    r"\b(?:pas encore|toujours pas|pas|non)\s+(?:encore\s+)?reconnue?s?\s+en\s+france\b"
    r"|\bnot (?:yet )?recogni[sz]ed in france\b"
    # Not vouched for by the State: «pas reconnu par l'État», «non reconnu officiellement», "not recognised by
    # the state" — the level a school gives its own diploma is no level the programme can take.
    r"|\b(?:pas|non)\s+(?:encore\s+)?reconnue?s?\s+(?:par\s+l['’]\s*[ée]tat|officiellement)\b"
    r"|\bnot (?:yet )?(?:officially )?recogni[sz]ed by the (?:french )?state\b"
    # Never assessed: an equivalence never made, whatever the body («jamais été évalué par ENIC-NARIC», "it
    # has never been assessed", "not yet evaluated").
    r"|\b(?:jamais|pas encore|toujours pas)\s+(?:[ée]t[ée]\s+)?(?:[ée]valu[ée]|homologu[ée])e?s?\b"
    r"|\b(?:never|not yet)\s+(?:been\s+)?(?:assessed|evaluated)\b"
    # Asked, not made yet: «reconnaissance ENIC-NARIC demandée», "recognition applied for" (h-gprofile); not
    # «en cours» beside a level the writer states («l'équivalent d'un BTS, la reconnaissance est en cours»).
    r"|\breconnaissance\b[^.;\n]{0,30}?\b(?:demand[ée]e|sollicit[ée]e)"
    r"|\brecognition\b[^.;\n]{0,30}?\b(?:pending|applied for|requested)\b"
    # Never asked for: «je n'ai pas encore fait de demande d'équivalence», "I haven't applied for recognition
    # yet" — the level the recognition would tell is not known (t-names).
    r"|\b(?:pas encore|toujours pas|jamais|pas)\s+(?:fait|demand[ée]|d[ée]pos[ée]|lanc[ée])\s+"
    r"(?:de\s+|la\s+|ma\s+|une\s+|le\s+|mon\s+)?(?:demande\s+|dossier\s+)?(?:d['’]\s*|de\s+)?"
    r"(?:[ée]quivalence|reconnaissance)"
    r"|(?:n't|\bnot|\bnever)\s+(?:yet\s+)?(?:applied|asked)\s+for\s+(?:an?\s+|the\s+|any\s+)?"
    r"(?:equivalence|recognition)"
    # Not held yet: «je n'ai pas encore l'équivalence», "I don't have the ENIC-NARIC recognition yet" — the
    # recognition that would tell the level is not had (n-others, stop 57).
    r"|\bn['’]\s*(?:ai|a|avons|ont)\s+(?:toujours\s+)?pas\s+(?:encore\s+)?(?:re[çc]u\s+|obtenu\s+)?"
    r"(?:l['’]\s*|la\s+|d['’]\s*|de\s+)(?:attestation\s+(?:de\s+|d['’]\s*))?(?:[ée]quivalence|reconnaissance"
    r"|comparabilit[ée])"
    r"|(?:n't|\bnot)\s+(?:yet\s+)?(?:have|got|hold|received|obtained)\s+(?:an?\s+|the\s+|any\s+|my\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:equivalence|recognition)",
    re.IGNORECASE,
)
_NEGATED_DIPLOMA = re.compile(
    r"\b(?:sans|pas de|aucun|no|without(?: a| any)?)\s+(?:dipl[oô]m|degree)", re.IGNORECASE
)


_A_DIPLOMA = re.compile(
    r"dipl[oô]m|\bdipl\.|\brncp\b|\bcertifiante?\b|\bdegree\b|certific|\battestation\b|\bbrevet\b",
    re.IGNORECASE,
)


# A step put off or not scheduled yet: «elle a été reportée», «repoussée», «décalée», «pas encore programmée /
# fixée», "postponed", "not scheduled yet" — when it will be held is unsaid.
_PUT_OFF = re.compile(
    r"\b(?:report[ée]e?s?|repouss[ée]e?s?|d[ée]cal[ée]e?s?|programm[ée]e?s?|fix[ée]e?s?|planifi[ée]e?s?|"
    r"postponed|pushed back|delayed|scheduled|arranged)\b",
    re.IGNORECASE,
)


def _with_final_step_to_come(
    facts: EducationFacts, sources: list[Source], lexicon: Lexicon, today: date
) -> None:
    """«la soutenance n'a pas encore eu lieu», "my viva hasn't taken place yet": the last step of the course
    not yet held (the operator reader: NOT_YET on it) — the studies go on; put off or not scheduled, with no
    date ahead («reportée, pas de nouvelle date», «pas encore programmée»), whether they end is asked."""
    steps = lexicon.structure.final_steps
    for source in sources:
        if source.is_document or steps is None:
            continue
        for unit in _body_units(source.text):
            found = [m for m in steps.finditer(unit) if _not_yet_held(unit, m.start())]
            if not found:
                continue
            evidence = Evidence(unit, source.where)
            if _PUT_OFF.search(unit) and final_step_ahead_at(unit, lexicon.structure, today) is None:
                facts.studies_doubted = facts.studies_doubted or evidence
            elif facts.studying is None:
                facts.studying = evidence
            return


def _not_yet_held(unit: str, start: int) -> bool:
    """The word at `start` is turned «not yet» by its sentence (clauses.operator_on)."""
    words = tokens_in(parse(unit), start, start + 1)
    return bool(words) and operator_on(words[0]) is Operator.NOT_YET


def _teaching_over(sources: list[Source], lexicon: Lexicon) -> bool:
    """«les cours sont déjà finis depuis la mi-octobre», "classes are over": the taught part of a course
    (meanings.toml [teaching]) said over in the mail, not denied («les cours ne sont pas finis»), while what
    else the course holds (a thesis, an internship, an exam) is not said — when it is («…, le mémoire non : je
    dois le rendre en janvier»), the other readers tell."""
    completes = completion_words(lexicon.structure)
    teaching = load_meanings()["teaching"]
    units = [u for s in sources if not s.is_document for u in _body_units(s.text)]
    if completes is None or any(_names_a_course_part(u, lexicon) for u in units):
        return False
    for source in sources:
        if source.is_document:
            continue
        for unit in _body_units(source.text):
            for word in completes.finditer(unit):
                before = unit[_topic_start(unit, word.start()) : word.start()]
                if teaching.said_in(_ELISION.sub("", before)) and not _NEGATION_BEFORE.search(before):
                    return True
    return False


# A clause opening on a resumptive «c'est», «ça», «cela» takes up the topic dislocated before its comma:
# «l'amphi, c'est fini», «les cours, ça s'est terminé en octobre» (h-fstudies, stop 34).
# An elided article or pronoun read off its noun: «l'amphi» is the word «amphi».
_ELISION = re.compile(r"\b[lcdjmnst]['’](?=\w)", re.IGNORECASE)
_RESUMPTIVE = re.compile(r"\s*(?:c['’]est|c['’]était|ça|cela|this|that|it's)\b", re.IGNORECASE)


def _topic_start(unit: str, at: int) -> int:
    """Where the clause holding `at` begins, with the topic a resumptive pronoun opening it takes up."""
    start = clause_start(unit, at)
    if start > 0 and unit[start - 1] == "," and _RESUMPTIVE.match(unit, start):
        return clause_start(unit, start - 1)
    return start


def _only_decision_left(sources: list[Source], lexicon: Lexicon, today: date) -> bool:
    """«Je termine un M2. J'ai soutenu mon mémoire et passé mes derniers partiels : j'attends le jury du 15
    décembre», "I defended my thesis last week and await the board" (s-hold, stop 56): a sentence of the
    mail's own words tells the course's last part done ([part_done] then [last_part], not denied) and its
    decision still to come (pending.py), no part left: the course a present «je termine» named is no longer
    followed, only decided — its end is asked, not studies going on."""
    left = lexicon.structure.studies_left
    for source in sources:
        if source.is_document:
            continue
        for unit in _body_units(source.text):
            if decision_to_come(unit, lexicon.structure, today) is None:
                continue
            if left is not None and left.search(unit):
                continue  # «il me reste le stage à valider»: a part still to do
            for done in _last_part_done().finditer(unit):
                if not _NEGATION_BEFORE.search(unit[clause_start(unit, done.start()) : done.start()]):
                    return True
    return False


def _last_part_told_done(unit: str) -> bool:
    """`unit` tells the course's last part done («rendu mon mémoire»), not under a negation in its clause."""
    return any(
        not _NEGATION_BEFORE.search(unit[clause_start(unit, done.start()) : done.start()])
        for done in _last_part_done().finditer(unit)
    )


@lru_cache(maxsize=1)
def _last_part_done() -> re.Pattern[str]:
    """A [part_done] participle, then within three words a [last_part]: «soutenu mon mémoire»; the participle
    after its part, agreeing with it («soutenance passée le 8», «mémoire rendu», "thesis submitted"); or the
    part's [part_graded] grades had («j'ai eu mes notes de stage et de mémoire»): a part graded is done."""
    meanings = load_meanings()
    done = escaped_alternation(meanings["part_done"].lemmas)
    part = escaped_alternation(meanings["last_part"].lemmas | frozenset(meanings["last_part"].phrases))
    graded = escaped_alternation(meanings["part_graded"].lemmas)
    return re.compile(
        rf"\b(?:{done})\b(?:\s+[\w'’]+){{0,3}}?\s+(?:{part})\b"
        rf"|\b(?:{part})\s+(?:(?:est|a été|is|was|has been)\s+)?(?:{done})\b"
        rf"|\b(?:{graded})\s+(?:de|du|d['’]|of|for)\s*(?:[\w'’]+\s+){{0,4}}?(?:{part})\b",
        re.IGNORECASE,
    )


def _names_a_course_part(unit: str, lexicon: Lexicon) -> bool:
    """A part of a course besides its teaching: a thesis, an exam, a unit, a defence, an internship."""
    meanings = load_meanings()
    parts = (meanings["course_steps"], meanings["course_units"])
    if any(p.holds(w) for p in parts for w in re.findall(r"[\w'’]+", unit.lower())):
        return True
    steps = lexicon.structure.final_steps
    return (steps is not None and steps.search(unit) is not None) or _INTERNSHIP_WORD.search(unit) is not None


_INTERNSHIP_WORD = re.compile(r"\b(?:stages?|internships?|placements?|alternance)\b", re.IGNORECASE)


def _names_a_diploma_held(unit: str, lexicon: Lexicon) -> bool:
    """The unit names a diploma («diplôme d'…», "degree") not as the programme's condition ("I know you
    require a two-year degree, but I only have A-levels": owner.py), nor as the words spelling out a diploma
    the unit also names by its short form: «mon DEAS (diplôme d'État d'aide-soignante)» is one diploma of
    known level, no other one whose level is left to ask (h-care, stop 49). A State diploma spelt out alone
    keeps its level open, as noise's and clients' labels hold (tests/test_understanding_clients_mobile.py)."""
    named = [m.start() for m in _NAMED_DIPLOMA.finditer(unit) if owner_at(unit, m.start()) != PROGRAMME]
    placed = find_diploma_spans(unit, lexicon)
    short = {label for start, end, label, _level in placed if not any(start <= at < end for at in named)}
    return any(
        not any(start <= at < end and label in short for start, end, label, _level in placed) for at in named
    )


def _names_level_unknown(unit: str, lexicon: Lexicon) -> bool:
    """«un DEC technique», «un brevet fédéral après un CFC»: a diploma whose French level cannot be told,
    named apart from any diploma the lexicon places («brevet de technicien supérieur» is a BTS) and
    without its level stated. A job or a placement is looked for in the name's own clause: «un DU (Brest, juin
    2025), je voudrais rejoindre une coopérative d'activité et d'emploi» names a diploma all the same."""
    # Kept per unit: a pure reading of it and of the lexicon (the owner, compared by identity).
    return _LEVELS_UNKNOWN.read(lexicon, unit, lambda: _level_unknown_named(unit, lexicon))


_LEVELS_UNKNOWN: KeptReadings[bool] = KeptReadings()


def _level_unknown_named(unit: str, lexicon: Lexicon) -> bool:
    if lexicon.level_unknown is None or not may_match(lexicon.level_unknown, unit):
        return False  # may_match: false only when the names cannot match (prefilter.py), so no answer changes
    spans = find_diploma_spans(unit, lexicon)
    if states_a_level(unit) or any(label.startswith("Bac+") for _s, _e, label, _l in spans):
        return False  # «un DEC technique (bac+2 selon ENIC-NARIC)»: the writer states the level
    return any(
        not any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _, _ in spans)
        # «technicien supérieur chez Veolia»: a job, not a diploma
        and not _NOT_SCHOOLING.search(clause_at(unit, m.start(), m.end()))
        for m in lexicon.level_unknown.finditer(unit)
    )


def _looks_like_unknown_diploma(unit: str, in_document: bool) -> bool:
    """A line naming a school or a diploma the lexicon does not know: the level is then not a certainty."""
    if not searched(_UNKNOWN_DIPLOMA, unit) or _NOT_SCHOOLING.search(unit) or len(unit) > 200:
        return False
    if heading_alone(unit):
        return False  # «Mes diplômes :»: a heading; the diplomas it governs are its items, on their lines
    if _NEGATED_DIPLOMA.search(unit):
        return False  # «sans diplôme d'animation»: no diploma is named
    named = _A_CERTIFICATE.search(unit)
    if named is not None and not in_criterion_sense(unit, named.start(), DIPLOMA):
        return False  # «un diplôme de professeure de yoga», "a first aid certificate": a course's (sense.py)
    if not in_document and unit.rstrip().endswith("?"):
        return False  # «Est-ce que mon diplôme suffit ?» asks, it names no diploma
    if in_document:
        return re.search(r"\b(?:19|20)\d\d\b", unit) is not None
    return _OBTAINED_CUE.search(unit) is not None


# A question the writer asks of their own studies («Mon niveau ?», «Quand ai-je eu mon BTS ?», "My degree?").
_OWN_STUDIES = re.compile(
    r"\b(?:mon|ma|mes|my)\s+(?:\w+\s+)?(?:dipl[oô]mes?|niveau|[ée]tudes|formation|cursus|qualifications?|"
    r"degrees?|level|studies|education|master|licence|bts|but|dut|bachelor)\b"
    # The writer's own holding asked: «Ce que j'ai comme diplôme ?», «Qu'est-ce que j'ai eu ?», "What do I
    # hold as a degree?".
    r"|\b(?:j['’]ai|ai-je|i have|i hold|do i (?:have|hold))\b[^?]{0,25}\b(?:dipl[oô]mes?|niveau|"
    r"qualifications?|degrees?|level)\b",
    re.IGNORECASE,
)
# An answer goes on with the question as a fragment: it opens on yes or no, a determiner, a preposition or a
# figure («Un bac+3.», «En 2022.», «Pas tout à fait : …», "A BA."), not on a clause of its own or a name.
_ANSWER_OPENS = re.compile(
    r"^(?:oui|non|pas|en|un|une|le|la|les|l['’]|des|du|depuis|à|au|aux|dans|difficile|juste|seulement|rien|"
    r"aucun|aucune|yes|no|not|a|an|the|in|on|since|just|only|\d)\b",
    re.IGNORECASE,
)


def _body_units(text: str) -> list[str]:
    """The sentences of a mail; a question the writer asks of their own studies and answers at once is one
    statement, the answer filling the question's gap («Quand ai-je eu mon BTS ? En 2022.»)."""
    out: list[str] = []
    for unit in split_sentences(text):
        question = out[-1] if out else ""
        asked = question.endswith("?") and _OWN_STUDIES.search(question) is not None and len(question) <= 80
        if asked and not unit.endswith("?") and _ANSWER_OPENS.match(unit):
            out[-1] = f"{question} {unit}"
        else:
            out.append(unit)
    return out


_SEARCH_IN_PROGRESS = re.compile(
    # «recherche d'emploi en cours», «pas de stage en cours»: what is going on is not a diploma.
    r"(?:recherche|d[ée]marche|candidature|processus|recrutement|search|application|stage|service civique|"
    r"mission|contrat|cdd|emploi|job|internship|volontariat|dossier|projet|inscription|permis|"
    # «demande d'équivalence en cours», «reconnaissance officielle en cours»: the recognition of a diploma
    # already had is pending, not the diploma.
    r"[ée]quivalence|reconnaissance|homologation|comparabilit[ée]|traduction|l[ée]galisation|demande|"
    r"recognition|equivalence|evaluation)s?\b[^,;.]{0,20}$",
    re.IGNORECASE,
)


def _passed_below(found: list[DiplomaMention], unit: str, below: list[str]) -> list[DiplomaMention]:
    """«Diplôme préparé : Master 2 …» over «Résultat : admis, juillet 2025»: the result row right below the
    field of a diploma prepared says it is had (its date is left to the readers of dates)."""
    if not below or not is_ongoing_field(unit) or not passed_in_row(below[0]):
        return found
    return [replace(m, in_progress=False, obtained=True) if m.in_progress else m for m in found]


def _mentions_kept(
    unit: str,
    prev: str | None,
    nxt: str | None,
    where: str,
    lexicon: Lexicon,
    today: date,
    dates_after: bool,
) -> list[DiplomaMention]:
    """`_mentions_in`, kept: a pure reading of its arguments (the unit, its neighbours on a CV, where it
    stands, the day, whether dates follow diplomas) and of the lexicon (the owner, compared by identity),
    every argument in the key. The same CV line between the same neighbours (a heading, a CV sent in three
    formats, a line every message holds) is read once; the mentions are frozen, a new list handed out."""
    key = (unit, prev, nxt, where, today, dates_after)
    found = _MENTIONS.read(
        lexicon, key, lambda: tuple(_mentions_in(unit, prev, nxt, where, lexicon, today, dates_after))
    )
    return list(found)


_MENTIONS: KeptReadings[tuple[DiplomaMention, ...]] = KeptReadings()


def _spans_read(unit: str, lexicon: Lexicon) -> tuple[str, str, list[tuple[int, int, str, int]]]:
    """The unit as said, as read (the denied side of a correcting contrast blanked: «c'est un bac pro, pas
    un BTS», contrast_denied.py) and the diplomas found in what is read."""
    spans = without_jokes(unit, find_diploma_spans(unit, lexicon))
    read = without_denied_side(unit, spans) if spans else unit
    return unit, read, spans if read == unit else without_jokes(read, find_diploma_spans(read, lexicon))


def _mentions_in(
    unit: str,
    prev: str | None,
    nxt: str | None,
    where: str,
    lexicon: Lexicon,
    today: date,
    dates_after: bool = False,
) -> list[DiplomaMention]:
    said, unit, spans = _spans_read(unit, lexicon)
    if not spans:
        return []
    cancelled = _not_had(unit, spans, lexicon)
    studying_at = [
        (m.start(), m.end())
        for m in (lexicon.studying.finditer(unit) if lexicon.studying else ())
        if not _over_by_then(unit, m, today)
    ]
    awaiting = _awaiting_decision(unit, spans, lexicon, today)
    left_at, left_state = _left_to_pass(unit, spans, lexicon, today)
    out: list[DiplomaMention] = []
    for i, (start, end, label, level) in enumerate(spans):
        adjusted = read_year_prefix_level(unit, start, label, level)
        if adjusted is None:
            continue
        when = _unless_started(
            unit, start, end, _dated_by(unit, start, end, prev, nxt, lexicon, today, dates_after)
        )
        when = _own_date(unit, spans, i, when, lexicon, today, alone=prev is None and nxt is None)
        past = is_past(when, today)
        studying_here = any(_studied_here(unit, spans, i, pos) for pos in studying_at)
        # «je me suis inscrit en master, que j'ai obtenu en 2026»: the enrolment is over, the diploma had.
        studying_here = studying_here and not _OBTAINED_AFTER.search(unit[end:])
        studying_here = studying_here or _told_not_over(unit, spans, i, lexicon, today, past is True)
        # «inscrit en licence, mais j'ai dû abandonner»: the abandonment wins over the enrolment.
        in_progress = (
            (studying_here and i not in cancelled)
            or past is False
            or _begun_not_ended(unit, when)
            or (i in cancelled and _says_in_progress(unit))
            or is_ongoing_field(unit)
        )
        # «il me reste deux UE à repasser pour valider ma L3»: a course with a part left is not had yet.
        in_progress = in_progress or (i == left_at and left_state == LEFT)
        pending = i == awaiting  # «Master 2 : soutenu, jury le 11 décembre»: not had yet, nor studied now
        pending = pending or (i == left_at and left_state == MAYBE_LEFT)  # «il me manque peut-être un crédit»
        in_progress = in_progress and not pending
        obtained = i not in cancelled and not in_progress and not pending
        out.append(
            DiplomaMention(
                label=label,
                level=adjusted,
                text=_diploma_text(said, start),
                graduation=when.as_text() if when and obtained else None,
                obtained=obtained,
                in_progress=in_progress,
                evidence=_reckoning_told(Evidence(said, where), when if obtained else None),
            )
        )
    return _equivalences_dated(unit, out)


def _not_had(unit: str, spans: list[tuple[int, int, str, int]], lexicon: Lexicon) -> set[int]:
    """The diplomas of the unit said not had: cancelled, only a time followed, left midway, denied by a
    gapped «non», not had then; never a count of what was validated (study_counts.py)."""
    cancelled = _cancelled_spans(unit, spans, lexicon) | _course_time_spans(unit, spans, lexicon)
    cancelled |= (
        _left_midway(unit, spans) | _denied_by_gapping(unit, spans) | _unfinished_then(unit, spans, lexicon)
    )
    return (cancelled | _begun_only(unit, spans)) - _counts_validated(spans)


def _begun_only(unit: str, spans: list[tuple[int, int, str, int]]) -> set[int]:
    """«puis un M2 commencé à la rentrée 2025», "then an MSc started in 2025": a diploma told by its start
    only is not had, whatever a word of obtaining says of another one in the sentence («licence obtenue en
    juin 2025, puis M2 commencé…»); said obtained after its start («licence commencée à Lille et obtenue en
    2025»), it is; told with its length too («DUT commencé à la rentrée 2020, en deux ans»), its end is
    reckoned from both (diploma_date.py), not left begun."""
    return {
        i
        for i, (_s, e, _l, _v) in enumerate(spans)
        if _STARTED_AFTER.match(unit, e)
        and not (_OBTAINED_AFTER.search(unit[e:]) or _cue_of_its_own(unit, e, spans))
        and not _LENGTH_AFTER.match(unit, e)
    }


# A course's length in the clause after its start: «commencé à la rentrée 2020, en deux ans», "started in
# 2020, over three years".
_LENGTH_AFTER = re.compile(
    r"[^.;:]{0,60}?\b(?:en|pour|sur|de|d['’]|over|for|in)\s*(?:\d{1,2}|un|une|deux|trois|quatre|cinq|one|two|"
    r"three|four|five)[\s-](?:ans?|ann[ée]es?|semestres?|mois|years?|semesters?|months?)\b",
    re.IGNORECASE,
)


def _unfinished_then(unit: str, spans: list[tuple[int, int, str, int]], lexicon: Lexicon) -> set[int]:
    """«L'an dernier, mon BTS n'était pas encore validé»: a diploma not had then (unfinished.py), neither
    had nor studied today by these words."""
    then = clauses_not_over(unit, lexicon.structure, then=True)
    return {i for i, (s, _e, _l, _v) in enumerate(spans) if any(a <= s < b for a, b in then)}


def _own_date(
    unit: str,
    spans: list[tuple[int, int, str, int]],
    i: int,
    when: MonthYear | None,
    lexicon: Lexicon,
    today: date,
    alone: bool,
) -> MonthYear | None:
    """The date read for the diploma `i` (`when`), or the one «l'un … l'autre» gives it (_dates_shared),
    unless, in a sentence read `alone` (no neighbouring line), it is another's: of the same diploma named
    again before it, or of a clause said of someone else."""
    when = _dates_shared(unit, spans, lexicon, today).get(i, when)
    if alone and (_named_again_before(spans, i, when) or _dated_for_another(unit, spans[i][0], when)):
        return None
    return when


def _named_again_before(spans: list[tuple[int, int, str, int]], i: int, when: MonthYear | None) -> bool:
    """The same diploma named again between the mention `i` and its date: «Elle et moi avons le même DUT :
    elle l'a eu en 2023» — the date is the later mention's (here the sister's), not the first's."""
    if when is None or when.reckoned:
        return False
    label = spans[i][2]
    return any(lab == label and spans[i][1] <= s < when.start for s, _e, lab, _v in spans[i + 1 :])


def _dated_for_another(unit: str, start: int, when: MonthYear | None) -> bool:
    """The date stands in a clause said of another person than the diploma's holder: «mon cousin et moi
    avons le même BTS : lui l'a obtenu en 2019» — 2019 is the cousin's, not the writer's BTS's (owner.py)."""
    if when is None or when.reckoned or not 0 <= when.start < len(unit):
        return False
    if _AGO.search(unit[max(0, when.start - 12) : when.end]):
        return False  # «il y a 18 mois»: the impersonal «il» names nobody
    # One other person only: a plural («mes études») is read as people in general, never a date's holder.
    return owner_at(unit, when.start) == ANOTHER and owner_at(unit, start) != ANOTHER


_AGO = re.compile(r"\bil\s+y\s+a\b", re.IGNORECASE)


# Dates shared out one to each of two things named before: «obtenus l'un en 2022 et l'autre cette année»,
# «le premier en 2019, le second en 2023», "the one in 2021, the other last year".
_SHARED_OUT = re.compile(
    r"\b(?:l['’]une?|le premier|la premi[eè]re|the (?:one|first|former))\b(?P<first>[^.;]{1,40}?)"
    r"\b(?:l['’]autre|le second|la seconde|le deuxi[eè]me|la deuxi[eè]me|the other|the second|the latter)\b"
    r"(?P<second>[^.;]{1,40})",
    re.IGNORECASE,
)


def _dates_shared(
    unit: str, spans: list[tuple[int, int, str, int]], lexicon: Lexicon, today: date
) -> dict[int, MonthYear | None]:
    """The dates «l'un … l'autre» shares out between the two diplomas named before it, by span index: in
    the order of mention when sense agrees (the lower level first, as studies go); None (open) for each when
    it does not — the higher level first, or a diploma of no placeable level among the two (a DU may come
    before or after a master). Empty when the unit shares out nothing, or not between two diplomas."""
    said = _SHARED_OUT.search(unit)
    if said is None:
        return {}
    named = [i for i, (s, _e, _l, _v) in enumerate(spans) if s < said.start()]
    unplaced = [
        m.start()
        for m in (lexicon.level_unknown.finditer(unit[: said.start()]) if lexicon.level_unknown else ())
        if not any(s <= m.start() < e for s, e, _l, _v in spans)
    ]
    first = find_dates(said.group("first"), today)
    second = find_dates(said.group("second"), today)
    if len(named) + len(unplaced) != 2 or len(first) != 1 or len(second) != 1:
        return {}
    if unplaced or spans[named[0]][3] > spans[named[1]][3]:
        return dict.fromkeys(named, None)  # which date is whose, sense cannot settle: left to the coordinator
    return {named[0]: first[0], named[1]: second[0]}


def _counts_validated(spans: list[tuple[int, int, str, int]]) -> set[int]:
    """The counts of what was validated (study_counts.py): never cancelled — «deux semestres validés sur
    quatre, puis j'ai arrêté»: the stop ends the course, the count says what was validated before it."""
    return {i for i, span in enumerate(spans) if span[2] in COUNT_LABELS}


# A level said as what a diploma named before it is recognised as: «reconnu de niveau bac+5», «équivalent
# bac+4», "recognised as a level 7", «soit un bac+3».
_EQUIVALENCE = re.compile(
    r"\b(?:reconnue?s?|[ée]quivalente?s?|[ée]quivalence|correspond\w*|soit|recogni[sz]ed|equivalent|"
    r"equivalence|compared)\b",
    re.IGNORECASE,
)


def _reckoning_told(evidence: Evidence, when: MonthYear | None) -> Evidence:
    """A date reckoned from others (a course's start plus its length, periods chained after the diploma)
    says how in brackets after the sentence, as _with_reading does for a date counted from the message."""
    if when is None or not when.reckoned:
        return evidence
    return Evidence(f"{evidence.text} [{when.how}]", evidence.where)


def _equivalences_dated(unit: str, mentions: list[DiplomaMention]) -> list[DiplomaMention]:
    """«un diplôme de maîtrise, décerné en 2023 et reconnu de niveau bac+5»: the level is the diploma's
    named before it in the sentence, not a diploma of its own; it takes that diploma's date."""
    out = list(mentions)
    for i, mention in enumerate(out):
        if i == 0 or mention.graduation or not mention.obtained or not mention.label.startswith("Bac+"):
            continue
        before = out[i - 1]
        after_before = unit.find(before.text) + len(before.text)
        between = unit[after_before : max(after_before, unit.find(mention.text, after_before))]
        if before.graduation and before.obtained and _EQUIVALENCE.search(between) and "." not in between:
            out[i] = replace(mention, graduation=before.graduation)
    return out


# A course running on to a date, or its end dated: «mes cours de M2 continuent jusqu'en mai», "M1 in
# management, until June", «L3 en cours (fin 06/27)», «(fin des cours en juin 2027)», "(ends May 2027)".
_UNTIL = re.compile(
    r"\b(?:jusqu['’]\s*(?:en|à|a|au|aux)\b|until\b|till\b"
    r"|fin(?:\s+(?:des cours|de (?:la |l['’])?(?:formation|cursus|ann[ée]e)|pr[ée]vue))?"
    r"(?:\s+(?:en|le|au))?\b"
    r"|(?:ends?|ending|finishing)(?:\s+(?:in|on))?\b)\s*",
    re.IGNORECASE,
)
# A step's participle of completion right before «fin …»: «examen passé fin septembre», "thesis submitted end
# of May" date what was done; the month is behind, not a run's end ahead.
_DONE_RIGHT_BEFORE = re.compile(
    r"\b(?:pass[ée]e?s?|repass[ée]e?s?|soutenue?s?|rendue?s?|d[ée]pos[ée]e?s?|termin[ée]e?s?|finie?s?|"
    r"achev[ée]e?s?|passed|sat|resat|submitted|defended|handed in|finished|completed)\s*$",
    re.IGNORECASE,
)
# Between a diploma and that end, nothing of another subject or another situation («licence, et je suis en
# stage jusqu'en mai»: the stage runs on, not the licence).
_ANOTHER_RUN = re.compile(
    r"\b(?:je|j['’]|i|il|elle|nous|stage|service civique|mission|emploi|job|contrat|cdd|cdi|intern\w*)\b",
    re.IGNORECASE,
)


def _told_not_over(
    unit: str, spans: list[tuple[int, int, str, int]], i: int, lexicon: Lexicon, today: date, behind: bool
) -> bool:
    """The diploma at `spans[i]` is a course the unit says is not over: named in a clause saying its end
    not reached (unfinished.py: «mais pas encore fini mon M2»), running on to a date still ahead («mes
    cours de M2 continuent jusqu'en mai»), or with a part of it left («Master 2 terminé sauf la
    soutenance», the exception in the clause of its word of completion); a run to a date not when the words
    between say it obtained or tell another subject's or another situation's run. A diploma dated `behind`
    the reading day is none of the latter two («… (master 1 en juin 2025), il me reste le mémoire»)."""
    start, end = spans[i][0], spans[i][1]
    if any(a <= start < b for a, b in clauses_not_over(unit, lexicon.structure)):
        return True
    if behind:
        return False
    step = final_step_ahead_at(unit, lexicon.structure, today)
    if step is not None and clause_start(unit, step) == clause_start(unit, start):
        return True  # «ma soutenance de master est fixée au 8 décembre»: the master is not had yet
    stop = next((s for s, _e, _l, _v in spans if s >= end), len(unit))
    gap_end = min(stop, end + 80)
    until = _UNTIL.search(unit, end, gap_end)
    left = lexicon.structure.studies_left
    part_left = left.search(unit, end, stop) if left is not None else None
    # «j'ai passé le rattrapage (une épreuve à repasser), résultats le 23»: resat, its outcome awaited
    resat = part_left is not None and resit_sat(unit)
    resat = resat and decision_to_come(unit, lexicon.structure, today) is not None
    if part_left is not None and not resat and not re.search(r"[,;:.]", unit[end : part_left.start()]):
        return True  # «Master 2 validé sauf la soutenance»: the exception restricts the word of completion
    between = unit[end : until.start()] if until is not None else ""
    if until is None or _OBTAINED_CUE.search(between) or _ANOTHER_RUN.search(between):
        return False
    if _DONE_RIGHT_BEFORE.search(between):
        return False  # «dernier examen passé fin septembre»: when a step was done, not a run's end
    if until.group().lower().startswith("fin") and _told_in_the_past(unit, start, end):
        return False  # «j'ai passé toutes les épreuves de ma licence pro fin octobre»: done then, not running
    ahead = bare_date(unit[until.end() :], today, ahead=True)
    dated = [d for d in find_dates(unit[until.end() : until.end() + 25]) if d.start <= 3]
    # «jusqu'à l'été», "until the spring": a season run on to is the next one.
    season = SEASON_AHEAD.match(unit, until.end()) is not None
    dated_ahead = bool(dated) and is_past(dated[0], today) is False
    return season or (ahead is not None and ahead > today) or dated_ahead


def _told_in_the_past(unit: str, start: int, end: int) -> bool:
    """The diploma's words are governed by a verb in the past («j'ai passé toutes les épreuves de ma licence
    pro fin octobre», «j'ai rendu mon mémoire de M2 fin août»): a «fin …» after them dates what was done,
    not the end of a course still running. French only (the parse)."""
    if not is_french(unit):
        return False
    words = tokens_in(parse(unit), start, end)
    noun = _noun_of(words[0]) if words else None
    if noun is not None and noun.dep_ == "xcomp" and is_verb(noun):
        noun = noun.head  # «j'ai soutenu mon mémoire de master fin septembre»: «master» tagged a verb
    return noun is not None and tense_of(_predicate_of_noun(noun)) == PAST


def _names_unplaced(words: str, lexicon: Lexicon) -> bool:
    """`words` name a diploma of no level the lexicon can place («un DU», «un titre professionnel»): what is
    said after them is theirs, not the diploma named before them."""
    return lexicon.level_unknown is not None and lexicon.level_unknown.search(words) is not None


def _awaiting_decision(
    unit: str, spans: list[tuple[int, int, str, int]], lexicon: Lexicon, today: date
) -> int:
    """The diploma whose decision the unit tells still to come (pending.py): the last one named before the
    jury or the results, in the same sentence, unless a diploma the lexicon does not know stands between;
    -1 when none."""
    at = decision_to_come(unit, lexicon.structure, today)
    if at is None:
        return -1
    before = [i for i, (s, _e, _l, _v) in enumerate(spans) if s < at and not re.search(r"[.;!?]", unit[s:at])]
    clause_end = at + len(clause_at(unit, at, at + 1)) - (at - clause_start(unit, at))
    named = [i for i, (s, _e, _l, _v) in enumerate(spans) if at < s < clause_end]
    if not before and named:
        return named[0]  # «j'attends les résultats du rattrapage de mon master»: the diploma of the decision
    between = unit[spans[before[-1]][1] : at] if before else ""
    if not before or _A_DIPLOMA.search(between) or _names_unplaced(between, lexicon):
        # «bachelor (2025) + le diplôme de mon école, jury en décembre», «une licence (2025) et un DU (…),
        # dont je n'ai pas les résultats»: the decision is another diploma's, one the lexicon cannot place.
        return -1
    return before[-1]


# Between a verb of completion's course and its date, a start or a run («commencé», «depuis»): the date is not
# the end's.
_START_OR_RUN = re.compile(r"[.;:!?]|\b(?:depuis|since|et|mais|puis|and|but|then)\b", re.IGNORECASE)


def _completed_before(unit: str, end: int, phrase: str, today: date) -> bool:
    """A course told ending in the present with a date the reading day has passed: «je termine ma licence en
    mai 2025», "I finish my BA in June 2025" read in November 2026 — a learner's present (or a historic
    one) for an end now behind. The date beats the tense: the course is over, not studied now. Only a verb
    of completion (meanings.toml [complete]; not «je prépare»), and only the date right after its course,
    in its clause, not a start («…, commencée en 2024») nor a run («depuis 2025»)."""
    complete = load_meanings()["complete"]
    if not any(complete.holds(w) for w in re.findall(r"\w+", phrase)):  # «j'achève»: the verb after «j'»
        return False
    dates = [d for d in find_dates(unit[end : end + 50], today) if d.start <= 25]
    if not dates or is_past(dates[0], today) is not True:
        return False
    gap = unit[end : end + dates[0].start]
    return not (_START_OR_RUN.search(gap) or _STARTED_DIPLOMA.search(gap) or _STARTED_WORD.search(gap))


_STARTED_WORD = re.compile(r"commenc|entam|d[ée]but|inscri|start|began|enrol", re.IGNORECASE)


def _left_to_pass(
    unit: str, spans: list[tuple[int, int, str, int]], lexicon: Lexicon, today: date
) -> tuple[int, str]:
    """The diploma a part left to pass belongs to (left_to_pass.py), and how surely: the one named in the
    clause that says it («… à repasser pour valider ma L3»), else the last one named before it in the
    sentence and not dated («Licence en juin 2025, master ensuite : il me manque un crédit»); -1 when none."""
    left = part_left(unit, lexicon.structure, today)
    if left is None:
        return -1, ""
    inside = [i for i, (s, _e, _l, _v) in enumerate(spans) if left.start <= s < left.end]
    before = [
        i
        for i, (s, e, _l, _v) in enumerate(spans)
        if s < left.start
        and not re.search(r"[.;!?]", unit[s : left.start])
        and not find_dates(unit[e : left.start])
    ]
    chosen = inside[0] if inside else before[-1] if before else -1
    return chosen, left.state


# The diploma named before, said obtained afterwards: «…, que j'ai obtenu en juin», "which I completed".
_OBTAINED_AFTER = re.compile(
    r"\b(?:que j['’]ai|je l['’]ai|(?:which|that) i|and i)\s+(?:(?:finalement|enfin|finally|then)\s+)?"
    r"(?:obtenue?|valid[ée]e?|eue?|r[ée]ussie?|d[ée]croch[ée]e?|obtained|completed|finished|passed|got)\b"
    # «jusqu'au master, obtenu en 2025»: the diploma's own participle right after it.
    r"|^\s*[,(—–-]?\s*(?:obtenue?|valid[ée]e?|d[ée]croch[ée]e?|obtained|completed|awarded)\b",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\W*(?:depuis|since)\b", re.IGNORECASE)


def _begun_not_ended(unit: str, when: MonthYear | None) -> bool:
    """«Depuis sept. 2025 : Master …», "Since 2025: MSc …": the line dates a start and no end; the diploma
    is being prepared, not obtained."""
    since = _SINCE.match(unit)
    if since is None or when is None or when.start > since.end() + 1:
        return False
    return len(find_dates(unit)) == 1 and not (_OBTAINED_CUE.search(unit) or _held_as_a_fact(unit))


def _course_time_spans(unit: str, spans: list[tuple[int, int, str, int]], lexicon: Lexicon) -> set[int]:
    """The diplomas named as time spent in them («deux ans de licence», «jusqu'en L2», «j'étais en BUT»):
    followed, not had."""
    if lexicon.course_time is None:
        return set()
    timed = lexicon.course_time
    if spans and _COMPLETED_AFTER.match(unit, spans[-1][1]):
        return set()  # «deux ans de BTS puis un an de licence pro, bouclés en juin 2022»: the years were done
    # «jusqu'au master, que j'ai obtenu»: the course followed to its end and the diploma told had after it.
    return {
        i
        for i, (s, e, _l, _v) in enumerate(spans)
        if timed.search(unit[max(0, s - 70) : s])
        and not _OBTAINED_AFTER.search(unit[e:])
        and not _diploma_had_after(unit, e, spans, lexicon)
    }


def _diploma_had_after(unit: str, end: int, spans: list[tuple[int, int, str, int]], lexicon: Lexicon) -> bool:
    """«Après deux années de master, j'ai enfin décroché le précieux sésame», «trois ans de licence, puis
    j'ai obtenu mon diplôme»: a diploma said had after the years of the last course the sentence names
    — in plain words (graduated_alone) or by a figure of getting said of a figure of the diploma
    (figures.py) — is that course's, not negated nor said failed."""
    if any(s >= end for s, _e, _l, _v in spans):
        return False  # another diploma named after: the had one may be it
    rest = unit[end:]
    said = lexicon.graduated_alone.search(rest) if lexicon.graduated_alone is not None else None
    if said is not None:
        return not _NEGATION_BEFORE.search(rest[max(0, said.start() - 25) : said.start()])
    named = hears(rest, DIPLOMA_FIGURE)
    if named is None or figure_on(rest, named.start, named.end, frozenset({FAILED})) is not None:
        return False
    got = figure_on(rest, named.start, named.end, frozenset({OBTAINED}))
    return got is not None and not _NEGATION_BEFORE.search(rest[max(0, got.start - 20) : got.start])


# The years of a course told completed right after them, the participle agreeing with them: «…, bouclés en
# juin 2022», «…, validées», "…, all completed in 2022".
_COMPLETED_AFTER = re.compile(
    r"[^.;:]{0,25}?,\s*(?:tous\s+|toutes\s+|all\s+)?(?:boucl|valid|termin|achev|r[ée]ussi|obten|compl[ée]t)"
    r"\w*(?:[ée]e?s|ies|ues|us)\b|[^.;:]{0,25}?,\s*(?:all\s+)?(?:completed|passed|validated)\b",
    re.IGNORECASE,
)


def _only_time_told(unit: str, found: list[DiplomaMention], lexicon: Lexicon) -> bool:
    """«Je suis allée jusqu'en L2», «two years of a BA»: years followed and nothing said of what was
    validated in the unit; the level is the coordinator's to ask. «… sans valider la L2 : j'ai seulement ma
    L1» tells it."""
    spans = find_diploma_spans(unit, lexicon) if found else []
    timed = _course_time_spans(unit, spans, lexicon)
    if not timed or timed <= _cancelled_spans(unit, spans, lexicon):
        return False  # «une année de BTS qu'il a arrêtée»: what was validated is told (nothing)
    told = (lexicon.not_obtained, lexicon.failed_exam, lexicon.abandoned, lexicon.no_higher)
    # The bac had before the years («bac à 18 ans, puis cinq années d'études jusqu'au master») tells nothing
    # of what was validated after it: the level is asked, never refused on the bac.
    return not any(m.obtained and m.level > 0 for m in found) and not any(
        p is not None and p.search(unit) for p in told
    )


def _failed_or_abandoned(
    unit: str, spans: list[tuple[int, int, str, int]], lexicon: Lexicon, cancelled: set[int]
) -> list[tuple[int, int]]:
    """Adds to `cancelled` the diplomas a failed exam or an abandon cancels; returns where the abandons
    that cancel the diploma right after them stand (a «not obtained» inside one is theirs, not read again)."""
    for m in lexicon.failed_exam.finditer(unit) if lexicon.failed_exam else []:
        # «les deux années de BTS mais j'ai raté l'examen final»: the course told before the failed exam,
        # and the one the exam's words name («l'épreuve finale du BTS, jamais repassée»).
        before = [i for i, (s, _e, _l, _v) in enumerate(spans) if s < m.start()]
        cancelled.update(before[-1:])
        cancelled.update(i for i, (s, _e, _l, _v) in enumerate(spans) if m.start() <= s < m.end())
    leading: list[tuple[int, int]] = []
    for m in lexicon.abandoned.finditer(unit) if lexicon.abandoned else []:
        # «j'ai arrêté ma licence»: the phrase comes before the diploma it cancels. Without a diploma right
        # after it («je l'ai abandonnée en janvier»), it is read below as cancelling the one told before.
        following = [
            i
            for i, (s, _e, _l, _v) in enumerate(spans)
            if s >= m.end() and s - m.end() < 20 and not re.search(r"[;,.:]", unit[m.end() : s])
        ]
        if following:
            cancelled.add(following[0])
            leading.append((m.start(), m.end()))
    return leading


def _cancelled_spans(unit: str, spans: list[tuple[int, int, str, int]], lexicon: Lexicon) -> set[int]:
    """The diplomas of the unit that were never obtained: abandoned, not validated, still in progress."""
    cancelled = _paused(unit, spans)
    leading = _failed_or_abandoned(unit, spans, lexicon, cancelled)
    if lexicon.not_obtained is None:
        return cancelled
    for m in lexicon.not_obtained.finditer(unit):
        if any(a_start <= m.start() < a_end for a_start, a_end in leading):
            continue
        ongoing = _says_in_progress(m.group(0))
        if ongoing and _SEARCH_IN_PROGRESS.search(unit[max(0, m.start() - 30) : m.start()]):
            continue  # «recherche d'emploi en cours» is about the job search, not a diploma
        if ongoing and _denied(unit, m, lexicon):
            continue  # «je n'ai plus aucune convention en cours»: nothing goes on, least of all a diploma
        preceding = [i for i, (s, _e, _l, _v) in enumerate(spans) if s < m.start()]
        # «…, même si j'ai pas validé la 2e année (j'ai que la L1)»: a diploma past a bracket or a sentence's
        # end is another clause's (what was had), not what was not validated.
        following = [
            i for i, (s, _e, _l, _v) in enumerate(spans)
            if s >= m.end() and not _ASIDE.search(unit[m.end() : s])
        ]
        if preceding and _names_unplaced(unit[spans[preceding[-1]][1] : m.start()], lexicon):
            # «un BTS (2025) et un DU (…, en formation continue), dont j'attends les résultats»: what is not
            # had is the DU the lexicon cannot place, named in between.
            continue
        same_clause = [i for i in preceding if not CLAUSE_BREAK.search(unit[spans[i][1] : m.start()])]
        if preceding and _in_its_brackets(unit, spans[preceding[-1]][1], m.start()):
            # «Bac ES 2022 + 1re année de licence éco (non validée)»: the brackets are the licence's alone.
            cancelled.add(preceding[-1])
        elif same_clause:
            # «ma licence en L2 sans la valider»: every diploma of the clause is cancelled.
            cancelled.update(same_clause)
        elif ongoing:
            # «Master ESS, Lyon 2, en cours» on a CV line; not «master obtenu en 2025, permis en cours», nor
            # «master (mars 2026) ; je n'ai plus aucune convention en cours» (a clause of its own, its noun).
            last = preceding[-1] if preceding else None
            between = unit[spans[last][0] : m.start()] if last is not None else ""
            if last is not None and not _OBTAINED_CUE.search(between) and not _OWN_CLAUSE.search(between):
                cancelled.add(last)
        elif following:
            cancelled.add(following[0])  # «…, je n'ai pas validé mon master»
        elif (
            preceding
            and not _OTHER_STUDIES.search(unit[spans[preceding[-1]][1] : m.start()])
            and not _year_done_before_stop(unit, spans[preceding[-1]], m.start())
        ):
            cancelled.add(preceding[-1])
    return cancelled.union(*(_course_of_the_year(unit, spans, i) for i in cancelled))


# A bracket opened or a sentence ended between a phrase that cancels and a diploma after it.
_ASIDE = re.compile(r"[(\[.;!?]")


def _course_of_the_year(unit: str, spans: list[tuple[int, int, str, int]], year: int) -> set[int]:
    """«Licence AES, Évry (L1 validée, L2 non validée)», «Master (M1 validé, M2 non validé)»: a year of a
    course said not validated inside that course's own brackets — the course itself was never obtained (the
    years validated say the level). The course: a diploma before the year, of its level or higher, whose
    brackets hold it; a diploma of its own in the brackets («licence pro (après un BTS non validé)») is no
    year of it."""
    start, end, label, level = spans[year]
    said = unit[start:end]
    if not (_A_YEAR.fullmatch(said) or label.startswith("Première année") or YEAR_OF.search(unit[:start])):
        return set()
    return {
        i
        for i, (_s, e, _l, lv) in enumerate(spans[:year])
        if lv >= level and "(" in unit[e:start] and _in_its_brackets(unit, e, start)
    }


# A year of a course named by its short form: «L2», «M1», «L 3», "Y2", "year 2".
_A_YEAR = re.compile(r"(?i)[LM]\s?[1-3]|Y\s?[1-5]|year\s[1-5]")


def _in_its_brackets(unit: str, diploma_end: int, at: int) -> bool:
    """The phrase at `at` stands in brackets opened right after the diploma ending at `diploma_end` (or is
    those brackets), within its note: what it says is that diploma's alone."""
    between = unit[diploma_end:at]
    if unit[at : at + 1] == "(":
        return not re.search(r"[()\[\];.!?]", between)
    opened = between.rfind("(")
    return opened >= 0 and ")" not in between[opened:] and not re.search(r"[();.!?]", between[:opened])


def _paused(unit: str, spans: list[tuple[int, int, str, int]]) -> set[int]:
    """«le M2, je l'ai mis en pause après un semestre», "I put my MSc on hold": the course named last before
    the pause (meanings.toml [paused]) is not had; whether the studies are over is asked
    (_studies_doubted)."""
    paused = load_meanings()["paused"]
    if not paused.phrased_in(unit):
        return _paused_after(unit, spans)
    lowered = unit.lower().replace("’", "'")
    at = min(lowered.find(p) for p in paused.phrases if p in lowered)
    before = [i for i, (s, _e, _l, _v) in enumerate(spans) if s < at and not re.search(r"[.;!?]", unit[s:at])]
    return set(before[-1:])


def _paused_till_ahead(unit: str, lexicon: Lexicon) -> bool:
    """«J'ai mis mon M2 en pause, je le reprendrai à la rentrée», "I put my MSc on hold and will resume it":
    a course on hold whose taking-up is told after the pause, in a clause not negated (meanings.toml
    [paused_resumed], no past form), is a course the writer is still in — studies not over, not the open
    pause _studies_doubted asks about («je ne le reprendrai pas», «je l'ai repris et fini» stay so)."""
    resumed = load_meanings()["paused_resumed"]
    if not resumed.may_hold_a_word_in(unit) and not resumed.phrased_in(unit):
        return False  # the cheap test: most units tell no taking-up
    spans = find_diploma_spans(unit, lexicon)
    held = _paused(unit, spans)
    if not held:
        return False
    after = max(spans[i][1] for i in held)
    labels = {spans[i][2] for i in held}
    # «… je reprendrai un master en septembre»: another course named after the verb is one to enter, a plan
    # (course_ahead.py), not the paused one taken up.
    if any(s >= after and label not in labels for s, _e, label, _v in spans):
        return False
    for word in WORD_RUN.finditer(unit, after):
        if resumed.holds(word.group()) and not NEGATION.search(clause_at(unit, word.start(), word.end())):
            return True
    rest = unit[after:]
    return resumed.phrased_in(rest) and not NEGATION.search(rest)


# A pause named as a noun, its course after it (h-fstudies, stop 34): «j'ai fait une petite pause dans mon
# M2», «une pause de mon master», "I took a break from my MSc" — the course right after is paused.
_PAUSE_OF = re.compile(
    r"\b(?:pause|break)\s+(?:dans|de|from|in)\s+(?:(?:mon|ma|mes|le|la|les|my|the)\s+|l['’]|d['’])?$",
    re.IGNORECASE,
)


def _paused_after(unit: str, spans: list[tuple[int, int, str, int]]) -> set[int]:
    """The course named right after a pause («une petite pause dans mon M2»), paused as one «mis en pause»
    is."""
    return {i for i, (s, _e, _l, _v) in enumerate(spans) if _PAUSE_OF.search(unit[max(0, s - 40) : s])}


_YEAR_DONE = re.compile(
    r"\b(?:j.ai|i|(?:il|elle) a)\s+(?:fait|valid[ée]|termin[ée]|r[ée]ussi|suivi|compl[ée]t[ée]|did|completed|"
    r"finished|passed)\b",
    re.IGNORECASE,
)
_THEN = re.compile(r"\b(?:puis|ensuite|apr[eè]s quoi|then|after that|afterwards)\b", re.IGNORECASE)


def _year_done_before_stop(unit: str, span: tuple[int, int, str, int], stop: int) -> bool:
    """«J'ai fait une première année de licence puis j'ai arrêté»: the year was done, the stop came after
    it; what was stopped is the diploma, not the year («première année», bac+1)."""
    start, end, label, _level = span
    is_a_year = label.startswith("Première année") or YEAR_OF.search(unit[:start]) is not None
    done = _YEAR_DONE.search(unit[max(0, start - 60) : start]) is not None
    return is_a_year and done and _THEN.search(unit[end:stop]) is not None


# A clause of its own between a diploma and «en cours»: «…, mais je n'ai plus aucune convention en cours».
_OWN_CLAUSE = re.compile(r"[;.!?]|\b(?:je|j['’]|il|elle|i)\b", re.IGNORECASE)


def _denied(unit: str, found: re.Match[str], lexicon: Lexicon) -> bool:
    """An «en cours» the parse puts under a negation («plus aucun … en cours», «pas de … en cours»); in
    English, a negation in its clause before it ("I have nothing ongoing", "no contract in progress")."""
    if is_french(unit):
        return any(is_negated(t) for t in tokens_in(parse(unit), found.start(), found.end()))
    before = unit[: found.start()]
    clause = before[max((b.end() for b in CLAUSE_BREAK.finditer(before)), default=0) :]
    negation = lexicon.structure.english.get("negation")
    return negation is not None and negation.search(clause) is not None


# Studies the writer tells between a diploma and a phrase that cancels: «j'ai mon bac STMG et j'ai fait un an
# de fac en AES mais j'ai arrêté»: what was stopped is the year of fac, not the bac (a school named with the
# diploma, «Master 2, Université d'Angers (non validé)», is not other studies).
_OTHER_STUDIES = re.compile(
    r"\b(?:j.ai|je|i)\b[^.;]{0,40}?\b(?:fac|facult[ée]|universit[ée]|ann[ée]es?|[ée]tudes|formation|cursus|pr[ée]pa|[ée]cole|college|"
    r"university|course)\b",
    re.IGNORECASE,
)


def _dated_by(
    unit: str,
    start: int,
    end: int,
    prev: str | None,
    nxt: str | None,
    lexicon: Lexicon,
    today: date,
    dates_after: bool,
) -> MonthYear | None:
    """The date of the diploma at [start, end): in its unit, or on the next line of a CV."""
    others = [(s, e) for s, e, _l, _v in find_diploma_spans(unit, lexicon) if (s, e) != (start, end)]
    when = find_graduation(unit, start, end, prev, today, others)
    if when is None and nxt is not None and _OPEN_DATE_END.search(unit):
        # A letter's line cut before its date: «Diplômé d'un master … en» / «juin 2026, je …».
        opening = [d for d in find_dates(nxt, today) if d.start <= 3]
        when = opening[0] if opening else None
    if when is None and dates_after and is_date_only(nxt):
        when = find_dates(nxt or "")[-1]
    if when is None and nxt is not None and not find_diploma_spans(nxt, lexicon):
        # A wrapped line: «…, Université Paris» / «Nanterre (Juin 2025)».
        tail_dates = find_dates(nxt)
        if (
            tail_dates
            and DATE_ONLY.sub("", nxt).strip()
            and len(nxt) < 70
            and not re.match(r"^\W*(?:19|20)\d\d\b", nxt)
            and not _an_item_of_its_own(nxt)
        ):
            when = tail_dates[0]
    if when is not None and when.start > end and not when.reckoned:
        when = _own_month_first(unit, start, end, today, lexicon, when)
    return (
        when
        or _yearless_told_done(unit, start, end, today, lexicon.structure.having)
        or _graduated_in_month(unit, start, today, lexicon)
        or month_ahead(unit, start, today)  # «j'ai obtenu en juin la licence pro» (month_ahead.py)
        or closing_month(unit, end, today)  # «…, soutenance passée le 2 octobre» (diploma_closing.py)
        or closing_month_before(unit, start, end, today)  # «soutenu le 6 octobre : mon master est terminé»
        or apposed_done(unit, end, today)  # «mon master, soutenu en septembre, …?» (diploma_asked.py)
        or month_said_of(unit, start, end, today)  # «…, que j'ai validé en septembre» (diploma_month.py)
        or month_of_the_step(unit, start, end, today)  # «Avant ça, le M2, en septembre» (diploma_step.py)
        or award_date(unit, start, end, others, today)  # «la DREETS a publié les résultats le 3 juillet»
    )


def _an_item_of_its_own(line: str) -> bool:
    """«BAFA (2022)», «Permis B (2021)», «PSC1 - 2020» under a diploma's line on a CV: a line opening on a
    short course's certificate (meanings.toml [short_course]) is an item of its own with its own date, not
    the wrapped end of the diploma's line above («Nanterre (Juin 2025)» is)."""
    first = WORD_RUN.search(line)
    return first is not None and load_meanings()["short_course"].holds(first.group())


def _own_month_first(
    unit: str, start: int, end: int, today: date, lexicon: Lexicon, when: MonthYear
) -> MonthYear:
    """«J'ai fini mon BTS … en juin ; l'alternance avait débuté en 2024»: a month told done in the diploma's
    own clause, before a date of a later clause, is the diploma's."""
    own = _yearless_told_done(unit, start, end, today, lexicon.structure.having)
    if own is None or not end <= own.start < when.start:
        return when
    # «en juin ou juillet 2025»: with no break between, the year is the month's too
    return own if CLAUSE_BREAK.search(unit, own.end, when.start) else when


def _graduated_in_month(unit: str, start: int, today: date, lexicon: Lexicon) -> MonthYear | None:
    """«je suis diplômée depuis juillet, licence de lettres», "I am graduated since July, BA in history", "I
    graduated in May with a BA": a graduation said with a month and no year, before the diploma it is of
    (its own sentence, no other diploma between) — the last such month, as after the diploma. Not one to
    come («je serai diplômée en juin, …», "I will graduate in June") nor denied."""
    said = lexicon.graduated_alone.search(unit, 0, start) if lexicon.graduated_alone is not None else None
    if (
        said is None
        or start - said.end() > 60
        or _NEGATION_BEFORE.search(unit[max(0, said.start() - 25) : said.start()])
    ):
        return None
    region = unit[said.start() : start]
    if said.group(0).lower().endswith(" de "):
        # «jeune diplômée de juin»: the month the set phrase names, read as «diplômée en juin» (same length).
        region = f"{said.group(0)[:-3]}en {unit[said.end() : start]}"
    month = last_yearless_month(region, today)
    if (
        month is None
        # right after the phrase: «… depuis juillet», «… depuis le 20 octobre» (a day before the month)
        or month[0].start > said.end() - said.start() + 16
        or _FUTURE_SAID.search(unit[: said.start()])
    ):
        return None
    at = said.start() + month[0].start
    return MonthYear(month[0].year, month[0].month, at, at + month[0].end - month[0].start)


_FUTURE_SAID = re.compile(
    r"\b(?:serai|sera|seras|serons|serez|seront|will|shall|going to)\b|['’]ll\b", re.IGNORECASE
)


def _noun_of(word: Any) -> Any:
    """The noun a diploma's word belongs to: «DUT» in «mon DUT carrières sociales» may be tagged as the
    adjective of «carrières»; the phrase's noun carries its role in the clause."""
    for _ in range(4):
        if word.dep_ not in {"amod", "nmod", "compound", "flat:name", "appos"} or word.head.i == word.i:
            break
        word = word.head
    return word


def _predicate_of_noun(noun: Any) -> Any:
    """The verb a diploma's noun depends on; «master» in «j'ai eu mon master en juin» may be tagged a verb
    by the small model while it is the object: its head then carries the tense."""
    predicate = predicate_of(noun)
    if predicate.i == noun.i and noun.dep_ in {"obj", "nsubj", "nsubj:pass", "obl", "nmod", "xcomp"}:
        return predicate_of(noun.head) if noun.head.i != noun.i else predicate
    return predicate


_RESTRICTED = re.compile(r"\b(?:mais|sauf|cependant|toutefois|but|except|however)\b", re.IGNORECASE)


def _yearless_told_done(
    unit: str, start: int, end: int, today: date, having: tuple[str, ...]
) -> MonthYear | None:
    """«j'ai terminé mon BTS en juillet», «je suis diplômé d'une licence depuis mars», «j'ai mon DUT depuis
    mai»: a month without its year, in the diploma's clause told as done, is the last such month; «je serai
    diplômée en juin», «je suis en master depuis septembre» stay undated."""
    if not is_french(unit):
        # "… in June, but I still owe a module": a restriction in its sentence leaves it in doubt.
        sentence_end = re.search(r"[.;!?\n]", unit[end:])
        tail = unit[end : end + sentence_end.start() if sentence_end else len(unit)]
        return None if _RESTRICTED.search(tail) else english_yearless_done(unit, start, end, today)
    reach = title_end(unit, end)  # «BTS Comptabilité et gestion en juin»: the month after the whole title
    stop = CLAUSE_BREAK.search(unit, reach)
    said = last_yearless_month(unit[reach : stop.start() if stop else len(unit)], today)
    if said is None or _gap_out_of_brackets(unit[reach : reach + said[0].start]) > 40:
        return None
    if _RESTRICTED.search(unit, reach):
        return None  # «… en septembre, mais il me manque le TOEIC»: a restriction leaves it in doubt
    when, since = said
    words = tokens_in(parse(unit), start, end)
    noun = _noun_of(words[0]) if words else None
    if noun is None or is_negated(noun):
        return None
    # «j'ai mon DUT depuis mai»: had since a month, in the present of «avoir».
    had = since and noun.dep_ == "obj" and noun.head.lower_ in having
    if not had and tense_of(_predicate_of_noun(noun)) != PAST and not _came_out_of(unit, start):
        return None
    if since and not had and _STARTED_WORD.search(unit[clause_start(unit, start) : start]):
        return None  # «j'ai commencé le stage prévu par mon master (depuis le 2 novembre)»: a start's date
    return MonthYear(when.year, when.month, reach + when.start, reach + when.end)


def _gap_out_of_brackets(gap: str) -> int:
    """The length of the words between a diploma's title and its month, a bracket left out: the school or
    the town in brackets is said of the title («master 2 ESS (université Lyon 2) s'est réuni le 24
    septembre»), it does not move the month away from it (r-dates, stop 55)."""
    return len(_BRACKETED.sub("", gap))


_BRACKETED = re.compile(r"\([^()]{0,60}\)")


# Coming out of the course, said by the participle or the noun of «sortir de» right before the diploma
# (t-short, stop 45): «Sortie de BTS ESF en juin», «tout juste sorti d'un master en septembre», «à ma sortie
# de licence en juin» — the course left, its month the last one; not under a future or a negation («je serai
# sortie de BTS en juin», «pas encore sortie de master»).
_CAME_OUT = re.compile(
    r"\bsortie?s?\s+(?:de|d['’]|du)\s*(?:(?:mon|ma|mes|un|une|la|le|l['’])\s*)?$", re.IGNORECASE
)
_NOT_YET_OUT = re.compile(
    r"\b(?:pas|jamais|serai|serais|sera|seras|serons|quand|lorsque|si)\b", re.IGNORECASE
)


def _came_out_of(unit: str, start: int) -> bool:
    """The diploma at `start` is what the writer came out of («Sortie de BTS ESF en juin»), told as done."""
    before = unit[clause_start(unit, start) : start]
    came = _CAME_OUT.search(before)
    return came is not None and _NOT_YET_OUT.search(before[: came.start()]) is None


_OPEN_DATE_END = re.compile(r"\b(?:en|in|depuis|since)\s*$", re.IGNORECASE)


def _studied_here(unit: str, spans: list[tuple[int, int, str, int]], i: int, pos: tuple[int, int]) -> bool:
    """A studying phrase concerns the diploma right after it (or right before «soutenance prévue»)."""
    start, end = spans[i][0], spans[i][1]
    m_start, m_end = pos
    if m_start <= start:
        between = unit[m_end:start]
        # «Étudiante en M2, …, licence obtenue en 2025»: a diploma named inside the phrase is the one studied.
        no_other = not any(m_start <= s < start for s, _e, _l, _v in spans)
        return no_other and not _OBTAINED_CUE.search(between) and len(between) < 80
    following = [s for s, _e, _l, _v in spans if end <= s < m_start]
    between = unit[end:m_start]
    # «DUT (2025), je me suis inscrit en licence»: a dated diploma is behind, not the one studied now.
    return (
        not following
        and m_start - end < 100
        and not _OBTAINED_CUE.search(between)
        and not find_dates(between)
    )


# «en cours de L2», «en cours de deuxième année»: partway through a year, not in progress now.
_PARTWAY = r" de (?:[LM]\d\b|(?:premi[eè]re|deuxi[eè]me|troisi[eè]me|seconde|\d+e) ann[ée]e)"


def _says_in_progress(unit: str) -> bool:
    # «en cours d'année», «en cours de route»: partway through, not in progress now; «en cours du soir»: a way
    # of studying (evening classes), said of a diploma finished as well.
    in_progress = (
        rf"en cours(?! d.ann[ée]e| de route| de (?:semestre|cursus|parcours)| du soir| de soir|{_PARTWAY})"
        r"|in progress|ongoing|pr[ée]paration"
    )
    return re.search(in_progress, unit, re.IGNORECASE) is not None


def _diploma_text(unit: str, start: int) -> str:
    tail = unit[start:]
    cut = re.split(
        r"\s[–—-]\s|,|;|\(| depuis | puis | obtenu| from | which | à l'| à | at | en (?:19|20)\d\d| and | et"
        r" (?!solidaire)"
        r"| in (?:19|20)\d\d| in [A-Z][a-z]+ (?:19|20)\d\d"
        r"| en [a-zéû]+\.? (?:19|20)\d\d| le pass[ée] ",
        tail,
        maxsplit=1,
    )[0]
    month = YEARLESS_MONTH.search(cut)  # «BTS en juillet»: the date, not the diploma's name
    return cut[: month.start() if month else len(cut)].strip(" .:;")[:120]


def _choose_highest(mentions: list[DiplomaMention]) -> DiplomaMention | None:
    obtained = [m for m in mentions if m.obtained]
    pool = obtained or [m for m in mentions if m.in_progress]
    if not pool:
        return None
    # Highest level; among equals, the one whose date is known, then the most precise date.
    return max(
        pool, key=lambda m: (m.level, m.graduation is not None, len(m.graduation or ""), m.graduation or "")
    )
