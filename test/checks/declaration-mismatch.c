// A redeclaration that adds coroutine_fn, coroutine_mixed_fn or
// no_coroutine_fn, which the earlier declarations lack: other files see only
// the earlier one. The reverse (a definition that does not restate its
// prototype's marker) changes nothing: omitted-marker, off by default.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,declaration-mismatch -Xclang -verify %s
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,declaration-mismatch -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
// RUN: %coro %s 2>&1 | FileCheck %s --check-prefix=DEFAULT
#include "Inputs/declaration-mismatch.h"

// The fix-it marks the first declaration; the others inherit from it.
// CHECK: fix-it:"{{.*}}declaration-mismatch.h":{4:4-4:4}:" coroutine_fn"
// DEFAULT: declaration-mismatch.c:[[@LINE+1]]:18: warning: redeclaration of 'header_lacks' adds 'coroutine_fn', which its previous declaration lacks [-Wcoroutine,declaration-mismatch]
int coroutine_fn header_lacks(void) { return 0; } // expected-warning {{redeclaration of 'header_lacks' adds 'coroutine_fn', which its previous declaration lacks}}
// DEFAULT-NOT: ,omitted-marker]
int definition_lacks(void) { return 0; }
int coroutine_fn both_say_it(void) { return 0; }
void coroutine_mixed_fn mixed_here(void) {} // expected-warning {{redeclaration of 'mixed_here' adds 'coroutine_mixed_fn'}}
int not_marked(void) { return 0; }
// Generated wrappers are declared in headers only.
int bdrv_pread(void *c) { return 0; }
// A declaration in between that writes nothing inherits the marker.
int coroutine_fn restated_later(void) { return 0; }

// A function other files can declare: its earlier declarations count
// wherever they are.
int forward(void); // expected-note {{previous declaration is here}}
int coroutine_fn forward(void) { return 0; } // expected-warning {{redeclaration of 'forward' adds 'coroutine_fn'}}
void prototype_adds(void); // expected-note {{previous declaration is here}}
void prototype_adds(void) no_coroutine_fn; // expected-warning {{redeclaration of 'prototype_adds' adds 'no_coroutine_fn'}}
void prototype_adds(void) no_coroutine_fn;
// A static function declared ahead in the same file hides nothing.
static int static_forward(void);
static int coroutine_fn static_forward(void) { return 0; }
// ... but one declared in a header does.
static int coroutine_fn header_static(void) { return 0; } // expected-warning {{redeclaration of 'header_static' adds 'coroutine_fn'}}
// Contradictions are marker-conflict's.
void coroutine_fn contradicted(void) {}

int use(void) { return static_forward() + header_static(); }
