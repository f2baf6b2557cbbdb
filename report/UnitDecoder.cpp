//===- UnitDecoder.cpp ----------------------------------------------------===//
//
// A streaming reader (JsonReader) instead of llvm::json trees: the parse is
// most of the report's loading time.
//
//===----------------------------------------------------------------------===//
#include "UnitDecoder.h"

#include "JsonReader.h"

#include "llvm/ADT/StringMap.h"

namespace report {

namespace keys = coro::keys;

namespace {

/// The file, line and col keys of one object, kept to its end so that a
/// repeated key counts once (the last, as with llvm::json).
struct LocKeys {
  bool HasFile = false;
  std::string File;
  int64_t Line = 0, Col = 0;

  void clear() {
    HasFile = false;
    Line = Col = 0;
  }
  /// Takes the value when Key is one of them.
  bool read(llvm::StringRef Key, JsonReader &R) {
    llvm::StringRef S;
    if (Key == keys::File) {
      HasFile = R.readStringIf(S);
      File.assign(S.begin(), S.end());
    } else if (Key == keys::Line) {
      Line = R.readIntegerIf(Line) ? Line : 0;
    } else if (Key == keys::Col) {
      Col = R.readIntegerIf(Col) ? Col : 0;
    } else {
      return false;
    }
    return true;
  }
};

class UnitReader {
public:
  explicit UnitReader(RawUnit &U) : U(U) {}

  void read(llvm::StringRef Json) {
    JsonReader R(Json);
    bool IsObject = R.enterObjectIf();
    if (IsObject)
      root(R);
    // Syntax errors anywhere come first, as when parsing before looking.
    if (!R.finish()) {
      U.Error = "invalid JSON: " + R.error();
      return;
    }
    if (!IsObject) {
      U.Error = "not a JSON object";
      return;
    }
    if (!HasFormat || Format != coro::FactsFormatName) {
      U.Error = ("not a coroplugin facts file (\"" + coro::keys::Format +
                 "\" is not \"" + coro::FactsFormatName + "\")")
                    .str();
      return;
    }
    if (!HasVersion || Version != coro::FactsFormatVersion) {
      U.Error = "facts format version " +
                (HasVersion ? std::to_string(Version) : std::string("?")) +
                " is not supported (this coroplugin-report reads version " +
                std::to_string(coro::FactsFormatVersion) + ")";
      return;
    }
  }

private:
  void root(JsonReader &R) {
    for (llvm::StringRef Key; R.nextKey(Key);) {
      if (Key == keys::Format) {
        llvm::StringRef S;
        HasFormat = R.readStringIf(S);
        Format = S.str();
      } else if (Key == keys::Version) {
        HasVersion = R.readIntegerIf(Version);
      } else if (Key == keys::Unit) {
        U.Unit = str(R);
      } else if (Key == keys::Functions) {
        U.Functions.clear();
        eachObject(R, [&] { function(R); });
      } else if (Key == keys::Calls) {
        U.Calls.clear();
        eachObject(R, [&] { call(R); });
      } else if (Key == keys::Stores) {
        U.Stores.clear();
        eachObject(R, [&] { store(R); });
      } else if (Key == keys::Wrappers) {
        U.Wrappers.clear();
        eachObject(R, [&] { wrapper(R); });
      } else if (Key == keys::Findings) {
        U.Findings.clear();
        eachObject(R, [&] { finding(R); });
      } else if (Key == keys::MarkerMacros) {
        U.MarkerMacros = markers(R);
      } else if (Key == keys::FilesRead) {
        filesRead(R);
      } else if (Key == keys::MarkerUndefined) {
        U.MarkerUndefined.clear();
        eachObject(R, [&] { undefined(R); });
      } else {
        ignore(R, "file", Key);
      }
    }
  }

  void filesRead(JsonReader &R) {
    U.FilesRead.emplace();
    if (R.enterArrayIf())
      for (llvm::StringRef S; R.nextElement();)
        if (R.readStringIf(S))
          U.FilesRead->push_back(fileIndex(S.str()));
  }

  void undefined(JsonReader &R) {
    RawUndefined X;
    int64_t Read = -1, N = 0;
    MarkerSet M;
    for (llvm::StringRef Key; R.nextKey(Key);) {
      if (Key == keys::Read) {
        if (!R.readIntegerIf(Read))
          Read = -1;
      } else if (Key == keys::Markers) {
        M = markers(R);
      } else if (Key == keys::Before) { // null: the whole file
        if (R.readIntegerIf(N) && N >= 0 && N < None)
          X.Before = (uint32_t)N;
      } else {
        ignore(R, keys::MarkerUndefined, Key);
      }
    }
    X.Read = Read >= 0 && Read < None ? (uint32_t)Read : None;
    X.Markers = M;
    if (X.Read != None && !M.empty())
      U.MarkerUndefined.push_back(X);
  }

  /// Calls Read, positioned in the object, for each object element of an
  /// array value; other elements and a value that is no array are ignored.
  template <typename Fn> static void eachObject(JsonReader &R, Fn Read) {
    if (R.enterArrayIf())
      while (R.nextElement())
        if (R.enterObjectIf())
          Read();
  }

  void ignore(JsonReader &R, llvm::StringRef Object, llvm::StringRef Key) {
    U.Ignored.push_back((Object + "." + Key).str());
    R.skipValue();
  }

  static std::string str(JsonReader &R) {
    llvm::StringRef S;
    return R.readStringIf(S) ? S.str() : std::string();
  }

  static bool flag(JsonReader &R) {
    bool B = false;
    return R.readBoolIf(B) && B;
  }

  static MarkerSet markers(JsonReader &R) {
    MarkerSet M;
    if (R.enterArrayIf())
      for (llvm::StringRef S; R.nextElement();)
        if (R.readStringIf(S))
          M.add(S);
    return M;
  }

  uint32_t fileIndex(const std::string &File) {
    auto It = FileIndex.find(File);
    if (It == FileIndex.end()) {
      It = FileIndex.insert({File, (uint32_t)U.Files.size()}).first;
      U.Files.push_back(File);
    }
    return It->second;
  }

  RawLoc loc(const LocKeys &K) {
    RawLoc L;
    if (!K.HasFile)
      return L;
    L.File = fileIndex(K.File);
    L.Line = (uint32_t)K.Line;
    L.Col = (uint32_t)K.Col;
    return L;
  }

  /// The rest of an object, positioned in it, with "file", "offset" and
  /// "length"; Other takes any other key it knows (true) before it is ignored.
  template <typename OtherKey>
  RawSpan span(JsonReader &R, llvm::StringRef Object, OtherKey Other) {
    RawSpan S;
    std::string File;
    bool HasFile = false;
    int64_t Offset = -1, Length = 0;
    for (llvm::StringRef Key; R.nextKey(Key);) {
      llvm::StringRef V;
      if (Key == keys::File) {
        HasFile = R.readStringIf(V);
        File.assign(V.begin(), V.end());
      } else if (Key == keys::Offset) {
        Offset = R.readIntegerIf(Offset) ? Offset : -1;
      } else if (Key == keys::Length) {
        Length = R.readIntegerIf(Length) ? Length : 0;
      } else if (!Other(Key)) {
        ignore(R, Object, Key);
      }
    }
    if (!HasFile || Offset < 0 || Length < 0)
      return S;
    S.File = fileIndex(File);
    S.Offset = (uint32_t)Offset;
    S.Length = (uint32_t)Length;
    return S;
  }

  RawTarget target(JsonReader &R) {
    RawTarget T;
    if (!R.enterObjectIf())
      return T;
    T.Present = true;
    for (llvm::StringRef Key; R.nextKey(Key);) {
      if (Key == keys::Kind)
        T.Kind = str(R);
      else if (Key == keys::Name)
        T.Name = str(R);
      else if (Key == keys::Markers)
        T.Marks = markers(R);
      else
        ignore(R, "target", Key);
    }
    return T;
  }

  void function(JsonReader &R) {
    RawFunction F;
    Here.clear();
    Dispatch.clear();
    for (llvm::StringRef Key; R.nextKey(Key);) {
      if (Key == keys::Id) {
        F.Id = str(R);
      } else if (Key == keys::Name) {
        F.Name = str(R);
      } else if (Key == keys::Static) {
        F.Static = flag(R);
      } else if (Key == keys::Defined) {
        F.Defined = flag(R);
      } else if (Key == keys::Markers) {
        F.Marks = markers(R);
      } else if (Key == keys::Dispatch) {
        Dispatch.clear();
        if (R.enterObjectIf())
          for (llvm::StringRef DKey; R.nextKey(DKey);)
            if (!Dispatch.read(DKey, R))
              ignore(R, "dispatch", DKey);
      } else if (Key == keys::MarkerAt) {
        F.Sites.clear();
        eachObject(R, [&] {
          RawSite S;
          S.At = span(R, "marker-at", [&](llvm::StringRef K) {
            if (K != keys::Space)
              return false;
            llvm::StringRef W;
            R.readStringIf(W);
            S.Space = coro::markerSpaceFromName(W);
            return true;
          });
          if (S.At.File != None)
            F.Sites.push_back(S);
        });
      } else if (!Here.read(Key, R)) {
        ignore(R, "function", Key);
      }
    }
    if (F.Id.empty())
      return;
    if (F.Name.empty())
      F.Name = F.Id;
    F.Where = loc(Here);
    F.Dispatch = loc(Dispatch);
    U.Functions.push_back(std::move(F));
  }

  void call(JsonReader &R) {
    RawCall C;
    Here.clear();
    for (llvm::StringRef Key; R.nextKey(Key);) {
      if (Key == keys::Caller) {
        C.Caller = str(R);
      } else if (Key == keys::Callee) {
        C.Callee = str(R);
      } else if (Key == keys::Via) {
        C.Via = target(R);
      } else if (Key == keys::Side) {
        llvm::StringRef S;
        R.readStringIf(S);
        C.S = coro::sideFromName(S);
      } else if (Key == keys::NameAt) {
        C.Name = R.enterObjectIf()
                     ? span(R, "name-at", [](llvm::StringRef) { return false; })
                     : RawSpan();
      } else if (!Here.read(Key, R)) {
        ignore(R, "call", Key);
      }
    }
    C.At = loc(Here);
    if (!C.Caller.empty())
      U.Calls.push_back(std::move(C));
  }

  void store(JsonReader &R) {
    RawStore S;
    Here.clear();
    for (llvm::StringRef Key; R.nextKey(Key);) {
      if (Key == keys::Function)
        S.Fn = str(R);
      else if (Key == keys::In)
        S.In = str(R);
      else if (Key == keys::Into)
        S.Into = target(R);
      else if (!Here.read(Key, R))
        ignore(R, "store", Key);
    }
    S.At = loc(Here);
    if (!S.Fn.empty())
      U.Stores.push_back(std::move(S));
  }

  void wrapper(JsonReader &R) {
    RawWrapper W;
    for (llvm::StringRef Key; R.nextKey(Key);) {
      if (Key == keys::Wrapper)
        W.Wrapper = str(R);
      else if (Key == keys::Twin)
        W.Twin = str(R);
      else if (Key == keys::SameType)
        W.SameType = flag(R);
      else if (Key == keys::Marker)
        R.skipValue(); // the wrapper's "markers" say it too
      else
        ignore(R, "wrapper", Key);
    }
    if (!W.Wrapper.empty())
      U.Wrappers.push_back(std::move(W));
  }

  void finding(JsonReader &R) {
    RawFinding F;
    Here.clear();
    for (llvm::StringRef Key; R.nextKey(Key);) {
      if (Key == keys::Check)
        F.Check = str(R);
      else if (Key == keys::Function)
        F.Function = str(R);
      else if (Key == keys::Object)
        F.Object = str(R);
      else if (Key == keys::Message)
        F.Message = str(R);
      else if (Key == keys::Shown)
        F.Shown = flag(R);
      else if (Key == keys::SuppressedBy)
        F.SuppressedBy = str(R);
      else if (!Here.read(Key, R))
        ignore(R, "finding", Key);
    }
    F.At = loc(Here);
    if (!F.Check.empty())
      U.Findings.push_back(std::move(F));
  }

  RawUnit &U;
  llvm::StringMap<uint32_t> FileIndex;
  LocKeys Here, Dispatch; // reused: they keep their strings' capacity
  bool HasFormat = false, HasVersion = false;
  std::string Format;
  int64_t Version = 0;
};

} // namespace

void decodeUnit(llvm::StringRef Json, RawUnit &U) { UnitReader(U).read(Json); }

} // namespace report
