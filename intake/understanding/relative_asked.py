"""A relative told of, not presented: the writer asks the programme about its practicalities for a brother, a
daughter, a son («est-ce payant ?», «peut-il s'inscrire lui-même ?», "how long does it last?") and gives
neither the relative's name nor a diploma of theirs («ma sœur vient de finir ses études… c'est elle qui vous
écrira», "my son finished his studies last year and is looking for work"). Nobody is presented whose case
could be opened, and nothing is told to judge by: the writer inquires, and the relative will write (the
writer says so, or asks whether they may join themselves). A
relative named, presented by an act, told with a diploma, or whom the writer asks to enrol, makes an
application (classify.py's DirectApplication); the writer's own facts beside theirs do too."""

from __future__ import annotations

from intake.understanding.lexicon import Lexicon, load_meanings
from intake.understanding.signals import (
    Signal,
    is_programme_question,
    read_sentences,
    relative_named,
    speaks_of_a_relative,
)

# The signals that are facts told of someone (a referral only says that someone is spoken of).
_FACTS = frozenset({"job_search", "education", "situation"})


def read_relative_asked(signals: list[Signal], body: str, lexicon: Lexicon) -> str | None:
    """The question on the programme asked for an unnamed relative with no diploma told, or None. `signals`:
    the applicant signals of `body`, the writer's own text."""
    facts = [sig for sig in signals if sig.name != "referral"]
    if not facts or any(sig.name not in _FACTS or not speaks_of_a_relative(sig.evidence) for sig in facts):
        return None  # a wish to join, a CV, or a fact of the writer's own
    if relative_named(body) is not None or any(d.pattern.search(body) for d in lexicon.diplomas):
        return None
    return is_programme_question(body, "") if _left_to_them(body) else None


def _left_to_them(body: str) -> bool:
    """The relative is the one to write or to join, said or asked («c'est elle qui vous écrira», «peut-il
    s'inscrire lui-même ?», "she will write to you herself"): a sentence with a pronoun of the third person
    and a verb of joining or of writing. Without it, a parent asking how the programme runs for a son whose
    studies end soon tells his case (an application)."""
    m = load_meanings()
    acting = (m["join"], m["writing_for"])
    return any(
        s.words & m["third_person"].lemmas and any(meaning.holds(w) for w in s.words for meaning in acting)
        for s in read_sentences(body)
    )
