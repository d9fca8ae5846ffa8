"""An application word that is a form's title, read as the form named, not as anyone applying.

A form builder writes to the account that owns a form about that form — its usage, its limits, its
settings — naming it by its title after a label: «Formulaire le plus actif : Candidature Pro'pulse»,
"Form: Application 2027", «Questionnaire : Dossier de candidature». The application word there is the
form's name, no application of the writer's (the tool's) nor of anyone's; an application relayed by the
form tells its person's answers in other fields (forms.py, classify.py's DirectApplication).
"""

from __future__ import annotations

import re

# A label naming a form, closing at its colon right before the value: «Formulaire le plus actif :»,
# «Nom du formulaire :», "Form:", «Questionnaire :», "Survey name:".
# The label opens on the form's noun, or on «nom du», «titre du», "most active": a field's label, not a
# sentence of someone who filled a form in.
_FORM_LABEL = re.compile(
    r"^\W{0,3}(?:(?:nom|titre|intitulé)\s+du\s+|(?:your\s+)?(?:most\s+\w+\s+)?)"
    r"(?:formulaires?|questionnaires?|forms?|surveys?|sondages?)\b[^\n:]{0,30}:[ \t]*[«\"“]?[ \t]*$",
    re.IGNORECASE,
)


def names_a_form(text: str, start: int) -> bool:
    """The word at `start` opens the value of a field whose label names a form («Formulaire le plus actif :
    Candidature Pro'pulse»): the form's title. Invariant: only the value's first word, on the label's
    line; a sentence merely mentioning a form («j'ai rempli le formulaire : candidature envoyée») opens
    no label of a few words and is left to the other readers."""
    line_start = text.rfind("\n", 0, start) + 1
    return _FORM_LABEL.search(text[line_start:start]) is not None
