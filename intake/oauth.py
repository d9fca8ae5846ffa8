"""OAuth2 access tokens for IMAP and SMTP (XOAUTH2 / OAUTHBEARER), behind one small interface.

`TokenSource.access_token()` gives a token valid for a few minutes more at least; `renew=True` fetches a new
one (after the server refused the current one). Each provider flow is an `Issuer` that turns what it holds
(a client secret, a service-account key, a refresh token) into a `Grant`, with the library of its ecosystem:
msal for Microsoft 365, google-auth for Google Workspace. Both are pointed at configurable endpoints
(`oauth.authority`, `oauth.token_uri`), which is how the tests use a local server.

Tokens are cached in the store's data dir (mode 0600), shared by every connection of every process (a file
lock serialises refreshes, so a rotated refresh token is never used twice), and never logged. A refresh token
the provider refuses is remembered as revoked: every later call fails at once with the same one-line
message, without asking the provider again, until `propulse auth` stores a new one.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from intake.config import Settings

# A token is renewed when it has less than this left, so it never expires mid-login.
RENEW_MARGIN_SECONDS = 300.0
CACHE_NAME = "oauth-tokens.json"

MICROSOFT_AUTHORITY = "https://login.microsoftonline.com"
MICROSOFT_DELEGATED_SCOPES = [
    "https://outlook.office.com/IMAP.AccessAsUser.All",
    "https://outlook.office.com/SMTP.Send",
]
MICROSOFT_APPLICATION_SCOPES = ["https://outlook.office365.com/.default"]
GOOGLE_SCOPES = ["https://mail.google.com/"]


class OAuthError(Exception):
    """No token can be had just now; the message is one line for the coordinator (never a token)."""


class OAuthRevoked(OAuthError):
    """The provider refused the stored refresh token: consent must be given again (`propulse auth`)."""


@dataclass(frozen=True)
class Grant:
    access_token: str
    expires_in: float
    refresh_token: str | None = None


class Issuer(Protocol):
    """One provider flow: turns what it holds (and the stored refresh token, if the flow uses one) into a
    fresh access token."""

    label: str
    command: str  # the argument of `propulse auth` for this provider
    uses_refresh_token: bool

    def issue(self, refresh_token: str | None) -> Grant: ...


class TokenSource(Protocol):
    mechanism: str  # "xoauth2" or "oauthbearer"

    def access_token(self, *, renew: bool = False) -> str: ...


class TokenCache:
    """The JSON file of tokens in the data dir, readable by the service's user only."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def save(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.chmod(tmp, 0o600)  # the umask may not have been applied as wanted on an existing file
        os.replace(tmp, self.path)

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Exclusive across threads and processes (flock is per open file)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path.with_name(f".{self.path.name}.lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def store_refresh_token(self, refresh_token: str) -> None:
        """After consent: a new refresh token, and whatever was cached (or revoked) before is forgotten."""
        with self.locked():
            self.save({"refresh_token": refresh_token})


class CachedTokens:
    """The TokenSource every connection uses: cached token while it lasts, else one from the issuer."""

    def __init__(self, issuer: Issuer, cache: TokenCache, *, mechanism: str = "xoauth2") -> None:
        self.issuer = issuer
        self.cache = cache
        self.mechanism = mechanism

    def access_token(self, *, renew: bool = False) -> str:
        stale = self.cache.load().get("access_token") if renew else None
        with self.cache.locked():
            state = self.cache.load()
            if state.get("revoked"):
                raise OAuthRevoked(str(state["revoked"]))
            token = state.get("access_token")
            # Renewing: unless another connection already replaced the token the server refused.
            fresh_enough = float(state.get("expires_at", 0)) - RENEW_MARGIN_SECONDS > time.time()
            if token and fresh_enough and (not renew or token != stale):
                return str(token)
            refresh_token = state.get("refresh_token")
            if self.issuer.uses_refresh_token and not refresh_token:
                raise OAuthError(
                    f"{self.issuer.label} : aucune autorisation enregistrée — lancez "
                    f"« propulse auth {self.issuer.command} »"
                )
            try:
                grant = self.issuer.issue(refresh_token)
            except OAuthRevoked as exc:
                self.cache.save({"revoked": str(exc)})
                raise
            self.cache.save(
                {
                    "access_token": grant.access_token,
                    "expires_at": time.time() + grant.expires_in,
                    "refresh_token": grant.refresh_token or refresh_token,
                }
            )
            return grant.access_token


def revoked_message(label: str, command: str) -> str:
    return (
        f"{label} : l'autorisation d'accès à la boîte a été révoquée ou a expiré — "
        f"relancez « propulse auth {command} » pour la renouveler"
    )


class MicrosoftIssuer:
    """msal: client credentials (a shared mailbox, application permission) or delegated (refresh token)."""

    def __init__(self, settings: Settings) -> None:
        self.o = settings.oauth
        self.secret = settings.oauth_client_secret()
        self.uses_refresh_token = self.o.flow != "client_credentials"
        self.label = "Microsoft 365"
        self.command = "microsoft"

    @property
    def authority(self) -> str:
        return self.o.authority or f"{MICROSOFT_AUTHORITY}/{self.o.tenant}"

    @property
    def scopes(self) -> list[str]:
        if self.o.scopes:
            return list(self.o.scopes)
        return MICROSOFT_APPLICATION_SCOPES if not self.uses_refresh_token else MICROSOFT_DELEGATED_SCOPES

    def application(self, *, public: bool = False) -> Any:
        """The msal application; `public`: without the secret (the device-code flow is for public clients)."""
        import msal

        # A configured authority is taken as it is: no look-up of it at login.microsoftonline.com.
        custom = bool(self.o.authority)
        options: dict[str, Any] = {"authority": self.authority}
        if custom:
            options |= {"instance_discovery": False, "validate_authority": False}
        try:
            if self.secret and not public:
                return msal.ConfidentialClientApplication(
                    self.o.client_id, client_credential=self.secret, **options
                )
            return msal.PublicClientApplication(self.o.client_id, **options)
        except Exception as exc:  # msal raises ValueError or requests' errors from its discovery
            problem = f"serveur d'autorisation {self.authority} injoignable ({_one_line(exc)})"
            raise OAuthError(f"{self.label} : {problem}") from exc

    def issue(self, refresh_token: str | None) -> Grant:
        app = self.application()
        try:
            if refresh_token:
                result = app.acquire_token_by_refresh_token(refresh_token, scopes=self.scopes)
            else:
                result = app.acquire_token_for_client(scopes=self.scopes)
        except Exception as exc:  # network errors come from requests, through msal
            raise OAuthError(f"{self.label} : serveur d'autorisation injoignable ({_one_line(exc)})") from exc
        return self.grant_of(result, refreshing=bool(refresh_token))

    def grant_of(self, result: dict[str, Any], *, refreshing: bool) -> Grant:
        if "access_token" in result:
            lifetime = float(result.get("expires_in", 3600))
            return Grant(str(result["access_token"]), lifetime, result.get("refresh_token"))
        error = str(result.get("error", "erreur inconnue"))
        if refreshing and error == "invalid_grant":
            raise OAuthRevoked(revoked_message(self.label, "microsoft"))
        raise OAuthError(f"{self.label} : jeton refusé ({error})")


class GoogleIssuer:
    """google-auth: a service account with domain-wide delegation, or an installed application's refresh
    token."""

    def __init__(self, settings: Settings) -> None:
        self.o = settings.oauth
        self.secret = settings.oauth_client_secret()
        self.subject = settings.inbox.imap.username
        self.uses_refresh_token = self.o.flow != "service_account"
        self.label = "Google Workspace"
        self.command = "google"

    @property
    def scopes(self) -> list[str]:
        return list(self.o.scopes) or GOOGLE_SCOPES

    def credentials(self, refresh_token: str | None) -> Any:
        if self.uses_refresh_token:
            from google.oauth2.credentials import Credentials

            return Credentials(  # type: ignore[no-untyped-call]
                token=None,
                refresh_token=refresh_token,
                token_uri=self.o.token_uri,
                client_id=self.o.client_id,
                client_secret=self.secret,
                scopes=self.scopes,
            )
        from google.auth import crypt
        from google.oauth2 import service_account

        try:
            info = json.loads(Path(self.o.service_account_file).read_text(encoding="utf-8"))
            signer = crypt.RSASigner.from_service_account_info(info)  # type: ignore[no-untyped-call]
        except (OSError, ValueError, KeyError) as exc:
            raise OAuthError(
                f"{self.label} : clé de compte de service illisible ({self.o.service_account_file}) "
                f"({type(exc).__name__})"
            ) from exc
        return service_account.Credentials(  # type: ignore[no-untyped-call]
            signer,
            info["client_email"],
            self.o.token_uri or info.get("token_uri", ""),
            scopes=self.scopes,
            subject=self.subject,
        )

    def issue(self, refresh_token: str | None) -> Grant:
        import google.auth.exceptions
        from google.auth.transport.requests import Request

        credentials = self.credentials(refresh_token)
        try:
            credentials.refresh(Request())
        except google.auth.exceptions.RefreshError as exc:
            if self.uses_refresh_token and "invalid_grant" in str(exc):
                raise OAuthRevoked(revoked_message(self.label, "google")) from exc
            raise OAuthError(f"{self.label} : jeton refusé ({_one_line(exc)})") from exc
        except google.auth.exceptions.TransportError as exc:
            raise OAuthError(f"{self.label} : serveur d'autorisation injoignable ({_one_line(exc)})") from exc
        expiry = credentials.expiry  # naive UTC
        lifetime = 3600.0 if expiry is None else _seconds_until(expiry)
        return Grant(str(credentials.token), lifetime, getattr(credentials, "refresh_token", None))


def _seconds_until(naive_utc: Any) -> float:
    from datetime import UTC

    return float(naive_utc.replace(tzinfo=UTC).timestamp() - time.time())


def issuer_of(settings: Settings) -> MicrosoftIssuer | GoogleIssuer:
    if settings.oauth.provider == "google":
        return GoogleIssuer(settings)
    return MicrosoftIssuer(settings)


def token_cache(settings: Settings) -> TokenCache:
    return TokenCache(settings.store.data_dir / CACHE_NAME)


def token_source(settings: Settings) -> CachedTokens:
    return CachedTokens(issuer_of(settings), token_cache(settings), mechanism=settings.oauth.mechanism)


# What a connection logs in with: a password, or a source of tokens.
Credential = str | TokenSource


def imap_credential(settings: Settings) -> Credential:
    if settings.inbox.imap.auth == "oauth2":
        return token_source(settings)
    return settings.imap_password()


def smtp_credential(settings: Settings) -> Credential:
    if settings.smtp.auth == "oauth2":
        return token_source(settings)
    return settings.smtp_password()


def xoauth2_string(user: str, token: str) -> str:
    """The XOAUTH2 initial response (Google's and Microsoft's documented format)."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def oauthbearer_string(user: str, token: str) -> str:
    """The OAUTHBEARER initial response (RFC 7628)."""
    identity = user.replace("=", "=3D").replace(",", "=2C")
    return f"n,a={identity},\x01auth=Bearer {token}\x01\x01"


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:200] or "(sans détail)"
