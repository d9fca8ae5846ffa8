"""Copies and denials of another person's predicate: whose a fact is once the writer has echoed it.

«Ma cousine est en service civique, et moi aussi», «mon ami a eu son BTS en 2025, et moi également», "my
flatmate has a foundation degree, and so do I", "my brother worked in banking, and so did I": the writer
COPIES what another person was just said to have or do — the fact is the writer's too. «Mon frère a fait un
BTS, lui oui, moi non», «toute ma promo est partie en stage, moi non», «contrairement à mon cousin, qui a été
commercial dix ans, je…», "unlike my sister, who did an internship, I…": the writer DENIES it — the fact
stays the other person's, even when the parse took it for the writer's.

owner.py asks `copied_after` and `denied_around` about the owner it read for one mention (owner._echoed).
The words are rules/lexicon/echoes.toml's (copy and denial phrases, the clitics of a writer's copy, the
openers of a contrast; read once by `echoes_table`, contact_owner.py's [contact] too); the persons are the
meanings owner.py reads people by (persons.toml, meanings.toml: `OTHER_PERSONS`).

Invariants: a copy only ever turns ANOTHER's fact into the writer's, and only when the copy follows the
mention in its sentence and is not itself the subject of a new clause («moi aussi je cherche» copies a
search, not the diploma before it); a denial only ever takes a fact away from the writer (it never makes a
fact count), and only when another person is named before it in the sentence. Nothing here decides a
criterion: a denied fact is simply not the applicant's, and what it leaves unsaid stays unknown.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from intake import resources
from intake.understanding.lexicon import load_meanings, read_table

# The meanings naming someone other than the writer (owner.py's persons, with «il/elle», «ils/leur»).
OTHER_PERSONS = ("relative", "parent", "close_person", "ranked_relative", "other_one", "other_people")
# What ends the stretch a contrast opens: the writer's own clause («…, je n'ai jamais changé de voie»).
_WRITER_OPENS = re.compile(r"(?i)(?<!\w)(?:je|j['’]|moi|i|i['’]m|my own)(?!\w)")
# A relative pronoun after a comma keeps a contrast going: «contrairement à ma sœur, qui…».
_RELATIVE = re.compile(r"(?i)(?:qui|que|qu['’]|dont|who|whom|which)(?!\w)")
# A writer's subject right after a copy opens a new predicate: «moi aussi je cherche», "me too I'm…".
_NEW_CLAUSE = re.compile(r"(?i)^\s*(?:je|j['’]|i|i['’]m|i['’]ve)(?!\w)")


class _Words:
    """echoes.toml compiled once: copy and denial phrases, the writer's copying clitic before «aussi», the
    openers of a contrast."""

    def __init__(self) -> None:
        tables = echoes_table()
        copy, denial = tables["copy"], tables["denial"]
        self.copy = _phrases(copy["phrases"])
        self.copied_clitic = re.compile(
            rf"(?i)(?<!\w)(?:{alternatives(copy['clitics'])})[^.;:!?]{{0,40}}?(?<!\w)"
            rf"(?:{alternatives(copy['also'])})(?!\w)"
        )
        # «moi non plus» copies a negative predicate: it denies nothing of the other's; «ce n'est pas moi qui
        # postule» presents someone else, it denies nothing.
        self.denial = _phrases(denial["phrases"], after=r"(?!\s+(?:plus|qui|who|that)(?!\w))")
        self.opener = _phrases(denial["openers"])
        self.missed = _missed(denial)


def _missed(denial: dict[str, list[str]]) -> re.Pattern[str]:
    """The writer's clause failing the other's thing: «je l'ai raté», «je ne l'ai pas eu», "I failed it"."""
    pairs = [("missed_by", "missed"), ("not_had_by", "had"), ("missed_en", "it")]
    joined = "|".join(rf"(?:{alternatives(denial[a])})\s+(?:{alternatives(denial[b])})" for a, b in pairs)
    return re.compile(rf"(?i)(?<!\w)(?:{joined})(?!\w)")


@lru_cache(maxsize=1)
def echoes_table() -> dict[str, Any]:
    """rules/lexicon/echoes.toml, read once."""
    return read_table(resources.rules_dir(), "echoes.toml")


def alternatives(phrases: list[str]) -> str:
    """The phrases as a regex alternation, longest first, «'» matching «’» too."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+") for p in ordered)


def _phrases(phrases: list[str], after: str = "") -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{alternatives(phrases)})(?!\w){after}")


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words()


def set_apart(unit: str, start: int, anothers: bool) -> bool:
    """For a reader that keeps its own test of another's mention (aim.py: `anothers` when another person's
    search stands beside the writer's): the mention is set apart from the writer — another's and not copied
    («ma cousine veut travailler dans une mutuelle, idem pour moi» copies it), or denied («contrairement à ma
    copine, qui ne jure que par l'associatif, moi je vise une start-up»)."""
    return (anothers and not copied_after(unit, start)) or denied_around(unit, start)


def opens_on_a_contrast(unit: str) -> bool:
    """The sentence opens on a contrast with someone else («Contrairement à ma sœur, qui…», "Unlike my
    brother, …"): what it tells as a whole (a career, years in a trade) is not read as the writer's."""
    opener = _words().opener.match(unit.lstrip())
    return opener is not None and _names_someone(unit.lstrip()[opener.end() : opener.end() + 60])


def copied_after(unit: str, start: int) -> bool:
    """A copy of the writer's follows the mention in its sentence: «…, et moi aussi», «et j'en fais un
    aussi», "and so do I" — not a copy opening a predicate of its own («moi aussi je cherche»)."""
    words = _words()
    rest = unit[start:]
    for found in words.copy.finditer(rest):
        if not _NEW_CLAUSE.match(rest[found.end() :]):
            return True
    return words.copied_clitic.search(rest) is not None


def denied_around(unit: str, start: int) -> bool:
    """The mention is another person's by a denial: a contrast opened on someone before it, the writer's own
    clause not yet begun («Contrairement à mon cousin, qui a été commercial…, je…»), or a stressed refusal
    after it, someone else named before it in the sentence («Mon frère a fait un BTS, lui oui, moi non»), or
    the writer's clause failing it («mes camarades ont eu leur BTS, moi je l'ai raté», "but I failed it")."""
    words = _words()
    opener = words.opener.search(unit, 0, start)
    if opener is not None and _in_the_contrast(unit, opener.end(), start):
        return _names_someone(unit[opener.end() : start])
    refusals = (words.denial.search(unit, start), words.missed.search(unit, start))
    return any(found is not None and _names_someone(unit[: found.start()]) for found in refusals)


def _in_the_contrast(unit: str, begin: int, start: int) -> bool:
    """`start` lies in the contrast opened at `begin`: its person and the relative clause on them («à mon
    cousin, qui a été commercial dix ans,»), before the writer's clause — a comma not opening a relative
    clause («contrairement à elle, le mien court encore») or the writer as a subject ends it."""
    if _WRITER_OPENS.search(unit, begin, start) is not None:
        return False
    stretch = unit[begin:start]
    return all(_RELATIVE.match(stretch, comma.end()) for comma in re.finditer(r",\s*", stretch))


def _names_someone(text: str) -> bool:
    """Someone other than the writer named in `text`: a relative, a close person, «il/elle», «ils»."""
    meanings = load_meanings()
    lowered = [w.lower().replace("’", "'") for w in re.findall(r"[\w'’-]+", text)]
    return any(w in meanings[m].lemmas for w in lowered for m in OTHER_PERSONS)
