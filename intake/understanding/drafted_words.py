"""Whose words a drafted mail holds: the person's own request to a writing tool, or their rough note, sent
with the draft the tool made of it. The person speaks in the request («rédige-moi un mail pour pro'pulse,
mon stage est fini depuis octobre», "My prompt: write me an email… I finished my BA in June") and in the
note a label gives them as theirs («Mon brouillon :», «Ce que j'avais écrit :», "Rough note:"); the draft —
opened by a label giving it as the tool's («Version améliorée :», "Polished version:") or by the tool's
preamble («Voici une proposition :», "Here's a draft:"), or the letter standing beside a request — is the
tool's rendering of those words, and may smooth them («actuellement engagé en service civique» over a
service the person says ended in August).

`own_words_and_draft` parts the body into (the person's words, the tool's draft). The reader then reads the
draft as an earlier state of the same person's words (`__init__._sources_in_time`, as a mail quoted under
the writer's newest words): a fact only the draft states still counts, one the person's own words tell
otherwise is read as they tell it. Nothing is parted when the body holds only one of the two: a request
sent alone is the person's mail, a draft alone is the letter sent. Two versions that are both the tool's
(«Version courte», «Version 2») name nobody's own words: nothing is parted either.
"""

from __future__ import annotations

import re

# A label giving what follows as the person's own words: «Mon brouillon :», «Ma version :», «Mes notes»,
# «Mon prompt :», «Texte d'origine :», «Ce que j'avais écrit :», "My notes:", "Rough note:", "Prompt:".
_OWN_LABEL = re.compile(
    r"(?i)^\W{0,3}(?:(?:mon|ma|mes|my)\s+(?:propre\s+|own\s+)?(?:prompt|brouillon|texte|version|notes?|"
    r"message|demande|request|draft|words|mots)"
    r"|(?:le\s+|the\s+)?(?:prompt|rough\s+(?:note|notes|draft|version)|brouillon|"
    r"(?:texte|version|message)\s+(?:d['’]origine|original|initiale?|de\s+d[ée]part)|"
    r"original\s+(?:text|version|note|message))"
    r"|ce\s+que\s+j['’](?:avais|ai)\s+(?:[ée]crit|demand[ée]|tap[ée])|what\s+i\s+(?:wrote|asked|typed))"
    r"\b[^:\n]{0,40}?(?::|$)"
)
# A label or a preamble giving what follows as the tool's draft: «Version améliorée :», «Le texte
# reformulé :», «Version proposée par ChatGPT», "Polished version:", «Voici une proposition :», "Here's a
# draft you can use:".
_TOOL_LABEL = re.compile(
    r"(?i)^\W{0,3}(?:(?:la\s+|le\s+|the\s+)?(?:version|texte|message|mail|e-mail|lettre)\s+"
    r"(?:am[ée]lior[ée]e?|reformul[ée]e?|propos[ée]e?|corrig[ée]e?|retravaill[ée]e?|r[ée][ée]crite?|"
    r"g[ée]n[ée]r[ée]e?|sugg[ée]r[ée]e?)"
    r"|(?:polished|improved|rewritten|edited|revised|suggested|generated)\s+(?:version|draft|text|email)"
    r"|(?:voici|here['’]?s|here\s+is)\b[^\n]{0,60}?\b(?:proposition|version|brouillon|exemple|mod[eè]le|"
    r"mail|e-mail|message|lettre|draft|email|letter))"
)
# A request to a writing tool, opening the person's words: «écris-moi un mail pour…», «rédige un mail de
# candidature», «fais-moi une lettre…», "write me an email…", "help me write an application…".
_REQUEST = re.compile(
    r"(?i)^\W{0,3}(?:(?:peux-tu\s+|tu\s+peux\s+|pourrais-tu\s+)?(?:[ée]cri[st]|r[ée]dige[sz]?|fais|"
    r"aide-moi\s+[àa]\s+(?:[ée]crire|r[ée]diger))(?:[- ]?moi)?"
    r"|(?:can\s+you\s+|could\s+you\s+|please\s+)?(?:write|draft|help\s+me\s+(?:write|draft))(?:\s+me)?)"
    # The thing asked for, a determiner first («un mail», «une candidature», "an email"): «fais-moi savoir si
    # ma candidature…» asks us something, no tool to write.
    r"\s+(?:un|une|le|la|mon|ma|a|an|the|my|this)\b[^\n.]{0,50}?"
    r"\b(?:mail|e-?mail|lettre|message|candidature|letter|application)\b"
)


def own_words_and_draft(body: str) -> tuple[str, str] | None:
    """(the person's own words, the tool's draft) when the body holds both, else None. A label's own words
    run to the next label; a request not labelled is its own paragraph (up to a blank line)."""
    lines = body.split("\n")
    owners = [_owner_of(line) for line in lines]
    if _OWN not in owners and _REQUESTED not in owners:
        return None
    own: list[str] = []
    draft: list[str] = []
    current = _DRAFT
    for line, owner in zip(lines, owners, strict=True):
        if owner is not None:
            current = owner
        elif current == _REQUESTED and not line.strip():
            current = _DRAFT  # a request not labelled is its own paragraph
        (draft if current == _DRAFT else own).append(line)
    said, drafted = "\n".join(own).strip(), "\n".join(draft).strip()
    if not _has_words(said) or not _has_words(drafted):
        return None
    return said, drafted


_OWN, _REQUESTED, _DRAFT = "own", "requested", "draft"


def _owner_of(line: str) -> str | None:
    """Whose words a line opens: the person's under an own label (_OWN) or in a request to the tool
    (_REQUESTED), the tool's under its label or preamble (_DRAFT); None for a line that opens nobody's."""
    if _OWN_LABEL.match(line):
        return _OWN
    if _REQUEST.match(line):
        return _REQUESTED
    if _TOOL_LABEL.match(line):
        return _DRAFT
    return None


def _has_words(text: str) -> bool:
    """The text holds a word of three letters or more (not only a label's leftovers or a rule)."""
    return re.search(r"[^\W\d_]{3}", text) is not None
