"""The records store: models, sessions and migrations."""

from intake.store.db import Store, open_store

__all__ = ["Store", "open_store"]
