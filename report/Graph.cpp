//===- Graph.cpp ----------------------------------------------------------===//
#include "Graph.h"

#include "format/FunctionId.h"

namespace report {

Graph::Graph(const Facts &Fx) : F(Fx) {
  size_t NF = F.Functions.size();
  CallsTo.build(NF, F.Calls.size(), [&](size_t I) { return F.Calls[I].Callee; });
  CallsFrom.build(NF, F.Calls.size(), [&](size_t I) { return F.Calls[I].Caller; });
  StoresOf.build(NF, F.Stores.size(), [&](size_t I) { return F.Stores[I].Fn; });
  CallsVia.build(F.Targets.size(), F.Calls.size(),
                 [&](size_t I) { return F.Calls[I].Via; });
  StoresInto.build(F.Targets.size(), F.Stores.size(),
                   [&](size_t I) { return F.Stores[I].Into; });
  Ordinary.resize(NF);
  for (size_t Fn = 0; Fn < NF; ++Fn)
    Ordinary[Fn] = F.Functions[Fn].Marks.isOrdinary();
}

MarkerSet Graph::calleeMarks(const Call &C) const {
  if (C.Callee != None)
    return fn(C.Callee).Marks;
  if (C.Via != None)
    return target(C.Via).Marks;
  return MarkerSet();
}

bool Graph::inMarkedCoroutineCode(const Call &C) const {
  return coro::contextOf(C.S, fn(C.Caller).Marks) == coro::Context::Coroutine;
}

uint32_t Graph::twinOf(uint32_t Fn) const {
  if (F.TwinOf[Fn] != None)
    return F.TwinOf[Fn];
  const Function &W = fn(Fn);
  if (W.Static)
    return None;
  std::string Twin = coro::coroutineTwinName(W.Id);
  return Twin.empty() ? None : F.findExternal(Twin);
}

std::string Graph::describeTarget(uint32_t T) const {
  using coro::describe, coro::quote, coro::Named;
  const Target &X = target(T);
  if (X.Kind == kinds::Parameter) {
    coro::OwnedName Param = coro::splitOwnedName(X.Name);
    return describe(Named::Parameter, "#" + Param.Part.str(), quote(Param.Function));
  }
  if (X.Kind == kinds::Variable) {
    coro::OwnedName Var = coro::splitOwnedName(X.Name);
    if (Var.Part.empty())
      return describe(Named::Variable, quote(Var.Function));
    return describe(Named::Variable, quote(Var.Part), quote(Var.Function));
  }
  if (X.Kind == kinds::Field)
    return describe(Named::Field, quote(X.Name));
  std::string Type = describe(Named::Type, quote(X.Name));
  if (X.Kind == kinds::Return)
    return describe(Named::ReturnValue, "", Type);
  if (X.Kind == kinds::Variadic)
    return describe(Named::VariadicArgument, "", Type);
  if (X.Kind == kinds::Cast)
    return describe(Named::Cast, quote(X.Name));
  return describe(Named::PointerType, quote(X.Name));
}

std::string Graph::describeCallee(const Call &C) const {
  if (C.Callee != None)
    return coro::describe(coro::Named::Function, quote(C.Callee));
  if (C.Via != None)
    return describeTarget(C.Via);
  return coro::describe(coro::Named::PointerType, "");
}

} // namespace report
