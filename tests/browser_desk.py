#!/usr/bin/python3
"""The review desk in a real browser: headless Chromium driven by Selenium (Debian's chromium,
chromium-driver and python3-selenium) against the portal over TLS, with a desktop's CLI beside it.

A desktop submits two ready dossiers; a reviewer signs in, opens the oldest submission, sees its
documents and what the checks found, and rejects it with a reason; the desktop's sync receives
the reason. An account's administrator withdraws a user's mandates right: that user's next API
call is answered 403. Every page is photographed in French and in English at 1366×768.

  tests/browser_desk.py SOURCE_DIR BUILD_DIR WORK_DIR [SCREENSHOTS_DIR]

Runs with Debian's /usr/bin/python3 (where python3-selenium lives).
"""
import base64
import json
import os
import shutil
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

source, build, work = sys.argv[1:4]
shots = sys.argv[4] if len(sys.argv) > 4 else os.path.join(work, "screenshots")
portal = os.path.join(build, "portal", "mandatdesk-portal")
cli = os.path.join(build, "app", "mandatdesk-cli")
failures = []


def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what, flush=True)
    if not ok:
        failures.append(what)


def run(args, stdin=None, env=None, check_exit=True):
    r = subprocess.run(args, input=stdin, capture_output=True, text=True, env=env, timeout=120)
    if check_exit and r.returncode != 0:
        raise SystemExit(f"{' '.join(args)} exited {r.returncode}: {r.stdout[-500:]} {r.stderr[-500:]}")
    return r


shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
os.makedirs(shots, exist_ok=True)
env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=os.path.join(work, "config"),
           XDG_DATA_HOME=os.path.join(work, "data"), LC_ALL="C.UTF-8")

# The portal over TLS, with its own authority; a reviewer, and an account with its administrator.
certs = os.path.join(work, "certs")
run(["bash", os.path.join(source, "scripts", "make-test-certs.sh"), certs, "2"])
ca = os.path.join(certs, "ca.pem")
db = os.path.join(work, "portal.sqlite")
run([portal, "--db", db, "user", "add-reviewer", "reviewer"], stdin="reviewer-pw\n")
run([portal, "--db", db, "user", "add", "boss", "--account", "acme", "--admin"], stdin="boss-pw\n")
for login in ("agent", "seat"):
    run([portal, "--db", db, "user", "add", login, "--account", "acme", "--right", "mandates"], stdin="pw\n")
log = open(os.path.join(work, "portal.log"), "w")
server = subprocess.Popen([portal, "--db", db, "serve", "--port", "0", "--cert", os.path.join(certs, "server.pem"),
                           "--key", os.path.join(certs, "server.key")], stdout=log, stderr=subprocess.STDOUT)
url = None
for _ in range(100):
    time.sleep(0.1)
    with open(os.path.join(work, "portal.log")) as f:
        for line in f:
            if line.startswith("listening "):
                url = line.split()[1]
    if url:
        break
if not url:
    raise SystemExit("the portal did not start: " + open(os.path.join(work, "portal.log")).read()[-500:])
tls = ssl.create_default_context(cafile=ca)


def api(method, path, token=None, body=None):
    request = urllib.request.Request(url + path, method=method, data=json.dumps(body).encode() if body else None)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, context=tls, timeout=30) as r:
            return r.status, json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


try:
    # The desktop: two ready dossiers, submitted one after the other.
    fx = os.path.join(work, "fixtures")
    run([os.path.join(build, "tests", "make_fixtures"), fx], env=env)
    profile = os.path.join(work, "profile")

    def desk_cli(*args, stdin=None, check_exit=True):
        return run([cli, "--profile", profile, "--json", *args], stdin=stdin, env=env, check_exit=check_exit)

    run([cli, "--profile", profile, "portal", "login", url, "--user", "agent", "--ca", ca], stdin="pw\n", env=env)
    ids = []
    for name in ("Campagne d'hiver", "Campagne de printemps"):
        made = json.loads(desk_cli("dossier", "create", "--name", name, "--client-name", "ACME TÉLÉCOM",
                                   "--siren", "518452750", "--number", "01 62 12 34 56", "--number",
                                   "01 62 12 34 57", "--representative", "Élodie Durand",
                                   "--representative-title", "Présidente", "--legal-form", "SAS",
                                   "--address", "12 rue de la Paix 44000 Nantes", "--rcs-city", "Nantes").stdout)
        did = made["id"]
        desk_cli("dossier", "add-document", did, "--kind", "kbis", os.path.join(fx, "kbis.pdf"))
        desk_cli("dossier", "add-document", did, "--kind", "invoice", os.path.join(fx, "invoice.pdf"))
        filled = os.path.join(work, f"mandat-{len(ids)}.pdf")
        desk_cli("fill", did, "--out", filled, "--place", "Nantes")
        with open(filled, "ab") as f:
            f.write(b"%signed\n")  # the scan of the signed copy: another file
        desk_cli("dossier", "add-document", did, "--kind", "mandate", filled)
        shown = json.loads(desk_cli("dossier", "show", did).stdout)
        desk_cli("dossier", "confirm-signature", [d["id"] for d in shown["documents"] if d["kind"] == "mandate"][0])
        r = desk_cli("submit", did, "--password-stdin", stdin="pw\n", check_exit=False)
        check(r.returncode == 0, f"the desktop submits {name}: exit {r.returncode}"
              + ("" if r.returncode == 0 else f" {r.stdout[-300:]} {r.stderr[-300:]}"))
        ids.append(did)
        time.sleep(1.1)  # a second apart: the first is the oldest
    oldest = ids[0]

    # The browser: Chromium, trusting the portal's key alone (not every certificate).
    spki = subprocess.run(
        "openssl x509 -in '%s' -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary"
        % os.path.join(certs, "server.pem"), shell=True, capture_output=True, check=True).stdout
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1366,768",
              "--ignore-certificate-errors-spki-list=" + base64.b64encode(spki).decode(),
              "--user-data-dir=" + os.path.join(work, "chromium")):
        options.add_argument(a)
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    browser.set_page_load_timeout(30)

    def shot(name, lang):
        # The page whole, at the laptop's width.
        height = browser.execute_script("return document.documentElement.scrollHeight")
        browser.set_window_size(1366, max(768, min(height + 140, 4000)))
        path = os.path.join(shots, f"desk-{name}-{lang}-1366x768.png")
        browser.save_screenshot(path)
        browser.set_window_size(1366, 768)
        return path

    def left(element):
        # The page the element was on is gone. During the navigation chromedriver may say so with
        # another error than a stale element ("Node ... does not belong to the document").
        def gone(_):
            try:
                element.is_enabled()
                return False
            except WebDriverException:
                return True
        WebDriverWait(browser, 20).until(gone)
        WebDriverWait(browser, 20).until(lambda b: b.execute_script("return document.readyState") == "complete")

    def press(element_id):
        # A form's button: clicked, then the page it leads to loaded (a click does not wait for it).
        button = browser.find_element(By.ID, element_id)
        button.click()
        left(button)

    def sign_in(login, password):
        browser.get(url + "/desk/login")
        browser.find_element(By.ID, "login").send_keys(login)
        browser.find_element(By.ID, "password").send_keys(password)
        press("sign-in")

    def sign_out():
        press("logout")

    # The reviewer: the queue, oldest first; its submission with documents and checks.
    browser.get(url + "/desk/login")
    check("Se connecter" in browser.page_source, "the sign-in page speaks French first")
    shot("login", "fr")
    sign_in("reviewer", "reviewer-pw")
    check(browser.current_url.endswith("/desk/queue"), f"the reviewer lands on the queue: {browser.current_url}")
    rows = browser.find_elements(By.CSS_SELECTOR, "#queue tbody tr a.open")
    listed = [a.get_attribute("href").rsplit("/", 1)[1] for a in rows]
    check(listed == ids, f"the queue lists the submissions oldest first: {listed == ids}")
    shot("queue", "fr")
    first = rows[0]
    first.click()
    left(first)
    check(oldest in browser.current_url, "the reviewer opens the oldest submission")
    documents = browser.find_elements(By.CSS_SELECTOR, "article.document")
    frames = browser.find_elements(By.CSS_SELECTOR, "iframe.viewer")
    check(len(documents) == 3 and len(frames) == 3, f"its 3 documents are shown in the page: {len(frames)} viewers")
    dates = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "dd.date")]
    check(len(dates) == 3 and dates[0] != "aucune", f"each document with the date the checks found: {dates}")
    verdicts = browser.find_elements(By.CSS_SELECTOR, "article.document p.ok, article.document ul.problems")
    check(len(verdicts) == 3, f"and what the checks found in each: {[v.text[:40] for v in verdicts]}")
    numbers = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#numbers tbody tr td:nth-child(2)")]
    check(len(numbers) == 2 and all(numbers), f"its numbers with their category: {numbers}")
    time.sleep(1.5)  # the PDF viewers draw
    shot("submission", "fr")
    # A document's own address: served to the reviewer's session as the checked PDF, inline.
    session = {c["name"]: c["value"] for c in browser.get_cookies()}.get("__Host-md_session", "")
    request = urllib.request.Request(frames[0].get_attribute("src"), headers={"Cookie": "__Host-md_session=" + session})
    with urllib.request.urlopen(request, context=tls, timeout=30) as r:
        check(r.status == 200 and r.headers["Content-Type"] == "application/pdf"
              and r.headers["Content-Disposition"].startswith("inline") and r.read(5) == b"%PDF-",
              f"a document as the page frames it: {r.status} {r.headers['Content-Type']}")
    Select(browser.find_element(By.ID, "code")).select_by_value("holder_mismatch")
    browser.find_element(By.ID, "details").send_keys("La facture est au nom d'une autre société.")
    press("reject")
    notice = browser.find_elements(By.ID, "done")
    check(bool(notice) and "Campagne d'hiver" in notice[0].text,
          f"the rejection is recorded (the queue says so: {notice[0].text if notice else None})")
    shot("queue-after-decision", "fr")
    sign_out()

    # The desktop's next sync receives the reason.
    r = desk_cli("sync", "--password-stdin", stdin="pw\n", check_exit=False)
    shown = json.loads(desk_cli("dossier", "show", oldest).stdout)
    reason = shown.get("rejection_reason") or ""
    check(shown.get("status") == "rejected" and "La facture est au nom d'une autre société." in reason,
          f"the desktop's sync receives it: {shown.get('status')}, « {reason} »")

    # The account's administrator withdraws seat's right: seat's next call is refused.
    status, body = api("POST", "/api/v1/login", body={"login": "seat", "password": "pw"})
    seat = body.get("token", "")
    status, _ = api("GET", "/api/v1/mandates/" + ids[1], seat)
    check(status == 200, f"seat reads the account's mandate before: {status}")
    sign_in("boss", "boss-pw")
    check(browser.current_url.endswith("/desk/users"), f"the administrator lands on the users: {browser.current_url}")
    shot("users", "fr")
    press("withdraw-seat")
    check(bool(browser.find_elements(By.ID, "done")), "the page says the right is withdrawn")
    status, body = api("GET", "/api/v1/mandates/" + ids[1], seat)
    check(status == 403 and body.get("error") == "forbidden", f"seat's next API call: {status} {body.get('error')}")
    # An invitation, and the page its link opens.
    browser.find_element(By.ID, "new-login").send_keys("newcomer")
    press("invite")
    link = browser.find_element(By.ID, "invitation-link").text
    shot("invited", "fr")
    sign_out()
    browser.get(url + link)
    shot("invitation", "fr")

    # The same pages in English.
    browser.get(url + "/desk/login?lang=en")
    check("Sign in" in browser.page_source, "English on asking")
    shot("login", "en")
    sign_in("reviewer", "reviewer-pw")
    browser.get(url + "/desk/queue?status=all")
    shot("queue", "en")
    browser.get(url + "/desk/submissions/" + ids[1])
    time.sleep(1.5)
    shot("submission", "en")
    press("approve")
    notice = browser.find_elements(By.ID, "done")
    check(bool(notice) and "recorded" in notice[0].text, "an approval in English is recorded")
    shot("queue-after-decision", "en")
    status, body = api("GET", "/api/v1/mandates/" + ids[1], seat)
    check(status == 403, f"seat, without the right, still cannot read it: {status}")
    sign_out()
    sign_in("boss", "boss-pw")
    shot("users", "en")
    browser.find_element(By.ID, "new-login").send_keys("newcomer2")
    press("invite")
    shot("invited", "en")
    sign_out()
    browser.get(url + link)
    shot("invitation", "en")
    browser.quit()
finally:
    server.terminate()
    server.wait(10)

print(f"screenshots in {shots}: {len([f for f in os.listdir(shots) if f.startswith('desk-')])}")
if failures:
    print(f"{len(failures)} check(s) failed")
    sys.exit(1)
print("the review desk works in Chromium")
