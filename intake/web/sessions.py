"""Server-side logins and the login backoff, both in the store.

A session is a row the server can end (logout, "log out everywhere", a new password): a copied cookie
stops working the moment its row is revoked. Failed logins are counted per account and per client in the
store too, so a restart forgets nothing and several workers share one count. Past the free attempts each
new try must wait a delay that doubles up to a cap: guessing stays slow, and the right password still
opens once the delay has passed — nobody can lock the coordinator out for good.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from intake.clock import utcnow
from intake.store.db import Store
from intake.store.models import LoginFailure, WebSession


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class SessionStore:
    def __init__(self, store: Store, *, hours: float) -> None:
        self.store = store
        self.lifetime = timedelta(hours=hours)

    def open(self, username: str, key_tag: str) -> str:
        """A new session; returns the token for the cookie."""
        token = secrets.token_urlsafe(32)
        now = utcnow()
        with self.store.session() as session:
            session.add(
                WebSession(
                    token_sha256=_digest(token),
                    username=username,
                    key_tag=key_tag,
                    created_at=now,
                    expires_at=now + self.lifetime,
                )
            )
            # Expired and revoked rows are of no use: they go as new ones come.
            session.execute(delete(WebSession).where(WebSession.expires_at < now - self.lifetime))
        return token

    def user_of(self, token: str, key_tag: str) -> str | None:
        """The user of a live session opened with the current password, else None."""
        with self.store.session() as session:
            row = session.get(WebSession, _digest(token))
            if row is None or row.revoked_at is not None or row.key_tag != key_tag:
                return None
            if row.expires_at <= utcnow():
                return None
            return row.username

    def revoke(self, token: str) -> None:
        with self.store.session() as session:
            session.execute(
                update(WebSession)
                .where(WebSession.token_sha256 == _digest(token), WebSession.revoked_at.is_(None))
                .values(revoked_at=utcnow())
            )

    def revoke_all(self, username: str) -> int:
        """End every session of this user ("log out everywhere"); returns how many were open."""
        with self.store.session() as session:
            result = session.execute(
                update(WebSession)
                .where(WebSession.username == username, WebSession.revoked_at.is_(None))
                .values(revoked_at=utcnow())
            )
            return int(getattr(result, "rowcount", 0) or 0)


class LoginBackoff:
    def __init__(
        self,
        store: Store,
        *,
        free_attempts: int = 5,
        base_seconds: float = 2.0,
        max_seconds: float = 300.0,
        forget_after: timedelta = timedelta(hours=1),
    ) -> None:
        self.store = store
        self.free_attempts = free_attempts
        self.base_seconds = base_seconds
        self.max_seconds = max_seconds
        self.forget_after = forget_after

    def delay(self, failures: int) -> float:
        excess = failures - self.free_attempts
        if excess < 0:
            return 0.0
        return float(min(self.max_seconds, self.base_seconds * 2 ** min(excess, 30)))

    def wait_seconds(self, keys: Sequence[str]) -> float:
        """Seconds before a new attempt may be checked (0: now), the longest over the keys."""
        now = utcnow()
        with self.store.session() as session:
            rows = session.scalars(select(LoginFailure).where(LoginFailure.key.in_(list(keys))))
            waits = [
                self.delay(r.failures) - (now - r.last_failure_at).total_seconds()
                for r in rows
                if now - r.last_failure_at < self.forget_after
            ]
        return max([0.0, *waits])

    def record_failure(self, keys: Sequence[str]) -> None:
        try:
            self._record_failure(keys)
        except IntegrityError:  # two failures of one new key at the same moment: the second counts again
            self._record_failure(keys)

    def _record_failure(self, keys: Sequence[str]) -> None:
        now = utcnow()
        with self.store.session() as session:
            session.execute(
                delete(LoginFailure).where(LoginFailure.last_failure_at < now - self.forget_after)
            )
            for key in keys:
                row = session.get(LoginFailure, key)
                if row is None:
                    session.add(LoginFailure(key=key, failures=1, last_failure_at=now))
                else:
                    row.failures += 1
                    row.last_failure_at = now

    def reset(self, keys: Sequence[str]) -> None:
        with self.store.session() as session:
            session.execute(delete(LoginFailure).where(LoginFailure.key.in_(list(keys))))
