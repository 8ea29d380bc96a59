/* fuzz-import-oparl.c: libFuzzer target for the OParl importer
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <ama.h>

#include "fuzz-common.h"

/* Whatever an OParl server sends: an import gives a review or an
 * AMA_ERROR whose message starts with the place ("$…" or "line …"),
 * never a crash or a log. A review that an import produced must also
 * survive the bridge both ways: exported to OParl and imported again it
 * must export to the same bytes (the exporter writes everything the
 * importer reads), and it must save and load as a review document. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(AmaImporter) importer = NULL;
  g_autoptr(AmaExporter) exporter = NULL;
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(AmaReview) again = NULL;
  g_autoptr(AmaReview) loaded = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  gsize saved_len = 0;

  fuzz_init ();

  importer = ama_importer_new ();
  ama_importer_set_format (importer, AMA_IMPORT_FORMAT_OPARL);
  review = ama_importer_import_data (importer, (const char *) data, size, &error);
  if (review == NULL)
    {
      FUZZ_ASSERT (error != NULL && error->domain == AMA_ERROR);
      FUZZ_ASSERT (error->message[0] == '$' || g_str_has_prefix (error->message, "line ") ||
                   g_str_has_prefix (error->message, "document is "));
      return 0;
    }
  FUZZ_ASSERT (error == NULL);

  exporter = ama_exporter_new (AMA_EXPORT_FORMAT_OPARL);
  first = ama_exporter_export_bytes (exporter, review, &error);
  FUZZ_ASSERT (first != NULL);
  again = ama_importer_import_bytes (importer, first, &error);
  if (again == NULL)
    fuzz_fail ("an exported review does not import again", error->message);
  second = ama_exporter_export_bytes (exporter, again, &error);
  FUZZ_ASSERT (second != NULL);
  if (!g_bytes_equal (first, second))
    fuzz_fail ("export, import and export again changes the document",
               g_bytes_get_data (first, NULL));

  saved = ama_review_to_data (review, &saved_len);
  loaded = ama_review_new_from_data (saved, saved_len, &error);
  if (loaded == NULL)
    fuzz_fail ("an imported review does not load after saving", error->message);

  /* the other standards write whatever the review holds */
  ama_exporter_set_format (exporter, AMA_EXPORT_FORMAT_POPOLO);
  g_clear_pointer (&first, g_bytes_unref);
  first = ama_exporter_export_bytes (exporter, review, &error);
  FUZZ_ASSERT (first != NULL);
  ama_exporter_set_format (exporter, AMA_EXPORT_FORMAT_OCD);
  g_clear_pointer (&first, g_bytes_unref);
  first = ama_exporter_export_bytes (exporter, review, &error);
  FUZZ_ASSERT (first != NULL);
  return 0;
}
