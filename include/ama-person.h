/* ama-person.h
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

#define AMA_TYPE_PERSON (ama_person_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaPerson, ama_person, AMA, PERSON, GObject)


AMA_AVAILABLE_IN_ALL
AmaPerson *ama_person_new (const char *name);

AMA_AVAILABLE_IN_ALL
const char *ama_person_get_name (AmaPerson *self);

AMA_AVAILABLE_IN_ALL
void ama_person_set_name (AmaPerson *self,
                          const char *name);

AMA_AVAILABLE_IN_ALL
const char *ama_person_get_name_as_written (AmaPerson *self);

AMA_AVAILABLE_IN_ALL
void ama_person_set_name_as_written (AmaPerson *self,
                                     const char *name_as_written);

AMA_AVAILABLE_IN_ALL
const char *ama_person_get_honorific (AmaPerson *self);

AMA_AVAILABLE_IN_ALL
void ama_person_set_honorific (AmaPerson *self,
                               const char *honorific);

AMA_AVAILABLE_IN_ALL
const char *ama_person_get_role (AmaPerson *self);

AMA_AVAILABLE_IN_ALL
void ama_person_set_role (AmaPerson *self,
                          const char *role);

AMA_AVAILABLE_IN_ALL
const char *ama_person_get_organisation (AmaPerson *self);

AMA_AVAILABLE_IN_ALL
void ama_person_set_organisation (AmaPerson *self,
                                  const char *organisation);

AMA_AVAILABLE_IN_ALL
const char *ama_person_get_phone (AmaPerson *self);

AMA_AVAILABLE_IN_ALL
void ama_person_set_phone (AmaPerson *self,
                           const char *phone);

AMA_AVAILABLE_IN_ALL
const char *ama_person_get_email (AmaPerson *self);

AMA_AVAILABLE_IN_ALL
void ama_person_set_email (AmaPerson *self,
                           const char *email);

G_END_DECLS
