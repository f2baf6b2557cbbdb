// Each form of condition that tests the context refines it on its true and
// false edges: a call is judged in the context the dataflow gives it. These
// functions have no marker: where no test decides, they are ordinary code.
// RUN: %coro -fplugin-arg-coroplugin-checks=-*,coroutine-caller,no-coroutine-call -Xclang -verify -Xclang -verify-ignore-unexpected=note %s
#include "../Inputs/qemu-markers.h"
#include "../Inputs/fake-glib.h"

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define true 1
void coroutine_fn co_sleep(void);
void no_coroutine_fn aio_wait(void);
int flag(void);

void plain(void) {
  if (qemu_in_coroutine()) {
    co_sleep();
    aio_wait(); // expected-warning {{function 'plain' calls 'no_coroutine_fn' function 'aio_wait' where qemu_in_coroutine() is true}}
  } else {
    aio_wait();
    co_sleep(); // expected-warning {{function 'plain' calls 'coroutine_fn' function 'co_sleep' where qemu_in_coroutine() is false}}
  }
  co_sleep(); // expected-warning {{non-coroutine function 'plain' calls 'coroutine_fn' function 'co_sleep'}}
}

void negated(void) {
  if (!qemu_in_coroutine())
    co_sleep(); // expected-warning {{where qemu_in_coroutine() is false}}
  else
    co_sleep();
}

void and_chain(void) {
  if (flag() && qemu_in_coroutine() && flag())
    co_sleep();
  else
    co_sleep(); // expected-warning {{non-coroutine function 'and_chain' calls 'coroutine_fn' function 'co_sleep'}}
}

void or_chain(void) {
  if (!qemu_in_coroutine() || flag())
    co_sleep(); // expected-warning {{non-coroutine function 'or_chain' calls 'coroutine_fn' function 'co_sleep'}}
  else
    co_sleep();
}

// The right operand of && runs where the left one is true.
void short_circuit(void) {
  (void)(qemu_in_coroutine() && (co_sleep(), 1));
  (void)(qemu_in_coroutine() || (co_sleep(), 1)); // expected-warning {{where qemu_in_coroutine() is false}}
}

void nested_not(void) {
  if (!(flag() && qemu_in_coroutine()))
    co_sleep(); // expected-warning {{non-coroutine function 'nested_not' calls 'coroutine_fn' function 'co_sleep'}}
  else
    co_sleep();
}

void compared_to_constants(void) {
  if (qemu_in_coroutine() == 0)
    co_sleep(); // expected-warning {{where qemu_in_coroutine() is false}}
  if (qemu_in_coroutine() != 0)
    co_sleep();
  if (qemu_in_coroutine() == true)
    co_sleep();
  if (1 != qemu_in_coroutine())
    co_sleep(); // expected-warning {{where qemu_in_coroutine() is false}}
}

// Against an expression, neither edge decides the context.
void compared_to_expression(int coroutine_cmd) {
  if (!!(coroutine_cmd) == qemu_in_coroutine())
    co_sleep(); // expected-warning {{non-coroutine function 'compared_to_expression' calls 'coroutine_fn' function 'co_sleep'}}
  else
    co_sleep(); // expected-warning {{non-coroutine function 'compared_to_expression' calls 'coroutine_fn' function 'co_sleep'}}
}

void conditional(void) {
  qemu_in_coroutine() ? co_sleep() : aio_wait();
  qemu_in_coroutine() ? aio_wait() : co_sleep(); // expected-warning {{where qemu_in_coroutine() is true}} expected-warning {{where qemu_in_coroutine() is false}}
  if (flag() ? qemu_in_coroutine() : 0)
    co_sleep(); // expected-warning {{non-coroutine function 'conditional' calls 'coroutine_fn' function 'co_sleep'}}
}

void expected(void) {
  if (likely(qemu_in_coroutine()))
    co_sleep();
  if (unlikely(!qemu_in_coroutine()))
    co_sleep(); // expected-warning {{where qemu_in_coroutine() is false}}
  if (G_LIKELY(qemu_in_coroutine()))
    co_sleep();
  else
    co_sleep(); // expected-warning {{where qemu_in_coroutine() is false}}
}

void local_flag(void) {
  int in_co = qemu_in_coroutine();
  _Bool outside = !qemu_in_coroutine();
  if (in_co)
    co_sleep();
  if (outside)
    co_sleep(); // expected-warning {{where qemu_in_coroutine() is false}}
  while (!in_co) {
    co_sleep(); // expected-warning {{where qemu_in_coroutine() is false}}
    aio_wait();
  }
}

// A local that changes does not hold the test.
void changed_flag(void) {
  int in_co = qemu_in_coroutine();
  if (flag())
    in_co = 0;
  if (in_co)
    co_sleep(); // expected-warning {{non-coroutine function 'changed_flag' calls 'coroutine_fn' function 'co_sleep'}}
  int *p, other = qemu_in_coroutine();
  p = &other;
  (void)p;
  if (other)
    co_sleep(); // expected-warning {{non-coroutine function 'changed_flag' calls 'coroutine_fn' function 'co_sleep'}}
}

// Other conditions say nothing; a second test is read as written, also where
// an earlier one decided.
void unrelated(int x) {
  if (x)
    co_sleep(); // expected-warning {{non-coroutine function 'unrelated' calls 'coroutine_fn' function 'co_sleep'}}
  if (qemu_in_coroutine()) {
    if (!qemu_in_coroutine())
      aio_wait();
    co_sleep();
  }
}
