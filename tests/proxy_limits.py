#!/usr/bin/env python3
"""The portal behind its reverse proxy (scripts/portal-proxy.sh, nginx): what a hostile
client gets. Each check prints what it measured; any one failing fails the test.
  tests/proxy_limits.py SOURCE_DIR BUILD_DIR RUN_DIR
"""
import os
import socket
import ssl
import subprocess
import sys
import time

source, build, run = sys.argv[1:4]
script = os.path.join(source, "scripts", "portal-proxy.sh")
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


port = free_port()
env = dict(os.environ, PROXY_HEADER_TIMEOUT="3", PROXY_RATE="20", PROXY_BURST="40")
started = subprocess.run([script, "start", run, "--port", str(port), "--build", build],
                         env=env, capture_output=True, text=True, timeout=60)
print(started.stdout.strip(), started.stderr.strip())
if started.returncode != 0:
    sys.exit(1)
context = ssl.create_default_context(cafile=os.path.join(run, "certs", "ca.pem"))


def connect():
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    return context.wrap_socket(sock, server_hostname="localhost")


def request(method, path, body=b"", headers=None, content_length=None):
    """Sends one request on a new connection; returns (status, seconds)."""
    start = time.monotonic()
    with connect() as s:
        head = f"{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        head += f"Content-Length: {len(body) if content_length is None else content_length}\r\n"
        for k, v in (headers or {}).items():
            head += f"{k}: {v}\r\n"
        s.sendall(head.encode() + b"\r\n")
        try:
            s.sendall(body)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            pass  # the proxy answered and closed before the whole body: as it should
        reply = b""
        try:
            while b"\r\n" not in reply:
                chunk = s.recv(4096)
                if not chunk:
                    break
                reply += chunk
        except (ConnectionResetError, ssl.SSLError):
            pass
    status = int(reply.split(b" ")[1]) if reply.startswith(b"HTTP/") else 0
    return status, time.monotonic() - start


try:
    with open(os.path.join(run, "portal.pid")) as f:
        portal_pid = int(f.read())
    with open(os.path.join(run, "portal.log")) as f:
        listening = f.readline()
    check("https://127.0.0.1:" in listening, "the portal listens on loopback only: " + listening.strip())

    status, _ = request("GET", "/api/v1/limits")
    check(status == 200, f"GET /api/v1/limits through the proxy: {status}")

    # A large body before login is refused by the proxy, without reaching the portal.
    before = rss_kib(portal_pid)
    status, took = request("POST", "/api/v1/login", b"x" * (64 * 1024 * 1024),
                           {"Content-Type": "application/json"})
    after = rss_kib(portal_pid)
    check(status == 413, f"64 MiB POST to /api/v1/login: {status} in {took:.2f} s")
    check(after - before < 10 * 1024,
          f"portal memory around it: {before // 1024} MiB -> {after // 1024} MiB")
    status, _ = request("POST", "/api/v1/mandates/x", b"{" + b" " * (2 * 1024 * 1024) + b"}",
                        {"Content-Type": "application/json"})
    check(status == 413, f"2 MiB JSON body (cap 1 MiB): {status}")
    status, _ = request("PUT", "/api/v1/mandates/x/documents/kbis", b"%PDF" + b" " * (2 * 1024 * 1024),
                        {"Content-Type": "application/pdf"})
    check(status not in (0, 413), f"2 MiB document upload (cap 20 MiB) reaches the portal: {status}")

    # The web pages go through too; their sign-in form's body is capped as the API's login.
    status, _ = request("GET", "/desk/login")
    check(status == 200, f"GET /desk/login through the proxy: {status}")
    status, _ = request("POST", "/desk/login", b"login=x&password=" + b"x" * (64 * 1024),
                        {"Content-Type": "application/x-www-form-urlencoded"})
    check(status == 413, f"64 KiB sign-in form (cap 16 KiB): {status}")

    # Slow loris: headers that never end are cut off at the header deadline (3 s here).
    start = time.monotonic()
    with connect() as s:
        s.sendall(b"GET /api/v1/limits HTTP/1.1\r\nHost: localhost\r\n")
        try:
            closed = s.recv(100) == b""
        except (ConnectionResetError, ssl.SSLError, socket.timeout):
            closed = True
    took = time.monotonic() - start
    check(closed and took < 10, f"unfinished headers: connection closed after {took:.1f} s")

    # Per address: a burst of logins is throttled by the proxy (429) before the portal.
    statuses = []
    for _ in range(30):
        statuses.append(request("POST", "/api/v1/login", b'{"login":"nobody","password":"x"}',
                                {"Content-Type": "application/json"})[0])
    limited = statuses.count(429)
    check(limited >= 20, f"30 logins at once from one address: {limited} answered 429 by the proxy")
    # The desk's sign-ins are throttled by the proxy as the API's (the same budget per address).
    statuses = [request("POST", "/desk/login", b"login=nobody&password=x",
                        {"Content-Type": "application/x-www-form-urlencoded"})[0] for _ in range(12)]
    check(statuses.count(429) >= 6, f"12 sign-ins on the desk at once: {statuses.count(429)} answered 429 by the proxy")
finally:
    subprocess.run([script, "stop", run], timeout=30)

print(f"{len(failures)} failed" if failures else "all proxy limits hold")
sys.exit(1 if failures else 0)
