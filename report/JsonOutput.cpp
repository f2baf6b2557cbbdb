//===- JsonOutput.cpp - --format=json: the findings and what they are about ===//
//
// The report's own JSON (docs/report.md, "Output formats"; SARIF and Code
// Quality: SarifOutput.cpp, CodeQualityOutput.cpp): the
// analyses leave indexes into the facts in Finding::Data, and this renders
// them as ids, names, markers and absolute locations.
//
//===----------------------------------------------------------------------===//
#include "FindingKey.h"
#include "Output.h"

#include "llvm/Support/JSON.h"

namespace json = llvm::json;

namespace report {

namespace {

/// {"file":..,"line":..,"col":..} members for a location.
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

/// Functions, calls and chains, by their ids in the facts.
class GraphJSON {
public:
  explicit GraphJSON(const Graph &G) : G(G) {}

  /// {"id","name","markers",file,line,col} of a function.
  json::Object function(uint32_t Fn) const {
    const Function &F = G.fn(Fn);
    json::Object O{{"id", F.Id}, {"name", F.Name}, {"markers", markersJSON(F.Marks)}};
    addLoc(O, G.F, F.Where);
    return O;
  }
  json::Value optionalFunction(uint32_t Fn) const {
    return Fn != None ? json::Value(function(Fn)) : json::Value(nullptr);
  }
  /// One call: {"caller","callee" or "via","side",file,line,col}.
  json::Object call(uint32_t CallIndex) const {
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
  /// The calls and stores of a chain, as chainNotes() words them.
  json::Array chain(const Chain &Via) const {
    json::Array A;
    for (const Entry &E : Via) {
      if (E.IsStore && E.Through != None)
        A.push_back(call(E.Through));
      if (!E.IsStore) {
        A.push_back(call(E.Index));
        continue;
      }
      const Store &S = G.store(E.Index);
      json::Object O{{"stored", G.fn(S.Fn).Id},
                     {"into", json::Object{{"kind", G.target(S.Into).Kind},
                                           {"name", G.target(S.Into).Name}}}};
      addLoc(O, G.F, S.At);
      A.push_back(std::move(O));
    }
    return A;
  }

protected:
  const Graph &G;
};

/// Renders one finding's data as members of its object.
class DataJSON : GraphJSON {
public:
  DataJSON(const Graph &G, json::Object &O) : GraphJSON(G), O(O) {}

  void operator()(std::monostate) {}
  void operator()(const MustBeCoroutineData &D) {
    O["function"] = function(D.Function);
    O["call"] = call(D.Call);
    json::Array Implied, Tops, Escapes;
    for (auto [Fn, Distance] : D.Implied) {
      json::Object I = function(Fn);
      I["distance"] = (int64_t)Distance;
      Implied.push_back(std::move(I));
    }
    for (uint32_t T : D.Tops)
      Tops.push_back(G.fn(T).Id);
    for (uint32_t SI : D.Escapes) {
      const Store &S = G.store(SI);
      const Target &T = G.target(S.Into);
      json::Object E{{"function", G.fn(S.Fn).Id},
                     {"kind", T.Kind},
                     {"name", T.Name},
                     {"markers", markersJSON(T.Marks)}};
      addLoc(E, G.F, S.At);
      Escapes.push_back(std::move(E));
    }
    O["implied"] = std::move(Implied);
    O["tops"] = std::move(Tops);
    O["escapes"] = std::move(Escapes);
  }
  void operator()(const BlockingCallData &D) {
    O["function"] = function(D.Function);
    O["call"] = call(D.Call);
    O["callee"] = function(G.call(D.Call).Callee);
    O["twin"] = optionalFunction(D.Twin);
    O["chain"] = chain(D.Via);
  }
  void operator()(const NeedsCoroutineVersionData &D) {
    O["function"] = function(D.Function);
    O["call"] = call(D.Call);
    O["twin"] = optionalFunction(D.Twin);
  }
  void operator()(const MixedCallerData &D) {
    O["function"] = function(D.Function);
    O["call"] = call(D.Call);
    O["chain"] = chain(D.Via);
  }
  void operator()(const CanBeCoroutineData &D) {
    O["function"] = function(D.Function);
    json::Array Calls;
    for (uint32_t CI : D.Calls)
      Calls.push_back(call(CI));
    O["calls"] = std::move(Calls);
  }
  void operator()(const CallbackData &D) {
    const Target &Field = G.target(D.Field);
    auto [Struct, Member] = llvm::StringRef(Field.Name).rsplit("::");
    if (Member.empty())
      std::swap(Struct, Member);
    json::Array Functions;
    for (uint32_t SI : D.Stores) {
      const Store &S = G.store(SI);
      json::Object F = function(S.Fn);
      json::Object StoredAt;
      addLoc(StoredAt, G.F, S.At);
      F["stored_at"] = std::move(StoredAt);
      Functions.push_back(std::move(F));
    }
    O["struct"] = Struct;
    O["field"] = Member;
    O["markers"] = markersJSON(Field.Marks);
    O["verdict"] = D.Verdict;
    O["functions"] = std::move(Functions);
    O["calls"] = json::Object{{"coroutine", (int64_t)D.CoroutineCalls},
                              {"other", (int64_t)D.OtherCalls}};
  }
  void operator()(const WrapperTwinData &D) {
    O["function"] = function(D.Function);
    O["twin"] = optionalFunction(D.Twin);
  }
  void operator()(const DecisionData &D) {
    O["function"] = function(D.Function);
    O["decision"] = D.Kind;
  }
  void operator()(const CompileData &D) {
    const CompileFinding &CF = G.F.CompileFindings[D.Index];
    O["check"] = CF.Check;
    O["function"] = CF.Function;
    O["object"] = CF.Object;
  }
  void operator()(const CompletenessData &D) {
    json::Array Examples;
    for (size_t I = 0; I < D.Missing.size() && I < 20; ++I)
      Examples.push_back(G.fn(D.Missing[I]).Id);
    O["units"] = (int64_t)G.F.Units.size();
    O["defined"] = (int64_t)D.Defined;
    O["called_undefined"] = (int64_t)D.Missing.size();
    O["examples"] = std::move(Examples);
  }

private:
  json::Object &O;
};

} // namespace

void printJSON(const Graph &G, const std::vector<Finding> &Findings,
               const Results &R, bool WithContext, llvm::raw_ostream &OS) {
  const Facts &F = G.F;
  json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("format", "coroplugin-report");
    J.attribute("version", 1);
    J.attribute("units", (int64_t)F.Units.size());
    J.attribute("functions", (int64_t)F.Functions.size());
    J.attributeArray("findings", [&] {
      for (const Finding &D : Findings) {
        json::Object O{{"item", D.Item ? json::Value((int64_t)D.Item) : json::Value(nullptr)},
                       {"kind", D.Kind},
                       {"severity", D.Sev == Severity::Warning ? "warning" : "remark"},
                       {"message", D.Message}};
        addLoc(O, F, D.At);
        O["key"] = findingKey(F, D);
        json::Array Notes;
        for (const Note &N : D.Notes) {
          json::Object NO{{"message", N.Message}};
          addLoc(NO, F, N.At);
          Notes.push_back(std::move(NO));
        }
        O["notes"] = std::move(Notes);
        std::visit(DataJSON(G, O), D.Data);
        J.value(json::Value(std::move(O)));
      }
    });
    if (WithContext)
      J.attributeArray("coroutine_context", [&] {
        GraphJSON Render(G);
        for (uint32_t Fn : R.ContextOrder) {
          json::Object O = Render.function(Fn);
          O["chain"] = Render.chain(chainOf(G, R.ContextVia, Fn));
          J.value(json::Value(std::move(O)));
        }
      });
  });
  OS << "\n";
}

} // namespace report
