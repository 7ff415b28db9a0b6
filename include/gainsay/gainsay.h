/* gainsay — claim-contradiction detection for news text.
 *
 * The one header to include. Each stage has its own header; this one pulls
 * them all in and gives the library's version.
 */
#pragma once

#include <gainsay/diagnostic.h>
#include <gainsay/text.h>
#include <gainsay/document.h>
#include <gainsay/report.h>
#include <gainsay/attribution.h>
#include <gainsay/rules.h>
#include <gainsay/pipeline.h>

GS_BEGIN_DECLS

/* The library's version, "MAJOR.MINOR.PATCH". */
const char *gs_version(void);

GS_END_DECLS
