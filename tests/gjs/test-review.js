// SPDX-License-Identifier: LGPL-2.1-or-later
//
// libama from GJS: the bundled Rotherham review read through the typelib,
// async loading on a main loop, errors, and the example's output. TAP.

import Ama from 'gi://Ama?version=1.0';
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import System from 'system';

import {describe, items, nick} from '../../examples/gjs/print-review.js';

const root = GLib.getenv('AMA_SOURCE_ROOT') ??
    Gio.File.new_for_uri(import.meta.url).get_parent().get_parent().get_parent().get_path();
const dataFile = Gio.File.new_for_path(`${root}/examples/data/rotherham-ama-2017.json`);

let count = 0;
let failed = 0;
function ok(name, fn) {
    count++;
    try {
        fn();
        print(`ok ${count} - ${name}`);
    } catch (e) {
        failed++;
        print(`not ok ${count} - ${name}`);
        for (const line of `${e}\n${e.stack ?? ''}`.split('\n'))
            print(`# ${line}`);
    }
}
function equal(actual, expected, what = '') {
    const a = JSON.stringify(actual), b = JSON.stringify(expected);
    if (a !== b)
        throw new Error(`${what}: expected ${b}, got ${a}`);
}
function date(dt) {
    return dt ? dt.format('%F') : null;
}

const review = Ama.Review.new_from_file(dataFile, null);
const recs = [...items(review.get_recommendations())];

ok('review identity', () => {
    equal(review.id, 'rotherham-ama-2017');
    equal(review.authority, 'Rotherham Metropolitan Borough Council');
    equal(review.status, Ama.ReviewStatus.RESPONDED);
    equal(review.get_members().get_n_items(), 5, 'members');
});

ok('the Chair', () => {
    const chairs = [...items(review.get_members())].filter(m => m.role === Ama.MemberRole.CHAIR);
    equal(chairs.map(m => [m.person.honorific, m.person.name]), [['Cllr', 'Maggi Clark']]);
});

ok('recommendations, decisions and officers', () => {
    equal(recs.map(r => r.number), ['1', '2', '3', '4', '5']);
    // Cabinet's decisions of 19 February 2018 (examples/data/README.md)
    equal(recs.map(r => nick(Ama.Decision, r.response.decision)),
        ['accepted', 'accepted', 'noted', 'accepted', 'noted']);
    equal(recs.map(r => r.response.history.get_n_items()), Array(5).fill(1));
    equal(recs.map(r => nick(Ama.Decision, r.response.inferred_decision)),
        ['accepted', 'accepted', 'noted', 'accepted', 'noted']);
    equal(recs.map(r => r.response.officer?.name ?? null),
        ['Ian Thomas', null, 'Ian Thomas', 'Ian Thomas', 'Ian Thomas']);
    equal(recs.map(r => r.response.officer?.name_as_written ?? null),
        [null, null, null, 'lan Thomas', 'lan Thomas']);
    equal(recs[1].response.no_further_action, true, 'NFA');
    equal(recs[1].points.length, 3, 'points');
});

ok('action-by is a recurring deadline', () => {
    const deadline = recs[2].response.action_by;
    equal(deadline.get_text(), 'Annual Participation');
    equal(deadline.get_kind(), Ama.DeadlineKind.RECURRING);
    equal(deadline.get_recurrence(), Ama.Recurrence.YEARLY);
    equal(deadline.get_due(), null);
});

ok('visits', () => {
    const visits = [...items(review.get_visits())];
    equal(visits.length, 10);
    const birmingham = visits.find(v => v.authority === 'Birmingham City Council');
    equal(date(birmingham.date), '2017-02-09');
    equal(birmingham.date_text, 'Wednesday 9th February 2017');
    equal(visits.filter(v => v.mode === Ama.VisitMode.TELECONFERENCE).length, 4);
});

ok('meetings and the Council minutes', () => {
    const meetings = [...items(review.get_meetings())];
    equal(meetings.length, 10);
    equal([date(meetings[4].date), date(meetings[4].end_date)], ['2017-01-23', '2017-02-28']);
    const item = meetings[9].get_agenda_items().get_item(0);
    equal([...items(item.get_resolutions())].map(r => r.number), ['1', '2']);
    equal([item.mover.name, item.seconder.name], ['Clark', 'Allcock']);
});

ok('to_data round-trips byte for byte', () => {
    const [data, length] = review.to_data();
    const [, bytes] = dataFile.load_contents(null);
    equal(new TextDecoder().decode(bytes) === data, true, 'same text');
    equal(length, bytes.length, 'length in bytes');
    const [again] = Ama.Review.new_from_data(data, -1).to_data();
    equal(again === data, true, 'stable');
});

ok('errors are GLib.Error in the Ama domain', () => {
    let caught = null;
    try {
        Ama.Review.new_from_data('{"format":"ama-review","version":1,"visits":[{"mode":"zoom"}]}', -1);
    } catch (e) {
        caught = e;
    }
    equal(caught instanceof GLib.Error, true, 'GLib.Error');
    equal(caught.matches(Ama.error_quark(), Ama.Error.INVALID), true, 'domain and code');
    equal(caught.message.includes('$.visits[0].mode'), true, caught.message);
});

ok('building a review from GJS', () => {
    const r = new Ama.Review({id: 'gjs', title: 'Made in GJS'});
    const rec = Ama.Recommendation.new('1', 'Do it.');
    rec.response = new Ama.Response({decision: Ama.Decision.ACCEPTED, text: 'Agreed.'});
    rec.response.action_by = Ama.Deadline.parse('March 2018', null);
    r.add_recommendation(rec);
    const [data] = r.to_data();
    const json = JSON.parse(data);
    equal(json.recommendations[0].response.decision, 'accepted');
    equal(json.recommendations[0].response['action-by'], {text: 'March 2018', kind: 'month', due: '2018-03-31'});
});

ok('the example prints the issue\'s table', () => {
    const lines = describe(review).split('\n');
    equal(lines.slice(1), [
        '1\taccepted\tIan Thomas',
        '2\taccepted\t(no further action)',
        '3\tnoted\tIan Thomas',
        '4\taccepted\tIan Thomas',
        '5\tnoted\tIan Thomas',
    ]);
});

// Async load on a main loop, then a cancelled one.
const loop = new GLib.MainLoop(null, false);
const outcome = {};
Ama.Review.new_from_file_async(dataFile, GLib.PRIORITY_DEFAULT, null, (_source, result) => {
    try {
        outcome.review = Ama.Review.new_from_file_finish(result);
    } catch (e) {
        outcome.error = e;
    }
    const cancellable = new Gio.Cancellable();
    cancellable.cancel();
    Ama.Review.new_from_file_async(dataFile, GLib.PRIORITY_DEFAULT, cancellable, (_s, res) => {
        try {
            Ama.Review.new_from_file_finish(res);
        } catch (e) {
            outcome.cancelled = e;
        }
        loop.quit();
    });
});
const guard = GLib.timeout_add_seconds(GLib.PRIORITY_DEFAULT, 20, () => {
    outcome.timedOut = true;
    loop.quit();
    return GLib.SOURCE_REMOVE;
});
loop.run();
if (!outcome.timedOut)
    GLib.source_remove(guard);

ok('async load', () => {
    equal(outcome.timedOut ?? false, false, 'timed out');
    equal(outcome.error ?? null, null, 'error');
    equal(outcome.review.get_recommendations().get_n_items(), 5);
});
ok('async load cancelled', () => {
    equal(outcome.cancelled?.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.CANCELLED), true);
});

ok('enums to and from their JSON names', () => {
    equal(Ama.Decision.to_string(Ama.Decision.PARTIALLY_ACCEPTED), 'partially-accepted');
    equal(Ama.Progress.to_string(Ama.Progress.IN_PROGRESS), 'in-progress');
    const [found, value] = Ama.DeadlineKind.from_string('financial-year');
    equal(found, true);
    equal(value, Ama.DeadlineKind.FINANCIAL_YEAR);
    equal(Ama.Decision.from_string('maybe')[0], false);
    // the JSON the library writes uses the same names
    const json = new Ama.Review({id: 'x'});
    const rec = Ama.Recommendation.new('1', 'Do it');
    rec.response = new Ama.Response({decision: Ama.Decision.DEFERRED});
    json.add_recommendation(rec);
    const [data] = json.to_data();
    equal(data.includes(`"decision" : "${Ama.Decision.to_string(Ama.Decision.DEFERRED)}"`), true);
});

print(`1..${count}`);
System.exit(failed ? 1 : 0);
