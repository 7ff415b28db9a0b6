/* The pipeline driver: each stage in order, forward only. */
#include <gainsay/pipeline.h>
#include <gainsay/attribution.h>

#include "analysis.h"

GsDocument *
gs_pipeline_run(GsText *text, const GsRules *rules, GsStage until)
{
  GsDocument *doc = gs_document_new(text);

  if (until >= GS_STAGE_ATTRIBUTION)
    gs_attribution_run(doc);
  if (until >= GS_STAGE_ALL && rules != NULL)
    gs_analysis_run(doc, rules);
  return doc;
}
