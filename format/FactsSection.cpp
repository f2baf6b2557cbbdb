//===- FactsSection.cpp ---------------------------------------------------===//
#include "format/FactsSection.h"

#include "compat/Zlib.h"

namespace coro {

std::string makeFactsChunk(llvm::StringRef Unit, llvm::StringRef Json) {
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

llvm::Error splitFactsSection(llvm::StringRef Section,
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
