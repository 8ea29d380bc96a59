/* ama-progress-update.h
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

#define AMA_TYPE_PROGRESS_UPDATE (ama_progress_update_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaProgressUpdate, ama_progress_update, AMA, PROGRESS_UPDATE, GObject)


AMA_AVAILABLE_IN_ALL
AmaProgressUpdate *ama_progress_update_new (GDateTime *date, AmaProgress status, const char *note);

AMA_AVAILABLE_IN_ALL
GDateTime *ama_progress_update_get_date (AmaProgressUpdate *self);

AMA_AVAILABLE_IN_ALL
void ama_progress_update_set_date (AmaProgressUpdate *self,
                                   GDateTime *date);

AMA_AVAILABLE_IN_ALL
AmaProgress ama_progress_update_get_status (AmaProgressUpdate *self);

AMA_AVAILABLE_IN_ALL
void ama_progress_update_set_status (AmaProgressUpdate *self,
                                     AmaProgress status);

AMA_AVAILABLE_IN_ALL
const char *ama_progress_update_get_note (AmaProgressUpdate *self);

AMA_AVAILABLE_IN_ALL
void ama_progress_update_set_note (AmaProgressUpdate *self,
                                   const char *note);

G_END_DECLS
