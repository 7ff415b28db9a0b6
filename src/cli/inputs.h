/* The inputs named on the command line, as a stream of jobs: one per
 * document, in order.
 *
 * A directory stands for its *.txt files (*.jsonl with
 * --input-format=jsonl), sorted by name, not recursively. A JSON Lines
 * file is read a line at a time, so memory does not grow with the file;
 * each non-blank line is one document, parsed later by its job (on a
 * worker thread) with gs_cli_jsonl_to_text(). */
#pragma once

#include "cli.h"
#include "jobs.h"

/* Problems with a line of a JSON Lines input (domain GS_CLI_JSONL_ERROR,
 * in the "errors" of the document's JSON). Append-only. */
#define GS_CLI_JSONL_ERROR (gs_cli_jsonl_error_quark())
GQuark gs_cli_jsonl_error_quark(void);

typedef enum {
  GS_CLI_JSONL_ERROR_SYNTAX,     /* not JSON */
  GS_CLI_JSONL_ERROR_NOT_OBJECT, /* JSON, but not an object */
  GS_CLI_JSONL_ERROR_NO_TEXT,    /* no "text" string */
  GS_CLI_JSONL_ERROR_TOO_LONG,   /* a line over GS_CLI_JSONL_MAX_LINE_BYTES */
} GsCliJsonlError;

/* Longer lines are skipped (and reported) without being held in memory. */
#define GS_CLI_JSONL_MAX_LINE_BYTES GS_TEXT_MAX_BYTES

GsCliInputs *gs_cli_inputs_new(const char *const *args, GsCliInputFormat format);
void gs_cli_inputs_free(GsCliInputs *inputs);

/* The job for the next document, or NULL when every input is done. Inputs
 * that cannot be read, directories without inputs and lines over the limit
 * come out as GS_CLI_JOB_FAILED jobs, in their place. May block reading
 * standard input. */
GsCliJob *gs_cli_inputs_next(GsCliInputs *inputs);

/* The text of one JSON Lines document: LEN bytes of DATA, line LINE of
 * FILE (which starts at byte LINE_OFFSET). The text is named by the
 * object's "id" (a string or an integer), else "FILE:LINE"; *PATH gets
 * that name in any case. NULL with *DIAG (at FILE:LINE:COL) when the line
 * is not such an object or its text is not valid text. */
GsText *gs_cli_jsonl_to_text(const char *file, guint line, gsize line_offset, const char *data,
                             gsize len, char **path, GsDiagnostic **diag);
