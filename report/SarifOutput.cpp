//===- SarifOutput.cpp - --format=sarif: SARIF 2.1.0 for code scanning ----===//
//
// One rule per report kind and per check of the compile (whose findings the
// facts record), whose id is its name and whose help is its page or section
// of docs/; one result per finding, with the notes as related
// locations, the chain from coroutine code as a code flow, the baseline key
// as a partial fingerprint, and the edits --export-fixes would write for it
// as its fix (docs/sarif.md). Paths under the current directory are relative
// to SRCROOT, which is the current directory.
//
//===----------------------------------------------------------------------===//
#include "FindingKey.h"
#include "Output.h"
#include "PlanIndex.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

#include <algorithm>

namespace json = llvm::json;

namespace report {

namespace {

struct RuleDoc {
  const char *Kind;
  const char *Page; // under docs/
  const char *Summary;
};

// The checks of the compile, whose findings the facts record.
constexpr RuleDoc Checks[] = {
#define CHECK(Class, Name, Default, Summary) {Name, "checks/" Name ".md", Summary},
#include "format/Checks.def"
};

// The report's kinds, in the order of docs/report.md.
constexpr RuleDoc Rules[] = {
#define KIND(Id, Kind, Item, Page, Summary) {Kind, Page, Summary},
#include "Items.def"
};

class SarifWriter {
public:
  SarifWriter(const Graph &G, const FixPlan &P, llvm::StringRef DocsURI)
      : G(G), Plan(G, P), DocsURI(DocsURI), Prefix(currentDirectoryPrefix()) {
    // Every kind and check has its rule, in a stable order, used or not.
    for (const RuleDoc &R : Rules)
      ruleIndex(false, R.Kind);
    for (const RuleDoc &C : Checks)
      ruleIndex(true, C.Kind);
  }

  json::Value log(const std::vector<Finding> &Findings) {
    json::Array Results;
    for (const Finding &D : Findings)
      Results.push_back(result(D));
    json::Object Driver{{"name", "coroplugin-report"},
                        {"version", COROPLUGIN_VERSION},
                        {"semanticVersion", COROPLUGIN_VERSION},
                        {"informationUri", DocsURI + "report.md"},
                        {"rules", std::move(RuleList)}};
    json::Object Run{{"tool", json::Object{{"driver", std::move(Driver)}}},
                     {"results", std::move(Results)}};
    if (!Prefix.empty())
      Run["originalUriBaseIds"] = json::Object{
          {"SRCROOT", json::Object{{"uri", "file://" + percentEncode(Prefix)}}}};
    return json::Object{
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", json::Array{std::move(Run)}}};
  }

private:
  json::Object result(const Finding &D) {
    size_t Rule = ruleIndex(D.Compile, D.Kind);
    json::Object R{{"ruleId", RuleIds[Rule]},
                   {"ruleIndex", (int64_t)Rule},
                   {"level", D.Sev == Severity::Warning ? "warning" : "note"},
                   {"message", json::Object{{"text", D.Message}}},
                   {"partialFingerprints",
                    json::Object{{"coroplugin/v1", findingKey(G.F, D)}}}};
    if (D.At.valid())
      R["locations"] = json::Array{location(D.At, "")};
    json::Array Related;
    for (const Note &N : D.Notes)
      if (N.At.valid()) {
        json::Object L = location(N.At, N.Message);
        L["id"] = (int64_t)Related.size();
        Related.push_back(std::move(L));
      }
    if (!Related.empty())
      R["relatedLocations"] = std::move(Related);
    std::vector<Note> Flow = flowOf(D);
    if (!Flow.empty()) {
      json::Array Steps;
      for (const Note &N : Flow)
        Steps.push_back(json::Object{{"location", location(N.At, N.Message)}});
      R["codeFlows"] = json::Array{json::Object{
          {"threadFlows", json::Array{json::Object{{"locations", std::move(Steps)}}}}}};
    }
    if (const Fix *X = fixOf(D))
      R["fixes"] = json::Array{fix(*X)};
    return R;
  }

  /// How coroutine code reaches the finding's call: the chain's calls and
  /// stores, then the call itself.
  std::vector<Note> flowOf(const Finding &D) const {
    Chain Path;
    uint32_t Last = None;
    if (auto *B = std::get_if<BlockingCallData>(&D.Data)) {
      Path = B->Via;
      Last = B->Call;
    } else if (auto *M = std::get_if<MixedCallerData>(&D.Data)) {
      Path = M->Via;
      Last = M->Call;
    } else if (auto *S = std::get_if<MustBeCoroutineData>(&D.Data)) {
      Last = S->Call;
    }
    if (Last != None)
      Path.push_back(Entry{false, Last, None});
    std::vector<Note> Flow;
    chainNotes(G, Path, Flow);
    return Flow;
  }

  /// The fix of the first finding of its kind and function: several findings
  /// of one function (two blocking calls) share one fix, applied once.
  const Fix *fixOf(const Finding &D) {
    const Fix *X = Plan.fixOf(D);
    return X && Used.insert(X).second ? X : nullptr;
  }

  json::Object fix(const Fix &X) const {
    // One artifactChange per file, its replacements in the order planned.
    std::vector<std::pair<uint32_t, json::Array>> ByFile;
    for (const Edit &E : X.Edits) {
      auto It = std::find_if(ByFile.begin(), ByFile.end(),
                             [&](const auto &B) { return B.first == E.At.File; });
      if (It == ByFile.end()) {
        ByFile.push_back({E.At.File, json::Array()});
        It = ByFile.end() - 1;
      }
      It->second.push_back(json::Object{
          {"deletedRegion", json::Object{{"byteOffset", (int64_t)E.At.Offset},
                                         {"byteLength", (int64_t)E.At.Length}}},
          {"insertedContent", json::Object{{"text", E.Text}}}});
    }
    json::Array Changes;
    for (auto &[File, Replacements] : ByFile)
      Changes.push_back(json::Object{{"artifactLocation", artifact(File)},
                                     {"replacements", std::move(Replacements)}});
    return json::Object{{"description", json::Object{{"text", X.Message}}},
                        {"artifactChanges", std::move(Changes)}};
  }

  json::Object artifact(uint32_t File) const {
    llvm::StringRef Path = G.F.Files[File];
    llvm::StringRef Rel = relativeTo(Prefix, Path);
    if (Rel.size() != Path.size())
      return json::Object{{"uri", percentEncode(Rel)}, {"uriBaseId", "SRCROOT"}};
    return json::Object{{"uri", "file://" + percentEncode(Path)}};
  }

  json::Object location(Loc L, llvm::StringRef Message) const {
    json::Object Physical{{"artifactLocation", artifact(L.File)}};
    if (L.Line) {
      json::Object Region{{"startLine", (int64_t)L.Line}};
      if (L.Col)
        Region["startColumn"] = (int64_t)L.Col;
      Physical["region"] = std::move(Region);
    }
    json::Object O{{"physicalLocation", std::move(Physical)}};
    if (!Message.empty())
      O["message"] = json::Object{{"text", Message.str()}};
    return O;
  }

  /// The rule of a report kind or (Compile) a check, added to the driver's
  /// list when first asked for. Its id is the name; a check named like a
  /// report kind (mixed-caller, wrapper-twin) gets the tag the compile
  /// prints instead, "-Wcoroutine,mixed-caller".
  size_t ruleIndex(bool Compile, llvm::StringRef Kind) {
    std::string Key = (Compile ? "c:" : "r:") + Kind.str();
    auto [It, New] = RuleIndex.try_emplace(Key, RuleList.size());
    if (!New)
      return It->second;
    std::string Id = Kind.str(), Page, Summary;
    for (const RuleDoc &R : Compile ? llvm::ArrayRef<RuleDoc>(Checks)
                                    : llvm::ArrayRef<RuleDoc>(Rules))
      if (Kind == R.Kind) {
        Page = R.Page;
        Summary = R.Summary;
      }
    if (Page.empty())
      Page = Compile ? "checks/" + Id + ".md" : "report.md";
    if (Compile && RuleIndex.count("r:" + Id))
      Id = "-Wcoroutine," + Id;
    json::Object Rule{{"id", Id}, {"helpUri", DocsURI + Page}};
    if (!Summary.empty())
      Rule["shortDescription"] = json::Object{{"text", Summary}};
    RuleList.push_back(std::move(Rule));
    RuleIds.push_back(Id);
    return It->second;
  }

  const Graph &G;
  PlanIndex Plan;
  llvm::SmallPtrSet<const Fix *, 16> Used;
  std::string DocsURI;
  std::string Prefix;
  llvm::StringMap<size_t> RuleIndex; // "r:<kind>", "c:<check>"
  json::Array RuleList;
  std::vector<std::string> RuleIds;
};

} // namespace

void printSARIF(const Graph &G, const std::vector<Finding> &Findings,
                const FixPlan &P, llvm::StringRef DocsURI,
                llvm::raw_ostream &OS) {
  OS << llvm::formatv("{0:2}", SarifWriter(G, P, DocsURI).log(Findings)) << "\n";
}

} // namespace report
