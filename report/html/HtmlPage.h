//===- HtmlPage.h - what the pages of --html share ------------------------===//
#ifndef COROPLUGIN_REPORT_HTML_HTMLPAGE_H
#define COROPLUGIN_REPORT_HTML_HTMLPAGE_H

#include "PlanIndex.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace report {
namespace html {

/// S with &, <, >, " and ' escaped: for text and attribute values alike,
/// since names, messages, paths and source lines may hold any of them.
std::string escape(llvm::StringRef S);

/// The document up to <body>, the style inline.
void pageStart(llvm::raw_ostream &OS, llvm::StringRef Title);
/// Script (inline, may be empty), then the end of the document.
void pageEnd(llvm::raw_ostream &OS, llvm::StringRef Script = "");

/// What every page reads.
struct Site {
  const Graph &G;
  const Results &R;
  const PlanIndex &Plan;
  /// The findings that get a row and a page (not the completeness line).
  std::vector<const Finding *> Rows;
  const Finding *Completeness = nullptr;
  /// Taken off the paths shown: the current directory, or empty.
  std::string Prefix;

  std::string path(uint32_t File) const;
  /// "block/io.c:120:5", or "" for no location.
  std::string where(Loc L) const;
  /// The group of the text output's tag: "coroutine-report" for the
  /// report's findings, "-Wcoroutine" for the compile's.
  static const char *check(const Finding &D) {
    return D.Compile ? "-Wcoroutine" : "coroutine-report";
  }
  static const char *severity(const Finding &D) {
    return D.Sev == Severity::Warning ? "warning" : "remark";
  }
};

/// DIR/index.html (HtmlIndex.cpp).
void writeIndex(const Site &S, llvm::raw_ostream &OS);
class SourceLines;
/// DIR/findings/<I + 1>.html (HtmlFinding.cpp).
void writeFinding(const Site &S, size_t I, SourceLines &Src, llvm::raw_ostream &OS);

} // namespace html
} // namespace report

#endif
