/* What the parts of the command-line tool share: the settings every
 * document is processed with, and the commands that render a document.
 *
 * main.c parses the command line into a GsCliSettings; inputs.c turns the
 * arguments into jobs (one per document); jobs.c runs the jobs, on several
 * threads with -j, and hands each back in input order to main.c, which
 * prints it. */
#pragma once

#include <glib.h>
#include <gainsay/gainsay.h>

typedef enum {
  GS_CLI_FORMAT_TEXT,
  GS_CLI_FORMAT_JSON,  /* one root object holding every document, at the end */
  GS_CLI_FORMAT_JSONL, /* one document object per line, each as soon as it is ready */
} GsCliFormat;

typedef enum {
  GS_CLI_INPUT_TEXT,  /* each file is one document */
  GS_CLI_INPUT_JSONL, /* each line of a file is one {"id": …, "text": …} document */
} GsCliInputFormat;

typedef struct _GsCliJob GsCliJob;
typedef struct _GsCliCommand GsCliCommand;

/* Set up before the first document, then only read: every worker thread
 * reads it at once. */
typedef struct {
  const GsCliCommand *command;
  GsCliFormat format;
  int fail_on;           /* lowest GsLevel that fails, or -1 for never */
  GsReportOptions report;
  const GsRules *rules;  /* NULL for commands that stop before the rules */
} GsCliSettings;

struct _GsCliCommand {
  const char *name;
  const char *parameters;
  const char *summary;
  GsStage stages; /* how far down the pipeline each document goes */
  /* Renders DOC into JOB: a text report into job->out, or the document's
   * JSON object into job->json. Runs on a worker thread. */
  void (*render)(const GsCliSettings *settings, const GsDocument *doc, GsCliJob *job);
  /* the entry of an input that could not be read, in this command's shape */
  json_t *(*failed_json)(const char *path, const GsDiagnostic *diag);
};
