"""What a message of the newyear corpus is: the Pro'pulse inbox (propulse@animafac.net) from MONDAY 28
DECEMBER 2026 to FRIDAY 29 JANUARY 2027, the turn of the year, EACH MESSAGE READ AND LABELLED ON THE DAY IT
ARRIVED (``read_on``, its Date's own day, as ``../rentree`` reads each message). Every application is given
FIRST the way its writer places her deciding fact in time around the turn of the year, drawn from a grid of
twelve keys (``GRID``) fixed before any message was written: words relative to the year, the year ahead, the
December just past, January now, the two-year limit turning with the month, school years against civil years,
resolutions and wishes, winter exams and juries, the holidays' gap, mail written for someone at the turn of
the year, the same in English, and the season's other mail. Then the deciding fact (a criterion of the
programme) is chosen, then the mail is written as that person would write it at that moment of the year: her
words, her order, two lines to a page, typos sometimes, no two mails alike.

Each message is labelled by what it says, read alone, on its ``read_on`` (the voices kit's conventions,
tests/corpus/voices/source/kit.py and tests/corpus/identities/LICENCE.md «Truth conventions», with
«2026-11-26» replaced by ``read_on``; the reading-day rule of ../seasons and ../rentree). The reading month is
the Date's month: DECEMBER 2026 for the 28–31 December (graduation_recent meets from 2024-12 on, 2024-11 and
before fails), JANUARY 2027 for every other day (meets from 2025-01 on, 2024-12 and before fails). A year
alone Y meets when January Y is ≤ 24 months back, fails when December Y is > 24 months back, else stays open:
read in December 2026, 2025 and 2026 meet, 2024 stays open (`# ambiguous:`), 2023 fails; read in January
2027, 2025, 2026 and 2027 meet, 2024 and before fail. A date said without its year is the occurrence the words
and their tense point to from the reading day («en juin» in a past tense is June 2026, in a future June 2027;
«en décembre» read in January, past, is December 2026). Relative words count from the reading day: «l'an
dernier» / "last year" is 2025 when read on 28–31 December and 2026 from 2 January on; «cette année» is 2026
then 2027; «il y a deux ans» is December 2024 read in December, January 2025 read in January; «le mois
dernier» read in January is December 2026. A diploma still ahead is studies not finished (graduation null).
A placement (internship, civic service, alternance) running after the reading day fails its criterion; one
ended on or before it meets; one beginning after it is not yet a situation (meets). A wish or a resolution is
no fact: a career change is read from the past it tells, not from «nouveau départ». Where the words do not
settle a criterion it stays open (``# ambiguous:``). build.py refuses a label that contradicts the month count
of its own reading month or the year-alone rule.

Each source file (batch01..08.py) lists MESSAGES, each an ``N`` (its key, the fact that decides, the words
that show it as they stand in the subject, body or CV, the mail), with a ``# Feature: key — fact — words``
comment above it, then (only when the application truly leaves a criterion open) a line ``# ambiguous: why``,
then a line ``# route: where the deciding facts sit → decision``. Dates are «YYYY-MM-DD HH:MM» (Paris time,
+0100 all winter) inside the batch's days (``BATCH_DAYS``), rising with the number; none on 1 January."""

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured
from tagged import Way as Placing  # a way of placing a fact in time: what, forms, marks, rule, distractors

FIRST_DAY, LAST_DAY = "2026-12-28", "2027-01-29"  # every Date of the corpus lies between these days
NO_MAIL_DAY = "2027-01-01"  # New Year's Day: no message is dated on it
# The oldest graduation month that meets the two-year limit, per reading month.
LIMITS = {(2026, 12): "2024-12", (2027, 1): "2025-01"}


def read_on(date: str) -> str:
    """The READ_ON convention: a message is read on its own Date's day («2027-01-05 09:15» → 2027-01-05)."""
    assert FIRST_DAY <= date[:10] <= LAST_DAY and date[:10] != NO_MAIL_DAY, date
    return date[:10]


def reading_month(date: str) -> tuple[int, int]:
    """The month of a message's reading day: the month count's origin for its label."""
    return int(date[:4]), int(date[5:7])


# The days of each batch (first, last), inclusive: eight batches of 25 in arrival order.
BATCH_DAYS = {
    "01": ("2026-12-28", "2027-01-04"),
    "02": ("2027-01-05", "2027-01-08"),
    "03": ("2027-01-09", "2027-01-12"),
    "04": ("2027-01-13", "2027-01-15"),
    "05": ("2027-01-16", "2027-01-19"),
    "06": ("2027-01-20", "2027-01-22"),
    "07": ("2027-01-23", "2027-01-26"),
    "08": ("2027-01-27", "2027-01-29"),
}
DECEMBER_MESSAGES = (6, 12)  # batch 01 dates this many of its messages on 28–31 December 2026
WRITERS = {"A": ("01", "02", "03", "04"), "B": ("05", "06", "07", "08")}  # B's status strings start «b_»

N_MESSAGES = 200  # 8 batches of 25 in arrival order
PER_BATCH = 25
N_APPLICATIONS = (140, 160)  # the applications' count lies in this range
VERDICTS = {"eligible": (35, 70), "to_verify": (35, 60), "not_eligible": (35, 65)}  # applications by verdict
PER_KEY_APPLICATIONS = (9, 16)  # applications of each key but OTHER_KEY
OTHER_MAIL = (40, 60)  # messages that are no application
OTHER_KEY = "newyear_other_mail"  # the key of other mail only
OTHER_OF_OTHER_KEY = 34  # at least this many messages of OTHER_KEY
QUESTIONS = 8  # at least this many questions (kind question) in the whole corpus
ENGLISH_KEY = "english_newyear"  # every application of this key is written in English
ENGLISH_SHARE = (0.10, 0.16)  # share of applications written in English
AMBIGUOUS = (10, 30)  # `# ambiguous:` lines in the whole corpus
WITH_ATTACHMENT = 12  # at least this many applications carry a CV as a file (PDF, DOCX, ODT)
HTML_ONLY = 8  # at least this many messages have an HTML body and no text part
REFERRALS = 12  # at least this many applications written by someone else (`forwarded_by`)
REFERRAL_KEY = "written_for_newyear"  # every application of this key is a referral

# The share of each key, (applications, other mail) over the 200 messages (source/SPLIT.md: per batch).
MIX: dict[str, tuple[int, int]] = {
    "last_year_words": (14, 0),
    "year_ahead": (14, 0),
    "december_past": (14, 1),
    "january_now": (14, 0),
    "limit_turning": (14, 0),
    "school_year": (13, 0),
    "resolutions": (13, 1),
    "winter_results": (13, 1),
    "holidays_gap": (12, 1),
    "written_for_newyear": (13, 2),
    "english_newyear": (16, 0),
    "newyear_other_mail": (0, 44),
}
TOLERANCE = 2  # each key's count of applications within ± this of MIX (writers may move one or two)


GRID: dict[str, Placing] = {
    "last_year_words": Placing(
        "the deciding fact placed by words relative to the year: «l'an dernier», «l'année dernière», «l'an"
        " passé», «il y a un an», «en 2026», «fin 2025», written in late December (still 2026) or in January"
        " (2027), so that the same words name another year on either side of the 1st",
        forms=("«j'ai eu mon master l'an dernier»", "«diplômée l'année dernière»", "«l'an passé j'étais en"
               " stage»", "«il y a un an je finissais ma licence»", "«fin 2025»", "«en 2026 j'ai validé»"),
        marks=("a year named by its relation to the writing day, or a bare civil year",),
        rule="«l'an dernier» / «l'année dernière» / «l'an passé» is the civil year before the reading day's"
        " (2025 read on 28–31 December, 2026 read in January) unless a school year is named; «il y a un an»"
        " is the reading month a year back; a year alone follows the year-alone rule of its reading month"
        " (read in January 2027, 2024 fails and 2025 meets; read in December 2026, 2024 stays open); a"
        " placement «l'an dernier» is over",
        distractors="«l'an dernier» written on 30 December read as 2026; «l'an dernier» of a school year; the"
        " year of entry read as the year obtained; a past internship «l'an passé» read as running",
    ),
    "year_ahead": Placing(
        "the fact placed ahead in 2027: «cette année», «en juin», «d'ici l'été», «je soutiens en septembre»,"
        " «mon service civique commence en février»: studies not finished, a placement not begun yet, a"
        " diploma expected; and some whose «cette année» is a past already done",
        forms=("«je soutiens mon mémoire en juin»", "«je serai diplômée cette année»", "«d'ici l'été»",
               "«mon service civique commence le 1er février»", "«un stage de six mois à partir de mars»",
               "«je finis ma licence en mai»"),
        marks=("a future tense, a month ahead or «cette année» with a plan",),
        rule="a diploma still ahead on the reading day is studies not finished (fails studies_finished,"
        " graduation null, bac+N the last level obtained or \"*\"); a placement beginning after the reading"
        " day is not yet a situation (meets); a month without a year is the occurrence the tense points to"
        " («en juin» future = June 2027, past = June 2026)",
        distractors="«en juin» in a past tense read as ahead; a civic service starting in February read as"
        " running; a job hoped for «cette année» read as a fact; «cette année» written on 29 December",
    ),
    "december_past": Placing(
        "the fact placed in the December just past: «avant les fêtes», «juste avant Noël», «le 18"
        " décembre», «fin décembre», «le mois dernier» read in January — a diploma delivered, a stage or a"
        " civic service ended, a jury held, a contract begun",
        forms=("«mon stage s'est terminé le 18 décembre»", "«jury juste avant Noël»", "«diplômé avant les"
               " fêtes»", "«fin décembre j'ai rendu mon mémoire»", "«le mois dernier»"),
        marks=("a day, a feast or «le mois dernier» of December 2026",),
        rule="a December 2026 diploma is graduation 2026-12 (meets); a placement ended in December (or on a"
        " day on or before the reading day) meets its criterion; «fin décembre» read on 28–30 December is a"
        " placement still running unless its day is past; a report handed in is not a jury held: the result"
        " not out leaves studies_finished open",
        distractors="«le mois dernier» read on 29 December (November); a report handed in read as a diploma;"
        " a stage «jusqu'au 31 décembre» read on the 30th as over",
    ),
    "january_now": Placing(
        "something begun, running or starting in January: «depuis le 4 janvier je suis en stage», «je"
        " commence un service civique le 15», «le second semestre a repris», «depuis la rentrée de janvier»",
        forms=("«depuis le 4 janvier je suis en stage»", "«je commence un service civique le 15»", "«le S2 a"
               " repris»", "«depuis la rentrée de janvier»", "«j'ai signé un CDD qui commence lundi»"),
        marks=("a January day or «depuis …» and a placement, a course or a job",),
        rule="a placement or a course running on the reading day fails its criterion (internship, civic"
        " service, studies); one beginning after the reading day is not yet a situation (meets); a job"
        " begun is no placement and no career change; a «second semestre» resumed is studies going on",
        distractors="«le 15» read on the 20th as ahead; a sibling's internship begun in January; a CDD"
        " called a «mission» read as an internship; a January training day (journée) read as studies",
    ),
    "limit_turning": Placing(
        "the two-year limit turning with the reading month: diplomas of November 2024 to March 2025, said"
        " with a month, a season, «il y a deux ans», a year alone, read on days either side of the month's"
        " turn",
        forms=("«diplômée en décembre 2024»", "«soutenance de novembre 2024»", "«il y a deux ans pile»",
               "«hiver 2024-2025»", "«2024» alone", "«2025» alone", "«en janvier 2025»"),
        marks=("a diploma dated between November 2024 and March 2025, or a year alone 2024/2025",),
        rule="months_ago from the reading month ≤ 24 meets: read on 28–31 December 2026 a diploma of"
        " 2024-12 meets and 2024-11 fails; read in January 2027 2025-01 meets and 2024-12 fails; a year"
        " alone 2024 stays open in December and fails in January, 2025 meets; «il y a deux ans» with no"
        " month is the reading month two years back; a season spanning both sides stays open",
        distractors="a December 2024 diploma read on 30 December (meets) and on 4 January (fails); the"
        " entry year read as the diploma's; a later short training read as the diploma",
    ),
    "school_year": Placing(
        "academic years against civil years: «2025-2026», «l'année universitaire dernière», «mon M2 l'an"
        " dernier», «promo 2026», «en L3 cette année», a semester (S1, S2), a diploma year vs a school year",
        forms=("«année 2025-2026»", "«l'année universitaire dernière»", "«promo 2026»", "«en L3 cette"
               " année»", "«j'ai validé le S1 en décembre»", "«M2 2024-2025»"),
        marks=("a school year, a promotion, a semester or a level «cette année»",),
        rule="a school year Y-(Y+1) completed ends in June–September Y+1 (month open unless said: a year"
        " alone Y+1); «l'année universitaire dernière» read in January 2027 is 2025-2026 (a diploma of 2026);"
        " «en L3 cette année» is a school year running (studies not finished); a semester validated is no"
        " diploma; «promo Y» is graduation year Y",
        distractors="«2025-2026» read as the year 2025; «cette année» of a school year read as the civil"
        " year; S1 validated read as a licence obtained; a promo of entry",
    ),
    "resolutions": Placing(
        "new-year resolutions and wishes mixed with facts: «cette année je me lance dans l'ESS», «résolution"
        " 2027 : quitter la banque» (a career change), «nouvelle année, nouveau départ», a wish that is no"
        " fact, a fact in a greeting",
        forms=("«ma résolution : trouver un poste qui a du sens»", "«résolution 2027 : quitter la banque»",
               "«nouvelle année, nouveau départ»", "«meilleurs vœux, et au passage…»", "«je me suis promis"
               " de…»"),
        marks=("a resolution, a wish or a greeting and a fact beside it",),
        rule="a wish or a resolution is no fact: the criteria are read from what the mail tells of the past"
        " and the present; a resolution to leave years of another trade is a career change (fails"
        " not_career_change); a resolution to find a first job in the ESS is the aim (meets); «nouveau"
        " départ» alone tells nothing of a career; greetings are no application unless a person applies",
        distractors="«nouveau départ» read as a reconversion; a resolution to «reprendre les études» read as"
        " studies running; a greeting with a fact of a friend's",
    ),
    "winter_results": Placing(
        "January exams, juries, re-sits and results: «mes partiels de janvier», «le jury se réunit le 20"
        " janvier», «résultats début février», «rattrapage validé le 12 janvier», a result awaited or just"
        " given",
        forms=("«mes partiels de janvier»", "«le jury se réunit le 20 janvier»", "«résultats début février»",
               "«rattrapage validé le 12 janvier»", "«soutenance le 22, résultat le soir même»"),
        marks=("an exam, a jury, a re-sit or a result and its January or February day",),
        rule="a result out and passed on or before the reading day is the diploma that month (2027-01,"
        " meets); a jury or a result after the reading day leaves studies_finished open (`# ambiguous:`)"
        " when the studies are otherwise done, and fails it when courses or exams are still to sit; a"
        " result failed is studies not finished",
        distractors="«le jury du 20» read on the 14th as held; a brother's partiels; a certification exam"
        " (TOEIC, permis) read as a diploma; «partiels» of the past semester already validated",
    ),
    "holidays_gap": Placing(
        "written during the holidays or just after: from family, from abroad, late at night, with relative"
        " days («lundi», «la semaine prochaine», «après les vacances», «à la rentrée de janvier»), a CV made"
        " over the holidays, a mail that waited in drafts",
        forms=("«je vous écris de chez mes parents»", "«depuis Dakar où je passe les fêtes»", "«à la rentrée"
               " de janvier je reprends…»", "«CV refait pendant les vacances»", "«ce mail traînait dans mes"
               " brouillons»", "«lundi je commence…»"),
        marks=("a holiday setting or a relative day counted from the writing day",),
        rule="relative days count from the Date's day («lundi» written on Wednesday 30 December is 4"
        " January); «à la rentrée de janvier» written in December is ahead (a placement then is not yet a"
        " situation, studies then resume: studies not finished); a mail from drafts is read on its Date's"
        " day, not on the day it was begun",
        distractors="«lundi» read as past; a draft's «en ce moment je suis en stage» read on the sending day"
        " when the draft dates it; the parents' town read as the applicant's",
    ),
    "written_for_newyear": Placing(
        "someone else writes about the applicant at the turn of the year: parents after Christmas, an"
        " adviser back in January (Mission locale, France Travail, APEC, a school's careers office), a"
        " friend, a former tutor",
        forms=("«on en a parlé à Noël avec notre fille»", "«de retour de congés, je vous présente»", "«un ami"
               " m'a demandé de vous écrire»", "«son ancienne tutrice de stage»", "«fiche de liaison»"),
        marks=("a third person presented by the writer; the writer's own address in From",),
        rule="the person presented is the applicant: their names and contacts come from the body (email"
        " null when none is given, never the referrer's), ``forwarded_by`` the referrer's address; the"
        " criteria are the applicant's, read on the Date's day with the writer's relative words",
        distractors="the referrer's own diploma and job; the parent's address read as the applicant's; a"
        " sibling named beside the applicant; the adviser's «depuis janvier» of her own post",
    ),
    "english_newyear": Placing(
        "any key above written in English: \"last year\", \"this year\", \"since January\", \"over the"
        " holidays\", \"my graduation in December\"; international graduates, Erasmus returnees",
        forms=("\"I graduated last year\"", "\"my placement started on 4 January\"", "\"over the holidays\"",
               "\"my graduation ceremony was in December\"", "\"writing on behalf of my daughter\"",
               "\"resits in January\""),
        marks=("a mail written in English",),
        rule="as in French, by the same conventions on read_on (\"last year\" is 2025 read in December 2026,"
        " 2026 read in January 2027); labelled language en; a foreign degree's level by its length or"
        " equivalence",
        distractors="a graduation ceremony later than the degree's award; British date order (04/01 is 4"
        " January); \"this year\" written on 30 December",
    ),
    "newyear_other_mail": Placing(
        "the season's other mail (NOT applications): greetings («meilleurs vœux»), newsletters of the year,"
        " holiday auto-replies («de retour le 4 janvier»), bounces, questions about the next cohort with no"
        " personal facts (kind question), partners' invitations (galette des rois), employers, replies in"
        " our threads",
        forms=("a partner's «meilleurs vœux 2027»", "a network's January newsletter", "an out-of-office «de"
               " retour le 4 janvier»", "a bounce", "«la prochaine session démarre quand en 2027 ?»", "an"
               " invitation to a galette des rois", "an employer's January offer", "a reply in our thread"),
        marks=("no applicant fact of the writer's own; Auto-Submitted, List-Unsubscribe, In-Reply-To"
               " <…@animafac.net> or a Mailer-Daemon as the kind says",),
        rule="kind auto_reply, newsletter, bounce (`bounced=`), question (no personal fact), reply"
        " (In-Reply-To <…@animafac.net>, our mail quoted) or other; never an application, whatever"
        " diplomas, months and years it names",
        distractors="greetings' «une année pleine de projets»; an auto-reply's «de retour le 4 janvier»; an"
        " offer's «bac+3, jeunes diplômé·es 2026»; a question's «si on est diplômé en 2024 ?»",
    ),
}


@dataclass(frozen=True)
class N(Featured):
    """One message of 28 December 2026 – 29 January 2027: ``words`` stand in its subject, body or CV as
    written (case and line breaks aside) and show the fact that decides (for other mail, its kind); it is read
    on its Date's day."""

    GRID = GRID  # type: ignore[assignment]

    def __post_init__(self) -> None:
        super().__post_init__()
        day = self.m.date[:10]
        turn = f"a Date of the year's turn: {self.m.date}"
        assert FIRST_DAY <= day <= LAST_DAY and day != NO_MAIL_DAY, turn
        applies = f"{OTHER_KEY} never applies: {self.words}"
        assert (self.feature == OTHER_KEY) <= (self.fact == "kind"), applies
