/* ama-export-ocd.c: a review's meetings as Open Civic Data events
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-export-private.h"

#define EXT "ama:"

/* "ocd-event/" + a UUID (version 5 layout) from the SHA-1 of @name: the
 * same meeting of the same review always has the same id. */
static char *
ocd_event_id (const char *name)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize len = sizeof digest;

  g_checksum_update (sum, (const guchar *) name, -1);
  g_checksum_get_digest (sum, digest, &len);
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  return g_strdup_printf ("ocd-event/%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

static JsonObject *
participant (const char *name,
             const char *entity_type,
             const char *note)
{
  JsonObject *p = json_object_new ();

  json_object_set_string_member (p, "name", name);
  json_object_set_string_member (p, "entity_type", entity_type);
  json_object_set_string_member (p, "note", note);
  return p;
}

static const char * const meeting_standard[] = {
  "body", "date", "end-date", "location", "status", "kind", "attendees", "agenda-items", NULL
};
static const char * const item_standard[] = { "title", "resolutions", "documents", NULL };

JsonNode *
_ama_export_ocd (AmaExportContext *ctx)
{
  JsonObject *doc = ctx->doc;
  const char *review_body = _ama_export_str (doc, "body");
  JsonArray *meetings = _ama_export_array (doc, "meetings");
  g_autoptr(GPtrArray) keys = _ama_export_meeting_keys (meetings);
  JsonArray *events = json_array_new ();

  for (guint i = 0; meetings != NULL && i < json_array_get_length (meetings); i++)
    {
      JsonObject *m = json_array_get_object_element (meetings, i);
      g_autofree char *seed = g_strdup_printf ("%s/meeting/%s", ctx->base, (char *) g_ptr_array_index (keys, i));
      g_autofree char *id = ocd_event_id (seed);
      const char *mbody = _ama_export_str (m, "body") ?: review_body;
      const char *status = _ama_export_str (m, "status");
      g_autofree char *folded = status ? g_utf8_casefold (status, -1) : NULL;
      JsonArray *items = _ama_export_array (m, "agenda-items");
      JsonArray *attendees = _ama_export_array (m, "attendees");
      JsonObject *event = json_object_new ();
      JsonArray *participants = json_array_new ();
      JsonArray *documents = json_array_new ();
      JsonArray *agenda = json_array_new ();
      JsonObject *extras = json_object_new ();
      JsonArray *sources = json_array_new ();

      json_object_set_string_member (event, "id", id);
      json_object_set_string_member (event, "_type", "event");
      json_object_set_string_member (event, "name", mbody ?: "Meeting");
      json_object_set_string_member (event, "classification", _ama_export_str (m, "kind") ?: "other");
      if (_ama_export_str (m, "date") != NULL)
        json_object_set_string_member (event, "start_date", _ama_export_str (m, "date"));
      if (_ama_export_str (m, "end-date") != NULL)
        json_object_set_string_member (event, "end_date", _ama_export_str (m, "end-date"));
      /* OCD's statuses are few; the council's own word is in extras. */
      json_object_set_string_member (event, "status",
                                     folded && strstr (folded, "cancel") ? "cancelled" : "confirmed");
      if (_ama_export_str (m, "location") != NULL)
        {
          JsonObject *loc = json_object_new ();

          json_object_set_string_member (loc, "name", _ama_export_str (m, "location"));
          json_object_set_null_member (loc, "coordinates");
          json_object_set_object_member (event, "location", loc);
        }
      if (mbody != NULL)
        json_array_add_object_element (participants, participant (mbody, "organization", "host"));
      for (guint j = 0; attendees != NULL && j < json_array_get_length (attendees); j++)
        {
          JsonObject *a = json_array_get_object_element (attendees, j);
          const char *name = json_object_has_member (a, "person")
                             ? _ama_export_str (json_object_get_object_member (a, "person"), "name") : NULL;
          if (name != NULL)
            json_array_add_object_element (participants, participant (name, "person", "participant"));
        }

      for (guint j = 0; items != NULL && j < json_array_get_length (items); j++)
        {
          JsonObject *item = json_array_get_object_element (items, j);
          JsonArray *resolutions = _ama_export_array (item, "resolutions");
          JsonArray *idocs = _ama_export_array (item, "documents");
          JsonObject *entry = json_object_new ();
          JsonArray *notes = json_array_new ();
          JsonObject *iextras = json_object_new ();
          g_autofree char *order = g_strdup_printf ("%u", j + 1);

          json_object_set_string_member (entry, "description", _ama_export_str (item, "title") ?: "");
          json_object_set_string_member (entry, "order", order);
          for (guint k = 0; resolutions != NULL && k < json_array_get_length (resolutions); k++)
            {
              const char *text = _ama_export_str (json_array_get_object_element (resolutions, k), "text");
              if (text != NULL)
                json_array_add_string_element (notes, text);
            }
          json_object_set_array_member (entry, "subjects", json_array_new ());
          json_object_set_array_member (entry, "notes", notes);
          json_object_set_array_member (entry, "classification", json_array_new ());
          json_object_set_array_member (entry, "related_entities", json_array_new ());
          if (resolutions != NULL)
            json_object_set_array_member (iextras, EXT "resolutions", json_array_ref (resolutions));
          _ama_export_copy_rest (iextras, item, EXT, item_standard);
          json_object_set_object_member (entry, "extras", iextras);
          json_array_add_object_element (agenda, entry);

          for (guint k = 0; idocs != NULL && k < json_array_get_length (idocs); k++)
            {
              JsonObject *d = json_array_get_object_element (idocs, k);
              JsonObject *dout = json_object_new ();
              JsonArray *links = json_array_new ();

              json_object_set_string_member (dout, "note", _ama_export_str (d, "title") ?: "");
              if (_ama_export_str (d, "date") != NULL)
                json_object_set_string_member (dout, "date", _ama_export_str (d, "date"));
              if (_ama_export_str (d, "uri") != NULL)
                {
                  JsonObject *link = json_object_new ();
                  json_object_set_string_member (link, "url", _ama_export_str (d, "uri"));
                  json_object_set_string_member (link, "media_type", "");
                  json_array_add_object_element (links, link);
                }
              json_object_set_array_member (dout, "links", links);
              json_array_add_object_element (documents, dout);
            }
        }

      json_object_set_array_member (event, "participants", participants);
      json_object_set_array_member (event, "documents", documents);
      json_object_set_array_member (event, "agenda", agenda);
      json_object_set_array_member (event, "sources", sources);
      _ama_export_copy_rest (extras, m, EXT, meeting_standard);
      if (status != NULL)
        json_object_set_string_member (extras, EXT "status", status);
      if (_ama_export_str (doc, "id") != NULL)
        json_object_set_string_member (extras, EXT "review", _ama_export_str (doc, "id"));
      json_object_set_object_member (event, "extras", extras);
      json_array_add_object_element (events, event);
    }

  {
    JsonNode *node = json_node_alloc ();

    json_node_init_array (node, events);
    json_array_unref (events);
    return node;
  }
}
