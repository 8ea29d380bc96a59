/* print-review.vala
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Print a review's recommendations and the responses to them.
 *
 *   valac --pkg libama-1 print-review.vala
 *   ./print-review REVIEW.json
 */

/* The JSON name of an enum value ("partially-accepted"). */
static string nick (Type enum_type, int value) {
    var klass = (EnumClass) enum_type.class_ref ();
    unowned EnumValue? ev = klass.get_value (value);
    return ev != null ? ev.value_nick : value.to_string ();
}

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
        var decision = nick (typeof (Ama.Decision), response.decision);
        if (response.inferred_decision != response.decision)
            decision += " (inferred: %s)".printf (nick (typeof (Ama.Decision), response.inferred_decision));
        out.append_printf ("\n%s\t%s\t%s", rec.number, decision, officer_of (response));
    }
    return out.str;
}

#if !AMA_TEST
int main (string[] args) {
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
