"""A diploma inside the asking (h-alevel, stop 36): what a question presupposes of the writer's diploma, and
what it leaves open.

- Its completion, said by a participle apposed to it: «est-ce que mon master, soutenu en septembre, est trop
  récent ?», "does my BA, completed in June, count?". The question doubts the diploma's value for us, not the
  diploma: it is had, and a month named there without its year is the last such month (dates.py), as after
  «j'ai terminé mon BTS en juillet».
- Its level, asked: «mon bachelor d'école de commerce est-il considéré comme un bac+3 ?», "I don't know if my
  bacharelado counts for you". A diploma whose French level the lexicon reads only by analogy (a school's
  «bachelor», a foreign diploma: diplomas.toml [level_by_analogy]) has no level of its own once the writer
  asks what it is worth; a national diploma keeps its level whatever is asked («mon BTS suffit-il ?»: a BTS
  is a bac+2).

Invariants: nothing here rejects; a level asked is only left open (the coordinator verifies), and a date is
only ever read behind the reading day.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from intake import resources
from intake.understanding.clauses import is_french, is_imperfect, parse
from intake.understanding.dates import MonthYear, last_yearless_month
from intake.understanding.lexicon import load_meanings, read_table

# A participle of completion apposed right after the diploma's words (its field may come between, no other
# clause): «mon master ESS, soutenu en septembre», "my MA, finished in June". The month must follow the
# participle closely («…, obtenu en juin», «…, validé le 3 juillet»).
_APPOSED = re.compile(
    r"[^,;:.?!()\n]{0,40},\s*(?P<part>[\w’'-]+)\s+(?P<rest>[^,;:.?!()\n]{0,24})",
    re.IGNORECASE,
)
# A defence ends a course too: «mémoire soutenu», "thesis defended" (not a meaning of [obtain] or [complete],
# which name getting or finishing the course itself).
_DEFENDED = ("souten", "defend")
# The endings of a past participle: «obtenu», «validée», «soutenus», "finished", "got".
_PARTICIPLE_END = re.compile(r"(?:[éeuis]e?s?|ed|got)$", re.IGNORECASE)


def _of_completion(word: str) -> bool:
    """`word` is a past participle of getting or finishing a course: «obtenu», «validée», «terminé», «bouclé»,
    «soutenu», "finished", "completed", "obtained", "defended"."""
    word = word.lower().replace("’", "'")
    if _PARTICIPLE_END.search(word) is None:
        return False
    meanings = load_meanings()
    stems = (word, word[:-1], word[:-2])  # "finished" → "finish", "completed" → "complete"
    done = any(meanings["obtain"].holds(s) or meanings["complete"].holds(s) for s in stems)
    return done or word.startswith(_DEFENDED)


def apposed_done(unit: str, end: int, today: date) -> MonthYear | None:
    """The month (without its year) of a participle of completion apposed to the diploma ending at `end`:
    «mon master, soutenu en septembre, est-il trop récent ?» → the last September; None when no such
    participle follows, or when it names no month or names its year (the dates readers read those)."""
    apposed = _APPOSED.match(unit, end)
    if apposed is None or not _of_completion(apposed.group("part")):
        return None
    said = last_yearless_month(apposed.group("rest"), today)
    if said is None or said[1]:
        return None  # «…, obtenu depuis mars» is read by the readers of «depuis»
    month = said[0]
    at = apposed.start("rest") + month.start
    return MonthYear(month.year, month.month, at, at + month.end - month.start)


# What a question asks of a diploma's worth: «est-il reconnu», «est considéré comme», «compte», «vaut»,
# "counts", "is recognised", "is accepted", «équivaut à».
_VALUED = re.compile(
    r"\b(?:reconnue?s?|consid[ée]r[ée]e?s?|compte(?:nt|rait)?|vaut|vaudrait|[ée]quivaut|[ée]quivalente?s?|"
    r"accept[ée]e?s?|counts?|recogni[sz]ed|accepted|equivalent|considered|valid)\b",
    re.IGNORECASE,
)
# Not knowing, before «si», "if" or "whether": an indirect question («je me demande si…», "I don't know if…").
_WONDERED = re.compile(
    r"\b(?:je me demande|je ne sais pas|j['’]ignore|je ne suis pas s[uû]re?|i wonder|i(?:['’]m| am) "
    r"(?:not sure|unsure|wondering)|i don['’]t know|i do not know)\s+(?:si|s['’]|if|whether)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _by_analogy() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """diplomas.toml [level_by_analogy]: the labels of diplomas whose level is read by analogy, and the words
    naming one under another label (a school's «bachelor», read as a licence), compiled once."""
    table = read_table(resources.rules_dir(), "diplomas.toml").get("level_by_analogy", {})
    words = table.get("patterns", [])
    pattern = re.compile("|".join(f"(?:{p})" for p in words), re.IGNORECASE) if words else None
    return frozenset(table.get("labels", [])), pattern


def by_analogy(label: str, text: str) -> bool:
    """The diploma `text` (of `label`) has a French level read by analogy only (diplomas.toml)."""
    labels, words = _by_analogy()
    return label in labels or (words is not None and words.search(text) is not None)


def level_asked(unit: str, label: str, text: str) -> bool:
    """The diploma `text` (of `label`) is named in a question on its worth — a direct question («… est-il
    considéré comme un bac+3 ?») or an indirect one ("I don't know if my bacharelado counts") — and its level
    is only read by analogy: that level is asked, not stated."""
    if not by_analogy(label, text):
        return False
    at = unit.lower().find(text.lower())
    if at < 0:
        return False
    sentence_end = re.search(r"[.?!]", unit[at:])
    asked = sentence_end is not None and sentence_end.group() == "?"
    start = max(unit.rfind(".", 0, at), unit.rfind("?", 0, at), unit.rfind("!", 0, at)) + 1
    sentence = unit[start : at + sentence_end.end()] if sentence_end else unit[start:]
    return (asked or _WONDERED.search(sentence) is not None) and _VALUED.search(sentence) is not None


# A hypothetical's condition: «si», «s'», "if" (meanings.toml [condition]) with a verb in the imperfect or a
# "were": «et si mon mémoire n'était pas validé», «si ma licence n'était pas reconnue», "if my thesis weren't
# passed". A present or past indicative after «si» states its fact («si je n'ai pas encore fini…»).
_HYPOTHETICAL_EN = re.compile(
    r"\b(?:were|was|weren['’]t|wasn['’]t|did|didn['’]t|had|hadn['’]t)\b", re.IGNORECASE
)


def supposed_otherwise(unit: str, before: str, start: int) -> bool:
    """The completion word at `start` (its clause's words `before` it) is denied inside a hypothetical («et si
    mon mémoire n'était pas validé, qu'est-ce qui se passerait ?»): the writer imagines a failure, states no
    course going on. Only a condition opening the clause, with its verb in the imperfect."""
    words = re.findall(r"[\w'’]+", before.lower())
    condition = load_meanings()["condition"]
    if not any(condition.holds(w) for w in words[:3]):
        return False
    if not is_french(unit):
        return _HYPOTHETICAL_EN.search(before) is not None
    word = next((t for t in parse(unit) if t.idx >= start), None)
    return word is not None and is_imperfect(word)
