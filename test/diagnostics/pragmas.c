// `#pragma clang diagnostic` controls the plugin's warnings for a region.
// RUN: not %coro -fno-caret-diagnostics %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
#include "../Inputs/qemu-markers.h"

void coroutine_fn co_sleep(void);

// CHECK: pragmas.c:[[@LINE+1]]:21: warning: non-coroutine function 'before'
void before(void) { co_sleep(); }
// CHECK-NEXT: note: 'co_sleep' is declared

#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wcoroutine"
void silenced(void) { co_sleep(); }
#pragma clang diagnostic pop

// CHECK: pragmas.c:[[@LINE+1]]:20: warning: non-coroutine function 'after'
void after(void) { co_sleep(); }
// CHECK-NEXT: note: 'co_sleep' is declared

#pragma clang diagnostic push
#pragma clang diagnostic error "-Wcoroutine"
// CHECK: pragmas.c:[[@LINE+1]]:23: error: non-coroutine function 'promoted' {{.*}} [-Werror,-Wcoroutine,coroutine-caller]
void promoted(void) { co_sleep(); }
// CHECK-NEXT: note: 'co_sleep' is declared
#pragma clang diagnostic pop

#pragma clang diagnostic ignored "-Weverything"
void everything_off(void) { co_sleep(); }
