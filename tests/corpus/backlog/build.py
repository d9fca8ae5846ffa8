"""Build the backlog corpus: source/batch01..08.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/backlog/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). It is the Pro'pulse inbox from 1 to 19 March 2027 in
eight batches of 25, every message read on a day chosen first for it (source/backlog.py: its Date's own day,
or one of the seven later days of 22 March – 30 April 2027, given as the item's ``read_on``), which its truth
line carries as `read_on` beside `feature` and `fact`. Everything else (MIME, HTML bodies, attached CVs,
Message-IDs, delivery reports, the command line) is the voices corpus's builder, `../voices/build.py`, but for
three things, as in `../forwards/build.py`: a source date is «YYYY-MM-DD HH:MM» in Paris time (+0100 for every
Date of 1–19 March), the check of each label is made in its own READING month (March or April 2027, plus the
rule of a graduation year alone), so a label that contradicts its reading day stops the build; and a reading
day before the Date's day, or off the seven later days, stops it too.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("voices_build", HERE.parent / "voices" / "build.py")
assert _spec and _spec.loader
voices_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(voices_build)  # also puts the voices kit on sys.path for source/batch*.py
sys.path.insert(0, str(HERE / "source"))  # backlog.py (N, the grid of twelve, the reading days)

from backlog import BATCH_DAYS, LATER_DAYS, LIMITS, YEAR_ALONE, reading_month  # noqa: E402


def when(date: str) -> datetime:
    """The moment of a source date «YYYY-MM-DD HH:MM» (Paris wall clock)."""
    return datetime.strptime(date, "%Y-%m-%d %H:%M")


def rfc_date(date: str) -> str:
    """Paris winter time (+0100): every Date of 1–19 March 2027 (summer time begins on 28 March)."""
    return when(date).strftime("%a, %d %b %Y %H:%M:00 +0100")


voices_build.rfc_date = rfc_date  # the voices writer dates every mail in November 2026; this corpus: March


def year_alone_state(year: int) -> str:
    """The two-year limit of a graduation year said alone, in the reading month (voices_build.TODAY)."""
    if voices_build.months_ago(f"{year}-01") <= voices_build.MAX_MONTHS:
        return "meets"
    if voices_build.months_ago(f"{year}-12") > voices_build.MAX_MONTHS:
        return "fails"
    return "open"


def check_on_day(name: str, truth: dict[str, object]) -> None:
    """The reading day's own checks beyond the voices builder's month count: the reading month's oldest
    meeting month (source/backlog.py LIMITS) and the year-alone rule (YEAR_ALONE)."""
    month = voices_build.TODAY
    oldest = LIMITS[month]
    assert voices_build.months_ago(oldest) == voices_build.MAX_MONTHS, f"{name}: LIMITS of {month}"
    grad, bac = truth.get("graduation"), truth.get("bac_plus")
    if truth["kind"] != "application" or not isinstance(grad, str) or len(grad) != 4:
        return
    if not (isinstance(bac, int) and bac >= 2):
        return
    state = year_alone_state(int(grad))
    meeting, open_year = YEAR_ALONE[month]
    table = "meets" if int(grad) in meeting else "open" if int(grad) == open_year else "fails"
    assert state == table, f"{name}: year {grad} in {month}: {state} against YEAR_ALONE {table}"
    failing, unknown = truth["failing"], truth["unknown"]
    assert isinstance(failing, list) and isinstance(unknown, list)
    found = "fails" if "graduation_recent" in failing else "open" if "graduation_recent" in unknown else ""
    found = found or "meets"
    assert found == state, f"{name}: graduation {grad} alone {state} on its reading day, labelled {found}"


def check_reading_day(name: str, date: str, day: str) -> None:
    """A message is read on its Date's day or on one of the seven later days, never before its Date."""
    off = f"{name}: read on {day}, neither its Date's day nor one of the seven later days"
    assert day == date[:10] or day in LATER_DAYS, off
    assert day >= date[:10], f"{name}: read on {day}, before its Date {date}"


def check_dates(batch: str, dates: list[str]) -> None:
    """Dates inside the batch's days, rising with the number."""
    first, last = BATCH_DAYS[batch]
    assert dates == sorted(dates, key=when), f"batch {batch}: dates not rising"
    for date in dates:
        assert first <= date[:10] <= last, f"batch {batch}: {date} outside {first}..{last}"


def load_batch(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(out: Path, source: Path = HERE / "source") -> int:
    voices_build.clear(out, "[0-9][0-9][0-9][0-9].eml")
    lines: list[str] = []
    for path in sorted(source.glob("batch[0-9][0-9].py")):
        batch = path.stem.removeprefix("batch")
        items = load_batch(path).MESSAGES
        check_dates(batch, [item.m.date for item in items])
        for item in items:
            name = f"{len(lines):04d}.eml"
            day = item.reading_day
            check_reading_day(name, item.m.date, day)
            voices_build.TODAY = reading_month(day)  # its own reading month: the count's origin
            check_on_day(name, item.m.truth)
            tags = {"feature": item.feature, "fact": item.fact, "read_on": day}
            lines.append(voices_build.write_message(out, name, len(lines), item.m, **tags))
    return int(voices_build.write_truth(out, lines))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
