#!/usr/bin/env bash
# build.sh: build, check and measure proxycert. `./build.sh help` lists the
# commands. To add one, write a function and add its line to the case in
# main; the comment on that line is its help.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

STATICCHECK=honnef.co/go/tools/cmd/staticcheck@v0.8.2
FUZZTIME=${FUZZTIME:-10s}
# Minimizing each new input may otherwise take up to a minute, the whole
# fuzz time; a crasher is still shrunk within this bound.
FUZZMINIMIZETIME=${FUZZMINIMIZETIME:-5s}
BIN=$PWD/bin # tools built for this project; ignored by git

# WASM_FLAGS build app.wasm, and the bench's floor the same way. -l turns
# off inlining in the page's own UI packages (components, notes, catalogs,
# certificate evidence): their code runs once per render, not in a loop,
# and inlined copies of small helpers at every call site cost download
# bytes on the first visit. Without it app.wasm is about 31 KB larger in
# brotli (./build.sh bench prints both in docs/figures.md). The decoder and
# go-app keep Go's inlining: without it a keystroke's answer took longer.
WASM_FLAGS=(-trimpath "-ldflags=-s -w"
	"-gcflags=proxycert/app/...=-l" "-gcflags=proxycert/messages=-l" "-gcflags=proxycert/decoder/cert=-l")

main() {
	local cmd=${1:-help}
	shift || true
	case $cmd in
	build) run_build "$@" ;; # app.wasm and the static site in dist/ ($PROXYCERT_BASE: base path, default /; $PROXYCERT_BROTLI: quality, default 11)
	serve) run_serve "$@" ;; # build, then serve dist/ on 127.0.0.1:8080 and open the browser (args go to proxycert serve)
	test) run_tests "$@" ;;   # every check: format, vet, staticcheck, go test (host and wasm), the cross-engine suite, fuzz
	bench) run_bench "$@" ;;  # decoder and --jsonl benchmarks, then the page against a minimal go-app page in Chromium ($BENCH_RUNS, default 5); writes docs/figures.md
	versions) browser_versions ;; # the browsers, engines and web servers the tests drive, as installed here
	help | -h | --help) usage ;; # this list
	*)
		echo "build.sh: unknown command \"$cmd\"" >&2
		usage >&2
		exit 2
		;;
	esac
}

usage() {
	echo "Usage: ./build.sh COMMAND"
	echo
	echo "Commands:"
	# The commands are the case lines of main and their comments.
	sed -n 's/^\t\([a-z][a-z |-]*\)) .*;; *# \(.*\)$/\1\t\2/p' "${BASH_SOURCE[0]}" |
		awk -F'\t' '{ printf "  %-20s %s\n", $1, $2 }'
}

step() { printf '\n==> %s\n' "$*"; }

run_tests() {
	check_format
	# app/e2e is a module of its own (it drives browsers with chromedp,
	# which builds for no browser): ./... leaves it out, -C app/e2e takes it.
	step "go vet (host, the browser tests' module, then every package under GOOS=js GOARCH=wasm)"
	go vet ./...
	go vet -C app/e2e ./...
	GOOS=js GOARCH=wasm go vet ./...
	run_staticcheck

	# The page's end-to-end tests (chromedp, run by `go test` below) need
	# dist/ with the screenshot reader (from npm) and axe-core;
	# PROXYCERT_E2E=1 makes them required.
	command -v npm >/dev/null || { echo "build.sh test: npm is needed (the screenshot reader, axe-core, the cross-engine suite)" >&2; exit 1; }
	run_build
	install_axe
	export PROXYCERT_E2E=1

	step "go test -race ./..."
	go test -race ./...
	# The browser tests take minutes on two cores; go test's default of 10
	# minutes per package is too tight for them.
	step "go test -race in app/e2e, the browser tests"
	go test -C app/e2e -race -timeout 45m ./...

	step "decoder and messages tests under GOOS=js GOARCH=wasm (node)"
	GOOS=js GOARCH=wasm go test -exec "$(go env GOROOT)/lib/wasm/go_js_wasm_exec" ./decoder/... ./messages/...

	run_engines

	run_fuzz
	step "all checks passed"
}

# check_format fails listing the files gofmt would change.
check_format() {
	step "gofmt"
	local files
	files=$(find . \( -name .git -o -name dist -o -name node_modules -o -name testdata -o -name bin \) -prune \
		-o -name '*.go' -print | xargs gofmt -l)
	if [[ -n $files ]]; then
		echo "These files are not gofmt-formatted (run gofmt -w on them):" >&2
		echo "$files" >&2
		return 1
	fi
}

# run_engines runs the cross-engine suite (app/e2e/engines): the page in
# Firefox ESR over WebDriver BiDi and in WebKitGTK over WebDriver, against
# dist/ served by proxycert serve. Its drivers come from npm at the versions
# package-lock.json pins.
run_engines() {
	step "cross-engine suite: Firefox ESR and WebKitGTK (app/e2e/engines)"
	go build -o "$BIN/proxycert" ./app
	(
		cd app/e2e/engines
		npm ci --silent --no-audit --no-fund
		PROXYCERT_BIN="$BIN/proxycert" PROXYCERT_DIST="$PWD/../../../dist" npm test --silent
	)
}

# run_staticcheck builds staticcheck once for this machine, then runs it
# for the host and for WebAssembly (`go run` would build it for the target).
run_staticcheck() {
	step "staticcheck (host, then GOOS=js GOARCH=wasm)"
	GOBIN=$BIN GOOS= GOARCH= go install "$STATICCHECK"
	"$BIN/staticcheck" ./...
	(cd app/e2e && "$BIN/staticcheck" ./...)
	GOOS=js GOARCH=wasm "$BIN/staticcheck" $(wasm_packages)
}

# wasm_packages lists the project's packages linked into app.wasm: the
# command line and the site generator are host-only and never built for
# the browser, so they are checked for the host only.
wasm_packages() {
	GOOS=js GOARCH=wasm go list -deps ./app | grep '^proxycert'
}

# run_fuzz runs every fuzz target in the tree for FUZZTIME, found by name so
# that new targets are included without editing this script.
run_fuzz() {
	step "fuzz every target for $FUZZTIME"
	local file name dir found=0
	while IFS=: read -r file name; do
		dir=./$(dirname "${file#./}")
		echo "--- $name in $dir"
		fuzz_one "$dir" "$name"
		found=$((found + 1))
	done < <(grep -rEo --include='*_test.go' \
		--exclude-dir=.git --exclude-dir=dist --exclude-dir=node_modules --exclude-dir=testdata \
		'^func Fuzz[A-Za-z0-9_]*' . | sed 's/:func /:/' | sort)
	echo "$found fuzz targets run"
}

# fuzz_one fuzzes one target. Go 1.26's fuzz coordinator can report its own
# -fuzztime deadline as a failure, "context deadline exceeded" with no
# failing input (go.dev/issue/75804, fixed in Go 1.27); such a run is made
# once more. A failing input, which Go writes to testdata/fuzz, fails at once.
fuzz_one() {
	local dir=$1 name=$2 out rc attempt
	for attempt in 1 2; do
		out=$(go test -run '^$' -fuzz "^${name}\$" -fuzztime "$FUZZTIME" \
			-fuzzminimizetime "$FUZZMINIMIZETIME" "$dir" 2>&1) && rc=0 || rc=$?
		printf '%s\n' "$out"
		if ((rc == 0)); then
			return 0
		fi
		if [[ $out != *"context deadline exceeded"* || $out == *"Failing input written"* ]]; then
			return "$rc"
		fi
		echo "($name: the fuzz deadline race of go.dev/issue/75804, no failing input; run $attempt of 2)"
	done
	return "$rc"
}

# run_bench runs the decoder's and the command line's Go benchmarks, then
# measures the page in Chromium against the floor, a minimal go-app page
# built and served the same way (app/e2e/bench_test.go), on loopback and
# on a link the bench's static host shapes for the whole browser, service
# worker included (10 Mbit/s, 40 ms). BENCH_RUNS (default 5) sets the runs
# per site and network; each run is two first visits (a code link, a text
# link), each in a fresh browser, and a warm one. Every table goes into
# docs/figures.md, between the markers of its section, with the machine
# and the date, and to out/bench/.
run_bench() {
	mkdir -p out/bench
	step "decoder benchmarks"
	go test -run '^$' -bench . -benchmem ./decoder/ | tee out/bench/decoder.txt
	step "decode --jsonl on one core"
	go test -run '^$' -bench JSONL -cpu 1 -count 5 ./app/cli/ | tee out/bench/jsonl.txt
	run_build
	wasm_size >out/bench/wasm.txt
	inlined_size >>out/bench/wasm.txt
	build_floor
	step "the page against the floor in Chromium, ${BENCH_RUNS:-5} runs (out/bench/bench.json)"
	PROXYCERT_BENCH=1 BENCH_RUNS=${BENCH_RUNS:-5} go test -C app/e2e -run '^TestBench$' -count=1 -v -timeout 60m .
	step "screenshots read in Chromium: accuracy, first-use bytes, cold and warm times (out/e2e/screenshots.txt)"
	PROXYCERT_E2E=1 go test -C app/e2e -run '^TestE2EScreenshot$' -count=1 -timeout 20m .
	cp out/e2e/screenshots.txt out/bench/screenshots.txt
	local about
	about="$(date -u +%Y-%m-%d), $(machine_line)"
	write_section decoder "$about" "go test -run '^\$' -bench . -benchmem ./decoder/" out/bench/decoder.txt
	write_section jsonl "$about" "go test -run '^\$' -bench JSONL -cpu 1 -count 5 ./app/cli/" out/bench/jsonl.txt
	write_section wasm "$about" "./build.sh bench (wc -c dist/web/app.wasm* out/bench/inlined/dist/web/app.wasm*)" out/bench/wasm.txt
	write_section page "$about" "./build.sh bench" out/bench/bench.txt
	write_section screenshots "$about" "PROXYCERT_E2E=1 go test -C app/e2e -run '^TestE2EScreenshot\$' ." out/bench/screenshots.txt
	step "figures written to docs/figures.md"
}

# machine_line names the machine figures come from.
machine_line() {
	local cpu
	cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
	echo "${cpu:-unknown CPU}, $(nproc) CPUs, $(go env GOOS)/$(go env GOARCH), $(go env GOVERSION)"
}

# write_section NAME ABOUT COMMAND FILE puts FILE, as a code block headed by
# the command and the machine, between the "<!-- figures:NAME -->" and
# "<!-- /figures:NAME -->" lines of docs/figures.md.
write_section() {
	local name=$1 about=$2 command=$3 file=$4 doc=docs/figures.md
	grep -q "^<!-- figures:$name -->\$" "$doc" || { echo "$doc has no section $name" >&2; return 1; }
	awk -v name="$name" -v about="$about" -v command="$command" -v file="$file" '
		$0 == "<!-- figures:" name " -->" {
			print; print ""; print "`" command "`, " about ":"; print ""; print "```"
			while ((getline line < file) > 0) print line
			print "```"; print ""; skip = 1; next
		}
		$0 == "<!-- /figures:" name " -->" { skip = 0 }
		!skip' "$doc" >"$doc.new" && mv "$doc.new" "$doc"
}

# build_floor builds app/e2e/testdata/floor, one go-app component, with the
# page's build flags, and generates its site in out/bench/floor/dist (the
# bench precompresses its app.wasm with the code proxycert generate uses).
build_floor() {
	step "floor page in out/bench/floor"
	local out=$PWD/out/bench/floor
	mkdir -p "$out"
	GOOS=js GOARCH=wasm go build -C app/e2e "${WASM_FLAGS[@]}" -o "$out/app.wasm" ./testdata/floor
	go run -C app/e2e ./testdata/floor --out "$out/dist" --wasm "$out/app.wasm" --icons "$PWD/web"
}

# AXE is the accessibility checker the browser tests run in the page.
AXE=axe-core@4.14.1

# browser_versions prints the version of each browser engine the tests use,
# or "not installed". Debian's chromium wrapper script writes a shell
# warning to stderr on some machines; only its version line counts.
browser_versions() {
	local v
	v=$(chromium --version 2>/dev/null) || v="not installed"
	echo "Chromium: $v"
	v=$(firefox-esr --version 2>/dev/null) || v="not installed"
	echo "Firefox ESR: $v"
	v=$(dpkg-query -W -f '${Version}' libwebkit2gtk-4.1-0 2>/dev/null) || v="not installed"
	command -v WebKitWebDriver >/dev/null || v="$v, no WebKitWebDriver"
	echo "WebKitGTK: $v"
	v=$(nginx -v 2>&1) || v="not installed"
	echo "nginx: ${v#nginx version: }"
	v=$(apache2 -v 2>/dev/null | sed -n 's/^Server version: //p') || true
	echo "Apache: ${v:-not installed}"
}

# run_build compiles the page to WebAssembly, then generates the static site
# in dist/ with the same Go toolchain, so wasm_exec.js matches app.wasm. The
# generator also writes dist/web/app.wasm.gz and .br: brotli quality 11
# takes most of the step's time (PROXYCERT_BROTLI=5 is quicker and larger),
# once per app.wasm, as .cache/precompress keeps the last result.
run_build() {
	step "app.wasm (GOOS=js GOARCH=wasm)"
	GOOS=js GOARCH=wasm go build "${WASM_FLAGS[@]}" -o web/app.wasm ./app
	# The screenshot reader's files (tesseract.js, its cores, the language
	# data) come from npm at the versions app/site/ocr/package-lock.json pins; the
	# generator copies them into dist/web/ocr/. No install script is needed
	# (tesseract.js's only one asks for donations).
	# Without npm the site is built without them: the page works, only
	# pictures cannot be read. The tests need them (run_tests checks npm).
	local ocr=()
	if command -v npm >/dev/null; then
		step "the screenshot reader's npm packages (app/site/ocr, npm ci)"
		(cd app/site/ocr && npm ci --ignore-scripts --silent --no-audit --no-fund)
		ocr=(--ocr app/site/ocr)
	else
		echo "build.sh: npm not found; building without the screenshot reader (install Node.js and npm for it)" >&2
	fi
	step "static site in dist/ (base ${PROXYCERT_BASE:-/}), app.wasm and the reader precompressed"
	local start=$SECONDS
	go run ./app generate --out dist --web web "${ocr[@]}" --base "${PROXYCERT_BASE:-/}" --cache .cache/precompress \
		${PROXYCERT_BROTLI:+--brotli "$PROXYCERT_BROTLI"}
	echo "generated in $((SECONDS - start)) s"
	wasm_size
}

# wasm_size prints the size of app.wasm as served: plain, and the gzip -9 and
# brotli copies the generator wrote beside it.
wasm_size() {
	printf 'app.wasm: %d bytes raw, %d gzip -9, %d brotli (wc -c dist/web/app.wasm*)\n' \
		"$(wc -c <dist/web/app.wasm)" "$(wc -c <dist/web/app.wasm.gz)" "$(wc -c <dist/web/app.wasm.br)"
}

# inlined_size prints what app.wasm would weigh built with Go's default
# inlining everywhere (WASM_FLAGS without -l), generated and compressed as
# the site's is, in out/bench/inlined.
inlined_size() {
	local out=$PWD/out/bench/inlined
	rm -rf "$out"
	mkdir -p "$out"
	cp -R web "$out/web"
	GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -o "$out/web/app.wasm" ./app
	go run ./app generate --out "$out/dist" --web "$out/web" --cache .cache/precompress-inlined >/dev/null
	printf 'with inlining in every package: %d bytes raw, %d gzip -9, %d brotli (out/bench/inlined)\n' \
		"$(wc -c <"$out/dist/web/app.wasm")" "$(wc -c <"$out/dist/web/app.wasm.gz")" "$(wc -c <"$out/dist/web/app.wasm.br")"
}

# run_serve builds the site and serves it until Ctrl+C; its arguments go to
# proxycert serve, e.g. ./build.sh serve --addr 127.0.0.1:9000 --no-open
run_serve() {
	run_build
	go build -o "$BIN/proxycert" ./app
	step "proxycert serve"
	exec "$BIN/proxycert" serve --dir dist "$@"
}

# install_axe puts axe-core into .cache/npm (ignored by git) once.
install_axe() {
	if [[ ! -f .cache/npm/node_modules/axe-core/axe.min.js ]]; then
		step "$AXE (npm) into .cache/npm"
		npm install --silent --no-audit --no-fund --no-save --prefix .cache/npm "$AXE"
	fi
}

main "$@"
