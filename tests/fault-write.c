/* fault-write.c: a write() that runs out of disk on demand
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "fault-write.h"

/* What an LD_PRELOAD shim does, linked into the test program instead:
 * a write() defined in the executable interposes libc's for every
 * library (GIO included), and unlike a preloaded library it works
 * unchanged under ASan (which insists on loading first) and valgrind.
 * Only writes to regular files are limited, so the test's own output
 * (a pipe) is never affected. */

static long long budget = -1;

void
fault_write_set_budget (long long bytes)
{
  budget = bytes;
}

static int
limited (int fd)
{
  struct stat st;

  return budget >= 0 && fstat (fd, &st) == 0 && S_ISREG (st.st_mode);
}

ssize_t
write (int         fd,
       const void *buf,
       size_t      count)
{
  static ssize_t (*real_write) (int, const void *, size_t);
  ssize_t n;

  if (real_write == NULL)
    real_write = (ssize_t (*) (int, const void *, size_t))dlsym (RTLD_NEXT, "write");
  if (!limited (fd))
    return real_write (fd, buf, count);
  if (budget == 0)
    {
      errno = ENOSPC;
      return -1;
    }
  if ((long long)count > budget)
    count = (size_t)budget;
  n = real_write (fd, buf, count);
  if (n > 0)
    budget -= n;
  return n;
}

ssize_t
writev (int                 fd,
        const struct iovec *iov,
        int                 iovcnt)
{
  static ssize_t (*real_writev) (int, const struct iovec *, int);
  ssize_t total = 0;

  if (real_writev == NULL)
    real_writev = (ssize_t (*) (int, const struct iovec *, int))dlsym (RTLD_NEXT, "writev");
  if (!limited (fd))
    return real_writev (fd, iov, iovcnt);
  /* One buffer at a time through the limited write(): short writes are
   * allowed by POSIX and callers loop. */
  for (int i = 0; i < iovcnt; i++)
    {
      ssize_t n = write (fd, iov[i].iov_base, iov[i].iov_len);
      if (n < 0)
        return total > 0 ? total : -1;
      total += n;
      if ((size_t)n < iov[i].iov_len)
        break;
    }
  return total;
}
