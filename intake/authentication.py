"""Is the sender who the From header says? Read from the receiving server's Authentication-Results.

Only headers whose authserv-id is listed in `inbox.authserv_ids` count, and of each such server only the
topmost header (the one it prepended on delivery; anything below may have come with the message). A
sender is verified by ``dmarc=pass`` for the From domain, or by ``dkim=pass`` whose signing domain is
aligned with it (RFC 8601, RFC 7489 relaxed alignment).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32

__all__ = [
    "AuthResult",
    "Verification",
    "parse_authentication_results",
    "untrusted_warning",
    "verify_raw",
    "verify_sender",
]


@dataclass(frozen=True)
class AuthResult:
    method: str
    result: str
    properties: dict[str, str]


@dataclass(frozen=True)
class Verification:
    verified: bool
    # Why, in French, for the coordinator (shown next to a held request).
    reason: str


# The name to list in `inbox.authserv_ids` for the headers Microsoft 365 writes without an authserv-id.
MICROSOFT_365 = "microsoft365"
# No receiving server is trusted, so nobody can be verified: what a message asks of an existing case waits
# for the coordinator (secure by default; an email is a claim, not an identity).
NOT_CONFIGURED = Verification(
    False, "inbox.authserv_ids n'est pas configuré : aucun serveur de réception n'est cru"
)



def untrusted_warning(authserv_ids: Sequence[str]) -> str | None:
    """The line shown to the coordinator (status, queue) while no receiving server is trusted."""
    if authserv_ids:
        return None
    return (
        "Aucun serveur de réception n'est cru (inbox.authserv_ids n'est pas configuré) : aucun expéditeur "
        "n'est vérifié, donc toute réponse qui changerait un dossier (réservation, annulation, "
        "désistement, nouvelles informations) attend votre approbation."
    )


_COMMENT = re.compile(r"\([^()]*\)")
_RESINFO = re.compile(r"^\s*([A-Za-z0-9_.-]+)(?:/\d+)?\s*=\s*([A-Za-z0-9_-]+)(.*)$", re.DOTALL)
_PROPERTY = re.compile(r"([A-Za-z0-9_-]+\.[A-Za-z0-9_.-]+)\s*=\s*(\"[^\"]*\"|[^\s;]+)")


def _strip_comments(value: str) -> str:
    previous = None
    while previous != value:  # nested comments: innermost first
        previous, value = value, _COMMENT.sub(" ", value)
    return value


def parse_authentication_results(value: str) -> tuple[str, list[AuthResult]]:
    """(authserv-id, results) of one header value; an unreadable part is left out, never guessed."""
    text = _strip_comments(" ".join(value.split()))
    parts = text.split(";")
    if _RESINFO.match(parts[0]):
        # Exchange Online (Microsoft 365) writes no authserv-id: its header starts with «spf=…».
        authserv_id, resinfos = MICROSOFT_365, parts
    else:
        head = parts[0].split()
        authserv_id, resinfos = (head[0].lower() if head else ""), parts[1:]
    results = []
    for part in resinfos:
        found = _RESINFO.match(part)
        if found is None:
            continue
        props = {k.lower(): v.strip('"').lower() for k, v in _PROPERTY.findall(found.group(3))}
        results.append(AuthResult(found.group(1).lower(), found.group(2).lower(), props))
    return authserv_id, results


def _aligned(signing_domain: str, from_domain: str) -> bool:
    """Relaxed alignment: the same domain, or one a sub-domain of the other."""
    d, f = signing_domain.strip(".").lower(), from_domain.strip(".").lower()
    return bool(d) and (d == f or f.endswith("." + d) or d.endswith("." + f))


def verify_sender(
    header_values: Iterable[str], from_addr: str | None, authserv_ids: Sequence[str]
) -> Verification:
    """Verified when a trusted server says dmarc=pass, or an aligned dkim=pass, for the From domain."""
    if not authserv_ids:
        return NOT_CONFIGURED
    if not from_addr or "@" not in from_addr:
        return Verification(False, "expéditeur sans adresse")
    from_domain = from_addr.rsplit("@", 1)[1].lower()
    trusted = {i.strip().lower() for i in authserv_ids}
    seen: set[str] = set()
    for value in header_values:
        authserv_id, results = parse_authentication_results(value)
        if authserv_id not in trusted or authserv_id in seen:
            continue
        seen.add(authserv_id)  # only the topmost header of each server: the ones below are the sender's
        for r in results:
            if r.result != "pass":
                continue
            if r.method == "dmarc" and r.properties.get("header.from", from_domain) == from_domain:
                return Verification(True, f"DMARC vérifié par {authserv_id}")
            signer = r.properties.get("header.d") or r.properties.get("header.i", "").rpartition("@")[2]
            if r.method == "dkim" and _aligned(signer, from_domain):
                return Verification(True, f"signature DKIM de {signer} vérifiée par {authserv_id}")
    if not seen:
        return Verification(False, "aucun résultat d'authentification du serveur de réception")
    return Verification(False, "ni DMARC ni DKIM aligné vérifiés pour le domaine de l'expéditeur")


def verify_raw(raw: bytes, from_addr: str | None, authserv_ids: Sequence[str]) -> Verification:
    """The same, reading the Authentication-Results headers of raw message bytes (top to bottom)."""
    if not authserv_ids:
        return NOT_CONFIGURED
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(raw[:262144])
    except Exception:
        return Verification(False, "en-têtes illisibles")
    values = [str(v) for v in headers.get_all("authentication-results") or []]
    return verify_sender(values, from_addr, authserv_ids)
