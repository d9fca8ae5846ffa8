"""Facts with their evidence, and the texts they come from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Generic, TypeVar

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

    def lines(self) -> list[str]:
        return [ln.strip()[:MAX_UNIT_CHARS] for ln in self.text.split("\n")]

    def sentences(self) -> list[str]:
        return [s[:MAX_UNIT_CHARS] for s in split_sentences(self.text)]


EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
# A title's full stop («M. Lucas Bernard», "Mr. Tom Hale"), or a degree's ("B.A. Human Relations", "M.Sc.
# Ecology"), is not the end of a sentence.
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bM\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\bMme\.)"
    r"(?<!\bB\.A\.)(?<!\bM\.A\.)(?<!\bB\.Sc\.)(?<!\bM\.Sc\.)(?<!\bPh\.D\.)"
    r"\s+(?=[A-ZÀ-ÖØ-Þ«\"(])|\n"
)


def split_sentences(text: str) -> list[str]:
    return [s.strip(" \t•-–·*") for s in _SENTENCE_END.split(text) if s.strip(" \t•-–·*")]


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
