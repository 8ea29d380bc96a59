# SPDX-License-Identifier: LGPL-2.1-or-later
"""Runs the C example on the bundled review and checks what an officer reads."""

import os
import subprocess
import sys

binary, data = sys.argv[1], sys.argv[2]
env = dict(os.environ, LANG="C", LC_ALL="C")  # stdio output must survive the C locale
out = subprocess.run([binary, data], check=True, capture_output=True, env=env).stdout.decode("utf-8")

expected = [
    "Scrutiny Review – Alternative Management Arrangements for Children’s Service in Rotherham",
    "Maggi Clark (Chair)",
    "Considered by Improving Lives Select Commission on 12 September 2017 (approved)",
    "Recommendation 5",
    "Decision: accepted",
    "Officer: Ian Thomas (written “lan Thomas”)",
    "Officer: none — no further action required",
    "Action by: Annual Participation [recurring]",
    "    • Avoid high transition and operating costs",
]
missing = [e for e in expected if e not in out]
assert not missing, f"missing from output: {missing}\n---\n{out}"

# A file that is not a review: exit 1 and a message naming the file.
bad = subprocess.run([binary, "/nonexistent.json"], capture_output=True)
assert bad.returncode == 1, bad.returncode
assert b"/nonexistent.json" in bad.stderr
usage = subprocess.run([binary], capture_output=True)
assert usage.returncode == 2
print("ok")
