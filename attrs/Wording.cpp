//===- Wording.cpp --------------------------------------------------------===//
#include "Wording.h"

namespace coro {

namespace {

llvm::StringRef lead(Named What) {
  switch (What) {
  case Named::Function:
    return "function";
  case Named::CleanupFunction:
    return "cleanup function";
  case Named::Destructor:
    return "destructor";
  case Named::Field:
    return "field";
  case Named::Parameter:
    return "parameter";
  case Named::Variable:
    return "variable";
  case Named::PointerType:
    return "pointer of type";
  case Named::Type:
    return "type";
  case Named::Value:
    return "value";
  case Named::Cast:
    return "cast to";
  case Named::ReturnValue:
    return "the return value";
  case Named::VariadicArgument:
    return "a variadic argument";
  case Named::Element:
    return "an element";
  }
  return "";
}

} // namespace

std::string describe(Named What, llvm::StringRef Name, llvm::StringRef Owner) {
  std::string S = What == Named::PointerType && Name.empty() ? "a pointer"
                                                             : lead(What).str();
  if (!Name.empty())
    S += " " + Name.str();
  if (!Owner.empty())
    S += " of " + Owner.str();
  return S;
}

std::string quote(llvm::StringRef Name) { return "'" + Name.str() + "'"; }

std::string describeBlocking(MarkerSet Markers, llvm::StringRef QuotedName) {
  if (Markers.isWrapper())
    return "generated wrapper " + QuotedName.str();
  std::string S = describe(Named::Function, QuotedName);
  if (std::optional<Marker> Reason = Markers.noCoroutineReason())
    S = quote(markerName(*Reason)) + " " + S;
  return S;
}

} // namespace coro
