"""Who says a clause and how sure it is, read before its facts: the writer's own statement (a fact), someone
else's opinion («mon conseiller pense que…», "my tutor says…"), a condition or the plan hanging on it («si
j'obtiens mon M2», «si je ne trouve rien, je ferai un service civique»), a doubt on the fact («normalement»,
«je ne sais plus»), or the part a question asks («ça compte comme une reconversion ?»).

The fact readers (situation.py, education.py) ask `stance_at` about the words they found. The words of each
stance are meanings of rules/lexicon/meanings.toml (`reporting`, `condition`, `hedge`, `asked_about`); the
French parse decides which clause they govern. English, which the French parser reads as noise, is read in
the words of the clause before the mention.
"""

from __future__ import annotations

import re

from intake.months import full_names
from intake.understanding.attitude import feared_judgement
from intake.understanding.clauses import (
    CONDITIONAL,
    FUTURE,
    clause_start,
    is_french,
    is_verb,
    parse,
    tense_of,
)
from intake.understanding.lexicon import Meaning, load_meanings
from intake.understanding.signals import first_group_infinitive

FACT, REPORTED, SUPPOSED, HEDGED, ASKED = "fact", "reported", "supposed", "hedged", "asked"
# What a clause says under these stances is not the writer's fact: another's view, a condition, a question.
NOT_STATED = frozenset({REPORTED, SUPPOSED, ASKED})
# The person a referral presents («elle m'a dit qu'elle finit son stage»): their words are facts about them;
# and the writer («je pense que…» is a hedge, not a report).
_NOT_REPORTERS = frozenset({"il", "elle", "ils", "elles", "he", "she", "they", "je", "j'", "i", "we", "nous"})
# Unstressed pronouns, auxiliaries and the adverbs that sit between a subject and its verb: «on m'a dit», «ma
# tutrice lui a dit», "I now want" (the writer's own wish, not another's).
_CLITICS = frozenset(
    {
        "me",
        "m'",
        "te",
        "t'",
        "lui",
        "leur",
        "nous",
        "vous",
        "l'",
        "le",
        "la",
        "ne",
        "n'",
        "a",
        "ont",
        "avait",
        "avaient",
        "y",
        "en",
        "has",
        "had",
        "was",
        "were",
        "have",
        "also",
        "aussi",
        "now",
        "still",
        "really",
        "just",
        "already",
        "maintenant",
        "désormais",
        "vraiment",
        "toujours",
        "déjà",
        # How often, between a verb and what it governs: «on me demande souvent si…», "people often ask".
        "souvent",
        "parfois",
        "often",
        "sometimes",
        "keep",
        # How much, how truly, how exclusively (h-fra, stop 39): "I only want", "what I actually want",
        # «je veux uniquement…» — the writer's wish, stressed.
        "only",
        "actually",
        "truly",
        "genuinely",
        "honestly",
        "desperately",
        "simply",
        "seulement",
        "uniquement",
        "juste",
        "sincèrement",
    }
)
# The writer as the subject of a clause: «je suis en fin de stage» said by another is the writer's case.
_WRITER = frozenset({"je", "j'", "jsuis", "chui", "moi", "i", "i'm", "i've"})
# The writer named in a clause, as subject or owner: «si mon stage dure…» states the writer's case.
_OWN = _WRITER | {"mon", "ma", "mes", "my", "me", "m'", "nous", "notre", "we", "our"}
# Not facts.WORD, for now: this split cuts hyphenated words («peut-être» is «peut» + «être») and English
# contractions ("I'm" is «i'» + «m»). With WORD, the hedge lemma «peut-être» hedges a whole sentence
# («stage : aucun ; service civique : peut-être en janvier»: discourse/0126 became to_verify), and "I'm" would
# start to match _WRITER (noise/0128 became eligible, as it should). Both need the hedge's scope read first.
_STANCE_WORD = re.compile(r"[\w]+['’]?|-ce\b", re.UNICODE)


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _STANCE_WORD.findall(text)]


def stance_at(unit: str, start: int) -> str:
    """How the writer holds what the sentence `unit` says at character `start`."""
    meanings = load_meanings()
    question = _in_a_question(unit, start)
    clause = _clause_words(unit, start)
    # The words of the mention's own clause, after the last subordinating word: its governor is what counts.
    opened = _after_last(clause, meanings["subordinator"])
    if _judged_as_asked(unit, start, clause, question):
        # First: «je crains d'être considéré comme « en reconversion »» fears a category, it reports no one's
        # words (the participle after «être» is no reporting verb) and states nothing.
        return ASKED  # «je me demande si mon job d'été compte comme une reconversion»
    if _voiced_by_another(unit, start, clause):
        # «on m'a dit que le service civique ne comptait pas» settles nothing; «d'après mon école, je suis en
        # fin de stage» tells the writer's situation in another's words: a doubt, asked.
        return HEDGED if _WRITER.intersection(opened) or _judges_the_writer(clause) else REPORTED
    if _asked_by_another(clause, opened):
        return REPORTED  # «on me demande souvent si je me reconvertis»: their question, not a fact
    if not question and _supposed(unit, start, clause, opened):
        return SUPPOSED  # «si j'obtiens mon M2», «si je ne trouve rien, je ferai un service civique»
    asked = meanings["asked_about"]
    if question and (any(asked.holds(w) for w in opened) or asked.phrased_in(unit[start:])):
        return ASKED  # «est-ce que ça compte comme une reconversion ?»
    if _hedged(unit) or (opened is not clause and _wondered(clause, opened)):
        return HEDGED  # «normalement, je serai diplômée», «je ne sais pas si mon stage compte»
    return FACT


def reported_by_another(unit: str, start: int) -> bool:
    """What the sentence says at `start` is put in someone else's voice — their words, opinion or inference:
    «ma conseillère en conclut que je ne suis pas encore diplômée», «on m'a dit que…» —, even when it is said
    of the writer: their view of her case, not her own statement of it."""
    return _voiced_by_another(unit, start, _clause_words(unit, start))


def _clause_words(unit: str, start: int) -> list[str]:
    """The words of the clause holding `start`, up to it (never before its sentence)."""
    return _words(unit[_clause_start(unit, start) : start])


def _voiced_by_another(unit: str, start: int, clause: list[str]) -> bool:
    """A phrase of reporting before `start` («d'après mon école»), or a reporting verb in its `clause` (its
    words, `_clause_words`) said by someone other than the writer (`_reported`)."""
    reporting = load_meanings()["reporting"]
    return reporting.phrased_in(unit[:start]) or _reported(clause, reporting)


def _judged_as_asked(unit: str, start: int, clause: list[str], question: bool) -> bool:
    """The mention is the category a question asks something to be judged as (the `judged_as` meaning, then
    «comme», «pour», «de», "as", right before it: «… compte comme une « reconversion » ?», «si mon BTS en
    alternance est considéré comme un stage», "whether my weekend job counts as a career change"), in a
    direct question or an indirect one (a `wonder` verb before «si», "whether", even past an aside in
    parentheses). The category is what is asked; the thing judged stays the writer's fact, read on its own."""
    near = clause[-5:]
    judged = [i for i, w in enumerate(near) if load_meanings()["judged_as"].holds(w)]
    if not judged or not _LIKENING.intersection(near[judged[-1] + 1 :]):
        return False
    sentence = unit[_sentence_start(unit, start) : start]
    return question or _wondered_in_sentence(_words(sentence)) or feared_judgement(sentence)


# The words linking a judgement to the category it names: «compte comme», «considéré comme», «pris pour»,
# «qualifié de», "counts as".
_LIKENING = frozenset({"comme", "pour", "de", "d'", "as"})


def _wondered_in_sentence(words: list[str]) -> bool:
    """An indirect question opened in the sentence before the mention: a `wonder` verb right before its
    «si», "whether", "if" («j'aimerais savoir si…», "I wonder whether…"), asides and commas between."""
    wonder = load_meanings()["wonder"]
    opens = [i for i, w in enumerate(words) if w in _WHETHER]
    return any(wonder.holds(_word_before(words, i)) for i in opens)


_WHETHER = frozenset({"si", "s'", "whether", "if"})


def _in_a_question(unit: str, start: int) -> bool:
    """Asked when its own sentence ends with «?» (a unit may hold several: «…licence ? jsuis en L3»), not
    when a colon first ends the statement («je finis mon master en juin : quand faut-il candidater ?»), nor
    a spaced dash that opens a question of its own ("I'd love to stay in a co-op - can I apply now?")."""
    end = re.search(r"[.?!:;]", unit[start:])
    dash = _DASH.search(unit, start, start + end.start() if end is not None else len(unit))
    opened = _words(unit[dash.end() :])[:1] if dash is not None else []
    if opened and load_meanings()["question"].holds(opened[0]):
        return False
    return end is not None and end.group() == "?"


_DASH = re.compile(r"\s[-–—]\s")


def _clause_start(unit: str, start: int) -> int:
    """Where the clause holding `start` begins, never before the sentence holding it."""
    return max(clause_start(unit, start), _sentence_start(unit, start))


def _sentence_start(unit: str, start: int) -> int:
    return max(unit.rfind(mark, 0, start) for mark in ".?!") + 1


def asks_about_another(unit: str, start: int) -> bool:
    """«Est-ce que le programme vise seulement l'ESS ?»: a question whose clause names nothing of the
    writer's (no «je», «mon», "my") asks about the programme, it tells no aim of the writer's."""
    opened = _after_last(_words(unit[_clause_start(unit, start) : start]), load_meanings()["subordinator"])
    return _in_a_question(unit, start) and not _OWN.intersection(opened)


def wished_by_another(unit: str, start: int) -> bool:
    """«Mes parents voudraient que je travaille dans une banque», "my uncle wants me to join his firm": what
    the mention's clause names is another's wish for the writer (the `wishing` meaning, said by someone other
    than the writer), not the writer's own aim."""
    return _reported(_words(unit[_clause_start(unit, start) : start]), load_meanings()["wishing"])


def anothers_search_beside_own(unit: str, start: int) -> bool:
    """«Mon frère cherche dans les associations ; moi, je vise un cabinet», "my friend applies to charities,
    but I want a bank": the mention's clause opens on a person of the writer's circle (a possessive and a
    `relative`, `parent` or `close_person`) with no first person in it, and a later clause of the unit is
    the writer's own search (the first person and a word of `search`, `aim` or `job`): two searches side by
    side, only the writer's is the aim. A person's search told alone stays read: in a parent's referral,
    «mon fils cherche…» is the applicant's."""
    left = _clause_start(unit, start)
    words = _words(unit[left:start])
    meanings = load_meanings()
    if len(words) < 2 or words[0] not in _POSSESSIVES or _WRITER.intersection(words):
        return False
    if not any(meanings[m].holds(words[1]) for m in ("relative", "parent", "close_person")):
        return False
    rest = _words(unit[start:])
    forms = rest + [v for w in rest if (v := first_group_infinitive(w))]  # «je vise»: «viser»
    sought = any(meanings[m].holds(w) for w in forms for m in ("search", "aim", "job"))
    return sought and bool(_WRITER.intersection(rest))


_POSSESSIVES = frozenset({"mon", "ma", "mes", "my"})


def hypothetical_at(unit: str, start: int) -> bool:
    """«Supposons que mon BTS ne suffise pas, est-ce que je devrais reprendre une licence ?», «et si je
    faisais un stage ?», "what if I took a part-time job?": the mention is named in a sentence opened by a
    hypothesis (the `hypothetical` meaning before it) with no determiner of the writer's own — an indefinite
    thing imagined, no fact and no plan told. Invariant: a thing the writer owns («mon BTS de juin 2025», «mon
    stage actuel», "my HND") is presupposed by the hypothesis, never hypothetical."""
    before = unit[_sentence_start(unit, start) : start]
    if not load_meanings()["hypothetical"].phrased_in(before):
        return False
    return not (_OWN | _DEFINITE).intersection(_words(before)[-1:])


# A definite determiner presupposes its thing as much as a possessive: «au cas où le stage serait prolongé».
_DEFINITE = frozenset({"le", "la", "les", "l'", "ce", "cet", "cette", "the", "this"})


def obtained_on_condition(unit: str, start: int) -> bool:
    """«Si j'obtiens mon M2 en juin», "if I pass my degree": a diploma named under a condition of getting it
    is not had yet."""
    clause = _words(unit[_clause_start(unit, start) : start])
    opened = _after_last(clause, load_meanings()["subordinator"])
    obtain = load_meanings()["obtain"]
    return _opens_a_condition(clause, opened) and any(obtain.holds(w) for w in opened)


def _after_last(words: list[str], subordinator: Meaning) -> list[str]:
    """The words after the last subordinating word (the list itself when there is none)."""
    marks = [i for i, w in enumerate(words) if subordinator.holds(w)]
    return words[marks[-1] + 1 :] if marks else words


def _judges_the_writer(clause: list[str]) -> bool:
    """Another's verb of judging with the writer as its object («ma conseillère me classe en», «on me
    considère comme», "she sees me as"): their view of the writer's own case, asked — not a report of
    something else (meanings.toml [judging_me])."""
    judging = load_meanings()["judging_me"]
    return any(
        judging.holds(word) and (clause[i - 1 : i] in (["me"], ["m'"]) or clause[i + 1 : i + 2] == ["me"])
        for i, word in enumerate(clause)
    )


def _reported(clause: list[str], reporting: Meaning) -> bool:
    """A reporting verb before the mention in its clause, said by someone other than the writer or the person
    a referral presents: «on m'a dit que…», «ma coach dit que…», "my tutor thinks…"."""
    for i, word in enumerate(clause):
        if not reporting.holds(word):
            continue
        subject = next((w for w in reversed(clause[:i]) if w not in _CLITICS), None)
        if subject is not None and subject not in _NOT_REPORTERS and not reporting.holds(subject):
            return True
    return False


def _supposed(unit: str, start: int, clause: list[str], opened: list[str]) -> bool:
    """The mention inside a condition, or in a plan said on a condition: a future or conditional clause after
    a «si» clause of the sentence («si je n'ai rien en janvier, je ferai un service civique»)."""
    meanings = load_meanings()
    condition = meanings["condition"]
    if condition.phrased_in(" ".join(clause)) or _opens_a_condition(clause, opened):
        return True
    earlier = _words(unit[_sentence_start(unit, start) : _clause_start(unit, start)])
    conditioned = condition.phrased_in(" ".join(earlier)) or any(
        condition.holds(w) and not _concedes_or_wonders(earlier, i) for i, w in enumerate(earlier)
    )
    return conditioned and _told_as_a_plan(unit, start)


def _opens_a_condition(clause: list[str], opened: list[str]) -> bool:
    """The last subordinating word of the clause is a condition («si», "if"), not «même si» nor «je ne sais
    pas si»."""
    at = len(clause) - len(opened) - 1
    return at >= 0 and load_meanings()["condition"].holds(clause[at]) and not _concedes_or_wonders(clause, at)


def _concedes_or_wonders(words: list[str], at: int) -> bool:
    """«même si…» (a concession), «je ne sais pas si…» (an indirect question): the «si» at `at` is no
    condition."""
    meanings = load_meanings()
    word = _word_before(words, at)
    return meanings["concessive"].holds(word) or meanings["wonder"].holds(word)


def _word_before(words: list[str], at: int) -> str:
    """The word before position `at`, a negation skipped («je ne sais pas si»)."""
    before = [w for w in words[max(0, at - 3) : at] if w not in {"pas", "plus", "not", "n't"}]
    return before[-1] if before else ""


def _asked_by_another(clause: list[str], opened: list[str]) -> bool:
    """«On me demande souvent si je me reconvertis», "people keep asking me whether I am changing careers":
    the mention inside an indirect question (the clause opened by «si», "whether", "if") that someone other
    than the writer asks — the `wonder` verb's subject is neither the writer nor the person a referral
    presents. The question is theirs; what it asks is not stated (the writer's answer, told after, is)."""
    at = len(clause) - len(opened) - 1
    return at > 0 and _reported(clause[:at], load_meanings()["wonder"])


def _wondered(clause: list[str], opened: list[str]) -> bool:
    """«je ne sais pas si mon stage compte»: the mention inside an indirect question."""
    at = len(clause) - len(opened) - 1
    return at >= 0 and load_meanings()["wonder"].holds(_word_before(clause, at))


def _told_as_a_plan(unit: str, start: int) -> bool:
    """A future or a conditional in the mention's clause: «je ferai», «j'aimerais», "I will", "I'd"."""
    clause = unit[clause_start(unit, start) :]
    if not is_french(unit):
        return re.search(r"\b(?:will|would|shall|might|'ll|'d|going to)\b", clause, re.IGNORECASE) is not None
    offset = clause_start(unit, start)
    doc = parse(unit)
    return any(
        is_verb(t) and (tense_of(t) in {FUTURE, CONDITIONAL} or _PLAN_FORM.search(t.lower_))
        for t in doc
        if t.idx >= offset and (t.idx < start + 60)
    )


# «je ferais», «serait», «ferai»: the small model often tags these as an imperfect or a present.
_PLAN_FORM = re.compile(r"r(?:ais|ait|ions|iez|aient|ai|as|ont)$")


def _hedged(unit: str) -> bool:
    """«Normalement, je serai diplômée», «il me semble», «je ne sais plus»: a doubt said in the sentence —
    not a month forgotten between two, which leaves the fact told («… fini au printemps, je ne sais plus si
    c'était fin mai ou début juin»)."""
    hedge = load_meanings()["hedge"]
    unit = _without_a_month_forgotten(unit)
    return hedge.phrased_in(unit) or any(hedge.holds(w) for w in _words(unit))


_MONTH_NAME = "|".join(sorted(full_names(), key=len, reverse=True))
# Which of two months a past thing was, asked after the words of forgetting: « si c'était fin mai ou début
# juin», " whether it was May or June", «s'il a fini en mai ou en juin» — the alternative's both sides are
# months, its verb in the past (not «s'il finit fin décembre ou fin janvier»: an end still ahead, maybe).
_WHICH_MONTH = re.compile(
    rf"\s+(?:trop\s+|exactement\s+|exactly\s+)?(?:si|s['’]|whether|if)\b"
    r"(?=[^.;!?]{0,30}?\b(?:était|étaient|a|ont|avait|s['’]est|was|were|ended|finished|had)\b)"
    rf"[^.;!?]{{0,30}}?\b(?:{_MONTH_NAME})\b"
    rf"[^.;!?]{{0,25}}?\b(?:ou|or)\b[^.;!?]{{0,20}}?\b(?:{_MONTH_NAME})\b",
    re.IGNORECASE,
)


def _without_a_month_forgotten(unit: str) -> str:
    """`unit` without the words of forgetting (meanings.toml [forgotten]) whose object is which of two
    months a thing happened in («je ne sais plus si c'était fin mai ou début juin», "I can't remember
    whether it was May or June"): a date half remembered, both sides placing it, is no doubt on the fact;
    the dates' readers weigh the months."""
    lowered = unit.lower().replace("’", "'")
    for phrase in load_meanings()["forgotten"].phrases:
        at = lowered.find(phrase)
        while at >= 0:
            which = _WHICH_MONTH.match(lowered, at + len(phrase))
            if which is not None:
                lowered = lowered[:at] + " " * (which.end() - at) + lowered[which.end() :]
            at = lowered.find(phrase, at + 1)
    return lowered
