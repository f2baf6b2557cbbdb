// Finding (mutate.py on the ASan/UBSan build, clang 14; gen.py program 7011,
// line-delete + token-insert). Zero-patch markers on, a declaration recovered
// from a broken parameter list: MacroIndex::markersIn (from attachToDeclarator,
// from Consumer::HandleTopLevelDecl) calls Markers.find(File) with the FileID of
// an invalid SourceLocation, i.e. FileID(), which is DenseMap's empty key:
//   DenseMap.h:623: Assertion `!KeyInfoT::isEqual(Val, EmptyKey) && ... "Empty/
//   Tombstone value shouldn't be inserted into map!"' failed.
// Release builds (no assertions) pass that key on: find() may then "find" an
// empty bucket and read its garbage vector (undefined behaviour). Plain clang
// reports the syntax errors and exits 1.
// Expected: clang's own errors, exit status 1, no crash.
// Seen: crash (abort, "PLEASE submit a bug report") on the assertion-enabled
//   sanitizer build; the RelWithDebInfo builds for clang 14 and 22 happen to survive.
// Suggested fix: return early from markersIn() (and trailingMarkers()) when a
//   location is invalid or its FileID is invalid.
// RUN: not %coro %s 2>&1 | FileCheck %s
// CHECK: error: expected parameter declarator
// CHECK-NOT: PLEASE submit a bug report
#define coroutine_fn
int f(int a);
coroutine_fn int f( " int a) {
  int (*lp)(int) = 0;
