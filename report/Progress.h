//===- Progress.h - one progress line on stderr for long runs -------------===//
//
// A person waiting at a terminal sees what the report is doing (units read,
// the analysis running) once a run has taken a second; a short run, or one
// whose stderr is a file or a pipe, prints nothing. The line is rewritten in
// place and erased at the end, so it never mixes with the output.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_PROGRESS_H
#define COROPLUGIN_REPORT_PROGRESS_H

#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <string>

namespace report {

class Progress {
public:
  Progress() : Enabled(llvm::errs().is_displayed()) {}
  ~Progress() { done(); }

  void units(size_t Read, size_t Total) {
    show("read " + std::to_string(Read) + " of " + std::to_string(Total) +
             " units",
         Read == Total);
  }
  void analysis(const char *What) { show(std::string("analyses: ") + What, true); }
  /// Erases the line: before the output, or an error.
  void done() {
    if (Printed)
      llvm::errs() << "\r\033[K";
    llvm::errs().flush();
    Printed = false;
  }

private:
  using Clock = std::chrono::steady_clock;
  void show(const std::string &Text, bool Now) {
    if (!Enabled)
      return;
    auto T = Clock::now();
    if (T - Start < std::chrono::seconds(1) ||
        (!Now && T - Last < std::chrono::milliseconds(100)))
      return;
    Last = T;
    llvm::errs() << "\rcoroplugin-report: " << Text << "\033[K";
    llvm::errs().flush();
    Printed = true;
  }

  bool Enabled, Printed = false;
  Clock::time_point Start = Clock::now(), Last;
};

} // namespace report

#endif
