/* ama-moderngov-client.c: the ModernGov web service over HTTP (libsoup 3)
 *
 * Copyright 2026 The libama authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <libsoup/soup.h>

#include "ama-moderngov-client.h"
#include "ama-net-private.h"
#include "ama-error.h"
#include "ama-importer.h"
#include "ama-meeting.h"
#include "ama-review.h"
#include "ama-util-private.h"

/**
 * AmaModernGovClient:
 *
 * A client of a council's ModernGov web service (`mgWebService.asmx`),
 * which hundreds of English councils publish their committees through.
 * It is the only part of libama that reaches the network: importers
 * and the catalogue never do.
 *
 * Each call is one HTTP GET of `BASE/mgWebService.asmx/<Method>?<query>`
 * (the form public scrapers use), and what comes back is read by the
 * same ModernGov importer as a saved response
 * ([enum@Ama.ImportFormat.MODERNGOV]):
 *
 * - [method@Ama.ModernGovClient.fetch_committees]: `GetCommittees`, as
 *   [class@Ama.ModernGovCommittee] objects;
 * - [method@Ama.ModernGovClient.fetch_meetings]: `GetMeetings` of one
 *   committee between two dates, as [class@Ama.Meeting] objects (some
 *   servers ignore the dates, so the client filters on them too);
 * - [method@Ama.ModernGovClient.fetch_meeting]: `GetMeeting`, one
 *   meeting with its agenda items, minutes, resolutions, linked
 *   documents and attendees, as a review;
 * - [method@Ama.ModernGovClient.fetch_url]: any other URL (a linked
 *   document), as bytes, under the same rules.
 *
 * Every call has a `_async`/`_finish` pair (the work runs in a worker
 * thread; the callback comes in the thread-default main context of the
 * caller) and a blocking twin for scripts.
 *
 * The client is polite by default and defensive always:
 *
 * - one request at a time per client, at least
 *   [property@Ama.ModernGovClient:min-interval] milliseconds apart
 *   (1000), with `User-Agent: libama/VERSION`;
 * - 429, 502, 503 and 504 are retried up to
 *   [property@Ama.ModernGovClient:max-retries] times, after the
 *   server's `Retry-After` (seconds or an HTTP date, at most 120 s) or
 *   else 1, 2, 4… seconds;
 * - each response must arrive within
 *   [property@Ama.ModernGovClient:timeout] seconds (a server that
 *   answers one byte at a time is cut off too) and be at most
 *   [property@Ama.ModernGovClient:max-response-size] bytes (a larger
 *   `Content-Length` is refused before the body is read);
 * - redirects are followed by the client itself, at most
 *   [property@Ama.ModernGovClient:max-redirects] of them, and only to
 *   `http` and `https` URLs.
 *
 * Errors: %AMA_ERROR_NETWORK for what went wrong on the way (the
 * message names the URL and, where there was one, the HTTP status:
 * `http://…/GetMeeting?lMeetingId=9: HTTP 404 Not Found`; a timeout; a
 * redirect loop; a connection that closed early), %AMA_ERROR_LIMIT for
 * a response over the size limit, %AMA_ERROR_INVALID for a bad base
 * URL or id, the importer's error (%AMA_ERROR_PARSE…) with the URL put
 * first for a body that is not a ModernGov response, and
 * %G_IO_ERROR_CANCELLED when the #GCancellable was cancelled.
 *
 * Since: 1.2
 */

/* A Retry-After longer than this is not waited for: the request fails
 * with the server's status instead. */
#define MAX_RETRY_DELAY_S 120
#define READ_CHUNK 16384

struct _AmaModernGovClient
{
  GObject  parent_instance;

  /* Settings: read by the worker threads, so behind @lock. */
  GMutex   lock;
  char    *base_url;
  char    *user_agent;
  guint    timeout;
  guint64  max_response_size;
  guint    max_redirects;
  guint    max_retries;
  guint    min_interval;

  /* One request at a time: @busy while one runs, @cond to wait for the
   * turn, @last_request when the last one ended (monotonic µs). */
  GCond    cond;
  gboolean busy;
  gint64   last_request;
};

G_DEFINE_FINAL_TYPE (AmaModernGovClient, ama_moderngov_client, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BASE_URL,
  PROP_USER_AGENT,
  PROP_TIMEOUT,
  PROP_MAX_RESPONSE_SIZE,
  PROP_MAX_REDIRECTS,
  PROP_MAX_RETRIES,
  PROP_MIN_INTERVAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What one operation runs with, copied under the lock at its start. */
typedef struct
{
  char    *base_url;
  char    *user_agent;
  guint    timeout;
  guint64  max_response_size;
  guint    max_redirects;
  guint    max_retries;
  guint    min_interval;
} Settings;

static void
settings_clear (Settings *s)
{
  g_free (s->base_url);
  g_free (s->user_agent);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Settings, settings_clear)

static void
settings_copy (AmaModernGovClient *self,
               Settings           *s)
{
  g_mutex_lock (&self->lock);
  s->base_url = g_strdup (self->base_url);
  s->user_agent = g_strdup (self->user_agent);
  s->timeout = self->timeout;
  s->max_response_size = self->max_response_size;
  s->max_redirects = self->max_redirects;
  s->max_retries = self->max_retries;
  s->min_interval = self->min_interval;
  g_mutex_unlock (&self->lock);
}

static void
ama_moderngov_client_finalize (GObject *object)
{
  AmaModernGovClient *self = AMA_MODERNGOV_CLIENT (object);

  g_clear_pointer (&self->base_url, g_free);
  g_clear_pointer (&self->user_agent, g_free);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);

  G_OBJECT_CLASS (ama_moderngov_client_parent_class)->finalize (object);
}

static void
ama_moderngov_client_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AmaModernGovClient *self = AMA_MODERNGOV_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URL:
      g_value_set_string (value, ama_moderngov_client_get_base_url (self));
      break;
    case PROP_USER_AGENT:
      g_value_set_string (value, ama_moderngov_client_get_user_agent (self));
      break;
    case PROP_TIMEOUT:
      g_value_set_uint (value, ama_moderngov_client_get_timeout (self));
      break;
    case PROP_MAX_RESPONSE_SIZE:
      g_value_set_uint64 (value, ama_moderngov_client_get_max_response_size (self));
      break;
    case PROP_MAX_REDIRECTS:
      g_value_set_uint (value, ama_moderngov_client_get_max_redirects (self));
      break;
    case PROP_MAX_RETRIES:
      g_value_set_uint (value, ama_moderngov_client_get_max_retries (self));
      break;
    case PROP_MIN_INTERVAL:
      g_value_set_uint (value, ama_moderngov_client_get_min_interval (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_moderngov_client_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AmaModernGovClient *self = AMA_MODERNGOV_CLIENT (object);

  switch (prop_id)
    {
    case PROP_BASE_URL:
      ama_moderngov_client_set_base_url (self, g_value_get_string (value));
      break;
    case PROP_USER_AGENT:
      ama_moderngov_client_set_user_agent (self, g_value_get_string (value));
      break;
    case PROP_TIMEOUT:
      ama_moderngov_client_set_timeout (self, g_value_get_uint (value));
      break;
    case PROP_MAX_RESPONSE_SIZE:
      ama_moderngov_client_set_max_response_size (self, g_value_get_uint64 (value));
      break;
    case PROP_MAX_REDIRECTS:
      ama_moderngov_client_set_max_redirects (self, g_value_get_uint (value));
      break;
    case PROP_MAX_RETRIES:
      ama_moderngov_client_set_max_retries (self, g_value_get_uint (value));
      break;
    case PROP_MIN_INTERVAL:
      ama_moderngov_client_set_min_interval (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ama_moderngov_client_class_init (AmaModernGovClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ama_moderngov_client_finalize;
  object_class->get_property = ama_moderngov_client_get_property;
  object_class->set_property = ama_moderngov_client_set_property;

  /**
   * AmaModernGovClient:base-url:
   *
   * The council's ModernGov site, such as
   * `https://democracy.example.gov.uk`; a trailing `/` or
   * `/mgWebService.asmx` is removed.
   *
   * Since: 1.2
   */
  properties[PROP_BASE_URL] = g_param_spec_string ("base-url", NULL, NULL, NULL, flags);
  /**
   * AmaModernGovClient:user-agent:
   *
   * The `User-Agent` sent with each request; `libama/VERSION` by
   * default.
   *
   * Since: 1.2
   */
  properties[PROP_USER_AGENT] = g_param_spec_string ("user-agent", NULL, NULL,
                                                     "libama/" PACKAGE_VERSION, flags);
  /**
   * AmaModernGovClient:timeout:
   *
   * Seconds a response may take, from the request to its last byte
   * (and the longest silence on the connection); 0 for no limit.
   *
   * Since: 1.2
   */
  properties[PROP_TIMEOUT] = g_param_spec_uint ("timeout", NULL, NULL, 0, G_MAXUINT, 60, flags);
  /**
   * AmaModernGovClient:max-response-size:
   *
   * The largest response body accepted, in bytes (64 MiB by default).
   *
   * Since: 1.2
   */
  properties[PROP_MAX_RESPONSE_SIZE] = g_param_spec_uint64 ("max-response-size", NULL, NULL,
                                                            1, G_MAXINT, 64 * 1024 * 1024,
                                                            flags);
  /**
   * AmaModernGovClient:max-redirects:
   *
   * How many redirects one request may follow (5 by default).
   *
   * Since: 1.2
   */
  properties[PROP_MAX_REDIRECTS] = g_param_spec_uint ("max-redirects", NULL, NULL, 0, 100, 5, flags);
  /**
   * AmaModernGovClient:max-retries:
   *
   * How many times a request answered 429, 502, 503 or 504 is tried
   * again (3 by default).
   *
   * Since: 1.2
   */
  properties[PROP_MAX_RETRIES] = g_param_spec_uint ("max-retries", NULL, NULL, 0, 100, 3, flags);
  /**
   * AmaModernGovClient:min-interval:
   *
   * The least time between two requests of this client, in
   * milliseconds (1000 by default), so a fetch does not burden a
   * council's server.
   *
   * Since: 1.2
   */
  properties[PROP_MIN_INTERVAL] = g_param_spec_uint ("min-interval", NULL, NULL, 0, 3600 * 1000,
                                                     1000, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ama_moderngov_client_init (AmaModernGovClient *self)
{
  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);
  self->user_agent = g_strdup ("libama/" PACKAGE_VERSION);
  self->timeout = 60;
  self->max_response_size = 64 * 1024 * 1024;
  self->max_redirects = 5;
  self->max_retries = 3;
  self->min_interval = 1000;
}

/**
 * ama_moderngov_client_new:
 * @base_url: (nullable): the council's ModernGov site
 *   (`https://democracy.example.gov.uk`)
 *
 * Creates a client of a council's ModernGov web service. Nothing is
 * requested until a `fetch` method is called.
 *
 * Returns: (transfer full): a new client
 *
 * Since: 1.2
 */
AmaModernGovClient *
ama_moderngov_client_new (const char *base_url)
{
  return g_object_new (AMA_TYPE_MODERNGOV_CLIENT, "base-url", base_url, NULL);
}

/* ---- properties ------------------------------------------------------ */

/**
 * ama_moderngov_client_get_base_url:
 * @self: a client
 *
 * Gets the council's site the client asks.
 *
 * Returns: (nullable): the base URL
 *
 * Since: 1.2
 */
const char *
ama_moderngov_client_get_base_url (AmaModernGovClient *self)
{
  g_return_val_if_fail (AMA_IS_MODERNGOV_CLIENT (self), NULL);
  return self->base_url;
}

/**
 * ama_moderngov_client_set_base_url:
 * @self: a client
 * @base_url: (nullable): the council's ModernGov site
 *
 * Sets the council's site the client asks; a trailing `/` or
 * `/mgWebService.asmx` is removed.
 *
 * Since: 1.2
 */
void
ama_moderngov_client_set_base_url (AmaModernGovClient *self,
                                   const char         *base_url)
{
  g_autofree char *url = NULL;
  gboolean changed;

  g_return_if_fail (AMA_IS_MODERNGOV_CLIENT (self));

  if (base_url != NULL)
    {
      gsize len;

      url = g_strstrip (g_strdup (base_url));
      len = strlen (url);
      while (len > 0 && url[len - 1] == '/')
        url[--len] = '\0';
      if (g_str_has_suffix (url, "/mgWebService.asmx"))
        url[len - strlen ("/mgWebService.asmx")] = '\0';
    }
  g_mutex_lock (&self->lock);
  changed = _ama_set_str (&self->base_url, url);
  g_mutex_unlock (&self->lock);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE_URL]);
}

/**
 * ama_moderngov_client_get_user_agent:
 * @self: a client
 *
 * Gets the `User-Agent` the client sends.
 *
 * Returns: (nullable): the user agent
 *
 * Since: 1.2
 */
const char *
ama_moderngov_client_get_user_agent (AmaModernGovClient *self)
{
  g_return_val_if_fail (AMA_IS_MODERNGOV_CLIENT (self), NULL);
  return self->user_agent;
}

/**
 * ama_moderngov_client_set_user_agent:
 * @self: a client
 * @user_agent: (nullable): the `User-Agent` to send, or %NULL for none
 *
 * Sets the `User-Agent` the client sends.
 *
 * Since: 1.2
 */
void
ama_moderngov_client_set_user_agent (AmaModernGovClient *self,
                                     const char         *user_agent)
{
  gboolean changed;

  g_return_if_fail (AMA_IS_MODERNGOV_CLIENT (self));

  g_mutex_lock (&self->lock);
  changed = _ama_set_str (&self->user_agent, user_agent);
  g_mutex_unlock (&self->lock);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER_AGENT]);
}

/* The unsigned settings share one setter body. */
static void
set_uint_setting (AmaModernGovClient *self,
                  guint              *field,
                  guint               value,
                  guint               prop)
{
  gboolean changed;

  g_mutex_lock (&self->lock);
  changed = *field != value;
  *field = value;
  g_mutex_unlock (&self->lock);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/**
 * ama_moderngov_client_get_timeout:
 * @self: a client
 *
 * Gets how many seconds a response may take.
 *
 * Returns: the timeout in seconds, 0 for none
 *
 * Since: 1.2
 */
guint
ama_moderngov_client_get_timeout (AmaModernGovClient *self)
{
  g_return_val_if_fail (AMA_IS_MODERNGOV_CLIENT (self), 0);
  return self->timeout;
}

/**
 * ama_moderngov_client_set_timeout:
 * @self: a client
 * @timeout: seconds, 0 for no limit
 *
 * Sets how many seconds a response may take, from the request to its
 * last byte.
 *
 * Since: 1.2
 */
void
ama_moderngov_client_set_timeout (AmaModernGovClient *self,
                                  guint               timeout)
{
  g_return_if_fail (AMA_IS_MODERNGOV_CLIENT (self));
  set_uint_setting (self, &self->timeout, timeout, PROP_TIMEOUT);
}

/**
 * ama_moderngov_client_get_max_response_size:
 * @self: a client
 *
 * Gets the largest response body accepted.
 *
 * Returns: the limit in bytes
 *
 * Since: 1.2
 */
guint64
ama_moderngov_client_get_max_response_size (AmaModernGovClient *self)
{
  g_return_val_if_fail (AMA_IS_MODERNGOV_CLIENT (self), 0);
  return self->max_response_size;
}

/**
 * ama_moderngov_client_set_max_response_size:
 * @self: a client
 * @max_response_size: the limit in bytes, 1 to %G_MAXINT
 *
 * Sets the largest response body accepted; a larger one fails with
 * %AMA_ERROR_LIMIT.
 *
 * Since: 1.2
 */
void
ama_moderngov_client_set_max_response_size (AmaModernGovClient *self,
                                            guint64             max_response_size)
{
  gboolean changed;

  g_return_if_fail (AMA_IS_MODERNGOV_CLIENT (self));
  g_return_if_fail (max_response_size >= 1 && max_response_size <= G_MAXINT);

  g_mutex_lock (&self->lock);
  changed = self->max_response_size != max_response_size;
  self->max_response_size = max_response_size;
  g_mutex_unlock (&self->lock);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_RESPONSE_SIZE]);
}

/**
 * ama_moderngov_client_get_max_redirects:
 * @self: a client
 *
 * Gets how many redirects one request may follow.
 *
 * Returns: the number of redirects
 *
 * Since: 1.2
 */
guint
ama_moderngov_client_get_max_redirects (AmaModernGovClient *self)
{
  g_return_val_if_fail (AMA_IS_MODERNGOV_CLIENT (self), 0);
  return self->max_redirects;
}

/**
 * ama_moderngov_client_set_max_redirects:
 * @self: a client
 * @max_redirects: how many redirects one request may follow, 0 to 100
 *
 * Sets how many redirects one request may follow; one more fails with
 * %AMA_ERROR_NETWORK.
 *
 * Since: 1.2
 */
void
ama_moderngov_client_set_max_redirects (AmaModernGovClient *self,
                                        guint               max_redirects)
{
  g_return_if_fail (AMA_IS_MODERNGOV_CLIENT (self));
  g_return_if_fail (max_redirects <= 100);
  set_uint_setting (self, &self->max_redirects, max_redirects, PROP_MAX_REDIRECTS);
}

/**
 * ama_moderngov_client_get_max_retries:
 * @self: a client
 *
 * Gets how many times a request answered 429, 502, 503 or 504 is tried
 * again.
 *
 * Returns: the number of retries
 *
 * Since: 1.2
 */
guint
ama_moderngov_client_get_max_retries (AmaModernGovClient *self)
{
  g_return_val_if_fail (AMA_IS_MODERNGOV_CLIENT (self), 0);
  return self->max_retries;
}

/**
 * ama_moderngov_client_set_max_retries:
 * @self: a client
 * @max_retries: how many times to try again, 0 to 100
 *
 * Sets how many times a request answered 429, 502, 503 or 504 is tried
 * again.
 *
 * Since: 1.2
 */
void
ama_moderngov_client_set_max_retries (AmaModernGovClient *self,
                                      guint               max_retries)
{
  g_return_if_fail (AMA_IS_MODERNGOV_CLIENT (self));
  g_return_if_fail (max_retries <= 100);
  set_uint_setting (self, &self->max_retries, max_retries, PROP_MAX_RETRIES);
}

/**
 * ama_moderngov_client_get_min_interval:
 * @self: a client
 *
 * Gets the least time between two requests.
 *
 * Returns: the interval in milliseconds
 *
 * Since: 1.2
 */
guint
ama_moderngov_client_get_min_interval (AmaModernGovClient *self)
{
  g_return_val_if_fail (AMA_IS_MODERNGOV_CLIENT (self), 0);
  return self->min_interval;
}

/**
 * ama_moderngov_client_set_min_interval:
 * @self: a client
 * @min_interval: milliseconds, at most an hour
 *
 * Sets the least time between two requests of this client.
 *
 * Since: 1.2
 */
void
ama_moderngov_client_set_min_interval (AmaModernGovClient *self,
                                       guint               min_interval)
{
  g_return_if_fail (AMA_IS_MODERNGOV_CLIENT (self));
  g_return_if_fail (min_interval <= 3600 * 1000);
  set_uint_setting (self, &self->min_interval, min_interval, PROP_MIN_INTERVAL);
}

/* ---- one request ------------------------------------------------------ */

/* Sleeps @usec, waking early (FALSE, @error set) when @cancellable is
 * cancelled. Short steps keep a cancelled fetch from lingering. */
static gboolean
sleep_cancellable (gint64         usec,
                   GCancellable  *cancellable,
                   GError       **error)
{
  gint64 end = g_get_monotonic_time () + usec;

  for (;;)
    {
      gint64 now = g_get_monotonic_time ();

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (now >= end)
        return TRUE;
      g_usleep (MIN (end - now, 20 * 1000));
    }
}

static void
give_turn (AmaModernGovClient *self)
{
  g_mutex_lock (&self->lock);
  self->busy = FALSE;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->lock);
}

/* Waits for this client's turn (one request at a time) and for the
 * minimum interval since the previous request. */
static gboolean
take_turn (AmaModernGovClient  *self,
           guint                min_interval,
           GCancellable        *cancellable,
           GError             **error)
{
  gint64 wait;

  g_mutex_lock (&self->lock);
  while (self->busy)
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          g_mutex_unlock (&self->lock);
          return !g_cancellable_set_error_if_cancelled (cancellable, error);
        }
      g_cond_wait_until (&self->cond, &self->lock, g_get_monotonic_time () + 20 * 1000);
    }
  self->busy = TRUE;
  wait = self->last_request == 0 ? 0
         : self->last_request + (gint64) min_interval * 1000 - g_get_monotonic_time ();
  g_mutex_unlock (&self->lock);

  if (wait > 0 && !sleep_cancellable (wait, cancellable, error))
    {
      give_turn (self);
      return FALSE;
    }
  return TRUE;
}

static void
end_request (AmaModernGovClient *self)
{
  g_mutex_lock (&self->lock);
  self->last_request = g_get_monotonic_time ();
  g_mutex_unlock (&self->lock);
}

/* A transport error (from libsoup or GIO) as ours: cancellation stays
 * G_IO_ERROR_CANCELLED (what every GIO caller checks for), the rest is
 * AMA_ERROR_NETWORK naming the URL. */
static void
set_transport_error (GError      **error,
                     const char   *url,
                     GError       *local,
                     guint         timeout,
                     gsize         received)
{
  if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s: cancelled", url);
  else if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_set_error (error, AMA_ERROR, AMA_ERROR_NETWORK,
                 "%s: timed out: no answer within %u s", url, timeout);
  else if (received > 0 || g_error_matches (local, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT))
    g_set_error (error, AMA_ERROR, AMA_ERROR_NETWORK,
                 "%s: the response was cut short after %" G_GSIZE_FORMAT " bytes: %s",
                 url, received, local->message);
  else
    g_set_error (error, AMA_ERROR, AMA_ERROR_NETWORK, "%s: %s", url, local->message);
}

static gboolean
status_is_retryable (guint status)
{
  return status == 429 || status == 502 || status == 503 || status == 504;
}

/* Retry-After: delta-seconds or an HTTP date; -1 when absent or not
 * understood. */
static gint64
retry_after_seconds (SoupMessage *msg)
{
  const char *value = soup_message_headers_get_one (soup_message_get_response_headers (msg),
                                                    "Retry-After");
  guint64 secs;

  if (value == NULL)
    return -1;
  if (g_ascii_string_to_unsigned (value, 10, 0, G_MAXINT, &secs, NULL))
    return (gint64) secs;
  {
    g_autoptr(GDateTime) when = soup_date_time_new_from_http_string (value);
    g_autoptr(GDateTime) now = NULL;

    if (when == NULL)
      return -1;
    now = g_date_time_new_now_utc ();
    return MAX (0, g_date_time_difference (when, now) / G_USEC_PER_SEC);
  }
}

typedef enum
{
  EXCHANGE_OK,
  EXCHANGE_FAILED,
  EXCHANGE_RETRY,   /* failed with a status worth trying again */
} Exchange;

/* Reads the body of @msg from @stream under the size and time limits. */
static GBytes *
read_body (SoupMessage    *msg,
           GInputStream   *stream,
           const char     *url,
           const Settings *s,
           gint64          deadline,
           GCancellable   *cancellable,
           GError        **error)
{
  g_autoptr(GByteArray) body = g_byte_array_new ();
  goffset length = -1;
  SoupMessageHeaders *headers = soup_message_get_response_headers (msg);

  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH)
    length = soup_message_headers_get_content_length (headers);
  if (length > 0 && (guint64) length > s->max_response_size)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT,
                   "%s: the response of %" G_GOFFSET_FORMAT " bytes (Content-Length) is larger "
                   "than the limit of %" G_GUINT64_FORMAT " bytes", url, length, s->max_response_size);
      return NULL;
    }

  for (;;)
    {
      guint8 chunk[READ_CHUNK];
      g_autoptr(GError) local = NULL;
      gssize n;

      if (deadline > 0 && g_get_monotonic_time () > deadline)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_NETWORK,
                       "%s: timed out: the response took longer than %u s "
                       "(%u bytes received)", url, s->timeout, body->len);
          return NULL;
        }
      n = g_input_stream_read (stream, chunk, sizeof chunk, cancellable, &local);
      if (n < 0)
        {
          set_transport_error (error, url, local, s->timeout, body->len);
          return NULL;
        }
      if (n == 0)
        break;
      if ((guint64) body->len + (guint64) n > s->max_response_size)
        {
          g_set_error (error, AMA_ERROR, AMA_ERROR_LIMIT,
                       "%s: the response is larger than the limit of %" G_GUINT64_FORMAT " bytes",
                       url, s->max_response_size);
          return NULL;
        }
      g_byte_array_append (body, chunk, (guint) n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&body));
}

/* One GET of @uri, following redirects ourselves (libsoup's own limit
 * is fixed at 20 and would follow any scheme libsoup knows). */
static Exchange
exchange (SoupSession     *session,
          GUri            *uri,
          const Settings  *s,
          GBytes         **out,
          gint64          *retry_after,
          GCancellable    *cancellable,
          GError         **error)
{
  g_autoptr(GUri) current = g_uri_ref (uri);
  g_autofree char *first_url = g_uri_to_string (uri);
  gint64 deadline = s->timeout > 0 ? g_get_monotonic_time () + (gint64) s->timeout * G_USEC_PER_SEC : 0;

  *retry_after = -1;
  for (guint redirects = 0;; redirects++)
    {
      g_autoptr(SoupMessage) msg = soup_message_new_from_uri ("GET", current);
      g_autoptr(GInputStream) stream = NULL;
      g_autoptr(GError) local = NULL;
      g_autofree char *url = g_uri_to_string (current);
      guint status;

      soup_message_add_flags (msg, SOUP_MESSAGE_NO_REDIRECT);
      soup_message_headers_replace (soup_message_get_request_headers (msg), "Accept",
                                    "application/xml, text/xml, */*;q=0.5");
      stream = soup_session_send (session, msg, cancellable, &local);
      if (stream == NULL)
        {
          set_transport_error (error, url, local, s->timeout, 0);
          return EXCHANGE_FAILED;
        }
      status = soup_message_get_status (msg);

      if (SOUP_STATUS_IS_REDIRECTION (status) && status != SOUP_STATUS_NOT_MODIFIED
          && status != 300 && status != 305)
        {
          const char *location = soup_message_headers_get_one (soup_message_get_response_headers (msg),
                                                               "Location");
          g_autoptr(GUri) next = NULL;

          g_input_stream_close (stream, NULL, NULL);
          if (location == NULL)
            {
              g_set_error (error, AMA_ERROR, AMA_ERROR_NETWORK,
                           "%s: HTTP %u %s without a Location to go to", url, status,
                           soup_message_get_reason_phrase (msg));
              return EXCHANGE_FAILED;
            }
          next = g_uri_parse_relative (current, location, SOUP_HTTP_URI_FLAGS, NULL);
          if (next == NULL
              || (g_strcmp0 (g_uri_get_scheme (next), "http") != 0
                  && g_strcmp0 (g_uri_get_scheme (next), "https") != 0))
            {
              g_set_error (error, AMA_ERROR, AMA_ERROR_NETWORK,
                           "%s: HTTP %u redirects to “%s”, which is not an http(s) URL",
                           url, status, location);
              return EXCHANGE_FAILED;
            }
          if (redirects + 1 > s->max_redirects)
            {
              g_set_error (error, AMA_ERROR, AMA_ERROR_NETWORK,
                           "%s: too many redirects (more than %u); the last was HTTP %u to %s",
                           first_url, s->max_redirects, status, location);
              return EXCHANGE_FAILED;
            }
          g_clear_pointer (&current, g_uri_unref);
          current = g_steal_pointer (&next);
          continue;
        }

      if (!SOUP_STATUS_IS_SUCCESSFUL (status))
        {
          g_input_stream_close (stream, NULL, NULL);
          g_set_error (error, AMA_ERROR, AMA_ERROR_NETWORK, "%s: HTTP %u %s", url, status,
                       soup_message_get_reason_phrase (msg));
          if (status_is_retryable (status))
            {
              *retry_after = retry_after_seconds (msg);
              return EXCHANGE_RETRY;
            }
          return EXCHANGE_FAILED;
        }

      *out = read_body (msg, stream, url, s, deadline, cancellable, error);
      g_input_stream_close (stream, NULL, NULL);
      return *out != NULL ? EXCHANGE_OK : EXCHANGE_FAILED;
    }
}

static GUri *
parse_http_url (const char  *url,
                GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GUri) uri = NULL;

  if (url == NULL || *url == '\0')
    {
      g_set_error_literal (error, AMA_ERROR, AMA_ERROR_INVALID,
                           "no URL: the client has no base-url");
      return NULL;
    }
  uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, &local);
  if (uri == NULL)
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID, "%s: not a URL: %s", url, local->message);
      return NULL;
    }
  if ((g_strcmp0 (g_uri_get_scheme (uri), "http") != 0
       && g_strcmp0 (g_uri_get_scheme (uri), "https") != 0)
      || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                   "%s: not an http or https URL with a host", url);
      return NULL;
    }
  return g_steal_pointer (&uri);
}

/* Messages open with the URL; what the retries add goes after it. */
static void G_GNUC_PRINTF (2, 3)
append_to_error (GError     *error,
                 const char *format,
                 ...)
{
  g_autofree char *more = NULL;
  char *message;
  va_list args;

  va_start (args, format);
  more = g_strdup_vprintf (format, args);
  va_end (args);
  message = g_strconcat (error->message, more, NULL);
  g_free (error->message);
  error->message = message;
}

/* GET @url under all of the client's rules: its turn, the interval,
 * retries, limits. */
static GBytes *
get (AmaModernGovClient  *self,
     const char          *url,
     GCancellable        *cancellable,
     GError             **error)
{
  g_auto(Settings) s = { NULL };
  g_autoptr(GUri) uri = NULL;
  g_autoptr(SoupSession) session = NULL;
  GBytes *out = NULL;

  settings_copy (self, &s);
  uri = parse_http_url (url, error);
  if (uri == NULL)
    return NULL;
  if (!take_turn (self, s.min_interval, cancellable, error))
    return NULL;

  /* A session per operation, made and used in this thread: nothing of
   * libsoup is shared between threads. The I/O timeout bounds each
   * silence; read_body() bounds the whole response. */
  session = soup_session_new_with_options ("user-agent", s.user_agent,
                                           "timeout", s.timeout,
                                           "idle-timeout", s.timeout,
                                           NULL);
  for (guint attempt = 0;; attempt++)
    {
      g_autoptr(GError) local = NULL;
      gint64 retry_after = -1;
      gint64 delay;
      Exchange result = exchange (session, uri, &s, &out, &retry_after, cancellable, &local);

      end_request (self);
      if (result == EXCHANGE_OK)
        break;
      if (result == EXCHANGE_FAILED || attempt >= s.max_retries)
        {
          if (result == EXCHANGE_RETRY && attempt > 0)
            append_to_error (local, " (after %u attempts)", attempt + 1);
          g_propagate_error (error, g_steal_pointer (&local));
          break;
        }
      delay = retry_after >= 0 ? retry_after : ((gint64) 1 << MIN (attempt, 6));
      if (delay > MAX_RETRY_DELAY_S)
        {
          append_to_error (local, "; the server asks to retry after %" G_GINT64_FORMAT " s, "
                           "longer than the %d s the client waits", delay, MAX_RETRY_DELAY_S);
          g_propagate_error (error, g_steal_pointer (&local));
          break;
        }
      if (!sleep_cancellable (MAX (delay * G_USEC_PER_SEC, (gint64) s.min_interval * 1000),
                              cancellable, error))
        break;
    }
  give_turn (self);
  return out;
}

/**
 * ama_moderngov_client_get_method_url:
 * @self: a client
 * @method: a web-service method ("GetMeeting")
 * @query: (nullable): the query string, already escaped
 *   ("lMeetingId=4967")
 *
 * Builds the URL of a web-service call:
 * `BASE/mgWebService.asmx/METHOD?QUERY`.
 *
 * Returns: (transfer full) (nullable): the URL, or %NULL when the
 *   client has no base URL
 *
 * Since: 1.2
 */
char *
ama_moderngov_client_get_method_url (AmaModernGovClient *self,
                                     const char         *method,
                                     const char         *query)
{
  char *url = NULL;

  g_return_val_if_fail (AMA_IS_MODERNGOV_CLIENT (self), NULL);
  g_return_val_if_fail (method != NULL, NULL);

  g_mutex_lock (&self->lock);
  if (self->base_url != NULL)
    url = g_strconcat (self->base_url, "/mgWebService.asmx/", method,
                       query && *query ? "?" : "", query ? query : "", NULL);
  g_mutex_unlock (&self->lock);
  return url;
}

static char *
method_url (AmaModernGovClient  *self,
            const char          *method,
            const char          *query,
            GError             **error)
{
  char *url = ama_moderngov_client_get_method_url (self, method, query);

  if (url == NULL)
    g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
                 "%s: the client has no base-url (the council's ModernGov site)", method);
  return url;
}

/* ModernGov ids are numbers; anything else would change the query. */
static gboolean
check_id (const char  *what,
          const char  *id,
          GError     **error)
{
  if (id != NULL && *id != '\0' && strspn (id, "0123456789") == strlen (id) && strlen (id) <= 18)
    return TRUE;
  g_set_error (error, AMA_ERROR, AMA_ERROR_INVALID,
               "%s “%s” is not a ModernGov id (a number)", what, id ? id : "");
  return FALSE;
}

/* ---- the methods (blocking) ------------------------------------------ */

/**
 * ama_moderngov_client_fetch_url:
 * @self: a client
 * @url: an `http` or `https` URL (a linked document)
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Fetches any URL under the client's rules (its turn, interval,
 * retries, timeout, size limit and redirect limit) and returns the
 * body as it came. Blocks; see
 * [method@Ama.ModernGovClient.fetch_url_async].
 *
 * Returns: (transfer full): the response body, or %NULL with @error set
 *
 * Since: 1.2
 */
GBytes *
ama_moderngov_client_fetch_url (AmaModernGovClient  *self,
                                const char          *url,
                                GCancellable        *cancellable,
                                GError             **error)
{
  g_return_val_if_fail (AMA_IS_MODERNGOV_CLIENT (self), NULL);
  g_return_val_if_fail (url != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return get (self, url, cancellable, error);
}

/* Fetches @url and reads it with the ModernGov importer; import errors
 * get the URL in front. */
static AmaReview *
fetch_and_import (AmaModernGovClient  *self,
                  const char          *url,
                  GListModel         **diagnostics,
                  GCancellable        *cancellable,
                  GError             **error)
{
  g_autoptr(GBytes) body = get (self, url, cancellable, error);
  g_autoptr(AmaImporter) importer = NULL;
  AmaReview *review;

  if (body == NULL)
    return NULL;
  importer = ama_importer_new ();
  ama_importer_set_format (importer, AMA_IMPORT_FORMAT_MODERNGOV);
  review = ama_importer_import_bytes (importer, body, error);
  if (review == NULL)
    g_prefix_error (error, "%s: ", url);
  if (diagnostics != NULL)
    *diagnostics = g_object_ref (ama_importer_get_diagnostics (importer));
  return review;
}

/**
 * ama_moderngov_client_fetch_committees:
 * @self: a client
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Asks the council's site for its committees (`GetCommittees`). Blocks;
 * see [method@Ama.ModernGovClient.fetch_committees_async].
 *
 * Returns: (transfer full): a list of [class@Ama.ModernGovCommittee] in
 *   the site's order, or %NULL with @error set
 *
 * Since: 1.2
 */
GListModel *
ama_moderngov_client_fetch_committees (AmaModernGovClient  *self,
                                       GCancellable        *cancellable,
                                       GError             **error)
{
  g_autofree char *url = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GPtrArray) infos = NULL;
  g_autoptr(GListStore) store = NULL;
  gsize len;
  const char *data;

  g_return_val_if_fail (AMA_IS_MODERNGOV_CLIENT (self), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  url = method_url (self, "GetCommittees", NULL, error);
  if (url == NULL)
    return NULL;
  body = get (self, url, cancellable, error);
  if (body == NULL)
    return NULL;
  data = g_bytes_get_data (body, &len);
  infos = _ama_import_moderngov_committees (data, len, error);
  if (infos == NULL)
    {
      g_prefix_error (error, "%s: ", url);
      return NULL;
    }
  store = g_list_store_new (AMA_TYPE_MODERNGOV_COMMITTEE);
  for (guint i = 0; i < infos->len; i++)
    {
      g_autoptr(AmaModernGovCommittee) c = _ama_moderngov_committee_new (g_ptr_array_index (infos, i));
      g_list_store_append (store, c);
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

static char *
format_dmy (GDateTime *date,
            int        fallback_year,
            int        fallback_month,
            int        fallback_day)
{
  if (date == NULL)
    return g_strdup_printf ("%02d/%02d/%04d", fallback_day, fallback_month, fallback_year);
  return g_date_time_format (date, "%d/%m/%Y");
}

/* A date's calendar day as one number, whatever its time of day. */
static guint32
day_number (GDateTime *d)
{
  GDate gd;

  g_date_clear (&gd, 1);
  g_date_set_dmy (&gd, g_date_time_get_day_of_month (d), g_date_time_get_month (d),
                  g_date_time_get_year (d));
  return g_date_get_julian (&gd);
}

/**
 * ama_moderngov_client_fetch_meetings:
 * @self: a client
 * @committee_id: the committee's id ([property@Ama.ModernGovCommittee:id])
 * @from: (nullable): the first day, or %NULL for no lower bound
 * @to: (nullable): the last day, or %NULL for no upper bound
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Asks for a committee's meetings between two days, both included
 * (`GetMeetings`). Some servers ignore the dates, so the meetings are
 * filtered on them here too; a meeting without a date is kept. Each
 * meeting has its id, date, time, status (cancelled ones too) and
 * body; [method@Ama.ModernGovClient.fetch_meeting] gets the rest.
 * Blocks; see [method@Ama.ModernGovClient.fetch_meetings_async].
 *
 * Returns: (transfer full): a list of [class@Ama.Meeting] in the
 *   site's order, or %NULL with @error set
 *
 * Since: 1.2
 */
GListModel *
ama_moderngov_client_fetch_meetings (AmaModernGovClient  *self,
                                     const char          *committee_id,
                                     GDateTime           *from,
                                     GDateTime           *to,
                                     GCancellable        *cancellable,
                                     GError             **error)
{
  g_autofree char *from_s = NULL;
  g_autofree char *to_s = NULL;
  g_autofree char *from_q = NULL;
  g_autofree char *to_q = NULL;
  g_autofree char *query = NULL;
  g_autofree char *url = NULL;
  g_autoptr(AmaReview) review = NULL;
  g_autoptr(GListStore) store = NULL;
  GListModel *meetings;

  g_return_val_if_fail (AMA_IS_MODERNGOV_CLIENT (self), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_id ("committee id", committee_id, error))
    return NULL;
  if (from != NULL && to != NULL && day_number (from) > day_number (to))
    {
      g_set_error_literal (error, AMA_ERROR, AMA_ERROR_INVALID,
                           "the first day of the range is after its last day");
      return NULL;
    }
  /* The service wants both dates; without one, a range wider than any
   * site's history. */
  from_s = format_dmy (from, 1990, 1, 1);
  to_s = format_dmy (to, 2100, 12, 31);
  from_q = g_uri_escape_string (from_s, NULL, FALSE);
  to_q = g_uri_escape_string (to_s, NULL, FALSE);
  query = g_strdup_printf ("lCommitteeId=%s&sFromDate=%s&sToDate=%s", committee_id, from_q, to_q);
  url = method_url (self, "GetMeetings", query, error);
  if (url == NULL)
    return NULL;
  review = fetch_and_import (self, url, NULL, cancellable, error);
  if (review == NULL)
    return NULL;

  store = g_list_store_new (AMA_TYPE_MEETING);
  meetings = ama_review_get_meetings (review);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(AmaMeeting) m = g_list_model_get_item (meetings, i);
      GDateTime *date = ama_meeting_get_date (m);

      if (date != NULL && ((from != NULL && day_number (date) < day_number (from))
                           || (to != NULL && day_number (date) > day_number (to))))
        continue;
      g_list_store_append (store, m);
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * ama_moderngov_client_fetch_meeting:
 * @self: a client
 * @meeting_id: the meeting's id ([property@Ama.Meeting:id])
 * @diagnostics: (out) (optional) (transfer full): the importer's
 *   diagnostics (a list of [class@Ama.Diagnostic]), when the response
 *   arrived
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Asks for one meeting (`GetMeeting`) and reads it as the ModernGov
 * importer does: a review whose only meeting has the agenda items,
 * minutes, resolutions, linked documents and attendees. Blocks; see
 * [method@Ama.ModernGovClient.fetch_meeting_async].
 *
 * Returns: (transfer full): the review, or %NULL with @error set
 *
 * Since: 1.2
 */
AmaReview *
ama_moderngov_client_fetch_meeting (AmaModernGovClient  *self,
                                    const char          *meeting_id,
                                    GListModel         **diagnostics,
                                    GCancellable        *cancellable,
                                    GError             **error)
{
  g_autofree char *query = NULL;
  g_autofree char *url = NULL;

  g_return_val_if_fail (AMA_IS_MODERNGOV_CLIENT (self), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (diagnostics != NULL)
    *diagnostics = NULL;
  if (!check_id ("meeting id", meeting_id, error))
    return NULL;
  query = g_strdup_printf ("lMeetingId=%s", meeting_id);
  url = method_url (self, "GetMeeting", query, error);
  if (url == NULL)
    return NULL;
  return fetch_and_import (self, url, diagnostics, cancellable, error);
}

/* ---- the methods (async: the blocking ones in a worker thread) ------- */

typedef struct
{
  char      *id;
  char      *url;
  GDateTime *from;
  GDateTime *to;
} TaskData;

static void
task_data_free (TaskData *data)
{
  g_free (data->id);
  g_free (data->url);
  g_clear_pointer (&data->from, g_date_time_unref);
  g_clear_pointer (&data->to, g_date_time_unref);
  g_free (data);
}

static GTask *
new_task (AmaModernGovClient  *self,
          gpointer             tag,
          TaskData            *data,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, tag);
  g_task_set_task_data (task, data, (GDestroyNotify) task_data_free);
  /* The worker must not give up on cancellation by itself: the request
   * sees the cancellable and returns its own error. */
  g_task_set_return_on_cancel (task, FALSE);
  return task;
}

static void
fetch_url_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;
  GBytes *bytes = ama_moderngov_client_fetch_url (source, data->url, cancellable, &error);

  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

/**
 * ama_moderngov_client_fetch_url_async:
 * @self: a client
 * @url: an `http` or `https` URL
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the response has arrived or
 *   the request failed
 * @user_data: data for @callback
 *
 * Starts [method@Ama.ModernGovClient.fetch_url] without blocking.
 *
 * Since: 1.2
 */
void
ama_moderngov_client_fetch_url_async (AmaModernGovClient  *self,
                                      const char          *url,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *data;

  g_return_if_fail (AMA_IS_MODERNGOV_CLIENT (self));
  g_return_if_fail (url != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (TaskData, 1);
  data->url = g_strdup (url);
  task = new_task (self, ama_moderngov_client_fetch_url_async, data, cancellable, callback, user_data);
  g_task_run_in_thread (task, fetch_url_thread);
}

/**
 * ama_moderngov_client_fetch_url_finish:
 * @self: a client
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes [method@Ama.ModernGovClient.fetch_url_async].
 *
 * Returns: (transfer full): the response body, or %NULL with @error set
 *
 * Since: 1.2
 */
GBytes *
ama_moderngov_client_fetch_url_finish (AmaModernGovClient  *self,
                                       GAsyncResult        *result,
                                       GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ama_moderngov_client_fetch_url_async,
                        NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
fetch_committees_thread (GTask        *task,
                         gpointer      source,
                         gpointer      task_data,
                         GCancellable *cancellable)
{
  GError *error = NULL;
  GListModel *list = ama_moderngov_client_fetch_committees (source, cancellable, &error);

  if (list == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, list, g_object_unref);
}

/**
 * ama_moderngov_client_fetch_committees_async:
 * @self: a client
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the committees have arrived or
 *   the request failed
 * @user_data: data for @callback
 *
 * Starts [method@Ama.ModernGovClient.fetch_committees] without blocking.
 *
 * Since: 1.2
 */
void
ama_moderngov_client_fetch_committees_async (AmaModernGovClient  *self,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (AMA_IS_MODERNGOV_CLIENT (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = new_task (self, ama_moderngov_client_fetch_committees_async, g_new0 (TaskData, 1),
                   cancellable, callback, user_data);
  g_task_run_in_thread (task, fetch_committees_thread);
}

/**
 * ama_moderngov_client_fetch_committees_finish:
 * @self: a client
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes [method@Ama.ModernGovClient.fetch_committees_async].
 *
 * Returns: (transfer full): a list of [class@Ama.ModernGovCommittee],
 *   or %NULL with @error set
 *
 * Since: 1.2
 */
GListModel *
ama_moderngov_client_fetch_committees_finish (AmaModernGovClient  *self,
                                              GAsyncResult        *result,
                                              GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        ama_moderngov_client_fetch_committees_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
fetch_meetings_thread (GTask        *task,
                       gpointer      source,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;
  GListModel *list = ama_moderngov_client_fetch_meetings (source, data->id, data->from, data->to,
                                                          cancellable, &error);

  if (list == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, list, g_object_unref);
}

/**
 * ama_moderngov_client_fetch_meetings_async:
 * @self: a client
 * @committee_id: the committee's id
 * @from: (nullable): the first day, or %NULL for no lower bound
 * @to: (nullable): the last day, or %NULL for no upper bound
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the meetings have arrived or
 *   the request failed
 * @user_data: data for @callback
 *
 * Starts [method@Ama.ModernGovClient.fetch_meetings] without blocking.
 *
 * Since: 1.2
 */
void
ama_moderngov_client_fetch_meetings_async (AmaModernGovClient  *self,
                                           const char          *committee_id,
                                           GDateTime           *from,
                                           GDateTime           *to,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *data;

  g_return_if_fail (AMA_IS_MODERNGOV_CLIENT (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (TaskData, 1);
  data->id = g_strdup (committee_id);
  data->from = from ? g_date_time_ref (from) : NULL;
  data->to = to ? g_date_time_ref (to) : NULL;
  task = new_task (self, ama_moderngov_client_fetch_meetings_async, data, cancellable, callback,
                   user_data);
  g_task_run_in_thread (task, fetch_meetings_thread);
}

/**
 * ama_moderngov_client_fetch_meetings_finish:
 * @self: a client
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Finishes [method@Ama.ModernGovClient.fetch_meetings_async].
 *
 * Returns: (transfer full): a list of [class@Ama.Meeting], or %NULL
 *   with @error set
 *
 * Since: 1.2
 */
GListModel *
ama_moderngov_client_fetch_meetings_finish (AmaModernGovClient  *self,
                                            GAsyncResult        *result,
                                            GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        ama_moderngov_client_fetch_meetings_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  AmaReview  *review;
  GListModel *diagnostics;
} MeetingResult;

static void
meeting_result_free (MeetingResult *r)
{
  g_clear_object (&r->review);
  g_clear_object (&r->diagnostics);
  g_free (r);
}

static void
fetch_meeting_thread (GTask        *task,
                      gpointer      source,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  TaskData *data = task_data;
  GError *error = NULL;
  MeetingResult *r = g_new0 (MeetingResult, 1);

  r->review = ama_moderngov_client_fetch_meeting (source, data->id, &r->diagnostics,
                                                  cancellable, &error);
  if (r->review == NULL)
    {
      meeting_result_free (r);
      g_task_return_error (task, error);
    }
  else
    g_task_return_pointer (task, r, (GDestroyNotify) meeting_result_free);
}

/**
 * ama_moderngov_client_fetch_meeting_async:
 * @self: a client
 * @meeting_id: the meeting's id
 * @cancellable: (nullable): a #GCancellable
 * @callback: (scope async): called when the meeting has arrived or the
 *   request failed
 * @user_data: data for @callback
 *
 * Starts [method@Ama.ModernGovClient.fetch_meeting] without blocking.
 *
 * Since: 1.2
 */
void
ama_moderngov_client_fetch_meeting_async (AmaModernGovClient  *self,
                                          const char          *meeting_id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TaskData *data;

  g_return_if_fail (AMA_IS_MODERNGOV_CLIENT (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (TaskData, 1);
  data->id = g_strdup (meeting_id);
  task = new_task (self, ama_moderngov_client_fetch_meeting_async, data, cancellable, callback,
                   user_data);
  g_task_run_in_thread (task, fetch_meeting_thread);
}

/**
 * ama_moderngov_client_fetch_meeting_finish:
 * @self: a client
 * @result: the #GAsyncResult given to the callback
 * @diagnostics: (out) (optional) (transfer full): the importer's
 *   diagnostics (a list of [class@Ama.Diagnostic])
 * @error: return location for a #GError
 *
 * Finishes [method@Ama.ModernGovClient.fetch_meeting_async].
 *
 * Returns: (transfer full): the review, or %NULL with @error set
 *
 * Since: 1.2
 */
AmaReview *
ama_moderngov_client_fetch_meeting_finish (AmaModernGovClient  *self,
                                           GAsyncResult        *result,
                                           GListModel         **diagnostics,
                                           GError             **error)
{
  MeetingResult *r;
  AmaReview *review;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        ama_moderngov_client_fetch_meeting_async, NULL);

  if (diagnostics != NULL)
    *diagnostics = NULL;
  r = g_task_propagate_pointer (G_TASK (result), error);
  if (r == NULL)
    return NULL;
  review = g_steal_pointer (&r->review);
  if (diagnostics != NULL)
    *diagnostics = g_steal_pointer (&r->diagnostics);
  meeting_result_free (r);
  return review;
}
