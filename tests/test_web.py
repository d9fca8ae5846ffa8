"""The coordinator's web UI against a live uvicorn: HTTP checks with httpx, the real flow in Chromium."""

from __future__ import annotations

import dataclasses
import html
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from live import (
    CHROMIUM_ARGS,
    PASSWORD,
    USERNAME,
    LiveWeb,
    csrf_of,
    logged_in_client,
    replace_web,
    require_chromium,
    serve_web,
    smtp_server,
    web_settings,
)
from playwright.sync_api import Browser, Dialog, Page, expect, sync_playwright
from seed import HOSTILE_NAME, seed_case
from sqlalchemy import select

from intake.config import ConfigError, OutboxSettings, Settings, SmtpSettings
from intake.outbox import SmtpTransport, send_approved
from intake.store.db import Store
from intake.store.models import AuditEntry, OutgoingMessage
from intake.web.app import create_app
from intake.web.auth import hash_password, parse_hash, verify_password
from intake.web.session_key import KEY_FILE, session_secret


@pytest.fixture
def web(store: Store, tmp_path: Path) -> Iterator[LiveWeb]:
    with serve_web(web_settings(tmp_path / "data"), store) as live:
        yield live


@pytest.fixture
def browser() -> Iterator[Browser]:
    path = require_chromium()
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(locale="fr-FR")
    yield context.new_page()
    context.close()


def status_of(store: Store, draft_id: int) -> str:
    with store.session() as s:
        row = s.get(OutgoingMessage, draft_id)
        assert row is not None
        return row.status


def log_in(page: Page, web: LiveWeb) -> None:
    page.goto(web.url + "/")
    page.get_by_label("Identifiant").fill(USERNAME)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    expect(page.get_by_role("heading", name="Brouillons à valider")).to_be_visible()


# -- password hashes and session key ---------------------------------------------------------------------


def test_a_password_hash_names_its_scheme_and_parameters_and_verifies_only_its_password() -> None:
    stored = hash_password("correct horse")
    assert stored.startswith("scrypt$32768$8$1$")
    assert verify_password("correct horse", stored)
    assert not verify_password("correct hors", stored)
    assert hash_password("correct horse") != stored  # a fresh salt each time


@pytest.mark.parametrize("stored", ["", "plain-text", "scrypt$3$8$1$c2Fs$aGFzaA==", "bcrypt$1$2$3$4$5"])
def test_a_malformed_hash_never_verifies(stored: str) -> None:
    assert not verify_password("anything", stored)


def test_the_app_refuses_to_start_with_a_malformed_hash_in_one_french_line(
    store: Store, tmp_path: Path
) -> None:
    settings = replace_web(web_settings(tmp_path), password_hash="motdepasse")
    with pytest.raises(ConfigError, match=r"« web\.password_hash » invalide") as raised:
        create_app(settings, store)
    assert "\n" not in str(raised.value)


def test_without_configured_secret_the_session_key_is_kept_private_in_data_dir(tmp_path: Path) -> None:
    settings = replace_web(web_settings(tmp_path / "data"), session_secret="")
    first = session_secret(settings)
    assert session_secret(settings) == first
    key_file = tmp_path / "data" / KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(first) >= 32


def test_hash_parameters_are_bounded() -> None:
    n, r, p, salt, digest = parse_hash(hash_password("x" * 8))
    assert (n, r, p, len(salt), len(digest)) == (2**15, 8, 1, 16, 32)


# -- HTTP: authentication, CSRF, headers ------------------------------------------------------------------


def test_an_anonymous_request_is_redirected_to_the_login_page(web: LiveWeb) -> None:
    case = seed_case(web.store)
    with httpx.Client(base_url=web.url, follow_redirects=False) as client:
        home = client.get("/")
        one = client.get(f"/brouillons/{case.draft_id}")
        post = client.post(f"/brouillons/{case.draft_id}/approuver", data={"csrf": "x"})
    assert (home.status_code, home.headers["location"]) == (303, "/connexion?suivant=/")
    assert (one.status_code, one.headers["location"]) == (
        303,
        f"/connexion?suivant=/brouillons/{case.draft_id}",
    )
    assert post.status_code == 303 and post.headers["location"].startswith("/connexion")
    assert status_of(web.store, case.draft_id) == "draft"


def test_a_post_without_a_valid_csrf_token_is_refused_with_403(web: LiveWeb) -> None:
    case = seed_case(web.store)
    with logged_in_client(web) as client:
        missing = client.post(f"/brouillons/{case.draft_id}/approuver", data={})
        forged = client.post(f"/brouillons/{case.draft_id}/approuver", data={"csrf": "jeton-inventé"})
        assert status_of(web.store, case.draft_id) == "draft"
        token = csrf_of(client.get(f"/brouillons/{case.draft_id}").text)
        genuine = client.post(f"/brouillons/{case.draft_id}/approuver", data={"csrf": token})
    for refused in (missing, forged):
        assert refused.status_code == 403
        assert "jeton de sécurité (CSRF) absent ou invalide" in refused.text
    assert genuine.status_code == 303
    assert status_of(web.store, case.draft_id) == "approved"


def test_the_login_form_itself_needs_its_csrf_token(web: LiveWeb) -> None:
    with httpx.Client(base_url=web.url, follow_redirects=False) as client:
        answer = client.post("/connexion", data={"identifiant": USERNAME, "mot_de_passe": PASSWORD})
    assert answer.status_code == 403


def test_a_wrong_password_is_refused_and_repeated_guesses_are_slowed(web: LiveWeb) -> None:
    with httpx.Client(base_url=web.url, follow_redirects=False) as client:
        token = csrf_of(client.get("/connexion").text)
        answers = [
            client.post("/connexion", data={"csrf": token, "identifiant": USERNAME, "mot_de_passe": "faux"})
            for _ in range(6)
        ]
        right_but_late = client.post(
            "/connexion", data={"csrf": token, "identifiant": USERNAME, "mot_de_passe": PASSWORD}
        )
    assert [a.status_code for a in answers] == [401] * 5 + [429]
    assert "Identifiant ou mot de passe incorrect." in answers[0].text
    assert "Trop de tentatives" in answers[5].text
    assert right_but_late.status_code == 429


def test_after_login_the_coordinator_lands_where_they_were_going_but_never_off_site(web: LiveWeb) -> None:
    with httpx.Client(base_url=web.url, follow_redirects=False) as client:
        token = csrf_of(client.get("/connexion?suivant=/brouillons/7").text)
        credentials = {"csrf": token, "identifiant": USERNAME, "mot_de_passe": PASSWORD}
        answer = client.post("/connexion", data={**credentials, "suivant": "//evil.example/"})
        assert answer.headers["location"] == "/"
        client.cookies.clear()
        token = csrf_of(client.get("/connexion").text)
        answer = client.post("/connexion", data={**credentials, "csrf": token, "suivant": "/brouillons/7"})
        assert answer.headers["location"] == "/brouillons/7"


def test_logging_out_ends_the_session(web: LiveWeb) -> None:
    with logged_in_client(web) as client:
        token = csrf_of(client.get("/").text)
        out = client.post("/deconnexion", data={"csrf": token})
        after = client.get("/")
    assert out.headers["location"] == "/connexion"
    assert after.status_code == 303 and after.headers["location"].startswith("/connexion")


def test_pages_forbid_scripts_framing_and_caching(web: LiveWeb) -> None:
    with logged_in_client(web) as client:
        answer = client.get("/")
    policy = answer.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src" not in policy
    assert "frame-ancestors 'none'" in policy
    assert answer.headers["cache-control"] == "no-store"
    session_cookie = client.cookies.jar
    assert any(c.name == "propulse_session" for c in session_cookie)


def test_an_unknown_draft_gives_a_french_404(web: LiveWeb) -> None:
    with logged_in_client(web) as client:
        answer = client.get("/brouillons/4242")
    assert answer.status_code == 404
    assert "Brouillon n° 4242 introuvable." in answer.text


# -- the browser ----------------------------------------------------------------------------------------


def test_the_coordinator_edits_and_approves_one_draft_which_reaches_smtp_and_discards_another(
    web: LiveWeb, page: Page
) -> None:
    first = seed_case(web.store, first_name="Léa", last_name="Martin", age_minutes=90)
    second = seed_case(web.store, first_name="Inès", last_name="Durand", age_minutes=30)

    log_in(page, web)
    rows = page.locator("#file tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Léa Martin")
    expect(rows.nth(1)).to_contain_text("Inès Durand")

    rows.nth(0).get_by_role("link", name="Léa Martin").click()
    expect(page.get_by_text("Master économie sociale et solidaire")).to_be_visible()
    expect(page.locator("#critere-degree_level")).to_contain_text("J'ai obtenu mon master")
    page.get_by_label("Texte").fill(
        "Bonjour Léa,\n\nNous vous proposons un entretien mardi.\n\nL'équipe Pro'pulse\n"
    )
    page.get_by_role("button", name="Enregistrer", exact=True).click()
    expect(page.get_by_role("status")).to_have_text("Brouillon enregistré.")
    expect(page.get_by_label("Texte")).to_have_value(
        "Bonjour Léa,\n\nNous vous proposons un entretien mardi.\n\nL'équipe Pro'pulse\n"
    )
    page.get_by_label("Objet").fill("Entretien Pro'pulse [" + first.case_token + "]")
    page.get_by_role("button", name="Enregistrer et approuver l'envoi").click()
    expect(page.get_by_role("status")).to_contain_text(f"Message n° {first.draft_id} approuvé")
    expect(rows).to_have_count(1)
    waiting = page.locator("#envois tbody tr")
    expect(waiting).to_have_count(1)
    expect(waiting).to_contain_text("Léa Martin")
    expect(waiting).to_contain_text(f"par {USERNAME}")
    expect(waiting).to_contain_text("approuvé")

    rows.nth(0).get_by_role("link", name="Inès Durand").click()
    page.get_by_label("Raison (facultatif)").fill("déjà répondu par téléphone")
    page.get_by_role("button", name="Écarter ce brouillon").click()
    expect(page.get_by_role("status")).to_contain_text(f"Brouillon n° {second.draft_id} écarté")
    expect(page.get_by_text("Aucun brouillon en attente.")).to_be_visible()

    assert status_of(web.store, first.draft_id) == "approved"
    assert status_of(web.store, second.draft_id) == "discarded"
    with web.store.session() as s:
        actions = [
            (e.actor, e.action, e.entity_id) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]
    assert (USERNAME, "draft_edited", first.draft_id) in actions
    assert (USERNAME, "draft_approved", first.draft_id) in actions
    assert (USERNAME, "draft_discarded", second.draft_id) in actions

    with smtp_server() as (inbox, port):
        settings = smtp_settings(web, port)
        summary = send_approved(web.store, settings, transport=SmtpTransport(settings.smtp, ""))
        assert summary.sent == 1
        [received] = inbox.wait_for(1)
    assert received["To"] == first.email
    assert received["Subject"] == f"Entretien Pro'pulse [{first.case_token}]"
    body = received.get_body(preferencelist=("plain",))
    assert body is not None and "Nous vous proposons un entretien mardi." in body.get_content()
    assert [rcpt for _sender, rcpts in inbox.envelopes for rcpt in rcpts] == [first.email]
    assert status_of(web.store, first.draft_id) == "sent"
    assert status_of(web.store, second.draft_id) == "discarded"
    page.reload()
    expect(page.locator("#envois")).to_have_count(0)


def test_a_hostile_applicant_name_is_shown_literally_and_runs_nothing(web: LiveWeb, page: Page) -> None:
    case = seed_case(web.store, first_name=HOSTILE_NAME, last_name="Dupont")
    dialogs: list[str] = []

    def record(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)

    log_in(page, web)
    expect(page.locator("#file tbody")).to_contain_text(f"{HOSTILE_NAME} Dupont")
    page.get_by_role("link", name=f"{HOSTILE_NAME} Dupont").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(HOSTILE_NAME)
    expect(page.locator("dd", has_text=HOSTILE_NAME)).to_have_count(1)
    expect(page.get_by_label("Texte")).to_have_value(
        f"Bonjour {HOSTILE_NAME},\n\nMerci pour votre candidature.\n\nL'équipe Pro'pulse\n"
    )

    assert page.url.endswith(f"/brouillons/{case.draft_id}")
    assert page.locator("script").count() == 0
    assert dialogs == []
    assert "<script>alert(1)</script>" not in page.evaluate("document.documentElement.innerHTML")


def test_overriding_a_criterion_in_the_browser_replaces_the_draft(web: LiveWeb, page: Page) -> None:
    case = seed_case(web.store)
    log_in(page, web)
    page.goto(f"{web.url}/brouillons/{case.draft_id}")
    expect(page.locator("#verdict")).to_have_text("à vérifier")

    criterion = page.locator("#critere-job_seeking_ess")
    criterion.get_by_text("Corriger ce critère").click()
    criterion.get_by_label("Statut").select_option("met")
    criterion.get_by_label("Raison").fill("Cherche dans l'ESS, confirmé au téléphone")
    criterion.get_by_role("button", name="Corriger et refaire le brouillon").click()

    expect(page.get_by_role("status")).to_have_text(
        "Critère corrigé : un nouveau brouillon remplace le précédent."
    )
    expect(page.locator("#verdict")).to_have_text("éligible")
    expect(page.locator("#critere-job_seeking_ess")).to_contain_text(f"Corrigé par {USERNAME}.")
    assert not page.url.endswith(f"/brouillons/{case.draft_id}")
    assert status_of(web.store, case.draft_id) == "discarded"


def smtp_settings(web: LiveWeb, port: int) -> Settings:
    return dataclasses.replace(
        web.settings,
        smtp=SmtpSettings(host="127.0.0.1", port=port, security="plain", timeout_seconds=5),
        outbox=OutboxSettings(transport="smtp", sent_folder=""),
    )


def test_ci_requires_chromium_rather_than_skipping(monkeypatch: pytest.MonkeyPatch) -> None:
    import live

    monkeypatch.setattr(live, "CHROMIUM", "/nonexistent/chromium")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="required under CI=true"):
        live.require_chromium()
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception):
        live.require_chromium()
    assert os.environ["CI"] == "false"


def test_a_new_password_ends_the_sessions_opened_with_the_old_one(store: Store, tmp_path: Path) -> None:
    settings = web_settings(tmp_path / "data")
    with serve_web(settings, store) as before, logged_in_client(before) as client:
        assert client.get("/").status_code == 200
        cookies = httpx.Cookies(client.cookies)
    with (
        serve_web(settings, store) as restarted,
        httpx.Client(base_url=restarted.url, cookies=cookies) as client,
    ):
        assert client.get("/", follow_redirects=False).status_code == 200  # a restart alone keeps the session
    changed = replace_web(settings, password_hash=hash_password("un nouveau mot de passe"))
    with serve_web(changed, store) as after, httpx.Client(base_url=after.url, cookies=cookies) as client:
        answer = client.get("/", follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/connexion")


def test_an_unexpected_error_gives_a_french_page_and_a_log_line_without_its_details(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = Store(f"sqlite:///{tmp_path / 'sans-tables.sqlite3'}")  # never migrated: every query fails
    with (
        serve_web(web_settings(tmp_path / "data"), broken) as live,
        httpx.Client(base_url=live.url, follow_redirects=False) as client,
    ):
        token = csrf_of(client.get("/connexion").text)
        # Sessions live in the store: the login itself is the first request that needs it.
        answer = client.post(
            "/connexion", data={"csrf": token, "identifiant": USERNAME, "mot_de_passe": PASSWORD}
        )
    broken.dispose()
    assert answer.status_code == 500
    assert "Erreur interne : l'action n'a pas été enregistrée." in html.unescape(answer.text)
    assert answer.headers["content-security-policy"].startswith("default-src 'none'")
    lines = [r.getMessage() for r in caplog.records if r.name == "intake.web.app"]
    assert lines == ["erreur interne sur POST /connexion : OperationalError"]
    assert not any("outgoing_messages" in r.getMessage() for r in caplog.records)


def test_a_refused_decision_comes_back_as_one_french_line_on_the_case_page(web: LiveWeb) -> None:
    case = seed_case(web.store)
    with logged_in_client(web) as client:
        token = csrf_of(client.get(f"/brouillons/{case.draft_id}").text)
        bad = client.post(
            f"/dossiers/{case.application_id}/criteres",
            data={
                "csrf": token,
                "critere": "taille",
                "statut": "met",
                "raison": "vu",
                "brouillon": case.draft_id,
            },
        )
        assert bad.headers["location"] == f"/brouillons/{case.draft_id}"
        shown = html.unescape(client.get(bad.headers["location"]).text)
        assert "Critère inconnu « taille »." in shown
        client.post(f"/brouillons/{case.draft_id}/approuver", data={"csrf": token})
        again = client.post(f"/brouillons/{case.draft_id}/approuver", data={"csrf": token})
        shown = html.unescape(client.get(again.headers["location"]).text)
    assert (
        f"Impossible d'approuver le message n° {case.draft_id} : il n'est plus un brouillon (approuvé)."
        in shown
    )
    assert status_of(web.store, case.draft_id) == "approved"


def test_the_coordinator_sets_the_recipient_and_cc_of_a_draft_in_the_browser(
    web: LiveWeb, page: Page
) -> None:
    case = seed_case(web.store, first_name="Kevin", last_name="Nguyen")
    log_in(page, web)
    page.goto(f"{web.url}/brouillons/{case.draft_id}")
    page.get_by_label("À", exact=True).fill("kevin.nguyen@example.org")
    page.get_by_label("Cc (adresses séparées par des virgules)").fill("julie.roux@example.org")
    page.get_by_role("button", name="Enregistrer", exact=True).click()
    expect(page.get_by_role("status")).to_have_text("Brouillon enregistré.")
    expect(page.get_by_text("Cc : julie.roux@example.org")).to_be_visible()
    page.get_by_label("Cc (adresses séparées par des virgules)").fill("Julie <julie@example.org>")
    page.get_by_role("button", name="Enregistrer", exact=True).click()
    expect(page.get_by_text("adresse invalide")).to_be_visible()
    with web.store.session() as s:
        row = s.get(OutgoingMessage, case.draft_id)
        assert row is not None and (row.to_addr, row.cc) == (
            "kevin.nguyen@example.org",
            "julie.roux@example.org",
        )
        actions = [
            e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.entity_id == case.draft_id))
        ]
    assert actions.count("draft_edited") == 1


def test_an_answer_to_a_programme_question_is_in_the_queue_and_opens_without_a_case(web: LiveWeb) -> None:
    from email.message import EmailMessage

    from intake.pipeline import ingest

    msg = EmailMessage()
    msg["From"] = "Nadia Benali <nadia.b@example.org>"
    msg["To"] = "propulse@animafac.net"
    msg["Subject"] = "Renseignements"
    msg["Message-ID"] = "<q-web@example.org>"
    msg.set_content("Bonjour,\nQuels sont les critères pour participer au programme ?")
    ingest(web.store, msg.as_bytes(), source="test")
    with web.store.session() as s:
        draft = s.scalar(select(OutgoingMessage))
        assert draft is not None and draft.template == "programme_information"
        draft_id = draft.id
    with logged_in_client(web) as client:
        queue = html.unescape(client.get("/").text)
        page = html.unescape(client.get(f"/brouillons/{draft_id}").text)
    assert "nadia.b@example.org" in queue and "Re: Renseignements" in queue
    assert "À : nadia.b@example.org" in page and "de 6 à 12 personnes" in page


def test_a_referrals_draft_shows_the_applicant_as_recipient_and_the_adviser_in_cc(
    web: LiveWeb, page: Page
) -> None:
    from datetime import date
    from email.message import EmailMessage

    from intake.pipeline import ingest

    msg = EmailMessage()
    msg["From"] = "Julie Roux <julie.roux@example.org>"
    msg["To"] = "propulse@animafac.net"
    msg["Subject"] = "Orientation d'un jeune diplômé"
    msg["Message-ID"] = "<orientation-web@example.org>"
    msg.set_content(
        "Bonjour,\nJe vous oriente Kevin Nguyen, diplômé d'un master en juin 2026, qui cherche un emploi "
        "dans une association. Ses coordonnées : kevin.nguyen@example.org, 06 12 34 56 78.\n"
        "Bien à vous,\nJulie Roux\nMission Locale"
    )
    assert ingest(web.store, msg.as_bytes(), source="test", today=date(2026, 11, 26)).status == "new"
    with web.store.session() as s:
        draft = s.scalar(select(OutgoingMessage))
        assert draft is not None
        draft_id = draft.id
    log_in(page, web)
    page.goto(f"{web.url}/brouillons/{draft_id}")
    expect(page.get_by_label("À", exact=True)).to_have_value("kevin.nguyen@example.org")
    cc = page.get_by_label("Cc (adresses séparées par des virgules)")
    expect(cc).to_have_value("julie.roux@example.org")
    expect(page.get_by_text("que nous mettons en copie de cette réponse")).to_be_visible()
