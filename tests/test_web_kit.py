"""What every page shares (intake/web/kit.py): the login check, refusals as French sentences."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from live import serve_web, web_settings
from starlette.routing import Route

from intake.store.db import Store
from intake.web.app import create_app
from intake.web.kit import sentence


@pytest.mark.parametrize(
    ("refusal", "shown"),
    [
        ("note trop longue", "Note trop longue."),
        # French puts the full stop after a closing parenthesis; the follow-up pages used to leave it out.
        (
            "cette personne n'est pas encore entrée dans le programme (liste d'attente)",
            "Cette personne n'est pas encore entrée dans le programme (liste d'attente).",
        ),
        ("dossier « PP-000012 » introuvable", "Dossier « PP-000012 » introuvable."),
    ],
)
def test_a_refusal_is_shown_with_a_capital_and_one_full_stop(refusal: str, shown: str) -> None:
    assert sentence(refusal) == shown


@pytest.mark.parametrize("finished", ["Déjà une phrase.", "Vraiment ?", "Attention !", "Et ensuite…"])
def test_a_sentence_that_already_ends_keeps_its_own_punctuation(finished: str) -> None:
    # The «Messages» pages used to add one anyway: "Vraiment ?.", "Et ensuite….".
    assert sentence(finished) == finished


def test_an_empty_refusal_stays_empty_rather_than_a_lone_full_stop() -> None:
    assert sentence("  ") == ""


def test_every_page_but_the_login_form_sends_an_anonymous_visitor_to_log_in(
    store: Store, tmp_path: Path
) -> None:
    # Pages are mounted through the kit, which puts each behind the login check: none may slip past it.
    app = create_app(web_settings(tmp_path / "data"), store)
    pages = [
        (m, r.path)
        for r in app.routes
        if isinstance(r, Route)
        for m in sorted((r.methods or set()) - {"HEAD"})
    ]
    assert len(pages) == 35
    answers = {}
    with serve_web(web_settings(tmp_path / "data"), store) as web, httpx.Client(base_url=web.url) as client:
        for method, path in pages:
            url = re.sub(r"\{\w+:int\}", "1", path)
            answers[method, path] = client.request(
                method, url, data={"csrf": "x"} if method == "POST" else None
            )
    let_in = sorted(
        key
        for key, answer in answers.items()
        if not (answer.status_code == 303 and answer.headers["location"].startswith("/connexion?suivant="))
    )
    assert let_in == [("GET", "/connexion"), ("POST", "/connexion")]
