"""`propulse report | retention | person | cohort | coaching | placement`: the programme's follow-up commands.

`register(app)` adds them to the `propulse` command; each calls the same functions as the web pages.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.orm import Session

from intake.cli_context import fail, settings_of, store_of
from intake.clock import utcnow
from intake.followup import FollowUpError
from intake.privacy import PrivacyError
from intake.redact import mask_address
from intake.reports import FORMATS, Period, ReportError

cohort_app = typer.Typer(help="Promotions : création, liste, admission, départ.", no_args_is_help=True)
person_app = typer.Typer(
    help="Données personnelles d'une personne : export, effacement.", no_args_is_help=True
)
placement_app = typer.Typer(help="Emplois trouvés par les participant·es.", no_args_is_help=True)
coaching_app = typer.Typer(help="Journées d'accompagnement des promotions.", no_args_is_help=True)
ACTOR = "coordination (ligne de commande)"
CaseOrAddress = Annotated[str, typer.Argument(help="Numéro de dossier (PP-12) ou adresse.")]


@contextmanager
def _session(ctx: typer.Context) -> Iterator[Session]:
    """A unit of work on the store; a refusal of the follow-up rules ends the command with its one line."""
    try:
        with store_of(ctx).session() as session:
            yield session
    except FollowUpError as exc:
        fail(str(exc), 2)


def register(app: typer.Typer) -> None:
    """Add the follow-up commands to `app`; calling it twice changes nothing."""
    if any(group.typer_instance is cohort_app for group in app.registered_groups):
        return
    app.command("report")(report)
    app.command("retention")(retention)
    app.add_typer(cohort_app, name="cohort")
    app.add_typer(person_app, name="person")
    app.add_typer(placement_app, name="placement")
    app.add_typer(coaching_app, name="coaching")


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} attend une date AAAA-MM-JJ, reçu « {value} »", 2)


def _today(value: str | None) -> date:
    return _day(value, "--today") or utcnow().date()


def report(
    ctx: typer.Context,
    start: Annotated[str | None, typer.Option("--from", help="Début de la période (AAAA-MM-JJ).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Fin de la période, incluse (AAAA-MM-JJ).")] = None,
    cohort: Annotated[str | None, typer.Option("--cohort", help="Une seule promotion, par son nom.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md, html ou csv.")] = "md",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Fichier à écrire (défaut : écran).")
    ] = None,
) -> None:
    """Rapport de résultats : candidatures, entretiens, admissions, emplois, délais, présence."""
    from intake.reports import build_report, render_report

    if fmt not in FORMATS:
        fail(f"--format « {fmt} » inconnu : md, html ou csv", 2)
    period = Period(_day(start, "--from"), _day(end, "--to"))
    store = store_of(ctx)
    try:
        with store.session() as session:
            made = build_report(session, period=period, cohort_name=cohort)
    except ReportError as exc:
        fail(str(exc), 2)
    text = render_report(made, fmt)
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"écriture impossible de {output} ({exc.strerror})")
    typer.echo(f"Rapport écrit : {output}")


def retention(
    ctx: typer.Context,
    apply: Annotated[
        bool, typer.Option("--apply", help="Effacer vraiment (sinon : liste seulement).")
    ] = False,
    today: Annotated[str | None, typer.Option("--today", help="Date de référence AAAA-MM-JJ.")] = None,
) -> None:
    """Durée de conservation : liste (ou efface avec --apply) les données arrivées à échéance."""
    from intake.privacy import apply_retention, find_retention_due

    settings, store, day = settings_of(ctx), store_of(ctx), _today(today)
    if apply:
        due = apply_retention(store, settings, today=day, actor=ACTOR)
        verb = "effacée(s)"
    else:
        with store.session() as session:
            due = find_retention_due(session, settings, today=day)
        verb = "à effacer"
    for item in due:
        typer.echo(f"  {item.masked_address:32} {', '.join(item.case_tokens) or '-':12} {item.reason}")
    suffix = "" if apply else " (simulation : relancez avec --apply pour effacer)"
    typer.echo(f"{len(due)} personne(s) {verb}{suffix}.")


@person_app.command("export")
def person_export(
    ctx: typer.Context,
    email: Annotated[str, typer.Argument(help="Adresse e-mail de la personne.")],
    to: Annotated[Path, typer.Option("--to", help="Dossier où écrire l'export.")] = Path("."),
) -> None:
    """Exporte tout ce qui est conservé sur une personne (JSON et fichiers)."""
    from intake.privacy import export_person

    try:
        with store_of(ctx).session() as session:
            target = export_person(session, email, to)
    except PrivacyError as exc:
        fail(str(exc), 2)
    except OSError as exc:
        fail(f"écriture impossible dans {to} ({exc.strerror})")
    typer.echo(f"Export écrit : {target}")


@person_app.command("erase")
def person_erase(
    ctx: typer.Context,
    email: Annotated[str, typer.Argument(help="Adresse e-mail de la personne.")],
    yes: Annotated[bool, typer.Option("--yes", help="Ne pas demander de confirmation.")] = False,
) -> None:
    """Efface les données d'une personne et ses messages ; les comptes anonymes restent."""
    from intake.privacy import erase_person, find_applicant

    store = store_of(ctx)
    try:
        with store.session() as session:
            applicant = find_applicant(session, email)
            tokens = ", ".join(a.case_token for a in applicant.applications) or "aucun dossier"
    except PrivacyError as exc:
        fail(str(exc), 2)
    if not yes and not typer.confirm(
        f"Effacer définitivement les données de {mask_address(email)} ({tokens}) ?", default=False
    ):
        typer.echo("Rien n'a été effacé.")
        raise typer.Exit(1)
    result = erase_person(store, email, settings=settings_of(ctx), actor=ACTOR)
    typer.echo(
        f"Effacé : {result.messages} message(s), {result.files} pièce(s) jointe(s), "
        f"{result.outside_files} copie(s) sur disque. Le dossier devient « {result.pseudonym} »."
    )


@cohort_app.command("create")
def cohort_create(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Nom de la promotion.")],
    start: Annotated[str, typer.Option("--start", help="Premier jour (AAAA-MM-JJ).")],
    end: Annotated[str | None, typer.Option("--end", help="Dernier jour (AAAA-MM-JJ).")] = None,
    capacity: Annotated[int | None, typer.Option("--capacity", help="Places, de 6 à 12.")] = None,
    sessions: Annotated[bool, typer.Option("--sessions/--no-sessions", help="Créer les séances.")] = True,
) -> None:
    """Crée une promotion (et ses journées d'accompagnement quand la fin est connue)."""
    from intake.followup.coaching import generate_sessions
    from intake.followup.cohorts import create_cohort

    settings = settings_of(ctx)
    first, last = _day(start, "--start"), _day(end, "--end")
    assert first is not None
    with _session(ctx) as session:
        cohort = create_cohort(session, name, first, settings=settings, capacity=capacity, end_date=last)
        made = (
            generate_sessions(session, cohort, start=first, end=last, settings=settings)
            if (last and sessions)
            else []
        )
        summary = f"Promotion « {cohort.name} » créée : {cohort.capacity} places, {len(made)} séance(s)."
    typer.echo(summary)


@cohort_app.command("list")
def cohort_list(ctx: typer.Context) -> None:
    """Les promotions, leurs places occupées et leur liste d'attente."""
    from intake.followup.cohorts import summarise_cohorts

    with store_of(ctx).session() as session:
        rows = summarise_cohorts(session)
        typer.echo(f"{'promotion':24}  {'début':10}  {'places':>6}  {'occupées':>8}  {'attente':>7}")
        for r in rows:
            typer.echo(
                f"{r.cohort.name[:24]:24}  {r.cohort.start_date.isoformat():10}  {r.cohort.capacity:>6}  "
                f"{r.holding:>8}  {r.waitlisted:>7}"
            )


@cohort_app.command("admit")
def cohort_admit(
    ctx: typer.Context,
    case: Annotated[str, typer.Argument(help="Numéro de dossier (PP-12).")],
    cohort: Annotated[str, typer.Option("--cohort", help="Nom de la promotion.")],
    on: Annotated[str | None, typer.Option("--on", help="Date d'admission (AAAA-MM-JJ).")] = None,
) -> None:
    """Admet une personne après son entretien, ou la place en liste d'attente si la promotion est complète."""
    from sqlalchemy import select

    from intake.followup.cohorts import admit, find_cohort
    from intake.store.models import Application

    with _session(ctx) as session:
        application = session.scalar(select(Application).where(Application.case_token == case.strip()))
        if application is None:
            raise FollowUpError(f"dossier « {case} » introuvable")
        participant = admit(session, application, find_cohort(session, cohort), on=_today(on))
        message = (
            f"{case} admis·e dans « {cohort} »."
            if participant.status == "active"
            else f"{case} en liste d'attente de « {cohort} » (position {participant.waitlist_position})."
        )
    typer.echo(message)


@cohort_app.command("leave")
def cohort_leave(
    ctx: typer.Context,
    case: CaseOrAddress,
    reason: Annotated[str, typer.Option("--reason", help="Raison du départ.")],
    on: Annotated[str | None, typer.Option("--on", help="Date du départ (AAAA-MM-JJ).")] = None,
) -> None:
    """Enregistre un départ ; la place libérée est proposée (brouillon) à la première personne en attente."""
    from intake.followup.cohorts import leave
    from intake.followup.placements import find_participant

    with _session(ctx) as session:
        drafts = leave(
            session, find_participant(session, case), reason, on=_today(on), settings=settings_of(ctx)
        )
        offered = [d.id for d in drafts]
    typer.echo(
        f"Départ enregistré. Proposition(s) de place à valider : {len(offered)} (brouillons {offered})."
    )


@cohort_app.command("take-place")
def cohort_take_place(
    ctx: typer.Context,
    case: CaseOrAddress,
    on: Annotated[str | None, typer.Option("--on", help="Date d'entrée (AAAA-MM-JJ).")] = None,
) -> None:
    """Une personne en liste d'attente accepte la place proposée et entre dans la promotion."""
    from intake.followup.cohorts import take_place
    from intake.followup.placements import find_participant

    with _session(ctx) as session:
        take_place(session, find_participant(session, case), on=_today(on))
    typer.echo(f"{case} entre dans la promotion.")


@coaching_app.command("generate")
def coaching_generate(
    ctx: typer.Context,
    cohort: Annotated[str, typer.Argument(help="Nom de la promotion.")],
    start: Annotated[str, typer.Option("--from", help="Premier jour (AAAA-MM-JJ).")],
    end: Annotated[str, typer.Option("--to", help="Dernier jour, inclus (AAAA-MM-JJ).")],
) -> None:
    """Crée les séances de la promotion d'après le rythme hebdomadaire de la configuration."""
    from intake.followup.coaching import generate_sessions
    from intake.followup.cohorts import find_cohort

    first, last = _day(start, "--from"), _day(end, "--to")
    assert first is not None and last is not None
    with _session(ctx) as session:
        made = generate_sessions(
            session, find_cohort(session, cohort), start=first, end=last, settings=settings_of(ctx)
        )
        count = len(made)
    typer.echo(f"{count} séance(s) créée(s).")


@placement_app.command("add")
def placement_add(
    ctx: typer.Context,
    case: CaseOrAddress,
    on: Annotated[str, typer.Option("--on", help="Date d'embauche (AAAA-MM-JJ).")],
    employer: Annotated[str, typer.Option("--employer", help="Employeur.")],
    job_title: Annotated[str, typer.Option("--job-title", help="Intitulé du poste.")],
    contract: Annotated[str, typer.Option("--contract", help="CDI, CDD ou autre.")],
    ess: Annotated[bool | None, typer.Option("--ess/--not-ess", help="Employeur de l'ESS ?")] = None,
    values: Annotated[
        bool | None, typer.Option("--values/--no-values", help="Conforme à ses valeurs ?")
    ] = None,
    wishes: Annotated[
        bool | None, typer.Option("--wishes/--no-wishes", help="Conforme à ses souhaits ?")
    ] = None,
    skills: Annotated[
        bool | None, typer.Option("--skills/--no-skills", help="Conforme à ses compétences ?")
    ] = None,
    view: Annotated[str | None, typer.Option("--view", help="L'avis de la personne, si donné.")] = None,
) -> None:
    """Enregistre l'emploi trouvé par un·e participant·e."""
    from intake.followup.placements import days_to_placement, find_participant, record_placement

    placed_on = _day(on, "--on")
    assert placed_on is not None
    with _session(ctx) as session:
        participant = find_participant(session, case)
        placement = record_placement(
            session,
            participant,
            placed_on=placed_on,
            employer=employer,
            job_title=job_title,
            contract_type=contract,
            employer_is_ess=ess,
            matches_values=values,
            matches_wishes=wishes,
            matches_skills=skills,
            participant_view=view,
            actor=ACTOR,
        )
        days = days_to_placement(placement, participant)
    typer.echo(f"Emploi enregistré : {days} jour(s) après l'entrée dans le programme.")
