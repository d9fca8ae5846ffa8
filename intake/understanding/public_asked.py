"""A partner's question on whom the programme takes, asked for the people it serves.

Reads the questions of a mail written from an organisation (a school, a Mission locale, an association of
exiles or of foreign students, a careers office: classify.py's partner words) for one that asks where the
programme's bar stands for people: what joining requires or whom the programme admits (the `need`, `admits`
and `admission_asked` meanings: «faut-il un diplôme français ?», «un bac+2 est-il suffisant ?», «le programme
est-il ouvert aux personnes réfugiées ?», "do candidates need a comparability statement?") said of people
(`people_served`), or of a thing while the mail names its own public («nos étudiants», "our members"). Such
a partner asks a question for its public — it offers nothing, and applies for nobody. An invitation
(«pourriez-vous présenter Pro'pulse à nos étudiants ?», "would you be open to an exchange with our
students?") asks a favour (the `favour` meaning: its bar words are no criterion), and a bare
«nos étudiants peuvent-ils candidater ?» names no bar (test_classify.py keeps it other mail): neither is a
question of this kind.
"""

from __future__ import annotations

from intake.understanding.lexicon import load_meanings
from intake.understanding.signals import read_sentences


def asked_for_a_public(body: str, subject: str, public_named: bool) -> str | None:
    """The first question of `subject` and `body` that asks the programme's bar for people (named in it, or
    the mail's own public when `public_named`: «nos étudiants» beside «un bac+2 est-il suffisant ?»); None
    when none does."""
    m = load_meanings()
    for s in read_sentences("\n".join(x for x in (subject, body) if x.strip())):
        if not s.is_question or s.words & m["favour"].lemmas:
            continue  # «pourriez-vous diffuser…», "would you be open to an exchange?": a favour
        bar = s.has(m["need"]) or s.has(m["admits"]) or s.has(m["admission_asked"])
        people = bool(s.words & m["people_served"].lemmas)
        if bar and (people or public_named):
            return s.text
    return None
