"""A person's own words inside a machine's envelope: an out-of-office notice or a delivery failure wrapped
round what a person wrote themselves («je suis absente jusqu'au 1er décembre» over «j'ai un titre pro…, je
voudrais m'inscrire»; «je vous renvoie mon message» over a quoted «n'a pas pu être remis»).

The envelope's header or words make a presumption of the machine's kind; what a person wrote beside it
decides. What is left once the notice's own paragraphs, the quoted lines and a machine's echo of the mail it
received («Votre message : …», "Your message:") are set aside is what the person wrote; a forward's separator
line over their own resent text («----- Message d'origine -----») is dropped so that text reads as theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.parsing import is_forward_marker, is_header_line


def words_beside_machine(
    text: str,
    notice: Sequence[re.Pattern[str] | None],
    echo: re.Pattern[str] | None,
    personal: re.Pattern[str] | None = None,
) -> str:
    """The paragraphs of `text` a person wrote beside a machine's, or "" when no paragraph is the machine's
    (then the whole mail may be the notice, in words the lexicon does not know: nothing is set beside it).
    Set aside: the quoted lines, a paragraph that carries the machine's `notice` words or a mail header (the
    wrapped notice or report), and a paragraph opened by the machine's `echo` of the mail it received. A
    paragraph where the writer sets their words apart from their own notice (`personal`: «mon répondeur»,
    "not automatic") is the person's, and shows a person beside the machine as a set-aside notice does."""
    kept: list[str] = []
    machine = False
    for paragraph in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")):
        lines = [ln for ln in paragraph.split("\n") if ln.strip() and not ln.lstrip().startswith(">")]
        lines = [ln for ln in lines if not is_forward_marker(ln)]
        if not lines:
            continue
        own = personal is not None and personal.search("\n".join(lines)) is not None
        if not own and _machine_paragraph(lines, notice, echo):
            machine = True
            continue
        machine = machine or own
        kept.append("\n".join(lines))
    return "\n\n".join(kept) if machine else ""


def _machine_paragraph(
    lines: list[str], notice: Sequence[re.Pattern[str] | None], echo: re.Pattern[str] | None
) -> bool:
    """The paragraph is the machine's: its notice words, a mail's header lines, or an echo's label first."""
    body = "\n".join(lines)
    if any(pattern is not None and pattern.search(body) for pattern in notice):
        return True
    return any(is_header_line(ln) for ln in lines) or (echo is not None and echo.match(lines[0]) is not None)
