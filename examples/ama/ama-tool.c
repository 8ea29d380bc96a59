/* ama-tool.c: what every command of the ama tool shares
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "ama-tool.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- shared helpers -------------------------------------------------- */

/* Progress goes to stderr, and only when stderr is a terminal that
 * can take it back: a log file, a pipe or a TERM=dumb terminal (an
 * editor's shell buffer) gets no carriage returns or escapes. */
gboolean
progress_enabled (void)
{
  static int tty = -1;

  if (tty < 0)
    {
      const char *term = g_getenv ("TERM");

      tty = isatty (STDERR_FILENO) && g_strcmp0 (term, "dumb") != 0 ? 1 : 0;
    }
  return tty == 1;
}

/* The last line drawn, so an unchanged line is not drawn again (a
 * terminal over ssh flickers otherwise), and when the work started, for
 * the estimate of the time left. */
static char *progress_last;
static gint64 progress_started;
static guint progress_total;

void
progress (guint       done,
          guint       total,
          const char *what)
{
  g_autoptr(GString) line = NULL;
  gint64 now;

  if (!progress_enabled ())
    return;
  now = g_get_monotonic_time ();
  if (progress_started == 0 || total != progress_total || done <= 1)
    {
      progress_started = now;
      progress_total = total;
    }
  line = g_string_new (NULL);
  g_string_printf (line, "[%u/%u] %s", done, total, what ? what : "");
  /* An estimate once there is something to go on: one step done and a
   * second gone, so the first guesses are not wild. */
  if (done > 1 && done < total && now - progress_started > G_USEC_PER_SEC)
    {
      double per_step = (double) (now - progress_started) / (double) (done - 1);
      guint64 left = (guint64) (per_step * (double) (total - done + 1) / G_USEC_PER_SEC + 0.5);

      if (left >= 60)
        g_string_append_printf (line, " (about %" G_GUINT64_FORMAT " min %02" G_GUINT64_FORMAT " s left)",
                                left / 60, left % 60);
      else
        g_string_append_printf (line, " (about %" G_GUINT64_FORMAT " s left)", left);
    }
  if (g_strcmp0 (progress_last, line->str) == 0)
    return;
  g_free (progress_last);
  progress_last = g_strdup (line->str);
  fprintf (stderr, "\r\033[K%s", line->str);
  fflush (stderr);
}

void
progress_clear (void)
{
  if (!progress_enabled () || progress_last == NULL)
    return;
  g_clear_pointer (&progress_last, g_free);
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
    "A FILE of \u201c-\u201d is standard input; -o - is standard output.\n"
    "Exit status: 0 success, 1 findings, 2 trouble (bad usage, a file that\n"
    "could not be read or written). See ama(1) for every command.");
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

/* The library's messages name their place first ("line 8: …", "line 3,
 * column 35: …", "$.body: line 30: …"), for callers that print only the
 * message. The tool prints the place in front, file:line:, so the
 * message's own "line N" would say it twice: it is left out when it is
 * the line already printed. Returns a pointer into @msg. */
static const char *
skip_line_prefix (const char *msg,
                  guint       line,
                  guint      *column)
{
  const char *p = msg;
  char *end = NULL;
  guint64 n;

  if (column != NULL)
    *column = 0;
  if (!g_str_has_prefix (p, "line "))
    return msg;
  n = g_ascii_strtoull (p + 5, &end, 10);
  if (end == p + 5 || n != line)
    return msg;
  if (g_str_has_prefix (end, ": "))
    return end + 2;
  if (column != NULL && g_str_has_prefix (end, ", column "))
    {
      const char *c = end + 9;
      guint64 col = g_ascii_strtoull (c, &end, 10);

      if (end != c && g_str_has_prefix (end, ": "))
        {
          *column = (guint) col;
          return end + 2;
        }
    }
  return msg;
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
  const char *msg = ama_diagnostic_get_message (d);
  guint line = ama_diagnostic_get_line (d);

  /* One finding, one line: a line break or terminal escape in a file
   * name, path or message (which may quote the document) could forge
   * another "file:1: error:" line or drive the terminal (issue #20,
   * items 11 and 12), so all of them are printed escaped. */
  file = display_name (file);
  print_escaped (out, file);
  if (line > 0)
    fprintf (out, ":%u: %s: ", line, severity_name (ama_diagnostic_get_severity (d)));
  else
    fprintf (out, ": %s: ", severity_name (ama_diagnostic_get_severity (d)));
  if (path != NULL && path[0] == '$')
    {
      gsize plen = strlen (path);

      /* "$.body: line 30: …": the path is printed here, then the rest. */
      if (g_str_has_prefix (msg, path) && g_str_has_prefix (msg + plen, ": "))
        msg += plen + 2;
      print_escaped (out, path);
      fputs (": ", out);
    }
  print_escaped (out, line > 0 ? skip_line_prefix (msg, line, NULL) : msg);
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

/* "-" is standard input, named as compilers name it. */
const char *
display_name (const char *path)
{
  return g_strcmp0 (path, "-") == 0 ? "<stdin>" : path;
}

#define INPUT_MAX (64u << 20)

static gboolean
read_stream_fd (int      fd,
                char   **data,
                gsize   *len,
                GError **error)
{
  g_autoptr(GByteArray) buf = g_byte_array_new ();
  guint8 chunk[65536];

  for (;;)
    {
      ssize_t n = read (fd, chunk, sizeof chunk);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       "cannot read: %s", g_strerror (saved));
          return FALSE;
        }
      if (n == 0)
        break;
      /* /dev/zero, a FIFO that never ends, a disk image named by
       * mistake: no document libama reads is larger than its JSON
       * limit, so reading stops there (issue 20, item 9) instead of
       * growing until GLib aborts at 4 GiB. */
      if (buf->len + (gsize) n > INPUT_MAX)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       "cannot read: larger than %u MiB, more than any document libama reads",
                       INPUT_MAX >> 20);
          return FALSE;
        }
      g_byte_array_append (buf, chunk, (guint) n);
    }
  *len = buf->len;
  g_byte_array_append (buf, (const guint8 *) "", 1);   /* NUL-terminated, as g_file_load_contents () */
  *data = (char *) g_byte_array_free (g_steal_pointer (&buf), FALSE);
  return TRUE;
}

/* Reads @path ("-": standard input) whole. A failure is a G_IO_ERROR
 * whose message says what went wrong once, "cannot read: No such file
 * or directory"; the caller puts the file name in front. */
gboolean
read_input (const char  *path,
            char       **data,
            gsize       *len,
            GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) local_error = NULL;

  if (g_str_equal (path, "-"))
    return read_stream_fd (STDIN_FILENO, data, len, error);

  file = g_file_new_for_commandline_arg (path);
  if (g_file_is_native (file))
    {
      g_autofree char *local = g_file_get_path (file);
      int fd = open (local, O_RDONLY | O_CLOEXEC);
      gboolean ok;

      if (fd < 0)
        {
          int saved = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       "cannot read: %s", g_strerror (saved));
          return FALSE;
        }
      ok = read_stream_fd (fd, data, len, error);
      close (fd);
      return ok;
    }
  if (!g_file_load_contents (file, NULL, data, len, NULL, &local_error))
    {
      g_set_error (error, G_IO_ERROR, local_error->domain == G_IO_ERROR ? local_error->code : G_IO_ERROR_FAILED,
                   "cannot read: %s", local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* A file that could not be read or written is trouble (2); a document
 * that was read but is not a review is a finding (1). */
int
status_for_error (GError *error)
{
  return error != NULL && error->domain == G_IO_ERROR ? EXIT_TROUBLE : EXIT_FINDINGS;
}

/* What an imported fact's source names: the file's base name ("-" for
 * standard input names nothing). */
void
set_document_name (AmaImporter *importer,
                   const char  *path)
{
  g_autofree char *base = NULL;

  if (path == NULL || g_strcmp0 (path, "-") == 0)
    return;
  base = g_path_get_basename (path);
  ama_importer_set_document_name (importer, base);
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
  g_autofree char *data = NULL;
  g_autoptr(AmaImporter) importer = NULL;
  g_autoptr(AmaReview) review = NULL;
  gsize len = 0;

  if (!read_input (path, &data, &len, error))
    return NULL;

  if (format == AMA_IMPORT_FORMAT_UNKNOWN && looks_like_review_json (data, len))
    return ama_review_new_from_data (data, len, error);

  importer = ama_importer_new ();
  ama_importer_set_format (importer, format);
  set_document_name (importer, path);
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


/* A load error as file:line: error: message (file:line:column: when the
 * library names a column). The library's messages name the place first
 * ("line 3, column 35: …" or "$.version: …"): the line goes in front,
 * once, and a JSON path is turned into the line it starts on. Standard
 * input cannot be read twice, so its paths stay paths. */
void
print_load_error_to (FILE       *out,
                     const char *path,
                     GError     *error)
{
  const char *msg = error->message;
  guint line = 0, column = 0;

  if (g_str_has_prefix (msg, "line "))
    {
      line = (guint) g_ascii_strtoull (msg + 5, NULL, 10);
      msg = skip_line_prefix (msg, line, &column);
    }
  else if (msg[0] == '$' && !g_str_equal (path, "-"))
    {
      g_autofree char *data = NULL;
      g_autofree char *json_path = g_strndup (msg, strcspn (msg, ": "));
      gsize len = 0;

      if (read_input (path, &data, &len, NULL))
        line = ama_json_path_locate (data, (gssize) len, json_path);
    }
  print_escaped (out, display_name (path));
  if (line > 0 && column > 0)
    fprintf (out, ":%u:%u", line, column);
  else if (line > 0)
    fprintf (out, ":%u", line);
  fputs (": error: ", out);
  print_escaped (out, msg);
  fputc ('\n', out);
}

void
print_load_error (const char *path,
                  GError     *error)
{
  print_load_error_to (stderr, path, error);
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       len)
{
  while (len > 0)
    {
      ssize_t n = write (fd, data, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      len -= (gsize) n;
    }
  return TRUE;
}

/* Writes @bytes to @path ("-" or NULL: standard output), replacing the
 * file atomically (a failed run leaves the old file intact). A failure
 * is a G_IO_ERROR, "cannot write: Permission denied". */
gboolean
write_output (const char *path,
              GBytes     *bytes,
              GError    **error)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  g_autoptr(GFile) file = NULL;
  g_autofree char *local = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  int fd, saved;

  if (path == NULL || g_str_equal (path, "-"))
    {
      if (fwrite (data, 1, len, stdout) != len || fflush (stdout) != 0)
        {
          saved = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       "cannot write to standard output: %s", g_strerror (saved));
          return FALSE;
        }
      return TRUE;
    }

  file = g_file_new_for_commandline_arg (path);
  if (!g_file_is_native (file))
    {
      g_autoptr(GError) local_error = NULL;

      if (g_file_replace_contents (file, data, len, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &local_error))
        return TRUE;
      g_set_error (error, G_IO_ERROR, local_error->domain == G_IO_ERROR ? local_error->code : G_IO_ERROR_FAILED,
                   "cannot write: %s", local_error->message);
      return FALSE;
    }

  local = g_file_get_path (file);
  dir = g_path_get_dirname (local);
  base = g_path_get_basename (local);
  tmp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    goto fail;
  if (!write_all (fd, data, len) || fsync (fd) != 0)
    {
      saved = errno;
      close (fd);
      unlink (tmp);
      errno = saved;
      goto fail;
    }
  if (close (fd) != 0 || rename (tmp, local) != 0)
    {
      saved = errno;
      unlink (tmp);
      errno = saved;
      goto fail;
    }
  return TRUE;

fail:
  saved = errno;
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "cannot write: %s", g_strerror (saved));
  return FALSE;
}

void
print_write_error (const char *path,
                   GError     *error)
{
  progress_clear ();
  fprintf (stderr, "%s: error: %s\n", path == NULL || g_str_equal (path, "-") ? "<stdout>" : path,
           error->message);
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
  g_autoptr(GError) local_error = NULL;

  e = g_file_enumerate_children (f, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                 G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  for (;;)
    {
      GFileInfo *info = NULL;

      if (e == NULL || !g_file_enumerator_iterate (e, &info, NULL, NULL, &local_error))
        {
          /* GIO's message names the folder; the caller does too. */
          g_set_error (error, G_IO_ERROR, local_error->domain == G_IO_ERROR ? local_error->code : G_IO_ERROR_FAILED,
                       "cannot read the folder: %s",
                       local_error->domain == G_IO_ERROR && local_error->code == G_IO_ERROR_PERMISSION_DENIED
                         ? g_strerror (EACCES) : local_error->message);
          return NULL;
        }
      if (info == NULL)
        break;
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR && g_file_info_get_name (info)[0] != '.')
        g_ptr_array_add (paths, g_build_filename (folder, g_file_info_get_name (info), NULL));
    }
  g_ptr_array_sort (paths, compare_paths);
  return g_steal_pointer (&paths);
}

/* The files a multi-file command works on: its arguments with folders
 * expanded, so "ama validate reviews/" checks a whole collection ("-",
 * standard input, stays itself). A folder that cannot be read is said
 * on stderr and makes @status trouble; the other arguments still count. */
GStrv
files_from_args (int    argc,
                 char **argv,
                 int   *status)
{
  g_autoptr(GStrvBuilder) out = g_strv_builder_new ();

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) f = NULL;
      g_autoptr(GPtrArray) paths = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_str_equal (argv[i], "-"))
        f = g_file_new_for_commandline_arg (argv[i]);
      if (f == NULL || g_file_query_file_type (f, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
        {
          g_strv_builder_add (out, argv[i]);
          continue;
        }
      paths = list_folder (argv[i], &error);
      if (paths == NULL)
        {
          fprintf (stderr, "%s: error: %s\n", argv[i], error->message);
          *status = EXIT_WORSE (*status, EXIT_TROUBLE);
          continue;
        }
      for (guint k = 0; k < paths->len; k++)
        g_strv_builder_add (out, g_ptr_array_index (paths, k));
    }
  return g_strv_builder_end (out);
}

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

/* Loads every file (a review or a document to import), showing progress.
 * A file that does not load is said on stderr and skipped: the others
 * are still worth a report. @status gets the worse of its value and
 * what the failures mean (1 not a review, 2 unreadable); @n_failed, when
 * given, how many files were skipped. */
GListStore *
load_reviews (GStrv  files,
              int   *status,
              guint *n_failed)
{
  g_autoptr(GListStore) reviews = g_list_store_new (AMA_TYPE_REVIEW);
  guint n_files = g_strv_length (files), failed = 0;

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
          *status = EXIT_WORSE (*status, status_for_error (error));
          failed++;
          continue;
        }
      g_list_store_append (reviews, review);
    }
  progress_clear ();
  if (n_failed != NULL)
    *n_failed = failed;
  return g_steal_pointer (&reviews);
}

/* @bytes with a UTF-8 byte order mark in front (--bom): Excel reads a
 * CSV without one in the Windows code page, mangling "Siân" and the
 * dashes; other programs (and the importer) take it or skip it. Takes
 * @bytes. */
GBytes *
with_bom (GBytes *bytes)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gsize len;
  const guint8 *data = g_bytes_get_data (bytes, &len);

  g_byte_array_append (out, (const guint8 *) "\xEF\xBB\xBF", 3);
  g_byte_array_append (out, data, (guint) len);
  g_bytes_unref (bytes);
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* The format -o's extension names: .html/.htm, .md/.markdown, .csv,
 * .tsv, .xlsx, .ics and .json (@json). A name without an extension (or "-")
 * asks for nothing; any other extension is a mistake worth stopping
 * for, since "report -o x.pdf" would otherwise write HTML into x.pdf. */
OutputKind
output_format_from_name (const char      *output,
                         gboolean        *json,
                         AmaReportFormat *format)
{
  g_autofree char *base = NULL;
  const char *dot;

  *json = FALSE;
  if (output == NULL || g_str_equal (output, "-"))
    return OUTPUT_NO_EXTENSION;
  base = g_path_get_basename (output);
  dot = strrchr (base, '.');
  if (dot == NULL || dot == base || dot[1] == '\0')
    return OUTPUT_NO_EXTENSION;
  dot++;
  if (g_ascii_strcasecmp (dot, "json") == 0)
    {
      *json = TRUE;
      return OUTPUT_KNOWN;
    }
  if (g_ascii_strcasecmp (dot, "htm") == 0)
    dot = "html";
  if (g_ascii_strcasecmp (dot, "icalendar") != 0 && ama_report_format_from_string (dot, format))
    return OUTPUT_KNOWN;
  return OUTPUT_UNKNOWN;
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

/* "2017-12-17 (report to the executive 2017-10-18): came 64 days late",
 * or NULL when the review does not say when the executive received the
 * report. @as_of may be NULL (then "overdue" is not judged). */
char *
response_clock (AmaReview *review,
                GDateTime *as_of)
{
  g_autoptr(GDateTime) due = ama_review_get_response_due (review);
  g_autofree char *due_iso = NULL;
  g_autofree char *received_iso = NULL;
  GString *s;
  int late;

  if (due == NULL)
    return NULL;
  due_iso = date_iso (due);
  received_iso = date_iso (ama_review_get_reported_to_executive (review));
  s = g_string_new (NULL);
  g_string_append_printf (s, "%s (report to the executive %s)", due_iso, received_iso);
  late = ama_review_get_response_days_late (review);
  if (as_of != NULL && ama_review_is_response_overdue (review, as_of))
    {
      g_autoptr(GListModel) waiting = ama_review_get_awaiting_response (review, as_of);
      guint n = g_list_model_get_n_items (waiting);

      g_string_append_printf (s, ": OVERDUE, %u recommendation%s awaiting a decision", n, n == 1 ? "" : "s");
    }
  else if (late > 0)
    g_string_append_printf (s, ": came %d day%s late", late, late == 1 ? "" : "s");
  return g_string_free (s, FALSE);
}
