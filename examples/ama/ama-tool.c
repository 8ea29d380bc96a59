/* ama-tool.c: what every command of the ama tool shares
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ama-tool.h"

#include <glib/gstdio.h>

#include <string.h>
#include <unistd.h>

/* ---- shared helpers -------------------------------------------------- */

/* Progress goes to stderr, and only when stderr is a terminal: a log
 * file or a pipe gets no carriage returns. */
gboolean
progress_enabled (void)
{
  static int tty = -1;

  if (tty < 0)
    tty = isatty (STDERR_FILENO) ? 1 : 0;
  return tty == 1;
}

void
progress (guint       done,
          guint       total,
          const char *what)
{
  if (!progress_enabled ())
    return;
  fprintf (stderr, "\r\033[K[%u/%u] %s", done, total, what ? what : "");
  fflush (stderr);
}

void
progress_clear (void)
{
  if (!progress_enabled ())
    return;
  fprintf (stderr, "\r\033[K");
  fflush (stderr);
}

int
usage_error (GOptionContext *context,
             const char     *format,
             ...) G_GNUC_PRINTF (2, 3);

int
usage_error (GOptionContext *context,
             const char     *format,
             ...)
{
  va_list args;
  g_autofree char *msg = NULL;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "%s: %s\nTry \u201c%s --help\u201d for more information.\n",
           g_get_prgname (), msg, g_get_prgname ());
  (void) context;
  return EXIT_USAGE;
}

gboolean
parse_options (GOptionContext *context,
               int            *argc,
               char         ***argv,
               int            *status)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_description (context,
    "Exit status: 0 success, 1 findings or a file that could not be read or\n"
    "written, 2 bad usage. See ama(1) for every command.");
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      *status = usage_error (context, "%s", error->message);
      return FALSE;
    }
  return TRUE;
}

GDateTime *
parse_date (const char *text)
{
  int y, m, d;
  char tail;

  if (text == NULL || sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_date_time_new_utc (y, m, d, 0, 0, 0);
}

/* The tool may read the clock (the library never does): "as of" defaults
 * to today, and every subcommand takes --as-of for a fixed date. */
GDateTime *
as_of_or_today (const char     *text,
                GOptionContext *context,
                int            *status)
{
  GDateTime *d;

  if (text == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      return g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                                  g_date_time_get_day_of_month (now), 0, 0, 0);
    }
  d = parse_date (text);
  if (d == NULL)
    *status = usage_error (context, "--as-of: \u201c%s\u201d is not a date (YYYY-MM-DD)", text);
  return d;
}

const char *
severity_name (AmaSeverity severity)
{
  switch (severity)
    {
    case AMA_SEVERITY_ERROR:
      return "error";
    case AMA_SEVERITY_WARNING:
      return "warning";
    case AMA_SEVERITY_INFO:
    default:
      return "info";
    }
}

/* file:line: severity: message, the form editors and CI annotations
 * understand; without a line, the JSON path stands in front of the
 * message so the place is still named. */
/* Writes @text with control characters (C0, DEL, C1) and bidirectional
 * overrides escaped as \n, \r, \t, \xHH or \u{XXXX}. */
static void
print_escaped (FILE       *out,
               const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; )
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          fprintf (out, "\\x%02X", (guint) (guchar) *p);
          p++;
          continue;
        }
      if (c == '\n')
        fputs ("\\n", out);
      else if (c == '\r')
        fputs ("\\r", out);
      else if (c == '\t')
        fputs ("\\t", out);
      else if (c < 0x20 || c == 0x7f)
        fprintf (out, "\\x%02X", c);
      else if ((c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
        fprintf (out, "\\u{%04X}", c);
      else
        fwrite (p, 1, g_utf8_next_char (p) - p, out);
      p = g_utf8_next_char (p);
    }
}

void
print_diagnostic (FILE          *out,
                  const char    *file,
                  AmaDiagnostic *d)
{
  const char *path = ama_diagnostic_get_path (d);

  /* One finding, one line: a line break or terminal escape in a file
   * name, path or message (which may quote the document) could forge
   * another "file:1: error:" line or drive the terminal (issue #20,
   * items 11 and 12), so all of them are printed escaped. */
  print_escaped (out, file);
  if (ama_diagnostic_get_line (d) > 0)
    fprintf (out, ":%u: %s: ", ama_diagnostic_get_line (d),
             severity_name (ama_diagnostic_get_severity (d)));
  else
    fprintf (out, ": %s: ", severity_name (ama_diagnostic_get_severity (d)));
  if (path != NULL && *path != '\0' && path[0] == '$')
    {
      print_escaped (out, path);
      fputs (": ", out);
    }
  print_escaped (out, ama_diagnostic_get_message (d));
  if (ama_diagnostic_get_code (d) != NULL)
    {
      fputs (" [", out);
      print_escaped (out, ama_diagnostic_get_code (d));
      fputc (']', out);
    }
  fputc ('\n', out);
}

gboolean
looks_like_review_json (const char *data,
                        gsize       len)
{
  gsize i = 0;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < len && g_ascii_isspace (data[i]))
    i++;
  return i < len && data[i] == '{';
}

/* Reads a review document, or imports any other document the importers
 * know (auto-detected, or @format). Import diagnostics are added to
 * @diagnostics when given. */
AmaReview *
load_review (const char      *path,
             AmaImportFormat  format,
             GListStore      *diagnostics,
             GError         **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *data = NULL;
  g_autoptr(AmaImporter) importer = NULL;
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize len = 0;

  if (!g_file_load_contents (file, NULL, &data, &len, NULL, &local_error))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_IO, "%s", local_error->message);
      return NULL;
    }

  if (format == AMA_IMPORT_FORMAT_UNKNOWN && looks_like_review_json (data, len))
    return ama_review_new_from_data (data, len, error);

  importer = ama_importer_new ();
  ama_importer_set_format (importer, format);
  review = ama_importer_import_data (importer, data, len, error);
  if (review != NULL && diagnostics != NULL)
    {
      GListModel *diags = ama_importer_get_diagnostics (importer);
      for (guint i = 0; i < g_list_model_get_n_items (diags); i++)
        {
          g_autoptr(GObject) d = g_list_model_get_item (diags, i);
          g_list_store_append (diagnostics, d);
        }
    }
  return g_steal_pointer (&review);
}


/* A load error as file:line: error: message. The library's messages name
 * the place first ("line 3, column 35: …" or "$.version: …"); a JSON path
 * is turned into the line it starts on. */
void
print_load_error_to (FILE       *out,
                     const char *path,
                     GError     *error)
{
  const char *msg = error->message;
  guint line = 0;

  if (g_str_has_prefix (msg, "line "))
    line = (guint) g_ascii_strtoull (msg + 5, NULL, 10);
  else if (msg[0] == '$')
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      g_autofree char *data = NULL;
      g_autofree char *json_path = g_strndup (msg, strcspn (msg, ": "));
      gsize len = 0;

      if (g_file_load_contents (file, NULL, &data, &len, NULL, NULL))
        line = ama_json_path_locate (data, (gssize) len, json_path);
    }
  if (line > 0)
    {
      print_escaped (out, path);
      fprintf (out, ":%u: error: ", line);
      print_escaped (out, msg);
      fputc ('\n', out);
    }
  else
    {
      print_escaped (out, path);
      fputs (": error: ", out);
      print_escaped (out, msg);
      fputc ('\n', out);
    }
}

void
print_load_error (const char *path,
                  GError     *error)
{
  print_load_error_to (stderr, path, error);
}

gboolean
write_output (const char *path,
              GBytes     *bytes,
              GError    **error)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  if (path == NULL || g_str_equal (path, "-"))
    {
      if (fwrite (data, 1, len, stdout) != len || fflush (stdout) != 0)
        {
          g_set_error_literal (error, AMA_ERROR, AMA_ERROR_IO, "cannot write to standard output");
          return FALSE;
        }
      return TRUE;
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      g_autoptr(GFileOutputStream) out = NULL;
      g_autoptr(GError) local_error = NULL;
      gboolean existed = g_file_query_exists (file, NULL);

      /* Replaced atomically: a failed run leaves the old file intact.
       * Not g_file_replace_contents(): after a failed write its close()
       * still renamed the partial file over the old one (issue #20,
       * item 1). Closing with a cancelled GCancellable drops the
       * temporary file instead, as the library's own save does. */
      out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
      if (out == NULL)
        return FALSE;
      if (!g_output_stream_write_all (G_OUTPUT_STREAM (out), data, len, NULL, NULL, &local_error))
        {
          g_autoptr(GCancellable) abandon = g_cancellable_new ();

          g_cancellable_cancel (abandon);
          g_output_stream_close (G_OUTPUT_STREAM (out), abandon, NULL);
          if (!existed)
            g_file_delete (file, NULL, NULL);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (!g_output_stream_close (G_OUTPUT_STREAM (out), NULL, error))
        {
          if (!existed)
            g_file_delete (file, NULL, NULL);
          return FALSE;
        }
      return TRUE;
    }
}

int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The regular files of @folder (not its subfolders, not hidden files) as
 * paths, in name order: the same folder always gives the same output. */
GPtrArray *
list_folder (const char  *folder,
             GError     **error)
{
  g_autoptr(GFile) f = g_file_new_for_commandline_arg (folder);
  g_autoptr(GFileEnumerator) e = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  e = g_file_enumerate_children (f, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                 G_FILE_QUERY_INFO_NONE, NULL, error);
  if (e == NULL)
    return NULL;
  for (;;)
    {
      GFileInfo *info = NULL;

      if (!g_file_enumerator_iterate (e, &info, NULL, NULL, error))
        return NULL;
      if (info == NULL)
        break;
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR && g_file_info_get_name (info)[0] != '.')
        g_ptr_array_add (paths, g_build_filename (folder, g_file_info_get_name (info), NULL));
    }
  g_ptr_array_sort (paths, compare_paths);
  return g_steal_pointer (&paths);
}

/* Folders given on the command line stand for the files in them, so
 * "ama validate reviews/" checks a whole collection. */
GStrv
expand_args (int     argc,
             char  **argv,
             GError **error)
{
  g_autoptr(GStrvBuilder) out = g_strv_builder_new ();

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) f = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(GPtrArray) paths = NULL;

      if (g_file_query_file_type (f, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
        {
          g_strv_builder_add (out, argv[i]);
          continue;
        }
      paths = list_folder (argv[i], error);
      if (paths == NULL)
        return NULL;
      for (guint k = 0; k < paths->len; k++)
        g_strv_builder_add (out, g_ptr_array_index (paths, k));
    }
  return g_strv_builder_end (out);
}

/* The files a multi-file command works on: its arguments with folders
 * expanded. NULL, said on stderr, when an argument cannot be read. */
gboolean
output_is_input (const char  *output,
                 char       **files)
{
  GStatBuf out_st;

  /* `ama report r.json -o r.json` replaced the review with HTML and
   * exited 0 (issue #20, item 6). A file that does not exist yet is no
   * input. */
  if (output == NULL || g_str_equal (output, "-") || g_stat (output, &out_st) != 0)
    return FALSE;
  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    {
      GStatBuf in_st;

      if (g_stat (files[i], &in_st) == 0 &&
          in_st.st_dev == out_st.st_dev && in_st.st_ino == out_st.st_ino)
        return TRUE;
    }
  return FALSE;
}

GStrv
files_from_args (int    argc,
                 char **argv)
{
  g_autoptr(GError) error = NULL;
  GStrv files = expand_args (argc, argv, &error);

  if (files == NULL)
    fprintf (stderr, "%s: error: %s\n", g_get_prgname (), error->message);
  return files;
}

/* Loads every file (a review or a document to import), showing progress;
 * NULL, said on stderr, at the first one that does not load. */
GListStore *
load_reviews (GStrv files)
{
  g_autoptr(GListStore) reviews = g_list_store_new (AMA_TYPE_REVIEW);
  guint n_files = g_strv_length (files);

  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(AmaReview) review = NULL;
      g_autoptr(GError) error = NULL;

      progress (i + 1, n_files, files[i]);
      review = load_review (files[i], AMA_IMPORT_FORMAT_UNKNOWN, NULL, &error);
      if (review == NULL)
        {
          progress_clear ();
          print_load_error (files[i], error);
          return NULL;
        }
      g_list_store_append (reviews, review);
    }
  progress_clear ();
  return g_steal_pointer (&reviews);
}

/* Wraps @text at @width columns, each line starting with @indent (the
 * first with @first). Width counts characters, not bytes. */
void
print_wrapped (const char *first,
               const char *indent,
               const char *text,
               guint       width)
{
  g_auto(GStrv) words = NULL;
  guint col, indent_len;
  gboolean line_empty = TRUE;

  if (text == NULL)
    return;
  words = g_strsplit_set (text, " \n\t", -1);
  indent_len = g_utf8_strlen (indent, -1);
  fputs (first, stdout);
  col = g_utf8_strlen (first, -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      guint wl = g_utf8_strlen (words[i], -1);

      if (wl == 0)
        continue;
      if (!line_empty && col + 1 + wl > width)
        {
          fputc ('\n', stdout);
          fputs (indent, stdout);
          col = indent_len;
          line_empty = TRUE;
        }
      if (!line_empty)
        {
          fputc (' ', stdout);
          col++;
        }
      fputs (words[i], stdout);
      col += wl;
      line_empty = FALSE;
    }
  fputc ('\n', stdout);
}

char *
date_iso (GDateTime *d)
{
  return d ? ama_date_to_iso8601 (d) : g_strdup ("-");
}

const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  /* Nicks are static strings of a registered (never unloaded) type. */
  return v ? v->value_nick : "?";
}


void
on_smaa_progress (AmaAppraisalSmaa *smaa,
                  double            fraction,
                  gpointer          user_data)
{
  g_autofree char *what = g_strdup_printf ("SMAA: %.0f%% of %" G_GUINT64_FORMAT " samples",
                                           fraction * 100.0, ama_appraisal_smaa_get_n_samples (smaa));
  progress ((guint) (fraction * 100.0 + 0.5), 100, what);
}

AmaAppraisalSmaaResult *
run_smaa (AmaAppraisal *appraisal,
          guint64       samples,
          guint64       seed,
          GError      **error)
{
  g_autoptr(AmaAppraisalSmaa) smaa = ama_appraisal_smaa_new (appraisal);
  AmaAppraisalSmaaResult *result;

  ama_appraisal_smaa_set_n_samples (smaa, samples);
  ama_appraisal_smaa_set_seed (smaa, seed);
  g_signal_connect (smaa, "progress", G_CALLBACK (on_smaa_progress), NULL);
  result = ama_appraisal_smaa_run (smaa, NULL, error);
  progress_clear ();
  return result;
}

