/* See jobs.h.
 *
 * With -j N, two kinds of thread share the work:
 *
 *   caller (main)    reads: gs_cli_inputs_next() opens files and cuts JSON
 *                    Lines into lines; cheap, and the only one that may
 *                    block on stdin
 *   workers (N)      gs_cli_job_run(): parse, load, pipeline, render; and
 *                    deliver, in input order
 *
 * Jobs sit in a ring of WINDOW_PER_THREAD × N slots indexed by their input
 * number. The caller waits when the ring is full, that is when the job
 * that must be delivered next is that far behind: one slow document holds
 * back at most that many finished ones, and memory stays bounded however
 * long the input. The worker that finishes the job due next delivers it,
 * and every finished job after it, while the others go on working: no
 * thread is woken to print, and a document is delivered as soon as it is
 * ready, even while the caller waits for the next line of a pipe. (A news
 * article takes a fraction of a millisecond, so a wake-up per job, as a
 * printing thread of its own needed, cost about a tenth of the run.)
 */
#include "jobs.h"

#include "inputs.h"
#include "json-arena.h"
#include "output.h"

#include <string.h>

/* Documents read ahead per worker: enough that workers never wait for
 * one slow document to be delivered, few enough to bound memory. */
#define WINDOW_PER_THREAD 16

GsCliJob *
gs_cli_job_new_file(const char *path)
{
  GsCliJob *job = g_new0(GsCliJob, 1);

  job->kind = GS_CLI_JOB_FILE;
  job->path = g_strdup(path);
  return job;
}

GsCliJob *
gs_cli_job_new_text(GsText *text)
{
  GsCliJob *job = g_new0(GsCliJob, 1);

  job->kind = GS_CLI_JOB_TEXT;
  job->path = g_strdup(gs_text_get_name(text));
  job->text = text;
  return job;
}

GsCliJob *
gs_cli_job_new_jsonl_line(const char *path, guint line, gsize line_offset, GString *data)
{
  GsCliJob *job = g_new0(GsCliJob, 1);

  job->kind = GS_CLI_JOB_JSONL_LINE;
  job->path = g_strdup(path);
  job->line = line;
  job->line_offset = line_offset;
  job->data = data;
  return job;
}

GsCliJob *
gs_cli_job_new_failed(const char *path, GsDiagnostic *diag)
{
  GsCliJob *job = g_new0(GsCliJob, 1);

  job->kind = GS_CLI_JOB_FAILED;
  job->path = g_strdup(path);
  job->failure = diag;
  return job;
}

void
gs_cli_job_free(GsCliJob *job)
{
  if (job == NULL)
    return;
  g_free(job->path);
  if (job->data != NULL)
    g_string_free(job->data, TRUE);
  g_clear_pointer(&job->text, gs_text_unref);
  g_clear_pointer(&job->failure, gs_diagnostic_free);
  if (job->out != NULL)
    g_string_free(job->out, TRUE);
  if (job->err != NULL)
    g_string_free(job->err, TRUE);
  if (job->json != NULL)
    json_decref(job->json);
  g_free(job);
}

/* Jansson calls this for every token of the output (a key, a comma, a
 * number), hundreds of thousands of times a second: copy straight into
 * the room the GString already has, and let it grow only when full. */
static int
job_append_json(const char *buffer, size_t size, void *data)
{
  GString *out = data;

  if (out->len + size < out->allocated_len) {
    memcpy(out->str + out->len, buffer, size);
    out->len += size;
    out->str[out->len] = '\0';
  } else {
    g_string_append_len(out, buffer, (gssize)size);
  }
  return 0;
}

/* --format=jsonl: the document's object becomes its line of output. Made
 * in the job's arena (ARENA), it is then dropped with the arena rather
 * than freed value by value. */
static void
job_finish_json_line(GsCliJob *job, gboolean arena)
{
  if (job->json == NULL)
    return;
  json_dump_callback(job->json, job_append_json, job->out, JSON_COMPACT);
  g_string_append_c(job->out, '\n');
  if (arena && gs_cli_json_arena_drop())
    job->json = NULL;
  else
    g_clear_pointer(&job->json, json_decref);
}

static void
job_fail(GsCliJob *job, const GsCliSettings *settings, const char *path,
         const GsDiagnostic *diag)
{
  gs_cli_format_diagnostic(diag, FALSE, job->err);
  job->error = TRUE;
  if (settings->format != GS_CLI_FORMAT_TEXT)
    job->json = settings->command->failed_json(path, diag);
}

void
gs_cli_job_run(GsCliJob *job, const GsCliSettings *settings)
{
  g_autoptr(GsDiagnostic) failure = NULL;
  g_autoptr(GsText) text = NULL;
  g_autoptr(GsDocument) doc = NULL;
  g_autofree char *path = NULL;
  GPtrArray *diags;
  /* --format=json keeps every document's object to the end; the other
   * formats are done with their JSON values when the job is. */
  gboolean arena = settings->format != GS_CLI_FORMAT_JSON;

  if (arena)
    gs_cli_json_arena_begin();
  job->out = g_string_sized_new(16384);
  job->err = g_string_new(NULL);
  switch (job->kind) {
  case GS_CLI_JOB_FILE:
    text = gs_text_new_from_file(job->path, &failure);
    break;
  case GS_CLI_JOB_TEXT:
    text = g_steal_pointer(&job->text);
    break;
  case GS_CLI_JOB_JSONL_LINE:
    text = gs_cli_jsonl_to_text(job->path, job->line, job->line_offset, job->data->str,
                                job->data->len, &path, &failure);
    /* The text has its own copy; the line can go now. */
    g_string_free(g_steal_pointer(&job->data), TRUE);
    break;
  case GS_CLI_JOB_FAILED:
    failure = g_steal_pointer(&job->failure);
    break;
  }

  if (text == NULL) {
    job_fail(job, settings, path != NULL ? path : job->path, failure);
  } else {
    doc = gs_pipeline_run(text, settings->rules, settings->command->stages);
    settings->command->render(settings, doc, job);
    diags = gs_document_get_diagnostics(doc);
    for (guint i = 0; i < diags->len; i++) {
      const GsDiagnostic *d = g_ptr_array_index(diags, i);

      gs_cli_format_diagnostic(d, TRUE, job->err);
      if (d->severity == GS_SEVERITY_ERROR)
        job->error = TRUE;
    }
  }
  if (settings->format == GS_CLI_FORMAT_JSONL)
    job_finish_json_line(job, arena);
  if (arena)
    gs_cli_json_arena_end();
}

/* ---- the scheduler ------------------------------------------------------- */

typedef struct {
  GMutex lock;
  GCond room;             /* the caller waits for room in the ring, or the end */
  gboolean caller_waiting;
  gboolean delivering;    /* a worker is delivering: the others leave it to it */
  GsCliJob **ring;
  guint window;
  guint64 submitted;      /* jobs read so far */
  guint64 delivered;      /* jobs delivered (or dropped) so far */
  gboolean stopping;      /* DELIVER said stop */

  const GsCliSettings *settings;
  GsCliDeliver deliver;
  gpointer deliver_data;
  GThreadPool *pool;
} Scheduler;

/* Called with the lock held: delivers the job due next and every finished
 * one after it, unless another worker is doing so already. */
static void
scheduler_deliver_ready(Scheduler *s)
{
  if (s->delivering)
    return;
  s->delivering = TRUE;
  for (;;) {
    guint slot = (guint)(s->delivered % s->window);
    GsCliJob *job = s->ring[slot];
    gboolean stopping = s->stopping;

    if (s->delivered == s->submitted || job == NULL || !job->done)
      break;
    s->ring[slot] = NULL;
    g_mutex_unlock(&s->lock);
    /* After a stop, jobs already read are finished but not shown. */
    if (!stopping && !s->deliver(job, s->deliver_data))
      stopping = TRUE;
    gs_cli_job_free(job);
    g_mutex_lock(&s->lock);
    s->delivered++;
    s->stopping |= stopping;
  }
  s->delivering = FALSE;
  /* Wake the caller once half the ring is free (so that it reads lines in
   * runs rather than one per wake-up), at a stop, or when all are done. */
  if (s->caller_waiting &&
      (s->stopping || s->submitted - s->delivered <= s->window / 2))
    g_cond_signal(&s->room);
}

static void
scheduler_work(gpointer data, gpointer user_data)
{
  GsCliJob *job = data;
  Scheduler *s = user_data;
  gboolean stopping;

  /* after a stop, the jobs still queued are dropped unread */
  g_mutex_lock(&s->lock);
  stopping = s->stopping;
  g_mutex_unlock(&s->lock);
  if (!stopping)
    gs_cli_job_run(job, s->settings);
  g_mutex_lock(&s->lock);
  job->done = TRUE;
  scheduler_deliver_ready(s);
  g_mutex_unlock(&s->lock);
}

/* The caller's side: reads jobs into the ring while there is room, then
 * waits until every job read has been delivered. */
static void
jobs_run_threaded(Scheduler *s, GsCliInputs *inputs)
{
  gboolean exhausted = FALSE;

  g_mutex_lock(&s->lock);
  for (;;) {
    GsCliJob *job;

    while (!s->stopping && (exhausted ? s->delivered < s->submitted
                                      : s->submitted - s->delivered >= s->window)) {
      s->caller_waiting = TRUE;
      g_cond_wait(&s->room, &s->lock);
      s->caller_waiting = FALSE;
    }
    if (s->stopping || exhausted)
      break;
    g_mutex_unlock(&s->lock);
    /* Outside the lock: reading may block on a pipe. */
    job = gs_cli_inputs_next(inputs);
    g_mutex_lock(&s->lock);
    if (job == NULL) {
      exhausted = TRUE;
      continue;
    }
    s->ring[s->submitted % s->window] = job;
    s->submitted++;
    g_thread_pool_push(s->pool, job, NULL);
  }
  g_mutex_unlock(&s->lock);
}

void
gs_cli_jobs_run(GsCliInputs *inputs, const GsCliSettings *settings, guint n_threads,
                GsCliDeliver deliver, gpointer data)
{
  Scheduler s = {
    .settings = settings,
    .deliver = deliver,
    .deliver_data = data,
  };

  if (n_threads > 1) {
    /* Exclusive: the threads live as long as the pool, so each keeps the
     * per-thread state the library caches (its stemmer) for every job. */
    s.pool = g_thread_pool_new(scheduler_work, &s, (gint)n_threads, TRUE, NULL);
  }
  if (s.pool == NULL) {
    /* -j 1, or no threads to be had: the same jobs, one after another. */
    GsCliJob *job;

    while ((job = gs_cli_inputs_next(inputs)) != NULL) {
      gboolean go_on;

      gs_cli_job_run(job, settings);
      go_on = deliver(job, data);
      gs_cli_job_free(job);
      if (!go_on)
        break;
    }
    return;
  }

  g_mutex_init(&s.lock);
  g_cond_init(&s.room);
  s.window = n_threads * WINDOW_PER_THREAD;
  s.ring = g_new0(GsCliJob *, s.window);
  jobs_run_threaded(&s, inputs);
  /* Waits for the jobs still queued after a stop (each is dropped, not
   * run); otherwise every job has been delivered and the pool is idle. */
  g_thread_pool_free(s.pool, FALSE, TRUE);
  g_free(s.ring);
  g_cond_clear(&s.room);
  g_mutex_clear(&s.lock);
}
