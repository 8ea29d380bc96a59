/* ama-util-private.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Setters return early when nothing changes, so that notify fires only
 * on a real change. GLib 2.74 has no g_set_str(); these are its twins. */
gboolean    _ama_set_str      (char                **dest,
                               const char           *src);
gboolean    _ama_set_strv     (char               ***dest,
                               const char * const   *src);
gboolean    _ama_set_date     (GDateTime           **dest,
                               GDateTime            *src);

/* Dates in the model are date-only: midnight UTC. */
GDateTime  *_ama_date_new     (int                   year,
                               int                   month,
                               int                   day);
gboolean    _ama_date_equal   (GDateTime            *a,
                               GDateTime            *b);
char       *_ama_date_to_iso  (GDateTime            *date);
GDateTime  *_ama_date_from_iso (const char          *text);
GDateTime  *_ama_date_end_of_month (int              year,
                                    int              month);

G_END_DECLS
