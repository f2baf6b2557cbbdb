// Nothing is reported inside system headers, unless -Wsystem-headers.
// RUN: %coro -isystem %S/Inputs/sys %s 2>&1 | FileCheck %s --check-prefix=USER --implicit-check-not=warning:
// RUN: %coro -isystem %S/Inputs/sys -Wsystem-headers %s 2>&1 | FileCheck %s --check-prefix=SYS
#include <coroutine-lib.h>

// USER: system-headers.c:[[@LINE+1]]:19: warning: non-coroutine function 'user'
void user(void) { co_sleep(); lib_helper(); }
// SYS: coroutine-lib.h:3:39: warning: non-coroutine function 'lib_helper'
