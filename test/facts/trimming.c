// What a unit's facts keep (docs/facts-format.md): marked functions, what the
// main file defines, calls and stores there, and in header inline functions
// and header initializers only the calls and stores that involve a marked
// function (and the functions those name). A header's inline functions are
// walked only when the unit uses them (hdr_unused is not). Left out here:
// unused_proto, hdr_getter, hdr_stores, hdr_ops, hdr_unused. Functions a
// macro defines count where the macro is expanded (main_getter).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %coro -w -fplugin-arg-coroplugin-facts=%t %s
// RUN: python3 %S/Inputs/summarize.py %t/trimming-*.facts.json | FileCheck %s
#include "Inputs/trim.h"

DEFINE_GETTER(main_getter)

int main_def(void) { return hdr_inline() + main_getter(); }
void main_stores(void) { register_cb(cb_plain); }
static const struct Ops main_ops = { .op = cb_plain };
int coroutine_fn main_co(void) { return hdr_co(); }

// CHECK-LABEL: functions:
// CHECK-NEXT: cb_plain
// CHECK-NEXT: co_target coroutine_fn
// CHECK-NEXT: hdr_calls_co
// CHECK-NEXT: hdr_co coroutine_fn
// CHECK-NEXT: hdr_inline
// CHECK-NEXT: lib_call
// CHECK-NEXT: main_co coroutine_fn
// CHECK-NEXT: main_def
// CHECK-NEXT: main_getter
// CHECK-NEXT: main_stores
// CHECK-NEXT: marked_proto coroutine_fn
// CHECK-NEXT: register_cb
// CHECK-LABEL: calls:
// CHECK-NEXT: hdr_calls_co -> co_target
// CHECK-NEXT: hdr_co -> lib_call
// CHECK-NEXT: main_co -> hdr_co
// CHECK-NEXT: main_def -> hdr_inline
// CHECK-NEXT: main_def -> main_getter
// CHECK-NEXT: main_getter -> lib_call
// CHECK-NEXT: main_stores -> register_cb
// CHECK-LABEL: stores:
// CHECK-NEXT: cb_plain -> Ops::op in - at trimming.c:[[@LINE-25]]
// CHECK-NEXT: cb_plain -> register_cb#0 in main_stores at trimming.c:[[@LINE-27]]
// CHECK-NOT: {{.}}
