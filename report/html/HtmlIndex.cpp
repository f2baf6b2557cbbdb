//===- HtmlIndex.cpp - DIR/index.html: counts, and the findings' table ----===//
//
// One row per finding, its kind, check, severity, file and key in data-
// attributes: the filters compare those, and a test (test/html/) compares
// them with --format=json. The filters' state lives in the address's hash
// (#kind=mixed-caller&file=block/), so that a filtered view is a link: the
// counts link to theirs, and a person can send one.
//
//===----------------------------------------------------------------------===//
#include "FindingKey.h"
#include "HtmlPage.h"
#include "Output.h"

#include "llvm/Support/Path.h"

#include <map>

namespace report {
namespace html {

namespace {

// Plain ES5 DOM code: runs from file:// in any browser, with no library.
const char FilterScript[] = R"js(
(function () {
  var form = document.getElementById('filters');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.finding'));
  var names = ['kind', 'check', 'severity', 'file', 'text'];
  function read() {
    var p = new URLSearchParams(location.hash.slice(1));
    names.forEach(function (n) { form.elements[n].value = p.get(n) || ''; });
  }
  function apply() {
    var v = {};
    names.forEach(function (n) { v[n] = form.elements[n].value; });
    var text = v.text.toLowerCase(), shown = 0;
    rows.forEach(function (r) {
      var d = r.dataset;
      var ok = (!v.kind || d.kind === v.kind) && (!v.check || d.check === v.check) &&
        (!v.severity || d.severity === v.severity) &&
        (!v.file || d.file.lastIndexOf(v.file, 0) === 0) &&
        (!text || (r.textContent + ' ' + d.key).toLowerCase().indexOf(text) >= 0);
      r.hidden = !ok;
      if (ok) shown++;
    });
    document.getElementById('shown').textContent = shown;
  }
  function write() {
    var p = new URLSearchParams();
    names.forEach(function (n) { if (form.elements[n].value) p.set(n, form.elements[n].value); });
    try { history.replaceState(null, '', '#' + p.toString()); } catch (e) {}
    apply();
  }
  form.addEventListener('input', write);
  form.addEventListener('change', write);
  window.addEventListener('hashchange', function () { read(); apply(); });
  read();
  apply();
})();
)js";

using CountMap = std::map<std::string, unsigned>;

/// A table of counts, each linking to the index filtered by it.
void counts(llvm::raw_ostream &OS, const char *Title, const char *Filter,
            const CountMap &Counts) {
  OS << "<table><thead><tr><th>" << Title << "</th><th>findings</th></tr></thead><tbody>\n";
  // The directory filter is a path prefix, which files of the current
  // directory ("./") and findings without a file do not share: no link.
  for (const auto &[Name, N] : Counts) {
    bool Link = !Name.empty() && Name != "./";
    OS << "<tr><td>" << (Link ? "<a href=\"#" + std::string(Filter) + "=" + escape(percentEncode(Name)) + "\">" : "")
       << escape(Name.empty() ? "(no file)" : Name) << (Link ? "</a>" : "") << "</td><td>"
       << N << "</td></tr>\n";
  }
  OS << "</tbody></table>\n";
}

/// A <select> of every value of a column, and "any".
void choice(llvm::raw_ostream &OS, const char *Name, const CountMap &Values) {
  OS << "<label>" << Name << " <select name=\"" << Name << "\"><option value=\"\">any</option>";
  for (const auto &Value : Values)
    OS << "<option>" << escape(Value.first) << "</option>";
  OS << "</select></label>\n";
}

} // namespace

void writeIndex(const Site &S, llvm::raw_ostream &OS) {
  CountMap Kinds, Checks, Severities, Dirs;
  unsigned Warnings = 0;
  for (const Finding *D : S.Rows) {
    ++Kinds[D->Kind];
    ++Checks[Site::check(*D)];
    ++Severities[Site::severity(*D)];
    std::string Dir;
    if (D->At.valid()) {
      Dir = llvm::sys::path::parent_path(S.path(D->At.File)).str();
      Dir = Dir.empty() ? "./" : Dir + "/";
    }
    ++Dirs[Dir];
    Warnings += D->Sev == Severity::Warning;
  }
  pageStart(OS, "coroplugin report");
  OS << "<h1>coroplugin report</h1>\n<p>" << S.Rows.size() << " findings: " << Warnings
     << " warnings, " << S.Rows.size() - Warnings << " remarks; "
     << S.G.F.Units.size() << " units, " << S.G.F.Functions.size() << " functions.</p>\n";
  if (S.Completeness)
    OS << "<p class=\"remark\">" << escape(S.Completeness->Message) << "</p>\n";
  OS << "<div class=\"counts\">\n";
  counts(OS, "kind", "kind", Kinds);
  counts(OS, "check", "check", Checks);
  counts(OS, "directory", "file", Dirs);
  OS << "</div>\n<form id=\"filters\" onsubmit=\"return false\">\n";
  choice(OS, "kind", Kinds);
  choice(OS, "check", Checks);
  choice(OS, "severity", Severities);
  OS << "<label>file or directory <input name=\"file\" size=\"20\"></label>\n"
        "<label>text <input name=\"text\" size=\"30\"></label>\n"
        "<span><span id=\"shown\">"
     << S.Rows.size() << "</span> of " << S.Rows.size() << " shown</span>\n</form>\n";
  OS << "<table id=\"findings\"><thead><tr><th>severity</th><th>kind</th>"
        "<th>location</th><th>message</th></tr></thead>\n<tbody>\n";
  for (size_t I = 0; I < S.Rows.size(); ++I) {
    const Finding &D = *S.Rows[I];
    std::string Page = "findings/" + std::to_string(I + 1) + ".html";
    OS << "<tr class=\"finding\" data-kind=\"" << escape(D.Kind) << "\" data-check=\""
       << Site::check(D) << "\" data-severity=\"" << Site::severity(D)
       << "\" data-file=\"" << (D.At.valid() ? escape(S.path(D.At.File)) : "")
       << "\" data-line=\"" << D.At.Line << "\" data-col=\"" << D.At.Col
       << "\" data-key=\"" << escape(findingKey(S.G.F, D)) << "\">"
       << "<td class=\"" << Site::severity(D) << "\">" << Site::severity(D)
       << "</td><td>" << escape(D.Kind) << "</td><td class=\"mono\">"
       << escape(S.where(D.At)) << "</td><td><a href=\"" << Page << "\">"
       << escape(D.Message) << "</a></td></tr>\n";
  }
  OS << "</tbody></table>\n";
  pageEnd(OS, FilterScript);
}

} // namespace html
} // namespace report
