//===- HtmlReport.h - --html=DIR: the findings as a static site -----------===//
//
// scan-build and CodeChecker are read in a browser because a path is
// something to look at: DIR/index.html lists the findings printed, with
// counts and filters, and DIR/findings/N.html shows one with its source
// lines, its chain drawn as SVG and its fix or decision. Every page is one
// self-contained file (inline style and script, no fonts, no network), so
// the directory can be archived by a CI job and opened anywhere.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_HTML_HTMLREPORT_H
#define COROPLUGIN_REPORT_HTML_HTMLREPORT_H

#include "FixPlan.h"

#include "llvm/ADT/StringRef.h"

#include <vector>

namespace report {

/// Writes Shown (the findings printed, the completeness line last) into Dir,
/// which is created; paths relative to the current directory unless
/// Absolute. False (and says why) when a file cannot be written.
bool writeHtml(const Graph &G, const Results &R, const FixPlan &P,
               const std::vector<Finding> &Shown, llvm::StringRef Dir,
               bool Absolute);

} // namespace report

#endif
