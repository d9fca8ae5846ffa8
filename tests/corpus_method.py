"""What the checks of a corpus written by its own method share (translations, assistants, spoken: a grid of
twelve keys, each message given its key first, a `# route:` comment above it): the corpus's build and grid
module loaded, its messages zipped with their truth, and the checks every such method makes the same way —
each key's rule saying what settles the label, a route told above every message, the ambiguity and the balance
of verdicts and kinds the writers set, the English share, the other mail of the grid's last key. Each corpus's
own marks (a slot, a language, a translator's note…) stay in its test file."""

from __future__ import annotations

import importlib
import importlib.util
import re
from collections import Counter
from collections.abc import Callable
from functools import cached_property
from typing import Any

from corpus_checks import REPO, marked_messages, truth_lines
from tagged_corpus import (
    ambiguous_marks,
    applications,
    assert_ambiguity_leaves_a_criterion_open,
    assert_every_key_carries_three_verdicts,
    builder,
    items,
)

KINDS = r"(application|question|reply|auto_reply|bounce|newsletter|other)"


class MethodCorpus:
    """tests/corpus/<name>: its build.py (which puts the voices kit and source/<name>.py on the path), its
    grid module and GRID, its items in build order and its truth lines."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.path = REPO / "tests" / "corpus" / name
        self.build = builder(self.path, f"{name}_build")
        self.grid_module = importlib.import_module(name)
        self.grid: dict[str, Any] = self.grid_module.GRID

    @cached_property
    def written(self) -> list[Any]:
        return list(items(self.build, self.path))

    @cached_property
    def lines(self) -> list[dict[str, Any]]:
        return truth_lines(self.path)

    def batch_sizes(self) -> list[int]:
        """How many messages each batch of its source holds (source/batch*.py in name order, each loaded as a
        module of its own: «<name>_batch01»), for the check that every batch holds its share."""
        sizes = []
        for path in sorted((self.path / "source").glob("batch*.py")):
            spec = importlib.util.spec_from_file_location(f"{self.name}_{path.stem}", path)
            assert spec and spec.loader
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            sizes.append(len(module.MESSAGES))
        return sizes

    def routes(self) -> list[str]:
        """The `# route:` comment of every message, in build order (source/batch*.py in name order)."""
        sources = sorted((self.path / "source").glob("batch*.py"))
        said = (re.findall(r"^\s*# route: (.+)$", p.read_text("utf-8"), re.M) for p in sources)
        return [line for lines in said for line in lines]

    def keyed(self) -> list[tuple[Any, dict[str, Any]]]:
        return list(zip(self.written, self.lines, strict=True))

    def applications(self, key: str | None = None) -> list[tuple[Any, dict[str, Any]]]:
        """The (item, truth) of its applications, those of the grid's `key` only when given: what most of a
        method's checks read (the forms' and the inbox's tests)."""
        pairs = self.keyed() if key is None else self.of(key)
        return [(item, t) for item, t in pairs if t["kind"] == "application"]

    def of(self, key: str, applications_only: bool = False) -> list[tuple[Any, dict[str, Any]]]:
        """The (item, truth) of the grid's `key`, its applications only when asked."""
        return [
            (item, t)
            for item, t in self.keyed()
            if item.feature == key and (t["kind"] == "application" or not applications_only)
        ]


def text_of(item: Any) -> str:
    """The subject, body and attached document of an item's mail."""
    m = item.m
    return "\n".join([m.subject, m.body, m.cv.text if m.cv else ""])


_GRID_FIELDS = ("description", "forms", "marks", "rule", "distractors")


def assert_a_grid_of_twelve(
    corpus: MethodCorpus, rules: dict[str, tuple[str, ...]], fields: tuple[str, ...] = _GRID_FIELDS
) -> None:
    """Twelve keys, the same as the rules' words checked, each with every one of `fields` filled (by default
    its description, forms, marks, rule and distractors; a grid of fields of study has diplomas, a calendar,
    placements and traps); the English key among them; every label computed from 2026-11-26."""
    grid = corpus.grid
    assert len(grid) == 12
    assert set(grid) == set(rules)
    for key, entry in grid.items():
        empty = [name for name in fields if not getattr(entry, name)]
        assert not empty, (key, empty)
    assert corpus.grid_module.ENGLISH_KEY in grid
    assert corpus.grid_module.TODAY == "2026-11-26"


# The function words an English mail holds several of, defined once for every method's English check: the
# pronouns, articles and verbs of a letter, then its greetings; a corpus adds its own words to them (a form's
# English labels, a reference letter's verbs).
ENGLISH_FUNCTION_WORDS = frozenset(
    {"the", "and", "is", "my", "i", "i'm", "of", "with", "for", "thank", "you", "dear", "hello", "we", "our"}
    | {"she", "he", "her", "his", "would", "am", "have", "has", "in", "to", "as"}
)
ENGLISH_WORDS = ENGLISH_FUNCTION_WORDS | {"hi", "thanks", "a"}


def count_english_words(text: str, function_words: frozenset[str]) -> int:
    """How many of `function_words` (an English mail holds several) stand in `text`."""
    return len({w.lower() for w in _WORD.findall(text)} & function_words)


def written_in_english(text: str, function_words: frozenset[str] = ENGLISH_WORDS) -> bool:
    """`text` holds three of `function_words` at least: a mail written in English, not a French one quoting
    an English word or two."""
    return count_english_words(text, function_words) >= _ENGLISH_WORDS_AT_LEAST


_ENGLISH_WORDS_AT_LEAST = 3


def batch_of(truth: dict[str, Any], size: int) -> int:
    """The batch (from 1) a truth line's message was written in: `size` consecutive numbers a batch."""
    return int(truth["file"][:4]) // size + 1


def batch_named(truth: dict[str, Any], size: int) -> str:
    """The batch of a truth line's message as a grid names it, in two figures ("01"–"08")."""
    return f"{batch_of(truth, size):02d}"


_WORD = re.compile(r"[\w']+", re.UNICODE)


def assert_each_rule_says(corpus: MethodCorpus, rules: dict[str, tuple[str, ...]]) -> None:
    """Each key's rule says the words `rules` gives it (what settles the label)."""
    unsaid = [(key, words) for key, words in rules.items() for w in words if w not in corpus.grid[key].rule]
    assert not unsaid, unsaid


def assert_every_route_told(corpus: MethodCorpus) -> None:
    """A `# route:` comment above every message says where the fact sits and the kind."""
    assert marked_messages(corpus.path, "route", rf".+→ .*\b{KINDS}\b") == len(corpus.lines)


def assert_ambiguity_within_the_writers_bounds(corpus: MethodCorpus) -> None:
    low, high = corpus.grid_module.AMBIGUOUS
    assert_ambiguity_leaves_a_criterion_open(corpus.path, "Feature", corpus.lines, at_least=low)
    assert sum(ambiguous_marks(corpus.path, "Feature")) <= high


def assert_fourteen_messages_a_key(corpus: MethodCorpus) -> None:
    assert_every_key_carries_three_verdicts(corpus.lines, "feature", corpus.grid, messages=14, others=2)


def assert_the_writers_balance(corpus: MethodCorpus, referrals: int, attached: int) -> None:
    """The counts the grid module sets, verdicts and kinds balanced, at least `referrals` referrals and at
    most `attached` applications with a document attached."""
    lines = corpus.lines
    assert len(lines) == corpus.grid_module.N_MESSAGES
    apps = applications(lines)
    low, high = corpus.grid_module.N_APPLICATIONS
    assert low <= len(apps) <= high, len(apps)
    verdicts = Counter(t["verdict"] for t in apps)
    assert verdicts["eligible"] >= 45 and verdicts["not_eligible"] >= 45, verdicts
    assert 28 <= verdicts["to_verify"] <= 45, verdicts
    kinds = Counter(t["kind"] for t in lines if t["kind"] != "application")
    bounds = {"question": 10, "reply": 6, "auto_reply": 6, "bounce": 3, "newsletter": 4, "other": 10}
    assert not [k for k, n in bounds.items() if kinds[k] < n], kinds
    assert len([t for t in apps if t.get("forwarded_by")]) >= referrals
    assert len([t for t in apps if t.get("cv_format")]) <= attached


def assert_the_english_share(corpus: MethodCorpus, written_in_english: Callable[[str], bool]) -> None:
    """The English share of applications the grid module sets, its English key all English, and every
    application labelled English written in English (`written_in_english` of its body)."""
    apps = applications(corpus.lines)
    low, high = corpus.grid_module.ENGLISH_SHARE
    english = [t for t in apps if t.get("language") == "en"]
    assert low <= len(english) / len(apps) <= high, len(english)
    key = corpus.grid_module.ENGLISH_KEY
    assert not [t["file"] for t in apps if t["feature"] == key and t.get("language") != "en"]
    french = [t["file"] for item, t in corpus.keyed() if t in english and not written_in_english(item.m.body)]
    assert not french, french


def assert_other_mail_mostly_other_and_referred(corpus: MethodCorpus, key: str) -> None:
    """The grid's other-mail key is mostly other mail, and its applications are referrals."""
    routed = [t for t in corpus.lines if t["feature"] == key]
    assert sum(t["kind"] != "application" for t in routed) >= 0.6 * len(routed)
    unreferred = [t["file"] for t in applications(routed) if not t.get("forwarded_by")]
    assert not unreferred, unreferred
