"""A records store whose report figures are known in advance, for reports, privacy and web tests.

30 applications (18 eligible, 8 to verify, 4 not eligible), 20 interviews, two cohorts:
- « Printemps 2025 » (12 places, 3 March → 29 August 2025): 8 participants, 1 left, 6 placed at
  40, 50, 55, 65, 70, 100 days (mean 63.3, median 60), 4 of 6 matching; attendance 12 / 16.
- « Automne 2025 » (6 places, full, 1 September 2025 → 27 February 2026): 6 participants and 2 waitlisted,
  4 placed at 70, 75, 85, 90 days (mean 80, median 80), 3 of 4 matching; attendance 6 / 12.
Overall: 14 admissions, 10 placements at mean 70 and median 70 days, 70 % matching, attendance 18 / 28.
Each applicant has a raw message and a CV (both blobs) that contain their name and address.
"""

from __future__ import annotations

import threading
import time as time_module
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import uvicorn
from playwright.sync_api import Page
from sqlalchemy.orm import Session

from intake.config import Settings, StoreSettings, WebSettings
from intake.store.db import Store, put_blob
from intake.store.models import (
    Applicant,
    Application,
    Assessment,
    Attachment,
    Attendance,
    CoachingSession,
    Cohort,
    FollowUpNote,
    Interview,
    Message,
    OutgoingMessage,
    Participant,
    Placement,
)

FIRST_NAMES = ("Léa", "Inès", "Chloé", "Noé", "Anaïs", "Hélène", "Joël", "Maëlle", "Zoé", "Raphaël")
LAST_NAMES = (
    "Abadie",
    "Bérard",
    "Castaing",
    "Duplessis",
    "Étienne",
    "Faure",
    "Garnier",
    "Hébert",
    "Isnard",
    "Jolivet",
    "Kessler",
    "Lemaître",
    "Marchetti",
    "Noël",
    "Olivier",
    "Pégurier",
    "Quéré",
    "Rivière",
    "Sabatier",
    "Thébaud",
    "Urvoy",
    "Vasseur",
    "Wagner",
    "Xhaard",
    "Yvinec",
    "Zéller",
    "Aubrée",
    "Bouvière",
    "Clément",
    "Daudé",
)
SPRING = "Printemps 2025"
AUTUMN = "Automne 2025"
SPRING_START, SPRING_END = date(2025, 3, 3), date(2025, 8, 29)
AUTUMN_START, AUTUMN_END = date(2025, 9, 1), date(2026, 2, 27)
# Application index → days from programme entry to the job.
PLACED_DAYS = {0: 40, 1: 50, 2: 55, 3: 65, 4: 70, 5: 100, 8: 70, 9: 75, 10: 85, 11: 90}
NOT_MATCHING = {4: "matches_values", 5: "matches_skills", 11: "matches_wishes"}
CONTRACTS = {
    0: "CDI",
    1: "CDI",
    2: "CDD",
    3: "CDI",
    4: "other",
    5: "CDD",
    8: "CDI",
    9: "CDI",
    10: "CDD",
    11: "CDI",
}
NOT_ESS = {4, 10}
# Applicants 26 to 29 wrote again in November 2025: recent enough to be kept by the retention policy.
RECENT_CONTACT = datetime(2025, 11, 15, 10, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Person:
    index: int
    email: str
    first_name: str
    last_name: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def person(index: int) -> Person:
    first = FIRST_NAMES[index % len(FIRST_NAMES)]
    last = LAST_NAMES[index]
    local = f"{first}.{last}".lower().translate(str.maketrans("éèëêïîàâçôöüùû", "eeeeiiaacoouuu"))
    return Person(index, f"{local}{index}@exemple.fr", first, last)


def created_of(index: int) -> datetime:
    return datetime(2025, 1, 6, 9, 0, tzinfo=UTC) + timedelta(days=index)


def verdict_of(index: int) -> str:
    return "eligible" if index < 18 else "to_verify" if index < 26 else "not_eligible"


def raw_message(who: Person, created: datetime) -> bytes:
    return (
        f"From: {who.full_name} <{who.email}>\r\n"
        f"To: propulse@animafac.net\r\n"
        f"Subject: Candidature Pro'pulse\r\n"
        f"Message-ID: <seed-{who.index}@exemple.fr>\r\n"
        f"Date: {created:%a, %d %b %Y %H:%M:%S +0000}\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"Bonjour, je m'appelle {who.full_name}, diplômée d'un master en 2024. Mon adresse : {who.email}.\r\n"
    ).encode()


def cv_bytes(who: Person) -> bytes:
    return f"%PDF-1.4 CV de {who.full_name} — {who.email} — 12 rue des Lilas, Lyon".encode()


def seed_known_store(store: Store) -> None:
    with store.session() as session:
        spring = Cohort(name=SPRING, start_date=SPRING_START, end_date=SPRING_END, capacity=12)
        autumn = Cohort(name=AUTUMN, start_date=AUTUMN_START, end_date=AUTUMN_END, capacity=6)
        session.add_all([spring, autumn])
        session.flush()
        participants: dict[int, Participant] = {}
        for i in range(30):
            who = person(i)
            created = created_of(i)
            applicant = Applicant(
                email=who.email,
                email_normalised=who.email,
                first_name=who.first_name,
                last_name=who.last_name,
                phone=f"06 12 34 56 {i:02d}",
                city="Lyon",
                created_at=created,
                last_contact_at=RECENT_CONTACT if i >= 26 else created + timedelta(days=10),
            )
            session.add(applicant)
            session.flush()
            application = Application(
                applicant_id=applicant.id,
                case_token=f"PP-{i + 1}",
                status=_status_of(i),
                created_at=created,
                facts={
                    "applicant": {
                        "first_name": who.first_name,
                        "last_name": who.last_name,
                        "email": who.email,
                    }
                },
            )
            session.add(application)
            session.flush()
            raw = raw_message(who, created)
            message = Message(
                dedupe_key=f"<seed-{who.index}@exemple.fr>",
                raw_sha256=put_blob(session, raw),
                source="seed",
                status="processed",
                kind="application",
                message_id=f"<seed-{who.index}@exemple.fr>",
                from_addr=who.email,
                from_name=who.full_name,
                subject="Candidature Pro'pulse",
                sent_at=created,
                received_at=created,
                processed_at=created,
                application_id=application.id,
            )
            session.add(message)
            session.flush()
            cv = cv_bytes(who)
            session.add(
                Attachment(
                    message_pk=message.id,
                    filename=f"CV {who.full_name}.pdf",
                    content_type="application/pdf",
                    size=len(cv),
                    sha256=put_blob(session, cv),
                    text=f"CV de {who.full_name}",
                )
            )
            session.add(
                Assessment(
                    application_id=application.id,
                    verdict=verdict_of(i),
                    created_at=created,
                    criteria={
                        "criteria": [
                            {
                                "id": "degree_level",
                                "status": "met",
                                "evidence": {"text": f"{who.full_name}, master"},
                            }
                        ]
                    },
                )
            )
            session.add(
                OutgoingMessage(
                    application_id=application.id,
                    template="acknowledgement",
                    status="sent",
                    to_addr=who.email,
                    subject="Re: Candidature Pro'pulse [PP]",
                    text_body=f"Bonjour {who.first_name},\n",
                    html_body=f"<p>Bonjour {who.first_name},</p>",
                    message_id=f"<ack-{i}@animafac.net>",
                    created_at=created,
                    sent_at=created,
                )
            )
            if i < 5:  # five replies, so messages are counted by kind
                reply = f"From: {who.email}\r\nSubject: Re: PP\r\n\r\nMerci, {who.full_name}\r\n".encode()
                session.add(
                    Message(
                        dedupe_key=f"<reply-{i}@exemple.fr>",
                        raw_sha256=put_blob(session, reply),
                        source="seed",
                        status="processed",
                        kind="reply",
                        from_addr=who.email,
                        from_name=who.full_name,
                        received_at=created + timedelta(days=2),
                        application_id=application.id,
                    )
                )
            if i < 20:
                session.add(
                    Interview(
                        application_id=application.id,
                        status="done",
                        outcome="favourable",
                        notes=f"Entretien avec {who.full_name}",
                        created_at=created,
                    )
                )
            if i < 16:
                participants[i] = _participant(session, i, applicant, application, spring, autumn)
        for k in range(2):  # two unattached messages from strangers
            other = f"From: lettre@asso.example\r\nSubject: Lettre {k}\r\n\r\nNouvelles\r\n".encode()
            session.add(
                Message(
                    dedupe_key=f"<other-{k}@asso.example>",
                    raw_sha256=put_blob(session, other),
                    source="seed",
                    status="processed",
                    kind="newsletter",
                    from_addr="lettre@asso.example",
                    received_at=datetime(2025, 2, 1, tzinfo=UTC),
                )
            )
        session.flush()
        for i, days in PLACED_DAYS.items():
            p = participants[i]
            assert p.entered_on is not None
            p.status = "placed"
            session.add(
                Placement(
                    participant_id=p.id,
                    placed_on=p.entered_on + timedelta(days=days),
                    employer=f"Coopérative {i}",
                    job_title="Chargé·e de projet",
                    contract_type=CONTRACTS[i],
                    employer_is_ess=i not in NOT_ESS,
                    matches_values=NOT_MATCHING.get(i) != "matches_values",
                    matches_wishes=NOT_MATCHING.get(i) != "matches_wishes",
                    matches_skills=None if NOT_MATCHING.get(i) == "matches_skills" else True,
                    participant_view=f"{person(i).first_name} : très contente du poste",
                )
            )
        _coaching(session, spring, [participants[i] for i in range(8)], present_per_session=(6, 6))
        _coaching(session, autumn, [participants[i] for i in range(8, 14)], present_per_session=(4, 2))


def _status_of(i: int) -> str:
    if i < 14:
        return "withdrawn" if i == 7 else "admitted"
    if i < 16:
        return "waitlisted"
    if i < 20:
        return "interviewed"
    return "not_eligible" if i >= 26 else "assessed"


def _participant(
    session: Session, i: int, applicant: Applicant, application: Application, spring: Cohort, autumn: Cohort
) -> Participant:
    in_spring = i < 8
    cohort = spring if in_spring else autumn
    waitlisted = i in (14, 15)
    p = Participant(
        applicant_id=applicant.id,
        application_id=application.id,
        cohort_id=cohort.id,
        status="waitlisted" if waitlisted else "active",
        waitlist_position=i - 13 if waitlisted else None,
        entered_on=None if waitlisted else cohort.start_date,
    )
    if i == 7:
        p.status, p.left_on, p.left_reason = "left", date(2025, 4, 1), "Déménagement"
    session.add(p)
    session.flush()
    if not waitlisted:
        session.add(
            FollowUpNote(
                participant_id=p.id,
                author="coordination",
                text=f"Point avec {applicant.first_name} {applicant.last_name}",
            )
        )
    return p


def _coaching(
    session: Session, cohort: Cohort, people: list[Participant], present_per_session: tuple[int, int]
) -> None:
    for n, present in enumerate(present_per_session):
        day = cohort.start_date + timedelta(days=1 + 7 * n)
        coaching = CoachingSession(
            cohort_id=cohort.id,
            starts_at=datetime.combine(day, time(8, 30), UTC),
            kind="coaching",
            topic="Stratégie de recherche",
            place="Animafac",
        )
        session.add(coaching)
        session.flush()
        for k, p in enumerate(people):
            session.add(Attendance(session_id=coaching.id, participant_id=p.id, present=k < present))


# -- the web UI with the follow-up pages, under uvicorn in a thread ----------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WEB_USER = "coordination"
WEB_PASSWORD = "mot-de-passe-de-suivi"


def followup_web_settings(data_dir: Path) -> Settings:
    from intake.web.auth import hash_password

    return Settings(
        store=StoreSettings(data_dir=data_dir),
        web=WebSettings(
            username=WEB_USER, password_hash=hash_password(WEB_PASSWORD), session_secret="clé-de-suivi"
        ),
    )


@contextmanager
def serve_followup_web(settings: Settings, store: Store) -> Iterator[str]:
    """The coordinator's web UI, whose follow-up pages are mounted by `create_app`."""
    from dovecot import free_port

    from intake.web.app import create_app

    app = create_app(settings, store)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name="followup-web-under-test", daemon=True)
    thread.start()
    deadline = time_module.monotonic() + 10
    while not server.started:
        if time_module.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web UI did not start")
        time_module.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def log_in(page: Page, url: str, path: str) -> None:
    page.goto(url + path)
    page.get_by_label("Identifiant").fill(WEB_USER)
    page.get_by_label("Mot de passe").fill(WEB_PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url(url + path)
