"""A job told found: «j'ai trouvé un CDD de 8 mois», «j'ai enfin trouvé un poste», "I've found a job".

Reads a sentence whose only words of searching (meanings.toml [search]) are «trouver», "find" told done: the
past participle or the English preterite ([search_ended]) right after its auxiliary or its subject and the
adverbs between ([finding_done]), a job its object a few words after ([job]), no negation before it. The
search it ended is over: a participant telling the programme the news («je commence le 16 novembre !»), or
someone taking their application back, tells no search — signals.py's `_searching` reads none there.

Invariant: a find denied or still awaited («je n'ai pas encore trouvé de poste», "I still haven't found a
job") and a find of something else («j'ai trouvé votre annonce») are untouched; so is any sentence where
another word of searching stands («j'ai trouvé un CDD, mais je cherche…»).
"""

from __future__ import annotations

from intake.understanding.lexicon import Meaning

_OBJECT_REACH = 4  # words from the verb to the job: «trouvé | un | premier | cdd», "found | a | new | job"
_BEFORE_REACH = 3  # words before the verb: «j' | ai | enfin | trouvé», "i | 've | finally | found"
_CLAUSE_MARKS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "—", "–"})


def only_found(words: list[str], meanings: dict[str, Meaning], searching: list[int]) -> bool:
    """Every word of searching of the sentence (`searching`: their places in `words`, lower case) is a find
    of a job told done, and there is one."""
    ended = meanings["search_ended"].lemmas
    if not searching or not all(words[i] in ended for i in searching):
        return False  # the cheap test: another word of searching, or none
    done, job = meanings["finding_done"].lemmas, meanings["job"]
    return all(
        any(w in done for w in words[max(0, i - _BEFORE_REACH) : i])
        and any(w in job.lemmas or w.startswith(job.stems) for w in words[i + 1 : i + 1 + _OBJECT_REACH])
        and not _denied_before(words, i, meanings["negation_before_find"])
        for i in searching
    )


def _denied_before(words: list[str], i: int, negation: Meaning) -> bool:
    """A negation (meanings.toml [negation_before_find]) stands in the clause of the find at `i`, before
    it («je n'ai toujours pas trouvé de travail»: the search runs); one of another clause («je ne peux plus
    venir, j'ai trouvé un poste») not."""
    start = max((j + 1 for j in range(i) if words[j] in _CLAUSE_MARKS), default=0)
    return bool(set(words[start:i]) & negation.lemmas)
