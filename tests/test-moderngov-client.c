/* test-moderngov-client.c: AmaModernGovClient against a SoupServer on
 * 127.0.0.1 that replays real ModernGov responses (tests/data/moderngov)
 * and misbehaves on purpose.
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <ama.h>
#include <libsoup/soup.h>

/* ---- the server: its own thread and main context, so the client's
 * blocking calls in the test thread can be answered ------------------- */

typedef struct
{
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  SoupServer   *server;
  char         *base;        /* http://127.0.0.1:PORT */
  GMutex        lock;
  GCond         ready;
  gboolean      started;
  /* what was asked, behind @lock */
  GPtrArray    *paths;       /* "path?query" of each request */
  GPtrArray    *agents;      /* User-Agent of each request */
  GArray       *times;       /* monotonic µs of each request */
  guint         flaky;       /* requests seen on /flaky/ */
} Server;

static Server *srv;

static GBytes *
fixture (const char *name)
{
  g_autofree char *path = g_build_filename (AMA_TEST_SRCDIR, "data", "moderngov", name, NULL);
  g_autoptr(GError) error = NULL;
  char *data;
  gsize len;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

static void
respond_bytes (SoupServerMessage *msg,
               const char        *type,
               GBytes            *body)
{
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, type, SOUP_MEMORY_COPY,
                                    g_bytes_get_data (body, NULL), g_bytes_get_size (body));
}

/* A body sent a byte at a time. The client gives up on it, so the
 * message may end at any time: the drip holds a reference and stops
 * when the message is finished or its connection gone. */
typedef struct
{
  SoupServerMessage *msg;
  guint              left;
  gboolean           gone;
} Drip;

static void
drip_gone (SoupServerMessage *msg,
           gpointer           data)
{
  ((Drip *) data)->gone = TRUE;
}

static void
drip_free (gpointer data)
{
  Drip *d = data;

  g_signal_handlers_disconnect_by_data (d->msg, d);
  g_object_unref (d->msg);
  g_free (d);
}

static gboolean
drip_one (gpointer data)
{
  Drip *d = data;
  SoupMessageBody *body;

  if (d->gone)
    return G_SOURCE_REMOVE;
  body = soup_server_message_get_response_body (d->msg);
  soup_message_body_append (body, SOUP_MEMORY_STATIC, " ", 1);
  if (--d->left == 0)
    soup_message_body_complete (body);
  soup_server_message_unpause (d->msg);
  return d->left == 0 ? G_SOURCE_REMOVE : G_SOURCE_CONTINUE;
}

static void
on_request (SoupServer        *server,
            SoupServerMessage *msg,
            const char        *path,
            GHashTable        *query,
            gpointer           user_data)
{
  GUri *uri = soup_server_message_get_uri (msg);
  const char *q = g_uri_get_query (uri);
  const char *agent = soup_message_headers_get_one (soup_server_message_get_request_headers (msg),
                                                    "User-Agent");
  gint64 now = g_get_monotonic_time ();
  const char *method = strrchr (path, '/');
  const char *meeting = query ? g_hash_table_lookup (query, "lMeetingId") : NULL;
  guint flaky;

  g_mutex_lock (&srv->lock);
  g_ptr_array_add (srv->paths, g_strconcat (path, q ? "?" : "", q ? q : "", NULL));
  g_ptr_array_add (srv->agents, g_strdup (agent));
  g_array_append_val (srv->times, now);
  flaky = g_str_has_prefix (path, "/flaky/") ? srv->flaky++ : 0;
  g_mutex_unlock (&srv->lock);

  if (g_str_has_prefix (path, "/404/"))
    soup_server_message_set_status (msg, 404, NULL);
  else if (g_str_has_prefix (path, "/500/"))
    soup_server_message_set_status (msg, 500, NULL);
  else if (g_str_has_prefix (path, "/busy/"))
    {
      soup_server_message_set_status (msg, 429, "Too Many Requests");
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", "0");
    }
  else if (g_str_has_prefix (path, "/patient/"))
    {
      soup_server_message_set_status (msg, 503, NULL);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", "3600");
    }
  else if (g_str_has_prefix (path, "/flaky/") && flaky == 0)
    {
      soup_server_message_set_status (msg, 503, NULL);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", "1");
    }
  else if (g_str_has_prefix (path, "/loop/"))
    {
      soup_server_message_set_redirect (msg, 302, path);
    }
  else if (g_str_has_prefix (path, "/hop/"))
    {
      g_autofree char *to = g_strconcat (path + strlen ("/hop"), q ? "?" : "", q ? q : "", NULL);
      soup_server_message_set_redirect (msg, 301, to);
    }
  else if (g_str_has_prefix (path, "/ftp/"))
    soup_server_message_set_redirect (msg, 302, "ftp://127.0.0.1/x");
  else if (g_str_has_prefix (path, "/html/"))
    {
      static const char html[] = "<!DOCTYPE html><html><head><title>Error</title></head>"
                                 "<body><p>Runtime Error<br></p></body></html>";
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, html, strlen (html));
    }
  else if (g_str_has_prefix (path, "/bad/"))
    {
      static const char bad[] = "<?xml version=\"1.0\"?>\n<meeting>\n  <meetingid>1</meetingid>\n"
                                "  <meetingdate>10/02/2026</meetingdate\n</meeting>\n";
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/xml", SOUP_MEMORY_STATIC, bad, strlen (bad));
    }
  else if (g_str_has_prefix (path, "/bomb/"))
    {
      static const char bomb[] =
        "<?xml version=\"1.0\"?>\n"
        "<!DOCTYPE meeting [\n"
        " <!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
        " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
        " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
        " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
        " <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
        " <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
        "]>\n"
        "<meeting>\n  <meetingid>7</meetingid>\n  <meetingdate>10/02/2026</meetingdate>\n"
        "  <meetinglocation>&f;</meetinglocation>\n</meeting>\n";
      soup_server_message_set_status (msg, 200, NULL);
      soup_server_message_set_response (msg, "text/xml", SOUP_MEMORY_STATIC, bomb, strlen (bomb));
    }
  else if (g_str_has_prefix (path, "/chunked/"))
    {
      g_autoptr(GBytes) body = fixture ("meeting_with_minutes.xml");
      SoupMessageHeaders *h = soup_server_message_get_response_headers (msg);

      soup_server_message_set_status (msg, 200, NULL);
      soup_message_headers_set_encoding (h, SOUP_ENCODING_CHUNKED);
      soup_message_headers_set_content_type (h, "text/xml", NULL);
      soup_message_body_append_bytes (soup_server_message_get_response_body (msg), body);
      soup_message_body_complete (soup_server_message_get_response_body (msg));
    }
  else if (g_str_has_prefix (path, "/slow/"))
    {
      Drip *d = g_new0 (Drip, 1);
      GSource *source = g_timeout_source_new (200);
      SoupMessageHeaders *h = soup_server_message_get_response_headers (msg);

      d->msg = g_object_ref (msg);
      d->left = 50;
      g_signal_connect (msg, "finished", G_CALLBACK (drip_gone), d);
      g_signal_connect (msg, "disconnected", G_CALLBACK (drip_gone), d);
      soup_server_message_set_status (msg, 200, NULL);
      soup_message_headers_set_encoding (h, SOUP_ENCODING_CHUNKED);
      soup_server_message_pause (msg);
      g_source_set_callback (source, drip_one, d, drip_free);
      g_source_attach (source, srv->context);
      g_source_unref (source);
    }
  else if (g_str_has_prefix (path, "/hang/"))
    {
      /* Never answered; a cancelled client gives up on it. */
      soup_server_message_pause (msg);
    }
  else if (method != NULL && g_str_equal (method, "/GetCommittees"))
    {
      g_autoptr(GBytes) body = fixture ("committees.xml");
      respond_bytes (msg, "text/xml", body);
    }
  else if (method != NULL && g_str_equal (method, "/GetMeetings"))
    {
      g_autoptr(GBytes) body = fixture ("meetings.xml");
      respond_bytes (msg, "text/xml", body);
    }
  else if (method != NULL && g_str_equal (method, "/GetMeeting") && g_strcmp0 (meeting, "4967") == 0)
    {
      g_autoptr(GBytes) body = fixture ("meeting_with_minutes.xml");
      respond_bytes (msg, "text/xml", body);
    }
  else if (method != NULL && g_str_equal (method, "/GetMeeting") && g_strcmp0 (meeting, "4966") == 0)
    {
      g_autoptr(GBytes) body = fixture ("meeting_cancelled.xml");
      respond_bytes (msg, "text/xml", body);
    }
  else
    soup_server_message_set_status (msg, 404, NULL);
}

static gpointer
server_thread (gpointer data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (srv->context);
  srv->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (srv->server, NULL, on_request, NULL, NULL);
  soup_server_listen_local (srv->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (srv->server);
  g_assert_nonnull (uris);
  g_mutex_lock (&srv->lock);
  srv->base = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  srv->started = TRUE;
  g_cond_signal (&srv->ready);
  g_mutex_unlock (&srv->lock);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_main_loop_run (srv->loop);

  soup_server_disconnect (srv->server);
  g_clear_object (&srv->server);
  /* Let the disconnections finish before the context goes. */
  while (g_main_context_iteration (srv->context, FALSE))
    ;
  g_main_context_pop_thread_default (srv->context);
  return NULL;
}

static void
server_start (void)
{
  srv = g_new0 (Server, 1);
  g_mutex_init (&srv->lock);
  g_cond_init (&srv->ready);
  srv->paths = g_ptr_array_new_with_free_func (g_free);
  srv->agents = g_ptr_array_new_with_free_func (g_free);
  srv->times = g_array_new (FALSE, FALSE, sizeof (gint64));
  srv->context = g_main_context_new ();
  srv->loop = g_main_loop_new (srv->context, FALSE);
  srv->thread = g_thread_new ("server", server_thread, NULL);
  g_mutex_lock (&srv->lock);
  while (!srv->started)
    g_cond_wait (&srv->ready, &srv->lock);
  g_mutex_unlock (&srv->lock);
}

static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
server_stop (void)
{
  g_main_context_invoke (srv->context, quit_loop, srv->loop);
  g_thread_join (srv->thread);
  g_main_loop_unref (srv->loop);
  g_main_context_unref (srv->context);
  g_ptr_array_unref (srv->paths);
  g_ptr_array_unref (srv->agents);
  g_array_unref (srv->times);
  g_mutex_clear (&srv->lock);
  g_cond_clear (&srv->ready);
  g_free (srv->base);
  g_clear_pointer (&srv, g_free);
}

static guint
requests_seen (void)
{
  guint n;

  g_mutex_lock (&srv->lock);
  n = srv->paths->len;
  g_mutex_unlock (&srv->lock);
  return n;
}

/* A client of the test server; @mode is a path prefix that makes the
 * server misbehave ("500"), or NULL. No interval: tests stay fast; the
 * interval has its own test. */
static AmaModernGovClient *
client_for (const char *mode)
{
  g_autofree char *base = mode ? g_strdup_printf ("%s/%s/", srv->base, mode) : g_strdup (srv->base);
  AmaModernGovClient *client = ama_moderngov_client_new (base);

  ama_moderngov_client_set_min_interval (client, 0);
  ama_moderngov_client_set_timeout (client, 5);
  return client;
}

/* ---- what a good server gives ----------------------------------------- */

static void
test_properties (void)
{
  g_autoptr(AmaModernGovClient) client = ama_moderngov_client_new ("https://democracy.example.gov.uk/mgWebService.asmx/");
  g_autofree char *url = NULL;

  g_assert_cmpstr (ama_moderngov_client_get_base_url (client), ==, "https://democracy.example.gov.uk");
  g_assert_cmpstr (ama_moderngov_client_get_user_agent (client), ==, "libama/" AMA_VERSION_S);
  g_assert_cmpuint (ama_moderngov_client_get_min_interval (client), ==, 1000);
  g_assert_cmpuint (ama_moderngov_client_get_max_redirects (client), ==, 5);
  g_assert_cmpuint (ama_moderngov_client_get_max_retries (client), ==, 3);
  g_assert_cmpuint (ama_moderngov_client_get_timeout (client), ==, 60);
  g_assert_cmpuint (ama_moderngov_client_get_max_response_size (client), ==, 64 * 1024 * 1024);
  url = ama_moderngov_client_get_method_url (client, "GetMeeting", "lMeetingId=4967");
  g_assert_cmpstr (url, ==, "https://democracy.example.gov.uk/mgWebService.asmx/GetMeeting?lMeetingId=4967");
}

static void
test_committees (void)
{
  g_autoptr(AmaModernGovClient) client = client_for (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = ama_moderngov_client_fetch_committees (client, NULL, &error);
  g_autoptr(AmaModernGovCommittee) first = NULL;
  g_autoptr(AmaModernGovCommittee) last = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  first = g_list_model_get_item (list, 0);
  last = g_list_model_get_item (list, 2);
  g_assert_cmpstr (ama_moderngov_committee_get_id (first), ==, "312");
  g_assert_true (ama_moderngov_committee_get_expired (first));
  g_assert_false (ama_moderngov_committee_get_deleted (first));
  g_assert_cmpstr (ama_moderngov_committee_get_id (last), ==, "144");
  g_assert_cmpstr (ama_moderngov_committee_get_title (last), ==, "Audit Committee");
  g_assert_cmpstr (ama_moderngov_committee_get_category (last), ==,
                   "Governance and Decision Making Committees");
  g_assert_false (ama_moderngov_committee_get_expired (last));
  g_mutex_lock (&srv->lock);
  g_assert_cmpstr (g_ptr_array_index (srv->paths, srv->paths->len - 1), ==,
                   "/mgWebService.asmx/GetCommittees");
  g_assert_cmpstr (g_ptr_array_index (srv->agents, srv->agents->len - 1), ==, "libama/" AMA_VERSION_S);
  g_mutex_unlock (&srv->lock);
}

static void
test_meetings_filtered (void)
{
  g_autoptr(AmaModernGovClient) client = client_for (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) from = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_utc (2026, 1, 31, 0, 0, 0);
  g_autoptr(GDateTime) feb = g_date_time_new_utc (2026, 2, 10, 0, 0, 0);
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) january = NULL;
  g_autoptr(GListModel) from_feb = NULL;
  g_autoptr(AmaMeeting) m0 = NULL;
  g_autoptr(AmaMeeting) m1 = NULL;

  all = ama_moderngov_client_fetch_meetings (client, "144", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
  m0 = g_list_model_get_item (all, 0);
  m1 = g_list_model_get_item (all, 1);
  g_assert_cmpstr (ama_meeting_get_id (m0), ==, "4966");
  g_assert_cmpstr (ama_meeting_get_status (m0), ==, "Cancelled");
  g_assert_cmpstr (ama_meeting_get_id (m1), ==, "4967");
  g_assert_cmpstr (ama_meeting_get_body (m1), ==, "Audit Committee");

  /* The test server ignores the dates, as some real ones do: the
   * client's own filter is what leaves one meeting. */
  january = ama_moderngov_client_fetch_meetings (client, "144", from, to, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (january), ==, 1);
  g_clear_object (&m0);
  m0 = g_list_model_get_item (january, 0);
  g_assert_cmpstr (ama_meeting_get_id (m0), ==, "4966");
  g_mutex_lock (&srv->lock);
  g_assert_cmpstr (g_ptr_array_index (srv->paths, srv->paths->len - 1), ==,
                   "/mgWebService.asmx/GetMeetings?lCommitteeId=144&sFromDate=01%2F01%2F2026&sToDate=31%2F01%2F2026");
  g_mutex_unlock (&srv->lock);

  /* Both ends are included. */
  from_feb = ama_moderngov_client_fetch_meetings (client, "144", feb, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (from_feb), ==, 1);
}

static void
test_meeting (void)
{
  g_autoptr(AmaModernGovClient) client = client_for (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) diagnostics = NULL;
  g_autoptr(AmaReview) review = ama_moderngov_client_fetch_meeting (client, "4967", &diagnostics, NULL, &error);
  g_autoptr(AmaMeeting) meeting = NULL;
  g_autoptr(AmaAgendaItem) item = NULL;
  g_autoptr(AmaDocument) doc = NULL;
  g_autoptr(AmaMember) attendee = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (review);
  g_assert_nonnull (diagnostics);
  g_assert_cmpuint (g_list_model_get_n_items (diagnostics), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_meetings (review)), ==, 1);
  meeting = g_list_model_get_item (ama_review_get_meetings (review), 0);
  g_assert_cmpstr (ama_meeting_get_id (meeting), ==, "4967");
  g_assert_cmpstr (ama_meeting_get_time (meeting), ==, "10:00");
  g_assert_cmpstr (ama_meeting_get_body (meeting), ==, "Audit Committee");
  g_assert_cmpuint (g_list_model_get_n_items (ama_meeting_get_agenda_items (meeting)), ==, 2);
  item = g_list_model_get_item (ama_meeting_get_agenda_items (meeting), 1);
  g_assert_cmpstr (ama_agenda_item_get_title (item), ==, "Work Programme");
  g_assert_cmpuint (g_list_model_get_n_items (ama_agenda_item_get_documents (item)), ==, 1);
  doc = g_list_model_get_item (ama_agenda_item_get_documents (item), 0);
  g_assert_cmpstr (ama_document_get_uri (doc), ==, "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60909");
  g_assert_cmpuint (g_list_model_get_n_items (ama_meeting_get_attendees (meeting)), ==, 1);
  attendee = g_list_model_get_item (ama_meeting_get_attendees (meeting), 0);
  g_assert_cmpstr (ama_member_get_party (attendee), ==, "LAB");
}

static void
test_redirect_followed (void)
{
  g_autoptr(AmaModernGovClient) client = client_for ("hop");
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = ama_moderngov_client_fetch_meeting (client, "4967", NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_meetings (review)), ==, 1);

  /* With no redirect allowed the same request fails. */
  ama_moderngov_client_set_max_redirects (client, 0);
  g_clear_object (&review);
  review = ama_moderngov_client_fetch_meeting (client, "4967", NULL, NULL, &error);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_NETWORK);
  g_assert_nonnull (strstr (error->message, "too many redirects (more than 0)"));
  g_assert_null (review);
}

static void
test_interval (void)
{
  g_autoptr(AmaModernGovClient) client = client_for (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) a = NULL;
  g_autoptr(GListModel) b = NULL;
  gint64 t0, t1;
  guint n;

  ama_moderngov_client_set_min_interval (client, 400);
  a = ama_moderngov_client_fetch_committees (client, NULL, &error);
  g_assert_no_error (error);
  b = ama_moderngov_client_fetch_committees (client, NULL, &error);
  g_assert_no_error (error);
  g_mutex_lock (&srv->lock);
  n = srv->times->len;
  t0 = g_array_index (srv->times, gint64, n - 2);
  t1 = g_array_index (srv->times, gint64, n - 1);
  g_mutex_unlock (&srv->lock);
  g_assert_cmpint (t1 - t0, >=, 400 * 1000);
}

/* ---- what a bad one gives --------------------------------------------- */

static void
expect_meeting_error (const char *mode,
                      GQuark      domain,
                      int         code,
                      const char *fragment)
{
  g_autoptr(AmaModernGovClient) client = client_for (mode);
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = ama_moderngov_client_fetch_meeting (client, "4967", NULL, NULL, &error);
  g_autofree char *url = g_strdup_printf ("%s/%s/mgWebService.asmx/GetMeeting?lMeetingId=4967", srv->base, mode);

  g_assert_null (review);
  g_assert_error (error, domain, code);
  g_test_message ("%s: %s", mode, error->message);
  g_assert_nonnull (strstr (error->message, url));
  g_assert_nonnull (strstr (error->message, fragment));
}

static void
test_http_errors (void)
{
  expect_meeting_error ("404", AMA_ERROR, AMA_ERROR_NETWORK, ": HTTP 404 Not Found");
  expect_meeting_error ("500", AMA_ERROR, AMA_ERROR_NETWORK, ": HTTP 500 Internal Server Error");
  expect_meeting_error ("loop", AMA_ERROR, AMA_ERROR_NETWORK, "too many redirects (more than 5)");
  expect_meeting_error ("ftp", AMA_ERROR, AMA_ERROR_NETWORK, "which is not an http(s) URL");
  expect_meeting_error ("patient", AMA_ERROR, AMA_ERROR_NETWORK, "retry after 3600 s");
}

static void
test_not_moderngov (void)
{
  expect_meeting_error ("bad", AMA_ERROR, AMA_ERROR_PARSE, "line 5");
  expect_meeting_error ("html", AMA_ERROR, AMA_ERROR_PARSE, "");
}

static void
test_retries (void)
{
  g_autoptr(AmaModernGovClient) client = client_for ("busy");
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(AmaModernGovClient) flaky = client_for ("flaky");
  guint before = requests_seen ();
  gint64 start;

  /* 429 with Retry-After: 0, every time: the first try and 2 more. */
  ama_moderngov_client_set_max_retries (client, 2);
  review = ama_moderngov_client_fetch_meeting (client, "4967", NULL, NULL, &error);
  g_assert_null (review);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_NETWORK);
  g_test_message ("busy: %s", error->message);
  g_assert_nonnull (strstr (error->message, "after 3 attempts"));
  g_assert_nonnull (strstr (error->message, "HTTP 429 Too Many Requests"));
  g_assert_cmpuint (requests_seen () - before, ==, 3);
  g_clear_error (&error);

  /* 503 with Retry-After: 1 once, then the answer, a second later. */
  start = g_get_monotonic_time ();
  before = requests_seen ();
  review = ama_moderngov_client_fetch_meeting (flaky, "4967", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (review);
  g_assert_cmpuint (requests_seen () - before, ==, 2);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, G_USEC_PER_SEC);
}

static void
test_size_limit (void)
{
  g_autoptr(AmaModernGovClient) client = client_for (NULL);
  g_autoptr(AmaModernGovClient) chunked = client_for ("chunked");
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;

  /* Refused from the Content-Length, before the body is read. */
  ama_moderngov_client_set_max_response_size (client, 1000);
  review = ama_moderngov_client_fetch_meeting (client, "4967", NULL, NULL, &error);
  g_assert_null (review);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "(Content-Length) is larger than the limit of 1000 bytes"));
  g_clear_error (&error);

  /* Chunked, with no length to go by: refused while reading. */
  ama_moderngov_client_set_max_response_size (chunked, 1000);
  review = ama_moderngov_client_fetch_meeting (chunked, "4967", NULL, NULL, &error);
  g_assert_null (review);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "is larger than the limit of 1000 bytes"));
  g_clear_error (&error);

  /* And the same chunked answer within the limit is read whole. */
  ama_moderngov_client_set_max_response_size (chunked, 100000);
  review = ama_moderngov_client_fetch_meeting (chunked, "4967", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ama_review_get_meetings (review)), ==, 1);
}

static void
test_slow_drip (void)
{
  g_autoptr(AmaModernGovClient) client = client_for ("slow");
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;
  gint64 start = g_get_monotonic_time ();

  /* A byte every 200 ms never trips the I/O timeout; the whole-response
   * one stops it. */
  ama_moderngov_client_set_timeout (client, 1);
  review = ama_moderngov_client_fetch_meeting (client, "4967", NULL, NULL, &error);
  g_assert_null (review);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_NETWORK);
  g_assert_nonnull (strstr (error->message, "timed out"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 4 * G_USEC_PER_SEC);
}

static void
test_xml_bomb (void)
{
  gint64 start = g_get_monotonic_time ();

  /* Nested entities a million characters deep: libxml2 refuses the
   * amplification while parsing (nothing is expanded into the model in
   * any case), quickly and as a parse error naming the URL. */
  expect_meeting_error ("bomb", AMA_ERROR, AMA_ERROR_PARSE, "entity reference loop");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
}

static void
test_bad_arguments (void)
{
  g_autoptr(AmaModernGovClient) client = client_for (NULL);
  g_autoptr(AmaModernGovClient) nobase = ama_moderngov_client_new (NULL);
  g_autoptr(AmaModernGovClient) ftp = ama_moderngov_client_new ("ftp://127.0.0.1");
  g_autoptr(GError) error = NULL;
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(GListModel) list = NULL;
  guint before = requests_seen ();

  review = ama_moderngov_client_fetch_meeting (client, "1&x=2", NULL, NULL, &error);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_INVALID);
  g_clear_error (&error);
  list = ama_moderngov_client_fetch_committees (nobase, NULL, &error);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_INVALID);
  g_clear_error (&error);
  list = ama_moderngov_client_fetch_committees (ftp, NULL, &error);
  g_assert_error (error, AMA_ERROR, AMA_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "ftp://127.0.0.1/mgWebService.asmx/GetCommittees"));
  g_assert_cmpuint (requests_seen (), ==, before);
}

/* ---- async ----------------------------------------------------------- */

typedef struct
{
  GMainLoop  *loop;
  AmaReview  *review;
  GListModel *diagnostics;
  GError     *error;
} AsyncResult;

static void
on_meeting (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncResult *r = user_data;

  r->review = ama_moderngov_client_fetch_meeting_finish (AMA_MODERNGOV_CLIENT (source), result,
                                                         &r->diagnostics, &r->error);
  g_main_loop_quit (r->loop);
}

static gboolean
cancel_later (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

static void
test_async_and_cancel (void)
{
  g_autoptr(AmaModernGovClient) client = client_for (NULL);
  g_autoptr(AmaModernGovClient) hang = client_for ("hang");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncResult r = { g_main_loop_new (NULL, FALSE), NULL, NULL, NULL };
  gint64 start;

  ama_moderngov_client_fetch_meeting_async (client, "4966", NULL, on_meeting, &r);
  g_main_loop_run (r.loop);
  g_assert_no_error (r.error);
  g_assert_nonnull (r.diagnostics);
  {
    g_autoptr(AmaMeeting) m = g_list_model_get_item (ama_review_get_meetings (r.review), 0);
    g_assert_cmpstr (ama_meeting_get_status (m), ==, "Cancelled");
  }
  g_clear_object (&r.review);
  g_clear_object (&r.diagnostics);

  /* A request the server never answers, cancelled after 200 ms. */
  start = g_get_monotonic_time ();
  ama_moderngov_client_fetch_meeting_async (hang, "4967", cancellable, on_meeting, &r);
  g_timeout_add (200, cancel_later, cancellable);
  g_main_loop_run (r.loop);
  g_assert_null (r.review);
  g_assert_null (r.diagnostics);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);
  g_clear_error (&r.error);

  /* Cancelled before it starts: no request at all. */
  {
    guint before = requests_seen ();
    ama_moderngov_client_fetch_meeting_async (client, "4967", cancellable, on_meeting, &r);
    g_main_loop_run (r.loop);
    g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&r.error);
    g_assert_cmpuint (requests_seen (), ==, before);
  }
  g_main_loop_unref (r.loop);
}

int
main (int    argc,
      char **argv)
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/moderngov-client/properties", test_properties);
  g_test_add_func ("/moderngov-client/committees", test_committees);
  g_test_add_func ("/moderngov-client/meetings-filtered", test_meetings_filtered);
  g_test_add_func ("/moderngov-client/meeting", test_meeting);
  g_test_add_func ("/moderngov-client/redirect-followed", test_redirect_followed);
  g_test_add_func ("/moderngov-client/interval", test_interval);
  g_test_add_func ("/moderngov-client/http-errors", test_http_errors);
  g_test_add_func ("/moderngov-client/not-moderngov", test_not_moderngov);
  g_test_add_func ("/moderngov-client/retries", test_retries);
  g_test_add_func ("/moderngov-client/size-limit", test_size_limit);
  g_test_add_func ("/moderngov-client/slow-drip", test_slow_drip);
  g_test_add_func ("/moderngov-client/xml-bomb", test_xml_bomb);
  g_test_add_func ("/moderngov-client/bad-arguments", test_bad_arguments);
  g_test_add_func ("/moderngov-client/async-and-cancel", test_async_and_cancel);

  server_start ();
  ret = g_test_run ();
  server_stop ();
  return ret;
}
