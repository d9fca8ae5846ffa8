"""Is the interview calendar running out? The count of free slots in the horizon against the threshold
(`interviews.warn_below_free_slots`), and drafts that offer fewer slots than promised: warnings the
coordinator reads before approving (queue, draft and case pages, Monday digest).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.config import Settings
from intake.scheduling.holds import OPEN, PROMISED_SLOTS
from intake.scheduling.manual import free_slots
from intake.store.models import OutgoingMessage, SlotProposal

# Emails that offer slots: the eligible applicant's first answer (always drafted with slots when the
# calendar has any), and fresh proposals.
OFFERING_TEMPLATES = frozenset({"acknowledgement", "interview_proposal", "interview_ask_coordinator"})


def free_slot_count(session: Session, settings: Settings, *, now: datetime) -> int:
    """Slots in the horizon nobody has booked and no approved proposal holds."""
    return len(free_slots(session, None, settings, now=now))


def calendar_warning(session: Session, settings: Settings, *, now: datetime) -> str:
    """One French sentence when fewer free slots than the threshold remain, else ""."""
    free = free_slot_count(session, settings, now=now)
    threshold = settings.interviews.warn_below_free_slots
    if free >= threshold:
        return ""
    days = settings.interviews.horizon_days
    if free == 0:
        head = f"Plus aucun créneau d'entretien libre dans les {days} prochains jours"
    elif free == 1:
        head = f"Plus qu'un créneau d'entretien libre dans les {days} prochains jours"
    else:
        head = f"Plus que {free} créneaux d'entretien libres dans les {days} prochains jours"
    return f"{head} (seuil : {threshold}) : ajoutez des plages d'entretien (interviews.windows)."


def draft_warning(session: Session, draft: OutgoingMessage) -> str:
    """Why a waiting draft deserves a look before approval: fewer slots than promised, or slots that
    another waiting draft offers too (whichever is approved second is made again)."""
    if draft.status != "draft" or draft.template not in OFFERING_TEMPLATES:
        return ""
    slot_ids = list(
        session.scalars(
            select(SlotProposal.slot_id).where(
                SlotProposal.outgoing_id == draft.id, SlotProposal.status == OPEN
            )
        )
    )
    count = len(slot_ids)
    if count < PROMISED_SLOTS:
        if count == 0:
            return "Ce brouillon ne propose aucun créneau : l'agenda est complet."
        offered = "qu'un créneau" if count == 1 else f"que {count} créneaux"
        return f"Ce brouillon ne propose {offered} ({PROMISED_SLOTS} prévus) : l'agenda se remplit."
    shared = session.scalar(
        select(SlotProposal.id)
        .join(OutgoingMessage, OutgoingMessage.id == SlotProposal.outgoing_id)
        .where(
            SlotProposal.slot_id.in_(slot_ids),
            SlotProposal.status == OPEN,
            SlotProposal.outgoing_id != draft.id,
            OutgoingMessage.status == "draft",
        )
        .limit(1)
    )
    if shared is not None:
        return (
            "Un créneau de ce brouillon est aussi proposé dans un autre brouillon : "
            "si l'autre est approuvé d'abord, celui-ci sera refait à l'approbation."
        )
    return ""
