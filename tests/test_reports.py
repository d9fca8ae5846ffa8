"""The outcomes report against a store whose answers are known (tests/followup_seed.py)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from followup_seed import (
    AUTUMN,
    CHROMIUM,
    CHROMIUM_ARGS,
    SPRING,
    followup_web_settings,
    log_in,
    seed_known_store,
    serve_followup_web,
)
from playwright.sync_api import sync_playwright
from typer.testing import CliRunner

from intake import cli
from intake.commands.followup_cli import register
from intake.reports import Period, build_report, render_html
from intake.store.db import Store, open_store

# The figures are SQL aggregates: they must read the same on both stores.
pytestmark = pytest.mark.both_stores


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    """A config file whose data directory holds the seeded store."""
    store = open_store(f"sqlite:///{tmp_path / 'data' / 'propulse.sqlite3'}", migrate=True)
    seed_known_store(store)
    store.dispose()
    config = tmp_path / "config.toml"
    config.write_text('[store]\ndata_dir = "data"\n', encoding="utf-8")
    return config


def propulse(config: Path, *args: str) -> tuple[int, str]:
    register(cli.app)
    result = CliRunner().invoke(cli.app, ["--config", str(config), *args])
    return result.exit_code, result.output


def test_the_figures_are_those_of_the_seeded_store(store: Store) -> None:
    seed_known_store(store)
    with store.session() as session:
        report = build_report(session)
    overall, spring, autumn = report.sections
    assert (overall.applications, overall.interviews, overall.admissions, overall.waitlisted) == (
        30,
        20,
        14,
        2,
    )
    assert overall.by_verdict == {"eligible": 18, "to_verify": 8, "not_eligible": 4}
    assert overall.messages_by_kind["application"] == 30 and overall.messages_by_kind["reply"] == 5
    assert (overall.placed, overall.mean_days, overall.median_days) == (10, 70.0, 70.0)
    assert (overall.matching, overall.matching_share) == (7, 0.7)
    assert (overall.attendance_present, overall.attendance_recorded) == (18, 28)
    assert overall.histogram == [(40, 3), (60, 4), (80, 2), (100, 1)]
    assert overall.contracts == {"CDI": 6, "CDD": 3, "other": 1}
    assert (spring.scope, spring.placed, spring.median_days, spring.left) == (SPRING, 6, 60.0, 1)
    assert spring.mean_days == pytest.approx(380 / 6)
    assert (autumn.scope, autumn.placed, autumn.mean_days, autumn.median_days) == (AUTUMN, 4, 80.0, 80.0)
    assert (autumn.attendance_present, autumn.attendance_recorded, autumn.waitlisted) == (6, 12, 2)


def test_the_markdown_report_prints_the_exact_figures(seeded: Path) -> None:
    code, out = propulse(seeded, "report", "--format", "md")
    assert code == 0, out
    assert f"| Indicateur | Ensemble du programme | {SPRING} | {AUTUMN} |" in out
    assert "| Candidatures reçues | 30 | 8 | 8 |" in out
    assert "| Entretiens | 20 | 8 | 8 |" in out
    assert "| Admissions (entrées en parcours) | 14 | 8 | 6 |" in out
    assert "| En liste d'attente (aujourd'hui) | 2 | 0 | 2 |" in out
    assert "| Participant·es en emploi | 10 | 6 | 4 |" in out
    assert "| Délai moyen jusqu'à l'emploi | 70,0 jours | 63,3 jours | 80,0 jours |" in out
    assert "| Délai médian jusqu'à l'emploi | 70,0 jours | 60,0 jours | 80,0 jours |" in out
    assert (
        "| Emplois conformes aux valeurs, souhaits et compétences | 70,0 % (7 sur 10) | 66,7 % (4 sur 6) "
        "| 75,0 % (3 sur 4) |"
    ) in out
    assert (
        "| Taux de présence aux journées | 64,3 % (18 sur 28) | 75,0 % (12 sur 16) | 50,0 % (6 sur 12) |"
        in out
    )
    assert "- 60 à 79 jours : 4" in out


def test_the_csv_report_gives_one_plain_number_per_line(seeded: Path) -> None:
    code, out = propulse(seeded, "report", "--format", "csv")
    assert code == 0, out
    rows = list(csv.DictReader(io.StringIO(out)))
    value = {(r["perimetre"], r["indicateur"]): r["valeur"] for r in rows}
    overall = "Ensemble du programme"
    assert value[(overall, "applications")] == "30"
    assert value[(overall, "applications_not_eligible")] == "4"
    assert value[(overall, "placed")] == "10"
    assert value[(overall, "mean_days_to_placement")] == "70.0"
    assert value[(overall, "median_days_to_placement")] == "70.0"
    assert value[(overall, "matching_share_percent")] == "70.0"
    assert value[(overall, "attendance_rate_percent")] == "64.3"
    assert value[(SPRING, "median_days_to_placement")] == "60.0"
    assert value[(AUTUMN, "mean_days_to_placement")] == "80.0"
    assert value[(AUTUMN, "waitlisted")] == "2"


def test_a_period_counts_only_what_happened_within_it(seeded: Path) -> None:
    code, out = propulse(seeded, "report", "--from", "2025-09-01", "--to", "2025-12-31", "--format", "csv")
    assert code == 0, out
    value = {(r["perimetre"], r["indicateur"]): r["valeur"] for r in csv.DictReader(io.StringIO(out))}
    overall = "Ensemble du programme"
    # Only the autumn cohort entered and found jobs in that period; every application came in January.
    assert (value[(overall, "applications")], value[(overall, "admissions")]) == ("0", "6")
    assert (value[(overall, "placed")], value[(overall, "mean_days_to_placement")]) == ("4", "80.0")
    assert value[(overall, "attendance_rate_percent")] == "50.0"


def test_the_report_of_one_cohort_shows_only_that_cohort(seeded: Path) -> None:
    code, out = propulse(seeded, "report", "--cohort", SPRING)
    assert code == 0, out
    assert f"| Indicateur | {SPRING} |" in out
    assert "| Délai médian jusqu'à l'emploi | 60,0 jours |" in out
    assert AUTUMN not in out


def test_an_unknown_cohort_or_format_is_a_one_line_error(seeded: Path) -> None:
    code, out = propulse(seeded, "report", "--cohort", "Hiver 1999")
    assert (code, out.strip()) == (2, "propulse: promotion « Hiver 1999 » introuvable")
    code, out = propulse(seeded, "report", "--format", "pdf")
    assert (code, out.strip()) == (2, "propulse: --format « pdf » inconnu : md, html ou csv")
    code, out = propulse(seeded, "report", "--from", "2025-12-01", "--to", "2025-01-01")
    assert code == 2 and "après la date de fin" in out


def test_a_period_without_placements_shows_dashes_not_zeros(store: Store) -> None:
    from datetime import date

    seed_known_store(store)
    with store.session() as session:
        report = build_report(session, period=Period(date(2030, 1, 1), date(2030, 12, 31)))
    assert (report.overall.placed, report.overall.mean_days, report.overall.median_days) == (0, None, None)
    assert "Aucun emploi sur la période." in render_html(report)


def test_the_html_report_opens_offline_with_its_charts_drawn(seeded: Path, tmp_path: Path) -> None:
    target = tmp_path / "rapport.html"
    code, out = propulse(seeded, "report", "--format", "html", "--output", str(target))
    assert code == 0, out
    page_source = target.read_text(encoding="utf-8")
    # Self-contained: no script and no outside resource (the only URL is the SVG namespace).
    assert "<script" not in page_source
    assert not re.search(r"""(src|href)\s*=\s*["'](?!#)""", page_source)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(offline=True, viewport={"width": 1200, "height": 900})
            page = context.new_page()
            page.goto(target.as_uri())
            overall = page.locator("section[data-scope='Ensemble du programme']")
            funnel = overall.locator("svg.funnel rect.bar")
            assert funnel.count() == 4
            assert [funnel.nth(i).get_attribute("data-count") for i in range(4)] == ["30", "20", "14", "10"]
            widths = [funnel.nth(i).bounding_box()["width"] for i in range(4)]  # type: ignore[index]
            assert widths[0] > widths[1] > widths[2] > widths[3] > 0
            histogram = overall.locator("svg.histogram rect.bar")
            heights = [histogram.nth(i).bounding_box()["height"] for i in range(histogram.count())]  # type: ignore[index]
            assert len(heights) == 4 and all(h > 0 for h in heights)
            assert heights[1] == max(heights)  # 60–79 days holds the most placements (4)
            shot = overall.locator("svg.histogram").screenshot()
            assert len(shot) > 1000
            assert overall.locator("tr[data-key='mean_days'] td").inner_text() == "70,0 jours"
        finally:
            browser.close()


def test_the_report_page_shows_the_same_figures_in_the_browser(store: Store, tmp_path: Path) -> None:
    seed_known_store(store)
    with (
        serve_followup_web(followup_web_settings(tmp_path / "data"), store) as url,
        sync_playwright() as p,
    ):
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_context(locale="fr-FR").new_page()
            log_in(page, url, "/rapport")
            overall = page.locator("section[data-scope='Ensemble du programme']")
            expected = {
                "applications": "30",
                "interviews": "20",
                "admissions": "14",
                "waitlisted": "2",
                "placed": "10",
                "mean_days": "70,0 jours",
                "median_days": "70,0 jours",
                "matching_share": "70,0 % (7 sur 10)",
                "attendance_rate": "64,3 % (18 sur 28)",
            }
            for key, value in expected.items():
                assert overall.locator(f"tr[data-key='{key}'] td").inner_text() == value, key
            spring = page.locator(f"section[data-scope='{SPRING}']")
            assert spring.locator("tr[data-key='median_days'] td").inner_text() == "60,0 jours"
            assert overall.locator("svg.funnel rect.bar").count() == 4
            assert overall.locator("svg.histogram rect.bar").first.bounding_box()["height"] > 0  # type: ignore[index]

            page.get_by_label("Promotion").select_option(AUTUMN)
            page.get_by_role("button", name="Afficher").click()
            assert page.locator("section.rapport-section").count() == 1
            autumn = page.locator(f"section[data-scope='{AUTUMN}']")
            assert autumn.locator("tr[data-key='mean_days'] td").inner_text() == "80,0 jours"

            download = page.request.get(url + "/rapport/telecharger?format=csv&promotion=" + AUTUMN)
            assert download.ok and f"{AUTUMN},mean_days_to_placement,80.0" in download.text()
        finally:
            browser.close()
