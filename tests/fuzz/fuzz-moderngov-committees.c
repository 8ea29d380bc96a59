/* fuzz-moderngov-committees.c: libFuzzer target for the committee list
 * the ModernGov web client reads
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <ama.h>

#include "ama-import-moderngov-private.h"
#include "fuzz-common.h"

/* A GetCommittees answer comes from a server nobody vouches for: it
 * gives committees or an AMA_ERROR, never a crash, a leak or a log. The
 * XML parser is the importer's (fuzz-import-moderngov); this covers the
 * walk over <committees> that only the client uses. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;

  fuzz_init ();

  list = _ama_import_moderngov_committees ((const char *) data, size, &error);
  if (list == NULL)
    {
      FUZZ_ASSERT (error != NULL && error->domain == AMA_ERROR);
      FUZZ_ASSERT (error->message != NULL && error->message[0] != '\0');
      return 0;
    }
  FUZZ_ASSERT (error == NULL);
  for (guint i = 0; i < list->len; i++)
    {
      AmaModernGovCommitteeInfo *info = g_ptr_array_index (list, i);

      FUZZ_ASSERT (info != NULL && info->line > 0);
      FUZZ_ASSERT (info->id == NULL || g_utf8_validate (info->id, -1, NULL));
      FUZZ_ASSERT (info->title == NULL || g_utf8_validate (info->title, -1, NULL));
    }
  return 0;
}
