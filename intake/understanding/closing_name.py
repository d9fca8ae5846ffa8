"""The name a person gives only under her closing: «Bien à vous,» then «Léa», «A. Mercier».

A writer who names herself nowhere else — no display name in the From, no «je m'appelle», no signature of two
words — still signs: a given name alone on the line under the closing formula, or an initial and her family
name. That line is her name as she writes it (accents kept: «Léa», «Gaëlle», which an address cannot carry).
A part she leaves out is taken from her address when it plainly spells it beside the part she signs
(lea.fabre@ under «Léa»: Fabre), never from a word an address carries that names no one («lea.pro@») nor from
an initial («solene.b33@»: no family name). An initial alone is no first name: «A. Mercier» gives the family
name only. A given name signed alone must be the one her address spells, or the line is read as no name
(«Merci,» then «Bisous» names nobody). The formulas and the address's non-name words are
rules/lexicon/closings.toml's. Read only for the sender's own words: a referrer's signature is theirs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.facts import BODY, Evidence, Fact
from intake.understanding.forms import fold_name
from intake.understanding.lexicon import Lexicon, read_table
from intake.understanding.names import normalise_name_part

Signed = tuple[Fact[str] | None, Fact[str] | None]

_TAIL = 6  # the closing and the signature stand in the body's last lines
_AFTER_FORMULA = 4  # «Merci pour votre retour.»: a formula and a few words, not a sentence of the letter
_GIVEN = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*$")
_INITIAL_AND_NAME = re.compile(r"^([^\W\d_])\.?\s+([^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+)?)$")
_CONTACT = re.compile(r"@|\d[\d .\-]{7,}\d")


@lru_cache(maxsize=4)
def _table(rules_dir: Path) -> tuple[re.Pattern[str], frozenset[str]]:
    table = read_table(rules_dir, "closings.toml")
    formula = re.compile(r"^(?:" + "|".join(table["formulas"]) + r")\b[\s,.!]*", re.IGNORECASE)
    return formula, frozenset(table["address_words"])


def name_in_closing(body: str, address: str | None, lexicon: Lexicon) -> Signed | None:
    """(first name, family name) signed under the body's closing, either possibly None, or None when the
    closing carries no name."""
    formula, address_words = _table(resources.rules_dir())
    lines = [ln.strip() for ln in body.split("\n") if ln.strip()][-_TAIL:]
    closing = _last_closing(lines, formula)
    if closing is None:
        return None
    after = [ln.strip(" ,.") for ln in lines[closing + 1 :] if not _CONTACT.search(ln)]
    same_line = formula.sub("", lines[closing]).strip(" ,.")  # «Bien à vous, Léa»
    signed = after[0] if after else same_line
    if not signed:
        return None
    parts = _plain_parts(address)
    initial = _INITIAL_AND_NAME.match(signed)
    if initial is not None:
        last = initial.group(2)
        if any(w.casefold() in lexicon.not_names for w in last.split()) or not last[:1].isupper():
            return None
        return None, Fact(normalise_name_part(last, lexicon), Evidence(signed, BODY))
    if not _GIVEN.match(signed) or not signed[:1].isupper() or signed.casefold() in lexicon.not_names:
        return None
    folded = fold_name(signed)
    if folded not in parts and not (parts and parts[0].startswith(folded) and len(parts) == 1):
        return None  # a word the address does not spell: no name of hers for sure
    first = Fact(normalise_name_part(signed, lexicon, first=True), Evidence(signed, BODY))
    others = [p for p in parts if p != folded and len(p) > 1 and p not in address_words]
    if len(others) != 1 or len(parts) > _NAME_PARTS + 1:
        return first, None
    family = Fact(normalise_name_part(others[0], lexicon), Evidence(f"De : {address}", "en-tête"))
    return first, family


_NAME_PARTS = 2  # lea.fabre@ (a third part may be a word such as «pro», set aside)


def before_closing(body: str) -> str:
    """The body up to its closing formula, the closing and the signature under it left out; the body whole
    when none of its last lines is a closing («Merci de transmettre ma candidature…» opening a note is a
    sentence of it, not its closing: a closing has a few words at most after its formula).

    Not names.before_signature, on purpose: this one cuts at the LAST closing among the body's last lines
    (rules/lexicon/closings.toml's formulas), so a «Merci» thanking mid-letter keeps what follows — the
    presented person may be named after it; before_signature cuts at the FIRST closing line anywhere, or at
    the writer's own name alone on a line, to keep a referrer's signed phone and rows off the person.
    Merged, one of the two readings changes what it keeps."""
    formula, _address_words = _table(resources.rules_dir())
    lines = body.split("\n")
    kept = [i for i, ln in enumerate(lines) if ln.strip()][-_TAIL:]
    closing = _last_closing([lines[i].strip() for i in kept], formula)
    return body if closing is None else "\n".join(lines[: kept[closing]])


def _last_closing(lines: list[str], formula: re.Pattern[str]) -> int | None:
    """The last line opening on a closing formula followed by a few words at most."""
    found = None
    for i, line in enumerate(lines):
        hit = formula.match(line)
        if hit is not None and len(line[hit.end() :].split()) <= _AFTER_FORMULA:
            found = i
    return found


def _plain_parts(address: str | None) -> list[str]:
    """lea.fabre@ → [«lea», «fabre»]; yanis93@ → [«yanis»]; solene.b33@ → [«solene», «b»]."""
    if not address or "@" not in address:
        return []
    local = address.split("@")[0]
    return [fold_name(p) for p in re.split(r"[._+\-\d]+", local) if p]
