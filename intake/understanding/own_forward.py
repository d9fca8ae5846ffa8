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

from intake.parsing import ForwardedPart, ParsedMessage, carried_mails, split_forwarded, strip_quoted
from intake.understanding.lexicon import FIRST_PERSON, Lexicon
from intake.understanding.names import same_person
from intake.understanding.signals import read_signals, speaks_of_a_relative


def writer_text(msg: ParsedMessage) -> str:
    """What the sender wrote: the body without quoted history — plus, when they forward a letter of their
    own (the forwarded «De :» is their address: «je vous transfère le point que j'ai envoyé à ma
    conseillère»), that letter, which holds their facts; or, in a thread they forward whole, the mails of it
    they wrote themselves («De : Violette Amrani» under a friend's answer, in Violette Amrani's forward).
    The one reading of the writer's words that the classifier and the reader share."""
    own = strip_quoted(msg.text)
    fwd = split_forwarded(msg.text, msg.subject)
    if fwd is None:
        return own
    if fwd.from_addr and fwd.from_addr == msg.from_addr:
        return f"{fwd.cover}\n\n{strip_quoted(fwd.text)}".strip()
    nested = [mail for mail in carried_mails(fwd, msg.subject)[1:] if _written_by_writer(mail, msg)]
    return "\n\n".join([own, *(strip_quoted(mail.text) for mail in nested)])


def forwards_own_mail(fwd: ForwardedPart, msg: ParsedMessage, lexicon: Lexicon) -> bool:
    """True when the forward relays nobody: the writer's own earlier mail («De : Léa Morel <old address>»
    forwarded by Léa Morel), the writer's own application told above what they forward, or told in their
    own mail a forwarded thread carries (a friend's answer above it is not a relay), or their own diploma
    told above a mail that tells nobody's case (an offer, a school's notice)."""
    if forwards_own_letter(fwd, msg) or _applies_above(fwd.cover, msg, lexicon):
        return True
    if any(_applies_above(mail.text, msg, lexicon) for mail in writers_carried_mails(fwd, msg)):
        return True
    return _own_diploma_above(fwd.cover, msg, lexicon) and not _tells_a_case(
        [mail for mail in carried_mails(fwd, msg.subject) if mail not in writers_carried_mails(fwd, msg)],
        msg,
        lexicon,
    )


def forwards_own_letter(fwd: ForwardedPart, msg: ParsedMessage) -> bool:
    """The mail forwarded is the writer's own letter (from her address, or under her full name): the
    classifier reads no relay in it and the reader reads it as her words."""
    return _written_by_writer(fwd, msg)


def writers_carried_mails(fwd: ForwardedPart, msg: ParsedMessage) -> list[ForwardedPart]:
    """The mails of a forwarded thread the writer wrote herself: from her address, or under her full name
    («De : Violette Amrani» with no address, in the thread Violette Amrani forwards)."""
    return [mail for mail in carried_mails(fwd, msg.subject) if _written_by_writer(mail, msg)]


def _written_by_writer(mail: ForwardedPart, msg: ParsedMessage) -> bool:
    """A carried mail is the writer's own: from her address, or under her full name."""
    own_address = mail.from_addr is not None and mail.from_addr == msg.from_addr
    return own_address or _same_author(mail.from_name, msg.from_name or "")


def writers_mails_in(thread: str, msg: ParsedMessage) -> str:
    """A thread carried under the writer's new text, cut to the mails of it she wrote: in «TR: RE: …» a
    friend's answer («moi je suis en service civique jusqu'en juin») sits above her own question, and only
    her question tells of her. A thread of one author, or not read as a forward, is returned whole."""
    mails = carried_mails(ForwardedPart("", thread, "", None), msg.subject)
    authored = [mail for mail in mails if mail.from_addr or mail.from_name.strip()]
    if len(authored) < 2 or all(_written_by_writer(mail, msg) for mail in authored):
        return thread
    return "\n\n".join(mail.text for mail in authored if _written_by_writer(mail, msg))


def _own_diploma_above(cover: str, msg: ParsedMessage, lexicon: Lexicon) -> bool:
    """The note above a forward tells the writer's own diploma in the first person («j'ai mon BTS obtenu
    en juin 2025», "I hold an MA"), presents nobody and speaks of no relative."""
    if not cover.strip() or speaks_of_a_relative(cover):
        return False
    signals = {sig.name: sig.evidence for sig in read_signals(cover, "", [], lexicon, sender=msg.from_name)}
    return "referral" not in signals and FIRST_PERSON.search(signals.get("education", "")) is not None


def _tells_a_case(mails: list[ForwardedPart], msg: ParsedMessage, lexicon: Lexicon) -> bool:
    """Another's carried mail tells someone's case (a diploma, a search, a situation, a referral): an offer's
    profile or a school's opening hours tell none."""
    return any(read_signals(mail.text, "", [], lexicon, sender=msg.from_name) for mail in mails)


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
