"""`propulse auth microsoft|google`: the coordinator gives consent once; the refresh token is stored.

Microsoft: the device-code flow (a code to type at microsoft.com/devicelogin, from any browser). Google: the
installed-application flow with a loopback redirect (the browser comes back to 127.0.0.1 on this machine),
with PKCE. The refresh token goes into the token cache of the data dir (mode 0600), never on screen.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

import typer

from intake.cli_context import fail, settings_of
from intake.config import Settings
from intake.oauth import GoogleIssuer, MicrosoftIssuer, OAuthError, token_cache

auth_app = typer.Typer(
    help="Autorisation OAuth2 (une fois) : Microsoft 365 ou Google Workspace.", no_args_is_help=True
)
CONSENT_TIMEOUT_SECONDS = 600


def register(app: typer.Typer) -> None:
    app.add_typer(auth_app, name="auth")


@auth_app.command("microsoft")
def microsoft(ctx: typer.Context) -> None:
    """Autorise l'accès à la boîte Microsoft 365 (code à saisir sur la page de connexion Microsoft)."""
    settings = _oauth_settings(ctx, "microsoft")
    issuer = MicrosoftIssuer(settings)
    try:
        app = issuer.application(public=True)
        flow = app.initiate_device_flow(scopes=issuer.scopes)
        if "user_code" not in flow:
            fail(f"Microsoft 365 refuse de démarrer l'autorisation ({flow.get('error', 'erreur inconnue')})")
        typer.echo(str(flow.get("message", "")))
        typer.echo("En attente de votre autorisation…")
        result: dict[str, Any] = app.acquire_token_by_device_flow(flow)
        grant = issuer.grant_of(result, refreshing=False)
    except OAuthError as exc:
        fail(str(exc))
    _store(settings, grant.refresh_token, "Microsoft 365")


@auth_app.command("google")
def google(ctx: typer.Context) -> None:
    """Autorise l'accès à la boîte Google Workspace (une page Google à ouvrir dans un navigateur)."""
    settings = _oauth_settings(ctx, "google")
    issuer = GoogleIssuer(settings)
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    state = secrets.token_urlsafe(16)
    with _Redirect() as redirect:
        url = (
            settings.oauth.auth_uri
            + "?"
            + urlencode(
                {
                    "client_id": settings.oauth.client_id,
                    "redirect_uri": redirect.uri,
                    "response_type": "code",
                    "scope": " ".join(issuer.scopes),
                    "access_type": "offline",
                    "prompt": "consent",
                    "code_challenge": challenge,
                    "code_challenge_method": "S256",
                    "state": state,
                    "login_hint": settings.inbox.imap.username,
                }
            )
        )
        typer.echo("Ouvrez cette adresse dans un navigateur, sur cette machine, et acceptez l'accès :")
        typer.echo(url)
        query = redirect.wait(CONSENT_TIMEOUT_SECONDS)
    if query is None:
        fail("aucune réponse de Google dans les 10 minutes : relancez « propulse auth google »")
    if query.get("state") != state or "code" not in query:
        fail(f"autorisation refusée ou interrompue ({query.get('error', 'réponse inattendue')})")
    refresh_token = _exchange_code(
        settings, issuer, query["code"], redirect_uri=redirect.uri, verifier=verifier
    )
    _store(settings, refresh_token, "Google Workspace")


def _oauth_settings(ctx: typer.Context, provider: str) -> Settings:
    settings = settings_of(ctx)
    if settings.oauth.provider != provider:
        fail(f'[oauth] provider vaut « {settings.oauth.provider} » : mettez provider = "{provider}"', 2)
    if settings.oauth.flow not in ("delegated", "refresh_token"):
        fail(f"le flux « {settings.oauth.flow} » n'a pas besoin d'autorisation interactive", 2)
    if not settings.oauth.client_id:
        fail("oauth.client_id est vide : indiquez l'identifiant de l'application enregistrée", 2)
    return settings


def _store(settings: Settings, refresh_token: str | None, label: str) -> None:
    if not refresh_token:
        fail(f"{label} n'a pas donné de jeton d'actualisation (refresh token) : vérifiez les portées")
    token_cache(settings).store_refresh_token(refresh_token)
    typer.echo(f"Autorisation {label} enregistrée dans {settings.store.data_dir}.")


def _exchange_code(
    settings: Settings, issuer: GoogleIssuer, code: str, *, redirect_uri: str, verifier: str
) -> str | None:
    import requests

    try:
        answer = requests.post(
            settings.oauth.token_uri,
            data={
                "grant_type": "authorization_code",
                "code": code,
                "client_id": settings.oauth.client_id,
                "client_secret": issuer.secret,
                "redirect_uri": redirect_uri,
                "code_verifier": verifier,
            },
            timeout=30,
        )
        body: dict[str, Any] = answer.json()
    except (requests.RequestException, ValueError) as exc:
        fail(f"Google Workspace : serveur d'autorisation injoignable ({type(exc).__name__})")
    if "refresh_token" not in body:
        fail(f"Google Workspace : échange du code refusé ({body.get('error', answer.status_code)})")
    return str(body["refresh_token"])


class _Redirect:
    """A one-shot HTTP server on 127.0.0.1 that receives the browser coming back with the code."""

    def __init__(self) -> None:
        self.query: dict[str, str] | None = None
        self.received = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return None  # the URL holds the code: never logged

            def do_GET(self) -> None:
                query = {k: v[0] for k, v in parse_qs(urlparse(self.path).query).items()}
                if "code" not in query and "error" not in query:
                    self.send_response(404)
                    self.end_headers()
                    return
                outer.query = query
                page = "Autorisation reçue : vous pouvez fermer cette page et revenir au terminal."
                data = f"<!doctype html><meta charset=utf-8><p>{page}</p>".encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                outer.received.set()

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.uri = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> _Redirect:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def wait(self, timeout: float) -> dict[str, str] | None:
        self.received.wait(timeout)
        return self.query
