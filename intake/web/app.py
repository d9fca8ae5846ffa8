"""The coordinator's web UI: log in, the queue of drafts, one case beside its draft, decisions.

Pages are server-rendered Jinja2 with autoescaping everywhere and no script at all; the Content Security
Policy forbids scripts and outside resources, so nothing on a page leaves the machine.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import hmac
import logging
import re
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sqlalchemy.orm import Session
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.convertors import IntegerConvertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from intake import approval, resources
from intake.authentication import untrusted_warning
from intake.config import ConfigError, Settings
from intake.store.db import Store
from intake.web.auth import BadHash, parse_hash, verify_password
from intake.web.csrf import CsrfRefused, FormTooLarge, checked_form, csrf_token, renew_csrf_token
from intake.web.proxy import proxy_and_host_middleware
from intake.web.session_key import session_secret
from intake.web.sessions import LoginBackoff, SessionStore

log = logging.getLogger(__name__)

SESSION_COOKIE = "propulse_session"
SESSION_HOURS = 8
# Concurrent password checks (scrypt, ~32 MiB each).
HASH_CHECKS = 2
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; "
        b"base-uri 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    # Pages hold personal data: no copy in the browser's cache.
    (b"cache-control", b"no-store"),
]

T = TypeVar("T")
Endpoint = Callable[[Request], Awaitable[Response]]
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def without_bidi_controls(value: Any) -> Any:
    """Every value printed in a page, with bidirectional override and isolate characters removed."""
    return _BIDI_CONTROLS.sub("", value) if isinstance(value, str) else value


class BoundedIntConvertor(IntegerConvertor):
    """Ids in paths: at most 18 digits, so an absurd id is «not found» (404), not a database overflow."""

    regex = "[0-9]{1,18}"


# Every `{…:int}` route parameter of the app, including the feature modules' routes.
register_url_convertor("int", BoundedIntConvertor())


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


class InternalErrors:
    """A French page for an unexpected error, and a log line without its text.

    The exception stops here rather than reaching the server's own logging: its message may quote a
    letter or an address (a database error repeats the values it was given).
    """

    def __init__(self, app: ASGIApp, page: Callable[[], str]) -> None:
        self.app = app
        self.page = page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:
            log.error("erreur interne sur %s %s : %s", scope["method"], scope["path"], type(exc).__name__)
            if not started:
                await HTMLResponse(self.page(), status_code=500)(scope, receive, send)


class WebUI:
    """The handlers, sharing the settings, the store, the templates and the login state."""

    def __init__(self, settings: Settings, store: Store, password_hash: str, templates_dir: Path) -> None:
        self.settings = settings
        self.store = store
        self.password_hash = password_hash
        # Sessions carry a tag of the password hash: a new password ends every open session.
        self.key_tag = hashlib.sha256(password_hash.encode()).hexdigest()[:16]
        self.sessions = SessionStore(store, hours=SESSION_HOURS)
        self.backoff = LoginBackoff(
            store,
            free_attempts=settings.web.login_free_attempts,
            base_seconds=settings.web.login_backoff_seconds,
            max_seconds=settings.web.login_backoff_max_seconds,
        )
        # scrypt takes ~32 MiB per check: a burst of logins waits its turn instead of exhausting memory.
        self.hash_checks = asyncio.Semaphore(HASH_CHECKS)
        self.zone = ZoneInfo(settings.programme.timezone)
        self.env = Environment(
            loader=FileSystemLoader(str(templates_dir)),
            # Every value is escaped, whatever the file name: applicants' text is never markup.
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            # Bidirectional overrides in an applicant's text could reorder what the coordinator reads.
            finalize=without_bidi_controls,
        )
        self.env.filters["local_time"] = self.local_time
        self.env.globals.update(
            status_fr=approval.STATUS_FR,
            criterion_status_fr=approval.CRITERION_STATUS_FR,
            verdict_fr=approval.VERDICT_FR,
            template_fr=approval.TEMPLATE_FR,
            actions_fr=approval.ACTION_FR,
            override_statuses=approval.OVERRIDE_STATUSES,
            programme=settings.programme.name,
        )

    # -- pages -------------------------------------------------------------------------------------------

    async def login_page(self, request: Request) -> Response:
        if self.user(request):
            return RedirectResponse("/", status_code=303)
        return self.render(
            request, "login.html.j2", next_path=_safe_next(request.query_params.get("suivant"))
        )

    async def login(self, request: Request) -> Response:
        form = await checked_form(request)
        client = request.client.host if request.client else "?"
        next_path = _safe_next(_text(form, "suivant"))
        username, password = _text(form, "identifiant"), _text(form, "mot_de_passe")
        keys = self.throttle_keys(username, client)
        if await run_in_threadpool(self.backoff.wait_seconds, keys) > 0:
            return self.too_many_attempts(request, next_path)
        async with self.hash_checks:
            # Asked again after waiting for a turn: attempts queued behind failures are refused unchecked.
            if await run_in_threadpool(self.backoff.wait_seconds, keys) > 0:
                return self.too_many_attempts(request, next_path)
            ok = await run_in_threadpool(self.check_credentials, username, password)
        if not ok:
            await run_in_threadpool(self.backoff.record_failure, keys)
            return self.render(
                request,
                "login.html.j2",
                status_code=401,
                error="Identifiant ou mot de passe incorrect.",
                next_path=next_path,
            )
        await run_in_threadpool(self.backoff.reset, keys)
        token = await run_in_threadpool(self.sessions.open, self.settings.web.username, self.key_tag)
        # A fresh session on login: nothing chosen before authentication survives it.
        request.session.clear()
        request.session["user"] = self.settings.web.username
        request.session["sid"] = token
        renew_csrf_token(request)
        return RedirectResponse(next_path, status_code=303)

    async def logout(self, request: Request) -> Response:
        await checked_form(request)
        token = request.session.get("sid")
        if isinstance(token, str):
            await run_in_threadpool(self.sessions.revoke, token)
        request.session.clear()
        _flash(request, "info", "Vous êtes déconnecté·e.")
        return RedirectResponse("/connexion", status_code=303)

    async def logout_everywhere(self, request: Request) -> Response:
        await checked_form(request)
        count = await run_in_threadpool(self.sessions.revoke_all, self.user(request))
        request.session.clear()
        _flash(request, "info", f"Déconnecté·e partout ({count} session(s) fermée(s)).")
        return RedirectResponse("/connexion", status_code=303)

    async def queue(self, request: Request) -> Response:
        items = await run_in_threadpool(self._in_session, approval.list_queue)
        outbox = await run_in_threadpool(self._in_session, approval.list_outbox)
        calendar = await run_in_threadpool(self._in_session, self.calendar_warning)
        return self.render(
            request,
            "queue.html.j2",
            items=items,
            outbox=outbox,
            calendar_warning=calendar,
            untrusted=untrusted_warning(self.settings.inbox.authserv_ids),
        )

    async def case(self, request: Request) -> Response:
        outgoing_id = int(request.path_params["draft_id"])

        def read(session: Session) -> approval.Case:
            return approval.get_case(session, outgoing_id)

        try:
            case = await run_in_threadpool(self._in_session, read)
        except approval.DraftNotFound as exc:
            raise HTTPException(404, str(exc)) from None
        calendar = await run_in_threadpool(self._in_session, self.calendar_warning)
        return self.render(request, "case.html.j2", case=case, calendar_warning=calendar)

    # -- decisions ---------------------------------------------------------------------------------------

    async def edit(self, request: Request) -> Response:
        form = await checked_form(request)
        outgoing_id = int(request.path_params["draft_id"])
        actor = self.user(request)

        def save(session: Session) -> bool:
            return approval.edit_draft(
                session,
                outgoing_id,
                subject=_text(form, "objet"),
                text_body=_text(form, "texte"),
                actor=actor,
                to_addr=_given(form, "destinataire"),
                cc=_given(form, "copie"),
            )

        changed = await self._decide(request, save)
        if changed is not None:
            _flash(
                request, "ok", "Brouillon enregistré." if changed else "Aucune modification à enregistrer."
            )
        return _back_to_case(outgoing_id)

    async def approve(self, request: Request) -> Response:
        form = await checked_form(request)
        outgoing_id = int(request.path_params["draft_id"])
        actor = self.user(request)

        def edit_and_approve(session: Session) -> bool:
            # The text on screen is what the coordinator approves: unsaved edits are saved first.
            if "objet" in form or "texte" in form:
                approval.edit_draft(
                    session,
                    outgoing_id,
                    subject=_text(form, "objet"),
                    text_body=_text(form, "texte"),
                    actor=actor,
                    to_addr=_given(form, "destinataire"),
                    cc=_given(form, "copie"),
                )
            result = approval.approve_draft(session, outgoing_id, actor=actor, settings=self.settings)
            redone.append(result.id)
            return result.status == "approved"  # a held request is applied, not sent (intake/held.py)

        redone: list[int] = []
        sent = await self._decide(request, edit_and_approve)
        if sent is None:
            return _back_to_case(outgoing_id)
        if redone and redone[0] != outgoing_id:
            _flash(
                request,
                "erreur",
                "Un créneau proposé n'était plus libre : rien n'est parti, la proposition a été refaite "
                f"(brouillon n° {redone[0]}). Relisez-la avant de l'approuver.",
            )
            return _back_to_case(redone[0])
        if sent:
            _flash(request, "ok", f"Message n° {outgoing_id} approuvé : il partira au prochain envoi.")
        else:
            _flash(request, "ok", f"Demande n° {outgoing_id} appliquée au dossier (rien n'est envoyé).")
        return RedirectResponse("/", status_code=303)

    async def discard(self, request: Request) -> Response:
        form = await checked_form(request)
        outgoing_id = int(request.path_params["draft_id"])
        actor = self.user(request)

        def discard(session: Session) -> bool:
            approval.discard_draft(session, outgoing_id, actor=actor, reason=_text(form, "raison"))
            return True

        if await self._decide(request, discard) is None:
            return _back_to_case(outgoing_id)
        _flash(request, "ok", f"Brouillon n° {outgoing_id} écarté : il ne sera pas envoyé.")
        return RedirectResponse("/", status_code=303)

    async def override(self, request: Request) -> Response:
        form = await checked_form(request)
        application_id = int(request.path_params["application_id"])
        back_to = _text(form, "brouillon")
        actor = self.user(request)

        def correct(session: Session) -> int:
            draft = approval.override_criterion(
                session,
                application_id,
                _text(form, "critere"),
                _text(form, "statut"),
                reason=_text(form, "raison"),
                actor=actor,
                settings=self.settings,
            )
            session.flush()
            return draft.id

        try:
            new_id = await run_in_threadpool(self._in_session, correct)
        except approval.ApprovalError as exc:
            _flash(request, "erreur", _sentence(str(exc)))
            return (
                _back_to_case(int(back_to)) if back_to.isdigit() else RedirectResponse("/", status_code=303)
            )
        _flash(request, "ok", "Critère corrigé : un nouveau brouillon remplace le précédent.")
        return _back_to_case(new_id)

    # -- helpers -----------------------------------------------------------------------------------------

    def user(self, request: Request) -> str:
        """The logged-in coordinator, or "" — after logout, "everywhere", expiry or a new password too."""
        known = getattr(request.state, "user", None)
        if isinstance(known, str):
            return known
        token = request.session.get("sid")
        user = (self.sessions.user_of(token, self.key_tag) if isinstance(token, str) else None) or ""
        request.state.user = user
        return user

    def throttle_keys(self, username: str, client: str) -> list[str]:
        # Unknown user names share one key: a flood of invented names cannot grow the table.
        known = hmac.compare_digest(username.encode(), self.settings.web.username.encode())
        return [f"account:{self.settings.web.username if known else '?'}", f"client:{client}"[:300]]

    def too_many_attempts(self, request: Request, next_path: str) -> HTMLResponse:
        return self.render(
            request,
            "login.html.j2",
            status_code=429,
            error="Trop de tentatives : réessayez dans quelques minutes.",
            next_path=next_path,
        )

    def check_credentials(self, username: str, password: str) -> bool:
        # Both checks always run, so a wrong user name takes as long as a wrong password.
        right_user = hmac.compare_digest(username.encode(), self.settings.web.username.encode())
        right_password = verify_password(password, self.password_hash)
        return right_user and right_password

    async def _decide(self, request: Request, action: Callable[[Session], bool]) -> bool | None:
        """Run a decision in one transaction; an ApprovalError becomes a message on the case page."""
        try:
            return await run_in_threadpool(self._in_session, action)
        except approval.DraftNotFound as exc:
            raise HTTPException(404, str(exc)) from None
        except approval.ApprovalError as exc:
            _flash(request, "erreur", _sentence(str(exc)))
            return None

    def _in_session(self, action: Callable[[Session], T]) -> T:
        """One committed unit of work, run in a worker thread so the event loop never waits on the disk."""
        with self.store.session() as session:
            return action(session)

    def render(self, request: Request, name: str, *, status_code: int = 200, **context: Any) -> HTMLResponse:
        flashes = request.session.pop("flash", []) if "flash" in request.session else []
        page = self.env.get_template(name).render(
            user=self.user(request), csrf=csrf_token(request), flashes=flashes, **context
        )
        return HTMLResponse(page, status_code=status_code)

    def server_error_page(self) -> str:
        return self.env.get_template("error.html.j2").render(
            user="",
            csrf="",
            flashes=[],
            title="Erreur interne",
            message="Erreur interne : l'action n'a pas été enregistrée. Réessayez dans un instant.",
        )

    def calendar_warning(self, session: Session) -> str:
        from intake.clock import utcnow
        from intake.scheduling.capacity import calendar_warning

        return calendar_warning(session, self.settings, now=utcnow())

    def local_time(self, moment: datetime | None) -> str:
        return approval.local_time(moment, self.zone)


def create_app(settings: Settings, store: Store, *, templates_dir: Path | None = None) -> Starlette:
    """The web UI; raises ConfigError (one line) when the password hash is missing or malformed."""
    password_hash = settings.web_password_hash()
    try:
        parse_hash(password_hash)
    except BadHash as exc:
        raise ConfigError(f"{settings.origin}: « web.password_hash » invalide — {exc}") from None
    ui = WebUI(settings, store, password_hash, templates_dir or resources.templates_dir() / "web")
    routes = [
        Route("/connexion", ui.login_page, methods=["GET"]),
        Route("/connexion", ui.login, methods=["POST"]),
        Route("/deconnexion", _login_required(ui, ui.logout), methods=["POST"]),
        Route("/deconnexion-partout", _login_required(ui, ui.logout_everywhere), methods=["POST"]),
        Route("/", _login_required(ui, ui.queue), methods=["GET"]),
        Route("/brouillons/{draft_id:int}", _login_required(ui, ui.case), methods=["GET"]),
        Route("/brouillons/{draft_id:int}/modifier", _login_required(ui, ui.edit), methods=["POST"]),
        Route("/brouillons/{draft_id:int}/approuver", _login_required(ui, ui.approve), methods=["POST"]),
        Route("/brouillons/{draft_id:int}/ecarter", _login_required(ui, ui.discard), methods=["POST"]),
        Route("/dossiers/{application_id:int}/criteres", _login_required(ui, ui.override), methods=["POST"]),
    ]
    # The programme's follow-up pages (cohorts, coaching, placements, report) live with their feature.
    from intake.followup.web_routes import followup_routes

    routes += followup_routes(ui, functools.partial(_login_required, ui))
    from intake.scheduling.web_routes import interview_routes

    routes += interview_routes(ui, functools.partial(_login_required, ui))
    from intake.web.messages_routes import message_routes

    routes += message_routes(ui, functools.partial(_login_required, ui))
    from intake.web.case_routes import case_routes

    routes += case_routes(ui, functools.partial(_login_required, ui))

    async def refused(request: Request, exc: Exception) -> Response:
        return ui.render(
            request,
            "error.html.j2",
            status_code=403,
            title="Formulaire refusé",
            message="Formulaire refusé : jeton de sécurité (CSRF) absent ou invalide. "
            "Rechargez la page et recommencez.",
        )

    async def too_large(request: Request, exc: Exception) -> Response:
        return ui.render(
            request,
            "error.html.j2",
            status_code=413,
            title="Trop long",
            message="Formulaire trop volumineux.",
        )

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        titles = {404: "Introuvable", 405: "Méthode non permise"}
        message = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else "Page introuvable."
        return ui.render(
            request,
            "error.html.j2",
            status_code=exc.status_code,
            title=titles.get(exc.status_code, "Erreur"),
            message=_sentence(str(message)),
        )

    return Starlette(
        routes=routes,
        middleware=[
            *proxy_and_host_middleware(settings),
            Middleware(SecurityHeaders),
            Middleware(InternalErrors, page=ui.server_error_page),
            Middleware(
                SessionMiddleware,
                secret_key=session_secret(settings),
                session_cookie=SESSION_COOKIE,
                max_age=SESSION_HOURS * 3600,
                same_site="strict",
                https_only=settings.web.public_url.lower().startswith("https://"),
            ),
        ],
        exception_handlers={
            CsrfRefused: refused,
            FormTooLarge: too_large,
            HTTPException: http_error,
        },
    )


def _login_required(ui: WebUI, endpoint: Endpoint) -> Endpoint:
    async def guarded(request: Request) -> Response:
        request.state.user = await run_in_threadpool(ui.user, request)
        if not request.state.user:
            target = request.url.path if request.method == "GET" else "/"
            return RedirectResponse(f"/connexion?suivant={quote(target)}", status_code=303)
        return await endpoint(request)

    return guarded


def _flash(request: Request, kind: str, text: str) -> None:
    request.session["flash"] = [*request.session.get("flash", []), [kind, text]]


def _text(form: Any, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def _given(form: Any, name: str) -> str | None:
    """A field's text, or None when the form does not carry it (older forms, the CLI)."""
    value = form.get(name)
    return value if isinstance(value, str) else None


def _safe_next(path: str | None) -> str:
    """Only a path on this site: a crafted link cannot send the coordinator elsewhere after login."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/"
    return path


def _back_to_case(outgoing_id: int) -> RedirectResponse:
    return RedirectResponse(f"/brouillons/{outgoing_id}", status_code=303)


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
