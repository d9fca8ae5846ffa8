"""Build the inbox corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/inbox/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). It is one month of the Pro'pulse inbox, 28 October
to 26 November 2026, in arrival order and in the natural mix of such an inbox: each message's sender is drawn
first from a grid of twelve (source/inbox.py: a first application, a referral, an answer to a post, a person
writing again, a question before applying, a reply in our thread, a participant, an employer or partner, a
machine, unwanted mail, mail in English, mail for something near the programme), then the mail is written as
that sender would write it that day. Each message is labelled by what it says on TODAY = 2026-11-26, read
alone. Each truth line carries the sender (`feature`), the fact that decides (`fact`) and the person writing
(`person`). Everything else (MIME, HTML bodies, attached CVs, Message-IDs, delivery reports, the refusal of a
label that contradicts the rules, the command line) is the voices corpus's builder, `../voices/build.py`, but
for one thing, as in the updates corpus: the month spans October and November, so a date may name its month
(«10-28 09:30» for 28 October 2026; «DD HH:MM» stays November), and a date before 25 October 2026 is on
summer time (+0200).
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("voices_build", HERE.parent / "voices" / "build.py")
assert _spec and _spec.loader
voices_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(voices_build)  # also puts the voices kit on sys.path for source/batch*.py
sys.path.insert(0, str(HERE / "source"))  # inbox.py (N, the grid of twelve senders)

SUMMER_TIME_ENDS = datetime(2026, 10, 25, 3, 0)  # Paris leaves +0200 on the last Sunday of October


def when(date: str) -> datetime:
    """The moment of a source date: «DD HH:MM» in November 2026, or «MM-DD HH:MM» in another month of 2026."""
    day, hm = date.split()
    month, _, day = day.rpartition("-")
    return datetime(2026, int(month or 11), int(day), int(hm[:2]), int(hm[3:5]))


def rfc_date(date: str) -> str:
    stamp = when(date)
    zone = "+0200" if stamp < SUMMER_TIME_ENDS else "+0100"
    return stamp.strftime(f"%a, %d %b %Y %H:%M:00 {zone}")


voices_build.rfc_date = rfc_date  # the voices writer dates every mail in November; this corpus spans months


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact", "person")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
