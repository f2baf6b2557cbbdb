// C++ that the plugin may meet: members, constructors, templates, lambdas.
// RUN: %clangxx -fsyntax-only -fplugin=%plugin -fblocks -std=c++17 -Xclang -verify %s
#define coroutine_fn [[qemu::coroutine_fn]]

coroutine_fn void co_sleep(); // expected-note 4 {{'co_sleep' is declared 'coroutine_fn' here}}

struct Job {
  coroutine_fn void run(); // expected-note {{'Job::run' is declared 'coroutine_fn' here}}
  coroutine_fn Job(int); // expected-note {{'Job::Job' is declared 'coroutine_fn' here}}
  Job();
  void start() { run(); } // expected-warning {{non-coroutine function 'Job::start' calls 'coroutine_fn' function 'Job::run'}} expected-note {{mark 'Job::start' 'coroutine_fn'}}
};

void make() { Job j(1); } // expected-warning {{non-coroutine function 'make' calls 'coroutine_fn' function 'Job::Job'}} expected-note {{mark 'make' 'coroutine_fn'}}

Job::Job() { co_sleep(); } // expected-warning {{non-coroutine function 'Job::Job' calls 'coroutine_fn' function 'co_sleep'}}

// Instantiations are checked; the dependent pattern is not.
template <typename T> void call(T f) { f(); }
template <typename T> void sleep_via() { T::go(); } // expected-warning {{non-coroutine function 'sleep_via<Sleeper>' calls 'coroutine_fn' function 'Sleeper::go'}} expected-note {{mark 'sleep_via<Sleeper>' 'coroutine_fn'}}
struct Sleeper { coroutine_fn static void go(); }; // expected-note 2 {{'Sleeper::go' is declared 'coroutine_fn' here}}
void use_templates() {
  sleep_via<Sleeper>();
}
// Reported once, in the instantiation.
template <typename T> void sleep_via_pattern() { T::go(); co_sleep(); } // expected-warning {{non-coroutine function 'sleep_via_pattern<Sleeper>' calls 'coroutine_fn' function 'co_sleep'}} expected-note {{mark 'sleep_via_pattern<Sleeper>' 'coroutine_fn'}}
// expected-warning@-1 {{non-coroutine function 'sleep_via_pattern<Sleeper>' calls 'coroutine_fn' function 'Sleeper::go'}}
template void sleep_via_pattern<Sleeper>();

// A lambda body is a function of its own, wherever it is written.
coroutine_fn void co_outer() {
  co_sleep();
  auto later = [] { co_sleep(); }; // expected-warning {{lambda calls 'coroutine_fn' function 'co_sleep'}}
  later();
  auto generic = [](auto x) { co_sleep(); return x; }; // expected-warning {{lambda calls 'coroutine_fn' function 'co_sleep'}}
  generic(1);
}

// Unevaluated operands.
void unevaluated() {
  decltype(co_sleep()) *p = nullptr;
  (void)noexcept(co_sleep());
  (void)sizeof(co_sleep(), 1);
  (void)p;
}

coroutine_fn void co_ok() {
  Job j(1);
  j.run();
}
