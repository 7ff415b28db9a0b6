/* STUB — normalise, topics and engine land here. */
#include "analysis.h"

void
gs_analysis_run(GsDocument *doc, const GsRules *rules)
{
}
