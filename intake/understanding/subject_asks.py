"""A subject that asks for the writer, over a body that says nothing of its own.

Reads the Subject of a first mail whose body holds no more than a greeting, a thanks and a name (at most a
few words: «Bonjour,», «cf. objet»): the writer put the whole mail in the subject. When that subject names a
request for information (the `information_request` meaning: «Demande d'information sur le programme», «Une
question», "Enquiry about Pro'pulse"), the mail asks about the programme — a question, told of nobody. A
subject telling facts («Master 2 obtenu en juin, candidature») is read by the application rule before.
"""

from __future__ import annotations

import re

from intake.understanding.lexicon import load_meanings

# Words of the writer's own the body may hold around a subject that says it all: «Bonjour, cf. objet. Merci
# d'avance, Mathilde Girard» (a greeting, a pointer, a thanks, a name).
_FEW_WORDS = 12
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def subject_asks(subject: str, body: str) -> str | None:
    """The subject, when it names a request for information and the body says (almost) nothing; else None."""
    if not subject.strip() or len(_WORD.findall(body)) > _FEW_WORDS:
        return None
    request = load_meanings()["information_request"]
    return subject.strip() if request.said_in(subject) else None
