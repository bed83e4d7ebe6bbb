#!/usr/bin/env python3
"""Helps keep translations/*.ts complete after `update_translations`.

  ts-fill.py pending LANG          print the unfinished messages as a JSON template
  ts-fill.py apply LANG FILE.json  apply translations {"Context\\u0001source": "..."}
                                   (plural forms: a list of strings)
  ts-fill.py english               the English catalogue: translation = source, and for
                                   plurals "day(s)" -> "day" / "days" (SINGULAR_FIXES for
                                   the verbs that agree)

The .ts files stay the one place translations live; this only edits them.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

SEP = "\u0001"


# English singulars where more than the noun changes.
SINGULAR_FIXES = {
    "mandate end soon": "mandate ends soon",
    "dossier with their documents and history": "dossier with its documents and history",
    "archive are already here and were left unchanged. Replace them": "archive is already here and was left unchanged. Replace it",
    "row left out: save the report to fix them": "row left out: save the report to fix it",
}


def english_forms(src):
    singular = re.sub(r"\(s\)", "", src)
    for wrong, right in SINGULAR_FIXES.items():
        singular = singular.replace(wrong, right)
    return [singular, src.replace("(s)", "s")]


def path(lang):
    return f"translations/mandatdesk_{lang}.ts"


def load(lang):
    return ET.parse(path(lang))


def save(tree, lang):
    # lupdate's layout: <context> at the margin, four spaces a level; text is never touched.
    def indent(elem, depth):
        if len(elem):
            elem.text = "\n" + "    " * depth
            for i, child in enumerate(elem):
                indent(child, depth + 1)
                child.tail = "\n" + "    " * (depth if i < len(elem) - 1 else max(depth - 1, 0))

    indent(tree.getroot(), 0)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    # lupdate writes quotes in text as &quot; and &apos;.
    body = re.sub(r">([^<]*)<", lambda m: ">" + m.group(1).replace('"', "&quot;").replace("'", "&apos;") + "<", body)
    with open(path(lang), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def messages(tree):
    for ctx in tree.getroot().findall("context"):
        name = ctx.find("name").text
        for m in ctx.findall("message"):
            yield name, m


def pending(tree):
    out = {}
    for name, m in messages(tree):
        t = m.find("translation")
        if t.get("type") == "unfinished" or not (t.text or list(t)):
            out[name + SEP + m.find("source").text] = [] if m.get("numerus") == "yes" else ""
    return out


def set_translation(m, value):
    t = m.find("translation")
    for child in list(t):
        t.remove(child)
    if m.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value, value]
        t.text = None
        for f in forms:
            ET.SubElement(t, "numerusform").text = f
    else:
        t.text = value
    if "type" in t.attrib:
        del t.attrib["type"]


def main(argv):
    if len(argv) >= 2 and argv[0] == "pending":
        print(json.dumps(pending(load(argv[1])), ensure_ascii=False, indent=1))
    elif len(argv) == 3 and argv[0] == "apply":
        tree = load(argv[1])
        table = json.load(open(argv[2], encoding="utf-8"))
        done = 0
        for name, m in messages(tree):
            key = name + SEP + m.find("source").text
            if key in table and table[key]:
                set_translation(m, table[key])
                done += 1
        save(tree, argv[1])
        print(f"{done} translations applied, {len(pending(tree))} still pending")
    elif argv == ["english"]:
        tree = load("en")
        for _, m in messages(tree):
            src = m.find("source").text
            set_translation(m, english_forms(src) if m.get("numerus") == "yes" else src)
        save(tree, "en")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
