"""What a writer withdraws after saying it: the words taken back no longer count, what follows does.

«Je suis en stage à la mairie… Pardon, oubliez ce que je disais sur mon stage : il est fini depuis juillet»,
"I'm doing a service civique… Sorry, please disregard the line about a civic service, that was my sister's",
«Je cherche dans l'ESS. En fait effacez ma phrase sur l'ESS : j'ai accepté un CDI…». A retraction is a verb
of withdrawing in the imperative at the head of its clause (meanings.toml [retraction]), naming what it takes
back after «sur» / "about" ([retraction_topic]) or as its object. A fact read before it from a sentence that
names that thing (a situation by its lexicon's names, the aim by the thing's own words) gives way to what the
writer says from the retraction on: held, over, or nothing. Nothing said after it: a thing named as the
writer's own («mon stage», "my service civique") still exists, only what was said of it is withdrawn — asked;
a thing named without («the line about a civic service») was never the writer's — gone.

Invariants: only a verb of withdrawing opening its clause counts («je n'ignore pas», «j'oublie souvent»
are no retraction); a fact stated in or after the retraction's sentence stands; the aim and the situations
are the only facts so settled (dates withdrawn are discourse.py's «je ne sais plus»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from intake.understanding.dates import find_dates, without_dates
from intake.understanding.facts import BODY, Evidence, SituationFacts, Source
from intake.understanding.lexicon import Lexicon, load_meanings
from intake.understanding.signals import meaning_alternation
from intake.understanding.situation import PRIORITY, read_situation

# The writer's own thing: it exists, only what was said of it is withdrawn.
_OWNED = re.compile(r"^(?:mon|ma|mes|notre|nos|my|our)\b", re.IGNORECASE)
# Words too plain to tell which sentence the retraction takes back.
_PLAIN = re.compile(r"^(?:le|la|les|l|un|une|des|du|de|d|mon|ma|mes|the|a|an|my|line|phrase|ligne)$", re.I)


def _word_test() -> str:
    return f"{meaning_alternation('retraction')}|{meaning_alternation('untrue_now')}"


@dataclass(frozen=True)
class TakenBack:
    """One retraction: the words naming what it withdraws, whether they name it as the writer's own, and
    where its sentence starts and where the words after its clause start in the text."""

    thing: str
    owned: bool
    at: int
    sentence: str
    after: int  # where the words after the retraction's own clause start


@lru_cache(maxsize=1)
def _retraction() -> re.Pattern[str]:
    verb = meaning_alternation("retraction")
    return re.compile(
        rf"(?:^|(?<=[.!?:;,—–(\n]))\s*(?:[\w'’]+\s+){{0,2}}?(?:{verb})\b(?P<said>[^.!?:;,\n]{{0,90}})",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _topic() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{meaning_alternation('retraction_topic')})\s+", re.IGNORECASE)


def find_taken_back(text: str) -> list[TakenBack]:
    """Each retraction of `text` with the thing it names («sur mon stage» → «mon stage»), and each thing
    quoted from someone else then denied by the writer («a noté « en stage », ce n'est plus vrai»)."""
    found: list[TakenBack] = []
    for match in _retraction().finditer(text):
        said = match.group("said")
        topics = list(_topic().finditer(said))
        thing = (said[topics[-1].end() :] if topics else said).strip()
        if thing:
            found.append(_taken(text, match, thing))
    for match in _denied_quote().finditer(text):
        found.append(_taken(text, match, match.group("quoted").strip()))
    return sorted(found, key=lambda taken: taken.at)


def _taken(text: str, match: re.Match[str], thing: str) -> TakenBack:
    start = max(text.rfind(stop, 0, match.start() + 1) for stop in ".!?\n") + 1
    end = min((i for i in (text.find(s, match.end()) for s in ".!?\n") if i >= 0), default=len(text))
    return TakenBack(thing, bool(_OWNED.match(thing)), start, text[start:end].strip(), match.end())


@lru_cache(maxsize=1)
def _denied_quote() -> re.Pattern[str]:
    """A quoted statement, then the writer's denial of it within a few words: «« en stage », ce n'est plus
    vrai», «"intern": that's out of date»."""
    untrue = meaning_alternation("untrue_now")
    return re.compile(
        rf"(?<=[«\"“])\s*(?P<quoted>[^«»\"“”\n]{{1,60}}?)\s*[»\"”][^«»\"“”.!?\n]{{0,25}}?\b(?:{untrue})\b",
        re.IGNORECASE,
    )


def with_taken_back(situation: SituationFacts, text: str, lexicon: Lexicon, today: date) -> SituationFacts:
    """`situation` with each fact a retraction of `text` withdraws read again from the retraction on."""
    if not re.search(_word_test(), text, re.IGNORECASE):
        return situation  # the cheap word test
    for taken in find_taken_back(text):
        later = read_situation([Source(BODY, _said_since(text[taken.after :], taken.thing))], lexicon, today)
        named = _situations_named(taken.thing, lexicon)
        for name in named:
            _settle_situation(situation, name, taken, later, text)
        if not named and _aim_named(taken, situation, text):
            _settle_aim(situation, later)
    held = [name for name in PRIORITY if situation.flags.get(name) is not None and name != "seeking"]
    situation.current = held[0] if held else ("seeking" if situation.seeking is not None else None)
    return situation


def without_dates_taken_back(text: str) -> str:
    """`text` with the dates said before a retraction of the date dropped: «BTS obtenu en 2025. Enfin,
    oubliez ce que j'ai écrit sur la date, je ne suis plus sûre» is a BTS of no known date."""
    if not re.search(meaning_alternation("retraction"), text, re.IGNORECASE):
        return text  # the cheap word test
    for taken in reversed(find_taken_back(text)):
        if load_meanings()["date_thing"].said_in(taken.thing) and not find_dates(taken.thing):
            text = without_dates(text[: taken.at]) + text[taken.at :]
    return text


# The words after the retraction open on a pronoun taking up its thing: «…sur mon stage : il est fini»,
# "…about my internship: it ended in August".
_TAKEN_UP = re.compile(r"^(\s*[:,—–-]?\s*)(?:il|elle|it)\b", re.IGNORECASE)


def _said_since(text: str, thing: str) -> str:
    """The words after a retraction, a pronoun opening them named again by the thing withdrawn, without the
    sentences restating what it withdraws («I said it ended in October; …», «j'avais écrit que…»): the
    writer's report of their own earlier word is no word of today."""
    text = _TAKEN_UP.sub(lambda m: f"{m.group(1)}{thing}", text, count=1).lstrip(" :,;—–-")  # quoted bare
    restates = load_meanings()["own_earlier_saying"].phrased_in
    parts = re.split(r"((?<=[.!?;])\s+)", text)  # each sentence, then the spaces after it
    return "".join(s + gap for s, gap in zip(parts[::2], [*parts[1::2], ""], strict=True) if not restates(s))


def _situations_named(thing: str, lexicon: Lexicon) -> list[str]:
    """The situations whose names or roles the withdrawn thing holds («mon stage», "a civic service")."""
    return [
        name
        for name, known in lexicon.situations.items()
        if any(p is not None and p.search(thing) for p in (known.names, known.roles))
    ]


def _said_before(evidence: Evidence | None, text: str, taken: TakenBack) -> bool:
    """The fact was read from a sentence before the retraction (or from another text, an earlier mail)."""
    return evidence is not None and evidence.text not in text[taken.at :]


def _settle_situation(
    situation: SituationFacts, name: str, taken: TakenBack, later: SituationFacts, text: str
) -> None:
    """The situation as the writer tells it from the retraction on: held, over, asked — or, told nowhere
    after, asked if the thing is the writer's own, dropped if not."""
    held = situation.flags.get(name)
    if (held is None and not taken.owned) or (held is not None and not _said_before(held, text, taken)):
        return  # nothing said before to withdraw, or held by what the writer says from the retraction on
    situation.flags[name] = later.flags.get(name)
    if later.flags.get(name) is not None or name in later.past:
        situation.uncertain.pop(name, None)
    elif name in later.uncertain or taken.owned:
        situation.uncertain[name] = later.uncertain.get(name) or Evidence(taken.sentence, BODY)
    else:
        situation.uncertain.pop(name, None)


def _aim_named(taken: TakenBack, situation: SituationFacts, text: str) -> bool:
    """The retraction names the aim read before it: a word of its thing stands in the aim's sentence
    («effacez ma phrase sur l'ESS» and «Je cherche un emploi dans l'ESS»)."""
    evidence = situation.ess_evidence
    if not _said_before(evidence, text, taken) or evidence is None:
        return False
    words = [w for w in re.findall(r"\w+", taken.thing.lower()) if not _PLAIN.match(w)]
    said = set(re.findall(r"\w+", evidence.text.lower()))
    return bool(words) and all(w in said for w in words)


def _settle_aim(situation: SituationFacts, later: SituationFacts) -> None:
    """The aim as the writer tells it from the retraction on; none told: open."""
    situation.ess_interest = later.ess_interest
    situation.ess_evidence = later.ess_evidence
    situation.ess_refused = later.ess_refused
    situation.sectors = later.sectors
    situation.any_sector = later.any_sector
