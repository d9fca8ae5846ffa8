"""An aim put off: «si ça ne marche pas, j'aimerais travailler un jour dans une fondation», «un poste dans une
association, un jour, pourquoi pas, mais pas tout de suite», "one day I'd like to work for a charity".

The programme admits people looking for a job in the ESS now. An ESS aim told as a wish for an undated later
(meanings.toml `put_off`) is no search now: when every ESS aim of the mail is put off so, the ESS search is
not met (aim.py keeps it apart, situation.py settles it). Invariants: a sentence with a search act in it
(«je cherche», «je postule», "I'm applying": meanings.toml `search`) is a search now whatever else it puts
off; a rhythm («un jour par semaine») or a day dated («un jour de novembre») puts nothing off; any ESS aim
told without such a time keeps the search met."""

from __future__ import annotations

import re

from intake.understanding.lexicon import WORD_RUN, load_meanings

# «un jour» as a rhythm or a date, not an undated later: «un jour par semaine», «un jour sur deux», «un jour
# de novembre», «un jour ou deux».
_NOT_LATER = re.compile(
    r"\bun jour\s+(?:par|sur|de|d['’]|ou|et|dans la semaine|off)\b|\bone day\s+(?:a|per|of|or|off)\b",
    re.IGNORECASE,
)

PUT_OFF = "Emploi dans l'ESS souhaité pour plus tard, pas recherché maintenant"


def put_off_to_later(unit: str) -> bool:
    """The sentence `unit` tells its aim for an undated later and holds no search act of now."""
    meanings = load_meanings()
    lowered = _NOT_LATER.sub(" ", unit.lower().replace("’", "'"))
    if not meanings["put_off"].phrased_in(lowered):
        return False
    search = meanings["search"]
    return not any(search.holds(w) for w in WORD_RUN.findall(lowered))
