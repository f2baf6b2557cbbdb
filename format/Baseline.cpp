//===- Baseline.cpp -------------------------------------------------------===//
#include "format/Baseline.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

namespace coro {

bool readBaseline(llvm::StringRef Path, KeyCounts &Out, std::string &Error) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer) {
    Error = "cannot read baseline '" + Path.str() + "': " + Buffer.getError().message();
    return false;
  }
  llvm::Expected<llvm::json::Value> V = llvm::json::parse((*Buffer)->getBuffer());
  if (!V) {
    Error = "baseline '" + Path.str() + "' is not valid JSON: " +
            llvm::toString(V.takeError());
    return false;
  }
  const llvm::json::Object *O = V->getAsObject();
  const llvm::json::Array *Findings = O ? O->getArray("findings") : nullptr;
  if (!O || O->getString("format") != llvm::StringRef("coroplugin-report") ||
      !Findings) {
    Error = "baseline '" + Path.str() +
            "' is not a coroplugin-report --format=json output";
    return false;
  }
  // Remarks never fail, so they are no part of a baseline.
  for (const llvm::json::Value &F : *Findings)
    if (const llvm::json::Object *FO = F.getAsObject())
      if (FO->getString("severity") == llvm::StringRef("warning"))
        if (auto Key = FO->getString("key"))
          Out.add(*Key);
  return true;
}

} // namespace coro
