# tests/bench/bench.mk — `make bench` (never part of `make check`): speed
# figures timed outside the process, at several scales side by side (see
# tests/bench/bench.sh).  Each scale's seeded cluster stays in
# $(abs_top_builddir)/bench-sSCALE between runs; `make bench-clean` removes
# them.  Environment knobs: BENCH_SCALES, SAMPLES, BENCH_LOAD, BENCH_ONLY,
# BENCH_CASEDESK.
EXTRA_DIST += tests/bench/bench.sh tests/bench/lib.sh tests/bench/cluster.sh \
	tests/bench/bench_cases.sh tests/bench/bench_live.sh tests/bench/bench_targets.sh \
	tests/bench/bench_outside.sh

bench: casedesk$(EXEEXT) casedesk-admin$(EXEEXT)
	top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
		$(BASH) $(top_srcdir)/tests/bench/bench.sh

bench-clean:
	-for d in '$(abs_top_builddir)'/bench-s*; do [ -d "$$d/data" ] || continue; \
		top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' $(BASH) -c \
		'. "$$top_srcdir/tests/bench/cluster.sh"; bench_cluster_stop "$$1"' _ "$$d"; done
	rm -rf '$(abs_top_builddir)'/bench-s* '$(abs_top_builddir)/bench-results.txt'

# N concurrent sessions on one host (BENCH_SESSIONS="100 300 1000", BENCH_MIX_SECS)
bench-sizing: casedesk$(EXEEXT) casedesk-admin$(EXEEXT)
	top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
		$(BASH) $(top_srcdir)/tests/bench/bench_sizing.sh
EXTRA_DIST += tests/bench/bench_sizing.sh

.PHONY: bench bench-clean bench-sizing
