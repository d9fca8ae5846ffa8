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
from email.utils import parseaddr
from functools import cached_property
from typing import Any

import pytest
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


def applications_of(written: list[Any], feature: str | None = None) -> list[Any]:
    """The items of `written` (a tagged corpus's, in build order) labelled applications, those tagged
    `feature` only when given: what the tagged corpora's tests read (repairs, tensions, genres, …)."""
    return [
        i for i in written if i.m.truth["kind"] == "application" and (feature is None or i.feature == feature)
    ]


# The checks rentree's and stances' methods share: a month of the inbox in eight batches by two writers.


def sent_of(item: Any) -> str:
    """Everything the sender sent: From, subject, body, HTML body and attached document."""
    return "\n".join([item.m.frm, text_of(item), item.m.body_html or ""])


def assert_referrals_name_the_applicant(corpus: MethodCorpus) -> None:
    """The grid module's count of referrals at least, each sent by its referrer, labelled with the applicant's
    contacts and name, never the referrer's."""
    referred = [(item, t) for item, t in corpus.applications() if t.get("forwarded_by")]
    assert len(referred) >= corpus.grid_module.REFERRALS, len(referred)
    wrong = [
        t["file"]
        for item, t in referred
        if t["forwarded_by"] != parseaddr(item.m.frm)[1]
        or t["email"] == t["forwarded_by"]
        or (t["last_name"] and t["first_name"] and f"{t['first_name']} {t['last_name']}" in item.m.frm)
    ]
    assert not wrong, wrong


_QUOTED = r"^>|message d'origine|a écrit :|wrote:|^De ?: |^From: "


def assert_replies_in_our_thread(corpus: MethodCorpus) -> None:
    """Six replies at least, each answering our mail in our thread and quoting it; no application threaded."""
    replies = [(item, t) for item, t in corpus.keyed() if t["kind"] == "reply"]
    assert len(replies) >= 6, len(replies)
    off = [
        t["file"]
        for item, t in replies
        if not item.m.headers.get("In-Reply-To", "").endswith("@animafac.net>")
        or not re.search(_QUOTED, item.m.body, re.I | re.M)
    ]
    assert not off, off
    threading = {"In-Reply-To", "References"}
    assert not [t["file"] for item, t in corpus.applications() if threading & set(item.m.headers)]


def assert_contacts_stand_in_what_was_sent(corpus: MethodCorpus) -> None:
    """Every phone and email of an application's label stands in what its sender sent."""
    unsent = [
        t["file"]
        for item, t in corpus.applications()
        if (t["phone"] and t["phone"][-8:] not in re.sub(r"\D", "", sent_of(item)))
        or (t["email"] and t["email"].lower() not in sent_of(item).lower())
    ]
    assert not unsent, unsent


def assert_nobody_applies_twice(corpus: MethodCorpus) -> None:
    names = Counter((t["first_name"], t["last_name"]) for _, t in corpus.applications())
    assert not [name for name, n in names.items() if n > 1]


def assert_each_writer_fails_and_leaves_open(corpus: MethodCorpus) -> None:
    """Each writer's half (the grid module's WRITERS: their batches) fails every criterion three times at
    least and leaves each open once; writer B's applicants carry a «b_» status, writer A's none."""
    size = corpus.grid_module.PER_BATCH
    for writer, batches in corpus.grid_module.WRITERS.items():
        half = [t for _, t in corpus.applications() if batch_named(t, size) in batches]
        failing = Counter(c for t in half for c in t["failing"])
        unknown = Counter(c for t in half for c in t["unknown"])
        assert len(failing) == 7 and min(failing.values()) >= 3, (writer, failing)
        assert len(unknown) == 7, (writer, unknown)
        statuses = [t["status"].startswith("b_") for t in half]
        assert all(statuses) if writer == "B" else not any(statuses), writer


def check_label_on_day(corpus: MethodCorpus, truth: dict[str, Any], day: str | None = None) -> None:
    """The build's checks of one application's label on the corpus's reading day, or on `day` when the corpus
    is read across months (forwards, newyear): its month, the grid module's `reading_month`, is then the
    month count's origin."""
    if day is not None:
        corpus.build.voices_build.TODAY = corpus.grid_module.reading_month(day)
    corpus.build.voices_build.check_truth("test", type("Mail", (), {"truth": truth})())
    corpus.build.check_on_day("test", truth)


# A label and the day it is read on (None: the corpus's one reading day).
DayLabel = tuple[dict[str, Any], str | None]


def assert_the_build_keeps_and_refuses(
    corpus: MethodCorpus, kept: tuple[DayLabel, ...], refused: tuple[DayLabel, ...]
) -> None:
    """Each label of `kept` passes the build's checks on its day, each of `refused` is refused: the month
    count of a graduation and the year-alone rule are the build's: a label contradicting either is refused."""
    for truth, day in kept:
        check_label_on_day(corpus, truth, day)
    for truth, day in refused:
        with pytest.raises(AssertionError):
            check_label_on_day(corpus, truth, day)


# The checks the methods of a dated inbox share (rentree, stances, newyear, forwards): twelve keys, eight
# batches of dated days by two writers, each message read on its Date's day, a `# route:` telling its
# decision.

DECISIONS = r"(eligible|to_verify|not_eligible|question|reply|auto_reply|bounce|newsletter|other)"


def assert_a_grid_of_twelve_named(
    corpus: MethodCorpus, rules: dict[str, tuple[str, ...]], named: set[str]
) -> None:
    """Twelve keys, the same as the rules' words checked, each with its description, forms, marks, rule and
    distractors filled; the keys `named` (the English one, the referrals', the other mail's) among them."""
    assert set(corpus.grid) == set(rules) and len(corpus.grid) == 12
    for key, entry in corpus.grid.items():
        assert all((entry.description, entry.forms, entry.marks, entry.rule, entry.distractors)), key
    assert named <= set(corpus.grid)


def eight_batches_rising(spans: dict[str, tuple[str, str]]) -> list[str]:
    """The first and last day (or moment) of each of the eight batches «01»–«08», in order, checked rising."""
    assert sorted(spans) == [f"{n:02d}" for n in range(1, 9)]
    moments = [moment for span in spans.values() for moment in span]
    assert moments == sorted(moments)
    return moments


def assert_every_route_tells_its_decision(corpus: MethodCorpus) -> None:
    """A `# route:` comment above every message, saying after its arrow the decision or the kind."""
    routes = corpus.routes()
    assert len(routes) == len(corpus.lines)
    told = zip(routes, corpus.lines, strict=True)
    untold = [t["file"] for r, t in told if not re.search(rf"→ .*\b{DECISIONS}\b", r)]
    assert not untold, untold


def assert_read_on_its_date_s_day(
    corpus: MethodCorpus, reading_day: Callable[[str], bool], days: int
) -> None:
    """All the grid module's messages written, each truth line read on its Date's own day (`read_on`), a day
    `reading_day` accepts; mail read on `days` different days at least."""
    assert len(corpus.written) == corpus.grid_module.N_MESSAGES
    wrong = [
        t["file"]
        for item, t in corpus.keyed()
        if t["read_on"] != item.m.date[:10] or not reading_day(t["read_on"])
    ]
    assert not wrong, wrong
    assert len({t["read_on"] for t in corpus.lines}) >= days


def assert_every_key_writes_its_share(corpus: MethodCorpus) -> None:
    """Each applying key's applications within the grid module's bounds and near its MIX, the other mail's
    count within bounds and most of it under the other mail's key."""
    grid = corpus.grid_module
    apps = Counter(t["feature"] for _, t in corpus.applications())
    low, high = grid.PER_KEY_APPLICATIONS
    off = {key: apps[key] for key in grid.GRID if key != grid.OTHER_KEY and not low <= apps[key] <= high}
    assert not off, off
    drift = {k: apps[k] for k, (n, _) in grid.MIX.items() if abs(apps[k] - n) > grid.TOLERANCE}
    assert not drift, drift
    others = [t for t in corpus.lines if t["kind"] != "application"]
    assert sum(t["feature"] == grid.OTHER_KEY for t in others) >= grid.OTHER_OF_OTHER_KEY
    low, high = grid.OTHER_MAIL
    assert low <= len(others) <= high, len(others)


def assert_the_other_key_never_applies(corpus: MethodCorpus) -> None:
    assert not [t["file"] for _, t in corpus.applications(corpus.grid_module.OTHER_KEY)]


def assert_within_the_writers_bars(corpus: MethodCorpus, questions: bool = True) -> None:
    """The grid module's bars: the applications' count and verdicts, every kind present, the questions (when
    its grid sets a count), CVs attached (at most a quarter of the applications) and HTML-only bodies."""
    grid = corpus.grid_module
    apps = [t for _, t in corpus.applications()]
    low, high = grid.N_APPLICATIONS
    assert low <= len(apps) <= high, len(apps)
    verdicts = Counter(t["verdict"] for t in apps)
    off = {v: verdicts[v] for v, (lo, hi) in grid.VERDICTS.items() if not lo <= verdicts[v] <= hi}
    assert not off, verdicts
    kinds = Counter(t["kind"] for t in corpus.lines)
    assert set(kinds) == {"application", "question", "reply", "auto_reply", "bounce", "newsletter", "other"}
    assert not questions or kinds["question"] >= grid.QUESTIONS, kinds
    with_cv = [t for t in apps if t.get("cv_format")]
    assert grid.WITH_ATTACHMENT <= len(with_cv) <= len(apps) / 4, len(with_cv)
    html_only = [item for item in corpus.written if item.m.html == "only"]
    assert len(html_only) >= grid.HTML_ONLY, len(html_only)


def assert_the_referral_key_all_referred(corpus: MethodCorpus) -> None:
    """Every application of the grid's referral key is a referral (`forwarded_by`)."""
    key = corpus.grid_module.REFERRAL_KEY
    assert not [t["file"] for _, t in corpus.applications(key) if not t.get("forwarded_by")]


def assert_the_dates_rise_inside_each_batch(
    corpus: MethodCorpus, spans: dict[str, tuple[str, str]], whole_moment: bool = False
) -> None:
    """The Dates rise in build order, each inside its batch's span: days («2026-10-05»), or moments
    («2026-12-01 08:00») with `whole_moment`."""
    moments = [corpus.build.when(item.m.date) for item in corpus.written]
    assert moments == sorted(moments)
    size = corpus.grid_module.PER_BATCH

    def within(truth: dict[str, Any], date: str) -> bool:
        first, last = spans[batch_named(truth, size)]
        return first <= (date if whole_moment else date[:10]) <= last

    outside = [t["file"] for item, t in corpus.keyed() if not within(t, item.m.date)]
    assert not outside, outside


def graduation_label(
    grad: str, failing: tuple[str, ...] = (), unknown: tuple[str, ...] = ()
) -> dict[str, Any]:
    """An application's label of a licence graduated `grad`, failing and leaving open the criteria given."""
    return {"kind": "application", "bac_plus": 3, "graduation": grad, "phone": None,
            "failing": list(failing), "unknown": list(unknown)}
