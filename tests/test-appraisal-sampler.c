/* test-appraisal-sampler.c: the SMAA weight sampler, statistically
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <math.h>
#include <stdlib.h>

#include "ama-appraisal-sampler-private.h"

/* Every test uses a fixed seed, so each is deterministic: a correct
 * sampler passes every time, and a biased one fails every time. */

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* The Kolmogorov–Smirnov statistic of @x (sorted here) against @cdf. */
static double
ks_statistic (double  *x,
              guint    n,
              double (*cdf) (double, gpointer),
              gpointer data)
{
  double d = 0.0;

  qsort (x, n, sizeof (double), compare_double);
  for (guint i = 0; i < n; i++)
    {
      double f = cdf (x[i], data);
      d = MAX (d, MAX ((double)(i + 1) / n - f, f - (double)i / n));
    }
  return d;
}

/* The 1% critical value of the one-sample KS test, for large n. */
static double
ks_critical (guint n)
{
  return 1.63 / sqrt (n);
}

static double
exp_cdf (double x, gpointer data)
{
  return 1.0 - exp (-x);
}

/* A marginal of the uniform distribution on the simplex in n dimensions
 * is Beta(1, n − 1): CDF 1 − (1 − x)^(n−1). */
static double
beta_1_cdf (double x, gpointer data)
{
  guint n = GPOINTER_TO_UINT (data);
  return 1.0 - pow (1.0 - x, n - 1);
}

static void
test_ziggurat_exponential (void)
{
  guint n = 200000;
  g_autofree double *x = g_new (double, n);
  AmaZiggurat z;
  AmaRng rng;
  double mean = 0.0, var = 0.0, tail = 0.0;

  _ama_ziggurat_init (&z);
  _ama_rng_init_block (&rng, 12345, 0);
  for (guint i = 0; i < n; i++)
    {
      x[i] = _ama_ziggurat_exponential (&z, &rng);
      g_assert_cmpfloat (x[i], >=, 0.0);
      mean += x[i];
      tail += x[i] > 9.256164544265545; /* beyond the base strip */
    }
  mean /= n;
  for (guint i = 0; i < n; i++)
    var += (x[i] - mean) * (x[i] - mean);
  var /= n - 1;

  /* Exp(1): mean 1 (sd of the mean 1/√n), variance 1, P(X > r) = e^−r. */
  g_assert_cmpfloat (fabs (mean - 1.0), <, 4.0 / sqrt (n));
  g_assert_cmpfloat (fabs (var - 1.0), <, 4.0 * sqrt (8.0 / n));
  g_assert_cmpfloat (tail, >, 0); /* the tail path is taken */
  g_assert_cmpfloat (ks_statistic (x, n, exp_cdf, NULL), <, ks_critical (n));
}

static void
test_simplex_uniform (void)
{
  const guint dims[] = { 2, 3, 5, 10 };

  for (guint d = 0; d < G_N_ELEMENTS (dims); d++)
    {
      guint n = dims[d], samples = 100000;
      AmaSmaaProblem p = { .n_criteria = n };
      g_autofree double *w = g_new (double, n);
      g_autofree double *first = g_new (double, samples);
      g_autofree double *mean = g_new0 (double, n);
      AmaZiggurat z;
      AmaRng rng;
      /* Var of Beta(1, n − 1) = (n − 1) / (n² (n + 1)). */
      double sd = sqrt ((n - 1.0) / ((double)n * n * (n + 1.0)));

      _ama_ziggurat_init (&z);
      _ama_rng_init_block (&rng, 2026, d);
      for (guint s = 0; s < samples; s++)
        {
          double sum = 0.0;
          g_assert_true (_ama_smaa_sample_weights (&p, &z, &rng, w));
          for (guint j = 0; j < n; j++)
            {
              g_assert_cmpfloat (w[j], >=, 0.0);
              sum += w[j];
              mean[j] += w[j];
            }
          g_assert_cmpfloat (fabs (sum - 1.0), <, 1e-12);
          first[s] = w[n - 1];
        }

      /* Every marginal mean is 1/n … */
      for (guint j = 0; j < n; j++)
        g_assert_cmpfloat (fabs (mean[j] / samples - 1.0 / n), <, 4.0 * sd / sqrt (samples));
      /* … and a marginal is Beta(1, n − 1). */
      g_assert_cmpfloat (ks_statistic (first, samples, beta_1_cdf, GUINT_TO_POINTER (n)), <,
                         ks_critical (samples));
    }
}

/* With a rank order on a subset, those weights come out sorted and the
 * others keep their distribution: the top of a chain of three is
 * distributed as the largest of three free coordinates, and a coordinate
 * outside the chain keeps its mean 1/n. */
static void
test_rank_order (void)
{
  guint order[] = { 2, 0, 1 };
  AmaSmaaProblem p = { .n_criteria = 4, .order = order, .n_order = 3 };
  AmaSmaaProblem free_p = { .n_criteria = 4 };
  double w[4], top = 0.0, top_free = 0.0, last = 0.0;
  guint samples = 100000;
  AmaZiggurat z;
  AmaRng rng, rng2;

  _ama_ziggurat_init (&z);
  _ama_rng_init_block (&rng, 1, 0);
  _ama_rng_init_block (&rng2, 2, 0);
  for (guint s = 0; s < samples; s++)
    {
      g_assert_true (_ama_smaa_sample_weights (&p, &z, &rng, w));
      g_assert_cmpfloat (w[2], >=, w[0]);
      g_assert_cmpfloat (w[0], >=, w[1]);
      top += w[2];
      last += w[3];
      g_assert_true (_ama_smaa_sample_weights (&free_p, &z, &rng2, w));
      top_free += MAX (w[0], MAX (w[1], w[2]));
    }
  /* The unconstrained coordinate keeps its mean 1/4, and the top of the
   * chain matches the maximum of three free coordinates. */
  g_assert_cmpfloat (fabs (last / samples - 0.25), <, 0.003);
  g_assert_cmpfloat (fabs (top / samples - top_free / samples), <, 0.003);
}

static void
test_bounds (void)
{
  double lo[] = { 0.1, 0.0, 0.3 }, hi[] = { 0.2, 1.0, 1.0 };
  AmaSmaaProblem p = { .n_criteria = 3, .weight_low = lo, .weight_high = hi };
  double w[3];
  AmaZiggurat z;
  AmaRng rng;

  _ama_ziggurat_init (&z);
  _ama_rng_init_block (&rng, 1, 0);
  for (guint s = 0; s < 20000; s++)
    {
      g_assert_true (_ama_smaa_sample_weights (&p, &z, &rng, w));
      for (guint j = 0; j < 3; j++)
        {
          g_assert_cmpfloat (w[j], >=, lo[j]);
          g_assert_cmpfloat (w[j], <=, hi[j]);
        }
    }
}

/* Blocks are independent streams: the same (seed, block) repeats, and
 * different blocks or seeds do not. */
static void
test_streams (void)
{
  AmaRng a, b, c, d;

  _ama_rng_init_block (&a, 7, 3);
  _ama_rng_init_block (&b, 7, 3);
  _ama_rng_init_block (&c, 7, 4);
  _ama_rng_init_block (&d, 8, 3);
  for (guint i = 0; i < 100; i++)
    {
      guint64 x = _ama_rng_next (&a);
      g_assert_cmpuint (x, ==, _ama_rng_next (&b));
      g_assert_cmpuint (x, !=, _ama_rng_next (&c));
      g_assert_cmpuint (x, !=, _ama_rng_next (&d));
    }
  for (guint i = 0; i < 1000; i++)
    {
      double u = _ama_rng_uniform (&a);
      g_assert_cmpfloat (u, >=, 0.0);
      g_assert_cmpfloat (u, <, 1.0);
    }
}

/* Every kernel width (4, 8, 16 lanes: whatever this processor has of
 * them) and every thread count give the same rank counts and, bit for
 * bit, the same central weights. Shapes: the benchmark's 8 × 10, and an
 * odd 5 × 7 with a short last batch. */
static void
test_paths_identical (void)
{
  const struct { guint m, n; guint64 samples; } shapes[] = {
    { 8, 10, 3 * 8192 + 1000 },
    { 5, 7, 8192 + 77 },
    { 2, 16, 1000 },
  };

  for (guint s = 0; s < G_N_ELEMENTS (shapes); s++)
    {
      guint m = shapes[s].m, n = shapes[s].n;
      g_autofree double *value = g_new (double, (gsize)m * n);
      AmaSmaaOutcome reference = { 0 };
      guint64 x = 20261203;

      /* Scores from a fixed LCG stream, so that no option dominates. */
      for (guint k = 0; k < m * n; k++)
        {
          x = (x * 1103515245 + 12345) % 2147483648u;
          value[k] = (double)x / 2147483648.0;
        }

      for (guint lanes = 4; lanes <= 16; lanes *= 2)
        for (guint threads = 1; threads <= 2; threads++)
          {
            AmaSmaaProblem p = {
              .n_options = m, .n_criteria = n, .value = value,
              .seed = 42, .n_samples = shapes[s].samples,
              .n_threads = threads, .max_lanes = lanes,
            };
            AmaSmaaOutcome o;
            g_autoptr(GError) error = NULL;

            g_assert_true (_ama_smaa_run (&p, &o, &error));
            g_assert_no_error (error);
            if (reference.rank_counts == NULL)
              {
                reference = o;
                continue;
              }
            g_test_message ("%u × %u, %u lanes, %u threads", m, n, lanes, threads);
            g_assert_cmpmem (o.rank_counts, sizeof (guint64) * m * m,
                             reference.rank_counts, sizeof (guint64) * m * m);
            g_assert_cmpmem (o.central_weights, sizeof (double) * m * n,
                             reference.central_weights, sizeof (double) * m * n);
            g_assert_cmpmem (o.confidence, sizeof (double) * m,
                             reference.confidence, sizeof (double) * m);
            _ama_smaa_outcome_clear (&o);
          }
      _ama_smaa_outcome_clear (&reference);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/appraisal/sampler/ziggurat-exponential", test_ziggurat_exponential);
  g_test_add_func ("/appraisal/sampler/simplex-uniform", test_simplex_uniform);
  g_test_add_func ("/appraisal/sampler/rank-order", test_rank_order);
  g_test_add_func ("/appraisal/sampler/bounds", test_bounds);
  g_test_add_func ("/appraisal/sampler/streams", test_streams);
  g_test_add_func ("/appraisal/sampler/paths-identical", test_paths_identical);

  return g_test_run ();
}
