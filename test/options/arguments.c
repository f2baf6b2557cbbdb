// -fplugin-arg-coroplugin-<argument>: checks=, help, version; anything else is an error.
// The version is CMake's project() version, in the plugin and the report alike.
// RUN: %coro -fplugin-arg-coroplugin-help %s | FileCheck %s --check-prefix=HELP
// RUN: %coro -fplugin-arg-coroplugin-version -x c /dev/null | FileCheck %s --check-prefix=VERSION -DVERSION=%coroplugin_version
// RUN: %report --version | FileCheck %s --check-prefix=REPORT-VERSION -DVERSION=%coroplugin_version
// RUN: not %coro -fplugin-arg-coroplugin-macro-markers=maybe %s 2>&1 | FileCheck %s --check-prefix=BADVALUE
// RUN: not %coro -fplugin-arg-coroplugin-bogus %s 2>&1 | FileCheck %s --check-prefix=BOGUS
// RUN: not %coro -fplugin-arg-coroplugin-checks=no-such-check %s 2>&1 | FileCheck %s --check-prefix=NOCHECK
// RUN: %coro -fplugin-arg-coroplugin-checks=-* %s 2>&1 | count 0
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,coroutine-* %s 2>&1 | FileCheck %s --check-prefix=GLOB
// RUN: %coro -fplugin-arg-coroplugin-checks=-* -fplugin-arg-coroplugin-checks=mixed-caller %s 2>&1 | FileCheck %s --check-prefix=LATER
// RUN: %coro -fplugin-arg-coroplugin-checks=* %s 2>&1 | FileCheck %s --check-prefix=ALL
#include "../Inputs/qemu-markers.h"

void coroutine_fn co_sleep(void);
void coroutine_mixed_fn drain(void);
void plain(void) { co_sleep(); drain(); }

// HELP: Arguments (-fplugin-arg-coroplugin-<argument>):
// VERSION: coroplugin [[VERSION]] (built for Clang {{[0-9]+\.[0-9]+\.[0-9]+}})
// REPORT-VERSION: coroplugin-report [[VERSION]]
// HELP: checks=<list>
// HELP: macro-markers=on|off
// HELP: coroutine-caller{{ +}}non-coroutine code calls a coroutine_fn function or pointer
// HELP: mixed-caller{{ +}}non-coroutine code calls a coroutine_mixed_fn function (refactoring aid) [off]
// BOGUS: error: coroplugin: unknown argument 'bogus'; valid arguments are checks=<list>, macro-markers=on|off, allow-macro=<names>, facts=<dir>|object, export-fixes=<dir>, baseline=<file>, werror=<list>, version, help
// NOCHECK: error: coroplugin: unknown check 'no-such-check'; checks are coroutine-caller, wrapper-call,
// GLOB: warning: non-coroutine function 'plain' calls 'coroutine_fn' function 'co_sleep' [-Wcoroutine,coroutine-caller]
// GLOB-NOT: mixed-caller
// LATER-NOT: coroutine-caller
// LATER: warning: non-coroutine function 'plain' calls 'coroutine_mixed_fn' function 'drain'; consider declaring 'plain' 'coroutine_mixed_fn' too [-Wcoroutine,mixed-caller]
// ALL-DAG: [-Wcoroutine,coroutine-caller]
// ALL-DAG: [-Wcoroutine,mixed-caller]
// BADVALUE: error: coroplugin: unknown argument 'macro-markers=maybe'
