/* smaa-bench.c: time SMAA-2 through the public API
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Usage: smaa-bench [SAMPLES [REPEATS [THREADS...]]]
 *
 * Builds an appraisal of 8 options × 10 criteria with the same scores as
 * smaa_numpy.py, runs SMAA-2 REPEATS times for each thread count, and
 * prints one JSON object per thread count (best and median seconds,
 * samples per second) plus the first-rank acceptabilities, so the
 * driver can check both implementations agree.
 */

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <ama.h>

#define N_OPTIONS 8
#define N_CRITERIA 10

/* The score matrix, shared with smaa_numpy.py: a fixed 31-bit LCG
 * stream, row by row, so that no option dominates the others. */
static double
score (guint i,
       guint j)
{
  guint64 x = 20261124;

  for (guint k = 0; k <= i * N_CRITERIA + j; k++)
    x = (x * 1103515245 + 12345) % 2147483648u;
  return (double)x / 2147483648.0 * 100.0;
}

/* CPU time of the whole process: with other jobs on the machine, wall
 * time overstates the work; CPU time (summed over threads) does not. */
static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  guint64 samples = argc > 1 ? g_ascii_strtoull (argv[1], NULL, 10) : 1000000;
  guint repeats = argc > 2 ? (guint)atoi (argv[2]) : 7;
  guint thread_counts[8] = { 1, 2 };
  guint n_thread_counts = 2;
  g_autoptr(AmaAppraisal) appraisal = ama_appraisal_new ();
  g_autoptr(AmaAppraisalSmaaResult) reference = NULL;

  if (argc > 3)
    {
      n_thread_counts = 0;
      for (int k = 3; k < argc && n_thread_counts < 8; k++)
        thread_counts[n_thread_counts++] = (guint)atoi (argv[k]);
    }

  for (guint j = 0; j < N_CRITERIA; j++)
    {
      g_autofree char *id = g_strdup_printf ("c%u", j);
      g_autoptr(AmaCriterion) c = ama_criterion_new (id, NULL);
      ama_criterion_set_weight (c, 1.0);
      ama_appraisal_add_criterion (appraisal, c);
    }
  for (guint i = 0; i < N_OPTIONS; i++)
    {
      g_autofree char *id = g_strdup_printf ("o%u", i);
      g_autoptr(AmaOption) o = ama_option_new (id, NULL);
      ama_appraisal_add_option (appraisal, o);
      for (guint j = 0; j < N_CRITERIA; j++)
        {
          g_autofree char *cid = g_strdup_printf ("c%u", j);
          g_autoptr(AmaScore) s = ama_score_new (id, cid, score (i, j));
          ama_appraisal_add_score (appraisal, s);
        }
    }

  for (guint t = 0; t < n_thread_counts; t++)
    {
      g_autoptr(AmaAppraisalSmaa) smaa = ama_appraisal_smaa_new (appraisal);
      g_autofree double *times = g_new (double, repeats);
      g_autofree double *cpu = g_new (double, repeats);
      g_autoptr(AmaAppraisalSmaaResult) result = NULL;

      ama_appraisal_smaa_set_n_samples (smaa, samples);
      ama_appraisal_smaa_set_seed (smaa, 2026);
      ama_appraisal_smaa_set_n_threads (smaa, thread_counts[t]);

      for (guint r = 0; r < repeats; r++)
        {
          g_autoptr(GError) error = NULL;
          gint64 start = g_get_monotonic_time ();
          double cpu_start = cpu_seconds ();

          g_clear_object (&result);
          result = ama_appraisal_smaa_run (smaa, NULL, &error);
          times[r] = (g_get_monotonic_time () - start) / 1e6;
          cpu[r] = cpu_seconds () - cpu_start;
          if (result == NULL)
            {
              fprintf (stderr, "smaa-bench: %s\n", error->message);
              return 1;
            }
        }
      qsort (times, repeats, sizeof (double), compare_double);
      qsort (cpu, repeats, sizeof (double), compare_double);

      /* Same seed, same result whatever the thread count. */
      if (reference == NULL)
        reference = g_object_ref (result);
      for (guint i = 0; i < N_OPTIONS; i++)
        {
          g_autofree char *id = g_strdup_printf ("o%u", i);
          if (ama_appraisal_smaa_result_get_rank_count (result, id, 1) !=
              ama_appraisal_smaa_result_get_rank_count (reference, id, 1))
            {
              fprintf (stderr, "smaa-bench: results differ between thread counts\n");
              return 1;
            }
        }

      printf ("{\"impl\": \"libama\", \"threads\": %u, \"samples\": %" G_GUINT64_FORMAT
              ", \"best\": %.6f, \"median\": %.6f, \"cpu_best\": %.6f, \"cpu_median\": %.6f"
              ", \"samples_per_s\": %.0f, \"first\": [",
              thread_counts[t], samples, times[0], times[repeats / 2], cpu[0], cpu[repeats / 2],
              samples / times[0]);
      for (guint i = 0; i < N_OPTIONS; i++)
        {
          g_autofree char *id = g_strdup_printf ("o%u", i);
          guint n;
          printf ("%s%.6f", i ? ", " : "", ama_appraisal_smaa_result_get_acceptability (result, id, &n)[0]);
        }
      printf ("]}\n");
    }
  return 0;
}
