"""Build the newyear corpus: source/batch01..08.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/newyear/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). It is the Pro'pulse inbox from 28 December 2026 to
29 January 2027 in eight batches of 25, every application given first the way its writer places her deciding
fact in time around the turn of the year, and each message is labelled on the day it arrived
(source/newyear.py ``read_on``: its Date's own day), which its truth line carries as `read_on` beside
`feature` and `fact`. Everything else (MIME, HTML bodies, attached CVs, Message-IDs, delivery reports, the
command line) is the voices corpus's builder, `../voices/build.py`, but for two things, as in
`../rentree/build.py`: a source date is «YYYY-MM-DD HH:MM» in Paris time (+0100 all winter), and the check of
each label is made in its own reading month (December 2026 or January 2027: the voices builder's month count
set to it message by message, plus the rule of a graduation year alone), so a label that contradicts its day
stops the build.
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
sys.path.insert(0, str(HERE / "source"))  # newyear.py (N, the grid of twelve placings, the reading day)

from newyear import BATCH_DAYS, NO_MAIL_DAY, read_on, reading_month  # noqa: E402


def when(date: str) -> datetime:
    """The moment of a source date «YYYY-MM-DD HH:MM» (Paris wall clock)."""
    return datetime.strptime(date, "%Y-%m-%d %H:%M")


def rfc_date(date: str) -> str:
    """Paris winter time (+0100) from December 2026 through January 2027."""
    return when(date).strftime("%a, %d %b %Y %H:%M:00 +0100")


voices_build.rfc_date = rfc_date  # the voices writer dates every mail in November 2026; this corpus: winter


def year_alone_state(year: int) -> str:
    """The two-year limit of a graduation year said alone, in the reading month (voices_build.TODAY)."""
    if voices_build.months_ago(f"{year}-01") <= voices_build.MAX_MONTHS:
        return "meets"
    if voices_build.months_ago(f"{year}-12") > voices_build.MAX_MONTHS:
        return "fails"
    return "open"


def check_on_day(name: str, truth: dict[str, object]) -> None:
    """The reading day's own checks beyond the voices builder's month count: the year-alone rule."""
    grad, bac = truth.get("graduation"), truth.get("bac_plus")
    if truth["kind"] != "application" or not isinstance(grad, str) or len(grad) != 4:
        return
    if not (isinstance(bac, int) and bac >= 2):
        return
    state = year_alone_state(int(grad))
    failing, unknown = truth["failing"], truth["unknown"]
    assert isinstance(failing, list) and isinstance(unknown, list)
    found = "fails" if "graduation_recent" in failing else "open" if "graduation_recent" in unknown else ""
    found = found or "meets"
    assert found == state, f"{name}: graduation {grad} alone {state} on its reading day, labelled {found}"


def check_dates(batch: str, dates: list[str]) -> None:
    """Dates inside the batch's days, rising with the number, none on New Year's Day."""
    first, last = BATCH_DAYS[batch]
    assert dates == sorted(dates, key=when), f"batch {batch}: dates not rising"
    for date in dates:
        assert first <= date[:10] <= last, f"batch {batch}: {date} outside {first}..{last}"
        assert date[:10] != NO_MAIL_DAY, f"batch {batch}: {date} on New Year's Day"


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
            voices_build.TODAY = reading_month(item.m.date)  # its own reading month: the count's origin
            check_on_day(name, item.m.truth)
            tags = {"feature": item.feature, "fact": item.fact, "read_on": read_on(item.m.date)}
            lines.append(voices_build.write_message(out, name, len(lines), item.m, **tags))
    return int(voices_build.write_truth(out, lines))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
