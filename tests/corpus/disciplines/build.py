"""Build the disciplines corpus: source/batch*.py → NNNN.eml + truth.jsonl, deterministically.

    python tests/corpus/disciplines/build.py [--out DIR]

Nobody tunes the reader on this corpus (see LICENCE.md). Every message is set FIRST in one field of study,
chosen from a grid of twelve (source/disciplines.py): health and paramedical studies, social work schools,
sport and animation, art and design schools, engineering and sciences, business schools, law and public
service, humanities and teaching, agriculture and environment, vocational routes, the same fields in English,
and other mail from the fields' world — and the deciding fact is said in that field's own diplomas, levels,
calendars, placements and trades («DE infirmier», «DEES», «BPJEPS», «DNSEP», «PFE», «CRFPA», «CAPES»,
«BTSA», «titre professionnel»). The label follows what the person states and the programme's rules, each
field's diploma counted at the level the programme gives it. Each truth line carries the field (`feature`)
and the fact that decides (`fact`). Everything else (MIME, HTML bodies, attached CVs, Message-IDs, delivery
reports, the refusal of a label that contradicts the rules, the command line) is the voices corpus's builder,
`../voices/build.py`: this corpus needs no post-processing of its own.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("voices_build", HERE.parent / "voices" / "build.py")
assert _spec and _spec.loader
voices_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(voices_build)  # also puts the voices kit on sys.path for source/batch*.py
sys.path.insert(0, str(HERE / "source"))  # disciplines.py (N, the grid of fields of study)


def build(out: Path, source: Path = HERE / "source") -> int:
    return int(voices_build.build_tagged(out, source, ("feature", "fact")))


if __name__ == "__main__":
    raise SystemExit(voices_build.run(__doc__.splitlines()[0], HERE, build))
