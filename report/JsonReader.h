//===- JsonReader.h - a strict pull reader for JSON text --------*- C++ -*-===//
//
// Reads JSON (RFC 8259) straight from a buffer without building a tree: the
// caller walks objects and arrays and takes the values it wants, skipping the
// rest. llvm::json builds a tree of maps first and parses an order of magnitude
// slower, which dominated the report's time on a whole project's facts.
//
// Syntax is checked strictly (numbers, escapes, control characters, UTF-8 in
// strings, nothing after the value); the first error stops the reader, every
// later call fails, and error() tells what and where. Value types are the
// caller's business: the *If readers take a value of the wanted type and skip
// any other, so "ignore what does not fit" needs no extra code.
//
// Duplicate keys are all reported; a caller that assigns each one gets the
// last, as llvm::json::parse keeps.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_JSONREADER_H
#define COROPLUGIN_REPORT_JSONREADER_H

#include "llvm/ADT/StringRef.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace report {

class JsonReader {
public:
  enum class Kind { Null, Bool, Number, String, Array, Object, Invalid };

  explicit JsonReader(llvm::StringRef Text);

  /// The kind of the next value, without taking it; Invalid on an error.
  Kind peek();

  /// Takes '{' or '[' when the next value is an object or array (then iterate
  /// it with nextKey or nextElement to its end); else skips the value.
  bool enterObjectIf();
  bool enterArrayIf();
  /// The next key of the object entered last, before its value; false at the
  /// object's end or on an error. Key lives until the next string is read.
  bool nextKey(llvm::StringRef &Key);
  /// Whether the array entered last has another element, which is next.
  bool nextElement();

  /// Take the next value when it has the type (strings live until the next
  /// string is read; an integer is any number with an integral value that
  /// fits), else skip it and return false.
  bool readStringIf(llvm::StringRef &S);
  bool readIntegerIf(int64_t &I);
  bool readBoolIf(bool &B);
  /// Takes the next value when it is a number: with IsInteger and I as
  /// readIntegerIf would take it, and D its nearest double.
  bool readNumberIf(bool &IsInteger, int64_t &I, double &D);
  /// Takes the next value, of any shape.
  bool skipValue();

  /// Checks that only whitespace follows the value read; true when the whole
  /// text was good JSON.
  bool finish();

  bool failed() const { return Failed; }
  /// "line L, column C (byte B): what", once failed().
  const std::string &error() const { return Error; }

private:
  bool fail(const char *What);
  void skipSpace();
  bool expect(char C, const char *What);
  bool readString(llvm::StringRef &S);
  bool unescape(const char *&P);
  bool unicodeEscape(const char *&P);
  bool hex4(const char *&P, uint32_t &Code);
  bool utf8(const char *&P);
  bool number(bool &IsInteger, int64_t &I, double &D);
  bool literal(llvm::StringRef Word);
  bool skipValue(unsigned Depth);

  const char *Begin, *Cur, *End;
  /// Set by entering an object or array: its first key or element has no ','.
  bool AtStart = false;
  bool Failed = false;
  std::string Scratch; // a string with escapes, decoded
  std::string Error;
};

} // namespace report

#endif
