"""Whether a document reads as a CV: the sender's own name on it, or a CV's section headings.

A first message whose only applicant signal is a document sent with «ci-joint» is an application when that
document is a CV; a brochure, an offer, minutes or a calendar sent the same way is not. The document's text
decides, once it is read (intake/extract.py)."""

from __future__ import annotations

import re
import unicodedata

from intake.understanding.lexicon import Lexicon, load_lexicon
from intake.understanding.nlp import find_entities
from intake.understanding.periods import reads_as_resume

# The parts of a name, compared between the sender and a document: runs of three letters or more, split at a
# hyphen, an apostrophe or a digit («Jean-Pierre» is «jean» and «pierre»; «le», «d'» and «42» name nobody).
# Not facts.WORD: a word of prose keeps its hyphen, a name is matched by its parts.
_NAME_PART = re.compile(r"[^\W\d_]{3,}")


def _folded_words(text: str) -> set[str]:
    """The name parts of `text` in ASCII, lower case. Not forms.fold_name: ASCII also drops a letter with no
    ASCII form («œ», «ı») and the middle dot of «animateur·rice», gluing its halves; under fold_name 518 words
    of the corpora read otherwise («sœur», «coordinateur·rice»), and the sender's parts would meet others."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return {w.lower() for w in _NAME_PART.findall(plain)}


def _person_words(display: str, address: str, lexicon: Lexicon) -> set[str]:
    """The sender's name as a person's: the people the display name names («Green Roots NGO» names none),
    and the address's own words (prenom.nom@…), not a function («contact@», «jobs@»)."""
    people = " ".join(find_entities(display, "PER")) if display else ""
    local = re.sub(r"[._+-]", " ", address.split("@")[0])
    return _folded_words(people) | (_folded_words(local) - {n.casefold() for n in lexicon.not_names})


def reads_like_a_cv(text: str, display: str, address: str, lexicon: Lexicon | None = None) -> bool:
    """The sender's name written in the document, or two lines that are only a CV's section headings."""
    lexicon = lexicon or load_lexicon()
    if _person_words(display, address, lexicon) & _folded_words(text):
        return True
    headings = (line.strip(" \t:•-–—").casefold() for line in text.splitlines())
    return sum(1 for line in headings if line in lexicon.cv_headings) >= 2


def own_resume_in_body(text: str, display: str) -> bool:
    """A résumé typed in a mail (section headings, periods) headed by the sender's own name («HUGO
    RASOLOFO» above «FORMATION» in Hugo Rasolofo's mail): the writer's own CV, its lines told of nobody
    the writer's facts, though no «je» says them. Both the sender's name parts must stand in the lines above
    its first section heading."""
    if not display or not reads_as_resume(text):
        return False
    lexicon = load_lexicon()
    wanted = _person_words(display, "", lexicon)
    head = "\n".join(text.split("\n")[:_HEAD_LINES])
    return len(wanted) >= 2 and wanted <= _folded_words(head)


_HEAD_LINES = 8  # a résumé's heading: the name stands in its first lines, above the sections
