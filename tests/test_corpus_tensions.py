"""The tensions corpus (tests/corpus/tensions): it was written by its own method — TENSIONS FIRST. Every
application carries two facts that pull its verdict opposite ways, the pair chosen first from a grid of
twelve (years of a trade and a recent degree, a diploma finished and something enrolled in since, a degree
and an internship after it, a degree and a service civique, two diplomas of two levels and two dates, a job
held now and a search, an ESS aim and another aim, every exam passed and a jury still ahead, a level claimed
and the title named, two dates for one diploma, the writer's own word and an administrative status, the same
in English); both facts are told plainly and the programme's rules settle which one holds: student jobs
beside a licence are no career, a MOOC is no studies, an internship ended last month is over, a sister's
service civique is hers, an equivalence's date is no diploma's date, a café job is no obstacle to a search, a
defence still ahead leaves the master unfinished. Its truth says which tension and which fact; above each
message a `# tension:` comment names both facts and what the rules make of the pair.

Tuned on since stop 39, after its first figure (see its LICENCE.md). Its scores, floors, build and truth are
checked with every corpus's (bench/corpora.py, tests/test_corpus_scores.py), the checks every corpus written
one tag first shares in tests/test_tagged_corpora.py (English share, replies in our thread…); these are its
method's.
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

TENSIONS = REPO / "tests" / "corpus" / "tensions"
# builder puts the voices kit and source/tensions.py on the path
BUILD = builder(TENSIONS, "tensions_build")
GRID = importlib.import_module("tensions").GRID

_DEGREE = (
    r"diplôm|licence|master|\bm[12]\b|\bbts\b|\bdut\b|\bbut\b|deust|\bde\b|titre|degree|graduat|\bba\b|\bbsc\b|"
    r"\bmsc\b|\bma\b|\bhnd\b|bachelor|obtenu|validé"
)
_TWO_YEARS = r"(?:19|20)\d\d"  # two distinct years in the text (see _shows)

# Every application shows BOTH sides of its tension: per key, a pattern for the fact that qualifies the
# person and one for the fact that pulls the other way (subject and body, case aside).
MARKERS: dict[str, tuple[str, str]] = {
    "career_vs_new_degree": (
        _DEGREE,
        r"travaill|\bans\b|années|\bjob|boulot|poste|métier|alternance|emploi|carrière|years|worked|saison|"
        r"\bété\b|summer|moment|passage|serveu|cuisine|bus",
    ),
    "finished_then_enrolled": (
        r"obtenu|validé|diplômé|fini|terminé|graduat|finished|completed|\bai\b.*(licence|master|bts|dut)",
        r"inscri|\bdu\b|formation|mooc|prépa|concours|cours|enrol|course|cned|correspondance|master|classes",
    ),
    "degree_then_internship": (_DEGREE, r"stage|stagiaire|internship|placement|convention"),
    "degree_then_civic_service": (_DEGREE, r"service civique|volontari|volontaire|civic|mission"),
    "two_diplomas_two_dates": (
        _TWO_YEARS,
        r"équivalence|reconnaissance|comparabilité|enic|puis|ensuite|avant|d'abord|aussi|également|deux|then|before|also|recogni|"
        r"equivalen|second|et un|et une",
    ),
    "job_now_vs_search": (
        r"cherche|recherche|candidat|looking|search|postul|trouver|apply|vise|regarder|reprendre",
        r"\bcdd\b|\bcdi\b|intérim|interim|\bjob|travaille|boulot|poste|emploi|contrat|magasin|boutique|working|"
        r"contract|shop|café|épicerie|boulangerie|gardien|supermarché|conseiller",
    ),
    "ess_vs_elsewhere": (
        r"association|\basso|\bess\b|scop|scic|mutuelle|fondation|coopérative|ressourcerie|insertion|solidaire|"
        r"économie sociale|charit|non-profit|nonprofit|social enterprise|co-op",
        r"concours|fonction publique|start-up|startup|thèse|doctora|phd|étranger|boîte|entreprise|n'importe|"
        r"abroad|public|civil service|private|banque|sinon|ou bien|either|otherwise|aussi|also|pvt|australie|"
        r"secteur|ou un|or a",
    ),
    "done_vs_awaited": (
        r"validé|obtenu|réussi|passé|admis|soutenu|passed|defended|done|rendu|terminé|fini",
        r"soutenance|jury|attend|attestation|résultat|papier|relevé|viva|waiting|results|certificate|defen[cs]e|"
        r"délibération|rapport|fixée",
    ),
    "level_claimed_vs_title": (
        r"bac ?\+ ?\d|niveau|level|licence|bachelor|\bbac\b|master|bts",
        r"titre|rncp|bachelor|deug|\bl[123]\b|validé|école|diploma|certificate|qualification|équivalen|manque|"
        r"diplôme",
    ),
    "recent_vs_old_dates": (
        _TWO_YEARS,
        r"p\.?s|délivr|jury|soutenu|soutenance|promo|session|trompé|erreur|correct|issued|sorry|mistake|actually|"
        r"awarded|cérémonie|ceremony|diplôme|résultat",
    ),
    "self_vs_status": (
        r"inscri|statut|france travail|pôle emploi|auto-entrepr|micro-entrepr|stagiaire|carte étudiante|"
        r"registered|status|self-employed|demandeur",
        r"mais|pas de cours|aucun|rien|termine|mémoire|\bbut\b|actually|no clients|only|seulement|juste|plus",
    ),
    "english_tensions": (
        r"degree|graduat|\bba\b|\bmsc\b|master|diploma|bachelor|\bbsc\b|\bhnd\b|\bma\b",
        r"worked|years|placement|intern|course|\bjob|working|contract|volunteer|phd|abroad|viva|waiting|enrol|"
        r"registered|service civique",
    ),
}

# What each tension's rule decides: a few words the rule of the grid must say (the side that holds).
RULES = {
    "career_vs_new_degree": ("fail not_career_change", "student jobs"),
    "finished_then_enrolled": ("fails studies_finished", "mooc"),
    "degree_then_internship": ("fails not_internship", "ended meets"),
    "degree_then_civic_service": ("fails not_service_civique", "sibling"),
    "two_diplomas_two_dates": ("highest diploma gives the level", "equivalence"),
    "job_now_vs_search": ("no obstacle", "fails job_seeking_ess"),
    "ess_vs_elsewhere": ("leaves job_seeking_ess open", "fails it"),
    "done_vs_awaited": ("fails studies_finished", "leaves it open"),
    "level_claimed_vs_title": ("the title named decides", "fails degree_level"),
    "recent_vs_old_dates": ("awarded", "replaces the first date"),
    "self_vs_status": ("the facts decide, not the status", "no internship"),
    "english_tensions": ("placement", "internship"),
}


def _shows(pattern: str, text: str) -> bool:
    if pattern == _TWO_YEARS:
        return len(set(re.findall(r"\b(?:19|20)\d\d\b", text))) >= 2
    return re.search(pattern, text, flags=re.IGNORECASE) is not None


def _written() -> list[Any]:
    return list(items(BUILD, TENSIONS))


def test_the_grid_has_twelve_tensions_each_with_its_forms_its_rule_and_distractors() -> None:
    assert len(GRID) == 12
    assert (
        set(GRID)
        == set(MARKERS)
        == set(RULES)
        == {
            "career_vs_new_degree",
            "finished_then_enrolled",
            "degree_then_internship",
            "degree_then_civic_service",
            "two_diplomas_two_dates",
            "job_now_vs_search",
            "ess_vs_elsewhere",
            "done_vs_awaited",
            "level_claimed_vs_title",
            "recent_vs_old_dates",
            "self_vs_status",
            "english_tensions",
        }
    )
    for key, tension in GRID.items():
        assert tension.description and tension.rule and tension.distractors, key
        assert tension.forms_fr or tension.forms_en, key
        assert tension.forms_en, key  # every tension can be told in English
    assert not GRID["english_tensions"].forms_fr


def test_each_tension_s_rule_says_which_side_holds() -> None:
    unsaid = [(key, words) for key, words in RULES.items() for w in words if w not in GRID[key].rule.lower()]
    assert not unsaid, unsaid


def test_every_message_names_both_facts_of_its_tension_and_the_decision_in_a_tension_comment() -> None:
    both_facts = r".*«.+».* vs .*«.+».* = .* → \S"
    assert marked_messages(TENSIONS, "tension", both_facts) == len(truth_lines(TENSIONS))


def test_a_tension_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    lines = truth_lines(TENSIONS)
    assert_ambiguity_leaves_a_criterion_open(TENSIONS, "Feature", lines, at_least=25)
    assert sum(ambiguous_marks(TENSIONS, "Feature")) <= 40


def test_every_tension_carries_fifteen_messages_three_verdicts_and_three_other_mails() -> None:
    assert_every_key_carries_three_verdicts(truth_lines(TENSIONS), "feature", GRID)


def test_every_application_shows_both_sides_of_its_tension() -> None:
    written = applications_of(_written())
    assert len(written) >= 140
    one_sided = [
        (i.feature, side, i.m.subject)
        for i in written
        for side, pattern in enumerate(MARKERS[i.feature])
        if not _shows(pattern, f"{i.m.subject} {i.m.body}")
    ]
    assert not one_sided, one_sided


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(TENSIONS, tmp_path)
