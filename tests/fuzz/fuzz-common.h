/* fuzz-common.h: what every libama fuzz target shares
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The library must never warn or be critical about bad input (the
 * house rule), so any GLib log at warning level or above is a finding:
 * abort, and the fuzzer saves the input. */
static inline GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      for (gsize i = 0; i < n_fields; i++)
        if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
          fprintf (stderr, "fuzz: GLib log: %s\n", (const char *)fields[i].value);
      abort ();
    }
  return G_LOG_WRITER_HANDLED;
}

static inline void
fuzz_init (void)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;
  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
}

static inline void
fuzz_fail (const char *what,
           const char *detail)
{
  fprintf (stderr, "fuzz: %s\n%s\n", what, detail ? detail : "");
  abort ();
}

#define FUZZ_ASSERT(expr) \
  do { if (!(expr)) fuzz_fail ("assertion failed: " #expr, G_STRLOC); } while (0)
