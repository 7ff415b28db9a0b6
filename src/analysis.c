/* The stages after attribution, in order: normalise → topics → engine. */
#include "analysis.h"

void
gs_analysis_run(GsDocument *doc, const GsRules *rules)
{
  gs_normalise_run(doc, rules);
  gs_topics_run(doc, rules);
  gs_engine_run(doc, rules);
}
