"""Load and validate the configuration once, at start.

Every key has a typed default here (the "embedded defaults"); `config.example.toml` documents them for
people. A TOML file may override any of them. An unknown key, a wrong type or a missing secret stops the
program with one line naming the key and the file: a typo must never be silently ignored.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

ENV_CONFIG = "PROPULSE_CONFIG"


class ConfigError(Exception):
    """The configuration cannot be used; the message is one line meant for a person."""


@dataclass(frozen=True)
class StoreSettings:
    # Any SQLAlchemy URL; empty means a SQLite file in data_dir.
    url: str = ""
    data_dir: Path = Path("var")


@dataclass(frozen=True)
class MaildirSettings:
    path: Path = Path("var/inbox")
    processed_folder: str = "processed"
    quarantine_folder: str = "quarantine"


@dataclass(frozen=True)
class ImapSettings:
    host: str = "localhost"
    port: int = 993
    security: Literal["tls", "starttls", "plain"] = "tls"
    username: str = ""
    password: str = ""
    password_env: str = "PROPULSE_IMAP_PASSWORD"
    password_file: str = ""
    folder: str = "INBOX"
    processed_folder: str = "Propulse/Traités"
    quarantine_folder: str = "Propulse/Quarantaine"
    timeout_seconds: float = 30.0
    # "password", or "oauth2" (XOAUTH2 / OAUTHBEARER with a token from the [oauth] section).
    auth: Literal["password", "oauth2"] = "password"


@dataclass(frozen=True)
class InboxSettings:
    source: Literal["maildir", "imap"] = "maildir"
    poll_seconds: float = 60.0
    maildir: MaildirSettings = field(default_factory=MaildirSettings)
    imap: ImapSettings = field(default_factory=ImapSettings)
    # A host's preset (intake/presets.py) fills the server keys not written in the file.
    provider: Literal["custom", "google", "microsoft", "ovh", "gandi", "infomaniak"] = "custom"
    # The receiving servers whose Authentication-Results header is believed (RFC 8601 authserv-id).
    # A sender not verified by one of them changes no case alone; empty: nobody is verified.
    authserv_ids: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ProgrammeSettings:
    name: str = "Pro'pulse"
    address: str = "propulse@animafac.net"
    timezone: str = "Europe/Paris"
    # Where the weekly digest goes; empty: the programme's address.
    coordinator_address: str = ""

    @property
    def domain(self) -> str:
        """Our address's domain: every Message-ID we write ends with it, so replies are known by it."""
        return self.address.rpartition("@")[2].strip().lower() or "propulse.invalid"


@dataclass(frozen=True)
class ExtractionSettings:
    max_attachment_mb: float = 15.0
    max_pages: int = 20
    max_uncompressed_mb: float = 50.0
    timeout_seconds: float = 20.0
    workers: int = 2
    # A message larger than this (raw, as received) is quarantined from its headers alone, unread.
    max_message_mb: float = 25.0
    # Wall-clock budget for reading one message's documents; past it the message is quarantined.
    message_seconds: float = 60.0
    # Address-space cap of the document reader process.
    worker_memory_mb: int = 512


@dataclass(frozen=True)
class SmtpSettings:
    host: str = "localhost"
    port: int = 465
    security: Literal["ssl", "starttls", "plain"] = "ssl"
    username: str = ""
    password: str = ""
    password_env: str = "PROPULSE_SMTP_PASSWORD"
    password_file: str = ""
    timeout_seconds: float = 30.0
    auth: Literal["password", "oauth2"] = "password"


@dataclass(frozen=True)
class OutboxSettings:
    # "maildir" writes approved mail into a local Maildir (the demo); "smtp" sends it for real.
    transport: Literal["maildir", "smtp"] = "maildir"
    maildir_path: Path = Path("var/sent")
    # IMAP folder (on the inbox's server) that receives a copy of each sent email; empty: no copy.
    sent_folder: str = "Sent"
    max_attempts: int = 8
    retry_base_seconds: float = 60.0
    # How often the service looks for approved emails to send.
    send_every_seconds: float = 10.0


# Drafts that state only facts: the coordinator may let them leave without approval (`drafts.auto_send`).
AUTO_SENDABLE_DRAFTS = ("status_update", "document_received")


@dataclass(frozen=True)
class DraftSettings:
    # Beyond this many drafts for one sender within 24 hours, further messages are only noted on the case.
    max_per_sender_per_day: int = 3
    # Drafts the coordinator lets leave without approval because they state only facts: any of
    # "status_update", "document_received". Empty: every draft waits for approval.
    auto_send: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.auto_send) - set(AUTO_SENDABLE_DRAFTS))
        if unknown:
            choices = ", ".join(repr(d) for d in AUTO_SENDABLE_DRAFTS)
            raise ConfigError(
                f"« drafts.auto_send » : {', '.join(unknown)} ne peut pas partir sans approbation "
                f"(valeurs possibles : {choices})"
            )


@dataclass(frozen=True)
class WebSettings:
    host: str = "127.0.0.1"
    port: int = 8080
    username: str = "coordination"
    # A hash made by `propulse web hash-password`; like any secret it may come from a variable or a file.
    password_hash: str = ""
    password_hash_env: str = "PROPULSE_WEB_PASSWORD_HASH"
    password_hash_file: str = ""
    # Signs the session cookies; empty: a random key kept in data_dir.
    session_secret: str = ""
    session_secret_env: str = "PROPULSE_WEB_SESSION_SECRET"
    session_secret_file: str = ""
    # The address the coordinator types (https://… behind a TLS proxy): its host name is the only Host
    # accepted besides `host`, and https makes the session cookie Secure.
    public_url: str = ""
    # Reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed; nobody else's are.
    trusted_proxies: list[str] = field(default_factory=list)
    # Failed logins allowed per account and per client before each new try waits, the first wait
    # (doubling each time) and its cap, in seconds.
    login_free_attempts: int = 5
    login_backoff_seconds: float = 2.0
    login_backoff_max_seconds: float = 300.0


@dataclass(frozen=True)
class InterviewSettings:
    # Weekly windows, "<day> HH:MM-HH:MM" with the day in French or English (mardi / tuesday).
    windows: list[str] = field(
        default_factory=lambda: [
            "mardi 10:00-12:00",
            "mardi 14:00-17:00",
            "jeudi 10:00-12:00",
            "jeudi 14:00-17:00",
        ]
    )
    slot_minutes: int = 45
    buffer_minutes: int = 15
    min_notice_hours: int = 24
    horizon_days: int = 15
    hold_days: int = 5
    # Dates (YYYY-MM-DD) without interviews; French public holidays are excluded anyway.
    blackout_dates: list[str] = field(default_factory=list)
    location: str = "Animafac, 3 rue Récamier, 75007 Paris"
    # Hour (local time) of the reminder sent the day before an interview.
    reminder_hour: int = 10
    reminder_needs_approval: bool = False
    # The queue, the case page and the Monday digest warn when fewer free slots remain in the horizon.
    warn_below_free_slots: int = 6


@dataclass(frozen=True)
class ProgrammeFollowUpSettings:
    default_cohort_capacity: int = 12
    # Coaching days of the week, "<day> HH:MM-HH:MM <kind>", generated for each cohort.
    coaching_pattern: list[str] = field(default_factory=lambda: ["mardi 09:30-17:00", "jeudi 09:30-17:00"])
    coaching_place: str = "Animafac, 3 rue Récamier, 75007 Paris"
    # Evening reminder before each coaching day, at this hour the day before.
    coaching_reminder_hour: int = 18
    checkin_every_days: int = 14


@dataclass(frozen=True)
class RetentionSettings:
    # People not admitted: CV and personal details erased this many months after the last contact.
    not_admitted_months: int = 24
    # Participants: kept for the programme's duration plus this many months.
    participant_months_after_end: int = 36


@dataclass(frozen=True)
class OAuthSettings:
    # "microsoft" (msal) or "google" (google-auth); used where inbox.imap.auth / smtp.auth = "oauth2".
    provider: Literal["microsoft", "google"] = "microsoft"
    # microsoft: "client_credentials" (shared mailbox, application permission) or "delegated";
    # google: "service_account" (domain-wide delegation) or "refresh_token" (installed application).
    # "delegated" and "refresh_token" need `propulse auth microsoft|google` once.
    flow: Literal["client_credentials", "delegated", "service_account", "refresh_token"] = "delegated"
    client_id: str = ""
    client_secret: str = ""
    client_secret_env: str = "PROPULSE_OAUTH_CLIENT_SECRET"
    client_secret_file: str = ""
    # Microsoft: the directory (tenant) id or domain; `authority` empty means login.microsoftonline.com.
    tenant: str = "organizations"
    authority: str = ""
    # Google: the endpoints of the installed-application flow.
    token_uri: str = "https://oauth2.googleapis.com/token"
    auth_uri: str = "https://accounts.google.com/o/oauth2/auth"
    # Google: the service account's JSON key (domain-wide delegation to inbox.imap.username).
    service_account_file: str = ""
    # Empty: the provider's IMAP and SMTP scopes.
    scopes: list[str] = field(default_factory=list)
    # The SASL mechanism: "xoauth2" (Google, Microsoft) or "oauthbearer" (RFC 7628).
    mechanism: Literal["xoauth2", "oauthbearer"] = "xoauth2"


@dataclass(frozen=True)
class RulesSettings:
    # A directory holding a complete copy of the shipped rules (eligibility.toml, lexicon/); empty: shipped.
    dir: str = ""


@dataclass(frozen=True)
class TemplatesSettings:
    # A directory holding a complete copy of the shipped templates (mail/, web/); empty: shipped.
    dir: str = ""


@dataclass(frozen=True)
class Settings:
    store: StoreSettings = field(default_factory=StoreSettings)
    inbox: InboxSettings = field(default_factory=InboxSettings)
    programme: ProgrammeSettings = field(default_factory=ProgrammeSettings)
    extraction: ExtractionSettings = field(default_factory=ExtractionSettings)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    outbox: OutboxSettings = field(default_factory=OutboxSettings)
    drafts: DraftSettings = field(default_factory=DraftSettings)
    web: WebSettings = field(default_factory=WebSettings)
    interviews: InterviewSettings = field(default_factory=InterviewSettings)
    follow_up: ProgrammeFollowUpSettings = field(default_factory=ProgrammeFollowUpSettings)
    retention: RetentionSettings = field(default_factory=RetentionSettings)
    oauth: OAuthSettings = field(default_factory=OAuthSettings)
    rules: RulesSettings = field(default_factory=RulesSettings)
    templates: TemplatesSettings = field(default_factory=TemplatesSettings)
    # Where the settings came from, for messages; not a TOML key.
    origin: str = field(default="(valeurs par défaut intégrées)", metadata={"toml": False})

    @property
    def database_url(self) -> str:
        if self.store.url:
            return self.store.url
        return f"sqlite:///{self.store.data_dir / 'propulse.sqlite3'}"

    def imap_password(self) -> str:
        """The IMAP password, from the TOML, a file or an environment variable (checked at load)."""
        return _resolve_secret(self.inbox.imap, "inbox.imap", "password", self.origin)

    def smtp_password(self) -> str:
        """The SMTP password; empty when no username is set (a local relay without authentication)."""
        if not self.smtp.username:
            return ""
        return _resolve_secret(self.smtp, "smtp", "password", self.origin)

    def web_password_hash(self) -> str:
        return _resolve_secret(self.web, "web", "password_hash", self.origin)

    def oauth_client_secret(self) -> str:
        """The OAuth2 client secret; empty where the flow has none (public client, service account)."""
        if self.oauth.flow == "service_account" or not (
            self.oauth.client_secret or self.oauth.client_secret_file or self.oauth.client_secret_env
        ):
            return ""
        try:
            return _resolve_secret(self.oauth, "oauth", "client_secret", self.origin)
        except ConfigError:
            if self.oauth.flow == "client_credentials":
                raise
            return ""  # a public client (device code, installed application) has no secret


def find_config_path(explicit: str | None) -> Path | None:
    """The file to read: --config, else $PROPULSE_CONFIG, else ./config.toml, else none (defaults)."""
    if explicit:
        return Path(explicit)
    if os.environ.get(ENV_CONFIG):
        return Path(os.environ[ENV_CONFIG])
    local = Path("config.toml")
    return local if local.is_file() else None


def load_settings(path: Path | None, *, check_secrets: bool = True) -> Settings:
    """The settings of `path` (None: the embedded defaults). `check_secrets=False` is for commands that
    never connect to a mail server (status, drafts…): they must not demand its password."""
    if not check_secrets:
        return _load_settings(path)
    return _check_secrets(_load_settings(path))


def _load_settings(path: Path | None) -> Settings:
    if path is None:
        return Settings()
    origin = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{origin}: fichier de configuration introuvable (config file not found)") from None
    except OSError as exc:
        raise ConfigError(f"{origin}: lecture impossible ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{origin}: le fichier n'est pas en UTF-8 (not UTF-8)") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: TOML invalide — {exc}") from None
    from intake.presets import apply_preset

    settings = _build(Settings, apply_preset(data, origin), prefix="", origin=origin)
    settings = dataclasses.replace(settings, origin=origin)
    return _anchor_paths(settings, path.resolve().parent)


def _build(cls: type[Any], data: dict[str, Any], *, prefix: str, origin: str) -> Any:
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.metadata.get("toml", True)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if key not in fields:
            suggestion = _closest(key, list(fields))
            hint = f" — vouliez-vous dire « {prefix}{suggestion} » ?" if suggestion else ""
            raise ConfigError(f"{origin}: clé inconnue « {name} » (unknown key){hint}")
        values[key] = _convert(hints[key], value, name=name, origin=origin)
    return cls(**values)


def _convert(hint: Any, value: Any, *, name: str, origin: str) -> Any:
    if dataclasses.is_dataclass(hint):
        if not isinstance(value, dict):
            raise ConfigError(f"{origin}: « {name} » doit être une table [{name}] (expected a table)")
        return _build(typing.cast(type[Any], hint), value, prefix=f"{name}.", origin=origin)
    origin_type = typing.get_origin(hint)
    if origin_type is Literal:
        allowed = typing.get_args(hint)
        if value not in allowed:
            choices = ", ".join(repr(a) for a in allowed)
            raise ConfigError(f"{origin}: « {name} » vaut {value!r}, valeurs possibles : {choices}")
        return value
    if origin_type is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(
                f"{origin}: « {name} » doit être une liste de textes (expected a list of strings)"
            )
        return list(value)
    if hint is Path:
        if not isinstance(value, str):
            raise ConfigError(f"{origin}: « {name} » doit être un chemin (texte) (expected a path)")
        return Path(value)
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    expected = {str: "du texte", int: "un entier", float: "un nombre", bool: "true ou false"}
    if isinstance(hint, type) and hint in expected:
        if isinstance(value, hint) and not (hint is int and isinstance(value, bool)):
            return value
        found = "une valeur masquée" if _is_secret(name) else repr(value)
        raise ConfigError(f"{origin}: « {name} » doit être {expected[hint]}, trouvé {found} (wrong type)")
    if isinstance(hint, types.UnionType):  # pragma: no cover - no optional keys yet
        raise ConfigError(f"{origin}: « {name} » : type non pris en charge")
    raise ConfigError(f"{origin}: « {name} » : type non pris en charge")  # pragma: no cover


def _is_secret(name: str) -> bool:
    """A key holding a secret itself (not the name of its variable or file): never repeated in a message."""
    last = name.rsplit(".", 1)[-1]
    return ("password" in last or "secret" in last) and not last.endswith(("_env", "_file"))


def _closest(key: str, candidates: list[str]) -> str | None:
    import difflib

    found = difflib.get_close_matches(key, candidates, n=1, cutoff=0.75)
    return found[0] if found else None


def _anchor_paths(settings: Settings, base: Path) -> Settings:
    """Relative paths in a file are relative to that file, so the service can be started from anywhere."""

    def anchor(p: Path) -> Path:
        return p if p.is_absolute() else base / p

    store = dataclasses.replace(settings.store, data_dir=anchor(settings.store.data_dir))
    maildir = dataclasses.replace(settings.inbox.maildir, path=anchor(settings.inbox.maildir.path))
    inbox = dataclasses.replace(settings.inbox, maildir=maildir)
    outbox = dataclasses.replace(settings.outbox, maildir_path=anchor(settings.outbox.maildir_path))
    settings = dataclasses.replace(settings, store=store, inbox=inbox, outbox=outbox)
    rules = dataclasses.replace(
        settings.rules, dir=str(anchor(Path(settings.rules.dir))) if settings.rules.dir else ""
    )
    templates = dataclasses.replace(
        settings.templates, dir=str(anchor(Path(settings.templates.dir))) if settings.templates.dir else ""
    )
    return dataclasses.replace(settings, rules=rules, templates=templates)


def _resolve_secret(section: Any, prefix: str, key: str, origin: str) -> str:
    direct: str = getattr(section, key)
    if direct:
        return direct
    file_name: str = getattr(section, f"{key}_file")
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(
                f"{origin}: « {prefix}.{key}_file » : impossible de lire {file_name} ({exc.strerror})"
            ) from None
    env_name: str = getattr(section, f"{key}_env")
    if env_name and os.environ.get(env_name):
        return os.environ[env_name]
    raise ConfigError(
        f"{origin}: mot de passe manquant pour « {prefix} » — définissez la variable d'environnement "
        f"{env_name or '(aucune)'} ou la clé « {prefix}.{key}_file » (missing password)"
    )


def _check_secrets(settings: Settings) -> Settings:
    if settings.inbox.source == "imap" and settings.inbox.imap.auth == "password":
        settings.imap_password()
    if settings.outbox.transport == "smtp" and settings.smtp.auth == "password":
        settings.smtp_password()
    if "oauth2" in (settings.inbox.imap.auth, settings.smtp.auth):
        settings.oauth_client_secret()
    return settings
