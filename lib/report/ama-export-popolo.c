/* ama-export-popolo.c: a review as Popolo persons, organizations,
 * memberships, events and motions
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-export-private.h"

#define EXT "ama:"

typedef struct
{
  AmaExportContext *ctx;
  GHashTable *ids;         /* key (JSON text or "org:" name) → id */
  GHashTable *id_counts;   /* id → times used */
  JsonArray  *persons;
  JsonArray  *organizations;
} Popolo;

static char *
unique_id (Popolo     *p,
           const char *kind,
           const char *name)
{
  g_autofree char *slug = _ama_export_slug (name);
  char *id = g_strdup_printf ("%s/%s/%s", p->ctx->base, kind, slug);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (p->id_counts, id)) + 1;

  g_hash_table_replace (p->id_counts, g_strdup (id), GUINT_TO_POINTER (n));
  if (n > 1)
    {
      char *unique = g_strdup_printf ("%s-%u", id, n);
      g_free (id);
      id = unique;
    }
  return id;
}

static const char *
organization_id (Popolo     *p,
                 const char *name,
                 const char *classification)
{
  g_autofree char *key = NULL;
  const char *id;
  JsonObject *org;
  char *new_id;

  if (name == NULL)
    return NULL;
  key = g_strconcat (classification, ":", name, NULL);
  if ((id = g_hash_table_lookup (p->ids, key)) != NULL)
    return id;

  new_id = unique_id (p, classification, name);
  org = json_object_new ();
  json_object_set_string_member (org, "id", new_id);
  json_object_set_string_member (org, "name", name);
  json_object_set_string_member (org, "classification", classification);
  json_array_add_object_element (p->organizations, org);
  g_hash_table_insert (p->ids, g_steal_pointer (&key), new_id);
  return new_id;
}

static const char * const person_standard[] = { "name", "honorific", "email", "phone", NULL };

static const char *
person_id (Popolo     *p,
           JsonObject *person)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), person);
  g_autofree char *key = json_to_string (node, FALSE);
  const char *id, *phone;
  JsonObject *obj;
  char *new_id;

  if ((id = g_hash_table_lookup (p->ids, key)) != NULL)
    return id;

  new_id = unique_id (p, "person", _ama_export_str (person, "name"));
  obj = json_object_new ();
  json_object_set_string_member (obj, "id", new_id);
  if (_ama_export_str (person, "name") != NULL)
    json_object_set_string_member (obj, "name", _ama_export_str (person, "name"));
  if (_ama_export_str (person, "honorific") != NULL)
    json_object_set_string_member (obj, "honorific_prefix", _ama_export_str (person, "honorific"));
  if (_ama_export_str (person, "email") != NULL)
    json_object_set_string_member (obj, "email", _ama_export_str (person, "email"));
  if ((phone = _ama_export_str (person, "phone")) != NULL)
    {
      JsonArray *details = json_array_new ();
      JsonObject *detail = json_object_new ();

      json_object_set_string_member (detail, "type", "voice");
      json_object_set_string_member (detail, "value", phone);
      json_array_add_object_element (details, detail);
      json_object_set_array_member (obj, "contact_details", details);
    }
  _ama_export_copy_rest (obj, person, EXT, person_standard);
  json_array_add_object_element (p->persons, obj);
  g_hash_table_insert (p->ids, g_steal_pointer (&key), new_id);
  return new_id;
}

static const char * const member_standard[] = { "person", "role", "party", NULL };
static const char * const meeting_standard[] = {
  "body", "date", "end-date", "location", "status", "kind", "attendees", "agenda-items", NULL
};

JsonNode *
_ama_export_popolo (AmaExportContext *ctx)
{
  JsonObject *doc = ctx->doc;
  const char *review_body = _ama_export_str (doc, "body");
  g_autoptr(JsonArray) persons = json_array_new ();
  g_autoptr(JsonArray) organizations = json_array_new ();
  g_autoptr(GPtrArray) keys = NULL;
  JsonArray *memberships = json_array_new ();
  JsonArray *events = json_array_new ();
  JsonArray *motions = json_array_new ();
  JsonArray *members, *meetings;
  const char *review_org;
  JsonObject *root;
  Popolo p = { 0, };

  p.ctx = ctx;
  p.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  p.id_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p.persons = persons;
  p.organizations = organizations;

  review_org = organization_id (&p, review_body, "committee");

  members = _ama_export_array (doc, "members");
  for (guint i = 0; members != NULL && i < json_array_get_length (members); i++)
    {
      JsonObject *member = json_array_get_object_element (members, i);
      JsonObject *person = json_object_get_object_member (member, "person");
      JsonObject *ms = json_object_new ();
      g_autofree char *id = g_strdup_printf ("%s/membership/%u", ctx->base, i + 1);
      const char *party = _ama_export_str (member, "party");

      json_object_set_string_member (ms, "id", id);
      if (person != NULL)
        json_object_set_string_member (ms, "person_id", person_id (&p, person));
      if (review_org != NULL)
        json_object_set_string_member (ms, "organization_id", review_org);
      if (_ama_export_str (member, "role") != NULL)
        json_object_set_string_member (ms, "role", _ama_export_str (member, "role"));
      if (party != NULL)
        json_object_set_string_member (ms, "on_behalf_of_id", organization_id (&p, party, "party"));
      _ama_export_copy_rest (ms, member, EXT, member_standard);
      json_array_add_object_element (memberships, ms);
    }

  meetings = _ama_export_array (doc, "meetings");
  keys = _ama_export_meeting_keys (meetings);
  for (guint i = 0; meetings != NULL && i < json_array_get_length (meetings); i++)
    {
      JsonObject *m = json_array_get_object_element (meetings, i);
      const char *key = g_ptr_array_index (keys, i);
      const char *mbody = _ama_export_str (m, "body");
      const char *date = _ama_export_str (m, "date");
      const char *org = organization_id (&p, mbody ?: review_body, "committee");
      JsonArray *items = _ama_export_array (m, "agenda-items");
      JsonArray *attendees = _ama_export_array (m, "attendees");
      g_autofree char *event_id = g_strdup_printf ("%s/event/%s", ctx->base, key);
      JsonObject *event = json_object_new ();

      json_object_set_string_member (event, "id", event_id);
      if (mbody ?: review_body)
        json_object_set_string_member (event, "name", mbody ?: review_body);
      if (date != NULL)
        json_object_set_string_member (event, "start_date", date);
      if (_ama_export_str (m, "end-date") != NULL)
        json_object_set_string_member (event, "end_date", _ama_export_str (m, "end-date"));
      if (_ama_export_str (m, "location") != NULL)
        json_object_set_string_member (event, "location", _ama_export_str (m, "location"));
      if (_ama_export_str (m, "status") != NULL)
        json_object_set_string_member (event, "status", _ama_export_str (m, "status"));
      if (_ama_export_str (m, "kind") != NULL)
        json_object_set_string_member (event, "classification", _ama_export_str (m, "kind"));
      if (org != NULL)
        json_object_set_string_member (event, "organization_id", org);
      if (attendees != NULL && json_array_get_length (attendees) > 0)
        {
          JsonArray *att = json_array_new ();

          for (guint j = 0; j < json_array_get_length (attendees); j++)
            {
              JsonObject *m_a = json_array_get_object_element (attendees, j);
              JsonObject *a = json_object_has_member (m_a, "person")
                              ? json_object_get_object_member (m_a, "person") : NULL;
              JsonObject *ref;

              if (a == NULL)
                continue;
              ref = json_object_new ();

              json_object_set_string_member (ref, "id", person_id (&p, a));
              if (_ama_export_str (a, "name") != NULL)
                json_object_set_string_member (ref, "name", _ama_export_str (a, "name"));
              json_array_add_object_element (att, ref);
            }
          json_object_set_array_member (event, "attendees", att);
        }
      _ama_export_copy_rest (event, m, EXT, meeting_standard);
      json_array_add_object_element (events, event);

      /* Each resolution of each item: a motion the body passed. */
      for (guint j = 0; items != NULL && j < json_array_get_length (items); j++)
        {
          JsonObject *item = json_array_get_object_element (items, j);
          JsonArray *resolutions = _ama_export_array (item, "resolutions");
          JsonObject *mover = json_object_has_member (item, "mover") ?
            json_object_get_object_member (item, "mover") : NULL;
          JsonObject *seconder = json_object_has_member (item, "seconder") ?
            json_object_get_object_member (item, "seconder") : NULL;

          for (guint k = 0; resolutions != NULL && k < json_array_get_length (resolutions); k++)
            {
              JsonObject *r = json_array_get_object_element (resolutions, k);
              JsonObject *motion = json_object_new ();
              g_autofree char *mid = g_strdup_printf ("%s/motion/%s-%u-%u", ctx->base, key, j + 1, k + 1);

              json_object_set_string_member (motion, "id", mid);
              if (org != NULL)
                json_object_set_string_member (motion, "organization_id", org);
              json_object_set_string_member (motion, "legislative_session_id", event_id);
              if (mover != NULL)
                json_object_set_string_member (motion, "creator_id", person_id (&p, mover));
              if (_ama_export_str (r, "text") != NULL)
                json_object_set_string_member (motion, "text", _ama_export_str (r, "text"));
              if (_ama_export_str (r, "number") != NULL)
                json_object_set_string_member (motion, "identifier", _ama_export_str (r, "number"));
              json_object_set_string_member (motion, "classification", "resolution");
              if (date != NULL)
                {
                  g_autofree char *dt = g_strconcat (date, "T00:00:00Z", NULL);
                  json_object_set_string_member (motion, "date", dt);
                }
              json_object_set_string_member (motion, "result", "pass");
              if (seconder != NULL)
                json_object_set_string_member (motion, EXT "seconder_id", person_id (&p, seconder));
              if (_ama_export_str (item, "number") != NULL)
                json_object_set_string_member (motion, EXT "agenda-item-number", _ama_export_str (item, "number"));
              if (_ama_export_str (item, "title") != NULL)
                json_object_set_string_member (motion, EXT "agenda-item-title", _ama_export_str (item, "title"));
              json_array_add_object_element (motions, motion);
            }
        }
    }

  root = json_object_new ();
  json_object_set_array_member (root, "persons", json_array_ref (persons));
  json_object_set_array_member (root, "organizations", json_array_ref (organizations));
  json_object_set_array_member (root, "memberships", memberships);
  json_object_set_array_member (root, "events", events);
  json_object_set_array_member (root, "motions", motions);

  g_hash_table_unref (p.ids);
  g_hash_table_unref (p.id_counts);

  {
    JsonNode *node = json_node_alloc ();

    json_node_init_object (node, root);
    json_object_unref (root);
    return node;
  }
}
