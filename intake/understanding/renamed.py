"""A fact renamed, narrowed or outgrown by its writer: the new name, the closer name, the grown state holds.

Applied to the writer's own text before the corrections in passing (discourse.py) and before any fact is
read, so every reader reads the state as finally named: «mon service civique — qui n'en était pas un : un
contrat PEC» is a job, «ma « reconversion » — le mot est mal choisi» no career change named, «tout le monde
l'appelle « le stage »» the others' word and not the writer's, "an intern — well, not just an intern any
more: they hired me" a former intern, «en formation, disons une formation de trois jours» a course of three
days. Each reading runs only when its words are in the text (the cheap test of `as_renamed`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from intake.understanding.clauses import is_english
from intake.understanding.discourse import SET_OFF_MARK
from intake.understanding.lexicon import load_lexicon, load_meanings
from intake.understanding.signals import meaning_alternation
from intake.understanding.unfinished import completion_words

# A stretch of the same sentence: no stop, no line break.
_SAME_SENTENCE = r"[^.!?\n]"
# Quoted words: «…», “…”, "…".
_QUOTED = r"(?:«\s*[^»\n]{1,40}?\s*»|“[^”\n]{1,40}”|\"[^\"\n]{1,40}\")"
# What sets a repair off from what it repairs (discourse.SET_OFF_MARK; no ellipsis nor question mark: a
# renaming is said, not trailed off), and the softener that may open it («— enfin,», "— well,").
_SET_OFF = rf"\s*(?:{SET_OFF_MARK})\s*(?:(?:enfin|bon|en fait|well|actually|oh)\s*,?\s*)?"
# The possessives of the one spoken to, beside the determiners (meanings.toml [determiner], discourse's
# too): a name others give is quoted as said to the writer («ta petite mission»).
_YOURS = "ton|ta"
_FIRST_PERSON = frozenset({"je", "j'", "i", "nous", "we", "moi"})
# How far before a renaming the word it renames may stand.
_REACH = 160


def as_renamed(text: str) -> str:
    """`text` with each renaming, narrowing and outgrown state read as the writer finally names it."""
    folded = text.lower().replace("’", "'")
    if _mentions("others_name", folded) and re.search(_QUOTED, text):
        text = _others_names_set_aside(text)
    if _mentions("denied_name", folded):
        text = _denied_names_replaced(text, "denied")
    if _mentions("renaming", folded):
        text = _denied_names_replaced(text, "renaming")
    if _mentions("disowned_word", folded):
        text = _disowned_words_dropped(text)
    if _mentions("outgrown", folded) or _mentions("grown_beyond", folded):
        text = _outgrown_states_past(text)
    if _mentions("narrowing", folded):
        text = _narrowed_names_closer(text)
    if _mentions("save_for", folded):
        text = _ends_save_for(text)
    return text


def _mentions(meaning: str, folded: str) -> bool:
    """The cheap word test: one of the meaning's words or phrases somewhere in the folded text."""
    found = load_meanings()[meaning]
    return any(word in folded for word in (*found.lemmas, *found.phrases))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    status = meaning_alternation("status_name")
    flags = re.IGNORECASE
    return {
        "status": re.compile(rf"(?<![\w-])(?:{status})(?![\w-])", flags),
        "others": re.compile(
            rf"(?:[\w'-]+\s+){{1,4}}?(?:l'|le\s+|la\s+|les\s+|m'|me\s+)?"
            rf"(?:{meaning_alternation('others_name')})\s+(?:it\s+|me\s+|her\s+|him\s+)?(?P<quoted>{_QUOTED})",
            flags,
        ),
        "denied": re.compile(rf"{_SET_OFF}(?:{meaning_alternation('denied_name')})\b\s*[:,—–-]?\s*", flags),
        "renaming": re.compile(rf"{_SET_OFF}(?:{meaning_alternation('renaming')})\b\s*[:,]?\s*", flags),
        "disowned": re.compile(rf"{_SET_OFF}(?:{meaning_alternation('disowned_word')})\b", flags),
        "outgrown": re.compile(
            rf"(?:{_SET_OFF}|(?<=[.!?])\s+)(?:(?P<beyond>{meaning_alternation('outgrown')})|(?:{meaning_alternation('grown_beyond')}))"
            rf"\s*(?:en\s+)?{_determiner()}?(?P<state>{status})\b"
            rf"(?:\s+(?P<now>{meaning_alternation('grown_now')})\b)?",
            flags,
        ),
        "save_for": re.compile(
            rf"\s*,\s*(?:{meaning_alternation('save_for')})\b(?!\s+(?:ça|cela|que|qu'))", flags
        ),
        "narrowing": re.compile(
            rf"{_SET_OFF}(?:{meaning_alternation('narrowing')})\b\s*[,:]?\s*{_determiner()}?(?P<noun>[^\W\d_]{{4,}})\b",
            flags,
        ),
    }


def _others_names_set_aside(text: str) -> str:
    """«tout le monde l'appelle « le stage »», "everyone called me "the intern"": a name that someone else
    (not «je», not "I") gives the writer's state is their word; its quoted words are set aside («…»), the
    writer's own naming («je l'appelle …», «il s'appelle …», a name the thing bears) kept."""
    folded = text.replace("’", "'")
    for found in reversed(list(_patterns()["others"].finditer(folded))):
        said = folded[found.start() : found.start("quoted")].lower()
        if _FIRST_PERSON & set(re.findall(r"\w+'?", said)) or re.search(r"\bs'|\bse\b", said):
            continue
        start, end = found.span("quoted")
        text = text[:start] + "« … »" + text[end:]
    return text


def _denied_names_replaced(text: str, how: str) -> str:
    """«je fais mon service civique à la ressourcerie — qui n'en était pas un : un contrat PEC», "my
    internship, which wasn't one: a paid job" (`how` "denied"), «mon stage — il faudrait plutôt dire mon
    CDD» ("renaming"): the state denied or renamed, with its determiner, gives way to what the writer names
    after it (or to nothing when nothing follows)."""
    for found in reversed(list(_patterns()[how].finditer(text.replace("’", "'")))):
        named = _last_status(text, found.start())
        if named is None:
            continue
        text = text[: named[0]] + text[found.end() :]
    return text


def _disowned_words_dropped(text: str) -> str:
    """«ma « reconversion » — le mot est mal choisi : …», "my "career change" — wrong word": the word the
    writer disowns (the quoted one right before, else the state named last) says nothing; the marker goes
    with it."""
    for found in reversed(list(_patterns()["disowned"].finditer(text.replace("’", "'")))):
        before = text[max(0, found.start() - _REACH) : found.start()]
        quoted = list(re.finditer(_QUOTED, before))
        if quoted and not before[quoted[-1].end() :].strip(" ,;:—–-"):
            begin = found.start() - len(before) + quoted[-1].start()
        else:
            named = _last_status(text, found.start())
            if named is None:
                continue
            begin = named[0]
        text = text[:begin] + text[found.end() :]
    return text


def _outgrown_states_past(text: str) -> str:
    """«stagiaire, enfin plus seulement stagiaire : embauchée», "I'm an intern at a cooperative — well, not
    just an intern any more: they hired me": the state told before is a former one — «former» / «ancien·ne»
    put before its earlier name — and the words of outgrowing go. With no word of today the state grows
    (`_grown_in_place`)."""
    for found in reversed(list(_patterns()["outgrown"].finditer(text.replace("’", "'")))):
        earlier = _last_status(text, found.start(), same=found.group("state"))
        if earlier is None:
            continue
        if not (found.group("beyond") or found.group("now")):
            text = _grown_in_place(text, earlier, found.end())
            continue
        text = text[: found.start()] + text[found.end() :]
        text = _told_as_former(text, earlier)
    return text


# Words opening a clause of its own (a subject, a link): what follows «pas seulement X :» is then a new
# statement, not the grown name of X.
_CLAUSE_OPENING = frozenset(
    {"je", "j'", "i", "il", "elle", "ils", "elles", "on", "nous", "we", "they", "he", "she", "it", "c'", "ce"}
    | {"mais", "but", "and", "et", "also", "aussi"}
)


def _grown_in_place(text: str, earlier: tuple[int, int], end: int) -> str:
    """«j'ai été bénévole à la Croix-Rouge. Pas seulement bénévole : salarié ambulancier de 2014 à 2023», "a
    volunteer — not only a volunteer: a paid coordinator for six years": the grown name, said with no verb
    of its own, takes the place of the name it grows, in the clause that named it («j'ai été salarié
    ambulancier…»). A grown state told in a clause of its own ("not just a volunteer: I also coordinate")
    is left as it is."""
    opening = re.match(r"\s*[:,—–-]?\s*", text[end:])
    start = end + (opening.end() if opening else 0)
    first = re.match(r"[\w']+", text[start:].replace("’", "'"))
    if first is None or first.group().lower() in _CLAUSE_OPENING:
        return text
    grown = text[start:]
    # What the writer adds after it («…, et secouriste bénévole le week-end») is another item, told apart.
    added = re.search(r",\s+(?:et|and)\s+(?=\w)", grown)
    stop = re.search(r"[.!?\n]", grown)
    if added is not None and (stop is None or added.start() < stop.start()):
        rest = grown[added.end() :]
        grown = f"{grown[: added.start()]}. {rest[:1].upper()}{rest[1:]}"
    own_determiner = re.match(_determiner(), grown, re.IGNORECASE) is not None
    return text[: earlier[0] if own_determiner else earlier[1]] + grown


# A French present of being or doing right before a state, and its imperfect: «je suis stagiaire» → «j'étais».
_FRENCH_PRESENT = re.compile(r"\b(je suis|je fais)\b(?!.*\bje (?:suis|fais)\b)", re.IGNORECASE)
_FRENCH_IMPERFECT = {"je suis": "j'étais", "je fais": "je faisais"}


def _told_as_former(text: str, earlier: tuple[int, int]) -> str:
    """The state named at `earlier` (its determiner's start, its name's start) told as a former one: in
    French its clause's «je suis» / «je fais» put in the imperfect, else «ancien» before it; in English
    «former» before it, after its determiner."""
    sentence = max(text.rfind(stop, 0, earlier[0]) for stop in ".!?\n;:")
    clause = text[sentence + 1 : earlier[0]]
    if not is_english(text[sentence + 1 : earlier[1] + 40]):
        present = _FRENCH_PRESENT.search(clause)
        if present is not None:
            at = sentence + 1 + present.start()
            imperfect = _FRENCH_IMPERFECT[present.group().lower()]
            return text[:at] + imperfect + text[at + len(present.group()) :]
        return f"{text[: earlier[1]]}ancien {text[earlier[1] :]}"
    determiner = re.sub(r"(?i)^an\b", "a", text[earlier[0] : earlier[1]])
    return f"{text[: earlier[0]]}{determiner}former {text[earlier[1] :]}"


def _narrowed_names_closer(text: str) -> str:
    """«je suis en formation en ce moment, disons une formation de trois jours», "a course, to be precise a
    course of three days": the thing named again, closer, takes the place of the name said before it in the
    sentence (and of the words between)."""
    for found in reversed(list(_patterns()["narrowing"].finditer(text.replace("’", "'")))):
        noun = found.group("noun")
        before = text[max(0, found.start() - _REACH) : found.start()]
        before = re.split(r"[.!?\n]", before)[-1]
        same = list(re.finditer(rf"(?<!\w){re.escape(noun)}(?!\w)", before, re.IGNORECASE))
        if not same:
            continue
        begin = found.start() - len(before) + same[-1].start()
        text = text[:begin] + text[found.start("noun") :]
    return text


# The exception told as still to do by an infinitive of what is left («le rapport, à rendre le 15 décembre»,
# «le mémoire à soutenir»): an exception with its own state («celui de la Fondation, qui court jusqu'en
# février», «le mémoire, que j'ai soutenu») is read by the readers as it is.
_STILL_TO_DO = re.compile(r"[^.!?;\n]*?\bà\s+(?:[^\W\d_]+(?:re|ir|er))\b")
_TO_DO_REACH = 60


def _ends_save_for(text: str) -> str:
    """«Mon stage de fin d'études est fini, à part le rapport, à rendre le 15 décembre», «diplômée, sauf le
    mémoire à soutenir»: the end is said of all but what the exception names, still to do — told as its own
    sentence, «Il me reste le rapport, à rendre le 15 décembre», so the readers of what is pending read it.
    French only: the English readers already read "finished, apart from the dissertation"."""
    completes = completion_words(load_lexicon().structure)
    if completes is None or is_english(text):
        return text
    for found in reversed(list(_patterns()["save_for"].finditer(text.replace("’", "'")))):
        clause = re.split(r"[.!?;\n]", text[: found.start()])[-1]
        ends = list(completes.finditer(clause))
        still_to_do = _STILL_TO_DO.match(text, found.end(), found.end() + _TO_DO_REACH)
        if ends and not clause[ends[-1].end() :].strip(" ,") and still_to_do is not None:
            text = f"{text[: found.start()]}. Il me reste {text[found.end() :].lstrip()}"
    return text


def _last_status(text: str, before: int, same: str | None = None) -> tuple[int, int] | None:
    """(where the last state named before `before` in its sentence starts — its determiner with it —, where
    its name starts): the one named `same` when given (the word or its kin, «intern» for «internship»), in
    its sentence or the one before."""
    start = max(0, before - _REACH)
    window = text[start:before]
    stops = "\n" if same else ".!?\n"  # a state taken up by name may be the last sentence's
    cut = max(window.rfind(stop) for stop in stops)
    start, window = start + cut + 1, window[cut + 1 :]
    found = [m for m in _patterns()["status"].finditer(window) if same is None or _kin(m.group(), same)]
    if not found:
        return None
    name = found[-1]
    determiner = re.search(rf"{_determiner()}[«\"“]?\s*$", window[: name.start()], re.IGNORECASE)
    return start + (determiner.start() if determiner else name.start()), start + name.start()


@lru_cache(maxsize=1)
def _determiner() -> str:
    """A determiner and the space after it, as a pattern: «le », «ta », "the "."""
    return rf"(?:(?<!\w)(?:{meaning_alternation('determiner')}|{_YOURS})\b\s*)"


def _kin(word: str, other: str) -> bool:
    a, b = word.lower(), other.lower()
    return a.startswith(b[:5]) or b.startswith(a[:5])
