"""What the coordinator's pages share: who is logged in, one unit of work, the page renderer, flash messages.

A feature's pages (`intake/web/*_routes.py`, `intake/followup/web_routes.py`,
`intake/scheduling/web_routes.py`) receive a `Kit` and give back their routes made by `kit.mount` (the
methods of a page class marked with `@route`) or `kit.page`: each one is behind the login check, renders
with the same templates, runs its store work in one transaction in a worker thread, and turns a refused
action into a French line on the next page. Feature modules import this module
and never `intake.web.app`, which imports them all: the web layer has no import cycle.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from intake.approval import local_time
from intake.clock import utcnow
from intake.config import Settings
from intake.scheduling.capacity import calendar_warning
from intake.store.db import Store
from intake.web.csrf import csrf_token
from intake.web.sessions import SessionStore

T = TypeVar("T")
Endpoint = Callable[[Request], Awaitable[Response]]
Errors = tuple[type[Exception], ...]
Handler = TypeVar("Handler", bound=Callable[..., Awaitable[Response]])
# Where `route` leaves a handler's paths for `Kit.mount`.
ROUTE_MARK = "web_routes"
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Ends a sentence already: no full stop is added after it. A closing parenthesis is not one of them.
_SENTENCE_ENDS = (".", "!", "?", "…")


def without_bidi_controls(value: Any) -> Any:
    """Every value printed in a page, with bidirectional override and isolate characters removed."""
    return _BIDI_CONTROLS.sub("", value) if isinstance(value, str) else value


class Kit:
    """The settings, the store, the templates and the login state, for every page of the UI."""

    def __init__(
        self, settings: Settings, store: Store, *, sessions: SessionStore, key_tag: str, templates_dir: Path
    ) -> None:
        self.settings = settings
        self.store = store
        self.sessions = sessions
        # The tag of the current password hash: a session opened with another password is not a login.
        self.key_tag = key_tag
        self.zone = ZoneInfo(settings.programme.timezone)
        self._env = Environment(
            loader=FileSystemLoader(str(templates_dir)),
            # Every value is escaped, whatever the file name: applicants' text is never markup.
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            # Bidirectional overrides in an applicant's text could reorder what the coordinator reads.
            finalize=without_bidi_controls,
        )
        self.add_filters(local_time=self.local_time)
        self.add_globals(programme=settings.programme.name)

    # -- what a feature registers ----------------------------------------------------------------------

    def add_filters(self, **filters: Callable[..., Any]) -> None:
        self._env.filters.update(filters)

    def add_globals(self, **values: Any) -> None:
        self._env.globals.update(values)

    def mount(self, pages: Pages) -> list[Route]:
        """The routes of the methods of `pages` marked with `@route`, in the order of their class."""
        return [
            self.page(path, getattr(pages, name), method)
            for name, member in vars(type(pages)).items()
            for path, method in getattr(member, ROUTE_MARK, ())
        ]

    def page(self, path: str, endpoint: Endpoint, method: str = "GET") -> Route:
        """A route of the UI behind the login check."""
        return Route(path, self.login_required(endpoint), methods=[method])

    def login_required(self, endpoint: Endpoint) -> Endpoint:
        """Anyone not logged in goes to the login page, and comes back to the page asked for (GET)."""

        async def guarded(request: Request) -> Response:
            if not await run_in_threadpool(self.user, request):
                target = request.url.path if request.method == "GET" else "/"
                return RedirectResponse(f"/connexion?suivant={quote(target)}", status_code=303)
            return await endpoint(request)

        return guarded

    # -- what a handler uses ---------------------------------------------------------------------------

    def user(self, request: Request) -> str:
        """The logged-in coordinator, or "" — after logout, "everywhere", expiry or a new password too.

        The one way to know who is there: the server-side session, opened with the current password. The
        cookie's own fields are never trusted for it.
        """
        known = getattr(request.state, "user", None)
        if isinstance(known, str):
            return known
        token = request.session.get("sid")
        user = (self.sessions.user_of(token, self.key_tag) if isinstance(token, str) else None) or ""
        request.state.user = user
        return user

    async def run(self, action: Callable[[Session], T], *, missing: Errors = ()) -> T:
        """One committed unit of work in a worker thread, so the event loop never waits on the disk.

        An exception of a `missing` type (the record asked for does not exist) becomes a French 404 page.
        """
        try:
            return await run_in_threadpool(self._in_session, action)
        except missing as exc:
            raise HTTPException(404, str(exc)) from None

    async def attempt(
        self, request: Request, action: Callable[[Session], T], *, refused: Errors, missing: Errors = ()
    ) -> T | None:
        """Run a change like `run`; a `refused` one becomes a French line on the next page, and None."""
        try:
            return await self.run(action, missing=missing)
        except refused as exc:
            flash(request, "erreur", sentence(str(exc)))
            return None

    def render(self, request: Request, name: str, *, status_code: int = 200, **context: Any) -> HTMLResponse:
        flashes = request.session.pop("flash", []) if "flash" in request.session else []
        page = self._env.get_template(name).render(
            user=self.user(request), csrf=csrf_token(request), flashes=flashes, **context
        )
        return HTMLResponse(page, status_code=status_code)

    def render_error(self, request: Request, status_code: int, title: str, message: str) -> HTMLResponse:
        return self.render(
            request, "error.html.j2", status_code=status_code, title=title, message=sentence(message)
        )

    def server_error_page(self) -> str:
        """The page of an unexpected error: made without the request, which may be what failed."""
        return self._env.get_template("error.html.j2").render(
            user="",
            csrf="",
            flashes=[],
            title="Erreur interne",
            message="Erreur interne : l'action n'a pas été enregistrée. Réessayez dans un instant.",
        )

    async def calendar_warning(self) -> str:
        """The banner of a calendar running out of interview slots ("" when there are enough)."""
        return await self.run(lambda session: calendar_warning(session, self.settings, now=utcnow()))

    def local_time(self, moment: datetime | None) -> str:
        return local_time(moment, self.zone)

    def _in_session(self, action: Callable[[Session], T]) -> T:
        with self.store.session() as session:
            return action(session)


class Pages:
    """A feature's page handlers: methods marked with `@route`, mounted by `Kit.mount`."""

    def __init__(self, kit: Kit) -> None:
        self.kit = kit


def route(path: str, method: str = "GET") -> Callable[[Handler], Handler]:
    """Marks a method of a page class as the handler of `path`; `Kit.mount` makes its route."""

    def mark(handler: Handler) -> Handler:
        setattr(handler, ROUTE_MARK, (*getattr(handler, ROUTE_MARK, ()), (path, method)))
        return handler

    return mark


def flash(request: Request, kind: str, text: str) -> None:
    """A line shown once on the next page: kind "ok", "info" or "erreur"."""
    request.session["flash"] = [*request.session.get("flash", []), [kind, text]]


def field(form: Any, name: str) -> str:
    """A form field's text, "" when it is missing or a file."""
    value = form.get(name)
    return value if isinstance(value, str) else ""


def given(form: Any, name: str) -> str | None:
    """A field's text, or None when the form does not carry it (older forms, the CLI)."""
    value = form.get(name)
    return value if isinstance(value, str) else None


def sentence(text: str) -> str:
    """A message as a French sentence: capital first letter, one full stop unless it ends with . ! ? …

    Refusals are written in lower case without a full stop, to fit the CLI's one-line errors as well.
    """
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith(_SENTENCE_ENDS) else text + "."


def see(path: str) -> RedirectResponse:
    """After a POST: the browser goes to `path` with a GET (303)."""
    return RedirectResponse(path, status_code=303)
