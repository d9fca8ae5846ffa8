"""A diploma dated by the act that awarded it, told in another clause of its own sentence (h-care, stop 49).

A State diploma of care or social work is not «obtained» on a day the writer picks: it is awarded when its
results are published (by the DREETS, the rectorat, the jury) or when the course that leads to it ends with
it. A writer tells that act and its date, and the diploma beside it: «la DREETS a publié les résultats le 3
juillet et j'ai mon DEES», «mon contrat d'apprentissage s'est terminé avec le diplôme, en juillet 2025»,
"the results came out on 3 July and I have my degree". The act's date — a day and a month with no year read
as the last such day, as `dates.last_yearless_month` reads it — is the graduation of the diploma nearest to
the act in the sentence. The course's last trial told passed is such an act too (n-school, stop 57):
«rattrapage validé le 11 janvier, j'ai enfin mon BTS» dates the BTS January's, the one behind us.

The diploma itself told awarded in a passive (s-hold, stop 56): «le diplôme m'a été confirmé hier», «mon BTS a
été validé la semaine dernière», "my degree was confirmed yesterday" — dated by the day after the verb, when
its subject is the diploma read (right before, in its clause) or a bare «le diplôme» and no other diploma
stands nearer.

Not an act to come or awaited («les résultats tomberont le 3 juillet», «j'attends les résultats du 10
décembre», "results are expected on"), nor one of another diploma named nearer the act.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.dates import MonthYear, find_dates, last_act_day, last_yearless_month
from intake.understanding.diploma_date import is_past
from intake.understanding.lexicon import loose_alternation, read_table

__all__ = ["award_date"]

@dataclass(frozen=True)
class _Words:
    act: re.Pattern[str]  # the act that awards a diploma, told done
    results: re.Pattern[str]  # of those, the results or their certificate, told out only in a past form
    not_done: re.Pattern[str]  # the act still to come, awaited or denied
    past: re.Pattern[str]  # results told out in a past form
    passive: re.Pattern[str]  # the diploma told awarded in a passive: «m'a été confirmé», "was awarded"
    bare_subject: re.Pattern[str]  # a bare diploma ending right before its passive: «le diplôme »


@lru_cache(maxsize=4)
def _words(rules_dir: Path) -> _Words:
    """awards.toml [act]: the act that awards a diploma — its results published or out, a course or a
    contract that ended with the diploma («s'est terminé avec le diplôme», «sanctionné par le DE», "the
    results came out") —, the words of an act still to come or awaited (no date of it dates anything done),
    and the past forms telling results out («a publié», «sont tombés», "were released": a present used for
    the future, "the results come out in January", tells nothing done)."""
    act = read_table(rules_dir, "awards.toml")["act"]
    alt = loose_alternation
    # «l'» opens the diploma's name right after it, any other determiner after a space.
    determiners = rf"(?:(?:{alt(act['ended_by_determiners'])})(?:(?<=['’])|(?<!['’])\s+))?"
    # The diploma's name may go on («diplômes»); its capitals end a word.
    diploma = rf"(?:{alt(act['diploma'])}|(?-i:{alt(act['diploma_cased'])})\b)"
    french = rf"\b(?:{alt(act['ended'])})\s+(?:{alt(act['ended_by'])})\s+{determiners}{diploma}"
    # «rattrapage validé le 11 janvier», «dernière épreuve a été réussie»: the last trial passed.
    last_trial = (
        rf"\b(?:{alt(act['last_trial'])})\s+(?:(?:a été|ont été|est|sont|was|were|has been)\s+)?"
        rf"(?:{alt(act['last_trial_passed'])})\b"
    )
    english = (
        rf"\b(?:{alt(act['ended_english'])})\s+(?:{alt(act['ended_by_english'])})\s+"
        rf"(?:{alt(act['ended_by_determiners_english'])})\s+(?:{alt(act['diploma_english'])})\b"
    )
    not_done, past = act["not_done"], act["past"]
    stems = "|".join(rf"{alt([stem])}\w*" for stem in not_done["stems"])
    published = (
        rf"\b(?:{alt(past['auxiliaries'])})\s+(?:(?:{alt(past['passive'])})\s+)?"
        rf"(?:{alt(past['published_stems'])})\w*"
    )
    told_out = rf"\b(?:{alt(past['out_stems'])})(?:{alt(past['out_endings'])})?\b"
    had = rf"\b(?:{alt(past['auxiliaries_had'])})\s+(?:[^\W\d_]+\s+)?(?:{alt(past['had'])})\b"
    passive = act["passive"]
    participle = rf"(?:{alt(passive['stems'])})(?:{alt(passive['endings'])})"
    auxiliaries_en, participles_en = passive["auxiliaries_english"], passive["participles_english"]
    english_passive = rf"(?:{alt(auxiliaries_en)})\s+(?:{alt(participles_en)})"
    bare = rf"(?:{alt(act['diploma'])}|(?-i:{alt(act['diploma_cased'])})|{alt(act['diploma_english'])})"
    return _Words(
        act=re.compile(rf"\b(?:{alt(act['results'])})\b|{french}|{last_trial}|{english}", re.IGNORECASE),
        results=re.compile(rf"(?:{alt(act['results'])})\b", re.IGNORECASE),
        not_done=re.compile(rf"\b(?:{alt(not_done['words'])}|{stems})\b", re.IGNORECASE),
        past=re.compile(rf"{published}|{told_out}|{had}|\b(?:{alt(past['english'])})\b", re.IGNORECASE),
        passive=re.compile(
            rf"(?<!\w)(?:{alt(passive['auxiliaries'])})\s+{participle}\b|\b{english_passive}\b", re.IGNORECASE
        ),
        bare_subject=re.compile(
            rf"\b(?:{alt(passive['subject_determiners'])})\s+{bare}\b(?:\s+[^\W\d_]+[\'’]?){{0,2}}?\s*$",
            re.IGNORECASE,
        ),
    )


# How far after the act's word its date may stand, within the sentence («… les résultats le 3 juillet»).
_REACH = 60


def award_date(
    unit: str, start: int, end: int, others: list[tuple[int, int]], today: date
) -> MonthYear | None:
    """The date of the act that awarded the diploma at [start, end) of `unit`, told in the same sentence, or
    None: the act told done, its date behind us, and no other diploma of `unit` nearer to the act."""
    words = _words(resources.rules_dir())
    for act in words.act.finditer(unit):
        sentence_end = _sentence_end(unit, act.end())
        if words.not_done.search(unit, max(0, act.start() - 40), min(sentence_end, act.end() + _REACH)):
            continue
        if _nearer_diploma(act, (start, end), others):
            continue
        results = words.results.match(act.group(0)) is not None  # results or their certificate
        if results and not _told_past(unit, act, sentence_end, words):
            continue
        when = _date_after(unit, act.end(), min(sentence_end, act.end() + _REACH), today)
        if when is not None and is_past(when, today):
            return when
    return _passive_award_date(unit, start, end, others, today, words)


# What ends the diploma's clause before its passive: a stop, or a coordination opening another subject.
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]|\b(?:et|mais|puis|and|but|then)\b", re.IGNORECASE)


def _passive_award_date(
    unit: str, start: int, end: int, others: list[tuple[int, int]], today: date, words: _Words
) -> MonthYear | None:
    """The day after the diploma's own passive award («mon BTS a été validé hier», «le diplôme m'a été
    confirmé par mail hier»), its subject the diploma read (before it, in its clause) or a bare diploma with
    no other diploma nearer; None when none is told done with a day behind us."""
    for act in words.passive.finditer(unit):
        sentence_end = _sentence_end(unit, act.end())
        if words.not_done.search(unit, max(0, act.start() - 40), min(sentence_end, act.end() + 30)):
            continue
        own = end <= act.start() and not _CLAUSE_BREAK.search(unit, end, act.start())
        bare = words.bare_subject.search(unit[: act.start()]) is not None
        if not own and not (bare and not _nearer_diploma(act, (start, end), others)):
            continue
        when = _date_after(unit, act.end(), min(sentence_end, act.end() + _REACH), today)
        if when is not None and is_past(when, today):
            return when
    return None


def _told_past(unit: str, act: re.Match[str], sentence_end: int, words: _Words) -> bool:
    """The results told out in a past form around their word, within its clause."""
    return words.past.search(unit, max(0, act.start() - 40), min(sentence_end, act.end() + 30)) is not None


def _sentence_end(unit: str, at: int) -> int:
    stop = re.compile(r"[.!?](?:\s|$)").search(unit, at)
    return stop.start() if stop else len(unit)


def _nearer_diploma(act: re.Match[str], own: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Another diploma of the sentence stands nearer to the act than this one: the act is that one's."""

    def distance(span: tuple[int, int]) -> int:
        return max(0, span[0] - act.end(), act.start() - span[1])

    return any(distance(other) < distance(own) for other in others)


def _date_after(unit: str, begin: int, stop: int, today: date) -> MonthYear | None:
    """The first date right after the act's word: a full date, or a day and month with no year (the last
    such one); a yearless month said as a start («depuis juillet») is a state's, not the act's."""
    window = unit[begin:stop]
    full = [d for d in find_dates(window) if d.month is not None]
    yearless = last_yearless_month(window, today)
    if yearless is not None and not yearless[1] and (not full or yearless[0].start < full[0].start):
        when = yearless[0]
        return MonthYear(when.year, when.month, begin + when.start, begin + when.end)
    if full:
        return MonthYear(full[0].year, full[0].month, begin + full[0].start, begin + full[0].end)
    # «les résultats du rattrapage vendredi», «du jury de janvier»: the act's own day or month, in its clause.
    said = last_act_day(re.split(r"[:;,.!?\n]", window, maxsplit=1)[0], today)
    if said is not None:
        return MonthYear(said.year, said.month, begin + said.start, begin + said.end)
    return None
