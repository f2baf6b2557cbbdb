//===- LoadFacts.cpp - reading and merging every input's units ------------===//
//
// Worker threads read, inflate and decode the units (the JSON parse is most
// of the time) into compact per-unit records; the main thread merges them in
// unit key order as they become ready, so the result does not depend on
// timing or on where a unit's facts came from, and at most a few decoded
// units are held at once.
//
//===----------------------------------------------------------------------===//
#include "Facts.h"
#include "FactsInputs.h"
#include "Merger.h"
#include "Progress.h"
#include "UnitDecoder.h"

#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

namespace report {

namespace {

struct Loaded {
  RawUnit Unit;
  /// Of the facts JSON: the same unit found twice (in its object and in the
  /// program linked from it, or in a facts directory too) is merged once.
  std::pair<uint64_t, size_t> Identity;
};

} // namespace

bool loadFacts(llvm::ArrayRef<std::string> Inputs, unsigned Jobs, Facts &Out,
               Progress *P) {
  FactsInputs In;
  bool Ok = true;
  for (const std::string &Input : Inputs)
    Ok &= In.add(Input);
  std::vector<UnitSource> Sources = In.takeUnits();
  if (Sources.empty()) {
    if (Ok)
      llvm::errs() << "coroplugin-report: error: no units to report on\n";
    return false;
  }

  size_t N = Sources.size();
  std::vector<std::unique_ptr<Loaded>> Slots(N);
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
      auto U = std::make_unique<Loaded>();
      U->Unit.Path = Sources[I].Name;
      UnitBytes Bytes;
      if (FactsInputs::read(Sources[I], Bytes, U->Unit.Error)) {
        U->Identity = {llvm::xxHash64(Bytes.Json), Bytes.Json.size()};
        decodeUnit(Bytes.Json, U->Unit);
      }
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
  std::set<std::pair<uint64_t, size_t>> Seen;
  for (size_t I = 0; I < N; ++I) {
    std::unique_ptr<Loaded> U;
    {
      std::unique_lock<std::mutex> L(M);
      ReadyCV.wait(L, [&] { return Ready[I] != 0; });
      U = std::move(Slots[I]);
    }
    if (!U->Unit.Error.empty()) {
      if (P)
        P->done();
      llvm::errs() << "coroplugin-report: error: " << U->Unit.Path << ": "
                   << U->Unit.Error << "\n";
      Ok = false;
    } else if (Seen.insert(U->Identity).second) {
      Mg.merge(U->Unit);
    }
    U.reset();
    if (P)
      P->units(I + 1, N);
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
