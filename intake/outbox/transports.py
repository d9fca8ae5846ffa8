"""How an email leaves: SMTP for real, or a local Maildir standing in for it in the demo.

A transport only delivers and says how it went: TemporaryFailure (4xx, connection trouble: try again
later) or PermanentFailure (5xx: the server will never take it). Deciding what that means for the
stored message is the sender's job.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import smtplib
import ssl
from pathlib import Path
from typing import Protocol

from intake.config import SmtpSettings
from intake.oauth import Credential, OAuthError, TokenSource, oauthbearer_string, xoauth2_string
from intake.redact import mask_addresses_in

LOOPBACK = {"localhost", "127.0.0.1", "::1"}


class TemporaryFailure(Exception):
    """Not delivered this time; worth trying again later. The message is one line for the coordinator."""


class PermanentFailure(Exception):
    """The server refused the email for good; trying again would not help."""


class TransportRefused(ValueError):
    """The transport's configuration is unsafe or unusable (a configuration error, not a delivery one)."""


class Transport(Protocol):
    def send(self, raw: bytes, *, sender: str, recipients: list[str], message_id: str) -> None: ...

    def close(self) -> None: ...


class SmtpTransport:
    """smtplib over SSL, STARTTLS, or (on loopback only) plain; one connection reused for a whole run."""

    def __init__(
        self, settings: SmtpSettings, password: Credential, *, context: ssl.SSLContext | None = None
    ) -> None:
        if settings.security == "plain" and settings.host not in LOOPBACK:
            # The password and the applicants' mail would cross the network in clear.
            raise TransportRefused(
                f"SMTP sans chiffrement refusé pour {settings.host} : "
                "« plain » est réservé à la boucle locale"
            )
        self.settings = settings
        self.password = password
        self.context = context or ssl.create_default_context()
        self._conn: smtplib.SMTP | None = None

    def send(self, raw: bytes, *, sender: str, recipients: list[str], message_id: str) -> None:
        conn = self._connection()
        try:
            conn.sendmail(sender, recipients, raw)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()), (0, b""))
            raise _classified(code, text) from exc
        except smtplib.SMTPResponseException as exc:
            if 400 <= exc.smtp_code < 600:
                raise _classified(exc.smtp_code, exc.smtp_error) from exc
            self._drop()
            raise TemporaryFailure(f"réponse SMTP inattendue ({exc.smtp_code})") from exc
        except (smtplib.SMTPException, OSError) as exc:
            # Disconnected or timed out, maybe after DATA: the one ambiguity SMTP leaves to every client.
            self._drop()
            raise TemporaryFailure(f"connexion SMTP interrompue ({_one_line(exc)})") from exc

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self._conn.quit()
            self._conn = None

    def _connection(self) -> smtplib.SMTP:
        if self._conn is not None:
            try:
                if self._conn.noop()[0] == 250:
                    return self._conn
            except (smtplib.SMTPException, OSError):
                pass
            self._drop()
        s = self.settings
        where = f"{s.host}:{s.port}"
        try:
            conn: smtplib.SMTP
            if s.security == "ssl":
                conn = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout_seconds, context=self.context)
            else:
                conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout_seconds)
                if s.security == "starttls":
                    conn.starttls(context=self.context)
            if isinstance(self.password, str):
                if s.username:
                    conn.login(s.username, self.password)
            else:
                authenticate_with_token(conn, s.username, self.password)
        except OAuthError as exc:
            raise TemporaryFailure(f"SMTP : {exc}") from exc
        except smtplib.SMTPAuthenticationError as exc:
            # Temporary on purpose: once the password is fixed, every waiting email still goes.
            raise TemporaryFailure(f"identifiants SMTP refusés par {where} ({exc.smtp_code})") from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise TemporaryFailure(f"serveur SMTP {where} injoignable ({_one_line(exc)})") from exc
        self._conn = conn
        return conn

    def _drop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None


class MaildirTransport:
    """Writes each email into a Maildir (`new/`), for the demo: the programme's "sent" box on disk.

    The file name comes from the Message-ID, so delivering the same email twice leaves one file: a
    retry after a crash can never duplicate it.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        for sub in ("tmp", "new", "cur"):
            (path / sub).mkdir(parents=True, exist_ok=True)

    def send(self, raw: bytes, *, sender: str, recipients: list[str], message_id: str) -> None:
        key = self.key_of(message_id)
        if self.contains(message_id):
            return
        tmp = self.path / "tmp" / f"{key}.{os.getpid()}"
        try:
            with tmp.open("wb") as fh:
                fh.write(raw.replace(b"\r\n", b"\n"))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path / "new" / key)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise TemporaryFailure(f"écriture dans {self.path} impossible ({exc.strerror})") from exc

    def contains(self, message_id: str) -> bool:
        key = self.key_of(message_id)
        if (self.path / "new" / key).exists():
            return True
        # A mail reader moves read messages to cur/ and appends flags after a colon.
        return any(p.name.split(":", 1)[0] == key for p in (self.path / "cur").glob(f"{key}*"))

    def close(self) -> None:
        return None

    @staticmethod
    def key_of(message_id: str) -> str:
        return "propulse-" + hashlib.sha256(message_id.encode()).hexdigest()[:32]


def authenticate_with_token(conn: smtplib.SMTP, username: str, tokens: TokenSource) -> None:
    """AUTH XOAUTH2 / OAUTHBEARER; a refused token is renewed once before giving up."""
    try:
        _auth(conn, username, tokens, tokens.access_token())
    except smtplib.SMTPAuthenticationError:
        _auth(conn, username, tokens, tokens.access_token(renew=True))


def _auth(conn: smtplib.SMTP, username: str, tokens: TokenSource, token: str) -> None:
    conn.ehlo_or_helo_if_needed()
    mechanism = tokens.mechanism.upper()
    initial = (oauthbearer_string if mechanism == "OAUTHBEARER" else xoauth2_string)(username, token)

    def respond(challenge: bytes | None = None) -> str:
        # The first call gives the initial response; a challenge is the server's error detail, answered
        # with an empty line so it ends the exchange with its refusal.
        return initial if challenge is None else ""

    conn.auth(mechanism, respond)


def _classified(code: int, text: bytes | str) -> TemporaryFailure | PermanentFailure:
    message = _one_line(text.decode(errors="replace") if isinstance(text, bytes) else text)
    if 500 <= code < 600:
        return PermanentFailure(f"refus définitif du serveur SMTP ({code}) : {message}")
    return TemporaryFailure(f"refus temporaire du serveur SMTP ({code}) : {message}")


def _one_line(value: object) -> str:
    return mask_addresses_in(" ".join(str(value).split()))[:300] or "(sans détail)"
