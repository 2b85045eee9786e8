# Entry points for people and CI. CMake presets do the real work.
PRESET ?= dev
BUILD_DIR := build/$(PRESET)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
ifeq ($(CI),true)
export RUNGS_WERROR := ON
endif

.PHONY: all deps configure build run test format format-check clean

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

format: configure
	@cmake --build --preset $(PRESET) --target format

format-check: configure
	@cmake --build --preset $(PRESET) --target format-check

clean:
	@rm -rf build
