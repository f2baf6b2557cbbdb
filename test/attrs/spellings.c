// Every spelling of every marker ends as the same annotation, and the checks
// cannot tell them apart.
// RUN: %coro -fplugin-arg-coroplugin-checks=-declaration-mismatch,-wrapper-shape -Xclang -verify %s
// RUN: %coro -fplugin-arg-coroplugin-checks=-declaration-mismatch,-wrapper-shape -std=c2x -DSCOPED -Xclang -verify %s
// RUN: %coro -Xclang -ast-dump %s | FileCheck %s --check-prefix=AST
// RUN: %coro -std=c2x -DSCOPED -Xclang -ast-dump %s | FileCheck %s --check-prefix=AST

#ifdef SCOPED
#define MARK(name) [[qemu::name]]
#else
#define MARK(name) __attribute__((name))
#endif

// AST: FunctionDecl {{.*}} co_gnu 'void (void)'
// AST-NEXT: AnnotateAttr {{.*}} "coroutine_fn"
MARK(coroutine_fn) void co_gnu(void); // expected-note {{'co_gnu' is declared 'coroutine_fn' here}}
// QEMU 8+ spells the markers with annotate; they are the same markers.
// AST: FunctionDecl {{.*}} co_annotate 'void (void)'
// AST-NEXT: AnnotateAttr {{.*}} "coroutine_fn"
__attribute__((annotate("coroutine_fn"))) void co_annotate(void); // expected-note {{'co_annotate' is declared 'coroutine_fn' here}}
// AST: AnnotateAttr {{.*}} "coroutine_mixed_fn"
MARK(coroutine_mixed_fn) void mixed(void);
// AST: AnnotateAttr {{.*}} "no_coroutine_fn"
MARK(no_coroutine_fn) void blocking(void);
// AST: AnnotateAttr {{.*}} "generated_co_wrapper"
MARK(generated_co_wrapper) int bdrv_pread(void);
// AST: AnnotateAttr {{.*}} "co_wrapper"
MARK(co_wrapper) int blk_pread(void);
// AST: AnnotateAttr {{.*}} "co_wrapper_mixed"
MARK(co_wrapper_mixed) int blk_pwrite(void);
// AST: AnnotateAttr {{.*}} "co_wrapper_bdrv_rdlock"
MARK(co_wrapper_bdrv_rdlock) int bdrv_flush(void);
// AST: AnnotateAttr {{.*}} "co_wrapper_mixed_bdrv_rdlock"
MARK(co_wrapper_mixed_bdrv_rdlock) int bdrv_getlength(void);
// AST: AnnotateAttr {{.*}} "no_co_wrapper"
MARK(no_co_wrapper) int blk_co_unref(void);
// AST: AnnotateAttr {{.*}} "no_co_wrapper_bdrv_rdlock"
MARK(no_co_wrapper_bdrv_rdlock) int bdrv_co_open(void);
// AST: AnnotateAttr {{.*}} "no_co_wrapper_bdrv_wrlock"
MARK(no_co_wrapper_bdrv_wrlock) int bdrv_co_unref(void); // expected-note {{'bdrv_co_unref' is declared 'no_co_wrapper_bdrv_wrlock' here}}

// A marker on a later declaration applies to earlier ones and their callers.
void co_later(void);
void uses_later(void) { co_later(); } // expected-warning {{non-coroutine function 'uses_later' calls 'coroutine_fn' function 'co_later'}}
MARK(coroutine_fn) void co_later(void); // expected-note {{'co_later' is declared 'coroutine_fn' here}}

void plain(void) {
  co_gnu(); // expected-warning {{calls 'coroutine_fn' function 'co_gnu'}}
  co_annotate(); // expected-warning {{calls 'coroutine_fn' function 'co_annotate'}}
  // no_co_wrapper functions are generated as coroutine_fn.
  bdrv_co_unref(); // expected-warning {{calls 'no_co_wrapper_bdrv_wrlock' function 'bdrv_co_unref'}}
  mixed();
  blocking();
  bdrv_pread();
}
