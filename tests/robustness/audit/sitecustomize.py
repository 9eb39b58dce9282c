"""Loaded by every Python process started with this folder on PYTHONPATH (the robustness tests do that): an audit
hook that records, and refuses, every connection, datagram or name lookup that does not stay on this machine.

Refused before anything leaves: the hook raises inside `socket.connect` / `getaddrinfo`, so no packet is sent.
The record (one line per attempt) goes to the file named by NETRALITAS_TEST_CONNECT_LOG.
"""

import ipaddress
import os
import socket
import sys
import traceback

_LOG = os.environ.get("NETRALITAS_TEST_CONNECT_LOG", "")
_LOCAL_NAMES = {"localhost", "ip6-localhost", "ip6-loopback", ""}


def _is_local(host: object) -> bool:
    if host is None:
        return True
    name = host.decode() if isinstance(host, bytes) else str(host)
    if name.lower() in _LOCAL_NAMES:
        return True
    try:
        address = ipaddress.ip_address(name.split("%", 1)[0])
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def _refuse(what: str) -> None:
    where = "".join(traceback.format_stack(limit=12)[:-2]).replace("\n", " | ")
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(f"pid {os.getpid()} {' '.join(sys.argv)[:200]}: {what} from {where}\n")
    raise PermissionError(f"outbound network access refused by the test audit hook: {what}")


def _hook(event: str, args: tuple) -> None:
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        sock, address = args[0], args[1]
        inet = getattr(sock, "family", None) in (socket.AF_INET, socket.AF_INET6) and isinstance(address, tuple)
        if inet and not _is_local(address[0]):
            _refuse(f"{event} {address[0]}:{address[1]}")
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex") and not _is_local(args[0]):
        _refuse(f"{event} {args[0]!r}")


if _LOG:
    sys.addaudithook(_hook)
