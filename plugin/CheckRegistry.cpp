//===- CheckRegistry.cpp --------------------------------------------------===//
#include "CheckRegistry.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

namespace coro {
namespace {

constexpr CheckInfo Registry[] = {
#define CHECK(Class, Name, Default, Summary) {Name, Default, Summary, make##Class},
#include "format/Checks.def"
};

constexpr bool sameName(const char *A, const char *B) {
  while (*A && *A == *B)
    ++A, ++B;
  return *A == *B;
}

constexpr bool namesAreUnique() {
  constexpr size_t N = sizeof(Registry) / sizeof(Registry[0]);
  for (size_t I = 0; I < N; ++I)
    for (size_t J = I + 1; J < N; ++J)
      if (sameName(Registry[I].Name, Registry[J].Name))
        return false;
  return true;
}
static_assert(namesAreUnique(), "two checks share a name in Checks.def");

/// `*` matches any run of characters; nothing else is special.
bool globMatches(llvm::StringRef Glob, llvm::StringRef Name) {
  size_t Star = Glob.find('*');
  if (Star == llvm::StringRef::npos)
    return Glob == Name;
  llvm::StringRef Head = Glob.take_front(Star);
  if (!Name.consume_front(Head))
    return false;
  llvm::StringRef Rest = Glob.drop_front(Star + 1);
  for (size_t I = 0; I <= Name.size(); ++I)
    if (globMatches(Rest, Name.drop_front(I)))
      return true;
  return false;
}

} // namespace

llvm::ArrayRef<CheckInfo> allChecks() { return Registry; }

bool selectChecks(llvm::ArrayRef<std::string> Lists, std::vector<bool> &Enabled,
                  std::string &Error, bool FromDefaults) {
  Enabled.clear();
  for (const CheckInfo &C : Registry)
    Enabled.push_back(FromDefaults && C.EnabledByDefault);
  for (const std::string &List : Lists) {
    llvm::SmallVector<llvm::StringRef, 8> Globs;
    llvm::StringRef(List).split(Globs, ',', -1, /*KeepEmpty=*/false);
    for (llvm::StringRef Glob : Globs) {
      Glob = Glob.trim();
      bool On = !Glob.consume_front("-");
      bool Matched = false;
      for (size_t I = 0; I < Enabled.size(); ++I)
        if (globMatches(Glob, Registry[I].Name)) {
          Enabled[I] = On;
          Matched = true;
        }
      if (!Matched && !Glob.contains('*')) {
        Error = "unknown check '" + Glob.str() + "'";
        return false;
      }
    }
  }
  return true;
}

} // namespace coro
