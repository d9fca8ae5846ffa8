"""How each job is doing, kept in the store; a change of state is logged once, not every attempt."""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from intake.clock import utcnow
from intake.redact import mask_addresses_in
from intake.store.db import Store
from intake.store.models import JobState

log = logging.getLogger("scheduler")


class Health:
    def __init__(self, store: Store) -> None:
        self.store = store

    def succeeded(self, job: str) -> None:
        with self.store.session() as session:
            state = _state(session, job)
            if not state.healthy:
                log.warning("%s : rétabli (recovered)", job)
            state.healthy = True
            state.last_run_at = state.last_ok_at = utcnow()

    def failed(self, job: str, error: str) -> None:
        error = mask_addresses_in(" ".join(error.split()))[:500]
        with self.store.session() as session:
            state = _state(session, job)
            if state.healthy or state.last_error != error:
                log.error("%s : %s", job, error)
            state.healthy = False
            state.last_run_at = state.last_error_at = utcnow()
            state.last_error = error


def _state(session: Session, job: str) -> JobState:
    state = session.get(JobState, job)
    if state is None:
        state = JobState(name=job, healthy=True)
        session.add(state)
    return state
