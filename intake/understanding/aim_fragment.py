"""A sentence with no verb of its own, naming places right after a search: «Je cherche un premier poste
d'assistante de gestion. Une mutuelle, une fondation ou une ressourcerie, peu importe laquelle.» The
fragment completes the sentence before it — it says where that search is aimed — as an answer completes its
question. Read on the parse: the fragment's root is a noun (or what the small model takes for an adjective),
with no copula and no subject of its own; in English, by its words: no subject pronoun, no auxiliary or
copula ("A housing co-op, a food bank or a mutual."). A fragment that denies («Surtout pas une banque.»,
"not a bank") is not read."""

from __future__ import annotations

import re

from intake.understanding.clauses import is_english, parse

# A fragment that denies, whatever its verb (it has none): «pas une banque», «jamais dans le privé», «ni…».
_DENYING = re.compile(
    r"\b(?:ne|n['’]|pas|ni|non|jamais|sauf|hors|not|no|never|nor|except)\b|n['’]t\b", re.IGNORECASE
)
# An English sentence's own predicate: a subject pronoun, an auxiliary, a copula.
_EN_PREDICATE = re.compile(
    r"\b(?:i|i['’]m|i['’]ve|i['’]d|we|you|he|she|it|they|this|that|there|is|are|was|were|am|be|been|have|has|"
    r"had|do|does|did|will|would|can|could|should|may|might)\b",
    re.IGNORECASE,
)
_OWN_PREDICATE = frozenset({"cop", "nsubj", "nsubj:pass", "expl:subj", "aux", "aux:tense", "aux:pass"})


def is_a_verbless_fragment(unit: str) -> bool:
    """`unit` is a fragment: its root no verb, with neither copula nor subject (English: by its words)."""
    if _DENYING.search(unit):
        return False
    if is_english(unit):
        return _EN_PREDICATE.search(unit) is None
    roots = [t for t in parse(unit) if t.dep_ == "ROOT"]
    return (
        len(roots) == 1
        and roots[0].pos_ not in {"VERB", "AUX"}
        and not any(c.dep_ in _OWN_PREDICATE for c in roots[0].children)
    )


def names_without_a_predicate(unit: str) -> bool:
    """`unit` names something and says nothing of it: no subject, auxiliary or copula anywhere, whatever the
    small model takes its head for («chargée de communication dans une SCOP»: a participle to the parse, a
    post to the reader), and no denial (English: by its words)."""
    if _DENYING.search(unit):
        return False
    if is_english(unit):
        return _EN_PREDICATE.search(unit) is None
    return not any(t.dep_ in _OWN_PREDICATE for t in parse(unit))
