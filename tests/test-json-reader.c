/* test-json-reader.c: the fast reader and the tree path agree on every
 * document — the same review, or the same error
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <ama.h>
#include "ama-json-private.h"

/* ama_review_new_from_data (fast reader first) against the tree path
 * alone: both fail with the same message, or both give a review that
 * writes the same bytes. Returns whether the fast reader took it. */
static gboolean
assert_agree (const char *data,
              gsize       len)
{
  g_autoptr(GError) public_error = NULL;
  g_autoptr(GError) tree_error = NULL;
  g_autoptr(AmaReview) fast = _ama_json_read_review_fast (data, len);
  g_autoptr(AmaReview) via_public = ama_review_new_from_data (data, len, &public_error);
  g_autoptr(AmaReview) via_tree = _ama_json_read_review_tree (data, len, &tree_error);

  if (via_tree == NULL)
    {
      if (via_public != NULL)
        g_error ("the fast reader took a document the tree path refuses (%s):\n%.*s",
                 tree_error->message, (int)len, data);
      g_assert_cmpstr (public_error->message, ==, tree_error->message);
      g_assert_cmpint (public_error->code, ==, tree_error->code);
    }
  else
    {
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;

      g_assert_no_error (public_error);
      g_assert_nonnull (via_public);
      a = ama_review_to_data (via_public, NULL);
      b = ama_review_to_data (via_tree, NULL);
      g_assert_cmpstr (a, ==, b);
    }
  return fast != NULL;
}

static char *
load (const char *relative,
      gsize      *len)
{
  g_autofree char *path = g_build_filename (AMA_SOURCE_ROOT, relative, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;

  g_file_get_contents (path, &data, len, &error);
  g_assert_no_error (error);
  return data;
}

static const char *seed_files[] = {
  "tests/fuzz/corpus/review-json/full-review.json",
  "tests/fuzz/corpus/review-json/extras-and-strings.json",
  "tests/fuzz/corpus/review-json/minimal.json",
  /* made by `ama import tests/data/documents/cabinet-response.pdf`: the
   * fast reader takes the sources an import writes */
  "tests/fuzz/corpus/review-json/imported-with-sources.json",
  "examples/data/rotherham-ama-2017.json",
};

/* The fast reader really runs on ordinary documents (or this test would
 * prove nothing about it), and agrees with the tree path on them. */
static void
test_seed_documents (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (seed_files); i++)
    {
      gsize len;
      g_autofree char *data = load (seed_files[i], &len);

      g_test_message ("%s", seed_files[i]);
      g_assert_true (assert_agree (data, len));
    }
}

#define HEAD "{\"format\":\"ama-review\",\"version\":1,"

/* Documents at the edges of what the fast reader takes on: it must give
 * way (or agree) on each. */
static const char *edges[] = {
  "", " ", "{", "}", "[]", "null", "{}", HEAD "}", HEAD "\"title\":\"T\"}",
  "{\"version\":1,\"format\":\"ama-review\",\"title\":\"order\"}",
  HEAD "\"title\":\"T\"} ", HEAD "\"title\":\"T\"}x", HEAD "\"title\":\"T\",}",
  HEAD "\"title\":\"a\",\"title\":\"b\"}",
  HEAD "\"x\":1,\"x\":2}",
  HEAD "\"x\":{\"a\":1,\"a\":2}}",
  HEAD "\"title\":null}", HEAD "\"title\":3}", HEAD "\"title\":\"tab\there\"}",
  HEAD "\"title\":\"\\u00e9\\ud83d\\ude00\\/\\b\\f\\n\\r\\t\\\"\\\\\"}",
  HEAD "\"title\":\"\\ud83d\"}", HEAD "\"title\":\"\\ude00\"}", HEAD "\"title\":\"\\u0000\"}",
  HEAD "\"title\":\"\\ud80088\"}", HEAD "\"title\":\"\\ud800\\u0041\"}", HEAD "\"title\":\"\\ud83d\\ude00\"}",
  HEAD "\"title\":\"\\x\"}", HEAD "\"title\":\"caf\xc3\xa9\"}", HEAD "\"title\":\"caf\xe9\"}",
  HEAD "\"\":1}", HEAD "\"status\":\"closed\"}", HEAD "\"status\":\"finished\"}",
  "{\"format\":\"ama-review\",\"version\":1.0}", "{\"format\":\"ama-review\",\"version\":2}",
  "{\"format\":\"ama-review\",\"version\":01}", "{\"format\":\"ama-memo\",\"version\":1}",
  HEAD "\"x-n\":[1,-0,0.5,1e5,1E-5,-1.5e+300,12345678901234567890,1.]}",
  HEAD "\"x-n\":[01]}", HEAD "\"x-n\":[.5]}", HEAD "\"x-n\":[+1]}", HEAD "\"x-n\":[true,false,null,{},[]]}",
  HEAD "\"recommendations\":[{\"number\":\"1\",\"points\":[\"a\",\"b\"],\"updates\":[]}]}",
  HEAD "\"recommendations\":[{\"points\":[\"a\",2]}]}",
  HEAD "\"recommendations\":[1]}", HEAD "\"recommendations\":{}}",
  HEAD "\"recommendations\":[{\"response\":{\"decision\":\"deferred\",\"no-further-action\":true,"
       "\"reconsider-on\":\"2019-02-29\"}}]}",
  HEAD "\"recommendations\":[{\"response\":{\"reconsider-on\":\"2020-02-29\",\"date\":\"2018-06-01T09:30:00+01:00\"}}]}",
  HEAD "\"recommendations\":[{\"response\":{\"reconsider-on\":\"0146-03-01\"}}]}",
  HEAD "\"recommendations\":[{\"response\":{\"reconsider-on\":\"2019-1-01\"}}]}",
  HEAD "\"recommendations\":[{\"response\":{\"action-by\":\"March 2018\"}}]}",
  HEAD "\"recommendations\":[{\"response\":{\"action-by\":\"whenever\"}}]}",
  HEAD "\"recommendations\":[{\"response\":{\"action-by\":{\"text\":\"March 2018\"}}}]}",
  HEAD "\"recommendations\":[{\"response\":{\"action-by\":{\"text\":\"x\",\"kind\":\"date\",\"due\":\"2018-03-31\",\"recurrence\":\"yearly\"}}}]}",
  HEAD "\"recommendations\":[{\"response\":{\"action-by\":{\"text\":\"x\",\"due\":\"2018-03-31\"}}}]}",
  HEAD "\"recommendations\":[{\"response\":{\"action-by\":{\"text\":\"x\",\"kind\":\"date\",\"x-note\":1}}}]}",
  HEAD "\"recommendations\":[{\"response\":{\"action-by\":{\"kind\":\"date\"}}}]}",
  HEAD "\"recommendations\":[{\"response\":{\"action-by\":7}}]}",
  HEAD "\"recommendations\":[{\"response\":null}]}",
  HEAD "\"appraisal\":{\"criteria\":[{\"id\":\"c1\",\"weight\":0.25}],\"options\":[{\"id\":\"o1\"}],\"preferred-option\":\"o1\"}}",
  HEAD "\"appraisal\":{\"preferred-option\":\"nowhere\"}}",
  HEAD "\"appraisal\":{\"criteria\":[{\"weight\":\"heavy\"}]}}",
  HEAD "\"appraisal\":{\"criteria\":[{\"weight\":1e999}]}}",
  HEAD "\"members\":[{\"person\":{\"name\":\"A\"},\"role\":\"chair\"},{\"role\":\"boss\"}]}",
  /* sources: the form written, the forms only the tree path takes, bad ones */
  HEAD "\"recommendations\":[{\"source\":{\"document\":\"r.pdf\",\"page\":3,\"line\":12,\"row\":4,\"column\":2}}]}",
  HEAD "\"recommendations\":[{\"source\":{}}]}",
  HEAD "\"recommendations\":[{\"source\":null}]}",
  HEAD "\"recommendations\":[{\"source\":{\"page\":1,\"page\":2}}]}",
  HEAD "\"recommendations\":[{\"source\":{\"document\":null,\"x-cell\":\"B4\"}}]}",
  HEAD "\"recommendations\":[{\"source\":{\"line\":-1}}]}",
  HEAD "\"recommendations\":[{\"source\":{\"line\":4294967296}}]}",
  HEAD "\"recommendations\":[{\"source\":{\"row\":2.0}}]}",
  HEAD "\"recommendations\":[{\"source\":\"p. 3\"}]}",
  HEAD "\"recommendations\":[{\"response\":{\"source\":{\"line\":9}}}]}",
  HEAD "\"meetings\":[{\"source\":{\"line\":2},\"agenda-items\":[{\"source\":{\"line\":22},"
       "\"resolutions\":[{\"text\":\"T\",\"source\":{\"document\":\"m.html\",\"line\":30}}]}]}]}",
};

/* Half a surrogate pair is refused, whichever reader sees it: json-glib
 * took "\ud800" followed by text into bytes that are not UTF-8, which
 * saved and never loaded again (fuzz-review-json,
 * tests/fuzz/regressions/review-json/lone-surrogate.json). */
static void
test_lone_surrogate (void)
{
  static const char * const bad[] = {
    HEAD "\"title\":\"\\ud80088888888888888888888888888888888888888888888888888888888888888888\"}",
    HEAD "\"title\":\"x\\udfff\"}",
    HEAD "\"title\":\"\\ud800\\u0041\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AmaReview) review = ama_review_new_from_data (bad[i], -1, &error);

      g_assert_null (review);
      g_assert_error (error, AMA_ERROR, AMA_ERROR_ENCODING);
      g_assert_nonnull (strstr (error->message, "half of a UTF-16 surrogate pair"));
    }
}

static void
test_edges (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    {
      g_autofree char *shown = g_strescape (edges[i], NULL);
      /* Escaped: invalid UTF-8 in a TAP comment upsets the reader. */
      g_test_message ("%s", shown);
      assert_agree (edges[i], strlen (edges[i]));
    }
  /* A NUL byte, which strlen would hide. */
  {
    const char doc[] = HEAD "\"title\":\"a\0b\"}";
    assert_agree (doc, sizeof doc - 1);
  }
}

/* Differential fuzzing with a fixed seed: thousands of mutants of the
 * seed documents (bytes replaced by JSON's significant characters,
 * inserted, deleted, spans duplicated), each checked with assert_agree. */
static void
test_mutants (void)
{
  static const char alphabet[] = "{}[]\",:\\ 0123456789.eE+-ntrufalse\x01\x1f\xc3\xa9\xe2\x80\x9c\xff\xed\xa0\x80u";
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261124);
  guint taken = 0, total = 0;

  for (guint f = 0; f < G_N_ELEMENTS (seed_files); f++)
    {
      gsize len;
      g_autofree char *seed = load (seed_files[f], &len);
      guint rounds = g_test_slow () ? 20000 : 1500;

      for (guint i = 0; i < rounds; i++)
        {
          g_autoptr(GString) m = g_string_new_len (seed, len);
          guint edits = g_rand_int_range (rand, 1, 4);

          for (guint e = 0; e < edits && m->len > 0; e++)
            {
              guint at = g_rand_int_range (rand, 0, m->len);
              char c = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
              /* MIN evaluates its arguments twice: draw first. */
              gsize n_erase = g_rand_int_range (rand, 1, 8);
              gsize n_copy = g_rand_int_range (rand, 1, 40);

              switch (g_rand_int_range (rand, 0, 4))
                {
                case 0: m->str[at] = c; break;
                case 1: g_string_insert_c (m, at, c); break;
                case 2: g_string_erase (m, at, MIN (m->len - at, n_erase)); break;
                default:
                  {
                    gsize span = MIN (m->len - at, n_copy);
                    g_autofree char *copy = g_strndup (m->str + at, span);
                    g_string_insert_len (m, g_rand_int_range (rand, 0, m->len), copy, span);
                  }
                  break;
                }
            }
          taken += assert_agree (m->str, m->len);
          total++;
        }
    }
  g_test_message ("fast reader took %u of %u mutants", taken, total);
  /* Many mutants only change a string's content: some must be taken, or
   * the comparison above never exercised the fast reader. */
  g_assert_cmpuint (taken, >, total / 20);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json-reader/seed-documents", test_seed_documents);
  g_test_add_func ("/json-reader/edges", test_edges);
  g_test_add_func ("/json-reader/lone-surrogate", test_lone_surrogate);
  g_test_add_func ("/json-reader/mutants", test_mutants);
  return g_test_run ();
}
