/* test-review.vala
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * libama from Vala through the generated libama-1.vapi: the bundled review,
 * async loading with cancellation, errors, and the example's output
 * (describe () comes from examples/vala/print-review.vala, compiled in).
 */

static string source_root () {
    return Environment.get_variable ("AMA_SOURCE_ROOT") ?? ".";
}

static Ama.Review load_bundled () throws Error {
    var path = Path.build_filename (source_root (), "examples", "data", "rotherham-ama-2017.json");
    return new Ama.Review.from_file (File.new_for_path (path));
}

static void test_facts () {
    try {
        var review = load_bundled ();
        assert_cmpstr (review.id, CompareOperator.EQ, "rotherham-ama-2017");
        assert (review.status == Ama.ReviewStatus.RESPONDED);
        assert_cmpuint (review.get_members ().get_n_items (), CompareOperator.EQ, 5);
        var chair = (Ama.Member) review.get_members ().get_item (1);
        assert (chair.role == Ama.MemberRole.CHAIR);
        assert_cmpstr (chair.person.name, CompareOperator.EQ, "Maggi Clark");

        var recs = review.get_recommendations ();
        assert_cmpuint (recs.get_n_items (), CompareOperator.EQ, 5);
        var rec2 = (Ama.Recommendation) recs.get_item (1);
        assert (rec2.points.length == 3);
        assert (rec2.response.no_further_action);
        assert (rec2.response.officer == null);
        var rec4 = (Ama.Recommendation) recs.get_item (3);
        assert_cmpstr (rec4.response.officer.name, CompareOperator.EQ, "Ian Thomas");
        assert_cmpstr (rec4.response.officer.name_as_written, CompareOperator.EQ, "lan Thomas");
        // Cabinet agreed the response on 19 February 2018: the decision
        // its wording states, in the history (examples/data/README.md).
        assert (rec4.response.decision == Ama.Decision.ACCEPTED);
        assert (rec4.response.history.get_n_items () == 1);
        assert (rec4.response.inferred_decision == Ama.Decision.ACCEPTED);
        var rec3 = (Ama.Recommendation) recs.get_item (2);
        assert (rec3.response.action_by.get_kind () == Ama.DeadlineKind.RECURRING);
        assert (rec3.response.action_by.get_recurrence () == Ama.Recurrence.YEARLY);

        var visit = (Ama.Visit) review.get_visits ().get_item (7);
        assert_cmpstr (visit.authority, CompareOperator.EQ, "Birmingham City Council");
        assert_cmpstr (visit.date.format ("%F"), CompareOperator.EQ, "2017-02-09");
        assert_cmpstr (visit.date_text, CompareOperator.EQ, "Wednesday 9th February 2017");
    } catch (Error e) {
        error ("%s", e.message);
    }
}

static void test_round_trip () {
    try {
        var review = load_bundled ();
        size_t length;
        var data = review.to_data (out length);
        string original;
        FileUtils.get_contents (Path.build_filename (source_root (), "examples", "data", "rotherham-ama-2017.json"), out original);
        assert_cmpstr (data, CompareOperator.EQ, original);
        assert_cmpuint ((uint) length, CompareOperator.EQ, original.length);
        size_t again_length;
        assert_cmpstr (new Ama.Review.from_data (data, -1).to_data (out again_length), CompareOperator.EQ, data);
    } catch (Error e) {
        error ("%s", e.message);
    }
}

static void test_errors () {
    try {
        new Ama.Review.from_data ("{\"format\":\"ama-review\",\"version\":7}", -1);
        assert_not_reached ();
    } catch (Error e) {
        assert (e is Ama.Error.UNSUPPORTED_VERSION);
        assert (e.message.contains ("$.version"));
    }
}

static void test_example_output () {
    try {
        var lines = describe (load_bundled ()).split ("\n");
        assert_cmpint (lines.length, CompareOperator.EQ, 6);
        assert_cmpstr (lines[2], CompareOperator.EQ, "2\taccepted\t(no further action)");
        assert_cmpstr (lines[4], CompareOperator.EQ, "4\taccepted\tIan Thomas");
    } catch (Error e) {
        error ("%s", e.message);
    }
}

static async Ama.Review load_async (File file, Cancellable? cancellable) throws Error {
    return yield new Ama.Review.from_file_async (file, Priority.DEFAULT, cancellable);
}

static void test_async () {
    var loop = new MainLoop ();
    var file = File.new_for_path (Path.build_filename (source_root (), "examples", "data", "rotherham-ama-2017.json"));
    Ama.Review? review = null;
    Error? err = null;
    load_async.begin (file, null, (obj, res) => {
        try {
            review = load_async.end (res);
        } catch (Error e) {
            err = e.copy ();
        }
        loop.quit ();
    });
    loop.run ();
    assert_no_error (err);
    assert_cmpuint (review.get_recommendations ().get_n_items (), CompareOperator.EQ, 5);

    review = null;
    var cancellable = new Cancellable ();
    cancellable.cancel ();
    load_async.begin (file, cancellable, (obj, res) => {
        try {
            review = load_async.end (res);
        } catch (Error e) {
            err = e.copy ();
        }
        loop.quit ();
    });
    loop.run ();
    assert (review == null);
    assert_error (err, IOError.quark (), IOError.CANCELLED);
}

int main (string[] args) {
    Test.init (ref args);
    Test.add_func ("/vala/facts", test_facts);
    Test.add_func ("/vala/round-trip", test_round_trip);
    Test.add_func ("/vala/errors", test_errors);
    Test.add_func ("/vala/example-output", test_example_output);
    Test.add_func ("/vala/async", test_async);
    return Test.run ();
}
