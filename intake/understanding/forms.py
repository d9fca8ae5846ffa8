"""A website form relayed by e-mail: the person who filled it in, read from the form, not from the mailer.

A site's mailer writes from an address nobody reads («no-reply@…») and lays the person's answers out as
labelled fields («Prénom : … / Nom : … / E-mail : …»), with Reply-To set to the person. The sender then says
nothing of the applicant: their name is the name fields, their address the e-mail field (else Reply-To).
An address typed in a form is a claim like any other: it does not make the sender verified (authentication.py
and held.py decide that).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.parsing import ParsedMessage, labelled_fields, reply_to_of
from intake.understanding.facts import EMAIL_RE, WORD
from intake.understanding.lexicon import Meaning, load_meanings, read_table


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


def name_parts_in_fields(fields: list[tuple[str, str]], m: dict[str, Meaning]) -> tuple[str, str] | None:
    """(first, last) when a form's fields give them apart («Nom : BERNARD» and «Prénom : Lucie», "Surname: …"
    and "First name: …"): the labels say which is which, whatever their order; None when one is missing."""
    first, last = _field(fields, m["field_first_name"]).strip(), _field(fields, m["field_last_name"]).strip()
    return (first, last) if first and last else None


def name_words(text: str) -> set[str]:
    """The words of a name, or of a line that may hold one, as two names are compared: case and accents aside
    («Léa MARTIN» shares «lea» and «martin» with «Lea Martin»), three letters or more — a particle («de»,
    «le», "da") or an initial two people may share tells nobody apart. Defined once: a fiche naming its
    sender (`is_own_fiche`), a sheet naming another (`fiche_of_another`), an author's rows in a referral
    (names.without_authors_rows), a note about its sender (owner.a_note_about_its_sender)."""
    return {fold_name(w) for w in re.split(r"[\W\d_]+", text) if len(w) > _PARTICLE_LETTERS}


_PARTICLE_LETTERS = 2


def fold_name(text: str) -> str:
    """A name as compared: case, accents, spaces and hyphens aside («Lea-Marie» is «léa marie»). Defined once:
    name_words, family_names, name_told, closing_name (an address's parts against a signed name)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text.casefold()) if ch.isalnum())


def name_field_labels(m: dict[str, Meaning]) -> frozenset[str]:
    """The labels of a form's name fields: first name, last name, full name («Prénom», «Nom», "Full name")."""
    return frozenset(m["field_first_name"].lemmas | m["field_last_name"].lemmas | m["field_full_name"].lemmas)


def is_own_fiche(text: str, sender: str, rules_dir: Path | None = None) -> bool:
    """A fiche of labelled lines whose name fields name its sender («Nom : MARTIN Léa» from Léa Martin): every
    line of it is the writer's own fact, told without «je» as a form is; a fiche naming someone else is a
    person presented."""
    name = name_in_fields(labelled_fields(text), load_meanings(rules_dir))
    return bool(name) and bool(name_words(name) & name_words(sender))


def fiche_of_another(text: str, sender: str, rules_dir: Path | None = None) -> str:
    """The name row of a fiche naming someone other than its sender («Nom : BELKACEM» / «Prénom : Inaya»
    sent by a school's career centre), or "": a sheet filled in about a person presents them, whoever fills
    it in. Not when the sender is named nowhere (a bare address shares no word with anyone's name) and the
    fiche's e-mail field gives the sender's own address: the person fills in their own fiche; nor when a
    mailer sends it (a site's form, its staff trying it out: forms.read_form_relay reads who filled it in)."""
    if is_relay_sender(next((w for w in sender.split() if "@" in w), ""), rules_dir):
        return ""
    fields = labelled_fields(text)
    m = load_meanings(rules_dir)
    name = _person_in_fields(fields, m)  # «Personne accompagnée : Ali SOW»
    if not name or _LEFT_BLANK.search(name) or name_words(name) & name_words(sender):
        return ""  # «NOM : ___ Prénom : ___»: a form quoted with its blanks names nobody
    typed = EMAIL_RE.search(_field(fields, m["field_email"]))
    if typed is not None and typed.group(0).lower() in sender.lower():
        return ""
    return next((f"{label} : {value}" for label, value in fields if value.strip() and value in name), name)


# A blank left to fill in a quoted form: a run of underscores or dots, an ellipsis.
_LEFT_BLANK = re.compile(r"_{2,}|\.{3,}|…")


def read_form_relay(msg: ParsedMessage, rules_dir: Path | None = None) -> FormRelay | None:
    """The person a relayed form or a job board's notice names, or None when the message is not relayed by
    a mailer. The mailer's own name and address never name the person: with no field naming them, the
    name is the Reply-To's, and the address is read from the body like any applicant's (`address` None)."""
    m = load_meanings(rules_dir)
    fields = labelled_fields(msg.text) + _stacked_fields(msg.text, m)
    typed = EMAIL_RE.search(_field(fields, m["field_email"]))
    answering = _reply_to_person(msg, rules_dir)
    # A tool's mailer whose local part says nothing («candidatures@…-notifications…») still relays the person
    # when its Reply-To is the very address the form's e-mail field gives: the answers are that person's.
    carried = typed is not None and answering.address == typed.group(0).lower()
    carried = carried or (typed is not None and _board_relays_a_person(msg, fields, m, typed.group(0)))
    if not (is_relay_sender(msg.from_addr, rules_dir) or carried):
        return None
    address = typed.group(0).lower() if typed else answering.address
    if address is not None and address == (msg.from_addr or "").lower():
        address = None  # Reply-To the mailer itself names nobody
    name = _person_in_fields(fields, m) or answering.name
    return FormRelay(name, address)


def _stacked_fields(text: str, m: dict[str, Meaning]) -> list[tuple[str, str]]:
    """A notification laying each name or e-mail label on its own line over its one value («Prénom» /
    «Pauline», a blank line, «Nom» / «Guérin»; "First name" / "Tom"): (label, value) as on one line. Only a
    line that is the whole label, a value of one line, then a blank line or the end."""
    labels = name_field_labels(m) | m["field_email"].lemmas
    lines = [ln.strip() for ln in text.split("\n")] + [""]
    said = [ln.rstrip(" :").lower() for ln in lines]
    one = [i for i in range(len(lines) - 2) if lines[i + 1] and ":" not in lines[i + 1] and not lines[i + 2]]
    return [(said[i], lines[i + 1]) for i in one if said[i] in labels]


def _board_relays_a_person(
    msg: ParsedMessage, fields: list[tuple[str, str]], m: dict[str, Meaning], typed: str
) -> bool:
    """A job board's applications mailbox («candidatures@…», "applications@…": [applications_mailbox]) sends a
    notice whose fields name a person who is not the sender («Candidat : Hugo Lemaire», "Name: …") and give
    another address than the board's: the fields are that person's answers, the board only carries them."""
    sender = (msg.from_addr or "").lower()
    if not sender.partition("@")[0].startswith(m["applications_mailbox"].stems) or typed.lower() == sender:
        return False
    person = _person_in_fields(fields, m)
    return bool(person) and not name_words(person) & name_words(msg.from_name or "")


def _reply_to_person(msg: ParsedMessage, rules_dir: Path | None) -> FormRelay:
    """Whom a mailer's Reply-To reaches: the person a job board relays («Reply-To: Inès Morel <…>»), never
    the mailer itself nor another address nobody reads."""
    answering = reply_to_of(msg)
    address = answering.address.lower() if answering.address else None
    if address is None or address == (msg.from_addr or "").lower() or is_relay_sender(address, rules_dir):
        return FormRelay("", None)
    return FormRelay("" if answering.suspect else answering.name, address)


def _person_in_fields(fields: list[tuple[str, str]], m: dict[str, Meaning]) -> str:
    """The person a form's fields name: its name fields («Nom : Cherif», «Prénom : Hamza»), else the field
    presenting a person («Candidat : Inès Morel», "Applicant: …"), or ""."""
    return name_in_fields(fields, m) or _presented_in_fields(fields, m)


def _presented_in_fields(fields: list[tuple[str, str]], m: dict[str, Meaning]) -> str:
    """The name a relay's field gives the person it presents («Candidat : Inès Morel», "Applicant: …"), when
    the value is a name written as one (two to four words, each capitalised or a particle)."""
    persons = m["presented_person"].lemmas | m["people_served"].lemmas  # «Candidat», "Applicant"
    for label, value in fields:
        words = label.split()
        if words and words[0] in persons and _WRITTEN_NAME.fullmatch(value.strip()):
            return value.strip()
    return ""


_WRITTEN_NAME = re.compile(
    r"[A-ZÀ-Þ][\w'’-]+(?:\s+(?:(?:de|du|des|le|la|van|von|d['’])\s*)?[A-ZÀ-Þ][\w'’-]+){1,3}"
)


class Answer(Enum):
    """What a label's answer says of what the label names: it holds, it does not, or a careful coordinator
    reading the answer could not tell (asked, never refused)."""

    YES = "yes"
    NO = "no"
    OPEN = "open"


def answer_at(unit: str, start: int, rules_dir: Path | None = None) -> bool | None:
    """`label_answer` as a yes or a no: True, False, or None when open or no answer."""
    answer = label_answer(unit, start, rules_dir)
    return None if answer in {None, Answer.OPEN} else answer == Answer.YES


def label_answer(unit: str, start: int, rules_dir: Path | None = None) -> Answer | None:
    """A yes/no answering what its label names: a field («Reconversion : non (jobs étudiants)», «Stage en
    cours : oui», "Career change: no"), one of several fields of a line («stage : aucun ; reconversion :
    non»), a label and its answer alone («Banque non.»), a question and its answer («Vous êtes en stage ?
    Non.»), a checklist's mark («✅ pas de reconversion», «[ ] études terminées», «(?) pas en stage»).
    The label's own negation is folded in (`_with_polarity`). An answer offering both («oui / non»),
    doubting («hard to say», «je ne sais pas») or questioning its label («(x) pas de reconversion ? …») is
    OPEN. None when the mention at `start` is not in such a label, or the value tells something else
    («Stage : mairie de Lyon», read as a sentence)."""
    m = load_meanings(rules_dir)
    marked = _mark_answer(unit, start, m)
    if marked is not None:
        return marked
    field = _field_at(unit, start)
    if field is None:
        return None
    label, value = field
    asked = label.rstrip().endswith("?")
    said = _value_answer(value, m)
    if said is None and (marked := _value_marked(label, value, m)) is not None:
        return marked
    if asked and _first_word(value) in m["answer_contradicting"].lemmas:
        said = Answer.YES  # «Vous n'êtes pas en stage ? Si.»: the negation contradicted
    elif asked and said == Answer.NO and _negated_label(label, m):
        return Answer.NO  # «Vous n'êtes pas en stage ? Non.»: the no agrees with the negation
    return None if said is None else _with_polarity(said, _negated_label(label, m), asked)


def opens_with_an_answer(unit: str, rules_dir: Path | None = None) -> bool:
    """A unit whose first word is a yes or a no («Non.», «Oui, un BTS.», «Si, jusqu'en mars.», "No."): the
    answer to a question asked just before it."""
    m = load_meanings(rules_dir)
    word = _first_word(unit)
    return any(word in m[name].lemmas for name in ("answer_yes", "answer_no", "answer_contradicting"))


def _first_word(text: str) -> str:
    first = re.search(r"[^\W\d_][\w/']*", text.casefold())
    return first.group() if first else ""


def _with_polarity(said: Answer, negated: bool, asked: bool) -> Answer:
    """The answer to a label stating an absence: «Pas de reconversion : oui» confirms it (none); a yes to
    «Vous n'êtes pas en reconversion ?», or a no to «Pas de reconversion», a careful coordinator cannot
    read (none, or «I do not meet it»?): open."""
    if not negated or said == Answer.OPEN:
        return said
    return Answer.NO if said == Answer.YES and not asked else Answer.OPEN


def _mark_answer(unit: str, start: int, m: dict[str, Meaning]) -> Answer | None:
    """A checklist's line: a mark, then the criterion as its label («✔ pas en stage», «[x] études
    terminées», «? pas en service civique»), the label ending at a colon, a dash or a question mark. A tick
    says the label holds, a cross or an empty box that it does not; a question mark, or a label asked
    («(x) pas de reconversion ? je ne sais pas…»), leaves it open. A cross on a label of an absence with
    more told after it lets the sentence decide («✘ pas en stage — je suis en stage jusqu'en mars»)."""
    marks = _marks(resources.rules_dir())
    mark = marks.opening.match(unit)
    end = len(unit) if mark is None else _label_end(unit, mark.end())
    if mark is None or not mark.end() <= start < end or marks.sign.search(unit, mark.end(), end):
        return None  # several marks on a line («✘ pas de stage ✘ pas de reconversion»): a legend, no answer
    sign = re.sub(r"\s", "", mark.group(1)).casefold()
    if "?" in sign or unit[end : end + 1] == "?":
        return Answer.OPEN
    negated = _negated_label(unit[mark.end() : end], m)
    ticked = sign in m["mark_yes"].lemmas
    if not ticked and sign not in m["mark_no"].lemmas:
        return None
    if not ticked and negated:
        return Answer.YES if not unit[end:].strip(" :—–-.") else None
    return _with_polarity(Answer.YES if ticked else Answer.NO, negated, asked=False)


@dataclass(frozen=True)
class _Marks:
    sign: re.Pattern[str]  # a checklist's mark anywhere (`mark_sign`)
    opening: re.Pattern[str]  # the marks opening a checklist's line
    choice_field: re.Pattern[str]  # a field whose value is a row of boxes
    choice: re.Pattern[str]  # one box of that row and its choice
    box_gate: tuple[str, ...]  # a text holding none of these holds no box
    arrow: re.Pattern[str]  # an arrow between what is asked and its answer (`answer_arrow`)
    value_mark: re.Pattern[str]  # a mark or a question mark opening a field's value (`_value_marked`)


def _chars(chars: list[str]) -> str:
    return "".join(re.escape(c) for c in chars)


@lru_cache(maxsize=4)
def _marks(rules_dir: Path) -> _Marks:
    """The marks and boxes of rules/lexicon/marks.toml, compiled once per rules directory."""
    table = read_table(rules_dir, "marks.toml")
    checklist, choices = table["checklist"], table["choices"]
    sign = (
        rf"[{_chars(checklist['signs'])}]|\[\s*[{_chars(checklist['in_brackets'])}]?\s*\]"
        rf"|\(\s*[{_chars(checklist['in_parentheses'])}]?\s*\)"
    )
    ballot = _chars(choices["ballot_boxes"])
    arrows: list[str] = table["answer_arrow"]["signs"]
    box = choice_box(rules_dir)
    return _Marks(
        sign=re.compile(sign),
        # A checklist's mark opening a line: a tick, a cross, an empty or ticked box, a question mark.
        opening=re.compile(rf"^\W{{0,2}}?((?:{sign}|\(\s*\?\s*\)|\?)+)\s*(?=\w)"),
        choice_field=re.compile(
            rf"^(?P<label>[^\n:\[\]{ballot}]{{2,80}}?)\s*:\s*(?P<row>{box}.*)$", re.MULTILINE
        ),
        choice=re.compile(rf"(?P<box>{box})\s*(?P<choice>(?:(?!{box})[^\n])*)"),
        box_gate=("[", "(", *choices["ballot_boxes"]),
        arrow=re.compile("|".join(re.escape(a) for a in sorted(arrows, key=len, reverse=True))),
        value_mark=re.compile(rf"\s*({sign}|\?)"),
    )


def choice_box(rules_dir: Path) -> str:
    """The pattern of one box of a multiple-choice field (rules/lexicon/marks.toml [choices]): a bracket box
    («[ ]», «[x]»), a box drawn in parentheses («( )», «(X)») or a ballot box («☐», «☒»). Defined once: a row
    of boxes on its label's line (`ticked_choices`) and a field laid out one choice per line
    (form_choices.py) draw the same boxes."""
    choices = read_table(rules_dir, "marks.toml")["choices"]
    brackets, parentheses = _chars(choices["in_brackets"]), _chars(choices["in_parentheses"])
    return rf"(?:\[\s*[{brackets}]?\s*\]|\(\s*[{parentheses}]?\s*\)|[{_chars(choices['ballot_boxes'])}])"


def mark_sign() -> re.Pattern[str]:
    """A checklist's mark: a tick, a cross, a box ticked, empty or asked («[?]»), whose sign the meanings
    `mark_yes` and `mark_no` read (rules/lexicon/marks.toml). Defined once: a line carrying one answers
    (call_text, criteria_answers)."""
    return _marks(resources.rules_dir()).sign


def answer_arrow() -> re.Pattern[str]:
    """An arrow a form's writer puts where a colon would stand: between a label and its value («Bac+2
    minimum → licence»), or opening the answer under its question («→ Master 2») (rules/lexicon/marks.toml).
    Defined once (criteria_answers)."""
    return _marks(resources.rules_dir()).arrow


def _label_end(unit: str, start: int) -> int:
    """Where a checklist line's label ends: at its colon, dash or question mark, else at the line's end."""
    ends = [i for i in (unit.find(c, start) for c in ":—–?") if i >= 0]
    return min(ends, default=len(unit))


def _field_at(unit: str, start: int) -> tuple[str, str] | None:
    """The label and the value of the one field whose label holds `start`: the field of its line, or of
    the «;»-separated part of it (several fields told on one line), or a question and its answer."""
    offset = 0
    for part in re.split(r"(?<=[;\n])", unit):
        if offset <= start < offset + len(part):
            return _field_in(part, start - offset)
        offset += len(part)
    return None


def _field_in(part: str, start: int) -> tuple[str, str] | None:
    fields = labelled_fields(part.rstrip(";"), max_words=_CRITERION_WORDS)
    spoken = _SPOKEN_ANSWER.fullmatch(part.strip())
    question = _QUESTION_ANSWER.fullmatch(part.strip())
    if question is not None and start < part.find("?"):
        return question.group(1), question.group(2)
    if spoken is not None and len(fields) != 1 and start < part.find(spoken.group(1)) + len(spoken.group(1)):
        return spoken.group(1), spoken.group(2)
    row = _TABLE_ROW.fullmatch(part.strip())
    if row is not None and len(fields) != 1 and start < part.find(row.group(1)) + len(row.group(1)):
        return row.group(1), row.group(2)
    if len(fields) != 1 or not 0 <= start < part.find(":"):
        return None
    return fields[0]


# A table's row of two cells, told with pipes or a tab: «| Stage en cours | non |», «Reconversion\tnon».
_TABLE_ROW = re.compile(r"\|?\s*([^|\t]{3,60}?)\s*(?:\||\t)\s*([^|\t]+?)\s*\|?")


# A question and its answer told on one line, or joined from two: «Vous êtes en stage ? Non.».
_QUESTION_ANSWER = re.compile(r"([^?:]{3,}\?)\s*(\S.*)")


def _value_answer(value: str, m: dict[str, Meaning]) -> Answer | None:
    """What a value says: its first word a yes or a no; both offered («oui / non», "yes or no") or a doubt
    opening it («je ne sais pas», «difficile à dire», "hard to say") leave it open."""
    lowered = value.casefold().replace("’", "'")
    if m["answer_open"].phrased_in(lowered[:30]):  # the doubt opens the value, not a later clause
        return Answer.OPEN
    first = _first_word(lowered)
    said = None if first not in m["answer_yes"].lemmas | m["answer_no"].lemmas else Answer.YES
    said = Answer.NO if first in m["answer_no"].lemmas else said
    offered = re.match(r"\W*\w+\s*(?:/|\bou\b|\bor\b)\s*(\w+)", lowered)
    other = offered.group(1) if offered else ""
    opposite = m["answer_yes"].lemmas if said == Answer.NO else m["answer_no"].lemmas
    if said is not None and other in opposite:
        return Answer.OPEN  # «oui / non (rayer la mention inutile)»: nothing struck out
    # «non / non / non» under «Stage / service civique / reconversion»: one answer to each, all alike
    return said


def _value_marked(label: str, value: str, m: dict[str, Meaning]) -> Answer | None:
    """A self-check's mark written as the value, after its label («Pas en stage : ✔», «Reconversion : ✘»,
    «Pas en reconversion : ? j'ai été vendeuse…»), read as the same mark before it (`_mark_answer`): a tick
    says the label holds, a cross that it does not, a question mark that the writer cannot tell — open,
    whatever follows (the facts told after it are why they ask)."""
    sign = _marks(resources.rules_dir()).value_mark.match(value)
    if sign is None:
        return None
    mark = re.sub(r"\s", "", sign.group(1)).casefold()
    ticked = mark in m["mark_yes"].lemmas
    if "?" in mark:
        return Answer.OPEN
    if not ticked and mark not in m["mark_no"].lemmas:
        return None
    negated = _negated_label(label, m)
    if not ticked and negated:
        return Answer.YES if not value[sign.end() :].strip(" :—–-.") else None
    return _with_polarity(Answer.YES if ticked else Answer.NO, negated, asked=False)


def _negated_label(label: str, m: dict[str, Meaning]) -> bool:
    """A label stating the criterion as an absence: «pas de reconversion», «ni stage ni service civique»,
    "no career change", "not on an internship"."""
    words = WORD.findall(label.casefold().replace("’", "'"))
    return any(word in m["label_negation"].lemmas for word in words)


# A criterion's label may name two situations and a time: «stage ou service civique en cours».
_CRITERION_WORDS = 7
# A label of at most three words and its one-word answer, nothing else: «Banque non.», «Coopérative oui !».
_SPOKEN_ANSWER = re.compile(r"\W*((?:[^\W\d_][\w'’-]*\s+){1,3})([^\W\d_]+)\W*")


def ticked_choices(text: str) -> str:
    """`text` with each multiple-choice field of a relayed form told by its ticked choices alone:
    «Situation actuelle : [ ] En recherche d'emploi [x] En stage» is «Situation actuelle : En stage». The
    boxes left empty are the form's offer, never the person's answer (an empty «En recherche d'emploi» says
    nothing of a search); a field with no box ticked keeps its label only, or both answers offered when it
    is a yes/no (`offered_unanswered`), its criterion open. Invariant: a line holding no box is left as it
    is."""
    marks = _marks(resources.rules_dir())
    if not any(opening in text for opening in marks.box_gate):
        return text  # the cheap test first: most mail holds no box
    return marks.choice_field.sub(_ticked_field, text)


def _ticked_field(field: re.Match[str]) -> str:
    yes = load_meanings()["mark_yes"].lemmas
    boxes = _marks(resources.rules_dir()).choice.finditer(field.group("row"))
    choices = [c for c in boxes if c.group("choice").strip()]
    ticked = [c.group("choice").strip() for c in choices if re.sub(r"\s", "", c.group("box")).lower() in yes]
    head = field.group(0)[: field.start("row") - field.start()]  # the label as written, its colon kept
    told = join_after_label(ticked) or offered_unanswered([c.group("choice").strip() for c in choices])
    return f"{head}{told}".rstrip()


def offered_unanswered(choices: list[str]) -> str:
    """A yes/no field whose boxes are all left empty («Service civique : ☐ Oui ☐ Non»), told as both answers
    offered and neither taken («Oui / Non»): the question was put and not answered, which `label_answer`
    leaves open, as it does «oui / non (rayer la mention inutile)». Its choices' own words stay («Non (je
    ne sais pas)»). Any other field with no box ticked («Situation : ☐ En stage ☐ En emploi») is told by its
    label alone (""): an offer nobody took states nothing."""
    m = load_meanings()
    answers = m["answer_yes"].lemmas | m["answer_no"].lemmas
    firsts = [WORD.match(c.casefold()) for c in choices]
    if len(choices) < 2 or any(f is None or f.group() not in answers for f in firsts):
        return ""
    return " / ".join(choices)


def join_after_label(choices: list[str]) -> str:
    """Ticked choices told as their label's value, one after the other («Je vise : une association, une
    SCOP»). A choice opens on a capital because a form lays each one out as an item of its own; after the
    label's colon, an article or a possessive opening it is lowered («Je vise : Une association» is «Je vise
    : une association»), or the capital reads as a new sentence and the choice is cut from its label's verb.
    Any other word (a name, an acronym, «Bac+3») is kept as written."""
    told = ", ".join(choices)
    first = WORD.match(told.casefold())
    if first is not None and first.group() in load_meanings()["determiner"].lemmas:
        return told[:1].lower() + told[1:]
    return told


def held_by_its_field(unit: str, named: re.Match[str] | None, past: re.Pattern[str] | None) -> bool:
    """A form's or a note's field for the situation today whose value opens on the situation's name:
    «Situation actuelle : En stage», «Situation : en service civique à la mairie», "Current situation:
    Internship" — held now, though no verb nor word of «now» says it (the label says it). Invariant: only a
    value telling nothing else of its time: no date (the dates then decide), no negation, no end
    («Situation : stage terminé»), no search («Situation : en recherche de stage» opens on the search)."""
    value = value_for_today(unit, named)
    if value is None or re.search(r"\d", value):
        return False
    return past is None or past.search(value) is None


def value_for_today(unit: str, named: re.Match[str] | None) -> str | None:
    """The value of a form's or a note's field for the situation today that opens on the situation's name
    and tells nothing of it not held now («Situation actuelle : stage (convention jusqu'au 28 février)»,
    not «Situation : stage terminé»); None for any other unit. Its dates, if any, are the caller's."""
    field = _FIELD_VALUE.match(unit)
    if field is None or named is None or named.start() < field.start("value"):
        return None
    if field.group("label").strip().casefold() not in load_meanings()["field_situation_now"].lemmas:
        return None
    value = field.group("value")
    opening = unit[field.start("value") : named.start()]
    return value if _VALUE_OPENING.fullmatch(opening) and not _NOT_NOW_WORDS.search(value) else None


_FIELD_VALUE = re.compile(r"\W*(?P<label>[^\W\d_][^:?\n]{1,40}?)\s*:\s*(?P<value>\S.*)$", re.DOTALL)
# What may stand before the situation's name at the opening of the value: «en», «in», an article.
_VALUE_OPENING = re.compile(r"\W*(?:(?:en|in|on|un|une|a|an)\s+)?", re.IGNORECASE)
# Words telling the situation is not held now, or not yet, or only sought.
_NOT_NOW_WORDS = re.compile(
    r"\b(?:pas|plus|sans|ni|aucune?|termin\w*|fini\w*|achev\w*|ancien\w*|pass[ée]\w*|pr[ée]vu\w*|futur\w*|"
    r"recherch\w*|cherch\w*|no|not|none|former|previous|past|ended|finished|completed|over|planned|looking)\b",
    re.IGNORECASE,
)
