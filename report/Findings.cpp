//===- Findings.cpp - JSON pieces the analyses attach to findings ---------===//
#include "Analyses.h"

namespace json = llvm::json;

namespace report {

void addLoc(json::Object &O, const Facts &F, Loc L) {
  if (!L.valid())
    return;
  O["file"] = F.Files[L.File];
  O["line"] = (int64_t)L.Line;
  O["col"] = (int64_t)L.Col;
}

json::Array markersJSON(MarkerSet M) {
  json::Array A;
  M.forEach([&](Marker X) { A.push_back(coro::markerName(X).str()); });
  return A;
}

json::Object functionJSON(const Graph &G, uint32_t Fn) {
  const Function &F = G.fn(Fn);
  json::Object O{{"id", F.Id}, {"name", F.Name}, {"markers", markersJSON(F.Marks)}};
  addLoc(O, G.F, F.Where);
  return O;
}

json::Object callJSON(const Graph &G, uint32_t CallIndex) {
  const Call &C = G.call(CallIndex);
  json::Object O{{"caller", G.fn(C.Caller).Id}, {"side", coro::sideName(C.S)}};
  if (C.Callee != None) {
    O["callee"] = G.fn(C.Callee).Id;
  } else if (C.Via != None) {
    const Target &T = G.target(C.Via);
    O["via"] = json::Object{
        {"kind", T.Kind}, {"name", T.Name}, {"markers", markersJSON(T.Marks)}};
  }
  addLoc(O, G.F, C.At);
  return O;
}

} // namespace report
