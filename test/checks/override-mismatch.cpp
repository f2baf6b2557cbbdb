// An override keeps the context markers of the function it overrides.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,override-mismatch -Xclang -verify %s
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,override-mismatch -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
#define coroutine_fn [[qemu::coroutine_fn]]

struct Driver {
  coroutine_fn virtual int co_flush(); // expected-note {{'Driver::co_flush' is declared 'coroutine_fn' here}}
  virtual int probe(); // expected-note {{overridden function 'Driver::probe' is declared here}}
  coroutine_fn virtual int co_read();
  virtual ~Driver();
};

struct File : Driver {
  // CHECK: fix-it:"{{.*}}override-mismatch.cpp":{[[@LINE+1]]:6-[[@LINE+1]]:6}:" coroutine_fn"
  int co_flush() override; // expected-warning {{overriding function 'File::co_flush' is missing 'coroutine_fn' from the function it overrides}}
  coroutine_fn int probe() override; // expected-warning {{overriding function 'File::probe' adds 'coroutine_fn', which the function it overrides lacks}}
  coroutine_fn int co_read() override;
};
