"""Facts with their evidence, and the texts they come from."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

from intake import resources
from intake.understanding.dictation import written_marks
from intake.understanding.lexicon import read_table
from intake.understanding.sentence_ends import not_an_end, sentence_ends

T = TypeVar("T")

BODY = "body"
SUBJECT = "objet"  # the subject line, read as the writer's own words, line by line
# Bounds on what is read: an application is a page or two; megabytes of text are noise or an attack, and
# every rule is a regular expression whose cost grows with the text.
MAX_BODY_CHARS = 20_000
MAX_DOCUMENT_CHARS = 60_000
MAX_UNIT_CHARS = 1_000


@dataclass(frozen=True)
class Evidence:
    text: str  # the sentence or line the fact was read from
    where: str  # "body" or the attachment filename

    def as_dict(self) -> dict[str, str]:
        return {"text": self.text, "where": self.where}


@dataclass(frozen=True)
class Fact(Generic[T]):
    value: T
    evidence: Evidence


@dataclass(frozen=True)
class Source:
    """A text written by (or for) the applicant: the body, or one attachment's text."""

    where: str
    text: str
    is_document: bool = False
    # An earlier mail under the new text (quoted, forwarded, relayed): what the new text says updates it.
    older: bool = False

    def lines(self) -> list[str]:
        return [ln.strip()[:MAX_UNIT_CHARS] for ln in self.text.split("\n")]

    def sentences(self) -> list[str]:
        """Its sentences, wrapped lines joined once (by `split_sentences`)."""
        return [s[:MAX_UNIT_CHARS] for s in split_sentences(self.text)]


EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
# A word, as every reader splits a text into words: a French elided word apart with its apostrophe («l'école»
# is «l'» and «école», «qu'il» is «qu'» and «il»: the article and the conjunction are words of their own), a
# hyphenated word whole («peut-être», «est-ce», «ex-salariée»), an English word with its clitic ("brother's",
# "I'm", "don't"). Punctuation, a lone hyphen or a quote is no word.
WORD = re.compile(r"\b(?i:[cdjlmnst]|\w*qu)['’]|\w+(?:[-'’]\w+)*")


# A line cut by the mail's width, or ending on a word that needs the next («dans», «d'», "or", "the").
WRAP_WIDTH = 60
OPEN_END = re.compile(
    r"\b(?:dans|de|d['’]|du|des|en|au|aux|à|pour|avec|ou|et|un|une|le|la|les|in|of|a|an|the|for|or|and|to|"
    r"with|at)$",
    re.IGNORECASE,
)
# A line going on with the sentence above: it starts in lower case («de projet dans une coopérative»).
CONTINUES = re.compile(r"[a-zà-ÿ]|[dl]['’]")
# A line of its own however it starts: a form's field («secteur : une mutuelle»), a signature's contact
# («ines garnier 07 82 91 34 60»).
_OWN_LINE = re.compile(r"^[^.,;:!?]{1,30}\s:|(?:\d[\s.]?){8,}|@", re.IGNORECASE)


def continues_above(above: str, line: str, width: int = 0) -> bool:
    """`line` goes on with the sentence of `above`, a line cut by the width of the mail or the page («… je
    cherche un emploi de chargée» / «de projet dans une coopérative»): the one above ends with no final stop,
    is long or ends on a word that needs the next, and this one starts in lower case — or, when the one above
    reaches the text's `width` on a word («Côté diplôme : BTS» / «Communication, juillet 2025»), with a
    capital or a digit."""
    above = above.rstrip()
    cut = len(above) >= WRAP_WIDTH or OPEN_END.search(above) is not None
    if not cut or above.endswith((".", "!", "?", ":", ";")) or _OWN_LINE.search(line) is not None:
        return False
    # A form's or a CV's field («Recherche : premier emploi …, Bretagne») ends at its line, however long.
    at_width = width > 0 and len(above) >= max(WRAP_WIDTH, width - _WIDTH_SLACK) and above[-1:].isalnum()
    # An address or a number inside a line of prose cut at the width («ma fille (ines@example.org), dont le
    # master a été validé en septembre» / «2025 à Bordeaux») is no signature: a dozen words make a sentence.
    own = _OWN_LINE.search(above)
    at_width = at_width and (own is None or (own.start() > 0 and len(above.split()) >= _PROSE_WORDS))
    # A line ending on a word that needs the next («… un emploi dans une» / «ONG ou une association») goes on
    # whatever the next one starts with: no sentence ends on a preposition or an article.
    needs_next = OPEN_END.search(above) is not None and line[:1].isalnum()
    return CONTINUES.match(line) is not None or needs_next or (
        at_width and (line[:1].isalnum() or line.startswith("("))
    )


_PROSE_WORDS = 12
# How much shorter than the longest line a line cut at the width may be: the next word did not fit.
_WIDTH_SLACK = 20


def unwrapped(text: str) -> str:
    """A mail body whose lines were cut at a width («format=fixed», a client wrapping at 72 or 100
    characters), its sentences joined again: each line is a unit otherwise, and a sentence cut in two is read
    as two halves («je cherche un emploi de chargée» / «de projet dans l'ESS»)."""
    lines = text.split("\n")
    width = max(len(line.rstrip()) for line in lines)
    # A writer who starts no line with a capital («slt» / «g eu mon bts…» / «c possible pr moi ?») says
    # nothing by a line's lower-case start: a line goes on above only when that one ends on a word that needs
    # the next, or when the text is cut at a width (two lines or more reach it).
    at_width = sum(len(line.rstrip()) >= max(WRAP_WIDTH, width - _WIDTH_SLACK) for line in lines)
    uncased = _uncased(lines) and at_width < 2
    out = lines[:1]
    for above, line in itertools.pairwise(lines):
        needs_next = not uncased or OPEN_END.search(above.rstrip()) is not None
        if above.strip() and needs_next and continues_above(above, line.strip(), width):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


_UNCASED_LINES = 3  # lines starting with a letter, all in lower case, before a text is read as uncased


def _uncased(lines: list[str]) -> bool:
    """No line of the text starts with a capital, and enough of them start with a letter to tell."""
    starts = [s[:2] for line in lines if (s := line.lstrip(" \t>•-–·*")) and s[0].isalpha()]
    # English "I" is written in capitals by writers who type no other (and read so by surface.py).
    return len(starts) >= _UNCASED_LINES and not any(c[0].isupper() and c not in ("I ", "I'") for c in starts)


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`, its wrapped lines joined again first (`unwrapped`); a dictated text's spoken
    marks («point à la ligne», «point d'interrogation») end them as the written marks do (dictation.py); also
    ended where no stop before a capital shows it (sentence_ends.py: an emoji, a writer without capitals).
    A new list each call, of the sentences kept per text (see `_split_sentences`)."""
    return list(_split_sentences(text, resources.rules_dir()))


@lru_cache(maxsize=64)
def _split_sentences(text: str, rules_dir: Path) -> tuple[str, ...]:
    """Kept: a message's texts are split by several readers (about three times each); the sentences depend on
    the text and the rules in use alone (keyed on both), and a tuple cannot be changed by a caller."""
    joined = unwrapped(written_marks(text))
    pieces, cursor = [], 0
    for start, end in sentence_ends(joined):
        pieces.append(joined[cursor:start])
        cursor = end
    pieces.append(joined[cursor:])
    parts = [p for piece in pieces for p in _sentence_end(rules_dir).split(piece)]
    return tuple(s.strip(BULLETS) for s in parts if s.strip(BULLETS))


# What a list's line may open with (a word processor's or a profile's bullets, pasted): none of its words.
BULLETS = " \t•-–·*▪▫■□●○◦‣⁃►▸➢➤→✓✔"


@lru_cache(maxsize=4)
def _sentence_end(rules_dir: Path) -> re.Pattern[str]:
    """A full stop, «!» or «?» before a capital, or a line's end; an abbreviation's full stop is none."""
    return re.compile(rf"(?<=[.!?]){not_an_abbreviation(rules_dir)}\s+(?=[A-ZÀ-ÖØ-Þ«\"(])|\n")


@lru_cache(maxsize=8)
def not_an_abbreviation(rules_dir: Path, before_lowercase: bool = False) -> str:
    """Lookbehinds refusing the full stop of a title (persons.toml [title]) or of a word of sentences.toml
    [not_an_end]; with `before_lowercase`, also of a word that ends no sentence before a lower-case one
    («etc.»). A word with a full stop inside it («p. ex.») is refused after each of its parts too."""
    titles = [t for t in read_table(rules_dir, "persons.toml")["title"]["lemmas"] if t.endswith(".")]
    table = not_an_end(rules_dir)
    words = table["words"] + (table["before_lowercase"] if before_lowercase else [])
    # The parts of «p. ex.» as written only: a capital «P.» alone is an initial («Marie P. Je…»).
    parts = {" ".join(w.split()[:i]) for w in words for i in range(1, len(w.split()))}
    forms = {_capitalised(t) for t in titles} | {f for w in words for f in (w, _capitalised(w))} | parts
    escaped = (r"\s".join(re.escape(word) for word in f.split()) for f in sorted(forms) if f.endswith("."))
    return "".join(rf"(?<!\b{e})" for e in escaped)


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


@dataclass
class ApplicantFacts:
    first_name: Fact[str] | None = None
    last_name: Fact[str] | None = None
    email: Fact[str] | None = None
    phone: Fact[str] | None = None
    city: Fact[str] | None = None
    forwarded_by: str | None = None
    education: EducationFacts | None = None
    situation: SituationFacts | None = None


@dataclass(frozen=True)
class DiplomaMention:
    label: str
    level: int
    text: str  # the diploma as written on its line
    graduation: str | None  # YYYY-MM or YYYY
    obtained: bool
    in_progress: bool
    evidence: Evidence


@dataclass
class EducationFacts:
    highest: DiplomaMention | None
    mentions: list[DiplomaMention] = field(default_factory=list)
    studying: Evidence | None = None  # a phrase saying studies are going on now
    unclassified: list[Evidence] = field(default_factory=list)  # diploma-like lines the lexicon does not know
    # A graduation date told without naming the diploma («j'ai terminé mes études en juin 2026»).
    graduation_alone: Fact[str] | None = None
    # Studies said ongoing under a doubt or a condition («normalement diplômée en décembre», «si le jury
    # valide, je serai diplômée»): whether they are over is asked, not settled.
    studies_doubted: Evidence | None = None


@dataclass
class SituationFacts:
    current: str | None
    flags: dict[str, Evidence | None]  # internship/service_civique/career_change/employed/studying → evidence
    past: dict[str, Evidence]
    seeking: Evidence | None
    ess_interest: bool | None
    ess_evidence: Evidence | None
    ess_refused: Evidence | None
    any_sector: Evidence | None
    sectors: list[str]
    # Situations named in a way the structure cannot settle («je serai en stage jusqu'en mars»): to verify.
    uncertain: dict[str, Evidence] = field(default_factory=dict)
    # Why `ess_refused` is no ESS search when a reading rule says so («recherche tournée hors de l'ESS»).
    ess_refused_why: str = ""

    def ask_instead(self, name: str, evidence: Evidence) -> None:
        """A situation read as held now asked instead, by a later reader that finds it in doubt: its flag
        dropped, `evidence` kept as the question's (the first kept when it is asked already). The caller
        settles the current situation again (situation.settle_current)."""
        self.flags[name] = None
        self.uncertain.setdefault(name, evidence)
