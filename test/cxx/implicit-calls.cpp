// Calls that no call expression writes are calls like any other: the
// destructor run where a variable's scope ends, at the end of the
// full-expression that made a temporary, or by `delete`; a conversion
// function applied implicitly. Each is judged in the context where it runs.
// RUN: %clangxx -fsyntax-only -fplugin=%plugin -std=c++14 -Wno-unevaluated-expression -Xclang -verify %s
// RUN: %clangxx -fsyntax-only -fplugin=%plugin -std=c++17 -Wno-unevaluated-expression -Xclang -verify %s
// RUN: %clangxx -fsyntax-only -fplugin=%plugin -std=c++20 -Wno-unevaluated-expression -Xclang -verify %s
#define coroutine_fn __attribute__((coroutine_fn))
#define no_coroutine_fn __attribute__((no_coroutine_fn))
#define coroutine_mixed_fn __attribute__((coroutine_mixed_fn))
bool qemu_in_coroutine();

struct Lock {
  Lock();
  coroutine_fn ~Lock(); // expected-note 12 {{'Lock::~Lock' is declared 'coroutine_fn' here}}
};
struct Plain {
  ~Plain();
};
struct Blocking {
  no_coroutine_fn ~Blocking(); // expected-note {{'Blocking::~Blocking' is declared 'no_coroutine_fn' here}}
};
struct Handle {
  coroutine_fn operator int(); // expected-note 2 {{'Handle::operator int' is declared 'coroutine_fn' here}}
  coroutine_fn explicit operator bool(); // expected-note {{'Handle::operator bool' is declared 'coroutine_fn' here}}
};
Lock make_lock();
int take(int);

void scope_end() { // expected-note {{mark 'scope_end' 'coroutine_fn'}}
  Lock l;
  Plain p;
} // expected-warning {{non-coroutine function 'scope_end' calls 'coroutine_fn' destructor 'Lock::~Lock' of variable 'l'}}

void nested(int n) { // expected-note {{mark 'nested' 'coroutine_fn'}}
  if (n) {
    Lock inner;
  } // expected-warning {{non-coroutine function 'nested' calls 'coroutine_fn' destructor 'Lock::~Lock' of variable 'inner'}}
  for (Lock each; n; --n) {
  } // expected-warning {{calls 'coroutine_fn' destructor 'Lock::~Lock' of variable 'each'}}
  Lock many[2];
} // expected-warning {{calls 'coroutine_fn' destructor 'Lock::~Lock' of variable 'many'}}

void temporaries() { // expected-note {{mark 'temporaries' 'coroutine_fn'}}
  make_lock(); // expected-warning {{non-coroutine function 'temporaries' calls 'coroutine_fn' destructor 'Lock::~Lock' of a temporary}}
  const Lock &kept = make_lock();
} // expected-warning {{calls 'coroutine_fn' destructor 'Lock::~Lock' of variable 'kept'}}

void deletes(Lock *l, Plain *p) { // expected-note {{mark 'deletes' 'coroutine_fn'}}
  delete l; // expected-warning {{non-coroutine function 'deletes' calls 'coroutine_fn' destructor 'Lock::~Lock' of the deleted object}}
  delete p;
  delete[] l; // expected-warning {{calls 'coroutine_fn' destructor 'Lock::~Lock' of the deleted object}}
}

struct Base {
  virtual coroutine_fn ~Base(); // expected-note {{'Base::~Base' is declared 'coroutine_fn' here}}
};
void delete_virtual(Base *b) { // expected-note {{mark 'delete_virtual' 'coroutine_fn'}}
  delete b; // expected-warning {{calls 'coroutine_fn' destructor 'Base::~Base' of the deleted object}}
}

void explicit_call(Lock &l) { // expected-note {{mark 'explicit_call' 'coroutine_fn'}}
  l.~Lock(); // expected-warning {{non-coroutine function 'explicit_call' calls 'coroutine_fn' destructor 'Lock::~Lock'}}
}

void conversions(Handle h) { // expected-note {{mark 'conversions' 'coroutine_fn'}}
  int n = h; // expected-warning {{non-coroutine function 'conversions' calls 'coroutine_fn' function 'Handle::operator int'}}
  take(h); // expected-warning {{calls 'coroutine_fn' function 'Handle::operator int'}}
  if (h) { // expected-warning {{calls 'coroutine_fn' function 'Handle::operator bool'}}
  }
  (void)n;
}

// Where the destructor runs in coroutine context, it may be coroutine_fn.
coroutine_fn void in_coroutine(Lock *l, Handle h) {
  Lock mine;
  make_lock();
  delete l;
  int n = h;
  (void)n;
  Blocking b;
} // expected-warning {{'coroutine_fn' function 'in_coroutine' calls 'no_coroutine_fn' destructor 'Blocking::~Blocking' of variable 'b', which must not run in coroutine context}}

// The context a test of qemu_in_coroutine() gives: the destructors of a
// scope run where that scope ends.
coroutine_mixed_fn void dispatch() {
  if (qemu_in_coroutine()) {
    Lock l;
    make_lock();
  } else {
    Lock l;
  } // expected-warning {{function 'dispatch' calls 'coroutine_fn' destructor 'Lock::~Lock' of variable 'l' where qemu_in_coroutine() is false}}
}

coroutine_mixed_fn void early_exit() {
  if (!qemu_in_coroutine())
    return;
  Lock l;
}

// Nothing runs here, or not in this function.
struct Holder {
  Lock *l;
};
Lock global_lock;
void not_run(Lock *l) {
  static Lock once;
  (void)sizeof(make_lock());
  decltype(make_lock()) *p = nullptr;
  (void)noexcept(delete l);
  Lock *fresh = new Lock;
  Holder h{fresh};
  (void)p;
  (void)h;
}
Lock returned() {
  Lock l;
  return l;
}

// Instantiations, lambdas and class templates.
template <typename T> void destroy_in_template() { // expected-note {{mark 'destroy_in_template<Lock>' 'coroutine_fn'}}
  T t;
} // expected-warning {{non-coroutine function 'destroy_in_template<Lock>' calls 'coroutine_fn' destructor 'Lock::~Lock' of variable 't'}}
template void destroy_in_template<Lock>();
template void destroy_in_template<Plain>();

template <typename T> struct Box {
  coroutine_fn ~Box(); // expected-note {{'Box<int>::~Box' is declared 'coroutine_fn' here}}
};
void box() { // expected-note {{mark 'box' 'coroutine_fn'}}
  Box<int> b;
} // expected-warning {{calls 'coroutine_fn' destructor 'Box<int>::~Box' of variable 'b'}}

coroutine_fn void with_lambda() {
  Lock here;
  auto later = [] {
    Lock there;
  }; // expected-warning {{lambda calls 'coroutine_fn' destructor 'Lock::~Lock' of variable 'there'}}
  later();
}
