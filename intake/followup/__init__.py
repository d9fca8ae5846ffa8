"""The programme after admission: cohorts and their waitlist, coaching days, placements."""

from __future__ import annotations

from intake.errors import ShownError


class FollowUpError(ShownError, ValueError):
    """A follow-up action that cannot be done; the message is one French line for the coordinator."""
