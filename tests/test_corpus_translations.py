"""The translations corpus (tests/corpus/translations): it was written by its own method — TRANSLATION FIRST.
Every message is given first the language it was thought or first written in and the route by which it came
into French or English, chosen from a grid of twelve — machine translations from Spanish, Portuguese, Arabic,
German or Dutch, English (into French), French (into English) and other languages, a translation sent with
its original, a relative's or volunteer's translation with notes, a half translation that left source words,
a translated document, other mail through a translator — and the deciding fact is carried through that route
(a false friend, a calque, a source date format, a word left in the source language). The label follows what
the person means, not the false friend's French sense. Its truth says which route and which fact; above each
message a `# route:` comment says the source language and route, where the fact sits, the kind and the
decision.

Tuned on since stop 46, after its first figure (see its LICENCE.md). The checks every corpus written one tag
first shares are in tests/test_tagged_corpora.py (English share, replies in our thread…); these are its
method's: the grid fixed with a rule per route, the counts and balance its writers set, and each route's marks
really standing in its mails (two languages in a pair, source words in a half translation, a translator's note
in a helper's translation, a translated document, English in the French-to-English route)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from corpus_checks import assert_rebuilt_byte_for_byte
from corpus_method import (
    MethodCorpus,
    assert_ambiguity_within_the_writers_bounds,
    assert_each_rule_says,
    assert_every_route_told,
    assert_fourteen_messages_a_key,
    assert_other_mail_mostly_other_and_referred,
    assert_the_english_share,
    assert_the_writers_balance,
    text_of,
)
from tagged_corpus import applications

CORPUS = MethodCorpus("translations")  # its build puts the voices kit and source/translations.py on the path
TRANSLATIONS = CORPUS.path
_GRID_MODULE = CORPUS.grid_module
GRID = CORPUS.grid

# What each route's rule decides: a few words the rule of the grid must say (what settles the label).
RULES = {
    "mt_from_spanish": ("studies finished", "internship running", "high school only"),
    "mt_from_portuguese": ("internship running", "the ceremony"),
    "mt_from_arabic": ("in their order", "no fact"),
    "mt_from_german_or_dutch": ("is a civic service", "is an internship", "the bac only"),
    "mt_from_english_to_french": ("is an internship", "finally obtained", "is the university"),
    "mt_from_french_to_english": ("is a stage", "is obtained", "language en"),
    "mt_from_other": ("placed by its level",),
    "bilingual_pair": ("either version", "stays open"),
    "helper_translated": ("whoever writes them", "a referral"),
    "half_translated": ("the writer's words",),
    "translated_documents": ("no diploma's date",),
    "translated_other_mail": ("what the mail does", "a referral"),
}
# The language a machine-translation route's `# route:` comment names as its source.
SOURCES = {
    "mt_from_spanish": r"Spanish",
    "mt_from_portuguese": r"Portuguese",
    "mt_from_arabic": r"Arabic",
    "mt_from_german_or_dutch": r"German|Dutch",
    "mt_from_english_to_french": r"English",
    "mt_from_french_to_english": r"French",
    "mt_from_other": r"Italian|Romanian|Ukrainian|Russian|Vietnamese|Turkish|Persian|Polish|Greek|Chinese|"
    r"Bulgarian|Serbian|Croatian|Hungarian|Czech|Albanian|Georgian|Armenian|Korean|Japanese|Hindi|Bengali|"
    r"Urdu|Tamil|Swahili|Amharic|Tigrinya|Wolof|Lithuanian|Latvian|Estonian|Finnish|Swedish|Norwegian|"
    r"Danish|Slovak|Slovenian|Macedonian|Moldovan|Kurdish|Pashto|Dari|Thai|Indonesian|Tagalog|Malagasy",
}
# Words that belong to one language and not to French (nor, for the others, to English), to tell which
# languages a text holds; a language counts when two distinct words of it stand in the text.
LANGUAGE_WORDS = {
    "es": "estoy haciendo las los del por gracias hola hasta sin pero terminé acabo carrera busco trabajo"
    " soy titulada mil ustedes habría logrado año tengo todavía cursando estudios también muy"
    " universidad estaré fuera oficina para escriba asuntos jueves diciembre sí llamo vivo gustaría antes"
    " trabajé unos años una empresa ahora hice mis prácticas también",
    "it": "sono sto della nello nel ancora facendo laureata laureato vorrei lavoro buongiorno grazie"
    " anche perché dopo essere studentessa sociale tirocinio posso trovare iscrivermi",
    "pt": "sou formada pela não uma com obrigada obrigado olá colei grau procuro trabalho numa estou"
    " ensino médio completo curso técnico beijos tudo bem também meu minha",
    "de": "ich bin gerade im und der die das mit nicht einem meinen habe abgeschlossen studium guten tag"
    " suche eine stelle mache freiwilliges jahr verein abwesenheitsnotiz unzustellbar nachricht",
    "ro": "bună ziua am absolvit în din caut loc muncă pentru sunt până automat concediu răspuns și într"
    " licența universitatea mulțumesc",
    "en": "the and is my i of with for thank you dear hello we our she he her his would am have",
    "ar_latin": "dyal chi daba bzaf kan9elleb 3la khedma wach hadchi mzyan salam l3am",
}
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]{3,}")
OTHER_SCRIPTS = re.compile(r"[\u0400-\u04FF\u0370-\u03FF\u4E00-\u9FFF\u0590-\u05FF]{2,}")
# A translator's note, or a helper saying they write or translate for someone.
HELPER_MARKS = re.compile(
    r"NdT|N\.d\.T|note du traducteur|note de la traductrice|translator's note|je traduis|I translate|"
    r"traduis pour|translating for|veut dire|means|il dit|elle dit|he says|she says|m'a demandé|asked me|"
    r"j'écris pour|I am writing for|I write for|pour ma|pour mon|for my|j'aide|j'accompagne|interprète",
    re.I,
)
# A document's marks of translation.
DOCUMENT_MARKS = re.compile(
    r"traduction|traduit|traductrice|traducteur|translated|translation|assermenté|certifiée? conforme|"
    r"apostille|ENIC-NARIC|comparabilité",
    re.I,
)
WORD = re.compile(r"[\w']+", re.UNICODE)


def languages(text: str) -> set[str]:
    """The languages other than French whose words stand in ``text`` (two distinct words of a language's
    list), and «ar» for Arabic script, «other» for Cyrillic, Greek, Chinese or Hebrew script."""
    tokens = {w.lower() for w in WORD.findall(text)}
    found = {lang for lang, words in LANGUAGE_WORDS.items() if len(tokens & set(words.split())) >= 2}
    if ARABIC_SCRIPT.search(text):
        found.add("ar")
    if OTHER_SCRIPTS.search(text):
        found.add("other")
    return found


def _routes() -> list[tuple[str, str]]:
    """The (key, text) of each message's `# Feature:` line and the `# route:` line below it."""
    pattern = re.compile(
        r"^\s*# Feature: (\w+) — .*\n(?:\s*# ambiguous: .*\n)?\s*# route: (.*)$", flags=re.MULTILINE
    )
    sources = sorted((TRANSLATIONS / "source").glob("batch*.py"))
    return [m.groups() for p in sources for m in pattern.finditer(p.read_text(encoding="utf-8"))]


def test_the_grid_has_twelve_routes_each_with_its_sources_marks_rule_and_distractors() -> None:
    assert len(GRID) == 12
    assert set(GRID) == set(RULES)
    for key, route in GRID.items():
        assert route.description and route.rule and route.distractors, key
        assert route.source and route.marks and route.target in {"fr", "en", "fr/en"}, key
    assert GRID[_GRID_MODULE.ENGLISH_KEY].target == "en"
    assert _GRID_MODULE.TODAY == "2026-11-26"


def test_each_route_s_rule_says_what_settles_the_label() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_the_language_finder_tells_a_source_sentence_from_plain_french() -> None:
    assert languages("Je cherche un emploi. Actualmente estoy haciendo las prácticas.") == {"es"}
    assert languages("Je cherche un emploi dans une association de quartier.") == set()
    assert "ar" in languages("Bonjour, عندي شهادة البكالوريا")


def test_every_message_says_its_route_where_the_fact_sits_and_the_kind() -> None:
    assert_every_route_told(CORPUS)
    routes = _routes()
    assert len(routes) == len(CORPUS.lines)
    unnamed = [(k, text[:60]) for k, text in routes if k in SOURCES and not re.search(SOURCES[k], text)]
    assert not unnamed, unnamed


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_within_the_writers_bounds(CORPUS)


def test_every_route_carries_fourteen_messages_three_verdicts_and_other_mail() -> None:
    assert_fourteen_messages_a_key(CORPUS)


def test_the_counts_and_the_balance_of_verdicts_and_kinds_are_the_writers() -> None:
    assert_the_writers_balance(CORPUS, referrals=7, attached=36)


def test_the_english_share_holds_and_the_french_to_english_route_is_english() -> None:
    # an application labelled English is mostly written in English
    assert_the_english_share(CORPUS, lambda body: "en" in languages(body))


def test_a_bilingual_pair_holds_its_text_in_two_languages() -> None:
    single = []
    for item, truth in CORPUS.keyed():
        if item.feature != "bilingual_pair":
            continue
        found = languages(item.m.body)
        # French counts as one of the two languages
        if len(found) < 2 and not (found and _has_french(item.m.body)):
            single.append((truth["file"], sorted(found)))
    assert not single, single


FRENCH_WORDS = (
    "je j'ai suis serai les des dans est pour nous vous merci bonjour avec jusqu'au réponse automatique"
    " congé cherche travail aux ou et"
)


def _has_french(text: str) -> bool:
    tokens = {w.lower() for w in WORD.findall(text)}
    return len(tokens & set(FRENCH_WORDS.split())) >= 2


def test_a_half_translation_leaves_words_of_its_source_language() -> None:
    whole = [
        truth["file"]
        for item, truth in CORPUS.keyed()
        if item.feature == "half_translated"
        and not (languages(text_of(item)) - {"en"} or _english_left(item))
    ]
    assert not whole, whole


def _english_left(item: Any) -> bool:
    """An English sentence left in a French mail (an English source half translated)."""
    return _has_french(item.m.body) and "en" in languages(item.m.body)


def test_a_helper_s_translation_carries_a_note_or_says_for_whom_it_is_written() -> None:
    bare = [
        truth["file"]
        for item, truth in CORPUS.keyed()
        if item.feature == "helper_translated" and not HELPER_MARKS.search(item.m.body)
    ]
    assert not bare, bare
    referred = [
        t for t in applications(CORPUS.lines) if t["feature"] == "helper_translated" and t.get("forwarded_by")
    ]
    assert len(referred) >= 6, len(referred)


def test_a_translated_document_stands_in_each_of_its_applications() -> None:
    undocumented = []
    for item, truth in CORPUS.keyed():
        if item.feature != "translated_documents" or truth["kind"] != "application":
            continue
        document = item.m.cv.text if item.m.cv else item.m.body
        if not DOCUMENT_MARKS.search(document):
            undocumented.append(truth["file"])
    assert not undocumented, undocumented
    attached = [
        t for t in applications(CORPUS.lines) if t["feature"] == "translated_documents" and t.get("cv_format")
    ]
    assert len(attached) >= 6, len(attached)


def test_the_other_mail_route_is_mostly_other_mail_and_its_applications_are_referrals() -> None:
    assert_other_mail_mostly_other_and_referred(CORPUS, "translated_other_mail")


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(TRANSLATIONS, tmp_path)
