"""A form's multiple-choice question laid out one choice per line, read as the person's answer.

Form builders' notifications (Typeform, Tally, Jotform…) often lay a multiple-choice field out as its
question on a line of its own, then one line per choice, each opening with its box:

    Votre situation :
    ☑ Je recherche un emploi dans l'ESS
    ☐ Je suis actuellement en stage

The ticked choices are the person's answer; the boxes left empty are the form's offer, which the person did
not take: «☐ Je suis actuellement en stage» states no internship, though its words say «je suis en stage».
`choices_answered` tells each such field on one line by its ticked choices alone («Votre situation : Je
recherche un emploi dans l'ESS»), as `forms.ticked_choices` does for a row of boxes on the label's line.
A person's own checklist whose items state absences («☐ pas en stage») is no choice among offers: an empty
box there denies its item (`forms.label_answer` reads it), so such a list is left as written.

A run of boxed lines with no question over it (the notification lists the choices right under another
field) is a choice made too when some of its boxes are ticked and some left empty: the ticked lines stay,
the empty ones state nothing. A run with every box empty, or every box ticked, is left as written (boxes
used as bullets, or the person's own list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.facts import WORD
from intake.understanding.forms import choice_box, join_after_label, offered_unanswered
from intake.understanding.lexicon import Meaning, load_meanings, read_table


@dataclass(frozen=True)
class _Patterns:
    box: re.Pattern[str]  # a box opening a choice's line (the cheap test: most mail holds none)
    field: re.Pattern[str]  # a question or label over two boxed lines or more
    run: re.Pattern[str]  # two boxed lines or more in a row with no question over them
    row: re.Pattern[str]  # a line opening on a box and holding another: its choices side by side
    choice: re.Pattern[str]  # one choice's line: its box and its words


@lru_cache(maxsize=4)
def _patterns(rules_dir: Path) -> _Patterns:
    """The boxes of marks.toml [choices] (the one table of them, forms.py's too) in a field's lines."""
    choices = read_table(rules_dir, "marks.toml")["choices"]
    ballot = "".join(re.escape(b) for b in choices["ballot_boxes"])
    # A box opening a choice's line: a bracket box, a box in parentheses or a ballot box, empty or ticked;
    # never a tick or a cross standing alone (a checklist's own marks, read by forms.label_answer).
    box = choice_box(rules_dir)
    # One choice's line: its box (maybe after a bullet), then its words.
    boxed = rf"[ \t]*(?:[-*•][ \t]*)?{box}[^\n]*"
    # One blank line between two boxed lines (a notification airing its choices out) keeps them one list, so
    # that the choice after it is not read as a sentence of its own: taken only when a boxed line follows.
    aired = rf"(?:[ \t]*\n(?={boxed}))?"
    # The question or label over the choices: a line of words ending at a colon or a question mark, no box in
    # it; then two choices or more, each on its own line opening with its box.
    field = (
        rf"^(?P<label>[ \t]*[^\W\d_][^\n\[\]{ballot}]{{1,160}}?[ \t]*[:?])[ \t]*\n"
        rf"(?P<choices>(?:{boxed}(?:\n{aired})?){{2,}})"
    )
    return _Patterns(
        box=re.compile(box),
        field=re.compile(field, re.MULTILINE),
        # Two boxed lines or more in a row, the first at a line's start (what `field` left: no question over).
        run=re.compile(rf"^(?:{boxed}(?:\n{aired}|$)){{2,}}", re.MULTILINE),
        row=re.compile(rf"^[ \t]*(?:[-*•][ \t]*)?{box}[^\n]*?{box}[^\n]*$", re.MULTILINE),
        choice=re.compile(rf"^[ \t]*(?:[-*•][ \t]*)?(?P<box>{box})[ \t]*(?P<choice>[^\n]*)$", re.MULTILINE),
    )


def choices_answered(text: str) -> str:
    """`text` with each multiple-choice field laid out one choice per line told on its label's line by its
    ticked choices alone («Avez-vous terminé vos études ?» over «☐ Oui» and «☑ Non, en formation» is
    «Avez-vous terminé vos études ? Non, en formation»). A field with no box ticked keeps its label only, or
    both answers offered when it is a yes/no («Oui / Non», `forms.offered_unanswered`: its criterion open);
    a list whose choices state an absence («☐ pas de stage») is left as written.
    Invariant: text holding no box is returned unchanged."""
    patterns = _patterns(resources.rules_dir())
    if not patterns.box.search(text):
        return text  # the cheap test first: most mail holds no box
    text = patterns.row.sub(_row_answered, text)
    return patterns.run.sub(_run_answered, patterns.field.sub(_answered, text))


def _row_answered(row: re.Match[str]) -> str:
    """A line of choices side by side, each after its box («☒ J'ai terminé mes études   ☐ Je suis encore
    étudiant·e»): when some boxes are ticked and some left empty, the line says the ticked choices alone — an
    empty box's words are the form's offer, not the person's statement. A row of absences («☐ pas de stage»),
    all ticked or none is left as written, as a run of boxed lines is."""
    meanings = load_meanings()
    box = _patterns(resources.rules_dir()).box
    parts = box.split(row.group(0))
    boxes = [re.sub(r"\s", "", b.group(0)).lower() for b in box.finditer(row.group(0))]
    choices = [c.strip() for c in parts[1:]]
    if any(_states_an_absence(c, meanings) for c in choices):
        return row.group(0)
    ticked = [b in meanings["mark_yes"].lemmas for b in boxes]
    if all(ticked) or not any(ticked):
        return row.group(0)
    kept = [c for c, t in zip(choices, ticked, strict=True) if t and c]
    return parts[0] + " ; ".join(kept)


def _answered(field: re.Match[str]) -> str:
    meanings = load_meanings()
    choice = _patterns(resources.rules_dir()).choice
    choices = [c for c in choice.finditer(field.group("choices")) if c.group("choice").strip()]
    if any(_states_an_absence(c.group("choice"), meanings) for c in choices):
        return field.group(0)  # «☐ pas de stage»: a checklist of absences, its empty boxes deny
    yes = meanings["mark_yes"].lemmas
    ticked = [c.group("choice").strip() for c in choices if re.sub(r"\s", "", c.group("box")).lower() in yes]
    if len(ticked) == len(choices):
        return field.group(0)  # every box ticked: a list of the person's own items, no choice made
    ending = "\n" if field.group(0).endswith("\n") else ""
    told = join_after_label(ticked) or offered_unanswered([c.group("choice").strip() for c in choices])
    return f"{field.group('label')} {told}".rstrip() + ending


def _run_answered(run: re.Match[str]) -> str:
    """A run of boxed lines with no question over it: when some boxes are ticked and some left empty, the
    ticked choices stay (one per line, their box dropped) and the empty ones become blank lines."""
    meanings = load_meanings()
    choice = _patterns(resources.rules_dir()).choice
    choices = [c for c in choice.finditer(run.group(0)) if c.group("choice").strip()]
    if any(_states_an_absence(c.group("choice"), meanings) for c in choices):
        return run.group(0)
    yes = meanings["mark_yes"].lemmas
    ticked = [re.sub(r"\s", "", c.group("box")).lower() in yes for c in choices]
    if all(ticked) or not any(ticked):
        return run.group(0)  # boxes as bullets, or the person's own list: no choice among offers
    lines = [c.group("choice").strip() if t else "" for c, t in zip(choices, ticked, strict=True)]
    return "\n".join(lines) + ("\n" if run.group(0).endswith("\n") else "")


def _states_an_absence(choice: str, meanings: dict[str, Meaning]) -> bool:
    """A choice naming an absence («pas de stage», "no internship"), not a yes/no question's answer opening
    on its «Oui» or «Non» («Non, je suis encore en formation» is the «Non» chosen)."""
    lowered = choice.casefold().replace("’", "'")
    words = WORD.findall(lowered)
    answers = meanings["answer_yes"].lemmas | meanings["answer_no"].lemmas
    if not words or (words[0] in answers and _ANSWER_ALONE.match(lowered)):
        return False  # «Non», «Non, je suis encore en formation»: the answer word stands alone
    return bool(set(words) & meanings["label_negation"].lemmas)


# A choice opening on its answer word, then a pause or nothing: «Non», «Oui, depuis juin», "No."
_ANSWER_ALONE = re.compile(r"\W*\w+\s*(?:[,.;:!()—–-]|$)")
