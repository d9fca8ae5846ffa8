"""An aim held in reserve: a search of the ESS beside a plan outside it (t-open, stop 39).

A writer may look for a job in the ESS and say, in the same mail, what she will do if that fails or if
something else comes through: «si rien ne vient d'ici le printemps, je retournerai à la banque», "or, if the
funding comes through, a PhD", «à défaut, un cabinet comptable». The ESS is then one aim among two, and
whether the search is really the ESS's is for the coordinator to ask. So is a search bound to keeping the job
held: «je ne quitterai mon CDI que pour un poste équivalent», "I'd only leave my job for a permanent post".

Two readings, each a combination of meanings of meanings.toml:

- **a plan outside the ESS after a fallback** ([fallback]: «sinon», «à défaut», «si rien…», "otherwise",
  "if nothing…"; or «ou» / "or" opening a condition, [conditioned_alternative]) naming, further in its
  sentence, an employer outside the ESS (employers.py) or a doctorate ([doctorate]), no negation nor leaving
  between them («sinon je quitterai la banque» plans no return to it);
- **the job held kept but for an exception**: a leaving ([leaving]) bounded by [only_for] («ne … que
  pour», "unless", "only for") in one clause;
- **a hesitation with another plan** ([torn]: «j'hésite encore avec…», "I'm torn between…") naming a plan
  that is not all of the ESS («le concours d'attaché territorial»): the two weighed on equal terms;
- **an alternative offered under a hedge**: «ou» / "or" then a hedge (employers.toml [hedges]: «peut-être»,
  «éventuellement», "maybe", "perhaps") right before an employer outside the ESS («dans une SCOP, ou
  peut-être dans une start-up», "a social enterprise or maybe a tech start-up"): the hedge keeps that
  place open, not refused — it is weighed beside the place sought.

Invariants: nothing here refuses the ESS; what is read is only weighed (aim.py `weighed`): beside an ESS aim
the criterion is asked, alone the search is open. A cheap word test runs before any parse.
"""

from __future__ import annotations

import re

from intake.understanding.clauses import is_english
from intake.understanding.employers import commercial_employers, load_employers
from intake.understanding.lexicon import WORD_RUN, Lexicon, all_matches, load_meanings

# «ou» / "or" as a word, opening an alternative.
_OR = re.compile(r"\b(?:ou|or)\b", re.IGNORECASE)
# A denial or a place not chosen between the fallback and its place: «sinon, pas de banque», "rather than".
_DENIED = re.compile(
    r"\b(?:ne|n['’]|pas|jamais|plutôt que|plutôt qu['’]|not|never|rather than|instead of)\b", re.IGNORECASE
)
# The end of a sentence: the plan's place is looked for before it.
_SENTENCE_END = re.compile(r"[.!?\n]")
# A hesitation settled in its own sentence: «…, mais je préfère un vrai emploi», "but I'd rather…".
_SETTLED = re.compile(r"\b(?:mais|but|however|pourtant|finalement|in the end)\b", re.IGNORECASE)
# How far an «ou» may stand before the condition it opens: «ou, si le financement suit».
_OR_REACH = 6


def plans_a_fallback_outside(unit: str, lexicon: Lexicon) -> bool:
    """`unit` holds a plan outside the ESS in reserve: a fallback then an employer outside the ESS or a
    doctorate in its sentence; or the job held left only for an exception."""
    leads = _fallback_leads(unit)
    return (
        _kept_but_for(unit)
        or any(_a_place_outside(unit[lead : _sentence_end(unit, lead)], lexicon) for lead in leads)
        or _torn_with_another_plan(unit, lexicon)
        or _hedged_alternative_outside(unit, lexicon)
    )


# «ou», "or" right before a hedge: the hedge opens the alternative it is said of («ou peut-être», "or maybe").
_OR_RIGHT_BEFORE = re.compile(r"\b(?:ou|or)\s*,?\s*$", re.IGNORECASE)
# How far after its hedge the alternative's place may start: its preposition, article and a word or two.
_PLACE_REACH = 30


def _hedged_alternative_outside(unit: str, lexicon: Lexicon) -> bool:
    """«un poste dans une SCOP, ou peut-être dans une start-up», "a social enterprise or maybe a tech
    start-up": an employer outside the ESS offered as a hedged alternative — open, not refused — is a plan
    weighed beside the place sought."""
    hedges = load_employers().hedges
    if hedges is None or _OR.search(unit) is None:
        return False  # the cheap test: no alternative opened
    for hedge in hedges.finditer(unit):
        if _OR_RIGHT_BEFORE.search(unit, 0, hedge.start()) is None:
            continue
        plan = unit[hedge.end() : _sentence_end(unit, hedge.end())]
        places = commercial_employers(plan, lexicon, french=not is_english(unit))
        if any(start <= _PLACE_REACH and _DENIED.search(plan, 0, start) is None for start, _ in places):
            return True
    return False


def _torn_with_another_plan(unit: str, lexicon: Lexicon) -> bool:
    """«je cherche dans l'ESS ; j'hésite encore avec le concours d'attaché», "I'm torn between that and a
    PhD": the writer weighs the search against another plan on equal terms ([torn], a hesitation naming
    what it is weighed against) — unless every place that plan names is of the ESS («j'hésite entre une
    SCOP et une association»: one sector, two places)."""
    lowered = unit.lower().replace("’", "'")
    torn = [lowered.find(p) + len(p) for p in load_meanings()["torn"].phrases if p in lowered]
    if not torn:
        return False  # the cheap test: no hesitation said
    plan = unit[min(torn) : _sentence_end(unit, min(torn))]
    if _SETTLED.search(plan) or load_meanings()["programme"].phrased_in(plan.lower()):
        return False  # «j'hésite entre Pro'pulse et un service civique, mais je préfère…»: settled
    outside = commercial_employers(plan, lexicon, french=not is_english(plan))
    ess = all_matches(lexicon.ess_names, plan) if lexicon.ess_names is not None else ()
    return bool(outside) or not ess


def _fallback_leads(unit: str) -> list[int]:
    """Where the fallbacks of `unit` begin: a [fallback] word or phrase, or «ou» / "or" right before a
    condition («ou, si…», "or, if…")."""
    meanings = load_meanings()
    lowered = unit.lower().replace("’", "'")
    fallback = meanings["fallback"]
    # Literal prefilters: a word holding the meaning holds one of its lemmas or stems, a phrase is found as
    # written, both inside the lowered unit; most units hold none, and their words are then not read.
    held = any(map(lowered.__contains__, (*fallback.lemmas, *fallback.stems)))
    leads = [m.start() for m in WORD_RUN.finditer(lowered) if fallback.holds(m.group())] if held else []
    phrases = (re.finditer(rf"(?<!\w){re.escape(p)}", lowered) for p in fallback.phrases if p in lowered)
    leads += [m.start() for found in phrases for m in found]
    for alternative in _OR.finditer(lowered):
        after = WORD_RUN.findall(lowered[alternative.end() :])[:_OR_REACH]
        if any(meanings["conditioned_alternative"].holds(w) for w in after):
            leads.append(alternative.start())
    return sorted(leads)


def _sentence_end(unit: str, start: int) -> int:
    found = _SENTENCE_END.search(unit, start)
    return found.start() if found else len(unit)


def _a_place_outside(plan: str, lexicon: Lexicon) -> bool:
    """The plan names an employer outside the ESS or a doctorate, with no denial nor leaving before it."""
    doctorate = load_meanings()["doctorate"]
    places = [start for start, _ in commercial_employers(plan, lexicon, french=not is_english(plan))]
    places += [m.start() for m in WORD_RUN.finditer(plan.lower()) if doctorate.holds(m.group())]
    leaving = load_meanings()["leaving"]
    return any(
        _DENIED.search(plan, 0, place) is None and not leaving.said_in(plan[:place]) for place in places
    )


def _kept_but_for(unit: str) -> bool:
    """«je ne quitterai mon CDI que pour un poste équivalent», "I won't leave my job unless…": a leaving
    of the job held bounded by an exception."""
    meanings = load_meanings()
    lowered = unit.lower().replace("’", "'")
    if not meanings["only_for"].phrased_in(lowered):
        return False
    words = list(WORD_RUN.finditer(lowered))
    return any(
        meanings["leaving"].holds(w.group()) and meanings["only_for"].phrased_in(lowered[w.end() :])
        for w in words
    )
