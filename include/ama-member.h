/* ama-member.h
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

#define AMA_TYPE_MEMBER (ama_member_get_type ())

AMA_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AmaMember, ama_member, AMA, MEMBER, GObject)


AMA_AVAILABLE_IN_ALL
AmaMember *ama_member_new (AmaPerson *person, AmaMemberRole role);

AMA_AVAILABLE_IN_ALL
AmaPerson *ama_member_get_person (AmaMember *self);

AMA_AVAILABLE_IN_ALL
void ama_member_set_person (AmaMember *self,
                            AmaPerson *person);

AMA_AVAILABLE_IN_ALL
AmaMemberRole ama_member_get_role (AmaMember *self);

AMA_AVAILABLE_IN_ALL
void ama_member_set_role (AmaMember *self,
                          AmaMemberRole role);

AMA_AVAILABLE_IN_ALL
const char *ama_member_get_party (AmaMember *self);

AMA_AVAILABLE_IN_ALL
void ama_member_set_party (AmaMember *self,
                           const char *party);

AMA_AVAILABLE_IN_ALL
const char *ama_member_get_ward (AmaMember *self);

AMA_AVAILABLE_IN_ALL
void ama_member_set_ward (AmaMember *self,
                          const char *ward);

G_END_DECLS
