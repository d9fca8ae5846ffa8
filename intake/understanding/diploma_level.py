"""Which diplomas a line names and at what level (bac+N): the lexicon's diplomas, «bac+3», «trois ans après
le bac», «titre de niveau 6», «deuxième année de licence». Apart from education.py because a level is read
from the words of one line alone, before anything says whether the diploma is obtained or when."""

from __future__ import annotations

import re
from functools import lru_cache

from intake.understanding.dates import COUNT_EN, COUNT_FR, count_of, count_words
from intake.understanding.level_abroad import with_levels_abroad
from intake.understanding.lexicon import KeptReadings, Lexicon, all_matches, mentions_any
from intake.understanding.prefilter import may_match
from intake.understanding.sense import DIPLOMA, in_criterion_sense
from intake.understanding.study_counts import with_courses_chained, with_study_counts
from intake.understanding.systems import with_university_bac
from intake.understanding.years_at_home import with_years_at_home

# «bac+3», «bac + 3», «bac plus cinq»: the count after the bac is the level, in figures or words (dates.py).
_BAC_PLUS = re.compile(rf"\bbac\s*(?:\+|plus\b)\s*({COUNT_FR}|{COUNT_EN})\b", re.IGNORECASE)


# A level stated instead of a name: «(un an après le bac)», «diplôme d'État (niveau 4)».
_YEARS_AFTER_BAC = re.compile(
    rf"\b({count_words(5, english=False)}|[1-5])\s+ans?\s+(?:d.[ée]tudes\s+)?"
    r"(?:apr[eè]s|post)[\s-](?:le\s+|mon\s+)?bac\b",
    re.IGNORECASE,
)


# A diploma named by a periphrasis of the studies it closes (h-flevel): a diploma noun defined by a relative
# clause naming the years of higher education it comes after («le diplôme qu'on passe après trois ans de
# fac», "the degree you get after three years of uni") or the university cycle it crowns («le diplôme qui
# couronne le premier cycle universitaire»: the licence). The span starts at the noun, so what governs it
# (a negation, a plan: «je vise le diplôme qu'on passe…») is read as for any diploma's name. Said of the
# French university only, and generally («qu'on passe», «qui couronne»): «le diplôme que l'institut de
# Bukavu remet après trois années d'études» is a foreign school's, its level left to the coordinator.
_PERIPHRASIS = re.compile(
    r"\b(?:dipl[oô]me|degree|diploma|qualification)\s+(?:qu['’]\s*on|que\s+l['’]\s*on|qui|you|that|which|one)\b"
    r"[^.;,:!?]{0,40}?\b(?:"
    r"(?:apr[eè]s|au\s+bout\s+de|[àa]\s+la\s+fin\s+de|after|at\s+the\s+end\s+of)\s+(?:(?:les|mes|the|my)\s+)?"
    rf"(?P<n>{count_words(5)}|[1-5])\s+(?:ans?|ann[ée]es?|years?)\s+"
    r"(?:de\s+fac\b|d['’]\s*(?:universit[ée]|[ée]tudes\s+sup[ée]rieures)|[àa]\s+la\s+fac\b|"
    r"of\s+(?:uni|university|college|higher\s+education)\b)"
    r"|(?:le\s+|the\s+)?(?P<which>premier|1er|deuxi[eè]me|second|2e|first)\s+cycle\s+"
    r"(?:universitaire|de\s+l['’]\s*universit[ée]|du\s+sup[ée]rieur|d['’]\s*[ée]tudes\s+sup[ée]rieures|"
    r"(?:of\s+)?(?:university|higher\s+education))\b)",
    re.IGNORECASE,
)
_CYCLE_YEARS = {"premier": 3, "1er": 3, "first": 3}  # a second cycle is the master's (bac+5)


_LEVEL_STATED = re.compile(
    r"\bniveau\s+(?P<n>[3-7]|(?-i:V|IV|III|II|I))\b(?!\s*(?:en|d.anglais|de langue))", re.IGNORECASE
)


# Levels of the French national framework (since 2019; old roman numbers before) in years after the bac; level
# 3 (old V), a CAP's or a DEAES's, is below the bac and fails the bac+2 as the bac does.
_FRAMEWORK_LEVEL = {"3": 0, "V": 0, "4": 0, "IV": 0, "5": 2, "III": 2, "6": 3, "II": 3, "7": 5, "I": 5}


# A level told by the credits a whole diploma carries, sixty a year of study: «licence (180 ECTS)», «diplôme
# visé 300 crédits ECTS», "a 120-ECTS degree". Credits said as a part of a course («170 ECTS sur 180»,
# "30 ECTS missing", «il me manque 60 ECTS») tell what is left, not a level (_CREDITS_PART).
_CREDITS = re.compile(
    r"\b(?P<n>60|120|180|240|300)[\s-]*(?:cr[ée]dits?\s+|credits?\s+)?(?:ECTS|european credits)\b"
    r"(?:\s+(?:credits?|cr[ée]dits?))?",
    re.IGNORECASE,
)
_CREDITS_PART = re.compile(
    r"^\s*(?:sur\b|out of\b|/|manquants?\b|missing\b|restants?\b|left\b|short\b|à valider\b|to go\b)",
    re.IGNORECASE,
)
_PART_OF = re.compile(r"\s*(?:de|d['’]|du|of|in|en)\s*(?:(?:la|ma|mon|une?|a|an|my|the)\s+)?", re.IGNORECASE)
_CREDITS_LEFT_BEFORE = re.compile(
    r"(?:manqu\w*|reste\w*|missing|short(?: of)?|need|besoin de|encore|still|only|seulement|que)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# A level told on a qualifications framework named with it: the European one (EQF, CEC), France's RNCP, and
# England's RQF / QCF / FHEQ, whose levels 5 to 7 are the same as the French ones («EQF level 6», "a Level 7
# qualification on the RQF", «niveau 6 du CEC»). Level 4 differs: the bac on the European and French
# frameworks, a first year of higher education (an HNC) on England's.
_FRAMEWORK_NAMED = re.compile(
    r"\b(?P<fw>EQF|CEC|RNCP|RQF|QCF|FHEQ)\s*(?:-\s*)?(?:level|niveau)?\s*(?P<n>[4-8])\b"
    r"|\b(?:level|niveau)\s*(?P<n2>[4-8])\s+(?:(?:of|on|in|du|de|sur)\s+(?:the\s+|la\s+|l.)?)?"
    r"(?P<fw2>EQF|CEC|RNCP|RQF|QCF|FHEQ|european qualifications? framework|cadre europ[ée]en)\b",
    re.IGNORECASE,
)
_ENGLISH_FRAMEWORK = ("RQF", "QCF", "FHEQ")
_FRAMEWORK_YEARS = {"4": 0, "5": 2, "6": 3, "7": 5, "8": 8}


_DIPLOMA_WORD = re.compile(r"dipl[oô]m|\btitre\b|certific|formation|\brncp\b|\bDU\b", re.IGNORECASE)


YEAR_OF = re.compile(
    r"\b(premi[eè]re|1(?:[eè]re|re|ère)|deuxi[eè]me|2(?:[eè]me|e)|seconde|troisi[eè]me|3(?:[eè]me|e))\s+ann[ée]e\s+"
    r"(?:d[e']\s*|du\s+)(?:(?:un|une|mon|ma|la|le|l')\s*)?$"
    r"|\b(first|second|third)\s+year\s+of\s+(?:(?:a|an|my|the)\s+)?$",
    re.IGNORECASE,
)


_YEAR_NUMBER = {"prem": 1, "1": 1, "fir": 1, "deux": 2, "2": 2, "seco": 2, "troi": 3, "thi": 3, "3": 3}


# Skill lines use «maîtrise» for mastery of a tool or a language, not the diploma.
_SKILL_MAITRISE = re.compile(
    r"ma[iî]trise\s+(?:du|des|de\s+l['’]|de\s+la\s|de\s+logiciel|d.outils|parfaite|courante|de\s+la\s+langue|de\s+word|d.excel)",
    re.IGNORECASE,
)


_SCHOOLING = re.compile(
    r"(?:19|20)\d\d|universit|[ée]cole|institut|\biut\b|\biae\b|facult|sciences po|obtenu|dipl[oô]m|"
    r"titulaire|valid[ée]|sciences|droit|[ée]conomi|histoire|lettres|sociologie|psychologie|g[ée]ographie|philosophie|langues|"
    r"\baes\b|gestion|math|physique|chimie|biologie|informatique|communication",
    re.IGNORECASE,
)


Span = tuple[int, int, str, int]


def find_diploma_spans(line: str, lexicon: Lexicon) -> list[Span]:
    """(start, end, label, level) of each diploma `line` names, in order (a level said as a threshold or a
    heading yields to a diploma named beside it: see _read_spans); a fresh list on every call."""
    return list(_spans_of(line, lexicon))


# Up to eight readers of education.py ask about the same unit: each unit is read once (bounded, as owner.py).
@lru_cache(maxsize=256)
def _spans_of(line: str, lexicon: Lexicon) -> tuple[Span, ...]:
    return tuple(_read_spans(line, lexicon))


# A level said as a threshold or a heading: «bac+2 minimum», «bac+2 ou plus», "bac+2 or higher", «Bac+2 :
# …», a table's «Bac+2 | …»: the call's criterion named, its answer beside it.
_THRESHOLD_AFTER = re.compile(
    r"\s*(minimum|min\.?|ou plus|et plus|au moins|or (?:higher|more|above)|at least|required|requis)\b"
    r"|\s*(?:[:|\t(→>]|[–—-]\s)",
    re.IGNORECASE,
)
# The heading itself, opening a line: «✔ Bac+2 minimum → », «Bac+2 : », «bac+2 ou plus (».
_HEADING = re.compile(
    rf"[\W_]*{_BAC_PLUS.pattern}(?:{_THRESHOLD_AFTER.pattern})[\s:|\t(→>–—-]*", re.IGNORECASE
)


def after_level_heading(line: str) -> str | None:
    """What answers a level heading opening `line` («Bac+2 minimum → BTS SIO» → «BTS SIO»), or None when
    the line opens with no such heading: the answer is stated as a form's value is."""
    heading = _HEADING.match(line)
    if heading is None:
        return None
    return line[heading.end() :]


def _read_spans(line: str, lexicon: Lexicon) -> list[Span]:
    """The diplomas `line` names, each (start, end, label, level), in order; a level said as a threshold
    or a heading yields to a diploma named beside it («Bac+2 minimum : licence de droit» is a licence); a
    count of what was validated («deux semestres validés sur quatre») is a level too (study_counts.py)."""
    spans = with_study_counts(line, with_courses_chained(line, _diploma_spans(line, lexicon)))
    spans = with_university_bac(line, spans)  # a bac a university awards is Québec's bachelor's (systems.py)
    spans = with_levels_abroad(line, spans)  # a degree abroad at its home length (level_abroad.py)
    spans = with_years_at_home(line, spans)  # a bachelor's of a four-year system is bac+4 (years_at_home.py)
    named = [sp for sp in spans if not sp[2].startswith("Bac+") and sp[3] >= 1]
    if not named:
        return spans
    return [sp for sp in spans if not (sp[2].startswith("Bac+") and _is_heading(line, sp[0], sp[1]))]


def _is_heading(line: str, start: int, end: int) -> bool:
    """A threshold word anywhere («… un bac+2 minimum : …»); a bare separator only after a level opening its
    line («Bac+2 | licence …»): «je suis à bac plus un (une année de BTS validée)» explains its level."""
    said = _THRESHOLD_AFTER.match(line, end)
    if said is None:
        return False
    return said.group(1) is not None or (not re.search(r"\w", line[:start]) and "(" not in said.group(0))


def _diploma_spans(line: str, lexicon: Lexicon) -> list[Span]:
    if not mentions_any(line, lexicon.diploma_fragments):
        return []
    spans: list[tuple[int, int, str, int]] = []
    for diploma in lexicon.diplomas:
        # Not searched when the line lacks the literal pieces every match needs (prefilter.may_match: then
        # finditer finds none): most diplomas' patterns skip a line.
        for m in diploma.pattern.finditer(line) if may_match(diploma.pattern, line) else ():
            if _SKILL_MAITRISE.match(line, m.start()):
                continue  # «maîtrise du pack Office», in France or in Québec
            if (
                diploma.label == "Master 1"
                and m.group(0).lower().startswith(("maîtrise", "maitrise"))
                and not _SCHOOLING.search(line)
            ):
                continue  # «Maîtrise de Canva» on a skills line: no date, no school, no «obtenu»
            if diploma.label == "BUT" and line.isupper():
                continue  # «MON BUT : …» in a capitalised heading
            if lexicon.not_a_diploma is not None and lexicon.not_a_diploma.match(line, m.end()):
                continue
            if not in_criterion_sense(line, m.start(), DIPLOMA):
                continue  # «licence IV», "a driving licence", «une master class»: no degree (sense.py)
            track = lexicon.track_before
            if track is not None and track.search(line[max(0, m.start() - 30) : m.start()]):
                continue  # «Lycée Victor Hugo (section BTS)»: a track of the school, not a diploma
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _, _ in spans):
                continue  # a more specific diploma already claimed these words
            spans.append((m.start(), m.end(), diploma.label, diploma.level))
    for m in _BAC_PLUS.finditer(line):
        level = count_of(m.group(1))
        # «bac plus un»: the «bac» the lexicon names inside the phrase is the phrase's, a level above it.
        spans = [sp for sp in spans if not (m.start() <= sp[0] < m.end() and sp[3] == 0)]
        if level <= 8 and not any(s <= m.start() < e for s, e, _, _ in spans):
            spans.append((m.start(), m.end(), f"Bac+{level}", level))
    for m in _YEARS_AFTER_BAC.finditer(line):
        # The «bac» inside the phrase is the count's starting point, not a diploma told: «un DEUST, deux ans
        # après le bac, reçu en juin 2026» dates the DEUST.
        spans = [sp for sp in spans if not (m.start() <= sp[0] < m.end())]
        if not _DIPLOMA_WORD.search(line[max(0, m.start() - 60) : m.start()]):
            continue  # «trois ans après le bac, j'ai arrêté»: a time, not a diploma's level
        level = count_of(m.group(1))
        spans.append((m.start(), m.end(), "Diplôme post-bac", level))
    spans = _stated_by_credits_or_framework(line, _periphrases(line, spans))
    if _DIPLOMA_WORD.search(line):
        for m in _LEVEL_STATED.finditer(line):
            if not any(s <= m.start() < e for s, e, _, _ in spans):
                level = _FRAMEWORK_LEVEL[m.group("n").upper()]
                label = f"Diplôme de niveau {m.group('n')}"
                spans.append((m.start(), m.end(), label, level))
    return sorted(spans)


def _periphrases(line: str, spans: list[Span]) -> list[Span]:
    """Levels told by a periphrasis of the diploma (_PERIPHRASIS), where no diploma of the lexicon was read
    in the same words."""
    out = list(spans)
    for m in _PERIPHRASIS.finditer(line):
        if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _, _ in out):
            continue
        if m.group("n") is not None:
            level = count_of(m.group("n"))
        else:
            level = _CYCLE_YEARS.get(m.group("which").lower(), 5)
        out.append((m.start(), m.end(), "Diplôme post-bac", level))
    return sorted(out)


def _stated_by_credits_or_framework(line: str, spans: list[Span]) -> list[Span]:
    """Levels told by a diploma's credits or on a named framework, added where no diploma was read in the
    same words: «Licence (180 ECTS)» keeps its name, «titre RNCP niveau 6» its entry, "EQF level 7" is
    bac+5."""
    out = list(spans)
    for m in _CREDITS.finditer(line):
        before = line[max(0, m.start() - 30) : m.start()]
        if _CREDITS_PART.match(line[m.end() :]) or _CREDITS_LEFT_BEFORE.search(before):
            continue  # «il me manque 60 ECTS», "120 ECTS out of 180": what is left, not the diploma's level
        if any(
            s <= m.start() < e or (e <= m.start() and re.fullmatch(r"[\s(,:–-]*", line[e : m.start()]))
            for s, e, _, _ in out
        ):
            continue  # «Licence (180 ECTS)»: the name beside the credits tells the diploma
        # «120 crédits ECTS de licence», "120 ECTS of a bachelor's": the credits are the part of the diploma
        # named after them that was done, and its level; the diploma is not had whole.
        part_of = _PART_OF.match(line, m.end())
        if part_of is not None:
            out = [sp for sp in out if sp[0] != part_of.end()]
        out.append((m.start(), m.end(), f"Diplôme de {m.group('n')} ECTS", int(m.group("n")) // 60))
    for m in _FRAMEWORK_NAMED.finditer(line):
        said = m.group("n") or m.group("n2")
        framework = (m.group("fw") or m.group("fw2") or "").upper()
        if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _, _ in out):
            continue
        level = 1 if said == "4" and framework in _ENGLISH_FRAMEWORK else _FRAMEWORK_YEARS[said]
        out.append((m.start(), m.end(), f"Diplôme de niveau {said} ({framework.split()[0]})", level))
    return sorted(out)


def states_a_level(line: str) -> bool:
    """«(un an après le bac)», «(niveau 4)»: the level is told, the diploma's name need not be known."""
    return _YEARS_AFTER_BAC.search(line) is not None or (
        _DIPLOMA_WORD.search(line) is not None and _LEVEL_STATED.search(line) is not None
    )


def names_a_track(line: str, lexicon: Lexicon) -> bool:
    """A diploma name right after «section», «option», «classe préparatoire»: a track, not a diploma."""
    # Kept per line: a pure reading of it and of the lexicon (the owner, compared by identity).
    return _TRACKS.read(lexicon, line, lambda: _names_a_track(line, lexicon))


_TRACKS: KeptReadings[bool] = KeptReadings()


def _names_a_track(line: str, lexicon: Lexicon) -> bool:
    track = lexicon.track_before
    if track is None or not mentions_any(line, lexicon.diploma_fragments):
        return False
    return any(
        track.search(line[max(0, m.start() - 30) : m.start()])
        for diploma in lexicon.diplomas
        if diploma.level >= 2
        for m in all_matches(diploma.pattern, line)  # the same matches, kept per line and prefiltered
    )


def read_year_prefix_level(line: str, start: int, label: str, level: int) -> int | None:
    """«première année de licence» is not a licence; «deuxième année de licence» is a bac+2."""
    m = YEAR_OF.search(line[:start])
    if not m or (label in {"Master 1", "Master"} and level == 4):
        return level
    said = (m.group(1) or m.group(2)).lower()
    n = next((v for k, v in _YEAR_NUMBER.items() if said.startswith(k)), 1)
    if label.startswith("Master"):
        return 4 if n == 1 else 5
    return n  # «j'ai validé la première année d'un DEUST»: one year after the bac
