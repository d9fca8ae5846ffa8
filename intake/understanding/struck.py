"""Words the writer struck through: taken back, they no longer count; the words after them hold.

An HTML mail strikes them (`<del>`, `<s>`, `<strike>`), its text part shows them «~~…~~» (parsing writes
both so, a «(barré)» note of the text part included): «je suis ~~en stage~~ sortie de stage depuis le 30
octobre» is an internship over, «BTS Tourisme ~~2025~~ 2023» a BTS of 2023, «je suis ~~diplômé~~ en M2» a
master running. Applied with the corrections in passing (discourse.as_finally_meant), before any fact is
read. Invariants: only words between two «~~» on one line are taken back (a lone «~» or «~~» is kept as
it is); what stands after them is left as written.
"""

from __future__ import annotations

import re

# The struck words: between two «~~» on one line, a few words at most.
_STRUCK = re.compile(r"~~(?P<words>[^~\n]{1,200}?)~~")


def struck_taken_back(text: str) -> str:
    """`text` without the words the writer struck through («~~juin 2023~~ juin 2025» is June 2025): a
    struck fact counts for nothing; what follows it, when anything does, is what the writer means."""
    if "~~" not in text:
        return text  # the cheap test: nothing struck
    for found in reversed(list(_STRUCK.finditer(text))):
        before, after = text[: found.start()], text[found.end() :]
        joint = " " if before[-1:] not in ("", " ", "\n") and after[:1] not in ("", " ", "\n") else ""
        text = before + joint + (after.lstrip(" ") if before.endswith(" ") else after)
    return text
