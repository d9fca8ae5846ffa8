"""The coordinator's web UI (Starlette, server-rendered pages): `intake.web.app.create_app` builds it.

This file imports nothing: a feature's pages import `intake.web.kit`, and an `__init__` importing the app
would import every feature back while that feature is still loading.
"""
