/* ama-review-merge.c: folding a later document into a review
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A review lives on after its report: the executive's response, the
 * decision on a deferred recommendation, tracker report after tracker
 * report. Each of those is imported on its own into a small review; this
 * folds one into the review it updates. The rule is that nothing already
 * held is lost or rewritten: an empty field may be filled, a decision is
 * added to the history, a tracker's words become a dated progress update,
 * and anything that disagrees with what is held is a diagnostic, never an
 * overwrite. Every addition is checked against what is held first, so a
 * second merge of the same document finds everything already there.
 */

#include "config.h"

#include <string.h>

#include "ama-analysis-private.h"
#include "ama-import-private.h"
#include "ama-util-private.h"

#include "ama-decision-record.h"
#include "ama-deadline.h"
#include "ama-diagnostic.h"
#include "ama-enums.h"
#include "ama-enum-types.h"
#include "ama-error.h"
#include "ama-meeting.h"
#include "ama-person.h"
#include "ama-progress-update.h"
#include "ama-recommendation.h"
#include "ama-response.h"
#include "ama-review.h"
#include "ama-review-merge.h"

/* A recommendation's label as the importers read it, so that "R1",
 * "1", "1." and "Recommendation 1" are one key: the importers'
 * _ama_import_parse_label() wants a terminator after the label, so one
 * is added. What it cannot read ("1.1", a free-form id) is compared
 * trimmed and case-folded. */
static char *
label_key (const char *number)
{
  g_autofree char *with_stop = NULL;
  g_autofree char *label = NULL;
  g_autofree char *trimmed = NULL;
  const char *rest;

  if (number == NULL)
    return NULL;
  trimmed = g_strstrip (g_strdup (number));
  while (*trimmed != '\0' && strchr (".):", trimmed[strlen (trimmed) - 1]) != NULL)
    trimmed[strlen (trimmed) - 1] = '\0';
  if (*trimmed == '\0')
    return NULL;
  with_stop = g_strconcat (trimmed, ".", NULL);
  label = _ama_import_parse_label (with_stop, &rest);
  if (label != NULL && *rest == '\0')
    return g_ascii_strdown (label, -1);
  return g_ascii_strdown (trimmed, -1);
}

static void
add_diag (GListStore  *out,
          AmaSeverity  severity,
          const char  *code,
          guint        index,
          const char  *member,
          const char  *format,
          ...) G_GNUC_PRINTF (6, 7);

static void
add_diag (GListStore  *out,
          AmaSeverity  severity,
          const char  *code,
          guint        index,
          const char  *member,
          const char  *format,
          ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  g_autoptr(AmaDiagnostic) d = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  d = ama_diagnostic_new (severity, code, message);
  /* The path is into the later document: that is the row to look at. */
  path = g_strdup_printf ("$.recommendations[%u]%s", index, member ? member : "");
  ama_diagnostic_set_path (d, path);
  g_list_store_append (out, d);
}

static gboolean
text_empty (const char *s)
{
  if (s == NULL)
    return TRUE;
  while (g_ascii_isspace (*s))
    s++;
  return *s == '\0';
}

/* The date a later document speaks for when a row gives none: its latest
 * dated meeting (a tracker report is a paper to one), else NULL. */
static GDateTime *
document_date (AmaReview *later)
{
  GListModel *meetings = ama_review_get_meetings (later);
  GDateTime *best = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(AmaMeeting) m = g_list_model_get_item (meetings, i);
      GDateTime *d = ama_meeting_get_date (m);

      if (d != NULL && (best == NULL || g_date_time_compare (d, best) > 0))
        best = d;
    }
  return best;
}

/* A tracker's status words at the start of its note ("Completed – the
 * policy was adopted", "In progress: ..."), read by the nicks and names
 * of #AmaProgress ("no longer feasible" = no-longer-feasible). */
static gboolean
status_from_text (const char  *text,
                  AmaProgress *status)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (AMA_TYPE_PROGRESS);
  g_autofree char *lower = NULL;
  guint best_len = 0;

  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*text))
    text++;
  lower = g_ascii_strdown (text, -1);

  for (guint i = 0; i < klass->n_values; i++)
    {
      const char *nick = klass->values[i].value_nick;
      g_autofree char *spaced = g_strdelimit (g_strdup (nick), "-", ' ');
      gsize len = strlen (nick);

      /* "In progress:", "in-progress", "Completed - ..."; the longest
       * match wins, so "not implemented" is never "not-..." cut short */
      if ((strncmp (lower, nick, len) == 0 || strncmp (lower, spaced, len) == 0) &&
          !g_ascii_isalnum (lower[len]) && len > best_len)
        {
          *status = klass->values[i].value;
          best_len = (guint) len;
        }
    }
  return best_len > 0;
}

static gboolean
has_update (AmaRecommendation *rec,
            AmaProgressUpdate *update)
{
  GListModel *updates = ama_recommendation_get_updates (rec);

  for (guint i = 0; i < g_list_model_get_n_items (updates); i++)
    {
      g_autoptr(AmaProgressUpdate) u = g_list_model_get_item (updates, i);

      if (ama_progress_update_get_status (u) == ama_progress_update_get_status (update) &&
          _ama_date_equal (ama_progress_update_get_date (u), ama_progress_update_get_date (update)) &&
          g_strcmp0 (ama_progress_update_get_note (u), ama_progress_update_get_note (update)) == 0)
        return TRUE;
    }
  return FALSE;
}

static AmaDecisionRecord *
copy_record (AmaDecisionRecord *r)
{
  AmaDecisionRecord *copy = ama_decision_record_new (ama_decision_record_get_decision (r),
                                                     ama_decision_record_get_date (r));

  ama_decision_record_set_body (copy, ama_decision_record_get_body (r));
  ama_decision_record_set_reference (copy, ama_decision_record_get_reference (r));
  ama_decision_record_set_source (copy, ama_decision_record_get_source (r));
  ama_decision_record_set_note (copy, ama_decision_record_get_note (r));
  return copy;
}

/* The decisions @response states: its history, or, without one, its
 * decision on its date. An undated decision other than pending is
 * returned too (the caller decides whether it can be placed). */
static GPtrArray *
decisions_of (AmaResponse *response)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *history = ama_response_get_history (response);
  guint n = g_list_model_get_n_items (history);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaDecisionRecord) r = g_list_model_get_item (history, i);
      g_ptr_array_add (out, copy_record (r));
    }
  if (n == 0 && (ama_response_get_decision (response) != AMA_DECISION_PENDING ||
                 ama_response_get_date (response) != NULL))
    g_ptr_array_add (out, ama_decision_record_new (ama_response_get_decision (response),
                                                   ama_response_get_date (response)));
  return out;
}

static gboolean
history_holds (AmaResponse       *response,
               AmaDecisionRecord *record)
{
  GListModel *history = ama_response_get_history (response);

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(AmaDecisionRecord) r = g_list_model_get_item (history, i);
      if (ama_decision_record_equal (r, record))
        return TRUE;
    }
  return FALSE;
}

/* A held record on the same day (and body, where both say) with another
 * decision: the two documents disagree about one meeting. */
static AmaDecisionRecord *
history_clash (AmaResponse       *response,
               AmaDecisionRecord *record)
{
  GListModel *history = ama_response_get_history (response);
  GDateTime *date = ama_decision_record_get_date (record);
  const char *body = ama_decision_record_get_body (record);

  if (date == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(AmaDecisionRecord) r = g_list_model_get_item (history, i);
      const char *held_body = ama_decision_record_get_body (r);

      if (_ama_date_equal (ama_decision_record_get_date (r), date) &&
          (held_body == NULL || body == NULL || g_strcmp0 (held_body, body) == 0) &&
          ama_decision_record_get_decision (r) != ama_decision_record_get_decision (record))
        return r;   /* the history holds a reference */
    }
  return NULL;
}

static const char *
decision_nick (AmaDecision d)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (AMA_TYPE_DECISION);
  GEnumValue *v = g_enum_get_value (klass, d);

  return v != NULL ? v->value_nick : "?";
}

static void
merge_decisions (AmaResponse *held,
                 AmaResponse *later,
                 const char  *label,
                 guint        index,
                 GListStore  *out)
{
  g_autoptr(GPtrArray) records = decisions_of (later);

  for (guint k = 0; k < records->len; k++)
    {
      AmaDecisionRecord *r = g_ptr_array_index (records, k);
      AmaDecisionRecord *clash;

      if (ama_decision_record_get_date (r) == NULL)
        {
          /* Undated: it cannot be placed among dated decisions. The
           * same decision as held says nothing new; on a recommendation
           * still pending it is the first decision known (recorded
           * undated, last); against another decision it is a conflict. */
          if (ama_decision_record_get_decision (r) == ama_response_get_decision (held) ||
              history_holds (held, r))
            continue;
          if (ama_response_get_decision (held) == AMA_DECISION_PENDING &&
              ama_decision_record_get_decision (r) != AMA_DECISION_PENDING)
            {
              ama_response_add_decision_record (held, r);
              continue;
            }
          add_diag (out, AMA_SEVERITY_WARNING, "merge-conflict", index, ".response.decision",
                      "Recommendation %s: the document says “%s” without a date; the review holds “%s”, kept",
                      label, decision_nick (ama_decision_record_get_decision (r)),
                      decision_nick (ama_response_get_decision (held)));
          continue;
        }
      if (history_holds (held, r))
        continue;
      clash = history_clash (held, r);
      if (clash != NULL)
        {
          g_autofree char *day = g_date_time_format (ama_decision_record_get_date (r), "%Y-%m-%d");
          add_diag (out, AMA_SEVERITY_WARNING, "merge-conflict", index, ".response.decision",
                    "Recommendation %s: the document records “%s” on %s; the review holds “%s” for that day, kept",
                    label, decision_nick (ama_decision_record_get_decision (r)), day,
                    decision_nick (ama_decision_record_get_decision (clash)));
          continue;
        }
      /* A response with a decision but no history yet: its decision goes
       * into the history first, so adding the later one loses nothing. */
      if (g_list_model_get_n_items (ama_response_get_history (held)) == 0 &&
          (ama_response_get_decision (held) != AMA_DECISION_PENDING ||
           ama_response_get_date (held) != NULL))
        {
          g_autoptr(AmaDecisionRecord) first =
            ama_decision_record_new (ama_response_get_decision (held), ama_response_get_date (held));
          if (ama_decision_record_equal (first, r))
            continue;
          ama_response_add_decision_record (held, first);
        }
      ama_response_add_decision_record (held, r);
    }
}

/* What of @later's response a held response has no field for yet. */
static void
fill_response (AmaResponse *held,
               AmaResponse *later,
               const char  *label,
               guint        index,
               GListStore  *out)
{
  AmaPerson *officer = ama_response_get_officer (later);
  AmaPerson *held_officer = ama_response_get_officer (held);
  AmaDeadline *action_by = ama_response_get_action_by (later);
  AmaDeadline *held_action_by = ama_response_get_action_by (held);

  if (officer != NULL && ama_person_get_name (officer) != NULL)
    {
      if (held_officer == NULL || ama_person_get_name (held_officer) == NULL)
        ama_response_set_officer (held, officer);
      else if (g_strcmp0 (ama_person_get_name (officer), ama_person_get_name (held_officer)) != 0)
        add_diag (out, AMA_SEVERITY_WARNING, "merge-conflict", index, ".response.officer",
                  "Recommendation %s: the document names %s as the officer; the review holds %s, kept",
                  label, ama_person_get_name (officer), ama_person_get_name (held_officer));
    }
  if (action_by != NULL && !text_empty (ama_deadline_get_text (action_by)))
    {
      if (held_action_by == NULL || text_empty (ama_deadline_get_text (held_action_by)))
        ama_response_set_action_by (held, action_by);
      else if (g_strcmp0 (ama_deadline_get_text (action_by), ama_deadline_get_text (held_action_by)) != 0)
        add_diag (out, AMA_SEVERITY_WARNING, "merge-conflict", index, ".response.action-by",
                  "Recommendation %s: the document gives the action-by “%s”; the review holds “%s”, kept",
                  label, ama_deadline_get_text (action_by), ama_deadline_get_text (held_action_by));
    }
  if (ama_response_get_reconsider_on (held) == NULL && ama_response_get_reconsider_on (later) != NULL)
    ama_response_set_reconsider_on (held, ama_response_get_reconsider_on (later));
}

/* The later row's words, where they are not the response already held,
 * are a tracker's report of progress: a dated progress update. */
static void
merge_tracker_text (AmaRecommendation *rec,
                    AmaResponse       *held,
                    AmaResponse       *later,
                    GDateTime         *fallback_date,
                    const char        *label,
                    guint              index,
                    GListStore        *out)
{
  const char *text = ama_response_get_text (later);
  g_autoptr(AmaProgressUpdate) update = NULL;
  GDateTime *date;
  AmaProgress status = AMA_PROGRESS_IN_PROGRESS;
  gboolean stated;

  if (text_empty (text) || g_strcmp0 (text, ama_response_get_text (held)) == 0)
    return;
  date = ama_response_get_date (later);
  if (date == NULL)
    date = fallback_date;
  stated = status_from_text (text, &status);
  update = ama_progress_update_new (date, status, text);
  if (has_update (rec, update))
    return;
  if (!stated)
    add_diag (out, AMA_SEVERITY_INFO, "merge-status-assumed", index, ".response.text",
              "Recommendation %s: the row states no status; its update is recorded as in progress", label);
  if (date == NULL)
    add_diag (out, AMA_SEVERITY_WARNING, "merge-undated", index, ".response.text",
              "Recommendation %s: the row and its document give no date; its update is undated", label);
  ama_recommendation_add_update (rec, update);
}

/**
 * ama_review_merge:
 * @self: the #AmaReview to update
 * @later: a later document about the same review, imported on its own
 *   (a Cabinet response, a decision, a tracker report)
 * @error: return location for a #GError
 *
 * Folds @later into @self. Recommendations are matched by label, read
 * as the importers read them: "R1", "1", "1." and "Recommendation 1"
 * are the same recommendation; a label that is not a number (or "3a",
 * "(b)") is compared as written, ignoring case and trailing punctuation.
 *
 * For each matched recommendation:
 *
 * - a text, response, officer, action-by or reconsider-on that @self
 *   lacks is taken from @later; one that differs from what @self holds is
 *   kept as held and reported (`merge-conflict`);
 * - each dated decision of @later's response (its history, or its
 *   decision on its date) is added to the response's
 *   [property@Ama.Response:history] in date order, once (see
 *   [method@Ama.Response.add_decision_record]); when the response had
 *   no history, its own decision is recorded first so that it is not
 *   lost. A different decision on a day the history already has one for,
 *   or an undated decision other than the one held (unless the held
 *   one is still pending: then it is recorded, undated, last), is a
 *   `merge-conflict` and is not recorded;
 * - a response text of @later that is not the one held is a tracker's
 *   report: it becomes an [class@Ama.ProgressUpdate] dated by the row's
 *   response date, else by @later's latest meeting; its status is read
 *   from the status words it opens with ("Completed", "Paused", "No
 *   longer feasible", the nicks of #AmaProgress), else in-progress with
 *   a `merge-status-assumed` note; without any date it is `merge-undated`;
 * - @later's own progress updates are added unless an equal one (same
 *   date, status and note) is held.
 *
 * A recommendation of @later that matches none in @self is reported
 * (`merge-unmatched`) and not added: a tracker row is not a
 * recommendation. @self's reported-to-executive is filled from @later
 * when @self has none.
 *
 * Nothing @self holds is removed or changed, and merging the same
 * document again adds nothing: the second merge saves byte for byte as
 * the first. The diagnostics' paths point into @later.
 *
 * Returns: (transfer full): the diagnostics (#AmaDiagnostic), possibly
 *   empty, or %NULL with @error set (%AMA_ERROR_MISSING) when @later
 *   has no recommendations
 *
 * Since: 1.2
 */
GListModel *
ama_review_merge (AmaReview  *self,
                  AmaReview  *later,
                  GError    **error)
{
  g_autoptr(GListStore) out = NULL;
  g_autoptr(GHashTable) by_key = NULL;
  GListModel *held_recs, *later_recs;
  GDateTime *fallback_date;

  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);
  g_return_val_if_fail (AMA_IS_REVIEW (later), NULL);
  g_return_val_if_fail (self != later, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  held_recs = ama_review_get_recommendations (self);
  later_recs = ama_review_get_recommendations (later);
  if (g_list_model_get_n_items (later_recs) == 0)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_MISSING,
                   "$.recommendations: the document to merge has no recommendations");
      return NULL;
    }

  out = g_list_store_new (AMA_TYPE_DIAGNOSTIC);
  /* the first recommendation of a label wins, as the validator's
   * duplicate-number rule reads them */
  by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (held_recs); i++)
    {
      g_autoptr(AmaRecommendation) rec = g_list_model_get_item (held_recs, i);
      char *key = label_key (ama_recommendation_get_number (rec));

      if (key == NULL || g_hash_table_contains (by_key, key))
        g_free (key);
      else
        g_hash_table_insert (by_key, key, g_steal_pointer (&rec));
    }

  if (ama_review_get_reported_to_executive (self) == NULL &&
      ama_review_get_reported_to_executive (later) != NULL)
    ama_review_set_reported_to_executive (self, ama_review_get_reported_to_executive (later));

  fallback_date = document_date (later);

  for (guint i = 0; i < g_list_model_get_n_items (later_recs); i++)
    {
      g_autoptr(AmaRecommendation) lrec = g_list_model_get_item (later_recs, i);
      g_autofree char *key = label_key (ama_recommendation_get_number (lrec));
      const char *label = ama_recommendation_get_number (lrec);
      AmaRecommendation *rec = key ? g_hash_table_lookup (by_key, key) : NULL;
      AmaResponse *lresp = ama_recommendation_get_response (lrec);
      AmaResponse *resp;
      GListModel *lupdates;

      if (rec == NULL)
        {
          add_diag (out, AMA_SEVERITY_WARNING, "merge-unmatched", i, ".number",
                    "Recommendation %s of the document matches no recommendation of the review; not merged",
                    label ? label : "(no number)");
          continue;
        }
      label = ama_recommendation_get_number (rec);

      if (text_empty (ama_recommendation_get_text (rec)) &&
          !text_empty (ama_recommendation_get_text (lrec)))
        ama_recommendation_set_text (rec, ama_recommendation_get_text (lrec));

      resp = ama_recommendation_get_response (rec);
      if (lresp != NULL && resp == NULL)
        {
          /* nothing held to lose: the later response is the response */
          g_autoptr(AmaResponse) fresh = ama_response_new ();

          ama_response_set_text (fresh, ama_response_get_text (lresp));
          ama_response_set_inferred_decision (fresh, ama_response_get_inferred_decision (lresp));
          ama_response_set_no_further_action (fresh, ama_response_get_no_further_action (lresp));
          ama_recommendation_set_response (rec, fresh);
          resp = fresh;
          fill_response (resp, lresp, label, i, out);
          merge_decisions (resp, lresp, label, i, out);
          if (ama_response_get_date (resp) == NULL && ama_response_get_date (lresp) != NULL)
            ama_response_set_date (resp, ama_response_get_date (lresp));
        }
      else if (lresp != NULL)
        {
          if (text_empty (ama_response_get_text (resp)) && !text_empty (ama_response_get_text (lresp)))
            ama_response_set_text (resp, ama_response_get_text (lresp));
          fill_response (resp, lresp, label, i, out);
          merge_decisions (resp, lresp, label, i, out);
          merge_tracker_text (rec, resp, lresp, fallback_date, label, i, out);
        }

      lupdates = ama_recommendation_get_updates (lrec);
      for (guint j = 0; j < g_list_model_get_n_items (lupdates); j++)
        {
          g_autoptr(AmaProgressUpdate) u = g_list_model_get_item (lupdates, j);

          if (!has_update (rec, u))
            {
              g_autoptr(AmaProgressUpdate) copy =
                ama_progress_update_new (ama_progress_update_get_date (u),
                                         ama_progress_update_get_status (u),
                                         ama_progress_update_get_note (u));
              ama_recommendation_add_update (rec, copy);
            }
        }
    }

  return G_LIST_MODEL (g_steal_pointer (&out));
}
