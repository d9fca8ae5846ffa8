"""A writer's corrections in passing: the words they take back no longer count, the last word does.

Applied to the writer's own texts before any fact is read, so every reader (dates, levels, situations, the
aim) reads the sentence as finally meant: «master en 2023, pardon, en 2025» is a master of 2025, «je suis en
stage — je veux dire j'étais» an internship told in the past, «en 2025… ou 2024 ? je ne sais plus» no date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache, partial

from intake.parsing import ParsedMessage, bare_quote, earlier_mail, signature_of
from intake.understanding.clauses import is_english
from intake.understanding.date_doubted import doubted_dates_open, doubted_months_open, turn_of_year_open
from intake.understanding.dates import COUNT_EN, COUNT_FR, YEARLESS_MONTH, find_dates, without_dates
from intake.understanding.facts import BODY, Evidence, SituationFacts, Source
from intake.understanding.figures import HYPERBOLE_LONG, HYPERBOLE_SHORT, figures_in
from intake.understanding.lexicon import FIRST_PERSON_SPEAKING, load_lexicon, load_meanings
from intake.understanding.own_forward import writers_mails_in
from intake.understanding.signals import meaning_alternation
from intake.understanding.struck import struck_taken_back
from intake.understanding.unfinished import completion_words

# A correction is set off from what it corrects: a comma, a dash, a bracket (SET_OFF_MARK, renamed's too),
# an ellipsis, a question mark.
SET_OFF_MARK = r"[,;:(—–]|\s-"
_SET_OFF = rf"(?:\.\.\.|[…?]|{SET_OFF_MARK})\s*"
# A sentence ends before a capital or the end; «… ou 2024 ? je ne sais plus» goes on.
_SENTENCE_END = re.compile(r"(?<!\.\.)[.!?]+(?=\s+[A-ZÀ-ÖØ-Þ«\"]|\s*$)|\n")
# The words of a correction that carry what replaces: a first-person subject and its verb («j'étais»,
# "I was"), a preposition opening a place or a time («dans une coopérative», «en 2025», «depuis 2019»).
_SUBJECT_VERB = re.compile(r"\b(?:je\s+|j['’]\s*|i\s+|i['’]m\b\s*)(?:\w+)?", re.IGNORECASE)
# A first-person subject opening a whole clause, its object pronoun or negation with it («je l'ai terminé»,
# «je n'y suis plus», «j'étais en stage»).
_SUBJECT = re.compile(r"\b(?:je\s+|j['’]\s*|i\s+|i['’]m\b\s*)(?:(?:[lmnt]|y)['’]?\s*)*", re.IGNORECASE)
_PREPOSITION = re.compile(
    r"\b(?:jusqu['’]\s*(?:à|au|aux|en)|dans|chez|en|à|au|aux|auprès|depuis|in|at|with|from|since|until|till)\b",
    re.IGNORECASE,
)
# The prepositions of a place of work: one puts right another («dans une association… non, au service RSE»).
_PLACE = frozenset({"dans", "chez", "au", "aux", "auprès", "at", "with"})
# A bare «non» corrects only a date said at once after it («obtenu en 2025, non, 2024»): a year, or a
# month and its year.
_DATE_AHEAD = r"(?:en\s+|in\s+)?(?:(?:19|20)\d\d\b|[^\W\d_]{3,9}\s+(?:19|20)\d\d\b)"
# How far into the correction its replacing words may start («pardon, en 2025», «pour être honnête,
# surtout dans un cabinet»).
_LEAD = 40


@lru_cache(maxsize=1)
def _markers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # «je rectifie», "I correct myself": a verb of correcting oneself counts only set off after it too.
    verb = rf"(?:{meaning_alternation('correcting_oneself')})(?=\s*[,:;—–-])"
    withdrawn, correction = (
        meaning_alternation("correction_withdrawn"),
        meaning_alternation("self_correction"),
    )
    # «…, pardon pour la longueur», "sorry for the delay": an apology for something is no correction.
    apology = rf"(?!(?:{meaning_alternation('apology_for')})(?:(?<=['’])|\b))"
    correction = rf"(?:{withdrawn})\b|{apology}(?:{correction})\b|{verb}"
    # A bare «non», "wait" before a date, on the same line as what it corrects («en 2023, non, attendez, en
    # juillet 2025»); never an answer under a quoted question.
    hold_on = rf"(?:non|no)(?:\W+(?:{meaning_alternation('hold_on')}))?|(?:{meaning_alternation('hold_on')})"
    corrects = re.compile(
        rf"{_SET_OFF}(?:(?:ah|oh|euh|hum|non|no)\W+)?(?:{correction})(?:\W+(?:{correction}))*"
        r"(?![ \t]*[!.…](?:\s|$))[\s,:!]*"  # «c'est fini, enfin !»: closing its sentence, "finally"
        rf"|(?:[,;:…—–]|\s-)[ \t]*(?:bon\W+)?(?:{hold_on})[ \t]*[,:—–][ \t]*(?={_DATE_AHEAD})",
        re.IGNORECASE,
    )
    forgotten = re.compile(
        rf"{_SET_OFF}(?:{meaning_alternation('forgotten')})\b(?=\s*(?:[,.;!?)]|$))", re.IGNORECASE
    )
    not_quite = re.compile(rf"(?:{meaning_alternation('not_quite')})\b[\s,;:!.…—–-]*", re.IGNORECASE)
    return corrects, forgotten, not_quite


def as_finally_meant(text: str, today: date | None = None) -> str:
    """The text with each correction in passing applied, and the dates a writer says they forgot dropped:
    the steps of `_in_passing`, in their order (`today`: the reading day, when known, against which two years
    offered for each other are weighed)."""
    for step in _in_passing(today):
        text = step(text)
    return text


def _in_passing(today: date | None) -> tuple[Callable[[str], str], ...]:
    """The rewrites of `as_finally_meant`, in order, each reading the text the one before left: struck words
    taken back and doubted dates and months left open first, before any other step reads the words; a footnote
    put in place in brackets before the readers of brackets (`_bracketed_corrections`, `_asides_revising`); a
    repair in the next sentence joined to its sentence, set off by a dash, before the corrections set off in
    a sentence (`_set_off_corrections`); the dates said forgotten dropped last."""
    return (
        struck_taken_back,
        doubted_dates_open,
        doubted_months_open,
        partial(turn_of_year_open, today=today),
        _told_then_put_right,
        _hyperboles_corrected,
        with_footnotes_in_place,
        _bracketed_corrections,
        _next_sentence_repairs,
        _asides_revising,
        _set_off_corrections,
        _forgotten_dates_dropped,
    )


def _set_off_corrections(text: str) -> str:
    """«en 2023, pardon, en 2025»: each correction set off in its sentence applied, the first one a pass."""
    corrects = _markers()[0]
    first_said: tuple[int, str] | None = None  # where the last correction's sentence starts, what it said
    for _ in range(5):  # a few corrections in one mail at most; each pass applies the first one
        found = corrects.search(text)
        if found is None:
            break
        start, end = _sentence_around(text, found.start(), found.end())
        said, correction = text[start : found.start()], text[found.end() : end]
        restored = _said_before_withdrawn(said, found.group(), start, first_said)
        first_said = (start, said)
        amended = _amend(said, correction) if restored is None else f"{restored.rstrip()}, {correction}"
        text = text[:start] + amended + text[end:]
    return text


def _forgotten_dates_dropped(text: str) -> str:
    """«en 2025… ou 2024 ? je ne sais plus»: the dates before the words saying them forgotten dropped."""
    for found in reversed(list(_markers()[1].finditer(text))):
        start, _ = _sentence_around(text, found.start(), found.end())
        text = text[:start] + without_dates(text[start : found.start()]) + text[found.start() :]
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


def _next_sentence_repairs(text: str) -> str:
    """«J'ai eu mon BTS en 2024. Non, en 2023. Je corrige ma correction : juillet 2025.»: a sentence opening
    on a bare «non» before a date, or on a verb of correcting oneself, repairs the sentence before it (not a
    question) on the same line — never an answer under a quoted question: the two are read as one sentence,
    the repair set off by a dash."""
    verb = meaning_alternation("correcting_oneself")
    opens = re.compile(
        rf"(?<=[^?\s])([.!][ \t]+)(?=(?:non|no)\s*,\s*{_DATE_AHEAD}|(?:{verb})\s*[:,])", re.IGNORECASE
    )
    return opens.sub(" — ", text)


def _said_before_withdrawn(said: str, marker: str, start: int, before: tuple[int, str] | None) -> str | None:
    """What holds again when a correction withdraws the one just made in the same sentence («… — non, en
    septembre 2024 — ah si, juin 2025»): the words said before that one (a repair of a repair: back to the
    first word); after a denial, «si» affirms what was denied («je ne suis plus en stage — enfin si, jusqu'au
    15 décembre» is an internship running). None for a correction that withdraws nothing."""
    if not load_meanings()["correction_withdrawn"].phrased_in(marker.lower()):
        return None
    if before is not None and before[0] == start:
        return before[1]
    return _NEGATION.sub("", said)


# A denial of the writer's clause: «ne … plus», «n'… pas», «ne … jamais».
_NEGATION = re.compile(
    r"(?<=\s)(?:ne\s+|n['’]\s*)(?=\w+\s+(?:plus|pas|jamais)\b)|\s+(?:plus|pas|jamais)\b", re.IGNORECASE
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


@lru_cache(maxsize=1)
def _told_before() -> re.Pattern[str]:
    """«je vous ai dit 2023 mais c'est juin 2025», "I told you 2023 but it's June 2025": what the writer said
    earlier (to us, on the phone, in a form), then the true value after «mais c'est» / "but it's"."""
    said = meaning_alternation("earlier_answer")
    return re.compile(
        rf"\b(?:je\s+vous\s+(?:l['’]\s*)?(?:ai|avais)|j['’](?:ai|avais)|i(?:\s+had)?)\s+(?:{said})(?:\s+you)?\s+"
        r"(?P<said>[^,;.!?]{1,30}?)\s*,?\s*(?:(?:mais|but)\s+)?"
        r"(?:c['’]est|c['’]était|en fait|en réalité|it['’]s|it is|it was|actually)\s*,?\s+"
        r"(?P<meant>[^,;.!?]{1,40})",
        re.IGNORECASE,
    )


def _told_then_put_right(text: str) -> str:
    """The date the writer says they gave us before gives way to the one they give now («pour mon BTS, je
    vous ai dit 2023 mais c'est juin 2025» is a BTS of June 2025): only a date put in place of a date."""
    for found in reversed(list(_told_before().finditer(text))):
        if find_dates(found.group("said")) and find_dates(found.group("meant")):
            text = text[: found.start()] + found.group("meant") + text[found.end() :]
    return text


# A footnote's call right after a word («psychologie*», «BTS SP3S**»), and its note: a line opening on as
# many stars, after the letter.
_FOOTNOTE_CALL = re.compile(r"(?<=[^\s*])(\*{1,3})(?=[\s,.;:)]|$)")
_FOOTNOTE = re.compile(r"^[ \t]*(\*{1,3})[ \t]*(\S[^\n]*)$", re.MULTILINE)


def with_footnotes_in_place(text: str) -> str:
    """«une licence pro GSS*, je souhaite…» with «* obtenue en juin 2023» below the letter: the note is an
    aside on the word it is called on, read there in brackets («une licence pro GSS (obtenue en juin
    2023), je souhaite…») — what it says is said of that word, by the writer. Each call takes the note
    with as many stars; a text with no call, or a note with no call, is left as it is."""
    found = list(_FOOTNOTE.finditer(text))
    # Notes close the mail: nothing but other notes after them (a bulleted list «* …» goes on with text).
    if not found or text[found[-1].end() :].strip() or len(found) > 3:
        return text
    notes = {m.group(1): m for m in found}
    for stars, note in sorted(notes.items(), key=lambda item: -len(item[0])):
        calls = (c for c in _FOOTNOTE_CALL.finditer(text) if c.group(1) == stars and _a_call(text, c))
        call = next(calls, None)
        if call is None or call.start() > note.start():
            continue
        said = note.group(2).strip().rstrip(".")
        text = text[: note.start()] + text[note.end() :]  # the note read in its place only
        text = f"{text[: call.start()]} ({said}){text[call.end() :]}"
    return text


def _a_call(text: str, call: re.Match[str]) -> bool:
    """Stars closing no emphasis: «*urgent*» opens its line's span with a star, a call does not."""
    line_start = text.rfind("\n", 0, call.start()) + 1
    return "*" not in text[line_start : call.start()]


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


# A bracket of the writer's, and the words of what is really so inside it (revising_aside).
_BRACKET = re.compile(r"\((?P<aside>[^()\n]{3,240})\)")


def _asides_revising(text: str) -> str:
    """«Je suis en service civique (terminé depuis le 31 octobre, en fait)», «Licence, 2025 (en réalité, le
    diplôme date de 2022)»: a bracket saying what is really so is a correction of the words before it in its
    sentence (_amend), the adverb dropped; the sentence goes on after the bracket."""
    revising = meaning_alternation("revising_aside")
    adverb = re.compile(rf"[\s,;:—–-]*\b(?:{revising})\b[\s,;:—–-]*", re.IGNORECASE)
    for _ in range(3):
        found = next((b for b in _BRACKET.finditer(text) if adverb.search(b.group("aside"))), None)
        if found is None:
            break
        start, _ = _sentence_around(text, found.start(), found.start())
        said = text[start : found.start()]
        if not said.strip():
            break
        aside = adverb.sub(", ", found.group("aside"), count=1).strip(" ,")
        placed = _placed(said, aside)  # else an aside that only adds: «(2016, pour être précis)»
        text = text[:start] + (placed or f"{said.rstrip()}, {aside}") + text[found.end() :]
    return text


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    begin = before[-1] if before else 0
    begin += len(text[begin:start]) - len(text[begin:start].lstrip())
    return begin, (after.start() if after else len(text))


def _amend(said: str, correction: str) -> str:
    """What was said, with the correction put in place of the like words before it (_placed); a correction
    with none of those takes back the last clause said."""
    placed = _placed(said, correction)
    if placed is not None:
        return placed
    said = said.rstrip()
    clause = max(said.rfind(","), said.rfind(";"))
    return said[: clause + 1] + " " + correction if clause >= 0 else correction


def _placed(said: str, correction: str) -> str | None:
    """What was said, with the correction's words put in place of the like words before them: a date for
    the last date, a subject and verb for the first ones, a preposition's phrase for the last one of the
    same preposition; None for a correction with none of those. The first of `_placings` that places it."""
    said = said.rstrip()
    return next((p for p in (place(said, correction) for place in _placings()) if p is not None), None)


def _placings() -> tuple[Callable[[str, str], str | None], ...]:
    """The ways a correction is put in place of what was said, tried in this order; each gives the text
    placed, or None when the correction is not of its way."""
    return (
        _nothing_in_place,
        _compound_part_replaced,
        _belief_added,
        _end_not_reached,
        _named_again,
        _word_denied,
        _count_replaced,
        _date_replaced,
        _verb_taking_up,
        _verb_replaced,
        _end_reached,
        _clause_restated,
        _phrase_replaced,
    )


def _compound_part_replaced(said: str, correction: str) -> str | None:
    """«une licence LEA anglais-khmer… pardon, anglais-chinois, obtenue en 2025», "French-Spanish, sorry,
    French-Italian": a compound opening the correction that shares its first part with the compound said
    last puts right that word alone, the rest of the sentence after it kept."""
    opening = re.match(r"\s*([^\W\d_]+)-([^\W\d_][\w-]*)", correction)
    last = re.search(r"([^\W\d_]+)-[^\W\d_][\w-]*[\s….,—–-]*$", said)
    if opening is None or last is None or opening.group(1).lower() != last.group(1).lower():
        return None
    return said[: last.start()] + correction.lstrip()


def _nothing_in_place(said: str, correction: str) -> str | None:
    """«…, enfin.»: nothing said in place of it."""
    return said if not correction.strip() else None


def _belief_added(said: str, correction: str) -> str | None:
    """«…, enfin, je crois ;»: a doubt on what was said."""
    return f"{said}, {correction.strip()}" if _only_a_belief(correction) else None


def _date_replaced(said: str, correction: str) -> str | None:
    """«en 2023, pardon, en 2025»: the correction's date, near its start, in place of the last date said (or
    a year mistyped)."""
    new_dates = [d for d in find_dates(correction) if d.start <= _LEAD]
    old_dates = [(d.start, d.end) for d in find_dates(said)] or _years_mistyped(said)
    if not new_dates or not old_dates:
        return None
    (old_start, old_end), new = old_dates[-1], new_dates[0]
    rest = _without_date_taken_back(correction[new.end :], said[old_start:old_end])
    return said[:old_start] + correction[new.start : new.end] + said[old_end:] + rest


def _verb_replaced(said: str, correction: str) -> str | None:
    """«je suis en stage — je veux dire j'étais, il s'est terminé»: a subject and verb alone in place of the
    first ones said («je cherche un emploi dans…», a whole clause said again, is `_clause_restated`'s)."""
    verb = _SUBJECT_VERB.match(correction)
    alone = verb is not None and re.match(r"\s*(?:[,;.!—–]|$)", correction[verb.end() :]) is not None
    old_verb = _SUBJECT_VERB.search(said)
    if verb is None or old_verb is None or not alone:
        return None
    return said[: old_verb.start()] + verb.group() + said[old_verb.end() :] + correction[verb.end() :]


# A subject and verb taking up, by a pronoun, the thing just said: "I finished it", «je l'ai fini».
_TAKING_UP = re.compile(
    r"(?P<fr>(?:je\s+l['’]|j['’]\s*l['’])\s*(?P<fr_verb>(?:ai|avais)\s+\w+))"
    r"|(?P<en>(?:i|i['’]ve|i\s+have|i\s+had)\s+\w+)\s+(?:it|them)\b(?=\s*(?:[,;:.!—–]|$))",
    re.IGNORECASE,
)


def _verb_taking_up(said: str, correction: str) -> str | None:
    """«I'm finishing my thesis — sorry, I finished it: the viva was on 12 November», «je termine mon
    mémoire, pardon, je l'ai fini» : the correction's verb takes up the thing said by a pronoun; it goes
    in place of the verb said, the thing kept («I finished my thesis: the viva…»)."""
    found = _TAKING_UP.match(correction)
    old_verb = _SUBJECT_VERB.search(said)
    if found is None or old_verb is None:
        return None
    verb = f"j'{found.group('fr_verb')}" if found.group("fr") else found.group("en")
    return said[: old_verb.start()] + verb + said[old_verb.end() :] + correction[found.end() :]


def _only_a_belief(correction: str) -> bool:
    """«dans l'ESS, enfin, je crois ; j'hésite…», "in 2025 — well, I think": the marker opens no words in
    place of what was said, only the writer's doubt on it ([belief] alone in its clause). What was said
    stays, doubted; «enfin, je crois que c'était en 2024» puts a clause in its place."""
    belief = meaning_alternation("belief")
    return re.match(rf"\s*(?:{belief})\s*(?:[,;.!?…—–)]|$)", correction, re.IGNORECASE) is not None


# A year no date can be, typed wrong and corrected at once: «en 2052 (pardon : 2025)», «en 2205, pardon 2025».
_MISTYPED_YEAR = re.compile(r"\b(?:19|2\d)\d\d\b")


# A length of time: a count and its unit («deux ans», «dix-huit mois», "three years").
_LENGTH = re.compile(
    rf"\b(?P<count>{COUNT_FR}|{COUNT_EN})\s+(?P<unit>ans?|ann[ée]es?|mois|semaines?|years?|months?|weeks?)\b",
    re.IGNORECASE,
)


def _word_denied(said: str, correction: str) -> str | None:
    """«BTS obtenu, non, pas obtenu, il manquait une épreuve», "graduated — no, not graduated": a correction
    denying a word just said puts the denial on that word, the rest of the correction after it."""
    found = re.match(r"\s*(?:pas|not)\s+(?P<word>[^\W\d_][\w'’-]*)", correction, re.IGNORECASE)
    if found is None:
        return None
    words = list(re.finditer(rf"\b{re.escape(found.group('word'))}\b", said, re.IGNORECASE))
    if not words:
        return None
    at = words[-1].start()
    return f"{said[:at]}{found.group().strip()}{said[words[-1].end() :]}{correction[found.end() :]}"


def _count_replaced(said: str, correction: str) -> str | None:
    """«pendant deux ans, enfin non, dix ans en réalité», "for two years, I mean ten": a correction opening on
    a length of time puts it in place of the last length said in the same unit."""
    new = _LENGTH.match(correction.lstrip())
    if new is None:
        return None
    unit = new.group("unit").lower()[:2]
    olds = [m for m in _LENGTH.finditer(said) if m.group("unit").lower()[:2] == unit]
    if not olds:
        return None
    old = olds[-1]
    return said[: old.start()] + correction.lstrip() + said[old.end() :]


def _without_date_taken_back(rest: str, taken_back: str) -> str:
    """What follows the correction's date, without the clause that names the date taken back again to say
    what it was («en juillet 2025 — 2023 c'est mon bac», «2022 : 2025, c'est l'année du duplicata»): the
    date taken back belongs to something else, not to what the sentence dates."""
    years = re.findall(r"\b(?:19|20)\d\d\b", taken_back)
    if not years:
        return rest
    again = re.match(rf"\s*[—–:;,(]\s*[^,;.!?—–()]*\b{years[-1]}\b[^,;.!?—–()]*", rest)
    if again is None or _markers()[0].search(again.group()):
        return rest  # «2025 — ah non, c'est bien 2023»: a repair of the repair, kept for the next pass
    return rest[again.end() :]


# The writer's present «je suis en service civique», "I'm on a placement": what an aside saying it ended
# puts into the past.
_PRESENT_BE = re.compile(r"\b(?:je\s+suis|i\s+am|i['’]m)\b", re.IGNORECASE)


def _end_reached(said: str, correction: str) -> str | None:
    """«Je suis en service civique chez Unis-Cité (terminé depuis le 31 octobre, en fait)», "I'm on a
    placement (finished since, actually)": a correction opening on an end reached says the state just told
    is over — the clause is told in the past, the correction after it."""
    completes = completion_words(load_lexicon().structure)
    present = list(_PRESENT_BE.finditer(said))
    if completes is None or not present or completes.match(correction.lstrip()) is None:
        return None
    at = present[-1]
    past = "I was" if is_english(said) else "j'étais" if said[at.start()].islower() else "J'étais"
    return f"{said[: at.start()]}{past}{said[at.end() :]}, {correction.lstrip()}"


def _clause_restated(said: str, correction: str) -> str | None:
    """«je suis en stage — pardon, j'étais en stage : fini le 20 novembre», «je termine mon master, je
    corrige, je l'ai terminé»: a correction opening on the writer as subject says the clause again; it takes
    the place of the writer's last clause, from its subject on (what the sentence said before stays)."""
    opening = _SUBJECT.match(correction.lstrip())
    olds = list(_SUBJECT.finditer(said))
    if opening is None or not _same_thing(said, correction):
        return None
    if not olds:  # «BTS pas obtenu, il manquait une épreuve, je rectifie : je l'ai ratée»: the last clause
        clause = max(said.rfind(","), said.rfind(";"))
        return said[: clause + 1] + " " + correction.lstrip() if clause >= 0 else None
    return said[: olds[-1].start()] + _object_named(said[olds[-1].start() :], correction.lstrip())


def _same_thing(said: str, correction: str) -> bool:
    """The correction speaks of what was said: a word of it said again (the same stem: «stage», «finis» /
    «fini»), not a comment on the saying («… non attends, je dis n'importe quoi»)."""

    def stems(text: str) -> set[str]:
        return {w[:4].casefold() for w in re.findall(r"[^\W\d_]{4,}", text)}

    return bool(stems(said) & stems(correction[: _LEAD * 2]))


# «je l'ai terminé», «je l'avais eu»: the clause said again takes up the object of the one it replaces.
_OBJECT_TAKEN_UP = re.compile(r"j(?:e\s+|['’]\s*)l['’]\s*(?P<verb>(?:ai|avais)\s+[^\W\d_]+)", re.IGNORECASE)


def _object_named(replaced: str, correction: str) -> str:
    """The clause said again with its object pronoun named by the writer's own thing the replaced clause
    names («je termine mon master, je corrige, je l'ai terminé» → «j'ai terminé mon master»): the clause it
    takes up is gone, the pronoun would lose it."""
    taken_up = _OBJECT_TAKEN_UP.match(correction)
    things = list(_OWN_THING.finditer(replaced))
    if taken_up is None or not things:
        return correction
    thing = things[-1].group()
    subject = "J'" if correction[0].isupper() else "j'"
    return f"{subject}{taken_up.group('verb')} {thing}{correction[taken_up.end() :]}"


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
    determiner = re.search(rf"{_determiner().pattern}\s*$", said[:where], re.IGNORECASE)
    begin = determiner.start() if determiner else where
    return said[:begin] + (meant if determiner else _without_determiner(meant)) + said[where + len(denied) :]


@lru_cache(maxsize=1)
def _determiner() -> re.Pattern[str]:
    """A determiner opening a phrase (meanings.toml [determiner], renamed's too): «une association», "the
    MSc"."""
    return re.compile(rf"\b(?:{meaning_alternation('determiner')})(?=\s|\b)", re.IGNORECASE)


def _without_determiner(words: str) -> str:
    found = _determiner().match(words.strip())
    return words.strip()[found.end() :].strip() if found else words.strip()


def _phrase_replaced(said: str, correction: str) -> str | None:
    """«dans une association… enfin, surtout dans un cabinet»: the phrase the correction opens (a
    preposition's, a determiner's) in place of the last one said opened the same way."""
    preposition = _PREPOSITION.search(correction, 0, _LEAD)
    determiner = _determiner().search(correction, 0, _LEAD)
    if preposition is not None and (determiner is None or preposition.start() < determiner.start()):
        word = _bound_kind(preposition.group())
        same = [m.start() for m in _PREPOSITION.finditer(said) if _bound_kind(m.group()) == word]
        if not same and word in _PLACE:  # «dans une association, bon, non, au service RSE d'un groupe»
            same = [m.start() for m in _PREPOSITION.finditer(said) if m.group().lower() in _PLACE]
        return said[: same[-1]] + correction[preposition.start() :] if same else None
    if determiner is not None and determiner.start() < 12:  # «pardon, une association»
        any_one = [m.start() for m in _determiner().finditer(said)]
        return said[: any_one[-1]] + correction[determiner.start() :] if any_one else None
    return None


def _bound_kind(preposition: str) -> str:
    """A preposition as the bound it sets: «jusqu'en juin» and «jusqu'à fin décembre», "until" and "till"
    end the same stretch (a narrowed end, «jusqu'en juin, enfin, jusqu'à fin décembre», replaces the
    first)."""
    word = preposition.lower()
    return "until" if word.startswith("jusqu") or word in ("until", "till") else word


def own_earlier_mail(msg: ParsedMessage, body: str, writer: str, own: bool) -> tuple[str, str]:
    """(the writer's new text, the earlier mail under it, or ""): a mail forwarded in the body, or the
    writer's own quoted history — theirs when it carries their address or is signed with their full name
    (another's quoted history is never read; none when the body is not the sender's `own`). Its facts
    are older: the new text updates them («mise à jour : mon stage est terminé»)."""
    new, older = earlier_mail(body)
    if older:
        return new, older  # a mail forwarded under the new text is older, whoever wrote it
    older = earlier_mail(msg.text)[1] if own else ""
    theirs = _written_by(older, msg.from_addr, writer) or bare_own_quote(msg.text)
    return (body, writers_mails_in(older, msg)) if older and theirs else (body, "")


# A header line naming whom an earlier mail was sent to («À : Clara Verdier <…>», "To:", «Cc :»).
_RECIPIENT_LINE = re.compile(r"^\s*\*?(?:to|[àa]|cc|destinataires?)\s*\*?\s*:", re.IGNORECASE)


def _written_by(text: str, address: str | None, writer: str) -> bool:
    """The earlier mail names the writer as its author (signed, or her address) — not as the one it was
    sent to: a friend's answer forwarded carries «To: Clara Verdier» and is the friend's."""
    said = "\n".join(ln for ln in text.split("\n") if not _RECIPIENT_LINE.match(ln)).casefold()
    signed = len(writer.split()) >= 2 and writer.casefold() in said
    return signed or (address is not None and address.casefold() in said)


def own_quoted_mail(msg: ParsedMessage, writer: str = "") -> str:
    """The sender's own earlier mail quoted under their new text («je vous renvoie mon message d'août»),
    unquoted, or "": theirs when its attribution line («Le 2 nov., Eva Rossignol a écrit :», "On …, <x@y>
    wrote:") names them by full name or address, or when one of its lines is signed with their full name,
    alone or before their contacts («Eva Rossignol, 06 …»). `writer`: their name (default: the From's).
    Our mail or a third party's quoted names someone else there: never the sender's words."""
    older = earlier_mail(msg.text)[1]
    if not older:
        return ""
    name = writer or msg.from_name or ""
    full = " ".join(name.split()).casefold() if len(name.split()) >= 2 else ""
    attribution = older.split("\n", 1)[0].casefold()
    if (full and full in attribution) or (msg.from_addr and msg.from_addr.casefold() in attribution):
        return older
    signed = (_SIGNED_AS.split(line, maxsplit=1)[0].strip().casefold() for line in older.split("\n"))
    return older if (full and any(line == full for line in signed)) or bare_own_quote(msg.text) else ""


def bare_own_quote(text: str) -> bool:
    """The earlier mail under the new text is quoted in «> » lines and nothing else (parsing.bare_quote) and
    speaks of its writer in the first person to nobody («> J'ai obtenu un master…», "> I graduated in June",
    no «vous», "you"): the sender's own earlier words re-sent under her update, as a client quotes them when
    she answers her own mail. Our mail and another's speak to the reader («vous avez candidaté», "your
    application"), and an attributed quote is read by its attribution. Its opening line opens on the writer
    acting (persons.toml [writer_acting]: «J'ai obtenu…», «Je vise…», "I graduated…", "I'm…")."""
    said = bare_quote(text)
    opening = said.split("\n", 1)[0]
    return FIRST_PERSON_SPEAKING.match(opening) is not None and _ADDRESSED.search(said) is None


# Words that speak to a reader: a mail written to the sender, or asking her something.
_ADDRESSED = re.compile(r"\b(?:vous|votre|vos|you|your)\b", re.IGNORECASE)
# Where a signature line's name ends and the writer's contacts begin: «Eva Rossignol, 06 …», «… — 06 …».
_SIGNED_AS = re.compile(r"\s*[,;—–(|]|\s-\s")


# ------------------------------------------------------------------ the last word after the letter
# A postscript's opening: «P.S.», «PS :», «P.-S.», «NB :», «Edit :», «Correction :», «Mise à jour :»,
# "Update:"; the writer reading the letter again before sending it: «En relisant :», "On rereading:".
# A line opening on a postscript's mark or a word of correcting, a small word before it or none («petite
# correction :» typed under a voice note's transcript, "quick update:").
_POSTSCRIPT = re.compile(
    r"^[ \t]*(?:(?:petite|petit|une|un|dernière|dernier|nouvelle|quick|small|little|one|last)[ \t]+)?"
    r"(?:p\.?[ \t]?-?[ \t]?s\.?|n\.?[ \t]?b\.?|edit|update|correction|rectificatif|erratum"
    r"|mise à jour|en (?:me )?relisant|à la relecture|(?:on )?re-?reading)(?=[ \t]*[:.—–-])",
    re.IGNORECASE | re.MULTILINE,
)


@lru_cache(maxsize=8)
def later_correction(text: str) -> tuple[str, str] | None:
    """(the letter, the postscript that puts it right) when a postscript after the letter corrects it: «P.S.
    Correction : mon stage a pris fin le 13 novembre», «Edit : le stage s'est terminé hier», "Update: my
    placement ended" — the writer's last word, written after the letter: what it says of a situation
    updates the letter's («je suis en stage» above it). None for a postscript that only adds («P.S. : mon
    numéro a changé»): the letter stands as the writer's word of today. Kept per text: the same body is
    asked by as_placed, by studies_put_right at each reading of the education, by the date and the phone
    put right."""
    found = next((m for m in _POSTSCRIPT.finditer(text) if text[: m.start()].strip()), None)
    if found is None:
        return None
    after = text[found.start() :]
    if not load_meanings()["later_correction"].said_in(after):
        return None
    return text[: found.start()], after


# ------------------------------------------------------------------ the signature's title
DISOWNED, DOUBTED = "disowned", "doubted"
# A contact line of a signature (a phone, an address, a site), never a title.
_CONTACT = re.compile(r"@|https?:|www\.|(?:\d[\s.-]?){6,}", re.IGNORECASE)
# A title is a line of a few words, not a sentence.
_TITLE_WORDS = 12


def signed_roles(block: str, writer: str) -> list[str]:
    """The title lines of the writer's signature `block` (the lines under «-- », or the body's last lines):
    the lines right under the one holding the writer's name — «Stagiaire chargée de mécénat», «Volontaire
    en service civique — Unis-Cité» —, before the contacts. A signature's title is the writer's role today,
    unless the body corrects it (`signature_doubt`). None without the name: lines that close a mail are no
    title unless a name heads them."""
    lines = [ln.strip() for ln in block.split("\n")]
    named = [i for i, ln in enumerate(lines) if writer and ln and _same_name(ln, writer)]
    if not named:
        return []
    roles: list[str] = []
    for line in lines[named[-1] + 1 : named[-1] + 4]:
        if not line or _CONTACT.search(line):
            break
        if len(line.split()) > _TITLE_WORDS or line[-1] in ".!?:":
            break
        roles.append(line)
    return roles


def signature_roles(mail_text: str, writer: str, body: str | None = None) -> list[str]:
    """The writer's titles (`signed_roles`) under the signature block of `mail_text` (parsing.signature_of),
    or, when it has none marked, under the last lines of `body` (the mail's own text unless given)."""
    return signed_roles(signature_of(mail_text) or (mail_text if body is None else body), writer)


def _same_name(line: str, writer: str) -> bool:
    def folded(s: str) -> str:
        return " ".join(re.findall(r"\w+", s.casefold()))

    return folded(line) == folded(writer)


def signature_doubt(note: str) -> str | None:
    """What the writer's note says of their signature: DISOWNED when it names the signature out of date
    («j'ai oublié de changer ma signature», «ma signature n'est plus à jour», "my signature is out of
    date": its title is no role of today), DOUBTED when the mail comes from an old account whose template
    it may be («je vous écris depuis mon ancienne adresse de la fondation»: the title is asked), else None."""
    meanings = load_meanings()
    outdated = meanings["outdated"]
    for sentence in re.split(r"(?<=[.!?;:])\s+|\n", note):
        words = re.findall(r"\w+", sentence.lower())
        if not outdated.said_in(sentence):
            continue
        if any(meanings["signature_word"].holds(w) for w in words):
            return DISOWNED
        if any(meanings["mailbox_word"].holds(w) for w in words):
            return DOUBTED
    return None


# ------------------------------------------------------------------ the writer's texts as placed
SIGNATURE = "signature"


def as_placed(sources: list[Source], mail_text: str, writer: str) -> tuple[list[Source], list[Source]]:
    """(the writer's texts read for a situation, each where it sits; the signature's title in doubt): the
    new text's letter read as older than a postscript that corrects it (`later_correction`), the
    signature's title read as the writer's role today (`signed_roles`) — a statement of its own, apart
    (asked) when the mail comes from an old account, dropped from the letter when the note says the
    signature is out of date. Only the first text, the writer's new one (the body), is so cut; the others
    are kept as they are."""
    if not sources or sources[0].where != BODY or sources[0].older or sources[0].is_document:
        return sources, []
    body, rest = sources[0], sources[1:]
    roles = signature_roles(mail_text, writer, body.text)
    doubt = signature_doubt(_the_note(body.text, roles)) if roles else None
    text = _without_lines(body.text, roles) if doubt == DISOWNED else body.text
    corrected = later_correction(text)
    placed = (
        [Source(BODY, corrected[0], older=True), Source(BODY, corrected[1])]
        if corrected is not None
        else [Source(BODY, text)]
    )
    said = [Source(SIGNATURE, _as_said(role)) for role in roles]
    if doubt == DOUBTED:
        return [*placed, *rest], said
    return [*placed, *(said if doubt is None else []), *rest], []


def _the_note(text: str, roles: list[str]) -> str:
    """The body above the signature's title (what the writer says of it)."""
    at = text.find(roles[0]) if roles else -1
    return text[:at] if at > 0 else text


def _without_lines(text: str, lines: list[str]) -> str:
    kept = set(lines)
    return "\n".join(ln for ln in text.split("\n") if ln.strip() not in kept)


# The title said as the writer's statement: a signature line is the writer's «je suis …» of today.
def _as_said(role: str) -> str:
    return ("I am {}." if is_english(role) else "Je suis {}.").format(role)


def asked_as_well(situation: SituationFacts, doubted: SituationFacts) -> SituationFacts:
    """A situation only a signature in doubt holds now (`as_placed`) is asked, unless the letter already
    holds it now: the template of an old account may be a former role."""
    for name, evidence in doubted.flags.items():
        if evidence is not None and situation.flags.get(name) is None and name != "seeking":
            situation.uncertain.setdefault(name, evidence)
    return situation


def signed_evidence(evidence: Evidence | None, roles: list[str]) -> Evidence | None:
    """The evidence of a fact read from the signature's title, quoting the title as written (`roles`: the
    writer's titles, `signature_roles`)."""
    if evidence is None or evidence.where != SIGNATURE:
        return evidence
    said = next((r for r in roles if r in evidence.text), evidence.text)
    return Evidence(said, SIGNATURE)


# ------------------------------------------------------------------ the subject line
def subject_as_said(subject: list[Source]) -> list[Source]:
    """The subject read as the writer's own line of today («volontaire Unis-Cité jusqu'en mars»:
    telegraphic, but theirs), beside its reading as a CV's lines («encore en stage»)."""
    return [Source(s.where, s.text) for s in subject]


def held_in_own_line(situation: SituationFacts, said: SituationFacts) -> SituationFacts:
    """A situation the subject, read as the writer's own line (`said`), holds now while nothing else was
    read of it (held, over or asked): «Objet : volontaire Unis-Cité jusqu'en mars, candidature». It only
    adds: what the subject's reading as a CV's line or the body says of a situation stands."""
    for name, evidence in said.flags.items():
        known = situation.flags.get(name) or situation.past.get(name) or situation.uncertain.get(name)
        if evidence is None or known is not None or name == "seeking":
            continue
        situation.flags[name] = evidence
    held = [n for n, ev in situation.flags.items() if ev is not None and n != "seeking"]
    situation.current = held[0] if held else situation.current
    return situation


# ------------------------------------------------------------------ a state an earlier answer quoted
# A sentence ends on its stop before a space, or at a blank line (a wrapped line goes on).
_STOP = re.compile(r"((?<=[.!?])\s+|\n\s*\n)")
# The answer's reason opened: «que», «car», «parce que», "that", "because", a colon.
_REASON = re.compile(r"\b(?:que|qu['’]|car|parce\s+que|parce\s+qu['’]|puisque|that|because)|:", re.I)
# The state told as it stood then, by the past of the reported clause: the imperfect of «avoir» and «être»
# («je n'avais pas de bac+2», «mon BTS n'était pas validé»), any imperfect the parse tags, or an English past.
_THEN = re.compile(
    r"\b(?:av|ét|et)(?:ais|ait|ions|iez|aient)\b|\b(?:was|were|had|wasn['’]t|weren['’]t|hadn['’]t|didn['’]t)\b",
    re.IGNORECASE,
)


# A lack in the reason quoted — something not had, not finished, too early then («n'était pas encore validé»,
# «pas de bac+2», «trop tôt», "wasn't finished"): what was missing may have come since. A fact quoted as it is
# («mon DUT de 2022 était trop ancien») stays true: a diploma's year does not change.
_LACK = re.compile(
    r"\bn['’]|\bne\b|\bpas\b|\bsans\b|\bnot\b|n['’]t\b|\bno\b|\bwithout\b|\btrop\s+t[ôo]t\b|\btoo\s+(?:early|soon)\b",
    re.IGNORECASE,
)


def quoted_states_apart(text: str) -> tuple[str, str]:
    """(the text without its sentences quoting an earlier answer's reason, those sentences): «l'an dernier
    vous m'aviez dit que mon BTS n'était pas encore validé», «vous aviez refusé mon dossier parce que je
    n'avais pas de bac+2», "you turned me down in March because I hadn't finished my MA" tell how things
    stood when we answered, not today; the mail applying again says what is true now («il est validé depuis
    juillet»). Kept in place when the writer says it still holds («rien n'a changé», "nothing has
    changed")."""
    meanings = load_meanings()
    if not meanings["earlier_answer"].said_in(text):
        return text, ""  # the cheap word test: no verb of an answer given
    parts = _STOP.split(text)  # the sentences, each followed by its stop (kept: the text keeps its lines)
    sentences, stops = parts[::2], [*parts[1::2], ""]
    quoted = [
        i
        for i, sentence in enumerate(sentences)
        if _quotes_an_earlier_answer(sentence)
        and not meanings["still_so"].phrased_in(" ".join(sentences[i + 1 : i + 2]).lower())
    ]
    if not quoted:
        return text, ""
    for i in quoted:
        if i + 1 < len(sentences) and i + 1 not in quoted:
            sentences[i + 1] = _taken_up(sentences[i], sentences[i + 1])
    pairs = enumerate(zip(sentences, stops, strict=True))
    kept = "".join(sentence + stop for i, (sentence, stop) in pairs if i not in quoted)
    return kept, "\n".join(sentences[i] for i in quoted)


# The update's subject, a pronoun taking up the thing the quoted reason was about: «… que mon BTS n'était pas
# validé. Il est validé depuis juillet» — «il» is the BTS; "… my MA wasn't finished. It is now".
_PRONOUN_SUBJECT = re.compile(r"^(\s*)(?:il|elle|it)\b", re.IGNORECASE)
_OWN_THING = re.compile(r"\b(mon|ma|my)\s+([^\W\d_][\w'’+-]*)", re.IGNORECASE)


def _taken_up(quoted: str, update: str) -> str:
    """The update with its opening pronoun named again by the writer's own thing the quoted reason names
    last (the sentence it takes up is set apart, the pronoun would lose it)."""
    opening = _PRONOUN_SUBJECT.match(update)
    reason = _REASON.search(quoted)
    things = list(_OWN_THING.finditer(quoted, reason.end())) if reason else []
    if opening is None or not things:
        return update
    thing = things[-1]
    return f"{opening.group(1)}{thing.group(1).capitalize()} {thing.group(2)}{update[opening.end() :]}"


def _quotes_an_earlier_answer(sentence: str) -> bool:
    """The sentence tells an answer given by the programme (or someone unnamed, or the writer refused in the
    passive), in the past, whose reason follows in a clause of then («…que c'était trop tôt»)."""
    meanings = load_meanings()
    words = [w.lower().replace("’", "'") for w in re.findall(r"\w+['’]?", sentence)]
    answered = [i for i, w in enumerate(words) if meanings["earlier_answer"].holds(w)]
    phrased = meanings["earlier_answer"].phrased_in
    answered += [i for i in range(len(words)) if phrased(" ".join(words[i : i + 3]))]
    for i in answered:
        if not _answered_to_the_writer(words[max(0, i - 4) : i]):
            continue
        reason = _REASON.search(sentence, _word_position(sentence, words[i]))
        if reason is None or _TODAY_AFTER.search(sentence, reason.end()):
            continue  # «… que le master n'était pas nécessaire, alors j'ai fait une licence pro»: today's too
        if _THEN.search(sentence, reason.end()) and _LACK.search(sentence, reason.end()):
            return True
    return False


def _answered_to_the_writer(window: list[str]) -> bool:
    """The words before the verb of answering make it an answer given to the writer, in the past: «vous
    m'aviez», «on m'avait», "you", «ma candidature avait été», "I was" — not the writer's own earlier word
    («comme je vous l'avais dit», "as I told you")."""
    answerer = load_meanings()["earlier_answerer"]
    passive = answerer.phrased_in(" ".join(window))
    if not (passive or any(answerer.holds(w) for w in window)):
        return False
    if _WRITER_SAID & set(window) and not passive:
        return False
    return any(w in _AUXILIARIES or w in _ENGLISH_ANSWERERS for w in window[-3:])


# What comes after the reason and tells today: «alors», «donc», «mais», «depuis», "so", "but", "now".
_TODAY_AFTER = re.compile(
    r"\b(?:alors|donc|du coup|mais|depuis|d[ée]sormais|maintenant|aujourd['’]hui|so|but|since|now|today)\b",
    re.IGNORECASE,
)
_WRITER_SAID = frozenset({"je", "j'", "i", "nous", "we"})
# The auxiliary of a past («aviez dit», «a répondu», «avait été refusée», "I was turned down").
_AUXILIARIES = frozenset(
    {"avez", "aviez", "avait", "avais", "a", "ai", "avaient", "ont", "été"}
    | {"had", "have", "has", "was", "were"}
)


# An English preterite stands alone after its subject ("you told me", "they turned me down").
_ENGLISH_ANSWERERS = frozenset({"you", "they"})


def _word_position(sentence: str, word: str) -> int:
    found = re.search(rf"(?<![\w'’]){re.escape(word)}(?![\w'’])", sentence.replace("’", "'"), re.IGNORECASE)
    return found.end() if found else 0
