"""What the writer's attitude does to a fact (the attitudes corpus). A fear states no fact: in «j'ai peur que
mes jobs d'étudiante comptent comme une reconversion», "I'm worried my years as a waiter count as a career
change", the category the writer fears being judged under is feared, not told; what is judged (the jobs, the
years) stays the writer's fact, read on its own. A feeling states one: «j'en ai marre de mon stage», "loving
my internship", «encore cinq mois de service civique» tell a situation held now, whatever the irony.

The words of the attitudes are meanings of rules/lexicon/meanings.toml (`fear`, `feeling_now`,
`stretch_to_go`, `stretch_unit`, `now_adverb`); stance.py asks `feared_judgement` about the words before a
judged category, situation.py asks `held_through_attitude` when its own readers found nothing held.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from intake.understanding.clauses import clause_start, is_denied, is_english, parse, phrase_head, tokens_in
from intake.understanding.diploma_level import Span
from intake.understanding.lexicon import ELIDED_RUN, load_lexicon, load_meanings
from intake.understanding.situation_phase import on_its_last_day
from intake.understanding.situation_time import (
    END_WORDS,
    NOW,
    UNTIL_WORD,
    find_phrase_owner,
    read_by_end_date,
    read_dated_until,
)

# What closes the fear's reach: a sentence end, a semicolon, a colon (what follows it is told, not feared).
_BREAK = re.compile(r"[.!?;:]")


def feared_judgement(before: str) -> bool:
    """The words `before` a judged category («… comptent comme», "… count as") are governed by a fear said
    in the same stretch of sentence: «je crains que mon stage soit vu comme…», "I'm worried it counts as…"."""
    stretch = _BREAK.split(before)[-1]
    fear = load_meanings()["fear"]
    return any(fear.holds(w) for w in ELIDED_RUN.findall(stretch.lower()))


def held_through_attitude(unit: str, starts: list[int], today: date) -> str | None:
    """NOW (or the state its dated end gives) when a French sentence holds a situation named at `starts`
    only through an attitude toward it: a present feeling about the writer's own one («j'en ai marre de mon
    stage», «j'adore mon service civique, vraiment»), a stretch of it still to go («génial, encore cinq mois
    de service civique»), or a verbless apposition said of now («actuellement volontaire en service
    civique, je souhaiterais…»). None when no such reading, or when an end verb or a past end date might
    tell otherwise (the readers of situation_time.py then decide)."""
    if not starts or not _cued(unit):
        return None  # the cheap word test first: the parse is the cached one, asked only on a cue
    if is_english(unit):
        held = [s for s in starts if _held_in_english(_quote_opened(unit[clause_start(unit, s) : s].lower()))]
        return _dated_at(unit, held[0], today) if held else None
    doc = parse(unit)
    for start in starts:
        token = _quoted_for(phrase_head(tokens_in(doc, start, start + 1)))
        if token is not None and not is_denied(token) and _held_by_attitude(token):
            return _dated(token, unit, today)
    return None


def _cued(unit: str) -> bool:
    """A word of a feeling, of a duration or of now in the sentence: the parse is asked only then."""
    meanings = load_meanings()
    return any(meanings[name].said_in(unit) for name in ("feeling_now", "stretch_unit", "now_adverb"))


def _quote_opened(before: str) -> str:
    """The words before a mention without the quote mark that opens on it: scare quotes («loving my
    "placement"», "my 'internship'") mock the name, they do not change what is held."""
    return _OPENING_QUOTE.sub(" ", before)


_OPENING_QUOTE = re.compile(r"\s*[\"“‘'«]\s*$")


def _quoted_for(token: Any) -> Any:
    """The token standing for a mention put in quotes: the parser may take the opening guillemet of «mon
    « stage »» for the noun, the mention hanging under it; the guillemet then holds the mention's place
    (its determiner, its verb)."""
    if token is not None and token.head.i != token.i and token.head.text in _QUOTE_MARKS:
        return token.head
    return token


_QUOTE_MARKS = frozenset({"«", "“", '"', "‘", "'"})


def _held_in_english(before: str) -> bool:
    """The words of the mention's clause `before` it: a present feeling right before "my"
    ("absolutely loving my internship", "so fed up with my placement"), not a past or wished one ("I loved
    my…", "I'd love my…"); or a stretch still to go ("three more months of my internship")."""
    meanings = load_meanings()
    feeling = re.search(r"(?:^|\W)(?P<word>[\w' ]+?)\s+my\s+$", before)
    felt = feeling is not None and any(feeling["word"].endswith(p) for p in meanings["feeling_now"].phrases)
    past = feeling is not None and _EN_NOT_NOW.search(feeling["word"]) is not None
    stretch = _EN_STRETCH.search(before)
    return (felt and not past) or (stretch is not None and meanings["stretch_unit"].holds(stretch["unit"]))


# A feeling told as past or wished ("I was loving", "I'd love", "I used to hate"), or a stretch still to go.
_EN_NOT_NOW = re.compile(r"\b(?:was|were|used to|would|'d|did|loved|hated|enjoyed)\b")
_EN_STRETCH = re.compile(r"\b\w+\s+more\s+(?P<unit>\w+)\s+of\s+(?:my\s+|the\s+|this\s+)?$")


def _held_by_attitude(token: Any) -> bool:
    return _felt_now(token) or _stretch_to_go(token) or _apposed_now(token)


def _dated(token: Any, unit: str, today: date) -> str | None:
    """The state by the end the mention runs until, else NOW — unless an end is said after it (a verb of
    ending, a past date): then its own readers tell."""
    until = read_dated_until(token, unit, today)
    return until if until is not None else _dated_at(unit, token.idx, today)


def _dated_at(unit: str, start: int, today: date) -> str | None:
    """NOW when nothing after `start` tells an end; by its date when the mention runs «jusqu'à», "until" it;
    None for another end («qui s'est terminé le…»): the readers of an end tell it."""
    until = UNTIL_WORD.search(unit, start)
    if until is not None:
        return read_by_end_date(unit, until.end(), today)
    return None if END_WORDS.search(unit, start) else NOW


def _felt_now(token: Any) -> bool:
    """The writer's own situation («mon stage») as what a present feeling of the writer is about: «j'en ai
    marre de mon stage», «j'adore mon service civique»; not «j'ai adoré mon stage» (a past feeling), nor «j'en
    ai eu assez» (past), nor «j'adore les stages» (none of them the writer's)."""
    feeling = token.head
    if feeling.i == token.i or not load_meanings()["feeling_now"].holds(feeling.lower_):
        return False
    mine = any(c.lower_ in _MINE and c.morph.get("Poss") == ["Yes"] for c in token.children)
    said = [feeling, feeling.head]
    writer = any(c.dep_.startswith("nsubj") and c.lower_ in _WRITER for w in said for c in w.children)
    return mine and writer and _in_present(feeling)


_MINE = frozenset({"mon", "ma", "mes"})
_WRITER = frozenset({"je", "j'", "j’"})


def _in_present(feeling: Any) -> bool:
    """A present of the indicative; «avoir marre», «en avoir assez» by their verb «avoir» («j'en ai marre»,
    «j'en ai assez»; not «j'en ai eu marre»)."""
    if feeling.lower_ not in _IDIOM_NOUNS:
        auxiliaries = [c for c in feeling.children if c.dep_.startswith("aux")]
        return not auxiliaries and _present(feeling)
    verbs = [c for c in feeling.children if c.dep_.startswith("aux")] or [feeling.head]
    had = any(c.lower_ == "eu" for w in (feeling, feeling.head) for c in w.children)
    return all(v.lower_ in _AVOIR and _present(v) for v in verbs) and not had


_AVOIR = frozenset({"ai", "as", "a", "avons", "avez", "ont"})


def _present(word: Any) -> bool:
    return bool(word.morph.get("Tense") == ["Pres"] and word.morph.get("Mood") == ["Ind"])


_IDIOM_NOUNS = frozenset({"marre", "assez"})


def _stretch_to_go(token: Any) -> bool:
    """The mention completing a duration still to go: «encore cinq mois de service civique», «les trois
    semaines restantes de stage»."""
    span = token.head
    if token.dep_ != "nmod" or not load_meanings()["stretch_unit"].holds(span.lower_):
        return False
    to_go = load_meanings()["stretch_to_go"]
    if any(to_go.holds(c.lower_) for c in span.children):
        return True
    # «Encore trois semaines de stage», «plus que deux mois de stage»: the small model may leave the adverb
    # before the duration's number outside its phrase.
    before = span.doc[max(0, span.left_edge.i - 2) : span.left_edge.i].text.lower().split()
    return bool(before) and (to_go.holds(before[-1]) or " ".join(before) in to_go.phrases)


def _apposed_now(token: Any) -> bool:
    """The mention, or the word it completes, set apart with no verb and said of now: «actuellement
    volontaire en service civique, je souhaiterais…», «présentement en stage, je…»."""
    if token.head.pos_ in {"VERB", "AUX"}:
        return False
    if on_its_last_day(find_phrase_owner(token), load_lexicon().structure):
        return False  # «aujourd'hui, c'est mon dernier jour de stage»: now is its last day (situation_phase)
    now = load_meanings()["now_adverb"]
    return any(c.dep_ == "advmod" and now.holds(c.lower_) for w in (token, token.head) for c in w.children)


def without_jokes(unit: str, spans: list[Span]) -> list[Span]:
    """The diplomas `unit` names (diploma_level.find_diploma_spans) but those named in jest: owned as a joke
    right after («je suis docteure ès tableurs (je plaisante)», "a PhD in napping, just kidding"), or set
    against a diploma then said for real («un bac+5 en séries, mais officiellement juste un bac STMG», "a
    master's in scrolling, but actually a BTEC"). The stance takes the joke away; the real one stays."""
    if len(spans) < 2 and not load_meanings()["joke"].phrased_in(unit):
        return spans  # the cheap test first: a lone diploma with no joke word is what it says
    return [s for i, s in enumerate(spans) if not _joked(unit, s[1], spans[i + 1 :])]


def _joked(unit: str, end: int, later: list[Span]) -> bool:
    meanings = load_meanings()
    clause = _CLAUSE_END.split(unit[end:], maxsplit=1)[0]
    if meanings["joke"].phrased_in(clause.lower()):
        return True
    turn = _BUT.search(unit, end)
    if turn is None or not later or not 0 <= later[0][0] - turn.end() <= _NEAR:
        return False
    if _SENTENCE_END.search(unit, end, turn.start()):
        return False
    # The real one said at once: the word of it among the first words after «mais», the diploma close.
    opening = " ".join(unit[turn.end() : later[0][0]].split()[:3])
    return meanings["for_real"].said_in(opening)


_NEAR = 40  # characters from «mais» to the diploma said for real


# Where what follows a diploma stops being about it: a sentence end, a comma, a «mais», «et» / "but", "and"
# («un BTS depuis juin 2025 et un permis tout neuf, haha»: the joke is on the licence to drive).
_CLAUSE_END = re.compile(r"[.;!?,]|\b(?:mais|et|but|and)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?]")
_BUT = re.compile(r"\b(?:mais|but)\b", re.IGNORECASE)
