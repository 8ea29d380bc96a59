/* ama-bench.c — benchmark driver: libama against the baselines a user
 * would pick instead, on the same bytes, in the same run
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every measurement runs in a fresh child process (this program again,
 * with --child, or the Python baseline), so that peak RSS (VmHWM) belongs
 * to that one operation and nothing earlier in the run warms or fragments
 * the heap. The child reads its input first (not timed: the bytes are the
 * same for every implementation), times only the operation, and prints
 *
 *   ok SECONDS PEAK_KB IDLE_KB COUNT
 *
 * where IDLE_KB is the RSS before the input was read and COUNT the number
 * of recommendations it saw (a check that every implementation did the
 * same work).
 *
 * Usage:
 *   ama-bench --corpus DIR --sizes 1000,10000 [--repeat 5] [--python PY]
 *             [--baseline baseline.py] [--markdown FILE] [--json FILE]
 *   ama-bench --child OP PATH      (internal)
 */

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <ama.h>

/* The date "track" asks about: overdue as of this day. Fixed, so runs
 * compare. */
#define AS_OF_YEAR  2019
#define AS_OF_MONTH 6
#define AS_OF_DAY   30

/* ------------------------------------------------------------------ */
/* Child side                                                          */
/* ------------------------------------------------------------------ */

static void
read_status (guint64 *rss_kb, guint64 *hwm_kb)
{
  g_autofree char *status = NULL;

  *rss_kb = *hwm_kb = 0;
  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return;
  for (char *line = status; line && *line; line = strchr (line, '\n') ? strchr (line, '\n') + 1 : NULL)
    {
      if (g_str_has_prefix (line, "VmRSS:"))
        *rss_kb = g_ascii_strtoull (line + 6, NULL, 10);
      else if (g_str_has_prefix (line, "VmHWM:"))
        *hwm_kb = g_ascii_strtoull (line + 6, NULL, 10);
    }
}

typedef struct
{
  char  *data;
  gsize  len;
} Input;

static void
input_clear (Input *in)
{
  g_clear_pointer (&in->data, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Input, input_clear)

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char * const *)a, *(char * const *)b);
}

/* The files of a folder corpus, sorted so every implementation walks
 * them in the same order. */
static GPtrArray *
list_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (files, g_build_filename (path, name, NULL));
  g_ptr_array_sort (files, compare_paths);
  return files;
}

static guint
count_recommendations (AmaReview *review)
{
  return g_list_model_get_n_items (ama_review_get_recommendations (review));
}

/* A ModernGov import gives meetings: their minuted resolutions stand in
 * for recommendations (the generator writes one per recommendation). */
static guint
count_resolutions (AmaReview *review)
{
  GListModel *meetings = ama_review_get_meetings (review);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(AmaMeeting) meeting = g_list_model_get_item (meetings, i);
      GListModel *items = ama_meeting_get_agenda_items (meeting);

      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(AmaAgendaItem) item = g_list_model_get_item (items, j);
          n += g_list_model_get_n_items (ama_agenda_item_get_resolutions (item));
        }
    }
  return n;
}

static guint
count_json_recommendations (JsonNode *root)
{
  JsonObject *obj = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  JsonArray *recs = obj && json_object_has_member (obj, "recommendations")
                    ? json_object_get_array_member (obj, "recommendations") : NULL;
  return recs ? json_array_get_length (recs) : 0;
}

static int
child_fail (const char *what)
{
  g_autofree char *flat = g_strdup (what);
  g_strdelimit (flat, "\n", ' ');
  g_print ("error %s\n", flat);
  return 0;
}

/* A document over the library's documented size limit, or an importer
 * this build lacks, is a result (the library refuses by design), not a
 * broken benchmark. */
static int
child_error (GError *error)
{
  if (g_error_matches (error, AMA_ERROR, AMA_ERROR_LIMIT) ||
      g_error_matches (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED_FORMAT))
    {
      g_autofree char *flat = g_strdup (error->message);
      g_strdelimit (flat, "\n", ' ');
      g_print ("refused %s\n", flat);
      return 0;
    }
  return child_fail (error->message);
}

static int
run_child (const char *op, const char *path)
{
  g_auto(Input) in = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) keep_nodes = g_ptr_array_new_with_free_func ((GDestroyNotify)json_node_unref);
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(JsonParser) parser = NULL;
  gboolean folder = g_file_test (path, G_FILE_TEST_IS_DIR);
  guint64 idle_kb, hwm_kb, rss_kb;
  gint64 start, end;
  struct timespec cpu_start, cpu_end;
  guint count = 0, findings = 0;

  /* Register the types and touch json-glib before the idle reading, so
   * that "idle" is a process that is ready to work. */
  g_type_ensure (AMA_TYPE_REVIEW);
  g_type_ensure (JSON_TYPE_PARSER);
  read_status (&idle_kb, &hwm_kb);

  if (folder)
    files = list_folder (path);
  else if (!g_file_get_contents (path, &in.data, &in.len, &error))
    return child_fail (error->message);

  /* Untimed preparation: the operations that work on loaded objects. */
  if (g_str_equal (op, "save") || g_str_equal (op, "validate") || g_str_equal (op, "track"))
    {
      if (folder)
        for (guint i = 0; i < files->len; i++)
          {
            g_autofree char *data = NULL;
            gsize len;
            AmaReview *r;
            if (!g_file_get_contents (files->pdata[i], &data, &len, &error))
              return child_fail (error->message);
            if (!(r = ama_review_new_from_data (data, len, &error)))
              return child_error (error);
            g_ptr_array_add (keep, r);
          }
      else if (!(review = ama_review_new_from_data (in.data, in.len, &error)))
        return child_error (error);
    }
  else if (g_str_equal (op, "glib-generate"))
    {
      if (folder)
        for (guint i = 0; i < files->len; i++)
          {
            g_autofree char *data = NULL;
            g_autoptr(JsonParser) p = json_parser_new_immutable ();
            gsize len;
            if (!g_file_get_contents (files->pdata[i], &data, &len, &error) ||
                !json_parser_load_from_data (p, data, len, &error))
              return child_fail (error->message);
            g_ptr_array_add (keep_nodes, json_node_ref (json_parser_get_root (p)));
          }
      else
        {
          parser = json_parser_new_immutable ();
          if (!json_parser_load_from_data (parser, in.data, in.len, &error))
            return child_fail (error->message);
        }
    }

  start = g_get_monotonic_time ();
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu_start);

  if (g_str_equal (op, "load"))
    {
      if (folder)
        for (guint i = 0; i < files->len; i++)
          {
            /* What ama_review_new_from_file does, kept explicit so the
             * baselines can do exactly the same. */
            g_autofree char *data = NULL;
            gsize len;
            AmaReview *r;
            if (!g_file_get_contents (files->pdata[i], &data, &len, &error))
              return child_fail (error->message);
            if (!(r = ama_review_new_from_data (data, len, &error)))
              return child_fail (error->message);
            count += count_recommendations (r);
            g_ptr_array_add (keep, r);
          }
      else
        {
          if (!(review = ama_review_new_from_data (in.data, in.len, &error)))
            return child_error (error);
          count = count_recommendations (review);
        }
    }
  else if (g_str_equal (op, "save"))
    {
      if (folder)
        for (guint i = 0; i < keep->len; i++)
          {
            gsize len;
            g_autofree char *out = ama_review_to_data (keep->pdata[i], &len);
            count += count_recommendations (keep->pdata[i]);
          }
      else
        {
          gsize len;
          g_autofree char *out = ama_review_to_data (review, &len);
          count = count_recommendations (review);
          /* The corpus was written by the library: saving what was
           * loaded must give the same bytes, or we timed the wrong thing. */
          if (len != in.len || memcmp (out, in.data, len) != 0)
            return child_fail ("save did not reproduce the input bytes");
        }
    }
  else if (g_str_equal (op, "validate") || g_str_equal (op, "track"))
    {
      g_autoptr(GDateTime) as_of = g_date_time_new_utc (AS_OF_YEAR, AS_OF_MONTH, AS_OF_DAY, 0, 0, 0);
      gboolean validate = g_str_equal (op, "validate");

      if (!folder)
        g_ptr_array_add (keep, g_object_ref (review));
      for (guint i = 0; i < keep->len; i++)
        {
          /* Kept alive to the end, as a caller listing them would. */
          GListModel *found = validate ? ama_review_validate (keep->pdata[i], as_of)
                                       : ama_review_get_overdue (keep->pdata[i], as_of, NULL);
          findings += g_list_model_get_n_items (found);
          g_ptr_array_add (lists, found);
          count += count_recommendations (keep->pdata[i]);
        }
    }
  else if (g_str_equal (op, "import-tsv") || g_str_equal (op, "import-xml"))
    {
      g_autoptr(AmaImporter) importer = ama_importer_new ();
      g_autoptr(GDateTime) reference = g_date_time_new_utc (2017, 11, 1, 0, 0, 0);

      ama_importer_set_format (importer, g_str_equal (op, "import-tsv") ? AMA_IMPORT_FORMAT_TSV
                                                                         : AMA_IMPORT_FORMAT_MODERNGOV);
      ama_importer_set_reference_date (importer, reference);
      if (!(review = ama_importer_import_data (importer, in.data, in.len, &error)))
        return child_error (error);
      count = count_recommendations (review) + count_resolutions (review);
      findings = g_list_model_get_n_items (ama_importer_get_diagnostics (importer));
    }
  else if (g_str_equal (op, "glib-parse"))
    {
      if (folder)
        for (guint i = 0; i < files->len; i++)
          {
            g_autofree char *data = NULL;
            g_autoptr(JsonParser) p = json_parser_new_immutable ();
            gsize len;
            if (!g_file_get_contents (files->pdata[i], &data, &len, &error) ||
                !json_parser_load_from_data (p, data, len, &error))
              return child_fail (error->message);
            count += count_json_recommendations (json_parser_get_root (p));
            g_ptr_array_add (keep_nodes, json_node_ref (json_parser_get_root (p)));
          }
      else
        {
          parser = json_parser_new_immutable ();
          if (!json_parser_load_from_data (parser, in.data, in.len, &error))
            return child_fail (error->message);
          count = count_json_recommendations (json_parser_get_root (parser));
        }
    }
  else if (g_str_equal (op, "glib-generate"))
    {
      /* The same settings as the library's writer: two-space indent. */
      g_autoptr(JsonGenerator) gen = json_generator_new ();
      json_generator_set_pretty (gen, TRUE);
      json_generator_set_indent (gen, 2);
      if (folder)
        for (guint i = 0; i < keep_nodes->len; i++)
          {
            gsize len;
            g_autofree char *out = NULL;
            json_generator_set_root (gen, keep_nodes->pdata[i]);
            out = json_generator_to_data (gen, &len);
            count += count_json_recommendations (keep_nodes->pdata[i]);
          }
      else
        {
          gsize len;
          g_autofree char *out = NULL;
          json_generator_set_root (gen, json_parser_get_root (parser));
          out = json_generator_to_data (gen, &len);
          count = count_json_recommendations (json_parser_get_root (parser));
        }
    }
  else
    {
      g_autofree char *msg = g_strdup_printf ("unknown operation %s", op);
      return child_fail (msg);
    }

  end = g_get_monotonic_time ();
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu_end);
  read_status (&rss_kb, &hwm_kb);
  g_print ("ok %.6f %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %u %u %.6f\n",
           (end - start) / 1e6, hwm_kb, idle_kb, count, findings,
           (cpu_end.tv_sec - cpu_start.tv_sec) + (cpu_end.tv_nsec - cpu_start.tv_nsec) / 1e9);
  return 0;
}

/* ------------------------------------------------------------------ */
/* Driver side                                                         */
/* ------------------------------------------------------------------ */

typedef enum
{
  INPUT_JSON,   /* single-N.json, or folder-N/ */
  INPUT_TSV,    /* responses-N.tsv */
  INPUT_XML,    /* moderngov-N.xml */
} InputKind;

typedef struct
{
  const char *op;       /* the operation, as the user sees it */
  const char *impl;     /* libama, json-glib, python */
  const char *child_op; /* what the child is asked to do */
  InputKind   input;
} Job;

static const Job jobs[] = {
  { "load", "libama", "load", INPUT_JSON },
  { "load", "json-glib", "glib-parse", INPUT_JSON },
  { "load", "python", "load", INPUT_JSON },
  { "save", "libama", "save", INPUT_JSON },
  { "save", "json-glib", "glib-generate", INPUT_JSON },
  { "save", "python", "save", INPUT_JSON },
  { "validate", "libama", "validate", INPUT_JSON },
  { "validate", "python", "validate", INPUT_JSON },
  { "track", "libama", "track", INPUT_JSON },
  { "track", "python", "track", INPUT_JSON },
  { "import TSV", "libama", "import-tsv", INPUT_TSV },
  { "import ModernGov", "libama", "import-xml", INPUT_XML },
};

typedef struct
{
  guint   size;
  gboolean folder;
  const Job *job;
  char   *error;
  char   *refused;   /* refused by a documented limit: a result, not a failure */
  GArray *seconds;   /* wall time */
  GArray *cpu;       /* CPU time of the process during the operation */
  GArray *peak_kb;   /* peak minus idle */
  guint   count;
  guint   findings;  /* diagnostics, overdue items: a check that the
                        implementations agree */
  guint64 bytes;
} Result;

static void
result_free (Result *r)
{
  g_free (r->error);
  g_free (r->refused);
  g_array_unref (r->seconds);
  g_array_unref (r->cpu);
  g_array_unref (r->peak_kb);
  g_free (r);
}

static int
cmp_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_autoptr(GArray) sorted = NULL;
  guint n = values->len;

  if (n == 0)
    return NAN;
  sorted = g_array_copy (values);
  g_array_sort (sorted, cmp_double);
  return n % 2 ? g_array_index (sorted, double, n / 2)
               : (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

static double
best (GArray *values)
{
  double m = INFINITY;
  for (guint i = 0; i < values->len; i++)
    m = MIN (m, g_array_index (values, double, i));
  return m;
}

static guint64
path_bytes (const char *path)
{
  guint64 total = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GPtrArray) files = list_folder (path);
      for (guint i = 0; i < files->len; i++)
        total += path_bytes (files->pdata[i]);
      return total;
    }
  else
    {
      GStatBuf st;
      return g_stat (path, &st) == 0 ? (guint64)st.st_size : 0;
    }
  return total;
}

static char *self_path;
static char *python;
static char *baseline;

static void
run_one (Result *r, const char *path)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  double seconds;
  guint64 peak, idle;
  guint count, findings = 0;
  double cpu;

  if (g_str_equal (r->job->impl, "python"))
    {
      g_ptr_array_add (argv, python);
      g_ptr_array_add (argv, baseline);
    }
  else
    {
      g_ptr_array_add (argv, self_path);
      g_ptr_array_add (argv, "--child");
    }
  g_ptr_array_add (argv, (char *)r->job->child_op);
  g_ptr_array_add (argv, (char *)path);
  g_ptr_array_add (argv, NULL);

  if (!g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, &err, &status, &error))
    {
      g_free (r->error);
      r->error = g_strdup (error->message);
      return;
    }
  if (!g_spawn_check_wait_status (status, &error))
    {
      g_free (r->error);
      r->error = g_strdup_printf ("%s: %s", error->message, err ? g_strstrip (err) : "");
      return;
    }
  if (g_str_has_prefix (out, "refused "))
    {
      g_free (r->refused);
      r->refused = g_strdup (g_strstrip (out + 8));
      return;
    }
  if (g_str_has_prefix (out, "error "))
    {
      g_free (r->error);
      r->error = g_strdup (g_strstrip (out + 6));
      return;
    }
  if (sscanf (out, "ok %lf %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %u %u %lf", &seconds, &peak, &idle, &count, &findings, &cpu) != 6)
    {
      g_free (r->error);
      r->error = g_strdup_printf ("unreadable child output: %s", out);
      return;
    }
  {
    double delta = peak > idle ? (double)(peak - idle) : 0;
    g_array_append_val (r->seconds, seconds);
    g_array_append_val (r->cpu, cpu);
    g_array_append_val (r->peak_kb, delta);
  }
  r->count = count;
  r->findings = findings;
}

static Result *
find_result (GPtrArray *results, guint size, gboolean folder, const char *op, const char *impl)
{
  for (guint i = 0; i < results->len; i++)
    {
      Result *r = results->pdata[i];
      if (r->size == size && r->folder == folder &&
          g_str_equal (r->job->op, op) && g_str_equal (r->job->impl, impl))
        return r;
    }
  return NULL;
}

static const char *
corpus_name (Result *r)
{
  switch (r->job->input)
    {
    case INPUT_TSV: return "TSV";
    case INPUT_XML: return "XML";
    case INPUT_JSON:
    default:
      return r->folder ? "folder" : "single";
    }
}

static void
print_report (GString *md, GPtrArray *results, guint *sizes, guint n_sizes, int repeat)
{
  g_string_append_printf (md, "Each figure: %d runs, each in a fresh process; median (best). MB/s and recs/s from the median wall time.\n"
                          "CPU time is the process's own (CLOCK_PROCESS_CPUTIME_ID): on a shared machine it is far less\n"
                          "disturbed by other work than wall time, so the first ratio table uses it.\n"
                          "Peak RSS is VmHWM minus the RSS of the idle process before it read its input\n"
                          "(so it includes the input bytes held in memory).\n\n", repeat);
  g_string_append (md, "| corpus | recs | MB | operation | implementation | median s | best s | median CPU s | MB/s | recs/s | peak RSS MB | RSS ÷ file | findings |\n");
  g_string_append (md, "|---|---:|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  for (guint i = 0; i < results->len; i++)
    {
      Result *r = results->pdata[i];
      double mb = r->bytes / 1e6;
      if (r->error || r->refused || r->seconds->len == 0)
        {
          g_string_append_printf (md, "| %s | %u | %.1f | %s | %s | %s: %s ||||||||\n",
                                  corpus_name (r), r->size, mb,
                                  r->job->op, r->job->impl, r->refused ? "refused" : "failed",
                                  r->refused ? r->refused : r->error ? r->error : "no runs");
          continue;
        }
      {
        double med = median (r->seconds), bst = best (r->seconds);
        double rss = median (r->peak_kb) * 1024 / 1e6;
        g_string_append_printf (md, "| %s | %u | %.1f | %s | %s | %.4f | %.4f | %.4f | %.1f | %.0f | %.1f | %.2f | %u |\n",
                                corpus_name (r), r->size, mb, r->job->op, r->job->impl,
                                med, bst, median (r->cpu), mb / med, r->count / med, rss, rss / mb, r->findings);
      }
    }

  /* Ratios twice: of medians, and of best runs. On a shared machine the
   * best run is the one least disturbed by others. */
  for (int use_best = 0; use_best <= 2; use_best++)
    {
      g_string_append_printf (md, "\n### Ratios (same run, same bytes; %s)\n\n"
                              "| corpus | recs | load ÷ json-glib parse (target ≤ 2.0) | save ÷ json-glib generate (target ≤ 1.5) "
                              "| python load ÷ load (target ≥ 3) | python save ÷ save | python validate ÷ validate (target ≥ 3) "
                              "| python track ÷ track | load peak RSS ÷ file (target ≤ 4) |\n"
                              "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n",
                              use_best == 0 ? "CPU time, median ÷ median" :
                              use_best == 1 ? "wall time, median ÷ median" : "wall time, best ÷ best");
      for (int folder = 0; folder <= 1; folder++)
        for (guint s = 0; s < n_sizes; s++)
          {
            Result *load = find_result (results, sizes[s], folder, "load", "libama");
            Result *parse = find_result (results, sizes[s], folder, "load", "json-glib");
            Result *pload = find_result (results, sizes[s], folder, "load", "python");
            Result *save = find_result (results, sizes[s], folder, "save", "libama");
            Result *gen = find_result (results, sizes[s], folder, "save", "json-glib");
            Result *psave = find_result (results, sizes[s], folder, "save", "python");
            Result *val = find_result (results, sizes[s], folder, "validate", "libama");
            Result *pval = find_result (results, sizes[s], folder, "validate", "python");
            Result *trk = find_result (results, sizes[s], folder, "track", "libama");
            Result *ptrk = find_result (results, sizes[s], folder, "track", "python");
#define M(r) ((r) && !(r)->error && !(r)->refused && (r)->seconds->len ? \
              (use_best == 0 ? median ((r)->cpu) : use_best == 1 ? median ((r)->seconds) : best ((r)->seconds)) : NAN)
            g_string_append_printf (md, "| %s | %u | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |\n",
                                    folder ? "folder" : "single", sizes[s],
                                    M (load) / M (parse), M (save) / M (gen),
                                    M (pload) / M (load), M (psave) / M (save),
                                    M (pval) / M (val), M (ptrk) / M (trk),
                                    M (load) > 0 ? median (load->peak_kb) * 1024 / (double)load->bytes : NAN);
#undef M
          }
    }

  /* The baselines must do the same work: the same number of findings. */
  {
    gboolean all_agree = TRUE;

    for (guint i = 0; i < results->len; i++)
      {
        Result *r = results->pdata[i];
        Result *lib;

        if (!g_str_equal (r->job->impl, "python") || r->seconds->len == 0)
          continue;
        lib = find_result (results, r->size, r->folder, r->job->op, "libama");
        if (lib == NULL || lib->seconds->len == 0 || lib->findings == r->findings)
          continue;
        g_string_append_printf (md, "\n**Findings disagree**: %s %s, %u recommendations: libama %u, python %u\n",
                                corpus_name (r), r->job->op, r->size, lib->findings, r->findings);
        all_agree = FALSE;
      }
    if (all_agree)
      g_string_append (md, "\nThe Python baseline found exactly what libama found (diagnostics, overdue items) in every comparison.\n");
  }

  /* Linearity: t ∝ n^k between consecutive sizes; k ≈ 1 is linear. */
#define M(r) ((r) && !(r)->error && !(r)->refused && (r)->seconds->len ? \
              (use_best == 0 ? median ((r)->cpu) : use_best == 1 ? median ((r)->seconds) : best ((r)->seconds)) : NAN)
  g_string_append (md, "\n### Scaling exponent k (time ∝ recs^k between consecutive sizes; 1.00 is linear; from median CPU time, and from best wall time in brackets)\n\n"
                   "| corpus | operation | implementation |");
  for (guint s = 1; s < n_sizes; s++)
    g_string_append_printf (md, " %u→%u |", sizes[s - 1], sizes[s]);
  g_string_append (md, "\n|---|---|---|");
  for (guint s = 1; s < n_sizes; s++)
    g_string_append (md, "---:|");
  g_string_append (md, "\n");
  for (int folder = 0; folder <= 1; folder++)
    for (guint j = 0; j < G_N_ELEMENTS (jobs); j++)
      {
        if (folder && jobs[j].input != INPUT_JSON)
          continue;
        g_string_append_printf (md, "| %s | %s | %s |",
                                jobs[j].input == INPUT_TSV ? "TSV" : jobs[j].input == INPUT_XML ? "XML" :
                                folder ? "folder" : "single", jobs[j].op, jobs[j].impl);
        for (guint s = 1; s < n_sizes; s++)
          {
            Result *a = find_result (results, sizes[s - 1], folder, jobs[j].op, jobs[j].impl);
            Result *b = find_result (results, sizes[s], folder, jobs[j].op, jobs[j].impl);
            double span = log ((double)sizes[s] / sizes[s - 1]);
            int use_best = 0;
            double k = log (M (b) / M (a)) / span;
            double kb;
            use_best = 2;
            kb = log (M (b) / M (a)) / span;
            g_string_append_printf (md, " %.2f (%.2f) |", k, kb);
          }
        g_string_append (md, "\n");
      }
#undef M
}

int
main (int argc, char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— benchmark libama against json-glib and Python");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify)result_free);
  g_autoptr(GString) md = g_string_new (NULL);
  g_autofree char *corpus = NULL;
  g_autofree char *sizes_arg = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *child = NULL;
  g_auto(GStrv) size_strs = NULL;
  g_autofree guint *sizes = NULL;
  gboolean no_python = FALSE;
  int repeat = 5;
  guint n_sizes;
  GOptionEntry entries[] = {
    { "child", 0, 0, G_OPTION_ARG_STRING, &child, "Run one measurement (internal)", "OP" },
    { "corpus", 'c', 0, G_OPTION_ARG_FILENAME, &corpus, "Corpus folder written by ama-bench-gen", "DIR" },
    { "sizes", 's', 0, G_OPTION_ARG_STRING, &sizes_arg, "Comma-separated sizes (default 1000,10000,100000)", "N,N" },
    { "repeat", 'r', 0, G_OPTION_ARG_INT, &repeat, "Runs per measurement (default 5)", "N" },
    { "python", 0, 0, G_OPTION_ARG_FILENAME, &python, "Python for the baseline (default /usr/bin/python3)", "PATH" },
    { "baseline", 0, 0, G_OPTION_ARG_FILENAME, &baseline, "The Python baseline script", "PATH" },
    { "no-python", 0, 0, G_OPTION_ARG_NONE, &no_python, "Skip the Python baseline", NULL },
    { "markdown", 'm', 0, G_OPTION_ARG_FILENAME, &markdown, "Also write the report here", "FILE" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("ama-bench: %s\n", error->message);
      return 2;
    }

  if (child != NULL)
    {
      if (argc != 2)
        {
          g_printerr ("ama-bench: --child OP PATH\n");
          return 2;
        }
      return run_child (child, argv[1]);
    }

  if (corpus == NULL)
    {
      g_printerr ("ama-bench: --corpus is required\n");
      return 2;
    }
  if (python == NULL)
    python = g_strdup ("/usr/bin/python3");
  if (baseline == NULL)
    baseline = g_build_filename (AMA_BENCH_SRCDIR, "baseline.py", NULL);
  self_path = g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE) && strchr (argv[0], '/')
              ? g_canonicalize_filename (argv[0], NULL) : g_find_program_in_path (argv[0]);

  size_strs = g_strsplit (sizes_arg ? sizes_arg : "1000,10000,100000", ",", -1);
  n_sizes = g_strv_length (size_strs);
  sizes = g_new0 (guint, n_sizes);
  for (guint s = 0; s < n_sizes; s++)
    {
      guint64 v;
      if (!g_ascii_string_to_unsigned (size_strs[s], 10, 1, G_MAXUINT, &v, &error))
        {
          g_printerr ("ama-bench: --sizes: %s\n", error->message);
          return 2;
        }
      sizes[s] = v;
    }

  for (guint s = 0; s < n_sizes; s++)
    for (int folder = 0; folder <= 1; folder++)
      {
        g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
        guint first = results->len;

        for (guint j = 0; j < G_N_ELEMENTS (jobs); j++)
          {
            Result *r;
            char *path;

            if (no_python && g_str_equal (jobs[j].impl, "python"))
              continue;
            /* The imports read their own inputs, once per size. */
            if (folder && jobs[j].input != INPUT_JSON)
              continue;
            switch (jobs[j].input)
              {
              case INPUT_TSV:
                path = g_strdup_printf ("%s/responses-%u.tsv", corpus, sizes[s]);
                break;
              case INPUT_XML:
                path = g_strdup_printf ("%s/moderngov-%u.xml", corpus, sizes[s]);
                break;
              case INPUT_JSON:
              default:
                path = folder ? g_strdup_printf ("%s/folder-%u", corpus, sizes[s])
                              : g_strdup_printf ("%s/single-%u.json", corpus, sizes[s]);
                break;
              }
            r = g_new0 (Result, 1);
            r->size = sizes[s];
            r->folder = folder;
            r->job = &jobs[j];
            r->seconds = g_array_new (FALSE, FALSE, sizeof (double));
            r->cpu = g_array_new (FALSE, FALSE, sizeof (double));
            r->peak_kb = g_array_new (FALSE, FALSE, sizeof (double));
            r->bytes = path_bytes (path);
            g_ptr_array_add (results, r);
            g_ptr_array_add (paths, path);
          }

        /* Round-robin over the implementations so that whatever else the
         * machine is doing hits them all alike. */
        for (int rep = 0; rep < repeat; rep++)
          for (guint i = first; i < results->len; i++)
            {
              Result *r = results->pdata[i];
              if (r->error == NULL && r->refused == NULL)
                run_one (r, paths->pdata[i - first]);
            }
        g_printerr ("done: %u recommendations, %s\n", sizes[s], folder ? "folder" : "single file");
      }

  print_report (md, results, sizes, n_sizes, repeat);
  /* UTF-8 as is: g_print would transliterate to the locale. */
  fwrite (md->str, 1, md->len, stdout);
  if (markdown && !g_file_set_contents (markdown, md->str, md->len, &error))
    {
      g_printerr ("ama-bench: %s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < results->len; i++)
    if (((Result *)results->pdata[i])->error)
      return 1;
  return 0;
}
