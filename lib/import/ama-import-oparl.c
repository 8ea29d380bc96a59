/* ama-import-oparl.c: OParl 1.0/1.1 objects into a review
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Reads single objects, list pages ({"data": […], "pagination": …}),
 * arrays of either, and documents that hold several of them under any
 * names (the exporter's {"system", "body", "organization", …}). The
 * objects are collected first, then mapped: the Body is the authority;
 * the scrutiny report Paper (the exporter's paper type, or the first
 * paper) is the review, its Consultations the review's considerations,
 * its Files its documents; Persons with a Membership of the paper's
 * originating Organization are the review's members; Meetings with
 * their AgendaItems are the review's meetings; other Papers are kept as
 * documents. "ama:" extension properties (see ama-exporter.c) are read
 * with the review format's own reader, so what the exporter carries
 * comes back unchanged.
 *
 * Every error names the JSON path of the input (`$.meeting.data[2].start`);
 * every OParl property the review has no place for is reported, by
 * object, as `oparl-ignored`, and a reference that points at no object
 * of the document as `oparl-unresolved`.
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "ama-import-private.h"
#include "ama-oparl-private.h"
#include "ama-json-private.h"
#include "ama-enum-types.h"
#include "ama-error.h"
#include "ama-agenda-item.h"
#include "ama-consideration.h"
#include "ama-document.h"
#include "ama-json-path.h"
#include "ama-meeting.h"
#include "ama-member.h"
#include "ama-progress-update.h"
#include "ama-recommendation.h"
#include "ama-util-private.h"

typedef struct
{
  char       *type;    /* "Meeting" (owned) */
  JsonObject *obj;     /* unowned: lives in the parsed tree */
  char       *path;    /* owned */
} Item;

typedef struct
{
  AmaImportContext *ctx;
  const char *data;
  gsize       length;
  GPtrArray  *items;   /* of Item */
  GHashTable *by_id;   /* id → Item (unowned) */
  GHashTable *used;    /* JsonObject of every Person and Organization read */
} Reader;

static void
item_free (Item *item)
{
  g_free (item->type);
  g_free (item->path);
  g_free (item);
}

/* The metadata every OParl object has, which a review does not keep. */
static const char * const metadata[] = {
  "id", "type", "created", "modified", "license", "keyword", "web", "deleted", NULL
};

static void
report_ignored (Reader             *r,
                JsonObject         *obj,
                const char         *path,
                const char * const *handled)
{
  g_autoptr(GList) names = json_object_get_members (obj);
  g_autoptr(GString) ignored = g_string_new (NULL);

  for (const GList *l = names; l; l = l->next)
    {
      const char *name = l->data;

      if (g_str_has_prefix (name, AMA_OPARL_EXT) || g_strv_contains (metadata, name) ||
          (handled != NULL && g_strv_contains (handled, name)))
        continue;
      g_string_append_printf (ignored, "%s%s", ignored->len ? ", " : "", name);
    }
  if (ignored->len > 0)
    _ama_import_diag (r->ctx, AMA_SEVERITY_INFO, "oparl-ignored",
                      ama_json_path_locate (r->data, r->length, path), 0, path,
                      "not kept (a review has no place for it): %s", ignored->str);
}

static void
unresolved (Reader     *r,
            const char *path,
            const char *url)
{
  _ama_import_diag (r->ctx, AMA_SEVERITY_INFO, "oparl-unresolved",
                    ama_json_path_locate (r->data, r->length, path), 0, path,
                    "“%s” is not an object of this document", url);
}

/* ---- typed access, each failure naming the path -------------------- */

static gboolean
get_string (JsonObject  *obj,
            const char  *member,
            const char  *path,
            const char **out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (obj, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                   "%s.%s: expected a string", path, member);
      return FALSE;
    }
  *out = json_node_get_string (node);
  if (**out == '\0')
    *out = NULL;
  return TRUE;
}

static gboolean
get_array (JsonObject  *obj,
           const char  *member,
           const char  *path,
           JsonArray  **out,
           GError     **error)
{
  JsonNode *node = json_object_get_member (obj, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                   "%s.%s: expected an array", path, member);
      return FALSE;
    }
  *out = json_node_get_array (node);
  return TRUE;
}

static gboolean
get_object (JsonObject  *obj,
            const char  *member,
            const char  *path,
            JsonObject **out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (obj, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                   "%s.%s: expected an object", path, member);
      return FALSE;
    }
  *out = json_node_get_object (node);
  return TRUE;
}

/* Element @i of an array of strings (a list of URLs). */
static gboolean
get_string_element (JsonArray   *array,
                    guint        i,
                    const char  *path,
                    const char  *member,
                    const char **out,
                    GError     **error)
{
  JsonNode *node = json_array_get_element (array, i);

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                   "%s.%s[%u]: expected a string", path, member, i);
      return FALSE;
    }
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_object_element (JsonArray   *array,
                    guint        i,
                    const char  *path,
                    const char  *member,
                    JsonObject **out,
                    GError     **error)
{
  JsonNode *node = json_array_get_element (array, i);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                   "%s.%s[%u]: expected an object", path, member, i);
      return FALSE;
    }
  *out = json_node_get_object (node);
  return TRUE;
}

/* "2017-10-18" from an OParl date or date-time (the day where the
 * meeting took place: the date part as written, before any offset). */
static gboolean
get_date (JsonObject  *obj,
          const char  *member,
          const char  *path,
          char       **out,
          char       **time_out,
          GError     **error)
{
  const char *text;
  g_autoptr(GDateTime) check = NULL;
  g_autofree char *day = NULL;

  *out = NULL;
  if (time_out)
    *time_out = NULL;
  if (!get_string (obj, member, path, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  if (strlen (text) >= 10)
    {
      day = g_strndup (text, 10);
      check = _ama_date_from_iso (day);
    }
  if (check == NULL || (text[10] != '\0' && text[10] != 'T'))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                   "%s.%s: “%s” is not a date (YYYY-MM-DD) or date-time", path, member, text);
      return FALSE;
    }
  /* A time of day other than midnight is kept as the meeting's time. */
  if (time_out && text[10] == 'T' && strlen (text) >= 16 && strncmp (text + 11, "00:00", 5) != 0)
    *time_out = g_strndup (text + 11, 5);
  *out = g_steal_pointer (&day);
  return TRUE;
}

static gboolean take_position (JsonObject *built, const char *path, gint64 *position, GError **error);

/* ---- collecting the objects ------------------------------------------ */

static gboolean collect (Reader *r, JsonNode *node, const char *path, guint depth, GError **error);

static gboolean
collect_object (Reader     *r,
                JsonObject *obj,
                const char *path,
                guint       depth,
                GError    **error)
{
  const char *type = NULL;
  JsonNode *type_node = json_object_get_member (obj, "type");
  JsonNode *data = json_object_get_member (obj, "data");

  if (type_node != NULL)
    {
      Item *item;

      if (!get_string (obj, "type", path, &type, error))
        return FALSE;
      if (type == NULL || !g_str_has_prefix (type, AMA_OPARL_TYPE_PREFIX_1))
        {
          _ama_import_diag (r->ctx, AMA_SEVERITY_WARNING, "oparl-not-oparl",
                            ama_json_path_locate (r->data, r->length, path), 0, path,
                            "“%s” is not an OParl type; skipped", type ? type : "");
          return TRUE;
        }
      if (r->items->len >= AMA_OPARL_MAX_OBJECTS)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT,
                       "%s: more than %d OParl objects in one document", path, AMA_OPARL_MAX_OBJECTS);
          return FALSE;
        }
      item = g_new0 (Item, 1);
      item->type = g_strdup (strrchr (type, '/') + 1);
      item->obj = obj;
      item->path = g_strdup (path);
      g_ptr_array_add (r->items, item);
      {
        const char *id = NULL;

        if (!get_string (obj, "id", path, &id, error))
          return FALSE;
        if (id != NULL && !g_hash_table_contains (r->by_id, id))
          g_hash_table_insert (r->by_id, (gpointer) id, item);
      }
      return TRUE;
    }

  if (data != NULL)
    {
      JsonObject *links = NULL;
      const char *next = NULL;
      g_autofree char *p = g_strdup_printf ("%s.data", path);

      if (!JSON_NODE_HOLDS_ARRAY (data))
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID, "%s: expected an array", p);
          return FALSE;
        }
      if (!get_object (obj, "links", path, &links, error))
        return FALSE;
      if (links != NULL)
        {
          g_autofree char *lp = g_strdup_printf ("%s.links", path);

          if (!get_string (links, "next", lp, &next, error))
            return FALSE;
        }
      if (next != NULL)
        _ama_import_diag (r->ctx, AMA_SEVERITY_WARNING, "oparl-next-page",
                          ama_json_path_locate (r->data, r->length, path), 0, path,
                          "the list continues at “%s”, which is not read (no network); "
                          "give the pages as a folder", next);
      return collect (r, data, p, depth + 1, error);
    }

  /* A document holding lists and objects under names of its own */
  {
    g_autoptr(GList) names = json_object_get_members (obj);

    for (const GList *l = names; l; l = l->next)
      {
        JsonNode *member = json_object_get_member (obj, l->data);
        g_autofree char *p = g_strdup_printf ("%s.%s", path, (const char *) l->data);

        if (JSON_NODE_HOLDS_OBJECT (member) || JSON_NODE_HOLDS_ARRAY (member))
          if (!collect (r, member, p, depth + 1, error))
            return FALSE;
      }
  }
  return TRUE;
}

static gboolean
collect (Reader     *r,
         JsonNode   *node,
         const char *path,
         guint       depth,
         GError    **error)
{
  /* A dump is an object of lists of objects; anything deeper than this
   * is not a container of OParl objects. */
  if (depth > 8)
    return TRUE;

  if (JSON_NODE_HOLDS_OBJECT (node))
    return collect_object (r, json_node_get_object (node), path, depth, error);
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *p = g_strdup_printf ("%s[%u]", path, i);

          if (!collect (r, json_array_get_element (array, i), p, depth + 1, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* ---- building model objects ------------------------------------------ */

/* A JSON object of @src's extension properties, without the prefix. */
static JsonObject *
extensions (JsonObject *src)
{
  JsonObject *out = json_object_new ();
  g_autoptr(GList) names = json_object_get_members (src);

  for (const GList *l = names; l; l = l->next)
    {
      const char *name = l->data;

      if (g_str_has_prefix (name, AMA_OPARL_EXT) && name[strlen (AMA_OPARL_EXT)] != '\0')
        json_object_set_member (out, name + strlen (AMA_OPARL_EXT),
                                json_node_copy (json_object_get_member (src, name)));
    }
  return out;
}

/* Reads @built (an object in the review format) as a @type; an error
 * about a member that came from an extension property names it as
 * written in the input ("….ama:kind"), not as the review format does. */
static GObject *
deserialize (JsonObject  *built,
             GType        type,
             const char  *path,
             JsonObject  *src,
             GError     **error)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), built);
  g_autoptr(GError) local_error = NULL;
  GObject *object;
  gsize plen = strlen (path);

  object = _ama_json_deserialize (node, type, path, &local_error);
  if (object != NULL)
    return object;

  if (src != NULL && strncmp (local_error->message, path, plen) == 0 &&
      local_error->message[plen] == '.')
    {
      const char *name = local_error->message + plen + 1;
      gsize nlen = strcspn (name, ".[:");
      g_autofree char *member = g_strndup (name, nlen);
      g_autofree char *prefixed = g_strconcat (AMA_OPARL_EXT, member, NULL);

      if (json_object_has_member (src, prefixed))
        {
          g_set_error (error, local_error->domain, local_error->code, "%s." AMA_OPARL_EXT "%s",
                       path, name);
          return NULL;
        }
    }
  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

static const char *
organization_name (Reader     *r,
                   const char *url,
                   const char *path)
{
  Item *item;
  const char *name = NULL;

  if (url == NULL)
    return NULL;
  item = g_hash_table_lookup (r->by_id, url);
  if (item == NULL || !g_str_equal (item->type, "Organization"))
    {
      unresolved (r, path, url);
      return NULL;
    }
  g_hash_table_add (r->used, item->obj);
  if (!get_string (item->obj, "name", item->path, &name, NULL) || name == NULL)
    get_string (item->obj, "shortName", item->path, &name, NULL);
  return name;
}

static const char * const person_handled[] = {
  "body", "name", "familyName", "givenName", "formOfAddress", "status", "phone", "email",
  "membership", NULL
};

/* A Person as an AmaPerson: name (or given and family name),
 * formOfAddress as the honorific, the first status as the role, the
 * first phone and e-mail. */
static AmaPerson *
read_person (Reader     *r,
             JsonObject *p,
             const char *path,
             GError    **error)
{
  g_autoptr(JsonObject) built = extensions (p);
  const char *name, *given, *family, *address;

  g_hash_table_add (r->used, p);
  JsonArray *status, *phone, *email;
  g_autofree char *joined = NULL;

  if (!get_string (p, "name", path, &name, error) ||
      !get_string (p, "givenName", path, &given, error) ||
      !get_string (p, "familyName", path, &family, error) ||
      !get_string (p, "formOfAddress", path, &address, error) ||
      !get_array (p, "status", path, &status, error) ||
      !get_array (p, "phone", path, &phone, error) ||
      !get_array (p, "email", path, &email, error))
    return NULL;

  if (name == NULL && (given != NULL || family != NULL))
    name = joined = g_strjoin (" ", given ? given : family, given && family ? family : NULL, NULL);
  if (name != NULL)
    json_object_set_string_member (built, "name", name);
  if (address != NULL)
    json_object_set_string_member (built, "honorific", address);
  {
    struct { JsonArray *array; const char *from, *to; } lists[] = {
      { status, "status", "role" }, { phone, "phone", "phone" }, { email, "email", "email" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
      {
        const char *value;

        if (lists[i].array == NULL || json_array_get_length (lists[i].array) == 0)
          continue;
        if (!get_string_element (lists[i].array, 0, path, lists[i].from, &value, error))
          return NULL;
        json_object_set_string_member (built, lists[i].to, value);
        if (json_array_get_length (lists[i].array) > 1)
          _ama_import_diag (r->ctx, AMA_SEVERITY_INFO, "oparl-ignored",
                            ama_json_path_locate (r->data, r->length, path), 0, path,
                            "%s: only the first of %u values kept", lists[i].from,
                            json_array_get_length (lists[i].array));
      }
  }
  report_ignored (r, p, path, person_handled);
  return (AmaPerson *) deserialize (built, AMA_TYPE_PERSON, path, p, error);
}

/* The person a URL names, for a meeting's participants. */
static AmaPerson *
person_at (Reader     *r,
           const char *url,
           const char *path,
           GError    **error)
{
  Item *item = g_hash_table_lookup (r->by_id, url);

  if (item == NULL || !g_str_equal (item->type, "Person"))
    {
      unresolved (r, path, url);
      return NULL;
    }
  return read_person (r, item->obj, item->path, error);
}

static const char * const file_handled[] = { "name", "date", "accessUrl", "fileName", "mimeType",
                                             "size", "sha1Checksum", "sha512Checksum", "downloadUrl",
                                             NULL };

/* A File as an AmaDocument; *@position receives "ama:position" (-1
 * without it). */
static AmaDocument *
read_file (Reader     *r,
           JsonObject *f,
           const char *path,
           const char *default_kind,
           gint64     *position,
           GError    **error)
{
  g_autoptr(JsonObject) built = extensions (f);
  const char *id, *name, *access;
  g_autofree char *day = NULL;

  *position = -1;
  if (!get_string (f, "id", path, &id, error) ||
      !get_string (f, "name", path, &name, error) ||
      !get_string (f, "accessUrl", path, &access, error) ||
      !get_date (f, "date", path, &day, NULL, error))
    return NULL;

  if (!take_position (built, path, position, error))
    return NULL;
  if (name == NULL)
    {
      const char *file_name = NULL;
      if (!get_string (f, "fileName", path, &file_name, error))
        return NULL;
      name = file_name;
    }
  if (name != NULL)
    json_object_set_string_member (built, "title", name);
  /* The exporter points accessUrl at the File itself when the document
   * has no address of its own. */
  if (access != NULL && g_strcmp0 (access, id) != 0)
    json_object_set_string_member (built, "uri", access);
  if (day != NULL)
    json_object_set_string_member (built, "date", day);
  if (!json_object_has_member (built, "kind"))
    json_object_set_string_member (built, "kind", default_kind);
  report_ignored (r, f, path, file_handled);
  return (AmaDocument *) deserialize (built, AMA_TYPE_DOCUMENT, path, f, error);
}

/* A document or member read from an OParl list, with its
 * "ama:position" (-1 without one) and its index in the list: sorted by
 * compare_placed, the objects come back in the order libama wrote them,
 * those without a position after, as listed. */
typedef struct
{
  gpointer object;   /* owned: AmaDocument or AmaMember */
  gint64   position;
  guint    index;
} Placed;

static int
compare_placed (gconstpointer a,
                gconstpointer b)
{
  const Placed *x = a, *y = b;
  gint64 px = x->position >= 0 ? x->position : G_MAXINT64;
  gint64 py = y->position >= 0 ? y->position : G_MAXINT64;

  if (px != py)
    return px < py ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

/* mainFile and auxiliaryFile of @paper into @placed. */
static gboolean
read_paper_files (Reader     *r,
                  JsonObject *paper,
                  const char *path,
                  const char *main_kind,
                  const char *aux_kind,
                  GArray     *placed,
                  GError    **error)
{
  JsonObject *main_file;
  JsonArray *aux;

  if (!get_object (paper, "mainFile", path, &main_file, error) ||
      !get_array (paper, "auxiliaryFile", path, &aux, error))
    return FALSE;
  if (main_file != NULL)
    {
      g_autofree char *p = g_strdup_printf ("%s.mainFile", path);
      Placed pd = { NULL, -1, placed->len };

      if ((pd.object = read_file (r, main_file, p, main_kind, &pd.position, error)) == NULL)
        return FALSE;
      g_array_append_val (placed, pd);
    }
  for (guint i = 0; aux != NULL && i < json_array_get_length (aux); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s.auxiliaryFile[%u]", path, i);
      Placed pd = { NULL, -1, placed->len };
      JsonObject *f;

      if (!get_object_element (aux, i, path, "auxiliaryFile", &f, error) ||
          (pd.object = read_file (r, f, p, aux_kind, &pd.position, error)) == NULL)
        return FALSE;
      g_array_append_val (placed, pd);
    }
  return TRUE;
}

static const char * const agenda_item_handled[] = {
  "meeting", "number", "order", "name", "resolutionText", "auxiliaryFile", "consultation", NULL
};

static AmaAgendaItem *
read_agenda_item (Reader     *r,
                  JsonObject *ai,
                  const char *path,
                  GError    **error)
{
  g_autoptr(JsonObject) built = extensions (ai);
  g_autoptr(AmaAgendaItem) item = NULL;
  JsonNode *order = json_object_get_member (ai, "order");
  const char *number, *name, *resolution_text;
  JsonArray *aux;

  if (!get_string (ai, "number", path, &number, error) ||
      !get_string (ai, "name", path, &name, error) ||
      !get_string (ai, "resolutionText", path, &resolution_text, error) ||
      !get_array (ai, "auxiliaryFile", path, &aux, error))
    return NULL;
  if (order != NULL && (!JSON_NODE_HOLDS_VALUE (order) || json_node_get_value_type (order) != G_TYPE_INT64))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID, "%s.order: expected an integer", path);
      return NULL;
    }
  if (number != NULL)
    json_object_set_string_member (built, "number", number);
  if (name != NULL)
    json_object_set_string_member (built, "title", name);
  /* The numbered resolutions travel as an extension; OParl's one
   * resolution text stands for them, and alone is one resolution. */
  if (resolution_text != NULL && !json_object_has_member (built, "resolutions"))
    {
      JsonArray *resolutions = json_array_new ();
      JsonObject *res = json_object_new ();

      json_object_set_string_member (res, "text", resolution_text);
      json_array_add_object_element (resolutions, res);
      json_object_set_array_member (built, "resolutions", resolutions);
    }
  report_ignored (r, ai, path, agenda_item_handled);
  item = (AmaAgendaItem *) deserialize (built, AMA_TYPE_AGENDA_ITEM, path, ai, error);
  if (item == NULL)
    return NULL;

  for (guint i = 0; aux != NULL && i < json_array_get_length (aux); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s.auxiliaryFile[%u]", path, i);
      g_autoptr(AmaDocument) doc = NULL;
      JsonObject *f;
      gint64 position;

      if (!get_object_element (aux, i, path, "auxiliaryFile", &f, error) ||
          (doc = read_file (r, f, p, "other", &position, error)) == NULL)
        return NULL;
      ama_agenda_item_add_document (item, doc);
    }
  return g_steal_pointer (&item);
}

static const char * const meeting_handled[] = {
  "name", "meetingState", "cancelled", "start", "end", "location", "organization",
  "participant", "agendaItem", NULL
};

static AmaMeeting *
read_meeting (Reader     *r,
              JsonObject *m,
              const char *path,
              GError    **error)
{
  g_autoptr(JsonObject) built = extensions (m);
  g_autoptr(AmaMeeting) meeting = NULL;
  g_autofree char *start = NULL, *end = NULL, *time = NULL;
  const char *name, *state, *org_url = NULL, *body = NULL;
  JsonObject *location;
  JsonArray *orgs, *participants, *items;
  JsonNode *cancelled = json_object_get_member (m, "cancelled");

  if (!get_string (m, "name", path, &name, error) ||
      !get_string (m, "meetingState", path, &state, error) ||
      !get_date (m, "start", path, &start, &time, error) ||
      !get_date (m, "end", path, &end, NULL, error) ||
      !get_object (m, "location", path, &location, error) ||
      !get_array (m, "organization", path, &orgs, error) ||
      !get_array (m, "participant", path, &participants, error) ||
      !get_array (m, "agendaItem", path, &items, error))
    return NULL;
  if (cancelled != NULL && (!JSON_NODE_HOLDS_VALUE (cancelled) ||
                            json_node_get_value_type (cancelled) != G_TYPE_BOOLEAN))
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID, "%s.cancelled: expected true or false", path);
      return NULL;
    }

  if (orgs != NULL && json_array_get_length (orgs) > 0)
    {
      g_autofree char *p = g_strdup_printf ("%s.organization[0]", path);

      if (!get_string_element (orgs, 0, path, "organization", &org_url, error))
        return NULL;
      body = organization_name (r, org_url, p);
    }
  /* Without a known organization the meeting's name is all there is to
   * say who met (the exporter names a meeting of no body after the
   * review's commission, and marks it with its extension properties). */
  if (body == NULL && org_url == NULL && json_object_get_size (built) == 0)
    body = name;
  if (body != NULL)
    json_object_set_string_member (built, "body", body);
  if (start != NULL)
    json_object_set_string_member (built, "date", start);
  else
    _ama_import_diag (r->ctx, AMA_SEVERITY_WARNING, "oparl-undated",
                      ama_json_path_locate (r->data, r->length, path), 0, path,
                      "a meeting without a start date");
  if (end != NULL && g_strcmp0 (end, start) != 0)
    json_object_set_string_member (built, "end-date", end);
  if (time != NULL && !json_object_has_member (built, "time"))
    json_object_set_string_member (built, "time", time);
  if (location != NULL)
    {
      g_autofree char *lp = g_strdup_printf ("%s.location", path);
      const char *description;

      if (!get_string (location, "description", lp, &description, error))
        return NULL;
      if (description == NULL)
        {
          /* a structured address, joined as a council paper writes it */
          g_autoptr(GString) joined = g_string_new (NULL);
          static const char * const parts[] = { "room", "streetAddress", "postalCode", "locality", NULL };

          for (guint i = 0; parts[i] != NULL; i++)
            {
              const char *part;
              if (!get_string (location, parts[i], lp, &part, error))
                return NULL;
              if (part != NULL)
                g_string_append_printf (joined, "%s%s", joined->len ? ", " : "", part);
            }
          if (joined->len > 0)
            json_object_set_string_member (built, "location", joined->str);
        }
      else
        json_object_set_string_member (built, "location", description);
    }
  if (state != NULL)
    json_object_set_string_member (built, "status", state);
  else if (cancelled != NULL && json_node_get_boolean (cancelled))
    json_object_set_string_member (built, "status", "Cancelled");

  report_ignored (r, m, path, meeting_handled);
  meeting = (AmaMeeting *) deserialize (built, AMA_TYPE_MEETING, path, m, error);
  if (meeting == NULL)
    return NULL;

  /* The exporter carries the attendees whole ("ama:attendees": their
   * roles and parties too); participant is then their Persons. */
  for (guint i = 0; participants != NULL && !json_object_has_member (built, "attendees") &&
                    i < json_array_get_length (participants); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s.participant[%u]", path, i);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(AmaPerson) person = NULL;
      const char *url;

      if (!get_string_element (participants, i, path, "participant", &url, error))
        return NULL;
      person = person_at (r, url, p, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (person != NULL)
        {
          /* OParl says who took part, not in which capacity */
          g_autoptr(AmaMember) attendee = ama_member_new (person, AMA_MEMBER_ROLE_OTHER);
          ama_meeting_add_attendee (meeting, attendee);
        }
    }
  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s.agendaItem[%u]", path, i);
      g_autoptr(AmaAgendaItem) item = NULL;
      JsonObject *ai;

      if (!get_object_element (items, i, path, "agendaItem", &ai, error) ||
          (item = read_agenda_item (r, ai, p, error)) == NULL)
        return NULL;
      ama_meeting_add_agenda_item (meeting, item);
    }
  return g_steal_pointer (&meeting);
}

static const char * const consultation_handled[] = {
  "paper", "agendaItem", "meeting", "organization", "authoritative", "role", NULL
};

static AmaConsideration *
read_consultation (Reader     *r,
                   JsonObject *c,
                   const char *path,
                   GError    **error)
{
  g_autoptr(JsonObject) built = extensions (c);
  const char *role, *meeting_url;
  JsonArray *orgs;

  if (!get_string (c, "role", path, &role, error) ||
      !get_string (c, "meeting", path, &meeting_url, error) ||
      !get_array (c, "organization", path, &orgs, error))
    return NULL;
  if (orgs != NULL && json_array_get_length (orgs) > 0)
    {
      g_autofree char *p = g_strdup_printf ("%s.organization[0]", path);
      const char *url, *name;

      if (!get_string_element (orgs, 0, path, "organization", &url, error))
        return NULL;
      if ((name = organization_name (r, url, p)) != NULL)
        json_object_set_string_member (built, "body", name);
    }
  if (role != NULL)
    json_object_set_string_member (built, "outcome", role);
  /* OParl dates a consultation through its meeting */
  if (!json_object_has_member (built, "date") && meeting_url != NULL)
    {
      Item *item = g_hash_table_lookup (r->by_id, meeting_url);
      g_autofree char *p = g_strdup_printf ("%s.meeting", path);
      g_autofree char *day = NULL;

      if (item == NULL || !g_str_equal (item->type, "Meeting"))
        unresolved (r, p, meeting_url);
      else if (!get_date (item->obj, "start", item->path, &day, NULL, error))
        return NULL;
      if (day != NULL)
        json_object_set_string_member (built, "date", day);
    }
  report_ignored (r, c, path, consultation_handled);
  return (AmaConsideration *) deserialize (built, AMA_TYPE_CONSIDERATION, path, c, error);
}

static gboolean
read_consultations (Reader     *r,
                    AmaReview  *review,
                    JsonObject *paper,
                    const char *path,
                    GError    **error)
{
  JsonArray *consultations;

  if (!get_array (paper, "consultation", path, &consultations, error))
    return FALSE;
  for (guint i = 0; consultations != NULL && i < json_array_get_length (consultations); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s.consultation[%u]", path, i);
      g_autoptr(AmaConsideration) c = NULL;
      JsonObject *obj;

      if (!get_object_element (consultations, i, path, "consultation", &obj, error) ||
          (c = read_consultation (r, obj, p, error)) == NULL)
        return FALSE;
      ama_review_add_consideration (review, c);
    }
  return TRUE;
}

static gboolean
is_paper_of (Item       *item,
             const char *paper_type,
             const char *extension)
{
  const char *type = NULL;

  if (!g_str_equal (item->type, "Paper"))
    return FALSE;
  if (json_object_has_member (item->obj, extension))
    return TRUE;
  get_string (item->obj, "paperType", item->path, &type, NULL);
  return g_strcmp0 (type, paper_type) == 0;
}

/* "ama:position" of @built (removed from it), -1 without one. */
static gboolean
take_position (JsonObject  *built,
               const char  *path,
               gint64      *position,
               GError     **error)
{
  JsonNode *node = json_object_get_member (built, "position");

  *position = -1;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 0)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                   "%s." AMA_OPARL_EXT "position: expected an integer of 0 or more", path);
      return FALSE;
    }
  *position = json_node_get_int (node);
  json_object_remove_member (built, "position");
  return TRUE;
}

/* Members: Persons with a Membership of the review's organization (of
 * none, when the review names none). */
static gboolean
read_members (Reader     *r,
              AmaReview  *review,
              const char *org_url,
              GError    **error)
{
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  gboolean ok = FALSE;

  /* A person who is a member twice is one Person with two Memberships:
   * "ama:position" keeps the review's order. */
  for (guint i = 0; i < r->items->len; i++)
    {
      Item *item = g_ptr_array_index (r->items, i);
      g_autoptr(AmaPerson) person = NULL;
      JsonArray *memberships;

      if (!g_str_equal (item->type, "Person"))
        continue;
      if (!get_array (item->obj, "membership", item->path, &memberships, error))
        return FALSE;
      for (guint j = 0; memberships != NULL && j < json_array_get_length (memberships); j++)
        {
          g_autofree char *p = g_strdup_printf ("%s.membership[%u]", item->path, j);
          g_autoptr(JsonObject) built = NULL;
          g_autoptr(AmaMember) member = NULL;
          JsonObject *ms;
          const char *org, *role;

          Placed pm = { NULL, -1, placed->len };

          if (!get_object_element (memberships, j, item->path, "membership", &ms, error) ||
              !get_string (ms, "organization", p, &org, error) ||
              !get_string (ms, "role", p, &role, error))
            goto out;
          /* The exporter leaves out the organization of the members of
           * a review that names no commission. */
          if (org_url == NULL ? org != NULL : g_strcmp0 (org, org_url) != 0)
            continue;
          built = extensions (ms);
          if (!take_position (built, p, &pm.position, error))
            goto out;
          if (role != NULL)
            {
              g_autoptr(GEnumClass) klass = g_type_class_ref (AMA_TYPE_MEMBER_ROLE);

              if (g_enum_get_value_by_nick (klass, role) != NULL)
                json_object_set_string_member (built, "role", role);
              else
                {
                  json_object_set_string_member (built, "role", "other");
                  _ama_import_diag (r->ctx, AMA_SEVERITY_INFO, "oparl-role-other",
                                    ama_json_path_locate (r->data, r->length, p), 0, p,
                                    "role “%s” read as “other”", role);
                }
            }
          member = (AmaMember *) deserialize (built, AMA_TYPE_MEMBER, p, ms, error);
          if (member == NULL)
            goto out;
          if (person == NULL && (person = read_person (r, item->obj, item->path, error)) == NULL)
            goto out;
          ama_member_set_person (member, person);
          pm.object = g_steal_pointer (&member);
          g_array_append_val (placed, pm);
        }
    }
  g_array_sort (placed, compare_placed);
  for (guint i = 0; i < placed->len; i++)
    ama_review_add_member (review, g_array_index (placed, Placed, i).object);
  ok = TRUE;

out:
  for (guint i = 0; i < placed->len; i++)
    g_object_unref (g_array_index (placed, Placed, i).object);
  return ok;
}

/* "ama:responses" of the response paper onto the recommendations. */
static gboolean
read_responses (Reader     *r,
                AmaReview  *review,
                Item       *paper,
                GError    **error)
{
  g_autofree char *path = g_strdup_printf ("%s." AMA_OPARL_EXT "responses", paper->path);
  GListModel *recs = ama_review_get_recommendations (review);
  JsonArray *responses;

  if (!get_array (paper->obj, AMA_OPARL_EXT "responses", paper->path, &responses, error))
    return FALSE;
  for (guint i = 0; responses != NULL && i < json_array_get_length (responses); i++)
    {
      g_autofree char *p = g_strdup_printf ("%s[%u]", path, i);
      g_autoptr(AmaRecommendation) rec = NULL;
      JsonObject *entry, *response_obj;
      JsonArray *updates;
      const char *number;
      JsonNode *index = NULL;

      if (!get_object_element (responses, i, paper->path, AMA_OPARL_EXT "responses", &entry, error) ||
          !get_string (entry, "recommendation", p, &number, error) ||
          !get_object (entry, "response", p, &response_obj, error) ||
          !get_array (entry, "updates", p, &updates, error))
        return FALSE;
      index = json_object_get_member (entry, "recommendation-index");
      for (guint j = 0; number != NULL && j < g_list_model_get_n_items (recs) && rec == NULL; j++)
        {
          g_autoptr(AmaRecommendation) candidate = g_list_model_get_item (recs, j);

          if (g_strcmp0 (ama_recommendation_get_number (candidate), number) == 0)
            rec = g_steal_pointer (&candidate);
        }
      if (number == NULL && index != NULL && JSON_NODE_HOLDS_VALUE (index) &&
          json_node_get_value_type (index) == G_TYPE_INT64 && json_node_get_int (index) >= 0 &&
          json_node_get_int (index) < g_list_model_get_n_items (recs))
        rec = g_list_model_get_item (recs, json_node_get_int (index));
      if (rec == NULL)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_REFERENCE,
                       "%s.recommendation: no recommendation numbered “%s” in the report's "
                       AMA_OPARL_EXT "recommendations", p, number ? number : "");
          return FALSE;
        }
      if (response_obj != NULL)
        {
          g_autofree char *rp = g_strdup_printf ("%s.response", p);
          g_autoptr(AmaResponse) response =
            (AmaResponse *) deserialize (response_obj, AMA_TYPE_RESPONSE, rp, NULL, error);

          if (response == NULL)
            return FALSE;
          ama_recommendation_set_response (rec, response);
        }
      for (guint j = 0; updates != NULL && j < json_array_get_length (updates); j++)
        {
          g_autofree char *up = g_strdup_printf ("%s.updates[%u]", p, j);
          g_autoptr(AmaProgressUpdate) update = NULL;
          JsonObject *u;

          if (!get_object_element (updates, j, p, "updates", &u, error) ||
              (update = (AmaProgressUpdate *) deserialize (u, AMA_TYPE_PROGRESS_UPDATE,
                                                           up, NULL, error)) == NULL)
            return FALSE;
          ama_recommendation_add_update (rec, update);
        }
    }
  return TRUE;
}

static const char * const report_handled[] = {
  "body", "name", "reference", "date", "paperType", "originatorOrganization", "underDirectionOf", "mainFile",
  "auxiliaryFile", "consultation", "relatedPaper", NULL
};
static const char * const body_handled[] = {
  "system", "name", "shortName", "organization", "person", "meeting", "paper", "legislativeTerm",
  NULL
};

AmaReview *
_ama_import_oparl (AmaImportContext *ctx,
                   const char       *data,
                   gsize             length,
                   GError          **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(JsonObject) built = NULL;
  Item *report = NULL, *response = NULL, *body = NULL;
  const char *org_url = NULL, *authority = NULL, *id = NULL;
  gboolean ok = FALSE;
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);
  Reader r = { ctx, data, length, items, by_id, used };

  /* A byte-order mark is not JSON, but editors write one. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, length -= 3, r.data = data, r.length = length;

  if ((root = _ama_json_parse (data, length, error)) == NULL)
    return NULL;
  if (!collect (&r, root, "$", 0, error))
    return NULL;
  if (items->len == 0)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_UNSUPPORTED_FORMAT,
                   "$: no OParl object (an object whose type is https://schema.oparl.org/1.x/…)");
      return NULL;
    }

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);

      if (body == NULL && g_str_equal (item->type, "Body"))
        body = item;
      if (report == NULL && is_paper_of (item, AMA_OPARL_PAPER_REPORT, AMA_OPARL_EXT "recommendations"))
        report = item;
      if (response == NULL && is_paper_of (item, AMA_OPARL_PAPER_RESPONSE, AMA_OPARL_EXT "responses"))
        response = item;
    }
  for (guint i = 0; report == NULL && i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);

      if (g_str_equal (item->type, "Paper") && item != response)
        report = item;
    }

  /* The review: the report's extension properties, its name and
   * reference, the Body's name and the originating organization. */
  built = report ? extensions (report->obj) : json_object_new ();
  if (body != NULL)
    {
      if (!get_string (body->obj, "name", body->path, &authority, error))
        return NULL;
      if (authority == NULL && !get_string (body->obj, "shortName", body->path, &authority, error))
        return NULL;
      if (authority != NULL)
        json_object_set_string_member (built, "authority", authority);
      report_ignored (&r, body->obj, body->path, body_handled);
    }
  if (report != NULL)
    {
      const char *name, *reference;
      JsonArray *orgs;

      if (!get_string (report->obj, "name", report->path, &name, error) ||
          !get_string (report->obj, "reference", report->path, &reference, error) ||
          !get_array (report->obj, "originatorOrganization", report->path, &orgs, error))
        return NULL;
      if (orgs == NULL || json_array_get_length (orgs) == 0)
        if (!get_array (report->obj, "underDirectionOf", report->path, &orgs, error))
          return NULL;
      if (name != NULL)
        json_object_set_string_member (built, "title", name);
      id = reference;
      if (orgs != NULL && json_array_get_length (orgs) > 0)
        {
          g_autofree char *p = g_strdup_printf ("%s.originatorOrganization[0]", report->path);
          const char *org_name;

          if (!get_string_element (orgs, 0, report->path, "originatorOrganization", &org_url, error))
            return NULL;
          if ((org_name = organization_name (&r, org_url, p)) != NULL)
            json_object_set_string_member (built, "body", org_name);
        }
      report_ignored (&r, report->obj, report->path, report_handled);
    }
  if (!json_object_has_member (built, "id"))
    {
      g_autofree char *slug = NULL;

      if (id == NULL)
        {
          JsonNode *title_node = json_object_get_member (built, "title");
          const char *title = title_node != NULL && JSON_NODE_HOLDS_VALUE (title_node) &&
                              json_node_get_value_type (title_node) == G_TYPE_STRING
                              ? json_node_get_string (title_node) : NULL;
          GString *s = g_string_new (NULL);

          /* an id part from the title or authority: letters and digits */
          for (const char *c = title ? title : (authority ? authority : "oparl"); *c; c++)
            if (g_ascii_isalnum (*c))
              g_string_append_c (s, g_ascii_tolower (*c));
            else if (s->len > 0 && s->str[s->len - 1] != '-')
              g_string_append_c (s, '-');
          while (s->len > 0 && s->str[s->len - 1] == '-')
            g_string_truncate (s, s->len - 1);
          slug = g_string_free (s, s->len == 0);
          id = slug ? slug : "oparl";
        }
      json_object_set_string_member (built, "id", id);
    }

  review = (AmaReview *) deserialize (built, AMA_TYPE_REVIEW,
                                      report ? report->path : "$", report ? report->obj : NULL, error);
  if (review == NULL)
    return NULL;
  if (ama_review_get_appraisal (review) != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      if (!_ama_json_check_appraisal (ama_review_get_appraisal (review), &local_error))
        {
          /* "$.appraisal…" is the report's "ama:appraisal" */
          g_autofree char *place = g_strconcat (report ? report->path : "$",
                                                "." AMA_OPARL_EXT "appraisal", NULL);
          g_auto(GStrv) parts = g_strsplit (local_error->message, "$.appraisal", -1);
          g_autofree char *message = g_strjoinv (place, parts);

          g_set_error_literal (error, local_error->domain, local_error->code, message);
          return NULL;
        }
    }

  if (!read_members (&r, review, org_url, error))
    return NULL;

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);
      g_autoptr(AmaMeeting) meeting = NULL;

      if (!g_str_equal (item->type, "Meeting"))
        continue;
      if ((meeting = read_meeting (&r, item->obj, item->path, error)) == NULL)
        goto out;
      ama_review_add_meeting (review, meeting);
    }

  /* Documents: the report's and the response's files, in the order the
   * review had them; other papers as documents of their own. */
  if (report != NULL &&
      (!read_paper_files (&r, report->obj, report->path,
                          report != NULL && is_paper_of (report, AMA_OPARL_PAPER_REPORT,
                                                         AMA_OPARL_EXT "recommendations")
                          ? "report" : "other", "appendix", placed, error) ||
       !read_consultations (&r, review, report->obj, report->path, error)))
    goto out;
  if (response != NULL && response != report)
    {
      if (!read_paper_files (&r, response->obj, response->path, "response", "response", placed, error) ||
          !read_consultations (&r, review, response->obj, response->path, error) ||
          !read_responses (&r, review, response, error))
        goto out;
    }
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);
      g_autoptr(JsonObject) doc = NULL;
      JsonObject *main_file;
      const char *name, *reference;
      g_autofree char *day = NULL;
      Placed pd = { NULL, -1, placed->len };

      if (!g_str_equal (item->type, "Paper") || item == report || item == response)
        continue;
      if (!get_string (item->obj, "name", item->path, &name, error) ||
          !get_string (item->obj, "reference", item->path, &reference, error) ||
          !get_date (item->obj, "date", item->path, &day, NULL, error) ||
          !get_object (item->obj, "mainFile", item->path, &main_file, error))
        goto out;
      doc = extensions (item->obj);
      json_object_set_string_member (doc, "kind", "other");
      if (name != NULL)
        json_object_set_string_member (doc, "title", name);
      if (reference != NULL)
        json_object_set_string_member (doc, "label", reference);
      if (day != NULL)
        json_object_set_string_member (doc, "date", day);
      if (main_file != NULL)
        {
          g_autofree char *p = g_strdup_printf ("%s.mainFile", item->path);
          const char *access;

          if (!get_string (main_file, "accessUrl", p, &access, error))
            goto out;
          if (access != NULL)
            json_object_set_string_member (doc, "uri", access);
        }
      report_ignored (&r, item->obj, item->path, (const char * const[]) {
        "body", "name", "reference", "date", "mainFile", "consultation", NULL });
      if ((pd.object = (AmaDocument *) deserialize (doc, AMA_TYPE_DOCUMENT,
                                                      item->path, item->obj, error)) == NULL)
        goto out;
      g_array_append_val (placed, pd);
      if (!read_consultations (&r, review, item->obj, item->path, error))
        goto out;
    }
  g_array_sort (placed, compare_placed);
  for (guint i = 0; i < placed->len; i++)
    ama_review_add_document (review, g_array_index (placed, Placed, i).object);

  /* What was collected and mapped nowhere */
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = g_ptr_array_index (items, i);
      static const char * const mapped[] = {
        "Body", "Paper", "Meeting", "Person", "Organization", NULL
      };

      if (!g_strv_contains (mapped, item->type) ||
          ((g_str_equal (item->type, "Person") || g_str_equal (item->type, "Organization")) &&
           !g_hash_table_contains (used, item->obj)))
        _ama_import_diag (ctx, AMA_SEVERITY_INFO, "oparl-ignored",
                          ama_json_path_locate (data, length, item->path), 0, item->path,
                          "%s object not part of the review; not kept", item->type);
    }
  if (report == NULL && g_list_model_get_n_items (ama_review_get_meetings (review)) == 0)
    _ama_import_diag (ctx, AMA_SEVERITY_WARNING, "oparl-no-review", 0, 0, "$",
                      "no Paper or Meeting: nothing to make a review of");
  ok = TRUE;

out:
  for (guint i = 0; i < placed->len; i++)
    g_object_unref (g_array_index (placed, Placed, i).object);
  return ok ? g_steal_pointer (&review) : NULL;
}
