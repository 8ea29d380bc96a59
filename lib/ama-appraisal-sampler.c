/* ama-appraisal-sampler.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ama-error.h"
#include "ama-appraisal-sampler-private.h"

/* SMAA-2 (Lahdelma & Salminen 2001) by Monte Carlo, streaming: each
 * sample draws weights (and, where scores are intervals, scores), ranks
 * the options and adds to integer counters; nothing of size
 * samples × options × criteria is ever held.
 *
 * Weights uniform on the simplex are exact: n independent Exp(1) draws,
 * normalised, are Dirichlet(1, …, 1). Ranks do not change when every
 * weight is scaled alike, so the ranking uses the raw draws and only the
 * first-ranked option's central-weight sum needs them normalised. */

/* Samples per block. A block is the unit of work, of seeding and of
 * cancellation checks. */
#define BLOCK_SIZE 8192

/* Central weights are summed in fixed point (2^-30 resolution): integer
 * sums are exact, so the totals do not depend on which thread added
 * which block, and the result is the same for any number of threads. */
#define FIXED_SCALE 1073741824.0

/* Rejection sampling of bounded weights gives up after this many draws
 * for one sample: the bounds leave almost none of the simplex. */
#define MAX_ATTEMPTS 1000000

#define MAX_SAMPLES (G_GUINT64_CONSTANT (1) << 32)

/* ------------------------------------------------------------------ */
/* Random numbers                                                      */
/* ------------------------------------------------------------------ */

static inline guint64
rotl (guint64 x,
      int     k)
{
  return (x << k) | (x >> (64 - k));
}

static inline guint64
splitmix64 (guint64 *x)
{
  guint64 z = (*x += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));
  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

void
_ama_rng_init_block (AmaRng  *rng,
                     guint64  seed,
                     guint64  block)
{
  /* Mix the seed first, then step by block: neighbouring seeds and
   * neighbouring blocks start far apart in splitmix64's sequence. */
  guint64 x = seed;
  guint64 base = splitmix64 (&x);

  x = base ^ (G_GUINT64_CONSTANT (0xD1B54A32D192ED03) * (block + 1));
  for (guint k = 0; k < 4; k++)
    rng->s[k] = splitmix64 (&x);
  if ((rng->s[0] | rng->s[1] | rng->s[2] | rng->s[3]) == 0)
    rng->s[0] = 1; /* the one state xoshiro cannot leave */
}

static inline guint64
rng_next (AmaRng *rng)
{
  guint64 *s = rng->s;
  guint64 result = rotl (s[0] + s[3], 23) + s[0];
  guint64 t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl (s[3], 45);
  return result;
}

static inline double
rng_uniform (AmaRng *rng)
{
  return (rng_next (rng) >> 11) * 0x1.0p-53;
}

guint64
_ama_rng_next (AmaRng *rng)
{
  return rng_next (rng);
}

double
_ama_rng_uniform (AmaRng *rng)
{
  return rng_uniform (rng);
}

/* ------------------------------------------------------------------ */
/* Exponentials                                                        */
/* ------------------------------------------------------------------ */

void
_ama_ziggurat_init (AmaZiggurat *z)
{
  /* Marsaglia & Tsang (2000), 256 layers of equal area v. */
  const double r = 7.69711747013104972;
  const double v = 0.0039496598225815571993;

  z->x[0] = v / exp (-r);
  z->x[1] = r;
  for (guint i = 2; i < AMA_ZIGGURAT_LAYERS; i++)
    z->x[i] = -log (v / z->x[i - 1] + exp (-z->x[i - 1]));
  z->x[AMA_ZIGGURAT_LAYERS] = 0.0;
  for (guint i = 0; i <= AMA_ZIGGURAT_LAYERS; i++)
    z->f[i] = exp (-z->x[i]);
  for (guint i = 0; i < AMA_ZIGGURAT_LAYERS; i++)
    z->ratio[i] = z->x[i + 1] / z->x[i];
}

static double
ziggurat_slow (const AmaZiggurat *z,
               AmaRng            *rng,
               guint              i,
               double             x)
{
  for (;;)
    {
      guint64 b;
      double u;

      if (i == 0)
        /* The tail beyond r: Exp(1) is memoryless. */
        return z->x[1] - log1p (-rng_uniform (rng));
      /* The wedge between the layer's rectangle and the curve. */
      if (z->f[i] + rng_uniform (rng) * (z->f[i + 1] - z->f[i]) < exp (-x))
        return x;

      b = rng_next (rng);
      i = b & (AMA_ZIGGURAT_LAYERS - 1);
      u = (b >> 11) * 0x1.0p-53;
      x = u * z->x[i];
      if (u < z->ratio[i])
        return x;
    }
}

static inline double
ziggurat_exp (const AmaZiggurat *z,
              AmaRng            *rng)
{
  /* One draw: the low 8 bits pick the layer, the high 53 the abscissa. */
  guint64 b = rng_next (rng);
  guint i = b & (AMA_ZIGGURAT_LAYERS - 1);
  double u = (b >> 11) * 0x1.0p-53;
  double x = u * z->x[i];

  if (G_LIKELY (u < z->ratio[i]))
    return x;
  return ziggurat_slow (z, rng, i, x);
}

double
_ama_ziggurat_exponential (const AmaZiggurat *z,
                           AmaRng            *rng)
{
  return ziggurat_exp (z, rng);
}

/* ------------------------------------------------------------------ */
/* Weights                                                             */
/* ------------------------------------------------------------------ */

static int
compare_desc (gconstpointer a,
              gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x < y) - (x > y);
}

/* Draws raw weights (any positive scale) into @e and returns their sum.
 * A rank-order chain w[order[0]] ≥ w[order[1]] ≥ … is exact by symmetry:
 * the uniform simplex restricted to one ordering of those coordinates is
 * the uniform simplex with those coordinates sorted. Bounds are met by
 * rejection, which is exact too. */
static inline gboolean
draw_weights (const AmaSmaaProblem *p,
              const AmaZiggurat    *z,
              AmaRng               *rng,
              double               *e,
              double               *scratch,
              double               *sum_out)
{
  guint n = p->n_criteria;

  for (guint attempt = 0; attempt < MAX_ATTEMPTS; attempt++)
    {
      double sum = 0.0;
      gboolean ok = TRUE;

      for (guint j = 0; j < n; j++)
        {
          e[j] = ziggurat_exp (z, rng);
          sum += e[j];
        }

      if (p->order != NULL)
        {
          for (guint q = 0; q < p->n_order; q++)
            scratch[q] = e[p->order[q]];
          qsort (scratch, p->n_order, sizeof (double), compare_desc);
          for (guint q = 0; q < p->n_order; q++)
            e[p->order[q]] = scratch[q];
        }

      if (p->weight_low != NULL)
        {
          double inv = 1.0 / sum;
          for (guint j = 0; j < n && ok; j++)
            {
              double w = e[j] * inv;
              ok = w >= p->weight_low[j] && w <= p->weight_high[j];
            }
        }

      if (ok)
        {
          *sum_out = sum;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
_ama_smaa_sample_weights (const AmaSmaaProblem *p,
                          const AmaZiggurat    *z,
                          AmaRng               *rng,
                          double               *weights)
{
  g_autofree double *scratch = g_new (double, MAX (p->n_criteria, 1));
  double sum;

  if (!draw_weights (p, z, rng, weights, scratch, &sum))
    return FALSE;
  for (guint j = 0; j < p->n_criteria; j++)
    weights[j] /= sum;
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* The run                                                             */
/* ------------------------------------------------------------------ */

typedef struct
{
  const AmaSmaaProblem *p;
  AmaZiggurat zig;
  guint m, n, m_pad;
  double *values_t;       /* n × m_pad: criterion-major, so each weight scales a contiguous row */
  guint n_cells;          /* score cells with an interval */
  guint *cell_at;         /* index into values_t */
  double *cell_low, *cell_width;
  const double *central;  /* m × n, for the confidence pass */
  gboolean confidence_pass;
  guint64 n_samples;
  guint64 n_blocks;
  gsize next_block;       /* atomic */
  gsize done_blocks;      /* atomic */
  int failed;             /* atomic: rejection sampling gave up */
} Run;

typedef struct
{
  Run *run;
  guint64 *counts;        /* m × m, or m for the confidence pass */
  guint64 *central_fixed; /* m × n */
  gboolean report;        /* the calling thread reports progress */
  GThread *thread;
} Worker;

static void
rank_and_count (guint          m,
                const double  *v,
                guint         *ranks)
{
  /* Competition ranking: an option's rank is how many options beat it,
   * so ties share the better rank. For a handful of options the m²
   * comparisons are cheaper than a sort and need no branches. */
  for (guint i = 0; i < m; i++)
    {
      guint r = 0;
      double vi = v[i];
      for (guint k = 0; k < m; k++)
        r += v[k] > vi;
      ranks[i] = r;
    }
}

static void
run_block (Worker  *w,
           guint64  block)
{
  Run *run = w->run;
  const AmaSmaaProblem *p = run->p;
  guint m = run->m, n = run->n, m_pad = run->m_pad;
  guint64 first = block * BLOCK_SIZE;
  guint64 count = MIN ((guint64)BLOCK_SIZE, run->n_samples - first);
  double e[n], scratch[n], v[m_pad];
  double vt_local[run->n_cells ? n * m_pad : 1];
  const double *vt = run->values_t;
  guint ranks[m];
  AmaRng rng;

  /* The confidence pass draws from streams of its own. */
  _ama_rng_init_block (&rng, p->seed ^ (run->confidence_pass ? G_GUINT64_CONSTANT (0xC0FFEE5EED) : 0), block);

  if (run->n_cells > 0)
    {
      memcpy (vt_local, run->values_t, sizeof (double) * n * m_pad);
      vt = vt_local;
    }

  for (guint64 s = 0; s < count; s++)
    {
      double sum = 1.0;

      for (guint c = 0; c < run->n_cells; c++)
        vt_local[run->cell_at[c]] = run->cell_low[c] + rng_uniform (&rng) * run->cell_width[c];

      if (run->confidence_pass)
        {
          /* Each option's central weights against this draw of scores:
           * is that option still first? */
          for (guint i = 0; i < m; i++)
            {
              const double *wc = run->central + (gsize)i * n;
              double vi = 0.0;
              gboolean first_place = TRUE;

              for (guint q = 0; q < m_pad; q++)
                v[q] = 0.0;
              for (guint j = 0; j < n; j++)
                for (guint q = 0; q < m_pad; q++)
                  v[q] += wc[j] * vt[j * m_pad + q];
              vi = v[i];
              for (guint k = 0; k < m && first_place; k++)
                first_place = !(v[k] > vi);
              w->counts[i] += first_place;
            }
          continue;
        }

      if (G_UNLIKELY (!draw_weights (p, &run->zig, &rng, e, scratch, &sum)))
        {
          g_atomic_int_set (&run->failed, 1);
          return;
        }

      for (guint q = 0; q < m_pad; q++)
        v[q] = 0.0;
      for (guint j = 0; j < n; j++)
        {
          double ej = e[j];
          const double *col = vt + (gsize)j * m_pad;
          for (guint q = 0; q < m_pad; q++)
            v[q] += ej * col[q];
        }

      rank_and_count (m, v, ranks);
      for (guint i = 0; i < m; i++)
        {
          w->counts[i * m + ranks[i]]++;
          if (ranks[i] == 0)
            {
              double scale = FIXED_SCALE / sum;
              guint64 *cw = w->central_fixed + (gsize)i * n;
              for (guint j = 0; j < n; j++)
                cw[j] += (guint64)(e[j] * scale + 0.5);
            }
        }
    }
}

static gpointer
worker_main (gpointer data)
{
  Worker *w = data;
  Run *run = w->run;
  const AmaSmaaProblem *p = run->p;
  guint last_percent = 0;

  for (;;)
    {
      guint64 block;

      if (g_atomic_int_get (&run->failed) ||
          (p->cancellable != NULL && g_cancellable_is_cancelled (p->cancellable)))
        break;
      block = (guint64)g_atomic_pointer_add (&run->next_block, 1);
      if (block >= run->n_blocks)
        break;
      run_block (w, block);
      g_atomic_pointer_add (&run->done_blocks, 1);

      if (w->report && p->progress != NULL)
        {
          double done = (double)g_atomic_pointer_get (&run->done_blocks) / run->n_blocks;
          guint percent = (guint)(done * 100.0);
          if (run->confidence_pass)
            percent = 0; /* the confidence pass is reported as the end of the run */
          if (percent > last_percent)
            {
              last_percent = percent;
              p->progress (done, p->progress_data);
            }
        }
    }
  return NULL;
}

static gboolean
run_pass (Run     *run,
          guint    counts_len,
          guint64 *counts,
          guint64 *central_fixed,
          GError **error)
{
  const AmaSmaaProblem *p = run->p;
  guint n_threads = MAX (p->n_threads, 1);
  g_autofree Worker *workers = g_new0 (Worker, n_threads);

  run->n_blocks = (run->n_samples + BLOCK_SIZE - 1) / BLOCK_SIZE;
  run->next_block = 0;
  run->done_blocks = 0;
  n_threads = (guint)MIN ((guint64)n_threads, MAX (run->n_blocks, 1));

  for (guint t = 0; t < n_threads; t++)
    {
      workers[t].run = run;
      workers[t].counts = g_new0 (guint64, counts_len);
      workers[t].central_fixed = g_new0 (guint64, (gsize)run->m * run->n);
      workers[t].report = (t == 0);
    }
  for (guint t = 1; t < n_threads; t++)
    workers[t].thread = g_thread_new ("ama-smaa", worker_main, &workers[t]);
  worker_main (&workers[0]);
  for (guint t = 1; t < n_threads; t++)
    g_thread_join (workers[t].thread);

  /* Integer sums: the same totals whatever the split between threads. */
  for (guint t = 0; t < n_threads; t++)
    {
      for (guint k = 0; k < counts_len; k++)
        counts[k] += workers[t].counts[k];
      for (gsize k = 0; k < (gsize)run->m * run->n; k++)
        central_fixed[k] += workers[t].central_fixed[k];
      g_free (workers[t].counts);
      g_free (workers[t].central_fixed);
    }

  if (g_cancellable_set_error_if_cancelled (p->cancellable, error))
    return FALSE;
  if (g_atomic_int_get (&run->failed))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                   "the weight constraints leave almost none of the weight simplex: "
                   "no admissible weights in %d draws", MAX_ATTEMPTS);
      return FALSE;
    }
  return TRUE;
}

void
_ama_smaa_outcome_clear (AmaSmaaOutcome *o)
{
  g_clear_pointer (&o->rank_counts, g_free);
  g_clear_pointer (&o->central_weights, g_free);
  g_clear_pointer (&o->confidence, g_free);
}

gboolean
_ama_smaa_run (const AmaSmaaProblem *p,
               AmaSmaaOutcome       *o,
               GError              **error)
{
  Run run = { 0 };
  guint m = p->n_options, n = p->n_criteria;
  g_autofree guint64 *central_fixed = NULL;
  g_autofree guint64 *confidence_counts = NULL;
  gboolean ok = FALSE;

  memset (o, 0, sizeof *o);
  g_return_val_if_fail (m > 0 && n > 0, FALSE);

  if (p->n_samples == 0 || p->n_samples > MAX_SAMPLES)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT,
                   "n-samples: %" G_GUINT64_FORMAT " is out of range (1 to %" G_GUINT64_FORMAT ")",
                   p->n_samples, MAX_SAMPLES);
      return FALSE;
    }

  run.p = p;
  run.m = m;
  run.n = n;
  run.m_pad = (m + 3) & ~3u; /* whole SIMD lanes; the padding scores 0 and is never ranked */
  run.n_samples = p->n_samples;
  _ama_ziggurat_init (&run.zig);

  run.values_t = g_new0 (double, (gsize)n * run.m_pad);
  for (guint i = 0; i < m; i++)
    for (guint j = 0; j < n; j++)
      run.values_t[j * run.m_pad + i] = p->value[(gsize)i * n + j];

  if (p->low != NULL)
    {
      run.cell_at = g_new (guint, (gsize)m * n);
      run.cell_low = g_new (double, (gsize)m * n);
      run.cell_width = g_new (double, (gsize)m * n);
      for (guint i = 0; i < m; i++)
        for (guint j = 0; j < n; j++)
          {
            gsize k = (gsize)i * n + j;
            if (p->low[k] < p->high[k])
              {
                run.cell_at[run.n_cells] = j * run.m_pad + i;
                run.cell_low[run.n_cells] = p->low[k];
                run.cell_width[run.n_cells] = p->high[k] - p->low[k];
                run.n_cells++;
              }
          }
    }

  o->n_samples = p->n_samples;
  o->rank_counts = g_new0 (guint64, (gsize)m * m);
  central_fixed = g_new0 (guint64, (gsize)m * n);
  if (!run_pass (&run, m * m, o->rank_counts, central_fixed, error))
    goto out;

  o->central_weights = g_new0 (double, (gsize)m * n);
  for (guint i = 0; i < m; i++)
    {
      guint64 firsts = o->rank_counts[i * m];
      double total = 0.0;

      if (firsts == 0)
        continue; /* never first: no central weights (all zero) */
      for (guint j = 0; j < n; j++)
        total += (double)central_fixed[i * n + j];
      /* Renormalise: fixed-point rounding leaves the sum a hair off one. */
      for (guint j = 0; j < n; j++)
        o->central_weights[i * n + j] = (double)central_fixed[i * n + j] / total;
    }

  /* Confidence factors: with each option's central weights, how often
   * is it first as the scores vary? With point scores that is certain
   * one way or the other, so one evaluation settles it. */
  o->confidence = g_new0 (double, m);
  confidence_counts = g_new0 (guint64, m);
  run.central = o->central_weights;
  run.confidence_pass = TRUE;
  if (run.n_cells == 0)
    run.n_samples = 1;
  {
    g_autofree guint64 *unused = g_new0 (guint64, (gsize)m * n);
    if (!run_pass (&run, m, confidence_counts, unused, error))
      goto out;
  }
  for (guint i = 0; i < m; i++)
    o->confidence[i] = o->rank_counts[i * m] == 0 ? 0.0 : (double)confidence_counts[i] / run.n_samples;

  if (p->progress != NULL)
    p->progress (1.0, p->progress_data);
  ok = TRUE;

out:
  if (!ok)
    _ama_smaa_outcome_clear (o);
  g_free (run.values_t);
  g_free (run.cell_at);
  g_free (run.cell_low);
  g_free (run.cell_width);
  return ok;
}
