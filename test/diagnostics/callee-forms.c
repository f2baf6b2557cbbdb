// A call through an expression that can only designate known functions is
// checked like a direct call of each of them: conditional and comma
// operators, casts to unmarked types, statement expressions, parentheses,
// `&` and `*`, and constant unmarked variables and tables of functions. Each
// finding names its target and how many the call may reach; a marked
// pointer, cast or table is judged by its own markers.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,coroutine-caller,no-coroutine-call,wrapper-call -Xclang -verify %s
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,wrapper-call -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
#include "../Inputs/qemu-markers.h"

#define NULL ((void *)0)
typedef void BlockCB(void *opaque);
typedef void coroutine_fn CoroutineEntry(void *opaque); // expected-note 2 {{typedef 'CoroutineEntry' is declared 'coroutine_fn' here}}

void coroutine_fn co_a(void *); // expected-note 18 {{'co_a' is declared 'coroutine_fn' here}}
void coroutine_fn co_b(void *); // expected-note 4 {{'co_b' is declared 'coroutine_fn' here}}
void plain_a(void *);
void plain_b(void *);
void no_coroutine_fn noco(void *); // expected-note {{'noco' is declared 'no_coroutine_fn' here}}

void conditional(int c, void *p) { // expected-note {{mark 'conditional' 'coroutine_fn'}}
  (c ? co_a : plain_a)(p); // expected-warning {{non-coroutine function 'conditional' calls 'coroutine_fn' function 'co_a' (one of 2 possible callees)}}
  (c ? co_a : co_b)(p);
  // expected-warning@-1 {{calls 'coroutine_fn' function 'co_a' (one of 2 possible callees)}}
  // expected-warning@-2 {{calls 'coroutine_fn' function 'co_b' (one of 2 possible callees)}}
  (c ? plain_a : plain_b)(p);
  // A null branch calls nothing: one possible callee.
  (c ? co_a : NULL)(p); // expected-warning {{calls 'coroutine_fn' function 'co_a' [-Wcoroutine,coroutine-caller]}}
  (c ? 0 : co_a)(p); // expected-warning {{calls 'coroutine_fn' function 'co_a' [-Wcoroutine,coroutine-caller]}}
  (c ? (c > 1 ? co_a : plain_a) : co_b)(p);
  // expected-warning@-1 {{calls 'coroutine_fn' function 'co_a' (one of 3 possible callees)}}
  // expected-warning@-2 {{calls 'coroutine_fn' function 'co_b' (one of 3 possible callees)}}
}

void comma_and_statement_expressions(int c, void *p) { // expected-note {{mark 'comma_and_statement_expressions' 'coroutine_fn'}}
  (c++, co_a)(p); // expected-warning {{non-coroutine function 'comma_and_statement_expressions' calls 'coroutine_fn' function 'co_a'}}
  ({ c++; co_a; })(p); // expected-warning {{calls 'coroutine_fn' function 'co_a'}}
  (c++, plain_a)(p);
}

void casts_and_parentheses(void *p) { // expected-note {{mark 'casts_and_parentheses' 'coroutine_fn'}}
  ((BlockCB *)co_a)(p); // expected-warning {{calls 'coroutine_fn' function 'co_a'}}
  ((BlockCB *)(void *)co_a)(p); // expected-warning {{calls 'coroutine_fn' function 'co_a'}}
  ((((co_a))))(p); // expected-warning {{calls 'coroutine_fn' function 'co_a'}}
  (*co_a)(p); // expected-warning {{calls 'coroutine_fn' function 'co_a'}}
  (**&co_a)(p); // expected-warning {{calls 'coroutine_fn' function 'co_a'}}
  // A cast to a marked type is the callee: its typedef says coroutine_fn.
  ((CoroutineEntry *)plain_a)(p); // expected-warning {{calls 'coroutine_fn' pointer of type 'CoroutineEntry *'}}
  ((BlockCB *)plain_a)(p);
}

static BlockCB *const table[] = {co_a, plain_a};
static BlockCB *const all_coroutines[] = {co_a, co_b, co_a};
static BlockCB *const with_hole[3] = {[2] = co_b};
static BlockCB *writable[] = {co_a, plain_a};
static CoroutineEntry *const marked_table[] = {co_a};
static BlockCB *const one = co_a;
BlockCB *opaque(void);

void tables(int i, void *p) { // expected-note {{mark 'tables' 'coroutine_fn'}}
  table[i](p); // expected-warning {{non-coroutine function 'tables' calls 'coroutine_fn' function 'co_a' read from 'table' (one of 2 possible callees)}}
  table[0](p); // expected-warning {{calls 'coroutine_fn' function 'co_a' read from 'table' [-Wcoroutine,coroutine-caller]}}
  table[1](p);
  (*table[i])(p); // expected-warning {{calls 'coroutine_fn' function 'co_a' read from 'table' (one of 2 possible callees)}}
  all_coroutines[i](p);
  // expected-warning@-1 {{calls 'coroutine_fn' function 'co_a' read from 'all_coroutines' (one of 2 possible callees)}}
  // expected-warning@-2 {{calls 'coroutine_fn' function 'co_b' read from 'all_coroutines' (one of 2 possible callees)}}
  with_hole[i](p); // expected-warning {{calls 'coroutine_fn' function 'co_b' read from 'with_hole' [-Wcoroutine,coroutine-caller]}}
  one(p); // expected-warning {{calls 'coroutine_fn' function 'co_a' read from 'one' [-Wcoroutine,coroutine-caller]}}
  // Not known: a table that may be changed, and a table whose marker is the
  // contract of its elements.
  writable[i](p);
  marked_table[i](p); // expected-warning {{calls 'coroutine_fn' variable 'marked_table'}}
  with_hole[0](p);
  (i ? table[i] : opaque())(p); // expected-warning {{calls 'coroutine_fn' function 'co_a' read from 'table' (one of 3 possible callees)}}
}

void unevaluated(int c, void *p) {
  (void)sizeof(((c ? co_a : plain_a)(p), 1));
  (void)sizeof((table[c](p), 1));
}

void coroutine_fn coroutine_side(int c, void *p) {
  (c ? co_a : noco)(p); // expected-warning {{'coroutine_fn' function 'coroutine_side' calls 'no_coroutine_fn' function 'noco' (one of 2 possible callees), which must not run in coroutine context}}
  table[c](p);
}

int coroutine_fn bdrv_co_flush(void *bs); // expected-note {{'bdrv_co_flush' is declared here}}
int generated_co_wrapper bdrv_flush(void *bs); // expected-note {{'bdrv_flush' is declared 'generated_co_wrapper' here}}
int other_flush(void *bs);

int coroutine_fn flusher(int c, void *bs) {
  // The rename is offered where the wrapper is named.
  // CHECK: fix-it:"{{.*}}callee-forms.c":{[[@LINE+1]]:15-[[@LINE+1]]:25}:"bdrv_co_flush"
  return (c ? bdrv_flush : other_flush)(bs); // expected-warning {{'coroutine_fn' function 'flusher' calls generated wrapper 'bdrv_flush' (one of 2 possible callees); call its coroutine version 'bdrv_co_flush' instead}}
}
