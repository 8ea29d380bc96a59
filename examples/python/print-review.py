#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Print a review's recommendations and the responses to them.

    print-review.py [REVIEW.json]

Without an argument it reads the bundled Rotherham review. To run it
against an uninstalled build:

    GI_TYPELIB_PATH=build/lib LD_LIBRARY_PATH=build/lib \\
        /usr/bin/python3 examples/python/print-review.py
"""

import sys
from pathlib import Path

import gi

gi.require_version("Ama", "1.0")
from gi.repository import Ama, Gio, GLib  # noqa: E402

BUNDLED = Path(__file__).resolve().parent.parent / "data" / "rotherham-ama-2017.json"


def officer_of(response):
    if response.props.officer is not None:
        return response.props.officer.props.name
    if response.props.no_further_action:
        return "(no further action)"
    return "-"


def main(argv):
    path = argv[1] if len(argv) > 1 else str(BUNDLED)
    try:
        review = Ama.Review.new_from_file(Gio.File.new_for_commandline_arg(path), None)
    except GLib.Error as error:
        print(f"print-review: {error.message}", file=sys.stderr)
        return 1

    print(review.props.title)
    for rec in review.get_recommendations():
        response = rec.props.response
        if response is None:
            print(f"{rec.props.number}\tno response")
            continue
        decision = response.props.decision.value_nick
        if response.props.inferred_decision != response.props.decision:
            decision += f" (inferred: {response.props.inferred_decision.value_nick})"
        print(f"{rec.props.number}\t{decision}\t{officer_of(response)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
