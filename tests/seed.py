"""Seed a store directly with cases as the pipeline leaves them: applicant, application with facts,
assessment, the applicant's message and a pending draft. Tests of the approval queue start from here.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from intake.clock import utcnow
from intake.eligibility import verdict_of
from intake.store.db import Store, put_blob
from intake.store.models import Applicant, Application, Assessment, Message, OutgoingMessage

HOSTILE_NAME = "{{ config }} <script>alert(1)</script>"
PROGRAMME_ADDRESS = "propulse@animafac.net"

_counter = itertools.count(1)

CRITERIA: list[dict[str, Any]] = [
    {
        "id": "degree_level",
        "label": "Diplôme obtenu de niveau bac+2 au moins",
        "status": "met",
        "reason": "Master (bac+5) obtenu, au moins bac+2.",
        "evidence": {"text": "J'ai obtenu mon master en économie sociale en juin 2025.", "where": "body"},
    },
    {
        "id": "graduation_recent",
        "label": "Diplômé·e depuis 24 mois au plus",
        "status": "met",
        "reason": "Diplômé·e en juin 2025, il y a 5 mois (≤ 24).",
        "evidence": {"text": "J'ai obtenu mon master en économie sociale en juin 2025.", "where": "body"},
    },
    {
        "id": "studies_finished",
        "label": "Études terminées",
        "status": "met",
        "reason": "Rien n'indique : études en cours.",
        "evidence": None,
    },
    {
        "id": "not_internship",
        "label": "Pas en stage actuellement",
        "status": "met",
        "reason": "Rien n'indique : stage en cours.",
        "evidence": None,
    },
    {
        "id": "not_service_civique",
        "label": "Pas en service civique actuellement",
        "status": "met",
        "reason": "Rien n'indique : service civique en cours.",
        "evidence": None,
    },
    {
        "id": "not_career_change",
        "label": "Premier emploi, pas une reconversion professionnelle",
        "status": "met",
        "reason": "Rien n'indique : reconversion professionnelle.",
        "evidence": None,
    },
    {
        "id": "job_seeking_ess",
        "label": "Recherche un emploi dans l'économie sociale et solidaire",
        "status": "unknown",
        "reason": "Aucune mention d'une recherche d'emploi dans l'ESS.",
        "evidence": None,
    },
]


@dataclass(frozen=True)
class SeededCase:
    applicant_id: int
    application_id: int
    message_id: int
    draft_id: int
    email: str
    case_token: str


def seed_case(
    store: Store,
    *,
    first_name: str = "Léa",
    last_name: str = "Martin",
    email: str | None = None,
    subject: str = "Votre candidature à Pro'pulse",
    text_body: str | None = None,
    criteria: list[dict[str, Any]] | None = None,
    age_minutes: int = 60,
) -> SeededCase:
    n = next(_counter)
    email = email or f"candidate{n}@example.org"
    criteria = [dict(c) for c in (criteria or CRITERIA)]
    verdict = verdict_of(c["status"] for c in criteria)
    with store.session() as s:
        applicant = Applicant(
            email=email,
            email_normalised=email.lower(),
            first_name=first_name,
            last_name=last_name,
            city="Lyon",
        )
        s.add(applicant)
        s.flush()
        application = Application(
            applicant_id=applicant.id,
            case_token=f"tmp-{n}",
            status="assessed",
            facts=_facts(first_name, last_name, email, verdict, criteria),
        )
        s.add(application)
        s.flush()
        application.case_token = f"PP-{application.id:06d}"
        s.add(Assessment(application_id=application.id, verdict=verdict, criteria={"criteria": criteria}))
        message = _incoming(s, n, email, f"{first_name} {last_name}", application.id)
        draft = add_draft(
            s,
            application_id=application.id,
            to_addr=email,
            subject=f"{subject} [{application.case_token}]",
            text_body=text_body
            or f"Bonjour {first_name},\n\nMerci pour votre candidature.\n\nL'équipe Pro'pulse\n",
            reply_to=message,
            created_minutes_ago=age_minutes,
        )
        return SeededCase(applicant.id, application.id, message.id, draft.id, email, application.case_token)


def add_draft(
    s: Session,
    *,
    application_id: int | None,
    to_addr: str,
    subject: str,
    text_body: str,
    reply_to: Message | None = None,
    created_minutes_ago: int = 0,
) -> OutgoingMessage:
    n = next(_counter)
    draft = OutgoingMessage(
        application_id=application_id,
        template="acknowledgement",
        status="draft",
        to_addr=to_addr,
        subject=subject,
        text_body=text_body,
        html_body="<p>" + text_body.replace("\n", "<br>") + "</p>",
        message_id=f"<draft-{n}@propulse.test>",
        in_reply_to=reply_to.message_id if reply_to else None,
        references=reply_to.message_id if reply_to else None,
        created_at=utcnow() - timedelta(minutes=created_minutes_ago),
    )
    s.add(draft)
    s.flush()
    return draft


def _incoming(s: Session, n: int, email: str, name: str, application_id: int) -> Message:
    raw = (
        f"From: {email}\r\nTo: {PROGRAMME_ADDRESS}\r\nSubject: Candidature\r\n"
        f"Message-ID: <in-{n}@example.org>\r\n\r\nBonjour, je candidate.\r\n"
    ).encode()
    digest = put_blob(s, raw)
    message = Message(
        dedupe_key=f"mid:<in-{n}@example.org>",
        raw_sha256=digest,
        source="test",
        status="processed",
        kind="application",
        message_id=f"<in-{n}@example.org>",
        from_addr=email,
        from_name=name,
        subject="Candidature",
        application_id=application_id,
    )
    s.add(message)
    s.flush()
    return message


def _facts(first: str, last: str, email: str, verdict: str, criteria: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "applicant": {"first_name": first, "last_name": last, "email": email, "phone": None, "city": "Lyon"},
        "education": {
            "bac_plus": 5,
            "diploma": "Master économie sociale et solidaire",
            "graduation": "juin 2025",
            "in_progress": False,
        },
        "situation": {
            "current": "seeking",
            "ess_interest": None,
            "sectors": [],
            "forwarded_by": None,
            "evidence": {},
            "documents": [{"filename": "CV Léa Martin.pdf", "kind": "pdf", "problem": None}],
        },
        "eligibility": {"verdict": verdict, "criteria": criteria},
    }
