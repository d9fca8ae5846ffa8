"""Mail for something near the programme, not the programme: what the writer asks of us when it is no place in
the cohort.

Four meanings are read, each from the words' order in a sentence (meanings.toml `placement_sought`,
`work_with_us`, `our_place`, `programme_named`, `research_work`, `research_topic`, `interview_asked`):

- joining denied: the writer's own verb of seeking, wishing or joining negated, joining the programme its
  object («je ne cherche pas à intégrer le programme, juste un conseil», "I'm not looking to join the
  programme"): whatever facts follow are told for another request (classify.py: no application);
- a place with us asked: an internship, a civic service or a job sought AT the organisation that runs the
  programme («je recherche un stage de deux mois chez Animafac», "I'd love an internship with your team"),
  the programme itself named nowhere: a request for a placement, no wish to join (classify.py: no
  application) — one that also names the programme («…, ou sinon Pro'pulse ?») is left to the other rules;
- research asked: the writer's own research or reporting work tied to its topic («mon mémoire de master
  porte sur l'insertion des jeunes diplômés», «dans le cadre de ma thèse», "for my dissertation") and an
  interview or a questionnaire asked of us in a question, the writer seeking no job and joining nothing
  (classify.py: other mail, neither an application nor a question on the programme);
- a placement sought: the object of a verb of seeking is an internship or a civic service («je cherche une
  mission de service civique dans une association»): no job is sought there (aim.py: no ESS job search).

Invariants: a verb negated is the one right after «ne», "not" (a «je ne sais pas si je peux intégrer…» denies
knowing, not joining); a place with us is the organisation's («chez vous», «chez Animafac»), a few words after
what is sought, never a past placement told without a verb of seeking before it.
"""

from __future__ import annotations

import re
from typing import Any

from intake.understanding.lexicon import FIRST_PERSON, WORD_RUN, Meaning, load_meanings
from intake.understanding.prefilter import folded

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
# The meanings of the words `_denies_joining` takes for a negator: a body holding none of them denies nothing.
_NEGATORS = ("negation_opening", "negation_ending", "no_intention")
_REACH = 8  # words from a verb of seeking to what it seeks, and from that to the place («chez vous»)


def _words(sentence: str) -> list[tuple[str, int]]:
    """The sentence's words in lower case (straight apostrophe), each with where it starts, an elided French
    clitic apart from its word («d'intégrer» → «d'», «intégrer»; "don't" kept whole; [elided_clitic])."""
    elided, words = load_meanings()["elided_clitic"].lemmas, []
    for m in WORD_RUN.finditer(sentence):
        word = folded(m.group(0))
        head, apostrophe, rest = word.partition("'")
        if apostrophe and rest and head + apostrophe in elided:
            words += [(head + "'", m.start()), (rest, m.start() + len(head) + 1)]
        else:
            words.append((word, m.start()))
    return words


def _seeking(word: str, m: dict[str, Meaning]) -> bool:
    return m["search"].holds(word) or m["aim"].holds(word) or m["join"].holds(word)


def _seeking_or_intending(words: list[str], m: dict[str, Meaning]) -> bool:
    """The negated verb (`words[0]`) is one of seeking, wishing or joining, or one of intending — a verb
    («je ne compte pas», "I don't plan to") or a noun after having («je n'ai pas l'intention de», "no
    intention")."""
    if not words:
        return False
    if _seeking(words[0], m) or m["intending"].holds(words[0]):
        return True
    return m["having"].holds(words[0]) and any(m["intending"].holds(w) for w in words[1:])


def joining_denied(body: str) -> str | None:
    """The sentence in which the writer denies seeking to join the programme, or None."""
    m = load_meanings()
    negated = any(m[name].may_hold_a_word_in(body) for name in _NEGATORS)
    if not negated or not m["join"].may_hold_a_word_in(body):
        return None  # a word test first: no negation or no word of joining, nothing denied
    for sentence in (s.group(0) for s in _SENTENCE.finditer(body)):
        if FIRST_PERSON.search(sentence) and _denies_joining(_words(sentence), m):
            return sentence.strip()
    return None


def _denies_joining(words: list[tuple[str, int]], m: dict[str, Meaning]) -> bool:
    """A negator, the verb right after it (clitics aside) one of seeking, wishing, joining or intending (or
    having, an intention's noun after it: «je n'ai pas l'intention de», "no intention of"), then a word of
    joining (that verb or one a few words on) and the programme named right after it; never an exception
    between them («pas d'autre intention que de rejoindre…» asserts the joining). Meanings.toml
    [negation_opening], [negation_ending], [clitic_before_verb], [negation_second], [intending], [having]."""
    plain = [w for w, _at in words]
    negators, endings = m["negation_opening"].lemmas, tuple(m["negation_ending"].lemmas)
    for i, word in enumerate(plain):
        if word not in negators and not word.endswith(endings) and not m["no_intention"].holds(word):
            continue
        k = i + 1
        while k < len(plain) and plain[k] in m["clitic_before_verb"].lemmas:
            k += 1
        if m["no_intention"].holds(word) and (k >= len(plain) or not m["intending"].holds(plain[k])):
            continue  # "no" denies only an intention ("I have no intention of joining"), not a "No, I…"
        if k >= len(plain) or not _seeking_or_intending(plain[k : k + 5], m):
            continue
        after = plain[k + 1 : k + 1 + _REACH // 2]
        if word in m["negation_french"].lemmas and not set(after) & m["negation_second"].lemmas:
            continue  # «ne» with no «pas» after its verb: a ne explétif, nothing denied
        # «n'ai pas l'intention de | rejoindre»: the intention's noun stands between having and joining
        reach = _REACH // 2 + (3 if m["having"].holds(plain[k]) else 0)
        joins = [j for j in range(k, min(len(plain), k + 1 + reach)) if m["join"].holds(plain[j])]
        # The programme itself right after joining («intégrer le programme», "join the programme"), not an
        # exam's «session» nor a «votre programme» far on («je ne postule pas au hasard : votre programme…»)
        named = plain[joins[0] + 1 : joins[0] + 1 + _REACH // 2] if joins else []
        if joins and any(m["excepting"].holds(w) for w in plain[i : joins[0]]):
            continue  # «pas d'autre intention que de rejoindre…»: the joining is asserted
        if any(m["programme_named"].holds(w) or m["programme_named"].phrased_in(w) for w in named):
            return True
    return False


def research_asked(body: str, subject: str = "") -> str | None:
    """The sentence naming the writer's research work for which an interview is asked (in a question), when
    the writer seeks no job and joins nothing, in the body or the subject; else None."""
    m = load_meanings()
    if not m["research_work"].may_hold_a_word_in(body) or not m["interview_asked"].may_hold_a_word_in(body):
        return None  # a word test first
    words = [w for w, _at in _words(f"{subject}\n{body}")]
    if any(m["search"].holds(w) or m["join"].holds(w) for w in words if w not in _RESEARCH_SENSE):
        return None  # a search or a wish to join told («Candidature», «je cherche»): the other rules read it
    sentences = [s.group(0) for s in _SENTENCE.finditer(body)]
    if not any(s.rstrip().endswith("?") and _holds(s, m["interview_asked"]) for s in sentences):
        return None  # «je suis disponible pour un entretien»: offered, not asked
    for sentence in sentences:
        if _work_on_a_topic([w for w, _at in _words(sentence)], m):
            return sentence.strip()
    return None


def _holds(sentence: str, meaning: Meaning) -> bool:
    return any(meaning.holds(w) for w, _at in _words(sentence))


# «recherche», "research" name the research itself beside a work («mon mémoire de recherche»), no search.
_RESEARCH_SENSE = frozenset({"recherche", "research"})


def _work_on_a_topic(words: list[str], m: dict[str, Meaning]) -> bool:
    """«mon mémoire (de master) porte sur…», «dans le cadre de ma thèse», "for my dissertation": an owned
    work, its topic or its purpose within a few words of it."""
    for i, word in enumerate(words):
        if not m["research_work"].holds(word) or not (i and words[i - 1] in m["own_possessive"].lemmas):
            continue
        around = " ".join(words[max(0, i - 5) : i + 6])
        if m["research_topic"].phrased_in(around):
            return True
    return False


def place_with_us_asked(body: str) -> str | None:
    """The sentence in which the writer seeks an internship, a civic service or a job at our organisation,
    when the mail names the programme nowhere; else None."""
    m = load_meanings()
    if not m["our_place"].phrased_in(body) or m["programme_named"].said_in(body):
        return None  # a word test first; a mail naming the programme may ask to join it too
    for sentence in (s.group(0) for s in _SENTENCE.finditer(body)):
        if (
            m["our_place"].phrased_in(sentence)
            and FIRST_PERSON.search(sentence)
            and _asks_a_place(sentence, m)
        ):
            return sentence.strip()
    return None


def _asks_a_place(sentence: str, m: dict[str, Meaning]) -> bool:
    """A verb of seeking, not negated, then within reach what is sought (a placement, a job), then within
    reach the place that is ours."""
    words = _words(sentence)
    plain = [w for w, _at in words]
    lowered = folded(sentence)
    places = [at for p in m["our_place"].phrases for at in _starts(lowered, p)]
    for i, word in enumerate(plain):
        negated = i > 0 and plain[i - 1] in m["negation_opening"].lemmas
        if not (m["search"].holds(word) or m["aim"].holds(word)) or negated:
            continue
        for j in range(i + 1, min(len(plain), i + 1 + _REACH)):
            if not _sought_at(plain, j, m):
                continue
            ends = words[min(len(words) - 1, j + _REACH)][1]
            # The place in the sought thing's own phrase: «un stage chez vous», not «un vrai poste, d'où ma
            # candidature chez vous» (the place is where she applies: the programme).
            if any(words[j][1] < p <= ends and not _BREAK.search(sentence, words[j][1], p) for p in places):
                return True
    return False


_BREAK = re.compile(r"[,;:()]")


def _sought_at(plain: list[str], j: int, m: dict[str, Meaning]) -> bool:
    """The word at `j` names a placement or a job: «stage», «poste», «service» of «service civique»."""
    pair = " ".join(plain[j : j + 2])
    return (
        m["placement_sought"].holds(plain[j])
        or m["placement_sought"].phrased_in(pair)
        or (m["work_with_us"].holds(plain[j]))
    )


def _starts(text: str, phrase: str) -> list[int]:
    """Where `phrase` starts a word in `text`."""
    return [x.start() for x in re.finditer(r"(?<!\w)" + re.escape(phrase.replace("’", "'")), text)]


def seeks_a_placement(verb: Any) -> bool:
    """The verb's object (a parsed token's) is a placement, no job: «je cherche une mission de service
    civique», «je recherche un stage», "I'm looking for an internship" — the object or its complement by
    «de», not a placement told as a time («un emploi après mon service civique»)."""
    m = load_meanings()["placement_sought"]
    objects = [c for c in verb.children if c.dep_ in {"obj", "dobj"}]
    # «une mission de service civique ou un emploi»: every thing sought, its conjuncts too, is a placement
    # (the small model may hang «un emploi» on the verb itself)
    sought = [
        *objects,
        *(c for o in (*objects, verb) for c in o.children if c.dep_ == "conj" and c.pos_ != "VERB"),
    ]
    return bool(sought) and all(_a_placement(t, m) for t in sought)


def _a_placement(noun: Any, m: Meaning) -> bool:
    named = [noun, *(c for c in noun.children if c.dep_ == "nmod" and _by_de(c))]
    return any(m.holds(t.lower_) or m.phrased_in(_with_next(t)) for t in named)


def _by_de(token: Any) -> bool:
    return any(c.dep_ == "case" and c.lower_ in {"de", "d'", "d’", "of"} for c in token.children)


def _with_next(token: Any) -> str:
    """The word and the one after it («service civique»)."""
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return f"{token.lower_} {following}"
