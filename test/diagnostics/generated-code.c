// Nothing is reported in generated code: files that say so in their first
// lines, and files under the build directory (the working directory, when the
// main file is outside it). A finding in a generated function that has a
// hand-written declaration is reported there, once, without fix-its.
// RUN: %coro -Xclang -verify %s
// RUN: %coro -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s --implicit-check-not=fix-it:
// A header in the build directory is generated; the same header beside the
// source is not (above).
// RUN: rm -rf %t && mkdir -p %t/build && cp %S/Inputs/hand-written.h %t/build/
// RUN: cd %t/build && %coro -I. -DIN_BUILD_DIR -Xclang -verify=build %s
// The main file in the working directory: not a build directory.
// RUN: cd %S && %coro -Xclang -verify generated-code.c
#include "../Inputs/qemu-markers.h"

void coroutine_fn co_sleep(void); // expected-note 3 {{'co_sleep' is declared 'coroutine_fn' here}} build-note 2 {{'co_sleep' is declared 'coroutine_fn' here}}
void (*hook)(void);
int coroutine_fn bdrv_co_flush(void *bs);
int coroutine_fn bdrv_co_fine(void *bs);

int co_wrapper bdrv_flush(void *bs); // expected-warning-re {{non-coroutine function 'bdrv_flush' calls 'coroutine_fn' function 'co_sleep' (in code generated from this declaration, at {{.*}}block-gen.inc:12)}} build-warning-re {{calls 'coroutine_fn' function 'co_sleep' (in code generated from this declaration, at {{.*}}block-gen.inc:12)}}
int co_wrapper_mixed bdrv_fine(void *bs);

#include "Inputs/block-gen.inc"
#include "Inputs/trace-gen.h"
#include "Inputs/qapi-gen.h"
#ifdef IN_BUILD_DIR
#include "hand-written.h"
#else
// CHECK-DAG: fix-it:"{{.*}}hand-written.h":{13:19-13:19}:" coroutine_fn"
#include "Inputs/hand-written.h"
// expected-warning@Inputs/hand-written.h:13 {{non-coroutine function 'hand_written' calls 'coroutine_fn' function 'co_sleep'}}
#endif

// The main file's own code is reported as usual. It uses the headers' static
// functions, which are walked where they are used.
// CHECK-DAG: fix-it:"{{.*}}generated-code.c":{[[@LINE+1]]:5-[[@LINE+1]]:5}:" coroutine_fn"
void caller(void) { // expected-note {{mark 'caller' 'coroutine_fn'}} build-note {{mark 'caller' 'coroutine_fn'}}
  co_sleep(); // expected-warning {{non-coroutine function 'caller' calls 'coroutine_fn' function 'co_sleep'}} build-warning {{non-coroutine function 'caller' calls 'coroutine_fn' function 'co_sleep'}}
  trace_co_sleep();
  qmp_marshal_block_resize();
  hand_written();
}
