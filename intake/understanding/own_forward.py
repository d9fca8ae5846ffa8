"""A forward that relays nobody: the writer forwards their own mail, or applies above a text they pass on.

A «TR:» or «Fwd:» is read as a relay when its forwarded mail is another person's: an adviser's, a mother's,
a friend's. Two forwards look alike and relay nobody: a graduate sending again, from a new address, the
application they wrote from an old one (the forwarded mail's author bears the forwarder's own name), and a
graduate writing their own application above an offer or an answer they forward (the cover tells their
own facts and wish in the first person, of nobody else). The applicant is then the writer, reached at the
address they write from, and nobody goes in `forwarded_by`.
"""

from __future__ import annotations

import re

from intake.parsing import ForwardedPart, ParsedMessage
from intake.understanding.lexicon import FIRST_PERSON, Lexicon
from intake.understanding.names import same_person
from intake.understanding.signals import read_signals, speaks_of_a_relative


def forwards_own_mail(fwd: ForwardedPart, msg: ParsedMessage, lexicon: Lexicon) -> bool:
    """True when the forward relays nobody: the writer's own earlier mail («De : Léa Morel <old address>»
    forwarded by Léa Morel), or the writer's own application told above what they forward."""
    return _same_author(fwd.from_name, msg.from_name or "") or _applies_above(fwd.cover, msg, lexicon)


def _same_author(forwarded: str, sender: str) -> bool:
    """The forwarded mail's author and the forwarder bear one full name (two words or more)."""
    name = " ".join(re.split(r"[,(<]", forwarded, maxsplit=1)[0].split())
    return len(name.split()) >= 2 and same_person(name, sender)


def _applies_above(cover: str, msg: ParsedMessage, lexicon: Lexicon) -> bool:
    """The cover note is the writer's own application: a diploma, and a search or a wish to join told in the
    first person, nobody presented and no relative spoken of («J'ai eu mon BTS en juin et je voudrais
    rejoindre le programme» above a forwarded offer); what the forwarded text asks or offers is then not the
    writer's. A note telling of the diploma of the person below («elle a un diplôme belge, je ne sais pas
    comment vous le comptez») tells no search of the writer's own."""
    if not cover.strip() or speaks_of_a_relative(cover):
        return False
    signals = {sig.name: sig.evidence for sig in read_signals(cover, "", [], lexicon, sender=msg.from_name)}
    if "referral" in signals or "education" not in signals:
        return False
    wish = signals.get("job_search") or signals.get("join") or ""
    return FIRST_PERSON.search(wish) is not None
