//===- Output.cpp - the findings sorted, and as compiler-style text -------===//
#include "Output.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace report {

void sortFindings(const Facts &F, std::vector<Finding> &Findings) {
  // The compile's findings say what they are about in their data (one the
  // compile did not show has no message): two at one place can differ.
  static const std::string NoName;
  auto Subject = [&](const Finding &D) {
    const auto *C = std::get_if<CompileData>(&D.Data);
    if (!C)
      return std::make_tuple(std::cref(NoName), std::cref(NoName), std::cref(NoName));
    const CompileFinding &CF = F.CompileFindings[C->Index];
    return std::make_tuple(std::cref(CF.Check), std::cref(CF.Function),
                           std::cref(CF.Object));
  };
  auto Key = [&](const Finding &D) {
    const std::string &File = D.At.valid() ? F.Files[D.At.File] : D.SortKey;
    return std::make_tuple(D.Item, D.Compile, std::cref(D.SortKey), !D.At.valid(),
                           std::cref(File), D.At.Line, D.At.Col,
                           std::cref(D.Message), Subject(D));
  };
  std::stable_sort(Findings.begin(), Findings.end(),
                   [&](const Finding &A, const Finding &B) { return Key(A) < Key(B); });
  // A static inline function of a header is one function per unit that
  // includes it: say what they share once.
  auto Same = [&](const Finding &A, const Finding &B) {
    return A.Item == B.Item && A.Compile == B.Compile && A.At.File == B.At.File &&
           A.At.Line == B.At.Line && A.At.Col == B.At.Col &&
           A.Message == B.Message && Subject(A) == Subject(B);
  };
  Findings.erase(std::unique(Findings.begin(), Findings.end(), Same), Findings.end());
  // Those copies can also differ: coroutine code reaches one unit's copy
  // and not another's. The code is the same, so the warning stands for all.
  std::set<std::tuple<unsigned, uint32_t, uint32_t, uint32_t>> Warned;
  for (const Finding &D : Findings)
    if (D.Sev == Severity::Warning && D.At.valid() && !D.Compile)
      Warned.insert({D.Item, D.At.File, D.At.Line, D.At.Col});
  Findings.erase(std::remove_if(Findings.begin(), Findings.end(),
                                [&](const Finding &D) {
                                  return D.Sev == Severity::Remark &&
                                         Warned.count({D.Item, D.At.File,
                                                       D.At.Line, D.At.Col});
                                }),
                 Findings.end());
}

std::string currentDirectoryPrefix() {
  llvm::SmallString<256> Cwd;
  if (llvm::sys::fs::current_path(Cwd) || Cwd.empty())
    return {};
  std::string Prefix(Cwd.str());
  if (Prefix.back() != '/')
    Prefix += '/';
  return Prefix;
}

llvm::StringRef relativeTo(llvm::StringRef Prefix, llvm::StringRef File) {
  if (!Prefix.empty() && File.size() > Prefix.size() &&
      File.substr(0, Prefix.size()) == Prefix)
    return File.substr(Prefix.size());
  return File;
}

std::string percentEncode(llvm::StringRef S) {
  std::string Out;
  for (unsigned char C : S) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C)) {
      Out += C;
      continue;
    }
    const char *Hex = "0123456789ABCDEF";
    Out += '%';
    Out += Hex[C >> 4];
    Out += Hex[C & 15];
  }
  return Out;
}

namespace {

class Paths {
public:
  Paths(const Facts &F, bool Absolute)
      : F(F), Prefix(Absolute ? std::string() : currentDirectoryPrefix()) {}
  void print(llvm::raw_ostream &OS, Loc L) const {
    if (!L.valid())
      return;
    OS << relativeTo(Prefix, F.Files[L.File]) << ':' << L.Line << ':' << L.Col
       << ": ";
  }

private:
  const Facts &F;
  std::string Prefix;
};

} // namespace

void printText(const Facts &F, const std::vector<Finding> &Findings,
               llvm::raw_ostream &OS, bool Absolute) {
  Paths P(F, Absolute);
  for (const Finding &D : Findings) {
    P.print(OS, D.At);
    OS << (D.Sev == Severity::Warning ? "warning: " : "remark: ") << D.Message
       << (D.Compile ? " [-Wcoroutine," : " [coroutine-report,") << D.Kind << "]\n";
    for (const Note &N : D.Notes) {
      P.print(OS, N.At);
      OS << "note: " << N.Message << "\n";
    }
  }
}

} // namespace report
