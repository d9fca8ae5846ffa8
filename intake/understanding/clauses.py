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
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

MODEL = "fr_core_news_sm"
PAST, PRESENT, FUTURE, CONDITIONAL, NO_TENSE = "past", "present", "future", "conditional", ""

# Words that negate the predicate (or the noun) they are attached to.
_NEGATORS = frozenset({"pas", "plus", "jamais", "point", "guère", "nullement", "aucunement", "rien"})
# Words that negate the noun phrase they introduce: «sans stage», «aucun stage», «ni stage ni …»,
# «salariée et non stagiaire».
_NOUN_NEGATORS = frozenset({"sans", "aucun", "aucune", "ni", "nul", "nulle", "non"})
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


def _negates(token: Any) -> bool:
    if _only(token):
        return False
    if token.lower_ in _NEGATORS and any(c.lower_ in {"ne", "n'", "n’"} for c in token.children):
        return True  # «je ne suis plus en stage»: the small model may make «plus» the head of the clause
    return any(
        (c.lower_ in _NEGATORS and not _only(c))
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


# Degree words that make «plus» a comparative: «bien plus», «beaucoup plus», «nettement plus».
_DEGREES = frozenset({"bien", "beaucoup", "nettement", "largement", "tellement", "encore", "autrement"})


def _denies_noun(item: Any) -> bool:
    if any(c.lower_ in _NOUN_NEGATORS for c in item.children):
        return True
    before = [t.lower_ for t in item.doc[max(0, item.i - 3) : item.i]]
    # «pa de stage»: the SMS spelling of «pas» the small model cannot attach, read by position.
    return any(word in before for word in ("ni", "sans", "aucun", "aucune", "pa")) or _no_more_of(item)


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
    if "Part" in form and predicate.morph.get("Tense") == ["Past"]:
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
    return len(unit.split()) >= 6 and _OWN_WORDS.search(unit) is not None and not re.match(r"\W*\d", unit)


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
