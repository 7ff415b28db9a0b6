/* The library's version string, from meson's project version. */
#include "gs-config.h"
#include <gainsay/gainsay.h>

const char *
gs_version(void)
{
  return GS_VERSION;
}
