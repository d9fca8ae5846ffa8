"""A link's antecedent said again: each sentence whose thing is only named by a link (a pronoun, a
demonstrative or defining noun) names it again, so every reader (dates, levels, situations, careers, the
aim) reads it with no change of its own.

«J'ai un master de sociologie. Je l'ai obtenu en juillet 2025.» is read as «… J'ai obtenu un master de
sociologie en juillet 2025.»; «Mon service civique … Il se termine en mars 2027» as «Mon service civique se
termine en mars 2027»; «Ledit diplôme m'a été délivré en 2026» as «<the diploma> m'a été délivré en 2026».

Applied, like discourse.as_finally_meant, to the writer's own texts before any fact is read. Invariants:
- Evidence still quotes the writer's words: a rewritten sentence is the writer's sentence with the link
  replaced by the antecedent's words as the writer wrote them (its own determiner included); the only words
  added are grammatical glue («j'» for «je» before a vowel, «de» joining a part to its whole).
- A link is resolved to the nearest antecedent that agrees (gender from the participle or the pronoun, the
  writer's own thing when the subject is the writer) and fits the predicate's sense («obtenir» takes a
  diploma, «se terminer» a thing that runs). When two different candidates fit alike at the nearest distance,
  nothing is resolved: the fact stays open (to_verify).
- Deterministic; no sentence but the link's is changed; the text's lines and length-bearing layout are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from intake.understanding.diploma_level import find_diploma_spans
from intake.understanding.lexicon import Lexicon
from intake.understanding.signals import speaks_of_a_relative

__all__ = ["Candidate", "with_links_resolved"]

# How many sentences back an antecedent is looked for («distance»: the diploma in the first paragraph, the
# pronoun in the last).
_REACH = 8
DIPLOMA = "diploma"
RUNNING = "running"  # a thing that runs and ends: an internship, a civic service, a mission, a course


@dataclass(frozen=True)
class Candidate:
    """A thing a link may take up: its words as written (with their determiner), its gender ("" unknown),
    its sort (DIPLOMA or RUNNING), whether it is someone else's (a sister's master), where it stands."""

    words: str
    gender: str
    sort: str
    others: bool
    unit: int
    start: int


# A sentence ends at «.», «!», «?» or «;» before a space, or at a line's end; units are read in order.
_UNIT = re.compile(r"[^.!?;\n]+(?:[.!?;]+|(?=\n)|$)")

_FEM_DET = r"une|ma|la|cette|sa|ta|notre|votre|ladite"
_MASC_DET = r"un|mon|le|ce|cet|son|ton|ledit"
_DETERMINER = re.compile(
    rf"(?:\b(?:{_FEM_DET}|{_MASC_DET}|mes|les|des|my|a|an|the|this|that|her|his)\s+|\bl['’]\s*)$",
    re.IGNORECASE,
)
# Nouns whose gender the reader needs when no determiner tells it: the diplomas and running things of the
# corpora (a diploma's own name: «licence», «maîtrise», «formation» are feminine, the acronyms masculine).
_FEMININE_HEADS = re.compile(
    r"^(?:licence|license|maîtrise|maitrise|thèse|these|formation|alternance|mission|école|prépa|capacité|"
    r"certification|habilitation|spécialisation|préparation|période|immersion|attestation|l3|l2|l1|lp)\b",
    re.IGNORECASE,
)
_MASCULINE_HEADS = re.compile(
    r"^(?:master|m1|m2|bts|dut|but|deust|dejeps|desjeps|bpjeps|bachelor|bac|baccalauréat|doctorat|diplôme|"
    r"cap|bep|titre|dip|de\b|deug|dess|dea|mba|stage|service|volontariat|contrat|cursus|programme|cycle|"
    r"mastère|magistère|certificat|brevet|dcg|dscg|deeeje|deje|deasc|deass|deme|deets|cesf|dees|bafa|dipl)",
    re.IGNORECASE,
)


def with_links_resolved(text: str, lexicon: Lexicon) -> str:
    """`text` with each linked sentence naming its thing again (see the module's docstring)."""
    units = [(m.start(), m.end()) for m in _UNIT.finditer(text)]
    if len(units) < 1 or not _LINK_WORD.search(text):
        return text
    seen: list[list[Candidate]] = [_candidates(text[a:b], i, lexicon) for i, (a, b) in enumerate(units)]
    out, cursor = [], 0
    for i, (a, b) in enumerate(units):
        unit = text[a:b]
        out.append(text[cursor:a])
        out.append(_resolved_unit(unit, i, seen, lexicon) if _LINK_WORD.search(unit) else unit)
        cursor = b
    out.append(text[cursor:])
    return "".join(out)


# A cheap test before any work: most sentences hold no link word.
_LINK_WORD = re.compile(
    r"\b(?:l['’]|le|la|il|elle|it|ce|cette|cet|ledit|ladite|celui-ci|celle-ci|latter|former)\b", re.IGNORECASE
)


def _candidates(unit: str, index: int, lexicon: Lexicon) -> list[Candidate]:
    """The diplomas and running things `unit` names, in order, each with its words, gender and owner."""
    found: list[Candidate] = []
    for start, end, _label, _level in find_diploma_spans(unit, lexicon):
        found.append(_candidate(unit, start, _name_end(unit, end), DIPLOMA, index))
    for name in ("internship", "service_civique"):
        situation = lexicon.situations.get(name)
        pattern = situation.names if situation is not None else None
        for m in pattern.finditer(unit) if pattern is not None else ():
            if not any(c.start <= m.start() < c.start + len(c.words) for c in found):
                found.append(_candidate(unit, m.start(), _name_end(unit, m.end()), RUNNING, index))
    return sorted(found, key=lambda c: c.start)


def _name_end(unit: str, end: int) -> int:
    """Where a thing's name ends: its complements run on («licence pro Métiers du livre», «master de
    sociologie») until a clause's break or a word opening a place, a time or another clause («à Unis-Cité»,
    «en 2025», «puis», «qui»): the level and the field stay in the words said again."""
    stop = _NAME_STOP.search(unit, end)
    return len(unit.rstrip(" .!?;")) if stop is None else stop.start()


_NAME_STOP = re.compile(
    r"\s*(?:[,;:()\[\].!?—–]|\s-\s|$|\b(?:en|à|a|au|aux|dans|puis|et|ou|que|qui|dont|où|obtenu\w*|validé\w*|"
    r"depuis|il|elle|je|j['’]|avec|pour|chez|par|sur|mais|when|in|at|from|with|and|which|that|who|i|it|"
    r"since|until|then|or|but|le|la|les|l['’]|un|une|mon|ma|ce|cette|à|fin|début)\b|\s\d{4}\b)",
    re.IGNORECASE,
)


def _candidate(unit: str, start: int, end: int, sort: str, index: int) -> Candidate:
    det = _DETERMINER.search(unit[:start])
    begin = det.start() if det else start
    words = unit[begin:end].strip()
    gender = _gender(det.group(0) if det else "", unit[start:end])
    return Candidate(words, gender, sort, _someone_elses(unit[:start]), index, begin)


def _gender(determiner: str, name: str) -> str:
    """ "f", "m" or "" (unknown): the determiner's, else the head noun's."""
    det = determiner.strip().lower()
    if re.fullmatch(_FEM_DET, det):
        return "f"
    if re.fullmatch(_MASC_DET, det) and det not in (
        "mon",
        "ton",
        "son",
    ):  # «mon attestation»: mon is no proof
        return "m"
    head = name.strip()
    if _FEMININE_HEADS.match(head):
        return "f"
    if _MASCULINE_HEADS.match(head) or det in ("mon", "ton", "son"):
        return "m"
    return ""


def _someone_elses(before: str) -> bool:
    """The thing is another person's when its clause speaks of a relative and not of the writer («ma sœur a
    un master» — not «moi, j'ai une licence»)."""
    clause = re.split(r"[;,:]|\b(?:et|mais|moi|alors que|tandis que|while|whereas|but)\b", before)[-1]
    if re.search(r"\b(?:j['’]|je|moi|i|i['’]ve|me)\b", clause, re.IGNORECASE):
        return False
    return speaks_of_a_relative(clause)


def _resolved_unit(unit: str, index: int, seen: list[list[Candidate]], lexicon: Lexicon) -> str:
    """One unit with its links replaced by their antecedents' words, one link at a time: a chain («Ce
    dernier, je l'ai obtenu…») resolves its demonstrative first, then the pronoun takes it up in the unit."""
    for _ in range(3):
        for rewrite in (_object_clitic, _thing_subject, _demonstrative, _english_object, _english_subject):
            new = rewrite(unit, index, seen)
            if new is not None:
                break
        else:
            return unit
        unit = new
        seen[index] = _candidates(unit, index, lexicon)
    return unit


# ---- the senses: which sort of thing a predicate takes ----------------------------------------------------

# Past participles (and «eu») of getting or finishing a diploma: «obtenu(e)», «validé(e)», «décroché(e)»,
# «eu(e)», «réussi(e)», «terminé(e)», «fini(e)», «achevé(e)», «bouclé(e)», «passé(e)», «soutenu(e)».
_DIPLOMA_VERBS = (
    r"obten\w*|obtien\w*|valid\w*|décroch\w*|decroch\w*|eue?s?|réussi\w*|reussi\w*|termin\w*|fini\w*|"
    r"achev\w*|achèv\w*|boucl\w*|passée?s?|soutenue?s?|repass\w*|ratée?s?"
)
_ENDING_VERBS = r"termin\w*|fini\w*|achev\w*|achèv\w*|boucl\w*|commenc\w*|début\w*|poursui\w*|arrêt\w*"
# What may follow a running thing's own verb (no object: «elle se termine en mars», not «elle termine son
# master»): a time, a place, the end of the sentence.
_NO_OBJECT = (
    r"(?=\s*(?:$|[.,;!?)]|en\b|le\b|au\b|à\b|a\b|fin\b|début\b|dans\b|depuis\b|jusqu|ce\b|cette\b|cet\b|"
)
_NO_OBJECT += r"il y a|d[eé]j[aà]\b|bientôt|normalement|officiellement|\d))"


def _fits(candidate: Candidate, sort: str, gender: str, own: bool) -> bool:
    if sort == DIPLOMA and candidate.sort != DIPLOMA:
        return False
    if gender and candidate.gender and candidate.gender != gender:
        return False
    return not (own and candidate.others)


def _antecedent(
    seen: list[list[Candidate]], index: int, sort: str, gender: str, own: bool, after: int = -1
) -> Candidate | None:
    """The nearest fitting candidate: in the link's own unit (before it, then a right dislocation after it),
    then back unit by unit. Two different fitting candidates at the nearest distance: none (left open)."""
    same = [c for c in seen[index] if _fits(c, sort, gender, own)]
    groups = (
        [[c for c in same if c.start < after], [c for c in same if c.start >= after]] if after >= 0 else []
    )
    groups += [
        [c for c in seen[i] if _fits(c, sort, gender, own)]
        for i in range(index - 1, max(-1, index - _REACH), -1)
    ]
    for group in groups:
        if group:
            kinds = {_key(c.words) for c in group}
            return group[-1] if len(kinds) == 1 else None
    return None


def _key(words: str) -> str:
    """The same thing named twice («un master … ce master») counts once."""
    return re.sub(r"^\S+\s+", "", words.lower()) if " " in words else words.lower()


# ---- French: an object clitic («je l'ai obtenu», «je la termine») -----------------------------------------

_SUBJECT = r"(?P<subj>\b(?:je|j['’]|il|elle|on|nous|vous|ils|elles)\s*)"
_CLITIC = re.compile(
    _SUBJECT + r"(?P<neg>ne\s+|n['’]\s*)?(?P<cl>l['’]\s*|le\s+|la\s+)(?P<aux>ai|as|a|avons|avez|ont)?\s*"
    r"(?P<adv>(?:(?:pas|jamais|bien|enfin|déjà|finalement|officiellement|encore|même|tout juste)\s+)*)"
    rf"(?P<verb>{_DIPLOMA_VERBS})\b",
    re.IGNORECASE,
)


def _object_clitic(unit: str, index: int, seen: list[list[Candidate]]) -> str | None:
    m = _CLITIC.search(unit)
    if m is None:
        return None
    gender = _participle_gender(m.group("verb"), m.group("cl"), bool(m.group("aux")))
    subj = m.group("subj").strip().lower()
    own = subj in ("je", "j'", "j’")
    found = _antecedent(
        seen, index, DIPLOMA if _diploma_sense(m.group("verb")) else RUNNING, gender, own, m.start()
    )
    if found is None:
        return None
    aux = m.group("aux") or ""
    head = _subject_before(m.group("subj"), m.group("neg") or "", aux or m.group("verb"))
    said = f"{head}{aux + ' ' if aux else ''}{m.group('adv')}{m.group('verb')} {_inside(found.words)}"
    before, after = unit[: m.start()], unit[m.end() :]
    if found.unit == index:  # a dislocation: the thing said beside its pronoun is said in its place
        before, after = _undislocated(before, found.words), _undislocated(after, found.words)
        if not before.strip():
            said = said[0].upper() + said[1:]  # it opens the sentence now
    return before + said + after


def _undislocated(part: str, words: str) -> str:
    """`part` without the dislocated thing: «Mon BTS, » opening it, «, mon BTS» closing it."""
    left = re.match(rf"(\s*){re.escape(words)}\s*[,—–-]\s*", part)
    if left:
        return left.group(1) + part[left.end() :]
    right = re.search(rf"\s*[,—–-]\s*{re.escape(words)}(?=\s*[.!?;]*\s*$)", part)
    return part[: right.start()] + part[right.end() :] if right else part


def _diploma_sense(verb: str) -> bool:
    return re.fullmatch(r"termin\w*|fini\w*|achev\w*|achèv\w*|boucl\w*", verb, re.IGNORECASE) is None


def _participle_gender(verb: str, clitic: str, compound: bool) -> str:
    """«obtenue», «eue», «validée»: feminine; «obtenu»: masculine; «la» feminine, «le» masculine; a present
    «l'obtiens» says nothing."""
    c = clitic.strip().lower()
    if c == "la":
        return "f"
    if c == "le":
        return "m"
    if not compound:
        return ""
    v = verb.lower()
    if re.search(r"(?:ée|ue|ie|ise|ite|ées|ues|ies)$", v):
        return "f"
    return "m" if re.search(r"(?:é|u|i|is|it)$", v) else ""


def _subject_before(subj: str, neg: str, following: str) -> str:
    """«je» elided before a vowel once the clitic is gone («je l'ai» → «j'ai»); a negation's «n'» likewise."""
    s = subj.strip()
    vowel = re.match(r"[aeiouyhéèêàâ]", following, re.IGNORECASE) is not None
    if neg:
        n = "n'" if vowel else "ne "
        return f"{s} {n}"
    if s.lower() in ("je", "j'", "j’"):
        return f"{s[0]}'" if vowel else f"{s[0]}e "
    return f"{s} "


def _inside(words: str) -> str:
    """An antecedent said again inside a sentence: its first capital lowered when it opened its own («Mon
    BTS» → «mon BTS»), an acronym kept."""
    first = words.split(" ", 1)[0]
    return words[0].lower() + words[1:] if first[:1].isupper() and not first.isupper() else words


def _opening(words: str) -> str:
    return words[0].upper() + words[1:]


# ---- French: a thing as subject («Il se termine en mars», «Elle a été validée en septembre») --------------

_THING_SUBJECT = re.compile(
    r"(?P<pro>\b(?:il|elle)\b)\s+(?P<pred>(?:ne\s+|n['’]\s*)?(?:(?:se|s['’])\s*(?:est\s+|sont\s+)?"
    rf"(?:{_ENDING_VERBS}|déroul\w*|prolong\w*|clôtur\w*|clotur\w*)"
    r"|(?:m['’]\s*|me\s+)?(?:a\s+été|est|était|sera)\s+"
    r"(?:(?:pas|bien|enfin|déjà|officiellement|tout à fait|encore)\s+)*"
    rf"(?:{_DIPLOMA_VERBS}|délivrée?|décernée?|terminée?|finie?|achevée?|close?)"
    rf"|(?:{_ENDING_VERBS}|court|dure|a\s+duré|prend\s+fin|a\s+pris\s+fin)){_NO_OBJECT})",
    re.IGNORECASE,
)


def _thing_subject(unit: str, index: int, seen: list[list[Candidate]]) -> str | None:
    m = _THING_SUBJECT.search(unit)
    if m is None or unit[: m.start()].strip(" ,—–-").split()[-1:] not in ([], ["et"], ["mais"], ["puis"]):
        return None  # «Mon stage, il se termine…» (a dislocation) and a pronoun deep in a clause: see below
    gender = "f" if m.group("pro").lower() == "elle" else "m"
    sort = (
        DIPLOMA
        if re.search(r"délivr|décern|obten|valid|décroch", m.group("pred"), re.IGNORECASE)
        else RUNNING
    )
    found = _antecedent(seen, index, sort, gender, False, m.start())
    if found is None or found.unit == index:
        return None
    words = (
        _opening(found.words) if m.start() == 0 or unit[: m.start()].strip() == "" else _inside(found.words)
    )
    return unit[: m.start()] + words + " " + m.group("pred") + unit[m.end() :]


# ---- French: a demonstrative or defining noun («ce diplôme», «ledit diplôme», «ce dernier», «celui-ci») ---

_DEMONSTRATIVE = re.compile(
    r"\b(?P<det>ce|cet|cette|ledit|ladite|led\.)\s+(?P<noun>diplôme|diplome|titre|cursus|master|licence|"
    r"bts|dut|deust|but|bachelor|doctorat|stage|service civique|volontariat|engagement|mission|formation|"
    r"cycle|certificat|dernier|dernière)\b|\b(?P<pro>celui-ci|celle-ci)\b",
    re.IGNORECASE,
)
_RUNNING_NOUNS = ("stage", "service civique", "volontariat", "engagement", "mission", "formation")


def _demonstrative(unit: str, index: int, seen: list[list[Candidate]]) -> str | None:
    m = _DEMONSTRATIVE.search(unit)
    if m is None:
        return None
    noun = (m.group("noun") or m.group("pro") or "").lower()
    det = (m.group("det") or "").lower()
    # A generic noun's own gender («ce diplôme» for a licence) says nothing of the thing's; a pronoun's does.
    gender = "f" if det in ("cette", "ladite") or noun in ("celle-ci", "dernière") else "m"
    gender = gender if noun in ("dernier", "dernière", "celui-ci", "celle-ci") else ""
    sort = (
        RUNNING
        if noun in _RUNNING_NOUNS
        else (DIPLOMA if noun not in ("dernier", "dernière", "celui-ci", "celle-ci") else "")
    )
    found = _last_named(seen, index, m.start(), sort, gender, noun)
    if found is None:
        return None
    words = _opening(found.words) if unit[: m.start()].strip() == "" else _inside(found.words)
    return unit[: m.start()] + words + unit[m.end() :]


def _last_named(
    seen: list[list[Candidate]], index: int, at: int, sort: str, gender: str, noun: str
) -> Candidate | None:
    """«ce dernier», «celui-ci»: the last named that agrees; «ce diplôme», «cette licence»: the one thing of
    that kind named before (two different ones: none)."""
    before = [c for c in seen[index] if c.start < at] + []
    pool = [c for i in range(max(0, index - _REACH), index) for c in seen[i]] + before
    fitting = [
        c for c in pool if (not sort or c.sort == sort) and (not gender or not c.gender or c.gender == gender)
    ]
    if noun not in (
        "diplôme",
        "diplome",
        "titre",
        "cursus",
        "cycle",
        "certificat",
        "stage",
        "service civique",
        "volontariat",
        "engagement",
        "mission",
        "formation",
        "dernier",
        "dernière",
        "celui-ci",
        "celle-ci",
    ):
        fitting = [c for c in fitting if noun in c.words.lower()]  # «ce master»: a master named before
    if not fitting:
        return None
    if noun in ("dernier", "dernière", "celui-ci", "celle-ci"):
        return fitting[-1]
    nearest = [c for c in fitting if c.unit == fitting[-1].unit]
    return fitting[-1] if len({_key(c.words) for c in nearest}) == 1 else None


# ---- English: «I completed it last July», «It ends in March», «the latter» --------------------------------

_EN_OBJECT = re.compile(
    r"\b(?P<head>(?:i|she|he|they|we)\s+(?:(?:have|had|'ve|’ve|just|finally|only|successfully)\s+)*"
    r"(?:completed|finished|got|obtained|passed|earned|received|was awarded|were awarded|graduated from|"
    r"validated|defended|wrapped up|gained|achieved|did))\s+it\b",
    re.IGNORECASE,
)
_EN_SUBJECT = re.compile(
    r"(?<![\w'’])(?P<pro>it|the latter|the former)\s+(?P<pred>(?:(?:was|is|has been|will be)\s+)?"
    r"(?:ends|ended|finishes|finished|runs|ran|lasts|lasted|completed|awarded|conferred|validated|"
    r"runs until|wraps up|wrapped up|started|began|began in|concluded|concludes|closes|closed))\b",
    re.IGNORECASE,
)


def _english_object(unit: str, index: int, seen: list[list[Candidate]]) -> str | None:
    m = _EN_OBJECT.search(unit)
    if m is None:
        return None
    own = m.group("head").lower().startswith("i ")
    found = _antecedent(seen, index, DIPLOMA, "", own, m.start())
    if found is None:
        return None
    return unit[: m.start()] + m.group("head") + " " + _inside(found.words) + unit[m.end() :]


def _english_subject(unit: str, index: int, seen: list[list[Candidate]]) -> str | None:
    m = _EN_SUBJECT.search(unit)
    if m is None:
        return None
    pro = m.group("pro").lower()
    if pro == "it":
        found = _antecedent(seen, index, "", "", False, m.start())
    else:
        pool = [
            c
            for i in range(max(0, index - _REACH), index + 1)
            for c in seen[i]
            if i < index or c.start < m.start()
        ]
        found = (pool[-1] if pro == "the latter" else pool[0]) if pool else None
    if found is None or found.unit == index:
        return None
    words = _opening(found.words) if unit[: m.start()].strip() == "" else _inside(found.words)
    return unit[: m.start()] + words + " " + m.group("pred") + unit[m.end() :]
