"""Whose a fact is: the writer's, one other person's, or people's in general — read before a criterion's fact
counts. «Mon frère a un BTS», «ma compagne a fait son master en 2021», «mon père est en reconversion», «le
service civique de ma sœur», «des cadres en reconversion», "my sister is doing a civic service", "my
brother's master" tell facts of someone else, not of the writer.

The fact readers (situation.py, education.py) ask `anothers` about the words they found. One other person's
fact stays the applicant's when the message presents that person (a parent writing for a child, an adviser
orienting someone: «elle m'a dit qu'elle finit son stage»): it is another's only when the writer also tells
their own diploma or search in the text (the rule signals.py reads a referral by). People in general («ils»,
«leur reconversion», «des cadres en reconversion») are never the one applicant.

The French parse says who holds the mention: the subject of the clause governing it, the noun it completes
(«la reconversion de mon père»), the person it is said of («ma sœur en service civique»), a possessive
(«son master» takes the subject of its clause; «mon master» is the writer's). The person words are meanings
of rules/lexicon/persons.toml and meanings.toml. English, which the French parser reads as noise, is read in
the words of the clause before the mention.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import Any

from intake.parsing import labelled_fields
from intake.understanding.attestations import attested_about
from intake.understanding.clauses import clause_at, clause_start, is_french, parse, tokens_in
from intake.understanding.echoes import copied_after, denied_around, opens_on_a_contrast
from intake.understanding.facts import WORD, split_sentences
from intake.understanding.forms import name_words
from intake.understanding.lexicon import load_lexicon, load_meanings
from intake.understanding.signals import presenting_sentences, read_signals, writer_only_hedges
from intake.understanding.taught import taught_at, writer_teaches
from intake.understanding.typist import tells_a_dictation

WRITER, ANOTHER, OTHERS = "writer", "another", "others"
# The programme, as what it asks of candidates: «vous demandez un bac+2» names its condition, nobody's fact.
PROGRAMME = "programme"
# The writer as a subject or an owner: «je», «moi», «mon», "I", "my" (persons.toml [writer_subject] and
# [own_possessive]).
_PERSON_MEANINGS = ("relative", "parent", "presented_person", "close_person", "ranked_relative")
# People of the writer's own life, never the writer (not [presented_person]: «diplômé», «jeune» may be the
# writer's own apposition).
_KIN_MEANINGS = ("relative", "parent", "close_person", "ranked_relative")
# A relative pronoun takes the person it follows: «ma sœur, qui fait son service civique».
_RELATIVE_PRONOUNS = frozenset({"qui", "que", "qu'", "who", "whom", "that"})
# Holding a state: «ma sœur en service civique», «des cadres en reconversion», "my brother in an internship".
_IN_A_STATE = frozenset({"en", "in", "on"})
_OF = frozenset({"de", "d'", "du", "des", "of"})


def owner_at(unit: str, start: int) -> str:
    """Whose the fact named at character `start` of the sentence `unit` is: WRITER (also when nothing says),
    ANOTHER (one other person) or OTHERS (people in general, a group)."""
    return _owner(unit, start) or WRITER


def anothers(unit: str, start: int, text: str) -> bool:
    """The fact at `start` is not the applicant's: people's in general, or one other person's while the
    writer tells their own diploma or search in `text` (else that person is the one presented), or the
    course someone teaches («je suis intervenante en licence pro»: the students', taught.py)."""
    if taught_at(unit, start):
        return True
    owner = _owner(unit, start)
    return _not_the_applicants(owner, text) or (owner in (WRITER, None) and writers_aside(unit, text, start))


def held_by_people(unit: str, start: int) -> bool:
    """The thing at `start` is said of people in general, never of one applicant: «des étudiants qui
    sortaient directement de licence», «des cadres en reconversion» (OTHERS, as the parse reads it)."""
    return _owner(unit, start) == OTHERS


def writers_aside(unit: str, text: str, start: int | None = None) -> bool:
    """A referrer's own fact, told beside the person they present: «Je suis moi-même comptable depuis trente
    ans», «j'ai moi-même fait votre programme après mon master», "I myself retrained" — the writer stressed
    by «moi-même» or "myself", or telling their trade as a teacher («j'enseigne l'économie depuis 2003»),
    sets their own life apart from the applicant's, in a text presenting someone.
    In the presenting sentence itself, only the clause of the mention at `start` that stresses the writer
    («Jeune conseillère (j'ai moi-même eu ma licence en 2025), je vous écris pour…»), never the sentence as a
    whole. Invariant: in a text where nobody is presented, or whose writer asks to join, the writer's
    «moi-même» is the applicant's own fact."""
    if not _sets_the_writer_apart(unit):
        return False
    presenting = _presenting(text)
    if not presenting:
        return False
    if unit.strip() not in presenting:
        return True
    return start is not None and _sets_the_writer_apart(clause_at(unit, start, start + 1))


def _sets_the_writer_apart(unit: str) -> bool:
    """The writer stressed («moi-même», "myself"), or the writer's role as a teacher («j'enseigne en BTS»,
    «je suis intervenante en licence pro», "I lecture on the BA": taught.py) — a teacher recommending a
    student tells their own trade, not the student's."""
    return load_meanings()["writer_stressed"].phrased_in(unit) or writer_teaches(unit)


@lru_cache(maxsize=64)
def _presenting(text: str) -> tuple[str, ...]:
    """The sentences presenting someone (signals.presenting_sentences: «je vous écris pour ma fille», «je vous
    présente…»), when the writer does not ask to join themselves («Est-ce que je peux rejoindre votre
    programme ?» beside «mon fils vient de finir son BTS»: the writer applies, «j'ai moi-même une licence» is
    theirs; signals.read_signals: «join»)."""
    presenting = tuple(s.strip() for s in presenting_sentences(text))
    if not presenting or any(s.name == "join" for s in read_signals(text, "", (), load_lexicon())):
        return ()
    return presenting


def told_of_another(unit: str, text: str) -> bool:
    """The sentence as a whole tells of someone other than the applicant: the subject of its main clause
    («ma mère est aide-soignante depuis vingt ans», "my father has been a nurse for years"), read as
    `anothers` reads one mention."""
    if opens_on_a_contrast(unit):
        return True  # «Contrairement à mon cousin, qui a été commercial…, je…»: the career told is his
    main = 0  # where the main clause stands: a presenting sentence sets the writer apart there only
    if is_french(unit):
        roots = [t for t in parse(unit) if t.head.i == t.i]
        owner = _holder(roots[0]) if roots else None
        main = roots[0].idx if roots else 0
    else:
        first = clause_at(unit, 0, 0)
        owner = _owner_in_words(first, len(first))
    return _not_the_applicants(owner, text) or (owner in (WRITER, None) and writers_aside(unit, text, main))


def writers_turn(unit: str) -> str:
    """The part of a sentence opening on another person where the writer turns to their own life: «Hugo a
    fait un BTS juste après le bac ; moi j'ai été boulanger dix ans avant mon BTS», "Tom did an MA and I
    worked in a bank for years" — from the writer's «moi», «je» or "I" after a conjunction or a comma to the
    end; "" when the writer takes no turn. What a fact reader finds there is the writer's own, whatever the
    sentence's first subject."""
    turn = _WRITERS_TURN.search(unit)
    return unit[turn.start(1) :] if turn is not None else ""


# A conjunct of the writer's: «; moi j'ai…», «et moi, je…», «, mais j'ai…», "and I…", "but I…" (the «moi»
# and «je» of persons.toml [writer_subject], after _CONJUNCT_OPENS or a contrast).
_WRITERS_TURN = re.compile(
    r"(?:[,;:]|\b(?i:et|mais|alors que|tandis que|and|but|while|whereas))\s+"
    r"((?i:moi\b(?:\s*,)?(?:\s*(?:je\b|j['’]))?|je\b|j['’])|I\b)"
)


def _not_the_applicants(owner: str | None, text: str) -> bool:
    if owner == ANOTHER:
        return speaks_for_self(text) and not tells_of_its_writer(text)
    return owner in (OTHERS, PROGRAMME)


@lru_cache(maxsize=256)
def tells_of_its_writer(text: str) -> bool:
    """A text in the third person about its own writer — a bio, a pitch, a profile's «about»: the first name
    it is signed with is a subject of its sentences («Karim, 31 ans, a été cuisinier… Il a obtenu…» signed
    «Karim Belhadj, 07 …»; «Après dix ans dans la vente, Inès a repris…» signed «Inès»), so its «il», «elle»,
    «son», "she" are the writer. Invariant: a text naming a person of the writer's life (a sister, a son, a
    friend) is never read so — its third person may be theirs."""
    lines = [line for line in text.splitlines() if line.strip()]
    if any(word.lower().replace("’", "'") in _kin_words() for word in WORD.findall(text)):
        return False
    # A signature closes the text: a line of its last four, the text told above it (never its greeting line).
    for at in range(max(1, len(lines) - 4), len(lines)):
        signed = _SIGNED.match(lines[at])
        if signed is not None and _named_as_subject("\n".join(lines[:at]), signed.group(1)):
            return True
    return False


def _named_as_subject(text: str, name: str) -> bool:
    """The first name opens a sentence or a clause after a comma («Karim, 31 ans, a…», «…, Inès a repris»),
    never after a title («atteste que M. Hugo Tessier…»: someone else writes of him) nor as a label."""
    # Never the writer's name in apposition to their «moi» («et moi, Sacha, j'ai eu mon DUT»): first person.
    for m in re.finditer(rf"(?:^|[.!?]\s+|,\s+){re.escape(name)}\b(?!\s*:|,\s*j)", text, re.M):
        before = WORD.findall(text[max(0, m.start() - 12) : m.start() + 1])
        if not before or before[-1].casefold() + "." not in _meaning("title"):
            return True
    return False


# A signature's line opening on a name: «Karim Belhadj, 07 52 …», «— Noémie Vaillant», «Malo — 07 …».
_SIGNED = re.compile(r"^\W*([A-ZÀ-Ö][a-zà-ÿ'’-]+)(?:[ \t]+[A-ZÀ-Ö][\w'’-]+){0,3}[ \t]*(?:$|[,—–|-]|\+?\d)")


@lru_cache(maxsize=1)
def _kin_words() -> frozenset[str]:
    return frozenset().union(*(_meaning(m) for m in _KIN_MEANINGS))


@lru_cache(maxsize=256)
def speaks_for_self(text: str) -> bool:
    """The writer tells their own diploma or job search somewhere in `text`: «moi, j'ai fini ma licence»,
    «je cherche un emploi», "I graduated" — not «je vous écris pour ma fille, qui cherche un emploi», nor a
    referrer's own life set apart («je suis moi-même titulaire d'un doctorat»: `writers_aside`)."""
    if tells_a_dictation(text):
        return False  # «Mélanie a un master… J'ai fini mes études»: the typist's «je» slips into hers
    meanings = load_meanings()
    told = (meanings["education"], meanings["search"])
    for sentence in split_sentences(text):
        if writers_aside(sentence, text) or meanings["in_their_name"].phrased_in(sentence):
            continue  # «je vous écris en son nom pour candidater»: the application is the person's
        if writer_only_hedges(sentence):
            continue  # «Elle a sa licence, je ne sais plus de quelle année, en …»: the writer's doubt only
        for word in WORD.finditer(sentence):
            if taught_at(sentence, word.start()) or _person_presented(word.group(), sentence, text):
                continue  # «intervenante en licence pro»: a course taught; «je recommande une étudiante»
            # «J'enseigne à l'IUT…, et j'écris pour un ancien étudiant»: the teacher's school, set apart.
            said = any(m.holds(word.group()) for m in told) and _owner(sentence, word.start()) == WRITER
            if said and not writers_aside(sentence, text, word.start()):
                return True
    return False


def _person_presented(word: str, sentence: str, text: str) -> bool:
    """A noun of a person presented («je vous recommande une ancienne étudiante, Clara…», "I'd like to
    introduce a graduate of ours") in a sentence presenting someone: the person, not the writer's studies."""
    return word.lower() in _meaning("presented_person") and sentence.strip() in _presenting(text)


@lru_cache(maxsize=1024)
def _owner(unit: str, start: int) -> str | None:
    """WRITER, ANOTHER or OTHERS when the sentence says whose the fact at `start` is; None when it does not
    («Master obtenu en 2025», «le stage a commencé»)."""
    topic = _detached_topic(unit, start)
    if topic is not None:
        return _echoed(unit, start, topic)
    if not is_french(unit):
        return _echoed(unit, start, _owner_in_words(unit, start))
    opening = clause_start(unit, start)
    # Only a clause after the first, one of a list of people («…, Karim a fini…»): at a sentence's start a
    # name may be the person a referrer presents («Jordan est en plein dans…»).
    named = _named_in_words(unit[opening:start], english=False) if opening else None
    if named is not None:
        return _echoed(unit, start, named)  # «Noé est en stage…»: the small model may tag the name an adverb
    found = tokens_in(parse(unit), start, start + 1)
    held = _holder(found[0]) if found else None
    return _echoed(unit, start, held if held is not None else _opened_on_another(unit, start))


def _echoed(unit: str, start: int, owner: str | None) -> str | None:
    """The owner of the fact at character `start` of the sentence `unit` once a copy or a denial is read
    (echoes.py): the writer's when the writer copies another's predicate after it; OTHERS' when the writer
    denies it or a contrast opened on another person holds it — the owner no applicant takes, since the
    writer has just set themselves apart from that person (a referral presents nobody who is denied); else
    `owner`, as read."""
    if owner == ANOTHER and copied_after(unit, start):
        return WRITER
    if owner != OTHERS and denied_around(unit, start):
        return OTHERS
    return owner


def _detached_topic(unit: str, start: int) -> str | None:
    """ANOTHER (OTHERS for a plural) when the sentence opens on a person of the writer's set apart by a comma
    — «Mon copain, lui, est en pleine reconversion», «Mon grand frère, en pleine reconversion, m'a écrit»,
    "My brother, in the middle of a career change, told me…" — and the writer takes no word between it and
    the mention: what is said after such a topic is said of that person (the small model may hang the state
    on the wrong word, or take «m'» for the subject). None otherwise: the parse decides."""
    comma = unit.find(",")
    if comma < 0 or comma >= start:
        return None
    words = [w.lower().replace("’", "'") for w in WORD.findall(unit[:comma])]
    if not 2 <= len(words) <= _TOPIC_WORDS or words[0] not in _meaning("own_possessive"):
        return None
    if not any(_names_someone(w) for w in words[1:]):
        return None
    between = [w.lower().replace("’", "'") for w in WORD.findall(unit[comma:start])]
    if any(w in _meaning("writer_subject") or w in _meaning("english_i") for w in between):
        return None  # «Mon frère, lui, a un master, et moi je suis en reconversion»: the writer's turn
    return OTHERS if words[0] in _PLURAL_DETERMINERS else ANOTHER


# The most words of a detached topic: a possessive, a qualifier, the person's noun («mon grand frère»).
_TOPIC_WORDS = 3


def _opened_on_another(unit: str, start: int) -> str | None:
    """ANOTHER when the parse names nobody and the sentence opens on a person of the writer's before the
    mention, the writer never a subject between: «Mon frère jumeau Ousmane a une licence et vient de
    commencer un stage» (the small model may root such a sentence on «jumeau», the subject lost). A
    story's sentence about someone tells their facts to its end, unless «je» takes over."""
    words = [w.lower().replace("’", "'") for w in WORD.findall(unit[:start])]
    if len(words) < 2 or words[0] not in _meaning("own_possessive"):
        return None
    if not any(_names_someone(w) for w in words[1:4]):
        return None
    return None if any(w in _meaning("writer_subject") for w in words[4:]) else ANOTHER


def _holder(token: Any) -> str | None:
    """Up the parse from the mention: its possessive or its «de» complement, the person it is said of, the
    subject of its clause; the first that names someone decides."""
    gapped = _gapped_subject(token)
    if gapped is not None:
        return gapped
    current, below = token, None
    for _ in range(8):
        if _hangs_under_kin(below, current):
            return _person_above(current)
        apposed = _apposed_to(below, current) or _apposed_after_comma(below)
        if apposed is not None:
            return apposed
        owned = _owned_by(current)
        if owned is not None:
            return owned
        controller = _object_controller(current, below)
        if controller is not None:
            return controller
        subject = _subject_of(current)
        subject = subject if subject is not None else _stressed_subject(current)
        if subject is not None:
            if _done_for_the_writer(current) or _writer_among(subject):
                return WRITER
            return PROGRAMME if _required_by_the_programme(token, current, subject) else _person(subject)
        head = current.head
        if head.i == current.i:
            return None
        stated_of = _state_said_of(current)
        if stated_of is not None:
            # The person the state is said of before whoever owns that person: «mon copain en reconversion»
            # is the boyfriend's, though «mon» is the writer's; a thing holds no state («mes années en
            # service civique» are owned by «mes»).
            held = _person(stated_of) or _owned_by(stated_of) or _people(stated_of)
            if held is not None:
                return held  # «ma sœur en service civique», «des cadres en reconversion»
        if current.dep_ in {"acl", "amod"} and head.pos_ == "NOUN" and not _promised_to(head):
            held = _person(head) or _people_of_a_kind(head)
            if held is not None:
                return held  # «des étudiants tout juste sortis de licence», «une amie inscrite en master»
        current, below = head, current
    return None


def _apposed_to(apposition: Any, noun: Any) -> str | None:
    """The person an apposition holding the mention is said of: «je vous oriente Mme Awa Sy, titulaire
    d'une licence…», «je vous présente mon neveu, diplômé d'un BTS» — the licence is the one presented's,
    not the presenting verb's subject's (the writer's); «moi, titulaire d'un master» is the writer's. None
    when the noun apposed to names no person («mon projet, un tiers-lieu…»)."""
    if apposition is None or apposition.dep_ != "appos" or apposition.head.i != noun.i:
        return None
    if any(t.text == ":" for t in noun.doc[noun.i + 1 : apposition.i]):
        return None  # «après la naissance de ma fille : licence … validée en juin»: the writer's own line
    return _person(noun) or _person_in_phrase(noun, apposition.i)


def _apposed_after_comma(word: Any) -> str | None:
    """The person a detached apposition is said of when the small model hangs it on the verb, not on the
    person: «je vous écris pour ma nièce Inès Moulin, titulaire d'un BTS…» (parsed as the object of «écris»)
    holds the niece's BTS, not the writer's. The word opens its phrase right after a comma, is a noun,
    an adjective or a bare participle (no verb with a subject: «pour mon fils, j'ai…» is the writer's own
    clause), and the phrase before the comma names a person of the writer's life or presented (persons.toml
    [relative], [parent], [presented_person]…). None otherwise: the parse decides."""
    if word is None or word.i < 2 or word.doc[word.i - 1].text != "," or not _bare_apposition(word):
        return None
    named = _phrase_top(word.doc[word.i - 2])
    if named.head.i != named.i and named.head.pos_ != "VERB":
        return None  # «après la naissance de mon fils, licence validée…»: the son completes an event
    return _person_in_phrase(named, word.i - 1)


def _phrase_top(named: Any) -> Any:
    """The top word of a person's noun phrase from one of its words: the small model may hang the noun on
    the name or the name on the noun («ma filleule Maëlle Tanguy»: the name an adjective of the noun)."""
    while named.dep_ in _NAME_LINKS and named.head.i < named.i:
        named = named.head
    return named


def _person_in_phrase(named: Any, end: int) -> str | None:
    """ANOTHER (OTHERS for a plural) when the noun phrase of `named`, up to `end`, names a person of the
    writer's life with its determiner («ma nièce Clémence Roy», «ma filleule Maëlle»), the writer never among
    its words; None otherwise (not «jeune diplômé de mai», the writer's own apposition)."""
    phrase = [t for t in _phrase_top(named).subtree if t.i < end]
    people = [t for t in phrase if any(_lower(t) in _meaning(m) for m in _KIN_MEANINGS)]
    determined = any(t.dep_ == "det" for t in phrase)
    if not people or not determined or any(_lower(t) in _meaning("writer_subject") for t in phrase):
        return None
    return OTHERS if _plural(people[-1]) else ANOTHER


# The links inside a person's noun phrase the small model may draw from a name to its noun: «ma filleule
# Maëlle Tanguy» (the name an adjective of the noun, the surname flat on the name).
_NAME_LINKS = frozenset({"flat:name", "flat", "amod", "appos"})


def _bare_apposition(word: Any) -> bool:
    """A word that may open a detached apposition: a noun or an adjective («titulaire»), or a verb with no
    subject nor auxiliary of its own («diplômée d'un BTS», which the small model may tag finite) — never a
    verb opening the writer's clause («pour mon fils, j'ai…» has its subject)."""
    if word.pos_ in {"NOUN", "ADJ"}:
        return True
    own = {"nsubj", "nsubj:pass", "expl:subj", "aux", "aux:tense", "aux:pass"}
    return word.pos_ == "VERB" and not any(c.dep_ in own for c in word.children)


def _object_controller(verb: Any, infinitive: Any) -> str | None:
    """Whose the act of an infinitive after a verb's object is: that object's («une association qui aide des
    adultes à changer de métier», «mon conseiller m'aide à changer de voie», "it helps workers to retrain") —
    the object does what the verb's subject helps, pushes or brings it to do, not that subject."""
    if infinitive is None or infinitive.dep_ != "xcomp" or _controls_by_its_subject(verb):
        return None  # «je promets à ma mère de changer de métier»: the one who promises changes
    for child in verb.children:
        if child.dep_ in _OBJECTS and child.i < infinitive.i and child.pos_ in {"NOUN", "PRON", "PROPN"}:
            return _person(child) or _people_of_a_kind(child) or _people(child)
    return None


_OBJECTS = frozenset({"obj", "obl:arg", "iobj"})


def _controls_by_its_subject(verb: Any) -> bool:
    """A verb whose subject does the act of its infinitive, whoever its object is («promettre», «jurer»,
    "promise": meanings.toml [subject_control])."""
    control = load_meanings()["subject_control"]
    return control.holds(verb.text) or control.holds(verb.lemma_)


def _promised_to(noun: Any) -> bool:
    """The noun is the one a promise is made to («j'ai promis à ma sœur de changer de métier»): the small
    model may hang the infinitive on that noun; the act is still the promising subject's, read above it."""
    return noun.dep_ in _OBJECTS and _controls_by_its_subject(noun.head)


def _state_said_of(state: Any) -> Any:
    """The noun a state («en service civique», "in an internship") is said of, or None: the noun it
    completes («mon copain en reconversion»), a noun by its determiner whatever its tag (the small model tags
    «sœur» a verb in «il y a ma sœur en service civique»); or, in «il y a …», the one the clause presents —
    the parse may hang the state on «a» («il y a aussi ma sœur en service civique»)."""
    if _case(state) not in _IN_A_STATE:
        return None
    head = state.head
    if _a_fields_label(head, state):
        return None  # «Observations : actuellement en stage…»: the field's value, said of its person
    determined = any(c.dep_ == "det" for c in head.children)
    if state.dep_ == "nmod" and (head.pos_ in {"NOUN", "PRON"} or determined):
        return head
    if state.dep_.startswith("obl") and _presents_someone(head):
        return next((c for c in head.children if c.dep_ == "obj" and c.i < state.i), None)
    return None


def _a_fields_label(noun: Any, state: Any) -> bool:
    """A form's label over the state: a noun naming no person, a colon between it and the state
    («Observations : en stage jusqu'en décembre», "Notes: on an internship"). A label names its field, never
    who holds what the field says; a label naming someone keeps them («Sa sœur : en service civique»)."""
    colon = any(c.text == ":" and noun.i < c.i < state.i for c in noun.children)
    return colon and _person(noun) is None


def _presents_someone(verb: Any) -> bool:
    """«il y a»: the verb «avoir» with its two expletives, a clause that only presents what follows it."""
    expletives = {_lower(c) for c in verb.children if c.dep_.startswith("expl")}
    return _lower(verb) == "a" and {"il", "y"} <= expletives


# What opens a gapped conjunct: «Ma sœur a un master et moi une licence», «…, moi, un BTS», «…; lui, un DUT».
_CONJUNCT_OPENS = frozenset({"et", "mais", ",", ";", "and", "but"})
# A stressed pronoun standing for a subject (never a subject word of a verb: «je», «il» come with one).
_STRESSED = frozenset({"moi", "lui", "elle", "eux"})


def _gapped_subject(token: Any) -> str | None:
    """The person a gapped conjunct opens on, its verb left out: «Ma sœur a un master et moi une licence»
    — the licence is the writer's, not the sister's the verb's subject names (the parse hangs the noun on
    the first conjunct's verb). Read in the words: a stressed pronoun right before the noun phrase, after a
    conjunction or a comma; None when there is none."""
    doc = token.doc
    # The word before the noun and its determiner (the parse may hang the conjunction and the pronoun on it).
    at = min([c.i for c in token.children if c.dep_ == "det" and c.i < token.i] + [token.i]) - 1
    if at >= 0 and doc[at].text == ",":
        at -= 1  # «et moi, une licence»
    if at < 1 or _lower(doc[at]) not in _STRESSED or _lower(doc[at - 1]) not in _CONJUNCT_OPENS:
        return None
    return _person(doc[at]) or (ANOTHER if _lower(doc[at]) != "eux" else OTHERS)


# Words that open another clause or a statement of the writer's between a verb and a noun after it.
_CLAUSE_TURNS = frozenset({":", ";", "voici", "voilà", "voila", "here", "mais", "but", "."})


def _required_by_the_programme(mention: Any, verb: Any, subject: Any) -> bool:
    """«Vous demandez un bac+2», «le dispositif exige un diplôme de niveau bac+2»: the programme (or the
    reader, «vous») asks it of candidates — a verb of requiring whose subject is the programme, the mention
    its object or inside its object's noun phrase (not «si vous acceptez les reconversions, voici la mienne :
    …, puis un master», a clause of its own under it)."""
    meanings = load_meanings()
    if not (meanings["programme"].holds(_lower(subject)) and meanings["requires"].holds(_lower(verb))):
        return False
    between = {_lower(t) for t in mention.doc[min(verb.i, mention.i) + 1 : max(verb.i, mention.i)]}
    if between & _CLAUSE_TURNS:
        return False  # the parse may hang «…, voici le mien : un master» on the verb before the colon
    node = mention
    while node.head.i != verb.i:
        if node.head.i == node.i or node.head.pos_ in {"VERB", "AUX"}:
            return False
        node = node.head
    return node.dep_ in {"obj", "obl", "obl:arg"}


def _stressed_subject(verb: Any) -> Any:
    """A stressed pronoun standing for the subject of a verb that has none: «lui l'a obtenu en 2019», «moi,
    je…» aside — the small model tags «lui» an indirect object. Only right before the verb's clitics and
    auxiliaries (at most three words), never when the verb has a subject of its own."""
    near = (c for c in verb.children if verb.i - 3 <= c.i < verb.i and c.dep_ != "conj")
    return next((c for c in near if _lower(c) in _STRESSED), None)


def _writer_among(subject: Any) -> bool:
    """A subject coordinated with the writer: «Elle et moi avons le même DUT», «ma sœur et moi avons…» —
    the fact is the writer's as well."""
    return any(c.dep_ == "conj" and _lower(c) in _meaning("writer_subject") for c in subject.children)


def _done_for_the_writer(verb: Any) -> bool:
    """«Mes parents m'ont trouvé un stage», «ma tutrice m'a proposé une mission»: someone acts, the thing is
    the writer's — the verb has the writer's object pronoun («m'», «me»: the writer's words that are not a
    subject's; the small model may tag them nsubj)."""
    objects = _meaning("writer_subject") - _meaning("writer_word")
    return any(_lower(c) in objects and verb.i - 3 <= c.i < verb.i for c in verb.children)


def _owned_by(noun: Any) -> str | None:
    """The owner the noun itself names: a possessive («mon master», «son stage») or a person after «de» («la
    reconversion de mon père»)."""
    for child in noun.children:
        word = _lower(child)
        if child.dep_ == "det" and word in _meaning("our_possessive"):
            return None  # «notre master», «nos diplômés»: an organisation's, or a couple's
        if child.dep_ == "det" and word in _meaning("own_possessive"):
            return WRITER
        if child.dep_ == "det" and word in _meaning("other_people"):
            return OTHERS
        if child.dep_ == "det" and word in _meaning("other_one"):
            # «son master»: the subject of its clause, when it names someone else; else another person.
            return _clause_subject(noun) or ANOTHER
        if child.dep_ == "nmod" and _case(child) in _OF:
            held = _person(child)
            if held is not None:
                return held
    return None


def _hangs_under_kin(below: Any, current: Any) -> bool:
    """The mention's path reaches a noun of kin from `below`, a complement of it — not «ma tutrice de
    stage» (a role named by the thing, after «de»), not «la naissance de ma fille : licence … validée en
    juin 2026» (an apposition after a colon, the writer's own line). A thing after «de» with an indefinite
    article is held by that person: «ma tutrice, éducatrice et titulaire d'un master, m'a conseillé…» (the
    small model hangs the master on «tutrice»)."""
    if below is None or below.dep_ in {"appos", "parataxis"} or _promised_to(current):
        return False  # «j'ai promis à ma sœur de changer de métier»: the sister does not change
    held = any(_lower(c) in _HELD_ARTICLES for c in below.children if c.dep_ == "det")
    if _case(below) in _OF and not held:
        return False
    return _person_above(current) is not None


# The indefinite articles of a thing a person holds («titulaire d'un master», «d'une licence»).
_HELD_ARTICLES = frozenset({"un", "une"})


def _person_above(noun: Any) -> str | None:
    """The person a mention hangs under, up the parse: «ma sœur Samira est en ce moment en service civique»
    parsed with the civic service under «Samira» and «sœur» — the fact is said of that person (never the
    writer's «moi» or «je», read as the subject they are)."""
    articled = any(c.dep_ == "det" and c.pos_ == "DET" for c in noun.children)
    if noun.pos_ not in {"NOUN", "PROPN"} or not articled:
        return None
    if not any(_lower(noun) in _meaning(m) for m in _KIN_MEANINGS):
        return None  # «Jeune diplômé (master 2 ESS, …), je…»: the writer's apposition
    return OTHERS if _plural(noun) else ANOTHER


def _clause_subject(token: Any) -> str | None:
    """The person the subject of the clause above `token` names, if it is not the writer."""
    current = token
    for _ in range(8):
        subject = next((c for c in current.children if c.dep_.startswith("nsubj")), None)
        if subject is not None:
            held = _person(subject)
            return held if held != WRITER else None
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _antecedent(head: Any, relative: Any) -> Any:
    """What the relative pronoun takes up: the noun the parse hangs its clause on, or the apposition
    standing between them, nearest the pronoun — «Dernière chose : un ami de ma promo, qui termine un
    stage…» (the small model hangs «qui termine» on the label «chose»; the friend is the one ending it). A
    noun it hangs there as a complement with no preposition («Dernier point : une amie…», nmod) is one too;
    a complement with its preposition («la mission locale de Rouen, qui…») is not."""
    between = [
        c
        for c in head.children
        if head.i < c.i < relative.i
        and (c.dep_ == "appos" or (c.dep_ == "nmod" and not any(g.dep_ == "case" for g in c.children)))
    ]
    return between[-1] if between else head


def _person(word: Any) -> str | None:
    """Who a subject or an owner names: the writer («je», «moi»), one other person (a relative, a friend, a
    name, «il»), people in general (a plural: «ils», «des cadres»); None for a thing («mon stage»,
    «l'école»)."""
    lowered = _lower(word)
    if lowered in _meaning("writer_subject") or lowered in _meaning("own_possessive"):
        return WRITER
    if lowered in _RELATIVE_PRONOUNS and word.dep_.startswith("nsubj"):
        antecedent = _antecedent(word.head.head, word) if word.head.dep_ == "acl:relcl" else None
        return _person(antecedent) if antecedent is not None and antecedent.i != word.i else None
    if lowered in _meaning("other_people"):
        return OTHERS
    if _titled_name(word) and attested_about(word):
        return WRITER  # the person a pasted attestation is about: the applicant (attestations.py)
    if lowered in _meaning("other_one") or _titled_name(word) or _first_name_subject(word):
        return ANOTHER
    # A determiner word, not an adjective the small model hangs as one («Jeune diplômée de juin, je…»: the
    # writer's apposition, as «Diplômée d'une licence, je…»).
    determined = any(c.dep_ == "det" and c.pos_ != "ADJ" for c in word.children)
    if _an_adjective_for_someone(word):
        # «la plus grande s'est arrêtée après le bac», «l'aînée travaille…»: an adjective standing for a
        # person named before (one of «mes deux sœurs»), never the writer («je»).
        return OTHERS if _plural(word) else ANOTHER
    if determined and any(lowered in _meaning(m) for m in _PERSON_MEANINGS):
        # A person named by a noun with its determiner («ma sœur», «une amie», not «Diplômé d'une licence,
        # je…», the writer's apposition); «nos étudiants», «mes parents»: people in general, never one
        # applicant.
        return OTHERS if _plural(word) else ANOTHER
    return None


# A subject's dependency, the small model's «Léa est en stage» too (it may tag the name an expletive subject).
_SUBJECT_DEPS = ("nsubj", "expl:subj")


def _subject_of(verb: Any) -> Any:
    """The subject of a clause's head: its nsubj, or a first name the small model tags an expletive subject
    («Léa est en stage» — never the impersonal «il» of «il faut un bac+2», an expletive too)."""
    for child in verb.children:
        if child.dep_.startswith("nsubj") or (child.dep_ == "expl:subj" and _first_name_subject(child)):
            return child
    return None


def _first_name_subject(word: Any) -> bool:
    """«Léa est en stage…, Karim a fini son master…, et moi…»: a lone proper noun as the subject of a clause
    names one other person — a capital then small letters (never an acronym, «la CAF», «DUT»), no article
    («la Croix-Rouge», «l'Afev» are organisations), no «m'» of the writer's on its verb («Emmaüs m'a pris en
    stage» is handled as done for the writer first). Invariant: the writer's own name is never their subject
    in a text in the first person; a third-person text about its writer (tells_of_its_writer) is read so by
    `anothers`, which then keeps the fact."""
    text = word.text
    if word.pos_ != "PROPN" or not word.dep_.startswith(_SUBJECT_DEPS) or len(text) < 2:
        return False
    if not (text[0].isupper() and text[1:].replace("-", "").isalpha() and text[1:].islower()):
        return False
    if word.i == 0 or _lower(word.doc[word.i - 1]) not in _CONJUNCT_OPENS | {":"}:
        return False  # one of a list of people («…, Karim a fini…»), never a line's heading («Diplôme : …»)
    if not any(c.dep_ == "cop" or c.dep_.startswith("aux") for c in word.head.children):
        return False  # the subject of a verb said of someone («Léa est…», «Karim a fini…»)
    if any(c.dep_ == "det" or (c.dep_ == "nmod" and _case(c) in _OF) for c in word.children):
        return False  # «la Croix-Rouge», «Agent d'entretien en CDI depuis 2018, j'ai…»: no one's name
    # The writer as another subject of the same verb: the capitalised word is the writer's apposition.
    writer = any(_lower(c) in _meaning("writer_subject") for c in word.head.children if c.i != word.i)
    return not writer and _lower(word) not in _meaning("institution")


# The articles an adjective standing for a person takes («la plus grande», «l'aînée», «les deux autres»).
_ARTICLES = frozenset({"le", "la", "l'", "les"})


def _an_adjective_for_someone(word: Any) -> bool:
    """A subject that is an adjective under an article, in lower case: a person named before («la plus
    grande s'est arrêtée après le bac»), not the writer's thing («Mon DUT date de 2025», an acronym the
    model may tag an adjective, under a possessive)."""
    articled = any(c.dep_ == "det" and _lower(c) in _ARTICLES for c in word.children)
    return articled and word.pos_ == "ADJ" and word.dep_.startswith("nsubj") and word.text.islower()


def _titled_name(word: Any) -> bool:
    """«M. Ibrahim Touré», «Mme Girard»: a title with a capital heading a name names one other person («la
    candidature de M. Touré» is his, not the adviser's who sends it)."""
    return (
        _lower(word) in _meaning("title")
        and word.text[:1].isupper()
        and word.i + 1 < len(word.doc)
        and word.doc[word.i + 1].text[:1].isupper()  # the parse may hang the name elsewhere: read the words
    )


def _people(noun: Any) -> str | None:
    """A plural noun holding a state, not counted in time: «des cadres en reconversion», not «deux ans en
    reconversion» (a noun of a thing holds no state: «mes années en service civique» are owned by «mes»)."""
    counted = any(c.dep_ == "nummod" for c in noun.children)
    return OTHERS if noun.pos_ == "NOUN" and _plural(noun) and not counted else None


def _people_of_a_kind(noun: Any) -> str | None:
    """OTHERS for a plural noun of persons, its determiner whatever the small model tags it («des étudiants»
    parsed with «des» a preposition): people in general."""
    persons = any(_lower(noun) in _meaning(m) for m in _PERSON_MEANINGS)
    return OTHERS if persons and _plural(noun) else None


# Determiners of a plural: the small model's Number on a noun is unreliable («ma sœur» tagged plural).
_PLURAL_DETERMINERS = frozenset({"des", "les", "mes", "nos", "ces", "tes", "vos", "leurs", "plusieurs"})


def _plural(noun: Any) -> bool:
    """A plural noun, by its determiner («des cadres», «nos étudiants»), or by its own form when it has
    none."""
    determiners = [c for c in noun.children if c.dep_ in {"det", "case"}]
    if any(_lower(c) in _PLURAL_DETERMINERS or c.morph.get("Number") == ["Plur"] for c in determiners):
        return True
    return not determiners and noun.morph.get("Number") == ["Plur"] and _lower(noun).endswith(("s", "x"))


def _owner_in_words(unit: str, start: int) -> str | None:
    """English: the owner right before the mention ("my brother's master", "her internship", "my MA"), else
    the subject opening its clause ("my sister is doing a civic service", "he is", "I am")."""
    words = [w.lower().replace("’", "'") for w in WORD.findall(unit[clause_start(unit, start) : start])]
    if not words:
        return None
    last = words[-1]
    if last.endswith("'s") and _names_someone(last[:-2]):
        return ANOTHER  # "my brother's master", "Tom's internship"
    if last in _meaning("own_possessive"):
        return WRITER
    if _required_in_words(words):
        return PROGRAMME  # "I know you require a two-year degree"
    for person in (_person_word(last), _person_word(words[0]), _subject_after_possessive(words)):
        if person is not None:
            return person
    return _named_in_words(unit[clause_start(unit, start) : start], english=True)


# Words opening a clause that are no one's first name.
_NOT_A_NAME = ("own_possessive", "institution", "not_a_name", "english_i", "writer_subject")


def _named_in_words(clause: str, *, english: bool) -> str | None:
    """ANOTHER when a clause opens on a first name as its subject: «Noé est en stage», "Priya is on an
    internship", "Tom has finished his MA" — a capital then small letters, before a verb of persons.toml
    [named_subject] ([english_named_subject]); never «je», "I", a word of the writer's or of another
    person's meanings, nor a clause where the writer stands («Emmaüs m'a pris en stage»: done for the
    writer)."""
    words = WORD.findall(clause)
    if not words or not (words[0][:1].isupper() and words[0][1:].islower() and len(words[0]) > 1):
        return None
    first = words[0].lower()
    if _person_word(first) is not None or any(first in _meaning(m) for m in _NOT_A_NAME):
        return None
    if len(words) == 1:
        return None  # «Oberlin class of '25»: a capitalised word alone may be a place, a school
    lowered = [w.lower().replace("’", "'") for w in words[1:]]
    if any(w in _meaning("writer_subject") or w in _meaning("own_possessive") for w in lowered):
        return None
    verbs = _meaning("english_named_subject" if english else "named_subject")
    return ANOTHER if lowered[0] in verbs else None


def _required_in_words(words: list[str]) -> bool:
    """ "you require", "the programme asks for": the programme, then its verb of requiring, in the clause's
    words before the mention."""
    meanings = load_meanings()
    return any(meanings["programme"].holds(w) and meanings["requires"].holds(n) for w, n in pairwise(words))


def _person_word(word: str) -> str | None:
    if word in _meaning("writer_subject") or word in _meaning("english_i"):
        return WRITER
    if word in _meaning("other_people"):
        return OTHERS
    return ANOTHER if word in _meaning("other_one") else None


def _subject_after_possessive(words: list[str]) -> str | None:
    """ "my sister is doing…", "our son…", "my older brother retrained…": a relative owned by the writer
    opening the clause, after one qualifier at most ("older", "little", "best")."""
    if len(words) >= 2 and words[0] in _meaning("own_possessive") and any(map(_names_someone, words[1:3])):
        return ANOTHER
    return None


def _names_someone(word: str) -> bool:
    return word in _meaning("relative_owned") or any(word in _meaning(m) for m in _PERSON_MEANINGS)


def _meaning(name: str) -> frozenset[str]:
    return load_meanings()[name].lemmas


def _lower(token: Any) -> str:
    return str(token.lower_).replace("’", "'")


def _case(token: Any) -> str:
    """The preposition of a complement: «en» in «en reconversion», «de» in «de mon père»."""
    return next((_lower(c) for c in token.children if c.dep_ == "case"), "")


def a_note_about_its_sender(text: str, sender: str) -> bool:
    """A note about a person (an adviser's «avis», a «synthèse d'entretien») pasted by that person: the note
    names its subject by the sender's own full name, after a title or in a person's row («M. Kylian TEIXEIRA»
    in a mail from Kylian Teixeira, «Bénéficiaire : TEIXEIRA Kylian»). Its third person is then the writer,
    and the adviser who wrote it refers nobody. Invariant: the name is read above the text's last three
    lines (a signature is no note's subject) and only with a title or a person's label (the adviser's own
    «Rédigé par : Samia Bouchama» names the note's author, not its subject)."""
    words = name_words(sender)
    if len(words) < 2:
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    heads = [line for line in lines[:-3] if _PERSON_HEAD.match(line) or _a_name_field(line)]
    own = [line for line in heads if words <= name_words(line) and _PERSON_HEAD.match(line)]
    return bool(own) and not any(_names_someone_else(line, words) for line in heads)


def _a_name_field(line: str) -> bool:
    """«Nom / Prénom : DELAUNAY Océane», «Nom de famille : …»: a form's row whose label names a name field."""
    m = load_meanings()
    labels = m["field_full_name"].lemmas | m["field_last_name"].lemmas
    return any(label in labels for label, _value in labelled_fields(line))


def _names_someone_else(line: str, sender: set[str]) -> bool:
    """A person's row naming nobody of the sender's name: the sheet's subject is that person, and the
    sender's own row («PRESCRIPTEUR — Nom : Fanny Gomez» above «BÉNÉFICIAIRE — Nom : …») names its author."""
    value = line.partition(":")[2]
    return bool(name_words(value)) and not name_words(value) & sender


# A line heading a note on a person: a title before the name, or a person's label («Bénéficiaire :», «Nom :»).
_PERSON_HEAD = re.compile(
    r"^\W*(?:(?:M\.|Mme\.?|Mlle\.?|Monsieur|Madame|Mr\.?|Mrs\.?|Ms\.?)\s+[A-ZÀ-Ö]|"
    r"(?:b[ée]n[ée]ficiaire|demandeu(?:r|se)|jeune|candidat(?:e)?|nom(?: complet)?|name|full name)\s*:)",
    re.IGNORECASE,
)
