"""The surface of words: a text as written → the same text as the lexicon and the parser expect to read it.

One step before anything is read (`read_surface`): a word the model's vocabulary does not know is read as
the known word it hides — its accents restored («diplome» → «diplôme», «prevue» → «prévue»), one letter
typed wrong, missing, extra or swapped in a word of the lexicon («serivce» → «service», «licnece» →
«licence»), an OCR confusion («rnaster» → «master», «2O25» → «2025», «Bac + l» → «Bac + 1»), a shorthand of
the SMS register (rules/lexicon/surface.toml); a line written in capitals is read in lower case, the
lexicon's acronyms kept («BTS», «BUT»). A known word is never changed, nor an address, a link, a name
(a capitalised word inside a sentence) or an English line.

Invariants: most edits keep the length of the word, and every edit is recorded with its place in both
texts, so `Surface.written` turns a quote of the read text back into the words as written: evidence
always quotes the original. A text with nothing to read differently is returned as it is (the same
object), so clean mail reads exactly as before.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar, cast

from intake import resources
from intake.documents.limits import DocumentResult
from intake.parsing import ParsedMessage
from intake.understanding.calques import calque_reads
from intake.understanding.clauses import is_english, is_french
from intake.understanding.facts import DiplomaMention, Evidence, Fact
from intake.understanding.heard_apart import apart_reads
from intake.understanding.inclusive import inclusive_reads
from intake.understanding.letters import OCR_DIGITS, sound_of, strip_accents
from intake.understanding.lexicon import read_table
from intake.understanding.markdown import markdown_reads
from intake.understanding.nlp import MODEL
from intake.understanding.oral_forms import oral_reads
from intake.understanding.plain import composed, read_plain
from intake.understanding.told_done import told_done
from intake.understanding.trainee_teacher import trainee_reads


@dataclass(frozen=True)
class Edit:
    read_at: int  # start in the read text
    now: str  # the words as read
    was: str  # the words as written


@dataclass(frozen=True)
class Surface:
    written_text: str
    read_text: str
    edits: tuple[Edit, ...] = ()

    def written(self, quote: str) -> str:
        """`quote` (a part of the read text, maybe with its lines joined) in the words as written."""
        if not self.edits or not quote:
            return quote
        at = self.read_text.find(quote)
        if at >= 0:
            return self._written_span(at, at + len(quote))
        out = quote
        for edit in sorted(self.edits, key=lambda e: -len(e.now)):
            if not _as_word(edit.now).search(self.written_text):  # never a word that was there already
                out = _as_word(edit.now).sub(edit.was.replace("\\", "\\\\"), out)
        # Put back only a quote of this text (its lines maybe joined, a note maybe added after it): another
        # text's quote stays as it is.
        opening = " ".join(out.split())[:_OPENING]
        return out if opening in " ".join(self.written_text.split()) else quote

    def _written_span(self, start: int, end: int) -> str:
        """The written text under the read span [start, end): edits inside it put back one by one."""
        parts: list[str] = []
        cursor = start
        for edit in self.edits:
            edit_end = edit.read_at + len(edit.now)
            if edit_end <= start or edit.read_at >= end:
                continue
            parts.append(self.read_text[cursor : max(cursor, edit.read_at)])
            parts.append(edit.was)
            cursor = max(cursor, edit_end)
        parts.append(self.read_text[cursor:end])
        return "".join(parts)


_OPENING = 40  # characters of a quote that must open a place of the written text


@lru_cache(maxsize=256)
def _as_word(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(words)}(?!\w)")


def written(quote: str, surfaces: Iterable[Surface]) -> str:
    """`quote` as written, from whichever of `surfaces` it was read in."""
    for surface in surfaces:
        back = surface.written(quote)
        if back != quote:
            return back
    return quote


# A word (letters, inner apostrophes and hyphens excluded), a number-like run OCR may have spoilt, or the
# parts of a text never to read as words: addresses and links.
_TOKEN = re.compile(
    r"(?P<skip>[\w.+'-]+@[\w.-]+|(?:https?://|www\.)\S+)"
    r"|(?P<num>(?<![\w])[0-9OolI|]*[0-9][0-9OolI|]*(?![\w]))"
    r"|(?P<word>[^\W\d_]+)"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
_BEFORE_A_WORD = re.compile(r" [^\W\d_]")
_PREVIOUS = re.compile(r"([^\W\d_]+)['’\s]+$")
_THERE_IS = re.compile(r"\by\s+a\s+$", re.IGNORECASE)
# SMS drops the «e» and the apostrophe of «je» before a consonant: «jcherche», «jveux», «jsais».
_ELIDED_JE = re.compile(r"j(?P<verb>[bcdfgklmnpqrstvwxz][a-zàâçéèêëîïôûù]{2,})")
_LONE_ONE = re.compile(r"(?<=\+ )[lI](?![\w])|(?<=\+)[lI](?![\w])")


def read_surface(text: str, *, shouting: bool = True) -> Surface:
    """The text as the reader reads it, with each edit recorded (see the module's invariants).
    `shouting`: a line in capitals is read in lower case (not in a document: a CV's headings and name are
    in capitals by design)."""
    if not text:
        return Surface(text, text)
    rules_dir = resources.rules_dir()
    # Its code points in their plain form first (plain.py), their changes put together with the surface's.
    plain, changes = read_plain(text, _load_words(rules_dir).known.__contains__)
    marked, marks = markdown_reads(plain)  # raw markdown's marks read as the structure they draw
    if marks:
        changes = composed(plain, changes, marks)
        plain = marked
    read = _read_surface(plain, shouting, rules_dir)
    if not changes:
        return read
    edits = composed(plain, changes, [(e.read_at, e.now, e.was) for e in read.edits])
    return Surface(text, read.read_text, tuple(Edit(*e) for e in edits))


@lru_cache(maxsize=16)
def _read_surface(text: str, shouting: bool, rules_dir: Path) -> Surface:
    """Cached: the classifier and the applicant's reader both read the same body and subject, and a
    Surface is immutable (keyed on the rules directory, whose words it reads)."""
    edits: list[Edit] = []
    out: list[str] = []
    cursor = 0
    delta = 0
    english_text = is_english(text)
    for line_start, line in _lines(text):
        # An English CV's line with no function word at all («maintenance technician (permanent contract)»)
        # is English too: «contract» is no typo of «contact».
        english = is_english(line) or (english_text and not is_french(line))
        for at, now, was in _line_read(line, english, shouting, rules_dir):
            start = line_start + at
            out.append(text[cursor:start])
            edits.append(Edit(start + delta, now, was))
            out.append(now)
            cursor = start + len(was)
            delta += len(now) - len(was)
    if not edits:
        return Surface(text, text)
    out.append(text[cursor:])
    return Surface(text, "".join(out), tuple(edits))


@lru_cache(maxsize=4096)
def _line_read(line: str, english: bool, shouting: bool, rules_dir: Path) -> tuple[tuple[int, str, str], ...]:
    """(where in the line, read as, written) of each token of one line read otherwise. Kept per line: a
    pure function of the line, its language, `shouting` and the rules' words (a CV's and a mail's lines
    come back: the same headings, the same signature), so a kept answer is the answer."""
    words = _load_words(rules_dir)
    shouted = shouting and _is_shouted(line)
    runs = _shouted_runs(line, words) if shouting and not shouted else ()
    tokens = list(_TOKEN.finditer(line))
    read = inclusive_reads(line, [m.span() for m in tokens if m.group("skip")]) if not english else []
    read += [r for r in calque_reads(line, english) if not _overlaps(r, read)]  # a translation's namesakes
    oral = oral_reads(line) if not english else []  # «j'suis plus en stage»: «je ne suis plus en stage»
    read += [r for r in oral if not _overlaps(r, read)]
    read += [r for r in apart_reads(line, english) if not _overlaps(r, read)]  # words a recogniser cut apart
    read += [r for r in trainee_reads(line, english) if not _overlaps(r, read)]  # «professeure stagiaire»
    marked = [(at, at + len(was)) for at, _, was in read]
    for m in tokens:
        if m.group("skip") or any(a < m.end() and m.start() < b for a, b in marked):
            continue
        loud = shouted or any(a <= m.start() < b for a, b in runs)
        now = _read_token(m, line, words, english=english, shouted=loud)
        if now is not None and now != m.group(0):
            read.append((m.start(), now, m.group(0)))
    return tuple(sorted(read))


def _overlaps(edit: tuple[int, str, str], edits: list[tuple[int, str, str]]) -> bool:
    at, _, was = edit
    return any(a < at + len(was) and at < a + len(w) for a, _, w in edits)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    at = 0
    for line in text.split("\n"):
        yield at, line
        at += len(line) + 1


def _read_token(
    m: re.Match[str], line: str, words: Words, *, english: bool, shouted: bool
) -> str | None:
    """What one token reads as, or None to keep it. Whether the token opens a sentence and the word before it
    are looked for only on the paths that use them (two end-anchored searches a token, the surface's costliest
    part): a word in lower case asks neither unless it may be a participle or an unknown word."""
    token = m.group(0)
    if m.group("num"):
        return token.translate(OCR_DIGITS) if not token.isdigit() else None
    if token in ("l", "I") and _LONE_ONE.search(line[: m.end()]):
        return "1"  # «Bac + l»: OCR's one
    if shouted and token.isupper():
        if token in words.acronyms or (len(token) == 1 and line[m.end() : m.end() + 1] not in ("'", "’")):
            return None
        lowered = token.lower()
        fixed = _known(lowered, words, _after_auxiliary(line, m.start(), words))
        if fixed is None:
            return token[:1] + lowered[1:]  # a word no vocabulary knows: a name, read as one
        return fixed[:1].upper() + fixed[1:] if _starts_sentence(line, m.start()) else fixed
    sms = (words.sms_english if english else words.sms).get(token) if token.islower() else None
    if sms is not None and (len(token) > 1 or _BEFORE_A_WORD.match(line, m.end())):
        return sms
    if english:
        return None
    if token.islower() and (elided := _elided_je(token, words)):
        return elided
    if token[:1].isupper() and not _starts_sentence(line, m.start()):
        return None  # a name, or a title of a thing: as written
    lowered = token.lower()
    # _participle first: a test of the word alone, None for most words, so the word before is seldom read.
    done = _participle(lowered, words) if token.islower() else None
    if done and _word_before(line, m.start()) in words.avoir:
        return done
    if (auxiliary := words.auxiliary_forms.get(lowered)) is not None:
        return auxiliary if token.islower() else auxiliary[:1].upper() + auxiliary[1:]  # «ete», «etait»
    if lowered in words.known or (token.isupper() and len(token) > 1) or len(line.split()) < 3:
        return None  # a known word, an acronym, or a line too short to be a sentence (a name signed)
    if token.islower() and _present_after_subject(lowered, line, m.start(), words):
        return None  # «je redouble mon M2»: the verb's present, not «redoublé»
    # A capitalised word opening a sentence may be a name («Amine», «Guerin»): only a typo of the lexicon
    # or OCR's «rn» is read in it, never accents the name may not have.
    found = _known(lowered, words, _after_auxiliary(line, m.start(), words), accents=token.islower())
    if found is None:
        return None
    return found[:1].upper() + found[1:] if token[:1].isupper() else found


def _starts_sentence(line: str, start: int) -> bool:
    return _at_end(_SENTENCE_START, _SPACES, line, start) is not None


def _word_before(line: str, start: int) -> str:
    """The word before the token at `start`, in lower case; none after «y a» («il y a entre dix et vingt
    postes»: «y a» is no auxiliary)."""
    previous = _at_end(_PREVIOUS, _SEPARATORS, line, start)
    after = previous.group(1).lower() if previous is not None else ""
    return "" if after == "a" and _THERE_IS.search(line[:start]) else after


def _after_auxiliary(line: str, start: int, words: Words) -> bool:
    """The token follows a form of «avoir» or «être»: it may be a participle."""
    after = _word_before(line, start)
    return after in words.avoir or after in words.etre


# The runs the end-anchored patterns above close on: a window of the line wholly inside one is no answer.
_SPACES = re.compile(r"\s+")
_SEPARATORS = re.compile(r"['’\s]+")
_WINDOW = 48


def _at_end(pattern: re.Pattern[str], run: re.Pattern[str], line: str, end: int) -> re.Match[str] | None:
    """`pattern.search(line[:end])` for a pattern anchored at the end (`$`) whose match is a run of other
    characters then a final run of `run`'s: searched in the last _WINDOW characters only, since searching a
    whole prefix for each token of a line was the surface's costliest search. The window gives the same match
    unless the match may start before it: a match found at the window's start (maybe cut), or none found in a
    window made only of the final run; then the whole prefix is searched."""
    start = max(0, end - _WINDOW)
    found = pattern.search(line, start, end)
    if start and (found.start() == start if found is not None else run.fullmatch(line, start, end)):
        found = pattern.search(line, 0, end)
    return found


def _elided_je(token: str, words: Words) -> str | None:
    """«jcherche» → «je cherche»: an unknown word made of «j» and a known word opening on a consonant."""
    found = _ELIDED_JE.fullmatch(token) if token.startswith("j") else None  # the pattern's first letter
    if found is None or token in words.known or found.group("verb") not in words.known:
        return None
    return f"je {found.group('verb')}"


def _inflected(word: str, words: Words) -> bool:
    """A plural or a feminine the vocabulary lacks of a word it knows («promos», «alternante»,
    «embauchée»): an inflection is no typo."""
    return any(word.endswith(e) and word[: -len(e)] in words.known for e in ("s", "x", "e", "es"))


def _known(lowered: str, words: Words, participle: bool = False, accents: bool = True) -> str | None:
    """The known word an unknown lower-case word hides: OCR's «rn» for «m», its accents, one typo."""
    if lowered in words.known:
        return lowered
    for candidate in _ocr_readings(lowered):
        if candidate in words.known:
            return candidate
    if lowered.endswith("k") and (spoken := lowered[:-1] + "que") in words.known:
        return spoken  # SMS writes «que» as «k»: «civik», «logistik»
    accented = words.accents.get(lowered) if accents else None
    if accented:
        ending = [w for w in accented if participle and told_done(w)]
        if ending:
            return ending[0]
        fewest = [w for w in accented if _accents(w) == _accents(accented[0])]
        return fewest[0] if len(fewest) == 1 else None  # «tete»: «tête» or «tète», not told by the word
    if len(lowered) < 5 or _inflected(lowered, words):
        return None
    return _one_typo(lowered, words.typos) or words.heard.get(sound_of(lowered))


def _heard(said: Iterable[str]) -> dict[str, str]:
    """The words of surface.toml [by_ear] by their sound: a sound of five letters or more, one word's."""
    by_sound: dict[str, list[str]] = {}
    for word in said:
        by_sound.setdefault(sound_of(word), []).append(word)
    return {sound: found[0] for sound, found in by_sound.items() if len(sound) >= 5 and len(found) == 1}


def _participle(word: str, words: Words) -> str | None:
    """«commence» after «avoir»: the participle «commencé», when the vocabulary knows it (a word of five
    letters or more: «une», «elle» are no verbs)."""
    if len(word) < 5:
        return None
    for ending, accented in (("ees", "ées"), ("ee", "ée"), ("es", "és"), ("e", "é")):
        stem = word[: -len(ending)]
        if word.endswith(ending) and stem + accented in words.known and stem + "er" in words.known:
            return stem + accented  # a verb of the first group («trouver»): «elle» is none
    return None


def _present_after_subject(word: str, line: str, start: int, words: Words) -> bool:
    """«je redouble», «il recommence»: a word in -e or -es right after a subject pronoun, whose verb of the
    first group the vocabulary knows («redoubler»), is that verb's present, not a participle to accent."""
    stem = word[:-2] if word.endswith("es") else word[:-1] if word.endswith("e") else ""
    return len(word) >= 5 and stem + "er" in words.known and _word_before(line, start) in words.subjects


def _ocr_readings(word: str) -> Iterator[str]:
    """What OCR may have made of a word: «m» read «rn» («cornrnercial» → «commercial», all of them first,
    then each alone). A short word ending in «rn» is English («burn», «born»), not «bum»: the reading
    must keep four letters, unless the word starts with «rn», which no French word does («rnon»)."""
    if "rn" not in word:
        return
    readings = [word.replace("rn", "m")]
    spots = [m.start() for m in re.finditer("rn", word)]
    if len(spots) > 1:
        readings += [word[:at] + "m" + word[at + 2 :] for at in spots]
    yield from (r for r in readings if len(r) >= 4 or word.startswith("rn"))


def _one_typo(word: str, typos: Typos) -> str | None:
    """The one word of the lexicon at one edit of `word`: two letters swapped, or, for words of six letters
    or more, a letter wrong, missing or extra. A swap keeps every letter typed, so one swap found is taken
    before edits that change a letter («mastre» is «master», not «maître»)."""
    found = {c for c in _swaps(word) if c in typos.words}
    if len(found) == 1:
        return found.pop()
    edited = set(typos.missing.get(word, set()))
    for i in range(len(word)):
        extra = word[:i] + word[i + 1 :]
        if extra in typos.long_words:
            edited.add(extra)
        edited |= typos.wrong.get(word[:i] + "?" + word[i + 1 :], set())
    found |= {c for c in edited if _inside(word, c)}
    return found.pop() if len(found) == 1 else None


def _inside(word: str, target: str) -> bool:
    """The one letter wrong, missing or extra stands inside the word: after its first letter and before its
    last two. A word's edges carry its inflection and its clitics («candidater», «agente», «jcherche»):
    another ending or a glued «j» is another word, not a typo."""
    at = next((i for i, (a, b) in enumerate(zip(word, target, strict=False)) if a != b), len(word))
    return at >= 1 and max(len(word), len(target)) - at >= 3


def _swaps(word: str) -> Iterator[str]:
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]


@dataclass(frozen=True)
class Typos:
    """The lexicon's words, indexed by what one typo makes of them."""

    words: frozenset[str]
    long_words: frozenset[str]  # six letters or more: a letter wrong, missing or extra is read too
    missing: dict[str, set[str]]  # the word less one letter → the words
    wrong: dict[str, set[str]]  # the word with one letter as «?» → the words

    @classmethod
    def of(cls, words: frozenset[str]) -> Typos:
        long_words = frozenset(w for w in words if len(w) >= 6)
        missing: dict[str, set[str]] = {}
        wrong: dict[str, set[str]] = {}
        for w in long_words:
            for i in range(len(w)):
                missing.setdefault(w[:i] + w[i + 1 :], set()).add(w)
                wrong.setdefault(w[:i] + "?" + w[i + 1 :], set()).add(w)
        return cls(words, long_words, missing, wrong)


# Three words or more in capitals in a row, inside a line that is not all in capitals, the writer speaking of
# themselves («J'AI EU MA LICENCE PRO», «J'AI MON BUT», "I GOT MY DEGREE"): a shout, not a name in capitals.
_CAPITALS_RUN = re.compile(r"(?<![^\W\d_])[A-ZÀ-Ý]+(?:[\s'’]+[A-ZÀ-Ý]+){2,}(?![^\W\d_])")
_FIRST_PERSON = frozenset({"J", "JE", "MOI", "MON", "MA", "MES", "I", "MY", "ME"})


def _shouted_runs(line: str, words: Words) -> tuple[tuple[int, int], ...]:
    """The spans of a line in lower case that are shouted: capitals carry no fact, the words are read as if
    in lower case (the lexicon's acronyms kept, as in a line written in capitals). A run must say «je»,
    «mon», "I", "my"…, and its other words of three letters or more be words of the vocabulary or acronyms:
    «CV MARIE DUPONT» or «JEAN MARTIN DE PARIS» is a name in capitals, no shout."""
    return tuple(m.span() for m in _CAPITALS_RUN.finditer(line) if _a_shout(m.group(), words))


def _a_shout(run: str, words: Words) -> bool:
    said = re.findall(r"[^\W\d_]+", run)
    plain = [w for w in said if len(w) > 2 and w not in words.acronyms]
    return bool(_FIRST_PERSON.intersection(said)) and all(w.lower() in words.known for w in plain)


def _is_shouted(line: str) -> bool:
    """A line written in capitals: three words or more, nearly all its letters upper case."""
    letters = [c for c in line if c.isalpha()]
    words = re.findall(r"[^\W\d_]{2,}", line)
    return len(words) >= 3 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


@dataclass(frozen=True)
class Words:
    known: frozenset[str]  # the model's vocabulary, lower case
    accents: dict[str, tuple[str, ...]]  # a word written without its accents → the known words, fewest first
    typos: Typos  # the lexicon's own words: a typo is read towards these only
    acronyms: frozenset[str]  # «BTS», «BUT»: kept in capitals in a line written in capitals
    sms: dict[str, str]
    sms_english: dict[str, str]
    avoir: frozenset[str]  # «ai», «a»: the word after one is read as a participle
    etre: frozenset[str]  # «suis», «est»: an unknown word after one too
    auxiliary_forms: dict[str, str]  # «ete» → «été»: the auxiliaries' own forms without their accents
    heard: dict[str, str]  # a sound → the one [by_ear] word spelled so by ear («novanbre» → «novembre»)
    subjects: frozenset[str] = frozenset()  # «je», «il»: a word in -e after one is a verb's present


def _accents(word: str) -> int:
    return sum(not c.isascii() for c in word)


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """The words of the French model's vocabulary (its strings), lower case."""
    import spacy.util

    path = next(spacy.util.get_package_path(MODEL).glob("*/vocab/strings.json"))
    strings = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(s for s in strings if s.isalpha() and s.islower())


def load_words() -> Words:
    """The words of the rules in use, read once per rules directory (the ``extract`` workers' warm-up
    reads them before the first message)."""
    return _load_words(resources.rules_dir())


@lru_cache(maxsize=4)
def _load_words(rules_dir: Path) -> Words:
    known = _vocabulary()
    by_key: dict[str, set[str]] = {}
    for word in known:
        if word.isascii():
            continue
        key = strip_accents(word)
        if key != word and key not in known:
            by_key.setdefault(key, set()).add(word)
    # Of two accented readings («diplôme», «diplômé»), the one with fewer accents: the other is asked of
    # the sentence, not the word.
    accents = {key: tuple(sorted(found, key=lambda w: (_accents(w), w))) for key, found in by_key.items()}
    strings = list(_toml_strings(rules_dir))
    lexicon = frozenset(w for s in strings for w in re.findall(r"[^\W\d_]{5,}", s.lower()) if w in known)
    table = read_table(rules_dir, "surface.toml")
    words_too = set(table.get("acronyms", {}).get("words", []))
    acronyms = frozenset(
        w for s in strings for w in re.findall(r"\b[A-Z][A-Z0-9]{1,5}\b", s) if w not in words_too
    )
    avoir = frozenset(table.get("auxiliary", {}).get("avoir", []))
    etre = frozenset(table.get("auxiliary", {}).get("etre", []))
    sms, english = dict(table.get("sms", {})), dict(table.get("sms_english", {}))
    forms = {strip_accents(w): w for w in avoir | etre if strip_accents(w) != w}
    heard = _heard(table.get("by_ear", {}).get("words", []))
    subjects = frozenset(table.get("subject", {}).get("pronouns", []))
    typos = Typos.of(lexicon)
    return Words(known, accents, typos, acronyms, sms, english, avoir, etre, forms, heard, subjects)


# Files whose strings are no words to read a typo towards: the surface's own table, and drafts.toml's
# patterns of a drafted mail's labels («exemple», «proposition» would pull "example" in an English address
# to «exemple»). awards.toml and placements.toml hold words moved out of code in stop 50 (award_dated,
# trade_diploma, trainee_teacher, end_unfixed), no typo's target before: making them one («fixée»,
# «enseignante», the acronym «PE») is a change of its own, to be measured apart.
_NOT_VOCABULARY = frozenset({"surface.toml", "drafts.toml", "awards.toml", "placements.toml"})


def _toml_strings(rules_dir: Path) -> Iterator[str]:
    for path in sorted((rules_dir / "lexicon").glob("*.toml")):
        if path.name in _NOT_VOCABULARY:
            continue
        yield from _strings_in(read_table(rules_dir, path.name))


def _strings_in(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings_in(item)


def read_message(msg: ParsedMessage) -> tuple[ParsedMessage, tuple[Surface, ...]]:
    """The message with its body and subject as read, and their surfaces (to quote what was written)."""
    body, subject = read_surface(msg.text), read_surface(msg.subject)
    if not body.edits and not subject.edits:
        return msg, ()
    return dataclasses.replace(msg, text=body.read_text, subject=subject.read_text), (body, subject)


def read_documents(documents: Sequence[DocumentResult]) -> tuple[list[DocumentResult], tuple[Surface, ...]]:
    """Each document's text as read, and the surfaces of those read differently."""
    out: list[DocumentResult] = []
    surfaces: list[Surface] = []
    for d in documents:
        surface = read_surface(d.text, shouting=False) if d.text else None
        if surface is not None and surface.edits:
            surfaces.append(surface)
            d = dataclasses.replace(d, text=surface.read_text)
        out.append(d)
    return out, tuple(surfaces)


T = TypeVar("T")


def as_written(facts: T, surfaces: Sequence[Surface]) -> T:
    """`facts` with every evidence (and every diploma as written on its line) quoting the original words."""
    if not surfaces:
        return facts
    return cast(T, _as_written(facts, surfaces))


def _written_words(value: str, surfaces: Sequence[Surface]) -> str:
    """Each word of a value an edit made, as written, in the value's own capitals."""
    edits = [e for surface in surfaces for e in surface.edits]
    was = {e.now.lower(): e.was for e in edits if e.now.lower() != e.was.lower()}  # not a case alone

    def back(m: re.Match[str]) -> str:
        word = m.group(0)
        original = was.get(word.lower())
        if original is None:
            return word
        return original[:1].upper() + original[1:] if word[:1].isupper() else original

    return re.sub(r"[^\W\d_]+", back, value)


def _as_written(value: Any, surfaces: Sequence[Surface]) -> Any:
    if isinstance(value, Evidence):
        return Evidence(written(value.text, surfaces), value.where)
    if isinstance(value, Fact) and isinstance(value.value, str):
        # A name read in a line without capitals («anais koné» was «anais kone»): the value as written, when
        # it was read in an edited text (a header's name is as written already).
        evidence = _as_written(value.evidence, surfaces)
        if evidence == value.evidence:
            return value
        return Fact(_written_words(value.value, surfaces), evidence)
    if isinstance(value, list):
        return [_as_written(v, surfaces) for v in value]
    if isinstance(value, tuple):
        return tuple(_as_written(v, surfaces) for v in value)
    if isinstance(value, dict):
        return {k: _as_written(v, surfaces) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _as_written(getattr(value, f.name), surfaces) for f in dataclasses.fields(value)}
        if isinstance(value, DiplomaMention):
            changes["text"] = written(value.text, surfaces)
        return dataclasses.replace(value, **changes)
    return value
