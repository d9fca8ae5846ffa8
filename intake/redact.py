"""Personal data never reaches the logs in full: addresses are masked before they are printed."""

from __future__ import annotations

import re

_ADDRESS = re.compile(r"([A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]*@([A-Za-z0-9.\-]+\.[A-Za-z]{2,})")


def mask_address(address: str | None) -> str:
    """`lea.martin@example.org` → `l***@example.org`."""
    if not address:
        return "(inconnue)"
    local, _, domain = address.partition("@")
    return f"{local[:1]}***@{domain}" if domain else f"{address[:1]}***"


def mask_addresses_in(text: str) -> str:
    """Mask every address inside a free text (an error message, say)."""
    return _ADDRESS.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)
