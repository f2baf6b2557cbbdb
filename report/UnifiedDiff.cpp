//===- UnifiedDiff.cpp ----------------------------------------------------===//
#include "UnifiedDiff.h"

#include <algorithm>
#include <string>
#include <vector>

namespace report {

namespace {

/// A line of a hunk, and the marker diff puts after a last line that has
/// no newline.
void printLine(llvm::raw_ostream &OS, char Tag, llvm::StringRef Line) {
  OS << Tag << Line;
  if (Line.empty() || Line.back() != '\n')
    OS << "\n\\ No newline at end of file\n";
}

} // namespace

void printHunks(llvm::raw_ostream &OS, llvm::StringRef Text,
                llvm::ArrayRef<TextEdit> Reps) {
  std::vector<size_t> Starts{0}; // of each line
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n' && I + 1 < Text.size())
      Starts.push_back(I + 1);
  auto LineOf = [&](size_t Offset) {
    return size_t(std::upper_bound(Starts.begin(), Starts.end(), Offset) -
                  Starts.begin() - 1);
  };
  auto Line = [&](size_t L) {
    size_t End = L + 1 < Starts.size() ? Starts[L + 1] : Text.size();
    return Text.slice(Starts[L], End);
  };
  const size_t Context = 3;
  for (size_t I = 0; I < Reps.size();) {
    // The lines of one hunk: edits whose context windows touch.
    size_t First = LineOf(Reps[I].Offset), Last = First, J = I;
    while (J < Reps.size() && LineOf(Reps[J].Offset) <= Last + 2 * Context + 1) {
      Last = LineOf(Reps[J].Offset);
      ++J;
    }
    size_t From = First > Context ? First - Context : 0;
    size_t To = std::min(Last + Context, Starts.size() - 1);
    // Edits keep the number of lines: both sides have the same range.
    OS << "@@ -" << From + 1 << "," << To - From + 1 << " +" << From + 1 << ","
       << To - From + 1 << " @@\n";
    // Changed lines in runs, the old ones first, as diff prints them.
    std::vector<std::string> Removed, Added;
    auto Flush = [&] {
      for (const std::string &L : Removed)
        printLine(OS, '-', L);
      for (const std::string &L : Added)
        printLine(OS, '+', L);
      Removed.clear();
      Added.clear();
    };
    size_t K = I;
    for (size_t L = From; L <= To; ++L) {
      llvm::StringRef Old = Line(L);
      if (K == J || LineOf(Reps[K].Offset) != L) {
        Flush();
        printLine(OS, ' ', Old);
        continue;
      }
      std::string New;
      size_t At = Starts[L];
      for (; K < J && LineOf(Reps[K].Offset) == L; ++K) {
        New += Text.slice(At, Reps[K].Offset).str() + Reps[K].Text.str();
        At = Reps[K].Offset + Reps[K].Length;
      }
      New += Text.slice(At, Starts[L] + Old.size()).str();
      Removed.push_back(Old.str());
      Added.push_back(std::move(New));
    }
    Flush();
    I = J;
  }
}

} // namespace report
