"""spaCy, loaded once per process and only when asked, with the named-entity recogniser alone
(half the cost of the full pipeline per NOTES-real-parts.md)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

MODEL = "fr_core_news_sm"


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    import spacy

    # The NER of fr_core_news_sm has its own tok2vec; everything else is excluded, not just disabled.
    return spacy.load(
        MODEL, exclude=["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]
    )


def find_entities(text: str, label: str) -> list[str]:
    """Entities of one label (PER, LOC, ORG) in a short text; callers pass a few lines, not a whole CV."""
    if not text.strip():
        return []
    doc = load_nlp()(text[:2000])
    return [ent.text.strip() for ent in doc.ents if ent.label_ == label]


@lru_cache(maxsize=1)
def load_tagger() -> Any:
    """Parts of speech and morphology for applicant signals (no parser, no NER, no lemmatiser).

    The lemmatiser's tables would cost about 120 MB in each worker (measured), beyond the memory budget of
    ``extract``; the word lists in rules/lexicon/meanings.toml carry stems instead. Loaded on first use:
    most applications are recognised by their words before any tagging.
    """
    import spacy

    return spacy.load(MODEL, exclude=["parser", "ner", "senter", "lemmatizer"])


@lru_cache(maxsize=1)
def load_reply_tagger() -> Any:
    """Lemmas and morphology (negation, tense), without parser or NER: what reading a short reply needs.

    Only replies are read with it, in the service's own process, so its lemmatiser never weighs on the
    ``extract`` workers (see load_tagger).
    """
    import spacy

    return spacy.load(MODEL, exclude=["parser", "senter", "ner"])


@dataclass(frozen=True)
class Token:
    text: str
    lemma: str
    negative: bool  # "ne", "pas", "jamais"…
    future: bool  # a verb in the future tense ("je retirerai")


def read_tokens(text: str) -> list[Token]:
    """Lemma, polarity and tense of each token of a short text (replies, not whole CVs)."""
    if not text.strip():
        return []
    return [
        Token(t.text, t.lemma_, "Neg" in t.morph.get("Polarity"), "Fut" in t.morph.get("Tense"))
        for t in load_reply_tagger()(text[:3000])
    ]
