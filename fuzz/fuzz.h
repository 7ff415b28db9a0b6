/* gainsay — the entry points every fuzz target defines.
 *
 * Each fuzz-*.c file defines LLVMFuzzerTestOneInput. It is linked two
 * ways: with libFuzzer (clang, -Dfuzzing=true, see fuzz/meson.build), and
 * with replay.c, a plain main that feeds it the files named on the command
 * line (every build with tests, see the 'fuzz-replay' suite in
 * tests/meson.build). doc/ROBUSTNESS.md says how to run them.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
