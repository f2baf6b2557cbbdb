//===- CodeQualityOutput.cpp - --format=codequality: GitLab Code Quality ---===//
//
// The JSON array GitLab reads from a job's `artifacts:reports:codequality`
// and shows in the merge request (docs/sarif.md). GitLab compares the
// fingerprints of the merge request's report with the target branch's, so a
// fingerprint must survive unrelated edits: it is the MD5 of the baseline
// key (FindingKey.h), which names functions, never lines, and of how many
// findings before it share that key.
//
//===----------------------------------------------------------------------===//
#include "FindingKey.h"
#include "Output.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MD5.h"

namespace json = llvm::json;

namespace report {

void printCodeQuality(const Graph &G, const std::vector<Finding> &Findings,
                      llvm::raw_ostream &OS) {
  std::string Prefix = currentDirectoryPrefix();
  llvm::StringMap<unsigned> Seen;
  json::Array Issues;
  for (const Finding &D : Findings) {
    if (!D.At.valid())
      continue; // GitLab needs a path and a line
    std::string Key = findingKey(G.F, D);
    unsigned Repeat = Seen[Key]++;
    if (Repeat)
      Key += "#" + std::to_string(Repeat);
    llvm::MD5 Hash;
    Hash.update(Key);
    llvm::MD5::MD5Result Digest;
    Hash.final(Digest);
    Issues.push_back(json::Object{
        {"type", "issue"},
        {"check_name", D.Kind},
        {"description", D.Message},
        {"categories", json::Array{"Bug Risk"}},
        {"severity", D.Sev == Severity::Warning ? "major" : "info"},
        {"fingerprint", std::string(Digest.digest().str())},
        {"location",
         json::Object{{"path", relativeTo(Prefix, G.F.Files[D.At.File]).str()},
                      {"lines", json::Object{{"begin", (int64_t)D.At.Line}}}}}});
  }
  OS << llvm::formatv("{0:2}", json::Value(std::move(Issues))) << "\n";
}

} // namespace report
