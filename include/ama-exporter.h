/* ama-exporter.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined (AMA_INSIDE) && !defined (AMA_COMPILATION)
# error "Only <ama.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ama-types.h"
#include "ama-version-macros.h"

G_BEGIN_DECLS

/**
 * AmaExportFormat:
 * @AMA_EXPORT_FORMAT_OPARL: OParl 1.1 (System, Body, Organization,
 *   Person with Membership, Meeting with AgendaItem and Location, Paper
 *   with Consultation and File), with what OParl lacks in `ama:`
 *   extension properties
 * @AMA_EXPORT_FORMAT_POPOLO: Popolo (persons, organizations,
 *   memberships, events and each resolution as a motion)
 * @AMA_EXPORT_FORMAT_OCD: Open Civic Data events with their agenda,
 *   participants and documents
 *
 * The civic-data standards an [class@Ama.Exporter] writes. The nicks
 * ("oparl", "popolo", "ocd") are stable names.
 *
 * Since: 1.2
 */
typedef enum
{
  AMA_EXPORT_FORMAT_OPARL,
  AMA_EXPORT_FORMAT_POPOLO,
  AMA_EXPORT_FORMAT_OCD,
} AmaExportFormat;

#define AMA_TYPE_EXPORTER (ama_exporter_get_type ())

AMA_AVAILABLE_IN_1_2
G_DECLARE_FINAL_TYPE (AmaExporter, ama_exporter, AMA, EXPORTER, GObject)

AMA_AVAILABLE_IN_1_2
AmaExporter     *ama_exporter_new             (AmaExportFormat   format);
AMA_AVAILABLE_IN_1_2
AmaExportFormat  ama_exporter_get_format      (AmaExporter      *self);
AMA_AVAILABLE_IN_1_2
void             ama_exporter_set_format      (AmaExporter      *self,
                                               AmaExportFormat   format);
AMA_AVAILABLE_IN_1_2
const char      *ama_exporter_get_base_url    (AmaExporter      *self);
AMA_AVAILABLE_IN_1_2
void             ama_exporter_set_base_url    (AmaExporter      *self,
                                               const char       *base_url);
AMA_AVAILABLE_IN_1_2
GBytes          *ama_exporter_export_bytes    (AmaExporter      *self,
                                               AmaReview        *review,
                                               GError          **error);
AMA_AVAILABLE_IN_1_2
gboolean         ama_exporter_export_file     (AmaExporter      *self,
                                               AmaReview        *review,
                                               GFile            *file,
                                               GCancellable     *cancellable,
                                               GError          **error);

AMA_AVAILABLE_IN_1_2
gboolean         ama_export_format_from_string (const char      *name,
                                                AmaExportFormat *format);
AMA_AVAILABLE_IN_1_2
const char      *ama_export_format_to_string   (AmaExportFormat  format);

G_END_DECLS
