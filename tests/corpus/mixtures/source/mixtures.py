"""What a message of the mixtures corpus is: every message carries the marks of TWO KINDS OF MAIL AT ONCE,
in a way chosen FIRST from a grid of twelve — a reply to our newsletter, an invitation or a mailing with the
bulk text quoted under it; a forward («Fwd:», «TR:») of a mail sent elsewhere; a job board's relay; a web
form's notification; a delivery failure quoted in a human resend; an out-of-office wrapped round human
words; a question that turns into an application (or an application-looking mail that stays a question); a
newcomer writing in one of our threads; an unsubscribe with an application or a question; a partner's or an
employer's mail that also presents a young graduate; human words inside a machine's envelope (a read receipt,
a calendar answer, a scanner's mail, a voicemail transcription, a mobile client's quoted history); or the
same mixtures in English. The label follows WHAT THE MESSAGE IS FOR: who wrote the words that matter and what
they ask. Where the human words and the wrapper disagree, the human words decide; where two people appear,
the applicant is the one who would join (a referrer goes in ``forwarded_by``); the applicant's address is
where the applicant can be reached (a Reply-To, a form's «Email :» field, the body), never a noreply sender.
The reader reads on TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its mixture, the fact that decides, the words that carry it as
they stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment above it, then (when
the message truly leaves its kind or a fact open) a line ``# ambiguous: …`` saying why, then a line
``# mixture: what wraps it + what the words do → kind (and for an application, the deciding fact →
decision)`` («# mixture: «Re: La lettre Pro'pulse» quoting our newsletter + a graduate's own paragraph
asking to join → application; master of June 2026, ESS aim → eligible»). build.py adds the mixture and the
fact to its truth line. About three messages in four are applications, each with its deciding fact as
always (a level, a date, an internship or a service civique running or over, a career before, studies
running, an ESS search or none); the rest is other mail that looks like an application or carries an
applicant's words without being one (a true bounce, a true auto-reply, a true newsletter, a platform's digest,
a form test, a bare unsubscribe, a reply by the participant we wrote to, an employer's offer). Applications
are French, about one in seven English (``language="en"``), mostly in ``english_mixtures``.
"""

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 144 applications (55 eligible / 35 to verify / 54 not) and 56 other


@dataclass(frozen=True)
class Mixture:
    """One way two kinds of mail come mixed in a message: its forms in French and English, the rule that
    settles what the message is for (its kind, who applies and where they are reached), and its
    distractors."""

    description: str
    forms_fr: tuple[str, ...]
    forms_en: tuple[str, ...]
    rule: str  # what settles the kind, the applicant and the address
    distractors: str

    def __str__(self) -> str:
        return self.description


GRID: dict[str, Mixture] = {
    "reply_to_bulk": Mixture(
        "written in reply to our newsletter, an event invitation or a mailing («Re: La lettre Pro'pulse —"
        " novembre»), the bulk text quoted below with its unsubscribe footer, the person's own words on top",
        forms_fr=(
            "Re: La lettre Pro'pulse — novembre",
            "Re: Invitation : petit-déjeuner de l'emploi ESS",
            "> Pour vous désinscrire, cliquez ici",
            "Le … a écrit :",
        ),
        forms_en=("Re: Pro'pulse newsletter", "> To unsubscribe, click here", "On … wrote:"),
        rule="the words on top decide the kind: a person asking to join with facts about themselves is an"
        " application, a person asking about the programme without facts of their own is a question, a"
        " «merci, désinscrivez-moi» alone is other; the quoted bulk text counts for nothing (its dates,"
        " its diplomas, its offers are not the writer's)",
        distractors="the quoted newsletter read as the message (a newsletter); its offers and dates taken"
        " as the writer's; a «Re:» read as a reply in our thread",
    ),
    "forwarded": Mixture(
        "«Fwd:» / «TR:» of a message the applicant sent elsewhere, an adviser's mail, an offer, or their own"
        " earlier mail from another address, with a note (or none) on top",
        forms_fr=(
            "TR: Candidature",
            "---------- Message transféré ---------",
            "De : … Envoyé : … À : … Objet : …",
            "je vous transfère",
        ),
        forms_en=("Fwd: Application", "---------- Forwarded message ---------", "Begin forwarded message:"),
        rule="the forwarded text says who applies and with which facts: a graduate forwarding their own"
        " earlier application applies with the facts it gives (the note on top adds to it or updates it,"
        " the latest statement holds); an adviser forwarding a young person's mail is a referral (the"
        " adviser in forwarded_by, the young person's address as email); a forwarded offer with no person"
        " applying is other",
        distractors="the forwarder taken for the applicant; the note on top read alone; the original"
        " recipient's address taken for ours; the forwarded offer's requirements read as facts",
    ),
    "job_board_relay": Mixture(
        "relayed by a job platform: a noreply sender, the platform's boilerplate («Nouvelle candidature reçue"
        " via…», «Ne répondez pas à ce message»), the applicant's name, a Reply-To and their own message"
        " inside — or the platform's own notification or digest with nobody applying",
        forms_fr=(
            "Nouvelle candidature reçue via …",
            "Ne répondez pas à ce message",
            "Message du candidat :",
            "Répondre au candidat",
        ),
        forms_en=("New application via …", "Do not reply to this email", "Candidate's message:"),
        rule="a relay that carries a person's message is that person's application: the applicant is the"
        " candidate named inside, reached at the Reply-To or the address the relay gives, never the"
        " noreply sender; a platform's digest, statistics or reminder with no person applying is a"
        " newsletter (bulk) or other (a one-off notice)",
        distractors="the noreply sender taken as the applicant's address; the platform's name taken as a"
        " name; a digest's list of profiles read as an application",
    ),
    "form_notification": Mixture(
        "a web form's notification («Nouvelle réponse au formulaire Contact», fields «Nom :», «Diplôme :»,"
        " «Message :»), sent by a noreply address of a form tool or of our own site",
        forms_fr=(
            "Nouvelle réponse au formulaire",
            "Nom :",
            "Diplôme :",
            "Message :",
        ),
        forms_en=("New form submission", "Name:", "Message:"),
        rule="the fields are the person's words: a filled form asking to join is an application, its"
        " «Email :» field the applicant's address and its fields its facts (a field and the free message"
        " that disagree: the free message, written last, holds); a form asking about the programme without"
        " facts is a question; a test submission or spam is other",
        distractors="the form tool's noreply address taken as the applicant's; an empty or «N/A» field read"
        " as a fact; the form's labels read as the person's words",
    ),
    "bounce_then_resent": Mixture(
        "a delivery failure report quoted in a human resend («mon premier envoi n'est pas passé»), the"
        " original application under it — or a bare bounce of one of our messages quoting an applicant",
        forms_fr=(
            "mon premier envoi n'est pas passé",
            "Adresse introuvable",
            "Delivery Status Notification",
            "je renvoie",
        ),
        forms_en=("Undeliverable:", "Mail delivery failed", "resending"),
        rule="a person who resends after a failure applies with the facts of the resent mail (the failure"
        " report counts for nothing); a bare delivery report from a mail server about one of our messages"
        " is a bounce of the address it failed to reach, whatever application it quotes",
        distractors="the quoted failure read as a bounce; a bounce's quoted application read as one; the"
        " mailer-daemon's address taken as the applicant's",
    ),
    "auto_reply_wrapped": Mixture(
        "an out-of-office notice followed or preceded by a human paragraph that applies, or an"
        " Auto-Submitted header on a mail a person wrote anyway — or a true auto-reply quoting someone's"
        " application",
        forms_fr=(
            "Réponse automatique : absent·e du … au …",
            "Je suis absente jusqu'au",
            "Message automatique",
            "(ceci n'est pas une réponse automatique)",
        ),
        forms_en=("Automatic reply: Out of office", "I am out of the office until", "Auto-Submitted"),
        rule="a person's own paragraph asking to join makes it an application, whatever the header or the"
        " notice above it; a notice alone, even quoting an applicant's message, is an auto-reply",
        distractors="the Auto-Submitted header or the «Réponse automatique» subject taken as the kind; the"
        " quoted application read as the sender's",
    ),
    "question_turning": Mixture(
        "a question about the programme that turns into an application halfway (personal facts, «du coup je"
        " candidate»), or an application-looking mail that is only a question, or a question for someone"
        " else",
        forms_fr=(
            "est-ce qu'un BTS suffit ?",
            "du coup je candidate",
            "c'est pour ma sœur",
            "j'ai une question",
        ),
        forms_en=("quick question", "so I'd like to apply", "asking for a friend"),
        rule="a person who gives facts about themselves and asks to join (or whose facts make the question"
        " a request to join) applies; a question with no personal facts, or no wish to join, is a question;"
        " a question asked for someone else without their name and facts is a question",
        distractors="a hypothetical («si j'avais un BTS…») read as a fact; the question words read as the"
        " kind; a relative's facts taken as the writer's",
    ),
    "thread_newcomer": Mixture(
        "In-Reply-To one of our messages («Re: Votre rendez-vous…»): the participant answering (reply), or"
        " someone new writing in that thread — a friend, a sibling, a colleague — who applies for"
        " themselves, or a participant referring a friend",
        forms_fr=(
            "Re: Votre rendez-vous",
            "je me permets de répondre à ce mail",
            "c'est mon frère qui m'a transmis",
            "Le … Pro'pulse a écrit :",
        ),
        forms_en=("Re: Your appointment", "my sister passed this on"),
        rule="the person we wrote to answering us is a reply; a new person who writes in the thread to join"
        " is an application (the thread is only how they found us); a participant presenting a friend is"
        " a referral (the participant in forwarded_by)",
        distractors="the In-Reply-To header taken as the kind; the quoted appointment read as the writer's;"
        " the participant taken for the applicant",
    ),
    "unsubscribe_and_more": Mixture(
        "«désinscrivez-moi» / «STOP» together with an application or a question, or alone",
        forms_fr=(
            "désinscrivez-moi",
            "STOP",
            "retirez-moi de la liste",
            "je ne veux plus recevoir",
        ),
        forms_en=("unsubscribe", "please remove me from the list"),
        rule="the unsubscribe decides nothing when the person also asks to join (an application) or asks"
        " about the programme (a question); an unsubscribe alone is other",
        distractors="the unsubscribe read as the whole message; «STOP» in the subject taken as the kind"
        " when the body applies",
    ),
    "partner_or_employer_mixed": Mixture(
        "a partner's or employer's mail about something else (an event, an offer, a convention, an invoice)"
        " that also presents a young graduate; or a young graduate writing from their employer's or school's"
        " address, with its signature, disclaimers and logos, applying for themselves; or an employer's offer"
        " that only mentions graduates",
        forms_fr=(
            "par ailleurs, je me permets de vous présenter",
            "Ce message et ses pièces jointes sont confidentiels",
            "convention de partenariat",
            "offre d'emploi",
        ),
        forms_en=("also, may I introduce", "This email and any attachments are confidential"),
        rule="a graduate presented to join is a referral (the partner in forwarded_by, the graduate's facts"
        " and address); a graduate writing from an institutional address applies for themselves (the"
        " signature and the disclaimer are the wrapper); an offer or a convention with nobody to join is"
        " other",
        distractors="the partner taken as the applicant; the institution's job titles read as the"
        " graduate's career; the disclaimer's words read as facts",
    ),
    "machine_wrapped": Mixture(
        "human words inside a machine's envelope: a read receipt with a note, a calendar answer («Accepté :"
        " Réunion d'information») carrying facts, a scanner's «Document numérisé» mail with a one-line note"
        " and a CV, a voicemail transcription sent by an operator, a mobile client's «Envoyé de mon iPhone»"
        " with quoted history",
        forms_fr=(
            "Accepté : Réunion d'information",
            "Document numérisé",
            "Transcription de votre message vocal",
            "Envoyé de mon iPhone",
            "Accusé de lecture",
        ),
        forms_en=("Accepted: Information session", "Scanned document", "Voicemail transcription"),
        rule="the human words inside decide: a note or a transcription in which a person asks to join with"
        " facts is an application (reached at the number or address the person gives, not the machine's);"
        " the envelope alone (a bare receipt, a bare calendar answer) is other",
        distractors="the machine's sender taken for the person; the envelope's subject taken as the kind; a"
        " transcription's errors read as facts",
    ),
    "english_mixtures": Mixture(
        "the same mixtures in English: «Fwd:», «Out of office», «New application via…», «Unsubscribe», a"
        " form's «Name:», «Message:»",
        forms_fr=(),
        forms_en=(
            "Fwd:",
            "Out of office",
            "New application via",
            "Unsubscribe",
            "Name:",
            "Message:",
        ),
        rule="the same rules in English: the human words decide the kind over the wrapper; the applicant is"
        " the one who joins, reached where they can be reached; an out-of-office or a digest alone is"
        " auto-reply or newsletter; an application in English is labelled language en",
        distractors="«Out of office» with a human paragraph read as an auto-reply; the noreply sender as"
        " the address; a «graduation» read as the ceremony",
    ),
}


class N(Featured):
    """One message and the mixture it carries: ``words`` stand in its subject, body or CV as written (case
    and line breaks aside), and they are the words that carry the mixture or its deciding fact; the
    `# mixture:` comment above the message says what wraps it, what the words do, the kind and the
    decision."""

    GRID = GRID  # type: ignore[assignment]
