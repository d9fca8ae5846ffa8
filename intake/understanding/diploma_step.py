"""A diploma told had by its place in the writer's path, with no verb of getting it (chronology, stop 40): a
path told in order names its diplomas as steps, often with no verb at all — «Avant ça, la soutenance du M2,
en septembre», «Deux ans après, BTS Gestion de la PME», «d'abord un DUT, ensuite une licence pro», «Depuis ma
licence, deux ans de CDD», "Then a BA in history at Leeds". A step told among the others is a step taken.
Three more ways a path tells a diploma had: held by «avoir» said of the writer («trois ans après le bac,
j'avais ma licence»), ended by a verb of completion said of it («mon master vient de s'achever», «une
licence pro…, terminée en juin»), and taken away when a course was left ("I left after the first year with a
CertHE").

Invariant: a sentence that plans, wishes or supposes (diploma_had.planned_in), a path called a plan («mon
projet : d'abord un BTS, ensuite…»), a step whose own words carry a finite verb (read by that verb elsewhere:
«puis un master que je termine»), a step running since a date («puis, depuis octobre, un M2»), a negation or
a future tells nothing had. «Avant mon BTS» places something before the BTS, and says nothing of the BTS."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from intake.understanding.clauses import (
    PAST,
    PRESENT,
    is_french,
    is_negated,
    is_verb,
    parse,
    subject_person,
    tense_of,
    tokens_in,
)
from intake.understanding.dates import MonthYear, last_yearless_month
from intake.understanding.diploma_had import planned_in
from intake.understanding.diploma_level import find_diploma_spans
from intake.understanding.lexicon import WORD_RUN, load_lexicon, load_meanings

# Words between a step word and its diploma: articles, possessives, a short noun phrase («la soutenance du»).
_GAP = 45
# A step ends at the sentence's end or at the next step word.
_STEP_END = re.compile(r"(?<!\.)\.(?!\.)|[;!?]")  # an ellipsis («à Nancy... où j'ai…») goes on
# A time running up to now between the step word and the diploma: «puis, depuis octobre, un M2».
_RUNNING = re.compile(
    r"\b(?:depuis|actuellement|aujourd.hui|en ce moment|since|currently|now)\b", re.IGNORECASE
)
# A negation in the step: «no degree after that, not even a BA», «puis une année de fac, non validée».
_NEGATION = re.compile(
    r"\b(?:pas|jamais|non|aucune?|ni|sans|no|not|never|nor|neither|without)\b|n['’]t\b", re.IGNORECASE
)
# Two names joined: «licence et master», "a BSc and an MSc".
_JOINED = re.compile(r"\b(?:et|and)\b|&", re.IGNORECASE)
# A subject pronoun: the step has a clause of its own, with its verb («puis un BTS que j'ai arrêté»).
_SUBJECT = re.compile(r"\b(?:je|j['’]|il|elle|on|nous|i|he|she|we)(?=\s|['’])", re.IGNORECASE)
# The diploma right after «avant» («avant mon BTS»): the BTS only anchors what came before it.
_BEFORE_IT = re.compile(
    r"\b(?:avant|before)\s+(?:(?:le|la|l['’]|mon|ma|son|sa|un|une|my|the|a|an)\s*)?$", re.I
)
# The diploma right after «depuis», "since": a time after it, told verbless («Depuis ma licence, deux ans de
# CDD»).
_SINCE_IT = re.compile(r"\b(?:depuis|since)\s+(?:mon|ma|son|sa|my|his|her)\s+$", re.IGNORECASE)


def told_as_a_step(unit: str, start: int, end: int) -> bool:
    """The diploma at start..end is named in a verbless step of a path told in order, as a fact."""
    if planned_in(unit) or _BEFORE_IT.search(unit[max(0, start - 20) : start]):
        return False
    before = unit[:start]
    plan = load_meanings()["path_plan"]
    if any(plan.holds(w) for w in WORD_RUN.findall(before.lower())):
        return False
    since = _SINCE_IT.search(unit[max(0, start - 20) : start])
    anchor = since.start() + max(0, start - 20) if since else _step_word_before(unit, start)
    if anchor is None:
        return False
    step_end = _step_end(unit, end)
    if not since and _RUNNING.search(unit, anchor, start):
        return False
    if _NEGATION.search(unit, anchor, step_end) or _with_another_diploma(unit, anchor, step_end, start):
        return False
    return _verbless(unit, anchor, step_end)


def _with_another_diploma(unit: str, start: int, end: int, at: int) -> bool:
    """«ensuite licence et master à Besançon», "then a BSc and an MSc": two diplomas joined in one step tell a
    stretch of studies, not which of them was had; the step is left to the other readings."""
    names = [s for s, _e, _l, _v in find_diploma_spans(unit[:end], load_lexicon()) if start <= s and s != at]
    return any(_JOINED.search(unit[min(s, at) : max(s, at)]) for s in names)


def _step_word_before(unit: str, start: int) -> int | None:
    """Where the last step word before the diploma begins, when it is close enough and no sentence break lies
    between them."""
    window = max(0, start - _GAP)
    found = [m.start() for m in _step_words().finditer(unit.lower().replace("’", "'"), window, start)]
    if not found or _STEP_END.search(unit, found[-1], start):
        return None
    return found[-1]


def _step_end(unit: str, end: int) -> int:
    """Where the step holding the diploma ends: the next step word, or the sentence's end."""
    stop = _STEP_END.search(unit, end)
    right = stop.start() if stop else len(unit)
    following = _step_words().search(unit.lower().replace("’", "'"), end, right)
    return following.start() if following else right


def _verbless(unit: str, start: int, end: int) -> bool:
    """No clause of its own in unit[start:end]: no subject pronoun, and (in French) no finite verb."""
    if _SUBJECT.search(unit, start, end):
        return False
    if not is_french(unit):
        return True
    words = tokens_in(parse(unit), start, end)
    return not any(_finite(w) or _governs_a_name(w, unit) for w in words)


def _governs_a_name(word: Any, unit: str) -> bool:
    """A verb of any form heading a noun of the step («pour finir ma licence pro»: a purpose, not a step)."""
    return is_verb(word) and word.lower_ not in _NOT_VERBS and any(c.dep_ == "obj" for c in word.children)


def _finite(word: Any) -> bool:
    return is_verb(word) and "Fin" in word.morph.get("VerbForm") and word.lower_ not in _NOT_VERBS


# Nouns the small model may tag as finite verbs in a diploma's name («Gestion», «master»).
_NOT_VERBS = frozenset({"master", "gestion", "licence", "management"})


def _step_words() -> re.Pattern[str]:
    phrases = load_meanings()["path_step"].phrases
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")


def held_by_the_writer(unit: str, start: int, end: int) -> bool:
    """«J'avais ma licence», «j'ai un bac pro»: the diploma is the object of «avoir» whose subject is the
    writer, told in the past or present, not negated (French parse)."""
    if not is_french(unit) or planned_in(unit):
        return False
    word = _head_noun(parse(unit), start, end)
    if word is None or word.dep_ != "obj":
        return False
    verb = word.head
    return (
        is_verb(verb)
        and verb.lower_ in _HAVING
        and subject_person(verb) == "1"
        and tense_of(verb) in {PAST, PRESENT}
        and not is_negated(verb)
    )


def _head_noun(doc: Any, start: int, end: int) -> Any:
    """The noun carrying the role of the diploma's name in its clause: its first word, or the word of the
    name that word modifies («bac» of «bac pro» → «pro»); None when the name holds no word."""
    words = tokens_in(doc, start, end)
    if not words:
        return None
    word = words[0]
    for _ in range(3):
        head = word.head
        if word.dep_ not in _MODIFIER or head.i == word.i or not start <= head.idx < end:
            break
        word = head
    return word


_MODIFIER = frozenset({"amod", "nmod", "compound", "flat:name", "appos"})


# «avoir» in the present and the past, said of the writer (the small model gives no lemma).
_HAVING = frozenset({"ai", "avais", "eu"})


def told_ended(unit: str, start: int, end: int) -> bool:
    """«Mon master vient de s'achever», «une licence pro …, terminée en juin»: a verb of completion told done,
    its subject the diploma or placed right after the diploma's name, not negated (French parse)."""
    if not is_french(unit) or planned_in(unit):
        return False
    complete = load_meanings()["complete"]
    doc = parse(unit)
    noun = _head_noun(doc, start, end)
    if noun is None:
        return False
    heads = [noun.head] if noun.dep_.startswith("nsubj") else []
    verbs = [*heads, *(c for h in heads for c in h.children if c.dep_ == "xcomp")]
    after = _STEP_END.search(unit, end)
    right = after.start() if after else len(unit)
    following = [t for t in tokens_in(doc, end, right) if is_verb(t) and t.idx - end <= 80]
    verbs += following[:1] if not heads else []
    return any(_completion_done(v, complete.holds(v.lower_), bool(heads)) for v in verbs)


def _completion_done(verb: Any, completes: bool, subject: bool) -> bool:
    """A verb of completion in the past; placed after the name with no subject, a bare participle
    («…, terminée en juin»), not a clause of its own («…, puis j'ai terminé mon stage»)."""
    if not (is_verb(verb) and completes and tense_of(verb) == PAST) or is_negated(verb):
        return False
    bare = "Part" in verb.morph.get("VerbForm") and not any(
        c.dep_.startswith(("aux", "nsubj")) for c in verb.children
    )
    return subject or bare


def month_of_the_step(unit: str, start: int, end: int, today: date) -> MonthYear | None:
    """The month without a year told in the step of a diploma the path tells had («Avant ça, la soutenance du
    M2, en septembre», «une licence pro…, terminée en juin», «mon master vient de s'achever avec la soutenance
    de juillet»): the last such month, as for any month told done."""
    if not (told_as_a_step(unit, start, end) or told_ended(unit, start, end)):
        return None
    # «la soutenance de juillet»: the month a noun of the step names, read as «en juillet» (same length)
    step = re.sub(r"\bde (?=\w)", "en ", unit[end : _step_end(unit, end)])
    said = last_yearless_month(step, today)
    if said is None or said[0].start > 90:
        return None
    when = said[0]
    return MonthYear(when.year, when.month, end + when.start, end + when.end)


# Leaving a course with a diploma in hand: "I left after the first year with a CertHE", «je suis partie au
# bout de deux ans avec un DEUG»: the diploma named right after «avec», "with" is the one taken away.
_LEFT_WITH = re.compile(
    r"\b(?:left|quit|dropped\s+out|came\s+out|walked\s+away|partie?|sortie?|quitt[ée]e?|arr[êe]t[ée]e?)\b"
    r"[^.;!?]{0,50}?\b(?:with|avec)\s+(?:(?:a|an|my|the|un|une|mon|ma|le|la|l['’])\s*)$",
    re.IGNORECASE,
)


def left_with_it(unit: str, start: int) -> bool:
    """The diploma at `start` is the one a course was left with: had (module docstring)."""
    return not planned_in(unit) and _LEFT_WITH.search(unit[max(0, start - 70) : start]) is not None
