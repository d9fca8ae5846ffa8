"""A French verb told done by its spelling: a past participle's ending («quitté», «arrêtée», «inscrite»).

Read from the word's ending, not from the parse: its readers (withdrawn.leaves_the_programme,
course_run.entered_lately and _writer_began_degree, surface's accents put back) read a sentence's plain words
with no parse of it, and the small model tags a participle standing alone («arrêtée», «démarré», «fini») as an
adjective or a preposition, with no VerbForm — its morphology would leave some out (situation_time reads a
parsed predicate's ending for that reason).
"""

from __future__ import annotations

# The first group's participle in its four agreements: «quitté», «quittée», «arrêtés», «arrêtées».
_FIRST_GROUP = ("é", "ée", "és", "ées")
# The second group's participle in «-i»: «fini», «finie», «remplis», «accomplies».
_IN_I = ("i", "ie", "is", "ies")
# A third group's participle in «-it»: «inscrit», «inscrite», «écrits», «introduites».
_IN_IT = ("it", "ite", "its", "ites")


def told_done(word: str, in_it: bool = False, in_i: bool = False) -> bool:
    """`word` (lower case) ends as a past participle of the first group («quitté», «arrêtée»), or, with
    `in_it`, of the third in «-it» too («inscrite»); an English "quit" or "submit" is left out without it.
    With `in_i`, of the second group in «-i» too («finie»): only where the word is known French (a parsed
    predicate), as an English "taxi" or "series" would end so."""
    endings = _FIRST_GROUP + (_IN_IT if in_it else ()) + (_IN_I if in_i else ())
    return word.endswith(endings)
