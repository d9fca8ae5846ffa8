"""A first mail that answers the programme's criteria one by one: the writer's own facts laid out as answers,
not told in sentences.

Someone with the call in front of them answers it point by point, without «je»: a label naming a criterion and
its value («Niveau d'études : BTS»), a question of the call and its answer («Études terminées ? Oui.»), a
numbered answer to the call's numbered conditions («2 : juin 2025», «3. Oui, terminées»), a table row
(«Stage / service civique | non»), or a line written under a quoted condition («> … bac+2 minimum ;» then
«Licence de géographie.»). Each such unit is an answer to a criterion; several of them are an applicant's
facts, the content of an application (classify.py). Which way each answer goes (met or not) is read elsewhere
(forms.py, the criteria's readers): here only whether the writer answers.

A condition stated is no answer: a numbered item opening on an infinitive («Être titulaire…», «Ne pas être en
stage») is the call's own list; a value that only lists options in brackets («(stage, emploi, recherche)») is
a blank form's; a quoted condition with nothing written under it is the call, quoted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from intake.understanding.aim import AIM_FIELD_SAID
from intake.understanding.aim_fragment import names_without_a_predicate
from intake.understanding.dates import find_dates, month_number
from intake.understanding.forms import answer_arrow, mark_sign, opens_with_an_answer
from intake.understanding.lexicon import LETTER_RUN, Lexicon, Meaning, load_meanings
from intake.understanding.situation_time import find_mention_starts

# Units of answers that make an application: one or two lines of a form may be a signature's or a question's.
ANSWERS_OF_AN_APPLICATION = 3


@dataclass(frozen=True)
class Answered:
    """One criterion answered: what was asked (a label, a question, a number, a quoted condition) and the
    writer's answer, both as written."""

    asked: str
    answer: str
    written: str = ""  # the answer's whole line as written, when it opens on an arrow, a bullet, «Réponse :»

    def describe(self) -> str:
        return f"{self.asked.strip()[:50]} → {self.answer.strip()[:50]}"


_QUOTED = re.compile(r"^\s*>+\s?(.*)$")
_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.):-]?\s*[.):\-–]\s*(\S.*)$")
_BULLET = re.compile(r"^\s*[-•·▪–—*]+\s*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LABEL_WORDS = 8  # a label or a question of a form is short; a longer text before a colon is a sentence
_ANSWER_WORDS = 30  # an answer beyond this length is a letter's paragraph
_QUESTION_WORDS = 20  # a question of a form alone on its line, however long, is one sentence
_QUESTIONS_OF_A_QUESTIONNAIRE = 2  # questions alone on their line, each answered under it
# The situations a numbered answer may state rather than name a post sought («en stage à la mairie»).
_STATES = ("internship", "service_civique", "studying")
# Marks framing a question copied from a form: quotes, emphasis.
_FRAMING = "«»\"“”„*_ \u00a0\u202f"
# Openings of a condition stated (the call's own list), not answered: an infinitive of being or having,
# or a negation before one («Ne pas être…», "Not be…"); other infinitives are read by their ending.
_CONDITION_OPENINGS = frozenset({"être", "etre", "avoir", "ne", "n'", "n’", "be", "have", "hold", "must"})
_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in LETTER_RUN.findall(text)]


def _names_criterion(text: str, m: dict[str, Meaning]) -> bool:
    criterion = m["criterion"]
    return criterion.phrased_in(text) or any(criterion.holds(w) for w in _words(text))


def _asks_a_criterion(asked: str, m: dict[str, Meaning]) -> bool:
    """What is asked names a criterion, or asks what the writer seeks («Quel poste recherchez-vous ?», "What
    job are you looking for?"): the criterion of a search in the ESS, asked of its reader."""
    asked_of_search = asked.rstrip().endswith("?") and any(m["search"].holds(w) for w in _words(asked))
    return _names_criterion(asked, m) or asked_of_search


def _is_diploma(text: str, lexicon: Lexicon) -> re.Match[str] | None:
    return next((hit for d in lexicon.diplomas if (hit := d.pattern.search(text))), None)


def _opens_an_answer(value: str, m: dict[str, Meaning]) -> bool:
    """A yes, a no or another short answer's opening («Ni l'un ni l'autre», «Presque»), or a mark."""
    words = _words(value)
    first = words[0] if words else ""
    opening = any(first in m[name].lemmas for name in ("answer_yes", "answer_no", "answer_short"))
    return opening or mark_sign().match(value.strip()) is not None


def _states_a_condition(item: str, lexicon: Lexicon) -> bool:
    """An item of the call's own list: it opens on an infinitive («Être titulaire…», «Rechercher un emploi»,
    «Ne pas être en stage»), unless that word opens a diploma's name («Master 2…»)."""
    words = _words(item)
    if not words:
        return False  # a number or a date alone («2 : 2026») answers
    first = words[0]
    hit = _is_diploma(item, lexicon)
    if hit is not None and hit.start() == 0:
        return False
    return first in _CONDITION_OPENINGS or (first.endswith(_INFINITIVE_ENDINGS) and len(first) > 4)


def _is_answer(value: str) -> bool:
    """A value that answers: said shortly, not a list of options in brackets, not a question back."""
    value = value.strip()
    words = _words(value)
    if not words or len(words) > _ANSWER_WORDS or value.endswith("?"):
        return False
    return not (value.startswith("(") and value.rstrip(".").endswith(")"))


def _tells_a_fact(value: str, lexicon: Lexicon, m: dict[str, Meaning]) -> bool:
    """A numbered item holding an answer: a yes or a no, a date, a diploma, or a criterion named."""
    dated = _YEAR.search(value) is not None or bool(find_dates(value))
    named = _names_criterion(value, m) or _is_diploma(value, lexicon) is not None
    return _opens_an_answer(value, m) or dated or named


def _labelled(line: str) -> tuple[str, str] | None:
    """A line cut into what is asked and its answer: «Label : value», «Question ? Answer», «cell | cell»,
    «Label → value» (an arrow where the colon would stand)."""
    line = _BULLET.sub("", line).strip()
    cells = [c.strip() for c in re.split(r"\s*[|\t]\s*", line) if c.strip()]
    if len(cells) >= 2:
        return cells[0], " | ".join(cells[1:])
    arrow = answer_arrow().search(line)
    for mark in ("?", ":", arrow.group() if arrow else None):
        asked, found, answer = line.partition(mark) if mark else (line, "", "")
        if found and asked.strip() and answer.strip() and len(_words(asked)) <= _LABEL_WORDS:
            return asked, answer
    return None


def _questions_on(line: str) -> Iterator[tuple[str, str]]:
    """Every «question ? answer» of a line, also several on one («En stage ? Non. Reconversion ? Non.»)."""
    parts = line.split("?")
    asked = parts[0]
    for i, part in enumerate(parts[1:], start=1):
        answer, next_asked = part, ""
        if i < len(parts) - 1:
            cut = max(part.rfind(". "), part.rfind("! "))
            answer, next_asked = (part[: cut + 1], part[cut + 1 :]) if cut >= 0 else ("", part)
        if answer.strip():
            yield asked, answer
        asked = next_asked


def _line_units(line: str, lexicon: Lexicon, m: dict[str, Meaning]) -> Iterator[Answered]:
    numbered = _NUMBERED.match(line)
    if numbered is not None:
        item = numbered.group(2)
        if not _states_a_condition(item, lexicon) and _tells_a_fact(item, lexicon, m):
            yield Answered(numbered.group(1), item)
        return
    pairs = list(_questions_on(_BULLET.sub("", line))) if "?" in line else []
    if not pairs:
        cut = _labelled(line)
        pairs = [cut] if cut is not None else []
    for asked, answer in pairs:
        if len(_words(asked)) <= _LABEL_WORDS and _names_criterion(asked, m) and _is_answer(answer):
            yield Answered(asked, answer)


def _under_quotes(lines: list[str], m: dict[str, Meaning]) -> Iterator[Answered]:
    """A line of the writer's right under a quoted condition: their answer to it. A questionnaire copied
    without quote marks is quoted by its shape (`_questions_laid_out`)."""
    quoted = ""
    laid_out = _questions_laid_out(lines)
    for i, line in enumerate(lines):
        q = _QUOTED.match(line)
        if q is not None or i in laid_out:
            asked = q.group(1) if q is not None else laid_out[i]
            quoted = asked if asked.strip() else quoted
        elif line.strip():
            if quoted and _asks_a_criterion(quoted, m):
                yield Answered(quoted, _answer_said(line), line.strip())
            quoted = ""


def _answer_said(line: str) -> str:
    """An answer line without what only opens it: an arrow, a bullet, a label saying «answer» («→ Master 2»,
    «- Non concerné», «Réponse : BTS» say «Master 2», «Non concerné», «BTS»)."""
    answer = line.strip()
    arrow = answer_arrow().match(answer)
    answer = _BULLET.sub("", answer[arrow.end() :] if arrow else answer).strip()
    label, colon, rest = answer.partition(":")
    words = _words(label)
    if colon and len(words) == 1 and words[0] in load_meanings()["answer_label"].lemmas:
        return rest.strip()
    return answer


def _asked_alone(line: str) -> str | None:
    """A line that is a question and nothing else («Avez-vous terminé vos études ?», «« Depuis quand êtes-vous
    diplômé(e) ? »», "**Current situation?**"), as asked, without the marks framing it; else None."""
    asked = line.strip().strip(_FRAMING).strip()
    if not asked.endswith("?") or "?" in asked[:-1] or not 2 <= len(_words(asked)) <= _QUESTION_WORDS:
        return None
    return asked


def _questions_laid_out(lines: list[str]) -> dict[int, str]:
    """The questions of a questionnaire copied without quote marks, by line: a line that is only a question,
    the next written line its answer (not a question back, not a letter's paragraph). One such pair may be
    a writer's own question followed by their next sentence; several in a row are a questionnaire answered
    point by point, read as if quoted."""
    found: dict[int, str] = {}
    written = [i for i, line in enumerate(lines) if line.strip() and _QUOTED.match(line) is None]
    for at, after in pairwise(written):
        asked, under = _asked_alone(lines[at]), lines[after]
        if asked is not None and _asked_alone(under) is None and _is_answer(_answer_said(under)):
            found[at] = asked
    return found if len(found) >= _QUESTIONS_OF_A_QUESTIONNAIRE else {}


def criteria_answers(text: str, lexicon: Lexicon, rules_dir: Path | None = None) -> list[Answered]:
    """The writer's answers to the programme's criteria in `text` (a first mail's own text, quotes kept: a
    line under a quoted condition answers it), in order."""
    m = load_meanings(rules_dir)
    lines = text.replace("\r\n", "\n").split("\n")
    found = list(_under_quotes(lines, m))
    for line in lines:
        if _QUOTED.match(line) is None:
            found.extend(_line_units(line, lexicon, m))
    return found


def answers_the_call(text: str, lexicon: Lexicon, rules_dir: Path | None = None) -> list[Answered]:
    """The answers when there are enough of them to be an application's content, else []."""
    found = criteria_answers(text, lexicon, rules_dir)
    return found if len(found) >= ANSWERS_OF_AN_APPLICATION else []


def numbered_answers_put(own: str, lexicon: Lexicon, rules_dir: Path | None = None) -> str:
    """`own` with numbered answers given without their questions («1. BTS …», «2. juin 2025», «4. chargée
    d'accueil dans une ressourcerie») said with the meaning their place and shape give them, as
    `quoted_questions_put` says an answer with its question: a date alone numbered right after a diploma is
    when that diploma was obtained (said on its line: «1. BTS …, juin 2025»); an answer without a verb naming
    a structure of the ESS is the post sought there (said as the aim's field). Only in a list of answers
    (`answers_the_call`'s count); a numbered item opening on a yes or a no, a label or a condition is left."""
    lines = own.split("\n")
    items = [(i, hit) for i, line in enumerate(lines) if (hit := _NUMBERED.match(line)) is not None]
    items_at = dict(items)
    m = load_meanings(rules_dir)
    posts = {i for i, hit in items if _names_a_post_in_the_ess(hit.group(2), lexicon, m)}
    answers = [i for i, hit in items if i in posts or _answers_by_number(hit.group(2), lexicon, m)]
    if len(answers) < ANSWERS_OF_AN_APPLICATION:
        return own
    revisited = _numbers_referred(lines, items_at, m)
    for (i, above), (j, under) in pairwise(items):
        following = int(under.group(1)) == int(above.group(1)) + 1 and under.group(1) not in revisited
        if following and _is_diploma(above.group(2), lexicon) and _is_a_date_alone(under.group(2)):
            lines[i], lines[j] = f"{lines[i].rstrip()}, {under.group(2).strip()}", ""
    for i in posts:
        lines[i] = f"{AIM_FIELD_SAID}{items_at[i].group(2).strip()}"
    return "\n".join(lines)


def _numbers_referred(
    lines: list[str], items_at: dict[int, re.Match[str]], m: dict[str, Meaning]
) -> set[str]:
    """The numbers of the answers a line outside the list points back to («Pardon pour le 2) : c'est juin
    2024», "About no. 3: it ended"): an answer revisited is read as the writer puts it right, not by its
    place."""
    referred = set()
    for i, line in enumerate(lines):
        if i in items_at:
            continue
        for hit in re.finditer(r"(\S+)\s*(\d{1,2})\b", line.casefold()):
            word = hit.group(1).strip("(«\"'")
            if word in m["number_referred"].lemmas and not _YEAR.fullmatch(hit.group(2)):
                referred.add(hit.group(2))
    return referred


def _answers_by_number(item: str, lexicon: Lexicon, m: dict[str, Meaning]) -> bool:
    return not _states_a_condition(item, lexicon) and _tells_a_fact(item, lexicon, m)


def _is_a_date_alone(value: str) -> bool:
    """A value that is a date and nothing else: «2025», «juin 2025», «2026 (juin)», "May 2024". Its month is
    any name the dates read (`dates.month_number`: the months of intake/months.py, short forms included)."""
    if _YEAR.search(value) is None:
        return False
    return all(month_number(w) is not None for w in _words(_YEAR.sub(" ", value)))


def _names_a_post_in_the_ess(item: str, lexicon: Lexicon, m: dict[str, Meaning]) -> bool:
    """A numbered answer naming a post in a structure of the ESS, said without a predicate («chargé de
    développement dans une SCOP»): the post sought, its question unsaid. Not a state («en stage dans une
    ressourcerie» opens on a preposition, names a situation), a date, a diploma, a yes or a no, a label.
    Read only on a line naming the ESS (the parse is costly)."""
    ess = lexicon.ess_names is not None and lexicon.ess_names.search(item) is not None
    if not ess or ":" in item or _YEAR.search(item) or _opens_an_answer(item, m):
        return False
    if _is_diploma(item, lexicon):
        return False
    states = [lexicon.situations[name] for name in _STATES if name in lexicon.situations]
    if any(find_mention_starts(item, situation) for situation in states):
        return False
    words = _words(item)
    return bool(words) and words[0] not in m["preposition_opening"].lemmas and names_without_a_predicate(item)


def quoted_questions_put(text: str, own: str, rules_dir: Path | None = None) -> str:
    """`own` (the writer's lines of `text`, quotes left out) with each line that answers a quoted question
    of the call naming a criterion («> Projet professionnel ?» over «Chargée de vie associative dans une
    fédération sportive.») said as that question's field: «Projet professionnel : Chargée de vie
    associative…». The answer takes its meaning from the question it is written under, as a form's value
    from its label; a quoted statement («> Les stages ne sont pas acceptés.») is no question, and a line
    already saying its own fact in a sentence is left as written. A yes or a no («Non, ni l'un ni l'autre.»)
    stays the question's answer («Êtes-vous en stage ou en service civique ? Non, …»): a question too long
    for a field's label is still what the no answers, and its negation is read as asked (forms.py)."""
    for question, written, line in _questions_to_put(text, rules_dir):
        if written in own:
            label = question.rstrip(" ?").strip()
            said = f"{question} {line}" if opens_with_an_answer(line, rules_dir) else f"{label} : {line}"
            own = _without_question_line(own.replace(written, said, 1), question)
    return own


def _without_question_line(own: str, question: str) -> str:
    """`own` without the line standing for `question` alone (a questionnaire copied without quote marks):
    the question is the call's, put with its answer, not the writer's words (a quoted one is gone already)."""
    lines = own.split("\n")
    at = next((i for i, line in enumerate(lines) if _asked_alone(line) == question), None)
    return own if at is None else "\n".join(lines[:at] + lines[at + 1 :])


def questions_put(text: str, rules_dir: Path | None = None) -> list[str]:
    """Our quoted questions whose answers `quoted_questions_put` says with them, as quoted («> Êtes-vous
    actuellement en stage ?» over «C'est compliqué…»): asked by us, no claim of the writer's — the answer
    carries its question where the writer's words are read."""
    return [question for question, _, _ in _questions_to_put(text, rules_dir)]


def _questions_to_put(text: str, rules_dir: Path | None) -> Iterator[tuple[str, str, str]]:
    """(a quoted question of the call naming a criterion, the writer's answer line under it as written, the
    answer it says), for each short question whose answer is no field of its own."""
    m = load_meanings(rules_dir)
    for unit in _under_quotes(text.replace("\r\n", "\n").split("\n"), m):
        question, line = unit.asked.strip(), unit.answer.strip()
        label = question.rstrip(" ?").strip()
        if question.endswith("?") and len(_words(label)) <= _LABEL_WORDS and ":" not in line and line:
            yield question, unit.written or line, line
