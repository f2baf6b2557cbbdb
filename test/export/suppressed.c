// Only the warnings a compile shows are exported: none under -w or
// -Wno-coroutine, none of a disabled check, none in a region where a pragma
// ignores -Wcoroutine, none in a system header. The file is written all the
// same, with no diagnostics, so that it replaces the one of an earlier compile.
// RUN: rm -rf %t
// RUN: %coro -I%S/../Inputs -isystem %S/Inputs/system -fplugin-arg-coroplugin-export-fixes=%t/shown %s 2>/dev/null
// RUN: cat %t/shown/suppressed-*.yaml | FileCheck %s --check-prefix=SHOWN "--implicit-check-not=DiagnosticName:"
// RUN: %coro -I%S/../Inputs -isystem %S/Inputs/system -fplugin-arg-coroplugin-export-fixes=%t/w -w %s
// RUN: cat %t/w/suppressed-*.yaml | FileCheck %s --check-prefix=NONE
// RUN: %coro -I%S/../Inputs -isystem %S/Inputs/system -fplugin-arg-coroplugin-export-fixes=%t/no -Wno-coroutine %s
// RUN: cat %t/no/suppressed-*.yaml | FileCheck %s --check-prefix=NONE
// RUN: %coro -I%S/../Inputs -isystem %S/Inputs/system -fplugin-arg-coroplugin-export-fixes=%t/off -fplugin-arg-coroplugin-checks=-coroutine-caller %s
// RUN: cat %t/off/suppressed-*.yaml | FileCheck %s --check-prefix=NONE
// Shown, the system header's warning is exported too.
// RUN: %coro -I%S/../Inputs -isystem %S/Inputs/system -fplugin-arg-coroplugin-export-fixes=%t/sys -Wsystem-headers %s 2>/dev/null
// RUN: cat %t/sys/suppressed-*.yaml | FileCheck %s --check-prefix=SYS
// A recompile replaces the unit's file: after -w, the directory of the first
// compile holds one file with no diagnostics.
// RUN: %coro -I%S/../Inputs -isystem %S/Inputs/system -fplugin-arg-coroplugin-export-fixes=%t/shown -w %s
// RUN: ls %t/shown | count 1
// RUN: cat %t/shown/suppressed-*.yaml | FileCheck %s --check-prefix=NONE
#include "qemu-markers.h"
#include <sys-wait.h>

#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wcoroutine"
int quiet(void) { co_sleep(); return 0; }
#pragma clang diagnostic pop

// SHOWN:      DiagnosticName: coroutine-caller
// SHOWN-NEXT: DiagnosticMessage:
// SHOWN-NEXT:   Message: 'non-coroutine function ''loud'' calls ''coroutine_fn'' function ''co_sleep'''
int loud(void) { co_sleep(); return sys_wait(); }

// SYS-DAG: Message: 'non-coroutine function ''sys_wait''
// SYS-DAG: Message: 'non-coroutine function ''loud''

// NONE:      {{^}}MainSourceFile: '{{.*}}suppressed.c'
// NONE-NEXT: {{^}}Diagnostics: []
// NONE-NEXT: {{^}}...
