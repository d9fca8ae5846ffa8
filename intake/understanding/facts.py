"""Facts with their evidence, and the texts they come from."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

from intake import resources

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

    def sentences(self, unwrap: bool = False) -> list[str]:
        """The text's sentences; with `unwrap`, a sentence a mail client wrapped across lines is one."""
        text = unwrapped(self.text) if unwrap else self.text
        return [s[:MAX_UNIT_CHARS] for s in split_sentences(text)]


EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)


# A mail client's hard wrap inside a sentence: a line filled to the text's width (the next word would not
# fit) with no end mark, the sentence going on on the next line with a lower-case word, a number or a bracket
# («…j'y ai obtenu mon master en / septembre 2025.»), or with a capital when that line is as long. Read as one
# sentence, a date stays beside the diploma it dates and a search beside its sector. A list's item («- …»,
# «2023 — Bac»), a form's field («Projet : …»), a line holding a phone number and a short last line (a
# signature, «merci») start lines of their own; so does every line of a text that ends no sentence with a full
# stop (a text message's lines are its sentences).
_WRAP_CONTINUES = re.compile(r"[a-zà-ÿ0-9(]")
_PHONE = re.compile(r"(?:\d[\s.-]?){8}")
_OWN_LINE = re.compile(rf"[^:\n]{{1,30}}\s:\s|.*{_PHONE.pattern}|(?:19|20)\d\d\b.{{0,15}}?\s[-–—:|]\s")
_SIGNED = re.compile(rf"{_PHONE.pattern}$")  # «… Léna 06 38 26 90 14»: a line ending with a signature
_FULL_STOP = re.compile(r"[^\W_)]\.(?:\s|$)")
_WRAPPED_LINE = 50
_SHORT_LAST_LINE = 30
_FILLED = 0.9


def unwrapped(text: str) -> str:
    """`text` with the lines a mail client wrapped inside a sentence joined again."""
    lines = text.split("\n")
    if _FULL_STOP.search(text) is None:
        return text  # «jcherche un taf / je fé des missions»: a line for each sentence
    width = max(len(line.rstrip()) for line in lines)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    out = lines[:1]
    for index, line in enumerate(lines[1:], start=1):
        last, next_line = out[-1].rstrip(), line.strip()
        if _goes_on(lines[index - 1].rstrip(), next_line, width) and not (
            index == filled[-1] and len(next_line) < _SHORT_LAST_LINE and next_line[-1] not in ".!?"
        ):
            out[-1] = f"{last} {next_line}"
        else:
            out.append(line)
    return "\n".join(out)


def _goes_on(line: str, next_line: str, width: int) -> bool:
    """`next_line` goes on with the sentence `line` wrapped: see `unwrapped`."""
    first_word = next_line.split(" ", 1)[0]
    # Wrapped by hand or by a client counting otherwise, a line may stop a little short of the width.
    full = len(line) >= _WRAPPED_LINE and len(line) + 1 + len(first_word) > width * _FILLED
    own_line = _OWN_LINE.match(next_line) is not None or _SIGNED.search(line) is not None
    if not full or line[-1] in ".!?:;" or own_line:
        return False
    capital = next_line[:1].isalpha() and len(next_line) >= _WRAPPED_LINE and line[:1].isalpha()
    return _WRAP_CONTINUES.match(next_line) is not None or capital


def split_sentences(text: str) -> list[str]:
    parts = _sentence_end(resources.rules_dir()).split(text)
    return [s.strip(" \t•-–·*") for s in parts if s.strip(" \t•-–·*")]


@lru_cache(maxsize=4)
def _sentence_end(rules_dir: Path) -> re.Pattern[str]:
    """A full stop, «!» or «?» before a capital, or a line's end; an abbreviation's full stop is none."""
    return re.compile(rf"(?<=[.!?]){not_an_abbreviation(rules_dir)}\s+(?=[A-ZÀ-ÖØ-Þ«\"(])|\n")


@lru_cache(maxsize=8)
def not_an_abbreviation(rules_dir: Path, before_lowercase: bool = False) -> str:
    """Lookbehinds refusing the full stop of a title (persons.toml [title]) or of a word of sentences.toml
    [not_an_end]; with `before_lowercase`, also of a word that ends no sentence before a lower-case one
    («etc.»). A word with a full stop inside it («p. ex.») is refused after each of its parts too."""
    lexicon = rules_dir / "lexicon"
    with (lexicon / "persons.toml").open("rb") as fh:
        titles = [t for t in tomllib.load(fh)["title"]["lemmas"] if t.endswith(".")]
    with (lexicon / "sentences.toml").open("rb") as fh:
        table = tomllib.load(fh)["not_an_end"]
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
