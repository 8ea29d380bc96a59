#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Adds to rotherham-ama-2017.json what the council's issue history says
happened after the report (README.md, "After the report"): the executive
received it at Council on 18 October 2017; Cabinet and Commissioners
agreed the response on 19 February 2018 (Minute 109), each
recommendation's decision record; Council noted it on 28 February 2018
(Item 161), which decides nothing and is not recorded. Written through the library, so the file
stays exactly what the code writes; running it twice changes nothing.

    GI_TYPELIB_PATH=build/lib LD_LIBRARY_PATH=build/lib \\
        /usr/bin/python3 examples/data/add-2018-response.py
"""
import os

import gi

gi.require_version("Ama", "1.0")
from gi.repository import Ama, Gio, GLib  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "rotherham-ama-2017.json")
ISSUE = "https://moderngov.rotherham.gov.uk/ieIssueDetails.aspx?IId=82472&Opt=3"


def day(y, m, d):
    return GLib.DateTime.new_utc(y, m, d, 0, 0, 0)


def main():
    review = Ama.Review.new_from_file(Gio.File.new_for_path(PATH), None)
    review.props.reported_to_executive = day(2017, 10, 18)

    # The table's decision column is blank: Cabinet agreed the response as
    # a whole, so each recommendation's decision is what its response says
    # (the inferred decision), taken by Cabinet on 19 February 2018.
    for rec in review.props.recommendations:
        resp = rec.props.response
        record = Ama.DecisionRecord.new(resp.props.inferred_decision, day(2018, 2, 19))
        record.props.body = "Cabinet and Commissioners"
        record.props.reference = "Minute 109"
        record.props.source = ISSUE
        record.props.note = ("Cabinet agreed the response as a whole; the table's decision "
                             "column is blank, so the decision is the response's wording")
        resp.add_decision_record(record)

    data = review.to_data()
    if isinstance(data, tuple):   # without libama's Python overrides
        data = data[0]
    tmp = PATH + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(data)
    os.replace(tmp, PATH)


if __name__ == "__main__":
    main()
