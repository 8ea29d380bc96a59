/* test-model.c: the property contract of every model class
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <ama.h>

/* Every class in the model, so that a new class is tested as soon as it
 * is listed here; the contract is checked generically from its pspecs. */
static GType
model_type (guint i)
{
  GType types[] = {
    AMA_TYPE_PERSON, AMA_TYPE_MEMBER, AMA_TYPE_PROGRESS_UPDATE,
    AMA_TYPE_RESPONSE, AMA_TYPE_RECOMMENDATION, AMA_TYPE_RESOLUTION,
    AMA_TYPE_SECTION, AMA_TYPE_DOCUMENT, AMA_TYPE_AGENDA_ITEM,
    AMA_TYPE_MEETING, AMA_TYPE_VISIT, AMA_TYPE_CONSIDERATION,
    AMA_TYPE_CRITERION, AMA_TYPE_OPTION, AMA_TYPE_SCORE,
    AMA_TYPE_APPRAISAL, AMA_TYPE_DIAGNOSTIC, AMA_TYPE_REVIEW,
    G_TYPE_INVALID,
  };
  return types[i];
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* A value different from the default, for any property type. */
static void
make_value (GParamSpec *pspec,
            GValue     *value)
{
  GType type = pspec->value_type;

  g_value_init (value, type);
  if (type == G_TYPE_STRING)
    g_value_set_string (value, "Lincolnshire");
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, TRUE);
  else if (type == G_TYPE_DOUBLE)
    g_value_set_double (value, 2.5);
  else if (type == G_TYPE_UINT)
    g_value_set_uint (value, 12);
  else if (type == G_TYPE_INT)
    g_value_set_int (value, 12);
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      g_value_set_enum (value, klass->values[klass->n_values - 1].value);
    }
  else if (type == G_TYPE_STRV)
    {
      const char *strv[] = { "one", "two", NULL };
      g_value_set_boxed (value, strv);
    }
  else if (type == G_TYPE_DATE_TIME)
    g_value_take_boxed (value, g_date_time_new_utc (2017, 10, 18, 0, 0, 0));
  else if (type == AMA_TYPE_DEADLINE)
    g_value_take_boxed (value, ama_deadline_parse ("31/03/2018", NULL));
  else if (type == AMA_TYPE_SOURCE_REF)
    g_value_take_boxed (value, ama_source_ref_new ("report.pdf", 3, 12, 4, 2));
  else if (G_TYPE_IS_OBJECT (type) && G_TYPE_IS_INSTANTIATABLE (type) && !G_TYPE_IS_ABSTRACT (type))
    g_value_take_object (value, g_object_new (type, NULL));
  else
    g_assert_not_reached ();
}

static void
test_properties_notify (void)
{
  for (guint t = 0; model_type (t) != G_TYPE_INVALID; t++)
    {
      GType type = model_type (t);
      g_autoptr(GObject) object = g_object_new (type, NULL);
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs, count = 0;

      g_signal_connect (object, "notify", G_CALLBACK (count_notify), &count);
      pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
      g_assert_cmpuint (n_pspecs, >, 0);

      for (guint i = 0; i < n_pspecs; i++)
        {
          g_auto(GValue) value = G_VALUE_INIT;
          g_auto(GValue) back = G_VALUE_INIT;
          GParamSpec *pspec = pspecs[i];

          if (pspec->value_type == G_TYPE_LIST_MODEL)
            {
              g_autoptr(GListModel) model = NULL;

              /* Collections are read-only list models with an item type. */
              g_assert_false (pspec->flags & G_PARAM_WRITABLE);
              g_object_get (object, pspec->name, &model, NULL);
              g_assert_true (G_IS_LIST_MODEL (model));
              g_assert_true (g_type_is_a (g_list_model_get_item_type (model), G_TYPE_OBJECT));
              g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
              continue;
            }

          g_test_message ("%s:%s", g_type_name (type), pspec->name);
          g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);

          make_value (pspec, &value);
          count = 0;
          g_object_set_property (object, pspec->name, &value);
          g_assert_cmpuint (count, ==, 1);

          /* Setting the same value again notifies nothing. */
          g_object_set_property (object, pspec->name, &value);
          g_assert_cmpuint (count, ==, 1);

          g_value_init (&back, pspec->value_type);
          g_object_get_property (object, pspec->name, &back);
          if (pspec->value_type == G_TYPE_STRV)
            g_assert_true (g_strv_equal (g_value_get_boxed (&value), g_value_get_boxed (&back)));
          else if (pspec->value_type == G_TYPE_DATE_TIME)
            g_assert_true (g_date_time_equal (g_value_get_boxed (&value), g_value_get_boxed (&back)));
          else if (pspec->value_type == AMA_TYPE_DEADLINE)
            g_assert_true (ama_deadline_equal (g_value_get_boxed (&value), g_value_get_boxed (&back)));
          else
            g_assert_cmpint (g_param_values_cmp (pspec, &value, &back), ==, 0);
        }
    }
}

static void
test_collections (void)
{
  g_autoptr(AmaReview) review = g_object_new (AMA_TYPE_REVIEW, NULL);
  g_autoptr(AmaRecommendation) r1 = ama_recommendation_new ("1", "First");
  g_autoptr(AmaRecommendation) r2 = ama_recommendation_new ("2", "Second");
  g_autoptr(AmaRecommendation) stranger = ama_recommendation_new ("9", "Not added");
  GListModel *recs = ama_review_get_recommendations (review);

  g_assert_true (g_list_model_get_item_type (recs) == AMA_TYPE_RECOMMENDATION);
  ama_review_add_recommendation (review, r1);
  ama_review_add_recommendation (review, r2);
  g_assert_cmpuint (g_list_model_get_n_items (recs), ==, 2);
  g_assert_true (g_list_model_get_item (recs, 1) == (gpointer)r2);
  g_object_unref (r2); /* the ref taken by get_item */

  g_assert_false (ama_review_remove_recommendation (review, stranger));
  g_assert_true (ama_review_remove_recommendation (review, r1));
  g_assert_cmpuint (g_list_model_get_n_items (recs), ==, 1);
  g_assert_cmpstr (ama_recommendation_get_number (g_list_model_get_item (recs, 0)), ==, "2");
  g_object_unref (r2);
}

static void
test_constructors (void)
{
  g_autoptr(AmaPerson) person = ama_person_new ("Ian Thomas");
  g_autoptr(AmaMember) member = ama_member_new (person, AMA_MEMBER_ROLE_CHAIR);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2017, 9, 12, 0, 0, 0);
  g_autoptr(AmaConsideration) c = ama_consideration_new ("Improving Lives Select Commission", date, "approved");

  g_assert_cmpstr (ama_person_get_name (person), ==, "Ian Thomas");
  g_assert_null (ama_person_get_name_as_written (person));
  g_assert_true (ama_member_get_person (member) == person);
  g_assert_cmpint (ama_member_get_role (member), ==, AMA_MEMBER_ROLE_CHAIR);
  g_assert_true (g_date_time_equal (ama_consideration_get_date (c), date));
  g_assert_cmpstr (ama_consideration_get_outcome (c), ==, "approved");
}

static void
test_strv_empty_is_null (void)
{
  g_autoptr(AmaRecommendation) rec = ama_recommendation_new ("2", NULL);
  const char *empty[] = { NULL };
  const char *points[] = { "a", NULL };
  guint count = 0;

  g_signal_connect (rec, "notify::points", G_CALLBACK (count_notify), &count);
  /* An empty vector is no points at all, so nothing changes. */
  ama_recommendation_set_points (rec, empty);
  g_assert_cmpuint (count, ==, 0);
  g_assert_null (ama_recommendation_get_points (rec));
  ama_recommendation_set_points (rec, points);
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (ama_recommendation_get_points (rec)[0], ==, "a");
}

static void
test_error_quark (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (AMA_TYPE_ERROR);

  g_assert_cmpstr (g_quark_to_string (AMA_ERROR), ==, "ama-error-quark");
  g_assert_nonnull (g_enum_get_value_by_nick (klass, "unsupported-version"));
}

static void
test_version (void)
{
  g_assert_true (AMA_CHECK_VERSION (1, 0, 0));
  g_assert_false (AMA_CHECK_VERSION (AMA_MAJOR_VERSION + 1, 0, 0));
  g_assert_cmpstr (AMA_VERSION_S, ==, "1.0.0");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/properties-notify", test_properties_notify);
  g_test_add_func ("/model/collections", test_collections);
  g_test_add_func ("/model/constructors", test_constructors);
  g_test_add_func ("/model/strv-empty-is-null", test_strv_empty_is_null);
  g_test_add_func ("/model/error-quark", test_error_quark);
  g_test_add_func ("/model/version", test_version);

  return g_test_run ();
}
