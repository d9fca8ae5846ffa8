"""Whose a phone number written in a mail is: the applicant's, or another person's given beside it — «si je
ne décroche pas, ma sœur Maëlys répond au 07…», «vous pouvez contacter ma tutrice, Mme Aubry, au 01…», "you
can also reach my mum on +44…", «mon ami Julien (06…) postule aussi» — while the writer's own is «pour me
joindre, c'est le 06…», «mon numéro : 06…», "the best number for me is…", or a signature's line.

contacts.py reads the numbers in text order and asks `own_first` to put the writer's before the others'.
Invariant: nothing is dropped — a number is only moved behind the writer's own ones, so a mail whose only
number is said with someone else still gives it (it may be a shared line: «on habite ensemble»), and a mail
naming nobody keeps its order. Whose is read in the stretch of the number's sentence before it (from the
previous number on): the nearest of a person named (a relative, a close person, a title, «il/elle», a first
name that the text gives to one of them: «ma sœur Mai…, Mai peut…») and of the writer's own words decides.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intake.understanding.echoes import OTHER_PERSONS, alternatives, echoes_table
from intake.understanding.facts import WORD, split_sentences
from intake.understanding.lexicon import load_meanings
from intake.understanding.owner import WRITER, owner_at

# What closes the sentence a number is said in: the stretch read never crosses it.
# A title's dot («M. Dupont») ends nothing; a paragraph ends everything (a mail's lines may be wrapped).
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?](?=\s)|\n\s*\n")
_WORD = re.compile(r"[\w][\w'’.-]*")
# The writer as a subject, which a search of their own is told with: «je cherche», "I'm looking".
_WRITER_SUBJECT = re.compile(r"(?i)(?<!\w)(?:je|j['’]|moi|i|i['’]m)(?!\w)")
# A capitalised word right after a person's noun names that person: «ma sœur Mai», «mon fils Idriss».
# A first name with the number in brackets after it, inside a sentence: «…, Manon (06 58…) a déjà trouvé».
_NAME_BRACKETED = re.compile(r"[^\s][ \t]+([A-ZÀ-Ö][a-zà-ÿ-]+)(?:\s+[A-ZÀ-Ö][\w-]+)?\s*\(\s*$")
_NAMED_AFTER = re.compile(r"(?i:\b([\w-]+))['’]?\s+([A-ZÀ-Ö][a-zà-ÿ-]+)")


class _Words:
    """echoes.toml's [contact] table with owner.py's persons, as sets of lower-case words and phrases."""

    def __init__(self) -> None:
        table = echoes_table()["contact"]
        meanings = load_meanings()
        self.persons = frozenset(table["persons"]).union(*(meanings[m].lemmas for m in OTHER_PERSONS))
        pronouns = meanings["other_one"].lemmas | meanings["other_people"].lemmas
        self.nouns = frozenset(w for w in self.persons if w not in pronouns)
        self.titles = frozenset(table["titles"])
        self.labels = frozenset(table["labels"])
        self.own = re.compile(rf"(?i)(?<!\w)(?:{alternatives(table['own'])})(?!\w)")


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words()


def own_first(text: str, found: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """contacts.py's numbers (position, as written, region), the writer's first and another person's last,
    each group in text order. Nothing is dropped."""
    if len(found) < 2:
        return found
    names = _others_names(text)
    theirs = [_anothers(text, start, found, names) for start, _, _ in found]
    return [n for n, t in zip(found, theirs, strict=True) if not t] + [
        n for n, t in zip(found, theirs, strict=True) if t
    ]



def theirs_first(text: str, found: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """`own_first` the other way round, for a referral's note, whose writer is not the applicant: the numbers
    said as another person's («son portable : 07 …», «ses coordonnées : …, 06 …») come before the writer's
    own («Moi, vous pouvez m'appeler au 06 …», «les miennes : 02 …»). Nothing is dropped."""
    if len(found) < 2:
        return found
    names = _others_names(text)
    theirs = [_anothers(text, start, found, names) for start, _, _ in found]
    return [n for n, t in zip(found, theirs, strict=True) if t] + [
        n for n, t in zip(found, theirs, strict=True) if not t
    ]

def said_as_anothers(text: str, start: int) -> bool:
    """The address or number at `start` of `text` is said as another person's («son mail : …», «le portable
    de mon frère : 06…», "her email is …"), as `own_first` reads a number."""
    return _anothers(text, start, [], _others_names(text))


def anothers_while_applying(text: str, start: int) -> bool:
    """The address or number at `start` of `text` is given as another person's («mon amie Salma Idrissi
    (salma.idrissi@…) postule aussi», "my mum's email is…"; read as `own_first` reads a number) while the
    writer tells their own job search: the writer is the applicant, that person is not. Without the
    writer's own search, the person is the one a referral presents («Son mail : rayan.b@…»): theirs. Only
    a person named by a noun or a name counts: «ses coordonnées», "he can be reached at" follow a referral,
    whose quoted «je cherche» is the presented person's own."""
    return _anothers(text, start, [], _others_names(text), nouns_only=True) and _searches_for_self(text)


def _searches_for_self(text: str) -> bool:
    """The writer tells their own job search: «je cherche un poste», "I'm looking for a job" — told, not asked
    («Peut-il candidater ?» may be read as the writer's by a parse that misses the inverted subject)."""
    search = load_meanings()["search"]
    for sentence in split_sentences(text):
        if sentence.rstrip().endswith("?") or not _WRITER_SUBJECT.search(sentence):
            continue  # «Il cherche un emploi»: a search said of nobody else may still be the presented one's
        for word in WORD.finditer(sentence):
            if search.holds(word.group()) and owner_at(sentence, word.start()) == WRITER:
                return True
    return False


def _others_names(text: str) -> frozenset[str]:
    """The first names the text gives to someone else: the capitalised word after a person's noun."""
    persons = _words().persons
    return frozenset(m.group(2) for m in _NAMED_AFTER.finditer(text) if m.group(1).lower() in persons)


def _anothers(
    text: str,
    start: int,
    found: list[tuple[int, str, str]],
    names: frozenset[str],
    *,
    nouns_only: bool = False,
) -> bool:
    """The number at `start` is said as another person's: in its sentence before it (from the previous
    number on), a person is named after the last of the writer's own words."""
    begin = max([0, *(m.end() for m in _SENTENCE_END.finditer(text, 0, start))])
    begin = max([begin, *(s + len(w) for s, w, _ in found if s + len(w) <= start)])
    stretch = text[begin:start]
    own = [m.end() for m in _words().own.finditer(stretch)]
    person = _last_person(stretch, names, nouns_only=nouns_only)
    bracketed = _NAME_BRACKETED.search(stretch)
    if bracketed and bracketed.group(1).lower() not in _words().labels:
        person = bracketed.start(1)
    return person is not None and person >= max(own, default=-1)


_ELIDED = frozenset({"l'", "d'"})  # an article or «de» elided before the noun


def _last_person(stretch: str, names: frozenset[str], *, nouns_only: bool = False) -> int | None:
    """Where the last person named in `stretch` is (a person's noun, «il/elle», a title, one of `names`, "my
    mum's"), or None."""
    words = _words()
    persons = words.nouns if nouns_only else words.persons
    last = None
    for word in _WORD.finditer(stretch):
        lowered = word.group().lower().replace("’", "'").removesuffix("'s").rstrip(".")
        lowered = lowered.split("'", 1)[1] if lowered[:2] in _ELIDED else lowered  # «l'accueil»: «accueil»
        if lowered in persons or word.group() in names or word.group().lower() in words.titles:
            last = word.start()
    return last
