/* ama-appraisal-matrix.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "ama-appraisal-enums.h"
#include "ama-appraisal-weight-set.h"
#include "ama-appraisal-weight.h"
#include "ama-appraisal.h"
#include "ama-criterion.h"
#include "ama-enum-types.h"
#include "ama-error.h"
#include "ama-option.h"
#include "ama-score.h"
#include "ama-appraisal-matrix-private.h"

/* Paths name the appraisal as it sits in a review document, so that an
 * error found while ranking points at the member to fix in the file. */
#define APPRAISAL_PATH "$.appraisal"

void
_ama_appraisal_matrix_free (AmaAppraisalMatrix *m)
{
  if (m == NULL)
    return;
  g_strfreev (m->option_ids);
  g_strfreev (m->option_names);
  g_strfreev (m->criterion_ids);
  g_strfreev (m->criterion_names);
  g_free (m->weights);
  g_free (m->value);
  g_free (m->low);
  g_free (m->high);
  g_strfreev (m->failed_ids);
  g_strfreev (m->failed_names);
  g_strfreev (m->failed_gates);
  g_strfreev (m->failed_gate_names);
  g_free (m);
}

static const char *
display_name (const char *name,
              const char *id)
{
  return (name != NULL && *name != '\0') ? name : id;
}

/* Preference value on 0–1 of a raw score on a criterion's scale. */
static double
to_preference (AmaCriterion *c,
               double        x)
{
  double lo = ama_criterion_get_scale_min (c);
  double hi = ama_criterion_get_scale_max (c);

  if (ama_criterion_get_direction (c) == AMA_CRITERION_DIRECTION_COST)
    return (hi - x) / (hi - lo);
  return (x - lo) / (hi - lo);
}

static gboolean
passes_gate (AmaCriterion *c,
             double        x)
{
  if (ama_criterion_get_direction (c) == AMA_CRITERION_DIRECTION_COST)
    return x <= ama_criterion_get_pass_mark (c);
  return x >= ama_criterion_get_pass_mark (c);
}

typedef struct
{
  AmaScore *score; /* borrowed from the appraisal's store */
  guint     index; /* in the scores list, for error paths */
} Cell;

static const char *
missing_policy_nick (AmaMissingScores policy)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (AMA_TYPE_MISSING_SCORES);
  return g_enum_get_value (klass, policy)->value_nick;
}

AmaAppraisalMatrix *
_ama_appraisal_matrix_new (AmaAppraisal          *appraisal,
                           AmaAppraisalWeightSet *weight_set,
                           GError               **error)
{
  g_autoptr(AmaAppraisalMatrix) m = g_new0 (AmaAppraisalMatrix, 1);
  GListModel *options = ama_appraisal_get_options (appraisal);
  GListModel *criteria = ama_appraisal_get_criteria (appraisal);
  GListModel *scores = ama_appraisal_get_scores (appraisal);
  AmaMissingScores policy = ama_appraisal_get_missing_scores (appraisal);
  guint n_opt = g_list_model_get_n_items (options);
  guint n_crit = g_list_model_get_n_items (criteria);
  guint n_scores = g_list_model_get_n_items (scores);
  g_autoptr(GHashTable) opt_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) crit_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree Cell *cells = NULL;
  g_autofree guint *column = g_new (guint, MAX (n_crit, 1));   /* criterion → column or G_MAXUINT */
  g_autofree double *raw_weights = NULL;
  g_autoptr(GPtrArray) option_ids = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  g_autoptr(GPtrArray) option_names = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  g_autoptr(GPtrArray) crit_ids = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  g_autoptr(GPtrArray) crit_names = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  g_autoptr(GPtrArray) failed_ids = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  g_autoptr(GPtrArray) failed_names = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  g_autoptr(GPtrArray) failed_gates = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  g_autoptr(GPtrArray) failed_gate_names = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  double weight_sum = 0.0;

  /* Criteria: unique ids, sane scales; weighted ones become columns. */
  for (guint j = 0; j < n_crit; j++)
    {
      g_autoptr(AmaCriterion) c = g_list_model_get_item (criteria, j);
      const char *id = ama_criterion_get_id (c);
      double lo = ama_criterion_get_scale_min (c), hi = ama_criterion_get_scale_max (c);

      if (id == NULL || *id == '\0')
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_MISSING,
                       APPRAISAL_PATH ".criteria[%u]: missing member “id”", j);
          return NULL;
        }
      if (g_hash_table_contains (crit_index, id))
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_DUPLICATE,
                       APPRAISAL_PATH ".criteria[%u].id: duplicate criterion id “%s”", j, id);
          return NULL;
        }
      g_hash_table_insert (crit_index, (gpointer)id, GUINT_TO_POINTER (j));
      if (!(isfinite (lo) && isfinite (hi) && lo < hi))
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                       APPRAISAL_PATH ".criteria[%u]: scale-min %g must be below scale-max %g",
                       j, lo, hi);
          return NULL;
        }
      if (ama_criterion_get_must_pass (c))
        {
          column[j] = G_MAXUINT;
          continue;
        }
      column[j] = crit_ids->len;
      g_ptr_array_add (crit_ids, g_strdup (id));
      g_ptr_array_add (crit_names, g_strdup (display_name (ama_criterion_get_name (c), id)));
    }
  m->n_criteria = crit_ids->len;
  if (m->n_criteria == 0)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_MISSING,
                   APPRAISAL_PATH ".criteria: no weighted (non-gate) criterion to rank by");
      return NULL;
    }

  /* Weights: the criteria's own, or a stakeholder's set. */
  raw_weights = g_new0 (double, m->n_criteria);
  for (guint j = 0; j < n_crit; j++)
    {
      g_autoptr(AmaCriterion) c = g_list_model_get_item (criteria, j);
      double w;

      if (column[j] == G_MAXUINT)
        continue;
      if (weight_set != NULL)
        {
          AmaAppraisalWeight *aw = ama_appraisal_weight_set_lookup (weight_set, ama_criterion_get_id (c));
          if (aw == NULL)
            {
              g_set_error (error, AMA_ERROR, AMA_ERROR_MISSING,
                           "weight set “%s”: no weight for criterion “%s”",
                           display_name (ama_appraisal_weight_set_get_name (weight_set),
                                         ama_appraisal_weight_set_get_id (weight_set)),
                           ama_criterion_get_id (c));
              return NULL;
            }
          w = ama_appraisal_weight_get_value (aw);
        }
      else
        w = ama_criterion_get_weight (c);
      if (!isfinite (w) || w < 0.0)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                       APPRAISAL_PATH ".criteria[%u].weight: %g is not a weight (must be zero or more)",
                       j, w);
          return NULL;
        }
      raw_weights[column[j]] = w;
      weight_sum += w;
    }
  if (!(weight_sum > 0.0))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                   APPRAISAL_PATH ".criteria: the weights of the weighted criteria sum to zero");
      return NULL;
    }

  /* Options: unique ids; only the short list is appraised. */
  for (guint i = 0; i < n_opt; i++)
    {
      g_autoptr(AmaOption) o = g_list_model_get_item (options, i);
      const char *id = ama_option_get_id (o);

      if (id == NULL || *id == '\0')
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_MISSING,
                       APPRAISAL_PATH ".options[%u]: missing member “id”", i);
          return NULL;
        }
      if (g_hash_table_contains (opt_index, id))
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_DUPLICATE,
                       APPRAISAL_PATH ".options[%u].id: duplicate option id “%s”", i, id);
          return NULL;
        }
      g_hash_table_insert (opt_index, (gpointer)id, GUINT_TO_POINTER (i));
    }

  /* Scores: known ids, one per pair, on the scale, interval around the value. */
  cells = g_new0 (Cell, MAX (n_opt * n_crit, 1));
  for (guint s = 0; s < n_scores; s++)
    {
      AmaScore *score = g_list_model_get_item (scores, s);
      const char *oid = ama_score_get_option_id (score);
      const char *cid = ama_score_get_criterion_id (score);
      gpointer oi, ci;
      AmaCriterion *c;
      double v = ama_score_get_value (score), lo = ama_score_get_low (score), hi = ama_score_get_high (score);

      g_object_unref (score); /* the store keeps it alive */
      if (oid == NULL || !g_hash_table_lookup_extended (opt_index, oid, NULL, &oi))
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_REFERENCE,
                       APPRAISAL_PATH ".scores[%u].option-id: no option “%s”", s, oid ? oid : "(null)");
          return NULL;
        }
      if (cid == NULL || !g_hash_table_lookup_extended (crit_index, cid, NULL, &ci))
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_REFERENCE,
                       APPRAISAL_PATH ".scores[%u].criterion-id: no criterion “%s”", s, cid ? cid : "(null)");
          return NULL;
        }
      if (cells[GPOINTER_TO_UINT (oi) * n_crit + GPOINTER_TO_UINT (ci)].score != NULL)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_DUPLICATE,
                       APPRAISAL_PATH ".scores[%u]: option “%s” is already scored on criterion “%s” (scores[%u])",
                       s, oid, cid, cells[GPOINTER_TO_UINT (oi) * n_crit + GPOINTER_TO_UINT (ci)].index);
          return NULL;
        }
      c = g_list_model_get_item (criteria, GPOINTER_TO_UINT (ci));
      g_object_unref (c);
      if (!(isfinite (v) && v >= ama_criterion_get_scale_min (c) && v <= ama_criterion_get_scale_max (c)))
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                       APPRAISAL_PATH ".scores[%u].value: %g is outside the scale [%g, %g] of criterion “%s”",
                       s, v, ama_criterion_get_scale_min (c), ama_criterion_get_scale_max (c), cid);
          return NULL;
        }
      if (!(lo <= v && v <= hi && lo >= ama_criterion_get_scale_min (c) && hi <= ama_criterion_get_scale_max (c)))
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                       APPRAISAL_PATH ".scores[%u]: the interval [%g, %g] must contain the value %g and lie on the scale [%g, %g]",
                       s, lo, hi, v, ama_criterion_get_scale_min (c), ama_criterion_get_scale_max (c));
          return NULL;
        }
      cells[GPOINTER_TO_UINT (oi) * n_crit + GPOINTER_TO_UINT (ci)] = (Cell) { score, s };
    }

  /* Rows: short-listed options; gates first, then preference values. */
  m->value = g_new0 (double, MAX (n_opt, 1) * m->n_criteria);
  m->low = g_new0 (double, MAX (n_opt, 1) * m->n_criteria);
  m->high = g_new0 (double, MAX (n_opt, 1) * m->n_criteria);
  for (guint i = 0; i < n_opt; i++)
    {
      g_autoptr(AmaOption) o = g_list_model_get_item (options, i);
      const char *failed_gate = NULL, *failed_gate_name = NULL;
      guint row = rows->len;

      if (ama_option_get_status (o) != AMA_OPTION_STATUS_SHORT_LIST)
        continue;

      for (guint j = 0; j < n_crit; j++)
        {
          g_autoptr(AmaCriterion) c = g_list_model_get_item (criteria, j);
          Cell *cell = &cells[i * n_crit + j];
          double lo = ama_criterion_get_scale_min (c), hi = ama_criterion_get_scale_max (c);
          double x, xl, xh;

          if (cell->score != NULL)
            {
              x = ama_score_get_value (cell->score);
              xl = ama_score_get_low (cell->score);
              xh = ama_score_get_high (cell->score);
            }
          else
            {
              switch (policy)
                {
                case AMA_MISSING_SCORES_WORST:
                  x = xl = xh = ama_criterion_get_direction (c) == AMA_CRITERION_DIRECTION_COST ? hi : lo;
                  break;
                case AMA_MISSING_SCORES_MIDPOINT:
                  x = xl = xh = lo + (hi - lo) / 2.0;
                  break;
                case AMA_MISSING_SCORES_FULL_RANGE:
                  x = lo + (hi - lo) / 2.0;
                  xl = lo;
                  xh = hi;
                  break;
                case AMA_MISSING_SCORES_ERROR:
                default:
                  g_set_error (error, AMA_ERROR, AMA_ERROR_MISSING,
                               APPRAISAL_PATH ".scores: option “%s” has no score on criterion “%s” "
                               "(the missing-scores policy is “%s”)",
                               ama_option_get_id (o), ama_criterion_get_id (c),
                               missing_policy_nick (policy));
                  return NULL;
                }
            }

          if (column[j] == G_MAXUINT)
            {
              if (failed_gate == NULL && !passes_gate (c, x))
                {
                  failed_gate = ama_criterion_get_id (c);
                  failed_gate_name = display_name (ama_criterion_get_name (c), failed_gate);
                }
              continue;
            }

          {
            double v = to_preference (c, x), a = to_preference (c, xl), b = to_preference (c, xh);
            gsize k = (gsize)row * m->n_criteria + column[j];
            m->value[k] = v;
            /* A cost criterion turns the interval round. */
            m->low[k] = MIN (a, b);
            m->high[k] = MAX (a, b);
            if (m->low[k] < m->high[k])
              m->has_intervals = TRUE;
          }
        }

      if (failed_gate != NULL)
        {
          g_ptr_array_add (failed_ids, g_strdup (ama_option_get_id (o)));
          g_ptr_array_add (failed_names, g_strdup (display_name (ama_option_get_name (o), ama_option_get_id (o))));
          g_ptr_array_add (failed_gates, g_strdup (failed_gate));
          g_ptr_array_add (failed_gate_names, g_strdup (failed_gate_name));
          continue;
        }
      g_array_append_val (rows, i);
      g_ptr_array_add (option_ids, g_strdup (ama_option_get_id (o)));
      g_ptr_array_add (option_names, g_strdup (display_name (ama_option_get_name (o), ama_option_get_id (o))));
    }

  m->n_options = rows->len;
  m->n_failed = failed_ids->len;
  if (m->n_options + m->n_failed == 0)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_MISSING,
                   APPRAISAL_PATH ".options: no short-listed option to appraise");
      return NULL;
    }

  m->weights = g_new (double, m->n_criteria);
  for (guint j = 0; j < m->n_criteria; j++)
    m->weights[j] = raw_weights[j] / weight_sum;

  m->option_ids = (char **)g_ptr_array_steal (option_ids, NULL);
  m->option_names = (char **)g_ptr_array_steal (option_names, NULL);
  m->criterion_ids = (char **)g_ptr_array_steal (crit_ids, NULL);
  m->criterion_names = (char **)g_ptr_array_steal (crit_names, NULL);
  m->failed_ids = (char **)g_ptr_array_steal (failed_ids, NULL);
  m->failed_names = (char **)g_ptr_array_steal (failed_names, NULL);
  m->failed_gates = (char **)g_ptr_array_steal (failed_gates, NULL);
  m->failed_gate_names = (char **)g_ptr_array_steal (failed_gate_names, NULL);

  return g_steal_pointer (&m);
}
