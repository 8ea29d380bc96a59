/* ama-appraisal-result.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ama-appraisal-ranking.h"
#include "ama-appraisal-result.h"
#include "ama-appraisal-stability.h"
#include "ama-appraisal.h"
#include "ama-error.h"
#include "ama-appraisal-result-private.h"
#include "ama-appraisal-ranking-private.h"
#include "ama-appraisal-stability-private.h"

/**
 * AmaAppraisalResult:
 *
 * The outcome of a weighted-sum (SMART) appraisal: the options in rank
 * order with what each criterion contributed, how far each weight can
 * move before the winner changes, and a plain-language explanation.
 *
 * Made by [method@Ama.Appraisal.evaluate]; read-only.
 *
 * Since: 1.0
 */

struct _AmaAppraisalResult
{
  GObject parent_instance;

  AmaAppraisalMatrix *m;
  char *weight_set_id;
  GListStore *rankings;
  GListStore *stability;
  double *totals;    /* n_options, 0–1 */
  guint *order;      /* n_options: row indices, best first */
};

G_DEFINE_FINAL_TYPE (AmaAppraisalResult, ama_appraisal_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WEIGHT_SET_ID,
  PROP_RANKINGS,
  PROP_STABILITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_appraisal_result_dispose (GObject *object)
{
  AmaAppraisalResult *self = (AmaAppraisalResult *)object;

  g_clear_object (&self->rankings);
  g_clear_object (&self->stability);

  G_OBJECT_CLASS (ama_appraisal_result_parent_class)->dispose (object);
}

static void
ama_appraisal_result_finalize (GObject *object)
{
  AmaAppraisalResult *self = (AmaAppraisalResult *)object;

  g_clear_pointer (&self->m, _ama_appraisal_matrix_free);
  g_clear_pointer (&self->weight_set_id, g_free);
  g_clear_pointer (&self->totals, g_free);
  g_clear_pointer (&self->order, g_free);

  G_OBJECT_CLASS (ama_appraisal_result_parent_class)->finalize (object);
}

static void
ama_appraisal_result_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AmaAppraisalResult *self = AMA_APPRAISAL_RESULT (object);

  switch (prop_id)
    {
    case PROP_WEIGHT_SET_ID:
      g_value_set_string (value, self->weight_set_id);
      break;

    case PROP_RANKINGS:
      g_value_set_object (value, self->rankings);
      break;

    case PROP_STABILITY:
      g_value_set_object (value, self->stability);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_appraisal_result_class_init (AmaAppraisalResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ama_appraisal_result_dispose;
  object_class->finalize = ama_appraisal_result_finalize;
  object_class->get_property = ama_appraisal_result_get_property;

  /**
   * AmaAppraisalResult:weight-set-id:
   *
   * The id of the [class@Ama.AppraisalWeightSet] used, or %NULL when the
   * criteria's own weights were used.
   *
   * Since: 1.0
   */
  properties[PROP_WEIGHT_SET_ID] =
    g_param_spec_string ("weight-set-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalResult:rankings:
   *
   * The short-listed options as [class@Ama.AppraisalRanking]s, best first;
   * options that failed a must-pass gate come last, with rank 0.
   *
   * Since: 1.0
   */
  properties[PROP_RANKINGS] =
    g_param_spec_object ("rankings", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * AmaAppraisalResult:stability:
   *
   * One [class@Ama.AppraisalStability] per weighted criterion, in the
   * criteria's order.
   *
   * Since: 1.0
   */
  properties[PROP_STABILITY] =
    g_param_spec_object ("stability", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_appraisal_result_init (AmaAppraisalResult *self)
{
  self->rankings = g_list_store_new (AMA_TYPE_APPRAISAL_RANKING);
  self->stability = g_list_store_new (AMA_TYPE_APPRAISAL_STABILITY);
}

static const double *
row (AmaAppraisalMatrix *m,
     guint               i)
{
  return m->value + (gsize)i * m->n_criteria;
}

/* Best first; equal totals keep the appraisal's order of options. */
static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const double *totals = user_data;
  guint i = *(const guint *)a, j = *(const guint *)b;

  if (totals[i] > totals[j])
    return -1;
  if (totals[i] < totals[j])
    return 1;
  return (i > j) - (i < j);
}

/* Moving weight k to t with the others rescaled in proportion, option i
 * is worth t·v[i][k] + (1 − t)·R[i][k], where R is its total over the
 * other criteria with their weights renormalised. Linear in t, so the
 * winner a and a challenger b are level where
 *   t·(v[a][k] − v[b][k]) + (1 − t)·(R[a][k] − R[b][k]) = 0. */
static double
rest_value (AmaAppraisalMatrix *m,
            const double       *totals,
            guint               i,
            guint               k)
{
  double wk = m->weights[k];

  if (wk < 1.0)
    return (totals[i] - wk * row (m, i)[k]) / (1.0 - wk);

  /* All the weight is on k: the others have no proportions to keep,
   * so they share the freed weight equally. */
  {
    double sum = 0.0;
    for (guint j = 0; j < m->n_criteria; j++)
      if (j != k)
        sum += row (m, i)[j];
    return sum / (m->n_criteria - 1);
  }
}

static void
compute_stability (AmaAppraisalResult *self)
{
  AmaAppraisalMatrix *m = self->m;

  for (guint k = 0; k < m->n_criteria; k++)
    {
      g_autoptr(AmaAppraisalStability) st = NULL;
      double w = m->weights[k];
      double lower = 0.0, upper = 1.0;
      const char *lower_id = NULL, *upper_id = NULL;

      if (m->n_options >= 2 && m->n_criteria >= 2)
        {
          guint a = self->order[0];
          double ra = rest_value (m, self->totals, a, k);

          for (guint b = 0; b < m->n_options; b++)
            {
              double A, B, margin, t;

              if (b == a)
                continue;
              A = ra - rest_value (m, self->totals, b, k); /* D(0) */
              B = row (m, a)[k] - row (m, b)[k];           /* D(1) */
              margin = self->totals[a] - self->totals[b];  /* D(w) */

              /* The line crosses zero above w only if b is strictly
               * ahead at t = 1, and below w only if it is at t = 0;
               * merely drawing level at an end changes nothing. */
              if (B < -AMA_APPRAISAL_TIE_EPSILON && w < 1.0)
                {
                  t = margin <= AMA_APPRAISAL_TIE_EPSILON ? w : A / (A - B);
                  t = CLAMP (t, w, 1.0);
                  if (upper_id == NULL || t < upper)
                    {
                      upper = t;
                      upper_id = m->option_ids[b];
                    }
                }
              if (A < -AMA_APPRAISAL_TIE_EPSILON && w > 0.0)
                {
                  t = margin <= AMA_APPRAISAL_TIE_EPSILON ? w : A / (A - B);
                  t = CLAMP (t, 0.0, w);
                  if (lower_id == NULL || t > lower)
                    {
                      lower = t;
                      lower_id = m->option_ids[b];
                    }
                }
            }
        }
      else
        lower = upper = w;

      st = _ama_appraisal_stability_new (m->criterion_ids[k], m->criterion_names[k], w,
                                         lower, lower_id, upper, upper_id);
      g_list_store_append (self->stability, st);
    }
}

AmaAppraisalResult *
_ama_appraisal_result_new (AmaAppraisalMatrix *m,
                           const char         *weight_set_id)
{
  AmaAppraisalResult *self = g_object_new (AMA_TYPE_APPRAISAL_RESULT, NULL);
  guint n = m->n_options, nc = m->n_criteria;

  self->m = m;
  self->weight_set_id = g_strdup (weight_set_id);
  self->totals = g_new0 (double, MAX (n, 1));
  self->order = g_new0 (guint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      double sum = 0.0;
      for (guint j = 0; j < nc; j++)
        sum += m->weights[j] * row (m, i)[j];
      self->totals[i] = sum;
      self->order[i] = i;
    }
  g_qsort_with_data (self->order, n, sizeof (guint), compare_rows, self->totals);

  for (guint r = 0; r < n; )
    {
      /* A tie group: every total within epsilon of the group's best. */
      guint end = r + 1;
      while (end < n && self->totals[self->order[r]] - self->totals[self->order[end]] <= AMA_APPRAISAL_TIE_EPSILON)
        end++;
      for (guint q = r; q < end; q++)
        {
          guint i = self->order[q];
          double *contrib = g_new (double, nc);
          double *prefs = g_new (double, nc);
          g_autoptr(AmaAppraisalRanking) ranking = NULL;

          for (guint j = 0; j < nc; j++)
            {
              contrib[j] = 100.0 * m->weights[j] * row (m, i)[j];
              prefs[j] = 100.0 * row (m, i)[j];
            }
          ranking = _ama_appraisal_ranking_new (m->option_ids[i], m->option_names[i],
                                                r + 1, 100.0 * self->totals[i], end - r > 1,
                                                NULL, contrib, prefs, nc);
          g_list_store_append (self->rankings, ranking);
        }
      r = end;
    }

  for (guint f = 0; f < m->n_failed; f++)
    {
      g_autoptr(AmaAppraisalRanking) ranking =
        _ama_appraisal_ranking_new (m->failed_ids[f], m->failed_names[f], 0, 0.0, FALSE,
                                    m->failed_gates[f], NULL, NULL, 0);
      g_list_store_append (self->rankings, ranking);
    }

  compute_stability (self);
  return self;
}

/**
 * ama_appraisal_result_get_weight_set_id:
 * @self: a #AmaAppraisalResult
 *
 * Gets the [property@Ama.AppraisalResult:weight-set-id].
 *
 * Returns: (transfer none) (nullable): the weight set's id, or %NULL
 *
 * Since: 1.0
 */
const char *
ama_appraisal_result_get_weight_set_id (AmaAppraisalResult *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_RESULT (self), NULL);
  return self->weight_set_id;
}

/**
 * ama_appraisal_result_get_rankings:
 * @self: a #AmaAppraisalResult
 *
 * Gets the [property@Ama.AppraisalResult:rankings].
 *
 * Returns: (transfer none): a #GListModel of #AmaAppraisalRanking, best first
 *
 * Since: 1.0
 */
GListModel *
ama_appraisal_result_get_rankings (AmaAppraisalResult *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_RESULT (self), NULL);
  return G_LIST_MODEL (self->rankings);
}

/**
 * ama_appraisal_result_get_stability:
 * @self: a #AmaAppraisalResult
 *
 * Gets the [property@Ama.AppraisalResult:stability].
 *
 * Returns: (transfer none): a #GListModel of #AmaAppraisalStability,
 *   one per weighted criterion
 *
 * Since: 1.0
 */
GListModel *
ama_appraisal_result_get_stability (AmaAppraisalResult *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_RESULT (self), NULL);
  return G_LIST_MODEL (self->stability);
}

/**
 * ama_appraisal_result_get_criterion_ids:
 * @self: a #AmaAppraisalResult
 *
 * Gets the ids of the weighted criteria, in the order of every per-criterion
 * array of the result (weights, contributions, differences). Must-pass
 * gates are not among them.
 *
 * Returns: (transfer none) (array zero-terminated=1): the criterion ids
 *
 * Since: 1.0
 */
const char * const *
ama_appraisal_result_get_criterion_ids (AmaAppraisalResult *self)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_RESULT (self), NULL);
  return (const char * const *)self->m->criterion_ids;
}

/**
 * ama_appraisal_result_get_weights:
 * @self: a #AmaAppraisalResult
 * @n_weights: (out): the number of weights
 *
 * Gets the normalised weights used (they sum to one), in the order of
 * [method@Ama.AppraisalResult.get_criterion_ids].
 *
 * Returns: (transfer none) (array length=n_weights): the weights
 *
 * Since: 1.0
 */
const double *
ama_appraisal_result_get_weights (AmaAppraisalResult *self,
                                  guint              *n_weights)
{
  g_return_val_if_fail (AMA_IS_APPRAISAL_RESULT (self), NULL);
  g_return_val_if_fail (n_weights != NULL, NULL);

  *n_weights = self->m->n_criteria;
  return self->m->weights;
}

/**
 * ama_appraisal_result_get_winner:
 * @self: a #AmaAppraisalResult
 *
 * Gets the first-ranked option; when several tie for first, the first of
 * them in the appraisal's order (check [property@Ama.AppraisalRanking:tied]).
 *
 * Returns: (transfer none) (nullable): the winner, or %NULL when every
 *   option failed a gate
 *
 * Since: 1.0
 */
AmaAppraisalRanking *
ama_appraisal_result_get_winner (AmaAppraisalResult *self)
{
  g_autoptr(AmaAppraisalRanking) first = NULL;

  g_return_val_if_fail (AMA_IS_APPRAISAL_RESULT (self), NULL);

  if (self->m->n_options == 0)
    return NULL;
  first = g_list_model_get_item (G_LIST_MODEL (self->rankings), 0);
  return first; /* the store keeps its reference */
}

/**
 * ama_appraisal_result_lookup:
 * @self: a #AmaAppraisalResult
 * @option_id: a [property@Ama.Option:id]
 *
 * Finds the ranking of one option.
 *
 * Returns: (transfer none) (nullable): its ranking, or %NULL when the
 *   option was not appraised (not on the short list, or unknown)
 *
 * Since: 1.0
 */
AmaAppraisalRanking *
ama_appraisal_result_lookup (AmaAppraisalResult *self,
                             const char         *option_id)
{
  guint n;

  g_return_val_if_fail (AMA_IS_APPRAISAL_RESULT (self), NULL);
  g_return_val_if_fail (option_id != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->rankings));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaAppraisalRanking) r = g_list_model_get_item (G_LIST_MODEL (self->rankings), i);
      if (g_strcmp0 (ama_appraisal_ranking_get_option_id (r), option_id) == 0)
        return r;
    }
  return NULL;
}

static gboolean
find_row (AmaAppraisalResult *self,
          const char         *option_id,
          guint              *out,
          GError            **error)
{
  for (guint i = 0; i < self->m->n_options; i++)
    if (g_strcmp0 (self->m->option_ids[i], option_id) == 0)
      {
        *out = i;
        return TRUE;
      }
  g_set_error (error, AMA_ERROR, AMA_ERROR_REFERENCE,
               "option “%s” is not ranked in this result", option_id);
  return FALSE;
}

/**
 * ama_appraisal_result_compare:
 * @self: a #AmaAppraisalResult
 * @option_a: the id of a ranked option
 * @option_b: the id of another ranked option
 * @n_differences: (out): the number of differences, one per weighted criterion
 * @error: return location for a #GError
 *
 * Explains why @option_a beats (or trails) @option_b: for each weighted
 * criterion, @option_a's contribution minus @option_b's, in points out of
 * 100. They sum to the difference of the two totals.
 *
 * Returns: (transfer full) (array length=n_differences) (nullable): the
 *   differences, or %NULL with @error set (%AMA_ERROR_REFERENCE) when an
 *   option is not ranked
 *
 * Since: 1.0
 */
double *
ama_appraisal_result_compare (AmaAppraisalResult *self,
                              const char         *option_a,
                              const char         *option_b,
                              guint              *n_differences,
                              GError            **error)
{
  guint a, b;
  double *diff;

  g_return_val_if_fail (AMA_IS_APPRAISAL_RESULT (self), NULL);
  g_return_val_if_fail (option_a != NULL && option_b != NULL, NULL);
  g_return_val_if_fail (n_differences != NULL, NULL);

  *n_differences = 0;
  if (!find_row (self, option_a, &a, error) || !find_row (self, option_b, &b, error))
    return NULL;

  diff = g_new (double, MAX (self->m->n_criteria, 1));
  for (guint j = 0; j < self->m->n_criteria; j++)
    diff[j] = 100.0 * self->m->weights[j] * (row (self->m, a)[j] - row (self->m, b)[j]);
  *n_differences = self->m->n_criteria;
  return diff;
}

/**
 * ama_appraisal_result_get_critical:
 * @self: a #AmaAppraisalResult
 *
 * Finds the weight whose smallest change alters the winner: the
 * [class@Ama.AppraisalStability] with the least
 * [property@Ama.AppraisalStability:change].
 *
 * Returns: (transfer none) (nullable): the most sensitive criterion, or
 *   %NULL when no change of any single weight alters the winner
 *
 * Since: 1.0
 */
AmaAppraisalStability *
ama_appraisal_result_get_critical (AmaAppraisalResult *self)
{
  AmaAppraisalStability *best = NULL;
  guint n;

  g_return_val_if_fail (AMA_IS_APPRAISAL_RESULT (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->stability));
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(AmaAppraisalStability) st = g_list_model_get_item (G_LIST_MODEL (self->stability), k);
      double change = ama_appraisal_stability_get_change (st);
      if (change >= 0.0 && (best == NULL || change < ama_appraisal_stability_get_change (best)))
        best = st;
    }
  return best;
}

typedef struct
{
  guint  j;
  double d;
} Driver;

static int
compare_drivers (gconstpointer a,
                 gconstpointer b)
{
  const Driver *x = a, *y = b;
  if (x->d != y->d)
    return x->d > y->d ? -1 : 1;
  return (x->j > y->j) - (x->j < y->j);
}

static const char *
option_name_of (AmaAppraisalMatrix *m,
                const char         *id)
{
  for (guint i = 0; i < m->n_options; i++)
    if (g_strcmp0 (m->option_ids[i], id) == 0)
      return m->option_names[i];
  return id;
}

/**
 * ama_appraisal_result_explain:
 * @self: a #AmaAppraisalResult
 *
 * Explains the result in plain English, derived from the numbers: which
 * option wins and by what margin, which criteria drive its lead over the
 * runner-up (and where the runner-up is stronger), the weight whose
 * smallest change would alter the winner and who would take over, and
 * which options a must-pass gate ruled out.
 *
 * Returns: (transfer full): the explanation, one paragraph
 *
 * Since: 1.0
 */
char *
ama_appraisal_result_explain (AmaAppraisalResult *self)
{
  AmaAppraisalMatrix *m;
  g_autoptr(GString) s = g_string_new (NULL);
  AmaAppraisalStability *critical;

  g_return_val_if_fail (AMA_IS_APPRAISAL_RESULT (self), NULL);
  m = self->m;

  if (m->n_options == 0)
    g_string_append (s, "No option passes every must-pass test, so none is ranked.");
  else
    {
      guint a = self->order[0];
      guint n_tied = 1;

      while (n_tied < m->n_options &&
             self->totals[a] - self->totals[self->order[n_tied]] <= AMA_APPRAISAL_TIE_EPSILON)
        n_tied++;

      g_string_append_printf (s, "%s ranks first with %.1f out of 100",
                              m->option_names[a], 100.0 * self->totals[a]);
      if (n_tied > 1)
        {
          g_string_append (s, ", level with ");
          for (guint q = 1; q < n_tied; q++)
            g_string_append_printf (s, "%s%s", q == 1 ? "" : (q + 1 == n_tied ? " and " : ", "),
                                    m->option_names[self->order[q]]);
          g_string_append (s, ": the weights as they stand do not separate them.");
          {
            /* What would separate the first two: the criteria on which
             * each is furthest ahead of the other. */
            guint b = self->order[1], best_a = G_MAXUINT, best_b = G_MAXUINT;
            double da = 0.0, db = 0.0;

            for (guint j = 0; j < m->n_criteria; j++)
              {
                double d = row (m, a)[j] - row (m, b)[j];
                if (d > da)
                  da = d, best_a = j;
                if (d < db)
                  db = d, best_b = j;
              }
            if (best_a != G_MAXUINT && best_b != G_MAXUINT)
              g_string_append_printf (s, " More weight on %s would favour %s; more on %s would favour %s.",
                                      m->criterion_names[best_a], m->option_names[a],
                                      m->criterion_names[best_b], m->option_names[b]);
          }
        }
      else if (m->n_options == 1)
        g_string_append (s, "; it is the only option ranked.");
      else
        {
          guint b = self->order[1];
          g_autofree Driver *drivers = g_new (Driver, m->n_criteria);
          guint n_pos = 0;

          g_string_append_printf (s, ", %.1f points ahead of %s (%.1f).",
                                  100.0 * (self->totals[a] - self->totals[b]),
                                  m->option_names[b], 100.0 * self->totals[b]);
          for (guint j = 0; j < m->n_criteria; j++)
            drivers[j] = (Driver) { j, 100.0 * m->weights[j] * (row (m, a)[j] - row (m, b)[j]) };
          qsort (drivers, m->n_criteria, sizeof (Driver), compare_drivers);

          for (guint q = 0; q < m->n_criteria && q < 3 && drivers[q].d > 0.05; q++)
            {
              g_string_append_printf (s, "%s%s (+%.1f)",
                                      q == 0 ? " Its lead comes mainly from " : ", ",
                                      m->criterion_names[drivers[q].j], drivers[q].d);
              n_pos++;
            }
          if (n_pos > 0)
            g_string_append_c (s, '.');
          for (guint q = 0, k = 0; q < m->n_criteria && k < 2; q++)
            {
              Driver *d = &drivers[m->n_criteria - 1 - q];

              if (d->d >= -0.05)
                break;
              if (k == 0)
                g_string_append_printf (s, " %s does better on %s (%.1f)",
                                        m->option_names[b], m->criterion_names[d->j], d->d);
              else
                g_string_append_printf (s, " and %s (%.1f)", m->criterion_names[d->j], d->d);
              k++;
            }
          if (s->str[s->len - 1] != '.')
            g_string_append_c (s, '.');
        }

      critical = n_tied > 1 ? NULL : ama_appraisal_result_get_critical (self);
      if (critical != NULL)
        {
          double w = ama_appraisal_stability_get_weight (critical);
          gboolean up = ama_appraisal_stability_get_upper_option_id (critical) != NULL &&
                        fabs ((ama_appraisal_stability_get_upper (critical) - w) -
                              ama_appraisal_stability_get_change (critical)) < 1e-12;
          double t = up ? ama_appraisal_stability_get_upper (critical) : ama_appraisal_stability_get_lower (critical);
          const char *taker = up ? ama_appraisal_stability_get_upper_option_id (critical)
                                 : ama_appraisal_stability_get_lower_option_id (critical);

          g_string_append_printf (s,
                                  " The result is most sensitive to the weight on %s: %s it from %.1f%% to %.1f%%,"
                                  " with the other weights rescaled in proportion, would bring %s level with %s,"
                                  " and ahead beyond that.",
                                  ama_appraisal_stability_get_criterion_name (critical),
                                  up ? "raising" : "lowering", 100.0 * w, 100.0 * t,
                                  option_name_of (m, taker), m->option_names[a]);
        }
      else if (m->n_options > 1 && n_tied == 1)
        g_string_append_printf (s, " No change to any single weight would put another option ahead of %s.",
                                m->option_names[a]);
    }

  for (guint f = 0; f < m->n_failed; f++)
    g_string_append_printf (s, " %s is not ranked: it fails the must-pass test “%s”.",
                            m->failed_names[f], m->failed_gate_names[f]);

  return g_string_free (g_steal_pointer (&s), FALSE);
}
