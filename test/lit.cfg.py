# lit configuration for the coroplugin suite.
import glob
import os
import shutil

import lit.formats

config.name = "coroplugin"
config.test_format = lit.formats.ShTest(True)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs", "qemu", "fuzz"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.coroplugin_obj_root, "test")

clang = os.path.join(config.llvm_tools_dir, "clang")
plugin = os.path.join(config.plugin_dir, "libcoroplugin.so")
build = os.path.join(config.plugin_dir,
                     "libcoroplugin-clang%d.so" % config.llvm_major)

# Longest first: lit replaces in order.
config.substitutions.append(("%coroplugin_obj_root", config.coroplugin_obj_root))
config.substitutions.append(("%coroplugin_version", config.coroplugin_version))
config.substitutions.append(("%clangxx", clang + "++"))
config.substitutions.append(("%clang", clang))
config.substitutions.append(("%plugin_build", build))
config.substitutions.append(("%plugin_dir", config.plugin_dir))
config.substitutions.append(("%plugin", plugin))
# The usual compile of a check test: the plugin loaded, no object written.
config.substitutions.append(
    ("%coro", "%s -fsyntax-only -fplugin=%s" % (clang, plugin)))
config.substitutions.append(
    ("%report", os.path.join(config.coroplugin_obj_root, "bin", "coroplugin-report")))
config.substitutions.append(
    ("%json_reader_diff",
     os.path.join(config.coroplugin_obj_root, "bin", "json-reader-diff")))

config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", "")])
config.available_features.add("clang-%d" % config.llvm_major)

# Another installed Clang, to see the loader refuse a foreign host.
for other in sorted(glob.glob("/usr/lib/llvm-*/bin/clang")):
    if other != clang:
        config.substitutions.append(("%other_clang", other))
        config.available_features.add("other-clang")
        break
# clang-tools-N: applies what -fplugin-arg-coroplugin-export-fixes=DIR writes.
apply_replacements = os.path.join(config.llvm_tools_dir, "clang-apply-replacements")
if os.path.exists(apply_replacements):
    config.substitutions.append(("%apply_replacements", apply_replacements))
    config.available_features.add("clang-apply-replacements")
if config.llvm_major >= 16:
    config.available_features.add("sarif")
# test/install/: cpack's Debian package, read and unpacked with dpkg-deb.
if shutil.which("cpack") and shutil.which("dpkg-deb") and shutil.which("dpkg-shlibdeps"):
    config.available_features.add("deb-package")
elif os.environ.get("COROPLUGIN_REQUIRE_TOOLS") == "1":
    lit_config.fatal("cpack, dpkg-deb or dpkg-shlibdeps missing: run scripts/install-deps.sh")
# npm tools scripts/install-deps.sh installs into COROPLUGIN_TOOLS_DIR.
# scripts/test.sh (CI) sets COROPLUGIN_REQUIRE_TOOLS=1: there a missing tool
# fails the suite instead of skipping its tests.
node_bin = os.path.join(config.tools_dir, "node_modules", ".bin")
for feature, tool in (("sarif-multitool", "sarif-multitool"), ("ajv", "ajv"),
                      ("gitlab-ci-local", "gitlab-ci-local")):
    path = os.path.join(node_bin, tool)
    if os.access(path, os.X_OK):
        # Not under the sanitizer build's preloaded ASan runtime, which
        # aborts the multitool (.NET).
        config.substitutions.append(("%" + feature.replace("-", "_"),
                                     "env -u LD_PRELOAD " + path))
        config.available_features.add(feature)
    elif os.environ.get("COROPLUGIN_REQUIRE_TOOLS") == "1":
        lit_config.fatal("%s not found in %s: run scripts/install-deps.sh" %
                         (tool, node_bin))
# An LTO link needs the lld of the same LLVM (bitcode is not read by older).
if os.path.exists(os.path.join(config.llvm_tools_dir, "ld.lld")):
    config.available_features.add("lto-linker")
# Builds that cache or distribute compiles: test/objects/.
for tool in ("ccache", "sccache", "distcc"):
    if shutil.which(tool) and (tool != "distcc" or shutil.which("distccd")):
        config.available_features.add(tool)

if config.sanitizer_preload:
    config.environment["LD_PRELOAD"] = config.sanitizer_preload
    # clang frees nothing on exit on purpose (-disable-free).
    config.environment["ASAN_OPTIONS"] = "detect_leaks=0:abort_on_error=1"
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
    config.available_features.add("sanitizers")
