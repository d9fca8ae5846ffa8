"""A word of studies told as what the programme requires, or asked of anyone, not as anyone's fact.

Reads the tokens between a verb of requirement said impersonally or of anyone («il faut», «il fallait être
diplômé», «il faudrait avoir terminé ses études», "you need to be a graduate", "one must have finished",
"applicants have to hold a degree") and a word of studies after it in the same sentence: with no word of the
writer's between (`first_person`), the word names the condition the writer reports or asks about («J'ai lu
qu'il fallait être « jeune diplômé »», «On m'a dit qu'il faut avoir fini ses études depuis moins de deux
ans») — nobody's education. So does an indirect question after a verb of knowing or asking («je ne sais pas
s'il y a une limite de date de diplôme», "I wonder whether a degree from abroad counts"). «Il fallait que je
finisse mon master», «je me demande si mon master compte» put the writer in it: theirs.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.understanding.lexicon import load_meanings

# The verb of requirement, in the forms a requirement told of anyone takes: «falloir» (impersonal only) and
# "need", "must", "have to" after a subject that is anyone («you», «one», «applicants»).
_IMPERSONAL = frozenset({"faut", "fallait", "faudra", "faudrait", "fallu", "faut-il", "fallait-il"})
_NEED = frozenset({"need", "needs", "must", "have", "has", "had", "required", "supposed"})
_ANYONE = frozenset({"you", "one", "applicants", "candidates", "participants", "people", "everyone", "they"})
# An indirect question: «si», "whether" right after a verb of knowing or asking («je ne sais pas s'il…»).
_WHETHER = frozenset({"si", "s'", "s’", "whether", "if"})
_KNOWING = frozenset({"sais", "savais", "savoir", "demande", "demandais", "know", "wonder", "wondering"})
# Words before «si»: «je ne sais pas | ce que cela recouvre, ni | s'il y a…», "I don't know whether".
_KNOWING_REACH = 10


def required_before(tokens: Sequence[str], i: int) -> bool:
    """The word at `i` of `tokens` (lower case) follows a requirement told of anyone or an indirect question,
    with no word of the writer's between them."""
    mine = load_meanings()["first_person"].lemmas
    for j in range(i - 1, -1, -1):
        word = tokens[j]
        if word in mine:
            return False
        impersonal = word in _IMPERSONAL and j > 0 and tokens[j - 1] in {"il", "qu'il", "qu’il", "s'il"}
        asked = word in _WHETHER and bool(_KNOWING & set(tokens[max(0, j - _KNOWING_REACH) : j]))
        of_anyone = word in _NEED and j > 0 and tokens[j - 1] in _ANYONE
        if impersonal or asked or of_anyone or word.startswith("faut-"):
            return True
    return False
