/* test-save-kill.c: kill -9 at random moments while a large review is
 * being saved leaves the old file or the new one, never a torn one
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <ama.h>

/* Issue 20, item 2: a save killed at the wrong moment used to leave a
 * torn file 1 time in 30 through a symlink. Each case here saves a
 * review of more than 50 MB (so a save takes long enough to be killed
 * in the middle of its write) in a child process and SIGKILLs it after
 * a random delay spread over the whole save. Afterwards the file must
 * hold exactly the old document or exactly the new one.
 *
 * Paths: a plain file, a symlink to one, a file with two hard links
 * (written in place after a complete FILE~ copy: a torn file there is
 * allowed only while FILE~ is the complete old document), and the
 * tool's `-o` (`ama convert NEW -o FILE`).
 *
 * The seed is printed (g_test_message) and can be fixed with
 * AMA_KILL_SEED to replay a run; AMA_KILL_ROUNDS sets kills per path. */

#define TARGET_BYTES (52u * 1024 * 1024)

typedef enum
{
  PATH_PLAIN,
  PATH_SYMLINK,
  PATH_HARDLINK,
  PATH_TOOL,
} PathKind;

typedef struct
{
  char      *dir;
  char      *old_data;
  gsize      old_len;
  char      *new_data;
  gsize      new_len;
  AmaReview *new_review;
  char      *new_path;    /* the new document as a file, for the tool */
  GRand     *rand;
  guint      rounds;
} Kill;

static AmaReview *
make_review (const char *title,
             gsize       min_bytes)
{
  AmaReview *review = g_object_new (AMA_TYPE_REVIEW, "title", title, NULL);
  g_autofree char *filler = g_strnfill (900, 'x');
  gsize size = 0;

  for (guint i = 0; size < min_bytes; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *text = g_strdup_printf ("%s recommendation %u %s", title, i + 1, filler);
      g_autoptr(AmaRecommendation) rec = ama_recommendation_new (number, text);

      ama_review_add_recommendation (review, rec);
      size += strlen (text) + 60;
    }
  return review;
}

static void
write_or_die (const char *path,
              const char *data,
              gsize       len)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
}

static gboolean
file_equals (const char *path,
             const char *data,
             gsize       len)
{
  g_autofree char *contents = NULL;
  gsize got;

  if (!g_file_get_contents (path, &contents, &got, NULL))
    return FALSE;
  return got == len && memcmp (contents, data, len) == 0;
}

/* The review of this path, saved by a child process; returns its pid. */
static GPid
start_save (Kill       *k,
            PathKind    kind,
            const char *path)
{
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      if (kind == PATH_TOOL)
        {
          const char *tool = g_getenv ("AMA_TOOL");
          execl (tool, tool, "convert", k->new_path, "-o", path, (char *)NULL);
          _exit (127);
        }
      else
        {
          g_autoptr(GFile) file = g_file_new_for_path (path);
          gboolean ok = ama_review_save_to_file (k->new_review, file, NULL, NULL);
          _exit (ok ? 0 : 1);
        }
    }
  return pid;
}

/* How long one save of this kind takes, to spread the kills over it. */
static gint64
time_save (Kill       *k,
           PathKind    kind,
           const char *path)
{
  gint64 start = g_get_monotonic_time ();
  GPid pid = start_save (k, kind, path);
  int status;

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_assert_true (file_equals (path, k->new_data, k->new_len));
  return g_get_monotonic_time () - start;
}

/* Removes what killed saves left beside the target (GIO's
 * ".goutputstream-XXXXXX", the tool's ".NAME.XXXXXX"), counting them;
 * anything else left in the folder fails the test. */
static guint
sweep_temporaries (Kill       *k,
                   const char *keep1,
                   const char *keep2)
{
  g_autoptr(GDir) dir = g_dir_open (k->dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *p = g_build_filename (k->dir, name, NULL);

      if (g_strcmp0 (p, keep1) == 0 || g_strcmp0 (p, keep2) == 0 ||
          g_str_equal (name, "new.json") || g_str_has_suffix (name, "~"))
        continue;
      if (!g_str_has_prefix (name, ".goutputstream-") && !g_str_has_prefix (name, ".target.json."))
        g_error ("unexpected file left by a killed save: %s", name);
      g_unlink (p);
      n++;
    }
  return n;
}

static void
run_kills (Kill     *k,
           PathKind  kind)
{
  g_autofree char *target = g_build_filename (k->dir, "target.json", NULL);
  g_autofree char *link_path = g_build_filename (k->dir, "link.json", NULL);
  const char *path = kind == PATH_PLAIN || kind == PATH_TOOL ? target : link_path;
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  guint old = 0, new = 0, torn_with_backup = 0, temporaries = 0;
  gint64 duration;

  write_or_die (target, k->old_data, k->old_len);
  if (kind == PATH_SYMLINK)
    g_assert_cmpint (symlink ("target.json", link_path), ==, 0);
  else if (kind == PATH_HARDLINK)
    g_assert_cmpint (link (target, link_path), ==, 0);

  duration = time_save (k, kind, path);
  for (guint round = 0; round < k->rounds; round++)
    {
      gint64 delay = g_rand_int_range (k->rand, 0, (gint32)MIN (duration * 5 / 4, G_MAXINT32));
      GPid pid;
      int status;

      /* Back to the old document, through the same name (a hard link
       * must keep its two names, a symlink must stay a link). */
      g_unlink (backup);
      if (kind == PATH_HARDLINK)
        {
          FILE *f = fopen (target, "r+");
          g_assert_nonnull (f);
          g_assert_cmpint (ftruncate (fileno (f), 0), ==, 0);
          g_assert_cmpuint (fwrite (k->old_data, 1, k->old_len, f), ==, k->old_len);
          g_assert_cmpint (fclose (f), ==, 0);
        }
      else
        write_or_die (target, k->old_data, k->old_len);

      pid = start_save (k, kind, path);
      g_usleep (delay);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);

      if (file_equals (path, k->old_data, k->old_len))
        old++;
      else if (file_equals (path, k->new_data, k->new_len))
        new++;
      else if (kind == PATH_HARDLINK && file_equals (backup, k->old_data, k->old_len))
        torn_with_backup++;
      else
        g_error ("round %u: after a kill at %" G_GINT64_FORMAT " µs of %" G_GINT64_FORMAT
                 " µs, %s is neither the old document nor the new one", round, delay, duration, path);

      if (kind == PATH_SYMLINK)
        g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
      if (kind == PATH_HARDLINK)
        {
          GStatBuf a, b;
          g_assert_cmpint (g_stat (target, &a), ==, 0);
          g_assert_cmpint (g_stat (link_path, &b), ==, 0);
          g_assert_cmpuint (a.st_ino, ==, b.st_ino);
        }
      temporaries += sweep_temporaries (k, target, link_path);
    }

  g_test_message ("%u kills over a %.2f s save: %u old, %u new, %u torn with a complete FILE~, "
                  "%u temporary files left and swept",
                  k->rounds, duration / 1e6, old, new, torn_with_backup, temporaries);
  g_assert_cmpuint (old + new + torn_with_backup, ==, k->rounds);
  g_unlink (target);
  g_unlink (link_path);
  g_unlink (backup);
}

typedef struct
{
  Kill     *kill;
  PathKind  kind;
} Case;

static void
test_kill (gconstpointer data)
{
  const Case *c = data;

  if (c->kind == PATH_TOOL && g_getenv ("AMA_TOOL") == NULL)
    {
      g_test_skip ("AMA_TOOL is not set");
      return;
    }
  run_kills (c->kill, c->kind);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) old_review = NULL;
  const char *seed_env = g_getenv ("AMA_KILL_SEED");
  const char *rounds_env = g_getenv ("AMA_KILL_ROUNDS");
  guint32 seed;
  Kill k = { 0 };
  int status;

  g_test_init (&argc, &argv, NULL);

  seed = seed_env ? (guint32)g_ascii_strtoull (seed_env, NULL, 10) : g_random_int ();
  k.rand = g_rand_new_with_seed (seed);
  k.rounds = rounds_env ? (guint)g_ascii_strtoull (rounds_env, NULL, 10) : 12;
  k.dir = g_dir_make_tmp ("ama-kill-XXXXXX", &error);
  g_assert_no_error (error);

  old_review = make_review ("Old", TARGET_BYTES);
  k.new_review = make_review ("New", TARGET_BYTES + 4096);
  k.old_data = ama_review_to_data (old_review, &k.old_len);
  k.new_data = ama_review_to_data (k.new_review, &k.new_len);
  g_assert_cmpuint (k.old_len, >=, 50u * 1024 * 1024);
  k.new_path = g_build_filename (k.dir, "new.json", NULL);
  write_or_die (k.new_path, k.new_data, k.new_len);

  g_test_message ("seed %u (AMA_KILL_SEED to replay), %u kills a path, documents of %" G_GSIZE_FORMAT
                  " and %" G_GSIZE_FORMAT " bytes", seed, k.rounds, k.old_len, k.new_len);

  {
    Case cases[] = {
      { &k, PATH_PLAIN }, { &k, PATH_SYMLINK }, { &k, PATH_HARDLINK }, { &k, PATH_TOOL },
    };
    const char *names[] = { "plain", "symlink", "hard-link", "tool-output" };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autofree char *name = g_strconcat ("/save-kill/", names[i], NULL);
        g_test_add_data_func (name, g_memdup2 (&cases[i], sizeof cases[i]), test_kill);
      }
  }
  status = g_test_run ();

  g_unlink (k.new_path);
  g_rmdir (k.dir);
  g_free (k.new_path);
  g_free (k.dir);
  g_free (k.old_data);
  g_free (k.new_data);
  g_object_unref (k.new_review);
  g_rand_free (k.rand);
  return status;
}
