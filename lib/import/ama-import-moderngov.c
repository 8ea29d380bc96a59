/* ama-import-moderngov.c: ModernGov mgWebService.asmx responses
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "ama-agenda-item.h"
#include "ama-diagnostic.h"
#include "ama-document.h"
#include "ama-enums.h"
#include "ama-error.h"
#include "ama-meeting.h"
#include "ama-member.h"
#include "ama-person.h"
#include "ama-review.h"
#include "ama-import-minutes-private.h"
#include "ama-import-moderngov-private.h"
#include "ama-util-private.h"

/* Three responses of the ModernGov web service are understood:
 *
 *   <meeting>      GetMeeting: one meeting, its agenda items (agenda text
 *                  and minutes as escaped HTML), linked documents and
 *                  attendees → review.meetings[0];
 *   <getmeetings>  GetMeetings: committees with their meetings (cancelled
 *                  ones too) → review.meetings, body = committee title;
 *   <committees>   GetCommittees: a list of bodies. A review has no place
 *                  for bodies that have not considered it, so nothing is
 *                  added to the review and each committee is reported by
 *                  an info diagnostic "moderngov-committee" carrying its
 *                  id, title, category and state, for the caller to pick
 *                  from (e.g. as a review's body).
 *
 * Every element the model has no field for is reported (one info
 * diagnostic "moderngov-unmapped" per element name and parent, with the
 * count and the first value) rather than dropped silently.
 *
 * Safety: the document is parsed with a private parser context, without
 * XML_PARSE_NOENT / DTDLOAD / DTDATTR and with XML_PARSE_NONET, so no
 * external entity or DTD is ever fetched; errors are collected on that
 * context (XML_PARSE_NOERROR stops libxml2 printing them) and no global
 * handler is installed. Entity references left in the tree are never
 * expanded: text is gathered from text and CDATA nodes only and each
 * reference is reported. */

#define NS_MAX_SIZE G_MAXINT

typedef struct
{
  char  *key;     /* "agendaitem/iswebcast" */
  guint  count;
  guint  line;
  char  *first;   /* first non-empty value */
} Unmapped;

typedef struct
{
  AmaImportContext *ctx;
  GPtrArray        *unmapped;   /* of Unmapped, first-seen order */
  GHashTable       *by_key;     /* key → Unmapped (borrowed) */
} Reader;

static void
unmapped_free (gpointer data)
{
  Unmapped *u = data;

  g_free (u->key);
  g_free (u->first);
  g_free (u);
}

static guint
node_line (xmlNode *node)
{
  long line = xmlGetLineNo (node);

  return line > 0 ? (guint) line : 0;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE
         && (name == NULL || strcmp ((const char *) node->name, name) == 0);
}

/* Text of an element: its text and CDATA children only, trimmed; NULL
 * when empty (ModernGov writes empty elements as whitespace). Entity
 * references are not followed: that is what makes entity expansion
 * attacks harmless here. */
static char *
node_text (Reader  *r,
           xmlNode *node)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
        g_string_append (s, (const char *) c->content);
      else if (c->type == XML_ENTITY_REF_NODE)
        _ama_import_diag_line (r->ctx, AMA_SEVERITY_WARNING, "moderngov-entity-ignored",
                               node_line (node), 0, NULL,
                               "entity reference &%s; in <%s> is not expanded",
                               (const char *) c->name, (const char *) node->name);
    }
  g_strstrip (s->str);
  if (s->str[0] == '\0')
    return NULL;
  return g_strdup (s->str);
}

static char *
attr_text (xmlNode    *node,
           const char *name)
{
  xmlChar *v = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *ret = NULL;

  if (v != NULL)
    {
      g_autofree char *copy = g_strdup ((const char *) v);

      xmlFree (v);
      if (*g_strstrip (copy) != '\0')
        ret = g_steal_pointer (&copy);
    }
  return ret;
}

static void
note_unmapped (Reader     *r,
               const char *parent,
               const char *name,
               const char *value,
               guint       line)
{
  g_autofree char *key = g_strdup_printf ("%s/%s", parent, name);
  Unmapped *u = g_hash_table_lookup (r->by_key, key);

  if (u == NULL)
    {
      u = g_new0 (Unmapped, 1);
      u->key = g_steal_pointer (&key);
      u->line = line;
      u->first = g_strdup (value);
      g_ptr_array_add (r->unmapped, u);
      g_hash_table_insert (r->by_key, u->key, u);
    }
  u->count++;
}

/* Reports the children of @node (elements and attributes) not named in
 * @used; empty ones carry nothing and are skipped. */
static void
note_unused_children (Reader            *r,
                      xmlNode           *node,
                      const char *const *used)
{
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      g_autofree char *value = NULL;

      if (c->type != XML_ELEMENT_NODE
          || g_strv_contains (used, (const char *) c->name))
        continue;
      value = node_text (r, c);
      if (value == NULL && c->children != NULL && xmlFirstElementChild (c) != NULL)
        value = g_strdup ("(nested elements)");
      if (value != NULL)
        note_unmapped (r, (const char *) node->name, (const char *) c->name, value, node_line (c));
    }
  for (xmlAttr *a = node->properties; a != NULL; a = a->next)
    {
      g_autofree char *value = NULL;
      g_autofree char *name = g_strdup_printf ("@%s", (const char *) a->name);

      if (g_strv_contains (used, name))
        continue;
      value = attr_text (node, (const char *) a->name);
      if (value != NULL)
        note_unmapped (r, (const char *) node->name, name, value, node_line (node));
    }
}

static xmlNode *
child (xmlNode    *node,
       const char *name)
{
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    if (is_element (c, name))
      return c;
  return NULL;
}

static char *
child_text (Reader     *r,
            xmlNode    *node,
            const char *name)
{
  xmlNode *c = child (node, name);

  return c != NULL ? node_text (r, c) : NULL;
}

/* "10/02/2026" → 2026-02-10. */
static GDateTime *
read_date (Reader     *r,
           xmlNode    *node,
           const char *name)
{
  xmlNode *c = child (node, name);
  g_autofree char *text = c ? node_text (r, c) : NULL;
  guint d, m, y;
  char tail;

  if (text == NULL)
    return NULL;
  if (sscanf (text, "%u/%u/%u%c", &d, &m, &y, &tail) == 3
      && y >= 1000 && y <= 9999 && m >= 1 && m <= 12
      && d >= 1 && d <= g_date_get_days_in_month (m, y))
    return _ama_date_new (y, m, d);

  _ama_import_diag_line (r->ctx, AMA_SEVERITY_WARNING, "moderngov-bad-date", node_line (c), 0, NULL,
                         "<%s> “%s” is not a dd/mm/yyyy date; not imported", name, text);
  return NULL;
}

/* "10.00 am" → "10:00", "2.00 pm" → "14:00"; anything else is kept as
 * written and reported. */
static char *
read_time (Reader     *r,
           xmlNode    *node,
           const char *name)
{
  xmlNode *c = child (node, name);
  g_autofree char *text = c ? node_text (r, c) : NULL;
  g_autoptr(GRegex) re = NULL;
  g_autoptr(GMatchInfo) m = NULL;

  if (text == NULL)
    return NULL;
  re = g_regex_new ("^(\\d{1,2})(?:[.:](\\d{2}))?\\s*(?:([ap])\\.?\\s*m\\.?)?$",
                    G_REGEX_CASELESS, 0, NULL);
  if (g_regex_match (re, text, 0, &m))
    {
      g_autofree char *hs = g_match_info_fetch (m, 1);
      g_autofree char *ms = g_match_info_fetch (m, 2);
      g_autofree char *ap = g_match_info_fetch (m, 3);
      guint h = atoi (hs);
      guint min = (ms && *ms) ? atoi (ms) : 0;
      gboolean have_ap = ap != NULL && *ap != '\0';

      if (have_ap && h >= 1 && h <= 12)
        {
          if (g_ascii_tolower (*ap) == 'p' && h != 12)
            h += 12;
          else if (g_ascii_tolower (*ap) == 'a' && h == 12)
            h = 0;
        }
      else if (have_ap || (ms == NULL || *ms == '\0'))
        h = 99;
      if (h < 24 && min < 60)
        return g_strdup_printf ("%02u:%02u", h, min);
    }
  _ama_import_diag_line (r->ctx, AMA_SEVERITY_WARNING, "moderngov-bad-time", node_line (c), 0, NULL,
                         "<%s> “%s” is not a time like “10.00 am”; kept as written", name, text);
  return g_steal_pointer (&text);
}

static void
check_count (Reader     *r,
             xmlNode    *node,
             const char *name,
             guint       actual)
{
  xmlNode *c = child (node, name);
  g_autofree char *text = c ? node_text (r, c) : NULL;
  guint64 stated;

  if (text == NULL)
    return;
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &stated, NULL) || stated != actual)
    _ama_import_diag_line (r->ctx, AMA_SEVERITY_WARNING, "moderngov-count-mismatch", node_line (c), 0, NULL,
                           "<%s> says %s but %u were found", name, text, actual);
}

/* ---- HTML (agenda text and minutes) → paragraphs -------------------- */

static gboolean
html_is_block (const char *name)
{
  static const char *const blocks[] = { "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3",
                                        "h4", "h5", "h6", "table", "tr", "blockquote",
                                        "section", "article", "body", "dl", "dt", "dd",
                                        "pre", "hr", NULL };

  return g_strv_contains (blocks, name);
}

typedef struct
{
  GString *out;    /* finished paragraphs, separated by blank lines */
  GString *cur;    /* the paragraph being read, spaces collapsed */
  gboolean bullet;
} HtmlText;

static void
html_flush (HtmlText *h)
{
  g_strstrip (h->cur->str);
  h->cur->len = strlen (h->cur->str);
  if (h->cur->len > 0)
    {
      if (h->out->len > 0)
        g_string_append (h->out, "\n\n");
      if (h->bullet)
        g_string_append (h->out, "- ");
      g_string_append (h->out, h->cur->str);
    }
  g_string_truncate (h->cur, 0);
  h->bullet = FALSE;
}

static void
html_append_text (HtmlText   *h,
                  const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* All white space, NBSP included, is one space as a browser shows it. */
      if (g_unichar_isspace (c) || c == 0xA0)
        {
          if (h->cur->len > 0 && h->cur->str[h->cur->len - 1] != ' ')
            g_string_append_c (h->cur, ' ');
        }
      else
        g_string_append_unichar (h->cur, c);
    }
}

static void
html_walk (HtmlText *h,
           xmlNode  *node)
{
  for (xmlNode *c = node; c != NULL; c = c->next)
    {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
        html_append_text (h, (const char *) c->content);
      else if (c->type == XML_ELEMENT_NODE)
        {
          const char *name = (const char *) c->name;
          gboolean block = html_is_block (name);

          if (strcmp (name, "script") == 0 || strcmp (name, "style") == 0)
            continue;
          if (strcmp (name, "td") == 0 || strcmp (name, "th") == 0)
            html_append_text (h, " ");
          if (block)
            html_flush (h);
          if (strcmp (name, "li") == 0)
            h->bullet = TRUE;
          html_walk (h, c->children);
          if (block)
            html_flush (h);
        }
    }
}

/* Agenda text and minutes arrive as HTML escaped inside the XML; the
 * XML parser has unescaped it, libxml2's HTML parser reads it (never
 * string scanning: Word's HTML nests spans, comments and entities). */
static char *
html_to_text (const char *html)
{
  htmlParserCtxtPtr hctxt;
  htmlDocPtr doc;
  HtmlText h = { NULL, NULL, FALSE };
  char *ret = NULL;
  gsize len = strlen (html);

  if (len == 0 || len > NS_MAX_SIZE)
    return NULL;
  hctxt = htmlNewParserCtxt ();
  if (hctxt == NULL)
    return NULL;
  doc = htmlCtxtReadMemory (hctxt, html, (int) len, NULL, "UTF-8",
                            HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  if (doc != NULL)
    {
      h.out = g_string_new (NULL);
      h.cur = g_string_new (NULL);
      html_walk (&h, xmlDocGetRootElement (doc));
      html_flush (&h);
      g_string_free (h.cur, TRUE);
      ret = g_string_free (h.out, h.out->len == 0);
      xmlFreeDoc (doc);
    }
  htmlFreeParserCtxt (hctxt);
  return ret;
}

/* ---- GetMeeting ------------------------------------------------------ */

/* A meeting's kind from the body that met: the Council itself, the
 * Cabinet, otherwise one of their committees. */
static AmaMeetingKind
kind_for_body (const char *body)
{
  g_autofree char *lower = body ? g_ascii_strdown (body, -1) : NULL;

  if (lower == NULL)
    return AMA_MEETING_KIND_COMMITTEE;
  if (g_str_equal (lower, "council") || g_str_equal (lower, "full council")
      || g_str_equal (lower, "council meeting") || g_str_has_prefix (lower, "meeting of the council"))
    return AMA_MEETING_KIND_COUNCIL;
  if (g_str_has_prefix (lower, "cabinet") || strstr (lower, " cabinet") != NULL)
    return AMA_MEETING_KIND_CABINET;
  return AMA_MEETING_KIND_COMMITTEE;
}

static AmaMemberRole
role_from_description (const char *role)
{
  g_autofree char *lower = role ? g_ascii_strdown (role, -1) : NULL;

  if (lower == NULL)
    return AMA_MEMBER_ROLE_MEMBER;
  if (strstr (lower, "vice") && strstr (lower, "chair"))
    return AMA_MEMBER_ROLE_VICE_CHAIR;
  if (strstr (lower, "chair"))
    return AMA_MEMBER_ROLE_CHAIR;
  if (strstr (lower, "co-opt") || strstr (lower, "coopt"))
    return AMA_MEMBER_ROLE_CO_OPTED;
  if (strstr (lower, "officer"))
    return AMA_MEMBER_ROLE_OFFICER;
  if (strstr (lower, "member"))
    return AMA_MEMBER_ROLE_MEMBER;
  return AMA_MEMBER_ROLE_OTHER;
}

static void
read_linked_doc (Reader        *r,
                 AmaMeeting    *meeting,
                 AmaAgendaItem *item,
                 xmlNode       *node)
{
  static const char *const used[] = { "title", "url", "publicationdate", "committeetitle",
                                       "ownertitle", "meetingdate", "decisiondate", NULL };
  static const char *const same_date[] = { "meetingdate", "decisiondate", NULL };
  g_autofree char *title = child_text (r, node, "title");
  g_autofree char *url = child_text (r, node, "url");
  g_autofree char *committee = child_text (r, node, "committeetitle");
  g_autofree char *owner = child_text (r, node, "ownertitle");
  g_autoptr(GDateTime) date = read_date (r, node, "publicationdate");
  g_autoptr(AmaDocument) doc = NULL;

  doc = ama_document_new (owner && g_strrstr (owner, "Minutes") ? AMA_DOCUMENT_KIND_MINUTES
                                                                 : AMA_DOCUMENT_KIND_OTHER,
                          title);
  ama_document_set_uri (doc, url);
  ama_document_set_body (doc, committee);
  ama_document_set_date (doc, date);
  /* The owner title names the agenda item the document hangs from,
   * which the document already sits under. */
  if (owner != NULL && g_strcmp0 (owner, ama_agenda_item_get_title (item)) != 0)
    note_unmapped (r, "linkeddoc", "ownertitle", owner, node_line (node));
  ama_agenda_item_add_document (item, doc);
  /* A document repeats its meeting's date; only a different one is news. */
  for (guint i = 0; same_date[i] != NULL; i++)
    {
      g_autoptr(GDateTime) d = read_date (r, node, same_date[i]);
      if (d != NULL && !_ama_date_equal (d, ama_meeting_get_date (meeting)))
        {
          g_autofree char *text = child_text (r, node, same_date[i]);
          note_unmapped (r, "linkeddoc", same_date[i], text, node_line (node));
        }
    }
  note_unused_children (r, node, used);
}

static void
read_agenda_item (Reader     *r,
                  AmaMeeting *meeting,
                  xmlNode    *node,
                  guint       index)
{
  static const char *const used[] = { "agendaitemtitle", "fulldisplaynumberformat", "agendatext",
                                      "minutesnonemptyhtmlbody", "linkeddocuments",
                                      "refertocommittee", "meetingdate", "actualmeetingdate",
                                      "preferreddate", "meetingtime", "commentlabel1",
                                      "commenttext1", "commentlabel2", "commenttext2",
                                      "commentlabel3", "commenttext3", NULL };
  static const char *const same_date[] = { "meetingdate", "actualmeetingdate", "preferreddate", NULL };
  g_autoptr(AmaAgendaItem) item = g_object_new (AMA_TYPE_AGENDA_ITEM, NULL);
  g_autofree char *title = child_text (r, node, "agendaitemtitle");
  g_autofree char *number = child_text (r, node, "fulldisplaynumberformat");
  g_autofree char *agenda_html = child_text (r, node, "agendatext");
  g_autofree char *minutes_html = child_text (r, node, "minutesnonemptyhtmlbody");
  g_autofree char *refer = child_text (r, node, "refertocommittee");
  g_autofree char *path = g_strdup_printf ("$.meetings[0].agenda-items[%u]", index);

  /* the XML line of its element */
  _ama_import_set_source (r->ctx, item, (guint) MAX (xmlGetLineNo (node), 0));
  g_autoptr(GString) comments = g_string_new (NULL);
  xmlNode *docs;

  if (number != NULL)
    {
      /* "1." is the number as printed on the agenda. */
      gsize len = strlen (number);
      if (len > 1 && number[len - 1] == '.')
        number[len - 1] = '\0';
    }
  else
    number = child_text (r, node, "agendaitemnumber");
  ama_agenda_item_set_number (item, number);
  ama_agenda_item_set_title (item, title);

  if (agenda_html != NULL)
    {
      g_autofree char *text = html_to_text (agenda_html);
      ama_agenda_item_set_description (item, text);
    }

  /* "Presented By" / "Actions": label-value pairs, kept when filled. */
  for (guint i = 1; i <= 3; i++)
    {
      g_autofree char *ln = g_strdup_printf ("commentlabel%u", i);
      g_autofree char *tn = g_strdup_printf ("commenttext%u", i);
      g_autofree char *label = child_text (r, node, ln);
      g_autofree char *text = child_text (r, node, tn);

      if (text != NULL)
        g_string_append_printf (comments, "%s%s: %s", comments->len ? "\n\n" : "",
                                label ? label : tn, text);
    }

  if (minutes_html != NULL)
    {
      xmlNode *mn = child (node, "minutesnonemptyhtmlbody");
      g_autofree char *text = html_to_text (minutes_html);

      if (text != NULL)
        _ama_import_minutes_fill_item (r->ctx, item, text, node_line (mn), path);
    }
  if (comments->len > 0)
    {
      const char *narrative = ama_agenda_item_get_narrative (item);
      g_autofree char *joined = narrative ? g_strconcat (narrative, "\n\n", comments->str, NULL)
                                          : g_strdup (comments->str);
      ama_agenda_item_set_narrative (item, joined);
    }

  docs = child (node, "linkeddocuments");
  if (docs != NULL)
    for (xmlNode *c = docs->children; c != NULL; c = c->next)
      if (is_element (c, "linkeddoc"))
        read_linked_doc (r, meeting, item, c);

  /* The meeting's body is not in GetMeeting; the committee an item is
   * referred to is the best evidence of it. */
  if (refer != NULL)
    {
      if (ama_meeting_get_body (meeting) == NULL)
        {
          ama_meeting_set_body (meeting, refer);
          ama_meeting_set_kind (meeting, kind_for_body (refer));
          _ama_import_diag_line (r->ctx, AMA_SEVERITY_INFO, "moderngov-body-inferred",
                                 node_line (node), 0, "$.meetings[0].body",
                                 "the meeting's body “%s” is taken from <refertocommittee>", refer);
        }
      else if (g_strcmp0 (refer, ama_meeting_get_body (meeting)) != 0)
        note_unmapped (r, "agendaitem", "refertocommittee", refer, node_line (node));
    }

  /* Each item repeats the meeting's date and time; only a different
   * one is news. */
  for (guint i = 0; same_date[i] != NULL; i++)
    {
      g_autoptr(GDateTime) d = read_date (r, node, same_date[i]);
      if (d != NULL && !_ama_date_equal (d, ama_meeting_get_date (meeting)))
        {
          g_autofree char *text = child_text (r, node, same_date[i]);
          note_unmapped (r, "agendaitem", same_date[i], text, node_line (node));
        }
    }
  {
    g_autofree char *t = read_time (r, node, "meetingtime");
    if (t != NULL && g_strcmp0 (t, ama_meeting_get_time (meeting)) != 0)
      note_unmapped (r, "agendaitem", "meetingtime", t, node_line (node));
  }

  note_unused_children (r, node, used);
  ama_meeting_add_agenda_item (meeting, item);
}

static void
read_attendee (Reader     *r,
               AmaMeeting *meeting,
               xmlNode    *node)
{
  static const char *const used[] = { "@name", "@roledescription", "@politicalparty", "@ward", NULL };
  g_autofree char *name = attr_text (node, "name");
  g_autofree char *role = attr_text (node, "roledescription");
  g_autofree char *party = attr_text (node, "politicalparty");
  g_autofree char *ward = attr_text (node, "ward");
  g_autofree char *attendance = attr_text (node, "attendance");
  g_autoptr(AmaPerson) person = _ama_import_parse_person (name);
  g_autoptr(AmaMember) member = NULL;

  /* A member who sent apologies or was absent is on the list but did
   * not attend: not an attendee, and said so. */
  if (attendance != NULL
      && (g_ascii_strncasecmp (attendance, "apolog", 6) == 0
          || g_ascii_strncasecmp (attendance, "absent", 6) == 0
          || g_ascii_strncasecmp (attendance, "not present", 11) == 0))
    {
      _ama_import_diag_line (r->ctx, AMA_SEVERITY_INFO, "moderngov-not-attending", node_line (node), 0, NULL,
                             "%s (%s) is listed with attendance “%s”; not an attendee",
                             name ? name : "an unnamed member", role ? role : "no role",
                             attendance);
      return;
    }

  if (person == NULL)
    person = g_object_new (AMA_TYPE_PERSON, NULL);
  if (name == NULL)
    _ama_import_diag_line (r->ctx, AMA_SEVERITY_WARNING, "moderngov-attendee-unnamed", node_line (node), 0,
                           NULL, "an attendee has no name");
  ama_person_set_role (person, role);
  member = ama_member_new (person, role_from_description (role));
  ama_member_set_party (member, party);
  ama_member_set_ward (member, ward);
  ama_meeting_add_attendee (meeting, member);
  note_unused_children (r, node, used);
}

static void
read_meeting_common (Reader     *r,
                     AmaMeeting *meeting,
                     xmlNode    *node)
{
  g_autofree char *id = child_text (r, node, "meetingid");
  g_autofree char *status = child_text (r, node, "meetingstatus");
  g_autofree char *time = read_time (r, node, "meetingtime");
  g_autoptr(GDateTime) date = read_date (r, node, "meetingdate");

  ama_meeting_set_id (meeting, id);
  ama_meeting_set_date (meeting, date);
  ama_meeting_set_time (meeting, time);
  ama_meeting_set_status (meeting, status);
  ama_meeting_set_kind (meeting, AMA_MEETING_KIND_COMMITTEE);
}

static void
read_get_meeting (Reader  *r,
                  xmlNode *root)
{
  static const char *const used[] = { "meetingid", "meetingdate", "meetingstatus", "meetingtime",
                                      "meetinglocation", "meetingroom", "agendaitems",
                                      "attendees", NULL };
  g_autoptr(AmaMeeting) meeting = g_object_new (AMA_TYPE_MEETING, NULL);
  g_autofree char *location = child_text (r, root, "meetinglocation");
  g_autofree char *room = child_text (r, root, "meetingroom");
  xmlNode *items = child (root, "agendaitems");
  xmlNode *attendees = child (root, "attendees");
  guint n = 0;

  _ama_import_set_source (r->ctx, meeting, (guint) MAX (xmlGetLineNo (root), 0));

  read_meeting_common (r, meeting, root);
  if (room != NULL)
    {
      g_autofree char *both = location ? g_strdup_printf ("%s, %s", room, location) : g_strdup (room);
      ama_meeting_set_location (meeting, both);
    }
  else
    ama_meeting_set_location (meeting, location);

  if (items != NULL)
    for (xmlNode *c = items->children; c != NULL; c = c->next)
      if (is_element (c, "agendaitem"))
        read_agenda_item (r, meeting, c, n++);
  if (attendees != NULL)
    for (xmlNode *c = attendees->children; c != NULL; c = c->next)
      if (is_element (c, "attendee"))
        read_attendee (r, meeting, c);

  note_unused_children (r, root, used);
  ama_review_add_meeting (r->ctx->review, meeting);
}

/* ---- GetMeetings ----------------------------------------------------- */

static void
read_get_meetings (Reader  *r,
                   xmlNode *root)
{
  static const char *const root_used[] = { "meetingscount", "committeescount", "committee", NULL };
  static const char *const committee_used[] = { "committeetitle", "committeemeetingcount",
                                                "committeemeetings", NULL };
  static const char *const meeting_used[] = { "meetingid", "meetingdate", "meetingstatus",
                                              "meetingtime", "meetinglocation", NULL };
  guint n_committees = 0, n_meetings = 0;

  for (xmlNode *c = root->children; c != NULL; c = c->next)
    {
      g_autofree char *title = NULL;
      xmlNode *list;
      guint here = 0;

      if (!is_element (c, "committee"))
        continue;
      n_committees++;
      title = child_text (r, c, "committeetitle");
      list = child (c, "committeemeetings");
      if (list != NULL)
        for (xmlNode *m = list->children; m != NULL; m = m->next)
          {
            g_autoptr(AmaMeeting) meeting = NULL;
            g_autofree char *location = NULL;

            if (!is_element (m, "meeting"))
              continue;
            meeting = g_object_new (AMA_TYPE_MEETING, NULL);
            _ama_import_set_source (r->ctx, meeting, (guint) MAX (xmlGetLineNo (m), 0));
            read_meeting_common (r, meeting, m);
            ama_meeting_set_body (meeting, title);
            ama_meeting_set_kind (meeting, kind_for_body (title));
            location = child_text (r, m, "meetinglocation");
            ama_meeting_set_location (meeting, location);
            note_unused_children (r, m, meeting_used);
            ama_review_add_meeting (r->ctx->review, meeting);
            here++;
          }
      check_count (r, c, "committeemeetingcount", here);
      n_meetings += here;
      note_unused_children (r, c, committee_used);
    }
  check_count (r, root, "committeescount", n_committees);
  check_count (r, root, "meetingscount", n_meetings);
  note_unused_children (r, root, root_used);
}

/* ---- GetCommittees --------------------------------------------------- */

static void
read_committees (Reader  *r,
                 xmlNode *root)
{
  static const char *const root_used[] = { "committeescount", "committee", NULL };
  static const char *const used[] = { "committeeid", "committeetitle", "committeecategory",
                                      "committeedeleted", "committeeexpired", NULL };
  guint n = 0;

  for (xmlNode *c = root->children; c != NULL; c = c->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *title = NULL;
      g_autofree char *category = NULL;
      g_autofree char *deleted = NULL;
      g_autofree char *expired = NULL;

      if (!is_element (c, "committee"))
        continue;
      id = child_text (r, c, "committeeid");
      title = child_text (r, c, "committeetitle");
      category = child_text (r, c, "committeecategory");
      deleted = child_text (r, c, "committeedeleted");
      expired = child_text (r, c, "committeeexpired");
      _ama_import_diag_line (r->ctx, AMA_SEVERITY_INFO, "moderngov-committee", node_line (c), 0, NULL,
                             "committee %s “%s” (%s%s%s): a committee list has no place "
                             "in a review; listed for the caller",
                             id ? id : "(no id)", title ? title : "",
                             category ? category : "no category",
                             g_strcmp0 (expired, "True") == 0 ? ", expired" : "",
                             g_strcmp0 (deleted, "True") == 0 ? ", deleted" : "");
      note_unused_children (r, c, used);
      n++;
    }
  check_count (r, root, "committeescount", n);
  note_unused_children (r, root, root_used);
}

typedef struct
{
  gboolean set;
  xmlError error;
} FirstError;

/* libxml2 2.9 sets up its own tables on first use and that is not safe
 * to race: do it once, before any parser context is made. */
static void
ensure_libxml (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      xmlInitParser ();
      g_once_init_leave (&initialised, 1);
    }
}

/* Structured error handler, set on one parser context only (no global
 * handler, no global state): keeps a copy of the first error. */
static void
keep_first_error (void        *user_data,
                  xmlErrorPtr  err)
{
  xmlParserCtxtPtr pctxt = user_data;
  FirstError *first = pctxt ? pctxt->_private : NULL;

  if (first == NULL || first->set || err == NULL || err->level < XML_ERR_ERROR)
    return;
  if (xmlCopyError (err, &first->error) == 0)
    first->set = TRUE;
}

/* Parses @data as XML the safe way described at the top of this file;
 * NULL with an AMA_ERROR_PARSE (or _LIMIT) naming line and column
 * otherwise. The importer and the committee list share it. */
static xmlDocPtr
parse_document (const char  *data,
                gsize        length,
                GError     **error)
{
  xmlParserCtxtPtr pctxt;
  xmlDocPtr doc;
  FirstError first = { FALSE, { 0 } };

  if (length > NS_MAX_SIZE)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT,
                   "line 1, column 1: ModernGov response of %" G_GSIZE_FORMAT " bytes is too large",
                   length);
      return NULL;
    }

  /* A context of our own over the bytes (no reset that would clear
   * what we set), options applied to it, and the first error kept by a
   * structured handler on this context only: the first error is the
   * one that says what is wrong, later ones follow from it. */
  ensure_libxml ();
  pctxt = xmlCreateMemoryParserCtxt (data ? data : "", (int) length);
  if (pctxt == NULL)
    {
      g_set_error_literal (error, AMA_ERROR, AMA_ERROR_PARSE,
                           length == 0 ? "line 1, column 1: Document is empty"
                                       : "line 1, column 1: cannot create an XML parser");
      return NULL;
    }
  /* No NOENT (entities stay references), no DTDLOAD/DTDATTR (no DTD is
   * read), NONET (nothing is fetched), NOERROR/NOWARNING (nothing is
   * printed). */
  xmlCtxtUseOptions (pctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  pctxt->_private = &first;
  pctxt->sax->serror = keep_first_error;
  xmlParseDocument (pctxt);
  doc = pctxt->myDoc;
  pctxt->myDoc = NULL;
  if (doc == NULL || !pctxt->wellFormed)
    {
      xmlErrorPtr err = first.set ? &first.error : xmlCtxtGetLastError (pctxt);
      g_autofree char *msg = g_strdup (err && err->message ? err->message : "not well-formed XML");

      g_strstrip (msg);
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE, "line %d, column %d: %s",
                   err && err->line > 0 ? err->line : 1, err && err->int2 > 0 ? err->int2 : 1, msg);
      if (first.set)
        xmlResetError (&first.error);
      if (doc != NULL)
        xmlFreeDoc (doc);
      xmlFreeParserCtxt (pctxt);
      return NULL;
    }
  if (first.set)
    xmlResetError (&first.error);
  /* The document holds a reference on the context's dictionary. */
  xmlFreeParserCtxt (pctxt);
  return doc;
}

void
_ama_moderngov_committee_info_free (AmaModernGovCommitteeInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->id);
  g_free (info->title);
  g_free (info->category);
  g_free (info);
}

GPtrArray *
_ama_import_moderngov_committees (const char  *data,
                                  gsize        length,
                                  GError     **error)
{
  g_autoptr(GListStore) diagnostics = g_list_store_new (AMA_TYPE_DIAGNOSTIC);
  g_autoptr(AmaReview) review = ama_review_new ();
  AmaImportContext ctx = { review, diagnostics, NULL };
  Reader r = { &ctx, NULL, NULL };
  g_autoptr(GPtrArray) out = NULL;
  xmlDocPtr doc;
  xmlNode *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  doc = parse_document (data, length, error);
  if (doc == NULL)
    return NULL;
  root = xmlDocGetRootElement (doc);
  if (root == NULL || strcmp ((const char *) root->name, "committees") != 0)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "line %u, column 1: root element <%s> is not a GetCommittees response "
                   "(expected <committees>)",
                   root ? node_line (root) : 1, root ? (const char *) root->name : "");
      xmlFreeDoc (doc);
      return NULL;
    }
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) _ama_moderngov_committee_info_free);
  for (xmlNode *c = root->children; c != NULL; c = c->next)
    {
      AmaModernGovCommitteeInfo *info;
      g_autofree char *deleted = NULL;
      g_autofree char *expired = NULL;

      if (!is_element (c, "committee"))
        continue;
      info = g_new0 (AmaModernGovCommitteeInfo, 1);
      info->id = child_text (&r, c, "committeeid");
      info->title = child_text (&r, c, "committeetitle");
      info->category = child_text (&r, c, "committeecategory");
      deleted = child_text (&r, c, "committeedeleted");
      expired = child_text (&r, c, "committeeexpired");
      info->deleted = g_strcmp0 (deleted, "True") == 0;
      info->expired = g_strcmp0 (expired, "True") == 0;
      info->line = node_line (c);
      g_ptr_array_add (out, info);
    }
  xmlFreeDoc (doc);
  return g_steal_pointer (&out);
}

gboolean
_ama_import_moderngov (AmaImportContext  *ctx,
                       const char        *data,
                       gsize              length,
                       GError           **error)
{
  xmlDocPtr doc;
  xmlNode *root;
  Reader r = { ctx, NULL, NULL };
  gboolean ok = TRUE;
  const char *name;

  g_return_val_if_fail (ctx != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  doc = parse_document (data, length, error);
  if (doc == NULL)
    return FALSE;

  root = xmlDocGetRootElement (doc);
  name = root ? (const char *) root->name : "";
  r.unmapped = g_ptr_array_new_with_free_func (unmapped_free);
  r.by_key = g_hash_table_new (g_str_hash, g_str_equal);

  if (doc->intSubset != NULL)
    _ama_import_diag (ctx, AMA_SEVERITY_WARNING, "moderngov-dtd-ignored", 1, 0, NULL,
                      "line 1: the document type declaration is ignored; no DTD or "
                      "external entity is read");

  if (strcmp (name, "meeting") == 0)
    read_get_meeting (&r, root);
  else if (strcmp (name, "getmeetings") == 0)
    read_get_meetings (&r, root);
  else if (strcmp (name, "committees") == 0)
    read_committees (&r, root);
  else
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_PARSE,
                   "line %u, column 1: root element <%s> is not a ModernGov response "
                   "(expected <meeting>, <getmeetings> or <committees>)",
                   root ? node_line (root) : 1, name);
      ok = FALSE;
    }

  for (guint i = 0; ok && i < r.unmapped->len; i++)
    {
      Unmapped *u = g_ptr_array_index (r.unmapped, i);

      _ama_import_diag_line (ctx, AMA_SEVERITY_INFO, "moderngov-unmapped", u->line, 0, NULL,
                             "<%s> has no place in the model; %u value%s not imported "
                             "(first: “%s”)", u->key, u->count, u->count == 1 ? "" : "s", u->first);
    }

  g_hash_table_unref (r.by_key);
  g_ptr_array_unref (r.unmapped);
  xmlFreeDoc (doc);
  return ok;
}
