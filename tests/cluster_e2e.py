#!/usr/bin/env python3
"""The portal for many seats, end to end (issue 17): scripts/portal-cluster.sh starts a private
PostgreSQL, two portal instances sharing nothing but it, and nginx balancing over them. Real
desktop seats (mandatdesk-cli profiles) work through the proxy while one instance is killed;
requests racing at both instances at once are decided by the database. Each check prints what
it measured; any one failing fails the test.
  tests/cluster_e2e.py SOURCE_DIR BUILD_DIR
"""
import concurrent.futures
import http.client
import json
import os
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import time
import uuid

source, build = sys.argv[1:3]
cli = os.path.join(build, "app", "mandatdesk-cli")
portal = os.path.join(build, "portal", "mandatdesk-portal")
cluster = os.path.join(source, "scripts", "portal-cluster.sh")
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        failures.append(what)


def run(args, stdin=None, env=None, check_exit=True):
    r = subprocess.run(args, input=stdin, capture_output=True, text=True, env=env)
    if check_exit and r.returncode != 0:
        raise SystemExit(f"{' '.join(args[:4])}… exit {r.returncode}: {r.stdout[-800:]} {r.stderr[-800:]}")
    return r


# Under /tmp: PostgreSQL's own user must reach its folder when the tests run as root.
work = tempfile.mkdtemp(prefix="mandatdesk-cluster-", dir="/tmp")
os.chmod(work, 0o755)
# The proxy's per-address limits are tested apart (proxy_limits.py): every seat here shares one address.
env = dict(os.environ, HOME=work, LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen", PROXY_RATE="1000",
           PROXY_BURST="1000")
started = run([cluster, "start", work, "--port", "0", "--build", build], env=env)
print(started.stdout.strip())
try:
    proxy = started.stdout.split("listening ")[1].split()[0]
    backends = [b.strip(" ,") for b in started.stdout.split("(portal on ")[1].split(", loopback")[0].split(", ")]
    check(len(backends) == 2, f"two instances behind the proxy: {backends}")
    db = run([cluster, "url", work]).stdout.strip()
    ca = os.path.join(work, "certs", "ca.pem")
    for login, account in (("alice", "acme"), ("bob", "acme"), ("carol", "globex")):
        run([portal, "--db", db, "user", "add", login, "--account", account, "--right", "mandates"], stdin="pw\n")

    context = ssl.create_default_context(cafile=ca)
    context.check_hostname = False  # 127.0.0.1, a certificate for localhost

    def call(base, method, path, body=None, headers=None, token=None):
        host, port = base.replace("https://", "").split(":")
        c = http.client.HTTPSConnection(host, int(port), context=context, timeout=30)
        h = {"Content-Type": "application/json", **(headers or {})}
        if token:
            h["Authorization"] = "Bearer " + token
        c.request(method, path, body=body, headers=h)
        r = c.getresponse()
        data = r.read()
        c.close()
        try:
            parsed = json.loads(data) if data else {}
        except ValueError:
            parsed = {}
        return r.status, parsed

    # The races: on another account's mandates (the seats below see only theirs).
    status, answer = call(proxy, "POST", "/api/v1/login", json.dumps({"login": "carol", "password": "pw"}))
    token = answer.get("token", "")
    check(status == 200 and token, f"login through the proxy: {status}")
    for b in backends:
        status, answer = call(b, "GET", "/api/v1/health")
        check(status == 200 and answer.get("status") == "ok", f"health of {b}: {status} {answer}")

    def mandate(name):
        return json.dumps({"name": name, "use": "agents", "numbers": ["+33162123456"],
                           "client": {"legal_name": "ACME TÉLÉCOM", "siren": "518452750"}})

    # Twenty writes of the same version at once, ten at each instance: one wins, the others are
    # told the mandate changed; none is lost or doubled.
    mid = str(uuid.uuid4())
    status, _ = call(proxy, "PUT", f"/api/v1/mandates/{mid}", mandate("Course"), token=token)
    check(status == 201, f"a mandate made through the proxy: {status}")
    with concurrent.futures.ThreadPoolExecutor(20) as pool:
        puts = list(pool.map(lambda i: call(backends[i % 2], "PUT", f"/api/v1/mandates/{mid}",
                                            mandate(f"Écrit par {i}"), {"If-Match": '"1"'}, token)[0],
                             range(20)))
    check(puts.count(200) == 1 and puts.count(412) == 19,
          f"20 PUTs of version 1 at both instances at once: {puts.count(200)} × 200, {puts.count(412)} × 412")
    status, now = call(proxy, "GET", f"/api/v1/mandates/{mid}", token=token)
    check(now.get("version") == 2, f"the mandate is at version {now.get('version')} (2: one write)")
    # One new mandate made at both at once, each time with another content: made once, the
    # others told it changed.
    made = str(uuid.uuid4())
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        creates = list(pool.map(lambda i: call(backends[i % 2], "PUT", f"/api/v1/mandates/{made}",
                                               mandate(f"Créé par {i} ?"), None, token)[0], range(8)))
    check(creates.count(201) == 1 and creates.count(412) == 7,
          f"8 creations of one mandate at both instances: {creates.count(201)} × 201, {creates.count(412)} × 412")
    # The same creation sent 8 times at once (a retry whose answer was lost, sent again to the
    # other instance): made once, and each told it is there, at version 1.
    again = str(uuid.uuid4())
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        repeats = list(pool.map(lambda i: call(backends[i % 2], "PUT", f"/api/v1/mandates/{again}",
                                               mandate("Envoyé huit fois"), None, token), range(8)))
    statuses = [r[0] for r in repeats]
    check(statuses.count(201) == 1 and statuses.count(200) == 7 and all(r[1].get("version") == 1 for r in repeats),
          f"the same creation 8 times at both instances: {statuses.count(201)} × 201, {statuses.count(200)} × 200, "
          f"versions {sorted({r[1].get('version') for r in repeats})}")

    # Seats: A shares its drafts at once, B receives them.
    fx = os.path.join(work, "fixtures")
    run([os.path.join(build, "tests", "make_fixtures"), fx], env=env)
    seats = {}
    for seat, login in (("A", "alice"), ("B", "bob")):
        profile = os.path.join(work, seat)
        seats[seat] = profile
        run([cli, "--profile", profile, "portal", "login", proxy, "--user", login, "--ca", ca], stdin="pw\n", env=env)

    def seat(name, *args, stdin=None, check_exit=True):
        return run([cli, "--profile", seats[name], "--json", *args], stdin=stdin, env=env, check_exit=check_exit)

    def sync(name):
        r = seat(name, "sync", "--password-stdin", stdin="pw\n", check_exit=False)
        try:
            return r.returncode, json.loads(r.stdout)
        except ValueError:
            return r.returncode, {"failed": [r.stdout[-300:] + r.stderr[-300:]]}

    run([cli, "--profile", seats["A"], "portal", "share-drafts", "at-once"], env=env)
    count = 30
    for i in range(count):
        # The first one, ready to submit: the numbers its invoice shows.
        other = "01 62 12 34 57" if i == 0 else f"01 62 12 35 {i:02d}"
        seat("A", "dossier", "create", "--name", f"Client {i:02d}", "--client-name", "ACME TÉLÉCOM",
             "--siren", "518452750", "--number", "01 62 12 34 56", "--number", other,
             "--representative", "Élodie Durand", "--representative-title", "Présidente", "--legal-form", "SAS",
             "--address", "12 rue de la Paix 44000 Nantes", "--rcs-city", "Nantes")
    listed = json.loads(seat("A", "dossier", "list").stdout)
    ready = [d["id"] for d in listed if d["name"] == "Client 00"][0]
    seat("A", "dossier", "add-document", ready, "--kind", "kbis", os.path.join(fx, "kbis.pdf"))
    seat("A", "dossier", "add-document", ready, "--kind", "invoice", os.path.join(fx, "invoice.pdf"))
    filled = os.path.join(work, "mandat.pdf")
    seat("A", "fill", ready, "--out", filled, "--place", "Nantes")
    signed = os.path.join(work, "mandat-signe.pdf")
    shutil.copy(filled, signed)
    with open(signed, "ab") as f:
        f.write(b"%signed\n")  # another file: the scan of the signed copy
    seat("A", "dossier", "add-document", ready, "--kind", "mandate", signed)
    shown = json.loads(seat("A", "dossier", "show", ready).stdout)
    signed_id = [d["id"] for d in shown["documents"] if d["kind"] == "mandate"][0]
    seat("A", "dossier", "confirm-signature", signed_id)

    code, report = sync("A")
    check(code == 0 and len(report.get("sent", [])) == count,
          f"seat A shares {count} dossiers through the proxy: exit {code}, {len(report.get('sent', []))} sent, "
          f"failed {report.get('failed')}")

    # B receives them while one instance is killed under it.
    receiving = subprocess.Popen([cli, "--profile", seats["B"], "--json", "sync", "--password-stdin"],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True, env=env)
    receiving.stdin.write("pw\n")
    receiving.stdin.close()
    access = os.path.join(work, "nginx-access.log")

    def requests_seen():
        with open(access) as f:
            return sum(1 for _ in f)

    before = requests_seen()
    deadline = time.time() + 60
    while requests_seen() < before + 15 and receiving.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    with open(os.path.join(work, "portal.pid")) as f:
        killed = int(f.read())
    os.kill(killed, signal.SIGKILL)
    midway = receiving.poll() is None
    at = requests_seen() - before
    receiving.wait(timeout=300)
    check(midway, f"instance {backends[0]} killed during B's sync, after {at} of its requests "
                  f"(that sync exited {receiving.returncode})")
    syncs = 1
    for _ in range(5):
        code, report = sync("B")
        syncs += 1
        if code == 0 and not report.get("waiting"):
            break
    b_list = {d["id"]: d["status"] for d in json.loads(seat("B", "dossier", "list").stdout)}
    a_list = {d["id"]: d["status"] for d in json.loads(seat("A", "dossier", "list").stdout)}
    check(b_list == a_list and len(b_list) == count,
          f"seat B holds the {len(b_list)} dossiers of A, in {syncs} syncs through the instance left")
    b_docs = len(json.loads(seat("B", "dossier", "show", ready).stdout)["documents"])
    check(b_docs == 3, f"with the ready dossier's documents: {b_docs}")

    # A submits through the instance left; the operator approves; both see it valid.
    r = seat("A", "submit", ready, "--password-stdin", stdin="pw\n", check_exit=False)
    check(r.returncode == 0, f"seat A submits through the proxy: exit {r.returncode}"
                             + ("" if r.returncode == 0 else f" {r.stdout[-400:]}"))
    approve = run([portal, "--db", db, "review", "approve", ready], check_exit=False)
    check(approve.returncode == 0, f"the operator approves: {approve.stdout.strip()} {approve.stderr.strip()}")
    for name in ("A", "B"):
        sync(name)
        status = {d["id"]: d["status"] for d in json.loads(seat(name, "dossier", "list").stdout)}[ready]
        check(status == "valid", f"seat {name} sees it: {status}")

    # No duplicates, no lost writes: what the database holds.
    def sql(query):
        return subprocess.run(["psql", db, "-At", "-c", query], capture_output=True, text=True).stdout.strip()

    mandates = int(sql("SELECT COUNT(*) FROM mandates"))
    check(mandates == count + 3, f"mandates on the portal: {mandates} (the {count} dossiers and the 3 raced)")
    submitted = int(sql(f"SELECT COUNT(*) FROM audit WHERE mandate_id = '{ready}' AND action = 'submitted'"))
    check(submitted == 1, f"submissions of the ready dossier: {submitted}")
    seq = sql("SELECT COUNT(*) || ' ' || COUNT(DISTINCT account_seq) || ' ' || (MAX(account_seq) - "
              "MIN(account_seq) + 1) FROM changes WHERE account = 'acme'").split()
    check(len(set(seq)) == 1, f"the account's changes: {seq[0]}, numbered once each, none skipped ({seq})")
finally:
    subprocess.run([cluster, "stop", work], capture_output=True)
    shutil.rmtree(work, ignore_errors=True)

print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
