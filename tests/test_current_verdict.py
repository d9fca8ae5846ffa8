"""One function computes a case's current verdict, corrections included: the queue, the side panel and
every report figure (Markdown, CSV, HTML, web page) agree with it after an override."""

from __future__ import annotations

import re
from pathlib import Path

from case_factory import make_case
from live import logged_in_client, serve_web, web_settings

from intake.approval import get_case, list_queue, override_criterion
from intake.config import Settings
from intake.replies.drafts import current_verdict, draft_for_application
from intake.reports import build_report, render_report
from intake.store.db import Store
from intake.store.models import Application


def seed(store: Store) -> int:
    """Three cases: one in internship (not eligible), one eligible, one to verify; returns the first."""
    with store.session() as s:
        intern, message = make_case(
            s, email="stagiaire@example.org", message_id="<a@x>", statuses={"not_internship": "not_met"}
        )
        intern.facts = {"situation": {"current": "internship"}}
        draft_for_application(s, intern, Settings(), reply_to=message)
        ok, message = make_case(s, email="ok@example.org", message_id="<b@x>")
        draft_for_application(s, ok, Settings(), reply_to=message)
        unsure, message = make_case(
            s, email="doute@example.org", message_id="<c@x>", statuses={"job_seeking_ess": "unknown"}
        )
        draft_for_application(s, unsure, Settings(), reply_to=message)
        return intern.id


def test_report_figures_after_an_override_equal_the_overridden_verdicts(store: Store, tmp_path: Path) -> None:
    intern_id = seed(store)
    with store.session() as s:
        assert build_report(s).sections[0].by_verdict["not_eligible"] == 1
        draft = override_criterion(
            s,
            intern_id,
            "not_internship",
            "met",
            reason="Stage terminé en octobre, confirmé au téléphone",
            actor="coordination",
            settings=Settings(),
        )
        draft_id = draft.id
    with store.session() as s:
        verdicts = [current_verdict(s, a)[1] for a in s.query(Application).order_by(Application.id)]
        figures = build_report(s).sections[0].by_verdict
        report = build_report(s)
        markdown, table, page = (render_report(report, fmt) for fmt in ("md", "csv", "html"))  # type: ignore[arg-type]
        queue = {item.application_id: item.verdict for item in list_queue(s)}
        panel = dict(get_case(s, draft_id).details)
    assert verdicts == ["eligible", "eligible", "to_verify"]
    assert figures["eligible"] == 2 and figures["to_verify"] == 1 and figures["not_eligible"] == 0
    assert re.search(r"dont éligible\s*\|\s*2\b", markdown), markdown
    assert "Ensemble du programme,applications_eligible,2" in table
    assert "Ensemble du programme,applications_not_eligible,0" in table
    assert re.search(r'data-key="applications_eligible">.*?<td class="valeur">2</td>', page, re.S)
    assert queue[intern_id] == "eligible"
    assert (
        "corrigé par coordination" in panel["Situation"] and "en stage selon le message" in panel["Situation"]
    )
    with serve_web(web_settings(tmp_path / "data"), store) as web, logged_in_client(web) as client:
        web_page = client.get("/rapport").text
        case_page = client.get(f"/dossiers/{intern_id}").text
    assert re.search(r'data-key="applications_eligible">.*?<td class="valeur">2</td>', web_page, re.S)
    assert re.search(r'data-key="applications_not_eligible">.*?<td class="valeur">0</td>', web_page, re.S)
    assert 'id="verdict-dossier">éligible' in case_page
