// The exported fix-its, applied, leave a unit that compiles without a
// coroutine warning: markers go into the header's prototype too.
// coroutine-caller's fix-it is a note's: clang-apply-replacements applies it,
// -Xclang -fixit (which applies the warnings' only, as in clang) does not.
// REQUIRES: clang-apply-replacements
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/unit.c && cp %S/Inputs/fixit-rewrite.h %t/
// RUN: %coro -I%S/../Inputs -fplugin-arg-coroplugin-export-fixes=%t/fixes %t/unit.c 2>/dev/null
// RUN: %apply_replacements %t/fixes
// RUN: FileCheck %s --check-prefix=UNIT --input-file=%t/unit.c
// RUN: FileCheck %s --check-prefix=HEADER --input-file=%t/fixit-rewrite.h
// RUN: %coro -Werror=coroutine -I%S/../Inputs %t/unit.c
#include "fixit-rewrite.h"

void coroutine_fn co_sleep(void);
typedef struct BdrvChild BdrvChild;
int generated_co_wrapper bdrv_pread(BdrvChild *c, int n);
int coroutine_fn bdrv_co_pread(BdrvChild *c, int n);

// UNIT: {{^}}int coroutine_fn flush_all(void *c) {
int flush_all(void *c) {
  co_sleep();
  co_sleep();
  return 0;
}

// UNIT: {{^}}static char *coroutine_fn read_block(void *c) {
static char *read_block(void *c) {
  co_sleep();
  return 0;
}

// UNIT: {{^}}int coroutine_fn reader(void *c) { return bdrv_co_pread(c, 1); }
int coroutine_fn reader(void *c) { return bdrv_pread(c, 1); }

// UNIT: {{^}}int coroutine_mixed_fn dispatch(void *c) {
int dispatch(void *c) {
  if (qemu_in_coroutine())
    return bdrv_co_pread(c, 1);
  return bdrv_pread(c, 1);
}

// HEADER: int coroutine_fn flush_all(void *c);
// HEADER: int coroutine_mixed_fn dispatch(void *c);
