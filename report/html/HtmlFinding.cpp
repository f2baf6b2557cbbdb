//===- HtmlFinding.cpp - DIR/findings/N.html: one finding -----------------===//
//
// What a person needs to act on one finding without the terminal: the
// message and notes, the chain drawn, the fix --patch would apply (or why
// the fixes leave it out), and the source lines of every place named, each
// a link target of the notes and of the picture's edges.
//
//===----------------------------------------------------------------------===//
#include "ChainSvg.h"
#include "FindingKey.h"
#include "HtmlPage.h"
#include "SourceLines.h"
#include "UnifiedDiff.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace report {
namespace html {

namespace {

/// The places a page names, each shown once, by file and line.
class Places {
public:
  std::string anchor(Loc L) {
    if (!L.valid())
      return "";
    auto [It, New] = Ids.insert({{L.File, L.Line}, Ids.size()});
    if (New)
      Order.push_back(L);
    return "#L" + std::to_string(It->second);
  }
  std::vector<Loc> Order;

private:
  std::map<std::pair<uint32_t, uint32_t>, size_t> Ids;
};

/// P's fix of the finding's function, as the hunks --patch writes.
void fixHunks(llvm::raw_ostream &OS, const Site &S, const Fix &X, SourceLines &Src) {
  std::map<uint32_t, std::vector<TextEdit>> ByFile;
  for (const Edit &E : X.Edits)
    ByFile[E.At.File].push_back({E.At.Offset, E.At.Length, E.Text});
  for (auto &[File, Edits] : ByFile) {
    std::sort(Edits.begin(), Edits.end(), [](const TextEdit &A, const TextEdit &B) {
      return A.Offset < B.Offset;
    });
    std::optional<llvm::StringRef> Text = Src.text(File);
    if (!Text || Edits.back().Offset + Edits.back().Length > Text->size()) {
      OS << "<p class=\"missing\">" << escape(S.path(File))
         << " is not here as the facts saw it: its edits cannot be shown.</p>\n";
      continue;
    }
    std::string Hunks;
    llvm::raw_string_ostream H(Hunks);
    printHunks(H, *Text, Edits);
    H.flush();
    OS << "<pre class=\"diff\"><span class=\"hunk\">--- a/" << escape(S.path(File))
       << "\n+++ b/" << escape(S.path(File)) << "</span>\n";
    llvm::StringRef Rest = llvm::StringRef(Hunks).rtrim('\n');
    while (!Rest.empty()) {
      llvm::StringRef Line;
      std::tie(Line, Rest) = Rest.split('\n');
      char Tag = Line.empty() ? ' ' : Line[0];
      const char *Class = Tag == '+' ? "add" : Tag == '-' ? "del" : Tag == '@' ? "hunk" : nullptr;
      OS << (Class ? std::string("<span class=\"") + Class + "\">" : "") << escape(Line)
         << (Class ? "</span>" : "") << "\n";
    }
    OS << "</pre>\n";
  }
}

} // namespace

void writeFinding(const Site &S, size_t I, SourceLines &Src, llvm::raw_ostream &OS) {
  const Finding &D = *S.Rows[I];
  const Graph &G = S.G;
  Places At;
  std::string Sev = Site::severity(D);
  pageStart(OS, Sev + ": " + D.Message);
  OS << "<p><a href=\"../index.html\">all findings</a>";
  if (I > 0)
    OS << " · <a href=\"" << I << ".html\">previous</a>";
  if (I + 1 < S.Rows.size())
    OS << " · <a href=\"" << I + 2 << ".html\">next</a>";
  OS << "</p>\n<h1 class=\"" << Sev << "\">" << Sev << ": " << escape(D.Message)
     << "</h1>\n<p class=\"mono\">";
  if (D.At.valid())
    OS << "<a href=\"" << At.anchor(D.At) << "\">" << escape(S.where(D.At)) << "</a> ";
  std::string Key = findingKey(G.F, D);
  OS << "[" << Site::check(D) << "," << escape(D.Kind) << "]</p>\n<p>Key <code>"
     << escape(Key) << "</code>: its neighbourhood as DOT: <code>coroplugin-report "
     << "--dot=chain.dot --dot-focus=&#39;" << escape(Key) << "&#39; ...</code></p>\n";

  if (!D.Notes.empty()) {
    OS << "<h2>Notes</h2>\n<ol>\n";
    for (const Note &N : D.Notes) {
      OS << "<li>";
      if (N.At.valid())
        OS << "<a class=\"mono\" href=\"" << At.anchor(N.At) << "\">"
           << escape(S.where(N.At)) << "</a>: ";
      OS << escape(N.Message) << "</li>\n";
    }
    OS << "</ol>\n";
  }

  ChainGraph C = chainGraph(G, S.R, D);
  if (!C.Nodes.empty()) {
    OS << "<h2>Chain</h2>\n";
    chainSvg(OS, G, S.R, C, [&](Loc L) { return At.anchor(L); },
             [&](Loc L) { return S.where(L); });
    OS << "<p class=\"legend\"><span style=\"background:palegreen\">coroutine_fn</span>"
          "<span style=\"background:khaki\">mixed</span>"
          "<span style=\"background:lightsalmon\">no_coroutine_fn</span>"
          "<span style=\"background:lightgray\">wrapper</span>"
          "<span style=\"background:white\">unmarked</span>"
          "<span style=\"border:2px solid red\">must be coroutine_fn</span>"
          "<span style=\"border:1px dashed darkgreen\">runs only in coroutines</span>"
          " Arrows are calls (dashed: an address stored in a pointer), red for "
          "the call reported and where they break the rules; each links to its "
          "line below.</p>\n";
  }

  if (const Fix *X = S.Plan.fixOf(D)) {
    OS << "<h2>Fix</h2>\n<p>" << escape(X->Message)
       << " (what <code>--patch</code> writes for it):</p>\n";
    fixHunks(OS, S, *X, Src);
  }
  if (const Decision *X = S.Plan.decisionOf(D))
    OS << "<h2>Decision</h2>\n<p>The exported fixes leave this finding out: "
       << escape(X->Why) << ".</p>\n";

  if (!At.Order.empty()) {
    OS << "<h2>Source</h2>\n";
    for (size_t K = 0; K < At.Order.size(); ++K) {
      Loc L = At.Order[K];
      OS << "<h3 id=\"L" << K << "\" class=\"mono\">" << escape(S.path(L.File)) << ":"
         << L.Line << "</h3>\n";
      Src.excerpt(OS, L, S.path(L.File));
    }
  }
  pageEnd(OS);
}

} // namespace html
} // namespace report
