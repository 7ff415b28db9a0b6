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

/* Finds every attributed statement of DOC and resolves its source. Runs
 * once per document; a second call does nothing. */
void gs_attribution_run(GsDocument *doc);

GS_END_DECLS
