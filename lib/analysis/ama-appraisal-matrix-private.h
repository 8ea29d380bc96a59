/* ama-appraisal-matrix-private.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ama-appraisal.h"
#include "ama-appraisal-weight-set.h"

G_BEGIN_DECLS

/* The numbers of an appraisal, checked once and laid out for arithmetic:
 * short-listed options that pass every must-pass gate (rows) against the
 * weighted criteria (columns), every score turned into a preference
 * value on 0–1 by its criterion's scale and direction. The weighted sum,
 * the stability analysis and SMAA all start from this. */
typedef struct
{
  guint    n_options;         /* ranked options: short-listed, passing every gate */
  guint    n_criteria;        /* weighted (compensatory) criteria */
  char   **option_ids;        /* n_options */
  char   **option_names;      /* n_options; the id when the option has no name */
  char   **criterion_ids;     /* n_criteria */
  char   **criterion_names;   /* n_criteria; the id when unnamed */
  double  *weights;           /* n_criteria, normalised to sum to 1 */
  double  *value;             /* n_options × n_criteria, row-major, on 0–1 */
  double  *low;               /* the same, low end of each score's interval */
  double  *high;              /* the same, high end */
  gboolean has_intervals;     /* some low < high */

  /* Short-listed options that fail a gate, in appraisal order. */
  guint    n_failed;
  char   **failed_ids;
  char   **failed_names;
  char   **failed_gates;      /* the criterion id of the first gate failed */
  char   **failed_gate_names;
} AmaAppraisalMatrix;

AmaAppraisalMatrix *_ama_appraisal_matrix_new  (AmaAppraisal          *appraisal,
                                                AmaAppraisalWeightSet *weight_set,
                                                GError               **error);
void                _ama_appraisal_matrix_free (AmaAppraisalMatrix    *matrix);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AmaAppraisalMatrix, _ama_appraisal_matrix_free)

G_END_DECLS
