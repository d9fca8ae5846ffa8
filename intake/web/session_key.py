"""The key that signs session cookies: from the configuration, else one random key kept on disk.

A key kept in data_dir survives restarts, so the coordinator is not logged out by every upgrade.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from intake.config import ConfigError, Settings

KEY_FILE = "web-session.key"


def session_secret(settings: Settings) -> str:
    web = settings.web
    if web.session_secret:
        return web.session_secret
    if web.session_secret_file:
        try:
            return _non_empty(Path(web.session_secret_file).read_text(encoding="utf-8").strip(), settings)
        except OSError as exc:
            raise ConfigError(
                f"{settings.origin}: « web.session_secret_file » : impossible de lire "
                f"{web.session_secret_file} ({exc.strerror})"
            ) from None
    if web.session_secret_env and os.environ.get(web.session_secret_env):
        return os.environ[web.session_secret_env]
    return _kept_key(settings.store.data_dir / KEY_FILE)


def _kept_key(path: Path) -> str:
    if path.is_file():
        existing = path.read_text(encoding="ascii").strip()
        if existing:
            return existing
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    scratch = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key + "\n")
    try:
        # A hard link appears complete or not at all: of two processes starting together, one key wins.
        os.link(scratch, path)
    except FileExistsError:
        key = path.read_text(encoding="ascii").strip()
        if not key:
            raise ConfigError(
                f"{path} : fichier de clé de session vide, supprimez-le pour en créer un"
            ) from None
    finally:
        scratch.unlink()
    return key


def _non_empty(value: str, settings: Settings) -> str:
    if not value:
        raise ConfigError(f"{settings.origin}: « web.session_secret_file » est vide")
    return value
