"""What a message of the chronology corpus is: every application TELLS THE WRITER'S PATH IN AN ORDER chosen
FIRST from a grid of twelve — today first and back in time, told forward with a jump back, what comes next
first, events dated only from one another, events dated by the writer's own life or the calendar of a year,
two strands told side by side, an undated sequence, an ending told before its beginning, a dated list or a
timeline, one event that splits the story into before and after, the path told twice (the second telling
narrowing or correcting a time), or the same orders in English — and the deciding fact (when the diploma
came, whether studies, an internship, a service civique or a job are over or still running, whether a career
came before, whether the ESS search is now) can only be read right by following that order: which event came
after which, which one is today, which one is over. Dates may be absolute, relative to another event, or
missing; the order of telling is not the order of time. The reader reads on TODAY = 2026-11-26.

The grid (``GRID``) was fixed before any message was written (see LICENCE.md). Each source file
(batch*.py) lists MESSAGES, each an ``N`` (its order, the fact the order settles, the words that carry the
deciding time as they stand in the mail, and the mail), with a ``# Feature: key — fact — words`` comment
above it, then (when the order truly leaves a fact open) a line ``# ambiguous: …`` saying why, then a line
``# order: how the path is told = the deciding fact's time → decision`` («# order: «today first: service
civique until 30 November» ← «licence 2025» = the civic service runs after today → fails not_service_civique
→ not eligible»). build.py adds the order and the fact to its truth line. Applications are French, about one
in seven English (``language="en"``). Other mail follows an order too (a question telling a path before
asking, a reply in our thread telling what happened since, an auto-reply with dates of absence, a
newsletter's calendar, an employer's timeline of a contract).
"""

# ruff: noqa: E501

from __future__ import annotations

from dataclasses import dataclass

from tagged import FACTS as FACTS  # the facts a feature carries, read by tests/test_tagged_corpora.py
from tagged import Featured

TODAY = "2026-11-26"  # every label is computed from this day (the month 2026-11 for month counts)

N_MESSAGES = 200  # 8 batches of 25: about 152 applications (59 eligible / 34 to verify / 59 not) and 48 other


@dataclass(frozen=True)
class Order:
    """One order of telling: its forms in French and English, the rule that settles the deciding fact when
    the path is told that way (which event is today, which is over, which came last, and when it stays
    open), and its distractors."""

    description: str
    forms_fr: tuple[str, ...]
    forms_en: tuple[str, ...]
    rule: str  # how the order settles the deciding fact: which event is today, which is over, when it stays open
    distractors: str

    def __str__(self) -> str:
        return self.description


GRID: dict[str, Order] = {
    "reverse_order": Order(
        "today first, then back in time step by step: the first thing told is the present, each next step"
        " is earlier",
        forms_fr=(
            "aujourd'hui je …, avant ça …, et encore avant …",
            "en ce moment je …; auparavant …; au départ …",
            "actuellement …, juste avant …, et tout au début …",
        ),
        forms_en=("right now I'm …, before that …, and before that …", "currently …; previously …"),
        rule="the first step told is today's state: an internship, a service civique, a course or a job"
        " told first in the present runs today (fails its criterion when it is an internship, a civic"
        " service or studies); the last step told is the earliest, so a trade told last came before the"
        " diploma (a career change when it lasted years); the diploma's date is the one placed where it"
        " falls in the backward walk; a step with no tense and no date between two others leaves it open",
        distractors="the last event told read as the latest; a past trade told last read as today's job; the"
        " first date met read as the diploma's",
    ),
    "flashback": Order(
        "told forward, then a jump back to something earlier (plus-que-parfait, «il faut dire qu'avant…»,"
        " «j'oubliais…») that changes what the first part meant",
        forms_fr=(
            "… il faut dire qu'avant, j'avais …",
            "j'oubliais de dire que j'avais d'abord …",
            "ce que je n'ai pas dit, c'est qu'entre-temps j'avais …",
        ),
        forms_en=("I should add that before all this I had …", "what I didn't mention is that I had …"),
        rule="the jump back places its event before the story told first: a trade of years told in the"
        " flashback came before the diploma (fails not_career_change); a diploma told in the flashback is"
        " older than the forward story and its own date counts (an old licence fails graduation_recent"
        " unless a later diploma of bac+2 or more is told); a flashback that says neither length nor date"
        " leaves the fact open",
        distractors="the flashback's event read as the latest; the forward story's date read as the"
        " diploma's; the plus-que-parfait missed",
    ),
    "future_first": Order(
        "what comes next told first (a job starting, a defence, a jury, a contract's end, a departure), then"
        " how one got there",
        forms_fr=(
            "je soutiens mon mémoire le … ; j'ai commencé ce master …",
            "mon contrat se termine fin décembre ; j'y suis depuis …",
            "je pars en janvier pour …, mais d'abord …",
        ),
        forms_en=("my viva is on …; I started the course in …", "I'm moving to … in January; until then …"),
        rule="the event told first is still ahead: a defence or an exam still to come fails"
        " studies_finished; an internship or a civic service whose end is still to come runs today (fails);"
        " a departure abroad or a PhD ahead instead of a job fails job_seeking_ess; a CDD ending soon with"
        " the ESS search named meets; a jury ahead after every exam passed leaves studies open",
        distractors="the future event read as done; the start told after read as the latest; a job starting"
        " soon read as a job held",
    ),
    "relative_anchors": Order(
        "events dated only from one another («l'année suivante», «deux ans après mon bac», «six mois plus"
        " tard», «dans la foulée») with one absolute anchor somewhere, or none",
        forms_fr=(
            "deux ans après mon bac …",
            "l'année suivante …, six mois plus tard …",
            "dans la foulée …",
        ),
        forms_en=("two years after my A-levels …", "the following year …, six months later …"),
        rule="the date is counted from the anchor: a bac of 2021 plus a two-year BTS is 2023 (fails"
        " graduation_recent); a licence «l'année suivante» after a DUT of 2025 is 2026; an event «six mois"
        " plus tard» after a diploma of June is December; with no absolute anchor, or an anchor that leaves"
        " two readings across November 2024, the date stays open",
        distractors="the anchor's year read as the diploma's; «l'année suivante» counted from the wrong"
        " event; the length of a course read as its end",
    ),
    "life_anchors": Order(
        "events dated by the writer's own life or the calendar of a year (a move, a birth, «l'été de mes"
        " vingt ans», «à la rentrée», «juste avant le confinement», «pendant les fêtes»)",
        forms_fr=(
            "l'été de mes vingt-deux ans …",
            "juste avant le confinement …",
            "à la rentrée dernière …",
            "l'année de la naissance de ma fille …",
        ),
        forms_en=("the summer I turned twenty-two …", "just before lockdown …", "when my son was born …"),
        rule="the life anchor dates the fact only when the mail gives it a year (the confinement is spring"
        " 2020, «la rentrée dernière» is September 2026, «cet été» is summer 2026, an age with a birth year);"
        " a diploma «juste avant le confinement» is 2020 (fails graduation_recent); an anchor the mail does"
        " not date (a move, a birth, an age with no year) leaves the fact open",
        distractors="the life event read as the diploma; «la rentrée» read as the start of studies running;"
        " an age read as a year",
    ),
    "parallel_strands": Order(
        "two strands told side by side (studies and a job, a degree and a service civique, «pendant ce"
        " temps», «en parallèle», «au même moment»): which one is still running?",
        forms_fr=(
            "pendant ce temps, je …",
            "en parallèle de mon master, je …",
            "au même moment, …",
        ),
        forms_en=("at the same time I was …", "alongside my degree I …"),
        rule="each strand has its own end: the strand still told in the present runs today (a service"
        " civique or an internship beside a finished degree fails its criterion); a job run beside the"
        " studies is a student job, no career (meets not_career_change); a strand whose end is not told"
        " and whose tense is not clear leaves its criterion open",
        distractors="the end of one strand read as the end of both; a job beside the studies read as a"
        " career; the strand told last read as the one running",
    ),
    "sequence_words": Order(
        "an undated sequence («d'abord… ensuite… puis… enfin», «après quoi», «pour finir») where the last"
        " step is today's state, or is not",
        forms_fr=(
            "d'abord …, ensuite …, puis …, enfin …",
            "après quoi …",
            "pour finir …",
        ),
        forms_en=("first …, then …, after that …, finally …",),
        rule="the last step of the sequence is the latest: a diploma told last after a trade is a career"
        " change when the trade lasted years; an internship or a course told last in the present runs"
        " today; the diploma's date is only what the mail says of it (a sequence with no date leaves"
        " graduation_recent open)",
        distractors="the first step read as the latest; «enfin» read as relief, not order; a sequence's"
        " last step in the past read as running",
    ),
    "end_before_start": Order(
        "an ending told before its beginning («mon stage vient de s'achever ; je l'avais commencé en mai»,"
        " «j'ai rendu mon mémoire, le master avait débuté…»)",
        forms_fr=(
            "mon stage vient de se terminer ; je l'avais commencé en …",
            "j'ai rendu mon mémoire ; le master avait commencé …",
            "ma mission s'est achevée le … ; elle avait débuté …",
        ),
        forms_en=("my placement has just ended; it had started in …", "I handed in my dissertation; the course had begun …"),
        rule="the ending told first is what counts: an internship or a civic service ended meets its"
        " criterion whatever its start; a diploma is dated by its end, not its beginning (a master begun in"
        " 2023 and ended in 2025 is recent); a thesis handed in with its defence ahead fails"
        " studies_finished; an ending «ces jours-ci» with no day leaves it open",
        distractors="the start told second read as the date; a thesis handed in read as defended; «vient"
        " de» read as running",
    ),
    "timeline_layout": Order(
        "a dated list or a timeline in the body (CV-style «2026 – …, 2024 – …» most recent first, a list out"
        " of order, «depuis 2025 : …», open-ended ranges «2025 – aujourd'hui» / «2025 – »)",
        forms_fr=(
            "2026 : … / 2024 : … / 2021 : …",
            "depuis 2025 : …",
            "2025 – aujourd'hui : …",
            "sept. 2026 – : …",
        ),
        forms_en=("2026 – present: …", "2023–2025: …"),
        rule="an open-ended range («– aujourd'hui», «– », «depuis») runs today (an internship, a service"
        " civique or a course so listed fails its criterion); the diploma is the dated line that names it,"
        " wherever it stands in the list; a closed range is over; a line with a year range and no month"
        " across November 2024 leaves graduation_recent open",
        distractors="the first line read as the diploma; a list out of order read as most recent first; an"
        " open range read as closed",
    ),
    "pivot_event": Order(
        "one event splits the story into before and after («depuis mon diplôme», «avant le master», «après"
        " mon retour en France») and the facts are placed only against it",
        forms_fr=(
            "depuis mon diplôme, …",
            "avant le master, …",
            "après mon retour en France, …",
        ),
        forms_en=("since graduating, …", "before my master's, …", "after I came back to France, …"),
        rule="a fact placed after the pivot is later than it, before it earlier: years of a trade «avant le"
        " master» are a career change; a job «depuis mon diplôme» is no career change; an internship"
        " «depuis mon retour» runs today when told in the present; the pivot itself needs its own date for"
        " graduation_recent (a pivot with no date leaves it open)",
        distractors="the pivot's date read as the fact's; «depuis» read as ended; «avant» read as after",
    ),
    "told_twice": Order(
        "the path summed up once, then told again in detail, the second telling adding, narrowing or"
        " correcting the time of a fact (the detail holds)",
        forms_fr=(
            "en bref : … Plus précisément : …",
            "pour résumer … ; dans le détail, …",
            "je reprends : …",
        ),
        forms_en=("in short: … In more detail: …", "to sum up … ; to be precise …"),
        rule="the detailed telling holds over the summary: a diploma «en 2025» in the summary and «jury de"
        " septembre 2024» in the detail is dated by the detail; a «fini» in the summary and a defence ahead"
        " in the detail fails studies_finished; a summary that the detail leaves without a date stays open",
        distractors="the summary's date kept; the detail read as a second event; «en bref» read as the"
        " whole truth",
    ),
    "english_chronology": Order(
        "the same orders in English: today first, a flashback, what comes next first, relative dates, a"
        " timeline, a pivot, the path told twice",
        forms_fr=(),
        forms_en=(
            "right now I'm …; before that …",
            "two years after my degree …",
            "since graduating …",
            "2025 – present: …",
        ),
        rule="the same rules in English: the present step runs today (a placement running fails"
        " not_internship), a «viva» still ahead fails studies, a range «– present» runs, «the following"
        " year» is counted from its anchor, the detail of a second telling holds",
        distractors="British «course» for studies; a «placement» is an internship; «graduation» as the"
        " ceremony; the last event told read as the latest",
    ),
}


class N(Featured):
    """One message and the order in which it is told: ``words`` stand in its subject, body or CV as written
    (case and line breaks aside), and they are the words that place the deciding fact in time; the `#
    order:` comment above the message says how the path is told and what the order makes of the fact."""

    GRID = GRID  # type: ignore[assignment]
