/* One document's work, from its input to its rendered output, and the
 * scheduler that runs many of them at once (-j) while handing them back
 * strictly in input order.
 *
 * A job renders everything the user will see into its own buffers (the
 * report, and the messages for stderr), so that running jobs in parallel
 * cannot change a byte of what is printed, nor its order: only the thread
 * that delivers them prints. */
#pragma once

#include "cli.h"

typedef struct _GsCliInputs GsCliInputs;

typedef enum {
  GS_CLI_JOB_FILE,       /* a text file, loaded by the job */
  GS_CLI_JOB_TEXT,       /* a text already loaded (standard input) */
  GS_CLI_JOB_JSONL_LINE, /* one line of a JSON Lines file, parsed by the job */
  GS_CLI_JOB_FAILED,     /* an input that failed before it was a document */
} GsCliJobKind;

struct _GsCliJob {
  /* The input, set by the reader. */
  GsCliJobKind kind;
  char *path;             /* the file; for FAILED, the document's path */
  guint line;             /* JSONL_LINE: its 1-based line number in path */
  gsize line_offset;      /* JSONL_LINE: the byte offset of that line */
  GString *data;          /* JSONL_LINE: the line, without its end */
  GsText *text;           /* TEXT */
  GsDiagnostic *failure;  /* FAILED */

  /* The result, set by gs_cli_job_run(). */
  GString *out;           /* for stdout */
  GString *err;           /* for stderr, every message already formatted */
  json_t *json;           /* --format=json: the document's object */
  gboolean error;         /* an input error: exit status 2 */
  gboolean failing_finding; /* a finding at or above --fail-on */

  gboolean done;          /* the scheduler's, under its lock */
};

GsCliJob *gs_cli_job_new_file(const char *path);
/* Takes TEXT. */
GsCliJob *gs_cli_job_new_text(GsText *text);
/* Takes DATA. */
GsCliJob *gs_cli_job_new_jsonl_line(const char *path, guint line, gsize line_offset,
                                    GString *data);
/* Takes DIAG; PATH is what the document is called in JSON reports. */
GsCliJob *gs_cli_job_new_failed(const char *path, GsDiagnostic *diag);
void gs_cli_job_free(GsCliJob *job);

/* Loads the job's document, runs the pipeline and renders the result.
 * Thread-safe for different jobs. */
void gs_cli_job_run(GsCliJob *job, const GsCliSettings *settings);

/* Prints a delivered job; FALSE stops the run (no job is delivered after
 * it, and no further input is read). */
typedef gboolean (*GsCliDeliver)(GsCliJob *job, gpointer data);

/* Runs a job for every document of INPUTS on N_THREADS worker threads
 * (1: all in the calling thread) and calls DELIVER on each, in input
 * order, one call at a time (with threads, from whichever worker finds the
 * job due next finished). At most 16 × N_THREADS documents are read ahead
 * of the one being delivered, so memory does not grow with the input. */
void gs_cli_jobs_run(GsCliInputs *inputs, const GsCliSettings *settings, guint n_threads,
                     GsCliDeliver deliver, gpointer data);
