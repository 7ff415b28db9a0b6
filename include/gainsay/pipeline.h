/* gainsay — the pipeline: text → statements → topics → findings.
 *
 * Owned by src/pipeline.c. Runs the stages in order over one document.
 * Safe to call from several threads at once on different texts with the
 * same GsRules (each thread keeps its own stemmer).
 */
#pragma once

#include <glib.h>
#include <gainsay/api.h>
#include <gainsay/document.h>
#include <gainsay/rules.h>

GS_BEGIN_DECLS

typedef enum {
  GS_STAGE_TEXT,        /* sentences only */
  GS_STAGE_ATTRIBUTION, /* statements and sources */
  GS_STAGE_ALL,         /* normalise, topics and findings too */
} GsStage;

/* A document over TEXT with the stages up to UNTIL run. RULES may be NULL
 * (no findings then). Never fails: limits reached are diagnostics in the
 * document. */
GsDocument *gs_pipeline_run(GsText *text, const GsRules *rules, GsStage until);

GS_END_DECLS
