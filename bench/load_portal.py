#!/usr/bin/env python3
"""The portal under load (issue 17): N simulated seats (200 by default, in accounts of 20) each
log in, push dossiers with their three documents (one of them 1 MB), submit them and pull the
changes, through nginx, against
  (a) one instance on SQLite, (b) one on PostgreSQL, (c) two on PostgreSQL behind the proxy,
started by the project's scripts. Prints requests per second and p50/p95/p99 latency per route,
the CPU each process used, and checks at the end that there are no duplicates, no lost
writes, and that every seat of an account sees the same final state. --kill adds a run of (c)
in which one instance is killed midway (the seats carry on through the other).

  bench/load_portal.py [--build DIR] [--seats N] [--dossiers D] [--setups a,b,c] [--kill] [--pace S]

Seats send back to back by default (the portals' capacity); --pace S gives each seat a pause
of S seconds on average before each dossier (seats at work), the load the targets speak of.

Logins (PBKDF2 at 600,000 iterations, once a day for a real seat) are timed apart from the
load. Benchmarks print figures; they pass no judgement and exit 0 when they ran.
"""
import argparse
import collections
import concurrent.futures
import hashlib
import http.client
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PASSWORD = "load-password"
SEATS_PER_ACCOUNT = 20


def out(line=""):
    print(line, flush=True)


def pdf(text, padding=0):
    """A one-page PDF showing `text`, with an unreferenced stream of `padding` random bytes."""
    content = f"BT /F1 14 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    if padding:
        blob = random.randbytes(padding)
        objects.append(b"<< /Length %d >>\nstream\n" % len(blob) + blob + b"\nendstream")
    body = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objects, 1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        body += b"%010d 00000 n \n" % off
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(body)


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latency = collections.defaultdict(list)
        self.status = collections.Counter()
        self.errors = []

    def add(self, route, status, seconds):
        with self.lock:
            self.latency[route].append(seconds)
            self.status[(route, status)] += 1


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


class Seat:
    """One desktop seat: its own kept-alive connection through the proxy."""

    def __init__(self, login, base, context, stats):
        self.login, self.stats = login, stats
        self.host, self.port = base.replace("https://", "").split(":")
        self.context = context
        self.conn = None
        self.token = None
        self.cursor = "0"
        self.seen = {}
        self.made = []  # (id, answered status of its submission)
        self.retried = 0
        self.recovered = 0  # creations whose answer was lost, found made
        self.in_flight = 0  # submissions told 409 in_flight, asked again with their key

    def request(self, method, path, route, body=None, headers=None):
        h = {"Content-Type": "application/json", **(headers or {})}
        if self.token:
            h["Authorization"] = "Bearer " + self.token
        for attempt in range(30):
            if self.conn is None:
                self.conn = http.client.HTTPSConnection(self.host, int(self.port), context=self.context,
                                                        timeout=120)
            start = time.perf_counter()
            try:
                self.conn.request(method, path, body=body, headers=h)
                r = self.conn.getresponse()
                data = r.read()
            except (OSError, http.client.HTTPException):
                # The connection cut (an instance killed under it, a proxy closing it): again.
                self.conn.close()
                self.conn = None
                self.retried += 1
                time.sleep(0.2)
                continue
            self.stats.add(route, r.status, time.perf_counter() - start)
            if r.status == 429 or (r.status == 503 and r.getheader("Retry-After")):
                time.sleep(min(5.0, float(r.getheader("Retry-After") or 1)))
                continue
            if r.status in (502, 504):  # the proxy found no instance for it in time: as the desktop, again
                self.retried += 1
                time.sleep(0.2)
                continue
            return r.status, data
        raise RuntimeError(f"{self.login}: {method} {route} never answered")

    def do_login(self):
        status, data = self.request("POST", "/api/v1/login", "POST /login",
                                    json.dumps({"login": self.login, "password": PASSWORD}))
        if status != 200:
            raise RuntimeError(f"{self.login}: login {status} {data[:200]}")
        self.token = json.loads(data)["token"]

    def work(self, dossiers, documents, pace):
        for n in range(dossiers):
            # A seat prepares its next dossier meanwhile (pace: the mean of that pause; 0: none).
            if pace:
                time.sleep(random.expovariate(1 / pace) if n else random.uniform(0, pace))
            mid = str(uuid.uuid4())
            body = json.dumps({"name": f"Dossier de {self.login}", "use": "agents",
                               "numbers": ["+33162123456", "+33162123457"],
                               "client": {"legal_name": "ACME TÉLÉCOM", "siren": "518452750"}})
            status, _ = self.request("PUT", f"/api/v1/mandates/{mid}", "PUT /mandates/<id>", body)
            if status == 412:
                # Made, then its answer lost with the instance killed: the proxy sent it again to
                # the other, which holds it already. As the desktop does, read it: ours?
                got, data = self.request("GET", f"/api/v1/mandates/{mid}", "GET /mandates/<id>")
                if got == 200 and json.loads(data).get("name") == f"Dossier de {self.login}":
                    status = 201
                    self.recovered += 1
            if status != 201:
                self.stats.errors.append(f"{self.login}: PUT mandate {status}")
                continue
            for kind, (sha, data, route) in documents.items():
                status, _ = self.request("PUT", f"/api/v1/mandates/{mid}/documents/{kind}/{sha}", route, data,
                                         {"Content-Type": "application/pdf", "X-File-Name": f"{kind}.pdf"})
                if status not in (200, 201):
                    self.stats.errors.append(f"{self.login}: PUT {kind} {status}")
            key = str(uuid.uuid4())
            status, data = self.request("POST", f"/api/v1/mandates/{mid}/submit", "POST /submit",
                                        json.dumps({"version": 1}), {"Idempotency-Key": key})
            # A retry that reached it mid-check: as the desktop, the same key again, and that
            # submission's answer (the request above counts it under its status).
            while status == 409 and b"in_flight" in data:
                self.in_flight += 1
                time.sleep(1)
                status, data = self.request("POST", f"/api/v1/mandates/{mid}/submit", "POST /submit",
                                            json.dumps({"version": 1}), {"Idempotency-Key": key})
            self.made.append((mid, status))
            self.pull()

    def pull(self):
        while True:
            status, data = self.request("GET", f"/api/v1/changes?since={self.cursor}", "GET /changes")
            if status != 200:
                self.stats.errors.append(f"{self.login}: changes {status}")
                return
            page = json.loads(data)
            for c in page["changes"]:
                self.seen[c["id"]] = (c["version"], c["status"])
            self.cursor = page["cursor"]
            if not page["more"]:
                return


def cpu_seconds(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError):
        return 0.0


def children(pid):
    r = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return [int(p) for p in r.stdout.split()]


class Setup:
    def __init__(self, name, build, work, seats):
        self.name, self.build, self.work = name, build, work
        # Every seat comes from 127.0.0.1: the proxy's per-address limits are lifted here.
        self.env = dict(os.environ, PROXY_RATE="100000", PROXY_BURST="100000", PROXY_LOGIN_RATE="100000",
                        PROXY_CONNECTIONS=str(seats + 50))
        scripts = os.path.join(ROOT, "scripts")
        self.db = os.path.join(work, "portal.sqlite")
        if name == "a":
            args = [os.path.join(scripts, "portal-proxy.sh"), "start", work, "--port", "0", "--build", build]
        elif name == "b":
            self.db = subprocess.run([os.path.join(scripts, "portal-db.sh"), "start", os.path.join(work, "db"),
                                      "--port", "0"], capture_output=True, text=True, check=True).stdout.strip()
            args = [os.path.join(scripts, "portal-proxy.sh"), "start", work, "--port", "0", "--build", build,
                    "--db", self.db]
        else:
            args = [os.path.join(scripts, "portal-cluster.sh"), "start", work, "--port", "0", "--build", build]
        r = subprocess.run(args + ["--", "--requests-per-minute", "100000"], capture_output=True, text=True,
                           env=self.env)
        if r.returncode != 0:
            raise SystemExit(f"setup {name}: {r.stdout} {r.stderr}")
        self.url = re.search(r"listening (https://127\.0\.0\.1:\d+)", r.stdout).group(1)
        if name == "c":
            self.db = subprocess.run([os.path.join(scripts, "portal-cluster.sh"), "url", work],
                                     capture_output=True, text=True, check=True).stdout.strip()

    def pids(self):
        named = {}
        for f in sorted(os.listdir(self.work)):
            if f.startswith("portal") and f.endswith(".pid"):
                with open(os.path.join(self.work, f)) as h:
                    named[f[:-4]] = [int(h.read())]
        with open(os.path.join(self.work, "nginx.pid")) as h:
            master = int(h.read())
        named["nginx"] = [master] + children(master)
        if self.name != "a":
            pidfile = os.path.join(self.work, "db", "data", "postmaster.pid")
            with open(pidfile) as h:
                master = int(h.readline())
            named["postgres"] = [master] + children(master)
        return named

    def stop(self):
        scripts = os.path.join(ROOT, "scripts")
        if self.name == "c":
            subprocess.run([os.path.join(scripts, "portal-cluster.sh"), "stop", self.work], capture_output=True)
        else:
            subprocess.run([os.path.join(scripts, "portal-proxy.sh"), "stop", self.work], capture_output=True)
            if self.name == "b":
                subprocess.run([os.path.join(scripts, "portal-db.sh"), "stop", os.path.join(self.work, "db")],
                               capture_output=True)

    def query(self, sql):
        if self.name == "a":
            with sqlite3.connect(self.db) as c:
                return [tuple(row) for row in c.execute(sql).fetchall()]
        r = subprocess.run(["psql", self.db, "-At", "-F", "\t", "-c", sql], capture_output=True, text=True)
        return [tuple(line.split("\t")) for line in r.stdout.splitlines() if line]


def run(setup_name, build, seats, dossiers, kill, documents, pace):
    label = {"a": "(a) one instance, SQLite", "b": "(b) one instance, PostgreSQL",
             "c": "(c) two instances, PostgreSQL, behind the proxy"}[setup_name]
    if kill:
        label += ", one killed midway"
    if pace:
        label += f", a pause of {pace:g} s on average before each dossier"
    work = tempfile.mkdtemp(prefix="mandatdesk-load-", dir="/tmp")
    os.chmod(work, 0o755)
    setup = Setup(setup_name, build, work, seats)
    try:
        portal = os.path.join(build, "portal", "mandatdesk-portal")
        logins = [f"seat{i:03d}" for i in range(seats)]

        def add(login):
            account = f"account{int(login[4:]) // SEATS_PER_ACCOUNT:02d}"
            subprocess.run([portal, "--db", setup.db, "user", "add", login, "--account", account, "--right",
                            "mandates", "--password", PASSWORD], check=True, capture_output=True)

        with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
            list(pool.map(add, logins))
        context = ssl.create_default_context(cafile=os.path.join(work, "certs", "ca.pem"))
        context.check_hostname = False
        stats = Stats()
        people = [Seat(login, setup.url, context, stats) for login in logins]
        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(seats) as pool:
            list(pool.map(lambda s: s.do_login(), people))
        login_seconds = time.perf_counter() - start

        pids = setup.pids()
        cpu_before = {name: sum(cpu_seconds(p) for p in ps) for name, ps in pids.items()}
        client_before = os.times()
        killed = None
        used_by_killed = []  # CPU of the instance killed, up to its death
        if kill:
            total = seats * dossiers * (len(documents) + 2)

            def killer():
                nonlocal killed
                while sum(len(v) for k, v in stats.latency.items() if k != "POST /login") < total // 2:
                    time.sleep(0.05)
                pid = pids["portal"][0]
                used_by_killed.append(cpu_seconds(pid) - cpu_before["portal"])
                os.kill(pid, signal.SIGKILL)
                killed = time.perf_counter() - start

            threading.Thread(target=killer, daemon=True).start()
        start = time.perf_counter()
        with concurrent.futures.ThreadPoolExecutor(seats) as pool:
            failures = [f for f in pool.map(lambda s: s.work(dossiers, documents, pace), people) if f]
        seconds = time.perf_counter() - start
        client_after = os.times()
        cpu = {name: sum(cpu_seconds(p) for p in ps) - cpu_before[name] for name, ps in pids.items()}
        if used_by_killed:
            cpu["portal"] = used_by_killed[0]
        # Every seat pulls once more: the final state each sees (all at once, not in the figures).
        final = Stats()
        for person in people:
            person.stats = final
        with concurrent.futures.ThreadPoolExecutor(seats) as pool:
            list(pool.map(lambda s: s.pull(), people))

        requests = sum(len(v) for k, v in stats.latency.items() if k != "POST /login")
        out(f"{label}: {seats} seats × {dossiers} dossiers, {requests} requests in {seconds:.1f} s = "
            f"{requests / seconds:.0f} requests/s (logins apart: {seats} in {login_seconds:.1f} s)")
        out(f"  {'route':<34} {'count':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}  statuses")
        for route in sorted(stats.latency):
            v = stats.latency[route]
            statuses = ", ".join(f"{s}×{n}" for (r, s), n in sorted(stats.status.items()) if r == route)
            out(f"  {route:<34} {len(v):>6} {percentile(v, 50) * 1000:>8.1f} {percentile(v, 95) * 1000:>8.1f} "
                f"{percentile(v, 99) * 1000:>8.1f}  {statuses}")
        client_cpu = (client_after.user - client_before.user) + (client_after.system - client_before.system)
        out("  CPU seconds: " + ", ".join(f"{n} {c:.1f}" for n, c in sorted(cpu.items()))
            + f", the seats (this script) {client_cpu:.1f}; wall {seconds:.1f} s on {os.cpu_count()} cores")
        odd = sorted({(r, s) for (r, s) in stats.status if s not in (200, 201, 202, 204, 429)})
        retried = sum(s.retried for s in people)
        if kill:
            out(f"  instance killed at {killed:.1f} s; requests sent again after a cut connection or a 502: "
                f"{retried}; creations whose answer was lost, found made: {sum(s.recovered for s in people)}; "
                f"submissions told in_flight and asked again: {sum(s.in_flight for s in people)}")
        # The checks: what the database holds against what the seats were told.
        made = [(m, st) for s in people for (m, st) in s.made]
        ids = {m for m, _ in made}
        rows = setup.query("SELECT id, version, status FROM mandates")
        stored = {r[0]: (int(r[1]), r[2]) for r in rows}
        documents_held = setup.query("SELECT mandate_id, COUNT(*) FROM documents GROUP BY mandate_id")
        short = [m for m, n in documents_held if int(n) != len(documents)]
        submissions = setup.query("SELECT mandate_id, COUNT(*) FROM audit WHERE action = 'submitted' "
                                  "GROUP BY mandate_id")
        twice = [m for m, n in submissions if int(n) != 1]
        accepted = {m for m, st in made if st == 202}
        lost = [m for m in accepted if stored.get(m, (0, ""))[1] != "under_review"]
        views = collections.defaultdict(set)
        for s in people:
            views[int(s.login[4:]) // SEATS_PER_ACCOUNT].add(json.dumps(sorted(s.seen.items())))
        differing = [a for a, v in views.items() if len(v) != 1]
        out(f"  checks: {len(stored)} mandates stored for {len(ids)} made ({len(made)} pushes), "
            f"{len(ids - set(stored))} lost, {len(short)} with documents missing, {len(twice)} submitted twice, "
            f"{len(accepted)} accepted and {len(lost)} of them not under review; accounts whose seats "
            f"see different states: {len(differing)}; errors other than 429: "
            f"{', '.join(f'{r} {s}' for r, s in odd) or 'none'}"
            + (f"; seat errors: {stats.errors[:5]}" if stats.errors else ""))
        return requests / seconds
    finally:
        setup.stop()
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build-bench"))
    parser.add_argument("--seats", type=int, default=200)
    parser.add_argument("--dossiers", type=int, default=2)
    parser.add_argument("--setups", default="a,b,c")
    parser.add_argument("--kill", action="store_true", help="also (c) with one instance killed midway")
    parser.add_argument("--pace", type=float, default=0,
                        help="mean pause of a seat before each dossier, in seconds (0: back to back)")
    args = parser.parse_args()
    build = os.path.abspath(args.build)
    today = time.strftime("%d/%m/%Y")
    documents = {}
    for kind, data in (("kbis", None), ("invoice", None), ("mandate", pdf("Mandat signe", 1024 * 1024))):
        if data is None:
            fixtures = os.path.join(build, "bench-load-fixtures-" + time.strftime("%Y-%m-%d"))
            if not os.path.isfile(os.path.join(fixtures, "kbis.pdf")):
                subprocess.run([os.path.join(build, "tests", "make_fixtures"), fixtures], check=True,
                               capture_output=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
            with open(os.path.join(fixtures, f"{kind}.pdf"), "rb") as f:
                data = f.read()
        documents[kind] = (hashlib.sha256(data).hexdigest(), data,
                           "PUT /documents (1 MB)" if len(data) > 512 * 1024 else "PUT /documents")
    out(f"documents: {', '.join(f'{k} {len(v[1]) // 1024} KiB' for k, v in documents.items())} (fixtures of {today})")
    rates = {}
    for name in args.setups.split(","):
        rates[name] = run(name, build, args.seats, args.dossiers, False, documents, args.pace)
    if "b" in rates and "c" in rates:
        out(f"scaling of (c) over (b): {rates['c'] / rates['b']:.2f}× the requests per second")
    if args.kill:
        run("c", build, args.seats, args.dossiers, True, documents, args.pace)
    return 0


if __name__ == "__main__":
    sys.exit(main())
