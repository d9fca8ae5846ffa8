"""The coordinator's web UI: logging in and out, and the app that mounts every feature's pages.

The pages themselves live with their feature (`draft_routes`, `case_routes`, `messages_routes`,
`intake/followup/web_routes.py`, `intake/scheduling/web_routes.py`) and share `intake.web.kit`.
Pages are server-rendered Jinja2 with autoescaping everywhere and no script at all; the Content Security
Policy forbids scripts and outside resources, so nothing on a page leaves the machine.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
from collections.abc import Callable
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.convertors import IntegerConvertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from intake import resources
from intake.config import ConfigError, Settings
from intake.followup.web_routes import followup_routes
from intake.scheduling.web_routes import interview_routes
from intake.store.db import Store
from intake.web.auth import BadHash, parse_hash, verify_password
from intake.web.case_routes import case_routes
from intake.web.csrf import CsrfRefused, FormTooLarge, checked_form, renew_csrf_token
from intake.web.draft_routes import draft_routes
from intake.web.kit import Kit, field, flash, see
from intake.web.messages_routes import message_routes
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
TOO_MANY_ATTEMPTS = "Trop de tentatives : réessayez dans quelques minutes."


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


class LoginPages:
    """Logging in and out: the password check, its backoff, and the server-side session it opens."""

    def __init__(self, kit: Kit, password_hash: str) -> None:
        self.kit = kit
        self.settings = kit.settings
        self.password_hash = password_hash
        self.backoff = LoginBackoff(
            kit.store,
            free_attempts=kit.settings.web.login_free_attempts,
            base_seconds=kit.settings.web.login_backoff_seconds,
            max_seconds=kit.settings.web.login_backoff_max_seconds,
        )
        # scrypt takes ~32 MiB per check: a burst of logins waits its turn instead of exhausting memory.
        self.hash_checks = asyncio.Semaphore(HASH_CHECKS)

    async def login_page(self, request: Request) -> Response:
        if self.kit.user(request):
            return see("/")
        return self.kit.render(
            request, "login.html.j2", next_path=_safe_next(request.query_params.get("suivant"))
        )

    async def login(self, request: Request) -> Response:
        form = await checked_form(request)
        client = request.client.host if request.client else "?"
        next_path = _safe_next(field(form, "suivant"))
        username, password = field(form, "identifiant"), field(form, "mot_de_passe")
        keys = self.throttle_keys(username, client)
        if await run_in_threadpool(self.backoff.wait_seconds, keys) > 0:
            return self.refused(request, next_path, 429, TOO_MANY_ATTEMPTS)
        async with self.hash_checks:
            # Asked again after waiting for a turn: attempts queued behind failures are refused unchecked.
            if await run_in_threadpool(self.backoff.wait_seconds, keys) > 0:
                return self.refused(request, next_path, 429, TOO_MANY_ATTEMPTS)
            ok = await run_in_threadpool(self.check_credentials, username, password)
        if not ok:
            await run_in_threadpool(self.backoff.record_failure, keys)
            return self.refused(request, next_path, 401, "Identifiant ou mot de passe incorrect.")
        await run_in_threadpool(self.backoff.reset, keys)
        token = await run_in_threadpool(self.kit.sessions.open, self.settings.web.username, self.kit.key_tag)
        # A fresh session on login: nothing chosen before authentication survives it.
        request.session.clear()
        # Only the token: who is logged in is read from the server's session row (Kit.user), never the cookie.
        request.session["sid"] = token
        renew_csrf_token(request)
        return see(next_path)

    async def logout(self, request: Request) -> Response:
        await checked_form(request)
        token = request.session.get("sid")
        if isinstance(token, str):
            await run_in_threadpool(self.kit.sessions.revoke, token)
        request.session.clear()
        flash(request, "info", "Vous êtes déconnecté·e.")
        return see("/connexion")

    async def logout_everywhere(self, request: Request) -> Response:
        await checked_form(request)
        count = await run_in_threadpool(self.kit.sessions.revoke_all, self.kit.user(request))
        request.session.clear()
        flash(request, "info", f"Déconnecté·e partout ({count} session(s) fermée(s)).")
        return see("/connexion")

    def throttle_keys(self, username: str, client: str) -> list[str]:
        # Unknown user names share one key: a flood of invented names cannot grow the table.
        known = hmac.compare_digest(username.encode(), self.settings.web.username.encode())
        return [f"account:{self.settings.web.username if known else '?'}", f"client:{client}"[:300]]

    def refused(self, request: Request, next_path: str, status_code: int, error: str) -> HTMLResponse:
        return self.kit.render(
            request, "login.html.j2", status_code=status_code, error=error, next_path=next_path
        )

    def check_credentials(self, username: str, password: str) -> bool:
        # Both checks always run, so a wrong user name takes as long as a wrong password.
        right_user = hmac.compare_digest(username.encode(), self.settings.web.username.encode())
        right_password = verify_password(password, self.password_hash)
        return right_user and right_password


class ErrorPages:
    """The French pages of a refused form and of an HTTP error."""

    def __init__(self, kit: Kit) -> None:
        self.kit = kit

    async def csrf_refused(self, request: Request, exc: Exception) -> Response:
        return self.kit.render_error(
            request,
            403,
            "Formulaire refusé",
            "Formulaire refusé : jeton de sécurité (CSRF) absent ou invalide. "
            "Rechargez la page et recommencez.",
        )

    async def too_large(self, request: Request, exc: Exception) -> Response:
        return self.kit.render_error(request, 413, "Trop long", "Formulaire trop volumineux.")

    async def http_error(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        titles = {404: "Introuvable", 405: "Méthode non permise"}
        message = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else "Page introuvable."
        return self.kit.render_error(
            request, exc.status_code, titles.get(exc.status_code, "Erreur"), str(message)
        )


def create_app(settings: Settings, store: Store, *, templates_dir: Path | None = None) -> Starlette:
    """The web UI; raises ConfigError (one line) when the password hash is missing or malformed."""
    password_hash = settings.web_password_hash()
    try:
        parse_hash(password_hash)
    except BadHash as exc:
        raise ConfigError(f"{settings.origin}: « web.password_hash » invalide — {exc}") from None
    kit = Kit(
        settings,
        store,
        sessions=SessionStore(store, hours=SESSION_HOURS),
        # Sessions carry a tag of the password hash: a new password ends every open session.
        key_tag=hashlib.sha256(password_hash.encode()).hexdigest()[:16],
        templates_dir=templates_dir or resources.templates_dir() / "web",
    )
    errors = ErrorPages(kit)
    return Starlette(
        routes=_routes(kit, LoginPages(kit, password_hash)),
        middleware=[
            *proxy_and_host_middleware(settings),
            Middleware(SecurityHeaders),
            Middleware(InternalErrors, page=kit.server_error_page),
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
            CsrfRefused: errors.csrf_refused,
            FormTooLarge: errors.too_large,
            HTTPException: errors.http_error,
        },
    )


def _routes(kit: Kit, login: LoginPages) -> list[Route]:
    """Every page: logging in and out here, each feature's pages from its own module."""
    return [
        Route("/connexion", login.login_page, methods=["GET"]),
        Route("/connexion", login.login, methods=["POST"]),
        kit.page("/deconnexion", login.logout, "POST"),
        kit.page("/deconnexion-partout", login.logout_everywhere, "POST"),
        *draft_routes(kit),
        # The programme's follow-up pages (cohorts, coaching, placements, report) live with their feature.
        *followup_routes(kit),
        *interview_routes(kit),
        *message_routes(kit),
        *case_routes(kit),
    ]


def _safe_next(path: str | None) -> str:
    """Only a path on this site: a crafted link cannot send the coordinator elsewhere after login."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/"
    return path
