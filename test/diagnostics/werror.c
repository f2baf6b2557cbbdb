// -fplugin-arg-coroplugin-werror=<list> makes the warnings of those checks
// errors wherever -Wcoroutine shows them, like clang's -Werror=<group>: the
// same list syntax as checks=, over the empty set (docs/werror.md).
// RUN: %coro -Xclang -verify=warn %s
// RUN: %coro -Xclang -verify=caller -fplugin-arg-coroplugin-werror=coroutine-caller %s
// RUN: %coro -Xclang -verify=all -fplugin-arg-coroplugin-werror=* %s
// RUN: %coro -Xclang -verify=caller -fplugin-arg-coroplugin-werror=*,-no-coroutine-call %s
// RUN: %coro -Xclang -verify=caller -fplugin-arg-coroplugin-werror=no-* -fplugin-arg-coroplugin-werror=-no-*,coroutine-caller %s
// The check is the more specific flag: -Wno-error=coroutine keeps the other
// checks warnings under -Werror, not this one.
// RUN: %coro -Xclang -verify=caller -Werror -Wno-error=coroutine -fplugin-arg-coroplugin-werror=coroutine-caller %s
// RUN: %coro -Xclang -verify=all -Werror -fplugin-arg-coroplugin-werror=coroutine-caller %s
// RUN: %coro -Xclang -verify=caller -Werror -Wno-error -fplugin-arg-coroplugin-werror=coroutine-caller %s
// What -Wcoroutine does not show stays hidden.
// RUN: %coro -w -fplugin-arg-coroplugin-werror=* %s 2>&1 | count 0
// RUN: %coro -Wno-coroutine -fplugin-arg-coroplugin-werror=* %s 2>&1 | count 0
// It enables no check: werror=* does not turn on the checks that are off.
// RUN: %coro -fplugin-arg-coroplugin-werror=mixed-caller %s 2>&1 | FileCheck %s --check-prefix=NOMIXED
// RUN: %coro -Xclang -verify=mixed -fplugin-arg-coroplugin-checks=mixed-caller -fplugin-arg-coroplugin-werror=mixed-caller %s
// The tag is clang's own for a warning made an error.
// RUN: not %coro -fplugin-arg-coroplugin-werror=coroutine-caller %s 2>&1 | FileCheck %s --check-prefix=TAG
// RUN: not %coro -fplugin-arg-coroplugin-werror=no-such-check %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// An error stops the object file from being written.
// RUN: rm -f %t.o
// RUN: not %clang -c -fplugin=%plugin -fplugin-arg-coroplugin-werror=coroutine-caller %s -o %t.o
// RUN: test ! -e %t.o
#include "../Inputs/qemu-markers.h"

void coroutine_fn co_sleep(void);   // warn-note {{declared}} caller-note {{declared}} all-note {{declared}} mixed-note {{declared}}
void no_coroutine_fn drain_all(void); // warn-note {{declared}} caller-note {{declared}} all-note {{declared}} mixed-note {{declared}}
void coroutine_mixed_fn flush(void);  // mixed-note {{declared}}

void plain(void) { // warn-note {{mark 'plain' 'coroutine_fn'}} caller-note {{mark 'plain' 'coroutine_fn'}} all-note {{mark 'plain' 'coroutine_fn'}} mixed-note {{mark 'plain' 'coroutine_fn'}}
  co_sleep(); // warn-warning {{non-coroutine function 'plain' calls 'coroutine_fn' function 'co_sleep'}} caller-error {{non-coroutine function 'plain'}} all-error {{non-coroutine function 'plain'}} mixed-warning {{non-coroutine function 'plain'}}
  flush();    // mixed-error {{non-coroutine function 'plain' calls 'coroutine_mixed_fn' function 'flush'}}
}

void coroutine_fn co_work(void) {
  drain_all(); // warn-warning {{'coroutine_fn' function 'co_work' calls 'no_coroutine_fn' function 'drain_all'}} caller-warning {{'co_work' calls 'no_coroutine_fn'}} all-error {{'co_work' calls 'no_coroutine_fn'}} mixed-warning {{'co_work' calls 'no_coroutine_fn'}}
}

#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wcoroutine"
void silenced(void) { co_sleep(); }
#pragma clang diagnostic pop

// NOMIXED-NOT: mixed-caller
// TAG: error: non-coroutine function 'plain' calls 'coroutine_fn' function 'co_sleep' [-Werror,-Wcoroutine,coroutine-caller]
// TAG: warning: 'coroutine_fn' function 'co_work' calls 'no_coroutine_fn' function 'drain_all'{{.*}} [-Wcoroutine,no-coroutine-call]
// UNKNOWN: error: coroplugin: unknown check 'no-such-check'
