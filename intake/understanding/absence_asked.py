"""An out-of-office's subject over a person's own mail: «Absence jeudi», «Absence lundi 23» above «je ne
pourrai pas venir à la séance de lundi… Est-ce que je peux rattraper l'atelier avec l'autre groupe ?».

The subject's word («Absence», «Vacances», "Away") is only a presumption of an automatic reply (classify.py's
AutoReply). When the body carries none of a notice's own words (no «je suis absente», no «de retour le», no
return nor urgent contact: messages.toml [auto_reply] bodies and notices) and asks the reader something — a
question marked or said as one —, a person wrote it: an autoresponder states the absence of the mailbox's
owner and who to call, it never asks its reader for anything. The subject then names the writer's own absence
(a coaching day missed, a session to catch up), and the next rules read the mail.

Invariant: only a subject-alone presumption is read here; an Auto-Submitted header or a notice's words in the
body keep the automatic reply.
"""

from __future__ import annotations

import re

from intake.understanding.signals import split_asked


def person_asks(body: str, notice: re.Pattern[str] | None) -> str | None:
    """The question `body` asks its reader when it carries no notice's words (`notice`), else None."""
    if "?" not in body or (notice is not None and notice.search(body)):
        return None  # the cheap test: a question mark; and a notice's words keep the machine
    return next((s for s in split_asked(body) if s.rstrip().endswith("?")), None)
