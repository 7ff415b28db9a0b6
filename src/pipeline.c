/* The pipeline driver: each stage in order, forward only. */
#include <gainsay/pipeline.h>
#include <gainsay/attribution.h>

#include "analysis.h"

GsDocument *
gs_pipeline_run(GsText *text, const GsRules *rules, GsStage until)
{
  GsDocument *doc = gs_document_new(text);
  gsize cut_at;
  guint cut = gs_text_get_cut_sentences(text, &cut_at);

  /* The sentence limit is met by cutting, which changes what is read as
   * one sentence: say so. */
  if (cut > 0) {
    guint line, column;
    gsize len;
    const char *source_line;
    GsDiagnostic *diag;

    gs_text_get_position(text, cut_at, &line, &column);
    diag = gs_diagnostic_new(GS_SEVERITY_WARNING, GS_TEXT_ERROR, GS_TEXT_ERROR_TOO_MANY_TOKENS,
                             gs_text_get_name(text), line, column,
                             "%u run%s of more than %d tokens without a sentence end, cut into "
                             "sentences of %d",
                             cut, cut == 1 ? "" : "s", GS_TEXT_MAX_SENTENCE_TOKENS,
                             GS_TEXT_MAX_SENTENCE_TOKENS);
    source_line = gs_text_get_line(text, cut_at, &len);
    gs_diagnostic_set_source_line(diag, source_line, (gssize)MIN(len, 200));
    gs_document_add_diagnostic(doc, diag);
  }

  if (until >= GS_STAGE_ATTRIBUTION)
    gs_attribution_run(doc);
  if (until >= GS_STAGE_ALL && rules != NULL)
    gs_analysis_run(doc, rules);
  return doc;
}
