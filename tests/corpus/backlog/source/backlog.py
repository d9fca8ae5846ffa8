"""What a message of the backlog corpus is: the Pro'pulse inbox (propulse@animafac.net) from MONDAY 1 MARCH
2027 to FRIDAY 19 MARCH 2027, EACH MESSAGE READ AND LABELLED ON A DAY CHOSEN FIRST FOR IT (``read_on``): its
own Date's day, or one of seven later days (``LATER_DAYS``: 22 and 26 March, 2, 9, 16, 23 and 30 April 2027)
— as when the service was stopped for a while, when a message sat in quarantine and was released, or when
the coordinator re-reads a backlog after her holidays. Every application is given FIRST a key from a grid of
twelve (``GRID``) fixed before any message was written — read on its own day (the control), an end between
the Date and the reading day, an end after the reading day, a start between, the two-year limit crossing, a
result between, relative past words, weekdays and dates without a year, a plan of dated steps, a third party
writing, the same in English, and the other mail read late — then its reading day, then its deciding fact
(a criterion of the programme), then the mail is written as that person would write it, never mentioning the
reading day.

THE RULE of the truth. The mail's relative words («hier», «lundi», «dans trois semaines», «le mois
prochain», «la semaine dernière», "next Friday", "in two weeks") and its dates without a year count from ITS
OWN Date; the criteria are judged ON THE READING DAY:
- a placement (internship, alternance) or service civique whose end, told by a date or by relative words,
  falls on or before the reading day is over (meets); one whose end lies after it is held (fails);
- one whose CERTAIN start («je commence lundi», «convention signée, début le 15 mars») falls on or before the
  reading day has begun and is held (fails); a start only hoped or planned («je devrais commencer», «si tout
  va bien») leaves the criterion open (to_verify); a start after the reading day is not yet a situation;
- the two-year limit is counted in months from the READING month: read in March 2027, a diploma of 2025-03
  or later meets, 2025-02 or before fails; read in April 2027, 2025-04 or later meets, 2025-03 or before
  fails. A year alone Y meets when January Y is ≤ 24 months back, fails when December Y is > 24 months back,
  else stays open: read in March or April 2027, 2025 stays open, 2026 and 2027 meet, 2024 and before fail;
- a jury, defence, result or award dated between the Date and the reading day is still unknown to us (the
  mail could only announce it): the end of studies stays open (studies_finished unknown, graduation null),
  unless the mail itself says the diploma is already obtained.
Facts of anyone else (a sibling's, a friend's, the referrer's own, a quoted offer's) are not the applicant's.
build.py refuses a label that contradicts its reading month's count or the year-alone rule, and a
``read_on`` before the Date's day or off the seven later days.

Each source file (batch01..08.py) lists MESSAGES, each an ``N`` (its key, the fact that decides, the words
that show it as they stand in the subject, body or CV, the mail, and ``read_on=`` its reading day when later
than its Date's day), with above it a ``# Feature: key — fact — words`` comment, then (only when the
application truly leaves a criterion open) a line ``# ambiguous: why``, then ``# read: DATE → READ_ON: what
changed between`` (DATE the Date's day, READ_ON the reading day, equal for a message read on its day:
«nothing between»), then ``# route: where the deciding facts sit → decision``. Dates are «YYYY-MM-DD HH:MM»
(Paris time: +0100 until Saturday 27 March 2027, every Date of the corpus) inside the batch's days
(``BATCH_DAYS``), rising with the number."""

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured
from tagged import Way as Delay  # a key of the grid: what, forms, marks, rule, distractors

FIRST_DAY, LAST_DAY = "2027-03-01", "2027-03-19"  # every Date of the corpus lies between these days
# The seven later reading days: a message not read on its Date's day is read on one of these.
LATER_DAYS = (
    "2027-03-22", "2027-03-26", "2027-04-02", "2027-04-09", "2027-04-16", "2027-04-23", "2027-04-30",
)
# The oldest graduation month that meets the two-year limit, per reading month.
LIMITS = {(2027, 3): "2025-03", (2027, 4): "2025-04"}
# A graduation year said alone, per reading month: the years that meet, and the year that stays open.
YEAR_ALONE = {(2027, 3): ((2026, 2027), 2025), (2027, 4): ((2026, 2027), 2025)}


def reading_month(day: str) -> tuple[int, int]:
    """The month of a reading day «YYYY-MM-DD»: the month count's origin for its label."""
    return int(day[:4]), int(day[5:7])


def gap_days(date: str, day: str) -> int:
    """Days from a message's Date «YYYY-MM-DD HH:MM» to its reading day «YYYY-MM-DD»."""
    from datetime import date as calendar_day

    return (calendar_day.fromisoformat(day) - calendar_day.fromisoformat(date[:10])).days


# The days of each batch (first, last), inclusive: eight batches of 25 in arrival order.
BATCH_DAYS = {
    "01": ("2027-03-01", "2027-03-02"),  # Mon – Tue
    "02": ("2027-03-03", "2027-03-04"),  # Wed – Thu
    "03": ("2027-03-05", "2027-03-07"),  # Fri – Sun (few on the weekend)
    "04": ("2027-03-08", "2027-03-09"),  # Mon – Tue
    "05": ("2027-03-10", "2027-03-11"),  # Wed – Thu
    "06": ("2027-03-12", "2027-03-14"),  # Fri – Sun (few on the weekend)
    "07": ("2027-03-15", "2027-03-16"),  # Mon – Tue
    "08": ("2027-03-17", "2027-03-19"),  # Wed – Fri
}
WRITERS = {"A": ("01", "02", "03", "04"), "B": ("05", "06", "07", "08")}  # B's status strings start «b_»

N_MESSAGES = 200  # 8 batches of 25 in arrival order
PER_BATCH = 25
N_APPLICATIONS = (145, 160)  # the applications' count lies in this range
VERDICTS = {"eligible": (35, 70), "to_verify": (35, 60), "not_eligible": (35, 65)}  # applications by verdict
PER_KEY_APPLICATIONS = (9, 16)  # applications of each key but OTHER_KEY
OTHER_MAIL = (40, 55)  # messages that are no application
OTHER_KEY = "later_other_mail"  # the key of other mail only
QUESTIONS = 8  # at least this many questions (kind question) in the whole corpus
ENGLISH_KEY = "english_later"  # every application of this key is written in English
ENGLISH_SHARE = (0.10, 0.16)  # share of applications written in English
AMBIGUOUS = (10, 30)  # `# ambiguous:` lines in the whole corpus
WITH_ATTACHMENT = 12  # at least this many applications carry a CV as a file (PDF, DOCX, ODT)
HTML_ONLY = 8  # at least this many messages have an HTML body and no text part
REFERRALS = 12  # at least this many applications written by someone else (`forwarded_by`)
REFERRAL_KEY = "written_for_later"  # every application of this key is a referral
SAME_DAY_KEY = "same_day"  # every message of this key is read on its Date's day
LATER_SHARE = 0.55  # at least this share of applications read on a later day
LATE_SHARE = 0.30  # at least this share of applications read 14 days or more after their Date
LATE_GAP = 14  # days

# The share of each key, (applications, other mail) over the 200 messages (source/SPLIT.md: per batch).
MIX: dict[str, tuple[int, int]] = {
    "same_day": (14, 0),
    "end_between": (14, 0),
    "end_after": (13, 0),
    "start_between": (13, 0),
    "limit_crossing": (14, 0),
    "result_between": (13, 0),
    "relative_past": (14, 0),
    "weekdays_yearless": (13, 0),
    "planned_steps": (13, 0),
    "written_for_later": (13, 0),
    "english_later": (16, 0),
    "later_other_mail": (0, 50),
}
TOLERANCE = 2  # each key's count of applications within ± this of MIX (writers may move one or two)


GRID: dict[str, Delay] = {
    "same_day": Delay(
        "the control: read on its own Date's day, with the same kinds of facts as the keys below (an end, a"
        " start, a diploma's month near the limit, a jury ahead, «hier», «lundi», a plan), no gap between",
        forms=("«je finis mon stage vendredi»", "«diplômée en mars 2025»", "«je soutiens le 24 mars»",
               "«je commence ma mission lundi»", "«j'ai eu mes résultats hier»"),
        marks=("a read_on equal to the Date's day",),
        rule="every relative word counts from the Date, which is also the reading day: an end still ahead is"
        " held, a start still ahead is not yet a situation, a jury ahead leaves studies open, the two-year"
        " limit counted from the Date's month (March 2027)",
        distractors="an end «vendredi» read as already past; a jury ahead read as passed; a diploma of"
        " 2025-03 read as failing in March 2027",
    ),
    "end_between": Delay(
        "an internship, alternance or service civique whose end (a date, a weekday, «fin mars», «dans trois"
        " semaines», «vendredi prochain») falls between the Date and the reading day: over when read",
        forms=("«mon stage se termine le 19 mars»", "«ma mission de service civique finit fin mars»", "«je"
               " termine mon alternance dans trois semaines»", "«dernier jour de stage vendredi prochain»"),
        marks=("an end of a placement after the Date, on or before the reading day",),
        rule="the end counted from the Date falls on or before the reading day: the placement is over and"
        " its criterion meets; an end told then extended past the reading day is held (fails)",
        distractors="the end read from the Date as still ahead (a false rejection); «fin mars» of a mail of"
        " 2 March read on 26 March as still ahead; an extension beyond the reading day missed",
    ),
    "end_after": Delay(
        "an end that still lies after the reading day («je finis dans deux mois», written 1 March, read 23"
        " April: ends 1 May — still held), its relative words such that counting them from the reading day"
        " would give another verdict",
        forms=("«je finis dans deux mois»", "«mon service civique court jusqu'à fin mai»", "«encore six"
               " semaines de stage»", "«mon contrat d'apprentissage se termine en juin»"),
        marks=("an end of a placement after the reading day",),
        rule="the end counted from the Date lies after the reading day: the placement is held and its"
        " criterion fails",
        distractors="the relative end counted from the reading day, or a near date read as past; the end of"
        " someone else's placement",
    ),
    "start_between": Delay(
        "a placement or service civique whose certain start falls between the Date and the reading day"
        " (held when read), or a start only planned (open), or a start after the reading day (not yet held)",
        forms=("«je commence lundi»", "«convention signée, début le 15 mars»", "«je devrais commencer ma"
               " mission le 1er avril»", "«si tout va bien je démarre un stage en mai»"),
        marks=("a start of a placement told after the Date",),
        rule="a certain start on or before the reading day: held, its criterion fails; a start only hoped or"
        " planned before the reading day: open (unknown); a start after the reading day: not yet a"
        " situation (meets)",
        distractors="a certain start read as not yet begun; a hoped start read as certain; a start of a job"
        " (a CDD, not a placement) read as an internship",
    ),
    "limit_crossing": Delay(
        "the diploma's two-year limit turns between the Date and the reading day (a diploma of March, April"
        " or May 2025, read in March or in April 2027), or turns after it, or a year alone",
        forms=("«diplômée en mars 2025»", "«BTS obtenu en avril 2025»", "«licence validée en mai 2025»",
               "«master en 2025»", "«diplômé en 2024»"),
        marks=("a graduation month of 2025 or a year alone",),
        rule="the months counted from the READING month: read in March 2027, 2025-03 meets and 2025-02"
        " fails; read in April 2027, 2025-04 meets and 2025-03 fails; a year alone 2025 stays open, 2026"
        " meets, 2024 fails",
        distractors="the count made from the Date's month (March) for a mail read in April; a year of"
        " another diploma; the month of the ceremony or of the certificate",
    ),
    "result_between": Delay(
        "a jury, defence, results or award dated between the Date and the reading day («je soutiens le 24"
        " mars», «résultats le 2 avril»): still unknown when read (to_verify), or already told obtained",
        forms=("«je soutiens le 24 mars»", "«résultats le 2 avril»", "«jury de diplôme fin mars»",
               "«j'ai déjà mon diplôme, la cérémonie est le 25 mars»"),
        marks=("a jury, a defence or results dated after the Date",),
        rule="a result dated between the Date and the reading day is still unknown: studies_finished open,"
        " graduation null, to_verify; a diploma the mail says already obtained (the ceremony, the paper, to"
        " come) meets, of its month",
        distractors="a defence before the reading day read as passed; a ceremony read as the obtention; a"
        " result after the reading day read as obtained",
    ),
    "relative_past": Delay(
        "«hier», «avant-hier», «la semaine dernière», «le mois dernier», «il y a trois semaines», «lundi"
        " dernier» deciding an end or a diploma's date, counted from the Date (from the reading day they"
        " would give another month or another verdict)",
        forms=("«j'ai fini mon service civique le mois dernier»", "«diplômée depuis la semaine dernière»",
               "«mon stage s'est terminé il y a trois semaines»", "«lundi dernier, dernier jour de stage»"),
        marks=("a relative past word deciding an end or a graduation",),
        rule="the relative past counts from the Date: «le mois dernier» of a mail of 3 March is February"
        " 2027, whatever the reading day; an end past is over",
        distractors="«le mois dernier» counted from the reading day (another month); «hier» read as the"
        " reading day's eve",
    ),
    "weekdays_yearless": Delay(
        "weekdays and dates without a year («le 12», «mardi 16», «fin avril», «à la mi-mars») placed by the"
        " mail's Date and its tense (past or coming), deciding an end, a start or a diploma date",
        forms=("«mon stage se termine le 12»", "«je commence mardi 16»", "«diplômée fin avril»", "«à la"
               " mi-mars c'est fini»", "«depuis le 28 février»"),
        marks=("a weekday or a day of month with no year",),
        rule="the day is placed by the Date and the tense: «le 12» coming in a mail of 2 March is 12 March"
        " 2027, a past «le 26» in a mail of 3 March is 26 February; then judged on the reading day",
        distractors="a coming «le 12» read in a later month; «fin avril» of a past diploma read as 2027",
    ),
    "planned_steps": Delay(
        "a plan of several dated steps («je soutiens le 10 avril, puis je pars en service civique en mai»,"
        " «mon stage finit fin mars et je suis diplômée en juin»): what holds on the reading day",
        forms=("«je soutiens le 10 avril, puis je pars en service civique en mai»", "«mon stage finit fin"
               " mars et je suis diplômée en juin»", "«d'abord mon rattrapage, ensuite le jury»"),
        marks=("two or more dated steps",),
        rule="each step placed by the Date; on the reading day the steps past hold (an end over, a start"
        " begun if certain), the steps ahead are plans: a diploma ahead is studies not finished (fails),"
        " a jury between stays open",
        distractors="the last step read as done; the first step read as not yet done",
    ),
    "written_for_later": Delay(
        "a third party (a parent, an adviser, a school, a friend) presents the applicant, with any of the"
        " time facts above: a referral",
        forms=("«je vous écris pour ma fille»", "«la conseillère de Mission locale vous oriente»", "«mon"
               " ancienne stagiaire finit son service civique fin mars»"),
        marks=("a writer who is not the applicant, presenting her",),
        rule="the person presented is the applicant: her names and contacts (email null when none is given,"
        " never the writer's), ``forwarded_by`` the writer's address; the time facts as the keys above say",
        distractors="the writer's own diploma, signature and phone; a sibling beside her",
    ),
    "english_later": Delay(
        "any key above in English (\"next Friday\", \"in three weeks\", \"last month\", \"on the 12th\", \"my"
        " internship ends at the end of March\"), international graduates",
        forms=("\"next Friday\"", "\"in three weeks\"", "\"last month\"", "\"on the 12th\"", "\"my"
               " internship ends at the end of March\""),
        marks=("a mail written in English",),
        rule="as in French, by the same rule of the reading day; labelled language en; a foreign degree's"
        " level by its length or equivalence",
        distractors="British date order (02/04 is 2 April); a graduation ceremony later than the award",
    ),
    "later_other_mail": Delay(
        "other mail read late (NOT applications): auto-replies whose return date has passed, invitations to"
        " events now past, questions about the programme (no personal facts), newsletters, bounces,"
        " replies in our threads, a partner's or employer's mail",
        forms=("an out-of-office «de retour le 15 mars»", "an invitation to a forum of 18 March", "«le"
               " programme est-il ouvert aux diplômés de BTS ?»", "a newsletter", "a bounce", "a reply in"
               " our thread"),
        marks=("Auto-Submitted, List-Unsubscribe, In-Reply-To <…@animafac.net> or a Mailer-Daemon as the"
               " kind says",),
        rule="kind auto_reply, newsletter, bounce (`bounced=`), question (no personal fact), reply or other:"
        " its kind does not change with the day",
        distractors="a return date passed read as a new mail; a question's «bac+2» read as an applicant's",
    ),
}


@dataclass(frozen=True)
class N(Featured):
    """One message of 1–19 March 2027: ``words`` stand in its subject, body or CV as written (case and line
    breaks aside) and show the fact that decides (for other mail, its kind); it is read on ``read_on``, its
    Date's day when left empty, else one of the seven later days."""

    GRID = GRID  # type: ignore[assignment]
    read_on: str = ""

    def __post_init__(self) -> None:
        super().__post_init__()
        day = self.m.date[:10]
        assert FIRST_DAY <= day <= LAST_DAY, f"a Date of 1–19 March 2027: {self.m.date}"
        assert not self.read_on or self.read_on in LATER_DAYS, f"a reading day off the seven: {self.read_on}"
        assert self.reading_day >= day, f"read before its Date: {self.m.date} → {self.read_on}"
        assert self.feature != SAME_DAY_KEY or self.reading_day == day, f"same_day read later: {self.words}"
        applies = f"{OTHER_KEY} never applies: {self.words}"
        assert (self.feature == OTHER_KEY) == (self.fact == "kind"), applies

    @property
    def reading_day(self) -> str:
        """The day the message is read and labelled: its Date's day, or its later ``read_on``."""
        return self.read_on or self.m.date[:10]
