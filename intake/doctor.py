"""`propulse doctor`: what stands between the configuration and a working service, one line per check.

Each check is a small class with a name and `check()`; `CHECKS` is their order, as data: from the file to the
network, then the mail servers, then the rest. A check that needs an earlier one (no TCP without DNS) says it
was not run rather than failing twice. Every red line carries a fix hint for the coordinator, in French.
"""

from __future__ import annotations

import contextlib
import re
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any, Literal, Protocol

import imapclient
from imapclient.exceptions import IMAPClientError

from intake.config import ConfigError, Settings
from intake.oauth import OAuthError, imap_credential

Status = Literal["ok", "fail", "skip"]
CLOCK_SKEW_LIMIT_SECONDS = 120.0
CERTIFICATE_WARNING_DAYS = 14
NETWORK_TIMEOUT_SECONDS = 8.0


@dataclass(frozen=True)
class Outcome:
    status: Status
    detail: str
    hint: str = ""
    # False: a red line that does not prevent the checks that follow (a certificate close to expiry).
    blocks: bool = True


def ok(detail: str) -> Outcome:
    return Outcome("ok", detail)


def failed(detail: str, hint: str) -> Outcome:
    return Outcome("fail", detail, hint)


def skipped(detail: str) -> Outcome:
    return Outcome("skip", detail)


@dataclass
class Context:
    """What the checks share: the settings, and what earlier checks opened or learnt."""

    settings: Settings
    send_test: bool = False
    failed: set[str] = field(default_factory=set)
    imap: imapclient.IMAPClient | None = None
    delimiter: str = "/"

    @property
    def uses_imap(self) -> bool:
        return self.settings.inbox.source == "imap"

    @property
    def uses_smtp(self) -> bool:
        return self.settings.outbox.transport == "smtp"

    def servers(self) -> list[tuple[str, str, int, str]]:
        """(label, host, port, security) of each mail server the configuration uses."""
        found: list[tuple[str, str, int, str]] = []
        if self.uses_imap:
            i = self.settings.inbox.imap
            found.append(("IMAP", i.host, i.port, i.security))
        if self.uses_smtp:
            s = self.settings.smtp
            found.append(("SMTP", s.host, s.port, s.security))
        return found

    def close(self) -> None:
        if self.imap is not None:
            with contextlib.suppress(IMAPClientError, OSError):
                self.imap.logout()


class Check(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def needs(self) -> tuple[str, ...]: ...

    def check(self, ctx: Context) -> Outcome: ...


NOT_IMAP = 'sans objet : boîte locale Maildir (inbox.source = "maildir")'
NOT_SMTP = 'sans objet : envoi dans un Maildir local (outbox.transport = "maildir")'


class ConfigValid:
    name = "Configuration"
    needs: tuple[str, ...] = ()

    def check(self, ctx: Context) -> Outcome:
        # Loading already refused unknown keys, wrong types and missing secrets: reaching here means valid.
        return ok(f"valide — {ctx.settings.origin}")


class StoreReady:
    name = "Base de données"
    needs: tuple[str, ...] = ()

    def check(self, ctx: Context) -> Outcome:
        from sqlalchemy.exc import SQLAlchemyError

        from intake.store.db import StoreNotReady, open_store

        try:
            store = open_store(ctx.settings.database_url)
        except StoreNotReady:
            return failed("pas à jour (schéma non migré)", "lancez « propulse init »")
        except SQLAlchemyError as exc:
            reason = " ".join(str(exc.orig if hasattr(exc, "orig") else exc).split())[:200]
            return failed(f"injoignable ({reason})", "vérifiez store.url et que le serveur de base tourne")
        store.dispose()
        return ok(f"joignable et à jour ({store.engine.url.render_as_string(hide_password=True)})")


class Dns:
    name = "DNS"
    needs: tuple[str, ...] = ()

    def check(self, ctx: Context) -> Outcome:
        if not ctx.servers():
            return skipped(NOT_IMAP)
        found = []
        for label, host, _port, _security in ctx.servers():
            try:
                infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
                addresses = {str(info[4][0]) for info in infos}
            except socket.gaierror as exc:
                return failed(
                    f"{label} : le nom « {host} » ne se résout pas ({exc.strerror})",
                    "vérifiez l'orthographe du serveur (ou inbox.provider) et la connexion Internet",
                )
            found.append(f"{label} {host} → {', '.join(sorted(addresses))}")
        return ok(" ; ".join(found))


class Tcp:
    name = "Connexion TCP"
    needs: tuple[str, ...] = ("DNS",)

    def check(self, ctx: Context) -> Outcome:
        if not ctx.servers():
            return skipped(NOT_IMAP)
        for label, host, port, _security in ctx.servers():
            try:
                with socket.create_connection((host, port), timeout=NETWORK_TIMEOUT_SECONDS):
                    pass
            except OSError as exc:
                reason = "délai dépassé" if isinstance(exc, TimeoutError) else (exc.strerror or str(exc))
                return failed(
                    f"{label} : {host}:{port} ne répond pas ({reason})",
                    "vérifiez le port (993/143 en IMAP, 465/587 en SMTP) et qu'aucun pare-feu ne le bloque",
                )
        return ok(" ; ".join(f"{label} {host}:{port} ouvert" for label, host, port, _ in ctx.servers()))


class TlsCertificate:
    name = "Certificat TLS"
    needs: tuple[str, ...] = ("Connexion TCP",)

    def check(self, ctx: Context) -> Outcome:
        if not ctx.servers():
            return skipped(NOT_IMAP)
        found = []
        for label, host, port, security in ctx.servers():
            if security == "plain":
                found.append(f"{label} sans chiffrement (boucle locale seulement)")
                continue
            try:
                cert = _peer_certificate(label, host, port, security)
            except ssl.SSLCertVerificationError as exc:
                return failed(
                    f"{label} : certificat de {host} refusé ({exc.verify_message})",
                    "le serveur doit présenter un certificat valide pour ce nom (auto-signé ou expiré : "
                    "demandez à l'hébergeur ; vérifiez aussi le nom du serveur)",
                )
            except (ssl.SSLError, OSError, smtplib.SMTPException, IMAPClientError) as exc:
                return failed(
                    f"{label} : négociation TLS impossible avec {host}:{port} ({_one_line(exc)})",
                    "vérifiez « security » : « tls »/« ssl » sur 993/465, « starttls » sur 143/587",
                )
            expires = datetime.fromtimestamp(ssl.cert_time_to_seconds(cert["notAfter"]), UTC)
            days = (expires - datetime.now(UTC)).days
            names = ", ".join(v for k, v in cert.get("subjectAltName", ()) if k in ("DNS", "IP Address"))
            if days < CERTIFICATE_WARNING_DAYS:
                return Outcome(
                    "fail",
                    f"{label} : le certificat de {host} expire dans {days} jour(s)",
                    "prévenez l'hébergeur : le service ne pourra plus se connecter à l'expiration",
                    blocks=False,
                )
            found.append(f"{label} {names or host}, expire le {expires:%Y-%m-%d} (dans {days} jours)")
        return ok(" ; ".join(found))


class ImapLogin:
    name = "Connexion IMAP"
    needs: tuple[str, ...] = ("Connexion TCP", "Certificat TLS")

    def check(self, ctx: Context) -> Outcome:
        if not ctx.uses_imap:
            return skipped(NOT_IMAP)
        from intake.sources.base import SourceUnavailable
        from intake.sources.imap import ImapSource

        s = ctx.settings.inbox.imap
        try:
            ctx.imap = ImapSource.connect_client(s, imap_credential(ctx.settings))
        except (SourceUnavailable, OAuthError, ConfigError) as exc:
            if s.auth == "oauth2":
                hint = (
                    f"vérifiez [oauth] ; pour une autorisation déléguée, relancez "
                    f"« propulse auth {ctx.settings.oauth.provider} »"
                )
            else:
                hint = (
                    f"vérifiez inbox.imap.username (« {s.username} ») et le mot de passe "
                    f"({s.password_env or s.password_file or 'inbox.imap.password'})"
                )
            return failed(str(exc), hint)
        from intake.sources.imap import folder_delimiter

        ctx.delimiter = folder_delimiter(ctx.imap)
        how = "OAuth2" if s.auth == "oauth2" else "mot de passe"
        return ok(f"{s.username}@{s.host} connecté ({how})")


class Folders:
    name = "Dossiers"
    needs: tuple[str, ...] = ("Connexion IMAP",)

    def check(self, ctx: Context) -> Outcome:
        if not ctx.uses_imap:
            path = ctx.settings.inbox.maildir.path
            try:
                for sub in ("new", "cur", "tmp"):
                    (path / sub).mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                return failed(f"Maildir {path} inutilisable ({exc.strerror})", "vérifiez inbox.maildir.path")
            return ok(f"Maildir {path} prêt")
        assert ctx.imap is not None
        s = ctx.settings.inbox.imap
        try:
            if not ctx.imap.folder_exists(s.folder):
                return failed(f"le dossier « {s.folder} » n'existe pas", "vérifiez inbox.imap.folder")
            created = []
            for folder in (s.processed_folder, s.quarantine_folder):
                name = folder.replace("/", ctx.delimiter)
                if not ctx.imap.folder_exists(name):
                    ctx.imap.create_folder(name)
                    created.append(folder)
        except (IMAPClientError, OSError) as exc:
            return failed(
                f"dossiers impossibles à créer ({_one_line(exc)})",
                "vérifiez les droits du compte, ou créez les dossiers dans le webmail",
            )
        made = f" (créé(s) : {', '.join(created)})" if created else ""
        return ok(f"« {s.folder} », « {s.processed_folder} », « {s.quarantine_folder} »{made}")


class Capabilities:
    name = "IDLE et MOVE"
    needs: tuple[str, ...] = ("Connexion IMAP",)

    def check(self, ctx: Context) -> Outcome:
        if not ctx.uses_imap:
            return skipped(NOT_IMAP)
        assert ctx.imap is not None
        missing = [c for c in ("IDLE", "MOVE") if not ctx.imap.has_capability(c)]
        if missing:
            return failed(
                f"le serveur ne propose pas {' ni '.join(missing)}",
                "le service marche quand même (relève périodique, copie puis suppression) ; "
                "un autre hébergeur sera plus réactif",
            )
        return ok("proposées par le serveur")


class SmtpLogin:
    name = "Connexion SMTP"
    needs: tuple[str, ...] = ("Connexion TCP", "Certificat TLS")

    def check(self, ctx: Context) -> Outcome:
        if not ctx.uses_smtp:
            return skipped(NOT_SMTP)
        from intake.outbox.sender import open_transport
        from intake.outbox.transports import SmtpTransport, TemporaryFailure, TransportRefused

        try:
            transport = open_transport(ctx.settings)
            assert isinstance(transport, SmtpTransport)
            transport._connection()
            transport.close()
        except (TemporaryFailure, TransportRefused, OAuthError, ConfigError) as exc:
            s = ctx.settings.smtp
            hint = (
                "vérifiez smtp.username et le mot de passe"
                if s.auth == "password"
                else f"vérifiez [oauth] (portée SMTP) ; « propulse auth {ctx.settings.oauth.provider} »"
            )
            return failed(str(exc), hint)
        s = ctx.settings.smtp
        who = (
            f"{s.username or ctx.settings.inbox.imap.username}@" if (s.username or s.auth == "oauth2") else ""
        )
        return ok(f"{who}{s.host}:{s.port} accepte la connexion")


class TestSend:
    name = "Envoi de test"
    needs: tuple[str, ...] = ("Connexion SMTP",)

    def check(self, ctx: Context) -> Outcome:
        if not ctx.send_test:
            return skipped("non demandé (--send-test envoie un message à l'adresse du programme)")
        from intake.outbox.sender import open_transport
        from intake.outbox.transports import PermanentFailure, TemporaryFailure

        address = ctx.settings.programme.address
        message = _test_message(ctx.settings, "Test d'envoi de propulse doctor")
        transport = open_transport(ctx.settings)
        try:
            transport.send(
                message.as_bytes(), sender=address, recipients=[address], message_id=message["Message-ID"]
            )
        except (TemporaryFailure, PermanentFailure) as exc:
            return failed(str(exc), "le serveur refuse l'expéditeur : vérifiez programme.address")
        finally:
            transport.close()
        return ok(f"message envoyé à {address}")


class SentAppendable:
    name = "Dossier des envoyés"
    needs: tuple[str, ...] = ("Connexion IMAP",)

    def check(self, ctx: Context) -> Outcome:
        if not ctx.uses_imap or not ctx.settings.outbox.sent_folder:
            if ctx.uses_smtp:
                return skipped("aucune copie demandée (outbox.sent_folder vide)")
            return ok(f"copie des envois dans le Maildir {ctx.settings.outbox.maildir_path}")
        from intake.outbox.sent_folder import ImapSentFolder, SentFolderUnavailable

        sent = ImapSentFolder(
            ctx.settings.inbox.imap, imap_credential(ctx.settings), folder=ctx.settings.outbox.sent_folder
        )
        message = _test_message(ctx.settings, "Test du dossier des envoyés (propulse doctor)")
        try:
            sent.append(message.as_bytes())
            _remove(sent, message["Message-ID"])
        except (SentFolderUnavailable, IMAPClientError, OSError) as exc:
            return failed(
                f"« {sent.folder} » : {_one_line(exc)}",
                "vérifiez outbox.sent_folder (le nom exact du dossier des éléments envoyés)",
            )
        finally:
            sent.close()
        return ok(f"« {sent.folder} » accepte les copies")


class WebSecret:
    name = "Mot de passe de l'interface web"
    needs: tuple[str, ...] = ()

    def check(self, ctx: Context) -> Outcome:
        try:
            ctx.settings.web_password_hash()
        except ConfigError:
            w = ctx.settings.web
            return failed(
                "aucun hachage de mot de passe défini",
                f"lancez « propulse web hash-password » et mettez le résultat dans la variable "
                f"{w.password_hash_env or '(aucune)'} ou le fichier web.password_hash_file",
            )
        return ok("défini")


class ClockSkew:
    name = "Horloge"
    needs: tuple[str, ...] = ("Dossiers",)

    def check(self, ctx: Context) -> Outcome:
        if not ctx.uses_imap or ctx.imap is None:
            return skipped("sans serveur IMAP pour comparer")
        try:
            server_time = _server_time(ctx)
        except (IMAPClientError, OSError) as exc:
            return skipped(f"heure du serveur illisible ({_one_line(exc)})")
        if server_time is None:
            return skipped("heure du serveur illisible")
        skew = (datetime.now(UTC) - server_time).total_seconds()
        if abs(skew) > CLOCK_SKEW_LIMIT_SECONDS:
            return failed(
                f"décalage de {skew:+.0f} s avec le serveur IMAP",
                "synchronisez l'horloge de la machine (timedatectl set-ntp true) : "
                "les jetons OAuth2 et les dates des e-mails en dépendent",
            )
        return ok(f"décalage de {skew:+.0f} s avec le serveur IMAP")


CHECKS: tuple[Check, ...] = (
    ConfigValid(),
    StoreReady(),
    Dns(),
    Tcp(),
    TlsCertificate(),
    ImapLogin(),
    Folders(),
    Capabilities(),
    SmtpLogin(),
    TestSend(),
    SentAppendable(),
    WebSecret(),
    ClockSkew(),
)


def run_checks(settings: Settings, *, send_test: bool = False) -> list[tuple[str, Outcome]]:
    ctx = Context(settings, send_test=send_test)
    results: list[tuple[str, Outcome]] = []
    try:
        for check in CHECKS:
            blocked = [n for n in check.needs if n in ctx.failed]
            outcome = skipped(f"non vérifié ({blocked[0]} en échec)") if blocked else check.check(ctx)
            if (outcome.status == "fail" and outcome.blocks) or blocked:
                ctx.failed.add(check.name)
            results.append((check.name, outcome))
    finally:
        ctx.close()
    return results


def _peer_certificate(label: str, host: str, port: int, security: str) -> dict[str, Any]:
    context = ssl.create_default_context()
    cert: Any
    if security in ("tls", "ssl"):
        with (
            socket.create_connection((host, port), timeout=NETWORK_TIMEOUT_SECONDS) as raw,
            context.wrap_socket(raw, server_hostname=host) as tls,
        ):
            cert = tls.getpeercert()
    elif label == "IMAP":
        client = imapclient.IMAPClient(host, port=port, ssl=False, timeout=NETWORK_TIMEOUT_SECONDS)
        try:
            client.starttls(context)
            tls_socket: Any = client.socket()
            cert = tls_socket.getpeercert()
        finally:
            with contextlib.suppress(IMAPClientError, OSError):
                client.logout()
    else:
        with smtplib.SMTP(host, port, timeout=NETWORK_TIMEOUT_SECONDS) as conn:
            conn.starttls(context=context)
            smtp_socket: Any = conn.sock
            cert = smtp_socket.getpeercert() if smtp_socket is not None else {}
    return dict(cert or {})


def _test_message(settings: Settings, subject: str) -> EmailMessage:
    address = settings.programme.address
    message = EmailMessage()
    message["From"] = address
    message["To"] = address
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain=address.rpartition("@")[2] or "propulse.invalid")
    message["Auto-Submitted"] = "auto-generated"
    message.set_content("Message de vérification envoyé par « propulse doctor ». Il peut être supprimé.\n")
    return message


def _remove(sent: Any, message_id: str) -> None:
    """Take the doctor's test copy out of the Sent folder again."""
    client: imapclient.IMAPClient = sent._connected()
    client.select_folder(sent.folder)
    uids = client.search(["HEADER", "Message-ID", message_id])
    if uids:
        client.add_flags(uids, [imapclient.DELETED])
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)
        else:
            client.expunge()


def _server_time(ctx: Context) -> datetime | None:
    """The server's clock: the INTERNALDATE it gives a message appended (then removed) in the processed
    folder, which the service never reads."""
    assert ctx.imap is not None
    folder = ctx.settings.inbox.imap.processed_folder.replace("/", ctx.delimiter)
    marker = _test_message(ctx.settings, "Horloge (propulse doctor)")
    answer = ctx.imap.append(folder, marker.as_bytes(), flags=[imapclient.SEEN, imapclient.DELETED])
    found = re.search(rb"APPENDUID \d+ (\d+)", answer if isinstance(answer, bytes) else b"")
    ctx.imap.select_folder(folder)
    uids = [int(found.group(1))] if found else ctx.imap.search(["HEADER", "Message-ID", marker["Message-ID"]])
    if not uids:
        return None
    data = ctx.imap.fetch(uids, ["INTERNALDATE"])
    if ctx.imap.has_capability("UIDPLUS"):
        ctx.imap.uid_expunge(uids)
    internal = next(iter(data.values())).get(b"INTERNALDATE")
    if not isinstance(internal, datetime):
        return None
    # imapclient gives local naive time unless asked otherwise; its tzinfo when it has one.
    return internal.astimezone(UTC) if internal.tzinfo else internal.astimezone().astimezone(UTC)


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:200] or "(sans détail)"
