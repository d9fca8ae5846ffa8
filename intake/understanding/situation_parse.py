"""What the parse of one French sentence says of a situation it names: held now, over, or to be asked.
Apart from situation.py because it reads the dependency tree of the small model only, the mention by mention
reading that situation.py orchestrates."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from intake.understanding.clauses import (
    CONDITIONAL,
    FUTURE,
    NEGATION,
    NO_TENSE,
    PAST,
    PRESENT,
    Aspect,
    Operator,
    Reading,
    Timed,
    beyond_clause,
    clause_at,
    clause_start,
    is_denied,
    is_imperfect,
    is_negated,
    is_verb,
    operator_on,
    parse,
    phrase_head,
    predicate_of,
    read_operator,
    read_word,
    starts_with,
    tense_of,
    time_of,
    tokens_in,
)
from intake.understanding.in_course import held_by_its_predicate
from intake.understanding.kept_on import is_kept_on
from intake.understanding.lexicon import Situation, Structure, load_meanings
from intake.understanding.situation_phase import entered_for_a_length, just_begun, read_phase
from intake.understanding.situation_time import (
    NOT_NOW,
    NOW,
    UNSURE,
    ends_near_after,
    find_phrase_owner,
    is_after_its_end,
    is_dated_this_year,
    is_ended_by_date,
    read_begun,
    read_by_end_date,
    read_dated_until,
    read_later_end,
    read_relative_until,
    read_runs_until,
    read_started_after,
    read_state_by_end,
    read_state_by_its_ending,
)


def read_state_in_parse(
    unit: str, situation: Situation, structure: Structure, today: date, presented: bool = False
) -> str | None:
    """now / not_now / unsure, or None when the structure says nothing (the phrases then decide).

    Several mentions in one sentence: one current reading is enough («j'ai fait un stage en 2024 et je
    suis actuellement en stage»). `presented`: the mentions are said of the person the mail presents (a
    referral: «ma nièce …, elle est en stage jusqu'en mars»), whose third person holds them as a «je» does."""
    spans = [(m.start(), m.end(), False) for m in situation.names.finditer(unit)] if situation.names else []
    spans += [(m.start(), m.end(), True) for m in situation.roles.finditer(unit)] if situation.roles else []
    if not spans:
        return None
    doc = parse(unit)
    states: dict[int, str | None] = {}
    for start, end, is_role in spans:
        if is_reported_by_a_document(unit, start):
            continue
        head = phrase_head(tokens_in(doc, start, end))
        if head is None:
            continue
        phrase = _phrase_from(unit, start)
        if situation.past is not None and situation.past.match(phrase) and not NEGATION.search(phrase):
            # «mon stage d'approfondissement BAFA»: a course named in its own phrase; but «mon service
            # civique n'est pas terminé» is read from the parse.
            states[start] = NOT_NOW
            continue
        state = read_mention_state(head, is_role, structure, unit, today, presented)
        state = UNSURE if state == NOW and _of_unsaid_kind(head, structure) else state
        states[start] = _as_quoted(unit, start, end, state)
    told = _told_after_a_turn(unit, states)
    near = (at for at, state in states.items() if state == NOW)
    if NOW in told and any(_ends_near(unit, at, spans, structure) for at in near):
        return UNSURE  # «je fais un stage… et mon stage se termine bientôt»: held, its end near, undated
    for state in (NOW, UNSURE, NOT_NOW):
        if state in told:
            return state
    return None


def _ends_near(unit: str, start: int, spans: list[tuple[int, int, bool]], structure: Structure) -> bool:
    """The mention at `start`, read held now, has its end told near and undated after it, by itself under
    its possessive («Mon stage finit bientôt», which the small model may parse as a verbless noun) or taken
    up later in the sentence (situation_time.ends_near_after)."""
    end = next(e for s, e, _role in spans if s == start)
    before = unit.rfind(" ", 0, max(0, start - 1)) + 1  # the word before: «mon», «ma»
    return ends_near_after(unit, before, unit[start:end], structure)


def _told_after_a_turn(unit: str, states: dict[int, str | None]) -> set[str | None]:
    """«J'étais en service civique quand je vous ai découverts, mais mon service civique s'est terminé le 31
    octobre»: a mention left open only by the past moment it ran at, then taken up after «mais» and settled
    there; the later word tells today. Every mention's state otherwise."""
    last = max(states, default=None)
    if last is None or states[last] not in {NOW, NOT_NOW}:
        return set(states.values())
    earlier = {states[start] for start in states if start != last}
    turned = all(TURN_WORD.search(unit, start, last) for start in states if start != last)
    return {states[last]} if earlier == {UNSURE} and turned else set(states.values())


TURN_WORD = re.compile(r"\b(?:mais|but|however|cependant|pourtant)\b", re.IGNORECASE)


def _as_quoted(unit: str, start: int, end: int, state: str | None) -> str | None:
    """«je suis encore « stagiaire » dans l'annuaire», "I'm still 'intern' on the website": the situation's
    word put between quotation marks is a label mentioned (a status as some record shows it), not the
    writer's own word for today — held, it is only asked, so that a state told after «mais» settles it
    (`_told_after_a_turn`: «…, mais ma convention de stage s'est terminée le 31 octobre»)."""
    if state != NOW:
        return state
    opened = _QUOTE_OPEN.search(unit, max(0, start - 3), start)
    closed = _QUOTE_CLOSE.match(unit, end)
    return UNSURE if opened is not None and closed is not None else state


_QUOTE_OPEN = re.compile(r"[«“\"‘']\s*$")
_QUOTE_CLOSE = re.compile(r"\s*[»”\"’']")


def _of_unsaid_kind(head: Any, structure: Structure) -> bool:
    """«un volontariat», «ma mission de volontariat», «volontariat européen»: a generic name may be a civic
    service or another scheme (a European, an international volunteering); held now, the coordinator asks
    which, the service never refuses on a guess. Only a civic word in its own phrase settles it: «volontariat
    de service civique», «ma mission de volontariat en service civique», «(agrément ASC)»."""
    if not starts_with(head, structure.generic):
        return False
    phrase = [*find_phrase_owner(head).subtree, *_aside_after(find_phrase_owner(head))]
    return not any(
        t.lower_.startswith(structure.civic_stems) or t.text in structure.civic_acronyms for t in phrase
    )


def _aside_after(owner: Any) -> list[Any]:
    """The words of a parenthesis right after a phrase («volontariat (agrément ASC)»): the small model may
    hang them on the verb, yet they qualify the phrase they follow."""
    last = max(t.i for t in owner.subtree)
    doc = owner.doc
    if last + 1 >= len(doc) or doc[last + 1].text != "(":
        return []
    close = next((t.i for t in doc[last + 1 :] if t.text == ")"), len(doc))
    return list(doc[last + 2 : close])


# «Mon CV indique encore que je suis en stage», "my résumé still says I'm an intern": what an older document
# says, reported by the writer, is not the writer's own statement.
# A document's words reported: «mon CV indique…», «sur son CV, il est écrit que…», "my profile says…"; an
# impersonal «il est écrit que», «il est indiqué que» reports some file's words whichever it is («sur son
# dossier France Travail il est écrit qu'elle est en service civique, c'est une erreur»).
_DOCUMENT_SAYS = re.compile(
    r"\b(?:CV|C\.V\.|r[ée]sum[ée]|profil|profile|LinkedIn)\b[^.;]{0,30}?\b(?:says?|states?|shows?|lists?|reads?|"
    r"mentions?|indique|dit|mentionne|affiche|porte|pr[ée]sente|[ée]crit|not[ée]|marqu[ée])\b"
    r"|\bil est (?:[ée]crit|not[ée]|marqu[ée]|indiqu[ée]|mentionn[ée]) qu",
    re.IGNORECASE,
)


TURN = re.compile(r"\b(?:mais|but|however|cependant|pourtant)\b|[;.]", re.IGNORECASE)


def is_reported_by_a_document(unit: str, start: int) -> bool:
    said = [m for m in _DOCUMENT_SAYS.finditer(unit, 0, start)]
    return bool(said) and TURN.search(unit, said[-1].end(), start) is None


def _phrase_from(unit: str, start: int) -> str:
    """The words from a mention to the next punctuation: «stage pratique BAFA dans un centre» (the small
    model often hangs the course's name on the verb, so the words are read, not the subtree)."""
    stop = re.search(r"[.,;:()!?]", unit[start:])
    return unit[start : start + stop.start()] if stop else unit[start:]


def _end_inside(token: Any, structure: Structure) -> Any:
    """An end verb the small model hung inside the mention's noun phrase: «ma mission de service civique
    au sein d'une association d'aide aux devoirs se termine dans quinze jours»."""
    owner = find_phrase_owner(token)
    if any(c.dep_ in {"cop", "nsubj"} for c in owner.children):
        return None  # «je suis stagiaire …, après mon master qui s'est terminé»: another thing's end
    return next(
        (t for t in owner.subtree if t.i > token.i and is_verb(t) and starts_with(t, structure.ends)), None
    )


def read_mention_state(
    token: Any, is_role: bool, structure: Structure, unit: str, today: date, presented: bool = False
) -> str | None:
    """What one mention's parse says of its situation: held now, over, asked, or None (nothing said);
    `presented`: said of the person a referral presents (read_state_in_parse)."""
    if is_denied(token):
        return NOT_NOW  # «aucun stage … : mon master est terminé»: no end verb makes an absent thing doubtful
    _, predicate = _read_as_a_noun(token)
    own_end = _end_in_own_clause(token, predicate, structure, unit) or _own_end_after_a_colon(
        token, predicate, structure
    )
    put_right = _end_put_right(token, structure, unit, today)
    if put_right is not None:
        return put_right  # «mon stage ne se termine pas fin novembre mais le 15 janvier»
    if own_end is not None:
        return read_state_by_end(own_end, unit, today)  # «…, mais en fait mon stage se termine le 19 déc.»
    return _read_by_its_time(token, is_role, structure, unit, today, presented)


def _end_put_right(token: Any, structure: Structure, unit: str, today: date) -> str | None:
    """«Mon stage ne se termine pas fin novembre mais le 15 janvier», «mon service civique ne finit pas en
    décembre, mais en mars»: the mention's own end verb negated, its date given a conjunct under «mais»
    (meanings.toml [correcting_but]): the negation denies the first date, the end is the one «mais» opens.
    None when no such conjunct follows (a plain negated end is read as ever)."""
    verb = token.head
    ends = is_verb(verb) and starts_with(verb, structure.ends)
    if token.dep_ != "nsubj" or not (ends and is_negated(verb)):
        return None
    but = load_meanings()["correcting_but"]
    for word in verb.subtree:
        if word.dep_ == "cc" and but.holds(word.text) and word.head.dep_ == "conj" and word.i > verb.i:
            return read_by_end_date(unit, word.idx + len(word.text), today)
    return None


def _read_by_its_time(
    token: Any, is_role: bool, structure: Structure, unit: str, today: date, presented: bool = False
) -> str | None:
    """The mention read by its predicate's tense and time, its operators, its phase, start and end."""
    reading, predicate, early = _read_in_time(token, structure, unit, today)
    if early is not None:
        return early  # an operator on it, or a time: «ce jour-là, je finissais mon stage» (today unsaid)
    phase = read_phase(token, structure, unit, today)
    if phase is not None:
        return phase  # «la fin de mon stage est prévue pour mars 2027», «il me reste cinq mois de stage»
    if is_after_its_end(token, reading.tense, structure):
        return NOT_NOW  # «depuis la fin de mon service civique, je cherche…»: that end has passed
    end_verb = starts_with(predicate, structure.ends)
    inner_end = None if end_verb else _end_inside(predicate if predicate.i != token.i else token, structure)
    if inner_end is not None and not reading.negated and not is_negated(inner_end):
        return read_state_by_end(inner_end, unit, today)
    beyond = beyond_clause(predicate, unit, token.idx) and not _dislocated_onto(token, predicate)
    if predicate.i != token.i and (reading.tense == PAST or _subject_twice(token, predicate)) and beyond:
        # «Mon stage … dure jusqu'en février, mon master a été validé en mars»: the small model hung the
        # mention on the past verb of another clause; that tense is not the mention's. «Mon tuteur m'a
        # conseillé de vous écrire, car mon stage … se termine le 30 novembre»: its own end verb dates it.
        own_end = _end_inside(token, structure)
        told = own_end is not None and not is_negated(own_end)
        return read_state_by_end(own_end, unit, today) if told else read_runs_until(token, unit, today)
    ends = end_verb or any(c.lower_ == "fin" for c in predicate.children)
    if predicate.i != token.i and ends and (end_verb or not reading.negated):
        # «mon stage se termine en avril 2027», «mon service civique s'est terminé en juin»; but «je ne
        # suis plus en stage depuis fin août» is a plain negation, the «fin» only dates it.
        return read_state_by_its_ending(token, predicate, reading, unit, today)
    if reading.negated:
        return NOT_NOW  # «je ne suis ni en stage ni en service civique», «sans stage en cours»
    if just_begun(predicate, structure) or held_by_its_predicate(token, predicate, structure):
        return NOT_NOW if is_ended_by_date(unit, today, clause_start(unit, token.idx)) else NOW
    if is_kept_on(unit, token.idx + len(token.text), structure):
        return NOW  # «j'ai commencé un stage dans une fondation, que je poursuis» (kept_on.py)
    begun = _read_begun(token, predicate, reading.tense, structure, unit, today)
    if begun is not None:
        return begun
    held = _read_held_state(token, predicate, structure, unit, today) if reading.tense == PAST else None
    if held is not None:
        return held
    # «J'ai commencé un stage…, il finira en mars», «j'adore mon service civique…, il se termine en avril»:
    # a later end verb taking the mention up dates it (not for a wish: «je cherche un stage»).
    told = reading.tense == PAST or (reading.tense == PRESENT and not _wished(predicate, structure))
    taken_up = read_later_end(token, structure, unit, today) if told else None
    if reading.tense == PAST and starts_with(predicate, structure.extends):
        # «mon stage a été prolongé jusqu'en février»; «… prolongé, je ne sais pas quand il finira»
        return read_runs_until(token, unit, today) or taken_up or NOT_NOW
    taken_up = taken_up or (read_relative_until(token, unit, today) if reading.tense == PAST else None)
    if taken_up is not None:
        return taken_up  # «j'ai fait un service civique … ; il se termine en janvier»
    return _read_by_its_tense(token, predicate, reading, (is_role, presented), structure, unit, today)


def _read_by_its_tense(
    token: Any,
    predicate: Any,
    reading: Reading,
    said: tuple[bool, bool],
    structure: Structure,
    unit: str,
    today: date,
) -> str | None:
    """The mention no operator, phase, start or end dates: its predicate's tense, person and sense say it."""
    if reading.tense in {PAST, CONDITIONAL}:
        return _told_past(token, reading.tense, unit, structure)  # «j'étais stagiaire», «je ferais un stage»
    if reading.tense == PRESENT and _alongside(token, unit, structure):
        return NOW  # «en parallèle de mon stage, je postule…»: the search runs beside a current internship
    if reading.tense == PRESENT and reading.person in {"1", None} and _placed_in(token, predicate):
        return NOT_NOW if is_ended_by_date(unit, today, clause_start(unit, token.idx)) else NOW
    if _wished(predicate, structure):
        return NOT_NOW  # «je cherche un stage», «je voudrais faire un service civique»
    if reading.tense == FUTURE:
        return UNSURE  # «je serai en stage jusqu'en mars»: now or later, the coordinator asks
    return _held_now(token, predicate, reading, said, structure, unit, today)


def _told_past(token: Any, tense: str, unit: str, structure: Structure) -> str:
    """A mention told in the past or the conditional is over («j'ai fait un stage»), unless its end is taken
    up after it as near and undated («j'ai trouvé un stage dans une association qui se termine bientôt»):
    held, but until when? Asked."""
    return UNSURE if tense == PAST and ends_near_after(unit, token.idx, token.text, structure) else NOT_NOW


def _subject_twice(token: Any, predicate: Any) -> bool:
    """The mention's phrase hangs as a subject on a verb of another clause that has a subject of its own
    («…, mon stage court jusqu'au 31 janvier et je cherche un emploi»: «stage» and «je» both on «cherche»):
    the small model lost the mention's own verb; that verb's tense or wish says nothing of it."""
    owner = find_phrase_owner(token)
    if not owner.dep_.startswith("nsubj") or owner.head.i != predicate.i:
        return False
    return any(c.dep_.startswith("nsubj") and c.i != owner.i for c in predicate.children)


def _end_in_own_clause(token: Any, predicate: Any, structure: Structure, unit: str) -> Any:
    """«Je vous ai dit que mon stage était fini, mais en fait mon stage se termine le 19 décembre»: the small
    model hung the second mention on the verb of another clause («fini»), yet an end verb of its own stands
    after it in its own clause (cut at «mais», commas): that verb, not negated, is its predicate. None when
    the predicate found is in the mention's clause, or no end verb follows there."""
    if predicate.i == token.i or not beyond_clause(predicate, unit, token.idx):
        return None
    right = clause_start(unit, token.idx) + len(clause_at(unit, token.idx, token.idx + len(token.text)))
    after = (t for t in token.doc[token.i + 1 :] if t.idx < right and is_verb(t))
    verb = next((t for t in after if starts_with(t, structure.ends)), None)
    return verb if verb is not None and not is_negated(verb) else None


def _own_end_after_a_colon(token: Any, predicate: Any, structure: Structure) -> Any:
    """«Je postule : mon stage finit le 12 janvier»: a colon opens a new statement, yet the small model may
    hang the mention after it on the verb before it (as the object of «postule», a wish) and its own end
    verb inside its phrase. That end verb, not negated, is the mention's own predicate; None otherwise."""
    if not predicate.i < token.i or not any(t.text == ":" for t in token.doc[predicate.i + 1 : token.i]):
        return None
    own_end = _end_inside(token, structure)
    return own_end if own_end is not None and not is_negated(own_end) else None


# The pronouns of the third person that take up a phrase set apart from its clause («…, elle est finie»,
# «…, je l'ai terminé»).
_TAKING_UP = {"il", "elle", "l'", "l’", "le", "la"}


def _dislocated_onto(token: Any, predicate: Any) -> bool:
    """«Ma mission de service civique, elle est finie depuis septembre», «Le stage, je l'ai terminé en juin»:
    the mention's phrase, set apart by a comma, hangs on the predicate itself, and a pronoun of that clause
    (its subject or its object, agreeing in gender when both tell it) takes it up: the clause is the
    mention's own, not another one the small model hung it on. Invariant: never true for a phrase hanging on
    another word, nor without such a pronoun."""
    owner = find_phrase_owner(token)
    if owner.head.i != predicate.i or owner.i == predicate.i:
        return False
    gender = owner.morph.get("Gender")
    return any(
        c.i != owner.i
        and c.pos_ == "PRON"
        and c.lower_ in _TAKING_UP
        and c.dep_.startswith(("nsubj", "obj"))
        and (not gender or not c.morph.get("Gender") or c.morph.get("Gender") == gender)
        for c in predicate.children
    )


# «je suis AJAC»: an acronym of a status the small model takes for a passive participle; its «être» is the
# copula of a noun all the same (a mention is a name or a role, never a verb).
_COPULAS = {"cop", "aux:pass"}


def _operated_state(token: Any, structure: Structure) -> str | None:
    """What the operator on the mention settles before the rest is read: open (`left_open_by_operator`),
    or an end not reached yet («mon service civique n'est pas encore terminé», «mon stage n'est toujours
    pas fini»: running now)."""
    if left_open_by_operator(token):
        return UNSURE
    predicate = predicate_of(token)
    if (
        predicate.i != token.i
        and starts_with(predicate, structure.ends)
        and operator_on(token) == Operator.NOT_YET
    ):
        return NOW
    return None


def left_open_by_operator(token: Any) -> bool:
    """The operator on the mention leaves its situation undecided (clauses.operator_on): hedged («je ne suis
    plus vraiment en stage», «je ne pense pas que mon stage aille au-delà de novembre»), not all («tous mes
    stages ne sont pas finis»), set aside («hors stage, aucun engagement»: a past internship left out, or a
    running one excepted), or a plain negation over a «depuis» («je ne suis pas en stage depuis
    septembre»: none since September, or one begun at another date). The coordinator asks."""
    operated = read_operator(token)
    if operated.operator.open or operated.operator == Operator.EXCEPT:
        return True
    return operated.cue == "ne … pas" and _since_in_scope(token)


def _since_in_scope(token: Any) -> bool:
    """A «depuis» phrase on the mention or its predicate, in the mention's clause (not past a colon)."""
    heads = {token.i, predicate_of(token).i}
    doc = token.doc
    for t in doc:
        since = t.head.i in heads and any(c.dep_ == "case" and c.lower_ == "depuis" for c in t.children)
        low, high = sorted((t.i, token.i))
        if since and not any(w.text in {":", ";", "."} for w in doc[low:high]):
            return True
    return False


def _read_begun(
    token: Any, predicate: Any, tense: str, structure: Structure, unit: str, today: date
) -> str | None:
    """A start told (situation_time.read_begun), a length entered for, a start signed, or «déjà» begun."""
    begun = read_begun(token, predicate, tense, structure, unit, today) or entered_for_a_length(
        token, predicate, tense, unit, today
    )
    begun = begun or read_started_after(token, unit, today)  # «…de 7 mois, signé à la fin avril»
    if begun is None and _begun_already(token, predicate, structure):
        # «j'ai déjà commencé mon stage»: begun, and no end told: it runs, unless a date passed ends it
        begun = NOT_NOW if is_ended_by_date(unit, today, clause_start(unit, token.idx)) else NOW
    return begun


def _begun_already(token: Any, predicate: Any, structure: Structure) -> bool:
    """«j'ai déjà commencé le stage», «ma mission a déjà démarré»: a verb of beginning under «déjà»
    (clauses.operator_on) says the thing has begun and, with no end told, runs now."""
    return starts_with(predicate, structure.begins) and operator_on(token) == Operator.ALREADY


def _read_in_time(
    token: Any, structure: Structure, unit: str, today: date
) -> tuple[Reading, Any, str | None]:
    """The mention's reading with its tense as the verb places it in time (clauses.time_of): a narrative
    present under a past year is past («En 2024, je fais mon service civique»), a futur antérieur is a
    future («j'aurai fini mon service civique fin mars»: its end is dated ahead), an imparfait the small
    model tags as a present is past; and a state (or its end) running at a past moment, with no end
    dated, is UNSURE. The third value is a state read before the rest: the operator on the mention
    (`_operated_state`, first as ever), or that time."""
    reading, predicate = _read_as_a_noun(token)
    operated = _operated_state(token, structure)
    if operated is not None:
        return reading, predicate, operated  # «je ne suis plus en stage», «pas encore»: read first
    timed = time_of(predicate, today)
    # A narrative start («Septembre 2025 : je commence une mission») is left to the start's reading: begun
    # then, it may still run.
    narrative = timed.narrative and not starts_with(predicate, structure.begins)
    if narrative or (reading.tense == PRESENT and timed.time == PAST and is_imperfect(predicate)):
        reading = replace(reading, tense=PAST)
    elif timed.time == FUTURE and timed.aspect == Aspect.DONE:
        reading = replace(reading, tense=FUTURE)
    if not reading.negated and _wished_to_go_on(token, predicate, structure):
        return reading, predicate, NOW  # «je souhaite que ma mission se prolonge»: it runs now
    if reading.negated or not (_running_then(predicate, timed, structure) or _near_its_end(token, structure)):
        return reading, predicate, None
    return reading, predicate, read_runs_until(token, unit, today) or UNSURE


def _wished_to_go_on(token: Any, predicate: Any, structure: Structure) -> bool:
    """The mention is the subject of a clause under a wish whose verb extends it («je souhaite que ma
    mission se prolonge», «j'aimerais que mon stage soit renouvelé»): the wish bears on its length, the
    thing itself is held now."""
    subject = token.dep_.startswith("nsubj") and token.head.i == predicate.i
    extended = starts_with(predicate, structure.extends)
    under_wish = predicate.dep_ == "ccomp" and starts_with(predicate.head, structure.wishes)
    return subject and extended and under_wish


def _near_its_end(token: Any, structure: Structure) -> bool:
    """A verbless line placing the mention «en fin de» its course («Stage à la mairie : en fin de
    parcours»): nearing its end, not said over; its date, if any, decides (read_runs_until)."""
    return any(
        starts_with(c, structure.end_nouns) and any(g.lower_ == "en" for g in c.children)
        for c in token.children
        if c.dep_ in {"nmod", "obl", "obl:mod"}
    ) and not is_verb(predicate_of(token))


def _running_then(predicate: Any, timed: Timed, structure: Structure) -> bool:
    """An imparfait of an end («je terminais mon stage»: ending then, not said ended), or of a state or a
    start set against a past moment («j'étais volontaire … quand j'ai eu mon master», «je venais de
    commencer un stage quand…»): what ran then, not what runs or ended since."""
    imperfect = timed.time == PAST and timed.aspect == Aspect.RUNNING and is_imperfect(predicate)
    came = timed.aspect == Aspect.JUST_DONE and is_imperfect(predicate.head)
    if imperfect and starts_with(predicate, structure.ends):
        return True
    return (imperfect or came) and _at_a_past_moment(predicate)


# The words setting a clause against a past moment: «quand», «lorsque», «ce jour-là», «à ce moment-là».
_PAST_MOMENT = frozenset({"quand", "lorsque", "lorsqu'", "lorsqu’", "jour-là", "moment-là", "when", "while"})


def _at_a_past_moment(predicate: Any) -> bool:
    return any(t.lower_ in _PAST_MOMENT for t in predicate.sent)


def _read_as_a_noun(token: Any) -> tuple[Reading, Any]:
    """The reading of a mention and its predicate. A situation's name or role is a noun: when the small model
    tags it as a verb («semestre» as an infinitive in «je termine mon dernier semestre», «doctorante» as a
    participle in «je suis doctorante»), its copula or the word it hangs on carries the tense, not its own
    form."""
    if token.pos_ != "VERB":
        return read_word(token), predicate_of(token)
    copula = next((c for c in token.children if c.dep_ in _COPULAS), None)
    if copula is not None:
        return replace(read_word(token), tense=tense_of(copula)), token
    if token.head.i == token.i or not is_verb(token.head):
        return read_word(token), predicate_of(token)
    return read_word(token.head), predicate_of(token.head)


def _placed_in(token: Any, predicate: Any) -> bool:
    """«je me trouve actuellement en mission», «je me retrouve en stage»: a pronominal verb placing its
    subject «en» the situation says where the writer is now, like «je suis en stage» (and is no wish to
    find one: «je trouve un stage» is read apart)."""
    reflexive = any(c.morph.get("Reflex") == ["Yes"] for c in predicate.children)
    placed = token.head.i == predicate.i and any(c.lower_ == "en" for c in token.children)
    return reflexive and predicate.i != token.i and placed


def _held_now(
    token: Any,
    predicate: Any,
    reading: Reading,
    said: tuple[bool, bool],
    structure: Structure,
    unit: str,
    today: date,
) -> str | None:
    """A mention neither negated, past, wished nor future: is it the writer's situation now? `said`: the
    mention is a role («stagiaire»), and it is said of the person the mail presents, whose «elle est en
    stage» is held as the writer's «je suis en stage» is."""
    is_role, presented = said
    first_person = reading.person in {"1", None} or (presented and reading.person == "3")
    # «je suis en stage»; «je ne suis pas en CDI mais en stage»: a conjunct shares the copula; «je suis en ce
    # moment en POEI»: the small model hangs «en POEI» on the copula's time noun, the copula is still its own.
    beside = _beside_the_copula(token, predicate)
    shares = predicate.i == token.i or token.dep_ == "conj" or beside
    copula = shares and any(c.dep_ in _COPULAS for c in predicate.children)
    # «je suis en stage»; «je suis dans mon dernier semestre» (my own, not «dans un stage» told of others).
    mine = any(c.morph.get("Poss") == ["Yes"] for c in token.children)
    in_it = beside or any(c.lower_ == "en" or (c.lower_ == "dans" and mine) for c in token.children)
    # «je bosse comme stagiaire», «je travaille en tant que stagiaire»: the role is the subject's now.
    as_role = is_role and any(c.lower_ in {"comme", "que"} for c in token.children)
    doing = predicate.i != token.i and starts_with(predicate, structure.doing) and reading.tense == PRESENT
    # «Encore stagiaire pour un mois», «toujours en service civique»: said without a verb, still held.
    still = predicate.i == token.i and _still_held(token, structure)
    # «je travaille à la fondation — en stage jusqu'en janvier»: working «en» the situation is holding it.
    working = reading.tense == PRESENT and (as_role or _working_in(token, predicate))
    if first_person and ((copula and (is_role or in_it)) or doing or still or working):
        return NOT_NOW if is_ended_by_date(unit, today, clause_start(unit, token.idx)) else NOW
    # «En stage jusqu'en mars» (a note); «Je suis en M1 Psychologie et en stage … jusqu'au 28 février», cut by
    # the small model into verbless roots: the mention hangs on a noun with neither verb nor copula.
    verbless = (predicate.i == token.i or _a_bare_root(predicate)) and reading.tense == NO_TENSE
    verbless = verbless and reading.person is None
    # «j'ai un stage à la mairie jusqu'en mars» (but «j'ai un stage de six mois» may be an experience);
    # «En stage jusqu'en mars» (a subject, a note): the date it runs until decides.
    having = reading.tense == PRESENT and token.dep_ == "obj" and predicate.lower_ in structure.having
    if having or (verbless and (in_it or is_role)):
        return read_dated_until(token, unit, today)
    untensed = reading.tense == NO_TENSE and reading.person is None and not is_verb(predicate)
    if untensed and is_dated_this_year(unit, token.idx, today):
        return UNSURE  # «Expérience : un stage au CCAS, cette année»: no tense, a year still running
    return read_runs_until(token, unit, today)


# The time nouns of «en ce moment», «à l'heure actuelle», «pour l'instant»: not what the writer is.
_NOW_NOUNS = {"moment", "heure", "instant"}


def _beside_the_copula(token: Any, predicate: Any) -> bool:
    """«Je suis en ce moment en POEI»: the mention, placed by «en», hangs on a time noun the small model took
    for the copula's predicate; «je suis sous convention de stage»: on the agreement the writer is placed
    under. Either way the copula places the writer in the mention."""
    if token.head.i != predicate.i or not any(c.dep_ == "cop" for c in predicate.children):
        return False
    by_time = any(c.lower_ == "en" for c in token.children) and predicate.lower_ in _NOW_NOUNS
    return by_time or any(c.dep_ == "case" and c.lower_ == "sous" for c in predicate.children)


def _working_in(token: Any, predicate: Any) -> bool:
    """«Je travaille en ce moment à la fondation, en stage jusqu'en janvier», «je bosse en service civique
    dans une ressourcerie»: a verb of working (the meaning «job») whose manner, placed by «en», is the
    situation says the writer works in it, as «je travaille comme stagiaire» does."""
    placed = token.head.i == predicate.i and any(c.lower_ == "en" for c in token.children)
    return placed and is_verb(predicate) and load_meanings()["job"].holds(predicate.lower_)


def _a_bare_root(predicate: Any) -> bool:
    """A root that is no verb and carries no copula: the small model cut a sentence into verbless pieces."""
    no_copula = not any(c.dep_ == "cop" for c in predicate.children)
    return predicate.head.i == predicate.i and not is_verb(predicate) and no_copula


_SINCE_NOW = {"depuis", "actuellement", "aujourd'hui", "toujours", "encore", "présentement"}
# «être» in the present: with a participle of a verb conjugated with «avoir» («je suis engagée», «je suis
# affecté»), it is a state held now, not a past act.
_BEING_NOW = {"suis", "es", "est", "sommes", "êtes", "sont"}


def _state_held_since(predicate: Any) -> bool:
    """A past participle that is no act told in the past (bare, or after «être» in the present) dated from
    a start or said of now: «engagé depuis septembre dans…», «actuellement affectée à…», «je suis
    actuellement engagé dans une mission…» describe a state held today."""
    if "Part" not in predicate.morph.get("VerbForm"):
        return False
    auxes = [c for c in predicate.children if c.dep_.startswith("aux")]
    reflexive = any(c.morph.get("Reflex") == ["Yes"] for c in predicate.children)
    if reflexive or any(a.lower_ not in _BEING_NOW for a in auxes):
        return False  # «j'ai été engagée», «elle s'est engagée»: a told act
    if not auxes and any(c.dep_.startswith("nsubj") for c in predicate.children):
        return False
    marks = [c for c in predicate.children if c.dep_ in {"advmod", "obl:mod", "obl"}]
    return any(
        m.lower_ in _SINCE_NOW or any(g.dep_ == "case" and g.lower_ == "depuis" for g in m.children)
        for m in marks
    )


def _read_held_state(token: Any, predicate: Any, structure: Structure, unit: str, today: date) -> str | None:
    """A past participle naming a state, not an act: held since a start («engagée depuis octobre dans une
    mission de service civique»), or standing bare and dated until a day («Situation actuelle : engagée dans
    une mission à Emmaüs, jusqu'en mars»). None when the participle tells an act (read as past). A state of
    completion held since a day is an end reached then: «le rapport de stage est rendu depuis mai»."""
    if _state_held_since(predicate):
        if _said_complete(predicate, structure):
            return NOT_NOW
        return NOT_NOW if is_ended_by_date(unit, today, clause_start(unit, token.idx)) else NOW
    stated = _bare_state(predicate) or _state_in_present(predicate)
    return read_dated_until(token, unit, today) if stated else None


def _said_complete(predicate: Any, structure: Structure) -> bool:
    """The participle is a word of completion («rendu», «validé», «terminé»: situations.toml
    [structure.unfinished] completes)."""
    completes = structure.unfinished.get("completes", ())
    return predicate.lower_ in completes


def _state_in_present(predicate: Any) -> bool:
    """«je suis engagée en service civique jusqu'à l'été», «elle est affectée à une mission jusqu'en mars»: a
    past participle after a present «être» names a state held now, not an act done; the date it runs until
    (if any, read_dated_until) says whether it is held. «J'ai été engagée…» tells a past act."""
    if "Part" not in predicate.morph.get("VerbForm"):
        return False
    auxiliaries = [c for c in predicate.children if c.dep_ in {"aux", "aux:tense", "aux:pass"}]
    return len(auxiliaries) == 1 and auxiliaries[0].dep_ == "aux:pass" and tense_of(auxiliaries[0]) == PRESENT


def _bare_state(predicate: Any) -> bool:
    """«engagée dans une mission …», «affecté à un centre social …»: a past participle standing alone, with no
    auxiliary, subject nor reflexive pronoun — a note's or a form's answer naming a state, not an act told in
    the past; the date it runs until says whether it is held."""
    if "Part" not in predicate.morph.get("VerbForm"):
        return False
    kept = {"aux", "aux:tense", "aux:pass", "nsubj", "nsubj:pass", "expl:comp", "expl:pass", "expl:subj"}
    return not any(c.dep_ in kept for c in predicate.children)


def _still_held(token: Any, structure: Structure) -> bool:
    """«toujours en stage», «Encore stagiaire»: the word of aspect on the mention, or right before its
    phrase (the small model may cut «encore en stage» in two)."""
    near = [t for t in token.doc[max(0, token.i - 2) : token.i] if t.lower_ not in {"en", "au"}]
    return any(t.lower_ in structure.still for t in [*token.children, *near])


def _alongside(token: Any, unit: str, structure: Structure) -> bool:
    """«En plus de mon stage», «parallèlement à ma mission de service civique»: the writer's own situation
    named as what runs beside the rest of the sentence."""
    before = unit[clause_start(unit, token.idx) : token.idx].lower()
    owned = re.sub(r"\b(?:mon|ma)\s*$", "", before)
    return owned != before and owned.rstrip().endswith(structure.alongside)


def _wished(predicate: Any, structure: Structure) -> bool:
    current = predicate
    for _ in range(3):
        if starts_with(current, structure.wishes):
            return True
        if current.dep_ not in {"xcomp", "ccomp"} or current.head.i == current.i:
            return False
        current = current.head
    return False
