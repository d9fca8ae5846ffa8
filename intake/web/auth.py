"""The coordinator's password: a scrypt hash in a self-describing string, checked in constant time.

Format: ``scrypt$<n>$<r>$<p>$<salt, base64>$<hash, base64>``. The parameters travel with the hash so
they can be raised later without invalidating hashes already in configuration files.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets

SCHEME = "scrypt"
# About 32 MiB and a few tens of milliseconds per check: cheap for one login, costly for guessing.
N, R, P = 2**15, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
# Refuse absurd parameters from a hand-edited file rather than let one login exhaust the memory.
MAX_N = 2**20


class BadHash(ValueError):
    """The stored string is not a hash made by `propulse web hash-password`."""


def hash_password(password: str, *, n: int = N, r: int = R, p: int = P) -> str:
    if not password:
        raise ValueError("le mot de passe ne peut pas être vide")
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(password, salt, n, r, p, HASH_BYTES)
    return "$".join([SCHEME, str(n), str(r), str(p), _b64(salt), _b64(digest)])


def verify_password(password: str, stored: str) -> bool:
    """True when `password` matches `stored`; False for a wrong password or a malformed hash."""
    try:
        n, r, p, salt, expected = parse_hash(stored)
    except BadHash:
        return False
    digest = _scrypt(password, salt, n, r, p, len(expected))
    return hmac.compare_digest(digest, expected)


def parse_hash(stored: str) -> tuple[int, int, int, bytes, bytes]:
    parts = stored.strip().split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        raise BadHash("format attendu : scrypt$n$r$p$sel$empreinte (utilisez « propulse web hash-password »)")
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = base64.b64decode(parts[4], validate=True)
        expected = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        raise BadHash("paramètres ou encodage base64 invalides dans le hachage du mot de passe") from None
    if (
        n < 2
        or n > MAX_N
        or n & (n - 1)
        or not 1 <= r <= 32
        or not 1 <= p <= 16
        or not salt
        or len(expected) < 16
    ):
        raise BadHash("paramètres scrypt hors limites dans le hachage du mot de passe")
    return n, r, p, salt, expected


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=256 * r * n * p + 2**20
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
