/* ama-deadline.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ama-deadline.h"
#include "ama-util-private.h"
#include "ama-text-private.h"
#include "ama-enums.h"
#include "ama-types.h"

/**
 * AmaDeadline:
 *
 * When an action is due, as the response table wrote it.
 *
 * Response tables put anything in the "Action by" column: a date
 * ("31/03/18"), a month, a financial-year quarter ("Q3 2018/19"), a
 * recurring commitment ("Annual Participation"), "Ongoing", "N/A". An
 * `AmaDeadline` always keeps that text verbatim and adds what it could
 * understand of it: a [enum@Ama.DeadlineKind], the resolved due date
 * (date only) and, for recurring actions, the period.
 *
 * Deadlines are immutable and reference counted.
 *
 * ```c
 * g_autoptr(AmaDeadline) d = ama_deadline_parse ("Q3 2018/19", NULL);
 * // kind QUARTER, due 2018-12-31
 * ```
 *
 * Since: 1.0
 */

struct _AmaDeadline
{
  gatomicrefcount  ref_count;
  char            *text;
  AmaDeadlineKind  kind;
  GDateTime       *due;
  AmaRecurrence    recurrence;
};

G_DEFINE_BOXED_TYPE (AmaDeadline, ama_deadline, ama_deadline_ref, ama_deadline_unref)

/**
 * ama_deadline_new:
 * @text: the deadline as written
 * @kind: how it is understood
 * @due: (nullable): the resolved due date, if any
 * @recurrence: the period of a recurring deadline
 *
 * Creates a deadline from parts already known, e.g. when loading a
 * saved document. Use [func@Ama.Deadline.parse] to understand text.
 *
 * Returns: (transfer full): a new #AmaDeadline
 *
 * Since: 1.0
 */
AmaDeadline *
ama_deadline_new (const char      *text,
                  AmaDeadlineKind  kind,
                  GDateTime       *due,
                  AmaRecurrence    recurrence)
{
  AmaDeadline *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (AmaDeadline, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->text = g_strdup (text);
  self->kind = kind;
  self->due = due ? g_date_time_ref (due) : NULL;
  self->recurrence = recurrence;

  return self;
}

/**
 * ama_deadline_ref: (skip)
 * @self: a #AmaDeadline
 *
 * Takes a reference.
 *
 * Returns: (transfer full): @self
 *
 * Since: 1.0
 */
AmaDeadline *
ama_deadline_ref (AmaDeadline *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * ama_deadline_unref: (skip)
 * @self: (transfer full): a #AmaDeadline
 *
 * Drops a reference; frees the deadline when the last one goes.
 *
 * Since: 1.0
 */
void
ama_deadline_unref (AmaDeadline *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->text);
      g_clear_pointer (&self->due, g_date_time_unref);
      g_free (self);
    }
}

/**
 * ama_deadline_get_text:
 * @self: a #AmaDeadline
 *
 * Gets the deadline exactly as written.
 *
 * Returns: (transfer none): the text
 *
 * Since: 1.0
 */
const char *
ama_deadline_get_text (AmaDeadline *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->text;
}

/**
 * ama_deadline_get_kind:
 * @self: a #AmaDeadline
 *
 * Gets how the text was understood.
 *
 * Returns: the kind
 *
 * Since: 1.0
 */
AmaDeadlineKind
ama_deadline_get_kind (AmaDeadline *self)
{
  g_return_val_if_fail (self != NULL, AMA_DEADLINE_KIND_UNPARSED);
  return self->kind;
}

/**
 * ama_deadline_get_due:
 * @self: a #AmaDeadline
 *
 * Gets the resolved due date (midnight UTC), if the text names one.
 * Recurring, ongoing and unparsed deadlines usually have none.
 *
 * Returns: (transfer none) (nullable): the due date
 *
 * Since: 1.0
 */
GDateTime *
ama_deadline_get_due (AmaDeadline *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->due;
}

/**
 * ama_deadline_get_recurrence:
 * @self: a #AmaDeadline
 *
 * Gets the period of a recurring deadline.
 *
 * Returns: the recurrence, %AMA_RECURRENCE_NONE when it does not recur
 *
 * Since: 1.0
 */
AmaRecurrence
ama_deadline_get_recurrence (AmaDeadline *self)
{
  g_return_val_if_fail (self != NULL, AMA_RECURRENCE_NONE);
  return self->recurrence;
}

/**
 * ama_deadline_equal:
 * @a: a #AmaDeadline
 * @b: another #AmaDeadline
 *
 * Compares two deadlines field by field, text included.
 *
 * Returns: %TRUE if they are the same
 *
 * Since: 1.0
 */
gboolean
ama_deadline_equal (AmaDeadline *a,
                    AmaDeadline *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  return g_strcmp0 (a->text, b->text) == 0 &&
         a->kind == b->kind &&
         a->recurrence == b->recurrence &&
         _ama_date_equal (a->due, b->due);
}

/* ------------------------------------------------------------------ */
/* Parsing                                                             */
/* ------------------------------------------------------------------ */

/* "mar", "March", "Sept" → 3, 3, 9; 0 when not a month. */
static int
expand_year (int year)
{
  /* "31/03/18": two-digit years in council papers are this century. */
  if (year < 100)
    return 2000 + year;
  return year;
}

/* Parses "2018/19", "2018-19", "2018/2019"; returns the first year. */
static gboolean
parse_financial_year (const char *s,
                      int        *first_year)
{
  int a, b, n = 0;

  if (sscanf (s, "%4d%*1[/-]%4d%n", &a, &b, &n) != 2 || s[n] != '\0')
    return FALSE;
  if (a < 1900 || a > 2999)
    return FALSE;
  if (b < 100 ? (b != (a + 1) % 100) : (b != a + 1))
    return FALSE;
  *first_year = a;
  return TRUE;
}

/* Understands one cleaned-up form (no "By ", no meeting name). Leaves
 * @kind UNPARSED when nothing matched. */
static void
parse_plain (const char       *s,
             GDateTime        *reference,
             AmaDeadlineKind  *kind,
             GDateTime       **due,
             AmaRecurrence    *recurrence)
{
  int d, m, y, n = 0, fy;
  char word[32];

  if (sscanf (s, "%2d/%2d/%4d%n", &d, &m, &y, &n) == 3 && s[n] == '\0')
    {
      *due = _ama_date_new (expand_year (y), m, d);
      *kind = *due ? AMA_DEADLINE_KIND_DATE : AMA_DEADLINE_KIND_UNPARSED;
    }
  else if ((sscanf (s, "%2d.%2d.%4d%n", &d, &m, &y, &n) == 3 ||
            sscanf (s, "%2d-%2d-%4d%n", &d, &m, &y, &n) == 3) && s[n] == '\0' &&
           (y >= 1000 || n <= 8))
    {
      /* "31.03.2018", "31-03-18": the same day-first order. */
      *due = _ama_date_new (expand_year (y), m, d);
      *kind = *due ? AMA_DEADLINE_KIND_DATE : AMA_DEADLINE_KIND_UNPARSED;
    }
  else if (sscanf (s, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 && s[n] == '\0')
    {
      *due = _ama_date_new (y, m, d);
      *kind = *due ? AMA_DEADLINE_KIND_DATE : AMA_DEADLINE_KIND_UNPARSED;
    }
  else if (sscanf (s, "%2d%*[a-z] %31s %4d%n", &d, word, &y, &n) == 3 && s[n] == '\0' &&
           _ama_month_from_word (word, -1) > 0)
    {
      *due = _ama_date_new (expand_year (y), _ama_month_from_word (word, -1), d);
      *kind = *due ? AMA_DEADLINE_KIND_DATE : AMA_DEADLINE_KIND_UNPARSED;
    }
  else if (sscanf (s, "%2d %31s %4d%n", &d, word, &y, &n) == 3 && s[n] == '\0' &&
           _ama_month_from_word (word, -1) > 0)
    {
      *due = _ama_date_new (expand_year (y), _ama_month_from_word (word, -1), d);
      *kind = *due ? AMA_DEADLINE_KIND_DATE : AMA_DEADLINE_KIND_UNPARSED;
    }
  else if (sscanf (s, "%31s %4d%n", word, &y, &n) == 2 && s[n] == '\0' &&
           _ama_month_from_word (word, -1) > 0 && y >= 1900)
    {
      *due = _ama_date_end_of_month (y, _ama_month_from_word (word, -1));
      *kind = *due ? AMA_DEADLINE_KIND_MONTH : AMA_DEADLINE_KIND_UNPARSED;
    }
  else if ((s[0] == 'Q' || s[0] == 'q') && s[1] >= '1' && s[1] <= '4' && s[2] == ' ' &&
           parse_financial_year (s + 3, &fy))
    {
      /* UK financial quarters: Q1 April–June … Q4 January–March. */
      int q = s[1] - '0';
      int end_month = (q == 4) ? 3 : 3 + 3 * q;
      *due = _ama_date_end_of_month (q == 4 ? fy + 1 : fy, end_month);
      *kind = AMA_DEADLINE_KIND_QUARTER;
    }
  else if (parse_financial_year (s, &fy))
    {
      *due = _ama_date_new (fy + 1, 3, 31);
      *kind = AMA_DEADLINE_KIND_FINANCIAL_YEAR;
    }
  else if (g_ascii_strcasecmp (s, "end of year") == 0 ||
           g_ascii_strcasecmp (s, "year end") == 0 ||
           g_ascii_strcasecmp (s, "end of financial year") == 0)
    {
      /* Council years end on 31 March: "end of year" in a response
       * table means the financial year containing the reference. */
      if (reference != NULL)
        {
          int ry = g_date_time_get_year (reference);
          int rm = g_date_time_get_month (reference);
          fy = rm >= 4 ? ry : ry - 1;
          *due = _ama_date_new (fy + 1, 3, 31);
          *kind = AMA_DEADLINE_KIND_FINANCIAL_YEAR;
        }
    }
  else if (g_ascii_strncasecmp (s, "annual", 6) == 0 ||
           g_ascii_strncasecmp (s, "yearly", 6) == 0 ||
           g_ascii_strncasecmp (s, "every year", 10) == 0)
    {
      *kind = AMA_DEADLINE_KIND_RECURRING;
      *recurrence = AMA_RECURRENCE_YEARLY;
    }
  else if (g_ascii_strncasecmp (s, "quarterly", 9) == 0)
    {
      *kind = AMA_DEADLINE_KIND_RECURRING;
      *recurrence = AMA_RECURRENCE_QUARTERLY;
    }
  else if (g_ascii_strncasecmp (s, "monthly", 7) == 0)
    {
      *kind = AMA_DEADLINE_KIND_RECURRING;
      *recurrence = AMA_RECURRENCE_MONTHLY;
    }
  else if (g_ascii_strncasecmp (s, "weekly", 6) == 0)
    {
      *kind = AMA_DEADLINE_KIND_RECURRING;
      *recurrence = AMA_RECURRENCE_WEEKLY;
    }
  else if (g_ascii_strcasecmp (s, "ongoing") == 0 ||
           g_ascii_strcasecmp (s, "on-going") == 0 ||
           g_ascii_strcasecmp (s, "on going") == 0 ||
           g_ascii_strcasecmp (s, "continuous") == 0)
    *kind = AMA_DEADLINE_KIND_ONGOING;
  else if (g_ascii_strcasecmp (s, "immediate") == 0 ||
           g_ascii_strcasecmp (s, "immediately") == 0)
    {
      *kind = AMA_DEADLINE_KIND_IMMEDIATE;
      if (reference != NULL)
        *due = _ama_date_new (g_date_time_get_year (reference),
                              g_date_time_get_month (reference),
                              g_date_time_get_day_of_month (reference));
    }
  else if (g_ascii_strcasecmp (s, "n/a") == 0 ||
           g_ascii_strcasecmp (s, "na") == 0 ||
           g_ascii_strcasecmp (s, "not applicable") == 0 ||
           /* "Completed" in the action-by column: the work is already
            * done, so no deadline applies. Delivery status itself comes
            * from progress updates, not from this cell. */
           g_ascii_strcasecmp (s, "completed") == 0 ||
           g_ascii_strcasecmp (s, "complete") == 0 ||
           strcmp (s, "-") == 0 || strcmp (s, "–") == 0 || strcmp (s, "—") == 0)
    *kind = AMA_DEADLINE_KIND_NOT_APPLICABLE;
}

/* Case-insensitive prefix match; returns what follows, or NULL. */
static const char *
skip_prefix (const char *s,
             const char *prefix)
{
  gsize len = strlen (prefix);

  if (g_ascii_strncasecmp (s, prefix, len) == 0 && s[len] != '\0')
    return s + len;
  return NULL;
}

/**
 * ama_deadline_parse:
 * @text: (nullable): the deadline as written
 * @reference: (nullable): a date that gives the context for forms with
 *   no year ("End of year"), usually the response date
 *
 * Understands the text of an "action by" cell. Recognised forms:
 *
 * - dates: "31/03/2018", "31/03/18", "31.03.2018", "31-03-18",
 *   "31 March 2018", "31st March 2018", "31 Mar 18", "2018-03-31";
 * - months, due at the month's end: "March 2018", "End of March 2018";
 * - UK financial-year quarters, Q1 being April to June: "Q3 2018/19";
 * - financial years, due 31 March: "2018/19", "2018/2019";
 * - "End of year": the end of the financial year containing @reference
 *   (unparsed without one);
 * - recurring commitments: "Annual", "Annual Participation",
 *   "Quarterly", "Monthly", "Weekly";
 * - "Ongoing", "Immediate" (due on @reference), and "N/A", "-",
 *   "Completed" (no deadline applies);
 * - any of the dated forms after "By " or "Before " ("By March 2018");
 * - a week: "w/c 12 March 2018" (week commencing), due at the end of
 *   that week, six days later;
 * - a meeting: "Cabinet – 12 October 2011", due on the meeting's date
 *   (the meeting's name stays in the text).
 *
 * Anything else is kept with kind %AMA_DEADLINE_KIND_UNPARSED: the text
 * is never lost.
 *
 * Returns: (transfer full) (nullable): a new #AmaDeadline, or %NULL
 *   when @text is %NULL or blank
 *
 * Since: 1.0
 */
AmaDeadline *
ama_deadline_parse (const char *text,
                    GDateTime  *reference)
{
  g_autofree char *s = NULL;
  g_autoptr(GDateTime) due = NULL;
  AmaDeadlineKind kind = AMA_DEADLINE_KIND_UNPARSED;
  AmaRecurrence recurrence = AMA_RECURRENCE_NONE;
  const char *rest;

  if (text == NULL)
    return NULL;

  s = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  if (s == NULL)
    return ama_deadline_new (text, AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE);
  g_strstrip (s);
  /* Collapse inner runs of white space ("Annual \nParticipation"). */
  {
    char *w = s;
    gboolean space = FALSE;
    for (const char *r = s; *r; r++)
      {
        if (g_ascii_isspace (*r))
          space = TRUE;
        else
          {
            if (space && w != s)
              *w++ = ' ';
            space = FALSE;
            *w++ = *r;
          }
      }
    *w = '\0';
  }
  if (*s == '\0')
    return NULL;

  /* Trailing full stop: "31 March 2018." */
  if (strlen (s) > 1 && s[strlen (s) - 1] == '.')
    s[strlen (s) - 1] = '\0';

  parse_plain (s, reference, &kind, &due, &recurrence);

  if (kind == AMA_DEADLINE_KIND_UNPARSED &&
      ((rest = skip_prefix (s, "by end of ")) != NULL ||
       (rest = skip_prefix (s, "by the end of ")) != NULL ||
       (rest = skip_prefix (s, "end of ")) != NULL ||
       (rest = skip_prefix (s, "by ")) != NULL ||
       (rest = skip_prefix (s, "before ")) != NULL))
    {
      /* "By March 2018": a deadline is already an upper bound, so the
       * word adds nothing. Only dated forms are accepted after it. */
      g_clear_pointer (&due, g_date_time_unref);
      recurrence = AMA_RECURRENCE_NONE;
      parse_plain (rest, reference, &kind, &due, &recurrence);
      if (due == NULL)
        {
          kind = AMA_DEADLINE_KIND_UNPARSED;
          recurrence = AMA_RECURRENCE_NONE;
        }
    }

  if (kind == AMA_DEADLINE_KIND_UNPARSED &&
      ((rest = skip_prefix (s, "w/c ")) != NULL ||
       (rest = skip_prefix (s, "wc ")) != NULL ||
       (rest = skip_prefix (s, "week commencing ")) != NULL ||
       (rest = skip_prefix (s, "week beginning ")) != NULL))
    {
      AmaDeadlineKind k = AMA_DEADLINE_KIND_UNPARSED;
      g_autoptr(GDateTime) start = NULL;
      AmaRecurrence r = AMA_RECURRENCE_NONE;

      parse_plain (rest, reference, &k, &start, &r);
      if (k == AMA_DEADLINE_KIND_DATE && start != NULL)
        {
          /* The action may happen on any day of that week, so it is
           * only late once the whole week has passed. */
          g_clear_pointer (&due, g_date_time_unref);
          due = g_date_time_add_days (start, 6);
          kind = AMA_DEADLINE_KIND_DATE;
        }
    }

  if (kind == AMA_DEADLINE_KIND_UNPARSED)
    {
      /* A meeting: "Cabinet – 12 October 2011", "OSMB - 3 May 2018",
       * "Council: 18 October 2017". The date is the last part after a
       * dash or colon; only a full date is accepted there. */
      static const char * const seps[] = { " – ", " — ", " - ", ": ", ", " };

      for (guint i = 0; i < G_N_ELEMENTS (seps) && kind == AMA_DEADLINE_KIND_UNPARSED; i++)
        {
          const char *at = g_strrstr (s, seps[i]);
          AmaDeadlineKind k = AMA_DEADLINE_KIND_UNPARSED;
          g_autoptr(GDateTime) when = NULL;
          AmaRecurrence r = AMA_RECURRENCE_NONE;

          if (at == NULL || at == s)
            continue;
          parse_plain (at + strlen (seps[i]), reference, &k, &when, &r);
          if (k == AMA_DEADLINE_KIND_DATE && when != NULL)
            {
              g_clear_pointer (&due, g_date_time_unref);
              due = g_steal_pointer (&when);
              kind = AMA_DEADLINE_KIND_DATE;
            }
        }
    }

  if (kind == AMA_DEADLINE_KIND_UNPARSED)
    g_clear_pointer (&due, g_date_time_unref);

  /* The kept text is the cell as written, not the cleaned copy. */
  return ama_deadline_new (text, kind, due, recurrence);
}

/* ------------------------------------------------------------------ */
/* Recurrence                                                          */
/* ------------------------------------------------------------------ */

static GDateTime *
date_only (GDateTime *dt)
{
  return _ama_date_new (g_date_time_get_year (dt),
                        g_date_time_get_month (dt),
                        g_date_time_get_day_of_month (dt));
}

/* The @k-th occurrence after @anchor (k = 0 is the anchor itself). */
static GDateTime *
occurrence_after_anchor (GDateTime     *anchor,
                         AmaRecurrence  recurrence,
                         int            k)
{
  switch (recurrence)
    {
    case AMA_RECURRENCE_WEEKLY:
      return g_date_time_add_weeks (anchor, k);
    case AMA_RECURRENCE_MONTHLY:
      /* From the anchor each time so month-end clamping never drifts. */
      return g_date_time_add_months (anchor, k);
    case AMA_RECURRENCE_QUARTERLY:
      return g_date_time_add_months (anchor, 3 * k);
    case AMA_RECURRENCE_YEARLY:
      return g_date_time_add_years (anchor, k);
    case AMA_RECURRENCE_NONE:
    default:
      return NULL;
    }
}

/* Without an anchor, a period ends where the council's calendar says:
 * weeks on Sunday, months at their end, quarters and years at the ends
 * of financial quarters and years (31 March). Returns the first such
 * end on or after @day. */
static GDateTime *
calendar_period_end (GDateTime     *day,
                     AmaRecurrence  recurrence)
{
  int y = g_date_time_get_year (day);
  int m = g_date_time_get_month (day);

  switch (recurrence)
    {
    case AMA_RECURRENCE_WEEKLY:
      return g_date_time_add_days (day, 7 - g_date_time_get_day_of_week (day));
    case AMA_RECURRENCE_MONTHLY:
      return _ama_date_end_of_month (y, m);
    case AMA_RECURRENCE_QUARTERLY:
      /* Quarter ends: March, June, September, December. */
      return _ama_date_end_of_month (y, ((m - 1) / 3 + 1) * 3);
    case AMA_RECURRENCE_YEARLY:
      return _ama_date_new (m >= 4 ? y + 1 : y, 3, 31);
    case AMA_RECURRENCE_NONE:
    default:
      return NULL;
    }
}

/* The last calendar period end strictly before @day. */
static GDateTime *
calendar_previous_end (GDateTime     *day,
                       AmaRecurrence  recurrence)
{
  int y = g_date_time_get_year (day);
  int m = g_date_time_get_month (day);
  int qe;

  switch (recurrence)
    {
    case AMA_RECURRENCE_WEEKLY:
      return g_date_time_add_days (day, -g_date_time_get_day_of_week (day));
    case AMA_RECURRENCE_MONTHLY:
      return m == 1 ? _ama_date_end_of_month (y - 1, 12) : _ama_date_end_of_month (y, m - 1);
    case AMA_RECURRENCE_QUARTERLY:
      qe = ((m - 1) / 3 + 1) * 3 - 3;
      return qe == 0 ? _ama_date_end_of_month (y - 1, 12) : _ama_date_end_of_month (y, qe);
    case AMA_RECURRENCE_YEARLY:
      return _ama_date_new (m >= 4 ? y : y - 1, 3, 31);
    case AMA_RECURRENCE_NONE:
    default:
      return NULL;
    }
}

/* Shared by next/previous: finds the first occurrence on or after
 * @as_of (@want_next) or the last one strictly before it. */
static GDateTime *
find_occurrence (AmaDeadline *self,
                 GDateTime   *anchor,
                 GDateTime   *as_of,
                 gboolean     want_next)
{
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) base = NULL;
  int first_k;

  if (self->kind != AMA_DEADLINE_KIND_RECURRING ||
      self->recurrence == AMA_RECURRENCE_NONE)
    {
      if (!want_next || self->due == NULL)
        return NULL;
      return g_date_time_ref (self->due);
    }

  if (self->due != NULL)
    {
      /* A recurring deadline with a first due date starts there. */
      base = date_only (self->due);
      first_k = 0;
    }
  else if (anchor != NULL)
    {
      /* Anchored on e.g. the response date: the first occurrence is
       * one period after it. */
      base = date_only (anchor);
      first_k = 1;
    }
  else
    {
      if (as_of == NULL)
        return NULL;
      day = date_only (as_of);
      return want_next ? calendar_period_end (day, self->recurrence)
                       : calendar_previous_end (day, self->recurrence);
    }

  if (as_of == NULL)
    return want_next ? occurrence_after_anchor (base, self->recurrence, first_k) : NULL;

  day = date_only (as_of);
  {
    g_autoptr(GDateTime) prev = NULL;

    /* Walk forward; a weekly action over a century is 5,200 steps. */
    for (int k = first_k; k < first_k + 100000; k++)
      {
        g_autoptr(GDateTime) occ = occurrence_after_anchor (base, self->recurrence, k);

        if (occ == NULL)
          return NULL;
        if (g_date_time_compare (occ, day) >= 0)
          return want_next ? g_steal_pointer (&occ) : g_steal_pointer (&prev);
        g_clear_pointer (&prev, g_date_time_unref);
        prev = g_steal_pointer (&occ);
      }
  }
  return NULL;
}

/**
 * ama_deadline_next_due:
 * @self: a #AmaDeadline
 * @as_of: (nullable): the date to look from
 *
 * Gets when the action is next due on or after @as_of. Same as
 * [method@Ama.Deadline.next_due_from] with no anchor.
 *
 * Returns: (transfer full) (nullable): the next due date, or %NULL
 *
 * Since: 1.0
 */
GDateTime *
ama_deadline_next_due (AmaDeadline *self,
                       GDateTime   *as_of)
{
  return ama_deadline_next_due_from (self, NULL, as_of);
}

/**
 * ama_deadline_next_due_from:
 * @self: a #AmaDeadline
 * @anchor: (nullable): when the commitment was made, usually the
 *   response date
 * @as_of: (nullable): the date to look from
 *
 * Gets when the action is next due on or after @as_of.
 *
 * A one-off deadline is due on its [method@Ama.Deadline.get_due] date
 * whatever @as_of is (a passed date stays the date it was due). A
 * recurring deadline falls due every period counted from, in order:
 *
 * 1. its own due date, when it has one (the first occurrence);
 * 2. @anchor: the first occurrence is one period after it ("Annual
 *    Participation" agreed on 18 October 2017 is next due 18 October
 *    2018);
 * 3. otherwise the council calendar: a yearly action is due at the end
 *    of each financial year (31 March), a quarterly one at the end of
 *    each quarter, a monthly one at each month's end, a weekly one each
 *    Sunday. This is the honest reading of "Annual" with nothing to
 *    count from: it must happen within each financial year.
 *
 * Returns: (transfer full) (nullable): the next due date (midnight UTC),
 *   or %NULL when there is none (ongoing, not applicable, unparsed, or a
 *   recurring deadline with neither anchor nor @as_of)
 *
 * Since: 1.0
 */
GDateTime *
ama_deadline_next_due_from (AmaDeadline *self,
                            GDateTime   *anchor,
                            GDateTime   *as_of)
{
  g_return_val_if_fail (self != NULL, NULL);
  return find_occurrence (self, anchor, as_of, TRUE);
}

/**
 * ama_deadline_previous_due_from:
 * @self: a #AmaDeadline
 * @anchor: (nullable): when the commitment was made, usually the
 *   response date
 * @as_of: the date to look from
 *
 * Gets the last occurrence of a recurring deadline strictly before
 * @as_of, counted as in [method@Ama.Deadline.next_due_from]. Trackers
 * use it to ask whether the cycle that just ended was reported on.
 *
 * Returns: (transfer full) (nullable): the previous due date, or %NULL
 *   when the deadline does not recur or no occurrence has passed yet
 *
 * Since: 1.0
 */
GDateTime *
ama_deadline_previous_due_from (AmaDeadline *self,
                                GDateTime   *anchor,
                                GDateTime   *as_of)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (as_of != NULL, NULL);
  return find_occurrence (self, anchor, as_of, FALSE);
}
