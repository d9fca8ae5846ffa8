"""What a message of the seasons corpus is: ONE YEAR of the Pro'pulse inbox (propulse@animafac.net), written
as eight batches of four days (Friday to Monday), each batch in one season, from December 2025 to February
2027, and EACH MESSAGE READ AND LABELLED ON ITS BATCH'S READING DAY (``READ_ON``, the Monday that ends the
batch), not on 2026-11-26 as the forty-seven corpora before it. The same words change meaning with that day:
«diplômée en juin 2024» meets the two-year limit read in March 2026 and fails it read in July 2026; «mon stage
se termine fin mars» is an internship running read in January and one over read in May; «je commence un master
en septembre» is a future read in June and studies running read in October.

Each message is labelled by what it says, read alone, on its ``read_on``: the voices kit's conventions
(tests/corpus/voices/source/kit.py, tests/corpus/identities/LICENCE.md «Truth conventions») with
«2026-11-26» replaced by ``read_on``. The two-year limit is counted in months from the reading day's month as
``../voices/build.py`` counts them (``months_ago`` ≤ 24 meets). A year alone Y meets when January Y is ≤ 24
months back, fails when December Y is > 24 months back, else stays open. A date said without its year is the
occurrence the words and their tense point to from the reading day; a diploma still ahead is studies not
finished (graduation null, ``"*"`` where the kit says). A placement (internship, civic service, alternance)
running after the reading day fails its criterion, one ended by it meets. A beginning ahead of the reading day
is not yet a situation; one on or before it is. Relative words («l'an dernier», «il y a huit mois», "last
spring") count from the reading day. Where the words do not settle it the criterion stays open
(``# ambiguous:``). build.py refuses a label that contradicts the month count or the year-alone rule.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch01..08.py) lists MESSAGES, each an ``N`` (its key, the fact that decides, the words that show it as they
stand in the mail, the mail, and ``flips=True`` when the same message read on 2026-11-26 would carry another
label: a verdict, a bac+N or a graduation), with a ``# Feature: key — fact — words`` comment above it, then
(when the message truly leaves a criterion open) a line ``# ambiguous: …``, then a line ``# route: where the
deciding facts sit → decision (on 2026-11-26: …)``. Dates are «YYYY-MM-DD HH:MM» (Paris time) inside the
batch's days (``BATCH_DAYS``), rising with the number, never after 18:00 on the reading day."""

# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured
from tagged import Way as Key  # one key of the grid: what it is, its forms, marks, rule, distractors

BASELINE_DAY = "2026-11-26"  # the day every other corpus is read on; a `flips` message reads otherwise there

# Each batch's reading day (the Monday ending its four days): every label of the batch is computed on it.
READ_ON = {
    "01": "2025-12-15",
    "02": "2026-01-26",
    "03": "2026-03-23",
    "04": "2026-05-18",
    "05": "2026-07-06",
    "06": "2026-08-31",
    "07": "2026-10-05",
    "08": "2027-02-08",
}

# The days of each batch (first, last), inclusive: Friday to the reading Monday; the last Date before 18:00.
BATCH_DAYS = {
    "01": ("2025-12-12", "2025-12-15"),
    "02": ("2026-01-23", "2026-01-26"),
    "03": ("2026-03-20", "2026-03-23"),
    "04": ("2026-05-15", "2026-05-18"),
    "05": ("2026-07-03", "2026-07-06"),
    "06": ("2026-08-28", "2026-08-31"),
    "07": ("2026-10-02", "2026-10-05"),
    "08": ("2027-02-05", "2027-02-08"),
}
LAST_HOUR = "18:00"  # no Date at or after this hour on the reading day

N_MESSAGES = 200  # 8 batches of 25: about 150 applications and 50 other mail
PER_BATCH = 25
N_APPLICATIONS = (140, 160)  # the applications' count lies in this range
VERDICTS = {"eligible": (47, 63), "to_verify": (32, 48), "not_eligible": (47, 63)}  # applications by verdict
ENGLISH_APPLICATIONS = (16, 24)  # applications written in English (english_seasons's, language en)
PER_KEY_APPLICATIONS = (9, 16)  # applications of each key 1–10
OTHER_MAIL = (42, 58)  # messages that are no application
SEASON_OTHER_MAIL = (34, 50)  # messages of season_other_mail (SPLIT.md planned 48: 22 A, 26 B)
FLIPS_SHARE = 1 / 3  # at least this share of the applications reads otherwise on 2026-11-26
AMBIGUOUS = (15, 30)  # `# ambiguous:` lines in the whole corpus
WITH_ATTACHMENT = 40  # at most this many messages carry a CV as a file (PDF/DOCX/ODT)
ENGLISH_KEY = "english_seasons"  # every application of this key is written in English


GRID: dict[str, Key] = {
    "diploma_age": Key(
        "a diploma dated with a month and a year, or a year alone, whose two-year limit the reading day"
        " decides; the same year written on either side of the limit across batches",
        forms=("«diplômée en juin 2024»", "«BTS obtenu en 2024»", "«licence validée en juillet 2023»",
               "«master 2 (2024)» in a CV", "«j'ai eu mon DUT en 2023»"),
        marks=("a diploma word and a year (with or without a month)",),
        rule="graduation the month (or the year alone) said; with a month: graduation_recent meets when"
        " months_ago from read_on's month ≤ 24, fails above; a year alone Y: meets when January Y ≤ 24 months"
        " back, fails when December Y > 24 months back, else open (`# ambiguous:`)",
        distractors="the bac's year; an older diploma in the CV; a year of entry read as the year obtained",
    ),
    "month_no_year": Key(
        "a month named without its year, past or ahead by the tense and the reading day",
        forms=("«diplômée en juin»", "«fin de stage en mars»", "«je soutiens en septembre»", "«validée en"
               " juillet»", "\"in May\""),
        marks=("a month name with no year beside it on the deciding fact",),
        rule="the occurrence the tense points to from read_on: a past tense → the last such month on or before"
        " read_on's month; a future or present → the next one; a diploma ahead is studies not finished"
        " (graduation null); an end of placement ahead is the placement running",
        distractors="a month of an older year elsewhere in the mail; the month of the mail itself",
    ),
    "relative_year": Key(
        "a year said relatively: «l'an dernier», «l'année dernière», «cette année», «l'année prochaine», «il"
        " y a deux ans», «en 2025» said as this year or last",
        forms=("«diplômé l'an dernier»", "«cette année j'ai validé ma licence»", "«il y a deux ans»",
               "«l'année prochaine je reprends»", "\"last year\""),
        marks=("a relative year word on the deciding fact",),
        rule="counted from read_on's year: «l'an dernier» = read_on's year − 1, «cette année» = read_on's year;"
        " a year with no month is then the year-alone rule; a month with it is the month count",
        distractors="«l'année dernière» of a school year (September–June) vs a calendar year; «cette année» in"
        " a school-year sense in December",
    ),
    "academic_year": Key(
        "a school year named: «cette année je suis en M2», «l'année universitaire 2025-2026», «promo 2026»,"
        " «ma L3 de l'an dernier», \"class of 2026\"",
        forms=("«je suis en M2 cette année»", "«promo 2026»", "«année 2025-2026»", "«ma L3 de l'an dernier»",
               "\"class of 2026\""),
        marks=("a school year or a class year",),
        rule="a school year runs September to June (results June–July; some masters end in September): one"
        " running on read_on is studies not finished; one over is a diploma of its June (or open when the"
        " result is not said)",
        distractors="a promo year read as the year of entry; the year of the bac",
    ),
    "exams_and_results": Key(
        "partiels, soutenance, jury, rattrapage, results: done or still ahead on the reading day",
        forms=("«je soutiens le 12 juin»", "«résultats la semaine prochaine»", "«tombés hier»", "«en attente"
               " du jury de juillet»", "«rattrapages en juin»"),
        marks=("an exam or result word with a time",),
        rule="a defence or jury ahead of read_on: studies not finished (or open when only the result waits and"
        " the courses are over: `# ambiguous:`); results out and passed by read_on: the diploma obtained that"
        " month",
        distractors="the jury of another person; a past exam of an older year",
    ),
    "placement_end": Key(
        "an internship, a civic service, an alternance ending at a date: running or over on the reading day",
        forms=("«mon stage se termine fin mars»", "«service civique jusqu'au 30 juin»", "«dans trois"
               " semaines»", "«le mois prochain»", "\"wraps up in March\""),
        marks=("a placement word and its end",),
        rule="an end after read_on: the placement runs (not_internship or not_service_civique fails; an"
        " alternance's diploma is also not finished); an end on or before read_on: over, the criterion meets",
        distractors="an old internship in the CV; the end of a contract that is no placement",
    ),
    "beginning": Key(
        "a job, a master, a civic service, a training to begin: ahead or begun on the reading day",
        forms=("«je commence un master en septembre»", "«à la rentrée»", "«en janvier»", "«je démarre un"
               " service civique le 1er»", "\"starting in January\""),
        marks=("a verb of beginning and a time",),
        rule="a beginning ahead of read_on is not yet a situation (its criterion meets unless else said); one on"
        " or before read_on is the situation (a master begun: studies not finished; a civic service begun:"
        " not_service_civique fails)",
        distractors="a beginning that is only hoped; the programme's own start date",
    ),
    "season_words": Key(
        "seasons and holidays as dates: «cet été», «au printemps», «à Noël», «après la Toussaint», «avant"
        " l'été», «pendant les vacances», \"over the summer\", \"last fall\"",
        forms=("«diplômée cet été»", "«mon service civique finit au printemps»", "«après Noël»", "«avant"
               " l'été»", "\"last fall\""),
        marks=("a season or holiday word on the deciding fact",),
        rule="the season's months from read_on (été = June–August, printemps = March–May, automne ="
        " September–November, Noël = late December, rentrée = September): past or ahead by tense; a"
        " diploma «cet été» read in autumn is of that summer (graduation open in month, recent by any count)",
        distractors="a season's holidays of another person; «l'été dernier» vs «cet été»",
    ),
    "counted_from_now": Key(
        "durations from the reading day: «il y a huit mois», «depuis trois mois», «dans deux mois», «ça fait"
        " un an que…», \"six months ago\", \"for the past year\"",
        forms=("«diplômée il y a huit mois»", "«en service civique depuis trois mois»", "«je finis dans deux"
               " mois»", "«ça fait un an que je cherche»", "\"six months ago\""),
        marks=("a duration word: il y a, depuis, dans, ça fait, ago, for",),
        rule="the month read_on − or + the duration: a diploma «il y a N mois» is graduation that month; a"
        " placement «dans N semaines» runs",
        distractors="a duration of a job search read as a diploma's age; «depuis» of a past job",
    ),
    "cv_periods": Key(
        "an attached or pasted CV whose lines have open or month-only ends: «sept. 2025 – aujourd'hui»,"
        " «depuis janvier», «2024 – …», \"2025 – present\", «janv. – juin»",
        forms=("a PDF/DOCX/ODT CV with «2025 – aujourd'hui»", "a pasted CV with «depuis janvier»", "«sept."
               " – juin» with no year", "\"2025 – present\""),
        marks=("a CV period with an open or month-only end",),
        rule="what runs on read_on: an open end runs; a month-only end is the occurrence nearest by the"
        " line's order and the other lines' years; an internship running fails not_internship",
        distractors="an older line's period; the CV's own date; a planned period",
    ),
    "season_other_mail": Key(
        "the other mail of that season (NOT applications): summer and Christmas auto-replies, new-year"
        " wishes, rentrée newsletters, questions about the next cohort's dates, replies in our threads about"
        " interview days, participants writing about coaching days, employers' seasonal offers, bounces",
        forms=("a Christmas or summer out-of-office", "new-year wishes from a partner", "a rentrée newsletter",
               "«quand commence la prochaine session ?»", "a reply in our thread choosing an interview day",
               "a participant's absence at a coaching day", "an employer's summer job offer", "a bounce"),
        marks=("no applicant fact of the writer's own; Auto-Submitted, List-Unsubscribe, In-Reply-To"
               " <…@animafac.net> or a Mailer-Daemon as the kind says",),
        rule="kind auto_reply, newsletter, bounce (`bounced=`), question (no personal fact), reply (In-Reply-To"
        " <…@animafac.net>, our mail quoted) or other; never an application, whatever dates and months it"
        " holds",
        distractors="an auto-reply's «de retour le 5 janvier»; a newsletter's «diplômés 2026»; an offer's"
        " «bac+2»; a quoted invitation's dates",
    ),
    "english_seasons": Key(
        "applications in English with the same moving dates: \"graduating this May\", \"last summer\","
        " \"class of '25\", \"this fall\", \"my internship wraps up in March\", \"since September\"",
        forms=("\"graduating this May\"", "\"I graduated last summer\"", "\"class of '25\"", "\"my internship"
               " wraps up in March\"", "\"since September\""),
        marks=("a mail written in English",),
        rule="as in French, by the same conventions on read_on; labelled language en",
        distractors="a British date order; «graduate» meaning a student; a foreign diploma's name",
    ),
}


@dataclass(frozen=True)
class N(Featured):
    """One message of the year: ``words`` stand in its subject, body or CV as written (case and line breaks
    aside) and show the fact that decides (for other mail, its kind); ``flips`` says the same message read on
    2026-11-26 would carry another label (a verdict, a bac+N or a graduation), the `# route:` line says
    which."""

    GRID = GRID  # type: ignore[assignment]

    flips: bool = False

    def __post_init__(self) -> None:
        super().__post_init__()
        assert not (self.flips and self.fact == "kind"), f"only an application flips: {self.words}"
