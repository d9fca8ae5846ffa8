"""The forms corpus (tests/corpus/forms): it was written by its own method — FORMS FIRST. Each message was
given first the shape of a form, a questionnaire, a template or a structured record, drawn from a grid of
twelve (the applicant's own labelled fields, ticked boxes, the programme's questions quoted and answered, a
website's contact-form notification, an adviser's referral sheet, a school's careers office template, a job
board's relayed application, a table, a self-check against the criteria, numbered answers, the same shapes in
English, and mail with a form's shape that is no application), and its deciding fact is carried by that shape
(a field, a box, an answer, a cell, a note beside a field). Each message is labelled by what it says, read
alone, on 2026-11-26; above each a `# route:` comment says where the deciding facts sit and the kind.

Tuned on since stop 54, after its first figure (see its LICENCE.md). The checks every corpus written one tag
first shares are in tests/test_tagged_corpora.py; these are its method's: the grid fixed with each shape's
forms, marks, rule and distractors, each key's share, the marks each shape's mail carries, the site
notifications' contacts read from their fields and not from the site's sender, the sheets and templates sent
by someone else with the person's own contacts, the boards relaying the applicant's own application, the
form-shaped other mail never applying, the verdicts, kinds, English share, CVs and HTML-only bodies, Dates
rising inside each batch's days, the replies in our thread quoting us, no application threaded, each label's
contacts standing in what was sent, and each writer's half failing and leaving open every criterion.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from corpus_checks import assert_rebuilt_byte_for_byte
from corpus_method import (
    ENGLISH_WORDS,
    MethodCorpus,
    assert_a_grid_of_twelve,
    assert_ambiguity_within_the_writers_bounds,
    assert_each_rule_says,
    assert_every_route_told,
    batch_of,
    text_of,
    written_in_english,
)

CORPUS = MethodCorpus("forms")  # its build puts the voices kit and source/forms.py on the path
FORMS = CORPUS.path
_GRID_MODULE = CORPUS.grid_module

# What each shape's rule decides: a few words the rule of the grid must say (which kind, which facts).
RULES = {
    "labelled_fields": ("kind application", "a field left empty", "wins over it"),
    "checkboxes": ("a ticked box is her answer", "a note beside a box"),
    "questions_quoted": ("only the answers are her facts", "unanswered leaves its criterion open"),
    "site_notification": ("THE FIELDS' values", "no `forwarded_by=`"),
    "adviser_sheet": ("`forwarded_by=`", "never the adviser's"),
    "school_office": ("`forwarded_by=`", "a placeholder left"),
    "job_board": ("no `forwarded_by=`", "are not her facts"),
    "table": ("each cell read with its column's header", "an empty cell leaves its criterion open"),
    "self_check": ("the words beside winning", "leaves the criterion open"),
    "numbered_answers": ("the correction winning", "leaves its criterion open"),
    "english_forms": ("language en",),
    "form_other_mail": ("never an application", "auto_reply", "bounce", "newsletter", "question"),
}
OTHER_KEY = _GRID_MODULE.OTHER_KEY
REFERRED_KEYS = ("adviser_sheet",)  # every application of these is sent by someone else (`forwarded_by`)
# The marks a shape's mail carries in what was sent (subject, body, CV): its form made visible.
MARKS = {
    "labelled_fields": re.compile(r"^\W*[\w'’ .()/-]{2,40}\W*\s?[:\t-]\s*\S", re.MULTILINE),
    "checkboxes": re.compile(
        r"[☐☒☑✓✔]|\[[ xX]\]|\(\s?[xX ]?\s?\)|\b(?:oui|non)\s?/\s?(?:oui|non)\b|: (?:oui|non)\b", re.I
    ),
    "questions_quoted": re.compile(r"\?"),
    "self_check": re.compile(r"[✔✘✓✗?]|\bOK\b", re.I),
    "numbered_answers": re.compile(r"^\s*(?:\d{1,2}\s?[).\-–]|[a-h][).] )", re.MULTILINE),
    "table": re.compile(r"\||\t|<table", re.I),
}
SITE_SENDER = re.compile("|".join(_GRID_MODULE.SITE_FROM), re.I)
QUOTED = r"^>|message d'origine|message original|a écrit :|wrote:|^De ?: |^From: "
# An English form's labels count as English words too («Name», "Graduation date", "Current status").
_ENGLISH_WORDS = ENGLISH_WORDS | {
    "name", "date", "graduation", "status", "current", "looking", "degree", "qualification"
}  # fmt: skip
BATCH = 25  # messages a batch; batches 01–04 are writer A's, 05–08 writer B's


def _sent(item: Any) -> str:
    """Everything the sender sent: From, Reply-To, subject, body, HTML body and attached document."""
    return "\n".join([item.m.frm, item.m.headers.get("Reply-To", ""), text_of(item), item.m.body_html or ""])


def _when(stamp: str) -> datetime:
    day, hm = stamp.split()
    return datetime(2026, 11, int(day), int(hm[:2]), int(hm[3:5]))


def test_the_grid_has_twelve_shapes_each_with_its_forms_marks_rule_and_distractors() -> None:
    assert_a_grid_of_twelve(CORPUS, RULES)
    assert OTHER_KEY in CORPUS.grid and _GRID_MODULE.ENGLISH_KEY == "english_forms"


def test_each_shape_s_rule_says_how_its_label_is_read() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_every_message_says_where_its_deciding_facts_sit_and_its_kind() -> None:
    assert_every_route_told(CORPUS)


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_within_the_writers_bounds(CORPUS)


def test_every_batch_holds_twenty_five_messages_from_its_own_source_file() -> None:
    assert CORPUS.batch_sizes() == [BATCH] * 8


def test_every_shape_of_the_grid_carries_its_share_and_the_last_key_no_application() -> None:
    lines = CORPUS.lines
    apps = Counter(t["feature"] for t in lines if t["kind"] == "application")
    others = Counter(t["feature"] for t in lines if t["kind"] != "application")
    assert set(apps) | set(others) == set(CORPUS.grid)
    tolerance = _GRID_MODULE.TOLERANCE
    off = {
        key: (apps[key], others[key])
        for key, (n_apps, n_others) in _GRID_MODULE.MIX.items()
        if abs(apps[key] - n_apps) > tolerance or abs(others[key] - n_others) > tolerance
    }
    assert not off, off
    low, high = _GRID_MODULE.PER_KEY
    assert not [k for k in CORPUS.grid if k != OTHER_KEY and not low <= apps[k] <= high], apps
    assert apps[OTHER_KEY] == 0 and others[OTHER_KEY] >= _GRID_MODULE.OTHER_OF_OTHER_KEY, others
    shapes = [key for key in CORPUS.grid if key != OTHER_KEY]
    verdicts = {key: {t["verdict"] for _, t in CORPUS.applications(key)} for key in shapes}
    assert not [key for key, seen in verdicts.items() if len(seen) < 3], verdicts


def test_each_shape_s_mail_carries_its_form_s_marks() -> None:
    unmarked = [
        (key, t["file"])
        for key, mark in MARKS.items()
        for item, t in CORPUS.applications(key)
        if not mark.search(_sent(item))
    ]
    assert not unmarked, unmarked
    fields = MARKS["labelled_fields"]
    labelled = [
        t["file"]
        for item, t in CORPUS.applications("labelled_fields")
        if len(fields.findall(item.m.body)) < 2
    ]
    assert not labelled, labelled


def test_a_site_notification_gives_the_applicant_s_contacts_in_its_fields_not_the_site_s_sender() -> None:
    notices = CORPUS.applications("site_notification")
    assert notices
    wrong = [
        t["file"]
        for item, t in notices
        if not SITE_SENDER.search(parseaddr(item.m.frm)[1])
        or t.get("forwarded_by")
        or not t["email"]
        or t["email"].lower() == parseaddr(item.m.frm)[1].lower()
        or t["email"].lower() not in (item.m.body + (item.m.body_html or "")).lower()
    ]
    assert not wrong, wrong


def test_a_sheet_is_sent_by_an_adviser_with_the_person_s_own_contacts() -> None:
    sheets = [pair for key in REFERRED_KEYS for pair in CORPUS.applications(key)]
    schools = [(item, t) for item, t in CORPUS.applications("school_office") if t.get("forwarded_by")]
    assert len(sheets) >= 9 and len(schools) >= 4, (len(sheets), len(schools))
    wrong = [
        t["file"]
        for item, t in sheets + schools
        if t.get("forwarded_by") != parseaddr(item.m.frm)[1] or t["email"] == t["forwarded_by"]
    ]
    assert not wrong, wrong


def test_a_job_board_relays_the_applicant_s_own_application() -> None:
    relayed = CORPUS.applications("job_board")
    wrong = [
        t["file"]
        for item, t in relayed
        if t.get("forwarded_by") or (t["email"] or "").lower() == parseaddr(item.m.frm)[1].lower()
    ]
    assert not wrong, wrong


def test_form_shaped_other_mail_never_applies_and_the_machines_carry_their_marks() -> None:
    kinds = Counter(t["kind"] for _, t in CORPUS.of(OTHER_KEY))
    assert kinds["application"] == 0, kinds
    assert {"other", "question", "reply", "auto_reply", "bounce", "newsletter"} <= set(kinds), kinds
    unmarked = [
        t["file"]
        for item, t in CORPUS.keyed()
        if (t["kind"] == "auto_reply" and "Auto-Submitted" not in item.m.headers)
        or (t["kind"] == "bounce" and not re.search(r"mailer-daemon", item.m.frm, re.I))
        or (t["kind"] == "newsletter" and "List-Unsubscribe" not in item.m.headers)
    ]
    assert not unmarked, unmarked


def test_the_verdicts_kinds_counts_cvs_and_html_bodies_are_the_writers_bars() -> None:
    lines = CORPUS.lines
    assert len(lines) == _GRID_MODULE.N_MESSAGES
    apps = [t for t in lines if t["kind"] == "application"]
    low, high = _GRID_MODULE.N_APPLICATIONS
    assert low <= len(apps) <= high, len(apps)
    verdicts = Counter(t["verdict"] for t in apps)
    off = {v: verdicts[v] for v, (lo, hi) in _GRID_MODULE.VERDICTS.items() if not lo <= verdicts[v] <= hi}
    assert not off, verdicts
    kinds = Counter(t["kind"] for t in lines)
    assert set(kinds) == {"application", "question", "reply", "auto_reply", "bounce", "newsletter", "other"}
    with_cv = [t for t in apps if t.get("cv_format")]
    assert _GRID_MODULE.WITH_ATTACHMENT <= len(with_cv) <= len(apps) / 4, len(with_cv)
    html_only = [item for item in CORPUS.written if item.m.html == "only"]
    assert len(html_only) >= _GRID_MODULE.HTML_ONLY, len(html_only)
    tables = [item.m.body_html or "" for item, _ in CORPUS.applications("table") if item.m.html == "only"]
    assert tables and all("<table" in html for html in tables), len(tables)


def test_about_one_application_in_eight_is_in_english_and_the_english_forms_are_english() -> None:
    apps = CORPUS.applications()
    english = [(item, t) for item, t in apps if t.get("language") == "en"]
    low, high = _GRID_MODULE.ENGLISH_APPLICATIONS
    assert low <= len(english) / len(apps) <= high, len(english)
    assert not [t["file"] for item, t in english if not written_in_english(item.m.body, _ENGLISH_WORDS)]
    key = _GRID_MODULE.ENGLISH_KEY
    assert not [t["file"] for item, t in CORPUS.applications(key) if t.get("language") != "en"]
    told_in_french = [
        t["file"] for item, t in CORPUS.of(key) if not written_in_english(item.m.body, _ENGLISH_WORDS)
    ]
    assert not told_in_french, told_in_french


def test_the_dates_rise_with_the_number_inside_each_batch_s_days() -> None:
    moments = [_when(item.m.date) for item in CORPUS.written]
    assert moments == sorted(moments)
    spans = _GRID_MODULE.BATCH_DAYS.items()
    days = {int(n): (date.fromisoformat(a), date.fromisoformat(b)) for n, (a, b) in spans}
    outside = [
        t["file"]
        for moment, t in zip(moments, CORPUS.lines, strict=True)
        if not days[batch_of(t, BATCH)][0] <= moment.date() <= days[batch_of(t, BATCH)][1]
    ]
    assert not outside, outside


def test_a_reply_answers_our_mail_in_our_thread_and_quotes_it() -> None:
    replies = [(item, t) for item, t in CORPUS.keyed() if t["kind"] == "reply"]
    assert len(replies) >= 4, len(replies)
    off = [
        t["file"]
        for item, t in replies
        if not item.m.headers.get("In-Reply-To", "").endswith("@animafac.net>")
        or not re.search(QUOTED, item.m.body, re.I | re.M)
    ]
    assert not off, off


def test_no_application_carries_in_reply_to_or_references() -> None:
    threading = {"In-Reply-To", "References"}
    threaded = [t["file"] for item, t in CORPUS.applications() if threading & set(item.m.headers)]
    assert not threaded, threaded


def test_every_phone_and_email_of_a_label_stands_in_what_was_sent() -> None:
    unsent = [
        t["file"]
        for item, t in CORPUS.applications()
        if (t["phone"] and t["phone"][-8:] not in re.sub(r"\D", "", _sent(item)))
        or (t["email"] and t["email"].lower() not in _sent(item).lower())
    ]
    assert not unsent, unsent


def test_nobody_applies_twice() -> None:
    names = Counter((t["first_name"], t["last_name"]) for _, t in CORPUS.applications())
    assert not [name for name, n in names.items() if n > 1]
    persons = Counter(t["person"] for _, t in CORPUS.applications())
    assert not [p for p, n in persons.items() if n > 1]


def test_each_writer_fails_every_criterion_three_times_and_leaves_each_open_once() -> None:
    for first, last in ((1, 4), (5, 8)):
        half = [t for _, t in CORPUS.applications() if first <= batch_of(t, BATCH) <= last]
        failing = Counter(c for t in half for c in t["failing"])
        unknown = Counter(c for t in half for c in t["unknown"])
        assert len(failing) == 7 and min(failing.values()) >= 3, (first, failing)
        assert len(unknown) == 7, (first, unknown)


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(FORMS, tmp_path)
