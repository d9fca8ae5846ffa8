"""Applicant signals read from meaning: which sentences say «I want to join», «I am looking for work»,
«I hold a degree», «here is someone I present», whatever the words.

The meanings are word lists in ``rules/lexicon/meanings.toml`` and ``persons.toml`` (lemmas and stems, the
words of who is spoken of or to); the rules below combine
them within one sentence, with spaCy's parts of speech for proper nouns. A stem covers every inflection
(«voudr» for «voudrais», «voudrait»), so a new phrasing of a known meaning needs no new entry. spaCy's
own lemmatiser is not loaded (about 120 MB a worker, see nlp.py); a lemma it gives is used when present.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from intake import resources
from intake.understanding.applying_denied import only_denied
from intake.understanding.careers import holds_a_contract
from intake.understanding.clauses import is_french, is_negated, parse, parse_all
from intake.understanding.closing_name import before_closing
from intake.understanding.cv import own_resume_in_body
from intake.understanding.dates import find_dates
from intake.understanding.dictation import written_marks
from intake.understanding.education_fields import diploma_field_value
from intake.understanding.facts import EMAIL_RE, not_an_abbreviation, split_sentences
from intake.understanding.forms import fiche_of_another, is_own_fiche
from intake.understanding.job_found import only_found
from intake.understanding.join_supposed import joining_supposed
from intake.understanding.lexicon import Lexicon, Meaning, escaped_alternation, load_lexicon, load_meanings
from intake.understanding.names import looks_like_name
from intake.understanding.offer_passed import passes_on_an_offer
from intake.understanding.periods import opens_on_period
from intake.understanding.requirement_told import required_before
from intake.understanding.taught import courses_taught, teaches_before
from intake.understanding.turns import question_tags
from intake.understanding.unmarked import asks_unmarked, may_ask_unmarked, unmarked_clauses
from intake.understanding.weighed import only_weighed
from intake.understanding.withdrawn import (
    leaves_the_programme,
    only_withdrawn,
    wishes_only_to_withdraw,
    withdraws_applying,
    withdraws_applying_affirmed,
)

# What the coordinator reads in the classification reason, one phrase per signal.
SIGNALS = {
    "join": "souhait de rejoindre le programme",
    "job_search": "recherche d'emploi",
    "education": "diplôme ou études",
    "cv": "CV",
    "referral": "personne présentée par un tiers",
    "situation": "situation personnelle",
}
# The writer's own current situation («je suis en service civique», «je suis en stage») is a fact of an
# applicant, even told before a question about the programme. A job counts by its contract («je suis en
# CDI»): "I work at a careers service" says who writes for others, not a situation of one's own.
_OWN_SITUATIONS = ("internship", "service_civique")
MAX_CHARS = 2500  # an application says who and why at the start; a long story need not be read whole
_DOCUMENT = re.compile(r"\.(?:pdf|docx?|odt|rtf)$", re.IGNORECASE)
_SHORT_BODY = 400


@dataclass(frozen=True)
class Signal:
    name: str  # a key of SIGNALS
    evidence: str  # the sentence (or the file name) that shows it

    def describe(self) -> str:
        return f"{SIGNALS[self.name]} (« {self.evidence[:80]} »)"


@dataclass(frozen=True)
class Sentence:
    """One sentence as sets of words and lemmas, lower case, plus the capitalised proper nouns."""

    text: str
    words: frozenset[str]
    proper_nouns: tuple[str, ...]
    is_question: bool
    tokens: tuple[tuple[str, str], ...] = ()  # (lower-case word, part of speech), in order
    plural: frozenset[str] = frozenset()  # words spaCy marks Number=Plur («diplômés», «candidatures»)
    heads: tuple[tuple[int, str], ...] = ()  # per token: (index of its dependency head, relation)

    def has(self, meaning: Meaning) -> bool:
        if self.words & meaning.lemmas:
            return True
        if meaning.stems and any(w.startswith(meaning.stems) for w in self.words):
            return True
        lowered = self.text.lower()
        return any(p in lowered for p in meaning.phrases)


# Endings of the first conjugation group, longest first: «vise», «visais», «visons» → «viser». Verbs of the
# meanings are listed by infinitive; this reads their inflections without a lemmatiser (see nlp.py).
_ER_ENDINGS = (
    "eraient",
    "erais",
    "erait",
    "erons",
    "eront",
    "erai",
    "aient",
    "ais",
    "ait",
    "ant",
    "ons",
    "ent",
    "ées",
    "és",
    "ée",
    "ez",
    "es",
    "é",
    "e",
)


def first_group_infinitive(word: str) -> str | None:
    """«vise» → «viser», «cherchons» → «chercher»; None when no ending of the first group fits."""
    for ending in _ER_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)] + "er"
    return None


def read_sentences(text: str) -> list[Sentence]:
    """The sentences of `text` (bounded), tagged once by spaCy in one batch (the last texts are kept: the
    classifier's rules read the same message more than once)."""
    return list(_read_sentences(text[:MAX_CHARS]))


@lru_cache(maxsize=4)
def _clause_end(rules_dir: Path) -> re.Pattern[str]:
    """A sentence ends at its mark even when what follows has no capital («… payant ? merci», typed on a
    phone: «… dans le social. vs pouvez m'aider?»); a title's or an abbreviation's full stop («M.», «etc.»)
    ends none."""
    abbreviation = not_an_abbreviation(rules_dir, before_lowercase=True)
    return re.compile(rf"(?<=[.!?]){abbreviation}\s+(?=\S)")


def split_asked(text: str) -> list[str]:
    """The sentences of `text`, each ending at its mark whatever the case of the next word; a question whose
    first clauses state something of the writer («je suis en master 2, je peux m'inscrire ?», or without a
    «?»: «j'ai un BTS, je voudrais savoir si…») is split before the clause that asks."""
    out: list[str] = []
    clause_end = _clause_end(resources.rules_dir())
    # Speech run on without marks is cut where it opens a new statement or a question (unmarked.py).
    pieces = (c for s in split_sentences(text) for p in clause_end.split(s) for c in unmarked_clauses(p))
    for part in (p for p in pieces if p.strip()):
        stated = _stated_before_asking(part)
        before, told = ("", "") if stated else _told_around_indirect(part)
        stated = stated or before
        if stated:
            out += [stated, part[len(stated) + 1 :].strip()]
        elif told:
            out += [part[: len(part) - len(told)].rstrip(" :"), told]
        else:
            out.append(part)
    return out


def _stated_before_asking(part: str) -> str:
    """What a question states of the writer before its last comma outside brackets, or "": «(documents à
    fournir, date limite)» is one thing asked about, and a hypothesis («si j'ai un bac+2, …?») is asked."""
    hypothesis = _words_of("hypothesis", opening=True)
    if not part.rstrip().endswith("?") or any(hypothesis.match(c) for c in part.split(", ")):
        return ""
    if _ONLY_ASKING.match(part):
        return ""  # "Do I need to have finished my degree, or can students apply?": alternatives, both asked
    # «…, je peux m'inscrire ?», «je suis en CDI : votre programme est-il ouvert… ?»: a comma, a colon or a
    # semicolon closes what is told.
    commas = [
        m.start()
        for m in re.finditer(r"[,:;]\s", part)
        if part[: m.start()].count("(") <= part[: m.start()].count(")")
    ]
    # "Before I apply: does a … degree count…, and do I need…?": the question opens at the first clause
    # starting with a word of asking, so what comes after it is asked too, not told.
    # «je ne sais pas : mes élèves peuvent-ils postuler…, ou faut-il… ?»: a clause whose verb is inverted
    # with its subject asks too, and so does all after it.
    opening = _words_of("question", opening=True)
    asking = [c for c in commas if opening.match(part[c + 1 :]) or _inverted(part, c)]
    commas = commas[: commas.index(asking[0]) + 1] if asking else commas
    stated = part[: commas[-1]] if commas else ""
    if commas and part[commas[-1]] in ":;" and _words_of("to_the_reader").search(stated):
        # «je vous fais suivre la demande de l'école : vous pourriez venir ?»: a clause addressed to us tells
        # of the message, then what is asked; not a fact of the writer.
        return ""
    return stated if _words_of("writer_word").search(stated) else ""


# A French verb inverted with its subject pronoun, the form of a question: «peuvent-ils», «faut-il»,
# «puis-je», «a-t-elle». Not «rendez-vous», a noun.
_INVERTED = re.compile(r"(?i)\b(?!rendez-)\w+-(?:t-)?(?:je|tu|il|elle|on|nous|vous|ils|elles)\b(?!-)")


def _inverted(part: str, comma: int) -> bool:
    """The clause after the mark at `comma`, up to the next mark, holds a verb inverted with its subject."""
    clause = re.split(r"[,:;]\s", part[comma + 1 :], maxsplit=1)[0]
    return _INVERTED.search(clause) is not None


# A word that opens a question and nothing else (an inverted auxiliary, «est-ce que»; not «quand», which may
# open a clause of time): the clauses after it, up to the «?», are all asked.
_ONLY_ASKING = re.compile(r"(?i)^\s*(?:do|does|did|can|could|is|are|est-ce)\b")


def _told_around_indirect(part: str) -> tuple[str, str]:
    """What a sentence asking indirectly tells of the writer, as (before, after); ("", "") if nothing. Before
    the «je» that asks: «je suis en L3, je voudrais savoir si…» states a fact, then asks («Conseillère
    d'insertion, je souhaiterais savoir…» only says who asks). Else after a colon: «je me demande si je
    postule : j'ai un BTS de 2025 et je cherche un emploi…» asks, then states in the first person the facts
    the question rests on — the colon ends the question's scope. A «?» at the end keeps it all asked."""
    if part.rstrip().endswith("?") or not (asking := _words_of("ask").search(part)):
        return "", ""
    asker = list(_words_of("writer_word").finditer(part[: asking.start()]))
    stated = part[: asker[-1].start()].rstrip(" ,;:") if asker else ""
    if _words_of("writer_word").search(stated):
        return stated, ""
    colon = part.find(": ", asking.end())
    told = part[colon + 2 :].strip() if colon >= 0 else ""
    return "", told if told and _words_of("writer_word", opening=True).match(told) else ""


@lru_cache(maxsize=8)
def _words_of(meaning: str, opening: bool = False) -> re.Pattern[str]:
    """The words and phrases of a meaning as one pattern, read whole (one ending in an apostrophe too: «j'»);
    `opening`: only at the start of the text («si j'ai…»)."""
    words = meaning_alternation(meaning)
    start = r"^\s*" if opening else r"\b"
    return re.compile(rf"{start}(?:{words})(?:\b|(?<=['’]))", re.IGNORECASE)


@lru_cache(maxsize=16)
def _read_sentences(text: str) -> tuple[Sentence, ...]:
    parts = split_asked(text)
    if not parts:
        return ()
    out = []
    # The parses are shared with the criteria's readers, which ask about the same sentences (clauses.py).
    for part, doc in zip(parts, parse_all(parts), strict=True):
        words = {t.lower_ for t in doc} | {t.lemma_.lower() for t in doc if t.lemma_}
        words |= {v for t in doc if t.pos_ in {"VERB", "AUX"} and (v := first_group_infinitive(t.lower_))}
        proper = tuple(t.text for t in doc if t.pos_ == "PROPN" and t.text[:1].isupper() and len(t.text) > 1)
        tokens = tuple((t.lower_, t.pos_) for t in doc)
        plural = frozenset(t.lower_ for t in doc if "Plur" in t.morph.get("Number"))
        heads = tuple((t.head.i, t.dep_) for t in doc)
        # «Date d'obtention : ?»: a form's value left unknown, no question.
        said = part.rstrip().endswith("?") and not _UNKNOWN_VALUE.search(part)
        # «c'est payant ou pas», «est-ce qu'on peut…» with no «?»: a question said without its mark.
        asked = said or asks_unmarked(part) or _asks_indirectly(part, tokens, frozenset(words))
        out.append(Sentence(part, frozenset(words), proper, asked, tokens, plural, heads))
    return tuple(out)


_UNKNOWN_VALUE = re.compile(r"[:：]\s*\?+\s*$")
# What an indirect question asks: «savoir si…», «demander quel…», "know whether…".
_INTERROGATIVE = frozenset({"si", "s'", "s’", "whether", "if"})
_WITHOUT = frozenset({"sans", "without"})


def _asks_indirectly(text: str, tokens: tuple[tuple[str, str], ...], words: frozenset[str]) -> bool:
    """A question said as a statement, with no «?» (a formal letter's «je souhaiterais savoir si…», «je
    me permets de vous demander quelles…», "I would like to know whether…"): the writer is the subject of a
    verb of asking, followed by what is asked — an interrogative word, or a topic of the programme."""
    m = load_meanings()
    if m["tell_me"].phrased_in(text):
        # «merci de me préciser si…», "kindly clarify whether…": the reader asked to tell what follows.
        told = text.lower().split()
        return bool(set(told) & (_INTERROGATIVE | m["question"].lemmas)) or m["topic"].said_in(text)
    if not words & m["first_person"].lemmas:
        return False
    # The French parser cannot tag English: there, the word alone is read.
    verbs = {"VERB", "AUX"} if is_french(text) else {"VERB", "AUX", "NOUN", "X", "ADJ"}
    # «sans savoir où il veut aller», "without knowing where": a verb of asking under «sans» asks nothing.
    asking = [
        i
        for i, (w, pos) in enumerate(tokens)
        if w in m["ask"].lemmas and pos in verbs and not (i and tokens[i - 1][0] in _WITHOUT)
    ]
    if not asking:
        return False
    after = {w for w, _pos in tokens[asking[0] + 1 :]}
    topic = any(Sentence(w, frozenset({w}), (), False).has(m["topic"]) for w in after)
    return bool(after & (_INTERROGATIVE | m["question"].lemmas)) or topic


def _is_document(filename: str) -> bool:
    return bool(_DOCUMENT.search(filename))


def read_signals(
    body: str,
    subject: str,
    attachment_names: Sequence[str],
    lexicon: Lexicon,
    *,
    sender: str = "",
    rules_dir: Path | None = None,
) -> list[Signal]:
    """Every applicant signal of a first message, in the order of SIGNALS, each with its evidence.

    A fact is the writer's when told in the first person. Told of nobody («Master 2 obtenu en juin 2026.»,
    CV style) or of a third person («Camille a un master», «il cherche…»), it is the writer's unless the
    note names someone else and the writer says nothing of themselves: then that person is presented."""
    m = load_meanings(rules_dir)
    sentences = _self_answered(read_sentences("\n".join(x for x in (subject, body) if x.strip())), m)
    found: dict[str, Signal] = {}
    unattributed: list[tuple[str, str]] = []  # (signal, sentence) told without «je»
    by_relative: list[str] = []  # sentences telling of a relative, not presenting them («ma sœur…»)
    offering = False

    def seen(name: str, evidence: str) -> None:
        found.setdefault(name, Signal(name, evidence.strip()))

    for s in sentences:
        first = s.has(m["first_person"])
        # A question states no fact: what it names is asked about («votre programme accepte-t-il un bac ?»).
        # Only the writer's wish to join, asked as a question, is a signal («est-ce que je peux intégrer… ?»).
        # «faut-il être inscrit pour vous rejoindre ?»: joining is the purpose of a condition asked about.
        condition = s.is_question and s.has(m["need"])
        if first and _wants_to_join(s, m) and s.has(m["programme"]) and not condition:
            seen("join", s.text)
        if _offer_told(s, m):
            offering = True  # an organisation writing of a post it offers: its profile is nobody's fact
            continue
        if (told := _as_told(s, m)) is None:
            continue  # a question states no fact, but what it takes for granted of the writer
        presents = _presents_someone(told, m)
        facts = [] if _tells_no_fact(told, m) else _facts(told, m, lexicon, presents)
        if presents:
            seen("referral", told.text)
            if not _presented_so(told, m, rules_dir):
                by_relative.append(told.text)
        for fact in facts:
            if _the_writers(fact, told, m, presents, "referral" in found):
                seen(fact, told.text)
            else:
                unattributed.append((fact, told.text))
        if first and _own_cv(told, m):
            seen("cv", told.text)
    # Facts told of nobody in a long text where nobody says «je» (a catalogue, a digest) are nobody's.
    speaker, unattributed = _who_speaks(sentences, body, sender, lexicon, unattributed, rules_dir)
    if "referral" not in found and (row := fiche_of_another(body, sender, rules_dir)):
        seen("referral", row)  # «Nom : BELKACEM», «Prénom : Inaya» in a career centre's sheet: presented
    _attribute(found, [] if offering else unattributed, by_relative, f"{subject}\n{body}", sender, speaker)
    cv_names = lexicon.messages.get("attachment", {}).get("cv_names")
    _read_attachments(found, sentences, attachment_names, body, sender, m, cv_names)
    _drop_a_helpers_situation(found, sentences, m)
    return [found[name] for name in SIGNALS if name in found]


def _drop_a_helpers_situation(
    found: dict[str, Signal], sentences: list[Sentence], m: dict[str, Meaning]
) -> None:
    """«je suis en CDI depuis un an… j'aimerais devenir mentor»: a job held, told by someone offering help,
    is no applicant's fact; a diploma, a search or a wish to join would still make it an application."""
    if set(found) == {"situation"} and any(s.has(m["offer_help"]) for s in sentences):
        del found["situation"]


def _offer_told(s: Sentence, m: dict[str, Meaning]) -> bool:
    """The sentence tells of a post offered: by the organisation writing («nous recrutons»), or by someone
    relaying another's offer («je partage cette offre avec le groupe», offer_passed.py) who tells no search of
    her own beside it ("I'm forwarding this ad: I'm looking for a job just like this one" applies)."""
    if _offers_a_post(s, m):
        return True
    tokens = [w for w, _pos in s.tokens]
    return passes_on_an_offer(tokens, s.text.lower(), m) and not _writer_searches(s, m)


def _presented_so(s: Sentence, m: dict[str, Meaning], rules_dir: Path | None) -> bool:
    """The sentence presents someone by an act («je vous oriente…», «je vous écris pour mon amie…») or by
    their name given («elle s'appelle…»), not by a relative merely named beside the writer's own facts."""
    by_act = presents_by_act(s.text, rules_dir=rules_dir) or _close_person_written_for(s, m)
    return by_act or _helping_someone(s, m) or _names_another(s, m)


def _as_told(s: Sentence, m: dict[str, Meaning]) -> Sentence | None:
    """A statement as it is; a question as what it takes for granted (`_taken_for_granted`), or None."""
    return _taken_for_granted(s, m) if s.is_question else s


def _taken_for_granted(s: Sentence, m: dict[str, Meaning]) -> Sentence | None:
    """What a question takes for granted of the writer, read as a statement, or None when it asks only.

    A question closed by a tag asking for a confirmation («mon stage finit le 12 décembre, c'est pas un
    drame, hein ?», "I've finished, right?") states what stands before the tag, and so does a value a
    self-check asks about after an arrow («Diplôme : licence de psychologie, juin 2026 → bon ?»); a relative
    clause on the
    writer or on what is the writer's («comment je postule, moi qui ai un DUT ?», «est-ce que mon service
    civique, qui se termine en décembre, pose problème ?») presupposes its content. Invariant: a question
    without a tag nor a «moi/mon …, qui …» yields None untouched (a word test first, no new parse)."""
    tagged = _closing_tag().search(s.text) or _ASKED_AFTER_ARROW.search(s.text)
    if tagged is not None:
        stated = s.text[: tagged.start()]
        if not (set(re.findall(r"[\w'’]+", stated.lower())) & m["question"].lemmas):
            said = [x for x in read_sentences(stated) if not x.is_question]
            return said[0] if len(said) == 1 else None
    if not (s.words & m["first_person"].lemmas) or not any(dep == "acl:relcl" for _h, dep in s.heads):
        return None
    granted = _writers_relative(s, m)
    if not granted:
        return None
    said = [x for x in read_sentences(granted) if not x.is_question]
    return said[0] if len(said) == 1 else None


def _writers_relative(s: Sentence, m: dict[str, Meaning]) -> str:
    """The writer's thing and the relative clause on it, as written («moi qui ai un DUT GEA de juin 2025»,
    «mon service civique, qui se termine le 15 décembre»), or "": the antecedent is «moi», "me", or a noun
    whose determiner is the writer's («mon», «ma», «mes», "my")."""
    doc = parse(s.text)
    for token in doc:
        antecedent = token.head
        if token.dep_ != "acl:relcl" or antecedent.i >= token.i:
            continue
        mine = m["first_person"].lemmas
        owned = [c for c in antecedent.children if c.lower_ in mine and c.i < antecedent.i]
        if antecedent.lower_ not in m["first_person"].lemmas and not owned:
            continue
        start = min([antecedent.i, *(c.i for c in owned)])
        end = max(t.i for t in token.subtree) + 1
        return str(doc[start:end].text).strip(" ,")
    return ""


# «Diplôme : licence, juin 2026 → bon ?», «BTS 2025 -> ok ?»: the arrow leads from a value told to a short
# question on it (a few words, no other arrow).
_ASKED_AFTER_ARROW = re.compile(r"\s*(?:→|->|=>)\s*[^→?]{0,20}\?\s*$")


def _closing_tag() -> re.Pattern[str]:
    """The tags closing a question that asks for a confirmation (turns.toml's `question.tags`, read by
    turns.py), after a comma: «…, non ?», «…, hein ?», "…, right?"."""
    return _closing_tag_in(resources.rules_dir())


@lru_cache(maxsize=4)
def _closing_tag_in(rules_dir: Path) -> re.Pattern[str]:
    tags = question_tags(rules_dir)  # longest first
    return re.compile(rf",\s*(?:{'|'.join(re.escape(t) for t in tags)})\s*\?\s*$", re.IGNORECASE)


def _expletives(s: Sentence) -> frozenset[str]:
    """The pronouns that stand for nobody: the impersonal «il» of «il faut un diplôme», «il y a» (the parse's
    expletive subject); «qu'il faut un diplôme récent» names no one who has one."""
    pairs = zip(s.tokens, s.heads, strict=False)
    return frozenset(w for (w, _pos), (_head, dep) in pairs if dep.startswith("expl"))


_SELF_QUESTION_WORDS = 6  # «Mon diplôme ?», «Ce que je cherche ?», "My degree?": a heading asked, short


def _self_answered(sentences: list[Sentence], m: dict[str, Meaning]) -> list[Sentence]:
    """The writer's own questions answered right after them, each answer read with its question: «Mon
    diplôme ? Une licence pro.» is «Mon diplôme : une licence pro», the writer's; «Ce que je cherche ? Un
    poste dans une association.» a search. A question is the writer's own when it is short, in the first
    person and not addressed to the reader (`to_the_reader`, `reader_asked`: «Mon diplôme vous convient-il
    ?» asks us); its answer is the next sentence, no question itself. The answer's evidence quotes both."""
    out = list(sentences)
    reader = m["to_the_reader"].lemmas | m["reader_asked"].lemmas
    for i, (asked, answer) in enumerate(itertools.pairwise(sentences)):
        own = asked.is_question and asked.has(m["first_person"]) and not (asked.words & reader)
        if not own or answer.is_question or len(asked.tokens) > _SELF_QUESTION_WORDS:
            continue
        joined = read_sentences(f"{asked.text.rstrip(' ?')} : {answer.text}")
        if len(joined) == 1:
            out[i + 1] = dataclasses.replace(joined[0], text=f"{asked.text} {answer.text}", is_question=False)
    return out


def _facts(s: Sentence, m: dict[str, Meaning], lexicon: Lexicon, presents: bool) -> list[str]:
    """The applicant facts a sentence states, whoever of: a job search, an education."""
    searching = _searching(s, m)
    hired = _writer_to_be_hired(s, m)
    stated = EMAIL_RE.sub(" ", s.text)  # «m1@example.com» names no Master 1
    # «j'enseigne en BTS», "I teach on an MSc": the course taught is no diploma of anyone's (taught.py).
    diplomas = lexicon.diplomas
    diploma = any(d.pattern.search(stated) and not courses_taught(stated, d.pattern) for d in diplomas)
    # «j'ai fait un DU économie sociale en 2025», "a Cert IV": a diploma with no level of its own is one too.
    unleveled = lexicon.level_unknown
    told = unleveled is not None and bool(unleveled.search(stated)) and not courses_taught(stated, unleveled)
    diploma = diploma or told
    # «les jeunes diplômés» name a group; the writer's own studies are singular or theirs («mes études»), and
    # «mes étudiants», "my students" are people the writer teaches or advises, not studies.
    education = m["education"]
    people = m["presented_person"].holds
    own_words = [
        w
        for i, (w, _pos) in enumerate(s.tokens)
        if (w in education.lemmas or w.startswith(education.stems))
        and (w not in s.plural or (i and s.tokens[i - 1][0] in _OWNERS and not people(w)))
        and not _qualifies_a_noun(s, i)
        and not (w in m["study_place"].lemmas and _works_there(s, m, lexicon))
        and not teaches_before([x for x, _pos in s.tokens[:i]])
        and not (w in m["study_place"].lemmas and _readers_doing(s, i, m))
        # «qu'il fallait être « jeune diplômé »», "you need to be a graduate": a requirement, nobody's studies
        and not required_before([x for x, _pos in s.tokens], i)
    ]
    situated = s.has(m["first_person"]) and _own_situation(s, lexicon)
    stating = searching or hired or diploma or own_words or situated
    if not stating or (_speaks_of_a_group(s, m) and not s.has(m["first_person"])):
        return []  # «nos diplômés veulent travailler dans l'ESS» tells of a group, not of an applicant
    # Someone is the subject: a pronoun, or a person named as the subject (not any proper noun: the tagger
    # calls «Objet», a brand or a heading one).
    pronoun = s.has(m["first_person"]) or bool((s.words & m["third_person"].lemmas) - _expletives(s))
    someone = pronoun or _named_subject(s)
    facts = []
    # «Nous recherchons un·e chargé·e de mission» is an employer's search, not an applicant's; «our graduate
    # Grace is looking for…», «Maud, diplômée de notre master, souhaite…» are the presented person's.
    named = someone and not pronoun
    employer = _we_act(s, m) and not s.has(m["first_person"]) and not presents and not named
    employer = employer or _institution_searches(s, m)
    ess = _search(lexicon.ess_names, s.text)
    # «je voudrais continuer dans une association»: carrying on at an ESS employer is a search there too
    # «je voudrais passer dans l'associatif», «devenir gestionnaire paie dans une association»: going over.
    # «je veux mettre mes compétences au service d'une SCIC»: giving one's work there is seeking it too.
    going = s.has(m["carry_on"]) or s.has(m["move_into"]) or s.has(m["give_work"])
    ess_sought = ess and (s.has(m["search"]) or (s.has(m["aim"]) and going))
    if hired or (searching and not employer and (_job_sought(s, m) or ess_sought)):
        facts.append("job_search")
    # A word of studies counts when someone is its subject; alone it is a topic («le forum de l'université»).
    # A diploma told of nobody is a fact when dated like a CV line («Master 2 obtenu en juin 2026»); bare,
    # it is a word of the text («Objet : m1», «120 aircraft to master»).
    # A date as CVs write it counts whatever its writing («06/2025», «juin 2025»; find_dates reads them).
    dated = someone or bool(_RECENT_YEAR.search(stated)) or bool(find_dates(stated))
    if (diploma and dated) or (own_words and someone):
        facts.append("education")
    if situated:
        facts.append("situation")
    return facts


def _tells_no_fact(s: Sentence, m: dict[str, Meaning]) -> bool:
    """The sentence restates the call, or takes the application back («je retire ma candidature : j'ai
    commencé un CDI» — the withdrawal's reason is no applicant's fact)."""
    return _restates_the_call(s, m) or _withdraws(s, m)


def _withdraws(s: Sentence, m: dict[str, Meaning]) -> bool:
    """The sentence takes the writer's application back («je retire ma candidature : avec la licence qui a
    commencé, je n'ai plus le temps», "I withdraw my application, as my internship has started"): what else
    it tells is the withdrawal's reason, no fact of an applicant (withdrawn.py). A negated withdrawal («je ne
    retire pas ma candidature») takes nothing back."""
    words = [w for w, _pos in s.tokens]
    taken_back = m["withdrawn_thing"].lemmas
    # «je dois quitter le programme», «je ne pourrai plus venir aux ateliers»: a participant leaving.
    return leaves_the_programme(words) or withdraws_applying_affirmed(
        words, lambda w: w in taken_back or m["search"].holds(w)
    )


def _searching(s: Sentence, m: dict[str, Meaning]) -> bool:
    """The sentence tells a search or an aim, for `_facts`."""
    searched = s.has(m["search"]) and not _searchers_named(s, m) and not group_searches(s.text, m)
    # «avant de décider si je postule» (weighed.py), «je trouve formidable que…» (judging): no search told.
    searched = searched and not only_weighed(s.text, m["search"].holds) and not _only_judging(s, m)
    searched = searched and not _only_in_another_sense(s, m)  # "I look after my grandmother": caring
    # «je retire ma candidature», "I withdraw my application": applying taken back (withdrawn.py).
    tokens = [w for w, _pos in s.tokens]
    searched = searched and not only_withdrawn(tokens, m["search"].holds)
    searched = searched and not only_denied(s.text, m["search"].holds)  # «moi je ne postule pas»
    finds = [i for i, w in enumerate(tokens) if _searching_word(w, m)]
    searched = searched and not only_found(tokens, m, finds)  # «j'ai trouvé un CDD»: search over
    wishing = s.has(m["aim"]) and not _wish_to_tell(s, m)
    wishing = wishing and not wishes_only_to_withdraw(tokens, m["aim"].holds)  # "I'd like to withdraw…"
    return searched or wishing


def _we_act(s: Sentence, m: dict[str, Meaning]) -> bool:
    """An organisation's «nous» acting in the sentence, not only the place of someone else's doing after a
    preposition («comme il l'a fait chez nous comme bénévole», "her civic service in our cooperative"): the
    search told beside it is the person's, not an employer's."""
    words = [w for w, _pos in s.tokens]
    return any(w in m["we"].lemmas and not (i and words[i - 1] in _PLACE_OF) for i, w in enumerate(words))


_PLACE_OF = frozenset({"chez", "avec", "parmi", "auprès", "dans", "de", "at", "with", "in", "among"})


def _wish_to_tell(s: Sentence, m: dict[str, Meaning]) -> bool:
    """Every wish the sentence says is a wish to tell the reader («je voulais vous dire que j'ai signé mon
    CDI», "I wanted to let you know that I got the job"): a verb of telling right after the wish, a pronoun
    of the reader between — what is told follows, no aim of the writer's."""
    aim, telling = m["aim"], m["telling_reader"].lemmas
    words = [w for w, _pos in s.tokens]
    wishes = [i for i, w in enumerate(words) if aim.holds(w)]
    return bool(wishes) and all(
        any(w in telling for w in words[i + 1 : i + 1 + _TO_TELL] if w not in _READER) for i in wishes
    )


_TO_TELL = 3  # «voulais vous dire», «wanted to let you know»: the wish, the reader, the verb of telling
_READER = frozenset({"vous", "te", "t'", "you", "to"})


_OWNERS = frozenset({"mes", "my", "ses", "his", "her"})
# Plural nouns of those who do something: «chercheurs», «chercheuses», "seekers".
_PLURAL_AGENTS = ("eurs", "euses", "ers")


def _searchers_named(s: Sentence, m: dict[str, Meaning]) -> bool:
    """The sentence's only words of searching name those who search, in the plural («un atelier pour les
    chercheurs d'emploi», "a job seekers' meetup"): a group is the topic, nobody's search is told."""
    searching = [w for w, _pos in s.tokens if m["search"].holds(w)]
    return bool(searching) and all(w.endswith(_PLURAL_AGENTS) for w in searching)


def _only_judging(s: Sentence, m: dict[str, Meaning]) -> bool:
    """The sentence's only words of searching are «trouver», "find" with an adjective as attribute («je trouve
    formidable qu'un tel programme existe», «je trouve ça dommage», "I find it hard"): the writer judges
    something, they look for nothing. «je voudrais trouver un emploi» has a noun after it: a search."""
    searching = [i for i, (w, _pos) in enumerate(s.tokens) if _searching_word(w, m)]
    return bool(searching) and all(_judges(s, i) for i in searching)


def _searching_word(word: str, m: dict[str, Meaning]) -> bool:
    infinitive = first_group_infinitive(word)
    return m["search"].holds(word) or (infinitive is not None and m["search"].holds(infinitive))


def _only_in_another_sense(s: Sentence, m: dict[str, Meaning]) -> bool:
    """The sentence's only words of searching are English «look» with a word after it that gives it another
    sense (senses.toml [search_other_sense]: "I look after my grandmother" cares for her): nothing sought."""
    searching = [i for i, (w, _pos) in enumerate(s.tokens) if _searching_word(w, m)]
    other = m["search_other_sense"]
    return bool(searching) and all(
        s.tokens[i][0].startswith("look") and i + 1 < len(s.tokens) and other.holds(s.tokens[i + 1][0])
        for i in searching
    )


# «trouver», "find" and their forms: the verb that judges when an adjective is its attribute.
_FIND = ("trouv", "find", "found")
_JUDGING_REACH = 2  # tokens after the verb: «trouve | ça | formidable», "find | it | great"


def _judges(s: Sentence, i: int) -> bool:
    """The verb at `i` is «trouver», "find" and an adjective follows it within a pronoun's reach."""
    if not s.tokens[i][0].startswith(_FIND):
        return False
    after = s.tokens[i + 1 : i + 1 + _JUDGING_REACH]
    return any(pos == "ADJ" for _w, pos in after) and not any(pos in {"NOUN", "DET"} for _w, pos in after)


def group_searches(sentence: str, m: dict[str, Meaning]) -> bool:
    """Every word of searching in `sentence` qualifies a plural noun of people («j'accompagne des jeunes en
    recherche d'emploi», "I support young people looking for work"): the search is the group's, whom the
    writer serves, not the writer's. A word test first; the parse is the sentence's, shared (clauses.py)."""
    doc = parse(sentence)
    searching = [t for t in doc if m["search"].holds(t.lower_)]
    return bool(searching) and all(_of_people(t, m) for t in searching)


def _of_people(token: Any, m: dict[str, Meaning]) -> bool:
    """The word hangs on a plural noun of people («des jeunes en recherche», "students looking for"), or is
    a verb whose subject is one («plusieurs jeunes diplômés suivis chez nous cherchent dans l'ESS»)."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if token.pos_ in {"VERB", "AUX"} and any(_plural_people(c, m) for c in subjects):
        return True
    head = token.head
    while head.i != head.head.i and head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        head = head.head  # "young people looking": through the participle to the noun it qualifies
    plural = "Plur" in head.morph.get("Number") or head.lower_.endswith(("s", "x"))
    return head.i != token.i and m["presented_person"].holds(head.lower_) and plural


def _plural_people(token: Any, m: dict[str, Meaning]) -> bool:
    """The word is a plural noun of people («des jeunes», «diplômés», the tagger's participle as well), not a
    pronoun, or a count of them («une dizaine de jeunes», «un groupe d'étudiants»): a group searches, nobody
    writing and no «nous»."""
    plural = "Plur" in token.morph.get("Number") or token.lower_.endswith(("s", "x"))
    if plural and token.pos_ != "PRON" and m["presented_person"].holds(token.lower_):
        return True
    # «dizaine | de | jeunes», «beaucoup | de | jeunes»
    counted = [c for c in token.children if c.dep_ == "nmod" and c.i == token.i + 2]
    return token.pos_ in {"NOUN", "PRON"} and any(_plural_people(c, m) for c in counted)


def _restates_the_call(s: Sentence, m: dict[str, Meaning]) -> bool:
    """The sentence restates the programme's conditions after a heading owned by the reader («je reprends
    vos critères : bac+2, diplômé depuis moins de deux ans…»): the words after it are the call's, whatever
    «je» says before (call_text.py blanks a call pasted on lines of its own)."""
    if not (s.words & m["readers_own"].lemmas) or ":" not in s.text:
        return False
    head, _colon, _rest = s.text.partition(":")
    words = re.findall(r"[\w'’]+", head.lower())
    return len(words) >= 2 and words[-2] in m["readers_own"].lemmas and m["call_heading"].phrased_in(
        f"{words[-1]} :"
    )


def _names_a_group(words: list[str], i: int) -> bool:
    """The job word at `i` qualifies a plural noun of people doing something: "job seekers", "career
    switchers" (the noun after it), «demandeurs d'emploi» (the noun before «de»)."""
    # «vers», «divers», «travers» end like "seekers" but name no one.
    after = i + 1 < len(words) and words[i + 1].endswith(_PLURAL_AGENTS) and not words[i + 1].endswith("vers")
    before = i >= 2 and words[i - 1] in {"d'", "d’", "de"} and words[i - 2].endswith(_PLURAL_AGENTS[:2])
    return after or before


# "the school is looking for": the French parser tags the English «is» anyhow.
_IS = frozenset({"is", "are", "was", "were", "'s"})


def _the_writers(fact: str, s: Sentence, m: dict[str, Meaning], presents: bool, referred: bool) -> bool:
    """A fact told in the first person, in a sentence that presents nobody and, once someone is presented,
    not of «il/elle»; a search whose subject is the writer is theirs wherever it is told («mon frère fait un
    volontariat, moi je cherche un emploi»)."""
    if fact == "job_search" and _writer_searches(s, m):
        return True
    if writer_only_hedges(s.text) or _writer_only_told(s, m):
        return False
    return s.has(m["first_person"]) and not (presents or (referred and s.words & m["third_person"].lemmas))


# The writer as the one spoken to: «elle m'a parlé», «il me dit» (the French parse's object relations).
_SPOKEN_TO = frozenset({"obj", "iobj"})


def _writer_only_told(s: Sentence, m: dict[str, Meaning]) -> bool:
    """A French sentence whose only first person is the writer spoken to by «il/elle» («elle m'a parlé de
    ses galères de recherche d'emploi»): what it tells is that person's, not the writer's fact. Not «mon
    conseiller m'a dit de…» (a possessive of the writer's) nor «je lui ai dit…» (the writer speaking)."""
    if not is_french(s.text) or len(s.heads) != len(s.tokens):
        return False
    firsts = [i for i, (w, _pos) in enumerate(s.tokens) if m["first_person"].holds(w)]
    if not firsts:
        return False
    third = m["third_person"].lemmas
    for i in firsts:
        head, relation = s.heads[i]
        if relation not in _SPOKEN_TO:
            return False
        subjects = [s.tokens[k][0] for k, (h, rel) in enumerate(s.heads) if h == head and rel in _SUBJECTS]
        if not subjects or not all(w in third for w in subjects):
            return False
    return True


def writer_only_hedges(text: str) -> bool:
    """A sentence of «il/elle» whose only first person is the writer's hedge on what she tells (meanings.toml
    [hedge]: «Elle a sa licence, je ne sais plus de quelle année, …», "He has his BTS, I'm not sure when"):
    her doubt on someone's fact, no fact of her own — the fact is that person's (n-others, stop 57)."""
    m = load_meanings()
    hedge = m["hedge"]
    words = re.findall(r"[\w'’]+", text.lower().replace("’", "'"))
    if not (set(words) & m["third_person"].lemmas) or not hedge.phrased_in(text):
        return False
    rest = text.lower().replace("’", "'")
    for phrase in hedge.phrases:
        rest = re.sub(rf"(?<!\w){re.escape(phrase)}", " ", rest)
    return not any(m["first_person"].holds(w) for w in re.findall(r"[\w']+", rest))


def _writer_searches(s: Sentence, m: dict[str, Meaning]) -> bool:
    """The writer is the subject of a word of searching in the sentence («…, moi je cherche un emploi»): her
    own search, not the employer's of an offer she relays («une régie recherche un·e chargé·e d'accueil») nor
    a person's she tells of («comme moi, elle vise…»). The parse first: the subject of the verb; where it
    names none or reads no verb (the tagger is unsure of English: the French tokenizer leaves «I'», «m» of
    "I'm looking"), the words: the writer a few words before it (`_WRITER_REACH`)."""
    writer, tokens = m["writer_subject"], [w for w, _pos in s.tokens]
    for i, (w, pos) in enumerate(s.tokens):
        if not _searching_word(w, m):
            continue
        told = _subject_is_writer(s, i, m) if pos == "VERB" else None
        if told is None:
            told = any(writer.holds(t) for t in tokens[max(0, i - _WRITER_REACH) : i])
        if told:
            return True
    return False


_WRITER_REACH = 3  # words before a word of searching: «je | cherche», «i' | m | looking», «moi | je | vise»


def _institution_searches(s: Sentence, m: dict[str, Meaning]) -> bool:
    """An organisation searching, named right before the verb («le lycée cherche un·e remplaçant·e»,
    "the school is looking for"): it seeks staff; the tagger is unsure of the verb, its meaning decides."""
    search, words = m["search"], [w for w, _pos in s.tokens]
    for i, w in enumerate(words):
        if i and search.holds(w):
            before = [x for x in words[max(0, i - 3) : i] if x not in _TO_BE | _IS]
            if before and before[-1] in m["institution"].lemmas:
                return True
    return False


def _own_situation(s: Sentence, lexicon: Lexicon) -> bool:
    situations = [lexicon.situations[n] for n in _OWN_SITUATIONS if n in lexicon.situations]
    employed = lexicon.situations.get("employed")
    held = employed is not None and employed.current is not None and employed.current.search(s.text)
    if held and holds_a_contract(s.text):
        return True  # «je suis en CDI», "I work on a permanent contract"
    return any(sit.current is not None and sit.current.search(s.text) for sit in situations)


_TO_BE = frozenset({"être", "etre", "été", "be", "being", "get", "getting", "got"})


def _writer_to_be_hired(s: Sentence, m: dict[str, Meaning]) -> bool:
    """The writer as the one hired («j'aimerais être embauchée», "I hope to get hired"): the passive of a
    verb of hiring with «je» is a job search; the active («nous embauchons») is an employer's offer."""
    if not s.has(m["first_person"]) or s.words & m["organisation"].lemmas:
        return False
    words = [w for w, _pos in s.tokens]
    if withdraws_applying(words, m["search"].holds):
        return False  # «je retire ma candidature : j'ai été embauchée»: its reason (withdrawn.py)
    return any(w.startswith(_RECRUITING) and i and words[i - 1] in _TO_BE for i, w in enumerate(words))


def _works_there(s: Sentence, m: dict[str, Meaning], lexicon: Lexicon) -> bool:
    """The writer works at the place of studies the sentence names: «je travaille à la fac», or an adviser's
    title said there ("I'm a careers adviser at a university")."""
    return _writer_works(s, m) or _search(lexicon.adviser_titles, s.text) is not None


def _readers_doing(s: Sentence, i: int, m: dict[str, Meaning]) -> bool:
    """The word at `i` belongs to something the reader did: the subject of its clause is «vous», "you"
    («vous êtes venus présenter Pro'pulse à la fac»), or a noun above it is the reader's («pendant votre
    intervention à la fac», "after your talk at the university") — the programme's team was there, the
    writer's studies are not told. Up the French parse to the first verb with a subject; in English (the
    French parser reads it as noise), the nearest person word before it decides."""
    reader, mine = m["to_the_reader"].lemmas, m["reader_possessive"].lemmas
    if not is_french(s.text):
        persons = [w for w, _pos in s.tokens[:i] if w in reader | mine | m["first_person"].lemmas]
        return bool(persons) and persons[-1] in reader | mine
    current = i
    for _ in range(8):
        below = [k for k, (h, rel) in enumerate(s.heads) if h == current != k]
        if any(s.tokens[k][0] in mine for k in below):
            return True
        subjects = [k for k in below if s.heads[k][1] in _SUBJECTS]
        if subjects:
            return s.tokens[subjects[0]][0] in reader
        head = s.heads[current][0] if current < len(s.heads) else current
        if head == current:
            return False
        current = head
    return False


def _writer_works(s: Sentence, m: dict[str, Meaning]) -> bool:
    """«je travaille…», "I work…": the writer says where they work now (a school then is their employer)."""
    job, words = m["job"], [w for w, _pos in s.tokens]
    return any(
        job.holds(w) and i and words[i - 1] in m["writer_before_verb"].lemmas for i, w in enumerate(words)
    )


def _qualifies_a_noun(s: Sentence, i: int) -> bool:
    """An adjective of studies qualifying another noun names a thing, not someone's studies: «le service vie
    étudiante», «la vie universitaire» — a person qualified so is someone («une jeune diplômée»)."""
    head, relation = s.heads[i] if i < len(s.heads) else (i, "")
    noun, pos = s.tokens[head]
    person = noun in load_meanings()["presented_person"].lemmas
    return s.tokens[i][1] == "ADJ" and relation == "amod" and head != i and pos == "NOUN" and not person


def _named_subject(s: Sentence) -> bool:
    """A person named as the subject of the sentence: «Léo recherche…», or a full name opening it («Maud
    Lefèvre, diplômée de…, souhaite travailler», where the small parser loses the subject)."""
    full_name = len(s.proper_nouns) >= 2 and s.text.startswith(" ".join(s.proper_nouns[:2]))
    subject = any(
        relation.startswith("nsubj") and s.tokens[i][1] == "PROPN" for i, (_h, relation) in enumerate(s.heads)
    )
    if not (full_name or subject):
        return False
    from intake.understanding.nlp import find_entities

    return bool(find_entities(s.text, "PER"))  # the tagger's proper nouns include «Objet», "Become"…


def _job_sought(s: Sentence, m: dict[str, Meaning]) -> bool:
    """A job word the sentence seeks, not a topic: «un podcast sur l'emploi des jeunes» names employment as
    what a podcast is about (its head is another noun), «je vise un emploi» seeks it."""
    job, words = m["job"], [w for w, _pos in s.tokens]
    for i, w in enumerate(words):
        if not (w in job.lemmas or w.startswith(job.stems)):
            continue
        if i and words[i - 1] in m["writer_before_verb"].lemmas:
            continue  # «je travaille dans un service RH»: the work the writer has now, not one sought
        if _names_a_group(words, i):
            continue  # "career switchers", «les demandeurs d'emploi»: people named by what they seek
        head, relation = s.heads[i] if i < len(s.heads) else (i, "")
        topic = relation == "nmod" and s.tokens[head][1] in {"NOUN", "PROPN"}
        head_word = words[head]
        sought = any(
            head_word in x.lemmas or head_word.startswith(x.stems) for x in (job, m["search"], m["aim"])
        )
        if not topic or sought:
            return True
    return False


def _who_speaks(
    sentences: list[Sentence],
    body: str,
    sender: str,
    lexicon: Lexicon,
    unattributed: list[tuple[str, str]],
    rules_dir: Path | None,
) -> tuple[bool, list[tuple[str, str]]]:
    """(whether someone speaks, the facts told without «je»). Someone speaks who says «je», or in a short
    note; a fiche whose name fields name the sender (a form they filled in) is told by them, without «je»:
    its diploma field («Diplôme le plus élevé : Master 2») is their education, dated or not; in a fiche
    naming someone else, that person's."""
    m = load_meanings(rules_dir)
    speaker = any(s.has(m["first_person"]) for s in sentences) or len(body.strip()) < _SHORT_BODY
    if not is_own_fiche(body, sender, rules_dir) and not fiche_of_another(body, sender, rules_dir):
        return speaker, unattributed
    line = _diploma_answered(body, lexicon)
    return True, unattributed + ([] if line is None else [("education", line)])


def _diploma_answered(body: str, lexicon: Lexicon) -> str | None:
    """The first line of a form whose diploma field names a diploma («Diplôme : Licence pro …»), or None."""
    for line in body.splitlines():
        value = diploma_field_value(line)
        if value is not None and any(d.pattern.search(value) for d in lexicon.diplomas):
            return line
    return None


def _attribute(
    found: dict[str, Signal],
    unattributed: list[tuple[str, str]],
    by_relative: list[str],
    text: str,
    sender: str,
    speaker: bool,
) -> None:
    """Facts told without «je» belong to the person presented, if any, else to the writer; a relative
    merely named beside the writer's own facts («c'est ma sœur qui est en stage, pas moi», «mon frère vient de
    finir son master… pour ma part, j'ai un BTS»: whatever of theirs it states) is no referral."""
    own = any(name in found for name in ("job_search", "education"))
    if "referral" in found and own and found["referral"].evidence in by_relative:
        del found["referral"]
    alone = unattributed and "referral" not in found and not own
    named = alone and _names_someone_else(text, sender)
    if named:
        found["referral"] = Signal("referral", named.strip())
    if "referral" not in found and not (speaker or own_resume_in_body(text, sender)):
        return  # nobody says «je», and no CV typed in the body is headed by the sender's own name
    for fact, sentence in unattributed:
        found.setdefault(fact, Signal(fact, sentence.strip()))


def _names_someone_else(text: str, sender: str) -> str:
    """The sentence naming a person (NER) who is not the note's writer («Mise en relation – Camille
    Nguyen»), or "". What the tagger calls a person but is written as no name is none: a diploma («MSc
    Dev.»), an organisation of the ESS («Coopérative Oasis»), a symbol («+ CV»). Only the note before its
    closing is read: the name signed under «Cordialement» is the writer's, whatever the mailbox is called (a
    university's service, a federation signed by its staff member), never a person presented."""
    from intake.understanding.nlp import find_entities

    text = before_closing(text)

    writer = {w for w in re.split(r"[\W\d_]+", sender.lower()) if len(w) > 2}
    programme = load_meanings()["programme"]
    # Sentence by sentence: the small model misses names in a long text with headings and tables.
    for part in split_sentences(text[:MAX_CHARS])[:_NAMES_IN]:
        for name in [] if opens_on_period(part.strip()) else find_entities(part, "PER"):  # a résumé's entry
            words = {w for w in re.split(r"[\W\d_]+", name.lower()) if len(w) > 2}
            capitalised = all(w[:1].isupper() for w in name.split() if len(w) > 3)
            # The tagger takes our own programme's name for a person («Fiche Pro'pulse»): it names nobody.
            ours = Sentence(name, frozenset(name.lower().split()), (), False).has(programme)
            someone = len(name.split()) >= 2 and capitalised and not words & writer and not ours
            if someone and _person_shaped(name, load_lexicon()) and not _in_an_organisation(part, name):
                return part
    return ""


def _in_an_organisation(part: str, name: str) -> bool:
    """The run the tagger calls a person is the tail of an organisation's name the sentence writes whole
    («Stage … — France Active Bourgogne»: «Active Bourgogne» is the network's regional branch, nobody)."""
    lexicon = load_lexicon()
    at = part.find(name)
    spans = [
        found.span()
        for pattern in (lexicon.ess_organisations, lexicon.outside_organisations)
        if pattern is not None and at >= 0
        for found in pattern.finditer(part)
    ]
    return any(start < at + len(name) and at < end for start, end in spans)


def _person_shaped(name: str, lexicon: Lexicon) -> bool:
    """A run the tagger calls a person that is written as a person's name: name-shaped words, not a diploma
    nor an organisation of the ESS."""
    if not looks_like_name(name, lexicon, any_case=True) or _search(lexicon.ess_names, name):
        return False
    if _joined_by_a_common_word(name, lexicon):
        return False  # "Moved to Bordeaux": a telegraphic sentence's verb and its place, not a name
    if _search(lexicon.ess_organisations, name) or _search(lexicon.outside_organisations, name):
        return False  # «Leroy Merlin», «Médecins du Monde»: an organisation known by its name
    return not any(d.pattern.search(name) for d in lexicon.diplomas)
    return ""


def _joined_by_a_common_word(name: str, lexicon: Lexicon) -> bool:
    """A run whose words after the first hold one in lower case that is no particle of a name («de», «van»,
    «bin», «d'…»): "Moved to Bordeaux", «Arrivée à Lyon» are a verb and its complement, the subject left
    unsaid in a short note; a name's inner lower-case words are its particles."""
    links = lexicon.particles | lexicon.patronymic_links
    inner = [w for w in name.split()[1:] if w[:1].islower()]
    return any(w.casefold() not in links and not w.casefold().startswith(("d'", "d’")) for w in inner)


_NAMES_IN = 12  # sentences: a person presented is named at the start of the note


def _read_attachments(
    found: dict[str, Signal],
    sentences: list[Sentence],
    attachment_names: Sequence[str],
    body: str,
    sender: str,
    m: dict[str, Meaning],
    cv_names: re.Pattern[str] | None,
) -> None:
    cv_files = [n for n in attachment_names if _search(cv_names, n)]
    documents = [n for n in attachment_names if _is_document(n)]
    pointed = any(s.has(m["attached"]) for s in sentences)
    if cv_files:
        found.setdefault("cv", Signal("cv", cv_files[0]))
    elif documents and len(body.strip()) < _SHORT_BODY and (pointed or _named_after(documents[0], sender)):
        # «ci-joint» with a document, or a document named after its sender: a CV sent without a word.
        found.setdefault("cv", Signal("cv", documents[0]))


_RECENT_YEAR = re.compile(r"\b20[0-3]\d\b")
_RECRUITING = ("recrut", "embauch", "recruit", "hiring")
# Applying, not joining: «vous pouvez le joindre : x@…» gives a way to reach someone, not to apply.
_APPLYING = ("candidat", "postul", "apply", "appli")
_TITLE_LINK = frozenset({"de", "du", "d'", "en", "in", "of"})


def _offers_a_post(s: Sentence, m: dict[str, Meaning]) -> bool:
    """An organisation speaking of a post it offers: «nous recrutons», «notre offre», «notre coopérative
    recrute», «embauché chez nous», "we are hiring" — «nous/we» or «notre/our» before the offer."""
    if _tells_where_to_apply(s, m):
        return True
    if not s.has(m["offer"]) or _offer_denied(s, m):
        return False
    if s.has(m["first_person"]):
        return bool(s.words & m["organisation"].lemmas)
    # No «je»: «notre offre», or an organisation recruiting («L'association X recrute», "Y is hiring") —
    # not a job title («chargée de recrutement»), nor a question asking who recruits («tu connais des
    # associations qui recrutent ?»: a seeker asks). The tagger is unsure of these verbs: their stems decide.
    words = [w for w, _pos in s.tokens]
    recruits = not s.is_question and any(
        w.startswith(_RECRUITING) and (i == 0 or words[i - 1] not in _TITLE_LINK) and not _topic_of(words, i)
        for i, w in enumerate(words)
    )
    put_forward = not s.is_question and _offer_put_forward(words, m)
    return bool(s.words & (m["organisation"].lemmas | m["our_possessive"].lemmas)) or recruits or put_forward


def _offer_put_forward(words: list[str], m: dict[str, Meaning]) -> bool:
    """«Proposer une offre aux participant·es», "Post a vacancy": a verb of putting forward right before the
    offer (an article or «d'emploi» between), said by nobody in the first person — an employer's form or
    page bringing a post to us, not a seeker, who looks for offers («je cherche des offres»)."""
    offer, forward = m["offer"], m["offer_put_forward"]
    return any(
        word in forward.lemmas and any(offer.holds(w) for w in words[i + 1 : i + 4])
        for i, word in enumerate(words)
    )


def _offer_denied(s: Sentence, m: dict[str, Meaning]) -> bool:
    """Every word of offering in the sentence is denied («nous ne pouvons pas l'embaucher», "we can't hire
    her"): an employer telling they will not take someone on offers no post — the person spoken of is
    presented. «Nous ne recrutons que des diplômés» restricts, it offers."""
    offer = m["offer"]
    hits = [t for t in parse(s.text) if t.lower_ in offer.lemmas or t.lower_.startswith(offer.stems)]
    contrasted = bool(s.words & {"mais", "but"})  # «pas de stagiaire mais un chargé de mission»: offered
    return bool(hits) and not contrasted and all(is_negated(t) for t in hits)


def _topic_of(words: list[str], i: int) -> bool:
    """The recruiting word at `i` is the noun of recruiting in general, after a definite article («les codes
    du recrutement», "how to navigate the recruitment process"): a topic spoken of, no post offered. «Nous
    recrutons», "X is hiring", a heading «Recrutement : …» still offer one."""
    return words[i].endswith("ment") and i > 0 and words[i - 1] in _DEFINITE


_DEFINITE = frozenset({"the", "le", "la", "les", "l'", "l’", "du", "au", "aux"})


def _tells_where_to_apply(s: Sentence, m: dict[str, Meaning]) -> bool:
    """«Candidatures : rh@asso.example», "apply to jobs@…": an act of applying whose target is an address,
    told by nobody in the first person — the writer receives applications for a post, it does not apply."""
    if s.has(m["first_person"]) or not (address := EMAIL_RE.search(s.text)):
        return False
    before = re.findall(r"[\w'’-]+", s.text[: address.start()].lower())
    # "Applicant's email:", «Candidat : …»: the person who applies named, whose address it is — no act.
    person = m["presented_person"].lemmas
    return any(w.startswith(_APPLYING) and _POSSESSIVE_END.sub("", w) not in person for w in before)


_POSSESSIVE_END = re.compile(r"['’]s?$")


def offers_a_post(body: str, subject: str, *, rules_dir: Path | None = None) -> str | None:
    """The sentence in which the writer, for an organisation, speaks of a post it offers; else None."""
    m = load_meanings(rules_dir)
    for s in read_sentences("\n".join(x for x in (subject, body) if x.strip())):
        if _offers_a_post(s, m):
            return s.text
    return None


def _wants_to_join(s: Sentence, m: dict[str, Meaning]) -> bool:
    """Joining as something the writer does («intégrer», «faire partie», "join"), not a noun named
    («le dossier de candidature», «vos participants»), nor an act whose subject is someone else («mon fils
    hésite à candidater», «le niveau qui est demandé pour participer»)."""
    join = m["join"]
    acts = [
        i
        for i, (w, pos) in enumerate(s.tokens)
        if (w in join.lemmas or w.startswith(join.stems))
        and pos not in {"NOUN", "PROPN"}
        and not joining_supposed(s.tokens, s.heads, i)  # «si je participe…, est-ce que… ?»: supposed
    ]
    if acts:
        return any(_subject_is_writer(s, i, m) is not False for i in acts)  # None: no subject in the parse
    return any(p in s.text.lower() for p in join.phrases)


_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
_MODIFYING = frozenset({"amod", "acl", "acl:relcl"})


def _subject_is_writer(s: Sentence, i: int, m: dict[str, Meaning]) -> bool | None:
    """Whether the subject of the act at token `i` is the writer («je peux intégrer…»), someone else («mon
    fils hésite à candidater»), or None when the parse names no subject («mon souhait : rejoindre…»). The
    subject is the nearest one up the chain of verbs governing the act; a verb qualifying a noun has that noun
    as its subject."""
    if not is_french(s.text):
        # The French parser cannot read English: the writer is the subject when «I» comes just before
        # ("can I join", "I would like to join"), not "my son would like to join", "required to join".
        return any(w in m["english_i"].lemmas for w, _pos in s.tokens[max(0, i - 4) : i])
    current = i
    for _ in range(8):
        subjects = [k for k, (h, rel) in enumerate(s.heads) if h == current != k and rel in _SUBJECTS]
        head, relation = s.heads[current] if current < len(s.heads) else (current, "")
        subject = subjects[0] if subjects else (head if relation in _MODIFYING and head != current else None)
        if subject is not None:
            return _is_the_writer(s, subject, m)
        if head == current:
            return None
        current = head
    return None


def _is_the_writer(s: Sentence, k: int, m: dict[str, Meaning]) -> bool:
    """«je», "I", or a noun of the writer's own («mon objectif»), not a relative («mon fils»)."""
    word = s.tokens[k][0]
    if word in m["first_person"].lemmas:
        return True
    if word in m["relative"].lemmas or word in m["presented_person"].lemmas:
        return False
    owners = {s.tokens[j][0] for j, (h, _rel) in enumerate(s.heads) if h == k and j != k}
    return bool(owners & m["first_person"].lemmas)


def _own_cv(s: Sentence, m: dict[str, Meaning]) -> bool:
    """The writer's own CV («mon CV», "my resume", «CV ci-joint»), not a CV named as a topic («relecture de
    CV»)."""
    cv = m["cv"].lemmas
    words = [w for w, _pos in s.tokens]
    owned = any(w in cv and i and words[i - 1] in m["own_possessive"].lemmas for i, w in enumerate(words))
    return owned or (s.has(m["cv"]) and s.has(m["attached"]))


def _named_after(filename: str, sender: str) -> bool:
    """«Lea_MARTIN.pdf» from Léa Martin <lea.martin@…>: some word of the sender's name is in the file name."""
    words = {w for w in re.split(r"[\W_\d]+", sender.lower()) if len(w) >= 3}
    stem = filename.lower().rsplit(".", 1)[0]
    return any(w in stem for w in words)


def _relative_of_someone(s: Sentence, parent: Meaning) -> bool:
    """«la maman de Jules», «le père d'Inès», "the mother of Tom": a relative's noun, «de», a proper noun."""
    words = s.tokens
    return any(
        word in parent.lemmas and words[i + 1][0] in {"de", "d'", "d’", "of"} and words[i + 2][1] == "PROPN"
        for i, (word, _pos) in enumerate(words[:-2])
    )


@lru_cache(maxsize=1)
def _titled() -> re.Pattern[str]:
    """Someone named with a title is a third person: «M. Rémi Laurent», «Mme Salomé Girard», "Ms. Freya Hale";
    the title capitalised, as before a name."""
    titles = escaped_alternation(frozenset(t.capitalize() for t in load_meanings()["title"].lemmas))
    return re.compile(rf"\b(?:{titles})\s+[A-ZÀ-Ö][\w'’-]+")


def _names_someone_met(s: Sentence, person: Meaning) -> bool:
    """«J'ai reçu une jeune femme, Mélanie Dias», "I met a graduate, Tom Hale": someone introduced by an
    indefinite noun of a person and named in the same sentence — not the writer («je suis une jeune…»)."""
    # "I'm" comes out of the French tokenizer as «i'» and «m».
    pairs = {(a, b) for (a, _p), (b, _q) in zip(s.tokens, s.tokens[1:], strict=False)}
    m = load_meanings()
    if s.words & m["being_oneself"].lemmas or ("i'", "m") in pairs or ("i’", "m") in pairs:
        return False
    words = s.tokens
    introduced = any(
        word in m["introducing"].lemmas
        and not _denied_status(words, i, m)
        and any(
            w in person.lemmas
            and not _group_at(s, i, w)
            and not (_completes_a_thing(s, j) or _a_thing_s_kind(s, j))
            for j, (w, _pos) in enumerate(words[i + 1 : i + 4], start=i + 1)
        )
        for i, (word, _pos) in enumerate(words)
    )
    return introduced and any(pos == "PROPN" for _w, pos in words)


def _denied_status(words: Sequence[tuple[str, str]], i: int, m: dict[str, Meaning]) -> bool:
    """The article at `i` follows a word of absence («pas un étudiant», "not a student", «ni une
    stagiaire»): a status the writer denies of themself, as a checklist's row does, no person met."""
    return i > 0 and words[i - 1][0] in m["label_negation"].lemmas


def _completes_a_thing(s: Sentence, j: int) -> bool:
    """The person noun at `j` completes a noun of a thing («une maison des jeunes», «un foyer de jeunes
    travailleurs», «une association d'étudiants», "a centre for students"): it names a place or a body by
    whom it serves, not a person met. In English, read in the words: «for», «of» right before the person
    noun and a noun, not a quantity («one of», «some of»), before them."""
    if not is_french(s.text):
        words = [w for w, _pos in s.tokens]
        quantity = load_meanings()["singled_out"].lemmas
        return j >= 2 and words[j - 1] in _COMPLEMENT_LINKS and words[j - 2] not in quantity
    head, relation = s.heads[j] if j < len(s.heads) else (j, "")
    noun, pos = s.tokens[head]
    person = noun in load_meanings()["presented_person"].lemmas
    return relation == "nmod" and head < j and pos == "NOUN" and not person


_COMPLEMENT_LINKS = frozenset({"for", "of"})


def _a_thing_s_kind(s: Sentence, j: int) -> bool:
    """The person word at `j` only tells the kind of a thing, as an epithet: «un prêt étudiant», «un job
    étudiant», «une résidence étudiante» (right after the thing's noun), "a student loan", "a graduate
    scheme" (right before it). No person is met there."""
    if is_french(s.text):
        return j >= 1 and s.tokens[j - 1][1] == "NOUN"
    return j + 1 < len(s.tokens) and s.tokens[j + 1][1] == "NOUN"


def _names_another(s: Sentence, m: dict[str, Meaning]) -> bool:
    """«Elle s'appelle Irina Petrova», "His name is Karim Zerrouki": the sentence gives the name of a third
    person, told in no first person («je m'appelle», "my name is" introduce the writer)."""
    if not s.words & m["naming"].lemmas or not s.words & m["third_person"].lemmas:
        return False
    if s.has(m["first_person"]):
        return False
    # The tagger may call a first name a noun («Daria»): the capitals after the naming word say the name.
    naming = re.search(rf"\b(?:{escaped_alternation(m['naming'].lemmas)})\b", s.text, re.IGNORECASE)
    # "his name is Karim Zerrouki": a linking word or two may stand between the naming word and the name.
    after = re.findall(r"[\w'’-]+", s.text[naming.end() :])[: _NAME_WORDS_GIVEN + _LINKING] if naming else []
    start = next((i for i, w in enumerate(after) if w[:1].isupper()), len(after))
    given = after[start : start + _NAME_WORDS_GIVEN] if start <= _LINKING else []
    return len(given) == _NAME_WORDS_GIVEN and all(w[:1].isupper() for w in given)


_NAME_WORDS_GIVEN = 2  # a first name and a family name: a name given in full presents someone
_LINKING = 2  # "is", «est»: words between the naming word and the name


def _plain_person_named(s: Sentence, m: dict[str, Meaning]) -> bool:
    """«une personne que j'accompagne, Joseph Mukendi, …», "a man I support, Tom Hale": a person introduced
    by the plainest noun, then named in full after it (two proper nouns in a row); «parrainer une personne
    de la prochaine cohorte» names nobody."""
    words, plain, introducing = s.tokens, m["person_introduced"].lemmas, m["introducing"].lemmas
    pairs = enumerate(itertools.pairwise(words), start=1)
    at = next((i for i, ((det, _p), (w, _q)) in pairs if w in plain and det in introducing), None)
    if at is None or s.words & m["being_oneself"].lemmas:
        return False
    later = words[at + 1 :]
    return any(a[1] == "PROPN" and b[1] == "PROPN" for a, b in itertools.pairwise(later))


def _person_row(s: Sentence, person: Meaning) -> bool:
    """A row labelled with a person noun and holding a name: «Jeune : Kylian ROBERT», "Candidate: …"."""
    label, colon, value = s.text.partition(":")
    words = value.split()
    named = len(words) >= 2 and all(w[:1].isupper() for w in words[:2])
    return bool(colon) and label.strip().lower() in person.lemmas and named


def _speaks_of_a_group(s: Sentence, m: dict[str, Meaning]) -> bool:
    """«nos diplômés», "several of our students": the sentence tells of a group of people."""
    people, ours = m["presented_person"].lemmas, m["our_possessive"].lemmas
    return any(
        w in ours and any(x in people and _group_at(s, i, x) for x, _pos in s.tokens[i + 1 : i + 4])
        for i, (w, _pos) in enumerate(s.tokens)
    )


def _group_at(s: Sentence, i: int, noun: str) -> bool:
    """«nos diplômés», "some of our graduates": a plural person noun after a possessive names a group, not a
    person — unless one of them is singled out («un de nos diplômés», "one of our graduates")."""
    plural = noun in s.plural or (noun.endswith(("s", "x")) and noun[:-1] in s.words) or noun == "alumni"
    m = load_meanings()
    if not plural or s.tokens[i][0] not in m["our_possessive"].lemmas:
        return False
    before = {w for w, _pos in s.tokens[max(0, i - 3) : i]}
    return not before & m["singled_out"].lemmas


def _presents_someone(s: Sentence, m: dict[str, Meaning]) -> bool:
    """«Je vous oriente Kevin Nguyen», «mon fils cherche…», «une de nos diplômées», not «je me présente»."""
    if _relative_presented(s, m) or _close_person_written_for(s, m) or _person_written_for(s, m):
        return True
    if _asked_to_write_for_them(s, m):
        return True  # «une amie m'a demandé de vous écrire», "my cousin asked me to contact you"
    if _helping_someone(s, m) or s.has(m["presenting_them"]) or s.has(m["in_their_name"]):
        return True  # «je traduis pour ma tante», "so we write to present her", «je vous écris en son nom»
    if _relative_of_someone(s, m["parent"]):
        return True
    if _names_someone_met(s, m["presented_person"]) or _person_row(s, m["presented_person"]):
        return True
    if _names_another(s, m) or _plain_person_named(s, m):
        return True
    if _accompanies_named(s, m) or _named_then_owned(s, m):
        return True  # «j'accompagne M. Dylan Perrin», «Océane Faure, mon apprentie ces deux ans, a …»
    if _guide_of_named(s, m) or _owned_learner_named(s, m) or _vouches_for_them(s, m):
        return True  # «la tutrice de Dylan Perrin», «mon ancienne élève Inès Roy a…», «je le recommande»
    if not s.has(m["present"]) or _presents_oneself(s, m) or _presents_own_thing(s, m):
        return False
    if _addressed_to_a_public(s, m):
        return False  # «votre programme s'adressait aux jeunes diplômés»: whom it is for, nobody presented
    if _reader_presents(s, m):
        return False  # «vous êtes venus présenter Pro'pulse à la fac», "you presented the programme to us"
    if _titled().search(s.text):
        return True  # «j'accompagne M. Rémi Laurent», "I would like to introduce Ms. Freya Lindqvist"
    if is_french(s.text) and _named_in_full_after(s, m["present"]):
        return True  # «Notre coopérative présente Ana Ruiz, 23 ans»: a person named in full is presented
    if not is_french(s.text) and _capitalised_pair_after(s.text, m["present"]):
        return True  # "I'd like to introduce Maya Gupta she's…": no «you», the person named in full
    if not (s.words & {"vous", "you", "your"} or s.has(m["programme"])):
        return False
    programme = m["programme"]
    people = [p for p in s.proper_nouns if not Sentence(p, frozenset({p.lower()}), (), False).has(programme)]
    return bool(people) or _one_presented(s, m)


def _addressed_to_a_public(s: Sentence, m: dict[str, Meaning]) -> bool:
    """Every verb of presenting in the sentence is «s'adresser à» («le programme s'adresse aux jeunes
    diplômés», «votre dispositif s'adressait à qui ?»): its reflexive clitic makes it say whom a thing is
    meant for, or whom one turns to — the writer sends nobody to us by it. «Je vous adresse le profil de
    Lina» (no clitic «se») still presents."""
    tokens = s.tokens
    acts = [i for i, (w, _pos) in enumerate(tokens) if m["present"].holds(w)]
    return bool(acts) and all(
        i > 0 and tokens[i][0].startswith("adress") and tokens[i - 1][0] in _REFLEXIVE for i in acts
    )


_REFLEXIVE = frozenset({"se", "s'", "s’"})


def _presents_oneself(s: Sentence, m: dict[str, Meaning]) -> bool:
    """The writer presents herself: «je me présente», «je me suis présentée au salon», "let me introduce
    myself" — the reflexive pronoun hangs on the verb of presenting (its dependency head, or the verb right
    after it). «Je me permets de vous présenter Rémi Roy»: «me» hangs on «permettre», someone else is
    presented."""
    if "myself" in s.words or not is_french(s.text):
        return "myself" in s.words  # "allow me to introduce Nadia": in English only "myself" is the writer
    present, tokens = m["present"], s.tokens
    for i, (w, _pos) in enumerate(tokens):
        if w not in {"me", "m'", "m’"}:
            continue
        head = s.heads[i][0] if i < len(s.heads) else i + 1
        after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if present.holds(after) or (head < len(tokens) and present.holds(tokens[head][0])):
            return True
        # «je me permets de vous présenter X»: the act is the infinitive the verb of «me» governs; any other
        # act («… une réunion où votre programme a été présenté») leaves the writer speaking of herself.
        acts = [j for j, (w, _p) in enumerate(tokens) if present.holds(w) and j < len(s.heads)]
        if not any(s.heads[j] == (head, "xcomp") for j in acts):
            return True
    return False


def _name_at(s: Sentence, j: int) -> bool:
    """A person named in full at `j`: two proper nouns, the second tied to the first as a name's part
    (flat:name) — «Dylan Perrin», not «Pôle Emploi Rennes» nor a town after a name."""
    if j + 1 >= len(s.tokens) or s.tokens[j][1] != "PROPN":
        return False
    if not s.heads:
        return _named_in_full(s.tokens[j : j + _NAME_PAIR])
    return s.heads[j + 1] == (j, "flat:name")  # «Romain Dubreuil»: a family name the tagger calls a noun


def _guide_of_named(s: Sentence, m: dict[str, Meaning]) -> bool:
    """The writer tells the role she holds or held toward a person named in full after «de», "of": «j'ai été
    la tutrice d'apprentissage de Dylan Perrin», «je suis le professeur principal d'Inès Roy», "I was the
    supervisor of Tom Hale". Not the writer's own guide («ma tutrice de stage», "my tutor")."""
    if not s.words & {"je", "j'", "j’", "i"}:
        return False
    tokens, owners = s.tokens, m["own_possessive"].lemmas
    for i, (w, _pos) in enumerate(tokens):
        if w not in m["guiding_role"].lemmas or (i and tokens[i - 1][0] in owners):
            continue
        reach = range(i + 1, min(len(tokens) - 1, i + 1 + _GUIDE_REACH))
        if any(tokens[j][0] in {"de", "d'", "d’", "of"} and _name_at(s, j + 1) for j in reach):
            return True
    return False


_GUIDE_REACH = 4  # «tutrice d'apprentissage de Dylan Perrin»: the role's complement, then «de» and the name


def _owned_learner_named(s: Sentence, m: dict[str, Meaning]) -> bool:
    """The writer's noun for a learner she taught or followed, named in full right after it, the writer
    being no subject of the sentence («Mon ancienne étudiante Lina Roy a obtenu son BTS», "Our former student
    Tom Hale graduated"): that person is presented."""
    if s.words & m["writer_subject"].lemmas:
        return False
    tokens, owners, learners = s.tokens, m["own_possessive"].lemmas, m["presented_person"].lemmas
    for i, (w, _pos) in enumerate(tokens):
        if w not in owners:
            continue
        for j in range(i + 1, min(len(tokens), i + 1 + _LEARNER_REACH)):
            if tokens[j][0] in learners and _name_at(s, j + 1):
                return True
    return False


_LEARNER_REACH = 3  # «mon ancienne étudiante», «notre toute jeune diplômée»


def _vouches_for_them(s: Sentence, m: dict[str, Meaning]) -> bool:
    """The writer vouches for a third person by a pronoun object of recommending, that person the subject of
    another clause of the sentence («Il cherche un poste…, et je le recommande», «Je me permets de la
    recommander : elle a…», "She is looking for…; I recommend her"): that person is presented."""
    if not s.words & {"il", "elle", "he", "she"} or not s.words & {"je", "j'", "j’", "i"}:
        return False
    tokens, objects = s.tokens, m["person_object"].lemmas
    for i, (w, pos) in enumerate(tokens):
        if pos != "VERB" or not m["vouching"].holds(w):
            continue  # «la recommandation de mon professeur»: a noun, nobody vouched for
        before = tokens[i - 1][0] if i else ""
        after = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        english = not is_french(s.text) and after in {"him", "her"} and _ends_clause(s, i + 2)
        if before in objects or english:
            return True
    return False


def _ends_clause(s: Sentence, i: int) -> bool:
    """Nothing, a punctuation mark, an adverb or a conjunction at `i`: "I recommend her." or "…her warmly",
    not "I recommend her programme"."""
    return i >= len(s.tokens) or s.tokens[i][1] in {"PUNCT", "ADV", "CCONJ", "SCONJ", "ADP"}


def _named_in_full_after(s: Sentence, act: Meaning) -> bool:
    """A verb of presenting with a person named in full right after it (two proper nouns): «la coopérative
    présente Ana Ruiz», "we introduce Tom Hale" — not «je présente mon projet», «présente dans la région»."""
    tokens = s.tokens
    return any(
        act.holds(w) and pos == "VERB" and _named_in_full(tokens[i + 1 : i + 1 + _NAME_PAIR])
        for i, (w, pos) in enumerate(tokens)
    )


def _reader_presents(s: Sentence, m: dict[str, Meaning]) -> bool:
    """Every act of presenting in the sentence is the reader's («vous êtes venus présenter votre programme
    dans notre lycée», "you introduced the programme at our fair"): the programme's team presented itself,
    the writer presents nobody."""
    present = m["present"]
    acts = [i for i, (w, _pos) in enumerate(s.tokens) if present.holds(w)]
    return bool(acts) and all(_readers_doing(s, i, m) for i in acts)


def _one_presented(s: Sentence, m: dict[str, Meaning]) -> bool:
    """A person the sentence presents by a noun («je vous oriente une jeune de notre quartier»), not only
    a group in the plural sent as a habit («nous orientons régulièrement des jeunes vers votre programme»,
    "we refer young people to you"): a partner telling of its public presents nobody."""
    nouns = [w for w, _pos in s.tokens if m["presented_person"].holds(w)]
    return any(w not in s.plural and not (w.endswith(("s", "x")) and w[:-1] in s.words) for w in nouns)


def _relative_presented(s: Sentence, m: dict[str, Meaning]) -> bool:
    """«mon fils cherche…», «je vous écris pour ma fille», «au nom de mon neveu», "my son is…": a relative
    the sentence tells of, or is written for; not one the writer only names in their own life («arrivé pour
    rejoindre mon frère», «une année à m'occuper de ma fille»), the writer being the subject."""
    owned = _owned_relatives(s, m)
    if not owned:
        return False
    if not s.words & m["writer_subject"].lemmas:
        return True  # «Mon fils termine ses études»: the relative is who the sentence is about
    words = [w for w, _pos in s.tokens]
    on_behalf = tuple(f" {p}" for p in m["on_behalf"].phrases)
    for owner, i in owned:
        if _born_or_died(s, i, m):
            continue
        acts = i < len(s.heads) and s.heads[i][1].startswith("nsubj") and not _not_its_act(s, i, m)
        # A verb right after that only qualifies the relative («mon frère aîné», tagged a verb) is no act.
        verb_after = i + 1 < len(s.tokens) and s.tokens[i + 1][1] in {"VERB", "AUX"}
        verb_after = verb_after and not _qualifies(s, i + 1, i)
        if acts or verb_after or (" " + " ".join(words[:owner])).endswith(on_behalf):
            return True
    return False


def _born_or_died(s: Sentence, i: int, m: dict[str, Meaning]) -> bool:
    """«Ma fille est née en février 2024, en plein milieu de ma dernière année : j'ai…», "my son was born
    during my master's": the relative at `i` is the subject of a life event (its head, or the verb right
    after it, its auxiliaries passed), something that befell them, no act of theirs: the writer tells of
    their own life, presenting nobody."""
    life = m["life_event"]
    head = s.heads[i][0] if i < len(s.heads) and s.heads[i][1].startswith("nsubj") else None
    if head is not None and head < len(s.tokens) and life.holds(s.tokens[head][0]):
        return True
    k = i + 1
    while k < len(s.tokens) and s.tokens[k][1] == "AUX":
        k += 1
    return k > i + 1 and k < len(s.tokens) and life.holds(s.tokens[k][0])


def _close_person_written_for(s: Sentence, m: dict[str, Meaning]) -> bool:
    """«je vous écris pour mon amie Tiphaine», «au nom de ma collègue», "on behalf of my friend": a friend, a
    colleague, a cousin (persons.toml [close_person]) the writer writes for — said right before the writer's
    possessive. Told of otherwise («mon ami m'a parlé de vous»), they only brought the writer here."""
    words = [w for w, _pos in s.tokens]
    on_behalf = tuple(f" {p}" for p in m["on_behalf"].phrases)
    owners, close = m["own_possessive"].lemmas, m["close_person"].lemmas
    return any(
        w in owners
        and i + 1 < len(words)
        and words[i + 1] in close
        and (" " + " ".join(words[:i])).endswith(on_behalf)
        and not _moved_for(s, i + 1, m)
        for i, w in enumerate(words)
    )


_ASKED_REACH = 3  # words between the verb of asking and the writing asked: «de vous», "to"


def _asked_to_write_for_them(s: Sentence, m: dict[str, Meaning]) -> bool:
    """Someone else asked the writer to write to us (meanings.toml [asked_to_write]): «une amie m'a demandé
    de vous écrire», "a friend asked me to write to you" — the writer as the object of the asking («m'»,
    "me"), a writing or a contact asked after it. The writer asking («je vous demande de m'écrire») or
    asked by us («vous m'avez demandé de vous écrire») presents nobody."""
    words = [w for w, _pos in s.tokens]
    mine = m["first_person"].lemmas
    for i, word in enumerate(words):
        if word not in m["asked_to_write"].lemmas:
            continue
        before = words[max(0, i - 3) : i]
        after = words[i + 1 : i + 1 + _ASKED_REACH + 1]
        object_before = any(w in {"m'", "me"} for w in before) and "vous" not in before and "je" not in before
        object_after = i + 1 < len(words) and words[i + 1] == "me" and "you" not in words[max(0, i - 3) : i]
        if not (object_before or object_after) or (object_after and "i" in before):
            continue
        if any(m["contacting"].holds(w) for w in after) and not any(w in mine - {"m'", "me"} for w in before):
            return True
    return False


def _helping_someone(s: Sentence, m: dict[str, Meaning]) -> bool:
    """A helper carrying a person's words (meanings.toml [translating_for]): «je traduis pour ma tante», «il
    m'a demandé de traduire son message», «j'accompagne Amadou Bah», "I'm translating for my uncle", or
    writing for their own parent («j'écris pour ma mère»). The person follows the act: a parent or a close
    person after the writer's possessive, a name in full (two capitalised words), or the person's own words
    («son message») — «je traduis des documents», «j'accompagne des familles» present nobody."""
    helping, writing = m["translating_for"], m["writing_for"]
    words = [w for w, _pos in s.tokens]
    mine, theirs = m["own_possessive"].lemmas, m["third_person"].lemmas
    for i, word in enumerate(words):
        following = words[i + 1 : i + 1 + _HELPED_REACH]
        parent_after = _owned_pair(following, m["parent"].lemmas, mine)
        if not (helping.holds(word) or (writing.holds(word) and parent_after)):
            continue
        after = s.tokens[i + 1 : i + 1 + _HELPED_REACH]
        if word in helping.lemmas:
            # «j'accompagne Amadou Bah» presents him; «j'accompagne ma grand-mère à ses soins» is care given.
            if _named_in_full(after[:_NAME_PAIR]):
                return True
            continue
        # «traduire son message», "translate her email": a third person's own words
        if _person_after(after, m) or (
            not writing.holds(word) and _owned_pair(following, m["words_carried"].lemmas, theirs)
        ):
            return True
    return False


_NAME_PAIR = 2


def _capitalised_pair_after(text: str, act: Meaning) -> bool:
    """In English (the French parser tags it as noise): a verb of presenting right before two capitalised
    words, a person named in full ("I'd like to introduce Maya Gupta", "introducing Tom Hale to you"), not
    a thing ("introduce the Programme")."""
    pair = re.finditer(r"\b([a-z]+)\s+(?:to\s+you\s+)?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+", text)
    return any(act.holds(m.group(1)) and m.group(1) in _INTRODUCING for m in pair)


# Only the verb of introducing: "I am pleased to recommend Daniel Osei" is a reference letter, which the
# person may forward themselves (genres, occasions), read as before; "at present" is an adjective.
_INTRODUCING = frozenset({"introduce", "introducing"})


def _named_in_full(tokens: Sequence[tuple[str, str]]) -> bool:
    """A person named in full: two proper nouns in a row («Ana Ruiz», "Tom Hale")."""
    return len(tokens) == _NAME_PAIR and all(pos == "PROPN" for _w, pos in tokens)


_HELPED_REACH = 4  # «je traduis ici pour ma tante»: the act, a word or two, then the person


def _owned_pair(words: Sequence[str], nouns: frozenset[str], owners: frozenset[str]) -> bool:
    """A possessive of `owners`, then one of `nouns`, among `words`: the writer's («pour ma mère», «mon
    ami») or a third person's («son message»)."""
    return any(a in owners and b in nouns for a, b in itertools.pairwise(words))


def _person_after(after: Sequence[tuple[str, str]], m: dict[str, Meaning]) -> bool:
    """A parent or close person after the writer's possessive, or a person named in full."""
    people = m["parent"].lemmas | m["close_person"].lemmas
    if _owned_pair([w for w, _pos in after], people, m["own_possessive"].lemmas):
        return True
    return any(_named_in_full(after[k : k + _NAME_PAIR]) for k in range(len(after)))


def _moved_for(s: Sentence, person: int, m: dict[str, Meaning]) -> bool:
    """The close person is what a move of the writer's life was for («j'ai déménagé à Nantes pour ma
    compagne», "I moved to Lyon for my partner"): a verb of moving is the last verb before them in their
    clause, no verb of writing after it — the writer followed them, writes for nobody."""
    for word, pos in reversed(s.tokens[max(0, person - _MOVE_REACH) : person]):
        if pos == "PUNCT" or m["writing_for"].holds(word):
            return False
        if m["moved_for"].holds(word):
            return True
    return False


_MOVE_REACH = 7  # «j'ai déménagé à Saint-Nazaire l'an dernier pour mon copain»: the move, then place and time


def _person_written_for(s: Sentence, m: dict[str, Meaning]) -> bool:
    """«il m'arrive rarement d'écrire pour un ancien étudiant», «je vous écris au sujet d'une jeune que
    j'accompagne», "I am writing on behalf of a former student": a verb of writing, then a phrase of writing
    for someone (meanings.toml [on_behalf]) and one person introduced by a noun of a person presented (an
    article or «nos» before it, a qualifier or two between). «J'écris pour des jeunes» writes for a
    public; «le programme est fait pour un jeune diplômé» is written by nobody."""
    words = [w for w, _pos in s.tokens]
    writing = next((i for i, w in enumerate(words) if m["writing_for"].holds(w)), None)
    if writing is None:
        return False
    after = " " + " ".join(words[writing + 1 :])
    introduced = escaped_alternation(m["introducing"].lemmas)
    people = escaped_alternation(m["presented_person"].lemmas)
    behalf = escaped_alternation(frozenset(m["on_behalf"].phrases))
    one = re.search(rf" (?:{behalf}) (?:{introduced})(?: [\w'’-]+){{0,2}}? ({people})\b", after)
    return one is not None and one[1] not in s.plural


def _qualifies(s: Sentence, k: int, noun: int) -> bool:
    return k < len(s.heads) and s.heads[k][0] == noun and s.heads[k][1] in _MODIFYING


def _not_its_act(s: Sentence, i: int, m: dict[str, Meaning]) -> bool:
    """The relative at `i` is parsed as a subject, but of no act of theirs: of a pronoun (a parse's slip on
    an aside, «en même temps que ma sœur (elle en droit)»), or of a verb whose subject the writer is too
    («la même semaine que mon frère, je souhaite…»: the writer acts, the relative is compared)."""
    head = s.heads[i][0]
    if head >= len(s.tokens) or s.tokens[head][1] == "PRON":
        return True
    writer = m["writer_subject"].lemmas
    return any(
        h == head and rel.startswith("nsubj") and k != i and s.tokens[k][0] in writer
        for k, (h, rel) in enumerate(s.heads)
    )


# What may stand between a possessive and its noun: «ma petite sœur», "my younger brother", "my 19-year-old
# son".
_QUALIFIERS = 3
_NOT_QUALIFYING = frozenset({"PUNCT", "DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ"})


def _owned_relatives(s: Sentence, m: dict[str, Meaning]) -> list[tuple[int, int]]:
    """(possessive, noun) for each relative of the writer's the sentence names: a relative's noun after a
    possessive of the writer's own person, a few qualifiers between («ma grande sœur», "our eldest son")."""
    relatives, owners = m["relative"].lemmas | m["relative_owned"].lemmas, m["own_possessive"].lemmas
    owned = []
    for i, (word, _pos) in enumerate(s.tokens):
        if word not in relatives:
            continue
        for j in range(i - 1, max(-1, i - 2 - _QUALIFIERS), -1):
            if s.tokens[j][0] in owners:
                owned.append((j, i))
            if s.tokens[j][0] in owners or s.tokens[j][1] in _NOT_QUALIFYING:
                break
    return owned


def _presents_own_thing(s: Sentence, m: dict[str, Meaning]) -> bool:
    """«orienter ma carrière», «vous présenter mon projet», «qu'un programme présente son action», "introduce
    our work": what is presented is someone's thing, not a person."""
    present, people = m["present"], m["relative"].lemmas | m["presented_person"].lemmas
    words = [w for w, _pos in s.tokens]
    verbs = [i for i, w in enumerate(words) if w in present.lemmas or w.startswith(present.stems)]
    # The act's noun names an event or a thing («Présentation de Pro'pulse au forum», «mon adresse»).
    acts = [i for i in verbs if not (words[i].endswith(_ACT_NOUN_ENDINGS) and s.tokens[i][1] != "VERB")]
    if s.has(Meaning(frozenset(), (), present.phrases)):
        return False  # "passing on to you": the act is a phrase
    return not acts or all(
        not _named_in_apposition(s, i)
        and (
            _owned_thing_after(words, i, people)
            or _proposal_after(words, i, m)
            or _owned_object(s, i, people)
            or _passed_on_by_a_body(s, i, people)
        )
        for i in acts
    )


_ACT_NOUN_ENDINGS = ("tion", "tions", "sse", "sses", "ment", "ments")


def _accompanies_named(s: Sentence, m: dict[str, Meaning]) -> bool:
    """The writer says they follow someone named, as an adviser or a tutor does: «j'accompagne M. Dylan
    Perrin», «le jeune que j'accompagne, Ibrahim Said, 20 ans, …», "I mentor Ms. Ada Lowe" — a person named
    right after the act (titled or in full) or between commas after it."""
    titles = m["title"].lemmas
    writers = {"je", "j'", "j’", "nous", "i", "we"}
    if s.has(m["being_oneself"]):
        return False  # «Je suis éducatrice…, au sujet d'un jeune que j'accompagne, …»: the writer's own line
    for i, (w, _pos) in enumerate(s.tokens):
        if w not in m["accompanying"].lemmas or i == 0 or s.tokens[i - 1][0] not in writers:
            continue
        after = s.tokens[i + 1 : i + 1 + _NAME_PAIR + 1]
        titled = bool(after) and after[0][0] in titles and _named_in_full(after[1:])
        if titled or _named_in_full(after[:_NAME_PAIR]) or _named_in_apposition(s, i):
            return True
    return False


def _named_then_owned(s: Sentence, m: dict[str, Meaning]) -> bool:
    """A sentence opening on a person named in full and apposed to the writer's noun for them, in which the
    writer is nobody's subject nor object («Océane Faure, mon apprentie ces deux dernières années, a terminé
    son BTS»): the writer tells of that person. «Léa Morel, ma conseillère, m'a parlé de vous» tells of the
    writer; «Terre Vivante, notre association, …» of a body."""
    tokens = s.tokens
    if len(tokens) < _OPENING or not _named_in_full(tokens[:_NAME_PAIR]) or tokens[_NAME_PAIR][0] != ",":
        return False
    owner, noun = tokens[_NAME_PAIR + 1][0], tokens[_NAME_PAIR + 2][0]
    things = m["presented_thing"].lemmas | m["institution"].lemmas
    own = owner in m["own_possessive"].lemmas and noun not in things
    return own and not s.words & m["writer_subject"].lemmas


_OPENING = 5  # «Océane Faure , mon apprentie»


def _named_in_apposition(s: Sentence, verb: int) -> bool:
    """The act's owned object is a person named in full beside it, between commas («je vous recommande notre
    ancien commis, Baptiste Hoareau, qui…», «je vous présente ma filleule, Ornella Baptiste»): whatever the
    noun, the apposition of a first and a family name says it names a person, no thing of the writer's."""
    m = load_meanings()
    things = m["presented_thing"].lemmas | m["institution"].lemmas | m["proposal_sent"].lemmas
    reach = range(verb + 1, min(len(s.tokens), verb + 1 + _APPOSITION_REACH))
    return any(
        s.tokens[j][0] == ","
        and s.tokens[j - 1][0] not in things  # «mon projet, Jardin Commun»: a thing's name
        and _named_in_full(s.tokens[j + 1 : j + 1 + _NAME_PAIR])
        for j in reach
    )


_APPOSITION_REACH = 5  # «notre ancien commis ,» then the name: a possessive, an adjective or two, the noun


def _proposal_after(words: list[str], verb: int, m: dict[str, Meaning]) -> bool:
    """«vous adresse une proposition d'échange», "send you our offer": the act's object, an article or a
    possessive and a word or two after the verb, is a proposal sent ([proposal_sent]), no person."""
    return any(w in m["proposal_sent"].lemmas for w in words[verb + 1 : verb + 1 + _PROPOSAL_REACH])


_PROPOSAL_REACH = 3  # «adresse une proposition», «adressons notre offre», "send you an invitation"


def _owned_thing_after(words: list[str], verb: int, people: frozenset[str]) -> bool:
    """A possessive right after the verb («présente son action»), before a noun that is not a person."""
    owner = load_meanings()["any_possessive"].lemmas
    return any(
        j + 1 < len(words) and words[j] in owner and words[j + 1] not in people for j in (verb + 1, verb + 2)
    )


def _owned_object(s: Sentence, verb: int, people: frozenset[str]) -> bool:
    """The act's object is a thing with a possessive, however far from the verb («pour vous présenter un
    peu mon parcours», «vous transmettre dès ce soir ma candidature»): the writer's own story or document,
    no person. The object by the parse; where the parse gives none (the small model hangs «mon parcours» on
    «en quelques mots»), the first possessive's noun of the verb's clause, no name nor person word before."""
    owner = load_meanings()["any_possessive"].lemmas
    # In English the French parse is noise: the words after the verb decide.
    french = is_french(s.text)
    objects = [k for k, (h, rel) in enumerate(s.heads) if h == verb != k and rel == "obj"] if french else []
    if not objects:
        for k in range(verb + 1, len(s.tokens) - 1):
            word, pos = s.tokens[k]
            if pos == "PUNCT" or pos == "PROPN" or word in people:
                return False
            if word in owner:
                objects = [k + 1]
                break
    if objects and not french:
        return s.tokens[objects[0]][0] not in people
    return bool(objects) and all(
        s.tokens[k][1] == "NOUN"
        and s.tokens[k][0] not in people
        and any(h == k and s.tokens[j][0] in owner for j, (h, _rel) in enumerate(s.heads))
        for k in objects
    )


def _passed_on_by_a_body(s: Sentence, verb: int, people: frozenset[str]) -> bool:
    """The act is a body's, in a relative clause on it: «je peux la déposer à la mission locale, qui vous la
    transmettra», «mon école, qui vous transmettra le dossier» — an office passing on what the writer gives
    it, no person the writer presents. The relative's antecedent names no person (the small model may hang
    the clause on the verb before it: «la déposer au point information jeunesse, qui…»)."""
    head, relation = s.heads[verb] if verb < len(s.heads) else (verb, "")
    if relation != "acl:relcl" or s.tokens[head][0] in people:
        return False
    subjects = [k for k, (h, rel) in enumerate(s.heads) if h == verb != k and rel in _SUBJECTS]
    return bool(subjects) and all(s.tokens[k][0] in {"qui", "which", "who", "that"} for k in subjects)


def presents_by_act(sentence: str, *, rules_dir: Path | None = None) -> bool:
    """The writer does present someone («je vous oriente…», "I'd like to introduce…", «M. Rémi Laurent»),
    rather than merely mention a relative («question pour mon petit-fils»)."""
    m = load_meanings(rules_dir)
    return bool(_titled().search(sentence)) or any(s.has(m["present"]) for s in read_sentences(sentence))


def speaks_of_a_relative(text: str, *, rules_dir: Path | None = None) -> bool:
    """«ma sœur Camille», "my nephew Tom": the writer names someone of their family."""
    m = load_meanings(rules_dir)
    words = re.findall(r"[\w'’-]+", text.lower())
    owned = any(_owned_relative(words, i, m) for i in range(len(words)))
    return bool(set(words) & m["relative"].lemmas or owned) and bool(set(words) & m["own_possessive"].lemmas)


def _owned_relative(words: list[str], i: int, m: dict[str, Meaning]) -> bool:
    """«my son», «our son»: a relative's noun that is also another word («son»), right after the writer's
    possessive (lower-case `words`)."""
    return words[i] in m["relative_owned"].lemmas and i > 0 and words[i - 1] in m["own_possessive"].lemmas


def relatives_subject(name: str, sentence: str, note: str) -> bool:
    """A lone first name that is the relative a note speaks of: named in a sentence speaking of a relative
    («mon petit-fils Ethan»), or opening a sentence as its subject in a note that speaks of one («Est-ce que
    mon fils… peut postuler ? Antoine cherche un poste…»); a greeting («Hello,») opens none, and a word of
    asking the tagger took for a name ("Could my son apply?") is none."""
    if name.lower() in load_meanings()["question"].lemmas:
        return False
    if speaks_of_a_relative(sentence):
        return True
    opening = re.match(rf"\s*{re.escape(name)}\s+[a-zà-ÿ]", sentence)
    return opening is not None and speaks_of_a_relative(note)


def relative_named(text: str, *, rules_dir: Path | None = None) -> str | None:
    """«mon petit fils Ethan», "my niece Ana": the capitalised first name right after a relative's noun. In a
    text written in capitals, whose case tells nothing, the name is the words after the noun up to a pronoun
    («MA FILLE CLARA VIDAL, ELLE…»: «CLARA VIDAL»), two at most."""
    m = load_meanings(rules_dir)
    relatives = m["relative"].lemmas
    pronouns = m["third_person"].lemmas | m["first_person"].lemmas | m["we"].lemmas
    words = re.findall(r"[\w'’-]+", text)
    lowered = [w.lower() for w in words]
    for i, word in enumerate(words[:-1]):
        after = words[i + 1]
        if word.lower() not in relatives and not _owned_relative(lowered, i, m):
            continue
        if after[:1].isupper() and after[1:].islower():
            return str(after)
        if text.isupper():
            rest = words[i + 1 :]
            name = list(itertools.takewhile(lambda w: w.isalpha() and w.lower() not in pronouns, rest))
            if name:
                return " ".join(name[:_NAME_WORDS])
    return None


_NAME_WORDS = 2  # a first name and a family name, in a text whose case does not say where a name ends


def presenting_sentences(body: str, *, rules_dir: Path | None = None) -> list[str]:
    """The sentences in which the writer presents someone else, in order."""
    if not referral_hint(rules_dir).search(body):
        return []
    m = load_meanings(rules_dir)
    return [s.text for s in read_sentences(body) if _presents_someone(s, m)]


def inquires(body: str, *, rules_dir: Path | None = None) -> str | None:
    """The sentence in which the writer says that they inquire («je me renseigne pour lui», «je demande pour
    une association», "I am asking for my son"): a verb of asking whose subject is the writer, else None."""
    m = load_meanings(rules_dir)
    for s in read_sentences(body):
        for i, (w, pos) in enumerate(s.tokens):
            if w in m["ask"].lemmas and pos in {"VERB", "AUX"} and _subject_is_writer(s, i, m) is True:
                return s.text
    return None


def may_ask(text: str) -> bool:
    """A cheap test before tagging: a «?» (written, or said in a dictated text), a word of asking that may
    make an indirect question, or a question's form said without its mark (unmarked.py)."""
    asking = _words_of("ask").search(text) or _words_of("tell_me").search(text)
    return "?" in written_marks(text) or bool(asking) or may_ask_unmarked(text)


def tag_ahead(sentences: Sequence[str]) -> None:
    """Tag now, in one batch, the sentences `is_asked` will be asked about: spaCy reads a batch about three
    times faster per sentence than one sentence at a time (clauses.parse_all). Changes no reading: the
    same parts as `read_sentences` splits, parsed into the same Docs."""
    asked = [s[:MAX_CHARS] for s in sentences if not s.rstrip().endswith("?")]
    parse_all([part for sentence in asked for part in split_asked(sentence)])


def is_asked(sentence: str) -> bool:
    """Whether a sentence asks, with a «?» or as a statement («je souhaiterais savoir si…»)."""
    if sentence.rstrip().endswith("?"):
        return True
    parts = read_sentences(sentence)
    return bool(parts) and all(s.is_question for s in parts)


def is_programme_question(body: str, subject: str, *, rules_dir: Path | None = None) -> str | None:
    """The question sentence when the message asks about the programme (criteria, dates, cost…), or asks the
    programme of its own doings or things («proposez-vous…», «vos fiches»; not "could you share our
    offer?", a favour asked, nor one for the writer's organisation), else None."""
    m = load_meanings(rules_dir)
    ours = m["our_possessive"].lemmas | m["organisation"].lemmas | m["favour"].lemmas
    for s in read_sentences("\n".join(x for x in (subject, body) if x.strip())):
        of_the_reader = s.has(m["reader_asked"]) and not s.words & ours
        # «Quels publics pouvons-nous vous orienter ?»: whom a partner may send asks whom the programme takes.
        # «Pouvez-vous m'envoyer la plaquette ?»: the leaflet the writer asks for, not one sent to «nous».
        leaflet = s.has(m["leaflet"]) and not s.words & _TO_US
        topic = s.has(m["topic"]) or _state_required(s)
        if s.is_question and (topic or of_the_reader or s.has(m["public_referred"]) or leaflet):
            return s.text
    return None


def _state_required(s: Sentence) -> bool:
    """The question asks what a person must be or have, said impersonally — «il faut vraiment avoir moins de
    30 ans ou c'est plus souple ?», «faut-il habiter en Île-de-France ?», "do you need to be under 30?": the
    programme's bar; not how to do a thing («comment faut-il procéder pour vous proposer une salle ?»)."""
    words = [w for w, _pos in s.tokens]
    after = [set(words[i + 1 : i + 1 + _NEED_REACH]) for i in range(len(words))]
    return any(w in _IMPERSONAL_NEED and after[i] & _STATES for i, w in enumerate(words))


_IMPERSONAL_NEED = frozenset({"faut", "faut-il", "faudrait", "faudrait-il", "need", "necessary"})
_STATES = frozenset({"avoir", "être", "etre", "habiter", "résider", "have", "be", "live"})
_NEED_REACH = 3  # «faut vraiment avoir», «need to be»: the need, an adverb or «to», the state


# The leaflet asked for an organisation: «envoyez-nous des plaquettes», "send us brochures".
_TO_US = frozenset({"nous", "-nous", "us"})


def referral_hint(rules_dir: Path | None = None) -> re.Pattern[str]:
    """A cheap test before tagging: does the text hold a word that may present someone else?"""
    return _referral_hint(rules_dir or resources.rules_dir())


@lru_cache(maxsize=4)
def _referral_hint(rules_dir: Path) -> re.Pattern[str]:
    m = load_meanings(rules_dir)
    words = [*m["present"].stems, *m["present"].lemmas, *m["relative"].lemmas, *m["naming"].lemmas]
    words += [*m["translating_for"].stems, *m["translating_for"].lemmas]  # «je traduis pour ma tante»
    words += m["guiding_role"].lemmas  # «je suis le tuteur d'Ophélie Roy»: a role toward someone named
    people = "|".join(re.escape(w) for w in m["presented_person"].lemmas)
    met = r"\b(?:un|une|a|an)\s+(?:[\w'’-]+\s+)?(?:" + people + r")\b"
    # "our eldest son": a relative's noun read only after the writer's possessive (see _owned_relatives);
    # «pour mon amie», "on behalf of my friend": a close person the writer writes for.
    owners = escaped_alternation(m["own_possessive"].lemmas)
    owned = escaped_alternation(m["relative_owned"].lemmas | m["parent"].lemmas)  # «j'écris pour ma mère»
    mine = rf"\b(?:{owners})\s+(?:[\w'’-]+\s+){{0,{_QUALIFIERS}}}(?:{owned})\b"
    close = escaped_alternation(m["close_person"].lemmas)
    behalf = escaped_alternation(frozenset(m["on_behalf"].phrases))
    mine += rf"|\b(?:{behalf})\s+(?:{owners})\s+(?:{close})\b"
    named = "|".join(re.escape(w) for w in [*words, *m["in_their_name"].phrases])  # «écrire en son nom»
    # «une amie m'a demandé de vous écrire», "she asked me to write": the writer asked to write for someone.
    asking = escaped_alternation(m["asked_to_write"].lemmas)
    asked = rf"\b(?:m['’]\s*(?:a|ont|avait|avaient)\s+(?:{asking})|(?:{asking})\s+me)\b"
    return re.compile(rf"\b(?:{named})|{met}|{mine}|{asked}", re.IGNORECASE)


def meaning_alternation(meaning: str) -> str:
    """A meaning's words and phrases as one regular-expression alternation, longest first."""
    m = load_meanings()[meaning]
    return escaped_alternation(m.lemmas | frozenset(m.phrases))


def _search(pattern: re.Pattern[str] | None, text: str) -> re.Match[str] | None:
    return pattern.search(text) if pattern is not None and text else None
