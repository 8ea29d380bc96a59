/* ama-tracker.c: what is outstanding, what is overdue, and who owns it
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-deadline.h"
#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-officer-actions.h"
#include "ama-person.h"
#include "ama-progress-update.h"
#include "ama-recommendation.h"
#include "ama-response.h"
#include "ama-review.h"
#include "ama-tracker.h"
#include "ama-tracking-item.h"
#include "ama-tracking-summary.h"
#include "ama-types.h"
#include "ama-analysis-private.h"
#include "ama-tracker-private.h"
#include "ama-tracking-item-private.h"

/* Tracking never reads the clock: every question is asked "as of" a
 * date the caller passes, so answers are reproducible and testable.
 * Dates are compared as calendar dates; an action due on the as-of date
 * itself is not yet overdue. */

/**
 * ama_recommendation_get_latest_update:
 * @self: a #AmaRecommendation
 * @as_of: (nullable): only consider updates dated on or before this
 *   date; %NULL for all
 *
 * Finds the latest dated progress update on or before @as_of. Undated
 * updates cannot be placed in time and are ignored; of two updates on
 * the same day the later in the list wins.
 *
 * Returns: (transfer none) (nullable): the update, or %NULL when none
 *
 * Since: 1.0
 */
AmaProgressUpdate *
ama_recommendation_get_latest_update (AmaRecommendation *self,
                                      GDateTime         *as_of)
{
  GListModel *updates;
  AmaProgressUpdate *best = NULL;
  guint n;

  g_return_val_if_fail (AMA_IS_RECOMMENDATION (self), NULL);

  updates = ama_recommendation_get_updates (self);
  n = g_list_model_get_n_items (updates);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaProgressUpdate) update = g_list_model_get_item (updates, i);
      GDateTime *date = ama_progress_update_get_date (update);

      if (date == NULL)
        continue;
      if (as_of != NULL && _ama_days_between (date, as_of) < 0)
        continue;
      if (best == NULL ||
          _ama_days_between (ama_progress_update_get_date (best), date) >= 0)
        best = update;
    }

  /* The list model keeps the update alive. */
  return best;
}

/**
 * ama_recommendation_get_status:
 * @self: a #AmaRecommendation
 * @as_of: (nullable): the date to ask about; %NULL for the latest
 *   status recorded
 *
 * Derives the delivery status from the progress updates: the status of
 * the latest update on or before @as_of.
 *
 * Returns: the status, %AMA_PROGRESS_NOT_STARTED when no update applies
 *
 * Since: 1.0
 */
AmaProgress
ama_recommendation_get_status (AmaRecommendation *self,
                               GDateTime         *as_of)
{
  AmaProgressUpdate *latest;

  g_return_val_if_fail (AMA_IS_RECOMMENDATION (self), AMA_PROGRESS_NOT_STARTED);

  latest = ama_recommendation_get_latest_update (self, as_of);
  return latest ? ama_progress_update_get_status (latest) : AMA_PROGRESS_NOT_STARTED;
}

static const char *
recurrence_word (AmaRecurrence recurrence)
{
  switch (recurrence)
    {
    case AMA_RECURRENCE_WEEKLY: return "weekly";
    case AMA_RECURRENCE_MONTHLY: return "monthly";
    case AMA_RECURRENCE_QUARTERLY: return "quarterly";
    case AMA_RECURRENCE_YEARLY: return "yearly";
    case AMA_RECURRENCE_NONE:
    default: return "recurring";
    }
}

/* key → the most plausible spelling of that officer in @review. */
static GHashTable *
officer_spellings (AmaReview *review)
{
  GHashTable *best = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  /* Names already weighed (borrowed from the review's people): a name
   * seen again cannot change the best spelling, so it is keyed once. */
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *recs;
  guint n;

  if (review == NULL)
    return best;
  recs = ama_review_get_recommendations (review);
  n = g_list_model_get_n_items (recs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaRecommendation) rec = g_list_model_get_item (recs, i);
      AmaResponse *response = ama_recommendation_get_response (rec);
      AmaPerson *officer = response ? ama_response_get_officer (response) : NULL;
      const char *name = officer ? ama_person_get_name (officer) : NULL;
      g_autofree char *key = NULL;
      const char *current;

      if (name == NULL || !g_hash_table_add (seen, (gpointer) name))
        continue;
      key = _ama_name_key (name);
      if (key == NULL)
        continue;
      current = g_hash_table_lookup (best, key);
      /* First seen wins ties, as in the validator. */
      if (current == NULL ||
          (-_ama_name_penalty (name)) > (-_ama_name_penalty (current)))
        g_hash_table_insert (best, g_steal_pointer (&key), g_strdup (name));
    }
  return best;
}

static gboolean
is_closed (AmaProgress status,
           gboolean    recurring)
{
  /* A recurring commitment is not finished by one completed cycle. */
  if (status == AMA_PROGRESS_COMPLETED || status == AMA_PROGRESS_IMPLEMENTED)
    return !recurring;
  /* Paused is still outstanding: work is expected to resume. */
  return status == AMA_PROGRESS_SUPERSEDED || status == AMA_PROGRESS_NOT_ACHIEVED ||
         status == AMA_PROGRESS_NO_LONGER_FEASIBLE || status == AMA_PROGRESS_NOT_IMPLEMENTED;
}

static const char *
status_text_of (char              **cache,
                AmaProgressUpdate  *latest,
                AmaProgress         status)
{
  /* Formatted on first use: only items that are kept carry a reason. */
  if (*cache != NULL)
    return *cache;
  if (latest != NULL)
    {
      g_autofree char *d = _ama_date_to_words (ama_progress_update_get_date (latest));
      g_autofree char *words = g_strdelimit (g_strdup (_ama_enum_nick (AMA_TYPE_PROGRESS, status)), "-", ' ');
      *cache = g_strdup_printf ("%s since %s", words, d);
    }
  else
    *cache = g_strdup ("no progress reported");
  return *cache;
}

/* Decides from plain data whether the recommendation is kept (every one
 * for TRACK_ALL; only outstanding or overdue ones otherwise) before
 * building anything: a review asked for its overdue actions keeps a
 * few in ten, and the reason sentence, the officer's spelling and the
 * item itself are the bulk of the cost. Returns NULL when not kept.
 * @spellings is computed on first need, once per review. */
static AmaTrackingItem *
track_one (AmaReview         *review,
           AmaRecommendation *rec,
           GDateTime         *as_of,
           GHashTable       **spellings,
           TrackWant          want)
{
  AmaResponse *response = ama_recommendation_get_response (rec);
  AmaDecision decision = response ? ama_response_get_decision (response) : AMA_DECISION_PENDING;
  gboolean nfa = response ? ama_response_get_no_further_action (response) : FALSE;
  AmaDeadline *action_by = response ? ama_response_get_action_by (response) : NULL;
  AmaProgressUpdate *latest;
  AmaProgress status;
  g_autoptr(AmaDeadline) by = NULL;
  AmaPerson *officer;
  GDateTime *anchor;
  gboolean recurring;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) next_due = NULL;
  g_autofree char *officer_name = NULL;
  g_autofree char *status_text = NULL;
  g_autoptr(GString) reason = NULL;
  gboolean tracked, outstanding = FALSE, overdue = FALSE;
  int days_overdue = 0;

  /* Not tracked whatever its progress: no further action, or a
   * decision that agrees to nothing and sets no action-by (an
   * unparsed one is re-read below, but is never NULL). */
  if (want != TRACK_ALL &&
      (nfa ||
       !(decision == AMA_DECISION_ACCEPTED ||
         decision == AMA_DECISION_PARTIALLY_ACCEPTED ||
         (decision == AMA_DECISION_PENDING && action_by != NULL))))
    return NULL;

  latest = ama_recommendation_get_latest_update (rec, as_of);
  status = latest ? ama_progress_update_get_status (latest) : AMA_PROGRESS_NOT_STARTED;
  by = _ama_response_effective_deadline (response);
  officer = response ? ama_response_get_officer (response) : NULL;
  anchor = response ? ama_response_get_date (response) : NULL;
  recurring = by && ama_deadline_get_kind (by) == AMA_DEADLINE_KIND_RECURRING;

  tracked = (decision == AMA_DECISION_ACCEPTED ||
             decision == AMA_DECISION_PARTIALLY_ACCEPTED ||
             (decision == AMA_DECISION_PENDING && by != NULL)) && !nfa;

  if (want != TRACK_ALL && (!tracked || is_closed (status, recurring)))
    return NULL;
  if (want == TRACK_OVERDUE)
    {
      /* Only a due date (or a recurrence with somewhere to count
       * from) can fall overdue. */
      if (by == NULL)
        return NULL;
      if (recurring)
        {
          if (anchor == NULL && ama_deadline_get_due (by) == NULL)
            return NULL;
        }
      else if (ama_deadline_get_due (by) == NULL ||
               _ama_days_between (ama_deadline_get_due (by), as_of) <= 0)
        return NULL;
    }

  reason = g_string_new (NULL);
  if (nfa)
    g_string_append (reason, "No further action is required");
  else if (!tracked)
    {
      switch (decision)
        {
        case AMA_DECISION_REJECTED:
          g_string_append (reason, "Rejected: no action to deliver");
          break;
        case AMA_DECISION_DEFERRED:
          g_string_append (reason, "Deferred: to be reconsidered, not delivered");
          break;
        case AMA_DECISION_NOTED:
          g_string_append (reason, "Noted: no action agreed");
          break;
        case AMA_DECISION_PENDING:
        case AMA_DECISION_ACCEPTED:
        case AMA_DECISION_PARTIALLY_ACCEPTED:
        default:
          g_string_append (reason, "No decision recorded and no action-by date: nothing to track yet");
          break;
        }
    }
  else if (is_closed (status, recurring))
    {
      g_autofree char *d = _ama_date_to_words (ama_progress_update_get_date (latest));
      g_autofree char *words = g_strdelimit (g_strdup (_ama_enum_nick (AMA_TYPE_PROGRESS, status)), "-", ' ');
      g_string_append_printf (reason, "Closed: %s on %s", words, d);
    }
  else
    {
      outstanding = TRUE;
      if (decision == AMA_DECISION_PENDING)
        g_string_append (reason, "No decision recorded, but an action-by is set: ");

      if (by == NULL)
        g_string_append (reason, "agreed without an action-by date, so it cannot fall overdue");
      else if (recurring)
        {
          g_autoptr(GDateTime) prev = ama_deadline_previous_due_from (by, anchor, as_of);
          const char *period = recurrence_word (ama_deadline_get_recurrence (by));

          if (anchor == NULL && ama_deadline_get_due (by) == NULL)
            {
              /* Nothing says when the commitment began, so no past
               * cycle can honestly be called missed: it is due by the
               * end of the current period, never yet overdue. */
              g_autofree char *nx = NULL;

              next_due = ama_deadline_next_due_from (by, anchor, as_of);
              nx = _ama_date_to_words (next_due);
              due = next_due ? g_date_time_ref (next_due) : NULL;
              g_string_append_printf (reason,
                                      "%s action “%s”, next due %s (no response date to count earlier cycles from); %s",
                                      period, ama_deadline_get_text (by),
                                      nx ? nx : "(no date)",
                                      status_text_of (&status_text, latest, status));
            }
          else if (prev != NULL)
            {
              /* The cycle that ended at @prev began at the occurrence
               * before it (or at the anchor, for the first cycle); an
               * update after that start reports on the cycle. */
              g_autoptr(GDateTime) cycle_start = ama_deadline_previous_due_from (by, anchor, prev);
              GDateTime *start = cycle_start ? cycle_start : anchor;
              GDateTime *ld = latest ? ama_progress_update_get_date (latest) : NULL;
              gboolean reported = ld != NULL && (start == NULL || _ama_days_between (start, ld) > 0);

              if (!reported)
                {
                  g_autofree char *p = _ama_date_to_words (prev);
                  g_autofree char *nx = NULL;

                  next_due = ama_deadline_next_due_from (by, anchor, as_of);
                  nx = _ama_date_to_words (next_due);
                  overdue = TRUE;
                  days_overdue = _ama_days_between (prev, as_of);
                  due = g_date_time_ref (prev);
                  g_string_append_printf (reason,
                                          "%s action “%s” was due %s with no progress update for that cycle; %d day%s overdue; next due %s",
                                          period, ama_deadline_get_text (by), p,
                                          days_overdue, days_overdue == 1 ? "" : "s", nx);
                }
            }
          if (!overdue && want == TRACK_OVERDUE)
            return NULL;
          if (!overdue && (anchor != NULL || ama_deadline_get_due (by) != NULL))
            {
              g_autofree char *nx = NULL;

              next_due = ama_deadline_next_due_from (by, anchor, as_of);
              nx = _ama_date_to_words (next_due);
              due = next_due ? g_date_time_ref (next_due) : NULL;
              g_string_append_printf (reason, "%s action “%s”, next due %s; %s",
                                      period, ama_deadline_get_text (by),
                                      nx ? nx : "(no date)",
                                      status_text_of (&status_text, latest, status));
            }
        }
      else if (ama_deadline_get_due (by) != NULL)
        {
          g_autofree char *d = _ama_date_to_words (ama_deadline_get_due (by));
          int days = _ama_days_between (ama_deadline_get_due (by), as_of);

          due = g_date_time_ref (ama_deadline_get_due (by));
          if (days > 0)
            {
              overdue = TRUE;
              days_overdue = days;
              g_string_append_printf (reason, "due %s (“%s”), %d day%s overdue; %s",
                                      d, ama_deadline_get_text (by), days,
                                      days == 1 ? "" : "s",
                                      status_text_of (&status_text, latest, status));
            }
          else
            g_string_append_printf (reason, "due %s (“%s”), %s; %s",
                                    d, ama_deadline_get_text (by),
                                    days == 0 ? "today" : "not yet due",
                                    status_text_of (&status_text, latest, status));
        }
      else
        {
          switch (ama_deadline_get_kind (by))
            {
            case AMA_DEADLINE_KIND_ONGOING:
              g_string_append_printf (reason, "ongoing: no due date; %s",
                                      status_text_of (&status_text, latest, status));
              break;
            case AMA_DEADLINE_KIND_UNPARSED:
              g_string_append_printf (reason, "the action-by “%s” could not be understood, so whether it is overdue cannot be judged; %s",
                                      ama_deadline_get_text (by),
                                      status_text_of (&status_text, latest, status));
              break;
            default:
              g_string_append_printf (reason, "the action-by “%s” sets no due date; %s",
                                      ama_deadline_get_text (by),
                                      status_text_of (&status_text, latest, status));
              break;
            }
        }
    }

  /* Sentence case for the clause that may start the reason. */
  if (reason->len > 0)
    reason->str[0] = g_ascii_toupper (reason->str[0]);

  if (officer != NULL && !_ama_text_blank (ama_person_get_name (officer)))
    {
      g_autofree char *key = _ama_name_key (ama_person_get_name (officer));
      const char *best;

      if (*spellings == NULL)
        *spellings = officer_spellings (review);
      best = g_hash_table_lookup (*spellings, key);
      officer_name = g_strdup (best ? best : ama_person_get_name (officer));
    }

  return _ama_tracking_item_new_take (review, rec, officer,
                                      g_steal_pointer (&officer_name),
                                      decision, status, by, due, next_due,
                                      days_overdue, outstanding, overdue,
                                      g_string_free (g_steal_pointer (&reason), FALSE));
}

void
_ama_tracker_track_review_want (AmaReview  *review,
                                GDateTime  *as_of,
                                TrackWant   want,
                                GListStore *into)
{
  g_autoptr(GHashTable) spellings = NULL;
  GListModel *recs = ama_review_get_recommendations (review);
  guint n = g_list_model_get_n_items (recs);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaRecommendation) rec = g_list_model_get_item (recs, i);
      g_autoptr(AmaTrackingItem) item = track_one (review, rec, as_of, &spellings, want);

      if (item != NULL)
        g_list_store_append (into, item);
    }
}

AmaTrackingItem *
_ama_tracker_track_one (AmaReview          *review,
                        AmaRecommendation  *rec,
                        GDateTime          *as_of,
                        GHashTable        **spellings)
{
  return track_one (review, rec, as_of, spellings, TRACK_ALL);
}

void
_ama_tracker_track_review (AmaReview  *review,
                           GDateTime  *as_of,
                           GListStore *into)
{
  _ama_tracker_track_review_want (review, as_of, TRACK_ALL, into);
}

GListModel *
_ama_tracker_filter (GListModel *items,
                     gboolean    overdue_only,
                     const char *officer)
{
  GListStore *out = g_list_store_new (AMA_TYPE_TRACKING_ITEM);
  g_autofree char *want = _ama_name_key (officer);
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaTrackingItem) item = g_list_model_get_item (items, i);

      if (!ama_tracking_item_get_outstanding (item))
        continue;
      if (overdue_only && !ama_tracking_item_get_overdue (item))
        continue;
      if (want != NULL)
        {
          g_autofree char *key = _ama_name_key (ama_tracking_item_get_officer_name (item));
          if (g_strcmp0 (key, want) != 0)
            continue;
        }
      g_list_store_append (out, item);
    }
  return G_LIST_MODEL (out);
}

typedef struct
{
  char       *name;
  GListStore *items;
  guint       overdue;
} Group;

static void
group_free (gpointer data)
{
  Group *g = data;
  g_free (g->name);
  g_clear_object (&g->items);
  g_free (g);
}

static int
group_compare (gconstpointer a,
               gconstpointer b)
{
  const Group *ga = *(const Group **) a;
  const Group *gb = *(const Group **) b;
  return g_utf8_collate (ga->name, gb->name);
}

GListModel *
_ama_tracker_group (GListModel *items)
{
  GListStore *out = g_list_store_new (AMA_TYPE_OFFICER_ACTIONS);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (group_free);
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaTrackingItem) item = g_list_model_get_item (items, i);
      const char *name = ama_tracking_item_get_officer_name (item);
      g_autofree char *key = NULL;
      Group *g;

      if (!ama_tracking_item_get_outstanding (item) || name == NULL)
        continue;
      key = _ama_name_key (name);
      g = g_hash_table_lookup (by_key, key);
      if (g == NULL)
        {
          g = g_new0 (Group, 1);
          g->name = g_strdup (name);
          g->items = g_list_store_new (AMA_TYPE_TRACKING_ITEM);
          g_ptr_array_add (groups, g);
          g_hash_table_insert (by_key, g_steal_pointer (&key), g);
        }
      else if ((-_ama_name_penalty (name)) > (-_ama_name_penalty (g->name)))
        {
          /* Across reviews, the best spelling of the person names the group. */
          g_free (g->name);
          g->name = g_strdup (name);
        }
      g_list_store_append (g->items, item);
      if (ama_tracking_item_get_overdue (item))
        g->overdue++;
    }

  g_ptr_array_sort (groups, group_compare);
  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = groups->pdata[i];
      g_autoptr(AmaOfficerActions) actions = g_object_new (AMA_TYPE_OFFICER_ACTIONS,
                                                           "name", g->name,
                                                           "items", g->items,
                                                           "overdue-count", g->overdue,
                                                           NULL);
      g_list_store_append (out, actions);
    }
  return G_LIST_MODEL (out);
}

AmaTrackingSummary *
_ama_tracker_summarize (GListModel *items)
{
  guint decisions[AMA_DECISION_NOTED + 1] = { 0 };
  guint statuses[AMA_PROGRESS_NOT_IMPLEMENTED + 1] = { 0 };
  guint total = 0, outstanding = 0, overdue = 0, agreed = 0, agreed_done = 0;
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaTrackingItem) item = g_list_model_get_item (items, i);
      AmaDecision d = ama_tracking_item_get_decision (item);
      AmaProgress s = ama_tracking_item_get_status (item);

      total++;
      if ((guint) d < G_N_ELEMENTS (decisions))
        decisions[d]++;
      if ((guint) s < G_N_ELEMENTS (statuses))
        statuses[s]++;
      if (ama_tracking_item_get_outstanding (item))
        outstanding++;
      if (ama_tracking_item_get_overdue (item))
        overdue++;
      if (d == AMA_DECISION_ACCEPTED || d == AMA_DECISION_PARTIALLY_ACCEPTED)
        {
          agreed++;
          if (s == AMA_PROGRESS_COMPLETED || s == AMA_PROGRESS_IMPLEMENTED)
            agreed_done++;
        }
    }

  return g_object_new (AMA_TYPE_TRACKING_SUMMARY,
                       "total", total,
                       "pending", decisions[AMA_DECISION_PENDING],
                       "accepted", decisions[AMA_DECISION_ACCEPTED],
                       "partially-accepted", decisions[AMA_DECISION_PARTIALLY_ACCEPTED],
                       "rejected", decisions[AMA_DECISION_REJECTED],
                       "deferred", decisions[AMA_DECISION_DEFERRED],
                       "noted", decisions[AMA_DECISION_NOTED],
                       "not-started", statuses[AMA_PROGRESS_NOT_STARTED],
                       "in-progress", statuses[AMA_PROGRESS_IN_PROGRESS],
                       "completed", statuses[AMA_PROGRESS_COMPLETED],
                       "not-achieved", statuses[AMA_PROGRESS_NOT_ACHIEVED],
                       "superseded", statuses[AMA_PROGRESS_SUPERSEDED],
                       "outstanding", outstanding,
                       "overdue", overdue,
                       "completed-share", agreed ? (double) agreed_done / agreed : 0.0,
                       NULL);
}

/**
 * ama_recommendation_track:
 * @self: a #AmaRecommendation
 * @review: (nullable): the review it belongs to, recorded in the item
 *   and used to group OCR-like variants of officers' names
 * @as_of: the date to ask about
 *
 * Works out where one recommendation stands on @as_of. An action is
 * *outstanding* when it is accepted or partially accepted (or has no
 * decision yet but an action-by date), no further action is not set,
 * and it is not completed, superseded or closed as not achieved by
 * @as_of. It is *overdue* when outstanding and its due date is before
 * @as_of. For a recurring action ("Annual Participation") the due date
 * is the last occurrence before @as_of, counted from the response date
 * (see [method@Ama.Deadline.next_due_from]), and it is overdue when no
 * progress update was recorded for the cycle ending then; a completed
 * update does not close a recurring action. With no response date (and
 * no first due date) nothing says when the commitment began, so no past
 * cycle is called missed: the action is outstanding, due at the end of
 * the current period (31 March for a yearly one), and never overdue.
 *
 * Returns: (transfer full): a new [class@Ama.TrackingItem]
 *
 * Since: 1.0
 */
AmaTrackingItem *
ama_recommendation_track (AmaRecommendation *self,
                          AmaReview         *review,
                          GDateTime         *as_of)
{
  g_autoptr(GHashTable) spellings = NULL;

  g_return_val_if_fail (AMA_IS_RECOMMENDATION (self), NULL);
  g_return_val_if_fail (review == NULL || AMA_IS_REVIEW (review), NULL);
  g_return_val_if_fail (as_of != NULL, NULL);

  return track_one (review, self, as_of, &spellings, TRACK_ALL);
}

/**
 * ama_review_track:
 * @self: a #AmaReview
 * @as_of: the date to ask about
 *
 * Tracks every recommendation of the review on @as_of, in document
 * order; see [method@Ama.Recommendation.track] for the rules.
 *
 * Returns: (transfer full): a list of [class@Ama.TrackingItem]s, one per
 *   recommendation
 *
 * Since: 1.0
 */
GListModel *
ama_review_track (AmaReview *self,
                  GDateTime *as_of)
{
  GListStore *out;

  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);
  g_return_val_if_fail (as_of != NULL, NULL);

  out = g_list_store_new (AMA_TYPE_TRACKING_ITEM);
  _ama_tracker_track_review (self, as_of, out);
  return G_LIST_MODEL (out);
}

/**
 * ama_review_get_outstanding:
 * @self: a #AmaReview
 * @as_of: the date to ask about
 * @officer: (nullable): only actions this officer owns; names are
 *   compared ignoring case and OCR-like confusion ("lan Thomas" matches
 *   "Ian Thomas")
 *
 * Lists the actions still open on @as_of, overdue or not.
 *
 * Returns: (transfer full): a list of [class@Ama.TrackingItem]s
 *
 * Since: 1.0
 */
GListModel *
ama_review_get_outstanding (AmaReview  *self,
                            GDateTime  *as_of,
                            const char *officer)
{
  g_autoptr(GListStore) kept = NULL;

  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);
  g_return_val_if_fail (as_of != NULL, NULL);

  kept = g_list_store_new (AMA_TYPE_TRACKING_ITEM);
  _ama_tracker_track_review_want (self, as_of, TRACK_OUTSTANDING, kept);
  if (officer == NULL)
    return G_LIST_MODEL (g_steal_pointer (&kept));
  return _ama_tracker_filter (G_LIST_MODEL (kept), FALSE, officer);
}

/**
 * ama_review_get_overdue:
 * @self: a #AmaReview
 * @as_of: the date to ask about
 * @officer: (nullable): only actions this officer owns, compared as in
 *   [method@Ama.Review.get_outstanding]
 *
 * Lists the actions overdue on @as_of, each with its owner, due date,
 * days overdue and the reason in words.
 *
 * Returns: (transfer full): a list of [class@Ama.TrackingItem]s
 *
 * Since: 1.0
 */
GListModel *
ama_review_get_overdue (AmaReview  *self,
                        GDateTime  *as_of,
                        const char *officer)
{
  g_autoptr(GListStore) kept = NULL;

  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);
  g_return_val_if_fail (as_of != NULL, NULL);

  kept = g_list_store_new (AMA_TYPE_TRACKING_ITEM);
  _ama_tracker_track_review_want (self, as_of, TRACK_OVERDUE, kept);
  if (officer == NULL)
    return G_LIST_MODEL (g_steal_pointer (&kept));
  return _ama_tracker_filter (G_LIST_MODEL (kept), TRUE, officer);
}

/**
 * ama_review_group_by_officer:
 * @self: a #AmaReview
 * @as_of: the date to ask about
 *
 * Groups the outstanding actions by responsible officer, OCR-like
 * variants of one name together under its most plausible spelling,
 * sorted by name. Actions with no officer are in no group (they are in
 * [method@Ama.Review.get_outstanding]).
 *
 * Returns: (transfer full): a list of [class@Ama.OfficerActions]
 *
 * Since: 1.0
 */
GListModel *
ama_review_group_by_officer (AmaReview *self,
                             GDateTime *as_of)
{
  g_autoptr(GListModel) all = NULL;

  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);
  g_return_val_if_fail (as_of != NULL, NULL);

  all = ama_review_track (self, as_of);
  return _ama_tracker_group (all);
}

/**
 * ama_review_summarize:
 * @self: a #AmaReview
 * @as_of: the date to ask about
 *
 * Counts decisions by kind, delivery status, outstanding and overdue
 * actions on @as_of.
 *
 * Returns: (transfer full): a new [class@Ama.TrackingSummary]
 *
 * Since: 1.0
 */
AmaTrackingSummary *
ama_review_summarize (AmaReview *self,
                      GDateTime *as_of)
{
  g_autoptr(GListModel) all = NULL;

  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);
  g_return_val_if_fail (as_of != NULL, NULL);

  all = ama_review_track (self, as_of);
  return _ama_tracker_summarize (all);
}
