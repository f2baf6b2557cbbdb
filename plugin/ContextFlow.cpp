//===- ContextFlow.cpp ----------------------------------------------------===//
#include "ContextFlow.h"

#include "Dispatch.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/CFG.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/TimeProfiler.h"

#include <vector>

using namespace clang;

namespace coro {
namespace {

/// The context at a point: unreached, or a side (Unknown when no test
/// decided it, or paths from both sides met), with the test that decided it.
struct Fact {
  bool Reached = false;
  Side S = Side::Unknown;
  SourceLocation Witness;

  bool operator==(const Fact &O) const {
    return Reached == O.Reached && S == O.S;
  }
};

Fact join(const Fact &A, const Fact &B) {
  if (!B.Reached)
    return A;
  if (!A.Reached)
    return B;
  if (A.S != B.S)
    return {true, Side::Unknown, {}};
  return A;
}

/// The fact on an edge taken when the branch's outcome says S. An edge that
/// contradicts an earlier test is never taken, unless Override: dead code
/// behind it is read as written, on the side its test gives it.
Fact refine(const Fact &F, Side S, SourceLocation Test, bool Override) {
  if (!F.Reached || S == Side::Unknown || F.S == S)
    return F;
  if (F.S == Side::Unknown || Override)
    return {true, S, Test};
  return {};
}

/// A two-way branch on a condition: if, ?:, &&, ||, loops; not a switch.
bool isTwoWayBranch(const CFGBlock &B) {
  const Stmt *T = B.getTerminatorStmt();
  return T && B.getTerminator().isStmtBranch() && B.succ_size() == 2 &&
         isa<IfStmt, ConditionalOperator, BinaryConditionalOperator,
             BinaryOperator, WhileStmt, DoStmt, ForStmt, CXXForRangeStmt>(T);
}

/// Blocks from which every path ends in a noreturn call (assert's
/// __assert_fail, g_assertion_message_expr, abort()): a branch into one is
/// an assertion, not a dispatch. Loops without an exit are not dead.
llvm::BitVector deadBlocks(const CFG &G) {
  llvm::BitVector Dead(G.getNumBlockIDs());
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (const CFGBlock *B : G) {
      if (Dead[B->getBlockID()])
        continue;
      bool IsDead = B->hasNoReturnElement();
      if (!IsDead) {
        unsigned Live = 0, Succs = 0;
        for (const CFGBlock::AdjacentBlock &S : B->succs())
          if (const CFGBlock *SB = S.getReachableBlock()) {
            ++Succs;
            Live += !Dead[SB->getBlockID()];
          }
        IsDead = Succs && !Live;
      }
      if (IsDead) {
        Dead.set(B->getBlockID());
        Changed = true;
      }
    }
  }
  return Dead;
}

/// The condition a branch terminator evaluates, as written.
const Stmt *conditionOf(const Stmt *T) {
  if (const auto *If = dyn_cast<IfStmt>(T))
    return If->getCond();
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(T))
    return CO->getCond();
  if (isa<BinaryOperator>(T))
    return T;
  return nullptr;
}

void addSubtree(const Stmt *S, llvm::DenseSet<const Stmt *> &Into) {
  llvm::SmallVector<const Stmt *, 16> Work{S};
  while (!Work.empty())
    if (const Stmt *Next = Work.pop_back_val(); Next && Into.insert(Next).second)
      for (const Stmt *Child : Next->children())
        Work.push_back(Child);
}

/// Separate, so that a profile counts the bodies that built a CFG; so does
/// -ftime-trace, one "coroplugin CFG" event each (README, "Overhead").
LLVM_ATTRIBUTE_NOINLINE std::unique_ptr<CFG>
buildContextCFG(const Decl *D, const Stmt *Body, ASTContext &Ctx) {
  llvm::TimeTraceScope Scope("coroplugin CFG", [&] {
    const auto *ND = dyn_cast<NamedDecl>(D);
    return ND ? ND->getQualifiedNameAsString() : std::string("block");
  });
  CFG::BuildOptions Options;
  // Every expression is an element, so that each call finds its block; in
  // C++ so is each exit from a variable's scope, where its destructor runs.
  Options.setAllAlwaysAdd();
  Options.AddImplicitDtors = Ctx.getLangOpts().CPlusPlus;
  return CFG::buildCFG(D, const_cast<Stmt *>(Body), &Ctx, Options);
}

class Dataflow {
public:
  Dataflow(const CFG &G, const ContextTests &Tests)
      : G(G), In(G.getNumBlockIDs()), Branches(G.getNumBlockIDs()),
        Dead(deadBlocks(G)) {
    for (const CFGBlock *B : G)
      if (isTwoWayBranch(*B))
        Branches[B->getBlockID()] = Tests.analyze(B->getLastCondition());
  }

  /// Override: see refine().
  void run(bool Override) {
    Overriding = Override;
    In.assign(In.size(), Fact());
    const CFGBlock &Entry = G.getEntry();
    In[Entry.getBlockID()] = {true, Side::Unknown, {}};
    llvm::SmallVector<const CFGBlock *, 32> Work{&Entry};
    llvm::BitVector Queued(G.getNumBlockIDs());
    while (!Work.empty()) {
      const CFGBlock *B = Work.pop_back_val();
      Queued.reset(B->getBlockID());
      // clang links a noreturn call's block to the exit: flow ends there.
      if (B->hasNoReturnElement())
        continue;
      unsigned Index = 0;
      for (const CFGBlock::AdjacentBlock &S : B->succs()) {
        Fact Edge = edge(*B, Index++);
        const CFGBlock *To = S.getReachableBlock();
        if (!To)
          continue;
        Fact &Target = In[To->getBlockID()];
        Fact Joined = join(Target, Edge);
        if (Joined == Target)
          continue;
        Target = Joined;
        if (!Queued.test(To->getBlockID())) {
          Queued.set(To->getBlockID());
          Work.push_back(To);
        }
      }
    }
  }

  /// Records the side of each statement, and of each destructor a scope's
  /// exit runs, of the blocks in Only if given.
  void sides(ContextFacts &Out, const llvm::BitVector *Only) const {
    for (const CFGBlock *B : G) {
      if (Only && !Only->test(B->getBlockID()))
        continue;
      const Fact &F = In[B->getBlockID()];
      for (const CFGElement &E : *B) {
        if (auto S = E.getAs<CFGStmt>())
          Out.At[S->getStmt()] = F.S;
        else if (auto D = E.getAs<CFGAutomaticObjDtor>(); D && F.Reached) {
          auto [It, New] = Out.DestroyedAt.try_emplace(D->getVarDecl(), F.S);
          if (!New && It->second != F.S)
            It->second = Side::Unknown;
        }
      }
    }
  }

  llvm::BitVector unreached() const {
    llvm::BitVector Blocks(In.size());
    for (unsigned I = 0; I < In.size(); ++I)
      if (!In[I].Reached)
        Blocks.set(I);
    return Blocks;
  }

  void results(ASTContext &Ctx, ContextFacts &Out) const {
    llvm::DenseSet<const Stmt *> InAssertion;
    for (const CFGBlock *B : G)
      if (isAssertion(*B))
        if (const Stmt *Cond = conditionOf(B->getTerminatorStmt()))
          addSubtree(Cond, InAssertion);
    const SourceManager &SM = Ctx.getSourceManager();
    for (const CFGBlock *B : G) {
      const BranchSides &Sides = Branches[B->getBlockID()];
      if (isDispatch(*B) && !InAssertion.count(B->getTerminatorStmt()) &&
          (Out.FirstDispatch.isInvalid() ||
           SM.isBeforeInTranslationUnit(Sides.Test, Out.FirstDispatch)))
        Out.FirstDispatch = Sides.Test;
    }
    const Fact &Exit = In[G.getExit().getBlockID()];
    if (Out.FirstDispatch.isInvalid() && Exit.Reached &&
        Exit.S != Side::Unknown) {
      Out.AssertedSide = Exit.S;
      Out.Assertion = Exit.Witness;
    }
  }

private:
  Fact edge(const CFGBlock &B, unsigned Index) const {
    const Fact &F = In[B.getBlockID()];
    const BranchSides &Sides = Branches[B.getBlockID()];
    if (!Sides.testsContext() || Index > 1)
      return F;
    return refine(F, Index == 0 ? Sides.WhenTrue : Sides.WhenFalse, Sides.Test,
                  Overriding);
  }

  /// A branch one of whose edges leads only to a noreturn call.
  bool isAssertion(const CFGBlock &B) const {
    if (!isTwoWayBranch(B))
      return false;
    unsigned DeadSuccs = 0;
    for (const CFGBlock::AdjacentBlock &S : B.succs())
      if (const CFGBlock *SB = S.getReachableBlock())
        DeadSuccs += Dead[SB->getBlockID()];
    return DeadSuccs == 1;
  }

  /// A branch on the context, reached where it is unknown, whose both edges
  /// lead to code that can return.
  bool isDispatch(const CFGBlock &B) const {
    const Fact &F = In[B.getBlockID()];
    if (!Branches[B.getBlockID()].testsContext() || !F.Reached ||
        F.S != Side::Unknown)
      return false;
    for (const CFGBlock::AdjacentBlock &S : B.succs()) {
      const CFGBlock *SB = S.getReachableBlock();
      if (!SB || Dead[SB->getBlockID()])
        return false;
    }
    return true;
  }

  const CFG &G;
  bool Overriding = false;
  std::vector<Fact> In;
  std::vector<BranchSides> Branches;
  llvm::BitVector Dead;
};

} // namespace

ContextFacts computeContextFacts(const Decl *D, const Stmt *Body,
                                 ASTContext &Ctx) {
  ContextFacts Out;
  const auto *DC = dyn_cast<DeclContext>(D);
  // As clang's own CFG-based warnings: not for templates. Not skipped after
  // errors: under -Werror=coroutine the plugin's own findings are errors,
  // and the facts must not depend on them (test/export/yaml.test).
  if (!Body || !DC || DC->isDependentContext())
    return Out;
  ContextTests Tests(Ctx);
  if (!Tests.scan(Body))
    return Out;
  std::unique_ptr<CFG> G = buildContextCFG(D, Body, Ctx);
  if (!G)
    return Out;
  Dataflow Flow(*G, Tests);
  Flow.run(/*Override=*/false);
  Flow.results(Ctx, Out);
  Flow.sides(Out, nullptr);
  // Code behind a test that contradicts an earlier one is dead, but still
  // written for the side its test gives it.
  llvm::BitVector Unreached = Flow.unreached();
  if (Unreached.any()) {
    Flow.run(/*Override=*/true);
    Flow.sides(Out, &Unreached);
  }
  return Out;
}

} // namespace coro
