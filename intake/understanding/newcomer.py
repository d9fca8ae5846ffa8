"""Someone new in one of our threads: a «Re:» under a mail of ours that was not written to the writer.

A participant we wrote to answers in our thread (their mail carries our Message-ID, or quotes our mail to
them); a reply's facts answer our questions and booking by reply depends on it. But our mail may reach others:
a mailing to a list (its offer to stop receiving it, quoted), a mail greeting someone else by name («Bonjour
Léa,» quoted under Samuel's words), a mail a friend passed on («ma colocataire m'a fait suivre votre
confirmation», "my cousin forwarded me your email"). The writer is then new to the thread, and the words they
wrote decide what the mail is (classify.py's NewcomerInThread): the mark read here is the evidence.
"""

from __future__ import annotations

import re

from intake.parsing import ParsedMessage, earlier_mail
from intake.understanding.lexicon import WORD_RUN, Lexicon, load_meanings
from intake.understanding.names import same_person

# A name after a greeting: a capital, then letters or hyphens («Léa-Rose», «Lucía»).
_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*$")
# Our mail named as passed on: «votre mail», «ce message», "your email", "this email".
_OURS = frozenset({"votre", "vos", "ce", "cet", "cette", "your", "this"})
# The writer as the one it was passed to: «m'a transféré», «me l'a montré», "forwarded me".
_TO_ME = frozenset({"m'", "m’", "me", "moi"})


def newcomer_mark(msg: ParsedMessage, lexicon: Lexicon) -> str | None:
    """Why the mail of ours quoted under the writer's words was not written to them, said for the
    coordinator, or None: a mailing, a mail greeting someone else, a mail passed on to the writer."""
    above, earlier = earlier_mail(msg.text)
    if not earlier:
        return None
    words = lexicon.messages.get("newsletter", {})
    offers = (words.get("stop_receiving"), words.get("stop_offered"))
    offer = next((m for p in offers if p is not None and (m := p.search(earlier))), None)
    if offer is not None:
        return f"le message cité est un envoi de masse (« {offer.group(0)} »)"
    greeted = greeted_name(earlier)
    if greeted and not _same_name(greeted, msg.from_name):
        return f"le message cité s'adresse à {greeted}, pas à l'expéditeur"
    passed = passed_on_sentence(above)
    return f"notre message lui a été transmis (« {passed[:80]} »)" if passed else None


def greeted_name(text: str) -> str | None:
    """The name a mail's first greeting names («Bonjour Léa, …» → Léa), or None («Bonjour,»)."""
    greeting = load_meanings()["greeting"]
    for line in text.splitlines()[:6]:
        words = WORD_RUN.findall(line)
        if len(words) >= 2 and greeting.holds(words[0]) and _NAME.match(words[1]):
            return str(words[1])
    return None


def _same_name(greeted: str, sender_name: str) -> bool:
    """The greeted name is one of the sender's names («Léa» for «Léa Bertrand», «Léa» for «Léa-Rose …»),
    each compared as names are (names.same_person)."""
    words = WORD_RUN.findall(sender_name or "")
    return any(same_person(greeted, name) for w in words for name in (w, *w.split("-")))


def passed_on_sentence(text: str) -> str | None:
    """The writer's sentence saying a mail of ours was passed on to them by someone else: a verb of passing
    on, the writer as its receiver («m'a», "me"), our mail as its object («votre message», "your email"),
    and no «vous» before it («vous m'avez transmis…» is our own mail to the writer)."""
    passing = load_meanings()["passed_on"]
    if not (passing.may_hold_a_word_in(text) or passing.phrased_in(text)):
        return None
    for sentence in re.split(r"(?<=[.!?;:])\s+|\n", text):
        words = [p for w in WORD_RUN.findall(sentence.lower()) for p in re.split(r"(?<=['’])", w) if p]
        at = next((i for i, w in enumerate(words) if passing.holds(w)), None)
        if at is None and passing.phrased_in(sentence):
            at = next((i for i, w in enumerate(words) if w in {"fait", "faire"}), None)
        if at is None or _YOU & set(words[:at]):
            continue
        if _TO_ME & set(words) and _OURS & set(words[at:]):
            return sentence.strip()
    return None


_YOU = frozenset({"vous", "you"})
