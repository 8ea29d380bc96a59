/* ama-officer-actions.h
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

#define AMA_TYPE_OFFICER_ACTIONS (ama_officer_actions_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaOfficerActions, ama_officer_actions, AMA, OFFICER_ACTIONS, GObject)
AMA_AVAILABLE_IN_ALL
const char *ama_officer_actions_get_name (AmaOfficerActions *self);
AMA_AVAILABLE_IN_ALL
GListModel *ama_officer_actions_get_items (AmaOfficerActions *self);
AMA_AVAILABLE_IN_ALL
guint ama_officer_actions_get_overdue_count (AmaOfficerActions *self);
G_END_DECLS
