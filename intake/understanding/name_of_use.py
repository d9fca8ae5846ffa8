"""The name a person uses: the one they sign with, when the mailbox's display name says another.

A mailbox keeps the name it was opened with — a former first name, the civil-status one, a name written in
another alphabet, a family name cut to its first half by the mail software. The person signing below their
letter writes the name they go by; when the signature is plainly the same person (the same family name, or
the address spelling what is signed), the signed name is theirs.
"""

from __future__ import annotations

import re

from intake.understanding.facts import Fact, split_sentences
from intake.understanding.lexicon import WORD_RUN, Lexicon, load_meanings
from intake.understanding.names import name_echoing_address, same_person

Names = tuple[Fact[str], Fact[str]]


def name_signed_for_use(
    header: Names, signed: Names, body: str, address: str | None, lexicon: Lexicon
) -> Names | None:
    """The signed name, when it is the header's person under the name they use; None keeps the header's."""
    return (
        _given_names_completed(header, signed, body)
        or (_another_first_name(header, signed) if _name_of_use_told(signed, body) else None)
        or _signed_in_the_address_letters(header, signed, body, address, lexicon)
        or _family_name_by_marriage(header, signed, body)
    )


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[-\s]+", text) if w]


def _another_first_name(header: Names, signed: Names) -> Names | None:
    """«Yanis Azoulay» in the header, signed «Nour Azoulay»; «Katherine Doyle» signed «Kit Doyle»: the same
    family name under another first name is the first name the person goes by (a former or civil-status
    first name stays on the mailbox). A first name only cut to some of its words («Marie Claire» signed
    «Claire») or grown by one («Marie» signed «Marie Claire») is the same name, the header's kept."""
    if not same_person(header[1].value, signed[1].value):
        return None
    mailbox, used = _words(header[0].value), _words(signed[0].value)
    if not mailbox or not used or any(same_person(a, b) for a in mailbox for b in used):
        return None
    return signed[0], header[1] if header[1].value == signed[1].value else signed[1]


def _name_of_use_told(signed: Names, body: str) -> bool:
    """The writer says, outside the signature, which first name they go by: a sentence holding the signed
    first name and a word of naming («je m'appelle Élias», «Je signe Kim», "I go by Kit"). A nickname only
    signed («Sam» under «Samuel») is no name asked for: the mailbox's stays."""
    used = {w.casefold() for w in WORD_RUN.findall(signed[0].value)}
    signature = signed[0].evidence.text if signed[0].evidence else ""
    naming = load_meanings()["name_of_use"]
    for sentence in split_sentences(body):
        words = {w.casefold() for w in WORD_RUN.findall(sentence)}
        if sentence.strip() == signature or not used <= words:
            continue
        # The naming word must be another word than the name: a form's label read as a signed name
        # («Prénom : Nassim» under «Nom : KHALFI» gives «Prénom») names nobody's use.
        rest = " ".join(w for w in WORD_RUN.findall(sentence) if w.casefold() not in used)
        if naming.said_in(rest):
            return True
    return False


def _given_names_completed(header: Names, signed: Names, body: str) -> Names | None:
    """«Maria Garcia» in the header, signed «María José García López»: the signed name holds the header's
    first name at its start and its family name further on; the words between are more given names, the words
    from the family name on are the whole family name, as written (with the accents the mailbox dropped)."""
    words = f"{signed[0].value} {signed[1].value}".split()
    first, last = header[0].value.split(), header[1].value.split()
    n, k = len(first), len(last)
    if not same_person(" ".join(words[:n]), " ".join(first)):
        return None
    family = " ".join(last)
    at = next(
        (i for i in range(n + 1, len(words) - k + 1) if same_person(" ".join(words[i : i + k]), family)), None
    )
    if at is None or not all(w[:1].isupper() for w in words[n:]):
        return None
    if not any(" ".join(words) in " ".join(line.split()) for line in body.splitlines()):
        return None  # the signed name stands whole on one line of the mail
    return Fact(" ".join(words[:at]), signed[0].evidence), Fact(" ".join(words[at:]), signed[1].evidence)


def _signed_in_the_address_letters(
    header: Names, signed: Names, body: str, address: str | None, lexicon: Lexicon
) -> Names | None:
    """«Ελένη Παπαδοπούλου» in the header, signed «Eleni Papadopoulou» from eleni.papadopoulou@…: a header in
    another alphabet than the signature's, whose letters the address spells, is the same person written as
    they write to us; the signed name is the one they give the programme."""
    shown = f"{header[0].value}{header[1].value}"
    if any(ch.isascii() and ch.isalpha() for ch in shown):
        return None
    echoed = name_echoing_address(body, address, lexicon)
    if echoed is None or not same_person(_full(echoed), _full(signed)):
        return None
    return signed


def _family_name_by_marriage(header: Names, signed: Names, body: str) -> Names | None:
    """«Émilie Garnier» in the header, signed «Émilie Rousseau»: the same first name under another family
    name, the mail telling the header's as her name at birth («(née Garnier)», "née Garnier") or the change
    itself («je porte désormais le nom de mon mari», "my married name"; persons.toml [family_name_changed]):
    the signed family name is the one she now uses, the mailbox keeps the old one (h-people, stop 51)."""
    if not same_person(header[0].value, signed[0].value) or same_person(header[1].value, signed[1].value):
        return None
    born = re.search(rf"\bn[ée]e?\s+{re.escape(header[1].value)}\b", body, re.IGNORECASE)
    if born is None and not load_meanings()["family_name_changed"].said_in(body):
        return None
    return header[0], signed[1]


def _full(name: Names) -> str:
    return f"{name[0].value} {name[1].value}"
