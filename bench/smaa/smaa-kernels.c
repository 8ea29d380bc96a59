/* smaa-kernels.c: the SMAA-2 kernel widths against each other, in one run
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Usage: smaa-kernels [SAMPLES [REPEATS]]
 *
 * Runs the benchmark problem of smaa-bench (8 options × 10 criteria, one
 * thread) with the batched kernel capped at 4, 8 and 16 lanes, in turn,
 * REPEATS times each, interleaved so that other load on the machine
 * falls on every width alike. Prints each width's best CPU time, its
 * ratio to the 4-lane kernel, and checks the results are bit-identical.
 * A width the processor lacks runs the next narrower one (and says so).
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ama-appraisal-sampler-private.h"

#define N_OPTIONS 8
#define N_CRITERIA 10

static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main (int   argc,
      char *argv[])
{
  guint64 samples = argc > 1 ? g_ascii_strtoull (argv[1], NULL, 10) : 1000000;
  guint repeats = argc > 2 ? (guint)atoi (argv[2]) : 7;
  const guint widths[] = { 4, 8, 16 };
  double best[G_N_ELEMENTS (widths)];
  double value[N_OPTIONS * N_CRITERIA];
  AmaSmaaOutcome first[G_N_ELEMENTS (widths)];
  guint64 x = 20261124;

  /* The score matrix of smaa-bench.c and smaa_numpy.py, on 0–1. */
  for (guint k = 0; k < N_OPTIONS * N_CRITERIA; k++)
    {
      x = (x * 1103515245 + 12345) % 2147483648u;
      value[k] = (double)x / 2147483648.0;
    }

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    best[w] = G_MAXDOUBLE;
  memset (first, 0, sizeof first);

  for (guint r = 0; r < repeats; r++)
    for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
      {
        AmaSmaaProblem p = {
          .n_options = N_OPTIONS, .n_criteria = N_CRITERIA, .value = value,
          .seed = 2026, .n_samples = samples, .n_threads = 1,
          .max_lanes = widths[w],
        };
        AmaSmaaOutcome o;
        g_autoptr(GError) error = NULL;
        double start = cpu_seconds (), t;

        if (!_ama_smaa_run (&p, &o, &error))
          {
            fprintf (stderr, "smaa-kernels: %s\n", error->message);
            return 1;
          }
        t = cpu_seconds () - start;
        best[w] = MIN (best[w], t);
        if (r == 0)
          first[w] = o;
        else
          _ama_smaa_outcome_clear (&o);
      }

  printf ("SMAA-2, %" G_GUINT64_FORMAT " samples x %d criteria x %d options, 1 thread, best of %u (CPU time)\n",
          samples, N_CRITERIA, N_OPTIONS, repeats);
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      gboolean same = memcmp (first[w].rank_counts, first[0].rank_counts,
                              sizeof (guint64) * N_OPTIONS * N_OPTIONS) == 0 &&
                      memcmp (first[w].central_weights, first[0].central_weights,
                              sizeof (double) * N_OPTIONS * N_CRITERIA) == 0;

      printf ("  max %2u lanes: %8.2f ms  %5.2fx the 4-lane time  %.1f ns/sample  results %s\n",
              widths[w], best[w] * 1e3, best[w] / best[0], best[w] / samples * 1e9,
              same ? "identical" : "DIFFER");
      if (!same)
        return 1;
    }
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    _ama_smaa_outcome_clear (&first[w]);
  return 0;
}
