"""A question on one of the coaching's sittings, asked by someone who takes part: «Pour l'atelier CV de jeudi
avec la coach, faut-il apporter un ordinateur ?», "Does tomorrow's workshop still start at 9.30?".

Reads the questions of a mail that no rule before took for an application (classify.py's Question rule): a
sentence asked of the reader that names a sitting of the programme ([cohort_session]: «atelier», «séance»,
"workshop") as one known — a definite or own determiner before it («l'atelier», «la séance», «notre
simulation», "the workshop", "our session") — and places it on a day ([session_day]: «de jeudi», «lundi»,
"tomorrow") or with the coach ([session_coach]: «avec la coach»). A participant asks the programme how its
own sitting goes: a question on the programme, though none of its words names the programme.

Invariant: an indefinite sitting («un atelier que nous pourrions animer», "a workshop") or one with no day nor
coach is not read; a statement names no question.
"""

from __future__ import annotations

import re

from intake.understanding.lexicon import load_meanings
from intake.understanding.signals import split_asked

_WORD = re.compile(r"\w+['’]|[\w-]+")  # «l'atelier»: «l'», «atelier»
_DETERMINER_REACH = (
    2  # words before the sitting: «l' | atelier», «la | prochaine | séance», "our | next | session"
)


def session_asked(body: str) -> str | None:
    """The first question of `body` on a known sitting of the coaching, else None."""
    if "?" not in body:
        return None
    m = load_meanings()
    session, days, coach = m["cohort_session"], m["session_day"].lemmas, m["session_coach"].lemmas
    known = m["article_definite"].lemmas | m["possessive_mine"].lemmas | m["our_possessive"].lemmas
    for sentence in split_asked(body):
        if not sentence.rstrip().endswith("?"):
            continue
        words = [w.lower().replace("’", "'") for w in _WORD.findall(sentence)]
        named = [
            i
            for i, w in enumerate(words)
            if session.holds(w) and set(words[max(0, i - _DETERMINER_REACH) : i]) & known
        ]
        if named and set(words) & (days | coach):
            return sentence
    return None
