//===- FactsSection.h - facts inside object files, writer and reader side -===//
//
// Clang-free, shared by the plugin (plugin/facts/ObjectFacts.cpp writes a unit's chunk)
// and coroplugin-report (report/FactsInputs.cpp splits a section back into
// chunks). A unit's chunk is
//
//   magic "\x7f" "CPF" | version (1 byte) | flags (1 byte) |
//   unit size (u16 LE) | stored size (u32 LE) | facts size (u32 LE) |
//   unit (the main file's path, the facts' "unit") | stored bytes
//
// The unit's path lets the reader order and name units without inflating
// them. Flag 1 means = the stored bytes are zlib-compressed facts JSON, else
// the JSON as it is. The section is not allocated and aligned to 1, so a linker
// concatenates the chunks of every unit it links with nothing between them;
// the reader still skips zero bytes between chunks, should a linker pad.
// docs/object-facts.md has the design.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_FORMAT_FACTSSECTION_H
#define COROPLUGIN_FORMAT_FACTSSECTION_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <string>

namespace coro {

constexpr llvm::StringLiteral FactsSectionName(".coroplugin.facts");
constexpr llvm::StringLiteral FactsChunkMagic("\x7f"
                                              "CPF");
constexpr uint8_t FactsChunkVersion = 1;
constexpr uint8_t FactsChunkZlib = 1;
constexpr size_t FactsChunkHeaderSize = 16;
/// Below this, compression saves less than the asm escapes and zlib's
/// header cost: small units are stored as they are.
constexpr size_t FactsCompressMinSize = 512;

/// The chunk of unit Unit whose facts file is Json.
std::string makeFactsChunk(llvm::StringRef Unit, llvm::StringRef Json);

/// One chunk of a section, as stored.
struct FactsChunk {
  uint8_t Version = 0, Flags = 0;
  uint32_t Size = 0; // of the facts JSON
  llvm::StringRef Unit, Stored;
};

/// Splits a section's contents into chunks; on malformed contents returns an
/// error that says at which offset.
llvm::Error splitFactsSection(llvm::StringRef Section,
                              llvm::SmallVectorImpl<FactsChunk> &Out);

} // namespace coro

#endif
