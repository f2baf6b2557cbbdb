// A file is generated when its first comment (after an SPDX tag) opens with a
// generator's banner; a comment that only mentions generated code, a banner
// that is not the first comment, or one after code, does not make it so.
// RUN: %coro -Xclang -verify %s
#include "../Inputs/qemu-markers.h"

void coroutine_fn co_sleep(void); // expected-note 4 {{'co_sleep' is declared 'coroutine_fn' here}}

// Generated: nothing reported.
#include "Inputs/banners/spdx-then-banner.h"
#include "Inputs/banners/do-not-edit.h"
#include "Inputs/banners/this-file-is-generated.h"
#include "Inputs/banners/generated-by.h"

// Hand-written.
#include "Inputs/banners/mentions-generated.h"
// expected-warning@Inputs/banners/mentions-generated.h:6 {{non-coroutine function 'mentions_generated' calls 'coroutine_fn' function 'co_sleep'}}
#include "Inputs/banners/banner-not-first.h"
// expected-warning@Inputs/banners/banner-not-first.h:5 {{non-coroutine function 'banner_not_first' calls 'coroutine_fn' function 'co_sleep'}}
#include "Inputs/banners/code-first.h"
// expected-warning@Inputs/banners/code-first.h:3 {{non-coroutine function 'code_first' calls 'coroutine_fn' function 'co_sleep'}}

void coroutine_fn caller(void) {
  spdx_then_banner();
  do_not_edit();
  this_file_is_generated();
  generated_by();
  mentions_generated();
  banner_not_first();
  code_first();
}

void ordinary(void) { // expected-note {{mark 'ordinary' 'coroutine_fn'}}
  co_sleep(); // expected-warning {{non-coroutine function 'ordinary' calls 'coroutine_fn' function 'co_sleep'}}
}
