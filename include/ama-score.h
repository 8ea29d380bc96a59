/* ama-score.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (AMA_INSIDE) && !defined (AMA_COMPILATION)
# error "Only <ama.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ama-types.h"
#include "ama-version-macros.h"

G_BEGIN_DECLS

#define AMA_TYPE_SCORE (ama_score_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaScore, ama_score, AMA, SCORE, GObject)


AMA_AVAILABLE_IN_ALL
AmaScore *ama_score_new (const char *option_id, const char *criterion_id, double value);

AMA_AVAILABLE_IN_ALL
const char *ama_score_get_option_id (AmaScore *self);

AMA_AVAILABLE_IN_ALL
void ama_score_set_option_id (AmaScore *self,
                              const char *option_id);

AMA_AVAILABLE_IN_ALL
const char *ama_score_get_criterion_id (AmaScore *self);

AMA_AVAILABLE_IN_ALL
void ama_score_set_criterion_id (AmaScore *self,
                                 const char *criterion_id);

AMA_AVAILABLE_IN_ALL
double ama_score_get_value (AmaScore *self);

AMA_AVAILABLE_IN_ALL
void ama_score_set_value (AmaScore *self,
                          double value);

AMA_AVAILABLE_IN_ALL
const char *ama_score_get_rationale (AmaScore *self);

AMA_AVAILABLE_IN_ALL
void ama_score_set_rationale (AmaScore *self,
                              const char *rationale);

AMA_AVAILABLE_IN_ALL
double ama_score_get_low (AmaScore *self);

AMA_AVAILABLE_IN_ALL
void ama_score_set_low (AmaScore *self,
                       double low);

AMA_AVAILABLE_IN_ALL
double ama_score_get_high (AmaScore *self);

AMA_AVAILABLE_IN_ALL
void ama_score_set_high (AmaScore *self,
                        double high);

AMA_AVAILABLE_IN_ALL
const char *ama_score_get_source (AmaScore *self);

AMA_AVAILABLE_IN_ALL
void ama_score_set_source (AmaScore *self,
                          const char *source);

AMA_AVAILABLE_IN_ALL
const char *ama_score_get_scored_by (AmaScore *self);

AMA_AVAILABLE_IN_ALL
void ama_score_set_scored_by (AmaScore *self,
                             const char *scored_by);

AMA_AVAILABLE_IN_ALL
const char *ama_score_get_dissent (AmaScore *self);

AMA_AVAILABLE_IN_ALL
void ama_score_set_dissent (AmaScore *self,
                           const char *dissent);

AMA_AVAILABLE_IN_ALL
gboolean ama_score_has_interval (AmaScore *self);

AMA_AVAILABLE_IN_ALL
void ama_score_set_interval (AmaScore *self,
                             double    low,
                             double    high);

G_END_DECLS
