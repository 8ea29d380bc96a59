/* ama-appraisal-sampler-kernel-private.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

/* The body of the batched SMAA kernel, included by ama-appraisal-sampler.c
 * once per instruction set: KERNEL_NAME, KERNEL_ATTR, VF (a vector of
 * LANES floats), VI (as many 32-bit integers) and LANES are defined by
 * the includer, and ANY_LANE (mask), non-zero when a lane of an integer
 * mask vector is set. With the option count padded to 8 and the criterion
 * count a compile-time constant, every loop unrolls and the values of
 * LANES samples stay in registers from the weighted sum to the ranks.
 *
 * Single precision is enough here: the weights are drawn in double and
 * only their products with the scores are rounded to 24 bits, which
 * could reorder two options only when their totals agree to about one
 * part in ten million. */

static inline __attribute__ ((always_inline)) KERNEL_ATTR void
G_PASTE (KERNEL_NAME, _group) (const float *restrict a,    /* 8 × MAX_FAST_CRITERIA */
                               const float *restrict eg,   /* n_pad × LANES */
                               guint                  n_pad,
                               VI                    *nib,
                               float                 *cacc,      /* at this group's first lane */
                               VI                     lane_mask)
{
  VF ev[MAX_FAST_CRITERIA];
  VF v[MAX_FAST_OPTIONS];
  VF sum = { 0 }, inv;
  VI r[MAX_FAST_OPTIONS];

#pragma GCC unroll 16
  for (guint j = 0; j < n_pad; j++)
    {
      memcpy (&ev[j], eg + j * LANES, sizeof (VF));
      sum += ev[j];
    }

  /* v[i] = Σ_j value[i][j] · e[j]; padded options score −1 per unit of
   * weight and padded criteria draw 0, so neither changes a real rank. */
#pragma GCC unroll 8
  for (guint i = 0; i < MAX_FAST_OPTIONS; i++)
    {
      VF acc = { 0 };
#pragma GCC unroll 16
      for (guint j = 0; j < n_pad; j++)
        acc += a[i * MAX_FAST_CRITERIA + j] * ev[j];
      v[i] = acc;
    }

  /* Ranks: how many options beat each one (a true comparison is −1). */
#pragma GCC unroll 8
  for (guint i = 0; i < MAX_FAST_OPTIONS; i++)
    {
      VI acc = { 0 };
#pragma GCC unroll 8
      for (guint k = 0; k < MAX_FAST_OPTIONS; k++)
        acc -= (VI)(v[k] > v[i]);
      r[i] = acc;
    }

  /* Rank histograms, one nibble per rank (eight ranks in 32 bits); the
   * caller moves them into bytes before a nibble can fill. Lanes past
   * the end of a short last batch count nothing. */
  {
    VI one = lane_mask & 1;
#pragma GCC unroll 8
    for (guint i = 0; i < MAX_FAST_OPTIONS; i++)
      /* In unsigned lanes: the eighth nibble is the sign bit's, and a
       * signed add that carries into it overflows (UBSan caught it). */
      nib[i] = (VI) ((VU) nib[i] + ((VU) one << (VU) (r[i] << 2)));
  }

  /* The first-ranked option of each lane gets the lane's normalised
   * weights (ties for first, rare, give them to each). Masked vector
   * adds, only for the options first in some lane of this group. */
  inv = 1.0f / sum;
#pragma GCC unroll 8
  for (guint i = 0; i < MAX_FAST_OPTIONS; i++)
    {
      VI first = (VI)(r[i] == 0) & lane_mask;

      if (ANY_LANE (first) == 0)
        continue;
#pragma GCC unroll 16
      for (guint j = 0; j < n_pad; j++)
        {
          float *slot = cacc + (i * MAX_FAST_CRITERIA + j) * CACC_LANES;
          VF sums;

          memcpy (&sums, slot, sizeof (VF));
          sums += (VF)((VI)(ev[j] * inv) & first);
          memcpy (slot, &sums, sizeof (VF));
        }
    }
}

static KERNEL_ATTR void
KERNEL_NAME (const float *restrict a,
             const float *restrict e,
             guint                  n_pad,
             guint                  batch,
             guint64               *hist_out,
             float                 *cacc_floats)
{
  /* Packed histograms per lane: nibble r of nib[i][l] counts lane l's
   * samples where option i took rank r, for up to eight groups; then
   * byte k of even[i][l] gets rank 2k's count and of odd[i][l] rank
   * 2k + 1's. The bytes hold at most BATCH / LANES per lane. */
  VI nib[MAX_FAST_OPTIONS] = { { 0 } };
  VI even[MAX_FAST_OPTIONS] = { { 0 } };
  VI odd[MAX_FAST_OPTIONS] = { { 0 } };

  for (guint g = 0; g < BATCH / LANES; g++)
    {
      const float *eg = e + (gsize)g * n_pad * LANES;
      /* Sample g · LANES + l adds into central-weight lane
       * (g · LANES + l) % CACC_LANES, whatever LANES is. */
      float *cacc = cacc_floats + (g * LANES) % CACC_LANES;
      guint lanes = MIN ((guint)LANES, batch - MIN (batch, g * LANES));
      VI lane_mask = { 0 };

      if (lanes == 0)
        break;
      for (guint l = 0; l < lanes; l++)
        lane_mask[l] = -1;

      /* Constant criterion counts, so that each call unrolls. */
      switch (n_pad)
        {
        case 2:
          G_PASTE (KERNEL_NAME, _group) (a, eg, 2, nib, cacc, lane_mask);
          break;
        case 4:
          G_PASTE (KERNEL_NAME, _group) (a, eg, 4, nib, cacc, lane_mask);
          break;
        case 6:
          G_PASTE (KERNEL_NAME, _group) (a, eg, 6, nib, cacc, lane_mask);
          break;
        case 8:
          G_PASTE (KERNEL_NAME, _group) (a, eg, 8, nib, cacc, lane_mask);
          break;
        case 10:
          G_PASTE (KERNEL_NAME, _group) (a, eg, 10, nib, cacc, lane_mask);
          break;
        case 12:
          G_PASTE (KERNEL_NAME, _group) (a, eg, 12, nib, cacc, lane_mask);
          break;
        case 14:
          G_PASTE (KERNEL_NAME, _group) (a, eg, 14, nib, cacc, lane_mask);
          break;
        default:
          G_PASTE (KERNEL_NAME, _group) (a, eg, 16, nib, cacc, lane_mask);
          break;
        }

      /* Nibbles into bytes every eight groups (a nibble holds 15). */
      if ((g & 7) == 7 || g + 1 == BATCH / LANES || (g + 1) * LANES >= batch)
        for (guint i = 0; i < MAX_FAST_OPTIONS; i++)
          {
            even[i] += nib[i] & 0x0F0F0F0F;
            odd[i] += (nib[i] >> 4) & 0x0F0F0F0F;
            nib[i] = (VI){ 0 };
          }
    }

  for (guint i = 0; i < MAX_FAST_OPTIONS; i++)
    {
      guint32 e_sum = 0, o_sum = 0;
      guint64 out = 0;

      /* Byte sums stay below 256: no carries between ranks. */
      for (guint l = 0; l < LANES; l++)
        {
          e_sum += (guint32)even[i][l];
          o_sum += (guint32)odd[i][l];
        }
      for (guint k = 0; k < 4; k++)
        out |= ((guint64)((e_sum >> (8 * k)) & 0xff) << (16 * k)) |
               ((guint64)((o_sum >> (8 * k)) & 0xff) << (16 * k + 8));
      hist_out[i] = out;
    }
}
