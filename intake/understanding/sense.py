"""In which sense a criterion's word is used, read before its facts: a «stage» may be an internship or a
short course («stage de yoga», «stage intensif de langue des signes»), a «licence» a degree or a permit
(«licence IV», "a full driving licence"), a «master» a degree or a master class, a «diplôme» a degree or a
course's certificate («diplôme de professeure de yoga», "first aid certificate"), a «reconversion» the
writer's career change or the object of a job or a study («conseillère en reconversion», «la reconversion
de friches industrielles»), «volontaire» a volunteer or an adjective («pompier volontaire», «volontaire et
dynamique»), a «CDI» a contract or a school's library («le CDI du lycée»).

The fact readers (situation.py, education.py) ask `in_criterion_sense` about the words they found, as they ask
stance.py who says them. What decides is the word's complement (the words after it, up to the next preposition
of place or the clause's end: what a «stage de …» is of), its modifier (the words right before it: "driving
licence"), its head (the noun it completes: «conseillère en reconversion») and its role (an adjective beside a
person's noun or other adjectives). The words that decide are meanings of rules/lexicon/senses.toml, so a new
topic of a course, a new kind of permit, is one more lemma, whatever the phrase around it. A word this module
does not know is taken in the criterion's sense.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from intake.understanding.facts import WORD
from intake.understanding.lexicon import Meaning, load_meanings

INTERNSHIP, CAREER_CHANGE, DIPLOMA, VOLUNTEER, CONTRACT = (
    "internship",
    "career_change",
    "diploma",
    "volunteer",
    "contract",
)
# What ends a word's own phrase: punctuation, a clause's conjunction, a preposition of place or of a person
# («un stage dans une école de danse» is an internship at a school, whatever the school teaches), a spaced
# dash of a résumé's entry before its host («Stage de fin d'études – Secours populaire»: the host's name).
_PHRASE_END = re.compile(
    r"[.,;:!?()\[\]+]|\s[–—-]\s|\s(?:et|ou|mais|qui|que|qu['’]|dans|chez|à|au|aux|auprès|en|pour|avec|sur|pendant|où|"
    r"and|or|but|at|in|with|for|who|which|that|since)\s",
    re.IGNORECASE,
)
# Words that only link a word to its complement or its head: «conseillère en reconversion», «reconversion
# des salariés», "retraining of workers".
_LINKS = frozenset(
    {
        "de",
        "d'",
        "du",
        "des",
        "en",
        "à",
        "a",
        "la",
        "le",
        "les",
        "l'",
        "au",
        "aux",
        "of",
        "the",
        "in",
        "for",
        "on",
    }
)
# Academic words inside a «diplôme»'s complement: «diplôme d'État de professeur de danse» is a state degree.
_ACADEMIC = re.compile(r"\b(?:[ée]tat|master|licence|bachelor|universit\w*|degree)\b", re.IGNORECASE)
# A school as the diploma's first word of complement: the diploma a school awards after its course of
# years («diplôme de l'école du Louvre», «le diplôme du conservatoire»), a degree of a level to verify.
_SCHOOL = re.compile(r"(?:[ée]cole|conservatoire|school)s?$", re.IGNORECASE)


def _complement(unit: str, end: int, words: int = 6) -> str:
    """The word's own complement: the text after it up to the end of its phrase, a few words at most."""
    rest = unit[end:]
    stop = _PHRASE_END.search(rest)
    rest = rest[: stop.start()] if stop else rest
    return " ".join(WORD.findall(rest)[:words])


def _modifiers(unit: str, start: int, words: int = 2) -> list[str]:
    """The words right before it in its phrase: "full driving licence", "first aid certificate"."""
    before = unit[:start]
    stop = list(re.finditer(r"[.,;:!?()\[\]]", before))
    before = before[stop[-1].end() :] if stop else before
    return [w.lower() for w in WORD.findall(before)[-words:]]


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w.lower().replace("’", "'") not in _LINKS]


def _any(meaning: Meaning, words: list[str], text: str = "") -> bool:
    return any(meaning.holds(w) for w in words) or (bool(text) and meaning.phrased_in(text))


def _stage(unit: str, start: int, end: int) -> bool:
    """«stage de yoga», «stage intensif de langue des signes», «stage de formation continue»: a course; so is
    a «stage d'une semaine» with no employer named after it (an internship is counted in weeks and months)."""
    meanings = load_meanings()
    complement = _complement(unit, end)
    words = WORD.findall(complement)
    if _any(meanings["course_topic"], words, complement):
        return False
    stop = _PHRASE_END.search(unit, end)
    employer = stop is not None and _AT_A_PLACE.match(unit, stop.start()) is not None
    return not (_a_length_said(words) and not employer)


def _a_length_said(words: list[str]) -> bool:
    """A unit of a short course's length ([course_length]) counted in the complement, not a moment named by
    a determiner ([time_named]): «d'une semaine» is a length, «la semaine prochaine» a moment."""
    meanings = load_meanings()
    length, named = meanings["course_length"], meanings["time_named"]
    return any(length.holds(w) and not (i and named.holds(words[i - 1])) for i, w in enumerate(words))


# A place or an employer after a «stage»'s own phrase: «stage d'une semaine chez Emmaüs» is an internship.
# «en février», "in May" date it: no place.
_AT_A_PLACE = re.compile(
    r"\s(?:chez|dans|à|au|aux|auprès|at|with|(?:en|in)\s(?!\d|janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]t|sept|oct"
    r"|nov|d[ée]c|jan|feb|mar|apr|may|jun|jul|aug|sep))",
    re.IGNORECASE,
)


def _licence(unit: str, start: int, end: int) -> bool:
    """«licence IV», «licences logiciel», «licence d'entraîneur», "full driving licence": a permit."""
    kind = load_meanings()["licence_kind"]
    after = _content(WORD.findall(_complement(unit, end, 3)))[:1]
    return not _any(kind, after + _modifiers(unit, start))


def _master(unit: str, start: int, end: int) -> bool:
    """«master class», «masterclass», «Game Master», "scrum master": no degree."""
    if unit[start:end].lower().startswith("masterclass"):
        return False  # in one word
    kind = load_meanings()["master_kind"]
    after = WORD.findall(unit[end : end + 20])[:1]
    return not _any(kind, after + _modifiers(unit, start, 1))


def _certificate(unit: str, start: int, end: int) -> bool:
    """«diplôme de professeure de yoga», «certificat de secourisme», "first aid certificate", «mon seul
    diplôme, c'est le PSC1»: a course's certificate, no degree (unless its complement names one: «diplôme
    d'État de professeur de danse»)."""
    said = f"{_complement(unit, end)} {_attribute(unit, end)}"
    if _ACADEMIC.search(said):
        return True
    first = _content(WORD.findall(_complement(unit, end)))[:1]
    if first and _SCHOOL.match(first[0]):
        return True  # «un diplôme de l'école du Théâtre de X»: a school's own diploma, whatever it teaches
    before = " ".join(_modifiers(unit, start))
    topic = load_meanings()["course_topic"]
    return not _any(topic, WORD.findall(said) + before.split(), f"{before} {said}")


def _attribute(unit: str, end: int) -> str:
    """What a copula right after the word says it is: «mon dernier diplôme est le BNSSA», «mon seul diplôme
    récent, c'est le PSC1», "my latest certificate is the PSC1"."""
    said = _COPULA.match(unit, end)
    return said.group("what") if said else ""


_COPULA = re.compile(
    r"[^.;:!?()]{0,30}?\b(?:c['’]est|est|était|is|was)\s+(?P<what>[^.,;:!?()]{1,40})", re.IGNORECASE
)


def _bac(unit: str, start: int, end: int) -> bool:
    """«un bac à sable», «le bac de compost», «bac à légumes»: a tub or a bin, no baccalauréat."""
    holds = _content(WORD.findall(unit[end : end + 30])[:3])[:1]  # «à», «de» lead to what it holds
    return not _any(load_meanings()["bin_contents"], holds)


def _reconversion(unit: str, start: int, end: int) -> bool:
    """«conseillère en reconversion», «salariés en reconversion», «reconversion des salariés», «reconversion
    de friches», "career change adviser": a career change that is the object of a job or a study, or
    another's."""
    meanings = load_meanings()
    roles, others = meanings["sense_roles"], meanings["sense_object"]
    # Its head: the noun it completes («conseillère en reconversion», «salariés en reconversion»).
    head = _content(_modifiers(unit, start, 3))[-1:]
    words = [w for w in WORD.findall(_complement(unit, end, 5)) if not w.lower().startswith("professionnel")]
    # A noun right after it that it qualifies ("career change adviser"), or its complement after «de», "of"
    # («reconversion des salariés», «de friches industrielles», "retraining of older workers").
    qualified = words[:1]
    complement = _content(words)[:2] if words[:1] and words[0].lower().replace("’", "'") in _LINKS else []
    return not (_any(roles, head + qualified) or _any(others, head + complement))


def _volontaire(unit: str, start: int, end: int) -> bool:
    """«pompier volontaire», «volontaire et dynamique», «motivée, volontaire»: an adjective beside a person's
    noun or coordinated with other adjectives, no volunteer."""
    person = load_meanings()["person_noun"]
    before = re.search(r"([\w-]+)\s*(?:,|\bet\b|\band\b)?\s*$", unit[:start])
    after = re.match(r"\s*(?:,|\bet\b|\band\b)\s*([\w-]+)", unit[end:], re.IGNORECASE)
    return not any(m is not None and person.holds(m.group(1)) for m in (before, after))


def _cdi(unit: str, start: int, end: int) -> bool:
    """«le CDI du lycée», «au CDI de mon ancien collège», "the school library (CDI)": a school's library."""
    school = load_meanings()["school_place"]
    around = WORD.findall(unit[end : end + 40])[:4] + _modifiers(unit, start, 3)
    return not _any(school, around)


# The words read here, by their start (lower case), and the reader of their sense.
_READERS: tuple[tuple[re.Pattern[str], Callable[[str, int, int], bool]], ...] = (
    (re.compile(r"stages?\b", re.IGNORECASE), _stage),
    (re.compile(r"licen[cs]es?\b", re.IGNORECASE), _licence),
    (re.compile(r"master(?:class)?s?\b", re.IGNORECASE), _master),
    (re.compile(r"(?:dipl[oô]mes?|certificats?|certificates?)\b", re.IGNORECASE), _certificate),
    (re.compile(r"bacs?\b", re.IGNORECASE), _bac),
    (re.compile(r"reconversions?\b|career[- ]change\b|retraining\b", re.IGNORECASE), _reconversion),
    (re.compile(r"volontaires?\b", re.IGNORECASE), _volontaire),
    (re.compile(r"(?-i:CDI)\b"), _cdi),
)
# Which words each criterion reads; a criterion's other words are always in its sense.
_CRITERIA = {
    INTERNSHIP: (_stage,),
    CAREER_CHANGE: (_reconversion,),
    DIPLOMA: (_licence, _master, _certificate, _bac),
    VOLUNTEER: (_volontaire,),
    CONTRACT: (_cdi,),
    # The situations of situation.py whose words are read under another criterion's name.
    "service_civique": (_volontaire,),
    "employed": (_cdi,),
}


def in_criterion_sense(unit: str, start: int, criterion: str) -> bool:
    """Whether the word of `unit` at `start` is used in the sense of `criterion` (internship, career_change,
    diploma, volunteer, contract): «stage» of an internship, «licence» of a degree… A word this module does
    not read, or a criterion it does not know, is in the criterion's sense."""
    readers = _CRITERIA.get(criterion, ())
    for pattern, reader in _READERS:
        found = pattern.match(unit, start)
        if found is not None and reader in readers:
            return reader(unit, start, found.end())
    return True


def only_in_other_senses(unit: str, starts: list[int], criterion: str) -> bool:
    """Every mention at `starts` used in another sense than the criterion's (and at least one mention)."""
    return bool(starts) and not any(in_criterion_sense(unit, start, criterion) for start in starts)


def named_in_another_sense(unit: str, start: int, criterion: str) -> bool:
    """The first word of `criterion` named from `start` to the end of its sentence is used in another sense:
    «I'm studying for my driving licence», «je prépare un diplôme de professeur de yoga» study for no
    degree."""
    stop = re.compile(r"[.;!?\n]").search(unit, start)
    readers = _CRITERIA.get(criterion, ())
    for word in re.finditer(r"\b\w", unit[: stop.start() if stop else len(unit)]):
        if word.start() < start:
            continue
        for pattern, reader in _READERS:
            if reader in readers and pattern.match(unit, word.start()):
                return not in_criterion_sense(unit, word.start(), criterion)
    return False
