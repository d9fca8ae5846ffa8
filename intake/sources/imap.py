"""An IMAP folder, read with imapclient.

Messages are found by UID, never by the \\Seen flag: the coordinator may already have opened a message in
webmail, and it must still be ingested. The folder is treated as a queue: every message in it is pending
until it has been moved to the "processed" (or quarantine) folder, which happens only after its record
is committed. Listing the whole folder each time (rather than only UIDs above the last one seen) is what
makes a crash between commit and move harmless: the message is seen again, found to be a duplicate, and
moved. UIDVALIDITY is still recorded so a change of it is noticed and logged.
"""

from __future__ import annotations

import contextlib
import logging
import ssl
from collections.abc import Iterator
from email.parser import BytesHeaderParser
from typing import Any

import imapclient
from imapclient.exceptions import IMAPClientError

from intake.config import ImapSettings
from intake.oauth import Credential, OAuthError, TokenSource
from intake.sources.base import Incoming, SourceUnavailable

log = logging.getLogger(__name__)

FETCH_BATCH = 50
MOVE_BATCH = 50
LOOPBACK = {"localhost", "127.0.0.1", "::1"}


class ImapSource:
    def __init__(
        self, settings: ImapSettings, password: Credential, *, max_message_bytes: int | None = None
    ) -> None:
        self.settings = settings
        self.max_message_bytes = max_message_bytes
        self.name = f"imap://{settings.username}@{settings.host}:{settings.port}/{settings.folder}"
        if settings.security == "plain" and settings.host not in LOOPBACK:
            # A password in clear over a network is never acceptable; on loopback it never leaves the machine.
            raise SourceUnavailable(
                f"IMAP sans chiffrement refusé pour {settings.host} : "
                "« plain » est réservé à la boucle locale"
            )
        self._password = password
        self._checker: imapclient.IMAPClient | None = None
        # Committed messages not moved yet: one UID MOVE per batch instead of one per message. Until it
        # runs they are still in the inbox, which the next poll recognises as already recorded.
        self._filed: list[int] = []
        self.client = self._connect(password)
        self.delimiter = folder_delimiter(self.client)
        self.uidvalidity: int | None = None
        self._ensure_folder(self._server_name(settings.processed_folder))
        self._ensure_folder(self._server_name(settings.quarantine_folder))

    def fetch(self) -> Iterator[Incoming]:
        self._move_filed()
        try:
            status = self.client.select_folder(self.settings.folder)
            self.uidvalidity = int(status[b"UIDVALIDITY"])
            uids = sorted(self.client.search("ALL"))
        except (IMAPClientError, OSError) as exc:
            raise SourceUnavailable(
                f"IMAP : lecture du dossier {self.settings.folder} impossible ({exc})"
            ) from exc
        for start in range(0, len(uids), FETCH_BATCH):
            batch = uids[start : start + FETCH_BATCH]
            try:
                sizes = self.client.fetch(batch, ["RFC822.SIZE"])
                limit = self.max_message_bytes
                large = [
                    u
                    for u in batch
                    if limit is not None and int(sizes.get(u, {}).get(b"RFC822.SIZE", 0)) > limit
                ]
                # BODY.PEEK leaves \Seen as the coordinator left it; a message too large is not downloaded.
                small = [u for u in batch if u not in large]
                data = self.client.fetch(small, ["BODY.PEEK[]", "RFC822.SIZE"]) if small else {}
                heads = self.client.fetch(large, ["BODY.PEEK[HEADER]"]) if large else {}
            except (IMAPClientError, OSError) as exc:
                raise SourceUnavailable(f"IMAP : récupération des messages impossible ({exc})") from exc
            for uid in batch:
                if uid in large:
                    head = heads.get(uid, {}).get(b"BODY[HEADER]")
                    if head is not None:
                        yield self._incoming(uid, bytes(head), oversized=int(sizes[uid][b"RFC822.SIZE"]))
                    continue
                raw = data.get(uid, {}).get(b"BODY[]")
                if raw is None:  # expunged by someone else meanwhile
                    continue
                size = data[uid].get(b"RFC822.SIZE")
                if size is not None and len(raw) != int(size):
                    # A connection cut mid-transfer can hand over a truncated message: never record half.
                    raise SourceUnavailable(
                        f"IMAP : message UID {uid} reçu incomplet ({len(raw)} octets sur {size})"
                    )
                yield self._incoming(uid, bytes(raw))

    def _incoming(self, uid: int, raw: bytes, *, oversized: int | None = None) -> Incoming:
        ref = f"{self.name};UIDVALIDITY={self.uidvalidity};UID={uid}"
        return Incoming(
            raw=raw, ref=ref, key=str(uid), uidvalidity=self.uidvalidity, uid=uid, oversized=oversized
        )

    def acknowledge(self, item: Incoming, *, seen_before: bool = False) -> None:
        if seen_before:
            self._move_filed()  # its first copy may be among them: file it before looking
        if seen_before and self._already_filed(item, self.settings.processed_folder):
            # A server that died mid-MOVE (or a crash between COPY and EXPUNGE) left the message in both
            # folders: only the inbox copy goes, so the processed folder keeps exactly one.
            self._expunge(int(item.key), self.settings.processed_folder)
            return
        self._filed.append(int(item.key))
        if len(self._filed) >= MOVE_BATCH:
            self._move_filed()

    def quarantine(self, item: Incoming, reason: str) -> None:
        self._move(item, self.settings.quarantine_folder)

    def close(self) -> None:
        with contextlib.suppress(SourceUnavailable):  # left in the inbox, recognised at the next poll
            self._move_filed()
        for client in (self.client, self._checker):
            if client is not None:
                with contextlib.suppress(IMAPClientError, OSError):
                    client.logout()

    def _already_filed(self, item: Incoming, folder: str) -> bool:
        """Whether `folder` already holds a message with this one's Message-ID. A second connection looks,
        since the main one has the inbox selected while `fetch` walks it."""
        message_id = BytesHeaderParser().parsebytes(item.raw).get("Message-ID")
        if not message_id or not str(message_id).strip():
            return False
        try:
            if self._checker is None:
                self._checker = self.connect_client(self.settings, self._password)
            self._checker.select_folder(self._server_name(folder), readonly=True)
            return bool(self._checker.search(["HEADER", "Message-ID", str(message_id).strip()]))
        except (IMAPClientError, OSError) as exc:
            raise SourceUnavailable(f"IMAP : vérification du dossier {folder} impossible ({exc})") from exc

    def _expunge(self, uid: int, folder: str) -> None:
        try:
            self.client.add_flags([uid], [imapclient.DELETED])
            if self.client.has_capability("UIDPLUS"):
                self.client.uid_expunge([uid])
            else:
                self.client.expunge()
        except (IMAPClientError, OSError) as exc:
            raise SourceUnavailable(f"IMAP : déplacement vers {folder} impossible ({exc})") from exc

    def _move_filed(self) -> None:
        uids, self._filed = self._filed, []
        if uids:
            self._move_uids(uids, self.settings.processed_folder)

    def _move(self, item: Incoming, folder: str) -> None:
        self._move_uids([int(item.key)], folder)

    def _move_uids(self, uids: list[int], folder: str) -> None:
        target = self._server_name(folder)
        try:
            if self.client.has_capability("MOVE"):
                self.client.move(uids, target)
                return
            self.client.copy(uids, target)
        except (IMAPClientError, OSError) as exc:
            raise SourceUnavailable(f"IMAP : déplacement vers {folder} impossible ({exc})") from exc
        for uid in uids:
            self._expunge(uid, folder)

    def _connect(self, password: Credential) -> imapclient.IMAPClient:
        return self.connect_client(self.settings, password)

    @staticmethod
    def connect_client(s: ImapSettings, password: Credential) -> imapclient.IMAPClient:
        """A logged-in connection (also used by the IDLE watcher); `password` may be a source of OAuth2
        tokens."""
        try:
            client = imapclient.IMAPClient(
                s.host,
                port=s.port,
                ssl=s.security == "tls",
                ssl_context=ssl.create_default_context() if s.security == "tls" else None,
                timeout=s.timeout_seconds,
            )
            if s.security == "starttls":
                client.starttls(ssl.create_default_context())
            log_in(client, s.username, password)
        except OAuthError as exc:
            raise SourceUnavailable(f"IMAP : {exc}") from exc
        except imapclient.exceptions.LoginError as exc:
            what = "jeton OAuth2 refusé" if s.auth == "oauth2" else "identifiants refusés"
            raise SourceUnavailable(f"IMAP : {what} pour {s.username}@{s.host}") from exc
        except (TimeoutError, IMAPClientError, OSError) as exc:
            raise SourceUnavailable(f"IMAP : connexion à {s.host}:{s.port} impossible ({exc})") from exc
        return client

    def _server_name(self, folder: str) -> str:
        """Folders are written with "/" in the config; servers use their own separator (Dovecot: ".")."""
        return folder.replace("/", self.delimiter)

    def _ensure_folder(self, name: str) -> None:
        try:
            if not self.client.folder_exists(name):
                self.client.create_folder(name)
                log.info("dossier IMAP créé : %s", name)
        except (IMAPClientError, OSError) as exc:
            raise SourceUnavailable(f"IMAP : création du dossier {name} impossible ({exc})") from exc


def log_in(client: imapclient.IMAPClient, username: str, credential: Credential) -> None:
    """LOGIN with a password, or AUTHENTICATE XOAUTH2 / OAUTHBEARER with a token; a refused token is
    renewed once (expired early, or revoked and re-granted) before giving up."""
    if isinstance(credential, str):
        client.login(username, credential)
        return
    try:
        _authenticate(client, username, credential, credential.access_token())
    except imapclient.exceptions.LoginError:
        log.info("IMAP : jeton OAuth2 refusé, renouvellement")
        _authenticate(client, username, credential, credential.access_token(renew=True))


def _authenticate(client: imapclient.IMAPClient, username: str, tokens: TokenSource, token: str) -> None:
    if tokens.mechanism == "oauthbearer":
        client.oauthbearer_login(username, token)
    else:
        client.oauth2_login(username, token)


def folder_delimiter(client: imapclient.IMAPClient) -> str:
    """The server's folder separator ("/" when it names none, or cannot be asked)."""
    try:
        folders: list[Any] = client.list_folders(directory="", pattern="")
    except (IMAPClientError, OSError):
        return "/"
    if folders and folders[0][1]:
        delim = folders[0][1]
        return delim.decode() if isinstance(delim, bytes) else str(delim)
    return "/"
