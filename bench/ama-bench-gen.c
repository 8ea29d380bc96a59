/* ama-bench-gen.c — deterministic corpus generator for the benchmarks
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Builds synthetic reviews with the library itself (so the JSON format is
 * exactly what ama_review_to_data writes) and writes, for one size N:
 *
 *   OUT/single-N.json      one review holding all N recommendations
 *   OUT/folder-N/ID.json    the same N recommendations spread over many
 *                          reviews, one file each (council × year × review)
 *   OUT/responses-N.tsv    a Cabinet response table like the Rotherham one
 *                          (seed 000), one row per recommendation
 *   OUT/moderngov-N.xml    a ModernGov GetMeeting response (like the
 *                          Manchester sample) with one agenda item per ten
 *                          recommendations, each minuted with resolutions
 *
 * Text lengths follow the Rotherham review: recommendation texts of
 * 167–459 characters, responses of 80–226, bullet points of 80–170, drawn
 * with ±25% jitter; words come from the review's own vocabulary, with the
 * curly quotes and dashes real council documents contain. The same seed
 * always gives the same bytes.
 *
 * Usage: ama-bench-gen [--seed N] [--out DIR] SIZE...
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <ama.h>

/* Lengths measured on the Rotherham documents (seeds 000 and 002). */
static const int rec_lengths[] = { 167, 439, 249, 270, 459 };
static const int response_lengths[] = { 191, 80, 138, 226, 146 };
static const int point_lengths[] = { 170, 160, 80 };

static const char *words[] = {
  "the", "the", "the", "of", "of", "and", "and", "to", "to", "a", "in", "for",
  "with", "will", "be", "is", "that", "as", "on", "Council", "Practice",
  "Partner", "model", "improvement", "journey", "sustainable", "rapid",
  "secure", "lowest", "risk", "short", "term", "political", "ownership",
  "oversight", "accountability", "CYPS", "rigorous", "external", "challenge",
  "progress", "programme", "continue", "accelerated", "pace", "minimal",
  "disruption", "partners", "wider", "priorities", "management", "focus",
  "transition", "operating", "costs", "associated", "AMAs", "effectively",
  "Peer", "assessed", "“Requiring", "Improvement”", "Lincolnshire",
  "knowledge", "understanding", "Rotherham", "consistent", "front", "line",
  "practice", "actively", "consider", "options", "integration",
  "collaboration", "commissioning", "underpinned", "strong", "robust",
  "operational", "activity", "preferred", "option", "information",
  "evidence", "research", "available", "today", "closed", "decision",
  "remains", "open", "Alternative", "Management", "Arrangements",
  "establishing", "Trust/CIC", "potential", "integrate", "Children’s",
  "Trust", "rated", "“Good”,", "future", "agree", "PiP", "significant",
  "contribution", "first", "stage", "self-improving", "culture", "required",
  "Outstanding", "Inadequate", "longer", "relevant", "recent", "‘Good’",
  "rating", "achieved", "participate", "Regional", "Review", "Department",
  "continuous", "process", "commit", "development", "service", "models",
  "enhance", "Social", "Worker", "outcomes", "committed", "participating",
  "Peer", "support", "Select", "Commission", "Cabinet", "Commissioners",
  "recommendations", "scrutiny", "review", "group", "—", "2017/18", "(CYPS)",
};

static const char *forenames[] = {
  "Ian", "Caroline", "Maggi", "Emma", "Victoria", "Sharon", "Alan", "Jenny",
  "Robert", "Margaret", "David", "Sarah", "John", "Helen", "Peter", "Ruth",
};
static const char *surnames[] = {
  "Thomas", "Webb", "Clark", "Hill", "Cusworth", "Khan", "Marles", "Allen",
  "Sansome", "Wilson", "Short", "Elliot", "Jarvis", "Brookes", "Price", "Smith",
};
static const char *deadlines[] = {
  "Annual Participation", "March 2018", "31 March 2019", "Ongoing",
  "September 2018", "Q3 2018/19", "December 2019", "2019/20",
};
static const char *decision_words[] = {
  "Accepted", "Accepted", "Accepted", "Partially Accepted", "Rejected", "Deferred", "Noted", "",
};
static const AmaDecision decisions[] = {
  AMA_DECISION_ACCEPTED, AMA_DECISION_ACCEPTED, AMA_DECISION_ACCEPTED,
  AMA_DECISION_PARTIALLY_ACCEPTED, AMA_DECISION_REJECTED, AMA_DECISION_DEFERRED,
  AMA_DECISION_NOTED, AMA_DECISION_PENDING,
};

static int
pick_length (GRand *rand, const int *lengths, guint n)
{
  int base = lengths[g_rand_int_range (rand, 0, n)];
  return base * g_rand_int_range (rand, 75, 126) / 100;
}

/* Words until @length characters, ending with a full stop. */
static char *
make_text (GRand *rand, int length)
{
  GString *s = g_string_sized_new (length + 32);

  while ((int)s->len < length)
    {
      const char *w = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];
      if (s->len > 0)
        g_string_append_c (s, g_rand_int_range (rand, 0, 14) == 0 ? ',' : ' ');
      if (s->len > 0 && s->str[s->len - 1] == ',')
        g_string_append_c (s, ' ');
      g_string_append (s, w);
    }
  g_string_append_c (s, '.');
  s->str[0] = g_ascii_toupper (s->str[0]);
  return g_string_free (s, FALSE);
}

static AmaPerson *
make_person (GRand *rand)
{
  g_autofree char *name = g_strdup_printf ("%s %s",
                                           forenames[g_rand_int_range (rand, 0, G_N_ELEMENTS (forenames))],
                                           surnames[g_rand_int_range (rand, 0, G_N_ELEMENTS (surnames))]);
  return ama_person_new (name);
}

/* One recommendation shaped like Rotherham's: text, sometimes bullet
 * points, a Cabinet response with officer and action-by, and progress
 * updates. @info receives the response table columns. */
typedef struct
{
  char *decision_word;
  char *officer;
  char *action_by;
} RowInfo;

static AmaRecommendation *
make_recommendation (GRand *rand, guint number, RowInfo *info)
{
  g_autofree char *label = g_strdup_printf ("%u", number);
  g_autofree char *text = make_text (rand, pick_length (rand, rec_lengths, G_N_ELEMENTS (rec_lengths)));
  g_autoptr(AmaRecommendation) rec = ama_recommendation_new (label, text);
  g_autoptr(AmaResponse) response = ama_response_new ();
  g_autofree char *response_text = NULL;
  guint which = g_rand_int_range (rand, 0, G_N_ELEMENTS (decisions));
  guint n_updates;

  if (g_rand_int_range (rand, 0, 5) == 0)
    {
      g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
      g_auto(GStrv) points = NULL;
      for (guint i = 0; i < 3; i++)
        {
          g_autofree char *p = make_text (rand, pick_length (rand, point_lengths, G_N_ELEMENTS (point_lengths)));
          g_strv_builder_add (b, p);
        }
      points = g_strv_builder_end (b);
      ama_recommendation_set_points (rec, (const char * const *)points);
    }

  response_text = make_text (rand, pick_length (rand, response_lengths, G_N_ELEMENTS (response_lengths)));
  ama_response_set_decision (response, decisions[which]);
  ama_response_set_text (response, response_text);
  info->decision_word = g_strdup (decision_words[which]);
  info->officer = g_strdup ("");
  info->action_by = g_strdup ("");

  if (g_rand_int_range (rand, 0, 6) == 0)
    {
      ama_response_set_no_further_action (response, TRUE);
      g_free (info->officer);
      info->officer = g_strdup ("N.F.A required");
    }
  else
    {
      g_autoptr(AmaPerson) officer = make_person (rand);
      g_free (info->officer);
      info->officer = g_strdup (ama_person_get_name (officer));
      ama_response_set_officer (response, officer);
    }

  if (decisions[which] == AMA_DECISION_ACCEPTED ||
      decisions[which] == AMA_DECISION_PARTIALLY_ACCEPTED)
    {
      g_autoptr(GDateTime) reference = g_date_time_new_utc (2017 + g_rand_int_range (rand, 0, 3), 11, 1, 0, 0, 0);
      const char *when = deadlines[g_rand_int_range (rand, 0, G_N_ELEMENTS (deadlines))];
      g_autoptr(AmaDeadline) deadline = ama_deadline_parse (when, reference);

      if (deadline == NULL)
        deadline = ama_deadline_new (when, AMA_DEADLINE_KIND_UNPARSED, NULL, AMA_RECURRENCE_NONE);
      ama_response_set_action_by (response, deadline);
      g_free (info->action_by);
      info->action_by = g_strdup (when);
    }
  else if (decisions[which] == AMA_DECISION_DEFERRED)
    {
      g_autoptr(GDateTime) on = g_date_time_new_utc (2018 + g_rand_int_range (rand, 0, 3), 1 + g_rand_int_range (rand, 0, 12), 1, 0, 0, 0);
      ama_response_set_reconsider_on (response, on);
    }
  ama_recommendation_set_response (rec, response);

  n_updates = g_rand_int_range (rand, 0, 3);
  for (guint i = 0; i < n_updates; i++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (2018 + i, 1 + g_rand_int_range (rand, 0, 12), 1 + g_rand_int_range (rand, 0, 28), 0, 0, 0);
      g_autofree char *note = make_text (rand, pick_length (rand, response_lengths, G_N_ELEMENTS (response_lengths)) / 2);
      AmaProgress status = i + 1 == n_updates ? g_rand_int_range (rand, AMA_PROGRESS_NOT_STARTED, AMA_PROGRESS_SUPERSEDED + 1)
                                              : AMA_PROGRESS_IN_PROGRESS;
      g_autoptr(AmaProgressUpdate) update = ama_progress_update_new (date, status, note);
      ama_recommendation_add_update (rec, update);
    }

  return g_steal_pointer (&rec);
}

static void
row_info_clear (RowInfo *info)
{
  g_clear_pointer (&info->decision_word, g_free);
  g_clear_pointer (&info->officer, g_free);
  g_clear_pointer (&info->action_by, g_free);
}

/* The review around the recommendations: what a Rotherham-like review
 * carries besides them (members, terms of reference, meetings,
 * considerations), in realistic proportions. */
static AmaReview *
make_review (GRand *rand, guint council, guint year, guint k)
{
  g_autoptr(AmaReview) review = ama_review_new ();
  g_autofree char *id = g_strdup_printf ("council-%03u-%u-%u", council, year, k);
  g_autofree char *authority = g_strdup_printf ("Council %03u Metropolitan Borough Council", council);
  g_autofree char *title = make_text (rand, 90);
  g_autofree char *summary = make_text (rand, 600);
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  g_auto(GStrv) terms = NULL;
  guint n_members = g_rand_int_range (rand, 3, 9);

  ama_review_set_id (review, id);
  ama_review_set_title (review, title);
  ama_review_set_authority (review, authority);
  ama_review_set_body (review, "Improving Lives Select Commission");
  ama_review_set_summary (review, summary);
  ama_review_set_status (review, g_rand_int_range (rand, AMA_REVIEW_STATUS_REPORTED, AMA_REVIEW_STATUS_CLOSED + 1));

  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(AmaPerson) person = make_person (rand);
      g_autoptr(AmaMember) member = NULL;
      ama_person_set_honorific (person, "Cllr");
      member = ama_member_new (person, i == 0 ? AMA_MEMBER_ROLE_CHAIR : AMA_MEMBER_ROLE_MEMBER);
      ama_review_add_member (review, member);
    }
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *t = make_text (rand, 120);
      g_strv_builder_add (b, t);
    }
  terms = g_strv_builder_end (b);
  ama_review_set_terms_of_reference (review, (const char * const *)terms);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (year, 3 + 4 * i, 12, 0, 0, 0);
      g_autoptr(AmaConsideration) c = ama_consideration_new (i ? "Cabinet" : "Overview and Scrutiny Management Board", date, "approved");
      ama_review_add_consideration (review, c);
    }

  return g_steal_pointer (&review);
}

static gboolean
write_file (const char *path, const char *data, gsize len)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, data, len, &error))
    {
      g_printerr ("ama-bench-gen: %s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_review (AmaReview *review, const char *path)
{
  gsize len;
  g_autofree char *data = ama_review_to_data (review, &len);
  return write_file (path, data, len);
}

static void
append_xml_escaped (GString *out, const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_string_append (out, escaped);
}

/* A ModernGov GetMeeting response. Agenda text and minutes are HTML,
 * escaped once more inside the XML, as the real web service does. */
static void
append_agenda_item (GString *xml, GRand *rand, guint item, guint n_resolutions)
{
  g_autoptr(GString) html = g_string_new ("<div class=\"WordSection1\">\n<p class=\"MsoNormal\">");
  g_autofree char *title = make_text (rand, 60);
  g_autofree char *agenda = make_text (rand, 300);

  g_string_append_printf (xml,
    "    <agendaitem>\n"
    "      <agendaitemid>%u</agendaitemid>\n"
    "      <agendaitemtitle>", 18831 + item);
  append_xml_escaped (xml, title);
  g_string_append (xml, "</agendaitemtitle>\n      <agendatext>");
  {
    g_autofree char *p = g_strdup_printf ("<div class=\"WordSection1\">\n<p class=\"MsoNormal\">%s</p>\n</div>\n", agenda);
    append_xml_escaped (xml, p);
  }
  g_string_append_printf (xml,
    "</agendatext>\n"
    "      <actualmeetingdate>10/02/2026</actualmeetingdate>\n"
    "      <agendaitemnumber>%u</agendaitemnumber>\n"
    "      <agendaitemsubnumber>\n      </agendaitemsubnumber>\n"
    "      <fulldisplaynumberformat>%u.</fulldisplaynumberformat>\n"
    "      <minutesnonemptyhtmlbody>", item + 4, item + 1);

  {
    g_autofree char *narrative = make_text (rand, 400);
    g_string_append_printf (html, "%s</p>\n<p class=\"MsoNormal\">Resolved:-</p>\n", narrative);
  }
  for (guint r = 0; r < n_resolutions; r++)
    {
      g_autofree char *text = make_text (rand, pick_length (rand, rec_lengths, G_N_ELEMENTS (rec_lengths)));
      g_string_append_printf (html, "<p class=\"MsoNormal\">(%u) %s</p>\n", r + 1, text);
    }
  {
    g_autoptr(AmaPerson) mover = make_person (rand);
    g_autoptr(AmaPerson) seconder = make_person (rand);
    g_string_append_printf (html, "<p class=\"MsoNormal\">Mover: Councillor %s Seconder: Councillor %s</p>\n</div>\n",
                            ama_person_get_name (mover), ama_person_get_name (seconder));
  }
  append_xml_escaped (xml, html->str);
  g_string_append_printf (xml,
    "</minutesnonemptyhtmlbody>\n"
    "      <declarationcount>0</declarationcount>\n"
    "      <iscallin>False</iscallin>\n"
    "      <isdecision>False</isdecision>\n"
    "      <isminutepublished>True</isminutepublished>\n"
    "      <isrestricted>False</isrestricted>\n"
    "      <meetingdate>10/02/2026</meetingdate>\n"
    "      <meetingtime>10.00 am</meetingtime>\n"
    "      <minutesitemnumber>%u</minutesitemnumber>\n"
    "      <linkeddocuments>\n"
    "        <linkeddoc>\n"
    "          <attachmentid>%u</attachmentid>\n"
    "          <title>Report of the Scrutiny Review Group %u</title>\n"
    "          <isurl>False</isurl>\n"
    "          <url>https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=%u</url>\n"
    "          <isrestricted>False</isrestricted>\n"
    "          <publicationdate>02/02/2026</publicationdate>\n"
    "        </linkeddoc>\n"
    "      </linkeddocuments>\n"
    "    </agendaitem>\n",
    item + 1, 60860 + item, item + 1, 60860 + item);
}

static gboolean
generate (guint32 seed, guint size, const char *out_dir)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed ^ size);
  g_autoptr(AmaReview) single = make_review (rand, 0, 2017, 0);
  g_autofree char *folder = g_strdup_printf ("%s/folder-%u", out_dir, size);
  g_autofree char *single_path = g_strdup_printf ("%s/single-%u.json", out_dir, size);
  g_autofree char *tsv_path = g_strdup_printf ("%s/responses-%u.tsv", out_dir, size);
  g_autofree char *xml_path = g_strdup_printf ("%s/moderngov-%u.xml", out_dir, size);
  g_autoptr(GString) tsv = g_string_new (NULL);
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autoptr(AmaReview) current = NULL;
  guint in_current = 0, target = 0, n_files = 0;
  guint council = 0, year = 2005, k = 0;

  if (g_mkdir_with_parents (folder, 0755) != 0)
    {
      g_printerr ("ama-bench-gen: %s: %s\n", folder, g_strerror (errno));
      return FALSE;
    }

  g_string_append (tsv,
    "Cabinet's Response to Scrutiny Review of Alternative Management Arrangements for Children and Young People's Services\n"
    "\n"
    "Recommendation\tCabinet Decision (Accepted/ Rejected/ Deferred)\tCabinet Response (detailing proposed action if accepted, "
    "rationale for rejection, and why and when issue will be reconsidered if deferred)\tOfficer Responsible\tAction by (Date)\n");

  for (guint i = 0; i < size; i++)
    {
      RowInfo info = { 0 };
      g_autoptr(AmaRecommendation) rec = NULL;
      g_autoptr(AmaRecommendation) copy = NULL;

      /* A new review every 3–17 recommendations (10 on average), walking
       * councils × years × a few reviews a year. */
      if (current == NULL)
        {
          current = make_review (rand, council, year, k);
          target = g_rand_int_range (rand, 3, 18);
          in_current = 0;
        }

      rec = make_recommendation (rand, in_current + 1, &info);

      {
        g_autofree char *line = NULL;
        const char *points_sep = "";
        g_autoptr(GString) cell = g_string_new (NULL);
        g_string_append_printf (cell, "%u. %s", in_current + 1, ama_recommendation_get_text (rec));
        for (const char * const *p = ama_recommendation_get_points (rec); p && *p; p++)
          g_string_append_printf (cell, "%s %s;", points_sep, *p);
        g_string_append_printf (tsv, "%s\t%s\t%s\t%s\t%s\n", cell->str, info.decision_word,
                                ama_response_get_text (ama_recommendation_get_response (rec)),
                                info.officer, info.action_by);
      }
      row_info_clear (&info);

      /* The single file numbers its recommendations 1..N. */
      {
        g_autofree char *data = NULL;
        g_autofree char *n = g_strdup_printf ("%u", i + 1);
        g_autoptr(GError) error = NULL;
        ama_review_add_recommendation (current, rec);
        /* A second object with the same content for the single review:
         * an object belongs to one review. */
        data = NULL;
        copy = ama_recommendation_new (n, ama_recommendation_get_text (rec));
        ama_recommendation_set_points (copy, ama_recommendation_get_points (rec));
        ama_recommendation_set_response (copy, ama_recommendation_get_response (rec));
        for (guint u = 0; u < g_list_model_get_n_items (ama_recommendation_get_updates (rec)); u++)
          {
            g_autoptr(AmaProgressUpdate) up = g_list_model_get_item (ama_recommendation_get_updates (rec), u);
            ama_recommendation_add_update (copy, up);
          }
        ama_review_add_recommendation (single, copy);
      }

      if (++in_current == target || i + 1 == size)
        {
          g_autofree char *path = g_strdup_printf ("%s/%s.json", folder, ama_review_get_id (current));
          if (!write_review (current, path))
            return FALSE;
          n_files++;
          g_clear_object (&current);
          if (++k == 3)
            {
              k = 0;
              if (++year == 2025)
                {
                  year = 2005;
                  council++;
                }
            }
        }
    }

  if (!write_review (single, single_path) || !write_file (tsv_path, tsv->str, tsv->len))
    return FALSE;

  g_string_append (xml,
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<meeting>\n"
    "  <meetingid>4967</meetingid>\n"
    "  <meetingdate>10/02/2026</meetingdate>\n"
    "  <meetingstatus>Confirmed</meetingstatus>\n"
    "  <isdisplayallowed>True</isdisplayallowed>\n"
    "  <meetingtime>10.00 am</meetingtime>\n"
    "  <meetingactualstarttime>\n  </meetingactualstarttime>\n"
    "  <meetingplannedfinishtime>2.00 pm</meetingplannedfinishtime>\n"
    "  <meetinglocation>Council Antechamber, Level 2, Town Hall Extension</meetinglocation>\n"
    "  <iswebcast>False</iswebcast>\n"
    "  <agendaid>4967</agendaid>\n"
    "  <agendapublished>True</agendapublished>\n"
    "  <decisionpublished>False</decisionpublished>\n"
    "  <minutepublished>True</minutepublished>\n"
    "  <agendaitems>\n");
  for (guint item = 0; item * 10 < size; item++)
    append_agenda_item (xml, rand, item, MIN (10, size - item * 10));
  g_string_append (xml, "  </agendaitems>\n</meeting>\n");
  if (!write_file (xml_path, xml->str, xml->len))
    return FALSE;

  g_print ("%u recommendations: %s, %s/ (%u files), %s, %s\n",
           size, single_path, folder, n_files, tsv_path, xml_path);
  return TRUE;
}

int
main (int argc, char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("SIZE... — write benchmark corpora");
  g_autoptr(GError) error = NULL;
  int seed = 2017;
  g_autofree char *out = NULL;
  GOptionEntry entries[] = {
    { "seed", 's', 0, G_OPTION_ARG_INT, &seed, "Random seed (default 2017)", "N" },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out, "Output folder (default: corpus)", "DIR" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("ama-bench-gen: %s\n", error->message);
      return 2;
    }
  if (argc < 2)
    {
      g_printerr ("usage: ama-bench-gen [--seed N] [--out DIR] SIZE...\n");
      return 2;
    }
  if (out == NULL)
    out = g_strdup ("corpus");

  for (int i = 1; i < argc; i++)
    {
      guint64 size;
      if (!g_ascii_string_to_unsigned (argv[i], 10, 1, 10000000, &size, &error))
        {
          g_printerr ("ama-bench-gen: %s: %s\n", argv[i], error->message);
          return 2;
        }
      if (!generate ((guint32)seed, (guint)size, out))
        return 1;
    }
  return 0;
}
