//===- ChainSvg.cpp - layered layout of a chain, as SVG -------------------===//
//
// A chain is a path, or a few paths that meet (item 1's tops down to their
// seed): a layered layout draws it clearly without graphviz, which would be
// one more dependency and one more process per page. Layers are the longest
// path from a node with no incoming link; within a layer, nodes keep their
// order of appearance, then move towards the mean position of their
// predecessors (one barycentre sweep), which untangles the paths that meet.
//
//===----------------------------------------------------------------------===//
#include "ChainSvg.h"
#include "HtmlPage.h"

#include <algorithm>
#include <map>

namespace report {
namespace html {

namespace {

// A monospace character at 12px, and the spacing of the picture.
constexpr double CharWidth = 7.3, LineHeight = 15, Pad = 8, GapX = 28, GapY = 46,
                 Margin = 12;

struct Box {
  NodeStyle Style;
  unsigned Layer = 0;
  double Order = 0, X = 0, Y = 0, W = 0, H = 0;
};

std::string num(double V) { return std::to_string((long)(V + 0.5)); }

} // namespace

void chainSvg(llvm::raw_ostream &OS, const Graph &G, const Results &R,
              const ChainGraph &C, llvm::function_ref<std::string(Loc)> Anchor,
              llvm::function_ref<std::string(Loc)> Where) {
  if (C.Nodes.empty())
    return;
  std::map<uint32_t, size_t> Index;
  std::vector<Box> Boxes(C.Nodes.size());
  for (size_t I = 0; I < C.Nodes.size(); ++I) {
    Index[C.Nodes[I]] = I;
    Box &B = Boxes[I];
    B.Style = nodeStyle(G, R, C.Nodes[I]);
    size_t Widest = 0;
    for (const std::string &L : B.Style.Lines)
      Widest = std::max(Widest, L.size());
    B.W = Widest * CharWidth + 2 * Pad;
    B.H = B.Style.Lines.size() * LineHeight + Pad;
    B.Order = I;
  }
  // Longest path layering; a cycle stops growing once a layer reaches the
  // number of nodes.
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (const ChainGraph::Link &L : C.Links) {
      Box &From = Boxes[Index[L.From]], &To = Boxes[Index[L.To]];
      if (To.Layer < From.Layer + 1 && From.Layer + 1 < Boxes.size())
        To.Layer = From.Layer + 1, Changed = true;
    }
  }
  unsigned Layers = 0;
  for (const Box &B : Boxes)
    Layers = std::max(Layers, B.Layer + 1);
  std::vector<std::vector<size_t>> ByLayer(Layers);
  for (size_t I = 0; I < Boxes.size(); ++I)
    ByLayer[Boxes[I].Layer].push_back(I);
  for (unsigned Layer = 1; Layer < Layers; ++Layer) {
    for (size_t I : ByLayer[Layer]) {
      double Sum = 0, N = 0;
      for (const ChainGraph::Link &L : C.Links)
        if (Index[L.To] == I && Boxes[Index[L.From]].Layer + 1 == Layer)
          Sum += Boxes[Index[L.From]].Order, ++N;
      if (N)
        Boxes[I].Order = Sum / N;
    }
    std::stable_sort(ByLayer[Layer].begin(), ByLayer[Layer].end(),
                     [&](size_t A, size_t B) { return Boxes[A].Order < Boxes[B].Order; });
    for (size_t P = 0; P < ByLayer[Layer].size(); ++P)
      Boxes[ByLayer[Layer][P]].Order = P;
  }
  double Width = 0, Y = Margin;
  for (const std::vector<size_t> &Row : ByLayer) {
    double RowWidth = -GapX, RowHeight = 0;
    for (size_t I : Row)
      RowWidth += Boxes[I].W + GapX, RowHeight = std::max(RowHeight, Boxes[I].H);
    Width = std::max(Width, RowWidth);
    for (size_t I : Row)
      Boxes[I].Y = Y;
    Y += RowHeight + GapY;
  }
  for (const std::vector<size_t> &Row : ByLayer) {
    double RowWidth = -GapX;
    for (size_t I : Row)
      RowWidth += Boxes[I].W + GapX;
    double X = Margin + (Width - RowWidth) / 2;
    for (size_t I : Row)
      Boxes[I].X = X, X += Boxes[I].W + GapX;
  }
  double Height = Y - GapY + Margin;
  Width += 2 * Margin;

  OS << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chain\" width=\"" << num(Width)
     << "\" height=\"" << num(Height) << "\" viewBox=\"0 0 " << num(Width) << " "
     << num(Height) << "\" font-family=\"monospace\" font-size=\"12\">\n<defs>";
  for (const char *Color : {"black", "red"})
    OS << "<marker id=\"arrow-" << Color << "\" viewBox=\"0 0 10 10\" refX=\"10\" "
          "refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path "
          "d=\"M0,0 L10,5 L0,10 z\" fill=\""
       << Color << "\"/></marker>";
  OS << "</defs>\n";
  for (const ChainGraph::Link &L : C.Links) {
    const Box &From = Boxes[Index[L.From]], &To = Boxes[Index[L.To]];
    Loc At = L.IsStore ? G.store(L.Index).At : G.call(L.Index).At;
    bool Red = !L.IsStore && (L.Index == C.Reported || isViolation(G, R, G.call(L.Index)));
    double X1 = From.X + From.W / 2, Y1 = From.Y + From.H;
    double X2 = To.X + To.W / 2, Y2 = To.Y;
    std::string Path = "M" + num(X1) + "," + num(Y1) + " C" + num(X1) + "," +
                       num(Y1 + GapY / 2) + " " + num(X2) + "," + num(Y2 - GapY / 2) +
                       " " + num(X2) + "," + num(Y2);
    if (To.Layer <= From.Layer) // back to a layer above: around the right side
      Path = "M" + num(From.X + From.W) + "," + num(From.Y + From.H / 2) + " C" +
             num(From.X + From.W + 60) + "," + num(From.Y + From.H / 2) + " " +
             num(To.X + To.W + 60) + "," + num(To.Y + To.H / 2) + " " +
             num(To.X + To.W) + "," + num(To.Y + To.H / 2);
    std::string Href = Anchor(At);
    OS << (Href.empty() ? "<g>" : "<a href=\"" + escape(Href) + "\">") << "<title>"
       << escape(Where(At)) << (L.IsStore ? ": address stored" : ": call")
       << "</title><path class=\"edge\" d=\"" << Path << "\" fill=\"none\" stroke=\""
       << (Red ? "red" : "black") << "\" stroke-width=\"" << (Red ? "2" : "1.2") << "\""
       << (L.IsStore ? " stroke-dasharray=\"5,3\"" : "") << " marker-end=\"url(#arrow-"
       << (Red ? "red" : "black") << ")\"/><path d=\"" << Path
       << "\" fill=\"none\" stroke=\"transparent\" stroke-width=\"10\"/>"
       << (Href.empty() ? "</g>" : "</a>") << "\n";
  }
  for (const Box &B : Boxes) {
    const char *Stroke = B.Style.Border == NodeStyle::Must            ? "red"
                         : B.Style.Border == NodeStyle::OnlyCoroutine ? "darkgreen"
                                                                      : "#333";
    OS << "<g class=\"node\"><rect x=\"" << num(B.X) << "\" y=\"" << num(B.Y)
       << "\" width=\"" << num(B.W) << "\" height=\"" << num(B.H) << "\" rx=\""
       << (B.Style.IsPointer ? num(B.H / 2) : "3") << "\" fill=\"" << B.Style.Fill
       << "\" stroke=\"" << Stroke << "\" stroke-width=\""
       << (B.Style.Border == NodeStyle::Must ? "2.5" : "1") << "\""
       << (B.Style.Border == NodeStyle::OnlyCoroutine ? " stroke-dasharray=\"4,2\"" : "")
       << "/>";
    for (size_t L = 0; L < B.Style.Lines.size(); ++L)
      OS << "<text x=\"" << num(B.X + B.W / 2) << "\" y=\""
         << num(B.Y + Pad / 2 + LineHeight * (L + 1) - 3) << "\" text-anchor=\"middle\""
         << (L == 0 ? " font-weight=\"bold\"" : "") << ">" << escape(B.Style.Lines[L])
         << "</text>";
    OS << "</g>\n";
  }
  OS << "</svg>\n";
}

} // namespace html
} // namespace report
