/* fault-write.h
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

/* From now on, writes to regular files may write @bytes more bytes in
 * all, then fail with ENOSPC (a full disk). -1 lifts the limit. */
void fault_write_set_budget (long long bytes);
