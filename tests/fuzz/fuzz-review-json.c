/* fuzz-review-json.c: libFuzzer target for the review JSON loader
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>
#include <stdlib.h>

#include <ama.h>

#include "fuzz-common.h"

/* Whatever the bytes, loading gives a review or an AMA_ERROR, never a
 * crash; and a review that loads must survive the documented round trip
 * (write, load, write gives the same bytes) — an input that breaks it
 * is a writer/reader mismatch, which loses data on save. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(AmaReview) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize first_len = 0, second_len = 0;

  fuzz_init ();

  review = ama_review_new_from_data ((const char *)data, size, &error);
  if (review == NULL)
    {
      FUZZ_ASSERT (error != NULL && error->domain == AMA_ERROR);
      FUZZ_ASSERT (error->message != NULL && error->message[0] != '\0');
      return 0;
    }
  FUZZ_ASSERT (error == NULL);

  first = ama_review_to_data (review, &first_len);
  again = ama_review_new_from_data (first, first_len, &error);
  if (again == NULL)
    fuzz_fail ("written document does not load again", error->message);
  second = ama_review_to_data (again, &second_len);
  if (first_len != second_len || memcmp (first, second, first_len) != 0)
    fuzz_fail ("write, load, write is not stable", first);

  return 0;
}
