// -fplugin-arg-coroplugin-facts=DIR writes one facts file per unit
// (docs/facts-format.md); a recompile replaces it; nothing torn is left.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %coro -fplugin-arg-coroplugin-facts=%t/facts %s
// RUN: %coro -fplugin-arg-coroplugin-facts=%t/facts %S/Inputs/unit-b.c
// RUN: %coro -fplugin-arg-coroplugin-facts=%t/facts %s
// RUN: ls -A %t/facts | FileCheck %s --check-prefix=FILES --implicit-check-not=tmp
// RUN: cat %t/facts/facts-*.facts.json | python3 -m json.tool | FileCheck %s
// RUN: cat %t/facts/unit-b-*.facts.json | python3 -m json.tool | FileCheck %s --check-prefix=B
// A directory that cannot be made is an error, not a crash.
// RUN: touch %t/file
// RUN: not %coro -fplugin-arg-coroplugin-facts=%t/file/sub %s 2>&1 | FileCheck %s --check-prefix=NODIR
#include "../Inputs/qemu-markers.h"

typedef void coroutine_fn CoroutineEntry(void *opaque);
typedef struct BlockDriver {
  int coroutine_fn (*bdrv_co_flush)(void *bs);
  int (*bdrv_probe)(void *bs);
} BlockDriver;

static int helper(void) { return 1; }
int coroutine_fn drv_co_flush(void *bs);
int drv_probe(void *bs) { return helper(); }
void *qemu_coroutine_create(CoroutineEntry *entry, void *opaque);
void coroutine_fn entry(void *opaque);

static BlockDriver bdrv_x = { .bdrv_co_flush = drv_co_flush, .bdrv_probe = drv_probe };

int coroutine_mixed_fn dispatch(BlockDriver *d, void *bs) {
  if (qemu_in_coroutine())
    return d->bdrv_co_flush(bs);
  qemu_coroutine_create(entry, bs);
  return 0;
}

// FILES: facts-{{[0-9a-f]+}}.facts.json
// FILES-NEXT: unit-b-{{[0-9a-f]+}}.facts.json

// CHECK: "calls": [
// CHECK: "callee": "{{.*}}facts.c:helper",
// CHECK-NEXT: "caller": "drv_probe",
// CHECK: "callee": null,
// CHECK-NEXT: "caller": "dispatch",
// CHECK: "side": "coroutine",
// CHECK-NEXT: "via": {
// CHECK-NEXT: "kind": "field",
// CHECK-NEXT: "markers": [
// CHECK-NEXT: "coroutine_fn"
// CHECK: "name": "BlockDriver::bdrv_co_flush"
// CHECK: "callee": "qemu_coroutine_create",
// CHECK-NEXT: "caller": "dispatch",
// CHECK: "side": "ordinary",
// CHECK: "format": "coroplugin-facts",
// CHECK: "functions": [
// CHECK: "dispatch": {
// CHECK: "line": 30
// CHECK: "id": "dispatch",
// CHECK: "markers": [
// CHECK-NEXT: "coroutine_mixed_fn"
// CHECK: "stores": [
// CHECK: "function": "drv_co_flush",
// CHECK-NEXT: "in": null,
// CHECK-NEXT: "into": {
// CHECK-NEXT: "kind": "field",
// CHECK-NEXT: "markers": [
// CHECK-NEXT: "coroutine_fn"
// CHECK-NEXT: ],
// CHECK-NEXT: "name": "BlockDriver::bdrv_co_flush"
// CHECK: "function": "drv_probe",
// CHECK: "name": "BlockDriver::bdrv_probe"
// CHECK: "function": "entry",
// CHECK-NEXT: "in": "dispatch",
// CHECK: "name": "qemu_coroutine_create#0"
// CHECK: "unit": "{{.*}}facts.c",
// CHECK-NEXT: "version": 1,
// CHECK-NEXT: "wrappers": []

// B: "callee": "{{.*}}unit-b.c:helper",
// B: "wrappers": [
// B-NEXT: {
// B-NEXT: "marker": "generated_co_wrapper",
// B-NEXT: "same-type": true,
// B-NEXT: "twin": "bdrv_co_flush",
// B-NEXT: "wrapper": "bdrv_flush"

// NODIR: error: coroplugin: cannot write facts to '{{.*}}file/sub':
