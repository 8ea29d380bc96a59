/* print-review.vala
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Print a review's recommendations and the responses to them.
 *
 *   valac --pkg libama-1 print-review.vala
 *   ./print-review REVIEW.json
 */

static string officer_of (Ama.Response response) {
    if (response.officer != null)
        return response.officer.name;
    return response.no_further_action ? "(no further action)" : "-";
}

public static string describe (Ama.Review review) {
    var out = new StringBuilder (review.title ?? "");
    var recommendations = review.get_recommendations ();
    for (uint i = 0; i < recommendations.get_n_items (); i++) {
        var rec = (Ama.Recommendation) recommendations.get_item (i);
        var response = rec.response;
        if (response == null) {
            out.append_printf ("\n%s\tno response", rec.number);
            continue;
        }
        /* The JSON name of the value ("partially-accepted"), from the library. */
        var decision = response.decision.to_string ();
        if (response.inferred_decision != response.decision)
            decision += " (inferred: %s)".printf (response.inferred_decision.to_string ());
        out.append_printf ("\n%s\t%s\t%s", rec.number, decision, officer_of (response));
    }
    return out.str;
}

#if !AMA_TEST
int main (string[] args) {
    /* Dates and messages in the user's language and encoding, as every
     * GLib program should set up before printing. */
    Intl.setlocale (LocaleCategory.ALL, "");
    if (args.length != 2) {
        stderr.printf ("usage: %s REVIEW.json\n", args[0]);
        return 2;
    }
    try {
        var review = new Ama.Review.from_file (File.new_for_commandline_arg (args[1]));
        print ("%s\n", describe (review));
    } catch (Error e) {
        stderr.printf ("print-review: %s\n", e.message);
        return 1;
    }
    return 0;
}
#endif
