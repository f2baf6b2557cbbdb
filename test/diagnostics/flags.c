// The plugin's warnings obey the -W flags of the `coroutine` group exactly as
// clang's own warnings do.
// RUN: %coro %s 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: not %coro -Werror %s 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: not %coro -Werror=coroutine %s 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: %coro -Werror -Wno-error=coroutine %s 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: %coro -Wno-coroutine %s 2>&1 | count 0
// RUN: %coro -w %s 2>&1 | count 0
// RUN: %coro -Wno-everything %s 2>&1 | count 0
// RUN: %coro -Wcoroutine -Werror -w %s 2>&1 | count 0
// RUN: %coro -fno-diagnostics-show-option %s 2>&1 | FileCheck %s --check-prefix=NOOPT
// An error stops the object file from being written.
// RUN: rm -f %t.o
// RUN: not %clang -c -fplugin=%plugin -Werror=coroutine %s -o %t.o
// RUN: test ! -e %t.o
// RUN: %clang -c -fplugin=%plugin %s -o %t.o
// RUN: test -e %t.o
#include "../Inputs/qemu-markers.h"

void coroutine_fn co_sleep(void);
void plain(void) { co_sleep(); }

// WARN: warning: non-coroutine function 'plain' calls 'coroutine_fn' function 'co_sleep' [-Wcoroutine,coroutine-caller]
// WARN: note: 'co_sleep' is declared 'coroutine_fn' here
// ERR: error: non-coroutine function 'plain' calls 'coroutine_fn' function 'co_sleep' [-Werror,-Wcoroutine,coroutine-caller]
// ERR: note: 'co_sleep' is declared 'coroutine_fn' here
// NOOPT: warning: non-coroutine function 'plain' calls 'coroutine_fn' function 'co_sleep'{{$}}
