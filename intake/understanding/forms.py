"""A website form relayed by e-mail: the person who filled it in, read from the form, not from the mailer.

A site's mailer writes from an address nobody reads («no-reply@…») and lays the person's answers out as
labelled fields («Prénom : … / Nom : … / E-mail : …»), with Reply-To set to the person. The sender then says
nothing of the applicant: their name is the name fields, their address the e-mail field (else Reply-To).
An address typed in a form is a claim like any other: it does not make the sender verified (authentication.py
and held.py decide that).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from intake.parsing import ParsedMessage, labelled_fields, reply_to_of
from intake.understanding.facts import EMAIL_RE
from intake.understanding.lexicon import Meaning, load_meanings


@dataclass(frozen=True)
class FormRelay:
    """Who filled in the form: a display name («Manon Lecoq», may be empty) and an address (may be None)."""

    name: str
    address: str | None


def is_relay_sender(address: str | None, rules_dir: Path | None = None) -> bool:
    """An address nobody reads, used by mailers (website forms, notifications): its local part says so."""
    local = (address or "").partition("@")[0].lower()
    return bool(local) and local.startswith(load_meanings(rules_dir)["relay_sender"].stems)


def _field(fields: list[tuple[str, str]], meaning: Meaning) -> str:
    return next((value for label, value in fields if label in meaning.lemmas), "")


def name_in_fields(fields: list[tuple[str, str]], m: dict[str, Meaning]) -> str:
    """The person named by the name fields («Nom : Cherif» and «Prénom : Hamza», "Name: …"), or ""."""
    first, last = _field(fields, m["field_first_name"]), _field(fields, m["field_last_name"])
    return _field(fields, m["field_full_name"]) or (f"{first} {last}".strip() if first else last)


def _name_words(text: str) -> set[str]:
    return {w for w in re.split(r"[\W\d_]+", text.casefold()) if len(w) > 2}


def is_own_fiche(text: str, sender: str, rules_dir: Path | None = None) -> bool:
    """A fiche of labelled lines whose name fields name its sender («Nom : MARTIN Léa» from Léa Martin): every
    line of it is the writer's own fact, told without «je» as a form is; a fiche naming someone else is a
    person presented."""
    name = name_in_fields(labelled_fields(text), load_meanings(rules_dir))
    return bool(name) and bool(_name_words(name) & _name_words(sender))


def read_form_relay(msg: ParsedMessage, rules_dir: Path | None = None) -> FormRelay | None:
    """The person a relayed form names, or None when the message is not a form relayed by a mailer."""
    if not is_relay_sender(msg.from_addr, rules_dir):
        return None
    fields = labelled_fields(msg.text)
    m = load_meanings(rules_dir)
    name = name_in_fields(fields, m)
    typed = EMAIL_RE.search(_field(fields, m["field_email"]))
    address = typed.group(0).lower() if typed else reply_to_of(msg)
    if address is not None and address == (msg.from_addr or "").lower():
        address = None  # Reply-To the mailer itself names nobody
    if not name and address is None:
        return None
    return FormRelay(name, address)


def answer_at(unit: str, start: int, rules_dir: Path | None = None) -> bool | None:
    """A yes/no field answering what its label names: «Reconversion : non (jobs étudiants)», «Stage en
    cours : oui», "Career change: no"; also said without the colon, topic first, a verbless unit of a label
    and its answer alone («Banque non.», «Association oui.», "Bank: no"). True or False when the mention at
    `start` sits in the label and the value opens with a yes or a no; None when the unit is no such answer
    (a value that tells something else, «Stage : mairie de Lyon», is read as a sentence)."""
    fields = labelled_fields(unit)
    colon = unit.find(":")
    spoken = _SPOKEN_ANSWER.fullmatch(unit.strip())
    if spoken is not None and len(fields) != 1 and start < spoken.end(1):
        value = spoken.group(2)
    elif len(fields) != 1 or not 0 <= start < colon:
        return None
    else:
        value = fields[0][1]
    first = re.match(r"[^\W\d_][\w/]*", value.casefold())
    word = first.group() if first else ""
    m = load_meanings(rules_dir)
    if word in m["answer_no"].lemmas:
        return False
    return True if word in m["answer_yes"].lemmas else None


# A label of at most three words and its one-word answer, nothing else: «Banque non.», «Coopérative oui !».
_SPOKEN_ANSWER = re.compile(r"\W*((?:[^\W\d_][\w'’-]*\s+){1,3})([^\W\d_]+)\W*")
