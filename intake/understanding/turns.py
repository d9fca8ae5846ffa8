"""Whose words a transcript's lines are: a chat, an SMS exchange or a chatbot's conversation pasted in a mail
(«[14:07] Moi : non c'est terminé», «Conseillère ML : tu es toujours en service civique ?», "Me: yes").

Only the applicant's turns are the applicant's facts: another speaker's turn (a friend's own internship, an
adviser's question, a chatbot's «Êtes-vous en stage ?») is not, and a turn whose speaker was lost in the
paste («[09:14] ~ : encore en stage…») is nobody's for sure: what it says is asked, never settled. A short
answer takes its meaning from the question it answers: «oui» or «juin 2025» under «ton DEJEPS tu l'as eu
quand ?» says «mon DEJEPS je l'ai eu — juin 2025»; an answer opening on a no («non, rien de tout ça») says
nothing of what the question named. The words are rules/lexicon/turns.toml's.

A call's captions (Teams, Zoom, Meet) are turns too: the clock may follow the label («Hanane B. 16:02 :»), a
role in brackets the name («David (mentor):»), the speaker and clock stand on a line over the words
(`speaker_lines_joined`); a label naming the writer in full or by an initial («Chloe Martin», «Chloe M.») is
the writer's; captions drop the marks, so a turn with none that speaks to the other («vous avez quel
diplôme», «t'as eu ton BTS en 2025 c'est ça») asks. When the writer is not the person (an adviser's mail:
no name to read a label by), the speaker who only speaks to the other asks, and the one questioned is the
person.

Invariants: a text holding no transcript (fewer than three turn lines, or no two speakers, or neither a
speaker named as the writer nor a clock on the lines) comes back unchanged, the same object; only whole turn
lines are rewritten or blanked, each staying a line, so the text keeps its line count and paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from intake import resources
from intake.understanding.dictation import voicemail_read
from intake.understanding.facts import BODY, WORD, Source
from intake.understanding.lexicon import load_meanings, read_table

__all__ = [
    "Turn",
    "doubted_turns",
    "lost_turns_removed",
    "own_turns",
    "question_tags",
    "read_turns",
    "spoken_read",
]

SELF, OTHER, UNKNOWN = "self", "other", "unknown"

# A turn's line: a clock («[14:07]», «14:07 -», «(09h12)») or none, a speaker's label of a few words (or a
# sign naming nobody, «~»), a colon, the words. No digit in a label: «Tél : 06…», «2021 : BTS» are no turns.
# A call's captions put the clock after the label («Hanane B. 16:02 : …») and a role in brackets after a
# name («David (mentor): …»).
_CLOCK = r"[\[(]?\d{1,2}[:h.]\d{2}(?::\d{2})?[\])]?"
_TURN = re.compile(
    rf"^\s*(?P<clock>{_CLOCK}\s*[-–—]?\s*)?"
    r"(?P<label>[~?…—-]{1,3}|[^\W\d_][^\W\d_'’ .-]*(?:[ '’.-]+[^\W\d_]+){0,3}\.?)"
    rf"(?P<role>\s*\([^\W\d_][^()\d]{{0,30}}\))?(?P<after>\s+{_CLOCK})?\s*:\s+(?P<words>\S.*)$"
)
# A meeting's captions (Teams) put the speaker and the clock on a line of their own, the words under it.
_SPEAKER_LINE = re.compile(
    r"^\s*(?P<label>[^\W\d_][^\W\d_'’ .-]*(?:[ '’.-]+[^\W\d_]+){0,3})"
    r"\s+(?P<clock>\d{1,2}:\d{2}(?::\d{2})?)\s*$"
)
_FEWEST_TURNS = 3  # two lines «X : …» are a form's or a signature's as often as a chat's
_CHEAP = re.compile(r"\S\s*:\s")
# A short answer: few words, none of them the writer's «je» — it says its fact through the question.
_SHORT_ANSWER_WORDS = 12
_WORD = re.compile(r"[\w'’-]+|\S")
# «je» before a vowel once the second person is turned («tu as» → «je ai»): elided as written («j'ai»).
_ELISION = re.compile(r"\b([jJ])e (?=[aeéèêiouyh])")
# The applicant as the subject of a question turned into their words («… je vise», «… I want»).
_SUBJECT = re.compile(r"\b(?:je|j['’]|I)(?=[\s'’])|\bj['’]")
# A French verb of the second person after «je» (and its object pronoun): its ending turned to the first.
_SECOND_PERSON_VERB = re.compile(
    r"\b([jJ]e\s+)((?:l['’]|les\s+|lui\s+|leur\s+|en\s+|y\s+|me\s+|m['’])?)(\w+?)(?:ez|es)\b"
)
_INVERSION = re.compile(r"\b(\w+)-(?:t-)?(vous|tu)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Turn:
    """One line of a transcript: its index in the text, the speaker's label as written, whose turn it is
    (`SELF`, `OTHER`, `UNKNOWN`), its words, and the other speaker's question it answers when it is the
    first of the applicant's turns right under one."""

    line: int
    label: str
    who: str
    words: str
    question: str | None = None


@dataclass(frozen=True)
class _Words:
    self_labels: frozenset[str]
    unknown_labels: frozenset[str]
    addressee: dict[str, str]  # French second person → first
    addressee_en: dict[str, str]
    tags: tuple[str, ...]
    asking_determiners: frozenset[str]
    asking_adverbs: tuple[str, ...]
    agreement: tuple[str, ...]
    to_the_other: frozenset[str]  # a word of the second person: the speaker speaks to the other


@lru_cache(maxsize=4)
def _words(rules_dir: Path) -> _Words:
    table = read_table(rules_dir, "turns.toml")
    tags = sorted(table["question"]["tags"], key=len, reverse=True)
    return _Words(
        frozenset(table["speakers"]["self"]),
        frozenset(table["speakers"]["unknown"]),
        {k.lower(): v for k, v in table["addressee"]["fr"].items()},
        {k.lower(): v for k, v in table["addressee"]["en"].items()},
        tuple(tags),
        frozenset(table["question"]["asking_determiners"]),
        tuple(table["question"]["asking_adverbs"]),
        tuple(sorted(table["agreement"]["phrases"], key=len, reverse=True)),
        load_meanings(rules_dir)["second_person"].lemmas,
    )


def question_tags(rules_dir: Path | None = None) -> tuple[str, ...]:
    """The tags closing a question that asks for a confirmation («non», «hein», "right"), longest first:
    turns.toml's `question.tags` (default: the rules in use)."""
    return _words(rules_dir or resources.rules_dir()).tags


def read_turns(text: str, writer: str = "") -> list[Turn]:
    """The turns of the transcript in `text`, in order, or [] when it holds none (see the invariants).
    `writer`: the sender's display name; a label naming their first name is theirs."""
    text = speaker_lines_joined(text)
    if text.count(":") < _FEWEST_TURNS or len(_CHEAP.findall(text)) < _FEWEST_TURNS:
        return []  # the cheap test first: most mail holds no three «X : …» lines
    words = _words(resources.rules_dir())
    found = [(i, m) for i, line in enumerate(text.split("\n")) if (m := _TURN.match(line))]
    if len(found) < _FEWEST_TURNS:
        return []
    turns = [
        Turn(i, m["label"].strip(), _whose(m["label"], words, writer), m["words"].strip()) for i, m in found
    ]
    if not writer.strip():
        turns = _questioned_is_the_person(turns)
    if not _a_conversation(turns, sum(bool(m["clock"] or m["after"]) for _, m in found)):
        return []
    return _with_questions(turns)


def speaker_lines_joined(text: str) -> str:
    """A meeting's captions laid out a speaker's line over the words («Awa Koné   00:01:13» then «J'ai eu
    mon master…»), each turn put on one line as a chat writes it («Awa Koné 00:01:13 : J'ai eu…»), its
    words' line left blank so the text keeps its line count. Captions laid out so only when three speaker's
    lines at least have words under them; else the text as it is."""
    lines = text.split("\n")
    heads = [
        i
        for i, line in enumerate(lines[:-1])
        if _SPEAKER_LINE.match(line) and lines[i + 1].strip() and not _SPEAKER_LINE.match(lines[i + 1])
    ]
    if len(heads) < _FEWEST_TURNS:
        return text
    for i in heads:
        lines[i], lines[i + 1] = f"{lines[i].strip()} : {lines[i + 1].strip()}", ""
    return "\n".join(lines)


def _whose(label: str, words: _Words, writer: str) -> str:
    """Whose a turn's label is: the writer's when it is a label of the self («Moi»), their first name or
    their whole name as the header writes it, alone or with initials (captions name a speaker by her
    account's full name: «Chloe Tremblay: …»)."""
    said = label.strip().lower()
    if said in words.unknown_labels:
        return UNKNOWN
    return SELF if said in words.self_labels or _names_the_writer(said, writer.lower()) else OTHER


def _names_the_writer(label: str, writer: str) -> bool:
    """The label names the writer: their first name, alone or with their other names or initials
    («hannah», «hannah brooks», «hannah b.»); «inès m.» names someone else."""
    named, own = label.replace(".", " ").split(), writer.split()
    if not named or not own or named[0] != own[0]:
        return False
    return all(w in own[1:] or (len(w) == 1 and any(o.startswith(w) for o in own[1:])) for w in named[1:])


def _questioned_is_the_person(turns: list[Turn]) -> list[Turn]:
    """When the writer is not the person (an adviser's mail: no name of theirs to read a label by), a call
    between two speakers is an interview: the speaker whose every turn puts words to the other («vous avez
    quel diplôme», «et après») asks, the other is the person — the one questioned. Unsure (both speakers
    say their own things), the turns as they are."""
    labels = {t.label for t in turns}
    if len(labels) != 2 or any(t.who != OTHER for t in turns):
        return turns
    asking = {label for label in labels if _only_to_the_other([t.words for t in turns if t.label == label])}
    if len(asking) != 1:
        return turns
    return [replace(t, who=OTHER if t.label in asking else SELF) for t in turns]


def _only_to_the_other(said: list[str]) -> bool:
    """A speaker's turns speak to the other («vous avez quel diplôme», «et après») and never of themself:
    no «je», «moi», "I" in any."""
    words = [w.lower() for turn in said for w in WORD.findall(turn)]
    writer = load_meanings()["writer_subject"].lemmas
    to_the_other = _words(resources.rules_dir()).to_the_other
    return any(w in to_the_other for w in words) and not any(w in writer for w in words)


def _a_conversation(turns: list[Turn], clocked: int) -> bool:
    """Two speakers at least, one of them the writer or a sign naming nobody, or clocks on the lines: a
    form's fields («Nom : …», «Ville : …») are labels said once each, by nobody."""
    labels = {t.label.lower() for t in turns}
    speakers = {t.who for t in turns}
    if len(labels) < 2 and UNKNOWN not in speakers:
        return False
    repeated = len(labels) < len(turns)
    return repeated and (SELF in speakers or UNKNOWN in speakers or clocked >= _FEWEST_TURNS - 1)


def _with_questions(turns: list[Turn]) -> list[Turn]:
    """Each applicant's turn right under another speaker's question, with that question."""
    out: list[Turn] = []
    for before, turn in zip([None, *turns], turns, strict=False):
        asked = _asked(before, turn) if before is not None and _answers(before, turn) else None
        out.append(Turn(turn.line, turn.label, turn.who, turn.words, asked))
    return out


def _answers(before: Turn, turn: Turn) -> bool:
    """`turn` answers `before`: the applicant's turn under another speaker's, or a lost speaker's under a
    lost speaker's (the speakers take turns)."""
    return (before.who, turn.who) in {(OTHER, SELF), (UNKNOWN, UNKNOWN)}


# A sentence of a turn: up to its mark.
_SENTENCE = re.compile(r"[^.!?]*[.!?]+|[^.!?]+$")


def _asked(before: Turn, turn: Turn) -> str | None:
    """What `turn` answers in `before`: its asking sentence, or, when `turn` agrees («c'est ce que je
    veux»), the last sentence it takes up («tu peux viser les associations sportives»)."""
    asking = _asking_sentence(before.words)
    if asking is not None or not _agrees(turn.words):
        return asking
    said = [s.strip() for s in _SENTENCE.findall(before.words) if s.strip()]
    return _not_of_its_speaker(said[-1].rstrip(".!")) if said else None


def _agrees(words: str) -> bool:
    low = words.lower().replace("’", "'")
    return any(low.startswith(p) for p in _words(resources.rules_dir()).agreement)


def _not_of_its_speaker(sentence: str) -> str | None:
    """The sentence, unless it speaks of its own speaker («moi je suis en stage»): their fact, not the
    applicant's."""
    said = {w.lower() for w in WORD.findall(sentence)}
    return None if said & load_meanings()["writer_subject"].lemmas else sentence


def _asking_sentence(words: str) -> str | None:
    """The last sentence of a turn that asks («Top. Rappelle-moi, ton DEJEPS tu l'as eu quand ?»), unless
    it speaks of its own speaker («moi j'ai fini mon stage hier, et toi ?»: their fact, not a question about
    the applicant's); None when the turn asks nothing."""
    asking = [s.strip() for s in _SENTENCE.findall(words) if s.strip().endswith("?")]
    to_the_other = _words(resources.rules_dir()).to_the_other
    if not asking and _unmarked(words) and any(w.lower() in to_the_other for w in WORD.findall(words)):
        asking = [words.strip()]  # captions drop the marks: «vous avez quel diplôme» asks all the same
    return _not_of_its_speaker(asking[-1]) if asking else None


def _unmarked(words: str) -> bool:
    """A turn written with no sentence mark, as a call's captions write speech."""
    return not any(mark in words for mark in ".!?")


def spoken_read(text: str, display: str, addr: str | None) -> tuple[str, str, str | None]:
    """(the text, the sender's display name, their address) as the applicant's when the text is speech
    written down: a transcript's turns (`own_turns`), a voicemail's transcription (dictation.voicemail_read:
    the caller speaks, the phone service's mailer is nobody's contact)."""
    return voicemail_read(own_turns(text, display), display, addr)


def own_turns(text: str, writer: str = "") -> str:
    """`text` with its transcript read as the applicant's words: another speaker's turns blanked, the
    applicant's turns kept with their label («Moi : …») and no clock, a short answer said with the question
    it answers (`said_with_question`); a turn of a lost speaker is kept with its sign («~ : …»): what it
    says may be the applicant's, its diploma is read, its situation only asked (`lost_turns_removed`,
    `doubted_turns`). A text with no transcript comes back as it is."""
    turns = read_turns(text, writer)
    if not turns:
        return text
    lines = text.split("\n")
    for turn in turns:
        lines[turn.line] = "" if turn.who == OTHER else f"{turn.label} : {said_with_question(turn)}"
    return "\n".join(lines)


# A line of a lost speaker's turn as `own_turns` keeps it: the sign naming nobody, a colon.
_LOST_LINE = re.compile(r"^\s*(?:~|\?|…|\.\.\.|—|-)\s*:\s.*$", re.MULTILINE)


def lost_turns_removed(sources: list[Source]) -> list[Source]:
    """The sources without the lines of a lost speaker's turns: a situation they state («~ : encore en stage
    jusqu'au 15 décembre») is asked through `doubted_turns`, never read as the applicant's for sure."""
    return [replace(s, text=_LOST_LINE.sub("", s.text)) if _LOST_LINE.search(s.text) else s for s in sources]


def doubted_turns(text: str, writer: str = "") -> list[Source]:
    """The turns of `text` whose speaker was lost («[09:14] ~ : encore en stage…»), one a line, as a text
    the applicant may have written: what they say is to be asked, never settled. [] when none."""
    lost = "\n".join(t.words for t in read_turns(text, writer) if t.who == UNKNOWN)
    return [Source(BODY, lost)] if lost else []


def said_with_question(turn: Turn) -> str:
    """A turn's words, and when it is a short answer to a question, said with the question in the
    applicant's words (`answered`): «une SCOP» under «Quel type de structure visez-vous ?» → «je vise une
    SCOP»; «oui» under «your BUT is from June 2026, right?» → «my BUT is from June 2026 — oui». An answer
    opening on a no keeps its own words only: it refuses what the question named."""
    if turn.question is None or not (_short_answer(turn.words) or _agrees(turn.words)):
        return turn.words
    return answered(as_own_words(turn.question), turn.words)


def _short_answer(words: str) -> bool:
    """An answer saying its fact through the question: a yes, or a few words with no «je» and no no."""
    said = [w.lower() for w in WORD.findall(words)]
    if not said:
        return False
    m = load_meanings()
    if said[0] in m["answer_no"].lemmas or "?" in words:
        return False  # a no refuses what was named; a question back («ah ouais ?») answers nothing
    if said[0] in m["answer_yes"].lemmas:
        return True
    return len(said) <= _SHORT_ANSWER_WORDS and not any(w in m["writer_subject"].lemmas for w in said)


def answered(question: str, answer: str) -> str:
    """A question in the applicant's words with its answer put where it asks: after the subject when it
    opens on an asking determiner («quel type de structure je vise» → «je vise une SCOP»), in place of an
    asking adverb («mon DEJEPS je l'ai eu quand» → «… je l'ai eu juin 2025»); after a dash otherwise (a
    yes or a no question: «my BUT is from June 2026 — yes»)."""
    words = _words(resources.rules_dir())
    said = _WORD.findall(question)
    if said and said[0].lower() in words.asking_determiners:
        subject = _SUBJECT.search(question)
        if subject is not None:
            return f"{question[subject.start() :]} {answer}"
    # An adverb asks at the question's edge only («quand», «où» inside «postule quand même» ask nothing).
    adverb = "|".join(map(re.escape, words.asking_adverbs))
    asking = re.compile(rf"^(?:{adverb})\b|\b(?:{adverb})$", re.IGNORECASE)
    if asking.search(question):
        return asking.sub(lambda _: answer, question, count=1)
    said_more = _after_yes(answer)
    if said_more:  # «oui plusieurs années dans la vente» under «vous avez travaillé avant»: one statement
        return f"{question} {said_more}"
    return f"{question} — {answer}"


# A yes opening an answer, its punctuation with it («oui, », «ouais »).
_YES = re.compile(r"^\s*(?:oui|ouais|yes|yeah|yep)\b[\s,.!;:—–-]*", re.IGNORECASE)


def _after_yes(answer: str) -> str:
    """What a yes-answer says past its yes («oui plusieurs années dans la vente» → «plusieurs années dans la
    vente»): the question's fact, taken up and told further; "" when the answer is a yes alone or no yes."""
    m = _YES.match(answer)
    return answer[m.end() :].strip() if m is not None else ""


def as_own_words(question: str) -> str:
    """Another speaker's question said by the person it asks: the second person turned into the first
    («t'as eu ton BTS quand déjà ?» → «j'ai eu mon BTS quand», «visez-vous» → «je vise»), the question's
    mark and its closing tags dropped."""
    words = _words(resources.rules_dir())
    english = any(w.lower() in words.addressee_en for w in _WORD.findall(question))
    table = words.addressee_en if english else words.addressee
    said = question if english else _INVERSION.sub(lambda m: f"{m[2]} {m[1]}", question)
    # «l'as», «t'as»: the elided word is a word of its own, so each side is turned apart.
    said = re.sub(r"\w+['’]?", lambda m: table.get(m[0].lower(), m[0]), said)
    # A verb of the second person not in the table, after the «je» it now has: «je visez» → «je vise».
    said = said if english else _SECOND_PERSON_VERB.sub(r"\1\2\3e", said)
    said = _ELISION.sub(r"\1'", said).replace("?", " ").strip(" ,;")
    closing = re.compile(rf"[\s,]+(?:{'|'.join(re.escape(t) for t in words.tags)})$", re.IGNORECASE)
    while (shorter := closing.sub("", said)) != said:  # «quand déjà»: each closing tag in turn
        said = shorter
    return said.strip(" ,;")
