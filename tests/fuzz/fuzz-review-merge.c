/* fuzz-review-merge.c: libFuzzer target for ama_review_merge()
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <ama.h>

#include "fuzz-common.h"

/* Whatever document a user merges into a review they keep (issue 15:
 * a tracker imported months later; issue 20 asks for a merge target):
 * the input is imported with detection, as `ama merge` does, and folded
 * into a review of four recommendations. Oracles:
 *  - nothing already in the review is lost or rewritten: the same
 *    recommendations, numbers and texts, in the same order;
 *  - merging the same document twice changes nothing (the bytes of the
 *    saved review are the same after the second merge);
 *  - what the merge leaves saves and loads again. */

static AmaReview *
base_review (void)
{
  static const struct { const char *number, *text; AmaDecision decision; } recs[] = {
    { "1", "That the council publishes its travel policy on one page.", AMA_DECISION_ACCEPTED },
    { "2", "That eligibility letters go out before the summer term ends.", AMA_DECISION_DEFERRED },
    { "3(a)", "That drivers are trained in safeguarding every year.", AMA_DECISION_PENDING },
    { "R4", "That the panel hears progress in six months.", AMA_DECISION_REJECTED },
  };
  AmaReview *review = g_object_new (AMA_TYPE_REVIEW, "title", "Home to School Transport", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (recs); i++)
    {
      g_autoptr(AmaRecommendation) rec = ama_recommendation_new (recs[i].number, recs[i].text);
      g_autoptr(AmaResponse) response = ama_response_new ();

      ama_response_set_decision (response, recs[i].decision);
      ama_recommendation_set_response (rec, response);
      ama_review_add_recommendation (review, rec);
    }
  return review;
}

static char *
recommendation_key (AmaReview *review)
{
  GListModel *recs = ama_review_get_recommendations (review);
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (recs); i++)
    {
      g_autoptr(AmaRecommendation) rec = g_list_model_get_item (recs, i);
      g_string_append_printf (key, "%s\t%s\n", ama_recommendation_get_number (rec),
                              ama_recommendation_get_text (rec));
    }
  return g_string_free (key, FALSE);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(AmaImporter) importer = NULL;
  g_autoptr(AmaReview) later = NULL;
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(AmaReview) loaded = NULL;
  g_autoptr(GListModel) diags = NULL;
  g_autoptr(GListModel) diags_again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *once = NULL;
  g_autofree char *twice = NULL;
  gsize once_len = 0, twice_len = 0;

  fuzz_init ();

  importer = ama_importer_new ();
  later = ama_importer_import_data (importer, (const char *) data, size, &error);
  if (later == NULL)
    return 0;

  review = base_review ();
  before = recommendation_key (review);
  diags = ama_review_merge (review, later, &error);
  if (diags == NULL)
    {
      FUZZ_ASSERT (error != NULL && error->domain == AMA_ERROR);
      /* a refused merge leaves the review as it was */
      after = recommendation_key (review);
      FUZZ_ASSERT (g_str_equal (before, after));
      return 0;
    }
  FUZZ_ASSERT (error == NULL);
  FUZZ_ASSERT (G_IS_LIST_MODEL (diags));
  after = recommendation_key (review);
  if (!g_str_equal (before, after))
    fuzz_fail ("a merge lost or rewrote a recommendation", after);

  once = ama_review_to_data (review, &once_len);
  diags_again = ama_review_merge (review, later, &error);
  FUZZ_ASSERT (diags_again != NULL);
  twice = ama_review_to_data (review, &twice_len);
  if (once_len != twice_len || memcmp (once, twice, once_len) != 0)
    fuzz_fail ("merging the same document twice changed the review", twice);

  loaded = ama_review_new_from_data (once, once_len, &error);
  if (loaded == NULL)
    fuzz_fail ("a merged review does not load after saving", error->message);
  return 0;
}
