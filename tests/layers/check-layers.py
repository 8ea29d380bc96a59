#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The layering test: lib/ is util ← model ← json ← import ← analysis ←
report, and a file may include only headers of its own layer or below.
net (the ModernGov web client) sits beside analysis and report: it may
include util, model, json and import, and no other layer may include it,
so nothing but the client reaches the network.

A public header (include/ama-foo.h) belongs to the layer whose folder
holds lib/*/ama-foo.c; the few headers without a .c are listed in
EXTRA. No file in lib/ includes the umbrella <ama.h>.

    check-layers.py SRCROOT                 check the tree
    check-layers.py SRCROOT --plant         also prove the check fails on
                                            a planted upward include
    check-layers.py SRCROOT --link BUILDDIR also prove the link check
                                            fails on a planted upward call
"""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

LAYERS = ["util", "model", "json", "import", "analysis", "report", "net"]
# Layers that may not use every layer below them in LAYERS.
MAY_USE = {"net": {"util", "model", "json", "import", "net"}}
EXTRA = {
    "ama-error.h": "util",
    "ama-version.h": "util",
    "ama-version-macros.h": "util",
    "ama-enum-types.h": "util",
    "ama-types.h": "model",
    "ama-enums.h": "model",
    "ama-appraisal-enums.h": "model",
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def header_layers(root):
    layers = dict(EXTRA)
    for layer in LAYERS:
        for f in (root / "lib" / layer).iterdir():
            if f.suffix == ".c":
                layers.setdefault(f.stem + ".h", layer)
            elif f.suffix == ".h":
                layers[f.name] = layer
    return layers


def violations(root):
    layers = header_layers(root)
    found = []
    for layer in LAYERS:
        rank = LAYERS.index(layer)
        for f in sorted((root / "lib" / layer).iterdir()):
            if f.suffix not in (".c", ".h"):
                continue
            text = f.read_text(encoding="utf-8")
            for m in INCLUDE.finditer(text):
                name = m.group(1)
                line = text.count("\n", 0, m.start()) + 1
                where = "%s:%d" % (f.relative_to(root), line)
                if name == "ama.h":
                    found.append("%s: includes the umbrella ama.h; include the headers it uses" % where)
                    continue
                if name == "config.h":
                    continue
                other = layers.get(name)
                if other is None:
                    found.append("%s: includes %s, which belongs to no layer" % (where, name))
                elif LAYERS.index(other) > rank:
                    found.append("%s: %s layer includes %s of the %s layer above it"
                                 % (where, layer, name, other))
                elif layer in MAY_USE and other not in MAY_USE[layer]:
                    found.append("%s: %s layer includes %s of the %s layer, which it may not use"
                                 % (where, layer, name, other))
    return found


def plant(root):
    """Copies lib/ and include/, plants an upward include, and expects
    the check to find exactly it."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        shutil.copytree(root / "lib", tmp / "lib")
        shutil.copytree(root / "include", tmp / "include")
        target = tmp / "lib" / "model" / "ama-person.c"
        text = target.read_text(encoding="utf-8")
        target.write_text(text.replace('#include "config.h"\n',
                                       '#include "config.h"\n#include "ama-validator.h"\n', 1),
                          encoding="utf-8")
        found = violations(tmp)
        return len(found) == 1 and "ama-validator.h of the analysis layer" in found[0], found


def plant_net(root):
    """Plants the two includes the net layer forbids (report using the
    client; the client using the validator) and expects both found."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        shutil.copytree(root / "lib", tmp / "lib")
        shutil.copytree(root / "include", tmp / "include")
        for target, header in (("report/ama-report-writer.c", "ama-moderngov-client.h"),
                               ("net/ama-moderngov-client.c", "ama-validator.h")):
            path = tmp / "lib" / target
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace('#include "config.h"\n',
                                         '#include "config.h"\n#include "%s"\n' % header, 1),
                            encoding="utf-8")
        found = violations(tmp)
        good = (len(found) == 2
                and any("report layer includes ama-moderngov-client.h of the net layer" in f
                        for f in found)
                and any("net layer includes ama-validator.h of the analysis layer, which it may not use"
                        in f for f in found))
        return good, found


def plant_link(root, build):
    """Links a model-layer object that calls the validator against the
    model and util layers only, as lib/meson.build's link check does,
    and expects the link to fail on the undefined symbol."""
    cc = os.environ.get("CC", "cc")
    libs = [str(pathlib.Path(build) / "lib" / l / ("libama-%s.a" % l)) for l in ("util", "model")]
    with tempfile.TemporaryDirectory() as tmp:
        src = pathlib.Path(tmp) / "upward.c"
        src.write_text("void *ama_review_validate (void *, void *, void *);\n"
                       "void *planted_upward_call (void);\n"
                       "void *planted_upward_call (void) { return ama_review_validate (0, 0, 0); }\n")
        out = pathlib.Path(tmp) / "upward.so"
        ok = subprocess.run([cc, "-shared", "-fPIC", "-o", str(out), str(src),
                             "-Wl,--whole-archive"] + libs + ["-Wl,--no-whole-archive",
                             "-Wl,--no-undefined"] +
                            subprocess.run(["pkg-config", "--libs", "gio-2.0"], capture_output=True,
                                           text=True, check=True).stdout.split(),
                            capture_output=True, text=True)
        fails = ok.returncode != 0 and "ama_review_validate" in ok.stderr
        # And the same layers without the planted call do link: the
        # failure is the call's, not the command's.
        clean = subprocess.run([cc, "-shared", "-fPIC", "-o", str(out),
                                "-Wl,--whole-archive"] + libs + ["-Wl,--no-whole-archive",
                                "-Wl,--no-undefined"] +
                               subprocess.run(["pkg-config", "--libs", "gio-2.0"], capture_output=True,
                                              text=True, check=True).stdout.split(),
                               capture_output=True, text=True)
        return fails and clean.returncode == 0, ok.stderr + clean.stderr


def main():
    root = pathlib.Path(sys.argv[1]).resolve()
    status = 0
    found = violations(root)
    for v in found:
        print(v)
    if found:
        status = 1
    else:
        print("ok: no upward include in lib/ (%s; net uses %s only)"
              % (" ← ".join(LAYERS[:-1]), ", ".join(sorted(MAY_USE["net"] - {"net"}))))
    if "--plant" in sys.argv:
        good, got = plant(root)
        print("%s: a planted upward include is found%s" % ("ok" if good else "FAIL",
                                                          "" if good else ": " + repr(got)))
        status |= not good
        good, got = plant_net(root)
        print("%s: planted includes into and out of net are found%s"
              % ("ok" if good else "FAIL", "" if good else ": " + repr(got)))
        status |= not good
    if "--link" in sys.argv:
        build = sys.argv[sys.argv.index("--link") + 1]
        good, got = plant_link(root, build)
        print("%s: a planted upward call fails the link%s" % ("ok" if good else "FAIL",
                                                            "" if good else ": " + got))
        status |= not good
    return status


if __name__ == "__main__":
    sys.exit(main())
