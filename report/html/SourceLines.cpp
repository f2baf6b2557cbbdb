//===- SourceLines.cpp ----------------------------------------------------===//
#include "SourceLines.h"
#include "HtmlPage.h"

#include <algorithm>

namespace report {
namespace html {

namespace {

/// Lines shown above and below a location.
constexpr uint32_t Context = 3;

} // namespace

SourceLines::File &SourceLines::load(uint32_t Index) {
  File &Fi = Files[Index];
  if (Fi.Read)
    return Fi;
  Fi.Read = true;
  auto Buf = llvm::MemoryBuffer::getFile(F.Files[Index], /*IsText=*/true);
  if (!Buf)
    return Fi;
  Fi.Buffer = std::move(*Buf);
  llvm::StringRef T = Fi.Buffer->getBuffer();
  Fi.Starts.push_back(0);
  for (size_t I = 0; I < T.size(); ++I)
    if (T[I] == '\n' && I + 1 < T.size())
      Fi.Starts.push_back(I + 1);
  return Fi;
}

std::optional<llvm::StringRef> SourceLines::text(uint32_t Index) {
  File &Fi = load(Index);
  if (!Fi.Buffer)
    return std::nullopt;
  return Fi.Buffer->getBuffer();
}

void SourceLines::excerpt(llvm::raw_ostream &OS, Loc L, llvm::StringRef Shown) {
  File &Fi = load(L.File);
  if (!Fi.Buffer) {
    OS << "<p class=\"missing\">" << escape(Shown)
       << " is not on this machine (moved, or not checked out here): its lines "
          "cannot be shown.</p>\n";
    return;
  }
  if (L.Line == 0 || L.Line > Fi.Starts.size()) {
    OS << "<p class=\"missing\">" << escape(Shown) << " has no line " << L.Line
       << " now: it changed since the facts were written.</p>\n";
    return;
  }
  llvm::StringRef T = Fi.Buffer->getBuffer();
  uint32_t First = L.Line > Context ? L.Line - Context : 1;
  uint32_t Last = std::min<uint32_t>(L.Line + Context, Fi.Starts.size());
  OS << "<pre class=\"src\">";
  for (uint32_t Line = First; Line <= Last; ++Line) {
    size_t Start = Fi.Starts[Line - 1];
    size_t End = Line < Fi.Starts.size() ? Fi.Starts[Line] : T.size();
    llvm::StringRef Text = T.slice(Start, End).rtrim("\r\n");
    std::string Number = std::to_string(Line);
    Number.insert(0, 6 - std::min<size_t>(6, Number.size()), ' ');
    OS << (Line == L.Line ? "<span class=\"hl\">" : "") << "<span class=\"ln\">"
       << Number << " </span>" << escape(Text) << (Line == L.Line ? "</span>" : "")
       << "\n";
  }
  OS << "</pre>\n";
}

} // namespace html
} // namespace report
