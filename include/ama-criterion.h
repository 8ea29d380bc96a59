/* ama-criterion.h
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
#include "ama-appraisal-enums.h"
#include "ama-version-macros.h"

G_BEGIN_DECLS

#define AMA_TYPE_CRITERION (ama_criterion_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaCriterion, ama_criterion, AMA, CRITERION, GObject)


AMA_AVAILABLE_IN_ALL
AmaCriterion *ama_criterion_new (const char *id, const char *name);

AMA_AVAILABLE_IN_ALL
const char *ama_criterion_get_id (AmaCriterion *self);

AMA_AVAILABLE_IN_ALL
void ama_criterion_set_id (AmaCriterion *self,
                           const char *id);

AMA_AVAILABLE_IN_ALL
const char *ama_criterion_get_name (AmaCriterion *self);

AMA_AVAILABLE_IN_ALL
void ama_criterion_set_name (AmaCriterion *self,
                             const char *name);

AMA_AVAILABLE_IN_ALL
const char *ama_criterion_get_group (AmaCriterion *self);

AMA_AVAILABLE_IN_ALL
void ama_criterion_set_group (AmaCriterion *self,
                              const char *group);

AMA_AVAILABLE_IN_ALL
double ama_criterion_get_weight (AmaCriterion *self);

AMA_AVAILABLE_IN_ALL
void ama_criterion_set_weight (AmaCriterion *self,
                               double weight);

AMA_AVAILABLE_IN_ALL
const char *ama_criterion_get_description (AmaCriterion *self);

AMA_AVAILABLE_IN_ALL
void ama_criterion_set_description (AmaCriterion *self,
                                    const char *description);

AMA_AVAILABLE_IN_ALL
AmaCriterionDirection ama_criterion_get_direction (AmaCriterion *self);

AMA_AVAILABLE_IN_ALL
void ama_criterion_set_direction (AmaCriterion *self,
                                 AmaCriterionDirection direction);

AMA_AVAILABLE_IN_ALL
double ama_criterion_get_scale_min (AmaCriterion *self);

AMA_AVAILABLE_IN_ALL
void ama_criterion_set_scale_min (AmaCriterion *self,
                                 double scale_min);

AMA_AVAILABLE_IN_ALL
double ama_criterion_get_scale_max (AmaCriterion *self);

AMA_AVAILABLE_IN_ALL
void ama_criterion_set_scale_max (AmaCriterion *self,
                                 double scale_max);

AMA_AVAILABLE_IN_ALL
gboolean ama_criterion_get_must_pass (AmaCriterion *self);

AMA_AVAILABLE_IN_ALL
void ama_criterion_set_must_pass (AmaCriterion *self,
                                 gboolean must_pass);

AMA_AVAILABLE_IN_ALL
double ama_criterion_get_pass_mark (AmaCriterion *self);

AMA_AVAILABLE_IN_ALL
void ama_criterion_set_pass_mark (AmaCriterion *self,
                                 double pass_mark);

AMA_AVAILABLE_IN_ALL
const char *ama_criterion_get_weight_source (AmaCriterion *self);

AMA_AVAILABLE_IN_ALL
void ama_criterion_set_weight_source (AmaCriterion *self,
                                     const char *weight_source);

AMA_AVAILABLE_IN_ALL
const char *ama_criterion_get_weighted_by (AmaCriterion *self);

AMA_AVAILABLE_IN_ALL
void ama_criterion_set_weighted_by (AmaCriterion *self,
                                   const char *weighted_by);

AMA_AVAILABLE_IN_ALL
const char *ama_criterion_get_weight_dissent (AmaCriterion *self);

AMA_AVAILABLE_IN_ALL
void ama_criterion_set_weight_dissent (AmaCriterion *self,
                                      const char *weight_dissent);

G_END_DECLS
