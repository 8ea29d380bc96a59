/* ama-exporter.c
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "ama-exporter.h"
#include "ama-enum-types.h"
#include "ama-error.h"
#include "ama-json-private.h"
#include "ama-export-private.h"
#include "ama-util-private.h"

/**
 * AmaExporter:
 *
 * Writes a review in the civic-data standards other systems read:
 * [OParl 1.1](https://oparl.org/spezifikation/), the API of German and
 * Austrian council information systems; [Popolo](https://www.popoloproject.com/);
 * and [Open Civic Data](https://open-civic-data.readthedocs.io/) events.
 *
 * None of them has a scrutiny recommendation, an executive response, an
 * action-by date or an options appraisal. What a standard has a property
 * for is written there; the rest is written as vendor extension
 * properties named `ama:` + the member's name in the review document
 * format (`ama:kind`, `ama:recommendations`), whose values have the
 * shapes the review format gives them. Open Civic Data keeps them in
 * each object's `extras`.
 *
 * Ids are URLs (OParl), or ids (Popolo, Open Civic Data), derived from
 * [property@Ama.Exporter:base-url], the review's id and each object's
 * place in the review (a meeting's date and kind, a person's name), never
 * random: exporting the same review twice gives the same bytes, and a
 * system that loads both sees one set of objects.
 *
 * ## OParl
 *
 * One JSON document holding the `system`, and the `body`,
 * `organization`, `person`, `meeting` and `paper` lists as OParl list
 * pages (`data`, `pagination`, `links`). The review's authority is the
 * Body; its commission and every body that met or considered it an
 * Organization; its members Persons with a Membership (`role` is the
 * member role: `chair`, `member`, …); each meeting a Meeting (`start`
 * from its date, `end`, `meetingState` and `cancelled` from its status,
 * `location`, `participant`) with its AgendaItems (`number`, `order`,
 * `name`, `resolutionText`); the review report a Paper (`name`,
 * `reference` = the review's id, `originatorOrganization`) with a
 * Consultation for every body that considered it (`role` = the outcome,
 * `authoritative` when the outcome is a decision, linked to the meeting
 * and agenda item of that day); the executive's response a second Paper
 * (`relatedPaper` = the report); documents Files.
 *
 * The extension properties:
 *
 * - Paper (report): `ama:status`, `ama:summary`, `ama:scope`,
 *   `ama:terms-of-reference`, `ama:recommendations` (number, text,
 *   points), `ama:visits`, `ama:appraisal`.
 * - Paper (response): `ama:responses`, one object per recommendation:
 *   `recommendation` (its number), `response` (decision,
 *   inferred-decision, text, officer, action-by, no-further-action,
 *   reconsider-on, date) and `updates` (the progress reported since).
 * - Meeting: `ama:id`, `ama:kind`, `ama:time` (as written), `ama:topics`,
 *   `ama:attendees` (with their roles; `participant` names their Persons).
 * - AgendaItem: `ama:description`, `ama:narrative`, `ama:resolutions`
 *   (numbered; `resolutionText` joins them), `ama:mover`, `ama:seconder`.
 * - Person: `ama:name-as-written`, `ama:organisation`; Membership:
 *   `ama:position` (its place among the review's members), `ama:party`,
 *   `ama:ward`.
 * - Consultation: `ama:date` (OParl dates a consultation only through
 *   its meeting).
 * - File: `ama:position` (its place among the review's documents),
 *   `ama:kind`, `ama:label` and the other members of a document.
 *
 * [class@Ama.Importer] with %AMA_IMPORT_FORMAT_OPARL reads the document
 * back into the same review: export, import and export again gives the
 * same bytes.
 *
 * ## Popolo
 *
 * `persons`, `organizations` (the commission, every meeting's body, and
 * each party as a `party` organization), `memberships` (`role`,
 * `on_behalf_of_id` = the party, `ama:ward`), `events` (the meetings)
 * and `motions`: each resolution of an agenda item, with `creator_id`
 * the mover, `result` `pass` (a resolution is what was resolved), and
 * the seconder as `ama:seconder_id`. A review records no votes, so no
 * `vote_events` are written.
 *
 * ## Open Civic Data
 *
 * A JSON array of Events (`ocd-event/` + a UUID derived from the review
 * and the meeting), with `agenda` items (`order`, `description`,
 * `notes` = the resolutions), `participants` (the body as host, the
 * attendees) and `documents`; the rest in `extras`.
 *
 * Since: 1.2
 */

#define DEFAULT_BASE_URL "https://libama.invalid/oparl"

struct _AmaExporter
{
  GObject parent_instance;

  AmaExportFormat format;
  char *base_url;
};

G_DEFINE_FINAL_TYPE (AmaExporter, ama_exporter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FORMAT,
  PROP_BASE_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ama_exporter_finalize (GObject *object)
{
  AmaExporter *self = AMA_EXPORTER (object);

  g_clear_pointer (&self->base_url, g_free);

  G_OBJECT_CLASS (ama_exporter_parent_class)->finalize (object);
}

static void
ama_exporter_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AmaExporter *self = AMA_EXPORTER (object);

  switch (prop_id)
    {
    case PROP_FORMAT:
      g_value_set_enum (value, self->format);
      break;
    case PROP_BASE_URL:
      g_value_set_string (value, self->base_url);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_exporter_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AmaExporter *self = AMA_EXPORTER (object);

  switch (prop_id)
    {
    case PROP_FORMAT:
      ama_exporter_set_format (self, g_value_get_enum (value));
      break;
    case PROP_BASE_URL:
      ama_exporter_set_base_url (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_exporter_class_init (AmaExporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ama_exporter_finalize;
  object_class->get_property = ama_exporter_get_property;
  object_class->set_property = ama_exporter_set_property;

  /**
   * AmaExporter:format:
   *
   * The standard to write.
   *
   * Since: 1.2
   */
  properties[PROP_FORMAT] =
    g_param_spec_enum ("format", NULL, NULL,
                       AMA_TYPE_EXPORT_FORMAT, AMA_EXPORT_FORMAT_OPARL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AmaExporter:base-url:
   *
   * Where the exported objects will be served: every OParl id is this
   * URL, the review's id and the object's path (`…/rotherham-ama-2017/meeting/2017-10-18-council`).
   * Popolo and Open Civic Data ids are derived from it too. The default,
   * `https://libama.invalid/oparl`, is a name no server can have; set the
   * address of a real OParl server when publishing. A trailing `/` is
   * ignored; %NULL restores the default.
   *
   * Since: 1.2
   */
  properties[PROP_BASE_URL] =
    g_param_spec_string ("base-url", NULL, NULL,
                         DEFAULT_BASE_URL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_exporter_init (AmaExporter *self)
{
  self->format = AMA_EXPORT_FORMAT_OPARL;
  self->base_url = g_strdup (DEFAULT_BASE_URL);
}

/**
 * ama_exporter_new:
 * @format: the standard to write
 *
 * Creates an exporter.
 *
 * Returns: (transfer full): a new #AmaExporter
 *
 * Since: 1.2
 */
AmaExporter *
ama_exporter_new (AmaExportFormat format)
{
  return g_object_new (AMA_TYPE_EXPORTER, "format", format, NULL);
}

/**
 * ama_exporter_get_format:
 * @self: a #AmaExporter
 *
 * Gets the standard the exporter writes.
 *
 * Returns: the format
 *
 * Since: 1.2
 */
AmaExportFormat
ama_exporter_get_format (AmaExporter *self)
{
  g_return_val_if_fail (AMA_IS_EXPORTER (self), AMA_EXPORT_FORMAT_OPARL);

  return self->format;
}

/**
 * ama_exporter_set_format:
 * @self: a #AmaExporter
 * @format: the standard to write
 *
 * Sets the standard the exporter writes.
 *
 * Since: 1.2
 */
void
ama_exporter_set_format (AmaExporter     *self,
                         AmaExportFormat  format)
{
  g_return_if_fail (AMA_IS_EXPORTER (self));
  g_return_if_fail (format <= AMA_EXPORT_FORMAT_OCD);

  if (self->format == format)
    return;

  self->format = format;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT]);
}

/**
 * ama_exporter_get_base_url:
 * @self: a #AmaExporter
 *
 * Gets the URL every exported id starts with.
 *
 * Returns: (transfer none): the base URL
 *
 * Since: 1.2
 */
const char *
ama_exporter_get_base_url (AmaExporter *self)
{
  g_return_val_if_fail (AMA_IS_EXPORTER (self), NULL);

  return self->base_url;
}

/**
 * ama_exporter_set_base_url:
 * @self: a #AmaExporter
 * @base_url: (nullable): the URL every id starts with, or %NULL for the
 *   default
 *
 * Sets the URL every exported id starts with; see
 * [property@Ama.Exporter:base-url].
 *
 * Since: 1.2
 */
void
ama_exporter_set_base_url (AmaExporter *self,
                           const char  *base_url)
{
  g_autofree char *value = NULL;
  gsize len;

  g_return_if_fail (AMA_IS_EXPORTER (self));

  value = g_strdup (base_url != NULL && *base_url != '\0' ? base_url : DEFAULT_BASE_URL);
  len = strlen (value);
  while (len > 1 && value[len - 1] == '/')
    value[--len] = '\0';

  if (_ama_set_str (&self->base_url, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_URL]);
}

/**
 * ama_exporter_export_bytes:
 * @self: a #AmaExporter
 * @review: the review
 * @error: return location for a #GError
 *
 * Writes @review in the exporter's standard: a JSON document, UTF-8,
 * indented, ending in a newline. The same review gives the same bytes.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 *
 * Since: 1.2
 */
GBytes *
ama_exporter_export_bytes (AmaExporter  *self,
                           AmaReview    *review,
                           GError      **error)
{
  g_autoptr(JsonNode) doc = NULL;
  g_autoptr(JsonNode) out = NULL;
  AmaExportContext ctx = { 0, };
  const char *id;
  char *data;
  gsize len = 0;

  g_return_val_if_fail (AMA_IS_EXPORTER (self), NULL);
  g_return_val_if_fail (AMA_IS_REVIEW (review), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = _ama_json_serialize (G_OBJECT (review));
  id = ama_review_get_id (review);

  ctx.review = review;
  ctx.doc = json_node_get_object (doc);
  ctx.review_key = _ama_export_slug (id != NULL ? id : ama_review_get_title (review));
  ctx.base = g_strconcat (self->base_url, "/", ctx.review_key, NULL);

  switch (self->format)
    {
    case AMA_EXPORT_FORMAT_OPARL:
      out = _ama_export_oparl (&ctx);
      break;
    case AMA_EXPORT_FORMAT_POPOLO:
      out = _ama_export_popolo (&ctx);
      break;
    case AMA_EXPORT_FORMAT_OCD:
      out = _ama_export_ocd (&ctx);
      break;
    default:
      g_assert_not_reached ();
    }

  g_free (ctx.base);
  g_free (ctx.review_key);

  data = _ama_json_to_string (out, &len);
  return g_bytes_new_take (data, len);
}

/**
 * ama_exporter_export_file:
 * @self: a #AmaExporter
 * @review: the review
 * @file: where to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @review to @file (replacing it only once every byte is
 * written); see [method@Ama.Exporter.export_bytes]. A file that cannot
 * be written is an %AMA_ERROR_IO error naming it.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.2
 */
gboolean
ama_exporter_export_file (AmaExporter   *self,
                          AmaReview     *review,
                          GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (AMA_IS_EXPORTER (self), FALSE);
  g_return_val_if_fail (AMA_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = ama_exporter_export_bytes (self, review, error);
  if (bytes == NULL)
    return FALSE;

  if (!g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                NULL, FALSE, G_FILE_CREATE_NONE, NULL, cancellable, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, AMA_ERROR, AMA_ERROR_IO, "%s: %s", name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * ama_export_format_from_string:
 * @name: a format name: `oparl`, `popolo` or `ocd` (any case)
 * @format: (out): the format
 *
 * Looks a format up by its name, as a command line gives it.
 *
 * Returns: %TRUE if @name names a format
 *
 * Since: 1.2
 */
gboolean
ama_export_format_from_string (const char      *name,
                               AmaExportFormat *format)
{
  g_autoptr(GEnumClass) klass = NULL;

  g_return_val_if_fail (format != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  klass = g_type_class_ref (AMA_TYPE_EXPORT_FORMAT);
  for (guint i = 0; i < klass->n_values; i++)
    if (g_ascii_strcasecmp (name, klass->values[i].value_nick) == 0)
      {
        *format = klass->values[i].value;
        return TRUE;
      }
  return FALSE;
}

/**
 * ama_export_format_to_string:
 * @format: a format
 *
 * Gets the name of a format, the one [func@Ama.ExportFormat.from_string]
 * reads back.
 *
 * Returns: (transfer none): the name: `oparl`, `popolo` or `ocd`
 *
 * Since: 1.2
 */
const char *
ama_export_format_to_string (AmaExportFormat format)
{
  switch (format)
    {
    case AMA_EXPORT_FORMAT_OPARL:
      return "oparl";
    case AMA_EXPORT_FORMAT_POPOLO:
      return "popolo";
    case AMA_EXPORT_FORMAT_OCD:
      return "ocd";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* ---- shared by the exporters ---------------------------------------- */

char *
_ama_export_slug (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean dash = FALSE;

  for (const char *p = text ? text : ""; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && out->len > 0)
            g_string_append_c (out, '-');
          g_string_append_c (out, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else
        dash = TRUE;
    }
  if (out->len == 0)
    g_string_append_c (out, 'x');
  return g_string_free (out, FALSE);
}

const char *
_ama_export_str (JsonObject *obj,
                 const char *member)
{
  JsonNode *node = obj ? json_object_get_member (obj, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

JsonArray *
_ama_export_array (JsonObject *obj,
                   const char *member)
{
  JsonNode *node = obj ? json_object_get_member (obj, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

GPtrArray *
_ama_export_meeting_keys (JsonArray *meetings)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);
  guint n = meetings ? json_array_get_length (meetings) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonObject *m = json_array_get_object_element (meetings, i);
      const char *id = _ama_export_str (m, "id");
      g_autofree char *key = NULL;
      guint dup;

      if (id != NULL)
        key = _ama_export_slug (id);
      else
        {
          const char *date = _ama_export_str (m, "date");
          const char *kind = _ama_export_str (m, "kind");
          g_autofree char *raw = g_strdup_printf ("%s-%s", date ? date : "undated",
                                                  kind ? kind : "other");
          key = _ama_export_slug (raw);
        }
      dup = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key)) + 1;
      g_hash_table_replace (seen, g_strdup (key), GUINT_TO_POINTER (dup));
      if (dup > 1)
        g_ptr_array_add (keys, g_strdup_printf ("%s-%u", key, dup));
      else
        g_ptr_array_add (keys, g_steal_pointer (&key));
    }
  return keys;
}

void
_ama_export_copy_rest (JsonObject         *out,
                       JsonObject         *src,
                       const char         *prefix,
                       const char * const *standard)
{
  g_autoptr(GList) names = NULL;

  if (src == NULL)
    return;
  names = json_object_get_members (src);
  for (const GList *l = names; l; l = l->next)
    {
      const char *name = l->data;
      g_autofree char *prefixed = NULL;

      if (standard != NULL && g_strv_contains (standard, name))
        continue;
      prefixed = g_strconcat (prefix, name, NULL);
      json_object_set_member (out, prefixed, json_node_copy (json_object_get_member (src, name)));
    }
}
