//===- ObjectFacts.cpp ----------------------------------------------------===//
//
// The plugin runs before the main action (AddBeforeMainAction), so in the
// MultiplexConsumer its HandleTranslationUnit comes before code generation's:
// a declaration handed to the whole consumer chain then is emitted like one
// the parser produced. A file-scope asm is the one declaration that adds
// bytes to a section of our choosing and nothing else: no symbol, no
// relocation, no change to .text or .data, and it works the same on every
// Clang version (a pass plugin would need -fpass-plugin in every build).
//
//===----------------------------------------------------------------------===//
#include "ObjectFacts.h"

#include "Compat.h"
#include "format/FactsSection.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendOptions.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace coro {
namespace {

/// Bytes as `.ascii` lines: printable characters as they are, the rest as
/// octal escapes (which always take three digits, so a digit after one is
/// never read as part of it).
void writeAscii(llvm::raw_ostream &OS, llvm::StringRef Bytes) {
  constexpr size_t PerLine = 96;
  for (size_t I = 0; I < Bytes.size(); I += PerLine) {
    OS << "\t.ascii \"";
    for (unsigned char C : Bytes.substr(I, PerLine)) {
      if (C >= 0x20 && C < 0x7f && C != '"' && C != '\\')
        OS << C;
      else
        OS << '\\' << char('0' + (C >> 6)) << char('0' + ((C >> 3) & 7))
           << char('0' + (C & 7));
    }
    OS << "\"\n";
  }
}

} // namespace

bool compileWritesObject(const CompilerInstance &CI) {
  if (!CI.getTarget().getTriple().isOSBinFormatELF())
    return false;
  switch (CI.getFrontendOpts().ProgramAction) {
  case frontend::EmitObj:
  case frontend::EmitAssembly:
  case frontend::EmitBC:
  case frontend::EmitLLVM:
    return true;
  default:
    return false;
  }
}

void embedFacts(CompilerInstance &CI, llvm::StringRef Unit,
                llvm::StringRef Json) {
  const llvm::Triple &T = CI.getTarget().getTriple();
  // `@` starts a comment in 32-bit ARM assembly.
  const char *Type = T.isARM() || T.isThumb() ? "%progbits" : "@progbits";
  std::string Asm;
  llvm::raw_string_ostream OS(Asm);
  // No "a" flag: the section takes no memory at run time. No alignment: the
  // linker concatenates the units' chunks without padding.
  OS << "\t.pushsection " << FactsSectionName << ",\"\"," << Type << "\n";
  writeAscii(OS, makeFactsChunk(Unit, Json));
  OS << "\t.popsection\n";
  OS.flush();
  ASTContext &C = CI.getASTContext();
  auto *D = FileScopeAsmDecl::Create(C, C.getTranslationUnitDecl(),
                                     compat::makeStringLiteral(C, Asm),
                                     SourceLocation(), SourceLocation());
  C.getTranslationUnitDecl()->addDecl(D);
  CI.getASTConsumer().HandleTopLevelDecl(DeclGroupRef(D));
}

} // namespace coro
