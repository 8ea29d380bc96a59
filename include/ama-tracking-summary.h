/* ama-tracking-summary.h
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

#define AMA_TYPE_TRACKING_SUMMARY (ama_tracking_summary_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaTrackingSummary, ama_tracking_summary, AMA, TRACKING_SUMMARY, GObject)
AMA_AVAILABLE_IN_ALL
guint ama_tracking_summary_get_total (AmaTrackingSummary *self);
AMA_AVAILABLE_IN_ALL
guint ama_tracking_summary_get_pending (AmaTrackingSummary *self);
AMA_AVAILABLE_IN_ALL
guint ama_tracking_summary_get_accepted (AmaTrackingSummary *self);
AMA_AVAILABLE_IN_ALL
guint ama_tracking_summary_get_partially_accepted (AmaTrackingSummary *self);
AMA_AVAILABLE_IN_ALL
guint ama_tracking_summary_get_rejected (AmaTrackingSummary *self);
AMA_AVAILABLE_IN_ALL
guint ama_tracking_summary_get_deferred (AmaTrackingSummary *self);
AMA_AVAILABLE_IN_ALL
guint ama_tracking_summary_get_noted (AmaTrackingSummary *self);
AMA_AVAILABLE_IN_ALL
guint ama_tracking_summary_get_not_started (AmaTrackingSummary *self);
AMA_AVAILABLE_IN_ALL
guint ama_tracking_summary_get_in_progress (AmaTrackingSummary *self);
AMA_AVAILABLE_IN_ALL
guint ama_tracking_summary_get_completed (AmaTrackingSummary *self);
AMA_AVAILABLE_IN_ALL
guint ama_tracking_summary_get_not_achieved (AmaTrackingSummary *self);
AMA_AVAILABLE_IN_ALL
guint ama_tracking_summary_get_superseded (AmaTrackingSummary *self);
AMA_AVAILABLE_IN_ALL
guint ama_tracking_summary_get_outstanding (AmaTrackingSummary *self);
AMA_AVAILABLE_IN_ALL
guint ama_tracking_summary_get_overdue (AmaTrackingSummary *self);
AMA_AVAILABLE_IN_ALL
double ama_tracking_summary_get_completed_share (AmaTrackingSummary *self);
G_END_DECLS
