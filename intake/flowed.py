"""Plain clients' soft line breaks (RFC 3676, ``format=flowed``): a line ending in a space is not the end of
the writer's line but a break the client put in to keep lines short.

Why: Thunderbird, Mutt or a webmail sending ``format=flowed`` cut a sentence wherever the line grows long —
«titulaire d'un DEUST ⏎ Médiation citoyenne (juin 2026)». Read as written on the wire, the diploma loses
its name and its date, the aim loses its second half. A reader sees one line: joining the soft breaks back
gives the sentence the writer typed. A hard break (no trailing space), the «-- » signature separator and a
change of quote depth stay breaks.
"""

from __future__ import annotations

import re
from email.message import Message

_QUOTE = re.compile(r"^>+ ?")
_SIGNATURE_SEPARATOR = "-- "


def unflow_text(text: str, *, delete_space: bool = False) -> str:
    """Join the soft breaks of a ``format=flowed`` body; ``delete_space`` for ``DelSp=yes``."""
    out: list[str] = []
    pending: str | None = None
    pending_depth = 0
    for raw in text.replace("\r\n", "\n").split("\n"):
        depth, line = split_quote_depth(raw)
        if pending is not None and depth != pending_depth:
            out.append(_requote(pending.rstrip(), pending_depth))
            pending = None
        joined = line if pending is None else pending + line
        if line.endswith(" ") and line != _SIGNATURE_SEPARATOR:
            pending, pending_depth = (joined[:-1] if delete_space else joined), depth
            continue
        out.append(_requote(joined, depth))
        pending = None
    if pending is not None:
        out.append(_requote(pending.rstrip(), pending_depth))
    return "\n".join(out)


def split_quote_depth(line: str) -> tuple[int, str]:
    """The quote depth of a flowed line («>» marks) and its text, space-stuffing removed."""
    match = _QUOTE.match(line)
    if match is None:
        return 0, line[1:] if line.startswith(" ") else line
    return match.group(0).count(">"), line[match.end() :]


def _requote(text: str, depth: int) -> str:
    return (">" * depth + " " + text) if depth else text


def unflow_part(part: Message, text: str) -> str:
    """The text of a text/plain part as its writer typed it: unflowed when the part says ``format=flowed``."""
    try:
        flowed = str(part.get_param("format") or "").lower() == "flowed"
        delsp = str(part.get_param("delsp") or "").lower() == "yes"
    except Exception:
        return text
    return unflow_text(text, delete_space=delsp) if flowed else text
