/* ama-appraisal-sampler-private.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The SMAA-2 engine: plain numbers in, counts out; no GObject. Kept
 * apart from AmaAppraisalSmaa so that tests and the benchmark can reach
 * the sampler itself (the weight simplex, the PRNG) directly. */

/* xoshiro256++ (Blackman & Vigna): every output bit is usable, so one
 * draw can feed both the ziggurat's layer index (low bits) and its
 * abscissa (high bits). */
typedef struct
{
  guint64 s[4];
} AmaRng;

/* Seeds a generator for one block of samples. Each block's stream
 * depends only on (seed, block), never on which thread runs it, so the
 * results are the same whatever the number of threads. */
void    _ama_rng_init_block (AmaRng  *rng,
                             guint64  seed,
                             guint64  block);
guint64 _ama_rng_next       (AmaRng  *rng);
double  _ama_rng_uniform    (AmaRng  *rng);   /* [0, 1), 53 bits */

#define AMA_ZIGGURAT_LAYERS 1024

/* Marsaglia–Tsang ziggurat for Exp(1) with 1024 layers (one draw in
 * 360 leaves the fast path, against one in 90 with the usual 256), laid
 * out as in Doornik's ZIGNOR:
 * x[0] is the base strip's pseudo-width, x[1] = r, x[1024] = 0. Built by
 * each run (no global state); the same arithmetic gives the same table. */
typedef struct
{
  double x[AMA_ZIGGURAT_LAYERS + 1];
  double f[AMA_ZIGGURAT_LAYERS + 1];   /* exp(−x[i]) */
  double ratio[AMA_ZIGGURAT_LAYERS];   /* x[i+1] / x[i]: the fast-path test */
  double pair[AMA_ZIGGURAT_LAYERS][2]; /* { x[i], ratio[i] }: one load for both */
} AmaZiggurat;

void   _ama_ziggurat_init        (AmaZiggurat       *z);
double _ama_ziggurat_exponential (const AmaZiggurat *z,
                                  AmaRng            *rng);

typedef struct
{
  guint          n_options;     /* m */
  guint          n_criteria;    /* n */
  const double  *value;         /* m × n, row-major, preference values on 0–1 */
  const double  *low;           /* NULL, or m × n interval ends (low ≤ value ≤ high) */
  const double  *high;
  const double  *weight_low;    /* NULL, or n bounds on the normalised weights */
  const double  *weight_high;
  const guint   *order;         /* NULL, or n_order criterion indices: w[order[0]] ≥ w[order[1]] ≥ … */
  guint          n_order;
  guint64        seed;
  guint64        n_samples;
  guint          n_threads;     /* ≥ 1 */
  /* 0: the widest kernel the processor runs (16 lanes with AVX-512, 8
   * with AVX2, else 4); 4 or 8 cap it, so that tests can hold every
   * path to the same numbers. */
  guint          max_lanes;
  GCancellable  *cancellable;
  /* Called in the calling thread between blocks, with the fraction done. */
  void         (*progress)      (double fraction, gpointer data);
  gpointer       progress_data;
} AmaSmaaProblem;

typedef struct
{
  guint64 *rank_counts;     /* m × m: [i][r] = samples where option i had rank r (0 best) */
  double  *central_weights; /* m × n: mean weights over the samples where i ranked first */
  double  *confidence;      /* m: confidence factors */
  guint64  n_samples;
} AmaSmaaOutcome;

gboolean _ama_smaa_run          (const AmaSmaaProblem *problem,
                                 AmaSmaaOutcome       *outcome,
                                 GError              **error);
void     _ama_smaa_outcome_clear (AmaSmaaOutcome      *outcome);

/* One draw of weights, uniform on the simplex (with the problem's
 * constraints), for statistical tests of the sampler. Returns FALSE when
 * rejection sampling gave up (see _ama_smaa_run). */
gboolean _ama_smaa_sample_weights (const AmaSmaaProblem *problem,
                                   const AmaZiggurat    *z,
                                   AmaRng               *rng,
                                   double               *weights);

G_END_DECLS
