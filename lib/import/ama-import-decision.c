/* ama-import-decision.c: a ModernGov decision record read from its blocks
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A decision record (ieDecisionDetails.aspx, "Decision details") is one
 * decision of one meeting, written as labelled lines and sections:
 *
 *   Decision details                              ← h1
 *   Scrutiny review of allotments: response       ← h2: the item's title
 *   Decision Maker: Cabinet                       ← labels (mgLabel)
 *   Decision:                                     ← h3 section, its
 *   Resolved: 1. That … 2. That …                    paragraphs the minutes
 *   Reasons for the decision: …                   ← next section
 *   Date of decision: 04/03/2024
 *   Decided at meeting: 04/03/2024 - Cabinet      ← the meeting
 *
 * The meeting comes from "Decided at meeting:" (or "Made at meeting:",
 * else "Date of decision:" and "Decision Maker:"), the item from the
 * title, and the Decision section is read by the minutes reader
 * (_ama_import_minutes_fill_item), as every minuted item is; a numbered
 * paragraph without "Resolved" before it is a resolution too. Its
 * numbered resolutions are never taken for recommendations.
 */

#include "config.h"

#include <string.h>

#include "ama-agenda-item.h"
#include "ama-blocks-private.h"
#include "ama-meeting.h"
#include "ama-resolution.h"
#include "ama-review.h"
#include "ama-import-minutes-private.h"
#include "ama-import-private.h"
#include "ama-import-vocab-private.h"

static const char * const decision_labels[] = {
  "decision maker:", "date of decision:", "decided at meeting:", "made at meeting:", NULL
};

/* The value after @label when @block is a paragraph opening with it. */
static const char *
label_value (AmaBlock   *block,
             const char *label)
{
  gsize n = strlen (label);
  const char *v;

  if (block->kind != AMA_BLOCK_PARAGRAPH || block->text == NULL ||
      g_ascii_strncasecmp (block->text, label, n) != 0)
    return NULL;
  v = block->text + n;
  while (*v == ' ')
    v++;
  return v;
}

static gboolean
is_label_line (AmaBlock *block)
{
  static const char * const others[] = {
    "decision status:", "is key decision?:", "is subject to call in?:", "publication date:",
    "effective from:", "report author:", "lead officer:", "cabinet member:", "note:",
    "eligible for call-in to:", "conflict of interest:", "dispensation granted:",
    "wards affected:", "portfolio holder:", NULL
  };

  for (guint i = 0; decision_labels[i] != NULL; i++)
    if (label_value (block, decision_labels[i]) != NULL)
      return TRUE;
  for (guint i = 0; others[i] != NULL; i++)
    if (label_value (block, others[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether @block heads the decision itself ("Decision:", "Decisions:",
 * "Decision made:") rather than its reasons or options. */
static gboolean
is_decision_heading (AmaBlock *block)
{
  g_autofree char *t = NULL;

  if (block->kind != AMA_BLOCK_HEADING || block->text == NULL)
    return FALSE;
  t = g_ascii_strdown (block->text, -1);
  g_strstrip (t);
  return g_str_equal (t, "decision:") || g_str_equal (t, "decisions:") ||
         g_str_equal (t, "decision") || g_str_equal (t, "decisions") ||
         g_str_has_prefix (t, "decision made") || g_str_equal (t, "resolved:");
}

gboolean
_ama_import_decision_page (AmaImportContext  *ctx,
                           AmaBlockDoc       *doc,
                           gboolean          *handled,
                           GError           **error)
{
  g_autoptr(AmaMeeting) meeting = NULL;
  g_autoptr(AmaAgendaItem) item = NULL;
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GString) body_text = g_string_new (NULL);
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new ();
  g_autofree char *body = NULL;
  const char *title = NULL, *maker = NULL, *decided = NULL, *decided_on = NULL;
  guint hits = 0, first_line = 0;
  gboolean found;

  *handled = FALSE;
  for (guint i = 0; decision_labels[i] != NULL; i++)
    {
      guint seen = 0;

      for (guint k = 0; k < doc->blocks->len; k++)
        if (label_value (g_ptr_array_index (doc->blocks, k), decision_labels[i]) != NULL)
          seen++;
      /* a list of decisions (mgDelegatedDecisions) repeats the labels
       * for each: not one record */
      if (seen > 1)
        return TRUE;
      hits += seen;
    }
  if (hits < 2)
    return TRUE;

  for (guint k = 0; k < doc->blocks->len; k++)
    {
      AmaBlock *b = g_ptr_array_index (doc->blocks, k);
      const char *v;

      if (title == NULL && b->kind == AMA_BLOCK_HEADING && b->level == 2 && b->text != NULL)
        title = b->text;
      if ((v = label_value (b, "decision maker:")) != NULL && maker == NULL)
        maker = v;
      if (((v = label_value (b, "decided at meeting:")) != NULL ||
           (v = label_value (b, "made at meeting:")) != NULL) && decided == NULL)
        decided = v;
      if ((v = label_value (b, "date of decision:")) != NULL && decided_on == NULL)
        decided_on = v;
    }

  /* "26/07/2022 - Cabinet": the meeting's date and body */
  if (decided != NULL)
    {
      const char *end = NULL;

      date = _ama_import_parse_date (decided, ctx->reference, &end, NULL);
      if (date != NULL && end != NULL)
        {
          while (*end == ' ' || *end == '-' || g_str_has_prefix (end, "–"))
            end += (*end == ' ' || *end == '-') ? 1 : strlen ("–");
          if (*end != '\0')
            body = g_strdup (end);
        }
    }
  if (date == NULL && decided_on != NULL)
    date = _ama_import_parse_date (decided_on, ctx->reference, NULL, NULL);
  if (body == NULL && maker != NULL && *maker != '\0')
    body = g_strdup (maker);

  /* the Decision section: up to the next heading or labelled line */
  for (guint k = 0; k < doc->blocks->len; k++)
    {
      if (!is_decision_heading (g_ptr_array_index (doc->blocks, k)))
        continue;
      for (guint j = k + 1; j < doc->blocks->len; j++)
        {
          AmaBlock *b = g_ptr_array_index (doc->blocks, j);

          if (b->kind == AMA_BLOCK_HEADING || b->kind == AMA_BLOCK_TABLE || is_label_line (b))
            break;
          if (first_line == 0)
            first_line = b->place.line;
          if (body_text->len > 0)
            g_string_append (body_text, "\n\n");
          if (b->kind == AMA_BLOCK_LIST_ITEM && b->marker != NULL)
            g_string_append_printf (body_text, "%s ", b->marker);
          /* "RESOLVED that:" above numbered paragraphs opens them */
          if (g_regex_match_simple ("^(?i:resolved|agreed|decided)\\s*[:–-]?\\s*(?i:that|to)\\s*:-?\\s*$",
                                    b->text, 0, 0))
            g_string_append (body_text, "RESOLVED:");
          else
            g_string_append (body_text, b->text);
          g_ptr_array_add (paragraphs, b);
        }
      break;
    }

  if (title == NULL && date == NULL)
    return TRUE;   /* labels without a decision: not one */
  *handled = TRUE;

  meeting = ama_meeting_new (body, date);
  item = ama_agenda_item_new (NULL, title);
  found = body_text->len > 0 &&
          _ama_import_minutes_fill_item (ctx, item, body_text->str, first_line, NULL);
  /* "1. That the recommendations be approved" with no "Resolved", or
   * numbered as the minutes reader does not know ("1.1)", "1.2") */
  if (g_list_model_get_n_items (ama_agenda_item_get_resolutions (item)) == 0)
    {
      g_autoptr(GRegex) numbered = g_regex_new ("^\\(?(?<label>\\d{1,3}(?:\\.\\d{1,3})*[a-z]?|[a-z]|[ivx]{1,5})"
                                                "(?:\\.?\\)|\\.)?\\s+(?<rest>\\S.*)$",
                                                G_REGEX_DOTALL, 0, NULL);

      for (guint i = 0; i < paragraphs->len; i++)
        {
          AmaBlock *b = g_ptr_array_index (paragraphs, i);
          g_autoptr(GMatchInfo) m = NULL;
          g_autofree char *label = NULL;
          g_autofree char *rest = NULL;
          g_autoptr(AmaResolution) res = NULL;

          if (g_regex_match (numbered, b->text, 0, &m))
            {
              label = g_match_info_fetch_named (m, "label");
              rest = g_match_info_fetch_named (m, "rest");
              /* a lone letter or numeral needs its bracket or point */
              if (!g_ascii_isdigit (*label) && !g_regex_match_simple ("^\\(?[a-z]+[.)]", b->text, 0, 0))
                g_clear_pointer (&label, g_free);
            }
          if (label == NULL && b->kind == AMA_BLOCK_LIST_ITEM)
            label = g_strdup (b->marker);
          if (label == NULL)
            {
              g_free (rest);
              rest = g_strdup (b->text);
              if (!g_str_has_prefix (rest, "That ") && !g_str_has_prefix (rest, "that "))
                continue;
            }
          res = ama_resolution_new (label, rest);
          ama_agenda_item_add_resolution (item, res);
          found = TRUE;
        }
    }
  ama_meeting_add_agenda_item (meeting, item);
  ama_review_add_meeting (ctx->review, meeting);
  _ama_import_diag (ctx, AMA_SEVERITY_INFO, "decision-record-read", first_line, 0, NULL,
                    "%s: a decision record: one meeting%s%s, its decision %s",
                    doc->format, body ? " of " : "", body ? body : "",
                    found ? "read as resolutions" : "without resolutions");
  return TRUE;
}
