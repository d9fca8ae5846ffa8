"""The francophonies corpus (tests/corpus/francophonies): it was written by its own method — FRANCOPHONIES
FIRST. Every message is written in a variety of French chosen first from a grid of twelve (Belgium,
Switzerland, Québec and French Canada, West Africa, Central Africa, the Maghreb, the Indian Ocean, the
Caribbean, the regions of metropolitan France, the Pacific and other overseas territories, code-switching
between French and another language, English written by francophones), by someone from there now living in
France or moving there, and the deciding fact is said in that variety's own words, which a reader trained on
metropolitan standard French may misread: a Belgian «seconde session» or «bachelier», a Swiss «service civil»
that is no service civique or a CFC of the bac's level, a Québécois «aux études» (still studying) or «mon bac»
(a bachelor's), a Senegalese «en attente de soutenance», a Congolese «j'ai défendu», a Moroccan «PFE», a
Réunionnais «SMA», a sentence in Creole, a Marseillais «dégun», a Caledonian «RSMA», a fact said in Wolof,
darija or Spanish, «my DEC» in English. Its truth says which variety and which fact; above each message a
`# variety:` comment says what the variety makes of the words and what they decide.

Tuned on since stop 37, after its first figure (see its LICENCE.md). Its scores, floors, build and truth are
checked with every corpus's (bench/corpora.py, tests/test_corpus_scores.py), the checks every corpus written
one tag first shares in tests/test_tagged_corpora.py; these are its method's.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

from corpus_checks import REPO, assert_rebuilt_byte_for_byte, marked_messages, truth_lines
from corpus_method import applications_of
from tagged_corpus import (
    ambiguous_marks,
    assert_ambiguity_leaves_a_criterion_open,
    assert_every_key_carries_three_verdicts,
    builder,
    items,
)

FRANCOPHONIES = REPO / "tests" / "corpus" / "francophonies"
# the builder puts the voices kit and source/francophonies.py on the path
BUILD = builder(FRANCOPHONIES, "francophonies_build")
GRID = importlib.import_module("francophonies").GRID

# Every application shows its variety: a few marker words per variety (subject and body, case aside) — its
# institutions, diplomas, turns, places or the country code of its phones, as the writers used them.
MARKERS = {
    "belgium": (
        "septante",
        "nonante",
        "gsm",
        "blocus",
        "session",
        "bachelier",
        "bachelière",
        "graduat",
        "asbl",
        "cpas",
        "tantôt",
        "actiris",
        "forem",
        "onem",
        "proclam",
        "kot",
        r"\+32",
        "belg",
        "bruxelles",
        "liège",
        "namur",
        "louvain",
    ),
    "switzerland": (
        "hes",
        "cfc",
        "maturité",
        "natel",
        "service civil",
        "orp",
        "volée",
        "brevet fédéral",
        "apprentissage",
        "huitante",
        "septante",
        r"\+41",
        "genève",
        "lausanne",
        "fribourg",
        "neuchâtel",
        "vaud",
        "valais",
        "suisse",
    ),
    "quebec_canada": (
        "aux études",
        "finissant",
        "cégep",
        "dec",
        "aec",
        "mon bac",
        "my bac",
        "un bac",
        "gradu",
        "diplomation",
        "obnl",
        "économie sociale",
        "job",
        "québec",
        "montréal",
        "uqam",
        "laval",
        "sherbrooke",
        r"\+1 ",
    ),
    "west_africa": (
        "soutenance",
        "bts d'état",
        "maîtrise",
        "chômage",
        "promotion",
        "délibération",
        "dakar",
        "abidjan",
        "bamako",
        "ouagadougou",
        "sénégal",
        "côte d'ivoire",
        "mali",
        "burkina",
        "lomé",
        "togo",
        "guinée",
        "conakry",
        "bénin",
        "saint-louis",
        "cocody",
        "stagiaire",
        "dieu",
        "lmd",
    ),
    "central_africa": (
        "défendu",
        "graduat",
        "cherche l'emploi",
        "stage académique",
        "stage professionnel",
        "ya pas",
        "on dit quoi",
        "ancien système",
        "cameroun",
        "douala",
        "yaoundé",
        "kinshasa",
        "brazzaville",
        "lubumbashi",
        "gabon",
        "libreville",
        "omar bongo",
        "bangui",
        "n'djaména",
        "tchad",
        "congo",
        "marché total",
    ),
    "maghreb": (
        "licence fondamentale",
        "technicien",
        "ista",
        "ofppt",
        "pfe",
        "inchallah",
        "hamdoulillah",
        "salam",
        "dts",
        "sivp",
        "service national",
        "lauréat",
        "rabat",
        "casablanca",
        "fès",
        "alger",
        "tizi",
        "tunis",
        "sfax",
        "oran",
        "maroc",
        "algéri",
        "tunisi",
        "master spécialisé",
    ),
    "indian_ocean": (
        "sma",
        "marmaille",
        "case",
        "lontan",
        "zot",
        "mi té",
        "deal",
        "réunion",
        "madagascar",
        "antananarivo",
        "fianarantsoa",
        "maurice",
        "mauritius",
        "comores",
        "moroni",
        "mayotte",
        "saint-denis",
        r"\+262",
        r"\+261",
        r"\+230",
        r"\+269",
        "0692",
        "0693",
    ),
    "caribbean": (
        "lékòl",
        "mwen",
        "an nou",
        "doudou",
        "schoelcher",
        "fouillole",
        "haïti",
        "haiti",
        "martinique",
        "guadeloupe",
        "guyane",
        "cayenne",
        "maroni",
        "kourou",
        "antilles",
        "pointe-à-pitre",
        "fort-de-france",
        "asosyasyon",
        "djob",
        "la job",
        "rsma",
        r"\+590",
        r"\+596",
        r"\+594",
        r"\+509",
        "0690",
        "0694",
        "0696",
    ),
    "regional_france": (
        "dégun",
        "peuchère",
        "fada",
        "adieu",
        "hopla",
        "poche",
        "chocolatine",
        "minot",
        "kenavo",
        "ch'ti",
        "biloute",
        "gone",
        "toussaint",
        "sainte-catherine",
        "christkindel",
        "con\\b",
        "marseille",
        "toulouse",
        "strasbourg",
        "alsace",
        "lille",
        "lyon",
        "bretagne",
    ),
    "pacific_overseas": (
        "rsma",
        "province",
        "les îles",
        "ça va aller",
        "tribu",
        "unc",
        "upf",
        "fiu",
        "nouvelle-calédonie",
        "new caledonia",
        "nouméa",
        "tahiti",
        "polynésie",
        "wallis",
        "futuna",
        "mayotte",
        "mamoudzou",
        "saint-pierre",
        "miquelon",
        r"\+687",
        r"\+689",
        r"\+262",
        r"\+508",
        r"\+681",
        "0639",
    ),
    "mixed_codes": (
        "jeex",
        "mazal",
        "ghir",
        "trabaj",
        "quiero",
        "carrera",
        "cooperativa",
        "já",
        "acabei",
        "mestrado",
        "nazali",
        "lingala",
        "mwen",
        "wallah",
        "salam",
        "i'm",
        "j'ai fini my",
        "hola",
        "gracias",
        "obrigad",
        "todavía",
        "ya ",
        "ni ce",
        "kalan",
        "azul",
        "tanemmirt",
    ),
    # English keeps a local word: a diploma, a scheme or a turn of the writer's variety
    "english_francophones": (
        "bts",
        r"\bdec\b",
        r"\bbac\b",
        "bachelier",
        "service civil",
        "mémoire",
        "pfe",
        "licence",
        "maîtrise",
        "hes",
        "graduat",
        "defended",
        "cégep",
        "stage",
        "hnd",
        "bsc",
        "placement",
    ),
}


def _written() -> list[Any]:
    return list(items(BUILD, FRANCOPHONIES))


def test_the_grid_has_twelve_varieties_each_with_its_forms_what_it_does_and_its_distractors() -> None:
    assert len(GRID) == 12
    assert (
        set(GRID)
        == set(MARKERS)
        == {
            "belgium",
            "switzerland",
            "quebec_canada",
            "west_africa",
            "central_africa",
            "maghreb",
            "indian_ocean",
            "caribbean",
            "regional_france",
            "pacific_overseas",
            "mixed_codes",
            "english_francophones",
        }
    )
    for key, variety in GRID.items():
        assert variety.description and variety.does and variety.distractors, key
        assert variety.forms_fr or variety.forms_en, key


def test_every_message_says_what_its_variety_makes_of_its_words_in_a_variety_comment() -> None:
    assert marked_messages(FRANCOPHONIES, "variety", r".*«.+».* → \S") == len(truth_lines(FRANCOPHONIES))


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    lines = truth_lines(FRANCOPHONIES)
    assert_ambiguity_leaves_a_criterion_open(FRANCOPHONIES, "Feature", lines, at_least=25)
    assert sum(ambiguous_marks(FRANCOPHONIES, "Feature")) <= 40


def test_every_variety_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(truth_lines(FRANCOPHONIES), "feature", GRID)


def test_every_application_shows_its_variety_by_marker_words() -> None:
    written = applications_of(_written())
    assert len(written) >= 140
    silent = [
        (i.feature, i.m.subject)
        for i in written
        if not re.search("|".join(MARKERS[i.feature]), f"{i.m.subject} {i.m.body}", flags=re.IGNORECASE)
    ]
    assert not silent, silent


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(FRANCOPHONIES, tmp_path)
