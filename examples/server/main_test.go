package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/virtualglobaltaskforce/vgt"
)

// syncBuffer is a log sink that the server and the test share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestRun serves on a free loopback port, answers a request, logs it, and
// shuts down cleanly when its context ends.
func TestRun(t *testing.T) {
	var logs syncBuffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx, log, "127.0.0.1:0") }()
	addr := regexp.MustCompile(`msg=listening addr=(\S+)`)
	var m []string
	require.Eventually(t, func() bool { m = addr.FindStringSubmatch(logs.String()); return m != nil }, 10*time.Second, 10*time.Millisecond)

	resp, err := http.Get("http://" + m[1] + "/lookup?name=AFP")
	require.NoError(t, err)
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	var found struct{ Organization vgt.Organization }
	require.NoError(t, json.Unmarshal(body, &found))
	assert.Equal(t, "Australian Federal Police", found.Organization.Name)
	assert.Equal(t, "AU", found.Organization.Authority().String())

	cancel()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(15 * time.Second):
		t.Fatal("the server did not shut down")
	}
	assert.Regexp(t, `msg=request method=GET uri="/lookup\?name=AFP" status=200 bytes=\d+`, logs.String())
	assert.Contains(t, logs.String(), "msg=stopped")
}

func TestRunBadAddress(t *testing.T) {
	err := run(context.Background(), slog.New(slog.DiscardHandler), "127.0.0.1:-1")
	assert.Error(t, err)
}
