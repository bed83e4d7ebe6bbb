#!/usr/bin/env python3
"""The sync benchmark (issue 15): N dossiers with their three documents queued while no portal
was there, then one `mandatdesk-cli sync`, timed, against the reference portal on 127.0.0.1
over TLS; then the very requests that sync made, with the same bytes, replayed by curl over one
kept-alive connection to a fresh portal. Then a fresh seat of the account (a new profile) logs
in and syncs: the whole book comes down, timed, and curl sends its GETs again. Client and curl run in turn R times (3 by default; the
machine is shared and noisy): prints requests, seconds, requests per second and MB/s (request
bodies) of the best run of each, the connections each used, and the ratio client/curl.

  bench/bench_sync.py [--build DIR] [--runs R] [--paced] [N ...]   (N: 100 and 1000 by default)

The portal is started with a limit no run reaches (--requests-per-minute), which its /limits
states; --paced adds a run of the client alone at the portal's default limit (600 a minute),
where the client waits as Retry-After says. Profiles are made once a day under
DIR/bench-sync/ (bench_sync_profile) and copied for each run. Benchmarks print figures; they
pass no judgement and exit 0 when they ran.
"""
import argparse
import collections
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
USER, PASSWORD = "bench", "bench-password"
UNREACHED_LIMIT = 1_000_000


def out(line=""):
    print(line, flush=True)


class Portal:
    """One mandatdesk-portal in its own directory, with the benchmark's user."""

    def __init__(self, build, work, certs, limit):
        self.work = work
        os.makedirs(work)
        exe = os.path.join(build, "portal", "mandatdesk-portal")
        db = os.path.join(work, "portal.sqlite")
        subprocess.run([exe, "--db", db, "user", "add", USER, "--account", "bench", "--right", "mandates",
                        "--password", PASSWORD], check=True, capture_output=True)
        self.record = os.path.join(work, "requests.jsonl")
        self.access = os.path.join(work, "access.log")
        self.proc = subprocess.Popen(
            [exe, "--db", db, "serve", "--cert", os.path.join(certs, "server.pem"), "--key",
             os.path.join(certs, "server.key"), "--requests-per-minute", str(limit),
             "--record-requests", self.record, "--access-log", self.access],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.proc.stdout.readline().strip()
        m = re.match(r"listening (https://127\.0\.0\.1:\d+)$", line)
        if not m:
            self.stop()
            raise SystemExit(f"the portal did not start: {line!r}")
        self.url = m.group(1)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=30)

    def recorded(self):
        """(requests, connections accepted) from the request record."""
        requests, connections = [], 0
        with open(self.record, encoding="utf-8") as f:
            for line in f:
                o = json.loads(line)
                if "method" in o:
                    requests.append(o)
                else:
                    connections += 1
        return requests, connections

    def statuses(self, lines=None):
        """Counter of (method, route, status) from the access log's first `lines` lines (the
        submit's answer comes late: the order may differ, the counts may not)."""
        c = collections.Counter()
        with open(self.access, encoding="utf-8") as f:
            for i, line in enumerate(f):
                if lines is not None and i >= lines:
                    break
                parts = line.split()
                c[(parts[2], parts[3], parts[4])] += 1
        return c

    def access_lines(self):
        with open(self.access, encoding="utf-8") as f:
            return sum(1 for _ in f)


def profile_for(build, dossiers):
    """A profile of `dossiers` queued dossiers, made once a day (their documents are fresh today)."""
    cache = os.path.join(build, "bench-sync", f"profile-{dossiers}-{datetime.date.today().isoformat()}")
    if not os.path.isfile(os.path.join(cache, "mandatdesk.sqlite")):
        shutil.rmtree(cache, ignore_errors=True)
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        tmp = cache + ".making"
        shutil.rmtree(tmp, ignore_errors=True)
        r = subprocess.run([os.path.join(build, "bench", "bench_sync_profile"), "make", tmp, str(dossiers)],
                           capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit(f"bench_sync_profile: {r.stderr.strip()}")
        out(f"  (profile made: {r.stdout.strip()})")
        os.rename(tmp, cache)
    return cache


def run_client(build, work, certs, dossiers, limit):
    """One `mandatdesk-cli sync --password-stdin` of a copy of the profile, timed."""
    portal = Portal(build, os.path.join(work, "portal"), certs, limit)
    try:
        profile = os.path.join(work, "profile")
        shutil.copytree(profile_for(build, dossiers), profile)
        subprocess.run([os.path.join(build, "bench", "bench_sync_profile"), "portal", profile, portal.url, USER,
                        os.path.join(certs, "ca.pem")], check=True, capture_output=True)
        env = dict(os.environ, HOME=work, LC_ALL="C.UTF-8")
        sync = [os.path.join(build, "app", "mandatdesk-cli"), "--profile", profile, "--json", "sync",
                "--password-stdin"]
        os.sync()  # the copy's writing back is not the client's to wait for
        start = time.perf_counter()
        r = subprocess.run(sync, input=PASSWORD + "\n", capture_output=True, text=True, env=env)
        seconds = time.perf_counter() - start
        # Once more: what the portal holds is not sent again (not timed, not replayed).
        first, first_connections = len(portal.recorded()[0]), portal.recorded()[1]
        portal.first_access = portal.access_lines()
        again = subprocess.run(sync, input=PASSWORD + "\n", capture_output=True, text=True, env=env)
        portal.again = [q for q in portal.recorded()[0][first:]]
        portal.again_sent = len(json.loads(again.stdout).get("sent", [])) if again.stdout else -1
        portal.fresh = fresh_seat(build, work, certs, portal, env, dossiers)
    finally:
        portal.stop()
    try:
        report = json.loads(r.stdout)
    except ValueError:  # not JSON: what the CLI said instead
        raise SystemExit(f"mandatdesk-cli sync (exit {r.returncode}): {r.stdout[:500]} {r.stderr[:500]}")
    if len(report.get("sent", [])) != dossiers or report.get("failed"):
        raise SystemExit(f"the sync did not send every dossier: {len(report.get('sent', []))} sent, "
                         f"failed {report.get('failed')}, waiting {report.get('waiting')}")
    requests, connections = portal.recorded()
    return seconds, report, requests[:first], first_connections, portal


def fresh_seat(build, work, certs, portal, env, dossiers):
    """A new profile of the same account logs in and syncs: the whole book comes down (issue 16),
    timed; then the very requests it made, replayed by curl over one kept-alive connection."""
    cli = os.path.join(build, "app", "mandatdesk-cli")
    profile = os.path.join(work, "fresh")
    ca = os.path.join(certs, "ca.pem")
    subprocess.run([cli, "--profile", profile, "portal", "login", portal.url, "--user", USER, "--ca", ca],
                   input=PASSWORD + "\n", capture_output=True, text=True, env=env, check=True)
    before = len(portal.recorded()[0])
    start = time.perf_counter()
    r = subprocess.run([cli, "--profile", profile, "--json", "sync", "--password-stdin"], input=PASSWORD + "\n",
                       capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - start
    requests, _ = portal.recorded()
    requests = requests[before:]
    try:
        report = json.loads(r.stdout)
    except ValueError:
        raise SystemExit(f"fresh seat's sync (exit {r.returncode}): {r.stdout[:500]} {r.stderr[:500]}")
    listed = subprocess.run([cli, "--profile", profile, "--json", "dossier", "list"], capture_output=True,
                            text=True, env=env)
    held = len(json.loads(listed.stdout)) if listed.returncode == 0 else -1
    documents = sum(1 for q in requests if q["method"] == "GET" and "/documents/" in q["path"])
    if requests and requests[0]["path"] == "/api/v1/login":
        body = json.dumps({"login": USER, "password": PASSWORD}, separators=(",", ":"))
        login = subprocess.run(["curl", "-sS", "--cacert", ca, "-X", "POST", "-H", "Content-Type: application/json",
                                "-H", "Expect:", "--data-binary", body, portal.url + "/api/v1/login"],
                               capture_output=True, text=True)
        config = os.path.join(work, "curl-fresh.conf")
        curl_config(config, portal.url, json.loads(login.stdout)["token"], requests[1:], "", ca)
        start = time.perf_counter()
        c = subprocess.run(["curl", "-sS", "-K", config], capture_output=True, text=True)
        curl_seconds = time.perf_counter() - start
        curl_ok = sum(1 for code in c.stdout.split()[0::2] if code == "200")
    else:
        curl_seconds, curl_ok = float("nan"), 0
    return {"seconds": seconds, "requests": len(requests), "documents": documents, "dossiers": held,
            "received": len(report.get("received", [])), "failed": len(report.get("failed", [])),
            "waiting": len(report.get("waiting", [])), "curl_seconds": curl_seconds,
            "curl_ok": curl_ok, "expected": dossiers}


def curl_config(path, url, token, requests, bodies, ca):
    """One curl operation per request (`next` between them): same method, path, headers and body."""
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(requests):
            if i:
                f.write("next\n")
            f.write(f'url = "{url}{r["path"]}"\n')
            f.write(f'request = "{r["method"]}"\n')
            f.write(f'cacert = "{ca}"\n')
            if r["token"]:
                f.write(f'header = "Authorization: Bearer {token}"\n')
            for name, value in r["headers"].items():
                f.write('header = "%s: %s"\n' % (name, value.replace("\\", "\\\\").replace('"', '\\"')))
            # As the client: no "Expect: 100-continue" round trip before a body.
            f.write('header = "Expect:"\n')
            if r.get("body_sha256"):
                f.write(f'data-binary = "@{os.path.join(bodies, r["body_sha256"])}"\n')
            f.write('output = "/dev/null"\n')
            f.write('write-out = "%{http_code} %{num_connects}\\n"\n')


def run_curl(build, work, certs, client_requests, client_record):
    """The client's requests again, from curl: the login, then all the others in one invocation."""
    portal = Portal(build, os.path.join(work, "portal"), certs, UNREACHED_LIMIT)
    ca = os.path.join(certs, "ca.pem")
    try:
        login, rest = client_requests[0], client_requests[1:]
        if login["path"] != "/api/v1/login":
            raise SystemExit(f"the client's first request was {login['method']} {login['path']}, not its login")
        # The login's body is never recorded (a password): the same JSON the client sends.
        body = json.dumps({"login": USER, "password": PASSWORD}, separators=(",", ":"))
        if len(body.encode()) != login["body_bytes"]:
            raise SystemExit(f"login body: {len(body.encode())} bytes, the client sent {login['body_bytes']}")
        config = os.path.join(work, "curl.conf")
        os.sync()
        start = time.perf_counter()
        r = subprocess.run(["curl", "-sS", "--cacert", ca, "-X", "POST", "-H", "Content-Type: application/json",
                            "-H", "Expect:", "--data-binary", body, portal.url + "/api/v1/login"],
                           capture_output=True, text=True)
        token = json.loads(r.stdout)["token"]
        curl_config(config, portal.url, token, rest, client_record + ".bodies", ca)
        r = subprocess.run(["curl", "-sS", "-K", config], capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if r.returncode != 0:
            raise SystemExit(f"curl: {r.stderr.strip()[:500]}")
        lines = r.stdout.split()
        connects = sum(int(n) for n in lines[1::2])
    finally:
        portal.stop()
    requests, connections = portal.recorded()
    return seconds, requests, connections, connects, portal


def figures(name, requests, seconds, connections, extra=""):
    n = len(requests)
    mb = sum(r["body_bytes"] for r in requests) / 1e6
    out(f"  {name:<28} {n:>6} requests {seconds:>8.2f} s {n / seconds:>8.1f} req/s {mb / seconds:>7.2f} MB/s"
        f"  {connections} connection(s){extra}")
    return n / seconds


def bench(build, certs, dossiers, paced, runs):
    out(f"sync of {dossiers} dossiers × 3 documents, portal on 127.0.0.1 over TLS "
        f"(limit stated: {UNREACHED_LIMIT:,} requests a minute); best of {runs}, client and curl in turn")
    client_times, curl_times = [], []
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as work:
        for run in range(runs):
            seconds, report, requests, connections, client_portal = run_client(
                build, os.path.join(work, f"client-{run}"), certs, dossiers, UNREACHED_LIMIT)
            curl_seconds, curl_requests, curl_connections, connects, curl_portal = run_curl(
                build, os.path.join(work, f"curl-{run}"), certs, requests, client_portal.record)
            client_times.append(seconds)
            curl_times.append(curl_seconds)
            if run == 0:
                first = (report, requests, connections, client_portal, curl_requests, curl_connections, curl_portal)
        report, requests, connections, client_portal, curl_requests, curl_connections, curl_portal = first
        mb = sum(r["body_bytes"] for r in requests) / 1e6
        out(f"  {len(requests)} requests, {mb:.1f} MB of request bodies, "
            f"{sum(1 for r in requests if '/documents/' in r['path'])} documents")
        client_rate = figures("client (mandatdesk-cli sync)", requests, min(client_times), connections,
                              f", paused {report['paused_ms'] / 1000:.0f} s")
        curl_rate = figures("curl (same requests)", curl_requests, min(curl_times), f"{curl_connections}",
                            " (the login, then one kept alive)")
        out("  runs: client " + " / ".join(f"{t:.2f}" for t in client_times) + " s; curl "
            + " / ".join(f"{t:.2f}" for t in curl_times) + " s")
        out(f"  a second sync: {len(client_portal.again)} requests "
            f"({', '.join(sorted(set(q['method'] + ' ' + q['path'].split('?')[0] for q in client_portal.again)))}), "
            f"{client_portal.again_sent} dossier(s) sent again")
        f = client_portal.fresh
        out(f"  a fresh seat of the account (new profile, login, sync): {f['dossiers']} of {f['expected']} dossiers "
            f"with {f['documents']} documents in {f['seconds']:.2f} s, {f['requests']} requests "
            f"({f['requests'] / f['seconds']:.1f} req/s), {f['failed']} failed, {f['waiting']} waiting; "
            f"curl, the same GETs after its login: {f['curl_seconds']:.2f} s ({f['curl_ok']} answered 200), "
            f"ratio {f['curl_seconds'] / f['seconds']:.2f}")
        same = [(r["method"], r["path"], r["body_bytes"], r.get("body_sha256")) for r in curl_requests[1:]] == [
            (r["method"], r["path"], r["body_bytes"], r.get("body_sha256")) for r in requests[1:]]
        if not same:
            out("  !! curl's requests differ from the client's")
        client_statuses = client_portal.statuses(client_portal.first_access)
        if client_statuses != curl_portal.statuses():
            diff = (client_statuses - curl_portal.statuses()) + (curl_portal.statuses() - client_statuses)
            out(f"  !! the portal answered curl otherwise: {dict(diff)}")
        out(f"  ratio client/curl (requests per second, best runs): {client_rate / curl_rate:.2f}; run by run: "
            + " / ".join(f"{b / a:.2f}" for a, b in zip(client_times, curl_times)))
        if paced:
            seconds, report, requests, connections, portal = run_client(
                build, os.path.join(work, "paced"), certs, dossiers, 600)
            limited = sum(n for (m, route, status), n in portal.statuses(portal.first_access).items()
                          if status == "429")
            out(f"  at the portal's default limit (600 a minute): {len(requests)} requests in {seconds:.1f} s, "
                f"{limited} answered 429, the client paused {report['pauses']} time(s), "
                f"{report['paused_ms'] / 1000:.1f} s in all, {len(report['sent'])} sent, "
                f"{len(report['failed'])} failed, {connections} connection(s)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", default=os.path.join(ROOT, "build-bench"))
    parser.add_argument("--paced", action="store_true",
                        help="also the client alone at the default limit, 600 requests a minute")
    parser.add_argument("--runs", type=int, default=3, help="client and curl runs, in turn (the best is kept)")
    parser.add_argument("dossiers", nargs="*", type=int, default=[100, 1000])
    args = parser.parse_args()
    build = os.path.abspath(args.build)
    if not shutil.which("curl"):
        raise SystemExit("curl is needed")
    with tempfile.TemporaryDirectory(prefix="bench-sync-certs-") as certs:
        subprocess.run([os.path.join(ROOT, "scripts", "make-test-certs.sh"), certs], check=True)
        for n in args.dossiers:
            bench(build, certs, n, args.paced and n <= 100, max(1, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
