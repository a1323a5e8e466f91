# Baken: `make run` starts the app on a demo data directory; `make test` runs every test.
# Both install what is missing first (scripts/install-deps.sh).

DEMO_DIR := $(CURDIR)/.demo-data
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: run test deps ui build lint spellcheck test-rust test-ui test-e2e package test-package bindings screenshots bench

run: build
	@test -f "$(DEMO_DIR)/baken.sqlite" || target/debug/baken demo --data-dir "$(DEMO_DIR)"
	target/debug/baken-app --data-dir "$(DEMO_DIR)"

test: build lint test-rust test-ui test-e2e test-package
	@echo "make test: all tests passed"

deps:
	@scripts/install-deps.sh

# The UI is embedded into the app binary, so it is built first.
ui: deps
	npm --prefix ui run build

build: ui
	cargo build --locked -p baken-app -p baken-cli
	@# The end-to-end tests look inside the encrypted database through this one.
	cargo build --locked -p baken-store --example window_setting

lint: build spellcheck
	cargo clippy --locked --workspace --all-targets -- -D warnings
	@# Architecture invariant: the domain crate never depends on the app shell or the database.
	@! cargo tree --locked -p baken-core -e normal,build | grep -E '\b(tauri|rusqlite)\b' \
		|| { echo "baken-core must not depend on tauri or rusqlite" >&2; exit 1; }
	npm --prefix ui run check

# The Dutch texts (content pack and nl.ftl) against hunspell nl_NL, the English ones against en_GB;
# proper names and terms are in scripts/spellcheck-allow.txt.
spellcheck: deps
	python3 scripts/spellcheck.py

test-rust: build
	cargo test --locked --workspace

test-ui: deps
	npm --prefix ui test

test-e2e: build
	node --test --test-concurrency=1 tests/e2e/

# The Debian package from a release build, offline: target/release/bundle/deb/Baken_<version>_amd64.deb
# (`tauri bundle` from the @tauri-apps/cli pinned in ui/package-lock.json), recompressed with xz.
package: ui
	cargo build --release --locked -p baken-app
	rm -f target/release/bundle/deb/Baken_*.deb
	cd src-tauri && npx --prefix ../ui --no-install tauri bundle --bundles deb
	scripts/repack-deb.sh target/release/bundle/deb/Baken_*.deb

# Installs that package with apt (as root, or through sudo), checks it, starts the installed app and
# removes the package again.
test-package: package
	node --test tests/package/

# Rewrites ui/src/lib/bindings.ts from the Rust types.
bindings: ui
	BAKEN_UPDATE_BINDINGS=1 cargo test --locked -p baken-app bindings

# Refreshes the README's screenshots from the last end-to-end run.
screenshots: test-e2e
	cd target/e2e-screenshots && cp onboarding.png profiles.png home.png page.png case-feedback.png \
		check-explanation.png result-passed.png case-feedback-en.png assessment.png assessment-top.png \
		callcard.png municipality.png overview.png analysis.png workshop.png presentation.png \
		same-names.png recovery.png open-data.png ../../docs/screenshots/
	mkdir -p docs/screenshots/themes
	cd target/e2e-screenshots && cp home-*-light.png home-*-dark.png page-*-light.png page-*-dark.png \
		callcard-*-light.png callcard-*-dark.png municipality-*-light.png municipality-*-dark.png \
		overview-*-light.png overview-*-dark.png workshop-*-light.png workshop-*-dark.png \
		presentation-*-light.png presentation-*-dark.png \
		assessment-*-light.png assessment-*-dark.png ../../docs/screenshots/themes/

# Start-up, memory and size against a bare Tauri app (bench/bare), and the store, report and region
# benches, in one table (release builds; see docs/performance.md). bench/run.py --help for options.
bench: deps
	python3 bench/run.py
