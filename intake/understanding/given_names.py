"""Which of the given names a person writes is the first name she uses.

A person may write more given names than she goes by, or fewer: a preferred name put in quotes between her
given name and her family name («Elizabeth "Liz" Turner», «Marie-Thérèse « Maïté » Roux»), which she asks to
be called by; a middle name, which an English letter writes between the given name and the family name
("My name is Emily Rose Carter" from the mailbox «Emily Carter»: the header names her by the first name she
uses, the middle name is no part of it — a French letter's «Anne Sophie» is one compound first name, kept
whole); a short form the mailbox shows («Tina Dela Cruz») under the full given names she signs with («Maria
Cristina Dela Cruz»): without a request to be called by it, the signed name is the one she gives us.
Read from the header, the name written in the letter and the letter's words (the language it is written in,
the quotes around a given name), after names are found (understanding/__init__.py's `_read_names`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.clauses import is_english
from intake.understanding.facts import BODY, Evidence, Fact
from intake.understanding.lexicon import escaped_alternation, read_table
from intake.understanding.names import same_person

Names = tuple[Fact[str], Fact[str]]


def first_name_in_use(chosen: Names, header: Names | None, written: Names | None, body: str) -> Names:
    """The applicant's name with the first name she uses; `chosen` when nothing here tells another."""
    return (
        _quoted_preference(chosen, body)
        or (_middle_names_left_out(chosen, header, body) if header is not None else None)
        or (_short_form_signed_in_full(chosen, header, written) if header and written else None)
        or chosen
    )


@lru_cache(maxsize=4)
def _quoted(rules_dir: Path) -> re.Pattern[str]:
    """A given name, a preferred name between the quote marks of names.toml [preferred_name] (double quotes
    or guillemets), then the family name's first word."""
    marks = read_table(rules_dir, "names.toml")["preferred_name"]
    opening, closing = escaped_alternation(marks["opening"]), escaped_alternation(marks["closing"])
    return re.compile(
        rf"(?<![\w'’-])([^\W\d_][\w'’-]*)\s+(?:{opening})\s*([^\W\d_][\w'’-]{{1,20}})\s*(?:{closing})"
        rf"\s+([^\W\d_][\w'’-]*)"
    )


def _quoted_preference(chosen: Names, body: str) -> Names | None:
    """«Elizabeth "Liz" Turner», «Chukwuemeka "Emeka" Okafor»: a word in quotes between a given name and the
    applicant's family name is the name she goes by (the custom of writing a preferred name). Another
    person's name so written ("my tutor, Robert "Bob" Hale") carries another family name: not hers."""
    family = chosen[1].value.split()
    if not family:
        return None
    for m in _quoted(resources.rules_dir()).finditer(body):
        if not m.group(2)[:1].isupper() or not same_person(m.group(3), family[0]):
            continue
        if same_person(m.group(2), chosen[0].value):
            return None
        line = next((ln.strip() for ln in body.splitlines() if m.group(2) in ln), m.group(0))
        return Fact(m.group(2), Evidence(line, BODY)), chosen[1]
    return None


def _middle_names_left_out(chosen: Names, header: Names, body: str) -> Names | None:
    """"Emily Rose Carter" written in an English letter from the mailbox «Emily Carter»: the chosen first name
    is the header's with more given names after it, the same family name; the words after the first are a
    middle name, which English usage leaves out of the first name one goes by."""
    used, more = header[0].value.split(), chosen[0].value.split()
    if len(more) <= len(used) or not same_person(" ".join(more[: len(used)]), header[0].value):
        return None
    if not same_person(chosen[1].value, header[1].value) or "-" in header[0].value:
        return None
    if not is_english(body):
        return None  # «Anne Sophie» in a French letter is one compound first name
    # The first name as the fuller form writes it: «Emily» with the accents the mailbox may have dropped.
    return Fact(" ".join(more[: len(used)]), chosen[0].evidence), chosen[1]


_SHORTEST = 3  # «Max», «Liz», «Tina»: the fewest letters a short form keeps


def _short_form_signed_in_full(chosen: Names, header: Names, written: Names) -> Names | None:
    """«Tina Dela Cruz» in the header, signed «Maria Cristina Dela Cruz»: the header's first name is a short
    form of one of the signed given names (its start or its end, «Cristina» → «Tina», «Maximilien» → «Max»),
    the family name the same; with no request to be called by the short form, the signed name is hers."""
    words = f"{written[0].value} {written[1].value}".split()
    k = len(header[1].value.split())
    if chosen[0].value != header[0].value or len(words) <= k:
        return None
    if not same_person(" ".join(words[-k:]), header[1].value):
        return None  # the signed name's family name, however the signature alone splits it, is the header's
    short = _plain(header[0].value)
    given = [_plain(w) for w in re.split(r"[\s-]+", " ".join(words[:-k])) if w]
    if len(short) < _SHORTEST or short in given:
        return None
    if not any(len(g) > len(short) and (g.startswith(short) or g.endswith(short)) for g in given):
        return None
    return Fact(" ".join(words[:-k]), written[0].evidence), header[1]


def _plain(word: str) -> str:
    """A name's letters as compared: «Hélène» and «helene» alike."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word.casefold()) if ch.isalpha())
