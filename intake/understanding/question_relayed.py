"""A question someone else asked, forwarded to us: the writer passes on a friend's, a cousin's or a
colleague's mail asking about the programme («une amie m'a posé ces questions, je vous les transfère»,
"a friend asked me this, forwarding it"), her own note asking nothing of its own. The question is in the
mail she carries, not under her words; it is a question all the same, answered as one. A mail the writer
forwards from her own address, or one no person wrote (a failure notice), relays nobody's question."""

from __future__ import annotations

from intake.parsing import ParsedMessage, split_forwarded, strip_quoted
from intake.understanding.names import same_person
from intake.understanding.signals import is_programme_question


def read_relayed_question(msg: ParsedMessage) -> str | None:
    """The question on the programme that the mail forwarded by the writer asks, when someone else wrote
    that mail; None otherwise (no forward, her own mail, a mailer's notice, no question on the programme)."""
    fwd = split_forwarded(msg.text, msg.subject)
    if fwd is None or not (fwd.from_addr or fwd.from_name.strip()):
        return None
    if fwd.from_addr == msg.from_addr or same_person(fwd.from_name, msg.from_name or ""):
        return None  # her own mail forwarded: her words, read as ever
    if fwd.from_addr is not None and fwd.from_addr.split("@")[0] in {"mailer-daemon", "postmaster"}:
        return None  # a failure notice carries her own mail
    return is_programme_question(strip_quoted(fwd.text), "")
