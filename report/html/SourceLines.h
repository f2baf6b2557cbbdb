//===- SourceLines.h - the lines of the tree a finding page shows ---------===//
#ifndef COROPLUGIN_REPORT_HTML_SOURCELINES_H
#define COROPLUGIN_REPORT_HTML_SOURCELINES_H

#include "Facts.h"

#include "llvm/Support/MemoryBuffer.h"

#include <memory>
#include <optional>
#include <vector>

namespace report {
namespace html {

/// The files of Facts::Files, each read from the tree at most once.
class SourceLines {
public:
  explicit SourceLines(const Facts &F) : F(F), Files(F.Files.size()) {}

  /// The file's text; none when it is gone (a report read on another
  /// machine, a generated file cleaned away).
  std::optional<llvm::StringRef> text(uint32_t File);
  /// The lines around L as <pre class="src">, L's line highlighted and
  /// numbered as the file is; a placeholder saying why when the file or the
  /// line is not there. Shown is the path the page shows.
  void excerpt(llvm::raw_ostream &OS, Loc L, llvm::StringRef Shown);

private:
  struct File {
    bool Read = false;
    std::unique_ptr<llvm::MemoryBuffer> Buffer;
    std::vector<size_t> Starts; // of each line
  };
  File &load(uint32_t Index);

  const Facts &F;
  std::vector<File> Files;
};

} // namespace html
} // namespace report

#endif
