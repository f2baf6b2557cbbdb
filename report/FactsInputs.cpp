//===- FactsInputs.cpp ----------------------------------------------------===//
#include "FactsInputs.h"

#include "compat/Zlib.h"
#include "format/FactsFormat.h"

#include "llvm/Object/Archive.h"
#include "llvm/Object/ObjectFile.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>

namespace report {

namespace {

constexpr llvm::StringLiteral FactsSuffix(".facts.json");

bool endsWith(llvm::StringRef S, llvm::StringRef Suffix) {
  return S.size() >= Suffix.size() &&
         S.substr(S.size() - Suffix.size()) == Suffix;
}

void error(const llvm::Twine &Message) {
  llvm::errs() << "coroplugin-report: error: " << Message << "\n";
}

std::string message(llvm::Error E) { return llvm::toString(std::move(E)); }

} // namespace

bool FactsInputs::add(llvm::StringRef Input) {
  if (llvm::sys::fs::is_directory(Input))
    return addDirectory(Input);
  if (endsWith(Input, FactsSuffix)) {
    Units.push_back(
        {Input.str(), llvm::sys::path::filename(Input).str(), Input.str(), {}});
    return true;
  }
  auto Buf = llvm::MemoryBuffer::getFile(Input, /*IsText=*/false,
                                         /*RequiresNullTerminator=*/false);
  if (!Buf) {
    error("cannot read '" + Input + "': " + Buf.getError().message());
    return false;
  }
  unsigned Found = 0, Bitcode = 0;
  llvm::MemoryBufferRef Ref = (*Buf)->getMemBufferRef();
  Buffers.push_back(std::move(*Buf));
  if (!addBinary(Ref, Input.str(), Found, Bitcode))
    return false;
  if (Bitcode)
    llvm::errs() << "coroplugin-report: warning: " << Input << ": " << Bitcode
                 << " LLVM bitcode object" << (Bitcode == 1 ? "" : "s")
                 << " (-flto): their facts are read from the linked program\n";
  if (Found == 0 && Bitcode == 0) {
    error("no coroplugin facts in '" + Input + "' (no " +
          coro::FactsSectionName +
          " section: compile with -fplugin-arg-coroplugin-facts=object, and "
          "read it before stripping)");
    return false;
  }
  return true;
}

bool FactsInputs::addDirectory(llvm::StringRef Dir) {
  std::error_code EC;
  size_t Before = Units.size();
  for (llvm::sys::fs::directory_iterator I(Dir, EC), E; I != E && !EC;
       I.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(I->path());
    if (endsWith(Name, FactsSuffix) && Name.substr(0, 1) != ".")
      Units.push_back({I->path(), Name.str(), I->path(), {}});
  }
  if (EC) {
    error("cannot read directory '" + Dir + "': " + EC.message());
    return false;
  }
  if (Units.size() == Before) {
    error("no *.facts.json files in '" + Dir +
          "' (compile with -fplugin-arg-coroplugin-facts=" + Dir + ")");
    return false;
  }
  return true;
}

bool FactsInputs::addBinary(llvm::MemoryBufferRef Buffer,
                            const std::string &Name, unsigned &Found,
                            unsigned &Bitcode) {
  if (Buffer.getBuffer().substr(0, 4) == "BC\xC0\xDE") {
    ++Bitcode;
    return true;
  }
  auto Bin = llvm::object::createBinary(Buffer);
  if (!Bin) {
    error("'" + Name +
          "' is not a facts directory, facts file, object file, "
          "archive or program: " +
          message(Bin.takeError()));
    return false;
  }
  llvm::object::Binary *B = Bin->get();
  Binaries.push_back(std::move(*Bin));
  if (auto *A = llvm::dyn_cast<llvm::object::Archive>(B)) {
    llvm::Error Err = llvm::Error::success();
    for (const llvm::object::Archive::Child &C : A->children(Err)) {
      // A thin archive's member is read from its own file here.
      auto Member = C.getMemoryBufferRef();
      if (!Member) {
        error("'" + Name + "': " + message(Member.takeError()));
        return false;
      }
      std::string MemberName =
          Name + "(" + Member->getBufferIdentifier().str() + ")";
      if (!addBinary(*Member, MemberName, Found, Bitcode))
        return false;
    }
    if (Err) {
      error("'" + Name + "': " + message(std::move(Err)));
      return false;
    }
    return true;
  }
  auto *O = llvm::dyn_cast<llvm::object::ObjectFile>(B);
  if (!O)
    return true; // nothing that holds code, like a symbol table member
  for (const llvm::object::SectionRef &S : O->sections()) {
    auto SectionName = S.getName();
    if (!SectionName) {
      llvm::consumeError(SectionName.takeError());
      continue;
    }
    if (*SectionName != coro::FactsSectionName)
      continue;
    auto Contents = S.getContents();
    if (!Contents) {
      error("'" + Name + "': " + message(Contents.takeError()));
      return false;
    }
    if (!addSection(*Contents, Name, Found))
      return false;
  }
  return true;
}

bool FactsInputs::addSection(llvm::StringRef Contents, const std::string &Name,
                             unsigned &Found) {
  llvm::SmallVector<coro::FactsChunk, 8> Chunks;
  if (llvm::Error E = coro::splitFactsSection(Contents, Chunks)) {
    error("'" + Name + "': " + message(std::move(E)));
    return false;
  }
  for (const coro::FactsChunk &C : Chunks) {
    std::string Unit = C.Unit.str();
    Units.push_back(
        {Name + ": " + Unit, coro::unitKey(Unit) + FactsSuffix.str(), "", C});
  }
  Found += Chunks.size();
  return true;
}

std::vector<UnitSource> FactsInputs::takeUnits() {
  std::stable_sort(
      Units.begin(), Units.end(),
      [](const UnitSource &A, const UnitSource &B) { return A.Key < B.Key; });
  return std::move(Units);
}

bool FactsInputs::read(const UnitSource &S, UnitBytes &Out,
                       std::string &Error) {
  if (!S.File.empty()) {
    auto Buf = llvm::MemoryBuffer::getFile(S.File);
    if (!Buf) {
      Error = Buf.getError().message();
      return false;
    }
    Out.Buffer = std::move(*Buf);
    Out.Json = Out.Buffer->getBuffer();
    return true;
  }
  const coro::FactsChunk &C = S.Chunk;
  if (C.Version != coro::FactsChunkVersion ||
      (C.Flags & ~coro::FactsChunkZlib)) {
    Error = "facts chunk version " + std::to_string(C.Version) + " flags " +
            std::to_string(C.Flags) +
            " is not supported (this coroplugin-report reads version " +
            std::to_string(coro::FactsChunkVersion) + ")";
    return false;
  }
  if (!(C.Flags & coro::FactsChunkZlib)) {
    Out.Json = C.Stored;
    return true;
  }
  if (!coro::compat::zlibAvailable()) {
    Error = "the facts are zlib-compressed, and this coroplugin-report's LLVM "
            "has no zlib";
    return false;
  }
  if (llvm::Error E =
          coro::compat::zlibDecompress(C.Stored, C.Size, Out.Inflated)) {
    Error = "cannot inflate the facts: " + message(std::move(E));
    return false;
  }
  Out.Json = Out.Inflated;
  return true;
}

} // namespace report
