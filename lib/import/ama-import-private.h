/* ama-import-private.h: what every importer shares
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "ama-blocks-private.h"
#include "ama-enums.h"
#include "ama-person.h"
#include "ama-response.h"
#include "ama-review.h"
#include "ama-names-private.h"
#include "ama-text-private.h"

G_BEGIN_DECLS

/* One import in progress. Each format's parser fills @review with what
 * the document covers and reports, through _ama_import_diag_line() (or
 * _ama_import_diag() for a message that is not about one line), every
 * repair it made and every piece of text it could not place (text that
 * fits no field is kept verbatim somewhere or reported, never dropped). */
typedef struct
{
  AmaReview  *review;       /* the result being built (owned) */
  GListStore *diagnostics;  /* of AmaDiagnostic (owned) */
  GDateTime  *reference;    /* context for dates written without a year; may be NULL */
  /* Provenance (_ama_import_set_source()): the document's URI or file
   * name (NULL when not known), and for text rendered from a structured
   * document the place each line of that text came from (index 0 for
   * line 1; NULL when the text is the source itself, whose line numbers
   * are the place). Borrowed. */
  const char *document;
  GArray     *places;       /* of AmaBlockPlace */
} AmaImportContext;

/* Records on @object (an AmaRecommendation, AmaResponse, AmaResolution,
 * AmaAgendaItem or AmaMeeting, anything with a "source" property) that
 * it was read from line @line of the text the interpreter was handed:
 * the document, and that line's page/line/row/column when the text was
 * rendered from blocks. Does nothing for @line 0 without a document. */
void      _ama_import_set_source (AmaImportContext *ctx,
                                  gpointer          object,
                                  guint             line);

void      _ama_import_diag (AmaImportContext *ctx,
                            AmaSeverity       severity,
                            const char       *code,
                            guint             line,
                            guint             column,
                            const char       *path,
                            const char       *format,
                            ...) G_GNUC_PRINTF (7, 8);

/* The same, with the message opening "line @line: " — the place every
 * diagnostic of a line-based source names first. @format must be a
 * string literal; @line is evaluated twice, so pass a plain value. */
#define _ama_import_diag_line(ctx, severity, code, line, column, path, format, ...) \
  _ama_import_diag ((ctx), (severity), (code), (line), (column), (path), \
                    "line %u: " format, (guint) (line), ##__VA_ARGS__)

/* Returns UTF-8 text with a BOM removed, CRLF/CR as LF, non-breaking
 * spaces as spaces and Latin-1 / Windows-1252 bytes converted (each
 * conversion reported as a diagnostic); NUL bytes are an
 * AMA_ERROR_ENCODING error naming line and column. */
char     *_ama_import_normalise_text (AmaImportContext *ctx,
                                      const char       *data,
                                      gssize            length,
                                      GError          **error);

/* The character a Windows-1252 byte stands for (the five bytes it
 * leaves undefined read as their Latin-1 C1 controls); shared by the
 * text normaliser and the HTML reader. */
gunichar  _ama_import_cp1252_char    (guchar            c);

/* FALSE with an error for numbered text that is not a list of
 * recommendations: a cover sheet the summary reader does not know
 * (AMA_ERROR_AMBIGUOUS). For text that detection sent to the pdf-text
 * reader, plain or read from a document's blocks. */
gboolean  _ama_import_check_numbered_text (const char  *data,
                                           gsize        length,
                                           GError     **error);

/* One per format. Each takes normalised text (except ModernGov XML,
 * which takes the raw bytes for libxml2) and returns FALSE with an
 * AMA_ERROR (AMA_ERROR_PARSE naming the line) when the text is not of
 * its format at all. */
/* A table copied one cell per line, rewritten as the TSV the
 * delimited reader reads; NULL when @text is not such a table. */
char     *_ama_import_cells_on_lines (const char *text);

gboolean  _ama_import_delimited   (AmaImportContext *ctx,
                                   const char       *text,
                                   char              delimiter,
                                   GError          **error);
gboolean  _ama_import_pdf_text    (AmaImportContext *ctx,
                                   const char       *text,
                                   GError          **error);
gboolean  _ama_import_minutes     (AmaImportContext *ctx,
                                   const char       *text,
                                   GError          **error);
gboolean  _ama_import_summary_sheet (AmaImportContext *ctx,
                                     const char       *text,
                                     GError          **error);

/* Any other council's report cover ("Report of:", "Date:", "Title of
 * Report:", "Recommendations"), as one summary-sheet document
 * (ama-import-cover.c); the score is how many of its fields the first
 * lines of @text label. */
gboolean  _ama_import_cover_sheet (AmaImportContext *ctx,
                                   const char       *text,
                                   GError          **error);
guint     _ama_import_cover_sheet_score (const char *text);
gboolean  _ama_import_annex       (AmaImportContext *ctx,
                                   const char       *text,
                                   GError          **error);
gboolean  _ama_import_moderngov   (AmaImportContext *ctx,
                                   const char       *data,
                                   gsize             length,
                                   GError          **error);
/* OParl JSON (ama-import-oparl.c) builds its review from the objects it
 * reads, with the review format's reader, so it returns that review
 * (which replaces ctx->review) instead of filling ctx->review. */
AmaReview *_ama_import_oparl      (AmaImportContext *ctx,
                                   const char       *data,
                                   gsize             length,
                                   GError          **error);

/* A structured document (lib/import/ama-import-blocks.c): its response
 * tables to the delimited reader, else its text to the interpreter the
 * content detection picks. */
gboolean  _ama_import_blocks      (AmaImportContext *ctx,
                                   AmaBlockDoc      *doc,
                                   GError          **error);


/* ---- Shared helpers (lib/ama-import-common.c) -------------------------
 *
 * Diagnostic codes are kebab-case and stable (tests match them). */

/* "monday" … "sunday": the one list of day names, in the order of
 * g_date_time_get_day_of_week() (index + 1). */
extern const char * const _ama_import_day_names[7];

/* A UK date at the start of @text: "18 October 2017", "14th November
 * 2016", "Tuesday 3rd May 2016", "18th November" (year from
 * @reference, or NULL without one), "3 May, 2016", "18/10/2017",
 * "18/10/17", "2017-10-18". On success returns a date-only GDateTime
 * and, when @end is given, where the date ends in @text; *@year_guessed
 * tells that the year came from @reference. NULL when @text does not
 * start with a date. */
GDateTime *_ama_import_parse_date       (const char        *text,
                                         GDateTime         *reference,
                                         const char       **end,
                                         gboolean          *year_guessed);

/* Looks for the first date anywhere in @text ("Council – 18 October
 * 2017"); @start/@end (optional) receive its extent. */
GDateTime *_ama_import_find_date        (const char        *text,
                                         GDateTime         *reference,
                                         const char       **start,
                                         const char       **end);

/* The one reader of a person's name for every importer.
 * "Cllr Maggi Clark" → name "Maggi Clark", honorific "Cllr";
 * "Councillor Clark", "Sir Ian Kennedy", "Mrs J. Smith", "Dr X";
 * an office and a title together: "Councillor Mrs Shields" →
 * honorific "Councillor Mrs"; a plural office names one of several:
 * "Councillors Cussons" → "Councillor";
 * "Caroline Webb, Senior Scrutiny Advisor" → role after the comma.
 * The honorific is kept as written (without a final '.'), the name
 * without the sentence's final punctuation. NULL for blank text. */
AmaPerson *_ama_import_parse_person     (const char        *text);

/* TRUE for "N.F.A required", "NFA", "No further action (required)". */
gboolean   _ama_import_is_nfa           (const char        *text);

/* TRUE when @text reads like a person's name (2–4 capitalised words,
 * optional honorific), as opposed to a job title or prose. */
gboolean   _ama_import_looks_like_name  (const char        *text);

/* The length of the bullet opening @s (a glyph Word or a PDF
 * extractor writes for a list item — U+F0B7, U+F0A7, •, ·, ▪, ● — or
 * "- ", "* "), 0 when none. The one list of bullets for every
 * importer; a format adds its own ("o " in minutes) around it. */
gsize      _ama_import_bullet_at        (const char        *s);

/* Collapses runs of spaces/tabs to one space and trims each line;
 * keeps line breaks (a vertical tab, Word's manual line break, is one)
 * but not blank lines. Table cells and minutes paragraphs both go
 * through it (Word's tab stops arrive as runs of spaces). */
char      *_ama_import_clean_cell       (const char        *text);
/* One line of a text document as the line readers (proceedings,
 * decision records, covers) take it: cleaned as a cell, a vertical tab
 * or tab a space, trimmed; "" for a blank line. */
char      *_ama_import_clean_line       (const char        *raw);

/* Joins lines wrapped by a PDF extractor: single spaces between lines,
 * "self-\nimproving" kept as "self-improving". */
char      *_ama_import_join_lines       (const char        *text);

/* The decision the opening words of @text state (the rules of
 * ama_decision_infer()); *@rest receives where the phrase ends. */
AmaDecision _ama_import_decision_prefix (const char       *text,
                                         const char      **rest);

/* Reads an "officer responsible" cell into @response: a name (or a
 * job title / body, kept as the person's role), "N.F.A required" (sets
 * no-further-action, reported with the verbatim text), several owners
 * ("A / B", "A and B": the first becomes the officer and the whole cell
 * is appended to the response text under @label). People created are
 * appended to @people (with @line to @lines) for
 * _ama_import_normalise_people(). */
void       _ama_import_officer_cell     (AmaImportContext  *ctx,
                                         AmaResponse       *response,
                                         const char        *text,
                                         const char        *label,
                                         guint              line,
                                         GPtrArray         *people,
                                         GArray            *lines);

/* Appends "@label: @text" as a new paragraph of the response text. */
void       _ama_import_append_note      (AmaResponse       *response,
                                         const char        *label,
                                         const char        *text);

/* A recommendation's label at the start of @text ("2.", "2)", "3a.",
 * "(a)", "a)", "A.", "R2", "Recommendation 2:"), or NULL; *@rest
 * receives the text after it. */
char      *_ama_import_parse_label      (const char        *text,
                                         const char       **rest);

/* The label after @prev ("2" after "1", "c" after "b", "C" after
 * "B"), or NULL when @prev is NULL or has none ("z", "iv", ""). */
char      *_ama_import_label_after      (const char        *prev);

/* The same, numbering by @position when there is no successor. */
char      *_ama_import_next_label       (const char        *prev,
                                         guint              position);

/* The decision a response records in its opening word when a table has
 * no decision column ("Agreed - this will be provided"); PENDING when
 * the phrase runs on into a sentence ("We agree that…"). */
AmaDecision _ama_import_decision_opening (const char       *text);

/* A response document's title line ("Cabinet's Response to Scrutiny
 * Review of X"): adds an AmaDocument of kind RESPONSE with it and, when
 * the review has no title yet, titles the review "X". */
void       _ama_import_response_title   (AmaImportContext  *ctx,
                                         const char        *title);

/* Completes a response once its cells are read: a deferred response
 * that names a date ("Deferred until 14th November 2016") gets it as
 * reconsider-on ("reconsider-on-found"). */
void       _ama_import_finish_response  (AmaImportContext  *ctx,
                                         AmaResponse       *response,
                                         guint              line);

/* OCR confusions in people's names ("lan Thomas" for "Ian Thomas", 0/O,
 * rn/m, l/I): each person in @people (AmaPerson) whose name is another
 * name of the document read through such a confusion, or whose name has
 * an impossible form (a lower-case 'l' opening a capitalised name), is
 * renamed to the best-formed spelling with the verbatim text kept in
 * name-as-written; one "officer-name-normalised" diagnostic each.
 * @lines (optional, guint per person) give the diagnostics' lines. */
void       _ama_import_normalise_people (AmaImportContext  *ctx,
                                         GPtrArray         *people,
                                         GArray            *lines);

G_END_DECLS
