"""A partner's question on whom the programme takes, asked for the people it serves.

Reads the questions of a mail written from an organisation (a school, a Mission locale, an association of
exiles or of foreign students, a careers office: classify.py's partner words) for one that asks where the
programme's bar stands for people: what joining requires or whom the programme admits (the `need`, `admits`
and `admission_asked` meanings: «faut-il un diplôme français ?», «un bac+2 est-il suffisant ?», «le programme
est-il ouvert aux personnes réfugiées ?», "do candidates need a comparability statement?") said of people
(`people_served`), or of a thing while the mail names its own public («nos étudiants», "our members"); or
whether such people can join («un jeune en service civique peut-il candidater… ?», "can someone join while
still abroad?"). Such a partner asks a question for its public — it offers nothing, and applies for nobody.
An invitation («pourriez-vous présenter Pro'pulse à nos étudiants ?», "could someone visit us?") asks a
favour: no bar asked, no question of this kind.
"""

from __future__ import annotations

from intake.understanding.lexicon import load_meanings
from intake.understanding.signals import read_sentences

# The modal of a question asking whether people may join («peut-il candidater ?», "can they apply?"); the
# second person («pourriez-vous…») asks the reader a favour, so it is not among them.
_CAN = frozenset({"peut", "peuvent", "pourrait", "pourraient", "peut-il", "peut-elle", "can", "could", "may"})


def asked_for_a_public(body: str, subject: str, public_named: bool) -> str | None:
    """The first question of `subject` and `body` that asks the programme's bar for people (named in it, or
    the mail's own public when `public_named`: «nos étudiants» beside «un bac+2 est-il suffisant ?»), or
    whether such people can join; None when none does."""
    m = load_meanings()
    for s in read_sentences("\n".join(x for x in (subject, body) if x.strip())):
        if not s.is_question:
            continue
        bar = s.has(m["need"]) or s.has(m["admits"]) or s.has(m["admission_asked"])
        people = bool(s.words & m["people_served"].lemmas)
        may_join = people and bool(s.words & _CAN) and s.has(m["join"])
        if (bar and (people or public_named)) or may_join:
            return s.text
    return None
