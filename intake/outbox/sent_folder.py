"""The IMAP "Sent" folder: a copy of each email we send, and the proof, after a crash, that it left.

The coordinator's mail client then shows the whole conversation, their messages and our replies.
"""

from __future__ import annotations

import contextlib
import ssl
from datetime import datetime

import imapclient
from imapclient.exceptions import IMAPClientError

from intake.config import ImapSettings
from intake.oauth import Credential, OAuthError
from intake.outbox.transports import LOOPBACK
from intake.presets import FALLBACK_SENT, SPECIAL_USE_SENT


class SentFolderUnavailable(RuntimeError):
    """The Sent folder cannot be read or written just now; the message is one line for a person."""


class ImapSentFolder:
    """One IMAP connection, opened on first use; the folder is created if it does not exist."""

    def __init__(self, settings: ImapSettings, password: Credential, *, folder: str) -> None:
        if settings.security == "plain" and settings.host not in LOOPBACK:
            raise SentFolderUnavailable(
                f"IMAP sans chiffrement refusé pour {settings.host} : "
                "« plain » est réservé à la boucle locale"
            )
        self.settings = settings
        self.password = password
        self.folder = folder
        self._client: imapclient.IMAPClient | None = None

    def append(self, raw: bytes, *, when: datetime | None = None) -> None:
        client = self._connected()
        try:
            client.append(self.folder, raw, flags=[imapclient.SEEN], msg_time=when)
        except (IMAPClientError, OSError) as exc:
            self._drop()
            problem = f"copie dans « {self.folder} » impossible ({_one_line(exc)})"
            raise SentFolderUnavailable(problem) from exc

    def contains(self, message_id: str) -> bool:
        """Is an email with exactly this Message-ID in the folder?"""
        client = self._connected()
        try:
            client.select_folder(self.folder, readonly=True)
            # The server's HEADER search matches substrings: confirm each candidate exactly.
            uids = client.search(["HEADER", "Message-ID", message_id])
            if not uids:
                return False
            fetched = client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        except (IMAPClientError, OSError) as exc:
            self._drop()
            problem = f"lecture de « {self.folder} » impossible ({_one_line(exc)})"
            raise SentFolderUnavailable(problem) from exc
        wanted = message_id.strip()
        for data in fetched.values():
            header = bytes(data.get(b"BODY[HEADER.FIELDS (MESSAGE-ID)]", b"")).decode(errors="replace")
            _, _, value = header.partition(":")
            if " ".join(value.split()) == wanted:
                return True
        return False

    def close(self) -> None:
        if self._client is not None:
            with contextlib.suppress(IMAPClientError, OSError):
                self._client.logout()
            self._client = None

    def _connected(self) -> imapclient.IMAPClient:
        if self._client is not None:
            return self._client
        s = self.settings
        context = ssl.create_default_context()
        try:
            client = imapclient.IMAPClient(
                s.host,
                port=s.port,
                ssl=s.security == "tls",
                ssl_context=context if s.security == "tls" else None,
                timeout=s.timeout_seconds,
            )
            if s.security == "starttls":
                client.starttls(context)
            from intake.sources.imap import log_in

            log_in(client, s.username, self.password)
            if self.folder == SPECIAL_USE_SENT:
                # RFC 6154: the server names its own Sent folder ("[Gmail]/Messages envoyés", "Sent Items").
                self.folder = client.find_special_folder(imapclient.imapclient.SENT) or FALLBACK_SENT
            if not client.folder_exists(self.folder):
                client.create_folder(self.folder)
                with contextlib.suppress(IMAPClientError):
                    client.subscribe_folder(self.folder)
        except OAuthError as exc:
            raise SentFolderUnavailable(f"IMAP : {exc}") from exc
        except (IMAPClientError, OSError) as exc:
            raise SentFolderUnavailable(
                f"IMAP {s.host}:{s.port} injoignable pour le dossier « {self.folder} » ({_one_line(exc)})"
            ) from exc
        self._client = client
        return client

    def _drop(self) -> None:
        if self._client is not None:
            with contextlib.suppress(Exception):
                self._client.shutdown()
            self._client = None


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:300] or "(sans détail)"
