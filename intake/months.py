"""The names of the months and of the seasons, defined once: French as written and without its accents,
English, their short forms, and the months of the languages a writer may leave in a French mail. Read by an
applicant's dates (understanding/dates.py), a civic service's start (understanding/civic_length.py) and a
slot chosen in a reply (scheduling/replies.py), each taking the names it reads."""

from __future__ import annotations

import unicodedata

FRENCH = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
ENGLISH = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
# The short forms by month, French and English as written: «janv.», «févr.», "Sept", "Dec".
SHORT: dict[int, tuple[str, ...]] = {
    1: ("janv", "jan"),
    2: ("févr", "fév", "feb"),
    3: ("mar",),
    4: ("avr", "apr"),
    6: ("jun",),
    7: ("juil", "jul"),
    8: ("aug",),
    9: ("sept", "sep"),
    10: ("oct",),
    11: ("nov",),
    12: ("déc", "dec"),
}
# The months of the languages a writer may leave in a French mail (Italian, Spanish, Portuguese, German,
# Romanian): «luglio 2025», «junio de 2025», «julho de 2025», «Juli 2025», «iulie 2025».
FOREIGN: dict[int, tuple[str, ...]] = {
    1: ("gennaio", "enero", "janeiro", "januar", "ianuarie"),
    2: ("febbraio", "febrero", "fevereiro", "februar", "februarie"),
    3: ("marzo", "março", "märz", "martie"),
    4: ("aprile", "abril", "aprilie"),
    5: ("maggio", "mayo", "maio"),
    6: ("giugno", "junio", "junho", "juni", "iunie"),
    7: ("luglio", "julio", "julho", "juli", "iulie"),
    8: ("agosto",),
    9: ("settembre", "septiembre", "setembro", "septembrie"),
    10: ("ottobre", "octubre", "outubro", "oktober", "octombrie"),
    11: ("noviembre", "novembro", "noiembrie"),
    12: ("dicembre", "diciembre", "dezembro", "dezember", "decembrie"),
}
# The seasons, each by the month it begins and the month it ends (winter ends in the next year's February).
SEASONS: dict[str, tuple[int, int]] = {
    "printemps": (3, 5),
    "spring": (3, 5),
    "été": (6, 8),
    "ete": (6, 8),
    "summer": (6, 8),
    "automne": (9, 11),
    "autumn": (9, 11),
    "fall": (9, 11),
    "hiver": (12, 14),
    "winter": (12, 14),
}
# «la rentrée»: the start of the school year, in September.
RENTREE: dict[str, int] = {"rentrée": 9, "rentree": 9}


def unaccented(word: str) -> str:
    """The word without its accents: «août» → «aout», «déc» → «dec»."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def full_names(accents: bool = True) -> dict[str, int]:
    """The French names (as written, when `accents`, and without their accents) and the English ones, each
    with its month's number."""
    french = {name: number for number, name in enumerate(FRENCH, start=1)}
    plain = {unaccented(name): number for name, number in french.items()}
    english = {name: number for number, name in enumerate(ENGLISH, start=1)}
    return (french if accents else {}) | plain | english


def short_names(accents: bool = True) -> dict[str, int]:
    """The short forms (as written, when `accents`, and without their accents), each with its month."""
    written = {name: number for number, names in SHORT.items() for name in names}
    plain = {unaccented(name): number for name, number in written.items()}
    return (written if accents else {}) | plain


def numbered(months: dict[int, tuple[str, ...]]) -> dict[str, int]:
    """Names by month (`FOREIGN`) turned to each name's month."""
    return {name: number for number, names in months.items() for name in names}
