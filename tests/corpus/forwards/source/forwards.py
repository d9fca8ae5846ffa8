"""What a message of the forwards corpus is: the Pro'pulse inbox (propulse@animafac.net) from MONDAY 1
FEBRUARY 2027 to FRIDAY 26 FEBRUARY 2027, EACH MESSAGE READ AND LABELLED ON THE DAY IT ARRIVED (``read_on``,
its Date's own day, as ``../newyear`` reads each message). Every application is given FIRST the way its
deciding fact sits among the messages the mail CARRIES — a forwarded mail, a quoted reply, an attached earlier
message, a chain — drawn from a grid of twelve keys (``GRID``) fixed before any message was written: her own
mail forwarded, a school's mail forwarded, an adviser's mail forwarded, a placement's mail forwarded, a job
offer forwarded, a new text correcting the carried one, answers inline between «>» quotes, a third party
forwarding the applicant's mail, a chain of two or three levels, a mail attached or pasted, the same in
English, and the other mail that carries mail. Then the deciding fact (a criterion of the programme) is
chosen, then the mail is written as that person would write it: her words above (sometimes none, sometimes a
page), the carried part as its own writer wrote it, with that mail's own client headers and its own Date.

Each message is labelled by what it says, read alone, on its ``read_on`` (the voices kit's conventions,
tests/corpus/voices/source/kit.py and tests/corpus/identities/LICENCE.md «Truth conventions», with
«2026-11-26» replaced by ``read_on``; the reading-day rule of ../seasons, ../rentree and ../newyear). The
reading month is FEBRUARY 2027 for every message: graduation_recent meets from 2025-02 on, 2025-01 and before
fails. A year alone Y meets when January Y is ≤ 24 months back, fails when December Y is > 24 months back,
else stays open: read in February 2027, 2026 and 2027 meet, 2025 stays open (`# ambiguous:` when the words
leave it so), 2024 and before fail. THE CARRIED MAIL'S relative words count from ITS OWN Date, not from the
reading day: «l'an prochain» in a mail of March 2025 is 2026, «je finis en juin» written in April 2026 is June
2026, «mon stage commence lundi» written on Friday 8 January 2027 is Monday 11 January. A fact a carried mail
states may have changed since: the newer statement (the text above, or a later level of the chain) wins; a
carried fact nobody updates is read as still true only when its own time says so (a stage «jusqu'en juin
2026» told in a mail of 2025 is over on the reading day; «je suis en stage» in a mail of last autumn with no
end said leaves the situation open). A diploma still ahead on the reading day is studies not finished
(graduation null). A placement (internship, civic service, alternance) running after the reading day fails
its criterion; one ended on or before it meets; one beginning after it is not yet a situation (meets). Facts
of anyone else (the adviser's own diploma, an offer's requirements, the forwarder's own situation, a quoted
question, the carried mail's writer's signature) are not the applicant's. build.py refuses a label that
contradicts the month count of February 2027 or the year-alone rule.

Each source file (batch01..08.py) lists MESSAGES, each an ``N`` (its key, the fact that decides, the words
that show it as they stand in the subject, body or CV — a carried part is body —, the mail), with a
``# Feature: key — fact — words`` comment above it, then (only when the application truly leaves a criterion
open) a line ``# ambiguous: why``, then a line ``# route: where the deciding facts sit → decision``. Dates are
«YYYY-MM-DD HH:MM» (Paris time, +0100 all winter) inside the batch's days (``BATCH_DAYS``), rising with the
number. Every application carries a forwarded, quoted or attached part (one of ``CARRIED_MARKS`` in its
body, or an attached message: ``ATTACH_FROM`` among its headers).

An earlier mail attached as a file (message/rfc822): the item's ``M.headers`` carries markers never written
to the mail (build.py strips them and reshapes the built mail with Python's ``email`` package):
``X-Forwards-Split`` (how many paragraphs of the body stay the outer mail's text; the rest is the attached
mail's body), ``X-Forwards-Inner-From``, ``X-Forwards-Inner-To``, ``X-Forwards-Inner-Subject`` and
``X-Forwards-Inner-Date`` («YYYY-MM-DD HH:MM», any earlier day, Paris time)."""

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured
from tagged import Way as Carrying  # a way a mail carries mail: what, forms, marks, rule, distractors

FIRST_DAY, LAST_DAY = "2027-02-01", "2027-02-26"  # every Date of the corpus lies between these days
# The oldest graduation month that meets the two-year limit, per reading month.
LIMITS = {(2027, 2): "2025-02"}

# What a carried part shows in the body: a client's forward or reply header, a «>» quote, a pasted or
# attached .eml. Every application's body holds one (or the mail attaches one: ATTACH_FROM among its headers).
CARRIED_MARKS = (
    "Message transféré", "Forwarded message", "Begin forwarded message", "Début du message réexpédié",
    "a écrit :", "wrote:", "De :", "From:", "\n>", "Message d'origine", "Original Message", ".eml",
)
ATTACH_PREFIX = "X-Forwards-"  # the build's markers: never written to the mail
ATTACH_FROM = "X-Forwards-Inner-From"  # the attached mail's From (message/rfc822 attachment)


def read_on(date: str) -> str:
    """The READ_ON convention: a message is read on its own Date's day («2027-02-05 09:15» → 2027-02-05)."""
    assert FIRST_DAY <= date[:10] <= LAST_DAY, date
    return date[:10]


def reading_month(date: str) -> tuple[int, int]:
    """The month of a message's reading day: the month count's origin for its label."""
    return int(date[:4]), int(date[5:7])


# The days of each batch (first, last), inclusive: eight batches of 25 in arrival order.
BATCH_DAYS = {
    "01": ("2027-02-01", "2027-02-03"),
    "02": ("2027-02-04", "2027-02-07"),
    "03": ("2027-02-08", "2027-02-10"),
    "04": ("2027-02-11", "2027-02-14"),
    "05": ("2027-02-15", "2027-02-17"),
    "06": ("2027-02-18", "2027-02-21"),
    "07": ("2027-02-22", "2027-02-23"),
    "08": ("2027-02-24", "2027-02-26"),
}
WRITERS = {"A": ("01", "02", "03", "04"), "B": ("05", "06", "07", "08")}  # B's status strings start «b_»

N_MESSAGES = 200  # 8 batches of 25 in arrival order
PER_BATCH = 25
N_APPLICATIONS = (140, 160)  # the applications' count lies in this range
VERDICTS = {"eligible": (35, 70), "to_verify": (35, 60), "not_eligible": (35, 65)}  # applications by verdict
PER_KEY_APPLICATIONS = (9, 16)  # applications of each key but OTHER_KEY
OTHER_MAIL = (40, 60)  # messages that are no application
OTHER_KEY = "forward_other_mail"  # the key of other mail only
OTHER_OF_OTHER_KEY = 34  # at least this many messages of OTHER_KEY
QUESTIONS = 8  # at least this many questions (kind question) in the whole corpus
ENGLISH_KEY = "english_forward"  # every application of this key is written in English
ENGLISH_SHARE = (0.10, 0.16)  # share of applications written in English
AMBIGUOUS = (10, 30)  # `# ambiguous:` lines in the whole corpus
WITH_ATTACHMENT = 12  # at least this many applications carry a CV as a file (PDF, DOCX, ODT)
HTML_ONLY = 8  # at least this many messages have an HTML body and no text part
REFERRALS = 12  # at least this many applications written by someone else (`forwarded_by`)
REFERRAL_KEY = "forwarded_by_other"  # every application of this key is a referral
RFC822_ATTACHED = 6  # at least this many messages attach an earlier mail (message/rfc822)

# The share of each key, (applications, other mail) over the 200 messages (source/SPLIT.md: per batch).
MIX: dict[str, tuple[int, int]] = {
    "own_mail_forwarded": (14, 0),
    "school_mail_forwarded": (14, 0),
    "adviser_forwarded": (14, 0),
    "placement_forwarded": (14, 0),
    "offer_forwarded": (13, 0),
    "top_corrects_below": (14, 0),
    "inline_quoted": (13, 0),
    "forwarded_by_other": (13, 0),
    "nested_chain": (13, 0),
    "attached_message": (12, 0),
    "english_forward": (16, 0),
    "forward_other_mail": (0, 50),
}
TOLERANCE = 2  # each key's count of applications within ± this of MIX (writers may move one or two)


GRID: dict[str, Carrying] = {
    "own_mail_forwarded": Carrying(
        "she forwards her own earlier mail (written to another organisation, a school, a job board, a friend)"
        " with a line or two above («je vous transfère ce que j'avais écrit à …»); the deciding fact sits in"
        " the forwarded part, in her own words, dated by that mail",
        forms=("«je vous transfère ce que j'avais écrit à l'APEC»", "«plutôt que de tout réécrire, voici mon"
               " mail à …»", "«mail envoyé à une asso en décembre, ça résume»", "two lines above, her mail"
               " of last autumn below"),
        marks=("a forward header of the same person's address above her own earlier mail",),
        rule="the forwarded mail is hers: its facts are the applicant's, its relative words counted from ITS"
        " OWN Date («je finis en juin» written in March 2026 is June 2026, over on the reading day); a fact"
        " of the forwarded mail that its own time has run past is read as that time says (a stage «jusqu'en"
        " janvier» of a December mail is over in February); the newer line above wins where it speaks",
        distractors="«l'an prochain» of a 2025 mail read as 2028; «je suis en stage» of an old mail read as"
        " running with its end past; the recipient's name (an association, a school) read as hers",
    ),
    "school_mail_forwarded": Carrying(
        "a school's, university's or jury's mail forwarded: results, «attestation de réussite», diploma"
        " available, a re-sit convocation, an enrolment confirmed for next year; the fact is the"
        " institution's, dated by the forwarded Date",
        forms=("«Résultats du jury de M2 — session 1»", "«votre attestation de réussite est disponible»",
               "«convocation à la session de rattrapage»", "«confirmation de votre inscription en 2026-2027»",
               "«votre diplôme peut être retiré»"),
        marks=("a forwarded mail of a school's or university's address (scolarite@, jury@, no-reply@)",),
        rule="a result passed is the diploma of the jury's month (the forwarded Date's or the one it names);"
        " a re-sit convoked after the reading day, or an enrolment for the running school year, is studies"
        " not finished (fails studies_finished, graduation null); a diploma «disponible» proves a past"
        " obtention, its month the jury's when named; the school's words about the programme are not hers",
        distractors="the diploma's pickup date read as its obtention; a re-sit convocation of last year read"
        " as ahead; an enrolment for 2025-2026 read in 2027 as running; the school's signature read as hers",
    ),
    "adviser_forwarded": Carrying(
        "an adviser's mail (France Travail, Mission locale, APEC, a careers service, a teacher) forwarded BY"
        " THE APPLICANT, suggesting Pro'pulse; the adviser's text may state her facts in the third person"
        " («vous qui êtes diplômée depuis juin…») or the adviser's own (her own master, her signature)",
        forms=("«ma conseillère France Travail m'a envoyé ça»", "«vous qui êtes diplômée depuis juin»",
               "«comme vous sortez de votre service civique»", "an adviser's signature «Master 2 Ingénierie"
               " de la formation»", "«je vous transfère le mail de ma conseillère»"),
        marks=("a forwarded mail of an adviser (francetravail, mission locale, APEC, a careers office)",),
        rule="the applicant is the forwarder: the adviser's statements about HER («vous», «votre») are her"
        " facts, counted from the adviser's Date; the adviser's own diploma, post and signature are not hers;"
        " what she adds above wins",
        distractors="the adviser's master in her signature read as the applicant's; «depuis juin» in an"
        " October mail read as June 2027; the adviser's phone read as hers",
    ),
    "placement_forwarded": Carrying(
        "a mail about an internship, alternance or civic service forwarded: an agreement, a mission's end or"
        " extension, a mission offered and accepted or declined, an end-of-mission certificate; the fact"
        " decided by what the carried mail and the new text together say on the reading day",
        forms=("«convention de stage signée du 4 janvier au 30 juin 2027»", "«attestation de fin de mission"
               " de service civique»", "«prolongation de votre contrat d'engagement jusqu'au 31 mars»",
               "«votre candidature pour la mission a été retenue»", "«j'ai décliné la mission»"),
        marks=("a forwarded mail of a host organisation, a school's internship office or the civic service"
               " agency",),
        rule="a placement whose carried dates run past the reading day fails its criterion (internship,"
        " civic service, alternance) unless the new text says it stopped; one whose end is on or before the"
        " reading day meets; one offered and declined, or starting after the reading day, is not yet a"
        " situation (meets); an extension told since wins over the first end",
        distractors="a mission offered read as accepted; a certificate of a mission ended read as running;"
        " the host's tutor's job read as hers; an end date of the first agreement an extension has moved",
    ),
    "offer_forwarded": Carrying(
        "a job offer of an ESS employer forwarded with her question or her facts above; the offer's"
        " requirements («bac+3 exigé», «stage de 6 mois», «reconversion bienvenue») are NOT her facts",
        forms=("«vu cette offre, est-ce que Pro'pulse peut m'aider à postuler ?»", "«Profil : bac+3 minimum,"
               " jeune diplômé·e»", "«offre de stage de 6 mois»", "«reconversion bienvenue»", "«CDD 12 mois,"
               " chargé·e de mission»"),
        marks=("a forwarded job offer (a job board's or an employer's mail) under her own lines",),
        rule="the offer's requirements, dates and contract are NOT her facts: her criteria are read from her"
        " own lines alone (an offer «bac+5 exigé» says nothing of her level; «stage de 6 mois» offered is no"
        " internship of hers unless she says she took it); the aim is her search in the ESS",
        distractors="«bac+3 exigé» read as her level; «stage» of an offer read as her internship;"
        " «reconversion bienvenue» read as her career change; the recruiter's contacts read as hers",
    ),
    "top_corrects_below": Carrying(
        "the new text above corrects or updates the carried one («depuis, j'ai eu mon diplôme», «finalement"
        " mon stage s'est arrêté en janvier», «oubliez la date du mail, c'est 2025»): the newer statement"
        " wins; an update that only repeats stays the same fact",
        forms=("«depuis, j'ai eu mon diplôme»", "«finalement mon stage s'est arrêté en janvier»",
               "«oubliez la date du mail, c'est 2025»", "«petite mise à jour : j'ai été prolongée»",
               "«rien n'a changé depuis»"),
        marks=("her new lines above her own carried mail, naming a change or a correction",),
        rule="the newer statement wins: what the text above says of a criterion replaces what the carried"
        " mail said; an update that only repeats stays the same fact; a carried fact the text above leaves"
        " alone is read by its own Date",
        distractors="the carried mail's «je suis en stage» read over «j'ai arrêté»; a correction of a year"
        " read as a new diploma; «rien n'a changé» read as no fact",
    ),
    "inline_quoted": Carrying(
        "she answers someone's questions inline with «>» quoted lines (an adviser's, a friend's, another"
        " programme's questionnaire, our public FAQ pasted), her facts between quoted lines; the quoted"
        " questions or the quoted person's own facts are not hers",
        forms=("«> Quel est votre niveau d'études ?» then «master 2, juin 2026»", "«> Êtes-vous en stage ?»"
               " then «non»", "our FAQ pasted «> Qui peut candidater ?»", "a friend's «> moi j'ai fini mon"
               " service civique en mai»"),
        marks=("quoted lines beginning «>» between her own unquoted answers",),
        rule="her facts are her unquoted lines; a quoted question is no fact and a quoted person's own"
        " facts are not hers; an answer «oui» / «non» takes its meaning from the question quoted just above",
        distractors="a quoted «bac+2 minimum» of our FAQ read as her level; a friend's quoted internship read"
        " as hers; «non» read without its question",
    ),
    "forwarded_by_other": Carrying(
        "a third party forwards the APPLICANT's own mail to us (a parent, an adviser, a friend, a former"
        " tutor: «je vous transfère le message de ma fille», \"forwarding my student's note\"): a referral",
        forms=("«je vous transfère le message de ma fille»", "«mon ancien stagiaire m'a écrit ceci»", "«une"
               " amie m'a demandé de vous faire suivre»", "«fiche de liaison Mission locale»"),
        marks=("a third person's address in From above the applicant's own carried mail",),
        rule="the person presented is the applicant: her names and contacts from the carried part or the"
        " body (email null when none is given, never the forwarder's), ``forwarded_by`` the forwarder's"
        " address; the criteria are the applicant's, her relative words counted from her carried mail's"
        " Date, the forwarder's newer words winning where they speak of her",
        distractors="the forwarder's own diploma and post; the parent's address read as the applicant's; the"
        " forwarder's signature phone; a sibling named beside her",
    ),
    "nested_chain": Carrying(
        "a chain of two or three levels (TR: TR: RE:, Fwd: Fwd:), clients' headers in their own forms"
        " (Outlook FR «De : … Envoyé : …», Gmail «Forwarded message», Apple «Début du message réexpédié :»,"
        " Thunderbird «Message transféré», «Le … a écrit :»), the deciding fact one or two levels down",
        forms=("«TR: TR: RE: votre stage»", "«De : … Envoyé : … À : … Objet : …»", "«---------- Message"
               " transféré ---------»", "«Début du message réexpédié :»", "«Le lun. 11 janv. 2027 à 10:12,"
               " X a écrit :»"),
        marks=("two or three carried levels, each with its own client header and Date",),
        rule="each level is read by its own Date, the newest level that speaks of a criterion winning; a"
        " fact one or two levels down counts from that level's Date; who wrote each level decides whose fact"
        " it is",
        distractors="the deepest level's «je commence lundi» read as ahead; a middle writer's own facts read"
        " as the applicant's; the chain's oldest Date read as the mail's",
    ),
    "attached_message": Carrying(
        "the earlier mail attached as a file (message/rfc822, an .eml) or its text pasted after «voir le"
        " mail ci-dessous / en pièce jointe», with a short body; a CV attached to the carried mail or the new"
        " one",
        forms=("«voir le mail en pièce jointe»", "an attached «message/rfc822»", "«je colle ci-dessous le"
               " mail»", "«cf. .eml joint»", "a CV joined to the new mail"),
        marks=("an attached message/rfc822 part, or an .eml named and pasted",),
        rule="the attached or pasted mail is read as a carried part (body): its facts by its own Date and"
        " its own writer; the short body above wins where it speaks; a CV attached is the applicant's",
        distractors="the attached mail's writer read as the applicant; its Date read as the reading day; a"
        " CV's «en cours» written months ago read as still running",
    ),
    "english_forward": Carrying(
        "any key above written in English (\"---------- Forwarded message ---------\", \"Begin forwarded"
        " message:\", \"On Mon, 1 Feb 2027 at 10:12, X wrote:\", \"> \" quotes), international graduates,"
        " Erasmus returnees",
        forms=("\"---------- Forwarded message ---------\"", "\"Begin forwarded message:\"", "\"On Mon, 1 Feb"
               " 2027 at 10:12, X wrote:\"", "\"> \" quotes", "\"forwarding my student's note\""),
        marks=("a mail written in English carrying a forwarded or quoted part",),
        rule="as in French, by the same conventions on read_on, the carried part's relative words counted"
        " from its own Date (\"next year\" of a 2025 mail is 2026); labelled language en; a foreign degree's"
        " level by its length or equivalence",
        distractors="British date order (04/02 is 4 February); a graduation ceremony later than the award;"
        " \"next summer\" of an old mail read from the reading day",
    ),
    "forward_other_mail": Carrying(
        "other mail that carries mail (NOT applications): a partner forwarding an offer or a newsletter for"
        " the participants, an employer's reply forwarded by a participant, an auto-reply quoting our mail, a"
        " bounce carrying our mail, a question forwarded from a friend (kind question), a chain letter, a"
        " school forwarding its newsletter, replies in our threads that quote our mail",
        forms=("a partner's «je vous transfère cette offre pour vos participant·es»", "an auto-reply quoting"
               " our mail", "a bounce", "«une amie se demande si…» (question)", "a school's newsletter"
               " forwarded", "a reply in our thread quoting us", "a forwarded chain letter"),
        marks=("no applicant fact of the writer's own; Auto-Submitted, List-Unsubscribe, In-Reply-To"
               " <…@animafac.net> or a Mailer-Daemon as the kind says",),
        rule="kind auto_reply, newsletter, bounce (`bounced=`), question (no personal fact), reply"
        " (In-Reply-To <…@animafac.net>, our mail quoted) or other; never an application, whatever"
        " diplomas, months and years the carried mail names",
        distractors="a forwarded offer's «bac+3, jeunes diplômé·es»; an auto-reply quoting our «vous êtes"
        " diplômée depuis…»; a friend's question «si on est en service civique ?» forwarded",
    ),
}


@dataclass(frozen=True)
class N(Featured):
    """One message of 1–26 February 2027: ``words`` stand in its subject, body or CV as written (case and
    line breaks aside) and show the fact that decides (for other mail, its kind); it is read on its Date's
    day; an application carries a forwarded, quoted or attached part."""

    GRID = GRID  # type: ignore[assignment]

    def __post_init__(self) -> None:
        super().__post_init__()
        day = self.m.date[:10]
        assert FIRST_DAY <= day <= LAST_DAY, f"a Date of February 2027: {self.m.date}"
        applies = f"{OTHER_KEY} never applies: {self.words}"
        assert (self.feature == OTHER_KEY) <= (self.fact == "kind"), applies
        if self.fact != "kind":
            carried = ATTACH_FROM in self.m.headers or any(mark in self.m.body for mark in CARRIED_MARKS)
            assert carried, f"an application carries a forwarded, quoted or attached part: {self.words}"
