"""Provider presets: `inbox.provider = "google"` fills what that host needs (servers, ports, security, Sent
folder, how to log in). A key written in the file always wins over the preset.

The Sent folder of a preset is SPECIAL_USE_SENT: the folder the server flags `\\Sent` (RFC 6154), whatever
its name in the account's language; "Sent" when the server flags none.
"""

from __future__ import annotations

import copy
from typing import Any

SPECIAL_USE_SENT = "\\Sent"
FALLBACK_SENT = "Sent"


def _hosted(
    imap_host: str, smtp_host: str, smtp_port: int, smtp_security: str, auth: str
) -> dict[str, dict[str, Any]]:
    """A host's mail servers: IMAP over TLS on 993, SMTP as given, the copy of sent mail in `\\Sent`."""
    return {
        "inbox": {"source": "imap"},
        "inbox.imap": {"host": imap_host, "port": 993, "security": "tls", "auth": auth},
        "smtp": {"host": smtp_host, "port": smtp_port, "security": smtp_security, "auth": auth},
        "outbox": {"transport": "smtp", "sent_folder": SPECIAL_USE_SENT},
    }


# Each preset is the TOML it stands for: section -> key -> value.
PRESETS: dict[str, dict[str, dict[str, Any]]] = {
    "google": {
        **_hosted("imap.gmail.com", "smtp.gmail.com", 465, "ssl", "oauth2"),
        "oauth": {"provider": "google", "flow": "refresh_token"},
    },
    "microsoft": {
        **_hosted("outlook.office365.com", "smtp.office365.com", 587, "starttls", "oauth2"),
        "oauth": {"provider": "microsoft", "flow": "delegated"},
    },
    "ovh": _hosted("ssl0.ovh.net", "ssl0.ovh.net", 465, "ssl", "password"),
    "gandi": _hosted("mail.gandi.net", "mail.gandi.net", 465, "ssl", "password"),
    "infomaniak": _hosted("mail.infomaniak.com", "mail.infomaniak.com", 465, "ssl", "password"),
    "custom": {},
}


def apply_preset(data: dict[str, Any], origin: str) -> dict[str, Any]:
    """The TOML data with the chosen preset's values under every key the file leaves out."""
    inbox = data.get("inbox")
    provider = inbox.get("provider", "custom") if isinstance(inbox, dict) else "custom"
    preset = PRESETS.get(provider) if isinstance(provider, str) else None
    if not preset:
        return data  # "custom", or a value the validation will name with its choices
    merged = copy.deepcopy(data)
    for section, values in preset.items():
        table = merged
        for part in section.split("."):
            found = table.setdefault(part, {})
            if not isinstance(found, dict):
                return data  # a wrong type: left for the validation to report
            table = found
        for key, value in values.items():
            table.setdefault(key, value)
    return merged
