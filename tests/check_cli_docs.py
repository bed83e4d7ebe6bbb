#!/usr/bin/env python3
"""The CLI's man pages and bash completion against `mandatdesk-cli --help`, the one list of its
commands: every command and option of the help is in both man pages (English, French) and is
offered by the completion; every man page renders without a warning.

  check_cli_docs.py CLI RESOURCES_DIR
"""
import os
import re
import subprocess
import sys

cli, resources = sys.argv[1], sys.argv[2]
env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", MANWIDTH="200")
completion = os.path.join(resources, "completion", "mandatdesk-cli")
man = os.path.join(resources, "man")
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


# The help's entries: a line at two spaces starts one, deeper lines go on with it. The synopsis is
# the entry's first line up to its description (two spaces or more), and its following lines.
help_text = subprocess.run([cli, "--lang", "en", "--help"], capture_output=True, text=True, env=env).stdout
groups = {"numbers", "company", "dossier", "template", "portal"}
entries = []
for line in help_text.splitlines():
    if re.match(r"^  [a-z]", line):
        entries.append([line])
    elif entries and re.match(r"^ {4,}", line) and line.strip():
        entries[-1].append(line)
commands = {}
for entry in entries:
    words = entry[0].split()
    command = " ".join(words[:2]) if words[0] in groups else words[0]
    synopsis = re.split(r"\S\s{2,}(?=[a-z(])", entry[0].strip(), maxsplit=1)[0]
    options = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", " ".join([synopsis] + entry[1:])))
    commands.setdefault(command, set()).update(options)
check(len(commands) >= 30, f"the help lists {len(commands)} commands")


def complete(*words):
    script = (f'source "{completion}"; COMP_WORDS=({" ".join(repr(w) for w in words)}); '
              f"COMP_CWORD={len(words) - 1}; _mandatdesk_cli; printf '%s\\n' \"${{COMPREPLY[@]}}\"")
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True)
    return set(out.stdout.split())


top = complete("mandatdesk-cli", "")
for command, options in sorted(commands.items()):
    words = command.split()
    offered = top if len(words) == 1 else complete("mandatdesk-cli", words[0], "")
    check(words[-1] in offered, f"completion offers `{command}`")
    missing = options - complete("mandatdesk-cli", *words, "--")
    check(not missing, f"completion offers the options of `{command}`" + (f": missing {sorted(missing)}" if missing else ""))
check({"--profile", "--json", "--today", "--lang"} <= complete("mandatdesk-cli", "--"), "completion offers the global options")
check(complete("mandatdesk-cli", "--lang", "") == {"fr", "en"}, "completion offers the languages")
check(complete("mandatdesk-cli", "--profile", "/tmp", "dossier", "add-document", "x", "--kind", "")
      == {"kbis", "invoice", "mandate", "filled_mandate"}, "completion offers the document kinds")
statuses = set(re.search(r"STATUS: ([a-z_, ]+)", help_text).group(1).replace(",", " ").split())
check(complete("mandatdesk-cli", "dossier", "set-status", "ID", "") == statuses, f"completion offers the statuses {sorted(statuses)}")

# The man pages: no warning, and the CLI's pages say every command and option.
for page in ["mandatdesk.1", "mandatdesk-cli.1", "mandatdesk-portal.1"]:
    for path in [os.path.join(man, page), os.path.join(man, "fr", page)]:
        r = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", path], capture_output=True, text=True, env=env)
        check(r.returncode == 0 and not r.stderr.strip() and len(r.stdout) > 500,
              f"{os.path.relpath(path, man)} renders without a warning ({len(r.stdout)} characters)" + (f": {r.stderr.strip()[:300]}" if r.stderr.strip() else ""))
        if page == "mandatdesk-cli.1":
            text = re.sub(r"\s+", " ", r.stdout.replace("\u2010", "-").replace("-\n", "-"))
            absent = [c for c in commands if c not in text]
            check(not absent, f"{os.path.relpath(path, man)} names every command" + (f": missing {absent}" if absent else ""))
            unsaid = sorted({o for opts in commands.values() for o in opts} - set(re.findall(r"--[a-z][a-z-]*", text)))
            check(not unsaid, f"{os.path.relpath(path, man)} names every option" + (f": missing {unsaid}" if unsaid else ""))

print(f"{len(failures)} failed" if failures else "the man pages and the completion say what the help says")
sys.exit(1 if failures else 0)
