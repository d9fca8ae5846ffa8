"""Render one email (subject, plain text, HTML) from the templates in `templates/mail/`.

Templates are the programme's own files; what applicants wrote only ever enters as context values, never
as template source, so `{{ 7*7 }}` in a name stays literally `{{ 7*7 }}`. The environment is sandboxed
anyway (a template edited by mistake cannot reach Python internals), undefined names are errors rather
than blanks, and only the HTML part is autoescaped: the plain text part must show `<` as `<`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import make_msgid
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import FileSystemLoader, StrictUndefined, pass_context, select_autoescape
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from intake import resources
from intake.store.models import OutgoingMessage

LANGUAGES = ("fr", "en")

# Optional variables every template may use; a caller that has nothing to say leaves them out.
DEFAULTS: Mapping[str, Any] = {
    "first_name": None,
    "last_name": None,
    "their_subject": "",
    # Interview slots offered in the acknowledgement: [{"number": 1, "starts_at": datetime}, ...].
    "slots": (),
    "missing": (),
    # The case reference printed in the footer; automatic mail to the coordinator has none.
    "case_token": None,
    "programme_name": "Pro'pulse",
    "programme_address": "propulse@animafac.net",
    "timezone": "Europe/Paris",
    # A presented applicant: {"referrer": address, "person": name or None, "copied": bool}; see drafts.py.
    "referral": None,
    # The CV came only as a link: the reply asks for the file (templates/mail/_cv_link.*).
    "cv_link_only": False,
    # A coaching reminder sent on the day itself says «aujourd'hui» rather than «demain».
    "same_day": False,
}

# Every character that some mail software treats as a line break inside a header.
_LINE_BREAKS = frozenset("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")

_DAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


class HeaderInjection(ValueError):
    """A header value holds a line break: it could smuggle in another header (Bcc:, say)."""


class TemplateMissing(LookupError):
    """No such email template."""


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str

    def as_outgoing(self, template: str, to_addr: str, domain: str, **fields: Any) -> OutgoingMessage:
        """This email as a row of the outbox with a fresh Message-ID; `fields` say its status and thread."""
        content = {"subject": self.subject, "text_body": self.text, "html_body": self.html}
        message_id = make_msgid(domain=domain)
        return OutgoingMessage(template=template, to_addr=to_addr, message_id=message_id, **content, **fields)


def sent_alone(now: datetime) -> dict[str, Any]:
    """The fields of an email that leaves without the coordinator's approval (reminders, the digest)."""
    return {
        "status": "approved",
        "automatic": True,
        "approved_by": "propulse (automatique)",
        "approved_at": now,
    }


def check_header(name: str, value: str) -> str:
    """Return `value` unchanged, or raise HeaderInjection if it contains a line break."""
    if any(ch in _LINE_BREAKS for ch in value):
        raise HeaderInjection(f"en-tête « {name} » refusé : il contient un saut de ligne (header injection)")
    return value


def render_email(name: str, context: Mapping[str, Any], language: str = "fr") -> RenderedEmail:
    """The three parts of template `name`, in English when asked and available, in French otherwise."""
    env = _environment()
    values = {**DEFAULTS, **context, "language": _language_of(name, language)}
    suffix = ".en" if values["language"] == "en" else ""
    parts = []
    for part in ("subject", "txt", "html"):
        template_name = f"{name}{suffix}.{part}.j2"
        if template_name not in _available():
            raise TemplateMissing(f"modèle d'e-mail introuvable : {template_name}")
        parts.append(env.get_template(template_name).render(values))
    subject = parts[0].strip()
    return RenderedEmail(subject=check_header("Subject", subject), text=_tidy(parts[1]), html=parts[2])


def list_templates() -> list[str]:
    """Names of the emails that have a complete French triplet (the English one is optional)."""
    names = {t.split(".", 1)[0] for t in _available() if not t.startswith("_")}
    return sorted(n for n in names if all(f"{n}.{p}.j2" in _available() for p in ("subject", "txt", "html")))


def format_day(day: date, language: str = "fr") -> str:
    """`1er mars 2025` / `1 March 2025`."""
    lang = language if language in LANGUAGES else "fr"
    month = _MONTHS[lang][day.month - 1]
    if lang == "en":
        return f"{day.day} {month} {day.year}"
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {month} {day.year}"


def format_moment(moment: datetime, language: str = "fr", timezone: str = "Europe/Paris") -> str:
    """`mardi 1er décembre 2026 à 10 h 30` / `Tuesday 1 December 2026 at 10:30`, in local time."""
    local = moment.astimezone(ZoneInfo(timezone)) if moment.tzinfo else moment
    lang = language if language in LANGUAGES else "fr"
    day = _DAYS[lang][local.weekday()]
    month = _MONTHS[lang][local.month - 1]
    if lang == "en":
        return f"{day} {local.day} {month} {local.year} at {local:%H:%M}"
    number = "1er" if local.day == 1 else str(local.day)
    hour = f"{local.hour} h" if local.minute == 0 else f"{local.hour} h {local.minute:02d}"
    return f"{day} {number} {month} {local.year} à {hour}"


@pass_context
def _moment_filter(ctx: Context, moment: datetime) -> str:
    return format_moment(moment, ctx.get("language", "fr"), ctx.get("timezone", "Europe/Paris"))


def _language_of(name: str, language: str) -> str:
    if language == "en" and f"{name}.en.subject.j2" in _available():
        return "en"
    return "fr"


def _tidy(text: str) -> str:
    """No trailing spaces and at most one blank line in a row: templates with optional blocks leave gaps."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out) + "\n"


def _mail_dir() -> Path:
    return resources.templates_dir() / "mail"


def _environment() -> ImmutableSandboxedEnvironment:
    return _environment_of(_mail_dir())


@lru_cache(maxsize=2)
def _environment_of(directory: Path) -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=FileSystemLoader(directory),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["moment"] = _moment_filter
    return env


def _available() -> frozenset[str]:
    return _available_in(_mail_dir())


@lru_cache(maxsize=2)
def _available_in(directory: Path) -> frozenset[str]:
    return frozenset(p.name for p in directory.glob("*.j2"))
