//===- Merger.cpp ---------------------------------------------------------===//
#include "Merger.h"

#include <algorithm>

namespace report {

uint32_t Facts::findExternal(llvm::StringRef Id) const {
  auto It = ExternalIndex.find(Id);
  return It == ExternalIndex.end() ? None : It->second;
}

uint32_t Facts::unspelledBy(Span At, Marker M) const {
  if (!At.valid() || At.File >= Gaps.size())
    return None;
  const MacroGap &G = Gaps[At.File][static_cast<unsigned>(M)];
  return At.Offset < G.Before ? G.Unit : None;
}

void Merger::merge(const RawUnit &R) {
  F.IgnoredKeys.insert(R.Ignored.begin(), R.Ignored.end());
  uint32_t Unit = F.Units.size();
  F.Units.push_back(R.Unit.empty() ? R.Path : R.Unit);
  FileMap.clear();
  for (const std::string &File : R.Files)
    FileMap.push_back(file(File));
  gaps(R, Unit);
  Local.clear();
  for (const RawFunction &RF : R.Functions) {
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
  for (const RawCall &RC : R.Calls) {
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
  for (const RawStore &RS : R.Stores) {
    Store S;
    S.Fn = resolve(RS.Fn, /*Create=*/false);
    if (S.Fn == None || !RS.Into.Present)
      continue;
    S.Into = target(RS.Into);
    S.In = RS.In.empty() ? None : resolve(RS.In, /*Create=*/true);
    S.At = loc(RS.At);
    F.Stores.push_back(S);
  }
  for (const RawFinding &RF : R.Findings)
    F.CompileFindings.push_back(CompileFinding{RF.Check, RF.Function, RF.Object,
                                               RF.Message, RF.Shown,
                                               RF.SuppressedBy, loc(RF.At)});
  for (const RawWrapper &W : R.Wrappers) {
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

void Merger::gaps(const RawUnit &R, uint32_t Unit) {
  if (!R.MarkerMacros)
    return; // says nothing of its macros: as before they were recorded
  if (!R.FilesRead) {
    F.Spellable &= *R.MarkerMacros;
    return;
  }
  F.Gaps.resize(F.Files.size());
  auto Widen = [&](uint32_t File, unsigned M, uint32_t Before) {
    MacroGap &G = F.Gaps[FileMap[File]][M];
    if (Before > G.Before)
      G = {Before, Unit};
  };
  for (uint32_t File : *R.FilesRead)
    for (unsigned M = 0; M < coro::NumMarkers; ++M)
      if (!R.MarkerMacros->has(static_cast<Marker>(M)))
        Widen(File, M, None);
  for (const RawUndefined &U : R.MarkerUndefined)
    if (U.Read < R.FilesRead->size())
      U.Markers.forEach(
          [&](Marker M) { Widen((*R.FilesRead)[U.Read], static_cast<unsigned>(M), U.Before); });
}

uint32_t Merger::newFunction(const RawFunction &RF) {
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

void Merger::addSites(Function &Fn, const RawFunction &RF) {
  for (const RawSite &RS : RF.Sites) {
    MarkerSite S{span(RS.At), RS.Space};
    if (std::none_of(Fn.Sites.begin(), Fn.Sites.end(),
                     [&](const MarkerSite &O) { return O.At == S.At; }))
      Fn.Sites.push_back(S);
  }
}

Span Merger::span(const RawSpan &R) {
  Span S;
  if (R.File == None)
    return S;
  S.File = FileMap[R.File];
  S.Offset = R.Offset;
  S.Length = R.Length;
  return S;
}

uint32_t Merger::resolve(const std::string &Id, bool Create) {
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

uint32_t Merger::file(const std::string &Path) {
  auto Ins = FileIndex.insert({Path, (uint32_t)F.Files.size()});
  if (Ins.second)
    F.Files.push_back(Path);
  return Ins.first->second;
}

Loc Merger::loc(const RawLoc &R) {
  Loc L;
  if (R.File == None)
    return L;
  L.File = FileMap[R.File];
  L.Line = R.Line;
  L.Col = R.Col;
  return L;
}

uint32_t Merger::target(const RawTarget &T) {
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

} // namespace report
