"""`propulse web` (the approval UI, its password hash) and `propulse drafts` (the same queue, in a terminal).

Both doors call intake/approval.py, so a decision taken here is audited exactly like one taken in the UI.
"""

from __future__ import annotations

import getpass
import os
import textwrap
from typing import Annotated
from zoneinfo import ZoneInfo

import typer

from intake import approval, eligibility
from intake.cli_context import fail, settings_of, store_of
from intake.config import ConfigError
from intake.replies.decisions import ApprovalError

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})

web_app = typer.Typer(
    help="Interface web de validation des brouillons : sans sous-commande, la lance.", add_completion=False
)
drafts_app = typer.Typer(
    help="Brouillons de réponses : lister, lire, approuver, écarter.", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    app.add_typer(web_app, name="web")
    app.add_typer(drafts_app, name="drafts")


def cli_actor() -> str:
    return os.environ.get("USER") or "cli"


@web_app.callback(invoke_without_command=True)
def web(
    ctx: typer.Context,
    host: Annotated[str | None, typer.Option(help="Adresse d'écoute (défaut : web.host, 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (défaut : web.port).")] = None,
) -> None:
    """Lance l'interface web (sans sous-commande)."""
    if ctx.invoked_subcommand is not None:
        return
    import uvicorn

    from intake.web.app import create_app

    settings = settings_of(ctx)
    store = store_of(ctx)
    try:
        application = create_app(settings, store)
    except ConfigError as exc:
        fail(str(exc), 2)
    bind_host = host or settings.web.host
    bind_port = port if port is not None else settings.web.port
    typer.echo(f"Interface web : http://{bind_host}:{bind_port}/ (Ctrl+C pour arrêter)")
    if bind_host not in LOOPBACK:
        # The session cookie and the password cross the network in clear without a TLS proxy in front.
        typer.echo(
            f"Attention : {bind_host} n'est pas l'adresse locale ; ne l'exposez que derrière un proxy HTTPS.",
            err=True,
        )
    # X-Forwarded-* are read by the app, from web.trusted_proxies only (intake/web/proxy.py).
    uvicorn.run(application, host=bind_host, port=bind_port, log_level="warning", proxy_headers=False)


@web_app.command("hash-password")
def hash_password_command() -> None:
    """Demande un mot de passe (deux fois, sans l'afficher) et imprime son hachage pour web.password_hash."""
    from intake.web.auth import hash_password

    first = getpass.getpass("Mot de passe : ")
    if len(first) < 8:
        fail("mot de passe trop court (8 caractères au moins)", 2)
    if getpass.getpass("Encore une fois : ") != first:
        fail("les deux saisies diffèrent", 2)
    typer.echo(hash_password(first))


@drafts_app.command("list")
def list_drafts(ctx: typer.Context) -> None:
    """Les brouillons en attente, du plus ancien au plus récent."""

    zone = ZoneInfo(settings_of(ctx).programme.timezone)
    with store_of(ctx).session() as session:
        items = approval.list_queue(session)
    if not items:
        typer.echo("Aucun brouillon en attente.")
        return
    typer.echo(
        f"{'n°':>4}  {'préparé le':16}  {'dossier':9}  {'pré-évaluation':14}  {'candidat·e':28}  objet"
    )
    for item in items:
        verdict = eligibility.VERDICT_FR.get(item.verdict, item.verdict) or "-"
        created = approval.local_time(item.created_at, zone)
        typer.echo(
            f"{item.id:>4}  {created:16}  {item.case_token or '-':9}  {verdict:14}  "
            f"{item.applicant_name[:28]:28}  {item.subject[:60]}"
        )
    for item in items:
        if item.warning:
            typer.echo(f"  ! n° {item.id} : {item.warning}")
    typer.echo(f"{len(items)} brouillon(s) en attente.")


@drafts_app.command("show")
def show_draft(ctx: typer.Context, draft_id: Annotated[int, typer.Argument(metavar="ID")]) -> None:
    """Un brouillon, avec les détails extraits de la candidature et l'éligibilité."""

    with store_of(ctx).session() as session:
        try:
            case = approval.get_case(session, draft_id)
        except ApprovalError as exc:
            fail(str(exc), 1)
        for line in describe_case(case):
            typer.echo(line)


@drafts_app.command("approve")
def approve_draft(ctx: typer.Context, draft_id: Annotated[int, typer.Argument(metavar="ID")]) -> None:
    """Approuve l'envoi d'un brouillon (il part avec le prochain envoi)."""

    with store_of(ctx).session() as session:
        try:
            result = approval.approve_draft(session, draft_id, actor=cli_actor(), settings=settings_of(ctx))
        except ApprovalError as exc:
            fail(str(exc), 1)
        new_id, applied = result.id, result.status != "approved"
    if new_id != draft_id:
        fail(
            "un créneau proposé n'était plus libre : rien n'est parti, la proposition a été refaite "
            f"(brouillon n° {new_id}, propulse drafts show {new_id})",
            1,
        )
    if applied:  # a held request (intake/held.py) is applied to its case, never sent
        typer.echo(f"Demande n° {draft_id} appliquée au dossier (rien n'est envoyé).")
        return
    typer.echo(f"Message n° {draft_id} approuvé : il partira au prochain envoi.")


@drafts_app.command("discard")
def discard_draft(
    ctx: typer.Context,
    draft_id: Annotated[int, typer.Argument(metavar="ID")],
    reason: Annotated[str, typer.Option("--raison", "--reason", help="Pourquoi (gardé au journal).")] = "",
) -> None:
    """Écarte un brouillon : il ne sera jamais envoyé."""

    with store_of(ctx).session() as session:
        try:
            approval.discard_draft(session, draft_id, actor=cli_actor(), reason=reason)
        except ApprovalError as exc:
            fail(str(exc), 1)
    typer.echo(f"Brouillon n° {draft_id} écarté : il ne sera pas envoyé.")


def describe_case(case: approval.Case) -> list[str]:
    draft = case.draft
    lines = [
        f"Message n° {draft.id} — {approval.STATUS_FR.get(draft.status, draft.status)}"
        + (f" — dossier {case.application.case_token}" if case.application else ""),
        *([f"Attention : {case.warning}"] if case.warning else []),
        f"À : {draft.to_addr}" + (f" · Cc : {draft.cc}" if draft.cc else ""),
        f"Objet : {draft.subject}",
        "",
        *draft.text_body.rstrip("\n").split("\n"),
        "",
        "Candidature :",
    ]
    lines += [f"  {label} : {value}" for label, value in case.details] or ["  (aucun détail extrait)"]
    if case.criteria:
        verdict = eligibility.VERDICT_FR.get(case.verdict, case.verdict)
        lines += ["", f"Éligibilité (pré-évaluation) : {verdict}"]
        for c in case.criteria:
            status = approval.CRITERION_STATUS_FR.get(c.get("status", ""), c.get("status", ""))
            lines.append(f"  [{status}] {c.get('label', c.get('id'))}")
            if c.get("reason"):
                lines.append(f"      {c['reason']}")
            evidence = c.get("evidence")
            quote = evidence.get("text") if isinstance(evidence, dict) else evidence
            if quote:
                lines += textwrap.wrap(
                    f"« {quote} »", 100, initial_indent="      ", subsequent_indent="      "
                )
            if c.get("overridden_by"):
                lines.append(f"      corrigé par {c['overridden_by']}")
    return lines
