"""Two family names: a person named in the Spanish, Portuguese or Latin American custom carries given names,
then the father's and the mother's family names («Marta Soler Vidal»: Marta, of the Soler and Vidal families).

Read from the From header's three words and the mailbox: the address writes the first name as a part of its
own, then the family names in order, whole or by an initial (marta.soler.vidal@, marta.soler.v@,
marta.s.vidal@) — where a French «Marie Claire Dubois» is ambiguous (marie.claire.dubois@ says nothing of
where the surname starts), a mark of that custom settles it (rules/lexicon/family_names.toml): a letter of
Spanish or Portuguese spelling that French names do not carry in the name, the country of the address's
domain, a nationality the mail tells. Given names the address glues together (andresm.soler@ for «Andrés
Miguel Soler») stay given names; particles, names in capitals and longer names are split_name's."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from intake import resources
from intake.understanding.facts import EMAIL_RE
from intake.understanding.forms import fold_name
from intake.understanding.lexicon import WORD_RUN, Lexicon, read_table
from intake.understanding.names import normalise_name_part

_THREE = 3


def _table(rules_dir: Path) -> dict[str, Any]:
    """The marks of the custom in `rules_dir` (the rules in use), read once per directory (`read_table`)."""
    return read_table(rules_dir, "family_names.toml")


def two_family_names(
    display: str, address: str | None, body: str, lexicon: Lexicon
) -> tuple[str, str] | None:
    """(given name, both family names) for a header «A B C» the address writes A apart then B and C, when the
    person is marked as named in the two-family-name custom; None leaves the header's split as it is."""
    tokens = display.split()
    if len(tokens) != _THREE or not address or any(t.isupper() or not t[:1].isupper() for t in tokens):
        return None
    if any(t.casefold() in lexicon.particles for t in tokens):
        return None  # «Ana de Souza»: the particle tells where the surname starts
    parts = [fold_name(p) for p in re.split(r"[._-]+", address.split("@")[0]) if p]
    if not _first_apart(tokens, parts) or not _custom_marked(display, address, body):
        return None
    family = normalise_name_part(" ".join(tokens[1:]), lexicon)
    return normalise_name_part(tokens[0], lexicon, first=True), family


def presented_family_names(name: str, text: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """The same for a person a referrer presents («Nous vous présentons Marta Soler Vidal … Son courriel :
    marta.soler.vidal@…»): the address is the one the text gives that writes the name."""
    for address in EMAIL_RE.findall(text):
        found = two_family_names(name, address, text, lexicon)
        if found is not None:
            return found
    return None


def glued_family(split: tuple[str, str] | None, text: str) -> tuple[str, str] | None:
    """`split` («Faïza Said», «Omar») put right when an address of `text` writes the first given name apart
    and glues the last given name to the family name (faiza.saidomar@): the two glued words are one family
    name («Faïza», «Said Omar»). A split already reading the glued words as given names, the family name
    first («Thu Ha», «Pham» at pham.thuha@), is the custom's own and left as it is."""
    if split is None or len(split[0].split()) != 2 or len(split[1].split()) != 1:
        return split
    first, middle = split[0].split()
    for address in EMAIL_RE.findall(text):
        parts = [fold_name(p) for p in re.split(r"[._-]+", address.split("@")[0]) if p]
        if parts == [fold_name(first), fold_name(middle) + fold_name(split[1])]:
            return first, f"{middle} {split[1]}"
    return split


def _first_apart(tokens: list[str], parts: list[str]) -> bool:
    """The address's parts write the first word alone, then the second and third words in order, each whole or
    by its initial, and nothing else: the first name stands apart from the two family names."""
    if len(parts) != _THREE or parts[0] != fold_name(tokens[0]):
        return False
    return all(_written(part, fold_name(word)) for part, word in zip(parts[1:], tokens[1:], strict=True))


def _written(part: str, word: str) -> bool:
    return part == word or (len(part) == 1 and word.startswith(part))


def _custom_marked(display: str, address: str, body: str) -> bool:
    """A mark of the two-family-name custom: a letter of its spelling in the name, its country in the
    address's domain, a nationality of its countries in the mail."""
    table = _table(resources.rules_dir())
    if any(ch in str(table["letters"]) for ch in display.casefold()):
        return True
    if address.rsplit(".", 1)[-1].casefold() in table["country_codes"]:
        return True
    stems = tuple(str(n) for n in table["nationalities"])
    return any(w.casefold().startswith(stems) for w in WORD_RUN.findall(body))
