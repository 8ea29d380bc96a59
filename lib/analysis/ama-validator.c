/* ama-validator.c: is a Cabinet response complete and consistent?
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ama-appraisal.h"
#include "ama-criterion.h"
#include "ama-deadline.h"
#include "ama-diagnostic.h"
#include "ama-enum-types.h"
#include "ama-enums.h"
#include "ama-option.h"
#include "ama-person.h"
#include "ama-progress-update.h"
#include "ama-decision-record.h"
#include "ama-response-clock.h"
#include "ama-recommendation.h"
#include "ama-response.h"
#include "ama-review.h"
#include "ama-score.h"
#include "ama-tracker.h"
#include "ama-types.h"
#include "ama-validation-rule.h"
#include "ama-validator.h"
#include "ama-analysis-private.h"

/* The rules follow the response table's own header: "Cabinet Decision
 * (Accepted/ Rejected/ Deferred)" and "Cabinet Response (detailing
 * proposed action if accepted, rationale for rejection, and why and when
 * issue will be reconsidered if deferred)". Codes are stable: tools and
 * users filter on them. Append; never rename. */
typedef struct
{
  const char  *code;
  AmaSeverity  severity;
  const char  *summary;
} Rule;

static const Rule rules[] = {
  { "response-missing", AMA_SEVERITY_WARNING,
    "A recommendation has no response recorded at all." },
  { "decision-missing", AMA_SEVERITY_WARNING,
    "No decision (accepted, rejected, deferred...) is recorded; the message names the decision the wording implies, if any." },
  { "accepted-no-action", AMA_SEVERITY_ERROR,
    "An accepted recommendation's response does not say what action is proposed." },
  { "accepted-no-officer", AMA_SEVERITY_ERROR,
    "An accepted recommendation names no responsible officer and is not marked no-further-action." },
  { "accepted-no-action-by", AMA_SEVERITY_ERROR,
    "An accepted recommendation has no action-by deadline (not required when no further action is needed)." },
  { "rejected-no-rationale", AMA_SEVERITY_ERROR,
    "A rejected recommendation's response gives no rationale." },
  { "deferred-no-reconsider", AMA_SEVERITY_ERROR,
    "A deferred recommendation does not say when it will be reconsidered (reconsider-on or a dated action-by)." },
  { "deferred-no-reason", AMA_SEVERITY_ERROR,
    "A deferred recommendation's response does not say why it was deferred." },
  { "deferred-reconsider-passed", AMA_SEVERITY_WARNING,
    "A deferred recommendation's reconsideration date has passed (only checked with an as-of date)." },
  { "officer-name-confusable", AMA_SEVERITY_WARNING,
    "An officer's name differs from another officer's in the review (or, validating a catalog, in another review) only by OCR-like confusion (l/I, 0/O, rn/m)." },
  { "officer-name-corrected", AMA_SEVERITY_INFO,
    "An officer's name was corrected from an OCR-like misspelling; the original is kept in name-as-written." },
  { "recommendation-number-duplicate", AMA_SEVERITY_ERROR,
    "Two recommendations carry the same number." },
  { "recommendation-number-missing", AMA_SEVERITY_WARNING,
    "The numbering skips a number (1, 2, 4: 3 is missing); lettered sub-numbers such as 3a are fine." },
  { "recommendation-number-empty", AMA_SEVERITY_WARNING,
    "A recommendation has no number." },
  { "recommendation-text-empty", AMA_SEVERITY_ERROR,
    "A recommendation has no text." },
  { "action-by-before-response", AMA_SEVERITY_WARNING,
    "An action-by date falls before the date of the response that set it." },
  { "action-by-unparsed", AMA_SEVERITY_WARNING,
    "An action-by deadline could not be understood as a date, period or recurrence; its text is kept." },
  { "progress-update-undated", AMA_SEVERITY_WARNING,
    "A progress update has no date, so it cannot be placed in time." },
  { "progress-update-future", AMA_SEVERITY_WARNING,
    "A progress update is dated after the as-of date (only checked with an as-of date)." },
  { "response-overdue", AMA_SEVERITY_ERROR,
    "The executive's response is overdue: the response period (two months beginning with the date the executive received the report, LGA 2000 s.9FE, unless response-period says otherwise) ended before the as-of date and no decision is recorded (only checked with an as-of date)." },
  { "response-late", AMA_SEVERITY_WARNING,
    "The recommendation was first decided after the response period ended; the message says how many days late." },
  { "response-period-invalid", AMA_SEVERITY_WARNING,
    "The review's response-period is not a count of days, weeks or months; the statutory two months are used." },
  { "decision-history-mismatch", AMA_SEVERITY_WARNING,
    "The response's decision is not the decision of the latest record of its history." },
  { "progress-no-reason", AMA_SEVERITY_WARNING,
    "A progress update closes a recommendation as no longer feasible without saying why." },
  { "appraisal-preferred-unknown", AMA_SEVERITY_ERROR,
    "The appraisal's preferred option names no option of the appraisal." },
  { "appraisal-score-option-unknown", AMA_SEVERITY_ERROR,
    "A score names an option the appraisal does not have." },
  { "appraisal-score-criterion-unknown", AMA_SEVERITY_ERROR,
    "A score names a criterion the appraisal does not have." },
  { "word-field-error", AMA_SEVERITY_WARNING,
    "A text holds Word's “Error! Reference source not found.” (or “Bookmark not defined.”): a cross-reference broke before the document was published; what it pointed to is lost." },
};

/**
 * ama_validation_list_rules:
 *
 * Lists every rule [method@Ama.Review.validate] applies, in a stable
 * order, so that tools can document the codes they report.
 *
 * Returns: (transfer full): a list of [class@Ama.ValidationRule]s
 *
 * Since: 1.0
 */
GListModel *
ama_validation_list_rules (void)
{
  GListStore *store = g_list_store_new (AMA_TYPE_VALIDATION_RULE);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(AmaValidationRule) rule = g_object_new (AMA_TYPE_VALIDATION_RULE,
                                                        "code", rules[i].code,
                                                        "severity", rules[i].severity,
                                                        "summary", rules[i].summary,
                                                        NULL);
      g_list_store_append (store, rule);
    }

  return G_LIST_MODEL (store);
}

/**
 * ama_validation_get_severity:
 * @code: a diagnostic code
 *
 * Looks up the severity of a validation rule by its code.
 *
 * Returns: the rule's severity; %AMA_SEVERITY_INFO for an unknown code
 *
 * Since: 1.0
 */
AmaSeverity
ama_validation_get_severity (const char *code)
{
  g_return_val_if_fail (code != NULL, AMA_SEVERITY_INFO);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (strcmp (rules[i].code, code) == 0)
      return rules[i].severity;
  return AMA_SEVERITY_INFO;
}

static void report (GListStore *out,
                    const char *code,
                    const char *path,
                    const char *format,
                    ...) G_GNUC_PRINTF (4, 5);

static void
report (GListStore *out,
        const char *code,
        const char *path,
        const char *format,
        ...)
{
  g_autoptr(AmaDiagnostic) diag = NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  diag = ama_diagnostic_new (ama_validation_get_severity (code), code, message);
  ama_diagnostic_set_path (diag, path);
  g_list_store_append (out, diag);
}

static const char *
decision_nick (AmaDecision decision)
{
  return _ama_enum_nick (AMA_TYPE_DECISION, decision);
}

static const char *
label_of (AmaRecommendation *rec,
          guint              index,
          char               buf[32])
{
  const char *number = ama_recommendation_get_number (rec);

  if (!_ama_text_blank (number))
    return number;
  g_snprintf (buf, 32, "#%u", index + 1);
  return buf;
}

/* Paths are only formatted when a finding is reported: most
 * recommendations have none, and formatting six paths for each was a
 * third of the validator's time. */
#define PATH_MAX_LEN 96

static const char *
rec_path (char        buf[PATH_MAX_LEN],
          guint       i,
          const char *member)
{
  g_snprintf (buf, PATH_MAX_LEN, "$.recommendations[%u]%s", i, member);
  return buf;
}

/* Word writes "Error! Reference source not found." where a
 * cross-reference ("see recommendation 4") pointed at something that
 * was deleted; councils publish it as it is. */
static void
check_field_error (GListStore *out,
                   const char *text,
                   const char *path,
                   const char *label,
                   const char *what)
{
  static const char * const errors[] = {
    "Error! Reference source not found", "Error! Bookmark not defined",
    "Error! No text of specified style in document", NULL
  };

  if (text == NULL)
    return;
  for (guint k = 0; errors[k] != NULL; k++)
    if (strstr (text, errors[k]) != NULL)
      {
        report (out, "word-field-error", path,
                "Recommendation %s: its %s reads “%s.”, a broken Word cross-reference",
                label, what, errors[k]);
        return;
      }
}

static void
check_field_errors (GListStore        *out,
                    AmaRecommendation *rec,
                    guint              i)
{
  AmaResponse *response = ama_recommendation_get_response (rec);
  GListModel *updates = ama_recommendation_get_updates (rec);
  char pb[PATH_MAX_LEN];
  char buf[32];
  const char *label = label_of (rec, i, buf);

  check_field_error (out, ama_recommendation_get_text (rec), rec_path (pb, i, ".text"),
                     label, "text");
  if (response != NULL)
    check_field_error (out, ama_response_get_text (response), rec_path (pb, i, ".response.text"),
                       label, "response");
  for (guint u = 0; u < g_list_model_get_n_items (updates); u++)
    {
      g_autoptr(AmaProgressUpdate) update = g_list_model_get_item (updates, u);
      g_autofree char *path = g_strdup_printf ("$.recommendations[%u].updates[%u].note", i, u);

      check_field_error (out, ama_progress_update_get_note (update), path, label, "progress update");
    }
}

static void
check_response (GListStore        *out,
                AmaRecommendation *rec,
                guint              i,
                GDateTime         *as_of)
{
  AmaResponse *response = ama_recommendation_get_response (rec);
  char pb[PATH_MAX_LEN];
  g_autoptr(AmaDeadline) by = NULL;
  char buf[32];
  const char *label = label_of (rec, i, buf);
  AmaDecision decision;
  gboolean nfa;
  const char *text;

  if (response == NULL)
    {
      report (out, "response-missing", rec_path (pb, i, ".response"),
              "Recommendation %s has no response recorded", label);
      return;
    }

  decision = ama_response_get_decision (response);
  nfa = ama_response_get_no_further_action (response);
  text = ama_response_get_text (response);
  by = _ama_response_effective_deadline (response);

  switch (decision)
    {
    case AMA_DECISION_PENDING:
      {
        AmaDecision inferred = ama_response_get_inferred_decision (response);

        if (inferred != AMA_DECISION_PENDING)
          report (out, "decision-missing", rec_path (pb, i, ".response.decision"),
                  "Recommendation %s: no decision is recorded; the response's wording implies “%s”",
                  label, decision_nick (inferred));
        else
          report (out, "decision-missing", rec_path (pb, i, ".response.decision"),
                  "Recommendation %s: no decision is recorded", label);
      }
      break;

    case AMA_DECISION_ACCEPTED:
    case AMA_DECISION_PARTIALLY_ACCEPTED:
      if (_ama_text_blank (text))
        report (out, "accepted-no-action", rec_path (pb, i, ".response.text"),
                "Recommendation %s is %s but the response proposes no action",
                label, decision_nick (decision));
      if (ama_response_get_officer (response) == NULL && !nfa)
        report (out, "accepted-no-officer", rec_path (pb, i, ".response.officer"),
                "Recommendation %s is %s but no officer is responsible (and no-further-action is not set)",
                label, decision_nick (decision));
      if (by == NULL && !nfa)
        report (out, "accepted-no-action-by", rec_path (pb, i, ".response.action-by"),
                "Recommendation %s is %s but has no action-by date",
                label, decision_nick (decision));
      break;

    case AMA_DECISION_REJECTED:
      if (_ama_text_blank (text))
        report (out, "rejected-no-rationale", rec_path (pb, i, ".response.text"),
                "Recommendation %s is rejected without a rationale", label);
      break;

    case AMA_DECISION_DEFERRED:
      {
        GDateTime *reconsider = ama_response_get_reconsider_on (response);
        GDateTime *by_due = by ? ama_deadline_get_due (by) : NULL;

        if (_ama_text_blank (text))
          report (out, "deferred-no-reason", rec_path (pb, i, ".response.text"),
                  "Recommendation %s is deferred without saying why", label);
        if (reconsider == NULL && by_due == NULL)
          report (out, "deferred-no-reconsider", rec_path (pb, i, ".response.reconsider-on"),
                  "Recommendation %s is deferred without saying when it will be reconsidered",
                  label);
        if (as_of != NULL && (reconsider != NULL || by_due != NULL) &&
            ama_recommendation_get_status (rec, as_of) == AMA_PROGRESS_NOT_STARTED)
          {
            GDateTime *when = reconsider ? reconsider : by_due;
            int days = _ama_days_between (when, as_of);

            if (days > 0)
              {
                g_autofree char *w = _ama_date_to_words (when);
                report (out, "deferred-reconsider-passed",
                        rec_path (pb, i, reconsider ? ".response.reconsider-on" : ".response.action-by"),
                        "Recommendation %s was to be reconsidered by %s, %d day%s ago, and no progress is recorded",
                        label, w, days, days == 1 ? "" : "s");
              }
          }
      }
      break;

    case AMA_DECISION_NOTED:
    default:
      break;
    }

  if (by != NULL)
    {
      GDateTime *due = ama_deadline_get_due (by);
      GDateTime *date = ama_response_get_date (response);

      if (ama_deadline_get_kind (by) == AMA_DEADLINE_KIND_UNPARSED)
        report (out, "action-by-unparsed", rec_path (pb, i, ".response.action-by"),
                "Recommendation %s: the action-by “%s” could not be understood as a date",
                label, ama_deadline_get_text (by));
      else if (due != NULL && date != NULL && _ama_days_between (date, due) < 0)
        {
          g_autofree char *d1 = _ama_date_to_words (due);
          g_autofree char *d2 = _ama_date_to_words (date);
          report (out, "action-by-before-response", rec_path (pb, i, ".response.action-by"),
                  "Recommendation %s: the action-by “%s” (%s) is before the response date (%s)",
                  label, ama_deadline_get_text (by), d1, d2);
        }
    }
}

static const char *
update_path (char  buf[PATH_MAX_LEN],
             guint i,
             guint j)
{
  g_snprintf (buf, PATH_MAX_LEN, "$.recommendations[%u].updates[%u].date", i, j);
  return buf;
}

static void
check_updates (GListStore        *out,
               AmaRecommendation *rec,
               guint              i,
               GDateTime         *as_of)
{
  GListModel *updates = ama_recommendation_get_updates (rec);
  guint n = g_list_model_get_n_items (updates);
  char buf[32];
  const char *label = label_of (rec, i, buf);

  for (guint j = 0; j < n; j++)
    {
      g_autoptr(AmaProgressUpdate) update = g_list_model_get_item (updates, j);
      GDateTime *date = ama_progress_update_get_date (update);
      char path[PATH_MAX_LEN];

      if (date == NULL)
        report (out, "progress-update-undated", update_path (path, i, j),
                "Recommendation %s: progress update %u has no date", label, j + 1);
      else if (as_of != NULL && _ama_days_between (as_of, date) > 0)
        {
          g_autofree char *d = _ama_date_to_words (date);
          g_autofree char *a = _ama_date_to_words (as_of);
          report (out, "progress-update-future", update_path (path, i, j),
                  "Recommendation %s: progress update %u is dated %s, after %s",
                  label, j + 1, d, a);
        }
      if (ama_progress_update_get_status (update) == AMA_PROGRESS_NO_LONGER_FEASIBLE &&
          _ama_text_blank (ama_progress_update_get_note (update)))
        {
          g_snprintf (path, sizeof path, "$.recommendations[%u].updates[%u].note", i, j);
          report (out, "progress-no-reason", path,
                  "Recommendation %s: progress update %u says it is no longer feasible without saying why",
                  label, j + 1);
        }
    }
}

/* Case folding for a label: ASCII labels ("3a") are only lowered,
 * which is what g_utf8_casefold does to them, without its scan. */
static char *
fold_number (const char *number)
{
  for (const char *p = number; *p; p++)
    if ((guchar) *p >= 0x80)
      return g_utf8_casefold (number, -1);
  return g_ascii_strdown (number, -1);
}

/* Numbers: "3a" counts as 3 for gaps; duplicates compare the whole label
 * ignoring case and spaces. */
static void
check_numbers (GListStore *out,
               GPtrArray  *recs)
{
  guint n = recs->len;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (int));
  int max = 0;

  for (guint i = 0; i < n; i++)
    {
      AmaRecommendation *rec = recs->pdata[i];
      const char *number = ama_recommendation_get_number (rec);
      char path[PATH_MAX_LEN];
      g_autofree char *key = NULL;
      gpointer first;
      char *end;
      long value;

      if (_ama_text_blank (number))
        {
          report (out, "recommendation-number-empty", rec_path (path, i, ".number"),
                  "Recommendation #%u has no number", i + 1);
          continue;
        }

      key = fold_number (number);
      g_strstrip (key);
      if (g_hash_table_lookup_extended (seen, key, NULL, &first))
        report (out, "recommendation-number-duplicate", rec_path (path, i, ".number"),
                "Recommendation number “%s” is used again (first at $.recommendations[%u])",
                number, GPOINTER_TO_UINT (first));
      else
        g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (i));

      while (g_ascii_isspace (*number))
        number++;
      value = strtol (number, &end, 10);
      if (end != number && value > 0 && value < 10000)
        {
          int v = (int) value;
          g_array_append_val (numbers, v);
          max = MAX (max, v);
        }
    }

  if (numbers->len == 0)
    return;

  {
    g_autofree gboolean *present = g_new0 (gboolean, max + 1);
    g_autoptr(GString) run = NULL;

    for (guint i = 0; i < numbers->len; i++)
      present[g_array_index (numbers, int, i)] = TRUE;
    /* One finding per gap, so "1, 2, 900" is one report, not 897. */
    for (int v = 1; v <= max; v++)
      if (!present[v])
        {
          int last = v;

          /* The run of numbers, for the message: written only when
           * there is a gap to report, in first-use order. */
          if (run == NULL)
            {
              g_autofree gboolean *listed = g_new0 (gboolean, max + 1);

              run = g_string_new (NULL);
              for (guint i = 0; i < numbers->len; i++)
                {
                  int n = g_array_index (numbers, int, i);
                  if (!listed[n])
                    g_string_append_printf (run, "%s%d", run->len ? ", " : "", n);
                  listed[n] = TRUE;
                }
            }

          while (last + 1 <= max && !present[last + 1])
            last++;
          if (last == v)
            report (out, "recommendation-number-missing", "$.recommendations",
                    "Recommendation %d is missing (the numbers run %s)", v, run->str);
          else
            report (out, "recommendation-number-missing", "$.recommendations",
                    "Recommendations %d to %d are missing (the numbers run %s)", v, last, run->str);
          v = last;
        }
  }
}

typedef struct
{
  char  *spelling;   /* name as it appears in the name property */
  guint  count;
  int    score;
  guint  first;      /* index of first use, for a stable tie-break */
} Spelling;

static void
spelling_free (gpointer data)
{
  Spelling *s = data;
  g_free (s->spelling);
  g_free (s);
}

/* Names that differ only by OCR confusion ("lan Thomas" / "Ian Thomas")
 * are one person written two ways. The most plausible spelling (each
 * word capitalised; then the most used; then the first) is taken as
 * meant, and each use of another spelling is reported. A name whose
 * name-as-written already records the misreading was corrected on
 * import: that is reported for information only. */
static void
check_officers (GListStore *out,
                GPtrArray  *recs)
{
  guint n = recs->len;
  /* key → GPtrArray of Spelling */
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_ptr_array_unref);
  /* Each officer's key, computed once per distinct name (a review names
   * a few people many times) and used by both passes: keys[i] is
   * borrowed from owned. */
  g_autoptr(GPtrArray) keys = g_ptr_array_new_full (n, NULL);
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) key_of_name = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      AmaRecommendation *rec = recs->pdata[i];
      AmaResponse *response = ama_recommendation_get_response (rec);
      AmaPerson *officer = response ? ama_response_get_officer (response) : NULL;
      const char *name = officer ? ama_person_get_name (officer) : NULL;
      char *key = NULL;
      GPtrArray *list;
      Spelling *found = NULL;

      if (name != NULL &&
          !g_hash_table_lookup_extended (key_of_name, name, NULL, (gpointer *) &key))
        {
          key = _ama_name_key (name);
          if (key != NULL)
            g_ptr_array_add (owned, key);
          g_hash_table_insert (key_of_name, (gpointer) name, key);
        }
      g_ptr_array_add (keys, key);
      if (key == NULL)
        continue;
      list = g_hash_table_lookup (by_key, key);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (spelling_free);
          g_hash_table_insert (by_key, g_strdup (key), list);
        }
      for (guint j = 0; j < list->len && found == NULL; j++)
        if (strcmp (((Spelling *) list->pdata[j])->spelling, name) == 0)
          found = list->pdata[j];
      if (found == NULL)
        {
          found = g_new0 (Spelling, 1);
          found->spelling = g_strdup (name);
          found->score = (-_ama_name_penalty (name));
          found->first = i;
          g_ptr_array_add (list, found);
        }
      found->count++;
    }

  for (guint i = 0; i < n; i++)
    {
      AmaRecommendation *rec = recs->pdata[i];
      AmaResponse *response = ama_recommendation_get_response (rec);
      AmaPerson *officer = response ? ama_response_get_officer (response) : NULL;
      const char *name = officer ? ama_person_get_name (officer) : NULL;
      const char *written = officer ? ama_person_get_name_as_written (officer) : NULL;
      const char *key = keys->pdata[i];
      GPtrArray *list = key ? g_hash_table_lookup (by_key, key) : NULL;
      Spelling *best = NULL;
      char buf[32];
      const char *label = label_of (rec, i, buf);

      if (officer == NULL)
        continue;

      if (!_ama_text_blank (written) && g_strcmp0 (written, name) != 0)
        {
          g_autofree char *wkey = _ama_name_key (written);
          if (g_strcmp0 (wkey, key) == 0)
            {
              g_autofree char *path = g_strdup_printf ("$.recommendations[%u].response.officer.name-as-written", i);
              report (out, "officer-name-corrected", path,
                      "Recommendation %s: the officer written “%s” was read as “%s”",
                      label, written, name);
            }
        }

      if (list == NULL || list->len < 2)
        continue;
      for (guint j = 0; j < list->len; j++)
        {
          Spelling *s = list->pdata[j];
          if (best == NULL ||
              s->score > best->score ||
              (s->score == best->score && s->count > best->count) ||
              (s->score == best->score && s->count == best->count && s->first < best->first))
            best = s;
        }
      /* Case and spacing are not OCR confusion: "IAN THOMAS" is a
       * style, not a misreading. */
      if (!_ama_names_same_but_case (best->spelling, name))
        {
          g_autofree char *path = g_strdup_printf ("$.recommendations[%u].response.officer.name", i);
          AmaRecommendation *first = recs->pdata[best->first];
          char first_buf[32];

          report (out, "officer-name-confusable", path,
                  "Recommendation %s: the officer “%s” looks like an OCR misreading of “%s”, used elsewhere in this review (first in recommendation %s)",
                  label, name, best->spelling, label_of (first, best->first, first_buf));
        }
    }
}

static void
check_appraisal (GListStore   *out,
                 AmaAppraisal *appraisal)
{
  GListModel *options = ama_appraisal_get_options (appraisal);
  GListModel *criteria = ama_appraisal_get_criteria (appraisal);
  GListModel *scores = ama_appraisal_get_scores (appraisal);
  g_autoptr(GHashTable) option_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) criterion_ids = g_hash_table_new (g_str_hash, g_str_equal);
  const char *preferred = ama_appraisal_get_preferred_option (appraisal);
  /* The ids are borrowed from the items, which the appraisal keeps. */
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (options); i++)
    {
      AmaOption *option = g_list_model_get_item (options, i);
      g_ptr_array_add (keep, option);
      if (ama_option_get_id (option) != NULL)
        g_hash_table_add (option_ids, (gpointer) ama_option_get_id (option));
    }
  for (guint i = 0; i < g_list_model_get_n_items (criteria); i++)
    {
      AmaCriterion *criterion = g_list_model_get_item (criteria, i);
      g_ptr_array_add (keep, criterion);
      if (ama_criterion_get_id (criterion) != NULL)
        g_hash_table_add (criterion_ids, (gpointer) ama_criterion_get_id (criterion));
    }

  if (!_ama_text_blank (preferred) && !g_hash_table_contains (option_ids, preferred))
    report (out, "appraisal-preferred-unknown", "$.appraisal.preferred-option",
            "The preferred option “%s” is not one of the appraisal's options", preferred);

  for (guint i = 0; i < g_list_model_get_n_items (scores); i++)
    {
      g_autoptr(AmaScore) score = g_list_model_get_item (scores, i);
      const char *option_id = ama_score_get_option_id (score);
      const char *criterion_id = ama_score_get_criterion_id (score);

      if (option_id == NULL || !g_hash_table_contains (option_ids, option_id))
        {
          g_autofree char *path = g_strdup_printf ("$.appraisal.scores[%u].option-id", i);
          report (out, "appraisal-score-option-unknown", path,
                  "Score %u names the option “%s”, which the appraisal does not have",
                  i + 1, option_id ? option_id : "");
        }
      if (criterion_id == NULL || !g_hash_table_contains (criterion_ids, criterion_id))
        {
          g_autofree char *path = g_strdup_printf ("$.appraisal.scores[%u].criterion-id", i);
          report (out, "appraisal-score-criterion-unknown", path,
                  "Score %u names the criterion “%s”, which the appraisal does not have",
                  i + 1, criterion_id ? criterion_id : "");
        }
    }
}

/* The response clock (see ama-response-clock.c for the rule and its
 * source): per recommendation, a decision that never came in time
 * (response-overdue, as of a date) or came after the period ended
 * (response-late, which needs no as-of date: it is history). */
static void
check_clock (GListStore *out,
             AmaReview  *review,
             GPtrArray  *items,
             GDateTime  *as_of)
{
  const char *period = ama_review_get_response_period (review);
  g_autoptr(GDateTime) due = NULL;
  g_autofree char *due_words = NULL;
  g_autofree char *received_words = NULL;
  const char *rule;

  if (period != NULL && !ama_period_parse (period, NULL, NULL))
    report (out, "response-period-invalid", "$.response-period",
            "The response period “%s” is not a number of days, weeks or months; the statutory two months are used",
            period);

  due = ama_review_get_response_due (review);
  if (due == NULL)
    return;
  due_words = _ama_date_to_words (due);
  received_words = _ama_date_to_words (ama_review_get_reported_to_executive (review));
  rule = (period != NULL && ama_period_parse (period, NULL, NULL)) ? period : AMA_RESPONSE_PERIOD_DEFAULT;

  for (guint i = 0; i < items->len; i++)
    {
      AmaRecommendation *rec = items->pdata[i];
      AmaResponse *response = ama_recommendation_get_response (rec);
      GDateTime *decided = response ? ama_response_get_decided_on (response) : NULL;
      gboolean undecided = response == NULL ||
                           (ama_response_get_decision (response) == AMA_DECISION_PENDING && decided == NULL);
      char pb[PATH_MAX_LEN];
      char buf[32];
      const char *label = label_of (rec, i, buf);

      if (undecided && as_of != NULL)
        {
          int days = _ama_days_between (due, as_of);
          if (days > 0)
            report (out, "response-overdue", rec_path (pb, i, response ? ".response.decision" : ".response"),
                    "Recommendation %s: no decision is recorded, and the response was due by %s "
                    "(%s beginning with %s, when the executive received the report): %d day%s overdue",
                    label, due_words, rule, received_words, days, days == 1 ? "" : "s");
        }
      else if (decided != NULL)
        {
          int days = _ama_days_between (due, decided);
          if (days > 0)
            {
              g_autofree char *w = _ama_date_to_words (decided);
              gboolean from_history = g_list_model_get_n_items (ama_response_get_history (response)) > 0;
              report (out, "response-late", rec_path (pb, i, from_history ? ".response.history" : ".response.date"),
                      "Recommendation %s was first decided on %s, %d day%s after the response was due by %s "
                      "(%s beginning with %s)",
                      label, w, days, days == 1 ? "" : "s", due_words, rule, received_words);
            }
        }
    }
}

static void
check_history (GListStore        *out,
               AmaRecommendation *rec,
               guint              i)
{
  AmaResponse *response = ama_recommendation_get_response (rec);
  GListModel *history;
  guint n;
  g_autoptr(AmaDecisionRecord) last = NULL;
  char pb[PATH_MAX_LEN];
  char buf[32];

  if (response == NULL)
    return;
  history = ama_response_get_history (response);
  n = g_list_model_get_n_items (history);
  if (n == 0)
    return;
  last = g_list_model_get_item (history, n - 1);
  if (ama_decision_record_get_decision (last) != ama_response_get_decision (response))
    report (out, "decision-history-mismatch", rec_path (pb, i, ".response.decision"),
            "Recommendation %s: the decision is “%s” but the latest decision in its history is “%s”",
            label_of (rec, i, buf),
            decision_nick (ama_response_get_decision (response)),
            decision_nick (ama_decision_record_get_decision (last)));
}

/**
 * ama_review_validate:
 * @self: a #AmaReview
 * @as_of: (nullable): the date to judge time-dependent rules against
 *   (passed reconsideration dates, progress updates from the future);
 *   with %NULL those rules are skipped
 *
 * Checks that the review and the executive's response to it are
 * complete and consistent, following the response table's own header:
 * an accepted recommendation needs a proposed action, a responsible
 * officer (or no further action) and an action-by date; a rejected one
 * a rationale; a deferred one why and when it will be reconsidered. It
 * also reports blank decisions, officer names that differ only by
 * OCR-like confusion, duplicate or missing recommendation numbers,
 * empty texts, action-by dates before the response and that could not
 * be understood, and appraisal references to options or criteria that
 * do not exist.
 *
 * Each finding is an [class@Ama.Diagnostic] with a stable code (see
 * [func@Ama.validation_list_rules]), a severity and the JSON path of
 * the member concerned, e.g. `$.recommendations[2].response.officer`.
 * The order is document order, recommendation by recommendation, then
 * review-wide findings.
 *
 * Returns: (transfer full): a list of [class@Ama.Diagnostic]s, empty
 *   when nothing was found
 *
 * Since: 1.0
 */
GListModel *
ama_review_validate (AmaReview *self,
                     GDateTime *as_of)
{
  GListStore *out;
  GListModel *recs;
  g_autoptr(GPtrArray) items = NULL;
  guint n;

  g_return_val_if_fail (AMA_IS_REVIEW (self), NULL);

  out = g_list_store_new (AMA_TYPE_DIAGNOSTIC);
  recs = ama_review_get_recommendations (self);
  n = g_list_model_get_n_items (recs);
  /* Fetched once: the review-wide checks walk them three more times. */
  items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      AmaRecommendation *rec = g_list_model_get_item (recs, i);
      char buf[32];

      g_ptr_array_add (items, rec);

      if (_ama_text_blank (ama_recommendation_get_text (rec)))
        {
          g_autofree char *path = g_strdup_printf ("$.recommendations[%u].text", i);
          report (out, "recommendation-text-empty", path,
                  "Recommendation %s has no text", label_of (rec, i, buf));
        }
      check_field_errors (out, rec, i);
      check_response (out, rec, i, as_of);
      check_updates (out, rec, i, as_of);
      check_history (out, rec, i);
    }

  check_clock (out, self, items, as_of);
  check_numbers (out, items);
  check_officers (out, items);
  if (ama_review_get_appraisal (self) != NULL)
    check_appraisal (out, ama_review_get_appraisal (self));

  return G_LIST_MODEL (out);
}
