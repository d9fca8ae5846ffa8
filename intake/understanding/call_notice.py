"""A telephony service's notice of a voice message: whose words are the caller's.

A voicemail-to-email is sent by the service (Orange's, Free's, an office PBX…), not by the person who called:
its lines («Nouveau message sur votre messagerie vocale», «Durée : 41 secondes», «Écoutez l'enregistrement
dans votre application», «Ce message vous est envoyé automatiquement») are nobody's words, and only the
transcript under its label is what the caller said. A notice is told by what it says, whatever its layout
(rules/lexicon/voicemail.toml): it names a voice message and the caller by a phone number («Message vocal
reçu de 06 45 72 93 18», «Appelant : 07 52 33 18 64», "Caller: +44 7700 900418") near its top. A person's own
voice note pasted in a mail («Message vocal · 0:18 · Transcription automatique») names no caller's number:
the sender is the one who speaks, and the mail is read as it is.

Invariant: a text that is no notice comes back as it is; a notice with no transcript label is read whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.lexicon import read_table, word_alternation

_HEAD = 600  # a notice says what it relays at its top
# A phone number as a notice writes it: «06 45 72 93 18», «0645729318», «+44 7700 900418».
_NUMBER = r"(?:\+\d{1,3}[\s.]?|0)\d(?:[\s.]?\d){7,12}\b"


@dataclass(frozen=True)
class _Words:
    voice_message: re.Pattern[str]
    caller: re.Pattern[str]
    transcript: re.Pattern[str]


@lru_cache(maxsize=4)
def _words(rules_dir: Path) -> _Words:
    table = read_table(rules_dir, "voicemail.toml")
    return _Words(
        voice_message=re.compile(rf"\b(?:{word_alternation(table['voice_message'])})\b", re.IGNORECASE),
        caller=re.compile(rf"\b(?:{word_alternation(table['caller'])})\s*:?\s*{_NUMBER}", re.IGNORECASE),
        # The label stands on a line of its own, its words maybe followed by a bracket, closed by a colon.
        transcript=re.compile(
            rf"^[^\n]{{0,40}}\b(?:{word_alternation(table['transcript'])})\b[^\n:]{{0,90}}:[ \t]*\n?",
            re.I | re.M,
        ),
    )


def names_a_caller(text: str) -> bool:
    """The text's top names a voice message and the caller by a phone number: a service's notice."""
    words = _words(resources.rules_dir())
    head = text[:_HEAD]
    return words.voice_message.search(head) is not None and words.caller.search(head) is not None


def callers_words(text: str) -> str | None:
    """The caller's words of a notice (`names_a_caller`): the paragraph under the transcript's label, the
    service's lines around it left out; None when the text is no notice or has no such label."""
    if not names_a_caller(text):
        return None
    label = _words(resources.rules_dir()).transcript.search(text)
    if label is None:
        return None
    rest = text[label.end() :].lstrip("\n")
    blank = re.search(r"\n[ \t]*\n", rest)
    return (rest[: blank.start()] if blank else rest).strip()
