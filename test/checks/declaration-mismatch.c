// Declarations of one function agree on coroutine_fn, coroutine_mixed_fn and
// no_coroutine_fn: callers elsewhere see only the header.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,declaration-mismatch -Xclang -verify %s
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,declaration-mismatch -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
#include "Inputs/declaration-mismatch.h"

// CHECK-DAG: fix-it:"{{.*}}declaration-mismatch.h":{4:4-4:4}:" coroutine_fn"
int coroutine_fn header_lacks(void) { return 0; } // expected-warning {{redeclaration of 'header_lacks' adds 'coroutine_fn', which its previous declaration lacks}}
// CHECK-DAG: fix-it:"{{.*}}declaration-mismatch.c":{[[@LINE+1]]:4-[[@LINE+1]]:4}:" coroutine_fn"
int definition_lacks(void) { return 0; } // expected-warning {{redeclaration of 'definition_lacks' is missing 'coroutine_fn' from its previous declaration}}
int coroutine_fn both_say_it(void) { return 0; }
void coroutine_mixed_fn mixed_here(void) {} // expected-warning {{redeclaration of 'mixed_here' adds 'coroutine_mixed_fn'}} expected-warning {{redeclaration of 'mixed_here' is missing 'no_coroutine_fn'}}
int not_marked(void) { return 0; }
// Generated wrappers are declared in headers only.
int bdrv_pread(void *c) { return 0; }
