/* fuzz-import.c: libFuzzer target for the importers
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <ama.h>

#include "fuzz-common.h"

/* Built once per format (FUZZ_IMPORT_FORMAT is the format's name as
 * ama_import_format_from_string() knows it, "auto" for detection), so
 * each importer gets its own corpus and coverage figure.
 *
 * Whatever Word or a PDF extractor produced: an import gives a review
 * or an AMA_ERROR, never a crash or a log; and a review that an import
 * produced must save and load again unchanged, or the officer's first
 * save of an imported tracker would fail or lose data. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(AmaImporter) importer = NULL;
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(AmaReview) again = NULL;
  g_autoptr(GDateTime) reference = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize first_len = 0, second_len = 0;
  GListModel *diagnostics;

  fuzz_init ();

  importer = ama_importer_new ();
  if (strcmp (FUZZ_IMPORT_FORMAT, "auto") != 0)
    {
      AmaImportFormat format = ama_import_format_from_string (FUZZ_IMPORT_FORMAT);
      FUZZ_ASSERT (format != AMA_IMPORT_FORMAT_UNKNOWN);
      ama_importer_set_format (importer, format);
    }
  /* Half the inputs with a reference date (dates without a year), half
   * without, chosen by the input so runs are reproducible. */
  if (size > 0 && (data[0] & 1))
    {
      reference = g_date_time_new_utc (2017, 10, 18, 0, 0, 0);
      ama_importer_set_reference_date (importer, reference);
    }

  review = ama_importer_import_data (importer, (const char *)data, size, &error);
  diagnostics = ama_importer_get_diagnostics (importer);
  FUZZ_ASSERT (diagnostics != NULL);
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diagnostics, i);
      FUZZ_ASSERT (AMA_IS_DIAGNOSTIC (d));
    }

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
    fuzz_fail ("an imported review does not load after saving", error->message);
  second = ama_review_to_data (again, &second_len);
  if (first_len != second_len || memcmp (first, second, first_len) != 0)
    fuzz_fail ("an imported review changes between save, load and save", first);

  return 0;
}
