/* fuzz-deadline.c: libFuzzer target for the deadline parser
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <ama.h>

#include "fuzz-common.h"

/* Deadline text comes straight from councils' response tables ("Q3
 * 2018/19", "End of March", "Annual"): any UTF-8 must give a deadline or
 * NULL, and a deadline keeps the text verbatim. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) reference = NULL;
  g_autoptr(AmaDeadline) with_ref = NULL;
  g_autoptr(AmaDeadline) without_ref = NULL;

  fuzz_init ();

  /* The parser takes a C string of text as found in a document; the
   * loaders validate UTF-8 before it gets here. */
  if (memchr (data, '\0', size) != NULL || !g_utf8_validate ((const char *)data, size, NULL))
    return 0;
  text = g_strndup ((const char *)data, size);
  reference = g_date_time_new_utc (2017, 10, 18, 0, 0, 0);

  with_ref = ama_deadline_parse (text, reference);
  without_ref = ama_deadline_parse (text, NULL);

  if (with_ref != NULL)
    {
      FUZZ_ASSERT (g_strcmp0 (ama_deadline_get_text (with_ref), text) == 0);
      if (ama_deadline_get_due (with_ref) != NULL)
        FUZZ_ASSERT (g_date_time_get_year (ama_deadline_get_due (with_ref)) >= 1);
    }
  if (without_ref != NULL)
    FUZZ_ASSERT (g_strcmp0 (ama_deadline_get_text (without_ref), text) == 0);

  return 0;
}
