"""A small OAuth2 authorisation server for the tests, issuing and refreshing tokens the way Microsoft's and
Google's do, so msal and google-auth can be pointed at it (no network):

- HTTPS (self-signed certificate, trusted through REQUESTS_CA_BUNDLE) for what the libraries call: the
  OpenID discovery document msal reads (`/{tenant}/v2.0/.well-known/openid-configuration`), the device-code
  endpoint, and one token endpoint `/token` for the grants client_credentials, refresh_token,
  urn:ietf:params:oauth:grant-type:jwt-bearer (Google service accounts), device_code and authorization_code.
- plain HTTP on a second port for `/introspect` (RFC 7662), which Dovecot's oauth2 passdb and the test SMTP
  server ask about each access token.

The test steers it: `expire_access_tokens()` (the next login must refresh), `revoke_refresh_tokens()`.
"""

from __future__ import annotations

import base64
import json
import secrets
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

from smtp_server import make_certificate

TENANT = "propulse-test"
CLIENT_ID = "client-de-test"
CLIENT_SECRET = "secret-client-de-test"


@dataclass
class AccessToken:
    username: str
    expires_at: float


@dataclass
class OAuthState:
    # The mailbox the client-credentials and device-code grants act for.
    username: str = "propulse"
    lifetime: int = 3600
    access: dict[str, AccessToken] = field(default_factory=dict)
    refresh: dict[str, str] = field(default_factory=dict)  # refresh token -> username
    grants: list[str] = field(default_factory=list)  # grant types served, in order
    introspections: int = 0
    codes: dict[str, str] = field(default_factory=dict)  # authorization code -> username
    lock: threading.Lock = field(default_factory=threading.Lock)

    def issue(self, username: str, *, with_refresh: bool) -> dict[str, Any]:
        token = "at-" + secrets.token_urlsafe(16)
        self.access[token] = AccessToken(username, time.time() + self.lifetime)
        answer: dict[str, Any] = {"token_type": "Bearer", "access_token": token, "expires_in": self.lifetime}
        if with_refresh:
            refresh = "rt-" + secrets.token_urlsafe(16)
            self.refresh[refresh] = username
            answer["refresh_token"] = refresh
        return answer

    def new_refresh_token(self, username: str | None = None) -> str:
        """A refresh token as `propulse auth` would have stored it."""
        with self.lock:
            refresh = "rt-" + secrets.token_urlsafe(16)
            self.refresh[refresh] = username or self.username
            return refresh


class OAuthServer:
    def __init__(self, directory: Path, *, username: str = "propulse") -> None:
        self.state = OAuthState(username=username)
        self.certificate, key = make_certificate(directory)
        handler = _handler(self)
        self._https = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.certificate, key)
        self._https.socket = context.wrap_socket(self._https.socket, server_side=True)
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._threads = [
            threading.Thread(target=s.serve_forever, daemon=True) for s in (self._https, self._http)
        ]

    @property
    def base(self) -> str:
        return f"https://127.0.0.1:{self._https.server_address[1]}"

    @property
    def authority(self) -> str:
        return f"{self.base}/{TENANT}"

    @property
    def token_uri(self) -> str:
        return f"{self.base}/token"

    @property
    def introspection_url(self) -> str:
        return f"http://127.0.0.1:{self._http.server_address[1]}/introspect"

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        for server in (self._https, self._http):
            server.shutdown()
            server.server_close()

    def expire_access_tokens(self) -> None:
        with self.state.lock:
            for token in self.state.access.values():
                token.expires_at = 0

    def revoke_refresh_tokens(self) -> None:
        with self.state.lock:
            self.state.refresh.clear()

    def is_valid(self, token: str, username: str) -> bool:
        with self.state.lock:
            found = self.state.access.get(token)
            return found is not None and found.username == username and found.expires_at > time.time()

    def grant(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        kind = form.get("grant_type", "")
        with self.state.lock:
            self.state.grants.append(kind)
            if kind == "client_credentials":
                if form.get("client_secret") != CLIENT_SECRET:
                    return 401, {"error": "invalid_client"}
                return 200, self.state.issue(self.state.username, with_refresh=False)
            if kind == "refresh_token":
                username = self.state.refresh.pop(form.get("refresh_token", ""), None)
                if username is None:
                    return 400, {"error": "invalid_grant", "error_description": "Token has been revoked."}
                return 200, self.state.issue(username, with_refresh=True)  # rotated, as Microsoft does
            if kind == "urn:ietf:params:oauth:grant-type:jwt-bearer":
                payload = form.get("assertion", "").split(".")[1]
                claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
                return 200, self.state.issue(claims.get("sub") or claims["iss"], with_refresh=False)
            if kind == "urn:ietf:params:oauth:grant-type:device_code":
                return 200, self.state.issue(self.state.username, with_refresh=True)
            if kind == "authorization_code":
                username = self.state.codes.pop(form.get("code", ""), None)
                if username is None:
                    return 400, {"error": "invalid_grant"}
                return 200, self.state.issue(username, with_refresh=True)
        return 400, {"error": "unsupported_grant_type"}

    def discovery(self) -> dict[str, Any]:
        return {
            "issuer": f"{self.authority}/v2.0",
            "authorization_endpoint": f"{self.authority}/oauth2/v2.0/authorize",
            "token_endpoint": self.token_uri,
            "device_authorization_endpoint": f"{self.authority}/oauth2/v2.0/devicecode",
        }


def _handler(server: OAuthServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return None

        def do_GET(self) -> None:
            path = urlparse(self.path).path
            if path.endswith("/.well-known/openid-configuration"):
                self._json(200, server.discovery())
            else:
                self._json(404, {"error": "not_found"})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            path = urlparse(self.path).path
            if path == "/token":
                self._json(*server.grant(form))
            elif path.endswith("/devicecode"):
                self._json(
                    200,
                    {
                        "device_code": "device-" + secrets.token_urlsafe(8),
                        "user_code": "ABCD-EFGH",
                        "verification_uri": f"{server.base}/device",
                        "expires_in": 900,
                        "interval": 1,
                        "message": f"Ouvrez {server.base}/device et saisissez le code ABCD-EFGH.",
                    },
                )
            elif path == "/introspect":
                with server.state.lock:
                    server.state.introspections += 1
                    found = server.state.access.get(form.get("token", ""))
                    active = found is not None and found.expires_at > time.time()
                answer: dict[str, Any] = {"active": active}
                if found is not None and active:
                    answer["username"] = found.username
                self._json(200, answer)
            else:
                self._json(404, {"error": "not_found"})

        def _json(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler
