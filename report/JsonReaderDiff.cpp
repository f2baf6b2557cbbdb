//===- JsonReaderDiff.cpp - JsonReader against llvm::json::parse ----------===//
//
// json-reader-diff PATH...: parses each file (and each file of each
// directory) with JsonReader and with llvm::json::parse, and prints per file
// whether they agree: the same accept or reject decision and, when both
// accept, the same value, compared in one canonical form (object keys sorted,
// the last of duplicate keys, integers as readIntegerIf and
// Value::getAsInteger see them, other numbers as doubles). Exits 1 when any
// file disagrees. test/report/json-reader.test runs it over malformed inputs,
// where the disagreements it expects are the known ones, and over facts files.
//
// json-reader-diff --time PATH...: instead, the best of 5 rounds of parsing
// every file with each parser (JsonReader checking all of the syntax, as the
// report reads a facts file; llvm::json building its tree), for
// docs/report.md.
//
//===----------------------------------------------------------------------===//
#include "JsonReader.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

using namespace report;

namespace {

std::string integer(int64_t I) { return std::to_string(I); }

std::string number(double D) {
  char Buf[32];
  std::snprintf(Buf, sizeof Buf, "%.17g", D);
  return Buf;
}

/// Bytes outside printable ASCII as \xHH: no normalization hides a
/// difference.
std::string string(llvm::StringRef S) {
  std::string Out = "\"";
  for (unsigned char C : S) {
    if (C >= 0x20 && C < 0x7f && C != '"' && C != '\\') {
      Out += char(C);
    } else {
      char Buf[8];
      std::snprintf(Buf, sizeof Buf, "\\x%02x", C);
      Out += Buf;
    }
  }
  return Out + "\"";
}

std::string object(const std::map<std::string, std::string> &Members) {
  std::string Out = "{";
  for (const auto &M : Members)
    Out += (Out.size() > 1 ? "," : "") + string(M.first) + ":" + M.second;
  return Out + "}";
}

/// The value JsonReader takes next, canonical; false on a syntax error.
bool canonical(JsonReader &R, std::string &Out) {
  switch (R.peek()) {
  case JsonReader::Kind::Invalid:
    return false;
  case JsonReader::Kind::Null:
    Out = "null";
    return R.skipValue();
  case JsonReader::Kind::Bool: {
    bool B;
    Out = R.readBoolIf(B) && B ? "true" : "false";
    return !R.failed();
  }
  case JsonReader::Kind::Number: {
    bool IsInteger;
    int64_t I;
    double D;
    if (!R.readNumberIf(IsInteger, I, D))
      return false;
    Out = IsInteger ? integer(I) : number(D);
    return true;
  }
  case JsonReader::Kind::String: {
    llvm::StringRef S;
    if (!R.readStringIf(S))
      return false;
    Out = string(S);
    return true;
  }
  case JsonReader::Kind::Array: {
    R.enterArrayIf();
    Out = "[";
    for (std::string V; R.nextElement(); Out += V) {
      if (Out.size() > 1)
        Out += ',';
      if (!canonical(R, V))
        return false;
    }
    Out += ']';
    return !R.failed();
  }
  case JsonReader::Kind::Object: {
    R.enterObjectIf();
    std::map<std::string, std::string> Members;
    for (llvm::StringRef Key; R.nextKey(Key);) {
      std::string K = Key.str();
      if (!canonical(R, Members[K]))
        return false;
    }
    Out = object(Members);
    return !R.failed();
  }
  }
  return false;
}

std::string canonical(const llvm::json::Value &V) {
  switch (V.kind()) {
  case llvm::json::Value::Null:
    return "null";
  case llvm::json::Value::Boolean:
    return *V.getAsBoolean() ? "true" : "false";
  case llvm::json::Value::Number:
    if (auto I = V.getAsInteger())
      return integer(*I);
    return number(*V.getAsNumber());
  case llvm::json::Value::String:
    return string(*V.getAsString());
  case llvm::json::Value::Array: {
    std::string Out = "[";
    for (const llvm::json::Value &E : *V.getAsArray())
      Out += (Out.size() > 1 ? "," : "") + canonical(E);
    return Out + "]";
  }
  case llvm::json::Value::Object: {
    std::map<std::string, std::string> Members;
    for (const auto &M : *V.getAsObject())
      Members[M.first.str()] = canonical(M.second);
    return object(Members);
  }
  }
  return "";
}

/// One line about Text; true when the parsers agree.
bool compare(llvm::StringRef Name, llvm::StringRef Text) {
  // Accepting is the strict check of the report's use: skip and finish.
  JsonReader Check(Text);
  bool ReaderOk = Check.skipValue() && Check.finish();
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Text);
  std::string LlvmError;
  if (!V)
    LlvmError = llvm::toString(V.takeError());
  llvm::outs() << Name << ": ";
  if (!ReaderOk && !V) {
    llvm::outs() << "both reject (JsonReader: " << Check.error() << ")\n";
    return true;
  }
  if (!ReaderOk) {
    llvm::outs() << "DIFFER: JsonReader rejects (" << Check.error()
                 << "), llvm::json accepts\n";
    return false;
  }
  if (!V) {
    llvm::outs() << "DIFFER: JsonReader accepts, llvm::json rejects ("
                 << LlvmError << ")\n";
    return false;
  }
  JsonReader R(Text);
  std::string Mine;
  canonical(R, Mine);
  std::string Theirs = canonical(*V);
  if (Mine != Theirs) {
    llvm::outs() << "DIFFER: values: JsonReader " << Mine << ", llvm::json "
                 << Theirs << "\n";
    return false;
  }
  llvm::outs() << "both accept\n";
  return true;
}

/// Seconds of the fastest of 5 rounds of Parse over every text.
template <typename Fn>
double bestOf5(const std::vector<std::unique_ptr<llvm::MemoryBuffer>> &Texts,
               Fn Parse) {
  double Best = 1e9;
  for (int Round = 0; Round < 5; ++Round) {
    auto Start = std::chrono::steady_clock::now();
    for (const auto &T : Texts)
      Parse(T->getBuffer());
    Best = std::min(Best, std::chrono::duration<double>(
                              std::chrono::steady_clock::now() - Start)
                              .count());
  }
  return Best;
}

void time(const std::vector<std::unique_ptr<llvm::MemoryBuffer>> &Texts) {
  size_t Bytes = 0;
  for (const auto &T : Texts)
    Bytes += T->getBufferSize();
  unsigned Bad = 0;
  double Reader = bestOf5(Texts, [&](llvm::StringRef Text) {
    JsonReader R(Text);
    Bad += !(R.skipValue() && R.finish());
  });
  double Llvm = bestOf5(Texts, [&](llvm::StringRef Text) {
    llvm::Expected<llvm::json::Value> V = llvm::json::parse(Text);
    if (!V) {
      llvm::consumeError(V.takeError());
      ++Bad;
    }
  });
  char Line[160];
  std::snprintf(Line, sizeof Line,
                "%zu files, %zu bytes: JsonReader %.4f s, llvm::json %.4f s, "
                "%.1f times faster%s\n",
                Texts.size(), Bytes, Reader, Llvm, Llvm / Reader,
                Bad ? " (some files are not JSON)" : "");
  llvm::outs() << Line;
}

} // namespace

int main(int argc, char **argv) {
  bool Time = argc > 1 && llvm::StringRef(argv[1]) == "--time";
  std::vector<std::string> Files;
  for (int I = 1 + Time; I < argc; ++I) {
    if (!llvm::sys::fs::is_directory(argv[I])) {
      Files.push_back(argv[I]);
      continue;
    }
    std::error_code EC;
    for (llvm::sys::fs::directory_iterator It(argv[I], EC), E; It != E && !EC;
         It.increment(EC))
      Files.push_back(It->path());
    if (EC) {
      llvm::errs() << "json-reader-diff: " << argv[I] << ": " << EC.message()
                   << "\n";
      return 2;
    }
  }
  std::sort(Files.begin(), Files.end());
  std::vector<std::unique_ptr<llvm::MemoryBuffer>> Texts;
  for (const std::string &File : Files) {
    auto Buf = llvm::MemoryBuffer::getFile(File);
    if (!Buf) {
      llvm::errs() << "json-reader-diff: " << File << ": "
                   << Buf.getError().message() << "\n";
      return 2;
    }
    Texts.push_back(std::move(*Buf));
  }
  if (Time) {
    time(Texts);
    return 0;
  }
  unsigned Differ = 0;
  for (size_t I = 0; I < Files.size(); ++I)
    Differ += !compare(llvm::sys::path::filename(Files[I]),
                       Texts[I]->getBuffer());
  llvm::outs() << Files.size() << " files, " << Differ << " disagree\n";
  return Differ ? 1 : 0;
}
