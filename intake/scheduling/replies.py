"""Read an applicant's answer to a proposal of interview slots, in their own words (French or English).

Pure: text and the numbered slots in, a Choice out. The reader never guesses: a reply books a slot only
when exactly one of the slots offered in that thread fits everything it says (number, day, date, hour,
morning or afternoon); a mention that fits no slot, two slots at once, "none suits me", or anything it
cannot read goes to the coordinator with the applicant's words quoted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

from intake import months
from intake.scheduling.holds import ProposedSlot
from intake.weekly import WEEKDAYS as _WEEKDAYS

Kind = Literal["book", "ask_coordinator", "reschedule", "cancel"]
Period = Literal["morning", "afternoon", "evening"]
MAX_QUOTE = 600


@dataclass(frozen=True)
class Choice:
    kind: Kind
    position: int | None = None
    # The applicant's own words (quoted history removed), for the coordinator.
    quote: str = ""
    # Why a person must look: ambiguous, none_fits, not_offered, withdrawal, no_proposal, not_understood.
    reason: str = ""
    # Days (0 = Monday) and part of day the applicant said they prefer, for the fresh slots.
    weekdays: frozenset[int] = field(default_factory=frozenset)
    period: Period | None = None
    # The reply also asks to move or cancel (e.g. "je ne pourrai pas le 1, je prends le 2").
    wants_change: bool = False
    # A question mark: the coordinator may want to answer something in the confirmation draft.
    question: bool = False


def read_slot_choice(text: str, proposals: list[ProposedSlot], *, language: str = "fr") -> Choice:
    """What the applicant chose among `proposals`; see the module docstring. `language` is a hint only:
    both languages are always understood, since applicants mix them."""
    own = strip_quoted(text)
    quote = own.strip()[:MAX_QUOTE]
    # «Bonne soirée» is a wish, not a time preference: courtesies and signatures are read as nothing.
    own = strip_courtesies(own)
    norm = normalise(own)
    clauses = _read_clauses(norm, proposals)
    weekdays = frozenset(d for c in clauses if not c.negated for d in c.weekdays)
    period = next((c.period for c in clauses if not c.negated and c.period), None)
    base = Choice("ask_coordinator", quote=quote, weekdays=weekdays, period=period, question="?" in own)

    def ask(reason: str) -> Choice:
        return replace(base, reason=reason)

    def book(position: int, change: bool) -> Choice:
        return replace(base, kind="book", position=position, wants_change=change)

    if not proposals:
        return ask("no_proposal")
    if _has(norm, _WITHDRAWAL):
        return ask("withdrawal")
    cancel, reschedule = _asks_for(norm, _CANCEL), _asks_for(norm, _RESCHEDULE)
    change = cancel or reschedule
    anyone = _asks_for(norm, _ANY)  # "I can't attend any of these" is no "any"
    excluded = {p for c in clauses if c.negated for p in c.matches}
    # "Ces créneaux ne me conviennent pas" says none fits; "je ne souhaite pas annuler" does not.
    none_fits = _has(_neutralise(norm), _NONE) or any(
        c.negated and not c.constrained and _UNFIT.search(c.text) for c in clauses
    )
    if none_fits and not change:
        return ask("none_fits")
    if any(c.constrained and not c.matches and not c.negated for c in clauses):
        return ask("not_offered")
    chosen = {p for c in clauses if not c.negated for p in c.matches} - excluded
    if len(chosen) == 1 and not none_fits:
        return book(chosen.pop(), change)
    if anyone and not none_fits:
        pool = (chosen or {p.position for p in proposals}) - excluded
        if pool:
            return book(min(pool), change)
    if change:
        return replace(base, kind="cancel" if cancel and not reschedule else "reschedule")
    return ask("ambiguous" if len(chosen) > 1 else "not_understood")


def strip_quoted(text: str) -> str:
    """The applicant's own lines: without the quoted earlier message, its header line, or a signature."""
    kept: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        stripped = line.strip()
        if stripped.startswith(">"):
            continue
        if _QUOTE_HEADER.match(stripped) or stripped in ("--", "-- ") or _ORIGINAL.match(stripped):
            break
        kept.append(line)
    return "\n".join(kept).strip()


def strip_courtesies(text: str) -> str:
    """The reply without its greeting, sign-off and signature: what is left says what they chose.

    A line that is only a courtesy («Bonjour Madame,», «Bonne soirée,», «Best regards»), or such a
    sentence at the end of a line («the second one works. Have a nice evening!»), goes; so do the short
    lines after a sign-off (name, phone, address, «Envoyé de mon iPhone»).
    """
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    kept: list[str] = []
    for n, line in enumerate(lines):
        norm = normalise(line)
        if _is_courtesy(norm) or _SIGNATURE_LINE.search(norm):
            if _CLOSING_LINE.fullmatch(norm.strip(" ,.!-")) and _looks_like_signature(lines[n + 1 :]):
                break
            continue
        kept.append(_drop_courtesy_sentences(line))
    return "\n".join(kept).strip()


def _is_courtesy(norm: str) -> bool:
    bare = norm.strip(" ,.!:;-")
    return not bare or bool(_GREETING.fullmatch(bare) or _SIGN_OFF.fullmatch(bare))


def _looks_like_signature(rest: list[str]) -> bool:
    """A name, a title, a phone: a few short lines. A real sentence after «Merci !» is kept."""
    lines = [line for line in rest if line.strip()]
    return len(lines) <= 6 and all(
        len(line.split()) <= 7 or _SIGNATURE_LINE.search(normalise(line)) for line in lines
    )


def _drop_courtesy_sentences(line: str) -> str:
    """«Le 2 me va. Bonne journée !» → «Le 2 me va.»; «Bonjour, le 2 me va» → «le 2 me va»."""
    parts = re.split(r"(?<=[.!?,;])\s+", line)
    kept = [part for part in parts if not _is_courtesy(normalise(part))]
    return " ".join(kept)


def normalise(text: str) -> str:
    """Lower case, no accents, straight apostrophes, single spaces: what the patterns are written for."""
    text = text.replace("’", "'").replace("‘", "'").replace("\u00a0", " ").replace("\u202f", " ")
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = re.sub(r"\bno\.\s*(?=\d)", "n° ", plain)  # "No. 2": the full stop does not end a sentence
    return re.sub(r"[ \t]+", " ", plain)


# --- what a clause says -----------------------------------------------------------------------------


@dataclass
class _Clause:
    text: str
    negated: bool
    constrained: bool = False
    matches: set[int] = field(default_factory=set)
    weekdays: set[int] = field(default_factory=set)
    period: Period | None = None


Test = Callable[[ProposedSlot, datetime], bool]


def _read_clauses(norm: str, proposals: list[ProposedSlot]) -> list[_Clause]:
    """Split into clauses; inside a clause, comma-separated parts that deny something are set apart."""
    clauses: list[_Clause] = []
    for sentence in _SENTENCE.split(_neutralise(norm)):
        positive: list[str] = []
        for piece in sentence.split(","):
            part, *exceptions = _EXCEPT.split(piece)
            clauses.extend(_understand(e, proposals, negated=True) for e in exceptions)
            if _is_negated(part):
                clauses.append(_understand(part, proposals, negated=True))
            else:
                positive.append(part)
        if positive:
            clauses.append(_understand(" , ".join(positive), proposals, negated=False))
    return [c for c in clauses if c.text.strip()]


def _understand(text: str, proposals: list[ProposedSlot], *, negated: bool) -> _Clause:
    clause = _Clause(text=text, negated=negated)
    tests: list[Test] = []
    rest = text
    rest = _take_dates(rest, tests, clause)
    rest = _take_periods(rest, tests, clause)  # before the times: "après-midi" is not "midi"
    rest = _take_times(rest, tests)
    rest = _take_weekdays(rest, tests, clause)
    _take_positions(rest, tests, len(proposals))
    clause.constrained = bool(tests)
    if tests:
        clause.matches = {
            p.position
            for p in proposals
            if all(test(p, p.starts_at.astimezone(ZoneInfo(p.timezone))) for test in tests)
        }
    return clause


def _take_dates(text: str, tests: list[Test], clause: _Clause) -> str:
    def day_month(day: int, month: int | None, weekday: int | None = None) -> Test:
        return lambda _p, local: (
            local.day == day
            and (month is None or local.month == month)
            and (weekday is None or local.weekday() == weekday)
        )

    def on_fr(m: re.Match[str]) -> str:
        tests.append(day_month(int(m.group(1)), _MONTHS[m.group(2)]))
        return " "

    def on_en(m: re.Match[str]) -> str:
        tests.append(day_month(int(m.group(2)), _MONTHS[m.group(1)]))
        return " "

    def on_numeric(m: re.Match[str]) -> str:
        a, b = int(m.group(1)), int(m.group(2))
        # dd/mm in French; an English writer may mean mm/dd: either reading, never a third.
        tests.append(lambda _p, local: (local.day, local.month) in ((a, b), (b, a)))
        return " "

    def on_weekday_day(m: re.Match[str]) -> str:
        weekday = _WEEKDAYS[m.group(1)]
        clause.weekdays.add(weekday)
        tests.append(day_month(int(m.group(2)), None, weekday))
        return " "

    text = _DATE_FR.sub(on_fr, text)
    text = _DATE_EN.sub(on_en, text)
    text = _DATE_NUMERIC.sub(on_numeric, text)
    return _WEEKDAY_DAY.sub(on_weekday_day, text)


def _take_times(text: str, tests: list[Test]) -> str:
    def at(hour: int, minute: int) -> Test:
        return lambda _p, local: (local.hour, local.minute) == (hour, minute)

    def on_ampm(m: re.Match[str]) -> str:
        hour = int(m.group(1)) % 12 + (12 if m.group(3).startswith("p") else 0)
        tests.append(at(hour, int(m.group(2) or 0)))
        return " "

    def on_clock(m: re.Match[str]) -> str:
        tests.append(at(int(m.group(1)), int(m.group(2) or 0)))
        return " "

    text = _TIME_AMPM.sub(on_ampm, text)
    text = _TIME_CLOCK.sub(on_clock, text)
    if _NOON.search(text):
        tests.append(at(12, 0))
        text = _NOON.sub(" ", text)
    return text


def _take_periods(text: str, tests: list[Test], clause: _Clause) -> str:
    for period, pattern in _PERIODS:
        if pattern.search(text):
            clause.period = period
            tests.append(
                _within_hours(*{"morning": (0, 12), "afternoon": (12, 24), "evening": (17, 24)}[period])
            )
            text = pattern.sub(" ", text)
    return text


def _within_hours(low: int, high: int) -> Test:
    return lambda _p, local: low <= local.hour < high


def _take_weekdays(text: str, tests: list[Test], clause: _Clause) -> str:
    found = {_WEEKDAYS[m.group(1)] for m in _WEEKDAY.finditer(text)}
    if found:
        clause.weekdays |= found
        tests.append(lambda _p, local: local.weekday() in found)
    return _WEEKDAY.sub(" ", text)


def _take_positions(text: str, tests: list[Test], count: int) -> None:
    numbers: set[int] = set()
    for pattern in (*_POSITION_PATTERNS, _THE_NUMBER):
        numbers |= {int(m.group(1)) for m in pattern.finditer(text)}
    # "le 12" with three slots is the 12th of the month; "créneau 12" or a bare "12" fits no slot.
    days = {int(m.group(1)) for m in _THE_NUMBER.finditer(text)} - set(range(1, count + 1))
    for word, number in _ORDINALS.items():
        if re.search(rf"(?<![\w']){re.escape(word)}(?![\w'])", text):
            numbers.add(count if number == -1 else number)
    bare = _BARE.match(text.strip())
    if bare:
        numbers.add(int(bare.group(1)))
    if numbers:
        tests.append(lambda p, local: p.position in numbers or local.day in days)


def _neutralise(norm: str) -> str:
    """Remove set phrases whose negation or number says nothing about the slots."""
    for pattern in _NEUTRAL:
        norm = pattern.sub(" ", norm)
    return norm


def _is_negated(part: str) -> bool:
    if _ONLY.search(part):  # "je ne suis disponible que le 2": a restriction, not a refusal
        return False
    return bool(_NEGATION.search(part))


def _has(norm: str, patterns: Iterable[re.Pattern[str]]) -> bool:
    return any(p.search(norm) for p in patterns)


def asks_to_change(norm: str, change: Literal["cancel", "reschedule"]) -> bool:
    """Does this normalised text ask to cancel (or to move) the interview, rather than refuse to?"""
    return _asks_for(norm, _CANCEL if change == "cancel" else _RESCHEDULE)


def _asks_for(norm: str, patterns: Iterable[re.Pattern[str]]) -> bool:
    """A change asked for, not refused: "je ne veux pas annuler" or "no need to reschedule" is no request."""
    for pattern in patterns:
        for found in pattern.finditer(norm):
            before = re.split(r"[,.;!?\n]", norm[max(0, found.start() - 40) : found.start()])[-1]
            if not _NEGATION.search(before) and "besoin" not in before and "need" not in before:
                return True
    return False


def _words(*items: str) -> list[re.Pattern[str]]:
    return [re.compile(rf"(?<![\w']){item}(?![\w])") for item in items]


# The months as a reply names a slot's day (normalised: no accents), whole and short (intake/months.py);
# not «mar», also short for «mardi», nor the short forms it has never read («janv», «fevr», «jun»).
_NOT_READ = frozenset({"janv", "fevr", "mar", "jun"})
_MONTHS = months.full_names(accents=False) | {
    name: number for name, number in months.short_names(accents=False).items() if name not in _NOT_READ
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(_WEEKDAYS)
_DATE_FR = re.compile(rf"\b(\d{{1,2}})(?:er|re|ere)?\s+({_MONTH_RE})\.?(?:\s+\d{{4}})?\b")
_DATE_EN = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?")
_DATE_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/\d{2,4})?\b")
_WEEKDAY_DAY = re.compile(
    rf"\b({_WEEKDAY_RE})\s+(?:the\s+)?(\d{{1,2}})(?:er|st|nd|rd|th)?\b(?!\s*(?:h|:|am|pm|heure))"
)
_WEEKDAY = re.compile(rf"\b({_WEEKDAY_RE})s?\b")
_TIME_AMPM = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?![\w])")
_TIME_CLOCK = re.compile(r"\b(\d{1,2})\s*(?:h|:|heures?)\s*(\d{2})?(?![\w])")
_NOON = re.compile(r"\b(?:a )?midi\b|\bnoon\b")
_PERIODS: list[tuple[Period, re.Pattern[str]]] = [
    ("afternoon", re.compile(r"\b(?:apres[- ]midi|aprem|afternoon)s?\b")),
    ("morning", re.compile(r"\b(?:matin(?:ee)?|morning)s?\b")),
    ("evening", re.compile(r"\b(?:soir(?:ee)?|evening)s?\b")),
]
_POSITION_PATTERNS = [
    re.compile(
        r"(?:\b(?:creneaux?|crenau|options?|choix|propositions?|numeros?|num|slots?|number|no\.?)|n°|#)"
        r"\s*(?:n°|no\.?|numero|number)?\s*(\d{1,2})\b"
    ),
    re.compile(
        r"\b(?:prends|prendrai|prendre|choisis|choisirai|choisir|retiens|retenir|opte pour|prefere|"
        r"take|choose|pick|go with|go for|prefer|book|want)\s+(?:donc\s+)?(?:le |la |the |number |option )?"
        r"(\d{1,2})\b"
    ),
    re.compile(
        r"\b(\d{1,2})\s+(?:me va|me convient|m'arrange|m'irait|me conviendrait|est parfait|"
        r"works|would work|is fine|is good|is perfect|suits me|please|svp|s'il vous plait)"
    ),
]
_THE_NUMBER = re.compile(r"\b(?:le|la|l'|du|au|pour le|the|le n°|c'est le|ce sera le)\s*(\d{1,2})\b")
_BARE = re.compile(r"^(?:n°|#)?\s*(\d{1,2})\s*[.!)]*\s*(?:merci.*|thanks?.*|thank you.*|svp|please)?$")
_ORDINALS = {
    "premier": 1,
    "premiere": 1,
    "1er": 1,
    "1re": 1,
    "1ere": 1,
    "first": 1,
    "1st": 1,
    "deuxieme": 2,
    "second": 2,
    "seconde": 2,
    "2e": 2,
    "2eme": 2,
    "2nd": 2,
    "troisieme": 3,
    "third": 3,
    "3e": 3,
    "3eme": 3,
    "3rd": 3,
    "dernier": -1,
    "derniere": -1,
    "last": -1,
    "last one": -1,
}
_SENTENCE = re.compile(r"[.!?;\n]+|\b(?:mais|but|par contre|en revanche|however|sinon|otherwise)\b")
_NEUTRAL = [
    re.compile(p)
    for p in (
        r"\bne (?:me |nous )?pose(?:ra)? (?:aucun|pas de) (?:souci|probleme)s?\b",
        r"\b(?:pas|aucun|sans) (?:de )?(?:souci|soucis|probleme|problemes)\b",
        r"\bno (?:problem|worries)\b",
        r"\bn'hesitez pas\b",
        r"\bdon't hesitate\b",
        r"\bne pas hesiter\b",
        r"\bfirst of all\b",
        r"\btout d'abord\b",
        r"\bde plus\b",
        r"\bau plus tot\b",
        r"\bas soon as possible\b",
        r"\bn'importe\b",
        r"\b(?:je n'ai )?(?:pas de|aucune) preference\b",
        r"\b(?:i have )?no preference\b",
        r"\bpeu importe\b",
        r"\bcomme vous (?:voulez|preferez|le souhaitez)\b",
        r"\bdoesn't matter\b",
        r"\bpremier emploi\b",
        r"\bfirst job\b",
        r"\bpremiere fois\b",
    )
]
_EXCEPT = re.compile(r"\b(?:sauf|excepte|hormis|a part|except|other than|but not)\b")
_ONLY = re.compile(r"\bn(?:e\s|')[^,]*\bque\b|\bonly\b")
_NEGATION = re.compile(
    r"(?<![\w'])(?:ne|n'|pas|aucun|aucune|jamais|impossible|indisponible|empeche|empechee|not|no|never|"
    r"cannot|can't|cant|unable|unavailable|neither|none|nor|ni)(?![\w])(?!\.?\s*\d)|n't\b"
)
_NONE = _words(
    r"aucun(?:e)?",
    "none",
    "neither",
    r"ni l'un ni l'autre",
    r"aucun des (?:creneaux|trois|deux)",
    r"(?:can't|cannot|can not|unable to|won't be able to|not able to|don't) (?:\w+ ){0,3}any",
)
_UNFIT = re.compile(
    r"\b(?:convien\w*|va|vont|irait|arrang\w*|possible|disponibles?|dispo|libres?|work\w*|suit\w*|"
    r"available|free|fit\w*|ok|okay)\b"
)
_ANY = _words(
    r"n'importe (?:lequel|laquelle|quel creneau|quand)",
    r"peu importe",
    r"tous me (?:vont|conviennent)",
    r"toutes me (?:vont|conviennent)",
    r"(?:je n'ai )?pas de preference",
    r"aucune preference",
    r"comme vous (?:voulez|preferez|le souhaitez)",
    r"au choix",
    r"any(?: of them| one|one| is fine| works)?",
    r"whichever",
    r"either(?: one| is fine| works)?",
    r"all (?:of them )?(?:work|are fine|suit me)",
    r"tous les (?:creneaux|trois) (?:me )?(?:vont|conviennent|sont bons|me vont)",
    r"(?:disponible|dispo|libre)s? (?:a|sur|pour) tous les creneaux",
    r"all (?:three|the slots|slots) (?:work|are fine|suit me)",
    r"no preference",
    r"doesn't matter",
    r"le plus tot (?:possible|sera le mieux)",
    r"the earliest",
)
_CANCEL = _words(
    r"(?:ne|n') ?(?:pourrai|pourrais|peux|pourra|serai|serais|vais) "
    r"(?:finalement |malheureusement |plus |pas )*(?:pas |plus )?"
    r"(?:venir|etre (?:la|present|presente|disponible)|y (?:aller|etre)|assister|participer|honorer)",
    r"(?:ne|n') ?(?:pas|plus) pouvoir (?:venir|etre (?:la|present|presente)|assister|participer)",
    r"empechement",
    r"annuler",
    r"annulation",
    r"can't make it",
    r"cannot make it",
    r"can no longer make it",
    r"won't be able to(?: make it| come| attend)?",
    r"will not be able to(?: make it| come| attend)?",
    r"can't come",
    r"cannot come",
    r"can't attend",
    r"cannot attend",
    r"unable to (?:come|attend|make it)",
    r"cancel",
    r"something came up",
)
_RESCHEDULE = _words(
    r"decaler",
    r"decale",
    r"reporter",
    r"report",
    r"deplacer",
    r"changer (?:de|le|la|l') ?(?:creneau|date|horaire|"
    r"heure|jour|rendez-vous|rdv)",
    r"modifier (?:le|la|l') ?(?:creneau|date|horaire|heure|rendez-vous|rdv)",
    r"(?:un |une )?autre (?:creneau|date|horaire|jour|moment|heure)",
    r"d'autres (?:creneaux|dates|horaires)",
    r"reschedule",
    r"rescheduling",
    r"postpone",
    r"move (?:the|my|our) (?:interview|appointment|meeting)",
    r"another (?:time|slot|date|day)",
    r"other (?:times|slots|dates|days)",
    r"(?:a )?different (?:time|slot|date|day)",
    r"change (?:the|my) (?:time|slot|date|appointment)",
)
_WITHDRAWAL = _words(
    r"retire(?:r)? ma candidature",
    r"plus interesse(?:e)?",
    r"ne souhaite plus",
    r"ne desire plus",
    r"trouve (?:un|du) (?:emploi|poste|travail|job|cdi|cdd)",
    r"withdraw",
    r"no longer interested",
    r"found a job",
    r"accepted (?:a|another) (?:job|position|offer)",
)
_QUOTE_HEADER = re.compile(
    r"^(?:le .{0,120}(?:a ecrit|a écrit)|on .{0,160}wrote|.{0,120}<[^>]+@[^>]+> (?:a écrit|wrote))\s*:?\s*$",
    re.IGNORECASE,
)
_ORIGINAL = re.compile(
    r"^(?:-{2,}\s*(?:original message|message d'origine|message original)|_{10,}|de\s?: .+@|from: .+@)",
    re.IGNORECASE,
)

# Up to three words of letters after a greeting or sign-off: a name («Bonjour Madame Durand»), never a number.
_NAME = r"(?:\s+[^\W\d_][\w'-]*){0,3}"
_GREETING = re.compile(
    r"(?:bonjour|bonsoir|salut|coucou|hello|hi|hey|dear|good (?:morning|afternoon|evening)|"
    r"madame|monsieur|madame,? monsieur|chere|cher|cheres|chers|a qui de droit|to whom it may concern)"
    rf"{_NAME}(?:\s*,\s*(?:madame|monsieur){_NAME})?"
)
# Sign-offs after which only a signature follows.
_CLOSING = (
    r"(?:(?:tres |bien |tres bien )?cordialement|bien (?:a vous|a toi|amicalement)|amicalement|"
    r"(?:mes |avec mes )?(?:sinceres |meilleures )?salutations(?: distinguees)?|bien sincerement|sincerement|"
    r"(?:je vous souhaite (?:une |un )?)?(?:tres )?(?:bonne|belle|excellente|bon) (?:soiree|journee|"
    r"fin de journee|fin de soiree|semaine|fin de semaine|week-end|weekend|apres-midi|continuation|"
    r"fin d'apres-midi|matinee|fin de matinee)(?: a vous)?|a (?:tres )?bientot|"
    r"au plaisir(?: de vous (?:lire|rencontrer|voir))?|"
    r"(?:best|kind|warm|warmest|many)? ?regards|best(?: wishes)?|all the best|cheers|sincerely(?: yours)?|"
    r"yours(?: sincerely| truly| faithfully)?|talk soon|see you(?: soon| then)?|"
    r"have a (?:nice|good|great|lovely) (?:evening|day|week|weekend|afternoon|night)|"
    r"(?:envoye|sent) (?:de|depuis|from) (?:mon|my) \w+(?: \w+)?)"
    rf"(?:{_NAME})?"
)
_THANKS = (
    r"(?:(?:un )?grand merci(?: a vous)?|merci(?: beaucoup| bien| encore| a vous| infiniment| d'avance|"
    r" par avance| pour votre (?:retour|reponse|message|proposition|aide))*|many thanks|"
    r"thanks(?: a lot| again| so much| in advance)?|thank you(?: so much| again| very much| in advance)?)"
    rf"(?:\s+(?:et|and)\s+{_CLOSING}|{_NAME})?"
)
_SIGN_OFF = re.compile(rf"{_CLOSING}|{_THANKS}")
_CLOSING_LINE = re.compile(_CLOSING)
# A line that is only a phone number, an address, a link or a mail client's tagline.
_SIGNATURE_LINE = re.compile(
    r"^(?:(?:tel|telephone|phone|mobile|portable|port|mob|cell)\.?\s*:?\s*)?\+?[\d\s().-]{9,}$|"
    r"^\S+@\S+\.\w+$|^(?:https?://|www\.)\S+$|linkedin\.com|"
    r"^(?:envoye|sent) (?:de|depuis|from) |^get outlook for|^telecharger outlook"
)
