/* Internal entry to the stages after attribution (normalise, topics,
 * engine); see normalise.c, topics.c, engine.c. */
#pragma once

#include <gainsay/document.h>
#include <gainsay/rules.h>

void gs_analysis_run(GsDocument *doc, const GsRules *rules);
