// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Print a review's recommendations and the responses to them.
//
//   gjs -m examples/gjs/print-review.js [REVIEW.json]
//
// Without an argument it reads the bundled Rotherham review. Against an
// uninstalled build, set GI_TYPELIB_PATH=build/lib LD_LIBRARY_PATH=build/lib.

import Ama from 'gi://Ama?version=1.0';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import System from 'system';

// The JSON names of enum values ("partially-accepted"): every public
// enum has to_string() and from_string() (ama_decision_to_string()…).
export function nick(enumObject, value) {
    return enumObject.to_string(value) ?? String(value);
}

export function* items(model) {
    for (let i = 0; i < model.get_n_items(); i++)
        yield model.get_item(i);
}

function officerOf(response) {
    if (response.officer)
        return response.officer.name;
    return response.no_further_action ? '(no further action)' : '-';
}

export function describe(review) {
    const lines = [review.title];
    for (const rec of items(review.get_recommendations())) {
        const response = rec.response;
        if (!response) {
            lines.push(`${rec.number}\tno response`);
            continue;
        }
        let decision = nick(Ama.Decision, response.decision);
        if (response.inferred_decision !== response.decision)
            decision += ` (inferred: ${nick(Ama.Decision, response.inferred_decision)})`;
        lines.push(`${rec.number}\t${decision}\t${officerOf(response)}`);
    }
    return lines.join('\n');
}

function main(args) {
    const here = Gio.File.new_for_uri(import.meta.url).get_parent();
    const file = args.length > 0
        ? Gio.File.new_for_commandline_arg(args[0])
        : here.get_parent().resolve_relative_path('data/rotherham-ama-2017.json');
    try {
        print(describe(Ama.Review.new_from_file(file, null)));
    } catch (e) {
        if (!(e instanceof GLib.Error))
            throw e;
        printerr(`print-review: ${e.message}`);
        return 1;
    }
    return 0;
}

// Run only when executed, not when imported by the tests.
if (import.meta.url.endsWith('/print-review.js') && System.programInvocationName.endsWith('print-review.js'))
    System.exit(main(System.programArgs));
