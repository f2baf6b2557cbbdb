//===- FactsInputs.h - where the units' facts come from -------------------===//
//
// coroplugin-report's inputs are any mix of facts directories (the plugin's
// facts=DIR), facts files, ELF objects, archives (QEMU's .a and .fa, thin
// ones included), executables and shared libraries: the plugin stores each
// unit's facts in its object's .coroplugin.facts section, and the linker
// concatenates them (docs/object-facts.md). Enumerating is cheap (it reads
// the unit's path from each chunk's header); reading and inflating one
// unit is done later, in the reader threads.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_FACTSINPUTS_H
#define COROPLUGIN_REPORT_FACTSINPUTS_H

#include "format/FactsSection.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Object/Binary.h"
#include "llvm/Support/MemoryBuffer.h"

#include <memory>
#include <string>
#include <vector>

namespace report {

/// One unit's facts: a facts file, or a chunk of a section that FactsInputs
/// keeps mapped.
struct UnitSource {
  std::string
      Name; // for messages: "facts/io-1a2b3c4d.facts.json", "libblock.fa(io.o)"
  std::string
      Key; // the order of merging: a facts file's name, as in a directory
  std::string File; // the facts file; empty: Chunk
  coro::FactsChunk Chunk;
};

/// A unit's facts JSON, read.
struct UnitBytes {
  std::unique_ptr<llvm::MemoryBuffer> Buffer; // a facts file
  std::string Inflated;                       // a compressed chunk
  llvm::StringRef Json;
};

class FactsInputs {
public:
  /// Adds the units of one command-line input. Problems are printed to
  /// stderr; returns false when the input has no usable facts.
  bool add(llvm::StringRef Input);

  /// In merge order: by Key, then in the order they were found.
  std::vector<UnitSource> takeUnits();

  /// Reads S; on failure returns false and says why in Error. Thread-safe.
  static bool read(const UnitSource &S, UnitBytes &Out, std::string &Error);

private:
  bool addDirectory(llvm::StringRef Dir);
  /// The units of an object, archive (recursively) or program; Found counts
  /// them. Returns false on an error, which it has printed.
  bool addBinary(llvm::MemoryBufferRef Buffer, const std::string &Name,
                 unsigned &Found, unsigned &Bitcode);
  bool addSection(llvm::StringRef Contents, const std::string &Name,
                  unsigned &Found);

  std::vector<UnitSource> Units;
  std::vector<std::unique_ptr<llvm::MemoryBuffer>> Buffers;
  std::vector<std::unique_ptr<llvm::object::Binary>> Binaries;
};

} // namespace report

#endif
