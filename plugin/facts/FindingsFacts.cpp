//===- FindingsFacts.cpp --------------------------------------------------===//
#include "FindingsFacts.h"

#include "format/FactsFormat.h"

#include "llvm/Support/JSON.h"

namespace coro {

namespace {

void key(llvm::raw_ostream &OS, llvm::StringRef K) { OS << '"' << K << "\":"; }

void string(llvm::raw_ostream &OS, llvm::StringRef S) {
  llvm::json::OStream(OS).value(S);
}

} // namespace

void writeFindings(llvm::raw_ostream &OS, const std::deque<RecordedFinding> &Findings,
                   llvm::function_ref<FactsPlace(clang::SourceLocation)> Locate) {
  OS << '[';
  const char *Sep = "";
  for (const RecordedFinding &F : Findings) {
    FactsPlace P = Locate(F.At);
    OS << Sep << '{';
    key(OS, keys::Check);
    string(OS, F.Check);
    OS << ',';
    key(OS, keys::Col);
    OS << P.Col << ',';
    key(OS, keys::File);
    OS << *P.QuotedFile << ',';
    key(OS, keys::Function);
    string(OS, F.About.Function);
    OS << ',';
    key(OS, keys::Line);
    OS << P.Line << ',';
    key(OS, keys::Message);
    string(OS, F.Message);
    OS << ',';
    key(OS, keys::Object);
    string(OS, F.About.Object);
    OS << ',';
    key(OS, keys::Shown);
    OS << (F.Shown ? "true" : "false");
    if (!F.Shown) {
      OS << ',';
      key(OS, keys::SuppressedBy);
      string(OS, F.SuppressedBy);
    }
    OS << '}';
    Sep = ",";
  }
  OS << ']';
}

} // namespace coro
