"""Personal data: retention, export and erasure leave exactly what they should, and reports still add up."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from followup_seed import created_of, cv_bytes, person, raw_message, seed_known_store
from postgres import Databases
from sqlalchemy import func, select, text
from typer.testing import CliRunner

from intake import cli
from intake.commands.followup_cli import register
from intake.config import load_settings
from intake.privacy import add_months
from intake.store.db import Store, open_store
from intake.store.locks import is_postgresql, is_sqlite, on_postgresql, on_sqlite
from intake.store.models import Applicant, Blob

pytestmark = pytest.mark.both_stores

TODAY = "2027-10-01"
# Not admitted, last contact in early 2025: gone 24 months later. 26–29 wrote in November 2025.
NOT_ADMITTED_DUE = set(range(14, 26))
# Spring cohort ended on 29 August 2025: with 24 months after the end, its 8 participants are due too.
SPRING_PARTICIPANTS = set(range(8))


STORE = "<store>"  # in files_containing: the store's own files (SQLite file, or PostgreSQL database files)
_POSTGRES_FILES: dict[Path, Callable[[], list[Path] | None]] = {}


@pytest.fixture
def data(tmp_path: Path, store_backend: str, request: pytest.FixtureRequest) -> Path:
    """A seeded data directory, with its inbox and outbox Maildirs, and a config pointing at all three."""
    url = f"sqlite:///{tmp_path / 'data' / 'propulse.sqlite3'}"
    if store_backend == "postgresql":
        url = request.getfixturevalue("store_url")
        databases: Databases = request.getfixturevalue("postgres_databases")
        _POSTGRES_FILES[tmp_path / "data"] = lambda: databases.files_of(url)
    store = open_store(url, migrate=True)
    seed_known_store(store)
    if store_backend == "postgresql":
        # What autovacuum may do at any moment: statistics (pg_statistic) then hold sample values of the
        # columns — last names among them — which an erasure must not leave behind.
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    store.dispose()
    inbox = tmp_path / "data" / "inbox" / "processed" / "cur"
    inbox.mkdir(parents=True)
    sent = tmp_path / "data" / "sent" / "cur"
    sent.mkdir(parents=True)
    for i in (0, 26):
        who = person(i)
        (inbox / f"{i}.eml").write_bytes(raw_message(who, created_of(i)))
        (sent / f"{i}.eml").write_bytes(
            f"Message-ID: <ack-{i}@animafac.net>\r\nTo: {who.email}\r\n\r\n"
            f"Bonjour {who.first_name},\r\n".encode()
        )
    (tmp_path / "config.toml").write_text(
        f'[store]\ndata_dir = "data"\nurl = "{url if store_backend == "postgresql" else ""}"\n'
        '[inbox.maildir]\npath = "data/inbox"\n'
        '[outbox]\nmaildir_path = "data/sent"\n'
        "[retention]\nparticipant_months_after_end = 24\n",
        encoding="utf-8",
    )
    return tmp_path / "data"


def propulse(data: Path, *args: str, answer: str | None = None) -> tuple[int, str]:
    register(cli.app)
    result = CliRunner().invoke(cli.app, ["--config", str(data.parent / "config.toml"), *args], input=answer)
    return result.exit_code, result.output


def files_containing(directory: Path, needle: str) -> list[str]:
    """Every file under `directory` holding the UTF-8 bytes; STORE when the store's own files hold them (the
    SQLite file with its -wal and -shm, or the PostgreSQL database's files after a checkpoint)."""
    pattern = needle.encode("utf-8")
    found = {
        STORE if p.name.startswith("propulse.sqlite3") else str(p.relative_to(directory))
        for p in directory.rglob("*")
        if p.is_file() and pattern in p.read_bytes()
    }
    if directory in _POSTGRES_FILES:
        files = _POSTGRES_FILES[directory]()
        if files is None:
            pytest.skip("the PostgreSQL server of $PROPULSE_TEST_PG_URL is not ours: cannot read its files")
        if any(pattern in read_if_present(p) for p in files):
            found.add(STORE)
    return sorted(found)


def read_if_present(path: Path) -> bytes:
    """The file's bytes, or none if the server removed it since it was listed: PostgreSQL deletes and rewrites
    its relation cache (pg_internal.init) whenever it likes, and a file gone holds no one's data."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""


def url_of(data: Path) -> str:
    return load_settings(data.parent / "config.toml").database_url


def erased_indexes(data: Path) -> set[int]:
    store = open_store(url_of(data))
    try:
        with store.session() as session:
            ids = set(session.scalars(select(Applicant.id).where(Applicant.erased_at.is_not(None))))
    finally:
        store.dispose()
    return {i - 1 for i in ids}  # applicants were created in index order, ids from 1


def blob_count(data: Path) -> int:
    store = open_store(url_of(data))
    try:
        with store.session() as session:
            return session.scalar(select(func.count()).select_from(Blob)) or 0
    finally:
        store.dispose()


def report(data: Path) -> str:
    code, out = propulse(data, "report", "--format", "csv")
    assert code == 0, out
    return out


def test_retention_without_apply_only_lists_who_would_go(data: Path) -> None:
    code, out = propulse(data, "retention", "--today", TODAY)
    assert code == 0, out
    assert out.strip().endswith("20 personne(s) à effacer (simulation : relancez avec --apply pour effacer).")
    assert (
        "non admis·e, dernier contact le" in out and "participant·e, programme terminé le 29/08/2025" in out
    )
    assert person(14).email not in out  # addresses are masked
    assert erased_indexes(data) == set()


def test_retention_apply_erases_exactly_the_expected_people_and_files(data: Path) -> None:
    before, blobs_before = report(data), blob_count(data)
    code, out = propulse(data, "retention", "--apply", "--today", TODAY)
    assert code == 0, out
    assert "20 personne(s) effacée(s)." in out
    assert erased_indexes(data) == NOT_ADMITTED_DUE | SPRING_PARTICIPANTS
    # Each erased person had a raw message and a CV; people 0–4 a reply too; one empty placeholder is added.
    assert blob_count(data) == blobs_before - 20 * 2 - 5 + 1
    for i in NOT_ADMITTED_DUE | SPRING_PARTICIPANTS:
        assert files_containing(data, person(i).email) == [], i
    for i in (8, 13, 26, 29):  # kept: an autumn participant, recent contacts
        assert STORE in files_containing(data, person(i).email)
    assert report(data) == before


def test_erasing_a_person_leaves_no_trace_while_report_totals_stay(data: Path) -> None:
    who = person(0)  # a placed participant with a reply, notes, attendance and sent mail
    assert files_containing(data, who.email) == [STORE, "inbox/processed/cur/0.eml", "sent/cur/0.eml"]
    assert files_containing(data, who.full_name) and files_containing(data, cv_bytes(who).decode())
    before = report(data)
    code, out = propulse(data, "person", "erase", who.email, "--yes")
    assert code == 0, out
    assert "2 message(s), 1 pièce(s) jointe(s), 2 copie(s) sur disque" in out
    assert "« personne effacée n°1 »" in out
    for trace in (who.email, who.full_name, who.last_name, cv_bytes(who).decode()):
        assert files_containing(data, trace) == [], trace
    # The grep does see what is still there: another person's data is intact.
    kept = person(26)
    assert files_containing(data, kept.email) == [STORE, "inbox/processed/cur/26.eml", "sent/cur/26.eml"]
    assert files_containing(data, kept.full_name) == [STORE, "inbox/processed/cur/26.eml"]
    assert erased_indexes(data) == {0}
    assert report(data) == before


def test_erasure_asks_for_confirmation_and_no_keeps_everything(data: Path) -> None:
    who = person(3)
    code, out = propulse(data, "person", "erase", who.email, answer="n\n")
    assert code == 1
    assert "Effacer définitivement les données de n***@exemple.fr (PP-4) ? [y/N]" in out
    assert "Rien n'a été effacé." in out
    assert STORE in files_containing(data, who.email)
    assert erased_indexes(data) == set()


def test_an_unknown_or_already_erased_address_is_a_one_line_error(data: Path) -> None:
    code, out = propulse(data, "person", "erase", "personne@ailleurs.fr", "--yes")
    assert (code, out.strip()) == (2, "propulse: aucune personne enregistrée avec l'adresse p***@ailleurs.fr")
    who = person(20)
    assert propulse(data, "person", "erase", who.email, "--yes")[0] == 0
    code, out = propulse(data, "person", "erase", who.email, "--yes")
    assert code == 2 and "aucune personne enregistrée" in out


def test_the_export_holds_everything_about_the_person_with_their_files(data: Path, tmp_path: Path) -> None:
    who = person(0)
    code, out = propulse(data, "person", "export", who.email, "--to", str(tmp_path / "exports"))
    assert code == 0, out
    target = tmp_path / "exports" / "propulse-personne-1"
    exported = json.loads((target / "personne.json").read_text(encoding="utf-8"))
    assert exported["personne"]["email"] == who.email
    assert exported["personne"]["last_name"] == who.last_name
    assert [d["case_token"] for d in exported["dossiers"]] == ["PP-1"]
    assert exported["dossiers"][0]["entretiens"][0]["notes"] == f"Entretien avec {who.full_name}"
    received = exported["messages_reçus"]
    assert [m["kind"] for m in received] == ["application", "reply"]
    assert (target / received[0]["fichier"]).read_bytes().startswith(f"From: {who.full_name}".encode())
    [cv] = received[0]["pieces_jointes"]
    assert (target / cv["fichier"]).read_bytes() == cv_bytes(who)
    [journey] = exported["parcours"]
    assert journey["promotion"] == "Printemps 2025" and len(journey["présences"]) == 2
    assert journey["emplois"][0]["contract_type"] == "CDI"
    assert exported["messages_envoyés"][0]["to_addr"] == who.email


def test_months_are_added_as_a_calendar_does() -> None:
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2024, 2, 29), 24) == date(2026, 2, 28)
    assert add_months(date(2025, 1, 10), 24) == date(2027, 1, 10)


def test_the_privacy_notice_says_what_is_kept_and_how_to_ask_for_erasure() -> None:
    from intake.replies.render import _environment

    text = _environment().get_template("_privacy.txt.j2").render(language="fr", retention_months=18)
    assert "nous conservons votre message, votre CV" in text
    assert "effacées 18 mois après notre dernier échange" in text
    assert "demander à les consulter ou à les faire effacer en répondant simplement à ce message" in text
    html = _environment().get_template("_privacy.html.j2").render(language="en")
    assert "erased 24 months after our last exchange" in html


def test_erasure_compacts_the_database_the_store_and_its_sessions_say_they_run_on(
    store: Store, store_backend: str
) -> None:
    # compact() and the secure deletion choose SQLite's or PostgreSQL's way by these tests, nowhere else.
    sqlite = store_backend == "sqlite"
    with store.session() as session:
        assert (on_sqlite(session), on_postgresql(session)) == (sqlite, not sqlite)
    assert (is_sqlite(store), is_postgresql(store)) == (sqlite, not sqlite)
