// Command server serves the Virtual Global Taskforce of the embedded
// dataset over HTTP, with package vgthttp: its members, partners and
// announcements as JSON in package vgt's own forms, which members cover a
// jurisdiction, a lookup by name, and the roster as a page in the reader's
// language.
//
// Usage:
//
//	server [-addr HOST:PORT]
//
// It listens on 127.0.0.1:8080 unless -addr says otherwise (port 0 picks a
// free port; the log says which), logs each request with log/slog, and
// shuts down cleanly on SIGINT or SIGTERM, finishing the requests in
// course. Try:
//
//	curl -s 127.0.0.1:8080/covering/FR
//	curl -s '127.0.0.1:8080/lookup?name=AFP'
//	curl -s '127.0.0.1:8080/roster?lang=ar'
package main

import (
	"context"
	"errors"
	"flag"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/virtualglobaltaskforce/vgt"
	"github.com/virtualglobaltaskforce/vgt/vgthttp"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "listen on this `address` (host:port)")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, log, *addr); err != nil {
		log.Error("server", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, log *slog.Logger, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           logRequests(log, vgthttp.New(vgt.Default())),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	log.Info("listening", "addr", ln.Addr().String(), "recordedThrough", vgt.Default().RecordedThrough().String())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Info("stopped")
	return nil
}

// logRequests logs each request once it is answered: method, path,
// status, size and duration. The path is logged as a value, which slog's
// text handler quotes, so that a request cannot forge log lines.
func logRequests(log *slog.Logger, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rw := &recorder{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(rw, r)
		log.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method), slog.String("uri", r.URL.RequestURI()), slog.Int("status", rw.status),
			slog.Int("bytes", rw.bytes), slog.Duration("duration", time.Since(start)), slog.String("remote", r.RemoteAddr))
	})
}

// recorder notes the status and size of a response.
type recorder struct {
	http.ResponseWriter
	status, bytes int
}

func (r *recorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	n, err := r.ResponseWriter.Write(b)
	r.bytes += n
	return n, err
}
