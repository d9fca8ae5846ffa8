"""A career change implied, never named: years spent in a trade, then a turn; or a permanent post held now.

«Après douze ans au guichet, j'ai démissionné», «quinze ans de secrétariat, je veux faire autre chose»,
«vingt ans de route comme chauffeur, puis un DUT», "after nine years as a police officer I'm starting over":
the trade is seldom a word any list knows, but the years spent in it (`min_years` or more, in something that
is no student's life: not studies, volunteering, a student's job, a place lived in) and a turn told after
them (a wish to change, a post or a business left, a last day, a degree taken up after them) say it is one.
Years spent only «à Lyon», «en Espagne» (a place named, no trade) leave it asked.

A permanent post held now («je suis toujours … en CDI», «titulaire depuis la rentrée», "still on a
permanent contract") with another aim is a first job already found or a change: asked. Word lists:
rules/lexicon/careers.toml (turn, degrees, permanent_post, held_now, not_held)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from intake.understanding.careers import (
    ANOTHER_CAREER,
    CLAUSE_BREAK,
    COUNT,
    MAYBE_ANOTHER,
    YEARS,
    Careers,
    clause_before,
    has_any,
    held_alongside,
    load_careers,
    which_career,
    years_counted,
)
from intake.understanding.clauses import Operator, denied_before, parse, read_operator
from intake.understanding.figures import HYPERBOLE_LONG, TRADE_LEFT, TURN, figures_in
from intake.understanding.lexicon import KeptReadings, load_lexicon, load_meanings
from intake.understanding.stance import FACT, stance_at

# A count of years, its unit qualified or not: a minimiser or an intensifier lowers or raises no length
# («quelques petites années», «dix longues années», «deux bonnes années»), "a few years" is one count. A
# season (of seasonal work: «quelques saisons dans les campings») counts only vaguely (`_SEASON`).
_QUALIFIER = r"(?:petite|petit|bonne|longue|courte|belle|grande|folle|little|long|good)s?"
_A_COUNT = r"(?:a\s+(?=(?:few|hundred|thousand|million)\b))?"  # "a few years", "a hundred years"
_SPENT = re.compile(
    rf"(?i)(?<![\w'’-]){_A_COUNT}{COUNT}\s+(?:{_QUALIFIER}\s+)?(?:{YEARS}|(?P<season>saisons|seasons)\b)"
)
# A count of years that is an age or a point in time, not a length spent: «à 45 ans», «j'ai 32 ans», «il y a
# dix ans», «âgée de 40 ans», «depuis mes 19 ans», "at 45", "45 years old", «dix ans plus tard», "ten years
# ago" («mes quatorze ans de comptable» is a length: «mes» alone is no age).
_NOT_A_LENGTH_BEFORE = re.compile(
    r"(?i)(?:\b(?:à|a|ai|at|aged?|of)|(?<!plus )(?<!près )\bde|\b(?:depuis|dès|avant|vers|à) mes)\s*$"
)
_NOT_A_LENGTH_AFTER = re.compile(r"(?i)^\s*(?:old\b|ago\b|later\b|plus tard|plus tôt|auparavant|d.âge)")
# The words that only frame a length («après», «pendant», "after", "for"): a clause of them alone names
# nothing, and the next clause says what the years were spent in («Pendant dix ans, j'ai tenu un bar»).
_FRAME = re.compile(r"(?i)\b(?:après|apres|pendant|durant|depuis|plus|près|de|d|mes|mon|ma|les|des|after|for|"
                    r"during|since|over|more|than|my|the)\b")
# A place named by its own name right after the years («cinq ans à Lyon», «en Espagne», "in Spain"): years
# lived there, or worked there? Asked, never refused.
_PLACE = re.compile(r"^\s*(?:à|a|en|au|aux|in|at)\s+[A-ZÉ]")
# «titulaire d'un master», "holder of": a degree held, not a tenured post.
# «titulaire depuis juillet 2026 du titre…»: the time of the award may stand between them.
_DEGREE_HOLDER = re.compile(
    r"(?i)\btitulaire\s+(?:(?:depuis|since)\s+(?:[\wéû.]+\s+){0,2}?(?:(?:19|20)\d\d\s+)?)?(?:d['’]|de\b|du\b|des\b)"
    r"|\bdont je suis titulaire"
)
# A degree taken up after the years, told in sequence («…, puis un DUT», «avant de passer une licence»,
# "then a master's"): not one said beside a present («je joue au hand depuis dix ans, ma licence renouvelée»).
# «avant» before the writer's own degree orders them too («huit ans chef d'équipe avant ma licence pro»).
# The links to the next step are the path's (meanings.toml `path_next`); «avant» / "before" ahead of the
# degree are career_turn's own.
_BEFORE_THE_DEGREE = r"avant de|avant d['’]|avant (?:mon|ma|mes)\b|before"
# A purpose told after the years: what they were left for («… après douze ans pour passer le DEJEPS», «afin
# de reprendre une licence», "to retrain as…"): the turn, not what they were spent in. «pour» only before an
# infinitive («dix ans pour La Poste» names the employer).
_PURPOSE = re.compile(
    r"(?i)\b(?:pour\s+(?:me\s+|m['’]|se\s+|s['’])?[^\W\d_]+(?:er|ir|re)\b|afin de|afin d['’]|in order to)"
)
# The years framed as what came before («Après vingt ans d'aide-soignante, j'ai obtenu…», "After ten years
# as a driver, I took a degree"): the degree told after them in the sentence came after them, as «puis» says.
_AFTER_THE_YEARS = re.compile(r"(?i)\b(?:après|apres|after)\s+(?:plus de\s+|près de\s+|more than\s+)?$")
# The same frame opening the years' clause around a stretch named first: «Après un détour de dix ans par
# l'armée, j'ai obtenu…», «Après une carrière de douze ans dans la banque, …».
_AFTER_A_STRETCH = re.compile(r"(?i)^\s*(?:après|apres|after)\s+(?:une?|an?|my|mon|ma|mes)\b")
# A noun naming a stretch of working life, whose «de» before a count makes it a length, not an age («un
# détour de dix ans par l'armée», «une carrière de quinze ans», "a stint of six years"; «âgée de 40 ans» is
# an age).
_STRETCH_OF = re.compile(
    r"(?i)\b(?:détour|detour|parcours|carrière|carriere|parenthèse|passage|expérience|experience|passé|stint|"
    r"career)\s+(?:[^\W\d_]+\s+)?(?:de|d['’]|of)\s*$"
)
# «y», the pronoun standing for a place or a thing named before («j'y reste», «j'y ai travaillé»): what the
# years were spent in is said by the sentence before.
_THERE = re.compile(r"(?i)(?:^|[\s'’])y\s+(?=[^\W\d_])")
# Years left vague («plusieurs années», "several years"): how long, in what? A turn after them only asks.
_VAGUE = {"plusieurs", "quelques", "several", "some", "many", "few"}


def turned_from_a_trade(
    unit: str, today: date, careers: Careers | None = None, before: str = ""
) -> str | None:
    """ANOTHER_CAREER when `unit` tells `min_years` or more spent in something that is no student's life and
    a turn after them; MAYBE_ANOTHER when those years are only said of a place, or when the trade is one of
    the field's own (careers.in_the_field); None when no turn is told or no such years. `before` is the
    sentence before `unit`: the years' clause that says where they were spent only by «y» («J'y reste
    vingt ans») spent them in what that sentence named («j'entre à La Poste comme facteur»)."""
    careers = careers or load_careers()
    # Kept per (unit, today, before): a pure reading of them and of the careers' words (the owner, compared by
    # identity); a CV sent in three formats, a line every mail holds, is read once.
    return _TURNED.read(careers, (unit, today, before), lambda: _turned(unit, today, careers, before))


_TURNED: KeptReadings[str | None] = KeptReadings()


def _turned(unit: str, today: date, careers: Careers, before: str) -> str | None:
    if held_alongside(unit, careers):
        return None  # «serveuse six ans pendant ma licence»: a student's job
    for m in _SPENT.finditer(unit):
        vague = m.group("n").lower() in _VAGUE or m.group("season") is not None
        counted = years_counted(m, careers, today)
        short = not vague and not _overstated(unit, m) and counted < careers.min_years
        if short or not _a_length(unit, m):
            continue
        # Years of work said generically («sept ans de travail avant de reprendre mes études, dans différents
        # domaines») keep their whole clause: what follows may say what the work was (careers.py asks).
        generic = careers.years_of_work is not None and careers.years_of_work.search(unit) is not None
        spent = _spent_in(unit, m, vague or not generic)
        if _THERE.search(spent):
            spent = f"{before} {spent}"  # «J'y reste vingt ans»: where «y» stands, the sentence before says
        no_trade = (careers.not_jobs, careers.schooling, careers.before_not_work)
        if any(has_any(spent, words) for words in no_trade):
            continue  # «trois ans de licence», «quatre ans à la fac», «cinq ans à élever mes enfants»
        if has_any(_spent_for(unit, m), careers.before_not_work):
            continue  # «restée chez moi six ans pour élever mes enfants»: what the years were for, no trade
        if not _turned_after(unit, m, careers):
            continue
        after = unit[m.end() :]
        if _PLACE.match(after):
            return MAYBE_ANOTHER
        career = which_career(spent, careers)
        if vague and career == MAYBE_ANOTHER:
            continue  # «animateur quelques années, puis le DEJEPS»: the field's own trade, vaguely: no turn
        # «Après quelques années dans la banque, un master»: how long, a first job or a career? Asked.
        return MAYBE_ANOTHER if vague and career == ANOTHER_CAREER else career
    return None


def _overstated(unit: str, match: re.Match[str]) -> bool:
    """The count is a hyperbole on a length (figures.py HYPERBOLE_LONG: «mille ans derrière la caisse», "a
    hundred years behind a counter"): no life holds it, so it says a long time, never a short one."""
    start, end = match.span()
    return any(f.meaning == HYPERBOLE_LONG and f.start < end and start < f.end for f in figures_in(unit))


def _a_length(unit: str, match: re.Match[str]) -> bool:
    before = unit[: match.start()]
    if _NOT_A_LENGTH_AFTER.match(unit[match.end() :]):
        return False
    return not _NOT_A_LENGTH_BEFORE.search(before) or _STRETCH_OF.search(before) is not None


def _spent_in(unit: str, match: re.Match[str], cut: bool = False) -> str:
    """The clause the years stand in, and the next one when it only frames them («Pendant neuf ans, …»).
    Years followed in sequence («… quelques années avant de reprendre une licence», «mille ans derrière la
    caisse avant de reprendre mes études», when `cut`) or by a purpose («… après douze ans pour passer le
    DEJEPS»): what follows is the turn, not what they were spent in, and the clause stops there when what
    stands before it names something. Years of work said generically are not cut (the caller's `cut`):
    «sept ans de travail avant de reprendre mes études, dans différents domaines» keeps its whole clause."""
    before = clause_before(unit, match.start())
    end = CLAUSE_BREAK.search(unit, match.end())
    stop = end.start() if end else len(unit)
    then = _sequence().search(unit, match.end(), stop) if cut else None
    then = then or _PURPOSE.search(unit, match.end(), stop)
    if then is not None and _names_something(own := before + unit[match.end() : then.start()]):
        return own
    own = before + unit[match.end() : stop]
    if _names_something(own) or end is None:
        return own
    following = CLAUSE_BREAK.search(unit, end.end())
    return own + unit[end.end() : following.start() if following else len(unit)]


def _spent_for(unit: str, match: re.Match[str]) -> str:
    """The purpose told right after the years, in their clause («six ans à la maison pour élever mes
    enfants», "three years at home to look after my mother"): `_spent_in` cuts it off as a turn, but when
    it names a life that is no trade (careers.toml `before_not_work`) it says what the years were spent in."""
    end = CLAUSE_BREAK.search(unit, match.end())
    stop = end.start() if end else len(unit)
    purpose = _PURPOSE.search(unit, match.end(), stop)
    return unit[purpose.start() : stop] if purpose is not None else ""


def _names_something(clause: str) -> bool:
    return re.search(r"[^\W\d_]{3}", _FRAME.sub(" ", clause)) is not None


def _turned_after(unit: str, match: re.Match[str], careers: Careers) -> bool:
    """A turn told in the sentence (a wish to change, a post left, or a figure of a trade left: figures.py's
    TRADE_LEFT), or a degree named after the years."""
    after = unit[match.end() :]
    opening = clause_before(unit, match.start())
    framed = _AFTER_THE_YEARS.search(unit[: match.start()]) is not None
    framed = framed or _AFTER_A_STRETCH.match(opening) is not None
    in_sequence = framed or _sequence().search(after) is not None or _PURPOSE.search(after) is not None
    if has_any(unit, careers.turn) or _turn_figured(unit) or _change_told(unit, careers.changed):
        return True  # «j'ai quitté…», or its figure: «refermé le livre de la compta», «fusil d'épaule»
    return _names_a_degree(after, careers) and in_sequence


def _sequence() -> re.Pattern[str]:
    """The words telling a degree in sequence after the years: the path's links to the next step, and «avant»
    ahead of it."""
    return _sequence_of(load_meanings()["path_next"].phrases)


@lru_cache(maxsize=4)
def _sequence_of(steps: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(p) for p in steps)
    return re.compile(rf"(?i)\b(?:{words}|{_BEFORE_THE_DEGREE})\b")


def _change_told(unit: str, changed: tuple[str, ...]) -> bool:
    """The verb «changer» in any tense or person with what a turn changes as its object («je change de voie»,
    «j'ai changé de métier»), an adverb of manner allowed between («je change complètement de voie»): the
    turn's lemma, not its infinitive alone. A negation between («je ne change pas de métier») is no turn."""
    return bool(changed) and _change_pattern(changed).search(unit) is not None


@lru_cache(maxsize=4)
def _change_pattern(changed: tuple[str, ...]) -> re.Pattern[str]:
    objects = "|".join(re.escape(word) for word in changed)
    return re.compile(
        rf"(?i)\bchang(?:er|e|es|eons|ez|ent|é|ée|és|ées|eais|eait|eaient|erai|erais|erait|eant)"
        rf"(?:\s+[^\W\d_]+ment)?\s+de\s+(?:{objects})\b"
    )


def _turn_figured(unit: str) -> bool:
    """A trade left or a turn said by a figure (figures.py TRADE_LEFT, TURN: «refermé le livre de la compta»,
    «changé mon fusil d'épaule»), stated as the writer's fact: not asked or reported («on me demande si je me
    reconvertis, vu mon âge (29 ans)»: the question, and an age, say no turn)."""
    turns = (f for f in figures_in(unit) if f.meaning in (TRADE_LEFT, TURN))
    return any(stance_at(unit, f.start) == FACT for f in turns)


def _names_a_degree(text: str, careers: Careers) -> bool:
    """A degree named by the turn's own words («reprendre mes études») or by any diploma the lexicon knows
    («un DEJEPS», "a BA in Social Work")."""
    return has_any(text, careers.degrees) or any(d.pattern.search(text) for d in load_lexicon().diplomas)


def holds_a_permanent_post(unit: str, careers: Careers | None = None) -> bool:
    """A permanent post said as held now: a clause naming a permanent contract or status («embauché en CDI»,
    «professeure titulaire depuis la rentrée») in a sentence told in the present («je suis toujours…»), and
    no wish, search or end said in that clause («je cherche un CDI», «j'ai quitté mon CDI»)."""
    careers = careers or load_careers()
    if has_any(unit, careers.alongside) or not has_any(unit, careers.held_now):
        return False
    for clause in CLAUSE_BREAK.split(_DEGREE_HOLDER.sub(" ", unit)):
        if has_any(clause, careers.permanent_post) and not has_any(clause, careers.not_held):
            return True
    return False


def weighs_a_change(unit: str, careers: Careers | None = None) -> bool:
    """A scheme that weighs a change of trade without saying one («je fais un bilan de compétences», «un
    conseil en évolution professionnelle»), not denied in its clause: a first job or a change? Asked."""
    careers = careers or load_careers()
    lowered = unit.lower()
    for stem in careers.weighing:
        at = lowered.find(stem)
        if at >= 0 and not denied_before(unit, at):
            return True
    return False


def ceased_trade(unit: str, today: date, careers: Careers | None = None) -> str | None:
    """The trade the writer says they left, named right after a cessation (clauses.py: CEASED on it), with
    `min_years` or more told in the same sentence: «je ne suis plus infirmière : après onze ans à
    l'hôpital…», "I'm no longer a nurse: after eleven years on the wards…" — the role's word, or None (no
    cessation, no such years, or what ceased is no trade: «je ne suis plus en stage», «plus étudiante»). A
    trade left with no length said («je ne suis plus serveuse») may have been a stopgap: not read here."""
    careers = careers or load_careers()
    lengths = (m for m in _SPENT.finditer(unit) if _a_length(unit, m))
    if not any(years_counted(m, careers, today) >= careers.min_years for m in lengths):
        return None
    for token in parse(unit):
        operated = read_operator(token)
        if operated.operator != Operator.CEASED or not operated.cue:
            continue
        cue = re.search(rf"(?i)\b{re.escape(operated.cue.split()[-1])}\b", unit)
        role = _ROLE_AFTER.match(CLAUSE_BREAK.split(unit[cue.end() :], maxsplit=1)[0]) if cue else None
        said = role.group("role") if role else ""
        if said and not has_any(said, careers.not_jobs) and which_career(said, careers) == ANOTHER_CAREER:
            return said
        return None
    return None


# What follows a cessation when it names a trade: a verb of working, «comme» / "as", an article, the role's
# word, then at most where or since when («infirmière depuis 2024», "a nurse in Leeds").
_ROLE_AFTER = re.compile(
    r"(?i)\s*(?:(?:work|working|travaill\w*|exerc\w*)\s+)?(?:(?:comme|en tant que?|as)\s+)?"
    r"(?:(?:an?|une?)\s+)?"
    r"(?P<role>[^\W\d_][\w'’-]{3,})(?:\s+(?:depuis|since|for|à|at|in|dans|chez|en)\b.*)?[\s.!?]*$"
)


__all__ = [
    "ANOTHER_CAREER",
    "MAYBE_ANOTHER",
    "ceased_trade",
    "holds_a_permanent_post",
    "turned_from_a_trade",
    "weighs_a_change",
]
