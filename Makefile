# Entry points for people and CI. CMake presets do the real work.
PRESET ?= dev
BUILD_DIR := build/$(PRESET)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
ifeq ($(CI),true)
export RUNGS_WERROR := ON
endif

.PHONY: all deps configure build run test package format format-check fuzz bench clean

all: build

deps:
	@sh scripts/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET) -j $(JOBS)

run: build
	@sh scripts/run-gui.sh $(BUILD_DIR)/app/rungs

test: build
	@ctest --preset $(PRESET) -j $(JOBS)

# A .deb of a release build, written to build/release/.
package: deps
	@cmake --preset release -DRUNGS_BUILD_TESTS=OFF >/dev/null
	@cmake --build --preset release -j $(JOBS)
	@cd build/release && cpack -G DEB
	@ls build/release/rungs_*.deb

format: configure
	@cmake --build --preset $(PRESET) --target format

format-check: configure
	@cmake --build --preset $(PRESET) --target format-check

# libFuzzer: builds the fuzz preset (clang, ASan, UBSan) into build/fuzz and runs each
# fuzzer of tests/fuzz for FUZZ_SECONDS; fails when one finds a crash.
FUZZ_SECONDS ?= 300
fuzz: deps
	@JOBS=$(JOBS) sh scripts/fuzz.sh $(FUZZ_SECONDS)

# Benchmarks: the bench preset (the release build with the bench programs) into
# build/bench, then bench/run.sh; one "NAME ratio=X target=Y" line each, fails when a
# target is missed.
bench: deps
	@cmake --preset bench >/dev/null
	@cmake --build --preset bench -j $(JOBS)
	@bash bench/run.sh build/bench

clean:
	@rm -rf build
