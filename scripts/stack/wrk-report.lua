-- wrk's report hook for scripts/stack/load.mjs: one JSON line with the
-- counts and the percentiles wrk does not print itself (p95).
done = function(summary, latency, requests)
	local e = summary.errors
	io.write(string.format(
		'WILLIAM_WRK {"requests":%d,"errors":%d,"duration_us":%d,"p50_us":%d,"p95_us":%d}\n',
		summary.requests,
		e.connect + e.read + e.write + e.status + e.timeout,
		summary.duration,
		latency:percentile(50),
		latency:percentile(95)
	))
end
