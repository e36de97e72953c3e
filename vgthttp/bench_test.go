package vgthttp_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/vgthttp"
)

// BenchmarkLoad is a short load test on loopback: keep-alive clients, as
// many as GOMAXPROCS, send requests to a server on 127.0.0.1 for the
// benchmark's time (-benchtime; 1s by default), and each sub-benchmark
// reports requests per second. The baseline is a bare net/http handler
// that writes a constant, the bytes of the /covering/FR response, over the
// same loopback in the same run: what is left of the gap is the cost of
// answering.
//
//	go test -run '^$' -bench Load -benchtime 2s ./vgthttp
func BenchmarkLoad(b *testing.B) {
	s := vgthttp.New(vgt.Default())
	constant := httptest.NewRecorder()
	s.ServeHTTP(constant, httptest.NewRequest("GET", "/covering/FR", nil))
	body := constant.Body.Bytes()
	baseline := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	}))
	defer baseline.Close()
	srv := httptest.NewServer(s)
	defer srv.Close()
	client := &http.Client{
		Transport: &http.Transport{MaxIdleConnsPerHost: 64, DisableCompression: true},
		Timeout:   5 * time.Second,
	}
	defer client.CloseIdleConnections()
	for _, bc := range []struct{ name, url string }{
		{"baseline", baseline.URL + "/"},
		{"covering-FR", srv.URL + "/covering/FR"},
		{"lookup", srv.URL + "/lookup?name=AFP"},
		{"roster-ar", srv.URL + "/roster?lang=ar"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					resp, err := client.Get(bc.url)
					if err != nil {
						b.Error(err)
						return
					}
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != http.StatusOK {
						b.Errorf("%s: %s", bc.url, resp.Status)
						return
					}
				}
			})
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
		})
	}
}

// BenchmarkHandler measures the handler alone, with no network: the cost
// of answering one request.
func BenchmarkHandler(b *testing.B) {
	s := vgthttp.New(vgt.Default())
	for _, bc := range []struct{ name, target string }{
		{"covering-FR", "/covering/FR"},
		{"lookup", "/lookup?name=AFP"},
		{"members", "/members"},
		{"roster-ar", "/roster?lang=ar"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			r := httptest.NewRequest("GET", bc.target, nil)
			b.ReportAllocs()
			for b.Loop() {
				w := httptest.NewRecorder()
				s.ServeHTTP(w, r)
				if w.Code != http.StatusOK {
					b.Fatal(w.Code)
				}
			}
		})
	}
}
