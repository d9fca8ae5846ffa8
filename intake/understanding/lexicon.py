"""The word lists of rules/lexicon/*.toml, loaded once and compiled, and the meanings every reader tests its
words by (`Meaning`, `load_meanings`): here, below the readers, so that no reader imports another for them."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar

from intake import resources
from intake.understanding.letters import strip_accents
from intake.understanding.prefilter import folded, holds_any, lower, may_match

# The shipped rules; `resources.rules_dir()` is the directory in use (config `rules.dir`).
DEFAULT_RULES_DIR = resources.BUNDLED_RULES_DIR
_FLAGS = re.IGNORECASE | re.MULTILINE


def compile_any(patterns: list[str]) -> re.Pattern[str] | None:
    """One alternation of all patterns (much faster than looping), or None when the list is empty."""
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), _FLAGS)


def escaped_alternation(words: Iterable[str]) -> str:
    """The words as one regular-expression alternation, each taken literally, longest first (so that the
    longer of two words sharing a start wins); «'» matches itself alone (`word_alternation` reads «’» too)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def word_alternation(words: list[str]) -> str:
    """The words as one regular-expression alternation, longest first (so that the longer of two words
    sharing a start wins), «'» matching «’» too; spaces stay spaces (`echoes.alternatives` widens them)."""
    return "|".join(re.escape(w).replace("'", "['’]") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def elided_opening(clitics: frozenset[str]) -> re.Pattern[str]:
    """An elided article or pronoun a word run keeps on its next word, at the word's start: «l'», «d'», «qu'»
    (meanings.toml [elided_clitic]), either apostrophe, either case («D'intégrer»)."""
    return re.compile(rf"^(?:{word_alternation(sorted(clitics))})", re.IGNORECASE)


def loose_alternation(words: Iterable[str], space: str = r"\s+", apostrophe: str = "['’]") -> str:
    """The words as one alternation, longest first, each read as a writer may type it: an accented letter
    matching its bare letter too («diplôme» and «diplome», «arrêtée» and «arretee», each letter on its own),
    «'» as `apostrophe` (either form), a space as `space` (any run of white space)."""
    return "|".join(_loose_word(w, space, apostrophe) for w in sorted(words, key=len, reverse=True))


def _loose_word(word: str, space: str, apostrophe: str) -> str:
    out = []
    for char in word:
        plain = strip_accents(char.lower())
        if plain != char.lower():
            out.append(f"[{char}{plain}]")
        elif char in "'’":
            out.append(apostrophe)
        elif char == " ":
            out.append(space)
        else:
            out.append(re.escape(char))
    return "".join(out)


# (id of the pattern, text) → (the pattern, its matches): see all_matches.
_MATCHES: dict[tuple[int, str], tuple[re.Pattern[str], tuple[re.Match[str], ...]]] = {}
_MATCHES_KEPT = 16384  # a message's units times the patterns read through all_matches, with room


def all_matches(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    """`pattern.finditer(text)`, kept: the readers of one unit run the lexicon's longest alternations (the
    ESS's names, 60 µs a line) on the same text several times. The first match is `pattern.search(text)`.

    Keyed on the pattern's id, not its hash (hashing a compiled pattern hashes its whole code each call); the
    pattern is kept beside its matches and compared, so an id reused by another pattern never answers. The
    store is emptied when full: bounded, and a message's units are read together. A text holding none of the
    literal pieces every match needs (`prefilter.may_match`, derived from the pattern) is not searched."""
    key = (id(pattern), text)
    kept = _MATCHES.get(key)
    if kept is not None and kept[0] is pattern:
        return kept[1]
    found = tuple(pattern.finditer(text)) if may_match(pattern, text) else ()
    if len(_MATCHES) >= _MATCHES_KEPT:
        _MATCHES.clear()
    _MATCHES[key] = (pattern, found)
    return found


def first_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)` (the first of finditer's matches), through all_matches: kept per text, and not
    searched at all when the text lacks the pattern's literal pieces."""
    found = all_matches(pattern, text)
    return found[0] if found else None


T = TypeVar("T")


class KeptReadings(Generic[T]):
    """Readings kept per text: a reader that is a pure function of its text (and of word lists loaded once)
    is asked again about the same line — a CV sent as PDF, DOCX and ODT, a greeting or a heading every mail
    holds. Safe only for such readers, and only when the kept value is never changed by its users (a frozen
    value, a tuple; a list is copied out). The word lists it was read with (`owner`: the lexicon, the careers'
    words) are kept beside it and compared by identity, so a reading made with other lists never answers, as
    in all_matches. Bounded: emptied when full."""

    __slots__ = ("_size", "_store")

    def __init__(self, size: int = 4096) -> None:
        self._store: dict[Hashable, tuple[object, T]] = {}
        self._size = size

    def read(self, owner: object, key: Hashable, reading: Callable[[], T]) -> T:
        """The reading kept for `key` when it was read with this very `owner`, else `reading()`, kept."""
        kept = self._store.get(key)
        if kept is not None and kept[0] is owner:
            return kept[1]
        value = reading()
        if len(self._store) >= self._size:
            self._store.clear()
        self._store[key] = (owner, value)
        return value


@dataclass(frozen=True)
class Diploma:
    label: str
    level: int
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Situation:
    name: str
    current: re.Pattern[str] | None
    past: re.Pattern[str] | None
    fragments: tuple[str, ...] = ()
    # Read from the parse: the situation named as a thing («stage», «service civique») or as a role
    # («stagiaire»); negation, tense and subject then come from the sentence's structure.
    names: re.Pattern[str] | None = None
    roles: re.Pattern[str] | None = None
    # The names that settle the criterion on a CV line (a mention by another name held now is asked about).
    settled_by: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Structure:
    """Stems (lower-case starts of words) naming meanings; rules in situation.py combine them."""

    ends: tuple[str, ...] = ()  # «terminer», «finir», «fin»: the situation's end, dated or not
    doing: tuple[str, ...] = ()  # «faire», «effectuer»: doing the situation now when present
    held_in: tuple[str, ...] = ()  # «je suis engagée en service civique»: a participle of a role held now
    wishes: tuple[str, ...] = ()  # «chercher un stage», «vouloir faire un service civique»: not a fact
    having: tuple[str, ...] = ()  # «j'ai un stage»: whole forms of «avoir», the thing held now
    still: tuple[str, ...] = ()  # «toujours», «encore»: a situation said without a verb is still held
    alongside: tuple[str, ...] = ()  # «en parallèle de», «en plus de»: what runs beside the sentence's verb
    extends: tuple[str, ...] = ()  # «prolonger»: told in the past, its date says how long it runs on
    begins: tuple[str, ...] = ()  # «commencer»: its date and length say whether it is held now
    generic: tuple[str, ...] = ()  # «volontariat»: a kind of scheme its qualifier may name as another one
    civic_stems: tuple[str, ...] = ()  # «volontariat de service civique»: a civic word settles it
    civic_acronyms: tuple[str, ...] = ()  # «(agrément ASC)»: so does the agency's acronym, in capitals
    end_nouns: tuple[str, ...] = ()  # «la fin de mon stage», «l'issue de ma mission»: its end as a noun
    since_end: tuple[str, ...] = ()  # «depuis la fin de…», «après la fin de…»: since that end, it is over
    start_nouns: tuple[str, ...] = ()  # «le début de mon stage»: its start as a noun, dated
    end_certified: tuple[str, ...] = ()  # «attestation de fin de stage»: a paper issued once it ended
    last_words: tuple[str, ...] = ()  # «mon dernier jour de stage»: the stretch that closes it
    day_units: tuple[str, ...] = ()  # «jour»: a stretch of one day
    time_units: tuple[str, ...] = ()  # «cinq mois de service civique»: a stretch of the situation
    remaining: tuple[str, ...] = ()  # «il me reste cinq mois de…»: a stretch still ahead, so held now
    dated_back: tuple[str, ...] = ()  # «remonte à août»: a phase dated back, its yearless month the last one
    just_done: tuple[str, ...] = ()  # «je viens de commencer un stage»: «venir de», a recent past
    # «j'attends les résultats du jury», «je ne sais pas si je dois repasser une UE»: studies maybe not over
    studies_pending: re.Pattern[str] | None = None
    # «il me reste le mémoire à soutenir», "I still have to submit my dissertation": a part still to do
    studies_left: re.Pattern[str] | None = None
    # «délibération du jury le 11 décembre», «résultats attendus»: the decision on a diploma still to come
    decisions: re.Pattern[str] | None = None
    awaited: re.Pattern[str] | None = None
    studies_named: re.Pattern[str] | None = None
    final_steps: re.Pattern[str] | None = None  # «la soutenance», "my viva": dated ahead, studies go on
    aim_search: tuple[str, ...] = ()  # a job search or an aim whatever the tense: «postuler», «objectif»
    aim_work: tuple[str, ...] = ()  # work as an aim when infinitive or noun: «bosser», «un emploi»
    aim_blockers: tuple[str, ...] = ()  # facts between the aim and the ESS: «master», «stage»
    aim_window: re.Pattern[str] | None = None  # the same aims as words, for English and CV lines
    aim_foreign: re.Pattern[str] | None = None  # aims in words of another language, read in any sentence
    # A CV line's period running today: a word of «now» on it, alone on the next line, or ending a range.
    now_stated: re.Pattern[str] | None = None
    now_line: re.Pattern[str] | None = None
    until_today: re.Pattern[str] | None = None
    # English clauses, read by words around the mention: negation, past, future, wishes, present.
    english: dict[str, re.Pattern[str] | None] = field(default_factory=dict)
    # Words of something not over yet, said by negating its end (unfinished.py): completion, negation, «yet»…
    unfinished: dict[str, tuple[str, ...]] = field(default_factory=dict)


# Equal and hashed by identity (`eq=False`): a lexicon holds dicts, and is compiled once per rules directory,
# so the same object is the same word lists; readers cache on it (diploma_level._spans_of).
@dataclass(frozen=True, eq=False)
class Lexicon:
    diplomas: tuple[Diploma, ...]
    diploma_fragments: tuple[str, ...]  # most lines hold no diploma: skip them on a substring test
    not_obtained: re.Pattern[str] | None
    abandoned: re.Pattern[str] | None
    not_a_diploma: re.Pattern[str] | None
    studying: re.Pattern[str] | None
    situations: dict[str, Situation]
    ess_names: re.Pattern[str] | None
    ess_refusals: re.Pattern[str] | None
    any_sector: re.Pattern[str] | None
    sectors: dict[str, re.Pattern[str]]
    ess_fragments: tuple[str, ...]
    adviser_domains: tuple[str, ...]
    adviser_titles: re.Pattern[str] | None
    adviser_cover: re.Pattern[str] | None
    messages: dict[str, dict[str, re.Pattern[str] | None]]
    particles: frozenset[str]
    apostrophe_prefixes: tuple[str, ...]
    not_names: frozenset[str]
    cv_headings: frozenset[str]
    structure: Structure = Structure()
    # «Chen», «Nguyen», «Kim»: family names of languages that write the family name first (names.py).
    family_first: frozenset[str] = frozenset()
    patronymic_links: frozenset[str] = frozenset()  # «bin», «binti»: given names before, father's name after
    track_before: re.Pattern[str] | None = None  # «(section BTS)»: a track, not the diploma
    no_higher: re.Pattern[str] | None = None  # «sans diplôme du supérieur»: the bac is the highest
    graduated_alone: re.Pattern[str] | None = None  # «j'ai obtenu mon diplôme en juin»: no diploma named
    level_unknown: re.Pattern[str] | None = None  # «DEC technique», «brevet fédéral»: level not to be told
    course_time: re.Pattern[str] | None = None  # «deux ans de licence», «jusqu'en L2»: not the diploma
    single_higher_year: re.Pattern[str] | None = None  # «un an de licence», "one year of university": bac+1
    failed_exam: re.Pattern[str] | None = None  # «j'ai raté l'examen final»: the course before is not had
    # Organisations known by name (organisations.toml): of the ESS («Emmaüs», «la Macif»), outside it
    # («BNP Paribas», «McKinsey»); each name stands for its kind.
    ess_organisations: re.Pattern[str] | None = None
    outside_organisations: re.Pattern[str] | None = None
    # Demonyms and cities naming a country (places.toml), by ISO region: where a national number is dialled.
    region_places: dict[str, re.Pattern[str]] = field(default_factory=dict)
    # Acronyms of the ESS read only in capitals («ESS», «SIAE», «une EA»): the prefilter checks them as
    # written.
    ess_cased: tuple[str, ...] = ()


@lru_cache(maxsize=128)
def read_table(rules_dir: Path, name: str) -> dict[str, Any]:
    """rules/lexicon/`name` of `rules_dir` as tomllib reads it, read once per directory: the one reader of a
    rules table. The table is shared by every reader of it: never changed by them (a reader copies out)."""
    with (rules_dir / "lexicon" / name).open("rb") as fh:
        return tomllib.load(fh)


def load_lexicon(rules_dir: Path | None = None) -> Lexicon:
    """The word lists of `rules_dir` (default: the rules in use), compiled once per directory."""
    return _LEXICON_IN_USE.load(rules_dir, _load_lexicon)


_LEXICON_IN_USE: resources.InUse[Lexicon] = resources.InUse()


@lru_cache(maxsize=8)
def _load_lexicon(rules_dir: Path) -> Lexicon:
    dip = read_table(rules_dir, "diplomas.toml")
    sit = read_table(rules_dir, "situations.toml")
    ess = read_table(rules_dir, "ess.toml")
    adv = read_table(rules_dir, "advisers.toml")
    msg = read_table(rules_dir, "messages.toml")
    names = read_table(rules_dir, "names.toml")
    organisations = read_table(rules_dir, "organisations.toml")
    places = read_table(rules_dir, "places.toml")
    diplomas = tuple(
        Diploma(d["label"], int(d["level"]), re.compile("|".join(f"(?:{p})" for p in d["patterns"]), _FLAGS))
        for d in dip["diploma"]
    )
    structure = _read_structure(sit.get("structure", {}), ess.get("aims", {}))
    situations = _read_situations({name: table for name, table in sit.items() if name != "structure"})
    messages = {
        kind: {key: compile_any(list(values)) for key, values in table.items()} for kind, table in msg.items()
    }
    return Lexicon(
        diplomas=diplomas,
        diploma_fragments=_prefilter(dip, "fragments"),
        ess_fragments=_prefilter(ess, "fragments"),
        ess_cased=_prefilter(ess, "cased"),
        not_obtained=compile_any(dip.get("not_obtained", {}).get("patterns", [])),
        abandoned=compile_any(dip.get("abandoned", {}).get("patterns", [])),
        not_a_diploma=compile_any(dip.get("not_a_diploma", {}).get("patterns", [])),
        studying=compile_any(dip.get("studying", {}).get("patterns", [])),
        situations=situations,
        ess_names=compile_any(ess.get("names", [])),
        ess_refusals=compile_any(ess.get("refusals", [])),
        any_sector=compile_any(ess.get("any_sector", [])),
        sectors={
            label: re.compile("|".join(f"(?:{p})" for p in pats), _FLAGS)
            for label, pats in ess.get("sectors", {}).items()
        },
        adviser_domains=tuple(adv.get("domains", [])),
        adviser_titles=compile_any(adv.get("titles", [])),
        adviser_cover=compile_any(adv.get("cover", [])),
        messages=messages,
        particles=frozenset(names.get("particles", [])),
        apostrophe_prefixes=tuple(names.get("apostrophe_prefixes", [])),
        not_names=frozenset(n.casefold() for n in names.get("not_names", [])),
        cv_headings=frozenset(n.casefold() for n in names.get("cv_headings", [])),
        family_first=frozenset(n.casefold() for n in names.get("family_names_written_first", [])),
        patronymic_links=frozenset(n.casefold() for n in names.get("patronymic_links", [])),
        structure=structure,
        track_before=compile_any(dip.get("track_before", {}).get("patterns", [])),
        no_higher=compile_any(dip.get("no_higher", {}).get("patterns", [])),
        graduated_alone=compile_any(dip.get("graduated_alone", {}).get("patterns", [])),
        level_unknown=compile_any(dip.get("level_unknown", {}).get("patterns", [])),
        course_time=compile_any(dip.get("course_time", {}).get("patterns", [])),
        single_higher_year=compile_any(dip.get("single_higher_year", {}).get("patterns", [])),
        failed_exam=compile_any(dip.get("failed_exam", {}).get("patterns", [])),
        ess_organisations=_organisations(organisations.get("ess", {})),
        outside_organisations=_organisations(organisations.get("outside", {})),
        region_places=_region_places(places),
    )


def _region_places(places: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """The demonyms and cities of places.toml naming each region, each read as a whole word."""
    return {
        region: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in words) + r")(?!\w)")
        for region, words in places.get("regions", {}).items()
    }


def _prefilter(table: dict[str, Any], key: str) -> tuple[str, ...]:
    """One list of a lexicon file's [prefilter] table (fragments a unit must hold to be read at all)."""
    return tuple(table.get("prefilter", {}).get(key, []))


def _organisations(side: dict[str, list[str]]) -> re.Pattern[str] | None:
    """The names of one side as one pattern, each read whole, with or without its accents, with either
    apostrophe, a space or a hyphen between its words; `cased` names only with their capitals."""
    loose = [_name_pattern(n) for n in side.get("names", [])]
    cased = [_name_pattern(n) for n in side.get("cased", [])]
    parts = [f"(?i:{'|'.join(loose)})"] if loose else []
    parts += [f"(?-i:{'|'.join(cased)})"] if cased else []
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)") if parts else None


def _name_pattern(name: str) -> str:
    out = []
    for char in name:
        plain = strip_accents(char.lower())
        if plain != char.lower():
            out.append(f"[{char}{plain if char.islower() else plain.upper()}]")
        elif char == "œ":
            out.append("(?:œ|oe)")
        elif char in "'’":
            out.append("['’]")
        elif char in " -":
            out.append(r"[\s-]+")
        else:
            out.append(re.escape(char))
    return "".join(out)


def _read_situations(sit: dict[str, Any]) -> dict[str, Situation]:
    return {
        name: Situation(
            name,
            compile_any(v.get("current", [])),
            compile_any(v.get("past", [])),
            tuple(v.get("fragments", [])),
            compile_any(v.get("names", [])),
            compile_any(v.get("roles", [])),
            compile_any(v.get("settled_by", [])),
        )
        for name, v in sit.items()
    }


def _read_structure(shape: dict[str, Any], aims: dict[str, Any]) -> Structure:
    # Words of other languages (code switching) join their meaning: a search, or work.
    search = [*aims.get("search", []), *aims.get("search_other_languages", [])]
    work = [*aims.get("work", []), *aims.get("work_other_languages", [])]
    foreign = [*aims.get("search_other_languages", []), *aims.get("work_other_languages", [])]
    aim_words = [*search, *work, *aims.get("english", [])]
    return Structure(
        ends=tuple(shape.get("ends", [])),
        doing=tuple(shape.get("doing", [])),
        held_in=tuple(shape.get("held_in", [])),
        wishes=tuple(shape.get("wishes", [])),
        having=tuple(shape.get("having", [])),
        still=tuple(shape.get("still", [])),
        alongside=tuple(shape.get("alongside", [])),
        extends=tuple(shape.get("extends", [])),
        begins=tuple(shape.get("begins", [])),
        generic=tuple(shape.get("generic", [])),
        civic_stems=tuple(shape.get("civic_stems", [])),
        civic_acronyms=tuple(shape.get("civic_acronyms", [])),
        end_nouns=tuple(shape.get("end_nouns", [])),
        since_end=tuple(shape.get("since_end", [])),
        start_nouns=tuple(shape.get("start_nouns", [])),
        end_certified=tuple(shape.get("end_certified", [])),
        last_words=tuple(shape.get("last_words", [])),
        day_units=tuple(shape.get("day_units", [])),
        time_units=tuple(shape.get("time_units", [])),
        remaining=tuple(shape.get("remaining", [])),
        dated_back=tuple(shape.get("dated_back", [])),
        just_done=tuple(shape.get("just_done", [])),
        studies_pending=compile_any(shape.get("studies_pending", [])),
        studies_left=compile_any(shape.get("studies_left", [])),
        decisions=_stems(shape.get("decisions", [])),
        awaited=_stems(shape.get("awaited", [])),
        studies_named=_stems(shape.get("studies_named", [])),
        final_steps=compile_any(shape.get("final_steps", [])),
        aim_search=tuple(search),
        aim_work=tuple(work),
        aim_foreign=compile_any([rf"\b{re.escape(w)}\w*" for w in foreign]),
        aim_blockers=tuple(aims.get("blockers", [])),
        aim_window=compile_any([rf"\b{re.escape(w)}\w*" for w in aim_words]),
        english={
            key: compile_any([_english_word(w) for w in words])
            for key, words in shape.get("english", {}).items()
        },
        unfinished={key: tuple(words) for key, words in shape.get("unfinished", {}).items()},
        **_now_words(shape.get("now", {})),
    )


def _stems(words: list[str]) -> re.Pattern[str] | None:
    """Stems or phrases read at the start of a word: «attend» for «attends», «attendus», «en attendant»."""
    return compile_any([rf"(?<!\w){re.escape(w)}\w*" for w in words])


def _now_words(now: dict[str, list[str]]) -> dict[str, re.Pattern[str] | None]:
    """The words of «now» as the patterns a CV line is read with: stems inside a line, a line of its own
    («(en cours)»), a range's end after a dash; an apostrophe matches either form."""
    stated = [rf"{_loose(w)}\w*" for w in now.get("stated", [])]
    until = [_loose(w) for w in now.get("until_today", [])]
    return {
        "now_stated": compile_any([rf"\b(?:{'|'.join(stated)})\b"]) if stated else None,
        "now_line": compile_any([rf"\W*\(?(?:{'|'.join(stated)})\)?\W*"]) if stated else None,
        "until_today": compile_any([rf"[-–—]\s*(?:{'|'.join(until)})\b"]) if until else None,
    }


def _loose(word: str) -> str:
    return re.escape(word).replace("'", ".")


def _english_word(word: str) -> str:
    """A word read whole; a contraction ("n't") read at the end of its word: "isn't", "hasn't". A part of a
    hyphenated compound is no word of its own: "not-for-profit" holds no negation, "after-school" no past."""
    contraction = word.startswith(("n't", "n’t"))
    return rf"{re.escape(word)}\b" if contraction else rf"(?<![\w-]){re.escape(word)}\b(?!-\w)"


def mentions_any(text: str, fragments: tuple[str, ...]) -> bool:
    """Substring test before costly patterns; an empty fragment list means «always test»."""
    if not fragments:
        return True
    # One search of a trie of the fragments (prefilter.holds_any): called for every unit and situation, the
    # scan per fragment was the reader's costliest line; the same answer.
    return holds_any(lower(text), fragments)


def is_adviser_address(addr: str | None, lexicon: Lexicon) -> bool:
    if not addr or "@" not in addr:
        return False
    domain = addr.rsplit("@", 1)[1].lower()
    return any(marker in domain for marker in lexicon.adviser_domains)


def is_mailer_address(addr: str | None, lexicon: Lexicon) -> bool:
    """A machine's sender (messages.toml [bounce] senders: «mailer-daemon@», «postmaster@»): the one reading
    of it, for a failure notice sent to us as for one a person forwards, carrying her mail that did not get
    through."""
    senders = lexicon.messages.get("bounce", {}).get("senders")
    return bool(addr) and senders is not None and senders.search(addr or "") is not None


# A run of word characters with its inner apostrophes and hyphens («l'oral», «demi-journée»): the words of a
# text a Meaning's words are looked for among.
WORD_RUN = re.compile(r"[\w'’-]+")
# The same run opening on a letter: «bac+2» is the word «bac» and a number, «2025» is no word (a label's or an
# answer's words are counted by it, a name's words read).
LETTER_RUN = re.compile(r"[^\W\d_][\w'’-]*")
# A word as the meanings hold an elided article or pronoun: apart from what follows, keeping its apostrophe
# («j'ai» is «j'» and «ai», «êtes-vous» is «êtes» and «vous»).
ELIDED_RUN = re.compile(r"\w+['’]?")


@dataclass(frozen=True)
class Meaning:
    lemmas: frozenset[str]
    stems: tuple[str, ...]
    phrases: tuple[str, ...]

    def holds(self, word: str) -> bool:
        """One word of this meaning: a lemma, or a word starting with a stem (lower case, straight quote)."""
        word = word.lower().replace("’", "'")
        return word in self.lemmas or (bool(self.stems) and word.startswith(self.stems))

    def may_hold_a_word_in(self, text: str) -> bool:
        """False only when no word of `text` holds this meaning, whatever splits it in words: a word holding
        it holds a lemma or a stem, and a word's lower case is a piece of the text's (str.lower maps each
        character alone but the Greek capital sigma, which no lemma or stem meets: then always true)."""
        pieces = self._pieces
        if pieces is None:
            return True
        return holds_any(folded(text), pieces)

    @cached_property
    def _pieces(self) -> tuple[str, ...] | None:
        """Its lemmas and stems (None when one holds a Greek sigma): derived once, the meaning is frozen."""
        pieces = (*self.lemmas, *self.stems)
        return None if any("σ" in p or "ς" in p for p in pieces) else pieces

    def phrased_in(self, text: str) -> bool:
        """One of its phrases inside `text`, starting a word: «a priori» is not in «ma priorité»."""
        return bool(self.phrases) and self._phrases_re.search(folded(text)) is not None

    @cached_property
    def _phrases_re(self) -> re.Pattern[str]:
        """Its phrases' pattern, kept on the (frozen) meaning: the lru_cache hashed the whole tuple a call."""
        return _phrases_re(self.phrases)

    def said_in(self, text: str) -> bool:
        """One of its phrases inside `text`, or one of its words among the words of `text` (in lower case)."""
        return self.phrased_in(text) or any(self.holds(w) for w in WORD_RUN.findall(text.lower()))


@lru_cache(maxsize=256)
def _phrases_re(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p.replace("’", "'")) for p in phrases) + ")")


def load_meanings(rules_dir: Path | None = None) -> dict[str, Meaning]:
    """The meanings of `rules_dir` (default: the rules in use, intake/resources.py), read once."""
    return _MEANINGS_IN_USE.load(rules_dir, _load_meanings)


_MEANINGS_IN_USE: resources.InUse[dict[str, Meaning]] = resources.InUse()


# The files of meanings: what a message is about, who it speaks of or to, in which sense a word is used, what
# comes with a situation. A name is defined once.
_MEANING_FILES = ("meanings.toml", "persons.toml", "senses.toml", "trappings.toml")


@lru_cache(maxsize=4)
def _load_meanings(rules_dir: Path) -> dict[str, Meaning]:
    data: dict[str, Any] = {}
    for name in _MEANING_FILES:
        tables = read_table(rules_dir, name)
        if twice := sorted(data.keys() & tables.keys()):
            raise ValueError(f"{name}: meanings defined in another file too: {', '.join(twice)}")
        data |= tables
    return {name: _meaning(data, table) for name, table in data.items()}


def _meaning(data: dict[str, Any], table: dict[str, Any]) -> Meaning:
    """One section's words, then the words of the sections it names in `with` (a meaning holding another:
    «avant ça» places a step of the path and places it before the last one told), so a word is listed once."""
    held = [table] + [data[name] for name in table.get("with", [])]
    return Meaning(
        frozenset(w.lower() for t in held for w in t.get("lemmas", [])),
        tuple(s.lower() for t in held for s in t.get("stems", [])),
        tuple(p.lower() for t in held for p in t.get("phrases", [])),
    )


def _written_words(meaning: str) -> re.Pattern[str]:
    """A meaning's words as a pattern of whole words in a text, either apostrophe, one ending in an apostrophe
    standing before its verb («j'ai»), read in the rules bundled (as the patterns written here before)."""
    words = word_alternation(sorted(load_meanings()[meaning].lemmas))
    return re.compile(rf"\b(?:{words})(?:\b|(?<=['’]))", re.IGNORECASE)


# The writer speaking of themselves in a text: «je», «j'ai», «me», «moi», «mon», "I", "I'm", "I've", "my"
# (persons.toml [writer_in_text]). Read by classify, own_forward and links; meanings.toml's [first_person]
# holds the same words as a parse's lemmas, with spellings only a word list can match («jsuis», "im"). The
# writer as the one who acts ([writer_acting]: «je», «j'ai», «moi», "I", "I've"), without the object and the
# possessives: careers reads by it whose years at a firm a clause tells («mon responsable a fait vingt ans
# dans la banque» are his, «j'ai … après huit ans dans un cabinet» the writer's).
FIRST_PERSON = _written_words("writer_in_text")
FIRST_PERSON_SPEAKING = _written_words("writer_acting")
# The one a text is said to: «vous», «ton», "your" (meanings.toml [second_person]); a sentence of another's
# mail holding one tells of its reader (understanding's _writers_own_words).
SECOND_PERSON = _written_words("second_person")
