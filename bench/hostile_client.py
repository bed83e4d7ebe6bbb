#!/usr/bin/env python3
"""A hostile client for the reference operator portal (docs/portal-api.md): it measures what
the portal, behind its reverse proxy (scripts/portal-proxy.sh, nginx), does with abusive
requests, and prints one line per measurement. Not a pass/fail test: it exits 0 when it ran.

  bench/hostile_client.py [--build DIR]
      starts mandatdesk-portal behind nginx in a temporary directory (DIR/portal/...,
      build-release by default), adds the users it needs, and stops both at the end.
  bench/hostile_client.py --url https://127.0.0.1:P --ca CA.pem --db PORTAL.sqlite
                          [--backend https://127.0.0.1:B] [--pid PORTAL_PID] [--build DIR]
      an already running proxy; the users are added to PORTAL.sqlite with the portal's
      command line; without --backend the direct attacks are skipped, without --pid no RSS.

Traffic goes to 127.0.0.1 only; every loop is bounded (whole run: about 1-3 minutes).
"""
import argparse
import hashlib
import http.client
import json
import os
import random
import select
import shutil
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUN_DEADLINE = time.monotonic() + 170  # the attacks shorten their loops past this


def out(line):
    print(line, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Target:
    """One HTTPS endpoint (the proxy or the portal's loopback backend)."""

    def __init__(self, name, url, context):
        parsed = urllib.parse.urlsplit(url)
        if parsed.hostname not in ("127.0.0.1", "localhost"):
            raise SystemExit(f"{url}: only 127.0.0.1 is allowed")
        self.name, self.host, self.port, self.context = name, "127.0.0.1", parsed.port, context
        self.local = threading.local()

    def _conn(self, fresh=False):
        c = getattr(self.local, "conn", None)
        if fresh or c is None:
            if c is not None:
                c.close()
            c = http.client.HTTPSConnection(self.host, self.port, context=self.context, timeout=150)
            self.local.conn = c
        return c

    def request(self, method, path, body=None, headers=None, token=None, setup=False):
        """(status, headers {lower: value}, body bytes, seconds); status 0 and the error as body
        when the connection failed. setup=True retries the proxy's 429 (pacing, not measured)."""
        h = dict(headers or {})
        if token:
            h["Authorization"] = "Bearer " + token
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
            h.setdefault("Content-Type", "application/json; charset=utf-8")
        for attempt in range(40 if setup else 2):
            start = time.monotonic()
            try:
                c = self._conn(fresh=attempt > 0 and not setup)
                c.request(method, path, body=body, headers=h)
                r = c.getresponse()
                data = r.read()
                took = time.monotonic() - start
                hdrs = {k.lower(): v for k, v in r.getheaders()}
                if hdrs.get("connection", "").lower() == "close":
                    self._conn(fresh=True)
                if setup and r.status == 429 and not hdrs.get("content-type", "").startswith("application/json"):
                    time.sleep(0.25)
                    continue
                return r.status, hdrs, data, took
            except (http.client.HTTPException, OSError) as e:
                took = time.monotonic() - start
                self._conn(fresh=True)
                if attempt + 1 >= (40 if setup else 2) or isinstance(e, socket.timeout):
                    return 0, {}, f"{type(e).__name__}: {e}".encode(), took
                time.sleep(0.1)
        return 429, {}, b"(setup: still 429 after retries)", 0.0

    def raw(self, timeout=60):
        s = socket.create_connection((self.host, self.port), timeout=timeout)
        return self.context.wrap_socket(s, server_hostname="localhost")


def rss(pid):
    """'RSS x MiB (peak y MiB)' of the portal, from /proc/PID/status."""
    if not pid:
        return "RSS n/a"
    try:
        with open(f"/proc/{pid}/status") as f:
            fields = dict(line.split(":", 1) for line in f if ":" in line)
        kib = lambda k: int(fields[k].split()[0]) // 1024
        return f"RSS {kib('VmRSS')} MiB (peak {kib('VmHWM')})"
    except (OSError, KeyError, ValueError):
        return "RSS n/a (portal gone?)"


def alive(pid):
    if not pid:
        return "?"
    return "alive" if os.path.exists(f"/proc/{pid}") else "GONE"


def histogram(statuses):
    counts = {}
    for s in statuses:
        counts[s] = counts.get(s, 0) + 1
    return "{" + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) + "}"


def error_code(body):
    try:
        j = json.loads(body)
        return j.get("error", "") if isinstance(j, dict) else ""
    except ValueError:
        return "non-JSON"


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


# ---------------------------------------------------------------- documents made by hand

def pdf(pages):
    """A minimal valid PDF: `pages` empty pages sharing one empty content stream, under one
    flat Pages node (MediaBox inherited)."""
    first_page = 4
    count = pages
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count %d /MediaBox [0 0 595 842] /Resources << >> /Kids [" % count
        + b" ".join(b"%d 0 R" % (first_page + i) for i in range(count)) + b"] >>",
        b"<< /Length 0 >>\nstream\n\nendstream",
    ]
    page = b"<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>"
    chunks = [b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"]
    offsets = []
    pos = len(chunks[0])
    for n in range(1, first_page + count):
        body = objects[n - 1] if n < first_page else page
        chunk = b"%d 0 obj\n%s\nendobj\n" % (n, body)
        offsets.append(pos)
        chunks.append(chunk)
        pos += len(chunk)
    xref = [b"xref\n0 %d\n" % (len(offsets) + 1), b"0000000000 65535 f \n"]
    xref += [b"%010d 00000 n \n" % o for o in offsets]
    chunks += xref
    chunks.append(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, pos))
    return b"".join(chunks)


def pdf_noise(pages, side=600):
    """`pages` scanned pages (no text layer) sharing one picture of grey noise: small to send,
    slow to OCR."""
    rnd = random.Random(1)
    img = zlib.compress(bytes(rnd.getrandbits(8) for _ in range(side * side)))
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    first_page = 5
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count %d /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> /Kids ["
        % pages + b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages)) + b"] >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Filter /FlateDecode /Length %d >>\nstream\n" % (side, side, len(img)) + img + b"\nendstream",
    ]
    page = b"<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>"
    chunks = [b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"]
    offsets = []
    pos = len(chunks[0])
    for n in range(1, first_page + pages):
        chunk = b"%d 0 obj\n%s\nendobj\n" % (n, objects[n - 1] if n < first_page else page)
        offsets.append(pos)
        chunks.append(chunk)
        pos += len(chunk)
    chunks.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
    chunks += [b"%010d 00000 n \n" % o for o in offsets]
    chunks.append(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, pos))
    return b"".join(chunks)


def pdf_text(lines):
    """A one-page PDF whose text layer holds `lines` (ASCII, Helvetica)."""
    esc = lambda t: t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 12 Tf 60 780 Td " + " ".join(f"({esc(t)}) Tj 0 -18 Td" for t in lines) + " ET"
    content = content.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    chunks = [b"%PDF-1.4\n"]
    offsets = []
    pos = len(chunks[0])
    for n, body in enumerate(objects, 1):
        chunk = b"%d 0 obj\n%s\nendobj\n" % (n, body)
        offsets.append(pos)
        chunks.append(chunk)
        pos += len(chunk)
    chunks.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    chunks += [b"%010d 00000 n \n" % o for o in offsets]
    chunks.append(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, pos))
    return b"".join(chunks)


def fresh_documents(tag):
    """Readable mandate, Kbis and invoice dated 10 days ago (distinct bytes per `tag`)."""
    day = time.strftime("%d/%m/%Y", time.localtime(time.time() - 10 * 86400))
    return {
        "mandate": pdf_text(["Mandat d'utilisation de numeros", f"Ref {tag}", "Signe par Eve Attaquante"]),
        "kbis": pdf_text(["Extrait Kbis", "Registre du commerce et des societes", f"Ref {tag}",
                          "732 829 320 R.C.S. Paris", f"Extrait a jour au {day}"]),
        "invoice": pdf_text([f"Facture n 2026-{tag}", f"Date de facture : {day}",
                             "Ligne 01 62 12 34 56"]),
    }


def sha(data):
    return hashlib.sha256(data).hexdigest()


def mandate_body(name, **overrides):
    body = {
        "name": name,
        "client": {"legal_name": "Hostile SAS", "legal_form": "SAS", "share_capital": "1000 EUR",
                   "address": "1 rue de la Paix, 75002 Paris", "siren": "732829320",
                   "rcs_city": "Paris", "representative_name": "Eve Attaquante",
                   "representative_title": "Présidente"},
        "numbers": ["+33162123456"],
        "use": "agents",
        "renews": None,
    }
    body.update(overrides)
    return body


class Client:
    """A logged-in user on one target."""

    def __init__(self, target, login, password):
        self.t = target
        st, _, data, _ = target.request("POST", "/api/v1/login", {"login": login, "password": password},
                                        setup=True)
        if st != 200:
            raise RuntimeError(f"login {login} on {target.name}: {st} {data[:200]!r}")
        self.token = json.loads(data)["token"]

    def call(self, method, path, body=None, headers=None, setup=True):
        return self.t.request(method, path, body, headers, token=self.token, setup=setup)

    def create(self, name, **overrides):
        mid = str(uuid.uuid4())
        st, _, data, _ = self.call("PUT", f"/api/v1/mandates/{mid}", mandate_body(name, **overrides))
        if st != 201:
            raise RuntimeError(f"PUT mandate: {st} {data[:200]!r}")
        return mid

    def upload(self, mid, kind, data, media="application/pdf", name=None):
        h = {"Content-Type": media, "X-File-Name": name or f"{kind}.pdf"}
        return self.call("PUT", f"/api/v1/mandates/{mid}/documents/{kind}/{sha(data)}", data, h)

    def submit(self, mid, version, key=None, body=None):
        h = {"Idempotency-Key": key or str(uuid.uuid4()), "Content-Type": "application/json"}
        raw = body if body is not None else json.dumps({"version": version}).encode()
        return self.call("POST", f"/api/v1/mandates/{mid}/submit", raw, h)

    def get(self, mid):
        st, hdrs, data, _ = self.call("GET", f"/api/v1/mandates/{mid}")
        return st, (json.loads(data) if st == 200 else {}), hdrs

    def ready_mandate(self, name, **overrides):
        """A mandate with its three documents (text PDFs dated 10 days ago)."""
        mid = self.create(name, **overrides)
        for kind, data in fresh_documents(mid[:8]).items():
            st, _, body, _ = self.upload(mid, kind, data)
            if st not in (200, 201):
                raise RuntimeError(f"upload {kind}: {st} {body[:200]!r}")
        return mid


# ---------------------------------------------------------------- the attacks

def big_post(target, path, total, pid, deadline_s=60):
    """Streams a `total`-byte body; stops when the server answers or closes. Returns a line."""
    before = rss(pid)
    start = time.monotonic()
    sent = 0
    reply = b""
    note = ""
    try:
        s = target.raw(timeout=30)
    except OSError as e:
        return f"connect failed: {e}"
    try:
        head = (f"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                f"Content-Length: {total}\r\nConnection: close\r\n\r\n").encode()
        s.sendall(head)
        chunk = b'{"login":"' + b"x" * (1024 * 1024 - 10)
        while sent < total and time.monotonic() - start < deadline_s:
            r, _, _ = select.select([s], [], [], 0)
            if r or s.pending():
                # Readable: an answer, a close, or only TLS 1.3 session tickets (no data).
                s.setblocking(False)
                try:
                    data = s.recv(65536)
                    reply += data
                    if not data:
                        note = " (closed by the server)"
                    break  # the server says something: stop sending
                except ssl.SSLWantReadError:
                    pass
                except (ConnectionResetError, ssl.SSLError) as e:
                    note = f" (read: {type(e).__name__})"
                    break
                finally:
                    s.settimeout(30)
            piece = chunk[: min(len(chunk), total - sent)]
            try:
                s.sendall(piece)
            except (BrokenPipeError, ConnectionResetError, ssl.SSLError, socket.timeout) as e:
                note = f" (send stopped: {type(e).__name__})"
                break
            sent += len(piece)
        if sent < total and not note and time.monotonic() - start >= deadline_s:
            note = f" (gave up sending after {deadline_s} s)"
        s.settimeout(max(5.0, 150 - (time.monotonic() - start)))
        try:
            while b"\r\n\r\n" not in reply and len(reply) < 65536:
                data = s.recv(65536)
                if not data:
                    break
                reply += data
        except (ConnectionResetError, ssl.SSLError, socket.timeout) as e:
            note += f" (read: {type(e).__name__})"
    finally:
        s.close()
    took = time.monotonic() - start
    status = reply.split(b" ")[1].decode() if reply.startswith(b"HTTP/") else "none"
    time.sleep(1.0)
    return (f"status {status}, sent {sent / 2**20:.1f} of {total / 2**20:.0f} MiB in {took:.2f} s{note}; "
            f"portal {before} -> {rss(pid)} 1 s later, {alive(pid)}")


def attack1(proxy, backend, pid):
    total = 300 * 1024 * 1024
    out("[1] 300 MiB POST /api/v1/login via proxy: " + big_post(proxy, "/api/v1/login", total, pid))
    if backend:
        out("[1] 300 MiB POST /api/v1/login direct to backend: " + big_post(backend, "/api/v1/login", total, pid))


def attack2(proxy, backend, pid):
    token = "p" * 16384
    st, hdrs, data, _ = proxy.request("GET", "/api/v1/changes", token=token)
    out(f"[2] one 16 KiB bearer token via proxy: status {st} "
        f"({data.split(b'<title>')[1].split(b'</title>')[0].decode() if b'<title>' in data else data[:80]!r})")
    if not backend:
        out("[2] direct 16 KiB tokens: skipped (no --backend)")
        return
    before = rss(pid)
    statuses = []
    start = time.monotonic()
    pad = "A" * (16384 - 12)
    for i in range(5000):
        if time.monotonic() > RUN_DEADLINE:
            break
        st, _, _, _ = backend.request("GET", "/api/v1/changes", token=f"{i:012d}{pad}")
        statuses.append(st)
    took = time.monotonic() - start
    time.sleep(0.5)
    out(f"[2] {len(statuses)} requests with distinct 16 KiB fake bearer tokens direct to backend: "
        f"statuses {histogram(statuses)} in {took:.1f} s; portal {before} -> {rss(pid)}, {alive(pid)}")
    st, _, _, t = backend.request("GET", "/api/v1/limits")
    out(f"[2] afterwards GET /limits direct: {st} in {ms(t)}")


def answer(st, hdrs, data):
    """'429 too_many_attempts' from the portal (JSON), '429 nginx' from the proxy (HTML)."""
    if st == 0:
        return "0 no answer"
    if hdrs.get("content-type", "").startswith("application/json"):
        return f"{st} {error_code(data)}".strip()
    return f"{st} {'nginx' if b'nginx' in data or b'<html' in data else 'other'}"


def login(target, login_name, password):
    st, hdrs, data, t = target.request("POST", "/api/v1/login", {"login": login_name, "password": password})
    return st, hdrs, data, t


def brute_force(target, login_name, password, n=300, budget_s=45):
    before = RSS_NOW()
    answers = []
    start = time.monotonic()
    for i in range(n):
        if time.monotonic() - start > budget_s:
            break
        st, hdrs, data, _ = login(target, login_name, f"wrong-{i}-{password}")
        answers.append(answer(st, hdrs, data))
    took = time.monotonic() - start
    st, hdrs, data, _ = login(target, login_name, password)
    line = (f"[3] {len(answers)} wrong passwords for '{login_name}' via {target.name}: {histogram(answers)} "
            f"in {took:.2f} s; then the right one: {answer(st, hdrs, data)}")
    if hdrs.get("retry-after"):
        line += f" (Retry-After {hdrs['retry-after']})"
    if st != 200:
        time.sleep(1.5)
        st, hdrs, data, _ = login(target, login_name, password)
        line += f", again 1.5 s later: {answer(st, hdrs, data)}"
        if hdrs.get("retry-after"):
            line += f" (Retry-After {hdrs['retry-after']})"
    out(line + f"; portal {before} -> {RSS_NOW()}")


def attack3(proxy, backend, pid, users):
    """users: four known logins. The enumeration runs first, under the portal's thresholds
    (3 failures a login, 20 an address), then the brute force (which may lock the address)."""
    enum_target = backend or proxy
    unknown, known, statuses = [], [], []
    for i in range(8):
        if not backend:
            time.sleep(0.55)  # the proxy's login zone: 2 r/s
        st, hdrs, data, t = login(enum_target, f"nobody-{uuid.uuid4().hex[:8]}", "wrong")
        unknown.append(t)
        statuses.append(answer(st, hdrs, data))
        if not backend:
            time.sleep(0.55)
        st, hdrs, data, t = login(enum_target, users[i % len(users)], f"wrong-{i}")
        known.append(t)
        statuses.append(answer(st, hdrs, data))
    out(f"[3] login timing via {enum_target.name} (8 unknown logins, 8 wrong passwords of 4 known logins, "
        f"interleaved): unknown median {ms(statistics.median(unknown))}, known median "
        f"{ms(statistics.median(known))} (max {ms(max(unknown))} / {ms(max(known))}); answers {histogram(statuses)}")
    time.sleep(1.0)
    brute_force(proxy, "carol", PASSWORDS["carol"])
    if backend:
        brute_force(backend, "erin", PASSWORDS["erin"])


def attack5(proxy, backend, pid, client):
    # a. random bytes as the three documents, then submit
    mid = client.create("Octets au hasard")
    rnd = random.Random(5)
    ups = []
    for kind in ("mandate", "kbis", "invoice"):
        st, hdrs, data, _ = client.upload(mid, kind, rnd.randbytes(65536), media="application/pdf", name=f"{kind}.pdf")
        ups.append(answer(st, hdrs, data))
    st, hdrs, data, t = client.submit(mid, 1)
    extra = ""
    if st == 422:
        extra = " problems " + ",".join(p.get("code", "?") for p in json.loads(data).get("problems", []))
    elif st == 202:
        extra = " (" + str(json.loads(data).get("status")) + ")"
    out(f"[5a] 64 KiB random bytes as mandate/kbis/invoice (Content-Type application/pdf): uploads {ups}; "
        f"submit {answer(st, hdrs, data)}{extra} in {ms(t)}")

    # b. wrong types inside the body
    client_fields = mandate_body("x")["client"]
    for label, body in (("client.legal_name: 5", mandate_body("Types", client=dict(client_fields, legal_name=5))),
                        ('numbers: ["not a number"]', mandate_body("Types", numbers=["not a number"])),
                        ('numbers: ["+33612345678"] (mobile)', mandate_body("Types", numbers=["+33612345678"]))):
        nid = str(uuid.uuid4())
        st, hdrs, data, _ = client.call("PUT", f"/api/v1/mandates/{nid}", body)
        line = f"[5b] PUT mandate with {label}: {answer(st, hdrs, data)}"
        if st in (200, 201):
            _, m, _ = client.get(nid)
            line += (f"; stored legal_name {json.dumps(m.get('client', {}).get('legal_name'))}, "
                     f"numbers {m.get('numbers')}")
        else:
            line += f" « {json.loads(data).get('message', '')[:90]} »" if data[:1] == b"{" else ""
        out(line)

    # c. one UUID, several spellings
    u = str(uuid.uuid4())
    spellings = [("lower", u), ("UPPER", u.upper()), ("{braces}", "{" + u + "}"), ("%7Bencoded%7D", "%7B" + u + "%7D")]
    puts = []
    for label, sp in spellings:
        st, hdrs, data, _ = client.call("PUT", f"/api/v1/mandates/{sp}", mandate_body("Casse " + label))
        puts.append(f"{label} {answer(st, hdrs, data)}")
    st, _, data, _ = client.call("GET", "/api/v1/changes")
    ids = []
    if st == 200:
        for c in json.loads(data)["changes"]:
            if u in c["id"].lower() and c["id"] not in ids:
                ids.append(c["id"])
    out(f"[5c] PUT one UUID spelt {len(spellings)} ways: {'; '.join(puts)}; mandates the account has for it "
        f"(from /changes): {len(ids)} {ids}")

    # d. HTML and a hostile file name
    mid = client.create("Document HTML")
    html = b"<html><body><img src=x onerror=alert(1)><script>alert(document.cookie)</script></body></html>"
    pdf_bytes = fresh_documents("html")["kbis"]
    bad_name = "../../<img onerror=alert(1)>"
    trials = [("HTML bytes, text/html, name " + repr(bad_name), html, bad_name),
              ("PDF bytes, text/html, same name", pdf_bytes, bad_name),
              ("PDF bytes, text/html, name 'kbis.html'", pdf_bytes, "kbis.html")]
    for label, body, name in trials:
        st, hdrs, data, _ = client.upload(mid, "kbis", body, media="text/html", name=name)
        line = f"[5d] PUT kbis {label}: {answer(st, hdrs, data)}"
        if st in (200, 201):
            gst, ghdrs, gdata, _ = client.call("GET", f"/api/v1/mandates/{mid}/documents/kbis/{sha(body)}", setup=False)
            line += (f"; GET it back: {gst}, Content-Type {ghdrs.get('content-type')!r}, "
                     f"Content-Disposition {ghdrs.get('content-disposition')!r}")
        out(line)
    _, m, _ = client.get(mid)
    out(f"[5d] the mandate lists (name, media_type): {[(d.get('name'), d.get('media_type')) for d in m.get('documents', [])]}")


def attack6(proxy, backend, pid, a, b):
    ma = a.ready_mandate("Secret de A", client=dict(mandate_body("x")["client"], legal_name="Societe A Secrete"))
    key = str(uuid.uuid4())
    st, hdrs, data, _ = a.submit(ma, 1, key=key)
    extra = ""
    if st == 422:
        extra = " problems " + ",".join(p.get("code", "?") for p in json.loads(data).get("problems", []))
    out(f"[6] A submits its mandate with key K, body {{\"version\": 1}}: {answer(st, hdrs, data)}"
        f"{' (' + str(json.loads(data).get('status')) + ')' if st == 202 else ''}{extra}")
    mb = b.ready_mandate("Mandat de B")
    st, hdrs, data, _ = b.submit(mb, 1, key=key)
    out(f"[6] B replays K on B's own mandate (same body): {answer(st, hdrs, data)}; "
        f"B's mandate then: {b.get(mb)[1].get('status')}")
    st, hdrs, data, _ = b.submit(ma, 1, key=key)
    leak = b"Secret de A" in data or b"Societe A Secrete" in data
    shown = ""
    if st < 300 and data[:1] == b"{":
        j = json.loads(data)
        shown = (f": id {j.get('id', '')[:8]}…, name {j.get('name')!r}, legal_name "
                 f"{j.get('client', {}).get('legal_name')!r}, {len(j.get('documents', []))} documents with sha256")
    out(f"[6] B replays K on A's mandate id (same body): {answer(st, hdrs, data)}; A's data in B's answer: "
        f"{'YES' + shown if leak else 'no'}")
    st, hdrs, data, _ = b.submit(ma, 1, key=key, body=b'{"version": 2}')
    st2, hdrs2, data2, _ = b.submit(ma, 1)
    gst = b.get(ma)[0]
    out(f"[6] B on A's mandate: K with another body {answer(st, hdrs, data)}; a fresh key {answer(st2, hdrs2, data2)}; "
        f"GET {gst}")
    st, m, _ = a.get(ma)
    out(f"[6] A's mandate after B's replays: {st}, v{m.get('version')} {m.get('status')}")


def attack7(proxy, backend, pid, a):
    mid = a.ready_mandate("Sous revue")
    sst, shdrs, sdata, _ = a.submit(mid, 1)
    st, m, hdrs = a.get(mid)
    out(f"[7] submitted: {answer(sst, shdrs, sdata)}; mandate v{m.get('version')} {m.get('status')} "
        f"ETag {hdrs.get('etag')}, documents {[d['kind'] for d in m.get('documents', [])]}")
    kbis = [d for d in m.get("documents", []) if d["kind"] == "kbis"]
    new_kbis = fresh_documents("new-" + mid[:4])["kbis"]
    ust, uhdrs, udata, _ = a.upload(mid, "kbis", new_kbis, name="kbis-nouveau.pdf")
    if kbis:
        dst, dhdrs, ddata, _ = a.call("DELETE", f"/api/v1/mandates/{mid}/documents/kbis/{kbis[0]['sha256']}")
        deleted = answer(dst, dhdrs, ddata) if dst != 204 else "204"
    else:
        deleted = "n/a (no kbis listed)"
    pst, phdrs, pdata, _ = a.call("PUT", f"/api/v1/mandates/{mid}", mandate_body("Sous revue (modifiee)"),
                                  {"If-Match": hdrs.get("etag", '"1"')})
    st, m2, hdrs2 = a.get(mid)
    out(f"[7] while under review: PUT a new kbis {answer(ust, uhdrs, udata)}; DELETE the original kbis {deleted}; "
        f"(PUT of the mandate body, for contrast: {answer(pst, phdrs, pdata)})")
    out(f"[7] after: v{m2.get('version')} {m2.get('status')} ETag {hdrs2.get('etag')}, documents "
        f"{[(d['kind'], d['name']) for d in m2.get('documents', [])]}")


def attack4(proxy, backend, pid, client, wait_s):
    big = pdf(40000)
    out(f"[4] generated PDF: 40000 blank pages, {len(big) / 2**20:.2f} MiB (cap 20 MiB)")
    heavy_submit("4", proxy, pid, client, wait_s, "Quarante mille pages",
                 [("kbis", big, "kbis-40000.pdf"), ("invoice", big, "invoice-40000.pdf")])


def attack4b(proxy, backend, pid, client, wait_s):
    # Within the page cap, a scan that OCR cannot read quickly: every page a picture of noise.
    noisy = pdf_noise(50)
    out(f"[4b] generated PDF: 50 scanned pages of noise, {len(noisy) / 2**10:.0f} KiB; the invoice is a normal one")
    heavy_submit("4b", proxy, pid, client, wait_s, "Cinquante pages de bruit",
                 [("kbis", noisy, "kbis-bruit.pdf")])


def heavy_submit(label, proxy, pid, client, wait_s, name, documents):
    """Uploads `documents` (kind, bytes, file name) over a fresh dossier's, submits it, and
    meanwhile asks GET /limits every 100 ms on new connections: what a heavy check holds."""
    mid = client.create(name)
    fresh = fresh_documents(mid[:8])
    ups = [answer(*client.upload(mid, "mandate", fresh["mandate"])[:3])]
    kinds = {kind for kind, _, _ in documents}
    for kind in ("kbis", "invoice"):
        if kind not in kinds:
            ups.append(answer(*client.upload(mid, kind, fresh[kind])[:3]))
    for kind, data, file_name in documents:
        ups.append(answer(*client.upload(mid, kind, data, name=file_name)[:3]))
    base = []
    for _ in range(10):
        base.append(proxy.request("GET", "/api/v1/limits")[3])
        time.sleep(0.05)
    before = RSS_NOW()
    result = {}

    def run_submit():
        result["r"] = client.submit(mid, 1)

    # One GET /limits every 100 ms, each on its own connection and thread (a slow answer does not
    # delay the next request); at most 25 in flight (the proxy allows 32 connections an address).
    lat, statuses, skipped, in_flight = [], [], [0], {}
    lock = threading.Lock()

    def poll(n):
        t = Target("poller", f"https://127.0.0.1:{proxy.port}", proxy.context)
        st, hdrs, data, took = t.request("GET", "/api/v1/limits", headers={"Connection": "close"})
        with lock:
            in_flight.pop(n, None)
            lat.append(took)
            statuses.append(answer(st, hdrs, data))

    start = time.monotonic()
    th = threading.Thread(target=run_submit, daemon=True)
    th.start()
    peak, n = 0, 0
    while th.is_alive() and time.monotonic() - start < wait_s:
        t0 = time.monotonic()
        with lock:
            busy = len(in_flight)
            if busy < 25:
                in_flight[n] = t0
        if busy < 25:
            threading.Thread(target=poll, args=(n,), daemon=True).start()
            n += 1
        else:
            skipped[0] += 1
        if pid:
            try:
                with open(f"/proc/{pid}/status") as f:
                    for line in f:
                        if line.startswith("VmRSS:"):
                            peak = max(peak, int(line.split()[1]) // 1024)
            except OSError:
                pass
        time.sleep(max(0.0, 0.1 - (time.monotonic() - t0)))
    th.join(timeout=1)
    settle = time.monotonic() + 3
    while in_flight and time.monotonic() < settle:
        time.sleep(0.05)
    if "r" in result:
        st, hdrs, data, took = result["r"]
        extra = ""
        if st == 422 and data[:1] == b"{":
            extra = " problems " + ",".join(p.get("code", "?") for p in json.loads(data).get("problems", []))
        elif st == 202:
            extra = " (" + str(json.loads(data).get("status")) + ")"
        sub = f"submit {answer(st, hdrs, data)}{extra} in {took:.2f} s"
    else:
        sub = f"submit STILL RUNNING after {time.monotonic() - start:.0f} s (gave up waiting)"
    with lock:
        pending = [time.monotonic() - t for t in in_flight.values()]
        done = sorted(lat)
    line = (f"[{label}] uploads: {ups}; {sub}; meanwhile GET /limits every 100 ms (new connection each): "
            f"{len(done)} answered {histogram(statuses)}")
    if done:
        line += f", median {ms(statistics.median(done))}, max {ms(done[-1])}"
    if pending:
        line += f", {len(pending)} still unanswered (oldest waiting {max(pending):.1f} s)"
    if skipped[0]:
        line += f", {skipped[0]} not sent (25 already in flight)"
    line += f"; idle median {ms(statistics.median(base))}; portal {before} -> {RSS_NOW()}, sampled max RSS {peak} MiB"
    out(line)


# ---------------------------------------------------------------- driver

PASSWORDS = {"alice": "alice-pass-7Qx", "bob": "bob-pass-3Kz", "carol": "carol-pass-9Lm", "erin": "erin-pass-2Vb",
             "dave1": "d1-pass", "dave2": "d2-pass", "dave3": "d3-pass", "dave4": "d4-pass"}
ACCOUNTS = {"bob": "rival"}
RSS_NOW = lambda: "RSS n/a"


def add_user(portal, db, login_name, password, account):
    r = subprocess.run([portal, "--db", db, "user", "add", login_name, "--account", account, "--right", "mandates"],
                       input=password + "\n", capture_output=True, text=True, timeout=120)
    if r.returncode != 0:
        raise SystemExit(f"user add {login_name}: {r.stderr.strip()}")


def main():
    global RSS_NOW
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build-release"))
    ap.add_argument("--url", help="a running proxy, https://127.0.0.1:P")
    ap.add_argument("--ca", help="its CA (PEM)")
    ap.add_argument("--backend", help="the portal's loopback address, https://127.0.0.1:B")
    ap.add_argument("--pid", type=int, help="the portal's process id (for RSS)")
    ap.add_argument("--db", help="the portal's database (users are added to it)")
    args = ap.parse_args()
    portal = os.path.join(args.build, "portal", "mandatdesk-portal")
    if not os.access(portal, os.X_OK):
        raise SystemExit(f"no {portal}")

    run_dir = None
    script = os.path.join(ROOT, "scripts", "portal-proxy.sh")
    if args.url:
        if not (args.ca and args.db):
            raise SystemExit("--url needs --ca and --db")
        url, ca, backend_url, pid, db = args.url, args.ca, args.backend, args.pid, args.db
    else:
        run_dir = tempfile.mkdtemp(prefix="hostile-portal-")
        db = os.path.join(run_dir, "portal.sqlite")
    t0 = time.monotonic()
    # Users first (password hashing is slow on purpose): added in parallel.
    threads = [threading.Thread(target=add_user, args=(portal, db, lg, pw, ACCOUNTS.get(lg, "acme")))
               for lg, pw in PASSWORDS.items()]
    for i, t in enumerate(threads):
        t.start()
        if i == 0 or args.url:
            t.join()  # the first one makes the schema; a running portal's database: one at a time
    for t in threads:
        t.join()
    try:
        if run_dir:
            port = free_port()
            r = subprocess.run([script, "start", run_dir, "--port", str(port), "--build", args.build],
                               capture_output=True, text=True, timeout=90)
            out(r.stdout.strip() + (" " + r.stderr.strip() if r.stderr.strip() else ""))
            if r.returncode != 0:
                raise SystemExit("the proxy did not start")
            url = f"https://127.0.0.1:{port}"
            backend_url = r.stdout.split("portal on ")[1].split(",")[0] if "portal on " in r.stdout else None
            ca = os.path.join(run_dir, "certs", "ca.pem")
            with open(os.path.join(run_dir, "portal.pid")) as f:
                pid = int(f.read())
        RSS_NOW = lambda: rss(pid)
        context = ssl.create_default_context(cafile=ca)
        proxy = Target("proxy", url, context)
        backend = Target("backend", backend_url, context) if backend_url else None
        out(f"proxy {url}, backend {backend_url or 'n/a'}, portal pid {pid or 'n/a'}, {rss(pid)} "
            f"(users added in {time.monotonic() - t0:.1f} s)")

        alice = Client(proxy, "alice", PASSWORDS["alice"])  # before attack 3 may lock logins out
        bob = Client(proxy, "bob", PASSWORDS["bob"])
        steps = [
            ("1", lambda: attack1(proxy, backend, pid)),
            ("2", lambda: attack2(proxy, backend, pid)),
            ("3", lambda: attack3(proxy, backend, pid, ["dave1", "dave2", "dave3", "dave4"])),
            ("5", lambda: attack5(proxy, backend, pid, alice)),
            ("6", lambda: attack6(proxy, backend, pid, alice, bob)),
            ("7", lambda: attack7(proxy, backend, pid, alice)),
            # Last: the heavy submissions (a portal that checked on its event loop answered nothing else).
            ("4", lambda: attack4(proxy, backend, pid, alice, max(30.0, min(125.0, RUN_DEADLINE - time.monotonic())))),
            ("4b", lambda: attack4b(proxy, backend, pid, alice, max(30.0, min(125.0, RUN_DEADLINE - time.monotonic())))),
        ]
        for label, step in steps:
            started = time.monotonic()
            try:
                step()
            except Exception as e:  # a measuring tool: say what broke and go on
                out(f"[{label}] could not run to the end: {type(e).__name__}: {e}")
            out(f"[{label}] ({time.monotonic() - started:.1f} s; portal {rss(pid)}, {alive(pid)})")
            time.sleep(1.0)  # the proxy's per-address bucket drains between attacks
        out(f"done in {time.monotonic() - t0:.0f} s; portal {rss(pid)}, {alive(pid)}")
    finally:
        if run_dir:
            subprocess.run([script, "stop", run_dir], capture_output=True, timeout=60)
            shutil.rmtree(run_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
