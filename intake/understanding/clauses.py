"""What a French sentence says about a word, read from its dependency parse: is it negated, is it past,
who is the subject. Word lists never see the sentence as a string here: they name meanings (stems of
lemmas) and the parse decides scope — «je ne suis ni en stage ni en service civique», «sans stage en
cours», «mon service civique s'est terminé en juin», «je suis stagiaire chez X».

The parser is fr_core_news_sm without its lemmatizer (its lookup tables cost 125 MB per process and
lemmatise «postule» as «postul»): words are matched on their lower-case form against stems.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Any

from intake.understanding.figures import MINIMISED, figures_in
from intake.understanding.lexicon import load_meanings

MODEL = "fr_core_news_sm"
PAST, PRESENT, FUTURE, CONDITIONAL, NO_TENSE = "past", "present", "future", "conditional", ""
# The marks that end a sentence inside a unit (a semicolon closes as much as a full stop): no clause runs past
# them, whatever else ends it — put in a character class by the readers of a clause's end.
SENTENCE_MARKS = ".;!?"

_PREDICATE_LINKS = frozenset({"cop", "aux", "aux:tense", "aux:pass", "aux:caus"})
# French function words against English ones: the French parser reads English as noise.
_FRENCH = frozenset(
    [
        "je",
        "j'",
        "j’",
        "ne",
        "n'",
        "n’",
        "pas",
        "le",
        "la",
        "les",
        "des",
        "du",
        "un",
        "une",
        "et",
        "est",
        "suis",
        "mon",
        "ma",
        "mes",
        "dans",
        "pour",
        "au",
        "aux",
        "avec",
        "sur",
        "chez",
        "depuis",
        "mais",
        "ou",
        # «Il me reste cinq mois de service civique»: an impersonal sentence, read by its pronouns.
        "il",
        "elle",
        "me",
        "m'",
        "que",
        "qu'",
        "qui",
        "ce",
        "c'",
        "l'",
    ]
)
_ENGLISH = frozenset(
    [
        "i",
        "i'm",
        "i’m",
        "the",
        "a",
        "an",
        "and",
        "is",
        "am",
        "my",
        "in",
        "for",
        "to",
        "of",
        "not",
        "with",
        "at",
        "since",
        "but",
        "or",
        "was",
    ]
)


@lru_cache(maxsize=1)
def load_parser() -> Any:
    """Tagger and parser only: loaded once per process, and only when a sentence needs a parse."""
    import spacy

    return spacy.load(MODEL, exclude=["ner", "senter", "lemmatizer", "attribute_ruler"])


# Parsed texts, shared by every reader of a process: the applicant signals tag a message's sentences
# (signals.py) and the criteria's readers parse the same sentences again (about three parses in four were
# of a text already tagged, on voices). Oldest dropped first past _PARSED_KEPT.
_PARSED: dict[str, Any] = {}
_PARSED_KEPT = 256


def parse(sentence: str) -> Any:
    """The same sentence is asked about by several readers (situation, ESS aim): parse it once."""
    doc = _PARSED.get(sentence)
    if doc is None:
        doc = load_parser()(sentence)
        _keep_parsed(sentence, doc)
    return doc


def parse_all(texts: list[str]) -> list[Any]:
    """The Docs of `texts`, in order: those not parsed yet in one batch (`nlp.pipe`), each text once.

    Invariant: the same Doc as `parse(text)` for each text — one pipeline, and a Doc of the batch holds the
    same tags, morphology and dependencies as one parsed alone (checked on ~5,000 texts of the corpora)."""
    docs = {text: _PARSED[text] for text in texts if text in _PARSED}
    new = [text for text in dict.fromkeys(texts) if text not in docs]
    for text, doc in zip(new, load_parser().pipe(new) if new else (), strict=True):
        docs[text] = doc
        _keep_parsed(text, doc)
    return [docs[text] for text in texts]


def _keep_parsed(text: str, doc: Any) -> None:
    if len(_PARSED) >= _PARSED_KEPT:
        del _PARSED[next(iter(_PARSED))]  # the oldest: a dict keeps its insertion order
    _PARSED[text] = doc


# Kept: the readers ask is_french / is_english of the same unit several times (about four a unit); the
# counts depend on the sentence alone (_FRENCH and _ENGLISH are frozen), so a kept count is the count.
@lru_cache(maxsize=4096)
def _function_words(sentence: str) -> tuple[int, int]:
    """How many French and English function words the sentence holds."""
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ]+['’]?", sentence.lower())
    return sum(w in _FRENCH for w in words), sum(w in _ENGLISH for w in words)


def is_french(sentence: str) -> bool:
    french, english = _function_words(sentence)
    return french >= english and french > 0


def is_english(sentence: str) -> bool:
    """More English than French function words: «Application - intern until March», not «en stage»."""
    french, english = _function_words(sentence)
    return english > french


def starts_with(token: Any, stems: Iterable[str]) -> bool:
    text = token.lower_.replace("’", "'")
    if len(text) > 3 and text[0] == "j" and text[1] not in _VOWELS:
        text = text[1:]  # «jrecherche», «jveux»: SMS style glues «je» to its verb
    return any(text.startswith(stem) for stem in stems)


_VOWELS = frozenset("aeiouyàâéèêëîïôöûüh'")


def is_verb(token: Any) -> bool:
    """A verb, but not an adverb in «-ment» the small model tags as an imperfect («activement»)."""
    return token.pos_ in {"VERB", "AUX"} and not token.lower_.endswith("ment")


def predicate_of(token: Any) -> Any:
    """The word carrying tense for `token`: itself when it is a verb or a predicate noun («je suis en
    stage»), else the nearest such ancestor («mon stage se termine» → «termine»)."""
    current = token
    for _ in range(12):
        if is_verb(current) or any(c.dep_ == "cop" for c in current.children):
            return current
        if current.head.i == current.i:
            return current
        current = current.head
    return current


def _conjunct_chain(token: Any) -> Iterator[Any]:
    """«ni en stage ni en service civique»: the second conjunct shares the first one's scope."""
    current = token
    yield current
    while current.dep_ == "conj" and current.head.i != current.i:
        if any(c.lower_ in {"mais", "but"} for c in current.children):
            return  # «je ne suis pas en CDI mais en stage»: the negation stops at «mais»
        if any(c.dep_.startswith("nsubj") for c in current.children):
            return  # «je ne suis plus en stage et je cherche un emploi»: a clause with its own subject
        current = current.head
        yield current


def _negators() -> frozenset[str]:
    """The words that negate the predicate (or the noun) they are attached to: meanings.toml
    [negation_adverb] («pas», «plus», «jamais», «rien»…)."""
    return load_meanings()["negation_adverb"].lemmas


def _noun_negators() -> frozenset[str]:
    """The words that negate the noun phrase they open: meanings.toml [noun_negation] («sans stage», «aucun
    stage», «ni stage ni …», «salariée et non stagiaire»)."""
    return load_meanings()["noun_negation"].lemmas


def _negates(token: Any) -> bool:
    if _only(token):
        return False
    negators = _negators()
    if token.lower_ in negators and any(c.lower_ in {"ne", "n'", "n’"} for c in token.children):
        return True  # «je ne suis plus en stage»: the small model may make «plus» the head of the clause
    return any(
        (c.lower_ in negators and not _only(c) and not _minimising(c))
        or (c.dep_ == "advmod" and c.morph.get("Polarity") == ["Neg"] and c.lower_ != "ne")
        for c in token.children
    )


def _only(word: Any) -> bool:
    """«je ne cherche plus que dans l'ESS»: «ne … plus que» restricts (only, now), it does not deny, nor does
    «rien que» (nothing but: only); «bien plus envie de X que de Y», «plus envie de X que de Y» (no «ne»
    before): a comparison, no negation."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if word.lower_ == "rien":
        # «je veux rien que les associations» (nothing but: only), not «rien que je puisse faire» (a relative)
        after = word.doc[word.i + 2] if word.i + 2 < len(word.doc) else None
        return (
            following is not None and following.lower_ == "que" and after is not None and after.pos_ != "PRON"
        )
    if word.lower_ != "plus":
        return False
    if following is not None and following.lower_ in {"que", "qu'", "qu’"}:
        return True
    before = word.doc[word.i - 1].lower_ if word.i > word.sent.start else ""
    if before in _DEGREES:
        return True
    sentence = word.sent
    ne = any(t.lower_ in {"ne", "n'", "n’"} for t in word.doc[sentence.start : word.i])
    than = any(t.lower_ in {"que", "qu'", "qu’"} for t in word.doc[word.i + 1 : sentence.end])
    return than and not ne


def _minimising(word: Any) -> bool:
    """«un stage de rien du tout», «un petit boulot de rien»: the negator is a minimiser's (figures.py), the
    thing it hangs on is there all the same, only made small; not with a «ne» before it («je n'ai envie de
    rien»: a negation)."""
    start = word.idx
    if word.i == 0 or word.doc[word.i - 1].lower_ not in {"de", "d'", "d’"}:
        return False  # a complement only («de rien»): «j'ai pas grand-chose» still denies
    if any(t.lower_ in {"ne", "n'", "n’"} for t in word.doc[word.sent.start : word.i]):
        return False
    return any(f.meaning == MINIMISED and f.start <= start < f.end for f in figures_in(word.doc.text))


# Degree words that make «plus» a comparative: «bien plus», «beaucoup plus», «nettement plus».
_DEGREES = frozenset({"bien", "beaucoup", "nettement", "largement", "tellement", "encore", "autrement"})


def _denies_noun(item: Any) -> bool:
    if any(c.lower_ in _noun_negators() for c in item.children):
        return True
    before = [t.lower_ for t in item.doc[max(0, item.i - 3) : item.i]]
    # «pa de stage»: the SMS spelling of «pas» the small model cannot attach, read by position.
    near = load_meanings()["noun_negation_near"].lemmas
    return any(word in near for word in before) or _no_more_of(item)


def _no_more_of(item: Any) -> bool:
    """«Plus de stage depuis septembre», «je n'ai plus de convention»: «plus de» right before the noun
    says there is none left; not «en plus de», «de plus en plus de», nor a comparison («plus de … que»)."""
    doc = item.doc
    if item.i < 2 or doc[item.i - 1].lower_ not in {"de", "d'", "d’"} or doc[item.i - 2].lower_ != "plus":
        return False
    ahead = doc[item.i - 3].lower_ if item.i >= 3 else ""
    compared = any(t.lower_ == "que" for t in doc[item.i :])
    return ahead not in {"en", "de", "le", "la", "les", "au"} and not compared


def is_denied(token: Any) -> bool:
    """The thing itself said not to exist, by its own determiner or preposition, whatever verb governs it:
    «aucun stage … n'est en cours», «sans service civique», «ni stage ni mission». Unlike a negated verb
    («je n'ai pas fini mon stage»), this leaves no doubt that the thing is absent."""
    return any(_denies_noun(item) for item in _conjunct_chain(token))


def is_negated(token: Any) -> bool:
    """Negation attached to the word, to its coordination, or to the predicate governing it (through
    control verbs: «je ne veux pas faire de stage»)."""
    for item in _conjunct_chain(token):
        if _denies_noun(item):
            return True
        if any(c.lower_ in {"mais", "but"} for c in item.children):
            return _negates(item)  # «je ne suis pas en CDI mais en stage»: the negation stops at «mais»
        predicate = predicate_of(item)
        for _ in range(3):
            if _negates(predicate) or (predicate.i != item.i and _negates(item)):
                return True
            if predicate.dep_ not in {"xcomp", "conj"} or predicate.head.i == predicate.i:
                break
            if predicate.dep_ == "conj" and any(c.dep_.startswith("nsubj") for c in predicate.children):
                break  # a coordinated clause with its own subject has its own polarity
            predicate = predicate.head
    return False


def tense_of(predicate: Any) -> str:
    """past / present / future, from the morphology of the predicate and its auxiliaries."""
    if predicate.pos_ in {"VERB", "AUX"} and not is_verb(predicate):
        return NO_TENSE
    links = [c for c in predicate.children if c.dep_ in _PREDICATE_LINKS]
    form = predicate.morph.get("VerbForm")
    if not links and _PRESENT_LIKE_PAST.match(predicate.lower_):
        return PRESENT  # «mon service civique finit en mars»: the small model reads a passé simple
    if "Part" in form and predicate.morph.get("Tense") == ["Past"]:
        if _PLANNED.match(predicate.lower_) and _told_as_now(links):
            # «ma soutenance est prévue en décembre», «jury programmé le 12»: a participle of planning says
            # the event lies ahead, though its form is a past participle.
            return FUTURE
        # «s'est terminé», «j'ai fait», «terminé en juin»: a finished action, whatever the auxiliary.
        return PAST
    if predicate.head.i != predicate.i and predicate.dep_ == "xcomp":
        head = predicate.head
        if head.lower_.startswith(("vien", "ven")) and any(
            c.lower_ in {"de", "d'"} for c in predicate.children
        ):
            return PAST  # «je viens de terminer mon stage»
    if any("Part" in c.morph.get("VerbForm") and c.morph.get("Tense") == ["Past"] for c in links):
        return PAST  # «j'ai été stagiaire»: the copula itself is a past participle
    finite = (
        predicate if "Fin" in form else next((c for c in links if "Fin" in c.morph.get("VerbForm")), None)
    )
    if finite is None:
        # «Moi faire stage maintenant»: an infinitive heading its sentence with a subject of its own is a
        # learner's conjugated verb, said of now.
        subject = any(c.dep_.startswith("nsubj") for c in predicate.children)
        return PRESENT if "Inf" in form and predicate.dep_ == "ROOT" and subject else NO_TENSE
    tense = finite.morph.get("Tense")
    if "Imp" in tense or "Past" in tense:
        return PAST
    if "Cnd" in finite.morph.get("Mood"):
        return CONDITIONAL
    if "Fut" in tense:
        # «j'effectue» tagged as a future by the small model: a French future always ends in -r- + ending.
        return FUTURE if _FUTURE_ENDING.search(finite.lower_) else PRESENT
    if "Pres" in tense and finite.lower_.endswith("rai"):
        return FUTURE  # «j'effectuerai» tagged as a present: «-rai» is only a first person's future
    return PRESENT if "Pres" in tense else NO_TENSE


_FUTURE_ENDING = re.compile(r"r(?:ai|as|a|ons|ez|ont)$")
# Participles of planning: what they qualify is to come («prévue», «programmé», «planifiée», «envisagé»).
_PLANNED = re.compile(r"^(?:prévu|programmé|planifié|envisagé)e?s?$")


def _told_as_now(links: list[Any]) -> bool:
    """No auxiliary («soutenance prévue le 4»), or one in the present («est prévue»): the plan holds today;
    «avait été prévue», «a été programmé» tell of a plan of the past."""
    return all("Pres" in link.morph.get("Tense") for link in links)
# The singular present of the verbs of ending in «-ir» is spelt like their passé simple («il finit», «je
# finis», «elle aboutit»), and the small model tags it a past (or a participle, which ends in «-i»). Mail is
# never told in the passé simple of these verbs: with no auxiliary, the form is the present.
_PRESENT_LIKE_PAST = re.compile(r"^(?:fini[st]|abouti[st])$")


def subject_person(predicate: Any) -> str | None:
    """«1» for «je», «3» for a noun or «il», None when the clause has no subject (a CV-style line)."""
    for c in predicate.children:
        # «Actuellement je fais…»: the small model may tag a sentence's first adverb as a subject; an
        # adverb is never one.
        if c.dep_.startswith("nsubj") and c.lower_ == "moi":
            return "1"  # «Moi faire stage»: the stressed pronoun as a learner's subject
        if c.dep_.startswith("nsubj") and c.pos_ != "ADV":
            person = c.morph.get("Person")
            return person[0] if person else "3"
    return None


@dataclass(frozen=True)
class Reading:
    """What the sentence says about one word: its governing predicate, negation, tense, subject."""

    word: str
    predicate: str
    negated: bool
    tense: str
    person: str | None


def read_word(token: Any) -> Reading:
    predicate = predicate_of(token)
    return Reading(
        word=token.text,
        predicate=predicate.lower_,
        negated=is_negated(token),
        tense=tense_of(predicate),
        person=subject_person(predicate),
    )


def tokens_in(doc: Any, start: int, end: int) -> list[Any]:
    """The tokens covering the characters [start, end) of the parsed sentence."""
    return [t for t in doc if t.idx < end and t.idx + len(t.text) > start]


def ancestors_until(token: Any, stop: Iterable[str]) -> list[Any]:
    """The chain of heads above `token`, stopping before a word whose form starts with one of `stop`."""
    stops = tuple(stop)
    out = []
    current = token
    for _ in range(12):
        if current.head.i == current.i:
            break
        current = current.head
        if starts_with(current, stops):
            break
        out.append(current)
    return out


# ------------------------------------------------------------------ clauses read as text
# Shared by the readers of a situation (situation.py) and of an aim (aim.py): where a clause begins and
# ends, a negation in its words, whether a sentence is the writer's own.

# A negation read from the words, where the parse cannot help (English, a clause cut by hand).
NEGATION = re.compile(
    r"\b(?:ne|n')\s*(?:\w+\s+){0,2}(?:pas|plus(?!\s+qu)|jamais)\b|\bnot\b|\bno longer\b|\bplus en\b|\bpas"
    r" en\b|\bnever\b",
    re.IGNORECASE,
)


# A letter's sentence: the first person and a finite verb, not a CV line («Stagiaire – …, 2025»).
_OWN_WORDS = re.compile(
    r"\b(?:je|j['’]ai|j['’]|mon|ma|I|I'm|I've|my)\b[^\n]{0,60}?\b(?:suis|ai|est|était|étais|s'est|am|was|"
    r"have|has|is|ended|finished)\b|\b(?:je|j['’])\s*(?:souhaite|voudrais|aimerais|cherche|veux)\b|"
    r"\bI\s+(?:would|want|wish|hope|will|am)\b",
    re.IGNORECASE,
)


def in_own_words(unit: str) -> bool:
    """A letter's sentence (also one inside a document), read like the mail, not a CV line."""
    # The cheap tests first (a pure conjunction: the order changes no answer).
    return len(unit.split()) >= 6 and not re.match(r"\W*\d", unit) and _OWN_WORDS.search(unit) is not None


def has_word(words: dict[str, re.Pattern[str] | None], key: str, text: str) -> bool:
    """A word of the meaning `key` (a pattern of the lexicon's English words) in `text`."""
    pattern = words.get(key)
    return pattern is not None and pattern.search(text) is not None


def phrase_head(tokens: list[Any]) -> Any:
    """The word of a phrase («service civique») whose head lies outside it."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)


_CLAUSE_SPLIT = re.compile(
    r",|;|:|\(|\)| mais | but | et (?!solidaire)| and (?!solidarity)| [-–—] ", re.IGNORECASE
)


def clause_start(unit: str, start: int) -> int:
    """Where the clause holding `start` begins: after the last comma, semicolon, «et», «mais» before it."""
    left = 0
    for m in _CLAUSE_SPLIT.finditer(unit, 0, start):
        left = m.end()
    return left


def denied_before(unit: str, at: int) -> bool:
    """A negation between the start of the clause holding `at` and `at`: the act of the word there is denied
    («je ne viens pas de m'inscrire en M1», "I have not started my MSc"). Read from the words, for readers
    with no parse of the sentence; with one, is_negated (a verb's negation) or is_denied (the thing's own
    «aucun», «sans») read the tree."""
    return NEGATION.search(unit, clause_start(unit, at), at) is not None


def clause_at(unit: str, start: int, end: int) -> str:
    """The clause around [start, end): cut at commas, semicolons, «et», «mais»."""
    left = clause_start(unit, start)
    right_match = _CLAUSE_SPLIT.search(unit, end)
    right = right_match.start() if right_match else len(unit)
    return unit[left:right]


def beyond_clause(word: Any, unit: str, start: int) -> bool:
    """A word outside the clause of the name at `start` (cut at «et», «mais», commas)."""
    left = clause_start(unit, start)
    right = _CLAUSE_SPLIT.search(unit, start)
    return bool(word.idx < left or (right is not None and word.idx >= right.start()))


def compared_away(noun: Any) -> bool:
    """The second term of a comparison, the place preferred less: «plutôt / plus / davantage / mieux X que
    Y» prefers X to Y (the «que» opening Y's phrase, a comparative before it in the sentence); «préférer X à
    Y» prefers X (Y is the verb's «à» complement)."""
    start = noun.sent.start
    opener = next(
        (t for t in reversed(noun.doc[max(start, noun.i - 4) : noun.i]) if t.lower_ in {"que", "qu'", "qu’"}),
        None,
    )
    if opener is not None:
        before = noun.doc[start : opener.i]
        # not «je ne cherche plus que dans l'ESS»: «ne … plus que» restricts (only), it compares nothing
        restricted = any(t.lower_ in {"ne", "n'", "n’"} for t in before)
        if any(t.lower_ in _COMPARATIVES for t in before) and not restricted:
            return True
    marked = any(c.dep_ == "case" and c.lower_ in {"à", "aux", "au"} for c in noun.children)
    # the small model may hang «aux coopératives» on the preferred object's phrase: the verb is above it
    above = [noun.head, noun.head.head, noun.head.head.head]
    return marked and any(t.i < noun.i and t.lower_.startswith(("préf", "pref")) for t in above)


_COMPARATIVES = frozenset({"plutôt", "plus", "davantage", "mieux"})


# ------------------------------------------------------------------ operators: which way a fact is turned
# «je ne suis plus en stage», «pas encore de service civique», «toujours bénévole», «déjà commencé», «jamais
# stagiaire», «ne … que l'animation», «sauf le lundi», «sans convention»: the bare words say the opposite or
# too much; the operator bearing on the word says which way the fact is turned. One reader for every slice.


class Operator(StrEnum):
    """Which way the sentence turns the fact a word names."""

    AFFIRMED = "affirmed"  # no operator: the fact as said
    DENIED = "denied"  # «je ne suis pas en stage», «aucun contrat», «ni stage ni mission», "no internship"
    CEASED = "ceased"  # «je ne suis plus en stage», «plus de convention», «j'ai arrêté de», "no longer"
    NOT_YET = "not_yet"  # «pas encore», «toujours pas», "not yet", "still haven't"
    STILL = "still"  # «toujours / encore en stage», "still": running now (not «toujours été»: always)
    ALREADY = "already"  # «déjà commencé», "already"
    NEVER = "never"  # «je n'ai jamais été stagiaire», «jamais de stage», "never"
    ONLY = "only"  # «ne … que», «seulement», «uniquement», «ne … plus que», "only": a restriction, kept true
    EXCEPT = "except"  # «sauf», «hors», «excepté», «hormis», «à part», "except", "apart from": set aside
    WITHOUT = "without"  # «sans stage», "without": absent
    NOT_ALL = "not_all"  # «tous mes stages ne sont pas finis»: some are, some are not → open
    HEDGED = "hedged"  # «plus vraiment», «pas forcément», «je ne dirais pas que», "not really" → open

    @property
    def absent(self) -> bool:
        """The fact is said not to hold now (denied, ceased, not yet, never, without, set aside)."""
        return self in _ABSENT

    @property
    def open(self) -> bool:
        """The writer leaves the fact undecided: neither true nor false may be read from it."""
        return self in {Operator.NOT_ALL, Operator.HEDGED}


_ABSENT = frozenset(
    {Operator.DENIED, Operator.CEASED, Operator.NOT_YET, Operator.NEVER, Operator.WITHOUT, Operator.EXCEPT}
)


@dataclass(frozen=True)
class Operated:
    """The operator bearing on a word and its words as written («ne … plus», «sans»), to quote as evidence."""

    operator: Operator
    cue: str = ""


_AFFIRMED = Operated(Operator.AFFIRMED)
_NE = frozenset({"ne", "n'", "n’"})
_QUE = frozenset({"que", "qu'", "qu’"})
# Words before a noun that turn it by themselves, whatever verb governs it.
_NOUN_OPERATORS = {
    "sans": Operator.WITHOUT,
    "hors": Operator.EXCEPT,
    "sauf": Operator.EXCEPT,
    "excepté": Operator.EXCEPT,
    "hormis": Operator.EXCEPT,
    "aucun": Operator.DENIED,
    "aucune": Operator.DENIED,
    "nul": Operator.DENIED,
    "nulle": Operator.DENIED,
    "ni": Operator.DENIED,
    "non": Operator.DENIED,
    "pa": Operator.DENIED,  # SMS «pa de stage»
    "seulement": Operator.ONLY,
    "uniquement": Operator.ONLY,
    "exclusivement": Operator.ONLY,
}
# Adverbs that soften a negation into a doubt: «plus vraiment», «pas forcément», «pas toujours».
_HEDGES = frozenset(
    {
        "vraiment",
        "forcément",
        "forcement",
        "nécessairement",
        "necessairement",
        "exactement",
        "trop",
        "franchement",
    }
)
# Verbs of thought or saying over a clause: negated, they leave their clause open («je ne dirais pas que c'est
# …», «je ne pense pas être encore en stage»). Stems, and the forms of «dire» whole (a stem «di» would take
# «diplômée», «disponible»).
_THOUGHT = ("pens", "crois", "croy", "croi", "consid", "estim", "sembl", "imagin")
_SAYING = frozenset(
    {"dire", "dis", "dit", "dirais", "dirait", "dirai", "disais", "disait", "dirions", "diriez"}
)
# Verbs of naming or describing a thing as a label: negated, the label they give their complement is declined,
# not the facts denied («je n'appellerais pas ça une reconversion», «je ne parlerais pas de reconversion»,
# «je ne qualifierais pas ça de reconversion»).
_NAMING = ("appel", "qualifi", "parl", "décri", "decri", "nomm", "consid", "présent", "present")
# Verbs of stopping, whose «de» + infinitive has ceased: «j'ai arrêté de travailler», «fini d'être bénévole».
_STOPPING = ("arrêt", "arret", "cess", "fini", "termin", "stopp")


def operator_on(token: Any) -> Operator:
    """Which way the sentence turns the fact `token` names (see `read_operator`)."""
    return read_operator(token).operator


def read_operator(token: Any) -> Operated:
    """The operator bearing on `token`, read on the parse: first the word's own determiner or preposition
    («sans», «aucun», «ni», «sauf», «seulement», «plus de»), along its coordination up to «mais»; then the
    predicate governing it and the verbs it depends on («ne … plus», «pas encore», «toujours», «déjà»,
    «ne … que»); then a negated verb of thought above it (open). English sentences (noise to the French
    parser) are read on the words of the word's clause.

    Invariants: a word after «mais» / «seulement» is out of the first conjuncts' operator («ni X ni Y,
    seulement Z»: Z is ONLY); `is_negated` is untouched by this reader; AFFIRMED when nothing bears on it."""
    if _read_as_english(token.doc.text):
        return _english_operator(token)
    for item in _conjunct_chain(token):
        found = _noun_operator(item)
        if found is not None:
            return found
        if any(c.lower_ in {"mais", "but"} for c in item.children):
            break  # «pas en CDI mais en stage»: what comes after «mais» escapes the first conjunct's verb
    else:
        return _predicate_chain_operator(token)
    return _own_predicate_operator(token)


def _read_as_english(text: str) -> bool:
    """English by its function words, or, with no French one, by an English operator word ("neither only
    among charities …": the tokenizer cuts "I'm" so that no function word is counted)."""
    return is_english(text) or (not is_french(text) and _ENGLISH_OPERATOR_WORD.search(text) is not None)


_ENGLISH_OPERATOR_WORD = re.compile(
    r"\b(?:not|neither|nor|never|only|still|already|without|except|longer|yet)\b", re.IGNORECASE
)


def _noun_operator(item: Any) -> Operated | None:
    """An operator on the noun itself: its child or one of the three words before it (the small model hangs
    «sans», «ni» on either the noun or its head)."""
    if _no_more_of(item):
        return Operated(Operator.CEASED, "plus de")
    if (
        item.i >= 2
        and item.doc[item.i - 1].lower_ in {"de", "d'", "d’"}
        and item.doc[item.i - 2].lower_ == "jamais"
    ):
        return Operated(Operator.NEVER, "jamais de")
    words = [c for c in item.children if c.i < item.i] + list(
        item.doc[max(item.sent.start, item.i - 3) : item.i]
    )
    for word in sorted(words, key=lambda w: -w.i):
        if word.lower_ in _NOWHERE and word.i + 1 < len(word.doc) and word.doc[word.i + 1].lower_ == "part":
            continue  # «nulle part»: an adverb of the verb, read with «ne … plus» there
        operator = _NOUN_OPERATORS.get(word.lower_)
        if operator == Operator.ONLY and _restriction_denied(item, words):
            return Operated(Operator.NOT_ALL, f"pas {word.text}")  # «ni uniquement X ni uniquement Y»
        if operator is not None:
            return Operated(operator, word.text)
        if word.lower_ in _QUE and _restricted(item, word):
            return Operated(Operator.ONLY, "ne … que")
    if item.doc[max(item.sent.start, item.i - 3) : item.i].text.lower().startswith("à part"):
        return Operated(Operator.EXCEPT, "à part")
    return None


def _restriction_denied(item: Any, words: list[Any]) -> bool:
    """«ni uniquement dans des associations ni uniquement en entreprise», «je ne cherche pas seulement dans
    les associations»: the negation bears on the restriction (not only X), not on X: X is among others."""
    if any(w.lower_ in {"ni", "pas", "non"} for w in words):
        return True
    predicate = predicate_of(item)
    negation = next((c for c in predicate.children if c.lower_ == "pas"), None)
    if negation is None or not any(c.lower_ in _NE for c in predicate.children):
        return False
    # «je ne veux pas bosser en grande surface, uniquement dans une coopérative»: the restriction stands in
    # its own member after the comma, set against what is denied; it is kept (ONLY), not denied
    between = item.doc[min(negation.i, item.i) : max(negation.i, item.i)]
    return not any(t.text in {",", ";", ":"} or t.lower_ == "mais" for t in between)


def _restricted(item: Any, que: Any) -> bool:
    """«je n'ai travaillé que dans l'animation»: a «que» before the word, a «ne» earlier in its clause with
    no other negation after it (not «je ne dirais pas que c'est …», where «que» opens a clause), no
    comparative (not «plus de X que de Y») and no subject of its own after «que»."""
    before = list(item.doc[item.sent.start : que.i])
    ne = next((t for t in before if t.lower_ in _NE), None)
    if ne is None or any(t.lower_ in _COMPARATIVES - {"plus"} for t in before):
        return False
    negated = any(t.lower_ in _negators() - {"plus"} for t in before if t.i > ne.i)
    following = item.doc[que.i + 1] if que.i + 1 < len(item.doc) else None
    clause = following is not None and following.pos_ == "PRON" and following.dep_.startswith("nsubj")
    return not negated and not clause


def _own_predicate_operator(token: Any) -> Operated:
    """After «mais»: only the word's own predicate, when it is not the first conjunct's."""
    predicate = predicate_of(token)
    if predicate.i == token.i:
        return _predicate_operator(predicate) or _AFFIRMED
    return _AFFIRMED


def _predicate_chain_operator(token: Any) -> Operated:
    """The predicate of the word, then the verbs it is the complement of («je ne veux plus faire de stage»,
    «j'ai arrêté de travailler»), then a negated verb of thought above its clause."""
    predicate = predicate_of(token)
    named = _named_as(token, predicate) or _thought_over(token, predicate)
    if named is not None:
        return named
    below = token
    for _ in range(3):
        found = _thought_above(predicate) or _predicate_operator(predicate, below)
        below = predicate
        if found is not None:
            return found
        if predicate.dep_ not in {"xcomp", "conj"} or predicate.head.i == predicate.i:
            break
        if predicate.dep_ == "conj" and any(c.dep_.startswith("nsubj") for c in predicate.children):
            break  # a coordinated clause with its own subject has its own polarity
        if predicate.dep_ == "xcomp" and _stops(predicate):
            return Operated(Operator.CEASED, f"{predicate.head.text} de")
        predicate = predicate.head
    return _AFFIRMED


def _stops(complement: Any) -> bool:
    """«j'ai arrêté de travailler», «fini d'être bénévole»: a verb of stopping, not negated, over «de» +
    a verb."""
    head = complement.head
    marked = any(c.lower_ in {"de", "d'", "d’"} for c in complement.children)
    return marked and starts_with(head, _STOPPING) and _predicate_operator(head) is None


def _thought_above(predicate: Any) -> Operated | None:
    """«je ne dirais pas que c'est une reconversion», «je ne pense pas être encore en stage»: the clause
    under a negated verb of thought or naming is left open, not denied."""
    if predicate.dep_ not in {"ccomp", "xcomp"} or predicate.head.i == predicate.i:
        return None
    if predicate.dep_ == "xcomp" and not _a_state(predicate):
        return None  # «je ne pense pas faire de stage»: an intention denied, no fact left open
    head = predicate.head
    thought = starts_with(head, _THOUGHT) or head.lower_ in _SAYING or starts_with(head, _NAMING)
    if thought and _negates(head):
        return Operated(Operator.HEDGED, f"ne {head.text} pas")
    return None


def _thought_over(token: Any, predicate: Any) -> Operated | None:
    """«je ne pense pas que mon stage aille au-delà de novembre»: the small model may make the mention itself
    the clause under the negated verb of thought (its ccomp): the clause is left open."""
    below = [token, *(a for a in token.ancestors if predicate.is_ancestor(a))]
    under = any(
        a.head.i == predicate.i and (a.dep_ == "ccomp" or (a.dep_ == "xcomp" and _a_state(a))) for a in below
    )
    thought = starts_with(predicate, _THOUGHT) or predicate.lower_ in _SAYING
    if under and thought and predicate.i != token.i and _negates(predicate):
        return Operated(Operator.HEDGED, f"ne {predicate.text} pas")
    return None


def _a_state(complement: Any) -> bool:
    """An infinitive complement telling a state (a copula, «être», «rester»: «je ne crois pas être encore en
    stage»), not an act intended («je ne pense pas faire de stage»)."""
    copula = any(c.dep_ == "cop" for c in complement.children)
    return copula or complement.lower_ in {"être", "etre", "rester", "demeurer"}


def _named_as(token: Any, predicate: Any) -> Operated | None:
    """«je n'appellerais pas ça une reconversion», «je ne parlerais pas vraiment de reconversion»: the word
    is the label a negated verb of naming gives (its object, its «de» complement): the label is declined,
    the facts are left open."""
    if predicate.i == token.i or not starts_with(predicate, _NAMING) or not _negates(predicate):
        return None
    return Operated(Operator.HEDGED, f"ne {predicate.text} pas")


# «nulle part» (nowhere): the small model makes «nulle» an adjective of the verb, «part» its adverb; a
# negation of its own («je ne postule nulle part en association»), kept out of `_negators` (is_negated's).
_NOWHERE = frozenset({"nulle", "nul"})


def _operator_words(predicate: Any, below: Any) -> list[Any]:
    """The adverbs on the predicate and on its adverbs («pas encore»: the small model may hang «pas» on
    «encore»), and the operator adverbs on the way up from `below` (the word) to the predicate, which the
    small model sometimes makes heads («je ne suis plus en stage», «pas forcément une association»), in
    sentence order."""
    path = [predicate] + [a for a in ancestors_until(below, ()) if predicate.is_ancestor(a)]
    forms = _operator_forms()
    heads = [a for a in path if a.lower_ in forms]
    words = [c for c in predicate.children if c.dep_ in {"advmod", "fixed"} or c.lower_ in forms]
    words += heads + [
        c for a in heads if a.i != predicate.i for c in a.children if c.dep_ in {"advmod", "fixed"}
    ]
    # «je n'envoie plus nulle part de candidature»: «nulle part» made the object, «nulle» its adjective
    words += [
        c
        for a in {below.i: below, **{a.i: a for a in path[1:]}}.values()
        for c in a.children
        if c.lower_ in _NOWHERE
    ]
    words += [g for c in list(words) for g in c.children if g.dep_ in {"advmod", "fixed"}]
    return sorted({w.i: w for w in words}.values(), key=lambda w: w.i)


def _operator_forms() -> frozenset[str]:
    """The adverbs an operator is made of, which the small model sometimes makes the head of the clause."""
    return _negators() | _HEDGES | _NOWHERE | _OTHER_OPERATORS


_OTHER_OPERATORS = frozenset({"toujours", "encore", "déjà", "seulement", "uniquement"})


def _predicate_operator(predicate: Any, below: Any = None) -> Operated | None:
    """The operator the predicate's adverbs make (and those on the way from `below` up to it), or None when
    they make none."""
    words = _operator_words(predicate, predicate if below is None else below)
    forms = [w.lower_ for w in words]
    ne = any(f in _NE for f in forms)
    negators = _negators() | _NOWHERE
    negation = next(
        (w for w in words if w.lower_ in negators and (w.lower_ != "plus" or ne or _ne_before(w))), None
    )
    if negation is not None and _only(negation):
        return Operated(Operator.ONLY, "ne … plus que" if negation.lower_ == "plus" else "rien que")
    if negation is None:
        return _positive_operator(predicate, words) if not ne else _ne_alone(predicate)
    return _negative_operator(predicate, negation, forms)


def _negative_operator(predicate: Any, negation: Any, forms: list[str]) -> Operated:
    """«ne … pas / plus / jamais» with the adverbs around it: «pas encore», «toujours pas», «plus
    vraiment»."""
    form = negation.lower_
    after = forms[forms.index(form) + 1 :]
    before = forms[: forms.index(form)]
    if any(f in _HEDGES for f in after) or (form == "pas" and "toujours" in after):
        return Operated(Operator.HEDGED, f"{form} {next(f for f in after if f in _HEDGES | {'toujours'})}")
    if form == "pas" and ("encore" in after or "toujours" in before):
        return Operated(Operator.NOT_YET, "pas encore" if "encore" in after else "toujours pas")
    if form == "plus":
        return Operated(Operator.CEASED, "ne … plus nulle part" if set(after) & _NOWHERE else "ne … plus")
    if form == "jamais":
        return Operated(Operator.NEVER, "ne … jamais")
    if form in _NOWHERE:
        return Operated(Operator.DENIED, "ne … nulle part")
    if _every(predicate):
        return Operated(Operator.NOT_ALL, f"tous … ne … {form}")
    return Operated(Operator.DENIED, f"ne … {form}")


def _every(predicate: Any) -> bool:
    """«tous mes stages ne sont pas finis»: a negation over a subject said of all («tous», «toutes») says
    that not all are, not that none is."""
    subjects = [c for c in predicate.children if c.dep_.startswith("nsubj")]
    return any(g.lower_ in {"tous", "toutes", "tout", "toute"} for s in subjects for g in s.children)


def _ne_before(word: Any) -> bool:
    """«je ne veux plus faire de stage»: the small model hangs «ne» on the verb and «plus» on its
    complement; a «ne» among the four words before «plus» makes it a negation, not a comparative."""
    return any(t.lower_ in _NE for t in word.doc[max(word.sent.start, word.i - 4) : word.i])


def _ne_alone(predicate: Any) -> Operated | None:
    """A «ne» with no «pas»: «je n'ai travaillé que …» (restriction, read on the noun), «ni … ni» on the
    nouns; on the predicate itself, only «ne … que» said right after the verb."""
    following = predicate.doc[predicate.i + 1] if predicate.i + 1 < len(predicate.doc) else None
    if following is not None and following.lower_ in _QUE:
        return Operated(Operator.ONLY, "ne … que")
    # «je ne candidate plus nulle part en coopérative»: the small model hung «plus» on a word below; «ne»
    # always has its partner right after the verb
    after = list(predicate.doc[predicate.i + 1 : min(predicate.i + 4, predicate.sent.end)])
    partner = next((t for t in after if t.lower_ in _negators() | _NOWHERE), None)
    if partner is None or _only(partner):
        return None
    return _negative_operator(predicate, partner, [t.lower_ for t in after])


def _positive_operator(predicate: Any, words: list[Any]) -> Operated | None:
    """No negation: «toujours / encore» (still, when said of now), «déjà» (already), «seulement» (only)."""
    for word in words:
        form = word.lower_
        if form in {"toujours", "encore"} and tense_of(predicate) != PAST:
            return Operated(Operator.STILL, word.text)
        if form == "déjà":
            return Operated(Operator.ALREADY, word.text)
        if form in {"seulement", "uniquement", "exclusivement"}:
            return Operated(Operator.ONLY, word.text)
    return None


# "n't", or its apostrophe dropped on a known auxiliary ("dont", "havent"): not any word ending in «nt».
_NT = r"(?:n't\b|\b(?:do|does|did|is|are|was|were|have|has|had|ca|wo|could|would|should)nt\b)"
# English, read on the words of the clause before the word (and after it for "yet", "anymore").
_ENGLISH_OPERATORS = (
    (
        re.compile(
            r"\b(?:not really|not necessarily|not exactly|not quite|don'?t think|not sure)\b|"
            r"(?:\bnot|n't)\s+(?:\w+\s+)?(?:call|describe|label|consider|count|think of|"
            r"see (?:it|this|that) as)\b"
        ),
        Operator.HEDGED,
    ),
    (
        re.compile(
            r"\bno longer\b|\bnot (?:\w+ )?any ?more\b|" + _NT + r".*\bany ?more\b|\bstopped\b|\bquit\b"
        ),
        Operator.CEASED,
    ),
    (
        re.compile(
            r"\bnot yet\b|" + _NT + r".*\byet\b|\bnot\b.*\byet\b|\byet to\b"
            r"|\bstill (?:not|hasn'?t|haven'?t|don'?t|doesn'?t|no)\b"
        ),
        Operator.NOT_YET,
    ),
    (re.compile(r"\bnever\b"), Operator.NEVER),
    (re.compile(r"\bwithout\b"), Operator.WITHOUT),
    (re.compile(r"\bexcept\b|\bapart from\b|\bother than\b|\boutside of\b"), Operator.EXCEPT),
    (
        re.compile(
            r"\bnot all\b|\ball\b.*\b(?:are|were|is)n'?t\b|\bnot every\b|"
            r"\b(?:neither|nor|not)\s+(?:\w+\s+)?(?:only|just|exclusively|solely)\b"
        ),
        Operator.NOT_ALL,
    ),
    (re.compile(r"\bonly\b|\bnothing but\b|\bexclusively\b|\bsolely\b"), Operator.ONLY),
    (re.compile(r"\bno\b|\bnot\b|" + _NT + r"|\bneither\b|\bnor\b|\bnone\b"), Operator.DENIED),
    (re.compile(r"\bstill\b"), Operator.STILL),
    (re.compile(r"\balready\b"), Operator.ALREADY),
)


def _english_operator(token: Any) -> Operated:
    """The operator on an English word, read on the words of its clause (`english_operator_at`)."""
    return english_operator_at(token.doc.text, token.idx, token.idx + len(token.text))


def english_operator_at(text: str, start: int, end: int) -> Operated:
    """The first operator of the clause holding text[start:end] (cut at stops, commas, "but", "and"), the
    hedges and the compound operators first ("not yet" before "not"), for English, which the French parser
    reads as noise. Invariant: a word after "but" never takes an operator said before it."""
    left = max(text.rfind(stop, 0, start) for stop in ".!?\n") + 1
    right = min((i for i in (text.find(stop, start) for stop in ".!?\n") if i >= 0), default=len(text))
    sentence = text[left:right]
    clause = clause_at(sentence, start - left, end - left).lower().replace("’", "'")
    for pattern, operator in _ENGLISH_OPERATORS:
        match = pattern.search(clause)
        if match is not None:
            words = match.group(0).split()
            return Operated(operator, " … ".join((words[0], words[-1])) if len(words) > 2 else match.group(0))
    return _AFFIRMED


# ------------------------------------------------------------------ a fact's place in time
# One reader of time for every criterion (situation, studies, career, aim): the tense and mood of the verb
# (read from its endings where the small model's morphology errs: it tags «travaillais», «avais» as presents),
# the periphrases by their head verb («venir de», «aller», «être en train de», «devoir»), the auxiliary of a
# compound tense, and a year heading a narrative present («En 2023, je décroche mon BTS»).


class Aspect(StrEnum):
    """Where the fact stands on its own course, at the time `Timed.time` says."""

    DONE = "done"  # passé composé, plus-que-parfait, passé simple, futur antérieur, narrative present
    RUNNING = "running"  # present, imparfait, subjunctive present, «en train de»
    JUST_DONE = "just_done"  # «venir de» + infinitive
    ABOUT_TO = "about_to"  # «aller» + infinitive
    COUNTERFACTUAL = "counterfactual"  # past conditional: «j'aurais dû», «j'aurais eu» — it did not happen
    PLANNED = "planned"  # simple future, «devoir» in the conditional («je devrais obtenir»)
    HABITUAL = "habitual"  # "used to": a past habit, over
    HEARSAY = "hearsay"  # a conditional said of another subject: «ce titre serait équivalent à une licence»
    POLITE = "polite"  # present conditional of a wish («je voudrais», «j'aimerais»): the present
    NONE = ""


@dataclass(frozen=True)
class Timed:
    """The place in time of a predicate: `time` one of PAST, PRESENT, FUTURE, NO_TENSE (the constants of
    `tense_of`), `aspect` its course, `anchor` the (year, month or None) of a date heading its clause when
    one does, `words` the words that told it (quoted in reasons).

    Invariants: a narrative present under an anchor before today reads PAST and DONE (`narrative` true);
    a «venir de» reads PAST and JUST_DONE; an «aller» + infinitive FUTURE and ABOUT_TO (PAST when «aller» is
    itself past: «j'allais finir»); a futur antérieur FUTURE and DONE; a past conditional PAST and
    COUNTERFACTUAL. `time` never contradicts `tense_of` except on those periphrases, the imparfait and the
    compound tenses the small model mis-tags, the conditional (read as its meaning), a narrative present."""

    time: str
    aspect: Aspect
    anchor: tuple[int, int | None] | None = None
    narrative: bool = False
    words: str = ""
    # Told from a past, before it: «je venais de commencer», «j'allais finir», «j'avais validé» (a past
    # before a past: not «just done» on the reading day).
    before_past: bool = False

    @property
    def over(self) -> bool:
        """Done before the reading day (past done, just done, or a narrative present of a past year)."""
        return self.time == PAST and self.aspect in {Aspect.DONE, Aspect.JUST_DONE}


def time_of(predicate: Any, today: date) -> Timed:
    """The place in time of `predicate` (what `predicate_of` returns) on the reading day `today`."""
    if predicate.pos_ in {"VERB", "AUX"} and not is_verb(predicate):
        return Timed(NO_TENSE, Aspect.NONE)
    timed = _periphrasis(predicate) or _in_progress(predicate) or _compound(predicate) or _simple(predicate)
    anchor = _anchor_of(predicate)
    if anchor is None:
        return timed
    timed = replace(timed, anchor=anchor)
    if timed.time == PRESENT and timed.aspect == Aspect.RUNNING and _before(anchor, today):
        # «En 2025, je fais mon service civique»: a present told under a past year is a past.
        return replace(timed, time=PAST, aspect=Aspect.DONE, narrative=True)
    return timed


# Forms of the heads of periphrases, matched on the word's start (the lemmatiser is off).
_COMING = ("vien", "ven", "vin")  # venir de: «je viens de», «je venais de», «je vins de»
_GOING = frozenset(
    {"vais", "vas", "va", "allons", "allez", "vont", "allais", "allait", "allions", "alliez", "allaient"}
)
_GOING_PAST = frozenset({"allais", "allait", "allions", "alliez", "allaient"})
_DUTY = ("devr", "doi", "dev", "dû", "du")
_MARK_DE = frozenset({"de", "d'", "d’"})


def _periphrasis(predicate: Any) -> Timed | None:
    """«venir de» + inf (just done), «aller» + inf (about to), «être en train de» + inf (running), «devoir»
    in the conditional + inf (planned, or counterfactual in the past conditional)."""
    if predicate.lower_ in _GOING and _infinitive_after(predicate):
        # «je vais clore mon volontariat»: the small model may miss the infinitive and make «vais» the head
        then = predicate.lower_ in _GOING_PAST
        said = f"{predicate.text} {_infinitive_after(predicate)}"
        return Timed(PAST if then else FUTURE, Aspect.ABOUT_TO, words=said, before_past=then)
    if predicate.dep_ not in {"xcomp", "acl", "ccomp"} or predicate.head.i == predicate.i:
        return None
    head = predicate.head
    marked = any(c.lower_ in _MARK_DE for c in predicate.children)
    if not _infinitive(predicate):
        return None
    if marked and starts_with(head, _COMING) and is_verb(head):
        then = _imperfect(head) if "Fin" in head.morph.get("VerbForm") or _mistagged_finite(head) else False
        return Timed(PAST, Aspect.JUST_DONE, words=f"{head.text} de", before_past=then)
    if head.lower_ in _GOING and not marked:
        then = head.lower_ in _GOING_PAST
        return Timed(
            PAST if then else FUTURE, Aspect.ABOUT_TO, words=f"{head.text} {predicate.text}", before_past=then
        )
    if marked and head.lower_ == "train" and any(c.lower_ == "en" for c in head.children):
        copula = next((c for c in head.children if c.dep_ == "cop"), None)
        time = PAST if copula is not None and _simple(copula).time == PAST else PRESENT
        return Timed(time, Aspect.RUNNING, words=f"en train de {predicate.text}")
    if starts_with(head, _DUTY) and is_verb(head):
        return _duty(head, predicate)
    return None


# Words between «aller» and its infinitive: adverbs and clitic pronouns («je vais bientôt la finir»).
_BEFORE_INFINITIVE = frozenset(
    {"bientôt", "enfin", "donc", "très", "sans", "en", "y", "se", "s'", "s’", "me", "m'", "m’", "te", "t'"}
) | frozenset({"le", "la", "les", "l'", "l’", "lui", "leur", "nous", "vous", "ne", "n'", "n’"})


def _infinitive_after(verb: Any) -> str:
    """The infinitive right after a verb (past «ne», «pas», «plus», «bientôt»), as the small model may
    tag it (a verb, an adverb): by its ending; empty when there is none."""
    for token in verb.doc[verb.i + 1 : min(verb.i + 4, verb.sent.end)]:
        if token.lower_ in _negators() | _BEFORE_INFINITIVE:
            continue
        infinitive = "Inf" in token.morph.get("VerbForm") or (
            token.pos_ in {"VERB", "ADV"} and token.lower_.endswith(("er", "ir", "re", "oir"))
        )
        return token.text if infinitive else ""
    return ""


def _in_progress(predicate: Any) -> Timed | None:
    """«je suis en cours de validation», «mon diplôme est en cours d'édition»: running, in its copula's
    time."""
    if predicate.lower_ != "cours" or not any(c.lower_ == "en" for c in predicate.children):
        return None
    copula = next((c for c in predicate.children if c.dep_ == "cop"), None)
    time = _simple(copula).time if copula is not None else PRESENT
    return Timed(time or PRESENT, Aspect.RUNNING, words="en cours de")


def _infinitive(predicate: Any) -> bool:
    """An infinitive, or a participle or adjective under an infinitive copula («être diplômé»)."""
    if "Inf" in predicate.morph.get("VerbForm") or predicate.lower_.endswith(("er", "ir", "re")):
        return True
    return any(c.dep_ in _PREDICATE_LINKS and "Inf" in c.morph.get("VerbForm") for c in predicate.children)


def _duty(head: Any, predicate: Any) -> Timed | None:
    """«je devrais obtenir» (a plan), «j'aurais dû finir» (a counterfactual); «je dois finir» is a present
    duty (the thing not done yet, still running)."""
    said = f"{head.text} {predicate.text}"
    compound = _compound(head)
    if compound is not None and compound.aspect == Aspect.COUNTERFACTUAL:
        return Timed(PAST, Aspect.COUNTERFACTUAL, words=f"{compound.words} {predicate.text}")
    if _mood(head) == "Cnd":
        return Timed(FUTURE, Aspect.PLANNED, words=said)
    if compound is None and _simple(head).time == PRESENT:
        return Timed(FUTURE, Aspect.PLANNED, words=said)
    return None


# The auxiliaries, by the tense their form gives a compound: «ai fini» (passé composé), «avais fini»
# (plus-que-parfait), «aurai fini» (futur antérieur), «aurais fini» (past conditional), «aie fini»
# (past subjunctive). Forms of avoir and être.
_AUX_PRESENT = frozenset(
    {"ai", "as", "a", "avons", "avez", "ont", "suis", "es", "est", "sommes", "êtes", "sont", "j'ai", "j’ai"}
)
_AUX_IMPERFECT = frozenset(
    {"avais", "avait", "avions", "aviez", "avaient", "étais", "était", "étions", "étiez", "étaient"}
)
_AUX_FUTURE = frozenset({"aurai", "auras", "aura", "aurons", "aurez", "auront", "serai", "seras", "sera"})
_AUX_FUTURE |= frozenset({"serons", "serez", "seront"})
_AUX_CONDITIONAL = frozenset(
    {"aurais", "aurait", "aurions", "auriez", "auraient", "serais", "serait", "serions", "seriez", "seraient"}
)
_AUX_SUBJUNCTIVE = frozenset({"aie", "aies", "ait", "ayons", "ayez", "aient", "sois", "soit", "soyons"})


def _compound(predicate: Any) -> Timed | None:
    """A past participle with its auxiliary (a child, or the head when the small model makes the
    participle the auxiliary's complement: «j'avais fini»), read by the auxiliary's form."""
    if not ("Part" in predicate.morph.get("VerbForm") and predicate.morph.get("Tense") == ["Past"]):
        return None
    if _mistagged_finite(predicate):
        return None  # «je portais»: an imparfait the small model tags as a participle
    if any(c.dep_ == "cop" for c in predicate.children):
        return None  # «je suis doctorante», «je suis diplômée»: an attribute, its copula tells the time
    auxiliaries = [c for c in predicate.children if c.dep_ in {"aux", "aux:tense", "aux:pass"}]
    # «j'aurai terminé»: the small model may hang the auxiliary as a bare dependent
    auxiliaries += [
        c for c in predicate.children if c.dep_ == "dep" and c.i < predicate.i and _auxiliary_form(c)
    ]
    if not auxiliaries and predicate.dep_ == "xcomp" and predicate.head.lower_ in _AUXILIARIES:
        auxiliaries = [predicate.head]
    if any(c.dep_ == "aux:pass" for c in auxiliaries) and len(auxiliaries) == 1:
        return None  # «je suis inscrite», «mon stage est terminé»: a passive's state, read by its copula
    for aux in auxiliaries:
        said = f"{aux.text} {predicate.text}"
        form = aux.lower_.replace("’", "'").removeprefix("j'")
        if form in _AUX_FUTURE:
            return Timed(FUTURE, Aspect.DONE, words=said)
        if form in _AUX_CONDITIONAL:
            return Timed(PAST, Aspect.COUNTERFACTUAL, words=said)
        if form in _AUX_PRESENT | _AUX_IMPERFECT | _AUX_SUBJUNCTIVE:
            return Timed(PAST, Aspect.DONE, words=said, before_past=form in _AUX_IMPERFECT)
    if not auxiliaries:
        return Timed(PAST, Aspect.DONE, words=predicate.text)  # «Stage terminé en juin.»: verbless
    return None


def _auxiliary_form(word: Any) -> bool:
    return word.pos_ in {"VERB", "AUX"} and word.lower_.replace("’", "'").removeprefix("j'") in _AUXILIARIES


_AUXILIARIES = _AUX_PRESENT | _AUX_IMPERFECT | _AUX_FUTURE | _AUX_CONDITIONAL | _AUX_SUBJUNCTIVE


def _simple(predicate: Any) -> Timed:
    """A simple tense, on the predicate or its finite copula: imparfait (a past state, running then),
    passé simple (done), conditional (politeness: the present), future (planned), present, subjunctive
    present (running)."""
    links = [c for c in predicate.children if c.dep_ in _PREDICATE_LINKS]
    # The copula or auxiliary carries the tense first: «serait équivalent» (the small model may tag the
    # attribute itself as a finite verb).
    finite = next((c for c in links if "Fin" in c.morph.get("VerbForm")), None)
    if finite is None and ("Fin" in predicate.morph.get("VerbForm") or _mistagged_finite(predicate)):
        finite = predicate
    if finite is None:
        tense = tense_of(predicate)
        return Timed(tense, Aspect.DONE if tense == PAST else Aspect.RUNNING if tense else Aspect.NONE)
    said = finite.text
    if _imperfect(finite):
        return Timed(PAST, Aspect.RUNNING, words=said)
    if _mood(finite) == "Cnd":
        person = subject_person(predicate) or subject_person(finite)
        return Timed(PRESENT, Aspect.HEARSAY if person == "3" else Aspect.POLITE, words=said)
    tense = tense_of(predicate) if finite.i == predicate.i else tense_of(finite)
    participle = "Part" in predicate.morph.get("VerbForm") and predicate.morph.get("Tense") == ["Past"]
    if participle and tense == PRESENT:
        tense = PAST  # «je suis diplômée», «mon stage est terminé»: done (as tense_of reads it)
    if tense == PAST or _past_simple(finite):
        return Timed(PAST, Aspect.DONE, words=said)  # the passé simple: «j'obtins», «je servis»
    if tense == FUTURE:
        return Timed(FUTURE, Aspect.PLANNED, words=said)
    return Timed(tense, Aspect.RUNNING if tense else Aspect.NONE, words=said)


# Presents ending like an imparfait: «fais», «sait», «plaît», «connais», «vais», and «mais», «jamais».
_PRESENT_LIKE_IMPERFECT = re.compile(
    r"^(?:(?:re|satis|contre|par)?fai[st]|vais|sai[st]|plai[st]|(?:re)?connai[st]|(?:ap|dis|com)?parai[st]"
    r"|nai[st]|mais|jamais)$|aît$"
)
_IMPERFECT_ENDING = re.compile(r"(?:ais|ait|aient)$")
# The passé simple the small model tags as a present: «j'obtins», «je devins», «je fus», «j'eus», and a
# first person in «-ai» that is no future («je décrochai», not «je chercherai»).
_PAST_SIMPLE = re.compile(r"^(?:.*[tv]in[st]|fu[st]|fut|eu[st]|eut|.*[^r\W]ai|.*[^r\W]èrent|.*âmes|.*âtes)$")


def _mistagged_finite(verb: Any) -> bool:
    """A verb with a subject of its own and no auxiliary, ending as an imparfait or a passé simple, the
    small model tags as a participle or an infinitive («je portais», «je décrochai»)."""
    if not is_verb(verb) or "Fin" in verb.morph.get("VerbForm"):
        return False
    if not any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    if any(c.dep_ in _PREDICATE_LINKS for c in verb.children):
        return False
    form = verb.lower_
    imperfect = _IMPERFECT_ENDING.search(form) is not None and not _PRESENT_LIKE_IMPERFECT.match(form)
    return imperfect or _PAST_SIMPLE.match(form) is not None


def is_imperfect(verb: Any) -> bool:
    """The verb (or the copula or auxiliary carrying its tense) is in the imparfait: «j'étais», «je
    finissais», «je venais de»."""
    links = [c for c in verb.children if c.dep_ in _PREDICATE_LINKS]
    finite = verb if "Fin" in verb.morph.get("VerbForm") or _mistagged_finite(verb) else None
    finite = finite or next((c for c in links if "Fin" in c.morph.get("VerbForm")), None)
    return finite is not None and _imperfect(finite)


def _imperfect(finite: Any) -> bool:
    """«travaillais», «étais», «finissait»: the small model tags many an imparfait as a present; the
    ending tells it, a conditional («-rais») aside."""
    if "Imp" in finite.morph.get("Tense") and _mood(finite) != "Cnd" and not _conditional_form(finite):
        return True
    form = finite.lower_
    if not _IMPERFECT_ENDING.search(form) or _PRESENT_LIKE_IMPERFECT.match(form):
        return False
    return not _conditional_form(finite)


_CONDITIONAL_ENDING = re.compile(
    r"(?:er|aur|ser|voudr|devr|pourr|fer|^ir|viendr|tiendr|saur|faudr|verr|enverr|obtiendr|aimer)"
    r"(?:ais|ait|ions|iez|aient)$"
)


def _past_simple(finite: Any) -> bool:
    """A passé simple by its ending, said with a subject (not «mais», not an auxiliary «ai»)."""
    form = finite.lower_.replace("’", "'").removeprefix("j'")
    subject = any(c.dep_.startswith("nsubj") for c in finite.head.children if finite.dep_ != "ROOT")
    subject = subject or any(c.dep_.startswith("nsubj") for c in finite.children)
    return (
        form not in {"ai", "vais", "sais", "fais", "mais", "vins"}
        and bool(_PAST_SIMPLE.match(form))
        and subject
    )


_CONDITIONAL_LIKE = re.compile(r"r(?:ais|ait|ions|iez|aient)$")


def _conditional_form(finite: Any) -> bool:
    return _CONDITIONAL_ENDING.search(finite.lower_.replace("’", "'").removeprefix("j'")) is not None


def _mood(finite: Any) -> str:
    """«Cnd» for a conditional: by the ending (the model tags «aurais» as an imparfait and «finissais» as a
    conditional); the model's mood only on a form ending like one (an «r» before the ending)."""
    tagged = "Cnd" in finite.morph.get("Mood") and _CONDITIONAL_LIKE.search(finite.lower_) is not None
    if tagged or _conditional_form(finite):
        return "Cnd"
    mood = finite.morph.get("Mood")
    return mood[0] if mood else ""


# Prepositions before a year that do not make it the time of the clause: «depuis 2025» (since then, still),
# «jusqu'en 2027», «d'ici 2027», «dès 2025», «à partir de 2025».
_NOT_ANCHORING = frozenset({"depuis", "jusqu'", "jusqu’", "jusque", "ici", "dès", "partir", "avant", "after"})
_YEAR_FORM = re.compile(r"^(?:19|20)\d\d$")


def _anchor_of(predicate: Any) -> tuple[int, int | None] | None:
    """The year (and month) heading the predicate's clause: the nearest year before the verb in its
    sentence with no other verb between them («En 2023, je décroche mon BTS ; en 2025, je termine ma
    licence» anchors «termine» on 2025), attached to the verb (directly or through its month) or opening
    the sentence («Juin 2024 : je valide ma licence»); not one a «depuis» or a «jusqu'en» introduces, nor
    one inside another phrase («Titulaire d'une licence (juin 2025), mon stage va se terminer…»)."""
    sentence = predicate.sent
    for token in reversed(list(predicate.doc[sentence.start : predicate.i])):
        if is_verb(token) and "Fin" in token.morph.get("VerbForm") and token.head.i != predicate.i:
            return None
        if _YEAR_FORM.match(token.text) is None:
            continue
        before = [t.lower_ for t in predicate.doc[max(sentence.start, token.i - 3) : token.i]]
        if set(before) & _NOT_ANCHORING or not _heads_clause(token, predicate):
            return None
        return int(token.text), _month_before(token)
    return None


def _heads_clause(year: Any, predicate: Any) -> bool:
    """The year opens its clause (the sentence, or what follows a semicolon), only a preposition, an
    article or its month before it: «En 2025, je …», «Juin 2024 : je …», «… ; en 2025, je …»; not a year
    inside a phrase of its own («Licence obtenue en juin 2025, je suis en stage»)."""
    start = 0  # the small model may cut a sentence inside a phrase: read back to the last stop
    for token in year.doc[: year.i]:
        if token.text in {".", "!", "?", ";", "…", "..."} or "\n" in token.text:
            start = token.i + 1
    before = year.doc[start : year.i]
    month = year.i - 1
    return all(t.pos_ in {"ADP", "DET", "PUNCT", "CCONJ", "SPACE"} or t.i == month for t in before)


def _month_before(year: Any) -> int | None:
    """«juin 2025», «en septembre 2023»: the month named right before the year."""
    from intake.understanding.dates import find_dates  # dates never imports this module: no cycle

    start = year.doc[max(year.sent.start, year.i - 1)].idx
    found = [
        d for d in find_dates(year.doc.text[start : year.idx + len(year.text)]) if d.year == int(year.text)
    ]
    return found[0].month if found else None


def _before(anchor: tuple[int, int | None], today: date) -> bool:
    """A year before today's, or a month of this year before today's month."""
    year, month = anchor
    return year < today.year or (year == today.year and month is not None and month < today.month)


# English tenses, read on the words of a clause (the French parser reads English as noise), the
# periphrases first: "have just finished" before "have finished", "would have" before "have".
_ENGLISH_TIMES = (
    (
        re.compile(r"\b(?:would|could|should|might)(?:\s+not)?\s+have\s+\w+|\b\w+'d\s+have\s+\w+"),
        PAST,
        Aspect.COUNTERFACTUAL,
    ),
    (re.compile(r"\bused to\s+\w+"), PAST, Aspect.HABITUAL),
    (
        re.compile(
            r"\b(?:have|has|had|'ve|'s)\s+just\s+\w+|\bjust\s+(?:finished|completed|ended|got|obtained)\b"
        ),
        PAST,
        Aspect.JUST_DONE,
    ),
    (re.compile(r"\bwill have\s+\w+|'ll have\s+\w+"), FUTURE, Aspect.DONE),
    (
        re.compile(r"\b(?:am|is|are|'m|'re)\s+(?:about|going|due|set|expected)\s+to\s+\w+"),
        FUTURE,
        Aspect.ABOUT_TO,
    ),
    (re.compile(r"\b(?:will|shall|'ll)\s+(?:not\s+)?\w+"), FUTURE, Aspect.PLANNED),
    (re.compile(r"\b(?:should|ought to)\s+(?:be\s+)?\w+"), FUTURE, Aspect.PLANNED),
    (re.compile(r"\b(?:would like|would love|'d like|'d love)\b"), PRESENT, Aspect.POLITE),
    (
        re.compile(r"\b(?:had|have|has|'ve)\s+(?:\w+ly\s+)?\w+(?:ed|en|ne|wn|ot|ght|de|id|un)\b"),
        PAST,
        Aspect.DONE,
    ),
    (
        re.compile(r"\b(?:am|is|are|'m|'re)\s+(?:still\s+|currently\s+|now\s+)?\w+ing\b"),
        PRESENT,
        Aspect.RUNNING,
    ),
    (re.compile(r"\b(?:was|were)\s+(?:still\s+)?\w+ing\b"), PAST, Aspect.RUNNING),
    (
        re.compile(
            r"\b(?:i|we|she|he|it|they)\s+(?:\w+ly\s+)?(?:\w+ed|did|got|left|went|made|took|began|"
            r"was|were|had|spent|quit|won|gave|wrote|taught|led|ran|came|became|held)\b"
        ),
        PAST,
        Aspect.DONE,
    ),
    (re.compile(r"\b(?:am|is|are|'m|'re)\b"), PRESENT, Aspect.RUNNING),
)


def english_time(clause: str) -> Timed:
    """The place in time an English clause's verb gives (the first periphrasis or tense found, most
    specific first); NO_TENSE when none is read."""
    text = clause.lower().replace("’", "'")
    for pattern, time, aspect in _ENGLISH_TIMES:
        match = pattern.search(text)
        if match is not None:
            return Timed(time, aspect, words=match.group(0))
    return Timed(NO_TENSE, Aspect.NONE)
