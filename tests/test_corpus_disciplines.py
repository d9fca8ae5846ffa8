"""The disciplines corpus (tests/corpus/disciplines): it was written by its own method — DISCIPLINES FIRST.
Every message is set first in one field of study, chosen from a grid of twelve — health and paramedical
studies, social work schools, sport and animation, art and design schools, engineering and sciences, business
schools, law and public service, humanities and teaching, agriculture and environment, vocational routes,
the same fields in English, other mail from the fields' world — and its deciding fact is said in that field's
own diplomas, levels, calendars, placements and trades (a «DE infirmier», a «DEES», a «BPJEPS», a «DNSEP», a
«PFE», a «CRFPA», a «CAPES», a «BTSA», a «titre professionnel»). The label follows what the person states and
the programme's rules, each field's diploma counted at the level the programme gives it. Its truth says which
field and which fact; above each message a `# route:` comment says the field, where the fact sits, the kind
and the decision.

Tuned on since stop 49, after its first figure (see its LICENCE.md). The checks every corpus written one tag
first shares are in tests/test_tagged_corpora.py (English share, replies in our thread…); these are its
method's: the grid fixed with each field's diplomas, calendar, placements, traps and rule, the counts and
balance its writers set, and each field's own words really standing in its mails."""

from __future__ import annotations

import re
from pathlib import Path

from corpus_checks import assert_rebuilt_byte_for_byte
from corpus_method import (
    MethodCorpus,
    assert_a_grid_of_twelve,
    assert_ambiguity_within_the_writers_bounds,
    assert_each_rule_says,
    assert_every_route_told,
    assert_fourteen_messages_a_key,
    assert_other_mail_mostly_other_and_referred,
    assert_the_english_share,
    assert_the_writers_balance,
    text_of,
    written_in_english,
)

CORPUS = MethodCorpus("disciplines")  # its build puts the voices kit and source/disciplines.py on the path
DISCIPLINES = CORPUS.path
_GRID_MODULE = CORPUS.grid_module
GRID = CORPUS.grid

# What each field of the grid is written with: a field of study's diplomas, calendar, placements and traps.
GRID_FIELDS = ("description", "calendar", "placements", "traps", "diplomas", "marks", "rule", "distractors")

# What each field's rule decides: a few words the rule of the grid must say (what settles the label).
RULES = {
    "health_care": ("the DE counts at its level", "a final placement still running is a stage"),
    "social_work": ("dates from the DREETS results", "the stage long running is a stage"),
    "sport_animation": ("each diploma at its level", "BPJEPS below bac+2"),
    "arts_design": ("each diploma at its level and dated by its jury",),
    "engineering_sciences": ("the PFE running is a stage",),
    "business_management": ("the diploma at its level",),
    "law_politics_public": ("a concours only tells an aim",),
    "humanities_teaching": ("the master or licence at its level",),
    "agriculture_environment": ("the diploma at its level",),
    "vocational_routes": ("the titre at its RNCP level", "a VAE dates from its jury"),
    "english_disciplines": ("language en",),
    "disciplines_other_mail": ("what the mail is for", "`forwarded_by=`"),
}

# The flagship diplomas each field's mails must hold somewhere (the brief's examples and their kin).
FLAGSHIP = {
    "health_care": r"\bIFSI\b|\bDE infirmi|diplôme d'État d'infirmi",
    "social_work": r"\bDE(?:ES|ASS|ETS)\b",
    "sport_animation": r"\bBPJEPS\b|\bDEJEPS\b|\bSTAPS\b",
    "arts_design": r"\bDNSEP\b|\bDNA\b|\bDNMADE\b",
    "engineering_sciences": r"ingénieur|\bPFE\b|\bBUT\b|\bDUT\b",
    "business_management": r"\bPGE\b|Grande École|\bBTS\b|\bDCG\b|\bBachelor\b|\bMSc\b",
    "law_politics_public": r"\bCRFPA\b|Sciences Po|\bIEP\b|\bdroit\b",
    "humanities_teaching": r"\bCAPES\b|\bMEEF\b|\bFLE\b|\bLLCER\b|\blettres\b",
    "agriculture_environment": r"\bBTSA\b|\bBPREA\b|agronom",
    "vocational_routes": r"titre professionnel|\bCAP\b",
    "english_disciplines": r"\b(?:BSN|BFA|MFA|BEng|MEng|MBA|LLB|JD|PhD|PGCE|MSW|HND)\b|associate degree",
}

# A field's words, one of which every application set in it holds (its diplomas, schools, placements, trades).
FIELD_WORDS = {
    "health_care": r"IFSI|IFAS|infirmi|aide-soignant|\bDEA[SE]S?\b|ergoth|psychomot|orthophon|\bPASS\b|"
    r"\bLAS\b|diplôme d'État|stage clinique|soins?\b|santé",
    "social_work": r"IRTS|EFTS|ETSUP|\bDE(?:ES|ASS|ETS|CESF|ME|EJE)\b|CAFERUIS|éducat|"
    r"assistante? de service social|moniteur|DREETS|certification|stage long",
    "sport_animation": r"STAPS|BPJEPS|DEJEPS|DESJEPS|BAFA|BAFD|CQP|CREPS|sport|anima|colo|club",
    "arts_design": r"DNSEP|\bDNA\b|DNMADE|\bBTS design|DSAA|\bDEM\b|conservatoire|architect|HMONP|beaux-arts|"
    r"école d'art|design|cinéma|théâtre|jury",
    "engineering_sciences": r"ingénieur|CTI|\bPFE\b|stage de fin d'études|prépa|\bBUT\b|\bDUT\b|IUT|master|"
    r"doctora|thèse|soutenance|césure",
    "business_management": r"\bPGE\b|Grande École|Bachelor|\bMSc\b|\bMBA\b|\bBTS\b|\bDCG\b|\bDSCG\b|"
    r"alternance|école de commerce|business|IAE|management|gestion",
    "law_politics_public": r"droit|Sciences Po|\bIEP\b|CRFPA|concours|contractuel|carrières publiques|juris|"
    r"law|avocat",
    "humanities_teaching": r"LLCER|lettres|histoire|sociolog|psycholog|\bFLE\b|MEEF|CAPES|agrégation|"
    r"stagiaire|ATER|doctora|thèse|langues?\b|INSPÉ|enseign",
    "agriculture_environment": r"BTSA|agro|BPREA|\bCS\b|maraîch|lycée agricole|environnement|woofing|ferme|"
    r"agricol|nature|forêt|AMAP|paysan|rivière|milieux|biodiversité|climat|écolog|déchet",
    "vocational_routes": r"titre professionnel|\bCAP\b|bac pro|\bCFA\b|GRETA|AFPA|\bVAE\b|RNCP|apprenti|"
    r"formation qualifiante",
    "english_disciplines": FLAGSHIP["english_disciplines"] + r"|nursing|degree|bachelor|master|diploma",
}

# A mail of the other-mail field that is no application says what it is for in the fields' world.
OTHER_MAIL_WORDS = re.compile(
    r"partenariat|partnership|newsletter|lettre|alerte|offre|absent|congé|fermé|réponse automatique|"
    r"n'a pas pu être remis|failed|question|candidat|étudiant|inscri|rendez-vous|entretien|recrut|"
    r"convention|Re:",
    re.I,
)

# How a diploma of the grid says the level the programme counts (or that it has none, or leaves it open).
LEVEL_SAID = re.compile(
    r"bac\+\d|niveau \d|below|no (?:state )?(?:university )?level|no diploma|not a diploma|not diplomas|"
    r"bac level|open|after the DEA|at its level"
)


def _lacking(key: str, pattern: str, applications_only: bool = True) -> list[str]:
    """The files of the field `key` (its applications only when asked) whose mail holds no `pattern`."""
    mark = re.compile(pattern, re.I)
    return [t["file"] for item, t in CORPUS.of(key, applications_only) if not mark.search(text_of(item))]


def test_the_grid_has_twelve_fields_each_with_its_diplomas_calendar_placements_traps_and_rule() -> None:
    assert_a_grid_of_twelve(CORPUS, RULES, fields=GRID_FIELDS)


def test_each_field_s_diplomas_are_given_the_level_the_programme_counts() -> None:
    # every diploma of a field of study says its level (bac+N, a niveau, below, or no level), the other-mail
    # field aside, whose diplomas are the fields' own
    unlevelled = [
        (key, d)
        for key, field in GRID.items()
        if key != "disciplines_other_mail"
        for d in field.diplomas
        if not LEVEL_SAID.search(d)
    ]
    assert not unlevelled, unlevelled


def test_each_field_s_rule_says_what_settles_the_label() -> None:
    assert_each_rule_says(CORPUS, RULES)


def test_every_message_says_its_field_where_the_fact_sits_and_the_kind() -> None:
    assert_every_route_told(CORPUS)


def test_a_message_said_ambiguous_leaves_a_criterion_of_its_application_open() -> None:
    assert_ambiguity_within_the_writers_bounds(CORPUS)


def test_every_field_carries_fourteen_messages_three_verdicts_and_other_mail() -> None:
    assert_fourteen_messages_a_key(CORPUS)


def test_the_counts_and_the_balance_of_verdicts_and_kinds_are_the_writers() -> None:
    assert_the_writers_balance(
        CORPUS, referrals=_GRID_MODULE.REFERRALS, attached=_GRID_MODULE.WITH_ATTACHMENT
    )


def test_the_english_share_holds_and_the_english_field_is_english() -> None:
    assert_the_english_share(CORPUS, written_in_english)


def test_each_field_holds_its_flagship_diplomas_somewhere_in_its_mails() -> None:
    missing = [
        key for key, pattern in FLAGSHIP.items() if len(_lacking(key, pattern, False)) == len(CORPUS.of(key))
    ]
    assert not missing, missing


def test_every_application_set_in_a_field_speaks_that_field_s_words() -> None:
    unset = {key: files for key, pattern in FIELD_WORDS.items() if (files := _lacking(key, pattern))}
    assert not unset, unset


def test_a_competitive_exam_alone_never_gives_a_level() -> None:
    # a CAPES, a CRFPA or a concours is no diploma: an application whose only qualification named is such an
    # exam leaves its level open or failing, never met
    exam_only = [
        t["file"]
        for item, t in CORPUS.keyed()
        if t["kind"] == "application"
        and re.search(r"\b(?:CAPES|CRFPA|agrégation)\b", text_of(item))
        and not re.search(r"master|licence|\bM2\b|diplôm|MEEF|LLB|degree", text_of(item), re.I)
        and isinstance(t["bac_plus"], int)
    ]
    assert not exam_only, exam_only


def test_a_diploma_the_grid_sets_below_bac_plus_two_never_passes_on_its_own() -> None:
    # a BPJEPS, a DEAS, a DEAES, a DEME, a CAP or a capacité en droit named as the only diploma: level failing
    below = re.compile(r"\b(?:BPJEPS|DEAS|DEAES|DEME|CAP|capacité en droit)\b")
    higher = re.compile(
        r"licence|master|\bBTSA?\b|\bDUT\b|\bBUT\b|D[EÉ]S?JEPS|\bDE(?:ES|ASS|ETS|CESF|EJE)\b|\bDN(?:SEP|A|MADE)\b|"
        r"\bD?SCG\b|\bDCG\b|\bPGE\b|\bMSc\b|\bMBA\b|diplôme d'État d'(?:infirm|ergo|psycho)|orthophon|doctor|"
        r"bachelor|degree|ingénieur|niveau [56]|bac\s?\+\s?[2-8]",
        re.I,
    )
    passed = [
        t["file"]
        for item, t in CORPUS.keyed()
        if t["kind"] == "application"
        and below.search(text_of(item))
        and not higher.search(text_of(item))
        and "degree_level" not in t["failing"] + t["unknown"]
    ]
    assert not passed, passed


def test_the_other_mail_field_is_mostly_other_mail_and_its_applications_are_referrals() -> None:
    assert_other_mail_mostly_other_and_referred(CORPUS, "disciplines_other_mail")
    unsaid = [
        t["file"]
        for item, t in CORPUS.of("disciplines_other_mail")
        if t["kind"] != "application" and not OTHER_MAIL_WORDS.search(text_of(item))
    ]
    assert not unsaid, unsaid


def test_the_corpus_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    assert_rebuilt_byte_for_byte(DISCIPLINES, tmp_path)
