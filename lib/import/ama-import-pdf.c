/* ama-import-pdf.c: response tables as text extracted from a PDF
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-import-private.h"
#include "ama-deadline.h"
#include "ama-enums.h"
#include "ama-error.h"
#include "ama-importer.h"
#include "ama-recommendation.h"
#include "ama-response.h"
#include "ama-review.h"
#include "ama-types.h"

/* A PDF response table comes out of a text extractor one cell after
 * another: the numbered recommendation wrapped at its narrow column,
 * its bullets (often as the private-use glyph U+F0B7, or lost and left
 * as a leading space), a blank line, the response paragraph, a blank
 * line, then the officer — with the action-by cell fused onto the same
 * line when both were on one baseline ("Ian Thomas Annual
 * Participation"). Blank lines also appear inside cells where a page
 * or a bullet broke them. */

typedef struct
{
  GPtrArray *lines;   /* char*, raw lines of the block */
  guint      line;    /* line number of its first line */
} Block;

static void
block_free (Block *b)
{
  g_ptr_array_unref (b->lines);
  g_free (b);
}

/* Form feeds are pdftotext's page breaks: white space here */
static const char *
skip_spaces (const char *s)
{
  while (*s == ' ' || *s == '\t' || *s == '\f')
    s++;
  return s;
}

/* A bullet at @s: returns its length, 0 when none. PDF text also makes
 * a list of lines opening with an en dash. */
static gsize
bullet_at (const char *s)
{
  gsize n = _ama_import_bullet_at (s);

  if (n == 0 && g_str_has_prefix (s, "\xe2\x80\x93 "))
    n = strlen ("\xe2\x80\x93 ");
  return n;
}

static gboolean
ends_sentence (const char *line)
{
  g_autofree char *s = g_strstrip (g_strdup (line));
  gsize n = strlen (s);

  if (n == 0)
    return FALSE;
  /* closing quotes and brackets after the stop: ‘Good’.” */
  while (n > 0 && (s[n - 1] == '"' || s[n - 1] == ')' || s[n - 1] == '\''))
    n--;
  if (n >= 3 && (guchar) s[n - 3] == 0xE2 && (guchar) s[n - 2] == 0x80 &&
      ((guchar) s[n - 1] == 0x9D || (guchar) s[n - 1] == 0x99))
    n -= 3;

  return n > 0 && (s[n - 1] == '.' || s[n - 1] == '!' || s[n - 1] == '?');
}

static gboolean
is_page_artefact (const char *text)
{
  const char *s = skip_spaces (text);

  if (g_ascii_strncasecmp (s, "page ", 5) == 0 && g_ascii_isdigit (s[5]))
    return TRUE;
  for (; *s; s++)
    if (!g_ascii_isdigit (*s) && *s != ' ')
      return FALSE;

  return TRUE;
}

static char *
block_text (Block *b)
{
  g_autoptr(GString) raw = g_string_new (NULL);

  for (guint i = 0; i < b->lines->len; i++)
    {
      if (i)
        g_string_append_c (raw, '\n');
      g_string_append (raw, g_ptr_array_index (b->lines, i));
    }

  return _ama_import_join_lines (raw->str);
}

/* The longest line of a block, in characters */
static guint
block_width (Block *b)
{
  guint width = 0;

  for (guint i = 0; i < b->lines->len; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (g_ptr_array_index (b->lines, i)));
      width = MAX (width, (guint) g_utf8_strlen (line, -1));
    }

  return width;
}

static guint
word_count (const char *s)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (; *s; s++)
    {
      if (*s == ' ')
        in_word = FALSE;
      else if (!in_word)
        {
          in_word = TRUE;
          n++;
        }
    }

  return n;
}

static gboolean
looks_like_role (const char *text)
{
  static const char * const words[] = {
    "Director", "Head of", "Manager", "Officer", "Lead", "Team", "Service",
    "Board", "Commissioner", "Cabinet Member", "Chief", "Executive",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (text, words[i]))
      return TRUE;

  return FALSE;
}

static gboolean
is_deadline (const char *text)
{
  g_autoptr(AmaDeadline) d = ama_deadline_parse (text, NULL);

  return d != NULL && ama_deadline_get_kind (d) != AMA_DEADLINE_KIND_UNPARSED;
}

/* Can @text be the officer / action-by cell(s)? */
static gboolean
is_officer_block (const char *text,
                  GPtrArray  *known)
{
  if (*text == '\0' || word_count (text) > 10 || g_utf8_strlen (text, -1) > 90)
    return FALSE;
  if (_ama_import_is_nfa (text) || is_deadline (text))
    return TRUE;
  for (guint i = 0; i < known->len; i++)
    if (g_str_has_prefix (text, g_ptr_array_index (known, i)))
      return TRUE;
  if (ends_sentence (text))
    return FALSE;
  if (_ama_import_looks_like_name (text) || looks_like_role (text))
    return TRUE;

  /* "Ian Thomas Annual Participation": a name followed by a deadline */
  {
    g_auto(GStrv) words = g_strsplit (text, " ", -1);
    guint n = g_strv_length (words);

    for (guint i = 1; i < n; i++)
      {
        g_autofree char *rest = g_strjoinv (" ", words + i);
        if (is_deadline (rest))
          return TRUE;
      }
  }

  return FALSE;
}

/* Splits "Ian Thomas Annual Participation" into officer and action-by:
 * first by a name seen alone elsewhere in the document, then by the
 * longest tail that reads as a deadline. */
static void
split_officer_action (const char  *text,
                      GPtrArray   *known,
                      char       **officer,
                      char       **action)
{
  g_auto(GStrv) words = NULL;
  guint n;

  *officer = NULL;
  *action = NULL;

  if (_ama_import_is_nfa (text))
    {
      *officer = g_strdup (text);
      return;
    }

  for (guint i = 0; i < known->len; i++)
    {
      const char *name = g_ptr_array_index (known, i);
      gsize len = strlen (name);

      if (g_str_has_prefix (text, name) && text[len] == ' ')
        {
          *officer = g_strdup (name);
          *action = g_strdup (skip_spaces (text + len));
          return;
        }
    }

  if (is_deadline (text))
    {
      *action = g_strdup (text);
      return;
    }

  words = g_strsplit (text, " ", -1);
  n = g_strv_length (words);
  for (guint i = 1; i < n; i++)
    {
      g_autofree char *rest = g_strjoinv (" ", words + i);

      if (is_deadline (rest))
        {
          g_autoptr(GString) head = g_string_new (NULL);

          for (guint j = 0; j < i; j++)
            {
              if (j)
                g_string_append_c (head, ' ');
              g_string_append (head, words[j]);
            }
          *officer = g_string_free (g_steal_pointer (&head), FALSE);
          *action = g_steal_pointer (&rest);
          return;
        }
    }

  *officer = g_strdup (text);
}

typedef struct
{
  char      *label;
  guint      line;
  GPtrArray *blocks;   /* Block* */
} Segment;

static void
segment_free (Segment *seg)
{
  g_free (seg->label);
  g_ptr_array_unref (seg->blocks);
  g_free (seg);
}

gboolean
_ama_import_pdf_text (AmaImportContext *ctx,
                      const char       *text,
                      GError          **error)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) segments = g_ptr_array_new_with_free_func ((GDestroyNotify) segment_free);
  g_autoptr(GPtrArray) known = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) people_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) preamble = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  g_autofree char *expected = NULL;
  Segment *seg = NULL;
  Block *block = NULL;
  gboolean last_blank = TRUE;

  /* 1. Segments: from one numbered recommendation to the next. A label
   * only starts a recommendation when it follows the previous one in
   * sequence, so "2." inside a response paragraph cannot. */
  for (guint i = 0; lines[i]; i++)
    {
      const char *line = lines[i];
      const char *s = skip_spaces (line);
      const char *rest;
      g_autofree char *label = NULL;

      if (*s == '\0')
        {
          block = NULL;
          last_blank = TRUE;
          continue;
        }

      label = _ama_import_parse_label (s, &rest);
      if (label != NULL &&
          ((expected == NULL && (g_str_equal (label, "1") || g_ascii_strcasecmp (label, "a") == 0)) ||
           (expected != NULL && g_ascii_strcasecmp (label, expected) == 0)))
        {
          seg = g_new0 (Segment, 1);
          seg->label = g_strdup (label);
          seg->line = i + 1;
          seg->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
          g_ptr_array_add (segments, seg);
          g_free (expected);
          expected = _ama_import_next_label (label, segments->len + 1);
          block = NULL;
          line = rest;
        }

      if (block == NULL || last_blank)
        {
          block = g_new0 (Block, 1);
          block->lines = g_ptr_array_new_with_free_func (g_free);
          block->line = i + 1;
          g_ptr_array_add (seg ? seg->blocks : preamble, block);
        }
      g_ptr_array_add (block->lines, g_strdup (line));
      last_blank = FALSE;
    }

  if (segments->len == 0)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "line 1: no numbered recommendation (\"1. …\") found in the text");
      return FALSE;
    }

  /* 2. Before the first recommendation: the title, and a table header
   * that the extractor left as lines of words */
  for (guint i = 0; i < preamble->len; i++)
    {
      Block *b = g_ptr_array_index (preamble, i);
      g_autofree char *t = block_text (b);

      if (ama_review_get_title (ctx->review) == NULL && i == 0 &&
          strstr (t, "esponse") != NULL)
        _ama_import_response_title (ctx, t);
      else
        _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "text-before-table", b->line, 1, NULL,
                               "text above the first recommendation (a title or "
                               "column headings) kept only here: \"%s\"", t);
    }

  /* 3. Names standing alone as a segment's last block are the
   * document's officers: they split the fused officer/action lines */
  for (guint si = 0; si < segments->len; si++)
    {
      Segment *sg = g_ptr_array_index (segments, si);
      Block *last;
      g_autofree char *t = NULL;

      if (sg->blocks->len < 2)
        continue;
      last = g_ptr_array_index (sg->blocks, sg->blocks->len - 1);
      t = block_text (last);
      if (_ama_import_looks_like_name (t) && !_ama_import_is_nfa (t) &&
          !g_ptr_array_find_with_equal_func (known, t, g_str_equal, NULL))
        g_ptr_array_add (known, g_steal_pointer (&t));
    }

  for (guint si = 0; si < segments->len; si++)
    {
      Segment *sg = g_ptr_array_index (segments, si);
      g_autoptr(AmaRecommendation) rec = ama_recommendation_new (sg->label, NULL);
      g_autoptr(AmaResponse) response = ama_response_new ();
      g_autoptr(GString) rec_text = g_string_new (NULL);
      g_autoptr(GStrvBuilder) points = g_strv_builder_new ();
      g_autoptr(GString) point = NULL;
      g_autoptr(GString) response_text = g_string_new (NULL);
      g_autoptr(GPtrArray) blocks = g_ptr_array_new ();
      Block *officer_block = NULL;
      Block *action_block = NULL;
      guint rec_width, rec_blocks = 0;
      gboolean in_rec = TRUE, has_response = FALSE;
      guint n_points = 0, inferred_bullets = 0;

      /* the response is read from the recommendation's numbered paragraph on */
      _ama_import_set_source (ctx, rec, sg->line);
      _ama_import_set_source (ctx, response, sg->line);

      /* page numbers and running footers between blocks */
      for (guint bi = 0; bi < sg->blocks->len; bi++)
        {
          Block *b = g_ptr_array_index (sg->blocks, bi);
          g_autofree char *t = block_text (b);

          if (bi > 0 && is_page_artefact (t))
            {
              _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "page-artefact", b->line, 1, NULL,
                                     "\"%s\" read as a page number and skipped", t);
              continue;
            }
          g_ptr_array_add (blocks, b);
        }

      if (blocks->len >= 2)
        {
          Block *last = g_ptr_array_index (blocks, blocks->len - 1);
          g_autofree char *t = block_text (last);

          if (is_officer_block (t, known))
            {
              officer_block = last;
              g_ptr_array_remove_index (blocks, blocks->len - 1);
            }
        }

      /* The officer and the action-by as two blocks ("Ian Thomas",
       * blank line, "March 2018"): the action-by was taken above, the
       * officer is the block before it */
      if (officer_block != NULL && blocks->len >= 2)
        {
          g_autofree char *t = block_text (officer_block);
          Block *prev = g_ptr_array_index (blocks, blocks->len - 1);
          g_autofree char *pt = block_text (prev);

          if (is_deadline (t) && !is_deadline (pt) &&
              (_ama_import_looks_like_name (pt) || _ama_import_is_nfa (pt) ||
               (looks_like_role (pt) && !ends_sentence (pt) && word_count (pt) <= 8)))
            {
              action_block = officer_block;
              officer_block = prev;
              g_ptr_array_remove_index (blocks, blocks->len - 1);
            }
        }

      /* Where the recommendation has several paragraphs, sentence ends
       * cannot tell its last paragraph from the response's first; the
       * column widths can: a PDF table wraps each column at its own
       * width. Measured below, after the split. */
      rec_width = 0;

      for (guint bi = 0; bi < blocks->len; bi++)
        {
          Block *b = g_ptr_array_index (blocks, bi);
          const char *first = skip_spaces (g_ptr_array_index (b->lines, 0));
          gboolean continuation = g_unichar_islower (g_utf8_get_char (first));

          /* The recommendation ends with the paragraph that ends a
           * sentence; what follows, unless it is a bullet or the rest of
           * a line broken by a stray blank line, is the response. */
          if (in_rec && bi > 0 && !continuation && bullet_at (first) == 0 &&
              !(g_ascii_isspace (*(const char *) g_ptr_array_index (b->lines, 0)) && point != NULL))
            {
              Block *prev = g_ptr_array_index (blocks, bi - 1);
              if (ends_sentence (g_ptr_array_index (prev->lines, prev->lines->len - 1)))
                in_rec = FALSE;
            }

          /* the recommendation column's width, and a paragraph of that
           * width followed by wider ones is still the recommendation */
          if (!in_rec && bi == rec_blocks && bi + 1 < blocks->len &&
              block_width (b) <= rec_width + 2 &&
              block_width (g_ptr_array_index (blocks, blocks->len - 1)) > rec_width + 10)
            {
              in_rec = TRUE;
              _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "paragraph-by-width", b->line, 1, NULL,
                                     "paragraph kept with recommendation %s: it is "
                                     "wrapped at the recommendation column's width", sg->label);
              /* a paragraph of the recommendation, not a point */
              if (point != NULL)
                {
                  g_autofree char *p = _ama_import_join_lines (point->str);
                  g_strv_builder_add (points, g_strstrip (p));
                  n_points++;
                  g_string_free (g_steal_pointer (&point), TRUE);
                }
            }

          if (in_rec)
            {
              rec_blocks = bi + 1;
              rec_width = MAX (rec_width, block_width (b));
              for (guint li = 0; li < b->lines->len; li++)
                {
                  const char *raw = g_ptr_array_index (b->lines, li);
                  const char *s = skip_spaces (raw);
                  gsize bl = bullet_at (s);
                  const char *prev_end = point ? point->str : rec_text->str;
                  gsize pl = strlen (prev_end);
                  gboolean after_list_break;

                  while (pl > 0 && prev_end[pl - 1] == ' ')
                    pl--;
                  after_list_break = pl > 0 &&
                    (prev_end[pl - 1] == ':' || prev_end[pl - 1] == ';' ||
                     (pl >= 4 && g_str_has_suffix (prev_end, "; and")) ||
                     (pl >= 4 && strncmp (prev_end + pl - 4, " and", 4) == 0 && point != NULL));

                  /* A bullet whose glyph the extractor dropped leaves a
                   * leading space before a capital, after a line that
                   * opens a list (':') or closes an item (';') */
                  if (bl > 0 || (raw != s && li + bi > 0 && after_list_break &&
                                 g_unichar_isupper (g_utf8_get_char (s))))
                    {
                      if (bl > 0)
                        s = skip_spaces (s + bl);
                      else
                        inferred_bullets++;
                      if (point != NULL)
                        {
                          g_autofree char *p = _ama_import_join_lines (point->str);
                          g_strv_builder_add (points, g_strstrip (p));
                          n_points++;
                          g_string_free (point, TRUE);
                        }
                      point = g_string_new (s);
                      continue;
                    }
                  if (point != NULL)
                    {
                      g_string_append_c (point, '\n');
                      g_string_append (point, s);
                    }
                  else
                    {
                      if (rec_text->len)
                        g_string_append_c (rec_text, '\n');
                      g_string_append (rec_text, s);
                    }
                }
            }
          else
            {
              g_autofree char *t = block_text (b);

              if (response_text->len)
                g_string_append (response_text, continuation ? " " : "\n\n");
              g_string_append (response_text, t);
            }
        }

      if (point != NULL)
        {
          g_autofree char *p = _ama_import_join_lines (point->str);
          g_strv_builder_add (points, g_strstrip (p));
          n_points++;
        }

      {
        g_autofree char *t = _ama_import_join_lines (rec_text->str);
        ama_recommendation_set_text (rec, g_strstrip (t));
      }
      if (n_points > 0)
        {
          g_auto(GStrv) pv = g_strv_builder_end (points);
          ama_recommendation_set_points (rec, (const char * const *) pv);
          if (inferred_bullets > 0)
            _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "bullet-inferred", sg->line, 1, NULL,
                                   "recommendation %s: %u indented line%s after a "
                                   "list opening read as bullet points (the glyph was lost)",
                                   sg->label, inferred_bullets,
                                   inferred_bullets == 1 ? "" : "s");
        }

      if (response_text->len > 0)
        {
          AmaDecision opening = _ama_import_decision_opening (response_text->str);

          ama_response_set_text (response, response_text->str);
          ama_response_set_inferred_decision (response, ama_decision_infer (response_text->str));
          if (opening != AMA_DECISION_PENDING)
            {
              ama_response_set_decision (response, opening);
              _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "decision-from-response", sg->line, 0, NULL,
                                     "the decision is taken from the opening word "
                                     "of the response");
            }
          has_response = TRUE;
        }
      else
        _ama_import_diag_line (ctx, AMA_SEVERITY_WARNING, "response-missing", sg->line, 1, NULL,
                               "recommendation %s has no response paragraph "
                               "(no sentence end separates it from the recommendation)", sg->label);

      if (officer_block != NULL)
        {
          g_autofree char *t = block_text (officer_block);
          g_autofree char *officer = NULL;
          g_autofree char *action = NULL;

          split_officer_action (t, known, &officer, &action);
          if (officer != NULL && action != NULL)
            _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "officer-action-split", officer_block->line, 1, NULL,
                                   "\"%s\" read as officer \"%s\" and action-by \"%s\"",
                                   t, officer, action);
          if (officer != NULL)
            _ama_import_officer_cell (ctx, response, officer, "Officer", officer_block->line,
                                      people, people_lines);
          if (action != NULL)
            {
              g_autoptr(AmaDeadline) deadline = ama_deadline_parse (action, ctx->reference);
              if (deadline)
                ama_response_set_action_by (response, deadline);
            }
          has_response = TRUE;
        }

      if (action_block != NULL)
        {
          g_autofree char *t = block_text (action_block);
          g_autoptr(AmaDeadline) deadline = ama_deadline_parse (t, ctx->reference);

          if (deadline)
            ama_response_set_action_by (response, deadline);
        }

      if (has_response)
        {
          _ama_import_finish_response (ctx, response, sg->line);
          ama_recommendation_set_response (rec, response);
        }
      ama_review_add_recommendation (ctx->review, rec);
    }

  _ama_import_normalise_people (ctx, people, people_lines);

  return TRUE;
}
