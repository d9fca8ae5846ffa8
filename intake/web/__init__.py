"""The coordinator's web UI (Starlette, server-rendered pages)."""

from intake.web.app import create_app

__all__ = ["create_app"]
