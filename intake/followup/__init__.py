"""The programme after admission: cohorts and their waitlist, coaching days, placements."""

from __future__ import annotations


class FollowUpError(ValueError):
    """A follow-up action that cannot be done; the message is one French line for the coordinator."""
