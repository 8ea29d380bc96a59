/* fuzz-review-json-paths.c: the fast JSON reader against the tree reader
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "ama-json-private.h"
#include "ama-review.h"
#include "ama-error.h"

#include "fuzz-common.h"

/* ama_review_new_from_data() tries a hand-written fast reader first and
 * falls back to the json-glib tree reader for anything it does not take
 * on; the promise is that what loads, and how, never depends on the
 * path. A differential target: the public loader and the tree path
 * alone must agree on every input — both fail with the same code, or
 * both load reviews that write the same bytes. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) public_error = NULL;
  g_autoptr(GError) tree_error = NULL;
  g_autoptr(AmaReview) public_review = NULL;
  g_autoptr(AmaReview) tree_review = NULL;
  g_autofree char *public_out = NULL;
  g_autofree char *tree_out = NULL;

  fuzz_init ();

  public_review = ama_review_new_from_data ((const char *)data, size, &public_error);
  tree_review = _ama_json_read_review_tree ((const char *)data, size, &tree_error);

  if (public_review == NULL && tree_review == NULL)
    {
      FUZZ_ASSERT (public_error != NULL && tree_error != NULL);
      if (public_error->code != tree_error->code)
        fuzz_fail ("the two paths fail differently", public_error->message);
      return 0;
    }
  if (public_review == NULL)
    fuzz_fail ("the loader refuses what the tree reader loads", public_error->message);
  if (tree_review == NULL)
    fuzz_fail ("the fast reader loads what the tree reader refuses", tree_error->message);

  public_out = ama_review_to_data (public_review, NULL);
  tree_out = ama_review_to_data (tree_review, NULL);
  if (strcmp (public_out, tree_out) != 0)
    fuzz_fail ("the fast and tree readers load different reviews", public_out);
  return 0;
}
