"""What is known of a case, typed: the internal model behind `Application.facts` and `propulse extract`.

Built from an understanding where the contract used to be (`intake.extract.read_case_facts`), stored as JSON
through one serializer (`to_json` / `from_json`), and turned into the stable CLI contract only at the edge
(`intake.extract.to_contract`). The stored JSON has the very shape the contract gives these four keys, so
facts stored by any version read back: a key an older version did not write takes its default, a key this
version does not know is ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from intake.documents.links import CvLink
from intake.eligibility import Assessment, CriterionResult
from intake.understanding.facts import Evidence


@dataclass(frozen=True)
class Person:
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    city: str | None = None


@dataclass(frozen=True)
class Education:
    """The highest diploma read, if any."""

    bac_plus: int | None = None
    diploma: str | None = None
    graduation: str | None = None  # "YYYY-MM" or "YYYY"
    in_progress: bool = False


@dataclass(frozen=True)
class DocumentNote:
    """One attachment as the case remembers it: whether it was read, and why not."""

    filename: str
    kind: str
    problem: str | None = None
    ocr_confidence: int | None = None  # set when its text was read by OCR (0-100)


@dataclass(frozen=True)
class Situation:
    current: str | None = None
    ess_interest: bool | None = None
    sectors: tuple[str, ...] = ()
    forwarded_by: str | None = None
    bounced_address: str | None = None
    kind_reason: str | None = None
    # Where each fact was read ("first_name", "education", a situation flag, "ess"), in reading order.
    evidence: Mapping[str, Evidence] = field(default_factory=dict)
    documents: tuple[DocumentNote, ...] = ()
    # Links to a CV kept online (never fetched); None when the message was not read for an applicant's facts.
    cv_links: tuple[CvLink, ...] | None = None


@dataclass(frozen=True)
class CaseFacts:
    applicant: Person | None = None
    education: Education | None = None
    situation: Situation | None = None
    eligibility: Assessment | None = None

    def cv_only_as_link(self) -> bool:
        """A CV link and no attachment that could be read: the reply then asks for the file itself."""
        s = self.situation
        return s is not None and bool(s.cv_links) and not any(d.problem is None for d in s.documents)


# ---- the one serializer -------------------------------------------------------------------------------


def to_json(facts: CaseFacts) -> dict[str, Any]:
    """The contract's applicant, education, situation and eligibility, ready for a JSON column."""
    return {
        "applicant": _fields(facts.applicant),
        "education": _fields(facts.education),
        "situation": _situation_json(facts.situation),
        "eligibility": _eligibility_json(facts.eligibility),
    }


def from_json(data: Mapping[str, Any] | None) -> CaseFacts:
    """Facts as stored by this version or an older one (`{}` after an erasure gives empty facts)."""
    data = data or {}
    return CaseFacts(
        applicant=_build(Person, data.get("applicant")),
        education=_build(Education, data.get("education")),
        situation=_situation_from(data.get("situation")),
        eligibility=_eligibility_from(data.get("eligibility")),
    )


def criteria_json(assessment: Assessment) -> list[dict[str, Any]]:
    """Each criterion as the contract and the `assessments` table give it."""
    return [
        {
            "id": r.id,
            "label": r.label,
            "status": r.status,
            "reason": r.reason,
            "evidence": r.evidence.as_dict() if r.evidence is not None else None,
        }
        for r in assessment.criteria
    ]


def _fields(value: Person | Education | None) -> dict[str, Any] | None:
    return None if value is None else asdict(value)


def _build(cls: type[Person] | type[Education], data: Any) -> Any:
    if not isinstance(data, Mapping):
        return None
    known = cls.__dataclass_fields__
    return cls(**{k: v for k, v in data.items() if k in known})


def _situation_json(s: Situation | None) -> dict[str, Any] | None:
    if s is None:
        return None
    out: dict[str, Any] = {
        "current": s.current,
        "ess_interest": s.ess_interest,
        "sectors": list(s.sectors),
        "forwarded_by": s.forwarded_by,
        "bounced_address": s.bounced_address,
        "kind_reason": s.kind_reason,
        "evidence": {name: ev.as_dict() for name, ev in s.evidence.items()},
        "documents": [_document_json(d) for d in s.documents],
    }
    if s.cv_links is not None:
        out["cv_links"] = [link.as_dict() for link in s.cv_links]
    return out


def _document_json(d: DocumentNote) -> dict[str, Any]:
    entry: dict[str, Any] = {"filename": d.filename, "kind": d.kind, "problem": d.problem}
    if d.ocr_confidence is not None:
        entry["ocr_confidence"] = d.ocr_confidence
    return entry


def _situation_from(data: Any) -> Situation | None:
    if not isinstance(data, Mapping):
        return None
    links = data.get("cv_links")
    return Situation(
        current=data.get("current"),
        ess_interest=data.get("ess_interest"),
        sectors=tuple(data.get("sectors") or ()),
        forwarded_by=data.get("forwarded_by"),
        bounced_address=data.get("bounced_address"),
        kind_reason=data.get("kind_reason"),
        evidence={k: _evidence_from(v) for k, v in _mapping(data.get("evidence")).items() if _mapping(v)},
        documents=tuple(
            DocumentNote(
                filename=str(d.get("filename") or ""),
                kind=str(d.get("kind") or ""),
                problem=d.get("problem"),
                ocr_confidence=d.get("ocr_confidence"),
            )
            for d in data.get("documents") or ()
            if isinstance(d, Mapping)
        ),
        cv_links=None if links is None else tuple(CvLink(str(x["service"]), str(x["url"])) for x in links),
    )


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _evidence_from(data: Mapping[str, Any]) -> Evidence:
    return Evidence(text=str(data.get("text") or ""), where=str(data.get("where") or ""))


def _eligibility_json(a: Assessment | None) -> dict[str, Any] | None:
    return None if a is None else {"verdict": a.verdict, "criteria": criteria_json(a)}


def _eligibility_from(data: Any) -> Assessment | None:
    if not isinstance(data, Mapping) or not data.get("verdict"):
        return None
    return Assessment(
        verdict=str(data["verdict"]),
        criteria=tuple(
            CriterionResult(
                id=str(c.get("id") or ""),
                label=str(c.get("label") or ""),
                status=str(c.get("status") or "unknown"),
                reason=str(c.get("reason") or ""),
                evidence=_evidence_from(c["evidence"]) if _mapping(c.get("evidence")) else None,
            )
            for c in data.get("criteria") or ()
            if isinstance(c, Mapping)
        ),
    )
