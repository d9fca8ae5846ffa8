"""A message → the stable JSON contract of ``propulse extract``; many files → a process pool.

python -m intake.extract --today 2026-11-26 FILE...   # one JSON object per line on stdout
"""

from __future__ import annotations

import argparse
import ctypes
import dataclasses
import functools
import json
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypedDict, Unpack

from intake.case_facts import CaseFacts, DocumentNote, Education, Person, Situation, to_json
from intake.classify import CHAIN, Classification, ThreadCheck, classify
from intake.documents import DocumentResult, DocumentWorker, ExtractionLimits, run_documents
from intake.documents.links import find_cv_links
from intake.documents.ocr import mail_decoration_reason
from intake.eligibility import Assessment, assess
from intake.errors import INTERNAL_ERROR, report_unexpected
from intake.parsing import ParsedMessage, UnparseableMessage, parse_message
from intake.understanding import ApplicantFacts, read_applicant
from intake.understanding.cv import reads_like_a_cv
from intake.understanding.facts import DiplomaMention, Evidence, Fact

_PR_SET_PDEATHSIG = 1  # prctl(2)
_UNDERSTOOD_KINDS = {"application", "reply"}


@dataclass
class Understanding:
    parsed: ParsedMessage
    classification: Classification
    facts: ApplicantFacts | None
    assessment: Assessment | None
    documents: list[DocumentResult] = field(default_factory=list)

    @functools.cached_property
    def case_facts(self) -> CaseFacts:
        """`read_case_facts` of this message, computed once; by the worker, for a message prepared in the
        pool (intake/prepare.py), so the process that commits only reads it."""
        return read_case_facts(self)


_worker: DocumentWorker | None = None


def _process_worker() -> DocumentWorker:
    """One document reader per process, started on first use."""
    global _worker
    if _worker is None:
        _worker = DocumentWorker()
    return _worker


class Reading(TypedDict, total=False):
    """How to read a message, beside its bytes and the day: the keywords `understand` and
    `extract_message` share. `limits`: attachment limits (defaults if absent); `is_our_thread`: whether a
    Message-ID is one of ours (a reply); `our_address`: the programme's address (its domain is ours)."""

    limits: ExtractionLimits | None
    is_our_thread: ThreadCheck | None
    our_address: str | None


def understand(
    raw: bytes, *, today: date, worker: DocumentWorker | None = None, **reading: Unpack[Reading]
) -> Understanding:
    """Parse, classify, read documents and facts, assess. Raises only UnparseableMessage."""
    our_address = reading.get("our_address")
    parsed = parse_message(raw)
    classification = classify(parsed, is_our_thread=reading.get("is_our_thread"), our_address=our_address)
    if classification.kind not in _UNDERSTOOD_KINDS:
        return Understanding(parsed, classification, None, None)
    limits = reading.get("limits") or ExtractionLimits()
    skipped: list[DocumentResult] = []
    items = []
    for a in parsed.attachments:
        # Logos and signatures are set aside here, before they cost a trip to the OCR.
        decoration = mail_decoration_reason(a.content_type, a.size, a.inline, a.payload[:16])
        if decoration is None:
            items.append((a.filename, a.content_type, a.payload))
        else:
            skipped.append(DocumentResult(filename=a.filename, kind="skipped", text=None, problem=decoration))
    documents = run_documents(items, limits, worker or _process_worker()) if items else []
    documents += skipped
    if not _bears_out(classification, documents, parsed):
        # «Ci-joint» with a brochure, an offer or minutes: not a CV; the other rules say what it is.
        chain = tuple(rule for rule in CHAIN if rule.name != classification.rule)
        classification = classify(
            parsed, is_our_thread=reading.get("is_our_thread"), our_address=our_address, chain=chain
        )
        return Understanding(parsed, classification, None, None, documents)
    facts = read_applicant(
        parsed, documents, today=today, forwarded_by=classification.forwarded_by, our_address=our_address
    )
    assessment = assess(facts, today=today) if classification.kind == "application" else None
    return Understanding(parsed, classification, facts, assessment, documents)


def _bears_out(
    classification: Classification, documents: list[DocumentResult], parsed: ParsedMessage
) -> bool:
    """An application resting on one document alone holds when that document reads as a CV (or cannot be
    read: a scan, a damaged file — the coordinator then sees it)."""
    if classification.document is None:
        return True
    texts = [d.text for d in documents if d.filename == classification.document]
    display, address = parsed.from_name or "", parsed.from_addr or ""
    return not texts or not all(texts) or any(reads_like_a_cv(t or "", display, address) for t in texts)


def _graduation_read(best: DiplomaMention | None, alone: Fact[str] | None) -> str | None:
    """The graduation date given: the highest diploma's, unless it is below bac+2 and a diploma of open level
    is dated beside it («2026 : Bachelor, école privée / 2023 : bac»: 2026, not the bac's year)."""
    if best is not None and (best.level >= 2 or alone is None):
        return best.graduation
    return alone.value if alone else None


def _value(fact: Fact[Any] | None) -> Any:
    return fact.value if fact is not None else None


def read_case_facts(u: Understanding) -> CaseFacts:
    """The typed facts of one understood message: what the case records and the contract shows."""
    c = u.classification
    documents = tuple(_document_note(d) for d in u.documents)
    situation = Situation(
        forwarded_by=c.forwarded_by,
        bounced_address=c.bounced_address,
        kind_reason=c.reason,
        documents=documents,
    )
    f = u.facts
    if f is None:
        return CaseFacts(situation=situation)
    best = f.education.highest if f.education else None
    alone = f.education.graduation_alone if f.education else None
    education = Education(
        bac_plus=best.level if best else None,
        diploma=best.text or best.label if best else None,
        graduation=_graduation_read(best, alone),
        in_progress=bool(best and not best.obtained),
    )
    s = f.situation
    situation = dataclasses.replace(
        situation,
        current=s.current if s else None,
        ess_interest=s.ess_interest if s else None,
        sectors=tuple(s.sectors) if s else (),
        evidence=_evidence_of(f, best.evidence if best else None),
        # Links to a CV kept online: recorded for the coordinator, never fetched (intake/documents/links.py).
        cv_links=tuple(find_cv_links(u.parsed.text)),
    )
    person = Person(**{key: _value(getattr(f, key)) for key in _PERSON_FIELDS})
    return CaseFacts(applicant=person, education=education, situation=situation, eligibility=u.assessment)


_PERSON_FIELDS = ("first_name", "last_name", "email", "phone", "city")


def _evidence_of(f: ApplicantFacts, education: Evidence | None) -> dict[str, Evidence]:
    """Where each fact was read, in the contract's order: the person, the diploma, the situation, the ESS."""
    evidence: dict[str, Evidence] = {}
    for key in _PERSON_FIELDS:
        fact = getattr(f, key)
        if fact is not None:
            evidence[key] = fact.evidence
    if education is not None:
        evidence["education"] = education
    s = f.situation
    if s is not None:
        evidence.update({name: ev for name, ev in s.flags.items() if ev is not None})
        if s.ess_evidence is not None:
            evidence["ess"] = s.ess_evidence
    return evidence


def _document_note(d: DocumentResult) -> DocumentNote:
    confidence = round(d.ocr_confidence) if d.ocr_confidence is not None else None
    return DocumentNote(filename=d.filename, kind=d.kind, problem=d.problem, ocr_confidence=confidence)


def to_contract(u: Understanding, file: str | None = None) -> dict[str, Any]:
    """The JSON contract of `propulse extract`, built at the edge from the typed facts."""
    head = {"file": file, "message_id": u.parsed.message_id, "kind": u.classification.kind}
    return head | to_json(read_case_facts(u))


def extract_message(
    raw: bytes, *, today: date, file: str | None = None, **reading: Unpack[Reading]
) -> dict[str, Any]:
    """The JSON contract for one message. An unreadable message gives kind "other" and an "error"."""
    try:
        return to_contract(understand(raw, today=today, **reading), file)
    except UnparseableMessage as exc:
        return error_result(file, str(exc))


def error_result(file: str | None, reason: str) -> dict[str, Any]:
    return {
        "file": file,
        "message_id": None,
        "kind": "other",
        "applicant": None,
        "education": None,
        "situation": None,
        "eligibility": None,
        "error": reason,
    }


def _extract_path(args: tuple[str, date, ExtractionLimits | None, str | None]) -> dict[str, Any]:
    path, today, limits, our_address = args
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return error_result(path, f"fichier illisible : {exc.strerror or type(exc).__name__}")
    try:
        limits = limits.restarted() if limits is not None else None
        return extract_message(raw, today=today, file=path, limits=limits, our_address=our_address)
    except Exception as exc:  # the one boundary per file: a bug on one message must not stop the batch
        report_unexpected(exc)
        return error_result(path, f"{INTERNAL_ERROR} pendant l'analyse ({type(exc).__name__})")


def warm_up() -> None:
    """Load the language models and start the document reader now, so the first applicant does not wait."""
    from intake.understanding.nlp import load_nlp, load_tagger
    from intake.understanding.surface import load_words

    load_nlp()
    load_tagger()
    load_words()
    _process_worker()


def _init_pool_worker() -> None:
    _end_with_parent()
    # Load the models before the first message so per-message time excludes them: the NER (names) and the
    # one tagging/parsing pipeline shared by the applicant signals and the criteria's clauses.
    from intake.understanding.nlp import load_nlp, load_tagger
    from intake.understanding.surface import load_words

    load_nlp()
    load_tagger()
    load_words()


def _end_with_parent() -> None:
    """A worker whose parent is killed (a `poll` stopped with SIGKILL) must not live on holding the model:
    Linux sends it SIGTERM when the parent dies (PR_SET_PDEATHSIG)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux: the pool ends with its parent's normal exit only
        return


def start_pool(workers: int = 2) -> ProcessPoolExecutor:
    """A pool whose processes load spaCy once each; reuse it across batches to pay the load once."""
    return ProcessPoolExecutor(max_workers=workers, initializer=_init_pool_worker)


def extract_files(
    paths: Sequence[str],
    *,
    today: date,
    workers: int = 2,
    limits: ExtractionLimits | None = None,
    pool: ProcessPoolExecutor | None = None,
    our_address: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Results in input order; ``workers <= 1`` (and no pool) runs in this process.
    `our_address`: the programme's address, whose domain marks our Message-IDs (default: the built-in one)."""
    jobs = [(p, today, limits, our_address) for p in paths]
    if pool is not None:
        yield from pool.map(_extract_path, jobs, chunksize=4)
        return
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield _extract_path(job)
        return
    with start_pool(workers) as own_pool:
        yield from own_pool.map(_extract_path, jobs, chunksize=4)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m intake.extract", description=__doc__)
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("files", nargs="+")
    args = parser.parse_args(argv)
    for result in extract_files(args.files, today=args.today, workers=args.workers):
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
