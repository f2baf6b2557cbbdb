//===- FindingKey.h - the baseline key of a report finding ----------------===//
//
// What identifies a finding across unrelated edits (facts/FindingKey.h): the
// report's kind and the function ids and callee or field its data names. The
// baseline compares it, --format=json prints it as "key", and a fingerprint
// (Code Quality) can hash it.
//
//===----------------------------------------------------------------------===//
#ifndef COROPLUGIN_REPORT_FINDINGKEY_H
#define COROPLUGIN_REPORT_FINDINGKEY_H

#include "Findings.h"
#include "format/FindingKey.h"

#include <string>

namespace report {

/// "coroutine-report,must-be-coroutine|seed|co_read": kind, function, callee.
/// Findings of the compile ("-Wcoroutine,coroutine-caller|f|g") keep the key
/// the plugin gave them. Two findings can share a key (two calls of one
/// callee in one function): a baseline counts them.
std::string findingKey(const Facts &F, const Finding &D);

} // namespace report

#endif
