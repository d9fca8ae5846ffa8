"""A writer's corrections in passing: the words they take back no longer count, the last word does.

Applied to the writer's own texts before any fact is read, so every reader (dates, levels, situations, the
aim) reads the sentence as finally meant: «master en 2023, pardon, en 2025» is a master of 2025, «je suis en
stage — je veux dire j'étais» an internship told in the past, «en 2025… ou 2024 ? je ne sais plus» no date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intake.parsing import ParsedMessage, earlier_mail
from intake.understanding.clauses import is_english
from intake.understanding.dates import YEARLESS_MONTH, find_dates
from intake.understanding.figures import HYPERBOLE_LONG, HYPERBOLE_SHORT, figures_in
from intake.understanding.lexicon import load_lexicon
from intake.understanding.signals import meaning_alternation
from intake.understanding.unfinished import completion_words

# A correction is set off from what it corrects: a comma, a dash, an ellipsis, a bracket.
_SET_OFF = r"(?:\.\.\.|[,;:…—–(?]|\s-)\s*"
# A sentence ends before a capital or the end; «… ou 2024 ? je ne sais plus» goes on.
_SENTENCE_END = re.compile(r"(?<!\.\.)[.!?]+(?=\s+[A-ZÀ-ÖØ-Þ«\"]|\s*$)|\n")
# The words of a correction that carry what replaces: a first-person subject and its verb («j'étais»,
# "I was"), a preposition opening a place or a time («dans une coopérative», «en 2025», «depuis 2019»).
_SUBJECT_VERB = re.compile(r"\b(?:je\s+|j['’]\s*|i\s+|i['’]m\b\s*)(?:\w+)?", re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?:dans|chez|en|à|au|auprès|depuis|in|at|with|from|since)\b", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:un|une|des|le|la|les|l'|mon|ma|mes|a|an|the|my)(?=\s|\b)", re.IGNORECASE)
# How far into the correction its replacing words may start («pardon, en 2025», «pour être honnête,
# surtout dans un cabinet»).
_LEAD = 40


@lru_cache(maxsize=1)
def _markers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    correction = meaning_alternation("self_correction")
    corrects = re.compile(
        rf"{_SET_OFF}(?:(?:ah|oh|euh|hum)\W+)?(?:{correction})\b(?:\W+(?:{correction})\b)*[\s,:!]*",
        re.IGNORECASE,
    )
    forgotten = re.compile(
        rf"{_SET_OFF}(?:{meaning_alternation('forgotten')})\b(?=\s*(?:[,.;!?)]|$))", re.IGNORECASE
    )
    not_quite = re.compile(rf"(?:{meaning_alternation('not_quite')})\b[\s,;:!.…—–-]*", re.IGNORECASE)
    return corrects, forgotten, not_quite


def as_finally_meant(text: str) -> str:
    """The text with each correction in passing applied, and the dates a writer says they forgot dropped."""
    corrects, forgotten, _ = _markers()
    text = _bracketed_corrections(_hyperboles_corrected(text))
    for _ in range(5):  # a few corrections in one mail at most; each pass applies the first one
        found = corrects.search(text)
        if found is None:
            break
        start, end = _sentence_around(text, found.start(), found.end())
        amended = _amend(text[start : found.start()], text[found.end() : end])
        text = text[:start] + amended + text[end:]
    for found in reversed(list(forgotten.finditer(text))):
        start, _ = _sentence_around(text, found.start(), found.end())
        text = text[:start] + _without_dates(text[start : found.start()]) + text[found.start() :]
    return text


# A time overstated, then put right at once by the writer (h-flevel): «il y a cinq minutes (bon, en
# septembre)», «depuis une éternité — enfin, depuis 2019», "since the dinosaurs (well, since 2018)". The
# softener opens the true time; the overstated one, with the words that introduce it, gives way to it.
_SOFTENED = re.compile(
    r"\s*[(,—–-]\s*(?:bon|enfin|disons|plut[oô]t|en vrai|ok|okay|well|i mean|let'?s say|actually|ok fine)\b"
    r"\s*[,:]?\s*(?P<meant>[^()\n,;.!?]{2,40}?)\s*(?:\)|(?=[,;.!?\n]|$))",
    re.IGNORECASE,
)
_TIME_OPENS = re.compile(
    r"\b(?:il y a|depuis|since|ça fait|ca fait|cela fait|voilà|for|from)\s+"
    r"(?:(?:the|la|le|l['’]|les|des|une?|a)\s*)?$",
    re.IGNORECASE,
)


def _hyperboles_corrected(text: str) -> str:
    """`text` with each overstated time the writer puts right at once replaced by the time they give
    (_SOFTENED): only a correction naming a date does; an overstated time left alone stays (no date)."""
    for figure in reversed(figures_in(text)):
        if figure.meaning not in (HYPERBOLE_LONG, HYPERBOLE_SHORT):
            continue
        put_right = _SOFTENED.match(text, figure.end)
        if put_right is None or not (
            find_dates(put_right.group("meant")) or YEARLESS_MONTH.search(put_right.group("meant"))
        ):
            continue
        opens = _TIME_OPENS.search(text[max(0, figure.start - 25) : figure.start])
        start = max(0, figure.start - 25) + opens.start() if opens else figure.start
        text = text[:start] + put_right.group("meant").strip() + text[put_right.end() :]
    return text


def _bracketed_corrections(text: str) -> str:
    """«un service clinique (civique, pardon)», "a civic serve (service, sorry)": the words in the bracket,
    before the marker, take the place of as many words right before it — a word the keyboard's
    autocorrect changed, put right by the writer. A date in the bracket is read by _amend («en 2052
    (pardon : 2025)»)."""
    correction = meaning_alternation("self_correction")
    bracket = re.compile(
        rf"(?<=\()(?P<meant>[^\W\d_][^()\d]{{0,40}}?)\s*[,;:–—-]?\s*(?:{correction})\s*[!.]*\)", re.IGNORECASE
    )
    for _ in range(3):
        found = bracket.search(text)
        if found is None:
            break
        meant = found.group("meant").strip()
        opening = found.start() - 1
        said = list(re.finditer(r"[\w'’-]+", text[max(0, opening - 80) : opening]))
        count = len(meant.split())
        if len(said) < count:
            break
        begin = max(0, opening - 80) + said[-count].start()
        text = text[:begin] + meant + text[found.end() :]
    return text


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    begin = before[-1] if before else 0
    begin += len(text[begin:start]) - len(text[begin:start].lstrip())
    return begin, (after.start() if after else len(text))


def _amend(said: str, correction: str) -> str:
    """What was said, with the correction's words put in place of the like words before them: a date for
    the last date, a subject and verb for the first ones, a preposition's phrase for the last one of the
    same preposition; a correction with none of those takes back the last clause said."""
    said = said.rstrip()
    if not correction.strip():
        return said  # «…, enfin.»: nothing said in place of it
    not_reached = _end_not_reached(said, correction) or _named_again(said, correction)
    if not_reached is not None:
        return not_reached
    new_dates = [d for d in find_dates(correction) if d.start <= _LEAD]
    old_dates = [(d.start, d.end) for d in find_dates(said)] or _years_mistyped(said)
    if new_dates and old_dates:
        (old_start, old_end), new = old_dates[-1], new_dates[0]
        return said[:old_start] + correction[new.start : new.end] + said[old_end:] + correction[new.end :]
    # «j'étais, il s'est terminé»: a verb alone in place of the one said; «je cherche un emploi dans…» is
    # a whole clause said again, in place of the last one.
    verb = _SUBJECT_VERB.match(correction)
    alone = verb is not None and re.match(r"\s*(?:[,;.!—–]|$)", correction[verb.end() :]) is not None
    old_verb = _SUBJECT_VERB.search(said)
    if verb is not None and old_verb is not None and alone:
        return said[: old_verb.start()] + verb.group() + said[old_verb.end() :] + correction[verb.end() :]
    opened = _phrase_replaced(said, correction)
    if opened is not None:
        return opened
    clause = max(said.rfind(","), said.rfind(";"))
    return said[: clause + 1] + " " + correction if clause >= 0 else correction


# A year no date can be, typed wrong and corrected at once: «en 2052 (pardon : 2025)», «en 2205, pardon 2025».
_MISTYPED_YEAR = re.compile(r"\b(?:19|2\d)\d\d\b")


def _years_mistyped(said: str) -> list[tuple[int, int]]:
    """Where a four-figure year the dates reader refuses (too far ahead) stands in what the writer takes
    back: the correction's date replaces it."""
    return [(m.start(), m.end()) for m in _MISTYPED_YEAR.finditer(said)]


def _end_not_reached(said: str, correction: str) -> str | None:
    """«J'ai fini mon master — ah non, pas tout à fait, …», «stage fini — enfin presque»: a correction that
    takes back only that an end was reached leaves what was said, its end not reached yet («pas encore
    fini»); the rest of the correction follows."""
    _, _, not_quite = _markers()
    taken_back = not_quite.match(correction)
    completes = completion_words(load_lexicon().structure)
    reached = list(completes.finditer(said)) if completes is not None and taken_back else []
    if taken_back is None or not reached:
        return None
    word = reached[-1].start()
    rest = correction[taken_back.end() :].strip()
    negated = f"{said[:word]}{'not yet' if is_english(said) else 'pas encore'} {said[word:]}"
    return f"{negated}, {rest}" if rest else negated


# «ce n'est pas vraiment un service civique, c'est une mission de volontariat», "it's not a job, it's an
# internship": a thing denied, then named again.
_NOT_THIS_BUT = re.compile(
    r"(?:ce n['’]est pas|c['’]est pas|ça n['’]est pas|it['’]s not|it is not|it isn['’]t|that['’]s not)\s+"
    r"(?:\w+ment\s+|really\s+|quite\s+)?(?P<denied>[^,;:]{3,60}?)\s*[,;:]\s*(?:mais\s+|but\s+)?"
    r"(?:c['’]est|it['’]s|it is)\s+(?P<meant>.+)",
    re.IGNORECASE | re.DOTALL,
)


def _named_again(said: str, correction: str) -> str | None:
    """«Je fais un service civique… enfin ce n'est pas vraiment un service civique, c'est une mission de
    volontariat»: what is named again goes in place of the thing the correction denies, if it was said,
    with or without its determiner («je suis en service civique» → «je suis en volontariat»)."""
    found = _NOT_THIS_BUT.match(correction)
    if found is None:
        return None
    denied, meant = _without_determiner(found.group("denied")), found.group("meant")
    where = said.lower().rfind(denied.lower()) if denied else -1
    if where < 0:
        return None
    determiner = re.search(rf"{_DETERMINER.pattern}\s*$", said[:where], re.IGNORECASE)
    begin = determiner.start() if determiner else where
    return said[:begin] + (meant if determiner else _without_determiner(meant)) + said[where + len(denied) :]


def _without_determiner(words: str) -> str:
    found = _DETERMINER.match(words.strip())
    return words.strip()[found.end() :].strip() if found else words.strip()


def _phrase_replaced(said: str, correction: str) -> str | None:
    """«dans une association… enfin, surtout dans un cabinet»: the phrase the correction opens (a
    preposition's, a determiner's) in place of the last one said opened the same way."""
    preposition = _PREPOSITION.search(correction, 0, _LEAD)
    determiner = _DETERMINER.search(correction, 0, _LEAD)
    if preposition is not None and (determiner is None or preposition.start() < determiner.start()):
        word = preposition.group().lower()
        same = [m.start() for m in _PREPOSITION.finditer(said) if m.group().lower() == word]
        return said[: same[-1]] + correction[preposition.start() :] if same else None
    if determiner is not None and determiner.start() < 12:  # «pardon, une association»
        any_one = [m.start() for m in _DETERMINER.finditer(said)]
        return said[: any_one[-1]] + correction[determiner.start() :] if any_one else None
    return None


def _without_dates(said: str) -> str:
    """The words said before «je ne sais plus», their dates taken out."""
    for found in reversed(find_dates(said)):
        said = said[: found.start] + said[found.end :]
    return said


def own_earlier_mail(msg: ParsedMessage, body: str, writer: str, own: bool) -> tuple[str, str]:
    """(the writer's new text, the earlier mail under it, or ""): a mail forwarded in the body, or the
    writer's own quoted history — theirs when it carries their address or is signed with their full name
    (another's quoted history is never read; none when the body is not the sender's `own`). Its facts
    are older: the new text updates them («mise à jour : mon stage est terminé»)."""
    new, older = earlier_mail(body)
    if older:
        return new, older  # a mail forwarded under the new text is older, whoever wrote it
    older = earlier_mail(msg.text)[1] if own else ""
    return (body, older) if older and _written_by(older, msg.from_addr, writer) else (body, "")


def _written_by(text: str, address: str | None, writer: str) -> bool:
    said = text.casefold()
    signed = len(writer.split()) >= 2 and writer.casefold() in said
    return signed or (address is not None and address.casefold() in said)
