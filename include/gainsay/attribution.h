/* gainsay — the attribution stage (the parser): who said what.
 *
 * Owned by src/attribution.c (frames: cues, quotes, content spans) and
 * src/sources.c (mentions resolved to source entities). It reads the
 * GsText of a GsDocument and fills the document's statements and sources.
 */
#pragma once

#include <glib.h>
#include <gainsay/api.h>
#include <gainsay/document.h>

GS_BEGIN_DECLS

/* The most statements one document may hold (README "Limits"): beyond it
 * the rest of the document is not attributed, and the document carries an
 * error diagnostic (GS_ATTRIBUTION_ERROR_TOO_MANY_STATEMENTS). */
#define GS_ATTRIBUTION_MAX_STATEMENTS 100000

#define GS_ATTRIBUTION_ERROR (gs_attribution_error_quark())
GQuark gs_attribution_error_quark(void);

/* Append-only. */
typedef enum {
  GS_ATTRIBUTION_ERROR_TOO_MANY_STATEMENTS,
} GsAttributionError;

/* Finds every attributed statement of DOC and resolves its source. Runs
 * once per document; a second call does nothing. */
void gs_attribution_run(GsDocument *doc);

GS_END_DECLS
