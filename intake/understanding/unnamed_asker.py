"""A question from someone who gives nobody to answer but an address: no name in the From header, none signed
or introduced in the body, no telephone number, no document joined. Whatever personal facts the question
leans on («mon diplôme date d'il y a deux ans : jusqu'à quand puis-je m'inscrire ?», "I finish my degree next
year: when can I apply?"), they are the premises of an inquiry, not a person's file: nobody is presented to
open it for. The programme answers it as a question; a writer who names themselves, leaves a number or joins
a CV, or who states that they apply or look for work, is read as an applicant (classify.py's
DirectApplication)."""

from __future__ import annotations

import re

from intake.parsing import ParsedMessage
from intake.understanding.facts import BODY
from intake.understanding.lexicon import load_lexicon, load_meanings
from intake.understanding.names import name_echoing_address, name_from_introduction, name_from_signature
from intake.understanding.signals import is_asked, is_programme_question, may_ask, split_asked

# A number one may be called on: nine digits or more, spaced, dotted or dashed («06 12 34 56 78», «+33 6…»).
_NUMBER = re.compile(r"\+?\d(?:[\s.\-]?\d){8,}")


def read_unnamed_question(msg: ParsedMessage, body: str) -> str | None:
    """The question about the programme asked by a writer who gives no name, number nor document, or None.
    `body`: the writer's own text."""
    if (msg.from_name or "").strip() or msg.attachments or _NUMBER.search(body):
        return None
    asked = is_programme_question(body, msg.subject)
    if asked is None or _names_themselves(body, msg.from_addr):
        return None
    return asked


def states_applying(stated: list[str], body: str = "") -> bool:
    """Among the application words stated (not asked), one says the writer applies or looks for work («ma
    candidature», «je cherche un emploi», «mon CV»); a diploma stated («j'ai validé mon DUT», "I graduated")
    is a fact a question may lean on, and so is a bare wish to join when `body` asks how to join
    (`_asks_how_to_join`), a subject's words («Candidature») then naming the question's topic."""
    meanings = load_meanings()
    acts = (meanings["join"], meanings["search"], meanings["job"], meanings["cv"])
    applying = [words for words in stated if any(meaning.said_in(words) for meaning in acts)]
    if not applying or not _asks_how_to_join(body):
        return bool(applying)
    in_body = [words for words in applying if words in body]  # the others are the subject's
    return any(meanings[act].said_in(words) for words in in_body for act in ("search", "job", "cv"))


def _asks_how_to_join(body: str) -> bool:
    """The writer asks how to join («comment faut-il s'inscrire ?», "what should I send to apply?"): a wish
    to join stated beside it («je souhaite rejoindre le programme») is the premise of a question on the way
    in, no file of theirs; a search, a job or a CV told would be."""
    joining = load_meanings()["join"]
    if not may_ask(body):
        return False  # a cheap test first: no «?» nor word of asking
    return any(joining.said_in(s) and is_asked(s) for s in split_asked(body))


def _names_themselves(body: str, address: str | None) -> bool:
    """The body gives the writer's name: a signature, «je m'appelle…», or a name the address spells."""
    lexicon = load_lexicon()
    return bool(
        name_from_signature(body, BODY, lexicon)
        or name_from_introduction(body, BODY, lexicon)
        or name_echoing_address(body, address, lexicon)
    )
