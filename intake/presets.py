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

# Each preset is the TOML it stands for: section -> key -> value.
PRESETS: dict[str, dict[str, dict[str, Any]]] = {
    "google": {
        "inbox": {"source": "imap"},
        "inbox.imap": {"host": "imap.gmail.com", "port": 993, "security": "tls", "auth": "oauth2"},
        "smtp": {"host": "smtp.gmail.com", "port": 465, "security": "ssl", "auth": "oauth2"},
        "outbox": {"transport": "smtp", "sent_folder": SPECIAL_USE_SENT},
        "oauth": {"provider": "google", "flow": "refresh_token"},
    },
    "microsoft": {
        "inbox": {"source": "imap"},
        "inbox.imap": {"host": "outlook.office365.com", "port": 993, "security": "tls", "auth": "oauth2"},
        "smtp": {"host": "smtp.office365.com", "port": 587, "security": "starttls", "auth": "oauth2"},
        "outbox": {"transport": "smtp", "sent_folder": SPECIAL_USE_SENT},
        "oauth": {"provider": "microsoft", "flow": "delegated"},
    },
    "ovh": {
        "inbox": {"source": "imap"},
        "inbox.imap": {"host": "ssl0.ovh.net", "port": 993, "security": "tls", "auth": "password"},
        "smtp": {"host": "ssl0.ovh.net", "port": 465, "security": "ssl", "auth": "password"},
        "outbox": {"transport": "smtp", "sent_folder": SPECIAL_USE_SENT},
    },
    "gandi": {
        "inbox": {"source": "imap"},
        "inbox.imap": {"host": "mail.gandi.net", "port": 993, "security": "tls", "auth": "password"},
        "smtp": {"host": "mail.gandi.net", "port": 465, "security": "ssl", "auth": "password"},
        "outbox": {"transport": "smtp", "sent_folder": SPECIAL_USE_SENT},
    },
    "infomaniak": {
        "inbox": {"source": "imap"},
        "inbox.imap": {"host": "mail.infomaniak.com", "port": 993, "security": "tls", "auth": "password"},
        "smtp": {"host": "mail.infomaniak.com", "port": 465, "security": "ssl", "auth": "password"},
        "outbox": {"transport": "smtp", "sent_folder": SPECIAL_USE_SENT},
    },
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
