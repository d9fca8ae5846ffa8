"""What a message of the rentree corpus is: the Pro'pulse inbox (propulse@animafac.net) of OCTOBER 2026, the
month of the rentrée, EACH MESSAGE READ AND LABELLED ON THE DAY IT ARRIVED (``read_on``, its Date's own day,
as ``../seasons`` reads each batch on its day). Every application is given FIRST its writer's LIFE STAGE,
drawn from a grid of twelve keys (``GRID``) fixed before any message was written; its deciding fact is what
that stage makes uncertain in October: re-sit results just out or still awaited, internships begun in
September, civic services begun, ended or about to begin, re-enrolments, a June 2024 diploma that has just
crossed the two-year limit. Then the mail is written as that person would write to a programme heard of the
day before: their words, their order, two lines to a page, typos sometimes, no two mails alike.

Each message is labelled by what it says, read alone, on its ``read_on`` (the voices kit's conventions,
tests/corpus/voices/source/kit.py and tests/corpus/identities/LICENCE.md «Truth conventions», with
«2026-11-26» replaced by ``read_on``; the seasons corpus's reading-day rule, ../seasons/source/seasons.py).
Every Date lies in October 2026, so every reading month is October 2026: graduation_recent meets when
``months_ago`` from 2026-10 is ≤ 24 (a month from 2024-10 on meets, 2024-09 and before fails). A year alone Y
meets when January Y is ≤ 24 months back (2025, 2026), fails when December Y is > 24 months back (2023 and
before), else stays open (2024: `# ambiguous:`). A date said without its year is the occurrence the words and
their tense point to from the reading day («en septembre» in a past tense is September 2026, in a future
September 2027); a diploma still ahead is studies not finished (graduation null). A placement (internship,
civic service, alternance) running after the reading day fails its criterion; one ended on or before it
meets; one beginning after it is not yet a situation. Relative words («l'an dernier», «cette année», «il y a
deux ans», "last June") count from the reading day; «l'an dernier» said of a school year in October is the
school year 2025-2026. Where the words do not settle a criterion it stays open (``# ambiguous:``). build.py
refuses a label that contradicts the month count or the year-alone rule.

Each source file (batch01..08.py) lists MESSAGES, each an ``N`` (its key, the fact that decides, the words
that show it as they stand in the subject, body or CV, the mail), with a ``# Feature: key — fact — words``
comment above it, then (only when the application truly leaves a criterion open) a line ``# ambiguous: why``,
then a line ``# route: where the deciding facts sit → decision``. Dates are «YYYY-MM-DD HH:MM» (Paris time:
+0200 until Sunday 25 October 03:00, +0100 after) inside the batch's days (``BATCH_DAYS``), rising with the
number."""

# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured
from tagged import Way as Stage  # one life stage: what it is, its forms, marks, rule, distractors

MONTH = "2026-10"  # every Date of the corpus lies in this month
READING_MONTH = (2026, 10)  # the month every reading day falls in: the month count's origin
LIMIT = "2024-10"  # the oldest graduation month that meets the two-year limit read in October 2026


def read_on(date: str) -> str:
    """The READ_ON convention: a message is read on its own Date's day («2026-10-07 09:15» → 2026-10-07)."""
    return date[:10]


# The days of each batch (first, last), inclusive: eight batches of about four days in arrival order.
BATCH_DAYS = {
    "01": ("2026-10-01", "2026-10-04"),
    "02": ("2026-10-05", "2026-10-08"),
    "03": ("2026-10-09", "2026-10-12"),
    "04": ("2026-10-13", "2026-10-16"),
    "05": ("2026-10-17", "2026-10-20"),
    "06": ("2026-10-21", "2026-10-24"),
    "07": ("2026-10-25", "2026-10-28"),
    "08": ("2026-10-29", "2026-10-31"),
}
WRITERS = {"A": ("01", "02", "03", "04"), "B": ("05", "06", "07", "08")}  # B's status strings start «b_»

N_MESSAGES = 200  # 8 batches of 25 in arrival order
PER_BATCH = 25
N_APPLICATIONS = (140, 160)  # the applications' count lies in this range
VERDICTS = {"eligible": (35, 70), "to_verify": (35, 60), "not_eligible": (35, 65)}  # applications by verdict
PER_KEY_APPLICATIONS = (9, 16)  # applications of each key but OTHER_KEY
OTHER_MAIL = (40, 60)  # messages that are no application
OTHER_KEY = "rentree_other_mail"  # the key of other mail only
OTHER_OF_OTHER_KEY = 34  # at least this many messages of OTHER_KEY
ENGLISH_KEY = "english_stage"  # every application of this key is written in English
ENGLISH_SHARE = (0.10, 0.16)  # share of applications written in English
AMBIGUOUS = (10, 30)  # `# ambiguous:` lines in the whole corpus
WITH_ATTACHMENT = 12  # at least this many applications carry a CV as a file (PDF, DOCX, ODT)
HTML_ONLY = 8  # at least this many messages have an HTML body and no text part
REFERRALS = 15  # at least this many applications written by someone else (`forwarded_by`)
REFERRAL_KEY = "written_for"  # every application of this key is a referral

# The share of each key, (applications, other mail) over the 200 messages (source/SPLIT.md: per batch).
MIX: dict[str, tuple[int, int]] = {
    "fresh_graduate": (14, 0),
    "first_year_out": (13, 1),
    "near_the_limit": (15, 0),
    "after_civic_service": (13, 1),
    "internship_now": (14, 1),
    "back_to_school": (14, 1),
    "not_finished": (13, 0),
    "career_change": (13, 0),
    "back_from_abroad": (12, 0),
    "written_for": (13, 2),
    "english_stage": (16, 0),
    "rentree_other_mail": (0, 44),
}
TOLERANCE = 2  # each key's count of applications within ± this of MIX (writers may move one or two)


GRID: dict[str, Stage] = {
    "fresh_graduate": Stage(
        "diploma obtained June–September 2026: results just out, a September jury, a diploma «validé» but"
        " not yet delivered, an attestation de réussite; searching since the summer",
        forms=("«j'ai eu mes résultats en juillet»", "«diplômée depuis le jury du 24 septembre»", "«master"
               " validé, diplôme pas encore reçu»", "«attestation de réussite»", "«je cherche depuis cet été»"),
        marks=("a diploma word and a result or jury of this summer or September",),
        rule="a diploma obtained (results out, a jury passed, «validé») is graduation that month of 2026 and"
        " meets the two-year limit; a diploma «validé» but not delivered is obtained; a result announced but"
        " not yet out on read_on leaves studies_finished open (`# ambiguous:`); the level is the diploma's",
        distractors="the diploma not yet printed read as not obtained; a sister's results; the bac's year;"
        " «septembre» of the application read as the jury's",
    ),
    "first_year_out": Stage(
        "graduated in 2025, a year of small jobs, temping, seasonal work, volunteering or waiting, now"
        " turning to the ESS",
        forms=("«diplômé en juin 2025, depuis j'enchaîne les missions d'intérim»", "«un an de saisonnier»",
               "«l'an dernier j'ai fini ma licence»", "«bénévole en attendant»", "«un CDD à la Poste»"),
        marks=("a diploma of 2025 and a year of something else",),
        rule="graduation 2025 (the month if said) meets the limit read in October 2026; small jobs are no"
        " career change and no placement; a volunteering is no civic service unless named so; «l'an dernier»"
        " said of a diploma in October is 2025 (a calendar year) unless a school year is named",
        distractors="a seasonal job called «stage» by the writer; a volunteering read as a service civique;"
        " a CDD elsewhere read as a reconversion",
    ),
    "near_the_limit": Stage(
        "graduated between autumn 2024 and spring 2025: on the reading day inside or past the two years,"
        " said with a month, a season, «il y a deux ans», a school year «2023-2024» or a promotion",
        forms=("«diplômée en juin 2024»", "«soutenu en novembre 2024»", "«année 2023-2024»", "«promo 2024»",
               "«il y a deux ans»", "«à l'automne 2024»"),
        marks=("a diploma dated around October 2024",),
        rule="months_ago from 2026-10 ≤ 24 meets (2024-10 on), above fails (2024-09 and before); a school"
        " year 2023-2024 ends in June–September 2024 and fails; a year alone 2024 stays open; «il y a deux"
        " ans» with no month is October 2024 (meets) only when the words say so, else open; a season"
        " (automne 2024) spanning both sides stays open",
        distractors="the year of entry read as the year obtained; an older bac; a later short training read"
        " as the diploma",
    ),
    "after_civic_service": Stage(
        "a service civique just ended, ending this month, extended, or starting in November; or a volunteering"
        " that is no civic service",
        forms=("«mon service civique s'est terminé fin septembre»", "«je finis le 31 octobre»", "«prolongé"
               " jusqu'en décembre»", "«je commence un service civique le 2 novembre»", "«volontaire chez"
               " Unis-Cité jusqu'à fin juin»"),
        marks=("a civic service (service civique, volontariat) and its dates",),
        rule="a civic service ended on or before read_on meets not_service_civique; one running after read_on"
        " (ending later this month included) fails it; one beginning after read_on is not yet a situation"
        " (meets) unless the words make it certain and the person asks to join after it: then it meets too;"
        " a volontariat not named civic service (bénévolat) is no civic service",
        distractors="a friend's service civique; a past service long over; bénévolat read as service civique;"
        " «fin octobre» read on 2026-10-05 as over",
    ),
    "internship_now": Stage(
        "an internship begun in September or October, one ending this month or ended, a «stage de fin"
        " d'études» still needed before the diploma, a «stage» that was really a job",
        forms=("«en stage depuis le 1er septembre»", "«mon stage se termine le 16 octobre»", "«il me reste"
               " le stage de fin d'études»", "«stage terminé fin août»", "«un stage qui était en fait un"
               " CDD»"),
        marks=("a stage / internship word and its dates",),
        rule="an internship running after read_on fails not_internship; one ended on or before read_on meets;"
        " a final internship still needed before the diploma is studies not finished (fails"
        " studies_finished, graduation null); a job the writer calls a stage but names a contract is no"
        " internship",
        distractors="a past internship in the CV; a sister's stage; a stage offered by an employer; «stage» of"
        " a training course (stage de formation BAFA)",
    ),
    "back_to_school": Stage(
        "studies resumed in September (a master, an alternance, a DU, a prépa concours), or the choice NOT to"
        " resume; waiting for re-sit results («rattrapages», «jury de septembre»)",
        forms=("«je me suis réinscrite en M1»", "«je n'ai pas repris le master»", "«j'attends les résultats"
               " des rattrapages»", "«alternance depuis septembre»", "«prépa concours»"),
        marks=("a (re-)enrolment, a refusal to enrol, or a re-sit and its result",),
        rule="studies resumed and running on read_on fail studies_finished (a master begun after a licence: the"
        " licence stays the level but the person is a student); the choice not to resume leaves the last"
        " diploma as it is; re-sit results not out on read_on leave studies_finished open (`# ambiguous:`),"
        " results out and passed give the diploma that month",
        distractors="a master begun «l'an dernier» and given up; a re-enrolment only planned for next year; a"
        " brother's rentrée",
    ),
    "not_finished": Stage(
        "still studying, a thesis or a report not defended, credits missing, «ajourné·e», a diploma given up;"
        " and some who have finished after all (the trap goes both ways)",
        forms=("«il me manque un UE»", "«ajournée en juin»", "«mémoire à rendre en décembre»", "«j'ai arrêté"
               " en L2»", "«finalement j'ai validé au rattrapage»"),
        marks=("an unfinished study or one finished after doubt",),
        rule="a diploma not obtained on read_on fails studies_finished (graduation null; bac+N the last level"
        " obtained, or \"*\" when none is said); credits missing or a report not handed in is not finished; a"
        " diploma given up leaves the earlier level obtained and studies over; one validated after all is"
        " graduation that month",
        distractors="«je n'ai pas fini de chercher»; a thesis of a friend; «pas encore reçu le diplôme» (is"
        " finished)",
    ),
    "career_change": Stage(
        "older people turning towards the ESS after years in another trade (reconversion), and young graduates"
        " whose first job was elsewhere (NOT a reconversion)",
        forms=("«après dix ans dans la banque»", "«je me reconvertis»", "«mon premier CDD était dans une"
               " grande surface»", "«ancien commercial»", "«une première expérience dans le privé»"),
        marks=("a former trade and a turn towards the ESS",),
        rule="years of a career in another trade followed by a new diploma or a turn is a career change (fails"
        " not_career_change); a first job of a young graduate outside the ESS is not; a student job is not;"
        " an older person whose first diploma is recent and whose past is only said as «expériences» stays"
        " open (`# ambiguous:`)",
        distractors="«changer de secteur» of a first job; a parent's career; «reconversion» of the writer's"
        " employer",
    ),
    "back_from_abroad": Stage(
        "back from a year abroad (PVT, VIE, Erasmus, volunteering), foreign diplomas, an equivalence asked or"
        " obtained",
        forms=("«rentrée d'un PVT au Canada»", "«mon master obtenu à Dakar»", "«une Licenciatura de"
               " Bogotá»", "«attestation ENIC-NARIC en cours»", "«un an de volontariat au Bénin»"),
        marks=("a country, a foreign diploma or a stay abroad",),
        rule="a foreign diploma's level is its French equivalent when said (an equivalence obtained, or a"
        " diploma whose length is told); when neither its level nor an equivalence is given, degree_level"
        " stays open; a year abroad is no placement unless it was an internship or a civic service"
        " (volontariat de service civique international); its dates from read_on as anywhere",
        distractors="a year of PVT read as a job search abroad; an Erasmus semester inside a running licence;"
        " a VIE (a contract) read as an internship",
    ),
    "written_for": Stage(
        "someone else writes about the applicant: a parent, an adviser (Mission locale, France Travail, APEC,"
        " a school's careers office), a friend, a teacher, a partner association",
        forms=("«je vous écris pour ma fille»", "«j'accompagne un jeune»", "«fiche d'orientation»", "«une"
               " amie m'a demandé de vous écrire»", "«le service insertion de l'école vous présente»"),
        marks=("a third person presented by the writer; the writer's own address in From",),
        rule="the person presented is the applicant: their names and contacts come from the body (email null"
        " when none is given, never the referrer's), ``forwarded_by`` the referrer's address; the criteria are"
        " the applicant's, never the referrer's",
        distractors="the adviser's own diploma and job; the parent's address read as the applicant's; a"
        " sibling named beside the applicant",
    ),
    "english_stage": Stage(
        "any stage above written in English: international graduates, Erasmus returnees, bilingual people",
        forms=("\"I graduated in July\"", "\"my internship ends on the 30th\"", "\"I'm back from Montreal\"",
               "\"I have to resit one module\"", "\"writing on behalf of my son\""),
        marks=("a mail written in English",),
        rule="as in French, by the same conventions on read_on; labelled language en; a foreign degree's level"
        " by its length or equivalence",
        distractors="a British date order (10/09 is 10 September); «graduate» meaning a student; \"last"
        " year\" of a school year",
    ),
    "rentree_other_mail": Stage(
        "October's other mail (NOT applications): job fairs and forums, partners' rentrée events,"
        " newsletters, employers offering a job or an internship, holiday auto-replies, bounces, replies in"
        " our threads, questions about the next cohort with no personal facts, a school asking for a"
        " partnership",
        forms=("a forum des métiers de l'ESS invitation", "a partner's rentrée newsletter", "an employer's"
               " job offer", "an out-of-office of the Toussaint holidays", "a bounce", "a reply in our thread"
               " choosing an interview day", "«quand commence la prochaine session ?»", "a school asking to"
               " present the programme"),
        marks=("no applicant fact of the writer's own; Auto-Submitted, List-Unsubscribe, In-Reply-To"
               " <…@animafac.net> or a Mailer-Daemon as the kind says",),
        rule="kind auto_reply, newsletter, bounce (`bounced=`), question (no personal fact), reply (In-Reply-To"
        " <…@animafac.net>, our mail quoted) or other; never an application, whatever diplomas, months and"
        " stages it names",
        distractors="an offer's «bac+3, jeunes diplômés»; an auto-reply's «de retour le 2 novembre»; a"
        " forum's «étudiants et diplômés 2026»; a quoted invitation's dates",
    ),
}


@dataclass(frozen=True)
class N(Featured):
    """One message of October 2026: ``words`` stand in its subject, body or CV as written (case and line
    breaks aside) and show the fact that decides (for other mail, its kind); it is read on its Date's day."""

    GRID = GRID  # type: ignore[assignment]

    def __post_init__(self) -> None:
        super().__post_init__()
        assert self.m.date.startswith(MONTH), f"every Date in October 2026: {self.m.date}"
        assert (self.feature == OTHER_KEY) <= (self.fact == "kind"), f"{OTHER_KEY} never applies: {self.words}"
