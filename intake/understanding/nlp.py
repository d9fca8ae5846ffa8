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


def load_tagger() -> Any:
    """Parts of speech and morphology for applicant signals: the parser's pipeline of clauses.py, shared.

    One loaded pipeline per worker instead of two (tok2vec + morphologizer are the same weights): callers
    that only need tags run it with ``disable=TAGGING_ONLY``, which gives the same tags (checked on the
    corpora: the attribute ruler it lacks changes no part of speech there). No lemmatiser: its tables would
    cost about 120 MB in each worker (measured); the word lists in rules/lexicon/meanings.toml carry stems.
    Loaded on first use, or by the ``extract`` workers' warm-up.
    """
    from intake.understanding.clauses import load_parser

    return load_parser()


# Tagging a sentence needs no dependency parse: skipping it keeps the tagging cost of the old tagger.
TAGGING_ONLY = ["parser"]


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
