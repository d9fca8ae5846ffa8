"""The classes of a course told finished («l'an dernier j'ai fini mes cours de M2», "I finished the classes of
my MSc") say the teaching over, not the diploma awarded: a thesis, an internship or the jury may remain. The
diploma so named is neither had nor followed now, and whether the studies are over is asked — unless the
sentence tells the award too («j'ai fini les cours de mon master en juin et obtenu le diplôme en septembre»).
The words are meanings.toml's: [complete] for the finishing verb, [course_sessions] for the classes,
[classes_of] between them, [obtain] for the award."""

from __future__ import annotations

import re

from intake.understanding.lexicon import load_meanings

_WORD = re.compile(r"[\w]+'?|'", re.UNICODE)


def classes_only_finished(unit: str, at: int) -> bool:
    """The diploma named at `at` in `unit` is the complement of classes told finished («fini mes cours de
    M2»), and the sentence tells no award of it («obtenu», «validé», "passed")."""
    meanings = load_meanings()
    links = meanings["classes_of"]
    words = [w.lower().replace("’", "'") for w in _WORD.findall(unit[max(0, at - 80) : at])]
    while words and links.holds(words[-1]):
        words.pop()
    if not words or not meanings["course_sessions"].holds(words[-1]):
        return False
    words.pop()
    while words and links.holds(words[-1]):
        words.pop()
    if not words or not meanings["complete"].holds(words[-1]):
        return False
    return not _award_told(unit)


def _award_told(unit: str) -> bool:
    """A word of getting the diploma that is not one of finishing («obtenu», «validé», «décroché»)."""
    meanings = load_meanings()
    obtain, complete = meanings["obtain"], meanings["complete"]
    said = (w.lower() for w in re.findall(r"\w+", unit))
    return any(obtain.holds(w) and not complete.holds(w) for w in said)
