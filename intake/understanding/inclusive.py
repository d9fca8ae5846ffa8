"""The marks of inclusive writing read as the word they mark, and the neopronouns as the pronouns they stand
for: «diplômé·e», «diplômé.e», «diplômé(e)», «diplômé/e», «diplômé-e», «diplôméE» are «diplômé»;
«ancien·ne alternant·e» is «ancien alternant»; «animateur·ices» is «animateurs»; «iel» is a subject pronoun of
the third person («il»), «iels» «ils», «ellui» «lui», «celleux» «ceux», «toustes» «tous».

A mark of gender is no fact (typography's LICENCE: «the spelling never changes a fact»): the participle keeps
its date, the role its time, a period inside a word ends no sentence, a capital is no acronym, a parenthesis
no aside. Every reader already knows the plain form, so the plain form is what it reads: each mark is an edit
of the surface (surface.py), recorded with its place, so evidence still quotes the writer's own spelling.
"""

from __future__ import annotations

import re

# A mark inside a word (middle dot and its look-alikes, a period, a slash, a hyphen, an opening parenthesis),
# then the feminine ending it marks, maybe a second mark and the plural. The endings are those of French
# gender: «·e», «·ne» after «n», «·le» after «l», «·te» after «t», «·ice»/«·rice»/«·euse» after «eur».
_DOT = "·⋅∙•.\\-/"
_MARKED = re.compile(
    rf"(?P<stem>[^\W\d_]{{2,}}?(?P<last>[^\W\d_]))"
    rf"(?:[{_DOT}](?P<tail>e|ne|le|te|ice|rice|euse|ère)(?P<plural>[{_DOT}]?s)?"
    r"|\((?P<ptail>e|ne|le|te|ice|rice|euse|ère)\)(?P<pplural>s)?"
    r"|(?P<ctail>E|NE|ICE|RICE)(?P<cplural>S)?)"
    r"(?![^\W\d_])"
)
# The neopronouns and their fused forms, by the plain pronoun of the third person they stand for.
NEOPRONOUNS = {
    "iel": "il",
    "iels": "ils",
    "ielle": "il",
    "ielles": "ils",
    "ellui": "lui",
    "elleux": "eux",
    "celleux": "ceux",
    "cellui": "celui",
    "toustes": "tous",
}
_NEOPRONOUN = re.compile(r"(?<![^\W\d_])(?:" + "|".join(NEOPRONOUNS) + r")(?![^\W\d_])", re.IGNORECASE)
# The cheap word test first: most lines carry no mark at all.
_CHEAP = re.compile(
    r"[·⋅∙•]|[.\-/][a-zè]|\([a-zè]+\)|[a-zé][A-Z]|\b(?:[iI]el|ellui|elleux|celleux|cellui|toustes)"
)
# Which stems a feminine ending may follow: the ending repeats the stem's last letter or follows «-eur».
_AFTER = {"ne": "n", "le": "l", "te": "t", "ice": "r", "rice": "r", "euse": "r", "ère": "r"}


def inclusive_reads(line: str, skipped: list[tuple[int, int]]) -> list[tuple[int, str, str]]:
    """(where in the line, read as, written) of each inclusive mark and neopronoun of one line, outside the
    `skipped` spans (addresses and links, whose periods and hyphens are no marks)."""
    if not _CHEAP.search(line):
        return []
    found: dict[int, tuple[int, str, str]] = {}
    for m in _MARKED.finditer(line):
        plain = _plain_word(m)
        if plain is not None and not _inside(m.span(), skipped):
            found[m.start()] = (m.start(), plain, m.group(0))
    for m in _NEOPRONOUN.finditer(line):
        if not _inside(m.span(), skipped):
            word = m.group(0)
            plain = NEOPRONOUNS[word.lower()]
            found[m.start()] = (m.start(), plain.capitalize() if word[0].isupper() else plain, word)
    return sorted(found.values())


def _plain_word(m: re.Match[str]) -> str | None:
    """The masculine form a marked word stands for (its plural kept), or None when the mark is no mark of
    gender («peut-être», «vis-à-vis», a capital that starts a name)."""
    groups = m.groupdict()
    tail = groups.get("tail") or groups.get("ptail") or (groups.get("ctail") or "").lower()
    plural = bool(groups.get("plural") or groups.get("pplural") or groups.get("cplural"))
    if tail.endswith("s") and tail != "s":
        tail, plural = tail[:-1], True
    stem = m.group("stem")
    if groups.get("ctail") and not stem.islower():
        return None  # «McE», «DiplômE»: a capital ending a capitalised word is no mark
    needed = _AFTER.get(tail)
    if needed is not None and not stem.lower().endswith(needed):
        return None
    if tail in {"ice", "rice", "euse", "ère"} and not stem.lower().endswith(("eur", "er")):
        return None
    if tail == "e" and stem.lower().endswith("e"):
        return None  # «une-e»: a word ending in «e» marks no feminine with another «e»
    return stem + ("s" if plural and not stem.endswith(("s", "x")) else "")


def _inside(span: tuple[int, int], skipped: list[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in skipped)
