"""Person names: where to find them, how to split first/last name, how to write them."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from intake.understanding.facts import BODY, EMAIL_RE, Evidence, Fact, Source, split_sentences
from intake.understanding.forms import fold_name, name_field_labels, name_words
from intake.understanding.lexicon import LETTER_RUN, Lexicon, load_meanings

# Letters of any alphabet: «Zielińska», «Ștefănescu», «Nguyễn» as well as «Lefèvre».
_NAME_TOKEN = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*'?$")
_CLOSINGS = re.compile(
    r"^(?:bien (?:à|a) vous|bien cordialement|cordialement|sinc[eè]rement|salutations|respectueusement|"
    r"merci|bonne (?:journ[ée]e|soir[ée]e)|best(?: regards)?|kind regards|regards|sincerely|thanks|thank you|"
    r"dans l.attente de votre retour|je vous prie|veuillez agr[ée]er)\b",
    re.IGNORECASE,
)
_ARTICLES = frozenset({"le", "la", "les", "l'"})
_CONTACT_HINT = re.compile(r"@|\+?\d[\d .\-]{7,}\d")


# Particles of other languages keep the capital their bearer gives them («Ben Chikh», «El Khatib»).
_FRENCH_PARTICLES = frozenset({"de", "du", "des", "d'", "le", "la"})
_CAPITAL_PARTICLES = frozenset({"ben", "ibn", "el", "al", "abou", "abu"})  # «EL KHATIB» → «El Khatib»


def normalise_name_part(part: str, lexicon: Lexicon, *, first: bool = False) -> str:
    """DUPONT → Dupont, N'DIAYE → N'Diaye, marie-lou → Marie-Lou; particles stay lower case."""
    part = unicodedata.normalize("NFC", part.replace("’", "'")).strip()
    words = part.split()
    out: list[str] = []
    for i, word in enumerate(words):
        lower = word.lower()
        # A one-letter word is upper case as written («Ó Dubhghaill»), not shouted.
        shouted = word.isupper() and len(word) > 1
        as_written = lower not in _FRENCH_PARTICLES and word[:1].isupper() and not shouted
        if as_written and not part.isupper():
            out.append(word)
            continue
        if not first and lower in lexicon.particles and i < len(words) - 1 and (i > 0 or len(words) > 1):
            # «DE LA ROCHE» → «de La Roche»: the preposition is lower case, the article keeps its capital.
            capital = lower in _CAPITAL_PARTICLES or (lower in _ARTICLES and not (word.islower() and i > 0))
            out.append(lower.capitalize() if capital else lower)
            continue
        if word.isupper() or word.islower():
            word = _title(lower, lexicon)
        out.append(word)
    return " ".join(out)


def _title(word: str, lexicon: Lexicon) -> str:
    pieces = re.split(r"([-'])", word)
    result = []
    for piece in pieces:
        result.append(piece[:1].upper() + piece[1:] if piece not in {"-", "'"} else piece)
    titled = "".join(result)
    # «D'ARTAGNAN»→«D'Artagnan», but a French elided article before a capital stays as the person wrote it.
    for prefix in lexicon.apostrophe_prefixes:
        if titled.lower().startswith(prefix) and len(titled) > len(prefix):
            titled = prefix.upper()[0] + "'" + titled[len(prefix) :][:1].upper() + titled[len(prefix) + 1 :]
    return titled


def looks_like_name(text: str, lexicon: Lexicon, *, any_case: bool = False) -> bool:
    tokens = text.replace("’", "'").split()
    if not 2 <= len(tokens) <= 5:
        return False
    for tok in tokens:
        if tok.casefold() in lexicon.not_names or not _NAME_TOKEN.match(tok):
            return False
        if _diploma_acronym(tok, lexicon):
            return False
    capitalised = [t for t in tokens if t[0].isupper()]
    # A display name typed in lower case is still a name; a body line in lower case is a sentence.
    return any_case or len(capitalised) >= 2


def _diploma_acronym(token: str, lexicon: Lexicon) -> bool:
    """A word in capitals that names a diploma whole («BTS», «DUT», «MBA»): «un BTS Électrotechnique» names
    a diploma and its speciality, no person; a particle in capitals («DE», «DOS») stays a surname's."""
    if not token.isupper() or len(token) < _ACRONYM or token.casefold() in lexicon.particles:
        return False
    hits = (d.pattern.search(token) for d in lexicon.diplomas)
    return any(hit is not None and hit.group(0) == token for hit in hits)


_ACRONYM = 2


def split_name(full: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """Split «Marie-Lou de La Roche», «DUPONT Marie», «Dupont, Marie» into (first, last)."""
    full = re.sub(r"\s+", " ", full.replace("’", "'")).strip(" ,.\"'")
    if not full:
        return None
    if "," in full:
        last, _, first = full.partition(",")
        if first.strip() and last.strip():
            return normalise_name_part(first, lexicon, first=True), normalise_name_part(last, lexicon)
    tokens = full.split()
    if len(tokens) < 2:
        return None
    upper = [i for i, t in enumerate(tokens) if t.isupper() and len(t.strip("'-")) > 1]
    if upper and len(upper) < len(tokens):
        # The upper-case words are the surname, whichever side they are on.
        last = " ".join(tokens[i] for i in upper)
        first = " ".join(t for i, t in enumerate(tokens) if i not in upper)
        return normalise_name_part(first, lexicon, first=True), normalise_name_part(last, lexicon)
    if family_name_first(tokens, lexicon):
        # «Nguyen Van Duc», «Chen Jing»: the family name leads; the words after it are the given names.
        given = normalise_name_part(" ".join(tokens[1:]), lexicon, first=True)
        return given, normalise_name_part(tokens[0], lexicon)
    if len(tokens) >= 3 and family_name_first(tokens[1:], lexicon) and not family_name_first(tokens, lexicon):
        # «Darren Goh Wei Jie»: a personal name put before a name written family name first; the name used is
        # the personal one with the family name, the given names after it are not a surname.
        return normalise_name_part(tokens[0], lexicon, first=True), normalise_name_part(tokens[1], lexicon)
    links = [i for i, t in enumerate(tokens[1:-1], start=1) if t.casefold() in lexicon.patronymic_links]
    if links:
        # «Muhammad Irfan bin Zulkifli»: the given names, then the father's name standing as the surname.
        return (
            normalise_name_part(" ".join(tokens[: links[0]]), lexicon, first=True),
            normalise_name_part(" ".join(tokens[links[0] + 1 :]), lexicon),
        )
    for i, tok in enumerate(tokens[1:-1], start=1):
        if "-" in tok and tok.lower().rpartition("-")[2] in _FRENCH_PARTICLES:
            # «Maëlys Kouyaté-Le Gall»: a word joined to a particle by its hyphen goes on into the next word,
            # both are the surname (a compound family name, not a given name then «Gall»).
            return (
                normalise_name_part(" ".join(tokens[:i]), lexicon, first=True),
                normalise_name_part(" ".join(tokens[i:]), lexicon),
            )
    for i, tok in enumerate(tokens[1:], start=1):
        low = tok.lower()
        elided = low.startswith("d'") and len(low) > 2
        if (low in lexicon.particles or elided) and (i < len(tokens) - 1 or "'" in low):
            return (
                normalise_name_part(" ".join(tokens[:i]), lexicon, first=True),
                normalise_name_part(" ".join(tokens[i:]), lexicon),
            )
    return (
        normalise_name_part(" ".join(tokens[:-1]), lexicon, first=True),
        normalise_name_part(tokens[-1], lexicon),
    )


# Titles before a name, the gender-neutral «Mx» and the feminised «Dre» (docteure) with the others.
_CIVILITY = re.compile(
    r"^(?:m\.|mme\.?|mlle\.?|madame|monsieur|mr\.?|mrs\.?|ms\.?|mx\.?|miss|dre?\.?)\s+", re.IGNORECASE
)
_PARENTHESES = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")
_SEGMENT_SPLIT = re.compile(r"\s+[–—|·•-]\s+|\s*[,|·•]\s*")


def clean_candidate(text: str) -> str:
    """«Mme Léa MARTIN (via LinkedIn)» → «Léa MARTIN»; «Léa Martin – 06 12 …» → «Léa Martin»."""
    text = _PARENTHESES.sub(" ", text).strip(" \t\"'•-–·*")
    text = _SEGMENT_SPLIT.split(text, maxsplit=1)[0] if not _is_surname_comma(text) else text
    return without_suffix(_CIVILITY.sub("", text).strip(" ,."))


_NAME_AND_SUFFIX = 3  # a given name, a family name, then the generation's mark


def without_suffix(name: str) -> str:
    """«James Whitfield Jr.» → «James Whitfield»: a generation's mark closing a name of two words or more
    (persons.toml [name_suffix]) tells which of two people of one name is meant, no part of a family name."""
    words = name.split()
    suffixes = load_meanings()["name_suffix"].lemmas
    if len(words) < _NAME_AND_SUFFIX or words[-1].casefold() not in suffixes:
        return name
    return " ".join(words[:-1]).strip(" ,.")


def _is_surname_comma(text: str) -> bool:
    # «Dupont, Marie» is a name written surname first, not a name followed by a detail.
    head, _, tail = text.partition(",")
    return bool(tail.strip()) and len(head.split()) == 1 and len(tail.split()) == 1


def name_from_display(
    display: str, where: str, lexicon: Lexicon, address: str | None = None
) -> tuple[Fact[str], Fact[str]] | None:
    """«Léa MARTIN» from a From header; «Sofiane Ait Ouali» <sofiane.aitouali@…>: the address says where
    the surname starts."""
    display = clean_candidate(display.strip().strip("\"'"))
    if (
        not display
        or "@" in display
        or not looks_like_name(display.replace(",", " "), lexicon, any_case=True)
    ):
        return None
    parts = _split_by_address(display, address, lexicon) or split_name(display, lexicon)
    if parts is None:
        return None
    ev = Evidence(display, where)
    return Fact(parts[0], ev), Fact(parts[1], ev)


_LABEL = re.compile(
    r"^(?:personal information|informations? personnelles?|first name\(s\)\s*/\s*surname\(s\)|"
    r"nom et pr[ée]nom|pr[ée]nom et nom|full name|name|nom)\s*:?\s+",
    re.IGNORECASE,
)
_FIRST_LABEL = re.compile(r"^(?:pr[ée]nom|first name)\s*[:|]\s*(.+)$", re.IGNORECASE)
_LAST_LABEL = re.compile(r"^(?:nom(?: de famille)?|last name|surname)\s*[:|]\s*(.+)$", re.IGNORECASE)


def name_from_cv(
    source: Source, lexicon: Lexicon, email_hint: str | None = None
) -> tuple[Fact[str], Fact[str]] | None:
    """The CV header: name-shaped lines near the top or right above the contact line, the one that
    matches the applicant's address winning; «Prénom : … / Nom : …» forms are read as such."""
    lines = [ln for ln in source.lines() if ln][:60]
    first = next((m.group(1) for ln in lines if (m := _FIRST_LABEL.match(ln))), None)
    last = next((m.group(1) for ln in lines if (m := _LAST_LABEL.match(ln))), None)
    if first and last and looks_like_name(f"{first} {last}", lexicon, any_case=True):
        ev = Evidence(f"Prénom : {first} / Nom : {last}", source.where)
        return Fact(normalise_name_part(first, lexicon, first=True), ev), Fact(
            normalise_name_part(last, lexicon), ev
        )
    contact = next((i for i, ln in enumerate(lines) if _CONTACT_HINT.search(ln)), None)
    local = fold_name(email_hint.split("@")[0]) if email_hint else ""
    scored: list[tuple[int, int, str]] = []
    for i, line in enumerate(lines):
        if i >= 12 and (contact is None or i != contact - 1):
            continue
        cand = clean_candidate(_LABEL.sub("", line))
        if not looks_like_name(cand, lexicon):
            continue
        score = (i < 3) + (contact is not None and 0 < contact - i <= 2)
        if local and any(
            len(t) > 2 and t in local for t in (fold_name(p) for p in re.split(r"[\s'-]", cand))
        ):
            score += 3
        scored.append((score, -i, cand))
    if len(scored) > 1 and max(scored)[0] < 3:
        from intake.understanding.nlp import find_entities

        scored = [(sc + (cand in find_entities(cand, "PER")), pos, cand) for sc, pos, cand in scored]
    if not scored:
        return None
    cand = max(scored)[2]
    cv_address = next((m.group(0) for ln in lines[:12] if (m := EMAIL_RE.search(ln))), None)
    parts = (
        _split_by_address(cand, email_hint, lexicon)
        or _split_by_address(cand, cv_address, lexicon)
        or split_name(cand, lexicon)
    )
    if parts is None:
        return None
    ev = Evidence(cand, source.where)
    return Fact(parts[0], ev), Fact(parts[1], ev)


@lru_cache(maxsize=4)
def _folded_all(names: frozenset[str]) -> frozenset[str]:
    """The lexicon's names as compared, folded once per lexicon (word lists only, no personal data)."""
    return frozenset(fold_name(n) for n in names)


def family_name_first(tokens: list[str], lexicon: Lexicon) -> bool:
    """A name in plain case whose first word is a family name of a language that writes it first («Tran
    Linh», «Kim Min-ji») and whose last word is not one: the order is family name, then given names. When
    both ends are such family names («Li Wei»), nothing tells the order: it is read given name first."""
    ends = [fold_name(tokens[0]), fold_name(tokens[-1])]
    family = _folded_all(lexicon.family_first)
    if not (len(tokens) >= 2 and ends[0] in family and ends[1] not in family):
        return False
    # «Yao Kouassi»: «Yao» is a Chinese family name and an Akan given name; the words after a family name
    # written first are that language's given names, spelt in its syllables — «Kouassi» is none.
    return all(_SYLLABLES.fullmatch(_plain_letters(t)) for t in tokens[1:])


# A syllable of Chinese pinyin, Cantonese, Vietnamese or Korean written in Latin letters: an initial, a glide,
# its vowels and a final consonant («xiao», «ming», «ngoc», «hyun», «soo-ah», «kit»); a given name is one or
# more of them, hyphens aside («Ji-woo», «Xiaoming»).
_SYLLABLE = (
    r"(?:ngh|ch|kh|gh|gi|ng|nh|ph|qu|sh|th|tr|zh|ts|[bcdfghjklmnpqrstvwxz])?[wy]?"
    r"[aeiouy]+(?:ng|nh|ch|ck|[nmptkcrlh])?"
)
_SYLLABLES = re.compile(rf"(?:{_SYLLABLE})+")


def _plain_letters(word: str) -> str:
    """«Ngọc», «Đức», «Ji-woo» as their syllables are matched: «ngoc», «duc», «jiwoo»."""
    decomposed = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if ch.isalpha() and ch.isascii())


def order_in_doubt(full: str, lexicon: Lexicon) -> bool:
    """«Zhang Wei» signed under a «Wei Zhang» header: both ends are family names written first somewhere,
    so the signature's order does not correct the header's."""
    tokens = full.split()
    family = _folded_all(lexicon.family_first)
    return len(tokens) >= 2 and fold_name(tokens[0]) in family and fold_name(tokens[-1]) in family


def _split_by_address(cand: str, email_hint: str | None, lexicon: Lexicon) -> tuple[str, str] | None:
    """«Marta García López» with marta.garcia@…, «Gaëlle Ngo Bassa» with gaelle.ngobassa@…: the address,
    first name first, shows where the surname starts (its next part is the surname's first word, or the
    whole surname written without spaces)."""
    tokens = cand.split()
    if not email_hint or len(tokens) < 3 or any(t.isupper() for t in tokens):
        return None
    local = [fold_name(p) for p in re.split(r"[._-]", email_hint.split("@")[0]) if p]
    # gaelle.ngobassa@: the whole tail; salome.nv@ for «Salomé Nguyen Van»: its initials
    spelt = _spells(tokens[1:], "".join(local[1:]))
    if not spelt and family_name_first(tokens[1:], lexicon) and not family_name_first(tokens, lexicon):
        return None  # «Darren Goh Wei Jie» with darren.goh.wj@: split_name knows where the family name stands
    if len(local) >= len(tokens):
        return None  # marie.claire.dubois@: every word is in the address, which does not say where
    start = None
    if fold_name(tokens[0]) in local and fold_name(tokens[1]) in local:
        start = 1  # garcia.marta@ as well as marta.garcia@
    elif len(local) >= 2 and _shortened(fold_name(tokens[0]), local[0]):
        rest = "".join(local[1:])
        start = next((i for i in range(1, len(tokens)) if _spells(tokens[i:], rest)), None)
    if start is None:
        return None
    head, tail = " ".join(tokens[:start]), " ".join(tokens[start:])
    if family_name_first(tokens, lexicon):
        head, tail = tail, head  # pham.thuha@ for «Pham Thu Ha»: the address splits, the family name leads
    return normalise_name_part(head, lexicon, first=True), normalise_name_part(tail, lexicon)


def _shortened(first: str, part: str) -> bool:
    """The address's first part writes the first name, whole or cut short as a nickname is («rafa» for
    «Rafael», «max» for «Maxime»: three letters at least, the name's own start)."""
    return part == first or (len(part) >= _NICKNAME and first.startswith(part))


_NICKNAME = 3


def _spells(words: list[str], part: str) -> bool:
    """The address's part writes these words: whole, without spaces («ngobassa» for «Ngo Bassa»), or by their
    initials when there are two or more («fdc» for «Ferreira da Costa», «ruben.fdc@»)."""
    folded = [fold_name(w) for w in words]
    initials = len(words) >= 2 and "".join(w[:1] for w in folded) == part
    return "".join(folded) == part or initials


def name_from_signature(body: str, where: str, lexicon: Lexicon) -> tuple[Fact[str], Fact[str]] | None:
    lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
    tail = lines[-8:]
    start = 0
    for i, line in enumerate(tail):
        if _CLOSINGS.match(line):
            start = i + 1
    for line in tail[start:]:
        cand = _from_capital(clean_candidate(line), lexicon)
        if looks_like_name(cand, lexicon) and not _a_sentence(cand, lexicon):
            parts = split_name(cand, lexicon)
            if parts:
                ev = Evidence(cand, where)
                return Fact(parts[0], ev), Fact(parts[1], ev)
    # No name-shaped line: ask the NER model about the signature block.
    from intake.understanding.nlp import find_entities

    block = "\n".join(tail[start:] or tail[-3:])
    for found in find_entities(block, "PER"):
        ent = _from_capital(found, lexicon)
        if len(ent.split()) >= 2 and looks_like_name(ent, lexicon):
            parts = split_name(ent, lexicon)
            if parts:
                ev = Evidence(ent, where)
                return Fact(parts[0], ev), Fact(parts[1], ev)
    return None


def _a_sentence(cand: str, lexicon: Lexicon) -> bool:
    """«Je signe Nour», «Je m'appelle Thaïs Paredes Ortega»: a line opening on a capital whose next word is in
    lower case and no particle («de», «van», «bin») is a sentence about a name, not the name signed."""
    words = cand.split()
    low = [w for w in words[1:] if w[:1].islower()]
    links = lexicon.particles | lexicon.patronymic_links
    return any(w.casefold() not in links and not w.casefold().startswith(("d'", "d’")) for w in low)


_INTRODUCTION = re.compile(
    r"(?:\b(?:je m.appelle|my name is|moi c.est|je me pr[ée]sente\s*:?|je me nomme)|"
    r"(?:^|[,;:]\s*)(?:c.est|this is|it.s|ici)(?=\s+[A-ZÀ-Ö]))\s+"
    r"([A-ZÀ-Ö][\w'’-]+(?:\s+(?:(?:de|du|le|la|d')\s*)?[A-ZÀ-Ö][\w'’-]+){1,3})",
    re.IGNORECASE,
)


def name_from_introduction(body: str, where: str, lexicon: Lexicon) -> tuple[Fact[str], Fact[str]] | None:
    """«Je m'appelle Lina Haddad, j'ai 24 ans», «My name is …»."""
    for sentence in split_sentences(body):
        for m in _INTRODUCTION.finditer(sentence):
            if _cleft_on_another(sentence[m.end() :]):
                continue  # «C'est Théa Roux, une ancienne, qui m'a parlé de vous»: who told the writer
            cand = _capitalised_start(m.group(1), lexicon)  # «Tom Baker writing»: the name stops at «writing»
            if not all(t[:1].isupper() for t in cand.split() if t.lower() not in lexicon.particles):
                continue
            parts = split_name(cand, lexicon) if looks_like_name(cand, lexicon) else None
            if parts:
                ev = Evidence(sentence, where)
                return Fact(parts[0], ev), Fact(parts[1], ev)
    return None


def _cleft_on_another(after: str) -> bool:
    """The name after «c'est», "it was" is the focus of a cleft whose relative clause acts on the writer
    («C'est Noa Petit, un ancien de votre programme, qui m'a parlé de vous», "It was Tom Hale who told me
    about you"): that person brought the writer here; a writer introducing themselves («C'est Inès, de la
    promo 2024») is followed by no such clause. `after` is the text after the name; an apposition between
    commas may stand before the relative pronoun."""
    cleft = _CLEFT.match(after)
    return cleft is not None and _WRITER_OBJECT.search(cleft.group(1)) is not None


# After the name: an apposition between commas, at most, then «qui», «que», "who", "that" and its clause.
_CLEFT = re.compile(
    r"\s*(?:,[^,.;:!?]{1,80},)?\s*(?:qui|que|qu['’]|who|that)\b([^.;!?]{0,80})", re.IGNORECASE
)
# The writer as the object of that clause: «m'a parlé», «me l'a conseillé», «m'a recommandé», "told me".
_WRITER_OBJECT = re.compile(r"\b(?:m['’]|me\b|moi\b)", re.IGNORECASE)


def _from_capital(text: str, lexicon: Lexicon) -> str:
    """A name written in running text starts at its first capital: the lower-case words before it are the
    sentence's («bjr c Jessica Poulain», a texted greeting and «c'est»), a particle aside («de La Roche»)."""
    words = text.split()
    start = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
    while start and words[start - 1].lower() in lexicon.particles:
        start -= 1
    return " ".join(words[start:])


def _capitalised_start(text: str, lexicon: Lexicon) -> str:
    words = text.split()
    end = next(
        (i for i, w in enumerate(words) if not w[:1].isupper() and w.lower() not in lexicon.particles), None
    )
    return " ".join(words[:end])


def before_signature(body: str, writer: str = "") -> str:
    """The writer's own note, without their closing and signature: what comes before «Cordialement», or
    before a line holding only the writer's name (a referrer's signed phone is not the person's).

    Not closing_name.before_closing, on purpose: this one cuts at the FIRST closing line («Merci»,
    «Cordialement» with no sentence after it) or at the writer's name alone on a line, wherever it stands:
    all that follows is the referrer's signature block; before_closing cuts only at the last closing among the
    last lines, for the note's names read by NER. Merged, one of the two readings changes what it keeps."""
    lines = body.split("\n")
    for i, line in enumerate(lines):
        if i and (_closing(line.strip()) or (writer and same_person(line.strip(), writer))):
            return "\n".join(lines[:i])
    return body


def without_authors_rows(note: str, authors: list[str]) -> str:
    """A referral's note without its author's rows: a labelled row naming the author in full («Conseillère :
    Sandrine Hervé - 02 40 …»), and the rows of a sheet's block below such a row, up to a
    blank line, a heading or a person's row («PRESCRIPTEUR / Nom : Ada Roux / Fonction : conseillère (Master
    2, 2012) / Téléphone : 02 …» above «BÉNÉFICIAIRE / Nom : …»). The author's rows tell the adviser's own
    contacts and diploma, never the person's. `authors`: the sender's display name and the name signing the
    mail; a name of one word (an office's «Cap emploi») names nobody here."""
    full = [words for words in (name_words(a) for a in authors) if len(words) >= _FULL_NAME_WORDS]
    lines = note.split("\n")
    dropped: set[int] = set()
    for i, line in enumerate(lines):
        if i in dropped or ":" not in line or not any(words <= name_words(line) for words in full):
            continue  # a bare line («Mélanie Gauthier - 06 …») may sign the person's own words: kept
        dropped.add(i)
        for j in range(i + 1, len(lines)):
            if not _authors_row(lines[j]):
                break
            dropped.add(j)
    return "\n".join(ln for i, ln in enumerate(lines) if i not in dropped)


def _authors_row(line: str) -> bool:
    """A row that goes on with the author's block: a «Label : value» row whose label names no person
    («Fonction : …», «Téléphone : …»; not «Bénéficiaire : …», «Nom : …», «Participant : …»)."""
    label, colon, _value = line.partition(":")
    words = label.strip().casefold().split()
    if not colon or not words or len(words) > _ROW_LABEL_WORDS:
        return False
    m = load_meanings()
    persons = m["people_served"].lemmas | m["presented_person"].lemmas
    names = name_field_labels(m)
    return words[0] not in persons and " ".join(words) not in names and words[0] not in names


_ROW_LABEL_WORDS = 4
_FULL_NAME_WORDS = 2


def _closing(line: str) -> bool:
    """A line of closing: a formula («Merci», «Cordialement», "Thanks") that no sentence of the letter
    follows on its line — «Merci encore pour mardi. Je profite de ce fil pour vous présenter…» opens a
    paragraph with thanks, and the note goes on."""
    return _CLOSINGS.match(line) is not None and _SENTENCE_AFTER.search(line) is None


# A new sentence of four words or more after a sentence's end, on the same line.
_SENTENCE_AFTER = re.compile(r"[.!?]\s+[A-ZÀ-Ö]\S*(?:\s+\S+){3,}")


def same_person(a: str, b: str) -> bool:
    return fold_name(a) == fold_name(b)


def name_echoing_address(
    body: str, address: str | None, lexicon: Lexicon
) -> tuple[Fact[str], Fact[str]] | None:
    """«noemie fauvel» or «malik touré» typed in lower case at the end of a message from
    noemie.fauvel@… or malik.toure93@…: words the sender's own address spells are their name, in any case."""
    if not address or "@" not in address:
        return None
    spelled = [fold_name(p) for p in re.split(r"[._+\-\d]+", address.split("@")[0]) if p]
    local = {p for p in spelled if len(p) >= 2}
    initials = {p for p in spelled if len(p) == 1}
    tail = [ln.strip() for ln in body.split("\n") if ln.strip()][-4:]
    for line in reversed(tail):
        words = LETTER_RUN.findall(line)
        for i in range(len(words) - 1):
            pair = words[i : i + 2]
            # An initial is trusted only in the words that close the line, where a signature stands.
            known = initials if i == len(words) - 2 else set()
            if _spelled_by(pair, local, known) and fold_name(pair[0]) != fold_name(pair[1]):
                parts = split_name(" ".join(_as_written(w, body) for w in pair), lexicon)
                if parts:
                    ev = Evidence(line, BODY)
                    return Fact(parts[0], ev), Fact(parts[1], ev)
    return None


# Letters an address cannot carry and that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def _spelled_plainly(text: str) -> str:
    """«Aydın», «Diakité» as an address spells them: «aydin», «diakite»."""
    decomposed = unicodedata.normalize("NFD", text.casefold().translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if ch.isalnum())


def _as_written(word: str, body: str) -> str:
    """A name read from the words of an address («mustafa.aydin@») is written in the body with the letters
    the address could not carry («Mustafa Aydın»): the body's writing is the name's. Its letters, not its
    capitals: «AÏCHA DIOP» heading a pasted CV spells «aïcha» signed «aicha diop» below, and capitals there
    say a heading, not a family name (a word in capitals reads as the family name: split_name)."""
    plain = _spelled_plainly(word)
    capitals: str | None = None
    for found in LETTER_RUN.finditer(body):
        written = found.group(0)
        if written[:1].isupper() and not written.isascii() and _spelled_plainly(written) == plain:
            if written.isupper() and not word.isupper():
                capitals = capitals or "-".join(part.capitalize() for part in written.split("-"))
                continue
            return written
    return capitals or word


def _spelled_by(pair: list[str], local: set[str], initials: set[str]) -> bool:
    """Both words spelled by the address, or one spelled and the other starting with the address's
    initial («dylan barbier» from dylan.b91@…, «kaddour sofiane» from sofiane.k@…)."""
    folded = [fold_name(w) for w in pair]
    if all(f in local for f in folded):
        return True
    return any(
        folded[i] in local and len(folded[1 - i]) > 1 and folded[1 - i][0] in initials for i in (0, 1)
    )


def completes_initial(display: tuple[str, str], written: tuple[str, str]) -> bool:
    """«Clement R» in the header, «clement rey» signed: the signature spells out the initial."""
    first, last = display
    full_first, full_last = written
    initial = last.strip(". ").casefold()
    return (
        len(initial) == 1
        and fold_name(first) == fold_name(full_first)
        and len(full_last) > 1
        and fold_name(full_last).startswith(initial)
    )


# A run of capitalised words, not glued to a word before it, but for «de» elided before a name: «le tuteur
# d'Ophélie Marchand» names her (h-people, stop 51), «l'Université Lumière» stays no person's run.
_NAME_RUN = re.compile(
    r"(?:(?<![\w'’])|(?<=\b[dD]['’]))((?:[^\W\d_a-zà-ÿ][^\W\d_]*(?:[-'’][^\W\d_]+)*\s+){1,3}"
    r"[^\W\d_a-zà-ÿ][^\W\d_]*(?:[-'’][^\W\d_]+)*)"
)


def name_presented_in(sentence: str, proper_nouns: tuple[str, ...], lexicon: Lexicon) -> str | None:
    """The person a presenting sentence names when the language model tags no person: the first run of
    capitalised words, not opening the sentence, that the tagger reads as proper nouns and that is
    name-shaped («Nous vous présentons Marine Lefebvre (…), diplômée de …»)."""
    for m in _NAME_RUN.finditer(sentence):
        run = m.group(1)
        if m.start() == len(sentence) - len(sentence.lstrip()):
            # «J'accompagne Amadou Bah»: the sentence's capital opens the run; the words after may be a name.
            run = run.split(maxsplit=1)[1] if len(run.split()) > _NAME_AND_OPENER else ""
        if not run or _ARTICLE_BEFORE.search(sentence[: m.start()]):
            continue  # «at a South African university», «the Red Cross office»: a noun's words, no person
        run = _proper_part(run, proper_nouns)
        if any(w in proper_nouns for w in run.split()) and looks_like_name(run, lexicon):
            return run
    return None


def name_spelled_by_a_given_address(sentence: str, note: str, lexicon: Lexicon) -> str | None:
    """The person a presenting sentence names when the tagger reads no proper noun in it: a run of two
    capitalised words, not opening the sentence, that an address the note gives spells whole («Je me permets
    de vous présenter Ousmane Diakité, …» over «… à ousmane.diakite@…»): the address says it is a name."""
    locals_ = [_spelled_plainly(m.group(1)) for m in _GIVEN_ADDRESS.finditer(note)]
    if not locals_:
        return None
    for m in _NAME_RUN.finditer(sentence):
        words = m.group(1).split()
        if m.start() == len(sentence) - len(sentence.lstrip()) or len(words) != _NAME_PAIR_WORDS:
            continue
        spelled = [_spelled_plainly(w) for w in words]
        spelled_whole = any(all(w in local for w in spelled) for local in locals_)
        if spelled_whole and looks_like_name(m.group(1), lexicon):
            return m.group(1)
    return None


_GIVEN_ADDRESS = re.compile(r"([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
_NAME_PAIR_WORDS = 2


_NAME_AND_OPENER = 2  # the sentence's first word, then a name of two words at least


# An article right before a run of capitals: the run qualifies a noun («a South African university») or
# names a thing («la Croix-Rouge»); a person presented is named without one.
_ARTICLE_BEFORE = re.compile(
    r"(?:^|\s)(?:a|an|the|un|une|le|la|les|des|du)\s+$|(?:^|\s)l['’]$", re.IGNORECASE
)


def _proper_part(run: str, proper_nouns: tuple[str, ...]) -> str:
    """A run written in capitals says nothing by its case («POUR MON FILS THIBAULT MOREL»): the name starts
    at the first word the tagger reads as a proper noun. A run in mixed case is kept whole."""
    words = run.split()
    if not run.isupper():
        return run
    start = next((i for i, w in enumerate(words) if w in proper_nouns), 0)
    return " ".join(words[start:])



def relative_by_address(note: str, family: str, lexicon: Lexicon) -> tuple[Fact[str], Fact[str]] | None:
    """A relative the note never names but whose address it gives, spelling a first name and the writer's
    family name («Question pour mon fils… Son adresse : malik.moreaukane@…» from Didier Moreau-Kane): the
    address names them, the family name as the writer writes it."""
    folded_family = fold_name(family).replace("-", "").replace(" ", "")
    if len(folded_family) < _NICKNAME:
        return None
    for address in EMAIL_RE.findall(note):
        parts = [p for p in re.split(r"[._+\-\d]+", address.split("@")[0]) if p]
        if len(parts) != _NAME_PARTS or fold_name(parts[1]) != folded_family or not parts[0].isalpha():
            continue
        first = normalise_name_part(parts[0], lexicon, first=True)
        evidence = Evidence(address, BODY)
        return Fact(first, evidence), Fact(family, evidence)
    return None


_NAME_PARTS = 2  # «malik.moreaukane»: a first name, then the family name
