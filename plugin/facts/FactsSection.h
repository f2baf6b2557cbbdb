//===- FactsSection.h - facts inside object files, writer and reader side -===//
//
// Clang-free, shared by the plugin (ObjectFacts.cpp writes a unit's chunk)
// and coroplugin-report (report/FactsInput.cpp splits a section back into
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
#ifndef COROPLUGIN_FACTS_FACTSSECTION_H
#define COROPLUGIN_FACTS_FACTSSECTION_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Compression.h"
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

/// LLVM 15 moved zlib into llvm::compression and to uint8_t buffers. Level 1:
/// on block/io.c's facts it stores 12x smaller where level 9 stores 17x, at a
/// fifth of the time (level 9 alone cost 0.67% of a `-c -O2 -g` compile).
namespace compat {
inline bool zlibAvailable() {
#if LLVM_VERSION_MAJOR >= 15
  return llvm::compression::zlib::isAvailable();
#else
  return llvm::zlib::isAvailable();
#endif
}

inline void zlibCompress(llvm::StringRef In, std::string &Out) {
#if LLVM_VERSION_MAJOR >= 15
  llvm::SmallVector<uint8_t, 0> Buf;
  llvm::compression::zlib::compress(
      llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(In.data()),
                              In.size()),
      Buf, llvm::compression::zlib::BestSpeedCompression);
  Out.assign(Buf.begin(), Buf.end());
#else
  llvm::SmallVector<char, 0> Buf;
  if (llvm::Error E =
          llvm::zlib::compress(In, Buf, llvm::zlib::BestSpeedCompression)) {
    llvm::consumeError(std::move(E));
    Out.clear();
    return;
  }
  Out.assign(Buf.begin(), Buf.end());
#endif
}

inline llvm::Error zlibDecompress(llvm::StringRef In, size_t Size,
                                  std::string &Out) {
#if LLVM_VERSION_MAJOR >= 15
  llvm::SmallVector<uint8_t, 0> Buf;
  if (llvm::Error E = llvm::compression::zlib::decompress(
          llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(In.data()),
                                  In.size()),
          Buf, Size))
    return E;
#else
  llvm::SmallVector<char, 0> Buf;
  if (llvm::Error E = llvm::zlib::uncompress(In, Buf, Size))
    return E;
#endif
  Out.assign(Buf.begin(), Buf.end());
  return llvm::Error::success();
}
} // namespace compat

/// The chunk of unit Unit whose facts file is Json.
inline std::string makeFactsChunk(llvm::StringRef Unit, llvm::StringRef Json) {
  Unit = Unit.take_front(0xffff);
  std::string Stored;
  uint8_t Flags = 0;
  if (Json.size() >= FactsCompressMinSize && compat::zlibAvailable()) {
    compat::zlibCompress(Json, Stored);
    if (!Stored.empty() && Stored.size() < Json.size())
      Flags = FactsChunkZlib;
  }
  if (!Flags)
    Stored = Json.str();
  std::string Chunk(FactsChunkMagic);
  Chunk += char(FactsChunkVersion);
  Chunk += char(Flags);
  Chunk += char(Unit.size() & 0xff);
  Chunk += char(Unit.size() >> 8);
  for (uint64_t Size : {uint64_t(Stored.size()), uint64_t(Json.size())})
    for (int I = 0; I < 4; ++I)
      Chunk += char((Size >> (8 * I)) & 0xff);
  return Chunk + Unit.str() + Stored;
}

/// One chunk of a section, as stored.
struct FactsChunk {
  uint8_t Version = 0, Flags = 0;
  uint32_t Size = 0; // of the facts JSON
  llvm::StringRef Unit, Stored;
};

/// Splits a section's contents into chunks; on malformed contents returns an
/// error that says at which offset.
inline llvm::Error splitFactsSection(llvm::StringRef Section,
                                     llvm::SmallVectorImpl<FactsChunk> &Out) {
  auto U32 = [](llvm::StringRef S) {
    uint32_t V = 0;
    for (int I = 3; I >= 0; --I)
      V = (V << 8) | uint8_t(S[I]);
    return V;
  };
  size_t Pos = 0;
  while (Pos < Section.size()) {
    if (Section[Pos] == '\0') {
      ++Pos;
      continue;
    }
    llvm::StringRef Rest = Section.substr(Pos);
    if (Rest.size() < FactsChunkHeaderSize ||
        Rest.substr(0, FactsChunkMagic.size()) != FactsChunkMagic)
      return llvm::createStringError(
          std::errc::invalid_argument,
          "malformed %s section: no facts chunk at offset %zu",
          FactsSectionName.data(), Pos);
    FactsChunk C;
    C.Version = uint8_t(Rest[4]);
    C.Flags = uint8_t(Rest[5]);
    size_t Unit = uint8_t(Rest[6]) | size_t(uint8_t(Rest[7])) << 8;
    uint32_t Stored = U32(Rest.substr(8));
    C.Size = U32(Rest.substr(12));
    if (Rest.size() - FactsChunkHeaderSize < Unit + size_t(Stored))
      return llvm::createStringError(
          std::errc::invalid_argument,
          "malformed %s section: the facts chunk at offset %zu is truncated",
          FactsSectionName.data(), Pos);
    C.Unit = Rest.substr(FactsChunkHeaderSize, Unit);
    C.Stored = Rest.substr(FactsChunkHeaderSize + Unit, Stored);
    Out.push_back(C);
    Pos += FactsChunkHeaderSize + Unit + Stored;
  }
  return llvm::Error::success();
}

} // namespace coro

#endif
