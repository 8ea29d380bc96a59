/* replay.c: run a fuzz target over files, without libFuzzer
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <glib.h>

#include "fuzz-common.h"

/* Links with a target in the ordinary (gcc) build so that the seed
 * corpus and every input the fuzzer ever crashed on run in the main
 * suite, under the sanitizer build and valgrind too: a fixed crash
 * stays fixed. Arguments are files or directories (one level deep). */

static guint n_inputs;

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

static void
run_file (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;

  if (!g_file_get_contents (path, &contents, &len, &error))
    g_error ("%s", error->message);
  LLVMFuzzerTestOneInput ((const uint8_t *)contents, len);
  n_inputs++;
}

int
main (int   argc,
      char *argv[])
{
  /* TAP, so that meson reports one result for the whole corpus. */
  g_print ("1..1\n");
  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          g_autoptr(GDir) dir = g_dir_open (argv[i], 0, NULL);
          g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
          const char *name;

          while (dir && (name = g_dir_read_name (dir)))
            g_ptr_array_add (names, g_build_filename (argv[i], name, NULL));
          /* A stable order makes a failure reproducible from the log. */
          g_ptr_array_sort (names, compare_paths);
          for (guint j = 0; j < names->len; j++)
            if (g_file_test (names->pdata[j], G_FILE_TEST_IS_REGULAR))
              run_file (names->pdata[j]);
        }
      else
        run_file (argv[i]);
    }
  if (n_inputs == 0)
    {
      g_print ("not ok 1 - no inputs found\n");
      return 1;
    }
  g_print ("ok 1 - %u inputs replayed\n", n_inputs);
  return 0;
}
