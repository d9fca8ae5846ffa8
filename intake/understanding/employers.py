"""Employers clearly outside the social and solidarity economy, as meanings (rules/lexicon/employers.toml).

An employer is commercial when its noun says so by itself («un cabinet de conseil», «une banque d'affaires»,
"a consulting firm"), or when an employer noun of open kind carries a commercial mark in its own phrase
(«une chaîne privée d'écoles», «un grand groupe hôtelier», «dans le privé», "an oil and gas major"), and
nothing in that phrase may make it part of the ESS («une banque coopérative», «une entreprise à but non
lucratif», "a food bank"). Whether the writer's search aims at it is read elsewhere (situation.py), from the
parse, as for the ESS itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from intake import resources
from intake.understanding.clauses import compared_away, parse, starts_with
from intake.understanding.facts import WORD
from intake.understanding.lexicon import KeptReadings, Lexicon, compile_any, read_table
from intake.understanding.prefilter import holds_any, lower


@dataclass(frozen=True)
class Kinds:
    """Stems of one language: commercial types, employer nouns of open kind, commercial marks."""

    types: tuple[str, ...]
    generic: tuple[str, ...]
    marks: tuple[str, ...]
    nouns: tuple[str, ...]  # marks used as the employer itself: «le privé», «le luxe»
    sizes: tuple[str, ...]  # «un grand groupe», "a large company", but not «un grand groupe de jeunes»
    public: tuple[str, ...] = ()  # the State's employers, said by an adjective: «la fonction publique»
    bodies: tuple[str, ...] = ()  # the State's bodies, by their own noun: «la mairie», "a ministry"
    # nouns commercial only with their own complement: «un bureau d'études» (noun stem, complement stems)
    completed: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @cached_property
    def kind_stems(self) -> tuple[str, ...]:
        """The stems one of which a unit naming an employer's kind holds (types, generic nouns, nouns, bodies,
        completed nouns): joined once, the kinds are frozen; asked of every unit by `commercial_employers`."""
        return (*self.types, *self.generic, *self.nouns, *self.bodies, *(noun for noun, _ in self.completed))


@dataclass(frozen=True)
class Employers:
    french: Kinds
    english: Kinds
    not_outside: tuple[str, ...]
    english_aims: re.Pattern[str] | None  # "I'd like", "my goal": an English clause stating an aim now
    hedges: re.Pattern[str] | None  # «pourquoi pas», "maybe": an aim left open


def load_employers(rules_dir: Path | None = None) -> Employers:
    """The employer meanings of `rules_dir` (default: the rules in use), read once per directory."""
    return _load_employers(rules_dir or resources.rules_dir())


@lru_cache(maxsize=4)
def _load_employers(rules_dir: Path) -> Employers:
    data = read_table(rules_dir, "employers.toml")

    def kinds(language: str) -> Kinds:
        marks = data.get("marks", {})
        return Kinds(
            tuple(data.get("types", {}).get(language, [])),
            tuple(data.get("generic", {}).get(language, [])),
            tuple(marks.get(language, [])),
            tuple(marks.get(f"{language}_nouns", [])),
            tuple(marks.get(f"{language}_sizes", [])),
            tuple(data.get("public", {}).get(language, [])),
            tuple(data.get("public", {}).get(f"{language}_bodies", [])),
            tuple(
                (noun, tuple(stems)) for noun, stems in data.get("completed", {}).get(language, {}).items()
            ),
        )

    def words(table: str, key: str) -> re.Pattern[str] | None:
        # «'d like» follows a letter («I'd like»): only a word starting with a letter needs a boundary.
        entries = data.get(table, {}).get(key, [])
        return compile_any([("(?<!\\w)" if w[:1].isalnum() else "") + rf"{re.escape(w)}\b" for w in entries])

    return Employers(
        kinds("fr"),
        kinds("en"),
        tuple(data.get("not_outside", {}).get("words", [])),
        words("aims", "en"),
        words("hedges", "words"),
    )


def commercial_employers(unit: str, lexicon: Lexicon, *, french: bool) -> list[tuple[int, int]]:
    """Where `unit` names an employer clearly outside the ESS: (start, end) of each employer noun."""
    # Kept per (unit, french): a pure reading of them, of the lexicon (the owner, compared by identity) and of
    # the employers' words loaded once; the spans kept as a tuple, a new list handed out. The aim's readers
    # ask it of the same unit several times.
    key = (unit, french)
    return list(_EMPLOYERS.read(lexicon, key, lambda: tuple(_commercial_employers(unit, lexicon, french))))


_EMPLOYERS: KeptReadings[tuple[tuple[int, int], ...]] = KeptReadings()


def _commercial_employers(unit: str, lexicon: Lexicon, french: bool) -> list[tuple[int, int]]:
    employers = load_employers()
    kinds = employers.french if french else employers.english
    named = known_outside(unit, lexicon)
    # One search of the stems' trie (prefilter.holds_any: the same answer as a test per stem), the stems
    # joined once per kinds: asked of every unit the aim reads.
    if not holds_any(lower(unit), kinds.kind_stems):
        return named  # most sentences name no employer's kind: no parse for them
    if french:
        return named + [
            (t.idx, t.idx + len(t.text))
            for t in parse(unit)
            if _commercial(t, employers.french)
            and not _may_be_ess(_own_phrase(t), unit, employers, lexicon, sectors=not _is_a_body(t, kinds))
            and not _qualified_after_its_hyphen(t, employers)
            and not _inside_an_ess_phrase(t, unit, lexicon)
        ]
    return named + _english_employers(unit, employers, lexicon)


def known_outside(unit: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Where `unit` names an organisation known to be outside the ESS («BNP Paribas», "McKinsey"), not
    the foundation or the association of one («la Fondation L'Oréal»: a foundation, of the ESS's kinds)."""
    pattern = lexicon.outside_organisations
    return [
        m.span()
        for m in (pattern.finditer(unit) if pattern is not None else ())
        if not _names_the_ess(" ".join(unit[: m.start()].split()[-_OWNER_WORDS:]), lexicon)
    ]


_OWNER_WORDS = 2  # «la Fondation», «Fondation d'entreprise»: words before a name making it another kind


def _is(word: str, stems: tuple[str, ...]) -> bool:
    """The word is one of `stems` inflected («banques», "companies"), not a longer word built on it
    («enseignement» is no «enseigne»)."""
    return any(word.startswith(stem) and len(word) - len(stem) <= _INFLECTION for stem in stems)


_INFLECTION = 3  # «-s», «-es», «-ies»: what an employer noun adds to its stem


# Only «du» («le domaine du tourisme», «le marketing du luxe»): «du public au privé» spans every sector.
_ARTICLE_CONTRACTED = frozenset({"du"})


def _commercial(token: Any, kinds: Kinds) -> bool:
    if token.pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return False
    if _is(token.lower_, kinds.nouns):
        # «dans le privé», «dans le luxe»; the article contracted with «de», «à»: «le domaine du tourisme».
        return any(c.dep_ == "det" or c.lower_ in _ARTICLE_CONTRACTED for c in token.children)
    if token.pos_ == "ADJ":
        return False
    if (
        _is(token.lower_, kinds.types)
        or _is(_hyphenated(token), kinds.types)
        or _is(token.lower_, kinds.bodies)
        or _completed_as_commercial(token, kinds)
    ):
        return True
    if not _is(token.lower_, kinds.generic):
        return False
    phrase = [t for t in token.subtree if t.i != token.i]
    if any(starts_with(t, kinds.marks) for t in phrase):
        return True
    if any(c.dep_ == "amod" and _is(c.lower_, kinds.public) for c in token.children):
        return True  # «la fonction publique», «un laboratoire public»: an employer of the State
    # A size makes a corporation only of an employer not said to be made of people: «un grand groupe», «un
    # grand groupe industriel de la région», not «un grand groupe de jeunes».
    completed = any(c.dep_ == "nmod" and _its_members(c) for c in token.children)
    return not completed and any(starts_with(t, kinds.sizes) for t in phrase)


def _hyphenated(token: Any) -> str:
    """The word as written when the parser cut it at its hyphen: «une start-up» is parsed «start», «-», «up»,
    and it is «start-up», not «start», that names a commercial employer's type (the token's own word else)."""
    doc, i = token.doc, token.i
    cut = i + 2 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_ and not doc[i + 1].whitespace_
    # With its own determiner only («une start-up», «ma start-up»): «un incubateur de start-up» names the
    # kind of the incubator's clients, no employer.
    if cut and any(c.dep_ == "det" for c in token.children):
        return f"{token.lower_}-{doc[i + 2].lower_}"
    return str(token.lower_)


def _qualified_after_its_hyphen(token: Any, employers: Employers) -> bool:
    """A word cut at its hyphen («start-up») leaves the parse of what follows it astray: the words after it up
    to the end of its phrase, read as written, may make it part of the ESS («une start-up « tech for good »»,
    «une start-up sociale»)."""
    doc, i = token.doc, token.i
    if _hyphenated(token) == token.lower_:
        return False
    rest = doc.text[doc[i + 2].idx + len(doc[i + 2].text) :]
    phrase = _AFTER_ITS_NOUN.split(rest, maxsplit=1)[0]
    return any(w.lower().startswith(employers.not_outside) for w in WORD.findall(phrase))


# What ends an employer's phrase after its noun: a stop, a bracket, another employer coordinated.
_AFTER_ITS_NOUN = re.compile(r"[.,;:!?()\[\]]|\s(?:ou|et|mais|or|and|but)\s", re.IGNORECASE)


def _its_members(complement: Any) -> bool:
    """A noun's complement telling what it is made of: a bare common noun after «de» («un groupe de jeunes»,
    «d'amis»), as English says it with "of". One with its own determiner («de la région», «du Grand Est») or
    a proper name («de Lyon») places or owns the group instead."""
    if complement.pos_ != "NOUN":
        return False
    return not any(c.dep_ == "det" or c.lower_ in _ARTICLE_JOINED for c in complement.children)


# «du», «des», «au», «aux»: «de» or «à» joined with the article — the complement is determined.
_ARTICLE_JOINED = frozenset({"du", "des", "au", "aux"})


def _completed_as_commercial(token: Any, kinds: Kinds) -> bool:
    """«un bureau d'études», «le commerce international»: a noun of open kind made commercial by its own
    complement or adjective (a direct child),
    not by a word further in its phrase («un bureau … après mes études»). «Au service de la collectivité»
    is a locution of dedication (aim.py's _in_service_of), no body's service: a service of a town names its
    field before the town («le service jeunesse de la ville»)."""
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    if token.lower_.startswith("service") and following in _MARK_DE:
        return False
    return any(
        _is(token.lower_, (noun,))
        and any(c.dep_ in _COMPLEMENTS and starts_with(c, stems) for c in token.children)
        for noun, stems in kinds.completed
    )


_MARK_DE = frozenset({"de", "d'", "d’", "du", "des"})
# A noun's own complement, or its adjective («le commerce international»: the market it names).
_COMPLEMENTS = frozenset({"nmod", "amod"})


def _own_phrase(token: Any) -> list[Any]:
    """The employer's phrase without the second term of a comparison hung on it, nor an alternative
    coordinated with it: in «une banque plutôt qu'une association», «préférer une banque à une mutuelle», the
    ESS is the place compared away; in «une banque ou une association», another place sought."""
    # «la mairie ou une association»: the alternative coordinated with it is another employer, not its phrase
    away = [
        w
        for w in token.subtree
        if w.i != token.i and (compared_away(w) or w.dep_ == "conj" or _a_place_of_its_own(w))
    ]
    left = {x.i for w in away for x in w.subtree}
    # a stop hung on the noun («une banque d'affaires, pas dans une coopérative :») is no word of its phrase:
    # its span (see _may_be_ess) would reach over the place set aside
    return [w for w in token.subtree if w.i not in left and w.dep_ != "punct"] or [token]


def _may_be_ess(
    phrase: list[Any], unit: str, employers: Employers, lexicon: Lexicon, *, sectors: bool = True
) -> bool:
    """Something in the employer's own phrase may make it part of the ESS, or negates its mark. Without
    `sectors`, a sector named there is the body's own field, no ESS («le ministère de la Culture», «le
    service jeunesse de la ville», «un bureau d'études en biodiversité»)."""
    if any(starts_with(t, employers.not_outside) for t in phrase):
        return True
    text = unit[phrase[0].idx : phrase[-1].idx + len(phrase[-1].text)]
    if not sectors:
        return lexicon.ess_names is not None and lexicon.ess_names.search(text) is not None
    return _names_the_ess(text, lexicon)


def _is_a_body(token: Any, kinds: Kinds) -> bool:
    """A body named by its own noun («le ministère») or by its own complement («le service de la ville»,
    «un bureau d'études»): whatever field it works in, its kind is said."""
    return _is(token.lower_, kinds.bodies) or _completed_as_commercial(token, kinds)


def bodies_fields(unit: str) -> list[tuple[int, int]]:
    """Where `unit` names a body of the State, a local authority's service or a consultancy with its field
    («au ministère de la Culture», «au service jeunesse de la ville», «dans un bureau d'études en
    biodiversité»): the (start, end) of each such phrase, whose sector is the body's field, not an aim at the
    ESS (aim.py)."""
    kinds = load_employers().french
    lowered = unit.lower()
    if not any(stem in lowered for stem in (*kinds.bodies, *(noun for noun, _ in kinds.completed))):
        return []  # most sentences name no such body: no parse for them
    return [
        (t.idx, max(w.idx + len(w.text) for w in _own_phrase(t)))
        for t in parse(unit)
        if t.pos_ in {"NOUN", "PROPN"} and _is_a_body(t, kinds)
    ]


def aims_in_english(clause: str) -> bool:
    """An English clause that states an aim ("I'd like to work for…", "my goal is…")."""
    pattern = load_employers().english_aims
    return pattern is not None and pattern.search(clause) is not None


def hedged(sentence: str, at: int | None = None) -> bool:
    """A sentence that leaves its aim open («pourquoi pas dans le privé», "maybe at a bank"). With `at`,
    the employer named there: a hedge opening an alternative («…chez un des Big Four, ou éventuellement
    dans une banque», "or maybe at a bank") leaves only that alternative open, not an employer before it."""
    pattern = load_employers().hedges
    if pattern is None:
        return False
    return any(
        at is None or at > m.start() or _OPENS_AN_ALTERNATIVE.search(sentence, 0, m.start()) is None
        for m in pattern.finditer(sentence)
    )


# «ou», "or" right before a hedge: the hedge is said of the alternative it opens.
_OPENS_AN_ALTERNATIVE = re.compile(r"\b(?:ou|or)\s*,?\s*$", re.IGNORECASE)


def _inside_an_ess_phrase(token: Any, unit: str, lexicon: Lexicon) -> bool:
    """The employer completes an ESS employer's noun: «une entreprise d'insertion du secteur privé»."""
    current = token
    for _ in range(3):
        if current.dep_ != "nmod" or current.head.i == current.i:
            return False
        if any(c.dep_ == "case" and c.lower_ == "comme" for c in current.children):
            # «associations comme grandes entreprises»: both kinds aimed at side by side, not an ESS
            # employer completed (a corporation is no example of an association). (h-tcareer)
            return False
        if _a_place_of_its_own(current) and not compared_away(current):
            return False  # not «mieux dans une association que dans un cabinet»: the place compared away
        current = current.head
        if _names_the_ess(unit[current.idx : token.idx], lexicon):
            return True
    return False


def _a_place_of_its_own(noun: Any) -> bool:
    """The noun opens a place of its own, with its own preposition of place or the «que» of an equality
    («aussi bien dans une mutuelle que dans une banque classique», «dans une coopérative ou chez un
    opérateur privé»): a second place beside the first, whatever the small model hangs it on — not a
    complement of the first («une entreprise d'insertion du secteur privé»). (h-aaim)"""
    return any(c.dep_ in {"case", "mark"} and c.lower_ in _OWN_PLACE for c in noun.children)


# A place's own preposition («dans», «chez», «en»), or the «que» of «aussi bien X que Y».
_OWN_PLACE = frozenset({"dans", "chez", "que", "qu'", "qu’"})


def _names_the_ess(text: str, lexicon: Lexicon) -> bool:
    if lexicon.ess_names is not None and lexicon.ess_names.search(text):
        return True
    return any(pattern.search(text) for pattern in lexicon.sectors.values())


_BEFORE = 4  # words of an English noun phrase before its noun: "a large private language school"


def _english_employers(unit: str, employers: Employers, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The same reading for English, by words: the modifiers before the noun are its phrase."""
    kinds, words = employers.english, list(WORD.finditer(unit))
    found = []
    for i, word in enumerate(words):
        lowered = word.group().lower()
        first = max([i - _BEFORE, *(k + 1 for k in range(max(0, i - _BEFORE), i) if _parts(unit, words, k))])
        before = [w.group().lower() for w in words[max(0, first) : i]]
        stems = (*kinds.marks, *kinds.public)  # an English adjective stands before its noun
        commercial = _is(lowered, (*kinds.types, *kinds.bodies)) or (
            _is(lowered, kinds.generic)
            and (
                any(b.startswith(stems) for b in before)
                or (_followed_by_nothing(words, i) and any(b.startswith(kinds.sizes) for b in before))
            )
        )
        phrase_start = words[max(0, first)].start() if first < i else word.start()
        ess = _qualified_as_ess(before, employers) or _names_the_ess(unit[phrase_start : word.end()], lexicon)
        if commercial and not ess:
            found.append(word.span())
    return found


# What ends a noun phrase before the next one: "a charity or the mairie", "a bank, a co-op" — not the
# words of one modifier joined ("an oil and gas major").
_PHRASE_END = re.compile(r"^(?:or|and|nor|but)$")
_PHRASE_OPENS = re.compile(r"^(?:a|an|the|some|any|to|at|in|for|with|my|one)$")
_BETWEEN_PHRASES = re.compile(r"[,;:()]|\s[-–—]\s")


def _parts(unit: str, words: list[re.Match[str]], k: int) -> bool:
    """Word k ends the phrase before it from the next one: a conjunction opening another noun phrase (an
    article, a preposition after it), or a stop right after it."""
    if k + 1 >= len(words):
        return False
    after = unit[words[k].end() : words[k + 1].start()]
    conjunction = _PHRASE_END.match(words[k].group().lower()) is not None
    opens = _PHRASE_OPENS.match(words[k + 1].group().lower()) is not None
    return (conjunction and opens) or _BETWEEN_PHRASES.search(after) is not None


def _qualified_as_ess(before: list[str], employers: Employers) -> bool:
    """A word before the employer's noun that may make it part of the ESS ("a food bank", "an ethical
    bank") — not one that qualifies a commercial mark right after it: in "an impact investing fund" the
    impact is the investing's, and the fund trades for returns."""
    marks = employers.english.marks
    return any(
        b.startswith(employers.not_outside) and not (k + 1 < len(before) and before[k + 1].startswith(marks))
        for k, b in enumerate(before)
    )


def _followed_by_nothing(words: list[re.Match[str]], i: int) -> bool:
    return i + 1 >= len(words) or words[i + 1].group().lower() != "of"
