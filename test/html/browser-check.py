#!/usr/bin/env python3
"""browser-check.py --report BIN --facts DIR --out DIR [--screenshot PNG]

The --html site of a facts directory, as headless Chromium renders it:
- index.html's rows (read from the DOM after the page's script ran) are the
  findings of --format=json of the same run, in order, with the same kind,
  severity, file, line, column and key, all shown;
- the filters narrow them: index.html#kind=K, #file=PREFIX, #text=WORDS
  show exactly the findings of the JSON that match, and say how many;
- a finding page with a chain has its message, its notes, an SVG with nodes
  and edges whose links point at source excerpts on the page, and the
  highlighted line;
- a screenshot of that page has the window's size and is not blank.
Prints what it checked and how long the report and the browser took."""
import argparse
import html.parser
import json
import os
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import png  # noqa: E402

WIDTH, HEIGHT = 1000, 760


class Dom(html.parser.HTMLParser):
    """The elements of a dumped DOM: (tag, attributes) in order, and the
    text inside each element with an id, h1 and li."""

    def __init__(self, text):
        super().__init__()
        self.elements, self.texts, self.stack = [], {}, []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a))
        if tag in ("h1", "li") or "id" in a:
            self.stack.append([tag, a, ""])

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1][0] == tag:
            t, a, text = self.stack.pop()
            self.texts.setdefault(a.get("id", t), []).append(text)

    def handle_data(self, data):
        for entry in self.stack:
            entry[2] += data


def chromium(*args):
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
           "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars"]
    start = time.time()
    p = subprocess.run(cmd + list(args), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True, timeout=120)
    if p.returncode != 0:
        sys.exit("chromium failed (%d): %s" % (p.returncode, p.stderr[-2000:]))
    return p.stdout, time.time() - start


def rows(dom):
    return [a for tag, a in dom.elements
            if tag == "tr" and a.get("class") == "finding"]


def check_rows(url, expected, what):
    text, took = chromium("--dump-dom", url)
    dom = Dom(text)
    shown = [r for r in rows(dom) if "hidden" not in r]
    got = [(r["data-key"], r["data-kind"], r["data-severity"], r["data-file"],
            int(r["data-line"]), int(r["data-col"])) for r in shown]
    want = [(f["key"], f["kind"], f["severity"], f.get("file", ""),
             f.get("line", 0), f.get("col", 0)) for f in expected]
    if got != want:
        for g, w in zip(got + [None] * len(want), want + [None] * len(got)):
            if g != w:
                print("  first difference: page %r, json %r" % (g, w))
                break
        sys.exit("%s: %d rows shown, %d findings expected" % (what, len(got), len(want)))
    count = "".join(dom.texts.get("shown", ["?"]))
    if count != str(len(want)):
        sys.exit("%s: the page says %s shown, %d are" % (what, count, len(want)))
    print("%s: %d rows, as the JSON (%.1f s)" % (what, len(got), took))
    return dom


def check_page(site, index, finding):
    url = "file://%s/findings/%d.html" % (site, index + 1)
    text, took = chromium("--dump-dom", url)
    dom = Dom(text)
    title = "".join(dom.texts.get("h1", [""]))
    if finding["message"] not in title:
        sys.exit("page %d: title %r lacks the message" % (index + 1, title))
    notes = [t for t in dom.texts.get("li", [])]
    if len(notes) != len(finding["notes"]) or any(
            n["message"] not in t for n, t in zip(finding["notes"], notes)):
        sys.exit("page %d: notes %r differ from %r" % (index + 1, notes, finding["notes"]))
    ids = {a["id"] for _, a in dom.elements if "id" in a}
    nodes = [a for tag, a in dom.elements if tag == "g" and a.get("class") == "node"]
    links = [a["href"] for tag, a in dom.elements if tag == "a" and a.get("href", "").startswith("#L")]
    edges = [a for tag, a in dom.elements if tag == "path" and a.get("class") == "edge"]
    if len(nodes) < 2 or not edges:
        sys.exit("page %d: chain has %d nodes, %d edges" % (index + 1, len(nodes), len(edges)))
    dangling = [h for h in links if h[1:] not in ids]
    if dangling:
        sys.exit("page %d: links to missing places %r" % (index + 1, dangling))
    if not any(tag == "span" and a.get("class") == "hl" for tag, a in dom.elements):
        sys.exit("page %d: no highlighted source line" % (index + 1))
    print("page %d (%s): message, %d notes, chain of %d nodes and %d edges, "
          "%d links to its source lines (%.1f s)" % (
              index + 1, finding["kind"], len(notes), len(nodes), len(edges),
              len(links), took))
    return url


def check_screenshot(url, path):
    _, took = chromium("--screenshot=%s" % path, "--window-size=%d,%d" % (WIDTH, HEIGHT), url)
    width, height, pixels, bpp = png.read(path)
    if (width, height) != (WIDTH, HEIGHT):
        sys.exit("screenshot is %dx%d, not %dx%d" % (width, height, WIDTH, HEIGHT))
    colours = set()
    for row in pixels[::7]:
        for x in range(0, len(row), bpp * 5):
            colours.add(row[x:x + 3])
    white = sum(1 for c in colours if c == b"\xff\xff\xff")
    if len(colours) < 20 or len(colours) == white:
        sys.exit("screenshot looks blank: %d colours" % len(colours))
    print("screenshot %dx%d, %d colours sampled (%.1f s)" % (width, height, len(colours), took))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--report", required=True)
    ap.add_argument("--facts", required=True)
    ap.add_argument("--out", required=True, help="a directory for the site")
    ap.add_argument("--screenshot", help="where to keep the screenshot (default: in --out)")
    args = ap.parse_args()
    site = os.path.abspath(os.path.join(args.out, "site"))
    start = time.time()
    p = subprocess.run([args.report, "--format=json", "--absolute-paths",
                        "--html=" + site, args.facts], stdout=subprocess.PIPE, text=True)
    if p.returncode != 0:
        sys.exit("coroplugin-report failed with status %d" % p.returncode)
    findings = [f for f in json.loads(p.stdout)["findings"] if f["kind"] != "completeness"]
    print("report with --html: %d findings, %.2f s" % (len(findings), time.time() - start))
    if len(findings) < 2:
        sys.exit("too few findings to test filters: %d" % len(findings))
    index = "file://%s/index.html" % site
    check_rows(index, findings, "index")
    kinds = sorted({f["kind"] for f in findings}, key=lambda k: sum(f["kind"] == k for f in findings))
    check_rows(index + "#" + urllib.parse.urlencode({"kind": kinds[0]}), [f for f in findings if f["kind"] == kinds[0]],
               "filter kind=" + kinds[0])
    prefix = os.path.dirname(findings[-1]["file"]) + "/"
    check_rows(index + "#" + urllib.parse.urlencode({"file": prefix, "severity": "warning"}),
               [f for f in findings if f.get("file", "").startswith(prefix) and
                f["severity"] == "warning"], "filter file=%s, severity=warning" % prefix)
    # A function's name (an object in the report's findings, a string in
    # the compile's), upper case: the text filter ignores case.
    word = findings[0].get("function") or findings[0]["kind"]
    word = word["name"] if isinstance(word, dict) else word
    check_rows(index + "#" + urllib.parse.urlencode({"text": word.upper()}),
               [f for f in findings if word.lower() in (f["message"] + " " + f["kind"] + " " +
                                                        f["key"] + " " + f.get("file", "")).lower()],
               "filter text=" + word.upper())
    chained = [i for i, f in enumerate(findings)
               if f["kind"] in ("must-be-coroutine", "mixed-caller",
                                "blocking-call-in-coroutine-context") and len(f["notes"]) > 2]
    if not chained:
        sys.exit("no finding with a chain")
    url = check_page(site, chained[0], findings[chained[0]])
    check_screenshot(url, args.screenshot or os.path.join(args.out, "finding.png"))
    print("browser test passed in %.1f s" % (time.time() - start))


if __name__ == "__main__":
    main()
