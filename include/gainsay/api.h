/* gainsay — what makes a declaration part of the public API.
 *
 * The library is built with hidden symbol visibility; declarations between
 * GS_BEGIN_DECLS and GS_END_DECLS are exported. Every public header wraps
 * its declarations in them, so nothing else leaks out of libgainsay.so.
 */
#pragma once

#include <glib.h>

#define GS_BEGIN_DECLS G_BEGIN_DECLS _Pragma("GCC visibility push(default)")
#define GS_END_DECLS _Pragma("GCC visibility pop") G_END_DECLS
