"""A link's antecedent said again: each sentence whose thing is only named by a link (a pronoun, a
demonstrative or defining noun, a bridging part, a question's gap) names it again, so every reader (dates,
levels, situations, careers, the aim) reads it with no change of its own.

«J'ai un master de sociologie. Je l'ai obtenu en juillet 2025.» is read as «… J'ai obtenu mon master de
sociologie en juillet 2025.»; «J'ai un service civique … Il se termine en mars 2027» as «Mon service civique
se termine en mars 2027»; «Le jury de soutenance s'est tenu le 18 septembre 2025» (after a master) as «Le
jury de soutenance de mon master … s'est tenu le 18 septembre 2025»; «Mon diplôme ? Un master. Obtenu
quand ? En juillet 2025.» as «… Un master obtenu en juillet 2025.»

Applied, like discourse.as_finally_meant, to the writer's own texts before any fact is read. Invariants:
- Evidence still quotes the writer's words: a rewritten sentence is the writer's sentence with the link
  replaced by (or, for a part and a question, completed with) the antecedent's words as the writer wrote
  them. The only words added are grammatical glue: «j'» for «je» before a vowel, «de»/«of» joining a part to
  its whole, and the writer's own possessive («mon», «ma», "my") before a thing the writer said was theirs.
- A link is resolved to the nearest antecedent that agrees (gender from the participle or the pronoun, the
  writer's own thing when the subject is the writer) and fits the predicate's sense («obtenir» takes a
  diploma, «se terminer» a thing that runs). When two different candidates fit alike at the nearest distance,
  nothing is resolved: the fact stays open (to_verify).
- Deterministic; only the link's sentence changes; line breaks are kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.dates import find_dates
from intake.understanding.diploma_level import find_diploma_spans
from intake.understanding.employers import load_employers
from intake.understanding.lexicon import (
    FIRST_PERSON,
    KeptReadings,
    Lexicon,
    escaped_alternation,
    load_meanings,
    read_table,
)
from intake.understanding.owner import held_by_people
from intake.understanding.signals import speaks_of_a_relative

__all__ = ["Candidate", "with_links_resolved"]

# How many sentences back an antecedent is looked for («distance»: the diploma in the first paragraph, the
# pronoun in the last; a referral's paragraphs about the person in between).
_REACH = 12
DIPLOMA = "diploma"
RUNNING = "running"  # a thing that runs and ends: an internship, a civic service
PART = "part"  # a part of studies handed in or defended («le mémoire»), taken up only by such a verb
PLACE = "place"  # an employer or a place of work («une coopérative», «un cabinet d'audit», "a food co-op")


@dataclass(frozen=True)
class Candidate:
    """A thing a link may take up: its words as written (with their determiner) and its name alone, its
    gender ("" unknown), its sort (DIPLOMA or RUNNING; `kind` the situation's name for a RUNNING thing),
    whether it is someone else's (a sister's master) or said the writer's own, where it stands."""

    words: str
    name: str
    gender: str
    sort: str
    kind: str
    others: bool
    mine: bool
    english: bool
    unit: int
    start: int
    several: bool = False  # said of each of several people («nous avons chacun un stage»): not one thing


# A sentence ends at «.», «!», «?» or «;» before a space or the end (not inside an address or «2.5»), or at
# a line's end; units are read in order.
_UNIT = re.compile(r"(?:[^.!?;\n]|[.!?;](?![\s)»\"]|$))+(?:[.!?;]+|(?=\n)|$)")

_FEM_DET = r"une|ma|la|cette|sa|ta|notre|votre|ladite"
_MASC_DET = r"un|mon|le|ce|cet|son|ton|ledit|du"
_DETERMINER = re.compile(
    rf"(?:\b(?:{_FEM_DET}|{_MASC_DET}|mes|les|des|my|a|an|the|this|that|her|his)\s+|\b[ld]['’]\s*)$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"(?:mon|ma|mes|my)\b", re.IGNORECASE)
# Nouns whose gender the reader needs when no determiner tells it: the diplomas and running things (a
# diploma's own name: «licence», «maîtrise», «formation» are feminine, the acronyms masculine).
_FEMININE_HEADS = re.compile(
    r"^(?:licence|license|maîtrise|maitrise|thèse|these|formation|alternance|mission|école|prépa|capacité|"
    r"certification|habilitation|spécialisation|préparation|période|immersion|attestation|l3|l2|l1|lp)\b",
    re.IGNORECASE,
)
_MASCULINE_HEADS = re.compile(
    r"^(?:master|m1|m2|bts|dut|but|deust|dejeps|desjeps|bpjeps|bachelor|bac|baccalauréat|doctorat|diplôme|"
    r"cap|bep|titre|dip|de\b|deug|dess|dea|mba|stage|service|volontariat|contrat|cursus|programme|cycle|"
    r"mastère|magistère|certificat|brevet|dcg|dscg|deeeje|deje|deasc|deass|deme|deets|cesf|dees|bafa|dipl|"
    r"cdd|cdi|job|intérim)",
    re.IGNORECASE,
)
# A level alone («Bac+3, une licence LEA») says the level of the diploma named beside it, not another thing.
_BARE_LEVEL_ROMAN = re.compile(r"^\s*niveau\s+[IVX]+\b", re.IGNORECASE)
_BARE_LEVEL = re.compile(r"^\s*(?:bac\s*\+|niveau\s*\+?)\s*\d\b|^\s*level\s*\d\b", re.IGNORECASE)


def with_links_resolved(text: str, lexicon: Lexicon) -> str:
    """`text` with each linked sentence naming its thing again (see the module's docstring)."""
    if not _LINK_WORD.search(text):
        return text
    units = [(m.start(), m.end()) for m in _UNIT.finditer(text)]
    seen: list[list[Candidate]] = [_candidates(text[a:b], i, lexicon) for i, (a, b) in enumerate(units)]
    said = [text[a:b] for a, b in units]
    for i in range(len(units)):
        if _LINK_WORD.search(said[i]) or (i and said[i - 1].rstrip().endswith("?")):
            said[i] = _resolved_unit(said, i, seen, lexicon)
    out, cursor = [], 0
    for (a, b), unit in zip(units, said, strict=True):
        out.append(text[cursor:a] + unit)
        cursor = b
    return "".join(out) + text[cursor:]


# A cheap test before any work: most sentences hold no link word.
_LINK_WORD = re.compile(
    r"\b(?:l['’]|le|la|il|elle|it|that|ce|cette|cet|ledit|ladite|celui-ci|celle-ci|latter|former|mien|mienne|"
    r"mine|quand|when|année|year|date|soutenance|jury|délibération|résultats|promo|promotion|mémoire|module|"
    r"defence|defense|viva|dissertation|results|engagement|convention|ça|ca|cela|this|y|première|premier|"
    r"seconde|second|genre|kind|sort|mission)\b|\?",
    re.IGNORECASE,
)


def _candidates(unit: str, index: int, lexicon: Lexicon) -> list[Candidate]:
    """The diplomas and running things `unit` names, in order, each with its words, gender and owner. Kept
    per (unit, its place in the text): a pure reading of both and of the lexicon (the owner, compared by
    identity); the candidates are frozen, a new list handed out. A sentence every mail holds is read once."""
    found = _CANDIDATES.read(lexicon, (unit, index), lambda: tuple(_candidates_read(unit, index, lexicon)))
    return list(found)


_CANDIDATES: KeptReadings[tuple[Candidate, ...]] = KeptReadings()


def _candidates_read(unit: str, index: int, lexicon: Lexicon) -> list[Candidate]:
    found: list[Candidate] = []
    spans = find_diploma_spans(unit, lexicon)
    for start, end, _label, _level in spans:
        if _BARE_LEVEL.match(unit[start:end]) or _BARE_LEVEL_ROMAN.match(unit[start:end]):
            continue  # a level is no thing had («Bac+3, une licence LEA»; «ça vaut un bac+2»)
        found.append(_candidate(unit, start, _name_end(unit, end), (DIPLOMA, ""), index))
    for m in _HANDED_PARTS.finditer(unit):
        found.append(_candidate(unit, m.start(), m.end(), (PART, ""), index))
    for m in _OTHER_RUNNING.finditer(unit):  # «ma mission au foyer», «la formation»: of unsaid scheme
        if not any(c.start <= m.start() < c.start + len(c.words) + 4 for c in found):
            found.append(_candidate(unit, m.start(), _place_end(unit, m.end()), (RUNNING, ""), index))
    found += _places(unit, index, lexicon, found)
    for name in ("internship", "service_civique"):
        situation = lexicon.situations.get(name)
        pattern = situation.names if situation is not None else None
        for m in pattern.finditer(unit) if pattern is not None else ():
            if not any(c.start <= m.start() < c.start + len(c.words) + 4 for c in found):
                found.append(_candidate(unit, m.start(), _place_end(unit, m.end()), (RUNNING, name), index))
    return sorted(found, key=lambda c: c.start)


def _name_end(unit: str, end: int) -> int:
    """Where a thing's name ends: its complements run on («licence pro Métiers du livre», «master 2 en
    sciences de l'éducation», «master Économie sociale et solidaire») — capitalised words, numbers, a word
    right after a connector («de», «en», "in", "and") or after a capitalised one — and stop at any other word
    («master 2 portait», «licence de géographie en juin»): the level and the field stay in the words said."""
    cursor = end
    licensed: bool | None = None  # True: a word may follow; None: an adjective may («coopérative funéraire»)
    for m in _NAME_TOKEN.finditer(unit, end):
        if m.start() != cursor or m.group("stop"):
            break
        word = m.group("word")
        low = word.lower().strip("'’")
        cursor = m.end()
        if low in _CONNECTORS:
            licensed = True
            continue  # a connector counts only with the word after it
        year = re.fullmatch(r"(?:19|20)\d\d", word) is not None  # «master 2013»: a date, not the name
        capital = word[:1].isupper() or (word[:1].isdigit() and not licensed and not year)
        adjective = licensed is None and _ADJECTIVE.search(low) is not None  # «de l'accompagnement social»
        if low in _NOT_NAME or not (capital or licensed or adjective or low in _NAME_WORDS):
            break
        # «Économie sociale»: an adjective after a capitalised word; «géographie humaine»: after a complement.
        licensed = True if word[:1].isupper() and not word.isupper() else (None if licensed else False)
        end = m.end()
    return end


# French adjectives of a diploma's field: «social», «publique», «solidaire», «éducatif», «territorial».
_ADJECTIVE = re.compile(
    r"(?:al|ale|ales|aux|ique|iques|iel|ielle|if|ive|aire|aires|ien|ienne|eux|euse|elle|ain|aine)$"
)
_NAME_TOKEN = re.compile(r"(?P<stop>\s*[,;:()\[\].!?—–]|\s+-\s)|\s*(?P<word>[\w+&]+['’]?)")
_CONNECTORS = frozenset({"de", "d", "du", "des", "en", "in", "of", "and", "et", "l", "la", "le", "les", "&"})
_NAME_WORDS = frozenset(
    {"pro", "professionnelle", "professionnel", "générale", "général", "spécialité", "option"}
)
_NOT_NAME_WORDS = """moi je j il elle qui que qu dont où mon ma mes my i it ce cette un une à au aux a an
    the his her their to from at with since
    until puis then ou or mais but janvier février mars avril mai juin juillet août septembre octobre novembre
    décembre january february march april may june july august september october november december dernier
    dernière last été summer fin début end obtenu obtenue validé validée"""
_NOT_NAME = frozenset(_NOT_NAME_WORDS.split())


_HANDED_PARTS = re.compile(
    r"\b(?:mémoire|memoire|rapport de stage|rapport|thèse|dossier final)\b", re.IGNORECASE
)
# Things that run and end whose scheme is not said: the readers of situations decide what they are.
_OTHER_RUNNING = re.compile(
    r"\b(?:mission|formation|alternance|cdd|cdi|contrat|intérim|interim|job)\b(?!\s+(?:de|du|d['’])\s*"
    r"(?:service|volontariat|engagement))",
    re.IGNORECASE,
)


def _place_end(unit: str, end: int) -> int:
    """A running thing's name runs over its place («stage à la Maison des jeunes», «service civique chez
    Unis-Cité», «mission dans un foyer»): a place word and the phrase after it up to a clause's break or a
    time («en 2025», «depuis mai», «jusqu'en mars»)."""
    place = _PLACE.match(unit, end)
    return place.end() if place else end


_PLACE = re.compile(
    r"\s+(?:à|au|aux|chez|dans|auprès d[eu']|at|with|in)\s+(?:(?:la|le|les|l['’]|un|une|des|the|a|an)\s*)?"
    r"(?:(?!(?:en|depuis|jusqu|pour|et|mais|qui|que|où|de|du|des|since|until|for|and|but|which|who)\b)"
    r"[^\W\d_][\w'’-]*(?:\s+(?:(?:de|du|des|of)\b|d['’])\s*)?\s*){1,5}?(?=\s*(?:[,;:.!?()]|$|\s(?:en|depuis|jusqu|"
    r"pour|et|mais|qui|que|où|since|until|for|and|but|which|who|il|elle|se|s['’]|a|est|court|dure|finit|"
    r"termine|prend|ends|runs)\b))",
    re.IGNORECASE,
)


def _candidate(unit: str, start: int, end: int, sort: tuple[str, str], index: int) -> Candidate:
    det = _DETERMINER.search(unit[:start])
    begin = det.start() if det else start
    words = unit[begin:end].strip()
    if re.match(r"d['’]|du\b", words, re.IGNORECASE):  # «titulaire d'un BTS», «du master»: the thing alone
        words = words[2:].lstrip() if words[:2].lower() in ("d'", "d’") else "le " + words[2:].lstrip()
    clause = _clause_before(unit[:start])
    # «des étudiants qui sortaient de licence»: people in general's, no antecedent of the writer's thing.
    others = _someone_elses(clause) or (sort[0] == DIPLOMA and held_by_people(unit, start))
    others = others or (
        sort[0] == DIPLOMA
        and _TITLED_PERSON.search(unit[:start]) is not None
        and bool(_TITLE.match(unit, start))
    )
    # The writer's own: said in a sentence the writer speaks in, before the thing («j'ai un job et un stage»),
    # unless its clause gives it to someone else.
    first = FIRST_PERSON.search(clause) or FIRST_PERSON.search(unit[:start])
    mine = not others and (first is not None or bool(_POSSESSIVE.match(words)))
    english = re.search(r"\b(?:i|my|the|a|an|and|have|has|in|of)\b", unit) is not None and not re.search(
        r"\b(?:je|j['’]|le|la|les|un|une|mon|ma|et|de|du|des)\b", unit, re.IGNORECASE
    )
    gender = _gender(det.group(0) if det else "", unit[start:end])
    name = unit[start:end].strip()
    several = _DISTRIBUTIVE.search(unit) is not None
    return Candidate(words, name, gender, sort[0], sort[1], others, mine, english, index, begin, several)


# A diploma's title that is also a person's noun, named with an indefinite article: «un ingénieur agronome»,
# «une infirmière diplômée», "an engineer" — a person (a classmate, a colleague), not a diploma of the
# writer's («je suis ingénieur agronome», «diplômée ingénieure»: the writer's title, no article).
_TITLED_PERSON = re.compile(r"\b(?:un|une|an?)\s+$", re.IGNORECASE)
_TITLE = re.compile(
    r"ing[ée]nieure?\b|docteure?\b|infirmi[eè]re?\b|[ée]ducat(?:eur|rice)\b|assistante?\b|engineer\b",
    re.IGNORECASE,
)


def _clause_before(before: str) -> str:
    """The clause a thing is named in, up to the thing: after the last «;», «,», «:» or a contrast."""
    return re.split(r"[;,:]|\b(?:et|mais|moi|alors que|tandis que|while|whereas|but)\b", before)[-1] + (
        " moi" if re.search(r"\bmoi\b\s*[,]?\s*$|\bmoi\b[^;,:]*$", before, re.IGNORECASE) else ""
    )


def _gender(determiner: str, name: str) -> str:
    """ "f", "m" or "" (unknown): the determiner's, else the head noun's («mon» is no proof: «mon
    attestation»)."""
    det = determiner.strip().lower()
    if re.fullmatch(_FEM_DET, det):
        return "f"
    if re.fullmatch(_MASC_DET, det) and det not in ("mon", "ton", "son"):
        return "m"
    head = name.strip()
    if _FEMININE_HEADS.match(head):
        return "f"
    if _MASCULINE_HEADS.match(head) or det in ("mon", "ton", "son"):
        return "m"
    return ""


def _someone_elses(clause: str) -> bool:
    """The thing is another person's when its clause speaks of a relative and not of the writer («ma sœur a
    un master» — not «moi, j'ai une licence»)."""
    if re.search(r"\b(?:j['’]|je|moi|i|i['’]ve|me)\b", clause, re.IGNORECASE):
        return False
    return speaks_of_a_relative(clause)


Rewrite = Callable[[list[str], int, list[list[Candidate]]], "str | None"]


def _resolved_unit(said: list[str], index: int, seen: list[list[Candidate]], lexicon: Lexicon) -> str:
    """One unit with its links replaced by their antecedents' words, one link at a time: a chain («Ce
    dernier, je l'ai obtenu…») resolves its demonstrative first, then the pronoun takes it up in the unit.
    `said` holds the units said so far (those before `index` already resolved)."""
    rewrites: tuple[Rewrite, ...] = (
        _object_clitic,
        _thing_subject,
        _demonstrative,
        _own_possessive,
        _english_object,
        _english_subject,
        _answer,
        _diploma_part,
        _running_part,
        _ordinal,
        _kind_of_place,
        _place_adverb,
        _lasted,
    )
    unit = said[index]
    for _ in range(3):
        for rewrite in rewrites:
            new = rewrite([*said[:index], unit, *said[index + 1 :]], index, seen)
            if new is not None and new != unit:
                break
        else:
            return unit
        unit = new
        seen[index] = _candidates(unit, index, lexicon)
    return unit


# ---- choosing and saying the antecedent -------------------------------------------------------------------


def _fits(candidate: Candidate, sort: str, gender: str, own: bool) -> bool:
    if (sort or candidate.sort in (PART, PLACE)) and candidate.sort != sort:
        return False
    if gender and candidate.gender and candidate.gender != gender:
        return False
    return not (own and candidate.others)


def _antecedent(
    seen: list[list[Candidate]], index: int, sort: str, gender: str, own: bool, at: int = -1
) -> Candidate | None:
    """The nearest fitting candidate: in the link's own unit (before it, then a right dislocation after it),
    then back unit by unit. Two different fitting candidates at the nearest distance: none (left open)."""
    same = [c for c in seen[index] if _fits(c, sort, gender, own)]
    groups = [[c for c in same if c.start < at], [c for c in same if c.start >= at]] if at >= 0 else []
    back = range(index - 1, max(-1, index - _REACH), -1)
    groups += [[c for c in seen[i] if _fits(c, sort, gender, own)] for i in back]
    for group in groups:
        if group:
            single = len({_key(c) for c in group}) == 1 and not group[-1].several
            return group[-1] if single else None
    return None


# «Mon copain et moi avons chacun un stage», "we both have a BTS": one name, several things.
_DISTRIBUTIVE = re.compile(
    r"\b(?:chacun|chacune|tous les deux|toutes les deux|tous deux|both|each)\b", re.IGNORECASE
)


def _key(candidate: Candidate) -> str:
    """The same thing named twice («un master … ce master») counts once."""
    return candidate.name.lower()


def _say(found: Candidate, opening: bool = False, own: bool = True) -> str:
    """The antecedent's words said again: the writer's own thing with the writer's possessive («J'ai fait
    un stage» → «mon stage»), another's or an unowned one as written; a capital only to open a sentence."""
    words = found.words
    # A place is never said «mon» (that would make it the writer's employer).
    if own and found.mine and found.sort != PLACE and not _POSSESSIVE.match(words):
        words = f"{_possessive(found)} {found.name}"
    first = words.split(" ", 1)[0]
    if opening:
        return words[0].upper() + words[1:]
    # Only a determiner loses its capital inside a sentence («Mon BTS» → «mon BTS»; «MSc», «Master» stay).
    return words[0].lower() + words[1:] if first.lower() in _DETERMINERS else words


_DETERMINER_WORDS = "un une le la les l' l’ mon ma mes ce cet cette a an the my this that"
_DETERMINERS = frozenset(_DETERMINER_WORDS.split())


def _possessive(found: Candidate) -> str:
    if found.english:
        return "my"
    vowel = re.match(r"[aeiouyhéèêàâ]", found.name, re.IGNORECASE) is not None
    return "ma" if found.gender == "f" and not vowel else "mon"


def _of(words: str, english: bool) -> str:
    """«de» (or "of") joining a part to its whole: «de mon master», «du master», «d'un BTS»."""
    if english:
        return f"of {words}"
    low = words.lower()
    if low.startswith("le "):
        return "du " + words[3:]
    if low.startswith("les "):
        return "des " + words[4:]
    return ("d'" + words) if re.match(r"[aeiouyhéèêàâ]", words, re.IGNORECASE) else "de " + words


def _opens(said: list[str], index: int, at: int) -> bool:
    """Whether a word at `at` opens a sentence (a unit closed by «;» before it opens none)."""
    previous = said[index - 1].rstrip() if index else ""
    if said[index][:at].strip():
        return False
    # The writer's own capital says it («Bonjour,» then a new line «Elle n'est pas finie…»).
    return said[index][at : at + 1].isupper() or not previous.endswith((";", ","))


# ---- the senses: which sort of thing a predicate takes ----------------------------------------------------

# Past participles (and «eu») of getting or finishing a diploma: «obtenu(e)», «validé(e)», «décroché(e)»,
# «eu(e)», «réussi(e)», «terminé(e)», «fini(e)», «achevé(e)», «bouclé(e)», «passé(e)», «soutenu(e)».
_DIPLOMA_VERBS = (
    r"obten\w*|obtien\w*|valid\w*|décroch\w*|decroch\w*|eue?s?|réussi\w*|reussi\w*|termin\w*|fini\w*|"
    r"achev\w*|achèv\w*|boucl\w*|passée?s?|soutenue?s?|repass\w*|ratée?s?"
)
# Handing in or defending a part of studies: «je l'ai rendu», «je dois encore le déposer», «la soutenir».
_HANDING_VERBS = r"rend\w*|rendu\w*|dépos\w*|depos\w*|remett\w*|remis\w*|soutenir|soutiendrai|envoy\w*"
_ENDING_VERBS = r"termin\w*|fini\w*|achev\w*|achèv\w*|boucl\w*|commenc\w*|début\w*|poursui\w*|arrêt\w*"
# What may follow a running thing's own verb (no object: «elle se termine en mars», not «elle termine son
# master»): a time, a place, the end of the sentence.
_NO_OBJECT = (
    r"(?=\s*(?:$|[.,;!?)]|en\b|le\b|au\b|à\b|a\b|fin\b|début\b|dans\b|depuis\b|jusqu|ce\b|cette\b|cet\b|"
    r"il y a|d[eé]j[aà]\b|bientôt|normalement|officiellement|\d))"
)


# ---- French: an object clitic («je l'ai obtenu», «je la termine») -----------------------------------------

_SUBJECT = r"(?P<subj>(?<![-‑])\b(?:je|j['’]|il|elle|on|nous|vous|ils|elles)\s*)"
_CLITIC = re.compile(
    _SUBJECT
    + r"(?P<neg>ne\s+|n['’]\s*)?(?P<modal>(?:dois|devrai|devrais|vais|compte|pense|espère|veux|voudrais|"
    r"pourrai|peux|dois|doit|va|compte)\s+(?:(?:encore|bientôt|enfin|pas|toujours)\s+)*)?"
    r"(?P<cl>l['’]\s*|le\s+|la\s+)(?P<aux>ai|as|a|avons|avez|ont)?\s*"
    r"(?P<adv>(?:(?:pas|jamais|bien|enfin|déjà|finalement|officiellement|encore|même|tout juste)\s+)*)"
    rf"(?P<verb>{_DIPLOMA_VERBS}|{_HANDING_VERBS})\b",
    re.IGNORECASE,
)
# The writer set against another in the same sentence («elle l'a eu en 2023, et moi…»): a third person's
# «l'» is then that other's thing, never to be said as a thing of the message's.
_CONTRAST = re.compile(r"\b(?:moi|de mon côté|quant à moi|me|myself)\b", re.IGNORECASE)


def _object_clitic(said: list[str], index: int, seen: list[list[Candidate]]) -> str | None:
    unit = said[index]
    m = _CLITIC.search(unit)
    if m is None:
        return None
    subj = m.group("subj").strip().lower()
    own = subj in ("je", "j'", "j’")
    if not own and _CONTRAST.search(unit):
        return None
    verb = m.group("verb")
    gender = _participle_gender(verb, m.group("cl"), bool(m.group("aux")))
    handing = re.fullmatch(_HANDING_VERBS, verb, re.IGNORECASE) is not None
    sort = PART if handing else (DIPLOMA if _diploma_sense(verb) else "")
    found = _antecedent(seen, index, sort, gender, own, m.start())
    if found is None:
        return None
    aux, modal = m.group("aux") or "", m.group("modal") or ""
    head = _subject_before(m.group("subj"), m.group("neg") or "", modal or aux or verb)
    thing = _say(found, own=own)
    said_here = f"{head}{modal}{aux + ' ' if aux else ''}{m.group('adv')}{verb} {thing}"
    before, after = unit[: m.start()], unit[m.end() :]
    if found.unit == index:  # a dislocation: the thing said beside its pronoun is said in its place
        undone = _undislocated(before, found.words), _undislocated(after, found.words)
        # A sentence that names its thing and takes it up undislocated («j'ai commencé une licence mais je
        # ne l'ai pas terminée») is read as it stands; so is a running thing dislocated («Le stage, je l'ai
        # fini»): the situation readers read the dislocation itself.
        if undone == (before, after) or found.sort == RUNNING:
            return None
        before, after = undone
        if not before.strip():
            said_here = said_here[0].upper() + said_here[1:]  # it opens the sentence now
    return before + said_here + after


def _undislocated(part: str, words: str) -> str:
    """`part` without the dislocated thing: «Mon BTS, » opening it, «, mon BTS» closing it."""
    left = re.match(rf"(\s*){re.escape(words)}\s*[,—–-]\s*", part)
    if left:
        return left.group(1) + part[left.end() :]
    right = re.search(rf"\s*[,—–-]\s*{re.escape(words)}(?=\s*[.!?;]*\s*$|\s*,)", part)
    return part[: right.start()] + part[right.end() :] if right else part


def _diploma_sense(verb: str) -> bool:
    """«obtenir», «valider», «avoir eu» take a diploma; «terminer», «finir» a diploma or a running thing."""
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
        return f"{s} {'n' + chr(39) if vowel else 'ne '}"
    if s.lower() in ("je", "j'", "j’"):
        return f"{s[0]}'" if vowel else f"{s[0]}e "
    return f"{s} "


# ---- French: a thing as subject («Il se termine en mars», «Elle a été validée en septembre») --------------

_THING_SUBJECT = re.compile(
    r"(?P<pro>(?<![-‑])\b(?:il|elle)\b)\s+(?P<pred>(?:ne\s+|n['’]\s*)?(?:(?:se|s['’])\s*(?:est\s+|sont\s+)?"
    rf"(?:{_ENDING_VERBS}|déroul\w*|prolong\w*|clôtur\w*|clotur\w*)"
    r"|(?:m['’]\s*|me\s+)?(?:a\s+été|est|était|sera)\s+"
    r"(?:(?:pas|bien|enfin|déjà|officiellement|tout à fait|encore)\s+)*"
    rf"(?:{_DIPLOMA_VERBS}|délivrée?|décernée?|terminée?|finie?|achevée?|close?)"
    rf"|(?:{_ENDING_VERBS}|court|dure|a\s+duré|prend\s+fin|a\s+pris\s+fin)){_NO_OBJECT})",
    re.IGNORECASE,
)


def _thing_subject(said: list[str], index: int, seen: list[list[Candidate]]) -> str | None:
    unit = said[index]
    m = _THING_SUBJECT.search(unit)
    # A clause's subject: opening the sentence or after «et», «mais», «puis», «que», «qu'».
    lead = (
        re.search(r"(?:^|[,;:—–-]|\b(?:et|mais|puis|que|qu['’]|donc))\s*$", unit[: m.start()]) if m else None
    )
    if m is None or lead is None:
        return None
    gender = "f" if m.group("pro").lower() == "elle" else "m"
    sort = DIPLOMA if re.search(r"délivr|décern|obten|valid|décroch", m.group("pred"), re.IGNORECASE) else ""
    found = _antecedent(seen, index, sort, gender, False, m.start())
    if found is None:
        return None
    before, after = unit[: m.start()], unit[m.end() :]
    if found.unit == index:  # «Elle n'est pas finie, ma mission au foyer, mais…»: a cataphora only
        undone = _undislocated(after, found.words)
        before = _undislocated(before, found.words)  # «Mon stage, il se termine»: said once, in its place
        if undone == after and found.start > m.start():
            return None  # named after the pronoun, not set off: «il se termine en mai comme mon stage»
        after = undone  # «Je fais un stage et il se termine…»: a clause of its own says its thing
    if before.rstrip().lower().endswith(("qu'", "qu’")):
        before = before.rstrip()[:-3] + "que "
    words = _say(found, opening=_opens(said, index, m.start()))
    return before + words + " " + m.group("pred") + after


# ---- French: a demonstrative or defining noun («ce diplôme», «ledit diplôme», «ce dernier», «celui-ci») ---

_DEMONSTRATIVE = re.compile(
    r"\b(?P<det>ce|cet|cette|ledit|ladite)\s+(?P<noun>diplôme|diplome|cursus|master|licence|"
    r"bts|dut|deust|but|bachelor|doctorat|stage|service civique|volontariat|mission|formation|"
    r"cycle|certificat|dernier|dernière)\b|\b(?P<pro>celui-ci|celle-ci)\b",
    re.IGNORECASE,
)
_RUNNING_NOUNS = ("stage", "service civique", "volontariat", "mission")
# A defining noun naming the writer's running thing by its generic name, «la mission» after «un service
# civique à l'Afev» («la mission, elle, continue jusqu'en juin»): taken up as «cette mission» is, only
# when the thing found is the writer's own; never the Mission locale nor a mission of a kind of its own.
_DEFINITE = re.compile(
    r"\b(?P<det>la)\s+(?P<noun>mission)\b(?!\s+(?:locale|de|d['’]|du|des)\b)", re.IGNORECASE
)
_GENERIC_NOUNS = (
    "diplôme",
    "diplome",
    "cursus",
    "cycle",
    "certificat",
    "formation",
    *_RUNNING_NOUNS,
)
_ORDINALS = ("dernier", "dernière", "celui-ci", "celle-ci")


def _demonstrative(said: list[str], index: int, seen: list[list[Candidate]]) -> str | None:
    unit = said[index]
    m = _DEMONSTRATIVE.search(unit) or _DEFINITE.search(unit)
    if m is None or _CRITERION.match(unit):
        return None
    noun = (m.group("noun") or m.group("pro") or "").lower()
    det = (m.group("det") or "").lower()
    # A generic noun's own gender («ce diplôme» for a licence) says nothing of the thing's; a pronoun's does.
    gender = (
        ("f" if det in ("cette", "ladite") or noun in ("celle-ci", "dernière") else "m")
        if noun in _ORDINALS
        else ""
    )
    sort = (
        RUNNING if noun in _RUNNING_NOUNS else ("" if noun in _ORDINALS or noun == "formation" else DIPLOMA)
    )
    found = _last_named(seen, index, m.start(), (sort, gender), noun)
    if found is None:
        return None
    specific = noun not in _GENERIC_NOUNS and noun not in _ORDINALS
    if (specific or m.re is _DEFINITE) and not found.mine:
        return None  # «ce BTS» names its kind already; only the writer's own is worth saying again
    words = _say(found) if found.mine or noun in _ORDINALS else _demonstrated(found, m.group(0))
    opening = _opens(said, index, m.start())
    end = _name_end(unit, m.end()) if specific else m.end()  # «ce BTS Support»: the whole name said
    return unit[: m.start()] + (words[0].upper() + words[1:] if opening else words) + unit[end:]


# A criterion quoted from the call («2. Avoir obtenu ce diplôme depuis moins de deux ans»): an infinitive
# opening the line.
_CRITERION = re.compile(
    r"^\s*(?:[-•*]\s*|\d+[.)]\s*)?(?:avoir|être|etre|ne pas|to have|to be)\b", re.IGNORECASE
)


def _demonstrated(found: Candidate, link: str) -> str:
    """A thing not said the writer's keeps the writer's demonstrative, agreed with it («ce stage», «cette
    licence pro …»): «un stage» would make it any stage."""
    if found.gender == "f":
        det = "cette"
    else:
        det = "cet" if re.match(r"[aeiouyhéèêàâ]", found.name, re.IGNORECASE) else "ce"
    return f"{det} {found.name}" if not link.lower().startswith(("ledit", "ladite")) else found.words


def _last_named(
    seen: list[list[Candidate]], index: int, at: int, agreeing: tuple[str, str], noun: str
) -> Candidate | None:
    """«ce dernier», «celui-ci»: the last named that agrees; «ce diplôme», «cette licence»: the one thing of
    that kind named before (two different ones at the nearest distance: none)."""
    sort, gender = agreeing
    before = [c for c in seen[index] if c.start < at]
    pool = [c for i in range(max(0, index - _REACH), index) for c in seen[i]] + before
    pool = [c for c in pool if c.sort != PART]
    fitting = [
        c for c in pool if (not sort or c.sort == sort) and (not gender or not c.gender or c.gender == gender)
    ]
    if noun not in _GENERIC_NOUNS and noun not in _ORDINALS:
        fitting = [
            c for c in fitting if c.name.lower().startswith(noun)
        ]  # «ce master»: a master named before
    if not fitting:
        return None
    if noun in _ORDINALS:
        # «Je cherche un emploi. Celui-ci…»: the last thing named is in the sentence right before or in the
        # link's own; further back, a noun not read as a thing may stand between.
        return fitting[-1] if fitting[-1].unit >= index - 1 else None
    nearest = [c for c in fitting if c.unit == fitting[-1].unit]
    return fitting[-1] if len({_key(c) for c in nearest}) == 1 else None


# ---- a possessive pronoun: «le mien», «la mienne», "mine" ------------------------------------------------

_MINE = re.compile(r"\b(?P<pro>le mien|la mienne|mine)\b", re.IGNORECASE)


def _own_possessive(said: list[str], index: int, seen: list[list[Candidate]]) -> str | None:
    """«Mon frère a fait un stage ; le mien court jusqu'en mai» → «mon stage court…»: the kind of thing
    named last, the writer's («I got mine in 2025» → «I got my licence in 2025» when the writer named
    theirs)."""
    unit = said[index]
    m = _MINE.search(unit)
    # «des profils comme le mien», "a job like mine": a comparison takes up the noun just before it.
    if m is None or re.search(r"\b(?:comme|like|than|que)\s*$", unit[: m.start()], re.IGNORECASE):
        return None
    pool = [
        c for i in range(max(0, index - 2), index + 1) for c in seen[i] if i < index or c.start < m.start()
    ]
    gender = {"le mien": "m", "la mienne": "f"}.get(m.group("pro").lower(), "")
    pool = [
        c for c in pool if c.sort not in (PART, PLACE) and (not gender or not c.gender or c.gender == gender)
    ]
    # The kind of thing named last, whoever's it was («ma sœur a fait un service civique ; le mien…»).
    found = pool[-1] if pool else None
    if found is None:
        return None
    english = m.group("pro").lower() == "mine"
    noun = found.name
    words = f"{'my' if english else _possessive(found)} {noun}"
    return (
        unit[: m.start()]
        + (words[0].upper() + words[1:] if _opens(said, index, m.start()) else words)
        + unit[m.end() :]
    )


# ---- English: «I completed it last July», «It ends in March», «the latter», «That was in 2021» -----------

_EN_OBJECT = re.compile(
    r"\b(?P<head>(?:i|she|he|they|we)\s+(?:(?:have|had|'ve|’ve|just|finally|only|successfully)\s+)*"
    r"(?:completed|finished|got|obtained|passed|earned|received|was awarded|were awarded|graduated from|"
    r"validated|defended|wrapped up|gained|achieved|did))\s+it\b",
    re.IGNORECASE,
)
_EN_SUBJECT = re.compile(
    r"(?<![\w'’])(?P<pro>it|the latter|the former|the mission)\s+(?P<pred>(?:(?:was|is|has been|will be)\s+)?"
    r"(?:ends|ended|finishes|finished|runs|ran|lasts|lasted|completed|awarded|conferred|validated|"
    r"goes on|went on|continues|carries on|"
    r"wraps up|wrapped up|started|began|concluded|concludes|closes|closed))\b"
    r"|(?<![\w'’])(?P<ord>the latter|the former)(?P<rest>\s+(?:is|was|has|had|ended|finished|i\b|which))"
    r"|(?<![\w'’])(?P<that>that|it|this)\s+(?P<when>(?:was|is)\s+(?:back\s+)?(?:in|during|last|early|late|"
    r"mid|around|at the end of)\b)",
    re.IGNORECASE,
)


def _english_object(said: list[str], index: int, seen: list[list[Candidate]]) -> str | None:
    unit = said[index]
    m = _EN_OBJECT.search(unit)
    if m is None:
        return None
    own = m.group("head").lower().startswith("i ")
    found = _antecedent(seen, index, DIPLOMA, "", own, m.start())
    if found is None:
        return None
    return unit[: m.start()] + m.group("head") + " " + _say(found, own=own) + unit[m.end() :]


def _english_subject(said: list[str], index: int, seen: list[list[Candidate]]) -> str | None:
    unit = said[index]
    m = _EN_SUBJECT.search(unit)
    if m is None:
        return None
    pro = (m.group("pro") or m.group("ord") or m.group("that")).lower()
    rest = (m.group("pred") or m.group("rest") or m.group("when")).strip()
    if pro in ("the latter", "the former"):
        pool = [
            c
            for i in range(max(0, index - _REACH), index + 1)
            for c in seen[i]
            if (i < index or c.start < m.start()) and c.sort != PART
        ]
        same = [c for c in pool if c.unit == pool[-1].unit] if pool else []
        # One thing read where «the latter» says two were named: the other was not read, nothing is sure.
        found = (same[-1] if pro == "the latter" else same[0]) if len(same) > 1 else None
    elif pro == "the mission":  # "The mission goes on until June": the writer's own running thing, before
        found = _antecedent(seen, index, RUNNING, "", True)
    elif m.group("that"):  # «That was back in 2021»: the thing of the sentence right before
        found = _antecedent(seen, index, "", "", False, -1) if index and seen[index - 1] else None
    else:
        found = _antecedent(seen, index, "", "", False, m.start())
    if found is None or found.unit == index:
        return None
    return (
        unit[: m.start()] + _say(found, opening=_opens(said, index, m.start())) + " " + rest + unit[m.end() :]
    )


# ---- a question and its answer («Obtenu quand ? En juillet 2025.», «Le master ? Fini.») ------------------

_TIME_QUESTION = re.compile(
    r"^\s*(?:et\s+|and\s+)?(?P<verb>[^\W\d_]+(?:\s+[^\W\d_]+)?\s+)?(?:quand|en quelle année|l['’]année|"
    r"année|depuis quand|la date|date|when|what year|which year|since when|the year|year)\s*\?+\s*$",
    re.IGNORECASE,
)
# A question naming a thing alone («Le master ?», «Mon stage ?», "The internship?"): its answer says of it.
_THING_QUESTION = re.compile(
    r"^\s*(?P<thing>(?:(?:le|la|mon|ma|the|my)\s+|l['’]\s*)[^\W\d_][\w'’]*(?:\s+[^\W\d_][\w'’]*){0,3})\s*\?+\s*$",
    re.IGNORECASE,
)
# What answers such a question of the thing: a participle or an adjective, said as a sentence («Fini.»,
# «Terminé depuis mars.», «Pas encore validé.»), never a name or a greeting under it.
_STATE_ANSWER = re.compile(
    r"^\s*(?:(?:pas|toujours|bien|déjà|enfin|presque)\s+(?:encore\s+)?)?[^\W\d_]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|"
    r"us|ues|it|ite|ed)\b[^?]*[.!]\s*$",
    re.IGNORECASE,
)
# An answer that is a thing itself («Un master.», "A BTS.") takes no thing before it.
_NAMING_ANSWER = re.compile(r"^\s*(?:un|une|des|le|la|les|l['’]|mon|ma|a|an|the|my)\b", re.IGNORECASE)


def _answer(said: list[str], index: int, seen: list[list[Candidate]]) -> str | None:
    """The answer to a question of time takes the thing asked about: the nearest thing named before the
    question («Mon diplôme ? Un master. Obtenu quand ? En juillet 2025.» → «Un master obtenu en juillet
    2025.»); the answer to a question naming a thing says it of that thing («Le master ? Fini.»)."""
    if index == 0 or _NAMING_ANSWER.match(said[index]):
        return None
    question, unit = said[index - 1], said[index]
    timed = _TIME_QUESTION.match(question)
    if timed and find_dates(unit):
        found = _antecedent(seen, index - 1, "", "", False, -1)
        if found is None:
            return None
        verb = (timed.group("verb") or "").strip()
        verb = "" if verb.lower() in ("", "et", "and", "depuis") else verb.lower() + " "
        return f"{_lead(unit)}{_say(found, opening=True)} {verb}{_lowered(unit.strip())}"
    named = _THING_QUESTION.match(question)
    inverted = named is not None and re.search(r"-(?:il|elle|ils|elles|vous|je|t)\b", named.group(0))
    if named and not inverted and len(unit.split()) <= 8 and _STATE_ANSWER.match(unit):
        thing = named.group("thing").strip()
        return f"{_lead(unit)}{thing[0].upper() + thing[1:]} {_lowered(unit.strip())}"
    return None


def _lead(unit: str) -> str:
    return unit[: len(unit) - len(unit.lstrip())]


def _lowered(answer: str) -> str:
    first = answer.split(" ", 1)[0]
    return answer[0].lower() + answer[1:] if first[:1].isupper() and not first.isupper() else answer


# ---- bridging parts: a part's date is its whole's ---------------------------------------------------------


@lru_cache(maxsize=1)
def _part_words() -> re.Pattern[str]:
    """The parts of a diploma as one pattern, built once (it is searched in every unit)."""
    meaning = load_meanings()["diploma_part"]
    words = escaped_alternation(meaning.lemmas | frozenset(meaning.phrases))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


# A part's own complements run on before the whole is said («le jury de soutenance», «les résultats de ma
# promo», «la soutenance de mon mémoire»): «de» + a determiner + a noun, as often as written.
_COMPLEMENT = re.compile(
    r"(?:\s+(?:de|du|des|of)\s+(?:(?:mon|ma|mes|la|le|les|my|the)\s+|l['’])?(?!(?:janvier|février|mars|avril|"
    r"mai|juin|juillet|août|septembre|octobre|novembre|décembre|session|january|february|march|april|may|june|"
    r"july|august|september|october|november|december)\b)[^\W\d_]+)*",
    re.IGNORECASE,
)
# A part told still to come is no date of the whole («le jury se réunira», «résultats pas encore tombés»).
_TO_COME = re.compile(
    r"\b(?:pas encore|toujours pas|à venir|attends|attend|attendons|prochain|prochaine|bientôt|not yet|"
    r"awaiting|waiting|will|upcoming|scheduled|due|planned|prévue?s?|programmée?s?|\w+ra|\w+ront)\b",
    re.IGNORECASE,
)


def _diploma_part(said: list[str], index: int, seen: list[list[Candidate]]) -> str | None:
    """«La soutenance a eu lieu le 3 juillet» after a master: «La soutenance de mon master a eu lieu…». Only
    a sentence with a date behind the writer and no diploma of its own; the whole is the writer's one diploma
    named nearest (two different: none)."""
    unit = said[index]
    m = _part_words().search(unit)
    if m is None or (seen[index] and any(c.sort == DIPLOMA for c in seen[index])):
        return None
    if not find_dates(unit) or _TO_COME.search(unit):
        return None
    found = _antecedent(seen, index, DIPLOMA, "", True, -1)
    if found is None or found.others:
        return None
    end = m.end() + len(_COMPLEMENT.match(unit, m.end()).group(0))  # type: ignore[union-attr]
    return unit[:end] + " " + _of(_say(found), found.english) + unit[end:]


_RUNNING_PARTS = re.compile(
    r"\b(?P<det>(?:mon|ma|le|la|son|sa|notre|the|my)\s+|l['’])(?P<part>contrat d['’]engagement|contrat de "
    r"volontariat|engagement|convention(?: de stage)?|internship agreement)\b",
    re.IGNORECASE,
)


def _running_part(said: list[str], index: int, seen: list[list[Candidate]]) -> str | None:
    """«Mon contrat d'engagement prend fin en avril» after a service civique: «Mon service civique prend fin
    en avril»; «la convention court jusqu'au 3 mars» after a stage: «mon stage court…»."""
    unit = said[index]
    m = _RUNNING_PARTS.search(unit)
    if m is None or any(c.sort == RUNNING for c in seen[index]):
        return None
    kind = (
        "internship"
        if m.group("part").lower().startswith(("convention", "internship"))
        else "service_civique"
    )
    back = [c for i in range(max(0, index - _REACH), index) for c in seen[i] if c.kind == kind]
    if not back or len({_key(c) for c in back if c.unit == back[-1].unit}) != 1:
        return None
    return unit[: m.start()] + _say(back[-1], opening=_opens(said, index, m.start())) + unit[m.end() :]


# ---- places of work: «la première (coopérative)», «ce dernier (cabinet)», "that kind of organisation" -----


def _places(unit: str, index: int, lexicon: Lexicon, found: list[Candidate]) -> list[Candidate]:
    """Employers and places of work `unit` names: an employer's noun (employers.toml) or an ESS name, with
    its complements («un cabinet d'audit», «une coopérative d'habitat participatif», "a food co-op")."""
    places: list[Candidate] = []
    for m in _place_nouns(lexicon).finditer(unit):
        if any(c.start <= m.start() < c.start + len(c.words) + 4 for c in [*found, *places]):
            continue
        place = _candidate(unit, m.start(), _name_end(unit, m.end()), (PLACE, ""), index)
        english = _EN_PREMODIFIED.search(unit[: m.start()])
        if english:  # "a food co-op": the modifiers are part of the place
            place = replace(
                place, words=unit[english.start() : m.start()] + place.name, start=english.start()
            )
        places.append(place)
    return places


# "a food co-op", "a community bakery": an English determiner and up to two modifiers before the noun.
_EN_PREMODIFIED = re.compile(r"\b(?:a|an|the|my|our)\s+(?:[a-z][\w-]*\s+){1,2}$")


def _place_nouns(lexicon: Lexicon) -> re.Pattern[str]:
    ess = lexicon.ess_names.pattern if lexicon.ess_names is not None else ""
    return _place_pattern(ess, resources.rules_dir())


@lru_cache(maxsize=4)
def _place_pattern(ess: str, rules_dir: Path) -> re.Pattern[str]:
    """A place of work's noun: an employer's (employers.toml [types], [generic]) or a not-for-profit's
    ([places] not_for_profit), a word starting with it; or an ESS name (`ess`)."""
    employers = load_employers(rules_dir)
    stems = {*employers.french.types, *employers.french.generic, *employers.english.types}
    stems |= set(read_table(rules_dir, "employers.toml")["places"]["not_for_profit"])
    words = escaped_alternation(stems)
    return re.compile(rf"(?:\b(?:{words})[\w-]*)" + (f"|{ess}" if ess else ""), re.IGNORECASE)


_ORDINAL = re.compile(
    r"\b(?P<det>le|la)\s+(?P<which>premier|première|premiere|second|seconde|deuxième|deuxieme)\b"
    r"(?=\s*(?:[,.;!?]|qui|que|qu['’]|me|m['’]|se|s['’]|est|était|a|ont|sont|l['’]emporte)\b|\s*[,.;!?])",
    re.IGNORECASE,
)


def _ordinal(said: list[str], index: int, seen: list[list[Candidate]]) -> str | None:
    """«J'hésite entre une SCOP et une start-up ; la première me plaît» → «une SCOP me plaît»: the first
    or second of the things named together nearest before (agreeing in gender); fewer than two: none."""
    unit = said[index]
    m = _ORDINAL.search(unit)
    if m is None:
        return None
    gender = "f" if m.group("det").lower() == "la" else "m"
    pool = [
        c for i in range(max(0, index - 3), index + 1) for c in seen[i] if (i < index or c.start < m.start())
    ]
    pool = [c for c in pool if c.sort != PART and (not c.gender or c.gender == gender)]
    group = [c for c in pool if c.unit == pool[-1].unit] if pool else []
    if len(group) < 2:
        return None
    found = group[0] if m.group("which").lower().startswith("prem") else group[1]
    return (
        unit[: m.start()] + _say(found, opening=_opens(said, index, m.start()), own=False) + unit[m.end() :]
    )


_KIND_OF = re.compile(
    r"(?P<np>\b(?:ce|cette|that|this)\s+(?:genre|type|sorte|kind|sort|type)\s+(?:de|d['’]|of)\s*"
    r"(?:structure|lieu|endroit|organisation|organization|employeur|employer|place|workplace|entreprise|"
    r"organisme|association|company)s?\b)|(?P<that>\b(?:that|this)\b)(?=\s+(?:is|was|'s)\s+(?:exactly\s+|just\s+)?"
    r"the\s+(?:kind|sort|type)\s+of\b)",
    re.IGNORECASE,
)


def _kind_of_place(said: list[str], index: int, seen: list[list[Candidate]]) -> str | None:
    """«C'est ce genre de structure que je vise», "That is the kind of place I want": the place named
    nearest before (two different at the nearest distance: none)."""
    unit = said[index]
    m = _KIND_OF.search(unit)
    if m is None:
        return None
    found = _antecedent(seen, index, PLACE, "", False, -1)
    if found is None:
        return None
    return (
        unit[: m.start()] + _say(found, opening=_opens(said, index, m.start()), own=False) + unit[m.end() :]
    )


# «La logistique, j'y ai passé dix ans avant…»: a place or a trade dislocated, taken up by «y».
_Y = re.compile(
    r"^(?P<lead>\s*)(?P<np>(?:le|la|les|l['’])\s*[^\W\d_][\w'’ -]{1,40}?)\s*,\s*"
    r"(?P<subj>j['’]|je\s+|il\s+|elle\s+)"
    r"y\s+(?P<aux>ai|a|avons|suis|est)\s+(?P<verb>[^\W\d_]+)(?P<obj>(?:\s+(?!avant|après|en\b|à\b|comme|pour|et\b)"
    r"[\w'’-]+){0,4}?)(?=\s*(?:[,.;!?]|$|avant|après|en\b|à\b|comme|pour|et\b))",
    re.IGNORECASE,
)


def _place_adverb(said: list[str], index: int, seen: list[list[Candidate]]) -> str | None:
    unit = said[index]
    m = _Y.match(unit)
    if m is None:
        return None
    subj = m.group("subj").strip()
    head = ("J'" if subj.lower().startswith("j") else subj[0].upper() + subj[1:].lower() + " ") + m.group(
        "aux"
    )
    np = m.group("np")
    place = "dans " + np[0].lower() + np[1:]
    return f"{m.group('lead')}{head} {m.group('verb')}{m.group('obj')} {place}" + unit[m.end() :]


# «J'ai été cariste. Ça a duré quatorze ans.»: the length of the thing said in the sentence before.
_LASTED = re.compile(
    r"^(?P<lead>\s*)(?:ça|ca|cela|this|that|it)\s+(?:a duré|avait duré|durait|lasted|went on for)\s+"
    r"(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)


_PAST_OF_MINE = re.compile(
    r"\b(?:j['’]ai\s+(?:été|travaillé|fait|exercé|bossé)|j['’]étais|j['’]exerçais|je travaillais|"
    r"i\s+(?:was|worked)|i['’]ve\s+(?:been|worked)|i\s+have\s+(?:been|worked))\b",
    re.IGNORECASE,
)


def _lasted(said: list[str], index: int, seen: list[list[Candidate]]) -> str | None:
    unit = said[index]
    m = _LASTED.match(unit)
    if m is None or index == 0:
        return None
    before = said[index - 1].strip().rstrip(".!;")
    # The sentence before tells a past of the writer's («J'ai été cariste», "I worked in retail"): else «ça»
    # takes up something else (a thing named after it: «Ça a duré dix ans, la route»).
    if not before or len(before.split()) > 14 or not _PAST_OF_MINE.search(before):
        return None
    return f"{m.group('lead')}{before[0].upper() + before[1:]} {m.group('rest')}"
