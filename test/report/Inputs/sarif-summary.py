#!/usr/bin/env python3
"""Prints a SARIF log one line per rule, result, flow step, related location
and fix, for FileCheck; with --apply DIR, applies every result's fixes to the
files under DIR (SRCROOT), each distinct edit once, as a consumer would.

Usage: sarif-summary.py LOG [--apply DIR]
"""
import json
import os
import sys


def where(loc):
    phys = loc["physicalLocation"]
    art = phys["artifactLocation"]
    uri = ("%s/" % art["uriBaseId"] if "uriBaseId" in art else "") + art["uri"]
    region = phys.get("region", {})
    return "%s:%s:%s" % (uri, region.get("startLine", "?"), region.get("startColumn", "?"))


def main():
    log = json.load(open(sys.argv[1]))
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    print("version %s, %d run, driver %s %s" % (log["version"], len(log["runs"]),
                                                driver["name"], driver["version"]))
    print("SRCROOT %s" % run.get("originalUriBaseIds", {}).get("SRCROOT", {}).get("uri"))
    for i, rule in enumerate(driver["rules"]):
        print("rule %d %s %s" % (i, rule["id"], rule["helpUri"]))
    edits = {}
    for res in run["results"]:
        rule = driver["rules"][res["ruleIndex"]]["id"]
        assert rule == res["ruleId"], (rule, res["ruleId"])
        at = where(res["locations"][0]) if res.get("locations") else "-"
        print("result %s %s %s: %s" % (res["ruleId"], res["level"], at, res["message"]["text"]))
        print("  key %s" % res["partialFingerprints"]["coroplugin/v1"])
        for flow in res.get("codeFlows", []):
            for step in flow["threadFlows"][0]["locations"]:
                print("  flow %s: %s" % (where(step["location"]), step["location"]["message"]["text"]))
        for rel in res.get("relatedLocations", []):
            print("  related %d %s: %s" % (rel["id"], where(rel), rel["message"]["text"]))
        for fix in res.get("fixes", []):
            print("  fix: %s" % fix["description"]["text"])
            for change in fix["artifactChanges"]:
                art = change["artifactLocation"]
                for rep in change["replacements"]:
                    region = rep["deletedRegion"]
                    print("    %s @%d-%d '%s'" % (art["uri"], region["byteOffset"],
                                                  region["byteLength"],
                                                  rep["insertedContent"]["text"]))
                    edits.setdefault(art["uri"], set()).add(
                        (region["byteOffset"], region["byteLength"],
                         rep["insertedContent"]["text"]))
    if len(sys.argv) > 3 and sys.argv[2] == "--apply":
        for uri, reps in edits.items():
            path = os.path.join(sys.argv[3], uri)
            data = open(path, "rb").read()
            for offset, length, text in sorted(reps, reverse=True):
                data = data[:offset] + text.encode() + data[offset + length:]
            open(path, "wb").write(data)


if __name__ == "__main__":
    main()
