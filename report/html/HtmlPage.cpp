//===- HtmlPage.cpp - the frame of every page, and the site written -------===//
#include "HtmlPage.h"
#include "HtmlReport.h"
#include "Output.h"
#include "OutputFile.h"
#include "SourceLines.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <cstring>

namespace report {
namespace html {

std::string escape(llvm::StringRef S) {
  std::string E;
  E.reserve(S.size());
  for (char C : S) {
    switch (C) {
    case '&': E += "&amp;"; break;
    case '<': E += "&lt;"; break;
    case '>': E += "&gt;"; break;
    case '"': E += "&quot;"; break;
    case '\'': E += "&#39;"; break;
    default: E += C;
    }
  }
  return E;
}

namespace {

// System fonts only: a font from the network would break the site offline.
const char Style[] = R"css(
body { font-family: sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.3em; } h2 { font-size: 1.1em; margin-top: 1.5em; }
code, pre, .mono { font-family: monospace; font-size: 12px; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: 2px 8px; border-bottom: 1px solid #ddd; vertical-align: top; }
.warning { color: #b00; } .remark { color: #555; }
.counts { display: flex; gap: 2em; flex-wrap: wrap; align-items: flex-start; }
.counts td:last-child { text-align: right; }
#filters { margin: 1em 0; display: flex; gap: 1em; flex-wrap: wrap; }
#filters label { font-size: 0.9em; }
pre.src, pre.diff { background: #f6f6f6; padding: 4px 8px; overflow-x: auto; }
pre.src .ln { color: #888; user-select: none; }
pre.src .hl { background: #ffe680; display: inline-block; min-width: 100%; }
pre.diff .add { color: #064; } pre.diff .del { color: #a00; } pre.diff .hunk { color: #666; }
.missing { background: #fee; padding: 4px 8px; }
.legend span { display: inline-block; border: 1px solid #333; padding: 0 6px; margin-right: 6px; font-size: 0.85em; }
svg a:hover path.edge { stroke-width: 3; }
:target { outline: 2px solid #48f; }
)css";

} // namespace

void pageStart(llvm::raw_ostream &OS, llvm::StringRef Title) {
  OS << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width\">\n<title>"
     << escape(Title) << "</title>\n<style>" << Style << "</style>\n</head>\n<body>\n";
}

void pageEnd(llvm::raw_ostream &OS, llvm::StringRef Script) {
  if (!Script.empty())
    OS << "<script>" << Script << "</script>\n";
  OS << "</body>\n</html>\n";
}

std::string Site::path(uint32_t File) const {
  return relativeTo(Prefix, G.F.Files[File]).str();
}

std::string Site::where(Loc L) const {
  if (!L.valid())
    return "";
  return path(L.File) + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Col);
}

} // namespace html

bool writeHtml(const Graph &G, const Results &R, const FixPlan &P,
               const std::vector<Finding> &Shown, llvm::StringRef Dir,
               bool Absolute) {
  PlanIndex Plan(G, P);
  html::Site S{G, R, Plan, {}, nullptr, Absolute ? "" : currentDirectoryPrefix()};
  for (const Finding &D : Shown) {
    if (std::strcmp(D.Kind, "completeness") == 0)
      S.Completeness = &D;
    else
      S.Rows.push_back(&D);
  }
  llvm::SmallString<256> Pages(Dir);
  llvm::sys::path::append(Pages, "findings");
  if (std::error_code EC = llvm::sys::fs::create_directories(Pages)) {
    llvm::errs() << "coroplugin-report: error: --html: cannot create '" << Pages
                 << "': " << EC.message() << "\n";
    return false;
  }
  llvm::SmallString<256> Index(Dir);
  llvm::sys::path::append(Index, "index.html");
  std::unique_ptr<llvm::raw_fd_ostream> OS = openOutput(Index);
  if (!OS)
    return false;
  html::writeIndex(S, *OS);
  // Each source file is read once, however many pages show its lines.
  html::SourceLines Src(G.F);
  for (size_t I = 0; I < S.Rows.size(); ++I) {
    llvm::SmallString<256> Page(Pages);
    llvm::sys::path::append(Page, std::to_string(I + 1) + ".html");
    std::unique_ptr<llvm::raw_fd_ostream> Out = openOutput(Page);
    if (!Out)
      return false;
    html::writeFinding(S, I, Src, *Out);
  }
  return true;
}

} // namespace report
