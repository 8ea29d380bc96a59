/* ama-tool.h: what every command of the ama tool shares
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each command is one file, ama-<command>.c, with one entry point
 * ama_cmd_<command>(); ama.c holds the command table and main(). What
 * more than one command needs (options, dates, loading files, writing
 * output, progress, diagnostics) is here and in ama-tool.c, once.
 */

#pragma once

#include <ama.h>

#include <stdio.h>

/* 0 success; 1 findings (validation errors, overdue actions, a document
 * that is not a review); 2 trouble: bad usage, or a file that could not
 * be read or written. A script can tell "the data has problems" from
 * "the run did not happen as asked". */
#define EXIT_FINDINGS 1
#define EXIT_TROUBLE 2
#define EXIT_USAGE EXIT_TROUBLE

/* The worse of two exit statuses. */
#define EXIT_WORSE(a, b) ((a) > (b) ? (a) : (b))

typedef struct
{
  const char *name;
  const char *summary;
  int (*run) (int argc, char **argv);
} Command;

/* The command table (ama.c). */
const Command *commands (guint *n);

gboolean progress_enabled (void);
void progress (guint done, guint total, const char *what);
void progress_clear (void);
int usage_error (GOptionContext *context, const char *format, ...);
gboolean parse_options (GOptionContext *context, int *argc, char ***argv, int *status);
GDateTime * parse_date (const char *text);
GDateTime * as_of_or_today (const char *text, GOptionContext *context, int *status);
const char * severity_name (AmaSeverity severity);
void print_diagnostic (FILE *out, const char *file, AmaDiagnostic *d);
gboolean looks_like_review_json (const char *data, gsize len);
const char * display_name (const char *path);
gboolean read_input (const char *path, char **data, gsize *len, GError **error);
int status_for_error (GError *error);
AmaReview * load_review (const char *path, AmaImportFormat format, GListStore *diagnostics, GError **error);
void set_document_name (AmaImporter *importer, const char *path);
void print_load_error_to (FILE *out, const char *path, GError *error);
void print_load_error (const char *path, GError *error);
gboolean write_output (const char *path, GBytes *bytes, GError **error);
void print_write_error (const char *path, GError *error);
int compare_paths (gconstpointer a, gconstpointer b);
GPtrArray * list_folder (const char *folder, GError **error);
GStrv files_from_args (int argc, char **argv, int *status);
GListStore * load_reviews (GStrv files, int *status, guint *n_failed);

/* What -o's extension asks for. */
typedef enum
{
  OUTPUT_NO_EXTENSION,   /* standard output, or a name without one */
  OUTPUT_KNOWN,
  OUTPUT_UNKNOWN,
} OutputKind;
GBytes * with_bom (GBytes *bytes);
OutputKind output_format_from_name (const char *output, gboolean *json, AmaReportFormat *format);
/* TRUE when @output (NULL or "-": standard output) names one of @files,
 * the same file by device and inode (links and other spellings too). */
gboolean output_is_input (const char *output, char **files);
void print_wrapped (const char *first, const char *indent, const char *text, guint width);
char * date_iso (GDateTime *d);
char * response_clock (AmaReview *review, GDateTime *as_of);
const char * enum_nick (GType type, int value);
void on_smaa_progress (AmaAppraisalSmaa *smaa, double fraction, gpointer user_data);
AmaAppraisalSmaaResult * run_smaa (AmaAppraisal *appraisal, guint64 samples, guint64 seed, GError **error);

/* One entry point per command, ama-<command>.c (help: ama.c). */
int ama_cmd_show (int argc, char **argv);
int ama_cmd_report (int argc, char **argv);
int ama_cmd_ics (int argc, char **argv);
int ama_cmd_convert (int argc, char **argv);
int ama_cmd_export (int argc, char **argv);
int ama_cmd_import (int argc, char **argv);
int ama_cmd_validate (int argc, char **argv);
int ama_cmd_track (int argc, char **argv);
int ama_cmd_merge (int argc, char **argv);
int ama_cmd_appraise (int argc, char **argv);
int ama_cmd_fetch (int argc, char **argv);
int ama_cmd_help (int argc, char **argv);
