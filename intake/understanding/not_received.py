"""A diploma the writer says not received yet, with nothing telling it won: whether the studies are over is
asked.

«J'ai fini mes derniers examens en octobre ; je n'ai pas encore reçu mon diplôme», "I finished my last exams
in October. I haven't received my degree yet": the exams are over, the degree is not conferred, and no word
says it was won — the end of the studies is open, the coordinator asks (the translations corpus's «actually»
rendered «actuellement» before it). Read only when the diploma itself is the thing awaited, not its paper
(«le parchemin», «le diplôme papier», "the certificate"), and when the text tells no success of it («validé»,
«obtenu», «admise», «attestation de réussite», "passed" my degree, "awarded"; "I passed the exams" renders
«j'ai passé les examens», sat them): a diploma won whose paper is late is had."""

from __future__ import annotations

import re

_NOT_RECEIVED = re.compile(
    r"(?:\bn['’]ai|\bn['’]avons|\bnot|n['’]t)\s+(?:pas\s+)?(?:encore|toujours|yet)?\s*(?:pas\s+)?"
    r"(?:re[çc]u|received|got(?:ten)?)\s+(?:mon|ma|le|la|my|the)\s+(?:dipl[oô]me|degree|diploma)\b"
    r"(?!\s+(?:papier|officiel|original|physique|en main|paper|certificate|in hand)\b)",
    re.IGNORECASE,
)
_WON = re.compile(
    r"\b(?:valid[ée]e?s?|obtenue?s?|r[ée]ussie?s?|admise?s?|d[ée]croch[ée]e?|attestation de r[ée]ussite|"
    r"passed(?!\s+(?:all\s+)?(?:the\s+|my\s+)?(?:last\s+|final\s+)?exam)|awarded|conferred|obtained|"
    r"graduated|i got my|j['’]ai eu mon|mention\s+(?:bien|assez bien|tr[eè]s bien))\b",
    re.IGNORECASE,
)


def diploma_not_received(unit: str, text: str) -> bool:
    """`unit` tells the diploma itself not received yet, and `text` (the whole source) tells no success."""
    return _NOT_RECEIVED.search(unit) is not None and _WON.search(text) is None
