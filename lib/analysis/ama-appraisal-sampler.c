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

/* Central weights are summed per block in doubles (a fixed order: one
 * thread runs a whole block), then added to the totals in fixed point
 * (2^-30 resolution): integer sums are exact, so the totals do not
 * depend on which thread added which block, and the result is the same
 * for any number of threads. */
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

/* [0, 1) from the top 52 bits, by filling a double's mantissa: the same
 * arithmetic in scalar and vector code, where a 64-bit integer cannot be
 * converted to a double directly. */
static inline double
bits_to_unit (guint64 b)
{
  guint64 m = (b >> 12) | G_GUINT64_CONSTANT (0x3FF0000000000000);
  double d;

  memcpy (&d, &m, sizeof d);
  return d - 1.0;
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
  /* Marsaglia & Tsang (2000), 1024 layers of equal area v. r solves
   * "the last layer's top is f(0) = 1" (found by bisection, as 256 layers
   * give Marsaglia's r = 7.69711747013104972), and v = r·e^−r + e^−r is
   * the base strip: a rectangle and the tail. */
  const double r = 9.256164544265545;
  const double v = 0.00097967899066202;

  z->x[0] = v / exp (-r);
  z->x[1] = r;
  for (guint i = 2; i < AMA_ZIGGURAT_LAYERS; i++)
    z->x[i] = -log (v / z->x[i - 1] + exp (-z->x[i - 1]));
  z->x[AMA_ZIGGURAT_LAYERS] = 0.0;
  for (guint i = 0; i <= AMA_ZIGGURAT_LAYERS; i++)
    z->f[i] = exp (-z->x[i]);
  for (guint i = 0; i < AMA_ZIGGURAT_LAYERS; i++)
    {
      z->ratio[i] = z->x[i + 1] / z->x[i];
      z->pair[i][0] = z->x[i];
      z->pair[i][1] = z->ratio[i];
    }
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
      u = bits_to_unit (b);
      x = u * z->x[i];
      if (u < z->ratio[i])
        return x;
    }
}

static inline double
ziggurat_exp (const AmaZiggurat *z,
              AmaRng            *rng)
{
  /* One draw: the low 10 bits pick the layer, the high 52 the abscissa. */
  guint64 b = rng_next (rng);
  guint i = b & (AMA_ZIGGURAT_LAYERS - 1);
  double u = bits_to_unit (b);
  double x = u * z->x[i];

  if (G_LIKELY (u < z->ratio[i]))
    return x;
  return ziggurat_slow (z, rng, i, x);
}

/* The first draw from @rng, anything more (the rare slow path) from
 * @slow: the batched paths keep their per-lane streams in step. */
static inline double
ziggurat_exp_split (const AmaZiggurat *z,
                    AmaRng            *rng,
                    AmaRng            *slow)
{
  guint64 b = rng_next (rng);
  guint i = b & (AMA_ZIGGURAT_LAYERS - 1);
  double u = bits_to_unit (b);
  double x = u * z->x[i];

  if (G_LIKELY (u < z->ratio[i]))
    return x;
  return ziggurat_slow (z, slow, i, x);
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
  guint lanes;            /* the batched kernel's width: 4, 8 or 16 */
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
  double *central_block;  /* m × n: this block's sums, in the block's own order */
  gboolean report;        /* the calling thread reports progress */
  GThread *thread;
  /* Scratch for the batched path. */
  float *e;               /* MAX_FAST_CRITERIA × BATCH: raw weights */
  float *cacc;            /* the kernels' central-weight sums in CACC_LANES lanes, 64-byte aligned */
} Worker;

/* The batched path draws the weights of BATCH samples at a time, then
 * works on them four samples at a time, one per SIMD lane. */
#define BATCH 128
#define STREAMS 4
/* The central-weight sums are kept in 16 float lanes whatever the
 * kernel's width: sample s of a batch always adds into lane s % 16, in
 * sample order, so a 4-, 8- or 16-lane kernel rounds every partial sum
 * the same way and all three give bit-identical results (with no FMA
 * contraction: lib/analysis is built with -ffp-contract=off). */
#define CACC_LANES 16
G_STATIC_ASSERT (BLOCK_SIZE % BATCH == 0);
G_STATIC_ASSERT (BATCH % STREAMS == 0);
G_STATIC_ASSERT (BATCH % CACC_LANES == 0);

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

#define MAX_FAST_OPTIONS 8
#define MAX_FAST_CRITERIA 16

/* The kernel three times: for baseline x86-64 (SSE2, four float lanes),
 * AVX2 (eight) and AVX-512 (sixteen), chosen at run time (choose_lanes).
 * GCC and Clang lower these vector types to the target's registers;
 * nothing needs special build flags. */
typedef float  v4f __attribute__ ((vector_size (16)));
typedef gint32 v4i __attribute__ ((vector_size (16)));
typedef guint32 v4ui __attribute__ ((vector_size (16)));
#if defined(__SSE2__)
# include <emmintrin.h>
# define ANY_LANE(mask) _mm_movemask_ps ((__m128)(mask))
#else
# define ANY_LANE(mask) ((mask)[0] | (mask)[1] | (mask)[2] | (mask)[3])
#endif
#define KERNEL_NAME kernel_4
#define KERNEL_ATTR
#define VF v4f
#define VI v4i
#define VU v4ui
#define LANES 4
#include "ama-appraisal-sampler-kernel-private.h"
#undef KERNEL_NAME
#undef KERNEL_ATTR
#undef VF
#undef VI
#undef VU
#undef LANES
#undef ANY_LANE

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) && !defined(AMA_SAMPLER_NO_AVX2)
# define HAVE_AVX2_KERNEL 1
typedef float  v8f __attribute__ ((vector_size (32)));
typedef gint32 v8i __attribute__ ((vector_size (32)));
typedef guint32 v8ui __attribute__ ((vector_size (32)));
# include <immintrin.h>
# define ANY_LANE(mask) _mm256_movemask_ps ((__m256)(mask))
# define KERNEL_NAME kernel_8
# define KERNEL_ATTR __attribute__ ((target ("avx2")))
# define VF v8f
# define VI v8i
# define VU v8ui
# define LANES 8
# include "ama-appraisal-sampler-kernel-private.h"
# undef KERNEL_NAME
# undef KERNEL_ATTR
# undef VF
# undef VI
# undef VU
# undef LANES
# undef ANY_LANE

/* AVX-512: sixteen lanes, the same arithmetic lane by lane. */
# if !defined(AMA_SAMPLER_NO_AVX512)
#  define HAVE_AVX512_KERNEL 1
#  define AVX512_TARGET "avx512f,avx512bw,avx512dq,avx512vl"
typedef float  v16f __attribute__ ((vector_size (64)));
typedef gint32 v16i __attribute__ ((vector_size (64)));
typedef guint32 v16ui __attribute__ ((vector_size (64)));
#  define ANY_LANE(mask) _mm512_test_epi32_mask ((__m512i)(mask), (__m512i)(mask))
#  define KERNEL_NAME kernel_16
#  define KERNEL_ATTR __attribute__ ((target (AVX512_TARGET)))
#  define VF v16f
#  define VI v16i
#  define VU v16ui
#  define LANES 16
#  include "ama-appraisal-sampler-kernel-private.h"
#  undef KERNEL_NAME
#  undef KERNEL_ATTR
#  undef VF
#  undef VI
#  undef VU
#  undef LANES
#  undef ANY_LANE
# endif
#endif

#ifdef HAVE_AVX2_KERNEL
typedef guint64 v4u __attribute__ ((vector_size (32)));

static inline __attribute__ ((always_inline, target ("avx2"))) v4u
rotl4 (v4u x, int k)
{
  return (x << k) | (x >> (64 - k));
}

/* The four streams of a block in the four lanes of one register: the
 * same draws as ziggurat_exp_split() on each stream in turn, four at
 * once. A lane that misses the ziggurat's fast path (about one draw in
 * 360) finishes in scalar code on the block's "slow" stream, in lane
 * order, so the numbers drawn are identical to the scalar path's and
 * the lanes' states never leave their registers. */
static __attribute__ ((target ("avx2"))) void
fill_exponentials_4 (const AmaZiggurat *z,
                     AmaRng            *rng,
                     AmaRng            *slow,
                     float             *e,
                     guint              n,
                     guint              n_pad,
                     guint              group)
{
  v4u s0, s1, s2, s3;
  const v4u layer_mask = { AMA_ZIGGURAT_LAYERS - 1, AMA_ZIGGURAT_LAYERS - 1,
                          AMA_ZIGGURAT_LAYERS - 1, AMA_ZIGGURAT_LAYERS - 1 };
  const v4u one_bits = { 0x3FF0000000000000u, 0x3FF0000000000000u, 0x3FF0000000000000u, 0x3FF0000000000000u };

  for (guint q = 0; q < 4; q++)
    {
      s0[q] = rng[q].s[0];
      s1[q] = rng[q].s[1];
      s2[q] = rng[q].s[2];
      s3[q] = rng[q].s[3];
    }

  for (guint s = 0; s < BATCH; s += 4)
    {
      /* Groups of @group lanes (the kernel's width, 8 or 16): samples
       * s … s + 3 fill part of a row. */
      float *es = e + (gsize)(s / group) * n_pad * group + s % group;

      for (guint j = 0; j < n; j++)
        {
          double xs[4];
          v4u b = rotl4 (s0 + s3, 23) + s0;
          v4u t = s1 << 17;
          v4u idx = b & layer_mask;
          v4u mant = (b >> 12) | one_bits;
          __m256d u, x, xi, ratio;
          int reject;

          s2 ^= s0;
          s3 ^= s1;
          s1 ^= s2;
          s0 ^= s3;
          s2 ^= t;
          s3 = rotl4 (s3, 45);

          u = _mm256_sub_pd (_mm256_castsi256_pd ((__m256i)mant), _mm256_set1_pd (1.0));
          /* Each lane's layer width and fast-path ratio with one 16-byte
           * load, then regrouped: cheaper than two gathers. */
          {
            __m256d p02 = _mm256_set_m128d (_mm_loadu_pd (z->pair[idx[2]]), _mm_loadu_pd (z->pair[idx[0]]));
            __m256d p13 = _mm256_set_m128d (_mm_loadu_pd (z->pair[idx[3]]), _mm_loadu_pd (z->pair[idx[1]]));
            xi = _mm256_unpacklo_pd (p02, p13);
            ratio = _mm256_unpackhi_pd (p02, p13);
          }
          x = _mm256_mul_pd (u, xi);
          reject = _mm256_movemask_pd (_mm256_cmp_pd (u, ratio, _CMP_NLT_UQ));
          if (G_LIKELY (reject == 0))
            {
              _mm_storeu_ps (es + j * group, _mm256_cvtpd_ps (x));
              continue;
            }

          _mm256_storeu_pd (xs, x);
          for (guint q = 0; q < 4; q++)
            if (reject & (1 << q))
              xs[q] = ziggurat_slow (z, slow, (guint)idx[q], xs[q]);
          for (guint q = 0; q < 4; q++)
            es[j * group + q] = (float)xs[q];
        }
    }

  for (guint q = 0; q < 4; q++)
    {
      rng[q].s[0] = s0[q];
      rng[q].s[1] = s1[q];
      rng[q].s[2] = s2[q];
      rng[q].s[3] = s3[q];
    }
}
#endif

/* The lane-independent end of a block: adds the CACC_LANES lanes of the
 * central-weight sums to @central in a fixed order and clears them. The
 * float lanes then hold at most BLOCK_SIZE / CACC_LANES weights of at
 * most one each, so their rounding stays near one part in a million. */
static void
flush_central (float  *cacc,
               guint   m,
               guint   n,
               double *central)
{
  for (guint i = 0; i < m; i++)
    for (guint j = 0; j < n; j++)
      {
        const float *lanes = cacc + (i * MAX_FAST_CRITERIA + j) * CACC_LANES;
        double total = 0.0;

        for (guint l = 0; l < CACC_LANES; l++)
          total += lanes[l];
        central[(gsize)i * n + j] += total;
      }
  memset (cacc, 0, sizeof (float) * MAX_FAST_OPTIONS * MAX_FAST_CRITERIA * CACC_LANES);
}

/* The widest kernel both the build and the processor have, within the
 * problem's max_lanes. Chosen once per run. */
static guint
choose_lanes (const AmaSmaaProblem *p)
{
  guint cap = p->max_lanes == 0 ? 16 : p->max_lanes;

#ifdef HAVE_AVX512_KERNEL
  if (cap >= 16 && __builtin_cpu_supports ("avx512f") && __builtin_cpu_supports ("avx512bw") &&
      __builtin_cpu_supports ("avx512dq") && __builtin_cpu_supports ("avx512vl"))
    return 16;
#endif
#ifdef HAVE_AVX2_KERNEL
  if (cap >= 8 && __builtin_cpu_supports ("avx2"))
    return 8;
#endif
  return 4;
}

/* Unconstrained weights, point scores: the common case, and the one the
 * benchmark measures. Up to 8 options and 16 criteria. */
static void
run_block_batched (Worker  *w,
                   guint64  block,
                   guint64  count)
{
  Run *run = w->run;
  const AmaSmaaProblem *p = run->p;
  const AmaZiggurat *z = &run->zig;
  guint m = run->m, n = run->n;
  guint n_pad = (n + 1) & ~1u;
  guint lanes = run->lanes;
  float *restrict e = w->e;
  AmaRng rng[STREAMS], slow;
  guint64 hist[MAX_FAST_OPTIONS];
  float a[MAX_FAST_OPTIONS * MAX_FAST_CRITERIA] = { 0 };

  G_STATIC_ASSERT (BATCH < 256);
  G_STATIC_ASSERT (STREAMS == 4);

  for (guint i = 0; i < MAX_FAST_OPTIONS; i++)
    for (guint j = 0; j < n; j++)
      a[i * MAX_FAST_CRITERIA + j] = i < m ? (float)p->value[(gsize)i * n + j] : -1.0f;

  /* Several independent streams per block, drawn in turn: the draws of
   * one stream depend on each other, those of different streams do
   * not, so the processor overlaps them (or runs them in SIMD lanes). */
  for (guint k = 0; k < STREAMS; k++)
    _ama_rng_init_block (&rng[k], p->seed, block * STREAMS + k);
  _ama_rng_init_block (&slow, p->seed ^ G_GUINT64_CONSTANT (0x736C6F77), block);
  /* Padded criteria weigh nothing. */
  memset (e, 0, sizeof (float) * MAX_FAST_CRITERIA * BATCH);

  for (guint64 done = 0; done < count; done += BATCH)
    {
      guint batch = (guint)MIN ((guint64)BATCH, count - done);

      /* Raw weights: Exp(1) draws, laid out [group of lanes][criterion][lane].
       * Every path draws the same numbers in the same order. */
#ifdef HAVE_AVX2_KERNEL
      if (lanes >= 8)
        fill_exponentials_4 (z, rng, &slow, e, n, n_pad, lanes);
      else
#endif
      for (guint s = 0; s < BATCH; s += STREAMS)
        {
          float *es = e + (gsize)s * n_pad;
          for (guint j = 0; j < n; j++)
            for (guint q = 0; q < STREAMS; q++)
              es[j * 4 + q] = (float)ziggurat_exp_split (z, &rng[q], &slow);
        }

      switch (lanes)
        {
#ifdef HAVE_AVX512_KERNEL
        case 16:
          kernel_16 (a, e, n_pad, batch, hist, w->cacc);
          break;
#endif
#ifdef HAVE_AVX2_KERNEL
        case 8:
          kernel_8 (a, e, n_pad, batch, hist, w->cacc);
          break;
#endif
        default:
          kernel_4 (a, e, n_pad, batch, hist, w->cacc);
          break;
        }

      for (guint i = 0; i < m; i++)
        for (guint k = 0; k < m; k++)
          w->counts[i * m + k] += (hist[i] >> (k * 8)) & 0xff;
    }

  flush_central (w->cacc, m, n, w->central_block);
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

  memset (w->central_block, 0, sizeof (double) * m * n);

  if (!run->confidence_pass && run->n_cells == 0 && p->order == NULL && p->weight_low == NULL &&
      m <= MAX_FAST_OPTIONS && n <= MAX_FAST_CRITERIA)
    {
      run_block_batched (w, block, count);
      goto out;
    }

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
              double *cb = w->central_block + (gsize)i * n;
              for (guint j = 0; j < n; j++)
                cb[j] += e[j] / sum;
            }
        }
    }

out:
  /* Fold the block's sums into the thread's fixed-point totals: integer
   * additions, so the totals do not depend on which thread ran which
   * block. */
  for (gsize k = 0; k < (gsize)m * n; k++)
    w->central_fixed[k] += (guint64)(gint64)(w->central_block[k] * FIXED_SCALE + 0.5);
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
      workers[t].central_block = g_new0 (double, (gsize)run->m * run->n);
      workers[t].e = g_new (float, (gsize)MAX_FAST_CRITERIA * BATCH);
      workers[t].cacc = g_aligned_alloc0 (MAX_FAST_OPTIONS * MAX_FAST_CRITERIA * CACC_LANES, sizeof (float), 64);
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
      g_free (workers[t].central_block);
      g_free (workers[t].e);
      g_aligned_free (workers[t].cacc);
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
  run.lanes = choose_lanes (p);
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
