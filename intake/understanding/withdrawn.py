"""An application taken back: «je retire ma candidature», «j'annule mon inscription», "I'd like to withdraw my
application". The words of applying are there, as the object of a verb that takes them back (meaning
`withdrawing`, a few words before): the writer makes no application and seeks nothing by them — a withdrawal
is other mail, its own reasons («j'ai été pris en CDI») told beside it.

Invariant: only words right after a verb of withdrawing are read as withdrawn; any other word is untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from intake.understanding.lexicon import load_meanings
from intake.understanding.told_done import told_done

_REACH = 3  # «je retire ma», "I withdraw my", «j'annule donc ma»: the verb, maybe an adverb, a possessive
_WORD = re.compile(r"[\w'’]+")


def withdrawn_at(text: str, start: int) -> bool:
    """The word at `start` of `text` is the object of a verb of withdrawing a few words before it."""
    before = [w.lower() for w in _WORD.findall(text[:start])][-_REACH:]
    return bool(set(before) & load_meanings()["withdrawing"].lemmas)


def only_withdrawn(words: list[str], holds: Callable[[str], bool]) -> bool:
    """Every word of `words` (a sentence's, in order) that `holds` (a meaning's test) is withdrawn, and
    there is one: «je retire ma candidature» seeks nothing."""
    withdrawing = load_meanings()["withdrawing"].lemmas
    hits = [i for i, w in enumerate(words) if holds(w)]
    return bool(hits) and all(set(words[max(0, i - _REACH) : i]) & withdrawing for i in hits)


def wishes_only_to_withdraw(words: list[str], holds: Callable[[str], bool]) -> bool:
    """Every wish of `words` that `holds` (the aim's test) is a wish to withdraw, a verb of withdrawing a few
    words after it («je voudrais retirer ma candidature», "I'd like to withdraw my application"): no aim."""
    withdrawing = load_meanings()["withdrawing"].lemmas
    wishes = [i for i, w in enumerate(words) if holds(w)]
    return bool(wishes) and all(set(words[i + 1 : i + 1 + _REACH]) & withdrawing for i in wishes)


def withdraws_applying(words: list[str], holds: Callable[[str], bool]) -> bool:
    """`words` (a sentence's, in order) take an application back: a word that `holds` (the search's test)
    is the object of a verb of withdrawing («je retire ma candidature : j'ai été embauchée» — the hire told
    beside it is the withdrawal's reason, no search)."""
    withdrawing = load_meanings()["withdrawing"].lemmas
    return any(holds(w) and set(words[max(0, i - _REACH) : i]) & withdrawing for i, w in enumerate(words))


def withdraws_applying_affirmed(words: list[str], holds: Callable[[str], bool]) -> bool:
    """`withdraws_applying`, the withdrawal not negated: no negation between the two words before its verb and
    the application words («je ne retire pas ma candidature», "I won't withdraw my application": kept)."""
    meanings = load_meanings()
    withdrawing, negation = meanings["withdrawing"].lemmas, meanings["negation_before_verb"].lemmas
    for i, w in enumerate(words):
        verbs = [j for j in range(max(0, i - _REACH), i) if words[j] in withdrawing]
        if holds(w) and verbs and not set(words[max(0, verbs[0] - 2) : i]) & negation:
            return True
    return False


def leaves_the_programme(words: list[str]) -> bool:
    """`words` (a sentence's, lower case, in order) tell the writer leaving the programme she follows: a verb
    of leaving not told done ([programme_leaving]: «je dois quitter le programme», «je vais arrêter
    l'accompagnement», "I have to leave the programme") or a coming no longer possible («je ne pourrai plus
    venir aux ateliers», "I can no longer attend the workshops"), the programme or one of its sittings
    ([programme_named], [cohort_session]) a few words after it. A participant's leaving is no application:
    what the sentence tells beside it is its reason.

    Invariants: a leaving told done («j'ai quitté le dispositif») is a past, maybe an applicant's; another's
    programme («l'accompagnement de la Mission locale», "the scheme of my town") is not ours; a denied
    leaving («je ne quitte pas le programme») leaves nothing."""
    meanings = load_meanings()
    leaving, coming = meanings["programme_leaving"], meanings["programme_coming"]
    ours = meanings["programme_named"].lemmas | meanings["cohort_session"].lemmas
    no_more, negation = meanings["no_more"], meanings["negation_before_verb"].lemmas
    for at, word in enumerate(words):
        if leaving.holds(word) and not told_done(word):
            if set(words[max(0, at - 2) : at]) & negation:
                continue
        elif not (coming.holds(word) and any(no_more.holds(w) for w in words[max(0, at - 2) : at])):
            continue
        for after in range(at + 1, min(len(words), at + 1 + _REACH + 1)):
            if words[after] in ours and not _anothers(words, after):
                return True
    return False


def programme_left(body: str) -> str | None:
    """The first sentence of `body` in which the writer leaves the programme (`leaves_the_programme`), or
    None: «Je vais arrêter l'accompagnement Pro'pulse : j'ai trouvé un CDI» is a participant's news,
    whoever sends it — a subject saying «Candidature» does not make it an application."""
    for sentence in _SENTENCE.finditer(body):
        words = [w.lower().replace("’", "'") for w in _ELIDED_WORD.findall(sentence.group())]
        if leaves_the_programme(words):
            return sentence.group().strip()
    return None


_SENTENCE = re.compile(r"[^.!?\n]+")
# A word, its elided article apart («l'», «d'») as the tagger cuts it, the programme's name whole
# («pro'pulse»): «arrêter l'accompagnement» → «arrêter», «l'», «accompagnement».
_ELIDED_WORD = re.compile(r"(?:qu|[cdjlmnst])['’](?=\w)|\w+(?:['’]\w+)*", re.IGNORECASE)


def _anothers(words: list[str], at: int) -> bool:
    """The programme word at `at` is another's: a «de …», "of …" after it naming someone else than us, not
    a day of its sittings ([session_day]: «les ateliers du jeudi»); [owner_preposition], [programme_ours]."""
    m = load_meanings()
    nxt = words[at + 1 : at + 3]
    ours = [m["programme_ours"], m["session_day"]]
    owned = any(meaning.holds(w) for meaning in ours for w in nxt[1:])
    return bool(nxt) and m["owner_preposition"].holds(nxt[0]) and not owned
