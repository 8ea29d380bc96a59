/* ama.c: the reference command-line tool for libama
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Subcommands in the style of git and gio. Exit status: 0 success,
 * 1 findings (validation errors, overdue actions) or a file that could
 * not be read or written, 2 bad usage. Everything the tool prints comes
 * from the library's public API: this file is also an example of it.
 */

#include <ama.h>

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define EXIT_FINDINGS 1
#define EXIT_USAGE 2

typedef struct
{
  const char *name;
  const char *summary;
  int (*run) (int argc, char **argv);
} Command;

static const Command *commands (guint *n);
static AmaAppraisalSmaaResult *run_smaa (AmaAppraisal *appraisal,
                                         guint64       samples,
                                         guint64       seed,
                                         GError      **error);

/* ---- shared helpers -------------------------------------------------- */

/* Progress goes to stderr, and only when stderr is a terminal: a log
 * file or a pipe gets no carriage returns. */
static gboolean
progress_enabled (void)
{
  static int tty = -1;

  if (tty < 0)
    tty = isatty (STDERR_FILENO) ? 1 : 0;
  return tty == 1;
}

static void
progress (guint       done,
          guint       total,
          const char *what)
{
  if (!progress_enabled ())
    return;
  fprintf (stderr, "\r\033[K[%u/%u] %s", done, total, what ? what : "");
  fflush (stderr);
}

static void
progress_clear (void)
{
  if (!progress_enabled ())
    return;
  fprintf (stderr, "\r\033[K");
  fflush (stderr);
}

static int
usage_error (GOptionContext *context,
             const char     *format,
             ...) G_GNUC_PRINTF (2, 3);

static int
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

static gboolean
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

static GDateTime *
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
static GDateTime *
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

static const char *
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
static void
print_diagnostic (FILE          *out,
                  const char    *file,
                  AmaDiagnostic *d)
{
  const char *path = ama_diagnostic_get_path (d);

  if (ama_diagnostic_get_line (d) > 0)
    fprintf (out, "%s:%u: %s: ", file, ama_diagnostic_get_line (d),
             severity_name (ama_diagnostic_get_severity (d)));
  else
    fprintf (out, "%s: %s: ", file, severity_name (ama_diagnostic_get_severity (d)));
  if (path != NULL && *path != '\0' && path[0] == '$')
    fprintf (out, "%s: ", path);
  fprintf (out, "%s", ama_diagnostic_get_message (d));
  if (ama_diagnostic_get_code (d) != NULL)
    fprintf (out, " [%s]", ama_diagnostic_get_code (d));
  fputc ('\n', out);
}

static gboolean
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
static AmaReview *
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

static guint json_path_line (const char *data, gsize len, const char *path);

/* A load error as file:line: error: message. The library's messages name
 * the place first ("line 3, column 35: …" or "$.version: …"); a JSON path
 * is turned into the line it starts on. */
static void
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
        line = json_path_line (data, len, json_path);
    }
  if (line > 0)
    fprintf (out, "%s:%u: error: %s\n", path, line, msg);
  else
    fprintf (out, "%s: error: %s\n", path, msg);
}

static void
print_load_error (const char *path,
                  GError     *error)
{
  print_load_error_to (stderr, path, error);
}

static gboolean
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
      /* Replaced atomically: a failed run leaves the old file intact. */
      return g_file_replace_contents (file, data, len, NULL, FALSE, G_FILE_CREATE_NONE,
                                      NULL, NULL, error);
    }
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The regular files of @folder (not its subfolders, not hidden files) as
 * paths, in name order: the same folder always gives the same output. */
static GPtrArray *
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
static GStrv
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
static GStrv
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
static GListStore *
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
static void
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

static char *
date_iso (GDateTime *d)
{
  return d ? g_date_time_format (d, "%Y-%m-%d") : g_strdup ("-");
}

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  /* Nicks are static strings of a registered (never unloaded) type. */
  return v ? v->value_nick : "?";
}


/* ---- JSON path to line ----------------------------------------------- */

/* Validation names places by JSON path ($.recommendations[3].response);
 * people and editors want a line. json-glib keeps no positions, so this
 * small scanner walks the text along the path and returns the line where
 * the deepest member of the path that exists begins (0 if none). */
typedef struct
{
  const char *p, *end;
  guint line;
} Scan;

static void
scan_ws (Scan *s)
{
  while (s->p < s->end && g_ascii_isspace (*s->p))
    {
      if (*s->p == '\n')
        s->line++;
      s->p++;
    }
}

static void
scan_string (Scan *s)
{
  s->p++;  /* opening quote */
  while (s->p < s->end && *s->p != '"')
    {
      if (*s->p == '\\' && s->p + 1 < s->end)
        s->p++;
      else if (*s->p == '\n')
        s->line++;
      s->p++;
    }
  if (s->p < s->end)
    s->p++;
}

static void
scan_value (Scan *s)
{
  int depth = 0;

  scan_ws (s);
  while (s->p < s->end)
    {
      char c = *s->p;

      if (c == '"')
        {
          scan_string (s);
          if (depth == 0)
            return;
          continue;
        }
      if (c == '{' || c == '[')
        depth++;
      else if (c == '}' || c == ']')
        {
          if (depth == 0)
            return;   /* the end of the enclosing container */
          depth--;
          s->p++;
          if (depth == 0)
            return;
          continue;
        }
      else if (depth == 0 && (c == ',' || g_ascii_isspace (c)))
        return;
      else if (c == '\n')
        s->line++;
      s->p++;
    }
}

static guint
json_path_line (const char *data,
                gsize       len,
                const char *path)
{
  Scan s = { data, data + len, 1 };
  guint found = 0;
  const char *q;

  if (path == NULL || path[0] != '$')
    return 0;
  q = path + 1;
  scan_ws (&s);
  found = s.line;

  while (*q != '\0')
    {
      scan_ws (&s);
      if (*q == '.' && s.p < s.end && *s.p == '{')
        {
          const char *key = ++q;
          gsize klen = strcspn (key, ".[");
          gboolean hit = FALSE;

          q = key + klen;
          s.p++;
          for (;;)
            {
              const char *k;
              guint key_line;

              scan_ws (&s);
              if (s.p >= s.end || *s.p != '"')
                return found;
              key_line = s.line;
              k = s.p + 1;
              scan_string (&s);
              hit = (gsize) (s.p - 1 - k) == klen && memcmp (k, key, klen) == 0;
              scan_ws (&s);
              if (s.p < s.end && *s.p == ':')
                s.p++;
              if (hit)
                {
                  found = key_line;
                  break;
                }
              scan_value (&s);
              scan_ws (&s);
              if (s.p < s.end && *s.p == ',')
                s.p++;
              else
                return found;
            }
        }
      else if (*q == '[' && s.p < s.end && *s.p == '[')
        {
          char *after = NULL;
          guint64 index = g_ascii_strtoull (q + 1, &after, 10);

          if (after == NULL || *after != ']')
            return found;
          q = after + 1;
          s.p++;
          for (guint64 i = 0; i < index; i++)
            {
              scan_value (&s);
              scan_ws (&s);
              if (s.p < s.end && *s.p == ',')
                s.p++;
              else
                return found;
            }
          scan_ws (&s);
          if (s.p >= s.end || *s.p == ']')
            return found;
          found = s.line;
        }
      else
        return found;
    }
  return found;
}

static void
show_person_line (const char *label,
                  AmaPerson  *p)
{
  if (p == NULL || ama_person_get_name (p) == NULL)
    return;
  printf ("%s%s%s%s\n", label,
          ama_person_get_honorific (p) ? ama_person_get_honorific (p) : "",
          ama_person_get_honorific (p) ? " " : "",
          ama_person_get_name (p));
}

static void
show_meetings (AmaReview *review)
{
  GListModel *list = ama_review_get_meetings (review);
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    return;
  printf ("\nMeetings (%u)\n", n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaMeeting) m = g_list_model_get_item (list, i);
      g_autofree char *d = date_iso (ama_meeting_get_date (m));
      const char * const *topics = ama_meeting_get_topics (m);
      GListModel *items = ama_meeting_get_agenda_items (m);
      g_autofree char *lead = g_strdup_printf ("  %-10s  ", d);
      g_autofree char *head = g_strdup_printf ("%s%s%s%s%s",
                                               enum_nick (AMA_TYPE_MEETING_KIND, ama_meeting_get_kind (m)),
                                               ama_meeting_get_body (m) ? ", " : "",
                                               ama_meeting_get_body (m) ? ama_meeting_get_body (m) : "",
                                               ama_meeting_get_location (m) ? ", " : "",
                                               ama_meeting_get_location (m) ? ama_meeting_get_location (m) : "");

      print_wrapped (lead, "              ", head, 78);
      for (guint t = 0; topics != NULL && topics[t] != NULL; t++)
        print_wrapped ("              - ", "                ", topics[t], 78);
      for (guint k = 0; k < g_list_model_get_n_items (items); k++)
        {
          g_autoptr(AmaAgendaItem) item = g_list_model_get_item (items, k);
          GListModel *res = ama_agenda_item_get_resolutions (item);
          const char *what = ama_agenda_item_get_title (item) ? ama_agenda_item_get_title (item)
                                                              : ama_agenda_item_get_description (item);
          g_autofree char *item_lead = g_strdup_printf ("              Item %s: ",
                                                   ama_agenda_item_get_number (item) ? ama_agenda_item_get_number (item) : "-");

          print_wrapped (item_lead, "                ", what ? what : "(untitled)", 78);
          for (guint r = 0; r < g_list_model_get_n_items (res); r++)
            {
              g_autoptr(AmaResolution) reso = g_list_model_get_item (res, r);
              g_autofree char *rlead = g_strdup_printf ("                Resolved (%s) ",
                                                        ama_resolution_get_number (reso) ? ama_resolution_get_number (reso) : "-");
              print_wrapped (rlead, "                  ", ama_resolution_get_text (reso), 78);
            }
          show_person_line ("                Mover:    ", ama_agenda_item_get_mover (item));
          show_person_line ("                Seconder: ", ama_agenda_item_get_seconder (item));
        }
    }
}

static void
show_documents (AmaReview *review)
{
  GListModel *list = ama_review_get_documents (review);
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    return;
  printf ("\nDocuments (%u)\n", n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaDocument) d = g_list_model_get_item (list, i);
      g_autofree char *date = date_iso (ama_document_get_date (d));
      const char * const *wards = ama_document_get_wards (d);
      const char * const *recs = ama_document_get_recommendations (d);
      g_autofree char *head = g_strdup_printf ("%s%s%s%s: %s", enum_nick (AMA_TYPE_DOCUMENT_KIND, ama_document_get_kind (d)),
                                               ama_document_get_label (d) ? " (" : "",
                                               ama_document_get_label (d) ? ama_document_get_label (d) : "",
                                               ama_document_get_label (d) ? ")" : "",
                                               ama_document_get_title (d) ? ama_document_get_title (d) : "(untitled)");

      print_wrapped ("  ", "    ", head, 78);
      if (ama_document_get_date (d) != NULL || ama_document_get_body (d) != NULL)
        printf ("    %s%s%s\n", ama_document_get_body (d) ? ama_document_get_body (d) : "",
                ama_document_get_body (d) && ama_document_get_date (d) ? ", " : "",
                ama_document_get_date (d) ? date : "");
      if (ama_document_get_kind (d) == AMA_DOCUMENT_KIND_SUMMARY_SHEET)
        printf ("    Key decision: %s; forward plan: %s; exempt: %s; council approval: %s\n",
                ama_document_get_key_decision (d) ? "yes" : "no",
                ama_document_get_forward_plan (d) ? "yes" : "no",
                ama_document_get_exempt (d) ? "yes" : "no",
                ama_document_get_council_approval_required (d) ? "required" : "not required");
      if (ama_document_get_director (d) != NULL)
        printf ("    Director: %s\n", ama_document_get_director (d));
      if (wards != NULL && wards[0] != NULL)
        {
          g_autofree char *w = g_strjoinv (", ", (char **) wards);
          printf ("    Wards: %s\n", w);
        }
      for (guint r = 0; recs != NULL && recs[r] != NULL; r++)
        print_wrapped ("    - ", "      ", recs[r], 78);
    }
}

static void
show_considerations (AmaReview *review)
{
  GListModel *list = ama_review_get_considerations (review);
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    return;
  printf ("\nConsidered by\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AmaConsideration) c = g_list_model_get_item (list, i);
      g_autofree char *d = date_iso (ama_consideration_get_date (c));
      g_autofree char *lead = g_strdup_printf ("  %-10s  ", d);
      g_autofree char *line = g_strdup_printf ("%s%s%s",
                                               ama_consideration_get_body (c) ? ama_consideration_get_body (c) : "?",
                                               ama_consideration_get_outcome (c) ? ": " : "",
                                               ama_consideration_get_outcome (c) ? ama_consideration_get_outcome (c) : "");
      print_wrapped (lead, "              ", line, 78);
    }
}

/* ---- ama show --------------------------------------------------------- */

static int
cmd_show (int    argc,
          char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE");
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *list;
  AmaAppraisal *appraisal;
  int status = 0;

  g_option_context_set_summary (context,
    "Print a review as readable text: what it is, who sat on it, each\n"
    "recommendation with the executive's response, and its meetings.\n"
    "FILE is a review document (JSON) or any document the importers read.");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, "expected one FILE, got %d", argc - 1);

  review = load_review (argv[1], AMA_IMPORT_FORMAT_UNKNOWN, NULL, &error);
  if (review == NULL)
    {
      print_load_error (argv[1], error);
      return EXIT_FINDINGS;
    }

  print_wrapped ("", "", ama_review_get_title (review) ? ama_review_get_title (review) : "(untitled review)", 78);
  if (ama_review_get_id (review))
    printf ("  Id:         %s\n", ama_review_get_id (review));
  if (ama_review_get_authority (review))
    printf ("  Authority:  %s\n", ama_review_get_authority (review));
  if (ama_review_get_body (review))
    printf ("  Body:       %s\n", ama_review_get_body (review));
  printf ("  Status:     %s\n", enum_nick (AMA_TYPE_REVIEW_STATUS, ama_review_get_status (review)));

  list = ama_review_get_members (review);
  if (g_list_model_get_n_items (list) > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(AmaMember) m = g_list_model_get_item (list, i);
          AmaPerson *p = ama_member_get_person (m);
          if (i > 0)
            g_string_append (names, ", ");
          g_string_append (names, p && ama_person_get_name (p) ? ama_person_get_name (p) : "?");
          if (ama_member_get_role (m) == AMA_MEMBER_ROLE_CHAIR)
            g_string_append (names, " (Chair)");
        }
      print_wrapped ("  Members:    ", "              ", names->str, 78);
    }

  list = ama_review_get_meetings (review);
  if (g_list_model_get_n_items (list) > 0)
    {
      g_autoptr(AmaMeeting) first = g_list_model_get_item (list, 0);
      g_autoptr(AmaMeeting) last = g_list_model_get_item (list, g_list_model_get_n_items (list) - 1);
      g_autofree char *a = date_iso (ama_meeting_get_date (first));
      g_autofree char *b = date_iso (ama_meeting_get_date (last));
      printf ("  Meetings:   %u, %s to %s\n", g_list_model_get_n_items (list), a, b);
    }
  list = ama_review_get_visits (review);
  if (g_list_model_get_n_items (list) > 0)
    printf ("  Visits:     %u\n", g_list_model_get_n_items (list));

  appraisal = ama_review_get_appraisal (review);
  if (appraisal != NULL)
    printf ("  Appraisal:  %u options, %u criteria%s%s\n",
            g_list_model_get_n_items (ama_appraisal_get_options (appraisal)),
            g_list_model_get_n_items (ama_appraisal_get_criteria (appraisal)),
            ama_appraisal_get_preferred_option (appraisal) ? ", preferred: " : "",
            ama_appraisal_get_preferred_option (appraisal) ? ama_appraisal_get_preferred_option (appraisal) : "");

  if (ama_review_get_summary (review) != NULL)
    {
      printf ("\n");
      print_wrapped ("  ", "  ", ama_review_get_summary (review), 78);
    }

  show_documents (review);
  show_meetings (review);
  show_considerations (review);

  list = ama_review_get_recommendations (review);
  printf ("\nRecommendations (%u)\n", g_list_model_get_n_items (list));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(AmaRecommendation) rec = g_list_model_get_item (list, i);
      AmaResponse *resp = ama_recommendation_get_response (rec);
      const char * const *points = ama_recommendation_get_points (rec);
      g_autofree char *lead = g_strdup_printf ("\n%4s. ", ama_recommendation_get_number (rec)
                                                      ? ama_recommendation_get_number (rec) : "?");

      print_wrapped (lead, "      ", ama_recommendation_get_text (rec), 78);
      for (guint p = 0; points != NULL && points[p] != NULL; p++)
        print_wrapped ("      - ", "        ", points[p], 78);
      if (resp == NULL)
        {
          printf ("      Response:  none recorded\n");
          continue;
        }
      if (ama_response_get_decision (resp) == AMA_DECISION_PENDING)
        {
          if (ama_response_get_inferred_decision (resp) != AMA_DECISION_PENDING)
            printf ("      Decision:  no decision recorded (the wording implies %s)\n",
                    enum_nick (AMA_TYPE_DECISION, ama_response_get_inferred_decision (resp)));
          else
            printf ("      Decision:  no decision recorded\n");
        }
      else
        printf ("      Decision:  %s\n", enum_nick (AMA_TYPE_DECISION, ama_response_get_decision (resp)));
      if (ama_response_get_text (resp))
        print_wrapped ("      Response:  ", "                 ", ama_response_get_text (resp), 78);
      if (ama_response_get_officer (resp))
        {
          AmaPerson *o = ama_response_get_officer (resp);
          if (ama_person_get_name_as_written (o) && g_strcmp0 (ama_person_get_name_as_written (o), ama_person_get_name (o)) != 0)
            printf ("      Officer:   %s (written \u201c%s\u201d)\n", ama_person_get_name (o), ama_person_get_name_as_written (o));
          else
            printf ("      Officer:   %s\n", ama_person_get_name (o));
        }
      if (ama_response_get_no_further_action (resp))
        printf ("      No further action required\n");
      if (ama_response_get_action_by (resp))
        {
          AmaDeadline *by = ama_response_get_action_by (resp);
          g_autofree char *due = date_iso (ama_deadline_get_due (by));
          printf ("      Action by: %s (%s%s%s)\n", ama_deadline_get_text (by),
                  enum_nick (AMA_TYPE_DEADLINE_KIND, ama_deadline_get_kind (by)),
                  ama_deadline_get_due (by) ? ", due " : "",
                  ama_deadline_get_due (by) ? due : "");
        }
    }
  return 0;
}

/* ---- ama report ------------------------------------------------------- */

static int
cmd_report (int    argc,
            char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *as_of_text = NULL;
  gint64 samples = 0, seed = 1;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, "Output format: html (default), markdown, csv or tsv", "FORMAT" },
    { "samples", 'n', 0, G_OPTION_ARG_INT64, &samples, "Add the rank acceptability of an SMAA with N samples (HTML)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the SMAA sampler (default 1)", "S" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to OUT instead of standard output", "OUT" },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text, "Report progress as of DATE (YYYY-MM-DD; default today)", "DATE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE|FOLDER…");
  g_autoptr(GListStore) reviews = NULL;
  g_autoptr(GOutputStream) stream = NULL;
  g_auto(GStrv) files = NULL;
  guint n_files;
  g_autoptr(AmaReportWriter) writer = NULL;
  g_autoptr(GDateTime) as_of = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  AmaReportFormat format = AMA_REPORT_FORMAT_HTML;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
    "Write a review as a report: one self-contained HTML file (printable,\n"
    "with charts), GitHub-flavoured Markdown, or the response table as CSV\n"
    "or TSV in the council's own columns. CSV/TSV cells that begin with\n"
    "=, +, - or @ get a leading ' so spreadsheets do not run them.\n"
    "Several files (or a folder) make one HTML page or Markdown file.");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return usage_error (context, "expected at least one FILE");
  if (samples < 0 || seed < 0)
    return usage_error (context, "--samples and --seed must not be negative");
  if (format_name != NULL &&
      (!ama_report_format_from_string (format_name, &format) || format == AMA_REPORT_FORMAT_ICALENDAR))
    return usage_error (context, "--format: \u201c%s\u201d is not one of html, markdown, csv, tsv%s",
                        format_name, format == AMA_REPORT_FORMAT_ICALENDAR ? " (use \u201cama ics\u201d)" : "");
  as_of = as_of_or_today (as_of_text, context, &status);
  if (as_of == NULL)
    return status;

  files = files_from_args (argc, argv);
  if (files == NULL)
    return EXIT_FINDINGS;
  n_files = g_strv_length (files);
  if (n_files != 1 && (format == AMA_REPORT_FORMAT_CSV || format == AMA_REPORT_FORMAT_TSV))
    return usage_error (context, "a %s response table holds one review; got %u files",
                        format == AMA_REPORT_FORMAT_CSV ? "CSV" : "TSV", n_files);
  if (n_files != 1 && samples > 0)
    return usage_error (context, "--samples analyses one review's appraisal; got %u files", n_files);

  reviews = load_reviews (files);
  if (reviews == NULL)
    return EXIT_FINDINGS;

  writer = ama_report_writer_new (format);
  ama_report_writer_set_as_of (writer, as_of);
  if (samples > 0)
    {
      g_autoptr(AmaReview) review = g_list_model_get_item (G_LIST_MODEL (reviews), 0);

      if (ama_review_get_appraisal (review) == NULL)
        {
          fprintf (stderr, "%s: error: no rank acceptability: the review has no options appraisal\n", files[0]);
          status = EXIT_FINDINGS;
        }
      else
        {
          g_autoptr(AmaAppraisalSmaaResult) smaa = run_smaa (ama_review_get_appraisal (review), (guint64) samples,
                                                             (guint64) seed, &error);
          /* The report is still written, without the analysis. */
          if (smaa == NULL)
            {
              fprintf (stderr, "%s: error: no rank acceptability: %s\n", files[0], error->message);
              g_clear_error (&error);
              status = EXIT_FINDINGS;
            }
          ama_report_writer_set_smaa_result (writer, smaa);
        }
    }
  stream = g_memory_output_stream_new_resizable ();
  if (ama_report_writer_write_reviews (writer, G_LIST_MODEL (reviews), stream, NULL, &error) &&
      g_output_stream_close (stream, NULL, &error))
    bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  if (bytes == NULL || !write_output (output, bytes, &error))
    {
      fprintf (stderr, "%s: error: %s\n", output ? output : files[0], error->message);
      return EXIT_FINDINGS;
    }
  return status;
}

/* ---- ama ics ---------------------------------------------------------- */

static int
cmd_ics (int    argc,
         char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *as_of_text = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to OUT.ics instead of standard output", "OUT.ics" },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text, "Date of the calendar (DTSTAMP) and of to-do status (YYYY-MM-DD; default today)", "DATE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE|FOLDER…");
  g_auto(GStrv) files = NULL;
  g_autoptr(GListStore) reviews = NULL;
  g_autoptr(AmaReportWriter) writer = NULL;
  g_autoptr(GDateTime) as_of = NULL;
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
    "Write the meetings of the reviews as calendar events and their\n"
    "action-by deadlines as to-dos with due dates (recurring ones repeat),\n"
    "in one iCalendar (RFC 5545) file. UIDs come from the review id and the\n"
    "recommendation number, so re-importing updates entries in place.");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return usage_error (context, "expected at least one FILE");
  as_of = as_of_or_today (as_of_text, context, &status);
  if (as_of == NULL)
    return status;

  files = files_from_args (argc, argv);
  if (files == NULL)
    return EXIT_FINDINGS;
  reviews = load_reviews (files);
  if (reviews == NULL)
    return EXIT_FINDINGS;

  writer = ama_report_writer_new (AMA_REPORT_FORMAT_ICALENDAR);
  ama_report_writer_set_as_of (writer, as_of);
  stream = g_memory_output_stream_new_resizable ();
  if (!ama_report_writer_write_reviews (writer, G_LIST_MODEL (reviews), stream, NULL, &error) ||
      !g_output_stream_close (stream, NULL, &error))
    {
      fprintf (stderr, "ama ics: error: %s\n", error->message);
      return EXIT_FINDINGS;
    }
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  if (!write_output (output, bytes, &error))
    {
      fprintf (stderr, "%s: error: %s\n", output, error->message);
      return EXIT_FINDINGS;
    }
  return 0;
}

/* ---- ama convert ------------------------------------------------------ */

static gboolean
target_from_name (const char *name,
                  gboolean   *json,
                  AmaReportFormat *format)
{
  const char *dot;

  if (name == NULL)
    return FALSE;
  dot = strrchr (name, '.');
  if (dot != NULL && strchr (dot, '/') == NULL)
    name = dot + 1;
  *json = g_ascii_strcasecmp (name, "json") == 0;
  if (*json)
    return TRUE;
  return ama_report_format_from_string (name, format);
}

static int
cmd_convert (int    argc,
             char **argv)
{
  g_autofree char *to = NULL;
  g_autofree char *output = NULL;
  g_autofree char *from = NULL;
  GOptionEntry entries[] = {
    { "to", 't', 0, G_OPTION_ARG_STRING, &to, "Target: json, csv, tsv, markdown, html or ics (default: from OUT's extension, else json)", "FORMAT" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, "Source format: auto (default), json or an importer format (tsv, csv, pdf-text, …)", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to OUT instead of standard output", "OUT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE");
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  AmaImportFormat import_format = AMA_IMPORT_FORMAT_UNKNOWN;
  AmaReportFormat format = AMA_REPORT_FORMAT_CSV;
  gboolean json = TRUE;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
    "Convert between the review document (JSON) and response tables:\n"
    "JSON to CSV/TSV (or any report format), CSV/TSV (or any importable\n"
    "document) to JSON, or JSON to JSON to re-save it normalised.");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, "expected one FILE, got %d", argc - 1);
  if (to != NULL)
    {
      if (!target_from_name (to, &json, &format))
        return usage_error (context, "--to: \u201c%s\u201d is not one of json, csv, tsv, markdown, html, ics", to);
    }
  else if (output != NULL && !g_str_equal (output, "-") && !target_from_name (output, &json, &format))
    json = TRUE;   /* unknown extension: the review document */
  if (from != NULL && g_ascii_strcasecmp (from, "json") != 0 && g_ascii_strcasecmp (from, "auto") != 0)
    {
      import_format = ama_import_format_from_string (from);
      if (import_format == AMA_IMPORT_FORMAT_UNKNOWN)
        return usage_error (context, "--from: \u201c%s\u201d is not a known format", from);
    }

  review = load_review (argv[1], import_format, NULL, &error);
  if (review == NULL)
    {
      print_load_error (argv[1], error);
      return EXIT_FINDINGS;
    }
  if (json)
    {
      gsize len = 0;
      char *data = ama_review_to_data (review, &len);
      bytes = g_bytes_new_take (data, len);
    }
  else
    {
      g_autoptr(AmaReportWriter) writer = ama_report_writer_new (format);
      bytes = ama_report_writer_write_bytes (writer, review, NULL, &error);
    }
  if (bytes == NULL || !write_output (output, bytes, &error))
    {
      fprintf (stderr, "%s: error: %s\n", output ? output : argv[1], error->message);
      return EXIT_FINDINGS;
    }
  return 0;
}

/* ---- ama import ------------------------------------------------------- */

static int
import_one (const char      *path,
            const char      *out_path,
            AmaImportFormat  format,
            GDateTime       *reference,
            gboolean         quiet)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(AmaImporter) importer = ama_importer_new ();
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GListModel *diags;
  gsize len = 0;
  char *data;

  ama_importer_set_format (importer, format);
  if (reference != NULL)
    ama_importer_set_reference_date (importer, reference);
  review = ama_importer_import_file (importer, file, NULL, &error);
  diags = ama_importer_get_diagnostics (importer);
  for (guint i = 0; !quiet && i < g_list_model_get_n_items (diags); i++)
    {
      g_autoptr(AmaDiagnostic) d = g_list_model_get_item (diags, i);
      progress_clear ();
      print_diagnostic (stderr, path, d);
    }
  if (review == NULL)
    {
      progress_clear ();
      print_load_error (path, error);
      return EXIT_FINDINGS;
    }
  data = ama_review_to_data (review, &len);
  bytes = g_bytes_new_take (data, len);
  if (!write_output (out_path, bytes, &error))
    {
      progress_clear ();
      fprintf (stderr, "%s: error: %s\n", out_path ? out_path : "-", error->message);
      return EXIT_FINDINGS;
    }
  return 0;
}

static int
cmd_import (int    argc,
            char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *reference_text = NULL;
  gboolean quiet = FALSE;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      "Source format: auto (default), tsv, csv, pdf-text, minutes, summary, annex or moderngov", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write the review to OUT.json (for a folder: into the folder OUT)", "OUT" },
    { "reference-date", 0, 0, G_OPTION_ARG_STRING, &reference_text,
      "Date that places dates written without a year (YYYY-MM-DD)", "DATE" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Do not print the importer's diagnostics", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE|FOLDER");
  g_autoptr(GDateTime) reference = NULL;
  g_autoptr(GFile) input = NULL;
  AmaImportFormat format = AMA_IMPORT_FORMAT_UNKNOWN;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
    "Import a council document (a response table as TSV, CSV or PDF text,\n"
    "minutes, a summary sheet, a review report or annex, ModernGov XML)\n"
    "into the review document format (JSON). Every repair the importer\n"
    "made is printed to stderr as file:line: severity: message.\n"
    "Given a FOLDER, imports each file in it into OUT/<name>.json.");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, "expected one FILE or FOLDER, got %d", argc - 1);
  if (format_name != NULL && g_ascii_strcasecmp (format_name, "auto") != 0)
    {
      format = ama_import_format_from_string (format_name);
      if (format == AMA_IMPORT_FORMAT_UNKNOWN)
        return usage_error (context, "--format: \u201c%s\u201d is not a known format", format_name);
    }
  if (reference_text != NULL && (reference = parse_date (reference_text)) == NULL)
    return usage_error (context, "--reference-date: \u201c%s\u201d is not a date (YYYY-MM-DD)", reference_text);

  input = g_file_new_for_commandline_arg (argv[1]);
  if (g_file_query_file_type (input, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    {
      g_autoptr(GPtrArray) paths = NULL;
      g_autoptr(GFile) out_dir = NULL;
      g_autoptr(GError) error = NULL;
      int result = 0;

      if (output == NULL)
        return usage_error (context, "importing a folder needs -o OUT (a folder)");
      out_dir = g_file_new_for_commandline_arg (output);
      if (!g_file_make_directory_with_parents (out_dir, NULL, &error) &&
          !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          fprintf (stderr, "%s: error: %s\n", output, error->message);
          return EXIT_FINDINGS;
        }
      g_clear_error (&error);

      paths = list_folder (argv[1], &error);
      if (paths == NULL)
        {
          fprintf (stderr, "%s: error: %s\n", argv[1], error->message);
          return EXIT_FINDINGS;
        }
      for (guint i = 0; i < paths->len; i++)
        {
          const char *in_path = g_ptr_array_index (paths, i);
          g_autofree char *base = g_path_get_basename (in_path);
          g_autofree char *out_name = NULL;
          g_autofree char *out_path = NULL;
          char *dot = strrchr (base, '.');

          progress (i + 1, paths->len, base);
          if (dot != NULL && dot != base)
            *dot = '\0';
          out_name = g_strconcat (base, ".json", NULL);
          out_path = g_build_filename (output, out_name, NULL);
          if (import_one (in_path, out_path, format, reference, quiet) != 0)
            result = EXIT_FINDINGS;
        }
      progress_clear ();
      return result;
    }

  return import_one (argv[1], output, format, reference, quiet);
}

/* ---- ama validate ----------------------------------------------------- */

static int
cmd_validate (int    argc,
              char **argv)
{
  g_autofree char *as_of_text = NULL;
  gboolean strict = FALSE, quiet = FALSE;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text, "Judge dates as of DATE (YYYY-MM-DD; default today)", "DATE" },
    { "strict", 's', 0, G_OPTION_ARG_NONE, &strict, "Warnings are findings too (exit status 1)", NULL },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Leave out findings of severity info (repairs, notes)", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE|FOLDER…");
  g_autoptr(GDateTime) as_of = NULL;
  guint errors = 0, warnings = 0, files_bad = 0, n_files;
  g_auto(GStrv) files = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
    "Check review documents against the rules of the format and of\n"
    "scrutiny practice, printing each finding as\n"
    "  file:line: severity: message [code]\n"
    "(without a line, the JSON path names the place). Exit status 1 when\n"
    "any file has an error (or, with --strict, a warning).");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return usage_error (context, "expected at least one FILE");
  as_of = as_of_or_today (as_of_text, context, &status);
  if (as_of == NULL)
    return status;

  files = files_from_args (argc, argv);
  if (files == NULL)
    return EXIT_FINDINGS;
  n_files = g_strv_length (files);
  for (guint f = 0; f < n_files; f++)
    {
      const char *path = files[f];
      g_autoptr(GListStore) diags = g_list_store_new (AMA_TYPE_DIAGNOSTIC);
      g_autoptr(AmaReview) review = NULL;
      g_autoptr(GListModel) found = NULL;
      g_autoptr(GError) load_error = NULL;

      progress (f + 1, n_files, path);
      review = load_review (path, AMA_IMPORT_FORMAT_UNKNOWN, diags, &load_error);
      if (review == NULL)
        {
          /* A document that does not load is an error at the place the
           * loader names (its message carries line or JSON path). */
          progress_clear ();
          print_load_error_to (stdout, path, load_error);
          errors++;
          files_bad++;
          continue;
        }
      found = ama_review_validate (review, as_of);
      {
        g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
        g_autofree char *data = NULL;
        gsize len = 0;
        gboolean is_json = g_file_load_contents (file, NULL, &data, &len, NULL, NULL) &&
                           looks_like_review_json (data, len);

        for (guint k = 0; k < g_list_model_get_n_items (found); k++)
          {
            g_autoptr(AmaDiagnostic) d = g_list_model_get_item (found, k);

            /* Place a JSON document's findings on their line; for an
             * imported document the path refers to the import, not to
             * the text, so it stays a path. */
            if (is_json && ama_diagnostic_get_line (d) == 0)
              {
                guint line = json_path_line (data, len, ama_diagnostic_get_path (d));
                if (line > 0)
                  ama_diagnostic_set_line (d, line);
              }
            g_list_store_append (diags, d);
          }
      }
      {
        gboolean bad = FALSE;
        for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (diags)); k++)
          {
            g_autoptr(AmaDiagnostic) d = g_list_model_get_item (G_LIST_MODEL (diags), k);
            AmaSeverity sev = ama_diagnostic_get_severity (d);

            if (sev == AMA_SEVERITY_ERROR)
              errors++, bad = TRUE;
            else if (sev == AMA_SEVERITY_WARNING)
              warnings++, bad = bad || strict;
            if (quiet && sev == AMA_SEVERITY_INFO)
              continue;
            progress_clear ();
            print_diagnostic (stdout, path, d);
          }
        if (bad)
          files_bad++;
      }
    }
  progress_clear ();
  fflush (stdout);
  fprintf (stderr, "%u file%s checked: %u error%s, %u warning%s\n",
           n_files, n_files == 1 ? "" : "s", errors, errors == 1 ? "" : "s",
           warnings, warnings == 1 ? "" : "s");
  return files_bad > 0 ? EXIT_FINDINGS : 0;
}

/* ---- ama track -------------------------------------------------------- */

/* Columns padded by characters, not bytes ("Ian Thomas" and "Siân
 * Jones" line up), with no trailing blanks. */
static void
print_track_row (const char *number,
                 const char *decision,
                 const char *status,
                 const char *due,
                 const char *officer,
                 const char *state)
{
  const char *cells[] = { number, decision, status, due, officer, state };
  const guint widths[] = { 4, 31, 12, 11, 20, 0 };
  g_autoptr(GString) line = g_string_new ("  ");

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      guint len = g_utf8_strlen (cells[i], -1);

      g_string_append (line, cells[i]);
      for (guint k = len; k < widths[i]; k++)
        g_string_append_c (line, ' ');
      if (i + 1 < G_N_ELEMENTS (cells))
        g_string_append_c (line, ' ');
    }
  while (line->len > 0 && line->str[line->len - 1] == ' ')
    g_string_truncate (line, line->len - 1);
  puts (line->str);
}

static gboolean
officer_matches (AmaTrackingItem *item,
                 const char      *officer)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (officer == NULL)
    return TRUE;
  if (ama_tracking_item_get_officer_name (item) == NULL)
    return FALSE;
  a = g_utf8_casefold (ama_tracking_item_get_officer_name (item), -1);
  b = g_utf8_casefold (officer, -1);
  return g_str_equal (a, b);
}

static int
cmd_track (int    argc,
           char **argv)
{
  g_autofree char *as_of_text = NULL;
  g_autofree char *officer = NULL;
  gboolean outstanding_only = FALSE, by_officer = FALSE;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text, "Report where things stand on DATE (YYYY-MM-DD; default today)", "DATE" },
    { "officer", 0, 0, G_OPTION_ARG_STRING, &officer, "Only the actions of the officer NAME", "NAME" },
    { "outstanding", 0, 0, G_OPTION_ARG_NONE, &outstanding_only, "Only actions still outstanding", NULL },
    { "by-officer", 0, 0, G_OPTION_ARG_NONE, &by_officer, "Also list the outstanding actions under each officer", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE|FOLDER…");
  g_auto(GStrv) files = NULL;
  g_autoptr(GDateTime) as_of = NULL;
  g_autofree char *as_of_iso = NULL;
  guint total = 0, outstanding = 0, overdue = 0, completed = 0, shown = 0;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
    "Print where each recommendation stands: the decision, the delivery\n"
    "status from the progress updates, the officer and the due date, then\n"
    "a summary. An action is outstanding when accepted (or due) and not\n"
    "closed, overdue when outstanding past its due date. Exit status 1\n"
    "when anything shown is overdue.");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc < 2)
    return usage_error (context, "expected at least one FILE");
  as_of = as_of_or_today (as_of_text, context, &status);
  if (as_of == NULL)
    return status;
  as_of_iso = date_iso (as_of);
  files = files_from_args (argc, argv);
  if (files == NULL)
    return EXIT_FINDINGS;

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(AmaReview) review = NULL;
      g_autoptr(GListModel) items = NULL;
      g_autoptr(GError) error = NULL;
      gboolean header = FALSE;

      review = load_review (files[i], AMA_IMPORT_FORMAT_UNKNOWN, NULL, &error);
      if (review == NULL)
        {
          print_load_error (files[i], error);
          return EXIT_FINDINGS;
        }
      items = ama_review_track (review, as_of);
      for (guint k = 0; k < g_list_model_get_n_items (items); k++)
        {
          g_autoptr(AmaTrackingItem) item = g_list_model_get_item (items, k);
          AmaRecommendation *rec = ama_tracking_item_get_recommendation (item);
          AmaResponse *resp = ama_recommendation_get_response (rec);
          g_autofree char *due = date_iso (ama_tracking_item_get_due (item));
          g_autofree char *decision = NULL;
          g_autofree char *state = NULL;

          if (!officer_matches (item, officer))
            continue;
          if (outstanding_only && !ama_tracking_item_get_outstanding (item))
            continue;
          if (!header)
            {
              printf ("%s \u2014 %s, as of %s\n",
                      ama_review_get_id (review) ? ama_review_get_id (review) : files[i],
                      ama_review_get_title (review) ? ama_review_get_title (review) : "(untitled)",
                      as_of_iso);
              print_track_row ("No.", "Decision", "Status", "Due", "Officer", "");
              header = TRUE;
            }
          if (ama_tracking_item_get_decision (item) == AMA_DECISION_PENDING && resp != NULL &&
              ama_response_get_inferred_decision (resp) != AMA_DECISION_PENDING)
            decision = g_strdup_printf ("none recorded (reads %s)",
                                        enum_nick (AMA_TYPE_DECISION, ama_response_get_inferred_decision (resp)));
          else
            decision = g_strdup (ama_tracking_item_get_decision (item) == AMA_DECISION_PENDING
                                   ? "none recorded"
                                   : enum_nick (AMA_TYPE_DECISION, ama_tracking_item_get_decision (item)));
          if (ama_tracking_item_get_overdue (item))
            state = g_strdup_printf ("OVERDUE %d day%s", ama_tracking_item_get_days_overdue (item),
                                     ama_tracking_item_get_days_overdue (item) == 1 ? "" : "s");
          else if (ama_tracking_item_get_outstanding (item))
            state = g_strdup ("outstanding");
          else
            state = g_strdup ("");
          print_track_row (ama_recommendation_get_number (rec) ? ama_recommendation_get_number (rec) : "?",
                           decision,
                           enum_nick (AMA_TYPE_PROGRESS, ama_tracking_item_get_status (item)),
                           due,
                           ama_tracking_item_get_officer_name (item) ? ama_tracking_item_get_officer_name (item) : "-",
                           state);
          if (ama_tracking_item_get_reason (item) != NULL && ama_tracking_item_get_overdue (item))
            print_wrapped ("       ", "       ", ama_tracking_item_get_reason (item), 78);
          shown++;
          total++;
          if (ama_tracking_item_get_outstanding (item))
            outstanding++;
          if (ama_tracking_item_get_overdue (item))
            overdue++;
          if (ama_tracking_item_get_status (item) == AMA_PROGRESS_COMPLETED)
            completed++;
        }
      if (header)
        printf ("\n");

      if (by_officer)
        {
          g_autoptr(GListModel) groups = ama_review_group_by_officer (review, as_of);

          for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
            {
              g_autoptr(AmaOfficerActions) group = g_list_model_get_item (groups, g);
              GListModel *actions = ama_officer_actions_get_items (group);
              g_autoptr(GString) numbers = g_string_new (NULL);

              if (officer != NULL)
                {
                  g_autofree char *a = g_utf8_casefold (ama_officer_actions_get_name (group), -1);
                  g_autofree char *b = g_utf8_casefold (officer, -1);
                  if (!g_str_equal (a, b))
                    continue;
                }
              for (guint k = 0; k < g_list_model_get_n_items (actions); k++)
                {
                  g_autoptr(AmaTrackingItem) it = g_list_model_get_item (actions, k);
                  g_string_append_printf (numbers, "%s%s", k ? ", " : "",
                                          ama_recommendation_get_number (ama_tracking_item_get_recommendation (it)));
                }
              printf ("  %-24s %u outstanding (%s), %u overdue\n", ama_officer_actions_get_name (group),
                      g_list_model_get_n_items (actions), numbers->str,
                      ama_officer_actions_get_overdue_count (group));
            }
          if (g_list_model_get_n_items (groups) > 0)
            printf ("\n");
        }
    }

  printf ("%u recommendation%s: %u completed, %u outstanding, %u overdue (as of %s%s%s)\n",
          total, total == 1 ? "" : "s", completed, outstanding, overdue, as_of_iso,
          officer ? ", officer " : "", officer ? officer : "");
  return overdue > 0 ? EXIT_FINDINGS : 0;
}

/* ---- ama appraise ----------------------------------------------------- */

static const char *
_option_name (AmaAppraisal *appraisal,
              const char   *id)
{
  GListModel *options = ama_appraisal_get_options (appraisal);

  for (guint k = 0; k < g_list_model_get_n_items (options); k++)
    {
      g_autoptr(AmaOption) opt = g_list_model_get_item (options, k);
      if (g_strcmp0 (ama_option_get_id (opt), id) == 0 && ama_option_get_name (opt) != NULL)
        return ama_option_get_name (opt);   /* owned by the appraisal */
    }
  return id;
}

static void
on_smaa_progress (AmaAppraisalSmaa *smaa,
                  double            fraction,
                  gpointer          user_data)
{
  g_autofree char *what = g_strdup_printf ("SMAA: %.0f%% of %" G_GUINT64_FORMAT " samples",
                                           fraction * 100.0, ama_appraisal_smaa_get_n_samples (smaa));
  progress ((guint) (fraction * 100.0 + 0.5), 100, what);
}

static AmaAppraisalSmaaResult *
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

static void
print_acceptability (AmaAppraisal           *appraisal,
                     AmaAppraisalSmaaResult *smaa)
{
  const char * const *ids = ama_appraisal_smaa_result_get_option_ids (smaa);
  guint n_options = g_strv_length ((char **) ids);

  printf ("\nRank acceptability (SMAA-2, %" G_GUINT64_FORMAT " samples, seed %" G_GUINT64_FORMAT ")\n",
          ama_appraisal_smaa_result_get_n_samples (smaa), ama_appraisal_smaa_result_get_seed (smaa));
  printf ("  %-34s", "Option");
  for (guint r = 0; r < n_options && r < 8; r++)
    printf ("  rank%-2u", r + 1);
  printf ("  conf.\n");
  for (guint o = 0; o < n_options; o++)
    {
      guint n = 0;
      const double *acc = ama_appraisal_smaa_result_get_acceptability (smaa, ids[o], &n);
      const char *name = _option_name (appraisal, ids[o]);
      g_autofree char *cut = NULL;

      cut = g_utf8_strlen (name, -1) > 34 ? g_utf8_substring (name, 0, 34) : g_strdup (name);
      printf ("  %s%*s", cut, (int) (34 - g_utf8_strlen (cut, -1)), "");
      for (guint r = 0; r < n && r < 8; r++)
        printf (" %6.1f%%", acc[r] * 100.0);
      printf ("  %5.2f\n", ama_appraisal_smaa_result_get_confidence (smaa, ids[o]));
    }
  if (n_options > 8)
    printf ("  (ranks 9 to %u are in the HTML report: ama report --samples)\n", n_options);
}

static int
cmd_appraise (int    argc,
              char **argv)
{
  gint64 samples = 0;
  gint64 seed = 1;
  g_autofree char *weight_set = NULL;
  GOptionEntry entries[] = {
    { "samples", 'n', 0, G_OPTION_ARG_INT64, &samples, "Also run SMAA with N weight samples (default 0: weighted sum only)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the SMAA sampler (default 1): the same seed gives the same result", "S" },
    { "weight-set", 'w', 0, G_OPTION_ARG_STRING, &weight_set, "Rank with the weight set ID instead of the criteria's weights", "ID" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE");
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(AmaAppraisalResult) result = NULL;
  g_autoptr(GError) error = NULL;
  AmaAppraisalWeightSet *ws = NULL;
  AmaAppraisal *appraisal;
  GListModel *rankings;
  g_autofree char *explanation = NULL;
  int status = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_set_summary (context,
    "Rank the options of the review's appraisal by weighted sum, showing\n"
    "what each criterion contributed, and explain the result.");
  if (!parse_options (context, &argc, &argv, &status))
    return status;
  if (argc != 2)
    return usage_error (context, "expected one FILE, got %d", argc - 1);
  if (samples < 0)
    return usage_error (context, "--samples must not be negative");
  if (seed < 0)
    return usage_error (context, "--seed must not be negative");

  review = load_review (argv[1], AMA_IMPORT_FORMAT_UNKNOWN, NULL, &error);
  if (review == NULL)
    {
      print_load_error (argv[1], error);
      return EXIT_FINDINGS;
    }
  appraisal = ama_review_get_appraisal (review);
  if (appraisal == NULL)
    {
      fprintf (stderr, "%s: error: the review has no options appraisal\n", argv[1]);
      return EXIT_FINDINGS;
    }
  if (weight_set != NULL)
    {
      GListModel *sets = ama_appraisal_get_weight_sets (appraisal);
      for (guint i = 0; i < g_list_model_get_n_items (sets) && ws == NULL; i++)
        {
          g_autoptr(AmaAppraisalWeightSet) s = g_list_model_get_item (sets, i);
          if (g_strcmp0 (ama_appraisal_weight_set_get_id (s), weight_set) == 0)
            ws = s;   /* the appraisal keeps it alive */
        }
      if (ws == NULL)
        {
          fprintf (stderr, "%s: error: no weight set \u201c%s\u201d in the appraisal\n", argv[1], weight_set);
          return EXIT_FINDINGS;
        }
    }

  printf ("%s\n  %u options, %u criteria%s%s\n\n",
          ama_review_get_title (review) ? ama_review_get_title (review) : argv[1],
          g_list_model_get_n_items (ama_appraisal_get_options (appraisal)),
          g_list_model_get_n_items (ama_appraisal_get_criteria (appraisal)),
          ama_appraisal_get_preferred_option (appraisal) ? "; the review preferred " : "",
          ama_appraisal_get_preferred_option (appraisal)
            ? _option_name (appraisal, ama_appraisal_get_preferred_option (appraisal)) : "");

  /* The weighted sum needs weights; SMAA samples them, so an appraisal
   * without published weights can still be analysed with --samples. */
  result = ama_appraisal_evaluate (appraisal, ws, &error);
  if (result == NULL)
    {
      fflush (stdout);
      fprintf (stderr, "%s: %s: %s\n", argv[1], samples > 0 ? "note" : "error", error->message);
      if (samples == 0)
        {
          /* Say why, in the review's own words when it has them. */
          if (ama_appraisal_get_notes (appraisal) != NULL)
            print_wrapped ("No ranking. ", "", ama_appraisal_get_notes (appraisal), 78);
          return EXIT_FINDINGS;
        }
      g_clear_error (&error);
    }
  else
    {
      rankings = ama_appraisal_result_get_rankings (result);
      printf ("Weighted sum (0\u2013100)%s%s\n", ws ? ", weight set " : "", ws ? weight_set : "");
      for (guint i = 0; i < g_list_model_get_n_items (rankings); i++)
        {
          g_autoptr(AmaAppraisalRanking) r = g_list_model_get_item (rankings, i);
          const char *name = ama_appraisal_ranking_get_option_name (r);

          if (ama_appraisal_ranking_get_failed_gate (r) != NULL)
            printf ("   -  %-40s fails %s\n", name ? name : ama_appraisal_ranking_get_option_id (r),
                    ama_appraisal_ranking_get_failed_gate (r));
          else
            printf ("  %2u%s %-40s %6.1f\n", ama_appraisal_ranking_get_rank (r),
                    ama_appraisal_ranking_get_tied (r) ? "=" : ".",
                    name ? name : ama_appraisal_ranking_get_option_id (r),
                    ama_appraisal_ranking_get_value (r));
        }
      explanation = ama_appraisal_result_explain (result);
      if (explanation != NULL)
        {
          printf ("\n");
          print_wrapped ("", "", explanation, 78);
        }
    }

  if (samples > 0)
    {
      g_autoptr(AmaAppraisalSmaaResult) smaa = run_smaa (appraisal, (guint64) samples, (guint64) seed, &error);

      if (smaa == NULL)
        {
          fprintf (stderr, "%s: error: %s\n", argv[1], error->message);
          return EXIT_FINDINGS;
        }
      print_acceptability (appraisal, smaa);
    }
  return 0;
}

/* ---- ama help and dispatch ------------------------------------------ */

static void
print_usage (FILE *out)
{
  guint n;
  const Command *cmds = commands (&n);

  fprintf (out,
           "Usage:\n  ama COMMAND [OPTION\u2026] [ARGUMENT\u2026]\n\n"
           "Read, check, track and report on council scrutiny reviews.\n\n"
           "Commands:\n");
  for (guint i = 0; i < n; i++)
    fprintf (out, "  %-10s %s\n", cmds[i].name, cmds[i].summary);
  fprintf (out,
           "\nUse \u201cama COMMAND --help\u201d (or \u201cama help COMMAND\u201d) for a command\u2019s options.\n"
           "Exit status: 0 success, 1 findings or a file that could not be\n"
           "read or written, 2 bad usage.\n");
}

static const Command *
find_command (const char *name)
{
  guint n;
  const Command *cmds = commands (&n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (cmds[i].name, name) == 0)
      return &cmds[i];
  return NULL;
}

static int
run_command (const Command *cmd,
             int            argc,
             char         **argv)
{
  g_autofree char *prgname = g_strdup_printf ("ama %s", cmd->name);

  /* GOptionContext's usage line then reads "ama report [OPTION…] FILE". */
  g_set_prgname (prgname);
  return cmd->run (argc, argv);
}

static int
cmd_help (int    argc,
          char **argv)
{
  const Command *cmd;
  char *help_argv[] = { NULL, (char *) "--help", NULL };

  if (argc < 2)
    {
      print_usage (stdout);
      return 0;
    }
  cmd = find_command (argv[1]);
  if (cmd == NULL || cmd->run == cmd_help)
    {
      fprintf (stderr, "ama help: no command \u201c%s\u201d\n", argv[1]);
      return EXIT_USAGE;
    }
  help_argv[0] = argv[1];
  return run_command (cmd, 2, help_argv);
}

static const Command *
commands (guint *n)
{
  static const Command table[] = {
    { "import",   "Import a council document into the review format (JSON)", cmd_import },
    { "validate", "Check review documents; print file:line: severity: message", cmd_validate },
    { "show",     "Print a review as readable text", cmd_show },
    { "report",   "Write an HTML, Markdown, CSV or TSV report", cmd_report },
    { "track",    "Print where each recommendation stands", cmd_track },
    { "appraise", "Rank the options of a review's appraisal", cmd_appraise },
    { "ics",      "Write meetings and deadlines as iCalendar", cmd_ics },
    { "convert",  "Convert between JSON and CSV/TSV response tables", cmd_convert },
    { "help",     "Show help for a command", cmd_help },
  };

  *n = G_N_ELEMENTS (table);
  return table;
}

int
main (int    argc,
      char **argv)
{
  const Command *cmd;

  setlocale (LC_ALL, "");
  g_set_prgname ("ama");

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_usage (stdout);
      return 0;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("ama (libama) %s\n", AMA_VERSION_S);
      return 0;
    }
  cmd = find_command (argv[1]);
  if (cmd == NULL)
    {
      fprintf (stderr, "ama: \u201c%s\u201d is not a command\n\n", argv[1]);
      print_usage (stderr);
      return EXIT_USAGE;
    }
  return run_command (cmd, argc - 1, argv + 1);
}
