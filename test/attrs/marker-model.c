// One marker model (attrs/MarkerSet.h) judges markers for the plugin and for
// the report: every combination below is called from coroutine code and from
// ordinary code, the plugin's findings say how it judged each one, and the
// report, reading the same declarations from the facts, must take each
// function for the same thing (JUDGED). A combination judged differently on
// one side shows up as a missing or extra diagnostic, or a different line.
// RUN: rm -rf %t && mkdir %t
// RUN: %coro -I %S/../Inputs -fplugin-arg-coroplugin-facts=%t -Xclang -verify %s
// RUN: %report --dump-facts %t | FileCheck %s --check-prefix=JUDGED

#include "qemu-markers.h"
#define no_co_wrapper __attribute__((no_co_wrapper))

void coroutine_fn co_only(void); // expected-note {{'co_only' is declared 'coroutine_fn' here}}
void coroutine_mixed_fn mixed(void);
void no_coroutine_fn blocking(void); // expected-note {{'blocking' is declared 'no_coroutine_fn' here}}
// Contradictions are judged by their least restrictive meaning, mixed: one
// marker-conflict warning, no finding at the calls.
void coroutine_fn no_coroutine_fn both_conflict(void); // expected-warning {{'no_coroutine_fn' and 'coroutine_fn' markers on 'both_conflict' are not compatible; it is checked as 'coroutine_mixed_fn'}}
void coroutine_fn coroutine_mixed_fn mixed_conflict(void); // expected-warning {{'coroutine_mixed_fn' and 'coroutine_fn' markers on 'mixed_conflict' are not compatible; it is checked as 'coroutine_mixed_fn'}}
// QEMU master's co_wrapper_mixed, spelled out: a wrapper only when its `_co_`
// twin is coroutine_fn.
void no_coroutine_fn coroutine_mixed_fn spelled_mixed(void);
void no_coroutine_fn coroutine_mixed_fn spelled_read(void); // expected-note {{'spelled_read' is declared 'no_coroutine_fn' here}}
void coroutine_fn spelled_co_read(void); // expected-note {{'spelled_co_read' is declared here}}
void co_wrapper gen_read(void); // expected-note {{'gen_read' is declared 'co_wrapper' here}}
void coroutine_fn gen_co_read(void); // expected-note {{'gen_co_read' is declared here}}
void co_wrapper_mixed genm_read(void); // expected-note {{'genm_read' is declared 'co_wrapper_mixed' here}}
void coroutine_fn genm_co_read(void); // expected-note {{'genm_co_read' is declared here}}
// QEMU generates the no_co_wrapper family as coroutine_fn.
void no_co_wrapper rev_open(void); // expected-note {{'rev_open' is declared 'no_co_wrapper' here}}
void unmarked(void);

void coroutine_fn co_caller(void) {
  co_only();
  mixed();
  blocking(); // expected-warning {{'coroutine_fn' function 'co_caller' calls 'no_coroutine_fn' function 'blocking', which must not run in coroutine context}}
  both_conflict();
  mixed_conflict();
  spelled_mixed();
  spelled_read(); // expected-warning {{'coroutine_fn' function 'co_caller' calls 'no_coroutine_fn' function 'spelled_read'; call its coroutine version 'spelled_co_read' instead}}
  gen_read(); // expected-warning {{'coroutine_fn' function 'co_caller' calls generated wrapper 'gen_read'; call its coroutine version 'gen_co_read' instead}}
  genm_read(); // expected-warning {{'coroutine_fn' function 'co_caller' calls generated wrapper 'genm_read'; call its coroutine version 'genm_co_read' instead}}
  rev_open();
  unmarked();
}

void plain_caller(void) { // expected-note {{mark 'plain_caller' 'coroutine_fn'}}
  co_only(); // expected-warning {{non-coroutine function 'plain_caller' calls 'coroutine_fn' function 'co_only'}}
  mixed();
  blocking();
  both_conflict();
  mixed_conflict();
  spelled_mixed();
  spelled_read();
  gen_read();
  genm_read();
  rev_open(); // expected-warning {{non-coroutine function 'plain_caller' calls 'no_co_wrapper' function 'rev_open'}}
  unmarked();
}

// JUDGED: name=co_only {{.*}} judged=coroutine{{$}}
// JUDGED: name=mixed {{.*}} judged=mixed{{$}}
// JUDGED: name=blocking {{.*}} judged=no-coroutine{{$}}
// JUDGED: name=both_conflict {{.*}} judged=mixed{{$}}
// JUDGED: name=mixed_conflict {{.*}} judged=mixed{{$}}
// JUDGED: name=spelled_mixed {{.*}} judged=mixed{{$}}
// JUDGED: name=spelled_read {{.*}} judged=mixed,wrapper{{$}}
// JUDGED: name=spelled_co_read {{.*}} judged=coroutine{{$}}
// JUDGED: name=gen_read {{.*}} judged=no-coroutine,wrapper{{$}}
// JUDGED: name=gen_co_read {{.*}} judged=coroutine{{$}}
// JUDGED: name=genm_read {{.*}} judged=mixed,wrapper{{$}}
// JUDGED: name=genm_co_read {{.*}} judged=coroutine{{$}}
// JUDGED: name=rev_open {{.*}} judged=coroutine{{$}}
// JUDGED: name=unmarked {{.*}} judged=ordinary{{$}}
// JUDGED: name=co_caller {{.*}} judged=coroutine{{$}}
// JUDGED: name=plain_caller {{.*}} judged=ordinary{{$}}
