"""Build the typography corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/typography/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every message is written in a way of SPELLING,
MARKING GENDER OR ENCODING THE TEXT chosen FIRST from a grid of twelve (source/typography.py): the middle dot
of écriture inclusive, its other marks (period, parentheses, slash, hyphen, capital), doublets, epicene
rewording, neopronouns, feminised titles and far agreements, a chosen name or a name written with its
particles, typographic punctuation (’ « » with narrow spaces, dashes, …), other code points for the same
letters (NFD, superscripts, soft hyphens, zero-width characters), names and diplomas in other scripts and
languages, charsets and HTML entities, or the same in English — and the deciding fact's own words carry that
spelling. The label follows what the words mean to a careful French reader; the spelling never changes a
fact. Each truth line carries the spelling (`feature`) and the fact that decides (`fact`).

Everything else (MIME, HTML-only bodies, attached CVs, Message-IDs, delivery reports, the refusal of a label
that contradicts the rules, the command line) is the voices corpus's builder, `../voices/build.py`, with one
step of its own here: a message whose ``M.headers`` carries ``X-Typo-Charset: <charset>`` (a marker, never
written to the mail) has that header stripped before the voices builder writes it, then its text part is
re-encoded in that charset (iso-8859-1, iso-8859-15 or windows-1252, quoted-printable or 8bit as
``X-Typo-Transfer`` says, quoted-printable by default), the way an older mail client would send it; its
Message-ID and truth line are the voices builder's.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from email import message_from_bytes
from email.policy import default
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("voices_build", HERE.parent / "voices" / "build.py")
assert _spec and _spec.loader
voices_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(voices_build)  # also puts the voices kit on sys.path for source/batch*.py
sys.path.insert(0, str(HERE / "source"))  # typography.py (N, the grid of spellings)

CHARSET = "X-Typo-Charset"  # markers read here and stripped: never in a written mail
TRANSFER = "X-Typo-Transfer"


def reencode(raw: bytes, charset: str, transfer: str) -> bytes:
    """The same mail with its text/plain part in ``charset`` (the words unchanged, only their bytes)."""
    msg = message_from_bytes(raw, policy=default)
    for part in msg.walk():
        if part.get_content_type() == "text/plain" and not part.get_filename():
            text = part.get_content()
            part.set_content(text, charset=charset, cte=transfer)
            break
    else:
        raise ValueError("no text part to re-encode")
    return msg.as_bytes()


def build(out: Path, source: Path = HERE / "source") -> int:
    voices_build.clear(out, "[0-9][0-9][0-9][0-9].eml")
    lines = []
    for n, item in enumerate(voices_build.load_messages(source)):
        name = f"{n:04d}.eml"
        headers = dict(item.m.headers)
        charset = headers.pop(CHARSET, None)
        transfer = headers.pop(TRANSFER, "quoted-printable")
        m = dataclasses.replace(item.m, headers=headers)
        lines.append(voices_build.write_message(out, name, n, m, feature=item.feature, fact=item.fact))
        if charset:
            (out / name).write_bytes(reencode((out / name).read_bytes(), charset, transfer))
    return voices_build.write_truth(out, lines)


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
