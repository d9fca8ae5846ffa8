"""Phones written in the numbering plan of the writer's own francophone country or overseas department.

A Belgian writes a mobile «0476 28 13 90» or «0495/61.44.08», a Swiss «079 418 23 65», a Réunionnais
«0693 12 80 54»: the national way, with the trunk «0» and the groups of their own plan. France's plan reads
most of these digits too (04…, 07…), so they were taken for French numbers. How a number is grouped tells
the plan it was written in: when the grouping is exactly a country's national format and not France's, the
number is that country's, if the text shows the country (its mobile's local name — the «GSM», the «natel» —,
a demonym, a city, an institution: rules/lexicon/varieties.toml [phone_plans]). A number France's plan does
not hold at all (0692/0693, 0639, 0690, 0694, 0696…) grouped as an overseas department writes it is that
department's even unnamed: those departments dial with France's trunk «0», so a number grouped their way is
theirs. Grouped in French pairs, a number stays French (contacts.py names the departments there).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import phonenumbers

from intake import resources
from intake.understanding.lexicon import read_table

# A national number (trunk «0») in groups, separated by spaces, dots, hyphens or a Belgian slash; a full stop
# after it ends the sentence.
_GROUPED = re.compile(r"(?<![\d+./-])0\d{1,4}(?:[\s./\-]\d{2,4}){1,4}(?![\d/-]|\.\d)")
_DIGITS = (9, 10)  # national numbers of these plans; fewer or more digits are a date or a reference
# The overseas departments and collectivities that dial like metropolitan France, with its trunk «0».
_OVERSEAS = ("RE", "YT", "GP", "MQ", "GF", "BL", "MF", "PM")

Found = tuple[int, str, str]  # (position, number as written, region to read it in), as contacts.py reads them


def place_in_plans(text: str, found: list[Found], rules_dir: Path | None = None) -> list[Found]:
    """`found` with each number grouped as its country's plan groups it read in that country's plan, in
    place of any other reading of the same digits."""
    cues = _load_cues(rules_dir or resources.rules_dir())
    for m in _GROUPED.finditer(text):
        region = _plan_of(m.group(0), text, cues)
        if region is None:
            continue
        found = [f for f in found if not m.start() <= f[0] < m.end()]
        found.append((m.start(), m.group(0), region))
    return found


def _plan_of(written: str, text: str, cues: dict[str, re.Pattern[str]]) -> str | None:
    """The region whose plan groups `written` as written and the text shows (or, for digits France's plan
    does not hold, an overseas department's); None when France's plan groups it so, or no country is told."""
    if sum(c.isdigit() for c in written) not in _DIGITS:
        return None
    regions = tuple(sorted({*cues, *_OVERSEAS}))
    fits = fitting_plans(written, regions)
    if not fits or "FR" in fits:
        return None
    shown = [region for region in fits if region in cues and cues[region].search(text)]
    if not shown and not phonenumbers.is_valid_number(phonenumbers.parse(written, "FR")):
        shown = [region for region in fits if region in _OVERSEAS]
    return shown[0] if shown and len({fits[region] for region in shown}) == 1 else None


@lru_cache(maxsize=256)
def fitting_plans(written: str, regions: tuple[str, ...]) -> dict[str, int]:
    """France, then the `regions` (with their country code) whose national format groups the digits exactly
    as written. France first and alone when it fits: most numbers in this inbox are French, and trying every
    plan of the world on each of them cost a third of extraction's speed; only the plans the lexicon names a
    cue for, and the overseas departments, can be told apart here anyway. Read too by contacts.py, which
    tries every plan for a number a place the text names may tell (no national format holds a slash)."""
    fits: dict[str, int] = {}
    for region in ("FR", *regions):
        try:
            number = phonenumbers.parse(written, region)
        except phonenumbers.NumberParseException:
            continue
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if phonenumbers.is_valid_number(number) and _grouping(national) == _grouping(written):
            fits[region] = number.country_code or 0
            if region == "FR":
                return fits
    return fits


def _grouping(written: str) -> str:
    return re.sub(r"[\s.\-()/]+", " ", written).strip()


@lru_cache(maxsize=4)
def _load_cues(rules_dir: Path) -> dict[str, re.Pattern[str]]:
    """varieties.toml's [phone_plans], one whole-word pattern per region (capitals read as written)."""
    plans = read_table(rules_dir, "varieties.toml").get("phone_plans", {})
    return {region: _cue_pattern(words) for region, words in plans.items()}


def _cue_pattern(words: list[str]) -> re.Pattern[str]:
    parts = [f"(?-i:{re.escape(w)})" if w.isupper() else re.escape(w) for w in words]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
