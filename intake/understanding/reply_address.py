"""The address a writer gives as theirs to answer at, over the mailbox the mail came from.

A person writing from a shared or borrowed mailbox says where to reach them: «vous pouvez me répondre à lea
point martin point pro arobase gmail point com parce que cette adresse c'est celle de mes parents», «mon
adresse perso c'est …», "please reply to me at …". The address is theirs (the spoken corpus's rule: a
dictated address is the person's own, as it is spelt) and it is the one to answer: it wins over the header's.
Read only where the words give it to the writer themself (rules/lexicon/reply_address.toml: «me», «moi»,
«mon», "me", "my" right before it); another person's address («écrivez à ma conseillère …») is never taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.parsing import ParsedMessage, reply_to_of
from intake.understanding.dictation import spoken_addresses
from intake.understanding.facts import BODY, EMAIL_RE, Evidence, Fact, Source
from intake.understanding.lexicon import load_meanings, read_table
from intake.understanding.names import same_person

_REACH = 120  # characters before an address its introduction stands in


@lru_cache(maxsize=4)
def _before(rules_dir: Path) -> re.Pattern[str]:
    table = read_table(rules_dir, "reply_address.toml")
    return re.compile(r"(?:" + "|".join(table["before"]) + r")\s*:?\s*$", re.IGNORECASE)


def address_to_answer(body: str) -> Fact[str] | None:
    """The first address, written or spelt out in words, the body gives as the writer's to answer at."""
    before = _before(resources.rules_dir())
    found = [(m.start(), m.end(), m.group(0).lower().strip(".")) for m in EMAIL_RE.finditer(body)]
    found += [(s.start, s.end, s.value) for s in spoken_addresses(body)]
    for start, end, address in sorted(found):
        if before.search(body[max(0, start - _REACH) : start]):
            left = body.rfind("\n", 0, start) + 1
            right = body.find("\n", end)
            return Fact(address, Evidence(body[left : right if right != -1 else len(body)].strip(), BODY))
    return None


@dataclass(frozen=True)
class _Asked:
    """reply_address.toml's [asked]: verbs of reaching, the writer's words, denials, places pointed to."""

    reach: frozenset[str]
    imperative: frozenset[str]
    asking: frozenset[str]
    writer_object: frozenset[str]
    writer_subject: frozenset[str]
    writer: frozenset[str]
    denied_before: frozenset[str]
    denied_after: frozenset[str]
    in_documents: frozenset[str]
    in_signature: frozenset[str]
    others: frozenset[str]


@lru_cache(maxsize=4)
def _asked_table(rules_dir: Path) -> _Asked:
    table = read_table(rules_dir, "reply_address.toml")["asked"]
    return _Asked(*(frozenset(w.casefold() for w in table[key]) for key in _Asked.__dataclass_fields__))


# «clara [point] moulin [at] laposte [point] net», «bastien (point) roux (arobase) gmail (point) com»: a sign
# of an address written in brackets so that robots do not read it; its brackets are blanks to a reader.
_BRACKETED_SIGN = re.compile(r"[\[(]\s*(?:arobase|arrobase|at|point|dot|tiret|dash|underscore)\s*[\])]", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n\s*\n")
# A word as read here: an elided «d'», «n'», «m'» a word of its own, a hyphen parting words («répondez-moi»).
_WORDS = re.compile(r"[^\W\d_]+['’]?|\d+")


def _unbracketed(body: str) -> str:
    """The body with an obfuscated address's brackets turned into blanks (the same length: places hold)."""
    return _BRACKETED_SIGN.sub(lambda m: re.sub(r"[\[\]()]", " ", m.group(0)), body)


def _addresses(text: str) -> list[tuple[int, int, str]]:
    """Every address of `text`, written, spelt out or in brackets, as (start, end, address), in order."""
    unbracketed = _unbracketed(text)
    found = [(m.start(), m.end(), m.group(0).lower().strip(".")) for m in EMAIL_RE.finditer(text)]
    found += [(s.start, s.end, s.value) for s in spoken_addresses(unbracketed)]
    return sorted(found)


def _sentence_before(text: str, start: int) -> str:
    """The words of the sentence `start` stands in, from its beginning up to `start`."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    return text[(ends[-1] if ends else 0) : start]


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORDS.findall(text)]


def _reaching(words: list[str], table: _Asked, *, last: bool = True) -> bool:
    """A verb of reaching among `words`, not denied, with the writer in those words: the last one before an
    address («répondez-moi à», «merci de ne pas répondre ici mais d'écrire sur», "please use"); any one in
    a sentence pointing to a place («merci de me répondre à l'adresse de mon CV, je ne lis plus celle-ci»)."""
    verbs = [i for i, w in enumerate(words) if w in table.reach | table.imperative]
    if not verbs or not any(w in table.writer for w in words):
        return False
    return any(_asked(words, at, table) for at in (verbs[-1:] if last else verbs))


def _asked(words: list[str], at: int, table: _Asked) -> bool:
    """The verb at `at` asked of the reader, not denied: an imperative («utilisez»), an infinitive after a
    request («merci d'écrire», «pour me répondre»), a verb the writer is the object of ("email me"); never
    one the writer is the subject of («je vais envoyer ma candidature à …»)."""
    if _denied(words, at, table) or set(words[max(0, at - 2) : at]) & table.writer_subject:
        return False
    near = set(words[max(0, at - 1) : at + 2])
    asked = words[at] in table.imperative or bool(near & table.writer_object)
    return asked or bool(set(words[:at]) & table.asking)


# Who else may be the one written to: «écrivez à ma tutrice, …», «vous pouvez lui écrire à …», "email my mum".
_OTHERS = ("relative", "parent", "close_person", "other_one", "title")


def _to_another(words: list[str], table: _Asked) -> bool:
    """A person other than the writer named from the word before the last verb of reaching up to the address
    («lui écrire à», «écrire à ma conseillère sur»): the address is theirs. Someone named earlier in the
    sentence owns nothing the writer then asks to be written at («j'utilise l'ordinateur de l'accueil du
    camping : merci … d'écrire sur …»)."""
    at = max(i for i, w in enumerate(words) if w in table.reach | table.imperative)
    meanings = load_meanings()
    named = words[max(0, at - 1) :]
    return any(w in table.others for w in named) or any(meanings[n].holds(w) for w in named for n in _OTHERS)


def _denied(words: list[str], at: int, table: _Asked) -> bool:
    """«ne pas répondre», «n'utilisez plus», "don't reply": the verb at `at` denied."""
    before = set(words[max(0, at - 2) : at])
    after = [w for w in words[at + 1 : at + 3] if w not in table.writer]
    return bool(before & table.denied_before) or bool(after[:1] and after[0] in table.denied_after)


def asked_address(body: str, documents: Sequence[Source], exclude: set[str]) -> Fact[str] | None:
    """The address the writer asks to be written to, by the meaning of the sentence giving it (a verb of
    reaching them, not denied: «Je ne lis plus cette adresse, répondez-moi à : clara [point] moulin [at] …»,
    «pour la suite, merci d'utiliser …», "please use … from now on"), or of a sentence pointing to it in
    their CV or their signature («merci de me répondre à l'adresse indiquée sur mon CV»). An address given
    as another person's («contactez ma tutrice à …») or in `exclude` (the mailbox it came from) is never
    taken."""
    table = _asked_table(resources.rules_dir())
    for start, end, address in _addresses(body):
        words = _words(_sentence_before(body, start))
        if address not in exclude and _reaching(words, table) and not _to_another(words, table):
            return Fact(address, Evidence(_line(body, start, end), BODY))
    return _pointed_address(body, documents, exclude, table)


def _line(text: str, start: int, end: int) -> str:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return text[left : right if right != -1 else len(text)].strip()


def _pointed_address(
    body: str, documents: Sequence[Source], exclude: set[str], table: _Asked
) -> Fact[str] | None:
    """«utilisez celle de ma signature», «l'adresse indiquée sur mon CV»: a sentence of reaching the writer
    with no address of its own points to the first address of the place it names, the mailbox's aside."""
    for sentence in _SENTENCE_SPLIT.split(body):
        words = _words(sentence)
        if _addresses(sentence) or not _reaching(words, table, last=False):
            continue
        named = set(words)
        if named & table.in_documents:
            places = [(d.where, d.text) for d in documents]
        elif named & table.in_signature:
            places = [(BODY, body[body.find(sentence) + len(sentence) :])]
        else:
            continue
        for where, place in places:
            for start, end, address in _addresses(place):
                if address not in exclude:
                    return Fact(address, Evidence(_line(place, start, end), where))
    return None


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def reply_to_address(msg: ParsedMessage, display: str, exclude: set[str]) -> Fact[str] | None:
    """A Reply-To header the writer set on their own mail (no display name, or theirs): the address they
    asked the answers to go to («Les réponses arriveront sur mon adresse personnelle (je l'ai mise en adresse
    de réponse)»), over the From. Another person's name on it keeps the From."""
    answering = reply_to_of(msg)
    address = answering.address.lower() if answering.address else None
    if address is None or address in exclude:
        return None
    if answering.name and not (display and same_person(answering.name, display)):
        return None
    return Fact(address, Evidence(f"Répondre à : {address}", "en-tête"))
