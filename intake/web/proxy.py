"""Who is asking, and under which name: X-Forwarded-* believed only from the configured proxies, and the
Host header checked against the configured names (a request for any other name is refused with 400).

The servers that run the app (`propulse web`, `propulse run`) start uvicorn with ``proxy_headers=False``:
uvicorn would otherwise believe X-Forwarded-For from loopback, where every client of a local reverse
proxy comes from, so anyone could choose the address the login backoff counts against.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from intake.config import Settings

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")


def allowed_hosts(settings: Settings) -> list[str]:
    """The names the coordinator may type: `web.public_url`'s host, and `web.host` (with its loopback
    aliases when it is a loopback address)."""
    names = [settings.web.host]
    if settings.web.host in LOOPBACK_NAMES:
        names += LOOPBACK_NAMES
    public = urlsplit(settings.web.public_url).hostname if settings.web.public_url else None
    if public:
        names.append(public)
    if settings.web.host in ("0.0.0.0", "::", ""):
        return ["*"]  # bound everywhere without a name: nothing to check against
    return sorted(set(names))


def proxy_and_host_middleware(settings: Settings) -> list[Middleware]:
    stack = []
    if settings.web.trusted_proxies:
        stack.append(Middleware(ProxyHeadersMiddleware, trusted_hosts=list(settings.web.trusted_proxies)))
    stack.append(Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(settings)))
    return stack
