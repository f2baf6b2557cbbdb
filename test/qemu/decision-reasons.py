#!/usr/bin/env python3
"""decision-reasons.py FILE: counts coroplugin-report's needs-decision remarks
(one a line, as the report prints them) by finding kind and reason, the
reason with its names left out ('X'), most frequent first."""
import collections
import re
import sys

LINE = re.compile(r"leave out the (\S+) finding of '[^']*': (.*) \[coroutine-report,needs-decision\]$")
counts = collections.Counter()
with open(sys.argv[1], encoding="utf-8", errors="replace") as f:
    for line in f:
        m = LINE.search(line)
        if not m:
            continue
        reason = re.sub(r"'[^']*'", "'X'", m.group(2))
        reason = re.sub(r"\b\d+\b", "N", reason)
        reason = re.sub(r"(field|variable|parameter|type|return|cast|variadic) 'X'", "'X'", reason)
        reason = re.sub(r"ordinary callers?", "ordinary caller(s)", reason)
        counts[(m.group(1), reason)] += 1
for (kind, reason), n in counts.most_common():
    print("  %4d  %s: %s" % (n, kind, reason))
