"""CSRF protection: one random token per session, in a hidden field of every form, checked on every POST.

The POST handlers get their form only through `checked_form`, so a handler cannot forget the check.
"""

from __future__ import annotations

import hmac
import secrets

from starlette.datastructures import FormData
from starlette.requests import Request

FIELD = "csrf"
# Forms here carry a subject and a letter; anything bigger is not a coordinator typing.
MAX_FORM_BYTES = 256 * 1024


class CsrfRefused(Exception):
    """The form did not carry this session's token: refused with 403."""


class FormTooLarge(Exception):
    pass


def csrf_token(request: Request) -> str:
    """This session's token, created on first use."""
    token = request.session.get(FIELD)
    if not isinstance(token, str) or not token:
        token = secrets.token_urlsafe(32)
        request.session[FIELD] = token
    return token


def renew_csrf_token(request: Request) -> str:
    request.session[FIELD] = secrets.token_urlsafe(32)
    return str(request.session[FIELD])


async def checked_form(request: Request) -> FormData:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_FORM_BYTES:
        raise FormTooLarge
    form = await request.form(max_files=0, max_fields=20)
    sent = form.get(FIELD)
    expected = request.session.get(FIELD)
    if not isinstance(sent, str) or not isinstance(expected, str) or not expected:
        raise CsrfRefused
    if not hmac.compare_digest(sent.encode(), expected.encode()):
        raise CsrfRefused
    return form
