"""The employers a writer's search acts are aimed at: an interview, an application sent, a follow-up («j'ai
eu deux entretiens chez BNP Paribas», «j'ai relancé une coopérative», "I applied to Emmaüs and a housing
co-op"). Such an act tells the aim as a wish does: its targets, read by their kind or their name, are of the
ESS (ess.toml, organisations.toml) or outside it (employers.py).

Invariants: an act's targets come right after it in its clause (a few words, no clause's end but a colon
introducing their list), then along the list coordinated with them («chez Amazon, Leroy Merlin et
Decathlon»); an act negated in its clause, or wished by someone else («ma mère veut que je postule chez…»),
has none; an act that is a task («mener des entretiens avec les familles»), a trade («agent d'entretien»)
or an upkeep («l'entretien des locaux») is no search act.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from intake.understanding.clauses import NEGATION, Operator, parse, read_operator, tokens_in
from intake.understanding.employers import commercial_employers
from intake.understanding.lexicon import WORD_RUN, Lexicon, Meaning, load_meanings
from intake.understanding.stance import anothers_search_beside_own, wished_by_another

Span = tuple[int, int]


@dataclass(frozen=True)
class Targets:
    """Where the targets of the unit's search acts are named: of the ESS, outside it."""

    ess: tuple[Span, ...] = ()
    outside: tuple[Span, ...] = ()
    # Companies of no said kind in the same list («autant des mairies et des entreprises que des assos»):
    # the ESS is then one place among others, and the aim is open.
    other: tuple[Span, ...] = ()


def search_act_targets(unit: str, lexicon: Lexicon, *, french: bool) -> Targets:
    """The targets of the search acts of `unit` (a sentence of the writer's own text)."""
    acts = _acts(unit)
    if not acts:
        return Targets()
    ess = _mentions(unit, lexicon)
    outside = sorted(set(commercial_employers(unit, lexicon, french=french)))
    taken = ess + outside
    other = [span for span in _named_by(unit, "employer_of_any_kind") if not _among(span, taken)]
    public = [span for span in _named_by(unit, "public_body") if not _among(span, taken)]
    named = sorted([(span, ESS) for span in ess] + [(span, OUTSIDE) for span in outside])
    named = sorted(named + [(span, OTHER) for span in other] + [(span, PUBLIC) for span in public])
    reached: list[tuple[Span, str]] = []
    for act in acts:
        reached += _reached_from(unit, act, named)
    kinds = (ESS, OUTSIDE, OTHER)
    return Targets(*(tuple(sorted({span for span, k in reached if k == kind})) for kind in kinds))


# A public body is reached along a list («des mairies et des entreprises») but weighs nothing by itself.
ESS, OUTSIDE, OTHER, PUBLIC = "ess", "outside", "other", "public"


def _named_by(unit: str, meaning: str) -> list[Span]:
    """Employers named by a noun of a meaning: companies of no said kind («des entreprises», "companies"),
    public bodies («des mairies», "councils")."""
    words = load_meanings()[meaning]
    return [w.span() for w in WORD_RUN.finditer(unit) if words.holds(w.group())]


def _among(span: Span, spans: list[Span]) -> bool:
    return any(span[0] < other[1] and other[0] < span[1] for other in spans)


def _acts(unit: str) -> list[int]:
    """Where the unit's search acts end: words of the meaning, the writer's search (see _a_search_act)."""
    meanings = load_meanings()
    words = list(WORD_RUN.finditer(unit))
    return [
        w.end()
        for i, w in enumerate(words)
        if (meanings["search_act"].holds(w.group()) or _written_to(unit, w, meanings))
        and _a_search_act(unit, w, [x.group() for x in words[max(0, i - 2) : i]])
        and (w.group().lower() not in _CVS or _sent(words[max(0, i - 3) : i]))
        and not wished_by_another(unit, w.start())
        and not anothers_search_beside_own(unit, w.start())
    ]


_CVS = frozenset({"cv", "cvs"})
# Addressed to someone: «écrit à», «écrit aux», "wrote to".
_ADDRESSED = re.compile(r"\s+(?:à|a|au|aux|to)\b", re.IGNORECASE)


def _written_to(unit: str, word: re.Match[str], meanings: dict[str, Meaning]) -> bool:
    """A verb of writing addressed to someone («j'ai écrit à toutes les assos», "I wrote to charities"): an
    application sent, its addressees the targets; written alone («écrit un mémoire») it is no act."""
    return meanings["writing_to"].holds(word.group()) and _ADDRESSED.match(unit, word.end()) is not None



def _sent(before: list[re.Match[str]]) -> bool:
    """A CV is an application only when sent: a verb of sending among the words right before it."""
    sending = load_meanings()["sending"]
    return any(sending.holds(_ELIDED.sub("", w.group())) for w in before)  # «j'envoie»: «envoie»


_ELIDED = re.compile(r"^\w['’]")


def _mentions(unit: str, lexicon: Lexicon) -> list[Span]:
    """The ESS named by its kind («une SCOP», «deux centres sociaux») or by an organisation's name."""
    spans = []
    for pattern in (lexicon.ess_names, lexicon.ess_organisations):
        spans += [m.span() for m in (pattern.finditer(unit) if pattern is not None else ())]
    return spans


def _reached_from(unit: str, start: int, named: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """The first target within reach after the act, then those coordinated with it."""
    reached: list[tuple[Span, str]] = []
    end = start
    for span, kind in named:
        if span[0] < end:
            continue
        if not _within_reach(unit[end : span[0]], first=not reached):
            break
        reached.append((span, kind))
        end = span[1]
    return reached


def _within_reach(between: str, *, first: bool) -> bool:
    """The words between an act and its first target (a preposition, a time, a qualifier: «spontanées chez
    la», «final la semaine prochaine chez», «ce mois-ci : la»), or between two targets of one list («, »,
    «, une », « et à la »); no clause's end, no negation, no new subject."""
    if _CLAUSE_END.search(between) or NEGATION.search(between) or _SUBJECT.search(between):
        return False
    if first:
        return len(between.split()) <= _FIRST_WORDS
    return _LIST_LINK.fullmatch(between) is not None


_FIRST_WORDS = 6  # «postule chaque semaine aux offres de»: an act's target comes within a few words
_CLAUSE_END = re.compile(r"[.;!?()]")
_SUBJECT = re.compile(r"\b(?:je|j['’]|il|elle|nous|on|ils|elles|I|we|he|she|they)\b")
# Between two targets of one list: the first one's qualifier («de maraîchage»), a comma or a conjunction
# (the «que» of «autant des mairies que des assos», the "as" of "as much to councils as to charities", the
# «comme» of «associations comme grandes entreprises»: both alike),
# then articles, numbers, prepositions, and the next one's qualifier ("a housing co-op"). The act gapped
# before the second target may carry an aside between commas («… et, depuis juin, dans la grande
# distribution», "and, since May, in retail"): the same act, at another time.
_LIST_LINK = re.compile(
    r"(?:\s*[\w'’-]+){0,3}?\s*"
    r"(?:,|\bet\b|\bou\b|\band\b|\bor\b|\bainsi que\b|\bas well as\b|\bque\b|\bas\b|\bcomme\b)\s*"
    r"(?:(?:aussi|également|surtout|also)\b\s*)?(?:,\s*[^,.;:!?]{1,30},\s*)?"
    r"(?:(?:et|ou|and|or)\s+)?"
    r"(?:(?:un|une|des|deux|trois|autres?|la|le|les|a|an|the|one|two|another|chez|à|au|aux|auprès de|"
    r"avec|at|with|to|for|de|du|dans|en|in)\b\s*|[ld]['’])*(?:[\w'’-]+\s+){0,2}",
    re.IGNORECASE,
)


def _a_search_act(unit: str, act: re.Match[str], before: list[str]) -> bool:
    """The act is the writer's search: not negated before it in its clause, not a task the writer conducts
    («mener des entretiens»), a trade («agent d'entretien») or an upkeep («l'entretien des locaux»)."""
    clause = re.split(r"[.;!?,]", unit[max(0, act.start() - _BEFORE) : act.start()])[-1]
    if NEGATION.search(clause) or any(load_meanings()["conducting"].holds(w) for w in before):
        return False
    if _turned_away(unit, act):
        return False  # «je ne postule plus nulle part dans l'associatif»: a search given up
    trade = re.search(r"\bd(?:e\s+|['’])$", unit[: act.start()], re.IGNORECASE) is not None
    upkeep = _UPKEEP.match(unit, act.end()) is not None and act.group().lower().startswith("entretien")
    return not trade and not upkeep


def _turned_away(unit: str, act: re.Match[str]) -> bool:
    """The act denied, given up or never done, as the operator reader reads it on the parse (clauses.py:
    DENIED, CEASED, NEVER — «je ne postule plus nulle part dans…», «je n'ai jamais postulé chez…»), where the
    negation words before it in the clause do not show («ne» alone before the verb)."""
    act_words = tokens_in(parse(unit), act.start(), act.end())
    return bool(act_words) and read_operator(act_words[0]).operator in _TURNED_AWAY


_TURNED_AWAY = frozenset({Operator.DENIED, Operator.CEASED, Operator.NEVER})
_BEFORE = 40  # characters: the act's own clause before it
# «l'entretien des locaux», «du jardin»: the upkeep of a thing (an interview is «d'embauche», «chez…»).
_UPKEEP = re.compile(r"\s+(?:des|du|de\s+la|de\s+l['’])\s", re.IGNORECASE)
