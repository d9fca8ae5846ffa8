"""What kind of message this is, decided by small rules checked in a fixed order (Mailman-style chain).

Each rule has a ``name``, a ``description`` and ``check()`` returning a :class:`RuleResult` that says why.
The first rule that matches decides; the order is the data in :data:`CHAIN`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from intake.case_token import CASE_TOKEN
from intake.config import ProgrammeSettings
from intake.parsing import (
    ForwardedPart,
    ParsedMessage,
    labelled_fields,
    split_forwarded,
    strip_quoted,
)
from intake.understanding.absence_asked import person_asks
from intake.understanding.applying_denied import denied_at
from intake.understanding.asked_after import asked_after_topic
from intake.understanding.call_notice import callers_words
from intake.understanding.call_text import without_call
from intake.understanding.clauses import Operator, parse, read_operator, tokens_in
from intake.understanding.contacts import contact_handed_over, is_our_address
from intake.understanding.criteria_answers import Answered, answers_the_call
from intake.understanding.cv import own_resume_in_body
from intake.understanding.discourse import own_quoted_mail
from intake.understanding.elsewhere import joining_denied, place_with_us_asked, research_asked
from intake.understanding.envelope import words_beside_machine
from intake.understanding.form_choices import choices_answered
from intake.understanding.form_named import names_a_form
from intake.understanding.forms import is_own_fiche, name_in_fields, read_form_relay
from intake.understanding.lexicon import (
    FIRST_PERSON,
    Lexicon,
    is_adviser_address,
    is_mailer_address,
    load_lexicon,
    load_meanings,
)
from intake.understanding.newcomer import newcomer_mark
from intake.understanding.own_forward import forwards_own_letter, forwards_own_mail, writer_text
from intake.understanding.public_asked import asked_for_a_public
from intake.understanding.question_relayed import read_relayed_question
from intake.understanding.relative_asked import read_relative_asked
from intake.understanding.session_asked import session_asked
from intake.understanding.signals import (
    Signal,
    group_searches,
    inquires,
    is_asked,
    is_programme_question,
    may_ask,
    offers_a_post,
    presents_by_act,
    read_signals,
    referral_hint,
    split_asked,
    tag_ahead,
)
from intake.understanding.subject_asks import subject_asks
from intake.understanding.surface import read_message, written
from intake.understanding.topic_named import topic_named
from intake.understanding.unnamed_asker import read_unnamed_question, states_applying
from intake.understanding.weighed import weighed_at
from intake.understanding.withdrawn import programme_left, withdrawn_at

KINDS = ("application", "question", "reply", "auto_reply", "bounce", "newsletter", "other")
ThreadCheck = Callable[[list[str]], bool]

_REPLY_SUBJECT = re.compile(r"^\s*(?:re|r[ée]p|aw|sv|antw)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class RuleResult:
    matched: bool
    reason: str = ""  # a French sentence a coordinator can read
    details: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Context:
    msg: ParsedMessage
    lexicon: Lexicon
    is_our_thread: ThreadCheck | None
    our_address: str = ProgrammeSettings().address
    our_name: str = ProgrammeSettings().name
    # The rules' answers for this message, by rule class: a rule another one consults (DirectApplication,
    # RequestNearBy, AutoReply, Bounce) is checked once per message, not again when the chain reaches it. A
    # context made for other words (`replace`) starts with none.
    answers: dict[type, RuleResult] = field(default_factory=dict, init=False, compare=False, repr=False)


class Rule(Protocol):
    name: str
    kind: str
    description: str

    def check(self, ctx: Context) -> RuleResult: ...


def _checked(rule: Rule, ctx: Context) -> RuleResult:
    """`rule`'s answer for the message of `ctx`, checked once per message (the rules keep no state)."""
    answer = ctx.answers.get(type(rule))
    if answer is None:
        answer = ctx.answers[type(rule)] = rule.check(ctx)
    return answer


def _search(pattern: re.Pattern[str] | None, text: str) -> re.Match[str] | None:
    return pattern.search(text) if pattern is not None and text else None


class Bounce:
    name = "bounce"
    kind = "bounce"
    description = "Avis de non-remise (multipart/report delivery-status, MAILER-DAEMON, postmaster)."

    def check(self, ctx: Context) -> RuleResult:
        msg, words = ctx.msg, ctx.lexicon.messages.get("bounce", {})
        report_type = msg.headers.get("content-type", "").lower()
        is_report = msg.content_type == "multipart/report" and "delivery-status" in report_type
        sender = msg.from_addr or ""
        by_sender = is_mailer_address(sender, ctx.lexicon)
        by_subject = _search(words.get("subjects"), msg.subject) is not None
        by_body = _search(words.get("bodies"), msg.text[:4000]) is not None
        if not (
            is_report
            or msg.delivery_status
            or (by_sender and (by_subject or by_body))
            or (by_subject and by_body)
        ):
            return RuleResult(False)
        bounced = find_bounced_address(msg)
        why = (
            "rapport de remise (delivery-status)"
            if is_report or msg.delivery_status
            else f"expéditeur {sender or 'inconnu'} et formulation d'échec de remise"
        )
        return RuleResult(True, f"Avis de non-remise : {why}.", {"bounced_address": bounced or ""})


def find_bounced_address(msg: ParsedMessage) -> str | None:
    for report in msg.delivery_status:
        m = re.search(
            r"^(?:Final|Original)-Recipient:\s*(?:rfc822;)?\s*<?([^\s<>;]+@[^\s<>;]+)>?",
            report,
            re.IGNORECASE | re.MULTILINE,
        )
        if m:
            return m.group(1).lower()
    ours = {msg.from_addr or "", *msg.to}
    pattern = (
        r"<([^<>\s]+@[^<>\s]+)>\s*:|^\s*<?([^\s<>:]+@[^\s<>:]+)>?\s*:?\s*$"
        r"|\b(?:to|à|pour)\s+<?([^\s<>]+@[^\s<>]+?)>?[\s:]"
    )
    for m in re.finditer(pattern, msg.text, re.IGNORECASE | re.MULTILINE):
        addr = next(g for g in m.groups() if g).lower().strip(".:")
        if addr not in ours and "mailer-daemon" not in addr and "postmaster" not in addr:
            return addr
    return None


class AutoReply:
    name = "auto_reply"
    kind = "auto_reply"
    description = (
        "Réponse automatique : en-têtes RFC 3834 (Auto-Submitted), X-Autoreply, ou formulation d'absence."
    )

    def check(self, ctx: Context) -> RuleResult:
        headers = ctx.msg.headers
        auto = headers.get("auto-submitted", "").strip().lower()
        # A mailing is «auto-generated» too (RFC 3834 §5): its list headers say it is a mailing, no answer.
        mailing = auto.startswith("auto-generated") and _list_header(headers) is not None
        if auto and auto != "no" and not mailing:
            return RuleResult(True, f"En-tête Auto-Submitted: {auto}.")
        for key in ("x-autoreply", "x-autorespond", "x-auto-reply"):
            if key in headers:
                return RuleResult(True, f"En-tête {key}.")
        if headers.get("precedence", "").lower() == "auto_reply":
            return RuleResult(True, "En-tête Precedence: auto_reply.")
        words = ctx.lexicon.messages.get("auto_reply", {})
        subject_hit = _search(words.get("subjects"), ctx.msg.subject)
        if subject_hit is not None and _answers_our_subject(ctx, subject_hit):
            subject_hit = None  # «Re: Accusé de réception de votre candidature»: our ack's subject, answered
        body = strip_quoted(ctx.msg.text)[:1500]
        body_hit = _search(words.get("bodies"), body)
        if body_hit is not None and _READERS.search(body[max(0, body_hit.start() - 12) : body_hit.start()]):
            body_hit = None  # «votre accusé de réception annonçait…»: the reader's automatic mail, spoken of
        if body_hit is not None and _POSTAL.search(body[max(0, body_hit.start() - 12) : body_hit.start()]):
            body_hit = None  # «lettre recommandée avec accusé de réception»: a posted letter's mode, pasted
        if body_hit is not None and _denied_there(body, body_hit):
            body_hit = None  # «je ne vois pas l'accusé de réception annoncé»: a missing mail, spoken of
        if subject_hit and not body_hit and person_asks(body, words.get("notices")):
            subject_hit = None  # «Absence jeudi» over «… puis-je rattraper l'atelier ?»: a person's mail
        if subject_hit and not body_hit and is_own_fiche(body, ctx.msg.from_name or ""):
            subject_hit = None  # «Absence atelier» over «Nom : … / Prénom : …» naming the sender: their form
        applying = _search(ctx.lexicon.messages.get("application", {}).get("signals"), body)
        if subject_hit and (body_hit or not applying):
            return RuleResult(True, f"Objet de réponse automatique : « {ctx.msg.subject[:80]} ».")
        if body_hit and not applying and len(body) < 800:
            return RuleResult(True, f"Formulation d'absence : « {body_hit.group(0)} ».")
        return RuleResult(False)


def _denied_there(body: str, hit: re.Match[str]) -> bool:
    """The automatic mail's words turned by a denial or a «not yet» in their sentence (clauses.py: «je ne
    vois pas l'accusé de réception», "I haven't received the acknowledgement yet"): the writer speaks of an
    automatic mail that did not come; an automatic mail never denies its own words."""
    start = max(body.rfind(mark, 0, hit.start()) for mark in ".?!\n") + 1
    sentence = body[start : hit.end() + 200]
    named = tokens_in(parse(sentence), hit.start() - start, hit.end() - start)
    return bool(named) and read_operator(named[0]).operator in {Operator.DENIED, Operator.NOT_YET}


# The reader's own, right before words of an automatic mail: that mail is the reader's, spoken of.
_READERS = re.compile(r"\b(?:votre|vos|ton|ta|tes|your)\s+$", re.IGNORECASE)


# Right before «accusé de réception»: the way a letter was posted («recommandée avec accusé de réception»,
# "sent with acknowledgement of receipt"), a pasted letter's heading, not an automatic mail's words.
_POSTAL = re.compile(r"\b(?:avec|with)\s+(?:un\s+|an\s+)?$", re.IGNORECASE)


def _answers_our_subject(ctx: Context, hit: re.Match[str]) -> bool:
    """The automatic words stand after «Re:» in a mail of our thread: they are the subject of our mail that
    a person answers (our acknowledgement), not this mail's own («Réponse automatique : Re: …» is)."""
    prefix = _REPLY_SUBJECT.match(ctx.msg.subject or "")
    if prefix is None or hit.start() < prefix.end():
        return False
    ids = ([ctx.msg.in_reply_to] if ctx.msg.in_reply_to else []) + list(ctx.msg.references)
    check = ctx.is_our_thread or thread_check_for(ctx.our_address)
    return bool(ids) and check(ids)


def _list_header(headers: dict[str, str]) -> str | None:
    """Why the headers say the message went to a list (List-Id, List-Unsubscribe, Precedence), or None."""
    for key in ("list-id", "list-unsubscribe", "list-post"):
        if key in headers:
            return f"En-tête {key} (liste de diffusion)."
    precedence = headers.get("precedence", "").lower()
    return f"En-tête Precedence: {precedence}." if precedence in {"bulk", "list", "junk"} else None


class Newsletter:
    name = "newsletter"
    kind = "newsletter"
    description = "Envoi de masse : List-Id, List-Unsubscribe, Precedence bulk/list/junk."

    def check(self, ctx: Context) -> RuleResult:
        headers = ctx.msg.headers
        listed = _list_header(headers)
        if listed is not None:
            return RuleResult(True, listed)
        if "x-mailchimp-id" in headers or "x-campaign" in headers or "x-mc-user" in headers:
            return RuleResult(True, "Envoi d'un routeur de campagnes.")
        # Its sender names a periodical (address or name: «news@…», «ESS France Hebdo»), and its end offers
        # to stop receiving it («se désabonner», «pour ne plus recevoir nos messages»).
        words = ctx.lexicon.messages.get("newsletter", {})
        sender = f"{ctx.msg.from_name} {ctx.msg.from_addr or ''}"
        bulk = _search(words.get("senders"), sender)
        tail = ctx.msg.text[-3000:]
        stop = _search(words.get("stop_receiving"), tail)
        if bulk and stop:
            return RuleResult(True, f"Expéditeur « {sender.strip()} » et offre de désinscription.")
        # The mail names itself an issue of a periodical («numéro de décembre», "in this issue") and its
        # reader a subscriber: a mailing whoever sends it.
        issue = _search(words.get("issue"), ctx.msg.text[:3000])
        if issue and stop:
            said = issue.group(0)
            return RuleResult(True, f"Numéro d'un périodique (« {said} ») et offre de désinscription.")
        # Whoever the sender, a way to stop receiving it given as a link («Unsubscribe : https://…», «pour
        # vous désabonner cliquez ici») is a mailing's; a person asking to be unsubscribed gives no link, and
        # one who forwards or answers a mailing writes above it (its link is in what they pass on).
        own = strip_quoted(ctx.msg.text)[-3000:]
        lure = _search(words.get("lure"), ctx.msg.text[:3000])
        if lure is not None:
            # «Vous pourriez remporter un bon d'achat», then «pour ne plus recevoir nos offres, cliquez ici»:
            # a prize held out is a lure, not a periodical; other mail.
            return RuleResult(False, f"Un lot promis (« {lure.group(0)} ») : pas une lettre d'information.")
        passed_on = split_forwarded(ctx.msg.text, ctx.msg.subject) is not None
        stop = None if passed_on else _search(words.get("stop_receiving"), own)
        means = own[stop.end() : stop.end() + _LINK_REACH] if stop else ""
        if stop and (_LINK.search(means) or _KEYWORD_BACK.search(means)):
            said = stop.group(0)
            return RuleResult(True, f"Offre de désinscription par un lien ou un mot à renvoyer (« {said} »).")
        return RuleResult(False)


_LINK = re.compile(r"https?://|www\.|\bcliquez\b|\bclick\b|\blien\b|\blink\b", re.IGNORECASE)
_LINK_REACH = 80  # characters after the offer to stop receiving where its link stands
# The other means a mailing gives: a keyword to send back, in capitals («répondez STOP», "reply UNSUBSCRIBE",
# «envoyez « DÉSINSCRIPTION »»): an instruction to every reader of a mass sending, never a person's request.
_KEYWORD_BACK = re.compile(r"(?i:\b(?:r[ée]pond|renvo|envo|reply|send|text)\w*)\W{1,4}(?:[A-ZÉ]{3,})\b")


def thread_check_for(our_address: str) -> ThreadCheck:
    """Without a store: a Message-ID written at our domain (``ProgrammeSettings.domain``) is one of ours."""
    domain = ProgrammeSettings(address=our_address).domain

    def is_ours(ids: list[str]) -> bool:
        return any(is_our_address(message_id.strip().strip("<>"), domain) for message_id in ids)

    return is_ours


def default_is_our_thread(ids: list[str]) -> bool:
    return thread_check_for(ProgrammeSettings().address)(ids)


# The line that says who wrote the quoted mail: «Le 12 nov. … <x@y> a écrit :», "On … wrote:", «De : …».
_ATTRIBUTION = re.compile(r"(?:a [ée]crit|wrote)\s*:?\s*$|^\W*(?:de|from)\s*:", re.IGNORECASE)


def quotes_our_mail(msg: ParsedMessage, our_address: str, our_name: str = "") -> bool:
    """A «Re:» whose quoted history was written by us: the quote's attribution line names our address or our
    name («Le 12/11, Pro'pulse a écrit :»). Our address quoted inside a text («écrivez à propulse@…» in a
    brochure a friend passed on) is not ours."""
    if not our_address or not _REPLY_SUBJECT.match(msg.subject or ""):
        return False
    address = our_address.lower()
    own_text = strip_quoted(msg.text).lower()
    ours = [x for x in (address, our_name.lower()) if x and x not in own_text]
    return any(
        any(x in line.lower() for x in ours) and _ATTRIBUTION.search(line.strip())
        for line in msg.text.splitlines()
    )


class Reply:
    name = "reply"
    kind = "reply"
    description = "Réponse dans un fil que nous avons commencé (In-Reply-To / References, ou jeton [PP-123])."

    def check(self, ctx: Context) -> RuleResult:
        msg = ctx.msg
        ids = ([msg.in_reply_to] if msg.in_reply_to else []) + list(msg.references)
        check = ctx.is_our_thread or thread_check_for(ctx.our_address)
        if ids and check(ids):
            return RuleResult(True, "Répond à un de nos messages (In-Reply-To/References).")
        token = CASE_TOKEN.search(msg.subject)
        if token:
            return RuleResult(True, f"L'objet porte notre référence {token.group(0)}.")
        if quotes_our_mail(msg, ctx.our_address, ctx.our_name):
            return RuleResult(True, "Répond à un de nos messages (« Re: » qui cite notre message).")
        return RuleResult(False)


class ForwardedApplication:
    name = "forwarded_application"
    kind = "application"
    description = "Candidature transmise par un·e conseiller·ère (France Travail, Mission locale, APEC…)."

    def check(self, ctx: Context) -> RuleResult:
        msg, lex = ctx.msg, ctx.lexicon
        fwd = split_forwarded(msg.text, msg.subject)
        adviser_sender = is_adviser_address(msg.from_addr, lex)
        cover = fwd.cover if fwd else msg.text[:1500]
        if fwd is not None:
            # Whoever forwards a first message another person wrote about themselves (an adviser, a relay
            # of a relay, a friend) relays an application: the forwarded text is read like a first message.
            different = (
                fwd.from_addr != msg.from_addr if fwd.from_addr is not None else _named_above(fwd, msg)
            )
            relayed = (
                _applying(fwd.text, msg, lex)
                or _signals_in(fwd.text, msg, lex)
                or _presents(fwd.cover, msg, lex)
            )
            if different and relayed and not forwards_own_mail(fwd, msg, lex):
                return RuleResult(
                    True,
                    f"Candidature de {fwd.from_addr} transmise par {msg.from_addr}.",
                    {"forwarded_by": msg.from_addr or "", "applicant": fwd.from_addr or ""},
                )
            return RuleResult(False)
        adviser = adviser_sender or _search(lex.adviser_titles, cover) is not None
        presented = (
            _applying(msg.text, msg, lex)
            or _search(lex.messages.get("application", {}).get("third_person"), msg.text) is not None
            or _fiche_of_another(msg)
        )
        if adviser and _search(lex.adviser_cover, cover) and presented:
            return RuleResult(
                True, f"Candidature présentée par {msg.from_addr}.", {"forwarded_by": msg.from_addr or ""}
            )
        return RuleResult(False)


def _named_above(fwd: ForwardedPart, msg: ParsedMessage) -> bool:
    """A forwarded mail whose header gives a name without an address («> De : Manon Pereira») is another
    person's when the forwarder's note or subject names that person in full («j'accompagne Manon Pereira»,
    «Tr: candidature de Manon Pereira»): the forwarder relays them. A name the note does not take up
    («De : N. Gérard, Apec» under «ma conseillère m'a dit de vous transférer son avis») may be the
    sender's adviser writing of the sender: no relay is read from it."""
    name = " ".join(re.split(r"[,(<]", fwd.from_name, maxsplit=1)[0].split())
    if len(name.split()) < 2 or name.casefold() == " ".join((msg.from_name or "").split()).casefold():
        return False
    return name.casefold() in f"{fwd.cover}\n{msg.subject}".casefold()


def _has_cv(msg: ParsedMessage) -> bool:
    return any(
        re.search(r"(?:\b|_)(?:cv|resume|r[ée]sum[ée]|curriculum)(?:\b|_)", a.filename, re.IGNORECASE)
        for a in msg.attachments
    )


def _signals_in(text: str, msg: ParsedMessage, lex: Lexicon) -> bool:
    """Applicant signals read from meaning in `text` (a forwarded message) rather than by words."""
    names = [a.filename for a in msg.attachments]
    signals = read_signals(text, "", names, lex, sender=msg.from_name)
    # A lone diploma-like token told of nobody («M2 body») is not enough to call a forward an application.
    return any(sig.name != "education" or FIRST_PERSON.search(sig.evidence) for sig in signals)


def _presents(cover: str, msg: ParsedMessage, lex: Lexicon) -> bool:
    """The cover note of a forward presents someone («je vous adresse la candidature de Thomas Leblanc»)."""
    signals = read_signals(cover, "", [], lex, sender=msg.from_name) if cover.strip() else []
    return any(sig.name == "referral" and presents_by_act(sig.evidence) for sig in signals)


def _applying(text: str, msg: ParsedMessage, lex: Lexicon) -> bool:
    words = lex.messages.get("application", {})
    return bool(_search(words.get("signals"), text) or _search(words.get("signals"), msg.subject))


_FIRST_PERSON_APPLYING = re.compile(
    r"\bma candidature\b|\bje (?:me permets de )?(?:vous )?(?:candidate|postule)\b|"
    r"\bje souhaite (?:candidater|postuler)|\bje suis (?:dipl[oô]m|titulaire)|\bmon cv\b|"
    r"\bmy (?:cv|resume|application)\b|\bi (?:am applying|apply)\b|"
    r"\bje\b[^.\n]{0,40}\bcandidat(?:er|ure)\b",
    re.IGNORECASE,
)


def _stated(pattern: re.Pattern[str] | None, text: str) -> list[str]:
    """Application words stated, not asked: in a question («pouvez-vous m'envoyer le dossier de
    candidature ?») they name what is asked about; a wish to join asked so is read by the signals."""
    if pattern is None or not text:
        return []
    hits = []
    sentences = split_asked(text)
    tag_ahead([s for s in sentences if pattern.search(s)])  # the sentences is_asked reads, in one batch
    for sentence in sentences:
        m = pattern.search(sentence)
        asked = m is None or is_asked(sentence)
        named = m is not None and (_plural_at(sentence, m.end()) or _in_quotes(sentence, m.start()))
        sent = m is not None and _sent_before(sentence, m.start(), m.end())
        named = named or sent or (m is not None and _a_groups(sentence))
        named = named or (m is not None and weighed_at(sentence, m.start()))  # «si je postule»: weighed
        named = named or (m is not None and topic_named(sentence, m.start()))  # "about the application…"
        named = named or (m is not None and names_a_form(sentence, m.start()))  # «Formulaire : Candidature…»
        named = named or (m is not None and withdrawn_at(sentence, m.start()))  # «je retire ma candidature»
        named = named or (m is not None and denied_at(sentence, m.start(), m.end()))  # «je ne postule pas»
        if m and not asked and not named and not _ahead(sentence, m.start()):
            hits.append(m.group(0))
    return hits


def _a_groups(sentence: str) -> bool:
    """The application words name a group's search («j'accompagne des jeunes en recherche d'emploi»): a
    plural noun of people first (a word test), then the parse (signals.py's `group_searches`)."""
    meanings = load_meanings()
    words = {w.lower() for w in re.findall(r"[\w'’]+", sentence)}
    return any(meanings["presented_person"].holds(w) for w in words) and group_searches(sentence, meanings)


def _ahead(sentence: str, start: int) -> bool:
    """An application word right after «avant», "before" («avant de postuler», "before I apply"): an act still
    ahead of the writer, named as what comes after the sentence's business (a question, a check), not done."""
    before = re.findall(r"[\w'’]+", sentence[:start].lower())[-3:]
    return any(w in load_meanings()["ahead_of"].lemmas for w in before)


def _sent_before(sentence: str, start: int, end: int | None = None) -> bool:
    """The application words are the object of a participle of sending a few words before («j'ai envoyé ma
    candidature il y a trois semaines», «je vous ai transmis mon dossier de candidature», "I submitted my
    application") or qualified by one right after («ma candidature envoyée le 1er octobre», "my application
    sent in October"): an application sent earlier, spoken of by a relance — this mail applies only when it
    tells the writer's facts (the signals) or joins a CV."""
    sent = load_meanings()["sent_before"].lemmas
    before = re.findall(r"[\w'’]+", sentence[:start].lower())[-_SENT_REACH:]
    after = re.findall(r"[\w'’]+", sentence[end:].lower())[:1] if end is not None else []
    return any(w in sent for w in before + after)


_SENT_REACH = 4  # words: «envoyé mon dossier de | candidature»


def _in_quotes(sentence: str, start: int) -> bool:
    """A word inside «…» or “…” is part of a title or a thing named (un atelier « CV et candidature »)."""
    before = sentence[:start]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”")


def _plural_at(sentence: str, end: int) -> bool:
    """The word a match ends in is plural («candidatures», «jeunes diplômés»): a group or a topic is named
    («Triez 500 candidatures», «l'insertion des jeunes diplômés»), not the writer; the meanings decide."""
    word = re.match(r"[\w·.-]*", sentence[end:])  # «diplômé·es», «candidat.es»
    rest = word.group(0) if word else ""
    return (rest or sentence[end - 1 : end]).lower().endswith(("s", "x")) and rest != ""


class DirectApplication:
    name = "application"
    kind = "application"
    description = (
        "Une personne qui écrit pour la première fois avec au moins un signal de candidat : souhait de "
        "rejoindre le programme, recherche d'emploi, diplôme, CV, ou personne présentée par un tiers."
    )

    def check(self, ctx: Context) -> RuleResult:
        # Something near the programme asked, not the programme (elsewhere.py): no application. Joining it
        # denied is read here; a place with us or an interview asked is RequestNearBy's answer, read once.
        if (denied := joining_denied(_writers_own(ctx.msg))) is not None:
            return RuleResult(False, f"Dit ne pas chercher à rejoindre le programme (« {denied[:80]} »).")
        near = _checked(_NEAR_BY, ctx)
        return RuleResult(False, near.reason) if near.matched else self._read(ctx)

    def _read(self, ctx: Context) -> RuleResult:
        msg, lex = ctx.msg, ctx.lexicon
        words = lex.messages.get("application", {})
        # The programme's call pasted in the mail («Le programme s'adresse aux jeunes diplômé·es qui…»)
        # presents nobody and applies for nobody: only the writer's own lines are read (call_text.py).
        # A form's question laid out over its choices is answered by the boxes ticked (form_choices.py).
        body = choices_answered(without_call(writer_text(msg)))[:6000]
        if not _search(words.get("signals"), body):
            # The writer's own earlier mail quoted under a short new note («je vous renvoie mon message
            # d'août») is their words too: an application re-sent is one.
            body = without_call(f"{body}\n\n{own_quoted_mail(msg)}".strip())[:6000]
        hits = _stated(words.get("signals"), body)
        stated_in_body = bool(hits)
        # A subject naming what the body only asks about («Modalités de candidature» over «pourriez-vous
        # m'indiquer les modalités de candidature ?») names a topic, not an application.
        if hits or not _search(words.get("signals"), body):
            hits += _stated(words.get("signals"), msg.subject)
        if not states_applying(hits, body) and (unnamed := read_unnamed_question(msg, body)):
            return RuleResult(False, f"Question de quelqu'un qui ne se nomme pas (« {unnamed[:80]} »).")
        # Tagging costs a few milliseconds: the usual application words answer first, and the meanings are
        # read when they are silent or when someone may be presenting another person.
        signals: list[Signal] = []
        own_subject = _writers_subject(msg.subject)
        other_words = _employer_words(words.get("other"), body) or _search(words.get("other"), own_subject)
        # Read by meaning when the words are silent, when employer words need weighing, or when the writer
        # may be writing about someone else (a presenting word, or no «je» at all).
        read = not stated_in_body or other_words or referral_hint().search(body)
        sender = _filled_in_by(msg)
        in_first_person = FIRST_PERSON.search(body) is not None
        if read or not in_first_person:
            names = [a.filename for a in msg.attachments]
            signals = read_signals(body, msg.subject, names, lex, sender=sender)
        referral = next((sig for sig in signals if sig.name == "referral"), None)
        other = other_words.group(0) if other_words else None
        if signals or not hits or not in_first_person:
            other = other or offers_a_post(body, own_subject)
        first_person = _FIRST_PERSON_APPLYING.search(body + "\n" + msg.subject)
        # Answers to the call's criteria, point by point, are the writer's own facts, told as a form does.
        answers = answers_the_call(_own_text(msg), lex)
        # The writer's own search, wish to join or CV outweighs employer words («chargée de partenariats»);
        # a teacher's «je suis enseignant en BTS» beside «nos étudiants» does not.
        # A fiche whose name fields name the sender is told in the first person, as a form is.
        own = referral is None and _own_search(signals, body, msg)
        if other and not (first_person or own or answers) and not (referral and len(signals) > 1):
            return RuleResult(False, f"Écrit comme un employeur ou partenaire (« {other[:80]} »).")
        untold = _asks_or_leaves(stated_in_body or bool(signals) or bool(answers), hits, msg, body)
        if untold is not None:
            return untold
        told_of = None if hits or _has_cv(msg) or answers else _only_told_of(signals, referral, body)
        if told_of is not None:
            return told_of
        seen = _seen(hits, signals, answers, msg)
        if not seen:
            return RuleResult(False)
        relays = referral is not None and not _presented_under_forward(msg, referral.evidence, lex)
        details = {"forwarded_by": msg.from_addr or ""} if relays and msg.from_addr else {}
        if not hits and not _has_cv(msg) and [sig.name for sig in signals] == ["cv"]:
            details["document"] = signals[0].evidence  # all rests on a document: it must read as a CV
        return RuleResult(True, f"Candidature — signaux vus : {' ; '.join(seen)}.", details)


def _asks_or_leaves(told: bool, hits: list[str], msg: ParsedMessage, body: str) -> RuleResult | None:
    """With no fact of the writer's own `told` in the body, no application: a subject's application word
    only names a question's topic, or the writer leaves the programme. None otherwise."""
    if told:
        return None
    # The question is the writer's even where it reads like the call («Les candidatures seront-elles
    # ouvertes… ?»): asked about in the writer's whole text.
    if hits and _only_asks(msg, writer_text(msg)):
        return RuleResult(False, f"L'objet (« {hits[0]} ») nomme le sujet d'une question ; rien de soi.")
    # A participant leaving the programme («je vais arrêter l'accompagnement») applies for nothing, even
    # under a subject saying «Candidature», when the body tells no applicant's fact beside it.
    if left := programme_left(body):
        return RuleResult(False, f"Quitte le programme, ne candidate pas (« {left[:80]} »).")
    return None


def _writers_own(msg: ParsedMessage) -> str:
    """The writer's own words, the programme's call taken out, as the rules near the programme read them."""
    return without_call(writer_text(msg))[:6000]


class RequestNearBy:
    name = "request_near_by"
    kind = "other"
    description = (
        "Une demande pour autre chose que le programme : un stage, un service civique ou un poste chez nous, "
        "un entretien pour un mémoire ou une enquête. Ni candidature ni question sur le programme."
    )

    def check(self, ctx: Context) -> RuleResult:
        """An internship, a civic service or a job asked with us, the programme named nowhere, or an
        interview asked for the writer's research (elsewhere.py); DirectApplication consults this answer,
        so a mail asking it is no application whichever rule asks first."""
        body = _writers_own(ctx.msg)
        if (asked := place_with_us_asked(body)) is not None:
            return RuleResult(True, f"Demande d'une place chez nous, pas du programme (« {asked[:80]} »).")
        if (research := research_asked(body, ctx.msg.subject)) is not None:
            return RuleResult(True, f"Demande d'entretien pour une recherche (« {research[:80]} »).")
        return RuleResult(False)


def _employer_words(pattern: re.Pattern[str] | None, text: str) -> re.Match[str] | None:
    """The first employer or partner words of `text` that are not the name of a post looked for: «des postes
    de chargé de recrutement», "a job as recruitment officer" name the job a writer seeks, its title only,
    not the writer's role (a recruiter writes «je suis chargée de recrutement»)."""
    if pattern is None or not text:
        return None
    return next(
        (
            m
            for m in pattern.finditer(text)
            if not _names_a_post(text, m.start()) and not _ours_named(text, m) and not _attended(text, m)
        ),
        None,
    )


def _ours_named(text: str, m: re.Match[str]) -> bool:
    """The words are the reader's own thing, named by «votre», "your" («votre newsletter», "your invitation"):
    the writer speaks of our mail they answer, not of a mailing or an event of their own."""
    return _READERS.search(text[max(0, m.start() - 12) : m.start()]) is not None


def _attended(text: str, m: re.Match[str], subject: bool = False) -> bool:
    """The words name an event the writer sat through, placed in time by it («pendant le webinaire d'hier»,
    «lors de la réunion», "during the webinar"): the writer was in its audience, no organiser inviting. A
    subject may name it as what the mail is about too («question sur le webinaire», "after the webinar")."""
    before = text[max(0, m.start() - 24) : m.start()]
    return _DURING.search(before) is not None or (subject and _ABOUT.search(before) is not None)


_ABOUT = re.compile(r"\b(?:sur|après|about|after)\s+(?:l[ea']\s*|la\s+|the\s+)?$", re.IGNORECASE)
_DURING = re.compile(
    r"\b(?:pendant|durant|lors|au\s+cours|during|throughout)\s+(?:d[eu]\s+|des\s+)?(?:l[ea']\s*|la\s+|the\s+)?$",
    re.IGNORECASE,
)


def _names_a_post(text: str, start: int) -> bool:
    """The words right before `start` are a noun of a job and its «de», "as" («poste de», «emplois
    d'», "job as", "role of"): what follows is the post's title."""
    before = re.findall(r"[\w'’]+", text[max(0, start - 40) : start].lower())[-2:]
    if len(before) < 2 or (before[1] not in _POST_LINKS and not before[1].startswith(("d'", "d’"))):
        return False
    noun = before[0].removesuffix("s")
    return noun in load_meanings()["job"].lemmas


_POST_LINKS = frozenset({"de", "d'", "d’", "du", "comme", "as", "of"})


def _own_search(signals: list[Signal], body: str, msg: ParsedMessage) -> bool:
    """The writer's own search, wish to join or CV: told in the first person, in a fiche whose name fields
    name the sender, in a bio that speaks of the sender by their first name in the third person
    («Inès, 24 ans, est diplômée… Elle cherche…» sent by Inès: her pitch of herself), or in a résumé typed
    in the body under the sender's own name («NOAH T.» above «PROJET : Trouver un poste…»; cv.py): its
    «en partenariat avec…» is the writer's experience, no partner's word."""
    sender = _filled_in_by(msg)
    return any(
        sig.name in {"job_search", "join", "cv"}
        and (
            FIRST_PERSON.search(sig.evidence)
            or is_own_fiche(body, sender)
            or _bio_of_sender(sig, body, msg)
            or own_resume_in_body(body, msg.from_name or "")
        )
        for sig in signals
    )


def _filled_in_by(msg: ParsedMessage) -> str:
    """Who wrote the words of the body: the sender, or, for a form relayed by a tool's mailer, the person
    its fields and its Reply-To name (forms.read_form_relay): the mailer only carries their answers. An
    address on the mailer's own domain («webmestre@» of the site sending the form) is the site's staff
    trying the form out, nobody filling it in for themselves."""
    relay = read_form_relay(msg)
    site = (msg.from_addr or "").rpartition("@")[2].lower()
    own_site = relay is not None and bool(relay.address) and (relay.address or "").endswith(f"@{site}")
    if relay is not None and (relay.name or relay.address) and not own_site:
        return f"{relay.name} {relay.address or ''}"
    return f"{msg.from_name} {msg.from_addr or ''}"


def _bio_of_sender(sig: Signal, body: str, msg: ParsedMessage) -> bool:
    """The signal is told in the third person and the sender's first name is the subject of a sentence of
    the body, not only a signature's word («Roxane a coordonné… Elle souhaite…» from Roxane Delorme): the
    text tells of the sender."""
    first = (msg.from_name or "").split()[:1]
    if not first or len(first[0]) < 3 or not first[0][:1].isupper() or not _THIRD_PERSON.search(sig.evidence):
        return False
    subject = rf"(?:^|[.!?,]\s+|\n)\s*{re.escape(first[0])}(?:\s+[A-ZÉ][\w-]+)?,?\s+(?:\d+\s+ans,\s+)?"
    # then a verb's lower-case word, not a «de» completing a company's name («Imprimerie du Centre»)
    return re.search(subject + r"(?!d[eu]\b|des\b|d['’])[a-zéè]", body) is not None


_THIRD_PERSON = re.compile(r"\b(?:il|elle|iel|he|she)\b", re.IGNORECASE)


def _writers_subject(subject: str) -> str:
    """The words of the subject the writer chose: none under «Re:», whose words are the subject of the mail
    answered («Re: Pro'pulse recrute», our ad's), not the writer's (employer's words there offer nothing)."""
    return "" if _REPLY_SUBJECT.match(subject or "") else subject


def _seen(hits: list[str], signals: list[Signal], answers: list[Answered], msg: ParsedMessage) -> list[str]:
    """The signals an application rests on, each as the coordinator reads it in the reason."""
    seen = [f"mots de candidature (« {hits[0]} »)"] if hits else []
    if _has_cv(msg) and not any(sig.name == "cv" for sig in signals):
        seen.append("CV joint")
    seen += [sig.describe() for sig in signals]
    if answers:
        shown = " ; ".join(f"« {a.describe()} »" for a in answers[:3])
        seen.append(f"réponses aux critères de l'appel ({len(answers)} : {shown})")
    return seen


def _own_text(msg: ParsedMessage) -> str:
    """The text the writer sent, quotes kept (a line under a quoted condition answers it), a forwarded
    message left out (ForwardedApplication reads it)."""
    forwarded = split_forwarded(msg.text, msg.subject)
    return (forwarded.cover if forwarded is not None else msg.text)[:6000]


def _presented_under_forward(msg: ParsedMessage, evidence: str, lex: Lexicon) -> bool:
    """The presenting words stand only in a mail the writer forwards, below their own note written in the
    first person («Ma conseillère m'a conseillé de vous transférer son avis» over «De : N. Gérard, Apec» and
    «Oriane a obtenu son master…»): an adviser presents the writer, who applies; the writer relays nobody.
    Nor does a writer forwarding their own letter («je vous fais suivre ma candidature, pour vous présenter
    mon profil» over their own mail), as `own_forward.forwards_own_letter` reads it."""
    forwarded = split_forwarded(msg.text, msg.subject)
    if forwarded is None or not forwarded.cover.strip():
        return False
    if forwards_own_letter(forwarded, msg):
        return True
    return evidence.strip() not in forwarded.cover and FIRST_PERSON.search(forwarded.cover) is not None


def _fiche_names_someone(body: str) -> bool:
    """Name fields in the body («Nom : Muller» / «Prénom : Arthur», "Name: …") name the person a relative
    writes for: a fiche filled in for them presents them, as a form does, and tells their facts."""
    return bool(name_in_fields(labelled_fields(body), load_meanings()))


def _fiche_of_another(msg: ParsedMessage) -> bool:
    """The name fields of the body («Nom : RAMOS» / «Prénom : Enzo») name someone other than the sender: a
    sheet an adviser fills in presents its person, not its author (a fiche naming the sender is theirs)."""
    return _fiche_names_someone(msg.text) and not is_own_fiche(msg.text, f"{msg.from_name} {msg.from_addr}")


def _only_told_of(signals: list[Signal], referral: Signal | None, body: str) -> RuleResult | None:
    """Why a message that only tells of someone, without presenting them, is no application, or None."""
    if referral is None or presents_by_act(referral.evidence) or _fiche_names_someone(body):
        return None
    if [sig.name for sig in signals] == ["referral"]:
        # A relative is mentioned, not presented, and nothing is said of them outside questions («mon
        # petit-fils cherche du travail, est-ce gratuit ?»): not an application; the question rule may
        # answer it.
        return RuleResult(False, f"Personne évoquée, rien d'elle hors questions (« {referral.evidence} »).")
    if asked := read_relative_asked(signals, body, load_lexicon()):
        return RuleResult(False, f"Question pour un proche ni nommé ni diplômé (« {asked[:80]} »).")
    inquiring = inquires(body)
    if inquiring and (_asks_to_receive(inquiring, signals) or _handed_over(signals, body)):
        return None
    if inquiring:
        # Someone told of, and the writer says they only inquire for them («je me renseigne pour lui»): a
        # question asked on another's behalf, not their application.
        return RuleResult(False, f"Renseignement pour une personne évoquée (« {inquiring[:80]} »).")
    return None


def _handed_over(signals: list[Signal], body: str) -> bool:
    """The writer inquires for a person yet tells that person's own facts (a diploma, a search) and hands
    over their address or number («… une licence finie en juin. Son mail : …»): someone the programme is
    given the means to reach, with what decides their case, is presented, not only inquired about."""
    told = any(sig.name in {"education", "job_search"} for sig in signals)
    return told and contact_handed_over(body) is not None


def _asks_to_receive(inquiring: str, signals: list[Signal]) -> bool:
    """The writer inquires whether the programme takes the person's application («je me demande si vous
    pouvez recevoir la candidature d'une jeune que je suis», "I wonder whether she can apply"), the person's
    own search told beside it: asking to have them apply presents them, as a referral does."""
    joining = load_meanings()["join"]
    return any(sig.name == "job_search" for sig in signals) and any(
        joining.holds(w) for w in re.findall(r"[\w'’]+", inquiring.lower())
    )


def _only_asks(msg: ParsedMessage, body: str) -> bool:
    """A body that asks about the programme and tells nothing of the writer, with no CV: an application word
    in the subject («Candidature ?», «Solicitud / candidature») then names what the question is about."""
    return not _has_cv(msg) and is_programme_question(body, "") is not None


class Question:
    name = "question"
    kind = "question"
    description = (
        "Une question sur le programme (critères, fonctionnement, dates, coût) sans rien dire de soi : "
        "elle reçoit une réponse d'information à approuver."
    )

    def check(self, ctx: Context) -> RuleResult:
        msg, words = ctx.msg, ctx.lexicon.messages.get("application", {})
        body = strip_quoted(msg.text)[:6000]
        own_subject = _writers_subject(msg.subject)
        # «Demande d'information sur le programme» over an empty body: the subject is the whole question.
        by_subject = subject_asks(own_subject, body) if not msg.attachments else None
        # «une amie m'a posé ces questions, je vous les transfère»: the question is the forwarded mail's
        relayed = read_relayed_question(msg) if not msg.attachments else None
        if not may_ask(f"{msg.subject}\n{body}") and by_subject is None and relayed is None:
            return RuleResult(False)
        # «question sur le webinaire», "after the meeting": the subject names the event asked about, attended.
        subject_partner = _search(words.get("other"), own_subject)
        if subject_partner is not None and _attended(own_subject, subject_partner, subject=True):
            subject_partner = None
        partner = _partner_told(words.get("other"), body) or subject_partner
        for_a_public = partner is not None and _PUBLIC.match(partner.group()) is not None
        # A partner asking where the bar stands for the people it serves («le programme est-il ouvert aux
        # personnes réfugiées ?», "do candidates need…?") asks a question for its public.
        for_its_public = partner is not None and (
            (for_a_public and _asks_a_requirement(body, msg.subject))
            or asked_for_a_public(body, msg.subject, for_a_public) is not None
        )
        if partner is not None and not for_its_public:
            return RuleResult(False)
        if offers_a_post(body, own_subject):
            return RuleResult(False, "Écrit par un employeur au sujet d'un poste qu'il propose.")
        # A question about the programme, or any question from someone who says they inquire («je me
        # renseigne pour lui» under «les deux sont-ils compatibles ?»).
        asked = is_programme_question(body, msg.subject) or (inquires(body) and _first_question(body))
        asked = asked or _relance_asked(body) or by_subject or relayed
        # «Notre fils aimerait s'inscrire à votre programme. Peut-il le faire depuis… ?» (asked_after.py)
        asked = asked or asked_after_topic(body)
        # «Pour l'atelier CV de jeudi avec la coach, faut-il apporter un ordinateur ?» (session_asked.py)
        asked = asked or session_asked(body)
        if not asked:
            return RuleResult(False)
        return RuleResult(True, f"Question sur le programme, sans élément personnel (« {asked[:80]} »).")


def _partner_told(pattern: re.Pattern[str] | None, body: str) -> re.Match[str] | None:
    """The first partner words of `body` the writer tells of, not asks the programme about: words inside a
    question put to the reader in which the writer names no organisation of theirs («avez-vous des
    partenariats avec des foyers de jeunes travailleurs ?», "do you have partnerships with employers?") are
    the programme's doings asked about; «seriez-vous ouverts à un partenariat avec notre association ?» is
    a partner's offer."""
    if pattern is None:
        return None
    for hit in pattern.finditer(body):
        if _attended(body, hit):
            continue  # «pendant le webinaire d'hier, j'ai noté…»: the writer was in its audience
        start = max(body.rfind(mark, 0, hit.start()) for mark in ".?!\n") + 1
        ends = [i for mark in ".?!\n" if (i := body.find(mark, hit.end())) >= 0]
        sentence = body[start : min(ends) + 1 if ends else len(body)]
        words = set(re.findall(r"[\w'’]+", sentence.lower()))
        to_reader = sentence.rstrip().endswith("?") and words & _READER_WORDS
        # «Pourriez-vous diffuser l'invitation… ?»: a favour asked, the invitation the writer's own.
        if not to_reader or words & _WRITERS_BODY or words & load_meanings()["favour"].lemmas:
            return hit
    return None


# The reader addressed in a question («avez-vous…», "do you…"), and the writer's organisation named.
_READER_WORDS = frozenset({"vous", "votre", "vos", "you", "your"})
_WRITERS_BODY = frozenset({"nous", "notre", "nos", "we", "our", "us"})


# A partner's own public («nos étudiants», «nos jeunes», "our students"): a school or a service asking about
# the programme's criteria for them asks a question; it offers nothing (messages.toml's `other` names them).
_PUBLIC = re.compile(r"(?:nos|our)\s", re.IGNORECASE)


def _asks_a_requirement(body: str, subject: str) -> bool:
    """A question on the programme asking what joining requires («faut-il n'être ni en stage ni…», "must
    they have finished…?", the `need` meaning) or whom it admits («acceptez-vous les personnes en
    reconversion ?», the `admits` meaning): a partner asks it for its public; an invitation («seriez-vous
    disponibles pour présenter Pro'pulse à nos étudiants ?») asks a favour, not a requirement."""
    asked = is_programme_question(body, subject)
    meanings = load_meanings()
    # «acceptez-vous aussi les personnes en reconversion ?» asks whom the programme admits: a requirement too.
    return asked is not None and (meanings["need"].said_in(asked) or meanings["admits"].said_in(asked))


def _relance_asked(body: str) -> str | None:
    """The first question of a relance: the writer speaks of the application they sent before («je vous ai
    transmis mon dossier le mois dernier… l'avez-vous bien eu ?», "I submitted my application… did you get
    it?", `_sent_before`) and asks about it — a question on its fate, not a new application."""
    words = load_lexicon().messages.get("application", {}).get("signals")
    sent = any(
        (m := _search(words, sentence)) is not None and _sent_before(sentence, m.start())
        for sentence in split_asked(body)
    )
    return _first_question(body) if sent else None


def _first_question(body: str) -> str | None:
    return next((s for s in split_asked(body) if is_asked(s)), None)


class NewcomerInThread:
    name = "thread_newcomer"
    kind = "application"
    description = (
        "Un « Re: » sous un message de nous qui n'était pas adressé à l'expéditeur (envoi de masse, message "
        "à une autre personne, message transmis) et qui ne porte pas notre Message-ID : quelqu'un de "
        "nouveau dans le fil, dont les mots décident ; ou une personne présentée dans notre fil."
    )

    def check(self, ctx: Context) -> RuleResult:
        msg = ctx.msg
        if not _REPLY_SUBJECT.match(msg.subject or "") or _carries_our_thread(ctx):
            return RuleResult(False)  # a participant's reply carries our Message-ID or our reference
        mark = newcomer_mark(msg, ctx.lexicon)
        if mark is None and not referral_hint().search(strip_quoted(msg.text)):
            return RuleResult(False)
        applied = _checked(_DIRECT, ctx)
        if not applied.matched or not (mark or applied.details.get("forwarded_by")):
            return RuleResult(False)
        why = mark or "une personne y est présentée"
        return RuleResult(True, f"Nouveau dans notre fil : {why}. {applied.reason}", applied.details)


def _carries_our_thread(ctx: Context) -> bool:
    """The mail carries one of our Message-IDs (In-Reply-To, References) or our case reference in its
    subject: the participant we wrote to answers."""
    msg = ctx.msg
    ids = ([msg.in_reply_to] if msg.in_reply_to else []) + list(msg.references)
    check = ctx.is_our_thread or thread_check_for(ctx.our_address)
    return bool(ids and check(ids)) or CASE_TOKEN.search(msg.subject) is not None


class WrittenInEnvelope:
    name = "written_in_envelope"
    kind = "application"
    description = (
        "Une personne qui écrit elle-même dans l'enveloppe d'une machine : message d'absence ou échec de "
        "remise autour de sa propre candidature (en-tête et mots de machine ne sont qu'une présomption)."
    )

    def check(self, ctx: Context) -> RuleResult:
        presumed = _machine_presumption(ctx)
        if presumed is None:
            return RuleResult(False)
        words = ctx.lexicon.messages
        auto = words.get("auto_reply", {})
        notice = [auto.get("bodies"), auto.get("notices"), words.get("bounce", {}).get("bodies")]
        text = _above_our_mail(ctx.msg.text, ctx.our_address, ctx.our_name)
        own = words_beside_machine(text, notice, auto.get("echoes"), auto.get("personal"))
        if not own.strip():
            return RuleResult(False)
        # The person's words read alone, under no subject: the machine's subject, or the one answered.
        person = replace(ctx, msg=replace(ctx.msg, text=own, subject=""))
        applies = _checked(_DIRECT, person)
        if not applies.matched or not _asks_for_self(own, person):
            return RuleResult(False)
        why = f"{presumed} — mais la personne écrit elle-même à côté. {applies.reason}"
        return RuleResult(True, why, applies.details)


def _above_our_mail(text: str, our_address: str, our_name: str = "") -> str:
    """The lines above the first attribution of a carried mail that names us («De : Pro'pulse <propulse@…>»
    under «-----Message d'origine-----»): an absence notice quoting the mail we sent carries our words, never
    a person's written beside the machine. The whole text when it carries no mail of ours."""
    ours = [x.lower() for x in (our_address, our_name) if x]
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if any(x in line.lower() for x in ours) and _ATTRIBUTION.search(line.strip()):
            return "\n".join(lines[:i])
    return text


def _asks_for_self(own: str, ctx: Context) -> bool:
    """The person's words apply — to join, for a job, with a CV, for someone — in application words stated
    or a wish's signal, or tell their own diploma in the first person (an autoresponder never does): a
    notice telling the absent person's situation alone («je suis en stage jusqu'au 18 décembre, je vous
    répondrai au plus vite») is an autoresponder's, not a person writing beside it."""
    if _stated(ctx.lexicon.messages.get("application", {}).get("signals"), own):
        return True
    files = [a.filename for a in ctx.msg.attachments]
    signals = read_signals(own, "", files, ctx.lexicon, sender=ctx.msg.from_name)
    told = (sig for sig in signals if sig.name != "education" or FIRST_PERSON.search(sig.evidence))
    return any(sig.name in _WISHES | {"education"} for sig in told)


_WISHES = frozenset({"join", "job_search", "cv", "referral"})


def _machine_presumption(ctx: Context) -> str | None:
    """What makes the mail look like a machine's, when a person sent it: an out-of-office's header or words,
    or a delivery failure's words, in a plain mail from a person: a delivery report or a mailer daemon's mail
    (whatever it quotes) is the machine's through and through."""
    msg = ctx.msg
    daemon = is_mailer_address(msg.from_addr, ctx.lexicon)
    if msg.content_type == "multipart/report" or msg.delivery_status or daemon:
        return None
    auto = _checked(_AUTO_REPLY, ctx)
    if auto.matched:
        return f"Présomption de réponse automatique ({auto.reason})"
    bounce = _checked(_BOUNCE, ctx)
    if bounce.matched:
        return f"Présomption d'avis de non-remise ({bounce.reason})"
    # A person passing on the failure notice they got: the mail forwarded is a mailer daemon's.
    passed = split_forwarded(msg.text, msg.subject)
    sender = passed.from_addr if passed is not None else None
    passed_on = is_mailer_address(sender, ctx.lexicon)
    return f"Présomption d'avis de non-remise (avis de {sender} transmis)" if passed_on else None


class BareReceipt:
    name = "read_receipt"
    kind = "other"
    description = "Accusé de lecture d'un de nos messages, sans mot de la personne : rien à traiter."

    def check(self, ctx: Context) -> RuleResult:
        words = ctx.lexicon.messages.get("read_receipt", {})
        subject = _search(words.get("subjects"), ctx.msg.subject)
        said = _search(words.get("bodies"), ctx.msg.text[:3000])
        if subject is None or said is None:
            return RuleResult(False)
        own = words_beside_machine(ctx.msg.text, [words.get("bodies")], None)
        person = replace(ctx, msg=replace(ctx.msg, text=own, subject=""))
        if own.strip() and _checked(_DIRECT, person).matched:
            return RuleResult(False)  # a note typed into the receipt applies: the next rules read it
        return RuleResult(True, f"Accusé de lecture (« {said.group(0)} »), sans mot de la personne.")


class Other:
    name = "other"
    kind = "other"
    description = "Tout le reste : employeurs, partenaires, messages qui ne sont pas une candidature."

    def check(self, ctx: Context) -> RuleResult:
        return RuleResult(True, "Aucune règle de candidature ne s'applique.")


# The rules other rules ask (a newcomer in our thread applies, a machine's mail a person writes in), built
# once: the same instances stand in the chain.
_BOUNCE, _AUTO_REPLY, _DIRECT, _NEAR_BY = Bounce(), AutoReply(), DirectApplication(), RequestNearBy()
CHAIN: Sequence[Rule] = (
    WrittenInEnvelope(),
    _BOUNCE,
    _AUTO_REPLY,
    NewcomerInThread(),
    Newsletter(),
    Reply(),
    BareReceipt(),
    ForwardedApplication(),
    _DIRECT,
    _NEAR_BY,
    Question(),
    Other(),
)


@dataclass(frozen=True)
class Classification:
    kind: str
    rule: str
    reason: str
    forwarded_by: str | None = None
    bounced_address: str | None = None
    # The document an application rests on alone («ci-joint» and a file not named as a CV): read it first.
    document: str | None = None
    trail: tuple[tuple[str, bool, str], ...] = ()  # (rule, matched, reason) for every rule checked


_QUOTE = re.compile(r"« (.+?) »")  # a reason's quote of the message


def classify(
    msg: ParsedMessage,
    *,
    is_our_thread: ThreadCheck | None = None,
    rules_dir: Path | None = None,
    chain: Sequence[Rule] = CHAIN,
    our_address: str | None = None,
    our_name: str | None = None,
) -> Classification:
    """Run the chain; the first matching rule gives the kind. `our_address`, `our_name`: the programme's.
    The rules read the words as meant (intake/understanding/surface.py); a reason quotes them as written."""
    msg, surfaces = read_message(msg)
    # A telephony service's notice of a voice message: only the caller's words say what the mail is.
    spoken = callers_words(msg.text)
    if spoken is not None:
        msg = replace(msg, text=spoken)
    ctx = Context(
        msg=msg,
        lexicon=load_lexicon(rules_dir),
        is_our_thread=is_our_thread,
        our_address=our_address or ProgrammeSettings().address,
        our_name=our_name or ProgrammeSettings().name,
    )
    trail: list[tuple[str, bool, str]] = []
    for rule in chain:
        result = _checked(rule, ctx)
        trail.append((rule.name, result.matched, result.reason))
        if result.matched:
            return Classification(
                kind=rule.kind,
                rule=rule.name,
                reason=_QUOTE.sub(lambda q: f"« {written(q.group(1), surfaces)} »", result.reason),
                forwarded_by=result.details.get("forwarded_by") or None,
                bounced_address=result.details.get("bounced_address") or None,
                document=result.details.get("document") or None,
                trail=tuple(trail),
            )
    return Classification(kind="other", rule="none", reason="Aucune règle ne s'applique.", trail=tuple(trail))
