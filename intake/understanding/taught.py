"""A diploma named as the course someone teaches: «j'enseigne en BTS SP3S», «je suis intervenante en licence
pro», "I teach on an MSc". A teacher, a lecturer or a trainer who recommends a student or asks about the
programme names the course they teach in; that course is their students', not a diploma of the writer's — no
level, no date, no sign that the writer applies.

Read in the words (the same in French and English, and cheap): a teaching word (persons.toml
[teaching_role]) — or classes given («je donne des cours», "I give classes") —, then a word linking it to a
course ([course_link]), at most a determiner, then the diploma or the place.
"""

from __future__ import annotations

import re

from intake.understanding.lexicon import load_meanings

_WORDS_BEFORE = 4  # «enseigne | en | licence»; «teach | on | the | MSc»; «intervenante | en | L3»


def taught_at(text: str, start: int) -> bool:
    """The diploma named at character `start` of `text` is the course a teaching word before it teaches («je
    suis intervenante en licence pro», "I lecture in the BA"): no punctuation between, only a linking word and
    a determiner after the teaching word."""
    before = text[max(0, start - 60) : start]
    if re.search(r"[.;:!?()\n]", before.split(",")[-1]) is not None or before.rstrip().endswith(","):
        return False
    return teaches_before(re.findall(r"[\w-]+", before.lower()))  # «j'enseigne»: «j», «enseigne»


def teaches_before(words: list[str]) -> bool:
    """The words right before a diploma's (lower case, in order) end on a teaching word, a linking word and
    at most a determiner: «j'enseigne en», "lecturer on the"."""
    meanings = load_meanings()
    last = [w.replace("’", "'") for w in words[-_WORDS_BEFORE:]]
    # The articles (meanings.toml [article_definite], [article_indefinite]) but «des», left out as before:
    # «intervenante dans des licences» names no one course taught.
    articles = (meanings["article_definite"].lemmas | meanings["article_indefinite"].lemmas) - {"des"}
    while last and last[-1] in articles:
        last.pop()
    if len(last) < 2 or last[-1] not in meanings["course_link"].lemmas:
        return False
    # «je donne quelques cours à l'université», "I give classes at the college": classes given are taught.
    given = last[-2] in meanings["teaching"].lemmas and bool(_GIVING & set(words[-_GIVEN_REACH:]))
    return meanings["teaching_role"].holds(last[-2]) or given


# The verb of giving a class, as a teacher does («je donne des cours», "I give classes", «j'assure des TD»).
_GIVING = frozenset(
    {"donne", "donnais", "donner", "donné", "assure", "assurer", "dispense", "give", "gives", "giving"}
)
_GIVEN_REACH = 6  # words before the place: «donne | quelques | cours | à | l'», "give | some | classes | at"


def courses_taught(text: str, pattern: re.Pattern[str]) -> bool:
    """Every diploma `pattern` finds in `text` is a course taught there (`taught_at`): the text names no
    diploma of anyone's."""
    found = list(pattern.finditer(text))
    return bool(found) and all(taught_at(text, m.start()) for m in found)


def writer_teaches(unit: str) -> bool:
    """The writer says they teach («j'enseigne l'économie depuis 2003», «je suis aussi intervenante en licence
    pro», "I teach on the BA", "I'm a lecturer"): a teaching word within a few words after the writer as the
    subject (persons.toml [writer_word]), no punctuation between."""
    meanings = load_meanings()
    writer, role = meanings["writer_word"].lemmas, meanings["teaching_role"]
    for clause in re.split(r"[.;:!?()\n,]", unit.lower().replace("’", "'")):
        words = re.findall(r"[\w-]+'?", clause)
        for i, word in enumerate(words):
            if word in writer and any(role.holds(w) for w in words[i + 1 : i + 1 + _WORDS_BEFORE]):
                return True
    return False
