#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Runs `gi-docgen check` and fails on any warning it prints.

usage: check-docs.py GI-DOCGEN [gi-docgen check arguments...]

`gi-docgen check` exits non-zero when it warns, without saying which
warnings are new, so this reads its output. KNOWN lists warnings accepted for now, each with the reason; remove an
entry once the symbol is documented (an entry that no longer matches is
reported, so the list cannot go stale unnoticed).
"""

import re
import subprocess
import sys

# Nothing is accepted: every symbol is documented.
KNOWN = set()

ANSI = re.compile(r"\x1b\[[0-9;]*m")
SYMBOL = re.compile(r"(?:Symbol|of symbol) '([^']+)'")


def main(argv):
    cmd = [argv[1], "check"] + argv[2:]
    result = subprocess.run(cmd, capture_output=True, text=True)
    output = ANSI.sub("", result.stdout + result.stderr)
    warnings = [line for line in output.splitlines() if "WARNING" in line or "ERROR" in line]
    if result.returncode != 0 and not warnings:
        print(output)
        print("gi-docgen check failed (exit status %d)" % result.returncode)
        return 1
    unexpected, seen = [], set()
    for line in warnings:
        m = SYMBOL.search(line)
        if m and m.group(1) in KNOWN:
            seen.add(m.group(1))
        else:
            unexpected.append(line)

    for line in unexpected:
        print(line)
    for stale in sorted(KNOWN - seen):
        print("note: %s is documented now; drop it from KNOWN in %s" % (stale, __file__))
    print("%d warnings, %d accepted (see KNOWN), %d unexpected"
          % (len(warnings), len(warnings) - len(unexpected), len(unexpected)))
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
