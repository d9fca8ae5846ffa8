"""spaCy, loaded once per process and only when asked, with the named-entity recogniser alone
(half the cost of the full pipeline per NOTES-real-parts.md)."""

from __future__ import annotations

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
