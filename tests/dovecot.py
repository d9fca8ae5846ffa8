"""A real Dovecot IMAP server for the tests, started in a temporary directory on a free loopback port."""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import imapclient

PASSWORD = "secret-de-test"

CONFIG = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = {ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
mail_location = maildir:{root}/mail/%u
mail_uid = {user}
mail_gid = {user}
default_login_user = dovenull
default_internal_user = dovecot
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={user} gid={user} home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""

# Implicit TLS on a second port, with a self-signed certificate (for `propulse doctor`'s certificate line).
TLS_CONFIG = """\
ssl_cert = <{cert}
ssl_key = <{key}
"""

# OAuth2 logins (XOAUTH2, OAUTHBEARER): the token is checked by POSTing it to the test's introspection URL.
OAUTH2_CONFIG = """\
auth_mechanisms = plain login xoauth2 oauthbearer
auth_failure_delay = 0
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/dovecot-oauth2.conf.ext
}}
"""

# A Sent folder under a name of its own, flagged \\Sent (RFC 6154), as hosted mailboxes have.
SPECIAL_USE_CONFIG = """\
namespace inbox {{
  inbox = yes
  mailbox "{name}" {{
    special_use = \\Sent
    auto = create
  }}
}}
"""

OAUTH2_ARGS = """\
introspection_mode = post
introspection_url = {url}
username_attribute = username
active_attribute = active
active_value = true
force_introspection = yes
"""


def dovecot_available() -> bool:
    return shutil.which("dovecot") is not None or Path("/usr/sbin/dovecot").exists()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Dovecot:
    """One Dovecot master process; `stop()` and `start()` may be called again to simulate an outage."""

    def __init__(
        self,
        users: tuple[str, ...] = ("propulse",),
        *,
        tls: bool = False,
        oauth2_introspection_url: str = "",
        sent_special_use: str = "",
    ) -> None:
        """`tls`: also listen with implicit TLS on `tls_port` (self-signed certificate, `certificate`);
        `oauth2_introspection_url`: accept XOAUTH2 / OAUTHBEARER, each token checked at that URL;
        `sent_special_use`: a folder of that name, created and flagged \\Sent."""
        self.root = Path(tempfile.mkdtemp(prefix="propulse-dovecot-"))
        self.root.chmod(0o755)
        self.port = free_port()
        self.tls_port = free_port() if tls else 0
        self.certificate: Path | None = None
        self.users = users
        self.process: subprocess.Popen[bytes] | None = None
        run_as = "dovecot"
        (self.root / "mail").mkdir()
        (self.root / "passwd").write_text("".join(f"{u}:{{PLAIN}}{PASSWORD}::::::\n" for u in users))
        config = CONFIG.format(
            root=self.root, port=self.port, user=run_as, ssl="yes" if tls else "no", imaps_port=self.tls_port
        )
        if tls:
            from smtp_server import make_certificate

            self.certificate, key = make_certificate(self.root, days=365)
            config += TLS_CONFIG.format(cert=self.certificate, key=key)
        if oauth2_introspection_url:
            config += OAUTH2_CONFIG.format(root=self.root)
            args = OAUTH2_ARGS.format(url=oauth2_introspection_url)
            (self.root / "dovecot-oauth2.conf.ext").write_text(args)
        if sent_special_use:
            config += SPECIAL_USE_CONFIG.format(name=sent_special_use)
        (self.root / "dovecot.conf").write_text(config)
        entry = pwd.getpwnam(run_as)
        os.chown(self.root / "mail", entry.pw_uid, entry.pw_gid)

    @property
    def binary(self) -> str:
        return shutil.which("dovecot") or "/usr/sbin/dovecot"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.root / "dovecot.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group, so crash() can take all its children down
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode(errors="replace") if self.process.stderr else ""
                raise RuntimeError(f"dovecot did not start: {err} {self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                    if sock.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not answer on port {self.port}: {self.log()}")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        # Dovecot refuses to start again while its pid file is there.
        deadline = time.monotonic() + 5
        while (self.root / "run" / "master.pid").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        self.process = None

    def crash(self) -> None:
        """Take the server down at once, connections and all, as a power cut would."""
        if self.process is None:
            return
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        (self.root / "run" / "master.pid").unlink(missing_ok=True)
        self.process = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else ""

    @contextmanager
    def client(self, user: str = "propulse") -> Iterator[imapclient.IMAPClient]:
        client = imapclient.IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        client.login(user, PASSWORD)
        try:
            yield client
        finally:
            client.logout()

    def toml(self, user: str = "propulse", folder: str = "INBOX") -> str:
        """The [inbox] part of a config pointing at this server (password from the environment)."""
        return (
            '[inbox]\nsource = "imap"\n[inbox.imap]\n'
            f'host = "127.0.0.1"\nport = {self.port}\nsecurity = "plain"\nusername = "{user}"\n'
            f'password_env = "PROPULSE_TEST_IMAP_PASSWORD"\nfolder = "{folder}"\ntimeout_seconds = 20\n'
        )
