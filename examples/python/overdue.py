#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""What is overdue on a given date, and who owns it, across a folder of reviews.

    overdue.py FOLDER YYYY-MM-DD [OFFICER]

Loads every review document (*.json) in FOLDER, reports files that could
not be loaded on standard error, and prints one line per overdue action:
review, recommendation, officer, due date, days overdue and the reason,
then each officer's count. The date is required: libama never reads the
clock, so the answer is the same whenever it is asked. To run it against
an uninstalled build:

    GI_TYPELIB_PATH=build/lib LD_LIBRARY_PATH=build/lib \\
        /usr/bin/python3 examples/python/overdue.py tests/data/analysis/catalog 2018-04-01
"""

import sys

import gi

gi.require_version("Ama", "1.0")
from gi.repository import Ama, Gio, GLib  # noqa: E402


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    folder, date = argv[1], argv[2]
    officer = argv[3] if len(argv) == 4 else None
    try:
        year, month, day = (int(part) for part in date.split("-"))
        as_of = GLib.DateTime.new_utc(year, month, day, 0, 0, 0)
    except ValueError:
        as_of = None
    if as_of is None:
        print(f"overdue.py: “{date}” is not a date (YYYY-MM-DD)", file=sys.stderr)
        return 2

    catalog = Ama.Catalog.new()
    try:
        catalog.load_folder(Gio.File.new_for_path(folder), None)
    except GLib.Error as error:
        print(f"overdue.py: {error.message}", file=sys.stderr)
        return 1
    for diagnostic in catalog.props.diagnostics:
        # The message names the file and the place in it.
        print(f"skipped: {diagnostic.props.message}", file=sys.stderr)

    overdue = list(catalog.get_overdue(as_of, officer))
    owners = {item.props.officer_name for item in overdue}
    for item in overdue:
        print("\t".join([
            item.props.review.props.id or item.props.review.props.title or "-",
            item.props.recommendation.props.number or "-",
            item.props.officer_name or "(no officer)",
            item.props.due.format("%Y-%m-%d") if item.props.due else "-",
            str(item.props.days_overdue),
            item.props.reason,
        ]))
    for group in catalog.group_by_officer(as_of):
        if officer is None or group.props.name in owners:
            print(f"# {group.props.name}: {group.props.overdue_count} overdue "
                  f"of {len(group.props.items)} open")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
