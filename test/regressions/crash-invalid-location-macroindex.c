// Found by mutate.py on the ASan/UBSan build: with marker macros on, clang
// recovers from a broken parameter list with a declaration whose location is
// invalid, and MacroIndex must not look up markers there (FileID() is
// DenseMap's empty key: an assertion with LLVM assertions enabled, undefined
// behaviour without). Pins clang's own error, exit status 1, and no crash.
// RUN: not %coro %s 2>&1 | FileCheck %s
// CHECK: error: expected parameter declarator
// CHECK-NOT: PLEASE submit a bug report
#define coroutine_fn
int f(int a);
coroutine_fn int f( " int a) {
  int (*lp)(int) = 0;
