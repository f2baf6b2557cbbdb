//===- ChainSvg.h - a finding's chain drawn as SVG ------------------------===//
#ifndef COROPLUGIN_REPORT_HTML_CHAINSVG_H
#define COROPLUGIN_REPORT_HTML_CHAINSVG_H

#include "ChainGraph.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace report {
namespace html {

/// C as an inline <svg>: callers above what they call, a pointer above the
/// functions stored in it; each node filled by its marker (nodeStyle()),
/// each call or store a line that links to Anchor(its location) (an
/// "#id" on the page, or "" for none) with Where(its location) as its
/// tooltip. Nothing when C has no node.
void chainSvg(llvm::raw_ostream &OS, const Graph &G, const Results &R,
              const ChainGraph &C, llvm::function_ref<std::string(Loc)> Anchor,
              llvm::function_ref<std::string(Loc)> Where);

} // namespace html
} // namespace report

#endif
