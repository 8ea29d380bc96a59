/* ama-export-oparl.c: a review as OParl 1.1 objects
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Works on the review as the review format serialises it, so every
 * member this file does not map to an OParl property is carried, under
 * its own name with the "ama:" prefix, by _ama_export_copy_rest(): a
 * member added to the model later is exported (and imported back)
 * without a change here. The mapping is documented in ama-exporter.c.
 */

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "ama-export-private.h"
#include "ama-oparl-private.h"

typedef struct
{
  AmaExportContext *ctx;
  char       *body_url;
  GHashTable *org_urls;     /* organization name → URL */
  GHashTable *objects;      /* URL → JsonObject (unowned; in the lists) */
  GHashTable *person_urls;  /* the person as JSON text → URL */
  GHashTable *id_counts;    /* URL → times used, for unique ids */
  JsonArray  *organizations;
  JsonArray  *persons;
} Oparl;

static char *
oparl_url (Oparl      *o,
           const char *format,
           ...) G_GNUC_PRINTF (2, 3);

static char *
oparl_url (Oparl      *o,
           const char *format,
           ...)
{
  g_autofree char *path = NULL;
  va_list args;

  va_start (args, format);
  path = g_strdup_vprintf (format, args);
  va_end (args);

  return g_strconcat (o->ctx->base, "/", path, NULL);
}

/* @url, or @url + "-2", "-3"… when already given to another object. */
static char *
oparl_unique (Oparl *o,
              char  *url)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (o->id_counts, url)) + 1;

  g_hash_table_replace (o->id_counts, g_strdup (url), GUINT_TO_POINTER (n));
  if (n == 1)
    return url;
  {
    char *unique = g_strdup_printf ("%s-%u", url, n);
    g_free (url);
    return unique;
  }
}

static JsonObject *
oparl_object (const char *type,
              const char *id)
{
  JsonObject *obj = json_object_new ();
  g_autofree char *type_url = g_strconcat (AMA_OPARL_TYPE_PREFIX, type, NULL);

  json_object_set_string_member (obj, "id", id);
  json_object_set_string_member (obj, "type", type_url);
  return obj;
}

static void
set_str_if (JsonObject *obj,
            const char *member,
            const char *value)
{
  if (value != NULL)
    json_object_set_string_member (obj, member, value);
}

static void
set_strv1_if (JsonObject *obj,
              const char *member,
              const char *value)
{
  if (value != NULL)
    {
      JsonArray *array = json_array_new ();
      json_array_add_string_element (array, value);
      json_object_set_array_member (obj, member, array);
    }
}

/* Appends @value to the array member @member of @obj, creating it. */
static void
append_str (JsonObject *obj,
            const char *member,
            const char *value)
{
  JsonArray *array;

  if (!json_object_has_member (obj, member))
    json_object_set_array_member (obj, member, json_array_new ());
  array = json_object_get_array_member (obj, member);
  json_array_add_string_element (array, value);
}

/* A date-only "YYYY-MM-DD" as an OParl date-time: OParl's start and end
 * are date-times, council papers give the time (if at all) as free
 * text, which is kept in "ama:time". */
static char *
date_time (const char *date)
{
  return date != NULL ? g_strconcat (date, "T00:00:00Z", NULL) : NULL;
}

static const char *
organization_url (Oparl      *o,
                  const char *name)
{
  const char *url;
  g_autofree char *slug = NULL;
  char *id;
  JsonObject *org;

  if (name == NULL)
    return NULL;
  if ((url = g_hash_table_lookup (o->org_urls, name)) != NULL)
    return url;

  slug = _ama_export_slug (name);
  id = oparl_unique (o, oparl_url (o, "organization/%s", slug));
  org = oparl_object ("Organization", id);
  json_object_set_string_member (org, "body", o->body_url);
  json_object_set_string_member (org, "name", name);
  json_array_add_object_element (o->organizations, org);
  g_hash_table_insert (o->objects, id, org);
  g_hash_table_insert (o->org_urls, g_strdup (name), id);
  return id;
}

static const char * const person_standard[] = {
  "name", "honorific", "role", "phone", "email", NULL
};

/* The Person for @person (a serialised AmaPerson); the same person
 * twice is one Person, two people of one name are two. */
static const char *
person_url (Oparl      *o,
            JsonObject *person)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), person);
  g_autofree char *key = json_to_string (node, FALSE);
  g_autofree char *slug = NULL;
  const char *url;
  JsonObject *obj;
  char *id;

  if ((url = g_hash_table_lookup (o->person_urls, key)) != NULL)
    return url;

  slug = _ama_export_slug (_ama_export_str (person, "name"));
  id = oparl_unique (o, oparl_url (o, "person/%s", slug));
  obj = oparl_object ("Person", id);
  json_object_set_string_member (obj, "body", o->body_url);
  set_str_if (obj, "name", _ama_export_str (person, "name"));
  set_str_if (obj, "formOfAddress", _ama_export_str (person, "honorific"));
  set_strv1_if (obj, "status", _ama_export_str (person, "role"));
  set_strv1_if (obj, "phone", _ama_export_str (person, "phone"));
  set_strv1_if (obj, "email", _ama_export_str (person, "email"));
  _ama_export_copy_rest (obj, person, AMA_OPARL_EXT, person_standard);
  json_array_add_object_element (o->persons, obj);
  g_hash_table_insert (o->objects, id, obj);
  g_hash_table_insert (o->person_urls, g_steal_pointer (&key), id);
  return id;
}

static const char * const document_standard[] = { "title", "uri", "date", NULL };

static JsonObject *
file_object (Oparl      *o,
             JsonObject *doc,
             const char *id,
             int         position)
{
  JsonObject *file = oparl_object ("File", id);
  const char *uri = _ama_export_str (doc, "uri");

  set_str_if (file, "name", _ama_export_str (doc, "title"));
  set_str_if (file, "date", _ama_export_str (doc, "date"));
  /* accessUrl is required; a document known only by its title is
   * reached through its own id, which the importer does not take for
   * the document's address. */
  json_object_set_string_member (file, "accessUrl", uri != NULL ? uri : id);
  if (position >= 0)
    json_object_set_int_member (file, AMA_OPARL_EXT "position", position);
  _ama_export_copy_rest (file, doc, AMA_OPARL_EXT, document_standard);
  return file;
}

/* Sets mainFile (the first) and auxiliaryFile (the rest) of @paper. */
static void
set_files (JsonObject *paper,
           GPtrArray  *files)
{
  JsonArray *aux = NULL;

  for (guint i = 0; i < files->len; i++)
    {
      JsonObject *file = g_ptr_array_index (files, i);

      if (i == 0)
        json_object_set_object_member (paper, "mainFile", json_object_ref (file));
      else
        {
          if (aux == NULL)
            aux = json_array_new ();
          json_array_add_object_element (aux, json_object_ref (file));
        }
    }
  if (aux != NULL)
    json_object_set_array_member (paper, "auxiliaryFile", aux);
}

static JsonNode *
list_page (JsonArray *data)
{
  JsonObject *page = json_object_new ();
  JsonObject *pagination = json_object_new ();
  guint n = json_array_get_length (data);

  json_object_set_array_member (page, "data", json_array_ref (data));
  json_object_set_int_member (pagination, "totalElements", n);
  json_object_set_int_member (pagination, "elementsPerPage", n);
  json_object_set_int_member (pagination, "currentPage", 1);
  json_object_set_int_member (pagination, "totalPages", 1);
  json_object_set_object_member (page, "pagination", pagination);
  json_object_set_object_member (page, "links", json_object_new ());
  {
    JsonNode *node = json_node_alloc ();

    json_node_init_object (node, page);
    json_object_unref (page);
    return node;
  }
}

/* Outcomes that are the body's decision (OParl: "authoritative", the
 * consultation at which the paper was decided). */
static gboolean
outcome_is_decision (const char *outcome)
{
  static const char * const decisions[] = {
    "approved", "agreed", "adopted", "accepted", "resolved", "decided", "endorsed", NULL
  };

  for (guint i = 0; decisions[i] != NULL; i++)
    if (g_ascii_strcasecmp (outcome, decisions[i]) == 0)
      return TRUE;
  return FALSE;
}

static const char * const review_standard[] = {
  "format", "version", "id", "title", "authority", "body", "members",
  "meetings", "documents", "considerations", "recommendations", NULL
};
static const char * const member_standard[] = { "person", "role", NULL };
/* "attendees" are written whole as "ama:attendees" (OParl's
 * participant names the person, not the capacity), and as participant. */
static const char * const meeting_standard[] = {
  "body", "date", "end-date", "location", "status", "agenda-items", NULL
};
static const char * const agenda_item_standard[] = { "number", "title", "documents", NULL };
static const char * const consideration_standard[] = { "body", "outcome", NULL };
static const char * const recommendation_kept_apart[] = { "response", "updates", NULL };

JsonNode *
_ama_export_oparl (AmaExportContext *ctx)
{
  JsonObject *doc = ctx->doc;
  const char *title = _ama_export_str (doc, "title");
  const char *review_body = _ama_export_str (doc, "body");
  const char *review_id = _ama_export_str (doc, "id");
  g_autoptr(JsonArray) meetings_out = json_array_new ();
  g_autoptr(JsonArray) papers = json_array_new ();
  g_autoptr(JsonArray) bodies = json_array_new ();
  g_autoptr(JsonArray) organizations = json_array_new ();
  g_autoptr(JsonArray) persons = json_array_new ();
  g_autoptr(GPtrArray) keys = NULL;
  g_autoptr(GPtrArray) report_files = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GPtrArray) response_files = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GPtrArray) meeting_objs = g_ptr_array_new ();
  g_autofree char *system_url = NULL;
  g_autofree char *report_url = NULL;
  g_autofree char *response_url = NULL;
  g_autofree char *list_url = NULL;
  JsonArray *members, *meetings, *documents, *considerations, *recommendations;
  JsonArray *responses = json_array_new ();
  JsonArray *recs_out = json_array_new ();
  JsonObject *system, *body, *report, *root;
  const char *review_org;
  Oparl o = { 0, };

  o.ctx = ctx;
  o.org_urls = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  o.objects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  o.person_urls = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  o.id_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  o.organizations = organizations;
  o.persons = persons;
  o.body_url = oparl_url (&o, "body");
  system_url = oparl_url (&o, "system");
  report_url = oparl_url (&o, "paper/report");
  response_url = oparl_url (&o, "paper/response");

  /* System and Body: the authority */
  system = oparl_object ("System", system_url);
  json_object_set_string_member (system, "oparlVersion", AMA_OPARL_TYPE_PREFIX);
  list_url = oparl_url (&o, "bodies");
  json_object_set_string_member (system, "body", list_url);
  json_object_set_string_member (system, "product", "https://gitlab.gnome.org/libama");

  body = oparl_object ("Body", o.body_url);
  json_object_set_string_member (body, "system", system_url);
  json_object_set_string_member (body, "name", _ama_export_str (doc, "authority") ?: "");
  {
    static const char * const lists[] = { "organization", "person", "meeting", "paper", NULL };
    for (guint i = 0; lists[i] != NULL; i++)
      {
        g_autofree char *url = oparl_url (&o, "%s", lists[i]);
        json_object_set_string_member (body, lists[i], url);
      }
  }
  json_object_set_array_member (body, "legislativeTerm", json_array_new ());
  json_array_add_object_element (bodies, body);

  /* The commission and its members */
  review_org = organization_url (&o, review_body);
  members = _ama_export_array (doc, "members");
  for (guint i = 0; members != NULL && i < json_array_get_length (members); i++)
    {
      JsonObject *member = json_array_get_object_element (members, i);
      JsonObject *person = json_object_get_object_member (member, "person");
      g_autofree char *id = oparl_url (&o, "membership/%u", i + 1);
      JsonObject *membership = oparl_object ("Membership", id);
      const char *purl = NULL;

      if (person != NULL)
        {
          purl = person_url (&o, person);
          json_object_set_string_member (membership, "person", purl);
        }
      set_str_if (membership, "organization", review_org);
      set_str_if (membership, "role", _ama_export_str (member, "role"));
      /* a person who is a member twice is one Person with two
       * Memberships; the review's order is kept here */
      json_object_set_int_member (membership, AMA_OPARL_EXT "position", i);
      _ama_export_copy_rest (membership, member, AMA_OPARL_EXT, member_standard);
      if (purl != NULL)
        {
          JsonObject *pobj = g_hash_table_lookup (o.objects, purl);

          if (!json_object_has_member (pobj, "membership"))
            json_object_set_array_member (pobj, "membership", json_array_new ());
          json_array_add_object_element (json_object_get_array_member (pobj, "membership"),
                                         json_object_ref (membership));
        }
      if (review_org != NULL)
        append_str (g_hash_table_lookup (o.objects, review_org), "membership", id);
      json_object_unref (membership);
    }

  /* Meetings and their agenda items */
  meetings = _ama_export_array (doc, "meetings");
  keys = _ama_export_meeting_keys (meetings);
  for (guint i = 0; meetings != NULL && i < json_array_get_length (meetings); i++)
    {
      JsonObject *m = json_array_get_object_element (meetings, i);
      const char *key = g_ptr_array_index (keys, i);
      g_autofree char *id = oparl_url (&o, "meeting/%s", key);
      g_autofree char *start = date_time (_ama_export_str (m, "date"));
      g_autofree char *end = date_time (_ama_export_str (m, "end-date"));
      const char *mbody = _ama_export_str (m, "body");
      const char *status = _ama_export_str (m, "status");
      const char *location = _ama_export_str (m, "location");
      JsonArray *attendees = _ama_export_array (m, "attendees");
      JsonArray *items = _ama_export_array (m, "agenda-items");
      JsonObject *meeting = oparl_object ("Meeting", id);
      const char *org = organization_url (&o, mbody);

      set_str_if (meeting, "name", mbody ?: review_body);
      if (status != NULL)
        {
          g_autofree char *folded = g_utf8_casefold (status, -1);

          json_object_set_string_member (meeting, "meetingState", status);
          json_object_set_boolean_member (meeting, "cancelled", strstr (folded, "cancel") != NULL);
        }
      set_str_if (meeting, "start", start);
      set_str_if (meeting, "end", end);
      if (location != NULL)
        {
          g_autofree char *lid = oparl_url (&o, "location/%s", key);
          JsonObject *loc = oparl_object ("Location", lid);

          json_object_set_string_member (loc, "description", location);
          json_object_set_object_member (meeting, "location", loc);
        }
      if (org != NULL)
        append_str (meeting, "organization", org);
      for (guint j = 0; attendees != NULL && j < json_array_get_length (attendees); j++)
        {
          JsonObject *a = json_array_get_object_element (attendees, j);

          if (json_object_has_member (a, "person"))
            append_str (meeting, "participant",
                        person_url (&o, json_object_get_object_member (a, "person")));
        }
      if (items != NULL && json_array_get_length (items) > 0)
        {
          JsonArray *items_out = json_array_new ();

          for (guint j = 0; j < json_array_get_length (items); j++)
            {
              JsonObject *item = json_array_get_object_element (items, j);
              g_autofree char *iid = oparl_url (&o, "agenda-item/%s-%u", key, j + 1);
              JsonObject *ai = oparl_object ("AgendaItem", iid);
              JsonArray *resolutions = _ama_export_array (item, "resolutions");
              JsonArray *idocs = _ama_export_array (item, "documents");

              json_object_set_string_member (ai, "meeting", id);
              set_str_if (ai, "number", _ama_export_str (item, "number"));
              json_object_set_int_member (ai, "order", j + 1);
              set_str_if (ai, "name", _ama_export_str (item, "title"));
              if (resolutions != NULL && json_array_get_length (resolutions) > 0)
                {
                  g_autoptr(GString) text = g_string_new (NULL);

                  for (guint k = 0; k < json_array_get_length (resolutions); k++)
                    {
                      JsonObject *r = json_array_get_object_element (resolutions, k);
                      const char *number = _ama_export_str (r, "number");

                      if (k > 0)
                        g_string_append_c (text, '\n');
                      if (number != NULL)
                        g_string_append_printf (text, "%s. ", number);
                      g_string_append (text, _ama_export_str (r, "text") ?: "");
                    }
                  json_object_set_string_member (ai, "resolutionText", text->str);
                }
              if (idocs != NULL && json_array_get_length (idocs) > 0)
                {
                  JsonArray *files = json_array_new ();

                  for (guint k = 0; k < json_array_get_length (idocs); k++)
                    {
                      g_autofree char *fid = oparl_url (&o, "file/%s-%u-%u", key, j + 1, k + 1);
                      json_array_add_object_element (files,
                        file_object (&o, json_array_get_object_element (idocs, k), fid, -1));
                    }
                  json_object_set_array_member (ai, "auxiliaryFile", files);
                }
              _ama_export_copy_rest (ai, item, AMA_OPARL_EXT, agenda_item_standard);
              json_array_add_object_element (items_out, ai);
            }
          json_object_set_array_member (meeting, "agendaItem", items_out);
        }
      _ama_export_copy_rest (meeting, m, AMA_OPARL_EXT, meeting_standard);
      json_array_add_object_element (meetings_out, meeting);
      g_ptr_array_add (meeting_objs, meeting);
    }

  /* The review report */
  report = oparl_object ("Paper", report_url);
  json_object_set_string_member (report, "body", o.body_url);
  set_str_if (report, "name", title);
  set_str_if (report, "reference", review_id);
  json_object_set_string_member (report, "paperType", AMA_OPARL_PAPER_REPORT);
  if (review_org != NULL)
    append_str (report, "originatorOrganization", review_org);

  documents = _ama_export_array (doc, "documents");
  for (guint i = 0; documents != NULL && i < json_array_get_length (documents); i++)
    {
      JsonObject *d = json_array_get_object_element (documents, i);
      gboolean response = g_strcmp0 (_ama_export_str (d, "kind"), "response") == 0;
      g_autofree char *fid = oparl_url (&o, "file/%u", i + 1);

      g_ptr_array_add (response ? response_files : report_files, file_object (&o, d, fid, i));
    }
  set_files (report, report_files);

  considerations = _ama_export_array (doc, "considerations");
  if (considerations != NULL && json_array_get_length (considerations) > 0)
    {
      JsonArray *consultations = json_array_new ();

      for (guint i = 0; i < json_array_get_length (considerations); i++)
        {
          JsonObject *c = json_array_get_object_element (considerations, i);
          g_autofree char *cid = oparl_url (&o, "consultation/%u", i + 1);
          JsonObject *cons = oparl_object ("Consultation", cid);
          const char *cbody = _ama_export_str (c, "body");
          const char *date = _ama_export_str (c, "date");
          const char *outcome = _ama_export_str (c, "outcome");
          const char *org = organization_url (&o, cbody);

          json_object_set_string_member (cons, "paper", report_url);
          /* The meeting of that body on that day, and its item on the
           * review (the one of the review's title, or the only one). */
          for (guint j = 0; date != NULL && cbody != NULL && j < meeting_objs->len; j++)
            {
              JsonObject *m = json_array_get_object_element (meetings, j);
              JsonObject *mo = g_ptr_array_index (meeting_objs, j);
              JsonArray *ais;
              JsonObject *ai = NULL;

              if (g_strcmp0 (_ama_export_str (m, "date"), date) != 0 ||
                  g_strcmp0 (_ama_export_str (m, "body"), cbody) != 0)
                continue;
              json_object_set_string_member (cons, "meeting", _ama_export_str (mo, "id"));
              ais = _ama_export_array (mo, "agendaItem");
              for (guint k = 0; ais != NULL && k < json_array_get_length (ais) && ai == NULL; k++)
                if (title != NULL &&
                    g_strcmp0 (_ama_export_str (json_array_get_object_element (ais, k), "name"), title) == 0)
                  ai = json_array_get_object_element (ais, k);
              if (ai == NULL && ais != NULL && json_array_get_length (ais) == 1)
                ai = json_array_get_object_element (ais, 0);
              if (ai != NULL)
                {
                  json_object_set_string_member (cons, "agendaItem", _ama_export_str (ai, "id"));
                  if (!json_object_has_member (ai, "consultation"))
                    json_object_set_string_member (ai, "consultation", cid);
                }
              break;
            }
          if (org != NULL)
            append_str (cons, "organization", org);
          if (outcome != NULL)
            {
              json_object_set_boolean_member (cons, "authoritative", outcome_is_decision (outcome));
              json_object_set_string_member (cons, "role", outcome);
            }
          _ama_export_copy_rest (cons, c, AMA_OPARL_EXT, consideration_standard);
          json_array_add_object_element (consultations, cons);
        }
      json_object_set_array_member (report, "consultation", consultations);
    }

  /* What OParl has no place for: the review's own members, and its
   * recommendations (their responses go to the response paper). */
  _ama_export_copy_rest (report, doc, AMA_OPARL_EXT, review_standard);
  recommendations = _ama_export_array (doc, "recommendations");
  for (guint i = 0; recommendations != NULL && i < json_array_get_length (recommendations); i++)
    {
      JsonObject *rec = json_array_get_object_element (recommendations, i);
      JsonObject *rec_out = json_object_new ();
      JsonNode *response = json_object_get_member (rec, "response");
      JsonNode *updates = json_object_get_member (rec, "updates");

      _ama_export_copy_rest (rec_out, rec, "", recommendation_kept_apart);
      json_array_add_object_element (recs_out, rec_out);
      if (response != NULL || updates != NULL)
        {
          JsonObject *entry = json_object_new ();
          const char *number = _ama_export_str (rec, "number");

          if (number != NULL)
            json_object_set_string_member (entry, "recommendation", number);
          else
            json_object_set_int_member (entry, "recommendation-index", i);
          if (response != NULL)
            json_object_set_member (entry, "response", json_node_copy (response));
          if (updates != NULL)
            json_object_set_member (entry, "updates", json_node_copy (updates));
          json_array_add_object_element (responses, entry);
        }
    }
  if (json_array_get_length (recs_out) > 0)
    json_object_set_array_member (report, AMA_OPARL_EXT "recommendations", json_array_ref (recs_out));
  json_array_add_object_element (papers, report);

  /* The executive's response */
  if (json_array_get_length (responses) > 0 || response_files->len > 0)
    {
      JsonObject *paper = oparl_object ("Paper", response_url);
      g_autofree char *name = title ? g_strconcat ("Response to: ", title, NULL) : NULL;

      append_str (report, "relatedPaper", response_url);
      json_object_set_string_member (paper, "body", o.body_url);
      set_str_if (paper, "name", name);
      json_object_set_string_member (paper, "paperType", AMA_OPARL_PAPER_RESPONSE);
      append_str (paper, "relatedPaper", report_url);
      set_files (paper, response_files);
      if (json_array_get_length (responses) > 0)
        json_object_set_array_member (paper, AMA_OPARL_EXT "responses", json_array_ref (responses));
      json_array_add_object_element (papers, paper);
    }

  root = json_object_new ();
  json_object_set_object_member (root, "system", system);
  json_object_set_member (root, "body", list_page (bodies));
  json_object_set_member (root, "organization", list_page (organizations));
  json_object_set_member (root, "person", list_page (persons));
  json_object_set_member (root, "meeting", list_page (meetings_out));
  json_object_set_member (root, "paper", list_page (papers));

  json_array_unref (responses);
  json_array_unref (recs_out);
  g_free (o.body_url);
  g_hash_table_unref (o.org_urls);
  g_hash_table_unref (o.objects);
  g_hash_table_unref (o.person_urls);
  g_hash_table_unref (o.id_counts);

  {
    JsonNode *node = json_node_alloc ();

    json_node_init_object (node, root);
    json_object_unref (root);
    return node;
  }
}
