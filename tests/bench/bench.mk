# tests/bench/bench.mk — `make bench` (never part of `make check`): speed and
# memory figures against targets, with baselines measured in the same run.
# The seeded scale-200 cluster stays in $(abs_top_builddir)/bench-cluster
# between runs; `make bench-clean` removes it.  Environment knobs:
# BENCH_SCALE, BENCH_DIR, BENCH_IDLE, BENCH_IDLE_SECS, BENCH_ONLY.
EXTRA_DIST += tests/bench/bench.sh tests/bench/lib.sh tests/bench/cluster.sh \
	tests/bench/bench_cases.sh tests/bench/bench_live.sh tests/bench/bench_targets.sh

bench: casedesk$(EXEEXT) casedesk-admin$(EXEEXT)
	top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
		$(BASH) $(top_srcdir)/tests/bench/bench.sh

bench-clean:
	-if [ -d '$(abs_top_builddir)/bench-cluster/data' ]; then \
		top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' $(BASH) -c \
		'. "$$top_srcdir/tests/bench/cluster.sh"; bench_cluster_stop "$$top_builddir/bench-cluster"'; fi
	rm -rf '$(abs_top_builddir)/bench-cluster' '$(abs_top_builddir)/bench-results.txt'

# N concurrent sessions on one host (BENCH_SESSIONS="100 300 1000", BENCH_MIX_SECS)
bench-sizing: casedesk$(EXEEXT) casedesk-admin$(EXEEXT)
	top_srcdir='$(abs_top_srcdir)' top_builddir='$(abs_top_builddir)' \
		$(BASH) $(top_srcdir)/tests/bench/bench_sizing.sh
EXTRA_DIST += tests/bench/bench_sizing.sh

.PHONY: bench bench-clean bench-sizing
