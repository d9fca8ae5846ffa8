"""Applicant details read from a message and its documents, each fact with its evidence."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from intake.config import ProgrammeSettings
from intake.documents.limits import DocumentResult
from intake.parsing import (
    ForwardedPart,
    ParsedMessage,
    carried_mails,
    earlier_mail,
    labelled_fields,
    quoted_lines,
    signature_of,
    split_forwarded,
    strip_quoted,
)
from intake.understanding.call_text import without_call
from intake.understanding.carried_dates import carried_dates_read
from intake.understanding.cited_mail import with_cited_diploma
from intake.understanding.civic_length import civic_asked_by_length
from intake.understanding.closing_name import name_in_closing
from intake.understanding.contact_owner import anothers_while_applying
from intake.understanding.contacts import (
    find_city,
    find_email,
    find_phone,
    is_our_address,
)
from intake.understanding.criteria_answers import numbered_answers_put, quoted_questions_put
from intake.understanding.date_put_right import dates_put_right
from intake.understanding.discourse import (
    as_finally_meant,
    as_placed,
    asked_as_well,
    held_in_own_line,
    own_earlier_mail,
    own_quoted_mail,
    quoted_states_apart,
    signature_roles,
    signed_evidence,
    subject_as_said,
)
from intake.understanding.drafted_words import own_words_and_draft
from intake.understanding.education import read_education
from intake.understanding.end_unfixed import unfixed_ends_asked
from intake.understanding.ends_apart import ends_apart_asked
from intake.understanding.facts import (
    BODY,
    EMAIL_RE,
    MAX_BODY_CHARS,
    MAX_DOCUMENT_CHARS,
    SUBJECT,
    ApplicantFacts,
    EducationFacts,
    Evidence,
    Fact,
    SituationFacts,
    Source,
    split_sentences,
)
from intake.understanding.family_names import glued_family, presented_family_names, two_family_names
from intake.understanding.form_choices import choices_answered
from intake.understanding.forms import name_in_fields, name_parts_in_fields, read_form_relay, ticked_choices
from intake.understanding.given_names import first_name_in_use
from intake.understanding.lexicon import (
    SECOND_PERSON,
    Lexicon,
    is_adviser_address,
    is_mailer_address,
    load_lexicon,
    load_meanings,
)
from intake.understanding.links import with_links_resolved
from intake.understanding.list_items import (
    aim_headings_joined,
    dated_items,
    others_items_removed,
    resume_read,
    search_items_joined,
)
from intake.understanding.lost_speech import lost_situations_asked
from intake.understanding.mailbox_lent import mailbox_lent
from intake.understanding.name_of_use import name_signed_for_use
from intake.understanding.name_told import name_told
from intake.understanding.names import (
    before_signature,
    clean_candidate,
    completes_initial,
    looks_like_name,
    name_echoing_address,
    name_from_cv,
    name_from_display,
    name_from_introduction,
    name_from_signature,
    name_presented_in,
    name_spelled_by_a_given_address,
    normalise_name_part,
    order_in_doubt,
    relative_by_address,
    same_person,
    split_name,
    without_authors_rows,
)
from intake.understanding.newest_words import (
    course_held_since,
    cover_of_own_letter,
    studies_over_since,
    studying_phrase_over,
    without_our_questions,
)
from intake.understanding.nlp import find_entities
from intake.understanding.own_forward import forwards_own_letter, writer_text, writers_carried_mails
from intake.understanding.owner import a_note_about_its_sender
from intake.understanding.path_no_room import career_without_room
from intake.understanding.periods import dated_entries, years_put_on_months
from intake.understanding.phone_put_right import phone_put_right
from intake.understanding.renamed import as_renamed
from intake.understanding.reply_address import address_to_answer, asked_address, reply_to_address
from intake.understanding.results_awaited import with_awaited_level
from intake.understanding.signals import (
    presenting_sentences,
    read_sentences,
    read_signals,
    relative_named,
    relatives_subject,
    speaks_of_a_relative,
)
from intake.understanding.signature_claims import signature_as_claimed, studies_signed_against_held
from intake.understanding.situation import read_situation
from intake.understanding.spoken_repairs import spoken_repairs_read
from intake.understanding.subject_dates import dates_open_against_subject
from intake.understanding.surface import Surface, as_written, read_documents, read_message
from intake.understanding.taken_back import with_taken_back, without_dates_taken_back
from intake.understanding.tool_versions import dates_open_between_versions
from intake.understanding.trade_diploma import with_trade_named
from intake.understanding.turns import doubted_turns, lost_turns_removed, spoken_read
from intake.understanding.typist import contrasted_selves, typists_asides_removed
from intake.understanding.written_name import name_as_written

__all__ = ["ApplicantFacts", "Evidence", "Fact", "Source", "read_applicant"]


def _applicant_body(
    msg: ParsedMessage, forwarded_by: str | None, lexicon: Lexicon, our_domain: str
) -> tuple[str, str, str | None]:
    """(text written by the applicant, their display name, their address)."""
    relay = read_form_relay(msg)
    if relay is not None:
        return strip_quoted(msg.text), relay.name, relay.address  # the form names the person, not the mailer
    fwd = split_forwarded(msg.text, msg.subject)
    ours = fwd is not None and fwd.from_addr is not None and is_our_address(fwd.from_addr, our_domain)
    # The forwarded text is the applicant's only when the message relays someone else's application; an
    # applicant forwarding us a brochure an adviser sent them writes their own facts above it.
    relayed = forwarded_by is not None
    if fwd is not None and fwd.from_addr and fwd.from_addr != msg.from_addr and not ours and relayed:
        return strip_quoted(fwd.text), fwd.from_name, fwd.from_addr
    text = quoted_questions_put(msg.text, _writers_own_words(msg, fwd, lexicon))  # «> Projet ?» over …
    text = numbered_answers_put(text, lexicon)  # «1. BTS» over «2. 2025»: the diploma's year
    referred = forwarded_by or is_adviser_address(msg.from_addr, lexicon)
    if referred and not a_note_about_its_sender(text, msg.from_name or ""):
        return text, "", None  # the adviser's own words: the applicant's contacts come from the CV
    # A display name carrying an address or a line break is shown, never read as the person's name; one's own
    # letter forwarded («De : Romane Petit <the same address>») names the writer when the header does not.
    own = fwd.from_name if fwd is not None and fwd.from_addr == msg.from_addr else ""
    return text, ("" if msg.from_name_suspect else msg.from_name or own), msg.from_addr


def _writers_own_words(msg: ParsedMessage, fwd: ForwardedPart | None, lexicon: Lexicon) -> str:
    """What the writer says of herself: her words above a mail someone else wrote and she forwards (an
    offer's «Profil : bac+5 exigé», a friend's «moi je suis en service civique», an adviser's «votre stage
    se termine le 31 janvier», all written to her at another time) are hers, that mail is not — only its
    sentences said to her («votre stage est prolongé jusqu'au 31 mars») tell of her; the rest is read as the
    other part (`_other_part`: for a diploma the note does not name). Her own letter forwarded, or a forward
    with no note above it, is read as before (`own_forward.writer_text`)."""
    written = writer_text(msg)
    if fwd is None or not fwd.cover.strip() or not (fwd.from_addr or fwd.from_name.strip()):
        return written
    if forwards_own_letter(fwd, msg):
        return written
    if is_mailer_address(fwd.from_addr, lexicon) or _presents_someone(fwd.cover, msg, lexicon):
        return written  # a bounce of her own mail; «Mon fils m'a demandé de vous faire suivre son message»
    # A sentence said to her («votre stage est prolongé jusqu'au 31 mars», "your degree was awarded") tells of
    # her, where its writer's «je», an offer's «Profil :» and a friend's «moi je suis en stage» do not.
    hers = writers_carried_mails(fwd, msg)  # her own mails in the thread she forwards whole
    told_to_her = [
        s
        for mail in carried_mails(fwd, msg.subject)
        if mail not in hers
        for s in split_sentences(strip_quoted(mail.text))
        if SECOND_PERSON.search(s)
    ]
    return "\n\n".join([strip_quoted(fwd.cover), *(strip_quoted(mail.text) for mail in hers), *told_to_her])


def _presents_someone(cover: str, msg: ParsedMessage, lexicon: Lexicon) -> bool:
    """The note above a forward speaks of a relative or presents someone: the forwarded mail is that
    person's case, not a context the writer shows of her own."""
    if speaks_of_a_relative(cover):
        return True
    return any(sig.name == "referral" for sig in read_signals(cover, "", [], lexicon, sender=msg.from_name))


_PRESENTED = re.compile(
    r"\b(?:M\.|Mme\.?|Mlle\.?|Monsieur|Madame|Mr\.?|Mrs\.?|Ms\.?)\s+"
    r"([A-ZÀ-Ö][\w'’-]+(?:\s+(?:(?:de|du|le|la|d')\s*)?[A-ZÀ-Ö][\w'’-]+){1,2})"
)


def _presented_person(
    body: str, lexicon: Lexicon, writer: str = "", subject: str = ""
) -> tuple[Fact[str], Fact[str]] | None:
    """The person a referrer presents, from what makes someone presented rather than the writer:
    1. a title in the note («j'accompagne M. Rémi Laurent», «je vous oriente Mme Salomé Girard»);
    2. the person named in a sentence that presents someone («Je vous oriente Kevin Nguyen»);
    3. else the first person the note names who is not the writer («une jeune femme, Mélanie Dias, …»);
       a relative named by first name only carries the writer's family name («ma sœur Camille»); the
       subject presents too («On behalf of my son, Rory»), after the note's own sentences."""
    note = before_signature(body, writer)

    # «Deirdre Mac Giolla»: the family name as split_name reads it, particles and all.
    family = (split_name(writer, lexicon) or ("", ""))[1] if len(writer.split()) >= 2 else ""

    def found(name: str, sentence: str) -> tuple[Fact[str], Fact[str]] | None:
        name = _name_in_capitals_completed(name, sentence)
        if family and len(name.split()) == 1 and relatives_subject(name, sentence, note):
            name = f"{name} {family}"  # «mon petit-fils Ethan», written by Jacqueline Marie: Ethan Marie
        parts = glued_family(presented_family_names(name, body, lexicon) or split_name(name, lexicon), body)
        if parts is None or not looks_like_name(name, lexicon, any_case=True) or _a_title(parts[0]):
            # «Bonjour Madame» is a greeting the model took for a name; «Mme Ebongue» names no first name.
            return None
        if same_person(name, writer) or same_person(" ".join(parts), writer):
            return None
        evidence = Evidence(sentence, BODY)
        return Fact(parts[0], evidence), Fact(parts[1], evidence)

    for sentence in [*_person_rows(note), *split_sentences(note)]:
        m = _PRESENTED.search(sentence) or _PERSON_ROW.match(sentence)
        person = found(m.group(1), sentence) if m else None
        if person is not None:
            return person
    for sentence in [*presenting_sentences(note), *(presenting_sentences(subject) if subject else [])]:
        relative = relative_named(sentence)
        # A full name the model tags, then the first name after the relative's noun («my son Ethan»), then a
        # lone word the model tags (a school subject in brackets is no first name).
        tagged = find_entities(sentence, "PER")
        # A name written with its capitals before words the model tagged in lower case ("I mentor young
        # graduates through …, I would like to introduce Amara Osei"); in a text all in lower case (a
        # transcript), the order the names come in.
        full = sorted((name for name in tagged if len(name.split()) > 1), key=lambda name: name.islower())
        lone = [name for name in tagged if len(name.split()) == 1]
        for name in [*full, *([relative] if relative else []), *lone]:
            person = found(name, sentence)
            if person is not None:
                return person
        proper = tuple(w for s in read_sentences(sentence) for w in s.proper_nouns)
        run = name_presented_in(sentence, proper, lexicon)  # the model tagged no person in it
        run = run or name_spelled_by_a_given_address(sentence, note, lexicon)  # nor a proper noun
        person = found(run, sentence) if run else None
        if person is not None:
            return person
    for sentence in split_sentences(note)[:6]:
        for name in find_entities(sentence, "PER"):
            person = found(name, sentence)
            if person is not None:
                return person
    return relative_by_address(note, family, lexicon) if speaks_of_a_relative(note) else None


_PERSON_ROW = re.compile(r"^[^:]+:\s*(.+)$")


# Where a person's row goes on from the name to their other facts: «Aïssatou DJALO, 23 ans», «Nadège EBONGUE —
# 06 …».
_ROW_END = re.compile(r"[,;(]|\s[—–|-]\s")


def _a_title(word: str) -> bool:
    """«Mme», «M.», «Mr»: a title before a family name, never a first name."""
    titles = load_meanings()["title"].lemmas
    return word.casefold() in titles or word.casefold().rstrip(".") in titles


def _name_in_capitals_completed(name: str, sentence: str) -> str:
    """A family name in capitals the model cut short («Kylian DOS» of «Je vous oriente Kylian DOS SANTOS, 22
    ans»): the words in capitals right after it in the sentence are the rest of it."""
    words = name.split()
    if not words or not _SHOUTED.fullmatch(words[-1]):
        return name
    at = sentence.find(name)
    if at < 0:
        return name
    rest = _SHOUTED_RUN.match(sentence, at + len(name))
    more = rest.group(0).split()[: _NAME_WORDS - len(words)] if rest else []
    return " ".join([*words, *more])


_SHOUTED = re.compile(r"[A-ZÀ-Ö][A-ZÀ-Ö'’-]+")
_SHOUTED_RUN = re.compile(r"(?:[ \t]+[A-ZÀ-Ö][A-ZÀ-Ö'’-]+\b(?![a-zà-ÿ]))+")
_NAME_WORDS = 4  # the most words a name completed so holds: more would be a sentence in capitals


def _person_rows(note: str) -> list[str]:
    """A liaison sheet's rows naming the person («Jeune : Kylian ROBERT», «Jeune orientée : …», "Candidate:
    …", «Nom : …»); its name fields first, joined into one name when the sheet splits them («Nom : BENSALEM»
    then «Prénom : Walid»: the family name alone names nobody)."""
    m = load_meanings()
    fields = labelled_fields(note)
    labels = m["field_full_name"].lemmas | m["field_last_name"].lemmas
    presented = m["presented_person"].lemmas
    joined = name_in_fields(fields, m)
    rows = [f"Nom : {joined}"] if len(joined.split()) > 1 else []
    # The person's noun may carry its participle: «Jeune orientée», «Candidate proposée».
    # The name ends where the row goes on to the person's other facts: «Aïssatou DJALO, 23 ans».
    return rows + [
        f"{label} : {_ROW_END.split(value)[0].strip()}"
        for label, value in fields
        if label in labels or label.split()[0] in presented
    ]


def _following(body: str, sentence: str) -> str:
    """The presenting sentence and the one after it («Voici ses coordonnées : …»)."""
    parts = split_sentences(body)
    index = parts.index(sentence) if sentence in parts else -1
    return " ".join(parts[index : index + 2]) if index >= 0 else sentence


def _swapped(a: tuple[Fact[str], Fact[str]], b: tuple[Fact[str], Fact[str]]) -> bool:
    return (
        same_person(a[0].value, b[1].value)
        and same_person(a[1].value, b[0].value)
        and not same_person(a[0].value, a[1].value)
    )


def _own_other_words(msg: ParsedMessage, writer: str) -> list[Source]:
    """Where else the writer gives their contacts: their signature below «-- », and their own earlier mail
    quoted (a cover letter they forward, signed with their name)."""
    out = [Source("signature", sig)] if (sig := signature_of(msg.text)) else []
    quoted = quoted_lines(msg.text)
    signed = writer and any(same_person(line.strip(), writer) for line in quoted.split("\n"))
    # Their own mail quoted under a reminder («je vous renvoie mon message»): its attribution names them —
    # in «>» lines, or under a «De : … Envoyé :» or «----- Mail original -----» header with no «>» (Outlook,
    # Zimbra): a number only that older mail gives is still theirs.
    own = own_quoted_mail(msg, writer)
    if signed or own:
        out.append(Source("message cité", quoted or own))
    return out


def _borrowed_mailbox(body: str, display: str, lexicon: Lexicon) -> tuple[Names, Fact[str]] | None:
    """Someone writing from another person's mailbox («j'écris depuis l'adresse de mon copain»): the body
    gives an address and is signed with the name that address spells, not the sender's — both are theirs.
    Only the note above a forwarded mail is read: the forwarded mail's header and signature («De : Karima
    Slimani <k.slimani@…>», signed Karima Slimani) are its author's, who writes to the sender."""
    forwarded = split_forwarded(body)
    body = forwarded.cover if forwarded is not None else body
    m = EMAIL_RE.search(body)
    address = m.group(0).lower().strip(".") if m and not anothers_while_applying(body, m.start()) else None
    signed = name_echoing_address(body, address, lexicon)
    if address is None or signed is None or same_person(f"{signed[0].value} {signed[1].value}", display):
        return None
    line = next((ln for ln in body.split("\n") if address in ln.lower()), address)
    return signed, Fact(address, Evidence(line, BODY))


Names = tuple[Fact[str], Fact[str]]


def _values(names: Names) -> tuple[str, str]:
    return names[0].value, names[1].value


def _read_names(
    msg: ParsedMessage,
    display: str,
    addr: str | None,
    body: str,
    docs: list[Source],
    lexicon: Lexicon,
    adviser_words: bool,
) -> tuple[Names | None, Names | None]:
    """(the applicant's name, the person a referrer presents): header, CV, signature or introduction, read
    by the steps of `_NAME_STEPS` in their order."""
    reading = _NameReading(msg, display, addr, body, docs, lexicon, adviser_words)
    for step in _NAME_STEPS:
        step(reading)
    return reading.names, reading.presented


@dataclass
class _NameReading:
    """One message's names as `_read_names` reads them: what it reads from, then what each step found."""

    msg: ParsedMessage
    display: str
    addr: str | None
    body: str
    docs: list[Source]
    lexicon: Lexicon
    adviser_words: bool
    names: Names | None = None  # the applicant's name as read so far
    header: Names | None = None  # the From's display, its family names split
    written: Names | None = None  # her name on a CV, a form of her own, a signature, an introduction
    presented: Names | None = None  # the person a referrer presents
    introduced: Names | None = None  # «je m'appelle …», «c'est …» in the body

    @property
    def own_words(self) -> bool:
        """A body written by the person herself (no adviser's words): the name it gives is hers."""
        return bool(self.body.strip()) and not self.adviser_words


def _from_header(r: _NameReading) -> None:
    """The From's display name, the name read so far. First: every later step weighs its own find against
    this one (an introduction corrects it, a written name completes or reorders it), and `first_name_in_use`
    needs `header` as the header gave it; after another step it would overwrite what that step chose."""
    r.names = r.header = _header_names(r.display, r.addr, r.body, r.lexicon)


def _written_down(r: _NameReading) -> None:
    """Her name as written down — a CV, a form of her own pasted in, a signature, an introduction, the name
    her address echoes — kept in `written` only, the name so far left as it is. Before the steps that weigh
    it (`_header_or_written`, `_initial_spelt`, `_in_her_own_words`): later, they would weigh nothing and the
    header's «Dupont Marie» or «Clara M.» would stand. Independent of the referrer's step next to it."""
    for doc in r.docs:
        r.written = r.written or name_from_cv(doc, r.lexicon, r.addr or r.msg.from_addr)
    if r.written is None and r.own_words:
        r.written = (
            _name_in_own_form(r.body, r.lexicon)
            or name_from_signature(r.body, BODY, r.lexicon)
            or name_from_introduction(r.body, BODY, r.lexicon)
            or name_echoing_address(r.body, r.addr, r.lexicon)
        )


def _presented_by_referrer(r: _NameReading) -> None:
    """The person a referrer's mail presents, in its body or only in its subject. Before
    `_header_or_written`, which falls back on it when neither the header nor a written name gives one:
    later, a referral sent from a mailbox with no name would give the applicant none."""
    # A referrer may name the person in the subject only («On behalf of my son, Callum», "Referral: …").
    if r.adviser_words:
        msg = r.msg
        r.presented = _presented_person(r.body, r.lexicon, msg.from_name, msg.subject) or _presented_person(
            msg.subject, r.lexicon, msg.from_name
        )


def _introduced_over_header(r: _NameReading) -> None:
    """Who writes saying so («c'est Morgane Lefort, je vous écris depuis la boîte de mon compagnon») over
    the header's name. Right after the header and before `_header_or_written`: it corrects the header alone,
    and the written name then completes or reorders the name so corrected; later, the name so far might be a
    CV's or a signature's already, and an introduction would overrule what they settled. Keeps `introduced`
    for `_in_her_own_words`."""
    r.introduced = introduced = name_from_introduction(r.body, BODY, r.lexicon) if r.own_words else None
    names = r.names
    if names is not None and introduced is not None and not _swapped(names, introduced):
        # «c'est Morgane Lefort, je vous écris depuis la boîte de mon compagnon»: who writes says so.
        said = f"{introduced[0].value} {introduced[1].value}"
        same = same_person(f"{names[0].value} {names[1].value}", said) or _said_shorter(names, introduced)
        r.names = names if same else _surname_completed(names, introduced, r.body) or introduced


def _header_or_written(r: _NameReading) -> None:
    """The header's (or introduced) name weighed against the written one: no header name takes the written
    one or the referrer's person; a written name tells the order or the title, or completes a surname; else
    the header stands. Once every candidate is read (header, written, presented, introduced): earlier, one
    not yet read could not be chosen. Before the refinements that start from the name it settles on."""
    names, written = r.names, r.written
    if names is None:
        r.names = written or r.presented
    elif written is not None and (_swapped_told(names, written, r.lexicon) or _titled(names, written)):
        r.names = written  # «Dupont Marie» in the header, «Marie DUPONT» on the CV: the CV tells the order
    elif written is not None:
        completed = _surname_completed(names, written, r.body)
        r.names = completed or name_signed_for_use(names, written, r.body, r.addr, r.lexicon) or names


def _initial_spelt(r: _NameReading) -> None:
    """An initial the name still has («Clara M.») spelt out by the written name («Clara Moulin»). After
    `_header_or_written`: it fills in only what remains an initial once the header and the written name are
    weighed (a name reordered or completed there has none); before the body's own corrections, which start
    from the whole name (a first name in use is matched against it)."""
    # «Clara M.» in the header, «Clara Moulin» signed: the signature spells the initial.
    names, written = r.names, r.written
    if names is not None and written is not None and completes_initial(_values(names), _values(written)):
        r.names = written


def _in_her_own_words(r: _NameReading) -> None:
    """The body's own word on the name she uses: an initial her address spells, her own name in a mailbox
    she borrows, the first name she goes by («Elizabeth "Liz" Turner»). After every choice of the whole name
    (it reads `header`, `written` and `introduced` as the steps before left them): earlier, a later step
    would put back the header's or the CV's first name. Before her spelling, which only respells letters."""
    if r.names is None or not r.own_words:
        return
    names = r.names
    signed = name_echoing_address(r.body, r.addr, r.lexicon)
    if signed is not None and completes_initial(_values(names), _values(signed)):
        names = signed
    names = _own_name_in_a_lent_mailbox(names, r.body, r.lexicon)
    # «Elizabeth "Liz" Turner», a middle name in English, «Tina» signed «Maria Cristina» (given_names.py)
    r.names = first_name_in_use(names, r.header, r.written or r.introduced, r.body)


def _spelt_as_she_writes(r: _NameReading) -> None:
    """The name as she spells it («Busra Celik» signed «Büşra Çelik») and as she tells it («appelez-moi
    Max»). Last: it changes the letters of the name every step before chose, or names it as she says; any
    step after it could put back the header's unaccented or unchosen form."""
    if r.names is not None and not r.adviser_words:
        r.names = _as_she_writes_it(r.names, r.body, r.docs, r.lexicon)


# The steps of reading a message's names, in their order (as Mailman's chains keep the order of their rules):
# each step reads what the steps before it found, so a step's place is its precedence — the header first, a
# name written down, the referrer's person, an introduction over the header, the written name over the
# header, an initial spelt out, the body's own corrections, her spelling last.
_NAME_STEPS: tuple[Callable[[_NameReading], None], ...] = (
    _from_header,
    _written_down,
    _presented_by_referrer,
    _introduced_over_header,
    _header_or_written,
    _initial_spelt,
    _in_her_own_words,
    _spelt_as_she_writes,
)


def _header_names(display: str, addr: str | None, body: str, lexicon: Lexicon) -> Names | None:
    """The name of the From's display, its family names split as the address writes them."""
    names = name_from_display(display, BODY, lexicon, addr) if display else None
    if names is None:
        return None
    # «Marta Soler Vidal» from marta.soler.v@…: two family names (family_names.py), else the header's.
    split = two_family_names(clean_candidate(display), addr, body, lexicon) or _values(names)
    split = glued_family(split, addr or "") or split  # «Faïza Said Omar» at faiza.saidomar@
    return (
        Fact(split[0], Evidence(f"De : {display}", "en-tête")),
        Fact(split[1], Evidence(f"De : {display}", "en-tête")),
    )


def _as_she_writes_it(names: Names, body: str, docs: list[Source], lexicon: Lexicon) -> Names:
    """The writer's own name as she spells it and tells of it: «Busra Celik» in the header signed «Büşra
    Çelik» (written_name.py); «My surname is Ferreira da Silva», «appelez-moi Max» (name_told.py)."""
    names = name_as_written(names, [Source(BODY, body), *docs], lexicon) or names
    return name_told(names, body, lexicon) or names


def _name_in_own_form(body: str, lexicon: Lexicon) -> Names | None:
    """«Nom : BERNARD» and «Prénom : Lucie» pasted from a form into the writer's own mail (no adviser's): the
    labels name her family name and her first name, whatever their order on the page."""
    fields = labelled_fields(body)
    parts = name_parts_in_fields(fields, load_meanings())
    if parts is None or not looks_like_name(" ".join(parts), lexicon, any_case=True):
        return None
    evidence = Evidence(f"Nom : {parts[1]} / Prénom : {parts[0]}", BODY)
    first, last = normalise_name_part(parts[0], lexicon, first=True), normalise_name_part(parts[1], lexicon)
    return Fact(first, evidence), Fact(last, evidence)


def _own_name_in_a_lent_mailbox(names: Names, body: str, lexicon: Lexicon) -> Names:
    """«Je suis Sarah Haddou, je passe par la boîte mail de mon compagnon», a hotel's desk's mailbox signed
    «Pauline Brunet»: the writer says the mailbox is someone else's (mailbox_lent.py), so the display name is
    its owner's and the name she signs or introduces herself with is hers."""
    if mailbox_lent(body) is None:
        return names
    own = name_from_signature(body, BODY, lexicon) or name_from_introduction(body, BODY, lexicon)
    if own is None or same_person(" ".join(_values(names)), " ".join(_values(own))):
        return names
    return own


def _named_or_signed(
    names: Names | None, body: str, addr: str | None, lexicon: Lexicon, adviser_words: bool
) -> tuple[Fact[str] | None, Fact[str] | None]:
    """The name read, else the one the writer signs alone under her closing («Bien à vous,» then «Léa» from
    lea.fabre@: closing_name.py) — never a referrer's, whose signature is theirs."""
    if names is not None:
        return names
    signed = None if adviser_words else name_in_closing(body, addr, lexicon)
    return signed if signed is not None else (None, None)


def _said_shorter(header: Names, introduced: Names) -> bool:
    """«Je m'appelle Marta Soler» from «Marta Soler Vidal», "My name is Ana Lucía" from «Ana Lucía Ruiz»: the
    words the writer introduces themselves with are the header's first words, fewer of them — the same person
    giving the short name they use, which says nothing of where the header's family name starts."""
    full = " ".join(_values(header)).split()
    said = " ".join(_values(introduced)).split()
    if len(said) > 1 and same_person(" ".join(said), header[0].value):
        return True  # «Ici Pierre Louis» from «Pierre-Louis Garnier»: her compound first name alone
    return 1 < len(said) < len(full) and same_person(" ".join(full[: len(said)]), " ".join(said))


def _swapped_told(header: Names, written: Names, lexicon: Lexicon) -> bool:
    """The other source writes the header's words in the other order and that order is told by the words:
    «Zhang Wei» signed under «Wei Zhang», both family names of a language writing the family name first,
    tells nothing the header does not."""
    if not _swapped(header, written):
        return False
    signed = f"{written[0].value} {written[1].value}"
    return _family_in_capitals(written) or not order_in_doubt(signed, lexicon)


def _family_in_capitals(written: Names) -> bool:
    """«LIU Yang» signed under a «Liu Yang» header: the family name written in capitals beside a given name in
    ordinary case tells which is which, whatever the words' order or the languages they belong to."""
    said = written[1].evidence.text if written[1].evidence else ""
    family, given = written[1].value, written[0].value
    return any(w == family.upper() for w in said.split()) and given in said.split() and len(family) > 1


def _surname_completed(header: Names, written: Names, body: str) -> Names | None:
    """«Valentina Ríos» in the header, «Valentina Ríos Aguirre» signed: the writer's full name holds the
    header's words in order and goes on after its family name (a second family name the mail software
    dropped). The words after the header's first name are then the family name, as written. Read from the
    body, the full name must stand on one of its lines: a fiche's next label («Full name: Grace Holt» then
    «Degree: …») is no family name, though a parse may join the two lines into one span."""
    first, last = _values(header)
    words = " ".join(_values(written)).split()
    n, k = len(first.split()), len(last.split())
    if len(words) <= n + k or not same_person(" ".join(words[:n]), first):
        return None
    said = written[1].evidence.text if written[1].evidence else ""
    if " ".join(words) not in said:
        return None  # «Nicolas Barre» then «Date : …» on the next line of a quoted header: no name goes on
    if written[1].evidence and written[1].evidence.where == BODY and not _on_one_line(words, body):
        return None
    if not all(len(w) > 1 and w[:1].isupper() for w in words[n + k :]):
        return None  # «Daniel Okafor I», «… zéro»: a letter or a word of the sentence, not a family name
    if not same_person(" ".join(words[n : n + k]), last):
        return None
    return header[0], Fact(" ".join(words[n:]), written[1].evidence)


def _on_one_line(words: list[str], body: str) -> bool:
    return any(" ".join(words) in " ".join(line.split()) for line in body.splitlines())


def _titled(header: Names, written: Names) -> bool:
    """«Dr-to-be Samuel Okafor» in the header, «Samuel Okafor» signed: the header's extra words before the
    same name, not written as a name (a piece in lower case), are a title, not a first name («Marie Claire
    Dubois» signed «Claire Dubois» keeps the header's)."""
    first, signed = header[0].value, written[0].value
    same_last = header[1].value.casefold() == written[1].value.casefold()
    if not same_last or first == signed or not first.casefold().endswith(f" {signed.casefold()}"):
        return False
    extra = first[: -len(signed)]
    return any(piece[:1].islower() for piece in re.split(r"[-\s]+", extra) if piece)


def read_applicant(
    msg: ParsedMessage,
    documents: Sequence[DocumentResult],
    *,
    today: date,
    forwarded_by: str | None = None,
    rules_dir: Path | None = None,
    our_address: str | None = None,
) -> ApplicantFacts:
    """What a message tells of its applicant. `our_address`: the programme's address (its domain is ours:
    an address there is never the applicant's)."""
    lexicon = load_lexicon(rules_dir)
    msg, documents, surfaces = _words_as_meant(msg, documents, today)
    ours = ProgrammeSettings(address=our_address).domain if our_address else ProgrammeSettings().domain
    body, display, addr = spoken_read(*_applicant_body(msg, forwarded_by, lexicon, ours))  # chat, voicemail
    body = typists_asides_removed(without_call(body)[:MAX_BODY_CHARS])  # call, typist's aside: not theirs
    body = search_items_joined(resume_read(ticked_choices(choices_answered(others_items_removed(body)))))
    body_source = Source(BODY, body)
    docs = _document_sources(documents)
    # An adviser's own cover note holds the adviser's name and phone: contacts then come from the CV.
    adviser_words = addr is None and (forwarded_by is not None or is_adviser_address(msg.from_addr, lexicon))
    relay = _relay_cover(msg, forwarded_by, body)
    # A referral's author rows (their role, phone, own diploma) tell nothing of the person presented.
    read = without_authors_rows(body, _authors(msg, body, lexicon)) if adviser_words else body
    sources, earlier = _sources_in_time(msg, read, (display, addr), bool(relay), adviser_words, today)
    sources += docs
    contact_sources = docs if adviser_words else [body_source, *docs, *_own_other_words(msg, display)]
    facts = ApplicantFacts(forwarded_by=forwarded_by)

    names, presented = _read_names(msg, display, addr, body, docs, lexicon, adviser_words)
    facts.first_name, facts.last_name = _named_or_signed(names, body, addr, lexicon, adviser_words)

    _read_contacts(
        facts, msg, (body, display, addr), lexicon, contact_sources, docs, adviser_words, presented, ours
    )
    facts.city = find_city(docs if adviser_words else [*docs, body_source], lexicon)
    subject = _subject_source(msg.subject)
    # The subject is read for a diploma over a short body or when the body names none; a situation it
    # states («stage en cours jusqu'au 15/01») is read whatever the body says.
    sources += _forwarded_quote(msg) + relay
    parts = _other_part(msg, body)
    short = _when_short(subject, body)
    facts.education = _education_where_told(sources, earlier, parts, (subject, short), lexicon, today)
    sources += parts[0] + _dated_list(body)
    signed = signature_roles(msg.text, msg.from_name)  # the signature's titles, read once
    facts.education = _education_as_signed_and_versioned(facts.education, signed, body, lexicon, today)
    own_subject = [] if _ANSWERED_SUBJECT.match(msg.subject or "") else subject  # a reply's: an older line
    if facts.education is not None:  # «Candidature – BTS 2025» above «BTS obtenu en 2023»: open
        facts.education = dates_open_against_subject(facts.education, own_subject, body, lexicon, today)
    texts = (sources, earlier, subject)
    facts.situation = _situation_as_placed(msg, texts, lexicon, today, facts.education, signed)
    facts.education = studying_phrase_over(facts.education, facts.situation)  # over since the earlier mail
    # «je ne suis plus en stage» above a CV dating it «jusqu'en février 2027»: asked (ends_apart.py).
    facts.situation = ends_apart_asked(facts.situation, body, (docs, signed), lexicon, today)
    facts.education = with_awaited_level(facts.education, facts.situation)  # last: no re-reading takes it
    return as_written(facts, surfaces)


def _words_as_meant(
    msg: ParsedMessage, documents: Sequence[DocumentResult], today: date
) -> tuple[ParsedMessage, list[DocumentResult], tuple[Surface, ...]]:
    """The message and documents as every reader below reads them — the words as meant («serivce»,
    «diplome», «rnaster»), the days a mail named on its own day («vendredi prochain» of 5 March, read on the
    22nd: the 12th) —, and the surfaces that put evidence back in the words as written at the end."""
    msg, surfaces = read_message(msg)
    msg, carried = carried_dates_read(msg, today)
    surfaces = (carried, *surfaces) if carried is not None else surfaces
    read_docs, document_surfaces = read_documents(documents)
    return msg, read_docs, (*surfaces, *document_surfaces)


def _education_where_told(
    sources: list[Source],
    earlier: list[Source],
    parts: tuple[list[Source], list[Source]],
    subjects: tuple[list[Source], list[Source]],
    lexicon: Lexicon,
    today: date,
) -> EducationFacts:
    """The diplomas read from the mail's sources, then, while none is held, from the parts around them: the
    earlier mail an update sits above, the other part of a two-part mail (`parts`: the writer's own, the
    other), the subject (`subjects`: the subject, and the subject as read over a short body)."""
    own, other = parts
    subject, short = subjects
    education = read_education([*sources, *short], lexicon, today)
    if earlier and not (education.highest is not None and education.highest.obtained):
        # «Mise à jour : mon stage est terminé» above the mail it updates: the diploma is told there; «mon
        # master n'est donc pas fini» tells a course still going on, the diploma held may be told there too.
        education = read_education([*sources, *earlier, *short], lexicon, today)
    if education.highest is None and (own or other):
        # «Je vous présente Florian, ingénieur de notre promotion 2025» above the person's own letter, or
        # the letter under a note that names no diploma: the other part tells it.
        education = read_education([*sources, *own, *other, *short], lexicon, today)
    if subject and education.highest is None and not education.unclassified:
        # «M2 obtenu en juin 2026 / service civique en cours» as the subject of a note that names no diploma.
        education = read_education([*sources, *own, *subject], lexicon, today)
    if (earlier or any(s.older for s in sources)) and education.highest and education.highest.in_progress:
        # «Depuis, j'ai eu mon diplôme le 15 décembre» above «je suis en M2»: that course, held then.
        newer = read_education([s for s in sources if not s.older], lexicon, today)
        education = course_held_since(education, newer)
    return education


def _education_as_signed_and_versioned(
    education: EducationFacts | None, signed: list[str], body: str, lexicon: Lexicon, today: date
) -> EducationFacts | None:
    """The education read, a student's title (`signed`: the signature's titles) the body outgrew set aside
    (signature_claims.py), and its date left open when two versions of a tool's draft date the diploma
    differently (tool_versions.py)."""
    education = studies_signed_against_held(education, signed, today)  # a title the body outgrew
    return dates_open_between_versions(education, body, lexicon, today) if education else education


def _document_sources(documents: Sequence[DocumentResult]) -> list[Source]:
    """Each attachment's text; a résumé's «Recherche» or «Objectif» heading read with the line under it, the
    months under a year's line dated by it (periods.years_put_on_months)."""
    return [
        Source(
            d.source_label,
            aim_headings_joined(years_put_on_months(d.text[:MAX_DOCUMENT_CHARS])),
            is_document=True,
        )
        for d in documents
        if d.text
    ]


def _dated_list(body: str) -> list[Source]:
    """«- 2012–2023 : infirmière» over «- 2025 : licence ESS»: a list of dated items read as a CV's lines."""
    listed = "\n".join(filter(None, (dated_items(body), dated_entries(body))))  # a profile's entries too
    return [Source("liste", listed, is_document=True)] if listed else []


def _situation_as_placed(
    msg: ParsedMessage,
    texts: tuple[list[Source], list[Source], list[Source]],
    lexicon: Lexicon,
    today: date,
    education: EducationFacts | None,
    signed: list[str],
) -> SituationFacts:
    """The situation read in (the writer's texts, their earlier mail, the subject), each where it sits
    (discourse.as_placed): a correcting postscript last, the signature's title as the writer's role, the
    subject as the writer's own line; studies the earlier mail told going on are over when the newer words
    tell the diploma held (`education`, newest_words.py); the title quoted as written (`signed`)."""
    sources, earlier, subject = texts
    sources = lost_turns_removed(sources)  # a lost speaker's turn: its situation is asked (turns.py)
    placed, doubted = as_placed(sources, msg.text, msg.from_name)
    doubted += doubted_turns(msg.text, msg.from_name)  # a transcript's turn of a lost speaker: asked
    doubted += _typists_contrast(msg.text)  # «Moi je suis en stage» in a dictated mail: asked (typist.py)
    situation = read_situation([*placed, *earlier, *subject], lexicon, today)
    situation = lost_situations_asked(situation, sources)  # «jusqu'à [inaudible]»: asked (lost_speech.py)
    situation = civic_asked_by_length(situation, today)  # «depuis mars», no end: asked (civic_length.py)
    situation = unfixed_ends_asked(situation)  # «sans date de fin fixée»: asked (end_unfixed.py)
    if subject:
        situation = held_in_own_line(situation, read_situation(subject_as_said(subject), lexicon, today))
    if doubted:
        situation = asked_as_well(situation, read_situation(doubted, lexicon, today))
    if sources and sources[0].where == BODY:  # «oubliez ce que je disais sur mon stage» (taken_back.py)
        situation = with_taken_back(situation, sources[0].text, lexicon, today)
    situation = studies_over_since(situation, education, [*earlier, *sources], today)
    situation = career_without_room(situation, education, today)  # «juste après mon bac de 2022»
    return _quoting_the_signature(situation, signed)


def _typists_contrast(text: str) -> list[Source]:
    """A dictated mail's clauses opening on an emphatic self after the person was spoken of in the third
    person: the typist's or the person's, so asked (typist.contrasted_selves)."""
    contrasted = contrasted_selves(text)
    return [Source(BODY, contrasted)] if contrasted else []


def _quoting_the_signature(situation: SituationFacts, signed: list[str]) -> SituationFacts:
    """A situation read from the signature's title quotes the title as written (`signed`; discourse.as_placed
    reads it as the writer's «je suis …»)."""
    for table in (situation.flags, situation.past, situation.uncertain):
        for name, evidence in table.items():
            table[name] = signed_evidence(evidence, signed)  # type: ignore[assignment]
    return situation


# The writer's new text as finally meant, one rewrite after another, each reading the text the one before
# left: the dates the writer takes back (taken_back.py), a date a correcting postscript puts right in the
# letter (date_put_right.py), a state renamed (renamed.py: before the corrections in passing), then the
# corrections in passing (discourse.as_finally_meant, its own steps in their order: struck words, doubted
# dates, …; applied after these, with the reading day). The earlier mail is read through the last alone.
_AS_MEANT: tuple[Callable[[str], str], ...] = (
    without_dates_taken_back,
    dates_put_right,
    as_renamed,
    spoken_repairs_read,
)


@dataclass(frozen=True)
class _Written:
    """What the rewrites after the corrections read beside the text: the mail, and whether the writer's own
    new text stands alone (no earlier mail of theirs under it)."""

    msg: ParsedMessage
    own_alone: bool


def _links_resolved(text: str, written: _Written) -> str:
    """Each linked sentence names its thing again («je l'ai obtenu en 2025» → «j'ai obtenu mon master en
    2025»)."""
    return with_links_resolved(text, load_lexicon())


def _trade_named(text: str, written: _Written) -> str:
    """«Je suis jeune infirmière … le jury m'a délivré le diplôme d'État»: the bare State diploma named with
    the writer's own trade (trade_diploma.py)."""
    return with_trade_named(text, load_lexicon())


def _cited_diploma(text: str, written: _Written) -> str:
    """«my degree» taken up from a mail to them the writer points to (cited_mail.py), their own text alone."""
    if not written.own_alone:
        return text
    return with_cited_diploma(text, earlier_mail(written.msg.text)[1], load_lexicon())


def _quoted_states(text: str, written: _Written) -> str:
    """«vous m'aviez dit que mon BTS n'était pas validé»: a state quoted is not today's."""
    return quoted_states_apart(text)[0]


def _as_signed(text: str, written: _Written) -> str:
    """The signature's title read as the claim it is (signature_claims.py): «ma signature date un peu», the
    body's word over it."""
    return signature_as_claimed(text, written.msg.text, written.msg.from_name)


# What the new text takes up once it says what it means, one step after another: the links first, after
# the corrections — a date a postscript puts right among them (date_put_right.py): a link takes up the thing
# as finally meant —, then the diploma of a cited mail, the states quoted apart, the signature's claims.
_TAKEN_UP: tuple[Callable[[str, _Written], str], ...] = (
    _links_resolved,
    _trade_named,
    _cited_diploma,
    _quoted_states,
    _as_signed,
)


def _sources_in_time(
    msg: ParsedMessage,
    body: str,
    writer: tuple[str, str | None],
    relayed: bool,
    adviser_words: bool,
    today: date,
) -> tuple[list[Source], list[Source]]:
    """([the writer's new text], [their own earlier mail under it]), each as finally meant («en 2023,
    pardon, en 2025») on the reading day `today`; `writer`: their display name and address. A relayed mail
    under its relay's note is the earlier text: the note updates it."""
    display, addr = writer
    own = addr is not None and addr == msg.from_addr and not adviser_words
    new, older = own_earlier_mail(msg, body, display, own)
    new = cover_of_own_letter(msg, new) if older else new  # the letter is read once: as the older mail
    drafted = None if older else own_words_and_draft(new)
    if drafted is not None:
        # «Mon prompt : « … mon service civique s'est terminé fin août »» under the tool's «Actuellement
        # engagé en service civique»: the person's words are today's, the draft an earlier rendering of them.
        new, older = drafted
    older = without_call(older)  # the call the applicant answers under is no earlier word of theirs
    older = without_our_questions(older, msg.text)  # nor our questions they answer one by one
    earlier = [Source("message antérieur", as_finally_meant(older, today)[:MAX_BODY_CHARS], older=True)]
    for rewrite in _AS_MEANT:
        new = rewrite(new)
    new = as_finally_meant(new, today)
    written = _Written(msg, own and not older)
    for taking_up in _TAKEN_UP:
        new = taking_up(new, written)
    return [Source(BODY, new, older=relayed)], (earlier if older else [])


def _read_contacts(
    facts: ApplicantFacts,
    msg: ParsedMessage,
    writer: tuple[str, str, str | None],
    lexicon: Lexicon,
    contact_sources: list[Source],
    docs: list[Source],
    adviser_words: bool,
    presented: tuple[Fact[str], Fact[str]] | None,
    ours: str,
) -> None:
    """The applicant's address and phone: the sender's, or, in a referral, those the note gives. `writer`:
    the applicant's (body, display name, address) as `_applicant_body` found them."""
    body, display, addr = writer
    borrowed = None if adviser_words or not display else _borrowed_mailbox(body, display, lexicon)
    if borrowed is not None:
        (facts.first_name, facts.last_name), facts.email = borrowed
    elif addr and not is_adviser_address(addr, lexicon):
        # «vous pouvez me répondre à lea point martin … arobase gmail point com» (reply_address.py): theirs.
        answer_at = None if facts.forwarded_by else _answer_at(msg, body, display, addr, docs)
        facts.email = answer_at or Fact(addr, Evidence(f"De : {addr}", "en-tête"))
    else:
        exclude = {a for a in (msg.from_addr, facts.forwarded_by) if a}
        facts.email = find_email(contact_sources[::-1] if not adviser_words else docs, lexicon, exclude, ours)
    facts.phone = find_phone(contact_sources, lexicon=lexicon)
    if not adviser_words:  # «PS : erreur de frappe sur mon numéro, c'est 06 12 …» (phone_put_right.py)
        facts.phone = phone_put_right(body, lexicon) or facts.phone
    if adviser_words and presented is not None:
        # A referral note: «Mme Salomé Girard (salome.girard@…, 06 …)»; the adviser's signature is not hers.
        # What the referrer writes of the person comes first: it is the address they want us to use.
        said = presented[0].evidence.text if presented[0].evidence else ""
        sentence = Source(BODY, _following(body, said))
        exclude = {a for a in (msg.from_addr, facts.forwarded_by) if a}
        authors = _authors(msg, body, lexicon)
        note = Source(BODY, without_authors_rows(before_signature(body, msg.from_name), authors))
        said_email = find_email([sentence, note], lexicon, exclude, ours)
        facts.email = said_email or facts.email
        said_phone = find_phone([sentence], lexicon=lexicon, presented=True) or find_phone(
            [note], lexicon=lexicon, presented=True
        )
        facts.phone = said_phone or facts.phone


def _authors(msg: ParsedMessage, body: str, lexicon: Lexicon) -> list[str]:
    """Who wrote a referral's note: the sender's display name and the name signing the note on a line of its
    own («Valérie Payet» under «Cordialement»), never a name read from a row («Candidat : Enzo Baudry»)."""
    signed = name_from_signature(body, BODY, lexicon)
    name = " ".join(f.value for f in signed) if signed else ""
    alone = any(same_person(line.strip(" \t—–-"), name) for line in body.splitlines()) if name else False
    return [msg.from_name or "", name if alone else ""]


def _answer_at(
    msg: ParsedMessage, body: str, display: str, addr: str, docs: list[Source]
) -> Fact[str] | None:
    """The address the writer gives as theirs to answer at, over the mailbox they write from: said so
    («mon adresse perso c'est …»), asked for in the sentence giving it or pointing to it («répondez-moi à
    clara [point] moulin [at] …», «utilisez celle de ma signature»), or set as their own mail's Reply-To."""
    exclude = {addr}
    own = addr == msg.from_addr
    return (
        address_to_answer(body)
        or asked_address(body, docs, exclude)
        or (reply_to_address(msg, display, exclude) if own else None)
    )


_SUBJECT_PARTS = re.compile(r"\s+[-–—|/]\s+|\s*[;:]\s+")
# A reply's or a forward's marks before the subject it takes up: «Re :», «TR:», "Fwd:".
_ANSWERED_SUBJECT = re.compile(r"^(?:\s*(?:re|tr|fwd?)\s*:)+", re.IGNORECASE)
_SHORT_BODY = 120


def _subject_source(subject: str | None) -> list[Source]:
    """«Candidature - master ESS 2026 - recherche en coopérative»: the subject's parts read like CV lines."""
    if not subject:
        return []
    text = _ANSWERED_SUBJECT.sub("", subject)
    return [Source(SUBJECT, "\n".join(p.strip() for p in _SUBJECT_PARTS.split(text)), is_document=True)]


_FORWARD_SUBJECT = re.compile(r"^\s*(?:tr|fwd?|fw)\s*:", re.IGNORECASE)


def _forwarded_quote(msg: ParsedMessage) -> list[Source]:
    """«Fwd: …» with the forwarded letter quoted in «> » lines: the quote is the applicant's own words (a
    cover letter sent elsewhere, a message an adviser passes on), read for education and situation."""
    if not msg.subject or not _FORWARD_SUBJECT.match(msg.subject):
        return []
    quoted = [ln.lstrip()[1:].strip() for ln in msg.text.splitlines() if ln.lstrip().startswith(">")]
    text = without_call("\n".join(ln for ln in quoted if ln))
    return [Source("transféré", text[:MAX_BODY_CHARS], older=True)] if text else []


def _relay_cover(msg: ParsedMessage, forwarded_by: str | None, body: str) -> list[Source]:
    """The note of whoever relays a forwarded application often tells facts the forwarded text leaves out
    («master 2, promotion 2022»): read for education and situation, never for contacts (the relay's own)."""
    fwd = split_forwarded(msg.text, msg.subject) if forwarded_by else None
    if fwd is None or not fwd.cover.strip() or fwd.cover.strip() in body:
        return []
    return [Source("note de transmission", without_call(strip_quoted(fwd.cover))[:MAX_BODY_CHARS])]


def _other_part(msg: ParsedMessage, body: str) -> tuple[list[Source], list[Source]]:
    """The part of a forward the body is not: (the writer's own letter forwarded from their own mailbox,
    read like the body; any other part, read only for a diploma the body does not name)."""
    fwd = split_forwarded(msg.text, msg.subject)
    if fwd is None or not fwd.text.strip() or not fwd.cover.strip():
        return [], []
    forwarded = without_call(strip_quoted(fwd.text))
    if forwarded.strip() == body.strip():
        return [], [Source("note de transmission", fwd.cover[:MAX_BODY_CHARS])]
    own = bool(fwd.from_addr) and fwd.from_addr == msg.from_addr
    # The writer's own letter resent under a note («je vous renvoie ma candidature avec une mise à jour»):
    # the note is newer, the letter an earlier state it updates (a fact only the letter states still counts).
    letter = [Source("message transféré", forwarded[:MAX_BODY_CHARS], older=own)]
    return (letter, []) if own else ([], letter)


def _when_short(subject: list[Source], body: str) -> list[Source]:
    """Over an empty or short body, the subject is the only place the facts are told."""
    return subject if len(body.strip()) < _SHORT_BODY else []
