"""A situation told by its trappings, never named: «je touche une gratification jusqu'en février», «ma
tutrice signe mes évaluations» tell an internship; «je suis chez Unis-Cité depuis octobre», «mon contrat
d'engagement, indemnisé par l'État, court jusqu'au 30 juin» a service civique; «le pot de fin de mission
Unis-Cité, c'était le 1er juillet» one that is over. The trappings are meanings of
rules/lexicon/trappings.toml; a sign alone says the situation, one hint alone only makes the coordinator ask,
two hints of one situation say it. Held now (a date ahead, a present tense of the writer's or «encore»), it is
the situation now; told in the past, it is over. Apart from situation.py because it reads no situation's own
name, and reads time from the whole sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from intake.understanding.clauses import (
    FUTURE,
    NEGATION,
    PAST,
    PRESENT,
    Operator,
    clause_start,
    has_word,
    is_french,
    is_verb,
    operator_on,
    parse,
    phrase_head,
    predicate_of,
    starts_with,
    tense_of,
    tokens_in,
)
from intake.understanding.dates import COUNT_EN, COUNT_FR, bare_date, find_dates
from intake.understanding.facts import WORD
from intake.understanding.lexicon import KeptReadings, Meaning, Structure, load_meanings
from intake.understanding.owner import anothers
from intake.understanding.situation_time import NOT_NOW, NOW, UNSURE
from intake.understanding.stance import HEDGED, NOT_STATED, stance_at

INTERNSHIP, CIVIC = "internship", "service_civique"
# What one trapping, held now, says of which situations: a sign says it, a hint asks.
SIGN, HINT = "sign", "hint"


@dataclass(frozen=True)
class Trapping:
    """One trapping found at unit[start:end]: the situations it tells, and how strongly."""

    situations: tuple[str, ...]
    strength: str
    start: int
    end: int
    meaning: str  # its meaning in rules/lexicon/trappings.toml


@dataclass(frozen=True)
class TrappingReading:
    """What the trappings of one unit say: situations held now (said, or to be asked), and those over."""

    now: frozenset[str] = frozenset()
    asked: frozenset[str] = frozenset()
    over: frozenset[str] = frozenset()
    found: tuple[Trapping, ...] = ()


def read_trappings(
    unit: str, text: str, structure: Structure, today: date, document: bool
) -> TrappingReading:
    """The situations the trappings of `unit` tell (`text`: the whole source, for whose they are)."""
    found = find_trappings(unit)
    if not found or "?" in unit:
        return TrappingReading()
    now: set[str] = set()
    asked: set[str] = set()
    over: set[str] = set()
    for trapping in found:
        state = _state_at(unit, trapping, text, structure, today, document)
        if state == NOT_NOW:
            over.update(trapping.situations)
        elif state == NOW and trapping.strength == SIGN:
            now.update(trapping.situations)
        elif state is not None:
            asked.update(trapping.situations)  # a hint held now, or a sign under a doubt
    over -= now | asked
    return TrappingReading(frozenset(now), frozenset(asked - now), frozenset(over), tuple(found))


def find_trappings(unit: str) -> list[Trapping]:
    """The trappings of `unit`, in the writer's words: signs, and hints combined (two of one situation make a
    sign; the State paying an allowance is a civic service's; a host's allowance either situation's)."""
    meanings = load_meanings()
    # Kept per unit: a pure reading of it and of the meanings (the owner, compared by identity); the frozen
    # trappings are kept as a tuple, a new list handed out. A CV sent in three formats is read once.
    return list(_TRAPPINGS.read(meanings, unit, lambda: tuple(_find_trappings(unit, meanings))))


_TRAPPINGS: KeptReadings[tuple[Trapping, ...]] = KeptReadings()


def _find_trappings(unit: str, meanings: dict[str, Meaning]) -> list[Trapping]:
    any_word = _trapping_words(meanings)
    # Not split at all when no word of the unit can hold the union (most units): may_hold_a_word_in is false
    # only then, so no trapping is lost.
    split = any_word.may_hold_a_word_in(unit)
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(unit)] if split else []
    found: list[Trapping] = []
    for index in range(len(words)):
        if not any_word.holds(words[index][2]):
            continue  # a word of none of the meanings _trapping_word reads: it is no trapping (most words)
        trapping = _trapping_word(unit, words, index, meanings)
        # the other sense is looked for only around a trapping: most words are none
        if trapping is not None and not _other_sense(words, index, meanings["trapping_other_sense"]):
            found.append(trapping)
    found += _phrased(unit, meanings)
    return [t for t in _combined(found, unit, meanings) if t is not None] if found else []


# The meanings a trapping word may hold (_trapping_word returns one only for a word holding one of them).
_WORD_MEANINGS = ("internship_sign", "internship_tutor", "civic_sign", "civic_hint", "allowance")
# id of the meanings → (the meanings, their union): derived once per loaded table.
_UNIONS: dict[int, tuple[dict[str, Meaning], Meaning]] = {}


def _trapping_words(meanings: dict[str, Meaning]) -> Meaning:
    """One meaning holding every word of _WORD_MEANINGS': a word holds it exactly when it holds one of
    them (the union of their lemmas and of their stems), so skipping the others changes no trapping."""
    kept = _UNIONS.get(id(meanings))
    if kept is None or kept[0] is not meanings:
        parts = [meanings[name] for name in _WORD_MEANINGS]
        union = Meaning(
            frozenset().union(*(m.lemmas for m in parts)), tuple(s for m in parts for s in m.stems), ()
        )
        kept = (meanings, union)
        _UNIONS[id(meanings)] = kept
    return kept[1]


def _trapping_word(
    unit: str, words: list[tuple[int, int, str]], index: int, meanings: dict[str, Meaning]
) -> Trapping | None:
    """The trapping one word is, if any."""
    start, end, word = words[index]
    if meanings["internship_sign"].holds(word):
        return Trapping((INTERNSHIP,), SIGN, start, end, "internship_sign")
    if meanings["internship_tutor"].holds(word) and _owned(words, index, meanings["own_possessive"]):
        # «ma tutrice», not «je suis tuteur»
        return Trapping((INTERNSHIP,), SIGN, start, end, "internship_tutor")
    if meanings["civic_sign"].holds(word):
        return Trapping((CIVIC,), SIGN, start, end, "civic_sign")
    if meanings["civic_hint"].holds(word):
        return Trapping((CIVIC,), HINT, start, end, "civic_hint")
    if meanings["allowance"].holds(word):
        return _allowance(unit, start, end, meanings)
    return None


def _phrased(unit: str, meanings: dict[str, Meaning]) -> list[Trapping]:
    """The trappings said in several words: «contrat d'engagement», «période en entreprise»."""
    lowered = unit.lower().replace("’", "'")
    kinds = (
        ("internship_sign", (INTERNSHIP,), SIGN),
        ("internship_tutor", (INTERNSHIP,), SIGN),
        ("civic_sign", (CIVIC,), SIGN),
        ("internship_hint", (INTERNSHIP,), HINT),
        ("host", (INTERNSHIP, CIVIC), HINT),
    )
    found = []
    for name, situations, strength in kinds:
        if not meanings[name].phrased_in(unit):
            continue  # one search for all its phrases first: most units hold none
        for phrase in meanings[name].phrases:
            if " " not in phrase and meanings[name].holds(phrase):
                continue  # a one-word phrase its lemma already reads
            for hit in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered):
                if _other_sense_after(lowered, hit.end(), meanings["trapping_other_sense"]):
                    continue
                if name == "host" and not _owned_at(lowered, hit.start(), meanings["own_possessive"]):
                    continue  # «une association d'accueil des exilés»: not the writer's host
                found.append(Trapping(situations, strength, hit.start(), hit.end(), name))
    return found


def _allowance(unit: str, start: int, end: int, meanings: dict[str, Meaning]) -> Trapping:
    """An allowance paid by the State is a service civique's; any other may be an intern's or a volunteer's
    (a hint of both, kept only beside a host: «une indemnité de ma structure d'accueil»)."""
    clause = unit[clause_start(unit, start) :]
    if any(meanings["state"].holds(w.group()) for w in WORD.finditer(clause[:80])):
        return Trapping((CIVIC,), SIGN, start, end, "state")
    return Trapping((INTERNSHIP, CIVIC), HINT, start, end, "allowance")


def _combined(found: list[Trapping], unit: str, meanings: dict[str, Meaning]) -> list[Trapping | None]:
    """Hints made signs when two of one situation meet in the unit (a period in a workplace and the school
    that validates it); an allowance's double hint kept only beside a host."""
    hosts = any(t.meaning == "host" for t in found)
    school = any(meanings["study_place"].holds(w.group()) for w in WORD.finditer(unit))
    hints = {unit[t.start : t.end].lower() for t in found if t.meaning == "internship_hint"}
    combined: list[Trapping | None] = []
    for t in found:
        if t.meaning == "internship_hint" and (school or len(hints) > 1):
            combined.append(replace(t, strength=SIGN))  # «mon école valide ma période en entreprise…»
        elif t.meaning == "allowance" and not hosts:
            combined.append(None)  # «une indemnité» alone: no host, another allowance (sick pay, a fee)
        else:
            combined.append(t)
    return combined


def _other_sense(words: list[tuple[int, int, str]], index: int, other: Meaning) -> bool:
    """A trapping word beside a word of another sense: «convention collective», «avenant à mon CDD», «tuteur
    légal», "an international volunteering"."""
    near = words[max(0, index - 2) : index] + words[index + 1 : index + 5]
    return any(other.holds(w) for _, _, w in near)


def _other_sense_after(lowered: str, end: int, other: Meaning) -> bool:
    return any(other.holds(w.group()) for w in list(WORD.finditer(lowered[end : end + 40]))[:2])


def _owned_at(lowered: str, start: int, own: Meaning) -> bool:
    before = [w.group() for w in WORD.finditer(lowered[max(0, start - 12) : start])]
    return bool(before) and own.holds(before[-1])


def _owned(words: list[tuple[int, int, str]], index: int, own: Meaning) -> bool:
    return index > 0 and own.holds(words[index - 1][2])


def _state_at(
    unit: str, trapping: Trapping, text: str, structure: Structure, today: date, document: bool
) -> str | None:
    """NOW, NOT_NOW or UNSURE for the situation the trapping tells; None when the sentence does not say it
    is the applicant's, or says nothing of its time."""
    meanings = load_meanings()
    before = unit[clause_start(unit, trapping.start) : trapping.start]
    if _denied(before, structure) or (anothers(unit, trapping.start, text) and not _presented(before, text)):
        return None  # «je ne touche plus de gratification», «ma sœur est chez Unis-Cité», "neither … nor"
    operator = _operator_at(unit, trapping)
    if operator.absent:
        return None  # «je n'ai aucun contrat ni aucune convention», «sans gratification»: none is had
    if any(meanings["former"].holds(w.group()) for w in list(WORD.finditer(before))[-2:]):
        return NOT_NOW  # «mon ancienne tutrice»
    stance = stance_at(unit, trapping.start) if not document else None
    if stance in NOT_STATED:
        return None  # «si je touchais une gratification…», «on m'a parlé d'Unis-Cité»
    tenses = _tenses(unit, structure)
    # A date is the next one unless all is told in the past; an extension told in the past dates how long
    # the situation runs on («ma tutrice m'a proposé de prolonger jusqu'à fin janvier»).
    ahead = not tenses or bool(tenses - {PAST}) or _extended(unit, structure)
    dated = _dated(unit, today, _Ahead(unit, structure, ahead), document=document)
    if dated == _NOT_YET:
        return None  # «un contrat d'engagement à partir de janvier 2027»: not begun
    if trapping.meaning == "civic_hint" and dated != NOW:
        return None  # "I'm currently volunteering at a food bank": no end ahead, unpaid help, no scheme
    state = dated
    if state is None and (tenses == {PAST} or _ended(unit, structure, tenses)):
        state = NOT_NOW  # «le pot de fin de mission, c'était…», «je viens de finir chez Unis-Cité»
    # A present sentence of the writer's («je suis chez Unis-Cité»); a tutor, who may outlast the internship
    # («ma tutrice me recommande votre programme»), only with a word of now («ma tutrice signe encore…»).
    held = _held(unit, meanings, person=trapping.meaning != "internship_tutor")
    if state is None and tenses & {PRESENT, FUTURE} and held:
        state = NOW  # «J'ai encore trois mois de contrat d'engagement»
    return UNSURE if state == NOW and stance == HEDGED else state


def _operator_at(unit: str, trapping: Trapping) -> Operator:
    """The operator bearing on the trapping's word (clauses.operator_on): «aucune convention», «ni
    gratification», «pas encore de convention»; AFFIRMED for an English unit, read by its words above."""
    if not is_french(unit):
        return Operator.AFFIRMED
    head = phrase_head(tokens_in(parse(unit), trapping.start, trapping.end))
    return Operator.AFFIRMED if head is None else operator_on(head)


def _extended(unit: str, structure: Structure) -> bool:
    words = (w.group().lower() for w in WORD.finditer(unit))
    return has_word(structure.english, "extends", unit) or any(w.startswith(structure.extends) for w in words)


def _denied(before: str, structure: Structure) -> bool:
    return NEGATION.search(before) is not None or has_word(structure.english, "negation", before)


def _ended(unit: str, structure: Structure, tenses: set[str]) -> bool:
    """An end said with no date ahead, as just reached or passed: «je viens de finir mon contrat
    d'engagement», «ma convention s'est terminée»."""
    if not is_french(unit):
        return False  # "I finished…": a past word, read with the tenses
    verbs = [t for t in parse(unit) if is_verb(t)]
    ends = any(starts_with(t, structure.ends) for t in verbs)
    return ends and (PAST in tenses or any(starts_with(t, structure.just_done) for t in verbs))


def _tenses(unit: str, structure: Structure) -> set[str]:
    """The tenses of the unit's verbs: the parse's for French, the words' for English."""
    if is_french(unit):
        # A participle with no auxiliary is an adjective («indemnisé par l'État»), no act told in the past;
        # an auxiliary's tense is its verb's («m'a été recommandé»: past, not the present of «a»).
        verbs = [t for t in parse(unit) if is_verb(t) and not _bare_participle(t) and not _auxiliary(t)]
        return {tense_of(t) for t in verbs} & {PAST, PRESENT, FUTURE}
    told = set()
    if has_word(structure.english, "past", unit):
        told.add(PAST)
    if has_word(structure.english, "present", unit) or _EN_PRESENT.search(unit):
        told.add(PRESENT)
    if has_word(structure.english, "future", unit):
        told.add(FUTURE)
    return told


def _bare_participle(token: Any) -> bool:
    """A participle with no auxiliary nor copula: an adjective («indemnisé par l'État»)."""
    linked = any(c.dep_.startswith("aux") or c.dep_ == "cop" for c in token.children)
    return "Part" in token.morph.get("VerbForm") and (not linked or _a_noun(token))


def _a_noun(token: Any) -> bool:
    """A noun the small model tags as a participle («je suis en binôme»): its preposition gives it away."""
    return any(c.dep_ == "case" for c in token.children)


def _auxiliary(token: Any) -> bool:
    """An auxiliary, or «être» the small model tags as a participle's copula («est tombée en mai»): its
    tense is the verb's it serves."""
    head = token.head
    copula = token.dep_ == "cop" and "Part" in head.morph.get("VerbForm") and not _a_noun(head)
    return token.dep_.startswith("aux") or copula


_EN_PRESENT = re.compile(r"\b(?:runs|lasts|signs|pays|is|are|am|'m|have|has)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Ahead:
    """Whether a yearless date of the unit is the next one: by the tense of its own clause («s'est achevée le
    31 août», «finis en juillet»: the last one, whatever present follows), else by the whole unit's."""

    unit: str
    structure: Structure
    default: bool

    def at(self, position: int) -> bool:
        start = clause_start(self.unit, position)
        stop = _CLAUSE_END.search(self.unit, position)
        end = stop.start() if stop else len(self.unit)
        tenses = _clause_tenses(self.unit, start, end, self.structure)
        if not tenses:
            return self.default
        return bool(tenses - {PAST})


_CLAUSE_END = re.compile(r"[,;:()]| et | mais | and | but ", re.IGNORECASE)


def _clause_tenses(unit: str, start: int, end: int, structure: Structure) -> set[str]:
    """The tenses told in unit[start:end]; a bare participle of an end («finis en juillet», «terminés en
    juin») tells an end passed."""
    if not is_french(unit):
        return _tenses(unit[start:end], structure) if unit[start:end].strip() else set()
    told = set()
    for t in parse(unit):
        if start <= t.idx < end and is_verb(t) and not _auxiliary(t):
            if _bare_participle(t):
                told |= {PAST} if starts_with(t, structure.ends) else set()
            else:
                told.add(tense_of(t))
    return told & {PAST, PRESENT, FUTURE}


_NOT_YET = "not_yet"  # a start still ahead: the situation is not held yet


def _dated(unit: str, today: date, ahead: _Ahead, document: bool) -> str | None:
    """NOW when a date of the unit still to come is not a start («jusqu'au 15 janvier», «le 27 février»,
    "until March"), NOT_NOW when all its dates are past; None when none is said, or a start is ahead
    («je commence le 4 janvier»: not held yet)."""
    dates = _dates(unit, today, ahead)
    if any(start and when > today for when, start in dates):
        return _NOT_YET
    if not dates:
        return None
    if document and dates[0][0] > today:
        return None  # a CV's period not begun yet
    ends = [when for when, start in dates if not start]
    if any(when >= today for when in ends):
        return NOW
    return NOT_NOW if ends else None


def _dates(unit: str, today: date, ahead: _Ahead) -> list[tuple[date, bool]]:
    """Each date of the unit as its last day, and whether it is a start still to be reached («je commence le
    4 janvier»); a start told as reached («depuis octobre», «commencé en septembre») is left out."""
    found: list[tuple[date, bool]] = []
    told = [(m.start, m.bounds()[1]) for m in find_dates(unit)]
    for position, (year, month) in told:
        last_day = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        found += _placed(unit, position, last_day, False)
    for word in _DATE_WORD.finditer(unit):
        when = bare_date(unit[word.end() :], today, ahead.at(word.start()))
        set_for = _SET_FOR.search(unit, 0, word.start()) is not None
        meant_for = word.group().strip().lower() in _FOR and set_for
        if meant_for and _LENGTH.match(unit, word.end()):
            continue  # «pour sept mois»: a length, «sept» no September
        found += _placed(unit, word.start(), when, meant_for) if when is not None else []
    return found


def _placed(unit: str, position: int, when: date, meant_for: bool) -> list[tuple[date, bool]]:
    """The date `when` read at `position`, and whether it is a start: after a word of starting, or a date
    the trapping is meant for («convention signée pour janvier», "agreement signed for January")."""
    before = unit[max(0, position - 16) : position]
    if _STARTED.search(before):
        return []
    return [(when, meant_for or _STARTING.search(before) is not None)]


# «pour janvier», "for January": a month the agreement is for, its start; «pour sept mois» is no date at all.
_FOR = ("pour", "for")
_LENGTH = re.compile(
    rf"(?:{COUNT_FR}|{COUNT_EN})\s*(?:-\s*)?(?:mois|semaines?|ans?|ann[ée]es?|jours?|months?|weeks?|years?|days?)\b",
    re.IGNORECASE,
)
_DATE_WORD = re.compile(rf"\b(?:le|en|au|à|a|on|in|by|until|till|fin|{'|'.join(_FOR)})\s", re.IGNORECASE)
# The agreement set for the date, right before «pour»: «signée pour janvier», "signed for January"; not «je
# cherche un emploi dans l'ESS pour mars» after a convention's end (the search's month).
_SET_FOR = re.compile(
    r"\b(?:sign|pr[ée]vu|cal[ée]|fix[ée]|book|schedul|plann|set\b)\w*\s+(?:\w+\s+)?$", re.IGNORECASE
)
_STARTED = re.compile(
    r"\b(?:depuis|since|commencée?s?|débutée?s?|d[ée]marrée?s?|entamée?s?|started|began|begun)\W*(?:\w+\W+)?$",
    re.IGNORECASE,
)
_STARTING = re.compile(
    r"\b(?:dès|from|starting|commence\w*|débute\w*|d[ée]marre\w*|entame\w*|partir d\w*)\W*(?:\w+\W+)?$",
    re.IGNORECASE,
)


def _held(unit: str, meanings: dict[str, Meaning], person: bool = True) -> bool:
    """A present sentence holding the trapping today: the writer's (or the person presented: «il est…»), or
    said with a word of now («encore», «en ce moment»)."""
    holder = meanings["first_person"]
    words = [w.group().lower() for w in WORD.finditer(unit)]
    now = meanings["now_word"]
    return (
        (person and any(holder.holds(w) or w in _PRESENTED_PRONOUNS for w in words))
        or any(now.holds(w) for w in words)
        or now.phrased_in(unit)
    )


_PRESENTED_PRONOUNS = frozenset({"il", "elle", "he", "she"})


def presented_subject(unit: str, start: int, text: str) -> bool:
    """«Je vous oriente Kévin … Pour le moment il est encore en mission»: the subject of the mention's
    clause is «il» / «elle», and the message presents someone: the fact is the presented person's.
    French only (the parse finds the subject)."""
    if not is_french(unit):
        return False
    words = tokens_in(parse(unit), start, start + 1)
    predicate = predicate_of(words[0]) if words else None
    subjects = [c for c in predicate.children if c.dep_.startswith("nsubj")] if predicate is not None else []
    present = load_meanings()["present"]
    presents = any(present.holds(w.group()) for w in WORD.finditer(text))
    return presents and any(s.lower_ in _PRESENTED_PRONOUNS for s in subjects)


def _presented(before: str, text: str) -> bool:
    """«Je vous présente Kevin … : il est en contrat d'engagement…»: the pronoun opening the trapping's
    clause takes up the person the message presents, whose situation it is."""
    opening = [w.group().lower() for w in WORD.finditer(before)][:1]
    present = load_meanings()["present"]
    presents = any(present.holds(w.group()) for w in WORD.finditer(text))
    return bool(opening) and opening[0] in _PRESENTED_PRONOUNS and presents
