//===- JsonStrings.cpp - JsonReader's strings and their escapes -----------===//
//
// The half of JsonReader (JsonReader.cpp) that reads a string: in place when
// it has no escapes, else unescaped into a buffer, with llvm::json's rules
// for \u escapes and invalid UTF-8.
//
//===----------------------------------------------------------------------===//
#include "JsonReader.h"

#include "llvm/ADT/StringExtras.h"

namespace report {

namespace {

void appendUtf8(uint32_t Code, std::string &Out) {
  if (Code < 0x80) {
    Out += char(Code);
  } else if (Code < 0x800) {
    Out += char(0xC0 | Code >> 6);
    Out += char(0x80 | (Code & 0x3F));
  } else if (Code < 0x10000) {
    Out += char(0xE0 | Code >> 12);
    Out += char(0x80 | (Code >> 6 & 0x3F));
    Out += char(0x80 | (Code & 0x3F));
  } else {
    Out += char(0xF0 | Code >> 18);
    Out += char(0x80 | (Code >> 12 & 0x3F));
    Out += char(0x80 | (Code >> 6 & 0x3F));
    Out += char(0x80 | (Code & 0x3F));
  }
}

} // namespace

// Strings without escapes, nearly all of them, are returned in place.
bool JsonReader::readString(llvm::StringRef &S) {
  const char *P = Cur + 1, *Start = P;
  bool Escaped = false;
  for (;;) {
    if (P == End) {
      Cur = P;
      return fail("unterminated string");
    }
    unsigned char C = *P;
    if (C == '"')
      break;
    if (C == '\\') {
      if (!Escaped)
        Scratch.assign(Start, P);
      Escaped = true;
      if (!unescape(P))
        return false;
      continue;
    }
    if (C < 0x20) {
      Cur = P;
      return fail("control character in string");
    }
    const char *From = P;
    if (C < 0x80)
      ++P;
    else if (!utf8(P))
      return false;
    if (Escaped)
      Scratch.append(From, P);
  }
  S = Escaped ? llvm::StringRef(Scratch) : llvm::StringRef(Start, P - Start);
  Cur = P + 1;
  return true;
}

bool JsonReader::unescape(const char *&P) {
  if (End - P < 2) {
    Cur = P;
    return fail("unterminated escape in string");
  }
  char E = P[1];
  P += 2;
  switch (E) {
  case '"':
  case '\\':
  case '/':
    Scratch += E;
    return true;
  case 'b':
    Scratch += '\b';
    return true;
  case 'f':
    Scratch += '\f';
    return true;
  case 'n':
    Scratch += '\n';
    return true;
  case 'r':
    Scratch += '\r';
    return true;
  case 't':
    Scratch += '\t';
    return true;
  case 'u':
    return unicodeEscape(P);
  default:
    Cur = P - 2;
    return fail("invalid escape in string");
  }
}

// P is after "\u". Surrogate pairs combine; a lone surrogate becomes U+FFFD,
// as in llvm::json (RFC 8259 section 8.2 leaves it to the reader).
bool JsonReader::unicodeEscape(const char *&P) {
  uint32_t First;
  if (!hex4(P, First))
    return false;
  for (;;) {
    if (First < 0xD800 || First >= 0xE000) {
      appendUtf8(First, Scratch);
      return true;
    }
    if (First >= 0xDC00 || End - P < 2 || P[0] != '\\' || P[1] != 'u') {
      appendUtf8(0xFFFD, Scratch);
      return true;
    }
    P += 2;
    uint32_t Second;
    if (!hex4(P, Second))
      return false;
    if (Second >= 0xDC00 && Second < 0xE000) {
      appendUtf8(0x10000 + ((First - 0xD800) << 10) + (Second - 0xDC00), Scratch);
      return true;
    }
    // The high surrogate is lone; the second escape stands on its own.
    appendUtf8(0xFFFD, Scratch);
    First = Second;
  }
}

bool JsonReader::hex4(const char *&P, uint32_t &Code) {
  Code = 0;
  for (int I = 0; I < 4; ++I, ++P) {
    char C = P == End ? 0 : *P;
    uint32_t D = llvm::isDigit(C)       ? C - '0'
                 : C >= 'a' && C <= 'f' ? C - 'a' + 10
                 : C >= 'A' && C <= 'F' ? C - 'A' + 10
                                        : 16;
    if (D == 16) {
      Cur = P;
      return fail("expected four hex digits after \\u");
    }
    Code = Code << 4 | D;
  }
  return true;
}

// One multi-byte UTF-8 sequence at P: no overlong forms, surrogates or code
// points past U+10FFFF.
bool JsonReader::utf8(const char *&P) {
  unsigned char C = *P;
  unsigned N = C >= 0xC2 && C <= 0xDF   ? 2
               : C >= 0xE0 && C <= 0xEF ? 3
               : C >= 0xF0 && C <= 0xF4 ? 4
                                        : 0;
  bool Ok = N != 0 && size_t(End - P) >= N;
  for (unsigned I = 1; Ok && I < N; ++I)
    Ok = (static_cast<unsigned char>(P[I]) & 0xC0) == 0x80;
  if (Ok) {
    unsigned char C1 = P[1];
    Ok = !(C == 0xE0 && C1 < 0xA0) && !(C == 0xED && C1 > 0x9F) &&
         !(C == 0xF0 && C1 < 0x90) && !(C == 0xF4 && C1 > 0x8F);
  }
  if (!Ok) {
    Cur = P;
    return fail("invalid UTF-8 in string");
  }
  P += N;
  return true;
}

} // namespace report
