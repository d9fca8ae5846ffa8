"""What a message of the discourse corpus is: one discourse structure, chosen first, that carries the fact
deciding the label, and the mail written around it.

The list of structures (``STRUCTURES``) and the number of messages for each were fixed before any message was
written (see LICENCE.md). Each source file (batch*.py) lists MESSAGES, each a ``D`` (its structure, the
criterion its deciding fact bears on, and its mail), with a ``# Discourse:`` comment above it naming the
structure, the criterion and the deciding fact; build.py adds the structure and the criterion to its truth
line.
"""

from __future__ import annotations

from dataclasses import dataclass

from kit import M

STRUCTURES = {
    "self_correction": "the writer corrects a fact in passing («pardon», «enfin non», “I mean”)",
    "postscript": "a PS (or a line after the signature) adds or changes the deciding fact",
    "reported_speech": "someone else's words (an adviser, a tutor, a friend): not the writer's own fact",
    "hypothetical": "a condition or a supposition («si j'obtiens…», «au cas où…», “if I don't…”)",
    "tense": "a plan for later, a past that is over, or a past that goes on («depuis septembre»)",
    "concession": "a concession and its contrast («certes…, mais», «bien que…»)",
    "enumeration": "a list where one item is negated, past or open («ni stage, ni…», «stage : terminé»)",
    "question": "a question that carries the fact («est-ce grave si…», «puis-je postuler alors que…»)",
    "quoted_mail": "an earlier or forwarded mail whose facts the new text above it updates",
    "hedge": "irony, a hedge or uncertainty («je crois que», «normalement», «a priori»)",
}
# The criterion a deciding fact bears on (`kind`: whether the mail is an application at all).
CRITERIA = {
    "date": "graduation_recent",
    "level": "degree_level",
    "studies": "studies_finished",
    "internship": "not_internship",
    "service_civique": "not_service_civique",
    "career_change": "not_career_change",
    "ess_aim": "job_seeking_ess",
    "kind": "",
}


@dataclass(frozen=True)
class D:
    """One message, its deciding fact carried by one discourse structure."""

    structure: str
    criterion: str
    m: M

    def __post_init__(self) -> None:
        assert self.structure in STRUCTURES, self.structure
        assert self.criterion in CRITERIA, self.criterion
