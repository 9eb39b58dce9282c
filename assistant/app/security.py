"""Who may use the chat app and where it may listen: an optional login, and no listening beyond this machine
without one.

Logins come from `NETRALITAS_AUTH=user:password` and/or `NETRALITAS_AUTH_FILE` (one `user:password` per line,
`#` comments and blank lines ignored) and are checked in constant time. Gradio then shows its login page and
the API (gradio_client) needs the same credentials. Binding a non-loopback address without a login is
refused unless the operator says `--insecure`. Leaves out TLS: put a reverse proxy in front for that.
"""

import hmac
import ipaddress
from collections.abc import Callable

from index.errors import NetralitasError
from index.settings import Settings

Check = Callable[[str, str], bool]


def credentials(settings: Settings) -> dict[str, str]:
    """user → password from the settings; empty when no login is configured. Raises on malformed entries."""
    pairs: list[tuple[str, str]] = []
    if settings.auth is not None:
        pairs.append(_pair(settings.auth.get_secret_value(), "NETRALITAS_AUTH"))
    if settings.auth_file is not None:
        try:
            lines = settings.auth_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise NetralitasError(f"cannot read NETRALITAS_AUTH_FILE {settings.auth_file}: {exc}") from exc
        from_file = [
            _pair(line.strip(), f"{settings.auth_file} line {number}")
            for number, line in enumerate(lines, start=1)
            if line.strip() and not line.lstrip().startswith("#")
        ]
        if not from_file:
            raise NetralitasError(f"NETRALITAS_AUTH_FILE {settings.auth_file} holds no user:password line")
        pairs += from_file
    return dict(pairs)


def _pair(text: str, where: str) -> tuple[str, str]:
    user, sep, password = text.partition(":")
    if not sep or not user.strip() or not password:
        raise NetralitasError(f"{where}: expected user:password")
    return user.strip(), password


def authenticator(users: dict[str, str]) -> Check | None:
    """Gradio's `auth=` callable for these users (None: no login)."""
    if not users:
        return None
    known = {user: password.encode() for user, password in users.items()}

    def check(user: str, password: str) -> bool:
        expected = known.get(user, b"")
        matches = hmac.compare_digest(password.encode(), expected)  # compared even for unknown users: same timing
        return user in known and matches

    return check


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:  # a host name other than localhost: it may resolve anywhere
        return False


def check_bind(host: str, has_login: bool, insecure: bool) -> str:
    """Raise when `host` is reachable from other machines and nothing guards it; else a warning line (or "")."""
    if is_loopback(host):
        return ""
    if has_login:
        return f"listening on {host}: reachable from other machines, login required (no TLS: use a reverse proxy)"
    if insecure:
        return f"warning: listening on {host} WITHOUT a login (--insecure): anyone who reaches it can ask and upload"
    raise NetralitasError(
        f"refusing to listen on {host} without a login: anyone who can reach this machine could use the app and "
        "upload files. Set NETRALITAS_AUTH=user:password (or NETRALITAS_AUTH_FILE), or pass --insecure on a "
        "network you trust"
    )


def guard(settings: Settings, host: str, insecure: bool) -> tuple[Check | None, str]:
    """(gradio `auth=` callable or None, a line to print or "") for serving on `host`; raises when refused."""
    login = authenticator(credentials(settings))
    return login, check_bind(host, login is not None, insecure)
