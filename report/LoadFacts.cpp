//===- LoadFacts.cpp - reading and merging the units' facts files ---------===//
//
// Worker threads read and parse the files (the JSON parse is most of the
// time) into compact per-unit records; the main thread merges them in file
// name order as they become ready, so the result does not depend on timing
// and at most a few parsed units are held at once.
//
//===----------------------------------------------------------------------===//
#include "Facts.h"
#include "JsonReader.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace report {

namespace keys = coro::keys;

uint32_t Facts::findExternal(llvm::StringRef Id) const {
  auto It = ExternalIndex.find(Id);
  return It == ExternalIndex.end() ? None : It->second;
}

namespace {

// One unit as read, before merging. Files are indexes into Unit::Files.
struct RawLoc {
  uint32_t File = None, Line = 0, Col = 0;
};
struct RawTarget {
  bool Present = false;
  std::string Kind, Name;
  MarkerSet Marks;
};
struct RawSpan {
  uint32_t File = None, Offset = 0, Length = 0;
};
struct RawSite {
  RawSpan At;
  coro::MarkerSpace Space = coro::MarkerSpace::None;
};
struct RawFunction {
  std::string Id, Name;
  bool Static = false, Defined = false;
  RawLoc Where, Dispatch;
  MarkerSet Marks;
  std::vector<RawSite> Sites;
};
struct RawCall {
  std::string Caller, Callee; // Callee empty: indirect
  RawTarget Via;
  Side S = Side::Unknown;
  RawLoc At;
  RawSpan Name;
};
struct RawStore {
  std::string Fn, In; // In empty: file scope
  RawTarget Into;
  RawLoc At;
};
struct RawWrapper {
  std::string Wrapper, Twin;
  bool SameType = false;
};
struct RawUnit {
  std::string Path, Error, Unit;
  /// "object.key" for each key read past (docs: readers ignore them).
  std::vector<std::string> Ignored;
  std::vector<std::string> Files;
  std::vector<RawFunction> Functions;
  std::vector<RawCall> Calls;
  std::vector<RawStore> Stores;
  std::vector<RawWrapper> Wrappers;
  std::optional<MarkerSet> MarkerMacros;
};

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

/// Reads one facts file into a RawUnit as the format says: keys it does not
/// know and values of the wrong type are ignored; bad JSON is an error.
class UnitReader {
public:
  explicit UnitReader(RawUnit &U) : U(U) {}

  void read() {
    auto Buf = llvm::MemoryBuffer::getFile(U.Path);
    if (!Buf) {
      U.Error = Buf.getError().message();
      return;
    }
    JsonReader R((*Buf)->getBuffer());
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
      } else if (Key == keys::MarkerMacros) {
        U.MarkerMacros = markers(R);
      } else {
        ignore(R, "file", Key);
      }
    }
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

  uint32_t fileIndex(const std::string &File) {
    auto It = FileIndex.find(File);
    if (It == FileIndex.end()) {
      It = FileIndex.insert({File, (uint32_t)U.Files.size()}).first;
      U.Files.push_back(File);
    }
    return It->second;
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

  RawUnit &U;
  llvm::StringMap<uint32_t> FileIndex;
  LocKeys Here, Dispatch; // reused: they keep their strings' capacity
  bool HasFormat = false, HasVersion = false;
  std::string Format;
  int64_t Version = 0;
};

class Merger {
public:
  explicit Merger(Facts &F) : F(F) {}

  void merge(RawUnit &R) {
    F.IgnoredKeys.insert(R.Ignored.begin(), R.Ignored.end());
    if (R.MarkerMacros)
      F.Spellable &= *R.MarkerMacros;
    uint32_t Unit = F.Units.size();
    F.Units.push_back(R.Unit.empty() ? R.Path : R.Unit);
    FileMap.clear();
    for (const std::string &File : R.Files)
      FileMap.push_back(file(File));
    Local.clear();
    for (RawFunction &RF : R.Functions) {
      if (Local.count(RF.Id))
        continue;
      uint32_t Idx;
      if (RF.Static) {
        Idx = newFunction(RF);
        F.Functions[Idx].Unit = Unit;
      } else {
        auto Ins = F.ExternalIndex.insert({RF.Id, (uint32_t)F.Functions.size()});
        if (Ins.second)
          newFunction(RF);
        Idx = Ins.first->second;
        Function &Fn = F.Functions[Idx];
        Fn.Marks |= RF.Marks;
        addSites(Fn, RF);
        if (RF.Defined && !Fn.Defined) {
          Fn.Defined = true;
          Fn.Where = loc(RF.Where);
          Fn.Dispatch = loc(RF.Dispatch);
        } else if (!Fn.Where.valid()) {
          Fn.Where = loc(RF.Where);
        }
        if (!RF.Defined && !Fn.Declared.valid())
          Fn.Declared = loc(RF.Where);
      }
      Local.insert({RF.Id, Idx});
    }
    for (RawCall &RC : R.Calls) {
      Call C;
      C.Caller = resolve(RC.Caller, /*Create=*/true);
      if (!RC.Callee.empty()) {
        C.Callee = resolve(RC.Callee, /*Create=*/false);
        if (C.Callee == None)
          continue; // declared only in a system header
      } else if (RC.Via.Present) {
        C.Via = target(RC.Via);
      } else {
        continue;
      }
      C.S = RC.S;
      C.At = loc(RC.At);
      C.Name = span(RC.Name);
      F.Calls.push_back(C);
    }
    for (RawStore &RS : R.Stores) {
      Store S;
      S.Fn = resolve(RS.Fn, /*Create=*/false);
      if (S.Fn == None || !RS.Into.Present)
        continue;
      S.Into = target(RS.Into);
      S.In = RS.In.empty() ? None : resolve(RS.In, /*Create=*/true);
      S.At = loc(RS.At);
      F.Stores.push_back(S);
    }
    for (RawWrapper &W : R.Wrappers) {
      uint32_t Wrapper = resolve(W.Wrapper, false);
      uint32_t Twin = W.Twin.empty() ? None : resolve(W.Twin, false);
      if (Wrapper == None || Twin == None)
        continue;
      if (F.TwinOf.size() <= Wrapper) {
        F.TwinOf.resize(F.Functions.size(), None);
        F.TwinSameType.resize(F.Functions.size(), 0);
      }
      F.TwinOf[Wrapper] = Twin;
      F.TwinSameType[Wrapper] = W.SameType;
    }
  }

  void finish() {
    F.TwinOf.resize(F.Functions.size(), None);
    F.TwinSameType.resize(F.Functions.size(), 0);
  }

private:
  uint32_t newFunction(const RawFunction &RF) {
    Function Fn;
    Fn.Id = RF.Id;
    Fn.Name = RF.Name;
    Fn.Static = RF.Static;
    Fn.Defined = RF.Defined;
    Fn.Where = loc(RF.Where);
    if (!RF.Defined)
      Fn.Declared = Fn.Where;
    Fn.Dispatch = loc(RF.Dispatch);
    Fn.Marks = RF.Marks;
    addSites(Fn, RF);
    F.Functions.push_back(std::move(Fn));
    return F.Functions.size() - 1;
  }

  /// A header's prototype is seen by every unit that includes it: once.
  void addSites(Function &Fn, const RawFunction &RF) {
    for (const RawSite &RS : RF.Sites) {
      MarkerSite S{span(RS.At), RS.Space};
      if (std::none_of(Fn.Sites.begin(), Fn.Sites.end(),
                       [&](const MarkerSite &O) { return O.At == S.At; }))
        Fn.Sites.push_back(S);
    }
  }

  Span span(const RawSpan &R) {
    Span S;
    if (R.File == None)
      return S;
    S.File = FileMap[R.File];
    S.Offset = R.Offset;
    S.Length = R.Length;
    return S;
  }

  /// A function id as this unit means it: its own static function of that id,
  /// else the external one.
  uint32_t resolve(const std::string &Id, bool Create) {
    auto It = Local.find(Id);
    if (It != Local.end())
      return It->second;
    uint32_t Idx = F.findExternal(Id);
    if (Idx == None && Create) {
      RawFunction RF;
      RF.Id = RF.Name = Id;
      Idx = newFunction(RF);
      F.ExternalIndex.insert({Id, Idx});
    }
    return Idx;
  }

  uint32_t file(const std::string &Path) {
    auto Ins = FileIndex.insert({Path, (uint32_t)F.Files.size()});
    if (Ins.second)
      F.Files.push_back(Path);
    return Ins.first->second;
  }

  Loc loc(const RawLoc &R) {
    Loc L;
    if (R.File == None)
      return L;
    L.File = FileMap[R.File];
    L.Line = R.Line;
    L.Col = R.Col;
    return L;
  }

  uint32_t target(const RawTarget &T) {
    Key.clear();
    Key += T.Kind;
    Key += '\x1f';
    Key += T.Name;
    auto Ins = TargetIndex.insert({Key, (uint32_t)F.Targets.size()});
    if (Ins.second)
      F.Targets.push_back(Target{T.Kind, T.Name, T.Marks});
    else
      F.Targets[Ins.first->second].Marks |= T.Marks;
    return Ins.first->second;
  }

  Facts &F;
  std::vector<uint32_t> FileMap;
  llvm::StringMap<uint32_t> Local, FileIndex, TargetIndex;
  std::string Key;
};

bool endsWith(llvm::StringRef S, llvm::StringRef Suffix) {
  return S.size() >= Suffix.size() && S.substr(S.size() - Suffix.size()) == Suffix;
}

} // namespace

bool loadFacts(llvm::StringRef Dir, unsigned Jobs, Facts &Out) {
  std::vector<std::string> Paths;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator I(Dir, EC), E; I != E && !EC;
       I.increment(EC)) {
    llvm::StringRef Name = llvm::sys::path::filename(I->path());
    if (endsWith(Name, ".facts.json") && Name.substr(0, 1) != ".")
      Paths.push_back(I->path());
  }
  if (EC) {
    llvm::errs() << "coroplugin-report: error: cannot read directory '" << Dir
                 << "': " << EC.message() << "\n";
    return false;
  }
  if (Paths.empty()) {
    llvm::errs() << "coroplugin-report: error: no *.facts.json files in '" << Dir
                 << "' (compile with -fplugin-arg-coroplugin-facts=" << Dir
                 << ")\n";
    return false;
  }
  std::sort(Paths.begin(), Paths.end());

  size_t N = Paths.size();
  std::vector<std::unique_ptr<RawUnit>> Slots(N);
  std::vector<char> Ready(N, 0);
  std::mutex M;
  std::condition_variable ReadyCV, RoomCV;
  std::atomic<size_t> Next{0};
  size_t Merged = 0;
  // How far the readers may run ahead of the merge: bounds memory.
  const size_t Window = 8 * std::max(1u, Jobs);

  auto Work = [&] {
    for (;;) {
      size_t I = Next.fetch_add(1);
      if (I >= N)
        return;
      {
        std::unique_lock<std::mutex> L(M);
        RoomCV.wait(L, [&] { return I < Merged + Window; });
      }
      auto U = std::make_unique<RawUnit>();
      U->Path = Paths[I];
      UnitReader(*U).read();
      std::lock_guard<std::mutex> L(M);
      Slots[I] = std::move(U);
      Ready[I] = 1;
      ReadyCV.notify_all();
    }
  };
  std::vector<std::thread> Threads;
  for (unsigned T = 0; T < std::max(1u, Jobs); ++T)
    Threads.emplace_back(Work);

  Merger Mg(Out);
  bool Ok = true;
  for (size_t I = 0; I < N; ++I) {
    std::unique_ptr<RawUnit> U;
    {
      std::unique_lock<std::mutex> L(M);
      ReadyCV.wait(L, [&] { return Ready[I] != 0; });
      U = std::move(Slots[I]);
    }
    if (!U->Error.empty()) {
      llvm::errs() << "coroplugin-report: error: " << U->Path << ": " << U->Error
                   << "\n";
      Ok = false;
    } else {
      Mg.merge(*U);
    }
    U.reset();
    {
      std::lock_guard<std::mutex> L(M);
      Merged = I + 1;
    }
    RoomCV.notify_all();
  }
  for (std::thread &T : Threads)
    T.join();
  Mg.finish();
  return Ok;
}

} // namespace report
