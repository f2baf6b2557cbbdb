// In a coroutine_mixed_fn function, a statement that calls a no_coroutine_fn
// (the call itself, an assignment or an initializer) relies on running
// outside coroutines. The checks judge the calls after it as before (each
// no_coroutine_fn call is reported), but the facts record them on the
// ordinary side, so that coroplugin-report's chains do not run through code
// that only a main-loop caller reaches (QEMU 10's qcow2_do_close:
// bdrv_graph_wrlock(), bdrv_unref_child(), bdrv_graph_wrunlock() in one
// branch).
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,coroutine-caller,no-coroutine-call,wrapper-call -Xclang -verify %s
// RUN: rm -rf %t && mkdir -p %t
// RUN: %coro -fplugin-arg-coroplugin-checks=-* -fplugin-arg-coroplugin-facts=%t %s
// RUN: cat %t/*.facts.json | python3 -m json.tool | FileCheck %s
#include "../Inputs/qemu-markers.h"

void no_coroutine_fn graph_wrlock(void); // expected-note 2 {{'graph_wrlock' is declared 'no_coroutine_fn' here}}
void no_coroutine_fn graph_wrunlock(void); // expected-note {{'graph_wrunlock' is declared 'no_coroutine_fn' here}}
int no_coroutine_fn poll_once(void); // expected-note {{'poll_once' is declared 'no_coroutine_fn' here}}
void unref_child(void *bs);
void drain(void *bs);
void before(void *bs);
void in_condition(void *bs);

void coroutine_mixed_fn do_close(void *bs, int close_child) {
  before(bs);
  if (close_child) {
    graph_wrlock(); // expected-warning {{'coroutine_mixed_fn' function 'do_close' calls 'no_coroutine_fn' function 'graph_wrlock', which must not run in coroutine context}}
    unref_child(bs);
    graph_wrunlock(); // expected-warning {{'coroutine_mixed_fn' function 'do_close' calls 'no_coroutine_fn' function 'graph_wrunlock'}}
  }
  // The branch's block ended: both contexts again.
  drain(bs);
}

// An initializer is such a statement too; a call nested in a condition is
// not, since it may not run.
void coroutine_mixed_fn nested(void *bs) {
  if (bs && poll_once()) // expected-warning {{'coroutine_mixed_fn' function 'nested' calls 'no_coroutine_fn' function 'poll_once'}}
    in_condition(bs);
  int r = 0;
  graph_wrlock(); // expected-warning {{'coroutine_mixed_fn' function 'nested' calls 'no_coroutine_fn' function 'graph_wrlock'}}
  r = 1;
  (void)r;
}

// The facts: unref_child and graph_wrunlock are on the ordinary side, the
// calls before the lock, after the branch and in a condition are not.
// CHECK-LABEL: "calls": [
// CHECK: "callee": "before",
// CHECK: "side": "unknown",
// CHECK: "callee": "graph_wrlock",
// CHECK: "side": "unknown",
// CHECK: "callee": "unref_child",
// CHECK: "side": "ordinary",
// CHECK: "callee": "graph_wrunlock",
// CHECK: "side": "ordinary",
// CHECK: "callee": "drain",
// CHECK: "side": "unknown",
// CHECK: "callee": "in_condition",
// CHECK: "side": "unknown",
