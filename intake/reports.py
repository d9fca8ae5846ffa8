"""The outcomes report for funders: from applications to jobs, overall and per cohort.

Every figure is computed by the database (counts, averages, the median, the histogram's bins), so the
command line, the web page and the HTML file a coordinator sends all say the same thing. Erased people
stay in the counts: erasure keeps their statuses, dates and verdicts, only who they were goes.

Periods: each event counts by its own date (an application by its arrival, an admission by its entry
date, a placement by its date, attendance by the session's date); the waitlist is a count of today.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from sqlalchemy import ColumnElement, Integer, Select, and_, case, cast, func, or_, select
from sqlalchemy.orm import Session

from intake import eligibility, resources
from intake.errors import ShownError
from intake.replies.render import format_day
from intake.store.locks import on_sqlite
from intake.store.models import (
    Application,
    Assessment,
    Attendance,
    CoachingSession,
    Cohort,
    CriterionOverride,
    Interview,
    Message,
    Participant,
    Placement,
)

Format = Literal["md", "html", "csv"]
FORMATS: tuple[Format, ...] = ("md", "html", "csv")
HISTOGRAM_BIN_DAYS = 20
VERDICT_FR = {**eligibility.VERDICT_FR, "none": "sans verdict"}
KIND_FR = {
    "application": "candidature",
    "question": "question sur le programme",
    "reply": "réponse",
    "bounce": "retour d'erreur",
    "auto_reply": "réponse automatique",
    "newsletter": "lettre d'information",
    "other": "autre",
    "none": "non classé",
}
CANCELLED_INTERVIEWS = ("cancelled",)
OVERALL = "Ensemble du programme"


class ReportError(ShownError, ValueError):
    """A report that cannot be made (unknown cohort, dates in the wrong order)."""


@dataclass(frozen=True)
class Period:
    start: date | None = None
    end: date | None = None

    def describe(self) -> str:
        if self.start and self.end:
            return f"du {format_day(self.start)} au {format_day(self.end)}"
        if self.start:
            return f"depuis le {format_day(self.start)}"
        if self.end:
            return f"jusqu'au {format_day(self.end)}"
        return "depuis le début du programme"


@dataclass
class Figures:
    scope: str
    applications: int = 0
    by_verdict: dict[str, int] = field(default_factory=dict)
    messages_by_kind: dict[str, int] = field(default_factory=dict)
    interviews: int = 0
    admissions: int = 0
    waitlisted: int = 0
    left: int = 0
    placed: int = 0
    # Applicants who withdrew because they found a job: outside the programme, never among its outcomes.
    jobs_found_outside: int = 0
    mean_days: float | None = None
    median_days: float | None = None
    matching: int = 0
    ess_employers: int = 0
    contracts: dict[str, int] = field(default_factory=dict)
    attendance_present: int = 0
    attendance_recorded: int = 0
    # (first day of the bin, number of placements), in order, without gaps.
    histogram: list[tuple[int, int]] = field(default_factory=list)

    @property
    def matching_share(self) -> float | None:
        return self.matching / self.placed if self.placed else None

    @property
    def attendance_rate(self) -> float | None:
        return self.attendance_present / self.attendance_recorded if self.attendance_recorded else None

    def funnel(self) -> list[tuple[str, int]]:
        return [
            ("Candidatures", self.applications),
            ("Entretiens", self.interviews),
            ("Admissions", self.admissions),
            ("En emploi", self.placed),
        ]


@dataclass
class Report:
    period: Period
    overall: Figures
    cohorts: list[Figures]
    made_at: datetime

    @property
    def sections(self) -> list[Figures]:
        return [self.overall, *self.cohorts]


def build_report(
    session: Session,
    *,
    period: Period = Period(),
    cohort_name: str | None = None,
    now: datetime | None = None,
) -> Report:
    if period.start and period.end and period.start > period.end:
        raise ReportError("la date de début (--from) est après la date de fin (--to)")
    cohorts = list(session.scalars(select(Cohort).order_by(Cohort.start_date, Cohort.name)))
    if cohort_name is not None:
        wanted = " ".join(cohort_name.split())
        cohorts = [c for c in cohorts if c.name == wanted]
        if not cohorts:
            raise ReportError(f"promotion « {cohort_name} » introuvable")
        overall = compute_figures(session, period, cohorts[0])
        return Report(period, overall, [], now or datetime.now(UTC))
    overall = compute_figures(session, period, None)
    per_cohort = [compute_figures(session, period, c) for c in cohorts]
    return Report(period, overall, per_cohort, now or datetime.now(UTC))


def _count_verdicts(session: Session, in_scope: Any, period: Period) -> dict[str, int]:
    """Cases per current verdict, the coordinator's corrections included (the same function as the
    queue and the case page); a case never assessed nor corrected counts as "none"."""
    from intake.replies.drafts import current_verdict

    read = set(session.scalars(select(Assessment.application_id))) | set(
        session.scalars(select(CriterionOverride.application_id))
    )
    counts: dict[str, int] = {}
    for application in session.scalars(
        select(Application).where(in_scope, _within(Application.created_at, period))
    ):
        verdict = current_verdict(session, application)[1] if application.id in read else "none"
        counts[verdict] = counts.get(verdict, 0) + 1
    return counts


def compute_figures(session: Session, period: Period, cohort: Cohort | None) -> Figures:
    """The figures of one scope: a cohort (its participants' cases) or the whole programme."""
    figures = Figures(scope=cohort.name if cohort else OVERALL)
    for count_into in (_count_intake, _count_journeys, _count_placements, _count_attendance):
        count_into(session, figures, period, cohort)
    return figures


def _people_in(cohort: Cohort | None) -> ColumnElement[bool]:
    return Participant.cohort_id == cohort.id if cohort else Participant.id.is_not(None)


def _count_intake(session: Session, figures: Figures, period: Period, cohort: Cohort | None) -> None:
    """Applications by verdict, and messages by kind."""
    in_scope = _applications_in(cohort)
    figures.applications = _count(
        session, select(func.count(Application.id)).where(in_scope, _within(Application.created_at, period))
    )
    figures.by_verdict = _ordered(_count_verdicts(session, in_scope, period), list(eligibility.VERDICTS))

    kind = func.coalesce(Message.kind, "none")
    message_scope = (
        Message.application_id.in_(
            select(Participant.application_id).where(Participant.cohort_id == cohort.id)
        )
        if cohort
        else Message.id.is_not(None)
    )
    rows = session.execute(
        select(kind, func.count(Message.id))
        .where(message_scope, Message.status != "quarantined", _within(Message.received_at, period))
        .group_by(kind)
    ).all()
    figures.messages_by_kind = _ordered({str(k): int(n) for k, n in rows}, list(KIND_FR)[:-1])


def _count_journeys(session: Session, figures: Figures, period: Period, cohort: Cohort | None) -> None:
    """Interviews, admissions, waiting list, departures."""
    figures.interviews = _count(
        session,
        select(func.count(Interview.id))
        .join(Application, Application.id == Interview.application_id)
        .where(
            _applications_in(cohort),
            Interview.status.not_in(CANCELLED_INTERVIEWS),
            _within(Interview.created_at, period),
        ),
    )
    people = _people_in(cohort)
    figures.admissions = _count(
        session,
        select(func.count(Participant.id)).where(
            people, Participant.entered_on.is_not(None), _within_days(Participant.entered_on, period)
        ),
    )
    figures.waitlisted = _count(
        session, select(func.count(Participant.id)).where(people, Participant.status == "waitlisted")
    )
    figures.left = _count(
        session,
        select(func.count(Participant.id)).where(
            people, Participant.status == "left", _within_days(Participant.left_on, period)
        ),
    )


def _count_placements(session: Session, figures: Figures, period: Period, cohort: Cohort | None) -> None:
    """Jobs found in the programme: how many, how fast, which contracts, how well they match."""
    placements = (
        select(
            Placement.id,
            _days_to_placement(session).label("days"),
            Placement.contract_type,
            Placement.employer_is_ess,
            Placement.matches_values,
            Placement.matches_wishes,
            Placement.matches_skills,
        )
        .join(Participant, Participant.id == Placement.participant_id)
        .where(
            _people_in(cohort), Participant.entered_on.is_not(None), _within_days(Placement.placed_on, period)
        )
        .subquery()
    )
    matches_all = and_(
        placements.c.matches_values.is_(True),
        placements.c.matches_wishes.is_(True),
        placements.c.matches_skills.is_(True),
    )
    count, mean, matching, ess = session.execute(
        select(
            func.count(placements.c.id),
            func.avg(placements.c.days),
            func.coalesce(func.sum(case((matches_all, 1), else_=0)), 0),
            func.coalesce(func.sum(case((placements.c.employer_is_ess.is_(True), 1), else_=0)), 0),
        )
    ).one()
    figures.placed = int(count)
    figures.mean_days = float(mean) if mean is not None else None
    figures.matching = int(matching)
    figures.ess_employers = int(ess)
    figures.median_days = _median(session, placements.c.days)
    rows = session.execute(
        select(placements.c.contract_type, func.count()).group_by(placements.c.contract_type)
    ).all()
    figures.contracts = _ordered({str(c): int(n) for c, n in rows}, ["CDI", "CDD", "other"])
    bin_start = (placements.c.days // HISTOGRAM_BIN_DAYS) * HISTOGRAM_BIN_DAYS
    rows = session.execute(select(bin_start.label("bin"), func.count()).group_by("bin").order_by("bin")).all()
    figures.histogram = _without_gaps({int(b): int(n) for b, n in rows})


def _count_attendance(session: Session, figures: Figures, period: Period, cohort: Cohort | None) -> None:
    """Presence at coaching sessions, and jobs found outside the programme (withdrawals that said so)."""
    present, recorded = session.execute(
        select(
            func.coalesce(func.sum(case((Attendance.present.is_(True), 1), else_=0)), 0),
            func.count(Attendance.id),
        )
        .join(CoachingSession, CoachingSession.id == Attendance.session_id)
        .where(
            CoachingSession.cohort_id == cohort.id if cohort else CoachingSession.id.is_not(None),
            _within(CoachingSession.starts_at, period),
        )
    ).one()
    figures.attendance_present, figures.attendance_recorded = int(present), int(recorded)
    figures.jobs_found_outside = _count(
        session,
        select(func.count(Application.id)).where(
            _applications_in(cohort),
            Application.withdrawal_reason == "found_job",
            _within(Application.updated_at, period),
        ),
    )


# -- output --------------------------------------------------------------------------------------------


def render_report(report: Report, fmt: Format) -> str:
    if fmt == "md":
        return render_markdown(report)
    if fmt == "csv":
        return render_csv(report)
    return render_html(report)


def indicator_rows(figures: Figures) -> list[tuple[str, str, str]]:
    """(key, French label, French value) for every figure: the one list the md, csv and web use."""
    rows = [
        ("applications", "Candidatures reçues", str(figures.applications)),
        *[(f"applications_{v}", f"  dont {VERDICT_FR[v]}", str(n)) for v, n in figures.by_verdict.items()],
        *[
            (f"messages_{k}", f"Messages : {KIND_FR.get(k, k)}", str(n))
            for k, n in figures.messages_by_kind.items()
        ],
        ("interviews", "Entretiens", str(figures.interviews)),
        ("admissions", "Admissions (entrées en parcours)", str(figures.admissions)),
        ("waitlisted", "En liste d'attente (aujourd'hui)", str(figures.waitlisted)),
        ("left", "Départs en cours de parcours", str(figures.left)),
        ("placed", "Participant·es en emploi", str(figures.placed)),
        ("mean_days", "Délai moyen jusqu'à l'emploi", _days_fr(figures.mean_days)),
        ("median_days", "Délai médian jusqu'à l'emploi", _days_fr(figures.median_days)),
        (
            "matching_share",
            "Emplois conformes aux valeurs, souhaits et compétences",
            _share_fr(figures.matching, figures.placed),
        ),
        ("ess_employers", "Employeurs de l'ESS", _share_fr(figures.ess_employers, figures.placed)),
        *[
            (f"contracts_{c}", f"Contrats : {'autre' if c == 'other' else c}", str(n))
            for c, n in figures.contracts.items()
        ],
        (
            "attendance_rate",
            "Taux de présence aux journées",
            _share_fr(figures.attendance_present, figures.attendance_recorded),
        ),
        (
            "jobs_found_outside",
            "Hors programme : emplois trouvés par des candidat·es qui se sont retiré·es",
            str(figures.jobs_found_outside),
        ),
    ]
    return rows


def render_markdown(report: Report) -> str:
    sections = report.sections
    lines = [
        "# Pro'pulse — rapport de résultats",
        "",
        f"Période : {report.period.describe()}. Établi le {format_day(report.made_at.date())}.",
        "",
        "| Indicateur | " + " | ".join(_md(s.scope) for s in sections) + " |",
        "|---|" + "---:|" * len(sections),
    ]
    table = [{key: (label, value) for key, label, value in indicator_rows(s)} for s in sections]
    keys = list(dict.fromkeys(key for rows in table for key in rows))
    for key in keys:
        label = next(rows[key][0] for rows in table if key in rows)
        values = [rows[key][1] if key in rows else "0" for rows in table]
        lines.append(f"| {_md(label.strip())} | " + " | ".join(values) + " |")
    lines += ["", "## Délai jusqu'à l'emploi (jours)", ""]
    for first, count in report.overall.histogram:
        lines.append(f"- {first} à {first + HISTOGRAM_BIN_DAYS - 1} jours : {count}")
    if not report.overall.histogram:
        lines.append("- aucun emploi sur la période")
    return "\n".join(lines) + "\n"


def render_csv(report: Report) -> str:
    """One figure per line, numbers with a dot and no unit, for a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["perimetre", "indicateur", "valeur"])
    for figures in report.sections:
        for key, value in _raw_values(figures):
            writer.writerow([spreadsheet_cell(figures.scope), spreadsheet_cell(key), spreadsheet_cell(value)])
    return out.getvalue()


def render_html(report: Report) -> str:
    """One self-contained page (inline style and SVG, no script, no outside resource) to send a funder."""
    return _environment().get_template("followup/report_standalone.html.j2").render(**report_context(report))


def report_context(report: Report) -> dict[str, Any]:
    """What the report templates need; the web page passes the same to its own page."""
    return {
        "report": report,
        "sections": [
            {
                "figures": s,
                "rows": indicator_rows(s),
                "funnel": funnel_chart(s),
                "histogram": histogram_chart(s),
            }
            for s in report.sections
        ],
        "period": report.period.describe(),
        "made_on": format_day(report.made_at.date()),
    }


def funnel_chart(figures: Figures, width: int = 560, bar_height: int = 34, gap: int = 10) -> dict[str, Any]:
    """Bars centred on one axis, each as wide as its count relative to the applications."""
    steps = figures.funnel()
    top = max((n for _, n in steps), default=0) or 1
    label_width = 130
    usable = width - label_width - 60
    bars = []
    for i, (label, n) in enumerate(steps):
        w = round(usable * n / top, 1)
        bars.append(
            {
                "label": label,
                "count": n,
                "x": label_width + (usable - w) / 2,
                "y": i * (bar_height + gap),
                "width": w,
                "height": bar_height,
            }
        )
    return {
        "width": width,
        "height": len(steps) * (bar_height + gap),
        "bars": bars,
        "label_width": label_width,
    }


def histogram_chart(figures: Figures, width: int = 560, height: int = 200) -> dict[str, Any]:
    bins = figures.histogram
    top = max((n for _, n in bins), default=0) or 1
    plot_height = height - 50
    slot = (width - 40) / max(len(bins), 1)
    bars = []
    for i, (first, n) in enumerate(bins):
        h = round(plot_height * n / top, 1)
        bars.append(
            {
                "label": f"{first}–{first + HISTOGRAM_BIN_DAYS - 1} j",
                "count": n,
                "x": 20 + i * slot + 4,
                "y": plot_height - h + 20,
                "width": max(slot - 8, 1),
                "height": h,
            }
        )
    return {"width": width, "height": height, "bars": bars, "axis_y": plot_height + 20}


# -- SQL pieces ----------------------------------------------------------------------------------------


def _days_to_placement(session: Session) -> ColumnElement[int]:
    """Placement date − programme entry date, in whole days, on SQLite and PostgreSQL alike."""
    if on_sqlite(session):
        return cast(func.julianday(Placement.placed_on) - func.julianday(Participant.entered_on), Integer)
    return cast(Placement.placed_on - Participant.entered_on, Integer)


def _median(session: Session, column: Any) -> float | None:
    """The median by window functions: the mean of the one or two middle rows."""
    ranked = select(
        column.label("v"),
        func.row_number().over(order_by=column).label("rn"),
        func.count().over().label("n"),
    ).subquery()
    middle = or_(ranked.c.rn == (ranked.c.n + 1) // 2, ranked.c.rn == (ranked.c.n + 2) // 2)
    value = session.scalar(select(func.avg(ranked.c.v)).where(middle))
    return float(value) if value is not None else None


def _applications_in(cohort: Cohort | None) -> ColumnElement[bool]:
    if cohort is None:
        return Application.id.is_not(None)
    return Application.id.in_(select(Participant.application_id).where(Participant.cohort_id == cohort.id))


def _within(column: Any, period: Period) -> ColumnElement[bool]:
    conditions = []
    if period.start:
        conditions.append(column >= datetime.combine(period.start, time(0), UTC))
    if period.end:
        conditions.append(column < datetime.combine(period.end + timedelta(days=1), time(0), UTC))
    return and_(True, *conditions)


def _within_days(column: Any, period: Period) -> ColumnElement[bool]:
    conditions = []
    if period.start:
        conditions.append(column >= period.start)
    if period.end:
        conditions.append(column <= period.end)
    return and_(True, *conditions)


def _count(session: Session, query: Select[Any]) -> int:
    return int(session.scalar(query) or 0)


def _ordered(counts: dict[str, int], order: list[str]) -> dict[str, int]:
    """Every expected key (zero when absent) in a fixed order, so sections line up; unexpected keys last."""
    known = {k: counts.get(k, 0) for k in order}
    return {**known, **{k: v for k, v in sorted(counts.items()) if k not in known}}


def _without_gaps(bins: dict[int, int]) -> list[tuple[int, int]]:
    if not bins:
        return []
    return [(b, bins.get(b, 0)) for b in range(min(bins), max(bins) + 1, HISTOGRAM_BIN_DAYS)]


def _raw_values(figures: Figures) -> list[tuple[str, str]]:
    def number(value: float | None) -> str:
        return "" if value is None else f"{value:.1f}"

    values = [("applications", str(figures.applications))]
    values += [(f"applications_{v}", str(n)) for v, n in figures.by_verdict.items()]
    values += [(f"messages_{k}", str(n)) for k, n in figures.messages_by_kind.items()]
    values += [
        ("interviews", str(figures.interviews)),
        ("admissions", str(figures.admissions)),
        ("waitlisted", str(figures.waitlisted)),
        ("left", str(figures.left)),
        ("placed", str(figures.placed)),
        ("mean_days_to_placement", number(figures.mean_days)),
        ("median_days_to_placement", number(figures.median_days)),
        ("matching_placements", str(figures.matching)),
        ("matching_share_percent", number(_percent(figures.matching, figures.placed))),
        ("ess_employers", str(figures.ess_employers)),
    ]
    values += [(f"contracts_{c}", str(n)) for c, n in figures.contracts.items()]
    values += [
        ("attendance_present", str(figures.attendance_present)),
        ("attendance_recorded", str(figures.attendance_recorded)),
        (
            "attendance_rate_percent",
            number(_percent(figures.attendance_present, figures.attendance_recorded)),
        ),
    ]
    values += [(f"days_{first}_{first + HISTOGRAM_BIN_DAYS - 1}", str(n)) for first, n in figures.histogram]
    return values


def _percent(part: int, whole: int) -> float | None:
    return 100 * part / whole if whole else None


def _days_fr(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".replace(".", ",") + " jours"


def _share_fr(part: int, whole: int) -> str:
    share = _percent(part, whole)
    if share is None:
        return "—"
    return f"{share:.1f}".replace(".", ",") + f" % ({part} sur {whole})"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
# Enough to keep coordinator text literal: no emphasis, code, link, HTML or table cell can start.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def spreadsheet_cell(text: str) -> str:
    """A cell a spreadsheet shows as text: «=cmd|…», «+», «-», «@» would otherwise run as a formula."""
    if text.startswith(_FORMULA_START) and not _NUMBER.match(text):
        return "'" + text
    return text


def _md(text: str) -> str:
    """Coordinator text (a cohort name) in a Markdown table: shown literally, on one line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(resources.templates_dir() / "web")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env
